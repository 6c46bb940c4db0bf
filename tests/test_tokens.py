"""One tokenisation of a document: the same tokens as the readers' own regular expressions."""
import pytest

from attribution.backends.rules.context import sentence_tokens, tokens
from attribution.text.normalize import normalize_text
from attribution.text.sentences import split_sentences
from attribution.text.tokens import WORD_OR_MARK, document_tokens

TEXTS = [
    "",
    "   ",
    "وقال الوزير: «لا».",
    " وأكد د. أحمد الحكيم أن النسبة 3.5 بالمئة، مضيفا أن…  ",
    "وقال وزير الخارجية الفرنسي جان-إيف لودريان إن المحادثات - كما قال - مستمرة.",
    'وأضاف "الوضع صعب. لكننا سنعمل"؛ ثم غادر\nالقاعة.',
    "قالَ الوزيرُ إنّ الخطةَ جاهزةٌ",
    "الرياض - واس: قال الوزير إن الخطة -كما وصفها- جاهزة.",
]


@pytest.mark.parametrize("raw", TEXTS)
def test_document_tokens_are_the_regex_tokens(raw):
    text = normalize_text(raw).text
    doc = document_tokens(text)
    found = list(WORD_OR_MARK.finditer(text))
    assert list(zip(doc.starts, doc.ends, doc.words)) == [(m.start(), m.end(), m.group()) for m in found]


@pytest.mark.parametrize("raw", TEXTS)
def test_sentence_tokens_are_the_rules_tokens(raw):
    """A sentence's tokens sliced from the document's are the rules' own, hyphenated names included."""
    text = normalize_text(raw).text
    doc = document_tokens(text)
    for s in split_sentences(text):
        assert sentence_tokens(doc, s.start, s.end) == tokens(text, s.start, s.end)


def test_a_stretch_cut_inside_a_token_has_no_bounds():
    doc = document_tokens("وقال الوزير")
    assert doc.bounds(0, 11) == (0, 2)
    assert doc.bounds(2, 11) is None and doc.bounds(0, 7) is None
    assert sentence_tokens(doc, 2, 11) == tokens("وقال الوزير", 2, 11)


@pytest.mark.parametrize("words,wanted,places", [
    (["قال", "الوزير", "إن", "الوزير", "قال"], {"الوزير"}, [1, 3]),
    (["قال", "الوزير", "قال"], {"قال"}, [0, 2]),
    (["قال", "الوزير"], {"مدير"}, []),  # no word passes: nothing
    ([], {"قال"}, []),
])
def test_word_places_are_the_indices_of_the_passing_words(words, wanted, places):
    from attribution.text.tokens import word_places

    assert word_places(words, set(wanted).__and__) == places == [k for k, w in enumerate(words) if w in wanted]


@pytest.mark.parametrize("words,prefixes,wanted", [
    ({"عبدالله", "محمد", "ابوبكر"}, ("عبد", "ابو"), {"عبدالله", "ابوبكر"}),
    ({"لمدير", "مدير", "برئيس"}, ("ل", "ب"), {"لمدير", "برئيس"}),
    ({"قال"}, ("عبد",), set()),
    (set(), ("عبد",), set()),
])
def test_starting_keeps_the_words_with_a_prefix(words, prefixes, wanted):
    from attribution.text.tokens import starting

    assert starting(words, prefixes) == wanted == {w for w in words if w.startswith(prefixes)}
