"""Output formats: Arabic survives every format, Excel gets its BOM and no formulas."""
from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.errors import AttributionError
from attribution.io.output import (
    ARABIC_HEADERS, CLAIM_COLUMNS, FORMATS, META_COLUMNS, flatten, record_row, resolve_format,
    write_rows,
)
from attribution.records import Attribution, Cue, Span

TEXT = "وقال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل. =SUM(A1) قالت الناطقة."


def record(text: str = TEXT) -> Attribution:
    cue_at = text.index("قال")
    claim_at = text.index("المفاوضات")
    claim_end = text.index(".")
    return Attribution(
        doc_id="khabar-1", sentence=0,
        cue=Cue(cue_at, cue_at + 3, "قال", "قال", "say"),
        speaker=Span.of(text, text.index("وزير"), text.index("وزير") + len("وزير الخارجية")),
        speaker_name="وزير الخارجية", speaker_role="وزير الخارجية", speaker_type="person",
        claim=Span.of(text, claim_at, claim_end), kind="indirect", confidence=0.9123)


def formula_record() -> Attribution:
    r = record()
    at = TEXT.index("=SUM")
    return Attribution(r.doc_id, 1, r.cue, None, None, None, None, Span.of(TEXT, at, at + 8),
                       "unattributed", 0.4)


ROWS = [
    {"speaker": "وزير الخارجية", "claim": "المفاوضات ستستأنف", "n": 1},
    {"speaker": "الناطقة", "claim": "=HYPERLINK(\"http://x\")", "n": 2},
    {"speaker": "@مصدر", "claim": "+966 رقم", "n": 3},
    {"speaker": None, "claim": "-سلبي", "n": None},
]


def test_flatten_columns_and_meta():
    row = flatten(record(), {"title": "مفاوضات", "url": "http://e.org", "outlet": "spa", "date": "",
                             "path": "x.txt"})
    assert list(row) == list(CLAIM_COLUMNS)
    assert (row["title"], row["url"], row["outlet"], row["date"]) == ("مفاوضات", "http://e.org", "spa", None)
    assert row["speaker"] == "وزير الخارجية"
    assert row["mention"] == "وزير الخارجية" and row["claim"] == "المفاوضات ستستأنف الأسبوع المقبل"
    assert row["cue"] == "قال" and row["cue_lemma"] == "قال" and row["meaning"] == "say"
    assert TEXT[row["claim_start"]:row["claim_end"]] == row["claim"]
    assert TEXT[row["cue_start"]:row["cue_end"]] == row["cue"]
    assert row["confidence"] == 0.912


def test_flatten_without_speaker_or_claim():
    r = record()
    bare = Attribution(r.doc_id, 0, r.cue, None, None, None, None, None, "unattributed", 0.5)
    row = flatten(bare)
    assert row["mention"] is None and row["claim"] is None and row["claim_start"] is None
    assert all(row[c] is None for c in META_COLUMNS)


def test_json_record_has_its_document_fields_as_csv_has():
    r = record()
    row = record_row(r, {"headline": "مفاوضات", "source": "spa", "path": "x.txt"})
    assert list(row)[:5] == ["doc_id", "title", "url", "date", "outlet"]
    assert (row["title"], row["outlet"], row["url"]) == ("مفاوضات", "spa", None)
    assert {k: v for k, v in row.items() if k not in META_COLUMNS} == r.to_dict()
    flat = flatten(r, {"headline": "مفاوضات", "source": "spa"})
    assert all(flat[c] == row[c] for c in META_COLUMNS)


@pytest.mark.parametrize("fmt, out, isatty, expected", [
    ("CSV", None, False, "csv"),
    (None, "claims.xlsx", False, "xlsx"),
    (None, "claims.tsv", False, "tsv"),
    (None, "claims.ndjson", False, "jsonl"),
    (None, "claims.dat", False, "jsonl"),
    (None, None, True, "table"),
    (None, "-", False, "jsonl"),
])
def test_resolve_format(fmt, out, isatty, expected):
    class Stream(io.StringIO):
        def isatty(self):
            return isatty

    assert resolve_format(fmt, out, stdout=Stream()) == expected


def read_back(path, encoding="utf-8", delimiter=","):
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_round_trips_arabic_without_bom(tmp_path, fmt, delimiter):
    out = tmp_path / f"rows.{fmt}"
    assert write_rows(ROWS, fmt=fmt, out=out) == 4
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
    rows = read_back(out, delimiter=delimiter)
    assert rows[0] == ["speaker", "claim", "n"]
    assert rows[1] == ["وزير الخارجية", "المفاوضات ستستأنف", "1"]
    assert rows[2][1] == '=HYPERLINK("http://x")'  # machine CSV keeps raw text
    assert rows[4] == ["", "-سلبي", ""]


def test_csv_for_excel_bom_and_formula_neutralised(tmp_path):
    out = tmp_path / "rows.csv"
    write_rows(ROWS, fmt="csv", out=out, excel=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 5
    rows = read_back(out, encoding="utf-8-sig")
    assert rows[0][0] == "speaker"  # the BOM is not glued to the header
    assert rows[2][1] == "'=HYPERLINK(\"http://x\")"
    assert rows[3][:2] == ["'@مصدر", "'+966 رقم"]
    assert rows[4][1] == "'-سلبي"
    assert rows[1][0] == "وزير الخارجية"


def test_columns_order_missing_and_headers(tmp_path):
    out = tmp_path / "rows.csv"
    write_rows(ROWS[:1], fmt="csv", out=out, columns=["claim", "absent", "speaker"],
               headers={"claim": "التصريح"})
    assert read_back(out) == [["التصريح", "absent", "speaker"], ["المفاوضات ستستأنف", "", "وزير الخارجية"]]


def test_csv_nested_values_become_json(tmp_path):
    out = tmp_path / "rows.csv"
    write_rows([record().to_dict()], fmt="csv", out=out)
    rows = read_back(out)
    cue = json.loads(rows[1][rows[0].index("cue")])
    assert cue["text"] == "قال"


def test_empty_rows(tmp_path):
    assert write_rows([], fmt="csv", out=tmp_path / "a.csv") == 0
    assert (tmp_path / "a.csv").read_text() == ""
    write_rows([], fmt="csv", out=tmp_path / "b.csv", columns=["speaker", "claim"])
    assert (tmp_path / "b.csv").read_text() == "speaker,claim\n"
    write_rows([], fmt="json", out=tmp_path / "c.json")
    assert json.loads((tmp_path / "c.json").read_text()) == []


def test_jsonl_one_object_per_line_keeps_arabic(tmp_path):
    out = tmp_path / "a.jsonl"
    recs = [record(), formula_record()]
    assert write_rows(recs, fmt="jsonl", out=out) == 2  # objects with to_dict() are accepted
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "وزير الخارجية" in lines[0]  # ensure_ascii=False
    assert [Attribution.from_dict(json.loads(line)) for line in lines][1].claim == recs[1].claim
    assert json.loads(lines[0]) == recs[0].to_dict()


def test_jsonl_streams(capsys):
    """Each row is written before the next one is asked for."""
    seen = []

    def rows():
        for i in range(3):
            if i:
                seen.append(capsys.readouterr().out)
            yield {"i": i, "قول": "نعم"}

    write_rows(rows(), fmt="jsonl", out="-")
    assert seen == ['{"i": 0, "قول": "نعم"}\n', '{"i": 1, "قول": "نعم"}\n']


def test_json_array(tmp_path):
    out = tmp_path / "a.json"
    write_rows([record().to_dict(), formula_record().to_dict()], fmt="json", out=out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["kind"] for d in data] == ["indirect", "unattributed"]
    assert "وزير" in out.read_text(encoding="utf-8")


def test_stdout_carries_only_data(capsys):
    write_rows(ROWS[:2], fmt="csv", out=None)
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.splitlines()[1] == "وزير الخارجية,المفاوضات ستستأنف,1"


def test_excel_csv_to_stdout_has_bom(capsys):
    write_rows(ROWS[:1], fmt="csv", out="-", excel=True)
    assert capsys.readouterr().out.startswith("\ufeffspeaker,claim,n\r\n")


def test_table_shows_speaker_cue_kind_claim_doc(tmp_path):
    long_claim = "المفاوضات " * 30
    r = record()
    rows = [flatten(r), dict(flatten(r), claim=long_claim, speaker=None)]
    out = tmp_path / "t.txt"
    assert write_rows(rows, fmt="table", out=out, title="التصريحات") == 2
    shown = out.read_text(encoding="utf-8")
    for heading in ("speaker", "cue", "kind", "claim", "doc"):
        assert heading in shown
    assert "وزير الخارجية" in shown and "khabar-1" in shown and "التصريحات" in shown
    assert "…" in shown and long_claim.strip() not in shown  # long claims are cut
    assert "confidence" not in shown


def test_table_generic_rows(tmp_path):
    out = tmp_path / "t.txt"
    write_rows([{"speaker": "الوزير", "claims": 3}], fmt="table", out=out)
    shown = out.read_text(encoding="utf-8")
    assert "claims" in shown and "الوزير" in shown and "3" in shown


def test_xlsx_right_to_left_text_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "claims.xlsx"
    rows = [flatten(record(), {"title": "مفاوضات"}), flatten(formula_record())]
    assert write_rows(rows, fmt="xlsx", out=out, columns=CLAIM_COLUMNS,
                      title="تصريحات") == 2
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.title == "تصريحات"
    assert ws.sheet_view.rightToLeft is True
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header == list(CLAIM_COLUMNS)
    assert ws.cell(1, 1).font.b
    claim_col = header.index("claim") + 1
    formula_cell = ws.cell(3, claim_col)
    assert formula_cell.value == "=SUM(A1)" and formula_cell.data_type == "s"  # text, never a formula
    assert ws.cell(2, header.index("speaker") + 1).value == "وزير الخارجية"
    assert ws.cell(2, header.index("title") + 1).value == "مفاوضات"
    assert ws.cell(2, header.index("confidence") + 1).value == pytest.approx(0.912)
    assert ws.cell(2, header.index("cue_start") + 1).data_type == "n"
    assert ws.cell(3, header.index("speaker") + 1).value is None
    assert ws.column_dimensions["K"].width > ws.column_dimensions["B"].width  # claim is wide


def test_xlsx_arabic_headers(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "claims.xlsx"
    write_rows([flatten(record())], fmt="xlsx", out=out, headers=ARABIC_HEADERS)
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(1, 3).value == "المتحدث"


@pytest.mark.parametrize("out", [None, "-"])
def test_xlsx_refuses_stdout(out):
    with pytest.raises(AttributionError, match="xlsx cannot go to stdout; pass -o FILE.xlsx"):
        write_rows(ROWS, fmt="xlsx", out=out)


def test_unknown_format():
    with pytest.raises(AttributionError, match="unknown format"):
        write_rows(ROWS, fmt="yaml", out=None)


def test_unwritable_output(tmp_path):
    with pytest.raises(AttributionError, match="cannot write"):
        write_rows(ROWS, fmt="csv", out=tmp_path / "no" / "such" / "dir.csv")


def test_unusual_values(tmp_path):
    import datetime

    openpyxl = pytest.importorskip("openpyxl")
    rows = [{"when": datetime.date(2018, 2, 1), "tags": {"سياسة"}, "x": float("nan"), "n": 2}]
    write_rows(rows, fmt="jsonl", out=tmp_path / "a.jsonl")
    assert json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))["when"] == "2018-02-01"
    write_rows(rows, fmt="csv", out=tmp_path / "a.csv")
    assert read_back(tmp_path / "a.csv")[1] == ["2018-02-01", '["سياسة"]', "", "2"]
    write_rows(rows, fmt="xlsx", out=tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert [c.value for c in ws[2]] == ["2018-02-01", '["سياسة"]', None, 2]


def test_formats_constant():
    assert FORMATS == ("table", "csv", "tsv", "json", "jsonl", "xlsx", "html")


CELL = st.one_of(st.none(), st.integers(-10**6, 10**6),
                 st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.fixed_dictionaries({"a": CELL, "b": CELL}), max_size=5))
def test_csv_round_trip_property(tmp_path_factory, rows):
    out = tmp_path_factory.mktemp("csv") / "r.csv"
    write_rows(rows, fmt="csv", out=out, columns=["a", "b"])
    back = read_back(out)[1:]
    assert back == [["" if r[k] is None else str(r[k]) for k in ("a", "b")] for r in rows]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.fixed_dictionaries({"a": CELL, "b": CELL}), max_size=5))
def test_jsonl_round_trip_property(tmp_path_factory, rows):
    out = tmp_path_factory.mktemp("jsonl") / "r.jsonl"
    write_rows(rows, fmt="jsonl", out=out)
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line] == rows


# Arabic text as journalists paste it: letters, harakat, tatweel, Arabic punctuation and digits,
# quotes, bidi marks, and cells that look like formulas.
ARABIC_CELL = st.text(alphabet=st.sampled_from(
    list("قالوزيرإنأآىةؤئءـ«»“”\"'،؛؟.:!()-=+@ 0123456789٠١٢٣")
    + ["\u064b", "\u064e", "\u0651", "\u0670", "\u200f", "\u200e", "\n"]), max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({"speaker": ARABIC_CELL, "claim": ARABIC_CELL}), min_size=1, max_size=5))
def test_xlsx_round_trip_property(tmp_path_factory, rows):
    """Every Arabic cell comes back from the right-to-left sheet exactly as written, as text."""
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path_factory.mktemp("xlsx") / "r.xlsx"
    write_rows(rows, fmt="xlsx", out=out, columns=["speaker", "claim"])
    ws = openpyxl.load_workbook(out).active
    back = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=len(rows) + 1, max_col=2)]
    assert back == [[r["speaker"] or None, r["claim"] or None] for r in rows]  # (an empty cell reads None)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({"speaker": ARABIC_CELL, "claim": ARABIC_CELL}), max_size=5))
def test_excel_csv_round_trip_property(tmp_path_factory, rows):
    """CSV for Excel (BOM, CRLF, formula cells neutralised) reads back with utf-8-sig; only the
    neutralising apostrophe is added."""
    out = tmp_path_factory.mktemp("csvx") / "r.csv"
    write_rows(rows, fmt="csv", out=out, excel=True, columns=["speaker", "claim"])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f))[1:]
    expect = [["'" + v if v and v[0] in "=+-@" else v for v in (r["speaker"], r["claim"])] for r in rows]
    assert back == expect
