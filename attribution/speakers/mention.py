"""What a speaker mention says: a name, a role, a type, a gender and a number.

>>> m = analyse_mention("نائب وزير الخارجية الروسية، أوليغ سيرومولوتوف")
>>> (m.name, m.role, m.type)
('أوليغ سيرومولوتوف', 'نائب وزير الخارجية الروسية', 'person')
>>> m = analyse_mention("المسؤول الروسي")
>>> (m.name, m.role, m.is_description)
(None, 'المسؤول الروسي', True)
>>> analyse_mention('شركة "غوغل" العملاقة للبحث والإعلانات').name
'شركة غوغل'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from attribution.lexicon.closed import (
    AFFILIATION_PREPOSITIONS, CONSTRUCT_STOPS, EMPHATIC_SELF, PRAYER_HEADS, REGIONS, SCRIPTURE_OPENERS, STYLES,
)
from attribution.lexicon.cues import Lexicon, default_lexicon
from attribution.lexicon.vocabulary import Vocabulary, vocabulary
from attribution.text.morph import adjective_like, strip_article, strip_pronoun
from attribution.text.normalize import norm_word

_TOKEN_Q = re.compile(r"[^\s\"«»“”'،,؛;:()\[\]]+|،|,|[\"«»“”]")
_QUOTE_CHARS = set('"«»“”')


@dataclass(frozen=True, slots=True)
class MentionInfo:
    text: str
    name: str | None  # the proper name (person) or the full name (organisation, group, document)
    role: str | None  # the title/role kept apart from the name
    type: str  # person | organization | group | document | unknown
    gender: str | None  # m | f
    number: str  # sg | pl
    is_description: bool  # a role without a name (الوزير، المسؤول الروسي)


class _RoleSplit(NamedTuple):
    """One comma segment of a person mention cut into its role and its name."""

    role: str | None
    name: str | None
    gender: str | None  # the gender of the role's title (وزيرة → f)


def analyse_mention(text: str, lexicon: Lexicon | None = None) -> MentionInfo:
    """Split a mention into name and role and guess its type, gender and number."""
    return _analyse(text, lexicon or default_lexicon())


@functools.lru_cache(maxsize=1 << 14)
def _analyse(text: str, lex: Lexicon) -> MentionInfo:
    segs, quoted = _comma_segments(text)
    if not segs:
        return MentionInfo(text, None, None, "unknown", None, "sg", True)
    norm = [[norm_word(w) for w in s] for s in segs]
    sacred = _sacred_speaker(text, norm[0])
    if sacred is not None:
        return sacred
    segs[0], norm[0] = _trim_first_segment(segs[0], norm[0])
    return _typed_mention(text, segs, norm, quoted, vocabulary(lex))


# ------------------------------------------------------------------ words and segments

def _comma_segments(text: str) -> tuple[list[list[str]], list[set[int]]]:
    """The mention's words cut at commas ("role، name" or "name، role"), and for each segment
    the indices of its words written inside quotation marks (مدير برنامج «فطن»)."""
    segs: list[list[str]] = [[]]
    quoted: list[set[int]] = [set()]
    depth = 0
    for m in _TOKEN_Q.finditer(text):
        w = m.group()
        if w in _QUOTE_CHARS:
            depth = (1 - depth) if w == '"' else (depth + (1 if w in "«“" else -1))
        elif w in ("،", ","):
            segs.append([])
            quoted.append(set())
        elif any(c.isalpha() for c in w):  # "//", "-", digits: no part of a name
            if depth > 0:
                quoted[-1].add(len(segs[-1]))
            segs[-1].append(w.rstrip(".") or w)
    keep = [k for k, s in enumerate(segs) if s]
    return [segs[k] for k in keep], [quoted[k] for k in keep]


def _sacred_speaker(text: str, first: list[str]) -> MentionInfo | None:
    """God in a scripture citation, the Prophet in a hadith: each named once, the same way."""
    if first[0] in SCRIPTURE_OPENERS or first[:2] == ["الله", "تعالي"]:
        return MentionInfo(text, "الله", None, "person", "m", "sg", False)  # قال تعالى، قال الله عز وجل
    if first[:2] == ["صلي", "الله"]:
        return MentionInfo(text, "النبي محمد", None, "person", "m", "sg", False)  # قال صلى الله عليه وسلم
    return None


def _trim_first_segment(seg: list[str], nseg: list[str]) -> tuple[list[str], list[str]]:
    """Drop a prayer after a name (ابن القيم رحمه الله) and an emphatic نفسه (المصادر نفسها)."""
    for k, w in enumerate(nseg):
        if k and w in PRAYER_HEADS and k + 1 < len(nseg) and nseg[k + 1] == "الله":
            seg, nseg = seg[:k], nseg[:k]
            break
    if len(nseg) > 1 and nseg[-1] in EMPHATIC_SELF:
        seg, nseg = seg[:-1], nseg[:-1]
    return seg, nseg


# ------------------------------------------------------------------ the mention's type

def _head_noun(word: str, W: Vocabulary) -> str:
    """The mention's head without its article or a conjunction: والوزارة → وزارة."""
    head = strip_article(word)
    if head[:1] in "وف" and strip_article(head[1:]) in (W.title | W.org | W.doc_m | W.doc_f | W.group_m):
        head = strip_article(head[1:])
    return head


def _typed_mention(text: str, segs: list[list[str]], norm: list[list[str]], quoted: list[set[int]],
                   W: Vocabulary) -> MentionInfo:
    """A group, a document or an organisation by its head noun; otherwise a person."""
    head, first = _head_noun(norm[0][0], W), norm[0][0]
    if head in W.group_m or first in W.group_m:
        fem = head in W.group_f or first in W.group_f
        flat = " ".join(w for s in segs for w in s)
        return MentionInfo(text, flat, None, "group", "f" if fem else "m", "pl", False)
    if head in W.doc_m or head in W.doc_f:
        return MentionInfo(text, " ".join(segs[0]), None, "document", "f" if head in W.doc_f else "m", "sg", False)
    if head in W.org:
        return MentionInfo(text, _org_name(segs[0], text), None, "organization",
                           "f" if head in W.org_f else "m", "sg", False)
    return _person_mention(text, segs, norm, quoted, W)


def _org_name(seg: list[str], text: str) -> str:
    """وزارة الخارجية الروسية stays whole; شركة "غوغل" العملاقة → شركة غوغل."""
    quoted = re.search(r"[\"«“]([^\"»”]{1,40})[\"»”]", text)
    if quoted and len(seg) > 1:
        # صحيفة "بوبليكو" البرتغالية: the quoted name and its nationality adjectives
        adj = []
        for w in text[quoted.end():].split():
            nw = norm_word(w)
            if nw.startswith("ال") and (nw.endswith("ية") or nw.endswith("ي")) and len(adj) < 2:
                adj.append(w.strip("،,."))
            else:
                break
        return " ".join([seg[0], quoted.group(1).strip(), *adj])
    return " ".join(seg)


def _person_mention(text: str, segs: list[list[str]], norm: list[list[str]], quoted: list[set[int]],
                    W: Vocabulary) -> MentionInfo:
    """A person: the name from the first segment that is only a name, the role from the others."""
    splits = [_split_role(seg, nseg, W, frozenset(q)) for seg, nseg, q in zip(segs, norm, quoted)]
    pure = [k for k, s in enumerate(splits) if s.name and not s.role]
    role_parts: list[str] = []
    name = gender = None
    for k, (s, seg) in enumerate(zip(splits, segs)):
        if pure and k < pure[0]:
            # "مديرة المنتجات في جوجل، لينا الحداد": the segment before the name is all role
            role_parts.append(" ".join(seg))
        elif s.role:
            role_parts.append(s.role)
        if s.name and name is None and (not pure or k == pure[0]):
            name = s.name
        gender = gender or s.gender
    role = "، ".join(role_parts) or None
    if name is None and role is None:
        return MentionInfo(text, " ".join(w for s in segs for w in s), None, "unknown", None, "sg", False)
    return MentionInfo(text, name, role, "person", gender, "sg", name is None)


# ------------------------------------------------------------------ role and name of a person

def _split_role(seg: list[str], nseg: list[str], W: Vocabulary, quoted: frozenset[int] = frozenset()
                ) -> _RoleSplit:
    """("الرئيس الأمريكي دونالد ترامب") → role "الرئيس الأمريكي", name "دونالد ترامب".

    ``quoted`` holds the indices of words written inside quotation marks (مدير برنامج «فطن»):
    a quoted word after a role word is the name of a programme or body, part of the role.
    """
    h = _leading_honorifics(nseg, W)
    if h:
        return _split_role(seg[h:], nseg[h:], W, _shift(quoted, h))
    role_end, gender = _role_extent(nseg, W, quoted)
    if role_end == 0:
        named_first = _name_then_role(seg, nseg, W, quoted)
        if named_first is not None:
            return named_first
    else:
        role_end = _honorific_opening_name(nseg, role_end, W)
    return _name_after_role(seg, nseg, role_end, gender, W)


def _shift(quoted: frozenset[int], k: int) -> frozenset[int]:
    """The quoted indices of the segment's words from ``k`` on, counted from there."""
    return frozenset(q - k for q in quoted if q >= k)


def _leading_honorifics(nseg: list[str], W: Vocabulary) -> int:
    """How many honorifics open the segment (د.، الدكتور، الشيخ, سمو): neither role nor name.

    Only a definite or abbreviated honorific, or a form of address: "أستاذ علم الوراثة" is a
    role in construct.
    """
    h = 0
    while h < len(nseg) - 1 and strip_article(nseg[h]) in W.honorific_bare \
            and (nseg[h].startswith("ال") or len(nseg[h]) == 1 or nseg[h] in STYLES):
        h += 1
    return h


def _title_gender(b: str, W: Vocabulary) -> str | None:
    """وزيرة، مديرة → f; وزير → m; an honorific says nothing."""
    if b in W.title_f or (b in W.title and b.endswith("ة")):
        return "f"
    return "m" if b in W.title else None


def _role_extent(nseg: list[str], W: Vocabulary, quoted: frozenset[int]) -> tuple[int, str | None]:
    """Where the role that opens the segment ends (0: no role first), and its title's gender.

    A role is titles and honorifics, each with its construct and its complements:
    «نائب وزير الخارجية الروسية»، «المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان».
    """
    n = len(nseg)
    i = role_end = 0
    gender = None
    while i < n:
        b = strip_article(nseg[i])
        if b not in W.title and i == 0:
            b = strip_pronoun(b)  # نظيره الروسي، رئيستها
        if i > 0 and b in W.honorific_bare and i + 1 < n and not nseg[i + 1].startswith("ال"):
            break  # وزير الخارجية السعودي الأمير فيصل: the honorific opens the name
        if b not in W.title and b not in W.honorific_bare:
            break
        gender = gender or _title_gender(b, W)
        i += 1
        if b in W.title and not nseg[i - 1].startswith("ال"):
            i = _construct_end(nseg, i, W)
        i = role_end = _complement_end(nseg, i, W, quoted)
    return role_end, gender


def _construct_end(nseg: list[str], i: int, W: Vocabulary) -> int:
    """After an indefinite title at ``i - 1``: the end of the construct it heads.

    A title without the article is in construct with the next noun: رئيس أركان الجيش، وزير
    خارجية روسيا, مصدر أمني مصري (while الرئيس بشار الأسد puts a name after a definite title).
    """
    n = len(nseg)
    if i >= n or nseg[i].startswith("ال") or strip_article(nseg[i]) in W.honorific_bare \
            or not (i + 1 < n or adjective_like(nseg[i])) or nseg[i] in CONSTRUCT_STOPS:
        return i
    i += 1
    # more indefinite adjectives: مصدر أمني مصري، مسؤول أمريكي رفيع
    while i < n and not nseg[i].startswith("ال") and adjective_like(nseg[i]) and nseg[i - 1] != "باسم":
        if i + 1 < n and not nseg[i + 1].startswith("ال") and not adjective_like(nseg[i + 1]):
            break  # the next word is a name: keep this one with it
        i += 1
    # nested construct: رئيسة قسم نشاط الطالبات
    while i + 1 < n and not nseg[i].startswith("ال") and strip_article(nseg[i]) in W.portfolio | W.org \
            and nseg[i + 1].startswith("ال"):
        i += 1
    return i


def _complement_end(nseg: list[str], i: int, W: Vocabulary, quoted: frozenset[int]) -> int:
    """The end of a title's complement chain from ``i`` (≥ 1): الخارجية الروسية، باسم الوزارة،
    لشؤون الأمن، في الموارد المائية، بمنطقة جازان."""
    n = len(nseg)
    while i < n:
        w = nseg[i]
        if _region_noun(nseg[i - 1]) in REGIONS and not w.startswith("ال"):
            i += 1  # بمنطقة جازان، محافظة جدة: the place after a region word
        elif w == "باسم" and i + 1 < n:
            i += 2
        elif w[:1] == "ل" and len(w) > 3 and i + 1 < n and nseg[i + 1].startswith("ال") and not w.startswith("لل"):
            i += 1  # لنصرة الأشقاء، لسلام النقل: a purpose or genitive phrase inside the role
        elif w in AFFILIATION_PREPOSITIONS and i + 1 < n:
            i += 1  # an affiliation: الخبير في الموارد المائية، مديرة المنتجات في جوجل
            if not nseg[i].startswith("ال") and i + 1 < n:
                i += 1  # the affiliation may be a name: في جوجل الشرق الأوسط
        elif _continues_role(w, i in quoted, W):
            if strip_article(w) in W.honorific_bare and i + 1 < n and not nseg[i + 1].startswith("ال"):
                break  # an honorific before a name (الأمير فيصل)
            i += 1
        else:
            break
    return i


def _region_noun(w: str) -> str:
    """بمنطقة، لمحافظة، المدينة → the region noun without article or preposition."""
    b = strip_article(w)
    if b[:1] in "لب" and strip_article(b[1:]) in REGIONS:
        b = strip_article(b[1:])
    return b


def _continues_role(w: str, quoted: bool, W: Vocabulary) -> bool:
    """A word inside a role: definite, a place, a portfolio or organisation noun (with ل/ب),
    or a quoted name after a role word (مدير برنامج «فطن»)."""
    bw = strip_article(w)
    return w.startswith(("ال", "لل", "بال", "وال")) or w in W.place or bw in W.portfolio or bw in W.org \
        or (w[:1] in "لب" and strip_article(w[1:]) in W.portfolio | W.org) or quoted \
        or (w.startswith("ب") and strip_article(w[1:]) in W.org)


def _name_then_role(seg: list[str], nseg: list[str], W: Vocabulary, quoted: frozenset[int]) -> _RoleSplit | None:
    """A name first and its role after it, with no comma: "أحمد الحكيم رئيس قطاع السياسات"."""
    n = len(nseg)
    for k in range(1, n):
        if strip_article(nseg[k]) in W.title and not nseg[k].startswith("ال") and k + 1 < n:
            after = _split_role(seg[k:], nseg[k:], W, _shift(quoted, k))
            if not after.role:
                return None
            name = " ".join(w for w, nw in zip(seg[:k], nseg[:k]) if strip_article(nw) not in W.honorific_bare)
            return _RoleSplit(after.role, name or None, after.gender)
    return None


def _honorific_opening_name(nseg: list[str], role_end: int, W: Vocabulary) -> int:
    """A definite honorific further on opens the name: "الأمين العام لسوق عكاظ الدكتور راشد الغامدي"."""
    for p in range(role_end, len(nseg) - 1):
        if nseg[p].startswith("ال") and strip_article(nseg[p]) in W.honorific_bare and not nseg[p + 1].startswith("ال"):
            return p
    return role_end


def _name_after_role(seg: list[str], nseg: list[str], role_end: int, gender: str | None,
                     W: Vocabulary) -> _RoleSplit:
    """The role is the words before ``role_end``; the name is what follows, less honorifics."""
    role = " ".join(seg[:role_end]) or None
    rest, nrest = seg[role_end:], nseg[role_end:]
    # honorifics before the name are neither role nor name (الأمير فيصل بن فرحان → فيصل بن فرحان)
    while rest and strip_article(nrest[0]) in W.honorific_bare and len(rest) > 1:
        rest, nrest = rest[1:], nrest[1:]
    if rest and role_end and strip_pronoun(nrest[0]) in W.title and nrest[0] != strip_pronoun(nrest[0]):
        rest, nrest = [], []  # "الوزير نظيره الروسي": a second person (his counterpart), not a name
    while len(rest) > 2 and strip_article(nrest[-1]) in W.title and not nrest[-1].startswith("ال"):
        rest, nrest = rest[:-1], nrest[:-1]  # "ماهر بن صالح جمال رئيس": a role word cut off after the name
    name = " ".join(rest) or None
    if name and role is None and len(rest) == 1 and nrest[0].startswith("ال"):
        return _RoleSplit(None, None, gender)  # a bare definite noun that is not a title (الجانب) is no name
    return _RoleSplit(role, name, gender)
