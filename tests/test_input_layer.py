"""Nothing lost, nothing corrupt: every way an input used to lose or garble articles, one test each.

Ids, mixed encodings, folder walks, CSV quotes, size limits, id types, "nothing could be read",
and a property test over random mixtures of encodings, line endings, broken lines and
duplicate ids.  (CoNLL-U rows are in test_conllu.py.)
"""
from __future__ import annotations

import doctest
import importlib
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.errors import InputError
from attribution.io.problems import MAX_CHARS, InputWarning, NothingRead, ReadProblem
from attribution.io.readers import read_documents
from attribution.io.tables import read_csv, read_jsonl

# Sentences written for these tests (not from any corpus).
S1 = "وقال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل."
S2 = "وأكدت المتحدثة باسم الوزارة أن «الاتفاق لم يعد قائماً»."
S3 = "وبحسب مصادر مطلعة، فإن الاجتماع تأجل إلى موعد لم يحدد."


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def read_all(paths, **kw):
    problems: list[str] = []
    docs = list(read_documents([str(p) for p in paths], on_error=problems.append, **kw))
    return docs, problems


def line(obj) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("module", ["encodings", "walk", "tables", "problems", "readers", "conllu", "htmltext"])
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(f"attribution.io.{module}"), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


# --------------------------------------------------------------------------- ids


@pytest.mark.parametrize("files, ids", [
    # five folders each with an index.html: five documents, named by their folders
    ({f"{d}/index.html": f"<p>{S1} {d}</p>" for d in "abcde"}, ["a/index", "b/index", "c/index", "d/index", "e/index"]),
    # two news.txt in different folders
    ({"2015/news.txt": S1, "2016/news.txt": S2}, ["2015/news", "2016/news"]),
    # a file directly in the folder keeps its stem; the nested one sharing it gets its path
    ({"najah.txt": S1, "old/najah.txt": S2, "old/other.txt": S3}, ["najah", "old/najah", "other"]),
    # nested JSONL without ids: the fallback ids carry the path too
    ({"a/news.jsonl": line({"text": S1}), "b/news.jsonl": line({"text": S2})}, ["a/news:1", "b/news:1"]),
])
def test_files_with_one_name_in_different_folders_are_all_kept(tmp_path, files, ids):
    for rel, data in files.items():
        write(tmp_path / rel, data)
    docs, problems = read_all([tmp_path])
    assert sorted(d.doc_id for d in docs) == sorted(ids) and problems == []


def test_files_named_on_the_command_line_keep_their_stem(tmp_path):
    a, b = write(tmp_path / "x" / "khabar.txt", S1), write(tmp_path / "y" / "khabar.txt", S2)
    docs, problems = read_all([a, b])
    assert [(d.doc_id, d.text) for d in docs] == [("khabar", S1), ("khabar~2", S2)]
    assert problems == [f"{b}: id 'khabar' is taken by {a}; read as 'khabar~2'"]
    assert problems[0].kept


@pytest.mark.parametrize("second, out, problem, kept", [
    ({"id": "a1", "text": S2}, [("a1", S1), ("a1~2", S2)], "{p}:2: id 'a1' is taken by {p}:1; read as 'a1~2'", True),
    ({"id": "a1", "text": S1}, [("a1", S1)], "{p}:2: same id 'a1' and text as {p}:1; skipped", False),
])
def test_an_id_twice_in_a_jsonl_is_never_a_silent_replace(tmp_path, second, out, problem, kept):
    p = write(tmp_path / "n.jsonl", line({"id": "a1", "text": S1}) + line(second))
    docs, problems = read_all([p])
    assert [(d.doc_id, d.text) for d in docs] == out
    assert problems == [problem.format(p=p)] and problems[0].kept is kept


def test_renamed_id_skips_ids_already_taken(tmp_path):
    p = write(tmp_path / "n.jsonl", "".join(line(o) for o in [
        {"id": "a", "text": S1}, {"id": "a~2", "text": S2}, {"id": "a", "text": S3}]))
    docs, _ = read_all([p])
    assert [d.doc_id for d in docs] == ["a", "a~2", "a~3"]


def test_duplicate_strict_mode_warns_or_raises(tmp_path):
    renamed = write(tmp_path / "r.jsonl", line({"id": 1, "text": S1}) + line({"id": 1, "text": S2}))
    with pytest.warns(InputWarning, match="read as '1~2'"):
        assert [d.doc_id for d in read_documents([renamed])] == ["1", "1~2"]
    same = write(tmp_path / "s.jsonl", line({"id": 1, "text": S1}) * 2)
    with pytest.raises(InputError, match="same id '1' and text"):
        list(read_documents([same]))


@pytest.mark.parametrize("value, doc_id, problem", [
    ({"a": 1}, "n:1", "id {'a': 1} is not a string or a number; read as 'n:1'"),
    (True, "n:1", "id True is not a string or a number; read as 'n:1'"),
    ([1, 2], "n:1", "id [1, 2] is not a string or a number; read as 'n:1'"),
    (7, "7", None),
    (3.5, "3.5", None),
    ("ب-7", "ب-7", None),
    (None, "n:1", None),  # absent: the fallback id, nothing to say
])
def test_an_id_is_a_string_or_a_number(tmp_path, value, doc_id, problem):
    p = write(tmp_path / "n.jsonl", line({"id": value, "text": S1}))
    docs, problems = read_all([p])
    assert [d.doc_id for d in docs] == [doc_id]
    assert problems == ([f"{p}:1: {problem}"] if problem else [])
    assert all(q.kept for q in problems)


# --------------------------------------------------------------------------- encodings


def test_utf8_jsonl_with_one_cp1256_line_keeps_all_2000(tmp_path):
    lines = [line({"id": i, "text": f"{S1} {i}"}).encode() for i in range(2000)]
    lines[5] = line({"id": 5, "text": f"{S2} 5"}).encode("cp1256")
    p = write(tmp_path / "n.jsonl", b"".join(lines))
    docs, problems = read_all([p])
    assert len(docs) == 2000 and problems == []
    assert docs[5].text == f"{S2} 5" and docs[6].text == f"{S1} 6"


def test_forced_encoding_is_not_applied_to_utf8_lines(tmp_path):
    lines = [line({"id": i, "text": S1}).encode() for i in range(2000)]
    lines[5] = line({"id": 5, "text": S2}).encode("cp1256")
    p = write(tmp_path / "n.jsonl", b"".join(lines))
    docs, problems = read_all([p], encoding="cp1256")
    assert len(docs) == 2000 and {d.text for d in docs} == {S1, S2}  # no mojibake
    assert problems == [f"{p}:1: valid UTF-8, so read as UTF-8 and not as cp1256 (so is every other UTF-8 line of the file)"]
    assert problems[0].kept


@pytest.mark.parametrize("raw, encoding, expected, problems", [
    # a UTF-8 article with one cp1256 paragraph: each line in its own encoding
    ((S1 + "\n").encode() + (S2 + "\r\n").encode("cp1256") + S3.encode(), None, f"{S1}\n{S2}\n{S3}", 0),
    # a UTF-8 file read with --encoding cp1256: UTF-8 all the same, and said so
    ((S1 + "\n" + S2).encode(), "cp1256", f"{S1}\n{S2}", 1),
    # a cp1256 file with an English line: detected, as before
    (("Reuters\n" + S1).encode("cp1256"), None, f"Reuters\n{S1}", 0),
])
def test_txt_lines_decoded_each_in_its_encoding(tmp_path, raw, encoding, expected, problems):
    docs, found = read_all([write(tmp_path / "a.txt", raw)], encoding=encoding)
    assert [d.text for d in docs] == [expected] and len(found) == problems


def test_undecodable_line_in_a_utf8_jsonl_is_named_and_the_rest_kept(tmp_path):
    p = write(tmp_path / "n.jsonl", line({"id": 1, "text": S1}).encode() + b'{"id": 2, "text": "\xff\xfe\xfa"}\n'
              + line({"id": 3, "text": S3}).encode())
    docs, problems = read_all([p])
    assert [d.doc_id for d in docs] == ["1", "3"]
    assert problems == [f"{p}:2: cannot decode as utf-8; pass --encoding cp1256"]


def test_bom_at_the_start_of_a_later_line_is_dropped(tmp_path):
    """Two JSONL files joined with cat: the second one's BOM is not part of its first line."""
    raw = b"\xef\xbb\xbf" + line({"id": 1, "text": S1}).encode() + b"\xef\xbb\xbf" + line({"id": 2, "text": S2}).encode()
    docs, problems = read_all([write(tmp_path / "n.jsonl", raw)])
    assert [d.text for d in docs] == [S1, S2] and problems == []


# --------------------------------------------------------------------------- folders


def _tree(tmp_path: Path) -> Path:
    for rel, text in [("a.txt", S1), ("m/b.txt", S2), ("z.txt", S3)]:
        write(tmp_path / rel, text)
    return tmp_path


def test_unreadable_subfolder_is_one_warning_and_the_walk_goes_on(tmp_path, monkeypatch):
    root = _tree(tmp_path)
    real = os.scandir

    def scandir(path):  # tests run as root, where chmod 000 does not stop reading
        if Path(path).name == "m":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr("attribution.io.walk.os.scandir", scandir)
    docs, problems = read_all([root])
    assert [d.doc_id for d in docs] == ["a", "z"]
    assert problems == [f"{root / 'm'}: cannot read folder (Permission denied)"]


@pytest.mark.parametrize("link, target, problems", [
    ("self", "self", ["{root}/self: cannot read (Too many levels of symbolic links)"]),
    ("m/loop", "..", []),  # sub/loop -> .. : walked once
    ("m/again", "../m", []),
    ("y.txt", "a.txt", []),  # a link to a file already read
    ("broken.txt", "nowhere.txt", ["{root}/broken.txt: cannot read (No such file or directory)"]),
])
def test_links_each_file_read_once(tmp_path, link, target, problems):
    root = _tree(tmp_path)
    (root / link).symlink_to(target)
    docs, found = read_all([root])
    assert [d.doc_id for d in docs] == ["a", "b", "z"]
    assert found == [p.format(root=root) for p in problems]


def test_link_to_a_folder_outside_is_walked(tmp_path):
    outside = write(tmp_path / "outside" / "far.txt", S1).parent
    corpus = tmp_path / "corpus"
    write(corpus / "near.txt", S2)
    (corpus / "linked").symlink_to(outside)
    docs, problems = read_all([corpus])
    assert [d.doc_id for d in docs] == ["far", "near"] and problems == []


def test_unreadable_root_is_one_warning(tmp_path, monkeypatch):
    monkeypatch.setattr("attribution.io.walk.os.scandir", lambda p: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied", str(p))))
    docs, problems = read_all([_tree(tmp_path)])
    assert docs == [] and problems == [f"{tmp_path}: cannot read folder (Permission denied)"]


# --------------------------------------------------------------------------- CSV quotes


@pytest.mark.parametrize("rows, ids, problem_line", [
    # the quote opens on line 2 and is never closed: every later row used to vanish into it
    ([f'1,"{S1}', f"2,{S2}", f"3,{S3}"], ["2", "3"], 2),
    # the next row's own quote closed it; text glued after that quote gives it away
    ([f'1,"{S1}', f'2,"{S2}"', f'3,"{S3}"'], ["2", "3"], 2),
    # a good multi-line field, then a quote never closed at the end
    ([f'1,"{S1}', f'{S2}"', f'2,"{S3}'], ["1"], 4),
    # in the second column
    ([f'1,{S1},"x', f"2,{S2},y"], ["2"], 2),
])
def test_csv_unterminated_quote_names_its_line_and_later_rows_stay(tmp_path, rows, ids, problem_line):
    header = "id,text,note" if any(r.count(",") > 1 for r in rows) else "id,text"
    p = write(tmp_path / "n.csv", "\r\n".join([header, *rows]) + "\r\n")
    docs, problems = read_all([p])
    assert [d.doc_id for d in docs] == ids
    assert problems == [f"{p}:{problem_line}: a quoted field opens here and is never closed; row skipped"]


def test_csv_quote_never_closed_in_the_header(tmp_path):
    p = write(tmp_path / "n.csv", f'id,"text\n1,{S1}\n')
    with pytest.raises(InputError, match=r"n\.csv:1: bad CSV header \(a quoted field opens here"):
        list(read_documents([p]))


def test_csv_quotes_inside_fields_are_not_taken_for_openings(tmp_path):
    p = write(tmp_path / "n.csv", f'id,text\n1,قال "نعم" ثم مضى\n2,"{S1} ""بين"" {S2}"\n3,{S3}\n')
    docs, problems = read_all([p])
    assert [d.text for d in docs] == ['قال "نعم" ثم مضى', f'{S1} "بين" {S2}', S3] and problems == []


# --------------------------------------------------------------------------- size


def test_default_limit_is_documented():
    assert MAX_CHARS == 2_000_000
    assert f"{MAX_CHARS:,}" in read_documents.__doc__ or "MAX_CHARS" in read_documents.__doc__


@pytest.mark.parametrize("name, data, where", [
    ("big.txt", S1 * 10, "big.txt"),
    ("big.jsonl", line({"id": "s", "text": S2}) + line({"id": "b", "text": S1 * 10}), "big.jsonl:2"),
    ("big.csv", f"id,text\ns,{S2}\nb,{S1 * 10}\n", "big.csv:3"),
    ("big.html", f"<p>{S1 * 10}</p>", "big.html"),
])
def test_a_document_over_max_chars_is_skipped_with_a_warning(tmp_path, name, data, where):
    p = write(tmp_path / name, data)
    docs, problems = read_all([p], max_chars=len(S1) * 5)
    assert all(len(d.text) <= len(S1) * 5 for d in docs)
    assert len(problems) == 1 and problems[0].startswith(f"{tmp_path / where}: ")
    assert f"over the limit of {len(S1) * 5}" in problems[0] and "--max-chars" in problems[0]
    docs, problems = read_all([p], max_chars=None)
    assert problems == [] and max(len(d.text) for d in docs) == len(S1) * 10


def test_a_text_file_far_over_the_limit_is_not_even_read(tmp_path, monkeypatch):
    p = write(tmp_path / "huge.txt", S1 * 100)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file it should have skipped"))
    _, problems = read_all([p], max_chars=10)
    assert problems == [f"{p}: {p.stat().st_size:,} bytes, so over the limit of 10 characters; "
                        "skipped (raise it with --max-chars)"]


def test_conllu_document_over_the_limit(tmp_path):
    row = "1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n"
    p = write(tmp_path / "t.conllu", f"# newdoc id = short\n{row}\n# newdoc id = long\n# text = {S1}\n{row}\n")
    docs, problems = read_all([p], max_chars=10)
    assert [d.doc_id for d in docs] == ["short"]
    assert problems == [f"{p}: document 'long': {len(S1)} characters, over the limit of 10; skipped (raise it with --max-chars)"]


# --------------------------------------------------------------------------- nothing read


@pytest.mark.parametrize("make", [
    lambda d: d / "nonexistent",
    lambda d: write(d / "x.bin", b"\x00\x01"),
    lambda d: write(d / "only-header.csv", "id,text\n"),
    lambda d: (d / "empty").mkdir() or d / "empty",
])
def test_nothing_read_is_said_distinctly_before_any_document(tmp_path, make):
    path = make(tmp_path)
    problems: list[str] = []
    docs = read_documents([path], on_error=problems.append, require_documents=True)
    with pytest.raises(NothingRead, match=re.escape(f"nothing could be read from {path}")):
        next(docs)
    assert list(read_documents([path], on_error=[].append)) == []  # without the flag: an empty stream


def test_nothing_read_not_raised_when_something_was(tmp_path):
    docs, problems = read_all([tmp_path / "nonexistent", write(tmp_path / "a.txt", S1)], require_documents=True)
    assert [d.doc_id for d in docs] == ["a"] and len(problems) == 1 and not problems[0].kept


def test_problems_are_strings_that_say_whether_the_input_was_kept(tmp_path):
    p = write(tmp_path / "n.jsonl", line({"id": True, "text": S1}) + "{bad\n")
    _, problems = read_all([p])
    assert [(type(q), q.kept) for q in problems] == [(ReadProblem, True), (ReadProblem, False)]
    assert all(isinstance(q, str) for q in problems)


def test_library_readers_without_on_error_raise_on_skips_and_warn_on_the_rest(tmp_path):
    lines = [line({"id": {"a": 1}, "text": S1}).encode(), b"{bad\n"]
    it = read_jsonl("n.jsonl", lines, stem="n")
    with pytest.warns(InputWarning, match="is not a string or a number"):
        assert next(it).doc_id == "n:1"
    with pytest.raises(InputError, match="n.jsonl:2: invalid JSON"):
        next(it)


# --------------------------------------------------------------------------- property

# Arabic words that Windows-1256 can encode, so every line can be written in either encoding.
WORDS = ["قال", "الوزير", "إن", "المفاوضات", "ستستأنف", "الأسبوع", "المقبل", "وأكدت", "المتحدثة",
         "الوزارة", "أن", "الاتفاق", "قائماً", "مصادر", "مطلعة", "بحسب", "الاجتماع", "تأجل", "،", "«نعم»"]
ENCODINGS = ["utf-8", "utf-8-sig", "cp1256"]
KINDS = ["good", "good", "good", "broken", "same", "renamed"]


def _article(draw, i: int, csv: bool, broken: bool) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
    # a comma, a quote (CSV), a line break (not in a CSV row whose quote never closes: its
    # later lines are read again as rows, the price of not losing every row after it)
    extra = draw(st.sampled_from(["", ", ", '"' if csv else "", "" if csv and broken else "\n"]))
    return " ".join(words) + extra + f" {i}"


@st.composite
def corpora(draw, fmt: str):
    """(file bytes, expected texts by id, number of problems) for a JSONL or CSV file."""
    kept: dict[str, str] = {}
    expected: list[tuple[str, str]] = []
    lines: list[bytes] = [b"id,text\r\n"] if fmt == "csv" else []
    problems = 0
    for i in range(draw(st.integers(1, 12))):
        kind = draw(st.sampled_from(KINDS)) if kept else "good"
        enc, end = draw(st.sampled_from(ENCODINGS)), draw(st.sampled_from(["\n", "\r\n"]))
        doc_id, text = f"d{i}", _article(draw, i, fmt == "csv", kind == "broken")
        if kind in ("same", "renamed"):
            doc_id = draw(st.sampled_from(sorted(kept)))
            text = kept[doc_id] if kind == "same" else text
        if fmt == "jsonl":
            body = json.dumps({"id": doc_id, "text": text}, ensure_ascii=False)
            body = body[:-8] if kind == "broken" else body  # a line cut short: invalid JSON
        else:
            quoted = text.replace('"', '""')
            body = f'{doc_id},"{quoted}' + ("" if kind == "broken" else '"')  # broken: quote never closed
        lines.append((body + end).encode(enc))
        if kind == "good":
            kept[doc_id] = text
            expected.append((doc_id, text))
        elif kind == "renamed":
            expected.append((doc_id, text))
        problems += kind != "good"
    return b"".join(lines), expected, problems


def _check(docs, expected, problems, n_problems):
    want = [text.replace("\r\n", "\n") for _, text in expected]
    assert [d.text for d in docs] == want  # every good article once, in order, nothing else
    assert [d.doc_id.split("~")[0] for d in docs] == [doc_id for doc_id, _ in expected]
    assert len({d.doc_id for d in docs}) == len(docs)
    assert len(problems) == n_problems, problems  # exactly one problem per bad line


@settings(max_examples=150, deadline=None)
@given(corpora("jsonl"))
def test_property_jsonl_every_good_article_once_every_bad_line_one_problem(tmp_path_factory, corpus):
    data, expected, n_problems = corpus
    p = tmp_path_factory.mktemp("jsonl") / "n.jsonl"
    p.write_bytes(data)
    docs, problems = read_all([p])
    _check(docs, expected, problems, n_problems)


@settings(max_examples=150, deadline=None)
@given(corpora("csv"))
def test_property_csv_every_good_article_once_every_bad_row_one_problem(tmp_path_factory, corpus):
    data, expected, n_problems = corpus
    p = tmp_path_factory.mktemp("csv") / "n.csv"
    p.write_bytes(data)
    docs, problems = read_all([p])
    _check(docs, expected, problems, n_problems)


@settings(max_examples=100, deadline=None)
@given(corpora("jsonl"))
def test_property_offsets_index_the_decoded_text(tmp_path_factory, corpus):
    """Whatever the bytes were, the stored text is what spans slice: no \\r, no BOM."""
    data, _, _ = corpus
    p = tmp_path_factory.mktemp("jsonl") / "n.jsonl"
    p.write_bytes(data)
    for doc in read_documents([p], on_error=lambda _: None):
        assert "\r" not in doc.text and "\ufeff" not in doc.text


def test_an_ascii_head_does_not_decide_the_encoding(tmp_path):
    """64 KiB of ASCII lines, then UTF-8 Arabic: a later undecodable line is still refused, not guessed at."""
    head = "".join(line({"id": f"en{i}", "text": "Reuters reported the talks"}) for i in range(1500))
    body = line({"id": "ar", "text": S1}).encode() + b'{"id": "bad", "text": "\xff\xfe\xfa"}\n'
    docs, problems = read_all([write(tmp_path / "n.jsonl", head.encode() + body)])
    assert len(docs) == 1501 and docs[-1].text == S1
    assert problems == [f"{tmp_path / 'n.jsonl'}:1502: cannot decode as utf-8; pass --encoding cp1256"]
