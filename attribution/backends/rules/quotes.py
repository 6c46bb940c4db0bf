"""Quotations: the mark closing a quote, a verb inside a quote, and the quote before its cue.

``«الأسعار ستنخفض قريبا»، قال وزير التجارة`` — the quote before the cue is the claim;
``وعرضت القناة فيلما بعنوان "قال لي المساعد"`` — a verb inside a quote reports nothing.
"""
from __future__ import annotations

import re

from attribution.backends.rules.context import Context, Sentence
from attribution.backends.rules.subjects import subject_after
from attribution.backends.rules.words import is_complementizer
from attribution.lexicon.closed import CLOSE, COMMA, OPEN, PREPOSITIONS, STOP_PUNCT
from attribution.lexicon.cues import VerbForm
from attribution.records import Candidate

_SENTENCE_END = re.compile(r"[.؟!]\s")
_ENDS = frozenset(".؟!?")
_REACH = 3000  # how far a quotation may run (it may pass its sentence)
_OPENER = {"»": "«", "”": "“", '"': '"'}


def closing_quote(sent: Sentence, j: int) -> int | None:
    """Normalised offset of the quote closing the one at token ``j`` (may pass the sentence)."""
    o = sent.toks[j]
    close = OPEN.get(o.text)
    if close is None:
        return None
    k = sent.nt.text.find(close, o.end, o.end + _REACH)
    return k if k != -1 else None


def opens_quote(sent: Sentence, k: int) -> bool:
    """Does token ``k`` open a quotation: «, “, or a straight mark with an even number before it?"""
    w = sent.toks[k].text
    if w not in OPEN:
        return False
    return w != '"' or sum(t.text == '"' for t in sent.toks[:k]) % 2 == 0


def inside_quote(sent: Sentence, i: int) -> bool:
    """Is token ``i`` inside a quotation of its sentence (a quoted speaker's verb, a title)?"""
    text = sent.nt.text
    start, end = sent.toks[i].start, sent.toks[i].end
    for o, c in (("«", "»"), ("“", "”")):
        a = text.rfind(o, sent.start, start)
        if a != -1 and text[a + 1:a + 2] not in _ENDS and text.rfind(c, a, start) == -1 \
                and text.find(c, end, sent.end) != -1:
            return True  # (…للمواطنين«. وأشارت…: a mark before a full stop opens nothing)
    cnt = text.count('"', sent.start, start)
    if cnt % 2 == 1 and text.find('"', end, sent.end) != -1:
        # inside a straight-quoted stretch: a title ("قال لي المساعد") or a quotation — unless
        # the stretch is long and the verb opens a clause after a comma (a stray mark: "…، وقالت:")
        a = text.rfind('"', sent.start, start)
        b = text.find('"', end, sent.end)
        if _SENTENCE_END.search(text[a + 1:start]):
            return False  # a sentence ended since that mark: it was a stray one (a headline's)
        if not text[a + 1:start].strip():
            return True  # the quote opens with the verb: a title or a quoted sentence
        return b - a > 40 and not (i > 0 and sent.toks[i - 1].text in COMMA)
    return False


def quote_before(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Candidate | None:
    """``«…»، قال الوزير.`` — the quote before the cue is its claim.

    Only a quote of the cue's own sentence (no claim is borrowed from the sentence before:
    ``قال: «…». وحثت المنظمة…``) nor from the clause before (``…"…"، وطالبوا``), for a verb
    that takes a bare quote (not عبر "via"), with the
    cue's subject, not a preposition, after it (``«…». وركز على موضوع…`` is no quote's cue).
    """
    if form.frames.only or form.clitic[:1] in ("و", "ف"):
        return None  # «…»، وطالبوا الحكومة…: the quote is the clause before's, this verb starts another
    text = sent.nt.text
    p = sent.toks[i].start
    k = p - 1
    while k >= sent.start and (text[k].isspace() or text[k] in "،,-–—"):
        k -= 1
    if k < sent.start or text[k] not in CLOSE:
        return None
    if i + 1 < len(sent.toks) and sent.toks[i + 1].text in PREPOSITIONS:
        return None
    close = k
    o = text.rfind(_OPENER[text[k]], max(0, close - _REACH), close)
    if o == -1:
        return None
    # the rest of the sentence after the cue must be a subject, not a new clause
    rest = [t for t in sent.toks if t.start > p]
    cut = next((m for m, t in enumerate(rest) if t.text in COMMA), len(rest))
    clause = rest[:cut]  # "«…»، قالت المفتشة، وأوضحت أن…": the next clause is another report
    if any(is_complementizer(t.text) for t in clause):
        return None
    claim = sent.span(o + 1, close)
    if claim is None:
        return None
    subj = subject_after(ctx, [t for t in clause if t.text not in STOP_PUNCT])
    cue = sent.cue(p + len(form.clitic), sent.toks[i].end, form.lemma, form.meaning)
    return Candidate(cue=cue, sentence=sent.index, speaker=sent.mention(subj), claim=claim,
                     kind="direct", gender=form.gender, number=form.number, confidence=0.85)
