"""The project corpus (corpora/): every gold file is well-formed, consistent and reproducible."""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
#: Copied unchanged from shared/corpora/sample; it has no markup source.
REFERENCE = "najah-ru-us-security-talks"

KINDS = {"direct", "indirect", "mixed", "according_to", "nominal", "unattributed"}
SPEAKER_TYPES = {"person", "organization", "group", "document", "media"}
COMPLEMENTIZERS = {"أن", "إن", "ان", "بأن", "بان"}
#: Cue words whose first letter و/ف is a root letter, not the conjunction (وصف "described").
ROOT_INITIAL = ("وصف", "وفق", "وعد", "ورد")
LETTER = re.compile(r"[\w\u0600-\u06FF]")
WORD = re.compile(r"[\w\u0600-\u06FF]+")


def _load_build_gold():
    spec = importlib.util.spec_from_file_location("build_gold", ROOT / "scripts" / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


build_gold = _load_build_gold()
GOLD_FILES = sorted(CORPORA.glob("*.gold.jsonl"))
DOC_IDS = [p.name[: -len(".gold.jsonl")] for p in GOLD_FILES]


def _gold(doc_id: str) -> dict:
    lines = (CORPORA / f"{doc_id}.gold.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1, "one JSON object on one line"
    return json.loads(lines[0])


def _is_letter(ch: str) -> bool:
    return bool(LETTER.match(ch))


def test_corpus_size_and_layout():
    assert REFERENCE in DOC_IDS
    assert len(DOC_IDS) >= 15, "the reference article plus at least 14 project articles"
    for doc_id in DOC_IDS:
        assert (CORPORA / f"{doc_id}.txt").exists()
    sources = {p.stem for p in (CORPORA / "src").glob("*.md")}
    assert sources == set(DOC_IDS) - {REFERENCE}, "every project article has a markup source"


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_text_matches_txt(doc_id):
    raw = (CORPORA / f"{doc_id}.txt").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "UTF-8 without BOM"
    gold = _gold(doc_id)
    assert list(gold) == ["doc_id", "text", "attributions", "speakers"]
    assert gold["doc_id"] == doc_id
    assert gold["text"] == raw.decode("utf-8")


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_speakers_well_formed(doc_id):
    speakers = _gold(doc_id)["speakers"]
    names = [s["name"] for s in speakers]
    assert len(names) == len(set(names)), "canonical names are unique"
    for s in speakers:
        assert s["type"] in SPEAKER_TYPES
        assert isinstance(s["aliases"], list) and s["name"] not in s["aliases"]
        assert all(a.strip() == a and a for a in s["aliases"])


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_attributions_well_formed(doc_id):
    gold = _gold(doc_id)
    text = gold["text"]
    speakers = {s["name"]: s for s in gold["speakers"]}
    previous_cue = -1
    for a in gold["attributions"]:
        cue, claim = a["cue"], a["claim"]
        where = f"{doc_id} cue {text[cue[0]:cue[1]]!r} at {cue[0]}"
        assert a["kind"] in KINDS, where
        assert isinstance(a["required"], bool), where
        for s, e in (cue, claim, a.get("mention_span") or (0, 1)):
            assert 0 <= s < e <= len(text), where
        assert cue[0] > previous_cue, f"{where}: attributions in text order, cues distinct"
        previous_cue = cue[0]

        # A cue is whole words; a clitic و/ف/ب/ل may precede it but is not part of it
        # (وقال → قال, لوزارة → the mention starts after ل).
        cue_text = text[cue[0]:cue[1]]
        assert cue_text == cue_text.strip() and WORD.fullmatch(cue_text.split()[0]), where
        before = text[cue[0] - 1] if cue[0] else " "
        if _is_letter(before):
            assert before in "وفبل" and (cue[0] < 2 or not _is_letter(text[cue[0] - 2])), where
        assert cue[1] == len(text) or not _is_letter(text[cue[1]]), where
        if cue_text[0] in "وف":
            assert cue_text.startswith(ROOT_INITIAL), f"{where}: proclitic و/ف inside the cue"

        # The claim excludes the complementizer (قال إن «…» → the claim starts after إن)
        # and the closing quotation mark of a direct quote.
        claim_text = text[claim[0]:claim[1]]
        assert claim_text == claim_text.strip(), where
        first = WORD.match(claim_text)
        assert first is None or first.group() not in COMPLEMENTIZERS, where
        assert not re.search(r"(بحسب|وفق) قوله\W*$", claim_text), where
        assert not (claim[0] <= cue[0] < claim[1]), f"{where}: the claim holds its own cue"

        if a["kind"] == "direct":
            # a direct claim is exactly what stands between the quotation marks
            assert text[claim[0] - 1] in "«\"“" and text[claim[1]:claim[1] + 1] in "»\"”", where

        mention, mspan = a["mention"], a.get("mention_span")
        assert (mention is None) == (mspan is None), where
        if mention is not None:
            assert text[mspan[0]:mspan[1]] == mention, where
            assert not (mspan[0] < cue[1] and cue[0] < mspan[1]), f"{where}: mention overlaps cue"

        if a["speaker"] is None:
            assert mention is None and a["kind"] in {"unattributed", "nominal"}, where
            continue
        if doc_id == REFERENCE and not a["required"]:
            continue  # the reference gold leaves its one nominal speaker out of speakers[]
        assert a["speaker"] in speakers, f"{where}: speaker {a['speaker']!r} not in speakers[]"
        if mention is not None:
            s = speakers[a["speaker"]]
            assert mention in [s["name"], *s["aliases"]], f"{where}: mention {mention!r} not a name or alias"


@pytest.mark.parametrize("doc_id", sorted(set(DOC_IDS) - {REFERENCE}))
def test_project_article_shape(doc_id):
    gold = _gold(doc_id)
    assert 150 <= len(gold["text"].split()) <= 500
    assert 3 <= len(gold["attributions"]) <= 10
    # every named speaker is used, so speakers[] lists no one the article does not quote
    used = {a["speaker"] for a in gold["attributions"]}
    assert {s["name"] for s in gold["speakers"]} <= used
    for s in gold["speakers"]:
        for name in [s["name"], *s["aliases"]]:
            assert name in gold["text"], f"{name!r} is not written in the article"


def test_corpus_variety():
    golds = [_gold(d) for d in DOC_IDS]
    kinds = {a["kind"] for g in golds for a in g["attributions"]}
    assert kinds == KINDS
    types = {s["type"] for g in golds for s in g["speakers"]}
    assert types == SPEAKER_TYPES
    quotes = "".join(g["text"][a["claim"][0] - 1] for g in golds for a in g["attributions"]
                     if a["kind"] == "direct")
    assert {"«", '"', "“"} <= set(quotes), "direct quotes in « », \" \" and “ ”"
    assert sum(not a["required"] for g in golds for a in g["attributions"]) >= 5


def test_same_surname_different_people_across_articles():
    """Two different people called العتيبي in different articles: a cross-document identity trap."""
    owners = defaultdict(set)
    for doc_id in DOC_IDS:
        for s in _gold(doc_id)["speakers"]:
            for alias in s["aliases"]:
                owners[alias].add(s["name"])
    assert len(owners["العتيبي"]) >= 2


def test_build_reproduces_committed_files():
    assert build_gold.build(check=True) == []


def test_build_is_deterministic():
    first = [build_gold.render(s) for s in build_gold.load_sources()]
    second = [build_gold.render(s) for s in build_gold.load_sources()]
    assert first == second


@pytest.mark.parametrize("src, message", [
    ("doc_id: x\nattr: 1 - unattributed optional\n---\n{c1 يذكر} أن", "needs both a cue and a claim"),
    ("doc_id: x\n---\n{c1 قال}", "undeclared"),
    ("doc_id: x\nattr: 1 - unattributed\n---\n{c1 يذكر أن {q1 x}", "unclosed"),
    ("doc_id: x\nattr: 1 nobody indirect\n---\n{c1 قال} {q1 x}", "unknown speaker"),
    ("doc_id: x\nattr: 1 - rumour\n---\n{c1 قال} {q1 x}", "kind"),
    ("doc_id: x\n{c1 قال}", "---"),
])
def test_markup_errors_are_named(src, message):
    with pytest.raises(build_gold.MarkupError, match=message):
        build_gold.parse_source(src)


_plain = st.text(alphabet="قال الوزير إن «»\"،. 0123456789أبتثجحخدذرزسشصضطظعغفقكلمنهوي", max_size=40)


@given(_plain, _plain, _plain)
def test_markup_offsets_slice_the_plain_text(before, inside, after):
    source = f"doc_id: x\nattr: 1 - unattributed optional\n---\n{{c1 يذكر}}{before}{{q1 {inside}}}{after}."
    parsed = build_gold.parse_source(source)
    assert parsed.text == "يذكر" + before + inside + after + "."
    s, e = parsed.gold["attributions"][0]["claim"]
    assert parsed.text[s:e] == inside
    assert parsed.text[slice(*parsed.gold["attributions"][0]["cue"])] == "يذكر"


def test_reference_scorer_gives_f1_one_on_gold_as_predictions(tmp_path):
    """The gold, turned into predictions, scores 1.0 with the shared reference scorer."""
    scorer = SHARED / "tools" / "score_docs.py"
    if not scorer.exists():
        pytest.skip("../shared/tools/score_docs.py not present")
    gold_lines, pred_lines = [], []
    for doc_id in DOC_IDS:
        gold = _gold(doc_id)
        gold_lines.append(json.dumps(gold, ensure_ascii=False))
        for a in gold["attributions"]:
            text = gold["text"]
            ms = a.get("mention_span")
            pred_lines.append(json.dumps({
                "doc_id": doc_id,
                "cue": {"text": text[a["cue"][0]:a["cue"][1]], "start": a["cue"][0], "end": a["cue"][1]},
                "speaker": {"text": a["mention"], "start": ms[0], "end": ms[1]} if ms else None,
                "speaker_name": a["speaker"],
                "claim": {"text": text[a["claim"][0]:a["claim"][1]], "start": a["claim"][0], "end": a["claim"][1]},
                "kind": a["kind"],
            }, ensure_ascii=False))
    (tmp_path / "gold.jsonl").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("\n".join(pred_lines) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl")],
                         capture_output=True, text=True, check=True).stdout
    assert "document attribution F1 = 1.000" in out, out
    assert "claim word-F1 1.000" in out, out


def test_readme_markup_example_builds():
    readme = (CORPORA / "README.md").read_text(encoding="utf-8")
    example = readme.split("```\ndoc_id:", 1)[1].split("```", 1)[0]
    parsed = build_gold.parse_source("doc_id:" + example)
    first = parsed.gold["attributions"][0]
    assert parsed.text[slice(*first["cue"])] == "أعلنت"
    assert first["mention"] == "وزارة الصحة"
