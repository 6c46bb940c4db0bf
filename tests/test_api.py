"""The library's front door: `import attribution as at` lists what a notebook needs, and a store
opened for reading is never created by mistake."""
from __future__ import annotations

import pydoc

import pytest

import attribution as at


def test_open_store_is_public_and_documented():
    assert {"open_store", "extract_many", "extract_text", "FilterError"} <= set(at.__all__)
    shown = pydoc.render_doc(at, renderer=pydoc.plaintext)
    assert "open_store(path, *, create: bool = False)" in shown and "extract_many(" in shown


def test_a_missing_store_is_an_error_not_a_new_file(tmp_path):
    with pytest.raises(at.StoreError, match="no claim store at .*create=True"):
        at.open_store(tmp_path / "typo.db")
    assert not (tmp_path / "typo.db").exists()
    with at.open_store(tmp_path / "new.db", create=True) as store:
        store.ingest_documents([at.Document("a", "وقال سعد العتيبي إن الجلسة انتهت.")], backend="rules")
    with at.open_store(tmp_path / "new.db") as store:
        assert store.claims()["claim"].tolist() == ["الجلسة انتهت"]
        with pytest.raises(at.FilterError):
            store.claims(kind="quote")
        with pytest.raises(ValueError):  # FilterError is a ValueError too
            store.claims(since="yesterday")
