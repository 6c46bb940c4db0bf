"""Record the engine's outputs on fixed inputs, or check that they are byte-identical to a record.

A refactoring must not change behaviour.  Run ``record`` on the code before, ``check`` on the
code after; ``check`` prints one line per output (same / DIFFERENT with the first differing line)
and exits 1 when anything changed.

    python scripts/compare_outputs.py record /tmp/before
    python scripts/compare_outputs.py check /tmp/before

Inputs: the project's ``corpora/`` and, when ``../shared`` is beside the repository, the 5,996
SaudiNewsNet articles, the SaudiNewsNet gold articles and UD PADT dev (CoNLL-U and its raw-text
sentences); each in the default settings, the gold articles and PADT also with
``--participles separate`` and ``fold``.  The store is compared too: ``ingest`` of ``corpora/``,
then ``table -f jsonl``, ``speakers -f jsonl`` and ``graph -f json``.
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _runs() -> list[tuple[str, list[str]]]:
    runs = [("corpora", ["extract", str(ROOT / "corpora"), "-f", "jsonl"])]
    if SHARED.is_dir():
        snn = SHARED / "corpora" / "saudinewsnet" / "articles.jsonl"
        gold = SHARED / "corpora" / "saudinewsnet-gold" / "articles.jsonl"
        padt = SHARED / "data" / "ud-arabic-padt"
        runs += [("snn-all", ["extract", str(snn), "-f", "jsonl"])]
        for mode in ("off", "fold", "separate"):
            runs += [(f"snn-gold-{mode}", ["extract", str(gold), "-f", "jsonl", "--participles", mode]),
                     (f"padt-conllu-{mode}", ["extract", str(padt / "padt-dev.conllu"), "-f", "jsonl",
                                              "--participles", mode]),
                     (f"padt-raw-{mode}", ["extract", str(padt / "padt-dev.gold.jsonl"), "-f", "jsonl",
                                           "--participles", mode])]
    return runs


def _cli(args: list[str], out: Path) -> None:
    cmd = [sys.executable, "-m", "attribution", *args, "-o", str(out)]
    subprocess.run(cmd, check=True, cwd=ROOT, stderr=subprocess.DEVNULL)


def record(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, args in _runs():
        _cli(args, folder / f"{name}.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "claims.db"
        subprocess.run([sys.executable, "-m", "attribution", "ingest", str(ROOT / "corpora"), "--db", str(db)],
                       check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
        _cli(["table", "--db", str(db), "-f", "jsonl"], folder / "store-table.jsonl")
        _cli(["speakers", "--db", str(db), "-f", "jsonl"], folder / "store-speakers.jsonl")
        _cli(["graph", "--db", str(db), "-f", "json"], folder / "store-graph.json")


def _first_difference(a: Path, b: Path) -> str:
    with a.open(encoding="utf-8") as fa, b.open(encoding="utf-8") as fb:
        for n, (la, lb) in enumerate(zip(fa, fb), 1):
            if la != lb:
                return f"line {n}: {la[:160].rstrip()} | {lb[:160].rstrip()}"
    return "one file is longer"


def check(before: Path) -> int:
    changed = 0
    with tempfile.TemporaryDirectory() as tmp:
        after = Path(tmp)
        record(after)
        for b in sorted(before.iterdir()):
            a = after / b.name
            if not a.exists():
                print(f"{b.name}: MISSING")
                changed += 1
                continue
            same = hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
            lines = sum(1 for _ in b.open(encoding="utf-8"))
            if same:
                print(f"{b.name}: same ({lines} lines)")
            else:
                changed += 1
                print(f"{b.name}: DIFFERENT ({_first_difference(b, a)})")
    print("byte-identical" if not changed else f"{changed} output(s) differ")
    return 1 if changed else 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("action", choices=("record", "check"))
    p.add_argument("folder", type=Path)
    a = p.parse_args()
    if a.action == "record":
        record(a.folder)
        return 0
    return check(a.folder)


if __name__ == "__main__":
    sys.exit(main())
