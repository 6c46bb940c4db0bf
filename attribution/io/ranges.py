"""JSON Lines by byte ranges: a big file cut at line boundaries, each range read on its own.

A range ``[start, end)`` starts at the first byte of a line and ends after a ``\\n`` (or at the
end of the file), so every line is in exactly one range.  Read in order, the ranges give what
reading the file whole gives (:func:`attribution.io.tables.jsonl_items`): the same documents,
fallback ids (``stem:line``) and problem lines, because a range is told the number of its first
line (:func:`count_lines` of the ranges before it) and decodes its lines with the decoder the
whole file would have at that point (:class:`~attribution.io.encodings.LineDecoder`, judged on
the file's first 64 KiB).  Only the once-per-file note of a forced ``--encoding`` not applied
to UTF-8 lines comes once per range (``on_note``), for the caller to keep the first of.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
>>> _ = p.write_text("".join(f'{{"text": "قال الوزير {i}"}}\\n' for i in range(6)), encoding="utf-8")
>>> cuts = line_cuts(p, 60)
>>> cuts
[0, 68, 136, 204]
>>> [count_lines(p, a, b) for a, b in zip(cuts, cuts[1:])]
[2, 2, 2]
>>> items = jsonl_range_items(p, "news", 68, 136, first_line=3, report=print)
>>> [(where.split(":")[-1], doc.doc_id, doc.text) for where, doc in items]
[('3', 'news:3', 'قال الوزير 2'), ('4', 'news:4', 'قال الوزير 3')]
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from attribution.io.encodings import (SAMPLE_BYTES, LineDecoder, Undecodable, bom_encoding, decode_numbered, detect,
                                      looks_binary)
from attribution.io.problems import Reporter
from attribution.io.tables import Item, jsonl_documents

__all__ = ["splittable", "line_cuts", "count_lines", "jsonl_range_items"]

_CHUNK = 1 << 20


def _sample(f) -> list[bytes]:
    """The whole lines a reader judges the file by (as :func:`~attribution.io.encodings.decoded_lines` takes them)."""
    f.seek(0)
    lines: list[bytes] = []
    size = 0
    for line in f:
        lines.append(line)
        size += len(line)
        if size >= SAMPLE_BYTES:
            break
    return lines


def splittable(path: str | Path, encoding: str | None = None) -> bool:
    """Whether a JSONL file can be read by ranges: text whose lines the byte ``\\n`` ends.

    An empty or binary head, a UTF-16/32 file, a forced encoding that is not ASCII-compatible:
    the file is read whole, which reports it as reading it always does.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(SAMPLE_BYTES)
    except OSError:
        return False
    if not head.strip() or looks_binary(head) or bom_encoding(head)[0] not in (None, "utf-8"):
        return False
    try:
        return not encoding or "\n{a".encode(encoding) == b"\n{a"
    except (UnicodeError, LookupError):
        return False


def line_cuts(path: str | Path, every: int) -> list[int]:
    """Offsets ``0 = c0 < c1 < … < ck = size``, each the start of a line, ranges of about ``every`` bytes."""
    size = Path(path).stat().st_size
    cuts = [0]
    with open(path, "rb") as f:
        while cuts[-1] + every < size:
            f.seek(cuts[-1] + every - 1)  # one byte back: a cut that falls on a line start stays there
            f.readline()
            cut = f.tell()
            if cut >= size:
                break
            cuts.append(cut)
    cuts.append(size)
    return cuts if size else [0]


def count_lines(path: str | Path, start: int, end: int) -> int:
    """The number of ``\\n`` bytes in ``[start, end)`` (of a range: its lines, but for a last one unended)."""
    n = 0
    with open(path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            chunk = f.read(min(_CHUNK, left))
            if not chunk:
                break
            n += chunk.count(b"\n")
            left -= len(chunk)
    return n


def _range_lines(f, start: int, end: int) -> Iterator[bytes]:
    f.seek(start)
    pos = start
    while pos < end:
        line = f.readline()
        if not line:
            return
        pos += len(line)
        yield line


def _first_non_ascii_line(f, start: int, end: int) -> bytes | None:
    """The first line in ``[start, end)`` (``start`` a line start) with a byte over 127."""
    f.seek(start)
    pos = start
    while pos < end:
        chunk = f.read(min(_CHUNK, end - pos))
        if not chunk:
            return None
        if not chunk.endswith(b"\n") and pos + len(chunk) < end:
            chunk += f.readline()  # whole lines only
        pos += len(chunk)
        if not chunk.isascii():
            return next(line for line in chunk.splitlines(keepends=True) if not line.isascii())
    return None


class _RangeDecoder:
    """The file's :class:`LineDecoder` as it stands at a range's lines.

    The file's first 64 KiB decide how it decodes, except when they are all ASCII: then the
    first non-ASCII line of the *file* does (UTF-8 or not).  A range meeting its first
    non-ASCII line finds that line before the range and shows it to the decoder first, as
    reading the file whole would have.
    """

    def __init__(self, f, name: str, start: int, *, encoding: str | None, note: Callable[[str], None]) -> None:
        sample = _sample(f)
        self._f, self._start = f, start
        self._sample_end = sum(map(len, sample))
        self._primed = any(not line.isascii() for line in sample) or start <= self._sample_end
        self._quiet = False
        self.decode = LineDecoder(name, sample, encoding=encoding, detect=detect, utf8=bom_encoding(
            b"".join(sample[:1]))[0] == "utf-8", note=lambda m: None if self._quiet else note(m))

    def __call__(self, line: bytes, where: str) -> str:
        if not self._primed and not line.isascii():
            self._primed = True
            earlier = _first_non_ascii_line(self._f, self._sample_end, self._start)
            self._f.seek(self._pos)  # back to the range's next line
            if earlier is not None:
                self._quiet = True  # that line's note, if any, was the earlier range's to give
                try:
                    self.decode(earlier)
                except Undecodable:
                    pass
                finally:
                    self._quiet = False
        return self.decode(line, where)

    def lines(self, start: int, end: int) -> Iterator[bytes]:
        self._pos = start
        for line in _range_lines(self._f, start, end):
            self._pos = self._f.tell()
            yield line


def jsonl_range_items(path: str | Path, key: str, start: int, end: int, *, first_line: int,
                      report: Reporter | Callable[[str], None], text_field: str | None = None, encoding: str | None = None,
                      meta: Mapping[str, Any] | None = None,
                      on_note: Callable[[str], None] | None = None) -> Iterator[Item]:
    """(``name:line``, Document) for each good line of ``path[start:end]``, numbered from ``first_line``.

    ``key`` is the file's document key (the fallback id's stem); ``meta`` defaults to
    ``{"path": name}`` as :func:`attribution.io.readers.read_documents` gives.  A problem line is
    passed to ``report`` (a :class:`Reporter`, or a callable taking the line).
    """
    name = str(path)
    rep = report if isinstance(report, Reporter) else Reporter(report)
    with open(path, "rb") as f:
        decoder = _RangeDecoder(f, name, start, encoding=encoding, note=on_note or rep.kept)
        numbered = decode_numbered(name, decoder, decoder.lines(start, end), first_line)
        yield from jsonl_documents(name, numbered, stem=key, report=rep, text_field=text_field,
                                   meta={"path": name} if meta is None else meta)
