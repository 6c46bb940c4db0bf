"""``attribution extract``: articles in, who-said-what records out.

Reads files, folders or stdin (:mod:`attribution.io.readers`), runs
:func:`attribution.pipeline.extract_many` over the articles, in one process or ``--jobs N``
worker processes (output order is input order), and writes the records in any of the shared
formats (:mod:`attribution.io.output`).  stdout carries only data; warnings and the progress bar
go to stderr.
"""
from __future__ import annotations

import os
import sys
from itertools import islice
from pathlib import Path
from typing import Annotated, Any, Iterable, Iterator, Optional

import typer

from attribution.errors import AttributionError, InputError
from attribution.io.output import (
    META_COLUMNS, RECORD_COLUMNS, ExcelOpt, FormatOpt, OutputOpt, check_output, flatten,
    resolve_format, write_rows,
)
from attribution.options import MODELS_ENV
from attribution.records import Document
from attribution.cli.common import DEFAULT_PARTICIPLES, ParticiplesOpt, check_backend, fail, load_cues

__all__ = ["register", "extract"]


# --------------------------------------------------------------------------- stderr


class _Messages:
    """Warnings on stderr, one line each, and the progress bar when stderr is a terminal.

    Problems met before the first document are held back: if no document is ever read they
    are printed as the ``error:`` lines of a failed run instead of as warnings.
    """

    def __init__(self, *, quiet: bool) -> None:
        self.quiet = quiet
        self.problems = 0
        self.held: list[str] = []
        self.documents = 0
        self.records = 0
        self._progress = None
        self._task = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.completed} documents"),
                TextColumn("{task.fields[records]} attributions"), TimeElapsedColumn(),
                console=Console(stderr=True), transient=True)

    def __enter__(self) -> "_Messages":
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("extract", total=None, records=0)
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
        self.problems += 1
        if not self.documents:
            self.held.append(message)
        elif not self.quiet:
            self._print(f"warning: {message}")

    def document(self, n_records: int) -> None:
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




# --------------------------------------------------------------------------- the command


def extract(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH", show_default=False,
        help="Article files (.txt .jsonl .csv .tsv .html .conllu), folders (read recursively; "
             "*.gold.jsonl skipped) or - for stdin (plain text, or JSONL when it starts with {).")],
    format: FormatOpt = None,
    output: OutputOpt = None,
    excel: ExcelOpt = False,
    text_field: Annotated[Optional[str], typer.Option(
        "--text-field", metavar="NAME", show_default=False,
        help="JSONL key / CSV column holding the article text (default: text, content or body).")] = None,
    encoding: Annotated[Optional[str], typer.Option(
        "--encoding", metavar="ENC", show_default=False,
        help="Encoding of files that are not UTF-8, e.g. cp1256 (default: detected).")] = None,
    cues: Annotated[Optional[Path], typer.Option(
        "--cues", metavar="FILE", show_default=False,
        help="Extra cue lexicon file, added to the built-in one.")] = None,
    backend: Annotated[str, typer.Option(
        "--backend", metavar="auto|rules|stanza", callback=check_backend,
        help="Extraction backend: rules (fast, no models), stanza (needs its models), "
             "auto (stanza where it can run, else rules).")] = "auto",
    models_dir: Annotated[Optional[Path], typer.Option(
        "--models-dir", metavar="DIR", show_default=False,
        help=f"Folder of the stanza models (sets {MODELS_ENV}).")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, metavar="N", help="Worker processes (output keeps input order).")] = 1,
    limit: Annotated[Optional[int], typer.Option(
        "--limit", min=1, metavar="N", show_default=False, help="Stop after N documents.")] = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar and no warnings (errors are still shown).")] = False,
    participles: ParticiplesOpt = DEFAULT_PARTICIPLES,
) -> None:
    """Extract who-said-what records (cue, speaker, claim) from Arabic news articles.

    Examples:

      attribution extract article.txt

      attribution extract corpus/ -f xlsx -o claims.xlsx

      cat article.txt | attribution extract - -f jsonl
    """
    fmt = resolve_format(format, output)
    try:
        check_output(fmt, output)
    except AttributionError as e:
        fail(str(e), 2)
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            fail(f"unknown encoding {encoding!r} (try cp1256, utf-16, latin-1)", 2)
    if models_dir is not None:
        os.environ[MODELS_ENV] = str(models_dir)

    from attribution.io.readers import read_documents
    from attribution.pipeline import extract_many

    columns = None if fmt == "table" else RECORD_COLUMNS + META_COLUMNS
    messages = _Messages(quiet=quiet)

    def rows() -> Iterator[dict[str, Any]]:
        docs: Iterable[Document] = read_documents(paths, text_field=text_field, encoding=encoding,
                                                  on_error=messages.problem)
        if limit is not None:
            docs = islice(docs, limit)
        for doc, records in extract_many(docs, lexicon=load_cues(cues), backend=backend, jobs=jobs,
                                         on_error=messages.problem, participles=participles):
            messages.document(len(records))
            for record in records:
                yield record.to_dict() if fmt in ("json", "jsonl") else flatten(record, doc.meta)

    try:
        with messages:
            write_rows(rows(), fmt=fmt, out=output, excel=excel, columns=columns)
    except BrokenPipeError:  # `attribution extract corpus/ | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0)
    except InputError as e:
        fail(str(e))
    except AttributionError as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except Exception as e:  # no traceback for users; ATTRIBUTION_DEBUG=1 shows it
        if os.environ.get("ATTRIBUTION_DEBUG"):
            raise
        fail(f"internal error ({type(e).__name__}: {e}); rerun with ATTRIBUTION_DEBUG=1 for details")
    if not messages.documents:
        messages.failed_run()
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``extract`` to the main app."""
    app.command("extract")(extract)
