"""``attribution report`` (a browsable site of a claim store, opened from the file system) and
``attribution metadata`` (the store's datasette metadata).

Thin: they open the store and call :func:`attribution.report.build_report` or
:func:`attribution.store.datasette.datasette_metadata`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from attribution.cli.common import (
    DbOpt, OutletOpt, SearchOpt, SinceOpt, SpeakerOpt, TopicOpt, UntilOpt, open_existing,
)

__all__ = ["report", "metadata"]


def report(
    db: DbOpt,
    output: Annotated[Path, typer.Option(
        "--output", "-o", metavar="DIR", file_okay=False, show_default=False,
        help="The folder to write (created if needed): index.html, speakers/, articles/.")],
    speaker: SpeakerOpt = None,
    topic: TopicOpt = None,
    outlet: OutletOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
) -> None:
    """Write a browsable report of the stored claims: open DIR/index.html (no server, no network).

    The index counts claims by speaker, outlet, topic and month and lists every claim, filtered and searched in the browser; each speaker has a page (what they said, about what, where, when) and each article one with its cues, speakers and claims marked in the text. Filters keep the matching claims.
    """  # noqa: E501 (one line: Typer keeps the docstring's line breaks in --help)
    from attribution.report import build_report

    with open_existing(db) as store:
        done = build_report(store, output, speaker=speaker, topic=topic, outlet=outlet, since=since, until=until,
                            search=search)
    typer.echo(f"{output / 'index.html'}: {done.claims} claims, {done.speakers} speaker pages, "
               f"{done.articles} article pages", err=True)


def metadata(
    db: DbOpt,
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE",
                                        help="Write to FILE ('-' = stdout).")] = "-",
) -> None:
    """Write the datasette metadata of a claim store: datasette claims.db -m metadata.json.

    Labels for every column, facets by speaker, outlet, topic, cue meaning and kind, text search on the who_said_what view, right-to-left Arabic cells.
    """  # noqa: E501 (one line: Typer keeps the docstring's line breaks in --help)
    import json

    from attribution.store.datasette import datasette_metadata

    with open_existing(db):  # a store that is not there (or not a store) is the error it would be later
        pass
    text = json.dumps(datasette_metadata(db), ensure_ascii=False, indent=2) + "\n"
    if output in (None, "-"):
        typer.echo(text, nl=False)
    else:
        from attribution.io.output import atomic_path

        with atomic_path(output) as tmp:  # whole or not at all
            tmp.write_text(text, encoding="utf-8")
