"""The dependency linker on hand-written trees, the synthetic treebank and (when present) PADT."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from attribution.io.conllu import parse_conllu, read_conllu
from attribution.backends.deplink import link
from attribution.lexicon.cues import default_lexicon
from attribution.records import Candidate, Document

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PADT = SHARED / "data" / "ud-arabic-padt"
HAS_STANZA = importlib.util.find_spec("stanza") is not None
BACKENDS = ["light", pytest.param("stanza", marks=pytest.mark.skipif(not HAS_STANZA, reason="stanza not installed"))]


def _candidates(name: str, backend: str = "light") -> list[tuple[Document, Candidate]]:
    out = []
    for doc in read_conllu(FIXTURES / "conllu" / name):
        out += [(doc, c) for c in link(doc, parse_conllu(doc, backend=backend))]
    return out


# (fixture, cue, kind, speaker, claim, gender, number)
CASES = [
    # VSO: the name stays with the role; «إن» is not part of the claim
    ("vso.conllu", "قال", "indirect", "وزير الخارجية أحمد علي", "المفاوضات ستستأنف الأسبوع المقبل", "m", "sg"),
    # a relative clause is trimmed from the speaker: الوزير الذي وصل أمس إلى بيروت → الوزير
    ("vso.conllu", "قال#2", "indirect", "الوزير", "الزيارة ناجحة", "m", "sg"),
    # an apposition after a name is trimmed: ألكسندر براماتارسكي، وزير الحالات الطارئة
    ("vso.conllu", "أكد", "indirect", "ألكسندر براماتارسكي", "الوضع يعود إلى طبيعته", "m", "sg"),
    # SVO
    ("svo.conllu", "أكد", "indirect", "الرئيس الفرنسي", "بلاده تدعم الحل السياسي", "m", "sg"),
    # pro-drop: no speaker, the feminine singular verb lets resolution find one (وأضافت أن…)
    ("prodrop.conllu", "أضافت", "indirect", None, "الوفد سيصل غدا", "f", "sg"),
    # a participle cue (مشيرة إلى أن…); its head verb has no subject either
    ("prodrop.conllu", "مشيرة", "indirect", None, "الحوار مستمر", "f", "sg"),
    # according to: the claim is the clause the phrase qualifies
    ("according_to.conllu", "بحسب", "according_to", "وزارة الاقتصاد", "ارتفعت الأسعار بنسبة خمسة في المئة", None, None),
    ("according_to.conllu", "وفقا ل", "according_to", "وكالة الأنباء", "وصل الوفد إلى القاهرة", "f", "sg"),
    # quotes: a quoted fragment is mixed, a wholly quoted claim is direct (marks left out)
    ("quotes.conllu", "قال", "mixed", "المتحدث", 'القرار "غير مقبول" على الإطلاق', "m", "sg"),
    ("quotes.conllu", "قالت", "direct", "الوزيرة", "سنعمل على تنفيذ الاتفاق", "f", "sg"),
    ("quotes.conllu", "قال#2", "direct", "المتحدث", "الوضع تحت السيطرة", "m", "sg"),
    # the opening mark before the complementizer: وأضاف " إن الوضع جيد "
    ("quotes.conllu", "أضاف", "direct", None, "الوضع جيد", "m", "sg"),
    # passive/impersonal: unattributed, no speaker
    ("passive.conllu", "يذكر", "unattributed", None, "الاتفاق وقع العام الماضي", "m", "sg"),
    # UD v1 labels (PADT 1.3): CONJ, nsubjpass, Voice=Pass; بأنه = ب + أن + ه
    ("ud1.conllu", "أعلن", "unattributed", None, "الاجتماع تأجل", "m", "sg"),
    ("ud1.conllu", "ذكر", "indirect", "المصدر", "ه غادر", "m", "sg"),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fixture, cue, kind, speaker, claim, gender, number", CASES)
def test_linker_table(backend, fixture, cue, kind, speaker, claim, gender, number):
    cue_text, _, nth = cue.partition("#")
    found = [(d, c) for d, c in _candidates(fixture, backend) if c.cue.text == cue_text]
    assert len(found) >= int(nth or 1), [c.cue.text for _, c in _candidates(fixture, backend)]
    doc, c = found[int(nth or 1) - 1]
    assert (c.kind, c.speaker.text if c.speaker else None, c.claim.text) == (kind, speaker, claim)
    assert (c.gender, c.number) == (gender, number)
    for span in (c.cue, c.speaker, c.claim):
        if span is not None:
            assert doc.text[span.start:span.end] == span.text


def test_rules_and_laws_are_not_sources():
    # «يعمل الفريق وفق قواعد محددة»: وفق + a noun that is not a source is not reported speech
    assert [c.cue.text for _, c in _candidates("according_to.conllu")] == ["بحسب", "وفقا ل"]


def test_what_reports_nothing_in_a_tree():
    """A passive of a verb that is no verb of saying (لوحظ أن), an imperative (وحثها "urge it!") and
    a quote that is a coordinated verb's (رحب بالضيوف وعرف بالكتاب، "…") are no reports; the
    passive of a verb of saying (وقيل إن…) is an unattributed one — the rules' list (closed.PASSIVE)."""
    got = [(c.cue.text, c.kind, c.claim.text) for _, c in _candidates("not_reports.conllu")]
    assert got == [("قيل", "unattributed", "الوفد غادر مبكرا")]


def test_sentence_index_and_order():
    cands = _candidates("vso.conllu")
    assert [c.sentence for _, c in cands] == [0, 1, 2]
    assert [c.cue.start for _, c in cands] == sorted(c.cue.start for _, c in cands)


def test_lexicon_argument_and_participles_switch():
    doc = next(read_conllu(FIXTURES / "conllu" / "prodrop.conllu"))
    tree = parse_conllu(doc, backend="light")
    assert [c.cue.text for c in link(doc, tree)] == ["أضافت", "مشيرة"]
    assert [c.cue.text for c in link(doc, tree, participles=False)] == ["أضافت"]
    assert link(doc, tree, lexicon=default_lexicon().only_verbs(["قال"])) == []


def test_a_user_cue_file_reaches_the_linker(tmp_path):
    """A verb line and an according-to line of ``--cues FILE`` are read on CoNLL-U trees too."""
    from attribution.lexicon.cues import load_lexicon
    from attribution.pipeline import extract_document

    cues = tmp_path / "cues.tsv"
    cues.write_text("# my cues\nهمس\tsay\tهمس\tيهمس\tهامسا\t-\t-\nعلى ذمة\treport\n", encoding="utf-8")
    lex = load_lexicon(cues)
    doc = next(read_conllu(FIXTURES / "conllu" / "user_cues.conllu"))
    tree = parse_conllu(doc, backend="light")
    assert link(doc, tree) == []  # neither همس nor على ذمة is in the shipped lexicon
    got = [(c.cue.text, c.cue.lemma, c.cue.meaning, c.kind, c.speaker.text, c.claim.text)
           for c in link(doc, tree, lexicon=lex)]
    assert got == [("همس", "همس", "say", "indirect", "المدرب", "الفريق جاهز"),
                   ("على ذمة", "علي ذمة", "report", "according_to", "وكالة الأنباء", "ارتفعت الأسعار")]
    recs = extract_document(doc, lexicon=lex, backend="auto")
    assert [(r.cue.text, r.speaker_name) for r in recs] == [("همس", "المدرب"), ("على ذمة", "وكالة الأنباء")]


@pytest.mark.parametrize("fixture, cue, lemma, meaning", [
    # according-to cues carry the lexicon's phrase and meaning, as the rules write them
    ("according_to.conllu", "بحسب", "حسب", "report"),
    ("according_to.conllu", "وفقا ل", "وفقا ل", "report"),
])
def test_according_to_cues_read_the_lexicon(fixture, cue, lemma, meaning):
    (c,) = [c for _, c in _candidates(fixture) if c.cue.text == cue]
    assert (c.cue.lemma, c.cue.meaning) == (lemma, meaning)


def test_via_for_a_relayed_source():
    src = """# newdoc id = via
# text = ونقلت الوكالة عن المتحدث قوله إن الوفد وصل.
1-2	ونقلت	_	_	_	_	_	_	_	_
1	و	و	CCONJ	_	_	2	cc	_	_
2	نقلت	نقل	VERB	_	Gender=Fem|Number=Sing|Voice=Act	0	root	_	_
3	الوكالة	وكالة	NOUN	_	_	2	nsubj	_	_
4	عن	عن	ADP	_	_	5	case	_	_
5	المتحدث	متحدث	NOUN	_	_	2	obl	_	_
6-7	قوله	_	_	_	_	_	_	_	_
6	قول	قول	NOUN	_	_	2	obj	_	_
7	ه	هو	PRON	_	_	6	nmod:poss	_	_
8	إن	إن	SCONJ	_	_	10	mark	_	_
9	الوفد	وفد	NOUN	_	_	10	nsubj	_	_
10	وصل	وصل	VERB	_	_	6	ccomp	_	SpaceAfter=No
11	.	.	PUNCT	_	_	2	punct	_	_
"""
    doc = next(read_conllu(src))
    (c,) = link(doc, parse_conllu(doc, backend="light"))
    assert (c.cue.text, c.speaker.text, c.via.text, c.claim.text) == ("نقلت", "المتحدث", "الوكالة", "الوفد وصل")


PATTERN_KIND = {"vso": "indirect", "svo": "indirect", "prodrop": "indirect", "anhu": "indirect",
                "direct": "direct", "according": "according_to", "passive": "unattributed", "mixed": "mixed"}


def test_synthetic_treebank_every_sentence_links_as_authored():
    seen = 0
    for doc in read_conllu(FIXTURES / "synth" / "synth.conllu"):
        tree = parse_conllu(doc, backend="light")
        cands = {c.sentence: c for c in link(doc, tree)}
        for i, s in enumerate(tree.sentences):
            pattern = next(ln.split("=", 1)[1].strip() for ln in s.comments if ln.startswith("# pattern"))
            c = cands.get(i)
            assert c is not None, s.text
            assert c.kind == PATTERN_KIND[pattern], (s.text, c)
            assert (c.speaker is None) == (pattern in ("prodrop", "passive")), (s.text, c.speaker)
            assert c.claim is not None and "أن" not in c.claim.text.split()[:1]
            seen += 1
    assert seen >= 190


# --------------------------------------------------------------------------- shared data


def _score(tmp_path, capsys, **kwargs) -> dict[str, float]:
    sys.path.insert(0, str(SHARED / "tools"))
    try:
        import score_sentences
    finally:
        sys.path.pop(0)
    pred = tmp_path / "pred.jsonl"
    with open(pred, "w", encoding="utf-8") as f:
        for doc in read_conllu(PADT / "padt-dev.conllu"):
            for c in link(doc, parse_conllu(doc, backend="light"), **kwargs):
                span = (lambda s: {"start": s.start, "end": s.end} if s else None)
                f.write(json.dumps({"doc_id": doc.doc_id, "cue": span(c.cue), "speaker": span(c.speaker),
                                    "claim": span(c.claim)}) + "\n")
    capsys.readouterr()
    score_sentences.main(str(PADT / "padt-dev.gold.jsonl"), str(pred))
    out = capsys.readouterr().out
    vals = {}
    for line in out.splitlines():
        for key in ("cue recall", "claim word-F1", "precision", "attribution F1 ="):
            if line.startswith(key):
                vals[key.rstrip(" =")] = float(line.replace("=", " ").split()[-1])
        if line.startswith("speaker accuracy"):
            vals["speaker accuracy"] = float(line.split()[2])
    return vals


@pytest.mark.shared
def test_padt_dev_scores_with_the_gold_verb_inventory(tmp_path, capsys):
    """Gold events are finite reporting verbs from the scorer's list heading a ccomp."""
    if not PADT.is_dir():
        pytest.skip("../shared/data/ud-arabic-padt is absent")
    sys.path.insert(0, str(SHARED / "tools"))
    try:
        from score_sentences import REPORTING_LEMMAS
    finally:
        sys.path.pop(0)
    vals = _score(tmp_path, capsys, lexicon=default_lexicon().only_verbs(REPORTING_LEMMAS), participles=False)
    assert vals["cue recall"] >= 0.99
    assert vals["speaker accuracy"] >= 0.98
    assert vals["claim word-F1"] >= 0.97
    assert vals["attribution F1"] >= 0.97


@pytest.mark.shared
def test_padt_dev_scores_with_the_project_lexicon(tmp_path, capsys):
    """The full lexicon finds cues the scorer does not list (رد، أجاب، مشيرا…): recall stays whole."""
    if not PADT.is_dir():
        pytest.skip("../shared/data/ud-arabic-padt is absent")
    vals = _score(tmp_path, capsys)
    assert vals["cue recall"] >= 0.99 and vals["speaker accuracy"] >= 0.98
    assert vals["attribution F1"] >= 0.88


# --------------------------------------------------------------------------- properties

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = [("قال", "قال", "VERB"), ("أكد", "أكد", "VERB"), ("مشيرا", "مشير", "ADJ"), ("بحسب", "حسب", "ADP"),
          ("وفقا", "وفق", "ADV"), ("الوزير", "وزير", "NOUN"), ("أن", "أن", "SCONJ"), ("إن", "إن", "SCONJ"),
          ("ما", "ما", "PRON"), ("الذي", "الذي", "PRON"), ("«", "«", "PUNCT"), ("»", "»", "PUNCT"),
          ('"', '"', "PUNCT"), ("،", "،", "PUNCT"), ("سامي", "سامي", "PROPN"), ("جاهز", "جاهز", "ADJ"),
          ("عن", "عن", "ADP"), ("لسان", "لسان", "NOUN"), ("يذكر", "ذكر", "VERB")]
_RELS = ["nsubj", "nsubj:pass", "nsubjpass", "csubj", "ccomp", "obj", "dobj", "advcl", "obl", "nmod", "xcomp",
         "parataxis", "conj", "acl", "acl:relcl", "appos", "mark", "case", "cc", "punct", "amod", "flat", "dep"]


@st.composite
def _trees(draw):
    n = draw(st.integers(1, 14))
    rows = []
    root = draw(st.integers(1, n))
    for i in range(1, n + 1):
        form, lemma, upos = draw(st.sampled_from(_WORDS))
        # heads point to an earlier word or the root, so the graph is a tree
        head = 0 if i == root else (root if i < root or i == 1 else draw(st.sampled_from(sorted({root, *range(1, i)} - {i}))))
        rel = "root" if head == 0 else draw(st.sampled_from(_RELS))
        feats = draw(st.sampled_from(["_", "Gender=Fem|Number=Sing|Voice=Pass", "Gender=Masc|Number=Plur|Case=Nom"]))
        space = draw(st.booleans())
        rows.append(f"{i}\t{form}\t{lemma}\t{upos}\t_\t{feats}\t{head}\t{rel}\t_\t{'_' if space else 'SpaceAfter=No'}")
    return "# newdoc id = h\n" + "\n".join(rows) + "\n"


@settings(max_examples=150, deadline=None)
@given(_trees())
@example("# newdoc id = h\n1\t«\t«\tPUNCT\t_\t_\t3\tnsubj\t_\tSpaceAfter=No\n2\t»\t»\tPUNCT\t_\t_\t3\tnsubj\t_\t"
         "SpaceAfter=No\n3\tقال\tقال\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n4\tقال\tقال\tVERB\t_\t_\t1\tparataxis"
         "\t_\tSpaceAfter=No\n")  # quotation marks around nothing: no empty claim
def test_property_any_tree_links_without_crashing_and_spans_slice_the_text(src):
    doc = next(read_conllu(src))
    for c in link(doc, parse_conllu(doc, backend="light")):
        assert c.kind in ("direct", "indirect", "mixed", "according_to", "unattributed")
        for span in (c.cue, c.speaker, c.claim, c.via):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text and span.start < span.end


def test_extract_document_reads_conllu_trees_through_the_linker():
    from attribution.pipeline import extract_document

    doc = next(read_conllu(FIXTURES / "conllu" / "vso.conllu"))
    recs = extract_document(doc, backend="auto")
    assert [(r.cue.text, r.claim.text) for r in recs][:2] == [
        ("قال", "المفاوضات ستستأنف الأسبوع المقبل"), ("قال", "الزيارة ناجحة")]
    assert recs[0].speaker.text == "وزير الخارجية أحمد علي"
    assert all(doc.text[r.cue.start:r.cue.end] == r.cue.text for r in recs)
