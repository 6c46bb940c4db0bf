"""Roles written in apposition after a person's name, which later name him by that role alone.

«وصف الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون، التصريحات…» gives الزياني the role
«الأمين العام لمجلس التعاون», so that «وأعرب الأمين العام…» further on is him.
"""
from __future__ import annotations

import re

from attribution.lexicon.vocabulary import vocabulary
from attribution.text.morph import strip_article
from attribution.text.normalize import fold

#: the most characters of a role in apposition after a name
_APPOSED_REACH = 90
#: a definite title and its complements up to the comma that closes the apposition
_APPOSED = re.compile(r"\s+([^،,.:؛;!؟?«»\"“”()\n]+?)\s*[،,]")
#: words that open a clause, never a role's (أن، إن: the verb's content after a name)
_CLAUSE_WORDS = frozenset({"ان", "بان", "وان", "انه", "انها", "قائلا", "الذي", "التي"})


def apposed_role(text: str, end: int) -> str | None:
    """The role in apposition right after a name ending at ``end``: a definite title and its
    complements closed by a comma (no comma: a definite title after a name is as often the verb's
    object, «استقبل الوزير فلان المبعوث الأممي»).

    >>> t = "وصف الدكتور سالم الزيد الأمين العام للمجلس، التصريحات بأنها سلبية"
    >>> apposed_role(t, t.index(" الأمين"))
    'الأمين العام للمجلس'
    >>> t = "قال سالم الزيد، الأمين العام للمجلس، إن الوضع جيد"
    >>> apposed_role(t, t.index("،")) is None
    True
    """
    m = _APPOSED.match(text[end:end + _APPOSED_REACH])
    if m is None:
        return None
    words = m.group(1).split()
    if not words:
        return None  # (a match of marks and spaces only: حسب“00A  ،0)
    first = fold(words[0])
    if not (2 <= len(words) <= 8 and first.startswith("ال") and strip_article(first) in vocabulary().title):
        return None
    if any(fold(w) in _CLAUSE_WORDS for w in words):
        return None
    return m.group(1)
