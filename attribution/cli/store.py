"""CLI commands over the claim store: ``ingest``, ``table``, ``speakers``.

Thin: each command parses options, calls :mod:`attribution.store.core`, and writes rows with
:mod:`attribution.io.output`.  Library errors become one line on stderr and exit code 1.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from attribution.errors import AttributionError
from attribution.io.output import ExcelOpt, FormatOpt, OutputOpt
from attribution.records import KINDS
from attribution.cli.common import (
    DEFAULT_PARTICIPLES, DbOpt, ParticiplesOpt, check_backend, check_date, fail, load_cues, show_frame,
)

def _kind(value: Optional[str]) -> Optional[str]:
    if value is not None and value not in KINDS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(KINDS)}")
    return value


# what fits a terminal: the who-said-what columns (every column goes to files)
_CLAIM_COLUMNS = ["speaker", "cue", "kind", "claim", "outlet", "doc_id"]
_SPEAKER_COLUMNS = ["speaker_id", "name", "type", "n_claims", "n_docs", "aliases"]


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``table`` and ``speakers`` to the main app."""
    @app.command()
    def ingest(
        paths: Annotated[List[str], typer.Argument(metavar="PATH...", show_default=False,
                                                   help="Files or folders of articles (txt, jsonl, csv, tsv, html); '-' = stdin.")],
        db: DbOpt,
        aliases: Annotated[Optional[Path], typer.Option(
            "--aliases", metavar="FILE", help="Speaker corrections: 'CANONICAL = VARIANT | VARIANT' and "
            "'!= A | B' (never merge) lines, or JSON. Re-resolves every stored speaker; remembered "
            "in the store for later runs.")] = None,
        topics: Annotated[Optional[Path], typer.Option(
            "--topics", metavar="FILE", help="Controlled topic taxonomy (label<TAB>keyword | keyword).")] = None,
        cues: Annotated[Optional[Path], typer.Option(
            "--cues", metavar="FILE", help="Extra cue lexicon, added to the built-in one.")] = None,
        text_field: Annotated[Optional[str], typer.Option(
            "--text-field", metavar="F", help="JSONL key / CSV column holding the article text.")] = None,
        encoding: Annotated[Optional[str], typer.Option(
            "--encoding", metavar="E", help="Input encoding when not UTF-8 (e.g. cp1256).")] = None,
        backend: Annotated[str, typer.Option(
            "--backend", callback=check_backend, help="Extraction backend: auto, rules or stanza.")] = "rules",
        participles: ParticiplesOpt = DEFAULT_PARTICIPLES,
        jobs: Annotated[int, typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Worker processes (records identical to one process).")] = 1,
    ) -> None:
        """Extract who-said-what from articles into a claim store (re-runnable: unchanged
        articles are skipped, changed ones replaced, each article written whole or not at all)."""
        from attribution.io.readers import read_documents
        from attribution.store.core import open_store

        t0 = time.perf_counter()
        read_errors: list[str] = []

        def on_read_error(msg: str) -> None:
            read_errors.append(msg)
            typer.echo(f"Warning: {msg}", err=True)

        done = [0]
        tty = sys.stderr.isatty()

        def on_progress(doc_id: str, status: str) -> None:
            done[0] += 1
            if tty and done[0] % 25 == 0:
                typer.echo(f"\r{done[0]} documents…", err=True, nl=False)

        try:
            lexicon = load_cues(cues)
            taxonomy = None
            if topics is not None:
                from attribution.topics.assign import load_taxonomy
                taxonomy = load_taxonomy(topics)
            alias_config = None
            if aliases is not None:
                from attribution.speakers.across_documents import load_aliases
                alias_config = load_aliases(aliases)
            docs = read_documents(paths, text_field=text_field, encoding=encoding, on_error=on_read_error)
            with open_store(db) as store:
                # new --aliases corrections re-resolve the stored speakers too
                report = store.ingest_documents(
                    docs, lexicon=lexicon, backend=backend, participles=participles, jobs=jobs,
                    aliases=alias_config, taxonomy=taxonomy, on_progress=on_progress,
                    on_error=lambda line: typer.echo(f"Warning: {line}", err=True))
        except AttributionError as e:
            if tty and done[0]:
                typer.echo("", err=True)
            fail(str(e))
            return
        if tty and done[0] >= 25:
            typer.echo("", err=True)
        failed = report.failed + len(read_errors)
        typer.echo(f"{db}: added {report.added}, replaced {report.replaced}, skipped {report.skipped}, "
                   f"failed {failed}, attributions {report.attributions}, "
                   f"{time.perf_counter() - t0:.1f} s", err=True)
        if failed and not (report.added or report.replaced or report.skipped):
            raise typer.Exit(1)

    @app.command()
    def table(
        db: DbOpt,
        speaker: Annotated[Optional[str], typer.Option(
            "--speaker", metavar="S", help="Canonical name or any alias (normalised; a surname finds every bearer).")] = None,
        topic: Annotated[Optional[str], typer.Option("--topic", metavar="T", help="Topic label or key (substring).")] = None,
        doc: Annotated[Optional[str], typer.Option("--doc", metavar="D", help="Document id.")] = None,
        outlet: Annotated[Optional[str], typer.Option("--outlet", metavar="O", help="Outlet (source) name.")] = None,
        kind: Annotated[Optional[str], typer.Option(
            "--kind", metavar="K", callback=_kind, help=f"One of {', '.join(KINDS)}.")] = None,
        meaning: Annotated[Optional[str], typer.Option("--meaning", metavar="M", help="Cue meaning (say, deny, …).")] = None,
        since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", callback=check_date,
                                                     help="Documents dated on or after DATE (YYYY[-MM[-DD]]).")] = None,
        until: Annotated[Optional[str], typer.Option("--until", metavar="DATE", callback=check_date,
                                                     help="Documents dated on or before DATE (inclusive).")] = None,
        limit: Annotated[Optional[int], typer.Option("--limit", metavar="N", min=0, help="At most N rows.")] = None,
        format: FormatOpt = None,
        output: OutputOpt = None,
        excel: ExcelOpt = False,
    ) -> None:
        """List stored claims (one row per attribution), filtered."""
        show_frame(db, lambda store: store.claims(speaker=speaker, topic=topic, doc_id=doc, outlet=outlet, kind=kind,
                                                  meaning=meaning, since=since, until=until, limit=limit),
                   fmt=format, out=output, excel=excel, title="claims", terminal_columns=_CLAIM_COLUMNS)

    @app.command()
    def speakers(
        db: DbOpt,
        audit: Annotated[bool, typer.Option(
            "--audit", help="List every alias with the document it was seen in, instead of one row a speaker.")] = False,
        format: FormatOpt = None,
        output: OutputOpt = None,
        excel: ExcelOpt = False,
    ) -> None:
        """List canonical speakers with their aliases, roles and claim counts."""
        show_frame(db, lambda store: store.aliases() if audit else store.speakers(),
                   fmt=format, out=output, excel=excel, title="aliases" if audit else "speakers",
                   terminal_columns=None if audit else _SPEAKER_COLUMNS)
