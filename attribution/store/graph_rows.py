"""The speaker–claim–topic graph read from the store row by row: what ``attribution graph`` writes.

:class:`StoreGraph` selects the claims in SQL (the filters of :meth:`Store.claims`,
:func:`attribution.store.listings.claim_conditions`) and yields the nodes, then the edges, of
:func:`attribution.graph.graph_from_frames` over those claims — the same nodes with the same
attributes (:mod:`attribution.graph` builds each one) — from cursors, so that nothing is held
whole: what stays in memory is the relaying sources (``via``) and the ids XML cannot carry.
``min_topic_claims`` leaves out the topics fewer claims of the store are about (a topic of one
claim links nothing to anything).
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any, Iterator

from attribution import graph as g
from attribution.io.graph_writers import XML_ILLEGAL, Edge, GraphSchema, Node
from attribution.store.listings import CLAIM_ORDER, claim_conditions
from attribution.store.schema import _CLAIM_EXPRESSIONS

__all__ = ["StoreGraph", "SCHEMA"]

_S, _L, _D = "string", "long", "double"
#: Every attribute the store's graph writes, with its type.
SCHEMA = GraphSchema(
    node={"kind": _S, "label": _S, "name": _S, "aliases": _S, "role": _S, "type": _S, "n_claims": _L, "n_docs": _L,
          "speaker_id": _L, "text": _S, "claim_kind": _S, "cue": _S, "meaning": _S, "confidence": _D,
          "speaker": _S, "mention": _S, "via": _S, "doc_id": _S, "title": _S, "url": _S, "outlet": _S, "date": _S,
          "cluster_id": _L, "topics": _S, "attribution_id": _L, "key": _S, "topic_id": _L},
    edge={"relation": _S, "label": _S, "cue": _S, "meaning": _S, "kind": _S, "topic_source": _S, "weight": _L},
    name="attribution: speaker–claim–topic graph")

_CLAIM_COLUMNS = ("attribution_id", "doc_id", "speaker_id", "speaker", "speaker_role", "speaker_type", "mention",
                  "cue", "meaning", "kind", "claim", "confidence", "via", "topics", "cluster_id", "title", "url",
                  "date", "outlet")
_ORDER = CLAIM_ORDER  # as Store.claims lists them


class StoreGraph:
    """The graph of the claims matching ``filters`` (those of :meth:`Store.claims`): iterate
    :meth:`nodes`, then :meth:`edges`."""

    def __init__(self, c: sqlite3.Connection, *, min_topic_claims: int = 1, **filters: Any) -> None:
        self.c = c
        where, self.params = claim_conditions(c, **filters)
        self.where = " AND ".join(where) or "1"
        # the selected claims, as a subquery every query repeats (SQLite runs it once per query)
        self.selected = f"SELECT a.id FROM attributions a JOIN documents d ON d.doc_id = a.doc_id WHERE {self.where}"
        self.min_topic_claims = int(min_topic_claims)
        self._cites: Counter | None = None
        self._via_nodes: dict[str, dict[str, Any]] = {}
        self._outside: set[int] = set()  # stored speakers only cited
        self.ids = self._export_ids()

    def _rows(self, sql: str, params: tuple | list = ()) -> Iterator[dict[str, Any]]:
        cur = self.c.execute(sql, params)
        names = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(names, row))

    # ------------------------------------------------------------------ nodes
    def nodes(self) -> Iterator[Node]:
        """Speakers, relaying sources, articles, claims, topics."""
        self._relays()
        ids = self.ids
        for sid, attrs in self._speakers():
            yield ids.get(sid, sid), attrs
        for nid, attrs in self._via_nodes.items():
            yield ids.get(nid, nid), attrs
        for r in self._rows("SELECT d.doc_id, d.title, d.url, d.outlet, d.date, (SELECT count(*) FROM attributions x "
                            "WHERE x.doc_id = d.doc_id) AS n_claims FROM documents d WHERE d.doc_id IN "
                            f"(SELECT a.doc_id FROM attributions a WHERE a.id IN ({self.selected})) "
                            "ORDER BY d.date, d.doc_id", self.params):
            nid, attrs = g.document_node(str(r["doc_id"]), r, r["n_claims"])
            yield ids.get(nid, nid), attrs
        for r in self._claims():
            yield g.claim_node(r)
        for r in self._rows(self._topics_sql() + " ORDER BY t.id", self.params):
            yield g.topic_node(r["id"], r)

    def _speakers(self) -> Iterator[Node]:
        sql = ("SELECT s.id, s.name, s.type, s.roles, (SELECT group_concat(alias, ' | ') FROM (SELECT DISTINCT alias "
               "FROM speaker_aliases WHERE speaker_id = s.id ORDER BY alias)) AS aliases, "
               "(SELECT count(*) FROM attributions x WHERE x.speaker_id = s.id) AS n_claims, "
               "(SELECT count(DISTINCT x.doc_id) FROM attributions x WHERE x.speaker_id = s.id) AS n_docs "
               f"FROM speakers s WHERE s.id IN (SELECT a.speaker_id FROM attributions a WHERE a.id IN ({self.selected}))")
        params = list(self.params)
        if self._outside:
            sql += f" OR s.id IN ({','.join('?' * len(self._outside))})"
            params += sorted(self._outside)
        for r in self._rows(sql + " ORDER BY s.id", params):
            yield g.speaker_node(r["id"], {**r, "roles": " | ".join(json.loads(r["roles"] or "[]"))}, {})

    def _claims(self) -> Iterator[dict[str, Any]]:
        columns = ", ".join(f"{_CLAIM_EXPRESSIONS[k]} AS {k}" for k in _CLAIM_COLUMNS)
        yield from self._rows(f"SELECT {columns} FROM attributions a JOIN documents d ON d.doc_id = a.doc_id "
                              f"LEFT JOIN speakers s ON s.id = a.speaker_id WHERE {self.where} ORDER BY {_ORDER}",
                              self.params)

    def _topics_sql(self) -> str:
        """The topics of the selected claims that at least ``min_topic_claims`` claims are about."""
        return ("SELECT t.id, t.key, t.label, (SELECT count(*) FROM claim_topics x WHERE x.topic_id = t.id) AS n_claims "
                f"FROM topics t WHERE t.id IN (SELECT ct.topic_id FROM claim_topics ct WHERE ct.attribution_id IN "
                f"({self.selected})) AND {self._enough('t.id')}")

    def _enough(self, topic: str) -> str:
        """The condition that ``min_topic_claims`` claims are about the topic ``topic``."""
        if self.min_topic_claims <= 1:
            return "1"
        return f"(SELECT count(*) FROM claim_topics x WHERE x.topic_id = {topic}) >= {self.min_topic_claims}"

    # ------------------------------------------------------------------ edges
    def edges(self) -> Iterator[Edge]:
        """said, in, same_as, about, cites."""
        ids = self.ids
        for r in self._rows(f"SELECT a.id AS attribution_id, a.doc_id, a.speaker_id, a.cue_text AS cue, a.meaning, "
                            f"a.kind FROM attributions a JOIN documents d ON d.doc_id = a.doc_id WHERE {self.where} "
                            f"ORDER BY {_ORDER}", self.params):
            for u, v, k, attrs in g.claim_edges(r):
                yield ids.get(u, u), ids.get(v, v), k, attrs
        for member, first in self.c.execute(
                f"SELECT id, first FROM (SELECT a.id, min(a.id) OVER (PARTITION BY a.cluster_id) AS first "
                f"FROM attributions a WHERE a.cluster_id IS NOT NULL AND a.id IN ({self.selected})) "
                "WHERE id != first ORDER BY first, id", self.params):
            yield g.same_as_edge(member, first)
        for aid, tid, source in self.c.execute(
                f"SELECT ct.attribution_id, ct.topic_id, ct.source FROM claim_topics ct WHERE ct.attribution_id IN "
                f"({self.selected}) AND {self._enough('ct.topic_id')} ORDER BY ct.attribution_id, ct.topic_id",
                self.params):
            yield g.about_edge(aid, tid, source)
        for (u, v), n in self._relays().items():
            yield ids.get(u, u), ids.get(v, v), *g.cites_edge(u, v, n)[2:]

    # ------------------------------------------------------------------ relaying sources
    def _relays(self) -> Counter:
        """(relaying source, speaker) → claims, as :func:`attribution.graph.graph_from_frames`
        counts them: a ``via`` name is a stored speaker when it is one's name or alias (most
        quoted speakers first), else a node of its own."""
        if self._cites is not None:
            return self._cites
        pairs = self.c.execute(f"SELECT a.via, a.speaker_id FROM attributions a JOIN documents d ON d.doc_id = a.doc_id "
                               f"WHERE {self.where} AND a.via IS NOT NULL AND trim(a.via) != '' "
                               f"AND a.speaker_id IS NOT NULL ORDER BY {_ORDER}", self.params).fetchall()
        wanted = {g.fold_name(str(via)) for via, _ in pairs}
        by_name = self._speakers_named(wanted) if wanted else {}
        selected = {sid for (sid,) in self.c.execute(
            f"SELECT DISTINCT a.speaker_id FROM attributions a WHERE a.speaker_id IS NOT NULL AND a.id IN "
            f"({self.selected})", self.params)} if pairs else set()
        cites: Counter = Counter()
        for via, sid in pairs:
            target = f"speaker:{int(sid)}"
            source = by_name.get(g.fold_name(str(via)))
            if source is None:
                source, attrs = g.via_node(str(via))
                self._via_nodes.setdefault(source, attrs)
            elif int(source.split(":")[1]) not in selected:
                self._outside.add(int(source.split(":")[1]))
            if source != target:
                cites[(source, target)] += 1
        self._cites = cites
        return cites

    def _speakers_named(self, wanted: set[str]) -> dict[str, str]:
        """The speaker node each wanted folded name is the name or an alias of (the first one in
        :meth:`Store.speakers` order: most quoted first)."""
        found: dict[str, str] = {}
        for sid, name, aliases in self.c.execute(
                "SELECT s.id, s.name, (SELECT group_concat(alias, ' | ') FROM (SELECT DISTINCT alias FROM "
                "speaker_aliases WHERE speaker_id = s.id ORDER BY alias)) FROM speakers s ORDER BY "
                "(SELECT count(*) FROM attributions x WHERE x.speaker_id = s.id) DESC, s.id"):
            for n in [name] + str(aliases or "").split(" | "):
                if n and n.strip():
                    key = g.fold_name(n)
                    if key in wanted:
                        found.setdefault(key, f"speaker:{sid}")
        return found

    def _export_ids(self) -> dict[str, str]:
        """The node ids XML cannot carry (an article id with a control character, a relaying
        source's name) and what they are written as (see :func:`attribution.graph.sanitize_for_export`)."""
        self._relays()
        dirty = [f"doc:{d}" for (d,) in self.c.execute(
            f"SELECT DISTINCT a.doc_id FROM attributions a WHERE a.id IN ({self.selected})", self.params)
            if XML_ILLEGAL.search(str(d))]
        dirty += [n for n in self._via_nodes if XML_ILLEGAL.search(n)]
        if not dirty:
            return {}

        def taken(node: str) -> bool:
            if node.startswith("doc:"):
                return self.c.execute(f"SELECT 1 FROM attributions a WHERE a.doc_id = ? AND a.id IN ({self.selected}) "
                                      "LIMIT 1", [node[4:], *self.params]).fetchone() is not None
            return node in self._via_nodes

        ids: dict[str, str] = {}
        for n in dirty:
            base = new = XML_ILLEGAL.sub("", n)
            k = 2
            while taken(new) or new in ids.values():
                new, k = f"{base}~{k}", k + 1
            ids[n] = new
        return ids
