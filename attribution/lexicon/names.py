"""What a personal name is made of: given names, compound names, name particles.

A name in Arabic news is a given name (محمد، فيصل، تاتيانا), often compound (عبد الرحمن،
أبو بكر، سيف الدين), followed by a nasab (بن سعد، ابن عبدالله), a family name (العتيبي، آل
الشيخ) or a foreign surname (نافالني).  The given names are data files users may extend
(``data/arabic_given_names*.txt``, ``data/foreign_given_names.txt``); the particles are
closed (:data:`attribution.lexicon.closed.NAME_PARTICLES`).  Words are normalised (:func:`attribution.text.normalize.norm_word`: أإآ→ا، ى→ي).

>>> given_name_length(["عبد", "الرحمن", "بن", "سعد"], 0), given_name_length(["سيف", "الدين"], 0)
(2, 2)
>>> is_given_name("فيصل"), is_given_name("عبدالعزيز"), is_given_name("الوزير")
(True, True, False)

Places and institutions are often named after a person (جامعة الإمام محمد بن سعود، مستشفى الملك
فهد); :func:`named_institution_end` tells such a name from the person's (``data/institution_nouns.txt``).

>>> named_institution_end("مدير جامعة الامام محمد بن سعود الاسلامية".split(), 1)
7
"""
from __future__ import annotations

import functools

from attribution.lexicon.closed import NAME_PARTICLES, ORDINALS
from attribution.lexicon.datafiles import data_text
from attribution.text.normalize import norm_word

#: Files of given names, one a line (``#`` comments).  The first is also the identity module's
#: list of Arabic names that must match exactly (محمد/محمود).
GIVEN_NAME_FILES = ("arabic_given_names.txt", "arabic_given_names_more.txt", "foreign_given_names.txt")

#: The file of nouns of institutions and places that may be named after a person (جامع، مستشفى، جامعة).
INSTITUTION_FILE = "institution_nouns.txt"
#: The titles between such a noun and the person's name (جامع [الملك] فيصل، جامعة [الإمام] محمد بن سعود);
#: خادم الحرمين الشريفين is three words.
NAMING_TITLES = frozenset({"الملك", "الامير", "الاميرة", "الامام", "الشيخ", "السلطان", "الشهيد", "الرئيس",
                           "الخليفة", "خادم", "الحرمين", "الشريفين", "الملكة"})
#: Second words of compound given names written apart: سيف الدين، عبد الله، سيف الإسلام، نور الهدى.
COMPOUND_SECONDS = frozenset({"الدين", "الله", "الاسلام", "الرحمن", "الهدي", "العابدين", "الزمان", "الحق"})
#: First words that open a compound given name (عبد الرحمن، أبو بكر).
COMPOUND_FIRSTS = frozenset({"عبد", "ابو", "ابي", "ام", "نور", "سيف", "صلاح", "علاء", "بهاء", "عز", "زين",
                             "شمس", "نصر", "فخر", "محيي", "محي", "تقي", "جمال", "كمال", "حسام", "عماد", "سعد",
                             "صفي", "نجم", "بدر", "مجد", "شهاب", "ضياء", "شرف", "خير", "ناصر", "معين", "قطب",
                             "فتح", "سراج", "برهان", "غياث", "ركن"})


def _read(name: str) -> set[str]:
    try:
        text = data_text(name)
    except FileNotFoundError:
        return set()
    return {norm_word(w.strip()) for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#")}


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name the lexicon knows, Arabic and foreign (normalised)."""
    out: set[str] = set()
    for name in GIVEN_NAME_FILES:
        out |= _read(name)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def foreign_given_names() -> frozenset[str]:
    """The foreign given names (جوزيه، خوان، سيرغي), whose surnames are bare words (مورينيو، لافروف)."""
    return frozenset(_read(GIVEN_NAME_FILES[-1]))


@functools.lru_cache(maxsize=1 << 14)
def is_given_name(w: str) -> bool:
    """A given name, or an عبد-compound written as one word (عبدالله، عبدالرحمن، عبدالإله)."""
    return w in given_names() or (w.startswith("عبدال") and len(w) > 6) or (w.startswith("ابو") and len(w) > 5
                                                                             and w[3:] in given_names())


# a definite ordinal after a monarch's given name is its regnal number (عبدالله الثاني، إليزابيث الثانية)
REGNAL_ORDINALS = ORDINALS - {"الاخير", "الاخيرة"}


def possessed_noun(w: str) -> bool:
    """Is the bare word ``w`` a noun with a possessive pronoun, never a name word: "her/their"
    (قصتها، آراءهم), a feminine or plural noun with "his" (مؤسسته، تغريداته) or a reflexive (نفسه)?
    A bare ه is too often a name's own letter (زنكنه، غوتزه، نصرالله، عبده) to tell, and so is ته in a
    short word (فلاته، شحاته).

    >>> [possessed_noun(w) for w in ("قصتها", "مؤسسته", "تغريداته", "نفسه", "زنكنه", "فلاته", "عبده", "الوزير")]
    [True, True, True, True, False, False, False, False]
    """
    if not w.isalpha() or w.startswith("ال") or len(w) < 5 or is_given_name(w):
        return w in _REFLEXIVES
    return w.endswith(("ها", "هم", "هما")) or w.endswith("ته") and len(w) > 5 or w in _REFLEXIVES


#: "himself, herself, themselves" after a name (دونالد ترامب [نفسه])
_REFLEXIVES = frozenset({"نفسه", "نفسها", "انفسهم", "نفسهما", "ذاته", "ذاتها"})


def regnal_ordinal(prev: str, w: str) -> bool:
    """Is ``w`` (normalised) a regnal ordinal, part of the name, after the given name ``prev``
    (عبدالله الثاني، فيليب السادس، إليزابيث الثانية), not the adverbial "first" (which follows a
    definite noun: الفريق الأول)?"""
    return w in REGNAL_ORDINALS and is_given_name(prev)


def given_name_length(words: list[str], i: int) -> int:
    """How many words from ``i`` make one given name (0: none).

    ``عبد الرحمن``، ``أبو بكر``، ``سيف الدين`` are two words; ``فيصل`` one.
    """
    if i >= len(words):
        return 0
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w == "عبد" and nxt and (nxt.startswith("ال") or nxt in given_names()):
        return 2  # عبد الله، عبد الرحمن
    if w in ("ابو", "ام") and nxt.isalpha() and len(nxt) > 1:
        return 2  # a kunya: أبو بكر، أبو مازن، أم كلثوم
    if w in COMPOUND_FIRSTS and nxt in COMPOUND_SECONDS:
        return 2
    return 1 if is_given_name(w) else 0


def family_name_shape(w: str) -> bool:
    """An ال-word of a family name's shape, a nisba or an -ان name (الحربي، الحرقان; not الصعيد):
    after علي it makes علي the name Ali rather than على "on".

    >>> family_name_shape("الحربي"), family_name_shape("الحرقان"), family_name_shape("الصعيد")
    (True, True, False)
    """
    return w.startswith("ال") and w.endswith(("ي", "ان")) and len(w) > 4


#: bare words qualifying a rank before a name, part of the rank (اللواء ركن، اللواء متقاعد "retired",
#: العقيد مظلي "paratrooper", العميد طيار "pilot", اللواء بحري "naval"; normalised)
RANK_QUALIFIERS = frozenset({"ركن", "متقاعد", "مظلي", "طيار", "بحري"})

#: ranks that take «أول» "first" as part of the rank: الفريق أول، الملازم أول، الرقيب أول
RANKS_WITH_FIRST = frozenset({"فريق", "ملازم", "رقيب", "عريف"})


def first_of_rank(words: list[str], k: int) -> bool:
    """Is ``words[k]`` (normalised) the «أول» of the rank before it, a staff qualifier or a name after it
    (الفريق أول عبدالفتاح السيسي، الفريق أول ركن…), not the adverb "first" or «أول أمس» "the day before
    yesterday" (قال الفريق أول أمس: the team)?

    >>> first_of_rank(["الفريق", "اول", "صدقي"], 1), first_of_rank(["الفريق", "اول", "امس"], 1)
    (True, False)
    """
    if words[k] != "اول" or not 0 < k < len(words) - 1:
        return False
    rank, nxt = words[k - 1], words[k + 1]
    return (rank[2:] if rank.startswith("ال") else rank) in RANKS_WITH_FIRST \
        and (nxt in ("ركن", "الركن") or given_name_length(words, k + 1) > 0)


def is_name_particle(w: str) -> bool:
    """بن، بنت، ابن، أبو، آل…: a word that joins the parts of a name."""
    return w in NAME_PARTICLES


#: Words after which ولد is the verb "was born", never "son of" (منصور ولد [في] 1950، ولد [منذ]…)
_BORN_AFTER = frozenset({"في", "منذ", "عام", "سنة", "سنه", "يوم", "قبل", "بعد", "عن", "من", "الي", "مع", "علي", "و",
                         "حيث", "لعائلة", "لاسرة", "لاب", "لام"})


def walad_as_bin(words: list[str]) -> list[str]:
    """The normalised ``words`` with the Mauritanian nasab ولد "son of" written as بن, so that the
    name rules read it as the particle it is: «إسماعيل ولد الشيخ أحمد»، «محمد ولد عبد العزيز»، and
    the short form «المبعوث الأممي ولد الشيخ أحمد».  Before a given name or الشيخ (the first word
    of many Mauritanian family names), or after a given name with a name word next, ولد is the
    particle (not «منصور ولد في…», the verb "was born").

    >>> walad_as_bin("اسماعيل ولد الشيخ احمد".split()), walad_as_bin("منصور ولد في الرياض".split())
    (['اسماعيل', 'بن', 'الشيخ', 'احمد'], ['منصور', 'ولد', 'في', 'الرياض'])
    """
    if "ولد" not in words:
        return words
    out = list(words)
    for i, w in enumerate(words):
        if w != "ولد" or i + 1 >= len(words):
            continue
        nxt = words[i + 1]
        if not nxt.isalpha() or nxt in _BORN_AFTER or nxt.startswith(("لل", "بال")):
            continue
        if nxt == "الشيخ" or given_name_length(words, i + 1) or (i > 0 and is_given_name(words[i - 1])):
            out[i] = "بن"
    return out


@functools.lru_cache(maxsize=1)
def institution_nouns() -> frozenset[str]:
    """The nouns of institutions and places that may be named after a person (normalised)."""
    return frozenset(_read(INSTITUTION_FILE))


def is_institution_noun(w: str) -> bool:
    """جامع، مستشفى، جامعة، مركز…, with or without the article or a preposition (بجامعة، لمستشفى)."""
    nouns = institution_nouns()
    return w in nouns or (w[:1] in "بلو" and w[1:] in nouns)


def named_institution_end(words: list[str], i: int) -> int:
    """Where the name of an institution named after a person ends, opened by the institution noun at
    ``i`` (normalised words); 0 when ``words[i]`` opens none.

    The noun, one or more titles (الملك، الإمام، خادم الحرمين الشريفين), the person's name (a given
    name and its nasab: محمد بن سعود، عبد الله بن عبد العزيز) and the adjectives that follow it
    (الإسلامية، الطبية، الدولي) make one name: ``مستشفى الملك فهد العام``، ``مطار الملك عبدالعزيز الدولي``.

    >>> named_institution_end("وقال خطيب جامع الملك فيصل بابها".split(), 2)
    5
    >>> named_institution_end("مدير التعليم فهد العتيبي".split(), 1)
    0
    """
    if i >= len(words) or not is_institution_noun(words[i]):
        return 0
    k = i + 1
    while k < len(words) and words[k] in NAMING_TITLES:
        k += 1
    if k == i + 1 or k >= len(words):
        return 0
    n = given_name_length(words, k)
    if not n:
        return 0
    k += n
    while k + 1 < len(words) and words[k] in ("بن", "ابن", "ال"):
        k += 1 + max(1, given_name_length(words, k + 1))  # بن سعود، بن عبد العزيز، آل سعود
    while k < len(words) and words[k].startswith("ال") and words[k].endswith(("ي", "ية", "يه")) and len(words[k]) > 4:
        k += 1  # الإسلامية، الطبية، الدولي
    if k < len(words) and words[k] in ("العام", "العامة", "التخصصي"):
        k += 1
    return k
