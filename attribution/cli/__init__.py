"""The command line (`attribution --help`): a thin Typer layer over the library.

Every command is a top-level function of its module, registered here through
:func:`~attribution.cli.common.translate_errors`: library exceptions become one ``error:`` line
on stderr and exit code 1; usage errors exit 2.  The modules import only Typer and light parts
of the library, so ``--help`` never loads the extractor (nor torch).
"""
from __future__ import annotations

import typer

from attribution.cli import extract, graph, models, report, store
from attribution.cli.common import translate_errors

app = typer.Typer(
    name="attribution",
    help="Arabic who-said-what: extract reported speech (cue, speaker, claim) from news articles, "
    "store it as a speaker–claim–topic graph, and export tables and graphs.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
models_app = typer.Typer(help="Manage the optional stanza Arabic models (explicit download, status).",
                         no_args_is_help=True)

for _name, _command in (("extract", extract.extract), ("ingest", store.ingest), ("reindex", store.reindex),
                        ("table", store.table),
                        ("speakers", store.speakers), ("topics", graph.topics), ("graph", graph.graph),
                        ("report", report.report), ("metadata", report.metadata)):
    app.command(_name)(translate_errors(_command))
for _name, _command in (("download", models.download), ("status", models.status)):
    models_app.command(_name)(translate_errors(_command))
app.add_typer(models_app, name="models")


def main() -> None:
    app()
