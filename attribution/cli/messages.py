"""What a long command says on stderr while it runs: one ``warning:`` line per problem, and a
progress bar when stderr is a terminal (stdout carries only data)."""
from __future__ import annotations

import sys
from typing import Any


class Messages:
    """Warnings on stderr, one line each, and the progress bar when stderr is a terminal.

    With ``hold`` (``attribution extract``), problems met before the first document are held
    back: if no document is ever read they are printed as the ``error:`` lines of a failed run
    (:meth:`failed_run`) instead of as warnings.  ``records`` adds the attribution count to the bar.
    """

    def __init__(self, *, quiet: bool = False, hold: bool = True, records: bool = True) -> None:
        self.quiet = quiet
        self.hold = hold
        self.problems = 0  # something was skipped: a failure
        self.notes = 0  # read all the same (a ReadProblem with ``kept``): a warning only
        self.held: list[str] = []
        self.documents = 0
        self.records = 0
        self._progress = None
        self._task = None
        if not quiet and sys.stderr.isatty():
            self._progress = _progress_bar(records)

    def __enter__(self) -> "Messages":
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("documents", total=None, records=0)
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

    def document(self, n_records: int = 0) -> None:
        """One document done, with its number of attributions."""
        if not self.documents and not self.quiet:
            for message in self.held:
                self._print(f"warning: {message}")
        self.documents += 1
        self.records += n_records
        if self._progress is not None:
            self._progress.update(self._task, advance=1, records=self.records)

    def failed_run(self) -> None:
        """Nothing was read: each held problem becomes an ``error:`` line."""
        for message in self.held or ["no documents in the input"]:
            print(f"error: {message}", file=sys.stderr, flush=True)


def _progress_bar(records: bool):
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = [SpinnerColumn(), TextColumn("{task.completed} documents")]
    if records:
        columns.append(TextColumn("{task.fields[records]} attributions"))
    return Progress(*columns, TimeElapsedColumn(), console=Console(stderr=True), transient=True)
