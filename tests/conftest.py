"""Shared fixtures: where ../shared is, and quiet, single-threaded torch if stanza is imported."""
from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# one torch thread per process: two 2-thread processes on 2 cores ran 136x slower (stanza-offline.md)
os.environ.setdefault("OMP_NUM_THREADS", "1")
logging.getLogger("stanza").setLevel(logging.WARNING)


@pytest.fixture(scope="session", autouse=True)
def _temporary_files_stay_in_pytest(tmp_path_factory):
    """Every temporary file a test, a doctest, a notebook kernel or a CLI child makes goes under this
    run's pytest directory (pytest keeps the last three runs), not loose in the system's /tmp."""
    root = str(tmp_path_factory.mktemp("tempfile"))
    before_env, before_dir = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"], tempfile.tempdir = root, root
    yield
    tempfile.tempdir = before_dir
    if before_env is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = before_env


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder; tests that need it skip on a user's clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (it exists only in development and CI)")
    return SHARED


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
