"""Writing the store: a document with its attributions and claim topics; deleting one; the
topic labels.

Every function takes the connection and runs inside the caller's transaction.  Writing or
deleting a document also notes the upkeep it owes (the ``pending`` table): its speaker names
for :func:`attribution.store.identity.settle`, its claims' shingles for
:func:`attribution.store.clusters.update`, its topics for :func:`settle_topics`; speaker
identity is not written here but by :mod:`attribution.store.identity`.
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import datetime, timezone
from typing import Any, Sequence

from attribution.records import Attribution, Document, document_fields
from attribution.speakers.across_documents import AliasConfig
from attribution.store import clusters, neighbours, search
from attribution.store.rows import COLUMNS, DocumentRows, content_hash, prepare
from attribution.store.schema import add_pending, clear_pending, pending
from attribution.topics import assign as topic_assigner

__all__ = ["content_hash", "stored_hash", "write_document", "write_rows", "delete_document", "settle_topics", "relabel_topics",
           "claim_ids", "reserve_ids", "fill_link_labels"]

#: What identifies a claim across two versions of its document (offsets move when text is edited).
ClaimKey = tuple[str, str | None, str | None, str]
#: A stored claim's id and its speaker's, by what identifies it.
StoredClaims = dict[ClaimKey, list[tuple[int, int | None]]]
_UNSET: Any = object()
#: The ids of the topics one ingest has met, by key (see :func:`_link_topics`).
TopicIds = dict[str, int]


def stored_hash(c: sqlite3.Connection, doc_id: str) -> str | None:
    """The content hash of the stored document ``doc_id``, ``None`` if it is not stored."""
    row = c.execute("SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return row[0] if row is not None else None


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def write_document(c: sqlite3.Connection, doc: Document, digest: str, records: Sequence[Attribution], *,
                   taxonomy: Any = None, previous: StoredClaims | None = None,
                   aliases: AliasConfig | None = _UNSET, index: bool = True) -> None:
    """:func:`write_rows` of :func:`attribution.store.rows.prepare` (``digest``: its content hash),
    indexed for search unless ``index`` is False (then the caller indexes it,
    :func:`attribution.store.search.index_documents`)."""
    prepared = prepare(doc, records, taxonomy)
    search_rows = write_rows(c, doc, prepared, previous=previous, aliases=aliases)
    if index:
        search.index_rows(c, search_rows)


def write_rows(c: sqlite3.Connection, doc: Document, prepared: DocumentRows, *, previous: StoredClaims | None = None,
               aliases: AliasConfig | None = _UNSET, note: bool = True, topic_ids: TopicIds | None = None) -> list[tuple]:
    """Insert a document (not stored yet), its attributions without speaker ids (each with its
    context) and each claim's topics: the automatic ones, or the taxonomy's labels; note the
    upkeep they owe.  Returns the search rows of its claims, for the caller to index with its
    batch (:func:`attribution.store.search.index_rows`: one index per document made a small
    FTS5 segment each).

    ``previous`` (:func:`claim_ids` of the version this one replaces) gives a claim found in both
    versions its old id, and its speaker until the identity pass has run; every other claim gets an
    id never given before.  ``aliases``: the store's corrections (read from the store when not given).
    ``note`` False leaves the speaker names and the upkeep unnoted: the caller asks for the
    whole-store passes instead (:func:`attribution.store.schema.owe_whole_store`), which rebuild them.
    ``topic_ids``: the topic ids the caller's transaction has seen, by key (see :func:`_link_topics`).
    """
    if aliases is _UNSET:
        from attribution.store.identity import remembered_aliases

        aliases = remembered_aliases(c, None)
    meta = document_fields(doc.meta)
    c.execute(
        "INSERT INTO documents(doc_id, content_hash, title, url, outlet, date, text, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.doc_id, prepared.digest, meta["title"], meta["url"], meta["outlet"], meta["date"], doc.text, _now()))
    kept = {key: list(ids) for key, ids in (previous or {}).items()}
    new = sum(1 for r in prepared.claims if not kept.get(r.key)) if kept else len(prepared.claims)
    fresh = iter(reserve_ids(c, "attribution", new))
    shingles, nodes, rows, links, search_rows = [], set(), [], [], []
    for claim in prepared.claims:
        ids = kept.get(claim.key) if kept else None
        aid, speaker = ids.pop(0) if ids else (next(fresh), None)
        rows.append((aid, doc.doc_id, speaker, claim.shingles, *claim.columns))
        shingles.append((aid, claim.shingles))
        search_rows.append((aid, *claim.search))
        node = neighbours.node_of(*claim.speaker, doc.doc_id, aliases) if note else None
        if node is not None:
            nodes.add(node)
        links.extend((aid, key, label) for key, label in claim.topics)
    c.executemany(_INSERT_ATTRIBUTION, rows)
    topics = _link_topics(c, links, "taxonomy" if prepared.taxonomy else "auto", topic_ids)
    clusters.index_claims(c, shingles, note=note)
    if note:
        neighbours.register(c, nodes, aliases)
        add_pending(c, "node", sorted(n.encode() for n in nodes))
        add_pending(c, "topic", sorted(topics))
    return search_rows


def claim_ids(c: sqlite3.Connection, doc_id: str) -> StoredClaims:
    """The stored claims of ``doc_id`` by what identifies them (cue, claim, speaker, kind): their
    ids in text order, each with its speaker's id."""
    out: StoredClaims = {}
    for r in c.execute("SELECT id, cue_text, claim_text, speaker_name_doc, kind, speaker_id FROM attributions "
                       "WHERE doc_id = ? ORDER BY cue_start, id", (doc_id,)):
        out.setdefault((r[1], r[2], r[3], r[4]), []).append((r[0], r[5]))
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


_INSERT_ATTRIBUTION = (f"INSERT INTO attributions(id, doc_id, speaker_id, shingles, {', '.join(COLUMNS)}) "
                       f"VALUES ({', '.join('?' * (4 + len(COLUMNS)))})")


def _link_topics(c: sqlite3.Connection, links: list[tuple[int, str, str]], source: str,
                 ids: TopicIds | None = None) -> set[int]:
    """Link claims to their topics, ``(attribution id, key, label as the claim writes it)``, a new
    topic taking the label of its first claim; returns the topics' ids.  (A controlled taxonomy's
    labels replace the claims' own key terms: ``source='taxonomy'``.)

    ``ids`` holds the ids of the topics the caller met so far (one ingest), by key, and learns
    the new ones: a known topic is neither inserted again nor looked up (most links of an ingest
    are to topics met before; topics are never deleted, so a known id stays right until the
    transaction is rolled back, when the caller forgets them)."""
    if not links:
        return set()
    ids = {} if ids is None else ids
    if len(ids) > _TOPIC_IDS:
        ids.clear()  # (memory stays bounded on a large store; the topics are looked up again)
    # each new rowid is an id never given before, in the links' order
    new = [(key, label) for _, key, label in links if key not in ids]
    if new:
        c.executemany("INSERT OR IGNORE INTO topics(key, label) VALUES (?, ?)", new)
        keys = sorted({key for key, _ in new})
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            ids.update(c.execute(f"SELECT key, id FROM topics WHERE key IN ({','.join('?' * len(chunk))})", chunk))
    c.executemany("INSERT OR IGNORE INTO claim_topics(attribution_id, topic_id, source, label) VALUES (?, ?, ?, ?)",
                  [(aid, ids[key], source, label) for aid, key, label in links])
    return {ids[key] for _, key, _ in links}


_TOPIC_IDS = 200_000  # topic ids an ingest keeps at most (≈ 30 MB)


def delete_document(c: sqlite3.Connection, doc_id: str, aliases: AliasConfig | None = _UNSET) -> None:
    """Delete a document with its attributions and claim links (the foreign keys cascade) and
    their search rows, noting the upkeep it owes: its speaker names and speakers, its claims'
    clusters, its topics.  Topics stay, with their ids, for the claims to come (the listings show
    the topics claims are about); the speakers are re-resolved by the identity pass."""
    if aliases is _UNSET:
        from attribution.store.identity import remembered_aliases

        aliases = remembered_aliases(c, None)
    nodes, speakers = set(), set()
    for node, r in neighbours.stored_nodes(c, aliases, "doc_id = ?", (doc_id,)):
        nodes.add(node.encode())
        if r["speaker_id"] is not None:
            speakers.add(r["speaker_id"])
    add_pending(c, "node", sorted(nodes))
    add_pending(c, "speaker", sorted(speakers))
    add_pending(c, "topic", [r[0] for r in c.execute(
        "SELECT DISTINCT ct.topic_id FROM claim_topics ct JOIN attributions a ON a.id = ct.attribution_id "
        "WHERE a.doc_id = ? ORDER BY 1", (doc_id,))])
    clusters.unindex_document(c, doc_id)
    search.unindex_claims(c, doc_id)
    c.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))  # cascades


def settle_topics(c: sqlite3.Connection) -> int:
    """Give each pending automatic topic the label its claims write most often
    (:func:`attribution.topics.assign.best_label`), so that a label does not depend on the order
    the articles arrived in; returns how many labels changed.  In the caller's transaction."""
    ids = [int(item) for item, _ in pending(c, "topic")]
    changed = 0
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        changed += _relabel(c, f"topic_id IN ({','.join('?' * len(chunk))})", chunk)
    clear_pending(c, "topic")
    c.execute("DELETE FROM meta WHERE key = 'stale_topics'")
    return changed


def relabel_topics(c: sqlite3.Connection) -> int:
    """:func:`settle_topics` for every topic (``attribution reindex``); in the caller's transaction."""
    changed = _relabel(c, "1", [])
    clear_pending(c, "topic")
    c.execute("DELETE FROM meta WHERE key = 'stale_topics'")
    return changed


def _relabel(c: sqlite3.Connection, where: str, params: list[Any]) -> int:
    counts: dict[int, Counter] = defaultdict(Counter)
    for tid, label, n in c.execute(f"SELECT topic_id, label, count(*) FROM claim_topics WHERE {where} "
                                   "AND source = 'auto' AND label IS NOT NULL GROUP BY topic_id, label", params):
        counts[tid][label] = n
    labels = {tid: topic_assigner.best_label(cnt) for tid, cnt in counts.items()}
    updates = []
    for chunk in (list(labels)[i:i + 500] for i in range(0, len(labels), 500)):
        for tid, label in c.execute(f"SELECT id, label FROM topics WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            if labels[tid] != label:
                updates.append((labels[tid], tid))
    c.executemany("UPDATE topics SET label = ? WHERE id = ?", updates)
    return len(updates)


def fill_link_labels(c: sqlite3.Connection) -> None:
    """Give each claim–topic link of a store from before version 5 its label: the topic as the
    claim writes it (automatic topics) or the taxonomy's label."""
    c.execute("UPDATE claim_topics SET label = (SELECT label FROM topics WHERE id = topic_id) WHERE source = 'taxonomy'")
    keys = dict(c.execute("SELECT key, id FROM topics"))
    rows = c.execute("SELECT DISTINCT a.id, a.claim_text FROM attributions a JOIN claim_topics ct "
                     "ON ct.attribution_id = a.id WHERE ct.source = 'auto'").fetchall()
    c.executemany("UPDATE claim_topics SET label = ? WHERE attribution_id = ? AND topic_id = ?",
                  ((label, aid, keys[key]) for aid, text in rows
                   for key, label in topic_assigner.assign_topics(text or "") if key in keys))
