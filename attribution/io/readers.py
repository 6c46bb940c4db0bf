"""Input readers: files, folders and stdin in, a stream of :class:`Document` out.

One article per ``.txt``/``.html`` file, one per line of ``.jsonl``, one per row of
``.csv``/``.tsv``; ``.conllu`` goes to :func:`attribution.io.conllu.read_conllu`.  Nothing holds
the corpus: JSONL and CSV are read line by line.

Offsets index the text *as stored in the Document*: decoded (UTF-8 with or without BOM, the
BOM removed; else ``encoding=``, else detected), with newlines normalised to ``"\\n"``
(``\\r\\n`` and a lone ``\\r`` both become ``\\n``).  That same text goes into records and into
the store, so every span slices it.
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import re
import sys
from html.parser import HTMLParser
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from attribution.errors import InputError
from attribution.records import Document

__all__ = [
    "read_documents", "iter_input_files", "decode_bytes", "normalize_newlines",
    "read_text_file", "read_jsonl", "read_csv", "read_html", "html_to_text",
    "document_from_record", "INPUT_SUFFIXES", "TEXT_FIELDS", "ID_FIELDS",
]

#: File suffixes picked up when walking a folder.
INPUT_SUFFIXES = (".txt", ".jsonl", ".csv", ".tsv", ".html", ".htm", ".conllu")
#: Fields (JSONL keys, CSV columns) that hold the article text, in order of preference.
TEXT_FIELDS = ("text", "content", "body")
#: Fields that hold the document id.
ID_FIELDS = ("id", "doc_id")
#: Metadata fields normalised to a common name (first one present wins).
META_ALIASES = {
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "date": ("date", "published", "date_published", "pubdate", "date_extracted"),
}

OnError = Callable[[str], None]

_SAMPLE = 1 << 16  # bytes sniffed for encoding and binary detection
_NEWLINES = re.compile(r"\r\n?")


def normalize_newlines(text: str) -> str:
    r"""Turn ``\r\n`` and lone ``\r`` into ``\n`` (the offsets of every record index this form).

    >>> normalize_newlines("قال\r\nالوزير\rأمس")
    'قال\nالوزير\nأمس'
    """
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def _check_encoding(encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None


def _looks_binary(sample: bytes) -> bool:
    return b"\x00" in sample


def _bom_encoding(sample: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces, and the BOM's length."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32", 0  # the utf-32 codec consumes its BOM itself
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    return None, 0


def _is_utf8(sample: bytes, *, complete: bool) -> bool:
    """True when ``sample`` is UTF-8 (a multibyte character cut at the end is fine unless complete)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _mostly_arabic_cp1256(sample: bytes) -> bool:
    """True when the non-ASCII bytes read as Arabic letters in Windows-1256 (the legacy Arabic code page)."""
    high = sample.decode("cp1256", errors="replace")
    non_ascii = [c for c in high if ord(c) > 127 and not c.isspace()]
    arabic = sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff")
    return bool(non_ascii) and arabic >= 0.8 * len(non_ascii)


def _detect(sample: bytes) -> str | None:
    """Guess a legacy encoding: Windows-1256 when it reads as Arabic, else charset-normalizer."""
    if _mostly_arabic_cp1256(sample):  # short Arabic snippets fool generic detectors
        return "cp1256"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return best.encoding if best is not None else None


def _mostly_utf8(sample: bytes) -> bool:
    """True when a few bad bytes spoil otherwise clearly UTF-8 text (then only those lines fail)."""
    text = sample.decode("utf-8", errors="replace")
    non_ascii = sum(1 for c in text if ord(c) > 127)
    return non_ascii >= 20 and text.count("\ufffd") <= 0.02 * non_ascii


def _choose_encoding(name: str, sample: bytes, encoding: str | None, *, complete: bool,
                     by_line: bool = False) -> tuple[str, int]:
    """Pick the encoding of a file from its first bytes; returns (encoding, BOM length).

    ``by_line``: the caller decodes line by line, so mostly-UTF-8 data is read as UTF-8 and
    only its undecodable lines are reported.
    """
    bom_enc, bom_len = _bom_encoding(sample)
    if bom_enc:
        return bom_enc, bom_len
    if _looks_binary(sample):
        raise InputError(f"{name}: binary file, not text")
    if _is_utf8(sample, complete=complete) or (by_line and not encoding and _mostly_utf8(sample)):
        return "utf-8", 0
    if encoding:
        return encoding, 0
    detected = _detect(sample)
    if detected is None:
        raise InputError(f"{name}: cannot decode; pass --encoding cp1256")
    return detected, 0


def decode_bytes(data: bytes, *, name: str = "<input>", encoding: str | None = None) -> str:
    """Decode a whole file: UTF-8 (BOM stripped), else ``encoding``, else a detected one.

    Newlines are normalised.  Raises :class:`InputError` for empty, binary or undecodable data.

    >>> decode_bytes("\\ufeffقال الوزير\\r\\n".encode("utf-8"))
    'قال الوزير\\n'
    >>> decode_bytes("قال الوزير".encode("cp1256"), encoding="cp1256")
    'قال الوزير'
    """
    encoding = _check_encoding(encoding)
    if not data.strip():
        raise InputError(f"{name}: empty file")
    enc, skip = _choose_encoding(name, data, encoding, complete=True)
    try:
        text = data[skip:].decode(enc)
    except (UnicodeDecodeError, LookupError):
        hint = "pass --encoding cp1256" if not encoding else f"it is not {encoding}; check --encoding"
        raise InputError(f"{name}: cannot decode; {hint}") from None
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return normalize_newlines(text)


# --------------------------------------------------------------------------- records


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def document_from_record(record: Mapping[str, Any], *, fallback_id: str,
                         text_field: str | None = None, extra_meta: Mapping[str, Any] | None = None
                         ) -> Document:
    """Build a Document from one JSONL object or CSV row; raises ``ValueError`` with the reason.

    The text comes from ``text_field`` or the first of ``text``/``content``/``body``; the id
    from ``id``/``doc_id`` (else ``fallback_id``); other scalar fields become metadata, and
    ``source``/``outlet`` is also kept as ``meta["outlet"]``.

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
    doc_id = next((record[f] for f in ID_FIELDS if record.get(f) not in (None, "")), None)
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
    return Document(str(doc_id) if doc_id is not None else fallback_id, normalize_newlines(text), meta)


def _decoded_lines(name: str, lines: Iterable[bytes], encoding: str | None
                   ) -> Iterator[tuple[int, str | InputError]]:
    """Decode byte lines one by one: (line number, text line, or the error of an undecodable line)."""
    it = iter(lines)
    sample: list[bytes] = []
    size = 0
    for line in it:  # gather a sample to choose the encoding without reading the whole file
        sample.append(line)
        size += len(line)
        if size >= _SAMPLE:
            break
    head = b"".join(sample)
    if not head.strip():
        raise InputError(f"{name}: empty file")
    complete = size < _SAMPLE
    enc, skip = _choose_encoding(name, head, encoding, complete=complete, by_line=True)
    if enc in ("utf-16", "utf-32"):  # not ASCII-compatible: b"\n" does not split lines
        text = (head + b"".join(it)).decode(enc, errors="strict")
        for n, line in enumerate(text.splitlines(keepends=True), 1):
            yield n, line
        return
    decode = codecs.getdecoder(enc)
    for n, line in enumerate(chain(sample, it), 1):
        if n == 1 and skip:
            line = line[skip:]
        try:
            text = decode(line)[0]
        except UnicodeDecodeError:
            hint = f"it is not {enc}; check --encoding" if encoding else "pass --encoding cp1256"
            yield n, InputError(f"{name}:{n}: cannot decode as {enc}; {hint}")
        else:
            yield n, text


def read_jsonl(name: str, lines: Iterable[bytes], *, stem: str, text_field: str | None = None,
               encoding: str | None = None, on_error: OnError | None = None,
               meta: Mapping[str, Any] | None = None) -> Iterator[Document]:
    """Documents from JSON Lines given as byte lines; a bad line is reported as ``name:line: why``."""
    report = _reporter(on_error)
    for n, line in _decoded_lines(name, lines, _check_encoding(encoding)):
        if isinstance(line, InputError):
            report(str(line))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as e:
            report(f"{name}:{n}: invalid JSON ({e.msg})")
            continue
        if not isinstance(record, dict):
            report(f"{name}:{n}: not a JSON object")
            continue
        try:
            yield document_from_record(record, fallback_id=f"{stem}:{n}", text_field=text_field,
                                       extra_meta=meta)
        except ValueError as e:
            report(f"{name}:{n}: {e}")


def read_csv(name: str, lines: Iterable[bytes], *, stem: str, delimiter: str = ",",
             text_field: str | None = None, encoding: str | None = None,
             on_error: OnError | None = None, meta: Mapping[str, Any] | None = None
             ) -> Iterator[Document]:
    """Documents from CSV/TSV rows (header row first); a bad row is reported with its line number."""
    report = _reporter(on_error)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    numbered = _decoded_lines(name, lines, _check_encoding(encoding))
    line_no = [0]

    def text_lines() -> Iterator[str]:
        for n, line in numbered:
            line_no[0] = n
            if isinstance(line, InputError):
                report(str(line))
                continue
            yield line

    reader = csv.reader(text_lines(), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{name}: empty file") from None
    except csv.Error as e:
        raise InputError(f"{name}:1: bad CSV header ({e})") from None
    header = [h.strip() for h in header]
    fields = (text_field,) if text_field else TEXT_FIELDS
    if not any(f in header for f in fields):
        raise InputError(f"{name}: no text column (looked for {', '.join(fields)}"
                         + ("" if text_field else "; pass --text-field") + ")")
    while True:
        start = line_no[0] + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            report(f"{name}:{start}: bad CSV row ({e})")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            report(f"{name}:{start}: {len(row)} cells for {len(header)} columns")
            continue
        record = dict(zip(header, row))
        try:
            yield document_from_record(record, fallback_id=f"{stem}:{start}", text_field=text_field,
                                       extra_meta=meta)
        except ValueError as e:
            report(f"{name}:{start}: {e}")


# --------------------------------------------------------------------------- HTML

_BLOCKS = {"p", "h1", "h2", "h3", "blockquote", "li"}
_DROPPED = {"script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form",
            "iframe", "button", "select", "textarea"}
#: Containers whose loose text (outside any paragraph) is used when a page has no paragraphs.
_LOOSE_BREAKS = {"div", "section", "main", "td", "th", "tr", "table", "header", "span", "br", "body", "center", "font"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]*\n[ \t\f\v\u00a0\u200b\n]*|[^\S\n]+")


class _ArticleParser(HTMLParser):
    """Collects the title, a few <meta> fields, and block-level paragraphs per <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.articles: list[list[str]] = []  # paragraphs of each top-level <article>
        self.body: list[str] = []  # paragraphs anywhere
        self._in_title = False
        self._dropped = 0
        self._article_depth = 0
        self._blocks = 0
        self._buf: list[str] = []
        self._in_body = False
        self._loose: list[str] = []  # text outside paragraphs, for div-only pages
        self.loose: list[str] = []

    def _flush_loose(self) -> None:
        para = _SPACES.sub(lambda m: "\n" if "\n" in m.group() else " ", "".join(self._loose)).strip()
        self._loose = []
        if para:
            self.loose.append(para)

    def _flush(self) -> None:
        para = _SPACES.sub(lambda m: "\n" if "\n" in m.group() else " ", "".join(self._buf)).strip()
        self._buf = []
        if para:
            self.body.append(para)
            if self._article_depth:
                self.articles[-1].append(para)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            if tag not in _VOID:
                self._dropped += 1
            return
        if tag == "body":
            self._in_body = True
        if tag in _LOOSE_BREAKS and tag != "span":
            self._flush_loose()
        if tag == "meta":
            a = {k: v or "" for k, v in attrs}
            key = a.get("property") or a.get("name") or ""
            if key in ("og:title", "og:url", "og:site_name", "article:published_time") and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link":
            a = {k: v or "" for k, v in attrs}
            if a.get("rel") == "canonical" and a.get("href"):
                self.meta.setdefault("canonical", a["href"].strip())
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            if self._article_depth == 0:
                self.articles.append([])
            self._article_depth += 1
        elif tag in _BLOCKS and not self._dropped:
            if self._blocks:
                self._flush()  # a block inside a block (<p> in <blockquote>) is its own paragraph
            self._blocks += 1
        elif tag == "br" and self._blocks:
            self._buf.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _LOOSE_BREAKS:
            self._flush_loose()
        if tag in _DROPPED:
            if tag not in _VOID and self._dropped:
                self._dropped -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "article":
            if self._article_depth:
                if self._blocks:
                    self._flush()
                self._article_depth -= 1
        elif tag in _BLOCKS and self._blocks and not self._dropped:
            self._flush()
            self._blocks -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif self._blocks and not self._dropped:
            self._buf.append(data)
        elif self._in_body and not self._dropped:
            self._loose.append(data)

    def close(self) -> None:
        super().close()
        if self._buf:
            self._flush()
        self._flush_loose()


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Article text and metadata of an HTML page, with the standard library only.

    Text is taken from the longest ``<article>`` (else the whole ``<body>``): its ``<p>``,
    ``<h1>``–``<h3>``, ``<blockquote>`` and ``<li>`` blocks joined by a blank line; scripts,
    styles and navigation are dropped.  A page without any such block gives the text of its
    ``<div>``/``<td>`` blocks instead.  Metadata: ``title`` (og:title, else ``<title>``),
    ``url``, ``date``, ``outlet`` when the page declares them.

    >>> html_to_text("<title>خبر</title><body><p>قال الوزير: <b>نعم</b></p><script>x()</script></body>")
    ('قال الوزير: نعم', {'title': 'خبر'})
    """
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    articles = [a for a in parser.articles if a]
    paras = max(articles, key=lambda a: sum(map(len, a))) if articles else parser.body
    if not paras:  # a page laid out with <div>s only: its text blocks, minus scripts and navigation
        paras = parser.loose
    meta: dict[str, str] = {}
    title = parser.meta.get("og:title") or " ".join("".join(parser.title_parts).split())
    if title:
        meta["title"] = title
    url = parser.meta.get("og:url") or parser.meta.get("canonical")
    if url:
        meta["url"] = url
    if parser.meta.get("article:published_time"):
        meta["date"] = parser.meta["article:published_time"]
    if parser.meta.get("og:site_name"):
        meta["outlet"] = parser.meta["og:site_name"]
    return "\n\n".join(paras), meta


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def read_html(path: Path, *, name: str, encoding: str | None = None) -> Document:
    """One Document from an HTML file (doc_id = file stem); see :func:`html_to_text`."""
    data = _read_bytes(path, name)
    if not encoding and not data.startswith(codecs.BOM_UTF8) and not _is_utf8(data, complete=True):
        m = _META_CHARSET.search(data[:4096])  # trust the page's own declaration before guessing
        if m:
            try:
                encoding = codecs.lookup(m.group(1).decode("ascii")).name
            except LookupError:
                pass
    text, meta = html_to_text(decode_bytes(data, name=name, encoding=encoding))
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    return Document(path.stem, normalize_newlines(text), {"path": name, **meta})


# --------------------------------------------------------------------------- files and folders


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from None


def read_text_file(path: Path, *, name: str | None = None, encoding: str | None = None) -> Document:
    """One article per plain-text file: doc_id = file stem, meta ``{"path": ...}``."""
    name = name or str(path)
    text = decode_bytes(_read_bytes(path, name), name=name, encoding=encoding)
    return Document(path.stem, text, {"path": name})


def iter_input_files(folder: Path) -> Iterator[Path]:
    """Input files under ``folder``, recursively, in sorted order.

    Takes :data:`INPUT_SUFFIXES`; skips ``*.gold.jsonl`` (annotations, not articles) and
    hidden files and folders.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        raise InputError(f"{folder}: cannot read folder ({e.strerror or e})") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from iter_input_files(path)
        elif path.suffix.lower() in INPUT_SUFFIXES and not entry.name.lower().endswith(".gold.jsonl"):
            yield path


def _read_file(path: Path, *, text_field: str | None, encoding: str | None,
               on_error: OnError | None) -> Iterator[Document]:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".csv", ".tsv"):
        try:
            f = open(path, "rb")
        except FileNotFoundError:
            raise InputError(f"{name}: no such file or folder") from None
        except OSError as e:
            raise InputError(f"{name}: cannot read ({e.strerror or e})") from None
        with f:
            if suffix == ".jsonl":
                yield from read_jsonl(name, f, stem=path.stem, text_field=text_field,
                                      encoding=encoding, on_error=on_error, meta={"path": name})
            else:
                yield from read_csv(name, f, stem=path.stem, delimiter="\t" if suffix == ".tsv" else ",",
                                    text_field=text_field, encoding=encoding, on_error=on_error,
                                    meta={"path": name})
    elif suffix in (".html", ".htm"):
        yield read_html(path, name=name, encoding=encoding)
    elif suffix == ".conllu":
        try:
            from attribution.io.conllu import read_conllu
        except ImportError:
            raise InputError("CoNLL-U input needs attribution.io.conllu") from None
        yield from read_conllu(path)
    else:  # .txt, and any other file named explicitly
        yield read_text_file(path, name=name, encoding=encoding)


def _read_stdin(*, text_field: str | None, encoding: str | None, on_error: OnError | None
                ) -> Iterator[Document]:
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
        yield from read_jsonl("stdin", chain(head, it), stem="stdin", text_field=text_field,
                              encoding=encoding, on_error=on_error)
    else:
        text = decode_bytes(b"".join(chain(head, it)), name="stdin", encoding=encoding)
        yield Document("stdin", text, {"path": "-"})


def _reporter(on_error: OnError | None) -> OnError:
    if on_error is not None:
        return on_error

    def strict(message: str) -> None:
        raise InputError(message)

    return strict


def read_documents(paths: Sequence[str | Path], *, text_field: str | None = None,
                   encoding: str | None = None, on_error: OnError | None = None) -> Iterator[Document]:
    """Stream the articles in ``paths`` (files, folders walked recursively, ``-`` for stdin).

    Every problem (missing path, binary/empty/undecodable file, bad JSONL line or CSV row) is
    one line such as ``"a.jsonl:7: invalid JSON (...)"``.  With ``on_error`` it is passed to
    ``on_error`` and the input skipped, so the rest is still read; without it the first problem
    raises :class:`InputError`.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("قال الوزير إن الاتفاق جاهز", encoding="utf-8")
    >>> [(doc.doc_id, doc.text) for doc in read_documents([d])]
    [('a', 'قال الوزير إن الاتفاق جاهز')]
    """
    encoding = _check_encoding(encoding)
    report = _reporter(on_error)
    if isinstance(paths, (str, Path)):  # one path given bare: not a sequence of characters
        paths = [paths]
    for p in paths:
        if str(p) == "-":
            sources: Iterable[Path | None] = [None]
        else:
            path = Path(p)
            if path.is_dir():
                files = iter_input_files(path)
                first = next(files, None)
                if first is None:
                    report(f"{path}: no input files (looked for {' '.join(INPUT_SUFFIXES)})")
                    continue
                sources = chain([first], files)
            elif not path.exists():
                report(f"{path}: no such file or folder")
                continue
            else:
                sources = [path]
        for source in sources:
            try:
                if source is None:
                    yield from _read_stdin(text_field=text_field, encoding=encoding, on_error=on_error)
                else:
                    yield from _read_file(source, text_field=text_field, encoding=encoding,
                                          on_error=on_error)
            except InputError as e:
                if on_error is None:
                    raise
                on_error(str(e))
