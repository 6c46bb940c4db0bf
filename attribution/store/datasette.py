"""The metadata a claim store is served with by datasette: labels, facets, search, right-to-left.

``datasette claims.db`` alone already browses the store and searches ``attributions`` and
``speakers`` (their FTS5 indexes are found by datasette itself); with the metadata
(``attribution metadata --db claims.db -o metadata.json``, then ``datasette claims.db -m
metadata.json``) the ``who_said_what`` view searches too, opens faceted by speaker, outlet,
topic, cue meaning and kind, the tables are labelled (a speaker id shows the speaker's name),
and Arabic cells read right to left.

>>> meta = datasette_metadata("claims")
>>> meta["databases"]["claims"]["tables"]["who_said_what"]["fts_table"]
'claims_fts'
"""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

__all__ = ["datasette_metadata"]

# Arabic cells take their direction from their own text; headings and numbers keep the page's.
_CSS = """
.rows-and-columns td, .rows-and-columns th { unicode-bidi: plaintext; text-align: start; }
.rows-and-columns td.col-claim, .rows-and-columns td.col-context, .rows-and-columns td.col-claim_text {
  direction: rtl; text-align: right; font-size: 1.05em; line-height: 1.7; min-width: 24em; }
.facet-info li, .facet-results li { unicode-bidi: plaintext; }
"""


def datasette_metadata(database: str | Path) -> dict[str, Any]:
    """Datasette metadata for the store named ``database`` (its file stem, or the file itself)."""
    name = Path(database).stem if str(database).endswith((".db", ".sqlite", ".sqlite3")) else str(database)
    claims_facets = ["speaker", "outlet", {"array": "topic_list"}, "meaning", "kind"]
    tables: dict[str, Any] = {
        "who_said_what": {
            "title": "من قال ماذا — who said what",
            "description": "One row per claim: the speaker, the cue (قال، أكد، بحسب…) and its meaning, the claim "
                           "and its context (the sentence holding it), the article; search and facet below.",
            "fts_table": "claims_fts", "fts_pk": "attribution_id", "facets": claims_facets,
            "sort_desc": "date", "size": 50,
        },
        "attributions": {"fts_table": "claims_fts", "fts_pk": "id", "label_column": "claim_text",
                         "facets": ["meaning", "kind"], "description": "The claims as stored (offsets into documents.text)."},
        "speakers": {"fts_table": "speakers_fts", "fts_pk": "id", "label_column": "name", "facets": ["type"],
                     "description": "Canonical speakers; their ids last from one ingest to the next."},
        "speaker_changes": {"description": "Speaker ids merged into another or split off one.", "facets": ["change"]},
        "speaker_aliases": {"facets": ["speaker_id"], "description": "Every name a speaker was seen under, and where."},
        "topics": {"label_column": "label"},
        "documents": {"label_column": "title", "facets": ["outlet"]},
        "meta": {"hidden": True},
    }
    return {
        "title": "من قال ماذا — attribution claim store",
        "description": "Reported speech in Arabic news: who said what, about what, where and when.",
        "extra_css_urls": ["data:text/css;charset=utf-8," + quote(_CSS)],
        "databases": {name: {"tables": tables}},
    }
