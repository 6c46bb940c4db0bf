"""Cues: the words that make a sentence worth reading, and the guards that tell a reporting
verb from its homographs (لم يعلن، بين "between", ماذا تعتقد، بما ورد، من أبرز، a quoted verb).

Also the according-to phrases (بحسب، وفقا ل، نقلا عن، على لسان), matched longest first.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.indicates import thing_indicates
from attribution.backends.rules.noun_phrase import DEMONSTRATIVES
from attribution.backends.rules.quotes import inside_quote
from attribution.backends.rules.words import content_noun, ends_clause, is_adverbial, is_complementizer
from attribution.lexicon.closed import (
    IN_IT, BEFORE_MASDAR, BEFORE_MASDAR_ONLY, COMMA, COPULAS, COUNTING, DASHES, DESPITE, DEGREE, ELATIVES, ENDANGERED, FUNCTION, INTERROGATIVES, NEGATION, OPEN, PASSIVE,
    PREPOSITIONS, QAD, QUOTES, RELATIVES, STATEMENT_NOUNS, STOP_PUNCT, WHAT,
)
from attribution.lexicon.cues import Frames, Lexicon, VerbForm
from attribution.text.morph import strip_article, strip_pronoun
from attribution.text.normalize import norm_word

_WORDS = re.compile(r"\w+")
# common words opening an according-to phrase (في تصريح ل، على لسان، كما قال): the phrase
# triggers a sentence on its next, distinctive word
_COMMON = frozenset({"في", "علي", "كما", "جاء", "ورد", "ل", "ما", "عن", "مع", "الي"})
# a strict homograph is a verb after a comma or قد: …، بين الوزير أن / وقد بين أن
_BEFORE_STRICT = COMMA | QAD
# what may stand before a clause-initial verb: وقالت، كما أكد، وقد أوضح، بدوره قال، غير أن…
_CONNECTIVES = frozenset({"و", "ف", "كما", "ثم", "وقد", "فقد", "قد", "لقد", "كذلك", "بدوره", "بدورها",
                          "لكن", "ولكن", "غير", "الا", "بينما", "فيما"})
FOR_HIS_PART = frozenset({"جانب", "جهة", "ناحية", "طرف"})  # من جانبه، ومن جهتها: "for his part"
# meanings whose object may open with a demonstrative: عدّ ذلك من الأعمال الصالحة، وصف ذلك بأنه…
PREDICATING = frozenset({"believe", "describe"})
_WHAT = frozenset({"ما", "بما", "كما", "لما", "مما", "فيما", "وما"})
# what follows the verb وَرَدَ "appear": ورد في، ورد اسمه، ورد ذكره
_AFTER_WARADA = frozenset({"في", "فيه", "فيها", "ذكره", "ذكرها", "اسمه", "اسمها"})
_WARADA_FORMS = frozenset({"ورد", "وردت"})


@functools.lru_cache(maxsize=8)
def triggers(lexicon: Lexicon) -> frozenset[str]:
    """Words whose presence makes a sentence worth analysing: verb forms, passive forms and the
    distinctive word of each according-to phrase (لسان of على لسان, with its و form)."""
    acc_words = {next((w for w in p if w not in _COMMON), p[0]) for p in lexicon.according_to}
    return frozenset(lexicon.forms) | acc_words | {"و" + w for w in acc_words} | frozenset(PASSIVE)


def may_report(trigger_words: frozenset[str], text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` hold a trigger word?  Most news sentences report nothing."""
    return not trigger_words.isdisjoint(_WORDS.findall(text, a, b))


def negated(toks: list[Tok], i: int, form: VerbForm) -> bool:
    """لم يعلن، لا يؤكد: no report was made."""
    return i > 0 and toks[i - 1].text in NEGATION and not form.clitic


#: verbs whose active voice names the one charged before the charge (اتهم الوزير الحكومة بالتقصير)
_CHARGING = frozenset({"اتهم"})


def _unvocalised_passive(toks: list[Tok], i: int, form: VerbForm) -> bool:
    """Is a verb of charging followed right away by its ب-charge, no one charged between (ومع ذلك
    اتهم بسرقة 200 بيزو: the passive اُتُّهِم, written without its vowels, names no speaker; شاب
    متهما بارتكاب جرائم: the passive participle مُتَّهَم "accused", not مُتَّهِم "accusing")?"""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    # (a ب-word that is a charge: ب + a definite noun, one in ة, or a verbal noun of the derived
    # forms, ا…ا-: بارتكاب، باختلاس، باستغلال; not بيان "statement", بلاتر: the subject, the one charged)
    return form.lemma in _CHARGING and not form.addressed and len(nxt) > 4 \
        and (nxt.startswith("بال") or nxt[:1] == "ب" and (nxt.endswith(("ة", "ات")) or _derived_masdar(nxt[1:])))


def _derived_masdar(w: str) -> bool:
    """A verbal noun of the derived forms VII, VIII and X (انفعال، افتعال، استفعال): ارتكاب، اختلاس،
    انتحال، استغلال، اعتداء — an alif opens it and one stands before its last letter."""
    return len(w) >= 6 and w[0] == "ا" and w[-2] == "ا"


def is_cue(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is the reporting-verb form at token ``i`` a report, not a homograph or a quoted verb?"""
    toks = sent.toks
    if "س" in form.clitic or (i and toks[i - 1].text in _WILL):
        return False  # سيعلن الوزير خطته غدا، فستلاحظ أن…، سوف يقول: what is yet to be said is no report
    if _subjunctive(toks, i, form):
        return False  # تأمل المنظمات أن يحث الرئيس…، من المتوقع أن يعلن…: hoped for, asked for, not said
    if form.aspect == "participle":
        if not participle_opens_content(ctx, toks, i, form) or (i and ctx.verb_forms.get(toks[i - 1].text) is not None):
            return False  # (واستطرد قائلا: one report, its verb's: the participle only introduces the quote)
        if form.clitic == "ب" and _reporting_verb_before(ctx, toks, i):
            return False  # (وتابع الوزير بالقول إن…: one report, the verb's; its content opens with the masdar)
        if form.lemma == "اعتقد" and i and not _report_before(ctx, sent, i):
            return False  # اقتحمت المدينة معتقدة أنها ضعيفة: the belief an act was done in, no words said
    elif form.strict and not (form.clitic or sentence_initial(sent, i) or (i and toks[i - 1].text in _BEFORE_STRICT)):
        return False  # بين "between" vs بيّن "explained": only as a clause-initial verb
    elif form.strict and form.clitic and any(t.text.startswith("بين") for t in toks[max(0, i - 4):i]) \
            and not any(t.text in COMMA for t in toks[max(0, i - 4):i]) \
            and not (i + 1 < len(toks) and is_complementizer(toks[i + 1].text)):
        return False  # تنسيق بيننا وبين أسر الشهداء: "between us and", the preposition again
    if form.clitic and _geminated_stem_start(sent, i, form):
        return False  # ودّعت الإدارة طلابها "bade farewell": no verb stem opens with a shadda, the و is the root's
    if form.aspect == "perfect" and not form.frames.relay and _vocalised_passive(sent, i, form):
        return False  # ووُصِف حبري بأنه…، أُعلِن أن…: a passive written with its vowels names no speaker
        # (نُقل عن أوغلو قوله: a relay's passive still names its source)
    if form.aspect == "imperfect" and _fatha_prefix_measure(form.lemma) and _vocalised_passive(sent, i, form) \
            and not any(is_complementizer(t.text) for t in toks[i + 1:i + 4]):
        # وتُعتبر "بيدو" أول شركة…، أنه يُشترط على المتقدم…: a damma where the active has a fatha (يَعتبر)
        # is the passive, and its subject the thing considered or required, no speaker; an impersonal
        # «يُعتقد أن…، ويُتوقع أن…» is still the unattributed report it reads as
        return False
    if form.aspect in ("perfect", "participle") and _unvocalised_passive(toks, i, form):
        return False  # ومع ذلك اتهم بسرقة…، شاب متهما بارتكاب…: "(was) accused", its ب-charge right after it
    if i + 1 < len(toks) and toks[i + 1].text in DEGREE:
        return False  # فهو حذر جداً من…: "very" modifies an adjective (حَذِر "cautious"), never a verb
    # a verb inside a direct quote is the quoted speaker's, not a report of the sentence
    if inside_quote(sent, i):
        return False
    if _hypothetical(sent, i, form):
        return False
    prev = toks[i - 1].text if i else ""
    if form.aspect == "imperfect" and prev in _MAYBE:
        return False  # قد يقول قائل…، ربما يعتقد أن…، وقد يلاحظ القائد أن…: "may say", a possibility, not said
    if form.aspect == "imperfect" and not form.clitic and prev in INTERROGATIVES:
        return False  # ماذا تعتقد أن…، هل تقول إن…: an interviewer's question, not a report
    if toks[i].text in _WARADA_FORMS and form.lemma == "رد" and _warada(toks, i, prev):
        return False  # بما ورد في الضوابط، وردت شهادات: the verb وَرَدَ "appear", not و + رد "and replied"
    if form.aspect == "perfect" and not form.clitic and prev in {"من", "ومن"} and form.lemma in ELATIVES:
        return False  # ومن أبرز نقاط البرنامج، من أوضح الأمثلة: "most prominent", not "highlighted"
    if thing_indicates(ctx, sent, i, form):
        return False  # الأمر الذي يشير إلى أن…، وتشير المؤشرات إلى…: "indicates", no one speaks
    return not other_sense(sent, i, form)


#: conditional particles: what follows is supposed, not said (وإذا كانوا يعتقدون أن…، لو أن المسؤول نبه…)
_IF = frozenset({"اذا", "واذا", "فاذا", "لو", "ولو", "فلو"})
_IF_KAN = frozenset({"إن", "وإن", "فإن"})  # إنْ before كان (وإن كانوا يظنون…); written, not أنْ كان "that he was"
_KANA = frozenset({"كان", "كانت", "كانوا", "كنت", "كنا", "كن"})
_IF_REACH = 6  # the most words from the particle to the verb (لو أن مفجرا واحدا نبه)


# verbs of judgement: the thing judged is their object (أشاد بالجهود، ندد بالهجوم), which reports nothing;
# they report only with a clause or a quotation of their own (cues.tsv)
JUDGEMENT = frozenset({"praise", "condemn", "criticize"})
_MASDAR_REACH = 16  # the most words from a verb to the masdar of its manner (بالقول), asides included


def _reporting_verb_before(ctx: Context, toks: list[Tok], i: int) -> bool:
    """Is there a reporting verb before token ``i`` in its sentence, its content not yet opened
    (no أن, colon or quote between), that takes its content through it (صرحت، المديرة فلانة،
    بالقول: …)?  A verb of judgement takes the thing judged as its object and leaves the saying
    to the masdar (أشاد المدرب باللاعبين بالقول إنهم…)."""
    for k in range(i - 1, max(-1, i - 1 - _MASDAR_REACH), -1):
        w = toks[k].text
        if w in STOP_PUNCT or w in QUOTES or w == ":" or is_complementizer(w):
            return False
        if (vf := ctx.verb_forms.get(w)) is not None:
            return vf.meaning not in JUDGEMENT
    return False


def _hypothetical(sent: Sentence, i: int, form: VerbForm) -> bool:
    """Does a conditional particle (إذا، لو، إنْ كان) open the clause of the verb at ``i``, with no
    قد between: a supposition, nothing said (وإذا كانوا يعتقدون بأننا سنصمت فهم واهمون، لو أن
    المسؤول نبه بأن الطريق خطر)?  Not a concession, which reports: with قد or a perfect after كان
    (وإذا كان الوزير قد أكد أن…، وإن كان أكد أن…); not ما إذا "whether", nor إذا بـ "suddenly" (فإذا
    بالوزير يعلن أن…), nor إذا right before an imperfect, which is إذ "as" misspelt (إذا تؤكد الوزارة
    أن…: a conditional takes the perfect).  The verb form's own aspect tells perfect from imperfect,
    not its first letter: وإن كان نفى، وإن كان تحدث عن are perfects, a concession that reports."""
    toks = sent.toks
    kana = False
    for k in range(i - 1, max(-1, i - 1 - _IF_REACH), -1):
        w = toks[k].text
        if toks[k + 1].text in _KANA and sent.written(k) in _IF_KAN:
            return form.aspect == "imperfect"
        if w in _KAN_QAD or w in COMMA or w in STOP_PUNCT or w == ":" or w in _CLAUSE_CONNECTIVES \
                or (is_complementizer(w) and not (k and toks[k - 1].text in _IF)):
            return False
        kana = kana or w in _KANA
        if w in _IF:
            nxt = toks[k + 1].text
            if (k and toks[k - 1].text in _WHAT) or (nxt[:1] == "ب" and len(nxt) > 2 and w in _IF_SUDDENLY):
                return False
            if k + 1 == i and w in _IF_SUDDENLY and form.aspect == "imperfect":
                return False
            return not (kana and form.aspect != "imperfect")
    return False


# words that open a new clause before the verb: the particle there is another clause's (إذا رغب بذلك كما أوضح)
_CLAUSE_CONNECTIVES = frozenset({"كما", "ثم", "حيث", "لكن", "ولكن", "بينما", "فيما", "وكما"})


_KAN_QAD = frozenset({"قد", "وقد", "فقد", "لقد"})
_IF_SUDDENLY = frozenset({"اذا", "واذا", "فاذا"})


#: What يَرجِع "goes back to" opens with: a demonstrative or a noun of cause (ويرجع ذلك إلى…).
_GOES_BACK = frozenset({"ذلك", "هذا", "هذه", "تلك", "السبب", "الاسباب", "اسباب", "سبب", "معظم", "اهمية", "اهميه",
                        "التسمية", "التسميه", "الفضل", "الامر", "اصل", "تاريخ", "تاريخه"})


_BETWEEN_REACH = 12  # the most words from «بين X» to its «وبين Y»


def _between(toks: list[Tok], i: int) -> bool:
    """Is بين at ``i`` the preposition of «بين X وبين Y», its second term coming before any
    complementizer (بيّن الوزير أن… has its content first)?"""
    for k in range(i + 1, min(len(toks), i + _BETWEEN_REACH)):
        w = toks[k].text
        if w == "وبين":
            return True
        if is_complementizer(w) or w in STOP_PUNCT or w == ":":
            return False
    return False


def other_sense(sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is the cue word at ``i`` another word or another sense of the verb here: a masdar after a
    preposition (مع توقع المستثمرين), a noun (ألف طالب), "endanger" (تهدد حياة المرضى), "indicate"
    (سهم يشير إلى الغرب), the imperative "remember" (تذكر أن…)?"""
    toks = sent.toks
    if toks[i].text in _NEVER or _first_person(sent, i, form):
        return True
    prev = toks[i - 1].text if i else ""
    if not form.clitic and prev in BEFORE_MASDAR and (prev != "علي" or sent.written(i - 1) == "على"):
        return True  # (not the name علي: وقال الشيخ علي…)
    if not form.clitic and (prev in BEFORE_MASDAR_ONLY or (prev[:1] == "و" and prev[1:] in BEFORE_MASDAR
                                                          and prev[1:] != "علي")):
        return True  # تم نقل المصابين، عدم نقل اللقاء، وخلال تنقل المدير: a verbal noun (وعلي: maybe "and Ali")
    if not form.clitic and prev == "من" and i > 1 and toks[i - 2].text in DESPITE:
        return True  # على الرغم من نفي الوزارة…: "despite the denial"
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    lemma = form.lemma
    if toks[i].text in _STUDENT:
        return _student(toks, i, prev, nxt)
    if toks[i].text in _RUMOURED and (is_complementizer(nxt) or nxt in _ADVERBS or prev in _RELATIVES
                                      or prev in _WITHOUT):
        # وتردد أن…، الذي تردد أنه…: تَرَدَّد "it was rumoured", no speaker (not تُردِّد "she repeats",
        # which has its subject first: وتردد المصادر أن…); بلا تردد: the noun "hesitation"
        return True
    if not form.clitic and prev in _CAUSE:
        return True  # بسبب تجدد القلق، إثر توقع الخبراء: a noun of cause takes a noun, never a verb
    if lemma == "ذكر" and nxt in _THANKED:
        return True  # يُذكر فيُشكر "is remembered and thanked": an idiom of praise, nothing reported
    if lemma == "نص" and (prev in _CAME or (prev in ("في", "وفي") and i > 1 and toks[i - 2].text in _CAME)):
        return True  # وجاء نص الخطاب كالتالي، ورد في نص البيان: the noun "text", not نصّ "stipulated"
    if toks[i].text == "بين" and _between(toks, i):
        return True  # ربطت الباحثة بين تنامي الجريمة وبين البطالة: the preposition "between", not بيّن
    if lemma == "رد" and form.clitic == "و" and prev in _TAKING:
        return True  # ما حدث من أخذ ورد وتأجيل: the idiom "give and take", the noun رَدّ
    if toks[i].text == "فرد" and (prev in COUNTING or prev[-1:].isdigit()):
        return True  # كل فرد مسلم، أي فرد: the noun "individual", not ف + ردّ "and answered"
    if lemma == "دعا" and ((form.clitic and _farewell(toks, i)) or _prayer(toks, i)):
        return True  # ودعت جموع غفيرة جثامين الشهداء: ودّع "bade farewell"; دعا الله أن…: a prayer
    after = toks[i + 2].text if i + 2 < len(toks) else ""
    if lemma == "أعلم" and form.aspect == "imperfect":
        # يعلم الجميع أن…: يَعلَم "knows"; يُعلِم "informs" is an official's, with ب and a noun (تعلم
        # الوزارة بعدم صحة الأخبار)
        return not any(t.text[:1] == "ب" and len(t.text) > 3 and not is_complementizer(t.text) for t in toks[i + 1:i + 6])
    if lemma == "أعلم" and (prev in _GOD or (prev[:1] in ("و", "ف") and prev[1:] in _GOD)):
        return True  # والله أعلم، الله أعلم بالصواب: the elative "knows best", an idiom, no one informs
    if lemma == "أعلم" and (is_complementizer(nxt) or (nxt in _ADVERBS and is_complementizer(after))):
        return True  # أعلم أن…، واعلموا أن…: "I know", "know!"; "informed" has its addressee (أعلم لاعبيه بأن…)
    if lemma == "لفت" and nxt in _ATTENTION and is_complementizer(after):
        return True  # ولفت نظري أن…: "it caught my eye that", the clause is the subject (not لفت نظره إلى أن…)
    initial = sentence_initial(sent, i) or prev in _BEFORE_STRICT
    if lemma == "هدد":
        # يهدد بإحداث انقسام، الأسعار التي تهدد بإفلاسهم: in the present a thing "threatens to"
        # happen; a speaker's threat is told clause-first (ويهدد الوزير بالاستقالة، وتهدد بتفجير…)
        return strip_article(nxt) in ENDANGERED or (form.aspect == "imperfect" and not form.clitic and not initial)
    if lemma == "أشار" and form.aspect == "imperfect" and not form.clitic and not initial and nxt == "الي" \
            and (prev in _RELATIVES or (prev[:2] != "ال" and prev.isalpha() and prev not in FUNCTION
                                        and prev not in COPULAS and prev not in _PRONOUNS)):
        # سهم يشير إلى الغرب، الأمر الذي يشير إلى…: "indicates", after a relative or an indefinite
        # noun (a report is clause-first: ويشير التقرير إلى…، has a definite subject: أن الإحصاءات
        # تشير إلى ارتفاع…; with أن after a thing see indicates.py: الأمر الذي يشير إلى أن…)
        return not (i + 2 < len(toks) and is_complementizer(toks[i + 2].text))
    if lemma == "أرجع" and form.aspect == "imperfect" and (nxt in _GOES_BACK or nxt[:1] == "ل" and len(nxt) > 2
                                                          or nxt == "الي"):
        # ويرجع ذلك إلى…، ويرجع السبب إلى…، يرجع لأسباب…: يَرجِع "goes back to", nobody speaks; with
        # its speaker first (ويرجع الخبراء ارتفاع الأسعار إلى…) it is يُرجِع "attributes"
        return True
    if toks[i].text in _REMEMBER and not any(t.text.isalpha() for t in toks[:i]):  # (كما تذكر أنه: "as she says")
        k = i + 1 + (nxt in _ADVERBS)
        return k < len(toks) and is_complementizer(toks[k].text)  # تذكر أن…، وتذكر دائما أن…: "remember that"
    return False


# nouns of cause and consequence, followed by a noun (a masdar written like a verb: بسبب تجدد…)
_CAUSE = frozenset({"بسبب", "لسبب", "جراء", "اثر", "نتيجة", "بفعل", "بحكم", "بموجب"})
_TAKING = frozenset({"اخذ", "الاخذ", "اخذا", "واخذ"})  # أخذ ورد، الأخذ والرد: "give and take"
_THANKED = frozenset({"فيشكر", "فتشكر", "فشكر", "ويشكر", "وتشكر"})  # يذكر فيشكر، ذكر فشكر
# the ب-nouns that take their agent with من: بدعم من، بطلب من، بمبادرة من (not بين من قال: "those who")
_NOT_BY = frozenset({"بين", "بعض", "بعد", "بدلا"})


def masdar_after_by(sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is the cue word at ``i`` the verbal noun of a form V/VI verb, written like its perfect
    (تعهُّد "pledge", توقُّع "expectation"), as the agent of a ب-noun with من: بدعم من تعهد الشركة
    بخفض الإنفاق ("backed by the company's pledge")?  Then it is a nominal report, not a verb's."""
    toks = sent.toks
    if form.clitic or i < 2 or toks[i - 1].text != "من" or not toks[i].text.startswith("ت"):
        return False
    w = toks[i - 2].text
    return w[:1] == "ب" and len(w) > 3 and w not in _NOT_BY and w not in FUNCTION and not w.startswith("بال")


# تذكّر "remember!" is written as تذكُر "she mentions"; opening a sentence with أن right after
# it (no subject), it addresses the reader: تذكر أن الأثر أهم من السبب
_REMEMBER = frozenset({"تذكر", "وتذكر"})
# "may, perhaps" before a subjectless تَفعل opening its sentence: the writer's "you" (قد تعتقد أن…)
_MAYBE = frozenset({"قد", "وقد", "فقد", "ربما", "وربما", "فربما"})
_STUDENT = frozenset({"طالب", "وطالب"})
_RUMOURED = frozenset({"تردد", "وتردد"})
_WITHOUT = frozenset({"بلا", "دون", "بدون", "دونما", "بعد"})
# طالبا is the noun "student" (30 طالبا) or طالبًا "asking" (طالبا عدم ذكر اسمه), hardly ever the
# dual "the two demanded"; it stays a cue word, so that a subject ends before it
_NEVER = frozenset({"طالبا", "وطالبا"})
_RELATIVES = RELATIVES | WHAT | {"ربما"}
_PRONOUNS = frozenset({"هو", "هي", "هم", "وهو", "وهي", "وهم", "فهو", "فهي"})  # (كان يشير إلى…، وهو يشير إلى…)
_ADVERBS = frozenset({"فقط", "دائما", "جيدا", "دوما", "ايضا", "تماما", "يقينا"})
_ATTENTION = frozenset({a + p for a in ("انتباه", "نظر") for p in ("ي", "نا", "ه", "ها", "هم", "ك", "كم")})


def _student(toks: list[Tok], i: int, prev: str, nxt: str) -> bool:
    """Is طالب at ``i`` the noun "student": counted or named (ألف طالب، أي طالب، أبو طالب، 30 طالب),
    paired with its feminine (طالب وطالبة، طالبة وطالب), a predicate (وهو طالب) or described by an
    indefinite nisba (طالب بريطاني، طالب جامعي)?  (The verb "demanded" has a subject and
    ب/بأن after it: وطالب الوزير بإقالة…)"""
    return prev in COUNTING or prev[-1:].isdigit() or nxt.startswith("وطالب") \
        or (toks[i].text.startswith("و") and prev.startswith("طالب")) or prev in _PRONOUNS \
        or (nxt.endswith("ي") and len(nxt) > 3 and nxt.isalpha() and not nxt.startswith(("ال", "بال", "لل"))
            and not (i + 2 < len(toks) and toks[i + 2].text.startswith("ال")))
    # (وهو طالب في العشرين: a predicate; يتمتع طالب بريطاني بطول…: an indefinite nisba describes the
    # noun; طالب محامي المتهم ببراءة…: a title in construct is the verb's subject)


def _first_person(sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is a verb whose perfect opens with a hamzat al-wasl (اعتقد، اعترف، اقترح، استبعد) written
    with أ/إ here, with no subject after it: the first person "I believe" (أعتقد أن…، وأعترف بأنني…،
    أقترح على…), a column's author, no report?  (A misspelt perfect has its subject: وأختتم رئيس…)"""
    if form.aspect != "perfect":
        return False
    word = sent.written(i)
    if form.gender == "f" and form.number == "sg" and _vowelled_person_ending(word):
        return True  # ذكرتُ في مقال سابق أن…، قلتَ إن…: "I / you mentioned", not ذكرتْ "she mentioned"
    if not form.lemma.startswith("ا") or word[len(form.clitic):len(form.clitic) + 1] not in ("أ", "إ"):
        return False
    nxt = sent.toks[i + 1].text if i + 1 < len(sent.toks) else ""
    return is_complementizer(nxt) or nxt in PREPOSITIONS or nxt in _AFTER_I or nxt in COMMA \
        or _aside_then_that(sent.toks, i)


_ASIDE_MAX = 3  # the most words of an adverbial between "I believe" and its أنّ (بكل أسف، بكل تأكيد)


def _aside_then_that(toks: list[Tok], i: int) -> bool:
    """Does a ب-adverbial (بكل أسف، بالتأكيد) or a parenthetical between dashes (-والله أعلم-) stand
    between the verb at ``i`` and its complementizer?  A subject would come there bare (اعتقد الوزير
    أن…), so «أعتقد بكل أسف أن…» is the author's "I believe"."""
    n = len(toks)
    k = i + 1
    if k < n and toks[k].text in DASHES:
        close = next((m for m in range(k + 1, min(n, k + 2 + _DASH_ASIDE)) if toks[m].text in DASHES), None)
        return close is not None and close + 1 < n and is_complementizer(toks[close + 1].text)
    if k >= n or toks[k].text[:1] != "ب" or len(toks[k].text) < 3 or is_complementizer(toks[k].text):
        return False
    for m in range(k + 1, min(n, k + 1 + _ASIDE_MAX)):
        w = toks[m].text
        if is_complementizer(w):
            return True
        if w in COMMA or w in STOP_PUNCT:
            return False
    return False


_DASH_ASIDE = 4  # the most words of a parenthetical between dashes (والله أعلم)
_PERSON_VOWELS = frozenset({"\u064e", "\u064f", "\u0650"})  # fatha, damma, kasra


def _vowelled_person_ending(word: str) -> bool:
    """Does the perfect ``word`` end in a ت with a short vowel (ذكرتُ "I mentioned", قلتَ "you said")?
    The feminine «she» has a silent ت (ذكرتْ), so a vowel marks the first or second person."""
    k = len(word)
    while k and word[k - 1] in _MARKS:
        k -= 1
    return 0 < k < len(word) and word[k - 1] == "ت" and any(c in _PERSON_VOWELS for c in word[k:])


# what follows "I believe / I propose" where a subject would follow "he believed": أعتقد شخصيا أن…
_AFTER_I = frozenset({"ما", "هنا", "ايضا", "شخصيا", "جازما", "دائما", "ان", "انا", ":"})


_SHADDA = "\u0651"
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653))  # tanwin, short vowels, shadda, sukun


def _geminated_stem_start(sent: Sentence, i: int, form: VerbForm) -> bool:
    """Does the first letter after the proclitic carry a shadda (ودّعت، وضّح، فنّد)?  No verb stem
    opens with a doubled letter, so the و/ف is the word's own: ودّع "bade farewell", not و + دعا."""
    word = sent.written(i)
    letters = 0
    for k, ch in enumerate(word):
        if ch.isalpha() and ch not in _MARKS:
            letters += 1
            if letters == len(form.clitic) + 1:
                marks = word[k + 1:k + 3]
                return _SHADDA in marks and all(m in _MARKS for m in marks[:marks.index(_SHADDA) + 1])
    return False


# who or what is bidden farewell: the dead, the departing (ودعت الجموع جثمان الفقيد، ودع الحجاج)
_DEPARTED = frozenset({"جثمان", "جثامين", "جثة", "جثث", "فقيد", "فقيدة", "شهيد", "شهيدة", "شهداء", "راحل",
                       "راحلة", "ضيوف", "حجاج"})
_FAREWELL_REACH = 12  # the most words from the verb to its object (subject and adverbials between)


def _farewell(toks: list[Tok], i: int) -> bool:
    """Is the object of the دعا-form at ``i``, before any frame or clause, someone departing (ودعت
    مقبرة الشرف في أبها عصر أمس شهداء المسجد)?  Then the word is ودّع "bade farewell"."""
    for k in range(i + 1, min(len(toks), i + 1 + _FAREWELL_REACH)):
        w = toks[k].text
        if ends_clause(w) or w == "الي" or (w[:1] == "ل" and len(w) > 3):
            return False  # (ودعا إلى الصلاة على الشهداء: the frame comes first)
        if strip_article(w) in _DEPARTED:
            return True
    return False


_CAME = frozenset({"جاء", "وجاء", "فجاء", "ورد", "وورد", "يأتي", "ياتي", "ويأتي", "وياتي"})  # جاء نص…: "the text came"
# God as the one called upon: دعا الله أن…، دعت القيادة المولى عز وجل أن… (a prayer, nothing reported)
_GOD = frozenset({"الله", "المولي", "ربه", "ربها", "ربهم", "ربنا"})
_GOD_PRAISE = frozenset({"عز", "وجل", "تعالي", "سبحانه", "وتعالي", "جل", "جلاله", "القدير", "العلي"})
_FOR_HIM = frozenset({"له", "لها", "لهم", "لهما"})
# the words a name or party builds on الله with (عبد الله، الجار الله، حزب الله، فضل الله، رام الله)
_BEFORE_GOD_IN_NAMES = frozenset({"عبد", "عبيد", "جار", "حزب", "فضل", "نصر", "خير", "عطا", "رزق", "جاب", "عوض", "ضيف",
                                  "رام", "سعد", "حسب", "خلف", "مال", "نعمة", "هبة", "حمد"})
_PRAYER_REACH = 8  # the most words from the verb to God (a subject between: دعت القيادة الله)


def _prayer(toks: list[Tok], i: int) -> bool:
    """Is the دعا-form at ``i`` a prayer: its object God, then what is asked (أن يتقبله، بالرحمة،
    له بالشفاء)?  Not a name built on الله (دعا حزب الله أنصاره إلى…، دعا عبد الله المواطنين…)."""
    for k in range(i + 1, min(len(toks), i + 1 + _PRAYER_REACH)):
        w = toks[k].text
        if ends_clause(w) or w == "الي":
            return False
        if w in _GOD and (k == i + 1 or not _builds_on_god(toks[k - 1].text)):
            m = k + 1
            while m < len(toks) and toks[m].text in _GOD_PRAISE:
                m += 1
            nxt = toks[m].text if m < len(toks) else ""
            return is_complementizer(nxt) or nxt in _FOR_HIM or (nxt[:1] == "ب" and len(nxt) > 3)
    return False


def _builds_on_god(w: str) -> bool:
    """Is ``w`` the first part of a name on الله (عبد، العبد، وعبد، الجار، حزب)?"""
    w = w[1:] if w[:1] == "و" and len(w) > 3 else w
    return w in _BEFORE_GOD_IN_NAMES or strip_article(w) in _BEFORE_GOD_IN_NAMES


def vocalised_reading(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> VerbForm:
    """The form its vowels choose: وعدّ with a shadda on the د is و + عدّ "considered" (وعدّ
    المجلس القرار خطوة…), not وعد "promised"."""
    w = sent.toks[i].text
    if form.clitic or w[:1] != "و" or _SHADDA not in sent.written(i):
        return form
    other = ctx.verb_forms.get(w[1:])
    if other is None or other.lemma == form.lemma or other.clitic:
        return form
    return replace(other, clitic="و")


_WILL = frozenset({"سوف", "وسوف", "فسوف", "لسوف"})  # the particle of the future before an imperfect
# أنْ (بأنْ، وأنْ، لأنْ) and إنْ before an imperfect: its subjunctive or jussive; أنّ "that" takes a noun
_SUBJUNCTIVE_THAT = frozenset({"ان", "بان", "وان", "لان"})
# …before أنْ: the act took place (وقال إن…، قبل أن يضيف أن…؛ بعد أن يورد التفاصيل يعقب)
_REALISED_BEFORE = frozenset({"قبل", "وقبل", "فقبل", "بعد", "وبعد", "فبعد", "منذ"})


def _subjunctive(toks: list[Tok], i: int, form: VerbForm) -> bool:
    """Is the imperfect at ``i`` governed by أنْ, an act wished, asked for, expected or possible
    rather than one done (تأمل المنظمات أن يحث الرئيس…، رجا الإمام أن يحث الشيخ…، من المتوقع أن
    تعلن الوزارة…، يمكن أن تقول إن…، دون أن يكشف عن…)?  أنّ "that" never stands right before a verb;
    after قبل أن / بعد أن the act is narrated as done, and reports (قبل أن يضيف أن…)."""
    if form.aspect != "imperfect" or form.clitic or i == 0 or toks[i - 1].text not in _SUBJUNCTIVE_THAT:
        return False
    return not (i > 1 and toks[i - 2].text in _REALISED_BEFORE)
_THAT = frozenset({"ان", "بان"})  # أنّ/بأنّ (not إنّ, which a قال-verb takes)
_THAT_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني")  # أنه، بأنها، أنهم: with the clause's subject
_PROCLITIC_FRAMES = frozenset({"ب", "ل"})  # بضرورة، للإسراع: a frame written on its content head


def _that(w: str) -> bool:
    """أنّ or بأنّ, bare or with its subject pronoun (أنهم، بأنها)."""
    return any(w == t + p for t in _THAT for p in _THAT_PRONOUNS)


_DAMMA = "\u064f"


def _fatha_prefix_measure(lemma: str) -> bool:
    """Is the perfect ``lemma`` of a measure whose active imperfect opens with a fatha: افتعل (اعتبر،
    اشترط), انفعل, استفعل (استنكر), تفعّل/تفاعل (توقّع، تساءل)?  Measures II–IV open theirs with a
    damma (يُؤكد، يُطالب، يُشير), and a bare three-letter lemma may be I or II (ذكر، أكّد): none of them."""
    w = lemma
    if len(w) < 4 or " " in w:
        return False  # (a short lemma, or a phrase: نقل عن)
    return w.startswith(("است", "ان")) or (w[0] == "ا" and len(w) == 5 and w[2] in "تطد") or w[0] == "ت"


def _vocalised_passive(sent: Sentence, i: int, form: VerbForm) -> bool:
    """Does the verb at ``i`` carry the passive's damma on its first letter (وُصِف، أُعلِن، ذُكِر)?"""
    a, b = sent.nt.original_span(sent.toks[i].start, sent.toks[i].end)
    word = sent.nt.original[a:b]
    letters = 0
    for k, ch in enumerate(word):
        if ch.isalpha():
            letters += 1
            if letters == len(form.clitic) + 1:
                return k + 1 < len(word) and word[k + 1] == _DAMMA
    return False


def _report_before(ctx: Context, sent: Sentence, i: int) -> bool:
    """Does a report stand before the participle at ``i`` in its sentence (نفى الشاعر أن…، معتقدا
    أن…; وقالت، مؤكدة…، معتقدة أن…)?  «Believing» goes on with a speaker's words only after them;
    after an act (غادروا الصناعة، معتقدين أن…) it is the state the act was done in, unless a
    source phrase after it gives the belief as their words (معتقدين بأنه…، على حد زعمهم)."""
    forms, toks = ctx.verb_forms, sent.toks
    return any((f := forms.get(toks[k].text)) is not None and is_cue(ctx, sent, k, f) for k in range(i)) \
        or any(match_according(ctx, toks, k) is not None for k in range(i + 1, len(toks)))


#: «now» (الآن), folded like the name ألان: before a participle, an adverb (ولم يردوا حتى الآن مطالبين بـ…),
#: kept out of the adverbial list, which would take the name too (وقال آلان بليندر…)
_NOW = "الان"


def participle_opens_content(ctx: Context, toks: list[Tok], i: int, form: VerbForm) -> bool:
    """مضيفا أن / مشيرا إلى أن / مطالبين بضرورة / داعيا الجميع إلى / مؤكدا أهمية: after a comma,
    with the content right after (its addressee may come first); قائلا: / قائلا إن also after a
    noun phrase (تابع قائلا إن، أشاد بالفريق قائلا:), but not after a copula (بات مؤكدا أن)."""
    n = len(toks)
    nxt = toks[i + 1].text if i + 1 < n else ""
    if i == 0:
        # (a full stop written for the comma: «…في الحي. مشيرا إلى أن…»، «…». مؤكدا أن…»: the
        # participle goes on the report before; only with a أنّ, right after it or after its frame,
        # or with a content head after its frame)
        return (is_complementizer(nxt) and _that(nxt)) or (form.frames.opens(nxt) and n > 2 and _that(toks[2].text)) \
            or _frame_on_content_head(ctx, toks, 1, form)  # «…بالمنطقة. مشددا على ضرورة…»
    prev = toks[i - 1].text
    if nxt in ctx.v.honorific_pronoun and i + 2 < n and (is_complementizer(toks[i + 2].text) or _frame_at(toks, i + 2, form.frames)):
        return True  # مشيرا سموه إلى أن…، مؤكدا معاليه أن…: the style of address as its subject, then the content
    pause = i > 1 and prev == "." and toks[i - 2].text == "."  # (…المنافذ.. مشددا على…: two points, a comma)
    if prev not in COMMA and form.clitic != "و" and not pause:
        if prev in COPULAS or toks[i].text in ctx.v.adverbial:
            return False  # (برهن الوزير مجددا أن…: "again", not "renewing")
        # (a clause with no comma before it, as agency copy writes: …القضية مشيرة إلى أن…، …أمس مضيفا أن…)
        # (…طرابلس مشيرين إلى أنهم…، …حتى الآن مطالبين بضرورة…: the frame and a أنّ or a content head)
        return nxt == ":" or nxt in OPEN or (is_complementizer(nxt) and (form.lemma == "قال" or _that(nxt))) \
            or (form.frames.opens(nxt) and i + 2 < n and _that(toks[i + 2].text)) \
            or _frame_on_content_head(ctx, toks, i + 1, form) or _unagreeing(prev, form) and _frame_at(toks, i + 1, form.frames) \
            or (nxt[:1] in _PROCLITIC_FRAMES and nxt[:1] in form.frames.np and nxt[1:3] != "ال"
                and content_noun(ctx, nxt[1:]) and (prev[:2] != "ال" or is_adverbial(ctx, prev) or prev == _NOW))
        # (not a passive participle: صفقة مهددة بالفشل، الزوجين مطالبين باستمرار…)
    if is_complementizer(nxt) or nxt == ":" or nxt in OPEN:
        return True
    frames = form.frames
    if nxt in IN_IT and i + 2 < n and (is_complementizer(toks[i + 2].text) or _frame_at(toks, i + 2, frames)):
        return True  # وأصدرت الوزارة بيانا، مشيرة فيه إلى أن…: "in it", the statement its subject issued
    if _frame_at(toks, i + 1, frames):
        return True
    k = talk_aside_end(ctx, toks, i + 1)
    if k > i + 1 and k < n and (is_complementizer(toks[k].text) or _frame_at(toks, k, frames)):
        return True  # …، موضحا خلال حديثه لـ«عين اليوم» أن…، مشيرا في تصريح للصحفيين إلى أن…
    if frames.obj and nxt and (nxt not in FUNCTION or (nxt in DEMONSTRATIVES and form.meaning in PREDICATING)) \
            and nxt not in COMMA and nxt not in STOP_PUNCT and nxt not in PREPOSITIONS and not nxt.startswith(("ب", "ل")) \
            and (not frames.head or content_noun(ctx, nxt)):
        return True  # مؤكدا أهمية الخطوة، عادا ذلك من…: the object is the content
    # داعيا الجميع إلى…، لافتا النظر إلى أن: a short addressee, then the frame
    return frames.addressee and any(_frame_at(toks, k, frames) for k in range(i + 2, min(n, i + 5))
                                    if all(t.text not in COMMA for t in toks[i + 1:k]))


def _unagreeing(prev: str, form: VerbForm) -> bool:
    """Is the participle masculine singular after a feminine noun (…ومتابعتهم مشددا على…، …القضية
    مؤكدا على…)?  It cannot describe that noun: it is the state of the (masculine) speaker."""
    return form.gender == "m" and form.number == "sg" and strip_pronoun(prev).endswith("ة") and len(prev) > 3


def _frame_on_content_head(ctx: Context, toks: list[Tok], k: int, form: VerbForm) -> bool:
    """Does a frame of the verb taking a noun phrase stand at ``k`` with a content head after it
    (مشددا على ضرورة…، مؤكدا على حق…)?  The head tells the participle of saying from the
    adjective it is written like (حصارا مشددا على المدينة "tight": a place, no proposition)."""
    w = toks[k].text if k < len(toks) else ""
    return form.frames.opens(w) and w in form.frames.np and k + 1 < len(toks) and content_noun(ctx, toks[k + 1].text)


_TALK_IN = frozenset({"في", "خلال", "اثناء"})
_TALK_ASIDE_MAX = 8  # the most words of «خلال حديثه لـ"…"» between a participle and its content


def talk_aside_end(ctx: Context, toks: list[Tok], k: int) -> int:
    """The token after the occasion and the addressee of the words opening at ``k``: «خلال
    حديثه»، «في تصريح»، «خلال المؤتمر الصحفي»، then «لـ"عين اليوم"»، «للصحفيين» (either may be
    missing); ``k`` itself when neither opens there (…، مضيفا في الرياض أن…: a place is left alone)."""
    n = len(toks)
    j = k
    if talk_occasion_at(ctx, toks, j):
        j += 2
        while j < n and toks[j].text.startswith("ال") and toks[j].text.endswith(("ي", "ية")) and len(toks[j].text) > 4:
            j += 1  # خلال المؤتمر الصحفي
    if j < n and toks[j].text == "ل" and j + 1 < n and toks[j + 1].text in QUOTES:
        close = next((m for m in range(j + 2, min(n, j + _TALK_ASIDE_MAX)) if toks[m].text in QUOTES), None)
        return close + 1 if close is not None else k  # لـ"عين اليوم": the outlet addressed
    w = toks[j].text if j < n else ""
    if w[:1] == "ل" and len(w) > 3 and w not in FUNCTION and not is_complementizer(w) and w[1:3] != "ان":
        return j + 1  # للصحفيين، لوكالة (a single word; لأن is a reason, not an addressee)
    return j


def talk_occasion_at(ctx: Context, toks: list[Tok], k: int) -> bool:
    """Does the occasion of the words open at ``k``: «خلال حديثه»، «في تصريح»، «خلال المؤتمر»?"""
    if k + 1 >= len(toks) or toks[k].text not in _TALK_IN:
        return False
    noun = strip_article(strip_pronoun(toks[k + 1].text))
    return noun in STATEMENT_NOUNS or noun in ctx.v.speech or noun in ctx.v.event


def _frame_at(toks: list[Tok], k: int, frames: Frames) -> bool:
    """Does a frame of the verb open a content at token ``k`` (إلى أن، على ضرورة، بضرورة، للاطلاع)?"""
    if k >= len(toks):
        return False
    w = toks[k].text
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    if frames.opens(w):
        return is_complementizer(nxt) or (w in frames.np and bool(nxt) and nxt not in COMMA and nxt not in STOP_PUNCT)
    return w[:1] in ("ب", "ل") and w[:1] in frames.np and len(w) > 3 and not is_complementizer(w)


def _warada(toks: list[Tok], i: int, prev: str) -> bool:
    """Is ورد/وردت at token ``i`` the verb "appear, come in" (بما ورد، ورد في، ورد اسمه، ورد
    بالتقرير، ورد أن "it was stated", وردت شهادات "testimonies came in")?"""
    if prev in _WHAT:
        return True
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    if nxt in ("ان", "انه") or (nxt[:2] != "ال" and nxt.endswith("ات") and len(nxt) > 4 and nxt.isalpha()):
        return True  # (an indefinite plural subject: وردت معلومات، وردت بلاغات; وردت النيابة بأن… replies)
    return nxt in _AFTER_WARADA or (nxt.startswith("ب") and not is_complementizer(nxt))


def sentence_initial(sent: Sentence, i: int) -> bool:
    """Nothing but connectives, punctuation or a dateline before token ``i``."""
    if i == 0:
        return True
    prev = sent.toks[i - 1].text
    if prev in {"-", "–", "—", ":"} and i > 1:
        return True  # الرياض - واس: / (اف ب) -
    toks = sent.toks
    k = 0
    # من جانبه، ومن جهتها، من ناحيته: "for his part" opens a report
    if i >= 2 and toks[0].text in {"من", "ومن"} and strip_pronoun(toks[1].text) in FOR_HIS_PART:
        k = 2
    return all(toks[m].text in COMMA or toks[m].text in _CONNECTIVES for m in range(k, i))


def earlier_cue(ctx: Context, sent: Sentence, i: int) -> bool:
    """Is there a reporting verb or an according-to phrase before token ``i``?"""
    forms, toks = ctx.verb_forms, sent.toks
    # from ``i`` backwards: the nearest cue ends the search, so a sentence of many cues stays linear
    return any(forms.get(toks[k].text) is not None or match_according(ctx, toks, k) is not None
               for k in range(i - 1, -1, -1))


def match_according(ctx: Context, toks: list[Tok], i: int) -> tuple[int, tuple[str, ...]] | None:
    """Longest "according to" phrase at token ``i`` → (tokens used, phrase)."""
    w0 = toks[i].text
    firsts = [w0]
    if w0[:1] == "و" and len(w0) > 3:
        firsts.append(w0[1:])  # وبحسب، ووفقا (فحسب is "only")
    for first in firsts:
        if first not in ctx.acc_first:
            continue
        nexts = ctx.acc_next[first]
        if nexts is not None and (i + 1 >= len(toks) or toks[i + 1].text not in nexts):
            continue  # (no phrase of it goes on with the next word: most في، على، كما)
        best = None
        for phrase in ctx.acc_phrases[first]:  # (the lexicon's phrases opening with it, in its order)
            if not _phrase_at(ctx, toks, i, phrase):
                continue
            used = len(phrase) - (1 if phrase[-1] == "ل" and toks[i + len(phrase) - 1].text != "ل" else 0)
            if best is None or used > best[0]:
                best = (used, phrase)
        if best:
            return best
    return None


_RELATIVE_MA = frozenset({"ما", "لما"})  # بحسب ما ذكرت، وفقا لما أعلنت: "according to what … reported"


def relayed_source_at(ctx: Context, toks: list[Tok], i: int, acc: tuple[int, tuple[str, ...]] | None) -> bool:
    """Does the according-to phrase ``acc`` at ``i`` take ما and a reporting verb (بحسب ما ذكرت
    الصحيفة، حسبما أفادت الوكالة)?  A source relaying the sentence, even with no comma before it
    (طالب المحامي بالشروع في الجلسات بحسب ما ذكرت صحيفة…): it closes the claim before it (not
    كما ذكرت "as she said", nor بحسب ما تقتضيه الظروف: no verb of saying)."""
    if acc is None or acc[1][0] == "كما":
        return False
    k = i + acc[0]
    if not (acc[1][-1] in _RELATIVE_MA or acc[1][-1] == "حسبما"):
        k += k < len(toks) and toks[k].text in _RELATIVE_MA
    if k + 1 >= len(toks) or toks[k].text in _RELATIVE_MA:
        return False
    form = ctx.verb_forms.get(toks[k].text)
    if toks[k].text == "ورد":  # وَرَدَ "appeared": وفقا لما ورد في تقارير صحفية (not وفق ما ورد بالمادة السادسة: a place in a text)
        return toks[k + 1].text == "في" and not any(t.text in COMMA or t.text == "؛" for t in toks[k + 1:])
    if form is None or form.clitic:
        return False
    # (the phrase ends the sentence: …مضمونا حسبما يعتقدون، ويرفض…: the sentence goes on, the words its own)
    return not any(t.text in COMMA or t.text == "؛" for t in toks[k + 1:])


def relayed_source_before(ctx: Context, toks: list[Tok], k: int) -> int | None:
    """Where the phrase of :func:`relayed_source_at` starts when its verb is at ``k`` (بحسب ما [ذكرت]، حسبما [ذكرت])."""
    for j in (k - 2, k - 1):
        if j >= 0 and relayed_source_at(ctx, toks, j, match_according(ctx, toks, j)):
            return j
    return None


def _phrase_at(ctx: Context, toks: list[Tok], i: int, phrase: tuple[str, ...]) -> bool:
    """Do the words after the first of ``phrase`` follow token ``i``?  A final ل may be a
    proclitic (وفقا للوزارة) or stand alone (وفقا لـ الوزارة); a reporting verb of the phrase
    stands for its finite forms (كما ذكر: كما ذكرت الوكالة، كما يذكر التقرير)."""
    for m, pw in enumerate(phrase[1:], 1):
        if i + m >= len(toks):
            return False
        tw = toks[i + m].text
        if m == len(phrase) - 1 and pw == "ل":
            return tw.startswith("ل")
        if tw != pw and not _inflected(ctx, tw, pw):
            return False
    return True


def _inflected(ctx: Context, w: str, lemma: str) -> bool:
    """Is ``w`` a finite form, without proclitic, of the reporting verb whose lemma is ``lemma``?"""
    form = ctx.verb_forms.get(w)
    return form is not None and form.aspect != "participle" and not form.clitic and norm_word(form.lemma) == lemma
