"""CLI commands over topics and the claim graph: ``topics`` and ``graph``.

Thin: each command opens the claim store, calls :mod:`attribution.graph` or the store's read
API, and writes with :mod:`attribution.io.output` or :func:`attribution.graph.write_graph`.
"""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from attribution.cli.common import (
    DbOpt, ExcelOpt, FormatOpt, OutletOpt, OutputOpt, SinceOpt, SpeakerOpt, TopicOpt, UntilOpt, open_existing,
    show_frame,
)

__all__ = ["topics", "graph"]

_GRAPH_FORMATS = ("gexf", "graphml", "json")
#: ``graph --min-topic-claims``: by default the topics of a single claim are left out (half the
#: nodes of a news store's graph, and no link between two claims).
MIN_TOPIC_CLAIMS = 2


def _graph_format(value: Optional[str]) -> Optional[str]:
    if value is not None and value.lower() not in _GRAPH_FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(_GRAPH_FORMATS)}")
    return value.lower() if value else None


def topics(
    db: DbOpt,
    limit: Annotated[Optional[int], typer.Option("--limit", metavar="N", min=0,
                                                 help="At most N topics (most claims first).")] = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    excel: ExcelOpt = False,
) -> None:
    """List topics with their claim and speaker counts and most quoted speakers."""
    show_frame(db, lambda store: store.rows("topics", limit=limit),
               fmt=format, out=output, excel=excel, title="topics")


def graph(
    db: DbOpt,
    format: Annotated[Optional[str], typer.Option(
        "--format", "-f", metavar="FORMAT", callback=_graph_format,
        help="gexf (Gephi), graphml or json (node-link, edges under \"edges\"). "
             "Default: from the -o file's extension.", show_default=False)] = None,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE", help="Write to FILE ('-' = stdout).")] = "-",
    speaker: SpeakerOpt = None,
    topic: TopicOpt = None,
    outlet: OutletOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_topic_claims: Annotated[int, typer.Option(
        "--min-topic-claims", metavar="N", min=1,
        help="Leave out the topics fewer than N claims of the store are about (1: every topic; a topic of "
             "a single claim links nothing).")] = MIN_TOPIC_CLAIMS,
) -> None:
    """Export the speaker–claim–topic graph for Gephi (gexf), yEd (graphml) or d3 (json).

    Nodes are speakers, claims, topics and articles; edges are said, about, in, same_as (near-duplicate claims) and cites (nested attribution). Filters keep the matching claims with their speakers, topics and articles. The file is streamed from the store: memory does not grow with it.
    """  # noqa: E501 (one line: Typer keeps the docstring's line breaks in --help)
    from attribution.graph import resolve_graph_format, write_store_graph

    if format is None and output in (None, "-"):
        raise typer.BadParameter("pass --format gexf|graphml|json when writing to stdout", param_hint="'--format'")
    fmt = resolve_graph_format(format, output)
    with open_existing(db) as store:
        counts = write_store_graph(store, output, fmt, speaker=speaker, topic=topic, since=since, until=until,
                                   outlet=outlet, min_topic_claims=min_topic_claims)
    if output not in (None, "-"):
        n_nodes, n_edges = counts.pop("nodes"), counts.pop("edges")
        detail = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
        typer.echo(f"{output}: {n_nodes} nodes ({detail}), {n_edges} edges", err=True)
