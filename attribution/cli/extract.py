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
    MAX_CHARS, JobsOpt, LimitOpt, MaxCharsOpt, ModelsDirOpt, OutputOpt, ParticiplesOpt, QuietOpt, TextFieldOpt,
    char_limit, load_cues, output_format, use_models_dir,
)
from attribution.cli.messages import Messages
from attribution.io.output import CLAIM_COLUMNS, flatten, record_row, write_rows
from attribution.records import Document

__all__ = ["extract"]

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

      attribution extract article.txt -f html -o article.html

      cat article.txt | attribution extract - -f jsonl
    """
    fmt = output_format(format, output)
    use_models_dir(models_dir)
    from attribution.io.readers import read_documents

    messages = Messages(quiet=quiet, paths=paths)
    docs: Iterable[Document] = read_documents(paths, text_field=text_field, encoding=encoding,
                                              max_chars=char_limit(max_chars), on_error=messages.problem)
    if limit is not None:
        docs = islice(docs, limit)
    docs = messages.track(docs)
    with messages:
        if fmt == "html":  # the articles themselves, each claim marked in its text
            from attribution.io.html import write_article_page

            write_article_page(_extracted(docs, messages, cues=cues, backend=backend, jobs=jobs,
                                          participles=participles), output)
        else:
            rows = _rows(docs, fmt, messages, cues=cues, backend=backend, jobs=jobs, participles=participles)
            write_rows(rows, fmt=fmt, out=output, excel=excel, on_warning=messages.warning,
                       columns=None if fmt == "table" else CLAIM_COLUMNS)
    if not messages.documents:
        messages.failed_run()
        raise typer.Exit(1)
    messages.finish("extract: ")


def _extracted(docs: Iterable[Document], messages: Messages, *, cues: Optional[Path],
               **options: Any) -> Iterator[tuple[Document, list[Any]]]:
    """Each document with its records, counted on the progress bar."""
    from attribution.pipeline import extract_many

    for doc, records in extract_many(docs, lexicon=load_cues(cues), on_error=messages.problem, **options):
        messages.document(len(records))
        yield doc, records


def _rows(docs: Iterable[Document], fmt: str, messages: Messages, *, cues: Optional[Path],
          **options: Any) -> Iterator[dict[str, Any]]:
    """One output row per record, with its document's title, url, date and outlet: the JSON
    record for json/jsonl, flattened for tables and spreadsheets."""
    for doc, records in _extracted(docs, messages, cues=cues, **options):
        for record in records:
            yield record_row(record, doc.meta) if fmt in ("json", "jsonl") else flatten(record, doc.meta)
