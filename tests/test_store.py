"""The on-disk store: one named graph per article, idempotent builds, labels written once."""
from __future__ import annotations

import dataclasses

import pytest

from graph.rdf import article_iri

from graph.errors import WarkgError
from graph.resolve import resolve_records
from graph.sparql import execute, named_queries, open_source, result_rows
from graph.store import LocalStore, open_target
from graph.void import VOID_GRAPH
from records_factory import fixture_records


def named_query(name: str) -> str:
    return named_queries()[name].text


def write(store, records):
    store.write(records, resolve_records(records))


def test_same_articles_twice_change_nothing_and_a_new_one_adds_only_its_triples(tmp_path):
    records = fixture_records()
    store = LocalStore(tmp_path / "st", create=True)
    write(store, records[:2])
    first = len(store)
    write(store, records[:2])
    assert len(store) == first
    write(store, records[2:])
    added = len(store) - first
    assert added > 0
    write(store, records)  # all three again
    assert len(store) == first + added
    store.close()


def test_reingesting_an_article_replaces_its_graph(tmp_path):
    records = fixture_records()
    store = LocalStore(tmp_path / "st", create=True)
    write(store, records)
    shorter = dataclasses.replace(records[0], claims=records[0].claims[:1], events=())
    write(store, [shorter])
    store.close()
    src = open_source(tmp_path / "st")
    article = article_iri(records[0].article.key)
    _, rows = result_rows(execute(src, f"SELECT ?t WHERE {{ ?c wk:text ?t ; prov:wasDerivedFrom <{article}> }}"))
    assert rows == [["troops were regrouping from Izium"]]


def test_void_description_follows_every_write(tmp_path):
    """The counts a store keeps by adding and subtracting at each write equal a full count of what it
    holds, after new articles, the same again, an article re-ingested shorter, and the rest."""
    import pyoxigraph as ox

    from graph.rdf import DERIVED_GRAPH
    from graph.void import count_graphs, read_description

    records = fixture_records()
    shorter = dataclasses.replace(records[0], claims=records[0].claims[:1], events=())
    store = LocalStore(tmp_path / "st", create=True)
    for batch in (records[:2], records[:2], [shorter], records[2:], records):
        write(store, batch)
        total, derived = read_description(store.ox)
        assert total == count_graphs(store.ox) and derived == count_graphs(store.ox, [str(DERIVED_GRAPH)])
        description = sum(1 for _ in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(VOID_GRAPH))))
        assert total.triples == len(store) - description
    store.close()
    _, [row] = result_rows(execute(open_source(tmp_path / "st"), named_query("summary")))
    assert row[0] == "3" and row[6] == str(sum(len(r.claims) for r in records))


def test_entity_keeps_its_first_label(tmp_path):
    records = fixture_records()
    store = LocalStore(tmp_path / "st", create=True)
    write(store, records[1:2])  # the unknown village named "Zarichne-Nove"
    renamed = dataclasses.replace(records[1], entities=tuple(
        dataclasses.replace(e, names=("Zarichne-Nove", "Zarichne Nove Village"), name="Zarichne Nove Village")
        if e.key == "village" else e for e in records[1].entities))
    write(store, [renamed])
    store.close()
    _, rows = result_rows(execute(open_source(tmp_path / "st"), "SELECT ?l WHERE { place:zarichne-nove rdfs:label ?l }"))
    assert rows == [["Zarichne-Nove"]]


def test_an_unknown_place_keeps_the_town_and_coordinates_it_was_first_written_with(tmp_path):
    """The texts put the village in Kherson: it is located there, at Kherson's point; a later article
    putting it in Kharkiv adds the link but not a second latitude (a place has one)."""
    from graph.gazetteer import load_gazetteer

    records = fixture_records()

    def placed(town):
        return dataclasses.replace(records[1], entities=tuple(
            dataclasses.replace(e, part_of=(town,)) if e.key == "village" else e for e in records[1].entities))
    store = LocalStore(tmp_path / "st", create=True)
    write(store, [placed("geonames:706448")])
    write(store, [placed("geonames:706483")])
    store.close()
    _, rows = result_rows(execute(open_source(tmp_path / "st"),
                                  "SELECT ?lat ?long WHERE { place:zarichne-nove geo:lat ?lat ; geo:long ?long }"))
    kherson = load_gazetteer().entries["geonames:706448"]
    assert [(round(float(a), 3), round(float(b), 3)) for a, b in rows] == [(round(kherson.lat, 3), round(kherson.lon, 3))]


def test_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("mine")
    with pytest.raises(WarkgError, match="not a warkg store"):
        open_target(store=tmp_path / "docs")
    with pytest.raises(WarkgError, match="not a warkg store"):
        LocalStore(tmp_path / "docs")
    with pytest.raises(WarkgError, match="--store or --endpoint, not both"):
        open_target(store=tmp_path / "x", endpoint="http://127.0.0.1:1/query")
    with pytest.raises(WarkgError, match="not an http"):
        open_target(endpoint="ftp://example.org/sparql")
