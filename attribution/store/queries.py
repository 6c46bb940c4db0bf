"""Reading the store: claims with their filters (those of ``attribution table`` and ``attribution
graph``), speakers and their aliases, topics, documents.

Every filter value is an SQL parameter, never part of the SQL text, and a value that means
nothing (an unknown kind, a malformed date, an empty search) raises
:class:`~attribution.errors.FilterError` (:func:`attribution.store.filters.check_filters`) rather than matching nothing.
Frames are pandas DataFrames, imported on first use.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from attribution.errors import FilterError
from attribution.store import search as text_search
from attribution.store.filters import check_filters
from attribution.store.identity import speakers_named
from attribution.store.schema import CLAIMS_SQL, TABLES
from attribution.text.normalize import fold

__all__ = ["claims", "claim_conditions", "speakers", "aliases", "topics", "claim_topics", "documents", "document_text", "counts",
           "speaker_changes"]

def claims(c: sqlite3.Connection, speaker: str | None = None, topic: str | None = None, doc_id: str | None = None,
           outlet: str | None = None, kind: str | None = None, meaning: str | None = None,
           since: str | None = None, until: str | None = None, limit: int | None = None,
           search: str | None = None):
    """Claims as a DataFrame, one row per attribution, filtered (all filters optional).

    ``speaker`` matches a canonical name or any alias after Arabic normalisation (or, from
    three letters on, a whole-word part of one: ``العتيبي``); ``topic`` a topic label or key
    (normalised substring); ``since``/``until`` compare the document date as ISO text,
    ``until`` inclusive of the whole day given; ``search`` is text search (FTS5) over the claim,
    its speaker, mention and role: every word, folded, as a substring ("quoted phrases" whole).
    A meaningless value raises :class:`FilterError` (see :func:`attribution.store.filters.check_filters`).
    """
    import pandas as pd

    check_filters(limit=limit)
    where, params = claim_conditions(c, speaker=speaker, topic=topic, doc_id=doc_id, outlet=outlet, kind=kind,
                                     meaning=meaning, since=since, until=until, search=search)
    sql = CLAIMS_SQL + (" WHERE " + " AND ".join(where) if where else "") + \
        " ORDER BY d.date, a.doc_id, a.cue_start, a.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    df = pd.read_sql_query(sql, c, params=params)
    for col in ("speaker_id", "cluster_id", "sentence", "cue_start", "cue_end", "mention_start", "mention_end",
                "claim_start", "claim_end", "context_start", "context_end"):
        df[col] = df[col].astype("Int64")  # nullable: a claim without a speaker keeps integer ids
    return df


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


def speakers(c: sqlite3.Connection, search: str | None = None):
    """Canonical speakers with their roles, aliases and counts, most quoted first; ``search``:
    only those whose name, aliases or roles hold every word (FTS5, folded)."""
    import pandas as pd

    check_filters(search=search)
    where, params = text_search.speaker_filter(search) if search is not None else ("1", [])
    df = pd.read_sql_query(
        "SELECT s.id AS speaker_id, s.name, s.type, s.roles, "
        "(SELECT group_concat(alias, ' | ') FROM (SELECT DISTINCT alias FROM speaker_aliases "
        " WHERE speaker_id = s.id ORDER BY alias)) AS aliases, "
        "(SELECT count(*) FROM attributions a WHERE a.speaker_id = s.id) AS n_claims, "
        "(SELECT count(DISTINCT a.doc_id) FROM attributions a WHERE a.speaker_id = s.id) AS n_docs, "
        "s.scope "
        f"FROM speakers s WHERE {where} ORDER BY n_claims DESC, s.id", c, params=params)
    df["roles"] = [" | ".join(json.loads(r or "[]")) for r in df["roles"]]
    return df


def aliases(c: sqlite3.Connection):
    """Every name a speaker was seen under, where, and how often (for audits)."""
    import pandas as pd

    return pd.read_sql_query(
        "SELECT al.speaker_id, s.name AS speaker, al.alias, al.doc_id, al.count "
        "FROM speaker_aliases al JOIN speakers s ON s.id = al.speaker_id "
        "ORDER BY al.speaker_id, al.alias, al.doc_id", c)


def topics(c: sqlite3.Connection):
    """Topics with their claim and speaker counts and their most frequent speakers."""
    import pandas as pd

    df = pd.read_sql_query(
        "SELECT t.id AS topic_id, t.key, t.label, count(DISTINCT ct.attribution_id) AS n_claims, "
        "count(DISTINCT a.speaker_id) AS n_speakers "
        "FROM topics t LEFT JOIN claim_topics ct ON ct.topic_id = t.id "
        "LEFT JOIN attributions a ON a.id = ct.attribution_id "
        "GROUP BY t.id HAVING n_claims > 0 ORDER BY n_claims DESC, t.id", c)  # (a topic keeps its id when unused)
    top: dict[int, list[str]] = {}
    for tid, name in c.execute(
            "SELECT ct.topic_id, s.name FROM claim_topics ct JOIN attributions a ON a.id = ct.attribution_id "
            "JOIN speakers s ON s.id = a.speaker_id GROUP BY ct.topic_id, s.id "
            "ORDER BY ct.topic_id, count(*) DESC, s.name"):
        top.setdefault(tid, []).append(name)
    df["speakers"] = [" | ".join(top.get(t, [])[:10]) for t in df["topic_id"]]
    return df


def claim_topics(c: sqlite3.Connection):
    """The claim–topic links: attribution_id, topic_id, source (``auto`` or ``taxonomy``)."""
    import pandas as pd

    return pd.read_sql_query("SELECT attribution_id, topic_id, source FROM claim_topics "
                             "ORDER BY attribution_id, topic_id", c)


def documents(c: sqlite3.Connection):
    """Documents with their metadata and number of claims."""
    import pandas as pd

    return pd.read_sql_query(
        "SELECT d.doc_id, d.title, d.url, d.outlet, d.date, "
        "(SELECT count(*) FROM attributions a WHERE a.doc_id = d.doc_id) AS n_claims "
        "FROM documents d ORDER BY d.date, d.doc_id", c)


def speaker_changes(c: sqlite3.Connection):
    """The merges and splits of speaker ids, oldest first: ``merged`` — ``other_id``'s claims
    went to ``speaker_id`` (``other_id`` is no longer used); ``split`` — ``speaker_id`` was made
    from ``n_claims`` claims of ``other_id``, which keeps the rest."""
    import pandas as pd

    return pd.read_sql_query("SELECT id, at, change, speaker_id, other_id, n_claims FROM speaker_changes "
                             "ORDER BY id", c)


def document_text(c: sqlite3.Connection, doc_id: str) -> str | None:
    """The stored text of one document (the text every offset indexes)."""
    row = c.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def counts(c: sqlite3.Connection) -> dict[str, int]:
    """Row counts of every table."""
    return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
