"""What every rule reads: the token record, the sentence view and the document context.

Rules run on the normalised view of a document (:mod:`attribution.text.normalize`); a
:class:`Sentence` maps the offsets of its tokens back to spans of the original text.
"""
from __future__ import annotations

import functools
import re
from itertools import repeat
from collections.abc import Mapping
from dataclasses import dataclass, field

from attribution.lexicon.closed import AND_HE, COMMA, QUOTES, TRAILING_RELATIVES
from attribution.lexicon.cues import Lexicon, VerbForm
from attribution.lexicon.vocabulary import Vocabulary, vocabulary
from attribution.records import Cue, Span
from attribution.text.normalize import NormalizedText, norm_word
from attribution.text.tokens import DocumentTokens, Tok

#: How far a cue looks, in characters: a quotation or a claim runs at most this far from it (the
#: longest claim in 5,996 SaudiNewsNet articles has 2,652), so a giant sentence costs linear time.
REACH = 3000

# a hyphen between two letters joins one word (جان-إيف لودريان، بيير-أوغستان): a name, not a dash
_TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
_JOINED = re.compile(r"\w-\w")  # where _TOKEN joins words that document tokens keep apart
_QUOTE_MARK = re.compile('[«»“”"]')
_EDGE = QUOTES | COMMA  # marks a mention does not start with


def tokens(text: str, a: int, b: int) -> list[Tok]:
    """The tokens of ``text[a:b]``: words and single punctuation marks (وقال: «لا» → وقال : « لا »)."""
    found = list(_TOKEN.finditer(text, a, b))
    # (built by maps, without a Python call per token: 40% faster than a comprehension of Tok(...))
    return list(map(tuple.__new__, repeat(Tok), zip(map(re.Match.start, found), map(re.Match.end, found),
                                                  map(re.Match.group, found))))


def sentence_tokens(doc: DocumentTokens, a: int, b: int) -> list[Tok]:
    """:func:`tokens` of ``doc.text[a:b]``, sliced from the document's tokens where they are the
    same: no hyphen between two letters inside (جان-إيف is one token here, three there; the dash
    of «الرياض - واس» is a token in both), ``a`` and ``b`` between tokens."""
    text = doc.text
    if (text.find("-", a, b) == -1 or not _JOINED.search(text, a, b)) and (toks := doc.between(a, b)) is not None:
        return toks
    return tokens(text, a, b)


@dataclass(frozen=True, slots=True)
class Sentence:
    """The tokens of one sentence, with the map from normalised offsets to original spans."""

    nt: NormalizedText
    toks: list[Tok]
    index: int  # the sentence's number in the document
    start: int  # normalised offsets of the sentence
    end: int
    marks: Mapping[str, list[int]] = field(default_factory=dict)  # quote mark → its offsets, in order

    @classmethod
    def of(cls, nt: NormalizedText, index: int, start: int, end: int, toks: list[Tok] | None = None) -> Sentence:
        """The sentence at normalised offsets [start, end) (``toks``: its :func:`tokens`, when known)."""
        marks: dict[str, list[int]] = {}
        for m in _QUOTE_MARK.finditer(nt.text, start, end):
            marks.setdefault(m.group(), []).append(m.start())
        return cls(nt, tokens(nt.text, start, end) if toks is None else toks, index, start, end, marks)

    def span(self, a: int, b: int) -> Span | None:
        """Original-text span for normalised offsets [a, b)."""
        if b <= a:
            return None
        s, e = self.nt.original_span(a, b)
        return Span(s, e, self.nt.original[s:e])

    def written(self, k: int) -> str:
        """Token ``k`` as written in the original text (إن and أن, على and the name علي differ there)."""
        a, b = self.nt.original_span(self.toks[k].start, self.toks[k].end)
        return self.nt.original[a:b]

    def cue(self, a: int, b: int, lemma: str, meaning: str) -> Cue:
        """The cue at normalised offsets [a, b)."""
        s, e = self.nt.original_span(a, b)
        return Cue(s, e, self.nt.original[s:e], lemma, meaning)

    def mention(self, toks: list[Tok] | None, drop_first: int = 0) -> Span | None:
        """The span of a speaker mention made of ``toks``, without quote marks or commas at its edges.

        ``drop_first`` drops the proclitic ل of the first token (وفقا لأرامكو → أرامكو);
        شركة "غوغل" keeps its inner quotes.
        """
        if not toks:
            return None
        if drop_first:
            t0 = toks[0]
            toks = [Tok(t0.start + (2 if t0.text.startswith("لل") else 1), t0.end, t0.text)] + list(toks[1:])
        a, b = 0, len(toks)
        while a < b and toks[a].text in _EDGE:
            a += 1
        if a < b and _conjoined(toks[a].text):
            t0 = toks[a]
            toks = list(toks[:a]) + [Tok(t0.start + 1, t0.end, t0.text[1:])] + list(toks[a + 1:])
        b = next((m for m in range(a + 1, b) if toks[m].text in AND_HE), b)  # (باراك أوباما [وهو من…]: "he being…")
        while b > a and (toks[b - 1].text in COMMA or toks[b - 1].text in TRAILING_RELATIVES or toks[b - 1].text in ";؛"):
            b -= 1  # (أعلن الجزيرة الذي ينافس…: the relative opens the subject's clause, no part of it)
        if b > a and toks[b - 1].text in QUOTES and sum(t.text in QUOTES for t in toks[a:b]) % 2 == 1:
            b -= 1
        if b <= a:
            return None
        return self.span(toks[a].start, toks[b - 1].end)


def _conjoined(w: str) -> bool:
    """A subject written with the conjunction و before the verb (والوزارة أكدت…، ووزارة الصحة
    أكدت…): و + an ال-word, or و + a word of و (not والد "father", والي "governor", وود "Wood")."""
    rest = w[1:]
    return w[:1] == "و" and (rest.startswith("ال") and len(rest) >= 5 and not w.startswith(("والد", "والي"))
                             or rest[:1] == "و" and len(rest) >= 4)


@dataclass(frozen=True, slots=True)
class Context:
    """One document's reading: the lexicon, its word classes, and the speakers' names seen so far.

    ``known`` grows as the document's sentences are read: a bare name before an object
    (وصف سيرومولوتوف الحوار…) is read as a subject only once the name is known.  ``titled``: the
    surnames the article writes after a title and a given name (الرئيس باراك أوباما), a narrated
    clause's subject when written bare (وارتكب هاميلتون أخطاء…).
    """

    lexicon: Lexicon
    v: Vocabulary
    verb_forms: Mapping[str, VerbForm]
    acc_first: frozenset[str]  # the first words of the according-to phrases (بحسب، وفقا، نقلا…)
    acc_phrases: Mapping[str, tuple[tuple[str, ...], ...]]  # first word → its phrases, in the lexicon's order
    acc_open: frozenset[str]  # the words that may open a phrase: a first word, or و + one (وبحسب)
    acc_next: Mapping[str, frozenset[str] | None]  # first word → the words its phrases go on with
    known: set[str] = field(default_factory=set)
    titled: set[str] = field(default_factory=set)
    #: a cache of pure readings of this document's tokens (:func:`~.noun_phrase.np_end`), by their
    #: arguments and the sizes of ``known`` and ``titled`` (which only grow): the rules ask some twice
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, lexicon: Lexicon) -> Context:
        """A fresh context for a new document (no names known yet)."""
        phrases = _according_phrases(lexicon)
        return cls(lexicon, vocabulary(lexicon), lexicon.forms, frozenset(phrases), phrases,
                   _according_openers(lexicon), _according_next_words(lexicon), set(), set())


@functools.lru_cache(maxsize=8)
def _according_phrases(lexicon: Lexicon) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """The according-to phrases by their first word, each group in the lexicon's order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon.according_to:
        out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(ps) for w, ps in out.items()}


@functools.lru_cache(maxsize=8)
def _according_openers(lexicon: Lexicon) -> frozenset[str]:
    """The words at which :func:`~attribution.backends.rules.cues.match_according` may find a
    phrase: its first word, or و + it when that is longer than three letters (وبحسب، ووفقا)."""
    firsts = {k[0] for k in lexicon.according_to}
    return frozenset(firsts | {"و" + w for w in firsts if len(w) + 1 > 3})


@functools.lru_cache(maxsize=8)
def _according_next_words(lexicon: Lexicon) -> Mapping[str, frozenset[str] | None]:
    """For each first word of the according-to phrases, every word that may follow it in one of
    them: a phrase's second word, or a finite form without proclitic of the reporting verb it
    names (كما ذكر: ذكرت، يذكر); ``None`` when some phrase takes any next word (a one-word phrase,
    بحسب, or a final proclitic ل right after the first word).  Most في، على، كما open no phrase:
    :func:`~attribution.backends.rules.cues.match_according` looks at their phrases only when the
    next word is one of these."""
    finite: dict[str, set[str]] = {}  # a verb's lemma → its finite forms without proclitic
    for w, form in lexicon.forms.items():
        if form.aspect != "participle" and not form.clitic:
            finite.setdefault(norm_word(form.lemma), set()).add(w)
    out: dict[str, frozenset[str] | None] = {}
    for first, phrases in _according_phrases(lexicon).items():
        if any(len(p) < 2 or (len(p) == 2 and p[1] == "ل") for p in phrases):
            out[first] = None
        else:
            out[first] = frozenset(w for p in phrases for w in (p[1], *finite.get(p[1], ())))
    return out
