"""The SQLite claim store: idempotent ingest, replacement, crash safety, migration, filters."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from attribution.errors import FilterError, StoreError
from attribution.records import CLAIM_COLUMNS, STORE_COLUMNS, Attribution, Cue, Document, Span
from attribution.store.core import APPLICATION, SCHEMA_VERSION, open_store
from attribution.store.schema import MIGRATIONS, split_sql

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ORGS = ("شركة", "وزارة", "غوغل", "جوجل", "قوقل")

# "قال <name> إن <claim>." / "وقال <role>، <name>، إن <claim>." — a stand-in extractor, so these
# tests pin the store down whatever the rules engine does.
_SAID = re.compile(r"قال (?:(?P<role>[^،.]+)، )?(?P<name>[^،.]+?)،? إن (?P<claim>[^.]+)\.")


def fake_extract(doc: Document, **_: object) -> list[Attribution]:
    out = []
    for i, m in enumerate(_SAID.finditer(doc.text)):
        name = m.group("name")
        kind_of = "organization" if name.startswith(ORGS) else "person"
        out.append(Attribution(
            doc.doc_id, i, Cue(m.start(), m.start() + 3, "قال", "قال", "say"),
            Span.of(doc.text, m.start("name"), m.end("name")), name, m.group("role"), kind_of,
            Span.of(doc.text, m.start("claim"), m.end("claim")), "indirect", 0.9))
    return out


def extracted(docs, extract=fake_extract):
    """``(document, records)`` pairs, as :func:`attribution.pipeline.extract_many` yields them."""
    return ((doc, extract(doc)) for doc in docs)


DOCS = [
    Document("d1", "قال دونالد ترمب إن الاقتصاد الأمريكي قوي. قال شركة غوغل إن الإعلانات الروسية حذفت.",
             {"title": "أول", "url": "http://a/1", "source": "okaz", "date": "2015-07-24 15:37:42"}),
    Document("d2", "قال دونالد ترامب إن الاقتصاد الأمريكي قوي جدا. قال جوجل إن الإعلانات حذفت.",
             {"title": "ثان", "url": "http://a/2", "outlet": "alriyadh", "date": "2015-07-25"}),
    Document("d3", "قال مدير شرطة الرياض، محمد العتيبي، إن الحادث وقع ليلا. قال لاعب الهلال، سعد العتيبي، إن الفريق جاهز.",
             {"title": "ثالث", "source": "okaz", "date": "2015-08-01"}),
    Document("d4", "قال مصدر مطلع إن الاجتماع تأجل. قال وزير الخارجية، عادل الجبير، إن المملكة ترحب.",
             {"title": "رابع", "source": "sabq", "date": "2015-08-02"}),
    Document("d5", "قال مصدر مطلع إن الوفد وصل. قال وزير الخارجية السعودي، الجبير، إن المحادثات مثمرة.",
             {"title": "خامس", "source": "sabq", "date": "2015-08-03"}),
]


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows (ingested_at left out: it is the only thing allowed to differ)."""
    con = sqlite3.connect(db)
    out = {}
    for table in ("documents", "attributions", "speakers", "speaker_aliases", "topics", "claim_topics",
                  "claim_shingles", "speaker_names", "pending"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
        out[table] = sorted(con.execute(f"SELECT {', '.join(map(repr, cols))} FROM {table}").fetchall(), key=repr)
    con.close()
    return out


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "claims.db", create=True)
    s.ingest(extracted(DOCS))
    yield s
    s.close()


def test_ingest_twice_is_identical(tmp_path):
    db = tmp_path / "claims.db"
    with open_store(db, create=True) as s:
        first = s.ingest(extracted(DOCS))
    before = snapshot(db)
    with open_store(db, create=True) as s:
        second = s.ingest(extracted(DOCS))
    assert (first.added, first.skipped, first.attributions) == (5, 0, 10)
    assert (second.added, second.replaced, second.skipped, second.attributions) == (0, 0, 5, 0)
    assert snapshot(db) == before


@pytest.mark.parametrize("frozen_before", [False, True])
def test_ingest_leaves_the_collector_as_it_found_it(tmp_path, frozen_before):
    """An ingest freezes the objects alive after its first batch and unfreezes them at its end;
    a process that froze objects itself keeps them frozen, and the ingest freezes nothing."""
    import gc

    gc.unfreeze()
    if frozen_before:
        gc.freeze()
    before = gc.get_freeze_count()
    try:
        with open_store(tmp_path / "claims.db", create=True) as s:
            report = s.ingest(extracted(DOCS), batch_size=2)
        assert report.added == 5
        assert gc.get_freeze_count() == before  # (0 when the process froze nothing)
    finally:
        gc.unfreeze()


def test_changed_document_replaces_its_rows(store):
    changed = Document("d1", "قال فلاديمير بوتين إن روسيا لم تتدخل.", {"title": "معدل", "source": "okaz"})
    report = store.ingest(extracted([changed]))
    assert (report.replaced, report.added, report.attributions) == (1, 0, 1)
    claims = store.claims(doc_id="d1")
    assert claims["speaker"].tolist() == ["فلاديمير بوتين"]
    assert claims["title"].tolist() == ["معدل"]
    # d1's aliases are gone, the speakers still quoted elsewhere stay
    aliases = store.aliases()
    assert not (aliases["doc_id"] == "d1").any() or set(aliases[aliases["doc_id"] == "d1"]["alias"]) == {"فلاديمير بوتين"}
    assert "دونالد ترامب" in set(store.speakers()["aliases"].str.split(" | ", regex=False).explode())
    # a speaker no longer seen under its canonical name takes a name it is still seen under
    assert "دونالد ترامب" in set(store.speakers()["name"])
    assert store.document_text("d1") == changed.text
    con = store.conn
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_speakers_merge_across_documents(store):
    sp = store.speakers().set_index("name")
    trump = sp.loc["دونالد ترامب"]  # one claim each: ties go alphabetically
    assert (trump["n_claims"], trump["n_docs"]) == (2, 2)
    assert set(trump["aliases"].split(" | ")) == {"دونالد ترمب", "دونالد ترامب"}
    google = sp.loc["شركة غوغل"]
    assert (google["type"], google["n_docs"]) == ("organization", 2)
    assert {"محمد العتيبي", "سعد العتيبي"} <= set(sp.index)  # two العتيبي stay two
    jubeir = sp.loc["عادل الجبير"]  # bare surname + compatible role, unique in the store
    assert jubeir["n_docs"] == 2 and "الجبير" in jubeir["aliases"]
    # an unnamed source is a different speaker in every article
    assert (store.speakers()["name"] == "مصدر مطلع").sum() == 2


@pytest.mark.parametrize("filters,expected", [
    ({"speaker": "ترامب"}, 2),                       # a word of a name seen
    ({"speaker": "بوتين"}, 0),
    ({"speaker": "دونالد ترامب"}, 2),
    ({"speaker": "دونالدُ ترمـب"}, 2),               # diacritics and tatweel
    ({"speaker": "جوجل"}, 2),
    ({"speaker": "العتيبي"}, 2),                     # a surname finds every bearer
    ({"speaker": "x' OR 1=1 --"}, 0),                # injection attempts are plain values
    ({"doc_id": "d1' OR '1'='1"}, 0),
    ({"outlet": "okaz' --"}, 0),
    ({"topic": "%' OR 1=1 --"}, 0),
    ({"kind": "indirect"}, 10),
    ({"outlet": "OKAZ"}, 4),
    ({"doc_id": "d3"}, 2),
    ({"since": "2015-08"}, 6),
    ({"until": "2015-07-24"}, 2),                    # inclusive of the whole day
    ({"since": "2015-07-25", "until": "2015-08-01"}, 4),
    ({"limit": 3}, 3),
    ({"meaning": "say", "speaker": "غوغل"}, 2),
])
def test_claims_filters(store, filters, expected):
    assert len(store.claims(**filters)) == expected


def test_who_said_what_view_matches_claims(store):
    import pandas as pd
    view = pd.read_sql_query("SELECT * FROM who_said_what ORDER BY date, doc_id, cue_start, attribution_id", store.conn)
    claims = store.claims()
    assert list(view.columns) == list(claims.columns) + ["topic_list"] and len(view) == len(claims)
    assert view["claim"].tolist() == claims["claim"].tolist()
    assert view["context"].tolist() == claims["context"].tolist()
    first = view.iloc[0]
    assert json.loads(first["topic_list"]) == first["topics"].split(" | ")


def test_claims_columns_and_offsets(store):
    df = store.claims()
    # extract's columns, in extract's order, with the store's own among them
    assert [c for c in df.columns if c in CLAIM_COLUMNS] == list(CLAIM_COLUMNS)
    assert set(df.columns) == set(CLAIM_COLUMNS) | set(STORE_COLUMNS)
    for row in df.itertuples():
        text = store.document_text(row.doc_id)
        assert text[row.claim_start:row.claim_end] == row.claim
        assert text[row.context_start:row.context_end] == row.context
        assert row.context_start <= row.claim_start and row.claim_end <= row.context_end
        assert text[row.cue_start:row.cue_end] == row.cue


def test_topics_and_clusters_when_topics_module_is_present(store):
    pytest.importorskip("attribution.topics.assign")
    df = store.claims()
    assert df["topics"].notna().any()
    assert len(store.topics()) > 0 and set(store.claim_topics()["source"]) == {"auto"}
    # "الاقتصاد الأمريكي قوي" and "... قوي جدا" are near duplicates in d1/d2
    trump = store.claims(speaker="ترمب")
    assert trump["cluster_id"].notna().all()
    t = store.topics().iloc[0]
    assert len(store.claims(topic=t["label"])) >= 1


def test_extraction_failure_fails_one_document(tmp_path, monkeypatch):
    import attribution.pipeline

    def flaky(doc, **kw):
        if doc.doc_id == "d2":
            raise RuntimeError("boom")
        return fake_extract(doc)

    monkeypatch.setattr(attribution.pipeline, "extract_document", flaky)
    with open_store(tmp_path / "c.db", create=True) as s:
        report = s.ingest_documents(DOCS)
        assert (report.added, report.failed) == (4, 1)
        assert report.errors == ("d2: extraction failed (RuntimeError: boom); skipped",)
        assert "d2" not in set(s.documents()["doc_id"])
        monkeypatch.setattr(attribution.pipeline, "extract_document", fake_extract)
        report = s.ingest_documents(DOCS)  # a rerun picks it up, and extracts nothing else
        assert (report.added, report.skipped) == (1, 4)


def test_ingest_documents_with_workers_equals_one_process(tmp_path, monkeypatch):
    import attribution.pipeline

    monkeypatch.setattr(attribution.pipeline, "extract_document", fake_extract)
    for jobs in (1, 2):
        with open_store(tmp_path / f"{jobs}.db", create=True) as s:
            assert s.ingest_documents(DOCS + DOCS[:1], jobs=jobs).added == 5
    assert snapshot(tmp_path / "1.db") == snapshot(tmp_path / "2.db")


def test_a_document_met_twice_is_stored_as_its_last_copy(tmp_path, monkeypatch):
    """The extractor reads ahead of the store: a second copy of a document is never skipped
    on what the store held before the run."""
    import attribution.pipeline

    monkeypatch.setattr(attribution.pipeline, "extract_document", fake_extract)
    first, second = DOCS[0], Document("d1", DOCS[1].text, DOCS[1].meta)
    with open_store(tmp_path / "c.db", create=True) as s:
        s.ingest_documents([first])
        report = s.ingest_documents([second, first], jobs=2)
        assert (report.replaced, report.skipped) == (2, 0)
        assert s.document_text("d1") == first.text


def test_reidentify_with_an_aliases_file(store, tmp_path):
    p = tmp_path / "aliases.txt"
    p.write_text("سعد العتيبي = محمد العتيبي\n", encoding="utf-8")
    before = len(store.speakers())
    store.reidentify(p)
    sp = store.speakers()
    assert len(sp) == before - 1
    assert sp.set_index("name").loc["سعد العتيبي"]["n_claims"] == 2
    assert len(store.claims(speaker="محمد العتيبي")) == 2


def test_reidentify_without_corrections_is_stable(store):
    before = store.speakers()[["name", "type", "n_claims", "n_docs"]].sort_values("name").reset_index(drop=True)
    store.reidentify()
    after = store.speakers()[["name", "type", "n_claims", "n_docs"]].sort_values("name").reset_index(drop=True)
    assert before.equals(after)


def test_delete_document(store):
    assert store.delete_document("d3")
    assert not store.delete_document("d3")
    assert "محمد العتيبي" not in set(store.speakers()["name"])


# ---------------------------------------------------------------- schema versions

def test_new_store_has_current_schema(tmp_path):
    with open_store(tmp_path / "c.db", create=True) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        meta = dict(s.conn.execute("SELECT key, value FROM meta"))
        assert meta["application"] == APPLICATION


def test_older_schema_is_migrated(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for stmt in split_sql(MIGRATIONS[1]):
        con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('application', ?)", (APPLICATION,))
    con.execute("INSERT INTO documents VALUES ('old', 'h', 't', NULL, NULL, NULL, 'نص', 'now')")
    con.execute("INSERT INTO attributions(doc_id, cue_text, kind) VALUES ('old', 'قال', 'direct')")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    with open_store(db, create=True) as s:
        assert s.schema_version == SCHEMA_VERSION
        df = s.claims()
        assert df["doc_id"].tolist() == ["old"] and df["cluster_id"].isna().all()
        assert s.conn.execute("SELECT count(*) FROM who_said_what").fetchone()[0] == 1


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "new.db"
    with open_store(db, create=True):
        pass
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer than this attribution"):
        open_store(db)


@pytest.mark.parametrize("setup,message", [
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE t(x)"), "not an attribution claim store"),
    (lambda p: p.write_bytes(b"this is not sqlite at all, just text" * 10), "not a usable SQLite"),
    (lambda p: p.mkdir(), "is a folder"),
])
def test_foreign_files_are_refused(tmp_path, setup, message):
    p = tmp_path / "x.db"
    setup(p)
    with pytest.raises(StoreError, match=message):
        open_store(p)


def test_missing_store_is_not_created_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no claim store"):
        open_store(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


# ---------------------------------------------------------------- crash safety

CORPUS_SENTENCES = [
    "قال دونالد ترمب إن الاقتصاد قوي {i}.", "قال شركة غوغل إن الإعلانات حذفت {i}.",
    "قال مدير شرطة الرياض، محمد العتيبي، إن الحادث وقع {i}.", "قال مصدر مطلع إن الاجتماع تأجل {i}.",
    "قال وزير الخارجية، عادل الجبير، إن المملكة ترحب {i}.",
]


def corpus(n_docs: int, per_doc: int) -> list[Document]:
    return [Document(f"g{i:04d}", " ".join(CORPUS_SENTENCES[j % 5].format(i=i * 100 + j) for j in range(per_doc)),
                     {"source": "gen", "date": f"2015-{1 + i % 12:02d}-01"}) for i in range(n_docs)]


CHILD = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    mode, db, n_docs, per_doc, kill_at, batch = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:7])
    calls = [0]
    import attribution.store.rows as rows
    shingles = rows.claim_topics_and_shingles
    if mode == "self":
        # a topic assigner that dies at call `kill_at`: inside a batch's transaction
        def topics_and_shingles(text, *, taxonomy=None):
            calls[0] += 1
            if calls[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return [("k" + text[-3:], "label")], shingles(text)[1]
        rows.claim_topics_and_shingles = topics_and_shingles
    else:  # no topics: timing decides where the kill lands
        rows.claim_topics_and_shingles = lambda text, *, taxonomy=None: ([], shingles(text)[1])
    from test_store import corpus, extracted
    from attribution.store.core import open_store
    with open_store(db, create=True) as s:
        s.ingest(extracted(corpus(n_docs, per_doc)), batch_size=batch,
                 on_progress=lambda d, st: print(d, st, flush=True))
""")


def _child(tmp_path: Path, mode: str, db: Path, n_docs: int, per_doc: int, kill_at: int = 0, batch: int = 4):
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script), mode, str(db), str(n_docs), str(per_doc), str(kill_at),
                             str(batch)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def assert_consistent(db: Path, per_doc: int) -> int:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("PRAGMA foreign_keys = ON")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT count(*) FROM attributions a LEFT JOIN documents d USING (doc_id) "
                       "WHERE d.doc_id IS NULL").fetchone()[0] == 0
    # no half-written document: each has all its attributions
    counts = con.execute("SELECT d.doc_id, count(a.id) FROM documents d LEFT JOIN attributions a "
                         "USING (doc_id) GROUP BY d.doc_id").fetchall()
    assert all(n == per_doc for _, n in counts), counts
    orphans = con.execute("SELECT count(*) FROM speakers WHERE id NOT IN (SELECT speaker_id FROM speaker_aliases)")
    assert orphans.fetchone()[0] == 0
    con.close()
    return len(counts)


def _claims_of(db: Path):
    with open_store(db, create=True) as s:
        return s.claims().drop(columns=["topics", "cluster_id"]), s.speakers()[["name", "n_claims", "n_docs"]]


@pytest.mark.slow
def test_sigkill_inside_a_transaction_then_rerun(tmp_path):
    db, per_doc = tmp_path / "claims.db", 10
    # batches of 4 documents; die at the 5th claim of the 8th document: the first two batches are
    # committed (and reported), the third — documents 5 to 8, the 8th half-written — is lost whole
    proc = _child(tmp_path, "self", db, 20, per_doc, kill_at=7 * per_doc + 5, batch=4)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, err
    assert out.count("added") == 4
    assert assert_consistent(db, per_doc) == 4
    with open_store(db, create=True) as s:  # the rerun finishes the job
        report = s.ingest(extracted(corpus(20, per_doc)))
    assert (report.added, report.skipped) == (16, 4)
    assert assert_consistent(db, per_doc) == 20
    clean = tmp_path / "clean.db"
    with open_store(clean, create=True) as s:
        s.ingest(extracted(corpus(20, per_doc)))
    a, b = _claims_of(db), _claims_of(clean)
    assert a[0].equals(b[0]) and a[1].equals(b[1])


@pytest.mark.slow
def test_sigkill_at_a_random_moment_then_rerun(tmp_path):
    db, per_doc, n_docs = tmp_path / "claims.db", 60, 80
    proc = _child(tmp_path, "timing", db, n_docs, per_doc)
    seen = 0
    for line in proc.stdout:
        seen += 1
        if seen == 10:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    done = assert_consistent(db, per_doc)
    assert 10 <= done < n_docs
    with open_store(db, create=True) as s:
        report = s.ingest(extracted(corpus(n_docs, per_doc)))
    assert report.added == n_docs - done and report.skipped == done
    assert assert_consistent(db, per_doc) == n_docs


# ---------------------------------------------------------------- two processes at once

RACER = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {tests!r})
    db, go, n_docs, per_doc = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    from test_store import corpus, extracted
    from attribution.store.core import open_store
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.01)
    with open_store(db, create=True) as s:  # both may create the store: it is migrated once
        s.ingest(extracted(corpus(n_docs, per_doc)), on_progress=lambda d, st: print(d, st, flush=True))
""")


@pytest.mark.slow
def test_two_processes_ingest_the_same_files_at_once(tmp_path):
    db, go, n_docs, per_doc = tmp_path / "claims.db", tmp_path / "go", 120, 10
    script = tmp_path / "racer.py"
    script.write_text(RACER.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, str(script), str(db), str(go), str(n_docs), str(per_doc)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(2)]
    for p in procs:
        assert p.stdout.readline() == "ready\n"
    go.touch()  # both start together
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    statuses = [line.split()[1] for out, _ in outs for line in out.splitlines()]
    # each document stored once; the process that found it stored skipped it
    assert statuses.count("added") == n_docs and statuses.count("skipped") == n_docs
    assert assert_consistent(db, per_doc) == n_docs
    clean = tmp_path / "clean.db"
    with open_store(clean, create=True) as s:
        s.ingest(extracted(corpus(n_docs, per_doc)))
    a, b = _comparable(db), _comparable(clean)
    assert a[0].equals(b[0]) and a[1].equals(b[1])
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("claims.db")] == ["claims.db"]


def _comparable(db: Path):
    """Claims and speakers without the ids the order of insertion decides."""
    claims, speakers = _claims_of(db)
    claims = claims.drop(columns=["attribution_id"]).sort_values(["doc_id", "cue_start"]).reset_index(drop=True)
    return claims, speakers.sort_values(["name"]).reset_index(drop=True)


def test_a_document_another_process_stores_meanwhile_is_skipped(tmp_path):
    """The race of two ingests, made certain: B comes to the document while A's transaction
    holds it; A commits; B, which waited, must find it stored (it used to die on UNIQUE)."""
    import threading
    import time

    from attribution.store import writes

    db, doc = tmp_path / "claims.db", DOCS[0]
    result: dict = {}

    def other_process() -> None:
        try:
            with open_store(db, create=True) as b:
                result["report"] = b.ingest(extracted([doc]))
        except Exception as e:  # noqa: BLE001 (reported by the assertion below)
            result["error"] = e

    with open_store(db, create=True) as a:
        a.conn.execute("BEGIN IMMEDIATE")
        writes.write_document(a.conn, doc, writes.content_hash(doc.text), fake_extract(doc))
        thread = threading.Thread(target=other_process)
        thread.start()
        time.sleep(1.0)  # B waits for A's write lock
        a.conn.execute("COMMIT")
        thread.join(60)
    assert "error" not in result, result.get("error")
    assert (result["report"].added, result["report"].skipped, result["report"].failed) == (0, 1, 0)
    with open_store(db) as s:
        assert list(s.documents()["doc_id"]) == ["d1"]


# ---------------------------------------------------------------- properties

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300), st.text(max_size=30))
def test_any_text_round_trips(tmp_path_factory, text, title):
    db = tmp_path_factory.mktemp("h") / "c.db"
    doc = Document("x", text, {"title": title})
    with open_store(db, create=True) as s:
        s.ingest(extracted([doc]))
        assert s.document_text("x") == text
        assert s.ingest(extracted([doc])).skipped == 1
        for row in s.claims().itertuples():
            assert text[row.claim_start:row.claim_end] == row.claim


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_filter_value_is_harmless(store, value):
    """Any value filters or raises FilterError (a kind, meaning or date that means nothing, an
    empty search), never anything else; the free-text filters always filter."""
    n = len(store.claims())
    for key in ("speaker", "topic", "doc_id", "outlet", "kind", "meaning", "since", "until", "search"):
        try:
            assert len(store.claims(**{key: value})) <= n
        except FilterError:
            assert key in ("kind", "meaning", "since", "until", "search")


@pytest.mark.parametrize("filters, message", [
    ({"kind": "quoted"}, "unknown kind 'quoted'"),
    ({"meaning": "shout"}, "unknown cue meaning 'shout'"),
    ({"since": "May 2024"}, "is not a date"),
    ({"until": "2024/05/01"}, "is not a date"),
    ({"search": "  "}, "has no words"),
    ({"limit": -1}, "negative"),
])
def test_unknown_filter_values_raise(store, filters, message):
    with pytest.raises(FilterError, match=message):
        store.claims(**filters)


def test_known_meanings_filter_even_when_unused(store):
    assert len(store.claims(meaning="deny")) == 0  # in the lexicon, in no stored claim


# ---------------------------------------------------------------- the reference article

@pytest.mark.shared
def test_reference_article_gold_through_the_store(tmp_path):
    gold_path = SHARED / "corpora" / "sample" / "najah-ru-us-security-talks.gold.jsonl"
    if not gold_path.exists():
        pytest.skip("../shared is absent")
    gold = json.loads(gold_path.read_text(encoding="utf-8").splitlines()[0])
    text, types = gold["text"], {s["name"]: s["type"] for s in gold["speakers"]}
    recs = []
    for i, a in enumerate(gold["attributions"]):
        ms = a.get("mention_span")
        recs.append(Attribution(gold["doc_id"], i, Cue(*a["cue"], text[a["cue"][0]:a["cue"][1]], "", "say"),
                                Span.of(text, *ms) if ms else None, a["speaker"], None,
                                types.get(a["speaker"], "organization") if a["speaker"] else None,
                                Span.of(text, *a["claim"]), a["kind"], 0.9))
    with open_store(tmp_path / "c.db", create=True) as s:
        s.ingest([(Document(gold["doc_id"], text), recs)])
        sp = s.speakers().set_index("name")
        assert sp.loc["أوليغ سيرومولوتوف", "n_claims"] == 6
        assert len(s.claims(speaker="سيرومولوتوف")) == 6
        assert len(s.claims(speaker="غوغل")) == 1


def test_sentences_and_contexts_are_the_extractors(tmp_path):
    """The store keeps each record's sentence number and context as the extractor gave them (no
    second split): numbered on the normalised view the extractor splits."""
    from attribution.pipeline import extract_document
    from attribution.text.sentences import sentence_spans

    # diacritics and a presentation form (ﻻ) change the normalised view the extractor splits
    text = ("قالَ الوزيرُ إنّ الاتفاقَ جاهزٌ. وأضاف أن المحادثات ﻻ تزال مستمرة.\n"
            "وأكدت الوزارة أن «الوضع مستقر». وقال المتحدث إن الموعد لم يحدد.")
    with open_store(tmp_path / "c.db", create=True) as s:
        s.ingest_documents([Document("x", text)])
        rows = s.conn.execute("SELECT sentence, cue_start, cue_end, context_start, context_end FROM attributions "
                              "ORDER BY cue_start").fetchall()
    records = extract_document(Document("x", text), backend="rules")
    assert [tuple(r) for r in rows] == [(r.sentence, r.cue.start, r.cue.end, r.context.start, r.context.end)
                                        for r in records]
    sentences = sentence_spans(text)
    assert len(rows) >= 3 and all(sentences[n][0] <= cs and ce <= sentences[n][1] for n, cs, ce, _, _ in rows)


def test_aliases_are_remembered_for_later_runs(tmp_path):
    p = tmp_path / "aliases.txt"
    p.write_text("سعد العتيبي = محمد العتيبي\n", encoding="utf-8")
    with open_store(tmp_path / "c.db", create=True) as s:
        s.ingest(extracted(DOCS[:2]), aliases=p)
        s.ingest(extracted(DOCS[2:]))  # no aliases given: the remembered ones apply
        assert "محمد العتيبي" not in set(s.speakers()["name"])
        assert len(s.claims(speaker="سعد العتيبي")) == 2


def test_taxonomy_topics_replace_the_automatic_ones(tmp_path):
    topics = pytest.importorskip("attribution.topics.assign")
    tax_file = tmp_path / "topics.tsv"
    tax_file.write_text("اقتصاد\tالاقتصاد | اقتصادي\n", encoding="utf-8")
    taxonomy = topics.load_taxonomy(tax_file)
    with open_store(tmp_path / "c.db", create=True) as s:
        s.ingest(extracted(DOCS), taxonomy=taxonomy)
        ct = s.claim_topics()
        assert set(ct["source"]) == {"taxonomy"}
        econ = s.claims(topic="اقتصاد")
        assert len(econ) >= 2 and set(econ["topics"]) == {"اقتصاد"}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["d1", "d2", "d3"]), st.sampled_from(range(len(CORPUS_SENTENCES))),
                          st.integers(0, 3)), min_size=1, max_size=12))
def test_incremental_ingests_equal_one_from_scratch(tmp_path_factory, edits):
    """Any sequence of added and changed articles ends in the store a single ingest of the last
    versions gives: the same claims with the same speakers (the ids are the incremental store's
    own: ids are kept from one ingest to the next, so they depend on what came first)."""
    d = tmp_path_factory.mktemp("inc")
    latest: dict[str, Document] = {}
    with open_store(d / "inc.db", create=True) as s:
        for doc_id, j, k in edits:
            text = " ".join(CORPUS_SENTENCES[(j + n) % 5].format(i=n) for n in range(k + 1))
            latest[doc_id] = Document(doc_id, text)
            s.ingest(extracted([latest[doc_id]]))
        inc = s.claims()
    assert_consistent_any(d / "inc.db")
    with open_store(d / "scratch.db", create=True) as s:
        s.ingest(extracted(latest.values()))
        scratch = s.claims()
    cols = ["doc_id", "cue_start", "claim", "mention", "speaker"]
    key = lambda df: sorted(map(tuple, df[cols].astype(str).values.tolist()))
    assert key(inc) == key(scratch)  # speakers and their names included

    def partition(df):  # which claims share a speaker
        return sorted(sorted(g[["doc_id", "cue_start"]].astype(str).agg(":".join, axis=1))
                      for _, g in df.dropna(subset=["speaker_id"]).groupby("speaker_id"))
    assert partition(inc) == partition(scratch)


def assert_consistent_any(db: Path) -> None:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT count(*) FROM speakers WHERE id NOT IN (SELECT speaker_id FROM speaker_aliases)"
                       ).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM speaker_aliases WHERE doc_id != '' AND doc_id NOT IN "
                       "(SELECT doc_id FROM documents)").fetchone()[0] == 0
    con.close()


def test_reidentify_does_not_depend_on_ingestion_order(tmp_path):
    names = []
    for order in (DOCS, DOCS[::-1]):
        db = tmp_path / f"{len(names)}.db"
        with open_store(db, create=True) as s:
            s.ingest(extracted(order))
            s.reidentify()
            names.append(sorted(s.claims()["speaker"].astype(str)))
    assert names[0] == names[1]


def test_a_missing_backend_stops_the_run(tmp_path, monkeypatch):
    import attribution.pipeline
    from attribution.errors import BackendUnavailable

    def unavailable(doc, **kw):
        raise BackendUnavailable("stanza models are not installed; run `attribution models download`")

    monkeypatch.setattr(attribution.pipeline, "extract_document", unavailable)
    with open_store(tmp_path / "c.db", create=True) as s:
        with pytest.raises(BackendUnavailable):
            s.ingest_documents(DOCS)


def test_whole_store_passes_missed_by_a_kill_run_next_time(tmp_path):
    db = tmp_path / "c.db"
    with open_store(db, create=True) as s:  # as if killed after the last document, before the final passes
        s.ingest(extracted(DOCS[::-1]), reidentify=False, recluster=False)
        assert s._stale("identity") and s._stale("clusters")
        report = s.ingest(extracted(DOCS))
        assert report.skipped == 5 and not s._stale("identity")
        got = sorted(s.claims()["speaker"].astype(str))
    with open_store(tmp_path / "clean.db", create=True) as s:
        s.ingest(extracted(DOCS))
        assert got == sorted(s.claims()["speaker"].astype(str))


def test_new_aliases_re_resolve_a_store_with_nothing_new(store, tmp_path):
    p = tmp_path / "aliases.txt"
    p.write_text("سعد العتيبي = محمد العتيبي\n", encoding="utf-8")
    report = store.ingest(extracted(DOCS), aliases=p)
    assert report.skipped == 5
    assert len(store.claims(speaker="سعد العتيبي")) == 2
