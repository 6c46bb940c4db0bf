"""The claim store: one SQLite file of documents, attributions, speakers, aliases and topics.

Readable as-is by sqlite-utils, datasette and pandas.  Each document is written in one
transaction, so a killed ingest leaves a consistent store and a rerun finishes the job; a
document whose text is unchanged (same sha256) is skipped, a changed one replaces its rows.

>>> import tempfile, pathlib
>>> from attribution.records import Document
>>> db = pathlib.Path(tempfile.mkdtemp()) / "claims.db"
>>> with open_store(db) as store:
...     report = store.ingest([Document("a", "نص")], extract=lambda doc, **kw: [])
...     (report.added, report.skipped), len(store.documents())
((1, 0), 1)
"""
from __future__ import annotations

import hashlib
import importlib
import json
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from attribution.errors import BackendUnavailable, LexiconError, StoreError
from attribution.speakers.across_documents import AliasConfig, SpeakerIndex, fold, name_key, load_aliases
from attribution.records import Attribution, Document

__all__ = ["open_store", "Store", "IngestReport", "SCHEMA_VERSION", "APPLICATION"]

#: PRAGMA user_version of the schema this code writes; older stores are migrated on open.
SCHEMA_VERSION = 3
#: ``meta.application``: marks a file as an attribution store.
APPLICATION = "attribution-claim-store"

# Each migration takes the store from version i-1 to version i.
_MIGRATIONS: dict[int, str] = {
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
    # Store.claims; a change to _CLAIMS_SQL needs a migration that recreates it)
    3: "CREATE VIEW who_said_what AS {claims}",
}


@dataclass(frozen=True)
class IngestReport:
    """What one :meth:`Store.ingest` did; ``errors`` holds ``(doc_id, message)`` per failure."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    attributions: int = 0
    seconds: float = 0.0
    errors: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    def summary(self) -> str:
        return (f"added {self.added}, replaced {self.replaced}, skipped {self.skipped}, "
                f"failed {self.failed}, attributions {self.attributions}, {self.seconds:.1f} s")


def open_store(path: str | Path, *, create: bool = True) -> "Store":
    """Open (and create or migrate) the claim store at ``path``.

    With ``create=False`` a missing file is a :class:`StoreError` instead of a new empty store.
    """
    return Store(path, create=create)


def _content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _meta_str(meta: Any, *keys: str) -> str | None:
    for k in keys:
        v = meta.get(k)
        if v not in (None, ""):
            return str(v)
    return None


def _optional(module: str, name: str) -> Callable | None:
    """A function from a sibling module that may not exist yet (topics, graph)."""
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, name, None)


class Store:
    """A claim store on one SQLite file; use :func:`open_store`.  A context manager."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no claim store at {self.path}; create one with `attribution ingest ... --db {self.path}`")
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a claim store file")
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL survives a killed process (not a power cut), at a fraction of FULL's cost
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path} is not a usable SQLite claim store ({e})") from None

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        """Close the connection (idempotent)."""
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        c = self.conn
        version = c.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has store schema version {version}, newer than this "
                             f"attribution ({SCHEMA_VERSION}); upgrade attribution to read it")
        if version == 0 and tables:
            raise StoreError(f"{self.path} is an SQLite file but not an attribution claim store; "
                             "pass a new --db path")
        if version > 0:
            app = c.execute("SELECT value FROM meta WHERE key='application'").fetchone() if "meta" in tables else None
            if app is None or app[0] != APPLICATION:
                raise StoreError(f"{self.path} is not an attribution claim store (unknown schema "
                                 f"version {version}); pass a new --db path")
        for v in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                for stmt in _split_sql(_MIGRATIONS[v].replace("{claims}", _CLAIMS_SQL)):
                    c.execute(stmt)
                c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('application', ?)", (APPLICATION,))
                c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(v),))
                c.execute(f"PRAGMA user_version = {int(v)}")

    @contextmanager
    def _transaction(self):
        """One write transaction (BEGIN IMMEDIATE … COMMIT), rolled back on any exception or
        interruption, so a killed run leaves the store as it was before the transaction."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        c.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # ------------------------------------------------------------------ identity
    def _aliases(self, aliases: AliasConfig | str | Path | None) -> AliasConfig | None:
        """The corrections to use: the ones given (remembered in ``meta`` for later runs), else
        the ones remembered."""
        if isinstance(aliases, (str, Path)):
            aliases = load_aliases(aliases)
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'aliases'").fetchone()
        if aliases is not None:
            if row is None or row[0] != aliases.to_json():  # new corrections: re-resolve at the end
                self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('aliases', ?), "
                                  "('stale_identity', '1')", (aliases.to_json(),))
            return aliases
        return AliasConfig.from_json(row[0]) if row else None

    def _speaker_index(self, aliases: AliasConfig | None) -> SpeakerIndex:
        index = SpeakerIndex(aliases)
        for r in self.conn.execute("SELECT id, name, type, roles, scope FROM speakers ORDER BY id"):
            index.add(r["id"], r["name"], r["type"], json.loads(r["roles"] or "[]"), r["scope"])
        for r in self.conn.execute("SELECT speaker_id, alias FROM speaker_aliases ORDER BY speaker_id, alias"):
            if r["speaker_id"] in index.speakers:
                index.add_alias(r["speaker_id"], r["alias"])
        return index

    def _resolve_speaker(self, index: SpeakerIndex, rec: Attribution, doc_id: str) -> int | None:
        name = rec.speaker_name
        if not name or not name.strip():
            return None
        c = self.conn
        sid, canon, scope = index.resolve(name, rec.speaker_type, rec.speaker_role, doc_id)
        if sid is None:
            roles = [rec.speaker_role] if rec.speaker_role else []
            sid = c.execute("INSERT INTO speakers(name, type, roles, scope) VALUES (?, ?, ?, ?)",
                            (canon, rec.speaker_type, json.dumps(roles, ensure_ascii=False), scope)).lastrowid
            index.add(sid, canon, rec.speaker_type, roles, scope)
            if canon != name:  # the user's canonical name is an alias too
                self._add_alias(index, sid, canon, "")
        else:
            sp = index.speakers[sid]
            if canon != sp.name:  # a bare surname speaker learns its full name
                c.execute("UPDATE speakers SET name = ? WHERE id = ?", (canon, sid))
                index.rename(sid, canon)
            if index.add_role(sid, rec.speaker_role):
                c.execute("UPDATE speakers SET roles = ? WHERE id = ?",
                          (json.dumps(sp.roles, ensure_ascii=False), sid))
            if sp.type in (None, "", "unknown") and rec.speaker_type not in (None, "", "unknown"):
                sp.type = rec.speaker_type
                c.execute("UPDATE speakers SET type = ? WHERE id = ?", (rec.speaker_type, sid))
        self._add_alias(index, sid, name, doc_id)
        return sid

    def _add_alias(self, index: SpeakerIndex, sid: int, alias: str, doc_id: str) -> None:
        sp = index.speakers[sid]
        self.conn.execute(
            "INSERT INTO speaker_aliases(speaker_id, alias, alias_norm, doc_id, count) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT(speaker_id, alias, doc_id) DO UPDATE SET count = count + 1",
            (sid, alias, name_key(alias, sp.type), doc_id))
        index.add_alias(sid, alias)

    # ------------------------------------------------------------------ writing
    def ingest(self, docs: Iterable[Document], *, extract: Callable[..., list[Attribution]] | None = None,
               lexicon: Any = None, aliases: AliasConfig | str | Path | None = None,
               taxonomy: Any = None, on_progress: Callable[[str, str], None] | None = None,
               recluster: bool = True, reidentify: bool = True) -> IngestReport:
        """Extract and store ``docs``, one transaction per document.

        ``extract(doc, lexicon=...)`` returns the document's attributions (default
        :func:`attribution.pipeline.extract_document`).  Each claim gets its automatic topics
        (``source='auto'``) or, with ``taxonomy``, the matching taxonomy labels instead
        (``'taxonomy'``).  ``aliases`` (an :class:`AliasConfig` or a file) is remembered in the
        store and used by later runs that pass none.  ``on_progress(doc_id, status)`` is called
        after each document with status ``added``/``replaced``/``skipped``/``failed``.
        An extraction error fails that document only; the error is in ``report.errors``.
        When anything changed, ``reidentify`` (default) re-resolves every speaker in two passes
        (:meth:`reidentify`, about 2 s for 6,000 articles) so that identities do not depend on
        the order articles arrived in — speaker ids are then renumbered — and ``recluster``
        (default) recomputes the near-duplicate clusters.
        A store has one writer at a time: a second process writing concurrently waits for each
        transaction but resolves speakers without seeing the other's new ones.
        """
        if extract is None:
            from attribution.pipeline import extract_document as extract
        aliases = self._aliases(aliases)
        assign = _optional("attribution.topics.assign", "assign_topics")
        index = self._speaker_index(aliases)
        t0 = time.perf_counter()
        n = {"added": 0, "replaced": 0, "skipped": 0, "failed": 0, "attributions": 0}
        errors: list[tuple[str, str]] = []
        for doc in docs:
            h = _content_hash(doc.text)
            row = self.conn.execute("SELECT content_hash FROM documents WHERE doc_id = ?", (doc.doc_id,)).fetchone()
            if row is not None and row[0] == h:
                status = "skipped"
            else:
                try:
                    records = list(extract(doc, lexicon=lexicon))
                    sentences = _sentence_spans(doc.text)
                except (BackendUnavailable, LexiconError):
                    raise  # the set-up is wrong for every article, not this one
                except Exception as e:  # one bad article must not stop a corpus run
                    errors.append((doc.doc_id, f"{type(e).__name__}: {e}"))
                    status = "failed"
                else:
                    try:
                        index = self._write_document(doc, h, records, sentences, index, assign, taxonomy,
                                                     replace=row is not None)
                    except sqlite3.Error as e:
                        index = self._speaker_index(aliases)  # the rolled-back speakers are gone
                        raise StoreError(f"could not write {doc.doc_id} to {self.path}: {e}") from None
                    except Exception as e:
                        index = self._speaker_index(aliases)
                        errors.append((doc.doc_id, f"{type(e).__name__}: {e}"))
                        status = "failed"
                    else:
                        status = "replaced" if row is not None else "added"
                        n["attributions"] += len(records)
            n[status] += 1
            if on_progress is not None:
                on_progress(doc.doc_id, status)
        # the whole-store passes; a flag written with each document survives a kill before them
        if reidentify and self._stale("identity"):
            self.reidentify(aliases)
        elif n["added"] or n["replaced"]:
            self.name_speakers()
        if recluster and self._stale("clusters"):
            self.recluster()
        return IngestReport(**n, seconds=time.perf_counter() - t0, errors=tuple(errors))

    def _write_document(self, doc: Document, h: str, records: Sequence[Attribution], sentences: Sequence[Any],
                        index: SpeakerIndex, assign: Callable | None, taxonomy: Any, *,
                        replace: bool) -> SpeakerIndex:
        """Write one document in one transaction; returns the speaker index to go on with."""
        c = self.conn
        meta = doc.meta
        with self._transaction():
            if replace:
                self._delete_document(doc.doc_id)
                # speakers only this document quoted are gone: forget them before resolving
                index = self._speaker_index(index.config)
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('stale_identity', '1'), ('stale_clusters', '1')")
            c.execute(
                "INSERT INTO documents(doc_id, content_hash, title, url, outlet, date, text, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.doc_id, h, _meta_str(meta, "title", "headline"), _meta_str(meta, "url", "link"),
                 _meta_str(meta, "outlet", "source", "publisher"),
                 _meta_str(meta, "date", "published", "date_published", "date_extracted"),
                 doc.text, _now()))
            c.executemany('INSERT INTO sentences(doc_id, idx, start, "end") VALUES (?, ?, ?, ?)',
                          [(doc.doc_id, i, start, end) for i, (start, end) in enumerate(sentences)])
            for rec in records:
                sid = self._resolve_speaker(index, rec, doc.doc_id)
                cue, sp, cl = rec.cue, rec.speaker, rec.claim
                aid = c.execute(
                    "INSERT INTO attributions(doc_id, sentence, cue_text, cue_start, cue_end, cue_lemma, meaning, "
                    "speaker_mention, speaker_start, speaker_end, speaker_name_doc, speaker_id, speaker_role, "
                    "speaker_type, claim_text, claim_start, claim_end, kind, confidence, via) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc.doc_id, rec.sentence, cue.text, cue.start, cue.end, cue.lemma, cue.meaning,
                     sp.text if sp else None, sp.start if sp else None, sp.end if sp else None,
                     rec.speaker_name, sid, rec.speaker_role, rec.speaker_type,
                     cl.text if cl else None, cl.start if cl else None, cl.end if cl else None,
                     rec.kind, float(rec.confidence), rec.via)).lastrowid
                if assign is not None and cl is not None and cl.text.strip():
                    # a controlled taxonomy replaces the claim's own key terms
                    source = "taxonomy" if taxonomy is not None else "auto"
                    for key, label in assign(cl.text, taxonomy=taxonomy):
                        tid = self._topic_id(key, label)
                        c.execute("INSERT OR IGNORE INTO claim_topics(attribution_id, topic_id, source) "
                                  "VALUES (?, ?, ?)", (aid, tid, source))
        return index

    def _topic_id(self, key: str, label: str) -> int:
        row = self.conn.execute("SELECT id FROM topics WHERE key = ?", (key,)).fetchone()
        if row is not None:
            return row[0]
        return self.conn.execute("INSERT INTO topics(key, label) VALUES (?, ?)", (key, label)).lastrowid

    def _delete_document(self, doc_id: str) -> None:
        c = self.conn
        c.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))  # cascades
        c.execute("DELETE FROM speaker_aliases WHERE doc_id = ?", (doc_id,))
        c.execute("DELETE FROM speakers WHERE id NOT IN (SELECT speaker_id FROM speaker_aliases) "
                  "AND id NOT IN (SELECT speaker_id FROM attributions WHERE speaker_id IS NOT NULL)")
        c.execute("UPDATE speakers SET name = (SELECT alias FROM speaker_aliases al WHERE al.speaker_id = speakers.id "
                  "GROUP BY alias ORDER BY sum(count) DESC, alias LIMIT 1) "
                  "WHERE name NOT IN (SELECT alias FROM speaker_aliases al WHERE al.speaker_id = speakers.id)")
        c.execute("DELETE FROM topics WHERE id NOT IN (SELECT topic_id FROM claim_topics)")

    def delete_document(self, doc_id: str) -> bool:
        """Remove one document and everything extracted from it; ``False`` if it was not there."""
        c = self.conn
        if c.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is None:
            return False
        with self._transaction():
            self._delete_document(doc_id)
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('stale_identity', '1'), ('stale_clusters', '1')")
        return True

    def _stale(self, what: str) -> bool:
        return self.conn.execute("SELECT 1 FROM meta WHERE key = ?", (f"stale_{what}",)).fetchone() is not None

    def name_speakers(self) -> None:
        """Give every speaker its display name: the name from the aliases file if there is one,
        else the alias it is quoted under most often, preferring names of two words or more
        (باراك أوباما over أوباما), ties in alphabetical order — so the name does not depend on
        the order of ingestion."""
        c = self.conn
        with self._transaction():
            c.execute(_NAME_SPEAKERS_SQL)

    def recluster(self) -> int:
        """Recompute near-duplicate claim clusters (``attributions.cluster_id``); returns how many
        claims share a cluster with another.  A no-op when :mod:`attribution.topics.assign` is absent."""
        cluster = _optional("attribution.topics.assign", "cluster_claims")
        if cluster is None:
            return 0
        items = [(r[0], r[1]) for r in self.conn.execute(
            "SELECT id, claim_text FROM attributions WHERE claim_text IS NOT NULL ORDER BY id")]
        mapping = cluster(items)
        c = self.conn
        with self._transaction():
            c.execute("UPDATE attributions SET cluster_id = NULL")
            c.executemany("UPDATE attributions SET cluster_id = ? WHERE id = ?",
                          [(int(cid), int(aid)) for aid, cid in mapping.items()])
            c.execute("DELETE FROM meta WHERE key = 'stale_clusters'")
        sizes: dict[int, int] = {}
        for cid in mapping.values():
            sizes[cid] = sizes.get(cid, 0) + 1
        return sum(s for s in sizes.values() if s > 1)

    def reidentify(self, aliases: AliasConfig | str | Path | None = None) -> int:
        """Rebuild every speaker from the stored attributions (e.g. after editing the aliases
        file), in one transaction; returns the number of speakers.  Speaker ids change.

        Names of two words or more are resolved first, shortest first, and bare names last, so
        a bare surname meets every full name in the store and a run-on form meets its short
        one, whatever order the articles came in: the result does not depend on ingestion
        order, unlike a one-pass resolution.
        """
        aliases = self._aliases(aliases)
        c = self.conn
        index = SpeakerIndex(aliases)
        rows = c.execute(
            "SELECT a.id, a.doc_id, a.speaker_name_doc, a.speaker_role, a.speaker_type FROM attributions a "
            "JOIN documents d ON d.doc_id = a.doc_id ORDER BY a.doc_id, a.id").fetchall()
        # shortest full names first (جون كيري before its run-on forms), bare names last
        rows.sort(key=lambda r: _resolution_order(name_key(r["speaker_name_doc"] or "", r["speaker_type"])))
        with self._transaction():
            c.execute("UPDATE attributions SET speaker_id = NULL")
            c.execute("DELETE FROM speaker_aliases")
            c.execute("DELETE FROM speakers")
            updates = []
            for r in rows:
                rec = _NameOnly(r["speaker_name_doc"], r["speaker_role"], r["speaker_type"])
                sid = self._resolve_speaker(index, rec, r["doc_id"])  # type: ignore[arg-type]
                if sid is not None:
                    updates.append((sid, r["id"]))
            c.executemany("UPDATE attributions SET speaker_id = ? WHERE id = ?", updates)
            c.execute(_NAME_SPEAKERS_SQL)
            c.execute("DELETE FROM meta WHERE key = 'stale_identity'")
        return len(index.speakers)

    # ------------------------------------------------------------------ reading
    def claims(self, speaker: str | None = None, topic: str | None = None, doc_id: str | None = None,
               outlet: str | None = None, kind: str | None = None, meaning: str | None = None,
               since: str | None = None, until: str | None = None, limit: int | None = None):
        """Claims as a DataFrame, one row per attribution, filtered (all filters optional).

        ``speaker`` matches a canonical name or any alias after Arabic normalisation (or, from
        three letters on, a whole-word part of one: ``العتيبي``); ``topic`` a topic label or key
        (normalised substring); ``since``/``until`` compare the document date as ISO text,
        ``until`` inclusive of the whole day given.
        """
        import pandas as pd

        where: list[str] = []
        params: list[Any] = []
        if speaker is not None:
            ids = self._speaker_ids(speaker)
            where.append(f"a.speaker_id IN ({','.join('?' * len(ids))})" if ids else "0")
            params += ids
        if topic is not None:
            tids = self._topic_ids(topic)
            if tids:
                where.append("EXISTS (SELECT 1 FROM claim_topics ct WHERE ct.attribution_id = a.id "
                             f"AND ct.topic_id IN ({','.join('?' * len(tids))}))")
                params += tids
            else:
                where.append("0")
        for column, value in (("a.doc_id", doc_id), ("a.kind", kind), ("a.meaning", meaning)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if outlet is not None:
            where.append("d.outlet = ? COLLATE NOCASE")
            params.append(outlet)
        if since is not None:
            where.append("d.date >= ?")
            params.append(str(since))
        if until is not None:
            where.append("d.date < ?")  # every date that starts with `until` sorts below until+U+10FFFF
            params.append(str(until) + "\U0010ffff")
        sql = _CLAIMS_SQL + (" WHERE " + " AND ".join(where) if where else "") + \
            " ORDER BY d.date, a.doc_id, a.cue_start, a.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        df = pd.read_sql_query(sql, self.conn, params=params)
        for col in ("speaker_id", "cluster_id", "sentence", "cue_start", "cue_end", "claim_start", "claim_end"):
            df[col] = df[col].astype("Int64")  # nullable: a claim without a speaker keeps integer ids
        return df

    def _speaker_ids(self, query: str) -> list[int]:
        q = fold(query)
        if not q:
            return []
        keys = {name_key(query, t) for t in (None, "person", "organization")}
        ids: set[int] = set()
        rows = self.conn.execute(
            "SELECT s.id, s.name AS alias, NULL AS alias_norm FROM speakers s "
            "UNION ALL SELECT speaker_id, alias, alias_norm FROM speaker_aliases")
        padded = f" {q} "
        for sid, alias, norm in rows:
            f = fold(alias)
            if f == q or norm in keys or (len(q) >= 3 and padded in f" {f} "):
                ids.add(sid)
        return sorted(ids)

    def _topic_ids(self, query: str) -> list[int]:
        q = fold(query)
        if not q:
            return []
        return [tid for tid, key, label in self.conn.execute("SELECT id, key, label FROM topics")
                if q in fold(key) or q in fold(label)]

    def speakers(self):
        """Canonical speakers with their roles, aliases and counts, most quoted first."""
        import pandas as pd

        df = pd.read_sql_query(
            "SELECT s.id AS speaker_id, s.name, s.type, s.roles, "
            "(SELECT group_concat(alias, ' | ') FROM (SELECT DISTINCT alias FROM speaker_aliases "
            " WHERE speaker_id = s.id ORDER BY alias)) AS aliases, "
            "(SELECT count(*) FROM attributions a WHERE a.speaker_id = s.id) AS n_claims, "
            "(SELECT count(DISTINCT a.doc_id) FROM attributions a WHERE a.speaker_id = s.id) AS n_docs, "
            "s.scope "
            "FROM speakers s ORDER BY n_claims DESC, s.id", self.conn)
        df["roles"] = [" | ".join(json.loads(r or "[]")) for r in df["roles"]]
        return df

    def aliases(self):
        """Every name a speaker was seen under, where, and how often (for audits)."""
        import pandas as pd

        return pd.read_sql_query(
            "SELECT al.speaker_id, s.name AS speaker, al.alias, al.doc_id, al.count "
            "FROM speaker_aliases al JOIN speakers s ON s.id = al.speaker_id "
            "ORDER BY al.speaker_id, al.alias, al.doc_id", self.conn)

    def topics(self):
        """Topics with their claim and speaker counts and their most frequent speakers."""
        import pandas as pd

        df = pd.read_sql_query(
            "SELECT t.id AS topic_id, t.key, t.label, count(DISTINCT ct.attribution_id) AS n_claims, "
            "count(DISTINCT a.speaker_id) AS n_speakers "
            "FROM topics t LEFT JOIN claim_topics ct ON ct.topic_id = t.id "
            "LEFT JOIN attributions a ON a.id = ct.attribution_id "
            "GROUP BY t.id ORDER BY n_claims DESC, t.id", self.conn)
        top: dict[int, list[str]] = {}
        for tid, name in self.conn.execute(
                "SELECT ct.topic_id, s.name FROM claim_topics ct JOIN attributions a ON a.id = ct.attribution_id "
                "JOIN speakers s ON s.id = a.speaker_id GROUP BY ct.topic_id, s.id "
                "ORDER BY ct.topic_id, count(*) DESC, s.name"):
            top.setdefault(tid, []).append(name)
        df["speakers"] = [" | ".join(top.get(t, [])[:10]) for t in df["topic_id"]]
        return df

    def claim_topics(self):
        """The claim–topic links: attribution_id, topic_id, source (``auto`` or ``taxonomy``)."""
        import pandas as pd

        return pd.read_sql_query("SELECT attribution_id, topic_id, source FROM claim_topics "
                                 "ORDER BY attribution_id, topic_id", self.conn)

    def documents(self):
        """Documents with their metadata and number of claims."""
        import pandas as pd

        return pd.read_sql_query(
            "SELECT d.doc_id, d.title, d.url, d.outlet, d.date, "
            "(SELECT count(*) FROM attributions a WHERE a.doc_id = d.doc_id) AS n_claims "
            "FROM documents d ORDER BY d.date, d.doc_id", self.conn)

    def document_text(self, doc_id: str) -> str | None:
        """The stored text of one document (the text every offset indexes)."""
        row = self.conn.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        """Row counts of every table."""
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _TABLES}

    def graph(self, **filters: Any):
        """The speaker–claim–topic graph (see :func:`attribution.graph.build_graph`)."""
        build = _optional("attribution.graph", "build_graph")
        if build is None:
            raise StoreError("attribution.graph is not available in this installation")
        return build(self, **filters)


_NAME_SPEAKERS_SQL = """
UPDATE speakers SET name = COALESCE(
    (SELECT alias FROM speaker_aliases al WHERE al.speaker_id = speakers.id AND al.doc_id = ''
     ORDER BY alias LIMIT 1),
    (SELECT alias FROM speaker_aliases al WHERE al.speaker_id = speakers.id GROUP BY alias
     ORDER BY instr(trim(alias), ' ') > 0 DESC, sum(count) DESC, alias LIMIT 1),
    name)"""

_TABLES = ("documents", "sentences", "attributions", "speakers", "speaker_aliases", "topics", "claim_topics")

_CLAIMS_SQL = """
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


@dataclass(frozen=True)
class _NameOnly:
    """The part of an attribution speaker resolution reads (for :meth:`Store.reidentify`)."""

    speaker_name: str | None
    speaker_role: str | None
    speaker_type: str | None


def _resolution_order(key: str) -> tuple[bool, int]:
    n = len(key.split())
    return n < 2, n


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets in the original text, numbered as the extractor numbers them (it splits
    the normalised view, where a stray mark or presentation form can move a boundary)."""
    split = _optional("attribution.text.sentences", "split_sentences")
    if split is None:
        return []
    normalize = _optional("attribution.text.normalize", "normalize_text")
    if normalize is None:
        return [(s.start, s.end) for s in split(text)]
    nt = normalize(text)
    return [nt.original_span(s.start, s.end) for s in split(nt.text)]


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
