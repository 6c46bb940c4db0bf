"""Immutable records shared by every stage: spans, documents, cues and attributions.

Every span points into the *original* document text, exactly as decoded from the input,
so ``text[span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

#: Kinds of attribution, see README "The record".
KINDS = ("direct", "indirect", "mixed", "according_to", "nominal", "unattributed")
#: Speaker types.
SPEAKER_TYPES = ("person", "organization", "group", "document", "media", "unknown")


@dataclass(frozen=True, slots=True)
class Span:
    """A slice of the original document text.

    >>> t = "وقال الوزير إن الاتفاق جاهز"
    >>> Span.of(t, 5, 11).text
    'الوزير'
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its id, its text as decoded, and metadata (title, url, date, outlet…)."""

    doc_id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.meta, MappingProxyType):
            object.__setattr__(self, "meta", MappingProxyType(dict(self.meta)))


@dataclass(frozen=True, slots=True)
class Cue:
    """The word or phrase that signals reported speech (أكد، بحسب، «…»)."""

    start: int
    end: int
    text: str
    lemma: str
    meaning: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "lemma": self.lemma, "meaning": self.meaning}


@dataclass(frozen=True, slots=True)
class Candidate:
    """What a backend finds in one sentence, before document-level speaker resolution.

    ``gender``/``number`` are the agreement features of the cue verb (``"m"``/``"f"``,
    ``"sg"``/``"du"``/``"pl"``), used to carry an implicit subject: وأضافت أن… takes the last
    feminine singular speaker.  ``speaker`` is the subject mention as written, ``None`` when
    the subject is implicit (pro-drop) or the cue is impersonal.
    """

    cue: Cue
    sentence: int
    speaker: Span | None
    claim: Span | None
    kind: str
    gender: str | None = None
    number: str | None = None
    type_hint: str | None = None
    confidence: float = 0.8
    via: Span | None = None  # the relaying source in nested attribution (نقلت X عن Y → via X)
    # for an implicit subject: the subject of the sentence before, when that sentence reported
    # nothing (التقى الوزير نظيره. وأكد أن… → الوزير); resolution uses it if it agrees
    antecedent: Span | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """One resolved who-said-what record (the contract of ``--format jsonl``)."""

    doc_id: str
    sentence: int
    cue: Cue
    speaker: Span | None
    speaker_name: str | None
    speaker_role: str | None
    speaker_type: str | None
    claim: Span | None
    kind: str
    confidence: float
    via: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON record, fields in the documented order."""
        return {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "cue": self.cue.to_dict(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_name": self.speaker_name,
            "speaker_role": self.speaker_role,
            "speaker_type": self.speaker_type,
            "claim": self.claim.to_dict() if self.claim else None,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "via": self.via,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Attribution":
        """Rebuild a record from :meth:`to_dict` output (e.g. a JSONL line)."""
        c = d["cue"]
        sp = d.get("speaker")
        cl = d.get("claim")
        return cls(
            doc_id=str(d["doc_id"]),
            sentence=int(d.get("sentence", 0)),
            cue=Cue(c["start"], c["end"], c["text"], c.get("lemma", ""), c.get("meaning", "")),
            speaker=Span(sp["start"], sp["end"], sp["text"]) if sp else None,
            speaker_name=d.get("speaker_name"),
            speaker_role=d.get("speaker_role"),
            speaker_type=d.get("speaker_type"),
            claim=Span(cl["start"], cl["end"], cl["text"]) if cl else None,
            kind=d.get("kind", "indirect"),
            confidence=float(d.get("confidence", 0.0)),
            via=d.get("via"),
        )
