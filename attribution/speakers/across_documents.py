"""Speaker identity across documents: one canonical speaker for the many ways a name is written.

Merging is conservative, because a wrong merge puts words in somebody else's mouth while a
missed merge only splits a speaker's record in two:

1. the user's ``--aliases`` file wins (canonical name → variants, and "never merge" pairs);
2. the same name after normalisation (:func:`name_key`: diacritics, tatweel, أإآ→ا, ى→ي, ة→ه,
   titles such as الأمير/الدكتور, ال, and شركة/وزارة before an organisation dropped);
3. the same transliteration key (:func:`translit_key`: ترمب/ترامب، غوغل/جوجل، بوتن/بوتين);
4. a near match (rapidfuzz ratio ≥ 90, every word close on its own) of names with as many words and, for people, the same
   first name; an Arabic given name (محمد/محمود، سعد/سعيد) must always match exactly, since
   there a long vowel makes a different name;
5. a bare surname (الجبير) only with the one person in the store whose full name ends with it,
   and only when both carry compatible roles (وزير الخارجية).

Types must agree (a person never merges with an organisation); two people with a common given
name (محمد الزهراني) whose roles conflict stay apart; organisations with different explicit
prefixes (مجموعة العمل، وزارة العمل) stay apart.  Names that only make sense inside one article
(:func:`is_local`: مصدر مطلع، الوزير، المتحدث الرسمي، التقرير، a bare الدوسري or إبراهيم) are
never merged across documents.

>>> translit_key("ترامب") == translit_key("ترمب")
True
>>> should_merge(SpeakerEvidence("غوغل", "organization"), SpeakerEvidence("شركة جوجل", "organization"))
True
>>> should_merge(SpeakerEvidence("محمد العتيبي", "person"), SpeakerEvidence("سعد العتيبي", "person"))
False
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from rapidfuzz import fuzz, process

from attribution.lexicon.closed import NASAB_JOINERS, ROLE_STOPS
from attribution.lexicon.datafiles import data_text
from attribution.errors import InputError, read_user_file
from attribution.text.normalize import fold

__all__ = [
    "SpeakerEvidence", "AliasConfig", "SpeakerIndex",
    "name_key", "canonical_key", "translit_key", "should_merge", "roles_compatible",
    "is_anonymous", "is_local", "load_aliases", "types_compatible",
]

#: Speaker types that never merge with each other; None/"unknown" is compatible with any.
_UNTYPED = (None, "", "unknown")
NEAR_THRESHOLD = 90
_PUNCT = re.compile(r"[\"'«»“”„‘’()\[\]{}<>،,؛;:.!?؟/\\|_\-–—]+")


def _lexicon(name: str) -> tuple[str, ...]:
    text = data_text(name)
    items = (fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    # longest first, so صاحب السمو الملكي is stripped before صاحب السمو
    return tuple(sorted({i for i in items if i}, key=lambda s: -len(s)))


@lru_cache(maxsize=None)
def speaker_titles() -> tuple[str, ...]:
    """The titles and styles of speaker_titles.txt, folded, longest first."""
    return _lexicon("speaker_titles.txt")


@lru_cache(maxsize=None)
def org_prefixes() -> tuple[str, ...]:
    return _lexicon("org_prefixes.txt")


@lru_cache(maxsize=None)
def _anonymous() -> frozenset[str]:
    return frozenset(_lexicon("anonymous_sources.txt"))


@lru_cache(maxsize=None)
def _given_names() -> frozenset[str]:
    return frozenset(name_key(n, None) for n in _lexicon("arabic_given_names.txt"))


def _tokens_match(x: str, y: str) -> bool:
    """Two name words (already :func:`name_key`-normalised) name the same thing.

    Equal, or equal under :func:`translit_key` unless one is an Arabic given name: there a
    long vowel is a different name (محمد/محمود، سعد/سعيد).  Transliterations add or drop long
    vowels (ترمب/ترامب، بوتن/بوتين) but do not swap them (كبار/كبير، جامع/جميع are two words).
    """
    if x == y:
        return True
    given = _given_names()
    if x in given or y in given or x.startswith("عبد") or y.startswith("عبد"):
        return False
    if len(x) < 3 or len(y) < 3 or translit_key(x) != translit_key(y):
        return False
    vx, vy = _inner_vowels(x), _inner_vowels(y)
    return _subsequence(vx, vy) or _subsequence(vy, vx)


def _inner_vowels(w: str) -> str:
    return "".join(c for c in w[1:-1] if c in "اوي")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _strip_al(token: str) -> str:
    # الخارجية/خارجية, العتيبي/عتيبي: the article is not part of the identity
    return token[2:] if token.startswith("ال") and len(token) > 4 else token


def _strip_front(folded: str, words: tuple[str, ...]) -> str:
    """Strip the first of ``words`` (in their order) that opens ``folded`` followed by a space (or,
    one ending in a dot, د., directly), again until none does."""
    first, dotted = _front_index(words)
    while True:
        best: tuple[int, int] | None = None  # (position in words, length stripped)
        p = folded.find(" ")
        while p != -1:  # a word followed by a space is the text before one of its spaces
            i = first.get(folded[:p])
            if i is not None and (best is None or i < best[0]):
                best = (i, p)
            p = folded.find(" ", p + 1)
        for i, w in dotted:
            if (best is None or i < best[0]) and folded.startswith(w):
                best = (i, len(w))
        if best is None:
            return folded
        folded = folded[best[1]:].strip()


@lru_cache(maxsize=None)
def _front_index(words: tuple[str, ...]) -> tuple[dict[str, int], tuple[tuple[int, str], ...]]:
    """``words``' first positions by spelling, and those ending in a dot with theirs (a name's
    opening words are looked up, not each of the words tried against it)."""
    first: dict[str, int] = {}
    for i, w in enumerate(words):
        first.setdefault(w, i)
    return first, tuple((i, w) for i, w in enumerate(words) if w.endswith("."))


def _is_person(type_: str | None) -> bool:
    return type_ in ("person",) + _UNTYPED


def _is_org(type_: str | None) -> bool:
    return type_ not in ("person",)


@lru_cache(maxsize=65536)
def name_key(name: str, type_: str | None = None) -> str:
    """The normalised name used for exact matching (stored as ``speaker_aliases.alias_norm``).

    >>> name_key("الأمير محمدُ بن سلمان", "person")
    'محمد سلمان'
    >>> name_key('شركة "غوغل"', "organization")
    'غوغل'
    >>> name_key("عبد الله الربيعة", "person") == name_key("عبدالله الربيعه", "person")
    True
    """
    s = fold(_PUNCT.sub(" ", name or ""))
    s = " ".join(s.split())
    if _is_person(type_):
        stripped = _strip_front(s, speaker_titles())
        # keep "الرئيس الأمريكي" whole: a title followed only by adjectives is a description, not a name
        if stripped and not all(t.startswith("ال") for t in stripped.split()):
            s = stripped
    if _is_org(type_):
        stripped = _strip_front(s, org_prefixes())
        if stripped:
            s = stripped
    if _is_person(type_):
        words = s.split()
        # a cut-off apposition: عبدالله البرقان رئيس / توفيق السديري وكيل
        if len(words) >= 3 and words[-1] in _role_nouns() and words[-2] not in NASAB_JOINERS:
            words = words[:-1]
        # a cut-off nasab: فيصل بن خالد بن / سلمان بن عبدالعزيز آل
        while len(words) > 1 and words[-1] in NASAB_JOINERS | {"ال"}:
            words = words[:-1]
        # محمد بن عثمان القرني is also written محمد عثمان القرني
        words = [w for i, w in enumerate(words) if i == 0 or w not in ("بن", "ابن", "بنت")]
        s = " ".join(words)
    # عبد الله / عبدالله, أبو بكر / أبوبكر are written both ways
    s = re.sub(r"\b(عبد|ابو) (?=\S)", r"\1", s)
    return " ".join(_strip_al(t) for t in s.split())


def canonical_key(name: str, type_: str | None = None) -> str:
    """The exact-match identity of a speaker: its type class and :func:`name_key`.

    >>> canonical_key("وزارة الخارجية الروسية", "organization") == canonical_key("الخارجية الروسية", "organization")
    True
    >>> canonical_key("غوغل", "organization") == canonical_key("غوغل", "person")
    False
    """
    cls = "unknown" if type_ in _UNTYPED else type_
    return f"{cls}:{name_key(name, type_)}"


# Letters that transliterations of one foreign sound spell differently (Google: غوغل/جوجل/قوقل).
_TRANSLIT = str.maketrans({
    "غ": "g", "ج": "g", "ق": "g", "گ": "g", "چ": "g",
    "ة": "ه", "ط": "ت", "ص": "س", "ذ": "ز", "ڤ": "ف", "پ": "ب", "ظ": "ض",
    "ؤ": "و", "ئ": "ي", "ء": "",
})
_LONG_VOWELS = frozenset("اوي")


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A key that is equal for transliteration variants of one name.

    Per word, after :func:`fold` and dropping ال: غ/ج/ق/گ/چ become one class ``g`` (غوغل/جوجل),
    ط→ت, ص→س, ذ→ز, ڤ→ف, پ→ب, ة→ه; the long vowels ا و ي are dropped inside a word but
    kept as its first and last letter (ترامب/ترمب, بوتين/بوتن, ماكماستر/مكماستر); doubled
    letters collapse to one (before the vowels go, so لليابانيين does not shrink to لبيان).
    Use it on names only: it merges too much for ordinary words.

    >>> translit_key("غوغل") == translit_key("جوجل")
    True
    >>> translit_key("ماكماستر") == translit_key("مكماستر")
    True
    >>> translit_key("بوتين") == translit_key("بوتن")
    True
    >>> translit_key("محمد") == translit_key("أحمد")
    False
    """
    words = []
    for w in fold(_PUNCT.sub(" ", name or "")).split():
        w = re.sub(r"(.)\1+", r"\1", _strip_al(w).translate(_TRANSLIT))
        if len(w) > 2:
            w = w[0] + "".join(c for c in w[1:-1] if c not in _LONG_VOWELS) + w[-1]
        if w:
            words.append(w)
    return " ".join(words)


@lru_cache(maxsize=65536)
def is_anonymous(name: str) -> bool:
    """Is this an unnamed source (مصدر مطلع، مسؤولون أمريكيون، شهود عيان) rather than a name?

    >>> is_anonymous("مصدر مطلع"), is_anonymous("المصادر الأمنية"), is_anonymous("مصطفى")
    (True, True, False)
    """
    words = fold(_PUNCT.sub(" ", name or "")).split()
    return bool(words) and (words[0] in _anonymous() or _strip_al(words[0]) in _anonymous()
                            or (words[0].startswith("ال") and words[0][2:] in _anonymous()))


@lru_cache(maxsize=None)
def _role_nouns() -> frozenset[str]:
    return frozenset(_strip_al(w) for w in _lexicon("role_nouns.txt") + tuple(t.split()[0] for t in speaker_titles()))


@lru_cache(maxsize=None)
def _generic() -> frozenset[str]:
    return frozenset(_lexicon("generic_names.txt"))


@lru_cache(maxsize=65536)
def is_local(name: str, type_: str | None = None) -> bool:
    """Does this name identify a speaker only inside its own article?

    True for documents (التقرير، البيان), unnamed sources (مصدر مطلع), descriptions without a
    proper name (الوزير، المتحدث الرسمي، الرئيس الأمريكي), pronoun honorifics and bare
    institution nouns (سموه، الحكومة), and a person named by one word that is an Arabic given
    name or an ال-family name (إبراهيم، الدوسري: thousands of people).  Such speakers are
    never merged across documents, except a bare surname into the one full name it completes.

    >>> [is_local(n, "person") for n in ("الوزير", "المتحدث الرسمي", "الدوسري", "ترمب", "عادل الجبير")]
    [True, True, True, False, False]
    """
    if type_ == "document" or is_anonymous(name):
        return True
    folded = fold(_PUNCT.sub(" ", name or ""))
    if not folded or folded in _generic() or folded.split()[0] in ("ل", "ب"):
        return True  # «لـ عكاظ»: the outlet someone spoke to, not a name
    if type_ in ("person",) + _UNTYPED:
        words = name_key(name, type_).split()
        if not words or words[0] in _role_nouns():
            return True
        if len(words) == 1 and (folded.startswith("ال") or words[0] in _given_names()
                                or words[0].startswith("عبد")):
            return True
    return False


def types_compatible(a: str | None, b: str | None) -> bool:
    """Person and organisation never merge; an unknown type agrees with anything."""
    return a in _UNTYPED or b in _UNTYPED or a == b


# one office, two words: الناطق الإعلامي / المتحدث الرسمي
_ROLE_SYNONYMS = {"ناطق": "متحدث", "ناطقه": "متحدثه", "اعلامي": "رسمي"}


def _role_tokens(role: str) -> list[str]:
    toks = []
    for t in fold(_PUNCT.sub(" ", role)).split():
        if t in ROLE_STOPS:
            continue
        if len(t) > 3 and t[0] in "لب" and t[1:3] == "ال":  # لشؤون/بالوزارة keep their noun
            t = t[1:]
        t = _strip_al(t)
        # الفلسطيني / الفلسطينية, السلطة / السلطه: one word whatever its gender
        if len(t) > 3 and t.endswith("ه"):
            t = t[:-1]
        toks.append(_ROLE_SYNONYMS.get(t, t))
    return toks


def _sub_roles(role: str) -> list[list[str]]:
    """A role may list several offices: «مدير الإدارة، رئيس اللجنة» or «رئيس اللجنة والمتحدث باسمها»."""
    out = []
    for part in re.split(r"[،,؛;]|\s(?=وال)", role):
        part = part.strip()
        if part.startswith("وال"):
            part = part[1:]
        toks = _role_tokens(part)
        if toks:
            out.append(toks)
    return out


def roles_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """Can two role lists describe one person?  Some pair of offices must agree: one inside the
    other, or half their words shared, or the same head word and a third shared.

    >>> roles_compatible(["وزير الخارجية"], ["وزير خارجية المملكة"])
    True
    >>> roles_compatible(["وزير الصحة"], ["وزير التعليم"])
    False
    >>> roles_compatible(["الناطق الإعلامي بحرس الحدود"], ["المتحدث الرسمي لحرس الحدود"])
    True
    """
    subs_b = [t for rb in b for t in _sub_roles(rb)]
    for ra in a:
        for ta in _sub_roles(ra):
            sa = frozenset(ta)
            for tb in subs_b:
                sb = frozenset(tb)
                if sa <= sb or sb <= sa:
                    return True
                j = len(sa & sb) / len(sa | sb)
                if j >= 0.5 or (ta[0] == tb[0] and j > 0.34):
                    return True
    return False


def _roles_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a) and bool(b) and not roles_compatible(a, b)


@dataclass(frozen=True, slots=True)
class SpeakerEvidence:
    """What is known about a speaker when deciding a merge: a name, its type, roles, other names."""

    name: str
    type: str | None = None
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _translit_match(x: str, y: str) -> bool:
    tx, ty = x.split(), y.split()
    return len(tx) == len(ty) and len(x) >= 4 and all(_tokens_match(a, b) for a, b in zip(tx, ty))


def _near(x: str, y: str, person: bool) -> bool:
    tx, ty = x.split(), y.split()
    if len(tx) != len(ty) or len(tx) < 2 or min(len(x), len(y)) < 8:
        return False
    if person and not _tokens_match(tx[0], ty[0]):
        return False  # محمد العتيبي / أحمد العتيبي are two people however close the strings
    for a, b in zip(tx, ty):
        # every word must be close on its own: صحيفة الوطن is not صحيفة لوطون
        if not (_tokens_match(a, b) or (a not in _given_names() and b not in _given_names()
                                        and not a.startswith("عبد") and not b.startswith("عبد")
                                        and min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85)):
            return False
    return fuzz.ratio(x, y) >= NEAR_THRESHOLD


def _common_name(key: str) -> bool:
    words = key.split()
    return len(words) < 2 or words[0] in _given_names() or words[0].startswith("عبد")


def _org_prefix(name: str) -> str | None:
    folded = fold(_PUNCT.sub(" ", name or ""))
    return next((w for w in org_prefixes() if folded.startswith(w + " ")), None)


def should_merge(a: SpeakerEvidence, b: SpeakerEvidence, *,
                 never: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Are ``a`` and ``b`` the same speaker?  Pairwise and conservative (see the module docstring).

    The bare-surname rule also needs the surname to be unique in the store, which only the
    caller can know: :class:`SpeakerIndex` checks it.  ``never`` holds pairs of
    :func:`name_key` values the user said must not merge.

    >>> should_merge(SpeakerEvidence("ترمب", "person"), SpeakerEvidence("ترامب", "person"))
    True
    >>> should_merge(SpeakerEvidence("غوغل", "organization"), SpeakerEvidence("غوغل", "person"))
    False
    >>> should_merge(SpeakerEvidence("الجبير", "person", ("وزير الخارجية",)),
    ...              SpeakerEvidence("عادل الجبير", "person", ("وزير الخارجية السعودي",)))
    True
    """
    if not types_compatible(a.type, b.type):
        return False
    keys_a = {name_key(n, a.type) for n in a.names() if n}
    keys_b = {name_key(n, b.type) for n in b.names() if n}
    keys_a.discard("")
    keys_b.discard("")
    if not keys_a or not keys_b:
        return False
    if never and any(frozenset((x, y)) in never for x in keys_a for y in keys_b):
        return False
    person = a.type == "person" or b.type == "person"
    # namesakes are common only when the given name is (محمد الزهراني): only then do roles veto
    common = person and any(_common_name(k) for k in keys_a | keys_b)
    if not person:
        pa = {p for p in map(_org_prefix, a.names()) if p}
        pb = {p for p in map(_org_prefix, b.names()) if p}
        if pa and pb and not pa & pb:
            return False  # مجموعة العمل is not وزارة العمل, though both drop to العمل
    if common and _roles_conflict(a.roles, b.roles):
        return False  # two محمد العتيبي, one a footballer and one a police chief
    if person and any(_conflicting_full_names(x, y) for x in keys_a for y in keys_b):
        return False  # محمد بن سعد العتيبي / محمد بن فهد العتيبي, whatever else they share
    if keys_a & keys_b:
        return True
    if any(_translit_match(x, y) for x in keys_a for y in keys_b):
        return True
    if any(_near(x, y, person) for x in keys_a for y in keys_b):
        return True
    if person:
        named_a = [(n, name_key(n, a.type)) for n in a.names() if n]
        named_b = [(n, name_key(n, b.type)) for n in b.names() if n]
        if any(_extends(kx, ky, run_on=_run_on_head(x), family=_family_last(x, kx))
               or _extends(ky, kx, run_on=_run_on_head(y), family=_family_last(y, ky))
               for x, kx in named_a for y, ky in named_b):
            return True
        return _surname_match(a, keys_a, b, keys_b) or _surname_match(b, keys_b, a, keys_a)
    return False


def _same_words(xs: list[str], ys: list[str]) -> bool:
    return len(xs) == len(ys) and all(_tokens_match(a, b) for a, b in zip(xs, ys))


def _extends(short: str, long: str, *, run_on: bool = False, family: bool | None = None) -> bool:
    """``long`` is ``short`` with a nasab inside (عادل الجبير → عادل بن أحمد الجبير) or, with
    ``run_on`` and a first name that is not a common Arabic one, with words after it
    (جون كيري → جون كيري فيتنام, a speaker span that ran on).  Both are :func:`name_key` values."""
    ts, tl = short.split(), long.split()
    n = len(ts)
    if n < 2 or len(tl) <= n:
        return False
    last = ts[-1]
    if family is None:
        family = last not in _given_names() and not last.startswith("عبد")
    if family and _same_words(ts[:-1], tl[:n - 1]) and _tokens_match(last, tl[-1]):
        # keys carry no بن: عادل بن أحمد الجبير is عادل احمد جبير.  The last word must be a
        # family name: سلطان بن عبدالعزيز is not سلطان بن سلمان بن عبدالعزيز
        return True
    return run_on and ts[-1] not in NASAB_JOINERS and not _common_name(short) and _same_words(ts, tl[:n])


def _family_last(raw: str, key: str) -> bool:
    """Is the last word of this name a family name (الجبير، آل الشيخ، بحاح) rather than a
    father's given name (سلطان بن عبدالعزيز)?"""
    words = key.split()
    if not words:
        return False
    last = words[-1]
    raw_words = set(fold(_PUNCT.sub(" ", raw)).split())
    if "ال" + last in raw_words:
        return True
    return last not in _given_names() and not last.startswith("عبد")


def _run_on_head(raw: str) -> bool:
    """May words run on after this name?  Only a personal name of two or three words none of
    which carries ال (جون كيري، باراك أوباما; not لكرة القدم، دار النشر، الولايات المتحدة)."""
    words = fold(_PUNCT.sub(" ", raw)).split()
    return 2 <= len(words) <= 3 and not any(w.startswith(("ال", "لل")) for w in words)


def _conflicting_full_names(x: str, y: str) -> bool:
    """Two names of three words or more with the same first and last word that are not
    variants of each other: two people of one family (محمد بن سعد / بن فهد العتيبي)."""
    tx, ty = x.split(), y.split()
    if len(tx) < 3 or len(ty) < 3 or x == y:
        return False
    if not (_tokens_match(tx[0], ty[0]) and _tokens_match(tx[-1], ty[-1])):
        return False
    return not (_translit_match(x, y) or _near(x, y, True) or _extends(x, y) or _extends(y, x))


def _surname_match(a: SpeakerEvidence, keys_a: set[str], b: SpeakerEvidence, keys_b: set[str]) -> bool:
    """``a`` is only a surname, ``b`` has a full name ending with it, and their roles agree."""
    if any(len(k.split()) > 1 for k in keys_a):
        return False
    full = [k for k in keys_b if len(k.split()) > 1]
    if not full or not any(_tokens_match(k.split()[-1], s) for k in full for s in keys_a):
        return False
    return bool(a.roles) and bool(b.roles) and roles_compatible(a.roles, b.roles)


# --------------------------------------------------------------------------- aliases file

@dataclass(frozen=True)
class AliasConfig:
    """The user's corrections: variant key → canonical name, and pairs never to merge."""

    canonical: Mapping[str, str] = field(default_factory=dict)
    never: frozenset[frozenset[str]] = frozenset()

    def canonical_for(self, name: str, type_: str | None = None) -> str | None:
        return self.canonical.get(name_key(name, type_)) or self.canonical.get(name_key(name, None))

    def to_json(self) -> str:
        """Serialise (the store keeps the corrections it was given in its ``meta`` table)."""
        return json.dumps({"canonical": dict(sorted(self.canonical.items())),
                           "never": sorted(sorted(p) for p in self.never)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "AliasConfig":
        data = json.loads(text)
        return cls(canonical=dict(data.get("canonical") or {}),
                   never=frozenset(frozenset(p) for p in data.get("never") or []))


def load_aliases(path: str | Path) -> AliasConfig:
    """Read an aliases file: a ``.json`` object, or the line format below (UTF-8).

    Line format, one rule a line, ``#`` starts a comment::

        دونالد ترامب = ترمب | الرئيس ترامب | دونالد ترمب
        != محمد العتيبي | سعد العتيبي

    ``CANONICAL = VARIANT | VARIANT…`` makes every variant (after normalisation) the speaker
    named CANONICAL; ``!= A | B…`` says no two of the names may ever be merged.
    JSON: ``{"merge": {"CANONICAL": ["VARIANT", …]}, "never": [["A", "B"], …]}``.
    """
    p = Path(path)
    raw = read_user_file(p, "aliases", InputError)
    merge: dict[str, list[str]] = {}
    never: list[list[str]] = []
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise InputError(f"{p}: not valid JSON (line {e.lineno}): {e.msg}") from None
        if not isinstance(data, dict):
            raise InputError(f'{p}: expected an object with "merge" and/or "never"')
        merge = {str(k): [str(v) for v in vs] for k, vs in (data.get("merge") or {}).items()}
        never = [[str(x) for x in pair] for pair in (data.get("never") or [])]
    else:
        for n, line in enumerate(raw.splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("!="):
                names = [x.strip() for x in line[2:].split("|") if x.strip()]
                if len(names) < 2:
                    raise InputError(f"{p}:{n}: '!=' needs at least two names separated by |")
                never.append(names)
            elif "=" in line:
                canon, _, rest = line.partition("=")
                if not canon.strip():
                    raise InputError(f"{p}:{n}: missing the canonical name before '='")
                merge.setdefault(canon.strip(), []).extend(x.strip() for x in rest.split("|") if x.strip())
            else:
                raise InputError(f"{p}:{n}: expected 'CANONICAL = VARIANT | …' or '!= A | B'")
    canonical: dict[str, str] = {}
    for canon, variants in merge.items():
        for v in (canon, *variants):
            canonical[name_key(v, None)] = canon
            canonical[name_key(v, "person")] = canon
            canonical[name_key(v, "organization")] = canon
    types = (None, "person", "organization")
    pairs = {frozenset((name_key(x, ta), name_key(y, tb)))
             for names in never for x in names for y in names if x != y
             for ta in types for tb in types}
    pairs = {pr for pr in pairs if len(pr) == 2}
    return AliasConfig(canonical=canonical, never=frozenset(pairs))


# --------------------------------------------------------------------------- the index

@dataclass
class _Speaker:
    id: int
    name: str
    type: str | None
    roles: list[str]
    keys: set[str]
    scope: str | None = None
    names: set[str] = field(default_factory=set)

    def evidence(self) -> SpeakerEvidence:
        return SpeakerEvidence(self.name, self.type, tuple(self.roles), tuple(sorted(self.names)))


class SpeakerIndex:
    """In-memory lookup of the store's speakers, to resolve a new mention to a speaker id.

    It only proposes: :meth:`resolve` returns an existing id or ``None`` (a new speaker);
    the store writes, then calls :meth:`add`/:meth:`add_alias`/:meth:`add_role`.
    """

    def __init__(self, aliases: AliasConfig | None = None) -> None:
        self.config = aliases or AliasConfig()
        self.speakers: dict[int, _Speaker] = {}
        self._by_key: dict[str, set[int]] = {}
        self._by_translit: dict[str, set[int]] = {}
        self._by_surname: dict[str, set[int]] = {}
        self._scoped: dict[tuple[str, str], int] = {}
        # keys bucketed by word count (and first word, for people) so near matching stays cheap
        self._shape: dict[tuple, set[str]] = {}
        # people by (first, last) and (first, second) word: candidates for a longer/shorter form
        self._by_ends: dict[tuple[str, str], set[int]] = {}
        self._by_start: dict[tuple[str, str], set[int]] = {}

    # -- building
    def add(self, sid: int, name: str, type_: str | None, roles: Iterable[str] = (),
            scope: str | None = None) -> None:
        sp = _Speaker(sid, name, type_, [r for r in roles if r], set(), scope)
        self.speakers[sid] = sp
        self.add_alias(sid, name)

    def add_alias(self, sid: int, alias: str) -> None:
        sp = self.speakers[sid]
        k = name_key(alias, sp.type)
        if alias:
            sp.names.add(alias)
        if not k or k in sp.keys:
            return
        sp.keys.add(k)
        if sp.scope is not None:
            self._scoped[(sp.scope, k)] = sid
            return
        self._by_key.setdefault(k, set()).add(sid)
        words = k.split()
        self._shape.setdefault((len(words),), set()).add(k)
        self._shape.setdefault((len(words), translit_key(words[0])), set()).add(k)
        if len(k) >= 4:
            self._by_translit.setdefault(translit_key(k), set()).add(sid)
        if len(words) > 1 and (sp.type in ("person",) + _UNTYPED):
            self._by_surname.setdefault(translit_key(words[-1]), set()).add(sid)
            self._by_ends.setdefault((translit_key(words[0]), translit_key(words[-1])), set()).add(sid)
            self._by_start.setdefault((translit_key(words[0]), translit_key(words[1])), set()).add(sid)

    def add_role(self, sid: int, role: str | None) -> bool:
        sp = self.speakers[sid]
        if role and role not in sp.roles:
            sp.roles.append(role)
            return True
        return False

    def rename(self, sid: int, name: str) -> None:
        self.speakers[sid].name = name
        self.add_alias(sid, name)

    # -- resolving
    def resolve(self, name: str, type_: str | None, role: str | None = None,
                doc_id: str | None = None) -> tuple[int | None, str, str | None]:
        """Return ``(speaker_id or None, canonical name, scope)`` for a mention's name.

        ``None`` means: create a new speaker with that canonical name (and scope).
        """
        ev = SpeakerEvidence(name, type_, (role,) if role else ())
        key = name_key(name, type_)
        canon = self.config.canonical_for(name, type_)
        if canon is not None:  # the user's word is final, types included
            ck = name_key(canon, type_)
            for sid in sorted(self._by_key.get(ck, ())):
                if self.speakers[sid].name == canon:
                    return sid, canon, None
            for sid in sorted(self._by_key.get(ck, ())):
                return sid, self.speakers[sid].name, None
            return None, canon, None
        never = self.config.never
        words = key.split()
        local = doc_id is not None and is_local(name, type_)

        def ok(sid: int) -> bool:
            sp = self.speakers[sid]
            return should_merge(ev, sp.evidence(), never=never)

        if not local:
            for pool in (self._by_key.get(key, ()), self._by_translit.get(translit_key(key), ()) if len(key) >= 4 else ()):
                hits = [sid for sid in sorted(pool) if ok(sid)]
                if hits:
                    return hits[0], self.speakers[hits[0]].name, None
            near = self._near_candidates(key, type_)
            hits = [sid for sid in near if ok(sid)]
            if hits:
                return hits[0], self.speakers[hits[0]].name, None
            if len(words) > 1 and type_ in ("person",) + _UNTYPED:
                # a longer or shorter form of one name: only when exactly one speaker fits
                first, second, last = (translit_key(w) for w in (words[0], words[1], words[-1]))
                cands = self._by_ends.get((first, last), set()) | self._by_start.get((first, second), set())
                hits = sorted({sid for sid in cands if ok(sid)})
                if len(hits) == 1:
                    return hits[0], self.speakers[hits[0]].name, None
        if len(words) == 1 and type_ in ("person",) + _UNTYPED and role:
            full = sorted(self._by_surname.get(translit_key(key), ()))
            if len(full) == 1 and ok(full[0]):  # the surname must be unique in the store
                return full[0], self.speakers[full[0]].name, None
        if len(words) > 1 and type_ in ("person",) + _UNTYPED and role:
            # a full name arrives after its bare surname: adopt the surname's speaker (and name it
            # fully) when no other full name in the store ends with that surname
            sur = translit_key(words[-1])
            if not self._by_surname.get(sur):
                bare = [sid for sid in sorted(self._by_translit.get(sur, ()))
                        if all(len(k.split()) == 1 for k in self.speakers[sid].keys)]
                if len(bare) == 1 and ok(bare[0]):
                    return bare[0], name, None
        if local:
            return self._scoped.get((doc_id, key)), name, doc_id
        return None, name, None

    def _near_candidates(self, key: str, type_: str | None) -> list[int]:
        if len(key) < 8 or " " not in key:
            return []
        words = key.split()
        shape = (len(words),) if type_ not in ("person",) + _UNTYPED else (len(words), translit_key(words[0]))
        choices = list(self._shape.get(shape, ()))
        if not choices:
            return []
        found = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=NEAR_THRESHOLD, limit=5)
        out: list[int] = []
        for k, _score, _i in found:
            for sid in sorted(self._by_key[k]):
                if types_compatible(self.speakers[sid].type, type_) and sid not in out:
                    out.append(sid)
        return out

