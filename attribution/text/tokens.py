"""The words and punctuation marks of a whole normalised document, tokenised once.

The rules read the tokens of the sentences that may report, the mention index those of the
whole document: both take them from :func:`document_tokens`, which tokenises a text once (the
regular expression is most of the cost of reading a token in Python).

>>> dt = document_tokens("وقال الوزير: «لا».")
>>> [t.text for t in dt.toks]
['وقال', 'الوزير', ':', '«', 'لا', '»', '.']
>>> [t.text for t in dt.between(5, 11)]
['الوزير']
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import repeat
from typing import NamedTuple

#: A word or a single punctuation mark (وقال: «لا» → وقال : « لا »).
WORD_OR_MARK = re.compile(r"\w+|[^\w\s]")


class Tok(NamedTuple):
    """A word or a punctuation mark, with its offsets in the normalised text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DocumentTokens:
    """Every token of one text (:data:`WORD_OR_MARK`), their words and their start offsets."""

    text: str
    toks: list[Tok]
    words: list[str]
    starts: list[int]

    def bounds(self, a: int, b: int) -> tuple[int, int] | None:
        """Token indices ``[lo, hi)`` of the tokens of ``text[a:b]``, or ``None`` when ``a`` or ``b``
        falls inside a token (the stretch's own tokens would then differ from the document's)."""
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        if (lo and self.toks[lo - 1].end > a) or (hi and self.toks[hi - 1].end > b):
            return None
        return lo, hi

    def between(self, a: int, b: int) -> list[Tok] | None:
        """The tokens of ``text[a:b]`` as a new list (``None``: see :meth:`bounds`)."""
        span = self.bounds(a, b)
        return None if span is None else self.toks[span[0]:span[1]]


@functools.lru_cache(maxsize=2)
def document_tokens(text: str) -> DocumentTokens:
    """The tokens of ``text``, tokenised once for every reader of the same document (the last two
    texts are kept: a document's rules and its resolution ask one after the other)."""
    found = list(WORD_OR_MARK.finditer(text))
    # (built by maps, without a Python call per token: a third faster than a comprehension)
    starts = list(map(re.Match.start, found))
    words = list(map(re.Match.group, found))
    toks = list(map(tuple.__new__, repeat(Tok), zip(starts, map(re.Match.end, found), words)))
    return DocumentTokens(text, toks, words, starts)
