"""HTML pages: marks nest inside the article as written, text is escaped, claims are whole."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from attribution.cli import app
from attribution.io.html import Mark, article_section, marked_text, page, write_table_page
from attribution.io.output import write_rows
from attribution.records import Attribution, Cue, Document, Span

from htmlcheck import covered, parse

TEXT = "وقال الوزير إن الخطة جاهزة، وأكد المتحدث أن التمويل متوفر."


def wrap(text: str, marks: list[Mark]) -> str:
    return f'<div class="text">{marked_text(text, marks)}</div>'


# (marks as (start, end, role, record)); every one must cover exactly its span, nested
CASES = {
    "cue inside its claim": [(5, 11, "speaker", "1"), (1, 4, "cue", "1"), (0, 27, "claim", "1")],
    "speaker of one record inside another's claim": [(15, 27, "claim", "1"), (33, 40, "speaker", "2"),
                                                     (15, 58, "claim", "2")],
    "two claims that cross": [(5, 27, "claim", "1"), (15, 40, "claim", "2")],
    "three crossing": [(0, 20, "claim", "1"), (10, 30, "claim", "2"), (15, 45, "claim", "3"), (25, 50, "cue", "4")],
    "same span twice": [(15, 27, "claim", "1"), (15, 27, "claim", "2")],
    "adjacent": [(0, 4, "cue", "1"), (4, 11, "speaker", "1")],
    "the whole text": [(0, len(TEXT), "claim", "1"), (0, 4, "cue", "1"), (len(TEXT) - 1, len(TEXT), "cue", "2")],
}


@pytest.mark.parametrize("name", CASES)
def test_marks_nest_and_cover_their_spans(name):
    marks = [Mark(s, e, role, rec, anchor=f"claim-{rec}" if role == "claim" else None)
             for s, e, role, rec in CASES[name]]
    parsed = parse(wrap(TEXT, marks))
    assert parsed.texts == [TEXT]
    for m in marks:
        assert covered(parsed.marks[(m.role, m.record)]) == (m.start, m.end)


def test_a_crossing_claim_is_cut_and_keeps_one_anchor():
    html = marked_text(TEXT, [Mark(5, 27, "claim", "1", anchor="claim-1"), Mark(15, 40, "claim", "2", anchor="claim-2")])
    assert html.count('id="claim-2"') == 1 and html.count('data-record="2"') == 2
    assert html.count('data-part="rest"') == 1


def test_empty_and_out_of_range_marks_are_left_out():
    assert marked_text("نص", [Mark(1, 1, "cue", "1"), Mark(0, 9, "claim", "2"), Mark(-1, 1, "cue", "3")]) == "نص"


def test_text_and_attributes_are_escaped():
    text = 'قال <script>alert("x")</script> & "أكد"'
    html = marked_text(text, [Mark(0, 3, "cue", '1"><b', {"title": '<img src=x onerror="y">'})])
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert "<img" not in html and "<b" not in html
    assert parse(f'<div class="text">{html}</div>').texts == [text]


def record(text: str, cue: tuple[int, int], claim: tuple[int, int] | None, speaker: tuple[int, int] | None = None,
           name: str | None = "المتحدث") -> Attribution:
    return Attribution("d", 0, Cue(*cue, text[cue[0]:cue[1]], "قال", "say"),
                       Span.of(text, *speaker) if speaker else None, name, "وزير", "person",
                       Span.of(text, *claim) if claim else None, "indirect", 0.9)


@st.composite
def article(draw):
    """Random text (with markup-like characters) and random records over it."""
    alphabet = st.sampled_from(list("قال الوزير إن، .\n") + ["<script>", "</script>", "&", "&amp;", '"', "'", "<b>"])
    text = "".join(draw(st.lists(alphabet, min_size=1, max_size=40)))
    n = len(text)
    records = []
    for _ in range(draw(st.integers(0, 5))):
        a, b = sorted(draw(st.tuples(st.integers(0, n - 1), st.integers(1, n))))
        if a == b:
            continue
        cue = (a, min(a + draw(st.integers(1, 4)), b))
        claim = tuple(sorted(draw(st.tuples(st.integers(0, n - 1), st.integers(1, n))))) if draw(st.booleans()) else None
        if claim and claim[0] == claim[1]:
            claim = None
        speaker = (a, b) if draw(st.booleans()) else None
        records.append(record(text, cue, claim, speaker))
    return text, records


@settings(max_examples=300, deadline=None)
@given(article())
def test_every_claim_is_whole_inside_its_mark_and_text_is_shown_not_run(case):
    text, records = case
    html = article_section(Document("d", text), records)
    parsed = parse(page("t", html))
    assert parsed.texts == [text]  # the article as written: nothing executed, nothing mangled
    for i, rec in enumerate(records, 1):
        if rec.claim is not None:
            start, end = covered(parsed.marks[("claim", str(i))])
            assert text[start:end] == rec.claim.text  # the claim's text, exactly once, inside its mark
        assert covered(parsed.marks[("cue", str(i))]) == (rec.cue.start, rec.cue.end)
    assert sorted(parsed.ids) == sorted(f"claim-{i}" for i, r in enumerate(records, 1) if r.claim is not None)
    body = html.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    assert "<script" not in body and "<b>" not in body


def test_extract_html_page(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("وقال الوزير إن الخطة <جاهزة> & مكتملة.\nوأكدت المتحدثة أن التمويل متوفر.", encoding="utf-8")
    out = tmp_path / "a.html"
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--backend", "rules"])
    assert result.exit_code == 0, result.output
    page_text = out.read_text(encoding="utf-8")
    assert page_text.startswith("<!DOCTYPE html>") and '<html lang="ar" dir="rtl">' in page_text
    assert "http" not in page_text.split("<body>")[0]  # nothing to fetch: the style is inlined
    parsed = parse(page_text)
    assert parsed.texts == [src.read_text(encoding="utf-8")]
    claims = {rec: covered(parts) for (role, rec), parts in parsed.marks.items() if role == "claim"}
    assert [parsed.texts[0][s:e] for s, e in claims.values()] == ["الخطة <جاهزة> & مكتملة", "التمويل متوفر"]
    assert 'data-label="الوزير' in page_text


def test_listings_write_an_html_table(tmp_path, capsys):
    rows = [{"speaker": "<b>الوزير</b>", "claim": "الخطة & التمويل", "n": 2}]
    assert write_rows(rows, fmt="html", out=None, title="التصريحات") == 1
    out = capsys.readouterr().out
    assert "&lt;b&gt;الوزير&lt;/b&gt;" in out and "الخطة &amp; التمويل" in out and "<td>2</td>" in out
    assert write_table_page(iter([]), tmp_path / "e.html", columns=["a"], title=None, headers=None) == 0
