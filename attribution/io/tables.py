"""JSON Lines and CSV/TSV: one article per line or row, read as a stream.

Every line is decoded on its own (:func:`attribution.io.encodings.decoded_lines`), so a bad
line or row costs that line only and is reported as ``name:line: why``.  A CSV field whose
opening ``"`` is never closed would swallow every later row: it is reported at the line where
it opens and the rows after that line are read again.

>>> rows = [b"id,text\\n", '1,"قال الوزير\\n'.encode(), '2,أكد المتحدث\\n'.encode()]
>>> problems = []
>>> [(d.doc_id, d.text) for d in read_csv("n.csv", rows, stem="n", on_error=problems.append)]
[('2', 'أكد المتحدث')]
>>> problems
['n.csv:2: a quoted field opens here and is never closed; row skipped']
"""
from __future__ import annotations

import csv
import json
import sys
from collections import deque
from typing import Any, Callable, Iterable, Iterator, Mapping

from attribution.errors import InputError
from attribution.io.encodings import Detect, check_encoding, decoded_lines, detect, normalize_newlines
from attribution.io.problems import MAX_CHARS, OnError, Reporter, too_long
from attribution.records import Document

__all__ = ["document_from_record", "read_jsonl", "read_csv", "jsonl_items", "csv_items", "sized",
           "TEXT_FIELDS", "ID_FIELDS", "META_ALIASES"]

#: Fields (JSONL keys, CSV columns) that hold the article text, in order of preference.
TEXT_FIELDS = ("text", "content", "body")
#: Fields that hold the document id.
ID_FIELDS = ("id", "doc_id")
#: Metadata fields normalised to a common name (first one present wins).
META_ALIASES = {
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "date": ("date", "published", "date_published", "pubdate", "date_extracted"),
}

Item = tuple[str, Document]  # (where: "name:line", document)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _doc_id(record: Mapping[str, Any], fallback_id: str, on_bad_id: Callable[[str], None] | None) -> str:
    value = next((record[f] for f in ID_FIELDS if record.get(f) not in (None, "")), None)
    if value is None:
        return fallback_id
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        why = f"id {value!r} is not a string or a number"
        if on_bad_id is None:
            raise ValueError(why)
        on_bad_id(f"{why}; read as {fallback_id!r}")
        return fallback_id
    return str(value)


def document_from_record(record: Mapping[str, Any], *, fallback_id: str,
                         text_field: str | None = None, extra_meta: Mapping[str, Any] | None = None,
                         on_bad_id: Callable[[str], None] | None = None) -> Document:
    """Build a Document from one JSONL object or CSV row; raises ``ValueError`` with the reason.

    The text comes from ``text_field`` or the first of ``text``/``content``/``body``; the id
    from ``id``/``doc_id`` (else ``fallback_id``); other scalar fields become metadata, and
    ``source``/``outlet`` is also kept as ``meta["outlet"]``.  An id must be a string or a
    number: another one (``{"a": 1}``, ``true``) is passed to ``on_bad_id`` and ``fallback_id``
    used, or raises ValueError without ``on_bad_id``.

    >>> d = document_from_record({"id": 7, "content": "قال الوزير", "source": "spa"}, fallback_id="x:1")
    >>> d.doc_id, d.text, d.meta["outlet"]
    ('7', 'قال الوزير', 'spa')
    """
    fields = (text_field,) if text_field else TEXT_FIELDS
    key = next((f for f in fields if f in record), None)
    if key is None:
        raise ValueError(f"no text field (looked for {', '.join(fields)}"
                         + ("" if text_field else "; pass --text-field") + ")")
    text = record[key]
    if not isinstance(text, str):
        raise ValueError(f"field {key!r} is not a string")
    if not text.strip():
        raise ValueError(f"field {key!r} is empty")
    doc_id = _doc_id(record, fallback_id, on_bad_id)
    meta: dict[str, Any] = dict(extra_meta or {})
    for k, v in record.items():
        if k is None or k == key or k in ID_FIELDS or not _scalar(v) or v in (None, ""):
            continue
        meta[str(k)] = v
    for name, aliases in META_ALIASES.items():
        if name not in meta:
            found = next((meta[a] for a in aliases if a in meta), None)
            if found is not None:
                meta[name] = found
    return Document(doc_id, normalize_newlines(text), meta)


def sized(items: Iterable[Item], max_chars: int | None, report: Reporter) -> Iterator[Item]:
    """The items whose text is at most ``max_chars`` characters; the others reported and skipped."""
    for where, doc in items:
        why = too_long(len(doc.text), max_chars)
        if why:
            report(f"{where}: {why}")
        else:
            yield where, doc


# --------------------------------------------------------------------------- JSON Lines


def jsonl_items(name: str, lines: Iterable[bytes], *, stem: str, report: Reporter,
                text_field: str | None = None, encoding: str | None = None,
                meta: Mapping[str, Any] | None = None, detect: Detect = detect) -> Iterator[Item]:
    """(``name:line``, Document) for each good line of a JSON Lines byte stream."""
    numbered = decoded_lines(name, lines, encoding=encoding, detect=detect, note=report.kept)
    yield from jsonl_documents(name, numbered, stem=stem, report=report, text_field=text_field, meta=meta)


def jsonl_documents(name: str, numbered: Iterable[tuple[int, str | InputError]], *, stem: str, report: Reporter,
                    text_field: str | None = None, meta: Mapping[str, Any] | None = None) -> Iterator[Item]:
    """(``name:line``, Document) for each good one of decoded, numbered JSON Lines (the whole file's
    or a byte range's), one problem line for each bad one."""
    for n, line in numbered:
        where = f"{name}:{n}"
        if isinstance(line, InputError):
            report(str(line))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as e:
            report(f"{where}: invalid JSON ({getattr(e, 'msg', e)})")
            continue
        except RecursionError:
            report(f"{where}: invalid JSON (nested too deeply)")
            continue
        if not isinstance(record, dict):
            report(f"{where}: not a JSON object")
            continue
        try:
            yield where, document_from_record(record, fallback_id=f"{stem}:{n}", text_field=text_field,
                                              extra_meta=meta, on_bad_id=lambda m: report.kept(f"{where}: {m}"))
        except ValueError as e:
            report(f"{where}: {e}")


def read_jsonl(name: str, lines: Iterable[bytes], *, stem: str, text_field: str | None = None,
               encoding: str | None = None, on_error: OnError | None = None,
               meta: Mapping[str, Any] | None = None, max_chars: int | None = MAX_CHARS
               ) -> Iterator[Document]:
    """Documents from JSON Lines given as byte lines; a bad line is reported as ``name:line: why``."""
    report = Reporter(on_error)
    items = jsonl_items(name, lines, stem=stem, report=report, text_field=text_field,
                        encoding=check_encoding(encoding), meta=meta)
    return (doc for _, doc in sized(items, max_chars, report))


# --------------------------------------------------------------------------- CSV / TSV


def _scan_quotes(line: str, delimiter: str, in_quotes: bool) -> tuple[bool, bool, bool]:
    """Scan one CSV line: (inside a quoted field at its end, that field opened on this line,
    a field open since an earlier line closed here with text glued to its closing quote).

    Follows the csv module: a ``"`` opens a quoted field only at the start of a field, ``""``
    inside one is a quote character.  The glued close is the mark of a quote never closed:
    ``1,"قال`` swallows the next row up to that row's own opening quote (``2,"أكد``).
    """
    i, opened, glued, carried = 0, False, False, in_quotes
    while True:
        j = line.find('"', i)
        if j < 0:
            return in_quotes, opened and in_quotes, glued
        if in_quotes:
            if line.startswith('"', j + 1):
                i = j + 2
                continue
            in_quotes = False
            glued = carried and line[j + 1:j + 2] not in ("", delimiter, "\r", "\n")
            carried = False
        elif j == 0 or line[j - 1] == delimiter:
            in_quotes, opened = True, True
        i = j + 1


Record = tuple[int, int, "list[str] | None"]  # (first line, line of an unclosed quote or 0, lines)


def _csv_records(numbered: Iterable[tuple[int, str | InputError]], delimiter: str,
                 report: Reporter) -> Iterator[Record]:
    """Complete CSV records; a quote never closed gives (first line, its line, None), and the
    lines after it are read again."""
    source = iter(numbered)
    pending: deque[tuple[int, str]] = deque()
    lines: list[tuple[int, str]] = []
    in_quotes, open_at = False, 0
    while True:
        if pending:
            n, line = pending.popleft()
        else:
            item = next(source, None)
            if item is None:
                if not lines:
                    return
                yield lines[0][0], open_at, None  # end of input inside a quoted field
                pending.extend(x for x in lines if x[0] > open_at)
                lines, in_quotes = [], False
                continue
            n, line = item
            if isinstance(line, InputError):
                report(str(line))
                continue
        in_quotes, opened, glued = _scan_quotes(line, delimiter, in_quotes)
        if glued:
            yield lines[0][0], open_at, None
            pending = deque([*(x for x in lines if x[0] > open_at), (n, line), *pending])
            lines, in_quotes = [], False
            continue
        if opened:
            open_at = n
        lines.append((n, line))
        if not in_quotes:
            yield lines[0][0], 0, [text for _, text in lines]
            lines = []


def _csv_header(name: str, records: Iterator[Record], fields: tuple[str, ...], delimiter: str,
                text_field: str | None) -> list[str]:
    first = next(records, None)
    if first is None:
        raise InputError(f"{name}: empty file")
    if first[2] is None:
        raise InputError(f"{name}:{first[1]}: bad CSV header (a quoted field opens here and is never closed)")
    try:
        header = next(csv.reader(first[2], delimiter=delimiter), [])
    except csv.Error as e:
        raise InputError(f"{name}:1: bad CSV header ({e})") from None
    header = [h.strip() for h in header]
    if not any(f in header for f in fields):
        raise InputError(f"{name}: no text column (looked for {', '.join(fields)}"
                         + ("" if text_field else "; pass --text-field") + ")")
    return header


def csv_items(name: str, lines: Iterable[bytes], *, stem: str, report: Reporter, delimiter: str = ",",
              text_field: str | None = None, encoding: str | None = None,
              meta: Mapping[str, Any] | None = None, detect: Detect = detect) -> Iterator[Item]:
    """(``name:line``, Document) for each good row of a CSV/TSV byte stream (header row first)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    numbered = decoded_lines(name, lines, encoding=encoding, detect=detect, note=report.kept)
    records = _csv_records(numbered, delimiter, report)
    fields = (text_field,) if text_field else TEXT_FIELDS
    header = _csv_header(name, records, fields, delimiter, text_field)
    for start, open_at, record in records:
        if record is None:
            report(f"{name}:{open_at}: a quoted field opens here and is never closed; row skipped")
            continue
        try:
            rows = list(csv.reader(record, delimiter=delimiter))
        except csv.Error as e:
            report(f"{name}:{start}: bad CSV row ({e})")
            continue
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                report(f"{name}:{start}: {len(row)} cells for {len(header)} columns")
                continue
            try:
                yield f"{name}:{start}", document_from_record(
                    dict(zip(header, row)), fallback_id=f"{stem}:{start}", text_field=text_field, extra_meta=meta)
            except ValueError as e:
                report(f"{name}:{start}: {e}")


def read_csv(name: str, lines: Iterable[bytes], *, stem: str, delimiter: str = ",",
             text_field: str | None = None, encoding: str | None = None,
             on_error: OnError | None = None, meta: Mapping[str, Any] | None = None,
             max_chars: int | None = MAX_CHARS) -> Iterator[Document]:
    """Documents from CSV/TSV rows (header row first); a bad row is reported with its line number."""
    report = Reporter(on_error)
    items = csv_items(name, lines, stem=stem, report=report, delimiter=delimiter, text_field=text_field,
                      encoding=check_encoding(encoding), meta=meta)
    return (doc for _, doc in sized(items, max_chars, report))
