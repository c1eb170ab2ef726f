"""One registry of export formats: every way the graph leaves warkg.

Each exporter is registered with one line (``@exporter(name, suffix, description)``) and writes from a
:class:`GraphData`, which holds the quads and builds, on demand and once, the rdflib union graph and
the analyst's network (:mod:`graph.analysis`). RDF formats keep every triple; TriG and N-Quads keep
one named graph per article when the source has them (a store, a build, a .trig or .nq file).
GraphML, GEXF and CSV carry the network: plain string ids and scalar attributes, so Gephi,
Cytoscape and spreadsheets open them as they are. Every file is written atomically.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

from graph.errors import WarkgError
from graph.turtle import serialize_turtle, write_atomic
from ontology import ONTOLOGY_FILE, PREFIXES

Quad = tuple
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    description: str
    write: Callable[[GraphData, Path], list[Path]]


REGISTRY: dict[str, Exporter] = {}


def exporter(name: str, suffix: str, description: str):
    """Register an export format: ``write(data, path) -> [paths written]``."""
    def register(func):
        REGISTRY[name] = Exporter(name, suffix, description, func)
        return func
    return register


class GraphData:
    """The graph to export: its quads, and (made once, when asked) its union graph and network."""

    def __init__(self, quads: Iterable[Quad], title: str = "warkg network"):
        self._quads = list(quads)
        self.title = title
        self._graph: Graph | None = None
        self._network: nx.MultiDiGraph | None = None

    @classmethod
    def from_source(cls, source) -> GraphData:
        """From a graph file or store opened by :func:`graph.sparql.open_source`."""
        return cls((tuple(_rdflib(t) for t in (q.subject, q.predicate, q.object)) + (_graph_name(q.graph_name),)
                    for q in source.store.quads_for_pattern(None, None, None, None)), title=f"warkg: {source.name}")

    def quads(self) -> list[Quad]:
        return self._quads

    def graph(self) -> Graph:
        if self._graph is None:
            self._graph = Graph()
            for s, p, o, _ in self._quads:
                self._graph.add((s, p, o))
        return self._graph

    def network(self) -> nx.MultiDiGraph:
        if self._network is None:
            from graph.analysis import add_centrality, project

            self._network = project(self.graph())
            add_centrality(self._network)
        return self._network

    def named_graphs(self) -> bool:
        return any(g is not None for *_, g in self._quads)


def _rdflib(term):
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)  # RDF 1.1: a plain literal is an xsd:string; rdflib keeps them apart
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise WarkgError("blank nodes are not supported in warkg graphs")


def _graph_name(term):
    import pyoxigraph as ox

    return None if isinstance(term, ox.DefaultGraph) else URIRef(term.value)


def export(data: GraphData, fmt: str, path: str | Path) -> list[Path]:
    """Write ``data`` in format ``fmt`` to ``path`` (a file; a folder for csv)."""
    if fmt not in REGISTRY:
        raise WarkgError(f"unknown export format {fmt!r} (warkg export --list shows them)")
    return REGISTRY[fmt].write(data, Path(path))


# -- RDF ---------------------------------------------------------------------------------------------

def _ox_term(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))


def _ox_serialize(quads: Iterable[Quad], fmt_name: str, with_graphs: bool) -> bytes:
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, fmt_name)
    if with_graphs:
        items = [ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), ox.NamedNode(str(g)) if g is not None else ox.DefaultGraph())
                 for s, p, o, g in quads]
    else:
        seen = set()
        items = []
        for s, p, o, _ in quads:
            if (s, p, o) not in seen:
                seen.add((s, p, o))
                items.append(ox.Triple(_ox_term(s), _ox_term(p), _ox_term(o)))
    prefixes = PREFIXES if fmt_name in ("TURTLE", "TRIG") else None
    return ox.serialize(items, format=fmt, prefixes=prefixes) if prefixes else ox.serialize(items, format=fmt)


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(data.decode("utf-8").splitlines()))
    return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")


@exporter("ttl", ".ttl", "Turtle: the whole graph, canonical (sorted, prefixed, byte-stable)")
def write_turtle(data: GraphData, path: Path) -> list[Path]:
    write_atomic(path, serialize_turtle(data.graph()))
    return [path]


@exporter("nt", ".nt", "N-Triples: one triple per line, sorted; for line tools and bulk loaders")
def write_ntriples(data: GraphData, path: Path) -> list[Path]:
    write_atomic(path, _sorted_lines(_ox_serialize(data.quads(), "N_TRIPLES", with_graphs=False)))
    return [path]


@exporter("rdf", ".rdf", "RDF/XML: for Protege and older RDF tools")
def write_rdfxml(data: GraphData, path: Path) -> list[Path]:
    write_atomic(path, _ox_serialize(data.quads(), "RDF_XML", with_graphs=False))
    return [path]


@exporter("jsonld", ".jsonld", "JSON-LD compacted with the warkg context: for JSON consumers and web apps")
def write_jsonld(data: GraphData, path: Path) -> list[Path]:
    text = data.graph().serialize(format="json-ld", context=jsonld_context(), auto_compact=True, indent=1)
    write_atomic(path, text)
    return [path]


@exporter("trig", ".trig", "TriG: one named graph per article (provenance kept), entities and ontology apart")
def write_trig(data: GraphData, path: Path) -> list[Path]:
    write_atomic(path, _ox_serialize(data.quads(), "TRIG", with_graphs=True))
    return [path]


@exporter("nq", ".nq", "N-Quads: one quad per line, sorted, with the article graph of every triple")
def write_nquads(data: GraphData, path: Path) -> list[Path]:
    write_atomic(path, _sorted_lines(_ox_serialize(data.quads(), "N_QUADS", with_graphs=True)))
    return [path]


def jsonld_context() -> dict:
    """The JSON-LD context of warkg: every prefix, and the ontology's terms by their short names
    (object properties typed as IRIs)."""
    onto = Graph().parse(ONTOLOGY_FILE, format="turtle")
    context: dict = dict(PREFIXES)
    wk = PREFIXES["wk"]
    for term in sorted(set(onto.subjects(RDF.type, None)), key=str):
        name = str(term)
        if not name.startswith(wk):
            continue
        local = name[len(wk):]
        if (term, RDF.type, OWL.ObjectProperty) in onto:
            context[local] = {"@id": f"wk:{local}", "@type": "@id"}
        else:
            context[local] = f"wk:{local}"
    context.update({"label": "rdfs:label", "altLabel": "skos:altLabel", "lat": "geo:lat", "long": "geo:long",
                    "identifier": "dcterms:identifier", "date": "dcterms:date", "title": "dcterms:title"})
    return context


# -- the network ---------------------------------------------------------------------------------------

def _plain(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only (GraphML and GEXF take no lists or dicts)."""
    H = nx.MultiDiGraph()
    for n, attrs in G.nodes(data=True):
        H.add_node(str(n), **{k: v for k, v in attrs.items() if isinstance(v, (str, int, float, bool))})
    for a, b, key, attrs in G.edges(keys=True, data=True):
        H.add_edge(str(a), str(b), key=str(key), **{k: v for k, v in attrs.items() if isinstance(v, (str, int, float, bool))})
    return H


@exporter("graphml", ".graphml", "GraphML of the network: for Gephi, Cytoscape, yEd, networkx")
def write_graphml(data: GraphData, path: Path) -> list[Path]:
    buf = io.BytesIO()
    nx.write_graphml(_plain(data.network()), buf)
    write_atomic(path, buf.getvalue())
    return [path]


@exporter("gexf", ".gexf", "GEXF of the network: Gephi's own format")
def write_gexf(data: GraphData, path: Path) -> list[Path]:
    buf = io.BytesIO()
    nx.write_gexf(_plain(data.network()), buf)
    write_atomic(path, buf.getvalue())
    return [path]


NODE_COLUMNS = ["id", "label", "kind", "altLabels", "articles", "lat", "lon", "degree", "betweenness", "community", "iri"]
EDGE_COLUMNS = ["source", "target", "relation", "label", "date", "framing", "weight"]


@exporter("csv", "", "CSV: nodes.csv and edges.csv of the network, for spreadsheets (PATH is a folder)")
def write_csv(data: GraphData, path: Path) -> list[Path]:
    G = data.network()
    nodes = _csv([NODE_COLUMNS] + [[n] + [G.nodes[n].get(c, "") for c in NODE_COLUMNS[1:]] for n in sorted(G.nodes)])
    edges = _csv([EDGE_COLUMNS] + [[a, b] + [d.get(c, "") for c in EDGE_COLUMNS[2:]]
                                   for a, b, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", "")))])
    write_atomic(path / "nodes.csv", nodes)
    write_atomic(path / "edges.csv", edges)
    return [path / "nodes.csv", path / "edges.csv"]


def _csv(rows: Iterable[list]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


@exporter("html", ".html", "The interactive network: one self-contained, offline HTML page")
def write_html(data: GraphData, path: Path) -> list[Path]:
    from graph.viz import render_page

    write_atomic(path, render_page(data.network(), title=data.title))
    return [path]


def list_lines() -> Iterator[str]:
    for name, exp in REGISTRY.items():
        yield f"{name:8} {exp.description}"

