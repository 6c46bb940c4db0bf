"""Document-level speaker resolution shared by every backend.

- a surname or partial name takes the fullest name seen in the document
  (سيرومولوتوف → أوليغ سيرومولوتوف);
- a description (المسؤول الروسي، الوزير، المتحدثة) takes the most recent named speaker whose role
  and gender fit;
- an implicit subject (وأضاف أن…) takes the most recent speaker that agrees with the verb:
  أضاف masculine singular, أضافت feminine singular (also organisations: وزارة → أكدت, and
  non-human plurals: المصادر → أفادت), أضافوا plural.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from attribution.lexicon import Lexicon, default_lexicon
from attribution.normalize import fold
from attribution.records import Attribution, Candidate, Document
from attribution.speakers import MentionInfo, analyse_mention

# Descriptions that can point at any official (المسؤول الروسي، الدبلوماسي).
_GENERIC = {"مسؤول", "مسؤوله", "دبلوماسي", "دبلوماسيه", "سياسي", "مصدر"}


def _strip_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _stem_adj(w: str) -> str:
    """روسية/الروسية/روسيا → روسي: nationality adjectives compared on their stem."""
    w = _strip_al(w)
    for suf in ("يه", "يا", "ي", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)]
    return w


@dataclass
class _Entity:
    name: str
    type: str
    gender: str | None
    number: str
    roles: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    last: int = -1

    def role(self) -> str | None:
        return max(self.roles, key=len) if self.roles else None


class _Resolver:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.entities: list[_Entity] = []
        self.clock = 0

    def touch(self, e: _Entity) -> _Entity:
        self.clock += 1
        e.last = self.clock
        return e

    def recent(self) -> list[_Entity]:
        return sorted((e for e in self.entities if e.last >= 0), key=lambda e: -e.last)

    # ------------------------------------------------------------ explicit mentions
    def mention(self, info: MentionInfo, verb_gender: str | None) -> _Entity:
        gender = info.gender or (verb_gender if info.type == "person" else None)
        if info.type == "person" and info.name:
            return self.touch(self._person(info, gender))
        if info.type == "person":
            e = self._description(info, gender)
            if e is not None:
                return self.touch(e)
            return self.touch(self._new(info.role or info.text, "person", gender, "sg", info.role))
        key = fold(info.name or info.text)
        words = key.split()
        if len(words) <= 2 and words and words[0].startswith("ال"):
            # المصادر → مصادر طبية، البيان → بيان أمانة جدة، الوزارة → وزارة المياه
            head = _strip_al(words[0])
            for e in self.recent():
                ew = fold(e.name).split()
                if e.type == info.type and ew and _strip_al(ew[0]) == head and fold(e.name) != key:
                    e.keys.add(key)
                    return self.touch(e)
        for e in self.recent() + [x for x in self.entities if x.last < 0]:
            if e.type != info.type and not (info.type == "unknown"):
                continue
            if key in e.keys or any(self._contains(key, k) or self._contains(k, key) for k in e.keys):
                e.keys.add(key)
                if len(info.name or "") > len(e.name):
                    e.name = info.name
                return self.touch(e)
        return self.touch(self._new(info.name or info.text, info.type, info.gender, info.number, None))

    @staticmethod
    def _contains(big: str, small: str) -> bool:
        """Word-level containment: "الخارجية الروسية" in "وزارة الخارجية الروسية"."""
        bw, sw = big.split(), small.split()
        if not sw or len(sw) > len(bw):
            return False
        if len(sw) == 1 and len(bw) > 1 and sw[0] in ("وزاره", "شركه", "مجلس", "هيئه"):
            return False
        bws = [_strip_al(w) for w in bw]
        sws = [_strip_al(w) for w in sw]
        return any(bws[i:i + len(sws)] == sws for i in range(len(bws) - len(sws) + 1))

    def _new(self, name: str, type_: str, gender, number, role) -> _Entity:
        e = _Entity(name, type_, gender, number, [role] if role else [], {fold(name)})
        self.entities.append(e)
        return e

    def _person(self, info: MentionInfo, gender) -> _Entity:
        key = fold(info.name)
        words = key.split()
        best = None
        for e in self.recent() + [x for x in self.entities if x.last < 0]:
            if e.type != "person":
                continue
            if e.gender and gender and e.gender != gender:
                continue
            for k in e.keys:
                kw = k.split()
                # same name, a surname, or a fuller form of it (first names must not clash)
                if k == key or (len(words) < len(kw) and kw[-len(words):] == words) or \
                        (len(kw) < len(words) and words[-len(kw):] == kw) or \
                        (len(words) == 1 and words[0] in kw and words[0] not in ("بن", "ابو", "عبد")):
                    best = e
                    break
            if best:
                break
        if best is None:
            return self._new(info.name, "person", gender, "sg", info.role)
        best.keys.add(key)
        if len(words) > len(fold(best.name).split()):
            best.name = info.name
        if info.role and info.role not in best.roles:
            best.roles.append(info.role)
        best.gender = best.gender or gender
        return best

    def _description(self, info: MentionInfo, gender) -> _Entity | None:
        """الوزير، المسؤول الروسي → the most recent named person whose role fits."""
        dwords = [fold(w) for w in (info.role or "").replace("،", " ").split()]
        if not dwords:
            return None
        head = _strip_al(dwords[0])
        adjs = [_stem_adj(w) for w in dwords[1:]]
        for e in self.recent():
            if e.type != "person" or not e.keys or all(len(k.split()) == 0 for k in e.keys):
                continue
            if e.gender and gender and e.gender != gender:
                continue
            if fold(e.name) == fold(info.role or ""):
                return e
            role_words = {_strip_al(w) for r in e.roles for w in fold(r).split()}
            role_stems = {_stem_adj(w) for r in e.roles for w in fold(r).split()}
            if head in role_words or head.rstrip("ه") in role_words or head in _GENERIC:
                adj_ok = all(a in role_stems for a in adjs if len(a) > 2)
                if (adj_ok and e.roles) or (not e.roles and not adjs):
                    if e.roles or head in _GENERIC:
                        if info.role and info.role not in e.roles and head not in _GENERIC:
                            pass
                        return e
        return None

    # ------------------------------------------------------------ implicit subjects
    def implicit(self, gender: str | None, number: str | None) -> _Entity | None:
        for e in self.recent():
            if self._agrees(e, gender, number):
                return self.touch(e)
        return None

    @staticmethod
    def _agrees(e: _Entity, gender: str | None, number: str | None) -> bool:
        if e.type == "group":
            # human plurals agree in the plural; non-human plurals (المصادر) in the feminine singular
            if number == "pl":
                return True
            return e.gender == "f" and gender == "f" and number in (None, "sg")
        if number == "pl":
            return False
        if number == "du":
            return False
        if gender and e.gender and gender != e.gender:
            return False
        return True


def resolve_candidates(doc: Document, candidates: list[Candidate], lexicon: Lexicon | None = None) -> list[Attribution]:
    """Turn a backend's candidates (in text order) into resolved attribution records."""
    lex = lexicon or default_lexicon()
    r = _Resolver(lex)
    resolved: list[tuple[Candidate, _Entity | None, MentionInfo | None, str | None]] = []
    for c in sorted(candidates, key=lambda c: c.cue.start):
        via_name = None
        if c.via is not None:
            vinfo = analyse_mention(c.via.text, lex)
            via_e = r.mention(vinfo, None)
            via_name = via_e  # resolved to a name at the end
        if c.kind == "unattributed":
            resolved.append((c, None, None, via_name))
            continue
        if c.speaker is not None:
            info = analyse_mention(c.speaker.text, lex)
            if c.type_hint and info.type == "unknown":
                info = MentionInfo(info.text, info.name, info.role, c.type_hint, info.gender, info.number,
                                   info.is_description)
            e = r.mention(info, c.gender)
            resolved.append((c, e, info, via_name))
        else:
            e = r.implicit(c.gender, c.number)
            resolved.append((c, e, None, via_name))
    out: list[Attribution] = []
    for c, e, info, via in resolved:
        conf = c.confidence if (e is not None or c.kind == "unattributed") else c.confidence * 0.5
        out.append(Attribution(
            doc_id=doc.doc_id,
            sentence=c.sentence,
            cue=c.cue,
            speaker=c.speaker,
            speaker_name=e.name if e else None,
            speaker_role=e.role() if e else None,
            speaker_type=e.type if e else None,
            claim=c.claim,
            kind=c.kind,
            confidence=conf,
            via=via.name if via is not None else None,
        ))
    return out
