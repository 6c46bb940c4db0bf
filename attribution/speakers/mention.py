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

from attribution.lexicon.cues import Lexicon, default_lexicon
from attribution.lexicon.vocabulary import Vocabulary, vocabulary
from attribution.text.morph import adjective_like, strip_article, strip_pronoun
from attribution.text.normalize import norm_word

_WORD = re.compile(r"[^\s\"«»“”'،,؛;:()\[\]]+|،|,")
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


_PRAYER_HEADS = {"رحمه", "رحمها", "رحمهم", "رضي", "حفظه", "حفظها", "حفظهم", "يرحمه", "يحفظه", "عليه", "صلي"}


def analyse_mention(text: str, lexicon: Lexicon | None = None) -> MentionInfo:
    """Split a mention into name and role and guess its type, gender and number."""
    return _analyse(text, lexicon or default_lexicon())


@functools.lru_cache(maxsize=1 << 14)
def _analyse(text: str, lex: Lexicon) -> MentionInfo:
    W = vocabulary(lex)
    raw = []
    quoted_words = set()
    depth = 0
    for m in _TOKEN_Q.finditer(text):
        w = m.group()
        if w in _QUOTE_CHARS:
            depth = (1 - depth) if w == '"' else (depth + (1 if w in "«“" else -1))
            continue
        if not any(c.isalpha() for c in w) and w not in ("،", ","):
            continue  # "//", "-", digits: no part of a name
        raw.append(w.rstrip(".") or w)
        if depth > 0:
            quoted_words.add(len(raw) - 1)
    # segments split by commas: "role، name" or "name، role"
    segs: list[list[str]] = [[]]
    qsegs: list[set[int]] = [set()]
    for k, w in enumerate(raw):
        if w in ("،", ","):
            segs.append([])
            qsegs.append(set())
        else:
            if k in quoted_words:
                qsegs[-1].add(len(segs[-1]))
            segs[-1].append(w)
    keep = [k for k, s in enumerate(segs) if s]
    segs = [segs[k] for k in keep]
    qsegs = [qsegs[k] for k in keep]
    if not segs:
        return MentionInfo(text, None, None, "unknown", None, "sg", True)
    norm = [[norm_word(w) for w in s] for s in segs]
    if norm[0][0] in ("تعالي", "سبحانه", "عز") or norm[0][:2] == ["الله", "تعالي"]:
        # قال تعالى، قال الله عز وجل: a scripture citation; the speaker is named once, the same way
        return MentionInfo(text, "الله", None, "person", "m", "sg", False)
    if norm[0][:2] == ["صلي", "الله"]:
        # قال صلى الله عليه وسلم: a hadith, the Prophet speaking
        return MentionInfo(text, "النبي محمد", None, "person", "m", "sg", False)
    # a prayer after a name is no part of it: ابن القيم رحمه الله، الصحابي … رضي الله عنه
    for k, w in enumerate(norm[0]):
        if k and w in _PRAYER_HEADS and k + 1 < len(norm[0]) and norm[0][k + 1] == "الله":
            segs[0], norm[0] = segs[0][:k], norm[0][:k]
            break
    if len(norm[0]) > 1 and norm[0][-1] in ("نفسه", "نفسها", "ذاته", "ذاتها", "انفسهم"):
        segs[0], norm[0] = segs[0][:-1], norm[0][:-1]  # المصادر نفسها
    head = strip_article(norm[0][0])
    if head[:1] in "وف" and strip_article(head[1:]) in (W.title | W.org | W.doc_m | W.doc_f | W.group_m):
        head = strip_article(head[1:])
    flat = [w for s in segs for w in s]
    if head in W.group_m or norm[0][0] in W.group_m:
        fem = head in W.group_f or norm[0][0] in W.group_f
        return MentionInfo(text, " ".join(flat), None, "group", "f" if fem else "m", "pl", False)
    if head in W.doc_m or head in W.doc_f:
        return MentionInfo(text, " ".join(segs[0]), None, "document", "f" if head in W.doc_f else "m", "sg", False)
    if head in W.org:
        name = _org_name(segs[0], norm[0], text, W)
        return MentionInfo(text, name, None, "organization", "f" if head in W.org_f else "m", "sg", False)
    role_parts: list[str] = []
    name_parts: list[str] = []
    gender = None
    splits = [_split_role(seg, nseg, W, frozenset(q)) for seg, nseg, q in zip(segs, norm, qsegs)]
    pure = [k for k, (r, nm, g) in enumerate(splits) if nm and not r]
    for k, ((r, nm, g), seg) in enumerate(zip(splits, segs)):
        if pure and k not in pure and k < pure[0]:
            # "مديرة المنتجات في جوجل، لينا الحداد": the segment before the name is all role
            role_parts.append(" ".join(seg))
        elif r:
            role_parts.append(r)
        if nm and not name_parts and (not pure or k == pure[0]):
            name_parts.append(nm)
        gender = gender or g
    role = "، ".join(role_parts) or None
    name = name_parts[0] if name_parts else None
    if name is None:
        if role is None:
            return MentionInfo(text, " ".join(flat), None, "unknown", None, "sg", False)
        return MentionInfo(text, None, role, "person", gender, "sg", True)
    return MentionInfo(text, name, role, "person", gender, "sg", False)


def _org_name(seg: list[str], nseg: list[str], text: str, W: Vocabulary) -> str:
    """وزارة الخارجية الروسية stays whole; شركة "غوغل" العملاقة → شركة غوغل."""
    quoted = re.search(r"[\"«“]([^\"»”]{1,40})[\"»”]", text)
    if quoted and len(seg) > 1:
        # صحيفة "بوبليكو" البرتغالية: the quoted name and its nationality adjectives
        after = text[quoted.end():].split()
        adj = []
        for w in after:
            nw = norm_word(w)
            if nw.startswith("ال") and (nw.endswith("ية") or nw.endswith("ي")) and len(adj) < 2:
                adj.append(w.strip("،,."))
            else:
                break
        return " ".join([seg[0], quoted.group(1).strip(), *adj])
    out = [seg[0]]
    for w, nw in zip(seg[1:], nseg[1:]):
        if nw.startswith("ال") or nw.startswith("لل") or nw.startswith("بال") or nw in W.place or \
                strip_article(nw) in W.portfolio or nw.startswith("ل") or nw.startswith("ب") or nw in W.particle:
            out.append(w)
        else:
            out.append(w)
    return " ".join(out)


# forms of address that precede a title or a name (سمو الأمير، معالي الوزير)
_STYLES = {"سمو", "معالي", "فضيلة", "سماحة", "سعادة", "جلالة", "فخامة"}
_REGION = {"منطقة", "محافظة", "مدينة", "امارة", "ولاية", "بلدة", "قرية"}



def _split_role(seg: list[str], nseg: list[str], W: Vocabulary, quoted: frozenset[int] = frozenset()
                ) -> tuple[str | None, str | None, str | None]:
    """("الرئيس الأمريكي دونالد ترامب") → role "الرئيس الأمريكي", name "دونالد ترامب".

    ``quoted`` holds the indices of words written inside quotation marks (مدير برنامج «فطن»):
    a quoted word after a role word is the name of a programme or body, part of the role.
    """
    n = len(seg)
    gender = None
    # leading honorifics (د.، الدكتور، الشيخ) are neither role nor name
    h = 0
    # (only a definite or abbreviated honorific: "أستاذ علم الوراثة" is a role in construct)
    while h < n - 1 and strip_article(nseg[h]) in W.honorific_bare and (nseg[h].startswith("ال") or len(nseg[h]) == 1
                                                              or nseg[h] in _STYLES):
        h += 1
    if h:
        r, nm, g = _split_role(seg[h:], nseg[h:], W, frozenset(q - h for q in quoted if q >= h))
        return r, nm, g
    i = 0
    role_end = 0
    while i < n:
        b = strip_article(nseg[i])
        if b not in W.title and i == 0:
            b = strip_pronoun(b)  # نظيره الروسي، رئيستها
        if i > 0 and b in W.honorific_bare and i + 1 < n and not nseg[i + 1].startswith("ال"):
            break  # وزير الخارجية السعودي الأمير فيصل: the honorific opens the name
        if b in W.title or b in W.honorific_bare:
            if b in W.title_f or (b in W.title and b.endswith("ة")):
                gender = gender or "f"
            elif b in W.title:
                gender = gender or "m"
            i += 1
            # a title without the article is in construct with the next noun: رئيس أركان الجيش،
            # وزير خارجية روسيا (while الرئيس بشار الأسد puts a name after a definite title)
            if not nseg[i - 1].startswith("ال") and b in W.title and i < n and not nseg[i].startswith("ال") \
                    and strip_article(nseg[i]) not in W.honorific_bare and (i + 1 < n or adjective_like(nseg[i])) \
                    and nseg[i] not in ("باسم", "في", "من", "لدى", "لدي"):
                i += 1
                # more indefinite adjectives: مصدر أمني مصري، مسؤول أمريكي رفيع
                while i < n and not nseg[i].startswith("ال") and adjective_like(nseg[i]) and i + 1 <= n \
                        and nseg[i - 1] not in ("باسم",):
                    if i + 1 < n and not nseg[i + 1].startswith("ال") and not adjective_like(nseg[i + 1]):
                        break  # the next word is a name: keep this one with it
                    i += 1
                # nested construct: رئيسة قسم نشاط الطالبات
                while i + 1 < n and not nseg[i].startswith("ال") and strip_article(nseg[i]) in W.portfolio | W.org \
                        and nseg[i + 1].startswith("ال"):
                    i += 1
            # the complement chain of a title: الخارجية الروسية، باسم الوزارة، لشؤون الأمن
            while i < n:
                w = nseg[i]
                bw = strip_article(w)
                prev = strip_article(nseg[i - 1])
                if prev[:1] in "لب" and strip_article(prev[1:]) in _REGION:
                    prev = strip_article(prev[1:])
                if prev in _REGION and not w.startswith("ال") and i + 1 <= n:
                    i += 1  # بمنطقة جازان، محافظة جدة: the place after a region word
                    continue
                if w == "باسم" and i + 1 < n:
                    i += 2
                    continue
                if w[:1] == "ل" and len(w) > 3 and i + 1 < n and nseg[i + 1].startswith("ال") \
                        and not w.startswith("لل"):
                    i += 1  # لنصرة الأشقاء، لسلام النقل: a purpose or genitive phrase inside the role
                    continue
                if w in ("في", "من", "لدى", "لدي", "علي") and i + 1 < n:
                    i += 1  # an affiliation: الخبير في الموارد المائية، مديرة المنتجات في جوجل
                    if not nseg[i].startswith("ال") and i + 1 < n:
                        i += 1  # the affiliation may be a name: في جوجل الشرق الأوسط
                    continue
                if w.startswith(("ال", "لل", "بال", "وال")) or w in W.place \
                        or bw in W.portfolio or bw in W.org or (w[:1] in "لب" and strip_article(w[1:]) in W.portfolio | W.org) \
                        or (i in quoted and i > 0) \
                        or (w.startswith("ب") and strip_article(w[1:]) in W.org):
                    if bw in W.honorific_bare and i + 1 < n and not nseg[i + 1].startswith("ال"):
                        break  # an honorific before a name (الأمير فيصل)
                    i += 1
                    continue
                break
            role_end = i
            continue
        break
    if role_end == 0:
        # a name first and its role after it, with no comma: "أحمد الحكيم رئيس قطاع السياسات"
        for k in range(1, n):
            if strip_article(nseg[k]) in W.title and not nseg[k].startswith("ال") and k + 1 < n:
                sub_role, _, g2 = _split_role(seg[k:], nseg[k:], W, frozenset(q - k for q in quoted if q >= k))
                if sub_role:
                    name = " ".join(w for w, nw in zip(seg[:k], nseg[:k]) if strip_article(nw) not in W.honorific_bare) or None
                    return sub_role, name, gender or g2
                break
    # an honorific further on opens the name: "الأمين العام لسوق عكاظ الدكتور راشد الغامدي"
    if role_end:
        for p in range(role_end, n - 1):
            if nseg[p].startswith("ال") and strip_article(nseg[p]) in W.honorific_bare and not nseg[p + 1].startswith("ال"):
                role_end = p
                break
    role = " ".join(seg[:role_end]) or None
    rest = seg[role_end:]
    nrest = nseg[role_end:]
    # honorifics before the name are neither role nor name (الأمير فيصل بن فرحان → فيصل بن فرحان)
    while rest and strip_article(nrest[0]) in W.honorific_bare and len(rest) > 1:
        rest, nrest = rest[1:], nrest[1:]
    if rest and role_end and strip_pronoun(nrest[0]) in W.title and nrest[0] != strip_pronoun(nrest[0]):
        rest, nrest = [], []  # "الوزير نظيره الروسي": a second person (his counterpart), not a name
    while len(rest) > 2 and strip_article(nrest[-1]) in W.title and not nrest[-1].startswith("ال"):
        rest, nrest = rest[:-1], nrest[:-1]  # "ماهر بن صالح جمال رئيس": a role word cut off after the name
    name = " ".join(rest) or None
    if name and role is None and len(rest) == 1 and nrest[0].startswith("ال"):
        # a bare definite noun that is not a title (الجانب) is no name
        return None, None, gender
    return role, name, gender
