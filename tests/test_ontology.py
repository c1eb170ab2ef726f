"""The ontology file, the namespace class and the shapes stay in sync and say what they must."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ontology import ONTOLOGY_FILE, SHAPES_FILE, WK
from ontology.namespace import PREFIXES

NS = str(WK._NS)
CONTRACT_CLASSES = ["Actor", "Person", "Organization", "MilitaryUnit", "Country", "Place", "Claim", "Event",
                    "Withdrawal", "Offensive", "ControlChange", "Attack", "Article"]
CONTRACT_PROPERTIES = ["mentionedIn", "text", "place", "agent"]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


def defined_terms(g: Graph) -> set[str]:
    return {str(s)[len(NS):] for s in g.subjects(RDF.type, None) if str(s).startswith(NS)}


def test_namespace_class_and_turtle_file_list_the_same_terms(onto):
    in_python = {name for name in WK.__annotations__}
    assert defined_terms(onto) == in_python


def test_namespace_class_rejects_typos():
    assert WK.Withdrawal == URIRef(NS + "Withdrawal")
    with pytest.raises(AttributeError):
        WK.Withdrawl  # noqa: B018


def test_every_term_has_label_and_comment(onto):
    for name in defined_terms(onto):
        term = URIRef(NS + name)
        assert onto.value(term, RDFS.label) is not None, name
        assert onto.value(term, RDFS.comment) is not None, name


def test_contract_class_hierarchy(onto):
    sub = {(str(s)[len(NS):], str(o)[len(NS):]) for s, o in onto.subject_objects(RDFS.subClassOf) if str(o).startswith(NS)}
    for child, parent in [("Person", "Actor"), ("Organization", "Actor"), ("MilitaryUnit", "Organization"),
                          ("Country", "Actor"), ("Country", "Place"), ("Withdrawal", "Event"), ("Offensive", "Event"),
                          ("ControlChange", "Event"), ("Attack", "Event")]:
        assert (child, parent) in sub, (child, parent)
    for name in CONTRACT_CLASSES:
        assert (URIRef(NS + name), RDF.type, OWL.Class) in onto
    for name in CONTRACT_PROPERTIES:
        assert any(onto.triples((URIRef(NS + name), RDF.type, None)))


@pytest.mark.parametrize("term,parent", [
    ("Person", "http://www.w3.org/ns/prov#Person"),
    ("Organization", "https://schema.org/Organization"),
    ("Event", "http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
    ("Claim", "https://schema.org/Claim"),
    ("Article", "https://schema.org/NewsArticle"),
    ("Place", "http://www.w3.org/2003/01/geo/wgs84_pos#SpatialThing"),
    ("Place", "http://www.opengis.net/ont/geosparql#Feature"),
])
def test_alignment_by_subclass(onto, term, parent):
    assert (URIRef(NS + term), RDFS.subClassOf, URIRef(parent)) in onto


def test_alignment_by_subproperty(onto):
    assert (WK.agent, RDFS.subPropertyOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")) in onto
    assert (WK.place, RDFS.subPropertyOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace")) in onto


def test_shapes_parse_and_target_the_contract():
    shapes = Graph().parse(SHAPES_FILE)
    sh = "http://www.w3.org/ns/shacl#"
    targets = {str(o)[len(NS):] for o in shapes.objects(None, URIRef(sh + "targetClass"))}
    assert {"Actor", "Place", "Claim", "Event", "Article", "Evidence", "UnrealizedEvent"} <= targets


def test_prefixes_cover_every_instance_kind():
    for kind in ("place", "person", "org", "unit", "country", "claim", "event", "evidence", "mention", "article"):
        assert PREFIXES[kind] == f"https://w3id.org/warkg/id/{kind}/"
