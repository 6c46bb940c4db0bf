"""Claims: the span a report claims, where it ends, and the claim before a cue.

- from the content on: ``وقال الوزير إن [الاتفاق جاهز]``، ``قال: «[لن نصمت]»`` (direct);
- it ends where the next report begins: ``…إن [القوات تقدمت]، مضيفا أن…``، ``…، لكنه نفى…``;
- before the cue: ``[ارتفعت الصادرات]، بحسب وكالة رويترز``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import chain, compress, count
from operator import itemgetter, or_

from attribution.backends.rules.context import REACH, Context, Sentence
from attribution.backends.rules.cues import match_according, participle_opens_content, relayed_source_before
from attribution.backends.rules.quotes import closing_quote, inside_quote, opens_quote
from attribution.backends.rules.resumptive import resumed_starts
from attribution.backends.rules.subjects import adverbial_length
from attribution.backends.rules.words import is_complementizer, speaker_word
from attribution.lexicon.closed import BUT, BUT_PRON, COMMA, DASHES, HOWEVER, KAN, OPEN, PREPOSITIONS, PRON, WHAT, WHILE
from attribution.lexicon.names import is_given_name
from attribution.speakers.mention import analyse_mention, is_sacred
from attribution.text.morph import strip_pronoun
from attribution.records import Candidate, Span

_PRON_SUFFIXES = tuple(sorted(PRON))
_TRAILING = ".،,؛;:!؟?"  # punctuation a claim does not end with
_QUOTE_MARKS = "«»“”\""


def claim_of(sent: Sentence, content: tuple[str, int]) -> tuple[Span | None, str]:
    """(claim, kind) from the content found at a token: ``(kind, token index)`` where kind is
    ``comp`` (at أن/إن), ``colon``, ``quote`` or ``np`` (a noun phrase)."""
    kind, j = content
    toks = sent.toks
    if kind == "comp":
        # إنه سعيد: a complementizer with a pronoun keeps it, the subject of the claim
        w = toks[j].text
        start_tok = j if not w.endswith("ان") and w.endswith(_PRON_SUFFIXES) else j + 1
    elif kind == "colon":
        start_tok = j + 1
    else:
        start_tok = j
        ahead = _announced(toks, j)
        if ahead is not None:  # جاء في البيان ما يلي: «…»: what follows the colon is the content
            claim, kind = claim_of(sent, ("colon", ahead))
            if claim is not None:  # (a quotation in the next paragraph: the words stay as written)
                return claim, kind
    if start_tok >= len(toks):
        return None, "indirect"
    first = toks[start_tok]
    if first.text in OPEN and kind in ("quote", "colon"):
        close = closing_quote(sent, start_tok)
        if close is not None:
            return sent.span(first.end, close), "direct"
    if kind == "comp" and j and opens_quote(sent, j - 1):
        close = closing_quote(sent, j - 1)  # أشار إلى «أن الاتفاق أدى…»: the quote is the content
        if close is not None and close <= sent.end and first.start < close:
            return sent.span(first.start, close), "direct"
    a = first.start
    end = min(sent.end, a + REACH)
    if end < sent.end:  # a claim runs at most REACH characters, to a word's end
        end = max(sent.nt.text.rfind(" ", a, end), a + 1)
    if kind == "np":
        end = min(end, _contrast_after(sent, start_tok))  # أعلن النادي التعاقد، [إلا أن مصادر أشارت…]
    claim_text = sent.nt.text[a:end]
    # trailing punctuation is not part of the claim
    m = len(claim_text)
    while m > 0 and (claim_text[m - 1].isspace() or claim_text[m - 1] in _TRAILING
                     or (claim_text[m - 1] in ")]" and "(" not in claim_text[:m] and "[" not in claim_text[:m])):
        m -= 1  # (and a bracket closed outside the claim: "(إن الله مع الصابرين)")
    body = claim_text[:m]
    has_quote = any(q in body for q in _QUOTE_MARKS)
    return sent.span(a, a + m), ("mixed" if has_quote else "indirect")


_CONTRAST = frozenset({"لكن", "ولكن", "بيد"})


def _contrast_after(sent: Sentence, k: int) -> int:
    """Where a writer's contrast opens after a noun-phrase content (…، إلا أن…، غير أن…، لكن…):
    its comma's offset, or the sentence's end. A noun phrase holds no clause."""
    toks = sent.toks
    for m in range(k + 1, len(toks) - 1):
        if toks[m].text in COMMA:
            nxt = toks[m + 1].text
            if nxt in _CONTRAST or nxt in BUT_PRON or (nxt in HOWEVER and m + 2 < len(toks)
                                                        and toks[m + 2].text in ("ان", "انه", "انها", "انهم")):
                return toks[m].start
    return sent.end


_FOLLOWING = frozenset({("ما", "يلي"), ("ما", "ياتي"), ("الاتي",), ("التالي",)})


def _announced(toks: list, j: int) -> int | None:
    """The colon after a noun phrase that only announces the content (ما يلي، الآتي، التالي), or None."""
    for words in _FOLLOWING:
        k = j + len(words)
        if k < len(toks) and tuple(t.text for t in toks[j:k]) == words and toks[k].text == ":":
            return k
    return None


def claim_before(sent: Sentence, i: int) -> Span | None:
    """From the sentence start (at most :data:`REACH` characters back) to token ``i``, without the
    commas before it."""
    toks = sent.toks
    k = i - 1
    while k >= 0 and (toks[k].text in COMMA or toks[k].text in DASHES):
        k -= 1  # (…من المال - حسبما ذكرت: nor the dash)
    if k < 0:
        return None
    # at most REACH characters back, from a word's start
    first = bisect_left(toks, toks[k].end - REACH, key=lambda t: t.start)
    return sent.span(toks[first].start, toks[k].end)


def trim_claims(ctx: Context, sent: Sentence, found: list[tuple[int, Candidate]]) -> list[Candidate]:
    """A claim ends where the next report of the sentence begins (، مضيفا أن / وأضاف / بحسب قوله)."""
    stops = sorted(_report_starts(ctx, sent) + _contrasted_reports(ctx, sent, found))  # in text order
    own_by: dict[str | None, list[int]] = {}  # the speaker's next deeds, by the gender of their verb
    for s, gender in _own_events(ctx, sent):
        own_by.setdefault(gender, []).append(s)
    for offsets in own_by.values():
        offsets.sort()
    out = []
    for _, c in found:
        claim = c.claim
        if claim is not None and c.kind != "direct":
            after = max(claim.start, c.cue.end)
            ends = []
            nxt = bisect_right(stops, after)  # the first start after both
            if nxt < len(stops):
                ends.append(stops[nxt])
            if c.number == "sg" and c.kind != "unattributed":
                own = own_by.get(c.gender, [])
                j = bisect_right(own, after)
                if j < len(own):
                    ends.append(own[j])
            if ends and min(ends) < claim.end:
                t = sent.nt.original[claim.start:min(ends)].rstrip(" ،,؛;.!؟?")
                if t:
                    claim = Span(claim.start, claim.start + len(t), t)
        if claim is not c.claim:
            kind = c.kind
            if kind == "mixed" and not any(q in claim.text for q in _QUOTE_MARKS):
                kind = "indirect"
            c = replace(c, claim=claim, kind=kind)
        out.append(c)
    return out


_MA = frozenset({"ما", "لما"})  # the ما of بحسب ما ذكرت before its verb


def _report_starts(ctx: Context, sent: Sentence) -> list[int]:
    """Original offsets where a new report or a re-attribution starts: ، مضيفا / وأضاف / ، لكنه نفى / ، بحسب /
    ، وهو ما أكده."""
    toks = sent.toks
    forms = ctx.verb_forms
    to_original = sent.nt.to_original
    stops: list[int] = []
    # (only a verb form or a word after a comma may start one: a map over the words finds them)
    words = list(map(itemgetter(2), toks))
    after_comma = chain((False,), map(COMMA.__contains__, words))
    for k in compress(count(), map(or_, map(forms.__contains__, words), after_comma)):
        t = toks[k]
        prev = toks[k - 1].text if k else ""
        but = _but_before(ctx, toks, k) if forms.get(t.text) is not None else None
        if but is not None:
            stops.append(to_original(toks[but - 1].start))
            continue
        form = forms.get(t.text)
        if form is not None and (prev in _MA or prev == "حسبما") and (j := relayed_source_before(ctx, toks, k)) is not None:
            stops.append(to_original(toks[j].start))  # …الجلسات بحسب ما ذكرت صحيفة…: no comma before it
            continue
        if prev not in COMMA and not (t.text[:1] in "وف" and k > 0):
            if form is not None and form.aspect == "participle" and k and participle_opens_content(ctx, toks, k, form):
                stops.append(to_original(t.start))  # …القضية مشيرة إلى أن…: no comma before it
            continue
        if form is not None and form.needs_subject and not _subject_next(ctx, toks, k):
            continue  # (…يتكلم معه ويطالبه ببذل الجهد: a verb that reports only with its subject written goes on the claim)
        if form is not None and form.aspect == "participle" and form.clitic and prev not in COMMA \
                and not participle_opens_content(ctx, toks, k, form):
            continue  # (…في السنوات الأخيرة ومتابعة الأمير أحدثت…: a conjoined noun, its homograph, no new
            # report; not واصفا، واعدا, whose و is the root's)
        if form is not None and (form.aspect == "participle" or form.clitic):
            stops.append(to_original(toks[k - 1].start if prev in COMMA else t.start))
            continue
        if prev in COMMA and match_according(ctx, toks, k) is not None:
            stops.append(to_original(toks[k - 1].start))
        elif prev in COMMA and t.text in ("كما", "وكما") and k + 1 < len(toks) and forms.get(toks[k + 1].text) is not None \
                and not forms[toks[k + 1].text].clitic and (not forms[toks[k + 1].text].needs_subject or _subject_next(ctx, toks, k + 1)):
            stops.append(to_original(toks[k - 1].start))  # …، كما لفت إلى أن…: the next report
    stops.extend(to_original(toks[k].start) for k in resumed_starts(ctx, sent))  # …، وهو ما أكده الوزير
    return sorted(stops)


def _contrasted_reports(ctx: Context, sent: Sentence, found: list[tuple[int, Candidate]]) -> list[int]:
    """Original offsets of the comma before a report set against the one before it by a contrastive
    connector, its verb followed by a subject (…، في حين أوضح شكري أن…، …، فيما أكدت الوزارة أن…) — a
    report found there or a reporting verb that is no homograph (not …، فيما زادت المبيعات بنسبة…); a
    report found after a comma with its subject next (وبينما قال شكري إن…، أوضح كيري أن…), or with
    its subject fronted after لكن (…، لكن المعارضة قالت إن…)."""
    toks = sent.toks
    to_original = sent.nt.to_original
    cues = {c.cue.start: c for _, c in found}
    # a subject before its verb (…، لكن المعارضة قالت إن…): where the subject starts
    fronted = {c.speaker.start for _, c in found if c.speaker is not None and c.speaker.end <= c.cue.start}
    out = []
    for k in range(2, len(toks) - 1):
        c = _contrast_stop(ctx, sent, k, cues, fronted)
        if c is not None and not inside_quote(sent, k):  # (a report inside a quotation is the quoted words')
            out.append(to_original(toks[c].start))
    return out


def _contrast_stop(ctx: Context, sent: Sentence, k: int, cues: dict[int, Candidate], fronted: set[int]) -> int | None:
    """The comma (token index) before a contrasted report whose verb or subject stands at token
    ``k``, or None: see :func:`_contrasted_reports`."""
    toks, to_original = sent.toks, sent.nt.to_original
    at = to_original(toks[k].start)
    # the report found at the verb, its subject right after it (not …، تؤكد بما لا يدع مجالا…)
    sp = cues[at].speaker if at in cues else None
    own = sp is not None and sp.start == to_original(toks[k + 1].start) and not _what_phrase(toks[k + 1].text)
    if (at in cues or ((form := ctx.verb_forms.get(toks[k].text)) is not None and not form.strict)) \
            and (c := contrast_before(toks, k)) is not None and (own or _subject_next(ctx, toks, k)):
        return c
    if own and toks[k - 1].text in COMMA and not is_sacred(analyse_mention(sp.text, ctx.lexicon).name):
        return k - 1  # (…»، أوضح كيري أن…: after وبينما قال…; not …، قال رسول الله: "…": the speaker
        # cites scripture, and goes on)
    if at in fronted and toks[k - 1].text in BUT and toks[k - 2].text in COMMA:
        return k - 2
    return None


def _what_phrase(w: str) -> bool:
    """A ما after a preposition, no subject: …، تؤكد بما لا يدع مجالا للشك أن…"""
    return w in WHAT or (w[:1] in "بلكف" and w[1:] in WHAT)


#: "whereas", "while", "but" opening a clause set against the one before (…، بينما قال الوزير إن…)
_WHEREAS = WHILE | BUT
_WHILE_IN = frozenset({"في", "وفي"})  # في حين "whereas"


def contrast_before(toks: list, k: int) -> int | None:
    """The comma before a contrastive connector right before the verb at ``k`` (…، في حين أوضح، …،
    بينما قال، …، فيما أكدت): its token index, or None."""
    c = k - 1
    if c >= 0 and toks[c].text in _WHEREAS:
        c -= 1
    elif c >= 1 and toks[c].text == "حين" and toks[c - 1].text in _WHILE_IN:
        c -= 2
    else:
        return None
    return c if c > 0 and toks[c].text in COMMA else None


def _subject_next(ctx: Context, toks: list, k: int) -> bool:
    """Does a subject follow the verb at ``k``: a speaker word, a name, or a definite noun (not a
    preposition, a complementizer or a ب/ل-phrase: ويطالبه ببذل، ولاحظ أن)?"""
    if k + 1 >= len(toks):
        return False
    w = toks[k + 1].text
    return speaker_word(ctx, w) or is_given_name(w) or w in ctx.known \
        or (w.startswith("ال") and not is_complementizer(w) and w not in PREPOSITIONS)


def _but_before(ctx: Context, toks: list, k: int) -> int | None:
    """The لكنه opening the clause of the verb at ``k`` after a comma, right before it or before an
    adverbial (…، لكنه نفى…، …، لكنه في الوقت ذاته يصف…): its token index."""
    for b in range(k - 1, max(0, k - 6), -1):
        if toks[b].text in BUT_PRON:
            ok = b == k - 1 or adverbial_length(ctx, toks[b + 1:k]) == k - b - 1
            return b if ok and b > 0 and toks[b - 1].text in COMMA else None
    return None


def _own_events(ctx: Context, sent: Sentence) -> list[tuple[int, str]]:
    """(original offset, gender) where the speaker's next deed begins, a new verb clause of the same
    subject that ends a claim: «…، وأصدرت بيانا قالت فيه…» (a verb and a speech event),
    «…؛ كما كررت دعوتها…»، «…، كما قدم شكره…» (كما, a verb and a noun carrying the subject's
    pronoun).  The gender is the verb's: only a report of that gender ends there."""
    toks = sent.toks
    out = []
    # (the words after a comma, found by a map over the words: most are none)
    after_comma = compress(count(1), map(COMMA.__contains__, map(itemgetter(2), toks[:max(0, len(toks) - 3)])))
    for k in after_comma:
        w, nxt = toks[k].text, toks[k + 1].text
        if w == "كما":
            gender = _perfect_gender(nxt)
            obj = toks[k + 2].text
            if gender is not None and obj.endswith(_PRONOUN_OF[gender]) and strip_pronoun(obj) != obj \
                    and not is_complementizer(obj) and nxt not in KAN:  # (كما اتضح بأنه: "it became clear")
                out.append((sent.nt.to_original(toks[k - 1].start), gender))
        elif w[:1] == "و" and not ctx.verb_forms.get(w) and w not in KAN:
            gender = _perfect_gender(w[1:])  # (وكان اتصالا معتادا: no deed)
            if gender is not None and _event_noun(ctx, nxt):
                out.append((sent.nt.to_original(toks[k - 1].start), gender))
    return out


_PRONOUN_OF = {"m": "ه", "f": "ها"}


def _perfect_gender(w: str) -> str | None:
    """The gender of a word shaped like a 3rd-person singular perfect verb (كررت، أصدرت: f; قدم،
    بحث: m), or None (a noun, an imperfect, a plural)."""
    if not w.isalpha() or w.startswith("ال") or w.endswith(("ات", "ة", "ون", "ين", "ا")):
        return None
    if w.endswith("ت") and 4 <= len(w) <= 7:
        return "f"
    if 3 <= len(w) <= 6 and not w.startswith(("ي", "ت", "ن")):
        return "m"
    return None


def _event_noun(ctx: Context, w: str) -> bool:
    """An indefinite speech event as an object: بيانا، تصريحا، مؤتمرا (صحفيا)."""
    return w.endswith("ا") and w[:-1] in ctx.v.event
