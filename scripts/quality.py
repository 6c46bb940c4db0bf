"""Score the engine on every yardstick at once, with the shared scorers in ``../shared/tools``.

    python scripts/quality.py            # one line per yardstick
    python scripts/quality.py -v snn     # and every miss, wrong speaker and false prediction of one
    python scripts/quality.py --participles separate

Yardsticks: the reference article, the project's ``corpora/``, the SaudiNewsNet gold (28 real
articles: the real-news yardstick), UD PADT dev as raw text (rules) and as CoNLL-U (gold trees).
Needs ``../shared`` beside the repository.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOLS = SHARED / "tools"


def _yardsticks(tmp: Path) -> dict[str, tuple[Path, Path, str]]:
    """name → (input, gold, scorer)."""
    corpus_gold = tmp / "corpora.gold.jsonl"
    corpus_gold.write_text("".join(p.read_text(encoding="utf-8").rstrip("\n") + "\n"
                                   for p in sorted((ROOT / "corpora").glob("*.gold.jsonl"))), encoding="utf-8")
    padt = SHARED / "data" / "ud-arabic-padt"
    sample = SHARED / "corpora" / "sample"
    snn = SHARED / "corpora" / "saudinewsnet-gold"
    return {
        "sample": (sample / "najah-ru-us-security-talks.txt", sample / "najah-ru-us-security-talks.gold.jsonl",
                   "score_docs.py"),
        "corpora": (ROOT / "corpora", corpus_gold, "score_docs.py"),
        "snn": (snn / "articles.jsonl", snn / "gold.jsonl", "score_docs.py"),
        "padt-raw": (padt / "padt-dev.gold.jsonl", padt / "padt-dev.gold.jsonl", "score_sentences.py"),
        "padt-trees": (padt / "padt-dev.conllu", padt / "padt-dev.gold.jsonl", "score_sentences.py"),
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-v", "--verbose", metavar="NAME", action="append", default=[],
                   help="also list the scorer's misses for this yardstick (sample, corpora, snn, padt-raw, padt-trees)")
    p.add_argument("--only", metavar="NAME", action="append", default=[], help="score only these yardsticks")
    p.add_argument("extra", nargs="*", help="options passed to `attribution extract` (after --)")
    p.add_argument("--participles", default=None)
    a = p.parse_args()
    if not SHARED.is_dir():
        print("../shared is not beside the repository", file=sys.stderr)
        return 2
    extra = list(a.extra) + (["--participles", a.participles] if a.participles else [])
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for name, (inp, gold, scorer) in _yardsticks(tmp).items():
            if a.only and name not in a.only:
                continue
            pred = tmp / f"{name}.pred.jsonl"
            subprocess.run([sys.executable, "-m", "attribution", "extract", str(inp), "-f", "jsonl", "-o", str(pred),
                            "--quiet", *extra], check=True, cwd=ROOT)
            cmd = [sys.executable, str(TOOLS / scorer), str(gold), str(pred)] + (["-v"] if name in a.verbose else [])
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            lines = out.rstrip("\n").splitlines()
            if name in a.verbose:
                print("\n".join(lines[:-6]))
            summary = {}
            for line in lines[-6:]:
                m = re.match(r"(.+?)\s*=?\s*([0-9./]+)$", line.strip())
                if m:
                    summary[m.group(1).strip(" =")] = m.group(2)
            f1 = summary.get("document attribution F1") or summary.get("attribution F1")
            rest = "; ".join(ln.strip() for ln in lines[-6:-1])
            print(f"{name:11s} F1 {f1}   ({rest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
