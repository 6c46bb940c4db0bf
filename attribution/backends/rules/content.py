"""Content: where the reported content of a verb starts.

At the complementizer (``وقال الوزير إن …``), a colon (``قال: …``), an opening quote
(``قال "…"``), after a frame preposition (``أشار إلى أن …``، ``أشار الوزير إلى أهمية …``) or at a
ب-phrase (``نوه بالدور …``).  Between the verb and its content stand the subject, apposition and
adverbials; a new clause (``…، ويقاربون``) or a sentence end means no content was found.
"""
from __future__ import annotations

from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.noun_phrase import only_subject
from attribution.backends.rules.quotes import closing_quote
from attribution.backends.rules.words import is_adverbial, is_complementizer, speaker_word
from attribution.lexicon.closed import BUT_PRON, COMMA, FUNCTION, NOUN_COMP, OPEN, QUOTES, STOP_PUNCT
from attribution.lexicon.cues import VerbForm
from attribution.text.morph import strip_article, strip_pronoun

Content = tuple[str, int]  # (kind, token index): comp (at أن), colon, quote, np (a noun phrase)

_MAX_MID = 28  # the most tokens between a verb and its content
_DASHES = frozenset({"-", "–", "—"})
_STOP_OR_COMMA = STOP_PUNCT | COMMA
# a quote after these prepositions is a name or a title, not the content: أشاد بـ"الإنجاز"
_BEFORE_QUOTED_NAME = frozenset({"ب", "ل", "عن", "في", "من", "الي", "علي"})
_NOT_B_CONTENT = ("باسم", "بعد", "بين", "بسبب")  # ب-words that are no content: باسم الوزارة، بعد ذلك
_NEW_CLAUSE = frozenset({"لكن", "ولكن", "بينما", "فيما"})
_PARENTHETICAL = frozenset({"وهو", "وهي", "وهم", "وهما"})


def content_start(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> tuple[Content | None, int]:
    """(content, end of the stretch before it) for the verb at token ``i``; (None, i + 1) if none."""
    toks = sent.toks
    n = len(toks)
    j = i + 1
    limit = min(n, i + 1 + _MAX_MID)
    while j < limit:
        w = toks[j].text
        if w in QUOTES:
            if w not in OPEN:
                j += 1
                continue
            if _quote_is_content(ctx, sent, i, j, form):
                return ("quote", j), j
            # a short quoted name inside the subject (شركة "غوغل"): skip over it
            close = closing_quote(sent, j)
            if close is None or close >= sent.end:
                break
            while j < limit and toks[j].start <= close:
                j += 1
            continue
        if is_complementizer(w):
            if toks[j - 1].text in NOUN_COMP and j > i + 1:
                break  # رغبتهم في أن، قبل أن، يجب أن: the clause belongs to another word
            return ("comp", j), j
        if w == ":":
            return ("colon", j), j
        if w == "." and len(toks[j - 1].text) == 1 and j > i + 1:
            j += 1
            continue  # د. أحمد الحكيم: an abbreviation inside the subject
        if w in STOP_PUNCT or w in _DASHES:
            break
        if w in COMMA and j + 1 < n and not continues_after_comma(ctx, toks, j + 1):
            break  # "…، ويقاربون التشخيص": another clause begins; its أن is not this verb's
        vf = ctx.verb_forms.get(w) if j > i + 1 else None
        if vf is not None and (w[:1] in "وف" or (vf.aspect == "participle" and toks[j - 1].text in COMMA)):
            break  # "…، مؤكدا أن": the participle's content is its own (وأضاف معقبا على… أن: not)
        found = _frame_content(ctx, toks, i, j, form)
        if found is not None:
            return found, j
        j += 1
    return None, i + 1


def _quote_is_content(ctx: Context, sent: Sentence, i: int, j: int, form: VerbForm) -> bool:
    """Is the quote opening at token ``j`` the content of the verb at ``i``?

    A quote right after the verb, or a long one after its subject, is the content; a short one
    is a name inside the subject (شركة "غوغل").
    """
    close = closing_quote(sent, j)
    if close is None or form.meaning == "demand":
        return False
    toks = sent.toks
    n = len(toks)
    m = j + 1
    while m < n and toks[m].start < close:
        m += 1
    inner = toks[j + 1:m]  # the quoted words
    if j == i + 1:
        # (unless it is a short name with the sentence going on after it)
        return not (len(inner) <= 2 and any(toks[k].start > close and toks[k].text not in _STOP_OR_COMMA
                                            for k in range(m, n)))
    comp_inside = bool(inner) and is_complementizer(inner[0].text)  # قال " إن …"
    return (len(inner) >= 5 or comp_inside) and toks[j - 1].text not in _BEFORE_QUOTED_NAME \
        and j - i <= (24 if comp_inside else 16) and _subject_like(ctx, toks[i + 1].text)


def _frame_content(ctx: Context, toks: list[Tok], i: int, j: int, form: VerbForm) -> Content | None:
    """Content after a frame preposition of the verb (أشار إلى أن، أشار الوزير إلى أهمية…), or a ب-phrase."""
    w = toks[j].text
    if w in form.frames and j + 1 < len(toks):
        nxt = toks[j + 1].text
        if is_complementizer(nxt):
            return "comp", j + 1
        if form.np_content and nxt not in STOP_PUNCT and nxt not in COMMA and only_subject(ctx, toks[i + 1:j]):
            return "np", j + 1  # أشار الوزير إلى أهمية…: the preposition right after the subject opens the content
    if "ب" in form.frames and w.startswith("ب") and not w.startswith(_NOT_B_CONTENT) \
            and form.np_content and len(w) > 3 and not speaker_word(ctx, w[1:]) \
            and (j == i + 1 or toks[j - 1].text in COMMA or j - i <= 8):
        return "np", j
    return None


def continues_after_comma(ctx: Context, toks: list[Tok], k: int) -> bool:
    """After a comma between a verb and its content: an apposition, an adverbial, a relative
    clause, a quote or the content itself — not a new clause (…، ويقاربون، …، وهو ما)."""
    v = ctx.v
    w = toks[k].text
    if w.startswith("فان") or w in BUT_PRON or w in _NEW_CLAUSE:
        return False  # "…، فإن مصادر أكدت"، "…، لكنه أقر": another clause
    if is_complementizer(w) or w in QUOTES or w == ":" or w in v.relative or is_adverbial(ctx, w):
        return True
    if w[:1] in "وف" and (w[1:] in v.adverbial or w[1:] in v.relative):
        return True
    if speaker_word(ctx, w) or speaker_word(ctx, strip_pronoun(w)) or strip_article(w) in v.honorific_bare:
        return True  # a role in apposition: "، نائب وزير الخارجية،"
    if w in _PARENTHETICAL:
        return True  # a parenthetical: "، وهو محام عن عشرين أسرة،"
    return not w.startswith(("و", "ف")) and ctx.verb_forms.get(w) is None and w not in FUNCTION


def _subject_like(ctx: Context, w: str) -> bool:
    """Can a subject start with ``w``? Not a preposition, a ب/ل-phrase or a function word."""
    if w in NOUN_COMP or w in FUNCTION or w in QUOTES or w in COMMA:
        return w in COMMA
    return not w.startswith(("بال", "لل")) or speaker_word(ctx, w)
