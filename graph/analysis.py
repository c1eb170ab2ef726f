"""RDF -> the network an analyst draws, with centrality and communities.

Nodes are entities (people, organisations, units, states, places, unnamed sources) and claims.
Edges:

- ``Withdrawal``/``Offensive``/``ControlChange``/``Attack``: agent -> place, one per event, with its date;
- ``claims``: speaker -> claim, and ``about``: claim -> each entity it is about;
- ``partOf`` (unit hierarchy), ``affiliation`` and ``locatedIn``;
- ``co-mention``: entities named in the same articles (undirected in spirit), weighted by articles.

Node and edge attributes are scalars (strings, numbers), so the graph writes straight to GraphML and
GEXF; per-node evidence for tooltips is kept apart in ``G.graph["evidence"]``.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from graph.turtle import Abbreviator
from ontology import WK

GEO_LAT = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat")
GEO_LONG = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#long")
ENTITY_CLASSES = ["Person", "MilitaryUnit", "Organization", "Country", "Place", "UnnamedSource"]
EVENT_CLASSES = ["Withdrawal", "Offensive", "ControlChange", "Attack"]
MAX_EVIDENCE = 6
MAX_COMENTION_PER_ARTICLE = 40  # an article naming 200 things would add 20,000 pairs


def _kind(g: Graph, node) -> str | None:
    types = {str(t).rsplit("#", 1)[-1] for t in g.objects(node, RDF.type)}
    return next((k for k in ENTITY_CLASSES if k in types), None)


def project(g: Graph, comention: bool = True) -> nx.MultiDiGraph:
    """The analyst's network of a warkg graph (see the module docstring)."""
    short = Abbreviator()
    G = nx.MultiDiGraph()
    evidence: dict[str, list[dict]] = defaultdict(list)
    articles = {}
    for art in g.subjects(RDF.type, WK.Article):
        articles[art] = {
            "id": str(g.value(art, DCTERMS.identifier) or short(str(art))),
            "title": str(g.value(art, DCTERMS.title) or g.value(art, DCTERMS.identifier) or ""),
            "date": str(g.value(art, DCTERMS.date) or ""),
        }

    def add_entity(node) -> str | None:
        nid = short(str(node))
        if nid in G:
            return nid
        kind = _kind(g, node)
        if kind is None:
            return None
        mentioned = sorted(set(g.objects(node, WK.mentionedIn)), key=str)
        lat, lon = g.value(node, GEO_LAT), g.value(node, GEO_LONG)
        attrs = {
            "label": str(g.value(node, RDFS.label) or nid),
            "kind": kind,
            "iri": str(node),
            "altLabels": "; ".join(sorted(str(a) for a in g.objects(node, SKOS.altLabel))),
            "articles": len(mentioned),
        }
        if lat is not None and lon is not None:
            attrs["lat"], attrs["lon"] = float(lat), float(lon)
        G.add_node(nid, **attrs)
        for m in sorted(g.objects(node, WK.hasMention), key=str)[:MAX_EVIDENCE]:
            evidence[nid].append(_evidence(g, m, articles))
        return nid

    for cls in ENTITY_CLASSES:
        for node in g.subjects(RDF.type, WK[cls]):
            add_entity(node)

    # events: agent -> place
    for etype in EVENT_CLASSES:
        for ev in g.subjects(RDF.type, WK[etype]):
            places = [add_entity(p) for p in g.objects(ev, WK.place)]
            agents = [add_entity(a) for a in g.objects(ev, WK.agent)]
            date = str(g.value(ev, DCTERMS.date) or "")
            framing = ", ".join(sorted(str(f) for f in g.objects(ev, WK.framedAs)))
            eid = short(str(ev))
            for place in filter(None, places):
                for agent in filter(None, agents) or [None]:
                    if agent is None:
                        continue
                    G.add_edge(agent, place, key=eid, relation=etype, label=etype, date=date, framing=framing, weight=1)
                    for e in sorted(g.objects(ev, WK.hasEvidence), key=str)[:MAX_EVIDENCE]:
                        evidence[f"{agent}|{place}|{eid}"].append(_evidence(g, e, articles))

    # claims: speaker -> claim -> about
    for claim in g.subjects(RDF.type, WK.Claim):
        cid = short(str(claim))
        text = str(g.value(claim, WK.text) or "")
        speakers = [add_entity(s) for s in g.objects(claim, PROV.wasAttributedTo)]
        G.add_node(cid, label=(text[:57] + "...") if len(text) > 60 else text, kind="Claim", iri=str(claim),
                   text=text, date=str(g.value(claim, DCTERMS.date) or ""), articles=1, altLabels="")
        for e in sorted(g.objects(claim, WK.hasEvidence), key=str)[:MAX_EVIDENCE]:
            evidence[cid].append(_evidence(g, e, articles))
        for speaker in filter(None, speakers):
            G.add_edge(speaker, cid, key="claims", relation="claims", label="claims", weight=1)
        for about in g.objects(claim, WK.about):
            target = add_entity(about)
            if target:
                G.add_edge(cid, target, key="about", relation="about", label="about", weight=1)

    for pred, relation in ((WK.partOf, "partOf"), (WK.affiliation, "affiliation"), (WK.locatedIn, "locatedIn")):
        for s, o in g.subject_objects(pred):
            a, b = add_entity(s), add_entity(o)
            if a and b:
                G.add_edge(a, b, key=relation, relation=relation, label=relation, weight=1)

    if comention:
        by_article: dict[URIRef, list[str]] = defaultdict(list)
        for ent, art in g.subject_objects(WK.mentionedIn):
            nid = short(str(ent))
            if nid in G:
                by_article[art].append(nid)
        weights: dict[tuple[str, str], int] = defaultdict(int)
        for nodes in by_article.values():
            ranked = sorted(set(nodes), key=lambda n: (-G.nodes[n]["articles"], n))[:MAX_COMENTION_PER_ARTICLE]
            for a, b in combinations(sorted(ranked), 2):
                weights[(a, b)] += 1
        for (a, b), w in sorted(weights.items()):
            G.add_edge(a, b, key="co-mention", relation="co-mention", label="", weight=w)

    G.graph["evidence"] = dict(evidence)
    return G


def _evidence(g: Graph, node, articles: dict) -> dict:
    art = g.value(node, PROV.wasDerivedFrom)
    meta = articles.get(art, {})
    return {"sentence": str(g.value(node, WK.sentence) or ""), "article": meta.get("id", ""),
            "title": meta.get("title", ""), "date": meta.get("date", "")}


def add_centrality(G: nx.MultiDiGraph) -> None:
    """Degree and betweenness centrality and a community id on every node (computed on the simple,
    undirected skeleton; betweenness is sampled above 2,000 nodes to stay fast)."""
    simple = nx.Graph()
    simple.add_nodes_from(G.nodes)
    for a, b, data in G.edges(data=True):
        if a != b:
            w = simple[a][b]["weight"] + data.get("weight", 1) if simple.has_edge(a, b) else data.get("weight", 1)
            simple.add_edge(a, b, weight=w)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    k = None if len(simple) <= 2000 else 500
    between = nx.betweenness_centrality(simple, k=k, seed=7) if len(simple) > 2 else {n: 0.0 for n in simple}
    communities = nx.community.louvain_communities(simple, weight="weight", seed=7) if len(simple) else []
    community_of = {}
    for cid, members in enumerate(sorted(communities, key=lambda c: (-len(c), sorted(c)[0]))):
        for node in members:
            community_of[node] = cid
    for node in G.nodes:
        G.nodes[node]["degree"] = round(degree.get(node, 0.0), 6)
        G.nodes[node]["betweenness"] = round(between.get(node, 0.0), 6)
        G.nodes[node]["community"] = community_of.get(node, -1)


def stats_lines(G: nx.MultiDiGraph, top: int = 10) -> list[str]:
    """What `warkg stats` prints: counts by class, most central actors and places, largest communities."""
    if len(G) and "degree" not in G.nodes[next(iter(G.nodes))]:
        add_centrality(G)
    kinds: dict[str, int] = defaultdict(int)
    for _, a in G.nodes(data=True):
        kinds[a["kind"]] += 1
    lines = [f"{len(G)} nodes, {G.number_of_edges()} edges"]
    lines += [f"  {kind:14} {kinds[kind]:>6}" for kind in [*ENTITY_CLASSES, "Claim"] if kinds.get(kind)]

    def ranked(keep) -> list[str]:
        nodes = [n for n, a in G.nodes(data=True) if keep(a)]
        nodes.sort(key=lambda n: (-G.nodes[n]["betweenness"], -G.nodes[n]["degree"], n))
        return [f"  {G.nodes[n]['label'][:40]:40} {G.nodes[n]['kind']:14} betweenness {G.nodes[n]['betweenness']:.3f}"
                f"  degree {G.nodes[n]['degree']:.3f}  articles {G.nodes[n].get('articles', 0)}" for n in nodes[:top]]

    lines += ["most central actors:"] + ranked(lambda a: a["kind"] in ("Person", "Organization", "MilitaryUnit",
                                                                         "Country", "UnnamedSource"))
    lines += ["most central places:"] + ranked(lambda a: a["kind"] == "Place")
    communities: dict[int, list[str]] = defaultdict(list)
    for n, a in G.nodes(data=True):
        if a["kind"] != "Claim":
            communities[a.get("community", -1)].append(n)
    lines.append("largest communities:")
    for cid, members in sorted(communities.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]:
        leaders = sorted(members, key=lambda n: (-G.nodes[n]["degree"], n))[:6]
        lines.append(f"  #{cid:<3} {len(members):>4} members: " + ", ".join(G.nodes[n]["label"] for n in leaders))
    return lines
