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
import re
import zlib
from importlib import resources
from pathlib import Path

import networkx as nx

from graph.analysis import EVENT_CLASSES, add_centrality
from graph.records import ENTITY_KINDS
from graph.atomic import write_atomic
from graph.map_view import map_data

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
KIND_ORDER = [*ENTITY_KINDS, "Claim"]
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
    simple_degree = {n: len(near) for n, near in _neighbours(G).items()}
    keep = [n for n in G.nodes if simple_degree.get(n, 0) >= min_degree]
    # a subgraph view filters every edge it iterates: copy it, or skip it when nothing is left out
    positions = _layout(G if len(keep) == len(G) else G.subgraph(keep).copy(), layout)
    net = Network(directed=True, cdn_resources="in_line")
    # build the lists directly: pyvis' add_node/add_edge scan for duplicates (quadratic on big graphs)
    max_between = max([G.nodes[n].get("betweenness", 0.0) for n in keep] + [1e-9])
    # evidence sentences are shared by many nodes and edges: each is sent once, in a table, and referred
    # to by its row; what the page can derive (colours, shapes, tooltips' titles) is not sent at all
    rows: dict[tuple[str, int], int] = {}
    articles: dict[tuple[str, str, str], int] = {}

    def refs(items: list[dict]) -> list[int]:
        return [rows.setdefault((ev["sentence"], articles.setdefault((ev["article"], ev["title"], ev["date"]),
                                                                      len(articles))), len(rows)) for ev in items]

    for n in sorted(keep):
        a = G.nodes[n]
        kind = a["kind"]
        claim = kind == "Claim"
        info = {"articles": a.get("articles", 0), "degree": simple_degree.get(n, 0)}
        if a.get("text") and a["text"] != a["label"]:
            info["title"] = a["text"]
        if claim:
            info["name"] = a["label"]  # the short form, for the titles of its edges (its label is not drawn)
            if a.get("date"):
                info["date"] = a["date"]
        if a.get("altLabels"):
            info["altLabels"] = a["altLabels"]
        if evidence.get(n):
            info["evidence"] = refs(evidence[n])
        node = {"id": n, "label": "" if claim else a["label"], "group": kind,
                "size": 5 if claim else round(8 + 28 * math.sqrt(a.get("betweenness", 0.0) / max_between), 2),
                "info": info}
        dates = a.get("dates") or ([a["date"][:10]] * 2 if a.get("date") else None)
        if dates:
            node["dates"] = dates  # first and last date it appears: the time slider filters on them
        if n in positions:
            node["x"], node["y"] = (round(v, 1) for v in positions[n])
            if layout == "geo" and "lat" in a:
                node["fixed"] = True
        net.nodes.append(node)
    kept = set(keep)
    edge_ids: dict[str, int] = {}
    index = {node["id"]: k for k, node in enumerate(net.nodes)}
    comentions: list[int] = []  # node index, node index, articles; again and again: the page makes the edges
    rel_counts: dict[str, int] = {}
    for i, (a, b, key, d) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))):
        if a not in kept or b not in kept:
            continue
        relation = d.get("relation", "")
        rel_counts[relation] = rel_counts.get(relation, 0) + 1
        edge_key = f"{a}|{b}|{key}"  # how the projection keys an edge's evidence
        if relation == "co-mention" and not evidence.get(edge_key) and not d.get("when"):
            # many (tens of thousands in a few hundred articles) and all alike: three numbers each, not
            # an object with its colour, title and tooltip (the page's size was three quarters these)
            comentions += [index[a], index[b], d.get("weight", 1)]
            continue
        meta = "; ".join(x for x in (d.get("date", ""), f"framed as {d['framing']}" if d.get("framing") else "",
                                     f"{d['weight']} article(s)" if relation == "co-mention" else "") if x)
        label = "" if relation in UNLABELLED_RELATIONS else d.get("label", "")
        if relation in EVENT_CLASSES and d.get("date"):
            label = f"{label} {d['date']}"
        edge = {"id": i, "from": index[a], "to": index[b], "relation": relation, "info": {}}  # node indexes
        for field, value in (("label", label), ("when", d.get("when", "")), ("weight", d.get("weight", 1))):
            if value and value != 1:
                edge[field] = value  # the page's defaults: no label, no period, one article
        if meta:
            edge["info"]["meta"] = meta
        if evidence.get(edge_key):
            edge["info"]["evidence"] = refs(evidence[edge_key])
        net.edges.append(edge)
        edge_ids[edge_key] = i
    counts = {}
    for n in keep:
        counts[G.nodes[n]["kind"]] = counts.get(G.nodes[n]["kind"], 0) + 1
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
        "kinds": {k: {"label": KIND_LABELS.get(k, k), "color": COLORS.get(k, "#999"), "shape": SHAPES.get(k, "dot")}
                  for k in counts},
        "evidence": [list(row) for row in rows],  # [sentence, article's row]
        "articles": [list(row) for row in articles],  # [article id, title, date]
        "relations": [{"relation": r, "color": RELATION_COLORS.get(r, "#aaa"), "count": c, "hidden": r in HIDDEN_RELATIONS}
                      for r, c in sorted(rel_counts.items(), key=lambda kv: _relation_order(kv[0]))],
        "comentions": comentions,
        "maxDegree": max([simple_degree.get(n, 0) for n in keep] + [1]),
        "map": _with_edge_ids(map_data(G, kept), edge_ids),
    }


def _with_edge_ids(data: dict, edge_ids: dict[str, int]) -> dict:
    """Map events point at the network's edge (its evidence is there) by the edge's id."""
    for event in data["events"]:
        event["edge"] = edge_ids.get(event["edge"])
    return data


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
        simple = _neighbours(G, skip="co-mention")
        for _ in range(3):
            _place_beside(simple, pos, [n for n in G.nodes if n not in pos], spread=0.6)
        rest = sorted(n for n in G.nodes if n not in pos)
        radius = 1.2 * max([math.hypot(x, y) for x, y in pos.values()] + [5.0])
        for i, n in enumerate(rest):
            angle = 2 * math.pi * i / max(len(rest), 1)
            pos[n] = (radius * math.cos(angle), radius * math.sin(angle))
        return {n: (round(x * GEO_SCALE, 1), round(y * GEO_SCALE, 1)) for n, (x, y) in pos.items()}
    if layout == "force" and len(G) <= PHYSICS_LIMIT:
        return {}
    return _force_layout(G)


def _jitter(node: str) -> tuple[float, float]:
    """A stable pseudo-random offset in [-0.5, 0.5)^2 per node (Python's hash() changes per run)."""
    h = zlib.crc32(node.encode("utf-8"))
    return (h % 1000) / 1000 - 0.5, ((h // 1000) % 1000) / 1000 - 0.5


def _neighbours(G: nx.MultiDiGraph, skip: str | None = None) -> dict[str, set]:
    """Each node's distinct neighbours, either direction, itself and edges of relation ``skip`` left out
    (a plain dict: several times faster to build than an undirected networkx copy)."""
    near: dict[str, set] = {n: set() for n in G.nodes}
    for a, b, relation in G.edges(data="relation"):
        if a != b and (skip is None or relation != skip):
            near[a].add(b)
            near[b].add(a)
    return near


def _place_beside(neighbours: dict[str, set], pos: dict, nodes: list, spread: float) -> None:
    """Put each node at the mean of its placed neighbours, offset a little."""
    for n in nodes:
        near = [pos[m] for m in sorted(neighbours[n]) if m in pos]
        if near:
            jx, jy = _jitter(n)
            pos[n] = (sum(x for x, _ in near) / len(near) + jx * spread, sum(y for _, y in near) / len(near) + jy * spread)


def _force_layout(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions for graphs too big for browser physics: force-directed on the entities (whose number
    grows far slower than the corpus), then each claim beside its speaker and what it is about."""
    simple = _neighbours(G)
    skeleton = sorted(n for n in G.nodes if G.nodes[n].get("kind") != "Claim") or sorted(G.nodes)
    index = {n: i for i, n in enumerate(skeleton)}
    weights: dict[tuple[int, int], float] = {}
    for a, b, d in G.edges(data=True):
        if a in index and b in index and a != b:
            key = (min(index[a], index[b]), max(index[a], index[b]))
            weights[key] = weights.get(key, 0.0) + (0.2 if d.get("relation") == "co-mention" else 1.0)
    for n in G.nodes:  # a claim ties its speaker to what it is about
        if n not in index:
            ends = sorted(index[m] for m in simple[n] if m in index)
            for i, j in zip(ends, ends[1:]):
                if i != j:
                    weights[(i, j)] = weights.get((i, j), 0.0) + 0.5
    xy = fruchterman_reingold(len(skeleton), weights)
    pos = {n: (float(xy[i, 0]), float(xy[i, 1])) for n, i in index.items()}
    rest = sorted(n for n in G.nodes if n not in pos)
    _place_beside(simple, pos, rest, spread=0.04)
    for i, n in enumerate(n for n in rest if n not in pos):  # isolated: a ring outside
        angle = 2 * math.pi * i / max(len(rest), 1)
        pos[n] = (1.2 * math.cos(angle), 1.2 * math.sin(angle))
    scale = 40.0 * math.sqrt(max(len(G), 1))
    return {n: (round(x * scale, 1), round(y * scale, 1)) for n, (x, y) in pos.items()}


def fruchterman_reingold(n: int, weights: dict[tuple[int, int], float], iterations: int = 50, seed: int = 7):
    """Fruchterman-Reingold force-directed placement in [-1, 1]^2, vectorised with NumPy.

    Repulsion between all pairs is computed a block of rows at a time (memory stays near 50 MB
    whatever ``n``); fewer iterations are run on very large graphs so that the cost stays bounded. A
    weak pull to the centre keeps disconnected parts on the page."""
    import numpy as np

    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)).astype(np.float32)  # float32: half the memory traffic, ample for a picture
    if n == 1:
        return pos * 0
    pairs = np.array(sorted(weights), dtype=np.int64).reshape(-1, 2)
    w = np.array([weights[tuple(p)] for p in pairs.tolist()], dtype=np.float32)
    k = 1.0 / math.sqrt(n)
    iterations = max(10, min(iterations, int(4e8 / (n * n))))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    block = max(1, 2_000_000 // n)
    for _ in range(iterations):
        # repulsion on i: sum_j (p_i - p_j) k^2 / |p_i - p_j|^2 = p_i * sum_j f_ij - (F @ P)_i, with the
        # squared distances from the Gram matrix (BLAS), a block of rows at a time
        disp = np.empty((n, 2), dtype=np.float32)
        sq = (pos ** 2).sum(axis=1)
        for start in range(0, n, block):
            rows = slice(start, start + block)
            dist2 = pos[rows] @ pos.T
            dist2 *= -2.0
            dist2 += sq[rows, None]
            dist2 += sq[None, :]
            np.maximum(dist2, 1e-4, out=dist2)
            force = np.reciprocal(dist2, out=dist2)
            force *= k * k  # the diagonal (i = j) adds p_i f_ii - f_ii p_i = 0: no need to clear it
            disp[rows] = pos[rows] * force.sum(axis=1)[:, None] - force @ pos
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist = np.maximum(np.sqrt((delta ** 2).sum(axis=1)), 1e-2)
            pull = delta * (dist * w / k)[:, None]
            np.add.at(disp, pairs[:, 0], -pull)
            np.add.at(disp, pairs[:, 1], pull)
        disp -= (pos - pos.mean(axis=0)) * (0.05 * n * k)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos = pos.astype(np.float64)
    pos -= pos.mean(axis=0)
    return pos / max(float(np.abs(pos).max()), 1e-9)


def render_page(G: nx.MultiDiGraph, title: str = "warkg network", layout: str = "force", min_degree: int = 0) -> str:
    """The self-contained page as text."""
    data = network_data(G, layout=layout, min_degree=min_degree)
    # JSON inside <script>: escape "<" so that no text can close the script element
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    template = (resources.files("graph") / "templates" / "network.html").read_text(encoding="utf-8")
    return fill_template(template, {"TITLE": html.escape(title), "VIS_CSS": _asset("vis-9.1.2", "vis-network.css"),
                                    "VIS_JS": _asset("vis-9.1.2", "vis-network.min.js"), "DATA": payload})


def fill_template(template: str, values: dict[str, str]) -> str:
    """Every ``@@NAME@@`` of the template replaced in one pass, so a value that holds a placeholder (a
    title such as "@@VIS_JS@@.ttl") is inserted as it is and never filled in turn."""
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m[1]] if m[1] in values else m[0], template)


def render_html(G: nx.MultiDiGraph, path: str | Path, title: str = "warkg network", layout: str = "force",
                min_degree: int = 0) -> Path:
    """Write the self-contained page (atomically) and return its path."""
    path = Path(path)
    write_atomic(path, render_page(G, title=title, layout=layout, min_degree=min_degree))
    return path
