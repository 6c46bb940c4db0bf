"""The rules backend: cues, speaker mentions and claims, sentence by sentence.

Works on the normalised view of a document (:mod:`attribution.text.normalize`) and returns
:class:`~attribution.records.Candidate` records whose spans point into the original text.
Document-level work (implicit subjects, canonical names) is :mod:`attribution.speakers.in_document`'s.

The shape of an Arabic report, which the rules follow:

- VSO, the usual news order: ``وقال نائب وزير الخارجية، أوليغ سيرومولوتوف، في تصريح، إن …`` —
  cue, subject (with apposition), adverbials, then the complementizer إن/أن or a colon/quote;
- SVO/topicalised: ``وكانت لجنة الاستخبارات، أكدت … أن …``, ``الوزارة أكدت أن …``;
- pro-drop: ``وأضاف أن …`` (no subject: resolved later by agreement);
- participles continuing a report: ``…، مضيفا أن …``;
- according-to: ``…، بحسب وكالة رويترز`` (claim before) or ``ووفقا للبيان، فإن …`` (claim after);
  ``بحسب قوله`` after a report only closes that report's claim;
- quote first: ``«…»، قال الوزير``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import NamedTuple

from attribution.lexicon.cues import Lexicon, VerbForm
from attribution.lexicon.vocabulary import vocabulary
from attribution.lexicon.closed import (
    OPEN as _OPEN, CLOSE as _CLOSE, QUOTES as _QUOTES, COMMA as _COMMA, STOP_PUNCT as _STOP_PUNCT, PRON as _PRON, KAN as _KAN, PASSIVE as _PASSIVE, NOUN_COMP as _NOUN_COMP, ADDRESSEE_VERBS as _ADDRESSEE_VERBS, BUT_PRON as _BUT_PRON, RELAY_VERBS as _RELAY_VERBS, UNVEIL as _UNVEIL, LOCATIVE as _LOCATIVE, NEGATION as _NEGATION, QUANTIFIERS as _QUANTIFIERS, NOT_IN_NAME as _NOT_IN_NAME, PREPOSITIONS as _PREPOSITIONS, INTERROGATIVES as _INTERROGATIVES, ELATIVES as _ELATIVES, SUBORDINATORS as _SUBORDINATORS, REGION_WORDS as _REGION_WORDS, FUNCTION as _FUNCTION,
)
from attribution.text.morph import adjective_like, strip_article, strip_pronoun
from attribution.text.normalize import NormalizedText, norm_word
from attribution.records import Candidate, Cue, Span
from attribution.speakers.mention import analyse_mention

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SWAP_GUILLEMETS = str.maketrans({"»": "«", "«": "»"})
_MAX_MID = 28


class Tok(NamedTuple):
    start: int  # in the normalised text
    end: int
    text: str


def is_complementizer(w: str) -> bool:
    """أن، إن، بأن، وأن، فإن and their pronoun-suffixed forms (أنه، بأنها، إنهم)."""
    for c in ("ان", "بان", "وان", "فان", "لان"):
        if w == c:
            return True
        if w.startswith(c) and w[len(c):] in _PRON:
            return True
    return False


class _Sentence:
    """Tokens of one sentence plus the lookups the rules need."""

    def __init__(self, nt: NormalizedText, toks: list[Tok], index: int, start: int, end: int):
        self.nt = nt
        self.toks = toks
        self.index = index
        self.start = start
        self.end = end

    def span(self, a: int, b: int) -> Span | None:
        """Original-text span for normalised offsets [a, b)."""
        if b <= a:
            return None
        s, e = self.nt.original_span(a, b)
        return Span(s, e, self.nt.original[s:e])


class RulesExtractor:
    """Find candidates in a normalised document with a lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        v = vocabulary(lexicon)
        self.title, self.title_f, self.org, self.media = v.title, v.title_f, v.org, v.media
        self.doc, self.group, self.speech, self.not_source = v.doc, v.group, v.speech, v.not_source
        self.adverbial, self.relative, self.place, self.honorific = v.adverbial, v.relative, v.place, v.honorific
        self.speakerish, self.portfolio, self.particle = v.speakerish, v.portfolio, v.particle
        self.honorific_b, self.event, self.given = v.honorific_bare, v.event, v.given
        self.honorific_pronoun = v.honorific_pronoun
        self.acc_first = {k[0] for k in lexicon.according_to}
        # words whose presence makes a sentence worth analysing
        # (a phrase opened by a common word — في تصريح ل، على لسان، كما قال — triggers on its next word)
        common = {"في", "علي", "كما", "جاء", "ورد", "ل", "ما", "عن", "مع", "الي"}

        def distinctive(p: tuple[str, ...]) -> str:
            return next((w for w in p if w not in common), p[0])

        acc_words = {distinctive(p) for p in lexicon.according_to}
        self.triggers = frozenset(lexicon.forms) | acc_words | {"و" + w for w in acc_words} | frozenset(_PASSIVE)

    # ---------------------------------------------------------------- helpers
    def _speaker_word(self, w: str) -> bool:
        b = strip_article(w)
        # (an accusative subject after إن/أن carries an alif: إلا أن مندوبا رفيعا صرح; a feminine
        # plural of an organisation word: النقابات، الوزارات)
        return b in self.speakerish or w in self.speakerish or (b.endswith("ا") and b[:-1] in self.speakerish) \
            or (b.endswith("ات") and b[:-2] + "ة" in self.speakerish)

    def _is_adverbial(self, w: str) -> bool:
        if w in self.adverbial:
            return True
        b = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if b in self.adverbial:
            return True
        # ل + media/statement noun: لوكالة، لصحيفة، لقناة (where it was said, not who)
        if w.startswith("ل") and not w.startswith("لل") and w[1:] in self.org:
            return True
        if w.startswith("لل") and w[2:] in self.org:
            return True
        return False

    def _verb_form(self, w: str) -> VerbForm | None:
        return self.lex.forms.get(w)

    # ---------------------------------------------------------------- main
    def sentence_candidates(self, sent: _Sentence, known: set[str] | None = None) -> list[Candidate]:
        """Reports of one sentence: verbs first, then "according to" phrases outside them.

        ``known`` holds the words of speaker names already seen in the document (it grows):
        a bare name before an object (وصف سيرومولوتوف الحوار…) is read as a subject only if known.
        """
        self._known = known if known is not None else set()
        toks = sent.toks
        n = len(toks)
        out: list[tuple[int, Candidate]] = []  # (token index, candidate)
        covered: list[tuple[int, int]] = []  # normalised-text regions owned by a verb report
        for i in range(n):
            w = toks[i].text
            form = self._verb_form(w)
            cand = None
            if form is not None and i > 0 and toks[i - 1].text in _NEGATION and not form.clitic:
                continue  # لم يعلن، لا يؤكد: no report was made
            if form is not None:
                nested = any(a <= toks[i].start < b for a, b in covered) and not self._opens_new_report(toks, i, form)
                cand = self._verb(sent, i, form)
                if nested and cand is not None and (cand.speaker is None or cand.kind == "unattributed"
                                                    or cand.confidence < 0.8):
                    # a report inside another's claim (قال إن الوزير أكد أن…) counts only with its own
                    # subject and a clausal content; a bare one belongs to the outer report
                    cand = None
            elif w in _PASSIVE and self._sentence_initial(sent, i):
                cand = self._passive(sent, i)
            if cand is not None:
                out.append((i, cand))
                covered.append(self._region(sent, i, cand))
        i = 0
        acc_first = self.acc_first
        while i < n:
            w0 = toks[i].text
            if w0 not in acc_first and not (w0[:1] == "و" and w0[1:] in acc_first):
                i += 1
                continue
            acc = self._match_according(toks, i)
            if acc is None:
                i += 1
                continue
            inside = any(a <= toks[i].start < b for a, b in covered)
            if not inside or self._speech_pronoun_at(toks, i + acc[0]):
                res = self._according_to(sent, i, acc, out)
                if res is not None:
                    nxt = [c for k, c in out if k > i and c.via is None and c.kind != "according_to"]
                    if res.speaker is not None and nxt and self._sentence_initial(sent, i):
                        # وبحسب الوكالة، قال المسؤول إن…: the agency relays the official
                        k0 = next(k for k, c in out if c is nxt[0])
                        out[out.index((k0, nxt[0]))] = (k0, _with(nxt[0], via=res.speaker))
                    else:
                        out.append((i, res))
            i += acc[0]
        out.sort(key=lambda kc: kc[0])
        return self._trim_claims(sent, out)

    def _region(self, sent: _Sentence, i: int, c: Candidate) -> tuple[int, int]:
        """The normalised stretch a report owns: from its cue (or its quote, when the quote comes
        first) to the end of its claim; a report starting inside it is nested."""
        a = sent.start if c.kind == "direct" and c.claim and c.claim.start < c.cue.start else sent.toks[i].start
        b = sent.end
        if c.claim is not None:
            b = next((t.start for t in sent.toks if sent.nt.to_original(t.start) >= c.claim.end), b)
        return a, b

    def _opens_new_report(self, toks: list[Tok], i: int, form: VerbForm) -> bool:
        """، مضيفا أن / وأضاف أن / لكنه نفى: a new report by the same speaker, not a nested one."""
        prev = toks[i - 1].text if i else ""
        if prev in _BUT_PRON and i > 1 and toks[i - 2].text in _COMMA:
            return True
        return form.aspect == "participle" or (form.clitic[:1] in ("و", "ف") and prev in _COMMA | {""})

    def _speech_pronoun_at(self, toks: list[Tok], k: int) -> bool:
        return k < len(toks) and self._speech_pronoun(toks[k].text) is not None

    # ---------------------------------------------------------------- verbs
    def _verb(self, sent: _Sentence, i: int, form: VerbForm) -> Candidate | None:
        toks = sent.toks
        n = len(toks)
        if form.aspect == "participle":
            # مضيفا أن / مشيرا إلى أن / قائلا: only after a comma, with the content right after
            if i == 0 or (toks[i - 1].text not in _COMMA and form.clitic != "و"):
                return None
            nxt = toks[i + 1].text if i + 1 < n else ""
            nxt2 = toks[i + 2].text if i + 2 < n else ""
            if not (is_complementizer(nxt) or nxt in (":",) or nxt in _OPEN
                    or (nxt in form.frames and (is_complementizer(nxt2) or form.np_content))):
                return None
        elif form.strict and not (form.clitic or self._sentence_initial(sent, i)
                                  or (i and toks[i - 1].text in _COMMA | {"قد", "وقد", "فقد", "لقد"})):
            return None  # بين "between" vs بيّن "explained": only as a clause-initial verb
        # a verb inside a direct quote is the quoted speaker's, not a report of the sentence
        if self._inside_quote(sent, i):
            return None
        prev = toks[i - 1].text if i else ""
        if form.aspect == "imperfect" and not form.clitic and prev in _INTERROGATIVES:
            return None  # ماذا تعتقد أن…، هل تقول إن…: an interviewer's question, not a report
        if toks[i].text == "ورد" and form.lemma == "رد" and (
                prev in {"ما", "بما", "كما", "لما", "مما", "فيما", "وما"}
                or (i + 1 < n and (toks[i + 1].text in {"في", "فيه", "فيها", "ذكره", "ذكرها", "اسمه", "اسمها"}
                                   or (toks[i + 1].text.startswith("ب") and not is_complementizer(toks[i + 1].text))))):
            return None  # بما ورد في الضوابط: the verb وَرَدَ "appear", not و + رد "and replied"
        if form.aspect == "perfect" and not form.clitic and prev in {"من", "ومن"} and form.lemma in _ELATIVES:
            return None  # ومن أبرز نقاط البرنامج، من أوضح الأمثلة: "most prominent", not "highlighted"
        content = None  # (kind, token index where the claim starts)
        mid_end = i + 1
        j = i + 1
        limit = min(n, i + 1 + _MAX_MID)
        while j < limit:
            w = toks[j].text
            if w in _QUOTES and w not in _OPEN:
                j += 1
                continue
            if w in _QUOTES:
                if w in _OPEN:
                    # a quote right after the verb, or a long one after its subject, is the content;
                    # a short one is a name inside the subject (شركة "غوغل")
                    close = self._closing_quote(sent, j)
                    inner = [t for t in toks[j + 1:] if close is not None and t.start < close]
                    prev = toks[j - 1].text
                    short_name = j == i + 1 and len(inner) <= 2 and close is not None and \
                        any(t.start > close and t.text not in _STOP_PUNCT | _COMMA for t in toks[j + 1:])
                    comp_inside = bool(inner) and is_complementizer(inner[0].text)  # قال " إن …"
                    if close is not None and form.meaning != "demand" and not short_name and (j == i + 1 or (
                            (len(inner) >= 5 or comp_inside)
                            and prev not in {"ب", "ل", "عن", "في", "من", "الي", "علي"}
                            and j - i <= (24 if comp_inside else 16)
                            and self._subject_like(toks[i + 1].text))):
                        content = ("quote", j)
                        mid_end = j
                        break
                # a short quoted name inside the subject (شركة "غوغل"): skip over it
                close = self._closing_quote(sent, j)
                if close is None or close >= sent.end:
                    break
                while j < limit and toks[j].start <= close:
                    j += 1
                continue
            if is_complementizer(w):
                if toks[j - 1].text in _NOUN_COMP and j > i + 1:
                    break  # رغبتهم في أن، قبل أن، يجب أن: the clause belongs to another word
                content = ("comp", j)
                mid_end = j
                break
            if w == ":":
                content = ("colon", j)
                mid_end = j
                break
            if w == "." and len(toks[j - 1].text) == 1 and j > i + 1:
                j += 1
                continue  # د. أحمد الحكيم: an abbreviation inside the subject
            if w in _STOP_PUNCT or w in {"-", "–", "—"}:
                break
            if w in _COMMA and j + 1 < n and not self._continues_after_comma(toks, j + 1):
                break  # "…، ويقاربون التشخيص": another clause begins; its أن is not this verb's
            vf = self._verb_form(w) if j > i + 1 else None
            if vf is not None and (w[:1] in "وف" or (vf.aspect == "participle" and toks[j - 1].text in _COMMA)):
                break  # "…، مؤكدا أن": the participle's content is its own (وأضاف معقبا على… أن: not)
            if w in form.frames and j + 1 < n:
                nxt = toks[j + 1].text
                if is_complementizer(nxt):
                    content = ("comp", j + 1)
                    mid_end = j
                    break
                if form.np_content and nxt not in _STOP_PUNCT and nxt not in _COMMA \
                        and self._only_subject(toks[i + 1:j]):
                    # أشار الوزير إلى أهمية…: the preposition right after the subject opens the content
                    content = ("np", j + 1)
                    mid_end = j
                    break
            if "ب" in form.frames and w.startswith("ب") and not w.startswith(("باسم", "بعد", "بين", "بسبب")) \
                    and form.np_content and len(w) > 3 and not self._speaker_word(w[1:]) \
                    and (j == i + 1 or toks[j - 1].text in _COMMA or j - i <= 8):
                content = ("np", j)
                mid_end = j
                break
            j += 1
        mid = toks[i + 1:mid_end]
        subj, adverbial_tail, via = self._subject_after(mid)
        relayed = self._relayed_source(mid) if form.lemma in _RELAY_VERBS else None
        if relayed is not None:
            # نقلت وكالة "تاس" عن الرئيس بوتين قوله إن…: Putin speaks, the agency relays
            via, subj = relayed
        if content is None and "obj" in form.frames:
            prev = toks[i - 1].text if i else ""
            cont = prev in _BUT_PRON or (prev in _COMMA and form.clitic[:1] == "و") \
                or self._fronted_subject(sent, i) is not None or form.number == "pl"
            split = self._object_split(toks, i, j, implicit=cont)
            if split is not None:
                subj, k = split
                content = ("np", k)
        if content is None:
            return self._quote_before(sent, i, form)
        # أما النائب فقد دعا الحكومة… / وكانت الوزارة قد أكدت…: a fronted subject makes the noun
        # phrase after the verb its object or addressee
        fronted = self._fronted_subject(sent, i)
        if fronted is not None:
            subj = fronted
        elif form.number in ("pl", "du") and form.aspect != "participle" and subj:
            # a verb agreeing in the plural has its subject before it or dropped (وطالبوا الحكومة…)
            subj = None
        elif subj and form.lemma in _ADDRESSEE_VERBS and self._is_addressee(subj):
            subj = None  # أبلغت الصحفيين بأن…: the noun phrase is who was told
        if content[0] == "np" and subj and not self._plausible_speaker(subj):
            return None  # كشف الغطاء عن…: "uncovered", not "revealed"; the subject is no speaker
        if i + 1 < len(toks) and toks[i + 1].text in {"اسمه", "اسمها", "اسم", "اسمهم", "اسماء"}:
            return None  # ذكر اسمه / عدم ذكر اسمه: "mention a name", not a report
        if content[0] == "np" and any(t.text in _UNVEIL for t in toks[i + 1:content[1]]):
            return None  # كشفت الشركة النقاب عن طراز جديد: an unveiling, not a statement
        if subj and form.impersonal and form.aspect == "imperfect" and not self._plausible_speaker(subj):
            subj = None  # ويرجح حتى اللحظة أن…: "it is thought likely", not a speaker
        speaker = self._span_of(sent, subj)
        kind = None
        if speaker is None and i > 0 and toks[i - 1].text in self.relative and form.aspect != "participle":
            # "…فهد القحيز الذي أكد بأن…": the speaker is the noun phrase before الذي
            ante = self._antecedent(toks, i - 1)
            if ante:
                speaker = self._span_of(sent, ante)
        if speaker is None and i > 0 and form.aspect != "participle":
            # لكنه أوضح، إنها أعلنت: the subject is the pronoun on لكن/إن/أن
            pron = self._pronoun_subject(sent, toks[i - 1])
            if pron is not None:
                speaker = pron
        if speaker is None and i > 1 and not self._earlier_report(sent, i) and \
                (form.aspect == "participle" or form.clitic[:1] == "و"):
            # وافتتح الوزير المعرض، مؤكدا أن… / واستقبل الوزير الوفد، وأكد أن…: the subject of the
            # sentence's first verb (VSO) is the subject of the report that continues it
            speaker = self._span_of(sent, self._main_clause_subject(sent, i))
        if speaker is None and form.aspect != "participle":
            before = self._subject_before(sent, i)
            if before is not None:
                speaker = self._span_of(sent, before)
            elif form.aspect == "imperfect" and form.impersonal and form.clitic in ("", "و", "ف") \
                    and self._sentence_initial(sent, i) and form.gender == "m" and form.number == "sg":
                kind = "unattributed"  # يذكر أن، يشار إلى أن: "it is mentioned that"
        claim, ckind = self._claim(sent, content)
        if claim is None:
            return None
        if kind is None:
            kind = ckind
        conf = 0.9 if speaker is not None else 0.75
        if content[0] == "np":
            conf -= 0.15
        if form.aspect == "participle":
            conf = 0.8
        cue = self._cue(sent, toks[i].start + len(form.clitic), toks[i].end, form.lemma, form.meaning)
        return Candidate(
            cue=cue, sentence=sent.index,
            speaker=None if kind == "unattributed" else speaker,
            claim=claim, kind=kind,
            gender=form.gender, number=form.number,
            confidence=conf, via=self._span_of(sent, via) if isinstance(via, list) else via,
        )

    def _continues_after_comma(self, toks: list[Tok], k: int) -> bool:
        """After a comma between a verb and its content: an apposition, an adverbial, a relative
        clause, a quote or the content itself — not a new clause (…، ويقاربون، …، وهو ما)."""
        w = toks[k].text
        if w.startswith("فان") or w in _BUT_PRON or w in {"لكن", "ولكن", "بينما", "فيما"}:
            return False  # "…، فإن مصادر أكدت"، "…، لكنه أقر": another clause
        if is_complementizer(w) or w in _QUOTES or w == ":" or w in self.relative or self._is_adverbial(w):
            return True
        if w[:1] in "وف" and (w[1:] in self.adverbial or w[1:] in self.relative):
            return True
        if self._speaker_word(w) or self._speaker_word(strip_pronoun(w)) or strip_article(w) in self.honorific_b:
            return True  # a role in apposition: "، نائب وزير الخارجية،"
        if w in {"وهو", "وهي", "وهم", "وهما"}:
            return True  # a parenthetical: "، وهو محام عن عشرين أسرة،"
        return not w.startswith(("و", "ف")) and self._verb_form(w) is None and w not in _FUNCTION

    def _subject_like(self, w: str) -> bool:
        """Can a subject start with ``w``? Not a preposition, a ب/ل-phrase or a function word."""
        if w in _NOUN_COMP or w in _FUNCTION or w in _QUOTES or w in _COMMA:
            return w in _COMMA
        if (w.startswith("بال") or w.startswith("لل") or w.startswith("لل")) and not self._speaker_word(w):
            return False
        return True

    def _sentence_initial(self, sent: _Sentence, i: int) -> bool:
        """Nothing but connectives, punctuation or a dateline before token ``i``."""
        if i == 0:
            return True
        prev = sent.toks[i - 1].text
        if prev in {"-", "–", "—", ":"} and i > 1:
            return True  # الرياض - واس: / (اف ب) -
        pre = [t.text for t in sent.toks[:i]]
        # من جانبه، ومن جهتها، من ناحيته: "for his part" opens a report
        if len(pre) >= 2 and pre[0] in {"من", "ومن"} and strip_pronoun(pre[1]) in {"جانب", "جهة", "ناحية", "طرف"}:
            pre = pre[2:]
        return all(w in _COMMA or w in {"و", "ف", "كما", "ثم", "وقد", "فقد", "قد", "لقد", "كذلك", "بدوره", "بدورها",
                                        "لكن", "ولكن", "غير", "الا", "بينما", "فيما"}
                   for w in pre)

    def _inside_quote(self, sent: _Sentence, i: int) -> bool:
        text = sent.nt.text
        a = text.rfind("«", sent.start, sent.toks[i].start)
        if a != -1 and text.rfind("»", a, sent.toks[i].start) == -1 and text.find("»", sent.toks[i].end, sent.end) != -1:
            return True
        a = text.rfind("“", sent.start, sent.toks[i].start)
        if a != -1 and text.rfind("”", a, sent.toks[i].start) == -1 and text.find("”", sent.toks[i].end, sent.end) != -1:
            return True
        cnt = text.count('"', sent.start, sent.toks[i].start)
        if cnt % 2 == 1 and text.find('"', sent.toks[i].end, sent.end) != -1:
            # inside a straight-quoted stretch: a title ("قال لي المساعد") or a quotation — unless
            # the stretch is long and the verb opens a clause after a comma (a stray mark: "…، وقالت:")
            a = text.rfind('"', sent.start, sent.toks[i].start)
            b = text.find('"', sent.toks[i].end, sent.end)
            if re.search(r"[.؟!]\s", text[a + 1:sent.toks[i].start]):
                return False  # a sentence ended since that mark: it was a stray one (a headline's)
            if not text[a + 1:sent.toks[i].start].strip():
                return True  # the quote opens with the verb: a title or a quoted sentence
            return b - a > 40 and not (i > 0 and sent.toks[i - 1].text in _COMMA)
        return False

    def _closing_quote(self, sent: _Sentence, j: int) -> int | None:
        """Normalised offset of the quote closing the one at token ``j`` (may pass the sentence)."""
        text = sent.nt.text
        o = sent.toks[j]
        close = _OPEN.get(o.text)
        if close is None:
            return None
        k = text.find(close, o.end, o.end + 3000)
        return k if k != -1 else None

    def _cue(self, sent: _Sentence, a: int, b: int, lemma: str, meaning: str) -> Cue:
        s, e = sent.nt.original_span(a, b)
        return Cue(s, e, sent.nt.original[s:e], lemma, meaning)

    # ---------------------------------------------------------------- subjects
    def _subject_after(self, mid: list[Tok]) -> tuple[list[Tok] | None, list[Tok], Span | None]:
        """Split the tokens between a verb and its content into subject, adverbials.

        ``نائب وزير الخارجية الروسية ، أوليغ سيرومولوتوف ، في تصريح صحفي ، اليوم ،`` →
        subject = the first two segments (role, name); the rest are adverbials.
        """
        segs: list[list[Tok]] = [[]]
        depth = 0
        for t in mid:
            if t.text in _QUOTES:
                depth = 1 - depth if t.text == '"' else depth + (1 if t.text in _OPEN else -1)
            if t.text in _COMMA and depth <= 0:
                segs.append([])
            else:
                segs[-1].append(t)
        subject: list[Tok] = []
        tail: list[Tok] = []
        via = None
        for k, seg in enumerate(segs):
            if not seg:
                continue
            first = seg[0].text
            if first in self.relative or (first[:1] in "وف" and first[1:] in self.relative):
                if subject:
                    break  # a relative clause after the name closes the subject
                continue
            if seg[0].text in {"ذلك", "هذا", "هذه"} and len(seg) > 1 and not subject:
                seg = seg[1:]
            if not subject:
                # وقال لـ"الاقتصادية" الدكتور…، وقال لنا الوزير…: the addressee comes before the subject
                skip = self._addressee_prefix(seg)
                if skip and skip < len(seg) and self._np_end(seg[skip:], False) > 0 and (
                        self._speaker_word(seg[skip].text) or seg[skip].text in self.given
                        or strip_article(seg[skip].text) in self.honorific_b):
                    seg = seg[skip:]  # (not "أوضحت لوكالة فرانس برس": the agency's name)
            cut = self._np_end(seg, bool(subject))
            np_ = seg[:cut]
            if not np_:
                if subject:
                    break
                continue
            if subject:
                # an apposition: a name or a role right after the subject, not a participle
                # modifier (البيان الختامي، الصادر مساء اليوم، أن…)
                f0 = np_[0].text
                if self._looks_nominal(np_) and (not f0.startswith("ال") or self._speaker_word(f0)
                                                 or strip_article(f0) in self.honorific_b):
                    subject = subject + np_
                break
            subject = np_
            if cut < len(seg):
                tail = seg[cut:]
                break
        if not subject:
            return None, tail, via
        while subject and subject[-1].text in {"قد", "و", "نفسه", "نفسها", "ذاته", "ذاتها", "انفسهم"}:
            subject = subject[:-1]
        return (subject or None), tail, via

    def _addressee_prefix(self, seg: list[Tok]) -> int:
        """How many tokens of an addressee phrase open ``seg``: لـ"الاقتصادية"، لصحيفة "عكاظ"،
        لرويترز، للصحفيين، لنا/له/لها (0 when it does not open with one)."""
        if not seg:
            return 0
        w = seg[0].text
        k = 0
        if w in {"لي", "لنا", "له", "لها", "لهم", "لك", "لكم"}:
            k = 1
        elif w == "ل" and len(seg) > 1 and seg[1].text in _OPEN:
            k = 1
        elif w[:1] == "ل" and len(w) > 2 and (strip_article(w[1:]) in self.media or strip_article(w[2:]) in self.media
                                              or strip_article("ال" + w[2:]) in self.group
                                              or w[1:] in self.group or w[2:] in {"صحفيين", "صحافيين", "صحافة", "اعلام"}):
            k = 1
        if not k:
            return 0
        if k < len(seg) and seg[k].text in _OPEN:
            close = _OPEN[seg[k].text]
            m = k + 1
            while m < len(seg) and seg[m].text != close and m - k <= 6:
                m += 1
            if m < len(seg) and seg[m].text == close:
                k = m + 1
        return k

    def _np_end(self, seg: list[Tok], apposition: bool) -> int:
        """Where the noun phrase opening ``seg`` ends.

        It ends at an adverbial (اليوم، في تصريح، خلال…), at an addressee (للصحفيين، لوكالة) after
        a name, or where a second noun phrase starts after a name (طالب النائب فهد العتيبي وزارة
        الأشغال…).  "في" after a title or a group keeps an affiliation (الخبير في الموارد المائية
        منير الطرابلسي، مسؤولون في وزارة التربية) unless an event noun follows (في تصريح، في بيان).
        """
        if seg[0].text in {"ذلك", "هذا", "هذه"} and len(seg) > 1:
            return 0  # أوضح ذلك مدير عام الفرع: the demonstrative is the object (see _subject_after)
        w0 = seg[0].text
        if w0 in _FUNCTION or w0 in _NOUN_COMP or w0 == "ل" or (
                w0.startswith(("بال", "لل")) and not self._speaker_word(w0)) or (
                w0[:1] == "ل" and (strip_article(w0[1:]) in self.media or w0[1:] in self.place)):
            return 0  # قال لي، نوه بالعمل، قال لرويترز: a prepositional phrase, not a subject
        head = seg[0].text
        head_b = strip_article(head)
        titled = head_b in self.title or head_b in self.group or head_b in self.org \
            or strip_pronoun(head) in self.title or head_b in self.doc
        seen_name = False
        group = head_b in self.group and not head.startswith("ال")
        nominal = (head_b in self.org or head_b in self.doc or head_b in self.group) and head_b not in self.title
        seen_def = head.startswith("ال")
        for m, t in enumerate(seg):
            w = t.text
            if strip_article(w) in {"صادر", "صادرة"} and m > 0:
                continue  # بيان صادر عن…: "issued", not a name
            if m > 0 and seg[m - 1].text in self.particle and seg[m - 1].text != "ال" and w not in _QUOTES \
                    and not self._is_adverbial(w) and self._verb_form(w) is None:
                seen_name = True
                continue  # ابن فارس، أبو ظبي، بن فرحان: the word after a name particle is a name
            if w == "عن" and m > 0 and strip_article(seg[m - 1].text) in {"صادر", "صادرة"}:
                continue  # التقرير الصادر عن البنك الدولي: the issuer belongs to the document
            if m > 0 and (nominal or (not titled and head.endswith("ي"))) and seen_def \
                    and not w.startswith(("ال", "لل", "بال", "وال")) \
                    and w not in _QUOTES and w not in {"في", "من"} and not w.startswith(("ل", "ب")) \
                    and strip_article(w) not in self.title and strip_article(seg[m - 1].text) not in self.title \
                    and not (seg[m - 1].text in _QUOTES) and strip_article(seg[m - 1].text) not in _REGION_WORDS:
                # after a definite word a bare noun opens the object: "وصف البيت الأبيض مقتل…"،
                # "أوضح الزهراني وقوع حادث…" (a name ends with its ال-surname)
                return m
            if w.startswith("ال") and m > 0 and seg[m - 1].text not in {"عبد", "ابو", "ابي", "بن", "ال"}:
                seen_def = True  # (عبد الرحيم: the article belongs to a compound name)
            if group and m > 0 and w in {"في", "من"}:
                group = False  # an affiliation follows: مسؤولون في وزارة التربية، محللون في بنوك استثمار
            elif group and m > 0 and not adjective_like(w) and not w.startswith(("ال", "لل", "بال", "وال")):
                return m  # دبلوماسيون أوروبيون تحدثوا…: an indefinite relative clause follows
            if m == 0:
                vf = self._verb_form(w)
                if (self._is_adverbial(w) and not self._speaker_word(w)) or (vf is not None and vf.aspect == "participle") \
                        or w in _SUBORDINATORS:
                    return 0  # (واستطرد قائلا، وقال مهددا: a participle is no subject)
                if w in self.honorific_pronoun:
                    return 1  # وصف سموه مبادرة التسجيل: "his highness" is the whole subject
                if not titled and not w.startswith("ال") and w not in _QUOTES and head_b not in _QUANTIFIERS:
                    seen_name = True
                continue
            if w in self.relative or w in _FUNCTION or w in _NOUN_COMP - {"في", "من", "علي", "الي"} \
                    or w in _SUBORDINATORS or w in _NOT_IN_NAME:
                return m  # "المركز الذي…"، "أشار كيري إليها"، "قال كيري كيف": the noun phrase ends
            vf = self._verb_form(w)
            if vf is not None and vf.aspect == "participle":
                return m  # "وأضاف الوزير معقبا…": the participle describes the saying
            nxt = seg[m + 1].text if m + 1 < len(seg) else ""
            if w in _LOCATIVE and titled and not seen_name and nxt:
                continue  # مصدر داخل الحكومة، مسؤول لدى الوزارة
            if w in {"في", "من"} and titled and not seen_name and nxt and strip_article(nxt) not in self.event \
                    and strip_pronoun(nxt) not in self.event and not self._is_adverbial(nxt):
                continue  # an affiliation: الباحثة في المعهد الوطني
            if w == "من" and m == 1 and head_b in _QUANTIFIERS:
                continue  # عدد من المسؤولين، بعض الخبراء: a part of a group
            gen = strip_article(w) if w.startswith("لل") else strip_article(w[1:])
            if titled and not seen_name and w[:1] == "ل" and gen in self.org and gen not in self.media:
                continue  # a genitive after a role: الكاتب العام للنقابة، الأمين العام للأمم المتحدة
            if self._is_adverbial(w):
                return m
            if seen_name and not nominal and (w.startswith("ل") and not w.startswith("لا")):
                return m  # an addressee after the name: قال بوتين للصحفيين
            if w[:1] == "ل" and (strip_article(w[1:]) in self.group or w[1:].endswith(("يين", "ين")) and len(w) > 5) \
                    and m > 0:
                return m  # قال الجيش لصحفيين: the people spoken to
            if w in _QUOTES:
                continue
            b = strip_article(w)
            if seen_name and w != strip_pronoun(w) and strip_pronoun(w) in self.title:
                return m  # "فيصل بن فرحان نظيره الروسي": his counterpart, another person
            if seen_name and not w.startswith("ال") and seg[m - 1].text in self.given \
                    and (m + 1 == len(seg) or not seg[m + 1].text.startswith("ال")):
                continue  # a family name that is also a noun: مختار خطاب، محمد بيان (not وزارة الصحة)
            if seen_name and (b in self.title or b in self.org or b in self.group or b in self.doc) \
                    and b not in self.honorific_b:
                # a second noun phrase after a name: the object, or a role after the name
                if not w.startswith("ال") and m + 1 < len(seg) and b in self.title:
                    continue  # "أحمد الحكيم رئيس قطاع…": a role after the name
                return m
            if not w.startswith("ال") and b not in self.portfolio and w not in self.place \
                    and b not in self.title and not w.startswith(("ل", "ب")) and w not in self.particle \
                    and b not in self.org and b not in self.doc and b not in self.group:
                seen_name = True
        return len(seg)

    def _looks_nominal(self, seg: list[Tok]) -> bool:
        if len(seg) > 8:
            return False
        for t in seg:
            if self._verb_form(t.text) is not None or is_complementizer(t.text):
                return False
        return True

    def _subject_before(self, sent: _Sentence, i: int) -> list[Tok] | None:
        """SVO: ``وكانت لجنة الاستخبارات، أكدت …``, ``الوزارة أكدت …``, ``غير أن رئيستها كيلي أوضحت …``.

        The noun phrase between the previous clause boundary (sentence start, كان, أن, a comma
        before it) and the verb, when it names a speaker.
        """
        toks = sent.toks
        form = self._verb_form(toks[i].text)
        if form is not None and form.clitic[:1] in ("و", "ف"):
            return None  # وقالت، فأكد: a new clause, its subject follows or is dropped
        k = i - 1
        while k >= 0 and (toks[k].text in _COMMA or toks[k].text in {"قد", "وقد", "فقد"}):
            k -= 1
        end = k + 1
        started_with_kan = False
        after_comp = False
        while k >= 0:
            w = toks[k].text
            if w in _KAN:
                started_with_kan = True
                break
            if w in {"اما", "واما"}:
                break
            if w in _QUOTES and k > 0 and toks[k - 1].text not in _STOP_PUNCT:
                k -= 1
                continue  # a quoted name in the subject: وكانت «الصحة» قد حذرت
            if is_complementizer(w) and w in {"ان", "بان", "وان", "لان"}:
                after_comp = True  # "خاصة أن شارون يعلن": after أن the subject precedes the verb
                break
            if is_complementizer(w) or w in _STOP_PUNCT or w in {":", "-", "–"} or w in _QUOTES \
                    or self._verb_form(w) is not None or w in {"و", "ف", "ثم", "بل", "لكن", "لكنه"}:
                break
            if w in _COMMA:
                # an inserted adverbial between subject and verb: ", في وقت سابق ،"
                seg_start = k + 1
                if seg_start < end and self._is_adverbial(toks[seg_start].text):
                    end = k
                    k -= 1
                    continue
                if seg_start < end and self._apposition_at(toks, seg_start) and k > 0:
                    k -= 1  # "المندوب الجهوي، كمال الدريدي،": keep the name with its role
                    continue
                break
            k -= 1
            if end - k > 9:
                return None
        np_ = toks[k + 1:end]
        while np_ and self._is_adverbial(np_[-1].text) and np_[-1].text not in {"في", "من"}:
            np_ = np_[:-1]  # "وزير الطاقة القطري عبد الله العطية أمس أكد": the adverb is not the subject
        if not np_ or not self._looks_nominal(np_) or self._np_end(np_, False) < len(np_):
            return None
        head = np_[0].text
        if after_comp and len(np_) <= 3 and self._plausible_speaker(np_) and head not in _FUNCTION \
                and not head.startswith("ال") and not head.isdigit():
            return np_
        if started_with_kan or self._speaker_word(head) or self._speaker_word(strip_pronoun(head)) \
                or (len(np_) <= 3 and all(t.text in self._known for t in np_)):
            return np_
        if head[:1] in "وف" and (self._speaker_word(head[1:])):
            return np_
        return None

    def _earlier_report(self, sent: _Sentence, i: int) -> bool:
        return any(self._verb_form(t.text) is not None or self._match_according(sent.toks, k) is not None
                   for k, t in enumerate(sent.toks[:i]))

    def _main_clause_subject(self, sent: _Sentence, i: int) -> list[Tok] | None:
        """The subject after the sentence's first word, taken as its verb: ورفضت النقابات …، مؤكدة."""
        toks = sent.toks
        k = 0
        while k < i and (toks[k].text in _COMMA or self._is_adverbial(toks[k].text)):
            k += 1  # (an opening adverbial: وفي سياق متصل، …)
        if k >= i - 1 or toks[k].text[:1] not in "وف" or toks[k].text in _KAN:
            return None
        seg = []
        for t in toks[k + 1:i]:
            if t.text in _COMMA or t.text in _STOP_PUNCT:
                break
            seg.append(t)
        if not seg:
            return None
        subj = seg[:self._np_end(seg, False)]
        if subj and subj[0].text.startswith("ال"):
            # a definite head takes only its nisba adjectives here: الوزير [المعرض]، النقابات [اتهامات]
            m = 1
            while m < len(subj) and subj[m].text.startswith("ال") and subj[m].text.endswith(("ي", "ية", "يون", "يين")):
                m += 1
            subj = subj[:m]
        if subj and self._speaker_word(subj[0].text) and self._plausible_speaker(subj):
            return subj
        return None

    def _pronoun_subject(self, sent: _Sentence, t: Tok) -> Span | None:
        """The pronoun suffix of لكنه/لكنها/إنه/أنهم right before a verb, as the subject mention."""
        for base in ("ولكن", "لكن", "ان", "وان", "بان", "فان"):
            if t.text.startswith(base) and t.text[len(base):] in ("ه", "ها", "هم", "هما", "هن"):
                return sent.span(t.start + len(base), t.end)
        return None

    def _only_subject(self, mid: list[Tok]) -> bool:
        """Is ``mid`` (between a verb and its preposition) a subject and adverbial phrases only?

        ``أشار الوزير، في كلمته، إلى أهمية…`` yes; ``لفتت مشاعري كثيرا وهذا ما جعلني… إلى`` no.
        """
        segs: list[list[Tok]] = [[]]
        for t in mid:
            if t.text in _COMMA:
                segs.append([])
            else:
                segs[-1].append(t)
        for k, seg in enumerate(segs):
            if not seg:
                continue
            if self._is_adverbial(seg[0].text) or (k and self._looks_nominal(seg) and len(seg) <= 5):
                continue  # an adverbial phrase (في كلمته، الشهر الماضي) or an apposition
            if k:
                return False
            cut = self._np_end(seg, False)
            if cut < len(seg) and not self._is_adverbial(seg[cut].text):
                return False
        return True

    def _relayed_source(self, mid: list[Tok]) -> tuple[list[Tok] | None, list[Tok]] | None:
        """(relay, source) in "نقل X عن Y (قوله)": the noun phrase after عن is who spoke."""
        k = next((m for m, t in enumerate(mid) if t.text == "عن"), None)
        if k is None or k + 1 >= len(mid):
            return None
        src = mid[k + 1:]
        src = src[:self._np_end(src, False)] if src else src
        src = [t for t in src if self._speech_pronoun(t.text) is None]
        if not src or not self._plausible_speaker(src):
            return None
        relay, _tail, _via = self._subject_after(mid[:k]) if k else (None, [], None)
        return relay, src

    def _plausible_speaker(self, subj: list[Tok]) -> bool:
        """A title, organisation, group or document word, a known name, or a name-like word."""
        head = subj[0].text
        if head in _QUOTES and len(subj) > 1:
            head = subj[1].text
        if self._speaker_word(head) or self._speaker_word(strip_pronoun(head)) or head in self._known:
            return True
        return not head.startswith("ال") and not head.startswith(("ب", "ل")) and head not in _FUNCTION

    def _fronted_subject(self, sent: _Sentence, i: int) -> list[Tok] | None:
        """The subject before ``قد``/``فقد`` + verb in a sentence opened by أما or كان."""
        toks = sent.toks
        if i == 0 or toks[i - 1].text not in {"قد", "فقد", "وقد"}:
            return None
        first = toks[0].text
        if first not in _KAN and first not in {"اما", "واما"}:
            return None
        return self._subject_before(sent, i)

    def _is_addressee(self, subj: list[Tok]) -> bool:
        w = strip_article(subj[0].text)
        return subj[0].text.startswith("ال") and (w in self.group or w.endswith("ين") or w.endswith("ون"))

    def _antecedent(self, toks: list[Tok], r: int) -> list[Tok] | None:
        """The noun phrase before a relative pronoun, back to a clause or phrase boundary."""
        k = r - 1
        while k >= 0 and r - k <= 8:
            w = toks[k].text
            if w in _COMMA or w in _STOP_PUNCT or w in _QUOTES or is_complementizer(w) or w in _NOUN_COMP \
                    or w in {"و", "مع"} or self._verb_form(w) is not None:
                break
            k -= 1
        np_ = toks[k + 1:r]
        # the last noun phrase before الذي: start at a speaker word or a known name
        for p in range(len(np_)):
            tail = np_[p:]
            w = tail[0].text
            if (self._speaker_word(w) or w in self._known) and self._looks_nominal(tail) \
                    and self._np_end(tail, False) == len(tail):
                return tail
        return None

    def _object_split(self, toks: list[Tok], i: int, end: int, implicit: bool = False) -> tuple[list[Tok], int] | None:
        """Verbs whose object is the content (نفى الاتهامات، استذكر تقديم…): find subject and object.

        Arabic marks the boundary by definiteness: a definite head (الوزارة، الدراسة، المتهم) takes
        only definite adjectives after it, so the next indefinite or second definite noun opens the
        object (نفت الوزارة الاتهامات، عزت الدراسة معظم الفاقد); a construct head (وزير الخارجية)
        takes one definite complement first.  A comma also closes the subject
        (استذكر المسؤول الروسي، في حديثه، تقديم…), and a name seen before the sentence is a subject
        (وصف سيرومولوتوف الحوار…).  With ``implicit`` (…، لكنه نفى وجود خطط) the object starts at once.
        """
        n = len(toks)
        k = i + 1
        nominative_plural = k < n and toks[k].text.startswith("ال") and toks[k].text.endswith("ون")
        if implicit and k < n and toks[k].text not in _STOP_PUNCT and not self._speaker_word(toks[k].text) \
                and not nominative_plural:  # (وأكد البرلمانيون…: -ون marks a subject, not an object)
            return [], k
        seg: list[Tok] = []
        while k < n and toks[k].text not in _COMMA and toks[k].text not in _STOP_PUNCT and len(seg) < 9:
            seg.append(toks[k])
            k += 1
        if not seg or seg[0].text in _PREPOSITIONS:
            return None  # أكد على…: the preposition's frame, not an object (and على is no name)
        if seg[0].text in self.honorific and len(seg) > 2:
            # الدكتور يوسف بطرس غالي [وزير التجارة الخارجية] استمرار…: the name after the honorific
            m = 1
            while m < len(seg) and m <= 4 and not seg[m].text.startswith("ال") and seg[m].text not in _QUOTES \
                    and seg[m].text not in _NOT_IN_NAME and not self._speaker_word(seg[m].text):
                m += 1
            if 1 < m < len(seg) and seg[m].text.startswith("ال") and not self._speaker_word(seg[m].text):
                m += 1  # a family name with the article closes the name (الدكتور عبدالرحمن البراك)
            if m < len(seg) and self._speaker_word(seg[m].text) and not seg[m].text.startswith("ال"):
                m += 1  # a role after the name: a construct head and its definite complements
                while m < len(seg) and seg[m].text.startswith("ال"):
                    m += 1
            if 1 < m < len(seg):
                return seg[:m], i + 1 + m
            return None
        whole_np = self._np_end(seg, False) == len(seg)
        if whole_np and (k < n and toks[k].text in _COMMA and self._looks_nominal(seg) and self._speaker_word(seg[0].text)
                         or (k < n and toks[k].text in _COMMA and all(not t.text.startswith("ال") for t in seg)
                             and len(seg) <= 4)):
            # skip an apposition and comma-closed adverbial segments; the object starts after them
            m = k + 1
            if self._apposition_at(toks, m) and not self._is_adverbial(toks[m].text):
                # "النائب التنفيذي للمالية، سلطان القحطاني،": the name belongs to the subject
                while m < n and toks[m].text not in _COMMA:
                    m += 1
                seg = toks[i + 1:m]
                m += 1
            while m < n:
                if self._is_adverbial(toks[m].text) or self._apposition_at(toks, m):
                    while m < n and toks[m].text not in _COMMA and toks[m].text not in _STOP_PUNCT:
                        m += 1
                    if m < n and toks[m].text in _COMMA:
                        m += 1
                        continue
                    return None
                break
            if m >= n or toks[m].text in _STOP_PUNCT or (toks[m].text[:1] in "وف" and self._verb_form(toks[m].text)):
                return None
            return seg, m
        head = seg[0].text
        if head.startswith("ال") and len(seg) > 1:
            m = 1
            while m < len(seg) and seg[m].text.startswith("ال") and self._adjective(seg[m].text):
                m += 1
            if m + 1 < len(seg) and seg[m].text == "باسم" and self._speaker_word(head):
                m += 2  # المتحدث باسم الوزارة (الروسية): "on behalf of" belongs to the role
                while m < len(seg) and seg[m].text.startswith("ال") and self._adjective(seg[m].text):
                    m += 1
            if m < len(seg) and seg[m].text not in _QUOTES:
                return seg[:m], i + 1 + m
            return None
        if self._speaker_word(head) and not head.startswith("ال") and len(seg) > 2 and seg[1].text.startswith("ال"):
            m = 2  # وزير الخارجية + adjectives
            while m < len(seg) and seg[m].text.startswith("ال") and self._adjective(seg[m].text):
                m += 1
            if m < len(seg):
                return seg[:m], i + 1 + m
            return None
        # a name then the object: the words of a name seen before (ونفى خطاب وجود…), or a name
        # closed by a word no name holds (ونفى أحمد زكي أي علاقة…، عدم…، جميع…)
        chain = []
        for t in seg:
            if t.text.startswith("ال") or t.text in _QUOTES or len(chain) >= 4 or t.text in _NOT_IN_NAME:
                break
            chain.append(t)
        known = 0
        while known < min(len(chain), 3) and chain[known].text in self._known:
            known += 1
        if known and known < len(seg):
            return chain[:known], i + 1 + known
        if chain and len(chain) < len(seg) and seg[len(chain)].text in _NOT_IN_NAME \
                and (chain[0].text in self.given or chain[0].text in self._known):
            return chain, i + 1 + len(chain)
        return None

    @staticmethod
    def _adjective(w: str) -> bool:
        """A definite nisba adjective or participle agreeing with a head: الروسية، الأمريكي، المحتجون."""
        return w.endswith(("ي", "ية", "يه", "يون", "يين", "يات", "ون", "ين")) or w.startswith("الم")

    def _apposition_at(self, toks: list[Tok], m: int) -> bool:
        """"، سلطان القحطاني،": a short name between commas after a role."""
        seg = []
        while m < len(toks) and toks[m].text not in _COMMA and toks[m].text not in _STOP_PUNCT and len(seg) < 5:
            seg.append(toks[m])
            m += 1
        return bool(seg) and m < len(toks) and toks[m].text in _COMMA and not seg[0].text.startswith("ال") \
            and self._verb_form(seg[0].text) is None and len(seg) <= 4

    def _quote_before(self, sent: _Sentence, i: int, form: VerbForm) -> Candidate | None:
        """``«…»، قال الوزير.`` — the quote before the cue is its claim."""
        text = sent.nt.text
        p = sent.toks[i].start
        k = p - 1
        while k >= 0 and (text[k].isspace() or text[k] in "،,.-–—"):
            k -= 1
        if k < 0 or text[k] not in _CLOSE:
            return None
        close = k
        opener = {"»": "«", "”": "“", '"': '"'}[text[k]]
        o = text.rfind(opener, max(0, close - 3000), close)
        if o == -1:
            return None
        # the rest of the sentence after the cue must be a subject, not a new clause
        rest = [t for t in sent.toks if t.start > sent.toks[i].start]
        cut = next((m for m, t in enumerate(rest) if t.text in _COMMA), len(rest))
        clause = rest[:cut]  # "«…»، قالت المفتشة، وأوضحت أن…": the next clause is another report
        subj, _tail, via = self._subject_after([t for t in clause if t.text not in _STOP_PUNCT])
        if any(is_complementizer(t.text) for t in clause):
            return None
        claim = sent.span(o + 1, close)
        if claim is None:
            return None
        cue = self._cue(sent, sent.toks[i].start + len(form.clitic), sent.toks[i].end, form.lemma, form.meaning)
        return Candidate(cue=cue, sentence=sent.index, speaker=self._span_of(sent, subj), claim=claim,
                         kind="direct", gender=form.gender, number=form.number, confidence=0.85)

    # ---------------------------------------------------------------- passive
    def _passive(self, sent: _Sentence, i: int) -> Candidate | None:
        toks = sent.toks
        j = i + 1
        while j < len(toks) and j <= i + 3:
            if is_complementizer(toks[j].text):
                claim, _ = self._claim(sent, ("comp", j))
                if claim is None:
                    return None
                w = toks[i].text
                off = 1 if w[:1] == "و" and w[1:] in _PASSIVE else 0
                cue = self._cue(sent, toks[i].start + off, toks[i].end, w[off:], _PASSIVE.get(w) or "report")
                return Candidate(cue=cue, sentence=sent.index, speaker=None, claim=claim,
                                 kind="unattributed", confidence=0.7)
            j += 1
        return None

    # ---------------------------------------------------------------- according to
    def _match_according(self, toks: list[Tok], i: int) -> tuple[int, tuple[str, ...]] | None:
        """Longest "according to" phrase at token ``i`` → (tokens used, phrase)."""
        w0 = toks[i].text
        cands = [w0]
        if w0[:1] == "و" and len(w0) > 3:
            cands.append(w0[1:])  # وبحسب، ووفقا (فحسب is "only")
        for first in cands:
            if first not in self.acc_first:
                continue
            best = None
            for phrase in self.lex.according_to:
                if phrase[0] != first:
                    continue
                ok = True
                for m, pw in enumerate(phrase[1:], 1):
                    if i + m >= len(toks):
                        ok = False
                        break
                    tw = toks[i + m].text
                    if m == len(phrase) - 1 and pw == "ل":
                        if not tw.startswith("ل"):
                            ok = False
                        break
                    if tw != pw:
                        ok = False
                        break
                if ok:
                    used = len(phrase) - (1 if phrase[-1] == "ل" and toks[i + len(phrase) - 1].text != "ل" else 0)
                    if best is None or used > best[0]:
                        best = (used, phrase)
            if best:
                return best
        return None

    def _according_to(self, sent: _Sentence, i: int, acc, earlier: list[tuple[int, Candidate]]) -> Candidate | None:
        used, phrase = acc
        toks = sent.toks
        n = len(toks)
        meaning = self.lex.according_to.get(phrase, "report")
        j = i + used
        if j >= n:
            return None
        cue_end = toks[i + used - 1].end
        k = j
        first = toks[k].text
        if first in {"ما", "لما"} and k + 1 < n and self._verb_form(toks[k + 1].text) is not None:
            cue_end = toks[k + 1].end
            k += 2  # بحسب ما أعلنت رئيسة المجموعة
            if k < n and toks[k].text in {"في", "عبر", "علي"}:
                k += 1  # بحسب ما نشر في صحيفة محلية: a passive report, its source is the medium
        elif phrase[-1] in {"حسبما", "ما", "لما"} and first not in _STOP_PUNCT | _COMMA:
            cue_end = toks[k].end
            k += 1  # حسبما ذكرت الوكالة، بحسب ما نقلت الأمانة: "according to what … said" — a verb follows ما
            if k < n and toks[k].text in {"في", "عبر", "علي"}:
                k += 1  # بحسب ما نشر في صحيفة محلية: a passive report, its source is the medium
        src, k = self._source_np(toks, k)
        if not src:
            return None
        head = src[0].text
        ell = phrase[-1] == "ل" and head.startswith("ل") and head != "ل" and toks[i + used - 1].text != "ل"
        if ell:
            head = head[2:] if head.startswith("لل") else head[1:]
        headb = strip_article(head)
        cue = self._cue(sent, toks[i].start + (0 if toks[i].text == phrase[0] else 1), cue_end,
                        " ".join(phrase), meaning)
        # بحسب قوله، على حد تعبيره: a pronoun on a speech noun points back at the speaker
        pron = self._speech_pronoun(head)
        if pron is not None:
            prior = [c for _, c in earlier if c.kind != "according_to" or c.speaker is not None]
            if prior:
                return None  # closes the previous report's claim (see _trim_claims)
            gender, number = pron
            claim = self._claim_before(sent, i)
            if claim is None:
                return None
            return Candidate(cue=cue, sentence=sent.index, speaker=None, claim=claim, kind="according_to",
                             gender=gender, number=number, confidence=0.7)
        if headb in self.speech and len(src) > 1:
            # على حد تعبير النائب، حسب تقدير الطرابلسي: the source follows the speech noun
            src = src[1:]
            head, ell = src[0].text, False
            headb = strip_article(head)
        elif phrase[0] == "علي" and phrase[-1] == "حد":
            return None  # على حد سواء: no speech noun, no source
        if headb in self.not_source or head in self.not_source or head.isdigit():
            return None
        if phrase in {("جاء", "في"), ("ورد", "في")} and headb not in self.doc:
            return None  # جاء في الموعد المحدد: only a statement or report "says"
        if head.startswith("ال") or head.startswith("لل"):
            if not (headb in self.speakerish or head in self._known or headb in self._known):
                return None
        elif not (headb in self.speakerish or head in self.place or len(head) > 2):
            return None
        elif not (headb in self.speakerish or head in self.place or head in self._known or head in self.given) \
                and len(src) > 1 and src[1].text.startswith("ال") and not src[1].text.endswith(("ي", "ية")):
            return None  # وفقا لفئات الأمانات: a noun in construct, not a name (وفقا لمحمد الأحمد is a name)
        speaker = self._span_of(sent, src, drop_first=1 if ell else 0)
        lead = i == 0 or self._sentence_initial(sent, i) or (i <= 2 and strip_article(toks[i - 1].text) in
                                                              {"جاء", "وجاء", "ورد", "وورد"})
        if lead or phrase[0] in {"جاء", "ورد"}:
            # ووفقا للبيان، فإن … / وجاء على لسان X أن …: the claim follows
            m = k
            while m < n and (toks[m].text in _COMMA or is_complementizer(toks[m].text)):
                m += 1
            if m >= n:
                return None
            claim, _ = self._claim(sent, ("comp", m - 1) if m > k and is_complementizer(toks[m - 1].text)
                                   else ("np", m))
        else:
            claim = self._claim_before(sent, i)
        if claim is None:
            return None
        return Candidate(cue=cue, sentence=sent.index, speaker=speaker, claim=claim, kind="according_to",
                         confidence=0.8)

    def _source_np(self, toks: list[Tok], k: int) -> tuple[list[Tok], int]:
        """The source after an "according to" phrase, with an apposition after a comma."""
        n = len(toks)
        src: list[Tok] = []
        while k < n and toks[k].text not in _COMMA and toks[k].text not in _STOP_PUNCT \
                and not is_complementizer(toks[k].text) and toks[k].text not in {":", "-", "–", "—", "(", ")"} \
                and len(src) < 9:
            src.append(toks[k])
            k += 1
        if src:
            # the same noun-phrase boundaries as a subject (الكاتب العام للنقابة keeps its genitive);
            # a speech noun in construct (على حد تعبير النائب) is measured from the noun after it
            lead = 1 if strip_article(src[0].text) in self.speech and len(src) > 1 else 0
            cut = lead + self._np_end(src[lead:], False)
            if 0 < cut < len(src):
                k -= len(src) - cut
                src = src[:cut]
        # "على لسان الكاتب العام للنقابة، عبد الرحيم البناني، أن": the name after the role
        if src and k + 1 < n and toks[k].text in _COMMA:
            m = k + 1
            app = []
            while m < n and toks[m].text not in _COMMA and toks[m].text not in _STOP_PUNCT and len(app) < 5 \
                    and not is_complementizer(toks[m].text):
                app.append(toks[m])
                m += 1
            if app and m < n and (toks[m].text in _COMMA or is_complementizer(toks[m].text)) \
                    and not app[0].text.startswith("ال") and not self._is_adverbial(app[0].text) \
                    and self._verb_form(app[0].text) is None and strip_article(src[0].text) in self.title:
                src = src + [toks[k]] + app
                k = m
        return src, k

    def _speech_pronoun(self, w: str) -> tuple[str, str] | None:
        for suf, gn in (("هما", ("m", "du")), ("هم", ("m", "pl")), ("ها", ("f", "sg")), ("ه", ("m", "sg"))):
            if w.endswith(suf):
                stem = w[: -len(suf)]
                if stem.endswith("ت") and stem[:-1] + "ة" in self.speech:
                    return gn
                if stem in self.speech or stem.rstrip("ا") in self.speech:
                    return gn
        return None

    def _claim_before(self, sent: _Sentence, i: int) -> Span | None:
        toks = sent.toks
        a = toks[0].start
        k = i - 1
        while k >= 0 and toks[k].text in _COMMA:
            k -= 1
        if k < 0:
            return None
        return sent.span(a, toks[k].end)

    # ---------------------------------------------------------------- claims
    def _claim(self, sent: _Sentence, content: tuple[str, int]) -> tuple[Span | None, str]:
        kind, j = content
        toks = sent.toks
        n = len(toks)
        if kind == "comp":
            w = toks[j].text
            start_tok = j if any(w.endswith(p) and not w.endswith("ان") for p in _PRON) and w not in {"ان", "بان"} else j + 1
            if is_complementizer(w) and w[-1:] in "ان" and w in {"ان", "بان", "وان", "فان", "لان"}:
                start_tok = j + 1
        elif kind == "colon":
            start_tok = j + 1
        else:
            start_tok = j
        if start_tok >= n:
            return None, "indirect"
        first = toks[start_tok]
        if first.text in _OPEN and kind in ("quote", "colon"):
            close = self._closing_quote(sent, start_tok)
            if close is not None:
                return sent.span(first.end, close), "direct"
        a = first.start
        b = sent.end
        claim_text = sent.nt.text[a:b]
        # trailing punctuation is not part of the claim
        m = len(claim_text)
        while m > 0 and (claim_text[m - 1].isspace() or claim_text[m - 1] in ".،,؛;:!؟?"
                         or (claim_text[m - 1] in ")]" and "(" not in claim_text[:m] and "[" not in claim_text[:m])):
            m -= 1  # (and a bracket closed outside the claim: "(إن الله مع الصابرين)")
        b = a + m
        body = sent.nt.text[a:b]
        has_quote = any(q in body for q in "«»“”\"")
        return sent.span(a, b), ("mixed" if has_quote else "indirect")

    def _trim_claims(self, sent: _Sentence, found: list[tuple[int, Candidate]]) -> list[Candidate]:
        """A claim ends where the next report of the sentence begins (، مضيفا أن / وأضاف / بحسب قوله)."""
        toks = sent.toks
        stops: list[int] = []  # original offsets where a new report or a re-attribution starts
        for k, t in enumerate(toks):
            prev = toks[k - 1].text if k else ""
            if prev in _BUT_PRON and k > 1 and toks[k - 2].text in _COMMA and self._verb_form(t.text) is not None:
                stops.append(sent.nt.to_original(toks[k - 2].start))
                continue
            if prev not in _COMMA and not (t.text[:1] in "وف" and k > 0):
                continue
            form = self._verb_form(t.text)
            if form is not None and (form.aspect == "participle" or form.clitic):
                stops.append(sent.nt.to_original(toks[k - 1].start if prev in _COMMA else t.start))
                continue
            acc = self._match_according(toks, k) if prev in _COMMA else None
            if acc is not None:
                stops.append(sent.nt.to_original(toks[k - 1].start))
        out = []
        for idx, c in found:
            claim = c.claim
            if claim is not None and c.kind not in ("direct",):
                for s in stops:
                    if claim.start < s < claim.end and s > c.cue.end:
                        t = sent.nt.original[claim.start:s].rstrip(" ،,؛;")
                        if t:
                            claim = Span(claim.start, claim.start + len(t), t)
                        break
            if claim is not c.claim:
                kind = c.kind
                if kind == "mixed" and not any(q in claim.text for q in "«»“”\""):
                    kind = "indirect"
                c = Candidate(c.cue, c.sentence, c.speaker, claim, kind, c.gender, c.number, c.type_hint,
                              c.confidence, c.via)
            out.append(c)
        return out

    def _span_of(self, sent: _Sentence, toks: list[Tok] | None, drop_first: int = 0) -> Span | None:
        if not toks:
            return None
        if drop_first:
            # وفقا لأرامكو: the proclitic ل is not part of the speaker's name
            t0 = toks[0]
            toks = [Tok(t0.start + (2 if t0.text.startswith("لل") else 1), t0.end, t0.text)] + list(toks[1:])
        # drop quote marks at the edges of a mention (شركة "غوغل" keeps its inner quotes)
        a, b = 0, len(toks)
        while a < b and toks[a].text in _QUOTES | _COMMA:
            a += 1
        while b > a and toks[b - 1].text in _COMMA:
            b -= 1
        if b > a and toks[b - 1].text in _QUOTES and sum(t.text in _QUOTES for t in toks[a:b]) % 2 == 1:
            b -= 1
        if b <= a:
            return None
        return sent.span(toks[a].start, toks[b - 1].end)



def _with(c: Candidate, **kw) -> Candidate:
    return replace(c, **kw)


@functools.lru_cache(maxsize=4)
def _extractor(lexicon: Lexicon) -> RulesExtractor:
    return RulesExtractor(lexicon)


_WORDS = re.compile(r"\w+")


def candidates(nt: NormalizedText, sentences: list[tuple[int, int]], lexicon: Lexicon) -> list[Candidate]:
    """All candidates of a document; ``sentences`` are normalised-text spans.

    Only sentences holding a cue word are tokenised and analysed: most news sentences report
    nothing, and skipping them keeps the rules cheap.
    """
    ex = _extractor(lexicon)
    t = nt.text
    a_, b_ = t.find("»"), t.find("«")
    if a_ != -1 and b_ != -1 and a_ < b_:
        # some papers' copy opens with » and closes with «: read the normalised view the usual way
        nt = NormalizedText(nt.original, t.translate(_SWAP_GUILLEMETS), nt.origin, nt.drops)
        t = nt.text
    triggers = ex.triggers
    out: list[Candidate] = []
    known: set[str] = set()
    reported = -2  # index of the last sentence with a report
    for si, (a, b) in enumerate(sentences):
        if triggers.isdisjoint(_WORDS.findall(t, a, b)):
            continue
        stoks = [Tok(*m.span(), m.group()) for m in _TOKEN.finditer(t, a, b)]
        found = ex.sentence_candidates(_Sentence(nt, stoks, si, a, b), known)
        if found and found[0].speaker is None and found[0].kind not in ("unattributed", "according_to") \
                and si > 0 and reported != si - 1 and found[0].cue.start - nt.to_original(a) <= 2:
            # "التقى الوزير نظيره. وأكد أن…": a report opening a sentence continues the subject of
            # the sentence before, when that one reported nothing
            pa, pb = sentences[si - 1]
            ptoks = [Tok(*m.span(), m.group()) for m in _TOKEN.finditer(t, pa, pb)]
            prev = _Sentence(nt, ptoks, si - 1, pa, pb)
            ante = ex._span_of(prev, ex._main_clause_subject(prev, len(ptoks)))
            if ante is not None:
                found[0] = _with(found[0], antecedent=ante)
        if found:
            reported = si
        for c in found:
            if c.speaker is not None:
                known.update(w for w in norm_word(c.speaker.text).split() if not w.startswith("ال"))
                info = analyse_mention(c.speaker.text, lexicon)
                if info.type == "person" and info.name:
                    known.update(norm_word(info.name).split())  # surnames with ال: الغامدي
        out.extend(found)
    return out
