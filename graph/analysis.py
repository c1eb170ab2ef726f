"""RDF -> the network an analyst draws, with centrality and communities.

Nodes are entities (people, organisations, units, states, places, unnamed sources) and claims.
Edges:

- ``Withdrawal``/``Offensive``/``ControlChange``/``Attack``: agent -> place, one per event, with its date;
- ``claims``: speaker -> claim, and ``about``: claim -> each entity it is about;
- ``partOf`` (unit hierarchy), ``affiliation`` and ``locatedIn``;
- ``co-mention``: entities named in the same articles (undirected in spirit), weighted by articles.

The graph is read from an Oxigraph store (a build's working store, a store folder, or a file loaded
in memory) with a few SPARQL queries over the union of its graphs; rows are sorted before use, so the
network does not depend on the store's order. Node and edge attributes are scalars (strings,
numbers), so the graph writes straight to GraphML and GEXF; per-node evidence for tooltips is kept
apart in ``G.graph["evidence"]``.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from graph.background import Background
from graph.records import ACTOR_KINDS
from graph.abbreviator import Abbreviator
from ontology import PREFIXES

ENTITY_CLASSES = ["Person", "MilitaryUnit", "Organization", "Country", "Place", "UnnamedSource"]
EVENT_CLASSES = ["Withdrawal", "Offensive", "ControlChange", "Attack"]
STRUCTURAL = {"claims", "about", "partOf", "affiliation", "locatedIn", *EVENT_CLASSES}
MAX_EVIDENCE = 6
MAX_COMENTION_PER_ARTICLE = 40  # an article naming 200 things would add 20,000 pairs
BETWEENNESS_SAMPLE = 200  # pivots for sampled betweenness above this many nodes
BACKGROUND_NODES = 500  # from this many nodes betweenness is worth a forked child of its own
_HEADER = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in ("wk", "rdfs", "skos", "dcterms", "prov", "geo"))
_ENTITY_VALUES = "VALUES ?cls { " + " ".join(f"wk:{c}" for c in ENTITY_CLASSES) + " }"
_EVENT_VALUES = "VALUES ?cls { " + " ".join(f"wk:{c}" for c in EVENT_CLASSES) + " }"


def _rows(store, query: str) -> list[tuple]:
    """Rows of a SELECT over the union of the store's graphs, as tuples of plain strings (None when
    unbound), sorted."""
    out = []
    for sol in store.query(_HEADER + query, use_default_graph_as_union=True):
        out.append(tuple(None if t is None else t.value for t in sol))
    return sorted(out, key=lambda r: tuple("" if v is None else v for v in r))


def project(store, comention: bool = True) -> nx.MultiDiGraph:
    """The analyst's network of a warkg graph held in a pyoxigraph Store (see the module docstring)."""
    short = Abbreviator()
    G = nx.MultiDiGraph()
    articles = {a: {"id": i or short(a), "title": t or i or "", "date": d or ""} for a, i, t, d in _rows(store, """
        SELECT ?a (MIN(?i) AS ?id) (MIN(?t) AS ?title) (MIN(STR(?d)) AS ?date) WHERE {
          ?a a wk:Article . OPTIONAL { ?a dcterms:identifier ?i } OPTIONAL { ?a dcterms:title ?t }
          OPTIONAL { ?a dcterms:date ?d } } GROUP BY ?a""")}
    sentences = _Sentences(store, articles)

    # entities: the first entity class in ENTITY_CLASSES order wins
    kinds: dict[str, str] = {}
    for iri, cls in _rows(store, f"SELECT ?e ?cls WHERE {{ {_ENTITY_VALUES} ?e a ?cls }}"):
        kind = cls.rsplit("#", 1)[-1]
        if iri not in kinds or ENTITY_CLASSES.index(kind) < ENTITY_CLASSES.index(kinds[iri]):
            kinds[iri] = kind
    node_of = {iri: short(iri) for iri in kinds}
    facts = {e: (label, lat, lon) for e, label, lat, lon in _rows(store, f"""
        SELECT ?e (MIN(?l) AS ?label) (MIN(?la) AS ?lat) (MIN(?lo) AS ?lon) WHERE {{ {_ENTITY_VALUES} ?e a ?cls .
          OPTIONAL {{ ?e rdfs:label ?l }} OPTIONAL {{ ?e geo:lat ?la ; geo:long ?lo }} }} GROUP BY ?e""")}
    alt: dict[str, list[str]] = defaultdict(list)
    for e, name in _rows(store, f"SELECT DISTINCT ?e ?n WHERE {{ {_ENTITY_VALUES} ?e a ?cls ; skos:altLabel ?n }}"):
        alt[e].append(name)
    mentioned: dict[str, list[str]] = defaultdict(list)
    for e, a in _rows(store, "SELECT DISTINCT ?e ?a WHERE { ?e wk:mentionedIn ?a }"):
        mentioned[e].append(a)
    mentions: dict[str, list[str]] = defaultdict(list)
    for e, m in _rows(store, "SELECT ?e ?m WHERE { ?e wk:hasMention ?m }"):
        mentions[e].append(m)
    for iri in sorted(kinds):
        nid = node_of[iri]
        label, lat, lon = facts.get(iri, (None, None, None))
        attrs = {"label": label or nid, "kind": kinds[iri], "iri": iri, "altLabels": "; ".join(sorted(set(alt[iri]))),
                 "articles": len(mentioned[iri])}
        if lat is not None and lon is not None:
            attrs["lat"], attrs["lon"] = float(lat), float(lon)
        dates = sorted(articles[a]["date"][:10] for a in mentioned[iri] if a in articles and articles[a]["date"])
        if dates:
            attrs["dates"] = [dates[0], dates[-1]]  # first and last article naming it, for the page's time filter
        G.add_node(nid, **attrs)
        sentences.want(nid, mentions[iri])

    # events: agent -> place
    events: dict[str, dict] = {}
    for ev, cls, place, agent, date, art in _rows(store, f"""
        SELECT ?ev ?cls ?place ?agent (STR(?d) AS ?date) ?art WHERE {{ {_EVENT_VALUES} ?ev a ?cls ; wk:place ?place .
          OPTIONAL {{ ?ev wk:agent ?agent }} OPTIONAL {{ ?ev dcterms:date ?d }} OPTIONAL {{ ?ev prov:wasDerivedFrom ?art }} }}"""):
        reported = articles.get(art, {}).get("date", "") if art else ""
        info = events.setdefault(ev, {"types": set(), "places": set(), "agents": set(), "date": date or "", "framing": set(),
                                      "when": (date or reported)[:10]})
        info["types"].add(cls.rsplit("#", 1)[-1])
        info["places"].add(place)
        if agent:
            info["agents"].add(agent)
    for ev, framing in _rows(store, f"SELECT DISTINCT ?ev ?f WHERE {{ {_EVENT_VALUES} ?ev a ?cls ; wk:framedAs ?f }}"):
        if ev in events:
            events[ev]["framing"].add(framing)
    event_evidence: dict[str, list[str]] = defaultdict(list)
    for ev, x in _rows(store, f"SELECT DISTINCT ?ev ?x WHERE {{ {_EVENT_VALUES} ?ev a ?cls ; wk:hasEvidence ?x }}"):
        event_evidence[ev].append(x)
    for ev in sorted(events):
        info = events[ev]
        eid = short(ev)
        framing = ", ".join(sorted(info["framing"]))
        for etype in sorted(info["types"], key=EVENT_CLASSES.index):
            for place in sorted(p for p in info["places"] if p in node_of):
                for agent in sorted(a for a in info["agents"] if a in node_of):
                    a, b = node_of[agent], node_of[place]
                    G.add_edge(a, b, key=eid, relation=etype, label=etype, date=info["date"], framing=framing, weight=1,
                               when=info["when"])
                    sentences.want(f"{a}|{b}|{eid}", event_evidence[ev])

    # claims: speaker -> claim -> about
    claim_rows = _rows(store, """SELECT ?c (MIN(?t) AS ?text) (MIN(STR(?d)) AS ?date) WHERE { ?c a wk:Claim .
        OPTIONAL { ?c wk:text ?t } OPTIONAL { ?c dcterms:date ?d } } GROUP BY ?c""")
    links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for c, pred, x in _rows(store, """SELECT ?c ?p ?x WHERE { ?c a wk:Claim .
        VALUES ?p { prov:wasAttributedTo wk:about wk:hasEvidence } ?c ?p ?x }"""):
        links[c][pred.rsplit("#", 1)[-1]].append(x)
    for c, text, date in claim_rows:
        cid, text = short(c), text or ""
        G.add_node(cid, label=(text[:57] + "...") if len(text) > 60 else text, kind="Claim", iri=c, text=text,
                   date=date or "", articles=1, altLabels="")
        sentences.want(cid, links[c]["hasEvidence"])
        for speaker in links[c]["wasAttributedTo"]:
            if speaker in node_of:
                G.add_edge(node_of[speaker], cid, key="claims", relation="claims", label="claims", weight=1)
        for about in links[c]["about"]:
            if about in node_of:
                G.add_edge(cid, node_of[about], key="about", relation="about", label="about", weight=1)

    for s, pred, o in _rows(store, "SELECT ?s ?p ?o WHERE { VALUES ?p { wk:partOf wk:affiliation wk:locatedIn } ?s ?p ?o }"):
        if s in node_of and o in node_of:
            relation = pred.rsplit("#", 1)[-1]
            G.add_edge(node_of[s], node_of[o], key=relation, relation=relation, label=relation, weight=1)

    if comention:
        by_article: dict[str, list[str]] = defaultdict(list)
        for ent, arts in mentioned.items():
            if ent in node_of:
                for art in arts:
                    by_article[art].append(node_of[ent])
        weights: dict[tuple[str, str], int] = defaultdict(int)
        for nodes in by_article.values():
            ranked = sorted(set(nodes), key=lambda n: (-G.nodes[n]["articles"], n))[:MAX_COMENTION_PER_ARTICLE]
            for a, b in combinations(sorted(ranked), 2):
                weights[(a, b)] += 1
        for (a, b), w in sorted(weights.items()):
            G.add_edge(a, b, key="co-mention", relation="co-mention", label="", weight=w)

    G.graph["periods"] = _control_periods(store, node_of)
    G.graph["evidence"] = sentences.fetch()
    return G


def _control_periods(store, node_of: dict[str, str]) -> dict[str, list[dict]]:
    """The control periods of each place node (graph.control_periods), earliest first."""
    periods: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for period, place, controller, start, start_by, end, end_by, contested in _rows(store, """
        SELECT ?p ?place ?c (STR(?s) AS ?start) (STR(?sb) AS ?startBy) (STR(?e) AS ?end) (STR(?eb) AS ?endBy) ?contested
        WHERE { ?p a wk:ControlPeriod ; wk:place ?place ; wk:controller ?c ; wk:contested ?contested .
          OPTIONAL { ?p wk:start ?s } OPTIONAL { ?p wk:startReportedBy ?sb }
          OPTIONAL { ?p wk:end ?e } OPTIONAL { ?p wk:endReportedBy ?eb } } ORDER BY ?p"""):
        if place in node_of and controller in node_of:
            order = int(period.rsplit("-", 1)[-1])  # period:<place>-<n> is numbered in time order (graph.control_periods)
            periods[node_of[place]].append((order, {
                "controller": node_of[controller], "start": start or "", "startBy": start_by or "", "end": end or "",
                "endBy": end_by or "", "contested": contested in ("true", "1")}))
    return {place: [row for _, row in sorted(rows, key=lambda r: r[0])] for place, rows in periods.items()}


class _Sentences:
    """Evidence for tooltips: the first few evidence nodes of each owner (by IRI), their sentences and
    articles fetched in batches."""

    def __init__(self, store, articles: dict):
        self.store, self.articles = store, articles
        self.wanted: dict[str, list[str]] = {}

    def want(self, owner: str, nodes: list[str]) -> None:
        if nodes:
            self.wanted[owner] = sorted(set(nodes))[:MAX_EVIDENCE]

    def fetch(self, batch: int = 2000) -> dict[str, list[dict]]:
        nodes = sorted({n for ns in self.wanted.values() for n in ns})
        found: dict[str, dict] = {}
        for start in range(0, len(nodes), batch):
            values = " ".join(f"<{n}>" for n in nodes[start:start + batch])
            for x, sentence, art in _rows(self.store, f"""SELECT ?x (MIN(?s) AS ?sentence) (MIN(?a) AS ?article) WHERE {{
                    VALUES ?x {{ {values} }} OPTIONAL {{ ?x wk:sentence ?s }} OPTIONAL {{ ?x prov:wasDerivedFrom ?a }} }}
                    GROUP BY ?x"""):
                meta = self.articles.get(art, {})
                found[x] = {"sentence": sentence or "", "article": meta.get("id", ""), "title": meta.get("title", ""),
                            "date": meta.get("date", "")}
        return {owner: [found[n] for n in ns if n in found] for owner, ns in sorted(self.wanted.items())}


def add_centrality(G: nx.MultiDiGraph) -> None:
    """Degree and betweenness centrality and a community id on every node.

    Degree and communities use the whole undirected skeleton, co-mentions included (weighted by
    articles). Betweenness is brokerage between entities over the structural relations only (events,
    partOf, affiliation, locatedIn, and each claim contracted into links between its speaker and what
    it is about): co-mentions join nearly everything to the hubs in two steps, which makes brokerage
    meaningless and the computation dense. Claims get none. Above :data:`BETWEENNESS_SAMPLE` entities
    it is estimated from that many pivots (seeded, so runs agree)."""
    simple = nx.Graph()
    simple.add_nodes_from(G.nodes)
    structure = nx.Graph()
    structure.add_nodes_from(n for n, a in G.nodes(data=True) if a.get("kind") != "Claim")
    claim_ends: dict[str, set] = defaultdict(set)
    for a, b, data in G.edges(data=True):
        if a == b:
            continue
        w = simple[a][b]["weight"] + data.get("weight", 1) if simple.has_edge(a, b) else data.get("weight", 1)
        simple.add_edge(a, b, weight=w)
        if data.get("relation") not in STRUCTURAL:
            continue
        if G.nodes[a].get("kind") == "Claim":
            claim_ends[a].add(b)
        elif G.nodes[b].get("kind") == "Claim":
            claim_ends[b].add(a)
        else:
            structure.add_edge(a, b)
    for ends in claim_ends.values():
        ordered = sorted(ends)
        structure.add_edges_from((x, y) for i, x in enumerate(ordered) for y in ordered[i + 1:])
    degree = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    k = None if len(structure) <= BETWEENNESS_SAMPLE else BETWEENNESS_SAMPLE
    # on a large graph betweenness runs in a forked child while this process finds the communities:
    # the two are the largest costs of drawing the page and need nothing of each other (measured on the
    # 221-article bench: 0.75 s and 1.0 s, one after the other before)
    between_job = Background(nx.betweenness_centrality, structure, k=k, seed=7, name="warkg-betweenness") \
        if len(structure) >= BACKGROUND_NODES else None
    communities = nx.community.louvain_communities(simple, weight="weight", seed=7) if len(simple) else []
    if between_job is not None:
        between = between_job.result()
    else:
        between = nx.betweenness_centrality(structure, k=k, seed=7) if len(structure) > 2 else {}
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

    lines += ["most central actors:"] + ranked(lambda a: a["kind"] in ACTOR_KINDS)
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
