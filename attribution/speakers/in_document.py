"""Document-level speaker resolution shared by every backend.

- a surname or partial name takes the fullest name seen in the document
  (سيرومولوتوف → أوليغ سيرومولوتوف);
- a description (المسؤول الروسي، الوزير، المتحدثة) takes the most recent named speaker whose role
  and gender fit;
- an implicit subject (وأضاف أن…) takes the most recent speaker that agrees with the verb:
  أضاف masculine singular, أضافت feminine singular (also organisations: وزارة → أكدت, and
  non-human plurals: المصادر → أفادت), أضافوا plural.
"""
from __future__ import annotations

import functools
import re
import heapq
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import compress, count
from typing import Iterator

from attribution.lexicon.closed import (
    AGED, REGIONS, BELONGING, RELATIVES, BROAD_ORG_HEADS, EMPHATIC_SELF, GENERIC_HEADS, MADE_IT, MAKING, NAME_PARTICLES, NAME_STOPS,
    ORG_NAME_STOPS, OWNER_PRONOUNS, PARENTHETICAL, PARTITIVES, PHRASE_COMPLEMENTIZERS, PREPOSITIONS, PRONOUN_SUBJECTS, QUOTES, UNVEIL,
)
from attribution.lexicon.cues import Lexicon, default_lexicon
from attribution.lexicon.names import (given_name_length, given_names, is_given_name, is_name_particle,
                                       named_institution_end, possessed_noun, walad_as_bin)
from attribution.lexicon.vocabulary import vocabulary
from attribution.topics.assign import stopwords
from attribution.text.morph import (
    derived_masdar_shape, disagreeing_nisba, fula_shape, possessed_masdar_shape, strip_article, strip_pronoun, tafil_shape,
)
from attribution.text.normalize import NormalizedText, fold, norm_word, normalize_text, written_ala
from attribution.text.tokens import document_tokens, starting, word_places
from attribution.records import Attribution, Candidate, Document
from attribution.speakers.across_documents import org_prefixes, translit_key
from attribution.speakers.apposition import apposed_role
from attribution.speakers.mention import (DEPUTY_HEADS, EPITHETS, NEVER_IN_NAME, MentionInfo, analyse_mention, definite_verbal_noun, is_sacred, named_body, unnamed_source_head,
                                         prophet_keys, women_group, bracketed_short_name,
                                         nationality_noun)


@functools.lru_cache(maxsize=4)
def _head_forms(lexicon: Lexicon) -> frozenset[str]:
    """Every written form of a title or organisation head: with ال, و/ف/ب/ل, possessive pronouns."""
    w = lexicon.category
    out = set(w("name_role"))  # (indefinite, as written: نيال كوين مهاجم…)
    out |= {c + h for h in w("org_named") for c in ("", "و", "ف", "ل", "ب")}  # (ممثلة برنامج الأغذية العالمي)
    for h in w("title") | w("title_f") | w("expertise") | w("org") | w("org_f") | w("doc") | w("doc_f"):
        forms = {h, "ال" + h}
        if h.endswith("ة"):
            forms |= {h[:-1] + "ت" + p for p in ("ه", "ها", "هم", "هما")}
        else:
            forms |= {h + p for p in ("ه", "ها", "هم", "هما")}
        for f in list(forms):
            forms |= {c + f for c in "وف"}
            if f.startswith("ال"):
                forms |= {"وال" + f[2:], "فال" + f[2:], "بال" + f[2:], "لل" + f[2:]}
        out |= forms
    return frozenset(out)


def _definite(role: str) -> bool:
    """Is a description definite: with the article, a possessive (نظيره), or a construct with a
    definite or proper genitive (وزير الخارجية، وزير خارجية مصر، مستشار مفتي مصر)? «مسؤول أمريكي»،
    «مسؤول دفاع أميركي»، «مصدر مطلع»، «مصدر في الوزارة» are indefinite: someone new."""
    words = fold(role).replace("،", " ").split()
    if not words:
        return False
    first = words[0]
    if first.startswith(("ال", "وال", "فال")) or strip_pronoun(first) != first:
        return True
    if len(words) == 1:
        return first not in GENERIC_HEADS  # «سمو رئيس [الوزراء]»: a title cut short, not «مسؤول»
    for w in words[1:]:
        if w in ("في", "من", "عن", "لدي", "علي", "الي", "باسم") or w in _SOURCE_ADJECTIVES:
            return False  # (متحدث باسم الشركة: "a spokesman for")
        if w.startswith(("ال", "لل")) or strip_article(w) in _place_stems():
            return True
        if w.endswith(("ي", "يه", "يون", "يين")) and w not in _folded_nouns():
            return False  # an indefinite nisba adjective: مسؤول أمريكي
    return True  # a construct cut short (مسؤول تسجيل [الغذاء]): no mark of an indefinite description


@functools.lru_cache(maxsize=1)
def _folded_nouns() -> frozenset[str]:
    """Titles and portfolios, folded: nouns ending like a nisba (مفتي، خارجية) that are no adjective."""
    v = vocabulary()
    return frozenset(fold(w) for w in v.title | v.portfolio)


#: Indefinite adjectives of anonymous sources (folded): «مصدر مطلع»، «مسؤول رفيع».
_SOURCE_ADJECTIVES = frozenset({"مطلع", "مطلعه", "رفيع", "رفيعه", "كبير", "بارز", "مقرب", "موثوق", "مسؤول",
                                "اخر", "سابق", "اخري", "اخرون"})


def _qualifier(w: str) -> bool:
    """A folded word of a role that says where or of which nation: a nisba (الروسي، السودانيه) or a
    place (روسيا، بريطانيا) — not the portfolio (الخارجيه is both a nisba and the portfolio: a word
    the description shares is never counted as added)."""
    b = strip_article(w)
    return len(b) > 3 and (b.endswith(("ي", "يه")) or b in vocabulary().place)


def _qualifier_stem(stem: str) -> bool:
    """Could a description's adjective stem (روس، سودان، امارات) be a nationality? (not a portfolio
    noun: معادن) — a place's name, or one with its ending (روسيا، أمريكا)."""
    places = _place_stems()
    return stem in places or stem + "يا" in places or stem + "ا" in places or stem in _BODY_NISBA_STEMS


#: Stems of nisbas of a body of nations (المبعوث الأممي، الموفد الدولي، الأمين العام العربي): like a
#: nationality, they say whose envoy or official a person is, and a first mention often leaves them out
#: («مبعوثه الخاص باليمن إسماعيل ولد الشيخ أحمد» … «المبعوث الأممي الخاص باليمن»)
_BODY_NISBA_STEMS = frozenset({"امم", "دول", "عرب"})


@functools.lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    return frozenset(strip_article(fold(p)) for p in vocabulary().place)


def _stem_adj(w: str) -> str:
    """روسية/الروسية/روسيا → روسي: nationality adjectives compared on their stem."""
    w = strip_article(w)
    for suf in ("يه", "يا", "ي", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)]
    return w


# ------------------------------------------------------------------ the mention index

@dataclass(frozen=True)
class _Indexed:
    """A noun phrase naming a person or an organisation anywhere in the document
    (``pos``/``end``: its span in the original text)."""

    pos: int
    info: MentionInfo
    end: int = -1


_Token = tuple[int, int, str]  # start and end in the normalised text, the word
_QUOTE_TOKENS = ('"', "«", "»", "“", "”")


@dataclass(frozen=True)
class _IndexContext:
    """What reading one phrase of the index needs: the document, its tokens, the word classes."""

    text: str
    nt: NormalizedText
    toks: list[_Token]
    lexicon: Lexicon
    titles: frozenset[str]  # person heads (وزير، المتحدثة)
    orgs: frozenset[str]  # organisation and document heads (وزارة، بيان)
    honorifics: frozenset[str]  # honorifics without the article (شيخ، دكتور)
    words: list[str]  # the tokens' normalised words (``toks[k][2]``)
    distinct: frozenset[str]  # the set of ``words``


def mention_index(text: str, lexicon: Lexicon, nt: NormalizedText | None = None) -> list[_Indexed]:
    """Every "title + name" and "organisation + complement" phrase of the document, in order.

    Reports often name a person once, outside any report (يقول الخبير في الموارد المائية منير
    الطرابلسي…), and later only by description (الخبير) or surname: this index lets resolution
    find the fullest name and the referent of a definite description (الوزارة، الأمانة).
    """
    return _MentionIndex(text, lexicon, nt or normalize_text(text)).all()


#: Where the heads of the index phrases holding a token are, from it: a title's phrase ends at
#: most 23 tokens after its head (:func:`_person_end`) and starts at most 4 before it (a name
#: before the title, :func:`_name_before`); a name led by a given name runs at most 8 tokens.
_BEFORE, _AFTER, _NAME_RUN = 24, 6, 8


class _MentionIndex:
    """The phrases of :func:`mention_index`, read only where a mention needs them.

    :meth:`at` and :meth:`naming` read the phrases around some places of the document,
    :meth:`titled_before` the titled phrases before a place, nearest first, and :meth:`all` every
    phrase; each phrase is read once, and a question answers as the whole index would, for a
    fraction of its cost (most mentions ask about the phrase they stand in, or a surname's).
    """

    def __init__(self, text: str, lexicon: Lexicon, nt: NormalizedText):
        w = lexicon.category
        doc = document_tokens(nt.text)  # (the rules' tokens of the same text, not tokenised again)
        self.ctx = _IndexContext(text, nt, list(zip(doc.starts, doc.ends, doc.words)), lexicon,
                                 w("title") | w("title_f") | w("expertise"),  # (الأخصائية الاجتماعية سهيلة العبدالعال)
                                 w("org") | w("org_f") | w("doc") | w("doc_f"), vocabulary(lexicon).honorific_bare,
                                 doc.words, doc.distinct)
        self.words = doc.words
        heads = _head_forms(lexicon)
        self._heads = list(compress(count(), map(heads.__contains__, self.words)))  # the head tokens, in order
        self._titled: dict[int, _Indexed | None] = {}  # head token → its phrase
        self._spans: dict[int, tuple[int, int] | None] = {}  # head token → its phrase's words
        self._runs: list[tuple[int, int]] | None = None  # the given-name runs [start, end) of tokens
        self._names: dict[int, _Indexed | None] = {}  # first token of a run → its phrase
        self._all: list[_Indexed] | None = None
        self._folded: str | None = None
        self._folded_words: list[str] | None = None
        self.given_before: dict[str, list[str]] = {}  # family name → «given name + it» (:func:`_given_before_family`)
        self._near: dict[frozenset[int], list[_Indexed]] = {}  # positions → :meth:`at`'s answer (before :meth:`all`)
        self._found: dict[frozenset[str], list[int]] = {}  # folded words → where they occur (:meth:`naming`)

    def all(self) -> list[_Indexed]:
        """Every phrase, in order (:func:`mention_index`)."""
        if self._all is None:
            titled = [it for k in self._heads if (it := self.titled(k)) is not None]
            self._all = sorted(titled + _given_name_phrases(self.ctx, titled), key=lambda it: it.pos)
        return self._all

    def titled(self, k: int) -> _Indexed | None:
        """The phrase headed by the head token ``k`` (a title or an organisation word), once read;
        none for a title in construct after a deputy's (نائب [خادم الحرمين الشريفين]، نائب [رئيس]
        الوزراء: the deputy's phrase holds it)."""
        if k and strip_article(self.words[k - 1]) in DEPUTY_HEADS:
            return None
        if k not in self._titled:
            span = self._span(k)
            self._titled[k] = _indexed_phrase(self.ctx, k, span) if span is not None else None
        return self._titled[k]

    def _span(self, k: int) -> tuple[int, int] | None:
        if k not in self._spans:
            self._spans[k] = _phrase_span(self.ctx, k)
        return self._spans[k]

    def _may_hold(self, k: int, pos: int) -> bool:
        """Can the phrase of head ``k`` hold original offset ``pos``?  (Its words are found
        without reading the phrase, and it starts at most four tokens before its head.)"""
        span = self._span(k)
        return span is not None and span[1] > pos and self.ctx.nt.to_original(self.ctx.toks[max(0, k - 4)][0]) <= pos

    def at(self, positions: list[int]) -> list[_Indexed]:
        """The phrases that may hold one of ``positions`` (original offsets), every one that does
        among them, in the order of :meth:`all`."""
        if self._all is not None or len(positions) * 16 > len(self.words):
            return self.all()
        key = frozenset(positions)  # (the answer is the same for the same places in any order)
        if key not in self._near:
            self._near[key] = self._read_near(key)
        return self._near[key]

    def _read_near(self, positions: frozenset[int]) -> list[_Indexed]:
        heads: set[int] = set()
        names: dict[int, _Indexed] = {}
        for p in positions:
            kp = self._token_at(p)
            heads.update(k for k in self._heads_between(kp - _BEFORE, kp + _AFTER) if self._may_hold(k, p))
            names.update(self._names_from(kp + 1 - _NAME_RUN, kp + 1))
        titled = [it for k in sorted(heads) if (it := self.titled(k)) is not None]
        return sorted(titled + [names[k] for k in sorted(names)], key=lambda it: it.pos)

    @property
    def folded_words(self) -> list[str]:
        """:func:`fold` of every word, in order (made once: the document's words do not change)."""
        if self._folded_words is None:
            self._folded_words = list(map(fold, self.words))
        return self._folded_words

    @property
    def folded(self) -> str:
        """The normalised text with ة as ه, where folded words are sought (made once)."""
        if self._folded is None:
            self._folded = self.ctx.nt.text.replace("ة", "ه")
        return self._folded

    def naming(self, words: set[str]) -> list[_Indexed]:
        """The phrases that may hold one of the folded ``words`` (:meth:`at` where they occur)."""
        key = frozenset(words)
        if key not in self._found:
            to_original, text = self.ctx.nt.to_original, self.folded
            positions = self._found[key] = []
            for w in key:
                if not w:
                    continue
                i = text.find(w)
                while i != -1:
                    positions.append(to_original(i))
                    i = text.find(w, i + 1)
        return self.at(self._found[key]) if self._found[key] else []

    def titled_before(self, pos: int) -> Iterator[_Indexed]:
        """The phrases starting before ``pos`` that a title or an organisation heads, nearest
        first (as ``reversed(all())`` has them, less the names without a title)."""
        if self._all is not None:
            yield from (it for it in reversed(self._all) if it.pos < pos)
            return
        toks, to_original = self.ctx.toks, self.ctx.nt.to_original
        kp = self._token_at(pos)
        waiting: list[tuple[int, int, _Indexed]] = []
        for k in reversed(self._heads_between(0, kp + _AFTER)):
            it = self.titled(k)
            if it is not None and it.pos < pos:
                heapq.heappush(waiting, (-it.pos, -k, it))
            floor = to_original(toks[k][0])  # every phrase of a head before k starts before this
            while waiting and -waiting[0][0] >= floor:
                yield heapq.heappop(waiting)[2]
        while waiting:
            yield heapq.heappop(waiting)[2]

    def _token_at(self, pos: int) -> int:
        """The last token starting at or before original offset ``pos`` (-1: none)."""
        to_original = self.ctx.nt.to_original
        return bisect_right(self.ctx.toks, pos, key=lambda t: to_original(t[0])) - 1

    def _heads_between(self, lo: int, hi: int) -> list[int]:
        """The head tokens ``k`` with ``lo <= k < hi``."""
        return self._heads[bisect_left(self._heads, lo):bisect_left(self._heads, hi)]

    def _names_from(self, lo: int, hi: int) -> dict[int, _Indexed]:
        """The given-name phrases (:func:`_given_name_phrases`) whose run starts at a token
        ``lo <= k <= hi``, by that token."""
        if self._runs is None:
            self._runs = _name_runs(self.ctx, self.words)
        out = {}
        for k, end in self._runs[bisect_left(self._runs, (lo, -1)):bisect_right(self._runs, (hi, len(self.words) + 1))]:
            if k not in self._names:
                self._names[k] = self._name_phrase(k, end)
            if self._names[k] is not None:
                out[k] = self._names[k]
        return out

    def _name_phrase(self, k: int, end: int) -> _Indexed | None:
        """The phrase of the name run ``[k, end)``, unless a titled phrase already holds its start."""
        ctx = self.ctx
        s0, e0 = ctx.nt.original_span(ctx.toks[k][0], ctx.toks[end - 1][1])
        near = (self.titled(j) for j in self._heads_between(k - _BEFORE, k + _AFTER) if self._may_hold(j, s0))
        if any(it is not None and it.pos <= s0 < it.end for it in near):
            return None
        name = ctx.text[s0:e0]
        return _Indexed(s0, MentionInfo(name, name, None, "person", None, "sg", False), e0)


def _name_runs(ctx: _IndexContext, words: list[str]) -> list[tuple[int, int]]:
    """The runs ``[start, end)`` of tokens that :func:`_given_name_phrases` reads as names, in order."""
    starts = given_names()
    out, k = [], 0
    for m in word_places(words, lambda ws: ws & starts | starting(ws, ("عبد", "ابو", "ام")) | ws & {"علي"}, ctx.distinct):
        if m < k:
            continue  # inside the run before
        end = _name_run_end(ctx, words, m)
        if end > m + 1:
            out.append((m, end))
            k = end
    return out


def _ordinal_adjective(toks: list[_Token], m: int) -> bool:
    """«الفريق الأول»، «النائب الثاني»: an ordinal after a definite noun qualifies it (it is a time
    adverb only in «أمس الأول»)."""
    return toks[m][2] in ("الاول", "الثاني") and toks[m - 1][2].startswith(("ال", "لل")) and toks[m - 1][2] != "امس"


def _ali(ctx: _IndexContext, m: int) -> bool:
    """Is token ``m`` (علي) the given name Ali and not على "on": after a given name or an honorific,
    before a family name (محمد على المقدشي، الشيخ علي الحرقان)?"""
    toks = ctx.toks
    if toks[m][2] != "علي" or m == 0 or m + 1 >= len(toks):
        return False
    prev, nxt = toks[m - 1][2], toks[m + 1][2]
    after = toks[m + 2][2] if m + 2 < len(toks) else "."
    if prev in ("بن", "ابن", "بنت", "ابو") and nxt.isalpha():
        return True  # هادي بن علي اليامي: after a nasab particle علي is the father's name
    if is_given_name(nxt) or is_name_particle(nxt):
        return is_given_name(prev) or strip_article(prev) in ctx.honorifics
    if not nxt.startswith("ال"):
        return False
    if is_given_name(prev):
        return True  # «محمد على المقدشي»
    if _nisba_then_family(ctx, m, after):
        return True  # «وزير النفط الكويتي علي العمير بأن…»: the office's nisba, then the name
    # after an honorific only a family name closing the phrase: «الشيخ علي الحرقان أن…», not
    # «شدد الدكتور على الالتزام بالتعليمات»
    return strip_article(prev) in ctx.honorifics and (not after.isalpha() or after in PHRASE_COMPLEMENTIZERS)


def _nisba_then_family(ctx: _IndexContext, m: int, after: str) -> bool:
    """Is علي at ``m`` Ali between a nisba that closes an office (وزير النفط الكويتي) and a family name
    of any shape that closes the phrase (علي العمير، then a clause, a cue or a ل/ب-phrase)?  The
    words as :func:`attribution.speakers.mention.analyse_mention` reads them (ولد العمير؛ «المسؤول
    الأمني على الحدود» is on the border: no indefinite title opens it)."""
    if m < 3 or not (not after.isalpha() or after in PHRASE_COMPLEMENTIZERS or after[:1] in "لب"
                     or ctx.lexicon.forms.get(after) is not None):
        return False
    words = ctx.words
    start = next((j for j in range(m - 1, max(-1, m - 6), -1) if words[j] in ctx.titles), None)
    if start is None:
        return False
    seg = words[start:m + 2]
    return analyse_mention(" ".join(seg), ctx.lexicon).name == " ".join(seg[-2:])


def _given_name_phrases(ctx: _IndexContext, titled: list[_Indexed]) -> list[_Indexed]:
    """Names with no title, led by a given name, anywhere in the document: «معصم ديمتري بيسكوف»،
    «وقال محمود عبدالشكور»، «عبدالله بن سعد العتيبي».

    A given name starts a name only when a name word follows it: a particle (بن، آل), another
    given name, a word no dictionary class holds, or a family name in ال-…ي (العتيبي); «حسن النية»
    and «على الرغم» are no names.  Names inside a titled phrase of the index are already there.
    """
    covered = [(it.pos, it.end) for it in titled]
    words = ctx.words
    starts = given_names()
    out, k = [], 0
    while k < len(words):
        w = words[k]
        if w not in starts and not w.startswith(("عبد", "ابو", "ام")) and w != "علي":
            k += 1  # (most words open no name: one set lookup)
            continue
        named = _institution_around(words, k)
        if named:
            k = named  # «مستشفى الملك فهد محمد العتيبي»: فهد names the hospital; the man's name is after it
            continue
        end = _name_run_end(ctx, words, k)
        if end > k + 1:
            s0, e0 = ctx.nt.original_span(ctx.toks[k][0], ctx.toks[end - 1][1])
            if not any(a <= s0 < b for a, b in covered):
                name = ctx.text[s0:e0]
                out.append(_Indexed(s0, MentionInfo(name, name, None, "person", None, "sg", False), e0))
            k = end
        else:
            k += 1
    return out


def _institution_around(words: list[str], k: int) -> int:
    """The end of an institution named after a person that word ``k`` belongs to, after its noun
    (0: none): the noun stands up to four words before (مستشفى الملك فهد، جامعة خادم الحرمين الشريفين)."""
    for j in range(max(0, k - 4), k):
        end = named_institution_end(words, j)
        if end > k:
            return end
    return 0


def _name_run_end(ctx: _IndexContext, words: list[str], k: int) -> int:
    """The end of a personal name starting with a given name at ``k`` (``k`` when none starts there)."""
    ali = words[k] == "علي" and k + 1 < len(words) and _ali_name_next(ctx, words[k + 1])
    n = given_name_length(words, k) or int(ali)
    if not n or (k and (is_given_name(words[k - 1]) or is_name_particle(words[k - 1]))):
        return k
    if fold(words[k]) in stopwords() and not ali and not (k and strip_article(words[k - 1]) in ctx.honorifics):
        return k  # على "on" reads علي once normalised, صباح is "morning": only after an honorific a name
    if ctx.lexicon.forms.get(words[k]) is not None and (k == 0 or words[k - 1] in _CLAUSE_MARKS
                                                        or "\n" in ctx.nt.text[ctx.toks[k - 1][1]:ctx.toks[k][0]]):
        return k  # «. وعد علاوي: …»، «وعدّ الصاعدي العطلة…»: a verb of saying opening a clause, its subject after it
    m = k + n
    while m < len(words) and m - k < 6:
        w = words[m]
        if "\n" in ctx.nt.text[ctx.toks[m - 1][1]:ctx.toks[m][0]]:
            break  # a name ends with its line (a heading, a list of related articles: «… عبد الوهاب\nمذكرات فاتن…»)
        if (is_name_particle(w) or (w == "ولد" and walad_as_bin(words[m - 1:m + 2])[1] == "بن")) \
                and m + 1 < len(words) and words[m + 1].isalpha():
            m += 2  # بن سعد، آل الشيخ، أبو زيد، ولد الشيخ
            continue
        if w == "علي" and _written_ala(ctx, m):
            break  # «وشدد شكري على أن…»: على with its alef maqsura is the preposition after a name
        if given_name_length(words, m):
            m += given_name_length(words, m)
            continue
        if w.startswith("ال"):
            if w.endswith(("ي", "ى")) and len(w) > 4 and not _title_or_org(ctx, strip_article(w)):
                m += 1  # a family name: العتيبي، الحربي
            elif w == "العبد" and m + 1 < len(words) and words[m + 1].startswith("ال") and words[m + 1].isalpha():
                m += 2  # a compound one: العبد الله، العبد اللطيف
            elif m - k >= 2 and _family_word_after_nasab(ctx, w):
                m += 1  # after a given name and the father's (or بن X): the family's, whatever its shape
            break
        if _plain_name_word(ctx, w):
            m += 1
            continue
        break
    if ali and not (k and strip_article(words[k - 1]) in ctx.honorifics) and (
            m - k < 3 or (not is_name_particle(words[k + 1]) and any(given_name_length(words, j) for j in range(k + 2, m)))):
        return k  # (علي then two name words: «علي شايف الحريري»; «على حضور الاجتماع»، «على معصم فهد…» are no name)
    return m


def _family_word_after_nasab(ctx: _IndexContext, w: str) -> bool:
    """Is the ال-word ``w``, after a given name and the father's (عبدالله محمد المبارك، سالم بن سعد
    الدوسري), the family name, not a word after the name: no title or body, no verb, no function
    or time word, no age, feminine or plural noun, no verbal noun or event (عبدالله محمد [الوزير]، [اليوم]، [الذي]، [المعرض])."""
    b = strip_article(w)
    return w.isalpha() and len(w) > 3 and not _title_or_org(ctx, b) and fold(w) not in stopwords() \
        and ctx.lexicon.forms.get(w) is None and w not in RELATIVES and b not in ctx.honorifics and w not in AGED \
        and not w.endswith(("ة", "ه", "ات")) and not tafil_shape(b) \
        and b not in ctx.lexicon.category("event")  # (عبدالله رشاد [التوفيق]، رزان صالح [الفعاليات]، فيصل بن بندر [المعرض])


def _written_ala(ctx: _IndexContext, m: int) -> bool:
    """Is token ``m`` written على (the alef maqsura, the preposition), not علي (the name Ali)?"""
    s0, e0 = ctx.nt.original_span(ctx.toks[m][0], ctx.toks[m][1])
    return written_ala(ctx.text[s0:e0])


def _ali_name_next(ctx: _IndexContext, nxt: str) -> bool:
    """After علي, a word that makes it the name Ali (علي شايف الحريري، علي بن محمد), not على "on"."""
    return is_given_name(nxt) or is_name_particle(nxt)


def _plain_name_word(ctx: _IndexContext, w: str) -> bool:
    """A word that may be a surname: no article, no digit, no known class (function word, title,
    organisation, cue, adverbial, preposition-led phrase)."""
    return w.isalpha() and len(w) > 2 and not w.startswith(("لل", "بال", "و", "ف")) and fold(w) not in stopwords() \
        and (w[:1] not in "بل" or is_given_name(w) or _surname_shape(fold(w))) \
        and not _title_or_org(ctx, strip_article(w)) and ctx.lexicon.forms.get(w) is None \
        and w not in ctx.lexicon.category("adverbial") and w not in NAME_STOPS \
        and strip_pronoun(w) not in ctx.lexicon.category("content_head") and not possessed_noun(w) \
        and not (tafil_shape(fold(w)) and not is_given_name(w))  # (نتنياهو [تحذيره]، دونالد ترامب [توضيح] تصريحاته)


def _phrase_span(ctx: _IndexContext, k: int) -> tuple[int, int] | None:
    """The original span of the words a title or an organisation at token ``k`` heads (the phrase
    :func:`_indexed_phrase` reads; a name before a title may widen it), or ``None``: no phrase."""
    a, _, tok = ctx.toks[k]
    if k and ctx.toks[k - 1][2] in NAME_PARTICLES:
        return None  # «عبدالله بن مساعد»: after بن a title word (مساعد "assistant") is a name
    base = tok[1:] if tok[:1] in "وف" and _title_or_org(ctx, strip_article(tok[1:])) else tok
    if _named_body_at(ctx, k):
        end = _organization_end(ctx, k, "برنامج")  # (an indefinite head in construct: برنامج الأغذية العالمي)
        clitic = 0 if tok in ctx.lexicon.category("org_named") else 1  # (لبرنامج: the phrase starts after ل)
        return None if end is None else ctx.nt.original_span(a + clitic, end)
    head = strip_article(base)
    if head not in ctx.titles and head not in ctx.orgs:
        head = strip_pronoun(head)  # نظيره الروسي فلاديمير بوتين، وزيرها
        if head not in ctx.titles and base not in ctx.lexicon.category("name_role"):
            return None
    named = named_institution_end(ctx.words, k)
    if named > k + 1:
        end = ctx.toks[named - 1][1]  # «مستشفى الملك فهد العام»: a name the institution noun opens
    elif head in ctx.orgs and head not in ctx.titles:
        end = _organization_end(ctx, k, base)
        if end is None:
            return None
    elif _institution_around(ctx.words, k):
        return None  # «مستشفى الملك فهد»: the king names the hospital, he is no person here
    else:
        end = _person_end(ctx, k)
    return _within_line(ctx.text, ctx.nt.original_span(a + (len(tok) - len(base)), end))


def _within_line(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span cut at its first line break: a title and its name end with their line (a list of
    related articles: «… وأستاذة الحب\n\nمذكرات فاتن حمامة (4)» is no «أستاذة» named مذكرات)."""
    cut = text.find("\n", span[0], span[1])
    return span if cut < 0 else (span[0], len(text[:cut].rstrip()))


def _named_body_at(ctx: _IndexContext, k: int) -> bool:
    """Does token ``k`` (with و/ف/ل/ب or none) open «برنامج الأغذية العالمي» (:func:`named_body`)?"""
    tok, v = ctx.toks[k][2], vocabulary(ctx.lexicon)
    head = tok if tok in v.org_named else tok[1:] if tok[:1] in "وفلب" else ""
    return named_body([head] + ctx.words[k + 1:k + 4], v)


def _title_or_org(ctx: _IndexContext, w: str) -> bool:
    return w in ctx.titles or w in ctx.orgs


def _indexed_phrase(ctx: _IndexContext, k: int, span: tuple[int, int] | None = None) -> _Indexed | None:
    """The phrase headed by token ``k`` (a written form of a title or organisation), if it names one
    (``span``: its :func:`_phrase_span`, when known)."""
    span = span or _phrase_span(ctx, k)
    if span is None:
        return None
    s0, e0 = span
    if ctx.toks[k][2] in ctx.lexicon.category("name_role"):
        return _named_before_role(ctx, k, s0, e0)
    info = analyse_mention(ctx.text[s0:e0], ctx.lexicon)
    if info.type == "person":
        found = _indexed_person(ctx, k, s0, e0, info)
        cut = _first_comma(ctx.text, s0, e0)
        if found is None and cut is not None:
            # «اختتم وزير الدفاع الأميركي آشتون كارتر، زيارته…»: what follows the comma is the verb's
            # object, no name in apposition; the name is the one before the comma
            info = analyse_mention(ctx.text[s0:cut], ctx.lexicon)
            found = _indexed_person(ctx, k, s0, cut, info) if info.type == "person" and info.name else None
        return found or (_named_before_comma(ctx, k, s0, e0) if not info.name else None)
    if info.type in ("organization", "document") and len((info.name or "").split()) < 2:
        return None
    return _Indexed(s0, info, e0)


def _named_before_comma(ctx: _IndexContext, k: int, s0: int, e0: int) -> _Indexed | None:
    """«علق لازلو بوك، مدير التشغيل البشري بمؤسسة «غوغل»، على…»: a name of two words right after a
    verb, set off by a comma before a titled phrase that names no one, is that role's holder (a name
    in apposition), though neither word is a known given name; the role is the phrase."""
    toks, forms = ctx.toks, ctx.lexicon.forms
    if k < 3 or toks[k - 1][2] not in ("،", ","):
        return None
    pair = [toks[k - 3][2], toks[k - 2][2]]
    if not all(w.isalpha() and len(w) > 2 and not w.startswith(("ال", "لل", "بال", "و")) and forms.get(w) is None
               and fold(w) not in stopwords() and not _title_or_org(ctx, w) and not w.endswith(("ة", "ا", "ي"))
               for w in pair):
        return None
    if k > 3 and forms.get(toks[k - 4][2]) is None:
        return None  # (the name is the subject right after its verb: no noun phrase of another's)
    b0, _ = ctx.nt.original_span(toks[k - 3][0], toks[k - 3][1])
    _, b1 = ctx.nt.original_span(toks[k - 2][0], toks[k - 2][1])
    name = ctx.text[b0:b1]
    return _Indexed(b0, MentionInfo(name, name, ctx.text[s0:e0], "person", None, "sg", False), e0)


def _first_comma(text: str, s0: int, e0: int) -> int | None:
    """The end of the words before the first comma of ``text[s0:e0]`` (``None``: no comma)."""
    cut = min((i for i in (text.find("،", s0, e0), text.find(",", s0, e0)) if i >= 0), default=-1)
    return len(text[:cut].rstrip()) if cut > s0 else None


def _named_before_role(ctx: _IndexContext, k: int, s0: int, e0: int) -> _Indexed | None:
    """«نيال كوين مهاجم مانشستر سيتي السابق»: a name of two words (or a nasab) right before an
    indefinite role noun in construct is the role holder's, though neither word is a known given
    name; the role is the phrase the noun heads.  Without such a name the noun is no speaker's."""
    if k + 1 >= len(ctx.toks) or not ctx.toks[k + 1][2].isalpha():
        return None  # (a role noun in construct: «مهاجم الفريق», never «مهاجم،»)
    before = _name_before(ctx.toks, k, ctx.lexicon)
    if before is None:
        return None
    b0, _ = ctx.nt.original_span(ctx.toks[before][0], ctx.toks[before][1])
    _, b1 = ctx.nt.original_span(ctx.toks[k - 1][0], ctx.toks[k - 1][1])
    name = ctx.text[b0:b1]
    if not all(_name_like(fold(w), inside=j > 0) for j, w in enumerate(name.split())):
        return None
    return _Indexed(b0, MentionInfo(name, name, ctx.text[s0:e0], "person", "m", "sg", False), e0)


def _organization_end(ctx: _IndexContext, k: int, base: str) -> int | None:
    """Where an organisation's name after its head ends: its definite complements, quoted names
    and places; ``None`` for a definite head alone (الوزارة is a description, not a name)."""
    toks, n = ctx.toks, len(ctx.toks)
    end, m = toks[k][1], k + 1
    words = 0
    indefinite = not base.startswith("ال")
    after_name = False
    while m < n and m < k + 10:
        x = toks[m][2]
        if x in ORG_NAME_STOPS or x in BELONGING or x.isdigit() or ctx.lexicon.forms.get(x) is not None \
                or x in ctx.lexicon.category("adverbial") or x == "الان":
            break  # (وزارة الصحة [اليوم الثلاثاء]: an adverb ends the name; [التابع لـ…]: the body it belongs to)
        if disagreeing_nisba(base, toks[m - 1][2], x) or _object_after_chain(ctx, k, m) \
                or _object_after_definite_body(base, [t[2] for t in toks[k + 1:m + 1]]) \
                or (x in UNVEIL and m + 1 < n and toks[m + 1][2] == "عن") or (after_name and _bi_masdar(x)):
            break  # وزارة الخزانة الأميركية [الكواري]: its nisba closed the name, a family name follows
        if x.startswith(("ال", "لل", "وال", "بال")) or x in _QUOTE_TOKENS:
            words += x[0] not in '"«»“”'
            indefinite = indefinite and x[0] in '"«»“”'
        elif words and x[:1] == "و" and x.endswith("ة") and len(x) > 4 and m + 1 < n and toks[m + 1][2].startswith("ال") \
                and ctx.lexicon.forms.get(x) is None and not is_given_name(x[1:]) and x[1:] not in ctx.orgs \
                and x[1:] not in ctx.titles:
            # «هيئة الاتصالات وتقنية المعلومات»، «وحماية البيئة»: a second construct (a feminine
            # verbal noun and its definite genitive) joined by و goes on with the name
            words, end, m = words + 2, toks[m + 1][1], m + 2
            continue
        elif (toks[m - 1][2] in ('"', "«", "“") and any(t[2] in _QUOTE_TOKENS for t in toks[m + 1:m + 5])) \
                or (indefinite and not x.startswith(("و", "ف"))) \
                or (x[:1] == "ل" and strip_article(x[1:]) in ctx.orgs and words):
            words += 1  # a construct chain (بيان أمانة محافظة جدة) or a genitive (لقمة الدوحة)
            # (a ب-phrase after a proper name is the verb's: «وفد حركة حماس [برئاسة مشعل]»، «أسمنت نجران [بتوزيع…]»)
            after_name = x in _places()
        else:
            break
        end = toks[m][1]
        m += 1
    return None if base.startswith("ال") and words < 1 else end


def _bi_masdar(x: str) -> bool:
    """A verbal noun with ب (برئاسة، بقيادة، بتوزيع، بإغلاق): the verb's complement, never a word of a name
    (بوست in واشنطن بوست, بنك are names' words: no ة, no تفعيل)."""
    b = x[1:]
    ifal = len(b) == 5 and b[0] == "ا" and b[3] == "ا"  # (بإغلاق، بإطلاق: the form إفعال)
    return x[:1] == "ب" and len(b) >= 4 and b.isalpha() and (b.endswith("ة") or tafil_shape(b) or ifal)


def _object_after_definite_body(base: str, words: list[str]) -> bool:
    """Is the last of ``words``, right after the definite feminine head ``base`` and its definite
    adjectives, the verb's object?  A definite head takes no genitive, only adjectives, which agree
    with it: a word of masculine form (no ة, no nisba ي, no فعلى) is none — «وألقت الشرطة [القبض]
    على…» (not الشرطة الدينية، الهيئة العليا; after للأسرى the words may be the genitive's)."""
    x = words[-1]
    if not (base.startswith("ال") and base.endswith("ة") and x.startswith("ال")) or x in _places() \
            or not all(w.startswith("ال") for w in words[:-1]):
        return False
    b = x[2:]
    # (a participle is an adjective whatever its form: «الحكومة المعترف بها»)
    return len(b) >= 3 and b.isalpha() and not b.endswith(("ة", "ي", "ا", "ات", "ين", "ون")) and b not in _places() \
        and b[0] != "م"


#: marks after which a word opens a sentence or a clause (a verb there comes before its subject)
_CLAUSE_MARKS = frozenset({".", "!", "?", "؟", "؛", ":", "،", ",", "«", "»", '"', "“", "”", "(", ")", "-", "–", "—"})
#: after these particles the word is a name, whatever verb it looks like (أحسن أبو طالب، بن نهار)
_KUNYA_NASAB = frozenset({"بن", "بنت", "ابن", "ابو", "ابا", "ابي"})


def _object_after_chain(ctx: _IndexContext, k: int, m: int) -> bool:
    """Is the definite word at token ``m`` a noun after the whole construct chain of the body
    headed at ``k`` (a bare head, bare nouns, one definite genitive), so the verb's object?  Only
    adjectives go on a closed chain, and a noun of the فعلة shape or of content is none:
    «أتاحت وزارة التعليم [الفرصة] للمعلمين» (not «وزارة الحرس الوطني»، «منظمة الصحة العالمية»)."""
    words = ctx.words
    x, head = words[m], words[k]
    if m < k + 2 or head.startswith("ال") or not x.startswith("ال") or not words[m - 1].startswith("ال") \
            or any(w.startswith(("ال", "لل", "وال", "بال")) or not w.isalpha() for w in words[k + 1:m - 1]):
        return False
    b = strip_article(x)
    if _title_or_org(ctx, b) or b in _places() or x in _places() or b in ctx.honorifics:
        return False
    return fula_shape(b) or b in ctx.lexicon.category("content_head")


def _person_end(ctx: _IndexContext, k: int) -> int:
    """Where a title's phrase ends: before a second comma, a clause, a cue, a number or an adverbial."""
    toks, n = ctx.toks, len(ctx.toks)
    adverbial = ctx.lexicon.category("adverbial")
    end, m = toks[k][1], k + 1
    commas = 0
    while m < n and m < k + 24:
        x = toks[m][2]
        if x.isdigit() or (m > k + 1 and x in adverbial and x not in ("في", "من") and not _ali(ctx, m)
                           and not _ordinal_adjective(toks, m) and not _accredited_to(ctx, m)):
            break
        if x in ("،", ","):
            commas += 1
            if commas >= 2:
                break
        elif x in ".!?؟؛:\"«»“”()-–—" or x in PHRASE_COMPLEMENTIZERS \
                or (ctx.lexicon.forms.get(x) is not None and toks[m - 1][2] not in _KUNYA_NASAB) \
                or x in ORG_NAME_STOPS or (m > k + 1 and _imperfect_verb(x)):
            break  # (a relative clause ends the phrase: «… العتيبي التفجير الذي وقع…»; أبو طالب: a name)
        end = toks[m][1]
        m += 1
    return end


def _accredited_to(ctx: _IndexContext, m: int) -> bool:
    """Is لدى at ``m`` the "to" of an envoy's post, part of the title (سفير المملكة [لدى الدنمارك]
    محمد العقيل، مندوب مصر لدى الأمم المتحدة), not "upon" before a verbal noun (لدى وصوله)? A
    definite word or a place follows it."""
    words = ctx.words
    if words[m] != "لدي" or m + 1 >= len(words):
        return False
    nxt = words[m + 1]
    return (nxt.startswith("ال") and strip_pronoun(nxt) == nxt and not definite_verbal_noun(nxt)) \
        or nxt in vocabulary(ctx.lexicon).place


def _indexed_person(ctx: _IndexContext, k: int, start: int, end: int, info: MentionInfo) -> _Indexed | None:
    """A person of the index: named after the title, or right before it (جون كيري وزير الخارجية)."""
    # a one-word name may be the end of a name before the title, and a name after و is another person
    # («فهد الرشيد، العضو المنتدب…، وسامي الخرساني»: the role is فهد الرشيد's)
    conj = bool(info.name) and info.name[:1] == "و"
    # («مدرب آرسنال [بأداء فريقه]»: a ب/ل-phrase after the title is the verb's, the name stands before it)
    short = not info.name or len(info.name.split()) == 1 or conj or _prepositional(info.name)
    if conj and norm_word(info.name.split()[0][1:]) in given_names():
        info = replace(info, name=info.name[1:])  # "…وحسن روحاني": the conjunction is no part of the name
    last = k - 2 if k > 1 and ctx.toks[k - 1][2] in ("،", ",") else k - 1  # «لاري بيدج، المدير التنفيذي»
    before = _name_before(ctx.toks, last + 1, ctx.lexicon) if short else None
    if before is not None:
        # "يحاول جون كيري وزير الخارجية [فعله]": the name stands before its role
        b0, _ = ctx.nt.original_span(ctx.toks[before][0], ctx.toks[before][1])
        _, b1 = ctx.nt.original_span(ctx.toks[last][0], ctx.toks[last][1])
        info = MentionInfo(ctx.text[b0:b1], ctx.text[b0:b1], info.role, "person", info.gender, "sg", False)
        start = b0
    elif not info.name:
        return None
    words = info.name.split()
    heads = ctx.lexicon.category("content_head")
    norm = [norm_word(w) for w in words]
    cut = next((k for k in range(1, len(norm)) if (stem := strip_pronoun(norm[k])) != norm[k]
                and (stem in heads or possessed_masdar_shape(stem))), None)
    if cut is not None:  # «بنيامين نتنياهو تحذيره من…»: his noun of content ends the name
        words = words[:cut]
        info = replace(info, name=" ".join(words))
    first = norm_word(words[0])
    if first in heads or (strip_pronoun(first) != first and first.endswith(("ه", "ها", "هم", "هما"))
                          and not is_given_name(first) and not first.startswith("عبد")):
        return None  # وتوقع الخبير ارتفاع الأسعار، قدم الرئيس شكره: the verb's object (a verbal noun), no name
    keep = _name_length(words)
    if keep < len(words):
        # the window ran past the name ("فلاديمير بوتين تناولت الحرب…"): keep its head, fuller-name
        # matching then takes the words up to the speaker's own; a nasab is no run-on
        # (عبدالعزيز بن عبدالله آل الشيخ)
        info = replace(info, name=" ".join(words[:keep]))
    words = info.name.split()
    bad = next((j for j, w in enumerate(words) if not (_name_like(fold(w), inside=j > 0) or fold(w) == "علي"
                                                       or (j and is_given_name(strip_article(norm_word(w))))
                                                       or (j and norm_word(words[j - 1]) in _KUNYA_NASAB)
                                                       or (j and w == "الله" and (words[j - 1].startswith("ال")
                                                                                  or norm_word(words[j - 1]) == "عبد")))), None)
    if bad == 0:
        return None  # words no name holds: «وهو»، «للاصطفاف»، «فإن»
    if bad is not None:
        info = replace(info, name=" ".join(words[:bad]))  # «أنور قرقاش بنظيره»: the name ends before them
    return _Indexed(start, info, end)


def _prepositional(name: str) -> bool:
    """Does a would-be name open with a ب/ل-phrase and hold a word with a pronoun (بأداء فريقه)?"""
    words = [norm_word(w) for w in name.split()]
    return words[0][:1] in "بل" and not is_given_name(words[0]) and not is_given_name(words[0][1:]) \
        and any(strip_pronoun(w) != w for w in words[1:])


def _name_length(words: list[str]) -> int:
    """How many words of a would-be name are the name: given names, particles with the word they
    join, plain words, and a family name with the article, which closes it (عبدالله بن سعد العتيبي
    [التفجير…]، عبدالعزيز بن عبدالله آل الشيخ); at most seven."""
    norm = walad_as_bin([norm_word(w) for w in words])  # (إسماعيل ولد الشيخ أحمد: ولد as بن)
    k = 0
    while k < len(norm) and k < 7:
        w = norm[k]
        if is_given_name(w) or given_name_length(norm, k):
            # (أليكسي is a given name, not an ال-word; علي is Ali; عبد الله one in two words)
            k += given_name_length(norm, k) or 1
            continue
        if is_name_particle(w) and k + 1 < len(norm):
            k += 1 + (given_name_length(norm, k + 1) or 1)  # (بن عبد الله: a compound after the particle)
            if norm[k - 1].startswith("ال") and w != "ال" and norm[k - 1] != "الله" \
                    and not (strip_article(norm[k - 1]) in vocabulary().honorific_bare and k < len(norm)
                             and (given_name_length(norm, k) or _plain_after_particle(norm[k]))):
                break  # بن الخطاب: the article closes the name (not ولد الشيخ أحمد: an honorific, then a name)
            if w == "ال" and not (k < len(norm) and (is_name_particle(norm[k]) or norm[k].startswith("ال"))):
                break  # آل الشيخ، آل سعود: the family closes the name (not «… آل الشيخ [حادثة]»; آل جرمان الشهراني goes on)
            continue
        if w.startswith("ال"):
            if w == "الان" or w in _adverbials() or definite_verbal_noun(w):
                break  # «ويأمل توفيق الآن»: an adverb, no family name; «… بن عبدالله التهنئة»: a verbal noun
            if k == 0 or w.endswith("ي") or is_given_name(w[2:]) or norm[k - 1] == "ال" or is_given_name(norm[k - 1]) \
                    or (k >= 2 and given_name_length(norm, k - 2) == 2):  # (عبد الله البرقان)
                k += 1  # a family name after a given name: علي الحرقان، أسامة المولد
                if k < len(norm) and (norm[k] == "الله" and not w.endswith("ي")
                                      or w == "العبد" and norm[k].startswith("ال") and norm[k] not in _adverbials()):
                    k += 1  # (a compound one: الجار الله، العبد اللطيف، العبد اللات)
                if k < len(norm) and (is_name_particle(norm[k]) or (is_given_name(w[2:]) and norm[k].startswith("ال")
                                                                   and norm[k] not in _adverbials())):
                    continue  # «خالد الفيصل بن عبدالعزيز»، «جابر الأحمد الصباح»: a patronymic, then more
            break
        if not w.isalpha() or fold(w) in stopwords() or fold(w) in NAME_STOPS or w[:1] == "و" or w in _places() \
                or (w[:1] == "ف" and not (k and _surname_shape(fold(w)))) \
                or (k and (_imperfect_verb(w) or _title_word(w) or w in ("احد", "احدي"))) \
                or (k and w[:1] == "ل" and w[1:] in vocabulary().media_bare):
            break  # (وهو، وزميله: a new phrase; «… آل خليفة إيران»: the verb's object; لرويترز: who was told)
        k += 1
    return max(k, 1)


def _plain_after_particle(w: str) -> bool:
    """A word that goes on a name after «particle + honorific» (ولد الشيخ [سيديا]): a name word, not
    an ال-word, a function word or a clitic phrase."""
    return w.isalpha() and not w.startswith("ال") and _name_like(fold(w), inside=True) and fold(w) not in NAME_STOPS


def _title_word(w: str) -> bool:
    """A title (or a possessed one: نظيره) that is no honorific or given name: «ميشال بلاتيني رئيس
    [الاتحاد]» ends the name before it (سيد، أمين may be names)."""
    v = vocabulary()
    bare = strip_pronoun(w)
    return (w in v.title or (bare != w and bare in v.title)) and not is_given_name(w) and w not in v.honorific_bare


def _places() -> frozenset[str]:
    return vocabulary().place


def _adverbials() -> frozenset[str]:
    return vocabulary().adverbial


_PP_OPENERS = (PREPOSITIONS - {"ب", "ل"}) | {"خلال", "بعد", "قبل", "منذ"}  # words opening a prepositional phrase


def _imperfect_verb(w: str) -> bool:
    """A word shaped like a third-person imperfect verb (يصافح، يلتقي، يتحدث) and no given name:
    a photo caption's verb before the name, «… يصافح أشتون كارتر وزير الدفاع», is no part of it
    (names in ي- have a long vowel after it, يوسف، ياسر، يوكيا, or are known: يحيى، يزيد)."""
    return len(w) >= 4 and w[0] == "ي" and w[1] not in "اوىي" and not is_given_name(w)


def _name_before(toks: list[_Token], k: int, lexicon: Lexicon) -> int | None:
    """Index of the first word of a name right before token ``k``, if any: two words (جون كيري), or
    a nasab chain with its family name (محمد بن سلمان، ماهر بن صالح جمال)."""
    words = []
    m = k - 1
    while m >= 0 and len(words) < 6:
        w = toks[m][2]
        family = m == k - 1 and m > 0 and w.startswith("ال") and is_given_name(toks[m - 1][2]) \
            and not _title_word(w[2:])  # نبيل [العربي] الأمين العام (not «مصطفى [المتحدث] الإعلامي»: a title)
        if not w.isalpha() or (w.startswith("ال") and not family) or w[:1] in "وف" and len(w) > 3 and lexicon.forms.get(w) \
                or lexicon.forms.get(w) is not None or w in NAME_STOPS or _imperfect_verb(w) or w in _adverbials() \
                or derived_masdar_shape(w) and not is_given_name(w):
            break  # (استقبل أمس [مدير…]: an adverb before the title, no name; «محاولة اغتيال [وزير…]»: a verbal noun)
        words.append(m)
        m -= 1
    if len(words) < 2:
        return None
    seq = [toks[x][2] for x in reversed(words)]  # in text order, ending right before the title
    first = next((words[len(seq) - 1 - start] for start in range(len(seq) - 2)
                  if _nasab_chain(seq[start:]) and (start == 0 or seq[start - 1] not in NAME_PARTICLES)), None)
    if first is None:
        first = words[1]  # two words (جون كيري)
        if toks[first][2] in NAME_PARTICLES or toks[words[0]][2] in NAME_PARTICLES \
                or (first > 0 and toks[first - 1][2] in NAME_PARTICLES):
            return None  # «… الفيصل بن عبدالعزيز مستشار»، «سعود بن نايف بن عبدالعزيز أمير»: the name began before
    before = words[min(len(words), 3) - 1] - 1  # (the word before the two or three words next to the title)
    if before >= 0 and toks[before][2] in _PP_OPENERS:
        return None  # (من جانبه قدم [رئيس…]: a prepositional phrase and the verb, no name)
    return first


def _nasab_chain(seq: list[str]) -> bool:
    """Given name, (particle, name)+, and at most one family name: محمد بن سلمان، ماهر بن صالح جمال
    (or a grandfather's name, then the family's ال-name: أسامة بن محمد نور الجوهري)."""
    if not seq or seq[0] in NAME_PARTICLES:
        return False
    i, links = 1, 0
    while i + 1 < len(seq) and seq[i] in NAME_PARTICLES and seq[i + 1] not in NAME_PARTICLES:
        i, links = i + 2, links + 1
    return links > 0 and (len(seq) - i <= 1 or len(seq) - i == 2 and seq[-1].startswith("ال"))


# ------------------------------------------------------------------ resolution

#: Honorifics a description may be made of (الملك المفدى، الأمير الشاب), folded, without the article
_HONORIFIC_HEADS = frozenset({"ملك", "امير", "اميره", "سلطان"})



@dataclass(frozen=True)
class _Description:
    """A role used as a mention (المسؤول الروسي): its head noun and its adjectives' stems."""

    head: str
    adjectives: tuple[str, ...]
    nation: bool = False  # the head is a nationality used as a noun (السويسري المتوج بجائزة…)

    @property
    def generic(self) -> bool:
        return self.head in GENERIC_HEADS

    @classmethod
    def of(cls, info: MentionInfo) -> "_Description | None":
        words = [fold(w) for w in (info.role or "").replace("،", " ").split()]
        if not words:
            return None
        adjs = tuple(_stem_adj(w) for w in words[1:] if not w.startswith(("في", "من")) and len(_stem_adj(w)) > 2)
        return cls(strip_article(words[0]), adjs, nationality_noun(words[0], vocabulary()))

    def fits(self, role: str, generic_ok: bool = True) -> bool:
        """Does a named person's role fit: the head noun in it (or a generic head such as
        المسؤول), and every nationality adjective matching (الروسي ~ الروسية)?"""
        return self.rank(role, generic_ok) is not None

    def rank(self, role: str, generic_ok: bool = True) -> int | None:
        """How well a named person's role fits (lower is better; ``None``: it does not).

        0: the head and every adjective are in it and it adds no nationality or place;
        1: it adds one (وزير الخارجية → وزير خارجية روسيا سيرجي لافروف: in a Saudi paper the bare
        title is the paper's own minister, a foreign one is always qualified);
        2: it lacks the description's nationality but has no other (وزير المعادن السوداني → وزير
        المعادن أحمد الكاروري).
        """
        words = fold(role).split()
        heads = _role_heads(words, role)
        if not (self.head in heads or self.head.rstrip("ه") in heads or (generic_ok and self.generic)):
            return None
        if self.nation:
            return 1  # «السويسري المتوج بجائزة أفضل مدرب» → «السويسري كريستيان غروس»: the nationality names him
        if len(words) > 1 and strip_article(words[0]) in DEPUTY_HEADS and strip_article(words[0]) != self.head \
                and not self.generic and self.head not in {strip_article(w) for w in words[2:]}:
            return None  # «خادم الحرمين الشريفين» is not his deputy (نائب خادم الحرمين…), «الوزير» not his aide
        stems = {_stem_adj(w) for w in words}
        extra = {_stem_adj(w) for w in words[1:] if _qualifier(w)} - set(self.adjectives)
        missing = [a for a in self.adjectives if a not in stems]
        if not missing:
            # (a generic head is anyone's: «وأضاف المصدر» is the last «مصدر روسي مطلع», not an earlier «مصدر»)
            return 1 if extra and not self.generic else 0
        if extra or not all(_qualifier_stem(a) for a in missing):
            return None
        # only when more than the head agrees (وزير المعادن): «اللاعب الصربي» is no «اللاعب» X
        return 2 if any(a in stems and not _qualifier_stem(a) for a in self.adjectives) else None


def _role_heads(words: list[str], role: str) -> set[str]:
    """The folded ``words`` of a ``role``, without the article, and its head without a possessive
    pronoun when the role says more (مبعوثه الخاص → مبعوث: «his envoy» is an envoy; a bare «رئيسها» is
    only a description; the role as written tells مبعوثه from مبعوثة, which fold alike)."""
    heads = {strip_article(w) for w in words}
    first = norm_word(role.split()[0]) if role.split() else ""
    if len(words) > 1 and not first.endswith("ة") and (bare := strip_pronoun(words[0])) != words[0]:
        heads.add(bare)
    return heads


@dataclass
class _Entity:
    name: str
    type: str
    gender: str | None
    number: str
    roles: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    last: int = -1

    def role(self) -> str | None:
        return max(self.roles, key=len) if self.roles else None


class _Resolver:
    def __init__(self, lexicon: Lexicon, text: str = "", nt: NormalizedText | None = None):
        self.lex = lexicon
        self.entities: list[_Entity] = []
        self.clock = 0
        self.text = text
        self._nt = nt
        self._mentions: _MentionIndex | None = None
        self.pos = 0  # where in the document the current cue is
        self.issuers: dict[str, _Entity] = {}  # document head (بيان) → who issued it (في بيان لها)
        self.pair: _Entity | None = None  # the first of two persons named together as the last speaker
        self.other_than: _Entity | None = None  # «من جانبه، أكد الوزير…»: the speaker the turn passes from

    @property
    def nt(self) -> NormalizedText:
        if self._nt is None:
            self._nt = normalize_text(self.text)
        return self._nt

    @property
    def mentions(self) -> _MentionIndex:
        """The document's mention index, read where asked (most documents never need it)."""
        if self._mentions is None:
            self._mentions = _MentionIndex(self.text, self.lex, self.nt)
        return self._mentions

    def touch(self, e: _Entity) -> _Entity:
        self.clock += 1
        e.last = self.clock
        return e

    def recent(self) -> list[_Entity]:
        return sorted((e for e in self.entities if e.last >= 0), key=lambda e: -e.last)

    # ------------------------------------------------------------ explicit mentions
    def mention(self, info: MentionInfo, verb_gender: str | None) -> _Entity:
        if info.name and " " not in info.name.strip() and (
                info.type == "unknown" or (info.type in ("document", "organization") and not info.name.startswith("ال"))) \
                and self._is_surname(fold(info.name)):  # (the costly question last: it reads the index)
            # ونفى خطاب…، وقال المقدشي: a bare noun (خطاب "speech") or a lone definite word that is the
            # surname of a person of this document (مختار خطاب، محمد على المقدشي) is that person
            info = MentionInfo(info.text, info.name, info.role, "person", info.gender, info.number, False)
        if info.type == "person" and _org_written_with_prefix(self, info):
            # «وقالت الداخلية البحرينية» in an article that writes «وزارة الداخلية البحرينية»: the
            # ministry without its noun (org_prefixes.txt, as across documents), not a person
            info = replace(info, type="organization")
        if info.type == "document" and (issuer := self._issuer(info)) is not None:
            return self.touch(issuer)
        gender = info.gender or (verb_gender if info.type == "person" else None)
        if info.type == "person" and info.name:
            e = self.touch(_same_field(self, info, gender) or self._person(info, gender))
            self.pair = e if _two_names(info.text) else None
            return e
        if (surname := _title_and_surname(self, info)) is not None:
            return self.touch(self._person(replace(info, name=surname, type="person"), gender))
        if info.type == "person":
            e = self._description(info, gender)
            if e is not None:
                return self.touch(e)
            named = self._indexed_person(info, gender) or _titled_by_body_name(self, info, gender)
            if (spoken := _spoken_same_head(self, info, gender, named)) is not None or named is not None:
                return self.touch(spoken or self._person(named, gender))
            return self.touch(_introduced(self, info, "", gender) or self._new(info.role or info.text, "person", gender, "sg", info.role))
        key = fold(info.name or info.text)
        words = key.split()
        if info.type in ("organization", "document") and _definite_description(words):
            # «الهيئة المشرفة على الممر البحري» → «هيئة قناة بنما»: a definite head and its modifiers
            # describe the body the article named with that head
            words = words[:1]
            named = self._indexed_org(info)
            if named is not None and fold(named.name) != key:
                if len(key.split()) == 1 and (spoke := _same_head_speaker(self, info.type, key, named)) is not None:
                    spoke.keys.add(key)
                    return self.touch(spoke)
                e = self.mention(named, verb_gender)
                e.keys.add(key)
                return e
        if (len(words) == 1 or (len(words) == 2 and words[1] in EMPHATIC_SELF)) \
                and words[0].startswith("ال"):
            # المصادر → مصادر طبية، البيان → بيان أمانة جدة، الوزارة → وزارة المياه (a bare definite
            # description; "الحكومة الأميركية" names its own referent)
            head = strip_article(words[0])
            for e in self.recent():
                ew = fold(e.name).split()
                if e.type == info.type and ew and (strip_article(ew[0]) == head or _same_plural(head, ew, info.type)) \
                        and fold(e.name) != key:
                    e.keys.add(key)
                    return self.touch(e)
            if (outlet := _reporting_outlet(self.recent(), info.type, head) or _introduced(self, info, head)
                    or _sole_company(self, info, head) or _bare_named_body(self, info, head)):
                return self.touch(outlet)
        # (وزارة الدفاع الأميركية (البنتاغون): its short name, for a later «وقال البنتاغون»)
        short = bracketed_short_name(info.text) if info.type == "organization" else None
        for e in self.recent() + [x for x in self.entities if x.last < 0]:
            if e.type != info.type and not (info.type == "unknown"):
                continue
            if key in e.keys or _known_by(e, info, key, words):
                e.keys.update([key, fold(short)] if short else [key])
                if _fuller_name(info.name or "", e.name):
                    e.name = info.name
                return self.touch(e)
        gender = info.gender or (verb_gender if info.type == "unknown" else None)  # (يشترط القانون… ; not وأشارت)
        e = self._new(info.name or info.text, info.type, gender, info.number, None)
        if short:
            e.keys.add(fold(short))
        return self.touch(e)

    def _issuer(self, info: MentionInfo) -> _Entity | None:
        """A statement speaks for its issuer when the article gives it: after «وأوضحت الوزارة في بيان
        لها…», «وأضاف البيان» is the ministry's (the guide: the issuer is who said it)."""
        words = (info.name or info.text).split()
        if not _definite_description(fold(" ".join(words)).split()):
            return None
        head = strip_article(fold(words[0]))
        if (issuer := self.issuers.get(head) or _issuer_in_text(self, head)) is None:
            return None
        # (the statement keeps its own gender for the verbs that continue it: وأضاف البيان… وأردف…)
        e = self._find_or_new(MentionInfo(issuer.name, issuer.name, None, "document", info.gender, "sg", False))
        e.keys.add(fold(info.name or info.text))
        return e

    def _find_or_new(self, info: MentionInfo) -> _Entity:
        key = fold(info.name)
        for e in self.entities:
            if e.type == info.type and key in e.keys:
                return e
        return self._new(info.name, info.type, info.gender, info.number, None)

    def _is_surname(self, word: str) -> bool:
        """Whether ``word`` ends the name of a person speaking or named with a title in the document."""
        return next(_names_ending(self, word), None) is not None

    @staticmethod
    def _contains(big: str, small: str) -> bool:
        """Word-level containment: "الخارجية الروسية" in "وزارة الخارجية الروسية"."""
        bw, sw = big.split(), small.split()
        if not sw or len(sw) > len(bw):
            return False
        if len(sw) == 1 and len(bw) > 1 and sw[0] in BROAD_ORG_HEADS:
            return False
        bws = [strip_article(w) for w in bw]
        sws = [strip_article(w) for w in sw]
        return any(bws[i:i + len(sws)] == sws for i in range(len(bws) - len(sws) + 1))

    def _new(self, name: str, type_: str, gender, number, role) -> _Entity:
        e = _Entity(name, type_, gender, number, _role_parts(role) if role else [], {fold(name)})
        self.entities.append(e)
        return e

    def _person(self, info: MentionInfo, gender) -> _Entity:
        key = fold(info.name)
        words = key.split()
        best = inside = None
        for e in self.recent() + [x for x in self.entities if x.last < 0]:
            if e.type != "person" or (e.gender and gender and e.gender != gender) or _source_by_another(e, words):
                continue
            # same name, a surname, or a fuller form of it (first names must not clash); a lone word
            # inside a longer name only when no name ends with it (فينجر → أرسين فينجر, not an
            # earlier-read «مورينيو منافس فينجر اللدود»)
            found = _person_key_match(e.keys, key, words)
            if found == "whole":
                best = e
                break
            inside = inside or (e if found == "inside" else None)
        best = best or inside
        if best is None:
            best = self._new(info.name, "person", gender, "sg", None)
        best.keys.add(key)
        if len(words) > len(fold(best.name).split()):
            best.name = info.name
        best.roles.extend(r for r in _person_roles(info) if r not in best.roles)
        best.gender = best.gender or gender
        return best

    def _description(self, info: MentionInfo, gender) -> _Entity | None:
        """الوزير، المسؤول الروسي → the most recent named speaker whose role and gender fit."""
        desc = _Description.of(info)
        if desc is None or not _definite(info.role or ""):
            return None  # «مسؤول أمريكي»: an indefinite description introduces someone new
        best, best_rank, one_of = None, 3, None
        for e in self.recent():
            if e.type != "person" or (e.gender and gender and e.gender != gender) or e is self.other_than:
                continue
            if fold(e.name) == fold(info.role or ""):
                return e
            ranks = [k for r in e.roles if (k := desc.rank(r)) is not None]
            if ranks and min(ranks) < best_rank:
                best, best_rank = e, min(ranks)  # the most recent of the best fit (see _Description.rank)
            if best_rank == 0:
                break
            if best is None and not e.roles and desc.generic and not desc.adjectives and fold(info.role or "").startswith("ال"):
                if strip_article(fold(e.name).split()[0]) not in PARTITIVES:
                    return e  # المسؤول → a speaker named without a role
                one_of = one_of or e  # «أحد ممثلي…», one of a group: only if no earlier one fits the role
        return _prefer_same_head(self.recent(), desc, gender, best) or one_of or _same_field(self, info, gender)

    def _indexed_person(self, info: MentionInfo, gender) -> MentionInfo | None:
        """الخبير → the last "الخبير في … منير الطرابلسي" named before this point."""
        desc = _Description.of(info)
        if desc is None or not _definite(info.role or ""):
            return None
        best, best_rank = None, 3
        epithet, first_styled = _epithets_only(desc, info), None
        for it in self.mentions.titled_before(self.pos):
            cand = it.info
            if cand.type != "person" or not cand.name or not cand.role \
                    or (self.other_than is not None and fold(cand.name) in self.other_than.keys):
                continue
            if cand.gender and gender and cand.gender != gender:
                continue
            if epithet and desc.head in {strip_article(w) for w in fold(cand.text).split()}:
                first_styled = cand
            rank = desc.rank(cand.role, generic_ok=False)
            if rank is None and desc.generic and desc.adjectives:
                # «المسؤول الإماراتي» → «وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش»: a generic
                # head with a nationality takes the titled person of that nationality
                generic = desc.rank(cand.role)
                rank = generic + 1 if generic is not None and generic < 2 else None
            if rank is not None and rank < best_rank and not _no_name_words(cand.name):
                best, best_rank = cand, rank  # the nearest of the best fit (see _Description.rank)
                if rank == 0:
                    break
        return first_styled if epithet else best

    def _indexed_org(self, info: MentionInfo) -> MentionInfo | None:
        """الوزارة → the last "وزارة المياه والري" before this point; «الصحة» → "وزارة الصحة"."""
        key = fold(info.name or info.text)
        head = strip_article(key.split()[0])
        for it in self.mentions.titled_before(self.pos):
            cand = it.info
            if cand.type != info.type or not cand.name:
                continue
            cw = fold(cand.name).split()
            if len(cw) < 2:
                continue
            if strip_article(cw[0]) == head or (len(key.split()) == 1 and key in cw[1:]):
                return _unprepositioned(cand, self.lex)
        return None

    def fuller_names(self) -> None:
        """A surname takes the fullest name of the document (بوتين → فلاديمير بوتين).

        Fuller names come from other mentions of the speaker and from the document's
        "title + name" phrases (الرئيس الروسي فلاديمير بوتين), never from bare neighbouring
        words, which in news are as often verbs and adverbs as first names.
        """
        persons = [e for e in self.entities if e.type == "person"]
        if not persons:
            return
        names, titled = _document_names(self.mentions, persons)
        shaped: dict[str, str] | None = None
        for e in persons:
            ew = [_NASAB.get(w, w) for w in fold(e.name).split()]
            if not ew or len(_name_parts(ew)) > 3 or is_sacred(e.name):
                continue  # (God is named no fuller by «رسول الله»)
            if (cut := _name_cut_at_particle(ew, names)) is not None:
                e.keys.add(fold(cut))
                e.name = cut
                continue
            best = None
            for key, name in names.items():
                kw = [_NASAB.get(w, w) for w in key.split()]  # (ابن حميد ~ خالد بن حميد)
                # the speaker's words inside a longer name; keep the words up to them
                # ("فلاديمير بوتين تناولت…" holds "بوتين": the fuller name is "فلاديمير بوتين")
                for p in range(len(ew) - 1, min(len(kw), 6 if _compound_surname(ew) else 4)):
                    if kw[p - len(ew) + 1:p + 1] == ew and p + 1 > len(ew) \
                            and not any(_not_in_name(w) for w in kw[:p - len(ew) + 1]):
                        cand = _surname_inside(name, p, persons)
                        if best is None or p + 1 > len(best.split()):
                            best = cand
                        break
                cand = _fuller_inside(ew, kw, name)
                if cand is not None and (best is None or len(cand.split()) > len(best.split())):
                    best = cand
            if best is None and len(ew) == 1 and is_given_name(norm_word(e.name)):
                if shaped is None:  # (the document's names of an Arabic name's shape, read once)
                    shaped = {k: n for k, n in names.items() if _arabic_name_shape([norm_word(w) for w in n.split()])}
                best = _only_fuller(ew[0], titled) or _only_fuller(ew[0], shaped)
            if best:
                e.keys.add(fold(best))
                e.name = best

    # ------------------------------------------------------------ implicit subjects
    def implicit(self, gender: str | None, number: str | None, persons_only: bool = False) -> _Entity | None:
        recent = self.recent()
        for e in recent:
            if persons_only and e.type != "person" or is_sacred(e.name) or _abstract(e):
                continue  # (God and the Prophet are quoted inside a speaker's words, never "he" of the next report)
            if _entity_agrees(e, gender, number, self.lex):
                return self.touch(e)
        if number == "du" and self.pair is not None and recent and recent[0] is self.pair:
            return self.touch(self.pair)  # «وقال محمد الجري وصالح العمير… . وأوضحا»: the two just named
        return None

    def indexed_before(self, pos: int, style: str = "") -> _Entity | None:
        """The last person named with a title before ``pos`` (for سموه when no speaker precedes;
        :func:`_styled_person`)."""
        info = _styled_person(self.text, self.mentions.titled_before(pos), style)
        return self.touch(self._person(info, info.gender)) if info is not None else None


def _two_names(text: str) -> bool:
    """Does a person's mention join a second given name by و (محمد الجري وصالح العمير): two speakers?"""
    words = text.split()
    return len(words) >= 3 and is_given_name(words[0]) \
        and any(w[:1] == "و" and is_given_name(w[1:]) for w in words[2:])


def _entity_agrees(e: _Entity, gender: str | None, number: str | None, lex: Lexicon) -> bool:
    """Can ``e`` be the dropped subject of a verb of this gender and number?"""
    if number == "du" or e.number == "du":
        # two speakers as one: وأكد الجانبان… . وشددا; the plural too, which news writes after them
        # (وعبروا) and which a participle's accusative dual shares (مشددَين = مشددِين)
        return e.type == "group" and e.number == "du" and number in ("du", "pl")
    if e.type == "group":
        return _group_agrees(women_group([norm_word(w) for w in e.name.split()], lex), e.gender, gender, number)
    if number in ("pl", "du"):
        return False
    if gender == "m" and _plural_of_things(e.name, e.type):
        return False  # «وبحسب الإحصائيات… . وأشار إلى…»: a plural of things is "she", never أشار's "he"
    return not (gender and e.gender and gender != e.gender)


_THINGS_PLURAL_MIN = 6  # the shortest definite sound feminine plural of things (الهيئات)


def _plural_of_things(name: str, type_: str) -> bool:
    """Is ``name`` opened by a definite sound feminine plural (الإحصائيات، الدراسات الحديثة، التوقعات)
    that the index could not type as a body, a group or a named person?  A plural of things agrees
    as a feminine singular (الإحصائيات تشير، أشارت), so it is no subject of a masculine verb.

    >>> _plural_of_things("الإحصائيات", "unknown"), _plural_of_things("الوزير", "unknown")
    (True, False)
    """
    words = fold(name).split()
    if not words or type_ not in ("unknown", "document", "person") \
            or type_ == "person" and not all(w.startswith("ال") for w in words):
        return False  # (a person's name: عرفات، ياسر عرفات)
    first = words[0]
    return first.startswith("ال") and first.endswith("ات") and len(first) >= _THINGS_PLURAL_MIN


def _group_agrees(women: bool, group_gender: str | None, gender: str | None, number: str | None) -> bool:
    """A group and a verb with its subject dropped: women take the feminine plural («الطالبات… .
    وذكرن»); other human plurals the masculine plural; non-human plurals (المصادر) the feminine singular."""
    if women:
        return number in (None, "pl") and gender in (None, "f")
    if number == "pl":
        return gender != "f"  # (ذكرن after العلماء: the women the article named, not the scholars)
    return group_gender == "f" and gender == "f" and number in (None, "sg")



def _org_written_with_prefix(r: "_Resolver", info: MentionInfo) -> bool:
    """Is the definite name ``info`` (no role: الداخلية البحرينية، الجزيرة كابيتال) written elsewhere in
    the article after an organisation's noun (وزارة الداخلية البحرينية، شركة الجزيرة كابيتال)?"""
    if not info.name or info.role:
        return False
    key = fold(info.name)
    if not key.startswith("ال") or len(key.split()) < 2:
        return False
    return re.search(rf"(?<!\w)(?:{_prefix_alternation()}) [\"«“]?{re.escape(key)}(?!\w)", r.mentions.folded) is not None


@functools.lru_cache(maxsize=1)
def _prefix_alternation() -> str:
    """The nouns of org_prefixes.txt as one regular-expression alternation."""
    return "|".join(re.escape(p) for p in org_prefixes())


def _fuller_name(name: str, old: str) -> bool:
    """Is ``name`` a fuller name than ``old``: longer, and not the same words with the article
    («المصادر المحلية» says no more than the «مصادر محلية» first cited)?"""
    return len(name) > len(old) and [strip_article(w) for w in fold(name).split()] != \
        [strip_article(w) for w in fold(old).split()]


def _known_by(e: _Entity, info: MentionInfo, key: str, words: list[str]) -> bool:
    """Is the mention ``key`` (folded; ``words`` its words) a form of one of ``e``'s keys or one of
    them a form of it (الخارجية الروسية ~ وزارة الخارجية الروسية)? A shorter form of earlier sources
    is those sources (مصادر محلية after مصادر محلية في أبين); fuller new ones are new (see
    :func:`_new_sources`)."""
    grows = not _new_sources(info, words, e)
    if not grows and any(_words_within(words, k) for k in e.keys):
        return True  # «مصادر فرنسية» after «مصادر دبلوماسية فرنسية»
    return any((_Resolver._contains(k, key) and not _body_in_construct(k, key))
               or (grows and _Resolver._contains(key, k) and not _named_past_bare_head(key, k)) for k in e.keys)


def _same_head_speaker(r: "_Resolver", type_: str, key: str, named: MentionInfo) -> _Entity | None:
    """The last body with the head of the bare ``key`` (الهيئة) that has spoken, when the body the
    article last named with that head (``named``) has not: one named in passing (…من هيئة التقييس
    الخليجية) is not what «وأكدت الهيئة» continues after «الهيئة السعودية للمواصفات» spoke."""
    nk = fold(named.name)
    if any(e.last >= 0 and (nk in e.keys or fold(e.name) == nk) for e in r.entities):
        return None
    head = strip_article(key)
    spoke = next((e for e in r.recent() if e.type == type_ and (ew := fold(e.name).split())
                  and strip_article(ew[0]) == head), None)
    if spoke is None or any(r._contains(k, nk) or (r._contains(nk, k) and not _named_past_bare_head(nk, k))
                            for k in spoke.keys):
        return None  # (none, or the named body is that speaker: its fuller name is read as before)
    return spoke


def _person_roles(info: MentionInfo) -> list[str]:
    """The roles a person's mention gives, with the nationality written as a noun before the name
    (البرتغالي جوزيه مورينيو مدرب تشيلسي → «مدرب تشيلسي البرتغالي»): a later «المدرب البرتغالي» is he."""
    parts = _role_parts(info.role, info.text) if info.role else []
    first = info.text.split()[0] if info.text.split() else ""
    if info.name and not info.name.startswith(first) and nationality_noun(norm_word(first), vocabulary()):
        return [f"{p} {first}" for p in parts] or [first]
    return parts


def _source_by_another(e: _Entity, words: list[str]) -> bool:
    """Is ``e`` an unnamed source described by someone else's name (مصدر مقرب من … ميشال بلاتيني)
    that the shorter name ``words`` would otherwise match?  The surname is the other person's."""
    ew = e.name.split()
    return bool(ew) and unnamed_source_head(ew[0]) and len(words) < len(ew)


def _named_past_bare_head(key: str, k: str) -> bool:
    """Is the mention ``key`` a body named with its own head in construct (وكالة الأنباء دوغان، شركة
    إيليوت) and ``k`` only that head, bare and definite, as a description added it to a body (الوكالة)?
    Then it is another body: the description says nothing of its name.  A definite head with its
    adjectives (الوكالة الأميركية، الهيئة المستقلة) still describes the body."""
    words = k.split()
    return len(words) == 1 and words[0].startswith("ال") and _org_noun(strip_article(words[0])) \
        and not key.startswith("ال")


def _body_in_construct(big: str, small: str) -> bool:
    """Is ``small``, a body named with its own head noun (شركة أسمنت نجران), the genitive of another
    body's head in ``big`` (مجلس إدارة شركة أسمنت نجران)?  The board is not the company, an office
    not its ministry; «الخارجية الروسية», with no head of its own, is still «وزارة الخارجية الروسية»."""
    bw, sw = big.split(), small.split()
    return len(bw) > len(sw) and _org_noun(strip_article(sw[0])) and _org_noun(strip_article(bw[0])) \
        and strip_article(bw[0]) != strip_article(sw[0])


def _org_noun(w: str) -> bool:
    """Is the folded word ``w`` (no article) an organisation's noun (شركه، مجلس; folded ة is ه)?"""
    org = vocabulary().org
    return w in org or (w.endswith("ه") and w[:-1] + "ة" in org)


def _words_within(words: list[str], key: str) -> bool:
    """Are all ``words`` (but for the article) words of ``key``?"""
    return {strip_article(w) for w in words} <= {strip_article(w) for w in key.split()}


def _new_sources(info: MentionInfo, words: list[str], e: _Entity) -> bool:
    """An indefinite plural description (مصادر محلية في لحج، مسؤولون أمنيون) introduces new sources:
    it is entity ``e`` only when written the same, not because it holds an earlier «المصادر» or an
    earlier «مصادر يمنية» holds its head (a construct with a definite genitive, «مصادر الوزارة»,
    names its sources). It still names an «المصادر» that came with no antecedent (وقالت المصادر…
    ثم: وكشفت مصادر مطلعة…: the article cited them before in words no cue took)."""
    # (a lone plural, «مصادر»، «وسائل»، «خبراء», is most often a description the rules cut short)
    return info.type == "group" and len(words) > 1 and not words[0].startswith("ال") \
        and not words[1].startswith(("ال", "لل")) and not _bare_head(e.name)


def _bare_head(name: str) -> bool:
    """A lone noun (المصادر، مصادر: a description the rules cut short), or one with «نفسها/ذاتها»."""
    words = fold(name).split()
    return len(words) == 1 or (len(words) == 2 and words[1] in EMPHATIC_SELF)


def _person_key_match(keys: set[str], key: str, words: list[str]) -> str | None:
    """How a person's name ``key`` (folded; ``words`` its words) matches one of an entity's keys:
    "whole" (the same name, one ending with it, or one it ends with), "inside" (a lone word inside a
    longer name: a given or middle name), or None."""
    inside = None
    for k in keys:
        kw = k.split()
        if (key == "الله") != (k == "الله"):
            continue  # God is never part of another name (عبد الله، ابن فارس رحمه الله)
        if k == key or (len(words) < len(kw) and _same_words(kw[-len(words):], words)):
            return "whole"
        if len(kw) < len(words) and _same_words(words[-len(kw):], kw) and not _another_given_name(keys, words):
            return "whole"  # (البلوي is منصور البلوي's surname, not إبراهيم البلوي's: his brother's name)
        if len(words) == 1 and words[0] in kw and words[0] not in NAME_PARTICLES:
            inside = "inside"
    return inside


def _same_words(a: list[str], b: list[str]) -> bool:
    """Are two name's words the same, a foreign surname in either of its transliterations
    (ريفلين/ريفيلين، سيرغي/سيرجي)?  An Arabic given name must match exactly (محمد is no محمود)."""
    return len(a) == len(b) and all(x == y or len(x) > 3 and len(y) > 3 and not is_given_name(x) and not is_given_name(y)
                                    and translit_key(x) == translit_key(y) for x, y in zip(a, b))


def _another_given_name(keys: set[str], words: list[str]) -> bool:
    """Does an entity's key give a name of the same length and surname as ``words`` with another
    first name (منصور البلوي against إبراهيم البلوي)?  Two people of one family, not one person
    (a transliteration variant is the same name: سيرغي/سيرجي لافروف)."""
    for k in keys:
        kw = k.split()
        if len(kw) == len(words) > 1 and kw[1:] == words[1:] and translit_key(kw[0]) != translit_key(words[0]):
            return True
    return False


def _role_parts(role: str, text: str = "") -> list[str]:
    """A role and, when it is roles in apposition, each of them: «السويسري، المدير الفني لفريق الأهلي»
    is also «السويسري» (a later «السويسري المتوج بجائزة…» describes him) and «المدير الفني…»; so is
    the nationality opening the mention before the name when the role is the one after it
    («السويسري كريستيان غروس مدرب الفريق»: مدرب الفريق, and السويسري)."""
    parts = [p.strip() for p in role.split("،")]
    roles = [role] + [p for p in parts if p] if len(parts) > 1 else [role]
    first = text.split(maxsplit=1)[0] if text else ""
    if first and first not in role.split() and nationality_noun(norm_word(first), vocabulary()):
        roles.append(first)
    return roles


def _has_head(roles: list[str], head: str) -> bool:
    """Does one of the roles hold the noun ``head`` (مسؤول in «المسؤول الرفيع المستوى»)?"""
    return any(head in {strip_article(w) for w in fold(r).split()} for r in roles)


def _prefer_same_head(recent: list[_Entity], desc: _Description, gender: str | None,
                      best: _Entity | None) -> _Entity | None:
    """``best``, unless a generic description fits it only as any official (see :func:`_same_head`)."""
    if best is not None and desc.generic and not _has_head(best.roles, desc.head):
        return _same_head(recent, desc, gender) or best
    return best


def _same_head(recent: list[_Entity], desc: _Description, gender: str | None) -> _Entity | None:
    """The most recent person introduced with the description's own generic noun: «وشرح المسؤول
    الأميركي» is the «مسؤول أميركي رفيع المستوى» who spoke before, not «الرئيس الأميركي باراك أوباما»
    whom «المسؤول» fits only as any official does."""
    for e in recent:
        if e.type == "person" and not (e.gender and gender and e.gender != gender) \
                and any(_has_head([r], desc.head) and not _other_qualifier(r, desc) for r in e.roles):
            return e
    return None


def _spoken_same_head(r: "_Resolver", info: MentionInfo, gender: str | None,
                      named: MentionInfo | None) -> _Entity | None:
    """A generic description (المسؤول الأميركي) that fits a titled person of the article only as any
    official does (الرئيس الأميركي باراك أوباما) is rather the speaker introduced with that very noun."""
    desc = _Description.of(info)
    if named is None or desc is None or not desc.generic or _has_head([named.role or ""], desc.head):
        return None
    return _same_head(r.recent(), desc, gender)


_FIELD_ENDS = frozenset({"في", "من", "عن", "لدي", "علي", "الي", "و"})  # words that end a role's field


@functools.lru_cache(maxsize=4)
def _expertise_heads(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.category("expertise"))


@functools.lru_cache(maxsize=4)
def _body_heads(lex: Lexicon) -> frozenset[str]:
    return lex.category("org") | lex.category("org_f")


def _field(role: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The field of a professional's role: its head is one of ``expertise`` and its genitive ends
    definite («أستاذ علم النفس المشارك» → (علم، النفس), «أخصائي التغذية» → (التغذية,)); else None."""
    words = fold(role).split()
    if len(words) < 2 or words[0] not in _expertise_heads(lex):
        return None
    field_ = []
    for w in words[1:]:
        if w in _FIELD_ENDS or w[:1] in "بل" and not w.startswith("ال") or len(field_) == 3:
            break
        field_.append(strip_article(w))
        if w.startswith("ال"):
            break  # (the definite genitive closes the construct: علم النفس [المشارك])
    return tuple(field_) if field_ and words[len(field_)].startswith("ال") else None


def _same_field(r: "_Resolver", info: MentionInfo, gender: str | None) -> _Entity | None:
    """A professional of a field (وقال أخصائي علم النفس) is the one person of the article named with
    a role in that field under another head (الدكتور سامر العلي أستاذ علم النفس); two such: neither."""
    mine = _field(info.name if info.name else info.role or "", r.lex)  # (أخصائي علم النفس may be read as a name)
    if mine is None:
        return None
    fits = [e for e in r.recent() if e.type == "person" and e.name and not (e.gender and gender and e.gender != gender)
            and any(_field(role, r.lex) == mine for role in e.roles)]
    return fits[0] if len(fits) == 1 else None


def _other_qualifier(role: str, desc: _Description) -> bool:
    """Does the role hold a nationality or place the description does not (مسؤول روسي ≠ المسؤول الأميركي)?"""
    stems = {_stem_adj(w) for w in fold(role).split()[1:] if _qualifier(w)}
    return any(_qualifier_stem(a) for a in stems - set(desc.adjectives))


def _abstract(e: _Entity) -> bool:
    """Is the entity an abstract noun taken for a subject (حقيقة الأمر، حديث محاسن، القانون, a
    noun heading a proposition, words said, a rule)? It is no one a dropped subject continues: the
    antecedent of «وأضاف» is a person, a body, a group or a document."""
    if e.type not in ("person", "unknown"):
        return False
    words = norm_word(e.name).split()
    if not words:
        return False
    first = words[0]
    if is_given_name(first):
        return False  # (عمر المهنا: a name, not العمر "the age")
    head = strip_pronoun(strip_article(first))
    v = vocabulary()
    rule = (first in v.not_source or strip_pronoun(first) in v.not_source) and (first.startswith("ال") or len(words) == 1)
    return head in v.content_head or head in v.speech or rule  # (not برنامج الأغذية العالمي, a body's name)


def _title_and_surname(r: "_Resolver", info: MentionInfo) -> str | None:
    """«الوزير المومني»، «المهندس المخرج»، «الفريق المحرج في تصريح صحفي»: a title or a rank and the
    surname of a person of this document (محمد المومني) → the surname."""
    v = vocabulary(r.lex)
    if info.type == "person" and not info.name:
        words = (info.role or "").split()
    elif info.type in ("unknown", "organization"):
        words = info.text.split()
        cut = next((k for k, w in enumerate(words) if k and norm_word(w) in ("في", "خلال", "عبر")), len(words))
        words = words[:cut]  # (an adverbial after the name: «في تصريح صحفي»)
        if len(words) != 2 or strip_article(norm_word(words[0])) not in v.honorific_bare:
            return None
    else:
        return None
    if len(words) != 2 or not words[1].startswith("ال"):
        return None
    bare = strip_article(norm_word(words[1]))
    if bare in v.title or bare in v.org or bare in v.org_f or bare in v.group:
        return None  # «رئيس النادي»: a title and its body
    # (a person named with a given name, not a description such as «زوج المعلمة»)
    return words[1] if any(given_name_length([norm_word(w) for w in k.split()], 0)
                           for k in _names_ending(r, fold(words[1]))) else None


def _names_ending(r: "_Resolver", word: str) -> Iterator[str]:
    """The folded names of two words or more that ``word`` (folded) ends: the persons' of the
    document first, then the index's — each read only when the ones before did not answer."""
    for k in (k for e in r.entities if e.type == "person" for k in e.keys):
        if len(k.split()) > 1 and k.split()[-1] == word:
            yield k
    for it in r.mentions.naming({word}):
        if it.info.type == "person" and it.info.name:
            k = fold(it.info.name)
            if len(k.split()) > 1 and k.split()[-1] == word:
                yield k
    for name in _given_before_family(r.mentions, word):
        yield fold(name)


def _titled_named(info: MentionInfo) -> bool:
    """A person the index read with a title and a name of a given name and more (رئيسة الوحدات
    القائدة اليخاندرا مونيوز كويلو), not a phrase the index misread."""
    words = (info.name or "").split()
    return info.type == "person" and bool(info.role) and 2 <= len(words) <= 5 and _given_name_words(words)


def _given_name_words(words: list[str]) -> bool:
    """Words opening with a given name, each a given name (one written in two words too: عبد الله)
    or a word a name may hold."""
    norm = [norm_word(w) for w in words]
    k = given_name_length(norm, 0)
    if not k:
        return False
    while k < len(norm):
        n = given_name_length(norm, k)
        if not n and not (_name_like(fold(words[k]), inside=True) or is_given_name(norm[k])):
            return False
        k += n or 1
    return True


def _styled_person(text: str, titled: Iterator[_Indexed], style: str) -> MentionInfo | None:
    """The first titled person of ``titled`` (nearest first); with ``style`` (the honorific's
    pronoun, سموه), the first the article styled so (صاحب السمو الأمير…، معالي الوزير…, within a
    few words before the name) if any."""
    marks = (_STYLE_MARKS.get(fold(style)) or _STYLE_MARKS.get(fold(strip_pronoun(style)), ())) if style else ()
    fallback = None
    for it in titled:
        if it.info.type == "person" and it.info.name and it.info.role \
                and strip_article(fold(it.info.name.split()[0])) not in _STYLE_MARKS and it.info.name.split()[0] not in ("الشيخ", "الأمير"):
            if not marks:
                return it.info
            if _styled_so(text, it, marks):
                return it.info
            fallback = fallback or it.info
    return fallback


def _styled_so(text: str, it: _Indexed, marks: tuple[str, ...]) -> bool:
    """Does one of the style's words (السمو، معالي…) stand in the few words before the phrase's
    name (صاحب السمو الملكي الأمير…)?  Whole words: «ونقل سموه… تحيات الملك» styles the king no «سمو»."""
    words = fold(text[max(0, it.pos - 24):it.pos + len(it.info.text) - len(it.info.name)]).split()
    return any(m in words for m in marks)


_NASAB = {"ابن": "بن", "بنت": "بنت"}  # the nasab particle as fuller-name matching compares it

#: The honorific a pronoun of style points back at (سموه → السمو), and the titles that carry it.
_STYLE_MARKS = {
    "سمو": ("السمو", "سمو", "الامير", "الاميره"), "معالي": ("معالي",), "سماحه": ("سماحه",),
    "فضيله": ("فضيله", "الشيخ"), "فخامه": ("فخامه",), "جلاله": ("جلاله", "الملك"), "سعاده": ("سعاده",),
}


def _arabic_name_shape(words: list[str]) -> bool:
    """Given names, particles with their word and one family name with the article, nothing else
    (نجلاء الخليفة، محمد بن صالح الحفيتي) — a name read without a title is trusted only so."""
    if len(words) < 2 or not is_given_name(words[0]):
        return False
    k = 1
    while k < len(words):
        w = words[k]
        if is_name_particle(w) and k + 1 < len(words):
            k += 2
        elif is_given_name(w) or (w.startswith("ال") and k == len(words) - 1 and len(w) > 4 and w not in _adverbials()):
            k += 1
        else:
            return False
    return True


def _only_fuller(first: str, names: dict[str, str]) -> str | None:
    """A given name alone (نبيل) takes the one fuller name read after a title in the document that
    opens with it (الحكم الدولي نبيل الشمردل); none when two people share it (محمد العلي، محمد السعد)."""
    fuller = {" ".join(name.split()[:_name_length(name.split())]) for key, name in names.items()
              if len(key.split()) > 1 and key.split()[0] == first and not any(_not_in_name(w) for w in key.split())}
    fuller = {f for f in fuller if len(f.split()) > 1}
    return fuller.pop() if len(fuller) == 1 else None


def _not_in_name(w: str) -> bool:
    """A (folded) word that cannot lead a person's name: a definite word with a proclitic
    (بالرياض، للشركة) or a place's region word with ب/ل (بريف دمشق، بمنطقة)."""
    return w.startswith(("بال", "لل", "وال", "فال")) or (w[:1] in "بل" and w[1:] in REGIONS)


def _surname_inside(name: str, p: int, persons: list["_Entity"]) -> str:
    """The fuller name for a surname found at word ``p`` of the document's name ``name``: the words up
    to it (فلاديمير بوتين [تناولت…]), or the whole name when a speaker of the document bears it, it
    opens with a given name and only family words follow the surname: ال-words after a nasab
    (عبدالله بن شاكر آل غالب [الشريف]) or nisbas in ي (محمود الصرخي [الحسني]); not a feminine or
    a noun glued to a name (عبد الرحمن الحاج [الأمر]، ساعة أبل [الذكية])."""
    words = name.split()
    nw, tail = [norm_word(w) for w in words], [norm_word(w) for w in words[p + 1:]]
    if tail and all(w.startswith("ال") and not w.endswith(("ة", "ه")) for w in tail) and given_name_length(nw, 0) \
            and ("بن" in nw or all(w.endswith("ي") for w in tail)) and any(e.name == name for e in persons):
        return name
    return " ".join(words[:p + 1])


def _document_names(index: _MentionIndex, persons: list["_Entity"]) -> tuple[dict[str, str], dict[str, str]]:
    """The names a speaker's fuller name is sought among, by folded name: the speakers' own and the
    index's phrases holding a speaker's last word; and apart, those the index read after a title
    (الحكم الدولي نبيل الشمردل)."""
    names = {fold(e.name): e.name for e in persons}
    # (a fuller name holds the speaker's last word: only the phrases around it are read)
    last_words = {w for e in persons if 0 < len(_name_parts(ew := fold(e.name).split())) <= 3
                  for w in _surname_forms(ew[-2] if len(ew) > 1 and ew[-1] in NAME_PARTICLES else ew[-1])}
    titled: dict[str, str] = {}
    for it in index.naming(last_words) if last_words else ():
        if it.info.type == "person" and it.info.name and _short_enough(fold(it.info.name).split()):
            names.setdefault(fold(it.info.name), it.info.name)
            if (run_on := _surname_run_on(it.info, persons)) is not None:
                names.setdefault(fold(run_on), run_on)
            if it.info.role:
                titled.setdefault(fold(it.info.name), it.info.name)
    for it in _after_clitic_titles(index.ctx, last_words) if last_words else ():
        names.setdefault(fold(it.info.name), it.info.name)
    for e in persons:  # (a family name alone: the given name the article wrote before it)
        for name in _given_before_family(index, fold(e.name)) if " " not in e.name.strip() else ():
            names.setdefault(fold(name), name)
    return names, titled


def _name_cut_at_particle(ew: list[str], names: dict[str, str]) -> str | None:
    """A (folded) name that ends with a particle (مضاوي بنت محمد بن، رامي عبد، عبداللطيف بن عبدالملك
    آل), a subject read short of its name, is the name of the document it opens; the longest when
    the others lead it (محمد بن سلمان بن → محمد بن سلمان بن عبد العزيز آل سعود), none when two differ."""
    if len(ew) < 2 or ew[-1] not in NAME_PARTICLES:
        return None
    full = [(kw, name) for key, name in names.items()
            if len(kw := [_NASAB.get(w, w) for w in key.split()]) > len(ew) and kw[:len(ew)] == ew]
    if not full:
        return None
    longest, name = max(full, key=lambda f: len(f[0]))
    return name if all(longest[:len(kw)] == kw for kw, _ in full) else None


def _short_enough(words: list[str]) -> bool:
    """A (folded) name of five words at most, or of five parts at most that opens with a nasab (a
    royal name runs long: متعب بن عبد الله بن عبد العزيز), as a phrase misread runs longer still."""
    return len(words) <= 5 or (len(words) > 2 and words[1] in ("بن", "بنت") and len(_name_parts(words)) <= 5)


def _given_before_family(index: _MentionIndex, word: str) -> list[str]:
    """The names «given name + ``word``» of the document when ``word`` (folded) is a definite family
    name, the press's first mention of a person with no title the index reads (انتقد المخرج السعودي
    عامر الحمود… وقال الحمود → عامر الحمود): the given name no verb, stopword or title (أمين الطائف)
    and no noun after a preposition (في غالب الدول), the family name no feminine noun (نصر الحكومة)."""
    cache = index.given_before
    if word in cache:
        return cache[word]
    out: list[str] = []
    ctx = index.ctx
    if word.startswith("ال") and not word.endswith(("ه", "ة")) and len(word) > 4 and " " not in word:
        for k in compress(count(), map(word.__eq__, index.folded_words)):
            if k == 0:
                continue
            j = k - 2 if k > 1 and given_name_length(ctx.words, k - 2) == 2 else k - 1
            g = ctx.words[j]
            if given_name_length(ctx.words, j) != k - j or fold(g) in stopwords() or ctx.lexicon.forms.get(g) is not None \
                    or (j and (is_name_particle(ctx.words[j - 1]) or is_given_name(ctx.words[j - 1]))):
                continue  # (a longer name before it is the index's to read)
            if g in ctx.titles or g in ctx.orgs or g in ctx.honorifics:
                continue  # «أمين الطائف»: a given name that is also a title heads a role
            if j and ctx.words[j - 1] in PREPOSITIONS:
                continue  # «في غالب الدول»: after a preposition the word is a noun ("most of")
            s0, e0 = ctx.nt.original_span(ctx.toks[j][0], ctx.toks[k][1])
            if "\n" not in ctx.text[s0:e0] and ctx.text[s0:e0] not in out:
                out.append(ctx.text[s0:e0])
    cache[word] = out
    return out


@functools.lru_cache(maxsize=4)
def _clitic_titles(titles: frozenset[str]) -> frozenset[str]:
    """The ``titles`` after ل or ب (لمدير، برئيس), each written form once (cached: a pure function
    of the lexicon's title set, the same for every document)."""
    return frozenset(c + t for t in titles for c in "لب")


def _after_clitic_titles(ctx: _IndexContext, last_words: set[str]) -> Iterator[_Indexed]:
    """The names of two words or more after a title with ل/ب that hold one of the folded
    ``last_words`` (في تصريح لمدير الشرطة اللواء سامي الدوسري، قال بوتين لرئيس الوزراء بنيامين
    نتنياهو): no phrase of the index, as a description may not take them (the title is the
    object of a preposition), but a speaker's surname may."""
    for k in word_places(ctx.words, _clitic_titles(ctx.titles).__and__, ctx.distinct):
        if k and ctx.words[k - 1] in NAME_PARTICLES:
            continue
        s0, e0 = _within_line(ctx.text, ctx.nt.original_span(ctx.toks[k][0] + 1, _person_end(ctx, k)))
        if not last_words & set(fold(ctx.text[s0:e0]).split()):
            continue
        info = analyse_mention(ctx.text[s0:e0], ctx.lexicon)
        it = _indexed_person(ctx, k, s0, e0, info) if info.type == "person" and info.name else None
        if it is not None and it.pos >= s0 and len(it.info.name.split()) >= 2 and it.info.name[:1] != "و":
            yield it


def _surname_run_on(info: MentionInfo, persons: list["_Entity"]) -> str | None:
    """The index's given name with the word right after it in its phrase when a speaker of the
    document bears that word alone: «رئيس اللجنة توماس باخ» then «وقال باخ»: باخ (cut from the
    name as a ب-phrase, like والي، فالس as و/ف-words) is the surname of توماس."""
    words = info.name.split()
    if not 1 <= len(words) <= 2 or not all(is_given_name(norm_word(w)) for w in words):
        return None
    at = info.text.find(info.name)
    nxt = info.text[at + len(info.name):].split()[:1] if at >= 0 and info.text[at + len(info.name):][:1] == " " else []
    w = norm_word(nxt[0]) if nxt else ""
    if not w.isalpha() or is_given_name(w) or w in _places() or (w[:1] in "بل" and w[1:] in _places()):
        return None  # («جامعة الملك عبدالعزيز بجدة»: a place after the name, no surname)
    key = fold(nxt[0])
    if not any(fold(e.name) == key for e in persons):
        return None
    return f"{info.name} {nxt[0]}"


def _compound_surname(ew: list[str]) -> bool:
    """A (folded) two-word family name: الجار الله، آل غالب، بن سبرة, found further into a long name."""
    return len(ew) == 2 and (ew[0] in NAME_PARTICLES or ew[0].startswith("ال"))


def _fuller_inside(ew: list[str], kw: list[str], name: str) -> str | None:
    """A fuller form of the (folded) name ``ew`` among the document's names ``kw`` (folded) /
    ``name``: with a middle name (حسين شاهين → حسين عادل شاهين) or closed by its family name in
    ال-…ي (أبو مالك → أبو مالك الشامي; not a verb or adverb after it, which are no ال-…ي)."""
    if _short_form(_name_parts(ew), _name_parts(kw), name):
        return name
    if not 2 <= len(ew) <= 3 or len(kw) <= len(ew):
        return None
    if len(kw) == len(ew) + 1 and kw[0] == ew[0] and kw[-1] == ew[-1] and kw[1:-1] != ["ال"]:
        return name  # one middle name inserted
    if len(ew) == 2 and kw[0] == ew[0] and kw[-1] == ew[-1] and 4 <= len(kw) <= 6 \
            and all(kw[m] in ("بن", "بنت", "ابن") for m in range(1, len(kw) - 1, 2)) and len(kw) % 2 == 0:
        return name  # a nasab inserted: خالد الوهيبي → خالد بن محمد الوهيبي (بن X [بن Y])
    nxt = kw[len(ew)] if len(kw) > len(ew) else ""
    if kw[:len(ew)] == ew and nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) > 4:
        return " ".join(name.split()[:len(ew) + 1])
    return None


def _surname_forms(w: str) -> set[str]:
    """The (folded) last word of a name and, with the article, its bare form, which the press writes
    with or without it (الزبيدي ~ زبيدي): the words a fuller name of it may hold."""
    bare = strip_article(w)
    return {w, bare} if len(bare) > 3 else {w}


def _name_parts(words: list[str]) -> list[tuple[str, str]]:
    """A name's (folded) words as its parts, ``(particle, part)``: a particle with the part it joins
    (بن محمد، آل مريع, folded «ال مريع»، ولد الشيخ) and the words of a part written without their
    space (عبد الله = عبدالله).

    >>> [p for _, p in _name_parts("عبد الله بن عبد العزيز ال الشيخ".split())]
    ['عبدالله', 'بنعبدالعزيز', 'الالشيخ']
    """
    parts, k = [], 0
    while k < len(words):
        j = k
        while j < len(words) - 1 and (words[j] in NAME_PARTICLES or words[j] == "ولد"):
            j += 1
        particle = words[k] if j > k and words[k] in ("بن", "بنت", "ال", "ولد") else ""
        parts.append((particle, "".join(words[k:j + 1])))
        k = j + 1
    return parts


def _bare_part(part: tuple[str, str]) -> str:
    """A family name as the press writes it with or without its article or «آل» (الزبيدي ~ زبيدي، آل مريع ~ مريع)."""
    particle, w = part
    return w[len(particle):] if particle == "ال" else strip_article(w)


def _tribe_part(part: tuple[str, str]) -> bool:
    """A tribe's or a family's nisba closing a long name (عبدالله بن محمد الذويبي العتيبي), or an «آل» family."""
    particle, w = part
    return particle == "ال" or (not particle and w.startswith("ال") and w.endswith("ي") and len(w) > 4)


def _short_form(short: list[tuple[str, str]], long: list[tuple[str, str]], name: str) -> bool:
    """Is the name of parts ``short`` a short form of the document's name ``name`` (parts ``long``),
    the press's shortenings of Arabic names:

    - the family name alone, written with or without its article or «آل» (الدكتور مريع → أحمد بن علي
      آل مريع، الخياط → أسامة خياط);
    - the given name and the family name, the nasab and middle names left out and the family name
      written with or without its article (مروان الزبيدي → مروان بن رشاد زبيدي), a tribe's nisba after
      it too (عبدالله الذويبي → عبدالله بن محمد سعيد الذويبي العتيبي);
    - the name without the nasab or the family that continues it (بندر بن عبدالله → بندر بن عبدالله بن
      عبدالعزيز، عبد الله بن زايد → عبد الله بن زايد آل نهيان).
    A given name alone is no short form here (two people of a document share one)."""
    if not short or len(long) <= len(short) or len(long) > 6:
        return False
    if long[:len(short)] == short and len(short) > 1 and short[1][0] in ("بن", "بنت"):
        # (a nasab names a person whatever the given name: جلوي بن عبدالعزيز → جلوي بن عبدالعزيز بن مساعد)
        return all(p in ("بن", "بنت", "ال") for p, _ in long[len(short):])
    if not given_name_length([norm_word(w) for w in name.split()], 0):
        return False
    if len(short) == 1:
        # (not a given name: «العلي» is not the «علي» closing «محمد علي»)
        bare = _bare_part(short[0])
        return not short[0][0] and bare == _bare_part(long[-1]) and not is_given_name(bare) and len(bare) > 2
    if short[0] != long[0]:
        return False
    if long[:len(short)] == short:
        return all(p in ("بن", "بنت", "ال") for p, _ in long[len(short):])
    j = len(long) - 1
    while j >= len(short) - 1 and _bare_part(long[j]) != _bare_part(short[-1]):
        if not _tribe_part(long[j]) or short[-1][0] in ("بن", "بنت"):  # (a nasab closes no family name)
            return False
        j -= 1
    if j < len(short) - 1:
        return False
    return _kept_in_order(short[1:-1], long[1:j])  # (the middle parts: محمد سعيد left out)


def _kept_in_order(kept: list[tuple[str, str]], parts: list[tuple[str, str]]) -> bool:
    """Are ``kept`` among ``parts`` in order, and each part left out a nasab, an «آل» family or a given name?"""
    k = 0
    for p in parts:
        if k < len(kept) and p == kept[k]:
            k += 1
        elif not (p[0] in ("بن", "بنت", "ال") or is_given_name(p[1])):
            return False
    return k == len(kept)


def _definite_description(words: list[str]) -> bool:
    """Folded words of a definite head and its modifiers only: «الهيئة»، «الهيئة المشرفة على الممر
    البحري»، «البيان الصادر»; not «هيئة قناة بنما» nor «الهيئة الملكية لمدينة ينبع» with a name."""
    if not words or not words[0].startswith("ال") or len(words) > 6:
        return False
    if len(words) == 1 or words[1] in EMPHATIC_SELF:
        return True
    # a participle opens the modifiers (المشرفة، الصادر); nisba adjectives name the body instead
    # («المحكمة الجنائية الدولية»، «الحكومة الأمريكية»)
    first = words[1]
    if first == "غير":  # «المعهد غير الربحي»: a negated adjective describes the body, it names none
        return len(words) > 2 and all(w.startswith("ال") for w in words[2:])
    if not (first.startswith("الم") or first in ("الصادر", "الصادره")) or first.endswith(("ي", "يه")):
        return False
    return all(w.startswith("ال") or w in ("علي", "في", "من", "عن") for w in words[2:]) \
        and not any(w.startswith("لل") for w in words[1:])


_ISSUED_IN = re.compile(r"(?:في|عبر|ضمن)\s+(\w+)\s+(?:له|لها|لهم|لهما|صادر عنه|صادر عنها|صادر عنهم)\b"
                        r"|(?:في|عبر|ضمن)\s+(بيان|تقرير|بلاغ)(?:ها|هما|هم|ه)(?!\w)"  # (في تقريرها: its own)
                        r"|(?:في|عبر|ضمن)\s+(بيان|تقرير|بلاغ)\s+(?:[أا]صدر|نشر|وزع)(?:ته|تها|ه|ها|وه)(?!\w)")
# (في بيان أصدرته: one the subject put out)
#: a statement named without its owner between the verb and the content (وقالت القيادة في بيان الليلة: …)
_IN_A_STATEMENT = re.compile(r"(?:في|عبر)\s+(بيان|تقرير|بلاغ|رسالة|تغريدة)(?![\w])")
#: the statements an issuer puts out (a verb of MAKING before them: وأصدرت بيانا ذكرت فيه…)
_PUT_OUT = frozenset({"بيان", "تقرير", "بلاغ"})
_PUT_OUT_VERBS = MAKING | {"وزع", "وزعت"}
_PUT_OUT_REACH = 40  # the characters before a cue where the statement is put out


def _register_issuer(r: "_Resolver", doc: Document, c: Candidate, e: _Entity | None) -> None:
    """«وأوضحت الوزارة في بيان لها أن…»، «وقالت القيادة المشتركة في بيان: …»، «وأصدرت بيانا ذكرت
    فيه…»: the statement is the speaker's, for a later «وأضاف البيان» (the guide: the issuer)."""
    if e is None or c.claim is None or c.claim.start <= c.cue.end or e.type == "document":
        return
    reach = min(c.claim.start, c.cue.end + 200)
    m = _ISSUED_IN.search(doc.text, c.cue.end, reach) or _IN_A_STATEMENT.search(doc.text, c.cue.end, reach)
    head = strip_article(fold(next(g for g in m.groups() if g))) if m else _put_out_before(doc.text, c.cue.start)
    if head:
        r.issuers[head] = e


#: a statement its owner's clause names, in the normalised text: «توقعت الرئاسة العامة للأرصاد في
#: تقريرها…»، «كشفت إدارة المباني عن تقريرها» (the pronoun is the subject's), «أكدت وزارة العدل ذلك
#: في بيان.» (a statement of nobody else's), «أصدرت مصلحة
#: الجمارك تقريرا…» (a verb of making, its subject, the statement)
_OWN_STATEMENT = re.compile(r"(?<!\w)(?:في|عن|ضمن|عبر)\s+(بيان|تقرير|بلاغ)(?:(?:ها|هما|هم|ه)(?!\w)|(?=\s*[.،,:]|\s+له|\s+لها|\s+لهم"
                            r"|\s+(?:اصدر|نشر|وزع)(?:ته|تها|ه|ها|وه)(?!\w)))")
_MADE_STATEMENT = re.compile(r"(?<!\w)[وف]?(?:%s)(\s+[(«\"“]?)[^.:؛!?\n]{3,90}?\s(بيان|تقرير|بلاغ)ا(?!\w)"
                             % "|".join(sorted(_PUT_OUT_VERBS, key=len, reverse=True)))
#: «أوضحت الخطوط القطرية في التقرير الذي قدمته…»: a statement the subject's own relative clause puts out
_OWN_RELATIVE = re.compile(r"(?<!\w)(?:في|ضمن|عبر)\s+ال(بيان|تقرير)\s+(?:الذي|التي)\s+(?:اصدر|نشر|وزع|قدم|اعد)(?:ته|تها|ه|ها|وه)(?!\w)")
_OWNER_GAP = re.compile(r"[.:؛!?«»\"“”\n]")


def _issuer_in_text(r: "_Resolver", head: str) -> "_Entity | None":
    """The owner of the last statement with ``head`` (بيان، تقرير) that a clause before the cue
    names, when no report did: its subject is a phrase of the index ending at most two words
    before «في تقريرها» or «بيانا» (a sentence that reports nothing, «توقعت الرئاسة العامة للأرصاد
    في تقريرها … سماء غائمة»، still says whose the report is).  The owner is not made the last
    speaker (a dropped subject continues who spoke, not who owns a document)."""
    text, to_original = r.nt.text, r.nt.to_original
    end = bisect_right(range(len(text)), r.pos, key=to_original)  # (the cue's place in the normalised text)
    maker = _maker_in_text(r, head, end)
    if head not in _PUT_OUT:
        return _owner_entity(r, maker[1]) if maker is not None else None
    # (after «أصدرت» its subject is the phrase right after the verb; before «في تقريرها» the
    # phrase that ends right before it)
    made = [(to_original(m.start(2)), to_original(m.end(1))) for m in _MADE_STATEMENT.finditer(text, 0, end)
            if m.group(2) == head]
    own = [(to_original(m.start()), -1) for rx in (_OWN_STATEMENT, _OWN_RELATIVE)
           for m in rx.finditer(text, 0, end) if m.group(1) == head]
    made += [(to_original(m.start(2)), s) for m in _MADE_DROPPED.finditer(text, 0, end)
             if m.group(2) == head and (s := _opening_subject(text, m.start(), to_original)) is not None]
    for pos, subject in sorted(made + own, reverse=True):
        if maker is not None and maker[0] > pos:
            break  # (the document the clause names is the nearer one)
        owner = _owner_before(r, pos) if subject < 0 else _subject_at(r, subject, pos)
        if owner is not None:
            return _owner_entity(r, owner)
    return _owner_entity(r, maker[1]) if maker is not None else None


def _owner_entity(r: "_Resolver", owner: MentionInfo) -> "_Entity":
    """The entity of a document's owner, not made the last speaker (a dropped subject continues who
    spoke, not who owns a document)."""
    last = {id(e): e.last for e in r.entities}
    e = r.mention(owner, None)
    e.last = last.get(id(e), -1)
    return e


#: a verb of making right before its statement, its subject dropped (ونفذت الوزارة الحكم. وأصدرت بيانا…)
_MADE_DROPPED = re.compile(r"(?<!\w)[وف]?(%s)\s+(بيان|تقرير|بلاغ)ا(?!\w)" % "|".join(sorted(_PUT_OUT_VERBS, key=len, reverse=True)))


def _opening_subject(text: str, verb: int, to_original) -> int | None:
    """Where the subject of the clause a dropped-subject verb continues starts (an original offset):
    the word after the opening verb of its sentence, or of the sentence before when the verb opens
    its own («نفذت وزارة الداخلية الحكم. وأصدرت بيانا…»، «عقدت الأمانة العامة اجتماعها، وبعد الاجتماع
    أصدرت بيانا…»: the ministry's, the secretariat's)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, verb)), default=0)
    if not text[start:verb].strip():
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, start - 1))), default=0)
    words = list(re.finditer(r"\S+", text[start:verb]))
    return to_original(start + words[1].start()) if len(words) > 1 else None


def _owner_info(info: MentionInfo) -> MentionInfo | None:
    return info if info.type in ("organization", "group") or (info.type == "person" and info.name) else None


def _subject_at(r: "_Resolver", start: int, pos: int) -> MentionInfo | None:
    """The phrase of the index that starts at ``start`` and ends before ``pos`` (original offsets)."""
    subject = None
    for it in r.mentions.titled_before(pos):
        if it.pos < start:
            break
        subject = it if it.pos == start and it.end <= pos else subject
    return _owner_info(subject.info) if subject is not None else None


def _owner_before(r: "_Resolver", pos: int) -> MentionInfo | None:
    """The organisation or person phrase of the index ending at most two words before ``pos``
    (an original offset), no sentence mark or quotation between."""
    for it in r.mentions.titled_before(pos):
        gap = r.text[it.end:pos]
        if it.end > pos or len(gap.split()) > 2 or _OWNER_GAP.search(gap) \
                or any(norm_word(w) in PHRASE_COMPLEMENTIZERS for w in gap.split()):
            return None
        return _owner_info(it.info)
    return None


def _put_out_before(text: str, cue: int) -> str | None:
    """The statement a verb of making put out right before the cue (أصدرت بيانا ذكرت فيه): its head."""
    words = list(map(norm_word, text[max(0, cue - _PUT_OUT_REACH):cue].split()))
    for k in range(1, len(words)):
        verb, noun = words[k - 1].removeprefix("و"), words[k].rstrip("ا")
        if verb in _PUT_OUT_VERBS and noun in _PUT_OUT:
            return noun
    return None


def _clear_antecedent(info: MentionInfo) -> bool:
    """Only an unambiguous subject may take over from the last speaker: an organisation, a
    document or a group, or a person named with an Arabic given name (الشيخ صالح آل الشيخ)."""
    if info.type in ("organization", "document", "group"):
        return True
    if info.type == "person" and info.name and not info.name.startswith("و") and len(info.name.split()) <= 5:
        # (عبدالرحمن written as one word too; a foreign name after a title: القائدة اليخاندرا كويلو)
        # (a compound given name may be written in two words: الشيخ عبد الله بن زايد)
        return bool(given_name_length([norm_word(w) for w in info.name.split()], 0)) or (
            bool(info.role) and len(info.name.split()) >= 2 and _person_name_words_foreign(info.name))
    return False


def _person_name_words_foreign(name: str) -> bool:
    """Two or three words that may make a foreign name: letters only, no article, no clitic
    preposition phrase, no function word (اليخاندرا كويلو، ميجيل هيريرا)."""
    words = [norm_word(w) for w in name.split()]
    v = vocabulary()
    # (_name_like's words, with no article, and none a noun the lexicon knows: not «قوة مواجهة»،
    # «أعمال مدينة», a role's genitive)
    return len(words) <= 3 and all(_name_like(fold(w), inside=j > 0) and not w.startswith("ال") and fold(w) not in NAME_STOPS
                                   and not w.endswith("ة") and w not in v.org and w not in v.title
                                   and w not in v.place and w not in v.content_head for j, w in enumerate(words))


def resolve_candidates(doc: Document, candidates: list[Candidate], lexicon: Lexicon | None = None,
                       nt: NormalizedText | None = None) -> list[Attribution]:
    """Turn a backend's candidates (in text order) into resolved attribution records.

    ``nt`` is the document's normalised view when the caller already has it.
    """
    lex = lexicon or default_lexicon()
    r = _Resolver(lex, doc.text, nt)
    resolved: list[tuple[Candidate, _Entity | None, _Entity | None]] = []
    words_end, words_sentence = -1, -1  # where the words of the last report opened by a colon or a quote end
    last: _Entity | None = None
    for c in sorted(candidates, key=lambda c: c.cue.start):
        r.pos = c.cue.start
        r.other_than = last if last is not None and turn_taken(doc.text, c.cue.start) else None
        # the relaying source (وبحسب الوكالة، قال المسؤول…) is resolved like any mention
        via = r.mention(analyse_mention(c.via.text, lex), None) if c.via is not None else None
        quoted = c.cue.start < words_end and c.sentence == words_sentence
        before = {id(e): e.last for e in r.entities} if c.kind == "according_to" or quoted else None
        speaker = None if c.kind == "unattributed" else _speaker_of(r, doc, c, lex)
        if before is not None and speaker is not None and (quoted or _medium(speaker, lex) or _quoted_source(doc.text, c)):
            # «وحسب موقع "سي إن إن"، … وأضاف…»: an outlet cited as a source relays; «وأضافت: أصرت والدتي
            # أن…، وقالت: …»: one named in a speaker's own words; neither is who goes on talking in
            # the next report with a dropped subject
            speaker.last = before.get(id(speaker), -1)
        if not quoted and _spoken_words(doc.text, c):
            # (a paragraph ends the words: a quote left open does not run on over the article)
            line_end = doc.text.find("\n", c.claim.start)
            words_end = c.claim.end if line_end == -1 else min(c.claim.end, line_end)
            words_sentence = c.sentence  # (and so does its sentence: a quote's end is not always found)
        _register_issuer(r, doc, c, speaker)
        resolved.append((c, speaker, via))
        last = speaker if speaker is not None else last
    r.fuller_names()  # names are read at the end, once every mention has had its say
    resolved = _same_role_named(_lede_cataphora(resolved))
    _bare_proper_names(resolved, r.nt.text)
    return [_record(doc, c, e, via) for c, e, via in resolved]


#: «من جانبه»، «من جهتها»، «بدوره»، «من ناحيتهم» ("for his part") right before a cue's clause: the
#: turn passes to another speaker (an optional comma or و between, and the clause's opening و)
_TURN = re.compile(r"(?:^|[\s.،,؛:])و?(?:من (?:جانب|جهت|ناحيت)|بدور)(?:ه|ها|هم|هما)\s*[،,؛]?\s*\S*\s*$")


def turn_taken(text: str, cue_start: int) -> bool:
    """Does «من جانبه/من جهته/بدوره» ("for his part") open the clause of the cue at ``cue_start``
    (a word between allowed: «من جانبه، أكد…»، «بدوره، الوزير أكد…»)?  A description after it is
    someone other than who spoke before (من جانبه أكد وزير الخارجية الروسي: not the Saudi minister)."""
    return _TURN.search(text, max(0, cue_start - 40), cue_start) is not None


def _spoken_words(text: str, c: Candidate) -> bool:
    """Are the claim of ``c`` the speaker's own words, opened by a colon or a quotation mark
    (وأضافت: أصرت والدتي أن…، وقال: «…»)?"""
    if c.claim is None or c.kind == "according_to":
        return False
    head = text[max(0, c.claim.start - 3):c.claim.start].rstrip()
    return head[-1:] in _WORDS_OPEN


_WORDS_OPEN = frozenset(':«"“”')


#: generic nouns before an organisation's proper name (شركة آبل، وكالة رويترز، منظمة هيومن رايتس ووتش)
_GENERIC_ORG_HEADS = frozenset(map(norm_word, ("شركة", "منظمة", "وكالة", "صحيفة", "جريدة", "مجلة", "موقع", "قناة",
                                               "إذاعة", "تلفزيون", "شبكة", "مجموعة", "مؤسسة", "تنظيم", "نادي",
                                               "مستشفى")))
#: … and those whose proper name may be definite (منظمة العفو الدولية → العفو الدولية, written bare whole)
_DEFINITE_NAME_HEADS = frozenset({norm_word("منظمة")})
_PROCLITICS = "وفلب"


def _bare_proper_names(resolved: list[tuple[Candidate, "_Entity | None", "_Entity | None"]], text: str) -> None:
    """An organisation named with a generic noun before its proper name (وكالة رويترز، شركة آبل
    الأمريكية) takes the proper name alone when the article also writes it bare (ونقلت رويترز، لآبل):
    the guide's canonical name, the proper name without the generic noun.  Without that evidence the
    words after the noun may be common ones (شركة مياه الرياض، وكالة أنباء الإمارات): the name stays."""
    seen: set[int] = set()
    for _, e, _ in resolved:
        if e is None or id(e) in seen or e.type != "organization":
            continue
        seen.add(id(e))
        words = [norm_word(w) for w in e.name.split()]
        if len(words) < 2 or words[0] not in _GENERIC_ORG_HEADS:
            continue
        if fold(words[0]) in _outlet_nouns() and (name := _outlet_name(e.name.split(), words, text)) is not None:
            e.roles.append(e.name)  # the outlet's name, and the noun phrase that introduced it as its role
            e.name = name
            continue
        definite = words[1].startswith("ال")
        if definite and (words[0] not in _DEFINITE_NAME_HEADS or len(words) < 3):
            continue
        # the longest form the article writes bare, down to the name without its nationality
        # (أرامكو السعودية is a name; سوني اليابانية is سوني, described)
        k = len(words)
        if _quoted_after_head(text, words):
            e.name = " ".join(e.name.split()[1:])  # شركة "أرامكو السعودية": the quotes hold the whole name
            continue
        while k > 1:
            if _written_bare(text, words[1:k], words[0]):
                e.name = " ".join(e.name.split()[1:k])
                break
            if k == 2 or definite or not (words[k - 1].startswith("ال") and words[k - 1].endswith(("ي", "ية", "يه"))) \
                    or (k == 3 and words[1] in _places() and not _qualifier_stem(_stem_adj(fold(words[2])))):
                break
            k -= 1  # (its description; a place alone only before a nationality: نادي برشلونة الإسباني, not نادي أبها الأدبي)
        if len(e.name.split()) == len(words) and not definite \
                and (name := _outlet_name(e.name.split(), words, text)) is not None and len(name.split()) < len(words) - 1 \
                and _foreign_proper_name(words[1:1 + len(name.split())]):
            # «منظمة بلاند بيرنتهود الأميركية للصحة الإنجابية»: a proper name no class of the lexicon
            # holds, then its description, is the name, as an outlet's (even if never written bare)
            e.roles.append(e.name)
            e.name = name


def _foreign_proper_name(words: list[str]) -> bool:
    """Could the (normalised) words be a body's transliterated name (بلاند بيرنتهود، هوندا موتور)? No
    given name (شركة أبناء عبدالله…: a family's firm, its family name no description) and, after the
    first, no Arabic noun of the فاعل shape in construct (نادي فالنسيا [رابع] الدوري، [حامل] لقب)."""
    return not any(is_given_name(w) for w in words) \
        and not any(len(w) == 4 and w[1] == "ا" for w in words[1:])


@functools.lru_cache(maxsize=1)
def _outlet_nouns() -> frozenset[str]:
    """The (folded) generic nouns of a news outlet before its proper name (صحيفة، موقع، وكالة، إذاعة…)."""
    return _media_heads() & frozenset(fold(h) for h in _GENERIC_ORG_HEADS)


_NEWS = frozenset({"انباء"})  # «وكالة أنباء فارس»: the agency's noun phrase goes on with «أنباء»
_OUTLET_NAME_MAX = 4  # the most words of an outlet's unquoted proper name (ذا تايمز أوف إنديا)


def _outlet_name(written: list[str], words: list[str], text: str) -> str | None:
    """The proper name of an outlet introduced by its generic noun: the words in quotation marks
    after it (صحيفة «الإندبندنت» البريطانية → الإندبندنت), else the indefinite words the lexicon does
    not know, up to a definite adjective that describes it (صحيفة توتو سبورت الإيطالية → توتو سبورت,
    موقع إنجادجيت التقني، وكالة مهر للأنباء).  None when the words after the noun are its description
    (وكالة الأنباء الألمانية، صحيفة محلية) or a construct of common nouns (وكالة مكافحة الفساد)."""
    k = 1
    while k < len(words) - 1 and (fold(words[k]) in _outlet_nouns() or fold(words[k]) in _NEWS):
        k += 1  # (موقع صحيفة دايلي مايل، وكالة أنباء دوغان)
    for j in range(len(words), k, -1):
        if _quoted_after_head(text, words[k - 1:j]):
            return " ".join(written[k:j])
    j = k
    while j < len(words) and j - k < _OUTLET_NAME_MAX and _outlet_name_word(fold(words[j])):
        j += 1
    if j == k or all(w in vocabulary().place for w in words[k:j]):
        return None  # (قناة دبي: a place alone is no outlet's own name)
    if j < len(words) and not _describes_outlet(fold(words[j])):
        return None
    return " ".join(written[k:j])


def _outlet_name_word(w: str) -> bool:
    """Could a folded word be part of an outlet's unquoted name: indefinite, no adjective agreeing with
    a feminine noun (محليه، فرنسيه), and no word of the lexicon's classes (أمانة، خدمات، في)?"""
    if w in _media_heads() and w not in _outlet_nouns():
        return True  # an outlet's name the lexicon knows (وكالة أنباء فارس، وكالة سانا)
    return not (w.startswith(("ال", "لل")) or w.endswith("يه") or w in _folded_classes())


@functools.lru_cache(maxsize=1)
def _folded_classes() -> frozenset[str]:
    """The folded words of the lexicon's classes that are never an outlet's own name."""
    v = vocabulary()
    return frozenset(fold(w) for c in (v.org, v.title, v.doc, v.group, v.event, v.adverbial, NEVER_IN_NAME) for w in c)


def _describes_outlet(w: str) -> bool:
    """Is a folded word after an outlet's name its description: a definite nisba (الإيطالية،
    الإلكتروني، الإخبارية) or «للأنباء»?"""
    return w in ("للانباء", "للاخبار") or (w.startswith("ال") and w.endswith(("ي", "يه")))


def _quoted_after_head(text: str, words: list[str]) -> bool:
    """Does the normalised ``text`` write ``words`` as the noun then the rest in quotation marks?"""
    if not all(w in text for w in words) or not _quote_after(text, words[0]):
        return False  # (no quotation mark after the noun: no pattern to build, most calls)
    return re.search(re.escape(words[0]) + r"\s*[\"«“]\s*" + r"\s+".join(map(re.escape, words[1:])) + r"\s*[\"»”]",
                     text) is not None


def _quote_after(text: str, word: str) -> bool:
    """Does ``text`` write ``word`` then an opening quotation mark, with only spaces between?"""
    i = text.find(word)
    while i != -1:
        j = i + len(word)
        while j < len(text) and text[j].isspace():
            j += 1
        if text[j:j + 1] in ('"', "«", "“"):
            return True
        i = text.find(word, i + 1)
    return False


@functools.lru_cache(maxsize=256)
def _bare_name(name: tuple[str, ...]) -> re.Pattern:
    """The words of ``name`` as a whole phrase, after at most two proclitics (a name recurs: compiled once)."""
    return re.compile(r"(?<!\w)[" + _PROCLITICS + r"]{0,2}" + r"\s+".join(map(re.escape, name)) + r"(?!\w)")


def _written_bare(text: str, name: list[str], head: str) -> bool:
    """Does the normalised ``text`` hold ``name`` once without ``head`` (or its ال form) before it?"""
    if not all(w in text for w in name):
        return False  # (a word the text does not hold: no pattern to build)
    for m in _bare_name(tuple(name)).finditer(text):
        before = re.findall(r"\w+", text[max(0, m.start() - 40):m.start()])
        prev = before[-1] if before else ""
        prev = prev.lstrip(_PROCLITICS) if len(prev) > len(head) else prev
        if strip_article(prev) != head and prev != head:
            return True
    return False


def _one_fitting(d: "_Entity", named: list["_Entity"]) -> list["_Entity"]:
    """An indefinite description that is no generic one (وزير في الحكومة اليمنية, not مسؤول
    أمريكي): the named speakers whose role it fits (head and nationality: وزير الإدارة المحلية
    اليمني)."""
    desc = _Description.of(MentionInfo(d.name, None, d.name, "person", d.gender, "sg", True))
    nations = [a for a in desc.adjectives if _qualifier_stem(a)] if desc is not None else []
    if desc is None or desc.generic or _definite(d.name) or not nations:
        return []

    def fits(role: str) -> bool:
        words = fold(role).split()
        return desc.head == strip_article(words[0]) and all(a in {_stem_adj(w) for w in words} for a in nations) \
            and not any(_qualifier_stem(_stem_adj(w)) and _stem_adj(w) not in nations for w in words[1:])
    return [e for e in named if any(fits(r) for r in e.roles)]


_REPORT_HEADS = frozenset({"تقرير", "خبر", "مقال"})


def _reporting_outlet(recent: list[_Entity], type_: str, head: str) -> _Entity | None:
    """«حسب التقرير» with no report named before it, right after «ذكرت صحيفة "ذا تايمز أوف إنديا"
    أن…»: the report is that outlet's (the guide: who said it)."""
    if type_ != "document" or head not in _REPORT_HEADS or not recent:
        return None
    last = recent[0]
    words = last.name.split()
    return last if last.type in ("organization", "media") and words and norm_word(words[0]) in vocabulary().media else None


#: Quantifiers that introduce a group by its plural noun (مجموعة من الباحثين، عدد من المستهلكين).
_GROUP_QUANTIFIERS = frozenset({"مجموعه", "عدد", "فريق", "عشرات", "مئات", "الاف", "آلاف", "اغلبيه", "غالبيه"})
_TEXT_WORD = re.compile(r"[^\s.,،؛:!?؟«»\"'()\[\]{}]+")


def _introduced_group(r: "_Resolver", info: MentionInfo, head: str) -> "_Entity | None":
    """«وأشار الباحثون» after «قامت مجموعة من الباحثين البريطانيين بتطوير…», «وقال الانفصاليون» after
    «تبادلت أوكرانيا وانفصاليون مؤيدون لروسيا الاتهامات»: a definite sound plural is the group the
    article introduced earlier with the same noun, indefinite or after a quantifier, even outside
    any report; it takes that fuller description (the guide: the fullest form)."""
    stem = head[:-2]
    if info.type != "group" or not head.endswith(("ون", "ين")) or len(stem) < 4 or is_given_name(head):
        return None
    name = _group_introduction(r, stem)
    if name is None:
        return None
    e = r._find_or_new(MentionInfo(name, name, None, "group", info.gender, "pl", False))
    e.keys.add(fold(info.name or info.text))
    return e


def _group_introduction(r: "_Resolver", stem: str) -> str | None:
    """The first phrase before the current cue that introduces a group by the plural of ``stem``
    with more than its bare noun: «انفصاليون مؤيدون لروسيا», «مجموعة من الباحثين البريطانيين»."""
    nt, folded = r.nt, r.mentions.folded
    i = folded.find(stem)
    if i == -1 or nt.to_original(i) >= r.pos:
        return None
    toks = []  # the words from a little before the noun's first occurrence (its quantifier) to the cue
    for m in _TEXT_WORD.finditer(folded, folded.rfind(" ", 0, max(0, i - 40)) + 1):
        if nt.to_original(m.start()) >= r.pos:
            break
        toks.append(m)
    words = [m.group(0) for m in toks]
    for k, w in enumerate(words):
        if stem not in w:
            continue
        end = _group_phrase_end(words, k, stem)
        if end is None:
            continue
        start = k - 2 if words[k].startswith("ال") else k
        s0, e0 = nt.original_span(toks[start].start(), toks[end - 1].end())
        name = r.text[s0:e0]
        return name[1:] if fold(name)[:1] == "و" and fold(name)[1:].startswith(stem) else name
    return None


def _group_phrase_end(words: list[str], k: int, stem: str) -> int | None:
    """Where the group phrase of the plural ``words[k]`` ends (its adjectives), when it introduces
    the group: indefinite (و)انفصاليون + adjectives (مؤيدون لروسيا), or definite after «من» and a
    quantifier (مجموعة من الباحثين + البريطانيين); None otherwise."""
    w = words[k]
    definite = w in (f"ال{stem}ين", f"ال{stem}ون")
    if definite:
        if k < 2 or words[k - 1] != "من" or words[k - 2].removeprefix("و") not in _GROUP_QUANTIFIERS \
                and words[k - 2] not in _GROUP_QUANTIFIERS:
            return None
    elif w not in (f"{stem}ون", f"{stem}ين", f"و{stem}ون", f"و{stem}ين"):
        return None
    end = k + 1
    while end < len(words) and end < k + 4:
        nxt = words[end]
        if definite and nxt.startswith("ال") and nxt.endswith(("يين", "يون")):
            end += 1
        elif not definite and not nxt.startswith("ال") and nxt.endswith(("ون", "ين")) and len(nxt) > 4:
            end += 1
        elif not definite and end > k + 1 and nxt.startswith("ل") and len(nxt) > 3 \
                and words[end - 1].startswith("م"):
            end += 1  # «مؤيدون لروسيا»: a participle's complement
            break
        else:
            break
    return end if definite or end > k + 1 else None


#: Heads of an anonymous source's description (folded, without the article): a bare «المصادر» or
#: «المصدر» with no source of that noun spoken before is the «مصادر مطلعة», the «مصدر أمني» the
#: article brought in earlier, even outside a report («وعلمت "الوطن" من مصادر مطلعة أن…»).
_SOURCE_HEADS = frozenset({"مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "خبير", "خبراء", "محلل", "محللون",
                           "محللين", "مراقب", "مراقبون", "مراقبين", "شاهد", "شهود", "دبلوماسي", "دبلوماسيون",
                           "دبلوماسيين", "ناشط", "ناشطون", "ناشطين", "اوساط", "مختص", "مختصون", "مختصين"})
#: Adjectives that describe a source (folded), besides nisbas: «مصادر مطلعة»، «مصدر مقرب من…»
_SOURCE_MODIFIERS = frozenset(_SOURCE_ADJECTIVES | {"مسؤوله", "مطلعون", "مطلعين", "متابعه", "مقربه", "مقربون",
                                                      "مقربين", "موثوقه", "عليم", "عليمه", "متطابقه", "خاص", "خاصه"})
#: Nisbas after مصدر/مصادر that make it a resource, not a source: «مصدر رئيسي للدخل»، «مصادر مائية»
_RESOURCE_NISBAS = frozenset({"رئيسي", "رئيسيه", "اساسي", "اساسيه", "طبيعي", "طبيعيه", "مائي", "مائيه", "ثانوي",
                              "ثانويه", "اضافي", "اضافيه", "حقيقي", "حقيقيه", "غذائي", "غذائيه", "مالي", "ماليه",
                              "بديل", "بديله", "متجدده", "نفطي", "نفطيه", "اولي", "اوليه"})
_AFFILIATION = frozenset({"في", "داخل", "لدي", "من"})  # «مصدر في الوزارة»، «مصادر مقربة من الحكومة»
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\s.,،؛:!?؟«»\"'()\[\]{}]+)")


def _introduced(r: "_Resolver", info: MentionInfo, head: str, gender: str | None = None) -> "_Entity | None":
    """A bare definite group or source (الباحثون، المصادر، المصدر) the article brought in earlier with a
    fuller description: :func:`_introduced_group`, else :func:`_introduced_source`."""
    return (_introduced_group(r, info, head) if head else None) or _introduced_source(r, info, gender) \
        or _one_of_them_named(r, info, gender)


#: «أحد القادة الميدانيين ويدعى سالم الجابري»: one of a plural noun, then his name (normalised text)
_ONE_NAMED = re.compile(r"(?<!\w)(?:احد|احدي)\s+(\S+)((?:\s+\S+){0,3}?)\s+[و،,]?\s*(?:يدعي|تدعي|اسمه|اسمها|يسمي|تسمي)"
                        r"\s+((?:\w+)(?:\s+\w+){0,3})")
_WEAK_LETTERS = str.maketrans("", "", "اويىءئؤأإآ")


def _skeleton(noun: str) -> str:
    """A noun's consonants, singular or plural alike (القائد، قادة → قد; مسؤول، مسؤولين → مسل)."""
    w = strip_article(fold(noun)).removesuffix("ه").removesuffix("ة")
    for suffix in ("ون", "ين", "ات"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[:-len(suffix)]
            break
    return w.translate(_WEAK_LETTERS)


def _one_of_them_named(r: "_Resolver", info: MentionInfo, gender: str | None) -> "_Entity | None":
    """«هذا القائد»، «القائد» after «أحد القادة الميدانيين ويدعى سالم الجابري»: the last one of that
    noun the article introduced by name is the person the description means."""
    words = fold(info.role or "").split()
    if info.type != "person" or info.name or not words or not words[0].startswith("ال"):
        return None
    text, to_original = r.nt.text, r.nt.to_original
    end = bisect_right(range(len(text)), r.pos, key=to_original)
    last = None
    for m in _ONE_NAMED.finditer(text, 0, end):
        if _skeleton(m.group(1)) == _skeleton(words[0]) and not _CHAIN_BREAK.search(m.group(2)):
            last = m
    if last is None:
        return None
    name = [w for w in last.group(3).split()]
    keep = next((k for k, w in enumerate(name) if k and (w in _FIELD_ENDS or w in stopwords())), len(name))
    if keep < 2 or not is_given_name(name[0]):
        return None
    s0, e0 = r.nt.original_span(last.start(3), last.start(3) + len(" ".join(name[:keep])))
    return r._person(MentionInfo(r.text[s0:e0], r.text[s0:e0], info.role, "person", gender, "sg", False), gender)


def _source_head(info: MentionInfo) -> str | None:
    """The folded head of a bare definite source mention («المصادر»، «المصدر ذاته» → مصادر، مصدر)."""
    words = fold(info.name or info.role or "").split()
    if not words or len(words) > 2 or (len(words) == 2 and words[1] not in EMPHATIC_SELF):
        return None
    head = strip_article(words[0])
    return head if words[0].startswith("ال") and head in _SOURCE_HEADS else None


def _introduced_source(r: "_Resolver", info: MentionInfo, gender: str | None) -> "_Entity | None":
    """«وأضافت المصادر» after «كشفت لـ"الاقتصادية" مصادر مطلعة أن…» (no record of its own): the
    nearest earlier indefinite occurrence of the same noun, when adjectives describe it (مطلعة،
    كويتية مسؤولة، في الوزارة), is the source, named by that description as written (the guide: an
    unnamed speaker's canonical name is its description). A bare «مصادر لـ"الوطن"» says no more."""
    if info.type not in ("group", "person") or (head := _source_head(info)) is None:
        return None
    name = _source_introduction(r, head)
    if name is None:
        return None
    if info.type == "group":
        e = r._find_or_new(MentionInfo(name, name, None, "group", info.gender, info.number, False))
    else:
        e = next((x for x in r.entities if x.type == "person" and fold(x.name) == fold(name)), None) \
            or r._new(name, "person", gender or info.gender, "sg", name)
    e.keys.add(fold(info.name or info.role or ""))
    return e


_SAME_BEFORE = re.compile(r"(?<!\w)(?:ذات|نفس)\s+$")
_SAME_AFTER = re.compile(r"\s*(?:نفسه|نفسها|ذاته|ذاتها)(?!\w)")


def _same_source_cited(r: "_Resolver", doc: Document, c: Candidate, info: MentionInfo) -> "_Entity | None":
    """«وتابع المصدر نفسه»، «وكشفت المصادر ذاتها»، «وتؤكد ذات المصادر» with no source of that noun
    before: "the same source" is the one just cited (حسبما أفادت أجهزة الأمن… وتابع المصدر نفسه أن…),
    the last speaker; a bare «المصدر» keeps its description (the guide: an anonymous source)."""
    if c.speaker is None or (head := _source_head(info)) not in ("مصدر", "مصادر"):
        return None
    words = fold(info.name or info.role or "").split()
    if not (len(words) == 2 or _SAME_AFTER.match(doc.text, c.speaker.end)
            or _SAME_BEFORE.search(doc.text, max(0, c.speaker.start - 8), c.speaker.start)):
        return None
    recent = r.recent()
    if not recent or any(strip_article(fold(e.name).split()[0]) in ("مصدر", "مصادر") for e in recent if e.name.split()) \
            or _source_introduction(r, head) is not None:
        return None  # (an earlier source of the noun is the one meant: :func:`_introduced_source`)
    if head == "مصادر" and recent[0].type == "person":
        return None  # one person is no «sources»: «وفقا لرئيس الوزراء…، بحسب ما تقدره المخابرات… وبحسب المصادر نفسها»
    return recent[0]


@functools.lru_cache(maxsize=64)
def _indefinite_word(head: str) -> re.Pattern:
    """The indefinite noun ``head`` as a whole word after its proclitics, either case of a sound plural
    (group 1: the noun)."""
    forms = {head[:-2] + "ون", head[:-2] + "ين"} if head.endswith(("ون", "ين")) else {head}
    return re.compile(r"(?<![\w])[وفلب]{0,2}(%s)(?![\w])" % "|".join(sorted(forms)))


def _source_introduction(r: "_Resolver", head: str) -> str | None:
    """The description of the last indefinite ``head`` before the cue, as written, when it has one."""
    nt, folded = r.nt, r.mentions.folded
    last = None
    for m in _indefinite_word(head).finditer(folded):
        if nt.to_original(m.start()) >= r.pos:
            break
        last = m
    if last is None or (stop := _modifiers_end(folded, last.end())) is None:
        return None
    s0, e0 = nt.original_span(last.start(1), stop)
    return r.text[s0:e0]


def _modifiers_end(folded: str, pos: int) -> int | None:
    """Where the adjectives after a source's noun end (its nisbas, مطلعة، مقربة من الحكومة، and an
    affiliation: في الوزارة، في وزارة الصحة); None when no adjective follows."""
    end, n = pos, 0
    while n < 4 and (m := _NEXT_WORD.match(folded, end)) is not None:
        w = m.group(1)
        if w.startswith("ال") or w in NAME_STOPS - {"في", "من"} or w in _RESOURCE_NISBAS:
            break
        if w in _SOURCE_MODIFIERS or (len(w) > 3 and w.endswith(("ي", "يه", "يون", "يين"))):
            end, n = m.end(), n + 1
            continue
        if w in _AFFILIATION and (w != "من" or n) and (tail := _affiliation_end(folded, m.end())) is not None:
            return tail
        break
    return end if n else None


def _affiliation_end(folded: str, pos: int) -> int | None:
    """The end of «الوزارة» or «وزارة الصحة» (a definite word or a construct, and its definite
    adjectives) after في/من/لدى."""
    m = _NEXT_WORD.match(folded, pos)
    if m is None:
        return None
    if not m.group(1).startswith("ال"):
        m = _NEXT_WORD.match(folded, m.end())
        if m is None or not m.group(1).startswith("ال") or m.group(1) in RELATIVES:
            return None
    end = m.end()
    while (a := _NEXT_WORD.match(folded, end)) is not None and a.group(1).startswith(("ال", "وال")) \
            and a.group(1).endswith(("ي", "يه")) and a.group(1) not in RELATIVES:  # («في الحقل التربوي والتعليمي»)
        end = a.end()
    return end


def _same_plural(head: str, ew: list[str], type_: str) -> bool:
    """«المستهلكون» and an earlier «عدد من المستهلكين»: the same sound plural (either case) is the
    group's noun after its quantifier."""
    if type_ != "group" or not head.endswith(("ون", "ين")) or len(head) < 5 or len(ew) < 3 or ew[1] != "من":
        return False
    w = strip_article(ew[2])
    return w.endswith(("ون", "ين")) and w[:-2] == head[:-2]


#: adjectives of rank a later mention of the same person leaves out («سياسي تونسي بارز» … «السياسي التونسي»)
_PROMINENCE = frozenset({"بارز", "كبير", "رفيع"})


def _role_key(role: str) -> tuple[str, ...]:
    return tuple(k for w in role.split() if (k := strip_article(norm_word(w))) not in _PROMINENCE)


def _same_role_named(resolved: list[tuple[Candidate, "_Entity | None", "_Entity | None"]]
                     ) -> list[tuple[Candidate, "_Entity | None", "_Entity | None"]]:
    """A speaker the article only describes is the one speaker it names with the very same
    description, before or after: «أكد ناشط سياسي موصلي أن…» (the lede) and «قال الناشط السياسي
    الموصلي، غانم العابد، …» further down are one person (the guide: the fullest name). Only a
    description of two words or more, matched word for word (articles aside), by one named
    speaker of the same gender: «مسؤول» alone, or two named «مسؤول أمريكي», decide nothing."""
    entities = {id(e): e for _, e, _ in resolved if e is not None and e.type == "person"}
    named = [e for e in entities.values() if e.name not in e.roles and e.roles
             and (_person_name_words(ws := [norm_word(w) for w in e.name.split()]) or (len(ws) > 1 and given_name_length(ws, 0)))]
    if not named:
        return resolved
    by_role: dict[tuple[str, ...], list[_Entity]] = {}
    for e in named:
        for key in {_role_key(role) for role in e.roles}:
            by_role.setdefault(key, []).append(e)
    to: dict[int, _Entity] = {}
    for d in entities.values():
        if d.name not in d.roles or len(key := _role_key(d.name)) < 2:
            continue
        match = by_role.get(key, []) or _one_fitting(d, named)
        if len(match) == 1 and (not d.gender or not match[0].gender or d.gender == match[0].gender):
            to[id(d)] = match[0]
    if not to:
        return resolved
    return [(c, to.get(id(e), e) if e is not None else None, via) for c, e, via in resolved]


_LEDE_REACH = 2  # sentences from the lede's report to the one that names its speaker


def _lede_cataphora(resolved: list[tuple[Candidate, "_Entity | None", "_Entity | None"]]
                    ) -> list[tuple[Candidate, "_Entity | None", "_Entity | None"]]:
    """A news lede describes its speaker and the next report names him: «أكد رئيس هيئة الأركان
    العامة اليمنية أن… وقال اللواء الركن محمد علي المقدشي…» — the description is that person
    when the next speaker is the next sentence or so on, named, of the same gender, with no role
    or one that fits the description (the guide: the fullest name the article gives)."""
    spoken = [(c, e) for c, e, _ in resolved if e is not None]
    if len(spoken) < 2:
        return resolved
    c0, d = spoken[0]
    if d.type != "person" or not d.roles or d.name not in d.roles or not _definite(d.name):
        return resolved
    nxt = next(((c, e) for c, e in spoken if e is not d), None)
    if nxt is None:
        return resolved
    c1, n = nxt
    desc = _Description.of(MentionInfo(d.name, None, d.name, "person", d.gender, "sg", True))
    named = n.type == "person" and n.name not in n.roles and (not n.gender or not d.gender or n.gender == d.gender) \
        and _person_name_words([norm_word(w) for w in n.name.split()])
    if not named or desc is None or c1.sentence - c0.sentence > _LEDE_REACH \
            or (n.roles and not any(desc.rank(role) is not None for role in n.roles)):
        return resolved
    if n.gender is None:
        n.gender = d.gender
    n.roles.extend(role for role in d.roles if role not in n.roles)
    return [(c, n if e is d else e, via) for c, e, via in resolved]


def _speaker_of(r: _Resolver, doc: Document, c: Candidate, lex: Lexicon) -> _Entity | None:
    """The document speaker of one candidate: its explicit mention, a pronoun, or its implicit subject."""
    if c.speaker is None:
        return _implicit_speaker(r, c, lex)
    pron = PRONOUN_SUBJECTS.get(fold(c.speaker.text))
    if pron is not None:
        # لكنه أوضح: a pronoun subject refers back like an implicit one, with its own features (and to
        # the sentence before's subject when the rules found it: «… بلاتر… . كما أنه أكد»)
        cp = replace(c, gender=pron[0] or c.gender, number=pron[1] or c.number)
        return _implicit_speaker(r, cp, lex) if c.antecedent is not None else r.implicit(*pron) or _first_named(r, cp)
    if norm_word(c.speaker.text) in lex.category("honorific_pronoun"):
        return _styled_speaker(r, c, norm_word(c.speaker.text))
    styles = [strip_article(w) for w in fold(c.speaker.text).split()]
    if styles and styles[-1] in _STYLE_MARKS and all(w in _STYLE_MARKS or w in ("صاحب", "الملكي") for w in styles):
        # «وأكد معالي [الأمين العام]»، «صاحب السمو»: the style alone (the rules stopped there): the
        # person named right after it, else the one the article styled so
        reach = min(c.speaker.end + 120, c.claim.start if c.claim is not None and c.claim.start > c.speaker.end else c.speaker.end + 120)
        here = next((it.info for it in r.mentions.at(list(range(c.speaker.end + 1, reach, 16)))
                     if c.speaker.start <= it.pos < reach
                     and _titled_named(it.info)), None)  # (the name the rules did not reach: «معالي المستشار… الشيخ صالح…»)
        found = r.touch(r._person(here, here.gender)) if here is not None else _styled_speaker(r, c, styles[-1])
        if found is not None:
            return found
    written = c.speaker.text.split()[0] if c.speaker.text.split() else ""
    first = norm_word(written) if written.lstrip("و")[:1] != "إ" else ""  # (إمام "imam" is no أمام "before")
    if first in _NOT_A_SUBJECT or (first[:1] == "ب" and strip_pronoun(strip_article(first[1:])) in vocabulary().speech):
        # (وتابع بقوله: "by saying" is how he went on, not who)
        # «وقال أمام ممثلي…» (a preposition), «وأضاف وهي تخاطب…» (a clause about the speaker): the
        # words after the verb are no subject, the verb's is implicit
        return _implicit_speaker(r, c, lex)
    info = analyse_mention(c.speaker.text, lex)
    after_lil = doc.text[max(0, c.speaker.start - 2):c.speaker.start] == "لل"
    if after_lil and not info.name and info.role:
        # للكاتب عباس العقاد: a title and a name after لل = ل + ال, read as «الكاتب عباس العقاد»
        titled = analyse_mention("ال" + c.speaker.text, lex)
        info, after_lil = (titled, False) if titled.name and titled.role else (info, True)
    if after_lil:
        # وفقا للبيان: the mention is "بيان" after لل = ل + ال; the name is "البيان", and so is a
        # role that opens the mention («للناطق الإعلامي … بدر السحيباني»: the role «الناطق الإعلامي…»)
        first = info.text.split()[0] if info.text.split() else ""
        if info.role and info.role.split()[0] == first:
            info = replace(info, role="ال" + info.role)
        elif info.name and info.name.split()[0] == first and not info.name.startswith("ال"):
            info = replace(info, name="ال" + info.name)
    if c.type_hint and info.type == "unknown":
        info = replace(info, type=c.type_hint)
    if info.type == "unknown":
        info = _named_body_reading(r, info, lex)
    if info.type == "document":
        owner = _document_maker(r, doc, c, info, lex) or _document_owner(r, doc, c, info, lex)
        if owner is not None:
            return owner
    if (prophet := _prophet_as_written(r, info)) is not None:
        return prophet
    if info.type == "document" and info.name and " " not in info.name:
        m = _NUMBER_AFTER.match(doc.text, c.speaker.end)
        if m:
            # «نصت المادة (27) على أن…»: the number is the document's name (the rules may stop before it)
            ordinal = "الـ" if c.speaker.text.endswith("الـ") else ""  # («التقرير الـ 51»: the 51st report)
            info = replace(info, name=f"{info.name} {ordinal}{m.group(1).strip()}")
    if (outlet := _outlet_described(r, info)) is not None:
        return r.touch(outlet)
    if (same := _same_source_cited(r, doc, c, info)) is not None:
        return r.touch(same)
    e = r.mention(_indexed_reading(r, c.speaker.start, c.speaker.end, info), _source_gender(doc, c, lex))
    if e.type == "person" and info.name and (role := apposed_role(doc.text, c.speaker.end)) is not None:
        e.roles.extend(x for x in _role_parts(role) if x not in e.roles)  # «X الأمين العام للمجلس،» → «الأمين العام»
    return e


#: adjectives that describe an organisation's own outlet, not which outlet (عبر موقعها الإلكتروني)
_OWN_OUTLET = frozenset({"الالكتروني", "الالكترونيه", "الرسمي", "الرسميه"})


@functools.lru_cache(maxsize=1)
def _media_heads() -> frozenset[str]:
    """The (folded) nouns of news outlets (صحيفة، وكالة، قناة، موقع…)."""
    return frozenset(fold(w) for w in vocabulary().media | {"موقع"})


def _outlet_described(r: _Resolver, info: MentionInfo) -> _Entity | None:
    """A media noun with its article and one nisba adjective (الصحيفة الأسبانية، الموقع التقني،
    الوكالة الأميركية) describes the outlet last cited with that noun (صحيفة «أ س»، موقع "إنجادجيت"
    التقني، وكالة الفضاء الأميركية "ناسا"), unless the outlet's own nisba is another place's (the
    paper named «صحيفة الغارديان البريطانية» is no «الصحيفة الإيطالية»). (The mention's reading may
    take «الموقع التقني» for a person: the media noun says what it is.)"""
    words = fold(info.name or info.text).split()
    if info.type == "group" or len(words) != 2 or not words[1].startswith("ال") \
            or not words[1].endswith(("ي", "يه")) or words[1] in _OWN_OUTLET:
        return None
    head = strip_article(words[0])
    if not words[0].startswith("ال") or head not in _media_heads():
        return None
    adjective = _stem_adj(words[1])
    for e in r.recent() + [x for x in r.entities if x.last < 0]:  # (an outlet cited by «حسب» is not recent)
        ew = fold(e.name).split()
        if e.type in ("person", "group") or not ew or strip_article(ew[0]) != head or ew == words:
            continue
        places = {_stem_adj(w) for k in e.keys for w in k.split()[1:] if w.startswith("ال") and _qualifier(w)}
        if len(ew) < 2 or places and adjective not in places and any(_qualifier_stem(a) for a in places | {adjective}):
            return None  # (nor a bare «صحيفة» the rules cut short: the description says more)
        e.gender = e.gender or ("f" if head.endswith("ه") else "m")  # (الموقع… مؤكدة: not the site)
        return e  # (no key of it: a description is no name to take, «صحيفة "ديلي ميل"» stays so)
    return None


def _prophet_as_written(r: _Resolver, info: MentionInfo) -> _Entity | None:
    """«قال صلى الله عليه وسلم» names the Prophet by the blessing alone: he is the one the article
    named before (قال رسول الله صلى الله عليه وسلم… وقال صلى الله عليه وسلم → رسول الله)."""
    if info.name != "النبي محمد" or "محمد" in fold(info.text):
        return None
    return next((r.touch(e) for e in r.recent() if fold(e.name) in prophet_keys()), None)


def _named_body_reading(r: _Resolver, info: MentionInfo, lex: Lexicon) -> MentionInfo:
    """«وذكر البرنامج أن…» after «ممثلة برنامج الأغذية العالمي»: the definite head of a body named
    only in construct (``org_named``) is that body when the article named one before; else it
    stays a word of unknown kind (a TV programme, a plan)."""
    words = fold(info.name or info.text).split()
    if len(words) != 1 or not words[0].startswith("ال") or strip_article(words[0]) not in lex.category("org_named"):
        return info
    body = replace(info, type="organization")
    return body if r._indexed_org(body) is not None else info


def _source_gender(doc: Document, c: Candidate, lex: Lexicon) -> str | None:
    """The gender the speaker of ``c`` takes from its verb: a relayed source's is not the relaying
    verb's («ونقلت الوكالة عن فالون قوله…»: نقلت agrees with the agency), but the pronoun of the
    speech noun after it (قوله → m, قولها → f), else unknown."""
    if c.via is None or c.speaker is None:
        return c.gender
    after = doc.text[c.speaker.end:c.speaker.end + 24].split()
    w = norm_word(after[0]) if after else ""
    suffix = next((x for x in ("هما", "هم", "ها", "ه") if w.endswith(x)), "")
    if not suffix or strip_pronoun(w) not in vocabulary(lex).speech:
        return None
    gender, number = PRONOUN_SUBJECTS[suffix]
    return gender if number == "sg" else None


#: First words no subject has: prepositions (not علي: also Ali) and the pronoun of a
#: circumstantial clause (وهو، وهي).
_NOT_A_SUBJECT = PARENTHETICAL | {"امام", "خلال", "ضد", "نحو", "حول", "عند", "لدي", "بين", "عبر", "الي", "عن", "مع"}

#: The issuer written right after a statement: «بيان لـ«الأونروا»»، «بيان للوزارة»، «بيان صادر عن الشركة»,
#: «بلاغ لرئاسة الجمهورية» (ل + a construct whose genitive is definite: the construct is the issuer).
_OWNER_AFTER = re.compile(r"\s*(?:(?:ال)?صادرة?\s+(?:عن|من)\s+|من\s+(?=ال)|لـ\s*|ل(?=ل|[«\"“]|ال|[^\s،,.:؛«\"“]{2,}\s+ال))([«\"“][^»\"”]{1,40}[»\"”]|[^\s،,.:؛«\"“]+(?:\s+[^\s،,.:؛«\"“]+){0,4})")
_OWNED_DOCUMENTS = frozenset({"بيان", "البيان", "بيانا", "رسالة", "الرسالة", "تقرير", "التقرير", "تصريح", "التصريح",
                              "بلاغ", "البلاغ", "بلاغا"})
_REPORTS = frozenset({"بلاغ", "البلاغ", "بلاغا"})  # a statement in Maghrebi usage, else a report to the police


def _document_owner(r: _Resolver, doc: Document, c: Candidate, info: MentionInfo, lex: Lexicon) -> _Entity | None:
    """A statement speaks for its issuer when the sentence names it: «وقال بيان لـ«الأونروا» إن…» →
    الأونروا; «أكد بيان صادر عن وزارة الداخلية أن…» → وزارة الداخلية (the guide: the issuer)."""
    words = c.speaker.text.split()
    if not words or words[0] not in _OWNED_DOCUMENTS:
        return None
    if len(words) == 1 and (pm := _OWNER_PRONOUN.match(doc.text, c.speaker.end)) is not None:
        owner = _pronoun_owner(r, pm.group(1))
        return _issued_by(r, owner, words[0], info) if owner is not None else None
    m = _OWNER_AFTER.match(doc.text, c.speaker.start + len(words[0])) if len(words) > 1 else \
        _OWNER_AFTER.match(doc.text, c.speaker.end) or _maker_after(doc.text, c.speaker.end)
    if m is None:
        # (a construct, «بيان أمانة جدة», names the document itself: the project's gold keeps it)
        return _construct_owner(r, words, info, lex)
    if words[0] in _REPORTS and m.group(0).lstrip().startswith("لل"):
        return None  # «بلاغ للعمليات»، «بلاغ للشرطة»: a report made to someone; «بلاغ لرئاسة الجمهورية» is the presidency's
    quoted = m.group(1)[:1] in "«\"“"
    text = m.group(1).strip("«»\"“”")
    if m.group(0).lstrip().startswith("لل"):
        text = _with_article(text, lex)  # بيان للوزارة: ل + الوزارة
    text = text if quoted else _issuer_words(text)
    owner = analyse_mention(text, lex) if text else None
    if owner is None or owner.type not in ("organization", "group", "person", "unknown") \
            or (owner.type == "person" and not owner.name) or norm_word(text) in PRONOUN_SUBJECTS:
        return None
    return _issued_by(r, r.mention(owner, None), words[0], info)


#: the clause after a document that names who made or published it, up to its verb: «دراسة [أجراها]
#: المركز…»، «التقرير الـ 51 [الذي صدر] عن مؤسسة النقد»، «تقرير [صدر أخيرا] عن شركة باين» (an adverb
#: may follow the verb)
_MAKER_CLAUSE = re.compile(r"\s*(?:(?:الـ\s*)?\d+\s+)?(?:(?:الذي|التي|الذى|التى)\s+)?(\S+)(?:\s+(?:أمس|اليوم|مؤخرا|مؤخراً|حديثا|حديثاً"
                           r"|أخيرا|أخيراً|للتو))?\s+")
_PUBLISHED = frozenset({"نشر", "نشرت"})  # «نشر بشبكة abc»، «نشرت في مجلة لانسيت»: the outlet published it
_PUBLISHED_IN = re.compile(r"(?:في|على|من\s+قبل)\s+|ب(?!عد|ين|شكل|صورة)(?=\S)")
_ISSUED_FROM = frozenset({"صدر", "صدرت", "الصادر", "الصادرة"})  # «صدر عن الوزارة»: the ministry issued it
_ISSUED_FROM_BY = re.compile(r"(?:عن|من)\s+")
_MAKER_REACH = 3  # the most words of a document's name before the clause (تقرير اقتصادي حديث [أعده]…)


def _document_maker(r: _Resolver, doc: Document, c: Candidate, info: MentionInfo, lex: Lexicon) -> _Entity | None:
    """A document speaks for who made or published it when the clause after it names them: «كشفت
    دراسة أجراها المركز الوطني…» → المركز الوطني…; «لاحظ تقرير صدر أخيرا عن شركة باين» → شركة باين;
    «أكد تقرير صحفي نشر بشبكة abc الإخبارية» → شبكة abc الإخبارية (the guide: the issuer is who
    said it).  The clause may stand in the mention (the rules keep the maker in it) or after it."""
    words = c.speaker.text.split()
    k = next((k for k in range(1, min(len(words), _MAKER_REACH + 1)) if norm_word(words[k]) in _CLAUSE_VERBS), None)
    pos = c.speaker.start + [m.start() for m in re.finditer(r"\S+", c.speaker.text)][k] if k is not None else c.speaker.end
    owner = _maker_at(doc.text, pos, strip_article(fold(words[0])), lex)
    if owner is not None:
        return _issued_by(r, r.mention(owner, None), words[0], info)
    pronoun = _dropped_maker(doc.text, pos)
    issuer = _pronoun_owner(r, pronoun) if pronoun else None
    return _issued_by(r, issuer, words[0], info) if issuer is not None else None


def _dropped_maker(text: str, pos: int) -> str | None:
    """«بحسب بيان أصدرته في مايو»: a verb of making with the document's pronoun and no subject after
    it (a preposition, an adverb or the clause's end follows) — the subject dropped is who the verb
    agrees with, as «بيان لها» says (its pronoun among :data:`~attribution.lexicon.closed.OWNER_PRONOUNS`,
    or None)."""
    m = _MAKER_CLAUSE.match(text, pos)
    verb = norm_word(m.group(1)) if m is not None else ""
    if verb not in MADE_IT:
        return None
    after = text[m.end():m.end() + 30].split()
    nxt = norm_word(after[0]) if after else ""
    if after and nxt not in PREPOSITIONS and nxt not in _NOT_A_SUBJECT and nxt not in vocabulary().adverbial \
            and after[0][:1] not in "،,.:؛" and nxt not in ("لكن", "ولكن"):
        return None
    stem = verb[:-2] if verb.endswith("ها") else verb[:-1]
    return "لها" if stem.endswith("ت") else "لهم" if stem.endswith("و") else "له"


def _maker_at(text: str, pos: int, head: str, lex: Lexicon) -> MentionInfo | None:
    """Who made or published the document ``head`` (folded, bare) by the clause at ``pos``
    (:func:`_maker_words`), read as a mention: a body, a group or a named person, not an outlet
    that only relays the document."""
    words = _own_site(_maker_words(text, pos), lex)
    owner = analyse_mention(words, lex) if words and not _for_whom(words) else None
    if owner is None or owner.type not in ("organization", "group", "person", "unknown") or not owner.name \
            or norm_word(words) in PRONOUN_SUBJECTS or owner.type == "person" and not owner.role and " " not in owner.name \
            or _relaying_outlet(owner, head, lex):
        return None
    return owner


@functools.lru_cache(maxsize=64)
def _definite_word(head: str) -> re.Pattern:
    """The noun ``head`` as a whole word, with or without its article and proclitics, or a pronoun."""
    return re.compile(r"(?<!\w)(?:[وفب]?ال|لل)?%s(?:ا|ه|ها)?(?!\w)" % re.escape(head))


def _maker_in_text(r: "_Resolver", head: str, end: int) -> tuple[int, MentionInfo] | None:
    """The last document ``head`` (folded, bare) before ``end`` (in the normalised text) whose clause
    names who made it, anywhere in the article (a sentence that reports nothing: «ويهدف هذا التقرير
    الصادر عن مركز دراسات الوحدة العربية…»، «اهتمت دراسة نشرت على موقع صندوق النقد العربي…»): its
    place (original offset) and the maker.  Up to two adjectives may stand between (تقرير فصلي حديث)."""
    folded, to_original = r.mentions.folded, r.nt.to_original
    found = None
    for m in _definite_word(head).finditer(folded, 0, end):
        pos = to_original(m.end() - 1) + 1
        for _ in range(_MAKER_REACH):
            owner = _maker_at(r.text, pos, head, r.lex)
            if owner is not None:
                found = (to_original(m.start()), owner)
                break
            nxt = re.match(r"\s*[^\s،,.:؛«»\"“”]+", r.text[pos:pos + 40])
            if nxt is None:
                break
            pos += nxt.end()
    return found


def _for_whom(text: str) -> bool:
    """Does the maker's place hold «for whom» instead (الدراسة التي أعدها [لمعهد واشنطن] الباحثان…)?"""
    w = norm_word(text.split()[0])
    return w.startswith(("لل", "لـ")) or w[:1] == "ل" and strip_article(w[1:]) in vocabulary().org


#: the documents an outlet writes itself (تقرير نشرته رويترز); a study or a letter it publishes it relays
#: («الدراسة التي نشرتها صحيفة الديلي ميل»، «رسالة نشرتها صحيفة إيلاف»: the study's, the writer's)
_OUTLETS_OWN = frozenset({"تقرير", "استطلاع"})
_JOURNALS = frozenset({"مجله", "دوريه"})  # «دراسة نشرت في مجلة لانسيت»: the journal is the study's venue
_JOURNAL_DOCUMENTS = frozenset({"دراسه", "بحث"})


def _relaying_outlet(owner: MentionInfo, head: str, lex: Lexicon) -> bool:
    """Is the publisher a news outlet that only relays the document ``head`` (folded, bare)?"""
    words = fold(owner.name or owner.text).split()
    first = strip_article(words[0]) if words else ""
    if not (first in _media_heads() or first in _OUTLETS or first in _JOURNALS or fold(owner.name or "") in lex.category("media")):
        return False
    return head not in _OUTLETS_OWN and not (first in _JOURNALS and head in _JOURNAL_DOCUMENTS)


#: a body's own site or page: «نشر على موقع وزارة الإعلام»، «نشرها موقع الوزارة» (the ministry's)
_SITE_HEADS = frozenset({"موقع", "الموقع", "صفحة", "الصفحة", "حساب"})


def _own_site(text: str, lex: Lexicon) -> str:
    """The body whose site publishes, for «موقع» in construct with a body's name (موقع وزارة الإعلام →
    وزارة الإعلام); a site named by its own name (موقع ويكيليكس) is the outlet."""
    words = text.split()
    if len(words) < 2 or norm_word(words[0]) not in _SITE_HEADS:
        return text
    body = strip_article(norm_word(words[1]))
    orgs = lex.category("org") | lex.category("org_f")
    return " ".join(words[1:]) if body in orgs or body.replace("ة", "ه") in orgs else text


_CLAUSE_VERBS = MADE_IT | _PUBLISHED | _ISSUED_FROM


def _maker_words(text: str, pos: int) -> str:
    """The words naming the maker in the clause at ``pos`` (:data:`_MAKER_CLAUSE`), or ``""``: the
    subject after a verb carrying the document's pronoun (أجراها، أصدرته), the outlet after «نشر
    في/على/بـ», the issuer after «صدر عن/من»."""
    m = _MAKER_CLAUSE.match(text, pos)
    if m is None:
        return ""
    verb, start = norm_word(m.group(1)), m.end()
    if verb in _PUBLISHED or verb in _ISSUED_FROM:
        p = (_PUBLISHED_IN if verb in _PUBLISHED else _ISSUED_FROM_BY).match(text, start)
        if p is None:
            return ""
        start = p.end()
    elif verb not in MADE_IT:
        return ""
    w = _MAKER_WORDS.match(text, start)
    if w is None:
        return ""
    words = w.group(1)
    if words[:1] in "«\"“":
        return words.split("»")[0].split("”")[0].strip("«»\"“”")
    kept = _issuer_words(words).split()
    cut = next((k for k, x in enumerate(kept) if k and norm_word(x) in _MAKER_STOPS), len(kept))
    return " ".join(kept[:cut])


#: the maker's words: a name in quotation marks or up to eight words (a body's name may be long: «الهيئات
#: الصحية الشرعية التابعة لوزارة الصحة»)
_MAKER_WORDS = re.compile(r"([«\"“][^»\"”]{1,40}[»\"”]|[^\s،,.:؛«\"“]+(?:\s+(?:[«\"“][^»\"”]{1,40}[»\"”]|[^\s،,.:؛«\"“]+)){0,7})")
#: words that open what the maker did it by, after its name (معارضون إيرانيون [بناء على] إحصاءات)
_MAKER_STOPS = frozenset({"بناء", "وفق", "وفقا", "استنادا", "نقلا", "بالتعاون", "بالتنسيق", "بعنوان"})


#: a statement's owner as a pronoun after it: «جاء في بيان لها»، «وقال بيان له»
_OWNER_PRONOUN = re.compile(r"\s*(%s)(?!\w)" % "|".join(sorted(OWNER_PRONOUNS, key=len, reverse=True)))


def _pronoun_owner(r: _Resolver, pronoun: str) -> _Entity | None:
    """Whom «بيان لها» belongs to: the last speaker or body named that agrees with the pronoun (a
    feminine singular ها is also a body's or a group of things'), no document."""
    gender, number = OWNER_PRONOUNS[pronoun]
    for e in r.recent():
        if e.type == "document" or is_sacred(e.name) or _abstract(e):
            continue
        if number == "sg" and e.type != "group" and not (gender and e.gender and gender != e.gender) \
                or number != "sg" and e.type == "group" and _entity_agrees(e, gender, "pl", r.lex):
            return e
    return None


def _issued_by(r: _Resolver, issuer: _Entity, head: str, info: MentionInfo) -> _Entity:
    """The statement ``head`` (بيان) of ``info`` as its issuer's, for a later «وأضاف البيان» too."""
    r.issuers[strip_article(fold(head))] = issuer
    # (the statement keeps its own gender for the verbs that continue it: وأضاف البيان… وتابع…)
    e = r._find_or_new(MentionInfo(issuer.name, issuer.name, None, "document", info.gender, "sg", False))
    if issuer.gender and e.gender and issuer.gender != e.gender:
        e.gender = None  # (…أكد بيان من الرئاسة أن…، ودعت…: a verb may agree with the statement or its issuer)
    return r.touch(e)


def _construct_owner(r: _Resolver, words: list[str], info: MentionInfo, lex: Lexicon) -> _Entity | None:
    """«تقرير المؤسسة»، «بيان الوزارة»: a statement in construct with a bare definite body head is the
    statement of the body the article named with that head (مؤسسة ماركت للأبحاث), when it did."""
    if len(words) != 2 or not norm_word(words[1]).startswith("ال") \
            or norm_word(words[1])[2:] not in _body_heads(lex):
        return None
    head = strip_article(fold(words[1]))
    known = next((e for e in r.recent() if e.type == "organization" and len(ew := fold(e.name).split()) > 1
                  and strip_article(ew[0]) == head), None)
    if known is None:
        named = r._indexed_org(MentionInfo(words[1], words[1], None, "organization", None, "sg", False))
        # (the index may read a body's name on into what follows it: «مؤسسة ماركت للأبحاث [في لندن]»)
        name = _issuer_words(named.name) if named is not None else ""
        known = r.mention(replace(named, name=name, text=name), None) if len(name.split()) > 1 else None
    return _issued_by(r, known, words[0], info) if known is not None else None


#: a statement's relative clause naming who put it out: «البيان الذي أصدرته الحركة»، «التقرير الذي نشرته الوزارة»
_MADE_BY = re.compile(r"\s*(?:الذي|التي)\s+(\S+?)(?:ها|ه)\s+(?=\S)")


def _maker_after(text: str, pos: int) -> re.Match | None:
    """After «البيان» at ``pos``, the words of «الذي أصدرته الحركة» naming who put the statement out
    (the match's group 1), or None."""
    m = _MADE_BY.match(text, pos)
    return _OWNER_WORDS.match(text, m.end()) if m is not None and norm_word(m.group(1)) in _PUT_OUT_VERBS else None


_OWNER_WORDS = re.compile(r"([«\"“][^»\"”]{1,40}[»\"”]|[^\s،,.:؛«\"“]+(?:\s+(?:[«\"“][^»\"”]{1,40}[»\"”]|[^\s،,.:؛«\"“]+)){0,4})")


def _with_article(word_on: str, lex: Lexicon) -> str:
    """The definite noun a لل-word holds (للوزارة → الوزارة; للجنة → اللجنة: ل + ال + لجنة)."""
    rest = word_on[1:]
    head = rest.split()[0] if rest.split() else rest
    if ("ل" + head) in lex.category("org") | lex.category("org_f") | lex.category("title"):
        return "الل" + rest
    return "ا" + word_on


def _unprepositioned(info: MentionInfo, lex: Lexicon) -> MentionInfo:
    """An antecedent body read inside a prepositional phrase, without its preposition: «في تصريح
    للمركز الإعلامي…» names «المركز الإعلامي» (ل + ال), «عمل بالمعهد التقني» «المعهد التقني»."""
    words = (info.name or "").split()
    first = norm_word(words[0]) if words else ""
    if first.startswith("لل") and len(first) > 4:
        bare = _with_article(words[0][1:], lex)
    elif first.startswith("بال") and len(first) > 5:
        bare = words[0][1:]
    else:
        return info
    name = " ".join([bare] + words[1:])
    return replace(info, name=name, text=name if info.text == info.name else info.text)


def _issuer_words(text: str) -> str:
    """The issuer's noun phrase at the start of ``text``: its head, then definite words, ب/ل/و-
    phrases with the article, or a construct's genitives (سلطات مقاطعة شيرناك) — not the clause
    after it (… الروسية عثر، … أنه)."""
    words = text.split()
    keep: list[str] = []
    quoted = False  # inside a name in quotation marks: «شركة الأبحاث «البن كابيتال»»
    for k, w in enumerate(words):
        nw = norm_word(w)
        if k and (quoted or w[:1] in "«\"“"):
            keep.append(w)
            closes = w[-1:] in "»\"”" and (quoted or len(w) > 1)
            quoted = not closes
            continue
        definite = nw.startswith(("ال", "وال", "بال", "لل")) or (
            nw[:1] == "ل" and k + 1 < len(words) and norm_word(words[k + 1]).startswith("ال"))  # لحقوق الإنسان
        if k and (nw in vocabulary().adverbial or nw == "الان"):
            break  # «بيان للقيادة المشتركة اليوم»: an adverb ends the issuer
        if k == 0 or definite or (not norm_word(keep[-1]).startswith(("ال", "وال", "بال", "لل")) and k <= 2
                                 and nw not in stopwords() and not nw.startswith(("ان", "أن", "إن"))):
            keep.append(w)
        else:
            break
    return " ".join(keep)


_NUMBER_AFTER = re.compile(r"\s*(\(\s*\d+\s*\)|\d+)(?!\S*[%٪])")


_CHAIN_REACH = 90  # the most characters of further titles between a description and its name
_CHAIN_BREAK = re.compile(r"[،,.:؛;!؟?«»\"“”()\n]")


def _second_title_after(text: str, end: int, info: MentionInfo) -> bool:
    """Did the rules end a definite title (a construct: مفتي عام المملكة) where a second title of
    the same person follows with no comma, before the name (… [رئيس هيئة كبار العلماء… الشيخ
    عبدالعزيز بن عبدالله آل الشيخ])?"""
    words = fold(info.role or "").split()
    if info.name is not None or len(words) < 2 or not words[-1].startswith("ال") \
            or strip_article(words[0]) in GENERIC_HEADS or strip_article(words[0]) not in vocabulary().title:
        return False
    nxt = text[end:end + 30].split()
    return bool(nxt) and (strip_article(fold(nxt[0])) in vocabulary().title or _supervised_then_title(text, end))


def _supervised_then_title(text: str, end: int) -> bool:
    """Does على "over" and what the title is over follow it, then a second title joined by و, with no
    comma or complementizer between (المشرف العام [على البرنامج وعضو هيئة الخبراء… الدكتور…])?"""
    words = _CHAIN_BREAK.split(text[end:end + _CHAIN_REACH], 1)[0].split()
    if not words or not written_ala(words[0]):
        return False
    for w in words[1:6]:
        if fold(w) in ("ان", "بان", "وان"):
            return False
        if w[:1] == "و" and strip_article(fold(w[1:])) in vocabulary().title:
            return True
    return False


def _indexed_reading(r: _Resolver, start: int, end: int, info: MentionInfo) -> MentionInfo:
    """The index's reading of the noun phrase a mention belongs to, when it names the person the
    mention leaves unnamed or half-named.

    The rules stop a subject early where a word is ambiguous (علي "Ali"/على "on", a role chain
    with ل-genitives): «وأكد الشيخ علي الحرقان أن…» may come out as «الشيخ»; the index read the same
    phrase to its end and found the name «علي الحرقان».
    """
    if info.type not in ("person", "unknown") or (info.name and len(info.name.split()) > 2):
        return info
    own = fold(info.name or "").split()
    first = r.text[start:end].split()[0] if r.text[start:end].split() else ""
    styled = strip_article(fold(first)) in _STYLE_MARKS  # «معالي [مدير جامعة… الدكتور بدران العمر]»
    after = start + len(first) + 1
    chained = _second_title_after(r.text, end, info)
    reach = list(range(end + 1, end + _CHAIN_REACH, 16)) if chained else []
    for it in r.mentions.at(([start, after] if styled else [start]) + reach):
        cand = it.info
        right_after = chained and end < it.pos <= end + _CHAIN_REACH and cand.name is not None \
            and not _CHAIN_BREAK.search(r.text, end, it.pos) and len(r.text[end:it.pos].split()) <= 10 \
            and _person_name_words([norm_word(w) for w in cand.name.split()])
        if not ((it.pos <= start < it.end or (styled and it.pos == after)) and end <= it.end or right_after) \
                or cand.type != "person" or not cand.name:
            continue
        words = [norm_word(w) for w in cand.name.split()]
        if len(words) < 2 or len(words) <= len(own):
            continue
        if own and fold(" ".join(words[:len(own)])).split() != own and is_given_name(norm_word(info.name.split()[0])):
            continue  # a real name of the mention must open the indexed one (not «كبار» of a cut role)
        if _person_name_words(words):
            return replace(cand, gender=cand.gender or info.gender)
    return info


def _person_name_words(words: list[str]) -> bool:
    """Normalised words that make a personal name: a given name first, then given names,
    particles with the word they join, a family name with the article, and at most two plain
    words as a surname at the end (جورجيوس دونيس، علي الحرقان، محمد على المقدشي، عبدالعزيز بن
    عبدالله آل الشيخ) — not «جهانغير شبكة مراكز» nor «أحمد الأنصاري وهو»."""
    first = given_name_length(words, 0) or (1 if words and words[0] == "علي" and len(words) > 1 else 0)
    if not first:
        return False  # (علي before a family name is the name Ali: البائع علي العامري)
    k, plain = first, 0
    while k < len(words):
        w = words[k]
        if is_name_particle(w) and k + 1 < len(words):
            k += 2
        elif given_name_length(words, k) and not plain:
            k += given_name_length(words, k)
        elif w.startswith("ال") and k == len(words) - 1 and not plain:
            k += 1  # the family name closes the name
        elif _name_like(fold(w), inside=k > 0) and not w.startswith("ال") and plain < 2:
            plain += 1
            k += 1
        else:
            return False
    return True


def _surname_shape(w: str) -> bool:
    """Can a folded word beginning like ب/ل/ف be a surname rather than a preposition phrase?  Not
    with a pronoun or ة at its end (بقوله، بضرورة، لحكومته), not a verbal noun after the clitic
    (باستمرار، لتحقيق), not a known noun of content after it (بشكر)."""
    rest = w[1:]
    if w.endswith("ه") or rest.startswith(("است", "ت", "ان")):
        return False  # (a folded ه is ة or "his": بمدينة، لحكومة، برقية، بقوله — the few surnames so
        # shaped, لعمامرة، باسلمة, are lost to them)
    v = vocabulary()
    return rest not in v.speech and rest not in v.content_head and rest not in v.honorific_bare and rest not in v.title


def _name_like(w: str, inside: bool = False) -> bool:
    """A folded word that can stand in a personal name: no function word, no ل/ب-phrase, no
    word with a conjunction or قد (a given name beginning like a clitic is one: بدر، لينا، فهد).

    ``inside``: the word follows the name's first word, where a surname beginning like ب/ل/ف is
    common and a clitic word rare (فلاديمير بوتين، سيرغي لافروف، لوران فابيوس); only ال-phrases
    with ب/ل (بالرياض، للشركة) and و-words are kept out there.
    """
    if not w.isalpha() or w in stopwords() or w in ("قد", "لقد"):
        return False
    if inside and w[:1] in "بلف" and len(w) > 3 and not w.startswith(("لل", "بال", "فال")) and _surname_shape(w):
        return True
    return not w.startswith(("لل", "بال", "ل", "ب", "و", "ف")) or is_given_name(w) or w in ("بن", "بنت")


def _trimmed_name(info: MentionInfo) -> MentionInfo:
    """A person's name cut where a name ends (:func:`_name_length`): a clause's subject read after a
    verb that reports nothing runs on into its object («سعود بن إبراهيم الشريم المسلمين»)."""
    if info.type != "person" or not info.name or len(info.name.split()) < 3:
        return info
    words = info.name.split()
    keep = _name_length(words)
    return replace(info, name=" ".join(words[:keep])) if keep < len(words) else info


def _styled_speaker(r: _Resolver, c: Candidate, style: str) -> _Entity | None:
    """سموه، معاليه، سماحته: "his highness/excellency" points back at the last dignitary: the last
    speaker, else the last person the article styled so."""
    return r.implicit(c.gender or "m", "sg", persons_only=True) or r.indexed_before(c.cue.start, style) \
        or _styled_after(r, c.cue.end, style)


def _styled_after(r: _Resolver, pos: int, style: str) -> _Entity | None:
    """With nobody before it (an article opening «وأكد معاليه…»), a pronoun of style points at the
    first person the article styles so after it (… معالي وزير الخارجية عادل الجبير)."""
    marks = _STYLE_MARKS.get(fold(style)) or _STYLE_MARKS.get(fold(strip_pronoun(style)), ()) if style else ()
    if not marks:
        return None
    for it in r.mentions.all():
        info = it.info
        if it.pos > pos and info.type == "person" and info.name and info.role and _styled_so(r.text, it, marks):
            return r.touch(r._person(info, info.gender))
    return None


def _implicit_speaker(r: _Resolver, c: Candidate, lex: Lexicon) -> _Entity | None:
    """وأضاف أن…: the subject of the sentence before when it is clear and agrees, else the
    most recent speaker that agrees with the verb."""
    if c.antecedent is not None and norm_word(c.antecedent.text) in lex.category("honorific_pronoun"):
        return _styled_speaker(r, c, norm_word(c.antecedent.text))  # «ونوّه معاليه بـ… . وأوضح أن…»
    if c.antecedent is not None:
        info = _trimmed_name(analyse_mention(c.antecedent.text, lex))
        clear = _clear_antecedent(info) or (info.type in ("person", "unknown") and info.name and " " not in info.name
                                            and r._is_surname(fold(info.name))) \
            or (info.type == "person" and not info.name and _definite(info.role or "")
                and strip_pronoun(fold(info.role or "").split()[0]) == fold(info.role or "").split()[0])
        # («وقام كارتر بزيارة… وأشاد…»; «قدم رئيس الاتحاد شكره… وقال»: a definite role is someone
        # the article means, more surely than the last speaker; not سموه، نظيره: a pronoun's owner)
        if clear and (info.gender is None or c.gender is None or info.gender == c.gender) \
                and not (c.gender == "m" and _plural_of_things(info.name or info.text, info.type)) \
                and (c.number != "pl" or info.number == "pl") and (info.type != "group" or _group_agrees(
                    women_group([norm_word(w) for w in (info.name or info.text).split()], lex), info.gender, c.gender, c.number)):
            return r.mention(info, c.gender)
    return r.implicit(c.gender, c.number) or _first_named(r, c) or _named_in_narration(r, c)


_NARRATION_SENTENCES = 2  # the sentences, the cue's included, a dropped subject's named antecedent is looked for in
_NARRATION_REACH = 400  # the most characters before the cue that they span
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _named_in_narration(r: _Resolver, c: Candidate) -> _Entity | None:
    """A dropped subject with no speaker before it that agrees: the person or body the narration
    just named, that agrees with the verb — the first of the cue's sentence (its subject: «جدد الشيخ
    صالح… دعوته…، وقال»، «منذ تحدثت عنها جامعة بيرمنجهام، وقالت»), else of the sentence before
    («حسب ما قال الجهاز التنفيذي للاتحاد. وأضاف…»).  A name inside another phrase (للاتحاد in
    الجهاز التنفيذي للاتحاد) is that phrase's."""
    if c.number in ("pl", "du") or c.kind in ("according_to", "unattributed") or not _continuing_verb(r, c):
        return None
    floor = max(0, c.cue.start - _NARRATION_REACH)
    stops = [m.end() for m in _SENTENCE_END.finditer(r.text, floor, c.cue.start)]
    starts = [floor] + [b for a, b in zip([floor] + stops, stops) if r.text[a:b].strip(" .!?؟\n")]  # (no empty one)
    phrases = []
    for it in r.mentions.titled_before(c.cue.start):
        if it.pos < floor:
            break
        phrases.append(it)
    phrases.sort(key=lambda it: it.pos)
    outer = [it for it in phrases if not any(o.pos < it.pos < o.end for o in phrases)]
    for lo in reversed(starts[-_NARRATION_SENTENCES:]):
        hi = next((s for s in starts if s > lo), c.cue.start)
        subject = next((it.info for it in outer if lo <= it.pos < hi and _subject_place(r, it.pos)), None)
        if subject is not None:
            # (the sentence's subject, named or not, is the one its dropped subject continues: «أبدى
            # لاعب المنتخب… سعادته بأمر الأمير…، وقال» is the player's, never the prince's)
            return r.mention(subject, c.gender) if _agrees_with_verb(subject, c) else None
    return None


_POINTERS = frozenset({"ذلك", "هذا", "هذه", "عنه", "عنها", "له", "لها", "به", "بها"})  # أوضح ذلك المتحدث…
_WORD_BEFORE = re.compile(r"(\S+)\s*$")


def _subject_place(r: _Resolver, pos: int) -> bool:
    """Does a phrase at ``pos`` stand where a clause's subject does: opening the sentence or a
    clause (after a stop or a comma: «صندوق النقد الدولي، على الرغم…»), or right after a verb of
    the lexicon, a pointer word between them (أدان السفير…، أوضح ذلك المتحدث…)?  Not a genitive
    or an object after a noun or a preposition (خريجة جامعة ستانفورد، مع وزارة الخدمة المدنية)."""
    head = r.text[max(0, pos - 40):pos]
    if not head.strip() or head.rstrip()[-1:] in ".،,:!?؟\n":
        return True
    m = _WORD_BEFORE.search(head)
    word = norm_word(m.group(1)) if m else ""
    if word in _POINTERS:
        m = _WORD_BEFORE.search(head[:m.start()])
        word = norm_word(m.group(1)) if m else ""
    return word in r.lex.forms


def _continuing_verb(r: _Resolver, c: Candidate) -> bool:
    """Is the cue a perfect verb with و/ف (وقال، وأضافت، فأوضح), the narration's next event with the
    same subject?  (An imperfect or a participle with a dropped subject more often has its subject
    written before it or in the clause it hangs on: «وجميع هذه الحالات تشير»، «…، مبينا».)"""
    a = c.cue.start - 1
    if a < 0 or r.text[a] not in "وف":
        return False
    form = r.lex.forms.get(norm_word(r.text[a:c.cue.end]))
    return form is not None and form.aspect == "perfect" and form.clitic in ("و", "ف")


def _agrees_with_verb(info: MentionInfo, c: Candidate) -> bool:
    """Can a phrase of the index be the dropped subject of ``c``: a person named with a given name
    (a title alone is no one yet; a title with no gender of its own is masculine), or a body of the
    verb's gender whose name reads as one (:func:`_body_name`)?"""
    if info.type == "person" and info.name:
        return (info.gender or "m") == (c.gender or "m") and len(info.name.split()) >= 2 \
            and _person_name_words([norm_word(w) for w in info.name.split()])
    return info.type == "organization" and bool(info.name) and (c.gender is None or info.gender == c.gender) \
        and _body_name(fold(info.name).split())


def _body_name(words: list[str]) -> bool:
    """Folded words that name a body: its head and a complement — definite words after a definite
    head (الحكومة السورية), a definite word or a proper name after a bare one (وزارة الداخلية، جامعة
    ستانفورد) — and no function word; not a head and its predicate or indefinite adjective (الشركة
    سمة، حركة غريبة، شركة لم).  (A folded ة is ه: an indefinite word so ending is an adjective.)"""
    if len(words) < 2 or any(w in stopwords() or w in ("قد", "لقد") for w in words):
        return False
    definite = words[0].startswith("ال")
    nxt = words[1]
    if definite:
        return all(w.startswith(("ال", "لل")) for w in words[1:])
    return nxt.startswith(("ال", "لل")) or not nxt.endswith("ه")


def _first_named(r: _Resolver, c: Candidate) -> _Entity | None:
    """No speaker yet in the article: the person it has named with a title before the cue, when the
    verb agrees («أبدت رئيسة وحدات الكشافة القائدة اليخاندرا كويلو إعجابها… . وأكدت أن…»)."""
    if c.number == "pl" or r.recent():
        return None
    info = _styled_person(r.text, (it for it in r.mentions.titled_before(c.cue.start) if _titled_named(it.info)), "")
    if info is not None and (c.gender is None or info.gender == c.gender):
        return r.touch(r._person(info, info.gender))
    return None


def _titled_by_body_name(r: "_Resolver", info: MentionInfo, gender: str | None) -> MentionInfo | None:
    """«وقال رئيس النادي» in an article about «نادي التعاون» that titles «رئيس التعاون محمد القاسم»
    (before or after): a title in construct with a body's common noun is the one person the article
    titles with that body's proper name (the guide: the fullest name)."""
    role = (info.role or "").split()
    if len(role) != 2 or not norm_word(role[1]).startswith("ال"):
        return None
    title, body = strip_article(fold(role[0])), strip_article(norm_word(role[1]))
    if body not in r.lex.category("org") and body not in r.lex.category("org_f"):
        return None
    folded, key = r.mentions.folded, fold(body) + " "
    names, i = set(), folded.find(key)
    while i != -1:  # the proper names the article gives the body (نادي [التعاون])
        if i == 0 or not folded[i - 1].isalpha() or folded[i - 1] == "و":
            names.add(folded[i + len(key):].split(" ", 1)[0])
        i = folded.find(key, i + 1)
    found = {}
    for it in r.mentions.all() if names else ():
        cand, cw = it.info, fold(it.info.role or "").split()
        if cand.type == "person" and cand.name and len(cw) == 2 and strip_article(cw[0]) == title \
                and cw[1] in names and not (cand.gender and gender and cand.gender != gender):
            found.setdefault(fold(cand.name), cand)
    return next(iter(found.values())) if len(found) == 1 else None


def _no_name_words(name: str) -> bool:
    """Words after a title that make a predicate, not a name: «أن اللاعب [خيار رائع كلاعب آسيوي]»
    (ك + a title "as a player", an indefinite nisba of a place "Asian") — not a name to resolve a
    title to."""
    words = [fold(w) for w in name.split()]
    return any((w[:1] == "ك" and strip_article(w[1:]) in vocabulary().title)
               or (k and not w.startswith("ال") and w.endswith("ي") and _qualifier_stem(_stem_adj(w)))
               for k, w in enumerate(words))


def _epithets_only(desc: _Description, info: MentionInfo) -> bool:
    """«الملك المفدى»: an honorific and epithets only, the article's first person so styled
    (خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز…, not the king he cabled)."""
    return desc.head in _HONORIFIC_HEADS and all(norm_word(w) in EPITHETS for w in (info.role or "").split()[1:])


def _quoted_source(text: str, c: Candidate) -> bool:
    """Is the according-to source a name in quotation marks (وبحسب "الفرنسية"، بحسب «رويترز»)?  Such
    a name is an outlet's, not a speaker a later dropped subject goes back to."""
    if c.kind != "according_to" or c.speaker is None:
        return False
    s, e = c.speaker.start, c.speaker.end
    inside = c.speaker.text[:1] in QUOTES and c.speaker.text[-1:] in QUOTES
    return inside or (0 < s and e < len(text) and text[s - 1] in QUOTES and text[e] in QUOTES)


def _medium(e: _Entity, lex: Lexicon) -> bool:
    """Is the entity an outlet (صحيفة، موقع، وكالة، قناة… or a news agency's name)?"""
    words = fold(e.name).split()
    media = lex.category("media")
    return bool(words) and (strip_article(words[0]) in media or strip_article(words[0]) in _OUTLETS
                            or fold(e.name) in media)


_OUTLETS = frozenset({"موقع", "مواقع", "صفحه", "حساب", "مدونه", "نشره", "شبكه"})

#: heads of a business's own name (folded): «مجموعة بيرسون»، «الخطوط الجوية الكويتية», not a ministry's
_BUSINESS_HEADS = frozenset({"مجموعه", "خطوط", "مصرف", "بنك"})


@functools.lru_cache(maxsize=64)
def _noun_and_name(head: str) -> re.Pattern:
    """The bare noun ``head`` (after و/ب/ل) and the one or two words after it (made once per noun)."""
    return re.compile(rf"(?<!\S)[وبل]?({re.escape(head)})((?: [^\s\d.,،؛:!?؟«»\"'()]+){{1,2}})")


def _bare_named_body(r: "_Resolver", info: MentionInfo, head: str) -> "_Entity | None":
    """«وأكدت الجامعة» with no body of that noun spoken before: the last one the text names before
    the cue by that noun and up to two bare words of its own name, anywhere (…عمادة القبول بجامعة
    نجران…، ببلدية محافظة بلقرن): the guide's fullest name.  A definite genitive (وزارة الصحة) is the
    document index's; a function word, a number, a title or a verb ends the name."""
    v = vocabulary()
    if info.type != "organization" or not _org_noun(head):
        return None
    nt, folded = r.nt, r.mentions.folded
    end = bisect_right(range(len(nt.text)), r.pos, key=nt.to_original)
    last = None
    for m in _noun_and_name(head).finditer(folded, 0, end):
        words = m.group(2).split()
        n = next((k for k, w in enumerate(words) if w.startswith(("ال", "لل", "بال")) or len(w) <= 2
                  or fold(w) in stopwords() or r.lex.forms.get(w) is not None or w in v.title), len(words))
        if n and words[0] not in v.org:
            last = (m.start(1), m.start(2) + len(" ".join(words[:n])) + 1)
    if last is None:
        return None
    s0, e0 = nt.original_span(*last)
    name = r.text[s0:e0]
    return r._find_or_new(MentionInfo(name, name, None, "organization", None, "sg", False))


def _sole_company(r: "_Resolver", info: MentionInfo, head: str) -> "_Entity | None":
    """«وقالت الشركة» with no company named by that noun before: the one organisation that spoke before
    it, when that is a business named by its own name (أعلنت تويتر… وأوضحت الشركة…) — not an outlet,
    a public body (وزارة، هيئة…), nor one of two organisations."""
    if info.type != "organization" or head != "شركه":
        return None
    spoken = [e for e in r.recent() if e.type == "organization"]
    if len(spoken) != 1 or _medium(spoken[0], r.lex) or not (words := fold(spoken[0].name).split()):
        return None
    first = strip_article(words[0])
    return spoken[0] if first in _BUSINESS_HEADS or first not in vocabulary().org else None


def _record(doc: Document, c: Candidate, e: _Entity | None, via: _Entity | None) -> Attribution:
    """The attribution record of a resolved candidate (a speaker not found halves the confidence)."""
    conf = c.confidence if (e is not None or c.kind == "unattributed") else c.confidence * 0.5
    return Attribution(
        doc_id=doc.doc_id,
        sentence=c.sentence,
        cue=c.cue,
        speaker=c.speaker,
        speaker_name=e.name if e else None,
        speaker_role=e.role() if e else None,
        speaker_type=e.type if e else None,
        claim=c.claim,
        kind=c.kind,
        confidence=conf,
        via=via.name if via is not None else None,
    )
