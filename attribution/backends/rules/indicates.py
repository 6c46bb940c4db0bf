"""Indicating: a verb of saying with a thing as its subject means "indicates", "shows" (الأمر الذي
يشير إلى أن…، وتشير المؤشرات إلى…، فالواقع يؤكد أن…، مما يؤكد أن…): no one speaks.

People, bodies, documents and data speak (ويشير الوزير إلى…، أشارت الدراسة إلى أن…، تشير الأرقام
إلى أن…، ويؤكد الخبراء أن…، وأوضح الشبكشي أن…); only a noun of evidence (:data:`EVIDENCE`) or a
demonstrative is a thing.
"""
from __future__ import annotations

from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.words import ends_clause, is_complementizer, speaker_word
from attribution.lexicon.closed import BUT, COMMA, FUNCTION, IN_IT
from attribution.lexicon.cues import VerbForm
from attribution.text.morph import strip_article

#: verbs of saying that also mean "show", "indicate" with a thing as subject
_SHOWING = frozenset({"أشار", "أكد", "أوضح", "بين", "قال", "أفاد", "دعا", "أظهر", "كشف"})
_CALL = "دعا"  # الأمر الذي دعا الإدارة إلى…: "prompted", its object before إلى
_SAY = "قال"  # ما قال إنها، وتقول هذه إن: "what he said", "these say": a pronoun, a speaker
_REVEALING = frozenset({"أظهر", "كشف"})  # a noun right after them is their object (يكشف تفاصيل مثيرة عن…)
_THIS = frozenset({"ذلك", "هذا", "هذه", "تلك"})
_WHICH = frozenset({"ما", "مما", "بما"})  # وهو ما يشير إلى أن، مما يؤكد أن: "which indicates"
_RELATIVE = frozenset({"الذي", "التي", "والذي", "والتي"})
_FRAMES = frozenset({"علي", "الي", "عن"})  # a frame preposition opening the content (يؤكد على، يشير إلى، يكشف عن)
_TO_US = frozenset({"لنا", "لك", "لكم"})  # the one told, before the content (والتاريخ يقول لنا إن…)
_DETERMINERS = frozenset({"هذه", "هذا", "تلك", "كل", "وهذه", "وهذا", "وكل", "فهذه", "فهذا", "فكل"})
_FRONTED_MAX = 3  # the most words of a fronted thing (التغيرات المستمرة تؤكد أن…)
#: nouns of the facts themselves, no masdar of an event (unlike ارتفاع، زيادة: أعلن عن ارتفاع الأسعار)
FACTS = frozenset({"واقع", "حقائق", "وقائع", "احداث", "تطورات", "تفاصيل", "شواهد", "دلائل", "قرائن",
                   "مؤشرات", "ظواهر", "مظاهر"})
#: nouns of evidence, what shows rather than says (a surname with ال looks like any noun: only these)
EVIDENCE = FACTS | {"امر", "تغيرات", "مشاهدات", "تجربة", "تجارب", "حادثة", "حادث",
                    "رقم", "مثال", "مثالان", "امثلة", "خطوة", "ارتفاع", "انخفاض", "تراجع", "زيادة",
                    "تبدلات", "اختلافات", "فروق", "حيثيات", "ظروف", "اوضاع", "مشهد",
                    "طريقة", "منطق", "تاريخ", "صورة"}


#: things that speak to no one, a source only as a relative's head (برنامج الأغذية العالمي
#: speaks: after the verb such a noun may begin an organisation's name): programmes, projects,
#: pictures, films (برنامج (عكاظ المستقبل)، الذي يؤكد على أهمية…)
SHOWN = frozenset({"برنامج", "مشروع", "فيلم", "فيديو", "مقطع", "تصوير", "مسلسل", "مهرجان", "معرض", "عرض"})


def _thing_antecedent(ctx: Context, toks: list[Tok], r: int) -> bool:
    """Is the head of the relative at ``r`` a noun of evidence, a demonstrative or a programme-like
    thing, right before it or before a name in brackets or quotes and a comma (برنامج (عكاظ
    المستقبل)، الذي…)?"""
    k = r - 1
    if k >= 0 and toks[k].text in COMMA:
        k -= 1
    if k >= 0 and toks[k].text in _CLOSING:
        opening = _OPENING[toks[k].text]
        k = next((m for m in range(k - 1, max(-1, k - 1 - _NAME_MAX), -1) if toks[m].text in opening), -1) - 1
    while k > 0 and toks[k].text in _NAMING:
        k -= 1  # برنامج تحت مسمى (…)، مشروع بعنوان «…»: the named thing stands before its naming
    if k < 0:
        return False
    w = toks[k].text
    if thing_head(w) or w in _THIS:
        return True
    bare = strip_article(w[1:] if w[:1] in "وف" and len(w) > 4 else w)
    if bare not in SHOWN and not (bare[-1:] == "ا" and bare[:-1] in SHOWN):  # (برنامجا: its tanwin alif)
        return False
    prev = toks[k - 1].text if k else ""
    # مدير البرنامج الذي أكد…: a programme in construct after a noun, whose head the relative is
    # (a definite noun before it is another noun phrase: وعرضت القناة الفيلم الذي…)
    return not (prev[:2] != "ال" and (speaker_word(ctx, prev) or (
        w[:2] == "ال" and prev.isalpha() and prev not in FUNCTION and ctx.verb_forms.get(prev) is None)))


_OPENING = {")": frozenset({"("}), "»": frozenset({"«"}), '"': frozenset({'"'}), "”": frozenset({"“", '"'})}
_CLOSING = frozenset(_OPENING)
_NAME_MAX = 6  # the most words of a name in brackets or quotes
_NAMING = frozenset({"مسمي", "تحت", "اسم", "باسم", "عنوان", "بعنوان", "المسمي", "يسمي", "تسمي"})


def thing_head(w: str) -> bool:
    """A noun of evidence, definite or not, after و/ف too (الأمر، الواقع، التفاصيل، مؤشرات)."""
    if w[:1] in "وف" and len(w) > 4 and strip_article(w[1:]) in EVIDENCE:
        return True
    return strip_article(w) in EVIDENCE


#: verbs that also mean "showed X", "appears" (أظهرت الشركة خسائر، يظهر القمر مكتملا): a report only by
#: a clause after their subject, no colon and no clause of another word (cues.tsv gives them no noun content)
APPEARING = frozenset({"أظهر"})


def clause_of_another(ctx: Context, toks: list[Tok], i: int, j: int, form: VerbForm) -> bool:
    """Is the content at ``j`` not that of the showing verb at ``i``: a colon (يظهر ثلاثي الفريق من
    اليسار: …), a clause after a comma that no aside closes right before it (أظهر الاحتقان بين
    اللاعبين، قرر المدرب أن…), or after another reporting verb (صورة تظهر فلانا وقد أكدوا أنه…)?"""
    if form.lemma not in APPEARING:
        return False
    if toks[j].text == ":":
        return True
    gap = toks[i + 1:j]
    if any(t.text in COMMA for t in gap) and toks[j - 1].text not in COMMA:
        return True
    return any(ctx.verb_forms.get(t.text) is not None for t in gap)


def _content_next(toks: list[Tok], k: int) -> bool:
    """Does the verb's content open at ``k`` (إلى، عن، أن، بأن), after the one told (لنا إن)?"""
    if k < len(toks) and toks[k].text in _TO_US:
        k += 1
    return k < len(toks) and (toks[k].text in {"الي", "عن"} or is_complementizer(toks[k].text))


def _opens_clause(w: str) -> bool:
    """Does a clause open after ``w``: a comma, a stop, a complementizer or "but" (لكن التاريخ يقول…)?"""
    return ends_clause(w) or w in BUT


def _fronted_thing(toks: list[Tok], i: int) -> bool:
    """Does a noun of evidence and its adjectives open the clause right before the verb at ``i``
    (التفاصيل تشير إلى أن…، والتغيرات المستمرة تؤكد بأن…، فالواقع يؤكد)?"""
    for s in range(i - 1, max(-1, i - 1 - _FRONTED_MAX), -1):
        if thing_head(toks[s].text):
            if s and toks[s - 1].text in _DETERMINERS:
                s -= 1  # (هذه الاختلافات تشير إلى أن…، وكل المؤشرات تؤكد أن…)
                return s == 0 or toks[s].text[:1] in "وف" or _opens_clause(toks[s - 1].text)
            first = toks[s].text
            if s == 0 or first[:1] in "وف" and first[1:3] == "ال" or _opens_clause(toks[s - 1].text):
                return True
            continue  # (أحداث التاريخ تؤكد أن…: a thing in construct after another)
        if not toks[s].text.startswith("ال"):
            return False
    return False


def thing_indicates(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> bool:
    """Is the verb of saying at ``i`` "indicates" with a thing as its subject: after it (وتشير
    المؤشرات إلى…، ويشير ذلك إلى أن…), before it (التفاصيل تشير إلى أن…), or as the antecedent
    of its relative (الأمر الذي يشير إلى أن…، مما يؤكد أن…)?"""
    if form.lemma not in _SHOWING or form.aspect == "participle":
        return False
    toks = sent.toks
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if nxt in _THIS:
        return form.lemma != _SAY and _content_next(toks, i + 2)  # (وأوضح ذلك مدير الفرع: the object, the subject follows)
    if thing_head(nxt) and nxt[:1] != "و" and form.lemma not in _REVEALING:
        return True
    if form.clitic or not i:
        return False
    prev = toks[i - 1].text
    if prev in _RELATIVE and i > 1 and (_content_next(toks, i + 1) or nxt in _FRAMES or form.lemma == _CALL and nxt not in IN_IT) \
            and _thing_antecedent(ctx, toks, i - 1):
        return True  # (البرنامج الذي يؤكد على أهمية…: a frame opens its content too)
    if not _content_next(toks, i + 1):
        return False
    if prev in _WHICH:
        return form.lemma != _SAY
    return _fronted_thing(toks, i)
