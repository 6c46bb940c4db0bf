"""A verb's report, assembled from the rule families.

``وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن الحوار مستمر``: the cue guards pass
(:mod:`.cues`), the content starts at إن (:mod:`.content`), the subject is found after the verb
(:mod:`.subjects`, :mod:`.noun_phrase`) or, for object-taking verbs, split from the object
(:mod:`.objects`); a missing subject falls back on the context; the claim runs from the
content on (:mod:`.claims`).  A verb with no content may follow its quote (:mod:`.quotes`).
"""
from __future__ import annotations

from attribution.backends.rules.claims import claim_of
from attribution.backends.rules.content import Content, content_start
from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.cues import earlier_cue, is_cue, sentence_initial
from attribution.backends.rules.noun_phrase import is_addressee, plausible_speaker
from attribution.backends.rules.objects import object_split
from attribution.backends.rules.quotes import quote_before
from attribution.backends.rules.subjects import (
    antecedent, fronted_subject, main_clause_subject, pronoun_subject, relayed_source, subject_after,
    subject_before,
)
from attribution.lexicon.closed import ADDRESSEE_VERBS, BUT_PRON, COMMA, RELAY_VERBS, UNVEIL
from attribution.lexicon.cues import VerbForm
from attribution.records import Candidate, Span

_NAME_WORDS = frozenset({"اسمه", "اسمها", "اسم", "اسمهم", "اسماء"})  # ذكر اسمه: "mention a name"


def verb_report(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Candidate | None:
    """The report of the reporting-verb form ``form`` at token ``i``, or None."""
    if not is_cue(ctx, sent, i, form):
        return None
    toks = sent.toks
    content, mid_end = content_start(ctx, sent, i, form)
    subj, via = _subject_and_relay(ctx, toks[i + 1:mid_end], form)
    if content is None and "obj" in form.frames:
        split = object_split(ctx, toks, i, implicit=_subject_elsewhere(ctx, sent, i, form))
        if split is not None:
            subj, k = split
            content = ("np", k)
    if content is None:
        return quote_before(ctx, sent, i, form)
    subj = _settled_subject(ctx, sent, i, form, subj)
    if _not_a_report(ctx, toks, i, content, subj):
        return None
    if subj and form.impersonal and form.aspect == "imperfect" and not plausible_speaker(ctx, subj):
        subj = None  # ويرجح حتى اللحظة أن…: "it is thought likely", not a speaker
    speaker, kind = sent.mention(subj), None
    if speaker is None:
        speaker, kind = _implicit_speaker(ctx, sent, i, form)
    claim, claim_kind = claim_of(sent, content)
    if claim is None:
        return None
    cue = sent.cue(toks[i].start + len(form.clitic), toks[i].end, form.lemma, form.meaning)
    return Candidate(cue=cue, sentence=sent.index, speaker=speaker, claim=claim, kind=kind or claim_kind,
                     gender=form.gender, number=form.number, confidence=_confidence(form, speaker, content),
                     via=sent.mention(via))


def _subject_and_relay(ctx: Context, mid: list[Tok], form: VerbForm) -> tuple[list[Tok] | None, list[Tok] | None]:
    """(subject, relay) in the tokens between the verb and its content."""
    if form.lemma in RELAY_VERBS:
        relayed = relayed_source(ctx, mid)
        if relayed is not None:
            # نقلت وكالة "تاس" عن الرئيس بوتين قوله إن…: Putin speaks, the agency relays
            relay, source = relayed
            return source, relay
    return subject_after(ctx, mid), None


def _subject_elsewhere(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is the subject of an object-taking verb before it or dropped (…، لكنه نفى، وكانت الوزارة قد
    نفت، ونفوا)?  Then its object starts right after it."""
    prev = sent.toks[i - 1].text if i else ""
    return prev in BUT_PRON or (prev in COMMA and form.clitic[:1] == "و") \
        or fronted_subject(ctx, sent, i) is not None or form.number == "pl"


def _settled_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm,
                     subj: list[Tok] | None) -> list[Tok] | None:
    """The subject once word order and agreement have had their say."""
    # أما النائب فقد دعا الحكومة… / وكانت الوزارة قد أكدت…: a fronted subject makes the noun
    # phrase after the verb its object or addressee
    fronted = fronted_subject(ctx, sent, i)
    if fronted is not None:
        return fronted
    if form.number in ("pl", "du") and form.aspect != "participle" and subj:
        return None  # a verb agreeing in the plural has its subject before it or dropped (وطالبوا الحكومة…)
    if subj and form.lemma in ADDRESSEE_VERBS and is_addressee(ctx, subj):
        return None  # أبلغت الصحفيين بأن…: the noun phrase is who was told
    return subj


def _not_a_report(ctx: Context, toks: list[Tok], i: int, content: Content, subj: list[Tok] | None) -> bool:
    """A reading of the verb that reports nothing: an uncovering, an unveiling, a name mentioned."""
    if content[0] == "np" and subj and not plausible_speaker(ctx, subj):
        return True  # كشف الغطاء عن…: "uncovered", not "revealed"; the subject is no speaker
    if i + 1 < len(toks) and toks[i + 1].text in _NAME_WORDS:
        return True  # ذكر اسمه / عدم ذكر اسمه: "mention a name", not a report
    # كشفت الشركة النقاب عن طراز جديد: an unveiling, not a statement
    return content[0] == "np" and any(t.text in UNVEIL for t in toks[i + 1:content[1]])


def _implicit_speaker(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> tuple[Span | None, str | None]:
    """(speaker, kind) when no subject follows the verb: the fallbacks in order, or an unattributed report."""
    toks = sent.toks
    participle = form.aspect == "participle"
    speaker = None
    if i > 0 and not participle and toks[i - 1].text in ctx.v.relative:
        # "…فهد القحيز الذي أكد بأن…": the speaker is the noun phrase before الذي
        speaker = sent.mention(antecedent(ctx, toks, i - 1))
    if speaker is None and i > 0 and not participle:
        speaker = pronoun_subject(sent, toks[i - 1])  # لكنه أوضح، إنها أعلنت
    if speaker is None and i > 1 and (participle or form.clitic[:1] == "و") and not earlier_cue(ctx, sent, i):
        # وافتتح الوزير المعرض، مؤكدا أن… / واستقبل الوزير الوفد، وأكد أن…: the subject of the
        # sentence's first verb (VSO) is the subject of the report that continues it
        speaker = sent.mention(main_clause_subject(ctx, sent, i))
    if speaker is None and not participle:
        before = subject_before(ctx, sent, i)
        if before is not None:
            return sent.mention(before), None
        if form.aspect == "imperfect" and form.impersonal and form.clitic in ("", "و", "ف") \
                and sentence_initial(sent, i) and form.gender == "m" and form.number == "sg":
            return None, "unattributed"  # يذكر أن، يشار إلى أن: "it is mentioned that"
    return speaker, None


def _confidence(form: VerbForm, speaker: Span | None, content: Content) -> float:
    if form.aspect == "participle":
        return 0.8
    conf = 0.9 if speaker is not None else 0.75
    if content[0] == "np":
        conf -= 0.15  # a noun-phrase content is a weaker reading than أن or a quote
    return conf
