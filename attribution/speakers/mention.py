"""What a speaker mention says: a name, a role, a type, a gender and a number.

>>> m = analyse_mention("نائب وزير الخارجية الروسية، أوليغ سيرومولوتوف")
>>> (m.name, m.role, m.type)
('أوليغ سيرومولوتوف', 'نائب وزير الخارجية الروسية', 'person')
>>> m = analyse_mention("المسؤول الروسي")
>>> (m.name, m.role, m.is_description)
(None, 'المسؤول الروسي', True)
>>> analyse_mention('شركة "غوغل" العملاقة للبحث والإعلانات').name
'شركة غوغل'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from attribution.lexicon.closed import (
    AFFILIATION_PREPOSITIONS, AFTER_ALA, BELONGING, FORMER_OR_CURRENT, BODIES_PLURAL, CONSTRUCT_STOPS, EMPHATIC_SELF, GROUP_SIZES, NAMED_WORDS, NOT_IN_NAME, ON_BEHALF,
    ISSUES_IT, ISSUING_VERBS, MADE_IT, PARENTHETICAL, PARTITIVES, PRAYER_HEADS, PREPOSITIONS, REGIONS, QUANTIFIERS, RELATIVES,
    PROPHET_NAMES, SACRED_SPEAKERS, SIDES, SCRIPTURE_OPENERS, STYLES, UNVEIL,
)
from attribution.lexicon.cues import Lexicon, default_lexicon
from attribution.lexicon.names import (RANK_QUALIFIERS, family_name_shape, first_of_rank, given_name_length, is_given_name, is_name_particle, regnal_ordinal, walad_as_bin,
                                      named_institution_end)
from attribution.lexicon.vocabulary import Vocabulary, head_word, vocabulary
from attribution.text.morph import (
    NISBA_ENDINGS, adjective_like, istifal_shape, negated_adjective, possessed_masdar_shape, strip_article, strip_pronoun, tafil_shape,
    tafila_shape,
)
from attribution.speakers.across_documents import speaker_titles
from attribution.text.normalize import fold, norm_word, written_ala

_TOKEN_Q = re.compile(r"[^\s\"«»“”'،,؛;:()\[\]]+|،|,|[\"«»“”()]")
_QUOTE_CHARS = set('"«»“”')


@dataclass(frozen=True, slots=True)
class MentionInfo:
    text: str
    name: str | None  # the proper name (person) or the full name (organisation, group, document)
    role: str | None  # the title/role kept apart from the name
    type: str  # person | organization | group | document | unknown
    gender: str | None  # m | f
    number: str  # sg | pl
    is_description: bool  # a role without a name (الوزير، المسؤول الروسي)


class _RoleSplit(NamedTuple):
    """One comma segment of a person mention cut into its role and its name."""

    role: str | None
    name: str | None
    gender: str | None  # the gender of the role's title (وزيرة → f)


def analyse_mention(text: str, lexicon: Lexicon | None = None) -> MentionInfo:
    """Split a mention into name and role and guess its type, gender and number."""
    return _analyse(text, lexicon or default_lexicon())


@functools.lru_cache(maxsize=1 << 16)  # (SaudiNewsNet, 6,000 articles: some 25,000 distinct mentions, 38,000 repeats)
def _analyse(text: str, lex: Lexicon) -> MentionInfo:
    segs, quoted = _comma_segments(text)
    if not segs:
        return MentionInfo(text, None, None, "unknown", None, "sg", True)
    norm = [walad_as_bin(list(map(norm_word, s))) for s in segs]  # (ولد «son of»: إسماعيل ولد الشيخ أحمد)
    for k in range(len(segs)):
        segs[k], norm[k], quoted[k] = _compound_ranks(segs[k], norm[k], quoted[k])
    sacred = _sacred_speaker(text, norm[0])
    if sacred is not None:
        return sacred
    segs[0], norm[0] = _trim_first_segment(segs[0], norm[0])
    W = vocabulary(lex)
    segs[0], norm[0] = _title_joined_to_honorific(segs[0], norm[0], W)
    k = _second_conjunct(norm[0], W, segs[0])
    if k:
        # «قال الوزير والسفير إن…»، «منظمة هيومن رايتس ووتش ومحام دولي»: two speakers on one cue
        # are one report whose canonical speaker is the first conjunct (the guide's decision)
        segs, norm, quoted = [segs[0][:k]], [norm[0][:k]], [{q for q in quoted[0] if q < k}]
    return _typed_mention(text, segs, norm, quoted, W, lex)


#: rank qualifiers borrowed with their rank (البريجادير جنرال، الميجور جنرال، اللفتنانت كولونيل)
_RANK_QUALIFIERS = frozenset({"بريجادير", "بريغادير", "ميجور", "ميجر", "لفتنانت", "ليفتنانت", "ليفتينانت"})
_QUALIFIED_RANKS = frozenset({"جنرال", "كولونيل", "كولونيل"})


def _compound_ranks(seg: list[str], nseg: list[str], quoted: set[int]) -> tuple[list[str], list[str], set[int]]:
    """«البريجادير جنرال ألان أروجادو»: a borrowed rank qualifier and its rank are one rank, read as
    the honorific «الجنرال» (so the name after it is the person's: ألان أروجادو).

    >>> _compound_ranks(["البريجادير", "جنرال", "ألان"], ["البريجادير", "جنرال", "الان"], set())[1]
    ['الجنرال', 'الان']
    """
    k = next((k for k in range(len(nseg) - 2) if strip_article(nseg[k]) in _RANK_QUALIFIERS
              and strip_article(nseg[k + 1]) in _QUALIFIED_RANKS and k not in quoted), None)
    if k is None:
        # «الفريق أول عبدالفتاح السيسي»، «الملازم أول ركن…»: «أول» "first" is the rank's, read as the rank
        k = next((k for k in range(len(nseg) - 2) if nseg[k].startswith("ال") and first_of_rank(nseg, k + 1)), None)
        if k is None:
            return seg, nseg, quoted
        merged = seg[:k] + [seg[k] + " " + seg[k + 1]] + seg[k + 2:]
        return merged, nseg[:k + 1] + nseg[k + 2:], {q if q < k else q - 1 for q in quoted if q != k + 1}
    merged = seg[:k] + [seg[k] + " " + seg[k + 1]] + seg[k + 2:]
    nmerged = nseg[:k] + ["ال" + strip_article(nseg[k + 1])] + nseg[k + 2:]
    return merged, nmerged, {q if q < k else q - 1 for q in quoted if q != k + 1}


def _second_conjunct(nseg: list[str], W: Vocabulary, seg: list[str] | None = None) -> int:
    """Where a second speaker joined by و starts in a mention (0: none).

    A و-word opens one when it is a speaker head (والسفير، وجماعات، ووسائل), a possessed title
    (ونظيره), a given name or a nationality before one (والأمريكي باراك): not a word of the same
    name (وزارة المياه والري، هيئة الاتصالات وتقنية المعلومات، هيومن رايتس ووتش).
    ``seg`` is the words as written: على with its alef maqsura is "on", never the name Ali.
    """
    def named_from(m: int) -> bool:
        return bool(given_name_length(nseg, m)) and not (seg is not None and m < len(seg) and written_ala(seg[m]))

    for k in range(1, len(nseg)):
        w = nseg[k]
        if w[:1] != "و" or len(w) < 3 or (k == 1 and _shared_construct(nseg, W)):
            continue
        b = w[1:]
        head = strip_article(b)
        if head in _NOT_CONJUNCT_HEADS and b.startswith("ال"):
            continue  # «مصلحة الإحصاءات العامة والمعلومات»: a word of the body's name, no second speaker
        if head in W.title and not any(named_from(m) for m in range(k)) \
                and any(given_name_length(nseg, m) for m in range(k + 1, len(nseg))):
            continue  # «الصحافي ورئيس مؤسسة الجرادي منصور الجرادي»: two titles of the one person named after them
            # («المشرف العام على البرنامج وعضو هيئة…»: على "on" names no one before the second title)
        if head in W.collective or head.endswith("ات") and head[:-2] + "ة" in W.collective:
            continue  # «وكيل الوزارة للرعاية الاجتماعية والأسرة»، «قطاع الأفراد والعائلات»: a family joins a genitive
        if _paired_genitive(nseg, k, W):
            continue  # «هيئة الإذاعة والتلفزيون»، «التدريب التقني والمهني»: a pair inside the body's genitive
        if head in W.org and head not in W.title and _title_genitive_at(nseg, k, W):
            continue  # «رئيس هيئة الإذاعة والتلفزيون»، «…هيئة كبار العلماء وإدارة البحوث»: the title's second genitive
        plural_of = head[:-2] + "ة" if head.endswith("ات") else ""  # جمعيات، منظمات: plurals of bodies
        # (a given name that opens with و is no conjunct when no name precedes it: «لاعب المنتخب وسام
        # حمدان» is Wisam, not "and Sam")
        given = is_given_name(b) and not (is_given_name(w) and not any(given_name_length(nseg, m) for m in range(k)))
        if head in W.speakerish or plural_of in W.speakerish or strip_pronoun(head) in W.title or given \
                or (b.startswith("ال") and b.endswith("ي") and k + 1 < len(nseg) and given_name_length(nseg, k + 1)):
            return k
    return 0


def _title_genitive_at(nseg: list[str], k: int, W: Vocabulary) -> bool:
    """Does a و-word at ``k`` join a genitive of the title opening the mention, no name yet before
    it («[معالي] وزير الشؤون البلدية والقروية»، «رئيس هيئة الإذاعة والتلفزيون»)? Then a body noun
    there is a second genitive of the title (the one person heads both), not a second speaker."""
    h = _leading_honorifics(nseg, W)
    return h < k - 1 and strip_article(nseg[h]) in W.title and nseg[k - 1].startswith(("ال", "لل", "بال")) \
        and not any(given_name_length(nseg, m) for m in range(h + 1, k))


def _paired_genitive(nseg: list[str], k: int, W: Vocabulary) -> bool:
    """Does the definite و-word at ``k`` pair with the definite genitive before it inside one name
    (no name yet): a medium with a medium («هيئة الإذاعة والتلفزيون»، «اتحاد الإذاعة والتلفزيون»), a
    portfolio with a portfolio («وزارة الثقافة والإعلام»), a nisba with a nisba that names no country
    («للتدريب التقني والمهني»)?  Not a title or a group (والمتحدث، والمواطنين), nor a body after a
    portfolio («وزارة الدفاع والجيش»: two speakers)."""
    w, prev = nseg[k][1:], nseg[k - 1]
    if k < 2 or not w.startswith("ال") or not prev.startswith(("ال", "لل", "بال")) \
            or any(given_name_length(nseg, m) for m in range(k)):
        return False
    b, pb = strip_article(w), strip_article(prev[1:] if prev[:1] in "لب" else prev)
    if b in W.title or b in W.group:
        return False
    if (pb in W.media and b in W.media) or (pb in W.portfolio and b in W.portfolio and b not in W.org):
        return True
    return pb.endswith("ي") and b.endswith("ي") and len(b) > 3 and not nationality_noun(w, W) \
        and not nationality_noun("ال" + pb, W) and not is_given_name(b)


#: Plural nouns of things that speak as sources alone (تفيد معلومات، ذكرت تقارير) but after و inside
#: a mention are part of a name: «الهيئة العامة للإحصاء والمعلومات»، «مركز الدراسات والتقارير».
_NOT_CONJUNCT_HEADS = frozenset({"معلومات", "تقارير", "انباء", "دراسات", "بحوث", "احصاءات"})


def _shared_construct(nseg: list[str], W: Vocabulary) -> bool:
    """Two indefinite titles joined by و share the genitive after them: one person holds both
    («إمام وخطيب المسجد النبوي»، «رئيس ومؤسس الجمعية»), unlike «الوزير والسفير» (two definite heads)."""
    if len(nseg) < 3 or nseg[0].startswith("ال") or strip_pronoun(nseg[0]) != nseg[0] or nseg[0] not in W.title:
        return False
    second = nseg[1][1:]
    return nseg[1][:1] == "و" and not second.startswith("ال") and second in W.title \
        and (nseg[2].startswith("ال") or not is_given_name(nseg[2]))  # (إمام وخطيب جامع الإمام تركي)


# ------------------------------------------------------------------ words and segments

def _comma_segments(text: str) -> tuple[list[list[str]], list[set[int]]]:
    """The mention's words cut at commas ("role، name" or "name، role"), and for each segment
    the indices of its words written inside quotation marks (مدير برنامج «فطن»)."""
    segs: list[list[str]] = [[]]
    quoted: list[set[int]] = [set()]
    depth = paren = 0
    for w in _TOKEN_Q.findall(text):
        if w in _QUOTE_CHARS:
            depth = (1 - depth) if w == '"' else (depth + (1 if w in "«“" else -1))
        elif w in "()":
            paren = max(0, paren + (1 if w == "(" else -1))  # (an acronym in brackets reads like a quoted name)
        elif w in ("،", ","):
            segs.append([])
            quoted.append(set())
        elif w.strip("ـ") if w.isalpha() else any(c.isalpha() and c != "ـ" for c in w):
            # ("//", "-", "ــ", digits: no part of a name; a word of letters only asks no letter by letter)
            for part in _abbreviations_apart(w):
                if depth > 0 or paren > 0:
                    quoted[-1].add(len(segs[-1]))
                segs[-1].append(part)
    keep = [k for k, s in enumerate(segs) if s]
    return [segs[k] for k in keep], [quoted[k] for k in keep]


def _abbreviations_apart(w: str) -> list[str]:
    """«د.العثمان» → [«د», «العثمان»]، «أ.د.الفيفي» → [«أ», «د», «الفيفي»]: an honorific's abbreviation
    glued to the name by its dot; any other word as it is (less a final dot)."""
    parts = w.split(".")
    if len(parts) > 1 and parts[-1] and all(0 < len(p) <= 2 for p in parts[:-1]) and len(parts[-1]) > 2:
        return parts
    return [w.rstrip(".") or w]


@functools.lru_cache(maxsize=1)
def prophet_keys() -> frozenset[str]:
    """The Prophet's names (folded) as articles write them in a hadith (رسول الله، النبي)."""
    return frozenset(fold(n) for n in PROPHET_NAMES)


def is_sacred(name: str) -> bool:
    """God or the Prophet, however the article names him (رسول الله، النبي): quoted inside a
    speaker's words, never the dropped subject of the next report («قال رسول الله…». وأضاف…)."""
    return name in SACRED_SPEAKERS or fold(name) in prophet_keys()


def _sacred_speaker(text: str, first: list[str]) -> MentionInfo | None:
    """God in a scripture citation, the Prophet in a hadith: each named once, the same way."""
    if first[0] in SCRIPTURE_OPENERS or first[:2] == ["الله", "تعالي"]:
        return MentionInfo(text, "الله", None, "person", "m", "sg", False)  # قال تعالى، قال الله عز وجل
    blessing = first[1:] if first[:1] == ["عليه"] else first
    if first[:2] == ["صلي", "الله"] or blessing[:2] in (["الصلاه", "والسلام"], ["الصلاة", "والسلام"]):
        # قال صلى الله عليه وسلم، قال عليه الصلاة والسلام: the Prophet
        return MentionInfo(text, "النبي محمد", None, "person", "m", "sg", False)
    return None


def _trim_first_segment(seg: list[str], nseg: list[str]) -> tuple[list[str], list[str]]:
    """Drop a prayer after a name (ابن القيم رحمه الله، الرئاسة بمشيئة الله), an emphatic نفسه
    (المصادر نفسها), a verb كان and what follows it (مسافر آخر كان قادما), and the words that
    close a subject but never a name (جامعة تبوك قد، عائلة دوابشة أيضا، البيان الصادر)."""
    for k, w in enumerate(nseg):
        if k and (w in PRAYER_HEADS or w in _BY_GODS_WILL) and k + 1 < len(nseg) and nseg[k + 1] == "الله":
            seg, nseg = seg[:k], nseg[:k]
            break
    cut = next((k for k, w in enumerate(nseg) if k and w in _WAS and nseg[k - 1] not in RELATIVES), None)  # (أحد الشخصيات التي كانت مقربة منه)
    if cut is not None:
        seg, nseg = seg[:cut], nseg[:cut]
    while len(nseg) > 1 and (nseg[-1] in _NEVER_LAST or written_ala(seg[-1])):
        # (على written with its alef maqsura is the preposition after a name: «شدد شكري على أن»)
        seg, nseg = seg[:-1], nseg[:-1]
    cut = next((k for k, w in enumerate(nseg) if k and w in EMPHATIC_SELF), None)
    if cut is not None:
        # (and what follows it: «الرئيس أوباما نفسه من المذيع», a verb's subject read on)
        seg, nseg = seg[:cut], nseg[:cut]
    return seg, nseg


def _title_joined_to_honorific(seg: list[str], nseg: list[str], W: Vocabulary) -> tuple[list[str], list[str]]:
    """A title joined by و to the honorifics that open the mention describes the same person, named
    after it: «الشيخ والداعية سليمان العريفي» is the sheikh and preacher سليمان العريفي (the و is no
    part of the role nor of the name)."""
    k = 0
    while k < len(nseg) and nseg[k] in W.honorific:
        k += 1
    w = nseg[k] if 0 < k < len(nseg) - 1 else ""
    if not w.startswith("وال") or strip_article(w[1:]) not in W.title | W.title_f:
        return seg, nseg
    return seg[:k] + [seg[k][1:]] + seg[k + 1:], nseg[:k] + [w[1:]] + nseg[k + 1:]


#: «بمشيئة الله»، «بإذن الله» in a weather report or a promise: no part of who speaks
_BY_GODS_WILL = frozenset(map(norm_word, ("بمشيئة", "بإذن", "بحول")))
#: the verb كان after a description opens its relative clause (مسافر آخر كان قادما من الرياض)
_WAS = frozenset(map(norm_word, ("كان", "كانت", "كانوا")))
#: words that end a subject before its verb or its adverb, never a name (قد أوضحت، أيضا، أمس، بالفعل، الصادر عن…)
_NEVER_LAST = frozenset(map(norm_word, ("قد", "لقد", "أيضا", "أيضاً", "أمس", "الصادر", "الصادرة", "بالفعل", "فعلا", "فعلاً")))


# ------------------------------------------------------------------ the mention's type

def _head_noun(word: str, W: Vocabulary) -> str:
    """The mention's head without its article or a conjunction: والوزارة → وزارة."""
    head = head_word(word, W)
    if head[:1] in "وف" and any(strip_article(head[1:]) in s for s in (W.title, W.org, W.doc_m, W.doc_f, W.group_m)):
        head = strip_article(head[1:])
    return head


def _typed_mention(text: str, segs: list[list[str]], norm: list[list[str]], quoted: list[set[int]],
                   W: Vocabulary, lex: Lexicon) -> MentionInfo:
    """A group, a document or an organisation by its head noun; otherwise a person."""
    head, first = _head_noun(norm[0][0], W), norm[0][0]
    if women_group(norm[0], lex):
        # «الطالبات»، «سيدات»، «عدد من المشاركات»: women speak as a feminine plural (قلن، وأكدن)
        if strip_article(first) in _MANY or first in _SOME:
            return MentionInfo(text, " ".join(segs[0][:2] if first in _SOME else segs[0]), None, "group", "f", "pl", False)
        if first[:1] in "وف" and strip_article(first[1:]) in lex.category("group_women"):
            segs = [[segs[0][0][1:]] + segs[0][1:]] + segs[1:]  # (وسيدات الأعمال: the conjunction is no part of it)
        return MentionInfo(text, _group_name(segs, norm), None, "group", "f", "pl", False)
    named = _named_conjuncts(norm[0], quoted[0], W)
    if named:
        # «محطتا (العربية) و(الجزيرة)»، «صحيفتا "الرياض" و"عكاظ"»: a generic dual or plural before the
        # bodies' own names; the first named conjunct is the canonical speaker (the guide's decision)
        fem = first.endswith(("تا", "ات")) or first in BODIES_PLURAL
        return MentionInfo(text, " ".join(segs[0][1:named]), None, "organization", "f" if fem else "m", "sg", False)
    dual = _dual_head(first, W)
    if dual is not None and all(w.startswith(("ال", "وال")) for w in norm[0][1:]):
        # «الوزيران»، «الشركتان»، «الجانبان السعودي والروسي»: two speakers as one, a dual verb's dropped
        # subject after them (وأكدا، وأضافتا); with their names after them the first name speaks
        # (المواطنان علي الأسمري وعبدالرحمن الأسمري, the guide's decision)
        return MentionInfo(text, _group_name(segs, norm), None, "group", dual, "du", False)
    if head in W.group_m or first in W.group_m:
        fem = head in W.group_f or first in W.group_f
        return MentionInfo(text, _group_name(segs, norm), None, "group", "f" if fem else "m", "pl", False)
    if head in W.doc_m or head in W.doc_f:
        return MentionInfo(text, _document_name(segs[0], norm[0][:len(segs[0])], text), None, "document",
                           "f" if head in W.doc_f else "m", "sg", False)
    if head in W.org and not (first in W.honorific and len(norm[0]) > 1 and (
            strip_article(norm[0][1]) in W.honorific_bare or given_name_length(norm[0], 1))) \
            and not _honorific_name_after_definite(norm[0], W):
        # (الفريق ركن الشيخ راشد…، الفريق محمد: the rank, not the team)
        return MentionInfo(text, _org_name(segs[0], text), None, "organization",
                           "f" if head in W.org_f else "m", "sg", False)
    if named_body(norm[0], W):
        # «برنامج الأغذية العالمي»، «برنامج الأمم المتحدة الإنمائي»: a programme of the UN kind, a body
        return MentionInfo(text, _org_name(segs[0], text), None, "organization", "m", "sg", False)
    if len(norm[0]) > 1 and first in W.named_kind and 1 in quoted[0]:
        # موقع "سي إن إن بالعربية"، برنامج «الثامنة»: a noun of a kind and its quoted name
        return MentionInfo(text, _org_name(segs[0], text), None, "organization", None, "sg", False)
    if len(norm[0]) >= 3 and strip_article(first) in _MANY and (norm[0][1] == "من" or (
            len(norm[0]) >= 4 and norm[0][2] == "من" and norm[0][1] in GROUP_SIZES)) \
            or (len(norm[0]) >= 2 and first in _SOME and norm[0][1].startswith("ال") and norm[0][1].endswith(("ين", "ون"))):
        # «الكثير من الأشخاص»، «عدد من المسؤولين»، «العديد من الخبراء»: a part of a group, which speaks
        # as a group (they, not he); «عدد كبير من المعجبين»، «بعض المواطنين» too — the noun and its
        # definite adjectives, not what follows them («بعض المراقبين [انتصارا قد يزيد…]»)
        end = 2 if first in _SOME else len(segs[0])
        while first in _SOME and end < len(norm[0]) and norm[0][end].startswith("ال") and adjective_like(norm[0][end]):
            end += 1
        return MentionInfo(text, " ".join(segs[0][:end]), None, "group", "m", "pl", False)
    if len(segs) == 1 and len(norm[0]) > 1 and participle_plural(first, W) \
            and (norm[0][1].startswith("لل") or norm[0][1] in AFFILIATION_PREPOSITIONS):
        # «منظمون للرحلات السياحية في شركة "جوري"»: an indefinite plural of people with what it does and
        # where, a group, whole (no name follows a plural)
        return MentionInfo(text, " ".join(segs[0]), None, "group", "m", "pl", False)
    if len(segs) == 1 and _sound_plural(norm[0], W):
        # «المختصون»، «المسؤولون الأمريكيون»: a sound masculine plural of people speaks as a group
        end = _adjectives_close(norm[0])
        return MentionInfo(text, " ".join(segs[0][:end]), None, "group", "m", "pl", False)
    return _person_mention(text, segs, norm, quoted, W)


def _dual_head(first: str, W: Vocabulary) -> str | None:
    """The gender of a definite nominative dual of a person's title, a body or a side (الوزيران،
    المنظمتان، الجانبان: -ان on the singular, its ة written ت), None for any other word."""
    if not (first.startswith("ال") and first.endswith("ان") and len(first) > 6):
        return None
    stem = first[2:-2]
    if stem.endswith("ت") and (stem[:-1] + "ة" in W.title_f or stem[:-1] + "ة" in W.org_f):
        return "f"
    return "m" if stem in SIDES or stem in W.title or stem in W.org else None


def _honorific_name_after_definite(nseg: list[str], W: Vocabulary) -> bool:
    """Do a definite head and its definite adjectives stand before an honorific and a given name
    («الأكاديمية المتخصصة الدكتورة فاطمة…»)? A definite noun takes no genitive, so the honorific is
    no part of a body's name (as in جامعة الملك سعود): the words describe the person named."""
    if not nseg[0].startswith("ال"):
        return False
    j = 1
    while j < len(nseg) and nseg[j].startswith("ال") and strip_article(nseg[j]) not in W.honorific_bare:
        j += 1
    return j + 1 < len(nseg) and strip_article(nseg[j]) in W.honorific_bare and nseg[j] != "الملك" \
        and given_name_length(nseg, j + 1) > 0


def women_group(nseg: list[str], lex: Lexicon) -> bool:
    """Does a mention (normalised words) name women: a human feminine plural at its head
    (الطالبات، وسيدات), or after a quantifier and «من» (عدد من المشاركات، بعض الطالبات)?

    >>> women_group(["الممرضات"], default_lexicon()), women_group(["المصادر"], default_lexicon())
    (True, False)
    """
    if not nseg:
        return False
    women = lex.category("group_women")
    first = nseg[0][1:] if nseg[0][:1] in "وف" and strip_article(nseg[0][1:]) in women else nseg[0]
    if strip_article(first) in women:
        return True
    k = 2 if len(nseg) > 2 and nseg[1] in GROUP_SIZES else 1
    if strip_article(first) in _MANY and len(nseg) > k + 1 and nseg[k] == "من":
        return strip_article(nseg[k + 1]) in women
    return first in _SOME and len(nseg) > 1 and strip_article(nseg[1]) in women


def _named_conjuncts(nseg: list[str], quoted: set[int], W: Vocabulary) -> int:
    """Where the first of several quoted or bracketed names ends after a dual or plural of a body's
    noun (محطتا، صحيفتا، شركتا، وكالات), when «و» and another such name follow it (0: no such phrase)."""
    w = nseg[0]
    sing = w[:-2] + "ة" if w.endswith(("تا", "ات")) else w[:-1] if w.endswith("ا") else ""
    if 1 not in quoted or not ((w.endswith("تا") and len(w) > 4) or sing in W.org_f or sing in W.org
                               or sing in W.media or w in BODIES_PLURAL):
        return 0
    end = 1
    while end in quoted:
        end += 1
    return end if end + 1 < len(nseg) and nseg[end] == "و" and end + 1 in quoted else 0


#: Quantifiers of a group (كثير، عديد، عدد، بعض، معظم…), not «أحد» "one of", who is a person.
_MANY = PARTITIVES - {"احد", "احدي"}
_SOME = frozenset({"بعض", "معظم", "اغلب", "غالبية", "جميع", "كل"})

_NUMBERED = re.compile(r"^\s*\S+\s*(\(\s*\d+\s*\)|\d+)")


def named_body(nseg: list[str], W: Vocabulary) -> bool:
    """«برنامج الأغذية العالمي»: a head of ``org_named`` in construct with a definite genitive and
    a definite nisba adjective after it names a body (alone, «برنامج» is a programme or a plan)."""
    return len(nseg) >= 3 and nseg[0] in W.org_named and nseg[1].startswith("ال") \
        and any(w.startswith("ال") and w.endswith(NISBA_ENDINGS) for w in nseg[2:4])


def _document_name(seg: list[str], nseg: list[str], text: str) -> str:
    """A document's name keeps its number: «المادة (28)»، «البند 3» (the number is what tells them apart).

    It ends before a verb of the clause that describes it, «دراسة [نشرت أمس]»، «تقرير صحفي [نشر بشبكة
    …]»، «دراسة [أجراها المركز…]»، «تقرير سنوي [يصدره] عن…» (who made it is no part of its name), and
    before an ordinal's article cut from its number («التقرير [الـ] 51»), and before the basmala that
    opens its text («جاء في البيان [بسم الله الرحمن الرحيم]…»).
    """
    cut = next((k for k, w in enumerate(nseg) if k and (w in _DESCRIBING_VERBS or w in ("الـ", "ال", "بسم")
                                                      or _verb_after_feminine_adjective(nseg, k))), None)
    if cut is not None:
        seg, nseg = seg[:cut], nseg[:cut]
    m = _NUMBERED.match(text)
    if not m:
        return " ".join(seg)
    return " ".join([m.group(0).strip()] + seg[1:])  # «المادة (27) من لائحة الانتخاب»


_DESCRIBING_VERBS = ISSUING_VERBS | MADE_IT | ISSUES_IT


def _verb_after_feminine_adjective(nseg: list[str], k: int) -> bool:
    """Is ``nseg[k]`` a feminine perfect verb after an indefinite feminine adjective, the clause's
    verb, no word of the name: «تقارير إعلامية [أزاحت] النقاب…»، «وثيقة سرية [كشفت]…» (an adjective
    in -ية is followed by another adjective or a genitive, never by a bare word in -ت of a noun)."""
    w, prev = nseg[k], nseg[k - 1]
    return k >= 2 and prev.endswith("ية") and not prev.startswith("ال") and w.endswith("ت") \
        and not w.endswith("ات") and w.isalpha() and len(w) >= 4 and not (len(w) == 4 and w[1] == "ا") \
        and not w.startswith("ال") and not is_given_name(w)


def _sound_plural(nseg: list[str], W: Vocabulary) -> bool:
    """A noun (with its adjectives) in the sound masculine plural: المختصون، مسؤولون أمريكيون.

    Not a name (حسين، ياسين، أمين), not a place (البحرين، فلسطين): the head must be the plural of a
    participle or nisba (م-…-ون، …يون) and every word must end like a plural.
    """
    head = strip_article(nseg[0])
    if nseg[0] in W.place or not (participle_plural(head, W) or (head.endswith(("يون", "يين")) and len(head) >= 6
                                                             and not is_given_name(head) and head not in W.place)):
        return False  # (or a nisba: أمريكيون)
    return all(strip_article(w).endswith(("ون", "ين")) for w in nseg)


def participle_plural(w: str, W: Vocabulary) -> bool:
    """Is the word without its article the sound masculine plural of a participle, people (منظمون،
    مختصون، مسؤولين، مراقبون)?  A participle stem is م + at least three letters, the second no alif
    (not ماكرون، مارون، ميرون), not مفعال (مكلارين، مختارين: a foreign name); not a name or a place
    (حسين، ياسين، البحرين)."""
    if is_given_name(w) or w in W.place or not w.endswith(("ون", "ين")):
        return False
    stem = w[:-2]
    return stem.startswith("م") and len(stem) >= 4 and stem[1] != "ا" and not (len(stem) == 5 and stem[3] == "ا")


def _group_name(segs: list[list[str]], norm: list[list[str]]) -> str:
    """A group's name as written, without a conjunction glued to it (فالعلماء) or the addressee
    after it (مصادر في المقاومة لـ«الشرق الأوسط»: who was told, not who spoke)."""
    words = [w for s in segs for w in s]
    nwords = [w for s in norm for w in s]
    if nwords[0][:1] in "وف" and nwords[0][1:].startswith("ال"):
        words = [words[0][1:]] + words[1:]
    cut = next((k for k, w in enumerate(nwords) if k and (w in ("ل", "لـ") or w.startswith("لـ"))), None)
    end = _adjectives_close(nwords[:cut])
    return " ".join(words[:end if end is not None else cut])


def _adjectives_close(nwords: list[str]) -> int | None:
    """Where an indefinite group's adjectives end before a noun they cannot govern: «دبلوماسيون عرب
    ومصريون [مزاعم المالكي]» (the verb's object); None when nothing follows them."""
    if not nwords or nwords[0].startswith("ال"):
        return None
    k = 1
    while k < len(nwords) and not nwords[k].startswith("ال") and nwords[k] not in _GROUP_PLACES \
            and _group_adjective(nwords[k]):
        k += 1
    if k == 1 or k >= len(nwords):
        return None
    nxt = nwords[k]
    return k if not nxt.startswith("ال") and nxt.isalpha() and nxt not in _GROUP_PLACES and nxt[:1] not in "بل" else None


_GROUP_PLACES = frozenset({"في", "من", "علي", "عن", "لدي", "داخل", "الي", "مع"})  # a group's where (مصادر في…)


def _group_adjective(w: str) -> bool:
    """An indefinite adjective after a group's head: أمنية، عرب، ومصريون (a coordinated nisba; وطالبات
    is a coordinated noun), not a broken plural noun in م (مزاعم، مواقع)."""
    if w[:1] == "و":
        return w.endswith(("ي", "ية", "يون", "يين", "يات"))
    if w == "خاصة":
        return True  # مصادر أمنية خاصة: "private", the adjective (the adverb "especially" follows no indefinite)
    return adjective_like(w) and not (len(w) == 5 and w[0] == "م" and w[2] == "ا")


_BRACKETED_SHORT_NAME = re.compile(r"\s*\(([^()\d]{2,40})\)\s*$")


def bracketed_short_name(text: str) -> str | None:
    """The short name in brackets closing a body's mention (وزارة الدفاع الأميركية (البنتاغون) →
    البنتاغون): another name of the same body, for its later mentions."""
    m = _BRACKETED_SHORT_NAME.search(text)
    return m.group(1).strip(" «»\"“”") if m and len(text[:m.start()].split()) > len(m.group(1).split()) else None


def _org_name(seg: list[str], text: str) -> str:
    """وزارة الخارجية الروسية stays whole; شركة "غوغل" العملاقة → شركة غوغل; مرصد الفتاوى التابع لدار
    الإفتاء → مرصد الفتاوى (the body it belongs to is no part of its own name)."""
    # (…الستار عن: «أزاحت شركة سامسونج [الستار] عن…», the idiom's object after the name)
    cut = next((k for k in range(1, len(seg)) if norm_word(seg[k]) in BELONGING or (k > 1 and norm_word(seg[k]) in UNVEIL)), None)
    if cut is not None:
        seg, text = seg[:cut], " ".join(seg[:cut])
    short = _BRACKETED_SHORT_NAME.search(text)
    if short and len(seg) > len(short.group(1).split()) + 1:
        # وزارة الدفاع الأميركية (البنتاغون): the short name in brackets is another name of the body,
        # not a word of its full one (المادة (33): a number in brackets is the name)
        seg = seg[:-len(short.group(1).split())]
        text = text[:short.start()]
    quoted = re.search(r"[\"«“]([^\"»”]{1,40})[\"»”]", text)
    if quoted and len(seg) > 1:
        # صحيفة "بوبليكو" البرتغالية: the quoted name and its nationality adjectives
        adj = []
        for w in text[quoted.end():].split():
            nw = norm_word(w)
            if nw.startswith("ال") and (nw.endswith("ية") or nw.endswith("ي")) and len(adj) < 2:
                adj.append(w.strip("،,."))
            else:
                break
        return " ".join([seg[0], quoted.group(1).strip(), *adj])
    return " ".join(seg)


def _verbal_noun(w: str, W: Vocabulary) -> bool:
    """A verbal noun of the forms تفعيل، تفعّل، افتعال، استفعال (تسجيل، تطوير، استثمار) or a noun of
    content: never a personal name."""
    if is_given_name(w):
        return False  # (تيسير، توفيق: names of the same shape)
    return (tafil_shape(w) and w[-1] != "ت") or istifal_shape(w) or w in W.content_head  # (توفيت: a verb)


def definite_verbal_noun(w: str) -> bool:
    """A definite verbal noun of the forms تفعيل، تفعئة، استفعال (التسجيل، التهنئة، الاستثمار): after
    a name or a complete role it is the verb's object («… بن عبدالله التهنئة»), never a family name.

    (A feminine تفعيلة is a nisba as often: التركية، التحتية; a given name keeps its shape: التوفيق.)
    The افتعال of a root whose first letter is و assimilates it (الاتفاق، الاتصال، الاتهام): «وأكد
    الأمير عبدالله الاتفاق على…» is the agreement he confirmed.

    >>> [definite_verbal_noun(w) for w in ("التسجيل", "الاتفاق", "الاتصال", "الاتحاد", "العتيبي")]
    [True, True, True, True, False]
    """
    if not w.startswith("ال") or is_given_name(w[2:]):
        return False
    b = w[2:]
    return (tafil_shape(b) and b[-1] not in "ةته") or tafila_shape(b) or istifal_shape(b) \
        or len(b) == 5 and b.startswith("ات") and b[3] == "ا"


def _definite_plural(w: str) -> bool:
    """A definite sound plural (المسلمين، المواطنين) is the verb's object after a name, never a
    family name (الحسين، الدين are short, given names or places)."""
    b = strip_article(w)
    # (a participle's or a nisba's plural: not a family name in -ين such as البابطين)
    return w.startswith("ال") and w.endswith(("ين", "ون")) and len(b) >= 6 and not is_given_name(b) \
        and (b.startswith("م") or b.endswith(("يين", "يون")))


def _content_word(w: str, W: Vocabulary) -> bool:
    """A noun of content (أهمية، ضرورة، حرص) after a name is the verb's object: «شكري أهمية مواجهة الإرهاب»."""
    return strip_article(w) in W.content_head and not is_given_name(w)


def _object_after_name(rest: list[str], nrest: list[str], W: Vocabulary) -> int | None:
    """Where the verb's object or a word describing the man starts inside a would-be name (None:
    nowhere): an accusative with tanwin (شي جين بينغ [ضباطًا]) after any first word; after a given
    name also «أحد» "one of" (دان ويرثايمر [أحد مستشاري…]), a participle (عاصم دحلان [مستأجر]), a
    definite plural of people (الشريم [المسلمين], not «أم المؤمنين») and a noun of content."""
    named = bool(nrest) and (is_given_name(nrest[0]) or given_name_length(nrest, 0) > 0)
    for k in range(1, len(rest)):
        w, prev = nrest[k], nrest[k - 1]
        if _TANWIN_FATH.search(rest[k]) or (strip_pronoun(w) != w and possessed_masdar_shape(strip_pronoun(w))):
            return k  # (…أوباما [زيارته]: his visit, the verb's object)
        if w in UNVEIL and prev != "عبد" and (k + 1 == len(rest) or nrest[k + 1] == "عن"):
            return k  # «كشف ولد الشيخ أحمد [النقاب] عن…»: the idiom's object, "unveiled"
        if w in _ATTENTION and (k + 1 == len(rest) or nrest[k + 1] == "الي"):
            return k  # «لفت نبيل قمصاني [النظر] إلى…»: the idiom's object, "drew attention"
        if k + 1 < len(rest) and _mufail_in_construct(w) and not is_name_particle(nrest[k + 1]) \
                and nrest[0] not in QUANTIFIERS and nrest[0] not in NOT_IN_NAME and strip_pronoun(nrest[0]) == nrest[0]:
            # «مورينيو [منافس فينجر اللدود]»: a participle in construct describes the man (not after
            # «جميع» or «زميله»: a plural مكاتب, a description before the name)
            return k
        if named and (w in ("احد", "احدي") or _describing_participle(w) or _content_word(w, W)
                      or definite_verbal_noun(w)  # «… بن عبدالله [التهنئة]»
                      or (_definite_plural(w) and not is_name_particle(prev) and prev not in ("ام", "ابو", "اب"))):
            return k
    return None


#: the object of «كشف/أماط/رفع النقاب/اللثام/الستار عن» "unveiled", glued to the subject before it
#: the object of «لفت/استرعى النظر/الانتباه إلى» "drew attention to", glued to the subject before it
_ATTENTION = frozenset({"النظر", "الانتباه", "الانظار"})


def _mufail_in_construct(w: str) -> bool:
    """An indefinite participle of the form مُفاعِل (منافس، مدافع، مهاجم، مراسل), which heads a
    construct after a name (منافس فينجر, «Wenger's rival»): no name word has that shape but given
    names (مبارك، مجاهد), which the lexicon knows, and names in -ي (مناحي بن محسن)."""
    return len(w) == 5 and w[0] == "م" and w[2] == "ا" and w[-1] not in "يه" and not is_given_name(w)


def _describing_participle(w: str) -> bool:
    """An indefinite participle of the forms مستفعل، متفعل، مؤفعل after a name describes the man
    (عاصم دحلان مستأجر، أبوخالد مستثمر، أحمد متعهد): no name has one (ميركل، ماكرون are other shapes)."""
    return w.startswith(("مست", "مت", "مؤ")) and len(w) >= 5 and not is_given_name(w)


_TANWIN_FATH = re.compile("\u064b")  # ً: an indefinite accusative (ضباطًا، مستأجرًا) is never a name's word


def _person_mention(text: str, segs: list[list[str]], norm: list[list[str]], quoted: list[set[int]],
                    W: Vocabulary) -> MentionInfo:
    """A person: the name from the first segment that is only a name, the role from the others."""
    splits = [_anonymous_source(_split_role(seg, nseg, W, frozenset(q)), seg, nseg, W)
              for seg, nseg, q in zip(segs, norm, quoted)]
    # a segment that is only a name (not «والتدريب» after a run-on comma: a name opens with no و)
    # («السيدة، وهي تبكي»: a clause about her names nobody)
    splits = [s if norm[k][0] not in PARENTHETICAL and not (k and _place_apposition(norm[k]))
              else _RoleSplit(None, None, None) for k, s in enumerate(splits)]
    # (a later segment that is all name must read as one: «أمير منطقة حائل، [قرار المنظمة]…» is the
    # verb's object)
    splits = [_RoleSplit(None, None, s.gender) if k and s.name and not s.role and not _apposed_name(norm[k], W)
              else s for k, s in enumerate(splits)]
    pure = [k for k, s in enumerate(splits) if s.name and not s.role
            and (norm[k][0][:1] not in "وف" or is_given_name(norm[k][0]))]
    if pure and not is_given_name(norm[pure[0]][0]) \
            and any(_named_with_role(s, norm[k], W) for k, s in enumerate(splits[:pure[0]])):
        # «الأمير خالد الفيصل أمير منطقة مكة المكرمة، الدورة التاسعة…»: the man is named before the
        # comma; what follows it (the verb's object) is no second name of his
        pure = []
    role_parts: list[str] = []
    name = gender = None
    for k, (s, seg) in enumerate(zip(splits, segs)):
        if pure and k < pure[0]:
            # "مديرة المنتجات في جوجل، لينا الحداد": the segment before the name is all role
            role_parts.append(" ".join(seg))
        elif s.role:
            role_parts.append(s.role)
        if s.name and name is None and (not pure or k == pure[0]):
            name = s.name
        gender = gender or s.gender
    role = "، ".join(role_parts) or None
    if name is not None and role is not None and _complement_for_role(name):
        # رئيس اللجنة الإشرافية [لسوق عكاظ]: for what, not who; the name may follow the complement
        # (الرئيس التنفيذي لمهرجان تمور بريدة [عبدالعزيز المهوس])
        nw = name.split()
        g = next((k for k in range(1, len(nw)) if is_given_name(norm_word(nw[k]))), len(nw))
        role, name = f"{role} {' '.join(nw[:g])}", " ".join(nw[g:]) or None
    if name is None and role is None:
        words, nwords = [w for s in segs for w in s], [w for s in norm for w in s]
        cut = _owned_noun(nwords, W)  # «المقحم حديثه»: his speech, the verb's object, is no part of him
        return MentionInfo(text, " ".join(words[:cut or None]), None, "unknown", None, "sg", False)
    return MentionInfo(text, name, role, "person", gender, "sg", name is None)


def _complement_for_role(name: str) -> bool:
    """Is the would-be name after a role ل + a noun and what follows it (رئيس اللجنة الإشرافية
    [لسوق عكاظ]، مستشار الرئيس [لشؤون الأمن]): the role's complement, no name?  A given name
    with ل (لينا، لويس) and a short foreign one (لي كه تشيانغ) stay names."""
    words = name.split()
    first = norm_word(words[0]) if words else ""
    if len(words) < 2 or len(first) < 4 or first[:1] != "ل" or is_given_name(first):
        return False
    # (a foreign name opens ل with a long vowel: لوريتا لينش، لامين دياك، ليزا; ل + a noun opens its
    # consonant, or a body's head: لسوق، لمهرجان، لوزارة)
    return first[1] not in "اوي" or first[1:] in vocabulary().org


#: Heads of an unnamed source (normalised, without the article): مصدر في…، مسؤول في…، مصادر مطلعة
_ANONYMOUS_HEADS = frozenset({"مصدر", "مصدرا", "مصادر", "مسؤول", "مسئول", "مسؤولا", "مسؤولون", "مسؤولين", "مسؤولو"})


#: "close to" after an unnamed source: «مصدر مقرب من الفرنسي ميشال بلاتيني»
_CLOSE_TO = frozenset({"مقرب", "مقربة", "مقربون", "مقربين"})
#: indefinite heads of a spokesman (متحدث باسم…): "a spokesman for", its name unwritten
_SPOKESMAN_HEADS = frozenset({"متحدث", "متحدثة", "ناطق", "ناطقة"})


def unnamed_source_head(word: str) -> bool:
    """Does ``word`` (as written) head an unnamed source (مصدر، مسؤول، متحدث): a person entity so
    named is a description, and a surname inside it is someone else's (مصدر مقرب من … بلاتيني)."""
    w = norm_word(word)
    return w in _ANONYMOUS_HEADS or w in _SPOKESMAN_HEADS


def _someone_elses_name(nseg: list[str], W: Vocabulary) -> bool:
    """Is the name in this segment another person's, the one an unnamed source stands close to or
    speaks for: «مصدر مقرب من الفرنسي ميشال بلاتيني»، «متحدث باسم وزير الخارجية الإيطالي باولو
    جنتيلوني»?  (With the article, «المتحدث باسم الخارجية جون كيربي» is the spokesman named.)"""
    if len(nseg) < 4:
        return False
    if nseg[0] in _ANONYMOUS_HEADS and nseg[1] in _CLOSE_TO and nseg[2] == "من":
        return True
    return nseg[0] in _SPOKESMAN_HEADS and nseg[1] == "باسم" and strip_article(nseg[2]) in W.title


def _anonymous_source(s: _RoleSplit, seg: list[str], nseg: list[str], W: Vocabulary) -> _RoleSplit:
    """«مصدر في قيادة عمليات الأنبار»، «مسؤول في بلدية بيش»: an indefinite head of an unnamed source
    whose would-be name holds no person's name (no given name, no بن/أبو) is described, not named:
    the whole segment is its description (the guide: an unnamed source is named as written).

    Two or more bare words after a definite end of the role may still be a foreign name the lexicon
    lacks (مسؤول القيادات في الكشافة البريطانية نثان برنيس); after an indefinite noun they are its
    genitive (في حكومة إقليم كردستان)."""
    if s.name and _someone_elses_name(nseg, W):
        return _RoleSplit(" ".join(seg), None, s.gender)
    if not s.name or nseg[0] not in _ANONYMOUS_HEADS:
        return s
    nname = [norm_word(w) for w in s.name.split()]
    if any(given_name_length(nname, k) or is_name_particle(w) for k, w in enumerate(nname)):
        return s
    role_words = s.role.split() if s.role else []
    bare = len(nname) > 1 and all(w.isalpha() and not _has_article(w) for w in nname)
    if bare and role_words and _has_article(norm_word(role_words[-1])):
        return s
    return _RoleSplit(" ".join(seg), None, s.gender)


def _apposed_name(nseg: list[str], W: Vocabulary) -> bool:
    """Can a comma segment after the first be the name in apposition (وزير الخارجية، عادل الجبير؛
    المتحدث، العقيد تركي المالكي)? Not a definite common noun (أمير المنطقة، الدورة التاسعة…) nor a
    noun in construct with a definite feminine noun (قرار المنظمة): the verb's object after him."""
    first = nseg[0]
    if is_given_name(first) or strip_article(first) in W.honorific_bare:
        return True
    if first.startswith("ال") or first in NEVER_IN_NAME:
        return False  # (…، تم تخفيضها: a clause after the comma, «تم» no name)
    return not (len(nseg) > 1 and nseg[1].startswith("ال") and nseg[1].endswith("ة"))


def _named_with_role(s: _RoleSplit, nseg: list[str], W: Vocabulary) -> bool:
    """Does a comma segment name a person with his role: an honorific or a given name, then the
    name, with a role before or after it (الأمير سعود بن عبدالمحسن أمير منطقة حائل)?"""
    if not (s.name and s.role):
        return False
    return _leading_honorifics(nseg, W) > 0 or is_given_name(norm_word(s.name.split()[0]))


# ------------------------------------------------------------------ role and name of a person

def _split_role(seg: list[str], nseg: list[str], W: Vocabulary, quoted: frozenset[int] = frozenset()
                ) -> _RoleSplit:
    """("الرئيس الأمريكي دونالد ترامب") → role "الرئيس الأمريكي", name "دونالد ترامب".

    ``quoted`` holds the indices of words written inside quotation marks (مدير برنامج «فطن»):
    a quoted word after a role word is the name of a programme or body, part of the role.
    """
    if nationality_noun(nseg[0], W) and not given_name_length(nseg, 0):
        # «السويسري كريستيان غروس»: a nationality as a noun, then the name; alone or with a
        # description (السويسري المتوج بجائزة أفضل مدرب…) it describes the person, no name
        if len(nseg) > 1 and not nseg[1].startswith("ال") and nseg[1].isalpha() and nseg[1] not in NEVER_IN_NAME:
            rest = _split_role(seg[1:], nseg[1:], W, _shift(quoted, 1))
            if rest.name and not rest.role:
                return _RoleSplit(seg[0], rest.name, rest.gender or "m")
        if len(nseg) == 1 or nseg[1].startswith("ال"):
            return _RoleSplit(" ".join(seg), None, "m")
    h = _leading_honorifics(nseg, W)
    if h and h < len(nseg) and all(w in EPITHETS for w in nseg[h:]):
        return _RoleSplit(" ".join(seg), None, _title_gender(strip_article(nseg[0]), W))  # الملك المفدى: a description
    if h:
        surname_end = h + 1 + (len(nseg) == h + 2 and not nseg[h + 1].startswith("ال") and _content_word(nseg[h + 1], W))
        if len(nseg) == surname_end and (_family_name(nseg[h], W) or _surname_after_honorific(nseg[h], W)):
            # «العميد العتيبي»، «الدكتور العبدالجبار»: a rank or honorific, then the family name (and not
            # a bare noun of content glued after it, the verb's object: «الدكتور "العبدالجبار أهمية"»)
            return _RoleSplit(None, seg[h], _title_gender(strip_article(nseg[0]), W))
        return _split_role(seg[h:], nseg[h:], W, _shift(quoted, h))
    kin = _possessed_kin_before_name(seg, nseg, W, quoted)
    if kin is not None:
        return kin
    role_end, gender = _role_extent(nseg, W, quoted)
    if _kin_of_a_person(nseg, role_end, W) or _kin_named_after_the_other(nseg, W):
        # «شقيق الرئيس الراحل صدام حسين»، «وكيل مغنية الريف لين أندرسون»: the name is the genitive
        # person's; the speaker is the relative or agent, unnamed (the guide: his description)
        return _RoleSplit(" ".join(seg), None, gender)
    if role_end == 0:
        named_first = _name_then_role(seg, nseg, W, quoted)
        if named_first is not None:
            return named_first
        if _expertise_description(nseg, W):
            # «استشاري الطب النفسي»، «…، أخصائية التغذية»: a professional's noun and its field, no name
            return _RoleSplit(" ".join(seg), None, "f" if nseg[0].endswith("ة") else None)
    else:
        role_end = _nasab_start(nseg, _honorific_opening_name(nseg, role_end, W), W)
    return _name_after_role(seg, nseg, role_end, gender, W)


def _nasab_start(nseg: list[str], role_end: int, W: Vocabulary) -> int:
    """The role's end moved back to a given name no list holds when the role read ends with it and
    بن (…بفرع الهيئة بجازان [بيشي بن] عيسى الصرخي): the word before بن is always a given name."""
    if role_end >= 3 and nseg[role_end - 1] in ("بن", "ابن", "بنت"):
        w = nseg[role_end - 2]
        if w.isalpha() and len(w) >= 3 and not w.startswith("ال") and w not in W.title and w not in W.org:
            return role_end - 2
    return role_end


#: Relatives and agents of a person (without the article, normalised)
_KIN = frozenset({"شقيق", "شقيقة", "اخو", "اخت", "والد", "والدة", "زوج", "زوجة", "ابن", "ابنة", "نجل", "نجلة",
                  "ارملة", "حفيد", "حفيدة", "عم", "خال", "محامي", "محامية", "وكيل", "وكيلة"})


_KIN_GENDER = {"والدة": "f", "شقيقة": "f", "اخت": "f", "زوجة": "f", "ابنة": "f", "نجلة": "f", "ارملة": "f",
               "حفيدة": "f", "جدة": "f", "ام": "f", "عمة": "f", "خالة": "f"}


def _possessed_kin_before_name(seg: list[str], nseg: list[str], W: Vocabulary,
                               quoted: frozenset[int]) -> _RoleSplit | None:
    """«والدتها دوللي باكلاند»، «شقيقه محمد العلي»: a kinship noun with a possessive pronoun
    names the speaker's relation to someone mentioned before; the name after it is the speaker's
    own (his role is the kinship).  None when no name follows it."""
    kin = strip_pronoun(nseg[0])
    if len(nseg) < 2 or kin == nseg[0] or (kin not in _KIN and kin not in _KIN_GENDER) or kin in ("وكيل", "وكيلة", "محامي",
                                                                                                  "محامية") \
            or nseg[1].startswith("ال") or nseg[1] in PREPOSITIONS or nseg[1] in NEVER_IN_NAME \
            or not (is_given_name(nseg[1]) or nseg[1] not in W.title and nseg[1].isalpha()):
        return None
    rest = _split_role(seg[1:], nseg[1:], W, _shift(quoted, 1))
    if not rest.name or rest.role:
        return None
    gender = _KIN_GENDER.get(kin, "f" if kin.endswith("ة") else "m")
    return _RoleSplit(seg[0], rest.name, rest.gender or gender)

_NASAB_KIN = frozenset({"ابن", "ابنة", "اخو"})  # «محمد ابن سلمان»: a nasab inside a name, no kinship after it

_AGENTS_OF = frozenset({"لاعب", "لاعبة", "مغنية", "مغني", "مطرب", "مطربة", "فنان", "فنانة", "نجم", "نجمة"})


def _kin_of_a_person(nseg: list[str], role_end: int, W: Vocabulary) -> bool:
    """Does a relative's or an agent's title in construct with a person (شقيق الرئيس، وكيل
    مغنية، زوجة اللاعب) come before the name?  The name is then the person's, not the speaker's."""
    if len(nseg) < 3 or role_end < 2 or role_end >= len(nseg) or strip_article(nseg[0]) in W.honorific_bare:
        return False
    if nseg[0] not in _KIN or nseg[0] in ("ابن", "اخو") and role_end == 2 and is_given_name(nseg[1]):
        return False  # (ابن سلمان: a nasab, not "the son of")
    if nseg[role_end] in W.honorific or strip_article(nseg[role_end]) in W.honorific_bare:
        return False  # «والد الشهيد الشيخ فهد بن فهيد»: an honorific marks the speaker's own name
    b = strip_article(nseg[1])
    if b.endswith(("ين", "ون")) and not is_given_name(b):
        return False  # «وكيل أعمال اللاعبين المعروف غرم العمري»: of many, the name is his own
    if nseg[0] in ("وكيل", "وكيلة"):
        return b in _AGENTS_OF  # an agent of a player or a singer (وكيل محافظ الأحساء is the deputy governor)
    # (not a victim or the accused, الشهيد، المتهم: the relative's own name often follows them)
    return b in W.title and b not in ("متهم", "ضحية", "شاهد", "مواطن", "شخص") or b in W.honorific_bare


def _kin_named_after_the_other(nseg: list[str], W: Vocabulary) -> bool:
    """Does the name after «kin + a definite person noun» name that person, not the relative: after
    a family, which has no given name («أسرة الطفل "علاء"»), or when it takes the noun's gender,
    not the kin's («والدة المواطن عبدالرحمن»، «والد الطالبة سارة»: in apposition to the noun)?
    A name of the kin's gender may be either («والد الشهيد محمد»).  A feminine name ends in ة or
    اء; ضحية is of either gender."""
    if len(nseg) < 3:
        return False
    kin, noun, name = nseg[0], nseg[1], nseg[2]
    if not noun.startswith("ال") or noun == "الضحية" or not name.isalpha() or name in PREPOSITIONS \
            or name in NEVER_IN_NAME or strip_article(name) in W.honorific_bare or name in W.honorific:
        return False
    if kin in W.collective:
        return not name.startswith("ال")
    if kin not in _KIN or kin in ("وكيل", "وكيلة", "محامي", "محامية"):
        return False
    kin_gender = _KIN_GENDER.get(kin, "f" if kin.endswith("ة") else "m")
    noun_gender = "f" if noun.endswith("ة") else "m"
    name_gender = "f" if name.endswith(("ة", "اء")) else "m"
    return kin_gender != noun_gender and name_gender == noun_gender


def nationality_noun(w: str, W: Vocabulary) -> bool:
    """A definite nisba of a country the lexicon knows, used as a noun (السويسري، البولندي،
    الأرجنتيني: سويسرا، بولندا، الأرجنتين), not a family name (العتيبي: no country).

    >>> from attribution.lexicon.vocabulary import vocabulary
    >>> [nationality_noun(w, vocabulary()) for w in ("السويسري", "الارجنتيني", "العتيبي", "المصرية")]
    [True, True, False, False]
    """
    if not w.startswith("ال") or not w.endswith("ي") or len(w) < 6 or is_given_name(w[2:]):
        return False
    s = w[2:-1]
    return any(f in W.place for f in (s, s + "ا", s + "يا", "ال" + s, s + "ية", "ال" + s + "ية"))


#: Titles that are never an adjective at the end of a description (not كبير، مسؤول: مسؤول أمريكي كبير)
_HEADS_NEVER_ADJECTIVES = frozenset({"رئيس", "مدير", "امين", "نائب", "وزير", "عضو", "مستشار", "محافظ", "سفير",
                                     "قائد", "مساعد", "وكيل", "رئيسة", "مديرة", "وزيرة"})
_TEAMS = frozenset({"منتخب", "فريق", "نادي"})
#: Epithets after a title, no family name (الملك المفدى، ولي العهد الأمين، الرئيس الراحل; normalised)
EPITHETS = frozenset({"المفدي", "الامين", "الراحل", "المعظم", "الموقر", "الفقيد", "المغفور"})


def _family_name(w: str, W: Vocabulary) -> bool:
    """Can a definite word alone be a family name (العتيبي، العبدالجبار، الفيصل)?

    A nisba (…ي), an عبد- compound or a given name with the article; not a participle or an
    adjective (المتقاعد، السابق: «الجنرال المتقاعد» is a description).
    """
    b = strip_article(w)
    if not w.startswith("ال") or b in W.title or b in W.honorific_bare or w in W.adverbial or w == "الان" \
            or w in EPITHETS:
        return False  # (الآن، اليوم: adverbs)
    if b.endswith("ي") and len(b) > 3:
        return True  # a nisba: العتيبي، المطيري
    return not w.startswith("الم") and (b.startswith("عبد") or is_given_name(b))


def _surname_after_honorific(w: str, W: Vocabulary) -> bool:
    """«الدكتور العلق»، «المهندس الغبان»: a definite word alone after an honorific is a family name
    when it is no title, adverb, place or participle (الدكتور المعالج is a description)."""
    b = strip_article(w)
    return w.startswith("ال") and len(b) >= 3 and b not in W.title and b not in W.honorific_bare \
        and w not in W.adverbial and b not in W.place and not w.startswith("الم") and w not in EPITHETS


def _shift(quoted: frozenset[int], k: int) -> frozenset[int]:
    """The quoted indices of the segment's words from ``k`` on, counted from there."""
    return frozenset(q - k for q in quoted if q >= k)


def _leading_honorifics(nseg: list[str], W: Vocabulary) -> int:
    """How many honorifics open the segment (د.، الدكتور، الشيخ, سمو): neither role nor name.

    Only a definite or abbreviated honorific, or a form of address: "أستاذ علم الوراثة" is a
    role in construct.
    """
    h = 0
    while h < len(nseg) - 1 and (strip_article(nseg[h]) in W.honorific_bare and (
            nseg[h].startswith("ال") or len(nseg[h]) == 1 or nseg[h] in STYLES)
            or h and nseg[h] in RANK_QUALIFIERS and (nseg[h - 1].startswith("ال") or nseg[h - 1] in RANK_QUALIFIERS)):
        h += 1  # (الفريق ركن، اللواء متقاعد، العقيد مظلي: the rank's bare qualifier)
    return h


def _title_gender(b: str, W: Vocabulary) -> str | None:
    """وزيرة، مديرة → f; وزير → m; an honorific says nothing."""
    if b in W.title_f or (b in W.title and b.endswith("ة")):
        return "f"
    return "m" if b in W.title else None


def _role_extent(nseg: list[str], W: Vocabulary, quoted: frozenset[int]) -> tuple[int, str | None]:
    """Where the role that opens the segment ends (0: no role first), and its title's gender.

    A role is titles and honorifics, each with its construct and its complements:
    «نائب وزير الخارجية الروسية»، «المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان».
    """
    n = len(nseg)
    i = role_end = 0
    gender = None
    while i < n:
        b = strip_article(nseg[i])
        if b not in W.title and i == 0:
            b = strip_pronoun(b)  # نظيره الروسي، رئيستها
        if i > 0 and nseg[i][:1] == "و" and strip_article(nseg[i][1:]) in W.title and nseg[i][1:] not in W.honorific:
            b = strip_article(nseg[i][1:])  # «الصحافي ورئيس مؤسسة…»: a second title of the same person
        if i > 0 and _honorifics_before_name(nseg, i, W):
            break  # وزير الخارجية السعودي الأمير فيصل: the honorific opens the name
        if b not in W.title and b not in W.honorific_bare:
            break
        if b == nseg[i] and b not in W.title and nseg[i] not in W.honorific and is_given_name(b):
            break  # «المتحدث الرسمي، عماد منسي الزهراني»: a rank written only with its article (العماد،
            # الرائد) is, bare after a role, the given name Imad, Raed
        if i > 0 and nseg[i] != "باسم" and (_given_name_opening(nseg, i, W) or _title_word_as_given_name(nseg, i, W)):
            break  # «… لشركة أرامكو أمين الناصر»: أمين "secretary" is here the given name Amin
            # (متحدث باسم مطار…: باسم after a title is "on behalf of", not the name Basem)
        gender = gender or _title_gender(b, W)
        possessed = b != strip_article(nseg[i]) and b == strip_pronoun(nseg[i])  # رئيسه، نائبها: definite
        i += 1
        if i == 1 and _shared_construct(nseg, W):
            i += 1  # «إمام وخطيب المسجد النبوي»: the second title shares the construct
        if b in W.title and not nseg[i - 1].startswith("ال") and not possessed:
            i = _construct_end(nseg, i, W)  # (not «رئيسه باراك أوباما»: a possessed title takes no genitive)
            if i < len(nseg) and ((body := strip_article(nseg[i - 1])) in W.org or body in W.org_f):
                i = _org_proper_name_end(nseg, i, W)  # «رئيس بلدية محايل حمد آل درهم»: the body's own name
        i = role_end = _complement_end(nseg, i, W, quoted)
        named = _institution_end(nseg, i)
        if named > i:
            # «خطيب جامع الملك فيصل بأبها»: a mosque, hospital or university named after a person is
            # the role's, with the place after it; the person's name is no speaker's
            i = role_end = _complement_end(nseg, named, W, quoted)
    return role_end, gender


def _institution_end(nseg: list[str], i: int) -> int:
    """The end of an institution named after a person that the role's last words open (0: none)."""
    for j in range(max(0, i - 2), min(i + 1, len(nseg))):
        end = named_institution_end(nseg, j)
        if end > i:
            return end
    return 0


def _construct_end(nseg: list[str], i: int, W: Vocabulary) -> int:
    """After an indefinite title at ``i - 1``: the end of the construct it heads.

    A title without the article is in construct with the next noun: رئيس أركان الجيش، وزير
    خارجية روسيا, مصدر أمني مصري (while الرئيس بشار الأسد puts a name after a definite title).
    """
    n = len(nseg)
    if i >= n or nseg[i].startswith("ال") or (strip_article(nseg[i]) in W.honorific_bare and not _team_of(nseg, i)) \
            or not (i + 1 < n or adjective_like(nseg[i]) or _place_genitive(nseg, i)) or nseg[i] in CONSTRUCT_STOPS:
        return i
    if _team_of(nseg, i):
        task = _team_task_end(nseg, i + 1)
        if task:
            return task  # «قائد فريق مواجهة آثار العاصفة»: the team's task is a genitive chain, all role
    if nseg[i] in _SAINT and i + 2 <= n:
        return i + 2  # «مدرب سان جرمان لوران بلان»: "Saint" opens a two-word name, the club's or the city's
    i += 1
    # more indefinite adjectives: مصدر أمني مصري، مسؤول أمريكي رفيع
    while i < n and not nseg[i].startswith("ال") and adjective_like(nseg[i]) and nseg[i - 1] != "باسم":
        if i + 1 < n and not nseg[i + 1].startswith("ال") and not adjective_like(nseg[i + 1]):
            break  # the next word is a name: keep this one with it
        i += 1
    # nested construct: رئيسة قسم نشاط الطالبات
    while i + 1 < n and not nseg[i].startswith("ال") and (strip_article(nseg[i]) in W.portfolio or strip_article(nseg[i]) in W.org
                                                         or _genitive_of_body(nseg, i, W)) \
            and nseg[i + 1].startswith("ال"):
        i += 1
    return i


_SAINT = frozenset({"سان", "سانت", "سانتا"})  # Saint, before a name: سان جرمان، سانت إتيان، سانتا كروز


def _place_genitive(nseg: list[str], i: int) -> bool:
    """Is the last word ``i``, right after an indefinite title of governing (محافظ، أمير، رئيس بلدية),
    the place it governs (محافظ بيشة، أمير تبوك) rather than a person's one-word name?"""
    if i >= 1 and nseg[i] == "شرف":
        return True  # «عضو شرف»، «رئيس شرف»: "honorary", not the given name Sharaf
    return i == len(nseg) - 1 and i >= 1 and (nseg[i - 1] in _GOVERNING or i == 1) and nseg[i].isalpha() \
        and not is_given_name(nseg[i]) and not is_name_particle(nseg[i]) and nseg[i] not in ("امس", "غدا", "حاليا") \
        and strip_pronoun(nseg[i - 1]) == nseg[i - 1]  # (a title and its genitive alone; not «نظيره أمس»)


#: Titles of governing a place, whose genitive is the place: محافظ بيشة، أمير تبوك، رئيس بلدية القطيف.
_GOVERNING = frozenset({"محافظ", "امير", "والي", "حاكم", "عمدة", "رئيس", "مدير", "قائم", "مختار"})


def _genitive_of_body(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """Is word ``i`` an indefinite noun in construct after a body's head («هيئة كبار العلماء»،
    «مجلس شورى الدولة») rather than a name (رئيس هيئة الرياضة خالد…: خالد is a given name)?"""
    return i > 0 and strip_article(nseg[i - 1]) in W.org and not nseg[i - 1].startswith("ال") \
        and not is_given_name(nseg[i]) and not is_name_particle(nseg[i]) and strip_article(nseg[i]) not in W.honorific_bare


def _complement_end(nseg: list[str], i: int, W: Vocabulary, quoted: frozenset[int]) -> int:
    """The end of a title's complement chain from ``i`` (≥ 1): الخارجية الروسية، باسم الوزارة،
    لشؤون الأمن، في الموارد المائية، بمنطقة جازان."""
    n = len(nseg)
    while i < n:
        w = nseg[i]
        if _region_noun(nseg[i - 1]) in REGIONS and not w.startswith("ال") and not _has_article(nseg[i - 1]):
            i += 1  # بمنطقة جازان، محافظة جدة: the place after a region word (not after المدينة: Medina
            # takes no genitive)
        elif i + 1 < n and negated_adjective(nseg[i - 1], w, nseg[i + 1]):
            i += 2  # «مدير الجمعية غير الربحية»: a compound adjective "non-profit" of the role's body
        elif w == "باسم" and i + 1 < n:
            i += 2
            if i < n and not nseg[i - 1].startswith("ال") and not is_given_name(nseg[i]) \
                    and not is_name_particle(nseg[i]) and given_name_length(nseg, i) == 0:
                i += 1  # باسم مطار بلاكبوش: an indefinite head on behalf of which takes its genitive
                # (not باسم مدن سامي الحسيني، باسم تنظيم أبو محمد: the name follows)
        elif w[:1] == "ل" and len(w) > 3 and i + 1 < n and nseg[i + 1].startswith("ال") and not w.startswith("لل"):
            i += 1  # لنصرة الأشقاء، لسلام النقل: a purpose or genitive phrase inside the role
        elif w[:1] == "ب" and w[1:] in W.place and i + 1 < n and is_given_name(nseg[i + 1]):
            i += 1  # «مدير الشركة في سوريا بلبنان وليد…»: a place with ب belongs to the role
        elif _where_then_name(nseg, i, W):
            i += 2  # «المسؤول في جيش الإسلام بريف دمشق محمد علوش»، «مدير المدرسة بحي النسيم خالد…»: where, then the name
        elif w == "علي" and _given_name_opening(nseg, i, W) and not (i + 1 < n and _verbal_noun(nseg[i + 1], W)):
            break  # «مدير مكتب الجزيرة في بيروت علي هاشم»: علي is the name Ali, not على "on"
        elif w in ("ب", "بـ") and i + 1 < n and (i + 1) in quoted:
            i += 2  # «مسؤول تنفيذي بـ«فيسبوك»»: a detached preposition and a quoted name, where he works
        elif w in AFFILIATION_PREPOSITIONS and i + 1 < n:
            i += 1  # an affiliation: الخبير في الموارد المائية، مديرة المنتجات في جوجل
            if nseg[i] in W.org and i + 1 < n and not nseg[i + 1].startswith("ال"):
                i = _org_proper_name_end(nseg, i + 1, W)  # «في بنك سكوتيا»: the body noun, then its own name
            elif not nseg[i].startswith("ال") and i + 1 < n:
                i += 1  # the affiliation may be a name: في جوجل الشرق الأوسط
        elif is_given_name(w) and _honorific_before(nseg, i, W) and _in_construct_with_org(nseg, i - 1, W):
            i += 1  # «رئيس جامعة الملك سعود»: the king's name belongs to the university's
        elif is_given_name(w) and not _honorific_before(nseg, i, W):
            break  # «الزعيم المعارض الروسي أليكسي نافالني»: a given name opens the name (أليكسي is no ال-word)
        elif w[:1] == "و" and len(w) > 3 and not w.startswith("وال") and i + 1 < n and nseg[i + 1].startswith("ال") \
                and strip_article(w[1:]) not in W.title and not is_given_name(w[1:]):
            i += 2  # «رئيس لجنة الاتصالات والنقل وتقنية المعلومات»: a coordinated noun in construct
        elif definite_verbal_noun(w) and (_has_article(nseg[i - 1]) or nseg[i - 1] in W.place):
            break  # «مدير صحة جدة [التهنئة]»: a definite verbal noun is a genitive only after an indefinite noun
            # (مدير إدارة التخطيط); after a place or a definite word it is the verb's object
        elif _continues_role(w, i in quoted, W):
            if _honorifics_before_name(nseg, i, W):
                break  # an honorific before a name (الأمير فيصل، الأستاذ الدكتور جبريل)
            i += 1
            if strip_article(w[1:] if w[:1] in "لب" else w) in W.org:
                body, i = i, _org_proper_name_end(nseg, i, W)
                if i > body and i < n and nseg[i].startswith("ال"):
                    break  # «بحكومة طبرق الدباشي»: after the body's own name, the family name
            elif w[:1] in "لب" and not w[1:].startswith("ال") and i + 1 < n and not nseg[i].startswith("ال") \
                    and not is_given_name(nseg[i]) and is_given_name(nseg[i + 1]):
                i += 1  # «الناطق الإعلامي بصحة عسير سعيد…»: the construct's genitive, then the name
        else:
            break
    return i


_NOT_WHERE = frozenset({"بعد", "بين", "بدون", "بسبب", "بشان", "بخصوص", "بما", "بها", "بلا", "بعض", "بكل"})


def _where_then_name(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """Does word ``i`` open ب + an indefinite noun + its genitive, with a given name right after, inside a
    role: «بريف دمشق محمد»، «بحي النسيم خالد»، «بفرضة القطيف رضا» (where he serves, then his name)? A
    definite genitive needs a given name after it (not an honorific: «بجهود الأمير فيصل» is what was praised)."""
    n, w = len(nseg), nseg[i]
    if w[:1] != "ب" or len(w) < 3 or w.startswith("بال") or w in _NOT_WHERE or is_given_name(w) or i + 2 >= n:
        return False
    gen, nxt = nseg[i + 1], nseg[i + 2]
    if is_given_name(gen) or is_name_particle(gen) or (gen.startswith("ال") and strip_article(gen) in W.honorific_bare):
        return False
    if gen.startswith("ال"):
        return is_given_name(nxt) and not definite_verbal_noun(gen)
    return is_given_name(nxt) or strip_article(nxt) in W.honorific_bare


def _honorific_before(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """Is word ``i`` right after an honorific (الأمير فيصل، الملك سعود)? Then the honorific rule decides."""
    return i > 0 and strip_article(nseg[i - 1]) in W.honorific_bare


def _honorifics_before_name(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """Do honorifics start at ``i`` and lead to a name: «الأمير فيصل»، «الأستاذ الدكتور جبريل»?

    Not after an organisation in construct: «جامعة الملك سعود»، «مستشفى الملك فهد» name a body.
    """
    if _in_construct_with_org(nseg, i, W) or _team_of_title(nseg, i, W):
        return False
    j = i
    while j < len(nseg) and strip_article(nseg[j]) in W.honorific_bare:
        j += 1
    return j > i and j < len(nseg) and (not nseg[j].startswith("ال") or _honoured_family_name(nseg, i, j, W))


def _honoured_family_name(nseg: list[str], i: int, j: int, W: Vocabulary) -> bool:
    """Is the definite word ``j``, after the honorifics from ``i``, a family name they introduce
    («مدير المستشفى الدكتور الغامدي»)? Not a rank's qualifier before a bare name («العقيد البحري شبنان»),
    nor after a preposition, where the honorific word is a noun («مصدر في الفريق الشبابي»: the team)."""
    return _family_name(nseg[j], W) and not (j + 1 < len(nseg) and not nseg[j + 1].startswith("ال")) \
        and not (i and nseg[i - 1] in PREPOSITIONS)


def _team_of_title(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """Is الفريق at ``i`` the team, genitive of the indefinite title before it (لاعب الفريق، مدرب
    الفريق، طبيب الفريق), not the rank "lieutenant general" that opens a name (الفريق ضاحي خلفان)?
    A rank is nobody's: «لاعب الفريق محمد» is the team's player Mohammed."""
    return nseg[i] == "الفريق" and i > 0 and nseg[i - 1] in W.title and not nseg[i - 1].startswith("ال")


def _family_after_nisba(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """After an office closed by its nisba (وزير النفط الكويتي: an indefinite title in construct,
    not «المسؤول الأمني على الحدود»), is the ال-word after علي at ``i`` a
    family name of any shape (علي العمير، علي الموسى), not the object of على "on": no feminine,
    plural, verbal noun, place or noun of content (المشرف الفني على الفريق، … على المشروعات)?"""
    prev, nxt = nseg[i - 1] if i else "", nseg[i + 1]
    b = strip_article(nxt)
    return nseg[0] in W.title and prev.startswith("ال") and prev.endswith(("ي", "ية")) and len(prev) > 4 and nxt.startswith("ال") \
        and not nxt.endswith(("ة", "ه", "ات", "ين", "ون")) and not definite_verbal_noun(nxt) and b not in W.place \
        and nxt not in W.place and b not in W.content_head and b not in W.title and b not in W.org


def _given_name_opening(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """Does an indefinite given name at ``i`` open a name (a name word follows: بن، another given
    name, a family name), although the word is also a title or a preposition (أمين، أمير، علي)?"""
    if nseg[i].startswith("ال") or not (is_given_name(nseg[i]) or nseg[i] == "علي") or i + 1 >= len(nseg):
        return False
    nxt = nseg[i + 1]
    if is_name_particle(nxt) or is_given_name(nxt):
        return True
    if nseg[i] == "علي":
        # علي the name, not على "on": a bare word (علي عثمان) or a family name in ال-…ي/ان (علي الحربي،
        # علي الحرقان) follows, not a noun of a role (على إدارة، على الصعيد)
        if nxt.startswith(("لل", "بال")) or not nxt.isalpha():
            return False
        b = strip_article(nxt)
        role_noun = b in W.org or b in W.org_f or b in W.portfolio or b in W.title or b in W.doc or b in W.content_head
        if nxt.startswith("ال"):
            # (the family name closes the mention: «على الكرسي د. عودة الحازمي» has its name further on)
            closes = i + 2 == len(nseg) or is_name_particle(nseg[i + 2])
            then_phrase = i + 2 < len(nseg) and (nseg[i + 2].startswith(("لل", "بال")) or nseg[i + 2] in PREPOSITIONS)
            return (closes and family_name_shape(nxt) or (closes or then_phrase) and _family_after_nisba(nseg, i, W)) \
                and b not in AFTER_ALA and not role_noun
        return b not in AFTER_ALA and not role_noun and not tafil_shape(nxt)
    return nxt.startswith("ال") and (nxt.endswith("ي") or i + 2 == len(nseg))


def _in_institution_name(nseg: list[str], m: int) -> bool:
    """Is word ``m`` part of the name of an institution named after a person (جامعة الملك [سعود])?"""
    return any(named_institution_end(nseg, j) > m for j in range(max(0, m - 4), m))


def _place_apposition(nseg: list[str]) -> bool:
    """A segment after a comma describing a place (عاصمة إقليم بلوشستان، كبرى مدن الإقليم، إحدى قرى
    المحافظة): an apposition to the place before, no name of the speaker."""
    first = strip_article(nseg[0])
    return first in _PLACE_HEADS or first in REGIONS or (first in ("احدي", "كبري") and len(nseg) > 1
                                                          and strip_article(nseg[1]) in _PLACE_PLURALS)


_PLACE_HEADS = frozenset({"عاصمة", "عاصمه", "ضاحية", "حاضرة"})
_PLACE_PLURALS = frozenset({"مدن", "قري", "محافظات", "مناطق", "ولايات", "ضواحي"})


def _team_of(nseg: list[str], i: int) -> bool:
    """Is a bare «فريق» at ``i`` after a title "a team of" in construct with the noun after it (قائد فريق
    مواجهة آثار العاصفة، رئيس فريق العمل), not the rank before a name (قائد القوات فريق محمد…)?"""
    return nseg[i] == "فريق" and i + 1 < len(nseg) and not given_name_length(nseg, i + 1) \
        and not is_name_particle(nseg[i + 1])


def _team_task_end(nseg: list[str], j: int) -> int:
    """The end of a team's task after «فريق»: up to three bare nouns closed by a definite one (فريق
    [مواجهة آثار العاصفة]، فريق [إدارة الأزمة]); 0 when a name word comes first or no definite closes it."""
    k = j
    while k < len(nseg) and k - j < 3 and nseg[k].isalpha() and not nseg[k].startswith(("ال", "و", "لل", "بال")) \
            and not given_name_length(nseg, k) and not is_name_particle(nseg[k]):
        k += 1
    return k + 1 if k > j and k < len(nseg) and nseg[k].startswith("ال") and not is_given_name(strip_article(nseg[k])) else 0


def _title_word_as_given_name(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """Is the indefinite title word at ``i`` (after a role) a given name, the name ending one word later?

    «نائب الأمين العام للغرفة أمير سليهم»، «المتحدث باسم الجبهة قائد نصر»: a title in construct
    takes a genitive noun (قائد القوات، أمير منطقة الرياض); a bare name-like word that ends the mention
    is no genitive but the surname, so the title word is the given name Amir, Qaid.
    """
    if i + 2 != len(nseg) or nseg[i].startswith("ال") or nseg[i] not in W.title:
        return False
    nxt = nseg[i + 1]
    b = strip_article(nxt)
    return nxt.isalpha() and not nxt.startswith(("ال", "لل", "بال")) and not (adjective_like(nxt) and not is_given_name(nxt)) \
        and b not in W.title and b not in W.org and b not in W.portfolio and nxt not in W.place \
        and _region_noun(nxt) not in REGIONS and b not in W.honorific_bare and b not in W.group


def _org_proper_name_end(nseg: list[str], i: int, W: Vocabulary) -> int:
    """After an organisation noun inside a role, the end of the organisation's own name.

    «الرئيس التنفيذي لشركة زين»: the last word names the company; «المدير العام لشركة أرامكو أمين
    الناصر»: the words before the person's given name do.  The body's nationality follows its name
    (لنادي اشبيلية الإسباني أوناي ايمري: the name after it is the holder's), and a family name alone
    may close the mention (بحكومة طبرق الدباشي).  Otherwise the role ends here.
    """
    n = len(nseg)
    if i == n - 1 and not nseg[i].startswith("ال"):
        return n
    m = i
    while m < n and not nseg[m].startswith("ال") and not given_name_length(nseg, m) and nseg[m].isalpha():
        m += 1
    if m == i or _has_article(nseg[i - 1]):
        return m if m > i and m < n and given_name_length(nseg, m) else i  # (a definite body takes no name)
    k = m
    while k < n and nationality_noun(nseg[k], W):
        k += 1
    if k < n and given_name_length(nseg, k) or k > m and k < n and not nseg[k].startswith("ال"):
        return k
    if k == m == n - 1 and family_name_shape(nseg[m]):
        return m
    if any(w in _SPEECH_THINGS for w in nseg[i:]):
        return i  # («أمين عام غرفة مكة [كلمته]»: the verb's object)
    if m == n and m - i <= 2 or m < n and all(_body_name_genitive(w) for w in nseg[m:]):
        return n  # «مدير مستشفى سوق واقف»، «لهيئة موانئ البحر»: the body's own name closes the mention, no holder's
    if m == n == i + 3:
        return i + 1  # «قائد شرطة لامو كريسبوس موتالي»: a one-word name of the body, then the holder's two
    return i


def _body_name_genitive(w: str) -> bool:
    """A definite word closing a body's own name (موانئ [البحر]), not a family name (بحكومة طبرق الدباشي)."""
    return w.startswith("ال") and w.isalpha() and not family_name_shape(w) and not is_given_name(strip_article(w))


def _in_construct_with_org(nseg: list[str], i: int, W: Vocabulary) -> bool:
    """Is word ``i`` the genitive of an organisation noun in construct (جامعة الملك، لمؤسسة الأمير)?"""
    if i == 0 or strip_article(nseg[i - 1]) != nseg[i - 1]:
        return False  # (a definite word is no construct head: «وزير الثقافة والإعلام الدكتور عادل»)
    prev = nseg[i - 1][1:] if nseg[i - 1][:1] in "لب" else nseg[i - 1]
    return prev in W.org or prev in W.portfolio


def _has_article(w: str) -> bool:
    """الوزارة، بالمنطقة، للمدينة: the article, after a preposition or not."""
    return w.startswith(("ال", "بال", "لل", "وال"))


def _region_noun(w: str) -> str:
    """بمنطقة، لمحافظة، المدينة → the region noun without article or preposition."""
    b = strip_article(w)
    if b[:1] in "لب" and strip_article(b[1:]) in REGIONS:
        b = strip_article(b[1:])
    return b


def _continues_role(w: str, quoted: bool, W: Vocabulary) -> bool:
    """A word inside a role: definite, a place, a portfolio or organisation noun (with ل/ب),
    or a quoted name after a role word (مدير برنامج «فطن»)."""
    bw = strip_article(w)
    return w.startswith(("ال", "لل", "بال", "وال")) or w in W.place or bw in W.portfolio or bw in W.org \
        or (w[:1] in "لب" and (strip_article(w[1:]) in W.portfolio or strip_article(w[1:]) in W.org)) or quoted \
        or (w.startswith("ب") and strip_article(w[1:]) in W.org)


#: Titles of a second to someone (folded, no article): a description of the first is not them, and
#: another title is their genitive (نائب رئيس، مساعد مدير)
DEPUTY_HEADS = frozenset({"نائب", "نائبه", "مساعد", "مساعده", "وكيل", "وكيله", "مستشار", "مستشاره", "ولي"})


@functools.lru_cache(maxsize=None)
def _style_openings() -> frozenset[tuple[str, ...]]:
    """The first two words of each style of several words in speaker_titles.txt (خادم الحرمين)."""
    return frozenset(tuple(t.split()[:2]) for t in speaker_titles() if " " in t)


def _title_word_in_name(nseg: list[str], k: int, W: Vocabulary) -> bool:
    """Is the bare title word at ``k``, right after a name's word and right before another bare
    title, the name's last word (محمد رحيم [أمين] حاكم منطقة…، إسماعيل [قاضي] رئيس اللجنة)? Two
    titles meet only as a deputy's and its genitive (نائب رئيس، مساعد مدير); else the first is a name."""
    if not (0 < k < len(nseg) - 1) or fold(nseg[k]) in DEPUTY_HEADS:
        return False
    before, nxt = nseg[k - 1], nseg[k + 1]
    if tuple(fold(" ".join(nseg[k + 1:k + 3])).split()) in _style_openings():
        return False  # «أحمد قطان سفير [خادم الحرمين الشريفين]»: a style, the genitive of the title
    return not before.startswith("ال") and before.isalpha() and not is_name_particle(before) \
        and strip_article(before) not in W.title and before not in PREPOSITIONS \
        and not nxt.startswith("ال") and nxt in W.title and nxt not in W.title_f and nxt not in W.org \
        and given_name_length(nseg, 0) > 0


def _name_then_role(seg: list[str], nseg: list[str], W: Vocabulary, quoted: frozenset[int]) -> _RoleSplit | None:
    """A name first and its role after it, with no comma: "أحمد الحكيم رئيس قطاع السياسات"."""
    n = len(nseg)
    expert = _expertise_after_name(nseg, W)
    if expert is not None:
        # «خالد الحربي استشاري طب الأطفال»: a professional's noun in construct after a name is his
        # role in apposition (a comma is often left out), whatever follows it in the role
        return _RoleSplit(" ".join(seg[expert:]), " ".join(seg[:expert]), "f" if nseg[expert].endswith("ة") else None)
    apposed = _apposed_title(nseg, W)  # («… بن عبدالعزيز الرئيس العام لرعاية الشباب»: a definite role too)
    for k in range(1, n):
        if k == apposed or strip_article(nseg[k]) in W.title and not nseg[k].startswith("ال") and k + 1 < n \
                and not is_name_particle(nseg[k - 1]) and nseg[k - 1] not in PREPOSITIONS \
                and not _title_word_in_name(nseg, k, W):
            # (عبدالله بن مساعد: after بن a title word is a name; أحد العاملين في مؤسسة المياه: after
            # a preposition it is its object, no name ends on one)
            after = _split_role(seg[k:], nseg[k:], W, _shift(quoted, k))
            if not after.role:
                return None
            h = _inner_honorific(nseg, k, W)
            if h:
                # «الأكاديمية المتخصصة د. فاطمة السلمي عضو هيئة التدريس»: a description before the
                # honorific is a role too; the name starts after the honorific
                return _RoleSplit(f"{' '.join(seg[:h])}، {after.role}", " ".join(seg[h + 1:k]), after.gender)
            # (an honorific's word after a particle is the family's name: عبداللطيف بن عبدالملك آل الشيخ)
            kept = [(w, nw) for j, (w, nw) in enumerate(zip(seg[:k], nseg[:k]))
                    if strip_article(nw) not in W.honorific_bare or (j and is_name_particle(nseg[j - 1]))]
            while len(kept) > 1 and kept[0][1].startswith("ال") and kept[0][1].endswith("ي") \
                    and given_name_length([nw for _, nw in kept], 1):
                kept = kept[1:]  # «الشيخ البحريني سلمان …»: a nationality before the name is no part of it
            name = " ".join(w for w, _ in kept)
            if k == apposed and nseg[k].startswith("ال"):
                # «الشيخ عبدالله بن زايد المبعوث الأممي»: a definite role after a name may be his
                # (الرئيس العام لرعاية الشباب) or the verb's object (استقبل… المبعوث): only the name is sure
                return _RoleSplit(None, name or None, None)
            return _RoleSplit(after.role, name or None, after.gender)
    return None


def _inner_honorific(nseg: list[str], k: int, W: Vocabulary) -> int:
    """Where an honorific stands inside the words before ``k``, after a definite description that
    holds no given name and before a given name (0: none)."""
    for h in range(1, k - 1):
        if strip_article(nseg[h]) in W.honorific_bare and is_given_name(nseg[h + 1]):
            ok = nseg[0].startswith("ال") and not any(is_given_name(w) or is_name_particle(w)
                                                      or strip_article(w) in W.honorific_bare for w in nseg[:h])
            return h if ok else 0
    return 0


def _expertise_after_name(nseg: list[str], W: Vocabulary) -> int | None:
    """Where an indefinite professional's noun (lexicon ``expertise``: استشاري، أخصائي، أستاذ) in
    construct starts after a name that opens with a given name (None: nowhere): «سعد العتيبي [أخصائي
    التغذية]».  Not after a particle (عبدالله بن باحث) nor at the end: a construct needs its genitive."""
    expertise = W.expertise
    if not nseg or not given_name_length(nseg, 0):
        return None
    for k in range(1, len(nseg) - 1):
        if nseg[k] in expertise and not is_name_particle(nseg[k - 1]) and not is_given_name(nseg[k]) \
                and nseg[k + 1].isalpha() and nseg[k + 1] not in PREPOSITIONS:
            return k
        if not nseg[k].isalpha() or nseg[k] in PREPOSITIONS:
            return None
    return None


def _expertise_description(nseg: list[str], W: Vocabulary) -> bool:
    """Is a segment a professional's noun (lexicon ``expertise``) in construct with its field and
    no name in it: «استشاري طب الأطفال»، «أخصائية التغذية العلاجية» (a description, like الطبيب)?"""
    return len(nseg) > 1 and nseg[0] in W.expertise and not is_given_name(nseg[0]) \
        and nseg[1].isalpha() and nseg[1] not in PREPOSITIONS and not any(given_name_length(nseg, k) for k in range(1, len(nseg)))


def _honorific_opening_name(nseg: list[str], role_end: int, W: Vocabulary) -> int:
    """A definite honorific further on opens the name: "الأمين العام لسوق عكاظ الدكتور راشد الغامدي"."""
    for p in range(role_end, len(nseg) - 1):
        if nseg[p].startswith("ال") and strip_article(nseg[p]) in W.honorific_bare and not nseg[p + 1].startswith("ال") \
                and not (p and is_name_particle(nseg[p - 1])) and not _in_institution_name(nseg, p):
            # (آل الشيخ، بن الشيخ: a family's name, no honorific; جامعة [الملك] عبدالعزيز: the body's)
            while p > role_end and nseg[p - 1].startswith("ال") and strip_article(nseg[p - 1]) in W.honorific_bare:
                p -= 1  # «… الأستاذ الدكتور جبريل»: the run of honorifics opens the name
            return p
    return role_end


_FOR_HIM = frozenset({"له", "لها", "لهم", "لهما", "لهن", "لنا"})


def _name_after_role(seg: list[str], nseg: list[str], role_end: int, gender: str | None,
                     W: Vocabulary) -> _RoleSplit:
    """The role is the words before ``role_end``; the name is what follows, less honorifics."""
    role = " ".join(seg[:role_end]) or None
    rest, nrest = seg[role_end:], nseg[role_end:]
    # honorifics before the name are neither role nor name (الأمير فيصل بن فرحان → فيصل بن فرحان);
    # an indefinite one that is also a given name opens the name (مدير البرنامج رائد بن عبدالرحمن)
    while rest and strip_article(nrest[0]) in W.honorific_bare and len(rest) > 1 \
            and not (is_given_name(nrest[0]) and not nrest[0].startswith("ال")) \
            and not (role_end and _title_word_as_given_name(nrest, 0, W)):
        rest, nrest = rest[1:], nrest[1:]
    honoured = len(rest) < len(seg) - role_end
    while len(nrest) > 1 and nrest[0].startswith("ال") and nrest[0].endswith("ي") and given_name_length(nrest, 1):
        # «الشيخ البحريني سلمان بن إبراهيم»: a nationality between the honorific and the name
        role = " ".join(x for x in [role, rest[0]] if x)
        rest, nrest = rest[1:], nrest[1:]
    named = _named_after(rest, nrest)
    if named is not None:
        # «ساكن آخر في موسكو يدعى سيرجي»: what comes before "named" is the description
        k, rest, nrest = named
        role = " ".join(x for x in [role, " ".join(seg[role_end:role_end + k])] if x) or None
    if role_end and nrest and (nrest[0] in ("ل", "لـ") or _place_apposition(nrest)):
        rest, nrest = [], []  # «مصدر أمني لـ«الشرق الأوسط»»: the paper he spoke to; «… كويتا عاصمة إقليم…»: the place's
    if role_end and nrest and nrest[0][:1] == "ل" and not nrest[0].startswith("لل") \
            and (strip_pronoun(nrest[0][1:]) != nrest[0][1:] or nrest[0] in _FOR_HIM):
        # «المستشار الخاص لسموه»، «المتحدث الرسمي لها»: ل + a pronoun, a complement of the role, no name
        role, rest, nrest = " ".join(seg), [], []
    if role_end and nrest and definite_verbal_noun(nrest[0]):
        rest, nrest = [], []  # (where the role ended at a verbal noun, see _complement_end: no name follows)
    k = _agreeing_adjective_end(nrest) if role_end else 0
    if k and k < len(rest):
        # «الرئيس التنفيذي لشركة زين السعودية حسان قباني»: a feminine adjective agrees with the
        # organisation of the role; a man's name holds none, so the name starts after it
        role = " ".join(x for x in [role, " ".join(rest[:k])] if x) or None
        rest, nrest = rest[k:], nrest[k:]
    k = _genitive_chain_end(nrest) if role_end and not _has_article(nseg[role_end - 1]) else 0
    if k:
        # «قائد مقاتلي عشائر محافظة الأنبار غسان العيثاوي»: the construct goes on to its definite
        # genitive, and the name starts at the given name after it
        role = " ".join(x for x in [role, " ".join(rest[:k])] if x) or None
        rest, nrest = rest[k:], nrest[k:]
    if rest and role_end and strip_pronoun(nrest[0]) in W.title and nrest[0] != strip_pronoun(nrest[0]):
        rest, nrest = [], []  # "الوزير نظيره الروسي": a second person (his counterpart), not a name
    kept, nkept = _without_role_after_name(rest, nrest, W)
    if role and len(kept) < len(rest) and (nrest[len(kept)] in W.title or nrest[len(kept)] in W.name_role):
        # «صاحب السمو الملكي الأمير خالد الفيصل [أمير منطقة مكة المكرمة]»: his post after his name is
        # his role too (a style before the name is no post: «سمو أمير المنطقة» names him by the
        # post); an indefinite title in construct only: a definite one is as often the verb's
        # object (استقبل الوزير فلان [المبعوثَ الأممي])
        role = f"{role}، {' '.join(rest[len(kept):])}"
    elif len(kept) + 1 < len(rest) and nrest[len(kept) + 1] in FORMER_OR_CURRENT:
        role = " ".join(x for x in [role, " ".join(rest[len(kept):])] if x)  # «الغرافة [البطل السابق]»
    rest, nrest = kept, nkept
    inner = next((k for k in range(len(nrest) - 2, 0, -1) if strip_article(nrest[k]) in W.honorific_bare
                  and nrest[k] not in W.title and is_given_name(nrest[k + 1]) and not is_name_particle(nrest[k - 1])), None)
    if inner is not None and (any(is_given_name(nrest[m]) and not _in_institution_name(nrest, m) for m in range(inner))
                              or _in_institution_name(nrest, inner + 1)):
        inner = None  # (a name already before it: «محمد المومني … الأمير محمد بن سلمان»، «المهندس خالد الفالح
        # الأمير سعود» are another person; not the king of «جامعة الملك سعود»)
    if inner is not None:
        # «المدير العام لبرنامج مستشفى قوى الأمن د. سليمان السحيمي»: an honorific inside opens the
        # name, what stands before it is the role's
        role = " ".join(x for x in [role, " ".join(rest[:inner])] if x) or None
        rest, nrest = rest[inner + 1:], nrest[inner + 1:]
    rest, nrest = _without_adverbials(rest, nrest, W)
    if role is None and not role_end:
        role, rest, nrest = _description_before_name(rest, nrest, honoured, W)
    role, rest, nrest = _name_tail(role, rest, nrest, role_end, nseg, W, honoured)
    if role and not rest and len(role.split()) > 2 and norm_word(role.split()[-1]) in _HEADS_NEVER_ADJECTIVES:
        role = role.rsplit(" ", 1)[0]  # «أمين العاصمة المقدسة [رئيس]»: a second title cut short
    name = " ".join(rest) or None
    if name and role is None and len(rest) == 1 and nrest[0].startswith("ال"):
        return _RoleSplit(None, None, gender)  # a bare definite noun that is not a title (الجانب) is no name
    return _RoleSplit(role, name, gender)


def _description_before_name(rest: list[str], nrest: list[str], honoured: bool,
                             W: Vocabulary) -> tuple[str | None, list[str], list[str]]:
    """With no role read first: a description the lexicon does not know, then a name («بطلة التزلج
    الأولمبية السابقة تاتيانا نافكا»، «المهاجم السويدي زلاتان إبراهيموفيتش»): the words before the
    name are the role."""
    k = _first_given_name(nrest) or _name_after_description(nrest)
    k = _unknown_name_start(nrest, k, W) if k else k
    if k and _in_institution_name(nrest, k):
        # «كلية الطب بجامعة الملك عبدالعزيز»: the king's name is the university's, the whole is one
        # name; a definite word first (the honorific's: «الأستاذ [المشارك] بجامعة الملك…») a description
        if honoured or nrest[0].startswith("ال"):
            return " ".join(rest), [], []
        return None, rest, nrest
    if k:
        return " ".join(rest[:k]), rest[k:], nrest[k:]
    return None, rest, nrest


def _name_tail(role: str | None, rest: list[str], nrest: list[str], role_end: int, nseg: list[str],
               W: Vocabulary, honoured: bool = False) -> tuple[str | None, list[str], list[str]]:
    """The last cuts between a role and the name after it (:func:`_name_after_role`): words of the
    role's complement that follow it (a ب/ل-place, باسمها, a genitive before a given name), the
    verb's object or a clause's words after it (حديثه، شباب الأمة، ذلك في هذيل)."""
    second = strip_article(nrest[0][1:]) if rest and nrest[0][:1] == "و" else ""
    if role and second and not is_given_name(nrest[0]) and (len(rest) == 1 and not is_given_name(second) or (
            (second in W.org or second in W.title or second in _TEAMS)
            and not any(given_name_length(nrest, m) for m in range(1, len(nrest))))):
        # «رئيس لجنة الاتصالات والنقل وتقنية»: cut short, no name; «قائد أرسنال ومنتخب إنجلترا
        # السابق»: a second body of the role, no name after it
        role, rest, nrest = " ".join([role] + rest), [], []
    cut = _owned_noun(nrest, W)
    if cut is not None:
        rest, nrest = rest[:cut], nrest[:cut]  # «والد الشهيد حديثه»: the verb's object, his speech
    cut = _object_after_name(rest, nrest, W)
    if cut is not None:
        rest, nrest = rest[:cut], nrest[:cut]
    if role and rest and nrest[0] in ON_BEHALF:
        role, rest, nrest = f"{role} {rest[0]}", rest[1:], nrest[1:]  # «المتحدث باسمها مين كيونج ووك»: her spokesman
    if role and len(rest) > 1 and nrest[0][:1] in "لب" and (nrest[0][1:] in W.place or nrest[0][1:] in REGIONS):
        # «رئيسة المركز الدولي للدراسات… بتونس بدرة قعلول»: a ب/ل-place is the role's, whatever name follows
        role, rest, nrest = f"{role} {rest[0]}", rest[1:], nrest[1:]
    if role and rest and nrest[0][:1] in "لب" and len(nrest[0]) > 3 and not is_given_name(nrest[0]) \
            and len(rest) > 1 and given_name_length(nrest, 1):
        # «الأمين العام لأوبك عبد الله البدري»: a ل/ب-genitive before a given name is the role's
        # (alone it may be a name: لافروف، بوتين)
        role, rest, nrest = f"{role} {rest[0]}", rest[1:], nrest[1:]
    if role and len(nrest) == 1 and _verbal_noun(nrest[0], W):
        # «مسؤول تسجيل [الغذاء]»: the title's genitive, cut short; «الأمين العام أهمية…»: the object
        role = role if nrest[0] in W.content_head else f"{role} {rest[0]}"
        rest, nrest = [], []
    if role_end and nseg[role_end - 1].startswith("ال") and _object_construct(nrest) \
            and not (_diminutive_family(nrest[1]) and nrest[1] not in W.place and strip_article(nrest[1]) not in W.place):
        # «وطالب إمام المسجد شباب الأمة بـ…»: the verb's object, no name (but «الشاعر حميدان
        # الشويعر»: a family name of the diminutive shape ends a name the lexicon does not know)
        rest, nrest = [], []
    if role and len(role.split()) > 1 and norm_word(role.split()[-1]) in PREPOSITIONS \
            and not given_name_length(nrest, 0):
        # «وقال الشاعر في مثل ذلك…»: a preposition ends no role; what follows it is an adverbial
        role, rest, nrest = role.rsplit(" ", 1)[0], [], []
    cut = next((k for k, w in enumerate(nrest) if w in NEVER_IN_NAME), None) if role else None
    if cut is not None:
        # no personal name holds a function word: the name is after the last one when a given name
        # opens it (مدير عام مبيعات كبار العملاء في شركة موبايلي [عذبي العقيل]), else before the first
        # («الشاعر في مثل [ذلك في هذيل]»، «السفيرة الأميركية لدى [بوروندي]»)
        last = max(k for k, w in enumerate(nrest) if w in NEVER_IN_NAME)
        k = next((m for m in range(last + 1, len(nrest)) if given_name_length(nrest, m)
                  and not _in_institution_name(nrest, m)), None)  # (not جامعة الملك [عبدالعزيز]: the body's)
        if k is not None:
            role, rest, nrest = " ".join([role] + rest[:k]), rest[k:], nrest[k:]
        else:
            rest, nrest = rest[:cut], nrest[:cut]
    last = norm_word(role.split()[-1]) if role else ""
    place_before = last in W.place or (last[:1] in "بل" and last[1:] in W.place)
    if role and len(rest) == 1 and nrest[0].startswith("ال") and not honoured and (
            nrest[0].endswith("ية") and not is_given_name(nrest[0][2:]) or place_before):
        # («… بمكة [المكرمة]»: the place's adjective; not after an honorific: «… في جدة الأستاذ [الزايدي]»)
        role, rest, nrest = f"{role} {rest[0]}", [], []  # «مصدر لم تسمه بوزارة الخارجية [الروسية]»: its adjective
    while role and len(rest) > 1 and nrest[0] in W.honorific and not is_given_name(strip_article(nrest[0])) \
            and not is_name_particle(nrest[1]):
        rest, nrest = rest[1:], nrest[1:]  # «… في مكة المكرمة [الأستاذ] الزايدي»: an honorific the cuts left opens no name
    while rest and nrest[-1] in _SPEECH_THINGS:
        rest, nrest = rest[:-1], nrest[:-1]  # «أمير المنطقة [رسالة]…»، «ماري سميث [كلمة]»: the verb's object
    return role, rest, nrest


#: what a speaker delivers, as the verb's object after his name (accusative or with his pronoun; a
#: narrower list than STATEMENT_NOUNS: a bare تصريحات or حديث "recent" may stand alone as a mention)
_SPEECH_THINGS = frozenset({"رسالة", "كلمة", "بيانا", "خطابا", "كلمته", "رسالته", "برقية", "تصريحا", "حديثا",
                            "محاضرة", "درسا", "خطبة", "قصيدة"})


#: Function words no personal name holds (normalised; علي is also Ali, من/في end it earlier)
NEVER_IN_NAME = NOT_IN_NAME | (PREPOSITIONS - {"علي", "ب", "ل", "حول"}) | {
    "ذلك", "تلك", "هذا", "هذه", "هؤلاء", "مثل", "عدة", "عده", "قد", "لقد", "ثم", "او", "حيث", "كما", "لكن",
    "تم", "تمت", "يتم", "تتم", "سيتم"}  # (the passive's auxiliary "was done": a verb, never a name word)


#: Prepositions right after an imperfect verb joined by و to a name («… ويعمل في…», not ويلسون).
_AFTER_VERB = frozenset({"في", "من", "علي", "الي", "مع", "عن", "منذ", "لدي"})


def _without_role_after_name(rest: list[str], nrest: list[str], W: Vocabulary) -> tuple[list[str], list[str]]:
    """The name without a role after it: «ماهر بن صالح جمال [رئيس]»، «سعود بن نايف بن عبدالعزيز
    [أمير المنطقة الشرقية]» (after بن a title word is a name: عبدالله بن مساعد), nor a kinship after
    it: «حمزة الحكيم [عم عبدالله]»، «خولة الخطيب [والدة ملك]» (his role, the genitive another's name)."""
    kin = next((k for k in range(1, len(nrest) - 1) if nrest[k] in _KIN and nrest[k] not in _NASAB_KIN
                and not is_name_particle(nrest[k - 1]) and nrest[k - 1] != "فان"), None)  # (not لويس فان خال: Dutch van)
    if kin is not None:
        rest, nrest = rest[:kin], nrest[:kin]
    while len(rest) > 2 and strip_article(nrest[-1]) in W.title and not nrest[-1].startswith("ال") \
            and not is_name_particle(nrest[-2]):
        rest, nrest = rest[:-1], nrest[:-1]
    cut = _apposed_title(nrest, W)
    if cut is None:
        # «الغرافة البطل السابق»: a definite noun that is former or current describes the name before it
        # (after a name, not a title: «السفير [السعودي السابق]» is one role; a nisba is the role's adjective)
        cut = next((k for k in range(1, len(nrest) - 1) if nrest[k].startswith("ال") and nrest[k + 1] in FORMER_OR_CURRENT
                    and not nrest[k].endswith(("ي", "ية")) and not is_name_particle(nrest[k - 1])
                    and strip_article(nrest[0]) not in W.title and strip_article(nrest[0]) not in W.honorific_bare), None)
    if cut is None:
        cut = next((k for k in range(2, len(nrest) - 1) if nrest[k].startswith("ال") and strip_article(nrest[k]) in W.honorific_bare
                    and is_given_name(nrest[k + 1]) and is_given_name(nrest[0]) and not is_name_particle(nrest[k - 1])), None)  # «خالد الفالح [الأمير سعود…]»: another person
    return (rest[:cut], nrest[:cut]) if cut is not None else (rest, nrest)


def _without_adverbials(rest: list[str], nrest: list[str], W: Vocabulary) -> tuple[list[str], list[str]]:
    """The name without a clause, a preposition phrase or an adverb in it: «عثمان الغامدي [ويعمل في…]»
    (an imperfect verb after و, then its preposition), «دونيس [بالمعسكر الإعدادي]»، «توفيق [الآن]»."""
    cut = next((k for k, w in enumerate(nrest[:-1]) if k and w.startswith(("وي", "وت")) and len(w) == 5
                and nrest[k + 1] in _AFTER_VERB), None)
    if cut is None:
        cut = _preposition_phrase(nrest, W)
    if cut is not None:
        rest, nrest = rest[:cut], nrest[:cut]
    cut = next((k for k, w in enumerate(nrest) if k and (w.startswith("ال") and w in W.adverbial or w == "الان")
                and not regnal_ordinal(nrest[k - 1], w)), None)  # (عبدالله الثاني: a regnal number)
    return (rest[:cut], nrest[:cut]) if cut is not None else (rest, nrest)


def _apposed_title(nrest: list[str], W: Vocabulary) -> int | None:
    """Where a title in construct starts after a name (None: nowhere): «سعود بن نايف بن عبدالعزيز
    [أمير المنطقة الشرقية]».  An indefinite title with a definite genitive is a role in apposition;
    right after a particle the word is a name (عبدالله بن مساعد)."""
    for k in range(2, len(nrest) - 1):
        w = nrest[k]
        nxt = nrest[k + 1]
        bare = not w.startswith("ال")
        if (strip_article(w) in W.title or bare and w in W.name_role) and not is_name_particle(nrest[k - 1]) \
                and (nxt.startswith("ال") or _region_noun(nxt) in REGIONS or bare and (nxt in W.title or nxt in W.org)) \
                and any(given_name_length(nrest, m) for m in range(k)) and not _title_word_in_name(nrest, k, W):
            return k  # (a definite one too: «… بن عبدالعزيز [الرئيس العام لرعاية الشباب]»; «[نائب أمير منطقة حائل]»;
            # a body in construct: «عمرو عبدالرازق [رئيس محكمة أمن الدولة]»)
    return None


def _diminutive_family(w: str) -> bool:
    """An ال-word of the diminutive shape فُوَيْعِل / فُوَيْعِلان, common in family names (الشويعر،
    الهويمل، الدويش، الصويان), hardly ever a common noun's definite genitive (a place may be one:
    الكويت، السويد — the caller asks).

    >>> _diminutive_family("الشويعر"), _diminutive_family("الدويش"), _diminutive_family("الامة")
    (True, True, False)
    """
    return w.startswith("ال") and len(w) >= 6 and w[3] == "و" and w[4] == "ي" and not w.endswith("ة")


def _object_construct(nrest: list[str]) -> bool:
    """Do the words after a role open a construct of common nouns (شباب الأمة، أبناء الوطن) rather
    than a name? A name opens with a given name or a foreign word, and a family name with the
    article is a nisba (…ي) or a given name (البدير is no given name but ends no construct either:
    only a first word that is no given name, before a definite non-nisba word, is read so)."""
    if len(nrest) < 2 or nrest[0].startswith("ال") or is_given_name(nrest[0]) or is_name_particle(nrest[0]) \
            or given_name_length(nrest, 0):
        return False
    second = nrest[1]
    return second.startswith("ال") and not second.endswith("ي") and not is_given_name(second[2:]) and len(second) > 4


def _owned_noun(nrest: list[str], W: Vocabulary) -> int | None:
    """Where a noun of speech with a possessive pronoun stands in a would-be name (حديثه، كلمته،
    تصريحاته): no name holds one; it is the object of the verb before the subject."""
    for k, w in enumerate(nrest):
        bare = strip_pronoun(w)
        if bare != w and (bare in W.speech or bare in W.doc or bare[:-1] + "ة" in W.doc) and not is_given_name(w):
            return k
    return None


def _preposition_phrase(nrest: list[str], W: Vocabulary | None = None) -> int | None:
    """Where a preposition phrase starts inside a would-be name (None: nowhere before its end).

    «دونيس بالمعسكر الإعدادي» → 1.  A given name that begins like ب/ل (بدر، لينا) is no phrase,
    and علي after a given name is the name Ali (محمد على المقدشي).
    """
    for k, w in enumerate(nrest):
        if k and w.startswith(("بال", "لل")) and not is_given_name(w):
            return k
        if k and w[:1] in "لب" and w[1:4] == "است" and len(w) >= 7 and w[-2] == "ا" and not nrest[k - 1].startswith("ال"):
            return k  # «ساها [لاستئصال المرارة]»: a purpose phrase (استفعال) right after the bare name
        if 2 <= k <= 4 and w.startswith("الم") and k + 1 < len(nrest) and _a_name_before(nrest, k, W):
            nxt = nrest[k + 1]
            if nxt == "الي":
                return k  # «تيم نونان المنتمي إلى الاتحاد»: a participle and its complement
            if not w.endswith(("ي", "ية", "يه")) and (nxt[:1] in "بل" or nxt in ("في", "عن", "علي", "من")):
                return k  # «جيركي كتاينن المكلف بملف النمو»: a participle and its complement describe him
        if k and w in ("في", "من", "عن", "الي", "مع") and is_given_name(nrest[0]):
            return k  # (not «عدد من المسؤولين»: a quantifier and its group)
    return None


def _a_name_before(nrest: list[str], k: int, W: Vocabulary | None) -> bool:
    """Are the words before ``k`` a name: no preposition, quantifier, title or organisation word?"""
    before = nrest[:k]
    if any(x in ("من", "في", "عن", "علي", "الي", "احد", "احدي", "بعض") for x in before):
        return False
    return W is None or not any((b := strip_article(x)) in W.title or b in W.org or b in W.org_f for x in before)


def _named_after(rest: list[str], nrest: list[str]) -> tuple[int, list[str], list[str]] | None:
    """«… يدعى سيرجي»، «… واسمه الكامل …»: (words before, the name, its normalised words)."""
    for k, w in enumerate(nrest):
        if w in NAMED_WORDS and 0 < k < len(rest) - 1 or (w in NAMED_WORDS and k == 0 and len(rest) > 1):
            m = k + 1
            while m < len(nrest) and (nrest[m] in NAMED_WORDS or nrest[m] in ("الكامل", "الحقيقي")):
                m += 1
            if m < len(rest):
                return k, rest[m:], nrest[m:]
    return None


def _agreeing_adjective_end(nrest: list[str]) -> int:
    """After how many words of the would-be name the last definite feminine word ends (0: none).

    «زين السعودية حسان قباني» → 2: «السعودية» agrees with a feminine head (شركة) before it; a
    name does not hold a definite feminine word before its last one (a family name may end in ة:
    أحمد الجمعة).
    """
    end = 0
    for k, w in enumerate(nrest[:-1]):
        if k + 1 < len(nrest) and given_name_length(nrest, k) and (
                is_name_particle(nrest[k + 1]) or (not k and nrest[k + 1].startswith("ال") and not nrest[k + 1].endswith("ة"))):
            # (a name has begun: «عبدالله بن فهد التهنئة…» is the verb's object after it; «خالد
            # الفيصل أمير منطقة… اللجنة الإشرافية»: the roles after his name)
            break
        if w.startswith("ال") and w.endswith("ة") and len(w) > 4 and not (
                k == 1 and given_name_length(nrest, 0) and not any(given_name_length(nrest, j) for j in range(2, len(nrest)))):
            end = k + 1  # (after a given name with no name after it, a family name: «عمر السومة [مهاجم النادي]»)
    return end


def _genitive_chain_end(nrest: list[str]) -> int:
    """After a role ending in an indefinite noun, where its chain of genitives ends when a given
    name follows it (0: no such chain).

    Indefinite nouns in construct run on to a definite one (and its definite adjectives):
    «[عشائر محافظة الأنبار] غسان العيثاوي» → 3.  A word that is a given name or a particle opens
    the name instead.
    """
    n, k = len(nrest), 0
    while k < n and nrest[k].isalpha() and not _has_article(nrest[k]) and not given_name_length(nrest, k) \
            and not is_name_particle(nrest[k]):
        k += 1
    if k == 0 or k >= n or not nrest[k].startswith("ال") or given_name_length(nrest, k):
        return 0
    k += 1
    while k < n and nrest[k].startswith("ال") and not given_name_length(nrest, k):
        k += 1
    return k if k < n and given_name_length(nrest, k) else 0


def _name_after_description(nrest: list[str]) -> int:
    """Where a name starts after a definite noun and its nisba adjective (0: nowhere): «المهاجم
    السويدي زلاتان إبراهيموفيتش» → 2.  The name is one to three words with no article."""
    k = 0
    while k < len(nrest) and nrest[k].startswith("ال"):
        k += 1
    if k < 2 or not nrest[k - 1].endswith(("ي", "ية")) or not 1 <= len(nrest) - k <= 3:
        return 0
    return k if all(w.isalpha() and not w.startswith(("ال", "لل", "بال")) for w in nrest[k:]) else 0


_UNKNOWN_NAME_MAX = 2  # the most words of a name before the first given name the lexicon knows


def _unknown_name_start(nrest: list[str], k: int, W: Vocabulary) -> int:
    """Where the name starts when indefinite words stand between the description and the given name
    at ``k``: a definite noun takes no genitive and an indefinite adjective does not agree with it, so
    a bare word after it opens the name («الطالبة [يار] بهجت منشي» → يار بهجت منشي)."""
    j = k
    while j > 1 and k - j < _UNKNOWN_NAME_MAX and _bare_name_word(nrest[j - 1], W):
        j -= 1
    if j == k or not nrest[j - 1].startswith("ال") or strip_article(nrest[j - 1]) in W.honorific_bare:
        return k
    return j


def _bare_name_word(w: str, W: Vocabulary) -> bool:
    """Could ``w``, an indefinite word after a definite one, be a name the lexicon does not know (not a
    function word, adverb, place, title, body, honorific, nor a prepositional phrase: بجامعة، لشركة)?"""
    if not w.isalpha() or w.startswith("ال") or len(w) < 2 or w in NEVER_IN_NAME or w in W.adverbial \
            or w in W.place or w in W.title or w in W.org or w in W.honorific_bare or w in W.doc or w in W.group \
            or is_name_particle(w) or (w.endswith("ا") or w[:1] == "و") and not is_given_name(w):
        return False  # (ويرجو، ويدعى: a verb after و, no name)
    inner = w[1:]
    return not (w[:1] in "وبلفك" and (inner.startswith("ال") or inner in W.place or inner in W.org or inner in W.title))


def _first_given_name(nrest: list[str]) -> int:
    """Index of the first given name after at least one word of description (0: none).

    Only when the words before it are not names themselves: a definite word or a known noun.
    """
    if given_name_length(nrest, 0) > 1:
        return 0  # «صلاح الدين عبد الكريم»: a compound given name opens the name (الدين is no description)
    for k in range(1, len(nrest)):
        if k > 1 and is_name_particle(nrest[k - 2]) and nrest[k - 1].startswith("ال") \
                and strip_article(nrest[k - 1]) in vocabulary().honorific_bare:
            continue  # (إسماعيل بن الشيخ أحمد: the honorific after a particle is the family's name)
        if given_name_length(nrest, k) and any(w.startswith("ال") for w in nrest[:k]) \
                and not is_name_particle(nrest[k - 1]):
            return k
    return 0
