"""The package's data files (lexicons, word lists), read with importlib.resources."""
from __future__ import annotations

from importlib import resources


def data_text(name: str) -> str:
    """The text of ``attribution/lexicon/data/<name>``."""
    return resources.files("attribution.lexicon").joinpath("data", name).read_text(encoding="utf-8")
