"""rdflib terms <-> pyoxigraph terms.

warkg mints triples with rdflib terms (its namespaces, SHACL and JSON-LD need them) and stores,
queries and serialises them with Oxigraph. A plain literal and an xsd:string literal are the same
RDF 1.1 term; rdflib keeps them apart, so literals coming back from Oxigraph as xsd:string become plain
rdflib literals.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import BNode, Literal, URIRef

from graph.errors import WarkgError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term):
    """An rdflib term (IRI or literal) as a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise WarkgError(f"cannot store {term!r}: warkg graphs have no blank nodes")


def to_rdflib(term):
    """A pyoxigraph IRI or literal as an rdflib term."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise WarkgError("blank nodes are not supported in warkg graphs")


def ox_quads(quads: Iterable[tuple], blank_nodes: bool = False) -> Iterator:
    """(s, p, o, graph or None) rdflib quads as pyoxigraph quads. IRIs are converted once (the same
    predicates, graphs and entities recur; keyed by plain string, which compares in C). Blank nodes
    are refused (warkg graphs have none) unless ``blank_nodes`` (a file being validated may)."""
    import pyoxigraph as ox

    iris: dict[str, object] = {}
    default = ox.DefaultGraph()

    def iri(value: str):
        hit = iris.get(value)
        if hit is None:
            if len(iris) >= 200_000:  # bounded: article, claim and evidence IRIs do not recur
                iris.clear()
            hit = iris[value] = ox.NamedNode(value)
        return hit

    def conv(term):
        if isinstance(term, URIRef):
            return iri(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=iri(str(term.datatype)))
            return ox.Literal(str(term))
        if blank_nodes and isinstance(term, BNode):
            return ox.BlankNode(str(term))
        return to_ox(term)  # raises the error for anything else

    for s, p, o, g in quads:
        yield ox.Quad(conv(s), conv(p), conv(o), default if g is None else conv(g))


def bulk_load(store, quads: Iterable[tuple], chunk: int = 100_000) -> None:
    """rdflib quads into a pyoxigraph store with its bulk loader, ``chunk`` quads per call: the loader
    holds what it is given in memory before writing, so one call for a whole corpus would make memory
    grow with it."""
    from itertools import islice

    converted = ox_quads(quads)
    while True:
        part = list(islice(converted, chunk))
        if not part:
            return
        store.bulk_extend(part)


def rdflib_quad(q) -> tuple:
    import pyoxigraph as ox

    g = None if isinstance(q.graph_name, ox.DefaultGraph) else URIRef(q.graph_name.value)
    return to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), g
