"""Input readers: files, folders and stdin in, a stream of :class:`Document` out.

One article per ``.txt``/``.html`` file, one per line of ``.jsonl``, one per row of
``.csv``/``.tsv`` (:mod:`attribution.io.tables`); ``.conllu`` goes to
:func:`attribution.io.conllu.read_conllu`.  Nothing holds the corpus: JSONL and CSV are read
line by line.

Offsets index the text *as stored in the Document*: decoded (UTF-8 with or without BOM, the
BOM removed; else ``encoding=``, else detected, line by line: :mod:`attribution.io.encodings`),
with newlines normalised to ``"\\n"`` (``\\r\\n`` and a lone ``\\r`` both become ``\\n``).  That
same text goes into records and into the store, so every span slices it.

Document ids: a file's stem (``corpora/najah.txt`` → ``najah``); a nested file whose stem
another file in the same folder tree shares goes by its relative path (``a/index``, ``b/index``:
:func:`attribution.io.walk.document_keys`); JSONL/CSV ids as given.  An id met twice in one
run is never a silent replace: the second document is renamed (``a1~2``) with a warning, or
skipped with a warning when its text is the same too.
"""
from __future__ import annotations

import codecs
import re
import sys
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from attribution.errors import InputError
from attribution.io.conllu import read_conllu
from attribution.io.encodings import check_encoding, decode_whole, is_utf8, normalize_newlines
from attribution.io.encodings import detect as _detect
from attribution.io.htmltext import html_to_text
from attribution.io.problems import (MAX_CHARS, InputWarning, NothingRead, OnError, ReadProblem,
                                     Reporter, too_long)
from attribution.io.tables import (ID_FIELDS, META_ALIASES, TEXT_FIELDS, Item, csv_items,
                                   document_from_record, jsonl_items, read_csv, read_jsonl, sized)
from attribution.io.walk import INPUT_SUFFIXES, document_keys, walk_inputs
from attribution.records import Document

__all__ = [
    "read_documents", "iter_input_files", "decode_bytes", "normalize_newlines",
    "read_text_file", "read_jsonl", "read_csv", "read_html", "html_to_text",
    "document_from_record", "INPUT_SUFFIXES", "TEXT_FIELDS", "ID_FIELDS", "META_ALIASES",
    "MAX_CHARS", "NothingRead", "ReadProblem", "InputWarning",
]


def decode_bytes(data: bytes, *, name: str = "<input>", encoding: str | None = None,
                 on_error: OnError | None = None) -> str:
    """Decode a whole file: UTF-8 (BOM stripped), else line by line with ``encoding`` or a detected one.

    Newlines are normalised.  Raises :class:`InputError` for empty, binary or undecodable data.
    A valid UTF-8 file is read as UTF-8 even when ``encoding`` says otherwise; ``on_error``
    is told (else an :class:`InputWarning`).

    >>> decode_bytes("\\ufeffقال الوزير\\r\\n".encode("utf-8"))
    'قال الوزير\\n'
    >>> decode_bytes("قال الوزير".encode("cp1256"), encoding="cp1256")
    'قال الوزير'
    """
    return _decode(data, name, check_encoding(encoding), Reporter(on_error))


def _decode(data: bytes, name: str, encoding: str | None, report: Reporter) -> str:
    return decode_whole(data, name=name, encoding=encoding, detect=_detect, note=report.kept)


# --------------------------------------------------------------------------- one file


def _read_bytes(path: Path, name: str, max_chars: int | None = None) -> bytes:
    """The file's bytes; with ``max_chars``, a file too big to hold that few characters is not read."""
    try:
        if max_chars is not None:
            size = path.stat().st_size
            if size > 4 * max_chars + 4:  # a character is at most 4 bytes (UTF-8, UTF-32)
                raise InputError(f"{name}: {size:,} bytes, so over the limit of {max_chars:,} characters;"
                                 " skipped (raise it with --max-chars)")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from None


def _checked(doc: Document, name: str, max_chars: int | None) -> Document:
    why = too_long(len(doc.text), max_chars)
    if why:
        raise InputError(f"{name}: {why}")
    return doc


def _text_file(path: Path, name: str, doc_id: str, encoding: str | None, max_chars: int | None,
               report: Reporter) -> Document:
    text = _decode(_read_bytes(path, name, max_chars), name, encoding, report)
    return _checked(Document(doc_id, text, {"path": name}), name, max_chars)


def read_text_file(path: Path, *, name: str | None = None, encoding: str | None = None,
                   doc_id: str | None = None, max_chars: int | None = MAX_CHARS,
                   on_error: OnError | None = None) -> Document:
    """One article per plain-text file: doc_id = file stem (or ``doc_id``), meta ``{"path": ...}``.

    A file longer than ``max_chars`` characters raises InputError (a bigger file is not even read).
    """
    path = Path(path)
    return _text_file(path, name or str(path), doc_id or path.stem, check_encoding(encoding), max_chars,
                      Reporter(on_error))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _html_file(path: Path, name: str, doc_id: str, encoding: str | None, max_chars: int | None,
               report: Reporter) -> Document:
    data = _read_bytes(path, name)
    if not encoding and not data.startswith(codecs.BOM_UTF8) and not is_utf8(data):
        m = _META_CHARSET.search(data[:4096])  # trust the page's own declaration before guessing
        if m:
            try:
                encoding = codecs.lookup(m.group(1).decode("ascii")).name
            except LookupError:
                pass
    text, meta = html_to_text(_decode(data, name, encoding, report))
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    return _checked(Document(doc_id, normalize_newlines(text), {"path": name, **meta}), name, max_chars)


def read_html(path: Path, *, name: str, encoding: str | None = None, doc_id: str | None = None,
              max_chars: int | None = MAX_CHARS, on_error: OnError | None = None) -> Document:
    """One Document from an HTML file (doc_id = file stem, or ``doc_id``); see :func:`html_to_text`."""
    path = Path(path)
    return _html_file(path, name, doc_id or path.stem, check_encoding(encoding), max_chars, Reporter(on_error))


def _open(path: Path, name: str):
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or folder") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from None


def _read_file(path: Path, key: str, *, text_field: str | None, encoding: str | None,
               max_chars: int | None, report: Reporter) -> Iterator[Item]:
    """(where, Document) for each article in one file; ``key`` is its doc id or fallback-id stem."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".csv", ".tsv"):
        with _open(path, name) as f:
            if suffix == ".jsonl":
                yield from jsonl_items(name, f, stem=key, report=report, text_field=text_field,
                                       encoding=encoding, meta={"path": name}, detect=_detect)
            else:
                yield from csv_items(name, f, stem=key, report=report, text_field=text_field,
                                     delimiter="\t" if suffix == ".tsv" else ",", encoding=encoding,
                                     meta={"path": name}, detect=_detect)
    elif suffix in (".html", ".htm"):
        yield name, _html_file(path, name, key, encoding, max_chars, report)
    elif suffix == ".conllu":
        for doc in read_conllu(path, stem=key, on_error=report):
            yield f"{name}: document {doc.doc_id!r}", doc
    else:  # .txt, and any other file named explicitly
        yield name, _text_file(path, name, key, encoding, max_chars, report)


def _read_stdin(*, text_field: str | None, encoding: str | None, report: Reporter) -> Iterator[Item]:
    """stdin: JSON Lines when it starts with ``{``, else one plain-text article ``stdin``."""
    if sys.stdin is None:
        raise InputError("stdin: not available")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (some test harnesses): re-encode
        data = sys.stdin.read().encode("utf-8")
        lines: Iterable[bytes] = data.splitlines(keepends=True)
    else:
        lines = stream
    it = iter(lines)
    head: list[bytes] = []
    for line in it:
        head.append(line)
        if line.strip():
            break
    first = b"".join(head).lstrip()
    if first.startswith(codecs.BOM_UTF8):
        first = first[3:].lstrip()
    if first.startswith(b"{"):
        yield from jsonl_items("stdin", chain(head, it), stem="stdin", report=report, text_field=text_field,
                               encoding=encoding, detect=_detect)
    else:
        text = _decode(b"".join(chain(head, it)), "stdin", encoding, report)
        yield "stdin", Document("stdin", text, {"path": "-"})


# --------------------------------------------------------------------------- many files


def iter_input_files(folder: Path, on_error: OnError | None = None) -> Iterator[Path]:
    """Input files under ``folder``, recursively, in sorted order, each once.

    Takes :data:`INPUT_SUFFIXES`; skips ``*.gold.jsonl`` (annotations, not articles) and
    hidden files and folders.  An unreadable entry raises InputError, or with ``on_error`` is
    reported there and the walk goes on (:func:`attribution.io.walk.walk_inputs`).
    """
    return iter(walk_inputs(folder, Reporter(on_error)))


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _sources(paths: Sequence[str | Path], report: Reporter) -> Iterator[tuple[Path | None, str]]:
    """(file, document key) for every input file; ``None`` is stdin."""
    for p in paths:
        if str(p) == "-":
            yield None, "stdin"
            continue
        path = Path(p)
        if _is_dir(path):
            before = report.skipped
            files = walk_inputs(path, report)
            if not files and report.skipped == before:
                report(f"{path}: no input files (looked for {' '.join(INPUT_SUFFIXES)})")
            keys = document_keys(path, files)
            yield from ((f, keys[f]) for f in files)
        elif not path.exists():
            report(f"{path}: no such file or folder")
        else:
            yield path, path.stem


def _items(paths: Sequence[str | Path], *, text_field: str | None, encoding: str | None,
           max_chars: int | None, report: Reporter) -> Iterator[Item]:
    for path, key in _sources(paths, report):
        try:
            if path is None:
                yield from _read_stdin(text_field=text_field, encoding=encoding, report=report)
            else:
                yield from _read_file(path, key, text_field=text_field, encoding=encoding,
                                      max_chars=max_chars, report=report)
        except InputError as e:
            if report.strict:
                raise
            report(str(e))


class _Ids:
    """The doc ids given out in one run, so that no document silently replaces another."""

    def __init__(self, report: Reporter) -> None:
        self.report = report
        self.seen: dict[str, tuple[str, int]] = {}  # id → (where it was first read, hash of the text)

    def admit(self, where: str, doc: Document) -> Document | None:
        """``doc``; renamed when its id is taken; None (reported) when it repeats a document."""
        first = self.seen.get(doc.doc_id)
        digest = hash(doc.text)
        if first is None:
            self.seen[doc.doc_id] = (where, digest)
            return doc
        if first[1] == digest:
            self.report(f"{where}: same id {doc.doc_id!r} and text as {first[0]}; skipped")
            return None
        k = 2
        while f"{doc.doc_id}~{k}" in self.seen:
            k += 1
        new_id = f"{doc.doc_id}~{k}"
        self.seen[new_id] = (where, digest)
        self.report.kept(f"{where}: id {doc.doc_id!r} is taken by {first[0]}; read as {new_id!r}")
        return replace(doc, doc_id=new_id)


def _nothing_read(paths: Sequence[str | Path], problems: int) -> NothingRead:
    names = [str(p) for p in paths[:3]] + ([f"{len(paths) - 3} more"] if len(paths) > 3 else [])
    reported = f" ({problems} problem{'s' if problems != 1 else ''} reported)" if problems else ""
    return NothingRead(f"nothing could be read from {', '.join(names) or 'no input'}{reported}")


def read_documents(paths: Sequence[str | Path], *, text_field: str | None = None,
                   encoding: str | None = None, on_error: OnError | None = None,
                   max_chars: int | None = MAX_CHARS, require_documents: bool = False
                   ) -> Iterator[Document]:
    """Stream the articles in ``paths`` (files, folders walked recursively, ``-`` for stdin).

    Every problem (missing path, unreadable folder, binary/empty/undecodable file, bad JSONL
    line or CSV row, a document over ``max_chars`` characters, an id met twice) is one line
    such as ``"a.jsonl:7: invalid JSON (...)"``.  With ``on_error`` it is passed to
    ``on_error`` (a :class:`ReadProblem`: ``.kept`` is True when the input was read all the
    same) and the rest is still read; without it the first problem that skips something raises
    :class:`InputError` (the others are :class:`InputWarning`).  With ``require_documents``,
    a run that reads no document at all raises :class:`NothingRead` instead of ending empty.
    ``max_chars`` (default :data:`MAX_CHARS`; ``None``: no limit) bounds a document's length.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("قال الوزير إن الاتفاق جاهز", encoding="utf-8")
    >>> [(doc.doc_id, doc.text) for doc in read_documents([d])]
    [('a', 'قال الوزير إن الاتفاق جاهز')]
    """
    encoding = check_encoding(encoding)
    report = Reporter(on_error)
    # one path given bare is not a sequence of characters
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    ids = _Ids(report)
    read = 0
    items = _items(paths, text_field=text_field, encoding=encoding, max_chars=max_chars, report=report)
    for where, doc in sized(items, max_chars, report):
        doc = ids.admit(where, doc)
        if doc is not None:
            read += 1
            yield doc
    if require_documents and not read:
        raise _nothing_read(paths, report.skipped)
