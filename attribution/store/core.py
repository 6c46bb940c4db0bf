"""The claim store: one SQLite file of documents, attributions, speakers, aliases and topics.

Readable as-is by sqlite-utils, datasette and pandas.  :class:`Store` ties the rooms together:
:mod:`~attribution.store.schema` (tables, migrations, transactions),
:mod:`~attribution.store.writes` (documents, attributions, topics, clusters),
:mod:`~attribution.store.identity` (speakers across articles) and
:mod:`~attribution.store.queries` (claims and their filters, speakers, topics).

:meth:`Store.ingest` stores documents with their extracted records, a batch of documents per
transaction and each document in its own savepoint, so a killed ingest leaves a consistent store
(every committed document whole) and a rerun finishes the job; a document whose text is
unchanged (same sha256) is skipped, a changed one replaces its rows.  Then the upkeep of what the
documents touched (:mod:`attribution.store.upkeep`): speakers, clusters, topic labels.
:meth:`Store.ingest_documents` extracts them first (:func:`attribution.pipeline.extract_many`).

>>> import tempfile, pathlib
>>> from attribution.records import Document
>>> db = pathlib.Path(tempfile.mkdtemp()) / "claims.db"
>>> with open_store(db, create=True) as store:
...     report = store.ingest([(Document("a", "نص"), [])])
...     (report.added, report.skipped), len(store.documents())
((1, 0), 1)
"""
from __future__ import annotations

import functools
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from attribution.errors import StoreError
from attribution.options import DEFAULT_BACKEND, DEFAULT_PARTICIPLES
from attribution.records import Attribution, Document
from attribution.speakers.across_documents import AliasConfig
from attribution.store import identity, listings, queries, search, upkeep, writes
from attribution.store.rows import DocumentRows, prepare
from attribution.store.schema import (
    APPLICATION, SCHEMA_VERSION, connect, is_stale, owe_whole_store, release, savepoint, transaction,
)

__all__ = ["open_store", "Store", "IngestReport", "SCHEMA_VERSION", "APPLICATION"]

#: ``on_progress(doc_id, status)``, status one of added, replaced, skipped, failed.
OnProgress = Callable[[str, str], None]
#: ``on_error(line)``: one line per document that could not be extracted or stored.
OnError = Callable[[str], None]
Extracted = Iterable[tuple[Document, Sequence[Attribution]]]
#: A batch (one transaction) ends after this many documents or this many seconds, whichever first:
#: commits are few, and another process writing to the store never waits long.
BATCH_DOCUMENTS = 500
BATCH_SECONDS = 1.0


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did; ``errors`` holds one line per failed document."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    attributions: int = 0
    seconds: float = 0.0
    errors: tuple[str, ...] = field(default=(), repr=False)

    def summary(self) -> str:
        return (f"added {self.added}, replaced {self.replaced}, skipped {self.skipped}, "
                f"failed {self.failed}, attributions {self.attributions}, {self.seconds:.1f} s")


def open_store(path: str | Path, *, create: bool = False, readonly: bool = False) -> "Store":
    """Open the claim store at ``path`` (migrating an older one); ``create=True`` makes a new
    one when there is none.

    Without ``create``, a missing file is a :class:`StoreError` (a mistyped path must not read
    as an empty store).  ``readonly=True`` reads a store without writing anything (it may sit
    in a read-only place); the listing commands open it so.
    """
    return Store(path, create=create, readonly=readonly)


class Store:
    """A claim store on one SQLite file; use :func:`open_store`.  A context manager."""

    def __init__(self, path: str | Path, *, create: bool = False, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.conn = connect(self.path, create=create, readonly=readonly)

    def close(self) -> None:
        """Close the connection (idempotent); a writer leaves the file readable without write access."""
        if getattr(self, "conn", None) is not None:
            if not self.readonly:
                release(self.conn)
            self.conn.close()
            self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # ------------------------------------------------------------------ writing
    def ingest(self, extracted: Extracted, *, aliases: AliasConfig | str | Path | None = None,
               taxonomy: Any = None, on_progress: OnProgress | None = None, on_error: OnError | None = None,
               recluster: bool = True, reidentify: bool = True, batch_size: int = BATCH_DOCUMENTS) -> IngestReport:
        """Store documents with their extracted records, ``(document, records)`` pairs (as
        :func:`attribution.pipeline.extract_many` yields them, or read back from a records file),
        the records possibly prepared already (:func:`attribution.store.rows.prepare`, with the same ``taxonomy``).

        A document stored with the same text is skipped, one with another text replaced.  Each
        claim gets its automatic topics (``source='auto'``) or, with ``taxonomy``, the matching
        taxonomy labels instead (``'taxonomy'``).  ``aliases`` (an :class:`AliasConfig` or a
        file) is remembered in the store and used by later runs that pass none.
        Documents are committed in batches (``batch_size`` documents or :data:`BATCH_SECONDS`),
        each in its own savepoint: a document that cannot be written fails alone (``on_error``
        and ``report.errors``); ``on_progress(doc_id, status)`` is called once it is committed.
        Then the upkeep of what they touched (:func:`attribution.store.upkeep.settle`): the
        speakers of the names they brought or removed are re-resolved with every name they may
        meet — every speaker keeps its id, a merge or split is recorded (:meth:`speaker_changes`) —,
        the near-duplicate clusters of their claims are updated (``recluster``), and their topics
        take the label their claims write most often; ``reidentify``/``recluster`` False leave
        that for the next ingest (or :meth:`reindex`).  The result is what the whole-store
        passes give, so it does not depend on the order articles arrived in.  Claim and topic ids
        are kept too: a replaced document's claims that are the same (cue, claim, speaker, kind)
        keep theirs, and no id is ever given twice.
        Two processes may ingest into one store at once: each batch waits for the other's, and a
        document the other stored meanwhile is skipped.
        """
        t0 = time.perf_counter()
        aliases = identity.remembered_aliases(self.conn, aliases)
        n: Counter = Counter()
        errors: list[str] = []
        batch: list[tuple[str, str, str | None]] = []
        unindexed: dict[str, list[tuple]] = {}  # the batch's search rows, indexed together before it commits
        topic_ids: writes.TopicIds = {}  # the topics met in this ingest (forgotten when a write is rolled back)
        # a first ingest (an empty store) notes no upkeep item by item: its whole-store passes redo it all
        bulk = self.conn.execute("SELECT 1 FROM attributions LIMIT 1").fetchone() is None

        def commit() -> None:
            search.index_rows(self.conn, [row for rows in unindexed.values() for row in rows])
            if bulk:
                owe_whole_store(self.conn)  # in every batch: another process's passes may have run between
            unindexed.clear()
            self.conn.execute("COMMIT")
            _report(batch, errors, on_error, on_progress)  # reported once committed: "added" means stored
            freeze()  # (the first batch only)

        started = None
        with upkeep.collector_frozen() as freeze:
            try:
                for doc, records in extracted:
                    if started is None:
                        self.conn.execute("BEGIN IMMEDIATE")
                        started = time.perf_counter()
                    if doc.doc_id in unindexed:  # met twice in one batch: index its first copy
                        search.index_rows(self.conn, unindexed.pop(doc.doc_id))  # (the replacement unindexes it)
                    status, problem, search_rows = self._store_document(doc, records, taxonomy, aliases, not bulk,
                                                                        topic_ids)
                    n[status] += 1
                    if status in ("added", "replaced"):
                        n["attributions"] += len(search_rows)
                        unindexed[doc.doc_id] = search_rows
                    batch.append((doc.doc_id, status, problem))
                    if len(batch) >= batch_size or time.perf_counter() - started >= BATCH_SECONDS:
                        commit()  # (a failed commit is rolled back below)
                        started = None
                if started is not None:
                    commit()
                    started = None
            except BaseException:
                if started is not None:
                    self.conn.execute("ROLLBACK")
                raise
        with transaction(self.conn):  # read inside: another process may be adding documents
            upkeep.settle(self.conn, aliases, reidentify=reidentify, recluster=recluster)
        return IngestReport(n["added"], n["replaced"], n["skipped"], n["failed"], n["attributions"],
                            time.perf_counter() - t0, tuple(errors))

    def _store_document(self, doc: Document, records: Sequence[Attribution] | DocumentRows, taxonomy: Any,
                        aliases: AliasConfig | None, note: bool,
                        topic_ids: writes.TopicIds) -> tuple[str, str | None, list[tuple]]:
        """Write one document in its own savepoint: ``(status, problem line or None, its search rows)``;
        ``topic_ids`` is the ingest's (emptied when the savepoint is rolled back).

        What is stored is read inside the batch's transaction: another process ingesting the same
        files may have stored the document since this one last looked (then it is skipped).
        """
        try:
            prepared = records if isinstance(records, DocumentRows) else prepare(doc, records, taxonomy)
            with savepoint(self.conn):
                stored = writes.stored_hash(self.conn, doc.doc_id)
                if stored == prepared.digest:
                    return "skipped", None, []
                previous = None
                if stored is not None:
                    previous = writes.claim_ids(self.conn, doc.doc_id)  # the same claims keep their ids
                    writes.delete_document(self.conn, doc.doc_id, aliases)
                search_rows = writes.write_rows(self.conn, doc, prepared, previous=previous, aliases=aliases,
                                                note=note, topic_ids=topic_ids)
        except sqlite3.Error as e:
            raise StoreError(f"could not write {doc.doc_id} to {self.path}: {e}") from None
        except Exception as e:  # one bad article must not stop a corpus run
            topic_ids.clear()  # (the topics it added are rolled back with it)
            return "failed", f"{doc.doc_id}: could not be stored ({type(e).__name__}: {e}); skipped", []
        return ("replaced" if stored is not None else "added"), None, search_rows

    def ingest_documents(self, docs: Iterable[Document], *, lexicon: Any = None, backend: str = DEFAULT_BACKEND,
                         participles: str = DEFAULT_PARTICIPLES, jobs: int = 1, on_error: OnError | None = None,
                         on_progress: OnProgress | None = None, **options: Any) -> IngestReport:
        """Extract and store ``docs`` (the library's and ``attribution ingest``'s one call).

        Documents stored with the same text are skipped before extraction; the others go
        through :func:`attribution.pipeline.extract_many` (``lexicon``, ``backend``,
        ``participles``, ``jobs``) and :meth:`ingest` (``options``: aliases, taxonomy,
        recluster, reidentify).  A document the extractor fails on is reported through
        ``on_error`` and counted as failed.
        """
        from attribution.pipeline import extract_many

        failures: list[str] = []
        skipped: list[str] = []

        def failed(line: str) -> None:
            failures.append(line)
            if on_error is not None:
                on_error(line)

        def unchanged(doc_id: str) -> None:
            skipped.append(doc_id)
            if on_progress is not None:
                on_progress(doc_id, "skipped")

        # the rows are prepared where each document is extracted (the workers): this process only writes
        taxonomy = options.get("taxonomy")
        extracted = extract_many(self._new_or_changed(docs, unchanged), lexicon=lexicon, backend=backend,
                                 participles=participles, jobs=jobs, on_error=failed,
                                 then=functools.partial(prepare, taxonomy=taxonomy))
        report = self.ingest(extracted, on_progress=on_progress, on_error=on_error, **options)
        return replace(report, skipped=report.skipped + len(skipped), failed=report.failed + len(failures),
                       errors=tuple(failures) + report.errors)

    def _new_or_changed(self, docs: Iterable[Document], unchanged: Callable[[str], None]) -> Iterator[Document]:
        """The documents not stored with the same text; a document id met twice is always passed
        on (the extractor reads ahead: its first copy may not be stored yet)."""
        seen: set[str] = set()
        for doc in docs:
            stored = writes.stored_hash(self.conn, doc.doc_id) if doc.doc_id not in seen else None
            if stored is not None and stored == writes.content_hash(doc.text):  # (hashed when stored only)
                unchanged(doc.doc_id)
            else:
                yield doc
            seen.add(doc.doc_id)

    def delete_document(self, doc_id: str) -> bool:
        """Remove one document and everything extracted from it (and the upkeep it owes); ``False``
        if it was not there."""
        if writes.stored_hash(self.conn, doc_id) is None:
            return False
        aliases = identity.remembered_aliases(self.conn, None)
        with transaction(self.conn):
            writes.delete_document(self.conn, doc_id, aliases)
            upkeep.settle(self.conn, aliases)
        return True

    def _stale(self, what: str) -> bool:
        return is_stale(self.conn, what)

    def name_speakers(self) -> None:
        """Give every speaker its display name: the name from the aliases file if there is one,
        else the alias it is quoted under most often, preferring names of two words or more
        (باراك أوباما over أوباما), ties in alphabetical order — so the name does not depend on
        the order of ingestion."""
        identity.name_speakers(self.conn)

    def recluster(self) -> int:
        """Recompute every near-duplicate claim cluster (``attributions.cluster_id``); returns how
        many claims share a cluster with another."""
        from attribution.store import clusters

        with transaction(self.conn), upkeep.collector_paused():
            return clusters.recluster(self.conn)

    def reidentify(self, aliases: AliasConfig | str | Path | None = None) -> int:
        """Rebuild every speaker from the stored attributions (e.g. after editing the aliases
        file), in one transaction; returns the number of speakers.  The result does not depend
        on ingestion order; each speaker keeps its id, merges and splits are recorded
        (see :func:`attribution.store.identity.rebuild_all`).
        """
        with upkeep.collector_paused():
            return identity.reidentify(self.conn, identity.remembered_aliases(self.conn, aliases))

    def reindex(self, aliases: AliasConfig | str | Path | None = None) -> dict[str, int]:
        """Every whole-store pass, in one transaction (``attribution reindex``): speakers rebuilt,
        clusters recomputed from the claims, topic labels recounted.  An ingest does the same for
        what it touched; this is for after an upgrade, or to check.  Returns what each pass found."""
        aliases = identity.remembered_aliases(self.conn, aliases)
        with transaction(self.conn):
            return upkeep.reindex(self.conn, aliases)

    # ------------------------------------------------------------------ reading
    def claims(self, speaker: str | None = None, topic: str | None = None, doc_id: str | None = None,
               outlet: str | None = None, kind: str | None = None, meaning: str | None = None,
               since: str | None = None, until: str | None = None, limit: int | None = None,
               search: str | None = None):
        """Claims as a DataFrame, one row per attribution, filtered; ``search`` is text search over
        claims and their speakers (see :func:`attribution.store.queries.claims`).  An unknown
        kind or meaning, a malformed date or an empty search raises :class:`FilterError`."""
        return queries.claims(self.conn, speaker=speaker, topic=topic, doc_id=doc_id, outlet=outlet, kind=kind,
                              meaning=meaning, since=since, until=until, limit=limit, search=search)

    def rows(self, listing: str, **options: Any):
        """One listing — ``claims`` (the filters of :meth:`claims`), ``speakers`` (``search``),
        ``topics`` (``limit``), ``aliases``, ``speaker_changes`` — streamed from SQL as plain dicts
        (:func:`attribution.store.listings.rows`): what the CLI's exports write, in bounded memory."""
        return listings.rows(self.conn, listing, **options)

    def speakers(self, search: str | None = None):
        """Canonical speakers with their roles, aliases and counts, most quoted first (``search``:
        text search over their names, aliases and roles)."""
        return queries.speakers(self.conn, search=search)

    def speaker_changes(self):
        """Speaker ids merged into another or split off one (ids are otherwise never renumbered)."""
        return queries.speaker_changes(self.conn)

    def aliases(self):
        """Every name a speaker was seen under, where, and how often (for audits)."""
        return queries.aliases(self.conn)

    def topics(self):
        """Topics with their claim and speaker counts and their most frequent speakers."""
        return queries.topics(self.conn)

    def claim_topics(self):
        """The claim–topic links: attribution_id, topic_id, source (``auto`` or ``taxonomy``)."""
        return queries.claim_topics(self.conn)

    def documents(self):
        """Documents with their metadata and number of claims."""
        return queries.documents(self.conn)

    def document_text(self, doc_id: str) -> str | None:
        """The stored text of one document (the text every offset indexes)."""
        return queries.document_text(self.conn, doc_id)

    def counts(self) -> dict[str, int]:
        """Row counts of every table."""
        return queries.counts(self.conn)

    def graph(self, **filters: Any):
        """The speaker–claim–topic graph (see :func:`attribution.graph.build_graph`)."""
        from attribution.graph import build_graph

        return build_graph(self, **filters)


def _report(batch: list[tuple[str, str, str | None]], errors: list[str], on_error: OnError | None,
            on_progress: OnProgress | None) -> None:
    """Report a committed batch's documents, ``(doc id, status, problem or None)``, and empty it."""
    for doc_id, status, problem in batch:
        if problem:
            errors.append(problem)
            if on_error is not None:
                on_error(problem)
        if on_progress is not None:
            on_progress(doc_id, status)
    batch.clear()
