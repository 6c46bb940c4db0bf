"""Helpers for the rule-family tests: a sentence view and a document context from Arabic text."""
from __future__ import annotations

import pytest

from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.lexicon.cues import default_lexicon
from attribution.text.normalize import norm_word, normalize_text


class Reader:
    """Builds what the rules read from plain text, and reads their answers back as text."""

    def context(self, known: tuple[str, ...] = ()) -> Context:
        """A fresh document context; ``known``: speaker-name words already seen in the document."""
        ctx = Context.of(default_lexicon())
        ctx.known.update(norm_word(w) for w in known)
        return ctx

    def sentence(self, text: str) -> Sentence:
        nt = normalize_text(text)
        return Sentence.of(nt, 0, 0, len(nt.text))

    def index(self, sent: Sentence, word: str, nth: int = 0) -> int:
        """Token index of the ``nth`` occurrence of ``word`` (written as in the text)."""
        w = norm_word(word)
        return [k for k, t in enumerate(sent.toks) if t.text == w][nth]

    def text(self, sent: Sentence, toks: list[Tok] | None) -> str | None:
        """The original text from the first to the last of ``toks`` (None for no tokens)."""
        if not toks:
            return None
        s, e = sent.nt.original_span(toks[0].start, toks[-1].end)
        return sent.nt.original[s:e]

    def noun_phrase(self, words: str) -> str | None:
        """The noun phrase :func:`~attribution.backends.rules.noun_phrase.np_end` reads at the start of
        ``words``, as written (the noun-phrase families' tables all ask this)."""
        from attribution.backends.rules.noun_phrase import np_end

        sent = self.sentence(words)
        return self.text(sent, sent.toks[:np_end(self.context(), sent.toks)])

    def rest(self, sent: Sentence, k: int) -> str:
        """The original text from token ``k`` to the sentence end."""
        s, _ = sent.nt.original_span(sent.toks[k].start, sent.toks[k].end)
        return sent.nt.original[s:]


@pytest.fixture(scope="session")
def ar() -> Reader:
    return Reader()
