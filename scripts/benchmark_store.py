"""Time, CPU, memory and disk of the claim store as it grows (not a test; nothing is timed in CI).

    python scripts/benchmark_store.py [CORPUS] [--scales 1,2,4] [--json]

CORPUS defaults to ../shared/corpora/saudinewsnet/articles.jsonl (5,996 articles).  For each
scale k the corpus is repeated k times with new ids (``<id>~r<i>``) into a temporary directory
(deleted afterwards, never kept), and each step runs the ``attribution`` CLI in a child process,
measured by its own resource usage (wall time, CPU user+system, peak RSS):

- ``ingest`` of the whole corpus into a fresh store (and the store's size on disk);
- ``ingest`` of one new article into that store, as a ratio of the whole ingest (target ≤ 5 %);
- ``graph -f json`` and ``-f gexf`` of the store (the default ``--min-topic-claims 2``);
- the exports ``table -f csv``, ``speakers -f csv`` and ``topics -f csv`` of the store (streamed
  from SQL: their peak memory should not grow with the store, like the graph's);
- at 1× only: ``extract`` of the corpus, so ingest CPU / extract CPU (target ≤ 1.5), ``ingest
  --jobs 2`` against ``--jobs 1`` (wall, target ≤ 0.75) and ``graph --min-topic-claims 1``.
  ``--jobs 2`` also reports the CPU of its writing process alone (without its workers'): with two
  free cores its wall time is about the larger of that and half the CPU of all, which a busy
  machine's wall time does not show.

Then a straight line through the scales (least squares, per article) extrapolates time, disk and
memory to 1 M articles, and says what breaks first on a 2-core machine with 24 GB.  The ratios
are measured back to back in one run; on a shared machine run it alone.  8× takes about a
quarter of an hour more: ``--scales 1,2,4,8``.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "articles.jsonl"
CLI = [str(Path(sys.executable).with_name("attribution"))]  # the CLI of the interpreter running this
MACHINE_GB = 24
MILLION = 1_000_000
EXPORTS = ("table", "speakers", "topics")  # the listings measured, each as -f csv


# the CLI in this interpreter, printing its own CPU seconds (not its workers') last on stderr
_SELF_CPU = ("import resource, runpy, sys\n"
             "sys.argv = ['attribution'] + sys.argv[1:]\n"
             "try:\n    runpy.run_module('attribution', run_name='__main__')\n"
             "finally:\n    r = resource.getrusage(resource.RUSAGE_SELF)\n"
             "    sys.stderr.write(f'\\nself-cpu {r.ru_utime + r.ru_stime}\\n')\n")


def run(args: list[str], *, self_cpu: bool = False) -> dict[str, float]:
    """Run the CLI with ``args`` in a child process: its wall time, CPU seconds and peak RSS (MB)
    (``self_cpu``: and the CPU of that process alone, without its worker processes)."""
    t0 = time.perf_counter()
    command = [sys.executable, "-c", _SELF_CPU, *args] if self_cpu else CLI + args
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"attribution {' '.join(args)} failed ({proc.returncode}): {err.strip()[-500:]}")
    out = {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}
    if self_cpu:
        out["self_cpu"] = float(err.rsplit("self-cpu ", 1)[1].split()[0])
    return out


def repeat_corpus(corpus: Path, k: int, out: Path) -> int:
    """Write ``corpus`` ``k`` times with new ids (``~r<i>`` appended) to ``out``; returns the articles."""
    n = 0
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        lines = [line for line in src if line.strip()]
        for i in range(k):
            for line in lines:
                row = json.loads(line)
                if i:
                    row["id"] = f"{row['id']}~r{i}"
                dst.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    return n


def one_article(corpus: Path, out: Path) -> None:
    """One article that is not in the store yet (the corpus's 1,235th under a new id)."""
    with corpus.open(encoding="utf-8") as src:
        for i, line in enumerate(src):
            if i == 1234:
                row = json.loads(line)
                break
    row["id"] = "benchmark-new-article"
    out.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")


def measure_scale(corpus: Path, k: int, tmp: Path, first: bool) -> dict:
    """Every step at scale ``k`` (the 1× extras when ``first``)."""
    data = tmp / f"corpus-{k}x.jsonl"
    n = repeat_corpus(corpus, k, data)
    db = tmp / f"store-{k}x.db"
    out: dict = {"scale": k, "articles": n}
    if first:
        out["extract"] = run(["extract", str(data), "-f", "jsonl", "-o", str(tmp / "records.jsonl"), "-q"])
    out["ingest"] = run(["ingest", str(data), "--db", str(db), "-q"])
    out["disk_mb"] = sum(p.stat().st_size for p in tmp.glob(f"store-{k}x.db*")) / 1e6
    new = tmp / "one.jsonl"
    one_article(corpus, new)
    out["one_article"] = run(["ingest", str(new), "--db", str(db), "-q"])
    for fmt in ("json", "gexf"):
        out[f"graph_{fmt}"] = run(["graph", "--db", str(db), "-f", fmt, "-o", str(tmp / f"g.{fmt}")])
    for listing in EXPORTS:
        out[f"{listing}_csv"] = run([listing, "--db", str(db), "-f", "csv", "-o", str(tmp / f"{listing}.csv")])
        (tmp / f"{listing}.csv").unlink()
    if first:
        out["graph_json_all_topics"] = run(["graph", "--db", str(db), "-f", "json", "-o", str(tmp / "g.json"),
                                            "--min-topic-claims", "1"])
        db2 = tmp / "store-jobs2.db"
        out["ingest_jobs2"] = run(["ingest", str(data), "--db", str(db2), "-q", "--jobs", "2"], self_cpu=True)
        for p in tmp.glob("store-jobs2.db*"):
            p.unlink()
    for p in [data, *tmp.glob(f"store-{k}x.db*")]:
        p.unlink()
    return out


def fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares line ``y = a + b x``."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (sum((x - mx) ** 2 for x in xs) or 1)
    return my - b * mx, b


def extrapolate(rows: list[dict]) -> dict[str, float]:
    """The lines through the scales, read at 1 M articles (none from a single scale: a line through one
    point says nothing of growth)."""
    if len(rows) < 2:
        return {}
    xs = [r["articles"] for r in rows]
    series = {
        "ingest_hours": [r["ingest"]["wall"] / 3600 for r in rows],
        "ingest_rss_gb": [r["ingest"]["rss_mb"] / 1024 for r in rows],
        "disk_gb": [r["disk_mb"] / 1000 for r in rows],
        "one_article_s": [r["one_article"]["wall"] for r in rows],
        "one_article_rss_gb": [r["one_article"]["rss_mb"] / 1024 for r in rows],
        "graph_json_min": [r["graph_json"]["wall"] / 60 for r in rows],
        "graph_json_rss_gb": [r["graph_json"]["rss_mb"] / 1024 for r in rows],
        "graph_gexf_rss_gb": [r["graph_gexf"]["rss_mb"] / 1024 for r in rows],
        **{f"{e}_csv_rss_gb": [r[f"{e}_csv"]["rss_mb"] / 1024 for r in rows] for e in EXPORTS},
    }
    # a measure that shrank as the store grew (wall times on a machine busy with other jobs) has no
    # line to extend: NaN, printed n/a, rather than a made-up 0
    return {name: (a + b * MILLION if b >= 0 else math.nan)
            for name, (a, b) in ((k, fit(xs, ys)) for k, ys in series.items())}


def _at(v: float, unit: str = "") -> str:
    """A value read at 1 M articles, or n/a when its measures did not grow with the scale."""
    return "n/a (shrank with the scale: a busy machine)" if math.isnan(v) else f"{v:.1f}{unit}"


def report(rows: list[dict], at_million: dict[str, float]) -> str:
    first = rows[0]
    lines = ["scale articles | ingest wall s  cpu s  rss MB  disk MB | +1 article s (% of ingest)  rss MB | "
             "graph json s  MB | gexf s  MB"]
    for r in rows:
        i, o, gj, gg = r["ingest"], r["one_article"], r["graph_json"], r["graph_gexf"]
        lines.append(f"{r['scale']:>4}x {r['articles']:>8} | {i['wall']:>8.1f} {i['cpu']:>7.1f} {i['rss_mb']:>6.0f} "
                     f"{r['disk_mb']:>7.0f} | {o['wall']:>6.2f} ({100 * o['wall'] / i['wall']:.1f} %) "
                     f"{o['rss_mb']:>6.0f} | {gj['wall']:>6.1f} {gj['rss_mb']:>4.0f} | {gg['wall']:>5.1f} "
                     f"{gg['rss_mb']:>4.0f}")
    lines += ["exports -f csv: " + "; ".join(
        f"{r['scale']}x " + ", ".join(f"{e} {r[f'{e}_csv']['wall']:.1f} s {r[f'{e}_csv']['rss_mb']:.0f} MB"
                                      for e in EXPORTS) for r in rows)]
    e, j1, j2, ga = first["extract"], first["ingest"], first["ingest_jobs2"], first["graph_json_all_topics"]
    lines += [
        f"1x: ingest CPU / extract CPU = {j1['cpu']:.1f} / {e['cpu']:.1f} = {j1['cpu'] / e['cpu']:.2f} (target <= 1.5)",
        f"1x: ingest --jobs 2 / --jobs 1 wall = {j2['wall']:.1f} / {j1['wall']:.1f} = {j2['wall'] / j1['wall']:.2f} "
        "(target <= 0.75)",
        f"1x: ingest --jobs 2: writing process {j2['self_cpu']:.1f} CPU s of {j2['cpu']:.1f}; with two free cores "
        f"its wall is about max({j2['self_cpu']:.1f}, {j2['cpu'] / 2:.1f}) / {j1['cpu']:.1f} = "
        f"{max(j2['self_cpu'], j2['cpu'] / 2) / j1['cpu']:.2f} of --jobs 1",
        f"1x: one new article / whole ingest = {100 * first['one_article']['wall'] / j1['wall']:.1f} % (target <= 5 %)",
        f"1x: graph -f json with every topic: {ga['wall']:.1f} s, {ga['rss_mb']:.0f} MB",
    ]
    if not at_million:
        lines.append("at 1 M articles: not extrapolated from one scale (run --scales 1,2,4,8 for the lines)")
        return "\n".join(lines)
    lines.append("at 1 M articles (straight lines through the scales): "
                 + ", ".join(f"{k} {'n/a' if math.isnan(v) else f'{v:.2f}'}" for k, v in at_million.items()))
    memory = {k: v for k, v in at_million.items() if k.endswith("rss_gb") and not math.isnan(v)}
    worst = max(memory, key=memory.get) if memory else None
    lines.append((f"what breaks first: the largest memory is {worst} at {memory[worst]:.1f} GB of {MACHINE_GB}; "
                  if worst else "what breaks first: no memory grew with the scale; ")
                 + f"the first ingest takes {_at(at_million['ingest_hours'], ' h')}, a daily article "
                 f"{_at(at_million['one_article_s'], ' s')}, the store {_at(at_million['disk_gb'], ' GB')} on disk")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--scales", default="1,2,4", help="Repetitions of the corpus, comma-separated (default 1,2,4).")
    ap.add_argument("--json", action="store_true", help="Print the measures as JSON too.")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
    if scales[0] != 1:
        print("--scales must start with 1 (the 1x extras and the ratios)", file=sys.stderr)
        return 1
    rows = []
    with tempfile.TemporaryDirectory(prefix="attribution-bench-") as tmp:
        for i, k in enumerate(scales):
            rows.append(measure_scale(args.corpus, k, Path(tmp), first=i == 0))
            print(f"{k}x done", file=sys.stderr, flush=True)
    at_million = extrapolate(rows)
    print(report(rows, at_million))
    if args.json:
        print(json.dumps({"scales": rows, "at_1M": at_million}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
