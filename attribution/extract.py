"""Extraction entry points: a document in, resolved attribution records out.

Backends share everything after parsing: each produces :class:`~attribution.records.Candidate`
records and :func:`attribution.resolve.resolve_candidates` does the document-level part.

- ``rules``: the embedded default (no models): :mod:`attribution.rules`;
- ``stanza``: stanza's neural Arabic pipeline when its models are installed;
- a document read from CoNLL-U (``meta["conllu"]``) already has trees: with ``auto`` or
  ``stanza`` the dependency linker reads them directly;
- ``auto``: CoNLL-U trees if present, else stanza if its models are installed, else rules.
"""
from __future__ import annotations

import functools
import os

from attribution.errors import AttributionError
from attribution.lexicon import Lexicon, default_lexicon
from attribution.normalize import NormalizedText, normalize_text
from attribution.records import Attribution, Candidate, Document
from attribution.resolve import resolve_candidates
from attribution.rules import candidates as rule_candidates
from attribution.sentences import split_sentences

BACKENDS = ("auto", "rules", "stanza")


def rules_candidates(doc: Document, lexicon: Lexicon | None = None, nt: NormalizedText | None = None) -> list[Candidate]:
    """Candidates from the rules backend."""
    lex = lexicon or default_lexicon()
    nt = nt or normalize_text(doc.text)
    sents = [(s.start, s.end) for s in split_sentences(nt.text)]
    return rule_candidates(nt, sents, lex)


def _choose(doc: Document, backend: str) -> str:
    if backend not in BACKENDS:
        raise AttributionError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if doc.meta.get("conllu") and backend in ("auto", "stanza"):
        return "conllu"
    if backend == "auto":
        return "stanza" if _stanza_available(os.environ.get("ATTRIBUTION_STANZA_DIR")) else "rules"
    return backend


@functools.lru_cache(maxsize=8)
def _stanza_available(models_dir: str | None) -> bool:
    """Whether stanza and its Arabic models are installed (checked once per process and directory)."""
    try:
        from attribution import stanza_backend
    except ImportError:
        return False
    return stanza_backend.available(models_dir)


def extract_document(doc: Document, *, lexicon: Lexicon | None = None, backend: str = "rules") -> list[Attribution]:
    """Return the attributions of one document, in text order.

    >>> recs = extract_document(Document("d", "وقال الوزير إن الاتفاق جاهز."))
    >>> [(r.cue.text, r.speaker_name, r.claim.text) for r in recs]
    [('قال', 'الوزير', 'الاتفاق جاهز')]
    """
    lex = lexicon or default_lexicon()
    which = _choose(doc, backend)
    nt = None
    if which == "rules":
        nt = normalize_text(doc.text)
        cands = rules_candidates(doc, lex, nt)
    elif which == "conllu":
        from attribution.conllu import parse_conllu
        from attribution.deplink import link

        # the light tree reader keeps torch out of CoNLL-U extraction (stanza's import costs seconds)
        cands = link(doc, parse_conllu(doc, backend="light"), lexicon=lex)
    else:
        from attribution import stanza_backend
        from attribution.deplink import link

        cands = link(doc, stanza_backend.parse(doc, models_dir=os.environ.get("ATTRIBUTION_STANZA_DIR")),
                     lexicon=lex)
    return resolve_candidates(doc, cands, lex, nt)
