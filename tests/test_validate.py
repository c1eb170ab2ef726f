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
