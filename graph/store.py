"""Where the triples live beyond one file: an on-disk Oxigraph store, or any SPARQL 1.1 server.

Both keep the named graphs of :mod:`graph.build`: one per article (re-ingesting an article replaces
its graph, so building the same articles twice changes nothing), one for the entities (written with
set semantics; an entity's canonical label is written once, by the first build that names it) and one
for the ontology.

- :class:`LocalStore`: a folder holding an Oxigraph database (``oxigraph/``) and a marker file
  (``warkg-store.json``) so that a folder that is not a store is refused rather than written into.
- :class:`RemoteStore`: SPARQL 1.1 Update over HTTP (``DROP SILENT GRAPH`` then ``INSERT DATA`` in
  chunks) to Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso or any other conforming server;
  ``update_url`` for servers that separate the update endpoint from the query endpoint.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph.build import ENTITIES_GRAPH, present_entities, records_to_quads
from graph.errors import WarkgError
from graph.records import ArticleRecord
from graph.resolve import Resolution
from graph.terms import ox_quads

STORE_MARKER = "warkg-store.json"
STORE_FORMAT = 1
CHUNK_TRIPLES = 5000
HTTP_TIMEOUT = 60.0


def is_store(path: str | Path) -> bool:
    return (Path(path) / STORE_MARKER).is_file()


def graphs_to_write(records: Iterable[ArticleRecord], res: Resolution, present: set[URIRef],
                    labelled: set[URIRef]) -> Iterator[tuple[URIRef, list]]:
    """(graph name, triples) one named graph at a time: the ontology, the entities (without labels the
    target already has: an entity keeps the label it was first written with), then each article."""
    for g, quads in groupby(records_to_quads(records, res, present=present), key=lambda q: q[3]):
        triples = [(s, p, o) for s, p, o, _ in quads if not (g == ENTITIES_GRAPH and p == RDFS.label and s in labelled)]
        yield g, triples


class LocalStore:
    """An on-disk Oxigraph store in a folder of its own."""

    def __init__(self, path: str | Path, create: bool = False):
        import pyoxigraph as ox

        self.path = Path(path)
        if is_store(self.path):
            from graph.serve import serving_pid

            pid = serving_pid(self.path)
            if pid is not None:
                raise WarkgError(f"is being served by warkg serve (process {pid}), which would go on showing the "
                                 "old graph; stop it, then build into the store", self.path)
        if not is_store(self.path):
            if not create:
                raise WarkgError("not a warkg store (no warkg-store.json); make one with "
                                 "'warkg build ARTICLES --store FOLDER'", self.path)
            if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
                raise WarkgError("exists and is not a warkg store; give a new or empty folder", self.path)
            self.path.mkdir(parents=True, exist_ok=True)
            (self.path / STORE_MARKER).write_text(json.dumps({"warkg_store": STORE_FORMAT}) + "\n")
        try:
            self.ox = ox.Store(str(self.path / "oxigraph"))
        except (OSError, RuntimeError) as err:  # RocksDB reports a damaged database as RuntimeError
            first = (str(err).strip().splitlines() or [type(err).__name__])[0][:200]
            raise WarkgError(f"cannot open the store (damaged, unreadable or in use: {first})", self.path) from None

    def __len__(self) -> int:
        return len(self.ox)

    def existing_entities(self) -> set[URIRef]:
        import pyoxigraph as ox

        return {URIRef(q.subject.value) for q in
                self.ox.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), None, ox.NamedNode(str(ENTITIES_GRAPH)))}

    def labelled(self) -> set[URIRef]:
        import pyoxigraph as ox

        return {URIRef(q.subject.value) for q in
                self.ox.quads_for_pattern(None, ox.NamedNode(str(RDFS.label)), None, ox.NamedNode(str(ENTITIES_GRAPH)))}

    def write(self, records: Iterable[ArticleRecord], res: Resolution) -> None:
        """Add the records: replace their article graphs, merge their entities, refresh the ontology."""
        import pyoxigraph as ox

        present = present_entities(res) | self.existing_entities()
        for g, triples in graphs_to_write(records, res, present, self.labelled()):
            graph = ox.NamedNode(str(g))
            if g != ENTITIES_GRAPH and self.ox.contains_named_graph(graph):
                self.ox.remove_graph(graph)  # the article's previous version goes
            self.ox.extend(ox_quads((s, p, o, g) for s, p, o in triples))
        self.ox.flush()

    def close(self) -> None:
        self.ox.flush()
        del self.ox


class RemoteStore:
    """A SPARQL 1.1 server written through the Update protocol."""

    def __init__(self, endpoint: str, update_url: str | None = None, timeout: float = HTTP_TIMEOUT):
        for url in (endpoint, update_url):
            if url is None:
                continue
            try:
                parsed = urllib.parse.urlparse(url)
                parsed.port  # noqa: B018 - raises ValueError for a port out of range
            except ValueError as err:
                raise WarkgError(f"{url}: not a valid URL ({err})") from None
            if parsed.scheme not in ("http", "https") or not parsed.hostname:
                raise WarkgError(f"{url}: not an http(s) URL")
        self.query_url = endpoint
        self.update_url = update_url or endpoint
        self.timeout = timeout

    # -- protocol ------------------------------------------------------------------------------

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None) -> bytes:
        request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST",
                                         headers={"Content-Type": f"{content_type}; charset=utf-8",
                                                  **({"Accept": accept} if accept else {})})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace").strip().splitlines()
            raise WarkgError(f"{url}: the server refused the request (HTTP {err.code}"
                             + (f": {detail[0][:160]}" if detail else "") + ")") from None
        except urllib.error.URLError as err:
            reason = getattr(err, "reason", err)
            raise WarkgError(f"{url}: cannot reach the endpoint ({reason})") from None
        except TimeoutError:
            raise WarkgError(f"{url}: the endpoint did not answer within {self.timeout:.0f} s") from None

    def check(self) -> None:
        """Fail early, before a long extraction, when the endpoint is unreachable, is not SPARQL, or
        does not take updates at the update URL."""
        try:
            json.loads(self._post(self.query_url, "ASK {}", "application/sparql-query",
                                  "application/sparql-results+json"))
        except ValueError:
            raise WarkgError(f"{self.query_url}: does not answer like a SPARQL endpoint") from None
        try:
            self.update("INSERT DATA { }")  # a no-op every SPARQL 1.1 Update server accepts
        except WarkgError as err:
            hint = "" if self.update_url != self.query_url else \
                " (if the server has a separate update endpoint, give it with --update-url)"
            raise WarkgError(f"{err}{hint}") from None

    def close(self) -> None:
        pass

    def update(self, sparql: str) -> None:
        self._post(self.update_url, sparql, "application/sparql-update")

    def select_column(self, sparql: str) -> set[URIRef]:
        data = json.loads(self._post(self.query_url, sparql, "application/sparql-query",
                                     "application/sparql-results+json"))
        var = data["head"]["vars"][0]
        return {URIRef(b[var]["value"]) for b in data["results"]["bindings"] if var in b}

    # -- writing -------------------------------------------------------------------------------

    def existing_entities(self) -> set[URIRef]:
        return self.select_column(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s a ?c }} }}")

    def labelled(self) -> set[URIRef]:
        return self.select_column(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s <{RDFS.label}> ?l }} }}")

    def write(self, records: Iterable[ArticleRecord], res: Resolution) -> None:
        present = present_entities(res) | self.existing_entities()
        for g, triples in graphs_to_write(records, res, present, self.labelled()):
            self._put_graph(g, triples, replace=g != ENTITIES_GRAPH)

    def _put_graph(self, g: URIRef, triples: list, replace: bool) -> None:
        chunks = [triples[i:i + CHUNK_TRIPLES] for i in range(0, len(triples), CHUNK_TRIPLES)] or [[]]
        for n, chunk in enumerate(chunks):
            body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in chunk)
            drop = f"DROP SILENT GRAPH <{g}> ;\n" if replace and n == 0 else ""
            self.update(f"{drop}INSERT DATA {{ GRAPH <{g}> {{\n{body}\n}} }}")


def open_target(store: str | Path | None = None, endpoint: str | None = None, update_url: str | None = None):
    """The store a build writes into (a local folder, created when new, or a remote endpoint)."""
    if store is not None and endpoint is not None:
        raise WarkgError("give --store or --endpoint, not both")
    if store is not None:
        return LocalStore(store, create=True)
    if endpoint is not None:
        remote = RemoteStore(endpoint, update_url)
        remote.check()
        return remote
    if update_url is not None:
        raise WarkgError("--update-url needs --endpoint (the query URL of the same server)")
    return None

