"""The report and `extract -f html` in a real browser: headless Chromium loads the pages from
file://, the test reads the DOM after the scripts ran, types in the search boxes, and fails on
any console error.  Skipped, with the reason, when no Chromium is installed (`.ci/run`
installs Debian's `chromium`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.io.readers import read_documents
from attribution.records import Document
from attribution.report import build_report
from attribution.report.site import _folded, _rows
from attribution.store.core import open_store

import browser

ROOT = Path(__file__).resolve().parents[1]
BINARY = browser.find()

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(BINARY is None, reason="no Chromium installed (apt-get install chromium)")]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A report of the repository corpus (outlets from the file names, as the notebooks give them)."""
    d = tmp_path_factory.mktemp("site")
    docs = [Document(doc.doc_id, doc.text, {**doc.meta, "outlet": doc.doc_id.split("-")[0]})
            for doc in read_documents([ROOT / "corpora"])]
    with open_store(d / "claims.db", create=True) as store:
        store.ingest_documents(docs, backend="rules")
        build_report(store, d / "report")
        claims = _rows(store.claims())
        texts = {doc.doc_id: store.document_text(doc.doc_id) for doc in docs}
    return d / "report", claims, texts


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    with browser.Chromium(BINARY, tmp_path_factory.mktemp("profile")) as b:
        yield b


def test_every_claim_of_the_store_is_marked_in_its_article(site, chromium):
    report, claims, texts = site
    found: dict[str, str] = {}
    for page in sorted((report / "articles").glob("*.html")):
        tab = chromium.open(page.as_uri())
        shown = chromium.evaluate(tab, """(() => {
            const text = document.querySelector("article .text");
            const parts = {};
            for (const m of text.querySelectorAll('mark[data-role="claim"]')) {
                const r = m.getAttribute("data-record");
                parts[r] = (parts[r] || "") + m.textContent;
            }
            return {doc: document.querySelector("article").dataset.doc, text: text.textContent, parts: parts,
                    anchors: [...text.querySelectorAll('mark[data-role="claim"][id]')].map(m => m.id)};
        })()""")
        assert shown["text"] == texts[shown["doc"]]  # the article as stored, character for character
        found.update(shown["parts"])
        assert len(shown["anchors"]) == len(set(shown["anchors"]))
    expected = {str(c["attribution_id"]): c["claim"] for c in claims if c["claim"]}
    assert found == expected
    assert chromium.errors() == []


def test_search_typed_in_the_box_filters_the_list(site, chromium):
    report, claims, _ = site
    tab = chromium.open((report / "index.html").as_uri())
    total = chromium.evaluate(tab, "document.querySelectorAll('#results li').length")
    assert total == len(claims)
    chromium.type_into(tab, "#q", "الانتخابات")
    shown = chromium.evaluate(tab, "[...document.querySelectorAll('#results li')].map(li => li.textContent)")
    expected = [c for c in claims if "انتخابات" in _folded(c)]
    assert 0 < len(shown) == len(expected) < total
    assert chromium.evaluate(tab, "document.getElementById('shown').textContent") == str(len(expected))
    # a speaker chosen from the index's counts narrows the list further
    chromium.evaluate(tab, "document.querySelector('button[data-filter=\"s\"]').click()")
    first = chromium.evaluate(tab, "document.getElementById('s').value")
    names = chromium.evaluate(tab, "[...document.querySelectorAll('#results .speaker')].map(a => a.textContent)")
    assert set(names) <= {first}
    assert chromium.errors() == []


def test_a_speaker_page_filters_its_claims(site, chromium):
    report, claims, _ = site
    busiest = max({c["speaker_id"] for c in claims if c["speaker_id"] is not None},
                  key=lambda sid: sum(c["speaker_id"] == sid for c in claims))
    said = [c for c in claims if c["speaker_id"] == busiest]
    tab = chromium.open((report / "speakers" / f"{busiest}.html").as_uri())
    assert chromium.evaluate(tab, "document.querySelectorAll('#list li').length") == len(said)
    word = said[0]["claim"].split()[-1]
    chromium.type_into(tab, "#q", word)
    visible = chromium.evaluate(tab, "document.querySelectorAll('#list li:not(.hidden)').length")
    assert 1 <= visible <= len(said)
    link = chromium.evaluate(tab, "document.querySelector('#list li a.claim').getAttribute('href')")
    assert link.startswith("../articles/") and "#claim-" in link
    assert chromium.errors() == []


def test_extract_html_in_the_browser(tmp_path, chromium):
    from typer.testing import CliRunner

    from attribution.cli import app

    src = tmp_path / "a.txt"
    src.write_text('وقال الوزير إن <script>window.bad = 1</script> & "الخطة" جاهزة.', encoding="utf-8")
    out = tmp_path / "a.html"
    assert CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--backend", "rules"]).exit_code == 0
    tab = chromium.open(out.as_uri())
    assert chromium.evaluate(tab, "window.bad === undefined")  # shown, not run
    text = chromium.evaluate(tab, "document.querySelector('article .text').textContent")
    assert text == src.read_text(encoding="utf-8")
    claim = chromium.evaluate(tab, "document.querySelector('mark[data-role=claim]').textContent")
    assert "<script>" in claim and json.loads(json.dumps(claim))
    assert chromium.errors() == []


def test_the_network_view_lights_neighbours_offline(site, chromium, tmp_path):
    import networkx as nx

    from attribution.report.network import network_page

    G = nx.Graph([("speaker:1", "claim:1"), ("claim:1", "topic:1"), ("speaker:2", "claim:2")])
    labels = {"speaker:1": ("speaker", "أوليغ سيرومولوتوف"), "claim:1": ("claim", "<script>x</script>"),
              "topic:1": ("topic", "الاستخبارات"), "speaker:2": ("speaker", "فيصل بن فرحان"), "claim:2": ("claim", "ب")}
    nx.set_node_attributes(G, {n: {"kind": k, "label": v} for n, (k, v) in labels.items()})
    path = tmp_path / "net.html"
    path.write_text(network_page(G, "speaker:1"), encoding="utf-8")
    tab = chromium.open(path.as_uri())
    texts = chromium.evaluate(tab, "[...document.querySelectorAll('svg text')].map(t => t.textContent)")
    assert sorted(texts) == sorted(v for _, v in labels.values())
    chromium.evaluate(tab, "document.querySelector('svg > g > g').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    faded = chromium.evaluate(tab, "[...document.querySelectorAll('svg > g > g')].map(g => g.style.opacity)")
    assert faded.count("1") == 2 and faded.count("0.15") == 3  # the speaker and its claim stay lit
    assert "سيرومولوتوف" in chromium.evaluate(tab, "document.querySelector('.info').textContent")
    assert chromium.errors() == []
