"""The on-disk store: one named graph per article, idempotent builds, labels written once."""
from __future__ import annotations

import dataclasses

import pytest

from graph.rdf import article_iri

from graph.errors import WarkgError
from graph.resolve import resolve_records
from graph.sparql import execute, open_source, result_rows
from graph.store import LocalStore, open_target
from records_factory import fixture_records


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
