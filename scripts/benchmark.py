"""Throughput and memory of readers + extractor over a corpus (not a test; nothing is timed in CI).

    python scripts/benchmark.py [CORPUS] [--limit N] [--jobs N] [--backend rules] [--json]

CORPUS defaults to ../shared/corpora/saudinewsnet/articles.jsonl (5,996 articles).  Prints
articles/s, characters/s, attributions per article, the share of attributions with a named
speaker, and peak memory (``resource.getrusage`` maxrss) at 25/50/75/100% of the corpus, so
one can see that memory stays flat while the corpus streams through.  The total also gives
articles per CPU second, which a busy (shared) machine disturbs less than the wall-clock rate.  The engine's target is
>= 500 articles/s on one process with the rules backend.
"""
from __future__ import annotations

import argparse
import json
import math
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "articles.jsonl"


def peak_mib() -> float:
    """Peak resident memory of this process and its finished workers, in MiB (Linux: KiB units)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kib_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024  # macOS reports bytes
    return max(kib, kib_children) * scale


def _children_cpu() -> float:
    """CPU seconds of finished worker processes (--jobs)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def count_documents(path: Path) -> int:
    """A cheap upper estimate of the number of articles, to place the 25/50/75% checkpoints."""
    from attribution.io.readers import iter_input_files

    if path.is_dir():
        return sum(count_documents(p) for p in iter_input_files(path))
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".csv", ".tsv"):
        with open(path, "rb") as f:
            n = sum(1 for line in f if line.strip())
        return n - 1 if suffix in (".csv", ".tsv") else n
    return 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="file or folder (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="stop after N articles")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--backend", default="rules", help="auto, rules or stanza (default rules)")
    ap.add_argument("--text-field", default=None)
    ap.add_argument("--json", action="store_true", help="also print the summary as one JSON line")
    args = ap.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"error: {corpus}: no such file or folder", file=sys.stderr)
        return 1

    from itertools import islice

    from attribution.pipeline import extract_many
    from attribution.io.readers import read_documents

    problems: list[str] = []
    total = count_documents(corpus)
    if args.limit is not None:
        total = min(total, args.limit)
    checkpoints = {max(1, math.ceil(total * q / 4)): q * 25 for q in (1, 2, 3, 4)}

    # Reading alone, to separate the readers' cost from the extractor's.
    t = time.perf_counter()
    n_read = chars_read = 0
    for doc in islice(read_documents([corpus], text_field=args.text_field, on_error=problems.append),
                      args.limit):
        n_read += 1
        chars_read += len(doc.text)
    read_s = time.perf_counter() - t

    print(f"corpus: {corpus} ({total:,} articles expected), backend={args.backend}, jobs={args.jobs}")
    print(f"reading only: {n_read:,} articles, {chars_read:,} chars in {read_s:.2f} s "
          f"({n_read / read_s:,.0f} articles/s)" if read_s else "reading only: nothing read")
    print(f"{'done':>6} {'articles':>9} {'art/s':>8} {'chars/s':>11} {'attr/art':>9} {'named':>6} {'peak MiB':>9}")

    docs = read_documents([corpus], text_field=args.text_field, on_error=problems.append)
    if args.limit is not None:
        docs = islice(docs, args.limit)
    n = chars = n_attr = n_named = with_attr = 0
    rows = []
    start = time.perf_counter()
    cpu_start = time.process_time()
    first_doc_s = None
    for doc, records in extract_many(docs, backend=args.backend, jobs=args.jobs, on_error=problems.append):
        if first_doc_s is None:
            first_doc_s = time.perf_counter() - start
        n += 1
        chars += len(doc.text)
        n_attr += len(records)
        n_named += sum(1 for r in records if r.speaker_name)
        with_attr += bool(records)
        if n in checkpoints:
            el = time.perf_counter() - start
            row = {"percent": checkpoints[n], "articles": n, "articles_per_s": n / el,
                   "chars_per_s": chars / el, "attributions_per_article": n_attr / n,
                   "named_share": n_named / n_attr if n_attr else 0.0, "peak_mib": peak_mib()}
            rows.append(row)
            print(f"{row['percent']:>5}% {n:>9,} {row['articles_per_s']:>8,.0f} {row['chars_per_s']:>11,.0f} "
                  f"{row['attributions_per_article']:>9.2f} {row['named_share']:>6.1%} {row['peak_mib']:>9.1f}")
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start + _children_cpu()
    if not n:
        print("error: no article was processed", file=sys.stderr)
        for p in problems[:10]:
            print(f"  {p}", file=sys.stderr)
        return 1
    summary = {
        "corpus": str(corpus), "backend": args.backend, "jobs": args.jobs, "articles": n,
        "characters": chars, "seconds": round(elapsed, 3), "first_article_s": round(first_doc_s or 0, 3),
        "articles_per_s": round(n / elapsed, 1), "chars_per_s": round(chars / elapsed),
        "cpu_s": round(cpu, 3), "articles_per_cpu_s": round(n / cpu, 1) if cpu else None,
        "attributions": n_attr, "attributions_per_article": round(n_attr / n, 3),
        "named_speaker_share": round(n_named / n_attr, 3) if n_attr else 0.0,
        "articles_with_attribution": round(with_attr / n, 3),
        "peak_mib": round(peak_mib(), 1), "problems": len(problems),
    }
    print(f"total: {n:,} articles, {chars:,} chars in {elapsed:.2f} s (first article after "
          f"{summary['first_article_s']:.2f} s): {summary['articles_per_s']:,.0f} articles/s, "
          f"{summary['chars_per_s']:,} chars/s ({summary['articles_per_cpu_s']:,.0f} articles per CPU "
          f"second, {cpu:.1f} CPU s: the wall-clock rate drops on a busy machine); {n_attr:,} attributions "
          f"({summary['attributions_per_article']:.2f}/article, {summary['named_speaker_share']:.1%} with a "
          f"named speaker, {summary['articles_with_attribution']:.1%} of articles with one); "
          f"peak {summary['peak_mib']:.1f} MiB; {len(problems)} input problems")
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
