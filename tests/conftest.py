"""Shared fixtures: where ../shared is, and quiet, single-threaded torch if stanza is imported."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# one torch thread per process: two 2-thread processes on 2 cores ran 136x slower (stanza-offline.md)
os.environ.setdefault("OMP_NUM_THREADS", "1")
logging.getLogger("stanza").setLevel(logging.WARNING)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder; tests that need it skip on a user's clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (it exists only in development and CI)")
    return SHARED


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
