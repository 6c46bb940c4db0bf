"""The reports of one sentence: verbs and passives first, then according-to phrases outside them.

A report inside another's claim (``قال إن الوزير أكد أن…``) counts only with a subject of its own;
a new report by the same speaker (``…، مضيفا أن``، ``…، وأضاف``، ``…، لكنه نفى``) is not nested.
Each claim ends where the next report of the sentence begins.
"""
from __future__ import annotations

from dataclasses import replace

from attribution.backends.rules.according import according_report
from attribution.backends.rules.claims import trim_claims
from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.cues import match_according, negated, sentence_initial
from attribution.backends.rules.passive import passive_report
from attribution.backends.rules.resumptive import antecedent_report, is_what_clause
from attribution.backends.rules.verb import verb_report
from attribution.backends.rules.words import is_complementizer, speech_pronoun
from attribution.lexicon.closed import BUT_PRON, COMMA, NAMING, PASSIVE, RESUMPTIVE
from attribution.lexicon.cues import VerbForm
from attribution.records import Candidate, Span
from attribution.text.normalize import norm_word

_Found = list[tuple[int, Candidate]]  # (token index of the cue, report)
_Region = tuple[int, int]
_OPENS_CLAUSE = COMMA | {""}  # a comma, or the sentence start
_WHERE_MADE = frozenset({"في", "كما"})
_RELATIVE_OR_MA = frozenset({"التي", "الذي", "الذين", "ما", "مما"})
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
CLOSE_MARKS = frozenset({")", "»", "”", '"', "]", "}"})
_TIME_NOUNS = frozenset({"وقت", "الوقت", "حين", "الحين", "اللحظة"})


def sentence_reports(ctx: Context, sent: Sentence) -> list[Candidate]:
    """The reports of ``sent`` in text order, each claim trimmed at the next report."""
    found, covered = _verb_reports(ctx, sent)
    found = _one_owner_per_content(sent, found)
    _add_according_reports(ctx, sent, found, covered)
    found.sort(key=lambda kc: kc[0])
    return trim_claims(ctx, sent, found)


def _one_owner_per_content(sent: Sentence, found: _Found) -> _Found:
    """Two verbs reaching one content: the nearer owns it.  ``وانتقد الحكومة التي اتهمتها المعارضة
    بأنها فشلت``: the claim is the accusation's (المعارضة), not the criticism's — unless a comma
    closes the nearer one's clause (أوضح التقرير، الذي أوردته الصحيفة، أن…: the report's)."""
    out: _Found = []
    for k, c in found:
        later = next((c2 for k2, c2 in found if k2 > k and c2.claim is not None and c.claim is not None
                      and _resumptive(sent, k2, c2)
                      and c2.claim.start == c.claim.start and c2.cue.start < c.claim.start
                      and c2.kind != "according_to" and "،" not in sent.nt.original[c2.cue.end:c2.claim.start]
                      and "," not in sent.nt.original[c2.cue.end:c2.claim.start]), None)
        if later is None or c.kind == "according_to":
            out.append((k, c))
    return out


def _verb_reports(ctx: Context, sent: Sentence) -> tuple[_Found, list[_Region]]:
    """Reports of the verbs and passive forms, with the stretches of text each one owns."""
    toks = sent.toks
    forms = ctx.verb_forms
    found: _Found = []
    covered: list[_Region] = []
    for i, t in enumerate(toks):
        form = forms.get(t.text)
        if form is None and i and toks[i - 1].text in _RELATIVE_OR_MA:
            form, sent = _resumptive_form(ctx, sent, i)
            toks = sent.toks
        if form is not None:
            if _naming(ctx, toks, i):
                continue  # ساكن آخر يدعى سيرجي: "named", not "claims"
            if is_what_clause(toks, i):
                cand = antecedent_report(ctx, sent, i, form)  # وهو ما أكده الوزير: ما is no negation here
            elif negated(toks, i, form):
                continue
            else:
                cand = verb_report(ctx, sent, i, form,
                                   reported_before=bool(found) or _according_before(ctx, toks, i))
                if cand is not None and toks[i].end < t.end and _comma_between(sent, cand):
                    cand = None  # التقرير، الذي أوردته الصحيفة، أن…: the content is the main verb's
            if cand is not None and _weak(cand) and _inside(covered, t.start) and not _opens_new_report(toks, i, form):
                # a report inside another's claim (قال إن الوزير أكد أن…) counts only with its own
                # subject and a clausal content; a bare one belongs to the outer report
                cand = None
            if cand is not None and form.aspect != "participle" and _in_direct_claim(found, cand) \
                    and not _after_close(toks, i):
                cand = None  # قال المدير "… وتقول الدراسات إن…": the quoted speaker's words, not a report
        elif t.text in PASSIVE:
            cand = passive_report(sent, i)
        else:
            continue
        if cand is not None:
            if _in_time_clause(toks, i):
                cand = _claim_to_comma(sent, cand)
            found.append((i, cand))
            covered.append(_region(sent, i, cand))
    return found, covered


def _resumptive_form(ctx: Context, sent: Sentence, i: int) -> tuple[VerbForm | None, Sentence]:
    """A reporting verb carrying the object pronoun of a relative (الحكومة التي اتهمتها المعارضة
    بأنها…، وهو ما تؤكده الحملة): the verb's form, and the sentence with the pronoun left out of its token."""
    t = sent.toks[i]
    for suf in _OBJECT_PRONOUNS:
        stem = t.text[: -len(suf)]
        form = ctx.verb_forms.get(stem) if t.text.endswith(suf) and len(stem) > 2 else None
        if form is not None and form.aspect != "participle":
            toks = list(sent.toks)
            toks[i] = Tok(t.start, t.end - len(suf), stem)
            return form, replace(sent, toks=toks)
    return None, sent


def _naming(ctx: Context, toks: list[Tok], i: int) -> bool:
    """يدعى/تدعى between a description and a name: "named", not the verb "claims" (يدعي أن…)."""
    if toks[i].text not in NAMING or i == 0 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1].text, toks[i + 1].text
    return prev not in COMMA and not is_complementizer(nxt) and nxt not in (":", "بان") and nxt.isalpha() \
        and not nxt.startswith("ال") and ctx.verb_forms.get(prev) is None


def _in_time_clause(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` in a clause of time before the main one: وفي الوقت الذي شدد فيه…،
    في وقت أعلنت فيه الرئاسة…، (then the main clause)."""
    window = [t.text for t in toks[max(0, i - 3):i]]
    return any(w in _TIME_NOUNS for w in window) and (i + 1 < len(toks) and toks[i + 1].text in RESUMPTIVE
                                                       or "الذي" in window)


def _claim_to_comma(sent: Sentence, c: Candidate) -> Candidate:
    """The claim of a time clause ends at its comma: the main clause after it is another report."""
    if c.claim is None:
        return c
    k = next((m for m, ch in enumerate(c.claim.text) if ch in "،,"), None)
    if k is None:
        return c
    text = c.claim.text[:k].rstrip()
    return replace(c, claim=Span(c.claim.start, c.claim.start + len(text), text)) if text else c


def _resumptive(sent: Sentence, k: int, c: Candidate) -> bool:
    """Is the report at token ``k`` a relative clause's verb with its object pronoun (اتهمتها)?"""
    t = sent.toks[k]
    return c.cue.end < sent.nt.original_span(t.start, t.end)[1]


def _comma_between(sent: Sentence, c: Candidate) -> bool:
    """Is there a comma between the cue and its claim?"""
    if c.claim is None or c.claim.start < c.cue.end:
        return False
    between = sent.nt.original[c.cue.end:c.claim.start]
    return "،" in between or "," in between


def _according_before(ctx: Context, toks: list[Tok], i: int) -> bool:
    """Is there an according-to phrase before token ``i`` (وبحسب الوكالة، …)?"""
    return any(match_according(ctx, toks, k) is not None for k in range(i))


def _in_direct_claim(found: _Found, c: Candidate) -> bool:
    """Is the cue of ``c`` inside the quotation of a direct report found before it?"""
    return any(d.kind == "direct" and d.claim is not None and d.claim.start <= c.cue.start < d.claim.end
               for _, d in found)


def _after_close(toks: list[Tok], i: int) -> bool:
    """Does the verb at ``i`` follow a closing mark (…)، وأكد الشيخ…), where a quote may have ended
    that its report's claim runs past (an unbalanced quote)?  (A participle is never held a quoted word.)"""
    k = i - 1
    while k >= 0 and toks[k].text in COMMA:
        k -= 1
    return k >= 0 and toks[k].text in CLOSE_MARKS


def _weak(c: Candidate) -> bool:
    return c.speaker is None or c.kind == "unattributed" or c.confidence < 0.8


def _inside(covered: list[_Region], start: int) -> bool:
    return any(a <= start < b for a, b in covered)


def _region(sent: Sentence, i: int, c: Candidate) -> _Region:
    """The normalised stretch a report owns: from its cue (or its quote, when the quote comes
    first) to the end of its claim; a report starting inside it is nested."""
    a = sent.start if c.kind == "direct" and c.claim and c.claim.start < c.cue.start else sent.toks[i].start
    b = sent.end
    if c.claim is not None:
        to_original = sent.nt.to_original
        b = next((t.start for t in sent.toks if to_original(t.start) >= c.claim.end), b)
    return a, b


def _opens_new_report(toks: list[Tok], i: int, form: VerbForm) -> bool:
    """، مضيفا أن / وأضاف أن / لكنه نفى: a new report by the same speaker, not a nested one."""
    prev = toks[i - 1].text if i else ""
    if prev in BUT_PRON and i > 1 and toks[i - 2].text in COMMA:
        return True
    return form.aspect == "participle" or (form.clitic[:1] in ("و", "ف") and prev in _OPENS_CLAUSE)


def _add_according_reports(ctx: Context, sent: Sentence, found: _Found, covered: list[_Region]) -> None:
    """Add the according-to reports outside the verbs' stretches (or closing one: بحسب قوله)."""
    toks = sent.toks
    n = len(toks)
    acc_first = ctx.acc_first
    i = 0
    while i < n:
        w0 = toks[i].text
        if w0 not in acc_first and not (w0[:1] == "و" and w0[1:] in acc_first):
            i += 1
            continue
        acc = match_according(ctx, toks, i)
        if acc is None:
            i += 1
            continue
        k = i + acc[0]
        own_words = k < n and speech_pronoun(ctx, toks[k].text) is not None
        # (not في تصريح لـ…، في بيان لـ…: where the report was made, not another source)
        trailing = i > 0 and toks[i - 1].text in COMMA and acc[1][0] not in _WHERE_MADE
        if not _inside(covered, toks[i].start) or own_words or trailing:
            # (…، وقال الوزير إن X، بحسب الجيش: a trailing source of its own is a second record)
            res = according_report(ctx, sent, i, acc, found)
            if res is not None and _inside(covered, toks[i].start) and not own_words:
                res = _trailing_claim(sent, i, res, found)
            if res is not None:
                _place_according(sent, i, res, found)
        i = k


def _trailing_claim(sent: Sentence, i: int, res: Candidate, found: _Found) -> Candidate | None:
    """The claim of an according-to phrase trailing another report (قال الوزير إن X، بحسب الجيش):
    that report's claim up to the phrase, not the sentence from its start; none for a phrase
    naming the report's own speaker (قال الوزير…، بحسب الوزير)."""
    here = sent.nt.to_original(sent.toks[i].start)
    owner = next((c for k, c in reversed(found) if k < i and c.claim is not None and c.claim.start < here), None)
    inserted = next((c for k, c in reversed(found) if k < i and c.claim is not None and c.claim.start > here
                     and c.kind != "according_to"), None)
    if owner is None and inserted is not None and res.speaker is not None:
        return replace(res, claim=inserted.claim)  # قال الوزير، بحسب الوكالة، إن…: the verb's claim
    if owner is None or res.speaker is None:
        return res
    if owner.speaker is not None and norm_word(owner.speaker.text) == norm_word(res.speaker.text):
        return None
    end = sent.nt.to_original(sent.toks[i - 1].start)
    text = sent.nt.original[owner.claim.start:end].rstrip(" ،,؛;")
    if not text:
        return None
    return replace(res, claim=Span(owner.claim.start, owner.claim.start + len(text), text))


def _place_according(sent: Sentence, i: int, res: Candidate, found: _Found) -> None:
    """وبحسب الوكالة، قال المسؤول إن…: a sentence-initial source relays the next verb's report;
    any other according-to report is a report of its own."""
    nxt = next((m for m, (k, c) in enumerate(found) if k > i and c.via is None and c.kind != "according_to"), None)
    if res.speaker is not None and nxt is not None and sentence_initial(sent, i):
        k0, c0 = found[nxt]
        found[nxt] = (k0, replace(c0, via=res.speaker))
    else:
        found.append((i, res))
