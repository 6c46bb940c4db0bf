"""Extraction entry points: a document in, resolved attribution records out.

(The rules engine is being written; this placeholder keeps the interface.)
"""
from __future__ import annotations

from attribution.records import Attribution, Document


def extract_document(doc: Document, *, lexicon=None, backend: str = "rules") -> list[Attribution]:
    """Return the attributions of one document, in text order."""
    return []
