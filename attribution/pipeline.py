"""Extraction entry points: a document in, resolved attribution records out.

Backends share everything after parsing: each produces :class:`~attribution.records.Candidate`
records and :func:`attribution.speakers.in_document.resolve_candidates` does the document-level part.

- ``rules``: the embedded default (no models): :mod:`attribution.backends.rules.engine`;
- ``stanza``: stanza's neural Arabic pipeline when its models are installed;
- a document read from CoNLL-U (``meta["conllu"]``) already has trees: with ``auto`` or
  ``stanza`` the dependency linker reads them directly;
- ``auto``: CoNLL-U trees if present, else stanza if its models are installed, else rules.
"""
from __future__ import annotations

import functools
import os
from dataclasses import replace

from attribution.errors import AttributionError
from attribution.lexicon.cues import Lexicon, default_lexicon
from attribution.text.normalize import NormalizedText, norm_word, normalize_text
from attribution.records import Attribution, Candidate, Document, Span
from attribution.speakers.in_document import resolve_candidates
from attribution.backends.rules import candidates as rule_candidates
from attribution.text.sentences import split_sentences

BACKENDS = ("auto", "rules", "stanza")
#: How participle cues (…، مضيفا أن …) are reported:
#: ``off`` (the default): participles are no cues; a participle continuing a report stays inside
#: that report's claim (وقال الوزير إن X، مضيفا أن Y → one record, claim «X، مضيفا أن Y»), and a
#: participle after a verb that reports nothing (وافتتح الوزير المعرض، مؤكدا أن…) gives no record;
#: ``fold``: the same, but a lone participle is a record of its own;
#: ``separate``: every participle is a record of its own, speaker carried from its sentence.
#: The default follows Universal Dependencies, which analyses the participle as a circumstantial
#: modifier (ADJ, xcomp) of its clause's verb, not a report of its own: UD-derived gold counts
#: finite reporting verbs only.
PARTICIPLES = ("off", "fold", "separate")
DEFAULT_PARTICIPLES = "off"


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
        from attribution.backends import stanza as stanza_backend
    except ImportError:
        return False
    return stanza_backend.available(models_dir)


def fold_participles(doc: Document, cands: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Fold a participle that continues a report of its sentence into that report.

    ``وقال الوزير إن الخطة جاهزة، مضيفا أن التمويل متوفر`` is one report whose content runs on:
    the participle adds to the minister's statement (UD trees attach it to قال as xcomp), so the
    record of قال keeps both parts in its claim.  A participle with no report before it in the
    sentence (وافتتح الوزير المعرض، مؤكدا أن…) stays a record of its own.
    """
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.cue.start):
        if _is_participle(c, lexicon):
            prev = next((p for p in reversed(out) if p.sentence == c.sentence and p.kind
                         not in ("according_to", "unattributed") and p.claim is not None), None)
            if prev is not None and c.claim is not None:
                end = max(prev.claim.end, c.claim.end)
                claim = Span.of(doc.text, prev.claim.start, end)
                kind = prev.kind
                if kind == "indirect" and any(q in claim.text for q in "«»“”\""):
                    kind = "mixed"
                out[out.index(prev)] = replace(prev, claim=claim, kind=kind)
                continue
        out.append(c)
    return out


def _is_participle(c: Candidate, lexicon: Lexicon) -> bool:
    form = lexicon.forms.get(norm_word(c.cue.text))
    return form is not None and form.aspect == "participle"


def extract_document(doc: Document, *, lexicon: Lexicon | None = None, backend: str = "rules",
                     participles: str = DEFAULT_PARTICIPLES) -> list[Attribution]:
    """Return the attributions of one document, in text order.

    ``participles`` (see :data:`PARTICIPLES`) says how …، مضيفا أن… cues are reported.

    >>> recs = extract_document(Document("d", "وقال الوزير إن الاتفاق جاهز."))
    >>> [(r.cue.text, r.speaker_name, r.claim.text) for r in recs]
    [('قال', 'الوزير', 'الاتفاق جاهز')]
    """
    if participles not in PARTICIPLES:
        raise AttributionError(f"unknown participles mode {participles!r}; choose one of {', '.join(PARTICIPLES)}")
    lex = lexicon or default_lexicon()
    which = _choose(doc, backend)
    nt = None
    if which == "rules":
        nt = normalize_text(doc.text)
        cands = rules_candidates(doc, lex, nt)
    elif which == "conllu":
        from attribution.io.conllu import parse_conllu
        from attribution.backends.deplink import link

        # the light tree reader keeps torch out of CoNLL-U extraction (stanza's import costs seconds)
        cands = link(doc, parse_conllu(doc, backend="light"), lexicon=lex)
    else:
        from attribution.backends import stanza as stanza_backend
        from attribution.backends.deplink import link

        cands = link(doc, stanza_backend.parse(doc, models_dir=os.environ.get("ATTRIBUTION_STANZA_DIR")),
                     lexicon=lex)
    if participles != "separate":
        cands = fold_participles(doc, cands, lex)
    if participles == "off":
        cands = [c for c in cands if not _is_participle(c, lex)]
    return resolve_candidates(doc, cands, lex, nt)
