"""`attribution ingest`, `table`, `speakers`: summaries, errors, formats, filters."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest
from typer.testing import CliRunner

import attribution.pipeline
from attribution.cli import app
from attribution.records import Attribution, Cue, Span

# Articles written for these tests: "قال <name> إن <claim>." sentences.
ARTICLES = [
    {"id": "a1", "title": "أول", "source": "okaz", "date": "2015-07-24",
     "content": "قال دونالد ترمب إن الاقتصاد الأمريكي قوي. قال شركة غوغل إن الإعلانات الروسية حذفت."},
    {"id": "a2", "title": "ثان", "source": "sabq", "date": "2015-08-01",
     "content": "قال دونالد ترامب إن الاقتصاد قوي جدا. قال جوجل إن الإعلانات حذفت."},
    {"id": "a3", "title": "ثالث", "source": "sabq", "date": "2015-08-02",
     "content": "قال محمد العتيبي إن الحادث وقع ليلا. قال سعد العتيبي إن الفريق جاهز."},
]
_SAID = re.compile(r"قال (?P<name>[^،.]+?) إن (?P<claim>[^.]+)\.")


def fake_extract(doc, *, lexicon=None, backend="rules", participles="off"):
    out = []
    for i, m in enumerate(_SAID.finditer(doc.text)):
        name = m.group("name")
        t = "organization" if name.startswith(("شركة", "جوجل")) else "person"
        out.append(Attribution(doc.doc_id, i, Cue(m.start(), m.start() + 3, "قال", "قال", "say"),
                               Span.of(doc.text, m.start("name"), m.end("name")), name, None, t,
                               Span.of(doc.text, m.start("claim"), m.end("claim")), "indirect", 0.9))
    return out


@pytest.fixture(autouse=True)
def _fake_extractor(monkeypatch):
    monkeypatch.setattr(attribution.pipeline, "extract_document", fake_extract)


def run(*args, input=None):
    return CliRunner().invoke(app, [*map(str, args)], input=input)


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "articles.jsonl"
    p.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return p


@pytest.fixture
def db(tmp_path, corpus):
    db = tmp_path / "claims.db"
    r = run("ingest", corpus, "--db", db)
    assert r.exit_code == 0, r.output
    return db


def test_ingest_summary_and_rerun(tmp_path, corpus):
    db = tmp_path / "claims.db"
    r = run("ingest", corpus, "--db", db)
    assert r.exit_code == 0
    assert re.search(r"added 3, replaced 0, skipped 0, failed 0, attributions 6, [\d.]+ s", r.stderr)
    assert r.stdout == ""
    r = run("ingest", corpus, "--db", db)
    assert "added 0, replaced 0, skipped 3" in r.stderr


def test_ingest_reports_unreadable_inputs(tmp_path, corpus):
    db = tmp_path / "claims.db"
    r = run("ingest", corpus, tmp_path / "missing.txt", "--db", db)
    assert r.exit_code == 0
    assert "missing.txt" in r.stderr and "failed 1" in r.stderr
    r = run("ingest", tmp_path / "missing.txt", "--db", tmp_path / "other.db")
    assert r.exit_code == 1


@pytest.mark.parametrize("args,message", [
    (["table", "--db", "{tmp}/nope.db"], "no claim store at"),
    (["speakers", "--db", "{tmp}/nope.db"], "no claim store at"),
    (["ingest", "{corpus}", "--db", "{tmp}/c.db", "--aliases", "{tmp}/none.txt"], "aliases file not found"),
])
def test_errors_are_one_line(tmp_path, corpus, args, message):
    args = [a.format(tmp=tmp_path, corpus=corpus) for a in args]
    r = run(*args)
    assert r.exit_code == 1
    assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "nope.db").exists()


def test_not_a_store_is_an_error_line(tmp_path):
    p = tmp_path / "x.db"
    sqlite3.connect(p).execute("CREATE TABLE t(x)")
    r = run("table", "--db", p)
    assert r.exit_code == 1 and "not an attribution claim store" in r.stderr


@pytest.mark.parametrize("args", [
    ["table", "--kind", "said"], ["table", "--since", "yesterday"], ["table", "--limit", "-1"],
    ["ingest", "x.txt", "--db", "c.db", "--backend", "magic"], ["table"],
])
def test_usage_errors_exit_2(db, args):
    if "--db" not in args:
        args = [*args, "--db", str(db)] if args != ["table"] else args
    assert run(*args).exit_code == 2


def test_table_formats(db, tmp_path):
    r = run("table", "--db", db, "-f", "jsonl")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 6 and rows[0]["speaker"] == "دونالد ترامب"
    assert "دونالد" in r.stdout  # Arabic stays readable
    r = run("table", "--db", db, "-f", "csv", "--speaker", "جوجل")
    assert r.stdout.splitlines()[0].startswith("attribution_id,doc_id,sentence,speaker_id,speaker")
    assert len(r.stdout.splitlines()) == 3
    out = tmp_path / "claims.xlsx"
    assert run("table", "--db", db, "-o", out).exit_code == 0 and out.stat().st_size > 0
    r = run("table", "--db", db, "-f", "json", "--since", "2015-08", "--limit", "3")
    assert len(json.loads(r.stdout)) == 3


@pytest.mark.parametrize("filters,n", [
    (["--speaker", "ترامب"], 2), (["--speaker", "العتيبي"], 2), (["--speaker", "x' OR 1=1 --"], 0),
    (["--outlet", "sabq"], 4), (["--doc", "a3"], 2), (["--until", "2015-07-24"], 2), (["--kind", "direct"], 0),
])
def test_table_filters(db, filters, n):
    r = run("table", "--db", db, "-f", "jsonl", *filters)
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == n


def test_speakers_and_audit(db):
    r = run("speakers", "--db", db, "-f", "json")
    sp = {s["name"]: s for s in json.loads(r.stdout)}
    assert sp["دونالد ترامب"]["n_docs"] == 2 and sp["شركة غوغل"]["n_claims"] == 2
    assert {"محمد العتيبي", "سعد العتيبي"} <= set(sp)
    r = run("speakers", "--db", db, "--audit", "-f", "jsonl")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert {(x["alias"], x["doc_id"]) for x in rows if x["speaker"] == "دونالد ترامب"} == {
        ("دونالد ترمب", "a1"), ("دونالد ترامب", "a2")}


def test_ingest_with_aliases_file(tmp_path, corpus, db):
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("سعد العتيبي = محمد العتيبي\n", encoding="utf-8")
    r = run("ingest", corpus, "--db", db, "--aliases", aliases)
    assert r.exit_code == 0, r.output
    sp = {s["name"]: s for s in json.loads(run("speakers", "--db", db, "-f", "json").stdout)}
    assert "محمد العتيبي" not in sp and sp["سعد العتيبي"]["n_claims"] == 2


@pytest.mark.parametrize("command", ["ingest", "table", "speakers"])
def test_help(command):
    r = run(command, "--help")
    assert r.exit_code == 0 and "--db" in r.stdout


def test_unavailable_backend_is_one_error_line(monkeypatch, tmp_path, corpus):
    from attribution.errors import BackendUnavailable

    def unavailable(doc, *, lexicon=None, backend="rules", participles="off"):
        raise BackendUnavailable("the stanza backend needs its models; see `attribution models`")

    monkeypatch.setattr(attribution.pipeline, "extract_document", unavailable)
    r = run("ingest", corpus, "--db", tmp_path / "c.db", "--backend", "stanza")
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == ["error: the stanza backend needs its models; see `attribution models`"]



def test_ingest_jobs_give_the_same_store(tmp_path, corpus):
    tables = []
    for jobs in ("1", "2"):
        db = tmp_path / f"{jobs}.db"
        r = run("ingest", corpus, "--db", db, "--jobs", jobs)
        assert r.exit_code == 0, r.output
        tables.append(run("table", "--db", db, "-f", "jsonl").stdout + run("speakers", "--db", db, "-f", "jsonl").stdout)
    assert tables[0] == tables[1] and tables[0]


def test_a_bad_cues_file_fails_before_the_store_is_created(tmp_path, corpus):
    r = run("ingest", corpus, "--db", tmp_path / "c.db", "--cues", tmp_path / "none.tsv")
    assert r.exit_code == 1 and r.stderr.startswith("error: cue lexicon file not found")
    assert not (tmp_path / "c.db").exists()


def test_xlsx_to_stdout_is_a_usage_error(db):
    r = run("table", "--db", db, "-f", "xlsx")
    assert r.exit_code == 2 and r.stderr == "error: xlsx cannot go to stdout; pass -o FILE.xlsx\n"


def test_an_internal_error_is_one_line(monkeypatch, db):
    from attribution.store.core import Store

    def broken(self, listing, **filters):
        raise KeyError("boom")

    monkeypatch.setattr(Store, "rows", broken)
    r = run("table", "--db", db, "-f", "jsonl")
    assert r.exit_code == 1
    assert r.stderr == "error: internal error (KeyError: 'boom'); rerun with ATTRIBUTION_DEBUG=1 for details\n"


def test_extraction_failures_are_warnings_and_counted(monkeypatch, tmp_path, corpus):
    def flaky(doc, **kw):
        if doc.doc_id == "a2":
            raise IndexError("boom")
        return fake_extract(doc)

    monkeypatch.setattr(attribution.pipeline, "extract_document", flaky)
    r = run("ingest", corpus, "--db", tmp_path / "c.db")
    assert r.exit_code == 0
    assert r.stderr.splitlines()[0] == "warning: a2: extraction failed (IndexError: boom); skipped"
    assert "added 2, replaced 0, skipped 0, failed 1, attributions 4" in r.stderr


def test_extract_and_ingest_share_every_extraction_option_and_its_default():
    import typer.main

    group = typer.main.get_command(app)

    def options(command):
        return {p.name: (p.opts, p.metavar, p.help, p.default) for p in group.commands[command].params}

    extract, ingest = options("extract"), options("ingest")
    for name in ("paths", "text_field", "encoding", "cues", "backend", "models_dir", "participles", "jobs"):
        assert extract[name] == ingest[name], name
    assert ingest["backend"][3] == "auto"
