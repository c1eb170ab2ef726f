"""One registry of export formats: every way the graph leaves warkg.

Each exporter is registered with one line (``@exporter(name, suffix, description)``) and writes from a
:class:`GraphData`: the graph held in an Oxigraph store (in memory for a file, on disk for a build),
with the analyst's network (:mod:`graph.analysis`) made once, when asked. RDF formats keep every
triple; TriG and N-Quads keep one named graph per article when the source has them (a store, a build,
a .trig or .nq file). Line formats and Turtle are sorted in bounded memory (:mod:`graph.extsort`), so
the same graph always gives the same bytes however big it is. GraphML, GEXF and CSV carry the
network: plain string ids and scalar attributes, so Gephi, Cytoscape and spreadsheets open them as
they are. Every file is written atomically.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph
from rdflib.namespace import OWL, RDF

from graph.errors import WarkgError
from graph.extsort import LineSorter
from graph.text import XML_INVALID
from graph.terms import ox_quads, rdflib_quad
from graph.atomic import atomic_open, write_atomic
from graph.turtle import TurtleWriter
from ontology import ONTOLOGY_FILE, PREFIXES

Quad = tuple
PARSE_BATCH = 20_000  # sorted lines parsed back per call for the formats Oxigraph serialises


def xml_safe(value):
    """A string with the characters XML 1.0 cannot carry replaced by U+FFFD (others as they are)."""
    return XML_INVALID.sub("\ufffd", value) if isinstance(value, str) else value


def check_xml_literals(quads) -> None:
    """Refuse, in one line, a graph whose text XML 1.0 cannot carry (rather than write a file no XML
    parser reads). Graphs warkg builds never hold such characters: input text is cleaned on reading."""
    import pyoxigraph as ox

    for q in quads:
        if isinstance(q.object, ox.Literal) and XML_INVALID.search(q.object.value):
            raise WarkgError(f"a literal of {q.subject} holds a control character that XML 1.0 cannot carry; "
                             "export as Turtle, N-Triples or JSON-LD instead")


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
    """The graph to export, in a pyoxigraph Store: given one (``store=``), or made in memory from
    rdflib quads ``(s, p, o, graph or None)``."""

    def __init__(self, quads: Iterable[Quad] = (), title: str = "warkg network", store=None):
        import pyoxigraph as ox

        if store is None:
            store = ox.Store()
            store.extend(ox_quads(quads))
        self.store = store
        self.title = title
        self._graph: Graph | None = None
        self._network: nx.MultiDiGraph | None = None

    @classmethod
    def from_source(cls, source) -> GraphData:
        """From a graph file or store opened by :func:`graph.sparql.open_source`."""
        return cls(store=source.store, title=f"warkg: {source.name}")

    def quads(self) -> Iterator[Quad]:
        """Every quad as rdflib terms (graph None for the default graph)."""
        return (rdflib_quad(q) for q in self.store.quads_for_pattern(None, None, None, None))

    def graph(self) -> Graph:
        """The union of the graphs as one rdflib Graph (in memory: for JSON-LD and tests)."""
        if self._graph is None:
            self._graph = Graph()
            for s, p, o, _ in self.quads():
                self._graph.add((s, p, o))
        return self._graph

    def network(self) -> nx.MultiDiGraph:
        if self._network is None:
            from graph.analysis import add_centrality, project

            self._network = project(self.store)
            add_centrality(self._network)
        return self._network

    def named_graphs(self) -> bool:
        return next(iter(self.store.named_graphs()), None) is not None

    def with_article_graphs(self) -> GraphData:
        """This graph with one named graph per article: itself when it has named graphs already (a
        store, a build, a .trig file), else rebuilt from the union (:mod:`graph.article_graphs`)."""
        if self.named_graphs():
            return self
        from graph.article_graphs import split_by_article

        return GraphData(store=split_by_article(self.store), title=self.title)

    def sorted_lines(self, with_graphs: bool, graph_first: bool = False) -> Iterator[str]:
        """N-Triples (or N-Quads) lines of the whole graph, sorted and unique."""
        sorter = LineSorter()
        for q in self.store.quads_for_pattern(None, None, None, None):
            spo = f"{q.subject} {q.predicate} {q.object}"
            if not with_graphs:
                sorter.add(spo + " .")
            elif graph_first:  # grouped by graph, for TriG
                sorter.add(f"{'' if q.graph_name.__class__.__name__ == 'DefaultGraph' else q.graph_name} {spo}")
            else:
                sorter.add(str(q) + " .")
        return iter(sorter)


# the names rdflib (and its users) give the same formats: ``Graph.serialize(format="xml")``
ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nt11": "nt", "xml": "rdf", "pretty-xml": "rdf",
           "rdfxml": "rdf", "rdf/xml": "rdf", "json-ld": "jsonld", "nquads": "nq", "n-quads": "nq"}


def canonical_format(name: str) -> str:
    """warkg's name of an export format given by its own name or by rdflib's (``xml``, ``nquads``,
    ``turtle``, ``json-ld``...), case-insensitively; an unknown name is a one-line error."""
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key not in REGISTRY:
        raise WarkgError(f"unknown export format {name!r} (warkg export --list shows them)")
    return key


def export_target(fmt: str, output: str | Path) -> Path:
    """Where ``warkg export -o OUTPUT`` writes: OUTPUT itself for a file, ``OUTPUT/graph.<suffix>`` when
    OUTPUT is a folder (csv always writes into a folder)."""
    output = Path(output)
    if fmt == "csv":
        if output.exists() and not output.is_dir():
            raise WarkgError("csv writes nodes.csv and edges.csv into a folder; this is a file", output)
        return output
    if output.is_dir():
        return output / f"graph{REGISTRY[fmt].suffix}"
    return output


def export(data: GraphData, fmt: str, path: str | Path) -> list[Path]:
    """Write ``data`` in format ``fmt`` to ``path`` (a file; a folder for csv)."""
    fmt = canonical_format(fmt)
    return REGISTRY[fmt].write(data, Path(path))


# -- RDF ---------------------------------------------------------------------------------------------

def _write_lines(lines: Iterable[str], path: Path) -> list[Path]:
    with atomic_open(path) as handle:
        for line in lines:
            handle.write(line + "\n")
    return [path]


def _parsed(lines: Iterable[str], fmt_name: str) -> Iterator:
    """Sorted N-Triples/N-Quads lines back as pyoxigraph terms, in order, a batch at a time."""
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, fmt_name)
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= PARSE_BATCH:
            yield from ox.parse("\n".join(batch).encode("utf-8"), format=fmt)
            batch = []
    if batch:
        yield from ox.parse("\n".join(batch).encode("utf-8"), format=fmt)


def _trig_lines(lines: Iterable[str]) -> Iterator[str]:
    """'<graph> s p o' lines (graph first, '' for the default graph) as N-Quads lines."""
    for line in lines:
        graph, spo = line.split(" ", 1)
        yield f"{spo} {graph} ." if graph else f"{spo} ."


def _ox_write(items: Iterator, fmt_name: str, path: Path) -> list[Path]:
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, fmt_name)
    with atomic_open(path, binary=True) as handle:
        if fmt_name in ("TURTLE", "TRIG"):
            ox.serialize(items, handle, format=fmt, prefixes=PREFIXES)
        else:
            ox.serialize(items, handle, format=fmt)
    return [path]


@exporter("ttl", ".ttl", "Turtle: the whole graph, canonical (sorted, prefixed, byte-stable)")
def write_turtle(data: GraphData, path: Path) -> list[Path]:
    writer = TurtleWriter()
    for q in data.store.quads_for_pattern(None, None, None, None):
        writer.add(q.subject, q.predicate, q.object)
    with atomic_open(path) as handle:
        writer.write(handle)
    return [path]


@exporter("nt", ".nt", "N-Triples: one triple per line, sorted; for line tools and bulk loaders")
def write_ntriples(data: GraphData, path: Path) -> list[Path]:
    return _write_lines(data.sorted_lines(with_graphs=False), path)


@exporter("rdf", ".rdf", "RDF/XML: for Protege and older RDF tools")
def write_rdfxml(data: GraphData, path: Path) -> list[Path]:
    check_xml_literals(data.store.quads_for_pattern(None, None, None, None))
    return _ox_write(_parsed(data.sorted_lines(with_graphs=False), "N_TRIPLES"), "RDF_XML", path)


@exporter("jsonld", ".jsonld", "JSON-LD compacted with the warkg context: for JSON consumers and web apps")
def write_jsonld(data: GraphData, path: Path) -> list[Path]:
    text = data.graph().serialize(format="json-ld", context=jsonld_context(), auto_compact=True, indent=1)
    write_atomic(path, text)
    return [path]


@exporter("trig", ".trig", "TriG: one named graph per article (provenance kept), entities and ontology apart")
def write_trig(data: GraphData, path: Path) -> list[Path]:
    lines = _trig_lines(data.with_article_graphs().sorted_lines(with_graphs=True, graph_first=True))
    return _ox_write(_parsed(lines, "N_QUADS"), "TRIG", path)


@exporter("nq", ".nq", "N-Quads: one quad per line, sorted, with the article graph of every triple")
def write_nquads(data: GraphData, path: Path) -> list[Path]:
    return _write_lines(data.with_article_graphs().sorted_lines(with_graphs=True), path)


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
        H.add_node(xml_safe(str(n)), **{k: xml_safe(v) for k, v in attrs.items() if isinstance(v, (str, int, float, bool))})
    for a, b, key, attrs in G.edges(keys=True, data=True):
        H.add_edge(xml_safe(str(a)), xml_safe(str(b)), key=xml_safe(str(key)),
                   **{k: xml_safe(v) for k, v in attrs.items() if isinstance(v, (str, int, float, bool))})
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

