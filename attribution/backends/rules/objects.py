"""Objects: verbs whose object is the content (نفى الوزير الاتهامات، استذكر تقديم…), split into
subject and object.

Arabic marks the boundary by definiteness: a definite head (الوزارة، الدراسة، المتهم) takes
only definite adjectives after it, so the next indefinite or second definite noun opens the
object (نفت الوزارة الاتهامات، عزت الدراسة معظم الفاقد); a construct head (وزير الخارجية)
takes one definite complement first.  A comma also closes the subject
(استذكر المسؤول الروسي، في حديثه، تقديم…), and a name seen before the sentence is a subject
(وصف سيرومولوتوف الحوار…).
"""
from __future__ import annotations

from attribution.backends.rules.context import Context, Tok
from attribution.backends.rules.noun_phrase import (
    apposition_at, family_particle, looks_nominal, np_end, object_noun, time_adverb_length, unlisted_given_name,
    without_trailing_adverb,
)
from attribution.backends.rules.words import content_noun, is_adverbial, nisba_adjective, speaker_word
from attribution.lexicon.closed import COMMA, FUNCTION, NOT_IN_NAME, PREPOSITIONS, QUOTES, STATEMENT_NOUNS, STOP_PUNCT
from attribution.lexicon.names import is_given_name, is_name_particle, named_institution_end
from attribution.speakers.mention import definite_verbal_noun, nationality_noun
from attribution.text.morph import derived_masdar_shape, possessed_masdar_shape, strip_article, strip_pronoun

_NISBA = ("ي", "ية", "يه", "يون", "يين", "يات")  # endings of a nisba adjective (السورية، الأمريكي)
_SEG_MAX = 9  # the most words read for subject and object before a comma
_LONG_MAX = 16  # the most words of a subject that a comma closes (:func:`_long_subject`)
_Split = tuple[list[Tok], int]  # (subject tokens, token index where the object starts)


def object_split(ctx: Context, toks: list[Tok], i: int, implicit: bool = False) -> _Split | None:
    """(subject, object start) after the object-taking verb at token ``i``, or None.

    With ``implicit`` (…، لكنه نفى وجود خطط) the subject is not there and the object starts at once.
    An adverb of time between them is neither (نفى مجلس المحافظة [أمس] وجود…).
    """
    split = _object_split(ctx, toks, i, implicit)
    if split is not None:
        split = _object_before_relative(ctx, toks, i, split)
    return split if split is None else (without_trailing_adverb(ctx, split[0]), split[1])


# the pronoun that resumes a relative's antecedent as the object of its verb: التي سيخوضها، الذي أعده
_RESUMED = {"الذي": "ه", "التي": "ها", "الذين": "هم", "اللذين": "هما", "اللتين": "هما"}


def _object_before_relative(ctx: Context, toks: list[Tok], i: int, split: _Split) -> _Split:
    """The split moved back to the object that a relative clause describes, when the subject read
    runs on to the relative (أعلنت إدارة الفريق الشبابي [المباريات الودية التي سيخوضها]…).  The
    relative's verb resumes its antecedent as its object, so the antecedent is a thing acted on; it
    is the verb's object when it is a definite noun after a definite word, which takes no genitive
    (الشبابي المباريات), with only its nisba adjectives before the relative."""
    subj, start = split
    rel = subj[-1].text if subj else ""
    rel = rel[1:] if rel[:1] == "و" and rel[1:] in _RESUMED else rel
    if rel not in _RESUMED or start >= len(toks) or len(subj) < 3:
        return split
    verb = toks[start].text
    pron = _RESUMED[rel]
    if not (verb.endswith(pron) and strip_pronoun(verb) != verb and verb[:1] in "يتسن") or pron == "ه" and verb.endswith("ها"):
        return split  # (الجزيرة الذي ينافس…: the relative is its verb's subject, the antecedent speaks)
    h = len(subj) - 2
    while h > 0 and subj[h].text.startswith("ال") and subj[h].text.endswith(_NISBA[:5]) and len(subj[h].text) > 4:
        h -= 1  # (الودية، الرسمية; not المباريات, a plural in -يات)
    head, before = subj[h].text, subj[h - 1].text if h else ""
    if h < 1 or not head.startswith("ال") or not before.startswith("ال") or speaker_word(ctx, head) \
            or is_given_name(strip_article(head)):
        return split
    return subj[:h], toks.index(subj[h]) if subj[h] in toks else split[1]


def _object_split(ctx: Context, toks: list[Tok], i: int, implicit: bool) -> _Split | None:
    n = len(toks)
    k = i + 1
    nominative_plural = k < n and toks[k].text.startswith("ال") and toks[k].text.endswith("ون")
    if implicit and k < n and toks[k].text not in STOP_PUNCT and not speaker_word(ctx, toks[k].text) \
            and not nominative_plural:  # (وأكد البرلمانيون…: -ون marks a subject, not an object)
        return [], k
    seg: list[Tok] = []
    while k < n and toks[k].text not in COMMA and len(seg) < _SEG_MAX and (
            toks[k].text not in STOP_PUNCT or (toks[k].text == "." and seg and len(seg[-1].text) == 1)):
        seg.append(toks[k])  # (د. نبيل العربي: the dot of an abbreviated title ends no phrase)
        k += 1
    if not seg or seg[0].text in PREPOSITIONS:
        return None  # أكد على…: the preposition's frame, not an object (and على is no name)
    aside = _speech_aside(ctx, seg)
    if aside is not None:
        return seg[:aside[0]], i + 1 + aside[1]
    if seg[0].text in ctx.v.honorific and len(seg) > 2:
        return _after_honorific_name(ctx, seg, i)
    if np_end(ctx, seg) == len(seg) and _closed_by_comma(ctx, toks, seg, k):
        return _after_commas(ctx, toks, i, seg, k)
    long = _long_subject(ctx, toks, i, k) if len(seg) == _SEG_MAX else None
    if long is not None:
        return _after_commas(ctx, toks, i, long, i + 1 + len(long))
    head = seg[0].text
    if head.startswith("ال") and len(seg) > 1:
        split = _after_definite_head(ctx, seg, i)
    elif speaker_word(ctx, head) and not head.startswith("ال") and len(seg) > 2 and seg[1].text.startswith("ال"):
        split = _after_construct_head(ctx, seg, i)
    else:
        split = _after_name(ctx, seg, i) or _after_body_name(ctx, seg, i)
    return split if split is not None else _before_time_adverb(ctx, seg, i)


def _long_subject(ctx: Context, toks: list[Tok], i: int, k: int) -> list[Tok] | None:
    """The words from the verb at ``i`` to a comma further than ``_SEG_MAX`` words on, when they are
    one noun phrase that the comma closes: two titles and a name (أكد رئيس اللجنة المتحدث الرسمي باسم
    الانتخابات المهندس فلان الفلاني، أهمية…) run past the words read at first."""
    end = k
    while end < len(toks) and end - i <= _LONG_MAX and toks[end].text not in COMMA and toks[end].text not in STOP_PUNCT:
        end += 1
    if end >= len(toks) or end - i > _LONG_MAX or toks[end].text not in COMMA:
        return None
    long = toks[i + 1:end]
    return long if np_end(ctx, long) == len(long) and _closed_by_comma(ctx, toks, long, end, _LONG_MAX) else None


def _before_time_adverb(ctx: Context, seg: list[Tok], i: int) -> _Split | None:
    """An adverb of time ends the subject, the object follows it (نفى مجلس محافظة نينوى أمس وجود…،
    أعلنت مصادر باكستانية رسمية اليوم الجمعة مقتل…، أكدت عائلة الضحية في القرية أيضا وفاة…)."""
    m = next((m for m in range(1, len(seg)) if time_adverb_length(seg, m)), None)
    if m is None:
        return None
    end = m + time_adverb_length(seg, m)
    subj = seg[:m]
    if end >= len(seg) or not looks_nominal(ctx, subj) or np_end(ctx, subj) < m \
            or any(content_noun(ctx, t.text) for t in subj) \
            or not (speaker_word(ctx, subj[0].text) or is_given_name(subj[0].text)):
        return None
    return subj, i + 1 + end


_WHERE_SAID = frozenset({"في", "خلال", "اثناء", "عبر"})


def _speech_aside(ctx: Context, seg: list[Tok]) -> tuple[int, int] | None:
    """(subject end, object start) around where the words were said, between subject and object:
    وأكد كيري في تصريحات صحفية رغبة بلده…، وأكد الوزير خلال كلمته دعم…; None without one."""
    for m in range(1, len(seg) - 2):
        if seg[m].text not in _WHERE_SAID:
            continue
        noun = strip_pronoun(strip_article(seg[m + 1].text))
        if noun not in ctx.v.speech and noun not in STATEMENT_NOUNS:
            return None
        j = m + 2
        while j < len(seg) and (nisba_adjective(seg[j].text) or seg[j].text.startswith("لل")):
            j += 1  # (تصريحات صحفية، كلمة للصحفيين)
        w = seg[j].text if j < len(seg) else ""
        if w.isalpha() and w[:1] != "ل" and np_end(ctx, seg[:m]) == m:
            return m, j  # (not an addressee or a colon after it: في تصريحات لـ«المدينة»: …)
        return None
    return None


def _after_honorific_name(ctx: Context, seg: list[Tok], i: int) -> _Split | None:
    """الدكتور يوسف بطرس غالي [وزير التجارة الخارجية] استمرار…: the name after the honorific."""
    m = 1
    while m < len(seg) and m <= 4 and not seg[m].text.startswith("ال") and seg[m].text not in QUOTES \
            and seg[m].text not in NOT_IN_NAME and not speaker_word(ctx, seg[m].text) \
            and not (m >= 2 and object_noun(ctx, seg[m].text)):  # الأمير محمد بن نايف [اعتزاز] المملكة
        m += 1
    if 1 < m < len(seg) and family_particle(seg, m):
        m += 2  # الشيخ هشام بن عبدالرحمن آل خليفة: آل and its word close the name
    elif 1 < m < len(seg) and seg[m].text.startswith("ال") and not speaker_word(ctx, seg[m].text) \
            and not definite_verbal_noun(seg[m].text):
        m += 1  # a family name with the article closes the name (الدكتور عبدالرحمن البراك; not الأمير عبدالله [الاتفاق])
    if m < len(seg) and speaker_word(ctx, seg[m].text) and not seg[m].text.startswith("ال"):
        m += 1  # a role after the name: a construct head and its definite complements
        while m < len(seg) and seg[m].text.startswith("ال"):
            m += 1
    if 1 < m < len(seg):
        return seg[:m], i + 1 + m
    return None


def _closed_by_comma(ctx: Context, toks: list[Tok], seg: list[Tok], k: int, limit: int = 8) -> bool:
    """Is ``seg`` a whole subject closed by the comma at ``k``: a role, or a short bare name?"""
    if k >= len(toks) or toks[k].text not in COMMA:
        return False
    heads = ctx.lexicon.category("content_head")
    if any(strip_article(t.text) in heads for t in seg[1:]):
        return False  # وتوقع الخبير ارتفاع الأسعار، مؤكدا…: the object (a verbal noun) is inside
    return (looks_nominal(ctx, seg, limit) and speaker_word(ctx, seg[0].text)) \
        or (all(not t.text.startswith("ال") for t in seg) and len(seg) <= 4)


def _after_commas(ctx: Context, toks: list[Tok], i: int, seg: list[Tok], k: int) -> _Split | None:
    """Skip an apposition and comma-closed adverbial segments; the object starts after them."""
    n = len(toks)
    m = k + 1
    if apposition_at(ctx, toks, m) and not is_adverbial(ctx, toks[m].text):
        # "النائب التنفيذي للمالية، سلطان القحطاني،": the name belongs to the subject
        while m < n and toks[m].text not in COMMA:
            m += 1
        seg = toks[i + 1:m]
        m += 1
    while m < n:
        if not (is_adverbial(ctx, toks[m].text) or apposition_at(ctx, toks, m)):
            break
        while m < n and toks[m].text not in COMMA and toks[m].text not in STOP_PUNCT:
            m += 1
        if m < n and toks[m].text in COMMA:
            m += 1
            continue
        return None
    if m >= n or toks[m].text in STOP_PUNCT or (toks[m].text[:1] in "وف" and ctx.verb_forms.get(toks[m].text)):
        return None
    return seg, m


def _after_definite_head(ctx: Context, seg: list[Tok], i: int) -> _Split | None:
    """نفت الوزارة الاتهامات: a definite head keeps its definite adjectives, then the object."""
    m = 1
    while m < len(seg) and seg[m].text.startswith("ال") and nisba_adjective(seg[m].text):
        m += 1
    head = strip_article(seg[0].text)
    if head in ctx.v.org or head in ctx.v.org_f or head in ctx.v.title or head in ctx.v.title_f:
        # الرئاسة العامة للأرصاد وحماية البيئة [هطول أمطار]، الأمين العام لجامعة الدول العربية [الدول…]
        m = _org_name_end(seg, m)
    if head in ctx.v.title or head in ctx.v.title_f:
        h = m
        while h + 2 < len(seg) and len(seg[h].text) == 1 and seg[h].text in ctx.v.honorific and seg[h + 1].text == ".":
            h += 2  # (الأمين العام للجامعة العربية د. نبيل العربي [الاتفاق]: an abbreviated title, then the name)
        if h < len(seg) and is_given_name(seg[h].text) and seg[h].text != "باسم":  # (المتحدث باسم: "on behalf of")
            m = _name_end(ctx, seg, h)  # وجدد اللاعب عبدالخالق برناوي [عقده]: the name after the title
        elif _foreign_name_after_nationality(ctx, seg, h):
            m = max(_name_end(ctx, seg, h), h + 2)  # المدير الفني لنادي اشبيلية الإسباني [أوناي ايمري] سعيهم…
    if m + 1 < len(seg) and seg[m].text == "باسم" and speaker_word(ctx, seg[0].text):
        m += 2  # المتحدث باسم الوزارة (الروسية): "on behalf of" belongs to the role
        while m < len(seg) and seg[m].text.startswith("ال") and nisba_adjective(seg[m].text):
            m += 1
    if m < len(seg) and seg[m].text not in QUOTES:
        return seg[:m], i + 1 + m
    return None


def _foreign_name_after_nationality(ctx: Context, seg: list[Tok], h: int) -> bool:
    """Do two bare words at ``h``, after a role whose body ends on its nationality (لنادي اشبيلية
    الإسباني), open the holder's name though the lexicon lacks its given name (أوناي ايمري)?  A
    nationality closes the body's name, so what follows is no genitive of it; an object opens with a
    noun of content, a possessed noun or a verbal noun, which no foreign name is (a foreign name may
    end like a pronoun: رينيه، فورنييه; then a ل/ب-phrase shows the possessed noun: سعيه للفوز)."""
    if h < 3 or h + 2 >= len(seg) or not nationality_noun(seg[h - 1].text, ctx.v) or seg[h - 2].text.startswith("ال"):
        return False
    first, second = seg[h].text, seg[h + 1].text
    if strip_pronoun(first) != first and not (first.endswith("يه") and second[:1] not in "لب"):
        return False
    return all(w.isalpha() and not w.startswith(("ال", "و", "لل", "بال")) and not content_noun(ctx, w)
               and not derived_masdar_shape(w) and not (w[:1] in "لب" and derived_masdar_shape(w[1:]))
               and w not in FUNCTION and w not in ctx.v.place and not speaker_word(ctx, w) for w in (first, second))


_ORG_ADJECTIVES = frozenset({"العام", "العامة", "العامه", "العليا", "الاعلي", "الكبري"})


def _org_name_end(seg: list[Tok], m: int) -> int:
    """Where an organisation's name ends after its definite head and nisba adjectives at ``m``: its
    adjectives of rank (العامة، العليا) and what it is "for", with one coordinated noun (الهيئة
    العامة للسياحة والتراث الوطني، الرئاسة العامة للأرصاد وحماية البيئة)."""
    while m < len(seg) and seg[m].text in _ORG_ADJECTIVES:
        m += 1
    if m < len(seg) and seg[m].text.startswith("ل") and len(seg[m].text) > 3 and not seg[m].text.endswith(("ين", "ون")):
        # (not an addressee: نفت اللجنة للصحفيين…)
        m += 1
        if not seg[m - 1].text.startswith("لل") and m < len(seg):  # لهيئة كبار العلماء: a construct chain
            if seg[m].text.startswith("ال"):
                m += 1
            elif m + 1 < len(seg) and seg[m + 1].text.startswith("ال"):
                m += 2
        while m < len(seg) and seg[m].text.startswith("ال") and nisba_adjective(seg[m].text) and seg[m].text not in PREPOSITIONS:
            m += 1
        if m + 1 < len(seg) and seg[m].text[:1] == "و" and len(seg[m].text) > 3 and seg[m + 1].text.startswith("ال"):
            m += 2  # وحماية البيئة: a coordinated construct
        elif m < len(seg) and seg[m].text.startswith("وال") and len(seg[m].text) > 4:
            m += 1  # والتراث
        while m < len(seg) and seg[m].text.startswith("ال") and nisba_adjective(seg[m].text) and seg[m].text not in PREPOSITIONS:
            m += 1
    return m


def _name_end(ctx: Context, seg: list[Tok], m: int) -> int:
    """The end of a person's name opening at ``m`` (a given name): given names, particles and the
    word they join, bare words that are no noun of content, and a closing family name in ال-…ي."""
    end = m + 1
    while end < len(seg) and end - m < 6:
        w = seg[end].text
        if w in ctx.v.particle and end + 1 < len(seg):
            end += 2
            continue
        if w.startswith("ال"):
            if len(w) > 4 and (w.endswith("ي") or is_given_name(w[2:])):
                end += 1  # the family name closes it: العتيبي، الراشد
            break
        if strip_pronoun(w) != w or content_noun(ctx, w) or w in NOT_IN_NAME or w in QUOTES or not w.isalpha() \
                or is_adverbial(ctx, w) or w in FUNCTION or w in ("ما", "من", "عن") or w in ctx.v.place \
                or (end - m >= 2 and w.endswith("ة")):
            break  # (محمود عباس [خلال القمة]، رؤوفين ريفيلين [إقامة اتحاد…])
        end += 1
    return end


def _after_construct_head(ctx: Context, seg: list[Tok], i: int) -> _Split | None:
    """نفى وزير الخارجية الروسي الاتهامات: a construct head, its complement and adjectives — and
    the holder's name after them, which is the role's apposition, not the object (أكد لاعب المنتخب
    [وسام حمدان] جدارة…، وصف وزير الخارجية الأميركي [جون كيري] الاتجار…)."""
    m = max(2, named_institution_end([t.text for t in seg], 0))  # (جامعة الملك سعود: named after a king)
    while m < len(seg) and seg[m].text.startswith("ال") and nisba_adjective(seg[m].text):
        m += 1
    named = _apposed_name_end(ctx, seg, m)
    if named > m:  # (an adverb of time after the name is neither: … محمد سالم الغبان [اليوم الأحد] اعتقال…)
        m = named + time_adverb_length(seg, named)
    if m < len(seg):
        return seg[:m], i + 1 + m
    return None


def _apposed_name_end(ctx: Context, seg: list[Tok], m: int) -> int:
    """Where a person's name of two words or more that opens at ``m`` after a role ends (``m``:
    none there). A given name that is also a noun of content or a verbal noun (أمل، انتصار) may be
    the object (أكد وزير الصحة أمل المرضى…): it opens no name here."""
    genitive = strip_article(seg[m - 1].text) if m >= 2 else ""
    if m >= len(seg) or m < 2 or strip_article(seg[0].text) not in ctx.v.title or seg[0].text in _RELATIVES \
            or (genitive in ctx.v.title and genitive not in ctx.v.org):
        # (a body's name: جامعة الملك فيصل; a relative's or a person's genitive: ابنة المعلمة [رحمة
        # الحويطي] is the mother — but مدرب الفريق [خالد السالم], a team, not the rank الفريق)
        return m
    w = seg[m].text
    if unlisted_given_name(ctx, seg, m) and m + 2 < len(seg):
        return m + 2  # عضو الفريق التنظيمي [بريك القرني] اكتمال…: a name the lexicon lacks, and its family nisba
    if not is_given_name(w) or w in ("علي", "باسم") or content_noun(ctx, w) or derived_masdar_shape(w):
        return m
    end = _name_end(ctx, seg, m)
    # (the name ends before a verbal noun or a ب/ل-phrase: ليو تيونغ لاي [إرسال] فريق…)
    end = next((k for k in range(m + 1, end) if seg[k].text.startswith(("بال", "لل"))
                or object_noun(ctx, seg[k].text) or derived_masdar_shape(seg[k].text) or _ifal_shape(seg[k].text)), end)
    if end < len(seg) - 1 and end - m >= 2 and not seg[end - 1].text.startswith("ال") \
            and not time_adverb_length(seg, end) and _family_name_word(ctx, seg[end].text):
        end += 1  # (the family name with the article closes it: محمد سالم [الغبان])
    return end if end - m >= 2 and end < len(seg) and seg[end].text not in QUOTES else m


def _family_name_word(ctx: Context, w: str) -> bool:
    """A definite word after a given name and a second name that is their family name (الغبان،
    العقيل), not the object (a noun of content, a verbal noun, a body, a group or a role)."""
    b = strip_article(w)
    return w.startswith("ال") and len(b) > 2 and w.isalpha() and not content_noun(ctx, w) \
        and not derived_masdar_shape(b) and not _ifal_shape(b) and b not in ctx.v.title and b not in ctx.v.org \
        and b not in ctx.v.group and b not in ctx.v.doc and w not in ctx.v.place and not nisba_adjective(w)


#: relatives whose genitive is the person a name after them belongs to (ابنة المعلمة هدى…)
_RELATIVES = frozenset({"شقيق", "شقيقة", "اخو", "اخت", "والد", "والدة", "زوج", "زوجة", "ابن", "ابنة", "نجل", "نجلة",
                        "ارملة", "حفيد", "حفيدة", "عم", "خال", "عمة", "خالة"})


def _ifal_shape(w: str) -> bool:
    """A verbal noun of the form إفعال (إرسال، إعلان، إنشاء) that no given name of the shape is
    (إيهاب، إسلام are names)."""
    return len(w) == 5 and w[0] == "ا" and w[3] == "ا" and not is_given_name(w)


def _after_name(ctx: Context, seg: list[Tok], i: int) -> _Split | None:
    """A name then the object: the words of a name seen before (ونفى خطاب وجود…), or a name
    closed by a word no name holds (ونفى أحمد زكي أي علاقة…، عدم…، جميع…)."""
    chain = []
    for t in seg:
        if t.text.startswith("ال") or t.text in QUOTES or len(chain) >= 4 or t.text in NOT_IN_NAME:
            break
        if chain and strip_pronoun(t.text) != t.text and (content_noun(ctx, t.text) or (
                possessed_masdar_shape(strip_pronoun(t.text)) and _name_chain(ctx, chain))):
            return chain, i + 1 + len(chain)  # وجدد بنيامين نتنياهو تحذيره من…: his noun of content
        chain.append(t)
    known = 0
    while known < min(len(chain), 3) and chain[known].text in ctx.known:
        known += 1
    while known and is_name_particle(chain[known - 1].text):
        known -= 1  # (ولفت أبا الخيل إلى…: a particle joins the word after it, it ends no name)
    if known and known < len(seg):
        return chain[:known], i + 1 + known
    if chain and len(chain) < len(seg) and seg[len(chain)].text in NOT_IN_NAME \
            and (chain[0].text in ctx.v.given or chain[0].text in ctx.known):
        return chain, i + 1 + len(chain)
    return None


_BODY_NAME_MAX = 2  # the most bare words of a body's own name (جامعة نجران، شركة سابك، هيئة أبوظبي)


def _after_body_name(ctx: Context, seg: list[Tok], i: int) -> _Split | None:
    """A body's indefinite head, its own bare name and adjectives, then the object — a verbal noun
    or a noun of content (أعلنت جامعة نجران [تمديد] فترة التسجيل، نفت شركة سابك السعودية [وجود]…):
    the head is in construct with the name, and a verbal noun is no name (the verb's content)."""
    if seg[0].text not in ctx.v.org or len(seg) < 3:
        return None
    m = 1
    while m < len(seg) and m <= _BODY_NAME_MAX and _bare_proper_word(ctx, seg[m].text):
        m += 1
    if m == 1:
        return None
    while m < len(seg) and seg[m].text.startswith("ال") and nisba_adjective(seg[m].text):
        m += 1  # (شركة أرامكو السعودية)
    if m >= len(seg) or not _opens_content(ctx, seg[m].text):
        return None
    return seg[:m], i + 1 + m


def _opens_content(ctx: Context, w: str) -> bool:
    """A bare verbal noun or noun of content opening an object (تمديد، إطلاق، وجود، أهمية)."""
    return not w.startswith("ال") and (derived_masdar_shape(w) or _ifal_shape(w) or object_noun(ctx, w)
                                       or content_noun(ctx, w))


def _bare_proper_word(ctx: Context, w: str) -> bool:
    """Could ``w`` be a word of a body's own name written bare (نجران، سابك): a word, no function
    word, adverb, speaker word, verbal noun or noun of content."""
    return w.isalpha() and not w.startswith("ال") and w not in NOT_IN_NAME and w not in FUNCTION \
        and w not in PREPOSITIONS and not is_adverbial(ctx, w) and not speaker_word(ctx, w) \
        and not _opens_content(ctx, w) and strip_pronoun(w) == w


def _name_chain(ctx: Context, chain: list[Tok]) -> bool:
    """Can the words before a verbal noun with its pronoun be the subject's name: words only, no
    preposition or adverbial (أعلن [خلال] زيارته…، ينفي اتهامات [عن] تآمره: no subject)?"""
    return all(t.text.isalpha() and t.text not in PREPOSITIONS and t.text not in FUNCTION for t in chain) \
        and not is_adverbial(ctx, chain[0].text)


def subject_before_object(ctx: Context, words: list[Tok]) -> list[Tok]:
    """The subject in ``words`` when the verb's object follows it before بأن (وصف X Y بأنه…): the
    last definite noun and its nisba adjectives are the object, after a definite word or a name
    (ووصف الوزير الخطة بأنها…، ووصفت رزان صالح الفعاليات بأنها…); else ``words`` is the subject."""
    m = len(words)
    while m > 2 and words[m - 1].text.startswith("ال") and words[m - 1].text.endswith(_NISBA) \
            and words[m - 2].text.startswith("ال"):
        m -= 1  # (an adjective agrees with a definite noun before it; الفعاليات after a name is a noun)
    h = m - 1
    if h >= 1 and _afal_adjective(words[h].text) and words[h - 1].text.startswith("ال"):
        return words  # ووصف البيت الأبيض…: an adjective of the أفعل shape, no object
    if h < 1 or not words[h].text.startswith("ال") or words[h].text in ctx.known \
            or (words[h].text.endswith(_NISBA) and words[h - 1].text.startswith("ال")):
        return words
    head = words[:h]
    after_definite = head[-1].text.startswith("ال")
    # (a bare title before it takes it as its genitive: ووصف وزير [الأوقاف] المصري هؤلاء…)
    after_name = all(not t.text.startswith("ال") for t in head) and (is_given_name(head[0].text)
                                                                     or head[0].text in ctx.known) \
        and not (len(head) == 1 and head[0].text in ctx.v.title)
    return head if after_definite or after_name else words


def _afal_adjective(w: str) -> bool:
    """A definite adjective of the أفعل shape (الأبيض، الأحمر، الأعلى، الأكبر; not الأزمة، الإطار)."""
    b = strip_article(w)
    return w.startswith("ال") and len(b) == 4 and b[0] == "ا" and b[2] != "ا" and b[3] not in "ةا"
