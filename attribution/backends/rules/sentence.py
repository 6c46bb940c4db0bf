"""The reports of one sentence: verbs and passives first, then according-to phrases outside them.

A report inside another's claim (``قال إن الوزير أكد أن…``) counts only with a subject of its own;
a new report by the same speaker (``…، مضيفا أن``، ``…، وأضاف``، ``…، لكنه نفى``) is not nested.
Each claim ends where the next report of the sentence begins.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from collections.abc import Iterator, Mapping
from itertools import accumulate, chain, compress, count
from operator import itemgetter, or_
from typing import Callable

from attribution.backends.rules.according import according_report, speaks
from attribution.backends.rules.claims import contrast_before, trim_claims
from attribution.backends.rules.context import REACH, Context, Sentence, Tok
from attribution.backends.rules.content import JUDGEMENT, content_start
from attribution.backends.rules.cues import (
    PREDICATING, match_according, negated, relayed_source_at, sentence_initial, vocalised_reading,
)
from attribution.backends.rules.noun_phrase import np_end
from attribution.backends.rules.passive import passive_report
from attribution.backends.rules.quotes import opens_quote
from attribution.backends.rules.resumptive import antecedent_report, is_what_clause, object_stem
from attribution.backends.rules.subjects import after_statement_pronoun, in_a_statement, object_gap
from attribution.backends.rules.verb import verb_report
from attribution.backends.rules.words import is_complementizer, speaker_word, speech_pronoun
from attribution.lexicon.closed import (
    BUT_PRON, CLOSE, COMMA, DASHES, NAMING, OPEN, PASSIVE, QAD, QUOTES, RELATIVES, RESUMPTIVE, STOP_PUNCT, WHAT,
)
from attribution.lexicon.cues import VerbForm
from attribution.records import Candidate, Span
from attribution.speakers.mention import analyse_mention
from attribution.lexicon.names import is_given_name
from attribution.text.morph import strip_article, strip_pronoun
from attribution.text.normalize import norm_word

_Found = list[tuple[int, Candidate]]  # (token index of the cue, report)
_Region = tuple[int, int]
# a comma, the sentence start, or a full stop the splitter passed over (inside an open quote)
_OPENS_CLAUSE = COMMA | STOP_PUNCT | {""}
_WHERE_MADE = frozenset({"في", "كما"})
_RELATIVE_OR_MA = RELATIVES | WHAT
CLOSE_MARKS = frozenset({")", "»", "”", '"', "]", "}"})
_TIME_NOUNS = frozenset({"وقت", "الوقت", "حين", "الحين", "اللحظة"})
_COMMA = re.compile("[،,]")


def sentence_reports(ctx: Context, sent: Sentence) -> list[Candidate]:
    """The reports of ``sent`` in text order, each claim trimmed at the next report."""
    found, covered = _verb_reports(ctx, sent)
    found = [(k, _topic_subject(ctx, sent, k, c)) for k, c in found]
    found = _relayer_goes_on(ctx, sent, found)
    found = _one_owner_per_content(sent, found)
    _add_according_reports(ctx, sent, found, covered)
    found.sort(key=lambda kc: kc[0])
    return trim_claims(ctx, sent, found)


_AMMA = frozenset({"اما", "واما"})  # «أمّا X فـ…»: X is the topic the ف-clause is about
_TOPIC_REACH = 14  # the most words between أما and the ف-verb


def _topic_subject(ctx: Context, sent: Sentence, k: int, c: Candidate) -> Candidate:
    """«أمّا تيد كروز، المرشح الجمهوري، فقال إن…»: a verb with ف and no subject of its own after a
    topic opened by أما takes the topic as its speaker (its subject, fronted)."""
    toks = sent.toks
    if c.speaker is not None or c.kind in ("according_to", "unattributed") or not toks[k].text.startswith("ف"):
        return c
    for j in range(k - 1, max(-1, k - _TOPIC_REACH), -1):
        w = toks[j].text
        if w in STOP_PUNCT:
            return c
        if w in _AMMA and j + 1 < k:
            seg = toks[j + 1:k]
            end = np_end(ctx, seg)
            return replace(c, speaker=sent.mention(seg[:end])) if end else c
    return c


def _relayer_goes_on(ctx: Context, sent: Sentence, found: _Found) -> _Found:
    """«نقل ناشطون عن شهود أن…، وطالبوا بفتح تحقيق»: a و-verb with a dropped subject after a
    relayed report shares the relaying verb's subject (ناشطون), its grammatical subject, not the
    source inside عن — when it agrees with it, and the source was not given words of its own
    (نقلت الوكالة عن المتحدث قوله إن…، وأضاف: the speaker's words go on)."""
    out: _Found = []
    for n, (k, c) in enumerate(found):
        if n and c.speaker is None and c.antecedent is None and c.kind not in ("according_to", "unattributed") \
                and sent.toks[k].text[:1] == "و" and (form := ctx.verb_forms.get(sent.toks[k].text)) is not None \
                and form.aspect == "perfect" and form.meaning in _RELAYER_STANCE:
            k0, relay = found[n - 1]
            if relay.via is not None and relay.claim is not None and relay.kind != "according_to" \
                    and not _speech_noun_between(ctx, sent, k0, relay.claim.start) \
                    and _agrees_with(ctx, relay.via, form):
                c = replace(c, antecedent=relay.via)
        out.append((k, c))
    return out


#: What a relayer does of its own after relaying (وطالبوا، ونددوا، وحذروا): a verb that goes on with
#: the relayed content (وأضافت، ولفتت إلى أن، وأوضحت) is still the source's.
_RELAYER_STANCE = JUDGEMENT | frozenset({"demand", "express", "promise", "threaten", "accuse", "recommend", "propose",
                                         "warn", "question", "complain"})


def _speech_noun_between(ctx: Context, sent: Sentence, k: int, end: int) -> bool:
    """Is a speech noun with its pronoun (قوله، تصريحاتها) between token ``k`` and ``end`` (an original offset)?"""
    span = sent.nt.original_span
    return any(speech_pronoun(ctx, t.text) is not None for t in sent.toks[k + 1:] if span(t.start, t.end)[0] < end)


def _agrees_with(ctx: Context, mention: Span, form: VerbForm) -> bool:
    """Does the verb agree with the subject ``mention``: a plural with a group, a singular with a
    singular of its gender?"""
    info = analyse_mention(mention.text, ctx.lexicon)
    if form.number == "pl":
        return info.number == "pl" or info.type == "group"
    return info.number != "pl" and info.type != "group" and (info.gender is None or info.gender == form.gender)


def _one_owner_per_content(sent: Sentence, found: _Found) -> _Found:
    """Two verbs reaching one content: the nearer owns it.  ``وانتقد الحكومة التي اتهمتها المعارضة
    بأنها فشلت``: the claim is the accusation's (المعارضة), not the criticism's; ``ونقلت الصحيفة
    تصريحات للمدرب قال فيها إن…``: the coach's, the paper only relays them — unless a comma
    closes the nearer one's clause (أوضح التقرير، الذي أوردته الصحيفة، أن…: the report's)."""
    original = sent.nt.original
    nearer: dict[int, list[tuple[int, int]]] = {}  # claim start → (token, cue start) of the resumptive reports
    for k2, c2 in found:
        if c2.claim is not None and c2.kind != "according_to" \
                and (_resumptive(sent, k2, c2) or in_a_statement(sent.toks, k2)) \
                and "،" not in original[c2.cue.end:c2.claim.start] and "," not in original[c2.cue.end:c2.claim.start]:
            nearer.setdefault(c2.claim.start, []).append((k2, c2.cue.start))
    out: _Found = []
    for k, c in found:
        later = c.claim is not None and any(k2 > k and cue_start < c.claim.start
                                            for k2, cue_start in nearer.get(c.claim.start, ()))
        if not later or c.kind == "according_to":
            out.append((k, c))
    return out


def _verb_reports(ctx: Context, sent: Sentence) -> tuple[_Found, list[_Region]]:
    """Reports of the verbs and passive forms, with the stretches of text each one owns."""
    toks = sent.toks
    forms = ctx.verb_forms
    found: _Found = []
    directs: list[Candidate] = []  # the direct reports among them
    covered: list[_Region] = []
    heads: set[tuple[int, int]] = set()  # (speaker end, claim start) of the reports found: see _on_a_subject
    reach = -1  # the furthest end of a region so far: every region starts at or before this verb
    first_according = _first_according(ctx, toks)
    given = sent
    for i in _verb_places(forms, toks):
        t = given.toks[i]
        form = forms.get(t.text)
        if (form is None or form.addressed) and i and toks[i - 1].text in _RELATIVE_OR_MA:
            # (after a relative the pronoun is the antecedent's, not an addressee: التي اتهمتها النقابة)
            stem_form, stem_sent = _resumptive_form(ctx, sent, i, own=sent is not given)
            if stem_form is not None or form is None:
                form, sent = stem_form, stem_sent
            toks = sent.toks
        if form is not None:
            form = vocalised_reading(ctx, sent, i, form)
            if _naming(ctx, toks, i):
                continue  # ساكن آخر يدعى سيرجي: "named", not "claims"
            what = is_what_clause(toks, i)
            cand = antecedent_report(ctx, sent, i, form) if what else None
            if cand is not None or what and toks[i - 1].text in WHAT:
                pass  # وهو ما أكده الوزير: ما is no negation here (وهو ما دفع الوزارة إلى…: nor a report)
            elif negated(toks, i, form):  # (الأمر الذي نفى قادة اللجنة أن يكون…: the verb's own content)
                continue
            elif toks[i].end < t.end and _antecedent_is_content(ctx, sent, i, form):
                continue  # هذا المبلغ الذي أكده الصندوق خروج اليونان…: what was confirmed is المبلغ
            else:
                cand = verb_report(ctx, sent, i, form, reported_before=bool(found) or first_according() < i)
                if cand is not None and (toks[i].end < t.end and _comma_between(sent, cand)
                                         or _on_a_subject(ctx, sent, i, heads, cand)):
                    cand = None  # التقرير، الذي أوردته الصحيفة، أن…: the content is the main verb's
            if cand is not None and _weak(cand) and t.start < reach and not _opens_new_report(sent, i, form) \
                    and not (is_what_clause(toks, i) and cand.speaker is not None) \
                    and not _own_clause(ctx, toks, i, form, cand) and not _new_speaker(ctx, sent, i, form, found, cand) \
                    and not _contrasted(sent, i, cand):
                # a report inside another's claim (قال إن الوزير أكد أن…) counts only with its own
                # subject and a clausal content; a bare one belongs to the outer report, unless its
                # speaker goes on
                cand = _going_on(ctx, toks, i, form, found, cand)
            if cand is not None and form.aspect != "participle" and _in_direct_claim(directs, cand) \
                    and not _after_close(toks, i):
                cand = None  # قال المدير "… وتقول الدراسات إن…": the quoted speaker's words, not a report
        elif t.text in PASSIVE:
            cand = passive_report(sent, i)
        else:
            continue
        if cand is not None and _addressed_to_reader(sent, i, form, cand):
            # ولأنك تعتقد أن…: "you" (the reader) think it, no source says it (its stretch stays
            # its own: «…، فأنت تتحفنا وفق لغة ركيكة» names no source)
            covered.append(_region(sent, i, cand))
            reach = max(reach, covered[-1][1])
            continue
        if cand is not None:
            if _in_time_clause(toks, i):
                cand = _claim_to_comma(sent, cand)
            found.append((i, cand))
            if cand.speaker is not None and cand.claim is not None and cand.kind != "according_to":
                heads.add((cand.speaker.end, cand.claim.start))
            if cand.kind == "direct":
                directs.append(cand)
            covered.append(_region(sent, i, cand))
            reach = max(reach, covered[-1][1])
    return found, covered


#: The second person "you" before a ت-verb: أنت، وأنتم; or its ك on a particle: لأنك، إنك، لعلك، لكنك.
_YOU = re.compile(r"[وف]?(?:(?:أنت|انت)(?:م|ما)?|(?:لأن|لان|إن|ان|أن|لعل|كأن|كان|لكن)(?:ك|كم))")
_YOU_REACH = 3  # the most words between "you" and its verb (وأنت حين تقول، لأنك ربما تعتقد)


def _addressed_to_reader(sent: Sentence, i: int, form: VerbForm | None, c: Candidate) -> bool:
    """Is the ت-verb at ``i`` the second person, "you" written before it with no subject of its
    own (وأنت ترى أن…، ولأنك تعتقد أن…)?  The writer addresses the reader, or the interviewer the
    guest: not a source's words (the feminine "she" has the same shape: تقول الوزيرة)."""
    if form is None or form.aspect != "imperfect" or c.kind == "according_to" or c.speaker is not None \
            and c.speaker.end > c.cue.start:
        return False
    toks = sent.toks
    word = toks[i].text[len(form.clitic):]
    if not word.startswith("ت"):
        return False
    for j in range(i - 1, max(-1, i - 1 - _YOU_REACH), -1):
        w = toks[j].text
        if _YOU.fullmatch(w):
            return True
        if w in COMMA or w in STOP_PUNCT or w in QUOTES or w == ":":
            return False
    return False


def _on_a_subject(ctx: Context, sent: Sentence, i: int, heads: set[tuple[int, int]], cand: Candidate) -> bool:
    """Is the verb at ``i`` in a relative clause on the subject of an earlier report that reaches
    the same content?  The clause says which speaker, the content is the main verb's: «وذكرت
    الصحيفة التي نقلت الخبر عن مصادرها أن…»، «وقال الوزير الذي نقلت عنه الصحيفة تصريحاته إن…».
    ``heads``: (speaker end, claim start) of the sentence's reports so far (not according-to ones)."""
    toks = sent.toks
    if i < 2 or toks[i - 1].text not in ctx.v.relative or cand.claim is None:
        return False
    head_end = sent.nt.original_span(toks[i - 2].start, toks[i - 2].end)[1]
    return (head_end, cand.claim.start) in heads


def _verb_places(forms: Mapping[str, VerbForm], toks: list[Tok]) -> Iterator[int]:
    """The token indices :func:`_verb_reports` reads, in order: a verb form, a passive form, or a
    word after a relative or ما (a verb with its object pronoun); most words are none (a map
    over the words, not a Python step per token)."""
    words = list(map(itemgetter(2), toks))
    after_relative = chain((False,), map(_RELATIVE_OR_MA.__contains__, words))
    return compress(count(), map(or_, map(or_, map(forms.__contains__, words), map(PASSIVE.__contains__, words)),
                                 after_relative))


def _first_according(ctx: Context, toks: list[Tok]) -> Callable[[], int]:
    """``first()``: the token index of the sentence's first according-to phrase (وبحسب الوكالة، …),
    ``len(toks)`` without one; looked for once, when first asked."""
    first: list[int] = []
    acc_open = ctx.acc_open  # (only a word that may open a phrase is matched: most open none)

    def at() -> int:
        if not first:
            opening = compress(count(), map(acc_open.__contains__, map(itemgetter(2), toks)))
            first.append(next((k for k in opening if match_according(ctx, toks, k) is not None), len(toks)))
        return first[0]
    return at
def _resumptive_form(ctx: Context, sent: Sentence, i: int, own: bool = False) -> tuple[VerbForm | None, Sentence]:
    """A reporting verb carrying the object pronoun of a relative (الحكومة التي اتهمتها المعارضة
    بأنها…، وهو ما تؤكده الحملة): the verb's form, and the sentence with the pronoun left out of its token
    (``own``: the sentence's tokens are already a copy of its own, changed in place)."""
    t = sent.toks[i]
    found = object_stem(ctx, t.text, defective=is_what_clause(sent.toks, i))
    if found is None:
        return None, sent
    form, stem = found
    toks = sent.toks if own else list(sent.toks)
    toks[i] = Tok(t.start, t.start + len(stem), stem)
    return form, replace(sent, toks=toks)


def _antecedent_is_content(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> bool:
    """Does the verb at ``i``, carrying the object pronoun of a relative (الذي أكده، التي أعلنتها),
    take no clause, quotation or colon of its own?  Then what was said is the relative's head
    (المبلغ الذي أكده صندوق النقد), and a noun after its subject is the main verb's, not its content.
    A verb of describing or judging predicates of the pronoun (الذي وصفه بالقوي، الذي اعتبره التقرير
    دليلا): its report stays."""
    if form.meaning in PREDICATING or sent.toks[i - 1].text not in RELATIVES:
        return False
    content = content_start(ctx, sent, i, form)[0]
    return content is None or content[0] == "np"




def _naming(ctx: Context, toks: list[Tok], i: int) -> bool:
    """يدعى/تدعى between a description and a name: "named", not the verb "claims" (يدعي أن…):
    ساكن آخر يدعى سيرجي، وقال أحد السكان، ويدعى موها صالح، إن…، صحيفة تدعى «العين الشرقية»."""
    w = toks[i].text
    waw = w[:1] == "و" and w[1:] in NAMING
    if (w not in NAMING and not waw) or i == 0 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1].text, toks[i + 1].text
    quoted = nxt in OPEN and i + 2 < len(toks)
    if quoted:
        nxt = toks[i + 2].text  # a quoted name: يدعى «أبو محمد المقدسي»، صحيفة تدعى «العين الشرقية»
    return (prev not in COMMA or waw) and not is_complementizer(nxt) and nxt not in (":", "بان") and nxt.isalpha() \
        and (quoted or not nxt.startswith("ال")) and ctx.verb_forms.get(prev) is None


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
    m = _COMMA.search(c.claim.text)
    if m is None:
        return c
    k = m.start()
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



def _in_direct_claim(directs: list[Candidate], c: Candidate) -> bool:
    """Is the cue of ``c`` inside the quotation of a direct report found before it?  (Found in text
    order, and a claim within REACH of its cue: the look back stops two reaches before the cue.)"""
    for d in reversed(directs):
        if d.cue.start < c.cue.start - 2 * REACH:
            return False
        if d.claim is not None and d.claim.start <= c.cue.start < d.claim.end:
            return True
    return False


def _after_close(toks: list[Tok], i: int) -> bool:
    """Does the verb at ``i`` follow a closing mark (…)، وأكد الشيخ…), where a quote may have ended
    that its report's claim runs past (an unbalanced quote)?  (A participle is never held a quoted word.)"""
    k = i - 1
    while k >= 0 and toks[k].text in COMMA:
        k -= 1
    return k >= 0 and toks[k].text in CLOSE_MARKS


def _weak(c: Candidate) -> bool:
    return c.speaker is None or c.kind == "unattributed" or c.confidence < 0.8


def _inside_any(covered: list[_Region]) -> Callable[[int], bool]:
    """``inside(x)``: is ``x`` inside one of the regions (``a <= x < b``)?  Sorted once, so each
    question costs a bisection."""
    ordered = sorted(covered)
    starts = [a for a, _ in ordered]
    furthest = list(accumulate((b for _, b in ordered), max))

    def inside(x: int) -> bool:
        k = bisect_right(starts, x)
        return k > 0 and furthest[k - 1] > x
    return inside


def _region(sent: Sentence, i: int, c: Candidate) -> _Region:
    """The normalised stretch a report owns: from its cue (or its quote, when the quote comes
    first) to the end of its claim; a report starting inside it is nested."""
    a = sent.start if c.kind == "direct" and c.claim and c.claim.start < c.cue.start else sent.toks[i].start
    b = sent.end
    if c.claim is not None:  # the first token at or after the claim's end (offsets only grow)
        to_original = sent.nt.to_original
        k = bisect_left(sent.toks, c.claim.end, key=lambda t: to_original(t.start))
        b = sent.toks[k].start if k < len(sent.toks) else b
    return a, b


def _opens_new_report(sent: Sentence, i: int, form: VerbForm) -> bool:
    """، مضيفا أن / وأضاف أن / لكنه نفى: a new report by the same speaker, not a nested one."""
    toks = sent.toks
    prev = toks[i - 1].text if i else ""
    if prev in BUT_PRON and i > 1 and toks[i - 2].text in COMMA:
        return True
    if prev in ("كما", "وكما") and i > 1 and toks[i - 2].text in COMMA and not form.clitic:
        return True  # …، كما لفت إلى أن…: "also", the same speaker's next report
    if form.clitic[:1] in ("و", "ف") and prev in CLOSE and not opens_quote(sent, i - 1):
        return True  # ووصفت المصادر الادعاء بـ"الهرطقة" وقالت: …: the quotation ended, a new report begins
    return form.aspect == "participle" or (form.clitic[:1] in ("و", "ف") and prev in _OPENS_CLAUSE)


def _contrasted(sent: Sentence, i: int, c: Candidate) -> bool:
    """A verb after a comma and a contrastive connector, its own subject right after it (…، فيما
    أكدت مصادر عسكرية نجاح…، …، في حين نفى الوزير وجود…، …، بينما أعلن المتحدث عن…): a clause set
    against the one before, a new report, not a word of the claim before."""
    return c.speaker is not None and c.speaker.start >= c.cue.end \
        and not sent.nt.original[c.cue.end:c.speaker.start].strip() and contrast_before(sent.toks, i) is not None


def _new_speaker(ctx: Context, sent: Sentence, i: int, form: VerbForm, found: _Found, c: Candidate) -> bool:
    """A و-verb inside the claim before with its own subject right after it, another than the outer
    speaker: a new clause and a new report, not a word of the claim (وأشار عدد من السكان إلى أن
    النفايات تراكمت وتساءل آخرون عن غياب عمال النظافة).  The subject must name a speaker, or be a
    plural in ون, the nominative, after a masculine verb (not وطالبت كافة القادمين بـ…، وتوقعت
    تعافيه: the object, its subject dropped)."""
    if form.clitic[:1] != "و" or form.aspect != "perfect" or c.speaker is None or not found \
            or c.speaker.start < c.cue.end or sent.nt.original[c.cue.end:c.speaker.start].strip() \
            or i + 1 >= len(sent.toks):
        return False
    head = sent.toks[i + 1].text
    if not (speaker_word(ctx, head) or speaker_word(ctx, strip_pronoun(head)) or head in ctx.known
            or is_given_name(head) or head.endswith("ون") and form.gender == "m"):
        return False
    outer = found[-1][1]
    return outer.kind != "according_to" and outer.speaker is not None \
        and norm_word(outer.speaker.text) != norm_word(c.speaker.text)


def _going_on(ctx: Context, toks: list[Tok], i: int, form: VerbForm, found: _Found, c: Candidate) -> Candidate | None:
    """A و-verb of saying with no subject, its own content right after it, inside the claim of the
    report before, which agrees with it: the same speaker goes on, with no comma written (فيما أكد
    المتحدث أن التحقيقات جارية وقال إن الجناة سيحاسبون) — ``c`` with that speaker as its antecedent;
    None for a clause of the claim (no content of its own after the verb)."""
    if form.clitic[:1] != "و" or form.aspect != "perfect" or i + 1 >= len(toks) or not found or c.speaker is not None:
        return None
    nxt = toks[i + 1].text
    if not (is_complementizer(nxt) or nxt == ":"):
        return None
    outer = found[-1][1]
    if outer.kind == "according_to" or (outer.gender, outer.number) != (form.gender, form.number):
        return None
    return replace(c, antecedent=outer.speaker or outer.antecedent)


def _own_clause(ctx: Context, toks: list[Tok], i: int, form: VerbForm, c: Candidate) -> bool:
    """A nested report that stands as a clause of its own: a document before its verb pointing to
    a content through the verb's frame (أكد أن الإحصاءات تشير إلى ارتفاع…), or a relative clause
    whose antecedent is the verb's object, with a dropped subject (أعرب عن ارتياحه للأحكام التي
    اعتبر أنها ستسهم…)."""
    if c.speaker is not None:
        return c.speaker.end <= c.cue.start and i + 1 < len(toks) and form.frames.opens(toks[i + 1].text) \
            and strip_article(norm_word(c.speaker.text).split()[0]) in ctx.v.doc
    if c.claim is None or c.confidence < 0.75:
        return False  # (a noun-phrase content, 0.6, is too weak a reading inside another claim)
    k = after_statement_pronoun(toks, i)
    if k is not None and k < len(toks) and (is_complementizer(toks[k].text) or toks[k].text in OPEN or toks[k].text == ":"):
        return True  # قال إن الوزير أدلى بتصريح يؤكد فيه أن…: the statement's own report
    impersonal = form.impersonal and form.aspect == "imperfect" and form.number == "sg" and form.gender == "m"
    return object_gap(toks, i, form) and not impersonal  # (الخلايا التي يعتقد أنها…: "is believed")


def _add_according_reports(ctx: Context, sent: Sentence, found: _Found, covered: list[_Region]) -> None:
    """Add the according-to reports outside the verbs' stretches (or closing one: بحسب قوله)."""
    toks = sent.toks
    n = len(toks)
    # the words that may open a phrase (most open none), in order
    openers = list(compress(count(), map(ctx.acc_open.__contains__, map(itemgetter(2), toks))))
    inside = _inside_any(covered)
    # the first report an own-words phrase (بحسب قوله) closes; one is enough to know
    spoken = next(([kc] for kc in found if speaks(kc[1])), [])
    verb_cues = {k for k, c in found if c.kind != "according_to"}
    i = 0
    while (m := bisect_left(openers, i)) < len(openers):
        i = openers[m]
        acc = match_according(ctx, toks, i)
        if acc is None:
            i += 1
            continue
        k = i + acc[0]
        if k - 1 in verb_cues:
            i = k  # كما أكد الوزير أن…: "also", the verb's own report
            continue
        own_words = k < n and speech_pronoun(ctx, toks[k].text) is not None
        # (not في تصريح لـ…، في بيان لـ…: where the report was made, not another source)
        trailing = i > 0 and toks[i - 1].text in COMMA and acc[1][0] not in _WHERE_MADE
        trailing = trailing or (i > 0 and relayed_source_at(ctx, toks, i, acc))  # (…الجلسات بحسب ما ذكرت صحيفة…)
        if i > 0 and toks[i - 1].text in DASHES and inside(toks[i].start) and not own_words:
            res = according_report(ctx, sent, i, acc, spoken)
            if res is not None:
                _parenthetical_source(sent, i, acc, res, found)
        elif not inside(toks[i].start) or own_words or trailing:
            # (…، وقال الوزير إن X، بحسب الجيش: a trailing source of its own is a second record)
            res = according_report(ctx, sent, i, acc, spoken)
            if res is not None and inside(toks[i].start) and not own_words:
                res = _trailing_claim(sent, i, res, found)
            if res is not None:
                _place_according(sent, i, res, found)
                if not spoken and speaks(res):
                    spoken = [(i, res)]
        i = k


def _parenthetical_source(sent: Sentence, i: int, acc: tuple[int, tuple[str, ...]], res: Candidate,
                          found: _Found) -> None:
    """A source between dashes, between a verb and its claim: «نقلا عن» makes it the speaker, the
    verb's subject relaying (وقالت الصحيفة -نقلا عن مصادر خاصة- إن…); another phrase is a
    second record of the same claim (وأشارت الصحيفة -وفقا لشخص مطلع- إلى أن…)."""
    at = sent.nt.to_original(sent.toks[i].start)
    m = next((m for m, (k, c) in enumerate(found) if k < i and c.claim is not None and c.cue.end <= at < c.claim.start
              and c.kind != "according_to"), None)
    if m is None or res.speaker is None:
        return
    k, owner = found[m]
    if acc[1][0] == "نقلا":
        found[m] = (k, replace(owner, speaker=res.speaker, via=owner.speaker, confidence=min(owner.confidence, 0.85)))
    else:
        found.append((i, replace(res, claim=owner.claim, kind="according_to")))


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
    end = sent.nt.to_original(sent.toks[i].start)  # (the comma before it, if any, is stripped)
    text = sent.nt.original[owner.claim.start:end].rstrip(" ،,؛;")
    if not text:
        return None
    return replace(res, claim=Span(owner.claim.start, owner.claim.start + len(text), text))


_HELD = frozenset({"believe", "expect"})  # the cue meanings of a view held, not of words said


def _place_according(sent: Sentence, i: int, res: Candidate, found: _Found) -> None:
    """وبحسب الوكالة، قال المسؤول إن…: a sentence-initial source relays the next verb's report (its
    ``via``) and is a report of its own, the relayed report its claim, as a trailing one is (قال
    المسؤول إن…، بحسب الوكالة: two records); any other according-to report is a report of its own.
    Only «نقلا عن» opening a sentence relays nothing of its own: the verb's subject quotes it."""
    if res.speaker is not None and sentence_initial(sent, i):
        nxt = next((m for m, (k, c) in enumerate(found) if k > i and c.via is None and c.kind != "according_to"),
                   None)
        # (not a subjectless report after a comma: ووفقا للمتحدث فإن X، موضحا أن Y — the
        # participle goes on with the source's own voice, a report of its own)
        # (nor a belief the source reports: ووفقا للمصادر فإن الجهات الدائنة تعتقد أن… — the creditors
        # said nothing, the sources did; the belief stays a report inside the source's claim)
        if nxt is not None and _own_relative(sent, res, *found[nxt]):
            return  # وفقا للمدير، الذي أوضح أن…: the source's own report, through a relative
        if nxt is not None and not (found[nxt][1].speaker is None and found[nxt][0] > 0
                                    and sent.toks[found[nxt][0] - 1].text in COMMA) \
                and found[nxt][1].cue.meaning not in _HELD and (_right_after_source(sent, res, *found[nxt])
                                                                or _its_subject_dropped(sent, *found[nxt])):
            k0, c0 = found[nxt]
            found[nxt] = (k0, replace(c0, via=res.speaker))
            if res.cue.lemma.startswith("نقلا") or c0.speaker is None \
                    or norm_word(c0.speaker.text) == norm_word(res.speaker.text):
                return
    found.append((i, res))


def _own_relative(sent: Sentence, res: Candidate, k: int, c: Candidate) -> bool:
    """Is the report at ``k`` the verb of a relative on the phrase's own source (وفقا لرئيس المجلس،
    الذي أوضح أن…)?"""
    return k > 0 and sent.toks[k - 1].text in RELATIVES and c.speaker is not None and res.speaker is not None \
        and c.speaker.start <= res.speaker.start < c.speaker.end


def _its_subject_dropped(sent: Sentence, k: int, c: Candidate) -> bool:
    """وبحسب منظمة الفاو (…) فقد ذكرت أن…: a verb with no subject after فقد goes on with the
    source, however long its description."""
    return c.speaker is None and k > 0 and sent.toks[k - 1].text in QAD


def _right_after_source(sent: Sentence, res: Candidate, k: int, c: Candidate) -> bool:
    """Does the report at ``k`` follow the phrase's source with nothing but a comma, a quote mark,
    فقد or فإن and its own subject between (وبحسب «رويترز» قال…، ووفقا للوكالة، فقد أكد…، وبحسب
    المصادر فإن الوزير أكد…)?  A report further on is inside the source's own claim (وبحسب أقارب
    الضحية فإن السيدة… الطبيب الذي أكد أن…): it relays nothing."""
    end = res.speaker.end
    nt = sent.nt
    subject = (c.speaker.start, c.speaker.end) if c.speaker is not None else (-1, -1)
    between = [t.text for t in sent.toks[:k] if nt.to_original(t.start) >= end
               and not subject[0] <= nt.to_original(t.start) < subject[1]]
    return all(w in COMMA or w in QUOTES or w in QAD or is_complementizer(w) for w in between)
