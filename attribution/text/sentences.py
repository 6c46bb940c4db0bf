"""Sentence splitting for Arabic news that keeps quotations and abbreviations whole.

Rules, each from news text:
- a newline is always a boundary (wire copy puts one paragraph a line);
- ``. ! ? ؟ …`` end a sentence when followed by space or a closing quote, unless the point sits
  in a number (3.5), after a one-letter or listed abbreviation (د. م. ص.), or inside an open
  quotation «…» “…” "…" that closes later in the same paragraph
  (وقال الوزير: "الأمر مهم. سنعمل عليه". stays one sentence);
- ``، ؛ :`` never end a sentence (they separate clauses of one report);
- a link line is none of the article's sentences: «رابط الخبر بصحيفة…: <headline>»، «اقرأ أيضا: …»،
  «المصدر: …» name another article or the source, and a headline there reports nothing;
- a byline closed by its colon is a sentence of its own (سبق- متابعة: …، الرياض - وكالات: …):
  the report after it opens its sentence.

>>> t = 'وقال د. أحمد: "الوضع صعب. لكننا سنعمل". وأضاف أن النسبة 3.5 بالمئة.'
>>> [t[s.start:s.end] for s in split_sentences(t)]
['وقال د. أحمد: "الوضع صعب. لكننا سنعمل".', 'وأضاف أن النسبة 3.5 بالمئة.']
"""
from __future__ import annotations

import re

from attribution.records import Span

_CANDIDATE = re.compile(r"[.!?؟…]+[\"»”’')\]]*(?=\s|$|[\u0621-\u064A])")
_WORD_AFTER = re.compile(r"[^\s]*")
#: words that open an according-to phrase (the lexicon's according_to.tsv holds the whole phrases)
_ACCORDING_OPENERS = frozenset({"وفقا", "وفقاً", "وفق", "بحسب", "حسب", "حسبما", "نقلا", "نقلاً", "طبقا", "طبقاً"})
_PARAGRAPH = re.compile(r"[^\n]+")
# Abbreviations that end in a point inside a sentence (titles, units, months).
_ABBREVIATIONS = frozenset("د م ص ق ج ه أ ا ب ت س ع ف ك ل ن و ي ش أ.د إلخ الخ ق.م تل ص.ب".split())
# a link line's label, before its colon (written or normalised: اقرأ/اقرا أيضا/ايضا)
_LINK_LINE = re.compile(r"\s*(?:رابط الخبر|(?:اقرأ|اقرا|شاهد) (?:أيضا|ايضا|أيضاً)|المصدر|للمزيد)[^:\n]{0,30}:")
# a byline: a few words, a dash, the desk's label and a colon (فهد العتيبي- سبق- متابعة:)
_BYLINE = re.compile(r"[^:\n.]{0,60}[-–—]\s*(?:متابعة|وكالات|خاص)\s*:")
_OPENERS = {"«": "»", "“": "”", "„": "”"}
_MAX_QUOTE = 1200
_NEAR_STRAIGHT = 150  # characters around a point inside "…"
_SWAP = str.maketrans({"»": "«", "«": "»"})  # characters: a quote left open longer than this is a stray mark


def _quote_open_at(par: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened in the current sentence (from ``start``) and closed later?

    Counting from the sentence start, not the paragraph, keeps one stray quote mark from
    gluing the rest of a paragraph into one sentence.
    """
    lo = max(start, pos - _MAX_QUOTE)
    for op, cl in _OPENERS.items():
        o = par.rfind(op, lo, pos)
        if o != -1 and par.rfind(cl, o, pos) == -1 and par.find(cl, pos, pos + _MAX_QUOTE) != -1:
            return True
    # straight quotes pair up in order: an odd count since the sentence start means one is open;
    # they carry no direction, so only a near pair protects a point (a stray mark in a headline
    # must not glue the article together)
    if par.count('"', lo, pos) % 2 == 1:
        last = par.rfind('"', lo, pos)
        nxt = par.find('"', pos, pos + _NEAR_STRAIGHT)
        if nxt != -1 and pos - last <= _NEAR_STRAIGHT:
            return True
    return False


def _glued_boundary(par: str, start: int, mark: int, end: int) -> bool:
    """Does a point with the next sentence glued to it end a sentence (…الساعات المقبلة".إلى ذلك،
    …التعليم.وأبان)?  Words of three letters or more on both sides; not a dotted acronym
    (أن.بي.سي، د.ب.أ، آر.إم) nor an initial (محمد.أ); an according-to phrase or a participle of the
    shape مُفعِلاً after it still belongs to the sentence before (…حول هذه الواقعة.”وفقا لرويترز.،
    …على النظام.مؤكدا أنه…)."""
    marks = par[mark:end].rstrip("\"»”’')]")
    if len(marks) > 1 or marks == "…" or par.count("(", start, mark) > par.count(")", start, mark):
        return False  # (…كبيرة..اللي، (ألقي حقيبتك..ألقي حقيبتك): an ellipsis, or inside brackets, goes on
    j = mark
    while j > 0 and not par[j - 1].isspace():
        j -= 1
    before = par[j:mark].strip("\"»”«“(")
    after = _WORD_AFTER.match(par, end).group()
    word = after.rstrip("،,")
    return len(before) >= 3 and "." not in before and "." not in after and sum(ch.isalpha() for ch in after) >= 3 \
        and word not in _ACCORDING_OPENERS and not _participle_shape(word)


def _participle_shape(word: str) -> bool:
    """A word of the shape مُفعِلاً, an accusative participle (مؤكدا، مشدداً): the state of the
    speaker before it, going on with that sentence."""
    return word.startswith("م") and word.endswith(("ا", "اً", "ًا"))


def _pause_before_participle(par: str, mark: int, end: int) -> bool:
    """Are the marks at ``mark`` two points, the pause news copy writes for a comma, with a
    participle after them (…تفقد المنافذ.. مشدداً على يقظة…)?  The participle goes on with the
    sentence before."""
    if par[mark:end].rstrip() != "..":
        return False
    k = end
    while k < len(par) and par[k].isspace():
        k += 1
    word = _WORD_AFTER.match(par, k).group().rstrip("،,")
    return _participle_shape(word) and not word.endswith("ها")  # (…الإرهاب.. مصدرها التطرف: a noun and its pronoun)


def _is_abbreviation(par: str, dot: int) -> bool:
    j = dot
    while j > 0 and not par[j - 1].isspace() and par[j - 1] not in "(«\"“":
        j -= 1
    word = par[j:dot]
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (trimmed of surrounding whitespace)."""
    spans: list[Span] = []
    for pm in _PARAGRAPH.finditer(text):
        par = pm.group()
        if _LINK_LINE.match(par):
            continue
        a, b = par.find("»"), par.find("«")
        if a != -1 and b != -1 and a < b:
            par = par.translate(_SWAP)  # copy that opens with » and closes with «
        base = pm.start()
        start = 0
        byline = _BYLINE.match(par)
        if byline:
            _add(spans, text, base, base + byline.end())
            start = byline.end()
        for m in _CANDIDATE.finditer(par, start):
            mark = m.start()
            if m.end() < len(par) and not par[m.end()].isspace() and not _glued_boundary(par, start, mark, m.end()):
                continue
            if _pause_before_participle(par, mark, m.end()):
                continue
            if par[mark] == "." and m.end() - mark == 1:
                if mark + 1 < len(par) and par[mark + 1].isdigit():
                    continue
                if _is_abbreviation(par, mark):
                    continue
            closing = par[m.start():m.end()].lstrip(".!?؟…")
            before = par[max(0, mark - 2):mark].rstrip()
            if before.endswith(('"', "»", "”")):
                pass  # a quote closing right before the point: the sentence ends here (…التهديدات ".)
            elif not closing and _quote_open_at(par, start, mark):
                continue
            if closing and _quote_open_at(par, start, m.end()):
                continue
            _add(spans, text, base + start, base + m.end())
            start = m.end()
        _add(spans, text, base + start, base + len(par))
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))


def sentence_spans(text: str, nt=None) -> list[tuple[int, int]]:
    """Sentence offsets in the original ``text``, numbered as the extractor numbers them: it
    splits the normalised view (``nt``, computed when not given), where a stray mark or a
    presentation form can move a boundary.

    >>> sentence_spans("قالَ الوزير: نعم. وأضاف أن لا.")
    [(0, 17), (18, 30)]
    """
    from attribution.text.normalize import normalize_text

    nt = nt if nt is not None else normalize_text(text)
    return [nt.original_span(s.start, s.end) for s in split_sentences(nt.text)]
