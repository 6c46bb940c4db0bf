"""The reports of one sentence: nesting, new reports by the same speaker, according-to phrases
outside the verbs' claims (attribution.backends.rules.sentence)."""
import pytest

from attribution.backends.rules.sentence import sentence_reports

# (sentence, [(cue, speaker, kind)] in text order)
SENTENCES = [
    ("وقال الوزير إن الخطة جاهزة.", [("قال", "الوزير", "indirect")]),
    ("ولم يعلن الوزير أن الخطة جاهزة.", []),                                       # negated
    # a report inside another's claim counts only with its own subject
    ("وقال الوزير إن المدير أكد أن الخطة جاهزة.", [("قال", "الوزير", "indirect"), ("أكد", "المدير", "indirect")]),
    ("وقال الوزير إن الخطة جاهزة وأكد أن التمويل متوفر.", [("قال", "الوزير", "indirect")]),
    # …، وأضاف / …، مضيفا / …، لكنه نفى: a new report by the same speaker
    ("وقال الوزير إن الخطة جاهزة، وأضاف أن التمويل متوفر.",
     [("قال", "الوزير", "indirect"), ("أضاف", None, "indirect")]),
    ("وقال الوزير إن الخطة جاهزة، مضيفا أن التمويل متوفر.",
     [("قال", "الوزير", "indirect"), ("مضيفا", None, "indirect")]),
    ("وأوضح المدير أن الخطة جاهزة، لكنه نفى وجود موعد محدد.",
     [("أوضح", "المدير", "indirect"), ("نفى", "ه", "indirect")]),
    # according-to phrases: outside a verb's claim, or closing it (بحسب قوله)
    ("ارتفعت الأسعار، بحسب وكالة رويترز.", [("بحسب", "وكالة رويترز", "according_to")]),
    ("وقال الوزير إن الأسعار ارتفعت بحسب وكالة رويترز.", [("قال", "الوزير", "indirect")]),
    ("وأكد الوزير أن الأسعار ارتفعت، وفق قوله.", [("أكد", "الوزير", "indirect")]),
    ("ويشار إلى أن المشروع بدأ قبل عامين.", [("يشار", None, "unattributed")]),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentence_reports(ar, text, expected):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert [(c.cue.text, c.speaker.text if c.speaker else None, c.kind) for c in got] == expected


def test_sentence_initial_source_relays_the_next_report(ar):
    """وبحسب الوكالة، قال المسؤول إن…: the official speaks, the agency relays (no record of its own)."""
    (c,) = sentence_reports(ar.context(), ar.sentence("وبحسب الوكالة، قال المسؤول إن المفاوضات ستستأنف."))
    assert (c.cue.text, c.speaker.text, c.via.text, c.claim.text) == ("قال", "المسؤول", "الوكالة", "المفاوضات ستستأنف")


def test_reports_come_in_text_order(ar):
    """Verbs are read before according-to phrases, but the reports come out in text order."""
    got = sentence_reports(ar.context(), ar.sentence("ارتفعت الأسعار، بحسب الوكالة، وقال الوزير إن التضخم مستمر."))
    assert [(c.cue.text, c.claim.text) for c in got] == [("بحسب", "ارتفعت الأسعار"), ("قال", "التضخم مستمر")]
