"""What the page's map and time slider draw: country outlines, places with their control periods and
events, and the date range of the graph.

The outlines are Natural Earth's 1:110m countries (public domain), shipped in derived form as
``graph/resources/borders.json`` (rebuilt by ``graph/resources/build_borders.py``). The page projects
them itself (an equirectangular projection fitted to the data, drawn as SVG): no tiles, no third-party
map library, nothing fetched. The map needs little of what a library such as Leaflet brings (tiles,
touch gestures, plugins), and the page stays one offline file.
"""
from __future__ import annotations

import json
from functools import lru_cache

import networkx as nx

from graph.analysis import EVENT_CLASSES
from graph.resources import resource_path

# controllers get these colours in order of how many places they hold (colour-blind-safe Tableau 10)
CONTROLLER_COLORS = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7",
                     "#9c755f", "#bab0ac"]


@lru_cache(maxsize=1)
def borders() -> list[dict]:
    """Country outlines: name, ISO alpha-3 code, rings as flat [lon, lat, ...] lists."""
    return json.loads(resource_path("borders.json").read_text(encoding="utf-8"))["countries"]


def map_data(G: nx.MultiDiGraph, kept: set[str]) -> dict:
    """Places (with coordinates, control periods and events), events, controllers and the date range,
    for the nodes the page shows."""
    periods = G.graph.get("periods", {})
    events = []
    for a, b, key, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        if d.get("relation") in EVENT_CLASSES and b in kept and "lat" in G.nodes[b]:
            events.append({"type": d["relation"], "when": d.get("when", ""), "place": b, "agent": G.nodes[a]["label"],
                           "framing": d.get("framing", ""), "edge": f"{a}|{b}|{key}"})
    places = []
    with_events = {e["place"] for e in events}
    for n in sorted(kept):
        attrs = G.nodes[n]
        if "lat" in attrs and (n in periods or n in with_events or attrs["kind"] == "Place"):
            places.append({"id": n, "label": attrs["label"], "lat": round(attrs["lat"], 4), "lon": round(attrs["lon"], 4),
                           "periods": [p for p in periods.get(n, []) if p["controller"] in kept]})
    held: dict[str, int] = {}
    for place in places:
        for p in place["periods"]:
            held[p["controller"]] = held.get(p["controller"], 0) + 1
    controllers = sorted(held, key=lambda c: (-held[c], c))
    dates = [d for n in kept for d in G.nodes[n].get("dates", [])] + [e["when"] for e in events if e["when"]]
    return {
        "borders": borders(),
        "places": places,
        "events": events,
        "controllers": [{"id": c, "label": G.nodes[c]["label"], "color": CONTROLLER_COLORS[i % len(CONTROLLER_COLORS)]}
                        for i, c in enumerate(controllers)],
        "range": [min(dates)[:10], max(dates)[:10]] if dates else [],
    }
