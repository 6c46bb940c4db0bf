"""The command line (`attribution --help`): a thin Typer layer over the library.

Library exceptions become one line on stderr and exit code 1; usage errors exit 2.
Each command group lives in its own module and registers itself here.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="attribution",
    help="Arabic who-said-what: extract reported speech (cue, speaker, claim) from news articles, "
    "store it as a speaker–claim–topic graph, and export tables and graphs.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

for _module in ("extract", "store", "graph", "models"):
    importlib.import_module(f"attribution.cli.{_module}").register(app)


def main() -> None:
    app()
