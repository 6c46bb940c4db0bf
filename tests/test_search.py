"""Text search in the store (FTS5) from the library and `attribution table --search`, and the
migration that brings an older store its context, its indexes and its lasting ids."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.errors import FilterError
from attribution.records import Document
from attribution.store.core import APPLICATION, SCHEMA_VERSION, open_store
from attribution.store.schema import MIGRATIONS, split_sql

ARTICLES = {
    "a": "وقال وزير الخارجية إن العقوبات الأمريكية لن تغير موقف بلاده. وأضاف أن الحوار مستمر.",
    "b": "وأكدت المتحدثة باسم الوزارة أن والعقوبات الجديدة تستهدف قطاع الطاقة.",
    "c": "وقال رئيسُ الوزراءِ إنّ الاقتصادَ سينمو هذا العام.",
    "d": 'وقال المدرب: "الفريق جاهز للمباراة".',
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("search") / "claims.db"
    with open_store(path, create=True) as store:
        store.ingest_documents([Document(k, v, {"outlet": "واس"}) for k, v in ARTICLES.items()], backend="rules")
    return path


def found(db: Path, query: str) -> list[str]:
    with open_store(db, create=False) as store:
        return sorted(set(store.claims(search=query)["doc_id"]))


@pytest.mark.parametrize("query, docs", [
    ("العقوبات", ["a", "b"]),            # والعقوبات too: a word is found inside its clitics
    ("عقوبات الأمريكية", ["a"]),          # every word
    ("الاقتصاد", ["c"]),                 # diacritics in the article are folded
    ("الاقتصادَ", ["c"]),                # and in the query
    ("اكدت", []),                        # the cue is not searched, its claim is
    ("المتحدثة", ["b"]),                 # the speaker is
    ('"الفريق جاهز"', ["d"]),            # a quoted phrase whole
    ('"جاهز الفريق"', []),
    ("بلاده مستمر", []),                 # two claims of one article: each claim holds its words
    ("وزير", ["a"]),                     # the speaker's words (وزير الخارجية; الوزراء is another word)
    ("الوزراء", ["c"]),
    ("لن تغير", ["a"]),                  # a word too short for the trigram index is still searched
    ("لن", ["a"]),
])
def test_search(db, query, docs):
    assert found(db, query) == docs


def test_search_combines_with_filters(db):
    with open_store(db, create=False) as store:
        assert sorted(store.claims(search="العقوبات", doc_id="b")["doc_id"]) == ["b"]
        assert store.claims(search="العقوبات", outlet="الجزيرة").empty
        with pytest.raises(FilterError, match="has no words"):
            store.claims(search=" ")


def test_speaker_search(db):
    with open_store(db, create=False) as store:
        assert store.speakers(search="المتحدثة")["name"].tolist() == ["المتحدثة باسم الوزارة"]
        assert store.speakers(search="سيرومولوتوف").empty


def test_table_search_on_the_command_line(db):
    result = CliRunner().invoke(app, ["table", "--db", str(db), "--search", "العقوبات", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 3 and "الطاقة" in result.stdout
    bad = CliRunner().invoke(app, ["table", "--db", str(db), "--search", '""'])
    assert bad.exit_code == 2 and "has no words" in bad.output


def test_a_replaced_or_deleted_article_leaves_the_index(tmp_path):
    with open_store(tmp_path / "c.db", create=True) as store:
        store.ingest_documents([Document("a", ARTICLES["a"])], backend="rules")
        assert len(store.claims(search="العقوبات")) == 1
        store.ingest_documents([Document("a", ARTICLES["c"])], backend="rules")
        assert store.claims(search="العقوبات").empty and len(store.claims(search="الاقتصاد")) == 1
        store.delete_document("a")
        assert store.claims(search="الاقتصاد").empty
        assert store.conn.execute("SELECT count(*) FROM claims_fts").fetchone()[0] == 0


def version_3_store(path: Path) -> None:
    """A store as version 3 wrote it: one article, its sentences, one attribution, no context."""
    con = sqlite3.connect(path)
    for v in (1, 2):
        for stmt in split_sql(MIGRATIONS[v]):
            con.execute(stmt)
    con.execute("CREATE VIEW who_said_what AS SELECT 1")  # version 3's view, replaced by version 4
    text = "وصل الوفد. وقال فيصل بن فرحان إن العقوبات مستمرة. انتهى."
    second, claim = text.index("وقال"), text.index("العقوبات")
    con.execute("INSERT INTO meta VALUES ('application', ?)", (APPLICATION,))
    con.execute("INSERT INTO documents VALUES ('old', 'h', 't', NULL, NULL, NULL, ?, 'now')", (text,))
    con.executemany('INSERT INTO sentences(doc_id, idx, start, "end") VALUES (?, ?, ?, ?)',
                    [("old", 0, 0, 10), ("old", 1, second, text.index(" انتهى")), ("old", 2, len(text) - 6, len(text))])
    con.execute("INSERT INTO speakers(id, name, type) VALUES (7, 'فيصل بن فرحان', 'person')")
    con.execute("INSERT INTO speaker_aliases VALUES (7, 'فيصل بن فرحان', 'فيصل بن فرحان', 'old', 1)")
    con.execute("INSERT INTO attributions(id, doc_id, sentence, cue_text, cue_start, cue_end, speaker_name_doc, "
                "speaker_id, claim_text, claim_start, claim_end, kind) "
                "VALUES (3, 'old', 1, 'قال', ?, ?, 'فيصل بن فرحان', 7, 'العقوبات مستمرة', ?, ?, 'indirect')",
                (second + 1, second + 4, claim, claim + len("العقوبات مستمرة")))
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()


def test_a_version_3_store_is_migrated(tmp_path):
    db = tmp_path / "old.db"
    version_3_store(db)
    with open_store(db, create=False) as store:
        assert store.schema_version == SCHEMA_VERSION == 5
        row = store.claims().iloc[0]
        assert row["context"] == "وقال فيصل بن فرحان إن العقوبات مستمرة." and row["claim"] == "العقوبات مستمرة"
        assert store.claims(search="العقوبات")["attribution_id"].tolist() == [3]
        assert store.speakers(search="فرحان")["speaker_id"].tolist() == [7]
        view = store.conn.execute("SELECT context, topic_list FROM who_said_what").fetchone()
        assert tuple(view) == ("وقال فيصل بن فرحان إن العقوبات مستمرة.", "[]")
        store.ingest_documents([Document("new", "وقال فيصل بن فرحان إن العقوبات مستمرة فعلا.")], backend="rules")
        assert set(store.claims()["speaker_id"]) == {7}  # the old speaker keeps its id
        assert store.claims(doc_id="new")["attribution_id"].tolist() == [4]
