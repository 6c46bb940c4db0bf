"""The claim store's schema: its tables, their migrations, the connection and its transactions.

A store is one SQLite file marked by ``meta.application`` and versioned by ``PRAGMA
user_version``; an older store is migrated on open, a newer or foreign one refused.

The upkeep an ingest owes after writing its documents (speaker identity, claim clusters, topic
labels: see :mod:`attribution.store.upkeep`) is kept in the ``pending`` table, written in each
document's own savepoint, so a run killed before the upkeep leaves it for the next one;
``meta.stale_identity``, ``stale_clusters`` and ``stale_topics`` ask for the whole-store pass
instead (new alias corrections; a first ingest into an empty store, which notes nothing, see
:func:`owe_whole_store`).
"""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from attribution.errors import StoreError
from attribution.store import search

__all__ = ["SCHEMA_VERSION", "APPLICATION", "MIGRATIONS", "CLAIMS_SQL", "VIEW_SQL", "TABLES", "connect", "release",
           "check_version", "transaction", "savepoint", "add_pending", "pending", "clear_pending", "is_stale", "owe_whole_store", "PASSES",
           "UPKEEP_TABLES",
           "split_sql"]

#: PRAGMA user_version of the schema this code writes; older stores are migrated on open.
SCHEMA_VERSION = 5
#: ``meta.application``: marks a file as an attribution store.
APPLICATION = "attribution-claim-store"
#: Every table, in the order :meth:`Store.counts` lists them.
TABLES = ("documents", "attributions", "speakers", "speaker_aliases", "topics", "claim_topics", "speaker_changes")
#: The tables of the store's own upkeep (indexes of what an ingest must revisit), not of its content.
UPKEEP_TABLES = ("claim_shingles", "speaker_names", "pending")

#: How each column of a stored claim is read: the columns of ``extract`` (in the order of
#: :data:`attribution.records.CLAIM_COLUMNS`) with the store's own among them.
_CLAIM_EXPRESSIONS = {
    "attribution_id": "a.id", "doc_id": "a.doc_id", "sentence": "a.sentence", "speaker_id": "a.speaker_id",
    "speaker": "COALESCE(s.name, a.speaker_name_doc)", "speaker_role": "a.speaker_role",
    "speaker_type": "COALESCE(a.speaker_type, s.type)", "mention": "a.speaker_mention", "cue": "a.cue_text",
    "cue_lemma": "a.cue_lemma", "meaning": "a.meaning", "kind": "a.kind", "claim": "a.claim_text",
    "context": "substr(d.text, a.context_start + 1, a.context_end - a.context_start)",
    "confidence": "a.confidence", "via": "a.via",
    "topics": "(SELECT group_concat(label, ' | ') FROM (SELECT t.label FROM claim_topics ct "
              "JOIN topics t ON t.id = ct.topic_id WHERE ct.attribution_id = a.id ORDER BY ct.rowid))",
    "cluster_id": "a.cluster_id", "title": "d.title", "url": "d.url", "date": "d.date", "outlet": "d.outlet",
    "cue_start": "a.cue_start", "cue_end": "a.cue_end", "mention_start": "a.speaker_start",
    "mention_end": "a.speaker_end", "claim_start": "a.claim_start", "claim_end": "a.claim_end",
    "context_start": "a.context_start", "context_end": "a.context_end",
}
#: One row per attribution with its speaker, topics and document: the ``who_said_what`` view
#: and the base of :func:`attribution.store.queries.claims`.
CLAIMS_SQL = ("\nSELECT " + ",\n       ".join(f"{sql} AS {name}" for name, sql in _CLAIM_EXPRESSIONS.items())
              + "\nFROM attributions a\nJOIN documents d ON d.doc_id = a.doc_id"
              "\nLEFT JOIN speakers s ON s.id = a.speaker_id")
#: The ``who_said_what`` view: the claims, and their topics as a JSON array for datasette's array facet.
VIEW_SQL = ("CREATE VIEW who_said_what AS SELECT w.*, (SELECT json_group_array(t.label) FROM claim_topics ct "
            "JOIN topics t ON t.id = ct.topic_id WHERE ct.attribution_id = w.attribution_id) AS topic_list "
            f"FROM ({CLAIMS_SQL}) w")


def _migrate_v4(c: sqlite3.Connection) -> None:
    """Version 4: each claim's context (the sentences holding its claim and cue, from the stored
    sentences), the record of speaker merges and splits, the text indexes, and the ids' high
    marks (an id once given is never given again)."""
    for stmt in split_sql(_V4_SQL.replace("{view}", VIEW_SQL) + search.FTS_SQL):
        c.execute(stmt)
    search.index_claims(c)
    search.index_speakers(c)
    for what, table in (("speaker", "speakers"), ("attribution", "attributions"), ("topic", "topics")):
        c.execute(f"INSERT OR REPLACE INTO meta(key, value) SELECT 'last_{what}_id', COALESCE(max(id), 0) FROM {table}")


_V4_SQL = """
ALTER TABLE attributions ADD COLUMN context_start INTEGER;
ALTER TABLE attributions ADD COLUMN context_end INTEGER;
UPDATE attributions SET
    context_start = (SELECT min(min(se.start), min(attributions.cue_start, COALESCE(attributions.claim_start,
                     attributions.cue_start))) FROM sentences se WHERE se.doc_id = attributions.doc_id
                     AND se."end" > min(cue_start, COALESCE(claim_start, cue_start))
                     AND se.start < max(cue_end, COALESCE(claim_end, cue_end))),
    context_end = (SELECT max(max(se."end"), max(attributions.cue_end, COALESCE(attributions.claim_end,
                   attributions.cue_end))) FROM sentences se WHERE se.doc_id = attributions.doc_id
                   AND se."end" > min(cue_start, COALESCE(claim_start, cue_start))
                   AND se.start < max(cue_end, COALESCE(claim_end, cue_end)));
UPDATE attributions SET context_start = min(cue_start, COALESCE(claim_start, cue_start)),
    context_end = max(cue_end, COALESCE(claim_end, cue_end)) WHERE context_start IS NULL;
CREATE TABLE speaker_changes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    change TEXT NOT NULL CHECK (change IN ('merged', 'split')),
    speaker_id INTEGER NOT NULL,
    other_id INTEGER NOT NULL,
    n_claims INTEGER NOT NULL DEFAULT 0
);
DROP VIEW IF EXISTS who_said_what;
{view};
"""

def _migrate_v5(c: sqlite3.Connection) -> None:
    """Version 5: what incremental upkeep needs — each claim's shingles and their index, each
    claim–topic link's label as the claim writes it, the speaker names' lookup keys, the table of
    pending upkeep — and no ``sentences`` table (the records carry their sentence and context)."""
    from attribution.store import clusters, identity, neighbours, writes

    for stmt in split_sql(_V5_SQL):
        c.execute(stmt)
    writes.fill_link_labels(c)
    clusters.index_all(c)
    neighbours.index_all(c, identity.remembered_aliases(c, None))
    search.index_speakers(c)  # (one way of computing the indexed values from now on)


_V5_SQL = """
ALTER TABLE claim_topics ADD COLUMN label TEXT;
ALTER TABLE attributions ADD COLUMN shingles BLOB;
CREATE TABLE claim_shingles (
    shingle INTEGER NOT NULL,
    attribution_id INTEGER NOT NULL,
    PRIMARY KEY (shingle, attribution_id)
) WITHOUT ROWID;
CREATE TABLE speaker_names (
    bucket TEXT NOT NULL,
    mode TEXT NOT NULL,
    node TEXT NOT NULL,
    PRIMARY KEY (bucket, mode, node)
) WITHOUT ROWID;
CREATE TABLE pending (
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, item)
) WITHOUT ROWID;
CREATE INDEX idx_attributions_name ON attributions(speaker_name_doc);
DROP TABLE sentences;
"""

# Each migration takes the store from version i-1 to version i: an SQL script, or a function
# for a step that needs Python (the folded text of the search indexes).
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    1: """
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        title TEXT, url TEXT, outlet TEXT, date TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT,
        roles TEXT NOT NULL DEFAULT '[]',
        scope TEXT
    );
    CREATE TABLE speaker_aliases (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_norm TEXT NOT NULL,
        doc_id TEXT NOT NULL DEFAULT '',
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (speaker_id, alias, doc_id)
    );
    CREATE TABLE attributions (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        sentence INTEGER,
        cue_text TEXT, cue_start INTEGER, cue_end INTEGER, cue_lemma TEXT, meaning TEXT,
        speaker_mention TEXT, speaker_start INTEGER, speaker_end INTEGER,
        speaker_name_doc TEXT,
        speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
        speaker_role TEXT, speaker_type TEXT,
        claim_text TEXT, claim_start INTEGER, claim_end INTEGER,
        kind TEXT, confidence REAL, via TEXT
    );
    CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL
    );
    CREATE TABLE claim_topics (
        attribution_id INTEGER NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        source TEXT NOT NULL DEFAULT 'auto' CHECK (source IN ('auto', 'taxonomy')),
        PRIMARY KEY (attribution_id, topic_id)
    );
    -- sentences(doc_id), speaker_aliases(speaker_id) and claim_topics(attribution_id) are
    -- served by the leading column of their primary keys
    CREATE INDEX idx_attributions_doc ON attributions(doc_id);
    CREATE INDEX idx_attributions_speaker ON attributions(speaker_id);
    CREATE INDEX idx_aliases_norm ON speaker_aliases(alias_norm);
    CREATE INDEX idx_aliases_doc ON speaker_aliases(doc_id);
    CREATE INDEX idx_claim_topics_topic ON claim_topics(topic_id);
    CREATE INDEX idx_documents_date ON documents(date);
    """,
    # near-duplicate claim clusters (attribution.topics.assign.cluster_claims)
    2: """
    ALTER TABLE attributions ADD COLUMN cluster_id INTEGER;
    CREATE INDEX idx_attributions_cluster ON attributions(cluster_id);
    """,
    # a ready-made flat table for `datasette claims.db` and sqlite-utils (the columns of
    # queries.claims; a change to CLAIMS_SQL needs a migration that recreates it: 4 does)
    3: "",
    4: _migrate_v4,
    5: _migrate_v5,
}


def connect(path: Path, *, create: bool = True, readonly: bool = False) -> sqlite3.Connection:
    """An autocommit connection to the store at ``path``, migrated to :data:`SCHEMA_VERSION`.

    ``readonly`` opens it for reading only (a missing file is then an error, as with
    ``create=False``): nothing is written, so a store in a read-only place can be read.
    """
    if (readonly or not create) and not path.exists():
        raise StoreError(f"no claim store at {path}; create one with `attribution ingest ... --db {path}` "
                         "(or open_store(path, create=True))")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a claim store file")
    if readonly:
        return _connect_readonly(path)
    try:
        conn = _open(str(path))
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL while writing (readers go on reading); release() switches back when the last writer leaves
        _wal(conn)
        # WAL + NORMAL survives a killed process (not a power cut), at a fraction of FULL's cost
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MB of pages: the indexes are written at random places
        conn.execute("PRAGMA wal_autocheckpoint = 8192")  # 32 MB: a page rewritten by many batches is copied back once
        migrate(conn, path)
    except sqlite3.DatabaseError as e:
        if _is_readonly(e):
            raise StoreError(f"{path} is read-only (no write access to the file or its folder): it can be "
                             "read as it is, but writing needs a copy in a writable place") from None
        raise StoreError(f"{path} is not a usable SQLite claim store ({e})") from None
    return conn


def _wal(conn: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch to WAL, waiting for another process that holds the file (a change of journal mode
    does not wait on the busy timeout: another writer leaving the store may be switching it back)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def release(c: sqlite3.Connection) -> None:
    """Before a writer closes: checkpoint the write-ahead log and leave the file in rollback-journal
    mode, so that a reader without write access can open it (a WAL file needs its ``-shm``
    beside it).  Skipped while another connection uses the store: the last one out does it."""
    try:
        c.execute("PRAGMA busy_timeout = 0")
        c.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.DatabaseError:
        pass


def _open(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, isolation_level=None, timeout=30, uri=uri)
    conn.row_factory = sqlite3.Row
    search.register(conn)  # (readers too: the view and the search statements use its functions)
    return conn


def _is_readonly(e: sqlite3.DatabaseError) -> bool:
    code = getattr(e, "sqlite_errorcode", None)  # Python 3.11+
    return (code is not None and code & 0xFF == sqlite3.SQLITE_READONLY) or "readonly" in str(e)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``); a store left in WAL mode in a read-only folder (no
    ``-shm`` can be made) is opened ``immutable`` when it has no pending log."""
    uri = path.resolve().as_uri()
    try:
        conn = _open(uri + "?mode=ro", uri=True)
        version = check_version(conn, path)
    except sqlite3.OperationalError:
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            raise StoreError(f"{path} is read-only and its last writes are still in {wal.name}; open it once "
                             "with write access (any `attribution ingest`) to fold them in") from None
        try:
            conn = _open(uri + "?mode=ro&immutable=1", uri=True)
            version = check_version(conn, path)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path} cannot be opened read-only ({e})") from None
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path} is not a usable SQLite claim store ({e})") from None
    if version < SCHEMA_VERSION:  # an older store: migrate it if we may write, then read
        conn.close()
        try:
            writer = connect(path)
            release(writer)
            writer.close()
        except StoreError:
            raise StoreError(f"{path} has store schema version {version}, older than this attribution's "
                             f"({SCHEMA_VERSION}), and is read-only: open it once with write access to "
                             "migrate it") from None
        return _connect_readonly(path)
    return conn


def check_version(c: sqlite3.Connection, path: Path) -> int:
    """The store's schema version; a newer store and an SQLite file that is no claim store are refused."""
    version = c.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path} has store schema version {version}, newer than this "
                         f"attribution ({SCHEMA_VERSION}); upgrade attribution to read it")
    if version == 0 and tables:
        raise StoreError(f"{path} is an SQLite file but not an attribution claim store; "
                         "pass a new --db path")
    if version > 0:
        app = c.execute("SELECT value FROM meta WHERE key='application'").fetchone() if "meta" in tables else None
        if app is None or app[0] != APPLICATION:
            raise StoreError(f"{path} is not an attribution claim store (unknown schema "
                             f"version {version}); pass a new --db path")
    return version


def migrate(c: sqlite3.Connection, path: Path) -> None:
    """Bring the store to :data:`SCHEMA_VERSION`, one transaction per version; refuse a newer
    store and an SQLite file that is not a claim store.  Each step reads the version again
    inside its transaction: two processes opening a new store at once migrate it once."""
    version = check_version(c, path)
    for v in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(c):
            if c.execute("PRAGMA user_version").fetchone()[0] >= v:
                continue  # another process got there first
            step = MIGRATIONS[v]
            if callable(step):
                step(c)
            else:
                for stmt in split_sql(step):
                    c.execute(stmt)
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('application', ?)", (APPLICATION,))
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(v),))
            c.execute(f"PRAGMA user_version = {int(v)}")


@contextmanager
def transaction(c: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (BEGIN IMMEDIATE … COMMIT), rolled back on any exception or
    interruption, so a killed run leaves the store as it was before the transaction."""
    c.execute("BEGIN IMMEDIATE")
    try:
        yield c
    except BaseException:
        c.execute("ROLLBACK")
        raise
    c.execute("COMMIT")


@contextmanager
def savepoint(c: sqlite3.Connection, name: str = "document") -> Iterator[sqlite3.Connection]:
    """A nested transaction inside :func:`transaction`: rolled back alone on an exception (one
    document that cannot be written leaves the others of its batch in)."""
    c.execute(f"SAVEPOINT {name}")
    try:
        yield c
    except BaseException:
        c.execute(f"ROLLBACK TO {name}")
        c.execute(f"RELEASE {name}")
        raise
    c.execute(f"RELEASE {name}")


def add_pending(c: sqlite3.Connection, kind: str, items: Iterable[Any], deltas: Iterable[int] | None = None) -> None:
    """Note upkeep owed: ``items`` of ``kind`` (``node``, ``speaker``, ``claim``, ``cluster``,
    ``topic``; ``shingle`` with the change of its number of claims in ``deltas``)."""
    if deltas is None:
        c.executemany("INSERT OR IGNORE INTO pending(kind, item) VALUES (?, ?)", ((kind, str(i)) for i in items))
    else:
        c.executemany("INSERT INTO pending(kind, item, n) VALUES (?, ?, ?) "
                      "ON CONFLICT(kind, item) DO UPDATE SET n = n + excluded.n",
                      ((kind, str(i), d) for i, d in zip(items, deltas)))


def pending(c: sqlite3.Connection, kind: str) -> list[tuple[str, int]]:
    """The pending ``(item, n)`` of ``kind``."""
    return [(r[0], r[1]) for r in c.execute("SELECT item, n FROM pending WHERE kind = ? ORDER BY item", (kind,))]


def clear_pending(c: sqlite3.Connection, *kinds: str) -> None:
    c.executemany("DELETE FROM pending WHERE kind = ?", ((k,) for k in kinds))


#: The kinds of pending upkeep each pass settles.
PASSES = {"identity": ("node", "speaker"), "clusters": ("claim", "shingle", "cluster"), "topics": ("topic",)}


def owe_whole_store(c: sqlite3.Connection) -> None:
    """Ask for every whole-store pass (``meta.stale_*``), in the caller's transaction: a batch of a
    first ingest into an empty store notes no upkeep item by item (its whole-store passes redo
    it all anyway: speaker names, claims, topics), each of its batches asks for the passes instead."""
    c.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')",
                  [(f"stale_{what}",) for what in PASSES])


def is_stale(c: sqlite3.Connection, what: str) -> bool:
    """Whether the pass ``what`` (``identity``, ``clusters`` or ``topics``) owes upkeep."""
    if c.execute("SELECT 1 FROM meta WHERE key = ?", (f"stale_{what}",)).fetchone():
        return True
    kinds = PASSES[what]
    return c.execute(f"SELECT 1 FROM pending WHERE kind IN ({','.join('?' * len(kinds))}) LIMIT 1",
                     kinds).fetchone() is not None


def split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
