"""The store's listings streamed from SQL (what `table`, `speakers` and `topics` export) give the
rows of the DataFrames, in their order, with their values; filters are applied in SQL; the
export path never loads pandas.  A real store: the project's 17 articles, extracted by the rules,
given outlets and dates."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from attribution.errors import FilterError
from attribution.io.output import plain_value
from attribution.store.core import open_store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("listings")
    articles = tmp / "articles.jsonl"
    with articles.open("w", encoding="utf-8") as f:
        for i, path in enumerate(sorted((ROOT / "corpora").glob("*.txt"))):
            f.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8"),
                                "source": ("okaz", "sabq", "spa")[i % 3],
                                "date": f"2015-0{7 + i % 2}-{10 + i:02d}"}, ensure_ascii=False) + "\n")
    db = tmp / "claims.db"
    with open_store(db, create=True) as store:
        from attribution.io.readers import read_documents

        store.ingest_documents(read_documents([str(articles)]), backend="rules")
    return db


def frame_rows(df) -> list[dict]:
    """A DataFrame's rows as the exports wrote them before they streamed."""
    return [{c: plain_value(v) for c, v in zip(df.columns, row)} for row in df.itertuples(index=False, name=None)]


@pytest.mark.parametrize("listing,options,found", [
    ("claims", {}, True),
    ("claims", {"speaker": "سيرومولوتوف"}, True),
    ("claims", {"speaker": "ترامب"}, True),                      # a word of a name
    ("claims", {"topic": "روسيا"}, True),
    ("claims", {"outlet": "SABQ"}, True),                         # outlet: case-insensitive
    ("claims", {"since": "2015-08", "until": "2015-08-20"}, True),
    ("claims", {"kind": "direct"}, True),
    ("claims", {"meaning": "say", "outlet": "okaz"}, True),
    ("claims", {"search": "الولايات المتحدة"}, True),
    ("claims", {"doc_id": "najah-ru-us-security-talks"}, True),
    ("claims", {"limit": 7}, True),
    ("claims", {"speaker": "x' OR 1=1 --"}, False),                # an empty listing keeps its columns
    ("speakers", {}, True),
    ("speakers", {"search": "وزير"}, True),
    ("topics", {}, True),
    ("aliases", {}, True),
    ("speaker_changes", {}, False),
])
def test_a_streamed_listing_is_its_dataframe(db, listing, options, found):
    with open_store(db, readonly=True) as store:
        streamed = store.rows(listing, **options)
        rows = list(streamed.rows)
        df = getattr(store, listing)(**options)
    assert streamed.columns == tuple(df.columns)
    assert rows == frame_rows(df)
    assert bool(rows) == found


@pytest.mark.parametrize("limit", [0, 1, 5, None])
def test_topics_limit_is_the_head_of_the_listing(db, limit):
    with open_store(db, readonly=True) as store:
        every = list(store.rows("topics").rows)
        assert list(store.rows("topics", limit=limit).rows) == every[:limit]


def test_a_topics_speakers_are_its_ten_most_quoted_then_by_name(db):
    """Counted here from the claims and their links, apart from the listing's SQL."""
    with open_store(db, readonly=True) as store:
        claims = store.claims()
        links = store.claim_topics()
        listed = {r["topic_id"]: r for r in store.rows("topics").rows}
    speaker_of = dict(zip(claims["attribution_id"], claims["speaker_id"]))
    name_of = {int(s): n for s, n in zip(claims["speaker_id"], claims["speaker"]) if plain_value(s) is not None}
    said: dict[int, Counter] = defaultdict(Counter)
    for aid, tid in zip(links["attribution_id"], links["topic_id"]):
        sid = plain_value(speaker_of[aid])
        if sid is not None:
            said[int(tid)][sid] += 1
    assert listed
    for tid, row in listed.items():
        top = sorted(said[tid].items(), key=lambda kv: (-kv[1], name_of[kv[0]]))[:10]
        assert row["speakers"] == " | ".join(name_of[s] for s, _ in top)
        assert row["n_speakers"] == len(said[tid])


@pytest.mark.parametrize("listing,options", [
    ("claims", {"kind": "quoted"}),
    ("claims", {"since": "yesterday"}),
    ("claims", {"meaning": "sing"}),
    ("claims", {"limit": -1}),
    ("speakers", {"search": "  "}),
    ("topics", {"limit": -2}),
])
def test_a_filter_that_means_nothing_fails_before_any_row(db, listing, options):
    with open_store(db, readonly=True) as store, pytest.raises(FilterError):
        store.rows(listing, **options)


def test_an_unknown_listing_is_an_error(db):
    with open_store(db, readonly=True) as store, pytest.raises(ValueError, match="no listing 'claim'"):
        store.rows("claim")


def test_the_exports_stream_without_pandas(db, tmp_path):
    """`table`, `speakers` and `topics` in every file format load no DataFrame (memory flat in the
    store's size: the benchmark measures it); the files are written whole."""
    script = ("import sys\nfrom typer.testing import CliRunner\nfrom attribution.cli import app\n"
              "db, out = sys.argv[1], sys.argv[2]\n"
              "for command in (['table'], ['table', '--speaker', 'سيرومولوتوف'], ['speakers'], ['speakers', '--audit'],"
              " ['topics', '--limit', '3']):\n"
              "    for fmt in ('csv', 'jsonl', 'xlsx', 'table'):\n"
              "        target = [] if fmt == 'table' else ['-o', f'{out}/{command[0]}.{fmt}']\n"
              "        r = CliRunner().invoke(app, [*command, '--db', db, '-f', fmt, *target])\n"
              "        assert r.exit_code == 0, r.output\n"
              "print('pandas' in sys.modules, 'numpy' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script, str(db), str(tmp_path)], capture_output=True, text=True,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]
    assert (tmp_path / "table.csv").read_text(encoding="utf-8").startswith("attribution_id,doc_id,sentence,")
