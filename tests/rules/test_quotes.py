"""Quotations: closing marks, verbs inside quotes, the quote before its cue
(attribution.backends.rules.quotes)."""
import pytest

from attribution.backends.rules.quotes import closing_quote, inside_quote, quote_before


@pytest.mark.parametrize("text, expected", [
    ("قال: «لن نصمت» ثم غادر.", "لن نصمت"),
    ("قال: “لن نصمت” ثم غادر.", "لن نصمت"),
    ('قال: "لن نصمت" ثم غادر.', "لن نصمت"),
    ("قال: «لن نصمت", None),                 # never closed
])
def test_closing_quote(ar, text, expected):
    sent = ar.sentence(text)
    j = next(k for k, t in enumerate(sent.toks) if t.text in "«“\"")
    close = closing_quote(sent, j)
    assert (None if close is None else sent.nt.text[sent.toks[j].end:close]) == expected


# (sentence, word as written, is it inside a quotation?)
INSIDE = [
    ("وقالت الناشطة: «أكد لنا الطبيب أن الحالة مستقرة».", "أكد", True),
    ("وقالت الناشطة: “أكد لنا الطبيب أن الحالة مستقرة”.", "أكد", True),
    ('وعرضت القناة فيلما بعنوان "قال لي المساعد" مساء أمس.', "قال", True),   # a title opening with the verb
    ('وقال "نحن في الوزارة نؤكد دائما أن الحالة الصحية للمريض مستقرة تماما" ثم غادر.', "نؤكد", True),
    ('وقالت: «الوضع صعب». وأكد الطبيب أن الحالة مستقرة.', "وأكد", False),
    # a long straight-quoted stretch with the verb after a comma: a stray mark
    ('"ووصل الوفد إلى العاصمة بعد رحلة طويلة، وأكد رئيسه أن المفاوضات ستبدأ" غدا.', "وأكد", False),
    # a sentence ended since the mark: it was a headline's
    ('"عودة المفاوضات". وأكد الوزير أن المحادثات ستبدأ" غدا.', "وأكد", False),
    # a mark right before a full stop opens nothing (copy with reversed guillemets: »…«)
    ("وذكر التقرير أن الكلمة »« مهمة للمواطنين«. وأشار إلى« أن الحكم سيصدر ».", "وأشار", False),
    # a quotation of several sentences goes on past its full stops
    ("وقال أحد السكان “الأسعار مرتفعة. وأعتقد أن الحل قريب”.", "وأعتقد", True),
]


@pytest.mark.parametrize("text, word, expected", INSIDE)
def test_inside_quote(ar, text, word, expected):
    sent = ar.sentence(text)
    assert inside_quote(sent, ar.index(sent, word)) is expected


@pytest.mark.parametrize("text, verb, expected", [
    ("«الأسعار ستنخفض قريبا»، قال وزير التجارة ماجد القصبي.", "قال", ("الأسعار ستنخفض قريبا", "وزير التجارة ماجد القصبي")),
    ('"سنعود أقوى" قال المدرب.', "قال", ("سنعود أقوى", "المدرب")),
    ("«الأسعار ستنخفض»، قالت المفتشة، وأوضحت أن الرقابة مستمرة.", "قالت", ("الأسعار ستنخفض", "المفتشة")),
    ("«الأسعار ستنخفض»، قال الوزير إن الرقابة مستمرة.", "قال", None),   # a new clause follows the cue
    ("الأسعار ستنخفض، قال الوزير.", "قال", None),                       # no quote before the cue
    # a name in quotation marks inside the noun phrase before the verb is no quotation of it
    ('ونشر الطبيب صورة على صفحته في "فيس بوك" تظهر قيامه بتنظيف الغرفة.', "تظهر", None),
    ("وبث التنظيم شريطا من قناته في «يوتيوب»، يظهر رجالا يمشون.", "يظهر", None),
    ("وفي مقابلة مع «الحياة»، قال الوزير.", "قال", None),
])
def test_quote_before(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = quote_before(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c if c is None else (c.claim.text, c.speaker.text)) == expected
    if c is not None:
        assert (c.kind, c.confidence) == ("direct", 0.85)
