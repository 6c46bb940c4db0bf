"""What extract and ingest say while they run: in a terminal one progress bar and a summary line
on stderr; nothing when stderr is not a terminal; and both take the same extraction options
with the same defaults."""
from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from attribution.cli import app
from attribution.options import DEFAULT_BACKEND

ROOT = Path(__file__).resolve().parents[1]


def run_in_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal (stdout to a pipe); return (code, what the terminal showed)."""
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "120"}
    proc = subprocess.Popen([sys.executable, "-m", "attribution", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    shown = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return proc.wait(60), shown.decode("utf-8", "replace")


def test_extract_in_a_terminal_shows_progress_and_a_summary(tmp_path):
    out = tmp_path / "out.jsonl"
    code, shown = run_in_terminal("extract", str(ROOT / "corpora"), "--backend", "rules", "-f", "jsonl",
                                  "-o", str(out), cwd=tmp_path)
    assert code == 0, shown
    assert re.search(r"extract: 17 articles, 1\d\d records, 0 warnings, \d+\.\d s", shown), shown
    assert "articles" in shown.split("extract:")[0]  # the bar was drawn before the summary
    assert all(json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines())


def test_ingest_in_a_terminal_shows_progress_and_its_report(tmp_path):
    code, shown = run_in_terminal("ingest", str(ROOT / "corpora"), "--db", str(tmp_path / "c.db"),
                                  "--backend", "rules", cwd=tmp_path)
    assert code == 0, shown
    assert re.search(r"c\.db: added 17, replaced 0, skipped 0, failed 0, attributions \d+", shown), shown


def test_quiet_or_not_a_terminal_is_silent(tmp_path):
    code, shown = run_in_terminal("extract", str(ROOT / "corpora"), "--backend", "rules", "-q", "-f", "jsonl",
                                  "-o", str(tmp_path / "o.jsonl"), cwd=tmp_path)
    assert code == 0 and shown.strip() == ""
    result = CliRunner().invoke(app, ["extract", str(ROOT / "corpora"), "--backend", "rules", "-f", "jsonl"])
    assert result.exit_code == 0 and result.stderr == ""


def test_the_bar_counts_bytes_read_up_to_the_total(tmp_path):
    from attribution.cli.messages import Messages, input_sizes
    from attribution.records import Document

    a, b = tmp_path / "a.jsonl", tmp_path / "b.txt"
    a.write_text("\n".join(json.dumps({"id": str(i), "text": "قال"}) for i in range(3)), encoding="utf-8")
    b.write_text("قال الوزير", encoding="utf-8")
    sizes = input_sizes([tmp_path])
    assert sizes == {str(a): a.stat().st_size, str(b): b.stat().st_size}
    assert input_sizes(["-"]) is None
    messages = Messages(paths=[tmp_path])
    docs = [Document(str(i), "قال", {"path": str(a)}) for i in range(3)] + [Document("b", "قال الوزير", {"path": str(b)})]
    assert list(messages.track(docs)) == docs  # not a terminal: the documents pass untouched


def _options(command: str) -> dict[str, object]:
    cmd = typer.main.get_command(app).commands[command]
    return {p.name: p.default for p in cmd.params}


EXTRACTION = ("text_field", "encoding", "cues", "backend", "models_dir", "jobs", "participles", "limit", "quiet")


@pytest.mark.parametrize("name", EXTRACTION)
def test_extract_and_ingest_share_extraction_options_and_defaults(name):
    extract, ingest = _options("extract"), _options("ingest")
    assert name in extract and name in ingest
    assert extract[name] == ingest[name]


def test_one_default_backend():
    assert _options("extract")["backend"] == _options("ingest")["backend"] == DEFAULT_BACKEND
    from attribution.store.core import Store
    from attribution.pipeline import extract_many
    import inspect
    assert inspect.signature(Store.ingest_documents).parameters["backend"].default == DEFAULT_BACKEND
    assert inspect.signature(extract_many).parameters["backend"].default == DEFAULT_BACKEND
