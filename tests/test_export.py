"""Every export format, read back: RDF isomorphic (named graphs kept), networks with the same counts."""
from __future__ import annotations

import csv

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.rdf import records_to_quads
from graph.errors import WarkgError
from graph.export import REGISTRY, GraphData, canonical_format, export, export_target
from graph.resolve import resolve_records
from graph.sparql import open_source
from ontology import WK
from records_factory import fixture_records

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "rdf": "xml", "jsonld": "json-ld"}
QUAD_FORMATS = {"trig": "trig", "nq": "nquads"}
NETWORK_FORMATS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.fixture(scope="module")
def data() -> GraphData:
    records = fixture_records()
    return GraphData(records_to_quads(records, resolve_records(records)), title="fixture")


def test_every_registered_format_is_read_back_here():
    assert set(REGISTRY) == set(RDF_FORMATS) | set(QUAD_FORMATS) | set(NETWORK_FORMATS) | {"csv", "html"}


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_formats_parse_back_isomorphic(data, fmt, tmp_path):
    [path] = export(data, fmt, tmp_path / f"g{REGISTRY[fmt].suffix}")
    back = Graph().parse(path, format=RDF_FORMATS[fmt])
    assert isomorphic(back, data.graph())


def test_turtle_and_ntriples_are_byte_stable(data, tmp_path):
    for fmt in ("ttl", "nt"):
        [a] = export(data, fmt, tmp_path / f"a.{fmt}")
        [b] = export(GraphData(reversed(list(data.quads()))), fmt, tmp_path / f"b.{fmt}")
        assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_quad_formats_keep_the_named_graphs(data, fmt, tmp_path):
    [path] = export(data, fmt, tmp_path / f"g{REGISTRY[fmt].suffix}")
    back = Dataset()
    back.parse(path, format=QUAD_FORMATS[fmt])
    expected: dict = {}
    for s, p, o, g in data.quads():
        expected.setdefault(str(g), Graph()).add((s, p, o))
    got = {str(c.identifier): c for c in back.graphs() if len(c)}
    assert set(got) == set(expected)  # ontology, entities, one graph per article
    for name, graph in expected.items():
        assert isomorphic(got[name], graph), name


@pytest.mark.parametrize("fmt", sorted(NETWORK_FORMATS))
def test_network_formats_load_in_networkx_with_the_same_counts(data, fmt, tmp_path):
    [path] = export(data, fmt, tmp_path / f"g{REGISTRY[fmt].suffix}")
    back = NETWORK_FORMATS[fmt](path)
    assert back.number_of_nodes() == data.network().number_of_nodes()
    assert back.number_of_edges() == data.network().number_of_edges()
    some = next(iter(back.nodes(data=True)))[1]
    assert isinstance(some["label"], str) and "kind" in some


def test_csv_loads_with_the_standard_library(data, tmp_path):
    nodes_path, edges_path = export(data, "csv", tmp_path / "csv")
    with open(nodes_path, newline="", encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with open(edges_path, newline="", encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert len(nodes) == data.network().number_of_nodes()
    assert len(edges) == data.network().number_of_edges()
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
    izium = next(n for n in nodes if n["label"] == "Izium")
    assert izium["kind"] == "Place" and float(izium["lat"]) > 49


def test_html_holds_every_node(data, tmp_path):
    [path] = export(data, "html", tmp_path / "g.html")
    page = path.read_text(encoding="utf-8")
    assert "vis.Network" in page and '"label": "Izium"' in page.replace('\\u003c', '<')


def test_export_from_a_store_keeps_graphs_and_from_a_file_the_union(data, tmp_path):
    from graph.store import LocalStore

    records = fixture_records()
    store = LocalStore(tmp_path / "st", create=True)
    store.write(records, resolve_records(records))
    store.close()
    from_store = GraphData.from_source(open_source(tmp_path / "st"))
    assert from_store.named_graphs() and isomorphic(from_store.graph(), data.graph())
    [ttl] = export(data, "ttl", tmp_path / "g.ttl")
    from_file = GraphData.from_source(open_source(ttl))
    assert not from_file.named_graphs() and isomorphic(from_file.graph(), data.graph())


def test_unknown_format(data, tmp_path):
    with pytest.raises(WarkgError, match="unknown export format 'xlsx'"):
        export(data, "xlsx", tmp_path / "x")


@pytest.mark.parametrize("alias,name", [("xml", "rdf"), ("pretty-xml", "rdf"), ("nquads", "nq"), ("turtle", "ttl"),
                                        ("json-ld", "jsonld"), ("ntriples", "nt"), ("TriG", "trig")])
def test_rdflib_format_names_are_accepted(alias, name):
    assert canonical_format(alias) == name


def test_output_folder_gets_the_file_inside(data, tmp_path):
    for fmt in ("graphml", "ttl", "nq"):
        target = export_target(fmt, tmp_path)
        [path] = export(data, fmt, target)
        assert path == tmp_path / f"graph{REGISTRY[fmt].suffix}" and path.is_file()
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(WarkgError, match="into a folder"):
        export_target("csv", tmp_path / "file.txt")


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_quad_formats_from_a_turtle_file_rebuild_the_article_graphs(data, fmt, tmp_path):
    """From the union alone, each article's claims, events, evidence, mentions and names land in the
    article's graph, as the build put them; links the gazetteer also states are the one thing the
    union cannot place (see graph.article_graphs)."""
    [ttl] = export(data, "ttl", tmp_path / "g.ttl")
    [path] = export(GraphData.from_source(open_source(ttl)), fmt, tmp_path / f"g{REGISTRY[fmt].suffix}")
    back = Dataset()
    back.parse(path, format=QUAD_FORMATS[fmt])
    links = {WK.affiliation, WK.partOf}
    got = {(s, p, o, str(g)) for s, p, o, g in back.quads() if p not in links}
    want = {(s, p, o, str(g)) for s, p, o, g in data.quads() if p not in links}
    assert got == want
    union = {(s, p, o) for s, p, o, _ in back.quads()}
    assert union == {(s, p, o) for s, p, o, _ in data.quads()}  # no triple lost or made up


def test_the_page_data_sends_each_evidence_sentence_once_and_edges_by_node_index(data):
    """The network page's data is compact (the bench page was 5.2 MB): evidence rows shared through a
    table, articles in their own table, edges naming nodes by index, nothing the page can derive."""
    from graph.viz import network_data

    page = network_data(data.network())
    nodes, rows, articles = page["nodes"], page["evidence"], page["articles"]
    assert len({tuple(r) for r in rows}) == len(rows) and len({tuple(a) for a in articles}) == len(articles)
    owners = [n["info"] for n in nodes] + [e["info"] for e in page["edges"]]
    refs = [k for info in owners for k in info.get("evidence", [])]
    assert refs and all(0 <= k < len(rows) for k in refs) and all(0 <= r[1] < len(articles) for r in rows)
    assert len(refs) > len(rows)  # some sentence is evidence of more than one node or edge, and sent once
    assert all(isinstance(e["from"], int) and 0 <= e["from"] < len(nodes) and 0 <= e["to"] < len(nodes)
               for e in page["edges"])
    assert not any("color" in n or "shape" in n for n in nodes) and set(page["kinds"]) == {n["group"] for n in nodes}
    assert len(page["comentions"]) % 3 == 0
