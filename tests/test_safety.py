"""Nothing lost, nothing corrupt: the store, the exports and the CLI when things go wrong.

One section per case: control characters in ids, a store in a read-only place, the size limit,
a full disk, topic labels and ingestion order, long XLSX cells, empty speaker keys, an ingest
that reads nothing, and what ingest counts as failed.  (Two processes ingesting into one store
at once are tested beside the kill-during-ingest tests, in test_store.py.)
"""
from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import attribution.io.output as output
import attribution.pipeline
from attribution.cli import app
from attribution.errors import StoreError
from attribution.graph import build_graph, graph_from_frames, write_graph
from attribution.io.output import OutputWarning, write_rows
from attribution.io.problems import MAX_CHARS
from attribution.records import Document
from attribution.store.core import open_store
from attribution.topics.assign import best_labels
from test_store import DOCS, corpus, extracted, fake_extract

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"


def run(*args, input=None):
    return CliRunner().invoke(app, [*map(str, args)], input=input)


def cli(*args, preexec_fn=None, timeout=120):
    """``python -m attribution …`` in a child process (for limits a test process must not take)."""
    return subprocess.run([sys.executable, "-m", "attribution", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, preexec_fn=preexec_fn, timeout=timeout)


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr(attribution.pipeline, "extract_document", fake_extract)


def make_store(db: Path, docs=DOCS) -> Path:
    with open_store(db, create=True) as store:
        store.ingest(extracted(docs))
    return db


# ---------------------------------------------------------------- ids with control characters

@pytest.mark.parametrize("char", ["\x01", "\x0b", "\ufffe"])
@pytest.mark.parametrize("fmt,read", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_a_doc_id_with_a_control_character_exports_parseable_xml(tmp_path, char, fmt, read):
    doc = Document(f"news{char}1", "قال دونالد ترمب إن الاقتصاد الأمريكي قوي.")
    with open_store(tmp_path / "claims.db", create=True) as store:
        store.ingest(extracted([doc, Document("news1", "قال شركة غوغل إن الإعلانات حذفت.")]))
        G = build_graph(store)
    path = tmp_path / f"g.{fmt}"
    write_graph(G, path, fmt)
    ET.parse(path)  # the file parses
    H = read(path)
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    assert {"doc:news1", "doc:news1~2"} <= set(H.nodes)  # cleaned like attributes; collisions kept apart


# ---------------------------------------------------------------- a store in a read-only place

def _drop_root_privileges() -> None:
    """(preexec) Root's children lose every capability, so file modes bind them as any user."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in range(64):
        libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP: the exec'd program starts without it


UNPRIVILEGED = _drop_root_privileges if os.geteuid() == 0 else None


@pytest.fixture
def readonly_db(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = make_store(folder / "claims.db")
    db.chmod(0o444)
    folder.chmod(0o555)
    probe = subprocess.run([sys.executable, "-c", f"open({str(folder / 'probe')!r}, 'w')"],
                           preexec_fn=UNPRIVILEGED, capture_output=True)
    if probe.returncode == 0:
        folder.chmod(0o755)
        pytest.skip("this process cannot give up the right to write a read-only folder")
    yield db
    folder.chmod(0o755)
    db.chmod(0o644)


def test_a_writer_leaves_only_the_store_file_in_rollback_journal_mode(tmp_path):
    db = make_store(tmp_path / "claims.db")
    assert [p.name for p in tmp_path.iterdir()] == ["claims.db"]
    assert db.read_bytes()[18:20] == b"\x01\x01"  # file format 1: no write-ahead log to share


def test_reading_writes_nothing(tmp_path):
    db = make_store(tmp_path / "claims.db")
    before = db.read_bytes(), db.stat().st_mtime_ns
    with open_store(db, readonly=True) as store:
        assert len(store.claims()) == 10 and len(store.speakers()) > 0
        G = store.graph()
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("DELETE FROM documents")
    assert G.number_of_nodes() > 0
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before
    assert [p.name for p in tmp_path.iterdir()] == ["claims.db"]


@pytest.mark.parametrize("args", [["table", "-f", "csv"], ["speakers", "-f", "jsonl"], ["topics", "-f", "csv"],
                                  ["graph", "-f", "json"]])
def test_listings_read_a_store_in_a_read_only_folder(readonly_db, args):
    r = cli(*args, "--db", readonly_db, preexec_fn=UNPRIVILEGED)
    assert r.returncode == 0, r.stderr
    assert r.stdout and r.stderr == ""


def test_sqlite_itself_reads_it_read_only(readonly_db):
    code = (f"import sqlite3; c = sqlite3.connect({readonly_db.as_uri() + '?mode=ro'!r}, uri=True); "
            "print(c.execute('SELECT count(*) FROM documents').fetchone()[0])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=UNPRIVILEGED)
    assert r.stdout.strip() == "5", r.stderr


def test_ingest_into_a_read_only_store_says_read_only(readonly_db, tmp_path):
    r = cli("ingest", CORPORA / "najah-ru-us-security-talks.txt", "--db", readonly_db, "--backend", "rules",
            preexec_fn=UNPRIVILEGED)
    assert r.returncode == 1
    assert r.stderr.startswith("error:") and "read-only" in r.stderr and len(r.stderr.splitlines()) == 1


def test_a_store_left_in_wal_mode_is_read_from_a_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = make_store(folder / "claims.db")
    sqlite3.connect(db).execute("PRAGMA journal_mode = WAL").fetchone()  # as stores of earlier versions are
    assert db.read_bytes()[18:20] == b"\x02\x02"
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        r = cli("table", "-f", "csv", "--db", db, preexec_fn=UNPRIVILEGED)
    finally:
        folder.chmod(0o755)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1 + 10  # the header, then every claim


def test_the_library_tells_a_writer_the_store_is_read_only(readonly_db):
    if UNPRIVILEGED is not None:
        pytest.skip("root writes anywhere; the CLI test above runs unprivileged")
    with pytest.raises(StoreError, match="read-only"):
        open_store(readonly_db)


# ---------------------------------------------------------------- --max-chars

@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize("option,length,read", [
    ([], MAX_CHARS, True),  # the default limit
    ([], MAX_CHARS + 1, False),
    (["--max-chars", "100"], 100, True),
    (["--max-chars", "100"], 101, False),
    (["--max-chars", "0"], MAX_CHARS + 1, True),  # 0: no limit
])
def test_max_chars_on_extract_and_ingest(tmp_path, fake_extractor, command, option, length, read):
    text = "قال الوزير إن الخطة جاهزة."
    (tmp_path / "long.txt").write_text(text + "س" * (length - len(text)), encoding="utf-8")
    (tmp_path / "short.txt").write_text(text, encoding="utf-8")
    db = ["--db", tmp_path / "claims.db"] if command == "ingest" else ["-f", "jsonl"]
    r = run(command, tmp_path / "long.txt", tmp_path / "short.txt", *db, *option)
    assert r.exit_code == 0, r.output
    assert ("over the limit" in r.stderr) is not read
    if command == "ingest":
        with open_store(tmp_path / "claims.db") as store:
            assert sorted(store.documents()["doc_id"]) == (["long", "short"] if read else ["short"])
    else:
        assert {json.loads(line)["doc_id"] for line in r.stdout.splitlines()} == ({"long", "short"} if read else {"short"})


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_max_chars_is_documented(command):
    import typer.main

    option = next(p for p in typer.main.get_command(app).commands[command].params if p.name == "max_chars")
    assert option.default == MAX_CHARS and "0 = no limit" in option.help
    assert "--max-chars" in run(command, "--help").stdout


# ---------------------------------------------------------------- a full disk

def _file_size_limit(limit: int):
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("big") / "claims.db", corpus(60, 10))


@pytest.mark.parametrize("args", [
    ["table", "-o", "out.csv"], ["table", "-o", "out.xlsx"], ["table", "-f", "jsonl", "-o", "out.jsonl"],
    ["table", "-f", "table", "-o", "out.txt"], ["speakers", "-o", "out.json"], ["speakers", "-o", "out.xlsx"],
    ["topics", "-o", "out.tsv"], ["graph", "-o", "out.gexf"], ["graph", "-o", "out.graphml"],
    ["graph", "-o", "out.json"],
])
def test_a_failed_write_is_one_error_line_and_no_file(tmp_path, big_db, args):
    args = [str(tmp_path / a) if a.startswith("out.") else a for a in args]
    r = cli(*args, "--db", big_db, preexec_fn=_file_size_limit(256))
    assert r.returncode == 1
    assert r.stderr.startswith("error: cannot write") and len(r.stderr.splitlines()) == 1, r.stderr
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one


@pytest.mark.parametrize("out", ["claims.csv", "claims.jsonl", "claims.xlsx"])
def test_extract_to_a_full_disk_keeps_the_file_that_was_there(tmp_path, out):
    target = tmp_path / out
    target.write_text("the last good run", encoding="utf-8")
    r = cli("extract", CORPORA, "--backend", "rules", "-o", target, preexec_fn=_file_size_limit(256))
    assert r.returncode == 1
    assert r.stderr.startswith("error: cannot write") and len(r.stderr.splitlines()) == 1, r.stderr
    assert target.read_text(encoding="utf-8") == "the last good run"
    assert [p.name for p in tmp_path.iterdir()] == [out]


def test_a_disk_that_fills_up_at_the_last_moment(tmp_path, monkeypatch, big_db):
    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    r = run("table", "--db", big_db, "-o", tmp_path / "claims.csv")
    assert r.exit_code == 1
    assert r.stderr == f"error: cannot write {tmp_path / 'claims.csv'}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []


def test_a_written_file_keeps_the_usual_mode(tmp_path):
    write_rows([{"a": 1}], fmt="csv", out=tmp_path / "new.csv")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o666 & ~umask
    old = tmp_path / "old.csv"
    old.write_text("x")
    old.chmod(0o640)
    write_rows([{"a": 1}], fmt="csv", out=old)
    assert old.stat().st_mode & 0o777 == 0o640 and old.read_text() == "a\n1\n"


def test_a_device_is_written_in_place(capfd):
    write_rows([{"a": 1}], fmt="csv", out="/dev/null")
    assert Path("/dev/null").exists() and not Path("/dev/null").is_file()


# ---------------------------------------------------------------- topic labels and input order

def _labels(db: Path) -> dict[str, str]:
    return dict(sqlite3.connect(db).execute("SELECT key, label FROM topics"))


LABEL_DOCS = [Document(f"t{i}", f"قال مسؤول تركي إن {place} مدينة آمنة.") for i, place in
              enumerate(["اسطنبول", "إسطنبول", "إسطنبول", "الأجهزة الأمنية", "الاجهزة الامنية"])]


def test_topic_labels_do_not_depend_on_the_order_of_ingestion(tmp_path):
    forward = _labels(make_store(tmp_path / "forward.db", LABEL_DOCS))
    backward = _labels(make_store(tmp_path / "backward.db", LABEL_DOCS[::-1]))
    assert forward == backward
    by_key = {k: v for k, v in forward.items() if "اسطنبول" in k or "امني" in k}
    assert sorted(by_key.values()) == ["إسطنبول", "الأجهزة الأمنية"]  # most written, then the hamza
    halves = tmp_path / "halves.db"
    make_store(halves, LABEL_DOCS[3:])
    make_store(halves, LABEL_DOCS[:3])
    assert _labels(halves) == forward


@pytest.mark.parametrize("pairs,expected", [
    ([("ك", "أ"), ("ك", "ب")], "أ"),  # one each: alphabetical order, whichever came first
    ([("ك", "ب"), ("ك", "أ")], "أ"),
    ([("ك", "ب"), ("ك", "أ"), ("ك", "ب")], "ب"),  # the most frequent
    ([("ك", "امن"), ("ك", "الامن")], "الامن"),  # the article
    ([("ك", "الامن"), ("ك", "الأمن")], "الأمن"),  # the hamza
])
def test_best_labels_break_ties_without_looking_at_order(pairs, expected):
    assert best_labels(pairs) == {"ك": expected}


# ---------------------------------------------------------------- long XLSX cells

@pytest.mark.parametrize("length,cut", [(32_767, False), (32_768, True), (57_001, True)])
def test_a_claim_longer_than_an_xlsx_cell_is_cut_visibly(tmp_path, length, cut, recwarn):
    openpyxl = pytest.importorskip("openpyxl")
    claim = ("قال " * length)[:length]
    out = tmp_path / "claims.xlsx"
    write_rows([{"speaker": "الوزير", "claim": claim}], fmt="xlsx", out=out)
    cell = openpyxl.load_workbook(out).active["B2"].value
    assert len(cell) == min(length, 32_767)
    assert cell.endswith("…") is cut and (cell == claim) is not cut
    warnings = [w for w in recwarn if issubclass(w.category, OutputWarning)]
    assert len(warnings) == int(cut) and (not cut or "1 cell" in str(warnings[0].message))


def test_the_cli_warns_of_a_cut_cell(tmp_path):
    long_claim = "المشروع " * 8000  # 64,000 characters
    db = make_store(tmp_path / "claims.db", [Document("d", f"قال دونالد ترمب إن {long_claim}.")])
    r = run("table", "--db", db, "-o", tmp_path / "claims.xlsx")
    assert r.exit_code == 0
    assert r.stderr.startswith("warning:") and "cut" in r.stderr and "32,767" in r.stderr


# ---------------------------------------------------------------- speaker names without letters

@pytest.fixture
def odd_names_db(tmp_path):
    docs = [Document("o1", "قال ( إن الجلسة رفعت. قال _ إن الجلسة عادت."), *DOCS[:1]]
    return make_store(tmp_path / "claims.db", docs)


@pytest.mark.parametrize("query,n", [("_", 0), ("(", 0), ("-", 0), ("،", 0), ("ـ", 0), ("  ", 0), ("«»", 0),
                                     ("ترمب", 1), ("دونالد ترمب", 1)])
def test_a_speaker_query_without_letters_matches_nothing(odd_names_db, query, n):
    with open_store(odd_names_db, readonly=True) as store:
        assert len(store.claims(speaker=query)) == n
    r = run("table", "--db", odd_names_db, "--speaker", query, "-f", "jsonl")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == n


# ---------------------------------------------------------------- an ingest that reads nothing

@pytest.mark.parametrize("make_input", [
    lambda d: d / "nonexistent",
    lambda d: (d / "empty").mkdir() or d / "empty",
    lambda d: (d / "x.txt").write_bytes(b"\x00\x01\x02binary") and d / "x.txt",
    lambda d: (d / "x.jsonl").write_text("not json\n", encoding="utf-8") and d / "x.jsonl",
])
def test_ingest_that_reads_nothing_creates_no_store(tmp_path, fake_extractor, make_input):
    r = run("ingest", make_input(tmp_path), "--db", tmp_path / "new.db")
    assert r.exit_code == 1
    assert r.stderr.splitlines()[-1].startswith("error: nothing could be read")
    assert not list(tmp_path.glob("new.db*"))


# ---------------------------------------------------------------- what ingest counts as failed

@pytest.mark.parametrize("lines,failed,warnings", [
    ([{"id": "a", "text": "قال دونالد ترمب إن الاقتصاد قوي."}], 0, 0),
    # a duplicate id is renamed (a~2) and read: a warning, no failure
    ([{"id": "a", "text": "قال دونالد ترمب إن الاقتصاد قوي."}, {"id": "a", "text": "قال جوجل إن الإعلانات حذفت."}], 0, 1),
    # a bad line is skipped: a failure
    ([{"id": "a", "text": "قال دونالد ترمب إن الاقتصاد قوي."}, "{not json"], 1, 1),
])
def test_only_skipped_inputs_count_as_failed(tmp_path, fake_extractor, lines, failed, warnings):
    path = tmp_path / "in.jsonl"
    path.write_text("".join((json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x) + "\n" for x in lines),
                    encoding="utf-8")
    r = run("ingest", path, "--db", tmp_path / "claims.db")
    assert r.exit_code == 0
    assert f"failed {failed}," in r.stderr
    assert r.stderr.count("warning:") == warnings


# ---------------------------------------------------------------- one giant sentence: linear time

GIANT = {  # one sentence (no full stop) of many cues, each a pattern the rules once scanned back or on
    # from, with the characters of the smaller text (the larger has four times as many)
    "قال": ("قال ", 100_000),
    "reports": ("وقال الوزير إن الخطة جاهزة، ", 50_000),
    "according to": ("بحسب الوزارة ", 50_000),
    "participles": ("، مضيفا أن ", 50_000),
    "own words": ("، بحسب قوله ", 50_000),
    "quote before the cue": ("«نعم» قال ", 10_000),
    "straight quotes": ('"قال" ', 50_000),
    "time clauses": ("وفي الوقت الذي شدد فيه الوزير على أن ", 50_000),
}


def _seconds(text: str) -> float:
    """The rules backend's time on ``text`` (reading cues, speakers, claims; not what follows)."""
    import gc
    import time

    from attribution.pipeline import rules_candidates

    best = float("inf")
    gc.collect()
    gc.disable()  # (the collector's passes grow with the heap the whole suite has built, not with the text)
    try:
        for _ in range(3):  # CPU time, the least of three: the machine is shared
            t0 = time.process_time()
            rules_candidates(Document("giant", text))
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return best


@pytest.mark.slow
@pytest.mark.parametrize("unit,chars", GIANT.values(), ids=GIANT.keys())
def test_a_giant_sentence_takes_linear_time(unit, chars):
    small, large = unit * (chars // len(unit)), unit * (4 * chars // len(unit))
    ratio = _seconds(large) / _seconds(small)
    assert ratio < 9, f"4x the text took {ratio:.1f}x the time (linear: 4, quadratic: 16)"


def test_a_claim_runs_at_most_reach_characters_to_a_word_end():
    from attribution import extract_document
    from attribution.backends.rules.context import REACH

    text = "وقال الوزير إن " + "المشروع " * 1000 + "جاهز"
    [record] = extract_document(Document("d", text), backend="rules")
    claim = record.claim
    assert claim.text.startswith("المشروع") and len(claim.text) <= REACH
    assert text[claim.start:claim.end] == claim.text and text[claim.end] == " "
