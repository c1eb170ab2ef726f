"""The canonical Turtle writer: valid, sorted, byte-stable, no blank nodes."""
from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from graph.abbreviator import Abbreviator
from graph.atomic import write_atomic
from graph.turtle import serialize_turtle
from ontology import WK, WKI

KYIV = WKI["place/kyiv"]


def sample() -> Graph:
    g = Graph()
    g.add((KYIV, RDF.type, WK.Place))
    g.add((KYIV, RDFS.label, Literal('Ky"iv\n\\ with\ttabs')))
    g.add((KYIV, URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat"), Literal("50.45466", datatype=XSD.decimal)))
    g.add((KYIV, WK.population, Literal(2952301)))
    g.add((KYIV, RDFS.comment, Literal("Київ", lang="uk")))
    g.add((WKI["claim/x.y-1"], WK.text, Literal("text")))
    return g


def test_round_trip_is_isomorphic():
    g = sample()
    assert isomorphic(Graph().parse(data=serialize_turtle(g), format="turtle"), g)


def test_output_does_not_depend_on_insertion_order():
    g1 = sample()
    g2 = Graph()
    for triple in sorted(g1, reverse=True):
        g2.add(triple)
    assert serialize_turtle(g1) == serialize_turtle(g2)


def test_short_names_and_plain_numbers():
    text = serialize_turtle(sample())
    assert "place:kyiv\n    a wk:Place ;\n    rdfs:label " in text
    assert "geo:lat 50.45466" in text
    assert "wk:population 2952301" in text
    assert "claim:x.y-1\n" in text
    assert '"Київ"@uk' in text
    # a local part Turtle cannot abbreviate stays a full IRI
    assert Abbreviator()("https://w3id.org/warkg/id/place/-x") == "<https://w3id.org/warkg/id/place/-x>"
    assert Abbreviator()("https://w3id.org/warkg/id/place/a/b") == "<https://w3id.org/warkg/id/place/a/b>"


def test_blank_nodes_are_refused():
    g = Graph()
    g.add((BNode(), RDF.type, WK.Place))
    with pytest.raises(ValueError):
        serialize_turtle(g)


def test_write_atomic_replaces_whole_file(tmp_path):
    target = tmp_path / "out" / "graph.ttl"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]
