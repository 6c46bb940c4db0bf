#!/usr/bin/env python3
"""Regenerate the licence-free synthetic treebank and the tiny stanza tokenizer + MWT models.

The sentences are project-authored templates of Arabic reported speech (VSO, SVO, pro-drop,
quotes, بحسب, passive يذكر أن), written as UD v2 CoNLL-U with full trees, clitic groups as
multiword tokens (و+قال، ب+أن، أن+ه، س+توقع، ل+البلاد), ``SpaceAfter=No`` and ``# text``.
Nothing comes from a treebank, so the models carry no third-party licence.

    python scripts/train_tiny_stanza.py                 # write the CoNLL-U and train (~30 s, 2 cores)
    python scripts/train_tiny_stanza.py --conllu-only   # only tests/fixtures/synth/synth.conllu

Models land in an official-style layout that ``stanza.Pipeline(lang="ar", dir=...)`` and
``attribution.backends.stanza`` load with ``download_method=None``:
``tests/fixtures/synth/models/{resources.json, ar/tokenize/synth.pt, ar/mwt/synth.pt}``.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "synth"


class S:
    """A sentence under construction: tokens of words with named heads."""

    def __init__(self):
        self.tokens: list[tuple[str, list[dict], bool]] = []  # (surface, words, space_after)

    def tok(self, surface: str, *words: dict, space: bool = True) -> "S":
        self.tokens.append((surface, list(words), space))
        return self

    def word(self, form, lemma, upos, deprel, head, feats="_", name=None, space=True):
        return self.tok(form, w(form, lemma, upos, deprel, head, feats, name), space=space)

    def nospace(self) -> "S":
        s, ws, _ = self.tokens[-1]
        self.tokens[-1] = (s, ws, False)
        return self

    def conllu(self, sent_id: str) -> str:
        words = [x for _, ws, _ in self.tokens for x in ws]
        ids = {x["name"]: i for i, x in enumerate(words, 1) if x.get("name")}
        text = "".join(s + (" " if sp else "") for s, _, sp in self.tokens).strip()
        lines = [f"# sent_id = {sent_id}", f"# text = {text}"]
        n = 0
        for i, (surface, ws, sp) in enumerate(self.tokens):
            last = i == len(self.tokens) - 1
            misc = "_" if sp or last else "SpaceAfter=No"
            if len(ws) > 1:
                lines.append(f"{n + 1}-{n + len(ws)}\t{surface}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
            for x in ws:
                n += 1
                head = 0 if x["head"] is None else ids[x["head"]]
                lines.append("\t".join([str(n), x["form"], x["lemma"], x["upos"], "_", x["feats"],
                                        str(head), x["deprel"], "_", misc if len(ws) == 1 else "_"]))
        return "\n".join(lines) + "\n"


def w(form, lemma, upos, deprel, head, feats="_", name=None) -> dict:
    return {"form": form, "lemma": lemma, "upos": upos, "deprel": deprel, "head": head, "feats": feats, "name": name}


# --------------------------------------------------------------------------- lexical material

VERBS = [  # lemma, masc perfect, fem perfect, frame preposition
    ("قال", "قال", "قالت", None), ("أكد", "أكد", "أكدت", None), ("أوضح", "أوضح", "أوضحت", None),
    ("أضاف", "أضاف", "أضافت", None), ("أعلن", "أعلن", "أعلنت", None), ("ذكر", "ذكر", "ذكرت", None),
    ("أشار", "أشار", "أشارت", "إلى"), ("شدد", "شدد", "شددت", "على"), ("أفاد", "أفاد", "أفادت", "ب"),
]
SUBJECTS = [  # words (form, lemma, upos, deprel-within), gender
    ([("الوزير", "وزير", "NOUN")], "m"),
    ([("الوزيرة", "وزير", "NOUN")], "f"),
    ([("المتحدث", "متحدث", "NOUN"), ("باسم", None, None), ("الوزارة", "وزارة", "NOUN")], "m"),
    ([("رئيس", "رئيس", "NOUN"), ("الوزراء", "وزير", "NOUN")], "m"),
    ([("المتحدثة", "متحدث", "NOUN")], "f"),
    ([("الشركة", "شركة", "NOUN")], "f"),
    ([("وزير", "وزير", "NOUN"), ("الخارجية", "خارجية", "NOUN"), ("سامي", "سامي", "PROPN"), ("خليل", "خليل", "PROPN")], "m"),
    ([("المدير", "مدير", "NOUN"), ("العام", "عام", "ADJ")], "m"),
    ([("النائبة", "نائب", "NOUN"), ("ليلى", "ليلى", "PROPN"), ("حسن", "حسن", "PROPN")], "f"),
]
CLAUSES = ["ready", "arrived", "sign", "rise", "ongoing", "country"]
SOURCES = [[("مصادر", "مصدر", "NOUN"), ("مطلعة", "مطلع", "ADJ")], [("الوزارة", "وزارة", "NOUN")],
           [("وكالة", "وكالة", "NOUN"), ("الأنباء", "نبأ", "NOUN")]]
MASC = "Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act"
FEM = "Aspect=Perf|Gender=Fem|Number=Sing|Person=3|Voice=Act"


def add_subject(s: S, words, head: str, rel: str = "nsubj") -> None:
    """Add a subject noun phrase whose first word depends on ``head`` as ``rel``."""
    first = "subj"
    for i, (form, lemma, upos) in enumerate(words):
        if form == "باسم":  # ب + اسم: a concatenating clitic group
            s.tok("باسم", w("ب", "ب", "ADP", "case", "ism"), w("اسم", "اسم", "NOUN", "nmod", first, name="ism"))
            continue
        if i == 0:
            s.word(form, lemma, upos, rel, head, name=first)
        elif upos == "ADJ":
            s.word(form, lemma, upos, "amod", first)
        elif upos == "PROPN" and words[i - 1][2] == "PROPN":
            s.word(form, lemma, upos, "flat", "name")
        elif upos == "PROPN":
            s.word(form, lemma, upos, "appos", first, name="name")
        else:
            s.word(form, lemma, upos, "nmod", "ism" if words[i - 1][0] == "باسم" else first)


def add_clause(s: S, kind: str, head: str, rel: str, *, quoted: bool = False) -> None:
    """A small complement clause whose predicate depends on ``head``; its own words are named c*."""
    if kind == "ready":
        s.word("الاتفاق", "اتفاق", "NOUN", "nsubj", "cp").word("جاهز", "جاهز", "ADJ", rel, head, name="cp")
    elif kind == "arrived":
        s.word("الوفد", "وفد", "NOUN", "nsubj", "cp").word("وصل", "وصل", "VERB", rel, head, MASC, name="cp")
        s.word("إلى", "إلى", "ADP", "case", "cobl").word("العاصمة", "عاصمة", "NOUN", "obl", "cp", name="cobl")
    elif kind == "sign":
        s.word("الحكومة", "حكومة", "NOUN", "nsubj", "cp")
        s.tok("ستوقع", w("س", "س", "AUX", "aux", "cp"),
              w("توقع", "وقع", "VERB", rel, head, "Aspect=Imp|Gender=Fem|Number=Sing|Person=3", name="cp"))
        s.word("الاتفاق", "اتفاق", "NOUN", "obj", "cp").word("غدا", "غدا", "ADV", "advmod", "cp")
    elif kind == "rise":
        s.word("الأسعار", "سعر", "NOUN", "nsubj", "cp")
        s.tok("سترتفع", w("س", "س", "AUX", "aux", "cp"),
              w("ترتفع", "ارتفع", "VERB", rel, head, "Aspect=Imp|Gender=Fem|Number=Plur|Person=3", name="cp"))
    elif kind == "ongoing":
        s.word("المفاوضات", "مفاوضة", "NOUN", "nsubj", "cp").word("مستمرة", "مستمر", "ADJ", rel, head, name="cp")
    elif kind == "country":
        s.word("القرار", "قرار", "NOUN", "nsubj", "cp").word("مهم", "مهم", "ADJ", rel, head, name="cp")
        # ل + البلاد → للبلاد: the surface drops the alif, so the words do not concatenate
        s.tok("للبلاد", w("ل", "ل", "ADP", "case", "cb"), w("البلاد", "بلاد", "NOUN", "obl", "cp", name="cb"))


def sentences() -> list[tuple[str, S]]:
    """(pattern, sentence) pairs, deterministic."""
    rnd = random.Random(13)
    out: list[tuple[str, S]] = []
    combos = list(itertools.product(range(len(VERBS)), range(len(SUBJECTS)), range(len(CLAUSES))))
    rnd.shuffle(combos)
    for n, (vi, si, ci) in enumerate(combos[:160]):
        lemma, vm, vf, prep = VERBS[vi]
        subj, gender = SUBJECTS[si]
        verb = vf if gender == "f" else vm
        feats = FEM if gender == "f" else MASC
        pattern = ("vso", "svo", "prodrop", "direct", "anhu")[n % 5]
        s = S()
        waw = n % 2 == 0
        if pattern == "svo":
            add_subject(s, subj, "v")
            s.word(verb, lemma, "VERB", "root", None, feats, name="v")
        elif waw:
            s.tok("و" + verb, w("و", "و", "CCONJ", "cc", "v"), w(verb, lemma, "VERB", "root", None, feats, name="v"))
        else:
            s.word(verb, lemma, "VERB", "root", None, feats, name="v")
        if pattern in ("vso", "direct", "anhu"):
            add_subject(s, subj, "v")
        if pattern == "direct":
            s.nospace().word(":", ":", "PUNCT", "punct", "v")
            s.word("«", "«", "PUNCT", "punct", "cp").nospace()
            add_clause(s, CLAUSES[ci], "v", "ccomp")
            s.nospace().word("»", "»", "PUNCT", "punct", "cp").nospace()
        elif pattern == "anhu":
            # أن + ه: the pronoun is the subject of the complement (وأضاف أنه سيصل غدا)
            if prep == "ب":
                s.tok("بأنه", w("ب", "ب", "ADP", "case", "cp"), w("أن", "أن", "SCONJ", "mark", "cp"),
                      w("ه", "هو", "PRON", "nsubj", "cp"))
            else:
                if prep:
                    s.word(prep, prep, "ADP", "case", "cp")
                s.tok("أنه", w("أن", "أن", "SCONJ", "mark", "cp"), w("ه", "هو", "PRON", "nsubj", "cp"))
            s.tok("سيصل", w("س", "س", "AUX", "aux", "cp"),
                  w("يصل", "وصل", "VERB", "ccomp", "v", "Aspect=Imp|Gender=Masc|Number=Sing|Person=3", name="cp"))
            s.word("غدا", "غدا", "ADV", "advmod", "cp").nospace()
        else:
            if prep == "ب":
                s.tok("بأن", w("ب", "ب", "ADP", "case", "cp"), w("أن", "أن", "SCONJ", "mark", "cp"))
            else:
                if prep:
                    s.word(prep, prep, "ADP", "case", "cp")
                comp = "إن" if lemma == "قال" else "أن"
                s.word(comp, comp, "SCONJ", "mark", "cp")
            add_clause(s, CLAUSES[ci], "v", "ccomp")
            s.nospace()
        s.word(".", ".", "PUNCT", "punct", "v")
        out.append((pattern, s))
    # according to: «الأسعار سترتفع، بحسب مصادر مطلعة.»
    for n, (ci, src) in enumerate(itertools.product(range(len(CLAUSES)), range(len(SOURCES)))):
        s = S()
        add_clause(s, CLAUSES[ci], None, "root")
        s.nospace().word("،", "،", "PUNCT", "punct", "cp")
        s.tok("بحسب", w("ب", "ب", "ADP", "case", "src"), w("حسب", "حسب", "ADP", "case", "src"))
        words = SOURCES[src]
        s.word(words[0][0], words[0][1], words[0][2], "obl", "cp", name="src")
        for form, lemma, upos in words[1:]:
            s.word(form, lemma, upos, "amod" if upos == "ADJ" else "nmod", "src")
        s.nospace().word(".", ".", "PUNCT", "punct", "cp")
        out.append(("according", s))
    # impersonal passive: «ويذكر أن الاتفاق جاهز.»
    for n, ci in enumerate(CLAUSES * 3):
        s = S()
        verb, lemma = ("يذكر", "ذكر") if n % 2 == 0 else ("يشار", "أشار")
        feats = "Aspect=Imp|Gender=Masc|Number=Sing|Person=3|Voice=Pass"
        s.tok("و" + verb, w("و", "و", "CCONJ", "cc", "v"), w(verb, lemma, "VERB", "root", None, feats, name="v"))
        if lemma == "أشار":
            s.word("إلى", "إلى", "ADP", "case", "cp")
        s.word("أن", "أن", "SCONJ", "mark", "cp")
        add_clause(s, ci, "v", "csubj:pass")
        s.nospace().word(".", ".", "PUNCT", "punct", "v")
        out.append(("passive", s))
    # mixed quote: «وقال الوزير إن القرار "مهم للبلاد".»
    for n, si in enumerate(range(len(SUBJECTS))):
        subj, gender = SUBJECTS[si]
        s = S()
        verb = "قالت" if gender == "f" else "قال"
        s.tok("و" + verb, w("و", "و", "CCONJ", "cc", "v"),
              w(verb, "قال", "VERB", "root", None, FEM if gender == "f" else MASC, name="v"))
        add_subject(s, subj, "v")
        s.word("إن", "إن", "SCONJ", "mark", "cp").word("القرار", "قرار", "NOUN", "nsubj", "cp")
        s.word("«", "«", "PUNCT", "punct", "cp").nospace().word("مهم", "مهم", "ADJ", "ccomp", "v", name="cp")
        s.tok("للبلاد", w("ل", "ل", "ADP", "case", "cb"), w("البلاد", "بلاد", "NOUN", "obl", "cp", name="cb"))
        s.nospace().word("»", "»", "PUNCT", "punct", "cp").nospace().word(".", ".", "PUNCT", "punct", "v")
        out.append(("mixed", s))
    return out


def write_conllu(path: Path, per_doc: int = 4) -> int:
    """Write every sentence, ``per_doc`` to a ``# newdoc``; return the count."""
    sents = sentences()
    chunks = []
    for i, (pattern, s) in enumerate(sents):
        head = f"# newdoc id = synth-{i // per_doc + 1:03d}\n" if i % per_doc == 0 else ""
        chunks.append(head + f"# pattern = {pattern}\n" + s.conllu(f"synth-{i + 1:03d}"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(chunks) + "\n", encoding="utf-8")
    return len(sents)


RESOURCES = {"ar": {"lang_name": "Arabic",
                    "packages": {"default": {"tokenize": "synth", "mwt": "synth"}},
                    "default_processors": {"tokenize": "synth", "mwt": "synth"},
                    "tokenize": {"synth": {}}, "mwt": {"synth": {}}}}


def train(conllu: Path, models: Path, *, steps: int = 400) -> None:
    """Train the tiny tokenizer and MWT expander on ``conllu`` into an official-style layout."""
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tb = tmp / "ud" / "UD_Arabic-Synth"
        tb.mkdir(parents=True)
        text = conllu.read_text(encoding="utf-8")
        for split in ("train", "dev", "test"):
            (tb / f"ar_synth-ud-{split}.conllu").write_text(text, encoding="utf-8")
        env.update(UDBASE=str(tmp / "ud"), DATA_ROOT=str(tmp / "data"),
                   TOKENIZE_DATA_DIR=str(tmp / "data" / "tokenize"), MWT_DATA_DIR=str(tmp / "data" / "mwt"))
        py = sys.executable

        def run(*args):
            subprocess.run([py, "-m", *args], check=True, env=env, cwd=tmp)

        run("stanza.utils.datasets.prepare_tokenizer_treebank", "UD_Arabic-Synth")
        run("stanza.utils.datasets.prepare_mwt_treebank", "UD_Arabic-Synth")
        run("stanza.utils.training.run_tokenizer", "UD_Arabic-Synth", "--no_charlm", "--save_dir", str(tmp / "m"),
            "--steps", str(steps), "--eval_steps", str(steps), "--report_steps", "100",
            "--hidden_dim", "16", "--emb_dim", "16")
        run("stanza.utils.training.run_mwt", "UD_Arabic-Synth", "--save_dir", str(tmp / "m"),
            "--num_epoch", "3", "--hidden_dim", "16", "--emb_dim", "8")
        tok = sorted((tmp / "m").glob("*tokenizer*.pt"))
        mwt = sorted((tmp / "m").glob("*mwt*.pt"))
        if not tok or not mwt:
            raise SystemExit(f"training produced no model in {tmp / 'm'}: {list((tmp / 'm').iterdir())}")
        for proc, src in (("tokenize", tok[0]), ("mwt", mwt[0])):
            dst = models / "ar" / proc / "synth.pt"
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
    (models / "resources.json").write_text(json.dumps(RESOURCES, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="fixture folder (default: tests/fixtures/synth)")
    ap.add_argument("--conllu-only", action="store_true", help="write the CoNLL-U, do not train")
    ap.add_argument("--steps", type=int, default=400, help="tokenizer training steps (400 suffices)")
    args = ap.parse_args(argv)
    path = args.out / "synth.conllu"
    n = write_conllu(path)
    print(f"wrote {n} sentences to {path}")
    if not args.conllu_only:
        train(path, args.out / "models", steps=args.steps)
        for p in sorted((args.out / "models").rglob("*")):
            if p.is_file():
                print(f"{p.relative_to(args.out)}\t{p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
