"""`datasette claims.db` browses and searches the store; with `attribution metadata` the
who_said_what view searches too, opens faceted, and its Arabic reads right to left."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.records import Document
from attribution.store.core import open_store

datasette_app = pytest.importorskip("datasette.app", reason="datasette is not installed (pip install datasette)")

ARTICLES = [
    Document("a", "وقال وزير الخارجية فيصل بن فرحان إن العقوبات الأمريكية لن تغير الموقف.", {"outlet": "واس"}),
    Document("b", "وأكدت وزارة الصحة أن حملة التطعيم تبدأ الأسبوع المقبل.", {"outlet": "الشرق"}),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ds") / "claims.db"
    with open_store(path, create=True) as store:
        store.ingest_documents(ARTICLES, backend="rules")
    return path


def get(ds, path: str):
    async def fetch():
        return await ds.client.get(path)
    return asyncio.run(fetch())


def test_plain_datasette_finds_the_search_indexes(db):
    ds = datasette_app.Datasette(files=[str(db)])
    rows = get(ds, "/claims/attributions.json?_search=العقوبات&_shape=array").json()
    assert [r["doc_id"] for r in rows] == ["a"]
    names = get(ds, "/claims/speakers.json?_search=فرحان&_shape=array").json()
    assert [r["name"] for r in names] == ["فيصل بن فرحان"]


def test_metadata_command_serves_the_view_searchable_and_faceted(db, tmp_path):
    out = tmp_path / "metadata.json"
    result = CliRunner().invoke(app, ["metadata", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    meta = json.loads(out.read_text(encoding="utf-8"))
    ds = datasette_app.Datasette(files=[str(db)], metadata=meta)
    body = get(ds, "/claims/who_said_what.json?_search=التطعيم&_shape=objects").json()
    assert [r["doc_id"] for r in body["rows"]] == ["b"]
    facets = body["facet_results"]
    assert {"speaker", "outlet", "topic_list", "meaning", "kind"} <= set(facets)
    page = get(ds, "/claims/who_said_what").text
    assert "data:text/css" in page and "who said what" in page
    assert get(ds, "/claims/meta").status_code in (200, 404)  # hidden, not broken


def test_metadata_of_a_missing_store_fails(tmp_path):
    result = CliRunner().invoke(app, ["metadata", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no claim store" in result.stderr
