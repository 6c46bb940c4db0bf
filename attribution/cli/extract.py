"""``attribution extract``: articles in, who-said-what records out.

Reads files, folders or stdin (:mod:`attribution.io.readers`), runs
:func:`attribution.pipeline.extract_many` over the articles, in one process or ``--jobs N``
worker processes (output order is input order), and writes the records in any of the shared
formats (:mod:`attribution.io.output`).  stdout carries only data; warnings and the progress bar
go to stderr.
"""
from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Annotated, Any, Iterable, Iterator, Optional

import typer

from attribution.cli.common import (
    DEFAULT_BACKEND, DEFAULT_PARTICIPLES, BackendOpt, CuesOpt, EncodingOpt, ExcelOpt, FormatOpt, InputsArg,
    MAX_CHARS, JobsOpt, MaxCharsOpt, ModelsDirOpt, OutputOpt, ParticiplesOpt, TextFieldOpt, char_limit, load_cues,
    output_format, use_models_dir,
)
from attribution.cli.messages import Messages
from attribution.io.output import META_COLUMNS, RECORD_COLUMNS, flatten, write_rows
from attribution.records import Document

__all__ = ["extract"]

LimitOpt = Annotated[Optional[int], typer.Option(
    "--limit", min=1, metavar="N", show_default=False, help="Stop after N documents.")]
QuietOpt = Annotated[bool, typer.Option(
    "--quiet", "-q", help="No progress bar and no warnings (errors are still shown).")]


def extract(
    paths: InputsArg,
    format: FormatOpt = None,
    output: OutputOpt = None,
    excel: ExcelOpt = False,
    text_field: TextFieldOpt = None,
    encoding: EncodingOpt = None,
    cues: CuesOpt = None,
    backend: BackendOpt = DEFAULT_BACKEND,
    models_dir: ModelsDirOpt = None,
    jobs: JobsOpt = 1,
    limit: LimitOpt = None,
    quiet: QuietOpt = False,
    participles: ParticiplesOpt = DEFAULT_PARTICIPLES,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Extract who-said-what records (cue, speaker, claim) from Arabic news articles.

    Examples:

      attribution extract article.txt

      attribution extract corpus/ -f xlsx -o claims.xlsx

      cat article.txt | attribution extract - -f jsonl
    """
    fmt = output_format(format, output)
    use_models_dir(models_dir)
    from attribution.io.readers import read_documents

    messages = Messages(quiet=quiet)
    docs: Iterable[Document] = read_documents(paths, text_field=text_field, encoding=encoding,
                                              max_chars=char_limit(max_chars), on_error=messages.problem)
    if limit is not None:
        docs = islice(docs, limit)
    rows = _rows(docs, fmt, messages, cues=cues, backend=backend, jobs=jobs, participles=participles)
    with messages:
        write_rows(rows, fmt=fmt, out=output, excel=excel, on_warning=messages.warning,
                   columns=None if fmt == "table" else RECORD_COLUMNS + META_COLUMNS)
    if not messages.documents:
        messages.failed_run()
        raise typer.Exit(1)


def _rows(docs: Iterable[Document], fmt: str, messages: Messages, *, cues: Optional[Path],
          **options: Any) -> Iterator[dict[str, Any]]:
    """One output row per record: the record itself for JSON, flattened with its document's
    metadata for tables and spreadsheets."""
    from attribution.pipeline import extract_many

    for doc, records in extract_many(docs, lexicon=load_cues(cues), on_error=messages.problem, **options):
        messages.document(len(records))
        for record in records:
            yield record.to_dict() if fmt in ("json", "jsonl") else flatten(record, doc.meta)
