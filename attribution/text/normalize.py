"""Arabic normalisation for matching, with a map back to the original text.

The engine matches cues and names on a normalised *view* of the document (diacritics, tatweel
and bidi controls removed, hamza-carrying alefs folded, presentation forms decomposed) and
reports every span in the original text through :class:`NormalizedText`.

>>> nt = normalize_text("قالَ الوزيرُ إنّ")
>>> nt.text
'قال الوزير ان'
>>> nt.original_span(4, 10)
(5, 12)
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from itertools import accumulate
import unicodedata
from dataclasses import dataclass

# Harakat, Quranic marks, superscript alef, tatweel, bidi and zero-width controls, BOM.
_DROP_CHARS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff"
)
_DROP = re.compile(f"[{_DROP_CHARS}]")
_DROP_SET = frozenset(c for c in map(chr, range(0x0600, 0x0700)) if _DROP.match(c)) | frozenset(
    chr(c) for c in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x061C, 0xFEFF)
)
# Arabic presentation forms (FB50–FDFF, FE70–FEFF) decompose under NFKC.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# Letters folded one to one.  ة is kept here (it carries gender); fold() also maps it to ه.
_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ک": "ك", "ی": "ي", "ھ": "ه",
                        "\u00a0": " ", "\u2009": " ", "\u202f": " "})
_KEY_TABLE = str.maketrans({"ة": "ه"})
#: _TABLE that also drops the marks of _DROP_SET: one translate for a short string (see _matching)
_DROP_AND_FOLD = {**_TABLE, **dict.fromkeys(map(ord, _DROP_SET))}
# (str.translate looks every character up in a dict: on a whole article, one str.replace per
# letter is ten times faster, and the same, since no letter maps to a letter that is mapped)
_PAIRS = tuple((chr(a), b) for a, b in _TABLE.items())
assert not {b for _, b in _PAIRS} & {a for a, _ in _PAIRS}


def _fold_letters(s: str) -> str:
    """``s.translate(_TABLE)``."""
    for a, b in _PAIRS:
        s = s.replace(a, b)
    return s


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised view of ``original`` with the map back to it.

    The map is stored compactly: ``drops`` holds, for each character removed from the original
    (a diacritic, tatweel, a bidi mark), the normalised position where it was removed, so the
    original index of normalised ``i`` is ``i + bisect_right(drops, i)``.  Text with
    presentation forms (one original character → two normalised ones) keeps an explicit
    ``origin`` table instead.  Both are ``None`` for the identity map.
    """

    original: str
    text: str
    origin: tuple[int, ...] | None = None
    drops: tuple[int, ...] | None = None

    def to_original(self, i: int) -> int:
        """Original index of normalised index ``i`` (``len(text)`` maps to ``len(original)``)."""
        if self.drops is not None:
            return i + bisect_right(self.drops, i)
        if self.origin is None:
            return i
        if i >= len(self.origin):
            return len(self.original)
        return self.origin[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` to the original text, covering dropped marks inside."""
        drops = self.drops
        if drops is not None:  # (to_original, inlined: the rules and the resolver ask thousands of times)
            s = start + bisect_right(drops, start)
            if end <= start:
                return s, s
            e = end + bisect_right(drops, end - 1)
        elif self.origin is None:
            return start, end
        elif end <= start:
            s = self.to_original(start)
            return s, s
        else:
            s = self.to_original(start)
            e = self.to_original(end - 1) + 1
        # keep trailing diacritics/tatweel attached to the last letter inside the span
        n = len(self.original)
        while e < n and self.original[e] in _DROP_SET:
            e += 1
        return s, e


def normalize_text(text: str) -> NormalizedText:
    """Build the matching view of ``text`` with its offset map."""
    if _PRESENTATION.search(text):
        return _slow(text)
    kept = _DROP.split(text)  # the stretches between dropped marks
    if len(kept) == 1:
        return NormalizedText(text, _fold_letters(text))
    # (a mark dropped after the k-th stretch sits where the first k stretches end in the normalised text)
    drops = tuple(accumulate(map(len, kept[:-1])))
    return NormalizedText(text, _fold_letters("".join(kept)), None, drops)


def _slow(text: str) -> NormalizedText:
    out: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        if c in _DROP_SET:
            continue
        if "\ufb50" <= c <= "\ufefe":
            for d in unicodedata.normalize("NFKC", c):
                if d not in _DROP_SET and d != " ":
                    out.append(d)
                    origin.append(i)
            continue
        out.append(c)
        origin.append(i)
    return NormalizedText(text, "".join(out).translate(_TABLE), tuple(origin), None)


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Normalise a string for comparison and keys: ``normalize_text`` plus ة→ه and spaces squeezed.

    >>> fold("وزارةُ الخارجيّة")  == fold("وزاره الخارجيه")
    True
    """
    if not s:
        return ""
    return " ".join(_matching(s).translate(_KEY_TABLE).split())


def strip_marks(s: str) -> str:
    """``s`` without the marks the normalised view drops (diacritics, tatweel, bidi and
    zero-width controls), its letters as written.

    >>> strip_marks("الأمريكيّة"), strip_marks("إجماعاً")
    ('الأمريكية', 'إجماعا')
    """
    return _DROP.sub("", s)


@functools.lru_cache(maxsize=1 << 16)
def norm_word(s: str) -> str:
    """``normalize_text(s).text`` for short strings (words, names), cached."""
    return _matching(s)


#: Below this length one str.translate folds the letters faster than a str.replace per letter.
_SHORT = 64


def _matching(s: str) -> str:
    """``normalize_text(s).text``, without the offset map (a word, a name: every cache miss of
    :func:`norm_word` and :func:`fold` would build one)."""
    if _PRESENTATION.search(s):
        return _slow(s).text
    if len(s) < _SHORT:
        return s.translate(_DROP_AND_FOLD)  # (= _DROP.sub("", s).translate(_TABLE), one pass)
    s = _DROP.sub("", s)
    return s.translate(_TABLE) if len(s) < _SHORT else _fold_letters(s)


def written_ala(word: str) -> bool:
    """Is ``word`` على as written, with its alef maqsura: the preposition "on", which the normalised
    view folds into علي, the name Ali?

    >>> written_ala("على"), written_ala("علي"), written_ala("عَلَى")
    (True, False, True)
    """
    return strip_marks(word) == "على"
