"""CoNLL-U input: pre-parsed trees as documents, with character offsets into the text.

Reading is pure Python (no stanza, no torch): :func:`read_conllu` yields one
:class:`~attribution.records.Document` per ``# newdoc id`` whose text is the sentences'
``# text`` joined by one space, and keeps the document's CoNLL-U in ``meta["conllu"]``.
:func:`parse_conllu` turns that back into a tree whose tokens and words carry
``start_char``/``end_char`` into ``Document.text`` — a ``stanza`` Document when stanza is
installed, else a small stand-in with the same attribute names (:class:`ParsedDocument`),
so the dependency linker runs on CoNLL-U input even without torch.

>>> src = '''# newdoc id = d1
... # text = وقال الوزير إن الاتفاق جاهز.
... 1-2\\tوقال\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\t_
... 1\\tو\\tو\\tCCONJ\\t_\\t_\\t2\\tcc\\t_\\t_
... 2\\tقال\\tقال\\tVERB\\t_\\tGender=Masc|Number=Sing\\t0\\troot\\t_\\t_
... 3\\tالوزير\\tوزير\\tNOUN\\t_\\t_\\t2\\tnsubj\\t_\\t_
... 4\\tإن\\tإن\\tSCONJ\\t_\\t_\\t6\\tmark\\t_\\t_
... 5\\tالاتفاق\\tاتفاق\\tNOUN\\t_\\t_\\t6\\tnsubj\\t_\\t_
... 6\\tجاهز\\tجاهز\\tADJ\\t_\\t_\\t2\\tccomp\\t_\\tSpaceAfter=No
... 7\\t.\\t.\\tPUNCT\\t_\\t_\\t2\\tpunct\\t_\\t_
... '''
>>> doc = next(read_conllu(src))
>>> doc.doc_id, doc.text
('d1', 'وقال الوزير إن الاتفاق جاهز.')
>>> w = parse_conllu(doc, backend="light").sentences[0].words[1]
>>> w.text, w.start_char, w.end_char, doc.text[w.start_char:w.end_char]
('قال', 1, 4, 'قال')
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from attribution.errors import BackendUnavailable, InputError
from attribution.records import Document

__all__ = ["read_conllu", "parse_conllu", "ParsedDocument", "Sentence", "Token", "Word"]


# --------------------------------------------------------------------------- light tree


@dataclass(eq=False)
class Word:
    """One syntactic word (a CoNLL-U line with an integer id); stanza-compatible attribute names."""

    id: int
    text: str
    lemma: str | None
    upos: str | None
    xpos: str | None
    feats: str | None
    head: int | None
    deprel: str | None
    deps: str | None
    misc: str | None
    start_char: int | None = None
    end_char: int | None = None
    parent: "Token | None" = field(default=None, repr=False)
    sent: "Sentence | None" = field(default=None, repr=False)


@dataclass(eq=False)
class Token:
    """One surface token: a multiword range (``1-2 وقال``) or a single word."""

    id: tuple[int, ...]
    text: str
    words: list[Word]
    misc: str | None = None
    start_char: int | None = None
    end_char: int | None = None
    spaces_after: str = " "


@dataclass(eq=False)
class Sentence:
    tokens: list[Token]
    words: list[Word]
    text: str
    sent_id: str | None = None
    comments: list[str] = field(default_factory=list)


@dataclass(eq=False)
class ParsedDocument:
    """A parsed document with the attribute names the linker reads from a stanza Document."""

    sentences: list[Sentence]
    text: str


# --------------------------------------------------------------------------- reading


@dataclass
class _RawSentence:
    comments: list[tuple[str, str | None]]  # (key, value) for "# key = value"; value None for bare comments
    rows: list[list[str]]  # 10 columns each
    first_line: int
    lines: list[str]
    row_lines: list[int] = field(default_factory=list)  # the file line of each row
    error: str | None = None  # the first malformed line of the block, "name:line: why"

    def comment(self, key: str) -> str | None:
        for k, v in self.comments:
            if k == key:
                return v
        return None


def _parse_blocks(src: str, name: str) -> Iterator[_RawSentence]:
    """The sentence blocks; a malformed line marks its block's ``error`` (the reader decides)."""
    comments: list[tuple[str, str | None]] = []
    rows: list[list[str]] = []
    lines: list[str] = []
    row_lines: list[int] = []
    first = 0
    error: str | None = None
    for lineno, line in enumerate(src.splitlines(), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            if rows or error:
                yield _RawSentence(comments, rows, first, lines, row_lines, error)
            elif comments:
                # a lone comment block (e.g. "# newdoc id" on its own) carries over to the next sentence
                continue
            comments, rows, lines, row_lines, error = [], [], [], [], None
            continue
        if not lines:
            first = lineno
        lines.append(line)
        if line.startswith("#"):
            if rows:
                error = error or f"{name}:{lineno}: comment line inside a sentence"
            body = line[1:].strip()
            if "=" in body:
                k, v = body.split("=", 1)
                comments.append((k.strip(), v.strip()))
            else:
                comments.append((body, None))
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            error = error or f"{name}:{lineno}: expected 10 tab-separated CoNLL-U columns, got {len(cols)}"
            continue
        rows.append(cols)
        row_lines.append(lineno)
    if rows or error:
        yield _RawSentence(comments, rows, first, lines, row_lines, error)


def _misc_has(misc: str | None, item: str) -> bool:
    return bool(misc) and misc != "_" and item in misc.split("|")


def _surface_tokens(raw: _RawSentence, name: str) -> list[tuple[tuple[int, ...], str, str, list[list[str]]]]:
    """Group rows into surface tokens: (id tuple, form, misc, word rows)."""
    out = []
    i = 0
    rows = raw.rows
    while i < len(rows):
        cols = rows[i]
        tid = cols[0]
        if "." in tid:  # empty node (enhanced UD): not part of the surface
            i += 1
            continue
        if "-" in tid:
            try:
                a, b = (int(x) for x in tid.split("-"))
            except ValueError:
                raise InputError(f"{name}:{raw.row_lines[i]}: bad multiword id {tid!r}") from None
            words = []
            j = i + 1
            while j < len(rows) and len(words) < b - a + 1:
                if "." not in rows[j][0]:
                    words.append(rows[j])
                j += 1
            if b < a or [w[0] for w in words] != [str(k) for k in range(a, b + 1)]:
                raise InputError(f"{name}:{raw.row_lines[i]}: multiword token {tid} {cols[1]!r} is not "
                                 f"followed by its words {a} to {b}")
            out.append(((a, b), cols[1], cols[9], words))
            i = j
        else:
            try:
                n = int(tid)
            except ValueError:
                raise InputError(f"{name}:{raw.row_lines[i]}: bad word id {tid!r}") from None
            out.append(((n,), cols[1], cols[9], [cols]))
            i += 1
    return out


def _rebuild_text(toks) -> str:
    parts = []
    for _, form, misc, _words in toks:
        parts.append(form)
        if not _misc_has(misc, "SpaceAfter=No"):
            parts.append(" ")
    return "".join(parts).strip()


def _split_documents(raws: list[_RawSentence], stem: str) -> Iterator[tuple[str, list[_RawSentence]]]:
    current: list[_RawSentence] = []
    current_id: str | None = None
    given_id: str | None = None  # the current document's own "# newdoc id"
    any_newdoc = any(any(k.startswith("newdoc") for k, _ in r.comments) for r in raws)
    for n, raw in enumerate(raws, start=1):
        newdoc = next(((k, v) for k, v in raw.comments if k.startswith("newdoc")), None)
        if not any_newdoc:
            yield f"{stem}:{raw.comment('sent_id') or n}", [raw]
            continue
        value = newdoc[1] if newdoc is not None and newdoc[0] == "newdoc id" else None
        # UD PUD repeats "# newdoc id" on every sentence: the same id again continues the document
        if newdoc is not None and not (current and value and value == given_id):
            if current:
                yield current_id or f"{stem}:{len(raws)}", current
            current = []
            given_id = value
            current_id = value or f"{stem}:{raw.comment('sent_id') or n}"
        current.append(raw)
    if current:
        yield current_id or f"{stem}:1", current


def read_conllu(source: str | Path, *, text: str | None = None, stem: str | None = None,
                on_error: Callable[[str], None] | None = None) -> Iterator[Document]:
    """Read CoNLL-U (a path, ``-`` for stdin, or the CoNLL-U text itself) as documents.

    One document per ``# newdoc id`` (consecutive sentences repeating the same id are one
    document; every sentence its own document when the file has none); its text is the
    sentences' ``# text`` joined by one space (rebuilt from the tokens, multiword ranges and
    ``SpaceAfter=No`` when ``# text`` is missing).  Ids fall back to ``stem`` (default: the
    file stem) and the sentence.  Pass ``text`` when the CoNLL-U was parsed from a known
    original string: the whole input is then one document with exactly that text, and the
    sentences are located in it in order.

    A malformed line raises InputError naming it; with ``on_error``, the document holding it
    is reported there and skipped, and the others are read.
    """
    if isinstance(source, Path) or ("\n" not in source and "\t" not in source):
        name = str(source)
        if name == "-":
            src, stem = sys.stdin.read(), "stdin"
        else:
            path = Path(source)
            try:
                data = path.read_bytes()
            except OSError as e:
                raise InputError(f"cannot read {path}: {e.strerror or e}") from None
            try:
                src = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise InputError(f"{path} is not UTF-8 (CoNLL-U must be UTF-8)") from None
            stem = stem or path.stem
    else:
        src, name, stem = source, "<conllu>", stem or "conllu"
    raws = list(_parse_blocks(src, name))
    if not raws:
        raise InputError(f"{name}: no CoNLL-U sentences found")
    if text is not None:
        _check(raws)
        doc_id = next((v for r in raws for k, v in r.comments if k == "newdoc id" and v), None) or stem
        _locate_sentences(raws, text, name)  # validates that the sentences are in the text
        yield Document(doc_id, text, {"conllu": _conllu_text(raws), "format": "conllu"})
        return
    for doc_id, group in _split_documents(raws, stem):
        try:
            _check(group)
            texts = [_sentence_text(r, name) for r in group]
        except InputError as e:
            if on_error is None:
                raise
            on_error(str(e))
            continue
        yield Document(doc_id, " ".join(texts), {"conllu": _conllu_text(group), "format": "conllu"})


def _check(raws: list[_RawSentence]) -> None:
    error = next((r.error for r in raws if r.error), None)
    if error:
        raise InputError(error)


def _sentence_text(raw: _RawSentence, name: str) -> str:
    toks = _surface_tokens(raw, name)  # validates the ids even when # text is given
    t = raw.comment("text")
    return _rebuild_text(toks) if t is None else t


def _conllu_text(raws: list[_RawSentence]) -> str:
    return "".join("\n".join(r.lines) + "\n\n" for r in raws)


def _locate_sentences(raws: list[_RawSentence], text: str, name: str) -> list[int]:
    """Start offset of each sentence in ``text``: its first token, searched after the previous one."""
    starts = []
    cursor = 0
    for r in raws:
        toks = [t for t in _surface_tokens(r, name) if t[1]]
        if not toks:
            starts.append(cursor)
            continue
        first = toks[0][1]
        at = text.find(first, cursor)
        if at < 0:
            raise InputError(f"{name}:{r.first_line}: sentence not found in the given text (token {first!r})")
        starts.append(at)
        # walk the tokens so the next search starts after this sentence
        pos = at
        for _, form, _, _ in toks:
            k = text.find(form, pos)
            if k >= 0:
                pos = k + len(form)
        cursor = pos
    return starts


# --------------------------------------------------------------------------- offsets and trees


def _align(raw: _RawSentence, text: str, base: int, name: str) -> Sentence:
    """Build a light Sentence whose tokens/words carry offsets into ``text`` starting near ``base``."""
    toks = _surface_tokens(raw, name)
    cursor = base
    tokens: list[Token] = []
    words: list[Word] = []
    for tid, form, misc, rows in toks:
        while cursor < len(text) and text[cursor].isspace():
            cursor += 1
        if form and text.startswith(form, cursor):
            s, e = cursor, cursor + len(form)
        else:
            # tolerate small mismatches between # text and the forms: search a little ahead,
            # else give the token an empty span at the cursor (it is not in the text)
            k = text.find(form, cursor, cursor + len(form) + 40) if form else -1
            s, e = (k, k + len(form)) if k >= 0 else (cursor, cursor)
        tok = Token(tid, form, [], _opt(misc), s, e, "" if _misc_has(misc, "SpaceAfter=No") else " ")
        _attach_words(tok, rows, words, split=len(rows) > 1 and e > s)
        tokens.append(tok)
        cursor = e
    sent = Sentence(tokens, words, text[tokens[0].start_char:tokens[-1].end_char] if tokens else "",
                    raw.comment("sent_id"), [ln for ln in raw.lines if ln.startswith("#")])
    for w in words:
        w.sent = sent
    return sent


def _opt(v: str) -> str | None:
    return None if v == "_" else v


def _attach_words(tok: Token, rows: list[list[str]], words: list[Word], *, split: bool) -> None:
    # MWT words get sub-spans when their forms concatenate to the token (و+قال → وقال);
    # otherwise (ل+العاصمة → للعاصمة) every word gets the token's span.
    concat = split and "".join(r[1] for r in rows) == tok.text
    pos = tok.start_char
    for r in rows:
        head = r[6]
        w = Word(int(r[0]), r[1], r[2] if r[2] != "_" or r[1] == "_" else None, _opt(r[3]), _opt(r[4]),
                 _opt(r[5]), int(head) if head.isdigit() else None, _opt(r[7]), _opt(r[8]), _opt(r[9]))
        if concat:
            w.start_char, w.end_char = pos, pos + len(r[1])
            pos += len(r[1])
        else:
            w.start_char, w.end_char = tok.start_char, tok.end_char
        w.parent = tok
        tok.words.append(w)
        words.append(w)


def parse_light(doc: Document) -> ParsedDocument:
    """The document's CoNLL-U as a :class:`ParsedDocument` (pure Python, offsets into ``doc.text``)."""
    src = doc.meta.get("conllu") if doc.meta else None
    if not src:
        raise InputError(f"document {doc.doc_id!r} has no CoNLL-U (meta['conllu'])")
    name = f"{doc.doc_id} (conllu)"
    raws = list(_parse_blocks(src, name))
    _check(raws)
    sentences: list[Sentence] = []
    # each sentence's text is searched from the end of the previous one: texts are joined by
    # one space when read_conllu built doc.text, and located in order when it was given.
    cursor = 0
    for r in raws:
        stext = _sentence_text(r, name)
        at = doc.text.find(stext, cursor) if stext else -1
        if at < 0:
            at = _locate_sentences([r], doc.text[cursor:], name)[0] + cursor
        sent = _align(r, doc.text, at, name)
        sentences.append(sent)
        cursor = max(at + len(stext) if doc.text.startswith(stext, at) else 0,
                     sent.tokens[-1].end_char if sent.tokens else at)
    return ParsedDocument(sentences, doc.text)


def _to_stanza(light: ParsedDocument, doc: Document):
    from stanza.models.common.doc import Document as StanzaDocument

    sents, comments, kept_words = [], [], []
    for s in light.sentences:
        # stanza rejects words with an empty form (PADT has a few tatweel-only punctuation
        # tokens rebuilt as ''); drop them when nothing depends on them, renumbering heads.
        dependents = {w.head for w in s.words}
        drop = {w.id for w in s.words if not w.text and w.id not in dependents}
        kept_all = [w for w in s.words if w.id not in drop]
        renum = {0: 0, **{w.id: i for i, w in enumerate(kept_all, start=1)}}
        entries = []
        for t in s.tokens:
            kept = [w for w in t.words if w.id not in drop]
            if not kept:
                continue
            if len(kept) > 1:
                entries.append({"id": (renum[kept[0].id], renum[kept[-1].id]), "text": t.text,
                                "start_char": t.start_char, "end_char": t.end_char,
                                **({"misc": "SpaceAfter=No"} if t.spaces_after == "" else {})})
            for w in kept:
                d = {"id": renum[w.id], "text": w.text or "ـ", "start_char": w.start_char, "end_char": w.end_char}
                for k in ("lemma", "upos", "xpos", "feats", "deprel", "deps"):
                    v = getattr(w, k)
                    if v is not None:
                        d[k] = v
                if w.head is not None:
                    d["head"] = renum.get(w.head, 0)
                misc = [m for m in (w.misc or "").split("|") if m and m != "SpaceAfter=No"]
                if len(kept) == 1 and t.spaces_after == "":
                    misc.append("SpaceAfter=No")
                if misc:
                    d["misc"] = "|".join(misc)
                entries.append(d)
        sents.append(entries)
        comments.append(s.comments)
        kept_words.append(kept_all)
    sdoc = StanzaDocument(sents, text=doc.text, comments=comments)
    # stanza derives MWT-word offsets its own way; keep ours (sub-spans when the words concatenate)
    for kept_all, ss in zip(kept_words, sdoc.sentences):
        for a, b in zip(kept_all, ss.words):
            b.start_char, b.end_char = a.start_char, a.end_char
    return sdoc


def parse_conllu(doc: Document, *, backend: str = "auto"):
    """The document's CoNLL-U trees with ``start_char``/``end_char`` into ``doc.text``.

    ``backend="stanza"`` returns a stanza Document (raises BackendUnavailable without
    stanza); ``"light"`` returns a :class:`ParsedDocument`; ``"auto"`` (default) gives a stanza
    Document when stanza is importable and the light tree otherwise.  MWT words get sub-spans
    when their forms concatenate to the token (و + قال), else their token's span.
    """
    light = parse_light(doc)
    if backend == "light":
        return light
    if backend not in ("auto", "stanza"):
        raise ValueError(f"unknown backend {backend!r}: use auto, stanza or light")
    import importlib.util

    if importlib.util.find_spec("stanza") is None:
        if backend == "stanza":
            raise BackendUnavailable('stanza is not installed: pip install -e ".[stanza]" '
                                     "(install torch==2.13.0 CPU first)")
        return light
    return _to_stanza(light, doc)
