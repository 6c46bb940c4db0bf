"""Quotations: the mark closing a quote, a verb inside a quote, and the quote before its cue.

``«الأسعار ستنخفض قريبا»، قال وزير التجارة`` — the quote before the cue is the claim;
``وعرضت القناة فيلما بعنوان "قال لي المساعد"`` — a verb inside a quote reports nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from attribution.backends.rules.context import REACH, Context, Sentence
from attribution.backends.rules.subjects import subject_after
from attribution.backends.rules.words import is_complementizer
from attribution.lexicon.closed import CLOSE, COMMA, OPEN, PREPOSITIONS, STOP_PUNCT
from attribution.lexicon.cues import VerbForm
from attribution.records import Candidate

_SENTENCE_END = re.compile(r"[.؟!]\s")
_ENDS = frozenset(".؟!?")
_OPENER = {"»": "«", "”": "“", '"': '"'}
_CLAUSE_MAX = 28  # the longest subject after a cue (as content's most tokens before a content)


def closing_quote(sent: Sentence, j: int) -> int | None:
    """Normalised offset of the quote closing the one at token ``j`` (may pass the sentence)."""
    o = sent.toks[j]
    close = OPEN.get(o.text)
    if close is None:
        return None
    k = sent.nt.text.find(close, o.end, o.end + REACH)
    return k if k != -1 else None


def opens_quote(sent: Sentence, k: int) -> bool:
    """Does token ``k`` open a quotation: «, “, or a straight mark with an even number before it?"""
    w = sent.toks[k].text
    if w not in OPEN:
        return False
    return w != '"' or bisect_left(sent.marks.get('"', []), sent.toks[k].start) % 2 == 0


def inside_quote(sent: Sentence, i: int) -> bool:
    """Is token ``i`` inside a quotation of its sentence (a quoted speaker's verb, a title)?"""
    text = sent.nt.text
    start, end = sent.toks[i].start, sent.toks[i].end
    for o, c in (("«", "»"), ("“", "”")):
        a = _last_before(sent, o, start)
        if a != -1 and text[a + 1:a + 2] not in _ENDS and _last_before(sent, c, start) < a \
                and _first_after(sent, c, end) != -1:
            return True  # (…للمواطنين«. وأشارت…: a mark before a full stop opens nothing)
    straight = sent.marks.get('"', [])
    cnt = bisect_left(straight, start)  # the marks before the verb (offsets from the sentence's, in order)
    if cnt % 2 == 1 and _first_after(sent, '"', end) != -1:
        # inside a straight-quoted stretch: a title ("قال لي المساعد") or a quotation — unless
        # the stretch is long and the verb opens a clause after a comma (a stray mark: "…، وقالت:")
        a = straight[cnt - 1]
        b = _first_after(sent, '"', end)
        if _SENTENCE_END.search(text[a + 1:start]):
            return False  # a sentence ended since that mark: it was a stray one (a headline's)
        if not text[a + 1:start].strip():
            return True  # the quote opens with the verb: a title or a quoted sentence
        return b - a > 40 and not (i > 0 and sent.toks[i - 1].text in COMMA)
    return False


def _last_before(sent: Sentence, mark: str, x: int) -> int:
    """The offset of the last ``mark`` of the sentence before ``x``, or -1 (as ``str.rfind``)."""
    at = sent.marks.get(mark, [])
    k = bisect_left(at, x)
    return at[k - 1] if k else -1


def _first_after(sent: Sentence, mark: str, x: int) -> int:
    """The offset of the first ``mark`` of the sentence at or after ``x``, or -1 (as ``str.find``)."""
    at = sent.marks.get(mark, [])
    k = bisect_left(at, x)
    return at[k] if k < len(at) else -1


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
    o = text.rfind(_OPENER[text[k]], max(0, close - REACH), close)
    if o == -1 or _quoted_name(text, sent.start, o, close):
        return None
    # the rest of the sentence after the cue must be a subject, not a new clause (looked for as
    # far as a cue looks: REACH characters)
    toks = sent.toks
    limit = bisect_left(toks, toks[i].end + REACH, key=lambda t: t.start)
    cut = i + 1
    while cut < limit and toks[cut].text not in COMMA:
        if is_complementizer(toks[cut].text):
            return None
        cut += 1
    clause = toks[i + 1:cut]  # "«…»، قالت المفتشة، وأوضحت أن…": the next clause is another report
    claim = sent.span(o + 1, close)
    if claim is None:
        return None
    subj = subject_after(ctx, list(islice((t for t in clause if t.text not in STOP_PUNCT), _CLAUSE_MAX)))
    cue = sent.cue(p + len(form.clitic), sent.toks[i].end, form.lemma, form.meaning)
    return Candidate(cue=cue, sentence=sent.index, speaker=sent.mention(subj), claim=claim,
                     kind="direct", gender=form.gender, number=form.number, confidence=0.85)


_NAME_WORDS = 3  # the most words of a name in quotation marks inside a noun phrase


def _quoted_name(text: str, start: int, o: int, close: int) -> bool:
    """Are the few words quoted between ``o`` and ``close`` a name inside the noun phrase before
    the verb, a word right before them (صورة على صفحته بموقع "فيس بوك" تظهر…، شريط من قناته في
    «يوتيوب» يظهر…), not words fronted before their verb («…»، قال الوزير)?"""
    b = o - 1
    while b >= start and text[b].isspace():
        b -= 1
    return b >= start and text[b].isalpha() and len(text[o + 1:close].split()) <= _NAME_WORDS
