"""According-to reports: ``…، بحسب وكالة رويترز`` (claim before), ``ووفقا للبيان، فإن …`` (claim
after), ``حسب ما أعلنت إدارة الميناء``; ``بحسب قوله`` after a report only closes that report's claim.
"""
from __future__ import annotations

from attribution.backends.rules.claims import claim_before, claim_of
from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.cues import sentence_initial
from attribution.backends.rules.noun_phrase import np_end, without_trailing_adverb
from attribution.backends.rules.subjects import adverbial_length
from attribution.backends.rules.words import is_adverbial, is_complementizer, speaker_word, speech_pronoun
from attribution.lexicon.closed import (
    COMMA, FUNCTION, NASAB_JOINERS, OPEN, OWNER_PRONOUNS, PREPOSITIONS, QAD, QUOTES, STOP_PUNCT, SUBORDINATORS,
)
from attribution.lexicon.names import is_given_name
from attribution.records import Candidate, Cue, Span
from attribution.text.morph import NISBA_ENDINGS, strip_article, strip_pronoun, tafil_shape

_MA = frozenset({"ما", "لما"})  # بحسب ما أعلنت: "according to what … announced"
# ما before ورد في/جاء في: its verb is the relative's (حسبما ورد في التقرير: the phrase's own; أحاط علما
# بما ورد في التقرير، أشاد بما جاء في الكلمة: what the text holds, its content not given)
_ENDS_WITH_MA = frozenset({"حسبما", "ما", "لما", "بما", "مما", "عما", "فيما"})
_MEDIUM = frozenset({"في", "عبر", "علي"})  # بحسب ما نشر في صحيفة محلية: the source is the medium
_STOP_OR_COMMA = STOP_PUNCT | COMMA
_SOURCE_STOP = _STOP_OR_COMMA | {":", "-", "–", "—", "(", ")"}
_SOURCE_MAX, _APPOSITION_MAX = 9, 5
# a condition or another clause after a source ends it: SUBORDINATORS and these
_CONDITIONALS = SUBORDINATORS | {"اذا", "ان", "لو", "متي", "لان", "لكن"} | QAD  # (…الأناضول فقد أوضحت مصادر…)
_EMPHATIC_QAD = QAD - {"قد"}  # فقد، وقد، لقد before a perfect: "indeed", no part of the claim
_DESCRIPTION_MAX = 25  # the most words of a source's description before the فإن of its claim
_SAYS = frozenset({("جاء", "في"), ("ورد", "في")})  # جاء في البيان: only a statement or report "says"
_CAME = frozenset({"جاء", "وجاء", "ورد", "وورد"})
_WHERE_MADE = frozenset({"في"})  # في تصريح لـ…، في بيان لـ…، في مقابلة مع…
# a part of a group: the source is the group after من (عدد من المسؤولين; not عدد من الشروط)
_PARTITIVE = frozenset({"عدد", "كثير", "بعض", "غالبية", "معظم", "اغلب", "جملة"})
_ONE_OF = frozenset({"احد", "احدي"})  # أحد الأسرى، أحد رفقائه: one person of a group
_TEXT_OF = frozenset({"نص"})  # وفقا لنص البيان: the text of a statement is the statement's
# a preposition carrying a pronoun after the verb of ما: نص عليه، تعبر عنه، أشار إليه
_PREP_PRONOUNS = frozenset({"عليه", "عليها", "عنه", "عنها", "عنهم", "اليه", "اليها", "به", "بها", "فيه", "فيها"})
_FROM_HIM = {"عنه": ("m", "sg"), "عنها": ("f", "sg"), "عنهم": ("m", "pl"), "عنهما": ("m", "du")}
_KIN = frozenset({"ابن", "ابنة", "اخ", "اخت", "ام", "اب", "زوج", "زوجة", "صديق", "صديقة", "والد", "والدة", "شقيق",
                  "شقيقة", "نجل", "عم", "خال"})  # بحسب ما أشار ابنها: kin named by a pronoun are people
_PREPOSITIONS = frozenset({"من", "في", "علي", "عن", "الي", "مع", "ب", "ل"})
_PRONOUN_NAMES = frozenset({"هو"})  # هو جيندو: a Chinese family name written like the pronoun
_BARE_ADJECTIVES = frozenset({"خاص", "خاصة", "واضح", "واضحة", "جديد", "جديدة", "سابق", "سابقة", "قديم", "قديمة"})

Match = tuple[int, tuple[str, ...]]  # (tokens used, phrase) from cues.match_according


def according_report(ctx: Context, sent: Sentence, i: int, acc: Match,
                     earlier: list[tuple[int, Candidate]]) -> Candidate | None:
    """The report of the according-to phrase ``acc`` at token ``i``; ``earlier``: the reports found so far."""
    used, phrase = acc
    toks = sent.toks
    if i + used >= len(toks):
        return None
    if phrase in _SAYS and i and toks[i - 1].text in _ENDS_WITH_MA:
        return None  # حسبما ورد في التقرير: the verb of ما, no second report
    cue_end, k = _cue_end(ctx, toks, i + used, phrase)
    if k < len(toks) and relays(ctx, toks, k):
        # …، وفقا لما نقلت عنه صحيفة الرياض، بأن…: the speaker's own words, relayed by the paper
        cue = sent.cue(toks[i].start + (0 if toks[i].text == phrase[0] else 1), cue_end, " ".join(phrase),
                       ctx.lexicon.according_to.get(phrase, "report"))
        return _own_words(sent, i, cue, _FROM_HIM[toks[k].text], earlier)
    after_cue = k
    clitic = phrase[-1] == "ل" and toks[k].text.startswith("ل") and toks[k].text != "ل" and toks[i + used - 1].text != "ل"
    src, k = source_np(ctx, toks, k, clitic)
    made = next((x for x in range(1, len(src)) if src[x].text in ctx.lexicon.category("making")), None)
    maker = _maker(ctx, toks, _index(toks, src[made]) + 1) if made is not None else None
    if maker is not None:
        src = maker  # (the claim still starts after the text's description: k stays)
    elif len(src) > 1 and _object_verb(src[-1].text):
        sender = _sender(ctx, toks, src[-1], k)
        src, k = sender if sender is not None else (src[:-1], k)  # وفقا لتقرير نشرته الوزارة: the verb opens its description
    if not src or (phrase == _RELAYED and _verb_relays(ctx, sent, i, k)):
        return None
    # وفقا لأرامكو: the proclitic ل is not part of the speaker's name
    ell = clitic and src[0].start == toks[after_cue].start
    examined = src
    src, k, ell = _reviewed(ctx, toks, src, k, ell)
    vetted = src is not examined or maker is not None  # (the doer or the text of a review: _reviewed or _maker judged it)
    head = _head(src, ell)
    meaning = ctx.lexicon.according_to.get(phrase, "report")
    cue = sent.cue(toks[i].start + (0 if toks[i].text == phrase[0] else 1), cue_end, " ".join(phrase), meaning)
    pron = speech_pronoun(ctx, head)
    if pron is not None:
        # بحسب قوله، على حد تعبيره: a pronoun on a speech noun points back at the speaker
        return _own_words(sent, i, cue, pron, earlier)
    if head in FUNCTION and head not in _PARTITIVE:
        return None  # وفقا لذلك (not بحسب بعض المختصين)
    b = strip_article(head)
    said = (b in ctx.v.speech or b in _TEXT_OF) and len(src) > 1 and (_genitive(ctx, src, 1) or src[1].text in _PARTITIVE)
    if said:
        src, ell = src[1:], False  # على حد تعبير النائب، حسب تقدير الطرابلسي: the source follows the speech noun
    elif phrase[0] == "علي" and phrase[-1] == "حد":
        return None  # على حد سواء: no speech noun, no source
    if not (vetted or _credible_source(ctx, phrase, src, ell, said) or (after_cue > i + used and _quoted_name(src)
                                                              and ctx.verb_forms.get(toks[after_cue - 1].text) is not None)):
        return None  # (بحسب ما ذكرت "الغارديان": after a verb of saying a quoted name speaks)
    if phrase[0] == "كما" and (sentence_initial(sent, i) or not _named_source(ctx, src)):
        return None  # كما أعلن البنك بيع وحدته… opening a clause: "also"; كما أعلن ترشحه: no source
    claim = _according_claim(sent, i, k, phrase)
    if claim is None:
        return None
    return Candidate(cue=cue, sentence=sent.index, speaker=sent.mention(src, drop_first=1 if ell else 0),
                     claim=claim, kind="according_to", confidence=0.8)


_RELAYED = ("نقلا", "عن")
_VERB_REACH = 10  # the most words from a verb to the «نقلا عن» after its subject


def _verb_relays(ctx: Context, sent: Sentence, i: int, k: int) -> bool:
    """Is «نقلا عن» at ``i`` (its source ending before ``k``) between a clause-opening verb with
    its subject and the verb's content (وذكرت الإذاعة، نقلا عن مسؤولين، أنه…)?  The verb's report
    then has the source for speaker (verb._relayed_by_naqlan): one attribution, not a second."""
    toks = sent.toks
    if i and toks[i - 1].text in _DASHES:
        return False  # (وقالت -نقلا عن مصادر- إن…: the parenthetical source, sentence._parenthetical_source)
    end = min(len(toks), k + _VERB_REACH)
    c = next((m for m in range(k, end) if toks[m].text in STOP_PUNCT or is_complementizer(toks[m].text)
              or ctx.verb_forms.get(toks[m].text) is not None), end)
    if c >= len(toks) or not is_complementizer(toks[c].text):
        return False  # (the source's description may run on: نقلا عن أحد الأسرى من القوات، إن…; not …، مضيفا أنه)
    for m in range(i - 1 - (i > 0 and toks[i - 1].text in COMMA), max(-1, i - 1 - _VERB_REACH), -1):
        w = toks[m].text
        if w in _STOP_OR_COMMA or is_complementizer(w):
            return False
        form = ctx.verb_forms.get(w)
        if form is not None and (form.clitic or sentence_initial(sent, m) or toks[m - 1].text in COMMA):
            return True  # (not أن بين القتلى طفلين، نقلا عن…: بين "among" after أن)
    return False


_DASHES = frozenset({"-", "–", "—"})
_ADVERBIAL_MAX = 5


def _cue_end(ctx: Context, toks: list[Tok], j: int, phrase: tuple[str, ...]) -> tuple[int, int]:
    """(normalised end of the cue, token where the source starts) for the phrase ending before ``j``:
    the cue takes in ما and its verb (بحسب ما أعلنت، حسبما ذكرت) and the verb's pronoun-carrying
    preposition (وفق ما نص عليه الميثاق، بحسب ما تعبر عنه الكاتبة)."""
    n = len(toks)
    first = toks[j].text
    if first in _MA and j + 1 < n and ctx.verb_forms.get(toks[j + 1].text) is not None:
        cue_end, k = toks[j + 1].end, j + 2  # بحسب ما أعلنت رئيسة المجموعة
    elif phrase[-1] in _ENDS_WITH_MA and first not in _STOP_OR_COMMA:
        cue_end, k = toks[j].end, j + 1  # حسبما ذكرت الوكالة، بحسب ما نقلت الأمانة: a verb follows ما
    else:
        return toks[j - 1].end, j
    if k < n and toks[k].text not in _PREP_PRONOUNS and toks[k].text not in _PREPOSITIONS:  # (not ورد في التقرير)
        k += adverbial_length(ctx, toks[k:k + _ADVERBIAL_MAX])  # حسبما أعلنت مساء أمس وكالة الأنباء: the verb's adverb
    if k < n and toks[k].text in _MEDIUM:
        k += 1  # بحسب ما نشر في صحيفة محلية: a passive report, its source is the medium
    elif k < n and toks[k].text in _PREP_PRONOUNS and not relays(ctx, toks, k):
        k += 1
    return cue_end, k


def relays(ctx: Context, toks: list[Tok], k: int) -> bool:
    """Is token ``k`` the عنه of a relaying verb after ما (وفقا لما نقلت عنه صحيفة الرياض): the
    source is then the speaker the pronoun stands for, and the outlet after it only relays."""
    form = ctx.verb_forms.get(toks[k - 1].text) if k else None
    return toks[k].text in _FROM_HIM and form is not None and form.frames.relay


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


def _credible_source(ctx: Context, phrase: tuple[str, ...], src: list[Tok], ell: bool, said: bool = False) -> bool:
    """A source of words: a speaker word, a medium or document of speech, or a name — not a rule,
    a plan or a measure that something is "in accordance with" (وفق القانون، حسب بنود اتفاق
    فيينا، وفقا لجهوده، حسب الجدول).

    >>> from attribution.backends.rules.context import Context, tokens
    >>> from attribution.lexicon.cues import default_lexicon
    >>> ctx = Context.of(default_lexicon())
    >>> [_credible_source(ctx, ("وفقا", "ل"), tokens(w, 0, len(w)), True) for w in ("للوزارة", "لجهوده", "للاوامر")]
    [True, False, False]

    ``said``: the source is the genitive of a speech noun (بحسب تقديرات هو جيندو): a bare word
    there is a name, whatever it looks like.
    """
    v = ctx.v
    head = _head(src, ell)
    definite = head.startswith("ال") or (ell and src[0].text.startswith("لل"))
    headb = strip_article(head)
    if headb in v.not_source or head in v.not_source or strip_pronoun(headb) in v.not_source or head.isdigit():
        return False
    if phrase in _SAYS and headb not in v.doc:
        return False  # جاء في الموعد المحدد
    if phrase[0] in _WHERE_MADE and (src[0].text in QUOTES or headb in v.media or head in v.media):
        return False  # لافتة في تصريح لـ«الشرق الأوسط» إلى أن…: the outlet spoken to, not a source
    if _quoted_name(src, dots=True):
        return True  # بحسب "الفرنسية"، وفقا لـ“دي. بي. دي”: a short name in quotes, an outlet or a body
    if headb in _PARTITIVE and len(src) > 1:
        rest = src[2:] if src[1].text == "من" else src[1:]  # عدد من المسؤولين، بعض المصادر
        return bool(rest) and (_credible_source(ctx, phrase, rest, False) or _human_plural(rest[0].text)
                               or (src[1].text == "من" and _plural_perfect(rest[0].text)))  # بعض من كانوا بقربه
    if headb in _LATEST and len(src) > 1 and src[1].text not in FUNCTION:
        # وفقا لآخر الإحصاءات، بحسب أحدث تقرير: the latest of the sources (not وفق أحدث الدراسات,
        # "following the latest studies", a method)
        return phrase != ("وفق",) and _credible_source(ctx, phrase, src[1:], False, said)
    if headb in _ONE_OF and len(src) > 1:
        return True  # أحد الأسرى، أحد رفقائه، إحدى الصحف: one of a group of people
    if headb in v.speech:
        return True  # بحسب تسريبات إعلامية، وفق روايات من ضباط: the words themselves are the source
    if _speaks(ctx, headb) or _speaks(ctx, strip_pronoun(headb)) or (strip_pronoun(headb) in _KIN and headb != strip_pronoun(headb)):
        return True  # (مكتبه، مصادره، متحدثها، ابنها: a pronoun on a speaker word or a kin noun)
    if definite:  # (البيت الأبيض: a speaker word written with its article)
        return head in ctx.known or headb in ctx.known or speaker_word(ctx, "ال" + headb)
    return said or _name_like(ctx, src, head)


_QUOTED_MAX = 4  # the most words of a quoted name standing as a source


def _quoted_name(src: list[Tok], dots: bool = False) -> bool:
    """Is ``src`` a short name between quotation marks, alone («الغارديان»، "نيويورك تايمز"; with
    ``dots`` an abbreviation's points too: “دي. بي. دي”)?"""
    words = [t for t in src[1:-1] if not (dots and t.text == ".")]
    return 3 <= len(src) and 1 <= len(words) <= _QUOTED_MAX and src[0].text in QUOTES and src[-1].text in QUOTES \
        and all(t.text.isalpha() for t in words)


def _genitive(ctx: Context, src: list[Tok], m: int) -> bool:
    """Can token ``m`` of ``src`` be the genitive of the noun before it, a noun: not a preposition,
    an adjective (تسريبات إعلامية) or a relative (الملاحظات التي…); a pronoun only as a name
    before a bare word (تقديرات هو جيندو; not تعبير تلك العبارة)."""
    w = src[m].text
    if w in FUNCTION or w in ctx.v.relative:
        return m + 1 < len(src) and w in _PRONOUN_NAMES and not src[m + 1].text.startswith("ال")
    # (a bare -ي word after it is read as a name: على حد تعبير عيتاني، وفقا لتصريحات كيري)
    return w not in _PREPOSITIONS and not (not w.startswith("ال") and _qualifies(w) and not w.endswith("ي"))


def _qualifies(w: str) -> bool:
    """An indefinite adjective by its form (عالمي، أولية، خاص): a nisba or a common bare one."""
    return w.endswith(NISBA_ENDINGS) or w in _BARE_ADJECTIVES


def _plural_perfect(w: str) -> bool:
    """A perfect of "they" (كانوا، شاهدوا): after من "those who", people."""
    return w.endswith("وا") and not w.startswith("ال") and len(w) > 3 and w.isalpha()


def _human_plural(w: str) -> bool:
    """A definite plural of people (المهتمين، المختصون، المراقبين)."""
    return w.startswith("ال") and w.endswith(("ين", "ون")) and len(w) > 5


def _speaks(ctx: Context, w: str) -> bool:
    """A word for a source of words: a speaker word (title, body, group, document) or a medium
    (موقع، حساب، مقطع فيديو)."""
    medium = ctx.lexicon.category("source_medium")
    return speaker_word(ctx, w) or w in medium or (w.endswith("ات") and (w[:-2] in ctx.v.doc or w[:-2] in medium))
    # (استطلاعات، تقارير: the sound plural of a masculine document)


def _name_like(ctx: Context, src: list[Tok], head: str) -> bool:
    """Can the indefinite ``src`` be a name (بحسب ويكيليكس، وفقا لهوانغ ياشينغ)?  A name seen in
    the document, a given name or a place is; a common noun is not: a noun carrying a pronoun
    (جهوده), a sound feminine plural (عادات، مقترحات), a noun with an indefinite adjective
    (تصميم عالمي، نموذج خاص) or in construct with a place (اتفاق فيينا), or with a definite
    genitive (وفقا لفئات الأمانات; وفقا لمحمد الأحمد is a name)."""
    v, known = ctx.v, ctx.known
    if head in known or is_given_name(head) or head in v.place:
        return True
    if len(head) <= 2 or strip_pronoun(head) != head or (head.endswith(("ات", "ية")) and len(head) > 4):
        return False  # (نوعية، آلية: an abstract noun in -ية)
    if tafil_shape(head):
        return False  # حسب تصنيف الوزارة، وفق ترتيب، حسب تقييم: a verbal noun of the form تفعيل
    rest = [t.text for t in src[1:]]
    if rest and not rest[0].startswith("ال") and (strip_pronoun(rest[0]) != rest[0] or rest[0] in v.not_source):
        return False  # أمزجة مسيريها، أرقى معايير…: a noun in construct, not a name
    if rest and not rest[0].startswith("ال") and _qualifies(rest[0]) and rest[0] not in known \
            and not head.endswith(("ي", "اء")):
        return False  # (سياسي يمني، وكلاء عقاريين: a nisba or a فعلاء plural names people)
    if any(w in v.place for w in rest):
        return False
    return not (rest and rest[0].startswith("ال") and not rest[0].endswith(("ي", "ية")))


def _named_source(ctx: Context, src: list[Tok]) -> bool:
    """A source after كما + verb: a word that can name one (a quoted name too), not a preposition, a
    function word or a noun with a pronoun (كما ذكرت على أدلة، كما أعلن ترشحه)."""
    head = next((t.text for t in src if t.text not in QUOTES), "")
    if head.startswith("لل"):
        return False  # كما يوضح للزائر المسار: ل + the article is whom it is told to, never who tells
    return bool(head) and head not in PREPOSITIONS and head not in FUNCTION and head not in ctx.acc_first \
        and (strip_pronoun(head) == head or strip_article(head) in ctx.v.speakerish)


def _according_claim(sent: Sentence, i: int, k: int, phrase: tuple[str, ...]) -> Span | None:
    """The claim after a phrase opening its clause (ووفقا للبيان، فإن … / وجاء على لسان X أن … /
    …، وبحسب الشرطة وجدت السيدة …), else before it."""
    toks = sent.toks
    n = len(toks)
    # (…القاعدة.وفقا للوكالة فإن…: a full stop glued to the phrase opens a sentence the splitter missed)
    lead = sentence_initial(sent, i) or (i <= 2 and strip_article(toks[i - 1].text) in _CAME) \
        or (i > 0 and toks[i - 1].text in STOP_PUNCT) or _opens_clause(toks, i, phrase)
    if not (lead or phrase[0] in {"جاء", "ورد"}):
        return claim_before(sent, i)
    m = _main_clause(toks, k)
    if m >= n or toks[m].text in STOP_PUNCT:
        # (…من المال - حسبما ذكرت الصحيفة.: a dash before a phrase with nothing after it closes the clause before)
        closes = _opens_clause(toks, i, phrase) or (i > 1 and toks[i - 1].text in _DASHES)
        return claim_before(sent, i) if closes else None
    if toks[m].text == ":":
        return claim_of(sent, ("colon", m))[0]  # وجاء في البيان: «…»: the words after the colon
    return claim_of(sent, ("comp", m - 1) if m > k and is_complementizer(toks[m - 1].text) else ("np", m))[0]


def _opens_clause(toks: list[Tok], i: int, phrase: tuple[str, ...]) -> bool:
    """Does the phrase at ``i`` open a clause with و after a comma (…، وبحسب الشرطة وجدت…)?  The
    clause after it is what it attributes (…، بحسب الشرطة, without و, closes the clause before)."""
    return i > 0 and toks[i - 1].text in COMMA and toks[i].text == "و" + phrase[0]  # (وفقا: a و of the word)


def _main_clause(toks: list[Tok], k: int) -> int:
    """Where the clause a fronted phrase attributes starts, after the source ending before ``k``:
    after commas and a complementizer, or after a فإن further on (وبحسب تقرير خاص للجنة …
    برئاسة الدكتور شريف بسيوني نشر في 2013، فإن …: the rest of the source's description)."""
    n = len(toks)
    m = k
    while m < n and (toks[m].text in COMMA or is_complementizer(toks[m].text)):
        m += 1
    if m > k and is_complementizer(toks[m - 1].text):
        return m
    if m + 1 < n and toks[m].text in _EMPHATIC_QAD and toks[m + 1].text[:1] not in "يتن":
        return m + 1  # ووفقا للوكالة، فقد ذكرت الهيئة أن…: the claim is the relayed report (not فقد يكون "may be")
    for f in range(m, min(n, m + _DESCRIPTION_MAX)):
        w = toks[f].text
        if w in STOP_PUNCT or (is_complementizer(w) and not w.startswith("ف")):
            break
        if w.startswith("فان") and is_complementizer(w) and f + 1 < n:
            return f + 1
    if m == k and k < n:
        d = _description_end(toks, k)
        if d is not None:
            while d < n and toks[d].text in COMMA:
                d += 1
            return d
    return m


_ABOUT_IT = frozenset({"عليه", "عليها", "فيه", "فيها", "عنه", "عنها", "اليه", "اليها"})
_RELATIVE_WORDS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_OBJECT_SUFFIXES = ("ته", "تها", "وه", "وها")  # نشرته، أعدتها، أجروها: a perfect with its object


def _object_verb(w: str) -> bool:
    """A perfect with its object pronoun (نشرته، أعدتها، تلقاه، أجراها), not a definite noun."""
    if w[:2] == "ال" or not w.isalpha():
        return False
    return (w.endswith(_OBJECT_SUFFIXES) and len(w) > 4) or _defective_with_object(w)


def _defective_with_object(w: str) -> bool:
    """A defective perfect of four or five letters with its object pronoun, its ى written ا before it
    (أجراه، أعطاها، تلقاه، تبناها); not a noun in اه (اتجاه، مياه، تجاه)."""
    stem = w[:-2] if w.endswith("اه") else w[:-3] if w.endswith("اها") else ""
    if len(stem) != 3:
        return False
    return (w[0] in "اأ" and stem[1] != "ت") or w[0] == "ت"  # أفعى، تفعّى (not افتعال: اتجاه)


def _sender(ctx: Context, toks: list[Tok], verb: Tok, k: int) -> tuple[list[Tok], int] | None:
    """Who sent a text its source received (ووفقا لخطاب تلقاه المجلس من وزير العمل، …): the من
    after the receiving verb's subject names the source → (its tokens, token after them)."""
    if verb.text not in ctx.lexicon.category("receipt"):
        return None
    for m in range(k, min(len(toks) - 1, k + _SOURCE_MAX)):
        w = toks[m].text
        if w in _SOURCE_STOP or is_complementizer(w):
            return None
        if w == "من" and m > k:
            giver, gk = source_np(ctx, toks, m + 1)
            if giver and (speaker_word(ctx, giver[0].text) or is_given_name(giver[0].text)):
                return giver, gk
            return None
    return None


def _maker(ctx: Context, toks: list[Tok], k: int) -> list[Tok] | None:
    """Who made the text its source names (وفقا لدراسة أجرتها جامعة الملك سعود، بحسب تقرير أعده
    المركز): the subject after a verb of making the document (``k``: the token after the verb) is
    the source; None when no source follows it."""
    while k + 1 < len(toks) and (toks[k].text in _WHEN_MADE or toks[k].text.isdigit()):
        k += 1  # (لاستطلاع أجرته عام 2011 منظمة لاندسي: the time it was made comes first)
    found = _doer(ctx, toks, k, genitive=True) if k < len(toks) else None
    return found[0] if found is not None else None


def _doer(ctx: Context, toks: list[Tok], k: int, genitive: bool = False) -> tuple[list[Tok], int] | None:
    """Who did what a text's verb of making or examining says, its subject at token ``k`` → (its
    tokens, token after them), or None when no credible source stands there.  An outlet's name ends
    before whom it worked for (مراجعة أجرتها الصحيفة للوثائق، بيانات جمعتها الصحيفة للبنك); with
    ``genitive`` a bare noun takes its definite genitive (تقرير أصدرته مكتبة الكونغرس)."""
    doer, dk = source_np(ctx, toks, k)
    if doer and (doer[0].text in QUOTES or strip_article(doer[0].text) in ctx.v.media):
        doer = doer[:next((x for x in range(1, len(doer)) if doer[x].text.startswith("لل")), len(doer))]
    elif genitive and len(doer) == 1 and dk < len(toks) and toks[dk].text.startswith("ال") \
            and not doer[0].text.startswith("ال"):
        doer = [doer[0], toks[dk]]
    if not doer or not (_quoted_name(doer) or _credible_source(ctx, ("حسب",), doer, False)):
        return None
    return doer, dk


_WHEN_MADE = frozenset({"عام", "العام", "سنة", "الماضي", "الحالي", "مؤخرا", "حديثا", "سابقا"})


def _index(toks: list[Tok], t: Tok) -> int:
    return next(x for x in range(len(toks)) if toks[x].start == t.start)


def _description_end(toks: list[Tok], k: int) -> int | None:
    """Where a relative clause describing the source, opening at ``k``, ends: after the comma or the
    أن closing it (وفق تقرير اطلعت عليه "الحياة"، سجلت…؛ جاء في التقرير الذي أجرته الهيئة أن…؛
    وفقا لتقرير نشرته الوزارة، سجلت…).  It opens with a relative, a verb with its pronoun-carrying
    preposition (اطلعت عليه), or after a verb with its object pronoun that ends the source (نشرته)."""
    n = len(toks)
    w = toks[k].text
    prev = toks[k - 1].text if k else ""
    if not (w in _RELATIVE_WORDS or (k + 1 < n and toks[k + 1].text in _ABOUT_IT and w.isalpha() and w[:2] != "ال")
            or _object_verb(prev)):
        return None
    if k + 2 < n and toks[k + 1].text in _ABOUT_IT and toks[k + 2].text in QUOTES:
        # حسب إحصائية اطلعت عليها "الاقتصادية" خلت…: the outlet's quoted name closes it, comma or not
        close = next((f for f in range(k + 3, min(n, k + 4 + _OUTLET_MAX)) if toks[f].text in QUOTES), None)
        return None if close is None else close + 1
    for f in range(k, min(n, k + _DESCRIPTION_MAX)):
        x = toks[f].text
        if x in STOP_PUNCT:
            return None
        if x in COMMA or (is_complementizer(x) and not x.startswith("ل")):
            return f + 1
    return None


_OUTLET_MAX = 4  # the most words of an outlet's quoted name


def source_np(ctx: Context, toks: list[Tok], k: int, clitic: bool = False) -> tuple[list[Tok], int]:
    """The source starting at token ``k`` after an "according to" phrase, with an apposition
    after a comma → (source tokens, token after them).  ``clitic``: its first word carries the
    phrase's ل (وفقا لموقع الهيئة), measured without it."""
    n = len(toks)
    src: list[Tok] = []
    quoted = False  # inside a quoted name, points are the name's: شركة “دي. بي. دي”
    named = False  # …and so is an إن after a noun of a kind: حسب موقع "سي إن إن بالعربية" (not بحسب الخطي «أنهم…»)
    while k < n and (toks[k].text not in _SOURCE_STOP or (quoted and toks[k].text == ".")
                     or _bracketed_outlet(ctx, toks, src, k)) \
            and not (is_complementizer(toks[k].text) and not named) \
            and (len(src) < _SOURCE_MAX or _name_goes_on(ctx, toks, src, k)) \
            and not (src and toks[k].text in _CONDITIONALS and not named) \
            and not (src and speech_pronoun(ctx, toks[k].text) is not None) \
            and not _number_after_source(ctx, src, toks[k].text):  # (نقلا عن الوزير قوله إن…)
        if toks[k].text in QUOTES:
            quoted = not quoted if toks[k].text == '"' else toks[k].text in OPEN
            named = quoted and len(src) == 1 and src[0].text in ctx.v.named_kind
        src.append(toks[k])
        k += 1
        if not quoted and len(src) > 1 and src[0].text in OPEN and src[-1].text in QUOTES:
            return src, k  # بحسب «رويترز» سجلت…: a quoted source ends with its quote
    if src:
        # the same noun-phrase boundaries as a subject (الكاتب العام للنقابة keeps its genitive);
        # a speech noun in construct (على حد تعبير النائب) is measured from the noun after it
        lead = 1 if strip_article(src[0].text) in ctx.v.speech and len(src) > 1 else 0
        cut = lead + np_end(ctx, src[lead:])
        if clitic and not lead and cut == 1 and len(src) > 1:
            # لموقع المؤسسة البريطانية: np_end, not knowing the ل for the phrase's, stops after its word
            bare = np_end(ctx, [_without_l(src[0])] + src[1:])
            cut = next((x + 1 for x in range(1, bare) if _object_verb(src[x].text)), bare) or cut
        if lead and cut == lead and len(src) > 2 and src[1].text in _PARTITIVE:
            # شهادات بعض من كانوا بقربه: a part of a group, the group a noun or a relative من
            cut = len(src) if src[2].text == "من" else 2 + np_end(ctx, src[2:])
        elif lead and cut == lead and len(src) > 2 and _genitive(ctx, src, 1):
            cut = 2 + np_end(ctx, src[2:])  # بحسب تقديرات هو جيندو: a genitive is a noun, whatever it looks like
        if 0 < cut < len(src):
            k -= len(src) - cut
            src = src[:cut]
        bare = without_trailing_adverb(ctx, src)  # بحسب بعض المصادر في البرازيل أمس: the adverb is the claim's
        k, src = k - (len(src) - len(bare)), bare
    given = len(src) > 1 and src[1].text in _GIVEN_BY  # (لبيانات من الوزارة: np_end may read on past من)
    issuer = _issuer_after(ctx, toks, src[:1], k - len(src) + 1) if given else _issuer_after(ctx, toks, src, k)
    if issuer is not None:
        return issuer
    if len(src) == 1 and k < n and toks[k].text in OWNER_PRONOUNS and strip_article(src[0].text) in ctx.v.doc:
        return src, k + 1  # جاء في بيان لها: «…»: the pronoun names the statement's owner, the claim follows it
    if src and k + 1 < n and toks[k].text in COMMA and strip_article(src[0].text) in ctx.v.title:
        m, app = _name_after_role(ctx, toks, k + 1)
        if app:
            return src + [toks[k]] + app, m
    return src, k


def _number_after_source(ctx: Context, src: list[Tok], w: str) -> bool:
    """A number after a source of two words or more that ends on a definite word is the clause's
    (وبلغ عدد السيارات وفقا لفريق الإحصاء بالمهرجان [1800] سيارة), but a document's (للمادة 24)."""
    if len(src) < 2 or not w[:1].isdigit() or not src[-1].text.startswith(("ال", "بال", "لل")):
        return False  # (a name may hold its number: فرانس 24، توب 500)
    head = _without_l(src[0]).text if src[0].text[:1] == "ل" else src[0].text
    return strip_article(head) not in ctx.v.doc


_BRACKETED_MAX = 3  # the most words of an outlet's name in brackets: صحيفة (توتو سبورت)


def _bracketed_outlet(ctx: Context, toks: list[Tok], src: list[Tok], k: int) -> bool:
    """Is the bracket at ``k`` (or its close) the name of the outlet the source noun names, a name
    written in brackets like quotes (وفقا لصحيفة (ماركا) الإسبانية، حسبما أفادت صحيفة (سبورت))?"""
    w = toks[k].text
    if w == ")":
        return 3 <= len(src) <= 2 + _BRACKETED_MAX and src[1].text == "(" and all(t.text.isalpha() for t in src[2:])
    if w != "(" or len(src) != 1:
        return False
    head = src[0].text
    if head not in ctx.v.named_kind and not (head[:1] == "ل" and head[1:] in ctx.v.named_kind):
        return False
    close = next((m for m in range(k + 1, min(len(toks), k + 2 + _BRACKETED_MAX)) if toks[m].text == ")"), None)
    return close is not None and close > k + 1 and all(t.text.isalpha() for t in toks[k + 1:close])


_GIVEN_BY = frozenset({"من", "عن", "مع"})  # بيانات من الوزارة، معلومات عن مصادر، حديث مع المدير


def _issuer_after(ctx: Context, toks: list[Tok], src: list[Tok], k: int) -> tuple[list[Tok], int] | None:
    """Words or data and who gave them (وفقا لبيانات من وزارة العمل، بحسب معلومات من مصادر أمنية):
    the giver after من/عن is the source → (its tokens, token after them); None otherwise."""
    if len(src) != 1 or k + 1 >= len(toks) or toks[k].text not in _GIVEN_BY:
        return None
    w = src[0].text
    base = strip_article("ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] == "ل" else w)
    if toks[k].text == "مع":
        if base not in ctx.lexicon.category("conversation") and w not in ctx.lexicon.category("conversation"):
            return None  # حسب حديث مع مسؤولين، بحسب لقاء مع المدير: who was spoken with speaks
    elif base not in ctx.v.speech and base not in ctx.v.doc and base not in ctx.lexicon.category("information"):
        return None
    rest = [t for t in toks[k + 1:k + 1 + _SOURCE_MAX]]
    cut = next((m for m, t in enumerate(rest) if t.text in _SOURCE_STOP or is_complementizer(t.text)), len(rest))
    giver = rest[:_part_np_end(ctx, rest[:cut])] if cut else []
    own = next((m for m, t in enumerate(giver) if m and strip_pronoun(t.text) != t.text), None)
    giver = giver[:own] if own is not None else giver  # (شركة آبل [هاتفها الجديد]: a pronoun's noun is no name)
    if not giver or not (speaker_word(ctx, giver[0].text) or _part_of_people(ctx, giver)):
        return None
    return giver, k + 1 + len(giver)


def _part_np_end(ctx: Context, seg: list[Tok]) -> int:
    """:func:`np_end` that also reads a part of a group (بعض المسؤولين في الوزارة، عدد من الخبراء)."""
    if len(seg) < 2 or seg[0].text not in _PARTITIVE:
        return np_end(ctx, seg)
    off = 2 if seg[1].text == "من" else 1
    group = np_end(ctx, seg[off:])
    return off + group if group else 0


def _part_of_people(ctx: Context, src: list[Tok]) -> bool:
    """A part of a group of speakers (بعض المسؤولين، عدد من الخبراء)."""
    if src[0].text not in _PARTITIVE or len(src) < 2:
        return False
    rest = src[2:] if src[1].text == "من" else src[1:]
    return bool(rest) and (speaker_word(ctx, rest[0].text) or _human_plural(rest[0].text))


_LATEST = frozenset({"اخر", "احدث"})  # آخر مراجعة، أحدث قراءة: the latest of the acts
_DONE_BY = frozenset({"به", "بها"})  # قامت بها الصحيفة: "done by"


def _reviewed(ctx: Context, toks: list[Tok], src: list[Tok], k: int, ell: bool) -> tuple[list[Tok], int, bool]:
    """An act of examining a text is no speaker; whoever did it is (طبقا لآخر مراجعة قامت بها
    «الوطن» للقائمة → الوطن), else the text examined (وفقا لاستعراض مذكرة الوكيل → مذكرة الوكيل)
    → (source, token after it, whether its first word carries the ل)."""
    j = 1 if len(src) > 1 and strip_article(_head(src, ell)) in _LATEST else 0
    w = _head(src[j:], ell and not j)
    if strip_article(w) not in ctx.lexicon.category("review"):
        return src, k, ell
    m = _index(toks, src[-1]) + 1
    d = m + 2 if m + 2 < len(toks) and toks[m + 1].text in _DONE_BY and toks[m].text.isalpha() \
        else m + 1 if m + 1 < len(toks) and _object_verb(toks[m].text) else None
    found = _doer(ctx, toks, d) if d is not None else None
    if found is not None:
        return found[0], max(k, found[1]), False
    if len(src) > j + 1 and _genitive(ctx, src, j + 1):
        return src[j + 1:], k, False
    if len(src) == j + 1 and m < len(toks):
        text, tk = source_np(ctx, toks, m)  # (لاستعراض | مذكرة الوكيل: a bare verbal noun the phrase cut)
        if text and _genitive(ctx, toks, m) and not toks[m].text.startswith("ل") and _credible_source(ctx, ("حسب",), text, False):
            return text, max(k, tk), False
    return src, k, ell


def _without_l(t: Tok) -> Tok:
    """The word without the ل of «وفقا ل» (لموقع → موقع، للهيئة → الهيئة)."""
    w = t.text
    return Tok(t.start, t.end, "ال" + w[2:] if w.startswith("لل") else w[1:])


_NAME_RUN_MAX = 6  # the most words a name chain runs past the source's word limit


def _name_goes_on(ctx: Context, toks: list[Tok], src: list[Tok], k: int) -> bool:
    """Does token ``k`` go on with the person's name ``src`` ends in, past the source's word limit
    (المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة القصيم محمد بن عبدالله الجعيثن)?  A name chain: a
    given name, بن/أبو and the name after it, and one family name closing it."""
    if len(src) >= _SOURCE_MAX + _NAME_RUN_MAX:
        return False
    w, last = toks[k].text, src[-1].text
    if not w.isalpha():
        return False
    if not any(is_given_name(t.text) for t in src[_SOURCE_MAX // 2:]):
        return _name_runs_to_end(ctx, toks, src, k)
    if last in NASAB_JOINERS or w in NASAB_JOINERS - {"ال"}:
        return True  # محمد بن | عبدالله
    if src[-2].text in NASAB_JOINERS - {"ال"} and _closes_name(ctx, toks, k):
        return True  # علي بن موسى | زعله أن…: one family name closes the nasab
    family = w.startswith("ال") and not last.startswith("ال")  # (عبدالله الجعيثن; not a second الـ word)
    return (is_given_name(w) or family) and ctx.verb_forms.get(w) is None


def _name_runs_to_end(ctx: Context, toks: list[Tok], src: list[Tok], k: int) -> bool:
    """Does a person's name after a long role start at ``k`` and run to the comma or أن closing the
    source (من وزير العمل رئيس مجلس إدارة صندوق تنمية الموارد البشرية المهندس عادل بن محمد فقيه،)?"""
    if strip_article(_without_l(src[0]).text) not in ctx.v.title and strip_article(src[0].text) not in ctx.v.title:
        return False
    end = next((m for m in range(k, min(len(toks), k + _NAME_RUN_MAX + 1))
                if toks[m].text in _SOURCE_STOP or is_complementizer(toks[m].text)), None)
    if end is None or end == k or len(src) + end - k > _SOURCE_MAX + _NAME_RUN_MAX:
        return False
    run = toks[k:end]
    # (بن علي: after بن a name, not the preposition على)
    return any(is_given_name(t.text) for t in run) and all(
        t.text.isalpha() and t.text not in FUNCTION and ctx.verb_forms.get(t.text) is None
        and (t.text not in PREPOSITIONS or toks[m - 1].text in NASAB_JOINERS) for m, t in enumerate(run, k))


def _closes_name(ctx: Context, toks: list[Tok], k: int) -> bool:
    """Is the word at ``k`` a family name closing a name chain: a plain word, no verb nor particle,
    with the clause going on after it (a complementizer, a preposition, punctuation or the end)?"""
    w = toks[k].text
    if w in FUNCTION or w in PREPOSITIONS or ctx.verb_forms.get(w) is not None or not w.isalpha():
        return False
    nxt = toks[k + 1].text if k + 1 < len(toks) else "."
    return nxt in _SOURCE_STOP or is_complementizer(nxt) or nxt in _PREPOSITIONS


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
