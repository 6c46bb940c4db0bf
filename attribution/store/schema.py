"""The claim store's schema: its tables, their migrations, the connection and its transactions.

A store is one SQLite file marked by ``meta.application`` and versioned by ``PRAGMA
user_version``; an older store is migrated on open, a newer or foreign one refused.
``meta`` also holds the flags of the whole-store passes still to run (``stale_identity``,
``stale_clusters``, ``stale_topics``): each document's transaction sets them, so a run killed before the
passes leaves them for the next one.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from attribution.errors import StoreError

__all__ = ["SCHEMA_VERSION", "APPLICATION", "MIGRATIONS", "CLAIMS_SQL", "TABLES", "connect", "release", "check_version",
           "transaction", "mark_stale", "is_stale", "split_sql"]

#: PRAGMA user_version of the schema this code writes; older stores are migrated on open.
SCHEMA_VERSION = 3
#: ``meta.application``: marks a file as an attribution store.
APPLICATION = "attribution-claim-store"
#: Every table, in the order :meth:`Store.counts` lists them.
TABLES = ("documents", "sentences", "attributions", "speakers", "speaker_aliases", "topics", "claim_topics")

#: One row per attribution with its speaker, topics and document: the ``who_said_what`` view
#: and the base of :func:`attribution.store.queries.claims`.
CLAIMS_SQL = """
SELECT a.id AS attribution_id, a.doc_id, a.sentence, a.speaker_id,
       COALESCE(s.name, a.speaker_name_doc) AS speaker,
       COALESCE(a.speaker_type, s.type) AS speaker_type, a.speaker_role,
       a.speaker_mention AS mention, a.cue_text AS cue, a.cue_lemma, a.meaning, a.kind,
       a.claim_text AS claim, a.confidence, a.via, a.cluster_id,
       (SELECT group_concat(label, ' | ') FROM (SELECT t.label FROM claim_topics ct
            JOIN topics t ON t.id = ct.topic_id WHERE ct.attribution_id = a.id ORDER BY ct.rowid)) AS topics,
       d.title, d.url, d.outlet, d.date, a.cue_start, a.cue_end, a.claim_start, a.claim_end
FROM attributions a
JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN speakers s ON s.id = a.speaker_id"""


# Each migration takes the store from version i-1 to version i.
MIGRATIONS: dict[int, str] = {
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
    # queries.claims; a change to CLAIMS_SQL needs a migration that recreates it)
    3: "CREATE VIEW who_said_what AS {claims}",
}


def connect(path: Path, *, create: bool = True, readonly: bool = False) -> sqlite3.Connection:
    """An autocommit connection to the store at ``path``, migrated to :data:`SCHEMA_VERSION`.

    ``readonly`` opens it for reading only (a missing file is then an error, as with
    ``create=False``): nothing is written, so a store in a read-only place can be read.
    """
    if (readonly or not create) and not path.exists():
        raise StoreError(f"no claim store at {path}; create one with `attribution ingest ... --db {path}`")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a claim store file")
    if readonly:
        return _connect_readonly(path)
    try:
        conn = _open(str(path))
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL while writing (readers go on reading); release() switches back when the last writer leaves
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL survives a killed process (not a power cut), at a fraction of FULL's cost
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, path)
    except sqlite3.DatabaseError as e:
        if _is_readonly(e):
            raise StoreError(f"{path} is read-only (no write access to the file or its folder): it can be "
                             "read as it is, but writing needs a copy in a writable place") from None
        raise StoreError(f"{path} is not a usable SQLite claim store ({e})") from None
    return conn


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
            for stmt in split_sql(MIGRATIONS[v].replace("{claims}", CLAIMS_SQL)):
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


def mark_stale(c: sqlite3.Connection) -> None:
    """Flag the whole-store passes (speaker identity, claim clusters, topic labels) as due."""
    c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('stale_identity', '1'), ('stale_clusters', '1'), "
              "('stale_topics', '1')")


def is_stale(c: sqlite3.Connection, what: str) -> bool:
    """Whether the whole-store pass ``what`` (``identity``, ``clusters`` or ``topics``) is due."""
    return c.execute("SELECT 1 FROM meta WHERE key = ?", (f"stale_{what}",)).fetchone() is not None


def split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
