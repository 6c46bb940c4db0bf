"""Reports whose claim is what came before: وهو ما أكده الوزير (attribution.backends.rules.resumptive)."""
import pytest

from attribution.backends.rules.resumptive import antecedent_report, is_what_clause


@pytest.mark.parametrize("text, verb, expected", [
    ("وارتفعت الأسعار، وهو ما أكده الوزير.", "أكده", True),
    ("وهذا ما أكدته الدراسة.", "أكدته", True),
    ("وقال الوزير ما قاله سابقا.", "قاله", False),   # no وهو/وهذا before ما
])
def test_is_what_clause(ar, text, verb, expected):
    sent = ar.sentence(text)
    assert is_what_clause(sent.toks, ar.index(sent, verb)) is expected


@pytest.mark.parametrize("text, verb, expected", [
    ("وارتفعت الأسعار بنسبة كبيرة، وهو ما أكد عليه الوزير في تصريحه.", "أكد", ("الوزير", "وارتفعت الأسعار بنسبة كبيرة")),
    ("ولم تشمل الخطة جميع المدارس وهو ما أكد عليه التقرير.", "أكد", ("التقرير", "ولم تشمل الخطة جميع المدارس")),
    ("وتراجعت الأسعار، وهو ما أكد جزئيا أن السوق هادئة.", "أكد", None),      # an adverb is no speaker
])
def test_antecedent_report(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = antecedent_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c if c is None else (c.speaker.text, c.claim.text)) == expected
