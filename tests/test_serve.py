"""warkg serve and remote stores against real Oxigraph servers started (and stopped) by the tests."""
from __future__ import annotations

import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from graph.errors import WarkgError
from graph.resolve import resolve_records
from graph.serve import running_server, server_binary
from graph.sparql import named_queries
from graph.void import VOID_GRAPH
from ontology import PREFIXES
from graph.store import LocalStore, RemoteStore
from records_factory import fixture_records

COUNT_CLAIMS = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a <https://w3id.org/warkg/ontology#Claim> }"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    records = fixture_records()
    store = LocalStore(path, create=True)
    store.write(records, resolve_records(records))
    store.close()
    return path


@pytest.fixture(scope="module")
def endpoint(store_dir):
    with running_server(store_dir, port=free_port(), timeout=10) as base:
        yield f"{base}/query"


def client(url: str, fmt) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setReturnFormat(fmt)
    return sparql


def test_json_results(endpoint):
    sparql = client(endpoint, JSON)
    sparql.setQuery(COUNT_CLAIMS)
    data = sparql.query().convert()
    assert data["results"]["bindings"][0]["n"]["value"] == "4"


def test_xml_results_by_post(endpoint):
    sparql = client(endpoint, XML)
    sparql.setMethod("POST")
    sparql.setQuery(COUNT_CLAIMS)
    doc = sparql.query().convert()
    assert doc.getElementsByTagName("literal")[0].firstChild.data == "4"


def test_csv_results(endpoint):
    sparql = client(endpoint, CSV)
    sparql.setQuery("SELECT ?id WHERE { ?a <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id")
    assert sparql.query().convert().decode().split() == ["id", "fx-1", "fx-2", "fx-3"]


def test_construct_as_turtle(endpoint):
    sparql = client(endpoint, TURTLE)
    sparql.setQuery("CONSTRUCT { ?a a <https://w3id.org/warkg/ontology#Article> } "
                    "WHERE { ?a a <https://w3id.org/warkg/ontology#Article> }")
    g = Graph().parse(data=sparql.query().convert(), format="turtle")
    assert len(g) == 3


def test_updates_are_refused(endpoint):
    request = urllib.request.Request(endpoint.replace("/query", "/update"), method="POST",
                                     data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                     headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=5)
    assert err.value.code == 403


def test_port_in_use_is_a_clear_error(store_dir):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with pytest.raises(WarkgError, match=f"port {port} on 127.0.0.1 is already in use"):
            with running_server(store_dir, port=port):
                pass


def test_a_graph_file_is_served_too(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text("<urn:a> a <https://w3id.org/warkg/ontology#Claim> .\n")
    with running_server(path, port=free_port()) as base:
        sparql = client(f"{base}/query", JSON)
        sparql.setQuery(COUNT_CLAIMS)
        assert sparql.query().convert()["results"]["bindings"][0]["n"]["value"] == "1"


# -- the front: no federation by default, time and size limits on whole answers ----------------------

FEDERATED = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
# every quad against every quad (and again): far more rows than any limit below lets through
SQUARE = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
CUBE = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# the square of what the articles and entities say (tens of MB: big, within the default limit)
_NOT_ARTICLES = "<https://w3id.org/warkg/id/graph/ontology>, <https://w3id.org/warkg/id/graph/void>"
ARTICLES_SQUARED = ("SELECT * WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } "
                    f"FILTER(?g NOT IN ({_NOT_ARTICLES}) && ?h NOT IN ({_NOT_ARTICLES})) }}")


def fetch(url: str, query: str, method: str = "GET", timeout: float = 60) -> tuple[int, bytes]:
    import urllib.parse

    headers = {"Accept": "application/sparql-results+json"}
    if method == "GET":
        request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}", headers=headers)
    else:
        request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(), method="POST",
                                         headers={**headers, "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_federated_queries_are_refused(endpoint, method):
    status, body = fetch(endpoint, FEDERATED, method)
    assert status == 403 and b"--allow-federation" in body


def test_federated_query_as_a_sparql_body_is_refused(endpoint):
    request = urllib.request.Request(endpoint, data=FEDERATED.replace("SERVICE", "service").encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-query"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=10)
    assert err.value.code == 403


def test_federation_when_allowed_reaches_the_service(store_dir, tmp_path):
    """With --allow-federation the query goes through: here to a second endpoint on this machine."""
    other = tmp_path / "other.ttl"
    other.write_text("<urn:x> <urn:said> \"from the other endpoint\" .\n")
    with running_server(other, port=free_port()) as remote, \
            running_server(store_dir, port=free_port(), allow_federation=True) as base:
        status, body = fetch(f"{base}/query", f"SELECT ?o WHERE {{ SERVICE <{remote}/query> {{ ?s <urn:said> ?o }} }}")
    assert status == 200 and b"from the other endpoint" in body


def test_a_big_answer_within_the_limits_arrives_whole(endpoint):
    import json

    status, body = fetch(endpoint, ARTICLES_SQUARED)
    assert status == 200 and len(body) > 1 << 20  # streamed, not buffered
    rows = json.loads(body)["results"]["bindings"]
    counted = ARTICLES_SQUARED.replace("SELECT *", "SELECT (COUNT(*) AS ?n)")
    assert len(rows) == int(json.loads(fetch(endpoint, counted)[1])["results"]["bindings"][0]["n"]["value"])


def test_an_answer_over_the_size_limit_is_incomplete_never_cut(store_dir):
    import http.client

    with running_server(store_dir, port=free_port(), max_bytes=1_500_000) as base:
        with pytest.raises(http.client.IncompleteRead):
            fetch(f"{base}/query", SQUARE)
        status, body = fetch(f"{base}/query", COUNT_CLAIMS)  # small answers still pass
        assert status == 200 and b'"4"' in body


def test_an_answer_over_the_time_limit_is_incomplete_never_cut(store_dir):
    import http.client

    with running_server(store_dir, port=free_port(), timeout=2) as base:
        started = time.monotonic()
        with pytest.raises((http.client.IncompleteRead, urllib.error.HTTPError)):
            status, _ = fetch(f"{base}/query", CUBE)
            if status == 503:
                raise urllib.error.HTTPError(base, status, "timeout", None, None)
        assert time.monotonic() - started < 10  # the limit held: unbounded, this runs for minutes


# -- remote stores: a read-write Oxigraph server on loopback ------------------------------------------

@pytest.fixture
def writable_server(tmp_path):
    port = free_port()
    proc = subprocess.Popen([server_binary(), "serve", "--location", str(tmp_path / "db"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def quad_count(base: str) -> int:
    sparql = client(f"{base}/query", JSON)
    sparql.setQuery("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(sparql.query().convert()["results"]["bindings"][0]["n"]["value"])


def test_remote_store_one_graph_per_article_idempotent(writable_server):
    records = fixture_records()
    remote = RemoteStore(f"{writable_server}/query", f"{writable_server}/update")
    remote.check()
    remote.write(records[:2], resolve_records(records[:2]))
    first = quad_count(writable_server)
    remote.write(records[:2], resolve_records(records[:2]))
    assert quad_count(writable_server) == first
    remote.write(records[2:], resolve_records(records[2:]))
    assert quad_count(writable_server) > first
    sparql = client(f"{writable_server}/query", JSON)
    sparql.setQuery("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert sparql.query().convert()["results"]["bindings"][0]["n"]["value"] == "7"  # and the derived and VoID graphs
    # the derived graph covers both writes: Kupiansk taken in February (fx-3), recaptured in September (fx-2)
    sparql.setQuery("PREFIX wk: <https://w3id.org/warkg/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { GRAPH ?g { "
                    "?p a wk:ControlPeriod ; wk:place <https://w3id.org/warkg/id/place/kupiansk> } }")
    assert sparql.query().convert()["results"]["bindings"][0]["n"]["value"] == "2"
    # the endpoint's VoID description counts what it holds: the summary query reads it
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    union = client(f"{writable_server}/query", JSON)
    union.addParameter("union-default-graph", "")  # Oxigraph server: the default graph is the union
    union.setQuery(prefixes + named_queries()["summary"].text)
    row = {k: v["value"] for k, v in union.query().convert()["results"]["bindings"][0].items()}
    assert (row["articles"], row["claims"], row["events"]) == ("3", "4", "4")
    sparql.setQuery(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{VOID_GRAPH}> {{ ?s ?p ?o }} }}")
    described = int(sparql.query().convert()["results"]["bindings"][0]["n"]["value"])
    assert int(row["triples"]) == quad_count(writable_server) - described


def test_remote_errors_are_one_line(writable_server):
    with pytest.raises(WarkgError, match="cannot reach the endpoint"):
        RemoteStore(f"http://127.0.0.1:{free_port()}/query").check()
    with pytest.raises(WarkgError, match="give it with --update-url"):
        RemoteStore(f"{writable_server}/query").check()


def test_remote_timeout(tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True)
    thread.start()
    try:
        with pytest.raises(WarkgError, match="did not answer within 1 s"):
            RemoteStore(f"http://127.0.0.1:{listener.getsockname()[1]}/query", timeout=1.0).check()
    finally:
        listener.close()


def test_warkg_serve_command_end_to_end(store_dir):
    """The real command, as a user starts it; stopping it (SIGTERM) stops the Oxigraph server too."""
    import os
    import signal
    import sys

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", str(store_dir), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith(f"SPARQL endpoint: http://127.0.0.1:{port}/query"), first + proc.stderr.read()
        sparql = client(f"http://127.0.0.1:{port}/query", JSON)
        sparql.setQuery(COUNT_CLAIMS)
        assert sparql.query().convert()["results"]["bindings"][0]["n"]["value"] == "4"
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    time.sleep(0.5)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2)


def staging_graphs(base: str) -> list[str]:
    sparql = client(f"{base}/query", JSON)
    sparql.setQuery("SELECT DISTINCT ?g WHERE { GRAPH ?g { } FILTER(STRSTARTS(STR(?g), 'urn:warkg:staging:')) }")
    return [b["g"]["value"] for b in sparql.query().convert()["results"]["bindings"]]


def test_remote_write_failing_midway_publishes_nothing(writable_server, monkeypatch):
    """The endpoint fails after some chunks were sent: its graphs stay as they were (issue 11 F8)."""
    records = fixture_records()
    remote = RemoteStore(f"{writable_server}/query", f"{writable_server}/update")
    remote.write(records[:1], resolve_records(records[:1]))
    before = quad_count(writable_server)
    real_update, calls = RemoteStore.update, []

    def failing(self, sparql):
        calls.append(sparql)
        if len(calls) == 3:
            raise WarkgError("http://endpoint/update: the server refused the request (HTTP 500)")
        return real_update(self, sparql)

    monkeypatch.setattr(RemoteStore, "update", failing)
    with pytest.raises(WarkgError, match="nothing was published"):
        remote.write(records, resolve_records(records))
    monkeypatch.undo()
    assert quad_count(writable_server) == before and staging_graphs(writable_server) == []
    remote.write(records, resolve_records(records))
    assert quad_count(writable_server) > before and staging_graphs(writable_server) == []
