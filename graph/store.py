"""Where the triples live beyond one file: an on-disk Oxigraph store, or any SPARQL 1.1 server.

Both keep the named graphs of :mod:`graph.rdf`: one per article (re-ingesting an article replaces
its graph, so building the same articles twice changes nothing), one for the entities (written with
set semantics; an entity's canonical label is written once, by the first build that names it) and one
for the ontology.

- :class:`LocalStore`: a folder holding an Oxigraph database (``oxigraph/``) and a marker file
  (``warkg-store.json``) so that a folder that is not a store is refused rather than written into.
- :class:`RemoteStore`: SPARQL 1.1 Update over HTTP to Oxigraph server, Apache Jena Fuseki, GraphDB,
  Virtuoso or any other conforming server; ``update_url`` for servers that separate the update
  endpoint from the query endpoint.

A build's write is all or nothing for the reader. Oxigraph's Python API has no transaction across
calls, so a local write is journaled: every quad and the list of graphs it replaces are first staged
in ``pending.staging/`` inside the store, which is renamed to ``pending/`` when complete (the commit
point), then applied and removed. A write stopped before the rename leaves the store as it was (the
staging folder is discarded at the next open); one stopped after it (kill -9, a full disk) leaves
``pending/``, and the next open for writing applies it again before anything else, which is sound
because applying is idempotent (graphs are replaced, entities are sets). A remote write stages into
graphs of its own (``urn:warkg:staging:...``, in chunks) and publishes them with one SPARQL Update
request (MOVE / ADD), which conforming servers run atomically; a failure drops the staging graphs.
"""
from __future__ import annotations

import json
import os
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS

from graph.rdf import DERIVED_GRAPH, ENTITIES_GRAPH, GEO_LAT, GEO_LONG, ONTOLOGY_GRAPH, present_entities, records_to_quads
from graph.errors import WarkgError
from graph.records import ArticleRecord
from graph.resolve import Resolution
from graph.terms import ox_quads
from graph.void import VOID_GRAPH, Statistics, count_graphs, counting_queries, read_description, void_triples

STORE_MARKER = "warkg-store.json"
PENDING = "pending"  # a staged write, complete, to apply (the journal of a local store)
STAGING = "pending.staging"  # a write being staged: discarded when found at open
STAGING_GRAPHS = "urn:warkg:staging:"  # graphs a remote write fills before publishing them
STALE_STAGING_S = 24 * 3600
STORE_FORMAT = 1
CHUNK_TRIPLES = 5000
HTTP_TIMEOUT = 60.0


def is_store(path: str | Path) -> bool:
    return (Path(path) / STORE_MARKER).is_file()


def has_unfinished_write(path: str | Path) -> bool:
    """A store whose last write was stopped after its commit point: readers see part of it until the
    next write (any ``build``/``load`` into the store) finishes it."""
    return (Path(path) / PENDING / "graphs.txt").is_file()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


FIRST_WRITTEN = (RDFS.label, GEO_LAT, GEO_LONG)  # one value each: a later write does not add a second


def graphs_to_write(records: Iterable[ArticleRecord], res: Resolution, present: set[URIRef],
                    labelled: set[URIRef], batch: Statistics | None = None) -> Iterator[tuple[URIRef, list]]:
    """(graph name, distinct triples) one named graph at a time: the ontology, the entities (without
    labels and coordinates the target already has: an entity keeps the label it was first written with,
    and an unknown place the town it was first put in), then each
    article; ``batch`` counts them all. The derived graph and the VoID description are not among them:
    the target recomputes them after the write."""
    for g, quads in groupby(records_to_quads(records, res, present=present, derived=False, void=False),
                            key=lambda q: q[3]):
        triples = list(dict.fromkeys((s, p, o) for s, p, o, _ in quads))
        if batch is not None and g != ONTOLOGY_GRAPH:
            batch.observe_all(triples)
        yield g, [t for t in triples if not (g == ENTITIES_GRAPH and t[1] in FIRST_WRITTEN and t[0] in labelled)]


def refresh_derived(store) -> None:
    """Recompute the derived graph (incidents, control periods) from every article graph of an
    Oxigraph store: a store that grows article by article keeps them right for all its articles."""
    import pyoxigraph as ox

    from graph.control_periods import derive_from
    from graph.incidents import ReportCollector

    derived = set(derive_from(ReportCollector().observe_store(store, exclude_graph=str(DERIVED_GRAPH))).triples())
    total, old = described(store)
    store.remove_graph(ox.NamedNode(str(DERIVED_GRAPH)))
    store.extend(ox_quads((s, p, o, DERIVED_GRAPH) for s, p, o in derived))
    new = Statistics().observe_all(derived)
    _describe(store, total - old + new, new)
    store.flush()


def described(store) -> tuple[Statistics, Statistics]:
    """(all statements, derived ones) of an Oxigraph store, as its VoID graph says; a store an earlier
    warkg wrote, without one, is counted once in full."""
    found = read_description(store)
    if found is not None:
        return found
    return count_graphs(store), count_graphs(store, [str(DERIVED_GRAPH)])


def _describe(store, total: Statistics, derived: Statistics) -> None:
    import pyoxigraph as ox

    store.remove_graph(ox.NamedNode(str(VOID_GRAPH)))
    store.extend(ox_quads((s, p, o, VOID_GRAPH) for s, p, o in void_triples(total, derived)))


class StagedWrite:
    """A write into a store, staged and not yet published: ``commit`` publishes it (all of it, for
    every reader), ``discard`` drops it; either once. ``batch`` counts what it writes."""

    def __init__(self, commit, discard, batch: Statistics):
        self._commit, self._discard, self.batch = commit, discard, batch

    def commit(self) -> Statistics:
        self._commit()
        return self.batch

    def discard(self) -> None:
        self._discard()


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
        # the database lock is ours from here: no other writer can be staging or applying
        shutil.rmtree(self.path / STAGING, ignore_errors=True)
        self.finished_graphs = self._apply_pending() if has_unfinished_write(self.path) else 0

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

    def write(self, records: Iterable[ArticleRecord], res: Resolution) -> Statistics:
        """Add the records: replace their article graphs, merge their entities, refresh the ontology;
        staged first, so the store gets all of it or (stopped before the commit point) none. Returns
        the counts of what the records say."""
        return self.stage(records, res).commit()

    def stage(self, records: Iterable[ArticleRecord], res: Resolution) -> StagedWrite:
        """Stage the records' write without publishing it: :meth:`StagedWrite.commit` publishes it,
        :meth:`StagedWrite.discard` drops it (a build stages while the graph is being validated)."""
        present = present_entities(res) | self.existing_entities()
        staging = self.path / STAGING
        batch = Statistics()
        try:
            self._stage(graphs_to_write(records, res, present, self.labelled(), batch), staging)
        except OSError as err:
            shutil.rmtree(staging, ignore_errors=True)
            raise WarkgError(f"the store write could not be staged ({err.strerror or err}); "
                             "the store is unchanged", self.path) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return StagedWrite(self._commit, lambda: shutil.rmtree(staging, ignore_errors=True), batch)

    def _commit(self) -> None:
        try:
            os.rename(self.path / STAGING, self.path / PENDING)  # the commit point
            _fsync_dir(self.path)
        except OSError as err:
            shutil.rmtree(self.path / STAGING, ignore_errors=True)
            raise WarkgError(f"the store write could not be committed ({err.strerror or err}); "
                             "the store is unchanged", self.path) from None
        self._apply_pending()

    def _stage(self, graphs: Iterable[tuple[URIRef, list]], staging: Path) -> None:
        """Stage the write's quads, the graphs they replace and the store's VoID description after it:
        the graphs it replaces counted off, the quads it adds counted on (an entity's statement the
        store has already is not added again)."""
        import pyoxigraph as ox

        staging.mkdir()
        added, replaced = Statistics(), []
        with open(staging / "quads.nq", "wb") as quads, open(staging / "replace.txt", "w", encoding="utf-8") as names:
            for g, triples in graphs:  # distinct triples (graphs_to_write)
                converted = list(ox_quads((s, p, o, g) for s, p, o in triples))
                if g != ENTITIES_GRAPH:
                    names.write(f"{g}\n")  # the article's (or ontology's) previous version goes
                    replaced.append(str(g))
                    added.observe_all(triples)
                else:
                    added.observe_all(t for t, q in zip(triples, converted) if q not in self.ox)
                ox.serialize(converted, quads, ox.RdfFormat.N_QUADS)
            total, derived = described(self.ox)
            total = total - count_graphs(self.ox, replaced) + added
            names.write(f"{VOID_GRAPH}\n")
            ox.serialize(ox_quads((s, p, o, VOID_GRAPH) for s, p, o in void_triples(total, derived)), quads,
                         ox.RdfFormat.N_QUADS)
            for f in (quads, names):
                f.flush()
                os.fsync(f.fileno())
        os.rename(staging / "replace.txt", staging / "graphs.txt")  # present only when all is staged

    def _apply_pending(self) -> int:
        """Apply the staged write: remove the graphs it replaces, load its quads, drop the journal.
        Returns the number of graphs it wrote."""
        import pyoxigraph as ox

        pending = self.path / PENDING
        names = (pending / "graphs.txt").read_text(encoding="utf-8").split()
        try:
            for name in names:
                self.ox.remove_graph(ox.NamedNode(name))
            self.ox.bulk_load(path=str(pending / "quads.nq"), format=ox.RdfFormat.N_QUADS)
            self.ox.flush()
        except OSError as err:
            raise WarkgError(f"the store write stopped midway ({err.strerror or err}); the store keeps the "
                             "write to finish, and the next build or load into it finishes it", self.path) from None
        shutil.rmtree(pending)
        refresh_derived(self.ox)
        return len(names)

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

    def write(self, records: Iterable[ArticleRecord], res: Resolution) -> Statistics:
        """Stage every graph under a staging name (in chunks), then publish them all with one update
        request; on a failure the staging graphs are dropped and the published graphs are as before."""
        return self.stage(records, res).commit()

    def stage(self, records: Iterable[ArticleRecord], res: Resolution) -> StagedWrite:
        """Upload the records' graphs under staging names without publishing them (see
        :meth:`LocalStore.stage`)."""
        present = present_entities(res) | self.existing_entities()
        self._drop_stale_staging()
        run = f"{STAGING_GRAPHS}{int(time.time())}-{os.getpid()}-{os.urandom(4).hex()}:"
        staged: list[tuple[URIRef, URIRef, bool]] = []  # (staging graph, final graph, has triples)
        batch = Statistics()

        def drop() -> None:
            try:
                for name in (staging for staging, _, full in staged if full):
                    self.update(f"DROP SILENT GRAPH <{name}>")
            except WarkgError:
                pass

        def publish() -> None:
            try:
                self.update(" ;\n".join(op for op in (self._publish(*item) for item in staged) if op))
            except WarkgError as err:
                drop()
                raise WarkgError(f"{err} (nothing was published: the endpoint's graphs are as they were)") from None
            self.refresh_derived(f"{run}derived")

        try:
            for n, (g, triples) in enumerate(graphs_to_write(records, res, present, self.labelled(), batch)):
                staging = URIRef(f"{run}{n}")
                staged.append((staging, g, bool(triples)))
                self._insert(staging, triples)
        except WarkgError as err:
            drop()
            raise WarkgError(f"{err} (nothing was published: the endpoint's graphs are as they were)") from None
        return StagedWrite(publish, drop, batch)

    def refresh_derived(self, staging: str) -> None:
        """Recompute the derived graph from every article graph on the endpoint (as
        :func:`refresh_derived` does for a local store), staged and then moved into place."""
        from graph.control_periods import derive_from
        from graph.incidents import PREDICATES, ReportCollector

        values = " ".join(f"<{p}>" for p in PREDICATES)
        data = json.loads(self._post(
            self.query_url, f"SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} VALUES ?p {{ {values} }} "
                            f"FILTER(?g != <{DERIVED_GRAPH}>) }}", "application/sparql-query",
            "application/sparql-results+json"))
        collector = ReportCollector()
        for b in data["results"]["bindings"]:
            collector.observe(b["s"]["value"], b["p"]["value"], b["o"]["value"])
        triples = list(dict.fromkeys(derive_from(collector).triples()))
        self._insert(URIRef(staging), triples)
        self.update(self._publish(URIRef(staging), DERIVED_GRAPH, bool(triples)))
        self._describe(f"{staging}-void", Statistics().observe_all(triples))

    def _describe(self, staging: str, derived: Statistics) -> None:
        """The endpoint's VoID graph, counted by the endpoint (all its graphs but the VoID graph and
        any write's staging graphs), staged and moved into place."""
        scope = f'FILTER(?g != <{VOID_GRAPH}> && !STRSTARTS(STR(?g), "{STAGING_GRAPHS}"))'
        counts = []
        for query in counting_queries(scope):
            data = json.loads(self._post(self.query_url, query, "application/sparql-query",
                                         "application/sparql-results+json"))
            var, n = data["head"]["vars"]
            counts.append(Counter({b[var]["value"]: int(b[n]["value"]) for b in data["results"]["bindings"]}))
        triples = list(void_triples(Statistics(*counts), derived))
        self._insert(URIRef(staging), triples)
        self.update(self._publish(URIRef(staging), VOID_GRAPH, True))

    @staticmethod
    def _publish(staging: URIRef, g: URIRef, full: bool) -> str | None:
        if g == ENTITIES_GRAPH:  # entities merge (set semantics); an article's graph is replaced
            return f"ADD <{staging}> TO <{g}> ;\nDROP GRAPH <{staging}>" if full else None
        return f"MOVE <{staging}> TO <{g}>" if full else f"DROP SILENT GRAPH <{g}>"

    def _insert(self, g: URIRef, triples: list) -> None:
        for i in range(0, len(triples), CHUNK_TRIPLES):
            body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples[i:i + CHUNK_TRIPLES])
            self.update(f"INSERT DATA {{ GRAPH <{g}> {{\n{body}\n}} }}")

    def _drop_stale_staging(self) -> None:
        """Staging graphs of writes killed more than a day ago (a live write's are younger)."""
        names = self.select_column(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ }} "
                                   f"FILTER(STRSTARTS(STR(?g), \"{STAGING_GRAPHS}\")) }}")
        for name in names:
            stamp = name[len(STAGING_GRAPHS):].split("-", 1)[0]
            if stamp.isdigit() and time.time() - int(stamp) > STALE_STAGING_S:
                self.update(f"DROP SILENT GRAPH <{name}>")


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

