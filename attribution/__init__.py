"""attribution: Arabic-first claim and attribution tracker for reported speech.

>>> import attribution as at
>>> records = at.extract_text("وقال الوزير إن الاتفاق جاهز.")
"""
from attribution.records import Attribution, Candidate, Cue, Document, Span
from attribution.errors import AttributionError, BackendUnavailable, InputError, LexiconError, StoreError

__version__ = "0.1.0"

__all__ = [
    "Attribution", "Candidate", "Cue", "Document", "Span",
    "AttributionError", "BackendUnavailable", "InputError", "LexiconError", "StoreError",
    "extract_text", "extract_document", "extract_many", "open_store",
]


def extract_document(doc, **kwargs):
    """Extract attributions from a :class:`Document` (see :func:`attribution.pipeline.extract_document`)."""
    from attribution.pipeline import extract_document as _extract

    return _extract(doc, **kwargs)


def extract_text(text: str, doc_id: str = "doc", **kwargs):
    """Extract attributions from one article given as a string."""
    return extract_document(Document(doc_id, text), **kwargs)


def __getattr__(name):  # lazy, so `import attribution` stays cheap
    if name == "open_store":
        from attribution.store.core import open_store

        return open_store
    if name == "extract_many":
        from attribution.pipeline import extract_many

        return extract_many
    raise AttributeError(name)
