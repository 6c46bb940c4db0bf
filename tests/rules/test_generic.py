"""The relative مَن as a reporting verb's subject (attribution.backends.rules.generic), and
according-to phrases whose object is a policy, not a source.

Sentences written for these tests; each row: text, then (cue, speaker mention, speaker name, kind) per record.
"""
import pytest

from attribution import extract_text
from attribution.backends.rules.context import Sentence
from attribution.backends.rules.generic import who
from attribution.text.normalize import normalize_text

GENERIC = [
    # after an existential: unnamed people say it, no word after the verb is their name
    ("وهناك من يقول الآن إن الاتفاق لن يصمد طويلا.", [("يقول", None, None, "unattributed")]),
    ("ومنهم من قال إن الخطة تحتاج إلى مراجعة.", [("قال", None, None, "unattributed")]),
    ("ثمة من يعتقد أن الأسعار ستنخفض قريبا.", [("يعتقد", None, None, "unattributed")]),
    # a generic subject, a condition or a maxim: nobody reports anything
    ("ومن يعتقد أن الأزمة ستنتهي قريبا فهو واهم.", []),
    ("ويخطئ من يظن أن الطريق سهل.", []),
    ("ثم يأتيك من يعتبر هذه الإجراءات جزءا من الحفاظ على الحريات.", []),
    ("فمن يتابع أخبار الأندية يجد أن كل ناد يقدم أخباره بطريقته.", []),
    # a known person: a pronoun or a superlative before مَن, or a report by a named speaker around it
    ("وقال الوزير إن هناك من يقول إن الخطة فشلت.",
     [("قال", "الوزير", "الوزير", "indirect")]),
    # مِن + a verbal noun, not مَن + a verb: the pledge of the company
    ("وارتفع المؤشر بدعم من تعهد الشركة بخفض الإنفاق.", [("تعهد", "الشركة", "الشركة", "nominal")]),
]

WHO = [
    # (sentence, the verb, what who() says)
    ("هناك من يقول إن الخطة فشلت", "يقول", "some"),
    ("وبينهم من طالب بالاستقالة", "طالب", None),  # a perfect verb without its content after it
    ("وكان بينهم من قال إن الخطة فشلت", "قال", "some"),
    ("ومن يعتقد أن الأزمة انتهت فهو واهم", "يعتقد", "anyone"),
    ("وهو من قال إن الحرب ستطول", "قال", None),
    ("فهو أول من دعا إلى الحوار", "دعا", None),
    ("بدعم من تعهد الشركة بخفض الإنفاق", "تعهد", None),
    ("وقال الوزير إن الخطة فشلت", "وقال", None),
]


def _records(text):
    return [(r.cue.text, r.speaker.text if r.speaker else None, r.speaker_name, r.kind) for r in extract_text(text)]


@pytest.mark.parametrize("text, expected", GENERIC)
def test_the_relative_man_as_a_reporting_verbs_subject(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text, verb, expected", WHO)
def test_who_reads_the_words_before_man(text, verb, expected):
    nt = normalize_text(text)
    sent = Sentence.of(nt, 0, 0, len(nt.text))
    toks = sent.toks
    i = next(k for k, t in enumerate(toks) if t.text == verb)
    lemma_aspect = "perfect" if verb in ("قال", "وقال", "طالب", "دعا", "تعهد") else "imperfect"
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    assert who(toks, i, lemma_aspect, nxt) == expected


@pytest.mark.parametrize("text", [
    "فمن يتابع الأندية يجد أن كل ناد يقدم أخباره وفق سياسة النادي.",
    "وارتفعت الأسعار وفق سياسة الحكومة الجديدة.",
])
def test_a_policy_is_no_according_to_source(text):
    assert [r for r in extract_text(text) if r.kind == "according_to"] == []
