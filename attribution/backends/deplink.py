"""The dependency linker: reported speech read off a dependency parse.

Input is a parsed document (a stanza Document, or :class:`attribution.io.conllu.ParsedDocument`
which has the same attribute names) whose words carry ``start_char``/``end_char`` into the
original ``Document.text``.  Output is one :class:`~attribution.records.Candidate` per cue;
document-level resolution (implicit subjects, names, roles) happens later, in
``attribution.speakers.in_document``.

* cue: a word whose lemma is a reporting verb (قال، أكد، أشار…), or the head of an
  according-to phrase (بحسب، وفقا ل، نقلا عن، على لسان…) whose object is a source; verbs,
  participles and phrases all come from the :class:`~attribution.lexicon.cues.Lexicon`, so a
  user's ``--cues FILE`` reaches parsed input as it reaches the rules;
* speaker: the cue's ``nsubj`` subtree, trimmed of relative clauses and of appositions after
  a name; ``None`` when the subject is dropped (وأضاف أن…) or the verb is passive (يذكر أن…);
* claim: the cue's clausal complement (ccomp, a clausal obj/advcl/obl headed by أن, a quoted
  parataxis) without the complementizer and the punctuation around it.

Accepts UD v1 (PADT 1.3: ``dobj``, ``nsubjpass``) and UD v2 (``obj``, ``nsubj:pass``) labels.
Works on any object with this shape, so it runs without torch on CoNLL-U input.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from attribution.lexicon.closed import PASSIVE_LEMMAS
from attribution.lexicon.cues import Frames, Lexicon, default_lexicon
from attribution.lexicon.vocabulary import vocabulary
from attribution.records import Candidate, Cue, Document, Span
from attribution.text.normalize import fold

__all__ = ["link"]


class _Phrase(NamedTuple):
    """An according-to phrase of the lexicon as the linker reads it, at its head word."""

    display: str  # the phrase as the lexicon writes it (وفقا ل، علي لسان): the cue's lemma
    meaning: str
    lead: str  # the word the head needs right before it (على for لسان), or ""


#: words that open an according-to phrase of the lexicon without heading it in a tree: the verb
#: cue or nothing reads those phrases (كما قال، جاء في البيان، في بيان للوزارة)
_NOT_PHRASE_HEADS = {"كما", "في", "جاء", "ورد"}

# right-to-left text is sometimes typed with the guillemets reversed (»…«)
_OPEN_QUOTES = "«“„‹»\""
_CLOSE_FOR = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "»": "«"}
_QUOTE_CHARS = set("«»“”„‹›\"")
_TRAIL = " \t\n.,،؛;:!?؟…-–—"
# prepositions a reporting verb selects before أن (أشار إلى أن، شدد على أن، أفاد بأن، كشف عن أن)
_FRAME_PREPS = {fold(w) for w in ("ب", "إلى", "على", "عن", "من", "ل", "في", "حول", "الى", "علي")}
_SUBJ = {"nsubj"}
_PASS_SUBJ = {"nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"}
_PASSIVE_KEYS = frozenset(fold(lemma) for lemma in PASSIVE_LEMMAS)
_NOMINAL_OBJ = {"nmod", "obl", "obj", "dobj", "iobj", "nmod:poss", "obl:arg", "pobj"}


@dataclass(frozen=True)
class _Words:
    """What the linker reads from one lexicon (every word folded)."""

    verbs: dict[str, tuple[str, str]]  # reporting-verb lemma → (display lemma, meaning)
    #: reporting-verb lemma → its frames (cues.tsv): a verb whose content comes only through its
    #: frame prepositions (عبر عن، خلص إلى، نص على) takes no other clause of its tree
    frames: dict[str, Frames]
    participles: dict[str, str]  # participle surface form (مشيرا، مضيفة، قائلين) → lemma
    #: lemmas whose bare imperfect reads as an impersonal passive (يذكر أن، يتوقع أن: cues.tsv "imp")
    impersonal: frozenset[str]
    according: dict[str, _Phrase]  # head word of an according-to phrase → the phrase
    #: heads of a speaker mention (title, organisation, document, group): a source after an
    #: according-to phrase (وفقا للوكالة), unlike rules and laws (وفق قواعد محددة)
    sources: frozenset[str]
    complementizers: frozenset[str]  # أن، إن، بأن: they open the reported content
    #: الذي، التي: they open a relative clause trimmed from a speaker (a UD parse also marks
    #: من and ما PronType=Rel)
    relatives: frozenset[str]


@functools.lru_cache(maxsize=8)
def _words(lexicon: Lexicon) -> _Words:
    """The linker's words of ``lexicon``, built once per lexicon."""
    return _Words(
        verbs=lexicon.verb_lemmas(),
        frames={fold(f.lemma): f.frames for f in lexicon.forms.values()},
        participles={fold(k): fold(v.lemma) for k, v in lexicon.forms.items() if v.aspect == "participle"},
        impersonal=frozenset(fold(f.lemma) for f in lexicon.forms.values() if f.impersonal),
        according=_according_heads(lexicon),
        sources=frozenset(fold(w) for w in vocabulary(lexicon).speakerish),
        complementizers=frozenset(fold(w) for w in lexicon.category("complementizer")),
        relatives=frozenset(fold(w) for w in vocabulary(lexicon).relative),
    )


def _according_heads(lexicon: Lexicon) -> dict[str, _Phrase]:
    """Folded head word → the shortest according-to phrase of the lexicon it heads.

    A phrase is read at its first word (بحسب، وفقا ل، نقلا عن) or at the noun after على (على
    لسان); the words after the head (ل، عن، ما) are the tree's own.
    """
    heads: dict[str, _Phrase] = {}
    for words, meaning in sorted(lexicon.according_to.items(), key=lambda item: len(item[0])):
        if words[0] in _NOT_PHRASE_HEADS:
            continue
        lead = words[0] if words[0] == "علي" and len(words) > 1 else ""
        heads.setdefault(fold(words[1] if lead else words[0]), _Phrase(" ".join(words), meaning, fold(lead)))
    return heads


# --------------------------------------------------------------------------- tree helpers


def _base(deprel: str | None) -> str:
    return (deprel or "").lower()


def _feats(word) -> dict[str, str]:
    f = getattr(word, "feats", None) or ""
    return dict(kv.split("=", 1) for kv in f.split("|") if "=" in kv)


class _Tree:
    """Children and subtrees of one sentence; offsets fall back to the token's, -1 when unknown."""

    def __init__(self, sentence, lex: _Words):
        self.lex = lex
        self.words = list(sentence.words)
        self.by_id = {w.id: w for w in self.words}
        self.kids: dict[int, list] = {}
        for w in self.words:
            self.kids.setdefault(w.head or 0, []).append(w)
        self._sub: dict[int, set[int]] = {}

    @staticmethod
    def start(w) -> int:
        s = getattr(w, "start_char", None)
        if s is None:
            s = getattr(getattr(w, "parent", None), "start_char", None)
        return s if s is not None else -1

    @staticmethod
    def end(w) -> int:
        e = getattr(w, "end_char", None)
        if e is None:
            e = getattr(getattr(w, "parent", None), "end_char", None)
        return e if e is not None else -1

    def children(self, w) -> list:
        return self.kids.get(w.id, [])

    def head(self, w):
        return self.by_id.get(w.head) if w.head else None

    def subtree(self, w) -> set[int]:
        got = self._sub.get(w.id)
        if got is None:
            got, stack = set(), [w.id]
            while stack:
                i = stack.pop()
                if i in got:
                    continue
                got.add(i)
                stack.extend(k.id for k in self.kids.get(i, []))
            self._sub[w.id] = got
        return got

    def ordered(self, ids: Iterable[int]) -> list:
        return sorted((self.by_id[i] for i in ids if i in self.by_id), key=lambda w: (self.start(w), w.id))


def _is_punct(w) -> bool:
    return (w.upos or "") == "PUNCT" or (bool(w.text) and all(not c.isalnum() for c in w.text))


def _is_complementizer(tree: _Tree, w) -> bool:
    return fold(w.text) in tree.lex.complementizers or (
        _base(w.deprel) == "mark" and fold(w.lemma) in tree.lex.complementizers)


def _span(text: str, words: list, tree: _Tree) -> Span | None:
    words = [w for w in words if tree.start(w) >= 0 and tree.end(w) > tree.start(w)]
    if not words:
        return None
    s, e = min(tree.start(w) for w in words), max(tree.end(w) for w in words)
    while s < e and text[s] in _TRAIL:
        s += 1
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    return Span.of(text, s, e) if e > s else None


def _contiguous(tree: _Tree, keep: set[int], anchor) -> list:
    """The run of kept words, in text order, that contains ``anchor`` (removed words cut it)."""
    allw = tree.ordered(tree.subtree(anchor) | keep)
    idx = next(i for i, w in enumerate(allw) if w.id == anchor.id)
    lo = hi = idx
    while lo > 0 and allw[lo - 1].id in keep:
        lo -= 1
    while hi + 1 < len(allw) and allw[hi + 1].id in keep:
        hi += 1
    return allw[lo:hi + 1]


# --------------------------------------------------------------------------- speaker


def _speaker_words(tree: _Tree, subj) -> list:
    """The subject mention: its subtree less relative clauses and appositions after a name.

    «الرئيس الأميركي الذي وصل أمس» → الرئيس الأميركي; «كيلي، رئيسة المجموعة» → كيلي; a role
    followed by the name («وزير الدفاع ايغور سيرغييف») keeps both.
    """
    keep = set(tree.subtree(subj))
    # the preposition of a relayed source is not part of the name (نقلا عن بيان → بيان)
    keep -= {k.id for k in tree.children(subj) if _base(k.deprel) == "case" and tree.start(k) < tree.start(subj)}
    for w in list(tree.words):
        if w.id not in keep or w.id == subj.id:
            continue
        rel = _base(w.deprel)
        if rel in ("acl:relcl", "acl", "relcl") and _starts_with_relative(tree, w):
            keep -= tree.subtree(w)
        elif rel == "appos" and tree.start(w) > tree.start(subj) and _is_name(tree.head(w)):
            keep -= tree.subtree(w)
        elif rel in ("punct", "cc") and tree.head(w) is subj and tree.start(w) > tree.start(subj):
            # a comma hanging off the head usually opens a trimmed apposition
            keep.discard(w.id)
    words = _contiguous(tree, keep, subj)
    while words and (_is_punct(words[-1]) or _base(words[-1].deprel) == "cc"):
        words.pop()
    while words and (_is_punct(words[0]) or _base(words[0].deprel) == "cc"):
        words.pop(0)
    return words or [subj]


def _starts_with_relative(tree: _Tree, clause) -> bool:
    first = tree.ordered(tree.subtree(clause))
    return bool(first) and (fold(first[0].text) in tree.lex.relatives or fold(first[0].lemma) in tree.lex.relatives
                            or (first[0].upos == "PRON" and "PronType=Rel" in (first[0].feats or "")))


def _is_name(w) -> bool:
    return w is not None and (w.upos in ("PROPN", "X") or (w.xpos or "").startswith("U"))


def _type_hint(tree: _Tree, w) -> str | None:
    ner = getattr(getattr(w, "parent", None), "ner", None) or ""
    tag = ner.split("-")[-1].upper() if ner and ner != "O" else ""
    # a country or city that "says" something is its government: treat it as an organization
    return {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "organization",
            "GPE": "organization"}.get(tag)


# --------------------------------------------------------------------------- claim


def _is_clausal(tree: _Tree, w) -> bool:
    """A complement that is a clause: its head has a complementizer mark (أن، إن، بأن…)."""
    return any(_base(k.deprel) == "mark" and _is_complementizer(tree, k) for k in tree.children(w))


def _is_adverbial(tree: _Tree, w) -> bool:
    """A clause introduced by a subordinator, not by the verb's frame: بعد أن، رغم أن، بما أن، قبل أن.

    «أجاب على أسئلة قبل أن يفتح المجلس…» — قبل أن is "before", not the content of أجاب.
    """
    words = tree.ordered(tree.subtree(w))
    for x in words:
        if _is_punct(x):
            continue
        if _is_complementizer(tree, x):
            return False
        if tree.head(x) is w and _base(x.deprel) in ("mark", "case", "advmod", "cc") \
                and fold(x.text) in _FRAME_PREPS:
            continue
        # the first word before any complementizer is content (no أن at all) or a subordinator
        return any(_is_complementizer(tree, k) for k in tree.children(w)) and _base(x.deprel) in ("mark", "case", "advmod", "cc")
    return False


def _claim_heads(tree: _Tree, cue) -> list:
    heads = []
    for k in tree.children(cue):
        rel = _base(k.deprel)
        if _is_adverbial(tree, k):
            continue
        if rel == "ccomp" or rel.startswith("ccomp:"):
            heads.append(k)
        elif rel.split(":")[0] in ("obj", "dobj", "advcl", "obl", "nmod", "xcomp", "csubj") and _is_clausal(tree, k):
            heads.append(k)
        elif rel == "parataxis" and tree.start(k) > tree.start(cue) and _quoted_or_colon(tree, cue, k):
            heads.append(k)
    # «وحول ما إذا كانت الشركة ستتدخل، قال الحكيم إن…»: a fronted complement is the topic
    # when the cue also has one after it; the content follows the cue
    after = [h for h in heads if tree.start(h) > tree.start(cue)]
    if after and len(after) < len(heads):
        heads = after + [h for h in heads if tree.start(h) < tree.start(cue) and _is_quoted_clause(tree, h)]
        heads.sort(key=tree.start)
    return heads


def _is_quoted_clause(tree: _Tree, h) -> bool:
    words = tree.ordered(tree.subtree(h))
    return bool(words) and bool(words[0].text) and words[0].text[0] in _QUOTE_CHARS


def _quoted_or_colon(tree: _Tree, cue, k) -> bool:
    """Is the parataxis ``k`` a quotation or a colon's content of the cue?  Only a mark of the cue's
    own or of ``k``'s counts: «رحّب بالحضور وعرّف بالكتاب، " فالكتاب يتناول…"» — the quote is the
    coordinated verb's, and a verb of judgement with no clause of its own reports nothing."""
    words = tree.ordered(tree.subtree(k))
    own = tree.subtree(k)
    between = [w for w in tree.words if tree.start(cue) < tree.start(w) < tree.start(words[0])
               and (w.id in own or tree.head(w) is cue)] if words else []
    return any(w.text in (":",) or (w.text and w.text[0] in _QUOTE_CHARS) for w in between + words[:2])


def _claim_words(tree: _Tree, heads: list, exclude: set[int]) -> list:
    ids: set[int] = set()
    for h in heads:
        ids |= tree.subtree(h)
    ids -= exclude
    words = tree.ordered(ids)
    # drop the frame in front of the content: punctuation, the complementizer (أن، إن، بأن)
    # and the preposition the verb selects (أشار إلى أن، شدد على أن)
    while words and (_is_punct(words[0]) or _is_complementizer(tree, words[0])
                     or (_base(words[0].deprel) in ("case", "mark") and tree.head(words[0]) in heads)
                     or (_base(words[0].deprel) in ("case", "mark") and len(words) > 1 and _is_complementizer(tree, words[1]))):
        words.pop(0)
    while words and _is_punct(words[-1]) and not (words[-1].text and words[-1].text[0] in _QUOTE_CHARS):
        words.pop()
    return words


# a complementizer between the opening mark and the claim: قال " إن الوضع …"، قال «بأن …»
_COMP_TAIL = re.compile(r"(?:^|\s)(?:ب|ل)?[أإا]ن[ّ]?(?:ه|ها|هم|ني|نا)?\s*$")


def _quote_kind(text: str, claim: Span, frame_start: int, frame_end: int) -> tuple[str, Span]:
    """direct (wholly quoted; the span loses the marks), mixed (a quoted fragment) or indirect."""
    s, e = claim.start, claim.end
    inner = text[s:e]
    before = _COMP_TAIL.sub("", text[frame_start:s].rstrip()).rstrip()
    if before[-1:] in _OPEN_QUOTES and before[-1:]:
        opener, body_start = before[-1], s
    elif inner[:1] in _OPEN_QUOTES and inner[:1]:
        opener, body_start = inner[0], s + 1
    else:
        opener = ""
    if opener:
        close = _CLOSE_FOR[opener]
        body = text[body_start:e].rstrip(_TRAIL)
        if body.endswith(close) and len(body) > 1 and not _has_quote(body[:-1]):
            return "direct", _strip_span(text, body_start, body_start + len(body) - 1)
        after = text[e:frame_end].lstrip(_TRAIL)
        if not _has_quote(body) and after[:1] == close:
            return "direct", _strip_span(text, body_start, e)
    if _has_quote(inner):
        balanced = _balance(text, claim)
        # (a claim of quotation marks alone, «», balances to nothing: it stays as it is)
        return ("mixed", balanced) if balanced.start < balanced.end else ("indirect", claim)
    return "indirect", claim


def _has_quote(s: str) -> bool:
    return any(c in _QUOTE_CHARS for c in s)


def _strip_span(text: str, s: int, e: int) -> Span:
    while s < e and text[s] in _TRAIL:
        s += 1
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    return Span.of(text, s, e)


def _balance(text: str, claim: Span) -> Span:
    """Extend a mixed claim over the closing mark of a quote it opens (…"مجتمع ديمقراطي")."""
    inner = claim.text
    opens = inner.count("«") + inner.count("“")
    closes = inner.count("»") + inner.count("”")
    e = claim.end
    if inner.count('"') % 2 == 1 or opens > closes:
        m = re.compile(r'\s*[»”"]').match(text, e)
        if m:
            e = m.end()
    return Span.of(text, claim.start, e)


# --------------------------------------------------------------------------- cues


def _lemma_key(w) -> str:
    lemma = w.lemma if w.lemma and w.lemma != "_" else w.text
    return fold(lemma)


def _agreement(w) -> tuple[str | None, str | None]:
    f = _feats(w)
    return ({"Masc": "m", "Fem": "f"}.get(f.get("Gender", "")),
            {"Sing": "sg", "Dual": "du", "Plur": "pl"}.get(f.get("Number", "")))


def _is_passive(tree: _Tree, w) -> bool:
    if _feats(w).get("Voice") == "Pass":
        return True
    return any(_base(k.deprel) in _PASS_SUBJ for k in tree.children(w))


def _reporting_passive(tree: _Tree, w, key: str) -> bool:
    """Is the passive verb ``w`` (lemma ``key``) an unattributed report, as the rules read one: a
    passive of a verb of saying (قيل، أفيد، يشار: closed.PASSIVE_LEMMAS) or the impersonal
    imperfect of an "imp" verb of cues.tsv (يذكر أن، يتوقع أن)?  لوحظ أن "it was noticed" is none."""
    if key in _PASSIVE_KEYS:
        return True
    f = _feats(w)
    return f.get("Aspect") == "Imp" and key in tree.lex.impersonal and f.get("Gender", "Masc") == "Masc" \
        and f.get("Number", "Sing") == "Sing"


def _subject(tree: _Tree, verb):
    """The verb's nsubj; failing that, a nominative noun right after it with no preposition.

    Some converted trees label the post-verbal subject nmod («حسب ما أعلنت رئيسةُ المجموعة»);
    in Arabic a bare nominative noun after a finite verb is its subject.
    """
    subj = next((k for k in tree.children(verb) if _base(k.deprel) in _SUBJ), None)
    if subj is not None:
        return subj
    for k in tree.children(verb):
        if tree.start(k) > tree.start(verb) and _feats(k).get("Case") == "Nom" \
                and k.upos in ("NOUN", "PROPN", "X") and _base(k.deprel) in ("nmod", "obl", "dep") \
                and not any(_base(c.deprel) == "case" for c in tree.children(k)):
            return k
    return None


def _inherited_subject(tree: _Tree, cue):
    """The subject a subjectless cue shares with the verb or noun it hangs off.

    «أكد الوزير … وأضاف أن…» (conj), «تابع قائلا إن…» (xcomp/advcl), «الوزير الذي قال إن…» (relcl).
    """
    rel = _base(cue.deprel)
    head = tree.head(cue)
    if head is None:
        return None
    if rel in ("conj", "xcomp", "advcl", "advmod"):
        if _is_passive(tree, head):
            return None
        subj = next((k for k in tree.children(head) if _base(k.deprel) in _SUBJ), None)
        if subj is not None and subj.id not in tree.subtree(cue):
            hg, hn = _agreement(head)
            cg, _ = _agreement(cue)
            # a feminine verb cannot carry a masculine subject: «قال الوزير … وأضافت أن…»
            if hg and cg and hg != cg:
                return None
            return subj
        return None
    if rel in ("acl:relcl", "acl", "relcl") and head.upos in ("NOUN", "PROPN", "X"):
        return head
    return None


def _verb_candidate(text: str, tree: _Tree, sent_idx: int, cue, key: str) -> Candidate | None:
    display, meaning = tree.lex.verbs[key]
    heads = _claim_heads(tree, cue)
    frames = tree.lex.frames.get(key)
    if frames is not None and frames.only:
        # عبّر عن أن…، خلصت الدراسة إلى أن…: only a clause through the verb's own prepositions
        heads = [h for h in heads if _frame_preposition(tree, h) in frames.clause]
        if not heads:
            return None
    via = None
    speaker_word = None
    exclude: set[int] = set()
    passive = _is_passive(tree, cue)
    if passive and not _reporting_passive(tree, cue, key):
        return None
    subj = None if passive else _subject(tree, cue)
    if not passive and subj is None:
        # a clausal subject that is not the content is the speaker: قال من حضر إن… ("who attended said")
        subj = next((k for k in tree.children(cue) if _base(k.deprel) == "csubj" and k not in heads), None)
    # نقلت الوكالة عن الوزير قوله إن… / أوردت الصحيفة نقلا عن بيان أن…: the source is the
    # object of عن; the subject only relays it.
    source = _relayed_source(tree, cue)
    if source is not None:
        via, subj = subj, source
    if not heads:
        # the claim may sit under a reported noun: نقل عنه قوله إن… (obj = قول, a masdar)
        for k in tree.children(cue):
            if _base(k.deprel) in ("obj", "dobj") and _claim_heads(tree, k):
                heads = _claim_heads(tree, k)
                exclude |= {k.id}
                break
    if heads:
        claim_words = _claim_words(tree, heads, exclude)
        # where to look for an opening quote mark: after the cue, or at the fronted claim
        frame_start = tree.end(cue) if tree.start(heads[0]) > tree.start(cue) else \
            min(tree.start(w) for h in heads for w in tree.ordered(tree.subtree(h)))
    else:
        claim_words = _fronted_quote(text, tree, cue)
        frame_start = None
    claim = _span(text, claim_words, tree) if claim_words else None
    if claim is None:
        return None
    if frame_start is None or frame_start >= claim.start:
        frame_start = max(0, claim.start - 4)
    kind, claim = _quote_kind(text, claim, frame_start, min(len(text), claim.end + 4))
    if claim.start >= claim.end:
        return None  # («» alone: quotation marks around nothing are no claim)
    speaker = None
    if passive:
        kind, confidence = "unattributed", 0.75
    elif subj is not None:
        speaker_word, confidence = subj, 0.9
    else:
        # pro-drop: resolution carries the subject from context using gender/number
        speaker_word, confidence = _inherited_subject(tree, cue), 0.8
    if speaker_word is not None:
        speaker = _span(text, _speaker_words(tree, speaker_word), tree)
        if speaker is not None and claim is not None and speaker.start < claim.end and claim.start < speaker.end:
            speaker = None  # a subject inside its own claim is a parse error, not a speaker
    gender, number = _agreement(cue)
    via_span = _span(text, _speaker_words(tree, via), tree) if via is not None else None
    return Candidate(
        cue=Cue(tree.start(cue), tree.end(cue), text[tree.start(cue):tree.end(cue)], display, meaning),
        sentence=sent_idx, speaker=speaker, claim=claim, kind=kind, gender=gender, number=number,
        type_hint=_type_hint(tree, speaker_word) if speaker_word is not None else None,
        confidence=confidence, via=via_span,
    )


def _frame_preposition(tree: _Tree, head) -> str:
    """The preposition (folded, as the lexicon writes it) introducing a claim head: إلى of «خلص
    إلى أن…», or "" when none does."""
    for w in tree.ordered(tree.subtree(head)):
        if _is_punct(w):
            continue
        if _base(w.deprel) in ("case", "mark") and not _is_complementizer(tree, w):
            return fold(w.text)
        return ""
    return ""


def _relayed_source(tree: _Tree, cue):
    """The ``عن`` object of a relaying verb (نقل عن، أورد نقلا عن), or None."""
    for k in tree.children(cue):
        rel = _base(k.deprel)
        if fold(k.lemma or k.text) in ("نقل",) and k.upos != "VERB":
            obj = next((x for x in tree.children(k) if _base(x.deprel) in _NOMINAL_OBJ), None)
            if obj is not None:
                return obj
        if _lemma_key(cue) == "نقل" and rel in ("nmod", "obl", "obl:arg") and any(
                _base(c.deprel) == "case" and fold(c.text) == "عن" for c in tree.children(k)):
            return k
    return None


def _fronted_quote(text: str, tree: _Tree, cue) -> list:
    """«"الوضع جيد"، قال الوزير»: the quote the cue hangs off as parataxis is the claim."""
    if _base(cue.deprel) not in ("parataxis", "conj", "advcl"):
        return []
    head = tree.head(cue)
    if head is None or tree.start(head) > tree.start(cue):
        return []
    ids = tree.subtree(head) - tree.subtree(cue)
    words = [w for w in tree.ordered(ids) if tree.start(w) < tree.start(cue)]
    while words and _is_punct(words[-1]) and not (words[-1].text and words[-1].text[0] in _QUOTE_CHARS):
        words.pop()
    while words and _is_punct(words[0]) and not (words[0].text and words[0].text[0] in _QUOTE_CHARS):
        words.pop(0)
    if not words:
        return []
    s, e = tree.start(words[0]), tree.end(words[-1])
    seg = text[s:e]
    if not (seg[:1] in _OPEN_QUOTES and seg.rstrip()[-1:] in _QUOTE_CHARS):
        return []
    return words


def _according_to(text: str, tree: _Tree, sent_idx: int, w) -> Candidate | None:
    """بحسب الوزير، وفقا لما ذكرته الوكالة، نقلا عن مصادر: the clause the phrase qualifies is the claim."""
    phrase = _according_phrase(tree, w)
    source = _according_source(tree, w) if phrase is not None else None
    attach = tree.head(source.node) if source is not None else None
    if attach is None:
        return None
    cue_ids = {w.id} | {k.id for k in tree.children(w) if _base(k.deprel) in ("case", "cc", "mark")}
    cue_ids |= {k.id for k in tree.children(source.obj)
                if _base(k.deprel) == "case" and tree.start(w) < tree.start(k) <= tree.start(source.obj)}
    claim = _according_claim(text, tree, w, tree.subtree(attach) - tree.subtree(source.node) - cue_ids)
    if claim is None:
        return None
    kind, claim = _quote_kind(text, claim, claim.start, claim.end)
    if claim.start >= claim.end:
        return None
    cs, ce = _according_cue_span(tree, w, cue_ids, phrase)
    speaker_word, speaker = source.speaker_word, None
    if speaker_word is not None:
        speaker = _span(text, [x for x in _speaker_words(tree, speaker_word) if x.id not in cue_ids], tree)
    gender, number = _agreement(source.report_verb) if source.report_verb is not None else (None, None)
    return Candidate(
        cue=Cue(cs, ce, text[cs:ce], phrase.display, phrase.meaning),
        sentence=sent_idx, speaker=speaker, claim=claim, kind="according_to",
        gender=gender, number=number,
        type_hint=_type_hint(tree, speaker_word) if speaker_word is not None else None,
        confidence=0.75 if speaker is not None else 0.6,
    )


def _according_phrase(tree: _Tree, w) -> _Phrase | None:
    """The according-to phrase ``w`` heads (بحسب، ووفقا، لسان after على), or None."""
    key = fold(w.text)
    according = tree.lex.according
    phrase = according.get(key) or according.get(key[1:] if key[:1] in "وف" else "") \
        or according.get(fold(w.lemma))
    # فحسب ("only") and the verb حسب ("reckon") are not according-to
    if phrase is None or (w.upos or "") == "VERB" or _base(w.deprel) == "advmod:emph":
        return None
    if phrase.lead and not (any(fold(k.text) == phrase.lead for k in tree.children(w))
                            or _prev_word_is(tree, w, phrase.lead)):
        return None
    return phrase


class _Source(NamedTuple):
    """The source an according-to phrase names."""

    obj: object  # the phrase's object (الوزير in بحسب الوزير, ما in حسب ما أعلنت…)
    node: object  # the word the phrase hangs from in the tree: the phrase's head word or its object
    speaker_word: object | None  # the head of the speaker mention
    report_verb: object | None  # the verb under ما (حسب ما أعلنت رئيسة المجموعة)


def _according_source(tree: _Tree, w) -> _Source | None:
    """The source of the phrase at ``w``: its object when that is a source, or the subject of
    a reporting verb under ما; None for rules and laws (وفق قواعد محددة، وفقا لأحكام القانون)."""
    # the source is the phrase's object: a child of the preposition (نقلا عن بيان), or the noun
    # the preposition is a case marker of (بحسب الوزير, PADT: حسب ←case− ما)
    obj = next((k for k in tree.children(w)
                if _base(k.deprel) in _NOMINAL_OBJ and tree.start(k) > tree.start(w)), None)
    node = w
    if obj is None:
        head = tree.head(w)
        if head is None or tree.start(head) < tree.start(w):
            return None
        obj, node = head, head
    if fold(obj.text) in ("ما", "لما", "بما") or fold(obj.lemma) == "ما":
        # حسب ما أعلنت رئيسة المجموعة: the source is the subject of the verb under ما
        verb = next((k for k in tree.children(obj) if _lemma_key(k) in tree.lex.verbs), None)
        return _Source(obj, node, _subject(tree, verb), verb) if verb is not None else None
    return _Source(obj, node, obj, None) if _is_source(tree, obj) else None


def _according_claim(text: str, tree: _Tree, w, claim_ids: set[int]) -> Span | None:
    """The claim is on one side of the phrase: before it («…، بحسب الوزير») unless it opens the sentence."""
    words = tree.ordered(claim_ids)
    before = [x for x in words if tree.start(x) < tree.start(w)]
    after = [x for x in words if tree.start(x) > tree.start(w)]
    return _span(text, before if [x for x in before if not _is_punct(x)] else after, tree)


def _according_cue_span(tree: _Tree, w, cue_ids: set[int], phrase: _Phrase) -> tuple[int, int]:
    """The cue's offsets: its words, the whole token of a clitic preposition (بحسب = ب + حسب)
    and the word the head needs before it (على لسان)."""
    cue_words = tree.ordered(cue_ids)
    cs, ce = tree.start(cue_words[0]), tree.end(cue_words[-1])
    tok = getattr(w, "parent", None)
    if tok is not None and getattr(tok, "start_char", None) is not None and len(getattr(tok, "words", ())) > 1 \
            and all(x is w or (x.upos or "") == "ADP" for x in tok.words):
        cs, ce = min(cs, tok.start_char), max(ce, tok.end_char)
    prev = _prev_word(tree, cue_words[0])
    if phrase.lead and prev is not None and fold(prev.text) == phrase.lead:
        cs = tree.start(prev)
    return cs, ce


def _prev_word(tree: _Tree, w):
    before = [x for x in tree.words if 0 <= tree.end(x) <= tree.start(w)]
    return max(before, key=tree.end) if before else None


def _prev_word_is(tree: _Tree, w, folded: str) -> bool:
    prev = _prev_word(tree, w)
    return prev is not None and fold(prev.text) == folded


def _is_source(tree: _Tree, obj) -> bool:
    if _is_name(obj) or _type_hint(tree, obj):
        return True
    return _lemma_key(obj) in tree.lex.sources or fold(obj.text) in tree.lex.sources


# --------------------------------------------------------------------------- entry point


def _cue_key(tree: _Tree, w, participles: dict[str, str]) -> str | None:
    """The folded reporting lemma ``w`` is a form of, or None.

    Finite verbs match by lemma; participles (مشيرا، مضيفا، معتبرا) by their surface form,
    because treebanks lemmatise them as adjectives (مشير).
    """
    verbs = tree.lex.verbs
    key = _lemma_key(w)
    if _feats(w).get("Mood") == "Imp":
        return None  # an imperative is never a report: وحثها "urge it!"، قل "say!"
    if key in verbs and (w.upos or "VERB") in ("VERB", "AUX", "X"):
        return key
    if participles and (w.upos or "ADJ") in ("ADJ", "NOUN", "VERB", "X"):
        for form in (w.text, getattr(getattr(w, "parent", None), "text", None)):
            lemma = participles.get(fold(form)) if form else None
            if lemma in verbs and (w.upos != "NOUN" or _claim_heads(tree, w)):
                return lemma
    return None


def link(doc: Document, parsed, *, lexicon: Lexicon | None = None, participles: bool = True) -> list[Candidate]:
    """Candidates for every cue in a parsed document, in text order.

    ``parsed`` is a stanza Document (or :class:`attribution.io.conllu.ParsedDocument`) whose
    words carry ``start_char``/``end_char`` into ``doc.text``; the reporting verbs, their
    participles and the according-to phrases come from ``lexicon`` (default:
    :func:`attribution.lexicon.cues.default_lexicon`).
    ``participles=False`` skips participle cues (مشيرا إلى أن…), which gold sets built from
    finite verbs do not count.
    """
    lex = _words(lexicon or default_lexicon())
    parts = lex.participles if participles else {}
    text = doc.text
    out: list[Candidate] = []
    for sent_idx, sentence in enumerate(parsed.sentences):
        tree = _Tree(sentence, lex)
        for w in tree.words:
            key = _cue_key(tree, w, parts)
            if key is not None:
                cand = _verb_candidate(text, tree, sent_idx, w, key)
            else:
                cand = _according_to(text, tree, sent_idx, w)
            if cand is not None:
                out.append(cand)
    out.sort(key=lambda c: (c.cue.start, c.cue.end))
    return out
