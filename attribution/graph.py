"""The speaker–claim–topic graph: who said what, about what, where, and who cited whom.

Nodes (``kind`` attribute) and their ids:

* ``speaker:<id>`` — a canonical speaker (``name``, ``aliases``, ``role``, ``type``, ``n_claims``);
  a relaying source named only in ``via`` that is not a stored speaker gets
  ``speaker:via:<folded name>``;
* ``claim:<attribution id>`` — one attribution (``text``, ``claim_kind``, ``cue``, ``meaning``,
  ``date``, ``outlet``, ``title``, ``url``, ``doc_id``, ``cluster_id``);
* ``topic:<id>`` — a topic (``key``, ``n_claims``);
* ``doc:<doc_id>`` — an article (``title``, ``url``, ``outlet``, ``date``).

Edges (``relation`` attribute, also the multigraph key and the ``label`` Gephi shows):
speaker –said→ claim (``cue``, ``meaning``, ``kind``), claim –about→ topic, claim –in→
document, claim –same_as→ claim (a near-duplicate, linked to the first claim of its cluster),
speaker –cites→ speaker (the relaying source of nested attribution, نقلت رويترز عن الوزير:
رويترز –cites→ الوزير; ``weight`` counts the claims).

:func:`build_graph` reads a claim store; :func:`graph_from_frames` builds from the store's
DataFrames directly (tests, notebooks); :func:`write_graph` exports GEXF (Gephi), GraphML or
node-link JSON after :func:`sanitize_for_export`.
"""
from __future__ import annotations

import io
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping

import networkx as nx

from attribution.errors import AttributionError
from attribution.io.graph_writers import XML_ILLEGAL, GraphSchema, export_value, schema_of, write_elements
from attribution.io.output import atomic_path, is_missing as _missing, plain_value

__all__ = [
    "GRAPH_FORMATS",
    "build_graph",
    "graph_from_frames",
    "plain_value",
    "read_graph",
    "resolve_graph_format",
    "sanitize_for_export",
    "write_graph",
    "write_store_graph",
]

#: Export formats of :func:`write_graph`.
GRAPH_FORMATS = ("gexf", "graphml", "json")
#: Claim node labels are cut to this many characters (the full claim is in ``text``).
LABEL_CHARS = 80

# Attribute names the GEXF writer treats as structure, not data (ids, spells, edge direction).
_RESERVED_NODE = {"id", "pid", "start", "end", "viz", "parents", "slices", "spells"}
_RESERVED_EDGE = {"id", "type", "start", "end", "slices", "spells", "key", "source", "target"}


# ---------------------------------------------------------------------------- building

def _attrs(**kw: Any) -> dict[str, Any]:
    """Node or edge attributes without missing values."""
    out = {}
    for k, v in kw.items():
        v = plain_value(v)
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        out[k] = v
    return out


def _records(df) -> list[dict[str, Any]]:
    if df is None or len(df) == 0:
        return []
    return df.to_dict("records")


def _short(text: Any, n: int = LABEL_CHARS) -> str:
    s = " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def fold_name(text: str) -> str:
    """A name as ``via`` is matched to speakers' names and aliases (case and spelling folded)."""
    from attribution.topics.assign import caseless_fold as fold

    return " ".join(fold(text).split())


def graph_from_frames(claims, *, speakers=None, topics=None, claim_topics=None,
                      documents=None) -> nx.MultiDiGraph:
    """Build the graph from the store's DataFrames (:meth:`Store.claims` and friends).

    Only ``claims`` is required; every speaker, topic and document not referenced by a
    claim is left out, so a filtered ``claims`` frame gives its subgraph.

    >>> import pandas as pd
    >>> claims = pd.DataFrame([{"attribution_id": 1, "doc_id": "a", "speaker_id": 7,
    ...     "speaker": "الوزير", "claim": "الاتفاق جاهز", "cue": "قال", "kind": "indirect"}])
    >>> G = graph_from_frames(claims)
    >>> sorted(G.nodes), sorted(G.edges(keys=True))
    (['claim:1', 'doc:a', 'speaker:7'], [('claim:1', 'doc:a', 'in'), ('speaker:7', 'claim:1', 'said')])
    """
    G = nx.MultiDiGraph(name="attribution: speaker–claim–topic graph")
    rows = _records(claims)
    if not rows:
        return G
    people = _Speakers(rows, _records(speakers))
    G.add_nodes_from(people.nodes)
    G.add_nodes_from(_document_nodes(rows, _records(documents)))
    _add_claims(G, rows)
    _add_topics(G, rows, _records(topics), _records(claim_topics))
    _add_cites(G, rows, people)
    return G


class _Speakers:
    """The speakers the claims quote: their nodes, and every name or alias → node (for ``via``)."""

    def __init__(self, rows: list[dict[str, Any]], speaker_rows: list[dict[str, Any]]) -> None:
        self.rows = {int(r["speaker_id"]): r for r in speaker_rows}
        self.first: dict[int, dict[str, Any]] = {}  # a speaker's first claim, when speakers is absent
        for r in rows:
            if not _missing(r.get("speaker_id")):
                self.first.setdefault(int(r["speaker_id"]), r)
        self.nodes = [self.node(sid) for sid in sorted(self.first)]
        self.by_name: dict[str, str] = {}  # folded name or alias → node id
        for sid, s in self.rows.items():
            for n in [s.get("name")] + str(s.get("aliases") or "").split(" | "):
                if n and not _missing(n) and str(n).strip():
                    self.by_name.setdefault(fold_name(str(n)), f"speaker:{sid}")
        for node_id, attrs in self.nodes:
            self.by_name.setdefault(fold_name(attrs["name"]), node_id)

    def node(self, sid: int) -> tuple[str, dict[str, Any]]:
        return speaker_node(sid, self.rows.get(sid, {}), self.first.get(sid, {}))


def speaker_node(sid: int, s: Mapping[str, Any], first: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """A speaker's node from its stored row ``s`` (name, aliases, roles, type, counts), or, when
    there is none, from ``first``, its first claim."""
    name = s.get("name") if not _missing(s.get("name")) else None
    name = name or first.get("speaker") or f"speaker {sid}"
    return (f"speaker:{sid}", _attrs(
        kind="speaker", label=name, name=name, aliases=s.get("aliases"),
        role=s.get("roles") if s else first.get("speaker_role"),
        type=s.get("type") if s else first.get("speaker_type"),
        n_claims=s.get("n_claims"), n_docs=s.get("n_docs"), speaker_id=sid))


def via_node(via: str) -> tuple[str, dict[str, Any]]:
    """The node of a relaying source named only in ``via`` (no stored speaker has that name)."""
    return (f"speaker:via:{fold_name(via)}", _attrs(kind="speaker", label=via, name=via, type="unknown", n_claims=0))


def _document_nodes(rows: list[dict[str, Any]], document_rows: list[dict[str, Any]]) -> list[tuple[str, dict]]:
    by_id = {str(r["doc_id"]): r for r in document_rows}
    nodes: dict[str, tuple[str, dict]] = {}
    for r in rows:
        d = str(r["doc_id"])
        if d not in nodes:
            nodes[d] = document_node(d, by_id.get(d, r), by_id.get(d, {}).get("n_claims"))
    return list(nodes.values())


def document_node(doc_id: str, meta: Mapping[str, Any], n_claims: Any = None) -> tuple[str, dict[str, Any]]:
    """An article's node from its metadata (title, url, outlet, date)."""
    title = meta.get("title")
    named = not _missing(title) and str(title).strip()  # (a frame's missing title is NaN, which is truthy)
    return (f"doc:{doc_id}", _attrs(
        kind="document", label=_short(title if named else doc_id), doc_id=doc_id, title=title,
        url=meta.get("url"), outlet=meta.get("outlet"), date=meta.get("date"), n_claims=n_claims))


def claim_node(r: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """A claim's node from its row (the columns of :meth:`Store.claims`)."""
    aid = int(r["attribution_id"])
    text = r.get("claim")
    return (f"claim:{aid}", _attrs(
        kind="claim", label=_short(text if not _missing(text) else f"[{r.get('cue')}]"),
        text=text, claim_kind=r.get("kind"), cue=r.get("cue"), meaning=r.get("meaning"),
        confidence=r.get("confidence"), speaker=r.get("speaker"), mention=r.get("mention"),
        via=r.get("via"), doc_id=str(r["doc_id"]), title=r.get("title"), url=r.get("url"),
        outlet=r.get("outlet"), date=r.get("date"), cluster_id=r.get("cluster_id"),
        topics=r.get("topics"), attribution_id=aid))


def _add_claims(G: nx.MultiDiGraph, rows: list[dict[str, Any]]) -> None:
    """Claim nodes with their edges: speaker –said→ claim, claim –in→ document, and claim
    –same_as→ the first claim of its cluster (a star, not all pairs)."""
    G.add_nodes_from(claim_node(r) for r in rows)
    G.add_edges_from(edge for r in rows for edge in claim_edges(r))
    clusters: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        if not _missing(r.get("cluster_id")):
            clusters[int(r["cluster_id"])].append(int(r["attribution_id"]))
    for members in clusters.values():
        if len(members) > 1:
            members.sort()
            G.add_edges_from(same_as_edge(m, members[0]) for m in members[1:])


def claim_edges(r: Mapping[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """A claim's own edges: its speaker –said→ it (when it has one), it –in→ its article."""
    aid = int(r["attribution_id"])
    edges = [(f"claim:{aid}", f"doc:{r['doc_id']}", "in", {"relation": "in", "label": "in"})]
    if not _missing(r.get("speaker_id")):
        edges.insert(0, (f"speaker:{int(r['speaker_id'])}", f"claim:{aid}", "said", _attrs(
            relation="said", label="said", cue=r.get("cue"), meaning=r.get("meaning"), kind=r.get("kind"))))
    return edges


def same_as_edge(member: int, first: int) -> tuple[str, str, str, dict[str, Any]]:
    """A near-duplicate claim –same_as→ the first claim of its cluster."""
    return f"claim:{member}", f"claim:{first}", "same_as", {"relation": "same_as", "label": "same_as"}


def topic_node(tid: int, t: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """A topic's node from its row (key, label, n_claims)."""
    return (f"topic:{tid}", _attrs(kind="topic", label=t.get("label") or f"topic {tid}", key=t.get("key"),
                                   n_claims=t.get("n_claims"), topic_id=tid))


def about_edge(aid: int, tid: int, source: Any) -> tuple[str, str, str, dict[str, Any]]:
    """A claim –about→ one of its topics (``topic_source``: ``auto`` or ``taxonomy``)."""
    return f"claim:{aid}", f"topic:{tid}", "about", _attrs(relation="about", label="about", topic_source=source)


def cites_edge(source: str, target: str, n: int) -> tuple[str, str, str, dict[str, Any]]:
    """A relaying source –cites→ the speaker it relays, ``weight`` claims."""
    return source, target, "cites", {"relation": "cites", "label": "cites", "weight": n}


def _add_topics(G: nx.MultiDiGraph, rows: list[dict[str, Any]], topic_rows: list[dict[str, Any]],
                link_rows: list[dict[str, Any]]) -> None:
    """Topic nodes of the claims' topics, and claim –about→ topic."""
    claim_ids = {int(r["attribution_id"]) for r in rows}
    by_id = {int(r["topic_id"]): r for r in topic_rows}
    links = [r for r in link_rows if int(r["attribution_id"]) in claim_ids]
    used = sorted({int(r["topic_id"]) for r in links})
    G.add_nodes_from(topic_node(t, by_id.get(t, {})) for t in used)
    G.add_edges_from(about_edge(int(r["attribution_id"]), int(r["topic_id"]), r.get("source")) for r in links)


def _add_cites(G: nx.MultiDiGraph, rows: list[dict[str, Any]], people: _Speakers) -> None:
    """The relaying source of nested attribution cites the speaker it relays (``weight``: claims)."""
    cites: Counter = Counter()
    for r in rows:
        via = r.get("via")
        if _missing(via) or not str(via).strip() or _missing(r.get("speaker_id")):
            continue
        target = f"speaker:{int(r['speaker_id'])}"
        source = people.by_name.get(fold_name(str(via)))
        if source is None:
            source, attrs = via_node(str(via))
            if source not in G:
                G.add_node(source, **attrs)
        elif source not in G:  # a stored speaker outside the selected claims: bring it in
            G.add_nodes_from([people.node(int(source.split(":")[1]))])
        if source != target:
            cites[(source, target)] += 1
    G.add_edges_from(cites_edge(u, v, n) for (u, v), n in cites.items())


def build_graph(store, *, speaker: str | None = None, topic: str | None = None,
                since: str | None = None, until: str | None = None, outlet: str | None = None,
                min_topic_claims: int = 1, **filters: Any) -> nx.MultiDiGraph:
    """The graph of a claim store, or of the claims matching the filters plus their
    speakers, topics and documents (filters as in :meth:`Store.claims`); ``min_topic_claims``
    leaves out the topics fewer claims are about.

    A store is read in SQL, only what the selected claims need
    (:class:`attribution.store.graph_rows.StoreGraph`); anything else with the store's frame
    methods (``claims()``, ``speakers()``…) through :func:`graph_from_frames`.
    """
    filters = dict(speaker=speaker, topic=topic, since=since, until=until, outlet=outlet, **filters)
    if hasattr(store, "conn"):
        from attribution.store.graph_rows import SCHEMA, StoreGraph

        rows = StoreGraph(store.conn, min_topic_claims=min_topic_claims, **filters)
        G = nx.MultiDiGraph(name=SCHEMA.name)
        G.add_nodes_from(rows.nodes())
        G.add_edges_from(rows.edges())
        return G
    G = graph_from_frames(store.claims(**filters), speakers=store.speakers(), topics=store.topics(),
                          claim_topics=store.claim_topics(), documents=store.documents())
    if min_topic_claims > 1:
        G.remove_nodes_from([n for n, d in G.nodes(data=True)
                             if d.get("kind") == "topic" and (d.get("n_claims") or 0) < min_topic_claims])
    return G


def write_store_graph(store, path_or_dash: str | Path | None, fmt: str | None = None, *,
                      min_topic_claims: int = 1, **filters: Any) -> dict[str, int]:
    """Write the graph of a claim store (filters and ``min_topic_claims`` as in
    :func:`build_graph`) as :func:`write_graph` does, streamed from the store: memory does not
    grow with the store.  Returns how many nodes (also by kind) and edges were written."""
    from attribution.store.graph_rows import SCHEMA, StoreGraph

    fmt = resolve_graph_format(fmt, path_or_dash)
    rows = StoreGraph(store.conn, min_topic_claims=min_topic_claims, **filters)
    return _write_elements_to(path_or_dash, fmt, rows.nodes(), rows.edges(), SCHEMA)


# ---------------------------------------------------------------------------- export

def _clean_dicts(dicts: Iterable[dict[str, Any]], reserved: set[str]) -> list[dict[str, Any]]:
    cleaned = []
    for d in dicts:
        out = {}
        for k, v in d.items():
            v = export_value(v)
            if v is None:
                continue
            k = str(k)
            if k in reserved:
                k = f"{k}_"
            out[k] = v
        cleaned.append(out)
    # one type per attribute key: int+float → float; anything with str → str
    types: dict[str, set[type]] = defaultdict(set)
    for d in cleaned:
        for k, v in d.items():
            types[k].add(type(v))
    for k, ts in types.items():
        if len(ts) == 1:
            continue
        cast = float if ts <= {int, float} else str
        for d in cleaned:
            if k in d:
                d[k] = cast(d[k])
    return cleaned


def sanitize_for_export(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` that GEXF and GraphML writers accept.

    No ``None``/NaN (dropped), lists joined with ``" | "``, dicts as JSON text, bools as
    ``"true"``/``"false"``, dates as ISO text, one type per attribute key (ints and floats
    mixed become floats, anything mixed with text becomes text), and names the GEXF writer
    reserves (``id``, ``start``, ``end``, edge ``type``…) suffixed with ``_``.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("speaker:1", label="الوزير", roles=["وزير", "متحدث"], note=None, n=1)
    >>> G.add_node("speaker:2", label="الوكالة", n=2.5, official=True)
    >>> H = sanitize_for_export(G)
    >>> H.nodes["speaker:1"], H.nodes["speaker:2"]
    ({'label': 'الوزير', 'roles': 'وزير | متحدث', 'n': 1.0}, {'label': 'الوكالة', 'n': 2.5, 'official': 'true'})
    """
    H = G.__class__()
    graph_attrs = _clean_dicts([dict(G.graph)], set())[0]
    H.graph.update(graph_attrs)
    nodes = list(G.nodes(data=True))
    ids = _export_ids(n for n, _ in nodes)
    node_attrs = _clean_dicts((dict(d) for _, d in nodes), _RESERVED_NODE)
    H.add_nodes_from((ids[n], a) for (n, _), a in zip(nodes, node_attrs))
    if G.is_multigraph():
        edges = list(G.edges(keys=True, data=True))
        edge_attrs = _clean_dicts((dict(d) for *_, d in edges), _RESERVED_EDGE)
        H.add_edges_from((ids[u], ids[v], export_value(k), a) for (u, v, k, _), a in zip(edges, edge_attrs))
    else:
        edges = list(G.edges(data=True))
        edge_attrs = _clean_dicts((dict(d) for *_, d in edges), _RESERVED_EDGE)
        H.add_edges_from((ids[u], ids[v], a) for (u, v, _), a in zip(edges, edge_attrs))
    return H


def _export_ids(nodes: Iterable[Any]) -> dict[Any, Any]:
    r"""Each node id as XML can carry it: the characters XML refuses dropped, as in attribute
    values (``doc:a\x01b`` → ``doc:ab``); an id that then meets another gets ``~2``, ``~3``….

    >>> _export_ids(["doc:ab", "doc:a\x01b", "doc:a\x0bb", "claim:1"])
    {'doc:ab': 'doc:ab', 'doc:a\x01b': 'doc:ab~2', 'doc:a\x0bb': 'doc:ab~3', 'claim:1': 'claim:1'}
    """
    nodes = list(nodes)
    taken = {n for n in nodes if not isinstance(n, str) or not XML_ILLEGAL.search(n)}
    ids: dict[Any, Any] = {}
    for n in nodes:
        if n in taken:
            ids[n] = n
            continue
        base = new = XML_ILLEGAL.sub("", n)
        k = 2
        while new in taken:
            new, k = f"{base}~{k}", k + 1
        taken.add(new)
        ids[n] = new
    return ids


def resolve_graph_format(fmt: str | None, path: str | Path | None = None) -> str:
    """The graph format: ``fmt``, else from the file extension (.gexf, .graphml, .json)."""
    if fmt:
        fmt = fmt.lower()
    elif path not in (None, "-"):
        fmt = {".gexf": "gexf", ".graphml": "graphml", ".xml": "graphml", ".json": "json"}.get(
            Path(str(path)).suffix.lower(), "")
    if fmt not in GRAPH_FORMATS:
        raise AttributionError(f"unknown graph format {fmt!r}; choose one of {', '.join(GRAPH_FORMATS)}")
    return fmt


def write_graph(G: nx.Graph, path_or_dash: str | Path | None, fmt: str | None = None) -> dict[str, int]:
    """Write ``G`` as ``gexf`` (Gephi), ``graphml`` or node-link ``json`` to a file, or to
    stdout for ``"-"``/``None``.  Attributes are sanitised first (see :func:`sanitize_for_export`).

    The JSON is networkx ≥ 3.6 node-link with the edge list under ``"edges"`` (d3 users who
    expect ``"links"`` can rename the key; :func:`read_graph` accepts both), Arabic unescaped.
    Written by :mod:`attribution.io.graph_writers` (as :func:`write_store_graph`); returns how
    many nodes (also by kind) and edges.
    """
    fmt = resolve_graph_format(fmt, path_or_dash)
    H = sanitize_for_export(G)
    nodes = list(H.nodes(data=True))
    edges = list(H.edges(keys=True, data=True)) if H.is_multigraph() else \
        [(u, v, i, d) for i, (u, v, d) in enumerate(H.edges(data=True))]
    graph = dict(H.graph)
    schema = schema_of(nodes, edges, str(graph.pop("name", "")))
    schema = GraphSchema(schema.node, schema.edge, schema.name, graph)
    return _write_elements_to(path_or_dash, fmt, nodes, edges, schema)


def _write_elements_to(path_or_dash: str | Path | None, fmt: str, nodes: Iterable, edges: Iterable,
                       schema: GraphSchema) -> dict[str, int]:
    """Write to ``path_or_dash`` (``-``/``None``: stdout), whole or not at all (a file)."""
    if path_or_dash in (None, "-"):
        try:
            return _write_to_stdout(fmt, nodes, edges, schema)
        except BrokenPipeError:
            raise  # the reader went away (| head): the caller decides, it is no write error
        except OSError as e:
            raise AttributionError(f"cannot write to stdout: {e.strerror or e}") from None
    with atomic_path(path_or_dash) as tmp:  # no partial file when the disk fills up
        with open(tmp, "w", encoding="utf-8", newline="\n") as out:
            return write_elements(out, fmt, nodes, edges, schema)


def _write_to_stdout(fmt: str, nodes: Iterable, edges: Iterable, schema: GraphSchema) -> dict[str, int]:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a notebook's or a test's text stream
        counts = write_elements(sys.stdout, fmt, nodes, edges, schema)
        sys.stdout.flush()
        return counts
    sys.stdout.flush()
    out = io.TextIOWrapper(buffer, encoding="utf-8", newline="\n")  # UTF-8 whatever the locale
    try:
        return write_elements(out, fmt, nodes, edges, schema)
    finally:
        out.flush()
        out.detach()


def read_graph(path: str | Path, fmt: str | None = None) -> nx.Graph:
    """Read a graph written by :func:`write_graph` (node-link JSON with ``"edges"`` or ``"links"``)."""
    fmt = resolve_graph_format(fmt, path)
    try:
        if fmt == "json":
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            key = "edges" if "edges" in data else "links"
            return nx.node_link_graph(data, edges=key)
        if fmt == "gexf":
            return nx.read_gexf(str(path))
        return nx.read_graphml(str(path))
    except FileNotFoundError:
        raise AttributionError(f"graph file not found: {path}") from None
    except (ValueError, KeyError, nx.NetworkXError) as e:
        raise AttributionError(f"{path} is not a readable {fmt} graph: {e}") from None
