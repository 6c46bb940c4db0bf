"""The store's listings — claims, speakers, topics, aliases, speaker changes — as SQL and as rows
streamed from a cursor: what ``attribution table``, ``speakers`` and ``topics`` write.

Each listing is one query (:func:`claims_query`, :func:`speakers_query`, :func:`topics_query`,
:data:`ALIASES_SQL`, :data:`SPEAKER_CHANGES_SQL`) with its filters in SQL; the DataFrames of
:mod:`attribution.store.queries` read the same queries.  :func:`rows` runs one and yields plain
dicts, one at a time, with the values a DataFrame row gives (an absent value ``None``, integers
``int``): memory does not grow with the store, and nothing imports pandas.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Callable, Iterator, NamedTuple

from attribution.errors import FilterError
from attribution.store import search as text_search
from attribution.store.filters import check_filters
from attribution.store.identity import speakers_named
from attribution.store.schema import CLAIMS_SQL
from attribution.text.normalize import fold

__all__ = ["Rows", "LISTINGS", "rows", "claim_conditions", "claims_query", "speakers_query", "topics_query", "speaker_row",
           "ALIASES_SQL", "SPEAKER_CHANGES_SQL", "CLAIM_ORDER"]

#: The order of every claim listing (the table, its DataFrame, the graph's claims).
CLAIM_ORDER = "d.date, a.doc_id, a.cue_start, a.id"

#: How many of a topic's speakers its listing names (most claims first, then by name).
TOP_SPEAKERS = 10

ALIASES_SQL = ("SELECT al.speaker_id, s.name AS speaker, al.alias, al.doc_id, al.count "
               "FROM speaker_aliases al JOIN speakers s ON s.id = al.speaker_id "
               "ORDER BY al.speaker_id, al.alias, al.doc_id")
SPEAKER_CHANGES_SQL = "SELECT id, at, change, speaker_id, other_id, n_claims FROM speaker_changes ORDER BY id"

Query = tuple[str, list[Any]]


class Rows(NamedTuple):
    """A listing read from the store: its columns (known before the first row, so an empty
    listing still has its header) and its rows, each a dict, streamed from the cursor."""
    columns: tuple[str, ...]
    rows: Iterator[dict[str, Any]]


def claim_conditions(c: sqlite3.Connection, speaker: str | None = None, topic: str | None = None,
                     doc_id: str | None = None, outlet: str | None = None, kind: str | None = None,
                     meaning: str | None = None, since: str | None = None, until: str | None = None,
                     search: str | None = None) -> tuple[list[str], list[Any]]:
    """The SQL conditions of the claim filters (over ``attributions a JOIN documents d``) and their
    parameters: the one reading of the filters behind :func:`claims` and the graph."""
    check_filters(kind=kind, since=since, until=until, search=search)
    if meaning is not None:
        _check_meaning(c, meaning)
    where: list[str] = []
    params: list[Any] = []
    if search is not None:
        condition, values = text_search.claim_filter(search)
        where.append(condition)
        params += values
    if speaker is not None:
        ids = speakers_named(c, speaker)
        where.append(f"a.speaker_id IN ({','.join('?' * len(ids))})" if ids else "0")
        params += ids
    if topic is not None:
        tids = _topic_ids(c, topic)
        if tids:
            where.append("EXISTS (SELECT 1 FROM claim_topics ct WHERE ct.attribution_id = a.id "
                         f"AND ct.topic_id IN ({','.join('?' * len(tids))}))")
            params += tids
        else:
            where.append("0")
    for column, value in (("a.doc_id", doc_id), ("a.kind", kind), ("a.meaning", meaning)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if outlet is not None:
        where.append("d.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if since is not None:
        where.append("d.date >= ?")
        params.append(str(since))
    if until is not None:
        where.append("d.date < ?")  # every date that starts with `until` sorts below until+U+10FFFF
        params.append(str(until) + "\U0010ffff")
    return where, params


def _check_meaning(c: sqlite3.Connection, meaning: str) -> None:
    """A cue meaning must be one the store holds or the built-in lexicon knows (say, deny, …)."""
    if c.execute("SELECT 1 FROM attributions WHERE meaning = ? LIMIT 1", (meaning,)).fetchone():
        return
    from attribution.lexicon.cues import default_lexicon

    lexicon = default_lexicon()
    known = {m for _, m in lexicon.lemmas.values()} | set(lexicon.according_to.values())
    if meaning not in known:
        raise FilterError(f"unknown cue meaning {meaning!r}; choose one of {', '.join(sorted(known))}")


def _topic_ids(c: sqlite3.Connection, query: str) -> list[int]:
    q = fold(query)
    if not q:
        return []
    return [tid for tid, key, label in c.execute("SELECT id, key, label FROM topics")
            if q in fold(key) or q in fold(label)]


def claims_query(c: sqlite3.Connection, *, limit: int | None = None, **filters: Any) -> Query:
    """The SQL and parameters of the claims matching ``filters`` (those of
    :func:`claim_conditions`), in :data:`CLAIM_ORDER`, at most ``limit``."""
    check_filters(limit=limit)
    where, params = claim_conditions(c, **filters)
    sql = CLAIMS_SQL + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {CLAIM_ORDER}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return sql, params


def speakers_query(search: str | None = None) -> Query:
    """Canonical speakers with their roles (a JSON list: :func:`speaker_row` joins it), aliases and
    counts, most quoted first; ``search``: only those whose name, aliases or roles hold every word."""
    check_filters(search=search)
    where, params = text_search.speaker_filter(search) if search is not None else ("1", [])
    return ("SELECT s.id AS speaker_id, s.name, s.type, s.roles, "
            "(SELECT group_concat(alias, ' | ') FROM (SELECT DISTINCT alias FROM speaker_aliases "
            " WHERE speaker_id = s.id ORDER BY alias)) AS aliases, "
            "(SELECT count(*) FROM attributions a WHERE a.speaker_id = s.id) AS n_claims, "
            "(SELECT count(DISTINCT a.doc_id) FROM attributions a WHERE a.speaker_id = s.id) AS n_docs, "
            "s.scope "
            f"FROM speakers s WHERE {where} ORDER BY n_claims DESC, s.id", list(params))


def speaker_row(row: dict[str, Any]) -> dict[str, Any]:
    """A speaker's row as listed: its roles joined by `` | ``.

    >>> speaker_row({"name": "عادل الجبير", "roles": '["وزير الخارجية"]'})["roles"]
    'وزير الخارجية'
    """
    return {**row, "roles": " | ".join(json.loads(row["roles"] or "[]"))}


def topics_query(limit: int | None = None) -> Query:
    """Topics with their claim and speaker counts and their :data:`TOP_SPEAKERS` most quoted
    speakers (most claims about the topic first, then by name), most claimed topics first; a topic
    no claim is about any more (it keeps its id) is left out."""
    check_filters(limit=limit)
    top = ("SELECT s.name FROM claim_topics x JOIN attributions xa ON xa.id = x.attribution_id "
           "JOIN speakers s ON s.id = xa.speaker_id WHERE x.topic_id = t.id "
           f"GROUP BY s.id ORDER BY count(*) DESC, s.name LIMIT {TOP_SPEAKERS}")
    sql = ("SELECT t.id AS topic_id, t.key, t.label, count(DISTINCT ct.attribution_id) AS n_claims, "
           "count(DISTINCT a.speaker_id) AS n_speakers, "
           f"COALESCE((SELECT group_concat(name, ' | ') FROM ({top})), '') AS speakers "
           "FROM topics t LEFT JOIN claim_topics ct ON ct.topic_id = t.id "
           "LEFT JOIN attributions a ON a.id = ct.attribution_id "
           "GROUP BY t.id HAVING n_claims > 0 ORDER BY n_claims DESC, t.id")
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return sql, params


def _claims(c: sqlite3.Connection, **options: Any) -> tuple[Query, Callable | None]:
    return claims_query(c, **options), None


def _speakers(c: sqlite3.Connection, search: str | None = None) -> tuple[Query, Callable | None]:
    return speakers_query(search), speaker_row


def _topics(c: sqlite3.Connection, limit: int | None = None) -> tuple[Query, Callable | None]:
    return topics_query(limit), None


def _fixed(sql: str) -> Callable[[sqlite3.Connection], tuple[Query, None]]:
    return lambda c: ((sql, []), None)


#: Every listing :func:`rows` can stream, by name, and the options each takes.
LISTINGS: dict[str, Callable[..., tuple[Query, Callable | None]]] = {
    "claims": _claims, "speakers": _speakers, "topics": _topics,
    "aliases": _fixed(ALIASES_SQL), "speaker_changes": _fixed(SPEAKER_CHANGES_SQL),
}


def rows(c: sqlite3.Connection, listing: str, **options: Any) -> Rows:
    """Stream one of :data:`LISTINGS` with its options (the filters of
    :meth:`~attribution.store.core.Store.claims` for ``claims``, ``search`` for ``speakers``,
    ``limit`` for ``claims`` and ``topics``).  The query runs now — a filter value that means
    nothing raises :class:`~attribution.errors.FilterError` before any row is written — and the
    rows come from its cursor as they are read.

    >>> from attribution.store.core import open_store
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d, open_store(pathlib.Path(d) / "c.db", create=True) as store:
    ...     listing = store.rows("topics", limit=5)
    ...     listing.columns, list(listing.rows)
    (('topic_id', 'key', 'label', 'n_claims', 'n_speakers', 'speakers'), [])
    """
    if listing not in LISTINGS:
        raise ValueError(f"no listing {listing!r}; one of {', '.join(LISTINGS)}")
    (sql, params), shape = LISTINGS[listing](c, **options)
    cursor = c.execute(sql, params)
    columns = tuple(d[0] for d in cursor.description)

    def read() -> Iterator[dict[str, Any]]:
        for values in cursor:
            row = dict(zip(columns, values))
            yield shape(row) if shape is not None else row

    return Rows(columns, read())
