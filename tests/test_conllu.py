"""CoNLL-U input: documents, texts, offsets (pure Python; stanza only where marked)."""
from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.io.conllu import ParsedDocument, parse_conllu, read_conllu
from attribution.errors import BackendUnavailable, InputError

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PADT = SHARED / "data" / "ud-arabic-padt"
HAS_STANZA = importlib.util.find_spec("stanza") is not None

ROW = "{i}\t{form}\t{form}\t{upos}\t_\t_\t{head}\t{rel}\t_\t{misc}"


def _sentence(words, text=True, sent_id=None):
    """words: (form, upos, head, deprel, space_after); a leading "و" + verb pair becomes an MWT."""
    lines = []
    if sent_id:
        lines.append(f"# sent_id = {sent_id}")
    surface = "".join(f + ("" if not sp else " ") for f, _, _, _, sp in words).strip()
    if text:
        lines.append(f"# text = {surface}")
    for i, (form, upos, head, rel, sp) in enumerate(words, 1):
        lines.append(ROW.format(i=i, form=form, upos=upos, head=head, rel=rel, misc="_" if sp else "SpaceAfter=No"))
    return "\n".join(lines) + "\n\n"


SIMPLE = (
    "# newdoc id = a\n" + _sentence([("قال", "VERB", 0, "root", True), ("الوزير", "NOUN", 1, "nsubj", False),
                                     (".", "PUNCT", 1, "punct", True)], sent_id="s1")
    + _sentence([("وصل", "VERB", 0, "root", True), ("الوفد", "NOUN", 1, "nsubj", False),
                 (".", "PUNCT", 1, "punct", True)], sent_id="s2")
    + "# newdoc id = b\n" + _sentence([("انتهى", "VERB", 0, "root", True), ("الاجتماع", "NOUN", 1, "nsubj", True)],
                                      sent_id="s3")
)


def test_documents_follow_newdoc_and_join_sentences_with_one_space():
    docs = list(read_conllu(SIMPLE))
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].text == "قال الوزير. وصل الوفد."
    assert docs[1].text == "انتهى الاجتماع"
    assert docs[0].meta["conllu"].startswith("# newdoc id = a\n")
    assert "# sent_id = s2" in docs[0].meta["conllu"] and "s3" not in docs[0].meta["conllu"]


def test_without_newdoc_each_sentence_is_a_document(tmp_path):
    body = SIMPLE.replace("# newdoc id = a\n", "").replace("# newdoc id = b\n", "")
    path = tmp_path / "news.conllu"
    path.write_text(body, encoding="utf-8")
    assert [d.doc_id for d in read_conllu(path)] == ["news:s1", "news:s2", "news:s3"]
    nameless = body.replace("# sent_id = s2\n", "")
    assert [d.doc_id for d in read_conllu(nameless)] == ["conllu:s1", "conllu:2", "conllu:s3"]


def test_meta_conllu_reads_back_to_the_same_document():
    for doc in read_conllu(FIXTURES / "conllu" / "vso.conllu"):
        again = next(read_conllu(doc.meta["conllu"]))
        assert (again.doc_id, again.text) == (doc.doc_id, doc.text)


def test_text_is_rebuilt_from_tokens_mwt_and_space_after_when_missing():
    src = (FIXTURES / "conllu" / "quotes.conllu").read_text(encoding="utf-8")
    with_text = next(read_conllu(src))
    without = next(read_conllu("\n".join(ln for ln in src.splitlines() if not ln.startswith("# text"))))
    assert without.text == with_text.text
    assert 'وقال المتحدث إن القرار "غير مقبول" على الإطلاق.' in without.text


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(SIMPLE))
    assert [d.doc_id for d in read_conllu("-")] == ["a", "b"]


def test_given_text_locates_the_sentences_in_the_original():
    original = "قال   الوزير.\n\nوصل الوفد."
    src = SIMPLE.split("# newdoc id = b")[0]
    (doc,) = read_conllu(src, text=original)
    assert doc.text == original and doc.doc_id == "a"
    tree = parse_conllu(doc, backend="light")
    forms = [(w.text, original[w.start_char:w.end_char]) for s in tree.sentences for w in s.words]
    assert all(a == b for a, b in forms), forms
    with pytest.raises(InputError, match="not found"):
        list(read_conllu(src, text="نص آخر تماما"))


@pytest.mark.parametrize("src, message", [
    ("1\tقال\tقال\tVERB\n", "expected 10 tab-separated"),
    ("# text = x\nx-y\tقال\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad multiword id"),
    ("\n\n", "no CoNLL-U sentences"),
])
def test_malformed_input_names_the_line(src, message):
    with pytest.raises(InputError, match=message):
        list(read_conllu(src if "\n" in src.strip() or "\t" in src else src + "\t"))


def test_unreadable_files(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        list(read_conllu(tmp_path / "missing.conllu"))
    bad = tmp_path / "cp1256.conllu"
    bad.write_bytes("# text = قال\n1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n".encode("cp1256"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(read_conllu(bad))


@pytest.mark.parametrize("backend", ["light", pytest.param("stanza", marks=pytest.mark.skipif(
    not HAS_STANZA, reason="stanza not installed"))])
def test_offsets_slice_the_text_and_mwt_words_get_sub_spans(backend):
    doc = next(read_conllu(FIXTURES / "conllu" / "vso.conllu"))
    tree = parse_conllu(doc, backend=backend)
    assert len(tree.sentences) == 3
    first = tree.sentences[0].tokens[0]
    assert (first.text, first.start_char, first.end_char) == ("وقال", 0, 4)
    assert [(w.text, w.start_char, w.end_char) for w in first.words] == [("و", 0, 1), ("قال", 1, 4)]
    for s in tree.sentences:
        for t in s.tokens:
            assert doc.text[t.start_char:t.end_char] == t.text
            for w in t.words:
                assert t.start_char <= w.start_char <= w.end_char <= t.end_char


def test_non_concatenating_mwt_words_get_their_token_span():
    doc = next(read_conllu(FIXTURES / "synth" / "synth.conllu"))
    tree = parse_conllu(doc, backend="light")
    tok = next(t for s in tree.sentences for t in s.tokens if t.text == "للبلاد")
    assert [(w.text, w.start_char, w.end_char) for w in tok.words] == [
        ("ل", tok.start_char, tok.end_char), ("البلاد", tok.start_char, tok.end_char)]


def test_light_backend_needs_no_stanza(monkeypatch):
    import importlib.util as iu

    real = iu.find_spec
    monkeypatch.setattr(iu, "find_spec", lambda name, *a: None if name == "stanza" else real(name, *a))
    doc = next(read_conllu(FIXTURES / "conllu" / "svo.conllu"))
    assert isinstance(parse_conllu(doc), ParsedDocument)
    with pytest.raises(BackendUnavailable, match=r'pip install -e "\.\[stanza\]"'):
        parse_conllu(doc, backend="stanza")


def test_synthetic_treebank_reads_whole():
    docs = list(read_conllu(FIXTURES / "synth" / "synth.conllu"))
    n = sum(len(parse_conllu(d, backend="light").sentences) for d in docs)
    assert n >= 190 and all(d.doc_id.startswith("synth-") for d in docs)


_FORMS = st.sampled_from(["قال", "الوزير", "إن", "الاتفاق", "جاهز", "«", "»", ".", "،", "ـ", "قالَ", "2024"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_FORMS, st.booleans()), min_size=1, max_size=12), st.booleans())
def test_property_offsets_always_slice_the_text(tokens, with_text):
    words = [(f, "X", 0 if i == 0 else 1, "root" if i == 0 else "dep", sp) for i, (f, sp) in enumerate(tokens)]
    (doc,) = read_conllu("# newdoc id = p\n" + _sentence(words, text=with_text))
    tree = parse_conllu(doc, backend="light")
    for s in tree.sentences:
        for t in s.tokens:
            assert doc.text[t.start_char:t.end_char] == t.text


# --------------------------------------------------------------------------- shared data


@pytest.mark.shared
def test_padt_texts_equal_the_gold_texts_for_every_document():
    if not PADT.is_dir():
        pytest.skip("../shared/data/ud-arabic-padt is absent")
    gold = {}
    with open(PADT / "padt-dev.gold.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            gold[d["doc_id"]] = d["text"]
    docs = {d.doc_id: d for d in read_conllu(PADT / "padt-dev.conllu")}
    assert docs.keys() == gold.keys()
    assert all(docs[k].text == gold[k] for k in gold)
    # every token slices the text (tatweel-only punctuation rebuilt as '' gets an empty span)
    for doc in docs.values():
        for s in parse_conllu(doc, backend="light").sentences:
            for t in s.tokens:
                assert doc.text[t.start_char:t.end_char] == t.text


# --------------------------------------------------------------------------- malformed input and UD PUD

_MWT = "{i}-{j}\tوقال\t_\t_\t_\t_\t_\t_\t_\t_"


@pytest.mark.parametrize("rows, line", [
    (["1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_", _MWT.format(i=2, j=3)], 4),  # a range with no words after it
    ([_MWT.format(i=1, j=2), "1\tو\tو\tCCONJ\t_\t_\t0\troot\t_\t_"], 3),  # with one of its two words
    ([_MWT.format(i=1, j=2), "5\tو\tو\tCCONJ\t_\t_\t0\troot\t_\t_",
      "6\tقال\tقال\tVERB\t_\t_\t5\troot\t_\t_"], 3),  # followed by other words
    ([_MWT.format(i=2, j=1)], 3),  # backwards
])
def test_multiword_range_without_its_words_is_an_input_error_naming_the_line(rows, line):
    src = "# newdoc id = d\n# text = وقال\n" + "\n".join(rows) + "\n\n"
    with pytest.raises(InputError, match=rf"^<conllu>:{line}: multiword token \d-\d 'وقال' is not followed by its words"):
        list(read_conllu(src))


def test_a_malformed_document_is_skipped_and_the_others_read(tmp_path):
    bad = "# newdoc id = bad\n" + _MWT.format(i=1, j=2) + "\n\n"
    broken = "# newdoc id = broken\n1\tقال\tقال\n\n"
    path = tmp_path / "t.conllu"
    path.write_text(SIMPLE.replace("# newdoc id = b\n", bad + broken + "# newdoc id = b\n"), encoding="utf-8")
    problems: list[str] = []
    from attribution.io.readers import read_documents

    assert [d.doc_id for d in read_documents([path], on_error=problems.append)] == ["a", "b"]
    assert problems == [f"{path}:15: multiword token 1-2 'وقال' is not followed by its words 1 to 2",
                        f"{path}:18: expected 10 tab-separated CoNLL-U columns, got 3"]
    with pytest.raises(InputError, match="multiword token 1-2"):
        list(read_conllu(path))


def _pud(doc_ids):
    """UD PUD style: "# newdoc id" repeated on every sentence of its document."""
    out = []
    for n, doc_id in enumerate(doc_ids, 1):
        out.append(f"# newdoc id = {doc_id}\n" + _sentence([("قال", "VERB", 0, "root", True),
                                                             (f"الوزير{n}", "NOUN", 1, "nsubj", True)],
                                                            sent_id=f"{doc_id}-{n}"))
    return "".join(out)


def test_pud_repeated_newdoc_id_is_one_document():
    docs = list(read_conllu(_pud(["n01", "n01", "n01", "n02", "n02"])))
    assert [d.doc_id for d in docs] == ["n01", "n02"]
    assert docs[0].text == "قال الوزير1 قال الوزير2 قال الوزير3"
    for doc in docs:
        tree = parse_conllu(doc, backend="light")
        assert all(doc.text[t.start_char:t.end_char] == t.text for s in tree.sentences for t in s.tokens)
    assert [len(parse_conllu(d, backend="light").sentences) for d in docs] == [3, 2]


def test_a_newdoc_id_met_again_later_is_another_document_renamed_by_the_readers(tmp_path):
    from attribution.io.readers import read_documents

    assert [d.doc_id for d in read_conllu(_pud(["n01", "n02", "n01"]))] == ["n01", "n02", "n01"]
    path = tmp_path / "pud.conllu"
    path.write_text(_pud(["n01", "n02", "n01"]), encoding="utf-8")
    problems: list[str] = []
    assert [d.doc_id for d in read_documents([path], on_error=problems.append)] == ["n01", "n02", "n01~2"]
    assert len(problems) == 1 and problems[0].kept
