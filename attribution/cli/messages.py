"""What a long command says on stderr while it runs: one ``warning:`` line per problem, and in a
terminal one rich progress bar and a one-line summary at the end (stdout carries only data;
nothing but warnings when stderr is not a terminal).

The bar's total is the size of the input files in bytes (known before anything is read, unlike
the number of articles a JSONL or CSV file holds), so it shows a percentage, a rate and the
time left; reading stdin it shows counts and a rate only.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from attribution.records import Document

__all__ = ["Messages", "input_sizes"]


def input_sizes(paths: Sequence[str | Path]) -> dict[str, int] | None:
    """The size in bytes of every file ``paths`` name (folders walked as the readers walk them),
    by the name documents carry in ``meta["path"]``; ``None`` when one of them is stdin."""
    from attribution.io.walk import walk_inputs

    sizes: dict[str, int] = {}
    for p in paths:
        if str(p) == "-":
            return None
        path = Path(p)
        try:
            files = walk_inputs(path, lambda message: None) if path.is_dir() else [path]
            for f in files:
                sizes[str(f)] = f.stat().st_size
        except OSError:
            continue  # the readers report it
    return sizes


class Messages:
    """Warnings on stderr, one line each; in a terminal, the progress bar and the summary.

    With ``hold`` (``attribution extract``), problems met before the first document are held
    back: if no document is ever read they are printed as the ``error:`` lines of a failed run
    (:meth:`failed_run`) instead of as warnings.  The sizes of the input ``paths`` give the
    bar its total; :meth:`track` moves it as documents are read, :meth:`document` counts them
    done with their records (``what`` names them on the bar; ``None``: not counted).
    """

    def __init__(self, *, quiet: bool = False, hold: bool = True, paths: Sequence[str | Path] = (),
                 what: str | None = "records") -> None:
        self.quiet = quiet
        self.hold = hold
        self.what = what
        self.problems = 0  # something was skipped: a failure
        self.notes = 0  # read all the same (a ReadProblem with ``kept``): a warning only
        self.held: list[str] = []
        self.documents = 0
        self.records = 0
        self.started = time.perf_counter()
        self.terminal = not quiet and _is_terminal(sys.stderr)
        self.sizes = input_sizes(paths) if self.terminal and paths else None
        self._progress = None
        self._task = None
        if self.terminal:
            self._progress = _progress_bar(sum(self.sizes.values()) if self.sizes else None, what)

    def __enter__(self) -> "Messages":
        self.started = time.perf_counter()
        if self._progress is not None:
            self._progress.start()
            total = sum(self.sizes.values()) if self.sizes else None
            self._task = self._progress.add_task("reading", total=total or None, documents=0, records=0)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.stop()

    def _print(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def problem(self, message: str) -> None:
        """One input or document that could not be read, extracted or stored, or (a
        :class:`~attribution.io.problems.ReadProblem` with ``kept``) one read all the same."""
        if getattr(message, "kept", False):
            self.notes += 1
        else:
            self.problems += 1
        if self.hold and not self.documents:
            self.held.append(message)
        elif not self.quiet:
            self._print(f"warning: {message}")

    def warning(self, message: str) -> None:
        """A warning about the output (not an input problem: counts nothing)."""
        if not self.quiet:
            self._print(f"warning: {message}")

    def track(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The documents, moving the bar by the bytes read: a file's whole size once the next
        file starts, within a file (JSONL, CSV) each document's size, up to the file's."""
        if self._progress is None or not self.sizes:
            yield from docs
            return
        done, current, used = 0, None, 0
        for doc in docs:
            name = str(doc.meta.get("path", ""))
            if name != current:
                done += self.sizes.get(current, 0) if current is not None else 0
                current, used = name, 0
            size = self.sizes.get(name, 0)
            used = min(size, used + len(doc.text.encode("utf-8", "replace")) + 64)
            self._progress.update(self._task, completed=done + used)
            yield doc
        self._progress.update(self._task, completed=sum(self.sizes.values()))

    def document(self, n_records: int = 0) -> None:
        """One document done, with its number of records."""
        if not self.documents and not self.quiet:
            for message in self.held:
                self._print(f"warning: {message}")
        self.documents += 1
        self.records += n_records
        if self._progress is not None:
            self._progress.update(self._task, documents=self.documents, records=self.records)

    def summary(self) -> str:
        """One line: articles, records, warnings, time."""
        seconds = time.perf_counter() - self.started
        counted = f"{self.records:,} {self.what}, " if self.what else ""
        return f"{self.documents:,} articles, {counted}{self.problems:,} warnings, {seconds:.1f} s"

    def finish(self, prefix: str = "") -> None:
        """The summary line on stderr, in a terminal only."""
        if self.terminal:
            print(prefix + self.summary(), file=sys.stderr, flush=True)

    def failed_run(self) -> None:
        """Nothing was read: each held problem becomes an ``error:`` line."""
        for message in self.held or ["no documents in the input"]:
            print(f"error: {message}", file=sys.stderr, flush=True)


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def _progress_bar(total: int | None, what: str | None):
    from rich.console import Console
    from rich.progress import (BarColumn, DownloadColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class ArticleRate(ProgressColumn):
        """Articles a second (the bar's own speed is in bytes)."""

        def render(self, task: Any) -> Text:
            elapsed = task.elapsed or 0.0
            rate = task.fields.get("documents", 0) / elapsed if elapsed > 0.5 else 0.0
            return Text(f"{rate:,.0f} articles/s" if rate else "", style="progress.data.speed")

    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.fields[documents]:,} articles")]
    if what:
        columns.append(TextColumn(f"{{task.fields[records]:,}} {what}"))
    if total:
        columns += [BarColumn(), TextColumn("{task.percentage:>3.0f}%"), DownloadColumn(), ArticleRate(),
                    TimeRemainingColumn()]
    else:
        columns += [ArticleRate(), TimeElapsedColumn()]
    return Progress(*columns, console=Console(stderr=True), transient=True)
