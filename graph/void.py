"""The dataset's VoID description: how many statements, entities, classes and properties it holds.

Every graph warkg writes describes itself in the named graph ``wki:graph/void`` with the `VoID
vocabulary <https://www.w3.org/TR/void/>`_, so that a question about sizes (the ``summary`` query) reads
a few numbers instead of counting every quad:

- ``dataset:all``, a ``void:Dataset``: ``void:triples`` (the statements of every named graph but
  this one: a triple two articles both state counts once per article, as a TriG export holds it),
  ``void:entities`` (typed resources), ``void:classes``, ``void:properties``, one
  ``void:classPartition`` per class (``void:class``, ``void:entities``) and one
  ``void:propertyPartition`` per property (``void:property``, ``void:triples``);
- ``dataset:derived``, its ``void:subset``: the same numbers for the derived graph alone
  (incidents, control periods), which a store recomputes after every write.

A build counts the quads as it writes them. A store keeps its description current at every write
without counting what it already holds: the graphs a write replaces are counted and taken off, the
quads it adds are counted and put on (:class:`Statistics` is a set of counters that adds and
subtracts), and the result is staged with the write, so that the description changes exactly when
the data does.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, VOID

from ontology import PREFIXES, WKI

VOID_GRAPH = WKI["graph/void"]
DATASET = WKI["dataset/all"]
DERIVED_SUBSET = WKI["dataset/derived"]
RDF_TYPE = str(RDF.type)


@dataclass
class Statistics:
    """Quads per property and typed resources per class of some graphs (``rdf:type`` statements:
    warkg types each resource in one graph only)."""

    properties: Counter = field(default_factory=Counter)  # property IRI -> statements
    classes: Counter = field(default_factory=Counter)  # class IRI -> resources typed with it

    def observe(self, predicate: str, obj: str) -> None:
        self.properties[predicate] += 1
        if predicate == RDF_TYPE:
            self.classes[obj] += 1

    def observe_all(self, triples: Iterable[tuple]) -> Statistics:
        for _, p, o in triples:
            self.observe(str(p), str(o))
        return self

    @property
    def triples(self) -> int:
        return sum(self.properties.values())

    def __add__(self, other: Statistics) -> Statistics:
        return Statistics(self.properties + other.properties, self.classes + other.classes)

    def __sub__(self, other: Statistics) -> Statistics:  # Counter subtraction keeps positive counts only
        return Statistics(self.properties - other.properties, self.classes - other.classes)


def void_triples(total: Statistics, derived: Statistics) -> Iterator[tuple[URIRef, URIRef, object]]:
    """The VoID description of a dataset whose statements are ``total``, ``derived`` of them in the
    derived graph."""
    yield from _describe(DATASET, total)
    yield DATASET, VOID.subset, DERIVED_SUBSET
    yield from _describe(DERIVED_SUBSET, derived)


def _describe(node: URIRef, stats: Statistics) -> Iterator[tuple]:
    yield node, RDF.type, VOID.Dataset
    yield node, VOID.triples, Literal(stats.triples)
    yield node, VOID.entities, Literal(sum(stats.classes.values()))
    yield node, VOID.classes, Literal(len(stats.classes))
    yield node, VOID.properties, Literal(len(stats.properties))
    for cls, n in sorted(stats.classes.items()):
        part = URIRef(f"{node}-class-{_slug(cls)}")
        yield node, VOID.classPartition, part
        yield part, VOID["class"], URIRef(cls)
        yield part, VOID.entities, Literal(n)
    for prop, n in sorted(stats.properties.items()):
        part = URIRef(f"{node}-property-{_slug(prop)}")
        yield node, VOID.propertyPartition, part
        yield part, VOID.property, URIRef(prop)
        yield part, VOID.triples, Literal(n)


def _slug(iri: str) -> str:
    """A readable, unique IRI segment for a class or property: its prefixed name (``wk-Person``)
    where warkg binds the prefix, else a hash."""
    for prefix, ns in PREFIXES.items():
        local = iri[len(ns):]
        if iri.startswith(ns) and local and all(c.isalnum() or c in "_-" for c in local):
            return f"{prefix}-{local}"
    return "h" + hashlib.sha1(iri.encode()).hexdigest()[:16]


# -- reading and counting in an Oxigraph store ---------------------------------------------------------

def read_description(store) -> tuple[Statistics, Statistics] | None:
    """(all statements, derived ones) as the store's VoID graph says, or None when it has none."""
    rows = list(store.query(f"""
        SELECT ?node ?kind ?term ?n WHERE {{ GRAPH <{VOID_GRAPH}> {{
          VALUES ?node {{ <{DATASET}> <{DERIVED_SUBSET}> }}
          {{ ?node <{VOID.classPartition}> ?part . ?part <{VOID["class"]}> ?term ; <{VOID.entities}> ?n . BIND("c" AS ?kind) }}
          UNION
          {{ ?node <{VOID.propertyPartition}> ?part . ?part <{VOID.property}> ?term ; <{VOID.triples}> ?n . BIND("p" AS ?kind) }}
        }} }}"""))
    if not rows and not any(store.quads_for_pattern(None, None, None, _ox_iri(VOID_GRAPH))):
        return None
    out = {str(DATASET): Statistics(), str(DERIVED_SUBSET): Statistics()}
    for node, kind, term, n in rows:
        stats = out[node.value]
        (stats.classes if kind.value == "c" else stats.properties)[term.value] += int(n.value)
    return out[str(DATASET)], out[str(DERIVED_SUBSET)]


def count_graphs(store, graphs: Iterable[str] | None = None) -> Statistics:
    """Count the statements of some named graphs of an Oxigraph store (all of them but the VoID graph
    when ``graphs`` is None), in the store's own engine."""
    names = sorted(set(graphs)) if graphs is not None else None
    if names == []:
        return Statistics()
    scope = (f"VALUES ?g {{ {' '.join(f'<{g}>' for g in names)} }}" if names is not None
             else f"FILTER(?g != <{VOID_GRAPH}>)")
    properties, classes = counting_queries(scope)
    return Statistics(Counter({p.value: int(n.value) for p, n in store.query(properties)}),
                      Counter({c.value: int(n.value) for c, n in store.query(classes)}))


def counting_queries(scope: str) -> tuple[str, str]:
    """SPARQL that counts statements per property and typed resources per class, ``scope`` choosing
    the graphs ``?g`` (a VALUES block or a FILTER): rows of (term, count)."""
    return (f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {scope} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?p",
            f"SELECT ?c (COUNT(*) AS ?n) WHERE {{ {scope} GRAPH ?g {{ ?s <{RDF_TYPE}> ?c }} }} GROUP BY ?c")


def _ox_iri(iri):
    import pyoxigraph as ox

    return ox.NamedNode(str(iri))
