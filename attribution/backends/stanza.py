"""The stanza backend: raw text → tokens, lemmas and a dependency parse, offline.

Nothing here imports stanza or torch at module import time, so ``attribution --help`` and the
rules path stay light; :func:`parse` imports them on first use.  Models are never downloaded
implicitly: the Pipeline is built with ``download_method=None`` from an explicit directory
(``attribution models download`` fetches them once, on purpose).

Models directory, first match wins: the ``models_dir`` argument, ``$ATTRIBUTION_STANZA_DIR``,
``$STANZA_RESOURCES_DIR``, stanza's own default (``~/.cache/stanza/<version>/resources``).
"""
from __future__ import annotations

import importlib.util
import json
import logging
import os
import threading
from pathlib import Path

from attribution.errors import BackendUnavailable
from attribution.records import Document

__all__ = ["available", "parse", "resolve_models_dir", "installed_processors", "stanza_version",
           "INSTALL_HINT", "PROCESSORS"]

INSTALL_HINT = 'stanza is not installed: pip install -e ".[stanza]" (install torch==2.13.0 CPU first)'
#: Processors the linker can use, in pipeline order (ner only when installed).
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
#: Needed for :func:`available`: without a parser the linker has nothing to read.
REQUIRED = ("tokenize", "depparse")

_LOCK = threading.RLock()
_PIPELINES: dict[tuple, object] = {}


def stanza_version() -> str | None:
    """The installed stanza version, without importing stanza."""
    if importlib.util.find_spec("stanza") is None:
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("stanza")
    except PackageNotFoundError:  # pragma: no cover - a source checkout on sys.path
        return "unknown"


def _default_dir() -> Path:
    ver = stanza_version() or "1.15.0"
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("stanza", "StanfordNLP", ver)) / "resources"
    except ImportError:
        return Path.home() / ".cache" / "stanza" / ver / "resources"


def resolve_models_dir(models_dir: str | os.PathLike | None = None) -> Path:
    """Where the Arabic models are looked for (explicit, env vars, then stanza's default)."""
    for cand in (models_dir, os.environ.get("ATTRIBUTION_STANZA_DIR"), os.environ.get("STANZA_RESOURCES_DIR")):
        if cand:
            return Path(cand).expanduser()
    return _default_dir()


def _resources(root: Path) -> dict:
    try:
        return json.loads((root / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def installed_processors(models_dir: str | os.PathLike | None = None) -> dict[str, list[Path]]:
    """Arabic processors found on disk: name → model files (``lemma`` may be rule-based: no file)."""
    root = resolve_models_dir(models_dir)
    ar = _resources(root).get("ar", {})
    default = ar.get("default_processors") or (ar.get("packages", {}) or {}).get("default") or {}
    if isinstance(default, list):
        default = {p: None for p in default}
    found: dict[str, list[Path]] = {}
    for proc in PROCESSORS:
        folder = root / "ar" / proc
        files = sorted(folder.glob("*.pt")) if folder.is_dir() else []
        # a rule-based lemmatiser ("identity") has no model file
        if files or (proc == "lemma" and default.get(proc) == "identity"):
            found[proc] = files
    return found


def available(models_dir: str | None = None) -> bool:
    """True when stanza is importable and a parser for Arabic is on disk (imports nothing heavy)."""
    if importlib.util.find_spec("stanza") is None or importlib.util.find_spec("torch") is None:
        return False
    root = resolve_models_dir(models_dir)
    if not (root / "resources.json").is_file():
        return False
    procs = installed_processors(root)
    return all(p in procs for p in REQUIRED)


def _missing_models(root: Path, why: str) -> BackendUnavailable:
    return BackendUnavailable(
        f"Arabic stanza models not found in {root} ({why}); run: attribution models download "
        f"(or pass --models-dir / set ATTRIBUTION_STANZA_DIR to a copy of them)")


def _pipeline(root: Path, processors: tuple[str, ...]):
    key = (str(root), processors)
    with _LOCK:
        nlp = _PIPELINES.get(key)
        if nlp is not None:
            return nlp
        try:
            import torch
            import stanza
        except ImportError as e:
            raise BackendUnavailable(INSTALL_HINT) from e
        # one thread per process: two 2-thread torch processes on 2 cores ran 136x slower
        torch.set_num_threads(1)
        logging.getLogger("stanza").setLevel(logging.WARNING)
        try:
            nlp = stanza.Pipeline(
                lang="ar", dir=str(root), processors=",".join(processors), download_method=None,
                logging_level="WARN", tokenize_no_ssplit=True, use_gpu=torch.cuda.is_available())
        except FileNotFoundError as e:  # ResourcesFileNotFound, LanguageNotDownloaded, UnsupportedProcessor
            if "ner" in processors:
                # NER only hints speaker types: a broken or unlisted NER model must not cost the parse
                nlp = _pipeline(root, tuple(p for p in processors if p != "ner"))
                _PIPELINES[key] = nlp
                return nlp
            raise _missing_models(root, str(e).splitlines()[0][:200]) from e
        except Exception as e:  # noqa: BLE001 - a network attempt or a corrupt model: say which
            if e.__class__.__name__ in ("ConnectionError", "HTTPError", "NameResolutionError"):
                raise _missing_models(root, "stanza tried the network") from e
            raise
        # Pipeline(logging_level=) only holds during construction (stanza 1.15)
        logging.getLogger("stanza").setLevel(logging.WARNING)
        _PIPELINES[key] = nlp
        return nlp


# Harakat, tatweel, Quranic marks and invisible controls: the models were trained on bare
# text, and a vocalised word (قالَ) tokenises worse than قال.  Dropped from the view that stanza
# sees; offsets are mapped back through ``origin``.
_DROP = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)] + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u061c", "\ufeff"] + [chr(c) for c in range(0x06D6, 0x06EE)]
    + [chr(c) for c in range(0x200B, 0x2010)] + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)])


def _view(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The text stanza parses (sentences joined by blank lines, marks dropped) and its origin map."""
    out: list[str] = []
    origin: list[int] = []
    for n, (s, e) in enumerate(spans):
        if n:
            out.append("\n\n")
            origin += [s, s]
        for i in range(s, e):
            ch = text[i]
            if ch in _DROP:
                continue
            out.append(ch if ch not in "\r\n" else " ")
            origin.append(i)
    origin.append(spans[-1][1] if spans else 0)
    return "".join(out), origin


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    from attribution.text.sentences import split_sentences

    return [(sp.start, sp.end) for sp in split_sentences(text) if text[sp.start:sp.end].strip()]


def parse(doc: Document, *, models_dir: str | None = None, processors: tuple[str, ...] | None = None):
    """A stanza Document for ``doc.text``; token and word offsets point into the original text.

    Sentences come from :func:`attribution.text.sentences.split_sentences` (stanza runs with
    ``tokenize_no_ssplit``), so both backends number sentences alike and quotes stay whole.
    """
    if importlib.util.find_spec("stanza") is None:
        raise BackendUnavailable(INSTALL_HINT)
    root = resolve_models_dir(models_dir)
    if not (root / "resources.json").is_file():
        raise _missing_models(root, "no resources.json")
    if processors is None:
        have = installed_processors(root)
        missing = [p for p in REQUIRED if p not in have]
        if missing:
            raise _missing_models(root, "missing " + ", ".join(missing))
        processors = tuple(p for p in PROCESSORS if p in have)
    nlp = _pipeline(root, tuple(processors))
    spans = _sentence_spans(doc.text)
    if not spans:
        from stanza.models.common.doc import Document as StanzaDocument

        return StanzaDocument([], text=doc.text)
    view, origin = _view(doc.text, spans)
    parsed = nlp(view)
    _map_offsets(parsed, origin, doc.text)
    parsed.text = doc.text
    return parsed


def _map_offsets(parsed, origin: list[int], text: str) -> None:
    last = len(origin) - 1

    def back(s: int | None, e: int | None) -> tuple[int | None, int | None]:
        if s is None or e is None:
            return None, None
        s, e = min(max(s, 0), last), min(max(e, 0), last)
        os_, oe = origin[s], (origin[e - 1] + 1 if e > s else origin[s])
        # a word keeps its trailing harakat and tatweel (قالَ), which the view dropped
        while oe < len(text) and text[oe] in _DROP:
            oe += 1
        return os_, oe

    for sent in parsed.sentences:
        for tok in sent.tokens:
            ts, te = back(tok.start_char, tok.end_char)
            tok._start_char, tok._end_char = ts, te
            for w in tok.words:
                if len(tok.words) == 1 or w.start_char is None or w.end_char is None:
                    # an MWT expansion that does not concatenate (ل + العاصمة → للعاصمة) gets its token's span
                    w.start_char, w.end_char = ts, te
                else:
                    w.start_char, w.end_char = back(w.start_char, w.end_char)
