"""Noun phrases: where a speaker's noun phrase ends, apposition, addressees, nominal checks.

``وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن…`` — the noun phrase is the role and the
name; it ends at the addressee للصحفيين.
"""
from __future__ import annotations

from attribution.backends.rules.asides import anonymity_aside
from attribution.backends.rules.context import Context, Tok
from attribution.backends.rules.words import (
    content_noun, is_adverbial, is_complementizer, nisba_adjective, speaker_word, speech_pronoun, van_particle,
)
from attribution.lexicon.closed import (
    AFTER_ALA, AGED, BODIES_PLURAL, CHIEF, CLOSE, COMMA, DASHES, FUNCTION, GOVERNING, IN_ONES_NAME, LOCATIVE, MANNER, NEGATION,
    NOT_IN_NAME, NOUN_COMP, OPEN, ORDINALS, PARENTHETICAL, PARTITIVES, QUANTIFIERS, SUPERLATIVES, PREPOSITIONS, QUOTES,
    RADICAL_WAW, REGION_WORDS, REGIONS, RESUMPTIVE, STOP_PUNCT, STYLES, SUBORDINATORS, TRAILING_RELATIVES, UNVEIL,
)
from attribution.lexicon.closed import ISSUING_VERBS as _ISSUING_VERBS, MADE_IT as _MADE_IT
from attribution.lexicon.names import (
    COMPOUND_SECONDS, NAMING_TITLES, family_name_shape, first_of_rank, foreign_given_names, is_given_name, possessed_noun, is_institution_noun,
    named_institution_end, regnal_ordinal,
)
from attribution.lexicon.vocabulary import head_word
from attribution.speakers.mention import definite_verbal_noun, participle_plural
from attribution.text.morph import (
    adjective_like, defective_masdar_shape, derived_masdar_shape, disagreeing_nisba, fula_shape, negated_adjective,
    possessed_masdar_shape,
    strip_article,
    strip_pronoun, tafil_shape,
)

# a demonstrative before the subject is the object: أوضح ذلك مدير عام الفرع
DEMONSTRATIVES = frozenset({"ذلك", "هذا", "هذه"})
_ISSUED = frozenset({"صادر", "صادرة"})  # بيان صادر عن…: "issued"
_IN_COMPOUND_NAME = frozenset({"عبد", "ابو", "ابي", "بن", "ال"})  # عبد الرحيم: the article is the name's
_AFFILIATION = frozenset({"في", "من"})
_NASAB = frozenset({"بن", "بنت", "ابن", "ابو", "ابا", "ابي", "عبد"})  # بن نهار، أبو ظهير: a name follows, whatever word it is
_NP_CLOSERS = FUNCTION | (NOUN_COMP - {"في", "من", "علي", "الي"}) | SUBORDINATORS | NOT_IN_NAME
_PRONOUN_ADDRESSEES = frozenset({"لي", "لنا", "له", "لها", "لهم", "لك", "لكم"})
_WHAT_AFTER_NAME = frozenset({"بما", "لما", "مما", "عما"})
_SEMICOLONS = frozenset({"؛", ";"})  # ends a noun phrase: «…الوزير فلان؛ وأضاف» (but for a role after it, a comma's use)
_PRESS = frozenset({"صحفيين", "صحافيين", "صحافة", "اعلام"})  # للصحفيين، للإعلام
# what np_end's word rules say about a word: the noun phrase ends before it, goes on, or goes on
# with a name-like word (after which a second noun phrase or an addressee ends it)
_END, _NEXT, _NAME = 0, 1, 2


def np_end(ctx: Context, seg: list[Tok]) -> int:
    """Where the noun phrase opening ``seg`` ends (never on a preposition: كبير المشرفين على)."""
    # (a verb's subject and its content's reading ask for the same phrase: read it once)
    key = ("np_end", tuple(seg), len(ctx.known), len(ctx.titled))
    end = ctx.memo.get(key)
    if end is None:
        end = ctx.memo[key] = _np_end_uncached(ctx, seg)
    return end


def _np_end_uncached(ctx: Context, seg: list[Tok]) -> int:
    style = _style_length(seg)
    if style:
        # «معالي وزير الشؤون البلدية والقروية»، «فضيلة رئيس المحكمة العامة الشيخ…»: a style of
        # address is no head; the phrase is the title or name it addresses, read without it
        rest = np_end(ctx, seg[style:])
        if rest:
            return style + rest
    k = _np_end(ctx, seg)
    if 0 < k < len(seg):
        k = _to_the_name(ctx, seg, k)
    # «خادم الحرمين الشريفين باسمه واسم شعب المملكة»: "in his own name" is how he spoke, not who
    k = next((m for m in range(1, k) if seg[m].text in IN_ONES_NAME
              and strip_article(seg[m - 1].text) not in _SPEAKS_FOR), k)  # (not المتحدث باسمها: her spokesman)
    k = next((m for m in range(1, k) if seg[m].text in MANNER), k)  # وقال كيري مازحا: how, not who
    while k > 1 and seg[k - 1].text in _PREPOSITIONS and not _last_ali(seg, k - 1):
        k -= 1
    if 0 < k < len(seg) and seg[k].text == ")" and sum(t.text == "(" for t in seg[:k]) > sum(t.text == ")" for t in seg[:k]):
        k += 1  # المتحدث (فهد السالم): the bracket the phrase opened closes inside it
    return _clause_start(seg, _more_named_conjuncts(seg, k))


_NAME_OPENERS = frozenset(OPEN) | {"("}


def _more_named_conjuncts(seg: list[Tok], k: int) -> int:
    """After a dual or plural of bodies, its quoted or bracketed names joined by «و» belong to the
    phrase: محطتا (العربية) و(الجزيرة)، صحف "الرياض" و"عكاظ" و"الوطن"."""
    head = seg[0].text
    if not (head.endswith("تا") and len(head) > 4 or head in BODIES_PLURAL) or len(seg) < 7:
        return k
    j, names = 1, 0
    while j + 1 < len(seg) and seg[j].text in _NAME_OPENERS and (names == 0 or seg[j - 1].text == "و"):
        close = ")" if seg[j].text == "(" else OPEN[seg[j].text]
        end = next((e for e in range(j + 2, min(len(seg), j + 8)) if seg[e].text == close), None)
        if end is None:
            break
        names += 1
        j = end + 1
        if j + 1 < len(seg) and seg[j].text == "و":
            j += 1
    if names < 2:
        return k
    return max(k, j - 1 if seg[j - 1].text == "و" else j)


_THERE = frozenset({"هناك", "هنالك"})  # "there (is)": an existential sentence's opening, or where
_VERB_NEGATIONS = frozenset({"لم", "لن", "ولم", "ولن", "فلم", "فلن"})  # negate a verb only
_NOUN_OR_VERB_NEGATIONS = frozenset({"لا", "ولا", "فلا"})  # (لا: a verb after it, or a noun: لا شك)
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")


def _clause_start(seg: list[Tok], k: int) -> int:
    """Cut the phrase's first ``k`` words before a clause glued to it: a noun phrase never holds

    - هناك/هنالك («وفقا للتقرير [هناك 7 حقائب…]»: the content's existential opening, or "there");
    - a negation of a verb (لم، لن; لا before an imperfect-shaped word): «يقول المواطن فلان [لم نجد…]»;
    - the verb of a relative clause with no relative pronoun after an indefinite noun, known by the
      resumptive preposition after it: «حسب تقرير إحصائي [اطلعت عليه الصحيفة]».

    Words inside quotation marks are a name's, whatever they are."""
    rel = next((m for m in range(k) if seg[m].text in TRAILING_RELATIVES), k)
    k = next((m for m in range(1, rel) if _clause_opens(seg, m)), k)  # (a relative clause holds its verb:
    # «المستثمرين الذين لم يستوفوا…»)
    while k > 1 and seg[k - 1].text in _NEGATIONS and not _inside_quote(seg, k - 1):
        k -= 1  # (a negation is the next clause's: «مسؤول [لم] يذكر…» where the verb ended the phrase)
    return k


def _clause_opens(seg: list[Tok], m: int) -> bool:
    """Does a clause glued to the phrase open at word ``m`` (see :func:`_clause_start`)?"""
    w = seg[m].text
    if w in _THERE:
        opens = seg[m - 1].text not in _PREPOSITIONS  # (not «المعلومات الواردة من هناك»: "from there" is the phrase's)
    elif w in _VERB_NEGATIONS:
        opens = not _unnamed_by(seg, m + 1)
    else:
        opens = (w in _NOUN_OR_VERB_NEGATIONS and m + 1 < len(seg) and _imperfect_shape(seg[m + 1].text)) or (
            m + 1 < len(seg) and seg[m + 1].text in RESUMPTIVE and _bare_verb_shape(w)
            and not seg[m - 1].text.startswith(("ال", "لل", "بال")) and not seg[0].text.startswith("ال"))
    return opens and not _inside_quote(seg, m)  # (the quotation scan last: most words open nothing)


_NEGATIONS = NEGATION | {"ليس", "وليس", "ليست", "وليست"}
_NAMING_STEMS = ("سم", "اسم", "هوي")  # لم تسمه، لم يسمها، لم يذكر اسمه، لم تكشف هويته


def _unnamed_by(seg: list[Tok], m: int) -> bool:
    """Does a negated verb at ``m`` leave the source unnamed («مصدر لم تسمه الوكالة»، «مسؤول لم يذكر
    اسمه»)? That clause describes the source: the phrase keeps it."""
    for w in (t.text for t in seg[m:m + 3]):
        stem = w[1:] if w[:1] in "يت" else w
        if stem.startswith(_NAMING_STEMS) and w[-1:] in "هامم":
            return True
    return False


def _imperfect_shape(w: str) -> bool:
    """An imperfect verb's shape: a prefix ي/ت/ن/أ and a stem of three letters or more (نجد، يعرف،
    تستطيع), bare of the article."""
    return w.isalpha() and len(w) >= 3 and w.startswith(_IMPERFECT_PREFIXES) and not w.startswith("ال")


def _bare_verb_shape(w: str) -> bool:
    """A finite verb that opens a relative clause: no article, no ة, an imperfect prefix or the
    perfect's feminine/first-person ت (اطلعت، حصلنا، نشرها), three letters or more."""
    if not w.isalpha() or len(w) < 3 or w.startswith(("ال", "لل", "بال")) or w.endswith(("ة", "ي", "ية")):
        return False
    return w.endswith(("ت", "نا", "وا")) or _imperfect_shape(w)



def _last_ali(seg: list[Tok], m: int) -> bool:
    """Is علي, with no noun after it, a name after a given name or بن (وقال سعيد بن محمد علي إن…،
    وقال الدكتور محمد علي في تصريح…)? The preposition على has its object after it, never the end of
    the phrase, a comma or another preposition."""
    if m == 0 or seg[m].text != "علي" or not (is_given_name(seg[m - 1].text) or seg[m - 1].text in _NASAB):
        return False
    return m + 1 == len(seg) or seg[m + 1].text in PREPOSITIONS or seg[m + 1].text in COMMA


def family_particle(seg: list[Tok], m: int) -> bool:
    """Is the word at ``m`` آل, the particle of a family name (آل سعود، آل الشيخ), which never ends
    a name — not the article written apart (الـ«فيفا»، الـ20), normalised alike?"""
    return seg[m].text == "ال" and m + 1 < len(seg) and seg[m + 1].text.isalpha()


SAME_DETERMINERS = frozenset({"ذات", "نفس"})  # ذات المصادر، نفس المصدر "the same sources": a determiner in construct


def _style_length(seg: list[Tok]) -> int:
    """How many styles of address (سمو، معالي، فضيلة…) open ``seg`` with words after them, or the
    «the same» (ذات، نفس) before a definite noun (وقالت ذات المصادر إن…)."""
    if len(seg) > 1 and seg[0].text in SAME_DETERMINERS and seg[1].text.startswith("ال"):
        return 1
    k = 0
    while k < len(seg) - 1 and seg[k].text in STYLES:
        k += 1
    return k


_SPEAKS_FOR = frozenset({"متحدث", "متحدثة", "متحدثه", "ناطق", "ناطقة", "ناطقه"})

_NAME_REACH = 9  # the most words between an unnamed role and the name it runs on to


def _to_the_name(ctx: Context, seg: list[Tok], k: int) -> int:
    """A role cut at ``k`` before its complements runs on through them to the name after them:
    ``مقررة الأمم المتحدة الخاصة المعنية بالحق في الغذاء هلال إيلفر``، ``محرر الكتاب الدكتور ناصر
    الغالي``، ``مدير عمليات (أونروا) في الأردن``. The name is an honorific or a given name; the
    words between are definite words, bare nouns of a construct, prepositions and their objects and
    a short bracketed name — no verb, no other role, no adverbial, no punctuation. ``k`` when none.
    """
    v = ctx.v
    head = seg[0].text
    if not _unnamed_role(ctx, seg, k):
        return k
    bracket = False
    for j in range(k, min(len(seg), k + _NAME_REACH)):
        w = seg[j].text
        if j > k and opens_name(ctx, seg, j):
            return j + _np_end(ctx, seg[j:])
        if w == "(" and not bracket and head not in v.honorific:
            close = next((c for c in range(j + 1, min(len(seg), j + 5)) if seg[c].text == ")"), None)
            if close is None or any(not t.text.isalpha() for t in seg[j + 1:close]):
                return k
            bracket = True
            continue
        if w == ")" and bracket or (bracket and seg[j - 1].text == "(") or _between_role_and_name(ctx, seg, j):
            continue
        break
    if bracket and seg[k].text == "(":  # مدير عمليات (أونروا) في الأردن: the bracketed name is the body's
        close = next(c for c in range(k + 1, len(seg)) if seg[c].text == ")")
        return close + 1 + _complement_length(ctx, seg, close + 1)
    return k


def dash_after_role(ctx: Context, seg: list[Tok], k: int) -> int | None:
    """Where a dash opens an aside after a role cut at ``k`` and its complements (المشرف العام
    [على حملة الرحمة] – التي تتبع لها الحافلة –…): the dash's index, None when another word comes first."""
    if not _unnamed_role(ctx, seg, k):
        return None
    for j in range(k, min(len(seg), k + _NAME_REACH)):
        if seg[j].text in DASHES:
            return j if j > 0 else None
        if not _between_role_and_name(ctx, seg, j):
            return None
    return None


def opens_name(ctx: Context, seg: list[Tok], j: int) -> bool:
    """Does a person's name start at ``j``: an honorific or a given name (not علي the preposition
    على, not a role word, not the person an institution is named after: مركز الملك سلمان)?"""
    v = ctx.v
    w, prev = seg[j].text, seg[j - 1].text
    if prev in v.org or prev in v.place:
        return False
    if w == "علي":
        return is_ali(seg, j)
    return w in v.honorific or (is_given_name(w) and not _role_word(ctx, w)) or unlisted_given_name(ctx, seg, j)


def unlisted_given_name(ctx: Context, seg: list[Tok], j: int) -> bool:
    """A bare word the lexicon does not know, between a role's definite last word and an ال-nisba
    family name: عضو الفريق التنظيمي [بريك] القرني.  After a definite word a bare noun is no genitive,
    and a nisba cannot qualify a bare noun, so the two words are a given name and its family name
    (not أكد المدير العام [اكتمال] الاستعدادات: a verbal noun, the object)."""
    w, prev = seg[j].text, seg[j - 1].text
    if j + 1 >= len(seg) or not prev.startswith("ال") or not _family_like_name(ctx, seg[j + 1].text):
        return False
    # (a ب/ل-word may be a preposition's noun, بدعم، لجهود: a name only when the rest is no noun of content)
    rest = w[1:] if w[:1] in "بل" else w
    return _bare_name_word(ctx, w) and len(w) >= 3 and not _masdar_like(w) and not _masdar_like(rest) \
        and not content_noun(ctx, rest) and w not in ctx.v.given and not speaker_word(ctx, w) and not nisba_adjective(w)


def _family_like_name(ctx: Context, w: str) -> bool:
    """An ال-nisba that may be a family name (القرني، الحربي، العتيبي), not a place's or a role's."""
    b = strip_article(w)
    return w.isalpha() and w.endswith("ي") and len(w) >= 5 and family_name_shape(w) and not speaker_word(ctx, w) \
        and b not in ctx.v.place and b[:-1] not in ctx.v.place and not content_noun(ctx, w)


def _masdar_like(w: str) -> bool:
    """A verbal noun's shape: تفعيل، استفعال, or a derived form's (اكتمال، انطلاق)."""
    return tafil_shape(w) or derived_masdar_shape(w) or defective_masdar_shape(w) or possessed_masdar_shape(w)



def _unnamed_role(ctx: Context, seg: list[Tok], k: int) -> bool:
    """Does ``seg[:k]`` hold a role or a body with no name yet (مقررة الأمم، محرر الكتاب، مدير عمليات)?"""
    v = ctx.v
    words = seg[:k]
    if any(t.text in v.honorific or is_given_name(t.text) or t.text in ctx.known or t.text in v.particle
           or t.text in v.honorific_pronoun for t in words):
        return False
    head = strip_article(seg[0].text)
    if head.endswith("ا") and head[:-1] in v.speakerish:
        head = head[:-1]
    # a role, a body or a group; or an unlisted participle of a role (مقرر، محرر، مبعوث)
    known = head in v.title or head in v.org or head in v.group
    return (known or (head[:1] == "م" and head not in v.doc and head.isalpha() and len(head) > 3)) \
        and all(t.text.isalpha() or t.text in "()" for t in words)


_NOT_A_NOUN = frozenset({"الا", "الان", "اللذان", "اللتان", "اللواتي", "اللاتي"})


def _role_word(ctx: Context, w: str) -> bool:
    """A role word: another person's (التقى الوزير السفير…) or no name (مساعد، أمين are given names too)."""
    return strip_article(w) in ctx.v.title or w in ctx.v.honorific_pronoun


def _between_role_and_name(ctx: Context, seg: list[Tok], j: int) -> bool:
    """A word that may stand between a role and its name: a definite noun or adjective (no role
    word: التقى الوزير [السفير]…), a bare noun of a construct, a preposition or its object."""
    v = ctx.v
    w, prev = seg[j].text, seg[j - 1].text
    if not w.isalpha() or w in v.relative or is_complementizer(w) or w in SUBORDINATORS or w in NOT_IN_NAME \
            or w in _NOT_A_NOUN or (w[:1] == "ي" and len(w) > 3):
        return False  # (ألا، إلا; يتجاوز: an imperfect verb, which the cue lexicon may not know)
    vf = ctx.verb_forms.get(w)
    if vf is not None and vf.aspect != "participle":
        return False
    if strip_pronoun(w) != w and not w.startswith(("ال", "لل", "بال")):
        return False  # نظيره، رئيسها: another person's role
    if w in _PREPOSITIONS or w in ("ب", "ل"):
        return not _event_after(ctx, seg, j)  # (في تصريح، خلال كلمته: where it was said)
    if _role_word(ctx, w) and w[:1] not in "لب":
        return False
    if w.startswith(("ال", "لل", "بال", "وال")):
        return w not in _TIME_WORDS and w not in _WEEKDAYS and w not in _AUDIENCE
    if w[:1] in "لب" and len(w) > 3:
        # (قالت دول الخليج لوزير الخارجية جون كيري: a role after ل is the listener)
        return w[1:] not in v.media and strip_article(w[1:]) not in v.title and not addressee_prefix(ctx, seg[j:])
    # a bare noun is a genitive after a bare noun, never after a definite one (أعلنت الحركة [تعيين]…)
    bare_ok = _bare_word(ctx, w) and not prev.startswith(("ال", "لل", "بال", "وال")) and not tafil_shape(w)
    return (prev in _PREPOSITIONS or bare_ok) and not is_adverbial(ctx, w)


def _complement_length(ctx: Context, seg: list[Tok], m: int) -> int:
    """How many words of a place complement follow a bracketed name: (أونروا) [في الأردن]."""
    if m + 1 < len(seg) and seg[m].text == "في" and (seg[m + 1].text in ctx.v.place
                                                     or strip_article(seg[m + 1].text) in ctx.v.place):
        return 2
    return 0


def _np_end(ctx: Context, seg: list[Tok]) -> int:
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
    head_b = head_word(head, v)
    if head_b.endswith("ا") and head_b not in v.speakerish and head_b[:-1] in v.speakerish:
        head_b = head_b[:-1]  # لكن مصدرا في الحديدة قال: an accusative subject after لكنّ/إنّ
    titled = head_b in v.title or head_b in v.group or head_b in v.org or strip_pronoun(head) in v.title \
        or head_b in v.doc or _chief(seg) or _people(ctx, head)
    nominal = (head_b in v.org or head_b in v.doc or head_b in v.group or head_b in QUANTIFIERS) \
        and head_b not in v.title
    group = (head_b in v.group or _people(ctx, head)) and not head.startswith("ال")
    seen_def = head.startswith("ال")
    seen_name = not titled and _bare_head_is_name(ctx, head, head_b)
    for m in range(1, len(seg)):
        w, prev = seg[m].text, seg[m - 1].text
        if w == "ل" or possessed_listener(v, w) or w in _SEMICOLONS and not _apposition_after(ctx, seg, m + 1):
            return m  # وقال القروني لـ«الشرق الأوسط»، قال لقمان لابنه: the addressee; a ؛ ends a clause
        if titled and not seen_name and w[:1] == "ل" and not w.startswith("لل") and (w[1:] in v.org or w[1:] in v.org_f) \
                and w[1:] not in v.media \
                and m + 1 < len(seg) and seg[m + 1].text.startswith("ال"):
            continue  # الأمين العام لجامعة الدول العربية: the body the title serves, not an addressee
        if m == 2 and _seat_after_union_body(ctx, seg):
            return m  # المفوضية الأوروبية [في بروكسل]: the seat of a union's body is where, not which
        if w == "اجل" and prev == "من" and not _inside_quote(seg, m):
            return _purpose_end(ctx, seg, m, titled and not seen_name)  # مجموعة العمل من أجل فلسطينيي سورية
        if strip_article(w) in _ISSUED or w == "غير" and m + 1 < len(seg) and negated_adjective(prev, w, seg[m + 1].text):
            continue  # (المنظمة غير الحكومية: "non-", an adjective inside the phrase, not "other than")
        if w in _ISSUING_VERBS and head_b in v.doc and not head.startswith("ال") and m <= 3:
            return m  # كشفت دراسة [أجريت مؤخرا]، أظهر تقرير [نشر أمس]: a clause describing the document
        if w in _MADE_IT and head_b in v.doc and not head.startswith("ال") and m <= 3 and _maker_follows(ctx, seg, m):
            continue  # بحسب إحصائية أجرتها مجلة «الأسواق»: the maker is the document's
        if _name_word(ctx, seg, m) or _foreign_name_runs_on(ctx, seg, m):
            seen_name = True
            continue
        if _object_after_whole(ctx, seg, m, seen_name, head_b in v.org and head_b not in v.title) \
                or _object_after_closed(ctx, seg, m, seen_name) or _outside_phrase(ctx, seg, m, seen_name):
            return m
        step = _closer_or_link(ctx, seg, m, head_b in v.doc, titled and head.startswith("ال"), seen_name)
        if step == _END:
            return m
        if step == _NEXT:
            seen_def = seen_def or w.startswith(("ال", "لل", "بال"))
            continue
        if prev in v.particle and (prev != "ال" or family_particle(seg, m - 1)) and w not in QUOTES \
                and ctx.verb_forms.get(w) is None \
                and (prev in _NASAB or prev == "ال" or not is_adverbial(ctx, w)):
            seen_name = True
            continue  # ابن فارس، أبو ظبي، بن فرحان: the word after a name particle is a name
        if w == "عن" and (strip_article(prev) in _ISSUED or _body_cause(v, head_b, prev)):
            continue  # التقرير الصادر عن البنك الدولي: the issuer belongs to the document
        if (nominal or (not titled and _surname_head(ctx, head, m))) \
                and seen_def and _bare_noun(ctx, w, prev) and not _name_goes_on(ctx, seg, m):
            # after a definite word a bare noun opens the object: أكدت الوزارة [وقوع حادث]، أوضح الزهراني [وقوع…]
            if (head_b in v.org or head_b in v.doc and _body_after_li(v, prev)) and _proper_name_to_end(ctx, seg, m):
                return len(seg)  # (the body's own name after it: وكالة التصنيف الائتماني ستاندرد آند بورز، التقرير لشركة أرامكو)
            return m
        if w.startswith("ال") and prev not in _IN_COMPOUND_NAME:
            seen_def = True
        if group and w in _AFFILIATION:
            group = False  # an affiliation follows: مسؤولون في وزارة التربية، محللون في بنوك استثمار
        elif group and _group_ends(ctx, seg, m):
            return m  # دبلوماسيون أوروبيون [تحدثوا]…: an indefinite relative clause follows
        step = _word_in_np(ctx, seg, m, head_b, titled, seen_name)
        if step is None:
            step = _word_after_name(ctx, seg, m, nominal, seen_name)
        if step == _END:
            return m
        if step == _NAME:
            seen_name = True
    return len(seg)


def _body_in_construct_before(v, prev: str) -> bool:
    """Is ``prev`` a body's bare head, with or without ل (لهيئة، لجنة): in construct, it takes the
    word after it as its genitive (الأمانة العامة لهيئة [كبار] العلماء), no object starts there."""
    return _body_after_li(v, prev) or (not prev.startswith("ال") and prev in v.org)  # (لجنة: its ل is the root's)


def _people(ctx: Context, head: str) -> bool:
    """An indefinite plural of a participle, people (منظمون للرحلات، متابعون للشأن): a group, no name,
    keeping its ل-complement and its affiliation (a title's plural, مصدرين، مسؤولين, is read as a title's)."""
    return not head.startswith("ال") and participle_plural(head, ctx.v) and head[:-2] not in ctx.v.title


def _body_cause(v, head_b: str, prev: str) -> bool:
    """A body named for the cause it defends (مجلس الدفاع [عن] الموارد…، الجمعية الوطنية للدفاع
    [عن] حقوق الإنسان): its عن is its name's (not وزير الدفاع عن القرار: a title, the verb's)."""
    return strip_article(prev) == "دفاع" and prev != "دفاع" and head_b in v.org and head_b not in v.title


def possessed_listener(v, w: str) -> bool:
    """Is ``w`` ل + a noun with a possessive pronoun (لابنه، لزوجته، لنظيره، لمتابعيه): the listener
    (a title's own complement is a body, للشركة، لجامعة الدول; a highness is served: المستشار لسموه)?"""
    if w[:1] != "ل" or w.startswith("لل") or len(w) < 5:
        return False
    stem = strip_pronoun(w[1:])
    return stem != w[1:] and len(stem) >= 3 and strip_article(stem) not in v.honorific_bare \
        and stem not in v.honorific_bare


def _apposition_after(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does an apposition start at ``m`` — a role or «أول، أحد» "the first, one of" — so that a ؛
    before it stands for the comma of apposition (سالم العنزي؛ مدير الفرع، نيل آرمسترونج؛ أول من…)?"""
    if m >= len(seg):
        return False
    w = seg[m].text
    return w in ("اول", "احد", "احدي") or _role_word(ctx, w)


def _bare_head_is_name(ctx: Context, head: str, head_b: str) -> bool:
    """Is the untitled first word a name (الزهراني، بوتين), not an article word, a quote, a quantifier
    or a bare medium, whose genitive is the body (موقع هيئة الإذاعة البريطانية، حساب وزارة الصحة)?"""
    return not head.startswith("ال") and head not in QUOTES and head_b not in QUANTIFIERS \
        and head not in ctx.lexicon.category("source_medium") and head not in _ELATIVE_HEADS


# elatives that head a construct with the group they pick from: آخر التقارير، أحدث الدراسات، أبرز المحللين
_ELATIVE_HEADS = frozenset({"اخر", "احدث", "اول", "ابرز", "اهم", "اكثر", "اغلب", "اكبر", "اقدم"})


# the nisbas of a union of states: a body so named is one body, and في + a place after it is its seat
_UNION_NISBAS = frozenset({"الاوروبية", "الاوروبي", "الاوربية", "الاوربي", "الافريقية", "الافريقي", "الدولية",
                           "الدولي", "الاممية", "الاممي"})
# bodies that a state or a union keeps in many places: after them the place says which (السفارة
# السعودية في لندن، البعثة الأوروبية في مصر، القوات الدولية في لبنان)
_POSTED_BODIES = frozenset({"سفارة", "قنصلية", "بعثة", "مكتب", "فرع", "ممثلية", "وفد", "قوات", "قوة"})


def _seat_after_union_body(ctx: Context, seg: list[Tok]) -> bool:
    """Does a definite body named by a union's nisba (المفوضية الأوروبية، المحكمة الدولية) stand
    before في or ب + a place (في بروكسل، ببروكسل، في لاهاي)?  That place is the body's seat, no part
    of its name; a body posted in many places keeps it (السفارة البريطانية بالرياض)."""
    head, nisba, w = seg[0].text, seg[1].text, seg[2].text
    b = strip_article(head)
    if not head.startswith("ال") or nisba not in _UNION_NISBAS or b not in ctx.v.org or b in _POSTED_BODIES:
        return False
    place = seg[3].text if w == "في" and len(seg) > 3 else w[1:] if w[:1] == "ب" else ""
    return bool(place) and (place in ctx.v.place or strip_article(place) in ctx.v.place) \
        and not (len(seg) > 4 and seg[4].text.startswith("ال") and nisba_adjective(seg[4].text))


def _purpose_end(ctx: Context, seg: list[Tok], m: int, body: bool) -> int:
    """Where a phrase with «من أجل» at ``m - 1`` ends: a body's name holds its cause, a definite noun
    or a people's plural in construct and their adjectives (الحملة الدولية من أجل السلام العادل،
    مجموعة العمل من أجل فلسطينيي سورية); a verbal noun after it is the purpose of the act, and the
    phrase ends before من (أعلنت الحركة من أجل تسليم…، أكد الوزير من أجل طمأنة…)."""
    end = m + 1
    cause = seg[end].text if end < len(seg) else ""
    after = seg[end + 1].text if end + 1 < len(seg) else ""
    # فلسطينيي سورية، لاجئي العراق: a plural of people in construct with the place they are from
    people = cause.endswith("ي") and len(cause) > 4 and not cause.startswith("ال") and after.isalpha() \
        and (after in ctx.v.place or strip_article(after) in ctx.v.place)
    if not body or not cause.isalpha() or not (people or cause.startswith("ال")) or derived_masdar_shape(cause) \
            or _event_after(ctx, seg, m):
        return m - 1
    end += 1
    if people:
        end += 1
    while end < len(seg) and seg[end].text.startswith("ال") and nisba_adjective(seg[end].text):
        end += 1
    return end


_PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "لدي", "الي", "باسم"})
_DIGITS_OPEN = frozenset({"(", ")", "[", "]"})
# listeners after المسؤول: لرويترز، للصحفيين (a participle governs no addressee)
_MEDIA_LIKE = frozenset({"رويترز", "صحيفة", "وكالة", "قناة", "الصحيفة", "الوكالة", "القناة", "صحفيين", "صحافيين"})


def is_ali(seg: list[Tok], k: int) -> bool:
    """Is علي at ``k`` the given name, not the preposition على (normalised alike)?

    A name follows it: a particle, a given name (علي عثمان، محمد على سليمان) or a family name with
    the article and a nisba or -ان ending (علي الحربي، علي الحرقان; not على الصعيد، على موقف).
    """
    if seg[k].text != "علي" or k + 1 >= len(seg):
        return False
    nxt = seg[k + 1].text
    if nxt in AFTER_ALA:
        return False  # على هامش المؤتمر، على الأقل
    if nxt in ("بن", "ابن", "ال", "ابو") or is_given_name(nxt):
        return True
    return family_name_shape(nxt)


def _name_word(ctx: Context, seg: list[Tok], m: int) -> bool:
    """A word that goes on a name: علي after an honorific, a title or a given name, or a family
    name right after a given name even when it is also a title (بسام الخطيب، سيف الدين القاضي)."""
    w, prev = seg[m].text, seg[m - 1].text
    v = ctx.v
    if w in v.adverbial and w != "علي" and is_given_name(w):
        return time_word_in_name(ctx, seg, m)
    if w == "علي":
        if _last_ali(seg, m):
            return True
        nxt = seg[m + 1].text if m + 1 < len(seg) else ""
        if is_given_name(prev) and nxt.endswith("ي") and nxt.isalpha() and len(nxt) > 3 \
                and not nxt.startswith(("ال", "ب", "ل")) and nxt not in AFTER_ALA:
            return True  # حسين علي أميري: after a given name, a bare family name
        if prev in v.honorific and nxt.isalpha() and not nxt.startswith(("ال", "بال", "لل")) \
                and nxt not in AFTER_ALA and nxt not in FUNCTION and ctx.verb_forms.get(nxt) is None:
            return True  # الرائد علي عجمي: after a rank or an honorific, علي and a bare word is a name
        return (prev in v.honorific or strip_article(prev) in v.title or is_given_name(prev)
                or _role_genitive_closed(ctx, seg, m)) and is_ali(seg, m)
    if w in _WEEKDAYS and is_given_name(prev) and m + 1 < len(seg) and seg[m + 1].text in v.title:
        return True  # ماجد الخميس رئيس اللجنة: a family name that is a weekday, his bare role after it
    if not w.startswith("ال") or w in v.honorific or w in COMPOUND_SECONDS:
        return False
    k = m - 1
    if prev in COMPOUND_SECONDS and k >= 1:
        k -= 1  # سيف الدين القاضي
    first = seg[k].text
    if not (is_given_name(first) or first == "علي") or (k and not _before_name(ctx, seg[k - 1].text)) \
            or (k == 0 and strip_article(first) in v.title):
        return False  # (مساعد الأمين: a role, though مساعد is also a given name)
    return strip_article(w) in v.title and (m + 1 == len(seg) or not seg[m + 1].text.startswith("ال"))


# what «صباح» "morning" is followed by as a time word: a day, a date, a demonstrative (صباح اليوم، صباح
# الأحد، صباح 12 مايو، صباح ذلك اليوم); any other name word after it makes it the given name Sabah
_WEEKDAYS = frozenset({"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة"})
_MORNING_OF = _WEEKDAYS | {"اليوم", "امس", "غد", "الغد", "غدا", "يوم", "باكر", "الباكر", "هذا", "هذه", "ذلك", "نفس",
                          "كل", "العيد"}


def time_word_in_name(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is a given name that is also a time word (صباح "morning") at ``m`` a name's word?  After a
    given name or an honorific and before a further name word it is: عبدالرحمن صباح عيدان، اللواء صباح
    بن عايد، الشيخ صباح الأحمد; before a day or a date it is the time: قال محمد صباح اليوم، الوزير صباح الأحد."""
    prev = seg[m - 1].text
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    if not (is_given_name(prev) or prev in COMPOUND_SECONDS or prev in ctx.v.honorific) or not nxt.isalpha():
        return False
    if nxt in _MORNING_OF or nxt in FUNCTION or nxt in PREPOSITIONS or is_complementizer(nxt) or nxt[:1] == "و":
        return False
    return ctx.verb_forms.get(nxt) is None and (nxt in ctx.v.particle or not is_adverbial(ctx, nxt))


def _role_genitive_closed(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a role with no name yet end at ``m`` on its definite genitive, so that علي and a family
    name after it are the role's holder (مدير المنتخب [علي الشعيلان]، مدير جمعية الثقافة والفنون
    بالباحة [علي البيضاني], a quoted body: مدير «ثقافة وفنون الباحة» [علي بن خميس البيضاني]), not على
    and its object (حث مدير التعليم على المعلمين، الأهالي: people)?"""
    prev = seg[m - 1].text
    unquoted = [t for t in seg[:m] if t.text not in QUOTES]
    if not (prev.startswith(("ال", "لل", "بال")) or prev in ctx.v.place or prev in CLOSE) or m + 1 >= len(seg) \
            or not unquoted or not _unnamed_role(ctx, unquoted, len(unquoted)) or strip_article(seg[0].text) not in ctx.v.title:
        return False
    nxt = strip_article(seg[m + 1].text)
    return nxt not in ctx.v.group and nxt not in ctx.v.title and seg[m + 1].text not in _AUDIENCE


def _before_name(ctx: Context, w: str) -> bool:
    """A word a name may follow inside a mention: an honorific or a role word."""
    return w in ctx.v.honorific or strip_article(w) in ctx.v.title or strip_article(w) in ctx.v.honorific_bare


def _object_after_whole(ctx: Context, seg: list[Tok], m: int, seen_name: bool, body: bool) -> bool:
    """Does the word at ``m`` open the verb's object after a whole name: a definite noun after a
    body and its nisba (دان مجلس الوزراء الكويتي [التفجير]…), a bare verbal noun after a given name
    and its family name (وصف رئيس المجلس مرزوق الغانم [زيارة] النائب…)?"""
    w, prev = seg[m].text, seg[m - 1].text
    v = ctx.v
    if m >= 2 and seen_name and not prev.startswith("ال") and object_noun(ctx, w) \
            and (seg[m - 2].text in _NASAB or (is_given_name(seg[m - 2].text) and prev not in v.particle)):
        return True  # أكد الأمير محمد بن نايف [اعتزاز] المملكة…، أكد سامح شكري [أهمية] مواجهة الإرهاب
    if m < 2 or not prev.startswith("ال"):
        return False
    b = strip_article(w)
    if body and not seen_name and disagreeing_nisba(seg[0].text, prev, w) and w not in v.honorific \
            and b not in v.title and b not in v.org and b not in v.group:
        return True  # تتهم وزارة الخزانة الأميركية [الكواري] والكعبي بـ…: a family name, the object
    if body and not seen_name:
        if m + 1 < len(seg) and _governed(w, seg[m + 1].text, m):
            return False  # مرصد الفتاوى التكفيرية التابع لدار الإفتاء: a participle and its complement modify the body
        return w.startswith("ال") and prev.endswith(("ي", "ية")) and not prev.startswith("الم") \
            and seg[m - 2].text.startswith("ال") and not nisba_adjective(w) and not _adjective_shape(b) \
            and b not in v.title and b not in v.org and b not in v.group and w not in v.honorific \
            and w not in ctx.known and w not in _TIME_WORDS and w not in _WEEKDAYS and b not in v.place
    if not seen_name or w.startswith(("ال", "ل", "ب", "و")) or not (is_given_name(seg[m - 2].text)
                                                              or (m > 2 and seg[m - 3].text in _NASAB)):
        return False
    return ((w.endswith(("ة", "ات")) and len(w) > 3) or object_noun(ctx, w)) and not is_given_name(w) \
        and w not in v.particle and b not in v.title and b not in v.org and b not in v.group and w not in v.place \
        and w not in ctx.known


def _object_after_closed(ctx: Context, seg: list[Tok], m: int, seen_name: bool) -> bool:
    """Does a bare noun of content at ``m`` open the verb's object after a closed phrase: a definite
    word (no indefinite noun is its genitive or adjective: أكدت القيادة [استشهاد]…، أكد الأمين العام
    [أهمية]…، أعلنت مصادر في الشرطة [مقتل]…) or a name (أكد سامح شكري [أهمية]…، أعلن دوري شمعون
    [استقالة]…، أكد "العبدالجبار" [أهمية]…)?"""
    w, prev = seg[m].text, seg[m - 1].text
    if w[:1] in "ولب" or not w.isalpha() or not (seen_name or prev[:2] in ("ال", "لل", "با") or w != strip_pronoun(w)):
        return False  # (cheap tests first: most words of most phrases are none of these)
    if not object_noun(ctx, w) or speaker_word(ctx, w) or w in ctx.v.honorific or _inside_quote(seg, m):
        return False  # (مؤسسة «ألف اختراع واختراع»: a quoted name is whole)
    if m == 1 and prev in _AUDIENCE:
        return False  # ناشد الإعلاميين تحكيم…: the people addressed, no subject
    if prev.startswith(("ال", "لل", "بال")) and prev != "ال" and prev not in _PREPOSITIONS:
        return True  # (also after عبد الرحمن، آل الشيخ: a compound name is closed too)
    if not prev.isalpha() and prev not in CLOSE or prev in ctx.v.particle or prev in _PREPOSITIONS \
            or speaker_word(ctx, prev) or (prev[:1] == "م" and prev[-1:] == "و"):
        return False  # (رئيسة تحريرها، مؤيدو تعزيز الوحدة: a construct head takes its genitive)
    return strip_pronoun(w) != w or seen_name  # أعلن تنظيم داعش [مسؤوليته]: a noun with a pronoun closes any construct


def _outside_phrase(ctx: Context, seg: list[Tok], m: int, seen_name: bool) -> bool:
    """Does the word at ``m`` start what follows a closed noun phrase — the verb's object, its
    manner or the speaker's age — rather than go on with the phrase?  (A quoted name is whole.)"""
    w = seg[m].text
    if not w.isalpha() or w.startswith(("و", "ف", "لل")):
        return False  # (cheap tests first: most words of most phrases are none of these)
    found = _people_after_definite(ctx, seg, m) or _noun_after_chain(ctx, seg, m, seen_name) \
        or _verbal_noun_after_definite(ctx, seg, m, seen_name) or _noun_after_royal_title(ctx, seg, m) \
        or (seen_name and _ba_noun_after_name(ctx, w)) or _age_phrase(seg, m, seen_name) \
        or (seen_name and _qualified_noun_after_name(ctx, seg, m)) or _people_after_place(ctx, seg, m) \
        or _relative_after_document(ctx, seg, m)
    return found and not _inside_quote(seg, m)


def _people_after_place(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a definite noun of people at ``m`` open the verb's object after the place that closes a
    body or a role (دعت الغرفة التجارية بجدة [التجار] إلى…، حثت بلدية محافظة جدة [السكان] على…،
    دعت اللجنة بمكة المكرمة [الحجاج]…)?  A place name takes no genitive, and its adjective
    (المكرمة، المنورة) is the last word it takes; people are never a place's adjective."""
    w = seg[m].text
    if m < 2 or not w.startswith("ال") or w in ctx.v.honorific or strip_article(w) in ctx.v.title:
        return False
    b = strip_article(w)
    if not (w in _AUDIENCE or b in ctx.v.group_m or b in _TRADES):
        return False
    k = m - 1
    if seg[k].text.startswith("ال") and k >= 2 and seg[k].text not in ctx.v.place:
        k -= 1  # بمكة [المكرمة]: the place's own adjective
    p = seg[k].text
    return p in ctx.v.place or (p[:1] in "بل" and p[1:] in ctx.v.place)


def _relative_after_document(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a perfect verb at ``m`` open a relative clause after an indefinite document and its
    indefinite adjectives (بحسب خطاب موجه [حصلت] «الوطن» على نسخة منه، وثيقة سرية [اطلعنا] عليها)?
    An indefinite noun's relative clause takes no الذي; the verb is no part of the document's name."""
    w = seg[m].text
    if m > 3 or head_word(seg[0].text, ctx.v) not in ctx.v.doc or seg[0].text.startswith("ال"):
        return False
    if any(t.text.startswith(("ال", "لل", "بال")) or not t.text.isalpha() for t in seg[1:m]):
        return False
    if not (_bare_verb_shape(w) and w.endswith(("ت", "نا", "وا")) and not w.endswith("ات")) \
            or (len(w) == 4 and w[1] == "ا") or w in ctx.v.place or is_given_name(w) or m + 1 >= len(seg):
        return False  # (بحث لافت للنظر: a participle of the فاعل shape)
    nxt = seg[m + 1].text  # the clause's subject or its pronoun of the document (not بيانات كورت، …: a name)
    return nxt in QUOTES or nxt.startswith("ال") or nxt in _ABOUT_IT


_ABOUT_IT = frozenset({"عليه", "عليها", "منه", "منها", "به", "بها", "فيه", "فيها", "الينا", "اليه", "اليها"})


# people named by their trade or stay that the group words lack (التجار، المواطنين are groups already)
_TRADES = frozenset({"مزارعين", "صيادين", "مقاولين", "ملاك", "سائقين", "حجاج", "معتمرين", "مقيمين"})


def _verbal_noun_after_definite(ctx: Context, seg: list[Tok], m: int, seen_name: bool) -> bool:
    """Does a definite verbal noun at ``m`` open the verb's object after a closed definite word or a name?

    A definite word or a name takes no definite genitive, and a verbal noun is no adjective: after
    it a definite masdar (التفجير، التهنئة، الاستثمار), a noun of content or of speech (القول),
    «الجميع» or the object of an idiom (كشف … النقاب عن، ألقى … القبض على) starts a constituent of
    its own: دان النائب نعمة طعمة [التفجير]…، نقلت المصادر [القول] إن…، ألقت الشرطة [القبض] على…."""
    w, prev = seg[m].text, seg[m - 1].text
    closed = (prev.startswith(("ال", "لل", "بال")) and prev != "ال") \
        or (seen_name and m >= 2 and prev.isalpha() and prev not in ctx.v.particle and not _before_name(ctx, prev)
            and (is_given_name(seg[m - 2].text) or seg[m - 2].text in _NASAB)) \
        or (seen_name and is_given_name(prev) and definite_verbal_noun(w))
    # (a given name, then his family name; a given name alone, then a verbal noun, which no family
    # name is: وأكد الأمير عبدالله [الاتفاق] على…)
    if m < 1 or not w.startswith("ال") or not closed \
            or prev in _IN_COMPOUND_NAME or _inside_quote(seg, m):
        return False  # (عبد الله، آل الشيخ: the article belongs to a name)
    v = ctx.v
    b = strip_article(w)
    if is_institution_noun(b) and w not in ctx.known:  # (المستشفى, normalised, ends like a nisba)
        return True  # اتهم ذوو الطفلة [المستشفى]، يصف المالكي [البرنامج]: a place or institution is no adjective
    if nisba_adjective(w) or is_given_name(b) or w in ctx.known or b in v.title or b in v.org or b in v.group \
            or b in v.place or w in v.place or w in v.honorific or b in v.portfolio:
        return False
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    idiom = (w in UNVEIL and nxt == "عن") or (w == "القبض" and nxt == "علي")  # unveiled, arrested
    plural = b.endswith("ات") and (derived_masdar_shape(b[:-2]) or _masdar_plural_stem(b[:-2]))
    return idiom or plural or w == "الجميع" or definite_verbal_noun(w) or b in v.content_head or b in v.speech


#: royal titles, followed by a given name and never by a bare family name (الأمير فيصل، الملكة رانيا)
_ROYAL_TITLES = frozenset({"الملك", "الملكة", "الامير", "الاميرة", "السلطان"})


def _noun_after_royal_title(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a definite noun at ``m`` open the verb's object right after a royal title (its
    honorifics before it)?  A royal title takes a given name; a definite word that is neither a name,
    a title, an adjective (a nisba, a participle: الراحل) nor followed by a name is the object:
    استقبلت الأميرة [الوفد] في مكتبها، تسلم الملك [الرسالة] (not الأمير الوليد، الأمير الراحل سعود)."""
    w, prev = seg[m].text, seg[m - 1].text
    if prev not in _ROYAL_TITLES or not w.startswith("ال") or not all(t.text in ctx.v.honorific for t in seg[:m - 1]):
        return False
    b = strip_article(w)
    if is_given_name(b) or is_given_name(w) or w in ctx.known or w in ctx.v.honorific or speaker_word(ctx, w) \
            or adjective_like(b) or nisba_adjective(w) or (len(b) == 4 and b[1] == "ا") or b in ctx.v.place:
        return False  # (الأمير الوليد، الأمير الدكتور، الأمير الشاب، الملك الأردني، الأمير الراحل)
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    return not (is_given_name(nxt) or nxt in ctx.known or nxt in ctx.v.honorific or nxt in ctx.v.particle)


def _masdar_plural_stem(stem: str) -> bool:
    """Is ``stem`` (a definite plural without its -ات) a verbal noun of the form افتعال of a root
    with و first (اتّهام، اتّفاق، اتّصال), whose plurals (الاتهامات، الاتفاقات) derived_masdar_shape
    does not tell?  (Not مفاعلة's plurals, المطالبات: they share their shape with the feminine
    plural participle that qualifies a head, النساء [المشاركات].)"""
    return len(stem) == 5 and stem[:2] == "ات" and stem[3] == "ا"


# the quantifiers and demonstratives that open a noun phrase of their own (جميع المقاومين، هؤلاء
# الإرهابيين); not أحد/عدد, which after a name are its apposition (محمد العلي، أحد سكان الحي)
_OPENS_NP = frozenset({"جميع", "كافة", "كل", "معظم", "غالبية", "اغلب", "بعض", "هؤلاء", "هذا", "هذه", "ذلك",
                       "تلك", "هذين", "هاتين"})


def _people_after_definite(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a bare noun of people at ``m`` open the verb's object after a closed definite phrase?

    In a construct chain only the last noun is definite, and an adjective after a definite noun
    carries ال: after an ال-word or a place name (وكيل أمانة الرياض) a bare group noun (سكان،
    أعضاء، مسؤولي), a construct plural of people (منسوبي الجامعة) or a quantifier or
    demonstrative (جميع، هؤلاء) can neither continue the chain nor qualify it — it starts the
    object: دعا وكيل أمانة الرياض [سكان] العاصمة إلى…، حث الوزير [جميع] المواطنين على….
    (A person's name may follow: وزير الخارجية سيرغي لافروف; a title is his apposition.)"""
    w, prev = seg[m].text, seg[m - 1].text
    v = ctx.v
    closed = (prev.startswith(("ال", "لل", "بال")) and prev != "ال" and prev not in _TIME_WORDS) \
        or (m >= 2 and prev in v.place)
    if not closed or not w.isalpha() or w.startswith(("ال", "و", "ف")) or is_given_name(w) or w in ctx.known \
            or w in v.honorific or w in v.particle or (m >= 2 and seg[m - 2].text in v.particle):
        return False  # (عبد الله، آل الشيخ: the article belongs to a name)
    if w in _OPENS_NP:
        return m + 1 < len(seg) and seg[m + 1].text.startswith(("ال", "لل"))
    plural = w[:1] == "م" and w.endswith("ي") and len(w) >= 5 and m + 1 < len(seg) \
        and seg[m + 1].text.startswith("ال")
    return (w in v.group_m or w in v.group and w.endswith("ي") or plural) and w not in v.title


def _noun_after_chain(ctx: Context, seg: list[Tok], m: int, seen_name: bool) -> bool:
    """Does a definite noun at ``m`` open the verb's object after a body's whole construct chain?

    A body's name is its bare head, bare nouns in construct and one definite genitive that
    closes the chain (وزارة التعليم، هيئة حقوق الإنسان); after it only adjectives go on, and an
    adjective agrees — a definite noun of the فعلة shape (الفرصة، الطبعة، الحملة) or a noun of
    content is no adjective: أتاحت وزارة التعليم [الفرصة] للمعلمين…."""
    w, prev = seg[m].text, seg[m - 1].text
    v = ctx.v
    if seen_name or m < 2 or not w.startswith("ال") or not prev.startswith("ال") or not seg[0].text.isalpha() \
            or strip_article(seg[0].text) not in v.org or seg[0].text.startswith("ال"):
        return False
    if not all(_bare_word(ctx, t.text) or t.text in v.org for t in seg[1:m - 1]):
        return False  # (الهيئة العامة للسياحة، وزارة الشؤون البلدية: an adjective came first)
    b = strip_article(w)
    if b in v.org or b in v.title or b in v.group or b in v.place or w in v.place or w in v.honorific \
            or w in ctx.known or w in _TIME_WORDS or w in _WEEKDAYS:
        return False
    return fula_shape(b) or b in ctx.v.content_head or derived_masdar_shape(b)


# how a speaker said it: أكد هورجان [بشدة]، رحب الوزير [بحرارة]
_MANNER = frozenset({"شدة", "قوة", "وضوح", "حزم", "صراحة", "فخر", "حرارة", "دقة", "سرعة", "حدة", "مرارة",
                     "اسهاب", "ثقة", "اسف", "حسرة", "غضب", "لهجة", "عبارة", "كلمة", "كلمات", "نبرة"})


def _ba_noun_after_name(ctx: Context, w: str) -> bool:
    """Is the ب-word ``w`` after a name a ب-phrase of the verb — a manner (بشدة، بقوة), a verbal
    noun (باستغراب) or a feminine noun of the فعلة or فعيلة shape (يختتم هورجان [بنتيجة]…)?  A name
    holds no ب-phrase; a ب-name is kept: a given name (بثينة، بسام), a known one, and the بو-/با-
    family names (بوتفليقة، باعشن)."""
    if w[:1] != "ب" or len(w) < 4 or w[1] in "اوي" or is_given_name(w) or w in ctx.known \
            or not w.isalpha():
        return False
    n = w[1:]
    if _in_place(ctx, n):
        return False  # خطيب جامع رجاء العتيبي [بمدينة] الرياض: where the man serves, his role's
    # (فعلة، فعيلة: لمحة، نتيجة، طريقة; a foreign name of another shape is kept: برشلونة)
    return n in _MANNER or fula_shape(n) or (len(n) == 5 and n[2] == "ي" and n[4] == "ة") \
        or derived_masdar_shape(n) or content_noun(ctx, n)


def _qualified_noun_after_name(ctx: Context, seg: list[Tok], m: int) -> bool:
    """After a name, is the ال-word at ``m`` a feminine noun of the فعلة shape with its own
    feminine adjective (اختتم هورجان [الطبعة الأولى] من الكتاب)?  A family name takes no
    adjective, and a feminine one none of a man's name: the noun is the verb's object."""
    w, prev = seg[m].text, seg[m - 1].text
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    if not w.startswith("ال") or not nxt.startswith("ال") or w in ctx.known or w in ctx.v.honorific:
        return False
    if m > 1 and not prev.startswith("ال") and not is_given_name(prev) and prev not in ctx.known:
        return False  # (يوفنتوس بطل دوري [الدرجة الأولى]: the genitive of a bare noun in construct)
    b = strip_article(w)
    return fula_shape(b) and b not in ctx.v.org and b not in ctx.v.place and w not in ctx.v.place \
        and (nxt.endswith(("ة", "ية")) or nxt in _FEMININE_ORDINALS)


_FEMININE_ORDINALS = frozenset({"الاولي", "الثانية", "الثالثة", "الرابعة", "الخامسة", "الاخيرة", "الجديدة"})




def _age_phrase(seg: list[Tok], m: int, seen_name: bool) -> bool:
    """Does a speaker's age start at ``m``: «البالغ/البالغة (من العمر) 34 عاما» after a name or a
    noun of a person?  It describes the speaker; it is no part of the name."""
    if seg[m].text not in AGED:
        return False
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    return seen_name or nxt.isdigit() or (nxt == "من" and m + 2 < len(seg) and seg[m + 2].text == "العمر")


def object_noun(ctx: Context, w: str) -> bool:
    """A bare noun of content or a derived verbal noun, alone or with a possessive pronoun (أهمية،
    حرص، اعتزاز، استياءه، تقديره): after a whole name it opens the verb's object, it is no name
    (a given name of the same shape goes on: ابتسام، انتصار; a bare family name of another shape
    too: محمد بن حسن باجبير، سمير بن عبدالرحمن توكل)."""
    if w[:1] in "ولب" or is_given_name(w) or w in ctx.known or not w.isalpha() or w in ctx.v.place \
            or (w.startswith("ال") and not derived_masdar_shape(w)):
        return False  # (التزام: its ال is the root's)
    stem = strip_pronoun(w)
    return content_noun(ctx, w) or derived_masdar_shape(w) \
        or (stem != w and (derived_masdar_shape(stem) or possessed_masdar_shape(stem)))


def _adjective_shape(b: str) -> bool:
    """An adjective's shape after a nisba (الجيش السوري الحر، الأعلى، الجديد): short, أفعل or فعيل."""
    return adjective_like(b) or len(b) <= 3 or (len(b) == 4 and (b[0] == "ا" or b[2] == "ي"))


_PRAYED_TO = frozenset({"الله", "المولي"})
_SENTENCE_ADVERBS = frozenset({"ربما", "ايضا", "كذلك", "بدوره", "بدورها"})  # قال "جورج" ربما…


def _after_quoted_name_object(ctx: Context, w: str) -> bool:
    """After a quoted name, a word that is no apposition but the verb's object or a state: God
    prayed to (المولى), a plural title in construct (مسؤولي، ممثلي), a noun with a pronoun
    (مسؤوليتها) or an indefinite accusative of the م- shapes (متحدثا، مؤكدا، مسؤولا)."""
    if w in _PRAYED_TO or w in _SENTENCE_ADVERBS:
        return True
    if w.endswith("ي") and w[:-1] in ctx.v.title:
        return True
    if w.endswith(("ها", "هم")) and len(w) > 4:
        return True  # أعلنت منظمة «بيت المقدس» مسؤوليتها، أكدت "أم منصور" علمها: the object, its pronoun the subject's
    # (a participle or adjective of the م- shapes; a name in -ا goes on: «الجمعية النسوية» شيما قوشة)
    return len(w) >= 5 and w[:1] == "م" and w.endswith("ا") and w.isalpha() and not is_given_name(w) \
        and w not in ctx.known and w not in ctx.v.place


#: participles of being somewhere (normalised), a description after a name, never a family name
_BEING_THERE = frozenset({"الموجود", "الموجودة", "المتواجد", "المتواجدة"})


def _closer_or_link(ctx: Context, seg: list[Tok], m: int, doc: bool, person: bool, seen_name: bool) -> int | None:
    """Words that end any noun phrase (_END), words that a phrase always takes (_NEXT), else None.

    A name never holds a dash, a bracket, digits or a finite verb: ``مسؤول - فضل عدم الكشف عن اسمه -``،
    ``ماريو سيلفا (برتغالي)``، ``خالد العمري وهو ناشط``; a document keeps its number
    (``المادة (27) من النظام``). A preposition inside the phrase takes its object
    (``الشرطة في منطقة ريتشموند``، ``الهيئة المشرفة على الممر البحري``), and an ordinal after a
    definite noun is its adjective (``للفريق الأول``), not the adverbial "first".
    """
    w, prev = seg[m].text, seg[m - 1].text
    if _inside_quote(seg, m) or _bracketed_name(ctx, seg, m):
        return _NEXT  # في «ملتقى أمن وسلامة الآثار»، شركة (سيبرين): a quoted or bracketed name is whole
    if prev in CLOSE and w.startswith("ال") and not nisba_adjective(w) and w not in ctx.v.honorific \
            and strip_article(w) not in ctx.v.title:
        return _END  # مشاركون في «الملتقى» الدول العربية: a definite noun after a quoted name is another phrase
    if prev in CLOSE and m > 1 and _after_quoted_name_object(ctx, w):
        return _END  # ودعا "القحطاني" المولى…، دعا "آل عامر" مسؤولي القطاع…، "المنجومي" متحدثا: the object or a state
    if not seen_name and _coordinated(ctx, seg, m):
        return _NEXT
    if w in _BEING_THERE:
        return _END  # «وحذر بخاري [الموجود] حاليا في واشنطن»: where he is, a relative description, no family name
    if person and w.startswith("ال") and _second_definite(ctx, w) \
            and all(t.text.startswith("ال") and nisba_adjective(t.text) for t in seg[1:m]):
        return _END  # أخبرت الوزيرة البرلمان، دعا الوزير المواطنين: no genitive follows a definite role
    if doc and _document_number(seg, m):
        return _NEXT  # المادة (27)، البند 5، القرار رقم 12
    if w in DASHES or w in _DIGITS_OPEN or w in PARENTHETICAL or w.isdigit():
        return _END
    vf = ctx.verb_forms.get(w)
    if vf is not None and vf.aspect != "participle" and not vf.strict and prev not in ctx.v.particle:
        return _END  # "…الذي نشر وقال": a verb is no part of a noun phrase (أبو طالب: a name)
    lf = ctx.verb_forms.get(w[1:]) if w[:1] == "ل" and len(w) > 4 else None
    if lf is not None and lf.aspect == "imperfect":
        return _END  # ووقف رئيس الاتحاد ليتحدث…: ل + an imperfect verb ("to speak") opens a clause
    if m == 1 and prev in ctx.v.place and not w.startswith(("ال", "لل", "بال", "و")) and w not in ctx.v.given \
            and w not in ctx.v.place and w.isalpha():
        return _END  # أعلن برشلونة غياب نجمه: a place name takes no common noun after it
    if w in ("في", "خلال") and (_event_after(ctx, seg, m) or _circumstance_after_bare_body(ctx, seg, m)):
        return _END  # وزارة الصحة في تقاريرها، الوزير خلال كلمته، الوكالة في معلومات…: where or how it was said
    if prev in _PREPOSITIONS and prev != "الي" and _took_preposition(ctx, seg, m - 1, doc):
        demonstrative = w in ("هذا", "هذه") and m + 1 < len(seg) and seg[m + 1].text.startswith("ال")
        return _NEXT if (w not in QUOTES or w in OPEN) and not is_complementizer(w) \
            and (w not in FUNCTION or demonstrative) else _END  # (المشرفين على هذه الدراسة)
    if (w in ctx.acc_first or (w[:1] == "و" and w[1:] in ctx.acc_first)) and w not in _PREPOSITIONS \
            and w not in NOUN_COMP:
        return _END  # وأكد المصدر وفقا لموقع…: an according-to phrase after the subject
    if w in ORDINALS and (prev.startswith(("ال", "لل", "بال")) or prev in ctx.v.place):
        return _NEXT
    if _governed(prev, w, m - 1) and not _event_after(ctx, seg, m):
        return _NEXT
    if w.startswith("بال") and not _in_place(ctx, w[1:]) and (seen_name or (person and _no_name_ahead(ctx, seg, m))):
        # أشاد المدرب بالمعسكر: a definite ب-phrase after a name, or after a role that no name
        # follows, is the verb's, not an affiliation (a bare ب-word may be a name: بوتين، بسام، بدر)
        return _END
    if not seen_name and _in_construct(ctx, seg, m):
        return _NEXT
    return None


_PROPER_NAME_MAX = 4  # the most words of a body's proper name after its description
_NAME_AND = frozenset({"اند"})  # "and" inside a transliterated name: ستاندرد آند بورز، جونسون آند جونسون


def _body_after_li(v, w: str) -> bool:
    """Is ``w`` ل + a bare body head (لمنظمة، لشركة، لمجموعة): the genitive of a document, its own name next?"""
    return w[:1] == "ل" and not w.startswith("لل") and (w[1:] in v.org or w[1:] in v.org_f)


def _proper_name_to_end(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Do the words from ``m`` to the end of ``seg`` (what stands before the report's content) make
    a body's proper name after its description — bare words that no lexicon knows as a noun of
    content, a verb, an adverbial or a function word, and that carry no pronoun or article: أعلنت
    وكالة التصنيف الائتماني [ستاندرد آند بورز] أنها…، أكدت شركة النفط الوطنية [توتال] أن…? A
    bare object before the content is a verbal noun or has a pronoun (أبلغت الوزارة موظفيها أن…)."""
    rest = seg[m:]
    if not rest or len(rest) > _PROPER_NAME_MAX or rest[0].text in _NAME_AND or rest[-1].text in _NAME_AND:
        return False
    if any(t.text in ctx.v.honorific or strip_article(t.text) in ctx.v.title or is_given_name(t.text) for t in seg[1:m]):
        return False  # (a person after the body: شركة إيوان المهندس محمد [حابسن]; his words end there)
    for t in rest:
        w = t.text
        if w in _NAME_AND or w in ctx.v.place:
            continue  # (وكالة الأنباء في العاصمة صنعاء: a place is a name too)
        # (a word of a transliterated name is no Arabic plural, feminine or accusative: منح تونس مساعدات، فورا)
        if not w.isalpha() or len(w) < 4 or w.startswith(("ال", "لل", "بال", "و")) or strip_pronoun(w) != w \
                or w.endswith(("ات", "ون", "ين", "ة", "ا", "هن")) or w in _THERE or w == "حيث" \
                or w in ctx.verb_forms or content_noun(ctx, w) or object_noun(ctx, w) or is_adverbial(ctx, w) \
                or w in FUNCTION or w in NOT_IN_NAME or w in _PREPOSITIONS or is_complementizer(w) \
                or w in ctx.v.title or w in ctx.v.group or nisba_adjective(w) or w in _TIME_WORDS:
            return False
    return True


def _in_construct(ctx: Context, seg: list[Tok], m: int) -> bool:
    """An indefinite noun inside a construct chain that a definite noun closes: هيئة كبار العلماء،
    مدير عام الفرع، لائحة انتخاب أعضاء المجالس (not a name: a name follows a definite word)."""
    w, prev = seg[m].text, seg[m - 1].text
    # جمعية حقوق المواطن: a body's indefinite head ends like a nisba, it is none (الشرطة: no genitive)
    head = m == 1 and prev in ctx.v.org and not prev.startswith("ال")
    if (head or _bare_word(ctx, prev)) and (_bare_word(ctx, w) or defective_masdar_shape(w)):
        for k in range(m + 1, min(m + 3, len(seg))):
            nxt = seg[k].text
            if nxt.startswith(("ال", "لل")):
                return True
            if not _bare_word(ctx, nxt):
                return False
    return False


def _bare_word(ctx: Context, w: str) -> bool:
    """An indefinite common noun: no name, particle, adverbial, adjective, function word or ل/ب-phrase
    (لوكالة، بوزارة: a proclitic on a known word)."""
    v = ctx.v
    if w[:1] in "لب" and (w[1:] in v.speakerish or w[1:] in v.media or w[1:] in v.place):
        return False
    return not w.startswith(("ال", "لل", "بال", "وال")) and w not in QUOTES and w not in _PREPOSITIONS \
        and w not in v.given and w not in ctx.known and w not in v.particle and w not in NOT_IN_NAME \
        and w not in FUNCTION and w not in NOUN_COMP and not is_adverbial(ctx, w) \
        and not w.endswith(("ي", "ية", "يه")) and not w.isdigit() and len(w) > 1 and w.isalpha()


# people addressed after a definite role: حث الأمير [الشباب] على…، دعا المفتي [المسلمين] إلى…
_AUDIENCE = frozenset({"الشباب", "الناس", "المواطنين", "المقيمين", "الطلاب", "الطالبات", "الحجاج", "الحضور",
                       "الجميع", "الجمهور", "المسلمين", "اللاعبين", "المشاركين", "الزوار", "المستثمرين",
                       "الاباء", "الامهات", "المعلمين", "المعلمات", "الموظفين", "العاملين", "المتنزهين", "المرضي",
                       "الاهالي", "السكان", "المصلين", "الخريجين", "المتدربين", "الاعلاميين", "الصحفيين"})


def _second_definite(ctx: Context, w: str) -> bool:
    """A definite body, group, document or audience: after a definite role it opens the object (not
    a surname nor an adjective: الرئيس الأسد، المتحدث الرسمي; طالب الأهالي [البلدية] بإصلاح…)."""
    v = ctx.v
    b = strip_article(w)
    if w in _AUDIENCE:
        return True
    return (b in v.org or b in v.group or b in v.doc) and b not in v.title and w not in v.honorific \
        and (not w.endswith(("ي", "ية")) or (b in v.org and len(b) > 4))


def _coordinated(ctx: Context, seg: list[Tok], m: int) -> bool:
    """A noun coordinated inside a role or a body's name: لجنة الاتصالات والنقل وتقنية المعلومات،
    الهيئة العامة للسياحة والتراث الوطني (not وجود، وقوع: a و of the root, an object's first letter)."""
    w = seg[m].text
    if w[:1] != "و" or len(w) < 4 or w in RADICAL_WAW or strip_article(w) in RADICAL_WAW:
        return False
    rest = w[1:]
    if rest.startswith("ال") or speaker_word(ctx, rest) or rest in ctx.v.honorific:
        return True  # (المحكمة الدولية وجماعات حقوقية، الوزير والسفير: a second speaker, one group)
    if m < 2:
        return False  # (الشرطة وجدت السيدة: a verb; only a phrase of two words or more is coordinated inside)
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    after = seg[m + 2].text if m + 2 < len(seg) else ""
    v = ctx.v
    # ودول مجلس التعاون: the second conjunct may be a construct chain of its own
    closes = nxt.startswith("ال") or (_bare_word(ctx, nxt) and after.startswith("ال"))
    return closes and rest.isalpha() and len(rest) > 2 and rest not in v.given \
        and rest not in FUNCTION and not is_adverbial(ctx, rest)


def _bracketed_name(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is token ``m`` part of a short bracketed name right after a body's head: شركة (سيبرين)،
    مجموعة (بيرسون بي ال سي) (brackets used as quotes; not an age: (26 عاما))?"""
    opened = next((k for k in range(m, max(0, m - 5) - 1, -1) if seg[k].text == "("), None)
    if opened is None or opened == 0:
        return False
    close = next((k for k in range(opened + 1, min(len(seg), opened + 6)) if seg[k].text == ")"), None)
    if close is None or m > close or any(t.text.isdigit() for t in seg[opened:close]):
        return False
    head = strip_article(seg[opened - 1].text)
    return head in ctx.v.org or head in ctx.v.media


def _document_number(seg: list[Tok], m: int) -> bool:
    """The number of a document right after its head: المادة (27)، البند 5، القرار رقم 12."""
    w = seg[m].text
    if w == "رقم" and m == 1:
        return True
    k = m - 1 if w.isdigit() else m - 2 if w == ")" else m
    if k >= 1 and seg[k].text == "(":
        k -= 1
    if k >= 1 and seg[k].text == "رقم":
        k -= 1
    ok = k == 0 and (w.isdigit() or (w == ")" and seg[m - 1].text.isdigit()))
    return ok or (w == "(" and m + 1 < len(seg) and seg[m + 1].text.isdigit() and (m == 1 or seg[m - 1].text == "رقم"))


def _inside_quote(seg: list[Tok], m: int) -> bool:
    """Is token ``m`` inside a quotation opened earlier in ``seg`` (the closing mark included)?"""
    opened = closed = straight = 0
    for t in seg[:m]:
        if t.text == '"':
            straight += 1
        elif t.text in OPEN:
            opened += 1
        elif t.text in CLOSE:
            closed += 1
    return opened > closed or straight % 2 == 1


def _no_name_ahead(ctx: Context, seg: list[Tok], m: int) -> bool:
    """No given name, honorific, name particle or known name in the next six words."""
    v = ctx.v
    return not any(t.text in v.given or t.text in v.honorific or t.text in v.particle or t.text in ctx.known
                   for t in seg[m + 1:m + 7])


def _circumstance_after_bare_body(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is في at ``m`` right after a bare definite body (الوكالة، العمادة، الوزارة) followed by an
    indefinite common noun, neither a place nor a body nor a portfolio: the circumstance of the saying
    (وقالت الوكالة [في معلومات] لا يمكن التأكد منها، واشترطت العمادة [في استقبال الطلبات]), not an
    affiliation (الشرطة في منطقة ريتشموند، الوحدة في الجيش، المسؤول في وزارة الصحة)."""
    if m != 1 or seg[m].text != "في" or m + 1 >= len(seg) or not seg[0].text.startswith("ال"):
        return False
    v = ctx.v
    if strip_article(seg[0].text) not in v.org or strip_article(seg[0].text) in v.title:
        return False
    nxt = seg[m + 1].text
    return nxt.isalpha() and not nxt.startswith(("ال", "لل", "بال")) and nxt not in v.place \
        and nxt not in v.org and nxt not in v.portfolio and nxt not in v.title and nxt not in v.given \
        and nxt not in QUOTES


def _event_after(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is the word after the preposition at ``m`` an event of the saying (في تصريح، في كلمته، في بيان)?"""
    if m + 1 >= len(seg) or seg[m].text[:1] in "بل" and len(seg[m].text) > 2:
        return False
    nxt = seg[m + 1].text
    v = ctx.v
    stem = strip_pronoun(nxt)
    if stem != nxt and stem not in v.org:
        return True  # من جهتها، في كلمته، في تقاريرها (not في حكومته: an affiliation)
    # (after على an event noun is an object: المشرف على برنامج)
    return seg[m].text in ("في", "خلال") and (strip_article(nxt) in v.event or stem in v.event or is_adverbial(ctx, nxt))


_ONE = frozenset({"واحد", "واحدة"})  # "one" before من: one of a group (واحدة من الجماهير), like أحد


def _group_ends(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does an indefinite group's phrase end at ``m``: a word neither its adjective nor definite (دبلوماسيون
    أوروبيون [تحدثوا]), or a definite word past its adjectives (مصادر محلية [المصدر])?"""
    w = seg[m].text
    if m == 1 and seg[0].text.endswith(("و", "ي")) and w.isalpha() and not is_adverbial(ctx, w):
        return False  # باحثو جوجل، مسؤولي أرامكو: a plural in construct takes its genitive, whatever word
    if m == 1 and w in OPEN and m + 1 < len(seg) and seg[m + 1].text not in QUOTES:
        return False  # قادة «حزب الله»، أعضاء "الجمعية": a quoted name is the group's genitive
    return not (adjective_like(w) or w.startswith(("ال", "لل", "بال", "وال")) or _private_adjective(ctx, seg, m)) \
        or _definite_after_indefinite_adjective(ctx, seg, m)


# the definite genitive of an adjective in construct (مسؤول رفيع المستوى، مصادر وثيقة الصلة)
_ADJECTIVE_GENITIVES = frozenset({"المستوي", "الصلة", "الاطلاع", "الشان", "الاختصاص", "التاثير", "النفوذ", "الجنسية", "الاصل"})


def _definite_after_indefinite_adjective(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is the definite word at ``m`` past an indefinite group's indefinite adjective (مصادر محلية
    [المصدر])?  An adjective agrees with its noun in definiteness, so it is none of the group's,
    unless it is the adjective's own genitive (رفيع المستوى)."""
    w, prev = seg[m].text, seg[m - 1].text
    adjective = (prev.endswith(("ي", "ية", "يه", "يون", "يين")) or prev[:1] == "م" and prev.endswith(("ة", "ه", "ون", "ين"))) \
        and m == 2 and prev not in REGIONS and prev not in ctx.v.org and prev not in ctx.v.portfolio and prev[:1] != "و"
    # (nouns in construct of that shape: أهالي قرية الخرائق، وزراء خارجية الدول، مسؤولي ومنسوبي الديوان)
    return m >= 2 and w.startswith("ال") and not prev.startswith(("ال", "لل", "بال", "وال")) and adjective \
        and seg[m - 2].text not in _AFFILIATION and w not in _ADJECTIVE_GENITIVES


def _among_after_definite(seg: list[Tok], p: int) -> bool:
    """Is «من بين» "among" at ``p`` after a definite head, which no part of a group is (ودعت المجموعة
    من بين مقترحاتها إلى…: an adverbial; عدد من بين الحضور is one)?"""
    return p + 1 < len(seg) and seg[p + 1].text == "بين" and seg[0].text.startswith("ال")


def _took_preposition(ctx: Context, seg: list[Tok], p: int, doc: bool) -> bool:
    """Did the phrase take the preposition at ``p`` (an affiliation, a governed complement, a document's part)?"""
    w = seg[p].text
    if p == 0 or p + 1 >= len(seg) or _event_after(ctx, seg, p):
        return False
    prev = seg[p - 1].text
    if w == "من" and (doc or strip_article(seg[0].text) in PARTITIVES and not _among_after_definite(seg, p)
                      or p == 1 and seg[0].text in _ONE):
        return True  # المادة (27) من النظام، عدد من المسؤولين، واحدة من الجماهير
    if _governed(prev, w, p - 1) or w == "باسم":
        return True
    head = strip_article(seg[0].text)
    v = ctx.v
    return (head in v.title or head in v.org or head in v.group or _chief(seg)) and _affiliation(ctx, seg, p)


def _chief(seg: list[Tok]) -> bool:
    """كبير الاقتصاديين، كبيرة المفاوضين: "chief" heads a role when a definite plural follows."""
    return seg[0].text in CHIEF and len(seg) > 1 and seg[1].text.startswith("ال")


def governed_complement(prev: str, w: str, at: int) -> bool:
    """Is ``w`` the complement of the participle ``prev`` (token ``at`` of the noun phrase: التابع
    لدار الإفتاء، المكلف بالملف), not a verb's frame?  (An indefinite head is a noun: أقر مسؤول بالتقصير.)"""
    return _governed(prev, w, at)


def _governed(prev: str, w: str, at: int) -> bool:
    """A participle (at token ``at``) and the preposition it governs: المشرفة على، المقربة من،
    التابعة للجيش، جماعات معنية بالحقوق."""
    if not prev.startswith("ال") and at == 0:
        return False  # (مسؤول لصحيفة: an official heads the phrase; the addressee is no complement)
    stem = strip_article(prev)
    for end in ("ة", "ين", "ون"):
        if stem.endswith(end) and len(stem) > len(end) + 2:
            stem = stem[: -len(end)]
            break
    if stem not in GOVERNING:
        return False
    return w in {"علي", "عن", "من", "في", "الي", "لدي"} \
        or (w[:1] in "بل" and len(w) > 3 and w[1:] not in _MEDIA_LIKE and w[2:] not in _MEDIA_LIKE)


def role_affiliation(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is the definite ب-phrase at ``m``, right after a role, body or group with no name yet, where
    that source belongs rather than the verb's ب-content: أفاد مصدر [بالمقاومة] بأن…، أعلن مفوض
    الشؤون الاقتصادية [بالاتحاد] الأوروبي…؟  Its object is a body or a place, or the verb's
    complementizer follows it (a content is no ب-phrase before another: أقر المدير بالتقصير)."""
    w = seg[m].text
    if m == 0 or not w.startswith("بال") or len(w) < 6 or not _unnamed_role(ctx, seg, m):
        return False
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    return _in_place(ctx, w[1:]) or is_complementizer(nxt)


def _in_place(ctx: Context, w: str) -> bool:
    """Is ``w`` (after ب) an organisation, a region or a place: بنادي الهلال، بمنطقة تبوك، بجامعة، بالرياض?"""
    v = ctx.v
    b = strip_article(w) if w.startswith("ال") else w
    return b in v.org or b in v.portfolio or w in v.place or b in v.place or "ب" + w in REGION_WORDS \
        or b in v.title or b in v.media or b in v.doc


def _np_of_head(ctx: Context, seg: list[Tok]) -> int | None:
    """0 when ``seg`` opens with no noun phrase, 1 when its first word is the whole noun phrase."""
    w0 = seg[0].text
    if w0 in DEMONSTRATIVES and len(seg) > 1:
        return 0  # أوضح ذلك مدير عام الفرع: the demonstrative is the object (see subject_after)
    if is_ali(seg, 0):
        return None  # وقال علي الحربي: the given name, not the preposition
    if w0 in FUNCTION or w0 in NOUN_COMP or w0 == "ل" \
            or (w0.startswith(("بال", "لل")) and not speaker_word(ctx, w0)) \
            or (w0[:1] == "ل" and (strip_article(w0[1:]) in ctx.v.media or w0[1:] in ctx.v.place)):
        return 0  # قال لي، نوه بالعمل، قال لرويترز: a prepositional phrase, not a subject
    vf = ctx.verb_forms.get(w0)
    if _purpose_verb(ctx, w0):
        return 0  # تعلن الوزارة ذلك لتبين أن…: ل + an imperfect is "so as to", a purpose clause, no subject
    if (is_adverbial(ctx, w0) and not speaker_word(ctx, w0)) or (vf is not None and vf.aspect == "participle") \
            or w0 in SUBORDINATORS:
        return 0  # (واستطرد قائلا، وقال مهددا: a participle is no subject)
    if w0 in ctx.v.honorific_pronoun:
        return 1  # وصف سموه مبادرة التسجيل: "his highness" is the whole subject
    if strip_pronoun(w0) != w0 and strip_pronoun(w0) in ctx.v.title and len(seg) > 1 and seg[1].text.startswith("ال") \
            and not seg[1].text.endswith(("ي", "ية", "يه")):
        return 1  # وحذر رئيسها الولايات المتحدة من…: a title with a pronoun takes no genitive, the object follows
    return None


def _purpose_verb(ctx: Context, w: str) -> bool:
    """ل + an imperfect report verb in any person (ليؤكد، لتبين: its ي-form is the lexicon's)."""
    rest = w[1:]
    if w[:1] != "ل" or len(rest) < 4 or rest[0] not in "يتن":
        return False
    form = ctx.verb_forms.get(rest) or ctx.verb_forms.get("ي" + rest[1:])
    return form is not None and form.aspect == "imperfect"


def _foreign_name_runs_on(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does the bare word at ``m`` go on a foreign name that a definite nisba opens (البرتغالي جوزيه
    [مورينيو]، الباراغوياني خوان [انخل نابوت]، الهولندي لويس [فان جال])?  The nisba closes the role
    and the foreign given name after it runs on through its bare surnames, at most three; a word
    with ة, a verb, a content noun or a title is the clause's (وقال الفرنسي ميشال [للصحفيين])."""
    foreign = foreign_given_names()
    if not any(seg[j].text in foreign for j in range(m - 1, max(0, m - 4), -1)):
        return False  # (the common case, asked of every word: no foreign given name just before)
    for j in range(m - 1, max(0, m - 4), -1):
        nisba = seg[j - 1].text
        if seg[j].text in foreign and nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) > 5:
            return _bare_name_word(ctx, seg[m].text)
        if not _bare_name_word(ctx, seg[j].text):
            return False
    return False


def _bare_name_word(ctx: Context, w: str) -> bool:
    """A word that may be a foreign surname: bare, no ة, no verb, no noun of the lexicons, alone or
    after ل/ب (لدول، لوكالة: the verb's; لافروف، بلاتيني: names)."""
    if not (w.isalpha() and strip_pronoun(w) == w) or w.startswith(("ال", "لل", "بال", "و")) or w.endswith(("ة", "ات")) \
            or ctx.verb_forms.get(w) is not None or w in FUNCTION or is_adverbial(ctx, w) or content_noun(ctx, w) \
            or w in ctx.acc_first:  # (ديمتري روغوزين بحسب ما نقلت…: an according-to phrase)
        return False
    v = ctx.v
    return not any(x in v.title or x in v.org or x in v.group or x in v.doc or x in v.place or x in v.media
                   for x in ((w, w[1:]) if w[:1] in "لب" else (w,)))


def _surname_head(ctx: Context, head: str, m: int) -> bool:
    """Is the phrase's head an ال-surname that ends the name: a nisba (الزهراني), or a known family
    name alone before word ``m`` (وطالب الكعود [حكومة الأنبار] بـ…)? Not God's name, whose epithets
    follow it (الله تعالى)."""
    return head.endswith("ي") or (m == 1 and head.startswith("ال") and head in ctx.known and head != "الله")


def _honorific_before_name(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is word ``m`` a bare or abbreviated honorific before a given name (الأكاديمية المتخصصة [د.]
    فاطمة…), which opens the person's name rather than the verb's object?"""
    if seg[m].text == "." and m > 1:
        m -= 1  # (the abbreviation's dot)
    if seg[m].text not in ctx.v.honorific_bare:
        return False
    k = m + 2 if m + 1 < len(seg) and seg[m + 1].text == "." else m + 1
    return k < len(seg) and is_given_name(seg[k].text)


def _name_goes_on(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does the bare word at ``m`` open or go on a person's name, not the verb's object (an
    honorific before a given name; a titled person's name in a body's phrase)?"""
    return _honorific_before_name(ctx, seg, m) or _titled_name_runs_on(ctx, seg, m)


_TITLED_NAME_MAX = 3  # the most words of a person's name after a title inside a body's phrase


def _titled_name_runs_on(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does the bare word at ``m`` go on a person's name that a title opens inside a body's phrase
    (مكتب رئيس الوزراء أحمد داود [أوغلو]، مكتب الرئيس محمد ولد [عبدالعزيز])? The name opens with a
    given name right after the title and holds at most three words; the word is a bare name word
    (no ة, no verb, no noun of the lexicons: not أكدت الوزارة [وقوع حادث])."""
    if not _bare_name_word(ctx, seg[m].text) or seg[m].text.endswith("ا"):
        return False
    for j in range(m - 1, max(0, m - _TITLED_NAME_MAX), -1):
        if is_given_name(seg[j].text) and _title_before(ctx, seg, j):
            return all(_name_like_word(seg[k].text) for k in range(j + 1, m))
    return False


def _title_before(ctx: Context, seg: list[Tok], j: int) -> bool:
    """Is the body's genitive a title, alone or with its own definite genitive, right before word
    ``j`` (مكتب [الرئيس]، مكتب [رئيس الوزراء]، مكتب [وزير الخارجية])? Not a title after the body's
    own name (شركة إيوان المهندس محمد حابسن: a person of the company, its words end there)."""
    title = ctx.v.title
    return j == 2 and strip_article(seg[1].text) in title \
        or j == 3 and seg[2].text.startswith("ال") and strip_article(seg[1].text) in title


def _name_like_word(w: str) -> bool:
    """A bare word that may stand inside a name: letters only, no article, no ة."""
    return w.isalpha() and not w.startswith("ال") and not w.endswith("ة")


def _bare_noun(ctx: Context, w: str, prev: str) -> bool:
    """Is ``w`` an indefinite noun that no role, region name or quoted name continues?"""
    title = ctx.v.title
    return not w.startswith(("ال", "وال", "ل", "ب")) and w not in QUOTES and w not in _AFFILIATION \
        and strip_article(w) not in title and strip_article(prev) not in title \
        and prev not in QUOTES and strip_article(prev) not in REGION_WORDS \
        and not (prev[:1] in "بل" and prev[1:] in REGION_WORDS) and w not in ctx.v.given and w not in ctx.known \
        and not (prev[:1] == "و" and adjective_like(w)) \
        and not (w in ctx.v.place and not prev.startswith("ال") and (prev in ctx.v.org or prev in ctx.v.org_f)) \
        and not _body_in_construct_before(ctx.v, prev)
    # (وجماعات حقوقية: the second conjunct's adjective; بنك إنجلترا، جامعة القاهرة: a body's place, its genitive;
    # لإدارة معلومات الطاقة: a body's head with ل, its genitive too)


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
    if w == "من" and m == 1 and (head_b in PARTITIVES and not _among_after_definite(seg, m) or seg[0].text in _ONE):
        return _NEXT  # عدد من المسؤولين، العديد من الخبراء، الكثيرون من المستخدمين، واحد من الحضور: a part of a group
    if seen_name and (regnal_ordinal(seg[m - 1].text, w) or _thani_family(ctx, seg, m)):
        return _NEXT  # الملك عبدالله الثاني، الملكة إليزابيث الثانية: the ordinal is the name's
    if not seen_name and _private_adjective(ctx, seg, m):
        return _NEXT
    if w == "اول" and first_of_rank([t.text for t in seg[m - 1:m + 3]], 1):
        return _NEXT  # الفريق أول عبدالفتاح السيسي: "first", of the rank (not قال الفريق أول أمس)
    if m == 1 and w[:1] == "ل" and (w[1:] in v.media_bare or w[1:] in v.media) \
            and (head_b in v.doc or head_b in ctx.lexicon.category("source_medium")) \
            and (m + 1 == len(seg) or seg[m + 1].text.startswith("ال") or seg[m + 1].text in QUOTES):
        return _NEXT  # أظهر مسح [لرويترز]، تقرير [لصحيفة] الحياة: the outlet whose document it is, no addressee
    if is_adverbial(ctx, w):
        return _END
    return None


def _private_adjective(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is «خاصة» at ``m`` the adjective "private, special" of the indefinite feminine or broken plural
    noun before it (مصادر خاصة، جهات أمنية خاصة، لجنة خاصة), not the adverb "especially" (أكد الوزير
    خاصة، قال مسؤولون خاصة: a definite, a name or a masculine plural before it)?"""
    prev = seg[m - 1].text
    if seg[m].text != "خاصة" or not prev.isalpha() or prev.startswith("ال") or prev in FUNCTION:
        return False
    return prev.endswith(("ة", "ات")) or (prev in ctx.v.group and not prev.endswith(("ون", "ين")))



def _thani_family(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Bare «ثاني» right after a given name is the family name Thani (حسن محمد ثاني), not the elative
    "second" (which opens a superlative: ثاني أكبر، ثاني أيام)."""
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    return seg[m].text == "ثاني" and is_given_name(seg[m - 1].text) and not nxt.startswith("ال") \
        and strip_article(nxt) not in SUPERLATIVES and not (nxt and content_noun(ctx, nxt))


def _maker_follows(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a relative clause of making with the document's pronoun at ``m`` name who made it (بحسب
    إحصائية [أجرتها مجلة «الأسواق»] على البنوك، دراسة [أعدها مركز البحوث])?  The maker belongs to
    the description, and the phrase goes on through it; any other clause (دراسة أجريت مؤخرا) ends it."""
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    return speaker_word(ctx, nxt) or (nxt in QUOTES and m + 2 < len(seg) and seg[m + 2].text.isalpha())


def _affiliation(ctx: Context, seg: list[Tok], m: int) -> bool:
    """After a role: مصدر داخل الحكومة، الباحثة في المعهد الوطني، الكاتب العام للنقابة."""
    v = ctx.v
    w = seg[m].text
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    if w in LOCATIVE and nxt:
        return True
    if w in _AFFILIATION and nxt and strip_article(nxt) not in v.event and strip_pronoun(nxt) not in v.event \
            and not is_adverbial(ctx, nxt) and not _elative_before_noun(seg, m + 1) and (w, nxt) != ("من", "بين"):
        return True  # (not في تصريح، في بيان، في أحدث تقرير: an event noun makes an adverbial; nor من بين "among")
    gen = strip_article(w) if w.startswith("لل") else strip_article(w[1:])
    return w[:1] == "ل" and gen in v.org and gen not in v.media  # a genitive after a role


def _elative_before_noun(seg: list[Tok], m: int) -> bool:
    """An elative of the أفعل shape before its indefinite noun (أحدث تقرير، آخر إحصاءاتها، أول
    مؤتمر): في أحدث تقرير لها is when it was said, no affiliation (not في أوبك: a name)."""
    w = seg[m].text
    if not (w in ("اول", "اخر") or (len(w) == 4 and w[0] == "ا" and w[2] not in "اوي" and w[3] not in "ةاي")):
        return False
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    return nxt.isalpha() and not nxt.startswith(("ال", "ل", "ب")) and nxt not in FUNCTION \
        and not is_complementizer(nxt) and nxt not in NOUN_COMP


def _institution_named_to(seg: list[Tok], m: int) -> bool:
    """Does an institution named after a person end right before ``m`` (مدير مركز الملك سلمان
    [للإغاثة…]: what the centre is for follows its name, no one spoken to)?"""
    words = [t.text for t in seg[:m]]
    return any(named_institution_end(words, j) == m for j in range(max(0, m - 5), m - 1))


def _word_after_name(ctx: Context, seg: list[Tok], m: int, nominal: bool, seen_name: bool) -> int:
    """Addressees, a second noun phrase after a name, or a name part: _END, _NEXT or _NAME."""
    v = ctx.v
    w = seg[m].text
    if seen_name and not nominal and (w.startswith("لل") or addressee_prefix(ctx, seg[m:])) \
            and not _institution_named_to(seg, m):
        return _END  # an addressee after the name: قال بوتين للصحفيين (not ماريا لوبيز: a name)
    if seen_name and w[:1] == "ل" and not w.startswith("لل") and strip_pronoun(w[1:]) in v.title \
            and _right_after_name(ctx, seg, m):
        return _END  # قال فلاديمير بوتين [لرئيس] الوزراء…: a name holds no ل-phrase; the one spoken to
    if w[:1] == "ل" and (_listener_kind(w[1:]) and (seen_name or strip_article(seg[0].text) in v.group and m == 1
                                                    or _bare_role(ctx, seg[:m]))
                         or w[1:2].isascii() and w[1:].isalpha()):
        return _END  # قال بليند لموقع النادي، قال الشهود لمراسل الوكالة، قال لـCNN: who was spoken to
    if seen_name and w in _WHAT_AFTER_NAME:
        return _END  # أشاد الدكتور صالح العواجي بما وصلت إليه…: "with what", the verb's complement
    if seen_name and w[:1] == "ب" and w not in ctx.known and (
            (w.startswith("بال") and len(w) > 5) or speech_pronoun(ctx, w[1:]) is not None
            or strip_pronoun(w[1:]) in ctx.v.content_head or w[1:] in v.speech):
        return _END  # وعلق محمد الطيار بقوله…، أشاد خالد البراك بالجهود…: a name holds no ب-phrase
        # (a bare ب-word may be a name: بوتين، باسبعين)
    prev = seg[m - 1].text
    if seen_name and m >= 2 and family_particle(seg, m - 2) and w.startswith("ال") \
            and (w.endswith(("ين", "ون", "ات")) and len(w) > 5 or w in _AUDIENCE):
        # أوصى عبدالعزيز آل الشيخ [المسلمين]: after آل and its word a definite plural is the people
        # addressed (a tribe's nisba goes on: علي بن عمير آل جرمان الشهراني)
        return _END
    if seen_name and _people_after_name(ctx, seg, m):
        return _END  # طالب الرئيس عبدربه منصور هادي [المليشيات الحوثية] بالانسحاب: the people addressed
    if seen_name and w.startswith("ال") and not nisba_adjective(w) and prev.startswith("ال") and m >= 2 \
            and seg[m - 2].text not in v.particle and not seg[m - 2].text.startswith("ال") and w not in v.honorific \
            and strip_article(w) not in v.title and strip_article(w) not in v.org \
            and not _patronymic_chain(prev, w):
        return _END  # استنكر عمر بن صالح العمري العمل الإجرامي: after the family name, the object
    if w[:1] == "ل" and _indefinite_role(ctx, seg[:m]) and addressee_prefix(ctx, seg[m:]):
        return _END  # an addressee after an unnamed source: قال مصدر أمني لـ«الشرق الأوسط»
    if w[:1] == "ل" and (strip_article(w[1:]) in v.group or w[1:].endswith(("يين", "ين")) and len(w) > 5):
        return _END  # قال الجيش لصحفيين: the people spoken to
    if w in QUOTES:
        return _END if seen_name and _quoted_outlet(ctx, seg, m) else _NEXT
    b = strip_article(w)
    if not seen_name and adjective_like(w) and w not in v.given and _indefinite_role(ctx, seg[:m]):
        return _NEXT  # باحثون متخصصون، مصدر أمني مطلع: an indefinite role takes adjectives, not a name
    if not seen_name and _indefinite_document(ctx, seg[:m]) and _document_adjective(w):
        return _NEXT  # تقرير حديث [لمنظمة العفو]، دراسة جديدة: the document's adjective, its owner may follow
    if seen_name and w != strip_pronoun(w) and strip_pronoun(w) in v.title:
        return _END  # "فيصل بن فرحان نظيره الروسي": his counterpart, another person
    if seen_name and w != strip_pronoun(w) and content_noun(ctx, w):
        return _END  # وجدد بنيامين نتنياهو تحذيره من…: his own noun of content is the object
    if seen_name and _possessed_after_name(ctx, seg, m):
        return _END  # روت منيرة [قصتها]، ودع الأمير محمد [زوجته]: a noun with "his/her" is another's
    if seen_name and not w.startswith("ال") and w in ctx.v.name_role and m + 1 < len(seg) \
            and not is_adverbial(ctx, seg[m + 1].text):
        return _NEXT  # «عمر السومة مهاجم النادي الأهلي»: an indefinite role in construct after the name, his
    if seen_name and not w.startswith("ال") and seg[m - 1].text in v.given \
            and (m + 1 == len(seg) or not seg[m + 1].text.startswith("ال")):
        return _NEXT  # a family name that is also a noun: مختار خطاب، محمد بيان (not وزارة الصحة)
    if seen_name and (b in v.title or b in v.org or b in v.group or b in v.doc) and b not in v.honorific_bare \
            and not _nasab_family(ctx, seg, m) \
            and not _role_genitive(ctx, seg, m):  # (رئيس قطاع النقل، مهاجم النادي: his role's genitive)
        # a second noun phrase after a name: the object, or a role after the name
        if not w.startswith("ال") and m + 1 < len(seg) and b in v.title:
            return _NEXT  # "أحمد الحكيم رئيس قطاع…": a role after the name
        return _END
    if not w.startswith("ال") and b not in v.portfolio and w not in v.place and b not in v.title \
            and not w.startswith(("ل", "ب")) and w not in v.particle and b not in v.org and b not in v.doc \
            and b not in v.group and not _masdar_of_title(ctx, seg, m):
        return _NAME
    return _NEXT


def _masdar_of_title(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is the bare word at ``m`` a verbal noun of the form تفعيل in construct after a title (رئيس
    [تحرير] جريدة…، مدير [تطوير] الأعمال), the title's genitive and no name (تيسير is a given name)?"""
    w = seg[m].text
    return tafil_shape(w) and not is_given_name(w) and strip_article(seg[m - 1].text) in ctx.v.title


def _possessed_after_name(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is the word at ``m``, after a person's name, a noun with a possessive pronoun (ضيفته، قصتها،
    نفسه), unless the document knows it as a name word?  (A bare noun is no name: قوة [أثرها].)"""
    w = seg[m].text
    return possessed_noun(w) and w not in ctx.known and w not in ctx.titled \
        and any(is_given_name(t.text) or t.text in foreign_given_names() or t.text in ctx.known for t in seg[:m])


#: what closes a name right after it: a dash, a comma, a bracket, a colon, the content's أن/إن
_NAME_CLOSERS = frozenset({"-", "–", "—", "،", ",", "(", ":", "ان"})


def _nasab_family(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is the ال-word at ``m``, right after a nasab (بن سعود), the family name though it is also a
    title's or a body's word: a given name with the article (أحمد بن عبدالعزيز الفارس), or a title
    that a dash, a comma, a bracket, a colon or the content closes (عبدالكريم بن سعود القاضي -محامٍ-،
    صالح بن عبدالله القاضي، أن…), not a role in apposition, which goes on (…المحامي في الشركة)."""
    w = seg[m].text
    if not w.startswith("ال") or m < 2 or seg[m - 2].text not in _NASAB:
        return False
    b = strip_article(w)
    return is_given_name(b) or b in ctx.v.title and (m + 1 == len(seg) or seg[m + 1].text in _NAME_CLOSERS)


def _right_after_name(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a person's name (a given name and what follows it, no role or comma between) end just
    before ``m``?  (Not «فلان، المستشار الخاص لرئيس الوزراء»: the ل-phrase is the role's.)"""
    for k in range(m - 1, max(-1, m - 5), -1):
        t = seg[k].text
        if t in COMMA or t in QUOTES or _role_word(ctx, t) or strip_article(t) in ctx.v.org:
            return False
        if is_given_name(t) or t in foreign_given_names():
            return True
    return False


def _role_genitive(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Is the noun at ``m`` the genitive of the bare role noun a name stands before (أحمد الحكيم رئيس
    [قطاع] النقل، عمر السومة مهاجم [النادي] الأهلي)?  A bare role in construct is the name's
    apposition, its genitive the role's, not a second noun phrase."""
    v = ctx.v
    k = m - 1
    while k > 1 and seg[k].text in v.org and (seg[k - 1].text in v.org or seg[k - 1].text in v.title):
        k -= 1  # a chain of bodies in construct: رئيس [مجلس] [إدارة] الشركة
    prev = seg[k].text
    return k >= 1 and m >= 2 and not prev.startswith("ال") and (prev in v.title or prev in ctx.v.name_role) \
        and seg[k - 1].text not in v.title


def _patronymic_chain(prev: str, w: str) -> bool:
    """After a father's given name with the article (صباح الأحمد، خالد الفيصل) another such name or a
    family name goes on the name: صباح الأحمد [الجابر الصباح]، محمد الخالد [الحمد الصباح]."""
    return is_given_name(strip_article(prev)) and prev.startswith("ال") \
        and (is_given_name(strip_article(w)) or family_name_shape(w))


def _quoted_outlet(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a quoted news outlet open at ``m`` after a name: the one told (أبلغ علي النعيمي "رويترز"
    أن…، صرح خالد العمري «الوطن» بأن…), not a word of the name?"""
    if seg[m].text not in OPEN or m + 2 >= len(seg) or seg[m + 2].text not in CLOSE or seg[m - 1].text in _MADE_IT:
        return False  # (تقرير نشرته "رويترز": the document's maker)
    inner = seg[m + 1].text
    return strip_article(inner) in ctx.v.media_bare or inner in ctx.v.media and inner.startswith("ال")


def _people_after_name(ctx: Context, seg: list[Tok], m: int) -> bool:
    """Does a definite plural at ``m`` open the verb's object after a whole name (a given name and
    its names, a nasab, a name after a title), the people addressed by طالب/دعا/حث/حذر…: طالب
    الرئيس عبدربه منصور هادي [المليشيات الحوثية] بالانسحاب، دعا خالد بن سعد [المتمردين] إلى…؟
    A plural in -ين, -ات or a broken one with its definite adjective (المتمردين الحوثيين، الأطراف
    السياسية); a family name of that ending has none (عبدالعزيز البابطين، أنور السادات)."""
    w, prev = seg[m].text, seg[m - 1].text
    v = ctx.v
    if m < 2 or not w.startswith("ال") or prev.startswith(("لل", "بال")) or not prev.isalpha() \
            or prev in v.particle or prev in NAMING_TITLES or prev in QUANTIFIERS or w in ctx.known \
            or w in v.honorific or w in v.place:
        return False  # (خادم الحرمين الشريفين: the king's style; أحد القيادات العسكرية: "one of")
    before = seg[m - 2].text
    if prev.startswith("ال"):
        whole = (family_name_shape(prev) or is_given_name(before) or before in ctx.known) \
            and not before.startswith("ال") and before.isalpha() and strip_article(prev) not in v.title \
            and strip_article(prev) not in v.org  # مراد الشريف: a given name closed by its family name
    else:
        # (after a bare title the word is its genitive: رئيس قسم التحقيقات، مدير عام العقارات)
        whole = is_given_name(before) or before in v.particle or before in v.honorific or before in ctx.known \
            or (before.startswith("ال") and strip_article(before) in v.title) \
            or (is_given_name(prev) and before.isalpha() and not before.startswith("ال") and before not in v.title)
    if not whole:
        return False  # (a name of one word: the ال-word after it may be its family name)
    b = strip_article(w)
    if len(b) < 5 or b in v.title or b in v.place or family_name_shape(w):
        return False
    nxt = seg[m + 1].text if m + 1 < len(seg) else ""
    agreeing = nxt.startswith("ال") and nxt.endswith(("ية", "يه", "يين", "ين", "ات"))
    # (a family name in -ين is common: عبدالعزيز البابطين، حمدان السمرين; it takes no adjective)
    return agreeing and (b.endswith(("ين", "ات")) or _broken_plural_shape(b)) or b in v.group or w in _AUDIENCE


def _broken_plural_shape(b: str) -> bool:
    """أفعال/فعول/فعائل plurals (اطراف، شعوب، فصائل): a long vowel before the last letter."""
    return len(b) == 5 and (b[0] == "ا" and b[3] == "ا" or b[3] in "وا" or b[3] == "ئ")


# who hears a person's words after his name: a site, a programme, a correspondent (لموقع النادي،
# لبرنامج «في المرمى»، لمراسل الوكالة); after a role they are its genitive (المدير العام لبرنامج…)
_LISTENER_KINDS = frozenset({"موقع", "برنامج", "مراسل", "مراسلي", "مراسلة", "محطة"})


def _listener_kind(w: str) -> bool:
    return w in _LISTENER_KINDS or strip_article(w) in _LISTENER_KINDS


# roles that run a programme, a site or a station: after them ل is the body's genitive (المدير العام
# لبرنامج الأمان، رئيس تحرير لموقع…), after any other role the listener (قال اللاعب لبرنامج «في المرمى»)
_POSTS = frozenset({"مدير", "مديرة", "رئيس", "رئيسة", "امين", "امينة", "منسق", "منسقة", "مشرف", "مشرفة", "مقدم",
                    "مقدمة", "مذيع", "مذيعة", "محرر", "محررة", "مؤسس", "مؤسسة", "مالك", "مالكة", "متحدث",
                    "متحدثة", "ناطق", "ناطقة", "ممثل", "ممثلة", "مراسل", "مراسلة", "نائب", "مستشار", "وكيل",
                    "مخرج", "مخرجة", "معد", "معدة", "مسؤول", "مسؤولة"})


def _bare_role(ctx: Context, words: list[Tok]) -> bool:
    """A definite role and its definite adjectives, no name, no post that runs a medium (اللاعب،
    المدرب، الخبير الاقتصادي; not المدير العام، المسؤول)."""
    head = words[0].text
    b = strip_article(head)
    return head.startswith("ال") and b in ctx.v.title and b not in _POSTS \
        and all(t.text.startswith("ال") and nisba_adjective(t.text) for t in words[1:])


def _indefinite_role(ctx: Context, words: list[Tok]) -> bool:
    """An indefinite title or group and its adjectives so far (مصدر أمني، باحثون متخصصون)."""
    v = ctx.v
    h = words[0].text
    return not h.startswith("ال") and (h in v.title or h in v.group) \
        and all(adjective_like(t.text) and not t.text.startswith("ال") for t in words[1:])


#: adjectives of a document's age or order (تقرير حديث، دراسة جديدة، مسح أولي، بيان سابق)
_DOCUMENT_ADJECTIVES = frozenset({"حديث", "جديد", "سابق", "اخير", "اولي", "اول", "مبدئي", "نهائي", "رسمي"})


def _indefinite_document(ctx: Context, words: list[Tok]) -> bool:
    """An indefinite document and its adjectives so far (تقرير حديث، دراسة جديدة، مسح أولي)."""
    return not words[0].text.startswith("ال") and words[0].text in ctx.v.doc \
        and all(_document_adjective(t.text) for t in words[1:])


def _document_adjective(w: str) -> bool:
    """An indefinite adjective of a document, either gender (حديث/حديثة، أولي/أولية، شهري)."""
    return not w.startswith("ال") and (adjective_like(w) or w in _DOCUMENT_ADJECTIVES
                                       or w.endswith("ة") and w[:-1] in _DOCUMENT_ADJECTIVES)


_TIME_WORDS = frozenset({"امس", "اليوم", "ايضا", "مؤخرا", "حينها", "غدا", "سابقا", "حاليا", "مجددا", "بدوره",
                         "بدورها", "كذلك"})


def time_adverb_length(seg: list[Tok], m: int) -> int:
    """How many tokens of an adverb of time start at ``m``: أمس، اليوم الجمعة، أيضا (0: none)."""
    if m >= len(seg) or seg[m].text not in _TIME_WORDS:
        return 0
    return 2 if m + 1 < len(seg) and seg[m + 1].text in _WEEKDAYS and seg[m].text in ("اليوم", "امس") else 1


def without_trailing_adverb(ctx: Context, subject: list[Tok]) -> list[Tok]:
    """A subject never ends on an adverb of time or a preposition: نفى مجلس محافظة نينوى [أمس]،
    أعلنت مصادر باكستانية رسمية [اليوم الجمعة]، أكدت عائلة دوابشة في دوما [أيضا]."""
    end = len(subject)
    if end > 2 and subject[end - 1].text in _WEEKDAYS and subject[end - 2].text in ("اليوم", "امس"):
        end -= 1
    while end > 1 and (subject[end - 1].text in _TIME_WORDS or subject[end - 1].text in PREPOSITIONS) \
            and not _last_ali(subject[:end], end - 1):
        if subject[end - 1].text == "اليوم" and subject[end - 2].text in ctx.v.place:
            break  # (روسيا اليوم: a channel's name, or the country "today": left as written)
        end -= 1
    return subject[:end]


def looks_nominal(ctx: Context, seg: list[Tok], limit: int = 8) -> bool:
    """At most ``limit`` words and no verb or complementizer among them."""
    if len(seg) > limit and sum(t.text not in _DIGITS_OPEN for t in seg) > limit:
        return False  # (brackets are no words: الرئيس السابق لجهاز الأمن العام الإسرائيلي (الشابك))
    forms = ctx.verb_forms
    return not any(forms.get(t.text) is not None or is_complementizer(t.text) and not van_particle(seg, k)
                   for k, t in enumerate(seg))  # (لويس فان خال: the name particle van, not فإن)


_NAME_OPENS = frozenset(OPEN) | {"”"}  # (the outlet's name may open with the mirrored mark: لـ”عين اليوم”)


def addressee_prefix(ctx: Context, seg: list[Tok]) -> int:
    """How many tokens of an addressee phrase open ``seg``: لـ"الاقتصادية"، لصحيفة "عكاظ"،
    لرويترز، للصحفيين، لنا/له/لها, a ل-noun before a quoted name (لبرنامج «واجه الصحافة»، not
    لص "…": a word of two letters); 0 when it does not open with one."""
    if not seg:
        return 0
    v = ctx.v
    w = seg[0].text
    if not (w in _PRONOUN_ADDRESSEES or (w[:1] == "ل" and len(w) != 2 and len(seg) > 1 and seg[1].text in _NAME_OPENS)
            or (w == "ل" and len(seg) > 1 and seg[1].text == "(")  # لـ(عكاظ): a bracketed name after لـ alone
            or (w[:1] == "ل" and len(w) > 2 and (strip_article(w[1:]) in v.media or strip_article(w[2:]) in v.media
                                                or strip_article("ال" + w[2:]) in v.group
                                                or w[1:] in v.group or w[2:] in _PRESS))):
        return 0
    k = 1
    if k < len(seg) and (seg[k].text in _NAME_OPENS or w == "ل" and seg[k].text == "("):
        close = ")" if seg[k].text == "(" else OPEN.get(seg[k].text, seg[k].text)  # (لـ”عين اليوم”: a mirrored mark closes with itself)
        m = k + 1
        while m < len(seg) and seg[m].text != close and m - k <= 6:
            m += 1
        if m < len(seg) and seg[m].text == close:
            k = m + 1
    return k


def apposition_at(ctx: Context, toks: list[Tok], m: int) -> bool:
    """"، سلطان القحطاني،": a short name between commas after a role (not "، فضّل عدم الكشف عن اسمه،")."""
    if anonymity_aside(toks, m) is not None:
        return False
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


def people_word(w: str) -> bool:
    """A definite word for people that no lexicon lists: a nisba's plural (الصناعيين، الاقتصاديون)
    or البعض "some (people)" (غير أن الصناعيين يعتبرون…، لكن البعض الآخر اعتبر…)."""
    return w.startswith("ال") and (w.endswith(("يين", "يون")) and len(w) > 6 or strip_article(w) in QUANTIFIERS)


def plausible_speaker(ctx: Context, subj: list[Tok]) -> bool:
    """A title, organisation, group or document word, a known name, or a name-like word."""
    head = subj[0].text
    if head in QUOTES and len(subj) > 1:
        head = subj[1].text
        if not head.startswith(("بال", "لل")) and head not in FUNCTION:
            return True  # وطالب «بلو» الهيئة بالتحقيق: a quoted name, whatever letter opens it
    if speaker_word(ctx, head) or speaker_word(ctx, strip_pronoun(head)) or head in ctx.known \
            or is_given_name(head) or is_ali(subj, 0) or len(subj) == 1 and people_word(head):
        return True  # (بسام، لينا: names that begin like ب/ل; يعتقد البعض أن…: "some (people)")
    if head in PARTITIVES and len(subj) > 1 and plausible_speaker(ctx, subj[2:] if subj[1].text == "من" else subj[1:]):
        return True  # بعض الخبراء: the group after the quantifier
    if head.startswith("ال") and _described_name(ctx, subj):
        return True  # يتوقع المهاجم الإسباني الدولي دييجو كوستا أن…: a descriptor, then the name it names
    return not head.startswith("ال") and not head.startswith(("ب", "ل")) and head not in FUNCTION


def _nationality(ctx: Context, w: str) -> bool:
    """A definite nisba of a country: المصري، الروسي (روسيا)، الإسباني (إسبانيا)."""
    if not (w.startswith("ال") and w.endswith("ي")):
        return False
    stem = w[2:-1]
    return stem in ctx.v.place or stem + "ا" in ctx.v.place


def _described_name(ctx: Context, subj: list[Tok]) -> bool:
    """Does the definite noun opening ``subj`` stand before a person's name, with at most three
    definite adjectives between (المهاجم الإسباني الدولي دييجو كوستا، الطبيب محمد)?  The noun is
    then a descriptor in apposition to a name, the speaker; a definite noun before anything else
    (ويتوقع العام المقبل نمو…) is no speaker.  The head is a common noun: not آل (آل غالب), not
    a name already met, not a nationality (المصري الدولي محمد صلاح: the name rules read المصري
    as a family name); علي is the name only before a name (القائمون على المدينة)."""
    head = subj[0].text
    if len(head) <= 3 or head in ctx.known or _nationality(ctx, head):
        return False
    for k, t in enumerate(subj[1:5], 1):
        if t.text == "علي":
            return is_ali(subj, k)
        if t.text in ctx.known or (is_given_name(t.text) and not t.text.startswith(("ب", "ل"))):
            return True  # (not بدور، لمى after a family name: ب + دور "role", ل + …)
        if not t.text.startswith("ال"):
            return False
    return False


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
        if seg[0].text in RESUMPTIVE and not k:
            seg = seg[1:]  # الوقت الذي شدد فيه المستهلكون على…: the relative's pronoun, then the subject
            if not seg:
                continue
        if is_adverbial(ctx, seg[0].text) or (k and looks_nominal(ctx, seg) and len(seg) <= 5):
            continue  # an adverbial phrase (في كلمته، الشهر الماضي) or an apposition
        if k:
            return False
        cut = np_end(ctx, seg)
        if cut < len(seg) and not is_adverbial(ctx, seg[cut].text) and not _aside_or_object(ctx, seg[cut:]) \
                and seg[cut].text not in IN_ONES_NAME:  # (أعرب خادم الحرمين الشريفين باسمه واسم شعب المملكة عن…)
            return False
    return True


def _aside_or_object(ctx: Context, rest: list[Tok]) -> bool:
    """After the subject: an aside in brackets or dashes (كونياكو سايتو (26 عاما) وفريقه), a
    co-speaker (وفريقه) or a short definite object (دعا الوزير المواطنين إلى…) — no clause."""
    if rest[0].text in ("(", "-", "–", "—"):
        close = ")" if rest[0].text == "(" else rest[0].text
        end = next((k for k in range(1, min(len(rest), 12)) if rest[k].text == close), None)
        if end is None:
            return False
        rest = rest[end + 1:]
        if not rest:
            return True
    if rest[0].text[:1] == "و" and len(rest[0].text) > 3 and ctx.verb_forms.get(rest[0].text) is None:
        rest = [Tok(rest[0].start + 1, rest[0].end, rest[0].text[1:])] + rest[1:]  # وفريقه: a co-speaker
    return len(rest) <= 6 and looks_nominal(ctx, rest) and np_end(ctx, rest) == len(rest) \
        and not is_complementizer(rest[0].text) and rest[0].text not in FUNCTION
