"""Records as a Parquet dataset: one row per attribution, spans as columns, the documents beside.

``attribution extract … -o claims.parquet`` writes a folder::

    claims.parquet/part-00000.parquet              one row per attribution (the CSV columns)
    claims.parquet/_documents/part-00000.parquet   one row per document: id, text, title, url, date, outlet, meta
    claims.parquet/_attribution.json               written last: what the dataset holds

The records are the columns of ``-f csv`` (:data:`attribution.records.CLAIM_COLUMNS`, rows made
by :func:`attribution.io.output.flatten`), so ``pandas.read_parquet("claims.parquet")``, duckdb
or ``dask.dataframe.read_parquet`` read them directly (files and folders starting with ``_``
are not part of a dataset).  The documents ride along so that ``attribution ingest --records``
stores them without reading the input again; ``meta`` is the document's metadata as JSON.
Part ``k`` of the records holds the records of part ``k`` of the documents, both in input
order.  Rows round-trip: :func:`record_from_row` of a row is :meth:`Attribution.from_dict` of
the JSONL record.

pyarrow is an optional dependency (``pip install "attribution[dask]"``), imported on use.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from attribution.errors import AttributionError, BackendUnavailable, InputError
from attribution.records import CLAIM_COLUMNS, Attribution, Cue, Document, Span, document_fields

__all__ = ["DOCUMENT_COLUMNS", "DatasetCounts", "write_dataset", "read_dataset", "record_from_row", "is_dataset"]

#: The columns of the documents table.
DOCUMENT_COLUMNS = ("doc_id", "text", "title", "url", "date", "outlet", "meta")
_MARKER = "_attribution.json"
_DOCUMENTS = "_documents"
_FORMAT = "attribution-records"
_VERSION = 1
_INTEGERS = {"sentence", "cue_start", "cue_end", "mention_start", "mention_end", "claim_start", "claim_end",
             "context_start", "context_end"}
_SPANS = (("speaker", "mention"), ("claim", "claim"), ("context", "context"))  # record field, column prefix


@dataclass(frozen=True)
class DatasetCounts:
    """What a dataset holds."""

    documents: int
    records: int
    parts: int


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise BackendUnavailable('Parquet needs pyarrow: pip install "attribution[dask]" (or pip install pyarrow)') \
            from None
    return pyarrow


def _schemas():
    pa = _pyarrow()
    records = pa.schema([(c, pa.int64() if c in _INTEGERS else pa.float64() if c == "confidence" else pa.string())
                         for c in CLAIM_COLUMNS])
    documents = pa.schema([(c, pa.string()) for c in DOCUMENT_COLUMNS])
    return records, documents


def record_from_row(row: Mapping[str, Any]) -> Attribution:
    """The attribution of one row (:func:`attribution.io.output.flatten`'s columns).

    >>> from attribution.io.output import flatten
    >>> from attribution.pipeline import extract_document
    >>> r = extract_document(Document("d", "وقال الوزير إن الاتفاق جاهز."))[0]
    >>> record_from_row(flatten(r)) == Attribution.from_dict(r.to_dict())
    True
    """
    def span(prefix: str) -> Span | None:
        start = row.get(f"{prefix}_start")
        return None if start is None else Span(int(start), int(row[f"{prefix}_end"]), row[prefix])

    return Attribution(
        doc_id=str(row["doc_id"]), sentence=int(row["sentence"]),
        cue=Cue(int(row["cue_start"]), int(row["cue_end"]), row["cue"], row.get("cue_lemma") or "",
                row.get("meaning") or ""),
        speaker=span("mention"), speaker_name=row.get("speaker"), speaker_role=row.get("speaker_role"),
        speaker_type=row.get("speaker_type"), claim=span("claim"), kind=row["kind"],
        confidence=float(row["confidence"]), via=row.get("via"), context=span("context"))


def _document_row(doc: Document) -> dict[str, Any]:
    meta = json.dumps(dict(doc.meta), ensure_ascii=False, default=str)
    return {"doc_id": doc.doc_id, "text": doc.text, **document_fields(doc.meta), "meta": meta}


def is_dataset(path: str | Path) -> bool:
    """Whether ``path`` is a complete dataset written by :func:`write_dataset`."""
    return (Path(path) / _MARKER).is_file()


def _ours(entry: Path) -> bool:
    """A file or folder a dataset is made of (an interrupted run leaves them without the marker)."""
    if entry.name == _DOCUMENTS and entry.is_dir():
        return all(e.is_file() and e.match("part-*.parquet") for e in entry.iterdir())
    return entry.is_file() and (entry.name == _MARKER or entry.match("part-*.parquet"))


def _prepare(path: Path) -> None:
    """An empty folder to write to: a new one, or a former dataset's with its files removed."""
    if path.exists() and not path.is_dir():
        raise AttributionError(f"{path}: a file; a Parquet dataset is a folder (remove it or choose another name)")
    if path.is_dir():
        if not all(_ours(e) for e in path.iterdir()):
            raise AttributionError(f"{path}: a folder that is not an attribution dataset; choose another -o")
        if (path / _MARKER).exists():
            (path / _MARKER).unlink()  # first: a rewrite cut short is never taken for a dataset
        for part in [*path.glob("part-*.parquet"), *(path / _DOCUMENTS).glob("part-*.parquet")]:
            part.unlink()
    (path / _DOCUMENTS).mkdir(parents=True, exist_ok=True)


class _Writer:
    """The two tables' part files, rolled over together every ``documents_per_file`` documents."""

    def __init__(self, path: Path, documents_per_file: int, group: int) -> None:
        self.pa = _pyarrow()
        self.path, self.per_file, self.group = path, documents_per_file, group
        self.schemas = _schemas()
        self.writers: tuple[Any, Any] | None = None
        self.parts = self.in_part = self.documents = self.records = 0
        self.rows: tuple[list[dict], list[dict]] = ([], [])

    def add(self, doc: Document, records: Sequence[Attribution]) -> None:
        from attribution.io.output import flatten

        if self.in_part == self.per_file:
            self.close_part()
        self.rows[1].append(_document_row(doc))
        self.rows[0].extend(flatten(r, doc.meta) for r in records)
        self.in_part += 1
        self.documents += 1
        self.records += len(records)
        if len(self.rows[1]) >= self.group:
            self.flush()

    def flush(self) -> None:
        if self.writers is None:
            name = f"part-{self.parts:05d}.parquet"
            pq = self.pa.parquet
            self.writers = (pq.ParquetWriter(self.path / name, self.schemas[0]),
                            pq.ParquetWriter(self.path / _DOCUMENTS / name, self.schemas[1]))
            self.parts += 1
        for writer, schema, rows in zip(self.writers, self.schemas, self.rows):
            writer.write_table(self.pa.Table.from_pylist(rows, schema=schema))
            rows.clear()

    def close_part(self) -> None:
        if self.rows[1]:
            self.flush()
        if self.writers is not None:
            for writer in self.writers:
                writer.close()
        self.writers, self.in_part = None, 0


def write_dataset(pairs: Iterable[tuple[Document, Sequence[Attribution]]], path: str | Path, *,
                  documents_per_file: int = 50_000, row_group: int = 2_000) -> DatasetCounts:
    """Write ``(document, records)`` pairs (as :func:`attribution.pipeline.extract_many` yields
    them) as a dataset at ``path``, streaming: ``row_group`` documents are held at a time.

    A former dataset at ``path`` is replaced; any other file or non-empty folder is an error.
    The marker file is written last, so a run that stops half-way leaves no dataset that
    :func:`read_dataset` would take for whole.
    """
    path = Path(path)
    _pyarrow()
    _prepare(path)
    writer = _Writer(path, max(1, documents_per_file), max(1, row_group))
    try:
        for doc, records in pairs:
            writer.add(doc, records)
    finally:
        writer.close_part()
    counts = DatasetCounts(writer.documents, writer.records, writer.parts)
    marker = {"format": _FORMAT, "version": _VERSION, "documents": counts.documents, "records": counts.records,
              "parts": counts.parts, "record_columns": list(CLAIM_COLUMNS), "document_columns": list(DOCUMENT_COLUMNS)}
    (path / _MARKER).write_text(json.dumps(marker, indent=1) + "\n", encoding="utf-8")
    return counts


def _check(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise InputError(f"{path}: no such dataset")
    try:
        marker = json.loads((path / _MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise InputError(f"{path}: not a complete attribution dataset (no {_MARKER}: written by "
                         "'attribution extract … -o FILE.parquet', and only when the run finished)") from None
    if marker.get("format") != _FORMAT or not isinstance(marker.get("version"), int) \
            or marker["version"] > _VERSION:
        raise InputError(f"{path}: dataset format {marker.get('format')!r} version {marker.get('version')!r} "
                         f"is not one this version reads ({_FORMAT} {_VERSION})")
    return marker


def _rows(file: Path, columns: Sequence[str]) -> Iterator[dict[str, Any]]:
    pq = _pyarrow().parquet
    for batch in pq.ParquetFile(file).iter_batches(columns=list(columns)):
        yield from batch.to_pylist()


def read_dataset(path: str | Path) -> Iterator[tuple[Document, list[Attribution]]]:
    """The ``(document, records)`` pairs of a dataset, in the order they were written (streamed)."""
    path = Path(path)
    _pyarrow()
    parts = _check(path)["parts"]
    for k in range(parts):
        name = f"part-{k:05d}.parquet"
        records = _rows(path / name, CLAIM_COLUMNS)
        pending = next(records, None)
        for row in _rows(path / _DOCUMENTS / name, DOCUMENT_COLUMNS):
            doc = Document(row["doc_id"], row["text"], json.loads(row["meta"] or "{}"))
            mine = []
            while pending is not None and pending["doc_id"] == doc.doc_id:
                mine.append(record_from_row(pending))
                pending = next(records, None)
            yield doc, mine
        if pending is not None:
            raise InputError(f"{path / name}: a record of {pending['doc_id']!r} is not next to its document "
                             "(the rows are not in the order attribution writes them)")
