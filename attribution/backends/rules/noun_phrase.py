"""Noun phrases: where a speaker's noun phrase ends, apposition, addressees, nominal checks.

``وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن…`` — the noun phrase is the role and the
name; it ends at the addressee للصحفيين.
"""
from __future__ import annotations

from attribution.backends.rules.context import Context, Tok
from attribution.backends.rules.words import is_adverbial, is_complementizer, speaker_word
from attribution.lexicon.closed import (
    COMMA, FUNCTION, LOCATIVE, NOT_IN_NAME, NOUN_COMP, OPEN, QUANTIFIERS, QUOTES, REGION_WORDS, STOP_PUNCT,
    SUBORDINATORS,
)
from attribution.text.morph import adjective_like, strip_article, strip_pronoun

# a demonstrative before the subject is the object: أوضح ذلك مدير عام الفرع
DEMONSTRATIVES = frozenset({"ذلك", "هذا", "هذه"})
_ISSUED = frozenset({"صادر", "صادرة"})  # بيان صادر عن…: "issued"
_IN_COMPOUND_NAME = frozenset({"عبد", "ابو", "ابي", "بن", "ال"})  # عبد الرحيم: the article is the name's
_AFFILIATION = frozenset({"في", "من"})
_NP_CLOSERS = FUNCTION | (NOUN_COMP - {"في", "من", "علي", "الي"}) | SUBORDINATORS | NOT_IN_NAME
_PRONOUN_ADDRESSEES = frozenset({"لي", "لنا", "له", "لها", "لهم", "لك", "لكم"})
_PRESS = frozenset({"صحفيين", "صحافيين", "صحافة", "اعلام"})  # للصحفيين، للإعلام
# what np_end's word rules say about a word: the noun phrase ends before it, goes on, or goes on
# with a name-like word (after which a second noun phrase or an addressee ends it)
_END, _NEXT, _NAME = 0, 1, 2


def np_end(ctx: Context, seg: list[Tok]) -> int:
    """Where the noun phrase opening ``seg`` ends.

    It ends at an adverbial (اليوم، في تصريح، خلال…), at an addressee (للصحفيين، لوكالة) after
    a name, or where a second noun phrase starts after a name (طالب النائب فهد العتيبي وزارة
    الأشغال…).  "في" after a title or a group keeps an affiliation (الخبير في الموارد المائية
    منير الطرابلسي، مسؤولون في وزارة التربية) unless an event noun follows (في تصريح، في بيان).
    """
    short = _np_of_head(ctx, seg)
    if short is not None:
        return short
    v = ctx.v
    head = seg[0].text
    head_b = strip_article(head)
    titled = head_b in v.title or head_b in v.group or head_b in v.org or strip_pronoun(head) in v.title \
        or head_b in v.doc
    nominal = (head_b in v.org or head_b in v.doc or head_b in v.group) and head_b not in v.title
    group = head_b in v.group and not head.startswith("ال")
    seen_def = head.startswith("ال")
    seen_name = not titled and not head.startswith("ال") and head not in QUOTES and head_b not in QUANTIFIERS
    for m in range(1, len(seg)):
        w, prev = seg[m].text, seg[m - 1].text
        if strip_article(w) in _ISSUED:
            continue
        if prev in v.particle and prev != "ال" and w not in QUOTES and not is_adverbial(ctx, w) \
                and ctx.verb_forms.get(w) is None:
            seen_name = True
            continue  # ابن فارس، أبو ظبي، بن فرحان: the word after a name particle is a name
        if w == "عن" and strip_article(prev) in _ISSUED:
            continue  # التقرير الصادر عن البنك الدولي: the issuer belongs to the document
        if (nominal or (not titled and head.endswith("ي"))) and seen_def and _bare_noun(ctx, w, prev):
            # after a definite word a bare noun opens the object: "أكدت الوزارة وقوع حادث…"،
            # "أوضح الزهراني وقوع حادث…" (a name ends with its ال-surname)
            return m
        if w.startswith("ال") and prev not in _IN_COMPOUND_NAME:
            seen_def = True
        if group and w in _AFFILIATION:
            group = False  # an affiliation follows: مسؤولون في وزارة التربية، محللون في بنوك استثمار
        elif group and not adjective_like(w) and not w.startswith(("ال", "لل", "بال", "وال")):
            return m  # دبلوماسيون أوروبيون تحدثوا…: an indefinite relative clause follows
        step = _word_in_np(ctx, seg, m, head_b, titled, seen_name)
        if step is None:
            step = _word_after_name(ctx, seg, m, nominal, seen_name)
        if step == _END:
            return m
        if step == _NAME:
            seen_name = True
    return len(seg)


def _np_of_head(ctx: Context, seg: list[Tok]) -> int | None:
    """0 when ``seg`` opens with no noun phrase, 1 when its first word is the whole noun phrase."""
    w0 = seg[0].text
    if w0 in DEMONSTRATIVES and len(seg) > 1:
        return 0  # أوضح ذلك مدير عام الفرع: the demonstrative is the object (see subject_after)
    if w0 in FUNCTION or w0 in NOUN_COMP or w0 == "ل" \
            or (w0.startswith(("بال", "لل")) and not speaker_word(ctx, w0)) \
            or (w0[:1] == "ل" and (strip_article(w0[1:]) in ctx.v.media or w0[1:] in ctx.v.place)):
        return 0  # قال لي، نوه بالعمل، قال لرويترز: a prepositional phrase, not a subject
    vf = ctx.verb_forms.get(w0)
    if (is_adverbial(ctx, w0) and not speaker_word(ctx, w0)) or (vf is not None and vf.aspect == "participle") \
            or w0 in SUBORDINATORS:
        return 0  # (واستطرد قائلا، وقال مهددا: a participle is no subject)
    if w0 in ctx.v.honorific_pronoun:
        return 1  # وصف سموه مبادرة التسجيل: "his highness" is the whole subject
    return None


def _bare_noun(ctx: Context, w: str, prev: str) -> bool:
    """Is ``w`` an indefinite noun that no role, region name or quoted name continues?"""
    title = ctx.v.title
    return not w.startswith(("ال", "وال", "ل", "ب")) and w not in QUOTES and w not in _AFFILIATION \
        and strip_article(w) not in title and strip_article(prev) not in title \
        and prev not in QUOTES and strip_article(prev) not in REGION_WORDS


def _word_in_np(ctx: Context, seg: list[Tok], m: int, head_b: str, titled: bool, seen_name: bool) -> int | None:
    """Closers and affiliations: _END, _NEXT, or None when the word is to be read as a name part."""
    v = ctx.v
    w = seg[m].text
    if w in v.relative or w in _NP_CLOSERS:
        return _END  # "المركز الذي…"، "أشار كيري إليها"، "قال كيري كيف": the noun phrase ends
    vf = ctx.verb_forms.get(w)
    if vf is not None and vf.aspect == "participle":
        return _END  # "وأضاف الوزير معقبا…": the participle describes the saying
    if titled and not seen_name and _affiliation(ctx, seg, m):
        return _NEXT
    if w == "من" and m == 1 and head_b in QUANTIFIERS:
        return _NEXT  # عدد من المسؤولين، بعض الخبراء: a part of a group
    if is_adverbial(ctx, w):
        return _END
    return None


def _affiliation(ctx: Context, seg: list[Tok], m: int) -> bool:
    """After a role: مصدر داخل الحكومة، الباحثة في المعهد الوطني، الكاتب العام للنقابة."""
    v = ctx.v
    w = seg[m].text
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    if w in LOCATIVE and nxt:
        return True
    if w in _AFFILIATION and nxt and strip_article(nxt) not in v.event and strip_pronoun(nxt) not in v.event \
            and not is_adverbial(ctx, nxt):
        return True  # (not في تصريح، في بيان: an event noun makes an adverbial)
    gen = strip_article(w) if w.startswith("لل") else strip_article(w[1:])
    return w[:1] == "ل" and gen in v.org and gen not in v.media  # a genitive after a role


def _word_after_name(ctx: Context, seg: list[Tok], m: int, nominal: bool, seen_name: bool) -> int:
    """Addressees, a second noun phrase after a name, or a name part: _END, _NEXT or _NAME."""
    v = ctx.v
    w = seg[m].text
    if seen_name and not nominal and (w.startswith("ل") and not w.startswith("لا")):
        return _END  # an addressee after the name: قال بوتين للصحفيين
    if w[:1] == "ل" and (strip_article(w[1:]) in v.group or w[1:].endswith(("يين", "ين")) and len(w) > 5):
        return _END  # قال الجيش لصحفيين: the people spoken to
    if w in QUOTES:
        return _NEXT
    b = strip_article(w)
    if seen_name and w != strip_pronoun(w) and strip_pronoun(w) in v.title:
        return _END  # "فيصل بن فرحان نظيره الروسي": his counterpart, another person
    if seen_name and not w.startswith("ال") and seg[m - 1].text in v.given \
            and (m + 1 == len(seg) or not seg[m + 1].text.startswith("ال")):
        return _NEXT  # a family name that is also a noun: مختار خطاب، محمد بيان (not وزارة الصحة)
    if seen_name and (b in v.title or b in v.org or b in v.group or b in v.doc) and b not in v.honorific_bare:
        # a second noun phrase after a name: the object, or a role after the name
        if not w.startswith("ال") and m + 1 < len(seg) and b in v.title:
            return _NEXT  # "أحمد الحكيم رئيس قطاع…": a role after the name
        return _END
    if not w.startswith("ال") and b not in v.portfolio and w not in v.place and b not in v.title \
            and not w.startswith(("ل", "ب")) and w not in v.particle and b not in v.org and b not in v.doc \
            and b not in v.group:
        return _NAME
    return _NEXT


def looks_nominal(ctx: Context, seg: list[Tok]) -> bool:
    """At most 8 words and no verb or complementizer among them."""
    if len(seg) > 8:
        return False
    forms = ctx.verb_forms
    return not any(forms.get(t.text) is not None or is_complementizer(t.text) for t in seg)


def addressee_prefix(ctx: Context, seg: list[Tok]) -> int:
    """How many tokens of an addressee phrase open ``seg``: لـ"الاقتصادية"، لصحيفة "عكاظ"،
    لرويترز، للصحفيين، لنا/له/لها (0 when it does not open with one)."""
    if not seg:
        return 0
    v = ctx.v
    w = seg[0].text
    if not (w in _PRONOUN_ADDRESSEES or (w == "ل" and len(seg) > 1 and seg[1].text in OPEN)
            or (w[:1] == "ل" and len(w) > 2 and (strip_article(w[1:]) in v.media or strip_article(w[2:]) in v.media
                                                or strip_article("ال" + w[2:]) in v.group
                                                or w[1:] in v.group or w[2:] in _PRESS))):
        return 0
    k = 1
    if k < len(seg) and seg[k].text in OPEN:
        close = OPEN[seg[k].text]
        m = k + 1
        while m < len(seg) and seg[m].text != close and m - k <= 6:
            m += 1
        if m < len(seg) and seg[m].text == close:
            k = m + 1
    return k


def apposition_at(ctx: Context, toks: list[Tok], m: int) -> bool:
    """"، سلطان القحطاني،": a short name between commas after a role."""
    seg = []
    while m < len(toks) and toks[m].text not in COMMA and toks[m].text not in STOP_PUNCT and len(seg) < 5:
        seg.append(toks[m])
        m += 1
    return bool(seg) and m < len(toks) and toks[m].text in COMMA and not seg[0].text.startswith("ال") \
        and ctx.verb_forms.get(seg[0].text) is None and len(seg) <= 4


def is_addressee(ctx: Context, subj: list[Tok]) -> bool:
    """A definite group (الصحفيين، المواطنين) after أبلغ/طمأن: who was told, not who told."""
    w = strip_article(subj[0].text)
    return subj[0].text.startswith("ال") and (w in ctx.v.group or w.endswith("ين") or w.endswith("ون"))


def plausible_speaker(ctx: Context, subj: list[Tok]) -> bool:
    """A title, organisation, group or document word, a known name, or a name-like word."""
    head = subj[0].text
    if head in QUOTES and len(subj) > 1:
        head = subj[1].text
    if speaker_word(ctx, head) or speaker_word(ctx, strip_pronoun(head)) or head in ctx.known:
        return True
    return not head.startswith("ال") and not head.startswith(("ب", "ل")) and head not in FUNCTION


def only_subject(ctx: Context, mid: list[Tok]) -> bool:
    """Is ``mid`` (between a verb and its preposition) a subject and adverbial phrases only?

    ``أشار الوزير، في كلمته، إلى أهمية…`` yes; ``لفتت مشاعري كثيرا وهذا ما جعلني… إلى`` no.
    """
    segs: list[list[Tok]] = [[]]
    for t in mid:
        if t.text in COMMA:
            segs.append([])
        else:
            segs[-1].append(t)
    for k, seg in enumerate(segs):
        if not seg:
            continue
        if is_adverbial(ctx, seg[0].text) or (k and looks_nominal(ctx, seg) and len(seg) <= 5):
            continue  # an adverbial phrase (في كلمته، الشهر الماضي) or an apposition
        if k:
            return False
        cut = np_end(ctx, seg)
        if cut < len(seg) and not is_adverbial(ctx, seg[cut].text):
            return False
    return True
