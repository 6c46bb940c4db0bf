"""What the readers report: one line per problem, saying whether the input was still read.

A problem is a ``str`` (``"a.jsonl:7: invalid JSON (...)"``) so that every ``on_error``
callback keeps working; :class:`ReadProblem` adds ``kept``: ``False`` when something was
skipped (a line, a row, a file), ``True`` when everything was read and the line only says how
(a duplicate id renamed, a forced encoding not applied to UTF-8 lines).

>>> seen = []
>>> report = Reporter(seen.append)
>>> report("a.jsonl:2: invalid JSON"); report.kept("a.jsonl:3: id 'x' renamed")
>>> [(str(p), p.kept) for p in seen], report.skipped
([('a.jsonl:2: invalid JSON', False), ("a.jsonl:3: id 'x' renamed", True)], 1)
"""
from __future__ import annotations

import warnings
from typing import Callable

from attribution.errors import InputError

__all__ = ["ReadProblem", "NothingRead", "InputWarning", "Reporter", "OnError", "MAX_CHARS", "too_long"]

OnError = Callable[[str], None]


class ReadProblem(str):
    """One problem line; ``kept`` tells whether the input it names was read all the same."""

    kept: bool

    def __new__(cls, message: str, *, kept: bool = False) -> "ReadProblem":
        problem = super().__new__(cls, message)
        problem.kept = kept
        return problem


class NothingRead(InputError):
    """Not one document could be read from the inputs (the problems were reported one by one).

    Raised by ``read_documents(..., require_documents=True)`` before its first document would
    be yielded, so a caller can stop before creating anything (a store, an output file).
    """


class InputWarning(UserWarning):
    """A ``kept`` problem when the readers run without ``on_error`` (strict mode)."""


class Reporter:
    """Routes problems to ``on_error``; without it, a skip raises InputError and a kept one warns."""

    def __init__(self, on_error: OnError | None) -> None:
        self.on_error = on_error
        self.skipped = 0

    @property
    def strict(self) -> bool:
        return self.on_error is None

    def __call__(self, message: str) -> None:
        """Something was skipped."""
        self.skipped += 1
        if self.on_error is None:
            raise InputError(message)
        self.on_error(ReadProblem(message))

    def kept(self, message: str) -> None:
        """Everything was read; the message says how."""
        if self.on_error is None:
            warnings.warn(message, InputWarning, stacklevel=2)
        else:
            self.on_error(ReadProblem(message, kept=True))


#: Default longest document, in characters, that the readers pass on (about 1,000 pages; a long
#: news article has 20,000).  The extractor's time and memory grow with a document's length:
#: a 100-million-character file took 11 minutes and 8.7 GB.  ``None`` lifts the limit.
MAX_CHARS = 2_000_000


def too_long(length: int, max_chars: int | None) -> str | None:
    """Why a document of ``length`` characters is skipped, or None when it is within the limit.

    >>> too_long(2_500_000, 2_000_000)
    '2,500,000 characters, over the limit of 2,000,000; skipped (raise it with --max-chars)'
    """
    if max_chars is None or length <= max_chars:
        return None
    return f"{length:,} characters, over the limit of {max_chars:,}; skipped (raise it with --max-chars)"
