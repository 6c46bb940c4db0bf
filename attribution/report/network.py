"""An interactive drawing of a claim graph that works offline: SVG and a few lines of plain
JavaScript, inlined (no library to load, no network), in a notebook cell or a page of its own.

Nodes are placed by networkx's spring layout (seeded, so the drawing is stable); the browser
shapes the Arabic labels itself.  Hovering a node lights it and its neighbours and shows its
full label; a click keeps the light on; the wheel zooms and a drag moves the view; the box
finds nodes by label.  Labels go into the page as text (``textContent``), never as markup.

>>> import networkx as nx
>>> G = nx.Graph([("speaker:1", "topic:2")])
>>> nx.set_node_attributes(G, {"speaker:1": {"kind": "speaker", "label": "الوزير"},
...                            "topic:2": {"kind": "topic", "label": "<b>الطاقة</b>"}})
>>> html = network_html(G, "speaker:1")
>>> "<b>" in html, "الطاقة" in html
(False, True)
"""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from typing import Any, Hashable

from attribution.io.html import escape, json_script, page

__all__ = ["COLOURS", "network_html", "network_page"]

#: Node colours by kind (speaker, claim, topic, document).
COLOURS = {"speaker": "#d95f02", "claim": "#7570b3", "topic": "#1b9e77", "document": "#999999"}
#: Arabic names of the kinds, for the legend.
KIND_NAMES = {"speaker": "متحدث", "claim": "تصريح", "topic": "موضوع", "document": "مقال"}


def _layout(G: Any, seed: int) -> dict[Hashable, tuple[float, float]]:
    import networkx as nx

    if G.number_of_nodes() == 0:
        return {}
    pos = nx.spring_layout(G.to_undirected(as_view=True) if G.is_directed() else G, seed=seed,
                           k=1.4 / max(G.number_of_nodes(), 1) ** 0.5)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _data(G: Any, center: Hashable | None, seed: int, labelled: tuple[str, ...]) -> dict[str, Any]:
    pos = _layout(G, seed)
    index = {n: i for i, n in enumerate(G.nodes)}
    nodes = []
    for n, d in G.nodes(data=True):
        kind = d.get("kind", "")
        x, y = pos.get(n, (0.0, 0.0))
        nodes.append({"label": str(d.get("label") or n), "kind": kind, "x": round(x, 4), "y": round(y, 4),
                      "shown": kind in labelled or n == center, "center": n == center,
                      "colour": COLOURS.get(kind, "#555555")})
    edges = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in G.edges() if u != v})
    return {"nodes": nodes, "edges": [list(e) for e in edges],
            "legend": [[KIND_NAMES.get(k, k), c] for k, c in COLOURS.items()
                       if any(nd["kind"] == k for nd in nodes)]}


def network_html(G: Any, center: Hashable | None = None, *, height: int = 560, seed: int = 1,
                 labelled: tuple[str, ...] = ("speaker", "topic")) -> str:
    """The graph ``G`` (nodes with ``kind`` and ``label`` attributes, as
    :func:`attribution.graph.build_graph` gives them) as an HTML fragment: an SVG drawing with its
    script, for ``IPython.display.HTML``.  ``center`` is drawn larger; nodes of the ``labelled``
    kinds show their label (the others on hover)."""
    data = _data(G, center, seed, labelled)
    uid = "net-" + hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()[:10]
    script = resources.files("attribution.report").joinpath("static/network.js").read_text(encoding="utf-8")
    return (f'<div class="attribution-network" id="{uid}" dir="rtl" lang="ar" '
            f'style="font-family: \'Noto Naskh Arabic\', \'Noto Sans Arabic\', Arial, \'DejaVu Sans\', sans-serif;">'
            f'<div style="display:flex;gap:1em;align-items:center;flex-wrap:wrap">'
            f'<input type="search" placeholder="ابحث عن عقدة" style="font:inherit;padding:.2em .4em">'
            f'<span class="legend"></span><span class="info" style="color:#555"></span></div>'
            f'<svg width="100%" height="{int(height)}" style="border:1px solid #ddd;background:#fff;cursor:grab"'
            f' xmlns="http://www.w3.org/2000/svg"></svg>'
            f"{json_script(uid + '-data', data)}<script>{script}\n;attributionNetwork({json.dumps(uid)});</script></div>")


def network_page(G: Any, center: Hashable | None = None, *, title: str = "شبكة المتحدث", **options: Any) -> str:
    """The same drawing as a whole page (write it to a file and open it in a browser)."""
    return page(title, f"<header><h1>{escape(title)}</h1></header><main>{network_html(G, center, **options)}</main>")
