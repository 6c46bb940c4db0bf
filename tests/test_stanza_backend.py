"""The stanza backend: lazy imports, models-dir resolution, the real Pipeline on tiny models, CLI.

No network, no official models: the neural path runs on the licence-free tiny tokenizer + MWT
in tests/fixtures/synth/models (regenerate with scripts/train_tiny_stanza.py).  Tests that need
the official Arabic models are marked ``models`` and skip when they are absent.
"""
from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.backends import stanza as sb
from attribution.errors import BackendUnavailable
from attribution.records import Document

HAS_STANZA = importlib.util.find_spec("stanza") is not None and importlib.util.find_spec("torch") is not None
needs_stanza = pytest.mark.skipif(not HAS_STANZA, reason="stanza/torch not installed")
FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "synth" / "models"
ROOT = Path(__file__).resolve().parents[1]

# Setup that would live in conftest.py: nothing may touch ~/.cache, one torch thread (two
# 2-thread torch processes on 2 cores ran 136x slower), and a quiet stanza logger.
if "stanza" not in sys.modules:
    os.environ.setdefault("STANZA_RESOURCES_DIR", tempfile.mkdtemp(prefix="stanza-empty-"))
logging.getLogger("stanza").setLevel(logging.WARNING)
if HAS_STANZA and "torch" in sys.modules:
    sys.modules["torch"].set_num_threads(1)


@pytest.fixture(autouse=True)
def _one_thread():
    if HAS_STANZA and "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(1)
    yield


# --------------------------------------------------------------------------- no torch on the light paths


def test_cli_help_and_rules_path_never_import_torch():
    code = f"""
import sys
from typer.testing import CliRunner
import attribution.cli
r = CliRunner().invoke(attribution.cli.app, ["--help"])
assert r.exit_code == 0, r.output
r = CliRunner().invoke(attribution.cli.app, ["models", "status", "--models-dir", {str(TINY)!r}])
assert r.exit_code == 0, r.output
from attribution.records import Document
from attribution.pipeline import extract_document
extract_document(Document("d", "وقال الوزير إن الاتفاق جاهز. وأضاف أن الوفد وصل."), backend="rules")
from attribution.io.conllu import read_conllu, parse_conllu
from attribution.backends.deplink import link
for d in read_conllu({str(FIXTURES / "conllu" / "vso.conllu")!r}):
    assert link(d, parse_conllu(d, backend="light"))
from attribution.backends import stanza as stanza_backend
stanza_backend.available({str(TINY)!r})
print(sorted(m for m in ("torch", "stanza") if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


# --------------------------------------------------------------------------- models dir and availability


def test_models_dir_resolution_order(monkeypatch, tmp_path):
    monkeypatch.delenv("ATTRIBUTION_STANZA_DIR", raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    default = sb.resolve_models_dir()
    assert default.name == "resources" and "stanza" in str(default)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "s"))
    assert sb.resolve_models_dir() == tmp_path / "s"
    monkeypatch.setenv("ATTRIBUTION_STANZA_DIR", str(tmp_path / "a"))
    assert sb.resolve_models_dir() == tmp_path / "a"
    assert sb.resolve_models_dir(str(tmp_path / "x")) == tmp_path / "x"


def _fake_models(root: Path) -> Path:
    (root / "ar" / "tokenize").mkdir(parents=True)
    (root / "ar" / "depparse").mkdir(parents=True)
    (root / "ar" / "tokenize" / "padt.pt").write_bytes(b"x")
    (root / "ar" / "depparse" / "padt_charlm.pt").write_bytes(b"xy")
    (root / "resources.json").write_text(json.dumps({"ar": {"default_processors": {"lemma": "identity"}}}))
    return root


def test_available_reads_the_disk_only(tmp_path, monkeypatch):
    assert not sb.available(str(tmp_path))  # empty
    assert not sb.available(str(TINY))  # a tokenizer without a parser
    fake = _fake_models(tmp_path / "m")
    assert set(sb.installed_processors(str(fake))) == {"tokenize", "depparse", "lemma"}
    assert sb.available(str(fake)) == HAS_STANZA
    import importlib.util as iu

    real = iu.find_spec
    monkeypatch.setattr(iu, "find_spec", lambda name, *a: None if name == "stanza" else real(name, *a))
    assert not sb.available(str(fake))


def test_parse_without_stanza_says_how_to_install(monkeypatch):
    import importlib.util as iu

    real = iu.find_spec
    monkeypatch.setattr(iu, "find_spec", lambda name, *a: None if name == "stanza" else real(name, *a))
    with pytest.raises(BackendUnavailable, match=r'pip install -e "\.\[stanza\]" \(install torch==2\.13\.0 CPU first\)'):
        sb.parse(Document("d", "قال الوزير."))


@needs_stanza
def test_parse_without_models_names_the_dir_and_the_command(tmp_path):
    with pytest.raises(BackendUnavailable, match="attribution models download") as e:
        sb.parse(Document("d", "قال الوزير."), models_dir=str(tmp_path))
    assert str(tmp_path) in str(e.value)
    with pytest.raises(BackendUnavailable, match="missing depparse"):
        sb.parse(Document("d", "قال الوزير."), models_dir=str(TINY))


@needs_stanza
def test_pipeline_without_resources_json_is_reported_as_missing_models(tmp_path):
    # stanza raises FileNotFoundError (ResourcesFileNotFoundError); the backend turns it into one line
    with pytest.raises(BackendUnavailable, match="not found in"):
        sb._pipeline(tmp_path, ("tokenize",))


# --------------------------------------------------------------------------- the real Pipeline, tiny models


@needs_stanza
def test_tiny_models_through_the_real_pipeline():
    text = "وقالَ الوزير إن الاتفاق جاهز. وأكد المتحدث: «القرار مهم للبلاد».\n\nوأضافت الوزيرة أن الوفد وصل إلى العاصمة."
    doc = Document("d", text)
    parsed = sb.parse(doc, models_dir=str(TINY), processors=("tokenize", "mwt"))
    assert len(parsed.sentences) == 3
    first = parsed.sentences[0].tokens[0]
    assert [w.text for w in first.words] == ["و", "قال"]
    # offsets point into the original text, diacritics included (قالَ)
    assert text[first.start_char:first.end_char] == "وقالَ"
    assert [text[w.start_char:w.end_char] for w in first.words] == ["و", "قالَ"]
    for s in parsed.sentences:
        for t in s.tokens:
            assert text[t.start_char:t.end_char].replace("\u064e", "") == t.text
    waw = [t for s in parsed.sentences for t in s.tokens if t.text == "وأكد"]
    assert waw and [w.text for w in waw[0].words] == ["و", "أكد"]
    # one Pipeline per process
    assert sb.parse(doc, models_dir=str(TINY), processors=("tokenize", "mwt")) is not parsed
    assert len(sb._PIPELINES) >= 1
    key = (str(Path(TINY)), ("tokenize", "mwt"))
    assert sb._pipeline(Path(TINY), ("tokenize", "mwt")) is sb._PIPELINES[key]


@needs_stanza
def test_empty_text_parses_to_no_sentences():
    assert sb.parse(Document("d", "  \n "), models_dir=str(TINY), processors=("tokenize", "mwt")).sentences == []


@pytest.mark.models
def test_official_models_parse_and_link():
    if not sb.available():
        pytest.skip(f"official Arabic stanza models not found in {sb.resolve_models_dir()}")
    from attribution.backends.deplink import link

    doc = Document("d", "وقال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل.")
    cands = link(doc, sb.parse(doc))
    assert cands and cands[0].cue.text == "قال" and "المفاوضات" in cands[0].claim.text


# --------------------------------------------------------------------------- CLI


def _app():
    from attribution.cli import app

    return app


def test_models_status_lists_processors_and_sizes():
    r = CliRunner().invoke(_app(), ["models", "status", "--models-dir", str(TINY)])
    assert r.exit_code == 0, r.output
    assert "tokenize  synth.pt" in r.output and "mwt       synth.pt" in r.output
    assert "backend:    not available" in r.output


def test_models_status_on_a_missing_dir(tmp_path):
    r = CliRunner().invoke(_app(), ["models", "status", "--models-dir", str(tmp_path / "none")])
    assert r.exit_code == 0 and "attribution models download" in r.output


@needs_stanza
def test_models_download_asks_first_and_downloads_nothing_on_no(tmp_path):
    r = CliRunner().invoke(_app(), ["models", "download", "--models-dir", str(tmp_path / "m")], input="n\n")
    assert r.exit_code == 1
    assert "400 MB" in r.output and "CC BY-NC-SA 3.0" in r.output and str(tmp_path / "m") in r.output
    assert not (tmp_path / "m").exists()


def test_models_download_without_stanza_is_one_line(monkeypatch):
    import importlib.util as iu

    real = iu.find_spec
    monkeypatch.setattr(iu, "find_spec", lambda name, *a: None if name == "stanza" else real(name, *a))
    r = CliRunner().invoke(_app(), ["models", "download", "--yes"])
    assert r.exit_code == 1
    assert r.output.strip().startswith("error: stanza is not installed")


@pytest.mark.parametrize("args", [["models", "--help"], ["models", "download", "--help"], ["models", "status", "--help"]])
def test_help(args):
    r = CliRunner().invoke(_app(), args)
    assert r.exit_code == 0 and "Usage" in r.output


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["وقال", "قالَ", "الوزير", "إن", "الاتفاق", "جاهز", ".", "«", "»", ":", "،", "وأكدت", "المتحدثة",
           "للبلاد", "ـ", "\u200f", "\n\n", "٢٠٢٤", "؟"]


@needs_stanza
@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "  "])), max_size=16))
def test_property_tiny_pipeline_offsets_slice_the_original(pieces):
    text = "".join(p + s for p, s in pieces)
    parsed = sb.parse(Document("h", text), models_dir=str(TINY), processors=("tokenize", "mwt"))
    for s in parsed.sentences:
        for t in s.tokens:
            assert 0 <= t.start_char <= t.end_char <= len(text)
            assert "".join(c for c in text[t.start_char:t.end_char] if c not in sb._DROP) == t.text
            for w in t.words:
                assert t.start_char <= w.start_char <= w.end_char <= t.end_char


@needs_stanza
def test_linker_on_a_tokenize_only_parse_finds_nothing_and_does_not_crash():
    from attribution.backends.deplink import link

    doc = Document("d", "وقال الوزير إن الاتفاق جاهز.")
    assert link(doc, sb.parse(doc, models_dir=str(TINY), processors=("tokenize", "mwt"))) == []


@needs_stanza
def test_a_missing_ner_model_is_dropped_not_fatal():
    nlp = sb._pipeline(Path(TINY), ("tokenize", "mwt", "ner"))
    assert nlp is sb._pipeline(Path(TINY), ("tokenize", "mwt"))
