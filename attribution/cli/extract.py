"""``attribution extract``: articles in, who-said-what records out.

Reads files, folders or stdin (:mod:`attribution.io.readers`), runs
:func:`attribution.pipeline.extract_many` over the articles, in one process or ``--jobs N``
worker processes (output order is input order) — or, with ``--dask``, has a Dask cluster's
workers read and extract them (:mod:`attribution.distributed`) — and writes the records in any
of the shared formats (:mod:`attribution.io.output`) or as a Parquet dataset
(``-o claims.parquet``: :mod:`attribution.io.parquet`).  stdout carries only data; warnings and the progress bar
go to stderr.
"""
from __future__ import annotations

from contextlib import nullcontext
from itertools import islice
from pathlib import Path
from typing import Annotated, Any, Iterable, Iterator, Optional

import typer

from attribution.cli.common import (
    DEFAULT_BACKEND, DEFAULT_PARTICIPLES, BackendOpt, CuesOpt, EncodingOpt, ExcelOpt, FormatOpt, InputsArg,
    MAX_CHARS, JobsOpt, LimitOpt, MaxCharsOpt, ModelsDirOpt, OutputOpt, ParticiplesOpt, QuietOpt, TextFieldOpt,
    char_limit, load_cues, output_format, use_models_dir, usage_error,
)
from attribution.cli.messages import Messages
from attribution.io.output import CLAIM_COLUMNS, flatten, record_row, write_rows
from attribution.records import Document

__all__ = ["extract"]

DaskOpt = Annotated[Optional[str], typer.Option(
    "--dask", metavar="ADDRESS|local", show_default=False,
    help="Run on a Dask cluster: its scheduler's ADDRESS (tcp://host:8786), or local for a cluster of "
         "--jobs worker processes on this machine. The workers read the input files themselves (the same "
         "paths on every machine); the records are a serial run's, in input order. Needs the dask extra.")]


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
    dask: DaskOpt = None,
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

      attribution extract news.jsonl --dask local -j 2 -o claims.parquet
    """
    fmt = _output_format(format, output)
    _check_dask(dask, jobs, paths)
    use_models_dir(models_dir)
    from attribution.io.readers import read_documents

    messages = Messages(quiet=quiet, paths=paths)
    docs: Iterable[Document] = read_documents(paths, text_field=text_field, encoding=encoding,
                                              max_chars=char_limit(max_chars), on_error=messages.problem)
    if limit is not None:
        docs = islice(docs, limit)
    docs = messages.track(docs)
    options: dict[str, Any] = {"cues": cues, "backend": backend, "participles": participles}
    with messages, _cluster(dask, jobs) as client:
        if client is None:
            pairs = _extracted(docs, messages, jobs=jobs, **options)
        else:  # the workers read the files: the reader above (lazy) is never started
            pairs = _on_cluster(client, paths, messages, text_field=text_field, encoding=encoding, limit=limit,
                                max_chars=char_limit(max_chars), **options)
        if fmt == "html":  # the articles themselves, each claim marked in its text
            from attribution.io.html import write_article_page

            write_article_page(pairs, output)
        elif fmt == "parquet":  # a dataset: the records and their documents (attribution ingest --records)
            from attribution.io.parquet import write_dataset

            write_dataset(pairs, output)
        else:
            write_rows(_rows(pairs, fmt), fmt=fmt, out=output, excel=excel, on_warning=messages.warning,
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


def _rows(pairs: Iterable[tuple[Document, list[Any]]], fmt: str) -> Iterator[dict[str, Any]]:
    """One output row per record, with its document's title, url, date and outlet: the JSON
    record for json/jsonl, flattened for tables and spreadsheets."""
    for doc, records in pairs:
        for record in records:
            yield record_row(record, doc.meta) if fmt in ("json", "jsonl") else flatten(record, doc.meta)


# --------------------------------------------------------------------------- --dask, -o x.parquet

def _output_format(fmt: Optional[str], out: Optional[str]) -> str:
    """``parquet`` for ``-o NAME.parquet`` (without ``-f``), else the shared formats' choice."""
    if fmt is None and out not in (None, "-") and Path(out).suffix.lower() == ".parquet":
        return "parquet"
    return output_format(fmt, out)


def _check_dask(dask: Optional[str], jobs: int, paths: list[str]) -> None:
    if dask is None:
        return
    if dask != "local" and jobs > 1:
        usage_error("--jobs sets the workers of --dask local; a cluster at an address has its own workers")
    if "-" in paths:
        usage_error("--dask workers read files: stdin cannot be shared out; write it to a file they can read")


def _cluster(dask: Optional[str], jobs: int) -> Any:
    """The Dask client of ``--dask`` (closed on exit), or ``None`` without it."""
    if dask is None:
        return nullcontext(None)
    from attribution.distributed import cluster

    return cluster(dask, workers=jobs if jobs > 1 else None)


def _on_cluster(client: Any, paths: list[str], messages: Messages, *, cues: Optional[Path], limit: Optional[int],
                **options: Any) -> Iterator[tuple[Document, list[Any]]]:
    """The documents read and extracted by the cluster's workers, counted and on the progress bar."""
    from attribution.distributed import extract_on_cluster

    pairs = extract_on_cluster(paths, client, lexicon=load_cues(cues), on_error=messages.problem, limit=limit,
                               **options)
    current: list[list[Any]] = [[]]  # the records of the document track() passes on

    def documents() -> Iterator[Document]:
        for doc, records in pairs:
            current[0] = records
            yield doc

    for doc in messages.track(documents()):
        messages.document(len(current[0]))
        yield doc, current[0]
