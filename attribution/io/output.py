"""Output formats shared by every listing command: table, csv, tsv, json, jsonl, xlsx, html.

A command turns its results into rows (mappings) and hands them to :func:`write_rows`; it
declares its options with the shared Typer aliases so every command reads the same::

    from attribution.io.output import FormatOpt, OutputOpt, ExcelOpt, resolve_format, write_rows

    @app.command()
    def speakers(format: FormatOpt = None, output: OutputOpt = None, excel: ExcelOpt = False):
        fmt = resolve_format(format, output)
        write_rows(rows, fmt=fmt, out=output, excel=excel)

``out`` ``None`` or ``"-"`` is stdout, which then carries only data.  JSON keeps Arabic
readable (``ensure_ascii=False``); JSONL is streamed row by row; CSV is UTF-8 without BOM
for pipes, and ``excel=True`` adds the BOM Excel needs and neutralises formula-like cells;
XLSX is a right-to-left sheet with formulas off (the recommended deliverable for Excel users);
HTML is a self-contained right-to-left page (:mod:`attribution.io.html`: for ``extract``, the
articles with their claims marked; for the listings, a table).
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import math
import numbers
import os
import secrets
import stat
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, TextIO

import typer

from attribution.errors import AttributionError
from attribution.records import CLAIM_COLUMNS as _CLAIM_COLUMNS
from attribution.records import DOCUMENT_FIELDS, Attribution, document_fields

__all__ = [
    "FORMATS", "CLAIM_COLUMNS", "RECORD_COLUMNS", "META_COLUMNS", "ARABIC_HEADERS",
    "flatten", "record_row", "write_rows", "resolve_format", "check_output", "is_missing", "plain_value",
    "atomic_path", "OutputWarning", "FormatOpt", "OutputOpt", "ExcelOpt",
]

#: Every output format, in the order ``--help`` lists them.
FORMATS = ("table", "csv", "tsv", "json", "jsonl", "xlsx", "html")

#: Columns of a flat claim row, shared by ``extract`` and ``table`` (see :data:`attribution.records.CLAIM_COLUMNS`).
CLAIM_COLUMNS = _CLAIM_COLUMNS
#: The document's metadata columns among them.
META_COLUMNS = tuple(DOCUMENT_FIELDS)
#: The record's own columns (every claim column but the document's metadata).
RECORD_COLUMNS = tuple(c for c in CLAIM_COLUMNS if c not in META_COLUMNS)

#: Arabic display headers, for ``write_rows(..., headers=ARABIC_HEADERS)``.
ARABIC_HEADERS = {
    "doc_id": "المقال", "sentence": "الجملة", "speaker": "المتحدث", "speaker_role": "الصفة",
    "speaker_type": "نوع المتحدث", "mention": "الذكر في النص", "cue": "فعل القول",
    "cue_lemma": "أصل الفعل", "meaning": "المعنى", "kind": "النوع", "claim": "التصريح",
    "context": "السياق", "confidence": "الثقة", "cue_start": "بداية الفعل", "cue_end": "نهاية الفعل",
    "mention_start": "بداية الذكر", "mention_end": "نهاية الذكر", "claim_start": "بداية التصريح", "claim_end": "نهاية التصريح", "context_start": "بداية السياق",
    "context_end": "نهاية السياق", "via": "عبر",
    "title": "العنوان", "url": "الرابط", "date": "التاريخ", "outlet": "المصدر",
    "attribution_id": "رقم التصريح", "speaker_id": "رقم المتحدث", "topics": "المواضيع", "cluster_id": "المجموعة",
}

_SUFFIX_FORMATS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl",
                   ".ndjson": "jsonl", ".xlsx": "xlsx", ".txt": "table", ".html": "html", ".htm": "html"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XLSX_MAX_ROWS = 1_048_575  # one header row, then data
_XLSX_MAX_CELL = 32_767
_TABLE_WIDTH = 80

def _format_callback(value: str | None) -> str | None:
    if value is None:
        return None
    if value.lower() not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value.lower()


FormatOpt = Annotated[Optional[str], typer.Option(
    "--format", "-f", callback=_format_callback, metavar="FORMAT",
    help="Output format: table, csv, tsv, json, jsonl, xlsx or html (a page that opens offline; for extract, "
         "the articles with every cue, speaker and claim marked). Default: from the -o file's "
         "extension, else table on a terminal and jsonl in a pipe.",
    show_default=False)]
OutputOpt = Annotated[Optional[str], typer.Option(
    "--output", "-o", metavar="FILE",
    help="Write to FILE instead of stdout ('-' = stdout). xlsx needs a file.",
    show_default=False)]
ExcelOpt = Annotated[bool, typer.Option(
    "--excel", help="CSV/TSV for Excel: UTF-8 BOM, CRLF, and cells starting with = + - @ "
                    "prefixed with ' (formula injection). For Excel, -f xlsx is better still.")]


def resolve_format(fmt: str | None, out: str | Path | None = None, *, stdout: TextIO | None = None) -> str:
    """The format to write: ``fmt`` if given, else from ``out``'s extension, else table on a
    terminal and jsonl otherwise.

    >>> resolve_format(None, "claims.xlsx"), resolve_format("CSV", None)
    ('xlsx', 'csv')
    """
    if fmt:
        return fmt.lower()
    if out not in (None, "-"):
        guessed = _SUFFIX_FORMATS.get(Path(out).suffix.lower())
        if guessed:
            return guessed
        return "jsonl"
    stream = stdout or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return "table" if isatty is not None and isatty() else "jsonl"


def check_output(fmt: str, out: str | Path | None) -> None:
    """Raise :class:`AttributionError` when ``fmt`` cannot go to ``out`` (before any work is done)."""
    if fmt not in FORMATS:
        raise AttributionError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "xlsx" and out in (None, "-"):
        raise AttributionError("xlsx cannot go to stdout; pass -o FILE.xlsx")


def flatten(record: Attribution, meta: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """One attribution as a flat row for tables and spreadsheets: every column of
    :data:`CLAIM_COLUMNS`, in order (``title``/``url``/``date``/``outlet`` from ``meta``, ``None``
    when absent).

    ``speaker`` is the resolved speaker, ``mention`` the words naming it in this sentence,
    ``context`` the sentence(s) holding the claim.
    """
    claim, context = record.claim, record.context
    row: dict[str, Any] = {
        "doc_id": record.doc_id,
        "sentence": record.sentence,
        "speaker": record.speaker_name,
        "speaker_role": record.speaker_role,
        "speaker_type": record.speaker_type,
        "mention": record.speaker.text if record.speaker else None,
        "cue": record.cue.text,
        "cue_lemma": record.cue.lemma,
        "meaning": record.cue.meaning,
        "kind": record.kind,
        "claim": claim.text if claim else None,
        "context": context.text if context else None,
        "confidence": round(record.confidence, 3),
        "via": record.via,
        **document_fields(meta),
        "cue_start": record.cue.start,
        "cue_end": record.cue.end,
        "mention_start": record.speaker.start if record.speaker else None,
        "mention_end": record.speaker.end if record.speaker else None,
        "claim_start": claim.start if claim else None,
        "claim_end": claim.end if claim else None,
        "context_start": context.start if context else None,
        "context_end": context.end if context else None,
    }
    return row


def record_row(record: Attribution, meta: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """One attribution as a JSON record (:meth:`Attribution.to_dict`) with its document's
    ``title``, ``url``, ``date`` and ``outlet`` after ``doc_id``, as CSV has them."""
    d = record.to_dict()
    return {"doc_id": d.pop("doc_id"), **document_fields(meta), **d}


# --------------------------------------------------------------------------- writing


def _as_mapping(row: Any) -> Mapping[str, Any]:
    if isinstance(row, Mapping):
        return row
    to_dict = getattr(row, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    raise TypeError(f"cannot write a {type(row).__name__} as a row")


def _json_default(value: Any) -> Any:
    """JSON for values json does not know: numpy scalars, dates, anything else as text."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)


def _dumps(value: Any, **kw: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default, **kw)


def is_missing(value: Any) -> bool:
    """None, NaN (any float type) or pandas' NA/NaT."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True  # (pandas' NA refuses bool(), so it is checked by type first)
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def plain_value(value: Any) -> Any:
    """``None`` for a missing value, else a plain Python scalar (numpy/pandas scalars unwrapped)."""
    if is_missing(value):
        return None
    item = getattr(value, "item", None)
    if item is not None and not isinstance(value, (str, bytes)):
        try:
            return item()
        except (TypeError, ValueError):
            return value
    return value


def _cell(value: Any) -> Any:
    """A value for a tabular cell: nested values as JSON, None (and NaN) as empty."""
    if is_missing(value):
        return ""
    if isinstance(value, (dict, list, tuple, set, frozenset)):
        return _dumps(value)
    return value


def _neutralise(value: Any) -> Any:
    """Prefix text that Excel would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class OutputWarning(UserWarning):
    """Something was written differently from the rows given (an XLSX cell cut at Excel's limit)."""


def _cannot_write(out: str | Path, e: BaseException) -> AttributionError:
    if isinstance(e, OSError):
        return AttributionError(f"cannot write {out}: {e.strerror or e}")
    return AttributionError(f"cannot write {out}: {e}")


@contextmanager
def atomic_path(out: str | Path) -> Iterator[Path]:
    r"""A new file beside ``out`` to write instead; it becomes ``out`` only when the block ends
    without error.  A failed write (disk full, Ctrl-C) leaves no partial file, and an ``out``
    that was there before untouched; an :class:`OSError` becomes one :class:`AttributionError`.

    A device or pipe (``-o /dev/null``) is written in place: there is nothing to rename over.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "claims.csv"
    >>> with atomic_path(target) as tmp:
    ...     _ = tmp.write_text("speaker,claim\n", encoding="utf-8")
    ...     target.exists()
    False
    >>> target.read_text(encoding="utf-8"), [p.name for p in target.parent.iterdir()]
    ('speaker,claim\n', ['claims.csv'])
    """
    target = Path(os.path.realpath(out))  # through a symbolic link, not over it
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise _cannot_write(out, e) from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            yield target
        except OSError as e:
            if isinstance(e, BrokenPipeError):
                raise
            raise _cannot_write(out, e) from None
        return
    tmp = _new_file_beside(target, out, st)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())  # a disk that filled up late says so here, before the rename
        os.replace(tmp, target)
    except BaseException as e:
        tmp.unlink(missing_ok=True)
        if isinstance(e, OSError) and not isinstance(e, BrokenPipeError):
            raise _cannot_write(out, e) from None
        raise


def _new_file_beside(target: Path, out: str | Path, st: os.stat_result | None) -> Path:
    """An empty hidden file in ``target``'s folder, with the mode ``target`` has or would get."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        os.close(fd)
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise _cannot_write(out, e) from None
    return tmp


@contextmanager
def _open_text(out: str | Path | None, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    if out in (None, "-"):
        stream = sys.stdout
        if (getattr(stream, "encoding", "") or "").lower().replace("_", "-") not in ("utf-8", "utf8"):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:  # a non-UTF-8 console must not crash on Arabic
                try:
                    reconfigure(encoding="utf-8")
                except (ValueError, io.UnsupportedOperation):
                    pass
        if encoding == "utf-8-sig":
            stream.write("\ufeff")
        yield stream
        stream.flush()
    else:
        with atomic_path(out) as tmp, open(tmp, "w", encoding=encoding, newline="") as f:
            yield f


def _columns_of(first: Mapping[str, Any] | None, columns: Sequence[str] | None) -> list[str]:
    if columns is not None:
        return list(columns)
    return list(first.keys()) if first is not None else []


def _peek(rows: Iterable[Any]) -> tuple[Mapping[str, Any] | None, Iterator[Mapping[str, Any]]]:
    it = (_as_mapping(r) for r in rows)
    first = next(it, None)
    if first is None:
        return None, iter(())

    def chained() -> Iterator[Mapping[str, Any]]:
        yield first
        yield from it

    return first, chained()


def _write_delimited(rows: Iterable[Any], out, *, delimiter: str, excel: bool,
                     columns: Sequence[str] | None, headers: Mapping[str, str] | None) -> int:
    first, it = _peek(rows)
    cols = _columns_of(first, columns)
    n = 0
    with _open_text(out, encoding="utf-8-sig" if excel else "utf-8") as f:
        terminator = "\r\n" if excel else "\n"
        writer = csv.writer(f, delimiter=delimiter, lineterminator=terminator)
        # csv quotes a lone "\r" only when it is part of the line terminator: quote such rows whole
        quoting_writer = csv.writer(f, delimiter=delimiter, lineterminator=terminator,
                                    quoting=csv.QUOTE_ALL)
        if cols:
            writer.writerow([(headers or {}).get(c, c) for c in cols])
        for row in it:
            cells = [_cell(row.get(c)) for c in cols]
            if excel:
                cells = [_neutralise(c) for c in cells]
            if any(isinstance(c, str) and "\r" in c for c in cells):
                quoting_writer.writerow(cells)
            else:
                writer.writerow(cells)
            n += 1
    return n


def _write_jsonl(rows: Iterable[Any], out) -> int:
    n = 0
    with _open_text(out) as f:
        live = _live(f)
        for row in rows:
            f.write(_dumps(_as_mapping(row)) + "\n")
            if live:
                f.flush()
            n += 1
    return n


def _live(f: TextIO) -> bool:
    """Is someone reading ``f`` as it is written (stdout, a pipe, a device)?  Each JSONL record
    then goes out at once; a file of ``-o`` is a hidden one renamed at the end: no one reads it
    before, and flushing it at every record only costs a system call each."""
    if f is sys.stdout:
        return True
    try:
        return not stat.S_ISREG(os.fstat(f.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):
        return True


def _write_json(rows: Iterable[Any], out) -> int:
    n = 0
    with _open_text(out) as f:
        f.write("[")
        for row in rows:
            f.write(("," if n else "") + "\n" + _dumps(_as_mapping(row), indent=2))
            n += 1
        f.write("\n]\n" if n else "]\n")
    return n


#: Columns the terminal table shows for attribution rows, with their headings.
_TABLE_VIEW = (("speaker", "speaker"), ("cue", "cue"), ("kind", "kind"), ("claim", "claim"),
               ("doc_id", "doc"))


def _truncate(value: Any, width: int = _TABLE_WIDTH) -> str:
    text = " ".join(str(_cell(value)).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _write_table(rows: Iterable[Any], out, *, columns: Sequence[str] | None, title: str | None,
                 headers: Mapping[str, str] | None) -> int:
    from rich.console import Console
    from rich.table import Table

    first, it = _peek(rows)
    if columns is None and first is not None and {"cue", "kind", "claim"} <= set(first):
        view = list(_TABLE_VIEW)  # an attribution row: the compact reading view

        def values(row: Mapping[str, Any]) -> list[str]:
            # a flat row names the speaker in "speaker"; a JSON record in "speaker_name"
            speaker = row.get("speaker_name") if "speaker_name" in row else row.get("speaker")
            if isinstance(speaker, Mapping):
                speaker = speaker.get("text")
            speaker = speaker or row.get("mention")
            if isinstance(speaker, Mapping):
                speaker = speaker.get("text")
            cue = row.get("cue")
            if isinstance(cue, Mapping):
                cue = cue.get("text")
            claim = row.get("claim")
            if isinstance(claim, Mapping):
                claim = claim.get("text")
            return [_truncate(speaker or "—", 40), _truncate(cue, 30), _truncate(row.get("kind"), 14),
                    _truncate(claim), _truncate(row.get("doc_id"), 30)]
    else:
        view = [(c, c) for c in _columns_of(first, columns)]

        def values(row: Mapping[str, Any]) -> list[str]:
            return [_truncate(row.get(c)) for c in cols]

    cols = [c for c, _ in view]
    table = Table(title=title, show_lines=False)
    for key, heading in view:
        table.add_column((headers or {}).get(key, heading), overflow="fold")
    n = 0
    for row in it:
        table.add_row(*values(row))
        n += 1
    with _open_text(out) as f:
        console = Console(file=f, soft_wrap=False, highlight=False,
                          width=None if out in (None, "-") else 200)
        console.print(table)
    return n


def _write_xlsx(rows: Iterable[Any], out, *, columns: Sequence[str] | None, title: str | None,
                headers: Mapping[str, str] | None, on_warning: Callable[[str], None] | None = None) -> int:
    import tempfile

    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    check_output("xlsx", out)
    first, it = _peek(rows)
    cols = _columns_of(first, columns)
    # xlsxwriter's own temporary files go to a folder removed whatever happens
    with atomic_path(out) as tmp, tempfile.TemporaryDirectory() as scratch:
        workbook = xlsxwriter.Workbook(str(tmp), {
            "strings_to_formulas": False,  # a claim starting with "=" is text, not a formula
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "constant_memory": True,  # rows are flushed as they are written: memory stays flat
            "tmpdir": scratch,
        })
        sheet = _xlsx_sheet(workbook, cols, title, headers)
        try:
            n, cut = _xlsx_rows(sheet, it, cols, out)
            if cols:
                sheet.autofilter(0, 0, max(n, 1), len(cols) - 1)
        finally:
            try:
                workbook.close()
            except BaseException as e:
                _drop_open_archives(e)
                if isinstance(e, FileCreateError):  # xlsxwriter wraps the OSError
                    raise _cannot_write(out, e.args[0] if e.args else e) from None
                raise
    if cut:
        _warn(on_warning, f"{out}: {cut:,} cell{'s' if cut != 1 else ''} longer than Excel's "
                          f"{_XLSX_MAX_CELL:,} characters cut, ending in …; -f csv or -f jsonl keep the whole text")
    return n


def _drop_open_archives(error: BaseException) -> None:
    """When a write fails inside ``workbook.close()``, xlsxwriter leaves its zip archive open,
    and the archive's own clean-up, whenever it is collected, fails again with a traceback on
    stderr: close its file quietly and detach it.  The archive is a local variable of a frame
    in the error's traceback (or its context's)."""
    import traceback
    import zipfile

    seen: set[int] = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        for frame, _ in traceback.walk_tb(e.__traceback__):
            for value in list(frame.f_locals.values()):
                if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                    fp, value.fp = value.fp, None
                    try:
                        fp.close()
                    except OSError:
                        pass
        e = e.__context__


def _xlsx_sheet(workbook, cols: Sequence[str], title: str | None, headers: Mapping[str, str] | None):
    """The right-to-left sheet with its column widths and bold frozen header row."""
    sheet_name = "".join(ch for ch in (title or "attributions") if ch not in "[]:*?/\\")[:31] or "Sheet1"
    sheet = workbook.add_worksheet(sheet_name)
    sheet.right_to_left()
    bold = workbook.add_format({"bold": True, "bg_color": "#EDEDED", "bottom": 1})
    for j, c in enumerate(cols):
        sheet.set_column(j, j, _XLSX_WIDTHS.get(c, max(10, min(30, len(c) + 2))))
    sheet.freeze_panes(1, 0)
    for j, c in enumerate(cols):
        sheet.write_string(0, j, (headers or {}).get(c, c), bold)
    return sheet


def _xlsx_rows(sheet, rows: Iterable[Mapping[str, Any]], cols: Sequence[str], out) -> tuple[int, int]:
    """Write the data rows: ``(rows written, text cells cut at Excel's limit)``."""
    n = cut = 0
    for row in rows:
        if n >= _XLSX_MAX_ROWS:
            raise AttributionError(f"{out}: more than {_XLSX_MAX_ROWS:,} rows do not fit in a sheet; "
                                   "use -f csv or -f jsonl")
        for j, c in enumerate(cols):
            value = _cell(row.get(c))
            if value == "":
                continue
            if isinstance(value, bool):
                sheet.write_boolean(n + 1, j, value)
            elif isinstance(value, numbers.Real) and math.isfinite(value):
                sheet.write_number(n + 1, j, float(value) if not isinstance(value, int) else value)
            else:
                text = str(value)
                if len(text) > _XLSX_MAX_CELL:  # Excel's limit: cut visibly, never silently
                    text = text[: _XLSX_MAX_CELL - 1] + "…"
                    cut += 1
                sheet.write_string(n + 1, j, text)
        n += 1
    return n, cut


def _warn(on_warning: Callable[[str], None] | None, message: str) -> None:
    if on_warning is None:
        warnings.warn(message, OutputWarning, stacklevel=3)
    else:
        on_warning(message)


_XLSX_WIDTHS = {"claim": 80, "context": 80, "title": 40, "speaker": 28, "mention": 24, "speaker_role": 24,
                "url": 40, "doc_id": 20, "cue": 12, "cue_lemma": 12, "meaning": 12, "kind": 12,
                "via": 20, "outlet": 14, "date": 20, "speaker_type": 12, "sentence": 8,
                "confidence": 10}


def write_rows(rows: Iterable[Mapping[str, Any]], *, fmt: str, out: str | Path | None,
               excel: bool = False, columns: Sequence[str] | None = None, title: str | None = None,
               headers: Mapping[str, str] | None = None, on_warning: Callable[[str], None] | None = None) -> int:
    """Write ``rows`` in ``fmt`` to ``out`` (a path; ``None`` or ``"-"`` = stdout); return the row count.

    - ``jsonl``/``json`` write each row as given (nested values kept); JSONL is flushed row by row.
    - ``csv``/``tsv``/``xlsx``/``table`` write ``columns`` (default: the first row's keys);
      nested values become JSON text, ``None`` an empty cell.
    - ``excel=True`` (csv/tsv): UTF-8 BOM, CRLF, formula-like cells prefixed with ``'``.
    - ``xlsx`` needs a file: a right-to-left sheet, bold frozen header, strings never formulas.
    - ``html``: a self-contained right-to-left page with the rows as a table, every cell escaped.
    - ``title`` names the table (terminal) or the sheet (xlsx); ``headers`` maps column names
      to display headings (e.g. :data:`ARABIC_HEADERS`) for csv/tsv/xlsx/table.

    Rows may also be objects with ``to_dict()`` (e.g. :class:`Attribution`).  A file appears
    only once it is whole (:func:`atomic_path`): a failed write leaves none.  A text longer
    than an XLSX cell holds is cut with a final "…" and ``on_warning`` told (else an
    :class:`OutputWarning`).

    >>> write_rows([{"speaker": "الوزير", "claim": "الاتفاق جاهز"}], fmt="csv", out=None)
    speaker,claim
    الوزير,الاتفاق جاهز
    1
    """
    fmt = fmt.lower()
    check_output(fmt, out)
    if fmt == "jsonl":
        return _write_jsonl(rows, out)
    if fmt == "json":
        return _write_json(rows, out)
    if fmt in ("csv", "tsv"):
        return _write_delimited(rows, out, delimiter="," if fmt == "csv" else "\t", excel=excel,
                                columns=columns, headers=headers)
    if fmt == "xlsx":
        return _write_xlsx(rows, out, columns=columns, title=title, headers=headers, on_warning=on_warning)
    if fmt == "html":
        from attribution.io.html import write_table_page

        first, it = _peek(rows)
        return write_table_page(it, out, columns=_columns_of(first, columns), title=title, headers=headers)
    return _write_table(rows, out, columns=columns, title=title, headers=headers)
