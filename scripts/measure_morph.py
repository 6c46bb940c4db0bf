"""Measure whether the morphological analyser farahidi helps the rules tell a verb from a noun.

Issue 9. farahidi (pure Python, GPL, ships its lexicon and AlKhalil's in-context HMM) is no
dependency of `attribution`, base or optional: this script patches it in at run time, so the
package stays byte-identical without it.  Install it beside the package in a separate venv:

    python3 -m venv /tmp/farvenv && /tmp/farvenv/bin/pip install -e ".[test]" farahidi
    /tmp/farvenv/bin/python scripts/measure_morph.py quality                       # the rules alone
    /tmp/farvenv/bin/python scripts/measure_morph.py quality --points cue,verb_like,clause_verb
    /tmp/farvenv/bin/python scripts/measure_morph.py extract --points cue --shadow --log d.jsonl -- \
        ARTICLES.jsonl -f jsonl -o out.jsonl            # consult farahidi, keep the rules' answer, log disagreements

The three decision points where a part-of-speech guess is the question (``--points``):

- ``cue``: :func:`~attribution.backends.rules.cues.is_cue` accepted a reporting-verb form as a
  report; farahidi, reading the sentence in context, may say the word is a noun here (توقُّع
  "expectation", ذَكَر "male", تأكيد) and veto it;
- ``verb_like``: :func:`~attribution.backends.rules.subjects.bare_verb_like`, "can this word be the
  clause's verb?" (where a preverbal subject or a main clause's subject stops) is answered by
  farahidi's in-context part of speech of that word in the sentence;
- ``clause_verb``: the verb-shape tests of a relative clause glued to a noun phrase
  (``noun_phrase._bare_verb_shape``, ``_imperfect_shape``: «تقرير [اطلعت] عليه الصحيفة») likewise.

A word's part of speech in context is that of the lemma farahidi's HMM picks for it in its
stretch of the sentence (farahidi breaks sentences at . ! : ، ؟ ؛); an unanalysed word, or a
word written twice in one sentence with two parts of speech, leaves the rules' answer.  The
morphological analyses are cached per word form, the decoding per sentence.

``quality`` prints the yardsticks of ``scripts/quality.py`` and the CPU seconds of each run.
The measured result is in the README ("A morphological analyser").
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POINTS = ("cue", "verb_like", "clause_verb")
_SEPARATORS = frozenset(".!:،؟؛")  # where farahidi's decoder starts a new stretch
_ARABIC = re.compile("[\u0621-\u064a][\u0621-\u065f\u0670]*")

_state: dict = {"sent": None, "log": None, "shadow": False, "cache": {}}
_counts: dict[str, list[int]] = {}  # point → [calls, calls with an opinion, disagreements]


def _analyser():
    import farahidi  # noqa: PLC0415 (only here: the package never imports it)
    return farahidi._default_disambiguator()


_POS_OF_LEMMA: dict[str, dict[str, str | None]] = {}  # word form → lemma → its part of speech


def _lemma_pos(dis, form: str) -> dict[str, str | None]:
    got = _POS_OF_LEMMA.get(form)
    if got is None:
        got = {}
        for a in dis.analyzer._process_token(form):
            pos = {"فعل": "verb", "اسم": "noun", "حرف": "particle"}.get(a.morph.pos)
            got[a.lemma] = pos if got.get(a.lemma, pos) == pos else None
        _POS_OF_LEMMA[form] = got
    return got


def sentence_pos(sent) -> list[str | None]:
    """farahidi's in-context part of speech of each token of ``sent`` (None: no opinion)."""
    key = (sent.nt.original, sent.start, sent.end)
    got = _state["cache"].get(key)
    if got is not None:
        return got
    dis = _analyser()
    from farahidi import normalize as fn  # noqa: PLC0415
    out: list[str | None] = [None] * len(sent.toks)
    stretches: list[list[tuple[int, str]]] = [[]]
    for k, t in enumerate(sent.toks):
        if t.text in _SEPARATORS:
            stretches.append([])
            continue
        m = _ARABIC.fullmatch(sent.written(k).replace("ـ", ""))
        if m:
            stretches[-1].append((k, fn.correct_erreur(m.group())))
    for st in stretches:
        if not st:
            continue
        lemmas = dis.disambiguate_lemmas([w for _, w in st])
        for (k, w), lemma in zip(st, lemmas):
            out[k] = _lemma_pos(dis, w).get(lemma)
    if len(_state["cache"]) > 4096:
        _state["cache"].clear()
    _state["cache"][key] = out
    return out


def _word_pos(w: str) -> str | None:
    """The in-context part of speech of the normalised word ``w`` (or of و/ف + ``w``) in the
    sentence being read, when all its occurrences there agree."""
    sent = _state["sent"]
    if sent is None:
        return None
    pos = sentence_pos(sent)
    seen = {pos[k] for k, t in enumerate(sent.toks) if t.text == w or (t.text[:1] in "وف" and t.text[1:] == w)}
    return seen.pop() if len(seen) == 1 else None


def _decide(point: str, rules: bool, verb: bool | None, word: str) -> bool:
    c = _counts.setdefault(point, [0, 0, 0])
    c[0] += 1
    if verb is None:
        return rules
    c[1] += 1
    if verb != rules:
        c[2] += 1
        if _state["log"] is not None:
            sent = _state["sent"]
            text = sent.nt.original[slice(*sent.nt.original_span(sent.start, sent.end))] if sent else ""
            _state["log"].write(json.dumps({"point": point, "word": word, "rules": rules, "farahidi": verb,
                                            "sentence": text}, ensure_ascii=False) + "\n")
    return rules if _state["shadow"] else verb


def install(points: set[str]) -> None:
    """Patch the chosen decision points (and the sentence tracking they need) into the rules."""
    from attribution.backends.rules import cues, document, noun_phrase, subjects, verb  # noqa: PLC0415

    def tracking(fn):
        def wrapper(ctx, sent, *a):
            before, _state["sent"] = _state["sent"], sent
            try:
                return fn(ctx, sent, *a)
            finally:
                _state["sent"] = before
        return wrapper

    document.sentence_reports = tracking(document.sentence_reports)
    document._dropped = tracking(document._dropped)
    document._subject_of = tracking(document._subject_of)
    if "cue" in points:
        rules_is_cue = cues.is_cue

        def is_cue(ctx, sent, i, form):
            ok = rules_is_cue(ctx, sent, i, form)
            if not ok or form.aspect == "participle":
                return ok  # (veto only: other_sense also rejects verbs of another sense; a participle
                # is a noun by its form, the question is not asked of it)
            pos = sentence_pos(sent)[i]
            return _decide("cue", ok, None if pos is None else pos == "verb", sent.toks[i].text)
        verb.is_cue = is_cue
    if "verb_like" in points:
        rules_verb_like = subjects.bare_verb_like

        def bare_verb_like(ctx, w):
            ok = rules_verb_like(ctx, w)
            pos = _word_pos(w)
            return _decide("verb_like", ok, None if pos is None else pos == "verb", w)
        subjects.bare_verb_like = document.bare_verb_like = verb.bare_verb_like = bare_verb_like
    if "clause_verb" in points:
        for name in ("_bare_verb_shape", "_imperfect_shape"):
            rules_shape = getattr(noun_phrase, name)

            def shape(w, _rules=rules_shape):
                ok = _rules(w)
                pos = _word_pos(w)
                return _decide("clause_verb", ok, None if pos is None else pos == "verb", w)
            setattr(noun_phrase, name, shape)


def _extract(a: argparse.Namespace) -> int:
    points = set(filter(None, a.points.split(",")))
    if points - set(POINTS):
        sys.exit(f"unknown points: {', '.join(points - set(POINTS))} (choose from {', '.join(POINTS)})")
    if points:
        import importlib.util  # noqa: PLC0415
        if importlib.util.find_spec("farahidi") is None:
            sys.exit("farahidi is not installed here: pip install farahidi (in a venv of its own, see the top of this script)")
        install(points)
        _state["shadow"] = a.shadow
        _state["log"] = open(a.log, "a", encoding="utf-8") if a.log else None
    from attribution.cli import app  # noqa: PLC0415
    try:
        app(a.rest, standalone_mode=False)
    finally:
        if points:
            print("morph " + json.dumps(_counts), file=sys.stderr)
    return 0


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _quality(a: argparse.Namespace) -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    import quality  # noqa: PLC0415
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for name, (inp, gold, scorer) in quality._yardsticks(tmp).items():
            if a.only and name not in a.only:
                continue
            pred = tmp / f"{name}.pred.jsonl"
            cmd = [sys.executable, __file__, "extract", "--points", a.points] + (["--shadow"] if a.shadow else []) \
                + (["--log", a.log] if a.log else []) + ["--", str(inp), "-f", "jsonl", "-o", str(pred), "--quiet"]
            cpu = _cpu_children()
            run = subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True)
            cpu = _cpu_children() - cpu
            counts = next((ln[6:] for ln in run.stderr.splitlines() if ln.startswith("morph ")), "")
            out = subprocess.run([sys.executable, str(quality.TOOLS / scorer), str(gold), str(pred)]
                                 + (["-v"] if name in a.verbose else []), capture_output=True, text=True,
                                 check=True).stdout.rstrip("\n").splitlines()
            if name in a.verbose:
                print("\n".join(out[:-6]))
            summary = {}
            for line in out[-6:]:
                m = re.match(r"(.+?)\s*=?\s*([0-9./]+)$", line.strip())
                if m:
                    summary[m.group(1).strip(" =")] = m.group(2)
            f1 = summary.get("document attribution F1") or summary.get("attribution F1")
            rest = "; ".join(ln.strip() for ln in out[-6:-1])
            print(f"{name:11s} F1 {f1}   ({rest})  cpu {cpu:.1f}s {counts}", flush=True)
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("extract", "quality"):
        s = sub.add_parser(name)
        s.add_argument("--points", default="", help=f"comma-separated decision points: {', '.join(POINTS)}")
        s.add_argument("--shadow", action="store_true", help="consult farahidi but keep the rules' answers")
        s.add_argument("--log", help="append each disagreement to this JSONL file")
    sub.choices["extract"].add_argument("rest", nargs=argparse.REMAINDER, help="-- then `attribution extract` arguments")
    sub.choices["quality"].add_argument("-v", "--verbose", action="append", default=[])
    sub.choices["quality"].add_argument("--only", action="append", default=[])
    a = p.parse_args()
    if a.command == "extract":
        a.rest = ["extract"] + [x for x in a.rest if x != "--"]
        return _extract(a)
    return _quality(a)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
