"""Passive and impersonal reports: ``يشار إلى أن…``، ``وقيل إن…`` — unattributed claims."""
from __future__ import annotations

from attribution.backends.rules.claims import claim_of
from attribution.backends.rules.context import Sentence
from attribution.backends.rules.cues import sentence_initial
from attribution.backends.rules.words import is_complementizer
from attribution.lexicon.closed import PASSIVE
from attribution.records import Candidate

_REACH = 3  # the complementizer follows within three words: يشار إلى أن، وقيل أيضا إن


def passive_report(sent: Sentence, i: int) -> Candidate | None:
    """The unattributed report of the clause-initial passive form at token ``i`` (a key of PASSIVE)."""
    if not sentence_initial(sent, i):
        return None
    toks = sent.toks
    for j in range(i + 1, min(len(toks), i + _REACH + 1)):
        if is_complementizer(toks[j].text):
            claim, _ = claim_of(sent, ("comp", j))
            if claim is None:
                return None
            w = toks[i].text
            off = 1 if w[:1] == "و" and w[1:] in PASSIVE else 0
            cue = sent.cue(toks[i].start + off, toks[i].end, w[off:], PASSIVE.get(w) or "report")
            return Candidate(cue=cue, sentence=sent.index, speaker=None, claim=claim,
                             kind="unattributed", confidence=0.7)
    return None
