"""The notebooks run top to bottom, headless, so they cannot rot.

Each is executed with nbclient in a python3 kernel started from this interpreter, with the
repository root as working directory.  With ``../shared`` present they also read a small
SaudiNewsNet sample (their ``SAMPLE`` parameter); without it, the repository corpus only.
Committed notebooks carry no outputs.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")  # claim_graph draws; Arabic shaping degrades gracefully without its packages

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.slow


def test_there_are_notebooks():
    names = {p.name for p in NOTEBOOKS}
    assert {"who_said_what.ipynb", "claim_graph.ipynb"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear outputs"
    assert any("parameters" in c.metadata.get("tags", []) for c in nb.cells), "a parameters cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, monkeypatch):
    from jupyter_client.kernelspec import NATIVE_KERNEL_NAME

    # the kernel must be this interpreter (the venv), whatever `python` is on PATH
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent), prepend=":")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=240, kernel_name=NATIVE_KERNEL_NAME,
                                     resources={"metadata": {"path": str(ROOT)}})
    client.execute()
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs
                     if o.get("output_type") == "stream")
    assert "repository corpus:" in text
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.get("output_type") == "error"]
    assert not errors
