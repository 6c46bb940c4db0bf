"""Writing the store: a document with its sentences, attributions and claim topics; deleting one;
the near-duplicate claim clusters.

Every function takes the connection and runs inside the caller's transaction (except
:func:`recluster`, a whole-store pass with its own); speaker identity is not written here but
by :mod:`attribution.store.identity`, once a document's attributions are in.
"""
from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timezone
from typing import Any, Sequence

from attribution.records import Attribution, Document, document_fields, with_context
from attribution.store import search
from attribution.store.schema import transaction
from attribution.text.sentences import sentence_spans
from attribution.topics import assign as topic_assigner

__all__ = ["content_hash", "stored_hash", "write_document", "delete_document", "relabel_topics", "recluster",
           "sentence_spans", "claim_ids", "reserve_ids"]

#: What identifies a claim across two versions of its document (offsets move when text is edited).
ClaimKey = tuple[str, str | None, str | None, str]


def content_hash(text: str) -> str:
    """The sha256 of a document's text: the same hash means the same document, skipped on ingest."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored_hash(c: sqlite3.Connection, doc_id: str) -> str | None:
    """The content hash of the stored document ``doc_id``, ``None`` if it is not stored."""
    row = c.execute("SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return row[0] if row is not None else None


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def write_document(c: sqlite3.Connection, doc: Document, digest: str, records: Sequence[Attribution], *,
                   taxonomy: Any = None, previous: dict[ClaimKey, list[int]] | None = None) -> None:
    """Insert a document (not stored yet), its sentences, its attributions without speaker ids
    (each with its context, and in the search index), and each claim's topics: the automatic
    ones, or with ``taxonomy`` its matching labels.

    ``previous`` (:func:`claim_ids` of the version this one replaces) gives a claim found in both
    versions its old id; every other claim gets an id never given before.
    """
    meta = document_fields(doc.meta)
    c.execute(
        "INSERT INTO documents(doc_id, content_hash, title, url, outlet, date, text, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.doc_id, digest, meta["title"], meta["url"], meta["outlet"], meta["date"], doc.text, _now()))
    sentences = sentence_spans(doc.text)
    c.executemany('INSERT INTO sentences(doc_id, idx, start, "end") VALUES (?, ?, ?, ?)',
                  [(doc.doc_id, i, start, end) for i, (start, end) in enumerate(sentences)])
    records = with_context(records, doc.text, sentences)
    kept = {key: list(ids) for key, ids in (previous or {}).items()}
    fresh = iter(reserve_ids(c, "attribution", sum(1 for r in records if not kept.get(_key(r)))))
    for rec in records:
        ids = kept.get(_key(rec))
        aid = _insert_attribution(c, doc.doc_id, rec, ids.pop(0) if ids else next(fresh))
        if rec.claim is not None and rec.claim.text.strip():
            _link_topics(c, aid, rec.claim.text, taxonomy)
    search.index_claims(c, doc.doc_id)


def _key(rec: Attribution) -> ClaimKey:
    return rec.cue.text, rec.claim.text if rec.claim else None, rec.speaker_name, rec.kind


def claim_ids(c: sqlite3.Connection, doc_id: str) -> dict[ClaimKey, list[int]]:
    """The stored claims of ``doc_id`` by what identifies them (cue, claim, speaker, kind), ids in text order."""
    out: dict[ClaimKey, list[int]] = {}
    for r in c.execute("SELECT id, cue_text, claim_text, speaker_name_doc, kind FROM attributions "
                       "WHERE doc_id = ? ORDER BY cue_start, id", (doc_id,)):
        out.setdefault((r[1], r[2], r[3], r[4]), []).append(r[0])
    return out


def reserve_ids(c: sqlite3.Connection, what: str, n: int) -> list[int]:
    """``n`` ids for new ``what`` rows (speaker, attribution, topic), above every id ever given:
    an id that named a deleted row never names another (yesterday's export still means what it said)."""
    if n <= 0:
        return []
    table = {"speaker": "speakers", "attribution": "attributions", "topic": "topics"}[what]
    row = c.execute(f"SELECT max(COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0), "
                    f"COALESCE((SELECT max(id) FROM {table}), 0))", (f"last_{what}_id",)).fetchone()
    last = int(row[0])
    c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (f"last_{what}_id", str(last + n)))
    return list(range(last + 1, last + n + 1))


def _insert_attribution(c: sqlite3.Connection, doc_id: str, rec: Attribution, aid: int) -> int:
    cue, sp, cl, cx = rec.cue, rec.speaker, rec.claim, rec.context
    c.execute(
        "INSERT INTO attributions(id, doc_id, sentence, cue_text, cue_start, cue_end, cue_lemma, meaning, "
        "speaker_mention, speaker_start, speaker_end, speaker_name_doc, speaker_id, speaker_role, "
        "speaker_type, claim_text, claim_start, claim_end, kind, confidence, via, context_start, context_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (aid, doc_id, rec.sentence, cue.text, cue.start, cue.end, cue.lemma, cue.meaning,
         sp.text if sp else None, sp.start if sp else None, sp.end if sp else None,
         rec.speaker_name, rec.speaker_role, rec.speaker_type,
         cl.text if cl else None, cl.start if cl else None, cl.end if cl else None,
         rec.kind, float(rec.confidence), rec.via, cx.start if cx else None, cx.end if cx else None))
    return aid


def _link_topics(c: sqlite3.Connection, aid: int, claim_text: str, taxonomy: Any) -> None:
    # a controlled taxonomy replaces the claim's own key terms
    source = "taxonomy" if taxonomy is not None else "auto"
    for key, label in topic_assigner.assign_topics(claim_text, taxonomy=taxonomy):
        tid = _topic_id(c, key, label)
        c.execute("INSERT OR IGNORE INTO claim_topics(attribution_id, topic_id, source) VALUES (?, ?, ?)",
                  (aid, tid, source))


def _topic_id(c: sqlite3.Connection, key: str, label: str) -> int:
    row = c.execute("SELECT id FROM topics WHERE key = ?", (key,)).fetchone()
    if row is not None:
        return row[0]
    # topics are never deleted, so the next rowid is an id never given before
    return c.execute("INSERT INTO topics(key, label) VALUES (?, ?)", (key, label)).lastrowid


def delete_document(c: sqlite3.Connection, doc_id: str) -> None:
    """Delete a document with its sentences, attributions and claim links (the foreign keys
    cascade) and their search rows.  Topics stay, with their ids, for the claims to come (the
    listings show the topics claims are about); the document's speakers are
    :func:`attribution.store.identity.forget_document`'s."""
    search.unindex_claims(c, doc_id)
    c.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))  # cascades


def relabel_topics(c: sqlite3.Connection) -> int:
    """Give every automatic topic the label its claims write most often
    (:func:`attribution.topics.assign.best_labels`), in one transaction, so that a label does
    not depend on the order the articles arrived in (a topic is first written with the label
    of its first claim); returns how many labels changed.  About 2 s for 6,000 articles."""
    with transaction(c):
        texts = c.execute("SELECT a.claim_text FROM attributions a WHERE EXISTS (SELECT 1 FROM claim_topics ct "
                          "WHERE ct.attribution_id = a.id AND ct.source = 'auto')").fetchall()
        labels = topic_assigner.best_labels(pair for (text,) in texts for pair in topic_assigner.assign_topics(text))
        updates = [(labels[key], tid) for tid, key, label in c.execute("SELECT id, key, label FROM topics")
                   if labels.get(key, label) != label]
        c.executemany("UPDATE topics SET label = ? WHERE id = ?", updates)
        c.execute("DELETE FROM meta WHERE key = 'stale_topics'")
    return len(updates)


def recluster(c: sqlite3.Connection) -> int:
    """Recompute near-duplicate claim clusters (``attributions.cluster_id``) in one transaction;
    returns how many claims share a cluster with another."""
    with transaction(c):  # read inside: another process may be adding documents
        items = [(r[0], r[1]) for r in c.execute(
            "SELECT id, claim_text FROM attributions WHERE claim_text IS NOT NULL ORDER BY id")]
        mapping = topic_assigner.cluster_claims(items)
        c.execute("UPDATE attributions SET cluster_id = NULL")
        c.executemany("UPDATE attributions SET cluster_id = ? WHERE id = ?",
                      [(int(cid), int(aid)) for aid, cid in mapping.items()])
        c.execute("DELETE FROM meta WHERE key = 'stale_clusters'")
    sizes: dict[int, int] = {}
    for cid in mapping.values():
        sizes[cid] = sizes.get(cid, 0) + 1
    return sum(s for s in sizes.values() if s > 1)
