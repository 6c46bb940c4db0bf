"""`attribution extract`: exit codes, stderr vs stdout, formats, stdin, workers."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attribution.pipeline
from attribution.cli import app
from attribution.errors import BackendUnavailable
from attribution.records import Attribution, Cue, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# Sentences written for these tests.
S1 = "وقال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل."
S2 = "وأكدت المتحدثة باسم الوزارة أن الاتفاق لم يعد قائما."
S3 = "وأضاف المسؤول أن الحكومة ستعلن قرارها غدا."


def run(*args, input=None):
    return CliRunner().invoke(app, ["extract", *map(str, args)], input=input)


def fake_extract(doc, *, lexicon=None, backend="rules", participles="off"):
    """One record per document: the first word as cue, the rest as claim (deterministic)."""
    text = doc.text
    end = text.find(" ") if " " in text else len(text)
    claim = Span.of(text, end + 1, len(text)) if end < len(text) else None
    return [Attribution(doc.doc_id, 0, Cue(0, end, text[:end], "قال", "say"), None, "المصدر", None,
                        "unknown", claim, "indirect", 0.5)]


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(attribution.pipeline, "extract_document", fake_extract)


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def jsonl(*objs) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n" for o in objs)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_help_lists_every_option():
    result = run("--help")
    assert result.exit_code == 0
    for option in ("--format", "--output", "--excel", "--text-field", "--encoding", "--cues",
                   "--backend", "--models-dir", "--jobs", "--limit", "--quiet"):
        assert option in result.stdout


def test_extract_listed_in_main_help():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0 and "extract" in result.stdout


def test_txt_to_jsonl_spans_slice_the_text(tmp_path):
    text = S1 + "\n" + S2
    result = run(write(tmp_path / "khabar.txt", text))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    recs = records(result.stdout)  # jsonl is the default when stdout is not a terminal
    assert recs, "the rules engine finds the cue in: " + S1
    for r in recs:
        assert r["doc_id"] == "khabar"
        for key in ("cue", "speaker", "claim"):
            if r[key]:
                assert text[r[key]["start"]:r[key]["end"]] == r[key]["text"]


@pytest.mark.parametrize("data, doc_ids", [
    (S1, ["stdin"]),
    (jsonl({"id": "j1", "text": S1}, {"id": "j2", "text": S2}), ["j1", "j2"]),
])
def test_stdin(fake, data, doc_ids):
    result = run("-", "--format", "jsonl", input=data.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert [r["doc_id"] for r in records(result.stdout)] == doc_ids


def test_bad_inputs_warn_and_continue(fake, tmp_path):
    good = write(tmp_path / "a.txt", S1)
    bad = write(tmp_path / "n.jsonl", jsonl({"id": "j1", "text": S2}, "{oops", {"id": "j3", "text": S3}))
    binary = write(tmp_path / "x.bin", b"\x00\x01\x02")
    result = run(good, bad, binary, tmp_path / "nowhere.txt")
    assert result.exit_code == 0
    assert [r["doc_id"] for r in records(result.stdout)] == ["a", "j1", "j3"]
    lines = result.stderr.splitlines()
    assert lines == [
        f"warning: {bad}:2: invalid JSON (Expecting property name enclosed in double quotes)",
        f"warning: {binary}: binary file, not text",
        f"warning: {tmp_path / 'nowhere.txt'}: no such file or folder",
    ]


def test_quiet_hides_warnings(fake, tmp_path):
    bad = write(tmp_path / "n.jsonl", jsonl({"id": "j1", "text": S2}, "{oops"))
    result = run(bad, "--quiet")
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize("name, raw, error", [
    ("x.bin", b"\x00\x01\x02", "x.bin: binary file, not text"),
    ("a.txt", b"", "a.txt: empty file"),
    ("nowhere.txt", None, "nowhere.txt: no such file or folder"),
])
def test_every_input_failed_exit_1_one_line(fake, tmp_path, name, raw, error):
    path = write(tmp_path / name, raw) if raw is not None else tmp_path / name
    result = run(path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"error: {tmp_path / error}\n"


def test_every_line_bad_exit_1(fake, tmp_path):
    bad = write(tmp_path / "n.jsonl", jsonl("{oops", "[1]"))
    result = run(bad, "-q")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {bad}:1: invalid JSON (Expecting property name "
                                          f"enclosed in double quotes)", f"error: {bad}:2: not a JSON object"]


def test_undecodable_says_which_encoding_to_pass(fake, tmp_path, monkeypatch):
    import attribution.io.readers as readers

    monkeypatch.setattr(readers, "_detect", lambda sample: None)
    path = write(tmp_path / "b.txt", b"\xe9t\xe9 \xe0 Paris")
    result = run(path)
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: cannot decode; pass --encoding cp1256\n"


def test_encoding_and_text_field(fake, tmp_path):
    path = write(tmp_path / "n.csv", f"id,matn\r\n1,{S1}\r\n", encoding="cp1256")
    result = run(path, "--encoding", "cp1256", "--text-field", "matn", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    [rec] = records(result.stdout)
    assert rec["cue"]["text"] == "وقال" and rec["claim"]["text"] == S1[5:]


@pytest.mark.parametrize("args, message", [
    (["-f", "xlsx"], "error: xlsx cannot go to stdout; pass -o FILE.xlsx"),
    (["--encoding", "no-such-codec"], "error: unknown encoding 'no-such-codec'"),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    result = run(write(tmp_path / "a.txt", S1), *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stdout == ""


@pytest.mark.parametrize("args", [["-f", "yaml"], ["--backend", "neural"], ["--jobs", "0"], []])
def test_bad_option_values_exit_2(tmp_path, args):
    result = CliRunner().invoke(app, ["extract", *args] if args else ["extract"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_xlsx_to_file_and_format_from_extension(fake, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    src = write(tmp_path / "n.jsonl", jsonl({"id": "j1", "text": S1, "title": "عنوان", "source": "spa"}))
    out = tmp_path / "claims.xlsx"
    result = run(src, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    ws = openpyxl.load_workbook(out).active
    assert ws.sheet_view.rightToLeft
    header = [c.value for c in ws[1]]
    assert ws.cell(2, header.index("title") + 1).value == "عنوان"
    assert ws.cell(2, header.index("outlet") + 1).value == "spa"


def test_csv_excel(fake, tmp_path):
    out = tmp_path / "claims.csv"
    result = run(write(tmp_path / "a.txt", "=قال " + S1), "-o", out, "--excel")
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "'=قال" in raw.decode("utf-8-sig")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "table", "json"])
def test_other_formats_to_stdout(fake, tmp_path, fmt):
    result = run(write(tmp_path / "a.txt", S1), "-f", fmt)
    assert result.exit_code == 0, result.output
    assert "المفاوضات" in result.stdout and result.stderr == ""
    if fmt == "json":
        assert json.loads(result.stdout)[0]["doc_id"] == "a"
    if fmt == "csv":
        assert result.stdout.startswith("doc_id,sentence,speaker,speaker_role,")


def test_limit(fake, tmp_path):
    src = write(tmp_path / "n.jsonl", jsonl(*[{"id": f"d{i}", "text": S1} for i in range(5)]))
    result = run(src, "--limit", "2")
    assert [r["doc_id"] for r in records(result.stdout)] == ["d0", "d1"]


def test_jobs_keep_order_and_results(tmp_path):
    texts = [S1, S2, S3, S1 + " " + S2, S2 + " " + S3] * 5
    src = write(tmp_path / "n.jsonl", jsonl(*[{"id": f"d{i}", "text": t} for i, t in enumerate(texts)]))
    one = run(src, "-f", "jsonl")
    two = run(src, "-f", "jsonl", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and records(one.stdout)


def test_extractor_crash_on_one_document_is_a_warning(tmp_path, monkeypatch):
    def flaky(doc, **kw):
        if doc.doc_id == "d1":
            raise IndexError("boom")
        return fake_extract(doc)

    monkeypatch.setattr(attribution.pipeline, "extract_document", flaky)
    src = write(tmp_path / "n.jsonl", jsonl(*[{"id": f"d{i}", "text": S1} for i in range(3)]))
    result = run(src)
    assert result.exit_code == 0
    assert [r["doc_id"] for r in records(result.stdout)] == ["d0", "d2"]
    assert result.stderr == "warning: d1: extraction failed (IndexError: boom); skipped\n"


def test_library_error_is_one_line_exit_1(tmp_path, monkeypatch):
    def unavailable(doc, **kw):
        raise BackendUnavailable("stanza is not installed: pip install -e \".[stanza]\"")

    monkeypatch.setattr(attribution.pipeline, "extract_document", unavailable)
    result = run(write(tmp_path / "a.txt", S1), "--backend", "stanza")
    assert result.exit_code == 1
    assert result.stderr == "error: stanza is not installed: pip install -e \".[stanza]\"\n"


def test_backend_and_models_dir_reach_the_extractor(tmp_path, monkeypatch):
    seen = {}

    def spy(doc, *, lexicon=None, backend="rules", participles="off"):
        seen.update(backend=backend, models=os.environ.get("ATTRIBUTION_STANZA_DIR"), lexicon=lexicon)
        return []

    monkeypatch.setenv("ATTRIBUTION_STANZA_DIR", "before")  # restored after the test
    monkeypatch.setattr(attribution.pipeline, "extract_document", spy)
    result = run(write(tmp_path / "a.txt", S1), "--backend", "rules", "--models-dir", tmp_path / "m")
    assert result.exit_code == 0, result.output
    assert seen == {"backend": "rules", "models": str(tmp_path / "m"), "lexicon": None}


def test_cues_file_loaded_and_passed(tmp_path, monkeypatch):
    pytest.importorskip("attribution.lexicon.cues")
    seen = {}

    def spy(doc, *, lexicon=None, backend="rules", participles="off"):
        seen["lexicon"] = lexicon
        return []

    monkeypatch.setattr(attribution.pipeline, "extract_document", spy)
    cues = write(tmp_path / "cues.tsv", "# according-to phrases: phrase<TAB>meaning\nعلى ذمة\treport\n")
    result = run(write(tmp_path / "a.txt", S1), "--cues", cues)
    assert result.exit_code == 0, result.output
    assert seen["lexicon"] is not None


def test_missing_cues_file_is_one_line(tmp_path):
    pytest.importorskip("attribution.lexicon.cues")
    result = run(write(tmp_path / "a.txt", S1), "--cues", tmp_path / "none.tsv")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1


def test_python_m_and_pipe(tmp_path):
    src = write(tmp_path / "a.txt", S1)
    with open(src, "rb") as stdin:
        proc = subprocess.run([sys.executable, "-m", "attribution", "extract", "-", "--format", "jsonl"],
                              stdin=stdin, capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr == b""
    recs = records(proc.stdout.decode("utf-8"))
    assert recs and all(r["doc_id"] == "stdin" for r in recs)


@pytest.mark.shared
def test_reference_article_through_the_cli():
    sample = SHARED / "corpora" / "sample"
    if not sample.exists():
        pytest.skip("../shared is absent")
    result = run(sample, "-f", "jsonl")  # the folder: its .gold.jsonl is skipped, not read as articles
    assert result.exit_code == 0, result.output
    recs = records(result.stdout)
    assert {r["doc_id"] for r in recs} == {"najah-ru-us-security-talks"}
    text = (sample / "najah-ru-us-security-talks.txt").read_text(encoding="utf-8")
    for r in recs:
        assert text[r["cue"]["start"]:r["cue"]["end"]] == r["cue"]["text"]


def test_participles_option(tmp_path):
    """--participles separate (the default) gives the participle a record; off keeps it in the claim."""
    from typer.testing import CliRunner

    from attribution.cli import app

    f = tmp_path / "a.txt"
    f.write_text("وقال الوزير إن الخطة جاهزة، مضيفا أن التمويل متوفر.", encoding="utf-8")
    runner = CliRunner()
    cues = {}
    for mode in ("separate", "off", None):
        r = runner.invoke(app, ["extract", str(f), "-f", "jsonl"] + (["--participles", mode] if mode else []))
        assert r.exit_code == 0, r.output
        cues[mode] = [json.loads(line)["cue"]["text"] for line in r.stdout.splitlines() if line]
    assert cues == {"separate": ["قال", "مضيفا"], "off": ["قال"], None: ["قال", "مضيفا"]}
    assert runner.invoke(app, ["extract", str(f), "--participles", "sometimes"]).exit_code == 2

