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
>>> [(c.speaker[0], c.topics[0][1]) for c in prepared.claims]
[('الوزير', 'الانتخابات الرئاسية الأمريكية')]
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, NamedTuple, Sequence

from attribution.records import Attribution, Document, with_context
from attribution.store.clusters import pack
from attribution.store.search import searchable
from attribution.text.sentences import sentence_spans
from attribution.topics.assign import claim_topics_and_shingles

__all__ = ["ClaimRow", "COLUMNS", "DocumentRows", "prepare", "content_hash"]


class ClaimRow(NamedTuple):
    """One record as the store writes it: plain values (what a worker process sends back to the
    writing one pickles several times faster than the record itself)."""

    columns: tuple  # the record's columns of ``attributions``, in :data:`COLUMNS` order
    shingles: bytes | None  # :func:`attribution.store.clusters.pack` of its claim's shingles; None: no claim
    topics: tuple[tuple[str, str], ...]  # (key, label as the claim writes it), best first
    search: tuple[str, str, str, str]  # claim, speaker name, mention, role as indexed (search.searchable)

    @property
    def key(self) -> tuple[str, str | None, str | None, str]:
        """What identifies the claim across two versions of its document: cue, claim, speaker, kind."""
        cols = self.columns
        return cols[1], cols[12], cols[9], cols[15]

    @property
    def speaker(self) -> tuple[str | None, str | None]:
        """Its speaker's name in the document and type."""
        return self.columns[9], self.columns[11]


#: The columns of ``attributions`` a record fills (:attr:`ClaimRow.columns`; the ids and shingles
#: are the writer's).
COLUMNS = ("sentence", "cue_text", "cue_start", "cue_end", "cue_lemma", "meaning", "speaker_mention",
           "speaker_start", "speaker_end", "speaker_name_doc", "speaker_role", "speaker_type", "claim_text",
           "claim_start", "claim_end", "kind", "confidence", "via", "context_start", "context_end")


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
    cue, sp, cl, cx = rec.cue, rec.speaker, rec.claim, rec.context
    text = cl.text if cl is not None else None
    shingles: bytes | None = None
    topics: list[tuple[str, str]] = []
    if text is not None:
        topics, hashes = claim_topics_and_shingles(text, taxonomy=taxonomy)
        shingles = pack(hashes)
    mention = sp.text if sp is not None else None
    columns = (rec.sentence, cue.text, cue.start, cue.end, cue.lemma, cue.meaning,
               mention, sp.start if sp else None, sp.end if sp else None,
               rec.speaker_name, rec.speaker_role, rec.speaker_type,
               text, cl.start if cl else None, cl.end if cl else None,
               rec.kind, float(rec.confidence), rec.via, cx.start if cx else None, cx.end if cx else None)
    return ClaimRow(columns, shingles, tuple(topics),
                    (searchable(text), searchable(rec.speaker_name), searchable(mention), searchable(rec.speaker_role)))
