"""The speaker–claim–topic graph, its export formats and the ``topics``/``graph`` commands."""
from __future__ import annotations

import json
import time

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.graph import (
    build_graph,
    graph_from_frames,
    read_graph,
    sanitize_for_export,
    write_graph,
)
from attribution.records import Attribution, Cue, Document, Span
from attribution.store.core import open_store

# Three short articles written for these tests: two outlets reprint one ministry statement,
# a third article carries a nested attribution (نقلت وكالة الأنباء عن الوزير).
DOCS = {
    "spa-1": ("أعلنت وزارة الصحة أن حملة التطعيم ضد الإنفلونزا الموسمية تبدأ الأسبوع المقبل في جميع المناطق. "
              "وقال الوزير فهد الجلاجل إن اللقاح متوفر مجانا في المراكز الصحية.",
              {"outlet": "spa", "date": "2026-01-05", "title": "حملة التطعيم", "url": "https://example.org/spa-1"}),
    "okaz-1": ("أكدت وزارة الصحة أن حملة التطعيم ضد الإنفلونزا الموسمية تبدأ الأسبوع المقبل في جميع المناطق.",
               {"outlet": "okaz", "date": "2026-01-06", "title": "الصحة: التطعيم الأسبوع المقبل"}),
    "wam-1": ("نقلت وكالة الأنباء عن الوزير فهد الجلاجل قوله إن المستشفيات الجديدة في مدينة جدة ستفتح قريبا. "
              "وذكرت الوكالة أن الانتخابات البلدية ستجري في الربيع.",
              {"outlet": "wam", "date": "2026-02-10", "title": "مستشفيات جدة"}),
}


def _rec(doc_id, cue, claim, speaker=None, mention=None, kind="indirect", via=None, stype="person", role=None):
    text = DOCS[doc_id][0]
    cs = text.index(cue)
    s = text.index(claim)
    sp = None
    if mention:
        ms = text.index(mention)
        sp = Span.of(text, ms, ms + len(mention))
    return Attribution(doc_id, 0, Cue(cs, cs + len(cue), cue, cue, "say"), sp, speaker, role,
                       stype if speaker else None, Span.of(text, s, s + len(claim)), kind, 0.9, via)


RECORDS = {
    "spa-1": [
        _rec("spa-1", "أعلنت", "حملة التطعيم ضد الإنفلونزا الموسمية تبدأ الأسبوع المقبل في جميع المناطق",
             "وزارة الصحة", "وزارة الصحة", stype="organization"),
        _rec("spa-1", "وقال", "اللقاح متوفر مجانا في المراكز الصحية", "فهد الجلاجل", "الوزير فهد الجلاجل",
             role="وزير الصحة"),
    ],
    "okaz-1": [
        _rec("okaz-1", "أكدت", "حملة التطعيم ضد الإنفلونزا الموسمية تبدأ الأسبوع المقبل في جميع المناطق",
             "وزارة الصحة", "وزارة الصحة", stype="organization"),
    ],
    "wam-1": [
        _rec("wam-1", "نقلت", "المستشفيات الجديدة في مدينة جدة ستفتح قريبا", "فهد الجلاجل", "الوزير فهد الجلاجل",
             via="وكالة الأنباء"),
        _rec("wam-1", "وذكرت", "الانتخابات البلدية ستجري في الربيع", "وكالة الأنباء", "الوكالة",
             stype="organization"),
    ],
}


@pytest.fixture()
def store(tmp_path):
    docs = [Document(d, t, m) for d, (t, m) in DOCS.items()]
    with open_store(tmp_path / "claims.db", create=True) as st:
        st.ingest((doc, RECORDS[doc.doc_id]) for doc in docs)
        yield st


def _by_kind(G):
    out: dict[str, int] = {}
    for _, k in G.nodes(data="kind"):
        out[k] = out.get(k, 0) + 1
    return out


def _relations(G):
    out: dict[str, int] = {}
    for *_, r in G.edges(keys=True):
        out[r] = out.get(r, 0) + 1
    return out


# --------------------------------------------------------------------------- building

def test_whole_graph(store):
    G = build_graph(store)
    assert isinstance(G, nx.MultiDiGraph)
    kinds = _by_kind(G)
    assert kinds["claim"] == 5 and kinds["document"] == 3
    assert kinds["speaker"] == 3  # وزارة الصحة, فهد الجلاجل, وكالة الأنباء
    rel = _relations(G)
    assert rel["said"] == 5 and rel["in"] == 5
    assert rel["same_as"] == 1  # the reprinted ministry statement
    assert rel["cites"] == 1
    assert rel["about"] == len(store.claim_topics())
    for n, d in G.nodes(data=True):
        assert n.split(":")[0] in ("speaker", "claim", "topic", "doc")
        assert d["kind"] in ("speaker", "claim", "topic", "document")
        assert d["label"]
        assert None not in d.values()


def test_node_attributes(store):
    G = build_graph(store)
    claims = store.claims()
    first = claims.iloc[0]
    node = G.nodes[f"claim:{first['attribution_id']}"]
    assert node["text"] == first["claim"]
    assert node["outlet"] == first["outlet"] and node["date"] == first["date"]
    doc = G.nodes["doc:spa-1"]
    assert doc["title"] == "حملة التطعيم" and doc["url"].startswith("https://")
    minister = [d for _, d in G.nodes(data=True) if d.get("name") == "فهد الجلاجل"][0]
    assert minister["kind"] == "speaker" and minister["type"] == "person"
    assert "وزير الصحة" in minister["role"]
    topics = [d["label"] for _, d in G.nodes(data=True) if d["kind"] == "topic"]
    assert "حملة التطعيم" in topics


def test_said_edge_carries_cue_meaning_kind(store):
    G = build_graph(store)
    said = [d for *_, k, d in G.edges(keys=True, data=True) if k == "said"]
    assert {d["cue"] for d in said} >= {"أعلنت", "وقال", "أكدت"}
    assert all(d["kind"] == "indirect" and d["meaning"] == "say" and d["relation"] == "said" for d in said)


def test_same_as_links_members_to_the_first(store):
    G = build_graph(store)
    (u, v), = [(u, v) for u, v, k in G.edges(keys=True) if k == "same_as"]
    assert int(u.split(":")[1]) > int(v.split(":")[1])
    assert G.nodes[u]["text"] == G.nodes[v]["text"]


def test_cites_runs_from_the_relaying_source(store):
    G = build_graph(store)
    (u, v, d), = [(u, v, d) for u, v, k, d in G.edges(keys=True, data=True) if k == "cites"]
    assert G.nodes[u]["name"] == "وكالة الأنباء"
    assert G.nodes[v]["name"] == "فهد الجلاجل"
    assert d["weight"] == 1


def test_unknown_relay_gets_its_own_node():
    claims = pd.DataFrame([{"attribution_id": 1, "doc_id": "a", "speaker_id": 3, "speaker": "الوزير",
                            "claim": "الاتفاق جاهز", "cue": "نقلت", "kind": "indirect", "via": "رويترز"}])
    G = graph_from_frames(claims)
    assert G.has_edge("speaker:via:رويترز", "speaker:3", "cites")
    assert G.nodes["speaker:via:رويترز"]["kind"] == "speaker"


@pytest.mark.parametrize("filters, n_claims, speakers", [
    ({"speaker": "فهد الجلاجل"}, 2, {"فهد الجلاجل", "وكالة الأنباء"}),  # the relay comes with its cites edge
    ({"topic": "حملة التطعيم"}, 2, {"وزارة الصحة"}),
    ({"since": "2026-02"}, 2, {"فهد الجلاجل", "وكالة الأنباء"}),
    ({"until": "2026-01-05"}, 2, {"وزارة الصحة", "فهد الجلاجل"}),
    ({"outlet": "okaz"}, 1, {"وزارة الصحة"}),
    ({"speaker": "لا أحد"}, 0, set()),
])
def test_filters_select_a_subgraph(store, filters, n_claims, speakers):
    G = build_graph(store, **filters)
    assert _by_kind(G).get("claim", 0) == n_claims
    assert {d["name"] for _, d in G.nodes(data=True) if d["kind"] == "speaker"} == speakers
    for n, d in G.nodes(data=True):  # nothing dangling: every node touches a claim
        if d["kind"] != "claim":
            assert any(G.nodes[m]["kind"] == "claim" for m in nx.all_neighbors(G, n)) or d["kind"] == "speaker"


def _same_graph(G, H):
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True), key=repr) == sorted(H.edges(keys=True, data=True), key=repr)


@pytest.mark.parametrize("filters", [{}, {"speaker": "فهد الجلاجل"}, {"topic": "حملة التطعيم"}, {"since": "2026-02"},
                                     {"outlet": "okaz"}, {"search": "التطعيم"}, {"speaker": "لا أحد"}])
def test_the_store_read_in_sql_gives_the_graph_of_its_frames(store, filters):
    """build_graph reads a store in SQL, only what the selected claims need; the graph is the
    one graph_from_frames builds from the store's whole frames."""
    frames = graph_from_frames(store.claims(**filters), speakers=store.speakers(), topics=store.topics(),
                               claim_topics=store.claim_topics(), documents=store.documents())
    _same_graph(build_graph(store, **filters), frames)


def test_min_topic_claims_leaves_out_the_topics_of_fewer_claims(store):
    G = build_graph(store, min_topic_claims=2)
    topics = {n: d for n, d in G.nodes(data=True) if d["kind"] == "topic"}
    assert topics and all(d["n_claims"] >= 2 for d in topics.values())
    assert len(topics) < _by_kind(build_graph(store))["topic"]
    assert all(G.nodes[v]["kind"] == "topic" for _, v, k in G.edges(keys=True) if k == "about")
    _same_graph(G, build_graph(FrameStore(store), min_topic_claims=2))


class FrameStore:
    """A store seen only through its frame methods (the path of build_graph for other objects)."""

    def __init__(self, store):
        self.store = store

    def __getattr__(self, name):
        return getattr(self.store, name) if name != "conn" else self.__getattribute__(name)


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json"])
def test_the_streamed_file_is_the_graph_networkx_reads(store, tmp_path, fmt):
    """write_store_graph streams the store: the file reads back (networkx, ElementTree) as the
    graph build_graph holds, every attribute with its value and type."""
    import xml.etree.ElementTree as ET

    from attribution.graph import write_store_graph

    path = tmp_path / f"g.{fmt}"
    counts = write_store_graph(store, path, fmt)
    G, H = sanitize_for_export(build_graph(store)), read_graph(path, fmt)
    assert counts["nodes"] == G.number_of_nodes() and counts["edges"] == G.number_of_edges()
    assert counts["claim"] == 5
    if fmt != "json":
        ET.parse(path)
    for n, d in G.nodes(data=True):
        got = dict(H.nodes[n])
        if fmt == "gexf" and "label" not in d:
            got.pop("label")
        assert got == d, n
    assert H.number_of_edges() == G.number_of_edges()
    for u, v, k, d in G.edges(keys=True, data=True):
        got = dict(H.edges[u, v, k] if H.is_multigraph() else H.edges[u, v])  # (read_gexf: no parallel edges here)
        if fmt != "json":  # (read back as a DiGraph: the key is the edge id, or networkx_key)
            assert got.pop("id", k) == k or fmt == "gexf"  # (GEXF numbers its edges)
            assert got.pop("networkx_key", k) == k
        assert got == d, (u, v, k)


class FakeStore:
    """The store's read API as plain DataFrames (what build_graph needs)."""

    def __init__(self, claims):
        self._claims = claims

    def claims(self, **filters):
        df = self._claims
        if filters.get("speaker"):
            df = df[df["speaker"] == filters["speaker"]]
        return df

    def speakers(self):
        return pd.DataFrame({"speaker_id": [1, 2], "name": ["الوزير", "رويترز"], "type": ["person", "media"],
                             "roles": ["وزير الخارجية", ""], "aliases": ["الوزير | وزير الخارجية", "وكالة رويترز"],
                             "n_claims": [2, 0], "n_docs": [1, 0]})

    def topics(self):
        return pd.DataFrame({"topic_id": [7], "key": ["اتفاق"], "label": ["الاتفاق"], "n_claims": [2]})

    def claim_topics(self):
        return pd.DataFrame({"attribution_id": [1, 2], "topic_id": [7, 7], "source": ["auto", "auto"]})

    def documents(self):
        return pd.DataFrame({"doc_id": ["a"], "title": ["عنوان"], "url": [None], "outlet": ["x"],
                             "date": ["2026-01-01"], "n_claims": [2]})


def test_build_graph_from_a_fake_store():
    claims = pd.DataFrame({
        "attribution_id": [1, 2], "doc_id": ["a", "a"], "speaker_id": pd.array([1, None], dtype="Int64"),
        "speaker": ["الوزير", None], "claim": ["الاتفاق جاهز", None], "cue": ["قال", "بحسب"],
        "kind": ["indirect", "according_to"], "via": ["وكالة رويترز", None],
        "cluster_id": pd.array([1, 2], dtype="Int64"), "confidence": [0.9, 0.5],
    })
    G = build_graph(FakeStore(claims))
    assert G.has_edge("speaker:2", "speaker:1", "cites")  # via matched an alias
    assert G.nodes["claim:2"]["label"] == "[بحسب]"  # a claim without text
    assert "text" not in G.nodes["claim:2"]
    assert G.nodes["doc:a"]["title"] == "عنوان" and "url" not in G.nodes["doc:a"]
    assert _relations(G) == {"said": 1, "in": 2, "about": 2, "cites": 1}


def test_empty_store(tmp_path):
    with open_store(tmp_path / "e.db", create=True) as st:
        G = build_graph(st)
    assert G.number_of_nodes() == 0
    write_graph(G, tmp_path / "e.gexf", "gexf")
    assert read_graph(tmp_path / "e.gexf").number_of_nodes() == 0


def test_thousands_of_claims_take_seconds():
    n = 20_000
    claims = pd.DataFrame({
        "attribution_id": range(n), "doc_id": [f"d{i // 4}" for i in range(n)],
        "speaker_id": [i % 900 for i in range(n)], "speaker": [f"متحدث {i % 900}" for i in range(n)],
        "claim": [f"تصريح رقم {i}" for i in range(n)], "cue": "قال", "kind": "indirect",
        "cluster_id": [i - i % 3 for i in range(n)], "via": [None] * n, "date": "2015-06-01",
    })
    links = pd.DataFrame({"attribution_id": range(n), "topic_id": [i % 500 for i in range(n)], "source": "auto"})
    t0 = time.perf_counter()
    G = graph_from_frames(claims, claim_topics=links)
    elapsed = time.perf_counter() - t0
    assert elapsed < 15, elapsed
    assert _relations(G)["same_as"] == n - -(-n // 3)


# --------------------------------------------------------------------------- export

def test_sanitize_for_export():
    G = nx.MultiDiGraph()
    G.add_node("a", label="الوزير", roles=["وزير", "متحدث"], missing=None, n=1, ok=True, nan=float("nan"),
               start="2026", id="x", meta={"k": "ق"}, when=pd.Timestamp("2026-01-02"))
    G.add_node("b", label="ب", n=2.5, ok="نعم")
    G.add_edge("a", "b", key="said", type="quote", weight=2, source="auto")
    H = sanitize_for_export(G)
    a, b = H.nodes["a"], H.nodes["b"]
    assert a["roles"] == "وزير | متحدث"
    assert "missing" not in a and "nan" not in a
    assert a["n"] == 1.0 and isinstance(a["n"], float) and b["n"] == 2.5
    assert a["ok"] == "true" and b["ok"] == "نعم"
    assert a["start_"] == "2026" and a["id_"] == "x" and "start" not in a
    assert json.loads(a["meta"]) == {"k": "ق"}
    assert a["when"].startswith("2026-01-02")
    e = H.edges["a", "b", "said"]
    assert e == {"type_": "quote", "weight": 2, "source_": "auto"}
    assert G.nodes["a"]["roles"] == ["وزير", "متحدث"]  # the original is untouched


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json"])
def test_each_format_reads_back_with_the_same_counts(store, tmp_path, fmt):
    G = build_graph(store)
    path = tmp_path / f"claims.{fmt}"
    write_graph(G, path, fmt)
    H = read_graph(path, fmt)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    labels = {d.get("label") for _, d in H.nodes(data=True)}
    assert "فهد الجلاجل" in labels  # Arabic survives
    assert "وزارة الصحة" in path.read_text(encoding="utf-8")  # unescaped


def test_json_uses_edges_key_and_links_reads_back(store, tmp_path):
    G = build_graph(store)
    path = tmp_path / "g.json"
    write_graph(G, path, "json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "edges" in data and "links" not in data
    data["links"] = data.pop("edges")
    legacy = tmp_path / "legacy.json"
    legacy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert read_graph(legacy).number_of_edges() == G.number_of_edges()


def test_unknown_format(tmp_path):
    from attribution.errors import AttributionError

    with pytest.raises(AttributionError, match="unknown graph format"):
        write_graph(nx.MultiDiGraph(), tmp_path / "g.dot")


# --------------------------------------------------------------------------- CLI

runner = CliRunner()


@pytest.fixture()
def db(store):
    return str(store.path)


def test_cli_topics_json(db):
    r = runner.invoke(app, ["topics", "--db", db, "--format", "json", "--limit", "3"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert len(rows) == 3
    assert {"topic_id", "key", "label", "n_claims", "n_speakers", "speakers"} <= set(rows[0])
    assert rows[0]["n_claims"] >= rows[-1]["n_claims"]


def test_cli_topics_xlsx(db, tmp_path):
    out = tmp_path / "topics.xlsx"
    r = runner.invoke(app, ["topics", "--db", db, "-o", str(out)])
    assert r.exit_code == 0, r.output
    import openpyxl

    ws = openpyxl.load_workbook(out).active
    assert ws.cell(1, 3).value == "label"


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json"])
def test_cli_graph_writes_each_format(db, tmp_path, fmt):
    out = tmp_path / f"claims.{fmt}"
    r = runner.invoke(app, ["graph", "--db", db, "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "nodes" in r.stderr
    assert read_graph(out).number_of_nodes() > 0


def test_cli_graph_filters_and_stdout(db):
    r = runner.invoke(app, ["graph", "--db", db, "--format", "json", "--speaker", "الجلاجل", "--since", "2026-02"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert sum(1 for n in data["nodes"] if n["kind"] == "claim") == 1


def test_cli_graph_leaves_out_the_topics_of_one_claim_by_default(db, store):
    counts = {}
    for extra in ([], ["--min-topic-claims", "1"]):
        r = runner.invoke(app, ["graph", "--db", db, "-f", "json", *extra])
        assert r.exit_code == 0, r.output
        counts[len(extra)] = sum(1 for n in json.loads(r.stdout)["nodes"] if n["kind"] == "topic")
    topics = store.topics()
    assert counts == {0: int((topics["n_claims"] >= 2).sum()), 2: len(topics)} and counts[0] < counts[2]


def test_cli_graph_gexf_to_stdout(db):
    r = runner.invoke(app, ["graph", "--db", db, "-f", "gexf", "-o", "-"])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("<?xml") and "فهد الجلاجل" in r.stdout


@pytest.mark.parametrize("args, code, message", [
    (["graph", "--db", "nope.db", "-o", "x.gexf"], 1, "no claim store"),
    (["topics", "--db", "nope.db"], 1, "no claim store"),
    (["graph", "--db", "x.db", "--format", "dot", "-o", "x.dot"], 2, "not one of"),
    (["graph", "--db", "x.db"], 2, "--format"),
    (["graph", "--db", "x.db", "-f", "gexf", "--since", "yesterday"], 2, "not a date"),
])
def test_cli_errors(tmp_path, monkeypatch, args, code, message):
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, args)
    assert r.exit_code == code
    assert message in r.stderr
    if code == 1:
        assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["topics", "graph"])
def test_cli_help(command):
    r = runner.invoke(app, [command, "--help"])
    assert r.exit_code == 0
    assert "--db" in r.stdout


# --------------------------------------------------------------------------- property: export round trip

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_values = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.lists(st.text(max_size=8), max_size=3),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["label", "name", "text", "n", "start", "id", "roles"]),
                                _values, max_size=5), min_size=1, max_size=6),
       st.sampled_from(["gexf", "graphml", "json"]))
def test_any_attributes_export_and_read_back(tmp_path_factory, node_attrs, fmt):
    G = nx.MultiDiGraph()
    for i, attrs in enumerate(node_attrs):
        G.add_node(f"speaker:{i}", **attrs)
        if i:
            G.add_edge(f"speaker:{i - 1}", f"speaker:{i}", key="cites", weight=i, type="x", note=attrs.get("n"))
    path = tmp_path_factory.mktemp("g") / f"g.{fmt}"
    write_graph(G, path, fmt)
    H = read_graph(path, fmt)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
