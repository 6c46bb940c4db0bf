"""A verb's report, assembled from the rule families.

``وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن الحوار مستمر``: the cue guards pass
(:mod:`.cues`), the content starts at إن (:mod:`.content`), the subject is found after the verb
(:mod:`.subjects`, :mod:`.noun_phrase`) or, for object-taking verbs, split from the object
(:mod:`.objects`); a missing subject falls back on the context; the claim runs from the
content on (:mod:`.claims`).  A verb with no content may follow its quote (:mod:`.quotes`).
"""
from __future__ import annotations

import functools

from attribution.backends.rules.according import source_np
from attribution.backends.rules.claims import claim_of
from attribution.backends.rules.content import DEMONSTRATIVES_B, Content, accusative, addressee_start, content_start
from attribution.backends.rules.context import REACH, Context, Sentence, Tok
from attribution.backends.rules.cues import (
    FOR_HIS_PART, PREDICATING, earlier_cue, is_cue, masdar_after_by, match_according, sentence_initial,
    talk_occasion_at,
)
from attribution.backends.rules.generic import who
from attribution.backends.rules.indicates import FACTS
from attribution.backends.rules.noun_phrase import DEMONSTRATIVES, np_end, plausible_speaker
from attribution.backends.rules.objects import object_split, subject_before_object
from attribution.backends.rules.quotes import inside_quote, quote_before
from attribution.backends.rules.resumptive import is_what_clause, resumed_subject, resumes
from attribution.backends.rules.subjects import (
    adverbial_length, antecedent, bare_verb_like, clause_subject, described_words, fronted_subject, in_a_statement,
    main_clause_subject, object_gap, pronoun_before, pronoun_subject_word, relative_before, relative_past_kan, relayed_source,
    shared_svo_subject, speech_owner, without_proclitic,
    subject_after, subject_before, topic_before_relative,
)
from attribution.backends.rules.words import (
    content_noun, ends_clause, is_adverbial, possessed_feeling, is_complementizer, nisba_adjective, speaker_word, speech_pronoun,
)
from attribution.lexicon.closed import (
    BUT_PRON, COMMA, COPULAS, COUNTS, DASHES, DEGREE, FUNCTION, GROUP_SIZES, MAKING, NOT_IN_NAME, OWNER_PRONOUNS, PARTITIVES, PREPOSITIONS, QUANTIFIERS, QUOTES, STATEMENT_NOUNS, STOP_PUNCT,
    SUPERLATIVES, UNVEIL, WHILE,
)
from attribution.lexicon.cues import Lexicon, VerbForm
from attribution.lexicon.names import is_given_name
from attribution.records import Candidate, Span
from attribution.speakers.mention import analyse_mention
from attribution.text.morph import strip_article, strip_pronoun, tafil_shape
from attribution.text.normalize import norm_word

_NAME_WORDS = frozenset({"اسمه", "اسمها", "اسم", "اسمهم", "اسماء"})  # ذكر اسمه: "mention a name"
# what is signed: تُوقِّع الهيئة اتفاقية "signs", a homograph of تَتوقَّع "expects"
_SIGNED = frozenset({"اتفاقية", "اتفاق", "اتفاقا", "اتفاقيات", "عقد", "عقدا", "عقود", "مذكرة", "معاهدة",
                     "بروتوكول", "ميثاق"})
_ACCORDING_MA = frozenset({"ما", "لما", "حسبما", "وحسبما"})  # بحسب ما، وفقا لما، حسبما + a verb
_HEAD_REACH = 8  # the most words from the verb to the head of its object (subject included)
_BLESSINGS = frozenset({"عليه", "عليها", "عليهم", "صلي", "تعالي", "سبحانه", "رضي", "عز", "جل"})
_INFORM = frozenset({"أبلغ", "أخبر"})  # verbs whose addressee (an outlet) may come first: وأبلغ "الوطن" مدير…
_CLAUSE_OPENERS = STOP_PUNCT | COMMA | {":", "-", "–", "—"}


def verb_report(ctx: Context, sent: Sentence, i: int, form: VerbForm,
                reported_before: bool | None = None) -> Candidate | None:
    """The report of the reporting-verb form ``form`` at token ``i``, or None.

    ``reported_before``: whether a report of the sentence comes before token ``i`` (None: any
    cue word before it counts); a participle with none (وافتتح الوزير المعرض، مؤكدا أن…، وانتقد
    النائب الحكومة، مؤكدا أهمية…) takes the subject of the sentence's verb."""
    if not is_cue(ctx, sent, i, form) or _in_according_phrase(ctx, sent.toks, i):
        return None
    toks = sent.toks
    generic = who(toks, i, form.aspect, toks[i + 1].text if i + 1 < len(toks) else "")
    if generic == "anyone":
        return None  # ومن يعتقد أن خطورته ستهدأ فهو واهم، يخطئ من يظن أن…: "whoever thinks", no report
    passive = passive_relative(ctx, toks, i, form)
    if passive == "antecedent":
        return None  # المبادرة التي أعلن عنها في القمة: what was announced is the relative's head
    content, mid_end = content_start(ctx, sent, i, form)
    if content is not None and content == ("quote", i + 1) and i and toks[i - 1].text == "كما":
        return None  # …، كما أفاد «المرصد السوري»: "as … reported", the quote is the source's name
    if content is not None and _as_aside(ctx, toks, i, content[1]):
        return None  # أساءوا فهمها كما يعتقد، كذلك يقول…: «as he believes» closes the clause before it
    subj, via = _subject_and_relay(ctx, toks[i + 1:mid_end], form)
    if subj and content is not None and content[0] == "comp" and form.frames.obj and "ب" not in form.frames.clause \
            and toks[content[1]].text.startswith("بان"):
        # ووصف الوزير الخطة بأنها…: ب marks a second complement; after a relative that agrees with
        # the verb the relative is the subject and the phrase its object (الخبير الذي وصف القناة بأنها…)
        subj = None if _relative_subject(ctx, sent, i, form) else subject_before_object(ctx, subj)
    if content is None and form.frames.obj:
        content, subj = _object_content(ctx, sent, i, form, subj)
    if content is None:
        return quote_before(ctx, sent, i, form)
    if form.lemma in _MOVES and via is None and _moved(ctx, toks, i, content[1]):
        return None  # ونقل الفريق مقره إلى الرياض، وتنقّل بين الهيئات: "moved", "carried", nothing relayed
    subj = _settled_subject(ctx, sent, i, form, subj)
    if subj and via is None:
        subj = _agreeing_subject(ctx, sent, i, form, subj)
    if subj and strip_article(subj[0].text) in ctx.v.speech and subj[0] in toks:
        # وأكدت تصريحات وزير الخارجية أن…: the owner of the words speaks
        subj = speech_owner(ctx, toks[toks.index(subj[0]):mid_end]) or subj
    if _not_a_report(ctx, toks, i, form, content, subj) or _strict_misread(ctx, toks, i, form, content, subj) \
            or _passive_predicate(ctx, sent, i, form, content, subj) or _considered(ctx, sent, i, form, content):
        return None
    if subj and form.impersonal and form.aspect == "imperfect" and not plausible_speaker(ctx, subj) \
            and subj[0].start > toks[i].start:
        subj = None  # ويرجح حتى اللحظة أن…: "it is thought likely", not a speaker (a fronted topic is one)
    if generic == "some":
        subj = None  # هناك من يقول الآن إن…: unnamed people say it, not «الآن»
    matter = generic == "some" or (not subj and content[1] == i + 1 and _pronoun_of_the_matter(ctx, toks, i, form))
    if matter and (earlier_cue(ctx, sent, i) if reported_before is None else reported_before):
        return None  # أعلنت السلطات أنه يرجح أن…: "it is thought likely", inside the authorities' claim
    matter = matter or (passive == "masdar" and not subj)
    speaker, kind = sent.mention(subj), ("unattributed" if matter else None)
    ante = None
    if speaker is None and not matter:
        speaker, kind = _implicit_speaker(ctx, sent, i, form, reported_before)
        ante = _pronoun_antecedent(ctx, sent, i, speaker, reported_before)
    claim, claim_kind = claim_of(sent, content)
    if claim is None:
        return None
    cue = sent.cue(toks[i].start + len(form.clitic), toks[i].end, form.lemma, form.meaning)
    confidence = _confidence(form, speaker, content)
    if masdar_after_by(sent, i, form):
        if speaker is None:
            return None  # (بفضل من تجدد الأمل: no one's words)
        kind, confidence = "nominal", min(confidence, 0.5)  # بدعم من تعهد الشركة بخفض الإنفاق: the pledge
    return Candidate(cue=cue, sentence=sent.index, speaker=speaker, claim=claim, kind=kind or claim_kind,
                     gender=form.gender, number=form.number, confidence=confidence,
                     via=sent.mention(via), antecedent=ante)


def _as_aside(ctx: Context, toks: list[Tok], i: int, k: int) -> bool:
    """Is the verb at ``i`` that of an according-to phrase with كما (كما يعتقد، كما يرى الخبراء)
    right after a clause's word, and a comma or a clause's end between it and the content found
    at ``k``?  The phrase then scopes back over the clause before it; what follows the comma is
    another clause's."""
    if i < 2 or toks[i - 1].text != "كما" or match_according(ctx, toks, i - 1) is None:
        return False
    prev = toks[i - 2].text
    if not prev.isalpha() or prev in FUNCTION or is_complementizer(prev):
        return False  # (كما أعلن مصدر، أمس، عن…، بهدف، كما قالت، «أن…»: "also", or the clause is after it)
    return any(t.text in _CLAUSE_OPENERS or t.text == "؛" for t in toks[i + 1:k])


def _pronoun_antecedent(ctx: Context, sent: Sentence, i: int, speaker: Span | None,
                        reported_before: bool | None) -> Span | None:
    """What the pronoun subject of the verb at ``i`` refers to when no report of the sentence comes
    before it: the subject of the sentence's first verb, in narration (زار الأمير فيصل المعرض،
    لكنه أكد أن… → الأمير فيصل; the resolver's last speaker may be someone else)."""
    if speaker is None or speaker.text not in _PRONOUN_SUFFIXES or i < 2:
        return None
    if earlier_cue(ctx, sent, i) if reported_before is None else reported_before:
        return None  # (قال الوزير إن…، لكنه أكد: the report's speaker, the resolver's last)
    return sent.mention(main_clause_subject(ctx, sent, i - 1, reported=False))


_PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هم", "هما"})


# the pronoun of a relative clause that points back at its head: المصرف الذي…إنشائه، القمة التي…عنها
_RESUMPTIVE = {"الذي": "ه", "التي": "ها", "الذين": "هم", "اللذين": "هما", "اللتين": "هما"}
_ABOUT_IT = ("عن", "الي", "علي", "ب", "ل")  # عنه، إليها، عليه، به: a frame preposition with the pronoun


def passive_relative(ctx: Context, toks: list[Tok], i: int, form: VerbForm) -> str | None:
    """Is the perfect at ``i``, right after a relative pronoun, the passive أُعلِن "was announced"
    with the relative's head as what was announced, not as the speaker?

    "antecedent": the verb's frame carries the resumptive pronoun and no subject follows
    (القمة التي أعلن عنها في مايو: the summit was announced; not التي أعلن عنها الوزير);
    "masdar": its object is the verbal noun of a transitive verb on the resumptive pronoun, with
    no object of its own (مصرف التنمية الذي أعلن عن إنشائه في تموز "whose creation was
    announced"; not الوزير الذي أعلن عن تفاجئه من…, his own surprise, nor عن إطلاقه خدمة: its
    launch of a service); None otherwise."""
    if form.aspect != "perfect" or form.clitic or i == 0 or i + 1 >= len(toks) \
            or (form.gender, form.number) != ("m", "sg"):
        return None
    pron = _RESUMPTIVE.get(toks[i - 1].text)
    if pron is None:
        return None
    k = i + 1
    w = toks[k].text
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    if any(w == p + pron for p in _ABOUT_IT):
        return "antecedent" if _no_noun_after(ctx, after) else None
    if w == "عن" and k + 1 < len(toks):
        k += 1
        w = toks[k].text
        after = toks[k + 1].text if k + 1 < len(toks) else ""
    if w.endswith(pron) and _transitive_masdar(w[:-len(pron)]) and _no_noun_after(ctx, after):
        return "masdar"
    return None


def _no_noun_after(ctx: Context, w: str) -> bool:
    """Does nothing that could be a subject or an object start at ``w``: a preposition, an
    adverbial (في تموز، أمس، الجمعة), a number, punctuation or the sentence end?"""
    return not w or w in PREPOSITIONS or w in COMMA or w in STOP_PUNCT or w == "(" or w.isdigit() \
        or is_adverbial(ctx, w)


def _transitive_masdar(stem: str) -> bool:
    """A verbal noun of a transitive derived form, by its shape: تفعيل (تعيين، تأسيس، تدشين), إفعال
    (إنشاء، إطلاق، إلغاء), افتعال (اعتقال، افتتاح، اختيار)."""
    return tafil_shape(stem) or (len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا") \
        or (len(stem) == 6 and stem[0] == "ا" and stem[2] == "ت" and stem[4] == "ا")


#: prepositions of place and motion: نقل مقره إلى…، تنقّل بين المدن، داخل الهيئات، خارج البلاد
_MOTION = frozenset({"الي", "بين", "داخل", "خارج"})
#: relaying verbs whose other sense is "move, carry": نقل (and تنقّل "moved about", written like تنقل)
_MOVES = frozenset({"نقل"})


def _moved(ctx: Context, toks: list[Tok], i: int, k: int) -> bool:
    """Does a preposition of place or motion stand between the relaying verb at ``i`` and its
    content at ``k``, with no source after عن and no words relayed as its object?  Then the verb
    moves or carries (نقلت الشركة مقرها إلى دبي، وتنقّل الملا بحنكة داخل الهيئات…، تنقل الطائرة
    الحطام إلى باريس), it relays nothing (not ونقلت الصحافة تصريحات نسبتها صحيفة إلى المدرب:
    words carried are relayed, نقل إليهم تحيات الأمير: إليهم is whom they are conveyed to)."""
    between = toks[i + 1:k]
    if any(strip_article(t.text) in ctx.v.speech or strip_article(t.text) in STATEMENT_NOUNS
           or content_noun(ctx, t.text) for t in between):
        return False
    return any(t.text in _MOTION for t in between)


def _in_according_phrase(ctx: Context, toks: list[Tok], i: int) -> bool:
    """حسبما ذكرت الصحيفة، بحسب ما أعلن الجيش، وفقا لما نقلت عنه: the verb after ما is the
    according-to phrase's (:mod:`.according`), not a report of its own."""
    prev = toks[i - 1].text if i else ""
    if prev not in _ACCORDING_MA:
        return False
    return any(k >= 0 and match_according(ctx, toks, k) is not None for k in (i - 1, i - 2))


def _subject_and_relay(ctx: Context, mid: list[Tok], form: VerbForm) -> tuple[list[Tok] | None, list[Tok] | None]:
    """(subject, relay) in the tokens between the verb and its content."""
    relayed = _relayed_by_naqlan(ctx, mid)
    if relayed is not None:
        # ذكرت وكالة شينخوا نقلا عن الإدارة المسؤولة أن…: the administration speaks, the agency relays
        relay, source = relayed
        return source, relay
    if form.frames.relay:
        relayed = relayed_source(ctx, mid)
        if relayed is not None:
            # نقلت وكالة "تاس" عن الرئيس بوتين قوله إن…: Putin speaks, the agency relays
            relay, source = relayed
            return source, relay
    if mid and (_saying_state(ctx, mid[0].text, form) or _coordinated_verb(ctx, mid[0].text, form)):
        return None, None
    return subject_after(ctx, mid, informs=form.lemma in _INFORM,
                         takes_object=form.frames.obj or form.frames.addressee), None


def _coordinated_verb(ctx: Context, w: str, form: VerbForm) -> bool:
    """Is ``w``, right after an imperfect verb, و + an imperfect of the same person, a second verb
    of the clause (والصحف تتساءل [وتحلل] وتطرح أسئلة: …), never its subject?"""
    rest = w[1:]
    if form.aspect != "imperfect" or w[:1] != "و" or rest[:1] != ("ت" if form.gender == "f" else "ي"):
        return False
    return 4 <= len(rest) <= 6 and bare_verb_like(ctx, rest) and not is_given_name(w) and w not in ctx.known  # (ويليام)


def _saying_state(ctx: Context, w: str, form: VerbForm) -> bool:
    """Is ``w``, right after the verb, the imperfect of saying that states how it was said, its
    subject the verb's own dropped one (وأضاف يقول: «…»، وتابعت تقول إن…), never a subject?"""
    said = ctx.verb_forms.get(w)
    return said is not None and said.meaning == "say" and said.aspect == "imperfect" and not said.clitic \
        and (said.gender, said.number) == (form.gender, form.number) and form.aspect != "participle"


def _relayed_by_naqlan(ctx: Context, mid: list[Tok]) -> tuple[list[Tok] | None, list[Tok]] | None:
    """(relay, source) of «نقلا عن» between a verb and its content (وأضافت الصحيفة نقلا عن مصادر
    حكومية أن…، وذكرت الإذاعة، نقلا عن مسؤولين، أنه…): the source read as the phrase's own
    (:func:`.according.source_np`), the subject before it relaying; None without the phrase."""
    k = next((m for m in range(len(mid) - 1) if mid[m].text == "نقلا" and mid[m + 1].text == "عن"), None)
    if k is None or (k and mid[k - 1].text in DASHES):
        return None  # (وقالت الصحيفة -نقلا عن مصادر- إن…: the parenthetical source, see sentence.py)
    src, _ = source_np(ctx, mid, k + 2)
    src = [t for t in src if speech_pronoun(ctx, t.text) is None]  # (نقلا عن الوزير قوله إن…)
    if not src or not plausible_speaker(ctx, src):
        return None
    before = mid[:k]
    while before and (before[-1].text in COMMA or before[-1].text in DASHES):
        before = before[:-1]
    return (subject_after(ctx, before) if before else None), src


def _object_content(ctx: Context, sent: Sentence, i: int, form: VerbForm,
                    subj: list[Tok] | None) -> tuple[Content | None, list[Tok] | None]:
    """(content, subject) of a verb whose object is its content (أكد الوزير أهمية الخطوة، نفت
    الوزارة وجود خلافات، مؤكدا أهمية…); no content when the object is no proposition (أكد ذلك)."""
    toks = sent.toks
    cause = _attributed_cause(toks, i, form)
    if cause is not None:
        return cause
    implicit = form.aspect == "participle" or _subject_elsewhere(ctx, sent, i, form)
    # (لكنه اعتبر الحكومة مسؤولة…: after a pronoun subject even a speaker word is the object)
    split = ([], i + 1) if pronoun_before(ctx, sent, i) is not None else object_split(ctx, toks, i, implicit=implicit)
    head = _content_head(ctx, toks, i, implicit)
    if head is not None and (split is None or head > split[1]):
        # أكدت اللجنة العامة للانتخابات ضرورة…: the object starts at ضرورة (an adverbial before it is
        # neither subject nor object: وجدد الرئيس محمود عباس خلال القمة تأكيده…)
        before = split[0] if split is not None and split[0] and is_adverbial(ctx, toks[split[1]].text) else toks[i + 1:head]
        split = _no_adverbial(ctx, before), head
    elif form.frames.head and head is not None and split is not None and head < split[1]:
        split = _no_adverbial(ctx, toks[i + 1:head]), head  # وجدد مجلس الوزراء المواقف الثابتة: the noun of content opens the object
    elif head is None and (after := _head_after_occasion(ctx, toks, i)) is not None:
        split = _no_adverbial(ctx, toks[i + 1:after[0]]), after[1]
    if split is None or not _object_is_content(ctx, toks, split[1], form) or _certificate_object(ctx, toks, i, split[1]):
        return None, subj
    if form.frames.head and form.aspect == "imperfect" and toks[i].text[len(form.clitic):][:1] == "ت" \
            and split[1] == i + 1 and strip_pronoun(toks[i + 1].text) == toks[i + 1].text:
        return None, subj  # وتجدد انخفاض الأسعار: تجدَّد "was renewed" (form V), the noun is its subject (not وتجدد تأكيدها)
    if form.frames.only and split[1] != head:
        return None, subj  # أبدى استعداده، not أبدى ملاحظات: only a noun of content
    if form.frames.head and split[1] != head and not content_noun(ctx, toks[split[1]].text):
        return None, subj  # جدد تأكيده، not جدد عقده (the object itself, however far: جدد الشيخ…، وزير…، التمسك…)
    if form.meaning == "expect" and any(strip_article(t.text) in _SIGNED for t in toks[i + 1:split[1] + 1]):
        return None, subj  # توقع اتفاقية: تُوقِّع "signs" an agreement, not "expects"
    return ("np", split[1]), split[0]


def _certificate_object(ctx: Context, toks: list[Tok], i: int, k: int) -> bool:
    """Is the object at ``k`` of the verb at ``i`` a certificate or permit (speaker_words.tsv:
    certificate), or a noun in its genitive: a paper renewed or granted, not words said (جددت
    الشركة شهادة الجودة، جددت الهيئة شهادة الاعتماد للمستشفى: not "the body renewed accreditation")?"""
    heads = ctx.lexicon.category("certificate")
    if strip_article(strip_pronoun(toks[k].text)) in heads:
        return True
    prev = toks[k - 1].text if k > i + 1 else ""
    return prev in heads  # (a construct head has no article: شهادة الاعتماد)


#: verbs of «put X down to Y»: their object is the thing explained, their content the cause after إلى
_ATTRIBUTES = frozenset({"أرجع", "عزا"})
#: nouns of cause and matter that open such an object (أرجع الخبير السبب / الأمر / أسباب التراجع إلى…)
_CAUSE_OBJECTS = frozenset({"سبب", "اسباب", "امر", "فضل"})
_CAUSE_REACH = 12  # the most words from the verb to its noun of cause (a long subject between)
_TO_REACH = 10  # the most words from the noun of cause to its إلى


def _attributed_cause(toks: list[Tok], i: int, form: VerbForm) -> tuple[Content, list[Tok]] | None:
    """(content, subject) of «أرجع X السبب إلى Y» with X written: the subject ends before the noun
    of cause (and its demonstrative: هذا الأمر), the content is Y, the cause put forward (وأرجع
    الناقد حمد الدبيخي الأمر إلى عدم وجود آلية…: the speaker is not «حمد الدبيخي الأمر»).  None
    without a written subject, a noun of cause and its إلى (وأرجع البرلمانيون ذلك إلى…، وأرجع أسباب
    الواقع إلى…: left to the object reading)."""
    if form.lemma not in _ATTRIBUTES:
        return None
    n = len(toks)
    for k in range(i + 2, min(n, i + 1 + _CAUSE_REACH)):
        w = toks[k].text
        if w in COMMA or w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or w == "الي":
            return None
        if strip_pronoun(strip_article(w)) in _CAUSE_OBJECTS or w in _CAUSE_OBJECTS:
            break
    else:
        return None
    start = k - 1 if toks[k - 1].text in DEMONSTRATIVES_B else k
    if start == i + 1:
        return None
    for m in range(k + 1, min(n - 1, k + 1 + _TO_REACH)):
        w = toks[m].text
        if w in COMMA or w in STOP_PUNCT:
            return None
        if w == "الي":
            return (("comp" if is_complementizer(toks[m + 1].text) else "np"), m + 1), toks[i + 1:start]
    return None


def _no_adverbial(ctx: Context, before: list[Tok]) -> list[Tok]:
    """The subject between a verb and its noun of content, unless an adverbial opens it: وأكد في
    الوقت ذاته ضرورة الحوار (the subject is dropped)."""
    if not before or before[0].text in DEMONSTRATIVES:  # (إذ تعلن ذلك لتؤكد حرص…: ذلك is the object)
        return before
    return [] if before[0].text in PREPOSITIONS or is_adverbial(ctx, before[0].text) else before


def _content_head(ctx: Context, toks: list[Tok], i: int, implicit: bool) -> int | None:
    """The first noun heading a proposition (ضرورة، أهمية، وجود، ترشحه) after the verb at ``i``,
    within its clause and after its subject (right after the verb when the subject is elsewhere)."""
    for k in range(i + 1, min(len(toks), i + 1 + _HEAD_REACH)):
        w = toks[k].text
        if w in COMMA or w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or ctx.verb_forms.get(w):
            return None
        if content_noun(ctx, w):
            return k  # (right after the verb too: وأكد حرص سموه على…, the subject is dropped)
    return None


_OCCASION_REACH = 6  # the most words from the verb to the occasion of its words (its subject between)
_OCCASION_LENGTH = 14  # the most words of the occasion (خلال المؤتمر الصحفي الذي عقده أمس للحديث عن…)


def _head_after_occasion(ctx: Context, toks: list[Tok], i: int) -> tuple[int, int] | None:
    """(occasion start, head) when the object of the verb at ``i`` opens with a noun of content
    right after the comma that closes the occasion of the words: «وأكد المدرب خلال المؤتمر الصحفي
    الذي عقده أمس، جاهزية فريقه…» (one comma after the aside, as news copy often writes it)."""
    n = len(toks)

    def clause_ends(w: str) -> bool:
        return ends_clause(w) or w in QUOTES or ctx.verb_forms.get(w) is not None

    start = next((k for k in range(i + 1, min(n, i + 1 + _OCCASION_REACH))
                  if clause_ends(toks[k].text) or talk_occasion_at(ctx, toks, k)), None)
    if start is None or not talk_occasion_at(ctx, toks, start):
        return None
    for m in range(start + 2, min(n - 1, start + _OCCASION_LENGTH)):
        w = toks[m].text
        if w in COMMA:
            return (start, m + 1) if content_noun(ctx, toks[m + 1].text) else None
        if clause_ends(w):
            return None
    return None


def _object_is_content(ctx: Context, toks: list[Tok], k: int, form: VerbForm) -> bool:
    """Can the noun phrase at token ``k`` be what was said: a noun, not a preposition, a verb, an
    adverbial, a quote or a bare demonstrative (أكد ذلك، نفى ذلك في تصريح)?"""
    if k >= len(toks):
        return False
    w = toks[k].text
    if w in DEMONSTRATIVES:
        return form.meaning in PREDICATING and k + 1 < len(toks) and toks[k + 1].text not in STOP_PUNCT
    if w == "ما" and k + 1 < len(toks) and ctx.verb_forms.get(toks[k + 1].text) is None \
            and toks[k + 1].text not in FUNCTION and toks[k + 1].text not in STOP_PUNCT:
        return True  # ونفى المدير ما تردد عن…: "what was rumoured", a clause of content
    if w in PREPOSITIONS or w in QUOTES or w in COMMA or w in STOP_PUNCT or is_complementizer(w) \
            or is_adverbial(ctx, w) or ctx.verb_forms.get(w) is not None:
        return False
    return w not in FUNCTION and not w.isdigit()


def _subject_elsewhere(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is the subject of an object-taking verb before it or dropped (…، لكنه نفى، وكانت الوزارة قد
    نفت، ونفوا، …العتيبي الذي أكد حدوث التبديل; not الشركة التي تُعتبر الرائدة, a passive)?  Then its
    object starts right after it."""
    prev = sent.toks[i - 1].text if i else ""
    return prev in BUT_PRON or (prev in COMMA and form.clitic[:1] == "و") \
        or (prev in ctx.v.relative and not (form.impersonal and form.aspect == "imperfect")
            and antecedent(ctx, sent.toks, i - 1) is not None) \
        or fronted_subject(ctx, sent, i) is not None or form.number == "pl"


def _settled_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm,
                     subj: list[Tok] | None) -> list[Tok] | None:
    """The subject once word order and agreement have had their say."""
    # أما النائب فقد دعا الحكومة… / وكانت الوزارة قد أكدت…: a fronted subject makes the noun
    # phrase after the verb its object or addressee
    fronted = fronted_subject(ctx, sent, i)
    if fronted is not None:
        return fronted
    if pronoun_before(ctx, sent, i) is not None:
        return None  # لكنه يصف الثورة السورية بأنها…: the pronoun speaks, the noun phrase is the object
    if form.aspect == "participle":
        # مضيفا أن، داعيا الجميع إلى…: a participle's speaker is its sentence's subject, unless a
        # style or a title follows it as its own (مشيرا سموه إلى أن…، مؤكدا وزير الدفاع أن…)
        return subj if _participle_subject(ctx, form, subj) else None
    if form.number in ("pl", "du") and subj:
        return None  # a verb agreeing in the plural has its subject before it or dropped (وطالبوا الحكومة…)
    if subj and form.frames.addressee:
        if subj[0].text in _PRAYED_TO:
            return None  # ودعا الله أن يحفظ البلاد: God is the one prayed to, the speaker is dropped
        subj = _without_addressee(ctx, sent, i, subj)
    return subj


def _participle_subject(ctx: Context, form: VerbForm, subj: list[Tok] | None) -> bool:
    """Is the noun phrase after a participle its subject, as news style writes it (مؤكدا سموه أن…،
    مشيرا معاليه إلى…، مؤكدا وزير الدفاع الأمريكي حرص بلاده…)?  A style of address (سموه) or a
    title heads it, and the participle takes no addressee (داعيا الوزير إلى…: the one called on)."""
    if not subj or form.frames.addressee:
        return False
    head = subj[0].text
    return head in ctx.v.honorific_pronoun or strip_article(head) in ctx.v.title and speaker_word(ctx, head)


def _agreeing_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm, subj: list[Tok]) -> list[Tok] | None:
    """The part of the noun phrase after the singular verb at ``i`` that agrees with it in gender;
    what does not is its object or addressee.  After a feminine verb a masculine noun phrase starts
    the object where a definite word ends the subject (دعت جامعة الملك سعود المرشحين إلى…، ودعت
    القوى الفلسطينية المجتمع الدولي إلى…); a phrase that disagrees from its first word leaves the
    subject dropped (see :func:`_cannot_be_subject`)."""
    if _cannot_be_subject(ctx, sent, i, form, subj):
        return None
    if form.gender == "f" and form.number == "sg":
        cut = next((k for k in range(1, len(subj)) if _closed_at(ctx, subj[k - 1].text) and _masculine_at(ctx, subj, k)), 0)
        return subj[:cut] if cut else subj
    return subj


def _closed_at(ctx: Context, w: str) -> bool:
    """Can a feminine noun phrase end on ``w``, no genitive or adjective of the masculine after it:
    a definite feminine word (القوى الفلسطينية، الدائرة), a given name or a place (جامعة الملك
    سعود، جامعة جازان); not an indefinite head whose genitive follows (رابطة المعلمين) nor a
    masculine word an adjective agrees with (وكالة غوث اللاجئين الفلسطينيين، هيئة الهلال الأحمر)."""
    return w.startswith("ال") and w.endswith(("ة", "ات")) or w not in PREPOSITIONS and (is_given_name(w) or w in ctx.v.place)


def _masculine_at(ctx: Context, np_: list[Tok], k: int) -> bool:
    """Does a definite masculine noun phrase start at ``k``: a sound plural of men (المرشحين) or
    a singular noun with a masculine nisba after it (المجتمع الدولي)?"""
    w = np_[k].text
    if not w.startswith("ال"):
        return False
    if w.endswith(("ين", "ون")) and _men(ctx, w):
        return True
    nxt = np_[k + 1].text if k + 1 < len(np_) else ""
    return not w.endswith(("ة", "ات")) and nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) > 4 \
        and nisba_adjective(nxt) and not speaker_word(ctx, w)


def _men(ctx: Context, w: str) -> bool:
    """A plural of men (المتمردين، الصحفيون، قادة)."""
    info = analyse_mention(w, ctx.lexicon)
    return info.type == "group" and info.gender == "m"


_OBJECT_TAIL = PREPOSITIONS - {"علي"}  # (not علي, a name's last word: محمد علي)


def _cannot_be_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm, subj: list[Tok]) -> bool:
    """Does the singular verb at ``i`` disagree in gender with the noun phrase after it, which is
    then its object or addressee, the subject dropped?  A feminine verb and a sound masculine
    plural of persons, past its quantifiers (ودعت جميع المتمردين إلى…، وطالبت عددا من المسؤولين
    بـ…); after a verb with an addressee also a broken plural of men, a masculine body, an unnamed
    man or a masculine noun and its nisba (وحثت الأطباء على…، ودعت مجلس الأمن إلى…، ودعت المجتمع
    الدولي إلى…); a masculine verb right before a feminine body (ودعا الحكومة إلى…).  (A named
    woman may hold a masculine title: وقالت وزير الخارجية جولي بيشوب; a plural of things takes a
    feminine verb: وقالت عدد من الحاضرات.)"""
    if subj and (subj[-1].text in _OBJECT_TAIL or possessed_feeling(ctx, subj[0].text)):
        return True  # وأبدى مخاوفه من…، أبدى قدرا كبيرا من…: the object, its preposition cut off by the content
    mention = sent.mention(subj)
    if mention is None or form.number != "sg" or form.gender is None:
        return False
    addressee = form.frames.addressee
    if form.gender == "m":
        return addressee and subj[0] is sent.toks[i + 1] and _body_gender(ctx, mention.text) == "f"
    k = 0
    while k + 1 < len(subj) and (strip_article(subj[k].text) in _QUANTITY or subj[k].text == "من"):
        k += 1
    if subj[0].text == "احدي":
        return False  # وقالت إحدى المعلمات: the verb agrees with the part
    head = subj[k].text
    if _men(ctx, head) and (head.endswith(("ين", "ون")) or addressee):
        return True
    info = analyse_mention(mention.text, ctx.lexicon)
    return addressee and k == 0 and (info.name is None and info.gender == "m" and info.type in ("person", "organization")
                                     or _masculine_at(ctx, subj, 0))


_QUANTITY = PARTITIVES | NOT_IN_NAME | GROUP_SIZES | {"العديد"}


def _body_gender(ctx: Context, text: str) -> str | None:
    """The gender of a body named by ``text`` (الحكومة → f, مجلس الأمن → m), None for anything else."""
    info = analyse_mention(text, ctx.lexicon)
    return info.gender if info.type == "organization" else None


_PRAYED_TO = frozenset({"الله", "ربه", "ربها", "ربهم", "المولي"})


def _without_addressee(ctx: Context, sent: Sentence, i: int, subj: list[Tok]) -> list[Tok] | None:
    """The subject of a verb with an addressee: دعا الوزير الدول إلى… → الوزير (see
    :func:`.content.addressee_start`); a lone accusative noun phrase is the addressee itself
    (أبلغ الصحفيين أن…، حث الطرفين على…), a lone nominative one the subject (طالب النواب بإقالة…)."""
    toks = sent.toks
    end = i + 1 + len(subj)
    k = addressee_start(ctx, toks, i, end)
    if k is not None and toks[i + 1:end] == subj:
        return toks[i + 1:k]
    if i and toks[i - 1].text == "كما" and _people(ctx, subj):
        return None  # كما دعا الوعاظ إلى أن…: "also", the speaker goes on; the people are addressed
    return None if accusative(ctx, subj[0].text) else subj


def _people(ctx: Context, np_: list[Tok]) -> bool:
    """A noun phrase of people in the plural (الوعاظ، المعلمين، الشباب) and nothing else."""
    head = strip_article(np_[0].text)
    if head in ctx.v.group:
        return len(np_) <= 2
    return len(np_) <= 2 and np_[0].text.startswith("ال") and not speaker_word(ctx, np_[0].text) \
        and (head.endswith(("ين", "ون")) or _broken_plural(head))  # (not البيان: a document speaks)


def _broken_plural(w: str) -> bool:
    """فعّال/فُعَلاء-like plurals of people (الوعاظ، العلماء، الطلاب): a long vowel before the last letter."""
    return len(w) in (4, 5) and w[-2] == "ا" or w.endswith("اء") and len(w) >= 5


def _relative_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is the verb at ``i`` right after a relative pronoun that agrees with it, with no object
    pronoun on the verb: the relative is its subject (an object relative takes its pronoun back on
    the verb, read off its token: الذي يصفه الوزير بأنه…)."""
    toks = sent.toks
    prev = toks[i - 1].text if i else ""
    rel = prev[1:] if prev[:1] == "و" else prev
    end = toks[i].end
    pronoun = end < len(sent.nt.text) and sent.nt.text[end].isalpha()
    return rel in ctx.v.relative and form.gender is not None and not pronoun and not object_gap(toks, i, form)


def _not_a_report(ctx: Context, toks: list[Tok], i: int, form: VerbForm, content: Content,
                  subj: list[Tok] | None) -> bool:
    """A reading of the verb that reports nothing: an uncovering, an unveiling, a name mentioned."""
    if (content[0] == "np" or form.strict) and subj and not plausible_speaker(ctx, subj):
        return True  # كشف الغطاء عن…: "uncovered", not "revealed"; وزاد من تعقيد الأمر أن…: "increased"
    if content[0] == "np" and _opens_time_clause(toks, i):
        return True  # ارتفع السهم بعد أن أعلنت الشركة نتائجها: a past event as background (not بعد أن أعلنت أن…)
    if _mute_subject(ctx, toks, i, form, subj):
        return True  # ويقول مطلعها: …، ويشير تطور الصادرات إلى أن…: a song's line, a trend; no one speaks
    if form.needs_subject and not (subj and plausible_speaker(ctx, subj) and not is_adverbial(ctx, subj[0].text)
                          and subj[0].text not in _TO_THE_READER):
        return True  # لاحظت في أحد الأيام أن…: a perception with no stated speaker (not لاحظ التقرير أن…)
    if content[0] == "np" and _evidence_content(toks, content[1]):
        return True  # كلها تفيد بالواقع، أشار إلى الأحداث: "signifies", "points to" a thing, no proposition
    if i + 1 < len(toks) and toks[i + 1].text in _NAME_WORDS:
        return True  # ذكر اسمه / عدم ذكر اسمه: "mention a name", not a report
    if form.lemma == "أظهر" and form.aspect == "imperfect" and _appears(toks, i):
        return True  # رسائل قد تظهر للمستخدم، يظهر فيه شابان: يَظهر "appears", not يُظهر "shows"
    if form.lemma == "أقر" and content[0] == "comp" and _decided(toks, content[1]):
        return True  # أقر مجلس الوزراء أن يكون لكل شاطئ حرم: "approved that … be", a decision, no admission
    if form.lemma == "أرجع" and form.aspect == "imperfect" and not subj \
            and content == ("np", i + 1):
        return True  # ويرجع حسم المراكز لفارق النقاط: يَرجِع "goes back to", the noun is its subject
    if content[0] == "np" and form.impersonal and form.aspect == "imperfect" and i \
            and pronoun_subject_word(toks[i - 1].text):
        return True  # أنها تُعتبر طويلة القامة: a passive after the pronoun, "she is considered"
    if content[0] == "np" and form.meaning == "reveal" and _uncovered(ctx, toks, i, form, content[1], subj):
        return True  # ثم كشف عن رجله، اللوحات … تكشف عن تفكير الرسامة: "uncovered", "shows"
    # كشفت الشركة النقاب عن طراز جديد: an unveiling, not a statement
    return content[0] == "np" and any(t.text in UNVEIL for t in toks[i + 1:content[1]])


def _mute_subject(ctx: Context, toks: list[Tok], i: int, form: VerbForm, subj: list[Tok] | None) -> bool:
    """Is the subject of the verb at ``i``, found or written before it after a clause opener (إن
    إمعان النظر في الأرقام يوضح أن…، with a description between commas too), headed by a noun
    that cannot report (speaker_words.tsv: mute_head), bare of its article and pronoun?"""
    heads = ctx.lexicon.category("mute_head")
    if subj:
        return strip_article(strip_pronoun(subj[0].text)) in heads
    if form.clitic:
        return False
    end = _before_aside(ctx, toks, i)  # (إمعان النظر في العناصر، التي تشكلها، يوضح أن…)
    for k in range(end - 1, max(-1, end - 1 - _FRONTED_REACH), -1):
        w = toks[k].text
        if w in _CLAUSE_OPENERS or is_complementizer(w):
            break
        if ctx.verb_forms.get(w) is not None:
            return False  # (a verb between: the noun is its subject or object, not this verb's)
    else:
        k = -1 if end <= _FRONTED_REACH else None
    return k is not None and k + 1 < end and strip_article(strip_pronoun(toks[k + 1].text)) in heads


_FRONTED_REACH = 6  # the most words of a subject written before its verb (إمعان النظر في العناصر كلها)


def _evidence_content(toks: list[Tok], k: int) -> bool:
    """Is the noun-phrase content at ``k`` a noun of evidence (بالواقع، إلى الأحداث، الحقائق), not a
    proposition put as a noun (بوقوع حادث، إلى ضرورة…)?"""
    w = toks[k].text
    if w.startswith("بال"):
        w = w[1:]  # (بالواقع; ل + ال is written لل, which this test never read)
    return w[:2] == "ال" and w[2:] in FACTS



#: imperfects of «to be, be done» that open with ت after a subjunctive أنْ (أن تكون، أن تتم)
_SUBJUNCTIVE_T = frozenset({"تكون", "تتم", "تصبح", "تبقي", "تقوم", "تخصص", "تعتمد"})


def _decided(toks: list[Tok], k: int) -> bool:
    """Is the complementizer at ``k`` a bare أنْ before an imperfect (أن يكون، أن تتم، أن لا
    يتجاوز): the subjunctive of what is to be done, a decision's content?  An admission takes أنّ
    and a subject (أقر الوزير أن الخطة فشلت، أقر أنه أخطأ)."""
    if toks[k].text != "ان" or k + 1 >= len(toks):
        return False
    w = toks[k + 1].text
    if w == "لا" and k + 2 < len(toks):
        w = toks[k + 2].text
    return (w[:1] == "ي" and len(w) > 2) or w in _SUBJUNCTIVE_T


#: words after the imperative لاحظ "note" addressed to the reader (لاحظ هنا أن…، لاحظ معي), no subject
_TO_THE_READER = frozenset({"هنا", "هناك", "معي", "معنا", "جيدا", "كيف"})
#: a preposition right after the imperfect يظهر makes it the intransitive يَظهر "appears" (تظهر
#: للمستخدم رسالة، يظهر فيه، تظهر عليه علامات، تظهر تحت عنوان), the homograph of يُظهر "shows"
_APPEAR_PREPS = frozenset({"في", "فيه", "فيها", "فيهم", "علي", "عليه", "عليها", "عليهم", "تحت", "تحته", "تحتها",
                           "فوق", "فوقه", "فوقها", "امام", "امامه", "امامها", "عند", "عنده", "عندها", "لدي", "لديه",
                           "لديها", "بين", "له", "لها", "لهم", "لي", "لنا", "لك", "لكم", "منه", "منها"})


def _appears(toks: list[Tok], i: int) -> bool:
    """Does a preposition follow the verb at ``i`` at once (a ل before a definite noun too:
    للمستخدم، للعيان)?  يظهر then "appears somewhere / to someone"; the verb "shows" has its
    subject or content first (تظهر الدراسة أن…، تظهر الأرقام للمرة الأولى أن…)."""
    if i + 1 >= len(toks):
        return False
    w = toks[i + 1].text
    return w in _APPEAR_PREPS or (w.startswith("لل") and len(w) > 3)


#: what is bared, not told: a part of the body, a covering (كشف عن رجله، كشف عن قناعه الدموي)
_BARED = frozenset({"رجل", "رجلي", "ساق", "ساقي", "قدم", "قدمي", "يد", "يدي", "ذراع", "ذراعي", "وجه", "صدر",
                    "ظهر", "بطن", "راس", "شعر", "جرح", "جروح", "قناع", "غطاء", "حجاب", "نقاب", "ساعد", "كتف"})
#: people one uncovers, with their owner's pronoun (كشفت العمليات عن عملائهم): no information told
_ACCOMPLICES = frozenset({"عملاء", "اعوان", "اتباع", "انصار", "شركاء", "جواسيس", "مجرمي", "خلايا"})
_FRONTED_MAX = 3  # the most words of a noun phrase written before its verb (عملية التحرير كشفت)


def _uncovered(ctx: Context, toks: list[Tok], i: int, form: VerbForm, k: int, subj: list[Tok] | None) -> bool:
    """Is the verb of revealing at ``i``, its noun-phrase content at ``k``, an uncovering: of a body
    part or a covering (كشف عن رجله), of people (وكشفت عن عملائهم), or by a thing written before it
    (وأوضح أن عملية التحرير كشفت عن…، اللوحات الزيتية تكشف عن تفكير الرسامة)?  Documents and
    people before it speak (الدراسة كشفت عن…، الوزير كشف عن…)."""
    w = toks[k].text
    bare = strip_pronoun(w)
    if strip_article(bare) in _BARED or (bare != w and bare.replace("ئ", "ء") in _ACCOMPLICES and not subj):
        return True  # (عملائهم: the hamza sits on a ي seat before the pronoun)
    if subj and subj[0].start < toks[i].start:
        return all(_thing_word(ctx, t.text) for t in subj)  # (عملية المداهمة كشفت عن…: a fronted thing)
    if subj or form.clitic or i == 0:
        return False
    end = _before_aside(ctx, toks, i)
    s = end
    while s > max(0, end - _FRONTED_MAX) and _thing_word(ctx, toks[s - 1].text):
        s -= 1
    if s == end or not toks[s].text.startswith("ال") and not (s + 1 < i and toks[s + 1].text.startswith("ال")):
        return False  # (a definite noun phrase, its own or its genitive's article: عملية التحرير)
    return s == 0 or ends_clause(toks[s - 1].text)


_ASIDE_REACH = 10  # the most words of a description between commas after a fronted subject


def _before_aside(ctx: Context, toks: list[Tok], i: int) -> int:
    """Where the noun phrase before the verb at ``i`` ends: right before it, or before a description
    set off by commas that opens with a definite adjective or a relative (اللوحات الزيتية، المرتبة
    على علب الطلاء، تكشف عن…)."""
    if toks[i - 1].text not in COMMA:
        return i
    for c in range(i - 2, max(0, i - 2 - _ASIDE_REACH), -1):
        w = toks[c].text
        if w in STOP_PUNCT:
            return i
        if w in COMMA:
            opener = toks[c + 1].text
            return c if opener.startswith("ال") and not speaker_word(ctx, opener) or opener in ctx.v.relative else i
    return i


def _thing_word(ctx: Context, w: str) -> bool:
    """A word of a noun phrase that names no speaker (التحرير، اللوحات; not الدراسة، الوزير، أحمد)."""
    return w.isalpha() and w not in FUNCTION and w not in COPULAS and w not in ctx.v.relative and not is_complementizer(w) \
        and not is_adverbial(ctx, w) and not speaker_word(ctx, w) and w not in ctx.known and not is_given_name(w) \
        and w not in ctx.v.honorific and ctx.verb_forms.get(w) is None


def _passive_predicate(ctx: Context, sent: Sentence, i: int, form: VerbForm, content: Content,
                       subj: list[Tok] | None) -> bool:
    """Is the impersonal imperfect at ``i`` the passive "is considered" with a predicate, no
    report: one noun phrase, then the predicate (ويُعتبر الفنان أحد عمالقة الفن، وتعتبر هذه
    الظاهرة من أخطر الظواهر), or, for a plural or after a relative, the predicate right after it
    (الذين يُعتبرون الأكثر عددا، الذين يعتبرون أجدادا لسكان آسيا), or, with no subject found, the
    noun phrase right after it (…، وتعتبر البوابة الجنوبية للمنطقة)?  The active verb has its subject
    and then its object before the predicate (ويعتبر المقاتلون تبجيل الأضرحة من البدع), or a
    pronoun subject before it (لكنه يعتبر الخطوة من أهم…)."""
    if not (form.impersonal and form.aspect == "imperfect" and form.meaning == "believe") or content[0] != "np":
        return False  # (a verb of considering: يشير إلى أحد الجدران، تفيد بتلقي عدد من… take no predicate)
    toks = sent.toks
    k = content[1]
    prev = toks[i - 1].text if i else ""
    if k == i + 1 and (prev in ctx.v.relative or form.number != "sg"):
        # (the verb's suffix or the relative's head is the one considered: no noun phrase between)
        return _predicate_at(toks, k) or (prev in ctx.v.relative and _indefinite_accusative(toks[k].text))
    if form.number != "sg" or pronoun_before(ctx, sent, i) is not None or fronted_subject(ctx, sent, i) is not None:
        return False
    if _predicate_at(toks, k):
        return subj is not None or k == i + 1  # (the subject found is the one considered)
    if k == i + 1 and not subj:
        # وتعتبر هذه المباراة الأكثر دموية، ويعتبر السيرك الحدث الأكبر: with no subject of its own
        # the noun phrase after it is the one considered (the active has its subject first), unless
        # it cannot be the verb's subject: a clause of ما (ويعتبر ما يصدر عنها «افتراء»), a
        # demonstrative of the other gender (وتعتبر [هي] هذا التنوع ميزة)
        w = toks[k].text
        return w != "ما" and _DEMONSTRATIVE_GENDER.get(w, form.gender) == form.gender
    end = i + 1 + np_end(ctx, toks[i + 1:])  # (ويعتبر الشاعر الراحل أحد…: one noun phrase, however split)
    return i + 1 < end < len(toks) and _predicate_at(toks, end)


def _considered(ctx: Context, sent: Sentence, i: int, form: VerbForm, content: Content) -> bool:
    """Is the impersonal imperfect of believing at ``i`` the passive "is considered" by what follows
    it: a predicate before its clause (وتعتبر فرنسا من الدول التي…، وإن كانت…; يعتبر الموعد مكسبا
    لبلاتر الذي أراد أن…: the أن is another clause's), an indefinite accusative right after it
    (فهذا يعتبر إنجازًا، يعتبر موقعا استراتيجيا), or, after a noun or a relative, an indefinite
    adjective (الدورة الدموية تعتبر ضعيفة، التي تعتبر ذات أهمية)?  The active verb has its subject
    and its clause (يعتبر الوزير أن…، يعتبرون أن…) or its subject, object and predicate."""
    if not (form.impersonal and form.aspect == "imperfect" and form.meaning == "believe") or i + 1 >= len(sent.toks):
        return False
    toks = sent.toks
    k = content[1]
    if content[0] in ("comp", "np") and any(_predicate_word(ctx, sent, m, i) for m in range(i + 1, k)):
        return True  # (يعتبر القطاع من أهم دعائم الاقتصاد، ومهما بلغ…: the predicate before the content)
    if content[0] not in ("comp", "np"):
        return False
    if content[0] == "np" and k + 1 < len(toks) and toks[k + 1].text in DEGREE:
        return True  # ويعتبر القرار مهما جدا: an adjective, the predicate of the one considered
    if _tanwin_accusative(ctx, sent, i + 1) or (_indefinite_accusative(toks[i + 1].text) and i + 2 < len(toks)
                                                and _indefinite_accusative(toks[i + 2].text)):
        return True  # (فرعا غريبا: two accusatives, a noun and its adjective, need no tanwin written)
    prev = toks[i - 1].text if i else ""
    prev = prev[1:] if prev[:1] in ("و", "ف") and prev[1:3] == "ال" else prev  # (والمباراة تعتبر شبه ودية)
    nxt = toks[i + 1].text
    return not form.clitic and (prev in ctx.v.relative or (prev[:2] == "ال" and not speaker_word(ctx, prev))) \
        and (nxt in _INDEFINITE_PREDICATES or (nxt[-1:] == "ة" and nxt[:2] != "ال" and nxt.isalpha()
                                               and nxt not in FUNCTION and nxt not in ctx.known
                                               and not (i + 2 < len(toks) and toks[i + 2].text[:2] == "ال")))
    # (a ة-noun before a definite one is in construct, an object: الذين يعتبرون مكافحة الإرهاب أولوية)


#: indefinite words that open a predicate of "is considered" (ذات أهمية، شبه ودية، بمثابة إنذار)
_INDEFINITE_PREDICATES = frozenset({"ذات", "ذا", "شبه", "بمثابة", "جزءا", "جزء", "نوعا", "حجر"})


def _predicate_word(ctx: Context, sent: Sentence, m: int, i: int) -> bool:
    """Does the predicate of "is considered" open at ``m`` (من الدول، أحد…، أهم…، مكسبا، جدا), not
    a من of the subject's group (عدد من الخبراء) nor the subject «أحد» right after the verb?"""
    toks = sent.toks
    w = toks[m].text
    if w in DEGREE or _tanwin_accusative(ctx, sent, m):
        return True
    if w in _ONE_OF and m == i + 1:
        return False  # (يعتبر أحد الخبراء أن…)
    if w != "من" or m + 1 >= len(toks):
        return _predicate_at(toks, m)
    if toks[m + 1].text in SUPERLATIVES:
        return True  # (من أهم، من أبرز)
    prev = toks[m - 1].text
    if not toks[m + 1].text.startswith("ال") or m == i + 1 or strip_article(prev) in _QUANTITY \
            or prev in _HUNDRED or prev.endswith(("ون", "ين")):
        return False  # a من of the subject's group: عدد من الخبراء، 80 في المائة من الشيعة، مستثمرون من المؤسسات
    return prev.startswith("ال") or m == i + 2  # (الحويصلة المرارية من أهم…، فرنسا من الدول)


_HUNDRED = frozenset({"المائة", "المئة", "بالمائة", "بالمئة", "%"})
_TANWIN_FATHA = "\u064b"


def _tanwin_accusative(ctx: Context, sent: Sentence, m: int) -> bool:
    """Is token ``m`` an indefinite accusative written with its tanwin (مكسباً، إنجازًا), no adverb
    (حاليًا، أيضاً) and no ب/ل-phrase?"""
    w = sent.toks[m].text
    return _TANWIN_FATHA in sent.written(m) and w[:2] != "ال" and not is_adverbial(ctx, w) \
        and w not in FUNCTION and w[:1] not in ("ب", "ل")


_DEMONSTRATIVE_GENDER = {"هذا": "m", "ذلك": "m", "هذه": "f", "تلك": "f"}
_ONE_OF = frozenset({"احد", "احدي", "بمثابة"})  # أحد، إحدى "one of"; بمثابة "as good as"


def _predicate_at(toks: list[Tok], k: int) -> bool:
    """Does a predicate of "is considered" open at ``k``: "one of" (أحد، إحدى), an elative (أكبر،
    الأكثر، ثاني أكبر), or من before a definite noun or an elative (من أخطر، من الدول)?"""
    w = toks[k].text
    if w in _ONE_OF or strip_article(w) in SUPERLATIVES:
        return True
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return w == "من" and (nxt.startswith("ال") or nxt in SUPERLATIVES)


def _indefinite_accusative(w: str) -> bool:
    """An indefinite noun or adjective with the accusative alif (أجدادا، رائدا، مسؤولا)."""
    return len(w) > 3 and w.endswith("ا") and not w.startswith("ال") and w.isalpha() and w not in FUNCTION


_THAT_HE = frozenset({"انه", "بانه", "فانه", "وانه"})  # أنه/إنه + an imperfect: "that he…" or "that it is…"
_MATRIX_REACH = 12  # the most words from the verb that reports the clause to its أنه


def _pronoun_of_the_matter(ctx: Context, toks: list[Tok], i: int, form: VerbForm) -> bool:
    """Is the impersonal imperfect at ``i`` (يرجح، يعتقد، يتوقع) after أنه the passive "it is thought",
    its ه the pronoun of the matter (ضمير الشأن), because the verb reporting the clause does not
    agree with a masculine singular (أعلنت السلطات أنه يرجح أن…، وقالوا إنه يعتقد أن…)?  When it
    agrees, ه is its speaker (وقال الوزير إنه يعتقد أن…: "he believes")."""
    if not (form.impersonal and form.aspect == "imperfect" and form.gender == "m" and form.number == "sg"
            and not form.clitic and i > 1 and toks[i - 1].text in _THAT_HE):
        return False
    for m in range(i - 2, max(-1, i - 2 - _MATRIX_REACH), -1):
        w = toks[m].text
        if w in STOP_PUNCT or is_complementizer(w):
            return False
        gf = ctx.verb_forms.get(w)
        if gf is not None:
            return (gf.gender, gf.number) != ("m", "sg")
    return False


def _strict_misread(ctx: Context, toks: list[Tok], i: int, form: VerbForm, content: Content,
                    subj: list[Tok] | None) -> bool:
    """A strict homograph with no subject and a preposition before its content reads as the other
    word: وزاد من تعقيد الأمر أن… ("increased"), not "added"."""
    if not form.strict or subj or form.aspect == "participle" or content[1] <= i + 1:
        return False
    w = toks[i + 1].text
    nxt = toks[i + 2].text if i + 2 < len(toks) else ""
    return w == "من" and strip_pronoun(nxt) not in FOR_HIS_PART  # (وبين من جهته أن…: "for his part")


_TEXT_REACH = 4  # the most words between a text's head and the relative after it (المادة السابعة من اللائحة التي)


def _stipulating_text(ctx: Context, toks: list[Tok], r: int) -> list[Tok] | None:
    """The text a relative at ``r`` stands for before «ينص/تنص»: the nearest text or document word
    before it and the words after it (العقد المبدئي الذي → «العقد المبدئي», not «محامي اللاعب…»), from
    the text word in construct before it (بنود الإيقاف التي، لائحة الانضباط التي)."""
    texts = _texts(ctx.lexicon)
    for k in range(r - 1, max(-1, r - 1 - _TEXT_REACH), -1):
        w = toks[k].text
        if w in COMMA or w in STOP_PUNCT or ctx.verb_forms.get(w) is not None:
            return None
        if strip_article(w) in texts:
            if k and w.startswith("ال") and toks[k - 1].text in texts:
                k -= 1  # (بنود الإيقاف، لائحة الانضباط: the construct's bare head)
            if toks[k].text.startswith("لل"):  # وفقا للمادة السادسة التي نصت…: the article, not the preposition
                return [without_proclitic(toks[k])] + toks[k + 1:r]
            return toks[k:r]
    return None


@functools.lru_cache(maxsize=8)
def _texts(lexicon: Lexicon) -> frozenset[str]:
    """The words that name a text or a document (speaker_words.tsv: text, doc, doc_f)."""
    return lexicon.category("text") | lexicon.category("doc") | lexicon.category("doc_f")


def _implicit_speaker(ctx: Context, sent: Sentence, i: int, form: VerbForm,
                      reported_before: bool | None) -> tuple[Span | None, str | None]:
    """(speaker, kind) when no subject follows the verb: the fallbacks in order, or an unattributed report."""
    toks = sent.toks
    participle = form.aspect == "participle"
    if form.clitic == "ب" and (manner := _manner_subject(ctx, toks, i)) is not None:
        return sent.mention(manner), None  # واكتفى رئيس الوزراء أحمد داود أوغلو بالقول إن…
    if not participle and (earlier := _had_already(toks, i)) is not None:
        return sent.mention(earlier, drop_first=1), None  # وسبق لأوباما أن أكد…: who had said it before
    # وأصدرت الوزارة بيانا أكدت فيه أن…، أدلى بتصريح يؤكد فيه أن…: the verb describes a statement
    # ("in which it affirmed"); the noun before it is that statement, not the speaker, who is
    # left to the document's resolution
    in_statement = in_a_statement(toks, i)
    speaker = _hadith_narrator(ctx, sent, i, form)
    prev = toks[i - 1].text if i else ""
    if form.meaning == "stipulate" and i > 1 and prev in ctx.v.relative:
        speaker = sent.mention(_stipulating_text(ctx, toks, i - 1))  # العقد المبدئي الذي ينص على…
    if speaker is None and i > 0 and not participle and not in_statement \
            and (prev in ctx.v.relative or prev[:1] == "و" and prev[1:] in ctx.v.relative) and not object_gap(toks, i, form):
        # "…فهد القحيز الذي أكد بأن…": the speaker is the noun phrase before الذي (or والذي, a
        # relative joined to the name's description: …لبنك إنجلترا المركزي والذي أشار إلى…)
        speaker = sent.mention(antecedent(ctx, toks, i - 1))
    if speaker is None and not participle and not in_statement and (r := relative_past_kan(ctx, toks, i, form)) is not None:
        speaker = sent.mention(antecedent(ctx, toks, r))  # «…سعد الفهد الذي كان قد أكد أن…»: the relative's head
    if speaker is None and not participle and form.clitic[:1] == "و":
        r = relative_before(ctx, toks, i)  # «…العتيبي الذي أكد حدوث التبديل وقال إنه…»: the same subject
        speaker = sent.mention(antecedent(ctx, toks, r)) if r is not None else None
    if speaker is None and i > 0 and not participle:
        speaker = pronoun_before(ctx, sent, i)  # لكنه أوضح، إنها أعلنت، لكنه في الوقت ذاته يصف
    if speaker is None and not participle and not form.clitic:
        speaker = _time_clause_subject(ctx, sent, i, form)  # وفاجأ الوزير الحضور عندما قال إن…
    if speaker is None and not participle and not form.clitic:
        # «والمدير العام خالد السالم الذي أكد أن…، قال إن…»: the subject written before the relative
        speaker = sent.mention(topic_before_relative(ctx, toks, i, form))
    if reported_before is None:
        reported_before = earlier_cue(ctx, sent, i)
    if speaker is None and participle:
        speaker = _continued_subject(ctx, sent, i, form) or _relative_clause_subject(ctx, sent, i, form)
    if speaker is None and i > 1 and (participle or form.clitic[:1] == "و" or _narrated_then(sent, i, form)) \
            and not reported_before:
        # وافتتح الوزير المعرض، مؤكدا أن… / واستقبل الوزير الوفد، وأكد أن…: the subject of the
        # sentence's first verb (VSO) is the subject of the report that continues it
        # (for a participle no report came before: a cue verb opening the sentence reported nothing,
        # «أوضح ذلك المشرف العام X، مشيرا إلى أن…»، «أقرت الإدارة بحدوث تسريب، مشيرة إلى…»)
        speaker = sent.mention(_before_saying(ctx, main_clause_subject(ctx, sent, i, reported=False)))
        if speaker is not None and _disagrees(ctx, speaker.text, form):
            speaker = None  # وقد لاقت الحملة استحسان المواطنين…، مؤكدين: not the campaign's words
    if speaker is None and form.clitic[:1] == "و" and not reported_before:
        speaker = sent.mention(shared_svo_subject(ctx, sent, i))  # السكان ضاقوا ذرعا… وقالوا إن…
    if speaker is None and form.clitic[:1] in ("و", "ف") and not participle and not reported_before:
        speaker = sent.mention(_earlier_reporter(ctx, sent, i, form))
    if speaker is None and form.clitic[:1] == "و" and not participle and reported_before:
        speaker = sent.mention(_claim_clause_subject(ctx, sent, i, form))  # أن المجلس أعرب عن…، وجدد…
    if speaker is None and form.clitic[:1] == "و" and not participle and reported_before:
        speaker = _opening_reporter(ctx, sent, i, form)  # أكدت فلانة أنهم واجهوا…، وقالت: …
    if speaker is None and in_statement:
        speaker = _statement_maker(ctx, sent, i)  # تصريحات للمدرب قال فيها إن…
    if speaker is None and not participle:
        before = None if in_statement else subject_before(ctx, sent, i)
        if before is None and not in_statement and form.aspect == "imperfect" and not form.clitic:
            # تصريحات لمسؤول ألماني في صحيفة «بيلد» تفيد بأن…، مذكرة صادرة من الشركتين تقول إن…
            before = described_words(ctx, toks, i) or _described_document(ctx, toks, i, form)
        if before is not None:
            return sent.mention(before), None
        if _impersonal(ctx, sent, i, form, reported_before):
            return None, "unattributed"
    return speaker, None


_MANNER_REACH = 12  # the most words from the clause's verb to its masdar of manner
_HAD = frozenset({"سبق", "وسبق", "فسبق"})  # «سبق لفلان أن قال…» "X had said before"
_HAD_REACH = 6  # the most words of the ل-phrase between سبق and أن


def _had_already(toks: list[Tok], i: int) -> list[Tok] | None:
    """The ل-phrase of «سبق لـX أن/وأن» right before the verb at ``i``: X said it before (وسبق لأوباما
    أن أكد…، سبق لمجلة "فرانس فوتبول" أن كشفت…); a pronoun (سبق له أن) is left to the antecedent."""
    if i < 3 or toks[i - 1].text not in ("ان", "وان"):
        return None
    g = next((g for g in range(i - 2, max(-1, i - 3 - _HAD_REACH), -1) if toks[g].text in _HAD), None)
    if g is None or g + 1 >= i - 1:
        return None
    phrase = toks[g + 1:i - 1]
    first = phrase[0].text
    if first[:1] != "ل" or len(first) < 3 or first in FUNCTION or first in OWNER_PRONOUNS:
        return None
    if any(t.text in COMMA or t.text in STOP_PUNCT for t in phrase):
        return None
    return phrase


def _manner_subject(ctx: Context, toks: list[Tok], i: int) -> list[Tok] | None:
    """The subject of the verb opening the clause of the masdar of manner at ``i``: the noun phrase
    right after it, when one (with the verb's object, if any) fills the stretch up to the masdar
    (ومضى المتحدث بالقول، واكتفى رئيس الوزراء أحمد داود أوغلو بالقول، وختم الشيخ خطبته بالقول)."""
    c = i - 1
    while c >= 0 and toks[c].text not in COMMA and toks[c].text not in STOP_PUNCT and i - c <= _MANNER_REACH:
        c -= 1
    c += 1
    if i - c < 2 or toks[c].text in COMMA or toks[c].text in STOP_PUNCT or c > 0 and toks[c - 1].text not in STOP_PUNCT \
            and toks[c - 1].text not in COMMA:
        return None
    seg = toks[c + 1:i]
    if np_end(ctx, seg) != len(seg) or any(t.text in QUOTES or is_complementizer(t.text) for t in seg):
        return None  # (وحاول تبرير النكسة بالقول: an object stands between, the subject is dropped)
    head = seg[0].text
    # a speaker's word or name (not the verb's object: وواصل حديثه، وعنونت أحد تقاريرها بالقول)
    speaker_like = speaker_word(ctx, head) or is_given_name(strip_article(head)) or head in ctx.known \
        or (len(seg) == 1 and strip_pronoun(head) == head and not content_noun(ctx, head))
    return seg if speaker_like else None


def _described_document(ctx: Context, toks: list[Tok], i: int, form: VerbForm) -> list[Tok] | None:
    """The indefinite document, of the verb's gender, that the imperfect at ``i`` describes with no
    relative (an unmarked صفة): «حصلنا على مذكرة داخلية صادرة عن الإدارة تقول إن…» → the memo."""
    v = ctx.v
    docs = v.doc_f if form.gender == "f" else v.doc_m
    for k in range(i - 1, max(-1, i - 1 - _DESCRIBED_DOC_REACH), -1):
        w = toks[k].text
        if w in COMMA or w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or ctx.verb_forms.get(w) is not None:
            return None
        if form.number == "sg" and w in docs:
            if (k and toks[k - 1].text.isdigit()) \
                    or any(t.text.removeprefix("و") in _NOT_THERE for t in toks[max(0, k - 4):k]):
                return None  # الوثيقة الواقعة في 48 صفحة تشير، لا يوجد بها بند يشير إلى…: no such document speaks
            return toks[k:i]
    return None


_DESCRIBED_DOC_REACH = 6  # the most words from a described document to its verb (مذكرة مشتركة صادرة من الشركتين)
_NOT_THERE = frozenset({"لا", "ليس", "لم", "لن", "ما", "بلا", "دون", "بدون"})  # (لا يوجد بند يشير…)


def _before_saying(ctx: Context, subj: list[Tok] | None) -> list[Tok] | None:
    """The subject without the imperfect of saying that follows it and tells how the verb was done,
    its subject's own (وواصل الوزير يقول إن…، فأكد → الوزير)."""
    if not subj:
        return subj
    return next((subj[:m] for m in range(1, len(subj))
                 if (f := ctx.verb_forms.get(subj[m].text)) is not None and f.aspect == "imperfect"), subj)


def _narrated_then(sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is the ف-verb at ``i`` the next step of the one clause the sentence narrates, its subject
    that clause's (وعلق الوزير على الاتهامات فأشار إلى أن…، وسئل المدير عن الأمر فقال: …)?  A
    perfect, no comma before it but the one right before (a comma further back opens another
    clause whose subject is not the sentence's first: …، وتواصلت الصحيفة مع الوزير، فأكد…)."""
    toks = sent.toks
    if not form.clitic and form.aspect == "perfect" and i > 1 and toks[i - 1].text in _WHEREUPON:
        # (a perfect after حيث/إذ "whereupon" goes on with the clause too: ومثل الوزير أمام المحكمة
        # حيث أكد أنه…؛ وافتتح المدير المعرض، إذ أوضح أن…)
        i -= 1
    elif form.clitic != "ف" or form.aspect != "perfect":
        return False
    return not any(t.text in COMMA or t.text in QUOTES for t in toks[:i - 1])


_WHEREUPON = frozenset({"حيث", "اذ"})  # (normalised: إذ) the clause after them goes on with the narrated one


#: the blessings after a Companion's or the Prophet's name, read backwards from the verb
_BLESSINGS_BACKWARDS = (("عنه", "الله", "رضي"), ("عنها", "الله", "رضي"), ("عنهما", "الله", "رضي"),
                        ("عنهم", "الله", "رضي"), ("وارضاه", "عنه", "الله", "رضي"), ("وسلم", "عليه", "الله", "صلي"),
                        ("السلام", "عليه"))
_NARRATED_FROM = frozenset({"عن", "وعن", "فعن", "رواه", "روي"})
_NARRATOR_MAX = 6  # the most words of a narrator's name (عبدالله بن عمرو بن العاص)


def _hadith_narrator(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Span | None:
    """The narrator of a chain of transmission the verb at ``i`` goes on with, his blessing between:
    «عن أبي هريرة رضي الله عنه قال: …»، «عن النبي صلى الله عليه وسلم أنه قال: …»، «رواه أنس رضي
    الله عنه قال» → the name after عن (or رواه); the blessing tells the chain from any other عن.
    After «روى الترمذي عن X» the verb of relaying reports it, with X its source."""
    toks = sent.toks
    if form.aspect != "perfect" or form.clitic or form.number != "sg":
        return None
    k = (i - 1 if i and toks[i - 1].text in ("انه", "انها") else i) - 1
    while k >= 0 and (toks[k].text in DASHES or toks[k].text in COMMA):
        k -= 1
    blessing = next((b for b in _BLESSINGS_BACKWARDS if k - len(b) + 1 >= 0
                     and all(toks[k - m].text == w for m, w in enumerate(b))), None)
    if blessing is None:
        return None
    k -= len(blessing)
    while k >= 0 and (toks[k].text in DASHES or toks[k].text in COMMA):
        k -= 1
    end = k + 1
    start = next((m for m in range(k, max(-1, k - _NARRATOR_MAX), -1) if toks[m].text in _NARRATED_FROM), None)
    if start is None or start + 1 >= end or any(t.text in STOP_PUNCT or t.text in COMMA for t in toks[start + 1:end]):
        return None
    relay = next((m for m in range(start - 1, max(-1, start - 4), -1)
                  if (f := ctx.verb_forms.get(toks[m].text)) is not None and f.frames.relay), None)
    return sent.mention(toks[start + 1:end]) if relay is None else None


#: conjunctions of time whose clause shares the main clause's subject when its own is dropped
#: («عزز المدرب الفرضية عندما قال إن…»: the coach said it); not فيما، بينما ("whereas"), which
#: set another subject against it
_WHEN = frozenset({"عندما", "حينما", "حين", "بعدما", "كلما", "طالما", "وعندما", "وحين", "وحينما", "وبعدما"})  # (not لما: also لِما "for what")
_WHEN_AN = frozenset({"بعد", "قبل", "منذ"})  # بعد أن قال، قبل أن يؤكد


_WHILE_IN = frozenset({"في", "وفي", "ففي"})  # في حين "whereas": a report set against another, no time clause


def _opens_time_clause(toks: list[Tok], i: int) -> bool:
    """Does the verb at ``i`` open a clause of time (عندما أعلن، بعد أن أعلنت، منذ أن كشف), not
    «في حين» "whereas"?"""
    prev = toks[i - 1].text if i else ""
    if prev in _WHEN:
        return not (prev == "حين" and i > 1 and toks[i - 2].text in _WHILE_IN)
    before = toks[i - 2].text if i > 1 else ""
    return prev == "ان" and (before in _WHEN_AN or (before[:1] == "و" and before[1:] in _WHEN_AN))


def _time_clause_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Span | None:
    """The subject of the main clause for a verb opening a clause of time with no subject of its
    own («ثم عزز مدرب الفريق خالد العمري فرضية ضم اللاعب عندما قال إن…»، «…بعد أن أكد أن…») —
    the main clause's first verb and its subject, when the verb agrees with it."""
    toks = sent.toks
    prev = toks[i - 1].text if i else ""
    when = prev in _WHEN or (prev == "ان" and i > 1 and toks[i - 2].text in _WHEN_AN)
    if not when:
        return None
    speaker = _main_subject_reaching(ctx, sent, i - 1, trim=True)
    return None if speaker is None or _disagrees(ctx, speaker.text, form) else speaker


def _main_subject_reaching(ctx: Context, sent: Sentence, k: int, trim: bool = False) -> Span | None:
    """The main clause's subject when the clause at token ``k`` hangs on the main verb: no
    complementizer, relative pronoun or quotation between them (in «وشكا الزعيم من أن الرئيس
    تعامل مع النزاع كحملة عندما قال…» the time clause is the president's, in «…الرجل الذي رفض
    اللقب حينما صرح» the relative's)."""
    subj = main_clause_subject(ctx, sent, k, reported=False)
    if not subj:
        return None
    toks = sent.toks
    start = toks.index(subj[-1]) + 1
    if any(is_complementizer(t.text) or t.text in ctx.v.relative or t.text in QUOTES or t.text in STOP_PUNCT
           for t in toks[start:k]):
        return None
    return sent.mention(_before_object(ctx, subj) if trim else subj)


def _before_object(ctx: Context, subj: list[Tok]) -> list[Tok]:
    """A main clause's subject without the indefinite object its verb ran on into: «عزز مدرب
    الفريق لوران بلان فرضية ضم اللاعب» → مدرب الفريق لوران بلان (a word in ة after a name word, not a
    given name like حمزة, nor the construct of a role: وزير خارجية البحرين)."""
    for m in range(1, len(subj)):
        w, before = subj[m].text, subj[m - 1].text
        if w.endswith("ة") and not w.startswith("ال") and not is_given_name(w) \
                and not before.startswith("ال") and not speaker_word(ctx, before) and before not in ctx.v.title:
            return subj[:m]
    return subj


def _earlier_reporter(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> list[Tok] | None:
    """The subject written after an earlier verb of saying in the sentence that made no report of
    its own (its content a participle's), which the و-verb at ``i`` takes up again: «وقال الحمود
    مغرداً عبر حسابه مادحاً الدور… وقال: …» → الحمود (not a name in between)."""
    toks = sent.toks
    for g in range(i - 1, -1, -1):
        w = toks[g].text
        if w in STOP_PUNCT or w in QUOTES:
            return None
        earlier = ctx.verb_forms.get(w)
        if earlier is None or earlier.aspect == "participle" \
                or not (earlier.clitic[:1] in ("و", "ف") or sentence_initial(sent, g) or toks[g - 1].text in COMMA):
            continue  # (a verb opening its clause, not a word that may be one: عبر حسابه "through")
        if (earlier.gender, earlier.number) != (form.gender, form.number):
            return None
        subj = subject_after(ctx, toks[g + 1:i])
        subj = _before_saying(ctx, subj)
        if not subj or len(subj) > _EARLIER_SUBJECT_MAX or any(t.text[:1] in "لب" and len(t.text) > 3 for t in subj[1:]):
            return None  # (a short subject: not «نقل كارتر لخادم الحرمين تحيات…», its object read on)
        head = subj[0].text
        named = speaker_word(ctx, head) or is_given_name(head) or head in ctx.known or head in ctx.titled
        return subj if named else None  # (not «وتتابع طريقة تقديمها…، واعتبرت»: an object)
    return None


_EARLIER_SUBJECT_MAX = 4  # the most words of the subject an earlier verb of saying hands on


def _opening_reporter(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Span | None:
    """The speaker of the report that opens the sentence, which the subjectless و-verb after a
    comma at ``i`` goes on with when the claim between has no subject of its own to hand on
    (:func:`_claim_clause_subject`): «أكدت المديرة سارة العلي أنهم واجهوا صعوبات، وقالت: …» → the
    director; she agrees with the verb in gender and number, no full stop or quote between."""
    toks = sent.toks
    if form.aspect != "perfect" or toks[i - 1].text not in COMMA:
        return None
    k = next((m for m in range(min(i, _OPENING_VERB_MAX)) if ctx.verb_forms.get(toks[m].text) is not None), None)
    if k is None or not (sentence_initial(sent, k) or _after_opening_adverbial(ctx, sent, k)) \
            or any(t.text in STOP_PUNCT or t.text in QUOTES or t.text == ":" for t in toks[k:i]):
        return None
    kf = ctx.verb_forms[toks[k].text]
    same = (kf.gender, kf.number) == (form.gender, form.number)
    # (a singular verb before a plural subject, VSO, and the plural verb after it: عبرت أسر الشهداء
    # عن…، وأضافوا; شكرت أسرة الطالب…، وقالوا — the speaker then agrees with the plural)
    if not (same or kf.number == "sg" and form.number == "pl") or kf.aspect != "perfect":
        return None
    report = verb_report(ctx, sent, k, kf, reported_before=False)
    if report is None or report.speaker is None or report.kind == "unattributed" or report.via is not None \
            or report.speaker.start < toks[k].start or not same and _disagrees(ctx, report.speaker.text, form):
        return None
    return report.speaker


_OPENING_VERB_MAX = 6  # the most words before the verb that opens the sentence (its adverbial)
_CLAIM_CLAUSE_REACH = 100  # the most words from a claim's complementizer to the و-verb that continues it
_CLAIM_SUBJECT_MAX = 9  # the most words of the subject between the complementizer and its verb
_GOES_ON = frozenset({"add", "say"})
_BARE_COMPLEMENTIZERS = frozenset({"ان", "بان", "وان", "فان"})  # وأضاف، وتابع، وقال: the outer speaker going on


def _claim_clause_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> list[Tok] | None:
    """The subject of the claim's clause that the subjectless و-verb at ``i`` continues: «أوضح
    الوزير أن المجلس أعرب عن شكره…، وجدد موقفه…» → المجلس.  The claim opens with أن/إن, its
    subject, and a verb of saying of the same gender and number as the verb at ``i``, with no full
    stop, colon or quote between; a verb of adding or saying (وأضاف، وقال) is the outer speaker's."""
    if form.aspect != "perfect" or form.meaning in _GOES_ON:
        return None
    toks = sent.toks
    for c in range(i - 2, max(-1, i - _CLAIM_CLAUSE_REACH), -1):
        w = toks[c].text
        if w in STOP_PUNCT or w in QUOTES or w == ":":
            return None
        if w not in _BARE_COMPLEMENTIZERS:
            continue  # (أنه، إنها: a pronoun subject, the claim's clause has no subject to hand on)
        v = next((m for m in range(c + 2, min(i, c + 2 + _CLAIM_SUBJECT_MAX))
                  if ctx.verb_forms.get(toks[m].text) is not None or toks[m].text in COMMA), None)
        inner = ctx.verb_forms.get(toks[v].text) if v is not None else None
        if inner is None or inner.clitic or inner.aspect != "perfect" \
                or (inner.gender, inner.number) != (form.gender, form.number):
            continue
        subj = subject_before(ctx, sent, v)
        if not (subj and subj[0] is toks[c + 1] and plausible_speaker(ctx, subj)):
            continue
        head = subj[0].text
        # (a speaker word or a name: not «أن سد الفجوات ضروري، ودعا», a deed read before «بين»)
        if speaker_word(ctx, head) or is_given_name(head) or head in ctx.known or head in ctx.titled:
            return subj
    return None


#: the impersonal formula that stands after a comma even in a report's sentence (…، ويذكر أن…):
#: not يشير (he points out), يتوقع، يعتقد, whose dropped subject may be the speaker going on
_MENTIONED = frozenset({"ذكر"})
#: "of what is mentioned": the writer's aside before an impersonal (ومما يذكر أن…، مما يذكر في الأثر أن…)
_OF_WHAT = frozenset({"مما", "ومما"})


def _impersonal(ctx: Context, sent: Sentence, i: int, form: VerbForm, reported_before: bool) -> bool:
    """Is the subjectless impersonal imperfect at ``i`` the passive "it is mentioned / expected /
    thought that" (يذكر أن، ويتوقع أن، ويرجح أنه), the writer's, no one's report?  It opens its
    sentence or clause: at the start, after مما (ومما يذكر أن…), after an opening adverbial (وفي
    أعقاب الموافقة يتوقع أن…، ومن جانب آخر يذكر أن…), or after a comma with its content right after
    it — يذكر always, the others when no report comes before in the sentence (…، ويتوقع أن… may
    go on with that speaker's words)."""
    toks = sent.toks
    if not (form.aspect == "imperfect" and form.impersonal and form.clitic in ("", "و", "ف")
            and form.gender == "m" and form.number == "sg"):
        return False
    if sentence_initial(sent, i) or (i and toks[i - 1].text in _OF_WHAT):
        return True
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    after = toks[i + 2].text if i + 2 < len(toks) else ""
    if i and not form.clitic and _after_opening_adverbial(ctx, sent, i) \
            and (is_complementizer(nxt) or ((nxt == "الي" or nxt[:1] == "ل") and is_complementizer(after))):
        return True  # (خلال العام يتوقع لمصانعها أن…; not من جهة أخرى يعتبر بورديو أن…: a subject between)
    if not (i and toks[i - 1].text in COMMA and i + 2 < len(toks)):
        return False
    if form.lemma in _MENTIONED:
        return is_complementizer(nxt) or nxt == "الي"
    # (…، يشير إلى واحدة من الطرق: "it points to", its subject dropped; a clause is what is thought)
    return not reported_before and (is_complementizer(nxt) or (nxt == "الي" and is_complementizer(after)))

_STATEMENT_REACH = 16  # the most words from a statement noun to its verb (تصريح لمبعوث الأمم المتحدة…)


def _statement_maker(ctx: Context, sent: Sentence, i: int) -> Span | None:
    """Who made the statement the verb at ``i`` describes: named after it with ل (تصريحات للمدرب قال
    فيها إن…، تصريح لمبعوث الأمم المتحدة، خلال لقاء، أفاد فيه بأن…) or the subject of the verb
    that made it (وأصدرت الوزارة بيانا أكدت فيه أن…); None when not named so."""
    toks = sent.toks
    means = None  # the nearest statement with no maker named: «في تغريدة قال فيها»
    for k in range(i - 1, max(-1, i - _STATEMENT_REACH), -1):
        w = toks[k].text
        if w in STOP_PUNCT:
            break
        sent_thing = strip_article(w) in _SENT_THINGS or strip_article(w[:-1]) in _SENT_THINGS
        if not (sent_thing or _statement_noun(w)):
            continue
        if sent_thing:  # a letter, a cable, a call: sent by the maker, to the ل-phrase
            return _sender_after(ctx, sent, k, i) or _maker_before(ctx, sent, k)
        nxt = toks[k + 1] if k + 1 < i else Tok(0, 0, "")
        # (the maker without its ل, read as a subject: للمدرب → المدرب, spanning مدرب)
        maker = Tok(nxt.start + 2, nxt.end, "ال" + nxt.text[2:]) if nxt.text.startswith("لل") \
            else Tok(nxt.start + 1, nxt.end, nxt.text[1:])
        if nxt.text[:1] == "ل" and nxt.text not in FUNCTION and (speaker_word(ctx, maker.text)
                                                                or is_given_name(maker.text) or maker.text in ctx.known):
            src, _ = source_np(ctx, toks[:k + 1] + [maker] + toks[k + 2:i], k + 1)
            return sent.mention(src)
        maker_of = _maker_in_construct(ctx, sent, k, i) or _maker_before(ctx, sent, k) \
            or _maker_in_relative(ctx, sent, k, i)
        if maker_of is not None:
            return maker_of
        means = k if means is None else means
    return _made_by_main_subject(ctx, sent, means, i) if means is not None else None


#: statements whose genitive is the one who made them (كلمة الوزير، بيان الوزارة), not a meeting's
#: (لقاء الوزير: who met him may be the speaker)
_SAID_BY_GENITIVE = frozenset({"كلمة", "تصريح", "تصريحات", "بيان", "خطاب", "حديث", "تغريدة", "تغريدات",
                               "مقال", "مقالة", "مداخلة", "تعليق", "منشور", "اعلان"})


def _maker_in_construct(ctx: Context, sent: Sentence, k: int, i: int) -> Span | None:
    """The maker in construct with the statement noun at ``k``, a role or a name right after it:
    «تلا ذلك كلمة رئيس مجلس إدارة الجمعية عبدالعزيز السيف، أوضح فيها أن…» → رئيس مجلس إدارة
    الجمعية عبدالعزيز السيف (an indefinite-looking noun in construct; كلمة الوزير is ال-less)."""
    toks = sent.toks
    w = toks[k].text
    if not (w in _SAID_BY_GENITIVE or w[:1] == "ب" and w[1:] in _SAID_BY_GENITIVE) or k + 1 >= i:
        return None
    head = toks[k + 1].text
    if head in FUNCTION or head in PREPOSITIONS or head[:1] == "ل" and not head.startswith("ال") \
            or not (speaker_word(ctx, head) or is_given_name(head) or head in ctx.known):
        return None  # (في تغريدة على صفحته: a place, not its writer)
    if strip_article(w[1:] if w[:1] == "ب" else w) == "كلمة" and strip_article(head) in ctx.v.org:
        return None  # ألقى مدير المركز كلمة المركز: a body's speech is its speaker's, who delivers it
    src, _ = source_np(ctx, toks[:i], k + 1)
    return sent.mention(src) if src and plausible_speaker(ctx, src) else None


_MADE_IT = frozenset({"بها", "به", "بهما"})  # أدلى بها: the relative's pronoun, the statement


def _maker_in_relative(ctx: Context, sent: Sentence, k: int, i: int) -> Span | None:
    """The subject of a relative verb of making after the statement noun at ``k``: «بتصريحات أدلى
    بها وزير الخارجية عادل الجبير قال فيها إن…» → وزير الخارجية عادل الجبير."""
    toks = sent.toks
    m = next((m for m in range(k + 1, i - 2) if toks[m].text in MAKING and toks[m + 1].text in _MADE_IT), None)
    if m is None:
        return None
    subj = subject_after(ctx, toks[m + 2:i])
    return sent.mention(subj) if subj and plausible_speaker(ctx, subj) else None


_IN_STATEMENT = frozenset({"في", "عبر", "خلال", "ضمن"})  # نعى الرئيس الفقيد في تغريدة قال فيها…


def _made_by_main_subject(ctx: Context, sent: Sentence, k: int, i: int) -> Span | None:
    """The subject of the main clause for a statement it was made in, «في تغريدة»، «بتصريح»:
    «ونعى رئيس الوزراء الهندي، مودي، الرئيس الراحل، في تغريدة على صفحته، قال فيها…» → رئيس
    الوزراء الهندي، مودي (the clause's verb did something by means of the statement)."""
    toks = sent.toks
    w = toks[k].text
    if not (k and toks[k - 1].text in _IN_STATEMENT or w[:1] == "ب" and _statement_noun(w[1:])):
        return None
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    if w.startswith(("ال", "بال")) or not (k + 1 == i or nxt in PREPOSITIONS or nxt in COMMA or nxt[:1] in "بل"):
        return None  # (بكلمة محمد الغامدي: the maker is its genitive; في البيان: a statement named before)
    return _main_subject_reaching(ctx, sent, k)


#: Things sent to someone (برقية لجلالة الملك، رسالة للمواطنين: the ل-phrase is the addressee)
_SENT_THINGS = frozenset({"برقية", "برقيات", "رسالة", "رسائل", "خطاب", "مذكرة", "اتصال"})
#: Verbs of sending (their subject is the sender; closed.MAKING holds the verbs of making)
_SENDING = frozenset({"بعث", "بعثت", "ارسل", "ارسلت"})  # (not تلقى: its subject received it)


def _sender_after(ctx: Context, sent: Sentence, k: int, i: int) -> Span | None:
    """The sender named with من after the thing sent at ``k``, before the verb at ``i`` (خطاب تهنئة
    من رئيس الاتحاد مسعد فودة، أشاد فيه…؛ اتصالا هاتفيا أمس من جلالة الملك عبدالله الثاني عبر فيه…)."""
    toks = sent.toks
    m = next((m for m in range(k + 1, min(i, k + 6)) if toks[m].text == "من"), None)
    if m is None:
        return None
    src, _ = source_np(ctx, toks[:i], m + 1)
    return sent.mention(src) if src and plausible_speaker(ctx, src) else None


_MAKER_REACH = 24  # the most words from a verb of making to its statement (ألقى الأمين العام … كلمة; a royal style:
# بعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود برقية)


def _maker_before(ctx: Context, sent: Sentence, k: int) -> Span | None:
    """The subject of the verb of making (closed.MAKING) before the statement noun at ``k``: after
    it (ألقى الأمين العام بان كي مون كلمة، وأصدرت الوزارة بيانا) or before it (الوزير أدلى بتصريح)."""
    toks = sent.toks
    for m in range(k - 1, max(-1, k - _MAKER_REACH), -1):
        w = toks[m].text
        if w in STOP_PUNCT or w in COMMA:
            return None
        if w not in MAKING and w not in _SENDING and not (w[:1] in "وف" and (w[1:] in MAKING or w[1:] in _SENDING)):
            continue
        subj = toks[m + 1:k]
        if subj:
            return sent.mention(_maker_np(ctx, subj))
        before = subject_before(ctx, sent, m)
        if before is None and w[:1] == "و" and m > 1:
            # «واجتمع الأهالي في الساحة، وأصدروا بيانا قالوا فيه…»: a و-verb of making continues
            # the clause before it, whose subject made the statement
            before = main_clause_subject(ctx, sent, m, reported=False)
        return sent.mention(before)
    return None


def _maker_np(ctx: Context, subj: list[Tok]) -> list[Tok] | None:
    """The maker in the words between a verb of making and its statement: a role or a name (ألقى
    الأمين العام بان كي مون كلمة), without an adverbial after it (ألقى مدير الجامعة [في الحفل] كلمة),
    or the honorific and name closing a longer role (ألقت عميدة الدراسات الصيفية في جامعة
    هارفارد الدكتورة ساندرا ندف كلمة → الدكتورة ساندرا ندف); None for anything else."""
    end = np_end(ctx, subj)
    if 0 < end < len(subj) and adverbial_length(ctx, subj[end:]) == len(subj) - end:
        subj = subj[:end]
        end = len(subj)
    if end == len(subj) and plausible_speaker(ctx, subj) and speaker_word(ctx, subj[0].text) \
            or is_given_name(subj[0].text) or subj[0].text in ctx.known:
        return subj
    k = next((m for m in range(len(subj) - 1, 0, -1) if subj[m - 1].text in ctx.v.honorific), None)
    if k is None or len(subj) - k > 4 or not (is_given_name(subj[k].text) or subj[k].text in ctx.known
                                              or all(not t.text.startswith("ال") for t in subj[k:-1])):
        return None
    return subj[k - 1:] if plausible_speaker(ctx, subj[k - 1:]) else None


def _statement_noun(w: str) -> bool:
    """A noun of a statement made: تصريح، بيانا، بتصريح، الكلمة، تغريدة."""
    for x in (w, w[1:] if w[:1] == "ب" and len(w) > 3 else ""):
        base = strip_article(x)
        if base in STATEMENT_NOUNS or (base.endswith("ا") and base[:-1] in STATEMENT_NOUNS):
            return True
    return False


def _continued_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Span | None:
    """The named subject of the clause-opening verb a participle continues: ويعلق الأسطورة
    مارادونا في الإذاعة قائلا: …، وتوقعت جمعية تعاطف ارتفاع العدد، لافتا إلى…

    The verb is the last one before the participle that opens its clause (at the sentence start,
    after a full stop or a comma), outside quotes; a verb inside another's claim (قال الوزير إن
    الشركة أعلنت…، مضيفا) is passed over.  A subject of the other gender is taken only when no
    other verb stands between (the masculine participle after a body: توقعت الجمعية…، لافتا).
    """
    toks = sent.toks
    between = False
    for g in range(i - 1, -1, -1):
        if toks[g].end < toks[i].start - REACH:
            return None  # (a bounded look back: linear time in a giant sentence)
        if toks[g - 1].text in _WHAT_OR_WHICH and is_what_clause(toks, g) and resumes(ctx, sent, g) \
                and (subj := resumed_subject(ctx, toks, g)) is not None:
            return sent.mention(subj)  # …، وهو ما أكده شكري بدوره قائلا إن…: the resumptive report's subject
        gf = ctx.verb_forms.get(toks[g].text)
        if gf is None and g and toks[g - 1].text in WHILE and bare_verb_like(ctx, toks[g].text) and not inside_quote(sent, g):
            # …، بينما توجه ولي العهد إلى الملك، بالقول: «…»: «while» opens a clause of its own, its
            # verb's subject goes on (not the report's before it)
            own = clause_subject(ctx, toks, g, i)
            # (a definite or named one: not a thing an impersonal verb was done to, فيما حدد مركز انتخابي…)
            definite = own and (any(t.text.startswith("ال") for t in own[:2]) or is_given_name(own[0].text)
                                or own[0].text in ctx.known or own[0].text in ctx.titled)
            subj = sent.mention(own) if definite and plausible_speaker(ctx, own) else None
            return subj if subj is not None and not _disagrees(ctx, subj.text, form) else None
        if gf is None or gf.aspect == "participle" or inside_quote(sent, g):
            continue
        if not (g == 0 or toks[g - 1].text in _CLAUSE_OPENERS or sentence_initial(sent, g)
                or _after_opening_adverbial(ctx, sent, g) or _after_qad(toks, g)):
            between = True
            continue
        report = verb_report(ctx, sent, g, gf, reported_before=True)
        if report is not None:
            subj = report.speaker if report.kind != "unattributed" else None
            if subj is not None and report.via is not None and _other_gender(ctx, subj.text, form) \
                    and not _other_gender(ctx, report.via.text, form):
                subj = report.via  # وأفادت الصحيفة نقلا عن مصدر بأن…، مشيرة إلى أن…: the paper goes on
        else:  # ويعلق الأسطورة مارادونا في الإذاعة قائلا: a verb with no content of its own
            subj = sent.mention(clause_subject(ctx, toks, g, i))
        if report is None and subj is None:
            continue  # (…، عبر تأمين الطرق، مشيرا: "via", not the verb عبّر)
        if subj is not None and _blessed(sent, subj):
            between = True
            continue  # فقال نوح عليه السلام ((…))، مبينا: a prophet quoted in the speaker's words
        if subj is None or (between and _other_gender(ctx, subj.text, form)):
            return None
        return subj
    return None


_WHAT_OR_WHICH = frozenset({"ما", "الذي"})  # before the verb of وهو ما أكده، الأمر الذي نفاه


def _after_qad(toks: list[Tok], g: int) -> bool:
    """Does the verb at ``g`` follow قد that opens its clause (…، فقد قال: …؛ أما المواطن فلان فقد قال)?"""
    # (ف opens a clause wherever it stands; قد and وقد after the clause's opening)
    return g > 0 and (toks[g - 1].text == "فقد" or toks[g - 1].text in _QAD_OPENING
                      and (g == 1 or toks[g - 2].text in _CLAUSE_OPENERS))


_QAD_OPENING = frozenset({"قد", "وقد"})
_RELATIVE_CLAUSE_REACH = 24  # the most words from a relative pronoun to the participle that continues its clause


def _relative_clause_subject(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> Span | None:
    """The named person (or, for a plural, the people) a relative clause before the participle is
    about, the participle continuing that clause: «…بمتابعة من رئيس النادي عبداللطيف الخضير، الذي
    تمنى أن يجني الفريق ثمار المعسكر، مؤكداً…» → الخضير.  The pronoun agrees with the participle,
    its verb is one of saying or wishing, no report comes before it and no full stop between."""
    toks = sent.toks
    for r in range(i - 2, max(-1, i - _RELATIVE_CLAUSE_REACH), -1):
        w = toks[r].text
        if w in STOP_PUNCT or inside_quote(sent, r):
            return None
        if w not in _RELATIVE_AGREES or _RELATIVE_AGREES[w] != (form.gender, form.number):
            continue
        nxt = toks[r + 1].text
        rf = ctx.verb_forms.get(nxt)
        if not (rf is not None and not (rf.impersonal and rf.aspect == "imperfect") or nxt in _WISHING) \
                or earlier_cue(ctx, sent, r):
            return None  # (…رائد قطب الذي حقق للمستشفى…، مشيراً: a deed, not his words; a report before owns it)
        ante = antecedent(ctx, toks, r)
        named = ante is not None and (any(is_given_name(t.text) or t.text in ctx.known for t in ante)
                                      or form.number == "pl" and speaker_word(ctx, ante[0].text))
        # (…المواطنين الذين شكروا…، مؤكدين)
        return sent.mention(ante) if named else None
    return None


_WISHING = frozenset({"تمني", "تمنت", "تمنوا"})  # الذي تمنى أن…، مؤكدا: a wish, said
_RELATIVE_AGREES = {"الذي": ("m", "sg"), "التي": ("f", "sg"), "الذين": ("m", "pl")}


_OPENING_ADVERBIAL_MAX = 5  # the most words of an adverbial opening a clause before its verb
_OPENING_PREPOSITIONS = PREPOSITIONS | {"خلال", "عقب", "بعد", "قبل"}


def _after_opening_adverbial(ctx: Context, sent: Sentence, g: int) -> bool:
    """Does the verb at ``g`` follow only a prepositional adverbial that opens its clause, at the
    sentence start or after و (في البداية تحدث…، …الحل وفي هذا الشأن يوصي الشيخ…، قائلا)?  (Not a
    subordinator: …، إذ تشير التقارير إلى ذلك، مؤكدا: the participle is the main clause's.)"""
    toks = sent.toks
    for s in range(g - 1, max(-1, g - 1 - _OPENING_ADVERBIAL_MAX), -1):
        w = toks[s].text
        waw = w[:1] == "و" and w[1:] in _OPENING_PREPOSITIONS
        if (waw or w in _OPENING_PREPOSITIONS) and (waw or s == 0 or toks[s - 1].text in _CLAUSE_OPENERS
                                           or sentence_initial(sent, s)) and adverbial_length(ctx, toks[s:g]) == g - s:
            return True
    return False


def _blessed(sent: Sentence, subj: Span) -> bool:
    """Is the mention followed by a blessing (نوح عليه السلام، النبي صلى الله عليه وسلم، الله تعالى),
    or itself God or a blessing naming him or the Prophet (قال تعالى، قال الله تعالى، قال صلى الله عليه وسلم)?"""
    own = sent.nt.original[subj.start:subj.end].split()
    if own and (norm_word(own[0]) in _BLESSINGS or norm_word(own[0]) == "الله"):
        return True
    after = sent.nt.original[subj.end:subj.end + 14].replace("(", " ").split()
    after = [w.lstrip("".join(DASHES)) for w in after]
    after = [w for w in after if w]  # (رسول الله -صلى الله عليه وسلم-: the blessing between dashes)
    return bool(after) and norm_word(after[0]) in _BLESSINGS


def _disagrees(ctx: Context, subject: str, form: VerbForm) -> bool:
    """Does the subject of the sentence's first verb disagree with the verb that continues it: in
    gender (a masculine verb after a feminine body is its spokesman's, and taken: نظمت الغرفة…،
    مشيرا), or in number — one speaker and a plural or dual verb (لاقت الحملة استحسان المواطنين…،
    مؤكدين), a plural one and a masculine singular verb (لعبت الشركات الإماراتية دورا…، مشيرا; a
    feminine singular agrees with a plural of things: صادقت جهات رقابية…، وقالت)?"""
    info = analyse_mention(subject, ctx.lexicon)
    body = info.type in ("organization", "document", "group")
    words = norm_word(subject).split()
    # (a broken plural takes a feminine singular verb: استغلت عناصر تنظيمية…، ووصفت; not المسؤولون)
    broken = info.number == "pl" and (form.gender, form.number) == ("f", "sg") and bool(words) \
        and not strip_article(words[0]).endswith(("ون", "ين"))
    if info.gender is not None and form.gender is not None and info.gender != form.gender \
            and not (body and form.gender == "m") and not broken:
        return True
    if form.number in ("pl", "du"):
        many = info.type == "group" or (words and (strip_article(words[0]) in QUANTIFIERS or words[0] in COUNTS
                                                   or strip_article(words[0]) in ctx.v.collective)) \
            or any(w[:1] == "و" for w in words[1:])  # (شكرت أسرة الطالب…، وقالوا: a collective)
        return info.number == "sg" and not many  # (عدد كبير من المعجبين، نواف الردن وفاضل الشميلي)
    plural = info.number == "pl" or (words and strip_article(words[0]).endswith("ات") and len(words[0]) > 4)
    return form.number == "sg" and form.gender == "m" and plural


def _other_gender(ctx: Context, subject: str, form: VerbForm) -> bool:
    """Does the subject disagree in gender with the participle (الجمعية … لافتا)?"""
    info = analyse_mention(subject, ctx.lexicon)
    return info.gender is not None and form.gender is not None and info.gender != form.gender


def _confidence(form: VerbForm, speaker: Span | None, content: Content) -> float:
    if form.aspect == "participle":
        return 0.8
    conf = 0.9 if speaker is not None else 0.75
    if content[0] == "np":
        conf -= 0.15  # a noun-phrase content is a weaker reading than أن or a quote
    return conf
