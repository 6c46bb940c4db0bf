"""Lexicons: reporting verbs with every inflection, according-to phrases, speaker words.

The files live in ``attribution/lexicon/data``; :mod:`attribution.lexicon.cues` loads them.
"""
from attribution.lexicon.cues import Lexicon, VerbForm, default_lexicon, load_lexicon
from attribution.lexicon.names import given_names

__all__ = ["Lexicon", "VerbForm", "default_lexicon", "given_names", "load_lexicon"]
