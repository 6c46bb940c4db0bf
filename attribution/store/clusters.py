"""Near-duplicate claim clusters in the store (``attributions.cluster_id``), kept up to date by
each ingest for the claims it touches.

Each claim is stored with its shingles (:func:`attribution.topics.assign.claim_shingles`, in
``attributions.shingles``) and in their inverted index (``claim_shingles``), so the claims a new
one may duplicate are found by lookups instead of a pass over the store.  :func:`update` settles
what the ingests since the last pass left pending, and gives the clusters :func:`recluster` (the
whole-store pass, ``attribution reindex``) gives: near-duplicates are decided pair by pair
(:func:`~attribution.topics.assign.near_duplicates`), so the only clusters that can change are
those of the new claims, of the claims they duplicate, of the deleted claims, and of the claims
of a shingle that crossed the boilerplate limit (:data:`~attribution.topics.assign.MAX_POSTING`)
either way.  Every function runs in the caller's transaction.
"""
from __future__ import annotations

import sqlite3
import struct
from collections import Counter
from typing import Iterable

from attribution.store.schema import add_pending, clear_pending, pending
from attribution.topics.assign import MAX_POSTING, claim_shingles, cluster_shingle_sets, near_duplicates

__all__ = ["pack", "unpack", "shingles_of", "index_claims", "unindex_document", "update", "recluster", "index_all"]


def pack(shingles: Iterable[int]) -> bytes:
    """Shingles as stored: sorted unsigned 32-bit little-endian integers.

    >>> unpack(pack({7, 3})) == frozenset({3, 7})
    True
    """
    values = sorted(shingles)
    return struct.pack(f"<{len(values)}I", *values)


def unpack(blob: bytes | None) -> frozenset[int]:
    return frozenset(struct.unpack(f"<{len(blob) // 4}I", blob)) if blob else frozenset()


def shingles_of(text: str | None) -> bytes | None:
    """The stored shingles of a claim text (``None`` for a record without a claim: no cluster)."""
    return None if text is None else pack(claim_shingles(text))


def index_claims(c: sqlite3.Connection, claims: Iterable[tuple[int, bytes | None]], *, note: bool = True) -> None:
    """Index new claims (attribution id, :func:`shingles_of`) and note them for :func:`update`.

    ``note`` False (a first ingest, whose caller asks for :func:`recluster` instead): nothing is
    written — :func:`recluster` builds the whole index at once, in key order, from the stored
    shingles (inserting each claim's postings at random places of the index cost a first
    ingest ≈ 2 CPU s of 5,996 articles), and :func:`update` never reads the index while
    ``meta.stale_clusters`` asks for :func:`recluster`."""
    if not note:
        return
    ids, postings = [], []
    for aid, blob in claims:
        if blob is None:
            continue
        ids.append(aid)
        postings.extend((h, aid) for h in unpack(blob))
    postings.sort()  # (inserts in key order touch fewer pages)
    c.executemany("INSERT OR IGNORE INTO claim_shingles(shingle, attribution_id) VALUES (?, ?)", postings)
    add_pending(c, "claim", ids)  # (their shingles are counted from them: see _seeds)


def unindex_document(c: sqlite3.Connection, doc_id: str) -> None:
    """Before a document's claims are deleted: drop them from the index and note their clusters."""
    postings, clusters, counted = [], set(), []
    for aid, blob, cluster, new in c.execute(
            "SELECT id, shingles, cluster_id, EXISTS (SELECT 1 FROM pending WHERE kind = 'claim' AND item = CAST(id AS TEXT)) "
            "FROM attributions WHERE doc_id = ? AND shingles IS NOT NULL", (doc_id,)):
        shingles = unpack(blob)
        postings.extend((h, aid) for h in shingles)
        if not new:  # a claim the last pass saw: its shingles count one claim fewer (a new one was never counted)
            counted.extend(shingles)
        if cluster is not None:
            clusters.add(cluster)
    postings.sort()
    c.executemany("DELETE FROM claim_shingles WHERE shingle = ? AND attribution_id = ?", postings)
    add_pending(c, "shingle", counted, [-1] * len(counted))
    add_pending(c, "cluster", sorted(clusters))


def _posting(c: sqlite3.Connection, shingle: int, limit: int | None = MAX_POSTING + 1) -> list[int]:
    sql = "SELECT attribution_id FROM claim_shingles WHERE shingle = ?" + (" LIMIT ?" if limit else "")
    return [r[0] for r in c.execute(sql, (shingle, limit) if limit else (shingle,))]


def _seeds(c: sqlite3.Connection) -> set[int]:
    """The claims whose clusters the pending upkeep may change (see the module docstring)."""
    seeds = {int(i) for i, _ in pending(c, "claim")}
    change: Counter = Counter({int(item): delta for item, delta in pending(c, "shingle")})  # deleted claims'
    for chunk in _chunks(sorted(seeds)):
        for (blob,) in c.execute(f"SELECT shingles FROM attributions WHERE id IN ({_marks(chunk)})", chunk):
            change.update(unpack(blob))  # the new claims'
    crossed = set()
    for h, delta in change.items():
        now = len(_posting(c, h, MAX_POSTING + 1 + max(delta, 0)))
        if (now - delta > MAX_POSTING) != (now > MAX_POSTING):  # it crossed the boilerplate limit
            crossed.add(h)
    for h in sorted(crossed):
        seeds.update(_posting(c, h, None))
    clusters = {int(i) for i, _ in pending(c, "cluster")}
    for chunk in _chunks(sorted(seeds)):
        clusters.update(r[0] for r in c.execute(
            f"SELECT cluster_id FROM attributions WHERE cluster_id IS NOT NULL AND id IN ({_marks(chunk)})", chunk))
    for chunk in _chunks(sorted(clusters)):
        seeds.update(r[0] for r in c.execute(f"SELECT id FROM attributions WHERE cluster_id IN ({_marks(chunk)})",
                                             chunk))
    return seeds


def update(c: sqlite3.Connection) -> int:
    """Settle the pending clusters (in the caller's transaction); returns how many claims it looked at."""
    seeds = _seeds(c)
    known: dict[int, tuple[frozenset[int], int | None]] = {}  # claim → (shingles, stored cluster id)
    for chunk in _chunks(sorted(seeds)):
        for aid, blob, cluster in c.execute(f"SELECT id, shingles, cluster_id FROM attributions WHERE id IN "
                                            f"({_marks(chunk)}) AND shingles IS NOT NULL", chunk):
            known[aid] = (unpack(blob), cluster)
    seeds = set(known)  # (a pending claim may be gone since)
    parent: dict[object, object] = {}

    def find(x: object) -> object:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    todo = sorted(seeds, reverse=True)
    while todo:
        x = todo.pop()
        for y, n in _candidates(c, known[x][0], x).items():
            if y not in known:
                row = c.execute("SELECT shingles, cluster_id FROM attributions WHERE id = ?", (y,)).fetchone()
                known[y] = (unpack(row[0]), row[1])
                if row[1] is None:  # never clustered (a store from before clusters): one more seed
                    seeds.add(y)
                    todo.append(y)
            if near_duplicates(known[x][0], known[y][0], n):
                # a claim outside the seeds stands for its whole cluster, which does not change inside
                a, b = find(x), find(y if y in seeds else ("cluster", known[y][1]))
                if a != b:
                    parent[a] = b
    _write(c, seeds, known, find)
    clear_pending(c, "claim", "shingle", "cluster")
    c.execute("DELETE FROM meta WHERE key = 'stale_clusters'")
    return len(seeds)


def _candidates(c: sqlite3.Connection, shingles: frozenset[int], aid: int) -> Counter:
    """The claims sharing shingles with ``aid`` that are not boilerplate, and how many."""
    shared: Counter = Counter()
    for h in shingles:
        posting = _posting(c, h)
        if len(posting) <= MAX_POSTING:
            shared.update(y for y in posting if y != aid)
    return shared


def _write(c: sqlite3.Connection, seeds: set[int], known: dict, find) -> None:
    """Give each group its cluster id, the smallest claim id in it."""
    groups: dict[object, list[object]] = {}
    for x in seeds:
        groups.setdefault(find(x), []).append(x)
    for y, (_, cluster) in known.items():
        if y not in seeds and cluster is not None:
            groups.setdefault(find(("cluster", cluster)), []).append(("cluster", cluster))
    claims, merged = [], []
    for members in groups.values():
        ids = {m if isinstance(m, int) else m[1] for m in members}  # a cluster id is its smallest claim's
        cid = min(ids)
        claims.extend((cid, m) for m in members if isinstance(m, int) and known[m][1] != cid)
        merged.extend((cid, m[1]) for m in set(members) if not isinstance(m, int) and m[1] != cid)
    c.executemany("UPDATE attributions SET cluster_id = ? WHERE cluster_id = ?", merged)
    c.executemany("UPDATE attributions SET cluster_id = ? WHERE id = ?", claims)


def recluster(c: sqlite3.Connection, *, postings: bool = True) -> int:
    """Recompute every cluster from the stored shingles, and (``postings``) their index
    ``claim_shingles`` (in the caller's transaction); returns how many claims share a cluster
    with another."""
    rows = c.execute("SELECT id, shingles, cluster_id FROM attributions WHERE shingles IS NOT NULL ORDER BY id").fetchall()
    sets = [(aid, unpack(blob)) for aid, blob, _ in rows]
    if postings:
        _index_postings(c, sets)
    mapping = cluster_shingle_sets(sets)
    c.execute("UPDATE attributions SET cluster_id = NULL WHERE shingles IS NULL AND cluster_id IS NOT NULL")
    c.executemany("UPDATE attributions SET cluster_id = ? WHERE id = ?",
                  [(mapping[aid], aid) for aid, _, cluster in rows if mapping[aid] != cluster])
    clear_pending(c, "claim", "shingle", "cluster")
    c.execute("DELETE FROM meta WHERE key = 'stale_clusters'")
    sizes = Counter(mapping.values())
    return sum(n for n in sizes.values() if n > 1)


def index_all(c: sqlite3.Connection) -> None:
    """Compute and index every claim's shingles (a store from before version 5, or a rebuild)."""
    rows = c.execute("SELECT id, claim_text FROM attributions").fetchall()
    blobs = [(shingles_of(text), aid) for aid, text in rows]
    c.executemany("UPDATE attributions SET shingles = ? WHERE id = ?", blobs)
    _index_postings(c, [(aid, unpack(blob)) for blob, aid in blobs])


def _index_postings(c: sqlite3.Connection, sets: Iterable[tuple[int, frozenset[int]]]) -> None:
    """Rebuild ``claim_shingles`` from every claim's shingles, in key order (appended, not scattered)."""
    c.execute("DELETE FROM claim_shingles")
    sets = list(sets)
    if all(0 <= aid < _LOW for aid, _ in sets):  # one integer a posting sorts ≈ 10x faster than a pair
        keys = sorted([h << 32 | aid for aid, shingles in sets for h in shingles])
        postings: Iterable[tuple[int, int]] = ((k >> 32, k & _MASK) for k in keys)
    else:
        postings = sorted((h, aid) for aid, shingles in sets for h in shingles)
    c.executemany("INSERT INTO claim_shingles(shingle, attribution_id) VALUES (?, ?)", postings)


_LOW = 1 << 32  # a shingle is an unsigned 32-bit integer (crc32): a posting (shingle, id) is shingle << 32 | id
_MASK = _LOW - 1


def _chunks(values: list, size: int = 500) -> Iterable[list]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _marks(values: list) -> str:
    return ",".join("?" * len(values))
