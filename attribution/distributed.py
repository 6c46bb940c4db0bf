"""Extraction past one machine, on a Dask cluster: the input cut into partitions, each read and
extracted by a worker, the records back in input order.

:func:`plan` cuts the input: a JSONL file bigger than a partition into byte ranges that end at
line ends (:mod:`attribution.io.ranges`), every other file whole — small files grouped, a
folder's files in the order the readers walk them.  Each partition is one task
(:func:`client.submit`): the worker opens the files itself (the paths must be the same on every
machine: a shared or copied file system), reads them as :func:`attribution.io.readers.read_documents`
does and extracts each document as :func:`attribution.pipeline.extract_many` does.
:func:`extract_on_cluster` keeps a few partitions per worker in flight and yields
``(document, records)`` in input order; what needs the whole run — a document id met twice is
renamed or skipped, ``limit`` — is done here, so the records, ids and warnings are those of a
serial run.  Only the scheduler's address crosses the network before the work: the driver
reads file sizes, and the first 64 KiB and a few line ends of each big JSONL file.

:func:`cluster` connects to a scheduler (``tcp://host:8786``) or starts a LocalCluster
(``"local"``).  Dask is an optional dependency (``pip install "attribution[dask]"``), imported
only here, on use.
"""
from __future__ import annotations

import os
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from attribution.errors import AttributionError, BackendUnavailable, InputError
from attribution.io.encodings import check_encoding
from attribution.io.problems import MAX_CHARS, OnError, ReadProblem, Reporter
from attribution.io.ranges import count_lines, jsonl_range_items, line_cuts, splittable
from attribution.options import DEFAULT_BACKEND, DEFAULT_PARTICIPLES, MODELS_ENV
from attribution.records import Attribution, Document

__all__ = ["Files", "Range", "plan", "extract_on_cluster", "cluster", "partition_size"]

Pair = tuple[Document, list[Attribution]]
_MIN_PART, _MAX_PART = 256 << 10, 64 << 20


@dataclass(frozen=True)
class Files:
    """Whole files, read one after the other by one task: ``(path, document key)`` pairs."""

    files: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Range:
    """Bytes ``[start, end)`` of a JSONL file, the ``index``-th of its ranges (``last``: the final one)."""

    path: str
    key: str
    start: int
    end: int
    index: int
    last: bool


def partition_size(total_bytes: int, workers: int) -> int:
    """About four partitions a worker (so that a slow one does not hold the end of the run up),
    between 256 KiB and 64 MiB.

    >>> partition_size(20_000_000, 2)
    2500000
    """
    return max(_MIN_PART, min(_MAX_PART, total_bytes // (4 * max(1, workers))))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the worker reports it


def _sources(paths: Sequence[str | Path]) -> list[tuple[Path, str, int] | ReadProblem]:
    """Every input file with its document key and size, and the problems of finding them, in order."""
    from attribution.io.readers import _sources as walk  # the readers' own walk and document keys

    found: list[Any] = []
    for path, key in walk(paths, Reporter(found.append)):
        if path is None:
            raise InputError("stdin cannot be shared out over a cluster: write it to a file the workers can read")
        found.append((path, key, _size(path)))
    return found


def plan(paths: Sequence[str | Path], *, partition_bytes: int | None = None, workers: int = 1,
         encoding: str | None = None) -> list[Files | Range | ReadProblem]:
    """The partitions of ``paths`` in input order, with each problem of finding the files in its place.

    ``partition_bytes`` defaults to :func:`partition_size` of the input for ``workers``.  A JSONL
    file bigger than that is cut into :class:`Range` s (unless it cannot be: see
    :func:`attribution.io.ranges.splittable`); other files are grouped into :class:`Files` of
    about that size.
    """
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    found = _sources(paths)
    every = partition_bytes or partition_size(sum(f[2] for f in found if isinstance(f, tuple)), workers)
    out: list[Files | Range | ReadProblem] = []
    group: list[tuple[str, str]] = []
    grouped = 0

    def close() -> None:
        nonlocal grouped
        if group:
            out.append(Files(tuple(group)))
            group.clear()
        grouped = 0

    for item in found:
        if isinstance(item, ReadProblem):
            close()
            out.append(item)
            continue
        path, key, size = item
        if path.suffix.lower() == ".jsonl" and size > every and splittable(path, encoding):
            close()
            cuts = line_cuts(path, every)
            out.extend(Range(str(path), key, a, b, i, i == len(cuts) - 2) for i, (a, b) in enumerate(zip(cuts, cuts[1:])))
            continue
        group.append((str(path), key))
        grouped += size
        if grouped >= every:
            close()
    close()
    return out


# --------------------------------------------------------------------------- on a worker

def _part_items(part: Files | Range, first_line: int, settings: dict[str, Any], report: Reporter,
                note: Callable[[str], None]) -> Iterator[tuple[str, Document]]:
    from attribution.io.readers import _read_file  # one file, as read_documents reads it

    if isinstance(part, Range):
        try:
            yield from jsonl_range_items(part.path, part.key, part.start, part.end, first_line=first_line,
                                         report=report, text_field=settings["text_field"],
                                         encoding=settings["encoding"], on_note=note)
        except OSError as e:
            report(f"{part.path}: cannot read ({e.strerror or e})")
        return
    for path, key in part.files:
        try:
            yield from _read_file(Path(path), key, text_field=settings["text_field"], encoding=settings["encoding"],
                                  max_chars=settings["max_chars"], report=report)
        except InputError as e:
            report(str(e))


def run_partition(part: Files | Range, first_line: int, settings: dict[str, Any], lexicon: Any = None) -> list[tuple]:
    """One task: read a partition and extract its documents, as events in input order:
    ``("problem", ReadProblem)``, ``("note", path, ReadProblem)`` (a once-per-file note) and
    ``("doc", where, (doc_id, text, meta), records or None, extraction problem or None)`` — the
    document as plain values, which pickle (a Document's read-only meta does not, and Dask's
    fallback, cloudpickle, costs a third more CPU)."""
    from attribution.io.tables import sized
    from attribution.pipeline import extract_many

    if settings.get("models_dir"):
        os.environ[MODELS_ENV] = settings["models_dir"]  # --models-dir, as on the driver
    events: list[tuple] = []
    report = Reporter(lambda problem: events.append(("problem", problem)))
    note = (lambda message: events.append(("note", part.path, ReadProblem(message, kept=True)))) \
        if isinstance(part, Range) else report.kept
    for where, doc in sized(_part_items(part, first_line, settings, report, note), settings["max_chars"], report):
        failed: list[str] = []
        done = list(extract_many([doc], lexicon=lexicon, backend=settings["backend"],
                                 participles=settings["participles"], on_error=failed.append))
        events.append(("doc", where, (doc.doc_id, doc.text, dict(doc.meta)), done[0][1] if done else None,
                       failed[0] if failed else None))
    return events


# --------------------------------------------------------------------------- on the driver

class _Merge:
    """What the events of the partitions, taken in input order, mean for the whole run."""

    def __init__(self, report: Reporter, on_error: OnError | None, limit: int | None) -> None:
        from attribution.io.readers import _Ids  # the run's document ids, as read_documents gives them

        self.ids, self.report, self.on_error, self.limit = _Ids(report), report, on_error, limit
        self.noted: set[str] = set()
        self.documents = 0

    @property
    def full(self) -> bool:
        return self.limit is not None and self.documents >= self.limit

    def events(self, events: Iterable[tuple]) -> Iterator[Pair]:
        for event in events:
            if self.full:
                return
            if event[0] == "problem":
                self.problem(event[1])
            elif event[0] == "note":
                if event[1] not in self.noted:
                    self.noted.add(event[1])
                    self.report.kept(str(event[2]))
            else:
                yield from self._document(*event[1:])

    def problem(self, problem: str) -> None:
        if getattr(problem, "kept", False):
            self.report.kept(str(problem))
        else:
            self.report(str(problem))

    def _document(self, where: str, fields: tuple[str, str, dict], records: list[Attribution] | None,
                  problem: str | None) -> Iterator[Pair]:
        doc = Document(*fields)
        admitted = self.ids.admit(where, doc)
        if admitted is None:
            return
        self.documents += 1
        if problem is not None:
            if self.on_error is not None:
                self.on_error(problem if admitted is doc else problem.replace(doc.doc_id, admitted.doc_id, 1))
        elif admitted is doc:
            yield doc, records or []
        else:  # its id was taken: renamed, records and all
            yield admitted, [replace(r, doc_id=admitted.doc_id) for r in records or []]


def extract_on_cluster(paths: Sequence[str | Path], client: Any, *, text_field: str | None = None,
                       encoding: str | None = None, max_chars: int | None = MAX_CHARS, lexicon: Any = None,
                       backend: str = DEFAULT_BACKEND, participles: str = DEFAULT_PARTICIPLES,
                       on_error: OnError | None = None, limit: int | None = None,
                       partition_bytes: int | None = None) -> Iterator[Pair]:
    """Read and extract ``paths`` on the Dask ``client``'s workers, yielding ``(document,
    records)`` in input order — what ``extract_many(read_documents(paths, …), …)`` yields.

    ``on_error`` gets every problem line (reading and extraction, as ``read_documents`` and
    ``extract_many`` report them); without it a read problem raises :class:`InputError`.
    ``limit`` stops after that many documents.  An :class:`AttributionError` on a worker (an
    unavailable backend) stops the run.
    """
    report = Reporter(on_error)
    workers = max(1, sum(client.nthreads().values()))
    settings = {"text_field": text_field, "encoding": check_encoding(encoding), "max_chars": max_chars,
                "backend": backend, "participles": participles, "models_dir": os.environ.get(MODELS_ENV)}
    parts = plan(paths, partition_bytes=partition_bytes, workers=workers, encoding=settings["encoding"])
    lex = client.scatter(lexicon, broadcast=True) if lexicon is not None else None
    counts = {(p.path, p.index): client.submit(count_lines, p.path, p.start, p.end, pure=False)
              for p in parts if isinstance(p, Range) and not p.last}
    first_lines: dict[str, int] = {}

    def submit(part: Files | Range | ReadProblem) -> Any:
        if isinstance(part, ReadProblem):
            return part
        first = 1
        if isinstance(part, Range) and part.index:
            first = first_lines[part.path] + counts.pop((part.path, part.index - 1)).result()
        if isinstance(part, Range):
            first_lines[part.path] = first
        return part, client.submit(run_partition, part, first, settings, lex, pure=False)

    merge = _Merge(report, on_error, limit)
    todo, queue = iter(parts), deque()
    try:
        while True:
            while len(queue) < 2 * workers and (part := next(todo, None)) is not None:
                queue.append(submit(part))
            if not queue or merge.full:
                return
            item = queue.popleft()
            if isinstance(item, ReadProblem):
                merge.problem(item)
                continue
            yield from merge.events(_result(*item))
    finally:
        client.cancel([f for item in queue if not isinstance(item, ReadProblem) for f in item[1:]]
                      + list(counts.values()))


def _result(part: Files | Range, future: Any) -> list[tuple]:
    from distributed.scheduler import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        where = part.path if isinstance(part, Range) else part.files[0][0]
        raise AttributionError(f"Dask workers died on the partition of {where} (out of memory? see the workers' "
                               "logs)") from None


# --------------------------------------------------------------------------- the cluster

def _dask() -> Any:
    try:
        import dask.distributed
    except ImportError:
        raise BackendUnavailable('--dask needs Dask: pip install "attribution[dask]"') from None
    return dask.distributed


@contextmanager
def cluster(address: str = "local", *, workers: int | None = None, timeout: float = 20) -> Iterator[Any]:
    """A Dask client: of a scheduler at ``address`` (``tcp://host:8786``), or of a LocalCluster of
    ``workers`` processes on this machine (``"local"``; default: one a core), closed on exit."""
    dd = _dask()
    if address == "local":
        import logging

        with dd.LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                             dashboard_address=":0", silence_logs=logging.ERROR) as local, dd.Client(local) as client:
            yield client
        return
    try:
        client = dd.Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as e:
        raise AttributionError(f"cannot reach the Dask scheduler at {address} ({e}); is 'dask scheduler' running "
                               "there?") from None
    with client:
        _check_workers(client, address, timeout)
        yield client


def _check_workers(client: Any, address: str, timeout: float) -> None:
    """The cluster has workers, and every one runs this version of attribution."""
    import attribution

    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        raise AttributionError(f"no Dask worker at {address}: start 'dask worker {address}' on each machine") from None
    try:
        versions = client.run(_version)
    except Exception as e:  # a worker without the package cannot even unpickle the call
        raise AttributionError(f"the Dask workers cannot run attribution ({type(e).__name__}: {e}); install the "
                               "package on every worker machine") from None
    other = {w: v for w, v in versions.items() if v != attribution.__version__}
    if other:
        raise AttributionError(f"Dask workers run another attribution than {attribution.__version__}: "
                               + ", ".join(f"{w} has {v}" for w, v in sorted(other.items())))


def _version() -> str:
    import attribution

    return attribution.__version__
