"""What a single word is, for every rule family: a complementizer, a speaker word, an adverbial…"""
from __future__ import annotations

from attribution.backends.rules.context import Context
from attribution.lexicon.closed import COMMA, PRON, SIDES, STOP_PUNCT
from attribution.lexicon.names import is_given_name
from attribution.text.morph import strip_article, strip_pronoun

_COMPLEMENTIZERS = ("ان", "بان", "وان", "فان", "لان")
# every complementizer bare or with a pronoun suffix (the rules ask of nearly every word)
_COMPLEMENTIZER_FORMS = frozenset(c + p for c in _COMPLEMENTIZERS for p in (*PRON, ""))
# speech nouns carrying the speaker's pronoun, longest suffix first: بحسب قولهما، على حد تعبيره
_SPEECH_PRONOUNS = (("هما", ("m", "du")), ("هم", ("m", "pl")), ("ها", ("f", "sg")), ("ه", ("m", "sg")))


def is_complementizer(w: str) -> bool:
    """أن، إن، بأن، وأن، فإن and their pronoun-suffixed forms (أنه، بأنها، إنهم).

    >>> is_complementizer("بانها"), is_complementizer("انه"), is_complementizer("اين")
    (True, True, False)
    """
    return w in _COMPLEMENTIZER_FORMS


def ends_clause(w: str) -> bool:
    """Does a new clause start after the normalised word ``w``: a comma, a full stop or a complementizer
    (…، التفاصيل تشير; وأكد أن الدراسة تكشف)?

    >>> ends_clause("،"), ends_clause("بان"), ends_clause("الوزير")
    (True, True, False)
    """
    return w in COMMA or w in STOP_PUNCT or w in _COMPLEMENTIZER_FORMS


_DUTCH_ARTICLES = frozenset({"در", "دن", "دير", "دي"})  # van der, van den, van de: only a name has them
_FUNCTION_AFTER_FA = frozenset({"ذلك", "هذا", "هذه", "ما", "من", "لا", "لم", "هناك", "ثمة", "كل", "اي", "عدد"})


def van_particle(toks: list, k: int) -> bool:
    """Is «فان» at ``k`` the Dutch name particle van (لويس فان خال، يوهانس فان در كلاوو), not فإن
    "then, indeed"?  فإن opens a clause with a subject (فإن الوضع، فإنه) and follows a clause or an
    adverbial, never a complementizer (إن فان جال أعلم) nor a Dutch article's name (فان در سار);
    a bare word after it that a complementizer follows is a name (فان جال إن…: فإن X إن… has no
    place for X).

    >>> class T:
    ...     def __init__(self, t): self.text = t
    >>> van = lambda s, k: van_particle([T(w) for w in s.split()], k)
    >>> van("لويس فان خال", 1), van("الدعم فان الوضع", 1), van("ان فان جال اعلم", 1), van("اكد فان در سار", 1)
    (True, False, True, True)
    >>> van("الهولندي فان جال ان", 1), van("الامر فان ذلك ان", 1), van("هيرالد فان ديرليند ،", 1)
    (True, False, True)
    """
    if toks[k].text != "فان" or k == 0 or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].text
    if not nxt.isalpha() or nxt.startswith("ال"):
        return False
    if nxt in _DUTCH_ARTICLES or is_given_name(toks[k - 1].text) or is_complementizer(toks[k - 1].text) \
            or toks[k - 1].text in ("بن", "ابن"):  # (بن فان بيوردن: Ben, a given name; no clause opens after بن)
        return True
    if nxt in _FUNCTION_AFTER_FA or k + 2 >= len(toks):
        return False
    # (هيرالد فان ديرليند، رئيس…: a bare word after a bare one, then its comma: فإن X، leaves the
    # clause it opens without a predicate)
    return is_complementizer(toks[k + 2].text) and not toks[k + 2].text.startswith("فان") \
        or toks[k + 2].text in COMMA and toks[k - 1].text.isalpha() and not toks[k - 1].text.startswith(("ال", "و"))


def content_noun(ctx: Context, w: str) -> bool:
    """A noun heading a proposition (content_heads.txt), with its article or its possessive
    pronoun: ضرورة، الضرورة، تحذيره، ترشحه."""
    return _headed(ctx.lexicon.category("content_head"), w)


def feeling_noun(ctx: Context, w: str) -> bool:
    """A noun of a feeling or a stance voiced (feeling_heads.txt) or of content: سعادته، بالشكر،
    التهاني، قلقه."""
    return _headed(ctx.lexicon.category("feeling_head"), w) or content_noun(ctx, w)


def possessed_feeling(ctx: Context, w: str) -> bool:
    """A noun of feeling or content with a possessive pronoun (مخاوفه، قلقها، استعدادهم): the
    object of أبدى/أعرب, never a speaker (its pronoun is the dropped subject's)."""
    base = strip_pronoun(w)
    return base != w and not w.startswith("ال") and feeling_noun(ctx, w) and not speaker_word(ctx, w) \
        and not speaker_word(ctx, base) and not is_given_name(w)


def _headed(heads: frozenset[str], w: str) -> bool:
    stem = strip_pronoun(strip_article(w))
    if stem in heads or strip_pronoun(w) in heads:
        return True
    # the stem before a pronoun is written otherwise: استيائه → استياء، تمنياته → تمنيات
    return stem[-1:] == "ئ" and stem[:-1] + "ء" in heads or stem[-2:] == "اة" and stem[:-1] + "ت" in heads


#: heads of a title that is no speaker word alone (ولي العهد "the crown prince"; alone ولي is و+لي "and to me")
TITLED_HEADS = frozenset({"ولي"})


def titled_head(toks: list) -> bool:
    """Do ``toks`` open with a title's head and its definite complement (ولي العهد)?"""
    return len(toks) > 1 and toks[0].text in TITLED_HEADS and toks[1].text.startswith("ال")


def speaker_word(ctx: Context, w: str) -> bool:
    """A title, organisation, document or group word (الوزير، وزارة، البيان، مسؤولون)."""
    sp = ctx.v.speakerish
    b = strip_article(w)
    # (an accusative subject after إن/أن carries an alif: إلا أن مندوبا رفيعا صرح; a feminine
    # plural of an organisation word: النقابات، الوزارات)
    return b in sp or w in sp or (b.endswith("ا") and b[:-1] in sp) \
        or (b.endswith("ات") and b[:-2] + "ة" in sp) or _dual_of(b, sp)


def _dual_of(b: str, sp: frozenset[str]) -> bool:
    """The nominative dual of a speaker word or a side (الوزيران، الوزارتان، المنظمتان، الجانبان):
    -ان on the singular, a ة written ت before it."""
    if len(b) < 5 or not b.endswith("ان"):
        return False
    stem = b[:-2]
    return stem in sp or stem in SIDES or stem.endswith("ت") and stem[:-1] + "ة" in sp


def is_adverbial(ctx: Context, w: str) -> bool:
    """An adverbial opener between a cue and its content: اليوم، في، خلال, or where it was said."""
    adverbial = ctx.v.adverbial
    if w in adverbial:
        return True
    b = w[1:] if w[:1] in "وف" and len(w) > 2 else w
    if b in adverbial:
        return True
    org = ctx.v.org
    # ل + media/statement noun: لوكالة، لصحيفة، لقناة (where it was said, not who)
    if w.startswith("ل") and not w.startswith("لل") and w[1:] in org:
        return True
    if w.startswith("لل") and w[2:] in org:
        return True
    return False


def speech_pronoun(ctx: Context, w: str) -> tuple[str, str] | None:
    """(gender, number) of the pronoun on a speech noun: قوله → (m, sg), تصريحاتها → (f, sg)."""
    speech = ctx.v.speech
    for suf, gn in _SPEECH_PRONOUNS:
        if w.endswith(suf):
            stem = w[: -len(suf)]
            if stem.endswith("ت") and stem[:-1] + "ة" in speech:
                return gn
            if stem in speech or stem.rstrip("ا") in speech:
                return gn
    return None


def nisba_adjective(w: str) -> bool:
    """A definite nisba adjective or participle agreeing with a head: الروسية، الأمريكي، المحتجون."""
    return w.endswith(("ي", "ية", "يه", "يون", "يين", "يات", "ون", "ين")) or w.startswith("الم")
