"""Streaming graph writers: GEXF (Gephi), GraphML and node-link JSON, one element at a time.

networkx's writers build the whole document in memory (a tree of every node and edge, or the
whole JSON text); these write each node and edge as it comes, so a graph read from the store
row by row is never held whole.  The files are what networkx writes and reads back
(``nx.read_gexf``, ``nx.read_graphml``, ``nx.node_link_graph(..., edges="edges")``).

XML needs every attribute declared, with its type, before the first node: a
:class:`GraphSchema` gives them (:func:`schema_of` finds them in a graph held in memory; the
store's graph declares its own, :data:`attribution.store.graph_rows.SCHEMA`).  Values are cleaned
as they are written (:func:`export_value`: no missing values, lists joined, characters XML cannot
carry dropped) and cast to their declared type.

>>> import io
>>> out = io.StringIO()
>>> schema = GraphSchema({"kind": "string", "n": "long"}, {"relation": "string"})
>>> write_elements(out, "json", [("a", {"kind": "speaker", "n": 2}), ("b", {"kind": "claim"})],
...                [("a", "b", "said", {"relation": "said"})], schema)
{'nodes': 2, 'edges': 1, 'speaker': 1, 'claim': 1}
>>> import json; json.loads(out.getvalue())["edges"]
[{'relation': 'said', 'source': 'a', 'target': 'b', 'key': 'said'}]
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable, Mapping, TextIO
from xml.sax.saxutils import escape, quoteattr

from attribution.io.output import is_missing, plain_value

__all__ = ["GraphSchema", "Node", "Edge", "XML_ILLEGAL", "export_value", "schema_of", "write_elements"]

#: A node: ``(id, attributes)``; an edge: ``(source, target, key, attributes)``.
Node = tuple[str, Mapping[str, Any]]
Edge = tuple[str, str, Any, Mapping[str, Any]]

# Characters XML 1.0 cannot carry (GEXF and GraphML are XML): C0 controls but tab/newline/CR,
# lone surrogates and the two non-characters.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TYPES = {"string": str, "long": int, "double": float}


@dataclass(frozen=True)
class GraphSchema:
    """Each node and edge attribute with its type (``string``, ``long`` or ``double``)."""

    node: Mapping[str, str]
    edge: Mapping[str, str]
    name: str = ""
    graph: Mapping[str, Any] = field(default_factory=dict)


def export_value(v: Any) -> Any:
    """One attribute value as str, int or float; ``None`` for a missing one.

    >>> export_value(["وزير", None, "متحدث"]), export_value(True), export_value("a\\x01b"), export_value(float("nan"))
    ('وزير | متحدث', 'true', 'ab', None)
    """
    v = _export_raw(v)
    if isinstance(v, str):
        return XML_ILLEGAL.sub("", v)
    if isinstance(v, float) and math.isinf(v):
        return str(v)
    return v


def _export_raw(v: Any) -> Any:
    if is_missing(v):
        return None
    v = plain_value(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float, str)):
        return v
    if isinstance(v, (list, tuple, set, frozenset)):
        items = sorted(v, key=str) if isinstance(v, (set, frozenset)) else v
        return " | ".join(str(plain_value(x)) for x in items if not is_missing(x))
    if isinstance(v, Mapping):
        return json.dumps(v, ensure_ascii=False, default=str)
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    isoformat = getattr(v, "isoformat", None)
    if isoformat is not None:
        return isoformat()
    return str(v)


def schema_of(nodes: Iterable[Node], edges: Iterable[Edge], name: str = "") -> GraphSchema:
    """The schema of elements already cleaned (one type per attribute, as
    :func:`attribution.graph.sanitize_for_export` leaves them)."""
    def types(dicts: Iterable[Mapping[str, Any]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for d in dicts:
            for k, v in d.items():
                t = "string" if isinstance(v, str) else "long" if isinstance(v, int) else "double"
                if out.get(k, t) != t:
                    t = "double" if {t, out[k]} == {"long", "double"} else "string"
                out[k] = t
        return out

    return GraphSchema(types(d for _, d in nodes), types(d for *_, d in edges), name)


def _typed(attrs: Mapping[str, Any], types: Mapping[str, str]) -> dict[str, Any]:
    """The attributes the schema declares, cleaned and cast to their type (missing ones left out)."""
    out = {}
    for k, v in attrs.items():
        v = export_value(v)
        if v is None or k not in types:
            continue
        out[k] = v if isinstance(v, _TYPES[types[k]]) else _TYPES[types[k]](v)
    return out


def write_elements(out: TextIO, fmt: str, nodes: Iterable[Node], edges: Iterable[Edge],
                   schema: GraphSchema) -> dict[str, int]:
    """Write every node, then every edge, as ``fmt`` (``gexf``, ``graphml`` or ``json``) to the
    text stream ``out``; returns how many nodes and edges, and nodes by their ``kind``."""
    counts: Counter = Counter()

    def counted_nodes() -> Iterable[tuple[str, dict[str, Any]]]:
        for n, attrs in nodes:
            d = _typed(attrs, schema.node)
            counts["nodes"] += 1
            counts[str(d.get("kind", "node"))] += 1
            yield n, d

    def counted_edges() -> Iterable[tuple[str, str, Any, dict[str, Any]]]:
        for u, v, k, attrs in edges:
            counts["edges"] += 1
            yield u, v, k, _typed(attrs, schema.edge)

    writer = {"gexf": _gexf, "graphml": _graphml, "json": _json}[fmt]
    writer(out, counted_nodes(), counted_edges(), schema)
    return {"nodes": counts.pop("nodes", 0), "edges": counts.pop("edges", 0), **counts}


def _json(out: TextIO, nodes: Iterable, edges: Iterable, schema: GraphSchema) -> None:
    """networkx ≥ 3.6 node-link JSON, edges under ``"edges"``, Arabic unescaped, one element a line."""
    graph = {k: v for k, v in ((k, export_value(v)) for k, v in {"name": schema.name, **schema.graph}.items())
             if v not in (None, "")}
    out.write('{"directed": true, "multigraph": true, "graph": ' + json.dumps(graph, ensure_ascii=False))
    for key, items in (("nodes", ({**d, "id": n} for n, d in nodes)),
                       ("edges", ({**d, "source": u, "target": v, "key": k} for u, v, k, d in edges))):
        out.write(f',\n "{key}": [')
        for i, item in enumerate(items):
            out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(item, ensure_ascii=False))
        out.write("\n ]")
    out.write("\n}\n")


def _xml_value(v: Any) -> str:
    if isinstance(v, float):
        return {"inf": "INF", "-inf": "-INF", "nan": "NaN"}.get(str(v), str(v))
    return str(v)


def _gexf(out: TextIO, nodes: Iterable, edges: Iterable, schema: GraphSchema) -> None:
    """GEXF 1.2 as ``nx.write_gexf`` writes it: ``label`` (and an edge's ``weight``) as XML
    attributes, the multigraph key as the ``networkx_key`` attribute."""
    node_types = {k: t for k, t in schema.node.items() if k != "label"}
    edge_types = {k: t for k, t in schema.edge.items() if k not in ("label", "weight")}
    edge_types["networkx_key"] = "string"
    ids = {("node", k): str(i) for i, k in enumerate(node_types)}
    ids.update({("edge", k): str(len(node_types) + i) for i, k in enumerate(edge_types)})
    out.write("<?xml version='1.0' encoding='utf-8'?>\n"
              '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
              f'  <meta lastmodifieddate="{date.today().isoformat()}">\n    <creator>attribution</creator>\n  </meta>\n'
              f'  <graph defaultedgetype="directed" mode="static" name={quoteattr(export_value(schema.name) or "")}>\n')
    for cls, types in (("node", node_types), ("edge", edge_types)):
        out.write(f'    <attributes mode="static" class="{cls}">\n')
        for k, t in types.items():
            out.write(f'      <attribute id="{ids[cls, k]}" title={quoteattr(k)} type="{t}" />\n')
        out.write("    </attributes>\n")
    out.write("    <nodes>\n")
    for n, d in nodes:
        label = d.pop("label", n)
        out.write(f"      <node id={quoteattr(n)} label={quoteattr(str(label))}>{_attvalues(d, ids, 'node')}</node>\n")
    out.write("    </nodes>\n    <edges>\n")
    for i, (u, v, k, d) in enumerate(edges):
        extra = "".join(f" {a}={quoteattr(_xml_value(d.pop(a)))}" for a in ("label", "weight") if a in d)
        d["networkx_key"] = export_value(k)
        out.write(f'      <edge source={quoteattr(u)} target={quoteattr(v)} id="{i}"{extra}>'
                  f"{_attvalues(d, ids, 'edge')}</edge>\n")
    out.write("    </edges>\n  </graph>\n</gexf>\n")


def _attvalues(d: Mapping[str, Any], ids: Mapping[tuple[str, str], str], cls: str) -> str:
    if not d:
        return ""
    return "<attvalues>" + "".join(f'<attvalue for="{ids[cls, k]}" value={quoteattr(_xml_value(v))} />'
                                   for k, v in d.items()) + "</attvalues>"


def _graphml(out: TextIO, nodes: Iterable, edges: Iterable, schema: GraphSchema) -> None:
    """GraphML as ``nx.write_graphml`` writes it (the multigraph key as the edge id)."""
    ids = {}
    out.write("<?xml version='1.0' encoding='utf-8'?>\n"
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
              'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    name = export_value(schema.name)
    for cls, types in (("graph", {"name": "string"} if name else {}), ("node", schema.node), ("edge", schema.edge)):
        for k, t in types.items():
            ids[cls, k] = f"d{len(ids)}"
            out.write(f'  <key id="{ids[cls, k]}" for="{cls}" attr.name={quoteattr(k)} attr.type="{t}" />\n')
    out.write('  <graph edgedefault="directed">\n')
    for n, d in nodes:
        out.write(f"    <node id={quoteattr(n)}>{_data(d, ids, 'node')}</node>\n")
    for u, v, k, d in edges:
        out.write(f"    <edge source={quoteattr(u)} target={quoteattr(v)} id={quoteattr(str(export_value(k)))}>"
                  f"{_data(d, ids, 'edge')}</edge>\n")
    if name:
        out.write(f'    <data key="{ids["graph", "name"]}">{escape(name)}</data>\n')
    out.write("  </graph>\n</graphml>\n")


def _data(d: Mapping[str, Any], ids: Mapping[tuple[str, str], str], cls: str) -> str:
    return "".join(f'<data key="{ids[cls, k]}">{escape(_xml_value(v))}</data>' for k, v in d.items())
