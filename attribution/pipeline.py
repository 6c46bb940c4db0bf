"""Extraction entry points: a document in, resolved attribution records out.

Backends share everything after parsing: each produces :class:`~attribution.records.Candidate`
records and :func:`attribution.speakers.in_document.resolve_candidates` does the document-level part.

- ``rules``: the embedded default (no models): :mod:`attribution.backends.rules`;
- ``stanza``: stanza's neural Arabic pipeline when its models are installed;
- a document read from CoNLL-U (``meta["conllu"]``) already has trees: with ``auto`` or
  ``stanza`` the dependency linker reads them directly;
- ``auto``: CoNLL-U trees if present, else stanza if its models are installed, else rules.

:func:`extract_many` is the one way to extract a corpus (``attribution extract`` and
``attribution ingest`` both use it): worker processes, input order kept, one failing article
reported and skipped.
"""
from __future__ import annotations

import functools
import os
from collections import deque
from dataclasses import replace
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from attribution.errors import AttributionError
from attribution.lexicon.cues import Lexicon, default_lexicon
from attribution.options import BACKENDS, DEFAULT_BACKEND, DEFAULT_PARTICIPLES, MODELS_ENV, PARTICIPLES
from attribution.text.normalize import NormalizedText, norm_word, normalize_text
from attribution.records import Attribution, Candidate, Document, Span, with_context
from attribution.speakers.in_document import resolve_candidates
from attribution.backends.rules import candidates as rule_candidates
from attribution.text.sentences import split_sentences


def rules_candidates(doc: Document, lexicon: Lexicon | None = None, nt: NormalizedText | None = None,
                     sentences: list[Span] | None = None) -> list[Candidate]:
    """Candidates from the rules backend (``sentences``: the split of ``nt.text``, when known)."""
    lex = lexicon or default_lexicon()
    nt = nt or normalize_text(doc.text)
    sents = [(s.start, s.end) for s in (sentences if sentences is not None else split_sentences(nt.text))]
    return rule_candidates(nt, sents, lex)


def _choose(doc: Document, backend: str) -> str:
    if backend not in BACKENDS:
        raise AttributionError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if doc.meta.get("conllu") and backend in ("auto", "stanza"):
        return "conllu"
    if backend == "auto":
        return "stanza" if _stanza_available(os.environ.get(MODELS_ENV)) else "rules"
    return backend


@functools.lru_cache(maxsize=8)
def _stanza_available(models_dir: str | None) -> bool:
    """Whether stanza and its Arabic models are installed (checked once per process and directory)."""
    from attribution.backends import stanza as stanza_backend

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
    """Return the attributions of one document, in text order, each with its context (the
    sentences holding its claim and cue, :func:`attribution.records.with_context`).

    ``participles`` (see :data:`attribution.options.PARTICIPLES`) says how …، مضيفا أن… cues are reported.

    >>> recs = extract_document(Document("d", "وقال الوزير إن الاتفاق جاهز."))
    >>> [(r.cue.text, r.speaker_name, r.claim.text) for r in recs]
    [('قال', 'الوزير', 'الاتفاق جاهز')]
    """
    if participles not in PARTICIPLES:
        raise AttributionError(f"unknown participles mode {participles!r}; choose one of {', '.join(PARTICIPLES)}")
    lex = lexicon or default_lexicon()
    which = _choose(doc, backend)
    nt = normalize_text(doc.text)
    sentences = split_sentences(nt.text)
    if which == "rules":
        cands = rules_candidates(doc, lex, nt, sentences)
    elif which == "conllu":
        from attribution.io.conllu import parse_conllu
        from attribution.backends.deplink import link

        # the light tree reader keeps torch out of CoNLL-U extraction (stanza's import costs seconds)
        cands = link(doc, parse_conllu(doc, backend="light"), lexicon=lex)
    else:
        from attribution.backends import stanza as stanza_backend
        from attribution.backends.deplink import link

        cands = link(doc, stanza_backend.parse(doc, models_dir=os.environ.get(MODELS_ENV)),
                     lexicon=lex)
    if participles != "separate":
        cands = fold_participles(doc, cands, lex)
    if participles == "off":
        cands = [c for c in cands if not _is_participle(c, lex)]
    records = resolve_candidates(doc, cands, lex, nt if which == "rules" else None)
    if not records:
        return records
    return with_context(records, doc.text, [nt.original_span(s.start, s.end) for s in sentences])


# --------------------------------------------------------------------------- many documents

#: Receives one line per document the extractor failed on (``"<doc_id>: extraction failed …"``).
OnError = Callable[[str], None]
_Outcome = tuple[list[Attribution] | None, str | None]


def extract_many(docs: Iterable[Document], *, lexicon: Lexicon | None = None, backend: str = DEFAULT_BACKEND,
                 participles: str = DEFAULT_PARTICIPLES, jobs: int = 1, on_error: OnError | None = None,
                 chunksize: int = 8, then: Callable[[Document, list[Attribution]], Any] | None = None,
                 ) -> Iterator[tuple[Document, Any]]:
    """Extract every document, yielding ``(document, records)`` in input order — or
    ``(document, then(document, records))``: ``then`` (picklable) runs where the document was
    extracted, in the worker with ``jobs > 1`` (the store prepares its rows so).

    ``jobs > 1`` spreads documents over that many processes (the lexicon reaches each once);
    at most a few chunks are in flight, so a large corpus is never held in memory.  A document
    on which the extractor crashes is reported through ``on_error`` and skipped;
    :class:`AttributionError` (unavailable backend, bad lexicon) stops the run.

    >>> docs = [Document("a", "وقال الوزير إن الاتفاق جاهز."), Document("b", "لا شيء هنا.")]
    >>> [(doc.doc_id, len(records)) for doc, records in extract_many(docs, backend="rules")]
    [('a', 1), ('b', 0)]
    """
    report = on_error or (lambda message: None)
    if jobs <= 1:
        return _extract_here(docs, lexicon, backend, participles, report, then)
    return _extract_in_workers(docs, lexicon, backend, participles, report, jobs, chunksize, then)


def _extract_one(doc: Document, lexicon: Lexicon | None, backend: str, participles: str,
                 then: Callable | None = None) -> _Outcome:
    """Records of one document, or a warning when the extractor failed on it (a bug, not bad input).

    AttributionError (a backend that cannot run, a bad lexicon) is not per document: it propagates.
    """
    try:
        records = list(extract_document(doc, lexicon=lexicon, backend=backend, participles=participles))
        return (records if then is None else then(doc, records)), None
    except AttributionError:
        raise
    except Exception as e:  # one odd article must not end a run over thousands
        return None, f"{doc.doc_id}: extraction failed ({type(e).__name__}: {e}); skipped"


def _extract_here(docs: Iterable[Document], lexicon: Lexicon | None, backend: str, participles: str,
                  report: OnError, then: Callable | None) -> Iterator[tuple[Document, Any]]:
    for doc in docs:
        records, problem = _extract_one(doc, lexicon, backend, participles, then)
        if problem:
            report(problem)
        else:
            yield doc, records


_WORKER: dict[str, Any] = {}


def _init_worker(lexicon: Lexicon | None, backend: str, participles: str, then: Callable | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: no worker tracebacks
    _WORKER.update(lexicon=lexicon, backend=backend, participles=participles, then=then)


def _work_chunk(chunk: list[tuple[str, str, dict]]) -> list[_Outcome] | AttributionError:
    out = []
    for doc_id, text, meta in chunk:
        try:
            out.append(_extract_one(Document(doc_id, text, meta), _WORKER["lexicon"], _WORKER["backend"],
                                    _WORKER["participles"], _WORKER["then"]))
        except AttributionError as e:
            return e
    return out


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def _extract_in_workers(docs: Iterable[Document], lexicon: Lexicon | None, backend: str, participles: str,
                        report: OnError, jobs: int, chunksize: int, then: Callable | None) -> Iterator[tuple[Document, Any]]:
    import multiprocessing

    pool = multiprocessing.get_context().Pool(jobs, initializer=_init_worker,
                                               initargs=(lexicon, backend, participles, then))
    pending: deque = deque()

    def drain_one() -> Iterator[tuple[Document, list[Attribution]]]:
        chunk, result = pending.popleft()
        outcome = result.get()
        if isinstance(outcome, AttributionError):
            raise outcome
        for doc, (records, problem) in zip(chunk, outcome):
            if problem:
                report(problem)
            else:
                yield doc, records

    try:
        for chunk in _chunks(docs, chunksize):
            payload = [(d.doc_id, d.text, dict(d.meta)) for d in chunk]
            pending.append((chunk, pool.apply_async(_work_chunk, (payload,))))
            while len(pending) >= 4 * jobs:
                yield from drain_one()
        while pending:
            yield from drain_one()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
