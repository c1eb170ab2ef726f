"""The analyst's network as one self-contained HTML page (pyvis data, vis-network drawing).

Everything the page needs is inside it: vis-network's script and stylesheet are read from the pyvis
package and inlined, the data is embedded as JSON, and a Content-Security-Policy forbids any request
to another host, so the page works on an air-gapped laptop. Article text is untrusted: labels and
evidence travel as JSON data and are put on the page as text nodes, never as HTML.

Layouts: ``force`` lets vis-network stabilise and then switches physics off (for up to
:data:`PHYSICS_LIMIT` nodes; above that the positions are computed here first); ``geo`` pins places
at their projected coordinates so that the network reads like a map, and lays the rest out around them.
"""
from __future__ import annotations

import html
import json
import math
from importlib import resources
from pathlib import Path

import networkx as nx

from graph.analysis import EVENT_CLASSES, add_centrality
from graph.turtle import write_atomic

PHYSICS_LIMIT = 1500
COLORS = {
    "Person": "#e15759", "Organization": "#4e79a7", "MilitaryUnit": "#59a14f", "Country": "#b07aa1",
    "Place": "#f28e2b", "UnnamedSource": "#9c9c9c", "Claim": "#edc948",
}
SHAPES = {
    "Person": "dot", "Organization": "square", "MilitaryUnit": "triangle", "Country": "diamond",
    "Place": "dot", "UnnamedSource": "dot", "Claim": "dot",
}
KIND_LABELS = {"MilitaryUnit": "Military unit", "UnnamedSource": "Unnamed source"}
KIND_ORDER = ["Person", "Organization", "MilitaryUnit", "Country", "Place", "UnnamedSource", "Claim"]
HIDDEN_RELATIONS = {"co-mention"}  # many and weak: off until the analyst asks for them
UNLABELLED_RELATIONS = {"claims", "about", "co-mention"}
RELATION_COLORS = {
    "Withdrawal": "#1f77b4", "Offensive": "#d62728", "ControlChange": "#9467bd", "Attack": "#8c564b",
    "claims": "#bcbd22", "about": "#dbdb8d", "partOf": "#2ca02c", "affiliation": "#17becf",
    "locatedIn": "#c7c7c7", "co-mention": "#e0e0e0",
}
GEO_SCALE = 150.0  # pixels per degree of longitude


def _asset(*parts: str) -> str:
    return (resources.files("pyvis").joinpath("lib", *parts)).read_text(encoding="utf-8")


def network_data(G: nx.MultiDiGraph, layout: str = "force", min_degree: int = 0) -> dict:
    """Nodes, edges, legend and options for the page, built through a pyvis Network."""
    from pyvis.network import Network

    if len(G) and "degree" not in G.nodes[next(iter(G.nodes))]:
        add_centrality(G)
    evidence = G.graph.get("evidence", {})
    simple_degree = dict(nx.Graph(G).degree())
    keep = [n for n in G.nodes if simple_degree.get(n, 0) >= min_degree]
    positions = _layout(G.subgraph(keep), layout)
    net = Network(directed=True, cdn_resources="in_line")
    # build the lists directly: pyvis' add_node/add_edge scan for duplicates (quadratic on big graphs)
    max_between = max([G.nodes[n].get("betweenness", 0.0) for n in keep] + [1e-9])
    for n in sorted(keep):
        a = G.nodes[n]
        kind = a["kind"]
        meta = f"{KIND_LABELS.get(kind, kind)} · named in {a.get('articles', 0)} article(s)"
        if kind == "Claim" and a.get("date"):
            meta += f" · {a['date']}"
        claim = kind == "Claim"
        node = {
            "id": n, "label": "" if claim else a["label"], "group": kind, "shape": SHAPES.get(kind, "dot"),
            "color": COLORS.get(kind, "#999"),
            "size": 5 if claim else 8 + 28 * math.sqrt(a.get("betweenness", 0.0) / max_between),
            "info": {"title": a.get("text") or a["label"], "meta": meta, "kindLabel": KIND_LABELS.get(kind, kind),
                     "altLabels": a.get("altLabels", ""), "degree": simple_degree.get(n, 0),
                     "evidence": evidence.get(n, [])},
        }
        if n in positions:
            node["x"], node["y"] = positions[n]
            if layout == "geo" and "lat" in a:
                node["fixed"] = True
        net.nodes.append(node)
    kept = set(keep)
    for i, (a, b, key, d) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))):
        if a not in kept or b not in kept:
            continue
        relation = d.get("relation", "")
        title = f"{G.nodes[a]['label']} → {relation} → {G.nodes[b]['label']}"
        meta = "; ".join(x for x in (d.get("date", ""), f"framed as {d['framing']}" if d.get("framing") else "",
                                     f"{d['weight']} article(s)" if relation == "co-mention" else "") if x)
        label = "" if relation in UNLABELLED_RELATIONS else d.get("label", "")
        if relation in EVENT_CLASSES and d.get("date"):
            label = f"{label} {d['date']}"
        edge = {"id": i, "from": a, "to": b, "relation": relation, "label": label,
                "color": {"color": RELATION_COLORS.get(relation, "#aaa")}, "arrows": "" if relation == "co-mention" else "to",
                "dashes": relation == "co-mention", "width": min(1 + d.get("weight", 1), 6),
                "info": {"title": title, "meta": meta, "evidence": evidence.get(f"{a}|{b}|{key}", [])}}
        net.edges.append(edge)
    counts = {}
    for n in keep:
        counts[G.nodes[n]["kind"]] = counts.get(G.nodes[n]["kind"], 0) + 1
    rel_counts = {}
    for e in net.edges:
        rel_counts[e["relation"]] = rel_counts.get(e["relation"], 0) + 1
    physics = layout == "force" and not positions
    options = {
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(keep) > 500},
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": False},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 120, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50}},
        "layout": {"improvedLayout": len(keep) <= 150},
    }
    return {
        "nodes": net.nodes, "edges": net.edges, "options": options, "focus": _focus(G, keep) if layout == "geo" else [],
        "legend": [{"kind": k, "label": KIND_LABELS.get(k, k), "color": COLORS.get(k, "#999"), "count": counts[k]}
                   for k in KIND_ORDER if k in counts],
        "relations": [{"relation": r, "color": RELATION_COLORS.get(r, "#aaa"), "count": c, "hidden": r in HIDDEN_RELATIONS}
                      for r, c in sorted(rel_counts.items(), key=lambda kv: _relation_order(kv[0]))],
        "maxDegree": max([simple_degree.get(n, 0) for n in keep] + [1]),
    }


def _focus(G: nx.MultiDiGraph, keep: list[str]) -> list[str]:
    """The places of the main theatre (inside the 10th-90th percentile box of all placed nodes, widened),
    for the page to zoom to: Washington and Tokyo stay on the map without shrinking the front to a dot."""
    placed = [n for n in keep if "lat" in G.nodes[n] and G.nodes[n]["kind"] == "Place"]
    if len(placed) < 5:
        return placed
    lats = sorted(G.nodes[n]["lat"] for n in placed)
    lons = sorted(G.nodes[n]["lon"] for n in placed)
    lo = lambda xs: xs[len(xs) // 10]  # noqa: E731
    hi = lambda xs: xs[(len(xs) * 9) // 10]  # noqa: E731
    pad_lat, pad_lon = max(1.0, (hi(lats) - lo(lats)) * 0.25), max(1.0, (hi(lons) - lo(lons)) * 0.25)
    return [n for n in placed if lo(lats) - pad_lat <= G.nodes[n]["lat"] <= hi(lats) + pad_lat
            and lo(lons) - pad_lon <= G.nodes[n]["lon"] <= hi(lons) + pad_lon]


def _relation_order(relation: str) -> tuple[int, str]:
    return (EVENT_CLASSES.index(relation) if relation in EVENT_CLASSES else len(EVENT_CLASSES), relation)


def _layout(G: nx.MultiDiGraph, layout: str) -> dict[str, tuple[float, float]]:
    """Positions computed in Python: for the geo layout, and for graphs too big for browser physics."""
    if layout == "geo":
        placed = {n: a for n, a in G.nodes(data=True) if "lat" in a}
        if not placed:
            return _layout(G, "force-precomputed")
        lat0 = sorted(a["lat"] for a in placed.values())[len(placed) // 2]  # medians: the theatre, not the world
        lon0 = sorted(a["lon"] for a in placed.values())[len(placed) // 2]
        k = math.cos(math.radians(lat0))
        pos = {n: ((a["lon"] - lon0) * k, -(a["lat"] - lat0)) for n, a in placed.items()}
        # everyone else sits where they act: at the mean of the placed nodes they are linked to (events,
        # claims about places), then of the nodes placed that way; the rest on a ring around the map
        simple = nx.Graph()
        simple.add_nodes_from(G.nodes)
        simple.add_edges_from((a, b) for a, b, d in G.edges(data=True) if d.get("relation") != "co-mention")
        for _ in range(3):
            for n in [n for n in G.nodes if n not in pos]:
                near = [pos[m] for m in simple.neighbors(n) if m in pos]
                if near:
                    jitter = (hash(n) % 1000) / 1000 - 0.5
                    pos[n] = (sum(x for x, _ in near) / len(near) + jitter * 0.6,
                              sum(y for _, y in near) / len(near) + ((hash(n) // 1000) % 1000 / 1000 - 0.5) * 0.6)
        rest = sorted(n for n in G.nodes if n not in pos)
        radius = 1.2 * max([math.hypot(x, y) for x, y in pos.values()] + [5.0])
        for i, n in enumerate(rest):
            angle = 2 * math.pi * i / max(len(rest), 1)
            pos[n] = (radius * math.cos(angle), radius * math.sin(angle))
        return {n: (round(x * GEO_SCALE, 1), round(y * GEO_SCALE, 1)) for n, (x, y) in pos.items()}
    if layout == "force" and len(G) <= PHYSICS_LIMIT:
        return {}
    spring = nx.spring_layout(nx.Graph(G), seed=7, iterations=40) if len(G) else {}
    scale = 40.0 * math.sqrt(max(len(G), 1))
    return {n: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for n, (x, y) in spring.items()}


def render_page(G: nx.MultiDiGraph, title: str = "warkg network", layout: str = "force", min_degree: int = 0) -> str:
    """The self-contained page as text."""
    data = network_data(G, layout=layout, min_degree=min_degree)
    # JSON inside <script>: escape "<" so that no text can close the script element
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    template = (resources.files("graph") / "templates" / "network.html").read_text(encoding="utf-8")
    return (template.replace("@@TITLE@@", html.escape(title))
            .replace("@@VIS_CSS@@", _asset("vis-9.1.2", "vis-network.css"))
            .replace("@@VIS_JS@@", _asset("vis-9.1.2", "vis-network.min.js"))
            .replace("@@DATA@@", payload))


def render_html(G: nx.MultiDiGraph, path: str | Path, title: str = "warkg network", layout: str = "force",
                min_degree: int = 0) -> Path:
    """Write the self-contained page (atomically) and return its path."""
    path = Path(path)
    write_atomic(path, render_page(G, title=title, layout=layout, min_degree=min_degree))
    return path
