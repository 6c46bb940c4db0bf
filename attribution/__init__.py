"""attribution: Arabic-first claim and attribution tracker for reported speech.

>>> import attribution as at
>>> records = at.extract_text("وقال الوزير إن الاتفاق جاهز.")
>>> records[0].claim.text, records[0].context.text
('الاتفاق جاهز', 'وقال الوزير إن الاتفاق جاهز.')

A claim store made by ``attribution ingest`` opens with :func:`open_store` (``create=True``
makes a new one); ``store.claims(...)`` and ``store.graph(...)`` read it.
"""
from attribution.records import Attribution, Candidate, Cue, Document, Span
from attribution.errors import (AttributionError, BackendUnavailable, FilterError, InputError, LexiconError,
                                StoreError)

__version__ = "0.1.0"

__all__ = [
    "Attribution", "Candidate", "Cue", "Document", "Span",
    "AttributionError", "BackendUnavailable", "FilterError", "InputError", "LexiconError", "StoreError",
    "extract_text", "extract_document", "extract_many", "open_store",
]


def extract_document(doc, **kwargs):
    """Extract attributions from a :class:`Document` (see :func:`attribution.pipeline.extract_document`)."""
    from attribution.pipeline import extract_document as _extract

    return _extract(doc, **kwargs)


def extract_text(text: str, doc_id: str = "doc", **kwargs):
    """Extract attributions from one article given as a string."""
    return extract_document(Document(doc_id, text), **kwargs)


def extract_many(docs, **kwargs):
    """Extract many documents, yielding ``(document, records)`` in input order, in worker
    processes with ``jobs=N`` (see :func:`attribution.pipeline.extract_many`)."""
    from attribution.pipeline import extract_many as _extract_many

    return _extract_many(docs, **kwargs)


def open_store(path, *, create: bool = False):
    """Open the claim store at ``path`` (a :class:`~attribution.store.core.Store`, a context manager).

    A path with no store is a :class:`StoreError` unless ``create=True`` makes a new one, so a
    mistyped path never reads as an empty store.  ``store.claims(speaker=, topic=, search=, …)``
    gives a DataFrame, ``store.graph(...)`` a networkx graph; an unknown filter value raises
    :class:`FilterError`.  See :func:`attribution.store.core.open_store`.
    """
    from attribution.store.core import open_store as _open_store

    return _open_store(path, create=create)
