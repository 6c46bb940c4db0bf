"""`attribution report`: the site's files, their links, escaping, filters (the browser tests
are in test_browser.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.records import Document
from attribution.report import build_report
from attribution.report.site import article_file
from attribution.store.core import open_store

from htmlcheck import covered, parse

ARTICLES = [
    Document("wam-1", "وقال وزير الخارجية فيصل بن فرحان إن المحادثات مستمرة. وأكد أن الاتفاق قريب.",
             {"outlet": "واس", "date": "2024-05-02", "title": "محادثات <مستمرة> & اتفاق", "url": "https://e.org/1"}),
    Document("spa/2", 'وقال فيصل بن فرحان: "الحوار هو السبيل </script><script>alert(1)</script>".',
             {"outlet": "الشرق", "date": "2024-06-10", "url": "javascript:alert(1)"}),
    Document("x3", "وأكدت وزارة الصحة أن حملة التطعيم تبدأ الأسبوع المقبل.", {"outlet": "واس", "date": "2024-06-11"}),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "claims.db"
    with open_store(path, create=True) as store:
        store.ingest_documents(ARTICLES, backend="rules")
    return path


@pytest.fixture(scope="module")
def report(store_path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "report"
    with open_store(store_path, create=False) as store:
        done = build_report(store, out)
    assert (done.claims, done.articles) == (4, 3)
    return out


def index_data(report: Path) -> list[dict]:
    html = (report / "index.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="claims-index">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def test_files_and_links(report):
    names = {p.relative_to(report).as_posix() for p in report.rglob("*.html")}
    assert "index.html" in names and {f"articles/{article_file(d.doc_id)}" for d in ARTICLES} <= names
    data = index_data(report)
    for entry in data:  # every link of the index leads to a page and a claim on it
        page, anchor = entry["a"].split("#")
        assert f'id="{anchor}"' in (report / page).read_text(encoding="utf-8")
        if entry["p"]:
            assert (report / "speakers" / entry["p"]).exists()
    speaker = next(p for p in (report / "speakers").glob("*.html") if "فيصل بن فرحان" in p.read_text(encoding="utf-8"))
    html = speaker.read_text(encoding="utf-8")
    assert html.count('class="claim"') == 3 and "2024-05-02" in html and "الشرق" in html
    assert all((speaker.parent / href.split("#")[0]).exists() for href in re.findall(r'href="(\.\./articles/[^"]+)"', html))


def test_text_from_articles_is_escaped_everywhere(report):
    for page in report.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in html and 'href="javascript:' not in html
        assert html.count("<script") == html.count("</script>")  # the page's own scripts, whole
    article = (report / "articles" / article_file("spa/2")).read_text(encoding="utf-8")
    parsed = parse(article)
    assert parsed.texts == [ARTICLES[1].text]
    (claim,) = [covered(v) for (role, _), v in parsed.marks.items() if role == "claim"]
    assert ARTICLES[1].text[slice(*claim)].startswith("الحوار هو السبيل </script>")
    assert "محادثات &lt;مستمرة&gt; &amp; اتفاق" in (report / "articles" / article_file("wam-1")).read_text(encoding="utf-8")
    assert any("</script><script>" in e["c"] for e in index_data(report))  # the JSON index holds it as text


def test_index_counts_by_speaker_outlet_topic_and_month(report):
    html = (report / "index.html").read_text(encoding="utf-8")
    for heading in ("المتحدثون", "المصادر", "المواضيع", "التواريخ"):
        assert f"<h2>{heading}</h2>" in html
    assert 'data-filter="o" data-value="واس">واس</button> <span class="muted">3</span>' in html
    assert 'data-value="2024-06"' in html
    data = index_data(report)
    assert {e["m"] for e in data} == {"2024-05", "2024-06"} and all(e["f"] == e["f"].lower() for e in data)


def test_filters_keep_whole_articles_for_context(store_path, tmp_path):
    with open_store(store_path, create=False) as store:
        done = build_report(store, tmp_path / "r", outlet="الشرق")
    assert (done.claims, done.articles, done.speakers) == (1, 1, 1)
    assert len(index_data(tmp_path / "r")) == 1


def test_report_command(store_path, tmp_path):
    result = CliRunner().invoke(app, ["report", "--db", str(store_path), "-o", str(tmp_path / "site"),
                                      "--search", "التطعيم"])
    assert result.exit_code == 0, result.output
    assert "1 claims" in result.stderr and (tmp_path / "site" / "index.html").exists()
    missing = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x")])
    assert missing.exit_code == 1 and "no claim store" in missing.stderr
