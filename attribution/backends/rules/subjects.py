"""Subjects: who speaks, after the verb (VSO), before it (SVO), fronted, relayed, or implied.

- after: ``وقال نائب وزير الخارجية، أوليغ سيرومولوتوف، في تصريح، إن…`` → role and name;
- before: ``الوزارة أكدت أن…``، ``وكانت لجنة الانتخابات، أكدت…``;
- fronted: ``أما النائب حمد العازمي فقد دعا…``;
- relayed: ``نقلت وكالة "تاس" عن الرئيس بوتين قوله…`` → Putin (the agency relays);
- the antecedent of الذي: ``…رئيس اللجنة فهد القحيز الذي أكد أن…``;
- the main clause's subject: ``وافتتح الوزير المعرض، مؤكدا أن…``;
- a pronoun: ``لكنه أوضح``، ``إنها أعلنت``.
"""
from __future__ import annotations

from attribution.backends.rules.asides import anonymity_aside
from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.noun_phrase import (
    DEMONSTRATIVES, SAME_DETERMINERS, addressee_prefix, possessed_listener, apposition_at, family_particle, looks_nominal, np_end, opens_name, people_word, plausible_speaker,
    dash_after_role, unlisted_given_name, without_trailing_adverb,
)
from attribution.backends.rules.words import (
    content_noun, is_adverbial, is_complementizer, nisba_adjective, speaker_word, speech_pronoun, titled_head,
)
from attribution.lexicon.closed import (
    IN_IT, THROUGH_IT, BEFORE_ANNA, BUT, CHIEF, HOWEVER, CLOSE, COMMA, COUNTS, DASHES, DESPITE, EMPHATIC_SELF, FUNCTION, GROUP_SIZES, IN_ONES_NAME, KAN, NAMING, NEGATION, NOUN_COMP, OPEN,
    PARENTHETICAL, PARTITIVES, PREPOSITIONS, QUANTIFIERS, QUOTES,
    RADICAL_WAW, RESUMPTIVE, STATEMENT_NOUNS, STOP_PUNCT,
)
from attribution.lexicon.cues import VerbForm
from attribution.lexicon.names import family_name_shape, is_given_name
from attribution.records import Span
from attribution.speakers.mention import analyse_mention
from attribution.text.morph import NISBA_ENDINGS, adjective_like, strip_article, strip_pronoun, tafil_shape

# words that close a subject but are not part of it: وقال الوزير نفسه، وكانت الوزارة قد
_SUBJECT_TAIL = frozenset({"قد", "و", "نفسه", "نفسها", "ذاته", "ذاتها", "انفسهم"})
_AMMA = frozenset({"اما", "واما"})
_INDEPENDENT = frozenset({"هو", "هي", "هم", "هما", "هن"})  # independent pronouns
_QAD = frozenset({"قد", "وقد", "فقد"})
# after these أن the subject comes before the verb: خاصة أن شارون يعلن
_SVO_COMPLEMENTIZERS = frozenset({"ان", "بان", "وان", "لان"})
_CLAUSE_START = frozenset({"و", "ف", "ثم", "بل", "لكن", "ولكن", "لكنه", ":", "-", "–"})
_SUBJECT_MAX = 9  # the most words of a subject before its verb
_RELATIVE_CLAUSE_MAX = 14  # the most words from a subject's relative to its verb
_SUBJECT_AFTER_COMP = 6  # … and of one with its affiliation after أن (مندوبا رفيعا في "أوبك")
_AFFILIATION = frozenset({"في", "من", "لدي", "داخل"})
_KAN_SUBJECT_MAX = 22  # …between كان and its verb, which bracket it
_RELATIVE_REACH = 30  # the most words from a relative pronoun to a verb joined to its clause
_DESCRIBED_REACH = 14  # the most words from indefinite words to the verb that describes them
_PRONOUN_HOSTS = ("ولكن", "لكن", "ان", "وان", "بان", "فان")
_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})
_ADVERBIAL_PREPOSITIONS = frozenset({"من", "في", "خلال", "عقب", "بعد", "قبل", "اثناء", "وفي", "ومن"})
_ADVERBIAL_NOUNS = frozenset({"المقابل", "السياق", "الصدد", "الاطار", "الوقت", "الشان", "الاثناء", "الختام", "النهاية",
                              "البداية", "المناسبة", "الجانب"})
_ADVERBIAL_WORDS = frozenset({"بدوره", "بدورها", "بدورهم", "ايضا", "كذلك", "حينها", "بدوره", "وقتها", "بدورهما"})
_COMPOUND_FIRST = frozenset({"عبد", "ابو"})  # عبد الرحمن، أبو بكر: one given name, not a nasab
_SAME = frozenset({"نفسه", "ذاته", "نفسها", "ذاتها", "ايضا"})
# an indefinite side or topic and "other / related" (من جهة أخرى، في سياق متصل، في موضوع آخر)
_TOPIC_NOUNS = frozenset({"جانب", "جهة", "جهه", "ناحية", "ناحيه", "سياق", "موضوع", "صعيد", "شان"})
_OTHER_TOPIC = frozenset({"اخر", "اخري", "ثان", "ثاني", "ثانية", "ثانيه", "متصل", "منفصل", "مختلف", "مواز", "اخير"})


def _saying_imperfect(ctx: Context, w: str) -> bool:
    """Is ``w`` a bare imperfect of a reporting verb (يقول، تقول، يضيف)?"""
    form = ctx.verb_forms.get(w)
    return form is not None and form.aspect == "imperfect" and not form.clitic


def subject_after(ctx: Context, mid: list[Tok], informs: bool = True, takes_object: bool = True) -> list[Tok] | None:
    """The subject in the tokens between a verb and its content, without the adverbials.

    ``نائب وزير الخارجية الروسية ، أوليغ سيرومولوتوف ، في تصريح صحفي ، اليوم ،`` →
    subject = the first two segments (role, name); the rest are adverbials.  ``informs``: the
    verb informs someone (أبلغ), so a quoted name right after it may be the outlet addressed;
    ``takes_object``: its frame has an object or addressee before the content (see _accusative_plural)."""
    if mid and _saying_imperfect(ctx, mid[0].text):
        return None  # وتابع يقول «…»، ومضى يقول: "went on saying", the imperfect is no subject
    if len(mid) > 1 and mid[0].text in _INDEPENDENT and mid[1].text in _SUBJECT_TAIL:
        return mid[:1]  # يعلن هو نفسه أنها…: an emphasised pronoun subject
    if mid and mid[0].text in DASHES:  # وقالت -نقلا عن مصادر خاصة- إن…، ويقول - أيده الله -: no subject
        close = next((k for k in range(1, len(mid)) if mid[k].text in DASHES), None)
        return subject_after(ctx, mid[close + 1:]) if close is not None else None
    if informs and len(mid) > 3 and mid[0].text in QUOTES and mid[2].text in QUOTES and speaker_word(ctx, mid[3].text):
        # وأبلغ "الوطن" وكيل المعتقلين…: the outlet addressed, then the subject (after another verb
        # the quoted name is the subject, the object follows: وطالب «بلو» الهيئة بالتحقيق)
        mid = mid[3:]
    if mid and mid[0].text == "(":
        close = _bracketed_subject(ctx, mid)
        # قال (في دبلوماسية): «…»، يقول (إن الاتفاق…): an aside or the words in brackets; يزعم (عبدالله) أن…: the name
        return mid[1:close] if close else None
    if mid and mid[0].text.isdigit():
        return _partitive_number(ctx, mid)  # واعترف 40% من الآباء…، وصف 43 في المائة من المطورين…
    relative = ctx.v.relative
    subject: list[Tok] = []
    roles = 0  # role appositions taken so far
    for seg in _comma_segments(mid):
        if not seg:
            continue
        first = seg[0].text
        if first in relative or (first[:1] in "وف" and first[1:] in relative) \
                or (first in ctx.acc_first and _according_aside(ctx, seg)) or anonymity_aside(seg, 0) is not None:
            if subject:
                break  # a relative clause or an according-to aside after the name closes the subject
            continue
        if len(seg) > 1 and not subject and (first in DEMONSTRATIVES
                                             or first in SAME_DETERMINERS and seg[1].text.startswith("ال")):
            seg = seg[1:]  # أوضح ذلك مدير عام الفرع; وأضافت ذات المصادر (= المصادر ذاتها, whose ذاتها is dropped too)
        if not subject:
            seg = _after_addressee(ctx, _after_adverbial(ctx, seg))
            if seg and content_noun(ctx, seg[0].text) and not speaker_word(ctx, seg[0].text):
                return None  # وأكد حرص سموه على…: a noun of content is the object, the subject is dropped
            if seg and seg[0].text in _ATTENTION:
                return None  # ويلفت الانتباه إلى أن…، لفت النظر إلى…: "draws attention", the object
            if seg and speech_pronoun(ctx, seg[0].text) is not None:
                return None  # وتابع قوله: «…»، وواصل حديثه: his own words are the object, he is dropped
            if seg and (_governed_by_preposition(ctx, seg) or takes_object and _accusative_plural(seg)):
                return None  # تقول للمسؤول:، أكد للمسؤولين…: the listener; ووصف المعارضين بأنهم: the object; no subject
            part = quantified_group(ctx, seg) if seg and (seg[0].text in _ALL or not np_end(ctx, seg)) else None
            if part is not None:
                # وأكد بعض المتبرعين لـ«الوطن» أنهم…، ذكرت بعض التقارير أن…: بعض, a function word,
                # opens no noun phrase of its own; the group after it (its affiliation too) is the subject
                more = np_end(ctx, seg[1:]) + 1 if len(part) < len(seg) and seg[len(part)].text in _AFFILIATION else 0
                subject = seg[:max(len(part), min(more, len(part) + 3))]
                break
        cut = np_end(ctx, seg)
        cut = next((k for k in range(1, cut) if anonymity_aside(seg, k) is not None), cut)  # «مسؤول طلب عدم ذكر اسمه»
        np_ = (_quoted_name(ctx, seg) if subject else []) or seg[:cut]  # (…، "العقيد محمد العاصمي"، مشيرا: the name)
        if not np_:
            if subject:
                break
            continue
        if subject:
            if _is_apposition(ctx, np_) and (not roles or _named_phrase(ctx, np_)) and not _how_often(seg):
                subject = subject + np_
                if not roles and cut == len(seg) and not _named_phrase(ctx, np_):
                    roles = 1
                    continue  # وزير الثقافة، ممثل الحزب، عمر تشيليك، أن…: a second role, then the name
            break
        # (a name between dashes after the role is the mention: المتحدث الرسمي - فهد السالم - إن…)
        subject = _dashed_name(ctx, seg, cut) or np_ + _description_tail(ctx, seg, cut)
        if cut < len(seg):
            break
    # a relative joined by و closes the subject, its clause no part of it (وكشفت التحقيقات والتي أجرتها…)
    subject = next((subject[:m] for m in range(1, len(subject)) if subject[m].text[:1] == "و"
                    and subject[m].text[1:] in relative), subject)
    while subject and subject[-1].text in _SUBJECT_TAIL:
        subject = subject[:-1]
    return without_trailing_adverb(ctx, _without_quoted_listener(ctx, subject) if informs else subject) or None


def _without_quoted_listener(ctx: Context, subject: list[Tok]) -> list[Tok]:
    """A verb that informs someone names the outlet told in quotes after the speaker's name:
    وأبلغ المسؤول أحمد العنزي "الوطن" أن… → the subject ends at the name (not a body's quoted
    name, رئيس جمعية «كفى»: the word before the quote is a person's, not a body's head)."""
    q = next((k for k in range(2, len(subject) - 1) if subject[k].text in QUOTES), None)
    if q is None or subject[-1].text not in QUOTES or len(subject) - q > 5:
        return subject
    before = subject[q - 1].text
    if speaker_word(ctx, before) or not any(is_given_name(t.text) for t in subject[:q - 1]):
        return subject
    return subject[:q]



def _accusative_plural(seg: list[Tok]) -> bool:
    """Is ``seg`` one definite sound masculine plural of a participle or nisba in its accusative/
    genitive -ين (المعارضين، المسؤولين، السعوديين)?  Alone after the verb it is the object, the subject
    being nominative -ون (not الحسين، البحرين: short, or no participle's or nisba's shape).  Only a
    verb whose frame takes an object reads it so: ويرى المؤيدين أن…, a verb of belief has none before
    أن, and the -ين plural is its (ill-cased) subject."""
    w = seg[0].text
    b = w[2:]
    return len(seg) == 1 and w.startswith("ال") and w.endswith("ين") and len(b) >= 6 and (b.startswith("م") or b.endswith("يين")) \
        and not is_given_name(b)


#: the object of لفت "to draw (attention)" right after it, never its subject
_ATTENTION = frozenset({"الانتباه", "النظر", "الانظار", "انتباه", "نظر"})

_BRACKETED_MAX = 4  # the most words of a name in brackets after the verb: قال (خالد) إن…
_PERCENT = frozenset({"%", "٪", "المائة", "المئة", "بالمائة", "بالمئة", "فقط"})


def _bracketed_subject(ctx: Context, mid: list[Tok]) -> int:
    """Where the bracket opening ``mid`` closes when it holds a name (يزعم (عبدالله) أن…), else 0.
    Words, an aside or a verse in brackets are no subject: قال (طوبى لمن قتلهم)، قال (في دبلوماسية)."""
    close = next((k for k in range(1, min(len(mid), _BRACKETED_MAX + 2)) if mid[k].text == ")"), None)
    if close is None or close == 1:
        return 0
    inside = mid[1:close]
    first = inside[0].text
    named = speaker_word(ctx, first) or first in ctx.known or is_given_name(first) or first in ctx.v.honorific \
        or _family_like(first) or (len(inside) <= 2 and not first.startswith("ال"))
    aside = first in PREPOSITIONS or first in FUNCTION or is_complementizer(first) or first in NOUN_COMP \
        or ctx.verb_forms.get(first) is not None or is_adverbial(ctx, first) \
        or any(not t.text.isalpha() for t in inside)  # (طالب (24 عاما): an age)
    return close if named and not aside and plausible_speaker(ctx, inside) else 0


def _partitive_number(ctx: Context, mid: list[Tok]) -> list[Tok] | None:
    """A number as the subject: a share of a group (واعترف 40% من الآباء المشاركين…، وصف 43 في
    المائة فقط من مطوري التطبيقات…) or counted people (دعا 35 شابا…); never the bare number."""
    k = 1
    while k < len(mid) and (mid[k].text in _PERCENT or mid[k].text == "في" and k + 1 < len(mid)
                            and mid[k + 1].text in _PERCENT):
        k += 1
    if k < len(mid) and mid[k].text == "من" and k > 1:
        group = mid[k + 1:]
        end = np_end(ctx, group)
        return mid[:k + 1 + end] if end and looks_nominal(ctx, group[:end]) else None
    if k == 1 and len(mid) > 1 and mid[1].text.isalpha() and (speaker_word(ctx, mid[1].text) or (
            mid[1].text.endswith("ا") and mid[1].text not in FUNCTION and not is_adverbial(ctx, mid[1].text))):
        return mid[:1 + np_end(ctx, mid[1:])]  # دعا 35 شابا، قال 3 مسؤولين
    return None


def _governed_by_preposition(ctx: Context, seg: list[Tok]) -> bool:
    """Does ``seg`` open with the proclitic ب/ل of a preposition (للمسؤول، بالنص، لوزير الخارجية)?
    A subject never does: a ل-word right after the verb is its listener (not لامين دياك: a name)."""
    w = seg[0].text
    if w.startswith(("لل", "بال")):
        return True
    skip = _addressee_end(ctx, seg) if w[:1] == "ل" else 0
    if 0 < skip < len(seg) and (seg[skip].text in PREPOSITIONS or is_adverbial(ctx, seg[skip].text)):
        # قال لبرنامج «واجه الصحافة» على قناة…، لتلفزيون رويترز عن…: the medium addressed, then an
        # adverbial: no subject (not لـ«الاقتصادية» برتران بزانسنو: the subject follows)
        return True
    if w[:1] == "ل" and len(w) > 3 and w[1] != "ا" and not is_given_name(w) and (is_given_name(w[1:]) or w[1:] in ctx.known):
        return True  # وقال لجابر: «…»: ل + a name is the one told (not لينا، لجين: names of their own)
    if possessed_listener(ctx.v, w) and not is_given_name(w) and w not in ctx.known \
            and not speaker_word(ctx, strip_pronoun(w)) and not _ownable_speaker(ctx, strip_pronoun(w)):
        return True  # وقال لابنه: «…»، قال لزملائه إن…: ل + a noun with its pronoun is the one told
        # (not a word of its own that opens with ل: وقال لاعبوه، قالت لاعبته)
    return w[:1] in "بل" and len(w) > 3 and speaker_word(ctx, w[1:]) and not is_given_name(w) \
        and (len(seg) == 1 or seg[1].text.startswith("ال"))


def _ownable_speaker(ctx: Context, w: str) -> bool:
    """Is ``w``, its pronoun gone, a speaker word in the nominative plural or the feminine (لاعبو،
    لاعبت → لاعب)? (Not لاعبي-: the accusative, أعلم لاعبيه بأن…, the object.)"""
    stem = w[:-1] if w.endswith(("و", "ت")) else w
    return speaker_word(ctx, stem) or speaker_word(ctx, stem + "ة")


def _according_aside(ctx: Context, seg: list[Tok]) -> bool:
    """Does ``seg`` open with an according-to phrase (أوضح الوزير، حسبما ذكرت الصحيفة، أن…)?"""
    from attribution.backends.rules.cues import match_according  # (cues reads quotes, which reads subjects)
    return match_according(ctx, seg, 0) is not None


def _description_tail(ctx: Context, seg: list[Tok], cut: int) -> list[Tok]:
    """What an unnamed description keeps after its noun phrase: a restrictive relative after a
    partitive (أحد السياسيين الذين حضروا الحفل), or the name it is given (ساكن آخر يدعى سيرجي)."""
    rest = seg[cut:]
    if not rest:
        return []
    k = 0
    if rest[0].text in ("في", "من") and len(rest) > 2 and _names(rest[2].text):
        k = 2  # ساكن آخر في موسكو يدعى سيرجي
    if _names(rest[k].text) and k + 1 < len(rest) and _name_like(ctx, rest[k + 1].text):
        end = k + 2
        while end < len(rest) and end < k + 4 and (_name_like(ctx, rest[end].text) or _family_like(rest[end].text)):
            end += 1
        return rest[:end]
    if _partitive_head(seg) and rest[0].text in _DESCRIBING_RELATIVES:
        end = 1
        while end < len(rest) and end <= 6 and not (is_complementizer(rest[end].text) or rest[end].text in QUOTES
                                                    or addressee_prefix(ctx, rest[end:])):
            end += 1
        return rest[:end]
    return []


# a restrictive relative after "one of / some of" a group belongs to the description: أحد
# الشخصيات [التي كانت مقربة من الرئيس]، بعض المسؤولين [الذين حضروا]، إحدى الموظفات [اللواتي…]
_DESCRIBING_RELATIVES = frozenset({"الذين", "اللواتي", "اللاتي", "التي", "الذي"})
_ONE_OR_SOME = frozenset({"احد", "احدي", "بعض", "غالبية", "معظم", "اغلب", "كثير"})
_ALL = frozenset({"كل", "جميع", "كافة"})


def _partitive_head(seg: list[Tok]) -> bool:
    """Does ``seg`` open with a part of a group: أحد/بعض/معظم + a definite plural (أحد الشخصيات),
    or a word of quantity + من (عدد من الخبراء، مجموعة من الشبان; not مجموعة العمل: a body's name)?"""
    head = strip_article(seg[0].text)
    if len(seg) < 2 or head not in QUANTIFIERS:
        return False
    return seg[1].text == "من" or (head in _ONE_OR_SOME and seg[1].text.startswith("ال"))


def _named_phrase(ctx: Context, np_: list[Tok]) -> bool:
    """Does ``np_`` open with a person's name: a given name, an honorific or a name seen before?"""
    w = np_[0].text
    return is_given_name(w) or w in ctx.v.honorific or w in ctx.known


def _dashed_name(ctx: Context, seg: list[Tok], cut: int) -> list[Tok]:
    """The name between dashes right after a role (المتحدث الرسمي - فهد السالم - إن…); none when
    the dashes hold an aside (مسؤول - فضل عدم الكشف عن اسمه -)."""
    if 0 < cut < len(seg) and seg[cut].text not in DASHES:
        dash = dash_after_role(ctx, seg, cut)  # (المشرف العام على الحملة - خالد العمري -: the role's complements first)
        if dash is None:
            return []
        cut = dash
    if cut == 0 or cut >= len(seg):
        return []
    close = next((k for k in range(cut + 2, min(len(seg), cut + 6)) if seg[k].text == seg[cut].text), None)
    inside = seg[cut + 1:close] if close is not None else []
    if not inside or not _named_phrase(ctx, inside) or not looks_nominal(ctx, inside) \
            or np_end(ctx, inside) < len(inside) or not all(t.text.isalpha() for t in inside):
        return _name_after_dashes(ctx, seg, cut)
    return inside


_DASH_ASIDE_MAX = 12  # the most words of an aside between dashes after a role


def _name_after_dashes(ctx: Context, seg: list[Tok], cut: int) -> list[Tok]:
    """The name right after an aside between dashes that follows a role, when it closes the
    segment: المشرف العام على الحملة – التي تتبع لها الحافلة – خالد العمري، مشيرا… (the aside
    describes the role's body; the name after it is the role's holder)."""
    close = next((k for k in range(cut + 2, min(len(seg), cut + 2 + _DASH_ASIDE_MAX)) if seg[k].text in DASHES), None)
    if close is None:
        return []
    name = seg[close + 1:]
    if not name or not _named_phrase(ctx, name) or np_end(ctx, name) < len(name) or len(name) > _TITLED_NAME_MAX \
            or not all(t.text.isalpha() for t in name) or not plausible_speaker(ctx, name):
        return []
    return name


def _quoted_after(ctx: Context, toks: list[Tok], comma: int, i: int) -> list[Tok]:
    """The quoted titled name (:func:`_quoted_name`) between the comma at ``comma`` and the next one before ``i``."""
    if comma >= i or toks[comma].text not in COMMA:
        return []
    close = next((m for m in range(comma + 1, min(i, comma + 3 + _APPOSITION_MAX)) if toks[m].text in COMMA), None)
    return _quoted_name(ctx, toks[comma + 1:close]) if close is not None else []


def _quoted_name(ctx: Context, seg: list[Tok]) -> list[Tok]:
    """The titled name a comma segment holds in quotes, as news copy sets an apposition off:
    المتحدث الرسمي للدفاع المدني، "العقيد محمد العاصمي"، مشيرا… → العقيد محمد العاصمي."""
    if len(seg) < 4 or seg[0].text not in OPEN or seg[-1].text not in CLOSE:
        return []
    inside = seg[1:-1]
    first = inside[0].text
    if not (first in ctx.v.honorific or is_given_name(first)) or not all(t.text.isalpha() for t in inside) \
            or np_end(ctx, inside) < len(inside) or not plausible_speaker(ctx, inside):
        return []
    return inside


def _names(w: str) -> bool:
    """يدعى، تدعى، ويدعى، واسمه: "(and he is) named"."""
    return w in NAMING or (w[:1] == "و" and w[1:] in NAMING)


def _family_like(w: str) -> bool:
    """A family name after the given name: a nisba with the article (سالم الحربي، منى العتيبي)."""
    return w.startswith("ال") and len(w) >= 5 and w.isalpha() and w[-1] == "ي"


def _name_like(ctx: Context, w: str) -> bool:
    """A word a given name may be made of: no article, no complementizer, no speaker word."""
    return w.isalpha() and not w.startswith("ال") and not is_complementizer(w) and not speaker_word(ctx, w) \
        and w not in FUNCTION and w not in PARENTHETICAL and not is_adverbial(ctx, w)


def _comma_segments(mid: list[Tok]) -> list[list[Tok]]:
    """``mid`` cut at its commas, except commas inside quotes."""
    segs: list[list[Tok]] = [[]]
    depth = 0
    for t in mid:
        if t.text in QUOTES:
            depth = 1 - depth if t.text == '"' else depth + (1 if t.text in OPEN else -1)
        if t.text in COMMA and depth <= 0:
            segs.append([])
        else:
            segs[-1].append(t)
    return segs


def _after_addressee(ctx: Context, seg: list[Tok]) -> list[Tok]:
    """وقال لـ"الاقتصادية" الدكتور…، وقال لنا الوزير…: the addressee comes before the subject
    (not "أوضحت لوكالة فرانس برس": the agency's name)."""
    skip = _addressee_end(ctx, seg)
    if skip and skip < len(seg) and np_end(ctx, seg[skip:]) > 0 and (
            speaker_word(ctx, seg[skip].text) or is_given_name(seg[skip].text) or seg[skip].text in ctx.known
            or strip_article(seg[skip].text) in ctx.v.honorific_bare):  # (لـ«الاقتصادية» عبدالله الهجرس)
        return seg[skip:]
    if skip and _bare_name_run(ctx, seg[skip:]):
        return seg[skip:]  # (وقال لـ"الاقتصادية" برتران بزانسنو، السفير…: a foreign name the lexicon lacks)
    return seg


def _bare_name_run(ctx: Context, words: list[Tok]) -> bool:
    """Are ``words`` (the whole segment up to a comma) two to four bare words that can only be a
    name: no article, no preposition or function word, no verb, no noun of content or adverb?"""
    return 2 <= len(words) <= 4 and all(
        t.text.isalpha() and not t.text.startswith(("ال", "لل", "بال")) and t.text not in FUNCTION
        and t.text not in PREPOSITIONS and ctx.verb_forms.get(t.text) is None and not content_noun(ctx, t.text)
        and not is_adverbial(ctx, t.text) for t in words)


def _addressee_end(ctx: Context, seg: list[Tok]) -> int:
    """How many tokens of an addressee open ``seg`` (:func:`.noun_phrase.addressee_prefix`), an
    indefinite medium with its genitive, the medium's name: لتلفزيون رويترز، لقناة العربية."""
    skip = addressee_prefix(ctx, seg)
    w = seg[0].text if seg else ""
    if skip == 1 and len(seg) > 1 and w[:1] == "ل" and w[1:] in ctx.v.media and seg[1].text.isalpha():
        return 2
    return skip


def _after_adverbial(ctx: Context, seg: list[Tok]) -> list[Tok]:
    """وبيّن من جهته محمود الفالح…، وقال في المقابل الوزير…، وأكد كل من الوزير والسفير…: an
    adverbial (or "each of") before the subject is no part of it."""
    k = adverbial_length(ctx, seg)
    if k == 1 and len(seg) > 1 and seg[0].text in RESUMPTIVE and np_end(ctx, seg[1:]):
        return seg[1:]  # الذي شدد فيه المستهلكون: after the relative's pronoun comes the subject
    if k and k < len(seg) and _opens_subject(ctx, seg[k].text) \
            and not (seg[k].text.startswith("ال") and _adjective(ctx, strip_article(seg[k].text))):
        return seg[k:]  # (not حرصها الكبير: an adjective of the adverbial's noun)
    if len(seg) > 2 and seg[0].text == "كل" and seg[1].text == "من":
        return seg[2:]  # كل من X وY: a group speaker whose first conjunct is named first
    return seg


def _adjective(ctx: Context, w: str) -> bool:
    """An adjective, not a role (كبير، رسمي; not مدير، مسؤول)."""
    return w in CHIEF or (adjective_like(w) and not speaker_word(ctx, w))


def adverbial_length(ctx: Context, seg: list[Tok]) -> int:
    """How many tokens of adverbials open ``seg``: من جهته، في المقابل، في هذا الصدد، بدوره، أيضا."""
    k = 0
    v = ctx.v
    while k < len(seg) and k < 5:
        w = seg[k].text
        nxt = seg[k + 1].text if k + 1 < len(seg) else ""
        if w in _ADVERBIAL_PREPOSITIONS and nxt:
            if strip_pronoun(nxt) != nxt and strip_pronoun(nxt) not in v.speakerish:
                k += 2  # من جهته، من جانبها، في حديثه
            elif nxt in DEMONSTRATIVES and k + 2 < len(seg):
                k += 3  # في هذا الصدد
            elif nxt.startswith("ال") and (strip_article(nxt) in v.event or nxt in _ADVERBIAL_NOUNS):
                k += 2  # في المقابل، في السياق
            elif nxt in _TOPIC_NOUNS and k + 2 < len(seg) and seg[k + 2].text in _OTHER_TOPIC:
                k += 3  # من جانب آخر، ومن جهة أخرى، وفي سياق متصل: "on another note"
            else:
                break
            while k < len(seg) and (seg[k].text in _SAME or nisba_adjective(seg[k].text) and seg[k].text.startswith("ال")
                                    and len(seg[k].text) > 4):
                k += 1  # في السياق نفسه، خلال المؤتمر الصحفي (not من جانبه ألقى: a verb, القي)
        elif (w in v.adverbial or w in _ADVERBIAL_WORDS or w in RESUMPTIVE) and w not in _ADVERBIAL_PREPOSITIONS \
                and w not in NOUN_COMP and not speaker_word(ctx, w):
            k += 1  # بدوره، أيضا، حينها، اليوم; فيه in الوقت الذي شدد فيه المستهلكون (not إمام: a title)
        else:
            break
    return k


def _opens_subject(ctx: Context, w: str) -> bool:
    """Can a subject start with ``w``: a speaker word, an honorific, a given name or a known name?"""
    if w[:1] == "و" and not (speaker_word(ctx, w) or is_given_name(w) or w in ctx.known):
        return False  # وخطيب المسجد: a second conjunct, not a subject's start (وزارة، وليد: its own و)
    return speaker_word(ctx, w) or w in ctx.v.honorific or w in ctx.known or is_given_name(w) \
        or w in ctx.v.honorific_pronoun


# how often it was said, between commas after the subject: أكثر من مرة، مرة أخرى، مرارا، غير مرة
_HOW_OFTEN = frozenset({"مرة", "مره", "مرارا", "تكرارا", "مجددا", "غير", "اكثر", "اقل"})
_AGAIN = frozenset({"اخري", "ثانية", "ثانيه", "جديدة", "جديده", "مرة", "مره", "من"})


def _how_often(np_: list[Tok]) -> bool:
    """An adverbial of frequency: أكد العبد اللات، [أكثر من مرة]، أن…، قال الوزير، [مرة أخرى]، إن…"""
    w = np_[0].text
    if w not in _HOW_OFTEN:
        return False
    return w in ("مرارا", "تكرارا", "مجددا") or (len(np_) > 1 and np_[1].text in _AGAIN)


_NAMED_APPOSITION_MAX = 12  # the most words of a name and his role in apposition


def _is_apposition(ctx: Context, np_: list[Tok]) -> bool:
    """A name or a role right after the subject, not a participle modifier (البيان الختامي، الصادر مساء اليوم، أن…)."""
    f0 = np_[0].text
    if content_noun(ctx, f0):
        return False  # وأكد أسامة البار، حرص الجهات على…: the object after a comma, a verbal noun
    # (a name with his role may run past eight words: «الدكتور عبدالرحمن بن رجاء الله السلمي عضو مجلس النادي»)
    nominal = looks_nominal(ctx, np_) or _named_phrase(ctx, np_) and len(np_) <= _NAMED_APPOSITION_MAX \
        and looks_nominal(ctx, np_, _NAMED_APPOSITION_MAX)
    return nominal and (not f0.startswith("ال") or speaker_word(ctx, f0) or strip_article(f0) in ctx.v.honorific_bare)


def subject_before(ctx: Context, sent: Sentence, i: int) -> list[Tok] | None:
    """SVO: ``وكانت لجنة الاستخبارات، أكدت …``, ``الوزارة أكدت …``, ``غير أن رئيستها كيلي أوضحت …``.

    The noun phrase between the previous clause boundary (sentence start, كان, أن, a comma
    before it) and the verb, when it names a speaker; without the و/ف written on it
    (فالحكومة تؤكد → الحكومة).
    """
    np_ = _subject_before(ctx, sent, i)
    if np_ and np_[0].text[:1] in "وف" and np_[0].text[1:3] == "ال" \
            and (speaker_word(ctx, np_[0].text[1:]) or _stipulates(ctx, sent.toks[i].text)):
        return _without_conjunction(np_)
    return np_


def _stipulates(ctx: Context, w: str) -> bool:
    """Is ``w`` a form of «نص» "stipulate", whose subject can only be a text (القانون ينص على…)?"""
    form = ctx.verb_forms.get(w)
    return form is not None and form.meaning == "stipulate"


def _subject_before(ctx: Context, sent: Sentence, i: int) -> list[Tok] | None:
    toks = sent.toks
    form = ctx.verb_forms.get(toks[i].text)
    if form is not None and form.clitic[:1] in ("و", "ف"):
        return None  # وقالت، فأكد: a new clause, its subject follows or is dropped
    if i and toks[i - 1].text in ("كما", "وكما", "ثم"):
        return None  # …، كما لفت إلى أن…: كما opens the clause, its subject follows or is dropped
    j = _aside_opening(ctx, toks, i)  # (the subject before an aside: إلا أن مصادر - فضلت عدم… - أشارت)
    c = _commaed_relative(ctx, toks, i)  # (…هيرميس، التي تدير أصولا…، يقول: the name before the relative's comma)
    named = _name_before_role(ctx, toks, i) or (c is not None and _name_before_role(ctx, toks, c + 1)) \
        or _after_connective(ctx, toks, i, j)
    if named is not None:
        return named
    found = _preverbal_np(ctx, toks, j)
    if found is None:
        return _long_kan_subject(ctx, toks, i)
    np_, after_kan, after_comp = found
    if np_ and strip_article(np_[0].text) in ctx.v.speech and looks_nominal(ctx, np_):
        return speech_owner(ctx, np_)  # وجاءت تصريحات لمسؤول حكومي ألماني تفيد بأن…
    group = _preverbal_group(ctx, np_, form)
    if group is not None:
        return group  # بعض المحللين اعتبروا…، فإن بعض ضحايا الهجمات أعربوا…
    if np_ and (after_kan or np_[0] is toks[0] or after_comp and _after_connective_anna(toks, np_[0])
                or _after_but(toks, np_[0])) \
            and (described := _relative_head(ctx, sent, np_, form)) is not None:
        # وكان وزراء التجارة الذين يناقشون الاتفاقية قالوا…: the head, past its clause (not after a
        # claim's أن: قالت إن الشخص الذي اعتقل اعترف… is a word of the claim)
        return described
    if not np_ or not looks_nominal(ctx, np_):
        return None
    if _name_and_apposition(ctx, np_):
        return np_  # محمد بن صالح الحفيتي أحد أشهر الدلالين أكد…: the name and who he is
    cut = np_end(ctx, np_)
    qad = i > 0 and toks[i - 1].text in _QAD  # (a verb after قد, known or not: وكان فلان قد رفض)
    if cut < len(np_) and after_kan and _kan_bracketed(ctx, sent, np_, cut, form, qad):
        return np_  # وكانت وسائل إعلام باكستانية ذكرت…: كان and its verb bracket the whole subject
    if cut < len(np_):
        # after أن the subject runs to its verb, its affiliation too (an accusative role ends the
        # noun phrase early): إلا أن مندوبا رفيعا في "أوبك" صرح…
        # …and so at the sentence's start: البروفيسور فلان من جامعة كذا خلص إلى أن… (not where it
        # was said: الوزير في كلمته أكد)
        whole = (after_comp or np_[0] is toks[0] and _affiliation_place(ctx, np_[cut + 1:cut + 2])) \
            and len(np_) <= _SUBJECT_AFTER_COMP and np_[cut].text in _AFFILIATION \
            and speaker_word(ctx, np_[0].text) and not any(t.text in ctx.v.relative for t in np_)
        return np_ if whole else None
    head = np_[0].text
    if after_comp and len(np_) <= 3 and plausible_speaker(ctx, np_) and head not in FUNCTION \
            and not head.startswith("ال") and not head.isdigit() or after_comp and len(np_) == 1 and people_word(head):
        return np_  # (ورغم أن البعض يعتقد أن…: "some (people)")
    if after_kan or speaker_word(ctx, head) or speaker_word(ctx, strip_pronoun(head)) \
            or (len(np_) <= 3 and all(t.text in ctx.known or t.text in ctx.titled for t in np_)) \
            or (len(np_) <= 3 and (head in ctx.v.place or is_given_name(head))):
        return np_  # (إيران نفت، فيكتوريا قالت: a country or a given name before its verb)
    if head[:1] in "وف" and speaker_word(ctx, head[1:]):
        return np_
    if _stipulates(ctx, toks[i].text) and len(np_) <= _TEXT_MAX and looks_nominal(ctx, np_) \
            and (head.startswith("ال") or head[:1] in "وف" and head[1:3] == "ال") and head not in FUNCTION:
        # القانون ينص على…، فالاتفاق ينص على…، لكن اللائحة تنص على…: only a text stipulates, and a
        # definite noun before the verb is it (a law or an accord is no source of «بحسب», and not
        # in the speakers' lexicon); subject_before takes its و/ف off
        return np_
    return None


_TEXT_MAX = 4  # the most words of a text before «ينص» (المادة السابعة من اللائحة)


def without_proclitic(t: Tok) -> Tok:
    """``t`` without the one-letter proclitic written on it: و/ف/ب/ك (فالحكومة → الحكومة، بالسفير →
    السفير), or the ل of لل, whose word keeps its article (للمادة → المادة)."""
    if t.text.startswith("لل"):
        return Tok(t.start + 2, t.end, "ال" + t.text[2:])
    return Tok(t.start + 1, t.end, t.text[1:])


def _without_conjunction(np_: list[Tok]) -> list[Tok]:
    """``np_`` without the و/ف written on its first word (فالحكومة → الحكومة)."""
    return [without_proclitic(np_[0]), *np_[1:]]


_GROUP_MAX = 5  # the most words of a quantified group before its verb (بعض ضحايا الهجمات)
_ONE_OF_REACH = 6  # the most words of «أحد …» after the name


def _affiliation_place(ctx: Context, seg: list[Tok]) -> bool:
    """Is the word opening ``seg``, after في/من, a place one belongs to (جامعة، الوزارة), not an
    occasion of speaking (كلمته، تصريح، المؤتمر)?"""
    w = seg[0].text if seg else ""
    return w.isalpha() and strip_pronoun(w) == w and strip_article(w) not in ctx.v.event \
        and strip_article(w) not in ctx.v.speech


def _name_and_apposition(ctx: Context, np_: list[Tok]) -> bool:
    """Is the noun phrase before the verb a person's name (from a given name) and «أحد/إحدى + a
    genitive» saying who the person is (محمد بن صالح الحفيتي أحد أشهر الدلالين أكد…، سارة العتيبي
    إحدى المشاركات قالت…)?  The whole is the subject, as after the verb."""
    cut = next((k for k, t in enumerate(np_) if t.text in _ONE_OF), 0)  # (أحد، إحدى "one of")
    rest = np_[cut:]
    if cut < 2 or not (2 <= len(rest) <= _ONE_OF_REACH) or not is_given_name(np_[0].text) \
            or not _a_name(ctx, np_[:cut]):
        return False
    # (the word after أحد is its genitive, often an elative shaped like a verb: أحد أشهر، أبرز، أكبر)
    return all(t.text.isalpha() and t.text not in ctx.v.relative and t.text not in FUNCTION for t in rest[1:]) \
        and rest[1].text not in ctx.verb_forms and not any(bare_verb_like(ctx, t.text) for t in rest[2:])


def _preverbal_group(ctx: Context, np_: list[Tok], form: VerbForm | None) -> list[Tok] | None:
    """A quantified group right before the verb that agrees with it: the part of a group of people
    (بعض المحللين اعتبروا…، عدد من السكان أكدوا…), of sources or reports in the feminine singular
    (بعض التقارير ذكرت…), or of any noun before a masculine plural verb, which tells people
    (فإن بعض ضحايا الهجمات أعربوا…)."""
    if form is None or form.aspect == "participle" or not (2 <= len(np_) <= _GROUP_MAX) \
            or strip_article(np_[0].text) not in PARTITIVES or strip_article(np_[0].text) in _ONE_OF:
        return None
    part = quantified_group(ctx, np_)
    if part is not None and len(part) == len(np_):
        return part if _group_agrees(ctx, part, form) else None
    if part is None and (form.number, form.gender) == ("pl", "m") and np_[1].text not in FUNCTION \
            and all(t.text.isalpha() and t.text not in PREPOSITIONS and strip_pronoun(t.text) == t.text
                    and not bare_verb_like(ctx, t.text) for t in np_[1:]) and looks_nominal(ctx, np_[1:]):
        return np_
    return None


def _group_agrees(ctx: Context, part: list[Tok], form: VerbForm) -> bool:
    """Does the verb agree with the group ``part``: people in the plural or dual (بعض المحللين
    اعتبروا), people, sources or reports in the feminine singular of a plural of things (بعض
    المصادر ذكرت، بعض التقارير ذكرت; not بعض الخبراء ذكر)?"""
    if form.number in ("pl", "du"):
        return True
    return form.number == "sg" and form.gender == "f"


def _kan_bracketed(ctx: Context, sent: Sentence, np_: list[Tok], cut: int, form: VerbForm | None,
                   qad: bool = False) -> bool:
    """Is the whole noun phrase between كان and its verb the subject, past where a noun phrase
    would end (وكانت وسائل إعلام باكستانية ذكرت…، وكان ناشطون في الدفاع عن حقوق الإنسان أعربوا…)?
    كان and the verb bracket it: it opens like a speaker, holds no relative, comma or where it was
    said (not وكانت الوزارة في بيان لها أكدت: the statement), and the verb agrees with it.  ``qad``:
    the verb follows قد, a verb whatever it is (وكان فهد السالم مدير النادي قد رفض التعليق)."""
    first = np_[0].text
    if form is None and not qad or form is not None and form.aspect == "participle" \
            or not (speaker_word(ctx, first) or _named(ctx, first) or first in ctx.v.honorific
                    or split_abd_name(np_)):
        return False
    rest = np_[cut:]
    if first in PREPOSITIONS or not rest:
        return False  # (لما كان على الأقل لا يحارب…: no subject)
    for t in np_:
        w = strip_pronoun(strip_article(t.text))
        if t.text in ctx.v.relative or t.text in COMMA or t.text in QUOTES or t.text in NEGATION \
                or w in STATEMENT_NOUNS or w in ctx.v.speech:
            return False
    for t in np_[1:]:
        w = t.text
        if w[:1] == "و" and bare_verb_like(ctx, w[1:]) or not w.startswith("ال") and w.endswith("ا") and len(w) > 3 \
                and not _named(ctx, w):
            return False  # (لو كان يوسف الثنيان لاعبا أجنبيا وسرت…: كان's predicate, a clause after it)
    if is_adverbial(ctx, rest[0].text) and (rest[0].text not in PREPOSITIONS or not speaker_word(ctx, first)
                                            or _named(ctx, first)):
        return False  # (وكان الوزير أمس أكد، وكان السنيدي في بداية القضية طالب: an adverbial, no affiliation)
    mention = sent.mention(np_)
    return mention is not None and (form is None or _agrees(ctx, mention.text, form))


def _relative_head(ctx: Context, sent: Sentence, np_: list[Tok], form: VerbForm | None) -> list[Tok] | None:
    """The head of the subject before its verb (after كان, أن or the sentence start) when a
    relative clause on it stands between (وكان وزراء التجارة الذين يناقشون الاتفاقية قالوا إن…،
    المسؤول الذي رفض ذكر اسمه قال إن…): the noun phrase up to the relative, which the relative and
    the verb both agree with (:data:`_RELATIVE_AGREEMENT`); None when the relative clause holds a
    comma or a quote."""
    cut = next((k for k, t in enumerate(np_) if t.text in ctx.v.relative), 0)
    if form is None or form.aspect == "participle" or not cut or np_[cut].text not in _RELATIVE_AGREEMENT \
            or cut + 1 >= len(np_) or np_end(ctx, np_[:cut]) != cut:
        return None
    head = np_[:cut]
    first = head[0].text
    if not (speaker_word(ctx, first) or _named(ctx, first) or first in ctx.v.honorific or split_abd_name(head)):
        return None
    gender, number = _RELATIVE_AGREEMENT[np_[cut].text]
    if (gender, number) != (form.gender, form.number):
        return None  # (الذين … قالوا، الذي … قال، التي … قالت)
    if any(t.text in COMMA or t.text in QUOTES for t in np_[cut + 1:]):
        return None  # (a relative inside the clause is its own: الذين يناقشون الاتفاقية التي ستمتد…)
    mention = sent.mention(head)
    return head if mention is not None and _agrees(ctx, mention.text, form) else None


def split_abd_name(np_: list[Tok]) -> bool:
    """Does ``np_`` open with an عبد-compound written as two words (عبد العزيز، عبد الله)?"""
    return len(np_) > 1 and np_[0].text == "عبد" and is_given_name("عبد" + np_[1].text)


_NAME_MAX = 4  # the most words of a name before its role between commas
# the most words of that role (a description may be long: «بيانكا شو، رئيسة مزاد الفن المعاصر المخصص
# للفنانين الناشئين في دار مزاد كريستيز، تؤكد…»; no verb, quote or complementizer inside it)
_ROLE_BEFORE_VERB_MAX = 16
_CONNECTIVE_REACH = 18  # the most words from «لكن»، «إلا أن»… to the verb their clause's subject precedes


_ASIDE_MAX = 12  # the most words of an aside between a subject and its verb


def _aside_opening(ctx: Context, toks: list[Tok], i: int) -> int:
    """The index of the mark that opens an aside ending right before the verb at ``i``, else ``i``:
    anything between dashes (إلا أن مصادر مطلعة - فضلت عدم الكشف عن هويتها - أشارت، غير أن الوزير
    - في حديثه للصحفيين - أكد), an anonymity clause or «وهو…» between commas (إلا أن مصادر،
    فضلت عدم الكشف عن هويتها، أشارت)."""
    k = i - 1
    if k < 2 or not (toks[k].text in DASHES or toks[k].text in COMMA):
        return i
    dash = toks[k].text in DASHES
    for m in range(k - 1, max(0, k - _ASIDE_MAX) - 1, -1):
        w = toks[m].text
        if w in STOP_PUNCT or w in QUOTES or w == ":":
            return i
        if w in DASHES if dash else w in COMMA:
            aside = dash or anonymity_aside(toks, m + 1) is not None or toks[m + 1].text in PARENTHETICAL
            return m if aside and m > 0 and m + 1 < k else i
    return i


def _after_connective(ctx: Context, toks: list[Tok], i: int, j: int | None = None) -> list[Tok] | None:
    """The subject between «لكن / ولكن / إلا أن / غير أن / بيد أن / كما أن» and the verb at ``i``:
    the connective opens a nominal clause, its subject first, with its apposition between commas
    («لكن الشيخ سالم الفلاني، أحد وجهاء القبيلة، قال…»، «لكن شخصا آخر قال…»، «إلا أن مصادر في
    شركة "النماء" أشارت…»). The whole span must be the subject: only commas, قد or an adverb
    stand after it (not «لكن الحكومة فتحت تحقيقا… في خطوة يقول…»: another clause).  ``j``: where
    the subject ends, before an aside (see :func:`_aside_opening`); the verb by default."""
    k = (i if j is None else j) - 1
    while k >= 0 and (toks[k].text in _QAD or toks[k].text in COMMA):
        k -= 1
    start = None
    for s in range(k, max(-1, k - _CONNECTIVE_REACH), -1):
        w = toks[s].text
        if w in BUT or (w == "ان" and s > 0 and toks[s - 1].text in BEFORE_ANNA):
            start = s + 1
            break
        if w in STOP_PUNCT or w == ":" or is_complementizer(w) or ctx.verb_forms.get(w) is not None \
                or w in ctx.v.relative or w in KAN:
            return None
    if start is None or start > k:
        return None
    span = toks[start:k + 1]
    form = ctx.verb_forms.get(toks[i].text)  # (none for a verb that reports nothing: السكان ضاقوا…)
    if form is not None and form.aspect == "participle":
        return None  # (…، مضيفا: a participle's speaker is its sentence's subject, see main_clause_subject)
    part = quantified_group(ctx, span)  # لكن بعض الدبلوماسيين أكدوا…
    subj = part or subject_after(ctx, span, informs=False)
    if not subj or subj[0] is not span[0] or not (part or _speaker_head(ctx, subj)):
        return None
    rest = span[span.index(subj[-1]) + 1:]
    if _affiliation_of(ctx, subj, rest):
        return span  # لكن شخصا آخر [في القرية] قال…: where the unnamed source is, his description's
    if not all(t.text in COMMA or t.text in _SUBJECT_TAIL or is_adverbial(ctx, t.text) for t in rest):
        return None
    return subj


_BARE_NAME_MAX = 3  # the most words of a name no lexicon knows as a subject after لكن (لكن غو برو تؤكد…)


def _speaker_head(ctx: Context, subj: list[Tok]) -> bool:
    """Does ``subj`` open like a speaker: a speaker word, a name, an honorific, a quoted name, a
    word for people; or a short run of bare name-like words (مورينيو، غو برو), no clause
    (not «معدلات ضررها تتفاوت»، «فالون اعتمد معادلة…»: a verb the lexicon does not know)?"""
    w = subj[0].text
    if w in QUOTES and len(subj) > 2:
        return subj[1].text.isalpha() and subj[1].text not in FUNCTION
    if speaker_word(ctx, w) or w in ctx.known or is_given_name(w) or w in ctx.v.honorific or people_word(w):
        return True
    return len(subj) <= _BARE_NAME_MAX and all(_name_like(ctx, t.text) and strip_pronoun(t.text) == t.text
                                               and t.text not in _THERE and not bare_verb_like(ctx, t.text)
                                               for t in subj)  # (not «ولكن هناك من سيقول»)


def _affiliation_of(ctx: Context, subj: list[Tok], rest: list[Tok]) -> bool:
    """Is ``rest`` a short affiliation of the indefinite source ``subj`` (مصدرا [في الوزارة]، شخص
    آخر [في القرية]), not where it was said (في تصريح، في كلمته)?"""
    if not (1 < len(rest) <= 4) or rest[0].text not in _AFFILIATION or subj[0].text.startswith("ال") \
            or not looks_nominal(ctx, rest) or any(t.text in COMMA for t in rest):
        return False
    w = rest[1].text
    return w.startswith("ال") and strip_article(w) not in ctx.v.event and strip_article(w) not in ctx.v.speech


def _name_before_role(ctx: Context, toks: list[Tok], i: int) -> list[Tok] | None:
    """A name and its role between commas before the verb at ``i``, the name opening a clause:
    «يذكر أن سليمان العائد، مسؤول العلاقات العامة في الهيئة، قال…»، «وكان محمد الفلاني، رئيس
    اللجنة، قد أكد…» → the name with its role (the role alone is no subject here)."""
    k = i - 1
    while k >= 0 and toks[k].text in _QAD:
        k -= 1
    if k < 2 or toks[k].text not in COMMA:
        return None
    close = k
    k -= 1
    while k >= 0 and close - k <= _ROLE_BEFORE_VERB_MAX and toks[k].text not in COMMA:
        w = toks[k].text
        if w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or ctx.verb_forms.get(w) is not None:
            return None
        k -= 1
    role = toks[k + 1:close]
    if k < 1 or toks[k].text not in COMMA or not role or not speaker_word(ctx, role[0].text) \
            or is_given_name(role[0].text) or role[0].text in ctx.known:
        return None
    m = k - 1
    while m >= 0 and k - m <= _NAME_MAX and not _opens_clause(toks[m].text):
        m -= 1
    name = toks[m + 1:k]
    if not name or k - m > _NAME_MAX or not _a_name(ctx, name):
        return None
    return toks[m + 1:close]


def _opens_clause(w: str) -> bool:
    """A word after which a clause begins: أن/إن, كان, a full stop, و or لكن on their own."""
    return w in _SVO_COMPLEMENTIZERS or is_complementizer(w) or w in KAN or w in STOP_PUNCT or w in _CLAUSE_START \
        or w in COMMA


def _a_name(ctx: Context, name: list[Tok]) -> bool:
    """Is ``name`` a person's or a body's name (سليمان العائد، بايال فاسوديفا، محمد بن علي)?"""
    first = name[0].text
    if first in ctx.v.honorific:
        name = name[1:]
        if not name:
            return False
        first = name[0].text
    if is_given_name(first) or first in ctx.known:
        return _person_name(name)
    return 2 <= len(name) <= 3 and all(_name_like(ctx, t.text) for t in name)


def _long_kan_subject(ctx: Context, toks: list[Tok], i: int) -> list[Tok] | None:
    """A long subject between كان and its verb, role and name with an apposition: وكان المفتي
    العام، رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ عبدالعزيز آل الشيخ أكد…"""
    for k in range(i - 1, max(-1, i - _KAN_SUBJECT_MAX), -1):
        w = toks[k].text
        if w in KAN and k + 1 < i:
            np_ = toks[k + 1:i]
            first = np_[0].text
            return np_ if speaker_word(ctx, first) or _named(ctx, first) or first in ctx.v.honorific else None
        if w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or ctx.verb_forms.get(w) is not None \
                or w in _AMMA:
            return None
    return None


def _preverbal_np(ctx: Context, toks: list[Tok], i: int) -> tuple[list[Tok], bool, bool] | None:
    """(noun phrase, opened by كان, opened by أن) between the clause boundary and the verb at ``i``."""
    k = i - 1
    while k >= 0 and (toks[k].text in COMMA or toks[k].text in _QAD):
        k -= 1
    end = k + 1
    c = _commaed_relative(ctx, toks, i)
    k = _relative_clause_start(ctx, toks, end, k) if c is None else c
    if c is not None:
        end, k = c, c - 1  # «…المدير التنفيذي لشركة هيرميس، التي تدير…، يقول»: a relative set off by commas
    reach = k + 1  # (the subject's words are counted from its relative clause)
    after_kan = after_comp = False
    while k >= 0:
        w = toks[k].text
        if w in KAN:
            after_kan = True
            break
        if w in _AMMA:
            break
        if w in QUOTES and k > 0 and toks[k - 1].text not in STOP_PUNCT:
            k -= 1
            continue  # a quoted name in the subject: وكانت «الصحة» قد حذرت
        if w in _SVO_COMPLEMENTIZERS:
            after_comp = True  # "خاصة أن شارون يعلن": after أن the subject precedes the verb
            break
        if is_complementizer(w) or w in STOP_PUNCT or w in QUOTES or w in _CLAUSE_START \
                or ctx.verb_forms.get(w) is not None:
            break
        if w in COMMA:
            # an inserted adverbial between subject and verb: ", في وقت سابق ،"
            if k + 1 < end and is_adverbial(ctx, toks[k + 1].text):
                end = k
                k -= 1
                continue
            if k + 1 < end and apposition_at(ctx, toks, k + 1) and k > 0:
                k -= 1  # "المندوب الجهوي، كمال الدريدي،": keep the name with its role
                continue
            break
        k -= 1
        if min(end, reach + 1) - k > _SUBJECT_MAX:
            return None
    np_ = toks[k + 1:end]
    while np_ and is_adverbial(ctx, np_[-1].text) and np_[-1].text not in {"في", "من"}:
        np_ = np_[:-1]  # "وزير الطاقة القطري عبد الله العطية أمس أكد": the adverb is not the subject
    return np_, after_kan, after_comp


def _after_but(toks: list[Tok], first: Tok) -> bool:
    """Does the noun phrase opening at ``first`` follow «لكن / ولكن» "but", which opens a nominal
    clause, its subject first (ولكن المدرب الذي تولى الفريق أكد…)?"""
    k = toks.index(first)
    return k > 0 and toks[k - 1].text in BUT


def _after_connective_anna(toks: list[Tok], first: Tok) -> bool:
    """Does the noun phrase opening at ``first`` follow a connective أن (إلا أن، غير أن، كما أن)?"""
    k = toks.index(first)
    return k > 1 and toks[k - 2].text in BEFORE_ANNA


def _commaed_relative(ctx: Context, toks: list[Tok], i: int) -> int | None:
    """The comma opening a relative clause set off by commas right before the verb at ``i``
    (…لشركة هيرميس، التي تدير أصولا بقيمة 30 مليار، يقول…), or None: the subject ends before it."""
    k = i - 1
    while k >= 0 and (toks[k].text in COMMA or toks[k].text in _QAD):
        k -= 1
    if k == i - 1:
        return None  # (no comma closes it: «المسؤول الذي رفض ذكر اسمه قال»)
    r = _relative_clause_start(ctx, toks, k + 1, k)
    return r if 0 < r < k and toks[r].text in COMMA and toks[r + 1].text in _RELATIVE_AGREEMENT else None


def _relative_clause_start(ctx: Context, toks: list[Tok], end: int, k: int) -> int:
    """Where the walk back to a subject goes on from ``k``: past a relative clause ending at
    ``end`` (المسؤول الذي رفض ذكر اسمه قال…: its words, a verb among them, are the clause's), to
    the word before its relative; ``k`` itself when no relative stands within a subject's reach
    with only the clause's words after it (no comma, quote, full stop or أن)."""
    first = None  # (the first of nested relatives: وزراء التجارة الذين يناقشون الاتفاقية التي ستمتد…)
    for r in range(end - 2, max(-1, end - 1 - _RELATIVE_CLAUSE_MAX), -1):
        w = toks[r].text
        if w in COMMA or w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or w in KAN \
                or w[:1] == "و" and w[1:] in ctx.verb_forms:
            break
        if w in _RELATIVE_AGREEMENT:
            first = r
            if end - 1 - r >= _SUBJECT_MAX:
                break
    return first - 1 if first else k


def fronted_subject(ctx: Context, sent: Sentence, i: int) -> list[Tok] | None:
    """The subject before ``قد``/``فقد`` + verb in a sentence opened by أما or كان, or between
    أما and a verb carrying the resumptive ف (أما المواطن عبدالله الأحمدي فأوضح…)."""
    toks = sent.toks
    amma = _amma_topic(ctx, toks, i)
    if amma is not None:
        return amma
    if i == 0:
        return None
    form = ctx.verb_forms.get(toks[i].text)
    relayed = any(t.text == "نقلا" for t in toks[i + 1:i + 4]) or (i + 1 < len(toks) and toks[i + 1].text == "عن")
    if form is not None and not form.clitic and form.aspect != "participle" and not relayed:
        # لكن «الفلاني» يقول متحسرا…: the clause «لكن/إلا أن…» opens has its subject before the
        # verb; what follows the verb is no subject (its object, a state, an adverb), unless it
        # is the source the subject relays (لكن الصحيفة نقلت عن الوزير…: the minister speaks)
        connected = _after_connective(ctx, toks, i)
        if connected is not None:
            return connected
    listened = _subject_before_listener(ctx, sent, i)
    if listened is not None:
        return listened
    first = toks[0].text
    if toks[i - 1].text not in _QAD:
        # وكانت الوزارة حذرت الشركات…: كان and its subject before the verb, the noun phrase after
        # it is the object (no قد between)
        if first not in KAN or i < 2:
            return None
        np_ = subject_before(ctx, sent, i)
        if not np_ or np_[0] is not toks[1] or len(np_) > _SUBJECT_MAX or any(t.text in COMMA for t in np_):
            return None
        gap = toks[toks.index(np_[-1]) + 1:i]  # (an adverb may stand between: وكانت الحركة حذرت مؤخرا…)
        return np_ if all(is_adverbial(ctx, t.text) for t in gap) else None
    if first not in KAN and first not in _AMMA:
        return None
    return subject_before(ctx, sent, i)


def _subject_before_listener(ctx: Context, sent: Sentence, i: int) -> list[Tok] | None:
    """The subject before the verb at ``i`` when a ل-word follows the verb: the listener, not the
    subject (ولكن الرئيس الأمريكي قال لبي بي سي إن…، دورتموند أكد لأرسنال أن…، لكن مصدرا قال لنا…)."""
    toks = sent.toks
    w = toks[i + 1].text if i + 1 < len(toks) else ""
    form = ctx.verb_forms.get(toks[i].text)
    if w[:1] != "ل" or len(w) < 3 or form is None or form.clitic or speaker_word(ctx, w) or is_given_name(w) \
            or w in ctx.known or w in ctx.v.place or w in FUNCTION or is_complementizer(w) or strip_pronoun(w) != w:
        return None  # (قال لبنان، لجنة، لاعبيه: a country, a body or an object that begins like ل)
    np_ = subject_before(ctx, sent, i)
    if np_ is not None:
        return np_
    found = _preverbal_np(ctx, toks, i)
    if found is None or not found[0] or len(found[0]) > 3:
        return None
    np_ = found[0]
    if np_[0].text[:1] in "وف" and ctx.verb_forms.get(np_[0].text) is not None:
        return None  # (فقام أخوها وقال لأبيه: the subject of another verb)
    start = toks.index(np_[0])
    opened = start == 0 or toks[start - 1].text in ("لكن", "ولكن")
    # دورتموند أكد لأرسنال: a bare name opening the sentence before its verb
    return np_ if opened and plausible_speaker(ctx, np_) and all(_name_like(ctx, t.text) for t in np_) else None


_AMMA_REACH = 20  # the most words from أما to its answer's verb (a name, its role or a وهو-aside between commas)
#: the ف of أما's answer on the word before the verb: a resumptive pronoun, فقد
_RESUMING_F = frozenset({"فهو", "فهي", "فهم", "فهما", "فقد"})  # (فإنه: its pronoun speaks, see pronoun_before)


def _amma_topic(ctx: Context, toks: list[Tok], i: int) -> list[Tok] | None:
    """«أما X فـverb»: X, fronted by أما and resumed by the ف on the verb at ``i``, is its subject
    (أما محمد حسن وعبدالعزيز باسبعين فيقولان: the first conjunct is named first)."""
    w = toks[i].text
    form = ctx.verb_forms.get(w)
    if form is None:
        return None
    if form.clitic[:1] != "ف":
        if not (i and toks[i - 1].text in _RESUMING_F):
            return None
        i -= 1  # «أما أندرو لانغتون، رئيس…، فهو يؤكد…»: the ف on its resumptive pronoun or قد
    k = i - 1
    while k >= 0 and i - k <= _AMMA_REACH and toks[k].text not in _AMMA:
        if toks[k].text in STOP_PUNCT or is_complementizer(toks[k].text) or ctx.verb_forms.get(toks[k].text):
            return None
        k -= 1
    if k < 0 or toks[k].text not in _AMMA or k + 1 >= i:
        return None
    np_ = [t for t in toks[k + 1:i] if t.text not in COMMA]
    np_ = np_[:np_end(ctx, np_)]
    if not np_ or np_[0].text in PREPOSITIONS or is_adverbial(ctx, np_[0].text) or np_[0].text in ctx.v.place:
        return None  # (أما في فرنسا فالمشتبه…: a place, not a subject)
    named = len(np_) >= 2 and not np_[-1].text.startswith("ال") and np_[-1].text.isalpha()
    return np_ if plausible_speaker(ctx, np_) or named else None  # (أما العالم دي باولو، فيعتقد…)


def relayed_source(ctx: Context, mid: list[Tok]) -> tuple[list[Tok] | None, list[Tok]] | None:
    """(relay, source) in "نقل X عن Y (قوله)": the noun phrase after عن is who spoke."""
    k = next((m for m, t in enumerate(mid) if t.text == "عن" and not _quoted_at(mid, m)), None)
    if k is None or k + 1 >= len(mid):
        return None
    src = mid[k + 1:]
    src = [t for t in src[:np_end(ctx, src)] if speech_pronoun(ctx, t.text) is None]
    if not src or not plausible_speaker(ctx, src):
        return None
    return (subject_after(ctx, mid[:k]) if k else None), src


def _quoted_at(mid: list[Tok], m: int) -> bool:
    """Is token ``m`` inside a quotation opened among ``mid`` (موقع «جمعية المدافعين عن حقوق…»)?"""
    depth = 0
    for t in mid[:m]:
        if t.text in ("«", "“"):
            depth += 1
        elif t.text in ("»", "”") and depth:
            depth -= 1
        elif t.text == '"':
            depth = 1 - depth
    return depth > 0


def antecedent(ctx: Context, toks: list[Tok], r: int) -> list[Tok] | None:
    """The noun phrase before the relative pronoun at ``r``, back to a clause or phrase boundary;
    a comma or a quoted name may stand between (…عبدالله الحربي، الذي أفاد؛ المغرد "أبو فهد" الذي قال)."""
    forms = ctx.verb_forms
    singular = toks[r].text in ("الذي", "التي", "والذي", "والتي")
    people = toks[r].text in _PEOPLE_RELATIVES  # (الذين: its head is people, any plural of them)
    after_comma = r > 1 and toks[r - 1].text in COMMA
    if after_comma:
        r -= 1  # a non-restrictive relative after the name (not أقرت الوزارة المشروع، الذي…: no name)
    k = r - 1
    if r > 2 and toks[r - 1].text in QUOTES:
        k = next((m for m in range(r - 2, max(-1, r - 8), -1) if toks[m].text in QUOTES), -2) - 1
        if k < -1:
            return None
    affiliation = people  # (one preposition of where people belong: موظفون [في] الشركة الذين…)
    while k >= 0 and r - k <= 8:
        w = toks[k].text
        if affiliation and w in _AFFILIATION and k + 1 < r:
            affiliation = False
            k -= 1
            continue
        if w in COMMA or w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or w in NOUN_COMP \
                or w in {"و", "مع"} or forms.get(w) is not None:
            break
        k -= 1
    np_ = toks[k + 1:r]
    governed = _governed_title(ctx, np_)
    if governed is not None:
        return governed
    # the last noun phrase before الذي: start at a speaker word or a known name
    for p in range(len(np_)):
        tail = np_[p:]
        w = tail[0].text
        if w.startswith(("بال", "لل", "وال")) and p + 1 < len(np_):
            continue  # بالمساعد مرزوق العتيبي الذي…: the name, without the preposition's phrase head
        if strip_article(w) in _DATED and len(tail) > 1 and tail[1].text[:1].isdigit():
            continue  # (منذ عام 1409ه والذي أكد: a date, no speaker)
        if singular and _named_then_conjunct(ctx, tail):
            continue  # رئيس الوزراء أليكسيس تسيبراس والرئيس فرانسوا هولاند الذي قال: the nearer one
        plural = people and _human_plural(ctx, w)
        if w[:1] in "لب" and (w[1:] in ctx.known or w[1:] in ctx.titled) and len(w) > 3:
            t = tail[0]  # خلفا لبلاتر الذي أعلن…: a name the article gave, after a preposition's proclitic
            return [Tok(t.start + 1, t.end, w[1:])] + tail[1:]
        if (speaker_word(ctx, w) or w in ctx.known or (is_given_name(w) and _person_name(tail)) or plural) \
                and looks_nominal(ctx, tail) and (np_end(ctx, tail) == len(tail) or plural and _affiliated(ctx, tail)):
            if after_comma and not plural \
                    and not any(is_given_name(t.text) or t.text in ctx.known or t.text in QUOTES for t in tail):
                return _name_before_its_role(ctx, toks, r)
            # (بالمساعد مرزوق العتيبي الذي…: from the name)
            if w.startswith(("بال", "لل", "كال")):
                # التقى الأمير بالسفير الذي أكد…: the ambassador, without the preposition
                return [without_proclitic(tail[0])] + tail[1:]
            return tail
    if after_comma:
        return _name_before_its_role(ctx, toks, r)
    return _governed_antecedent(ctx, np_)


_ROLE_REACH = 14  # the most words of a role between a name's comma and the relative's


def _name_before_its_role(ctx: Context, toks: list[Tok], c: int) -> list[Tok] | None:
    """The person named before a role set off by commas, when a relative follows the role's comma
    at ``c`` («…مع أحمد عادل، مدير التجارب في الشركة، الذي أكد…» → أحمد عادل): the role opens
    with a title and holds no verb, clause or stop; the name has two to four words from a given one."""
    for b in range(c - 1, max(0, c - _ROLE_REACH), -1):
        w = toks[b].text
        if w in STOP_PUNCT or is_complementizer(w) or ctx.verb_forms.get(w) is not None or w in ctx.v.relative:
            return None
        if w not in COMMA:
            continue
        role = toks[b + 1:c]
        if not role or strip_article(role[0].text) not in ctx.v.title:
            return None
        for a in range(max(0, b - 4), b - 1):
            name = toks[a:b]
            if is_given_name(name[0].text) and _person_name(name) and all(t.text.isalpha() for t in name) \
                    and (a == 0 or not is_given_name(toks[a - 1].text)):
                return name
        return None
    return None


_PEOPLE_RELATIVES = frozenset({"الذين", "والذين", "اللواتي", "اللاتي", "واللواتي", "واللاتي"})
#: words shaped like plurals of people that are none (numbers of tens, years, a demonstrative)
_NOT_PEOPLE = frozenset({"عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "سنين",
                         "هولاء", "هؤلاء", "ملايين", "عشرون", "ثلاثون", "اربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"})


def _human_plural(ctx: Context, w: str) -> bool:
    """Can ``w`` head the antecedent of الذين, which is always people: a word for a group of people
    (الخبراء، الأهالي), a broken plural of people's shape (العمال، العلماء) or a sound masculine
    plural (المواطنين، اللبنانيين، موظفون), also after a comma (وكرم الوزير المعلمين، الذين أكدوا…:
    the teachers speak)?"""
    b = strip_article(w)
    if b in ctx.v.group_m:
        return True
    if b in _NOT_PEOPLE or w in FUNCTION or not w.isalpha() or ctx.verb_forms.get(w) is not None:
        return False
    if w.startswith("ال") and len(b) == 4 and b[-2] == "ا" or b.endswith("اء") and len(b) >= 5 and w[:1] != "و":
        return True  # فعّال, فعلاء (العمال، الطلاب، العلماء، حلفاء; not وزار "and visited", الأسعار, هؤلاء)
    if w[:1] in "يت" and w.endswith("ون"):
        return False  # (an imperfect verb: الجمهوريين، الذين يشكلون غالبية، والذين حذروا)
    return b.endswith(("ين", "ون")) and len(b) >= 5


def _affiliated(ctx: Context, tail: list[Tok]) -> bool:
    """Is ``tail`` a noun phrase and where its people belong, a preposition and one noun phrase
    (موظفون في الشركة، المواطنون في العاصمة الرياض)?"""
    cut = np_end(ctx, tail)
    rest = tail[cut + 1:]
    return 0 < cut < len(tail) and tail[cut].text in _AFFILIATION and bool(rest) and np_end(ctx, rest) == len(rest) \
        and all(t.text.isalpha() for t in rest)


def _named_then_conjunct(ctx: Context, tail: list[Tok]) -> bool:
    """Does a second person, a title joined by و, follow a name in ``tail`` (أليكسيس تسيبراس
    [والرئيس] الفرنسي…)?  A singular relative after them is the nearer one's."""
    named = False
    for t in tail:
        w = t.text
        if named and w[:1] == "و" and strip_article(w[1:]) in ctx.v.title:
            return True
        named = named or is_given_name(w) or w in ctx.known
    return False


def _governed_title(ctx: Context, np_: list[Tok]) -> list[Tok] | None:
    """A person's title governed by ب or ل after another noun phrase, the relative's nearest noun
    phrase, without the preposition: «التقى الأمير بالسفير سعد الفهد الذي أكد…» → السفير سعد الفهد,
    «بعث الملك برسالة لرئيس الوزراء الذي أكد…» → رئيس الوزراء (a body there is the genitive of the
    head before it: رئيس اللجنة بالمجلس الذي…)."""
    for q in range(len(np_) - 1, 0, -1):
        w = np_[q].text
        cut = 2 if w.startswith("لل") else 1 if w[:1] in "بل" and len(w) > 3 else 0
        bare = ("ال" + w[2:]) if cut == 2 else w[1:]
        if not cut or strip_article(bare) not in ctx.v.title:
            continue
        tail = [Tok(np_[q].start + cut, np_[q].end, bare)] + np_[q + 1:]
        if looks_nominal(ctx, tail) and np_end(ctx, tail) == len(tail):
            return tail
        return None
    return None


def _governed_antecedent(ctx: Context, np_: list[Tok]) -> list[Tok] | None:
    """A body or title in the genitive of ل before the relative, without its ل: «…محضر الاجتماع
    الأخير لبنك إنجلترا المركزي والذي أشار…» → بنك إنجلترا المركزي."""
    for p in range(len(np_)):
        w = np_[p].text
        if w[:1] == "ل" and len(w) > 3 and not w.startswith(("ال", "لل")) and not speaker_word(ctx, w) \
                and (w[1:] in ctx.v.org or w[1:] in ctx.v.title):
            tail = [Tok(np_[p].start + 1, np_[p].end, w[1:])] + np_[p + 1:]
            if looks_nominal(ctx, tail) and np_end(ctx, tail) == len(tail) and all(t.text.isalpha() for t in tail):
                return tail
    return None


_DATED = frozenset({"عام", "سنة", "شهر", "يوم"})  # a year or a day before its number, never a speaker


# the agreement of a relative pronoun: الذي (m sg), التي (f sg, or a non-human plural), الذين (m pl)
_RELATIVE_AGREEMENT = {"الذي": ("m", "sg"), "التي": ("f", "sg"), "الذين": ("m", "pl"), "اللواتي": ("f", "pl"),
                       "اللاتي": ("f", "pl")}


def object_gap(toks: list[Tok], i: int, form: VerbForm) -> bool:
    """Is the verb at ``i``, right after a relative pronoun, one whose subject is not the
    antecedent (the antecedent is its object): the verb disagrees with the pronoun.
    ``ارتياحه للأحكام التي اعتبر أنها ستسهم…`` ("the rulings which he considered…"), ``الهجوم الذي
    قالت إنه استهدف…``; not ``الوزارة التي أكدت أن…`` (the ministry speaks)."""
    if i == 0 or form.aspect == "participle":
        return False
    rel = toks[i - 1].text
    agreement = _RELATIVE_AGREEMENT.get(rel[1:] if rel[:1] == "و" else rel)  # (والتي قالت: as التي)
    if agreement is None or form.gender is None:
        return False
    gender, number = agreement
    return form.gender != gender or (number == "pl" and form.number not in ("pl", None)) \
        or (number == "sg" and gender == "m" and form.number != "sg")


_KAN_BARE = frozenset({"كان", "كانت", "كانوا"})  # كان inside a relative clause, before its verb
_KAN_REACH = 7  # the most words from a relative to its verb past كان and an adverbial


def relative_past_kan(ctx: Context, toks: list[Tok], i: int, form: VerbForm) -> int | None:
    """The relative whose clause the verb at ``i`` is the verb of past كان (or طالما "often") and
    قد or an adverbial phrase: «…سعد الفهد الذي كان قد أكد أن…»، «الحوثيين الذين كانوا في بداية
    انقلابهم يزعمون…»، «الذي طالما أكد…».  The relative agrees with the verb, and no noun, which
    would be the clause's own subject, stands after كان (not «الذي كان الوزير قد أكده»)."""
    if form.aspect == "participle" or form.clitic:
        return None
    for r in range(i - 2, max(-1, i - 1 - _KAN_REACH), -1):
        w = toks[r].text
        if w in COMMA or w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or ctx.verb_forms.get(w) is not None:
            return None
        rel = w[1:] if w[:1] == "و" and w[1:] in _RELATIVE_AGREEMENT else w
        if rel not in _RELATIVE_AGREEMENT:
            continue
        if _RELATIVE_AGREEMENT[rel] != (form.gender, form.number):
            return None
        between = [t.text for t in toks[r + 1:i]]
        if between[0] == "طالما" and len(between) == 1:
            return r
        if between[0] not in _KAN_BARE:
            return None
        rest = between[1:]
        if not rest or rest == ["قد"] or rest[0] in _ADVERBIAL_PREPOSITIONS and all(
                x.isalpha() and x not in ctx.v.relative for x in rest):
            return r
        return None
    return None


def after_statement_pronoun(toks: list[Tok], i: int) -> int | None:
    """The token after "in it" / "through it" when the verb at ``i`` is followed by one, describing a
    statement made (بيانا أكدت فيه أن…، كلمة قال فيها إن…، كلمة أكد من خلالها أن…، بتصريح يؤكد فيه أن…)."""
    if i + 1 < len(toks) and toks[i + 1].text in IN_IT:
        return i + 2
    if i + 2 < len(toks) and toks[i + 1].text == "من" and toks[i + 2].text in THROUGH_IT:
        return i + 3
    return None


def in_a_statement(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` followed by "in it" or "through it", describing a statement made?  Its
    subject follows the pronoun or is the maker's (ألقى الوزير كلمة أكد من خلالها أن… → الوزير)."""
    return after_statement_pronoun(toks, i) is not None


def _person_name(tail: list[Tok]) -> bool:
    """Can ``tail``, opened by a given name, be a person's name: a family name with the article
    only at its end (مرزوق العتيبي; not حياة البيئة البحرية)?"""
    return len(tail) <= 4 and not any(t.text.startswith("ال") and not nisba_adjective(t.text) for t in tail[1:-1])


#: the verbs of doing before or again that a و-verb completes (سبق وأعلن "had announced", عاد وأكد "again affirmed")
_ALREADY = frozenset({"سبق", "سبقت", "سبقوا", "عاد", "عادت", "عادوا"})


def relative_before(ctx: Context, toks: list[Tok], i: int) -> int | None:
    """The relative pronoun whose clause the و-verb at ``i`` continues: «…مرزوق العتيبي الذي أكد
    حدوث التبديل وقال إنه…» → الذي (no comma or full stop between)."""
    for k in range(i - 1, max(-1, i - _RELATIVE_REACH), -1):
        w = toks[k].text
        if w in COMMA or w in STOP_PUNCT:
            return None
        if w in ctx.v.relative and k + 2 == i and toks[k + 1].text in _ALREADY:
            return k  # «حزب الله الذي سبق وأعلن أنه…»: "who had already announced", the relative's clause
        rf = ctx.verb_forms.get(toks[k + 1].text) if w in ctx.v.relative and k + 1 < i else None
        if rf is not None:
            # (not المنتخب الذي يُعتبر من الفرق القوية: an impersonal verb read as a passive)
            return None if rf.impersonal and rf.aspect == "imperfect" else k
    return None


_TOPIC_RELATIVE_REACH = 40  # the most words from a sentence's opening subject to its verb, past its relative clause


def topic_before_relative(ctx: Context, toks: list[Tok], i: int, form: VerbForm) -> list[Tok] | None:
    """The subject opening the sentence before a relative clause, when the verb at ``i`` (no و,
    after the clause's comma) is its main verb: «والمدير العام خالد السالم الذي أكد أن المشروع
    اكتمل، قال إن…»، «وخالد السالم، الذي يرأس اللجنة، قال إن…» → خالد السالم.  The relative agrees
    with the verb, and only a role or و stands before the subject."""
    if i < 3 or toks[i - 1].text not in COMMA:
        return None
    first = toks[0]
    if first.text[:1] == "و" and len(first.text) > 2:
        toks = [Tok(first.start + 1, first.end, first.text[1:])] + toks[1:]  # (وخالد السالم، الذي…)
    for r in range(1, min(i - 1, _SUBJECT_MAX + 2)):
        w = toks[r].text
        if w in STOP_PUNCT or ctx.verb_forms.get(w) is not None:
            return None
        if _RELATIVE_AGREEMENT.get(w) != (form.gender, form.number) or i - r > _TOPIC_RELATIVE_REACH:
            continue
        ante = antecedent(ctx, toks, r)
        if not ante:
            return None
        k = toks.index(ante[0])
        if _opens_sentence(ctx, toks, k) or form.aspect == "imperfect" and k == 1 and _opening_verb(ctx, toks[0].text):
            # (an imperfect after the clause is a state of the first verb's subject: «وخرج موظفون
            # في الشركة الذين رفعوا دعوى، يتهمون الإدارة…»)
            return ante
        return None
    return None


def _opening_verb(ctx: Context, w: str) -> bool:
    """Is ``w``, opening the sentence (its و gone), a verb (خرج، تظاهر), its subject after it?"""
    f = ctx.verb_forms.get(w)
    return f.aspect != "participle" if f is not None else bare_verb_like(ctx, w)


def _opens_sentence(ctx: Context, toks: list[Tok], k: int) -> bool:
    """Does the noun phrase starting at token ``k`` open the sentence, only its role or a و before
    it (والمدير العام خالد السالم؛ not وزار الوزير خالد السالم)?"""
    return k <= 4 and not any(ctx.verb_forms.get(t.text) is not None or t.text in PREPOSITIONS
                              or bare_verb_like(ctx, t.text[1:] if t.text[:1] == "و" else t.text) for t in toks[:k])


def main_clause_subject(ctx: Context, sent: Sentence, i: int, reported: bool = True) -> list[Tok] | None:
    """The subject after the sentence's first word, taken as its verb: ورفضت النقابات …، مؤكدة.

    ``reported``: the sentence may hold reports of its own (a bare cue verb's subject is then its
    report's, read before); ``False`` when it reported nothing (تحدث الخطيب عن الدنيا.)."""
    toks = sent.toks
    d = _dateline_end(toks, i) if sent.index == 0 else 0
    k = d + _fronted_phrase_end(toks[d:], i - d)
    k = _concessive_end(ctx, toks, k, i)
    while k < i:
        if toks[k].text in HOWEVER and k + 1 < i and is_complementizer(toks[k + 1].text):
            break  # غير أن الوزير زار المصنع، مؤكدا…: «غير أن» "however" opens the clause, no adverb
        step = adverbial_length(ctx, toks[k:i]) or int(toks[k].text in COMMA or is_adverbial(ctx, toks[k].text))
        if not step:
            break
        k += step  # (an opening adverbial: وفي سياق متصل، …، من جانبه، عقب ذلك)
    if k < i and toks[k].text in _QAD:
        k += 1  # وعلى سبيل المثال، فقد أبدت رئيسة الكشافة…: the verb after قد
    elif k < i - 1 and toks[k].text == "ثم" and bare_verb_like(ctx, toks[k + 1].text):
        k += 1  # ثم عزز المدرب الفرضية…: the verb after ثم ("then"), bare as it is
    if k >= i - 1:
        return None
    if toks[k].text in KAN:
        return _kan_clause_subject(ctx, sent, k, i)
    negated = toks[k].text in NEGATION and k + 2 < i
    if negated:
        k += 1  # ولم يشر البيان إلى…، لكنه أشار: the verb after the negation
    elif not reported and _conjoined_speaker(ctx, toks[k].text):
        return _opening_svo_subject(ctx, sent, k, i)  # والمدرب زار الملعب، وقال…: و and its subject first
    elif not reported and not _with_conjunction(ctx, toks[k].text) and (not bare_verb_like(ctx, toks[k].text)
                                                                      or toks[k].text in HOWEVER):
        # لكن أوباما لم يصل…، لكنه أعلن؛ لكن الوزير زار المصنع، مؤكدا…
        return _negated_svo_subject(ctx, sent, k, i) or _opening_svo_subject(ctx, sent, k, i)
    if (negated or not _with_conjunction(ctx, toks[k].text)) and (not (bare_verb_like(ctx, toks[k].text)
                                                           or negated and toks[k].text in ctx.verb_forms)
                                                      or (reported and toks[k].text in ctx.verb_forms)):
        return None  # (a bare cue verb's subject is its own report's, read before)
    return _without_emphasis(_with_conjunct(ctx, toks, k, i, clause_subject(ctx, toks, k, i)))


_CONCESSIVE_REACH = 25  # the most words of an opening concessive clause before its main verb


def _concessive_end(ctx: Context, toks: list[Tok], k: int, i: int) -> int:
    """Past an opening concessive clause «(و)رغم أن / (و)بالرغم من أن + subject + verb…» to the main
    clause's verb, an imperfect written with no comma before it (ورغم أن الأسعار شهدت تراجعا
    يستبعد مسؤولون…، وقالوا…), or the word after the comma that closes it; ``k`` when none opens."""
    w = toks[k].text if k < i else ""
    base = w[1:] if w[:1] == "و" else w
    j = k + 1
    if base == "على" and j < i and toks[j].text == "الرغم":
        base, j = "الرغم", j + 1
    if base not in DESPITE:
        return k
    if j < i and toks[j].text == "من":
        j += 1
    if j >= i or not is_complementizer(toks[j].text):
        return k  # (رغم الضغوط…: a phrase, no clause; its end is not told)
    own = None
    for m in range(j + 1, min(i, j + _CONCESSIVE_REACH)):
        t = toks[m].text
        if t in COMMA:
            return m + 1
        if t in STOP_PUNCT or t in QUOTES or is_complementizer(t):
            return k
        form = ctx.verb_forms.get(t)
        if form is None and not bare_verb_like(ctx, t):
            continue
        if own is None:
            own = m  # the concessive clause's own verb (الأسعار شهدت)
        elif (form is None or form.aspect == "imperfect") and t[:1] in "يت" and m - 1 > own and toks[m - 1].text not in PREPOSITIONS:
            return m  # (يستبعد مسؤولون: the main clause's imperfect)
    return k


def _with_conjunct(ctx: Context, toks: list[Tok], k: int, i: int, subj: list[Tok] | None) -> list[Tok] | None:
    """The subject of the verb at ``k`` and a second one joined to it by و, when the verb at ``i``
    that continues them is plural or dual: the first verb agrees with the first conjunct only
    (تبادلت الحكومة والمعارضة الاتهامات… وأعلنوا، تبادلت أوكرانيا وانفصاليون مؤيدون لها… وأعلنوا)."""
    if not _plural_at(ctx, toks, i):
        return subj
    if subj is None and k + 1 < i and toks[k + 1].text in ctx.v.place:
        subj = toks[k + 1:k + 2]  # (a country speaks in its government's voice)
    end = toks.index(subj[-1]) + 1 if subj else 0
    if not subj or end >= i or toks[end].text[:1] != "و" or len(toks[end].text) < 4:
        return subj
    w = toks[end].text[1:]
    if not (speaker_word(ctx, w) or w in ctx.v.place or _plural_of_people(ctx, w)):
        return subj
    seg = [Tok(toks[end].start + 1, toks[end].end, w)] + [t for t in toks[end + 1:i]]
    seg = seg[:next((m for m, t in enumerate(seg) if t.text in COMMA or t.text in STOP_PUNCT), len(seg))]
    more = plural_people(ctx, seg) or seg[:max(1, _definite_adjectives_end(seg, 1))]
    return toks[toks.index(subj[0]):end + len(more)]


def _with_conjunction(ctx: Context, w: str) -> bool:
    """Does ``w`` open with the conjunction و/ف before its verb (ورفضت، فأكد), not with its own
    first letter (وزارة، وزير، وفد: a speaker word opens a clause in subject–verb order)?"""
    return w[:1] in "وف" and not speaker_word(ctx, w)


def _conjoined_speaker(ctx: Context, w: str) -> bool:
    """Is ``w`` و/ف + a definite speaker word (والمدرب، والوزارة، فالمدرب), a clause opening subject first?"""
    return w.startswith(("وال", "فال")) and speaker_word(ctx, w[1:])


def _negated_svo_subject(ctx: Context, sent: Sentence, k: int, i: int) -> list[Tok] | None:
    """The subject of a narrated clause opening at ``k`` with its subject before a negated verb
    (لكن أوباما لم يصل إلى…، لكنه أعلن…؛ والوزير لم يحضر): the negation tells the verb."""
    toks = sent.toks
    j = next((m for m in range(k + 1, min(i - 1, k + _SUBJECT_MAX + 1))
              if toks[m].text in NEGATION or toks[m].text in COMMA or toks[m].text in STOP_PUNCT), None)
    if j is None or toks[j].text not in NEGATION or ctx.verb_forms.get(toks[j + 1].text) is None \
            and not bare_verb_like(ctx, toks[j + 1].text):
        return None
    return subject_before(ctx, sent, j)


def _opening_svo_subject(ctx: Context, sent: Sentence, k: int, i: int) -> list[Tok] | None:
    """The subject of a clause opening at ``k`` in the order subject–verb, after «لكن» or «غير/إلا
    أن» or none (لكن الوزير زار المصنع، مؤكدا…؛ غير أن الشركة نفذت…، مشيرة…): a speaker's noun
    phrase, then a finite verb that is no report of its own (a cue's subject is its report's)."""
    toks = sent.toks
    if toks[k].text in BUT:
        k += 1
    elif k + 1 < i and toks[k].text in HOWEVER and is_complementizer(toks[k + 1].text):
        k += 2
    seg = toks[k:min(i, k + _SUBJECT_MAX + 1)]
    if seg and _conjoined_speaker(ctx, seg[0].text):
        seg = [Tok(seg[0].start + 1, seg[0].end, seg[0].text[1:])] + seg[1:]  # (the و is no part of it)
    if not seg or not (speaker_word(ctx, seg[0].text) or seg[0].text in ctx.known or is_given_name(seg[0].text)):
        return None
    cut = np_end(ctx, seg)
    # (np_end does not know the verb: الوزير [زار] المصنع — after a definite word, a bare verb-like word)
    cut = next((m for m in range(1, cut) if (seg[m - 1].text.startswith("ال") or _feminine_then_verb(seg, m))
                and bare_verb_like(ctx, seg[m].text)), cut)
    if not 0 < cut < len(seg) or not plausible_speaker(ctx, seg[:cut]):
        return None
    verb = _past_dashed_aside(toks, k + cut, i)
    if verb is None:
        return None
    form = ctx.verb_forms.get(verb)  # (a cue verb too: the caller asks only when no report came before)
    if form.aspect == "participle" if form is not None else not bare_verb_like(ctx, verb):
        return None
    head = sent.nt.text[max(0, sent.start - 4):sent.start].rstrip()
    if k == 0 and head.endswith(".") and len(head) >= 2 and (len(head) < 3 or not head[-3].isalpha()):
        return None  # «… الرئيس العام أ.د. | عبدالرحمن السند تحرص…»: a sentence split at an abbreviation
    return seg[:cut]


def _past_dashed_aside(toks: list[Tok], m: int, i: int) -> str | None:
    """The word at ``m`` after a subject, or past an aside between dashes that opens there (والرسول
    - صلى الله عليه وسلم - زار المريض: the verb after the honorific); None when the aside does not
    close before ``i``."""
    if toks[m].text not in DASHES:
        return toks[m].text
    close = next((c for c in range(m + 2, min(i, m + _ASIDE_MAX)) if toks[c].text in DASHES), None)
    return toks[close + 1].text if close is not None and close + 1 < i else None


def _feminine_then_verb(seg: list[Tok], m: int) -> bool:
    """Does a perfect verb's feminine -ت follow an indefinite feminine word at ``m`` (منظمات غير
    حكومية [سارعت]، مصادر مطلعة [نقلت]): the verb agrees, the subject has ended?"""
    w = seg[m].text
    return seg[m - 1].text.endswith("ة") and w.endswith("ت") and not w.endswith("ات") and len(w) > 3


def _without_emphasis(subj: list[Tok] | None) -> list[Tok] | None:
    """The subject without the emphatic pronoun after it (وسخر الرئيس أوباما نفسه من…: الرئيس أوباما)."""
    while subj and len(subj) > 1 and subj[-1].text in EMPHATIC_SELF:
        subj = subj[:-1]
    return subj


_DATELINE_REACH = 12  # the most words of a byline and dateline before their colon


def _dateline_end(toks: list[Tok], i: int) -> int:
    """After a byline and dateline opening the article («ماجد الرفاعي- سبق- الرياض: ندد…»): the
    index of the word after their colon; 0 when none (a dash before the colon tells them)."""
    k = next((m for m in range(min(i, _DATELINE_REACH)) if toks[m].text == ":"), None)
    if k is None or k + 1 >= i or not any(t.text in DASHES for t in toks[:k]):
        return 0
    return k + 1


def _kan_clause_subject(ctx: Context, sent: Sentence, k: int, i: int) -> list[Tok] | None:
    """The subject of a clause opened by كان at ``k`` and closed by قد + its verb, which the
    و-verb or participle at ``i`` continues: «وكانت الجماعة قد نشرت البيان، وطالبت بـ…»، «وكان
    الوزير قد زار المدينة وأكد أن…» → the body, the minister (a bare كان clause with no قد is
    left alone: its verb cannot be told from its subject), or by an imperfect verb, whose prefix
    tells it (وكان سعد الغامدي يشغل منصب الوكيل، وطالب بـ… → سعد الغامدي)."""
    toks = sent.toks
    j = next((m for m in range(k + 2, i) if toks[m - 1].text in _QAD), None)
    if j is None:
        j = _kan_imperfect(ctx, toks, k, i)
    if j is None or j + 1 >= i or any(t.text in STOP_PUNCT or t.text == ":" for t in toks[k:i]):
        return None
    form = ctx.verb_forms.get(toks[i].text)
    if form is None or (form.aspect, form.clitic[:1]) not in (("perfect", "و"), ("participle", "")):
        return None  # (…قد بادرت بنشر مقطع يظهر فيه المواطن ويعلن عزمه: an imperfect continues another clause)
    subj = subject_before(ctx, sent, j)
    if not subj or subj[0] is not toks[k + 1]:
        return None
    quoted = subj[0].text in QUOTES and len(subj) > 1  # (a quoted name: وكانت «الوطن» قد نشرت…)
    head = subj[1].text if quoted else subj[0].text
    # (a feminine verb's ت tells its feminine subject: وكانت المقاومة الشعبية قد سيطرت…، وقالت)
    feminine = form is not None and form.gender == "f" and head.endswith("ة")
    if not (feminine or quoted or plausible_speaker(ctx, subj) and (
            speaker_word(ctx, head) or _named(ctx, head) or head in ctx.v.honorific or split_abd_name(subj))):
        return None
    mention = sent.mention(subj)
    return subj if mention is not None and _agrees(ctx, mention.text, form) else None


def _kan_imperfect(ctx: Context, toks: list[Tok], k: int, i: int) -> int | None:
    """The imperfect verb closing the subject of كان at ``k`` with no قد (وكان الوزير يشغل…): the
    first word within a subject's reach after it that is a known imperfect without proclitic, or
    a bare word with the prefix ي/ت of one; None at a comma, or when none is found."""
    for m in range(k + 2, min(i, k + 2 + _SUBJECT_MAX)):
        w = toks[m].text
        if w in COMMA or w in STOP_PUNCT:
            return None
        f = ctx.verb_forms.get(w)
        if f is not None and f.aspect == "imperfect" and not f.clitic \
                or f is None and w[:1] in _IMPERFECT_PREFIX and bare_verb_like(ctx, w):
            return m
    return None


_IMPERFECT_PREFIX = frozenset("يت")


def _agrees(ctx: Context, subject: str, form: VerbForm) -> bool:
    """Can ``subject`` be the subject of a verb of ``form`` in gender (الوزير … وقال، not … وقالت)?"""
    if form.gender is None:
        return True
    gender = analyse_mention(subject, ctx.lexicon).gender
    return gender is None or gender == form.gender


_FRONTED_REACH = 6  # the most words of a prepositional phrase fronted before the verb


def _fronted_phrase_end(toks: list[Tok], i: int) -> int:
    """After a prepositional phrase fronted and closed by a comma («وفي المدينة المنورة، تحدث …»،
    «ومن جهته، أوضح …»): the index of the word after the comma (the verb); 0 when none."""
    first = toks[0].text if toks else ""
    base = first[1:] if first[:1] in "وف" and len(first) > 2 else first
    if base not in _ADVERBIAL_PREPOSITIONS and base not in PREPOSITIONS:
        return 0
    for k in range(1, min(i, _FRONTED_REACH + 1)):
        if toks[k].text in COMMA:
            return k + 1
        if toks[k].text in STOP_PUNCT or toks[k].text in QUOTES:
            return 0
    return 0


_THERE = frozenset({"هناك", "هنا", "ثمة", "هنالك", "لدي", "عند", "حيث", "بينما", "منذ", "لعل", "ربما", "طالما"})
_AL_VERBS = frozenset({"القي", "القت", "التقي", "التقت", "الغي", "الغت", "التفت", "التفتت", "التزم", "التزمت",
                       "التحق", "التحقت", "التمس", "التمست"})  # ألقى، التقى، التفت: verbs that look definite
_NOMINAL_ENDINGS = ("ة", "ات", "ون", "ين", "ية", "اء", "ان", "ا")  # (ا: محملا، an accusative participle)


def bare_verb_like(ctx: Context, w: str) -> bool:
    """Can the word opening a sentence without و be its verb (استنكرت مملكة البحرين…، معتبرة؛ حمّل
    سمير جعجع إيران…، موضحا)? No article, no noun ending, no speaker word, name or function word."""
    return w in _AL_VERBS or w.isalpha() and 3 <= len(w) <= 6 and not w.startswith(("ال", "لل", "بال")) \
        and not w.endswith(_NOMINAL_ENDINGS) and w not in FUNCTION and w not in NOUN_COMP and w not in PREPOSITIONS \
        and not speaker_word(ctx, w) and not is_given_name(w) and w not in ctx.known and w not in ctx.titled and w not in ctx.v.place \
        and w not in ctx.v.honorific and w not in ctx.v.honorific_pronoun and not is_complementizer(w) \
        and w not in ctx.v.relative and w not in _AMMA and w not in _CLAUSE_START and w not in _THERE \
        and not tafil_shape(w)  # (تنظيف، تطوير: a verbal noun)


_SHARED_REACH = 8  # the most words from an SVO clause's verb to the و-verb that continues it


def shared_svo_subject(ctx: Context, sent: Sentence, i: int) -> list[Tok] | None:
    """The subject of the SVO clause that the و-verb at ``i`` continues, its verb told by its
    agreement suffix: «السكان ضاقوا ذرعا بالوضع وقالوا إن…»، «الوزارة رفضت الطلب وقالت إن…».
    Only plural (-وا) and feminine (-ت) verbs are told so; a masculine singular has no mark."""
    toks = sent.toks
    form = ctx.verb_forms[toks[i].text]
    if form.aspect != "perfect" or (form.number, form.gender) not in (("pl", "m"), ("sg", "f")):
        return None
    # (a plural of people or bodies takes a feminine singular verb and, further on, a plural one:
    # «لكن الفصائل المسلحة رفضت الاتفاق وقالوا إن…»)
    suffixes = ("وا", "ت") if form.number == "pl" else ("ت",)
    for g in range(i - 1, max(0, i - _SHARED_REACH), -1):
        w = toks[g].text
        if w in COMMA or w in STOP_PUNCT or w in QUOTES or w == ":" or is_complementizer(w) \
                or ctx.verb_forms.get(w) is not None:
            return None
        if w.endswith(suffixes) and len(w) > 3 and w[:1] not in "وف" and not w.startswith(("ال", "لل", "بال")) \
                and w not in FUNCTION and not is_adverbial(ctx, w) and not w.endswith("ات"):
            np_ = subject_before(ctx, sent, g)
            if np_ and w.endswith("ت") and form.number == "pl" and not _plural_group(np_):
                return None
            if np_ and np_[0].text.startswith("وال"):  # (والوزارة رفضت…: the conjunction is no part of it)
                np_ = [Tok(np_[0].start + 1, np_[0].end, np_[0].text[1:])] + np_[1:]
            return np_ if np_ and plausible_speaker(ctx, np_) else None
    return None


def _plural_group(np_: list[Tok]) -> bool:
    """A group named by a plural (فصائل المعارضة، الجماعات المسلحة): it agrees with a feminine
    singular verb and with a masculine plural one."""
    info = analyse_mention(" ".join(t.text for t in np_))
    return info.type == "group" and info.number == "pl"


def clause_subject(ctx: Context, toks: list[Tok], k: int, i: int) -> list[Tok] | None:
    """The subject after the verb at token ``k`` (read up to ``i`` or a comma) when its object may
    follow it: a speaker word and its nisba adjectives, or a name (واتفقت فيكتوريا مع هذا الرأي،
    ويعلق الأسطورة «مارادونا» في الإذاعة قائلا)."""
    seg = []
    for m in range(k + 1, i):
        if toks[m].text == "." and len(toks[m - 1].text) == 1 and m > k + 1:
            continue  # وتحدث د.هشام الضلعان قائلا: the dot of an abbreviated title ends nothing
        if toks[m].text in COMMA or toks[m].text in STOP_PUNCT:
            break
        seg.append(toks[m])
    seg = _before_phrase_after_name(ctx, seg)
    if not seg:
        return None
    if len(seg) > 1 and seg[0].text == "ذلك" and toks[k].text in ctx.verb_forms \
            and (seg[1].text.startswith("ال") or speaker_word(ctx, seg[1].text)):
        seg = seg[1:]  # أوضح ذلك المشرف العام…، مشيرا: a verb of saying, its object ذلك, then the subject
    if seg[0].text in ctx.v.honorific_pronoun:
        return seg[:1]  # وترأس معاليه الاجتماع، حاثا…: "his excellency" stands for the dignitary
    if seg[0].text in OPEN and seg[0].text != '"':
        close = next((m for m in range(2, min(len(seg), 5)) if seg[m].text in QUOTES), None)
        if close is not None and all(t.text.isalpha() for t in seg[1:close]):
            return seg[:close + 1]  # وعلمت «المدينة» أن…، وأضافت: a quoted name after the verb is its subject
    part = quantified_group(ctx, seg)
    if part is not None:  # ندد عدد من المسؤولين بالهجوم، مؤكدين…: the part of the group, if the verb agrees
        return part if i < len(toks) and _part_agrees(ctx, part, toks[i].text) else None
    subj = seg[:np_end(ctx, seg)]
    if subj and subj[0].text.startswith(("بال", "لل", "كال")):
        return None  # وأشاد بالفريق قائلا: a preposition's object, the subject is dropped
    dashed = _dashed_name(ctx, seg, len(subj)) if subj and speaker_word(ctx, subj[0].text) else []
    if dashed:
        return dashed  # أوضح ذلك المشرف العام على الحملة – التي تتبع لها الحافلة – خالد العمري، مشيرا…
    quoted = _quoted_after(ctx, toks, toks.index(seg[-1]) + 1, i) if len(subj) == len(seg) and speaker_word(ctx, subj[0].text) else []
    if quoted:
        return seg + quoted  # أوضح ذلك المتحدث الرسمي للدفاع المدني، "العقيد محمد العاصمي"، مشيرا…
    if len(seg) > 2 and speaker_word(ctx, seg[0].text) and _ends_in_titled_name(ctx, seg):
        return seg  # ندد الرئيس العام لهيئة الأمر بالمعروف الشيخ الدكتور عبدالرحمن بن عبدالله السند، بالتفجير
    if subj and subj[0].text.startswith("ال"):
        named = _named_after(ctx, subj)
        if named is not None:
            return named
        p = _role_to_name(ctx, subj)
        if p is not None:
            # وأشاد المشرف العام على المهرجان سعد العنزي، …؛ after a nasab the last definite word
            # of the phrase is the family name (الشيخ عبدالرحمن بن عبدالعزيز السديس)
            name = _name_only(ctx, subj[p:])
            end = p + len(name)
            if end == len(subj) - 1 and subj[end].text.startswith("ال") and any(t.text in ctx.v.particle for t in name):
                end += 1
            return subj[:end]
        # a definite head takes only its nisba adjectives here: الوزير [المعرض]، النقابات [اتهامات]
        m = _definite_adjectives_end(subj, 1)
        if m >= 2 and m < len(subj) and strip_article(subj[0].text) in ctx.v.org:
            m = _definite_adjectives_end(subj, m + _body_complement(subj, m))  # المؤسسة العامة [للموانئ]
        subj = subj[:m]
    if subj and not subj[0].text.startswith("ال") and (speaker_word(ctx, subj[0].text) or titled_head(subj)
                                                      or subj[0].text in ctx.v.honorific):
        subj = subj[:_construct_end(ctx, subj)]
    if subj and (speaker_word(ctx, subj[0].text) or titled_head(subj) or (subj[0].text in ctx.v.honorific and len(subj) > 1
                                                                        and speaker_word(ctx, subj[1].text))) \
            and plausible_speaker(ctx, subj):
        return _with_apposition(ctx, toks, subj, len(seg), i)
    h = 0
    while h + 1 < len(subj) and subj[h].text in ctx.v.honorific:
        h += 1  # (وتحدث د. هشام الضلعان قائلا: an abbreviated title, then the name)
    if h and family_name_shape(subj[h].text) and not _noun_of_radical_waw(ctx, toks[k].text):
        return subj[:h + 1]  # وتمنى د.الضلعان…، مضيفا: an abbreviated title and the family name
    if subj and _named(ctx, subj[h].text) and not _noun_of_radical_waw(ctx, toks[k].text) and not speaker_word(ctx, toks[k].text):
        # واتفقت فيكتوريا مع هذا الرأي وقالت…، ودافع كيري عن القرار، قائلا…: a named subject too
        name = subj[:h] + _name_only(ctx, subj[h:])
        if len(name) < len(seg) and _plural_at(ctx, toks, i):
            name = name + _coordinated_name(ctx, seg[len(name):])  # واتفق نواف الردن وفاضل الشميلي…، مشيرين
        return _with_apposition(ctx, toks, name, len(seg), i) if len(name) == len(subj) else name
    if _masculine_plural_at(ctx, toks, i) or i >= len(toks) and seg[0].text.endswith("ون"):
        # (and the subject of a clause that reports nothing, for a later dropped subject to agree
        # with: أشاد إعلاميون بالقرار. وقالوا…: -ون is the nominative, the subject)
        return plural_people(ctx, seg)  # وألقى الجمهوريون خطابات…، متهمين؛ واحتج عشرات العمال…، مؤكدين
    return None


def _masculine_plural_at(ctx: Context, toks: list[Tok], i: int) -> bool:
    """Is the word at ``i`` a masculine plural verb or participle (مؤكدين، وقالوا)?"""
    form = ctx.verb_forms.get(toks[i].text) if i < len(toks) else None
    return form is not None and (form.gender, form.number) == ("m", "pl")


def plural_people(ctx: Context, seg: list[Tok]) -> list[Tok] | None:
    """The plural of people opening ``seg``, for a masculine plural verb to agree with: a sound
    masculine plural in -ون (الجمهوريون، موظفون، المرافقون) or a nisba in -يين, with its nisba
    adjectives, or a count of tens (عشرات، مئات، آلاف) and its group (عشرات العمال، مئات من
    المحتجين); None otherwise (العاملات، الدين، تركيا)."""
    k = 0
    if len(seg) > 1 and seg[0].text in COUNTS:
        k = 2 if seg[1].text == "من" and len(seg) > 2 else 1
    w = seg[k].text
    if not (_plural_of_people(ctx, w, genitive=k > 0) or k and speaker_word(ctx, w)):
        return None
    m = k + 1
    while m < len(seg) and seg[m].text.startswith("ال") == w.startswith("ال") and seg[m].text.endswith(("ون", "يين")):
        m += 1  # (الناشطون الحقوقيون، البرلمانيون المعارضون، موظفون حكوميون)
    return seg[:m]


def _plural_of_people(ctx: Context, w: str, genitive: bool = False) -> bool:
    """Is ``w`` by its shape a sound masculine plural (-ون; -ين too when ``genitive``, after a
    count: عشرات المزارعين) or a nisba plural (-يين): a plural of people, not an imperfect verb
    (يعملون: only a nisba opens with its prefix letter, يمنيون)?"""
    if not w.isalpha() or w in ctx.verb_forms or w in FUNCTION or w.startswith(("لل", "بال", "كال")):
        return False
    b = strip_article(w)
    if len(b) < 5 or not b.endswith(("ون", "ين" if genitive else "يين")) or b in ctx.v.place or w in ctx.v.place:
        return False
    return b.endswith(("يون", "يين")) or w.startswith("ال") or b[0] not in "يتنا"


def _object_in_role(ctx: Context, seg: list[Tok], h: int) -> bool:
    """Does a bare noun, or a definite one that is no adjective, follow a definite word in
    ``seg[:h]``, the words of a role before its name?  Then the object opens there, the name is the
    object's (سلم الوزير الرئيس رسالة من الملك سلمان، استقبل المحافظ الوفد برئاسة الشيخ…; a role's
    complements are adjectives or governed: الرئيس العام لهيئة الأمر بالمعروف الشيخ…)."""
    for a, b in zip(seg[:h], seg[1:h]):
        if not a.text.startswith("ال") or a.text in PREPOSITIONS or not b.text.isalpha() or b.text in FUNCTION \
                or b.text in PREPOSITIONS or b.text.startswith(("ل", "ب", "و")) or b.text in ctx.v.honorific:
            continue
        if not b.text.startswith("ال") or not (adjective_like(strip_article(b.text)) or b.text in DEFINITE_ADJECTIVES):
            return True
    return False


def _before_phrase_after_name(ctx: Context, seg: list[Tok]) -> list[Tok]:
    """``seg`` up to the ب-phrase after a person's name, which is the verb's complement, never a
    part of the name (أشاد الدكتور حامد بن مالح الشمري بمهرجان بلجرشي…، أشاد المدير سعد العلي
    بالجهود; a role's own ب-phrase before the name stays: الرئيس العام لهيئة الأمر بالمعروف الشيخ…)."""
    g = next((m for m, t in enumerate(seg) if is_given_name(t.text)
              or m and seg[m - 1].text in ctx.v.honorific and t.text not in ctx.v.honorific), None)
    if g is None:
        return seg
    end = next((m for m in range(g + 1, len(seg)) if seg[m].text.startswith(("بال", "بم")) and len(seg[m].text) > 4
                and not is_given_name(seg[m].text)), len(seg))
    return seg[:end]


def _noun_of_radical_waw(ctx: Context, w: str) -> bool:
    """Is ``w`` a noun whose و is its first letter (وجود، وزارة), not و + a verb?  A word the lexicon
    holds as a verb with no clitic is that verb (وصف عبدالقادر الجبرتي الاشتراطات بالكارثة، موضحا…:
    وَصَفَ "described", not وصفُ "the description of")."""
    if w not in RADICAL_WAW:
        return False
    form = ctx.verb_forms.get(w)
    return form is None or bool(form.clitic) or form.aspect != "perfect"


def _men_of(seg: list[Tok], k: int) -> bool:
    """«رجال» in construct with a definite genitive (عدد من رجال الأعمال، بعض رجال الدين): the men of
    a trade, people, as the part of a group only (alone, «علم الرجال» is no speaker)."""
    return seg[k].text == "رجال" and k + 1 < len(seg) and seg[k + 1].text.startswith("ال")


_ONE_OF = frozenset({"احد", "احدي"})
# (أحد المسؤولين: one of a group, who speaks in the singular)


def quantified_group(ctx: Context, seg: list[Tok]) -> list[Tok] | None:
    """The part of a group opening ``seg``, without what follows it: the quantifier, its من, the
    group's noun and its nisba adjectives (عدد من المسؤولين [بالهجوم]، بعض المواطنين [بزيادة…]،
    العديد من الخبراء الاقتصاديين، أحد المسؤولين); None when no quantified group of people opens it."""
    if len(seg) < 2 or strip_article(seg[0].text) not in PARTITIVES and seg[0].text not in _ALL:
        return None  # (كل المشاركين، جميع الأعضاء: the whole group, read as its part is)
    k = 1
    if len(seg) > 3 and seg[1].text in GROUP_SIZES and seg[2].text == "من":
        k = 2  # عدد كبير من المعجبين
    if seg[k].text == "من" and len(seg) > k + 1:
        k += 1
    w = seg[k].text
    if not (speaker_word(ctx, w) or (w.startswith("ال") and w.endswith(("ين", "ون")) and len(w) > 5)
            or _men_of(seg, k)):
        return None  # (بعض الشيء، عدد الضحايا: no group of people)
    m = k + 1
    if not w.startswith("ال") and m < len(seg) and seg[m].text.startswith("ال"):
        m += 1  # a construct's genitive: عدد من قادة القطاعات [الأمنية]، أحد مسؤولي الوزارة
    while m < len(seg) and seg[m].text.startswith("ال") and nisba_adjective(seg[m].text):
        m += 1
    return seg[:m]


def _part_agrees(ctx: Context, part: list[Tok], verb: str) -> bool:
    """Does the verb agree with the part of a group: أحد/إحدى in the singular, the others in the
    plural or dual (ندد عدد من المسؤولين…، مؤكدين; not …، مؤكدا, another's)?"""
    form = ctx.verb_forms.get(verb)
    if form is None or form.number is None:
        return False
    one = strip_article(part[0].text) in _ONE_OF
    return form.number == "sg" if one else form.number in ("pl", "du")


def _plural_at(ctx: Context, toks: list[Tok], i: int) -> bool:
    """Is the word at ``i`` a plural or dual verb or participle?"""
    form = ctx.verb_forms.get(toks[i].text) if i < len(toks) else None
    return form is not None and form.number in ("pl", "du")


def _coordinated_name(ctx: Context, rest: list[Tok]) -> list[Tok]:
    """A second name joined by و at the head of ``rest`` (وفاضل الشميلي), or nothing."""
    if not rest or rest[0].text[:1] != "و" or not is_given_name(rest[0].text[1:]):
        return []
    bare = [Tok(rest[0].start + 1, rest[0].end, rest[0].text[1:])] + rest[1:]
    return rest[:len(_name_only(ctx, bare))]


_TITLED_NAME_MAX = 6  # the most words of a name after its honorific
_TITLED_ROLE_MAX = 12  # … and of the role and honorifics before it


def _ends_in_titled_name(ctx: Context, seg: list[Tok]) -> bool:
    """Does the clause's segment (its words up to a comma) end in an honorific and a name that
    closes it (…لهيئة الأمر بالمعروف الشيخ الدكتور عبدالرحمن بن عبدالله السند)?  Then the whole
    segment is the subject, its role in construct before the name."""
    h = next((m for m in range(len(seg) - 2, 0, -1) if seg[m].text in ctx.v.honorific), None)
    if h is None or h > _TITLED_ROLE_MAX or len(seg) - h - 1 > _TITLED_NAME_MAX or not is_given_name(seg[h + 1].text):
        return False
    if _object_in_role(ctx, seg, h):
        return False
    name = seg[h + 2:]
    # given names and particles (بن، آل), then one family name (…بن عبدالله السند، ساندرا ندف)
    inner = all(is_given_name(t.text) or t.text in ctx.v.particle or t.text in ctx.known for t in name[:-1])
    if not inner or not name:
        return inner
    last = name[-1].text
    return (last.startswith("ال") and len(last) >= 4 and last.isalpha() and not speaker_word(ctx, last)) \
        or _name_like(ctx, last) and (last[:1] not in "بلك" or is_given_name(last) or last in ctx.known)


_APPOSITION_MAX = 7  # the most words of a role or name between commas after a subject


def _with_apposition(ctx: Context, toks: list[Tok], subj: list[Tok], seg_len: int, i: int) -> list[Tok]:
    """``subj`` and the role or name between commas right after it (حمّل سمير جعجع، رئيس حزب
    القوات اللبنانية، إيران…؛ قطع قائد المعركة، اللواء فضل حسن، بأن…), when it took its whole segment."""
    start = toks.index(subj[0])
    comma = start + seg_len
    if len(subj) != seg_len or comma >= i or toks[comma].text not in COMMA:
        return subj
    close = next((m for m in range(comma + 1, min(i, comma + 2 + _APPOSITION_MAX)) if toks[m].text in COMMA), None)
    if close is None or close == comma + 1:
        return subj
    app = toks[comma + 1:close]
    if _quoted_name(ctx, app):
        return toks[start:close - 1]  # (the quoted name's closing mark is no part of the mention)
    first = app[0].text
    if not (first in ctx.v.honorific or is_given_name(first) or (speaker_word(ctx, first) and not first.startswith("ال"))) \
            or np_end(ctx, app) < len(app) or not plausible_speaker(ctx, app):
        return subj
    return toks[start:close]


# definite adjectives of a construct's complement that are no nisba: أمين عام المنظمة العامة المكلف
DEFINITE_ADJECTIVES = frozenset({"العام", "العامة", "الاعلي", "الخاص", "الخاصة", "المكلف", "المكلفة", "المساعد",
                                  "المساعدة", "السابق", "السابقة", "الحالي", "الجديد", "الجديدة", "الاول", "الاولي",
                                  "الدائم", "الدائمة", "المشترك", "المشتركة", "المتحدة", "المفوض", "المنتدب"})


def _indefinite_nisba(ctx: Context, w: str) -> bool:
    """ياباني، سعودية: an indefinite nisba adjective (not a given name like علي, nor a title like مفتي)."""
    return w.endswith(NISBA_ENDINGS) and len(w) > 3 and not w.startswith("ال") and not is_given_name(w) \
        and not speaker_word(ctx, w) and not speaker_word(ctx, w[1:]) and w not in ctx.v.portfolio


_NASAB_WORDS = frozenset({"بن", "بنت", "ابن", "ابو", "عبد"})


def _definite_adjectives_end(subj: list[Tok], m: int) -> int:
    """Past the definite nisba and other adjectives from ``m`` (الوزير [المعرض]: none)."""
    while m < len(subj) and subj[m].text.startswith("ال") and subj[m].text not in PREPOSITIONS \
            and (subj[m].text.endswith(("ي", "ية", "يون", "يين")) or subj[m].text in DEFINITE_ADJECTIVES):
        m += 1
    return m


def _body_complement(subj: list[Tok], m: int) -> int:
    """The words of a body's ل-complement at ``m`` after its adjectives (المؤسسة العامة [للموانئ]،
    الهيئة الوطنية [لمكافحة الفساد]): the body's own name, not an addressee."""
    w = subj[m].text
    if w.startswith("لل") and len(w) > 4:
        return 1
    if w[:1] == "ل" and len(w) > 3 and m + 1 < len(subj) and subj[m + 1].text.startswith("ال"):
        return 2
    return 0


def _construct_end(ctx: Context, subj: list[Tok]) -> int:
    """Where an indefinite head's construct ends before the object of a verb that reports nothing:
    right after a definite word only an adjective, a title, an honorific or a name follows
    (وافتتح أمير المنطقة [المعرض]، ألقى وزير الدولة الياباني [كلمة]، التقى وزير الخارجية [نظيره]،
    اقتربت إدارة نادي الاتحاد [من حسم…]); a family name after a bare name stays (…بن عطاف الصحاف)."""
    first = next((m for m, t in enumerate(subj) if t.text.startswith("ال") or m and _indefinite_nisba(ctx, t.text)), None)
    if first is None:
        return len(subj)
    if len(subj) > first + 1 and speaker_word(ctx, subj[-1].text) and not subj[-1].text.startswith("ال"):
        subj = subj[:-1]  # سماحة مفتي عام المملكة [رئيس]: a head without its complement ends nothing
    for m in range(first + 1, len(subj)):
        w, prev = subj[m].text, subj[m - 1].text
        if family_particle(subj, m - 1):
            after = subj[m + 1].text if m + 1 < len(subj) else ""
            if after and not (is_given_name(after) or after in ctx.known or speaker_word(ctx, after)
                              or after in ctx.v.honorific):
                return m + 1  # محمد آل هيازع [تعازيه]: آل and its word close the name
            continue
        if not (prev.startswith("ال") or _indefinite_nisba(ctx, prev)) or prev in ctx.v.honorific or w.startswith("وال"):
            continue  # (ابتكر مهندس ياباني [وسيلة]: after an indefinite nisba too)
        if w in PREPOSITIONS and w != "في" and m + 1 < len(subj) and not subj[m + 1].text.startswith("ال"):
            return m  # من حسم…: the verb's complement (not في اليمن، والحماية من الحرائق: the body's own)
        if m >= 2 and (is_given_name(subj[m - 2].text) or unlisted_given_name(ctx, subj, m - 2)) \
                and not w.startswith("ال") and w.isalpha() \
                and not (is_given_name(w) or w in ctx.known or speaker_word(ctx, w) or w in ctx.v.honorific):
            return m  # a given name and its family name close the name: خالد الدخيل [خالص شكره]
        feminine_next = m + 1 < len(subj) and subj[m + 1].text.startswith("ال") and subj[m + 1].text.endswith(("ة", "ات"))
        if not w.startswith("ال") and (w.endswith(("ة", "ا")) or strip_pronoun(w) != w or feminine_next) and w.isalpha() \
                and not (is_given_name(w) or w in ctx.known or w in ctx.v.particle):
            return m  # an indefinite object, one with a pronoun, or in construct (نقل وزير الخارجية [تعازي المملكة])
        if w.startswith("ال") and not ((w.endswith(NISBA_ENDINGS) and len(w) > 4) or w in DEFINITE_ADJECTIVES
                                        or speaker_word(ctx, w) or w in ctx.v.honorific) \
                and not any(t.text in ctx.v.honorific or is_given_name(t.text) for t in subj[m + 1:m + 4]) \
                and not any(t.text in _NASAB_WORDS for t in subj[max(0, m - 3):m]):
            return m  # (حزب الوطنيين الأحرار النائب دوري شمعون: a name ahead, the title goes on; محمد بن
            # عبد الرحمن المخرج [دعم…]: after a nasab the definite word is the family name)
    return len(subj)


def _named_after(ctx: Context, subj: list[Tok]) -> list[Tok] | None:
    """A definite description or honorifics and the name after them, quoted or opened by a given
    name: الأسطورة «مارادونا»، النجم محمد صلاح، الشيخ الدكتور عبد الرحمن السند، الأستاذ هيكل."""
    m = 1 if subj[0].text not in ctx.v.honorific else 0
    while m < len(subj) and subj[m].text in ctx.v.honorific:
        m += 1
    nisba = m
    while nisba + 1 < len(subj) and m == 1 and subj[nisba].text.startswith("ال") \
            and subj[nisba].text.endswith(("ي", "ية")) and is_given_name(subj[nisba + 1].text) \
            and subj[nisba + 1].text != "باسم":  # (المتحدث الرسمي باسم الوزارة: "on behalf of")
        nisba += 1  # الحكم الدولي نبيل الشمردل، المهاجم السويدي زلاتان: a nisba, then the name
    m = nisba
    if m >= len(subj) or m == 0:
        return None
    if subj[m].text in OPEN:
        close = next((e for e in range(m + 1, min(len(subj), m + 6)) if subj[e].text in QUOTES), None)
        return subj[:close + 1] if close is not None and close > m + 1 else None
    w = subj[m].text
    if subj[m - 1].text in ctx.v.honorific and w.startswith("ال") and len(w) >= 5 and not speaker_word(ctx, w) \
            and w not in ctx.v.honorific and not content_noun(ctx, w):
        return subj[:m + 1]  # بدوره استعرض الدكتور اللويم [بعض…]: a family name after an honorific
    if is_given_name(w) or (subj[m - 1].text in ctx.v.honorific and w.isalpha() and not w.startswith(("ال", "و"))
                            and w not in FUNCTION and ctx.verb_forms.get(w) is None
                            and not (w.endswith("ة") and m + 1 < len(subj) and subj[m + 1].text in PREPOSITIONS)):
        # (سلم السفير الأمير رسالة من…: a noun of the feminine and its preposition, the object)
        return subj[:m] + _name_only(ctx, subj[m:])
    return None


def _role_to_name(ctx: Context, subj: list[Tok]) -> int | None:
    """Where the name starts (after its honorifics) in a definite role that runs on through its
    complements to a given name (المشرف العام على المهرجان [سعد] العنزي، الرئيس العام لشؤون المسجد
    الحرام الشيخ [عبدالرحمن] السديس); None when the words between hold a verb, or the role is a body's."""
    if strip_article(subj[0].text) not in ctx.v.title:
        return None
    for p in range(2, len(subj)):
        w = subj[p].text
        if ctx.verb_forms.get(w) is not None or w in IN_ONES_NAME:
            return None  # (القناة… قام الخديوي، المتحدث الرسمي باسم: no name of the role there)
        if w not in ("علي", "باسم") and opens_name(ctx, subj, p):  # (على; المتحدث باسم: "on behalf of")
            if _object_in_role(ctx, subj, p):
                return None
            h = p
            while p + 1 < len(subj) and subj[p].text in ctx.v.honorific:
                p += 1
            if p > h and subj[h - 1].text in PREPOSITIONS \
                    and not (is_given_name(subj[p].text) or subj[p].text in ctx.known or opens_name(ctx, subj, p)):
                return None  # (نقل السفير إلى الملك تحيات…: the honorific is the preposition's, no name follows it)
            return p
    return None


def _name_only(ctx: Context, subj: list[Tok]) -> list[Tok]:
    """The name at the head of ``subj``, without the object the clause's verb may have after it:
    محمد العلي [الوفد]، محمد بن سلمان [الوفد]، جيب [الابتعاد عن…]، شل [توزيعاتها]، جيب بوش [معركة]."""
    name: list[Tok] = [subj[0]]
    for k, t in enumerate(subj[1:6], 1):
        w, prev = t.text, name[-1].text
        if prev in ctx.v.particle:
            name.append(t)  # بن سلمان، آل سعود
            if prev == "ال":
                break  # آل الشيخ [المسلمين]: آل and its word are the whole family name
            continue
        if w in ctx.v.particle and (w != "ال" or family_particle(subj, k)):
            name.append(t)  # (آل هيازع: آل is never a name's end; الـ«…»، الـ20: the article)
            continue
        nasab = any(x.text in ctx.v.particle and x.text not in _COMPOUND_FIRST for x in name)
        if w.startswith("ال") and (w.endswith("ي") or family_name_shape(w) or (len(w) <= 6 and not nasab)):
            name.append(t)  # the family name with the article ends the name (a nisba, -ان: الضلعان)
        elif not w.startswith("ال") and len(name) == 1 and strip_pronoun(w) == w and not w.endswith("ة") \
                and (is_given_name(prev) or w in ctx.known or (prev not in ctx.known and prev not in ctx.titled)):
            name.append(t)  # a second bare word: جيب بوش (not after a surname: وارتكب هاميلتون أخطاء)
            continue
        elif len(name) == 2 and all(is_given_name(x.text) for x in name) and _bare_surname(ctx, w):
            name.append(t)  # two given names and the surname: رجب طيب أردوغان [المدينة]
            continue
        elif len(name) >= 3 and name[-2].text in ctx.v.particle and not w.startswith("ال") and w.isalpha() \
                and strip_pronoun(w) == w and not w.endswith(("ة", "ا")) and not speaker_word(ctx, w) \
                and k + 1 < len(subj) and speaker_word(ctx, subj[k + 1].text) and w not in ctx.verb_forms:
            name.append(t)  # a bare family name after the nasab, its role after it: ممدوح بن محمد عراقي رئيس…
        break
    if name[-1].text in ctx.v.particle and len(name) < len(subj) and subj[len(name)].text.isalpha():
        name.append(subj[len(name)])  # (a long nasab: تركي بن سعود بن محمد آل سعود; a particle ends no name)
    return name


def _bare_surname(ctx: Context, w: str) -> bool:
    """May the bare word ``w`` close a name of given names: no article, pronoun, ة or accusative ا,
    no verb, speaker word, role or function word (not وفدا، جائزة، صديقه، مهاجم، أن)?"""
    return w.isalpha() and not w.startswith("ال") and strip_pronoun(w) == w and not w.endswith(("ة", "ا")) \
        and w not in ctx.verb_forms and not speaker_word(ctx, w) and not is_adverbial(ctx, w) \
        and w not in ctx.v.name_role and not is_complementizer(w) and w not in FUNCTION


def _named(ctx: Context, w: str) -> bool:
    """A given name, a name seen before in the document, or a country (not an object: معرضا)."""
    seen = w in ctx.known or w in ctx.titled
    return (is_given_name(w) or seen or w in ctx.v.place) and not (w.endswith("ا") and not seen and not is_given_name(w))


def speech_owner(ctx: Context, subj: list[Tok]) -> list[Tok] | None:
    """The owner of the words opening ``subj`` (the tokens from the subject on), who is the
    speaker: وتفيد تصريحات لمسؤول حكومي ألماني بأن…، وأكدت تصريحات وزير الخارجية أن… → the
    official, the minister (the ل of the owner left out of the mention)."""
    if len(subj) < 2 or strip_article(subj[0].text) not in ctx.v.speech:
        return None
    m = 1
    while m < len(subj) and not subj[m].text.startswith(("ل", "ال")) and adjective_like(subj[m].text):
        m += 1  # تصريحات صحفية لوزير…
    owner: list[Tok] = []
    for k, t in enumerate(subj[m:], m):
        if t.text in COMMA or t.text in STOP_PUNCT or is_complementizer(t.text) or ctx.verb_forms.get(t.text):
            break
        if t.text in ("في", "عبر") and k + 1 < len(subj) and strip_article(subj[k + 1].text) in ctx.v.media:
            break  # تصريحات لمسؤول في صحيفة «بيلد»: where the words appeared
        owner.append(t)
    if not owner or (owner[0].text.startswith("ال") and m > 1):
        return None
    w = owner[0].text
    if w.startswith("لل"):
        owner[0] = Tok(owner[0].start + 2, owner[0].end, "ال" + w[2:])
    elif w.startswith("ل") and not is_given_name(w):
        owner[0] = Tok(owner[0].start + 1, owner[0].end, w[1:])
    owner = owner[:np_end(ctx, owner)]
    if not owner or not plausible_speaker(ctx, owner) or not (speaker_word(ctx, owner[0].text) or _named(ctx, owner[0].text)):
        return None
    return owner


def described_words(ctx: Context, toks: list[Tok], i: int) -> list[Tok] | None:
    """The owner of indefinite words that the imperfect verb at ``i`` describes: «ردا على
    تصريحات لمسؤول حكومي ألماني في صحيفة "بيلد" تفيد بأن…» → the official."""
    for k in range(i - 1, max(-1, i - _DESCRIBED_REACH), -1):
        w = toks[k].text
        if w in COMMA or w in STOP_PUNCT or is_complementizer(w) or ctx.verb_forms.get(w) is not None:
            return None
        if w in ctx.v.speech and k + 1 < i:
            return speech_owner(ctx, toks[k:i])
    return None


def pronoun_before(ctx: Context, sent: Sentence, i: int) -> Span | None:
    """The pronoun subject of the verb at ``i``: on لكنه/إنها/أنهم right before it, or before an
    adverbial standing between (لكنه في الوقت ذاته يصف…، إنها أيضا تؤكد…)."""
    toks = sent.toks
    form = ctx.verb_forms.get(toks[i].text)
    for k in range(i - 1, max(-1, i - 6), -1):
        span = pronoun_subject(sent, toks[k]) or _independent_subject(sent, toks[k], form)
        if span is not None:
            return span if k == i - 1 or adverbial_length(ctx, toks[k + 1:i]) == i - k - 1 else None
    return None


# an independent pronoun and the verb forms that agree with it (وهي تحذر، وهو يؤكد، وهم يطالبون)
_INDEPENDENT_AGREEMENT = {"هو": ("m", "sg"), "هي": ("f", "sg"), "هم": ("m", "pl")}


def _independent_subject(sent: Sentence, t: Tok, form: VerbForm | None) -> Span | None:
    """An independent pronoun (هو، هي، هم; after و or ف) as the subject of an imperfect verb that
    agrees with it: «ووزارة الداخلية إذ تعلن ذلك…، وهي تحذر من…» → هي, who she is the document's to tell."""
    w = t.text[1:] if t.text[:1] in "وف" and len(t.text) == 3 else t.text
    if form is None or form.aspect != "imperfect" or form.clitic or _INDEPENDENT_AGREEMENT.get(w) != (form.gender, form.number):
        return None
    return sent.span(t.end - len(w), t.end)


def pronoun_subject_word(w: str) -> bool:
    """Is ``w`` لكنه/إنها/أنهم…, a host carrying the subject pronoun?"""
    return any(w.startswith(base) and w[len(base):] in _PRONOUNS for base in _PRONOUN_HOSTS)


def pronoun_subject(sent: Sentence, t: Tok) -> Span | None:
    """The pronoun suffix of لكنه/لكنها/إنه/أنهم right before a verb, as the subject mention."""
    for base in _PRONOUN_HOSTS:
        if t.text.startswith(base) and t.text[len(base):] in _PRONOUNS:
            return sent.span(t.start + len(base), t.end)
    return None
