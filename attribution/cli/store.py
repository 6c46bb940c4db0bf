"""CLI commands over the claim store: ``ingest``, ``reindex``, ``table``, ``speakers``.

Thin: ``ingest`` reads articles and hands them to :meth:`attribution.store.core.Store.ingest_documents`
(the extraction options are ``extract``'s, with the same defaults) — or, with ``--records``,
hands a Parquet dataset's documents and records to :meth:`~attribution.store.core.Store.ingest`
without extracting again; ``table`` and ``speakers``
stream a store listing (:meth:`~attribution.store.core.Store.rows`) into :mod:`attribution.io.output`.
"""
from __future__ import annotations

import time
from itertools import chain, islice
from pathlib import Path
from typing import Annotated, Any, Iterable, Optional

import typer

from attribution.cli.common import (
    DEFAULT_BACKEND, DEFAULT_PARTICIPLES, BackendOpt, CuesOpt, DbOpt, EncodingOpt, ExcelOpt, FormatOpt, InputsArg,
    MAX_CHARS, JobsOpt, LimitOpt, MaxCharsOpt, ModelsDirOpt, OutletOpt, OutputOpt, ParticiplesOpt, SearchOpt, SinceOpt,
    SpeakerOpt, TextFieldOpt, QuietOpt, TopicOpt, UntilOpt, char_limit, check_filter, load_cues, show_frame,
    usage_error, use_models_dir,
)
from attribution.cli.messages import Messages
from attribution.records import KINDS, Document

__all__ = ["ingest", "reindex", "table", "speakers"]

# what fits a terminal: the who-said-what columns (every column goes to files)
_CLAIM_COLUMNS = ["speaker", "cue", "kind", "claim", "outlet", "doc_id"]
_SPEAKER_COLUMNS = ["speaker_id", "name", "type", "n_claims", "n_docs", "aliases"]


def _kind(value: Optional[str]) -> Optional[str]:
    return value if value is None else check_filter(kind=value)


AliasesOpt = Annotated[Optional[Path], typer.Option(
    "--aliases", metavar="FILE", show_default=False,
    help="Speaker corrections: 'CANONICAL = VARIANT | VARIANT' and '!= A | B' (never merge) lines, or "
         "JSON. Re-resolves every stored speaker; remembered in the store for later runs.")]
RecordsOpt = Annotated[Optional[Path], typer.Option(
    "--records", metavar="DATASET", file_okay=False, show_default=False,
    help="Store the records of a Parquet dataset (attribution extract … -o claims.parquet, e.g. made on a "
         "Dask cluster) with their documents, instead of extracting articles again.")]
TopicsOpt = Annotated[Optional[Path], typer.Option(
    "--topics", metavar="FILE", show_default=False,
    help="Controlled topic taxonomy (label<TAB>keyword | keyword).")]


def ingest(
    paths: InputsArg = None,
    db: DbOpt = ...,
    records: RecordsOpt = None,
    aliases: AliasesOpt = None,
    topics: TopicsOpt = None,
    cues: CuesOpt = None,
    text_field: TextFieldOpt = None,
    encoding: EncodingOpt = None,
    backend: BackendOpt = DEFAULT_BACKEND,
    models_dir: ModelsDirOpt = None,
    jobs: JobsOpt = 1,
    limit: LimitOpt = None,
    quiet: QuietOpt = False,
    participles: ParticiplesOpt = DEFAULT_PARTICIPLES,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Extract who-said-what from articles into a claim store (re-runnable: unchanged
    articles are skipped, changed ones replaced, each article written whole or not at all);
    --records stores records extracted already (a Parquet dataset) with their articles."""
    from attribution.io.readers import read_documents
    from attribution.store.core import open_store

    t0 = time.perf_counter()
    use_models_dir(models_dir)
    if records is not None or not paths:
        _check_records(records, paths, cues=cues, text_field=text_field, encoding=encoding, models_dir=models_dir,
                       backend=backend != DEFAULT_BACKEND, participles=participles != DEFAULT_PARTICIPLES,
                       jobs=jobs != 1)
    setup = _ingest_setup(cues, topics, aliases)  # a bad file fails before the store is created
    if records is not None:
        return _ingest_records(records, db, setup, limit=limit, quiet=quiet, t0=t0)
    messages = Messages(hold=False, what=None, quiet=quiet, paths=paths)
    read = read_documents(paths, text_field=text_field, encoding=encoding, max_chars=char_limit(max_chars),
                          on_error=messages.problem, require_documents=True)
    first = next(read)  # nothing readable: NothingRead (one error line) before any store is created
    docs: Iterable[Document] = chain([first], read)
    if limit is not None:
        docs = islice(docs, limit)
    docs = messages.track(docs)
    with messages, open_store(db, create=True) as store:
        # new --aliases corrections re-resolve the stored speakers too
        report = store.ingest_documents(docs, backend=backend, participles=participles, jobs=jobs,
                                        on_error=messages.problem, on_progress=lambda doc_id, status: messages.document(),
                                        **setup)
    # inputs skipped, and documents not extracted or not stored (a renamed duplicate id is only a warning)
    failed = messages.problems
    if not quiet:
        typer.echo(f"{db}: added {report.added}, replaced {report.replaced}, skipped {report.skipped}, "
                   f"failed {failed}, attributions {report.attributions}, {time.perf_counter() - t0:.1f} s", err=True)
    if failed and not (report.added or report.replaced or report.skipped):
        raise typer.Exit(1)


def _check_records(records: Optional[Path], paths: Optional[list[str]], **given: Any) -> None:
    """``--records`` or PATH…, one of them; with ``--records``, no option of extraction."""
    if records is None:
        usage_error("nothing to ingest: pass article files or folders, or --records DATASET")
    if paths:
        usage_error("pass article files or --records DATASET, not both")
    extracting = [f"--{name.replace('_', '-')}" for name, value in given.items() if value not in (None, False)]
    if extracting:
        usage_error(f"{', '.join(extracting)}: the records of --records are extracted already")


def _ingest_records(records: Path, db: Path, setup: dict[str, Any], *, limit: Optional[int], quiet: bool,
                    t0: float) -> None:
    """Store a dataset's documents with their records (:func:`attribution.io.parquet.read_dataset`)."""
    from attribution.io.parquet import read_dataset
    from attribution.store.core import open_store

    pairs = read_dataset(records)
    first = next(pairs, None)  # a dataset that cannot be read fails before the store is created
    pairs = chain([] if first is None else [first], pairs)
    if limit is not None:
        pairs = islice(pairs, limit)
    messages = Messages(hold=False, what=None, quiet=quiet)
    options = {k: v for k, v in setup.items() if k != "lexicon"}
    with messages, open_store(db, create=True) as store:
        report = store.ingest(pairs, on_error=messages.problem,
                              on_progress=lambda doc_id, status: messages.document(), **options)
    if not quiet:
        typer.echo(f"{db}: added {report.added}, replaced {report.replaced}, skipped {report.skipped}, "
                   f"failed {report.failed}, attributions {report.attributions}, "
                   f"{time.perf_counter() - t0:.1f} s", err=True)
    if report.failed and not (report.added or report.replaced or report.skipped):
        raise typer.Exit(1)


def reindex(
    db: DbOpt,
    aliases: AliasesOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Run every whole-store pass again: speakers re-resolved, near-duplicate clusters and topic labels recomputed.

    An ingest keeps these up to date for what it touched (the result is the same); reindex is for after an upgrade, new --aliases corrections, or to check. Speaker ids are kept (merges and splits: speakers --changes).
    """  # noqa: E501 (one line: Typer keeps the docstring's line breaks in --help)
    from attribution.store.core import open_store

    t0 = time.perf_counter()
    setup = _ingest_setup(None, None, aliases)
    with open_store(db, create=False) as store:
        found = store.reindex(setup["aliases"])
    if not quiet:
        detail = ", ".join(f"{k} {v}" for k, v in found.items())
        typer.echo(f"{db}: {detail}, {time.perf_counter() - t0:.1f} s", err=True)


def _ingest_setup(cues: Optional[Path], topics: Optional[Path], aliases: Optional[Path]) -> dict[str, Any]:
    """The lexicon, taxonomy and alias corrections the files name (each ``None`` without its file)."""
    setup: dict[str, Any] = {"lexicon": load_cues(cues), "taxonomy": None, "aliases": None}
    if topics is not None:
        from attribution.topics.assign import load_taxonomy

        setup["taxonomy"] = load_taxonomy(topics)
    if aliases is not None:
        from attribution.speakers.across_documents import load_aliases

        setup["aliases"] = load_aliases(aliases)
    return setup


def table(
    db: DbOpt,
    speaker: SpeakerOpt = None,
    topic: TopicOpt = None,
    doc: Annotated[Optional[str], typer.Option("--doc", metavar="D", help="Document id.")] = None,
    outlet: OutletOpt = None,
    kind: Annotated[Optional[str], typer.Option(
        "--kind", metavar="K", callback=_kind, help=f"One of {', '.join(KINDS)}.")] = None,
    meaning: Annotated[Optional[str], typer.Option("--meaning", metavar="M", help="Cue meaning (say, deny, …).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", metavar="N", min=0, help="At most N rows.")] = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    excel: ExcelOpt = False,
) -> None:
    """List stored claims (one row per attribution), filtered; --search finds words in claims and speakers."""
    show_frame(db, lambda store: store.rows("claims", speaker=speaker, topic=topic, doc_id=doc, outlet=outlet,
                                            kind=kind, meaning=meaning, since=since, until=until, limit=limit,
                                            search=search),
               fmt=format, out=output, excel=excel, title="claims", terminal_columns=_CLAIM_COLUMNS)


def speakers(
    db: DbOpt,
    audit: Annotated[bool, typer.Option(
        "--audit", help="List every alias with the document it was seen in, instead of one row a speaker.")] = False,
    changes: Annotated[bool, typer.Option(
        "--changes", help="List the speaker ids merged into another or split off one, instead.")] = False,
    search: SearchOpt = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    excel: ExcelOpt = False,
) -> None:
    """List canonical speakers with their aliases, roles and claim counts (ids stay the same from one ingest to the next)."""
    if audit and changes:
        usage_error("--audit and --changes are two listings; pass one")

    def query(store: Any) -> Any:
        if audit or changes:
            return store.rows("aliases" if audit else "speaker_changes")
        return store.rows("speakers", search=search)

    show_frame(db, query, fmt=format, out=output, excel=excel,
               title="aliases" if audit else "speaker changes" if changes else "speakers",
               terminal_columns=None if audit or changes else _SPEAKER_COLUMNS)
