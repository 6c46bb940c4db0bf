"""Asides between a speaker and the content of the report.

News hides a source's name with a clause of its own between commas or dashes, right after the
speaker: «قال مسؤول أمني، فضّل عدم الكشف عن اسمه، إن…», «طلب عدم ذكر اسمه», «رفض الكشف عن
هويته», «مشترطًا عدم نشر اسمه», «لم يتم تسميته», «لم يكشف عن اسمه», «دون ذكر اسمه». The clause is the speaker's (who preferred anonymity), never the
report's subject or content: the content follows it, and the speaker ends before it.
"""
from __future__ import annotations

from attribution.backends.rules.context import Tok
from attribution.lexicon.closed import COMMA

#: the verbs of the clause (preferred, asked, refused, stipulated), finite or participle, normalised
_ASKING = frozenset({
    "فضل", "فضلت", "فضلوا", "مفضلا", "مفضلة", "مفضلين", "طلب", "طلبت", "طلبوا", "طالبا", "طالبة", "طالبين",
    "رفض", "رفضت", "رفضوا", "رافضا", "رافضة", "رافضين", "اشترط", "اشترطت", "اشترطوا", "مشترطا", "مشترطة",
    "اثر", "اثرت", "اثروا", "مؤثرا", "شريطة", "بشرط",
    # (or the clause says the name was not given: لم يتم تسميته، لم يكشف عن اسمه، دون ذكر اسمه)
    "لم", "دون", "بدون",
})
#: the identity the clause keeps back
_IDENTITY = frozenset({"اسمه", "اسمها", "اسمهم", "اسمهما", "اسمي", "اسمائهم", "اسماءهم", "هويته", "هويتها",
                       "هويتهم", "هويتهما", "شخصيته", "شخصيتها", "تسميته", "تسميتها", "تسميتهم"})
#: how far the identity word may be from the verb: «فضل عدم الكشف عن اسمه» (4), «لأسباب أمنية» after it
_REACH = 6
#: how long its reason may run to the closing comma (لأنه غير مخوّل بالحديث إلى وسائل الإعلام)
_REASON = 9


def anonymity_aside(toks: list[Tok], k: int) -> int | None:
    """If an anonymity clause opens at token ``k`` (right after a comma or a dash), the index of
    the token that ends it: the comma closing it when its reason follows (… اسمه لأنه غير مخوّل
    بالحديث، إن…), else the token after its identity word («… اسمه»); ``None`` when there is none.

    >>> toks = [Tok(0, 0, w) for w in "فضل عدم الكشف عن اسمه ، ان".split()]
    >>> anonymity_aside(toks, 0)
    5
    """
    if k >= len(toks) or toks[k].text not in _ASKING:
        return None
    for m in range(k + 1, min(len(toks), k + 1 + _REACH)):
        w = toks[m].text
        if w in _IDENTITY:
            for e in range(m + 1, min(len(toks), m + 1 + _REASON)):
                if not toks[e].text.isalpha():
                    return e if toks[e].text in COMMA else m + 1
            return m + 1
        if not w.isalpha():
            return None  # (a comma, a quote: the clause ended without naming an identity)
    return None
