"""Quality floors on gold data, scored with the project's shared scorers.

Each floor is an issue's target, measured on the default path (what `attribution extract` does
without options): the reference article, the repository's own corpus, the SaudiNewsNet gold (real
news), the UD PADT dev sentences as raw text (rules) and as CoNLL-U with gold trees (the
dependency linker).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path


from attribution import Document, extract_document

ROOT = Path(__file__).resolve().parents[1]


def _score(tool: Path, gold: Path, pred: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(tool), str(gold), str(pred)], capture_output=True, text=True,
                         check=True).stdout
    nums = {}
    for line in out.splitlines():
        m = re.match(r"(.+?)\s*=?\s*([0-9.]+)$", line.strip())
        if m:
            nums[m.group(1).strip(" =")] = float(m.group(2))
    return nums


def _predict(docs, path: Path, backend: str = "rules") -> None:
    with path.open("w", encoding="utf-8") as f:
        for doc in docs:
            for r in extract_document(doc, backend=backend):
                f.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")


def _gold_docs(paths):
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                yield Document(d["doc_id"], d["text"])


def test_reference_article(shared, tmp_path):
    gold = shared / "corpora/sample/najah-ru-us-security-talks.gold.jsonl"
    _predict(_gold_docs([gold]), tmp_path / "pred.jsonl")
    s = _score(shared / "tools/score_docs.py", gold, tmp_path / "pred.jsonl")
    assert s["document attribution F1"] >= 0.95
    assert s["claim word-F1"] >= 0.85


def test_own_corpus(shared, tmp_path):
    golds = sorted((ROOT / "corpora").glob("*.gold.jsonl"))
    assert len(golds) >= 13
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(p.read_text(encoding="utf-8").rstrip("\n") + "\n" for p in golds), encoding="utf-8")
    _predict(_gold_docs(golds), tmp_path / "pred.jsonl")
    s = _score(shared / "tools/score_docs.py", gold, tmp_path / "pred.jsonl")
    assert s["document attribution F1"] >= 0.92


def test_saudinewsnet_gold(shared, tmp_path):
    """Real news written by others, the yardstick of the issue on real news."""
    gold = shared / "corpora/saudinewsnet-gold/gold.jsonl"
    articles = shared / "corpora/saudinewsnet-gold/articles.jsonl"
    docs = [Document(d["id"], d["content"]) for d in map(json.loads, articles.read_text(encoding="utf-8").splitlines())
            if d]
    _predict(docs, tmp_path / "pred.jsonl")
    s = _score(shared / "tools/score_docs.py", gold, tmp_path / "pred.jsonl")
    assert s["document attribution F1"] >= 0.92  # (0.933 when raised; the target is 0.85)
    assert s["claim word-F1"] >= 0.90
    assert s["precision"] >= 0.95


def test_padt_dev_sentences_rules(shared, tmp_path):
    gold = shared / "data/ud-arabic-padt/padt-dev.gold.jsonl"
    _predict(_gold_docs([gold]), tmp_path / "pred.jsonl")
    s = _score(shared / "tools/score_sentences.py", gold, tmp_path / "pred.jsonl")
    assert s["attribution F1"] >= 0.96


def test_padt_dev_gold_trees(shared, tmp_path):
    from attribution.io.conllu import read_conllu

    ud = shared / "data/ud-arabic-padt"
    _predict(read_conllu(ud / "padt-dev.conllu"), tmp_path / "pred.jsonl", backend="auto")
    s = _score(shared / "tools/score_sentences.py", ud / "padt-dev.gold.jsonl", tmp_path / "pred.jsonl")
    assert s["cue recall"] >= 0.99
    assert s["attribution F1"] >= 0.98
