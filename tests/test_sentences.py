"""Sentence splitting keeps reports and their quotations whole (golden cases from news style)."""
import pytest

from attribution.text.sentences import split_sentences

CASES = [
    # a colon and a quotation with points inside stay one sentence
    ('وقال الوزير: "الوضع صعب. لكننا سنعمل". وأضاف أن الحل قريب.',
     ['وقال الوزير: "الوضع صعب. لكننا سنعمل".', "وأضاف أن الحل قريب."]),
    ("قال المتحدث: «لن نتراجع. هذا قرارنا». ثم غادر.",
     ["قال المتحدث: «لن نتراجع. هذا قرارنا».", "ثم غادر."]),
    # decimals and abbreviations
    ("ارتفع المؤشر 3.5 بالمئة. وقال د. أحمد إن النمو مستمر.",
     ["ارتفع المؤشر 3.5 بالمئة.", "وقال د. أحمد إن النمو مستمر."]),
    # Arabic question mark; the comma and semicolon never end a sentence
    ("هل ينجح الاتفاق؟ قال المسؤول، في تصريح، إن الفرص كبيرة؛ لكن الطريق طويل.",
     ["هل ينجح الاتفاق؟", "قال المسؤول، في تصريح، إن الفرص كبيرة؛ لكن الطريق طويل."]),
    # newlines are boundaries
    ("الرياض - واس\nأكدت الوزارة أن الخدمة متاحة", ["الرياض - واس", "أكدت الوزارة أن الخدمة متاحة"]),
    # reversed guillemets in some papers' copy
    ("وقال:» إن الخطة جاهزة. سنبدأ غدا «. وأضاف أن التمويل متوفر.",
     ["وقال:» إن الخطة جاهزة. سنبدأ غدا «.", "وأضاف أن التمويل متوفر."]),
    # a link line names another article (its headline reports nothing) or the source
    ("قال المدير إن الموسم ناجح.\nرابط الخبر بصحيفة المدينة: الوزير يؤكد أن الطرق آمنة\nوأضاف أن الفريق جاهز.",
     ["قال المدير إن الموسم ناجح.", "وأضاف أن الفريق جاهز."]),
    ("أكدت الهيئة أن الخدمة مستمرة.\nاقرأ أيضاً: الأمير يعلن افتتاح المعرض\nالمصدر: وكالة الأنباء",
     ["أكدت الهيئة أن الخدمة مستمرة."]),
    # a byline closed by its colon stands alone; the report after it opens its sentence
    ("خالد العمري- صحيفة اليوم- متابعة: ارتفعت الأسعار، بحسب الوكالة. وقال الوزير إن الخطة جاهزة.",
     ["خالد العمري- صحيفة اليوم- متابعة:", "ارتفعت الأسعار، بحسب الوكالة.", "وقال الوزير إن الخطة جاهزة."]),
    ("الرياض - وكالات: أعلنت الهيئة أن الخدمة متاحة", ["الرياض - وكالات:", "أعلنت الهيئة أن الخدمة متاحة"]),
    # a stray straight quote in a headline does not glue the article together
    ('مصير " الشركة أمام الجمعية. قال المدير إن الاجتماع غدا. وأكد أن القرار لم يتخذ.',
     ['مصير " الشركة أمام الجمعية.', "قال المدير إن الاجتماع غدا.", "وأكد أن القرار لم يتخذ."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_split(text, expected):
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected
    for s in spans:
        assert text[s.start:s.end] == s.text
