"""Readers: every input format, every bad input, and offsets after decoding."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.errors import InputError
from attribution.io.readers import (
    decode_bytes, document_from_record, html_to_text, iter_input_files, normalize_newlines,
    read_documents,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# Sentences written for these tests (not from any corpus).
S1 = "وقال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل."
S2 = "وأكدت المتحدثة باسم الوزارة أن «الاتفاق لم يعد قائماً»."
S3 = "وبحسب مصادر مطلعة، فإن الاجتماع تأجل إلى موعد لم يحدد."
ARTICLE = S1 + "\n" + S2 + "\n\n" + S3


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def read_all(paths, **kw):
    problems: list[str] = []
    docs = list(read_documents([str(p) for p in paths], on_error=problems.append, **kw))
    return docs, problems


# --------------------------------------------------------------------------- plain text


@pytest.mark.parametrize("raw, expected", [
    (ARTICLE.encode("utf-8"), ARTICLE),
    (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE),  # BOM stripped: offsets index the text without it
    (ARTICLE.replace("\n", "\r\n").encode("utf-8"), ARTICLE),  # CRLF normalised
    (ARTICLE.replace("\n", "\r").encode("utf-8"), ARTICLE),  # old-Mac CR normalised
    (ARTICLE.encode("cp1256"), ARTICLE),  # Windows-1256 legacy Arabic, detected
    (ARTICLE.encode("utf-16"), ARTICLE),  # UTF-16 with its BOM
    ("قال الوزير".encode("cp1256"), "قال الوزير"),  # a short legacy snippet too
])
def test_txt_decoding(tmp_path, raw, expected):
    doc = next(read_documents([write(tmp_path / "khabar.txt", raw)]))
    assert doc.doc_id == "khabar"
    assert doc.text == expected
    assert doc.meta["path"].endswith("khabar.txt")


def test_explicit_encoding(tmp_path):
    p = write(tmp_path / "a.txt", S2, encoding="cp1256")
    assert next(read_documents([p], encoding="cp1256")).text == S2
    assert next(read_documents([p], encoding="windows-1256")).text == S2


def test_offsets_slice_the_decoded_text(tmp_path):
    p = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    text = next(read_documents([p])).text
    start = text.index("المتحدثة")
    assert text[start:start + len("المتحدثة")] == "المتحدثة"
    assert start == ARTICLE.index("المتحدثة")


@pytest.mark.parametrize("name, raw, message", [
    ("x.bin", b"\x00\x01\x02PK\x03\x04", "x.bin: binary file, not text"),
    ("a.txt", b"", "a.txt: empty file"),
    ("blank.txt", b"  \n\r\n\t", "blank.txt: empty file"),
    ("bom-only.txt", b"\xef\xbb\xbf", "bom-only.txt: empty file"),
    ("z.txt", b"\x00" * 10, "z.txt: binary file, not text"),
])
def test_bad_files_raise_one_line(tmp_path, name, raw, message):
    p = write(tmp_path / name, raw)
    with pytest.raises(InputError) as err:
        list(read_documents([p]))
    assert str(err.value) == str(tmp_path / message)
    assert "\n" not in str(err.value)


def test_undecodable_with_wrong_encoding(tmp_path):
    p = write(tmp_path / "b.txt", b"\x81\x8d\x8f\x90\x9d" * 3)  # undefined in cp1252
    with pytest.raises(InputError, match=r"b\.txt: cannot decode; it is not cp1252"):
        list(read_documents([p], encoding="cp1252"))


def test_undecodable_without_encoding_suggests_cp1256(tmp_path, monkeypatch):
    import attribution.io.readers as readers

    monkeypatch.setattr(readers, "_detect", lambda sample: None)
    p = write(tmp_path / "b.txt", "\u00e9t\u00e9".encode("latin-1"))
    with pytest.raises(InputError) as err:
        list(read_documents([p]))
    assert str(err.value) == f"{p}: cannot decode; pass --encoding cp1256"


def test_unknown_encoding(tmp_path):
    with pytest.raises(InputError, match="unknown encoding"):
        list(read_documents([write(tmp_path / "a.txt", S1)], encoding="no-such-codec"))


def test_missing_path_raises(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_documents([tmp_path / "nowhere.txt"]))


def test_missing_path_reported_and_rest_read(tmp_path):
    docs, problems = read_all([tmp_path / "nowhere.txt", write(tmp_path / "a.txt", S1)])
    assert [d.text for d in docs] == [S1]
    assert problems == [f"{tmp_path / 'nowhere.txt'}: no such file or folder"]


# --------------------------------------------------------------------------- JSONL


def jsonl(*objs) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n" for o in objs)


def test_jsonl_fields_and_meta(tmp_path):
    p = write(tmp_path / "news.jsonl", jsonl(
        {"id": "a1", "text": S1, "title": "مفاوضات", "url": "http://example.org/1", "date": "2015-07-24",
         "source": "spa", "tags": ["x"], "n": 3},
        {"doc_id": "a2", "content": S2, "outlet": "okaz"},
        {"body": S3, "publisher": "sabq", "date_extracted": "2015-07-25 10:00"},
    ))
    docs = list(read_documents([p]))
    assert [d.doc_id for d in docs] == ["a1", "a2", "news:3"]
    assert [d.text for d in docs] == [S1, S2, S3]
    m = docs[0].meta
    assert (m["title"], m["url"], m["date"], m["outlet"], m["source"], m["n"]) == (
        "مفاوضات", "http://example.org/1", "2015-07-24", "spa", "spa", 3)
    assert "tags" not in m and "text" not in m and "id" not in m
    assert docs[1].meta["outlet"] == "okaz"
    assert docs[2].meta["outlet"] == "sabq" and docs[2].meta["date"] == "2015-07-25 10:00"


def test_jsonl_text_field(tmp_path):
    p = write(tmp_path / "n.jsonl", jsonl({"id": 1, "matn": S1, "text": "ignored"}))
    assert next(read_documents([p], text_field="matn")).text == S1


def test_jsonl_newlines_in_text_are_normalised(tmp_path):
    p = write(tmp_path / "n.jsonl", jsonl({"id": 1, "text": S1 + "\r\n" + S2}))
    assert next(read_documents([p])).text == S1 + "\n" + S2


@pytest.mark.parametrize("bad_line, why", [
    ('{"id": 2, "text": "قال', "invalid JSON"),
    ("[1, 2]", "not a JSON object"),
    ('"نص"', "not a JSON object"),
    ('{"id": 2, "title": "بلا نص"}', "no text field (looked for text, content, body; pass --text-field)"),
    ('{"id": 2, "text": 5}', "field 'text' is not a string"),
    ('{"id": 2, "text": "   "}', "field 'text' is empty"),
])
def test_jsonl_bad_line_reported_with_number(tmp_path, bad_line, why):
    p = write(tmp_path / "n.jsonl", jsonl({"id": 1, "text": S1}, bad_line, {"id": 3, "text": S3}))
    docs, problems = read_all([p])
    assert [d.doc_id for d in docs] == ["1", "3"]
    assert len(problems) == 1 and problems[0].startswith(f"{p}:2: {why}")


def test_jsonl_bad_line_strict_raises(tmp_path):
    p = write(tmp_path / "n.jsonl", jsonl({"id": 1, "text": S1}, "{oops"))
    it = read_documents([p])
    assert next(it).doc_id == "1"
    with pytest.raises(InputError, match=r"n\.jsonl:2: invalid JSON"):
        next(it)


def test_jsonl_blank_lines_skipped_and_bom(tmp_path):
    p = write(tmp_path / "n.jsonl", b"\xef\xbb\xbf" + jsonl({"id": 1, "text": S1}, "", "  ").encode())
    docs, problems = read_all([p])
    assert [d.text for d in docs] == [S1] and problems == []


def test_jsonl_cp1256(tmp_path):
    p = write(tmp_path / "n.jsonl", jsonl({"id": 1, "text": S1}, {"id": 2, "text": S2}), encoding="cp1256")
    assert [d.text for d in read_documents([p])] == [S1, S2]


@pytest.mark.parametrize("n_good", [10, 2000])  # inside and beyond the sniffed sample
def test_jsonl_undecodable_line_reported_and_skipped(tmp_path, n_good):
    good = jsonl(*[{"id": i, "text": S1} for i in range(n_good)]).encode()
    last = jsonl({"id": "last", "text": S2}).encode()
    p = write(tmp_path / "n.jsonl", good + b'{"id": "bad", "text": "\xff\xfe\xfa"}\n' + last)
    docs, problems = read_all([p])
    assert len(docs) == n_good + 1 and docs[-1].doc_id == "last"
    assert problems == [f"{p}:{n_good + 1}: cannot decode as utf-8; pass --encoding cp1256"]


# --------------------------------------------------------------------------- CSV / TSV


def test_csv_rows_bom_multiline_and_meta(tmp_path):
    text = f'id,title,text,source\r\n1,عنوان,"{S1}\r\n{S2}",spa\r\n2,,"{S3}",\r\n'
    p = write(tmp_path / "n.csv", "\ufeff" + text)
    docs = list(read_documents([p]))
    assert [d.doc_id for d in docs] == ["1", "2"]
    assert docs[0].text == S1 + "\n" + S2
    assert docs[0].meta["title"] == "عنوان" and docs[0].meta["outlet"] == "spa"
    assert "title" not in docs[1].meta


def test_tsv_and_fallback_ids(tmp_path):
    p = write(tmp_path / "n.tsv", f"content\n{S1}\n{S2}\n")
    docs = list(read_documents([p]))
    assert [(d.doc_id, d.text) for d in docs] == [("n:2", S1), ("n:3", S2)]


def test_csv_cp1256_from_excel(tmp_path):
    p = write(tmp_path / "n.csv", f"id,text\r\n1,{S1}\r\n2,{S2}\r\n", encoding="cp1256")
    assert [d.text for d in read_documents([p])] == [S1, S2]


@pytest.mark.parametrize("bad_row, why", [
    (f"2,{S2},extra", "3 cells for 2 columns"),
    ("2,", "field 'text' is empty"),
])
def test_csv_bad_row_reported_with_line(tmp_path, bad_row, why):
    p = write(tmp_path / "n.csv", f"id,text\n1,{S1}\n{bad_row}\n3,{S3}\n")
    docs, problems = read_all([p])
    assert [d.doc_id for d in docs] == ["1", "3"]
    assert problems == [f"{p}:3: {why}"]


def test_csv_line_numbers_count_multiline_rows(tmp_path):
    p = write(tmp_path / "n.csv", f'id,text\n1,"{S1}\n{S2}"\n2,\n')
    _, problems = read_all([p])
    assert problems == [f"{p}:4: field 'text' is empty"]


def test_csv_without_text_column(tmp_path):
    p = write(tmp_path / "n.csv", f"id,matn\n1,{S1}\n")
    with pytest.raises(InputError, match=r"n\.csv: no text column \(looked for text, content, body; pass --text-field\)"):
        list(read_documents([p]))
    assert [d.text for d in read_documents([p], text_field="matn")] == [S1]


def test_csv_huge_field(tmp_path):
    long = (S1 + " ") * 20000  # > the csv module's default 128 KiB field limit
    p = write(tmp_path / "n.csv", f'id,text\n1,"{long}"\n')
    assert next(read_documents([p])).text == long


# --------------------------------------------------------------------------- HTML

PAGE = f"""<!doctype html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>الخارجية: المفاوضات تستأنف | صحيفة المثال</title>
<meta property="og:title" content="الخارجية: المفاوضات تستأنف">
<meta property="og:url" content="https://example.org/news/1">
<meta property="og:site_name" content="صحيفة المثال">
<meta property="article:published_time" content="2018-02-01T10:00:00Z">
<style>p {{ color: red }}</style>
<script>var s = "<p>ليس نصا</p>";</script>
</head><body>
<nav><ul><li>الرئيسية</li><li>سياسة</li></ul></nav>
<article>
  <h1>الخارجية: المفاوضات تستأنف</h1>
  <p>{S1}</p>
  <blockquote><p>{S2}</p></blockquote>
  <p>{S3.replace("مطلعة", "<b>مطلعة</b>")} &amp; تابع.</p>
  <ul><li>بند أول</li></ul>
</article>
<article><p>خبر ذو صلة</p></article>
<footer><p>جميع الحقوق محفوظة</p></footer>
</body></html>"""


def test_html_article_text_and_meta(tmp_path):
    doc = next(read_documents([write(tmp_path / "page.html", PAGE)]))
    assert doc.doc_id == "page"
    assert doc.text == "\n\n".join([
        "الخارجية: المفاوضات تستأنف", S1, S2, S3 + " & تابع.", "بند أول"])
    assert doc.meta["title"] == "الخارجية: المفاوضات تستأنف"
    assert doc.meta["url"] == "https://example.org/news/1"
    assert doc.meta["outlet"] == "صحيفة المثال"
    assert doc.meta["date"].startswith("2018-02-01")


def test_html_body_without_article_and_title_fallback():
    text, meta = html_to_text(f"<html><head><title> خبر  عاجل </title></head><body><div>قائمة</div>"
                              f"<h2>عنوان فرعي</h2><p>{S1}<br>{S2}</p></body></html>")
    assert text == f"عنوان فرعي\n\n{S1}\n{S2}"
    assert meta == {"title": "خبر عاجل"}


def test_html_div_only_page_falls_back_to_blocks():
    text, _ = html_to_text(f"<html><body><nav>الرئيسية</nav><div>{S1}</div><div><span>{S2}</span>"
                           f"<script>x()</script></div><div> </div></body></html>")
    assert text == f"{S1}\n\n{S2}"


def test_html_cp1256_declared_in_meta(tmp_path):
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>{S1}</p></body></html>'
    p = write(tmp_path / "old.htm", page, encoding="cp1256")
    assert next(read_documents([p])).text == S1


def test_html_without_text(tmp_path):
    p = write(tmp_path / "empty.html", "<html><body><script>x()</script></body></html>")
    with pytest.raises(InputError, match="no article text"):
        list(read_documents([p]))


# --------------------------------------------------------------------------- folders and stdin


def test_folder_walk_sorted_recursive_skips_gold_and_bad(tmp_path):
    write(tmp_path / "b.txt", S2)
    write(tmp_path / "a.txt", S1)
    write(tmp_path / "sub" / "c.jsonl", jsonl({"id": "c1", "text": S3}))
    write(tmp_path / "sub" / "c.gold.jsonl", jsonl({"doc_id": "gold", "text": S3}))
    write(tmp_path / "sub" / "notes.md", "# ليس مقالا")
    write(tmp_path / ".hidden" / "h.txt", S1)
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "z.txt", b"\x00\x00binary")
    assert [p.name for p in iter_input_files(tmp_path)] == ["a.txt", "b.txt", "empty.txt", "c.jsonl", "z.txt"]
    docs, problems = read_all([tmp_path])
    assert [d.doc_id for d in docs] == ["a", "b", "c1"]
    assert problems == [f"{tmp_path / 'empty.txt'}: empty file", f"{tmp_path / 'z.txt'}: binary file, not text"]


def test_empty_folder_is_a_problem(tmp_path):
    docs, problems = read_all([tmp_path])
    assert docs == [] and problems[0].startswith(f"{tmp_path}: no input files")


def test_a_bare_path_is_one_path(tmp_path):
    assert [d.text for d in read_documents(str(write(tmp_path / "a.txt", S1)))] == [S1]


def test_explicit_unknown_suffix_read_as_text(tmp_path):
    assert next(read_documents([write(tmp_path / "note.md", S1)])).text == S1


class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("data, expected", [
    (ARTICLE.encode(), [("stdin", ARTICLE)]),
    (("\ufeff" + S1 + "\r\n").encode(), [("stdin", S1 + "\n")]),
    (S1.encode("cp1256"), [("stdin", S1)]),
    (jsonl({"id": "j1", "text": S1}, {"text": S2}).encode(), [("j1", S1), ("stdin:2", S2)]),
    (("\n  " + jsonl({"id": "j1", "text": S1})).encode(), [("j1", S1)]),
])
def test_stdin(monkeypatch, data, expected):
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    assert [(d.doc_id, d.text) for d in read_documents(["-"])] == expected


def test_stdin_empty(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b""))
    with pytest.raises(InputError, match="stdin: empty file"):
        list(read_documents(["-"]))


def test_streaming_does_not_read_ahead(tmp_path):
    """The first document arrives before a later bad line is even looked at."""
    p = write(tmp_path / "n.jsonl", jsonl({"id": 1, "text": S1}) + "{bad\n")
    it = read_documents([p])
    assert next(it).doc_id == "1"


def test_conllu_routed(tmp_path):
    src = ("# newdoc id = d1\n# text = قال الوزير\n"
           "1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n2\tالوزير\tوزير\tNOUN\t_\t_\t1\tnsubj\t_\tSpaceAfter=No\n\n")
    doc = next(read_documents([write(tmp_path / "t.conllu", src)]))
    assert (doc.doc_id, doc.text) == ("d1", "قال الوزير")


# --------------------------------------------------------------------------- helpers and properties


def test_document_from_record_prefers_text_over_content():
    d = document_from_record({"text": S1, "content": S2}, fallback_id="f")
    assert d.text == S1 and d.doc_id == "f" and "content" in d.meta


def test_decode_bytes_empty():
    with pytest.raises(InputError, match="<input>: empty file"):
        decode_bytes(b"")


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1).filter(lambda t: t.strip() and "\x00" not in t))
def test_txt_round_trip_any_unicode(tmp_path_factory, text):
    p = tmp_path_factory.mktemp("rt") / "a.txt"
    p.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    try:
        expected = text.encode("utf-8").decode("utf-8")
    except UnicodeEncodeError:  # lone surrogates are not UTF-8: the reader must refuse, not crash
        with pytest.raises(InputError):
            list(read_documents([p]))
        return
    expected = normalize_newlines(expected.removeprefix("\ufeff"))
    if not expected.strip():
        with pytest.raises(InputError):
            list(read_documents([p]))
        return
    assert next(read_documents([p])).text == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1)
                .filter(lambda t: t.strip()), min_size=1, max_size=5))
def test_jsonl_round_trip(tmp_path_factory, texts):
    p = tmp_path_factory.mktemp("rt") / "a.jsonl"
    p.write_text(jsonl(*[{"id": i, "text": t} for i, t in enumerate(texts)]), encoding="utf-8")
    assert [d.text for d in read_documents([p])] == [normalize_newlines(t) for t in texts]


@pytest.mark.shared
def test_saudinewsnet_streams(tmp_path):
    corpus = SHARED / "corpora" / "saudinewsnet" / "articles.jsonl"
    if not corpus.exists():
        pytest.skip("../shared is absent")
    docs, problems = [], []
    for doc in read_documents([corpus], on_error=problems.append):
        docs.append((doc.doc_id, len(doc.text), doc.meta.get("outlet")))
        if len(docs) == 200:
            break
    assert problems == [] and len(docs) == 200
    assert all(outlet for _, _, outlet in docs)


@pytest.mark.shared
def test_reference_article_offsets_match_gold():
    sample = SHARED / "corpora" / "sample"
    if not sample.exists():
        pytest.skip("../shared is absent")
    docs = list(read_documents([sample]))  # the .gold.jsonl beside it is skipped
    assert [d.doc_id for d in docs] == ["najah-ru-us-security-talks"]
    gold = json.loads((sample / "najah-ru-us-security-talks.gold.jsonl").read_text(encoding="utf-8"))
    assert docs[0].text == gold["text"]
