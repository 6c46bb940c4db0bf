"""What the store keeps of one document, computed before the store is touched.

:func:`prepare` is a pure function of a document and its records: the content hash, each
record with its context, and each claim's near-duplicate shingles, topics and search values.
``Store.ingest_documents`` has the extraction workers run it next to extraction
(:func:`attribution.pipeline.extract_many`'s ``then``), so the process that writes the store
only writes rows (``--jobs 2`` keeps both cores busy).

>>> from attribution.records import Document
>>> from attribution.pipeline import extract_document
>>> doc = Document("d", "وقال الوزير إن روسيا تدخلت في الانتخابات الرئاسية الأمريكية.")
>>> prepared = prepare(doc, extract_document(doc))
>>> [(c.record.speaker_name, c.topics[0][1]) for c in prepared.claims]
[('الوزير', 'الانتخابات الرئاسية الأمريكية')]
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Sequence

from attribution.records import Attribution, Document, with_context
from attribution.store.clusters import pack
from attribution.store.search import searchable
from attribution.text.sentences import sentence_spans
from attribution.topics.assign import claim_topics_and_shingles

__all__ = ["ClaimRow", "DocumentRows", "prepare", "content_hash"]


@dataclass(frozen=True)
class ClaimRow:
    """One record with what the store derives from it."""

    record: Attribution
    shingles: bytes | None  # :func:`attribution.store.clusters.pack` of its claim's shingles; None: no claim
    topics: tuple[tuple[str, str], ...]  # (key, label as the claim writes it), best first
    search: tuple[str, str, str, str]  # claim, speaker name, mention, role as indexed (search.searchable)


@dataclass(frozen=True)
class DocumentRows:
    """A document's content hash and its claims' rows, in the records' order."""

    digest: str
    claims: tuple[ClaimRow, ...]
    taxonomy: bool = False  # the topics are a taxonomy's labels (source 'taxonomy'), not key terms


def content_hash(text: str) -> str:
    """The sha256 of a document's text: the same hash means the same document, skipped on ingest."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare(doc: Document, records: Sequence[Attribution], taxonomy: Any = None) -> DocumentRows:
    """The rows of ``doc`` and its ``records`` (``taxonomy``: a :class:`~attribution.topics.assign.Taxonomy`
    whose labels are the topics).  The records' contexts are the extractor's (no second sentence
    split); a record without one (an older JSONL) gets it here."""
    if any(r.context is None for r in records):
        records = with_context(records, doc.text, sentence_spans(doc.text))
    return DocumentRows(content_hash(doc.text), tuple(_claim_row(r, taxonomy) for r in records),
                        taxonomy is not None)


def _claim_row(rec: Attribution, taxonomy: Any) -> ClaimRow:
    text = rec.claim.text if rec.claim is not None else None
    shingles: bytes | None = None
    topics: list[tuple[str, str]] = []
    if text is not None:
        topics, hashes = claim_topics_and_shingles(text, taxonomy=taxonomy)
        shingles = pack(hashes)
    mention = rec.speaker.text if rec.speaker is not None else None
    return ClaimRow(rec, shingles, tuple(topics),
                    (searchable(text), searchable(rec.speaker_name), searchable(mention), searchable(rec.speaker_role)))
