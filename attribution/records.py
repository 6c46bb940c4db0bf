"""Immutable records shared by every stage: spans, documents, cues and attributions.

Every span points into the *original* document text, exactly as decoded from the input,
so ``text[span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence

#: Kinds of attribution, see README "The record".
KINDS = ("direct", "indirect", "mixed", "according_to", "nominal", "unattributed")
#: Speaker types.
SPEAKER_TYPES = ("person", "organization", "group", "document", "media", "unknown")

#: A document's metadata in every output, each with the input fields it is read from (first wins).
DOCUMENT_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "date": ("date", "published", "date_published", "pubdate", "date_extracted"),
    "outlet": ("outlet", "source", "publisher", "site_name"),
}
#: The columns of a claim as a flat row, one set for ``attribution extract`` (csv, tsv, xlsx)
#: and ``attribution table`` (which adds :data:`STORE_COLUMNS`): ``speaker`` is the resolved
#: speaker's name, ``mention`` the words naming it in the sentence, ``context`` the sentence.
CLAIM_COLUMNS = (
    "doc_id", "sentence", "speaker", "speaker_role", "speaker_type", "mention", "cue", "cue_lemma",
    "meaning", "kind", "claim", "context", "confidence", "via", *DOCUMENT_FIELDS,
    "cue_start", "cue_end", "mention_start", "mention_end", "claim_start", "claim_end", "context_start", "context_end",
)
#: The columns only stored claims have: their ids, topics and near-duplicate cluster.
STORE_COLUMNS = ("attribution_id", "speaker_id", "topics", "cluster_id")


def document_fields(meta: Mapping[str, Any] | None) -> dict[str, str | None]:
    """``title``, ``url``, ``date`` and ``outlet`` of a document's metadata (``None`` when absent).

    >>> document_fields({"headline": "عنوان", "source": "واس"})
    {'title': 'عنوان', 'url': None, 'date': None, 'outlet': 'واس'}
    """
    out: dict[str, str | None] = {}
    for name, keys in DOCUMENT_FIELDS.items():
        value = next((meta[k] for k in keys if meta and meta.get(k) not in (None, "")), None)
        out[name] = None if value is None else str(value)
    return out


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
    #: the sentence that holds the claim and its cue (all of them when the claim runs over several)
    context: Span | None = None

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
            "context": self.context.to_dict() if self.context else None,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Attribution":
        """Rebuild a record from :meth:`to_dict` output (e.g. a JSONL line)."""
        c = d["cue"]
        sp = d.get("speaker")
        cl = d.get("claim")
        cx = d.get("context")
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
            context=Span(cx["start"], cx["end"], cx["text"]) if cx else None,
        )


# --------------------------------------------------------------------------- the context of a record

def context_span(text: str, sentences: Sequence[tuple[int, int]], start: int, end: int) -> Span:
    """The sentences of ``text`` that ``start:end`` overlaps, as one span from the first one's
    start to the last one's end (``sentences``: sorted ``(start, end)`` offsets).

    Outside every sentence (whitespace, or no sentences given) it is ``start:end`` itself.

    >>> t = "وصل الوزير. وقال إن الاتفاق جاهز. وانتهى."
    >>> sents = [(0, 11), (12, 33), (34, 41)]
    >>> context_span(t, sents, 21, 32).text
    'وقال إن الاتفاق جاهز.'
    >>> context_span(t, sents, 5, 20).text   # a claim over two sentences gets both
    'وصل الوزير. وقال إن الاتفاق جاهز.'
    """
    return _context(text, sentences, [s for s, _ in sentences], start, end)


#: How far a context reaches beyond the cue and claim it holds, each way (a sentence of a
#: million characters — a list with no full stop — gets a window, not all of itself).
CONTEXT_REACH = 3000


def _context(text: str, sentences: Sequence[tuple[int, int]], starts: list[int], start: int, end: int) -> Span:
    first = max(bisect_right(starts, start) - 1, 0)
    last = bisect_left(starts, max(end, start + 1)) - 1
    hit = [(s, e) for s, e in sentences[first:last + 1] if s < max(end, start + 1) and e > start]
    if not hit:
        return Span.of(text, start, end)
    return Span.of(text, max(min(start, hit[0][0]), start - CONTEXT_REACH), min(max(end, hit[-1][1]), end + CONTEXT_REACH))


def with_context(records: Iterable[Attribution], text: str,
                 sentences: Sequence[tuple[int, int]]) -> list[Attribution]:
    """The records with their :attr:`Attribution.context`: the sentences holding the claim and
    its cue (a record that has one keeps it)."""
    out = []
    starts = [s for s, _ in sentences]
    for r in records:
        if r.context is None:
            lo, hi = r.cue.start, r.cue.end
            if r.claim is not None:
                lo, hi = min(lo, r.claim.start), max(hi, r.claim.end)
            r = replace(r, context=_context(text, sentences, starts, lo, hi))
        out.append(r)
    return out
