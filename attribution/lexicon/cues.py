"""The cue lexicon: reporting verbs with their frames and every inflection, "according to"
phrases, speaker words.

Lexicons are data files in ``attribution/lexicon/data`` (``cues.tsv``, ``according_to.tsv``,
``speaker_words.tsv``); a user adds verbs or phrases with their own file in the ``cues.tsv``
format (``--cues FILE``): a line with five or more columns is a verb, a line with two columns
(phrase, meaning) is an "according to" phrase.  A verb's sixth column declares its **frames**,
what its content can be besides the clause, quotation or colon every verb takes (see
:class:`Frames` and the head of ``cues.tsv``); the rules and the dependency linker read the same.

>>> lex = default_lexicon()
>>> f = lex.forms["وقالت"]
>>> (f.lemma, f.meaning, f.gender, f.number)
('قال', 'say', 'f', 'sg')
>>> lex.forms["دعا"].frames.addressee, sorted(lex.forms["دعا"].frames.np)
(True, ['الي', 'ل'])
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from attribution.lexicon.datafiles import data_text
from attribution.errors import LexiconError, read_user_file
from attribution.text.normalize import fold, normalize_text


def _n(s: str) -> str:
    return normalize_text(s).text


@dataclass(frozen=True, slots=True)
class Frames:
    """What a reporting verb's content can be, besides the clause (أن/إن/بأن), the quotation and
    the colon that every verb takes.  Prepositions are normalised (إلى → الي، على → علي).

    >>> parse_frames("الي+np,addr")
    Frames(clause=frozenset({'الي'}), np=frozenset({'الي'}), obj=False, addressee=True, relay=False, only=False, head=False)
    """

    #: prepositions that open a clause: أشار إلى أن، شدد على أن، أفاد بأن
    clause: frozenset[str] = frozenset()
    #: prepositions that also open a noun-phrase content: أعرب عن قلقه، شدد على ضرورة…، طالب بإقالة…
    np: frozenset[str] = frozenset()
    #: a bare noun-phrase object is the content: أكد أهمية الخطوة، نفى وجود خلافات، أعلن ترشحه
    obj: bool = False
    #: a noun phrase that is not the speaker may stand between the subject and the content: the
    #: addressee (دعا الوزير الدول إلى…، أبلغ الصحفيين أن…) or an idiomatic object (لفت النظر إلى أن)
    addressee: bool = False
    #: the source after عن speaks, the subject relays (نقلت الوكالة عن الوزير قوله إن…)
    relay: bool = False
    #: the content comes only through the frames, never a bare أن, quote or colon (عبّر عن رغبته:
    #: alone, عبر is the preposition "via")
    only: bool = False
    #: a noun-phrase object is content only when a noun of content heads it (جدد تأكيده، كرر دعوته;
    #: not جددت الإدارة عقد اللاعب، كرر السؤال); a clause or a quotation still is
    head: bool = False

    def opens(self, prep: str) -> bool:
        """Does the preposition ``prep`` (normalised) open this verb's content?"""
        return prep in self.clause


#: the frame words of the cues.tsv frames column; ``P`` and ``P+np`` name a preposition
FRAME_WORDS = ("obj", "addr", "relay", "only", "head")


def parse_frames(column: str, legacy_np: bool = False, where: str = "cues.tsv") -> Frames:
    """The frames column of ``cues.tsv``: comma-separated ``P`` (a preposition before أن),
    ``P+np`` (…or before a noun phrase), ``obj``, ``addr``, ``relay``, ``only``, ``head``; ``-`` for none.

    ``legacy_np``: the older ``np`` flag, which gave every preposition of the verb a noun phrase.
    """
    clause: set[str] = set()
    np_: set[str] = set()
    words: set[str] = set()
    for item in (x.strip() for x in column.split(",")):
        if not item or item == "-":
            continue
        if item in FRAME_WORDS:
            words.add(item)
            continue
        prep, _, tail = item.partition("+")
        if tail not in ("", "np") or not prep or " " in prep:
            raise LexiconError(f"{where}: unknown frame {item!r} (a preposition, P+np, {', '.join(FRAME_WORDS)})")
        clause.add(_n(prep))
        if tail or legacy_np:
            np_.add(_n(prep))
    return Frames(frozenset(clause), frozenset(np_), "obj" in words, "addr" in words, "relay" in words,
                  "only" in words, "head" in words)


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One surface form of a reporting verb (after normalisation, proclitics included)."""

    lemma: str
    meaning: str
    aspect: str  # perfect | imperfect | participle
    gender: str | None
    number: str | None
    frames: Frames
    impersonal: bool  # bare imperfect without subject reads as passive (يذكر أن)
    strict: bool  # a homograph of a common word (بين "between"): only clause-initial
    clitic: str  # the proclitics in front of the verb ("", "و", "ف", "س", "وس"…)
    seen: bool = False  # a verb of perception (لاحظ): a report only with a speaker written as its subject
    addressed: bool = False  # the form carries its addressee as a pronoun (أبلغه، حثهم): likewise

    @property
    def needs_subject(self) -> bool:
        """A report only with its speaker written as the subject: «لاحظ التقرير أن…»، «وأبلغه المدير بأن…»."""
        return self.seen or self.addressed


@dataclass(frozen=True, eq=False)  # hashed by identity: caches key on the lexicon object
class Lexicon:
    forms: dict[str, VerbForm]
    lemmas: dict[str, tuple[str, str]]  # normalised lemma -> (display lemma, meaning)
    according_to: dict[tuple[str, ...], str]  # phrase words -> meaning
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    def verb_lemmas(self) -> dict[str, tuple[str, str]]:
        """Normalised lemma (see :func:`attribution.text.normalize.fold`) → (display lemma, meaning)."""
        return {fold(k): v for k, v in self.lemmas.items()}

    def only_verbs(self, lemmas: Iterable[str]) -> "Lexicon":
        """The same lexicon with only the reporting verbs whose folded lemma is in ``lemmas``
        (a gold set's verb inventory, say); the according-to phrases and word classes stay."""
        keep = {fold(x) for x in lemmas}
        return Lexicon({k: f for k, f in self.forms.items() if fold(f.lemma) in keep},
                       {k: v for k, v in self.lemmas.items() if fold(k) in keep}, self.according_to, self.words)

    def category(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _perfect(p: str, geminate: bool = False) -> list[tuple[str, str, str]]:
    """(form, gender, number) of the perfect 3rd person from the masculine singular.  A doubled
    root writes its two letters apart before ن: رددن، أقررن (not ردن، أقرن "yoked"); a hollow one
    drops its long vowel (قال → قلن، أشار → أشرن); a defective one keeps its ي/و (نفى → نفين، دعا → دعون)."""
    if p.endswith("ي") or (p.endswith("ا") and len(p) == 3):  # نفى، ادعى، دعا، عزا
        stem = p[:-1]
        out = [(p, "m", "sg"), (stem + "ت", "f", "sg"), (stem + "وا", "m", "pl"), (stem + "تا", "f", "du"),
               (stem + ("ين" if p.endswith("ي") else "ون"), "f", "pl")]
        out.append((stem + ("يا" if p.endswith("ي") else "وا"), "m", "du"))
        return out
    plural_f = p[:-2] + p[-1] if _hollow(p) else p + (p[-1] if geminate else "")
    out = [(p, "m", "sg"), (p + "ت", "f", "sg"), (p + "وا", "m", "pl"), (p + "تا", "f", "du"),
           (plural_f + "ن", "f", "pl")]
    # (a root of three letters writes its dual like its indefinite accusative verbal noun: ذكرا،
    # كشفا، ردا "in response", اقرا أقرأ "I read"; it is read only as a clause's first verb, see
    # _short_dual; the data file removes the duals that are mostly another word: نقلا، نصا، حذرا)
    out.append((p + "ا", "m", "du"))
    return out


def _short_dual(form: str, number: str | None) -> bool:
    """A dual of a three-letter perfect (قالا، أكدا، ذكرا), the homograph of a verbal noun."""
    return number == "du" and len(form) <= 4 and form.endswith("ا") and not form.endswith("تا")


def _imperfect(i: str, hollow: bool = False) -> list[tuple[str, str, str]]:
    """(form, gender, number) of the imperfect 3rd person from the masculine singular.  A doubled
    root's feminine plural writes its two letters apart: يُقرِرن، يرددن (يقرن is يَقرِن "joins",
    يردن يُرِدن "they want"); a hollow root's drops its long vowel (يقول → يقلن، يشير → يشرن); a
    defective root's in ي keeps it (ينفي → ينفين; in و it is the masculine's: يدعون)."""
    if not i.startswith("ي"):
        return [(i, "m", "sg")]
    body = i[1:]
    geminate = _geminate(i)
    stem = i[:-1] if i[-1] in "يو" else i
    out = [(i, "m", "sg"), ("ت" + body, "f", "sg"), (stem + "ون", "m", "pl"), (stem + "وا", "m", "pl"),
           (i + "ان", "m", "du"), ("ت" + body + "ان", "f", "du")]
    if hollow and i[-2] in "اوي":
        out.append((i[:-2] + i[-1] + "ن", "f", "pl"))
    elif i[-1] == "ي":
        out.append((i + "ن", "f", "pl"))
    elif i[-1] != "و":
        out.append((i + (i[-1] if geminate else "") + "ن", "f", "pl"))
    return out


def _hollow(perfect: str) -> bool:
    """Is the perfect that of a hollow root, a long ا before its last letter (قال، أشار، أضاف;
    not طمأن or أدان, whose ن doubles with the suffix's)?"""
    return len(perfect) in (3, 4) and perfect[-2] == "ا" and perfect[-1] not in "ناي"


def _geminate(imperfect: str) -> bool:
    """Is the imperfect that of a doubled root: two letters after its ي, the last no weak letter
    (يقر، يرد، يحث، يصر; not يرى, a defective root)?"""
    return imperfect.startswith("ي") and len(imperfect) == 3 and imperfect[-1] not in "ايو"


def _participle(a: str) -> list[tuple[str, str, str]]:
    base = a[:-1] if a.endswith("ا") else a
    return [(a, "m", "sg"), (base + "ة", "f", "sg"), (base + "ين", "m", "pl")]


_CLITICS = ("", "و", "ف")
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")  # (not نا: تخبرنا الدلائل "the evidence tells us")
#: verbs whose forms with an object pronoun are mostly other words: دعونا "let us", ما دعاه إلى
#: "what led him to", ودعتها "bade her farewell"
_NOT_ADDRESSED = frozenset({"دعا"})
_KNOWS = frozenset({"اعلم"})  # يعلمه "knows it", وتعلمه "and learning it": no imperfect with a pronoun


def _addressed(generated: list[tuple[str, str, str | None, str | None]]) -> list[tuple[str, str, str | None, str | None]]:
    """The forms of a verb with an addressee that carry it as an object pronoun: حثهم على، أخبرها
    أن، أبلغه بأن، يطالبهم بـ — the singular and masculine plural of the perfect and imperfect
    (the plural's silent alif goes before the pronoun: أبلغوه)."""
    out = []
    for form, aspect, g, n in generated:
        if aspect == "participle" or n not in ("sg", "pl") or (g, n) == ("f", "pl") \
                or (aspect == "perfect" and len(form) == 2):
            continue  # (a doubled root's perfect is its verbal noun too: «حشد المواطنين وحثهم على…» "urging them")
        stem = form[:-1] if form.endswith("وا") else form
        out += [(stem + p, aspect, g, n) for p in _OBJECT_PRONOUNS]
    return out
_FUTURE = ("س", "وس", "فس")


def _add_verb(forms: dict[str, VerbForm], lemmas: dict, row: list[str], where: str) -> None:
    if len(row) < 5:
        raise LexiconError(f"{where}: a verb line needs lemma, meaning, perfect, imperfect, participle")
    lemma, meaning, perf, imperf, part = (c.strip() for c in row[:5])
    frames_s = row[5].strip() if len(row) > 5 else "-"
    flags = set((row[6].strip() if len(row) > 6 else "-").split(","))
    extra = row[7].strip() if len(row) > 7 else ""
    frames = parse_frames(frames_s, legacy_np="np" in flags, where=where)
    imp = "imp" in flags
    strict = "strict" in flags
    seen = "seen" in flags
    lemmas[_n(lemma)] = (lemma, meaning)
    if "by" in flags:  # (a masdar after ب, read as a participle: its one form, ختم بالقول إن…)
        form = _n(part)
        forms.setdefault("ب" + form, VerbForm(lemma, meaning, "participle", None, None, frames, imp, strict, "ب", seen))
        return
    generated: list[tuple[str, str, str | None, str | None]] = []
    geminate = len(_n(perf)) == 2 or (imperf not in ("", "-") and _geminate(_n(imperf)))
    generated += [(f, "perfect", g, n) for f, g, n in _perfect(_n(perf), geminate)]
    if imperf and imperf != "-":
        generated += [(f, "imperfect", g, n) for f, g, n in _imperfect(_n(imperf), _hollow(_n(perf)))]
    if strict:  # ردا "in response", رأيا: duals of homographs read as nouns
        generated = [x for x in generated if x[3] != "du"]
    if part and part != "-":
        generated += [(f, "participle", g, n) for f, g, n in _participle(_n(part))]
    removed = set()
    for f in extra.lstrip("+").split(","):
        f = f.strip()
        if f.startswith("-"):
            removed.add(_n(f[1:]))  # a generated form that is mostly another word (تبين "it turned out")
        elif f:
            generated.append((_n(f), "perfect", None, None))
    generated = [g for g in generated if g[0] not in removed]
    addressed = _addressed([g for g in generated if not (g[1] == "imperfect" and _n(lemma) in _KNOWS)]) \
        if frames.addressee and _n(lemma) not in _NOT_ADDRESSED else []
    generated += addressed
    # (with its addressee a pronoun the verb reports only with its subject written: «وأبلغه المدير
    # بأن…»، «أن شكري أبلغه بأن…»; dropped, the narration's last actor is too often taken for it)
    addressed_forms = {a[0] for a in addressed}
    for form, aspect, g, n in generated:
        clitics = _CLITICS + (_FUTURE if aspect == "imperfect" else ())
        for c in clitics:
            key = c + form
            old = forms.get(key)
            # a form shared by two verbs keeps the first (lexicon order = priority)
            if old is None:
                forms[key] = VerbForm(lemma, meaning, aspect, g, n, frames, imp,
                                      strict or aspect == "perfect" and _short_dual(form, n), c, seen,
                                      form in addressed_forms)


def _rows(text: str):
    for ln, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield ln, line.rstrip("\n").split("\t")


def _load_cues(text: str, forms, lemmas, according, where: str) -> None:
    for ln, row in _rows(text):
        if len(row) == 2:
            according[tuple(_n(row[0]).split())] = row[1].strip()
        else:
            _add_verb(forms, lemmas, row, f"{where}:{ln}")




def _data(name: str) -> str:
    return data_text(name)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with the package (cached)."""
    return _build(None)


def load_lexicon(extra: str | Path | None = None) -> Lexicon:
    """The default lexicon plus a user file in the ``cues.tsv`` format."""
    if extra is None:
        return default_lexicon()
    path = Path(extra)
    return _build((read_user_file(path, "cue lexicon", LexiconError), str(path)))


def _build(user: tuple[str, str] | None) -> Lexicon:
    forms: dict[str, VerbForm] = {}
    lemmas: dict[str, tuple[str, str]] = {}
    according: dict[tuple[str, ...], str] = {}
    if user is not None:
        _load_cues(user[0], forms, lemmas, according, user[1])
    _load_cues(_data("cues.tsv"), forms, lemmas, according, "cues.tsv")
    for ln, row in _rows(_data("according_to.tsv")):
        according.setdefault(tuple(_n(row[0]).split()), row[1].strip() if len(row) > 1 else "report")
    words: dict[str, set[str]] = {}
    for ln, row in _rows(_data("speaker_words.tsv")):
        words.setdefault(row[0].strip(), set()).update(_n(w) for w in row[1].split())
    # nouns heading a proposition (ضرورة، أهمية، وجود): where a noun-phrase content starts
    words["content_head"] = {_n(row[0]) for _, row in _rows(_data("content_heads.txt"))}
    words["feeling_head"] = {_n(row[0]) for _, row in _rows(_data("feeling_heads.txt"))}  # عبر عن سعادته
    return Lexicon(forms, lemmas, according, {k: frozenset(v) for k, v in words.items()})
