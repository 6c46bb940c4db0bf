"""According-to reports: ``…، بحسب وكالة رويترز`` (claim before), ``ووفقا للبيان، فإن …`` (claim
after), ``حسب ما أعلنت إدارة الميناء``; ``بحسب قوله`` after a report only closes that report's claim.
"""
from __future__ import annotations

from attribution.backends.rules.claims import claim_before, claim_of
from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.cues import sentence_initial
from attribution.backends.rules.noun_phrase import np_end
from attribution.backends.rules.words import is_adverbial, is_complementizer, speech_pronoun
from attribution.lexicon.closed import COMMA, FUNCTION, OPEN, PREPOSITIONS, QUOTES, STOP_PUNCT
from attribution.records import Candidate, Cue, Span
from attribution.text.morph import strip_article, strip_pronoun

_MA = frozenset({"ما", "لما"})  # بحسب ما أعلنت: "according to what … announced"
_ENDS_WITH_MA = frozenset({"حسبما", "ما", "لما"})
_MEDIUM = frozenset({"في", "عبر", "علي"})  # بحسب ما نشر في صحيفة محلية: the source is the medium
_STOP_OR_COMMA = STOP_PUNCT | COMMA
_SOURCE_STOP = _STOP_OR_COMMA | {":", "-", "–", "—", "(", ")"}
_SOURCE_MAX, _APPOSITION_MAX = 9, 5
_SAYS = frozenset({("جاء", "في"), ("ورد", "في")})  # جاء في البيان: only a statement or report "says"
_CAME = frozenset({"جاء", "وجاء", "ورد", "وورد"})
_WHERE_MADE = frozenset({"في"})  # في تصريح لـ…، في بيان لـ…، في مقابلة مع…

Match = tuple[int, tuple[str, ...]]  # (tokens used, phrase) from cues.match_according


def according_report(ctx: Context, sent: Sentence, i: int, acc: Match,
                     earlier: list[tuple[int, Candidate]]) -> Candidate | None:
    """The report of the according-to phrase ``acc`` at token ``i``; ``earlier``: the reports found so far."""
    used, phrase = acc
    toks = sent.toks
    if i + used >= len(toks):
        return None
    cue_end, k = _cue_end(ctx, toks, i + used, phrase)
    src, k = source_np(ctx, toks, k)
    if not src:
        return None
    # وفقا لأرامكو: the proclitic ل is not part of the speaker's name
    ell = phrase[-1] == "ل" and src[0].text.startswith("ل") and src[0].text != "ل" and toks[i + used - 1].text != "ل"
    head = _head(src, ell)
    meaning = ctx.lexicon.according_to.get(phrase, "report")
    cue = sent.cue(toks[i].start + (0 if toks[i].text == phrase[0] else 1), cue_end, " ".join(phrase), meaning)
    pron = speech_pronoun(ctx, head)
    if pron is not None:
        # بحسب قوله، على حد تعبيره: a pronoun on a speech noun points back at the speaker
        return _own_words(sent, i, cue, pron, earlier)
    if strip_article(head) in ctx.v.speech and len(src) > 1:
        src, ell = src[1:], False  # على حد تعبير النائب، حسب تقدير الطرابلسي: the source follows the speech noun
    elif phrase[0] == "علي" and phrase[-1] == "حد":
        return None  # على حد سواء: no speech noun, no source
    if not _credible_source(ctx, phrase, src, _head(src, ell)):
        return None
    if phrase[0] == "كما" and (sentence_initial(sent, i) or not _named_source(ctx, src)):
        return None  # كما أعلن البنك بيع وحدته… opening a clause: "also"; كما أعلن ترشحه: no source
    claim = _according_claim(sent, i, k, phrase)
    if claim is None:
        return None
    return Candidate(cue=cue, sentence=sent.index, speaker=sent.mention(src, drop_first=1 if ell else 0),
                     claim=claim, kind="according_to", confidence=0.8)


def _cue_end(ctx: Context, toks: list[Tok], j: int, phrase: tuple[str, ...]) -> tuple[int, int]:
    """(normalised end of the cue, token where the source starts) for the phrase ending before ``j``:
    the cue takes in ما and its verb (بحسب ما أعلنت، حسبما ذكرت)."""
    n = len(toks)
    first = toks[j].text
    if first in _MA and j + 1 < n and ctx.verb_forms.get(toks[j + 1].text) is not None:
        cue_end, k = toks[j + 1].end, j + 2  # بحسب ما أعلنت رئيسة المجموعة
    elif phrase[-1] in _ENDS_WITH_MA and first not in _STOP_OR_COMMA:
        cue_end, k = toks[j].end, j + 1  # حسبما ذكرت الوكالة، بحسب ما نقلت الأمانة: a verb follows ما
    else:
        return toks[j - 1].end, j
    if k < n and toks[k].text in _MEDIUM:
        k += 1  # بحسب ما نشر في صحيفة محلية: a passive report, its source is the medium
    return cue_end, k


def _head(src: list[Tok], ell: bool) -> str:
    head = next((t.text for t in src if t.text not in QUOTES), src[0].text)  # (a quoted name: «المرصد»)
    if ell:
        return head[2:] if head.startswith("لل") else head[1:]
    return head


def _own_words(sent: Sentence, i: int, cue: Cue, pron: tuple[str, str],
               earlier: list[tuple[int, Candidate]]) -> Candidate | None:
    """بحسب قوله: closes the previous report's claim (see claims.trim_claims), or stands alone
    with the pronoun's gender and number for the speaker resolved later."""
    if any(speaks(c) for _, c in earlier):
        return None
    claim = claim_before(sent, i)
    if claim is None:
        return None
    gender, number = pron
    return Candidate(cue=cue, sentence=sent.index, speaker=None, claim=claim, kind="according_to",
                     gender=gender, number=number, confidence=0.7)


def speaks(c: Candidate) -> bool:
    """Is ``c`` a report an own-words phrase after it closes (a verb's, or one with a speaker)?"""
    return c.kind != "according_to" or c.speaker is not None


def _credible_source(ctx: Context, phrase: tuple[str, ...], src: list[Tok], head: str) -> bool:
    """A speaker word, a place or a known name, not a law or a season (وفق القانون، حسب الموسم)."""
    v, known = ctx.v, ctx.known
    headb = strip_article(head)
    if headb in v.not_source or head in v.not_source or head.isdigit():
        return False
    if phrase in _SAYS and headb not in v.doc:
        return False  # جاء في الموعد المحدد
    if phrase[0] in _WHERE_MADE and (src[0].text in QUOTES or headb in v.media or head in v.media):
        return False  # لافتة في تصريح لـ«الشرق الأوسط» إلى أن…: the outlet spoken to, not a source
    if head.startswith("ال") or head.startswith("لل"):
        return headb in v.speakerish or head in known or headb in known
    if not (headb in v.speakerish or head in v.place or len(head) > 2):
        return False
    if not (headb in v.speakerish or head in v.place or head in known or head in v.given) \
            and len(src) > 1 and src[1].text.startswith("ال") and not src[1].text.endswith(("ي", "ية")):
        return False  # وفقا لفئات الأمانات: a noun in construct, not a name (وفقا لمحمد الأحمد is a name)
    return True


def _named_source(ctx: Context, src: list[Tok]) -> bool:
    """A source after كما + verb: a word that can name one (a quoted name too), not a preposition, a
    function word or a noun with a pronoun (كما ذكرت على أدلة، كما أعلن ترشحه)."""
    head = next((t.text for t in src if t.text not in QUOTES), "")
    return bool(head) and head not in PREPOSITIONS and head not in FUNCTION and head not in ctx.acc_first \
        and (strip_pronoun(head) == head or strip_article(head) in ctx.v.speakerish)


def _according_claim(sent: Sentence, i: int, k: int, phrase: tuple[str, ...]) -> Span | None:
    """The claim after a sentence-initial phrase (ووفقا للبيان، فإن … / وجاء على لسان X أن …), else before it."""
    toks = sent.toks
    n = len(toks)
    # (…القاعدة.وفقا للوكالة فإن…: a full stop glued to the phrase opens a sentence the splitter missed)
    lead = sentence_initial(sent, i) or (i <= 2 and strip_article(toks[i - 1].text) in _CAME) \
        or (i > 0 and toks[i - 1].text in STOP_PUNCT)
    if not (lead or phrase[0] in {"جاء", "ورد"}):
        return claim_before(sent, i)
    m = k
    while m < n and (toks[m].text in COMMA or is_complementizer(toks[m].text)):
        m += 1
    if m >= n:
        return None
    return claim_of(sent, ("comp", m - 1) if m > k and is_complementizer(toks[m - 1].text) else ("np", m))[0]


def source_np(ctx: Context, toks: list[Tok], k: int) -> tuple[list[Tok], int]:
    """The source starting at token ``k`` after an "according to" phrase, with an apposition
    after a comma → (source tokens, token after them)."""
    n = len(toks)
    src: list[Tok] = []
    quoted = False  # inside a quoted name, points are the name's: شركة “دي. بي. دي”
    while k < n and (toks[k].text not in _SOURCE_STOP or (quoted and toks[k].text == ".")) \
            and not is_complementizer(toks[k].text) and len(src) < _SOURCE_MAX:
        if toks[k].text in QUOTES:
            quoted = not quoted if toks[k].text == '"' else toks[k].text in OPEN
        src.append(toks[k])
        k += 1
        if not quoted and len(src) > 1 and src[0].text in OPEN and src[-1].text in QUOTES:
            return src, k  # بحسب «رويترز» سجلت…: a quoted source ends with its quote
    if src:
        # the same noun-phrase boundaries as a subject (الكاتب العام للنقابة keeps its genitive);
        # a speech noun in construct (على حد تعبير النائب) is measured from the noun after it
        lead = 1 if strip_article(src[0].text) in ctx.v.speech and len(src) > 1 else 0
        cut = lead + np_end(ctx, src[lead:])
        if 0 < cut < len(src):
            k -= len(src) - cut
            src = src[:cut]
    if src and k + 1 < n and toks[k].text in COMMA and strip_article(src[0].text) in ctx.v.title:
        m, app = _name_after_role(ctx, toks, k + 1)
        if app:
            return src + [toks[k]] + app, m
    return src, k


def _name_after_role(ctx: Context, toks: list[Tok], m: int) -> tuple[int, list[Tok]]:
    """"على لسان الكاتب العام للنقابة، عبد الرحيم البناني، أن": the name after the role, closed
    by a comma or أن → (token after it, name tokens), or no tokens."""
    n = len(toks)
    app: list[Tok] = []
    while m < n and toks[m].text not in _STOP_OR_COMMA and len(app) < _APPOSITION_MAX \
            and not is_complementizer(toks[m].text):
        app.append(toks[m])
        m += 1
    if app and m < n and (toks[m].text in COMMA or is_complementizer(toks[m].text)) \
            and not app[0].text.startswith("ال") and not is_adverbial(ctx, app[0].text) \
            and ctx.verb_forms.get(app[0].text) is None:
        return m, app
    return m, []
