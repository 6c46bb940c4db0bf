"""The reports of a document, sentence by sentence, with what one sentence tells the next.

The names of the speakers found grow the document's known names (a bare name is read as a
subject once known: ``وصف سيرومولوتوف الحوار…``), and a report opening a sentence with no
subject takes the subject of the sentence before as its antecedent (``التقى الوزير نظيره. وأكد أن…``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from attribution.backends.rules.context import Context, Sentence, sentence_tokens
from attribution.backends.rules.cues import may_report, triggers
from attribution.backends.rules.sentence import sentence_reports
from attribution.backends.rules.subjects import main_clause_subject
from attribution.lexicon.cues import Lexicon
from attribution.records import Candidate, Span
from attribution.speakers.mention import analyse_mention
from attribution.text.normalize import NormalizedText, norm_word
from attribution.text.tokens import DocumentTokens, document_tokens

_SWAP_GUILLEMETS = str.maketrans({"»": "«", "«": "»"})


def candidates(nt: NormalizedText, sentences: list[tuple[int, int]], lexicon: Lexicon) -> list[Candidate]:
    """All candidates of a document; ``sentences`` are normalised-text spans.

    Only sentences holding a cue word are tokenised and analysed: most news sentences report
    nothing, and skipping them keeps the rules cheap.
    """
    nt = _usual_guillemets(nt)
    ctx = Context.of(lexicon)
    trigger_words = triggers(lexicon)
    doc = document_tokens(nt.text)  # (the mention index reads the same tokens)
    out: list[Candidate] = []
    reported = -2  # index of the last sentence with a report
    for si, (a, b) in enumerate(sentences):
        if not _may_report(trigger_words, doc, a, b):
            continue
        found = sentence_reports(ctx, Sentence.of(nt, si, a, b, sentence_tokens(doc, a, b)))
        if found and si > 0 and reported != si - 1 and _opens_without_subject(nt, found[0], a):
            # "التقى الوزير نظيره. وأكد أن…": a report opening a sentence continues the subject of
            # the sentence before, when that one reported nothing
            pa, pb = sentences[si - 1]
            ante = _subject_of(ctx, Sentence.of(nt, si - 1, pa, pb, sentence_tokens(doc, pa, pb)))
            if ante is not None:
                found[0] = replace(found[0], antecedent=ante)
        if found:
            reported = si
        _learn_names(ctx, found)
        out.extend(found)
    return out


def _may_report(trigger_words: frozenset[str], doc: DocumentTokens, a: int, b: int) -> bool:
    """:func:`~attribution.backends.rules.cues.may_report` of ``doc.text[a:b]``, asked of the
    document's words (no trigger is a punctuation mark) when the stretch is made of whole tokens."""
    span = doc.bounds(a, b)
    if span is None:
        return may_report(trigger_words, doc.text, a, b)
    return not trigger_words.isdisjoint(doc.words[span[0]:span[1]])


def _usual_guillemets(nt: NormalizedText) -> NormalizedText:
    """Some papers' copy opens with » and closes with «: read the normalised view the usual way."""
    t = nt.text
    a, b = t.find("»"), t.find("«")
    if a != -1 and b != -1 and a < b:
        return NormalizedText(nt.original, t.translate(_SWAP_GUILLEMETS), nt.origin, nt.drops)
    return nt


def _opens_without_subject(nt: NormalizedText, c: Candidate, start: int) -> bool:
    """Is ``c`` a verb report with no speaker whose cue opens the sentence starting at ``start``,
    or follows only a fronted prepositional phrase (وفي كلمته أكد…، وخلال اللقاء، أوضح…)?"""
    if c.speaker is not None or c.kind in ("unattributed", "according_to"):
        return False
    head = nt.original[nt.to_original(start):c.cue.start]
    return len(head.strip()) <= 2 or _FRONTED.fullmatch(head) is not None


#: A prepositional phrase of at most four words fronted before the verb (normalised spellings too).
_FRONTED = re.compile(r"\s*[وف]?(?:في|فى|خلال|عقب|بعد|قبل|أثناء|اثناء|لدى|لدي|من)\s+(?:[^\s،,.؟!:]+\s+){0,3}?"
                      r"[^\s،,.؟!:]+\s*[،,]?\s*[وف]?")


def _subject_of(ctx: Context, sent: Sentence) -> Span | None:
    """The subject of the sentence's main clause (its first word taken as its verb)."""
    return sent.mention(main_clause_subject(ctx, sent, len(sent.toks), reported=False))


def _learn_names(ctx: Context, found: list[Candidate]) -> None:
    """Add the words of the speakers' names to the document's known names."""
    for c in found:
        if c.speaker is not None:
            ctx.known.update(w for w in norm_word(c.speaker.text).split() if not w.startswith("ال"))
            info = analyse_mention(c.speaker.text, ctx.lexicon)
            if info.type == "person" and info.name:
                ctx.known.update(norm_word(info.name).split())  # surnames with ال: الغامدي
