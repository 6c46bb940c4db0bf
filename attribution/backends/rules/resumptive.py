"""Reports whose claim is what came before: ``…، وهو ما أكده الوزير`` ("which is what the
minister confirmed"), ``…، الأمر الذي نفاه المتحدث``.

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
# "the matter which": الأمر الذي نفاه…، وهو الأمر الذي أكده…
_MATTER = frozenset({"الامر", "والامر"})
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
_PREVIOUS_END = re.compile(r"[.!؟?\n]")
_TRAILING = " \t\n.،,؛;:!؟?"


def what_host(toks: list[Tok], i: int) -> int | None:
    """The token where ``وهو ما`` / ``وهذا ما`` / ``(وهو) الأمر الذي`` opens before the verb at ``i``, or None."""
    if i < 2:
        return None
    if toks[i - 1].text == "ما" and toks[i - 2].text in _WHAT_HOSTS:
        return i - 2
    if toks[i - 1].text == "الذي" and toks[i - 2].text in _MATTER:
        return i - 3 if i >= 3 and toks[i - 3].text in _WHAT_HOSTS else i - 2
    return None


def is_what_clause(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` the verb of ``وهو ما …`` / ``وهذا ما …`` / ``الأمر الذي …``?"""
    return what_host(toks, i) is not None


def object_stem(ctx: Context, word: str, defective: bool = True) -> tuple[VerbForm, str] | None:
    """A reporting verb carrying an object pronoun (أكده، تؤكدها; ``defective``: also نفاه، رآه, the ى
    of نفى، رأى written ا before it): its form and its stem as a verb form reads it, or None.
    (Only after وهو ما / الأمر الذي is نفاه read for نفى: the chain's «الحديث الذي رواه فلان» stays no report.)"""
    for suf in _OBJECT_PRONOUNS:
        stem = word[: -len(suf)]
        if not word.endswith(suf) or len(stem) < 2:
            continue
        for s in ((stem, stem[:-1] + "ي") if defective and stem.endswith("ا") else (stem,) if len(stem) > 2 else ()):
            form = ctx.verb_forms.get(s)
            if form is not None and form.aspect != "participle":
                return form, s
    return None


def resumed_starts(ctx: Context, sent: Sentence) -> list[int]:
    """The tokens opening a resumptive report (…، [وهو ما أكده الوزير]، …، [الأمر الذي نفاه]): the
    comma before the host, or the host; the clause before is not that report's content."""
    toks = sent.toks
    out = []
    for i in range(2, len(toks)):
        k = what_host(toks, i) if toks[i - 1].text in ("ما", "الذي") else None
        if k is not None and resumes(ctx, sent, i):
            out.append(k - 1 if k and toks[k - 1].text in COMMA else k)
    return out


def resumes(ctx: Context, sent: Sentence, i: int) -> bool:
    """Is the word at ``i`` a reporting verb with the pronoun of ما on it (أكده: whole, or its stem
    with the pronoun left out of the token) or on a preposition right after it (أشار إليه، أكد عليه)?
    (وهو ما يؤكد ضعف الرقابة: ما is the subject, no report.)"""
    toks = sent.toks
    t = toks[i]
    if object_stem(ctx, t.text) is not None:
        return True
    if ctx.verb_forms.get(t.text) is None:
        return False
    carried = t.end < len(sent.nt.text) and sent.nt.text[t.end].isalpha()
    return carried or i + 1 < len(toks) and toks[i + 1].text in RESUMPTIVE


def resumed_subject(ctx: Context, toks: list[Tok], i: int) -> list[Tok] | None:
    """The named subject after the verb at ``i`` of ``وهو ما أكده X`` (X), or None."""
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
    return subj


def antecedent_report(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Candidate | None:
    """The report of ``وهو ما <verb> X``: X speaks, and the claim is the clause before ``وهو``."""
    toks = sent.toks
    subj = resumed_subject(ctx, toks, i)
    if subj is None:
        return None
    after = toks.index(subj[-1]) + 1
    if not resumes(ctx, sent, i) and not (after < len(toks) and toks[after].text in RESUMPTIVE):
        return None  # (وهو ما يفيد الطبيب فيه: the pronoun after the subject)
    claim = _clause_before(ctx, sent, what_host(toks, i))
    if claim is None:
        return None
    cue = sent.cue(toks[i].start + len(form.clitic), toks[i].end, form.lemma, form.meaning)
    return Candidate(cue=cue, sentence=sent.index, speaker=sent.mention(subj), claim=claim, kind="indirect",
                     gender=form.gender, number=form.number, confidence=0.75)


def _clause_before(ctx: Context, sent: Sentence, k: int) -> Span | None:
    """The clause before token ``k``: the content of the report before it, all its conjuncts
    («زعمت فيه أنهم دعوا…، وأن المشايخ منحوا…، كما توعدت…، وهو ما نفاه»); else back to a comma or a
    complementizer of content (not لأن "because", nor the أن of يمكن أن); else the sentence before."""
    toks = sent.toks
    last = k - 1
    while last >= 0 and toks[last].text in COMMA:
        last -= 1  # (the comma before وهو ما)
    content = _report_content_before(ctx, toks, last)
    if content is not None:
        return _trimmed(sent, toks[content].start, toks[last].end)
    j = last
    while j >= 0 and not (toks[j].text in COMMA or (is_complementizer(toks[j].text) and _opens_content(ctx, toks, j))):
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


_VERB_REACH = 6  # the most words between a report verb and its أن (its subject, فيه: زعمت فيه أنهم)


def _report_content_before(ctx: Context, toks: list[Tok], last: int) -> int | None:
    """The first token of the content of the nearest report verb before token ``last`` (after its
    complementizer), when nothing ends a sentence between: «تحدثت أن [بيلسا طلب…، وأن يشرف…]»."""
    for j in range(last, 0, -1):
        w = toks[j].text
        if w in _STOPS:
            return None
        if is_complementizer(w) and w[:1] != "ل" and j < last:
            for m in range(j - 1, max(-1, j - 1 - _VERB_REACH), -1):
                if toks[m].text in COMMA or toks[m].text in _STOPS or is_complementizer(toks[m].text):
                    break
                if ctx.verb_forms.get(toks[m].text) is not None:
                    return j + 1
            if w[:1] not in "وف":
                return None  # (…حقيقة الأمر أن [اللجنة ليست رسمية]، وذلك ما أعلنه: the nearest content; a
                # conjunct وأن، فإن goes on back to its report)
    return None


_STOPS = frozenset({".", "!", "؟", "?", ":"})


def _opens_content(ctx: Context, toks: list[Tok], j: int) -> bool:
    """Does the complementizer at ``j`` open a clause of content — not لأن "because", nor the أن of
    a modal or a verb of another kind (يمكن أن، يجب أن)?"""
    w = toks[j].text
    if w[:1] == "ل":
        return False
    prev = toks[j - 1].text if j else ""
    return w[:1] in "وب" or prev in COMMA or ctx.verb_forms.get(prev) is not None or prev in ("الي", "علي") \
        or not prev.isalpha() or not (prev[:1] in "يت" and len(prev) > 2)


def _trimmed(sent: Sentence, a: int, b: int) -> Span | None:
    text = sent.nt.text
    while a < b and (text[a].isspace() or text[a] in COMMA):
        a += 1  # (إنه، لهذا السبب…: nor the comma after the complementizer)
    while b > a and text[b - 1] in _TRAILING:
        b -= 1
    return sent.span(a, b)
