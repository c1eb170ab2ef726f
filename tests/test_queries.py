"""Named queries against a small hand-made graph with known answers, and the query command's edges."""
from __future__ import annotations

import re

import pytest

from graph.rdf import records_to_dataset, records_to_graph
from graph.errors import WarkgError
from graph.sparql import bind_params, execute, format_results, named_queries, open_source, resolve_query, result_rows
from graph.resolve import resolve_records
from graph.turtle import serialize_turtle
from records_factory import fixture_records

# every named query with its parameters and the rows it must return on the fixture graph
EXPECTED = {
    "claims-by-actor": ({"actor": "ZELENSKY"}, [
        ["2022-09-11", "Volodymyr Zelenskyy", "The 93rd Mechanized Brigade recaptured Kupiansk on Friday", "fx-2",
         "Kupiansk", "The 93rd Mechanized Brigade recaptured Kupiansk on Friday, Zelensky said."]]),
    "actors-by-place": ({"place": "izium"}, [
        ["Russian Armed Forces", "MilitaryUnit", "1", "0"], ["Armed Forces of Ukraine", "MilitaryUnit", "0", "1"]]),
    "withdrawals": ({}, [
        ["", "Russian Armed Forces", "Kyiv", "withdraw", "fx-3", "2022-03-01"],
        ["", "Russian Armed Forces", "Izium", "retreat, regroup", "fx-1", "2022-09-10"]]),
    "control-changes": ({"place": "Kupiansk"}, [
        ["2022-02", "event", "Russian Armed Forces", "take", "fx-3",
         "Russian forces took Kupiansk in February. They did not withdraw from Kyiv, the ministry said."],
        ["2022-09-09", "event", "93rd Mechanized Brigade", "recapture", "fx-2",
         "The 93rd Mechanized Brigade recaptured Kupiansk on Friday, Zelensky said."]]),
    "contested-events": ({}, [
        ["Withdrawal", "Izium", "Armed Forces of Ukraine", "retreat", "Asserted", "fx-1",
         "Ukraine's army said Russian units retreated from Izium in panic."],
        ["Withdrawal", "Izium", "Ministry of Defence of Russia", "regroup", "Asserted", "fx-1",
         "The Russian defence ministry said troops were regrouping from Izium."],
        ["Withdrawal", "Kyiv", "Ministry of Defence of Russia", "withdraw", "Negated", "fx-3",
         "Russian forces took Kupiansk in February. They did not withdraw from Kyiv, the ministry said."]]),
    "units": ({}, [
        ["Armed Forces of Ukraine", "", ""], ["Russian Armed Forces", "", ""],
        ["93rd Mechanized Brigade", "Armed Forces of Ukraine", "Armed Forces of Ukraine"]]),
    "co-mentions": ({"entity": "Izium", "min": "1"}, [
        ["Armed Forces of Ukraine", "MilitaryUnit", "1"], ["Ministry of Defence of Russia", "Organization", "1"],
        ["Russian Armed Forces", "MilitaryUnit", "1"]]),
    "claim-sources": ({"phrase": "REGROUP"}, [
        ["Ministry of Defence of Russia", "troops were regrouping from Izium", "fx-1", "Wire A", "2022-09-10",
         "The Russian defence ministry said troops were regrouping from Izium."]]),
    "places-without-coordinates": ({}, [["Zarichne-Nove", "1", "fx-2"]]),
    "articles-mentioning": ({"entity": "kupiansk"}, [
        ["fx-3", "2022-03-01", "Wire A", "Earlier", "Kupiansk"], ["fx-2", "2022-09-11", "Wire B", "Kupiansk", "Kupiansk"]]),
    "summary": ({}, None),  # checked below against counts made in Python
    # "Russian forces took Kupiansk in February", "The 93rd Mechanized Brigade recaptured Kupiansk on Friday"
    "control-timeline": ({"place": "Kupiansk"}, [
        ["period:kupiansk-1", "Russian Armed Forces", "2022-02", "", "2022-09-09", "", "false"],
        ["period:kupiansk-2", "93rd Mechanized Brigade", "2022-09-09", "", "", "", "false"]]),
    "contested-places": ({}, []),  # the only denial comes from the article that reports it (tests/test_timeline.py has one)
    # fx-1: the Russian ministry's "regrouping" is the first report of the Izium withdrawal; Ukraine's army says so too
    "claim-history": ({"phrase": "izium"}, [
        ["incident:withdrawal-izium-2022-09-10", "2022-09-10", "Armed Forces of Ukraine", "corroborates",
         "Russian units retreated from Izium in panic", "fx-1"],
        ["incident:withdrawal-izium-2022-09-10", "2022-09-10", "Ministry of Defence of Russia", "first reported",
         "troops were regrouping from Izium", "fx-1"]]),
    "events-at-place": ({"place": "kyiv"}, [
        ["2022-03-01", "Withdrawal", "Russian Armed Forces", "Asserted", "withdraw", "fx-3"],
        ["2022-03-01", "Withdrawal", "Russian Armed Forces", "Negated", "withdraw", "fx-3"]]),
}


@pytest.fixture(scope="module")
def fixture_file(tmp_path_factory):
    records = fixture_records()
    graph = records_to_graph(records, resolve_records(records))
    path = tmp_path_factory.mktemp("q") / "fixture.ttl"
    path.write_text(serialize_turtle(graph), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def source(fixture_file):
    return open_source(fixture_file)


def run(source, name, params):
    nq = named_queries()[name]
    return result_rows(execute(source, bind_params(nq, nq.text, params)))


def test_every_named_query_is_tested_and_described():
    assert set(named_queries()) == set(EXPECTED)
    for nq in named_queries().values():
        assert nq.description and not nq.description.startswith("PREFIX")
        for param in nq.params:
            assert param.description


@pytest.mark.parametrize("name", sorted(n for n, (_, rows) in EXPECTED.items() if rows is not None))
def test_named_query_rows(source, name):
    params, rows = EXPECTED[name]
    _, got = run(source, name, params)
    assert got == rows


@pytest.mark.parametrize("spelling", ["KUPIANSK", "Kupiansk's", "  kupiansk ", "Kupiánsk"])
def test_names_are_looked_up_by_their_key(source, spelling):
    """A name parameter matches the keys the graph stores (wk:nameKey): case, accents, punctuation,
    a possessive and spacing do not count."""
    _, rows = run(source, "articles-mentioning", {"entity": spelling})
    assert [r[0] for r in rows] == ["fx-3", "fx-2"]


def test_a_name_parameter_must_name_something(source):
    with pytest.raises(WarkgError, match="must name something"):
        run(source, "articles-mentioning", {"entity": "?!"})


def test_summary_counts(source, fixture_file):
    header, [row] = run(source, "summary", {})
    counts = dict(zip(header, row))
    assert counts["articles"] == "3" and counts["claims"] == "4" and counts["events"] == "4"
    assert counts["unrealized"] == "1" and counts["places"] == "4"


def test_trig_keeps_one_graph_per_article_and_queries_see_the_union(tmp_path):
    records = fixture_records()
    ds = records_to_dataset(records, resolve_records(records))
    path = tmp_path / "fx.trig"
    ds.serialize(path, format="trig")
    src = open_source(path)
    _, rows = result_rows(execute(src, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert rows == [["7"]]  # ontology, entities, incidents and periods, the VoID description, three articles
    _, rows = run(src, "claims-by-actor", {"actor": "zelensky"})
    assert len(rows) == 1


def test_result_formats(source):
    text = "SELECT ?id WHERE { ?a a wk:Article ; dcterms:identifier ?id } ORDER BY ?id"
    assert format_results(execute(source, text), "csv").splitlines() == ["id", "fx-1", "fx-2", "fx-3"]
    assert format_results(execute(source, text), "tsv").splitlines() == ["?id", '"fx-1"', '"fx-2"', '"fx-3"']
    assert '"value":"fx-1"' in format_results(execute(source, text), "json").replace(" ", "")
    assert "<literal>fx-1</literal>" in format_results(execute(source, text), "xml")
    assert format_results(execute(source, "ASK { ?a a wk:Article }")) == "yes\n"
    turtle = format_results(execute(source, "CONSTRUCT { ?a a wk:Article } WHERE { ?a a wk:Article }"), "turtle")
    assert re.search(r"article:fx-1-[0-9a-f]{10} a wk:Article", turtle)
    [iri] = re.findall(r"article:fx-1-[0-9a-f]{10}", turtle)
    assert "fx-1" in format_results(execute(source, f"DESCRIBE {iri}"), "nt")


@pytest.mark.parametrize("call,message", [
    (lambda: resolve_query("no-such-query"), "unknown named query 'no-such-query'"),
    (lambda: bind_params(named_queries()["claims-by-actor"], "", {}), "needs --param actor="),
    (lambda: bind_params(named_queries()["co-mentions"], "WHERE {}", {"entity": "x", "min": "many"}),
     "must be an integer"),
    (lambda: bind_params(named_queries()["summary"], "", {"x": "1"}), "has no parameter 'x'"),
    (lambda: bind_params(None, "SELECT * {}", {"x": "1"}), "only applies to named queries"),
])
def test_parameter_errors(call, message):
    with pytest.raises(WarkgError, match=message):
        call()


def test_syntax_error_names_line_and_column(source):
    with pytest.raises(WarkgError, match=r"syntax error at line 2, column \d+"):
        execute(source, "SELECT ?x WHERE {\n ?x a wk:Place ")


def test_file_that_is_not_sparql(tmp_path, source):
    bad = tmp_path / "bad.rq"
    bad.write_text("this is prose, not SPARQL")
    text, named = resolve_query(str(bad))
    with pytest.raises(WarkgError, match="syntax error at line 1"):
        execute(source, text)


def test_sources_that_are_not_graphs(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(WarkgError, match="not a warkg store"):
        open_source(tmp_path / "folder")
    junk = tmp_path / "junk.ttl"
    junk.write_text("not turtle at all {")
    with pytest.raises(WarkgError, match="not valid turtle"):
        open_source(junk)
    text = tmp_path / "notes.txt"
    text.write_text("plain text")
    with pytest.raises(WarkgError, match="unknown RDF format"):
        open_source(text)
    with pytest.raises(WarkgError, match="no such file"):
        open_source(tmp_path / "missing.ttl")


def test_library_query_api(fixture_file):
    import graph

    rows = list(graph.query(str(fixture_file), "claims-by-actor", actor="Zelensky"))
    assert len(rows) == 1
