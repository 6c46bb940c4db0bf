"""Reports whose claim is what came before: ``…، وهو ما أكده الوزير`` ("which is what the
minister confirmed").

The relative ما stands for the clause before it, and the report's subject follows its verb:
``دون أن يشمل التطبيق جميع المكالمات وهو ما نص عليه القرار`` → the decision (القرار) says
"يشمل التطبيق جميع المكالمات".  When ``وهو ما`` opens its sentence the claim is the sentence before.
"""
from __future__ import annotations

import re

from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.noun_phrase import plausible_speaker
from attribution.backends.rules.subjects import subject_after
from attribution.backends.rules.words import ends_clause, is_complementizer
from attribution.lexicon.closed import COMMA, RESUMPTIVE
from attribution.lexicon.cues import VerbForm
from attribution.records import Candidate, Span

# "it / this is what": وهو ما، وهذا ما، وهي ما
_WHAT_HOSTS = frozenset({"وهو", "وهذا", "وهي", "هو", "هذا", "وذلك"})
_PREVIOUS_END = re.compile(r"[.!؟?\n]")
_TRAILING = " \t\n.،,؛;:!؟?"


def is_what_clause(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` the verb of ``وهو ما …`` / ``وهذا ما …``?"""
    return i >= 2 and toks[i - 1].text == "ما" and toks[i - 2].text in _WHAT_HOSTS


def antecedent_report(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Candidate | None:
    """The report of ``وهو ما <verb> X``: X speaks, and the claim is the clause before ``وهو``."""
    toks = sent.toks
    mid = []
    for t in toks[i + 1:]:
        if ends_clause(t.text) or ctx.verb_forms.get(t.text):
            break
        mid.append(t)
    while mid and mid[0].text in RESUMPTIVE:
        mid = mid[1:]  # وهو ما نص عليه القرار، ما أشار إليه التقرير
    subj = subject_after(ctx, mid)
    if not subj or not plausible_speaker(ctx, subj) or (subj[0].text.endswith("ا") and subj[0].text not in ctx.known):
        return None  # (وهو ما يرجع جزئيا إلى…: an adverb, no speaker)
    claim = _clause_before(sent, i - 2)
    if claim is None:
        return None
    cue = sent.cue(toks[i].start + len(form.clitic), toks[i].end, form.lemma, form.meaning)
    return Candidate(cue=cue, sentence=sent.index, speaker=sent.mention(subj), claim=claim, kind="indirect",
                     gender=form.gender, number=form.number, confidence=0.75)


def _clause_before(sent: Sentence, k: int) -> Span | None:
    """The clause before token ``k``: back to a complementizer or a comma, or the sentence before."""
    toks = sent.toks
    last = k - 1
    while last >= 0 and toks[last].text in COMMA:
        last -= 1  # (the comma before وهو ما)
    j = last
    while j >= 0 and not (toks[j].text in COMMA or is_complementizer(toks[j].text)):
        j -= 1
    if j < last:
        return _trimmed(sent, toks[j + 1].start, toks[last].end)
    text = sent.nt.text
    end = sent.start
    while end > 0 and text[end - 1] in _TRAILING:
        end -= 1
    starts = [m.end() for m in _PREVIOUS_END.finditer(text, 0, end)]
    start = starts[-1] if starts else 0
    return _trimmed(sent, start, end)


def _trimmed(sent: Sentence, a: int, b: int) -> Span | None:
    text = sent.nt.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TRAILING:
        b -= 1
    return sent.span(a, b)
