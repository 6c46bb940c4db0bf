"""Topics of claims and near-duplicate claim clusters.

Two ways to give a claim its topics:

* **automatic** (:func:`assign_topics` without a taxonomy): key terms of the claim — noun
  phrases kept whole (``الانتخابات الرئاسية الأمريكية``, ``مجلس الأمن``), name-like idafa
  (``مدينة بوسطن``) and single named things (``روسيا``) — with stop words, reporting verbs,
  time words and numbers removed.  Each topic is a ``(key, label)`` pair: the *key* is a
  folded, lightly stemmed form that merges spelling variants across the corpus
  (``الانتخابات الأمريكية`` and ``للانتخابات الامريكية`` share ``انتخاب امريكي``); the *label*
  is the phrase as written, with its article, so a journalist recognises it.
* **controlled** (with a :class:`Taxonomy` from :func:`load_taxonomy`): the user's own topic
  labels, each with keywords or regular expressions matched on folded text; keys are
  ``"tax:<label>"``.

:func:`cluster_claims` groups near-duplicate claims (the same agency sentence reprinted by
several outlets) with word shingles and an inverted index, so it never compares all pairs.
"""
from __future__ import annotations

import json
import re
import zlib
from itertools import combinations, repeat
from operator import is_
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

from attribution.lexicon.datafiles import data_text
from attribution.text.morph import NISBA_ENDINGS
from attribution.text import normalize
from attribution.text.normalize import strip_marks
from attribution.errors import AttributionError, read_user_file

__all__ = [
    "Taxonomy",
    "TaxonomyError",
    "assign_topics",
    "best_label",
    "best_labels",
    "caseless_fold",
    "claim_shingles",
    "claim_topics_and_shingles",
    "cluster_claims",
    "cluster_shingle_sets",
    "key_terms",
    "load_taxonomy",
    "near_duplicates",
    "stem",
    "stopwords",
]

#: At most this many topics per claim, best first.
MAX_TOPICS = 3
#: Longest term kept whole; longer chains are cut (Arabic idafa rarely needs more).
MAX_TERM_WORDS = 4


class TaxonomyError(AttributionError):
    """A user topics file cannot be read or is malformed (the message names the line)."""


# ---------------------------------------------------------------------------- normalisation

def caseless_fold(text: str) -> str:
    """The project's comparison key (:func:`attribution.text.normalize.fold`) with Latin text
    lowercased, so topic keys and taxonomy keywords match "Google" and "google" alike.

    >>> caseless_fold("الأمريكيّة"), caseless_fold("Google")
    ('الامريكيه', 'google')
    """
    return _fold_once(text).lower()


# the words are analysed once each (_analyse keeps them): fold's own cache is left to the extractor
_fold_once = getattr(normalize.fold, "__wrapped__", normalize.fold)




def _read_wordlist(name: str) -> frozenset[str]:
    data = data_text(name)
    words: set[str] = set()
    for line in data.splitlines():
        line = line.split("#", 1)[0].strip()
        for word in line.split():
            words.add(caseless_fold(word))
    return frozenset(words)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The folded stop words shipped in ``attribution/lexicon/data/stopwords_ar.txt``."""
    return _read_wordlist("stopwords_ar.txt")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return _read_wordlist("topics_heads_ar.txt")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return _read_wordlist("topics_names_ar.txt")


@lru_cache(maxsize=1)
def _waw_words() -> frozenset[str]:
    return _read_wordlist("topics_waw_ar.txt")


# ---------------------------------------------------------------------------- tokens

# Arabic letters (with marks and tatweel) or Latin/digit runs; everything else separates.
_TOKEN = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u0610-\u061a\u064b-\u065f\u0670\u0640]+"
                    r"|[A-Za-z][A-Za-z0-9\-]*|[0-9\u0660-\u0669]+(?:[.,][0-9\u0660-\u0669]+)*")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_DIGITS = re.compile(r"^[0-9\u0660-\u0669.,]+$")


class _Word(NamedTuple):
    """What topic extraction needs to know about one written word (cached by spelling; a tuple,
    made for every distinct word of the claims: a frozen dataclass cost three times as much)."""

    surface: str  # as written, diacritics removed
    folded: str
    bare: str  # folded, without the proclitics _strip_conj/_strip_prep remove
    definite: bool
    clitic: bool  # starts with a proclitic (و، ف، ب، ل، ك) that opens a new phrase
    accusative: bool  # written with tanween fathatan (إجماعاً): an adverb or object
    stop: bool
    verbal: bool
    stem: str
    breaks: bool = False  # never inside a term: stop word, number, verb, single letter
    head: bool = False  # heads a name-like idafa (مدينة بوسطن)
    adjective: bool = False
    arabic: bool = True
    # what the terms ask of a word, decided once per spelling (a claim's words recur across claims)
    name_like: bool = False  # could be a name alone (_name_like)
    pairs: bool = False  # may end a «name name» pair (باراك أوباما, فاينانشيال تايمز; see _name_pair)
    title: bool = False  # a title that heads the name after it (_TITLES): dropped at a term's end
    alone: float = 0.0  # its score as a one-word term (0: no topic alone; see _ranked)


_DECIDED = _Word._fields.index("name_like")  # the last four fields (name_like, pairs, title, alone) are decided once the word is read


class _Words(NamedTuple):
    """A text's analysed words, and before each the text since the word before (``gaps[i]``:
    punctuation there ends a phrase).  Parallel lists, not an object a word: made for every
    word of every claim."""

    words: list[_Word]
    gaps: list[str]


def _strip_conj(f: str) -> str:
    """Drop a conjunction و/ف: always before the article (والوزارة), و also before a word
    that does not itself begin with و (ومستشار, ووزارة, but not وزارة)."""
    if f[:1] == "و" and _is_waw_word(f):
        return f  # والدته, وزارة: the و is the word's own
    if len(f) > 3 and f[0] in "وف" and (f[1:3] == "ال" or f[1:4] in ("بال", "كال")
                                       or f[1:3] == "لل"):
        return f[1:]
    if len(f) > 3 and f[0] == "و":
        return f[1:]  # ورفع, ومستشار, ووزارة
    return f


def _is_waw_word(f: str) -> bool:
    words = _waw_words()
    if f in words:
        return True
    for suffix in ("ه", "ات", "ين", "ون", "يه", "ي", "ها", "هم"):
        if f.endswith(suffix) and f[: -len(suffix)] in words:
            return True
    return False


def _strip_prep(f: str) -> str:
    """Drop a preposition ب/ك/ل before the article (بالوزارة → الوزارة; للوزارة → الوزارة,
    since ل + ال drops the alef), and ب/ل before a م-initial noun (لمكتب → مكتب, بمجلس → مجلس)."""
    if len(f) > 4 and f[0] in "بك" and f[1:3] == "ال":
        return f[1:]
    if len(f) > 3 and f.startswith("لل"):
        return "ا" + f[1:]
    if len(f) > 4 and f[0] in "بل" and f[1] == "م":
        return f[1:]
    return f


@lru_cache(maxsize=200_000)
def _analyse(raw: str) -> _Word | None:
    surface = strip_marks(raw)
    if not surface:
        return None
    f = caseless_fold(surface)
    b = _strip_prep(_strip_conj(f))
    # the article is written with a bare alef: ألكسندر (hamza) is a name, not ال + كسندر
    idx = len(surface) - len(b)
    definite = len(b) > 3 and b.startswith("ال") and surface[idx:idx + 2] in ("ال", "لل")
    w = _Word(surface, f, b, definite, b != f, "\u064b" in raw, False, False, "")
    st = b[2:] if definite and len(b) > 4 else b
    # nisba plurals keep their ي (الأمريكيين, الأمريكيون → امريكي, like الأمريكية → امريكي)
    for suffix, keep, repl in (("ات", 3, ""), ("يين", 4, "ي"), ("يون", 4, "ي"), ("ين", 5, ""),
                               ("ون", 5, ""), ("ه", 3, "")):
        if st.endswith(suffix) and len(st) - len(suffix) >= keep:
            st = st[: -len(suffix)] + repl
            break
    stop, verbal = _is_stop(w), _looks_verbal(w)
    w = _Word(surface, f, b, definite, b != f or (f[0] in "بل" and _masdar_like(f) and len(f) == 6),
              w.accusative, stop, verbal, st,
              breaks=stop or verbal or bool(_DIGITS.match(f)) or len(b) < 2,
              head=f in _heads(), adjective=_adjective_like(w), arabic=bool(_ARABIC.search(f)), title=f in _TITLES)
    name_like = _name_like(w)
    pairs = name_like or (b.endswith("ا") and len(b) >= 5 and not w.accusative)
    # the last four fields in place (two _replace calls cost as much as the rest of the analysis)
    return tuple.__new__(_Word, (*w[:_DECIDED], name_like, pairs, w.title, _alone(w, name_like)))


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # split keeps the words: gap, word, gap, word, …, gap


def _tokens(text: str) -> _Words:
    parts = _TOKEN_SPLIT.split(text)
    raws, gaps = parts[1::2], parts[0::2]
    words = list(map(_analyse, raws))
    if any(map(is_, words, repeat(None))):  # marks alone (ـــ): no word, but no space either
        kept, kept_gaps, gap = [], [], ""
        for before, raw, w in zip(gaps, raws, words):
            if w is None:
                gap += before + raw
            else:
                kept.append(w)
                kept_gaps.append(gap + before)
                gap = ""
        words, gaps = kept, kept_gaps
    return _Words(words, gaps)


def _is_stop(tok: _Word) -> bool:
    sw = stopwords()
    f = tok.folded
    if f in _heads():
        return False
    if f in sw or tok.bare in sw:
        return True
    # وقال، فإن، بحسب، لذلك: one conjunction, then one preposition, before a stop word
    g = f[1:] if len(f) > 2 and f[0] in "وف" else f
    if g in sw:
        return True
    if len(g) > 2 and g[0] in "بلك" and g[1:] in sw:
        return True
    return False


def _looks_verbal(tok: _Word) -> bool:
    """Guess verbs that are not in the stop list, so they break a noun phrase.

    Imperfect يفعل (يطالب), plural past فعلوا (شاركوا), feminine past فعلت (تدخلت) — but not
    the plural nouns in ـات (معلومات) nor names in ـوت/ـيت (بيروت).
    """
    if tok.definite or not _ARABIC.search(tok.folded):
        return False
    f = tok.folded[1:] if tok.folded[0] in "وف" and len(tok.folded) > 4 else tok.folded
    if f.startswith(("ي", "سي", "ست", "سن", "سا", "تت", "تست")) and len(f) >= 3:
        return True
    if f.endswith("وا") and len(f) >= 4:
        return True
    if f.endswith("ت") and not f.endswith(("ات", "وت", "يت")) and 4 <= len(f) <= 6:
        return True
    return False


#: the nisba endings on folded words (ة→ه: ـية is ـيه), and the plural ـين of adjectives and
#: participles (المسؤولين، المعنيين)
_ADJECTIVE_ENDINGS = tuple(dict.fromkeys(caseless_fold(e) for e in NISBA_ENDINGS)) + ("ين",)


def _adjective_like(tok: _Word) -> bool:
    """الأمريكية، استخباراتية، المعنيين: an adjective that joins the noun before it in a term."""
    return tok.folded.endswith(_ADJECTIVE_ENDINGS) and len(tok.folded) >= 4


def stem(word: str) -> str:
    """Light stem of one word for topic keys: fold, drop proclitics and the article,
    and the plural/feminine endings.

    >>> stem("والانتخابات"), stem("الرئاسية"), stem("للمسؤولين")
    ('انتخاب', 'رئاسي', 'مسؤول')
    """
    words = _tokens(word).words
    return words[0].stem if words else ""


def _label_word(tok: _Word, first: bool) -> str:
    """The word as written, minus the proclitics that :func:`_strip_conj` and
    :func:`_strip_prep` removed: والولايات → الولايات, للأمم → الأمم, ومستشار → مستشار."""
    s = tok.surface
    if not first or not tok.clitic:
        return s
    dropped = len(tok.folded) - len(tok.bare)
    if tok.bare.startswith("ال") and tok.folded.endswith(tok.bare[1:]) and not tok.folded.endswith(tok.bare):
        # ل + ال → لل: restore the alef of the article
        return "ال" + s[len(s) - len(tok.bare) + 2:]
    return s[dropped:]


# ---------------------------------------------------------------------------- key terms

def _chunks(toks: _Words) -> list[tuple[int, list[_Word]]]:
    """Split a claim (its :func:`_tokens`) into noun-phrase chunks, each with the index of its
    first word.

    A chunk grows while the next word is definite (idafa ``وزارة الصحة``, adjective
    ``الانتخابات الرئاسية``), a nisba adjective after an indefinite noun (``معلومات
    استخباراتية``), or a name after a head noun (``مدينة بوسطن``).  Punctuation, stop words,
    verbs, numbers and a fresh proclitic (``و``، ``ب``) end it.
    """
    chunks: list[tuple[int, list[_Word]]] = []
    cur: list[_Word] = []
    first = 0  # the index of cur's first word
    name_pair = False  # cur is «name name» so far (باراك أوباما)
    for i, (w, gap) in enumerate(zip(*toks)):  # (every word of every claim: the flushes are written out)
        if w.breaks:
            if cur:
                chunks.append((first, cur))
                cur = []
            continue
        if cur and gap != " " and gap and not gap.isspace():
            chunks.append((first, cur))  # punctuation, quotes, brackets
            cur = []
        if cur:
            last = cur[-1]
            room = (not w.clitic) and len(cur) < MAX_TERM_WORDS
            joins = room and (
                w.definite
                or (not last.definite and w.adjective)
                or (last.head and not w.definite)
                or (not last.definite and not w.arabic)
            )
            if joins and name_pair and w.definite and len(cur) == 2:
                # «سكرتير مجلس الأمن»: the second word heads an idafa, so the first was no name
                chunks.append((first, cur[:1]))
                cur = cur[1:]
                first += 1
            name_pair = False
            if not joins and room and len(cur) == 1 and _name_pair(last, w):
                joins = name_pair = True
            if not joins:
                chunks.append((first, cur))
                cur = []
        if not cur:
            first = i
        cur.append(w)
    if cur:
        chunks.append((first, cur))
    return chunks


def _name_pair(first: _Word, second: _Word) -> bool:
    """Two indefinite words that can be one name: باراك أوباما، فاينانشيال تايمز."""
    return not first.definite and not second.definite and first.name_like and second.pairs


_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "نا")


def _name_like(tok: _Word) -> bool:
    """Could this indefinite single word be a name?  Not if it wears a pronoun suffix
    (أعضائها), accusative tanween (إجماعاً), a feminine or plural ending (دراسة، مشاورات)
    or a nisba ending (أمريكي)."""
    f = tok.bare
    if f in _names():
        return True
    if tok.accusative or len(f) < 4 or _masdar_like(f):
        return False  # three-letter words are mostly past verbs (قرر، هدم); مصر is in the names list
    if f.endswith("ا") and not f.endswith("يا"):
        return False  # a dual verb (بحثا) or an accusative (متوقعا), unless a listed name (فرنسا)
    if len(f) == 4 and f[0] in "تا":
        return False  # a form V verb (تأهل، تدخل), a form IV verb or an elative (أثمر، أكبر)
    if _COMMON_SHAPES.match(f):
        return False  # محدد، ممكن (مفعل); مناطق، مصادر (مفاعل); نقاط، ضفاف (فعال)
    if f[0] in "بلك" and len(f) <= 4:
        return False  # a preposition on a short noun (بضعف); بكين and لندن are listed
    if f.startswith("است") and len(f) == 6:
        return False  # a form X verb (استشهد); its verbal noun استفعال is longer
    return not (f.endswith(_PRONOUN_SUFFIXES) or f.endswith(("ه", "ات", "ين", "ون"))
                or tok.adjective)


def _alone(tok: _Word, name_like: bool | None = None) -> float:
    """The score of a word as a term by itself; 0 when it is no topic alone (``name_like``:
    :func:`_name_like` of ``tok``, when ``tok`` does not hold it yet)."""
    if tok.bare in _names():
        return 1.1  # a listed place name: اليمن، مصر
    if tok.definite and tok.adjective and not tok.folded.endswith("يه"):
        # الأمريكي alone is an adjective; الميزانية, الحرية (ـية) are mostly nouns
        return 0.0  # an adjective alone (الأمريكي) is no topic
    if tok.definite:
        return 0.8  # a bare definite noun (الاتفاق، الحوار) is a vague topic
    if tok.name_like if name_like is None else name_like:
        return 1.1  # a single indefinite word that is no common-noun shape: روسيا، غوغل
    return 0.0  # إجماعاً، أعضائها، دراسة: indefinite common nouns are not topics


_COMMON_SHAPES = re.compile(r"^(?:م...|م.ا..|..ا.)$")
_MASDAR = re.compile(r"^[بل]?(?:ت..ي.|..و.|ا..ا.)$")


def _masdar_like(f: str) -> bool:
    """Verbal nouns of the shapes تفعيل (تشكيل، لتأمين), فعول (وجود، وصول) and إفعال
    (إطلاق), and plurals أفعال (أشخاص): common nouns, never names (إيران is listed), and
    after a preposition they start a new phrase."""
    return bool(_MASDAR.match(f))


# Titles that head the name after them (الملك سلمان، الأمير فيصل): at the end of a term they
# belong to a name the term did not take in, so they are dropped (خادم الحرمين الشريفين الملك).
_TITLES = frozenset(caseless_fold(w) for w in (
    "الملك", "الأمير", "الأميرة", "الرئيس", "الشيخ", "الدكتور", "الدكتورة", "المهندس", "السيد",
    "السيدة", "الوزير", "الوزيرة", "اللواء", "العميد", "العقيد", "الفريق", "المستشار", "الأستاذ",
    "النائب", "القاضي", "الإمام", "البابا", "المشير", "الملكة"))


def key_terms(text: str) -> list[tuple[str, str, float]]:
    """All candidate terms of a text as ``(key, label, score)``, best first.

    >>> [k for k, _, _ in key_terms("إن الانتخابات الرئاسية الأمريكية لم تحسم بعد")]
    ['انتخاب رئاسي امريكي']
    """
    return _key_terms(_tokens(text))


def _key_terms(toks: _Words) -> list[tuple[str, str, float]]:
    return [(key, _label(words), score) for key, words, score in _ranked(toks)]


def _label(words: list[_Word]) -> str:
    return " ".join(_label_word(t, i == 0) for i, t in enumerate(words))


def _ranked(toks: _Words) -> list[tuple[str, list[_Word], float]]:
    """The candidate terms as ``(key, words, score)``, best first (the words make the label:
    only the few picked need one)."""
    return [(k, words, round(s, 3)) for k, words, s, _ in _candidates(toks)]


def _candidates(toks: _Words) -> list[list]:
    """The candidate terms as ``[key, words, score, first word's index]``, best first (what
    :func:`_pick` reads: :func:`_ranked` without its rounded copies)."""
    seen: dict[str, list] = {}
    for start, words in _chunks(toks):
        while len(words) > 1 and words[-1].title:
            words = words[:-1]
        if len(words) > 1:
            key = " ".join([t.stem for t in words])
            if len(key) - len(words) + 1 < 3:
                continue
            # Specificity: a longer phrase says more; a definite one names a referent.
            score = 1.0 * len(words) + (0.5 if any(t.definite for t in words) else 0.0)
        else:
            key, score = words[0].stem, words[0].alone
            if not score or len(key) < 3:
                continue
        if key in seen:
            seen[key][2] += 0.25  # repeated in the claim: more central
        else:
            seen[key] = [key, words, score, start]
    return sorted(seen.values(), key=lambda x: (-x[2], x[3]))


def assign_topics(claim_text: str, *, taxonomy: "Taxonomy | None" = None,
                  max_topics: int = MAX_TOPICS) -> list[tuple[str, str]]:
    """The few best topics of a claim as ``(key, label)`` pairs, best first.

    Without a taxonomy the topics are the claim's own key terms; with one they are the
    taxonomy's labels whose patterns match (key ``"tax:<label>"``).

    >>> assign_topics("إن روسيا تدخلت في الانتخابات الرئاسية الأمريكية عام 2016")
    [('انتخاب رئاسي امريكي', 'الانتخابات الرئاسية الأمريكية'), ('روسيا', 'روسيا')]
    """
    if not claim_text or not claim_text.strip():
        return []
    if taxonomy is not None:
        return taxonomy.match(claim_text)[:max_topics]
    return _pick(_candidates(_tokens(claim_text)), max_topics)


def claim_topics_and_shingles(claim_text: str, *, taxonomy: "Taxonomy | None" = None
                              ) -> tuple[list[tuple[str, str]], frozenset[int]]:
    """:func:`assign_topics` and :func:`claim_shingles` of one claim, its words analysed once
    (what the store keeps of each claim).

    >>> topics, shingles = claim_topics_and_shingles("إن روسيا تدخلت في الانتخابات الرئاسية الأمريكية")
    >>> topics == assign_topics("إن روسيا تدخلت في الانتخابات الرئاسية الأمريكية"), len(shingles)
    (True, 3)
    """
    toks = _tokens(claim_text)
    shingles = _shingles(toks.words)
    if not claim_text.strip():
        return [], shingles
    if taxonomy is not None:
        return taxonomy.match(claim_text)[:MAX_TOPICS], shingles
    return _pick(_candidates(toks), MAX_TOPICS), shingles


def _pick(terms: list[list], max_topics: int) -> list[tuple[str, str]]:
    """The first ``max_topics`` of :func:`_candidates` that add a word, as ``(key, label)``."""
    picked: list[tuple[str, str]] = []
    picked_words: set[str] = set()
    for key, words_of_label, *_ in terms:
        words = set(key.split())
        # a single word already inside a chosen phrase adds nothing (الأمن in مجلس الأمن)
        if len(words) == 1 and words <= picked_words:
            continue
        picked.append((key, _label(words_of_label)))
        picked_words |= words
        if len(picked) >= max_topics:
            break
    return picked


def best_labels(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The label of each key across a corpus: its most frequent surface form.

    Ties go to the form with the article (``الأمريكية`` over ``امريكية``), then to one with a
    written hamza (``إسطنبول`` over ``اسطنبول``), then to the first in alphabetical order —
    never to the first seen, so the labels do not depend on the order of the pairs.

    >>> best_labels([("امن", "الأمن"), ("امن", "الامن"), ("امن", "الأمن")])
    {'امن': 'الأمن'}
    >>> best_labels([("اسطنبول", "اسطنبول"), ("اسطنبول", "إسطنبول")])
    {'اسطنبول': 'إسطنبول'}
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for key, label in pairs:
        counts[key][label] += 1
    return {key: best_label(c) for key, c in counts.items()}


def best_label(counts: Mapping[str, int]) -> str:
    """The label of one topic from how often its claims write each form (see :func:`best_labels`).

    >>> best_label({"امن": 1, "الامن": 1})
    'الامن'
    """
    return min(counts, key=lambda lab: (-counts[lab], not lab.startswith("ال"), not ("أ" in lab or "إ" in lab), lab))


# ---------------------------------------------------------------------------- taxonomy

_CLITICS = r"(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?)"
_SUFFIXES = r"(?:ه|ات|ي|يه|يين|يون|ين|ون|ان|يات|ها|هم)?"


@dataclass(frozen=True)
class Taxonomy:
    """User topics: each label with its compiled patterns, matched on folded text."""

    topics: tuple[tuple[str, tuple[re.Pattern, ...]], ...]

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Iterable[str]]) -> "Taxonomy":
        """Build from ``{label: [keyword or "re:pattern", ...]}``.

        >>> tax = Taxonomy.from_mapping({"الصحة": ["وزارة الصحة", "كورونا", "re:وباء|اوبئه"]})
        >>> tax.match("وقالت وزارة الصحة إن الوباء تراجع")
        [('tax:الصحة', 'الصحة')]
        """
        topics = []
        for label, patterns in mapping.items():
            label = str(label).strip()
            if not label:
                raise TaxonomyError("a topic has an empty label")
            if isinstance(patterns, str):
                patterns = [patterns]
            compiled = []
            for p in patterns:
                try:
                    compiled.append(_compile_pattern(str(p)))
                except re.error as exc:
                    raise TaxonomyError(f"topic {label!r}: bad regular expression {p!r}: {exc}") from exc
            if not compiled:
                raise TaxonomyError(f"topic {label!r} has no keywords")
            topics.append((label, tuple(compiled)))
        return cls(tuple(topics))

    def match(self, text: str) -> list[tuple[str, str]]:
        """Matching topics, the most matched first (then file order)."""
        folded = caseless_fold(text)
        hits = []
        for i, (label, patterns) in enumerate(self.topics):
            n = sum(len(p.findall(folded)) for p in patterns)
            if n:
                hits.append((-n, i, label))
        return [(f"tax:{label}", label) for _, _, label in sorted(hits)]

    def __len__(self) -> int:
        return len(self.topics)


def _compile_pattern(p: str) -> re.Pattern:
    p = p.strip()
    if p.startswith("re:"):
        return re.compile(caseless_fold(p[3:]))
    words = [re.escape(w) for w in caseless_fold(p).split()]
    if not words:
        raise re.error("empty keyword")
    body = r"\s+".join(words[:-1] + [words[-1] + _SUFFIXES]) if words else ""
    return re.compile(rf"(?<!\w){_CLITICS}{body}(?!\w)")


def load_taxonomy(path: str | Path) -> Taxonomy:
    """Read a user topics file: ``.tsv``/``.txt``, ``.json`` or ``.toml``.

    TSV: one topic a line, ``label<TAB>keyword | keyword | re:pattern``; ``#`` comments.
    JSON: ``{"label": ["keyword", "re:pattern"], ...}``.
    TOML: ``[topics]`` then ``"label" = ["keyword", ...]`` (or the pairs at top level).
    Keywords match whole words on folded text, with proclitics (و، ف، ب، ل، ك، ال) and
    common endings (ات، ية، ين، ون) allowed; ``re:`` patterns are regular expressions over
    the folded text.
    """
    path = Path(path)
    raw = read_user_file(path, "topics", TaxonomyError)
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise TaxonomyError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
        if not isinstance(data, dict):
            raise TaxonomyError(f"{path}: expected an object of label → keywords")
        return Taxonomy.from_mapping(data)
    if suffix == ".toml":
        import tomllib

        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise TaxonomyError(f"{path}: invalid TOML: {exc}") from None
        data = data.get("topics", data)
        if not isinstance(data, dict):
            raise TaxonomyError(f"{path}: expected a [topics] table")
        return Taxonomy.from_mapping(data)
    mapping: dict[str, list[str]] = {}
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise TaxonomyError(f"{path}:{n}: expected 'label<TAB>keyword | keyword'")
        label, rest = line.split("\t", 1)
        keywords = [k.strip() for k in rest.split("|") if k.strip()]
        if not label.strip() or not keywords:
            raise TaxonomyError(f"{path}:{n}: a topic needs a label and at least one keyword")
        mapping.setdefault(label.strip(), []).extend(keywords)
    if not mapping:
        raise TaxonomyError(f"{path}: no topics")
    return Taxonomy.from_mapping(mapping)


# ---------------------------------------------------------------------------- clusters

#: Two claims are near-duplicates when the Jaccard similarity of their word shingles is at least this.
CLUSTER_THRESHOLD = 0.6
#: Shingles shared by more claims than this are boilerplate and do not propose candidates.
MAX_POSTING = 60


def claim_shingles(text: str, k: int = 3) -> frozenset[int]:
    """The word ``k``-shingles of a claim that near-duplicate detection compares: its content
    words (folded, lightly stemmed), as crc32 hashes.

    >>> claim_shingles("إن المشاورات لا تزال مستمرة") == claim_shingles("أن المشاورات ما زالت مستمرة")
    True
    >>> len(claim_shingles("إن حملة التطعيم ضد الإنفلونزا تبدأ الأسبوع المقبل"))
    2
    """
    return _shingles(_tokens(text).words, k)


def _shingles(analysed: list[_Word], k: int = 3) -> frozenset[int]:
    # Content words only: outlets rewrite function words (لا تزال / ما زالت) more than content.
    words = [w.stem for w in analysed if not w.stop and w.stem]
    if len(words) < k:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + k]) for i in range(len(words) - k + 1)]
    # crc32, not hash(): cluster ids must not depend on PYTHONHASHSEED
    return frozenset(zlib.crc32(g.encode("utf-8")) for g in grams)



def near_duplicates(a: frozenset[int], b: frozenset[int], shared: int, *,
                    threshold: float = CLUSTER_THRESHOLD) -> bool:
    """Are two claims with shingle sets ``a`` and ``b`` near-duplicates, given that they share
    ``shared`` shingles that are not boilerplate (shingles of at most :data:`MAX_POSTING` claims)?

    >>> s = claim_shingles("إن المشاورات لا تزال مستمرة بين الجانبين")
    >>> near_duplicates(s, claim_shingles("أن المشاورات ما زالت مستمرة بين الجانبين"), 2)
    True
    """
    if shared < 2 and min(len(a), len(b)) > 3:
        return False  # one shared shingle between long claims is a coincidence
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) >= threshold


def cluster_claims(items: Iterable[tuple[int, str]], *,
                   threshold: float = CLUSTER_THRESHOLD) -> dict[int, int]:
    """Group near-duplicate claims: attribution id → cluster id.

    The cluster id is the smallest attribution id in the cluster, so a singleton is its
    own cluster and ids are stable across runs.  Candidates come from an inverted index of
    word 3-shingles (folded, lightly stemmed); only pairs sharing a shingle are compared.

    >>> cluster_claims([(1, "إن المشاورات لا تزال مستمرة بين الجانبين"),
    ...                 (2, "أن المشاورات ما زالت مستمرة بين الجانبين"),
    ...                 (3, "الاقتصاد الروسي ينمو بوتيرة سريعة هذا العام")])
    {1: 1, 2: 1, 3: 3}
    """
    return cluster_shingle_sets(((aid, claim_shingles(text or "")) for aid, text in items), threshold=threshold)


def cluster_shingle_sets(items: Iterable[tuple[int, frozenset[int]]], *,
                         threshold: float = CLUSTER_THRESHOLD) -> dict[int, int]:
    """:func:`cluster_claims` over claims given by their :func:`claim_shingles`."""
    ids: list[int] = []
    sets: list[frozenset[int]] = []
    for aid, shingles in items:
        ids.append(int(aid))
        sets.append(shingles)
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            index[h].append(i)
    # the pairs sharing shingles that are not boilerplate, with how many: only the postings of two
    # claims or more propose pairs (most shingles belong to one claim)
    shared: Counter = Counter()
    for posting in index.values():
        if 1 < len(posting) <= MAX_POSTING:
            shared.update(combinations(posting, 2))  # (i, j) with i < j: postings grow in claim order
    for (i, j), n in shared.items():
        if near_duplicates(sets[i], sets[j], n, threshold=threshold):
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ids)):
        members[find(i)].append(ids[i])
    out: dict[int, int] = {}
    for group in members.values():
        cid = min(group)
        for aid in group:
            out[aid] = cid
    return out
