"""«هناك من يقول إن…», «ومن يعتقد أن… فهو واهم»: the relative مَن ("whoever", "some who") as a
reporting verb's subject.

A finite verb cannot follow the preposition مِن, so مَن right before one is the pronoun.  After an
existential (هناك، ثمة، منهم) it introduces unnamed people who say something: the report is
unattributed, and no word after the verb is its speaker («هناك من يقول الآن إن…» is not said by
«الآن»).  Anywhere else it is generic, a condition or a maxim («ومن يعتقد أن خطورته ستهدأ فهو
واهم»، «يخطئ من يظن»، «لكل من يعبر عن رفضه»): nobody reports anything.  After a pronoun or a
superlative (وهو من قال، فهو أول من دعا، هم أكثر من يطالبون) it names a known person: the verb
is read as any other.

>>> from attribution.backends.rules.context import Tok
>>> toks = [Tok(0, 4, "هناك"), Tok(5, 7, "من"), Tok(8, 12, "يقول")]
>>> who(toks, 2, "imperfect", "ان")
'some'
"""
from __future__ import annotations

from attribution.backends.rules.context import Tok
from attribution.backends.rules.words import is_complementizer

_WHO = frozenset({"من", "ومن", "فمن", "لمن", "بمن"})  # (not ممن: «عدد ممن قالوا» has its subject, عدد)
# what makes مَن "some (people) who": هناك من يقول، ومنهم من قال، وكان بين هؤلاء من طالب
_EXISTENTIAL = frozenset({"هناك", "وهناك", "فهناك", "هنالك", "وهنالك", "ثمة", "وثمة", "منهم", "ومنهم", "فمنهم",
                          "منهن", "ومنهن", "بينهم", "وبينهم", "بين", "وبين", "بعضهم"})
# what makes مَن a known person: وهو من قال، فهو أول من دعا، هم أكثر من يطالبون
_KNOWN = frozenset({"هو", "وهو", "فهو", "هي", "وهي", "فهي", "هم", "وهم", "فهم", "هما", "انه", "انها", "انهم",
                    "اول", "واول", "اخر", "اكثر", "ابرز", "خير", "افضل", "اشهر", "اكبر"})
_REACH = 3  # the words before مَن read for an existential
_WORDS_AFTER = frozenset({":", "«", '"', "“"})  # a perfect verb then its content: من قال: … / من قال «…»


def who(toks: list[Tok], i: int, aspect: str, nxt: str) -> str | None:
    """How the verb at ``i`` (of ``aspect``; ``nxt`` the word after it) reads after a relative مَن:
    ``"some"`` (unattributed: هناك من يقول إن…), ``"anyone"`` (generic, no report: ومن يعتقد أن…
    فهو واهم) or ``None`` (no مَن before it, or a known person: وهو من قال).  A perfect verb counts
    only with its content right after it (من قال إن…، من قال: …): «بدعم من تعهد الشركة» is مِن + a
    verbal noun."""
    if i == 0 or toks[i - 1].text not in _WHO or aspect == "participle":
        return None
    if aspect == "perfect" and not (is_complementizer(nxt) or nxt in _WORDS_AFTER):
        return None
    before = [t.text for t in toks[max(0, i - 1 - _REACH):i - 1]]
    if before and before[-1] in _KNOWN:
        return None
    return "some" if any(w in _EXISTENTIAL for w in before) else "anyone"
