"""README and --help tell the same story as the code."""
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def _commands():
    import typer.main

    group = typer.main.get_command(app)
    out = []
    for name, cmd in group.commands.items():
        out.append((name,))
        for sub in getattr(cmd, "commands", {}) or {}:
            out.append((name, sub))
    return out


@pytest.mark.parametrize("cmd", _commands(), ids=" ".join)
def test_every_command_has_help(cmd):
    res = runner.invoke(app, [*cmd, "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage" in res.output


@pytest.mark.parametrize("cmd", _commands(), ids=" ".join)
def test_every_command_is_in_the_readme(cmd):
    assert f"attribution {' '.join(cmd)}" in README


def test_readme_commands_name_real_commands():
    names = {c[0] for c in _commands()}
    used = set(re.findall(r"^attribution ([a-z]+)", README, re.M))
    assert used and used <= names


def test_readme_record_example_is_a_real_record():
    """The JSON record shown in the README is what the extractor writes for the reference article."""
    import json

    from attribution import Document, extract_document

    block = re.search(r"```json\n(.*?)```", README, re.S).group(1)
    shown = json.loads(re.sub(r"روسيا، في حال حصولها … للولايات المتحدة", "X", block))
    text = (ROOT / "corpora/najah-ru-us-security-talks.txt").read_text(encoding="utf-8")
    recs = [r.to_dict() for r in extract_document(Document(shown["doc_id"], text), backend="rules")]
    match = [r for r in recs if r["cue"]["start"] == shown["cue"]["start"]]
    assert match
    r = match[0]
    for key in ("sentence", "cue", "speaker", "speaker_name", "speaker_role", "speaker_type", "kind"):
        assert r[key] == shown[key]
    assert (r["claim"]["start"], r["claim"]["end"]) == (shown["claim"]["start"], shown["claim"]["end"])
    assert (r["context"]["start"], r["context"]["end"]) == (shown["context"]["start"], shown["context"]["end"])
    assert set(shown) == set(r) | {"title", "url", "date", "outlet"}  # every key of the record, and the article's
