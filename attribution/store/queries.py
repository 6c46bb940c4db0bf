"""Reading the store: claims with their filters (those of ``attribution table`` and ``attribution
graph``), speakers and their aliases, topics, documents.

Every filter value is an SQL parameter, never part of the SQL text, and a value that means
nothing (an unknown kind, a malformed date, an empty search) raises
:class:`~attribution.errors.FilterError` (:func:`attribution.store.filters.check_filters`) rather than matching nothing.
Frames are pandas DataFrames, imported on first use, read with the queries of
:mod:`attribution.store.listings` (which streams the same rows for the CLI's exports).
"""
from __future__ import annotations

import sqlite3

from attribution.store.listings import (
    ALIASES_SQL, SPEAKER_CHANGES_SQL, claim_conditions, claims_query, speaker_row, speakers_query, topics_query,
)
from attribution.store.schema import TABLES

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

    sql, params = claims_query(c, speaker=speaker, topic=topic, doc_id=doc_id, outlet=outlet, kind=kind,
                               meaning=meaning, since=since, until=until, search=search, limit=limit)
    df = pd.read_sql_query(sql, c, params=params)
    for col in ("speaker_id", "cluster_id", "sentence", "cue_start", "cue_end", "mention_start", "mention_end",
                "claim_start", "claim_end", "context_start", "context_end"):
        df[col] = df[col].astype("Int64")  # nullable: a claim without a speaker keeps integer ids
    return df


def speakers(c: sqlite3.Connection, search: str | None = None):
    """Canonical speakers with their roles, aliases and counts, most quoted first; ``search``:
    only those whose name, aliases or roles hold every word (FTS5, folded)."""
    import pandas as pd

    sql, params = speakers_query(search)
    df = pd.read_sql_query(sql, c, params=params)
    df["roles"] = [speaker_row({"roles": r})["roles"] for r in df["roles"]]
    return df


def aliases(c: sqlite3.Connection):
    """Every name a speaker was seen under, where, and how often (for audits)."""
    import pandas as pd

    return pd.read_sql_query(ALIASES_SQL, c)


def topics(c: sqlite3.Connection):
    """Topics with their claim and speaker counts and their most frequent speakers."""
    import pandas as pd

    sql, params = topics_query()
    return pd.read_sql_query(sql, c, params=params)


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

    return pd.read_sql_query(SPEAKER_CHANGES_SQL, c)


def document_text(c: sqlite3.Connection, doc_id: str) -> str | None:
    """The stored text of one document (the text every offset indexes)."""
    row = c.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def counts(c: sqlite3.Connection) -> dict[str, int]:
    """Row counts of every table."""
    return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
