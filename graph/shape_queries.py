"""The SHACL shapes compiled to SPARQL queries, run by Oxigraph: how warkg validates its graphs.

pySHACL evaluates every constraint node by node in Python. On the 2,873-article load of issue 15
(1.2 million quads) that was 90 s of CPU, the whole critical path of ``warkg load``; rudof's Rust
validator (pyrudof 0.3.35) took 76 s and 11 GB on the same graph. The same shapes as one SPARQL query
per constraint, each an index join or an anti-join (``MINUS``) in Oxigraph, check those quads in a
few seconds. So this module keeps its own small compiler, for the part of SHACL Core the warkg shapes
use (class targets; predicate paths; min/max count, class, datatype, ``in``, node kind, min/max length,
min/max inclusive, ``lessThanOrEquals``, ``or`` and ``and``). A shape using anything else is refused
when the shapes are read (:class:`UnsupportedShape`), never silently skipped. The tests validate
broken graphs with these queries and with pySHACL, the reference implementation, and compare.

Each query returns the violations of one constraint as (focus node, value) rows, with the message
and the path the constraint reports, as pySHACL's results would: count constraints report no value,
node-level ones the focus node itself.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import count

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

SH = "http://www.w3.org/ns/shacl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
# what a shape may say besides its constraints (documentation, grouping)
_NOTES = {RDF.type, RDFS.comment, RDFS.label, URIRef(SH + "name"), URIRef(SH + "description"),
          URIRef(SH + "message"), URIRef(SH + "order"), URIRef(SH + "group")}
_NODE_KINDS = {
    "IRI": "isIRI({v})", "Literal": "isLiteral({v})", "BlankNode": "isBlank({v})",
    "BlankNodeOrIRI": "(isBlank({v}) || isIRI({v}))", "BlankNodeOrLiteral": "(isBlank({v}) || isLiteral({v}))",
    "IRIOrLiteral": "(isIRI({v}) || isLiteral({v}))",
}
# datatypes whose lexical form SPARQL can check by casting (an ill-formed literal violates sh:datatype)
_ILL_FORMED = "<urn:warkg:ill-formed>"
_CASTABLE = {XSD + name for name in ("integer", "decimal", "double", "float", "boolean", "dateTime", "date",
                                     "string")}


class UnsupportedShape(ValueError):
    """A shape uses a part of SHACL this compiler does not translate."""


@dataclass(frozen=True)
class ConstraintQuery:
    """One constraint of one node shape, as a SELECT of its violations (``?focus``, ``?value``)."""

    shape: URIRef  # the node shape it belongs to (for ``use_shapes``)
    component: str  # e.g. "MinCountConstraintComponent"
    message: str
    path: URIRef | None
    sparql: str
    reports_value: bool = True  # count constraints report no value


@dataclass(frozen=True)
class Violation:
    focus: object  # pyoxigraph terms
    path: URIRef | None
    value: object | None
    message: str
    shape: URIRef


def _iri(term) -> str:
    if not isinstance(term, URIRef):
        raise UnsupportedShape(f"expected an IRI, got {term!r}")
    return f"<{term}>"


def _term(term) -> str:
    if isinstance(term, URIRef):
        return _iri(term)
    if isinstance(term, Literal):
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if term.language:
            return f'"{text}"@{term.language}'
        return f'"{text}"^^<{term.datatype or XSD + "string"}>'
    raise UnsupportedShape(f"cannot write {term!r} in a query")


def _instance_of(var: str, cls: str, fresh: Iterator[int]) -> str:
    """A pattern: ``var`` is an instance of ``cls`` or of one of its subclasses (SHACL's class test)."""
    t = f"?t{next(fresh)}"
    return f"{var} <{RDF.type}> {t} . {t} <{RDFS.subClassOf}>* {cls} ."


class ShapeQueries:
    """The constraint queries of a shapes graph (read once), run on any Oxigraph store."""

    def __init__(self, shapes: Graph):
        self.shapes = shapes
        self.fresh = count()
        self.queries: list[ConstraintQuery] = []
        self.node_shapes = sorted(set(shapes.subjects(RDF.type, URIRef(SH + "NodeShape"))), key=str)
        for shape in self.node_shapes:
            self.queries += self._node_shape(shape)

    # -- reading the shapes ---------------------------------------------------------------------

    def _one(self, node, name: str):
        values = list(self.shapes.objects(node, URIRef(SH + name)))
        if len(values) > 1:
            raise UnsupportedShape(f"{node}: more than one sh:{name}")
        return values[0] if values else None

    def _list(self, node) -> list:
        return list(Collection(self.shapes, node))

    def _message(self, node, default: str) -> str:
        message = self._one(node, "message")
        return str(message) if message is not None else default

    def _check_known(self, node, known: set[str]) -> None:
        for p in set(self.shapes.predicates(node)):
            if p in _NOTES:
                continue
            if not str(p).startswith(SH) or str(p)[len(SH):] not in known:
                raise UnsupportedShape(f"{node}: {p} is not supported by warkg's shape compiler")

    # -- node shapes -----------------------------------------------------------------------------

    def _node_shape(self, shape) -> list[ConstraintQuery]:
        self._check_known(shape, {"targetClass", "property", *_VALUE_COMPONENTS, "or", "and"})
        classes = sorted(self.shapes.objects(shape, URIRef(SH + "targetClass")), key=str)
        if not classes:
            return []  # a shape without targets checks nothing on its own (it may be used inside another)
        values = " ".join(_iri(c) for c in classes)
        target = (f"{{ SELECT DISTINCT ?focus WHERE {{ VALUES ?target {{ {values} }} "
                  f"?tt <{RDFS.subClassOf}>* ?target . ?focus <{RDF.type}> ?tt . }} }}")
        message = self._message(shape, "the node violates a shape")
        found = [ConstraintQuery(shape, component, message, None,
                                 f"SELECT DISTINCT ?focus ?value WHERE {{ {target} BIND(?focus AS ?value) "
                                 f"FILTER({test}) }}")
                 for component, test in self._value_tests(shape, "?focus")]
        for prop in sorted(self.shapes.objects(shape, URIRef(SH + "property")), key=str):
            found += self._property_shape(shape, prop, target)
        return found

    def _property_shape(self, shape, prop, target: str) -> list[ConstraintQuery]:
        self._check_known(prop, {"path", "minCount", "maxCount", "lessThanOrEquals", *_VALUE_COMPONENTS, "or", "and"})
        path = self._one(prop, "path")
        p = _iri(path)
        message = self._message(prop, f"the values of {path} violate a shape")
        found = []
        low, high = self._one(prop, "minCount"), self._one(prop, "maxCount")
        if low is not None and int(low) > 0:
            found.append(ConstraintQuery(shape, "MinCountConstraintComponent", message, path,
                                         f"SELECT ?focus WHERE {{ {target} OPTIONAL {{ ?focus {p} ?v }} }} "
                                         f"GROUP BY ?focus HAVING (COUNT(DISTINCT ?v) < {int(low)})", False))
        if high is not None:
            found.append(ConstraintQuery(shape, "MaxCountConstraintComponent", message, path,
                                         f"SELECT ?focus WHERE {{ {target} ?focus {p} ?v }} "
                                         f"GROUP BY ?focus HAVING (COUNT(DISTINCT ?v) > {int(high)})", False))
        other = self._one(prop, "lessThanOrEquals")
        if other is not None:
            found.append(ConstraintQuery(shape, "LessThanOrEqualsConstraintComponent", message, path,
                                         f"SELECT DISTINCT ?focus ?value WHERE {{ {target} ?focus {p} ?value . "
                                         f"?focus {_iri(other)} ?other . "
                                         f"FILTER(!COALESCE(?value <= ?other, false)) }}"))
        cls = self._one(prop, "class")
        if cls is not None:  # an anti-join: every instance of the class is found once, not per value
            found.append(ConstraintQuery(shape, "ClassConstraintComponent", message, path,
                                         f"SELECT DISTINCT ?focus ?value WHERE {{ {target} ?focus {p} ?value . "
                                         f"MINUS {{ {_instance_of('?value', _iri(cls), self.fresh)} }} }}"))
        for component, test in self._value_tests(prop, "?value", skip_class=True):
            found.append(ConstraintQuery(shape, component, message, path,
                                         f"SELECT DISTINCT ?focus ?value WHERE {{ {target} ?focus {p} ?value . "
                                         f"FILTER({test}) }}"))
        return found

    # -- constraints on one value node ------------------------------------------------------------

    def _value_tests(self, node, v: str, skip_class: bool = False) -> list[tuple[str, str]]:
        """(component, SPARQL expression true when ``v`` violates it) for the value-node constraints of
        ``node`` (a node shape's own, or a property shape's on each of its values)."""
        tests = []
        for name, component in _VALUE_COMPONENTS.items():
            value = self._one(node, name)
            if value is None or (skip_class and name == "class"):
                continue
            tests.append((component, f"!({self._conforms_one(name, value, v)})"))
        for name, join, component in (("or", " || ", "OrConstraintComponent"), ("and", " && ", "AndConstraintComponent")):
            for members in self.shapes.objects(node, URIRef(SH + name)):
                parts = [self._conforms(m, v) for m in self._list(members)]
                tests.append((component, f"!({join.join(parts) or 'true'})"))
        return tests

    def _conforms_one(self, name: str, value, v: str) -> str:
        """A SPARQL expression: ``v`` meets the one constraint ``sh:name value``."""
        if name == "class":
            return f"EXISTS {{ {_instance_of(v, _iri(value), self.fresh)} }}"
        if name == "datatype":
            dt = str(value)
            test = f"isLiteral({v}) && datatype({v}) = <{dt}>"
            if dt in _CASTABLE:  # and a well-formed lexical form (a failed cast is an error: the sentinel)
                test += f" && !sameTerm(COALESCE(<{dt}>(STR({v})), {_ILL_FORMED}), {_ILL_FORMED})"
            return test
        if name == "in":
            members = [_term(m) for m in self._list(value)]
            return " || ".join(f"sameTerm({v}, {m})" for m in members) or "false"
        if name == "nodeKind":
            kind = str(value)[len(SH):]
            if kind not in _NODE_KINDS:
                raise UnsupportedShape(f"sh:nodeKind {value}")
            return _NODE_KINDS[kind].format(v=v)
        if name in ("minLength", "maxLength"):
            op = ">=" if name == "minLength" else "<="
            return f"!isBlank({v}) && STRLEN(STR({v})) {op} {int(value)}"
        op = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}[name]
        return f"COALESCE({v} {op} {_term(value)}, false)"

    def _conforms(self, shape, v: str) -> str:
        """A SPARQL expression: ``v`` conforms to the (nested) shape, used inside sh:or and sh:and."""
        if self._one(shape, "path") is not None:
            return self._conforms_property(shape, v)
        self._check_known(shape, {*_VALUE_COMPONENTS, "or", "and"})
        parts = [f"!({test})" for _, test in self._value_tests(shape, v)]
        return "(" + (" && ".join(parts) or "true") + ")"

    def _conforms_property(self, shape, v: str) -> str:
        """A nested property shape: only presence (``minCount 1``) and absence (``maxCount 0``) of a
        path are translated, which is what a choice between shapes needs."""
        self._check_known(shape, {"path", "minCount", "maxCount"})
        p = _iri(self._one(shape, "path"))
        low, high = self._one(shape, "minCount"), self._one(shape, "maxCount")
        parts = []
        x = f"?n{next(self.fresh)}"
        if low is not None and int(low) > 1 or high is not None and int(high) > 0:
            raise UnsupportedShape(f"{shape}: a nested property shape may only say minCount 1 or maxCount 0")
        if low is not None and int(low) == 1:
            parts.append(f"EXISTS {{ {v} {p} {x} }}")
        if high is not None:
            parts.append(f"NOT EXISTS {{ {v} {p} {x} }}")
        return "(" + (" && ".join(parts) or "true") + ")"

    # -- running ------------------------------------------------------------------------------------

    def violations(self, store, shapes: Iterable[URIRef] | None = None, union: bool = False) -> Iterator[Violation]:
        """Every violation in ``store``'s default graph (which carries the ontology), or with ``union``
        in the union of all its graphs (a warkg store: articles, entities, ontology), of every shape or
        only of ``shapes``."""
        only = None if shapes is None else set(shapes)
        for q in self.queries:
            if only is not None and q.shape not in only:
                continue
            for row in store.query(q.sparql, use_default_graph_as_union=union):
                yield Violation(row["focus"], q.path, row["value"] if q.reports_value else None, q.message, q.shape)


# value-node constraints: SHACL name -> the component pySHACL reports
_VALUE_COMPONENTS = {
    "class": "ClassConstraintComponent", "datatype": "DatatypeConstraintComponent", "in": "InConstraintComponent",
    "nodeKind": "NodeKindConstraintComponent", "minLength": "MinLengthConstraintComponent",
    "maxLength": "MaxLengthConstraintComponent", "minInclusive": "MinInclusiveConstraintComponent",
    "maxInclusive": "MaxInclusiveConstraintComponent", "minExclusive": "MinExclusiveConstraintComponent",
    "maxExclusive": "MaxExclusiveConstraintComponent",
}

