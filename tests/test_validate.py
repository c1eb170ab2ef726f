"""SHACL: built graphs conform; broken ones fail with readable problems."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from graph.rdf import records_to_graph
from graph.resolve import resolve_records
from graph.validate import validate_graph
from ontology import WK, WKI
from records_factory import record_a, record_b

LAT = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat")


@pytest.fixture
def graph():
    records = [record_a(), record_b()]
    return records_to_graph(records, resolve_records(records))


def test_built_graph_conforms(graph):
    report = validate_graph(graph)
    assert report.conforms, report.summary()


@pytest.mark.parametrize("breakage,expected", [
    (lambda g, c, e: g.remove((c, WK.text, None)), "a claim has exactly one wk:text"),
    (lambda g, c, e: g.add((c, WK.text, Literal("second text"))), "a claim has exactly one wk:text"),
    (lambda g, c, e: g.remove((c, PROV.wasAttributedTo, None)), "attributed to at least one actor"),
    (lambda g, c, e: g.remove((e, WK.place, None)), "an event has at least one wk:place"),
    (lambda g, c, e: g.remove((e, PROV.wasDerivedFrom, None)), "an event comes from at least one article"),
    (lambda g, c, e: g.add((WKI["place/kherson"], RDFS.label, Literal("Cherson"))), "exactly one rdfs:label"),
    (lambda g, c, e: g.set((WKI["place/kherson"], LAT, Literal("123.0", datatype=XSD.decimal))), "between -90 and 90"),
    (lambda g, c, e: g.add((e, RDF.type, WK.Claim)), "a claim has exactly one wk:text"),
])
def test_broken_graphs_fail_with_the_reason(graph, breakage, expected):
    claim = next(graph.subjects(RDF.type, WK.Claim))
    event = next(graph.subjects(RDF.type, WK.Withdrawal))
    breakage(graph, claim, event)
    report = validate_graph(graph)
    assert not report.conforms
    assert any(expected in line for line in report.summary())


def test_summary_counts_and_lists(graph):
    for claim in list(graph.subjects(RDF.type, WK.Claim)):
        graph.remove((claim, WK.text, None))
    lines = validate_graph(graph).summary(limit=1)
    assert lines[0].startswith("the graph does not conform")
    assert any("1 x a claim has exactly one wk:text" in line for line in lines)


# -- the shape queries against pySHACL, the reference SHACL implementation ---------------------------

GEO_LONG = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#long")
ALT = URIRef("http://www.w3.org/2004/02/skos/core#altLabel")
BREAKAGES = {
    "no text": lambda g, c, e, p: g.remove((c, WK.text, None)),
    "text with a language": lambda g, c, e, p: g.set((c, WK.text, Literal("words", lang="en"))),
    "speaker is a literal": lambda g, c, e, p: g.add((c, PROV.wasAttributedTo, Literal("Someone"))),
    "speaker is a place": lambda g, c, e, p: g.add((c, PROV.wasAttributedTo, p)),
    "event also a claim": lambda g, c, e, p: g.add((e, RDF.type, WK.Claim)),
    "event of no kind": lambda g, c, e, p: g.add((URIRef("urn:x:event"), RDF.type, WK.Event)),
    "asserted event planned too": lambda g, c, e, p: g.add((e, WK.modality, WK.Planned)),
    "latitude without longitude": lambda g, c, e, p: g.remove((p, GEO_LONG, None)),
    "latitude as a string": lambda g, c, e, p: g.set((p, LAT, Literal("47"))),
    "latitude ill-formed": lambda g, c, e, p: g.set((p, LAT, Literal("north", datatype=XSD.decimal))),
    "latitude out of range": lambda g, c, e, p: g.set((p, LAT, Literal("123", datatype=XSD.decimal))),
    "empty label": lambda g, c, e, p: g.set((p, RDFS.label, Literal(""))),
    "label an IRI": lambda g, c, e, p: g.set((p, RDFS.label, URIRef("urn:x:label"))),
    "other name an IRI": lambda g, c, e, p: g.add((p, ALT, URIRef("urn:x:name"))),
    "entity never mentioned": lambda g, c, e, p: g.remove((p, WK.mentionedIn, None)),
    "evidence untyped": lambda g, c, e, p: g.remove((next(g.objects(c, WK.hasEvidence)), RDF.type, None)),
    "evidence begins after its end": lambda g, c, e, p: g.set((next(g.objects(c, WK.hasEvidence)), WK.beginIndex,
                                                                Literal(10 ** 9))),
    "a subclass of claim in the data": lambda g, c, e, p: (g.add((URIRef("urn:x:C"), RDFS.subClassOf, WK.Claim)),
                                                           g.add((URIRef("urn:x:c"), RDF.type, URIRef("urn:x:C")))),
}


def _pyshacl_lines(graph) -> tuple[bool, list[str]]:
    """The report lines pySHACL gives for the graph, written as graph.validate writes its own."""
    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph

    from graph.abbreviator import Abbreviator
    from graph.validate import SH
    from ontology import ONTOLOGY_FILE, SHAPES_FILE

    data = Graph().parse(ONTOLOGY_FILE)
    for triple in graph:
        data.add(triple)
    conforms, results, _ = pyshacl.validate(data, shacl_graph=Graph().parse(SHAPES_FILE), inference="none",
                                            allow_warnings=True, inplace=True)
    short = Abbreviator()

    def n3(term):
        return short(str(term)) if isinstance(term, URIRef) else repr(str(term))

    lines = set()
    for result in results.subjects(SH.resultSeverity, SH.Violation):
        focus, path, value = (results.value(result, SH[k]) for k in ("focusNode", "resultPath", "value"))
        line = f"{n3(focus)}: {results.value(result, SH.resultMessage)}" + (f" ({n3(path)})" if path else "")
        lines.add(line + (f" value {n3(value)}" if value is not None and value != focus else ""))
    return bool(conforms), sorted(lines)


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_shape_queries_report_what_pyshacl_reports(graph, name):
    claim = next(graph.subjects(RDF.type, WK.Claim))
    event = next(graph.subjects(RDF.type, WK.Withdrawal))
    place = next(graph.subjects(LAT, None))
    BREAKAGES[name](graph, claim, event, place)
    conforms, expected = _pyshacl_lines(graph)
    report = validate_graph(graph)
    assert not conforms  # every breakage breaks a shape
    assert (report.conforms, report.problems) == (conforms, expected)


def test_shape_queries_refuse_what_they_cannot_translate():
    from rdflib import Graph

    from graph.shape_queries import ShapeQueries, UnsupportedShape

    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern "^a" ] .""",
                           format="turtle")
    with pytest.raises(UnsupportedShape, match="pattern"):
        ShapeQueries(shapes)


def test_every_warkg_shape_compiles_to_queries():
    from rdflib import Graph

    from graph.shape_queries import ShapeQueries
    from ontology import SHAPES_FILE

    queries = ShapeQueries(Graph().parse(SHAPES_FILE))
    shapes = {q.shape for q in queries.queries}
    assert len(shapes) == 9 and len(queries.queries) >= 40


def test_a_store_is_checked_where_it_is_and_finds_what_a_graph_check_finds(tmp_path):
    import pyoxigraph as ox

    from graph.export import GraphData
    from graph.store import LocalStore
    from graph.validate import ShapeChecker

    records = [record_a(), record_b()]
    store = LocalStore(tmp_path / "store", create=True)
    store.write(records, resolve_records(records))
    checker = ShapeChecker()
    assert checker.check_store(store.ox).conforms
    claim = next(store.ox.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(WK.Claim)), None))
    for q in list(store.ox.quads_for_pattern(claim.subject, ox.NamedNode(str(WK.text)), None, None)):
        store.ox.remove(q)
    report = checker.check_store(store.ox)
    assert not report.conforms
    assert report.problems == validate_graph(GraphData(store=store.ox).graph()).problems
    assert any("a claim has exactly one wk:text" in p for p in report.problems)
