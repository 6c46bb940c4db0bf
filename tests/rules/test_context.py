"""The token record, the sentence view and the document context (attribution.backends.rules.context)."""
import pytest

from attribution.backends.rules.context import Context, tokens
from attribution.lexicon.cues import default_lexicon


def test_tokens_are_words_and_single_marks():
    assert [t.text for t in tokens("وقال: «لا».", 0, 11)] == ["وقال", ":", "«", "لا", "»", "."]


def test_spans_point_into_the_original_text(ar):
    """Diacritics and tatweel are gone from the normalised view, not from the spans."""
    text = "وقـــالَ المتحدّثُ إنّ الوضعَ مستقرٌّ."
    sent = ar.sentence(text)
    k = ar.index(sent, "المتحدث")
    span = sent.span(sent.toks[k].start, sent.toks[k].end)
    assert (span.text, text[span.start:span.end]) == ("المتحدّثُ", "المتحدّثُ")
    cue = sent.cue(sent.toks[0].start + 1, sent.toks[0].end, "قال", "say")
    assert (cue.text, cue.lemma, cue.meaning) == ("قـــالَ", "قال", "say")
    assert sent.span(5, 5) is None


@pytest.mark.parametrize("text, drop_first, expected", [
    ('شركة "غوغل"', 0, 'شركة "غوغل"'),          # inner quotes stay
    ('"الصحة"', 0, "الصحة"),                    # edge quotes go
    ("، الوزير ،", 0, "الوزير"),
    ("لأرامكو", 1, "أرامكو"),                    # وفقا لأرامكو: the proclitic ل is not the name's
    ("للبيان", 1, "بيان"),
    ("،", 0, None),
])
def test_mention(ar, text, drop_first, expected):
    sent = ar.sentence(text)
    span = sent.mention(sent.toks, drop_first=drop_first)
    assert (span.text if span else None) == expected


def test_each_document_gets_its_own_known_names():
    a, b = Context.of(default_lexicon()), Context.of(default_lexicon())
    a.known.add("خدام")
    assert b.known == set() and a.v is b.v
