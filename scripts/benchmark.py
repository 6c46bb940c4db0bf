"""Throughput and memory of readers + extractor over a corpus (not a test; nothing is timed in CI).

    python scripts/benchmark.py [CORPUS] [--limit N] [--jobs N] [--backend rules] [--json]
                                [--baseline sentencex] [--profile]

CORPUS defaults to ../shared/corpora/saudinewsnet/articles.jsonl (5,996 articles).  Prints
articles/s, characters/s, attributions per article, the share of attributions with a named
speaker, and peak memory (``resource.getrusage`` maxrss) at 25/50/75/100% of the corpus, so
one can see that memory stays flat while the corpus streams through.  The total also gives
articles per CPU second, which a busy (shared) machine disturbs less than the wall-clock rate.  The engine's target is
>= 500 articles/s on one process with the rules backend.

``--baseline sentencex`` also times ``sentencex.segment("ar", text)`` over the same texts in the
same run (sentencex is no dependency of the package: install it to measure) and prints the
ratio extract CPU / baseline CPU, a speed figure that a faster or slower machine leaves alone.
``--profile`` runs the extraction once more, through the JSONL writer, and prints the share of
CPU of each pipeline stage (read/normalise, split, tokenise, cues+rules, in-document
resolution, mention index, context, output).
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
BASELINES = ("sentencex",)


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


def _documents(args: argparse.Namespace, problems: list[str] | None = None):
    from itertools import islice

    from attribution.io.readers import read_documents

    docs = read_documents([Path(args.corpus)], text_field=args.text_field,
                          on_error=(problems.append if problems is not None else lambda p: None))
    return islice(docs, args.limit) if args.limit is not None else docs


def _read_only(args: argparse.Namespace, total: int) -> None:
    """Reading alone, to separate the readers' cost from the extractor's."""
    t = time.perf_counter()
    n_read = chars_read = 0
    for doc in _documents(args):
        n_read += 1
        chars_read += len(doc.text)
    read_s = time.perf_counter() - t
    print(f"corpus: {args.corpus} ({total:,} articles expected), backend={args.backend}, jobs={args.jobs}")
    print(f"reading only: {n_read:,} articles, {chars_read:,} chars in {read_s:.2f} s "
          f"({n_read / read_s:,.0f} articles/s)" if read_s else "reading only: nothing read")


def _extract(args: argparse.Namespace, total: int, problems: list[str]) -> dict | None:
    """Extract the corpus, printing the checkpoints; the summary (``None`` when nothing was processed)."""
    from attribution.pipeline import extract_many

    checkpoints = {max(1, math.ceil(total * q / 4)): q * 25 for q in (1, 2, 3, 4)}
    print(f"{'done':>6} {'articles':>9} {'art/s':>8} {'chars/s':>11} {'attr/art':>9} {'named':>6} {'peak MiB':>9}")
    n = chars = n_attr = n_named = with_attr = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    first_doc_s = None
    for doc, records in extract_many(_documents(args, problems), backend=args.backend, jobs=args.jobs,
                                     on_error=problems.append):
        if first_doc_s is None:
            first_doc_s = time.perf_counter() - start
        n += 1
        chars += len(doc.text)
        n_attr += len(records)
        n_named += sum(1 for r in records if r.speaker_name)
        with_attr += bool(records)
        if n in checkpoints:
            el = time.perf_counter() - start
            print(f"{checkpoints[n]:>5}% {n:>9,} {n / el:>8,.0f} {chars / el:>11,.0f} {n_attr / n:>9.2f} "
                  f"{(n_named / n_attr if n_attr else 0.0):>6.1%} {peak_mib():>9.1f}")
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start + _children_cpu()
    if not n:
        return None
    return {
        "corpus": str(args.corpus), "backend": args.backend, "jobs": args.jobs, "articles": n,
        "characters": chars, "seconds": round(elapsed, 3), "first_article_s": round(first_doc_s or 0, 3),
        "articles_per_s": round(n / elapsed, 1), "chars_per_s": round(chars / elapsed),
        "cpu_s": round(cpu, 3), "articles_per_cpu_s": round(n / cpu, 1) if cpu else None,
        "attributions": n_attr, "attributions_per_article": round(n_attr / n, 3),
        "named_speaker_share": round(n_named / n_attr, 3) if n_attr else 0.0,
        "articles_with_attribution": round(with_attr / n, 3),
        "peak_mib": round(peak_mib(), 1), "problems": len(problems),
    }


def _print_total(s: dict) -> None:
    print(f"total: {s['articles']:,} articles, {s['characters']:,} chars in {s['seconds']:.2f} s (first article "
          f"after {s['first_article_s']:.2f} s): {s['articles_per_s']:,.0f} articles/s, {s['chars_per_s']:,} "
          f"chars/s ({s['articles_per_cpu_s']:,.0f} articles per CPU second, {s['cpu_s']:.1f} CPU s: the "
          f"wall-clock rate drops on a busy machine); {s['attributions']:,} attributions "
          f"({s['attributions_per_article']:.2f}/article, {s['named_speaker_share']:.1%} with a named speaker, "
          f"{s['articles_with_attribution']:.1%} of articles with one); peak {s['peak_mib']:.1f} MiB; "
          f"{s['problems']} input problems")


def baseline_cpu(args: argparse.Namespace) -> float:
    """CPU seconds of sentencex's Arabic sentence split over the same texts (reading not counted).

    Raises SystemExit with a message saying how to install it when sentencex is missing.
    """
    try:
        import sentencex
    except ImportError:
        raise SystemExit("error: --baseline sentencex needs sentencex, which is no dependency of attribution: "
                         "pip install sentencex (into this environment), or leave out --baseline") from None
    sentencex.segment("ar", "قال الوزير. نعم.")  # its first call loads its rules: not the split's cost
    cpu = 0.0
    for doc in _documents(args):
        t = time.process_time()
        sentencex.segment("ar", doc.text)
        cpu += time.process_time() - t
    return cpu


# --------------------------------------------------------------------------- stage profile

#: (stage, module, function or Class.method): each one's CPU counts for its stage, less that of the stages it
#: calls; ``read/normalise`` also takes the reader's own time, ``output`` the writer's.
STAGES = (
    ("read/normalise", "attribution.pipeline", "normalize_text"),
    ("split", "attribution.pipeline", "split_sentences"),
    ("tokenise", "attribution.backends.rules.context", "tokens"),
    # (one tokenisation of the document, read by the rules and the mention index; a sentence's slice)
    ("tokenise", "attribution.backends.rules.document", "document_tokens"),
    ("tokenise", "attribution.speakers.in_document", "document_tokens"),
    ("tokenise", "attribution.backends.rules.document", "sentence_tokens"),
    ("cues+rules", "attribution.pipeline", "rules_candidates"),
    ("in-document resolution", "attribution.pipeline", "resolve_candidates"),
    ("mention index", "attribution.speakers.in_document", "mention_index"),
    ("mention index", "attribution.speakers.in_document", "_MentionIndex.__init__"),
    ("mention index", "attribution.speakers.in_document", "_MentionIndex.all"),
    ("mention index", "attribution.speakers.in_document", "_MentionIndex.at"),
    ("context", "attribution.pipeline", "with_context"),
    ("other extraction", "attribution.pipeline", "extract_document"),
)
STAGE_ORDER = ("read/normalise", "split", "tokenise", "cues+rules", "in-document resolution", "mention index",
               "context", "other extraction", "output")


class _StageClock:
    """Exclusive CPU nanoseconds per stage: a stage called inside another is taken out of it."""

    def __init__(self) -> None:
        self.ns = dict.fromkeys(STAGE_ORDER, 0)
        self._inner: list[int] = []  # per open stage, the CPU of the stages it called

    def timed(self, stage: str, fn):
        import functools

        @functools.wraps(fn)
        def run(*a, **kw):
            t0 = time.process_time_ns()
            self._inner.append(0)
            try:
                return fn(*a, **kw)
            finally:
                spent = time.process_time_ns() - t0
                self.ns[stage] += spent - self._inner.pop()
                if self._inner:
                    self._inner[-1] += spent
        return run

    def timed_iter(self, stage: str, it):
        it = iter(it)
        step = self.timed(stage, lambda: next(it, _END))
        while (x := step()) is not _END:
            yield x


_END = object()


def profile_stages(documents, backend: str = "rules") -> dict[str, float]:
    """Extract ``documents()`` once more through the JSONL writer (to a temporary file) and print
    the share of CPU of each stage; return the shares."""
    import importlib
    import tempfile

    from attribution.io.output import record_row, write_rows
    from attribution.pipeline import extract_many

    clock = _StageClock()
    patched = []
    for stage, module, dotted in STAGES:
        owner = importlib.import_module(module)  # the module, or the class of a method (Class.method)
        *path, name = dotted.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        if owner is not None and hasattr(owner, name):
            patched.append((owner, name, getattr(owner, name)))
            setattr(owner, name, clock.timed(stage, getattr(owner, name)))
    write = clock.timed("output", write_rows)
    pairs = extract_many(clock.timed_iter("read/normalise", documents()), backend=backend, jobs=1)
    t0 = time.process_time_ns()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            write((record_row(r, doc.meta) for doc, records in pairs for r in records), fmt="jsonl",
                  out=Path(tmp) / "claims.jsonl")
    finally:
        for owner, name, fn in reversed(patched):
            setattr(owner, name, fn)
    total = time.process_time_ns() - t0
    shares = {stage: clock.ns[stage] / total for stage in STAGE_ORDER}
    print(f"profile: {total / 1e9:.2f} CPU s through the JSONL writer (timers included)")
    for stage in STAGE_ORDER:
        print(f"  {stage:<24} {clock.ns[stage] / 1e9:7.2f} s {shares[stage]:6.1%}")
    return {k: round(v, 4) for k, v in shares.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="file or folder (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="stop after N articles")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--backend", default="rules", help="auto, rules or stanza (default rules)")
    ap.add_argument("--text-field", default=None)
    ap.add_argument("--json", action="store_true", help="also print the summary as one JSON line")
    ap.add_argument("--baseline", choices=BASELINES, default=None,
                    help="also time this sentence splitter over the same texts and print extract CPU / its CPU")
    ap.add_argument("--profile", action="store_true", help="print the share of CPU of each pipeline stage")
    args = ap.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"error: {corpus}: no such file or folder", file=sys.stderr)
        return 1
    total = count_documents(corpus)
    if args.limit is not None:
        total = min(total, args.limit)
    problems: list[str] = []
    _read_only(args, total)
    summary = _extract(args, total, problems)
    if summary is None:
        print("error: no article was processed", file=sys.stderr)
        for p in problems[:10]:
            print(f"  {p}", file=sys.stderr)
        return 1
    _print_total(summary)
    if args.baseline:
        base = baseline_cpu(args)
        summary.update(baseline=args.baseline, baseline_cpu_s=round(base, 3),
                       ratio=round(summary["cpu_s"] / base, 1) if base else None)
        print(f"baseline: {args.baseline} split of the same {summary['articles']:,} texts in {base:.2f} CPU s; "
              f"extract / {args.baseline} = {summary['ratio']}x CPU (reading included in extract)")
    if args.profile:
        summary["stages"] = profile_stages(lambda: _documents(args), backend=args.backend)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
