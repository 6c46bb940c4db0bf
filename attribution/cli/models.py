"""CLI commands for the optional stanza models: ``models download`` and ``models status``.

Downloading is explicit and one time; nothing else in the package ever fetches a model.
Neither command imports torch unless it has to (``download`` does, through stanza).
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from attribution.backends import stanza as sb
from attribution.cli.common import ModelsDirOpt, fail
from attribution.options import MODELS_ENV

__all__ = ["download", "status"]

DOWNLOAD_SIZE = "about 400 MB"
LICENCE = "UD Arabic-PADT models (Stanford stanza), licence CC BY-NC-SA 3.0: non-commercial use only"


def _source(models_dir: Optional[Path]) -> str:
    if models_dir:
        return "--models-dir"
    for var in (MODELS_ENV, "STANZA_RESOURCES_DIR"):
        if os.environ.get(var):
            return f"${var}"
    return "stanza default"


def _version(dist: str) -> Optional[str]:
    if importlib.util.find_spec(dist) is None:
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"  # pragma: no cover


def download(models_dir: ModelsDirOpt = None,
             yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False) -> None:
    """Download stanza's Arabic models once (tokenize, mwt, pos, lemma, depparse, ner)."""
    if importlib.util.find_spec("stanza") is None:
        fail(sb.INSTALL_HINT)
    root = sb.resolve_models_dir(models_dir)
    typer.echo(f"Arabic stanza models: {DOWNLOAD_SIZE}")
    typer.echo(f"Target directory:    {root} ({_source(models_dir)})")
    typer.echo(f"Licence:             {LICENCE}")
    if not yes and not typer.confirm("Download now?", default=False):
        typer.echo("Nothing downloaded.", err=True)
        raise typer.Exit(1)
    import logging

    import stanza
    import torch

    torch.set_num_threads(1)
    try:
        root.mkdir(parents=True, exist_ok=True)
        stanza.download("ar", model_dir=str(root), logging_level="INFO")
    except Exception as e:  # noqa: BLE001 - network, disk and HTTP errors all end here
        reason = (str(e).splitlines()[0].split(" (Caused")[0][:160]) if str(e) else e.__class__.__name__
        kind = "network unreachable" if "Connection" in e.__class__.__name__ or "resolve" in reason.lower() \
            else e.__class__.__name__
        fail(f"download failed ({kind}: {reason}); download on a connected machine with "
             f"`attribution models download --models-dir DIR` and copy DIR here")
    finally:
        logging.getLogger("stanza").setLevel(logging.WARNING)
    state = "ready" if sb.available(str(root)) else "incomplete (see `attribution models status`)"
    typer.echo(f"Models in {root}: {state}")


def status(models_dir: ModelsDirOpt = None) -> None:
    """Show which Arabic processors are installed, where, their sizes, and the stanza/torch versions."""
    root = sb.resolve_models_dir(models_dir)
    typer.echo(f"models dir: {root} ({_source(models_dir)})")
    typer.echo(f"stanza:     {_version('stanza') or 'not installed'}")
    typer.echo(f"torch:      {_version('torch') or 'not installed'}")
    if not root.is_dir():
        typer.echo("models:     none (directory missing); run: attribution models download")
        raise typer.Exit(0)
    typer.echo(f"resources:  {'resources.json' if (root / 'resources.json').is_file() else 'missing resources.json'}")
    procs = sb.installed_processors(str(root))
    total = 0
    for proc in sb.PROCESSORS:
        files = procs.get(proc)
        if files is None:
            typer.echo(f"  {proc:<9} -")
            continue
        size = sum(f.stat().st_size for f in files)
        total += size
        names = ", ".join(f.name for f in files) or "rule-based"
        typer.echo(f"  {proc:<9} {names} ({_size(size)})")
    typer.echo(f"total:      {_size(total)}")
    ok = sb.available(str(root))
    typer.echo(f"backend:    {'available' if ok else 'not available'}"
               + ("" if ok else " (needs stanza, torch, tokenize and depparse models)"))
