"""Incremental upkeep: after any sequence of ingests, replacements and deletions, the whole-store
passes (``attribution reindex``) find nothing to change — the speakers, their names and ids, the
near-duplicate clusters and the topic labels an ingest leaves are the ones they would give."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from attribution.records import Attribution, Cue, Document, Span
from attribution.store.core import open_store

# (name, role, type): full names and their bare surnames, transliterations, namesakes with
# conflicting roles, a run-on form, near spellings, descriptions and unnamed sources, organisations
MENTIONS = [
    ("عادل الجبير", "وزير الخارجية", "person"), ("الجبير", "وزير الخارجية", "person"), ("الجبير", None, "person"),
    ("عادل أحمد الجبير", None, "person"), ("دونالد ترمب", None, "person"), ("ترامب", None, "person"),
    ("دونالد ترامب", "الرئيس الأمريكي", "person"), ("محمد العتيبي", "مدير شرطة الرياض", "person"),
    ("محمد العتيبي", "لاعب الهلال", "person"), ("سعد العتيبي", "لاعب الهلال", "person"),
    ("العتيبي", "لاعب الهلال", "person"), ("جون كيري", "وزير الخارجية الأمريكي", "person"),
    ("جون كيري فيتنام", None, "person"), ("مكماستر", None, "person"), ("هربرت ماكماستر", "مستشار الأمن", "person"),
    ("مصدر مطلع", None, "person"), ("الوزير", "وزير", "person"), ("المتحدث الرسمي", None, "person"),
    ("غوغل", None, "organization"), ("شركة جوجل", None, "organization"), ("وزارة الصحة", None, "organization"),
    ("الصحة", None, "organization"), ("عبدالله الربيعة", None, "person"), ("عبد الله الربيعه", "وزير الصحة", "person"),
    ("أنطونيو غوتيريش", "الأمين العام", "person"), ("انطونيو غوتيريس", None, "person"),  # a near spelling
    ("ماكماستر", "مستشار الأمن", "person"),
]
CLAIMS = [
    "المشاورات لا تزال مستمرة بين الجانبين حول الاتفاق", "المشاورات ما زالت مستمرة بين الجانبين حول الاتفاق",
    "حملة التطعيم ضد الإنفلونزا تبدأ الأسبوع المقبل في المناطق", "حملة التطعيم ضد الإنفلونزا تبدأ الأسبوع المقبل",
    "الاقتصاد الأمريكي قوي", "الإعلانات الروسية حذفت من المنصة", "الانتخابات الرئاسية الأمريكية لم تحسم",
    "الانتخابات الرئاسية الامريكية لم تحسم بعد", "مجلس الأمن يجتمع غدا لبحث الأزمة",
]


def document(doc_id: str, parts: list[tuple[int, int]]) -> tuple[Document, list[Attribution]]:
    """An article of reports «قال <role>، <name>، إن <claim>.» and its records."""
    text, records = "", []
    for i, (m, k) in enumerate(parts):
        name, role, type_ = MENTIONS[m]
        head = f"قال {role}، " if role else "قال "
        start = len(text) + len(head)
        sentence = f"{head}{name}، إن {CLAIMS[k]}."
        claim_start = len(text) + sentence.index(CLAIMS[k])
        text += sentence + " "
        records.append(Attribution(
            doc_id, i, Cue(start - len(head), start - len(head) + 3, "قال", "قال", "say"),
            Span.of(text, start, start + len(name)), name, role, type_,
            Span.of(text, claim_start, claim_start + len(CLAIMS[k])), "indirect", 0.9))
    return Document(doc_id, text.strip()), records


def state(db: Path) -> dict:
    """What the passes decide: each claim's speaker id, the speakers' names, clusters, labels."""
    con = sqlite3.connect(db)
    out = {
        "claims": con.execute("SELECT id, speaker_id, cluster_id FROM attributions ORDER BY id").fetchall(),
        "speakers": con.execute("SELECT id, name, type, roles, scope FROM speakers ORDER BY id").fetchall(),
        "aliases": con.execute("SELECT * FROM speaker_aliases ORDER BY 1, 2, 3").fetchall(),
        "labels": con.execute("SELECT id, label FROM topics ORDER BY id").fetchall(),
        "changes": con.execute("SELECT count(*) FROM speaker_changes").fetchone()[0],
        "search": con.execute("SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH 'الجبير' ORDER BY 1").fetchall(),
    }
    con.close()
    return out


@contextmanager
def boilerplate_limit(n: int):
    """A low limit of claims per shingle, so that shingles cross it in a small store."""
    with mock.patch("attribution.topics.assign.MAX_POSTING", n), mock.patch("attribution.store.clusters.MAX_POSTING", n):
        yield


_parts = st.lists(st.tuples(st.integers(0, len(MENTIONS) - 1), st.integers(0, len(CLAIMS) - 1)),
                  min_size=1, max_size=3)
_steps = st.lists(st.tuples(st.sampled_from(["ingest", "delete"]),
                            st.lists(st.tuples(st.sampled_from([f"d{i}" for i in range(8)]), _parts),
                                     min_size=1, max_size=4)), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_steps, st.booleans())
def test_reindex_after_any_history_changes_nothing(tmp_path_factory, steps, low_limit):
    db = tmp_path_factory.mktemp("inc") / "claims.db"
    with boilerplate_limit(2 if low_limit else 60), open_store(db, create=True) as store:
        for action, docs in steps:
            if action == "ingest":
                store.ingest(document(doc_id, parts) for doc_id, parts in docs)
            else:
                for doc_id, _ in docs:
                    store.delete_document(doc_id)
        assert not any(store._stale(what) for what in ("identity", "clusters", "topics"))
        before = state(db)
        store.reindex()
        assert state(db) == before


def test_a_bare_surname_follows_the_full_names_that_arrive_later(tmp_path):
    """الجبير joins عادل الجبير once he is in the store, and leaves him when a second full name
    with that surname makes it ambiguous — as the whole-store pass decides, one ingest at a time."""
    with open_store(tmp_path / "c.db", create=True) as store:
        store.ingest([document("a", [(1, 0)])])  # الجبير, وزير الخارجية: alone, a speaker of its article
        assert store.speakers()["name"].tolist() == ["الجبير"]
        store.ingest([document("b", [(0, 2)])])  # عادل الجبير, وزير الخارجية
        assert set(store.claims()["speaker"]) == {"عادل الجبير"}
        assert len(set(store.claims()["speaker_id"])) == 1
        before = state(tmp_path / "c.db")
        store.reindex()
        assert state(tmp_path / "c.db") == before


@pytest.mark.parametrize("n_docs", [1, 30])
def test_the_whole_store_pass_and_the_incremental_one_agree_from_an_empty_store(tmp_path, n_docs):
    """A first ingest (into an empty store) takes the whole-store passes, whatever its size."""
    docs = [document(f"g{i}", [(i % len(MENTIONS), i % len(CLAIMS)), ((i * 7) % len(MENTIONS), 3)])
            for i in range(n_docs)]
    with open_store(tmp_path / "c.db", create=True) as store:
        store.ingest(docs)
        before = state(tmp_path / "c.db")
        store.reindex()
        assert state(tmp_path / "c.db") == before


def test_a_first_ingest_asks_for_the_whole_store_passes_instead_of_noting_upkeep(tmp_path):
    """Into an empty store an ingest notes no upkeep item by item (no pending rows, no speaker
    names): each of its batches asks for the whole-store passes.  Left for later
    (reidentify/recluster False), they run at the next ingest, which then ends as one ingest of all."""
    docs = [document(f"g{i}", [(i % len(MENTIONS), i % len(CLAIMS)), ((i * 7) % len(MENTIONS), 3)])
            for i in range(12)]
    with open_store(tmp_path / "a.db", create=True) as store:
        store.ingest(docs[:8], reidentify=False, recluster=False, batch_size=3)
        assert store._stale("identity") and store._stale("clusters")
        assert store.conn.execute("SELECT count(*) FROM pending").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM speaker_names").fetchone()[0] == 0
        # nor the shingles' index: the clustering pass it owes builds it whole
        assert store.conn.execute("SELECT count(*) FROM claim_shingles").fetchone()[0] == 0
        store.ingest(docs[8:])  # a store with claims: noted item by item
        assert not any(store._stale(what) for what in ("identity", "clusters", "topics"))
        assert store.conn.execute("SELECT count(*) FROM speaker_names").fetchone()[0] > 0
        assert postings(store.conn) == expected_postings(store.conn) != []
    with open_store(tmp_path / "b.db", create=True) as store:
        store.ingest(docs)
        assert postings(store.conn) == expected_postings(store.conn)
    assert state(tmp_path / "a.db") == state(tmp_path / "b.db")
    with open_store(tmp_path / "a.db") as store:
        store.reindex()
        assert postings(store.conn) == expected_postings(store.conn)
    assert state(tmp_path / "a.db") == state(tmp_path / "b.db")


def postings(con: sqlite3.Connection) -> list[tuple[int, int]]:
    return [tuple(r) for r in con.execute("SELECT shingle, attribution_id FROM claim_shingles ORDER BY 1, 2")]


def expected_postings(con: sqlite3.Connection) -> list[tuple[int, int]]:
    """The index of the stored shingles: each claim under each of its shingles."""
    from attribution.store.clusters import unpack

    return sorted((h, aid) for aid, blob in con.execute("SELECT id, shingles FROM attributions") for h in unpack(blob))


@pytest.mark.parametrize("first, second", [
    (24, 25),  # أنطونيو غوتيريش, then a near spelling انطونيو غوتيريس: one speaker
    (14, 26),  # هربرت ماكماستر, then the bare ماكماستر with his role
    (0, 3),  # عادل الجبير, then عادل أحمد الجبير (a nasab inside)
    (11, 12),  # جون كيري, then the run-on جون كيري فيتنام
    (8, 7),  # محمد العتيبي the footballer, then the police chief: two speakers
])
def test_one_name_per_ingest_ends_as_one_ingest_of_both(tmp_path, first, second):
    with open_store(tmp_path / "c.db", create=True) as store:
        store.ingest([document("a", [(first, 0)])])
        store.ingest([document("b", [(second, 1)])])
        before = state(tmp_path / "c.db")
        store.reindex()
        assert state(tmp_path / "c.db") == before


def test_the_reindex_command(tmp_path):
    from typer.testing import CliRunner

    from attribution.cli import app

    db = tmp_path / "c.db"
    with open_store(db, create=True) as store:
        store.ingest([document("a", [(0, 0), (1, 1)]), document("b", [(3, 1)])])
    before = state(db)
    r = CliRunner().invoke(app, ["reindex", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "speakers" in r.stderr and "clustered claims" in r.stderr
    assert state(db) == before
    r = CliRunner().invoke(app, ["reindex", "--db", str(tmp_path / "nope.db")])
    assert r.exit_code == 1 and "no claim store" in r.stderr
