"""Text search in the store: SQLite FTS5 indexes over claims and speakers.

``claims_fts`` indexes each attribution (``rowid`` = ``attributions.id``: the claim, the
speaker's name and mention, the role), ``speakers_fts`` each speaker (``rowid`` = ``speakers.id``:
the name with its aliases, the roles).  Each column is indexed as written — what datasette's
``_search`` matches — and, when they differ, also after Arabic normalisation
(:func:`attribution.text.normalize.fold`: diacritics, tatweel, أ/إ/آ → ا, ى → ي, ة → ه), which
is what :func:`claim_filter` looks for.  The trigram tokenizer makes every term a substring
match, so العقوبات finds والعقوبات and بالعقوبات: Arabic writes its proclitics (و ف ب ل ك ال)
as part of the word.

Both are external-content indexes of their tables (``content="attributions"``): they hold no
copy of the text, and datasette finds them by themselves (``datasette claims.db``: a search box
on ``attributions`` and ``speakers``).  The indexed values are computed in Python
(:func:`register`: functions on this library's own connections only, never in the schema), so
an FTS5 ``'rebuild'`` from the tables alone would lose the folded forms; the library never runs one.
"""
from __future__ import annotations

import functools
import re
import sqlite3
from typing import Any, Sequence

from attribution.errors import FilterError
from attribution.text.normalize import fold

__all__ = ["FTS_SQL", "TOKENIZER", "register", "index_claims", "index_documents", "index_rows", "unindex_claims", "index_speakers", "unindex_speakers",
           "terms",
           "claim_filter", "speaker_filter", "searchable"]

#: A trigram tokenizer (SQLite ≥ 3.34) gives substring matches; older SQLite falls back to words.
TOKENIZER = "trigram" if sqlite3.sqlite_version_info >= (3, 34) else "unicode61 remove_diacritics 2"
#: The two indexes (created by schema migration 4); their columns are their tables'.
FTS_SQL = f"""
CREATE VIRTUAL TABLE claims_fts USING fts5(claim_text, speaker_name_doc, speaker_mention, speaker_role,
    content="attributions", content_rowid="id", tokenize='{TOKENIZER}');
CREATE VIRTUAL TABLE speakers_fts USING fts5(name, roles, content="speakers", content_rowid="id",
    tokenize='{TOKENIZER}');
"""
_MIN_TERM = 3 if TOKENIZER == "trigram" else 1  # trigram matches nothing shorter than 3 characters
_SEPARATOR = " \u2029 "  # between a text and its folded form: no search term spans it


def searchable(text: str | None) -> str:
    """A text as indexed: as written, then folded when that differs.

    >>> searchable("الأمن") == "الأمن \u2029 الامن", searchable("الامن")
    (True, 'الامن')
    """
    if not text:
        return ""
    return _short_searchable(text) if len(text) <= 80 else _searchable(text)


def _searchable(text: str) -> str:
    # fold's own cache is the extractor's (names, cue words): a claim, met once, is not kept there
    folded = _fold_once(text)
    return text if folded == text else text + _SEPARATOR + folded


_fold_once = getattr(fold, "__wrapped__", fold)
_short_searchable = functools.lru_cache(maxsize=1 << 14)(_searchable)  # names and roles recur


# an external-content index forgets a row by being given its values again ('delete'): one SELECT for both
_CLAIM_VALUES = """
SELECT {command} id, attribution_searchable(claim_text), attribution_searchable(speaker_name_doc),
       attribution_searchable(speaker_mention), attribution_searchable(speaker_role)
FROM attributions"""
_CLAIM_COLUMNS = "rowid, claim_text, speaker_name_doc, speaker_mention, speaker_role"
_CLAIM_ROWS = f"INSERT INTO claims_fts({_CLAIM_COLUMNS})" + _CLAIM_VALUES.format(command="")
_CLAIM_DELETE = f"INSERT INTO claims_fts(claims_fts, {_CLAIM_COLUMNS})" + _CLAIM_VALUES.format(command="'delete',")
# one speaker's indexed values (a correlated subquery: the same values for one speaker as for all)
_SPEAKER_VALUES = """
SELECT {command} s.id, attribution_searchable(concat_ws(' | ', s.name, (SELECT group_concat(DISTINCT alias)
       FROM speaker_aliases al WHERE al.speaker_id = s.id))), attribution_searchable(s.roles)
FROM speakers s"""
_SPEAKER_ROWS = "INSERT INTO speakers_fts(rowid, name, roles)" + _SPEAKER_VALUES.format(command="")
_SPEAKER_DELETE = "INSERT INTO speakers_fts(speakers_fts, rowid, name, roles)" + _SPEAKER_VALUES.format(
    command="'delete',")


def _concat_ws(sep: str, *parts: Any) -> str:
    return sep.join(str(p) for p in parts if p not in (None, ""))


def register(c: sqlite3.Connection) -> None:
    """The SQL functions the index statements use, on one connection (``concat_ws`` is SQLite
    3.44's; it is defined here for older ones)."""
    c.create_function("attribution_searchable", 1, searchable, deterministic=True)
    if sqlite3.sqlite_version_info < (3, 44):
        c.create_function("concat_ws", -1, _concat_ws, deterministic=True)


def index_claims(c: sqlite3.Connection, doc_id: str | None = None) -> None:
    """Index the attributions of ``doc_id`` (every attribution with ``None``), in the caller's transaction."""
    if doc_id is None:
        c.execute(_CLAIM_ROWS)
    else:
        index_documents(c, [doc_id])


def index_documents(c: sqlite3.Connection, doc_ids: Sequence[str]) -> None:
    """Index the attributions of several documents at once, outside any savepoint: FTS5 writes
    its pending terms out at each savepoint, so one index per document in its own savepoint
    made a small segment each (a third of an ingest's CPU)."""
    for i in range(0, len(doc_ids), 500):
        chunk = list(doc_ids[i:i + 500])
        c.execute(_CLAIM_ROWS + f" WHERE doc_id IN ({','.join('?' * len(chunk))})", chunk)


def index_rows(c: sqlite3.Connection, rows: Sequence[tuple[int, str, str, str, str]]) -> None:
    """Index attributions given by their values as indexed, ``(id, claim, speaker name, mention,
    role)`` each :func:`searchable` (:mod:`attribution.store.rows` computes them with the records),
    outside any savepoint (see :func:`index_documents`)."""
    c.executemany(f"INSERT INTO claims_fts({_CLAIM_COLUMNS}) VALUES (?, ?, ?, ?, ?)", rows)


def unindex_claims(c: sqlite3.Connection, doc_id: str) -> None:
    """Drop the attributions of ``doc_id`` from the index (before they are deleted)."""
    c.execute(_CLAIM_DELETE + " WHERE doc_id = ?", (doc_id,))


def index_speakers(c: sqlite3.Connection, ids: Sequence[int] | None = None) -> None:
    """Index the speakers ``ids`` (their names and aliases change with every identity pass); with
    ``None``, rebuild the whole speaker index."""
    if ids is None:
        c.execute("INSERT INTO speakers_fts(speakers_fts) VALUES ('delete-all')")
        c.execute(_SPEAKER_ROWS)
        return
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        c.execute(_SPEAKER_ROWS + f" WHERE s.id IN ({','.join('?' * len(chunk))})", chunk)


def unindex_speakers(c: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Drop the speakers ``ids`` from the index, before their names or aliases change."""
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        c.execute(_SPEAKER_DELETE + f" WHERE s.id IN ({','.join('?' * len(chunk))})", chunk)


_TERM = re.compile(r'"([^"]+)"|([^\s"]+)')


def _term(word: str) -> str:
    # a word's article is left to the substring match: العقوبات finds عقوبات، والعقوبات، بالعقوبات
    return word[2:] if word.startswith("ال") and len(word) > 4 and " " not in word else word


def terms(query: str) -> list[str]:
    """The search terms of ``query``: its words and "quoted phrases", folded, a word without
    its article ال (so that it also finds the word without it).

    >>> terms('العقوباتُ "مجلس الأمن" أكد')
    ['عقوبات', 'مجلس الامن', 'اكد']
    """
    return [_term(t) for t in (fold((a or b).replace("\x00", "")) for a, b in _TERM.findall(query)) if t]


def _where(table: str, query: str) -> tuple[str, list[Any]]:
    words = terms(query)
    if not words:
        raise FilterError(f"the search {query!r} has no words")
    rows, text = _ROWS[table]
    where, params = [], []
    long = [w for w in words if len(w) >= _MIN_TERM]
    if long:
        where.append(f"rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
        params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long))
    for w in words:
        if len(w) < _MIN_TERM:  # too short for the index: a substring test on the row's folded text
            where.append(f"instr(attribution_searchable({text}), ?) > 0")
            params.append(w)
    return f"{rows} WHERE " + " AND ".join(where), params


_ROWS = {  # the rows an index stands for, and their text (for the terms the index cannot find)
    "claims_fts": ("SELECT id FROM attributions", "concat_ws(' ', claim_text, speaker_name_doc, speaker_mention, "
                                                   "speaker_role)"),
    "speakers_fts": ("SELECT id FROM speakers", "concat_ws(' ', name, roles)"),
}


def claim_filter(query: str) -> tuple[str, list[Any]]:
    """An SQL condition on ``a.id`` (an attribution) and its parameters: the claims whose text,
    speaker, mention or role hold every term of ``query`` (folded; "quoted phrases" whole).

    Raises :class:`~attribution.errors.FilterError` when ``query`` has no words.
    """
    sql, params = _where("claims_fts", query)
    return f"a.id IN ({sql})", params


def speaker_filter(query: str) -> tuple[str, list[Any]]:
    """An SQL condition on ``s.id`` (a speaker): its name, aliases or roles hold every term of ``query``."""
    sql, params = _where("speakers_fts", query)
    return f"s.id IN ({sql})", params
