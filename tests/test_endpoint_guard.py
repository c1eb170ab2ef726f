"""The front of warkg serve: which requests count as federated (no server needed here; the served
behaviour is tested in test_serve.py)."""
from __future__ import annotations

import pytest

from graph.endpoint_guard import request_texts, uses_service
from graph.sparql import named_queries


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://10.0.0.1/> { ?s ?p ?o } }",
    "select * where { service <http://10.0.0.1/> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://internal/> { ?s ?p ?o } }",
    "SELECT * WHERE {\n  ?x ?y ?z .\n  Service\t?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://internal/> { ?s ?p ?o } }",  # SPARQL decodes \\u before parsing
    "SELECT * WHERE { SERV\\u0049CE <http://internal/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p 'x' . SERVICE <http://internal/> { ?s ?p ?o } } # SERVICE",
    "SELECT * WHERE {}SERVICE",
])
def test_federated_queries_are_seen(query):
    assert uses_service(query)


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service a <http://ex.org/SERVICE> }",
    "PREFIX service: <http://ex.org/> SELECT * WHERE { ?s service:p ex:service }",
    "SELECT * WHERE { ?s ?p 'a SERVICE clause' } # a comment naming SERVICE",
    'SELECT * WHERE { ?s ?p """SERVICE\nSERVICE""" }',
    "SELECT * WHERE { ?s <http://ex.org/SERVICE> ?o }",
    "SELECT * WHERE { ?s ?p ?o FILTER(CONTAINS(?o, \"self-service\")) }",
])
def test_other_mentions_of_the_word_are_not(query):
    assert not uses_service(query)


def test_no_named_query_is_refused():
    for name, query in named_queries().items():
        assert not uses_service(query.text), name


def test_every_place_a_query_can_hide_is_read():
    texts = request_texts("/query?query=ASK%7B%7D&default-graph-uri=urn:x", b"query=SERVICE+x",
                          "application/x-www-form-urlencoded; charset=utf-8")
    assert "ASK{}" in texts and "urn:x" in texts and "SERVICE x" in texts
    assert "SERVICE <x>" in request_texts("/query", b"SERVICE <x>", "application/sparql-query")
