"""Bytes to text: UTF-8 first, legacy Arabic Windows-1256 detected, line by line where it helps.

A file is decoded line by line when it is not UTF-8 as a whole, so one bad line (a cp1256
article pasted into a UTF-8 JSONL) costs that line only, and a forced ``encoding`` is applied
to the lines that need it and never to a line that is valid UTF-8 (decoding UTF-8 Arabic as
cp1256 gives mojibake that no later stage can detect).

>>> decode_whole("\\ufeffقال الوزير\\r\\n".encode("utf-8"), name="a.txt")
'قال الوزير\\n'
>>> mixed = "قال الوزير\\n".encode("utf-8") + "وأكد المتحدث\\n".encode("cp1256")
>>> decode_whole(mixed, name="mixed.txt")
'قال الوزير\\nوأكد المتحدث\\n'
"""
from __future__ import annotations

import codecs
import re
from typing import Callable, Iterable, Iterator

from attribution.errors import InputError

__all__ = ["normalize_newlines", "check_encoding", "detect", "decode_whole", "decoded_lines",
           "LineDecoder", "Undecodable", "SAMPLE_BYTES"]

#: Bytes sniffed (whole lines) for the file's encoding and for binary data.
SAMPLE_BYTES = 1 << 16
_NEWLINES = re.compile(r"\r\n?")
_ASCII = bytes(range(128))
_HIGH = bytes(range(128, 256))
# cp1256 maps every high byte; the Arabic letters and signs among them, and the punctuation
# Arabic text uses around them (NBSP « » “ ” ‘ ’ … – —), which counts neither way
_CP1256_ARABIC = bytes(b for b, c in zip(_HIGH, _HIGH.decode("cp1256")) if "\u0600" <= c <= "\u06ff")
_CP1256_NEUTRAL = "\u00a0«»“”‘’…–—".encode("cp1256")
_UTF8 = ("utf-8", "utf-8-sig")

Note = Callable[[str], None]
Detect = Callable[[bytes], "str | None"]


def normalize_newlines(text: str) -> str:
    r"""Turn ``\r\n`` and lone ``\r`` into ``\n`` (the offsets of every record index this form).

    >>> normalize_newlines("قال\r\nالوزير\rأمس")
    'قال\nالوزير\nأمس'
    """
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def check_encoding(encoding: str | None) -> str | None:
    """The codec's canonical name (``windows-1256`` → ``cp1256``); InputError when unknown."""
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None


def looks_binary(sample: bytes) -> bool:
    return b"\x00" in sample


def bom_encoding(sample: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces, and the BOM's length."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32", 0  # the utf-32 codec consumes its BOM itself
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    return None, 0


def is_utf8(data: bytes, *, complete: bool = True) -> bool:
    """True when ``data`` is UTF-8 (a multibyte character cut at the end is fine unless complete)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def mostly_arabic_cp1256(data: bytes) -> bool:
    """True when the non-ASCII bytes read as Arabic letters in Windows-1256 (the legacy Arabic code page).

    >>> mostly_arabic_cp1256("«نعم»".encode("cp1256")), mostly_arabic_cp1256("café".encode("cp1252"))
    (True, False)
    """
    high = data.translate(None, _ASCII + _CP1256_NEUTRAL)
    arabic = len(high) - len(high.translate(None, _CP1256_ARABIC))
    return bool(high) and arabic >= 0.8 * len(high)


def detect(sample: bytes) -> str | None:
    """Guess a legacy encoding: Windows-1256 when it reads as Arabic, else charset-normalizer."""
    if mostly_arabic_cp1256(sample):  # short Arabic snippets fool generic detectors
        return "cp1256"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return best.encoding if best is not None else None


def _ascii_compatible(encoding: str) -> bool:
    """True when lines can be split on the byte ``\\n`` (not UTF-16/32)."""
    try:
        return "\n{a".encode(encoding) == b"\n{a"
    except (UnicodeError, LookupError):
        return False


class Undecodable(ValueError):
    """A line no encoding at hand decodes; ``tried`` names the encoding, ``hint`` what to pass."""

    def __init__(self, tried: str | None, hint: str) -> None:
        super().__init__(f"cannot decode as {tried}; {hint}" if tried else f"cannot decode; {hint}")
        self.tried, self.hint = tried, hint


class LineDecoder:
    """Decodes the lines of one ASCII-compatible file independently of each other.

    A line that is valid UTF-8 is UTF-8, whatever ``encoding`` says (then ``note`` is called
    once for the file).  Any other line is decoded with the forced ``encoding``, else — in a
    file whose sample is mainly UTF-8 — as Windows-1256 when it reads as Arabic, else with the
    legacy encoding detected on the sample's non-UTF-8 lines.  :class:`Undecodable` otherwise.
    """

    def __init__(self, name: str, sample: Iterable[bytes], *, encoding: str | None = None,
                 detect: Detect = detect, note: Note | None = None, utf8: bool = False) -> None:
        self.name, self.note, self._detect = name, note, detect
        self.forced = encoding
        self._noted = False
        utf8_lines, legacy = 0, []
        for line in sample:
            if not line.isascii():
                if is_utf8(line):
                    utf8_lines += 1
                else:
                    legacy.append(line)
        self.mainly_utf8 = utf8 or utf8_lines > len(legacy)
        # an all-ASCII sample says nothing: the first non-ASCII line decides
        self._undecided = not (utf8 or utf8_lines or legacy)
        self._legacy_sample = b"".join(legacy)
        self._fallback: str | None = None
        self._detected = False

    def _legacy(self, line: bytes) -> str | None:
        """The encoding detected once for the file's non-UTF-8 lines (from the sample, else this line)."""
        if not self._detected:
            self._detected = True
            self._fallback = self._detect(self._legacy_sample or line)
        return self._fallback

    def _hint(self) -> str:
        return f"it is not {self.forced}; check --encoding" if self.forced else "pass --encoding cp1256"

    def __call__(self, line: bytes, where: str | None = None) -> str:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if self._undecided and not line.isascii():
                self.mainly_utf8, self._undecided = True, False
            if self.forced not in (None, *_UTF8) and not line.isascii() and not self._noted:
                self._noted = True
                if self.note is not None:
                    self.note(f"{where or self.name}: valid UTF-8, so read as UTF-8 and not as {self.forced}"
                              " (so is every other UTF-8 line of the file)")
            return text
        if self.forced:
            try:
                return line.decode(self.forced)
            except UnicodeDecodeError:
                raise Undecodable(self.forced, self._hint()) from None
        self._undecided = False
        legacy = None if self.mainly_utf8 else self._legacy(line)
        if legacy:
            try:
                return line.decode(legacy)
            except (UnicodeDecodeError, LookupError):
                pass
        if mostly_arabic_cp1256(line):  # one cp1256 article pasted into a UTF-8 file
            return line.decode("cp1256")
        raise Undecodable("utf-8" if self.mainly_utf8 else legacy, self._hint())


def _sample_lines(data: bytes) -> list[bytes]:
    head = data[:SAMPLE_BYTES]
    cut = head.rfind(b"\n") + 1 if len(data) > SAMPLE_BYTES else len(head)
    return head[:cut or len(head)].splitlines(keepends=True)


def decode_whole(data: bytes, *, name: str = "<input>", encoding: str | None = None,
                 detect: Detect = detect, note: Note | None = None) -> str:
    """Decode a whole file: UTF-8 (BOM stripped), else line by line (see :class:`LineDecoder`).

    Newlines are normalised.  Raises :class:`InputError` for empty, binary or undecodable data.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    bom, skip = bom_encoding(data)
    if bom is None and looks_binary(data[:SAMPLE_BYTES]):
        raise InputError(f"{name}: binary file, not text")
    if bom is None and encoding and not _ascii_compatible(encoding):
        bom = encoding
    if bom is not None:
        try:
            text = data[skip:].decode(bom)
        except UnicodeDecodeError:
            raise InputError(f"{name}: cannot decode; it is not {bom}; check --encoding") from None
    elif is_utf8(data):
        text = data.decode("utf-8")
        if encoding not in (None, *_UTF8) and not data.isascii() and note is not None:
            note(f"{name}: valid UTF-8, so read as UTF-8 and not as {encoding}")
    else:
        decoder = LineDecoder(name, _sample_lines(data), encoding=encoding, detect=detect, note=note)
        try:
            text = "".join(map(decoder, data.splitlines(keepends=True)))
        except Undecodable as e:
            raise InputError(f"{name}: cannot decode; {e.hint}") from None
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return normalize_newlines(text)


def decoded_lines(name: str, lines: Iterable[bytes], *, encoding: str | None = None,
                  detect: Detect = detect, note: Note | None = None
                  ) -> Iterator[tuple[int, str | InputError]]:
    """Decode byte lines one by one: (line number, text line, or the error of an undecodable line).

    A byte-order mark is dropped at the start of any line (files concatenated with ``cat``).
    Raises :class:`InputError` at once for an empty or binary file.
    """
    it = iter(lines)
    sample: list[bytes] = []
    size = 0
    for line in it:  # a sample to judge the file by, without reading the whole of it
        sample.append(line)
        size += len(line)
        if size >= SAMPLE_BYTES:
            break
    head = b"".join(sample)
    if not head.strip():
        raise InputError(f"{name}: empty file")
    bom, skip = bom_encoding(head)
    if bom is None and encoding and not _ascii_compatible(encoding):
        bom = encoding
    if bom is not None and bom != "utf-8":  # UTF-16/32: b"\n" does not split lines; decode the whole stream
        try:
            text = (head + b"".join(it)).decode(bom)
        except UnicodeDecodeError:
            raise InputError(f"{name}: cannot decode; it is not {bom}; check --encoding") from None
        yield from enumerate(text.splitlines(keepends=True), 1)
        return
    if looks_binary(head):
        raise InputError(f"{name}: binary file, not text")
    decoder = LineDecoder(name, sample, encoding=encoding, detect=detect, note=note, utf8=bom == "utf-8")
    yield from decode_numbered(name, decoder, _chain(sample, it), 1)


def decode_numbered(name: str, decoder: Callable[[bytes, str], str], lines: Iterable[bytes],
                    first_line: int) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text or the error naming it) for each line, decoded by ``decoder`` (a
    :class:`LineDecoder` or one standing at a range of the file), numbered from ``first_line``."""
    for n, line in enumerate(lines, first_line):
        try:
            text = decoder(line, f"{name}:{n}")
        except Undecodable as e:
            yield n, InputError(f"{name}:{n}: {e}")
            continue
        yield n, text[1:] if text.startswith("\ufeff") else text


def _chain(first: list[bytes], rest: Iterator[bytes]) -> Iterator[bytes]:
    yield from first
    first.clear()  # the sample is not kept once read
    yield from rest
