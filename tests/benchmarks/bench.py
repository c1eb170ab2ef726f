"""warkg's speed and scale benchmark: prints one table, every number measured in this run.

    python tests/benchmarks/bench.py                 # everything (about 15 minutes on 2 cores)
    python tests/benchmarks/bench.py --quick         # floor and builds only (about 4 minutes)
    python tests/benchmarks/bench.py --corpus DIR --scale 10 --triples 1000000 --markdown

Rows (targets from issue 6 in brackets):

- the floor: the trained spaCy pipeline alone (``nlp.pipe``, batched as warkg batches) over the
  cleaned texts of the corpus, model already loaded; then ``warkg build`` on the same articles, from a
  cold start, model load included; the ratio build / floor [<= 1.30]. The same with two processes:
  ``nlp.pipe(n_process=2)`` against ``warkg build --jobs 2``;
- peak memory of the build: the proportional set size (PSS) of the build and every process it starts,
  summed, sampled every 0.2 s, for the corpus and for the corpus repeated ``--scale`` times under new
  article ids [ratio <= 1.5];
- the named queries on an on-disk Oxigraph store of at least ``--triples`` triples (the corpus's
  records repeated under new article ids, loaded with ``warkg load``): median latency of each on the
  store [<= 100 ms] and on rdflib's in-memory Dataset holding the same quads, and the ratio;
- adding one new article to that store, beyond its own extraction [<= 2 s];
- start-up: ``warkg --help`` [<= 0.5 s] and a small ``warkg query`` on that store.

Every measurement runs in a fresh process, so one does not warm the caches of the next. Nothing here
is a test: it prints numbers, it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bench"
QUERY_PARAMS = {"place": "Kyiv", "entity": "Zelensky", "actor": "Zelensky", "phrase": "troops"}
SMALL_QUERY = "SELECT ?label WHERE { place:kyiv rdfs:label ?label }"
RDFLIB_LIMIT = 60  # seconds per rdflib query before it is reported as "> limit"
RUNS = 5  # timed runs per query (after one warm-up run)
BIG_PAGE_NODES = 10_000  # the large page: at least this many nodes


# -- measuring processes -------------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid == pid:
                out.append(int(entry))
    return out


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeMemory(threading.Thread):
    """Peak of the summed PSS of a process and all its descendants, sampled."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak, self.done = pid, every, 0, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            tree, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo.extend(_children(pid))
            self.peak = max(self.peak, sum(_pss_kib(p) for p in tree))
            self.done.wait(self.every)


def run(cmd: list[str], memory: bool = False, timeout: float | None = None) -> dict:
    """Run a command; wall seconds, CPU seconds of it and its children, peak PSS (MiB), stdout."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = TreeMemory(proc.pid) if memory else None
    if sampler:
        sampler.start()
    out, err = proc.communicate(timeout=timeout)
    wall = time.perf_counter() - started
    if sampler:
        sampler.done.set()
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd[:4])}... failed ({proc.returncode}):\n{err[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "pss_mib": sampler.peak / 1024 if sampler else None, "out": out}


def warkg(*args: str) -> list[str]:
    return [sys.executable, "-m", "graph.cli", *args]


def me(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), *args]


# -- workers (run in their own process) --------------------------------------------------------------

def _worker_floor(corpus: str, jobs: int) -> None:
    """nlp.pipe alone over the cleaned texts, model loaded first (not timed)."""
    from graph.clean import clean_text
    from graph.corpus import read_articles
    from graph.extraction import DEFAULT_BATCH_SIZE
    from graph.extraction.model import load_model

    texts = [clean_text(a.text, a.title).text for a in read_articles([corpus])]
    t = time.perf_counter()
    nlp = load_model()
    load = time.perf_counter() - t
    t, c = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE, n_process=max(jobs, 1)):
        pass
    print(json.dumps({"seconds": time.perf_counter() - t, "cpu_main": time.process_time() - c, "load": load,
                      "articles": len(texts), "words": sum(len(t.split()) for t in texts)}))


def _worker_queries(store: str, engine: str, runs: int, limit: int) -> None:
    """Median latency of every named query, on the store (Oxigraph) or on rdflib's Dataset."""
    import signal

    from graph.sparql import bind_params, named_queries
    from ontology import PREFIXES

    queries = {name: bind_params(q, q.text, {p.name: QUERY_PARAMS[p.name] for p in q.params if p.name in QUERY_PARAMS})
               for name, q in named_queries().items()}
    t = time.perf_counter()
    if engine == "oxigraph":
        import pyoxigraph as ox

        db = ox.Store.read_only(str(Path(store) / "oxigraph"))

        def ask(text: str) -> int:
            return len(list(db.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)))
    else:
        import pyoxigraph as ox
        from rdflib import Dataset

        from graph.terms import rdflib_quad

        db = ox.Store.read_only(str(Path(store) / "oxigraph"))
        ds = Dataset(default_union=True)
        for quad in db.quads_for_pattern(None, None, None, None):
            ds.add(rdflib_quad(quad))
        del db

        def ask(text: str) -> int:
            return len(list(ds.query(text, initNs=PREFIXES)))

    class TooSlow(Exception):
        pass

    def alarm(*_):
        raise TooSlow

    signal.signal(signal.SIGALRM, alarm)
    out = {"load": time.perf_counter() - t, "queries": {}}
    warm = engine == "oxigraph"  # one untimed run first; rdflib's slow queries are run fewer times
    for name, text in queries.items():
        times, rows = [], 0
        try:
            for i in range(runs + warm):
                signal.alarm(limit)
                t = time.perf_counter()
                rows = ask(text)
                elapsed = time.perf_counter() - t
                signal.alarm(0)
                if i or not warm:
                    times.append(elapsed)
                if elapsed > 5 and times:
                    break
            out["queries"][name] = {"median": statistics.median(times), "rows": rows, "runs": len(times)}
        except TooSlow:
            out["queries"][name] = {"median": None, "rows": None, "runs": 0}
        except Exception as err:  # noqa: BLE001 - an engine that cannot run a query is reported, not fatal
            signal.alarm(0)
            out["queries"][name] = {"median": None, "rows": None, "runs": 0, "error": f"{type(err).__name__}: {err}"[:80]}
        print(f"  {engine:8} {name:28} {out['queries'][name]['median']}", file=sys.stderr, flush=True)
    print(json.dumps(out))


def _worker_page(html_file: str) -> None:
    """The bench page in headless Chromium (as tests/test_browser.py opens it): seconds until the network
    is ready, then until the map view is drawn, then until a time-slider move redraws both."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM_FLAGS, chromium_path

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        t = time.perf_counter()
        page.goto(Path(html_file).resolve().as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=600_000)
        ready = time.perf_counter() - t
        t = time.perf_counter()
        page.click("#show-map")
        page.wait_for_selector("#map[data-places]")
        drawn = time.perf_counter() - t
        t = time.perf_counter()
        page.fill("#to", "0")
        page.dispatch_event("#to", "input")
        page.evaluate("window.warkgData.nodeView.length")
        slid = time.perf_counter() - t
        browser.close()
    print(json.dumps({"ready": ready, "map": drawn, "slider": slid}))


def _worker_add(store: str, article_file: str) -> None:
    """Add one new article to the store: total seconds and its extraction (model load included)."""
    from graph.pipeline import build

    t = time.perf_counter()
    result = build([article_file], None, store=store)
    total = time.perf_counter() - t
    print(json.dumps({"total": total, "extract": result.timings.get("extract", 0.0),
                      "store_triples": result.store_triples}))


# -- corpora made for the benchmark ------------------------------------------------------------------

def repeat_corpus(corpus: str, times: int, path: Path) -> int:
    """The corpus repeated ``times`` times under new article ids, as JSON Lines."""
    from graph.corpus import read_articles

    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for copy in range(times):
            for a in read_articles([corpus]):
                f.write(_jsonl_row(a, f"{a.id}-r{copy}" if copy else a.id))
                n += 1
    return n


def long_article(corpus: str, path: Path, chars: int = 900_000) -> int:
    """One article of about ``chars`` characters: the corpus's texts (boilerplate already blanked,
    so no end-of-article marker cuts it short) joined, repeated as needed."""
    from graph.clean import clean_text
    from graph.corpus import read_articles

    texts = [" ".join(clean_text(a.text, a.title).text.split(" ")) for a in read_articles([corpus])]
    out: list[str] = []
    size = 0
    while size < chars:
        for text in texts:
            out.append(text)
            size += len(text) + 2
            if size >= chars:
                break
    path.write_text("Long report\n\n" + "\n\n".join(out)[:chars], encoding="utf-8")
    return chars


def _jsonl_row(a, ident: str) -> str:
    """An article as a JSON Lines input row under another id."""
    body = a.text[len(a.title) + 2:] if a.title and a.text.startswith(a.title + "\n\n") else a.text
    return json.dumps({"id": ident, "text": body, "title": a.title, "published": a.published,
                       "publisher": a.publisher, "url": a.url}) + "\n"


def repeat_records(records: Path, times: int, path: Path) -> None:
    """A record file repeated ``times`` times under new article ids and keys, written (and read) by
    warkg's record library, so that the copies are valid record files with their trailer (and its
    evidence mark: the copies' evidence sentences and offsets are the records')."""
    import dataclasses

    from graph.recordfile import RecordWriter, file_trailer, read_records

    with RecordWriter(path) as out:
        if "evidence" in file_trailer(records):  # the copies' evidence is the records': checked alike
            out.trailer["evidence"] = file_trailer(records)["evidence"]
        for copy in range(times):
            for record in read_records([records]):
                if copy:
                    art = record.article
                    record = dataclasses.replace(record, article=dataclasses.replace(
                        art, id=f"{art.id}-x{copy}", key=f"{art.key}-x{copy}"))
                out.write(record)


def count_quads(source: Path) -> int:
    """Quads of a graph file or store, counted by warkg query."""
    out = run(warkg("query", str(source), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"))["out"]
    return int(out.split()[-1])


# -- the table ----------------------------------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows: list[tuple[str, str, str]] = []

    def add(self, what: str, value: str, target: str = "") -> None:
        self.rows.append((what, value, target))
        print(f"  {what}: {value}" + (f"  [{target}]" if target else ""), file=sys.stderr, flush=True)

    def render(self, markdown: bool) -> str:
        head = ("measurement", "value", "target")
        if markdown:
            lines = ["| " + " | ".join(head) + " |", "|---|---|---|"]
            lines += ["| " + " | ".join(r) + " |" for r in self.rows]
            return "\n".join(lines)
        w = [max(len(r[i]) for r in [head, *self.rows]) for i in range(3)]
        return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in [head, *self.rows])


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def machine() -> str:
    import platform

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    return f"{os.cpu_count()} cores ({cpu or platform.machine()}), {mem:.0f} GiB, Python {platform.python_version()}"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        worker, args = sys.argv[1], sys.argv[2:]
        if worker == "_floor":
            return _worker_floor(args[0], int(args[1]))
        if worker == "_queries":
            return _worker_queries(args[0], args[1], int(args[2]), int(args[3]))
        if worker == "_add":
            return _worker_add(args[0], args[1])
        if worker == "_page":
            return _worker_page(args[0])
        sys.exit(f"unknown worker {worker}")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="Article folder (default: ../shared/corpus/bench).")
    ap.add_argument("--scale", type=int, default=10, help="Times the corpus is repeated for the memory row.")
    ap.add_argument("--triples", type=int, default=1_000_000, help="Least size of the query store.")
    ap.add_argument("--repeat", type=int, default=2, help="Runs of the floor and of each build (the fastest is kept).")
    ap.add_argument("--quick", action="store_true", help="Only the floor and the builds.")
    ap.add_argument("--markdown", action="store_true", help="Print the table as Markdown (for the README).")
    ap.add_argument("--keep", help="Keep the work folder here (stores, outputs) instead of a temporary one.")
    ap.add_argument("--queries-only", action="store_true", help="Only the rows from the queries on, on the store "
                    "a previous run left in the --keep folder.")
    opts = ap.parse_args()
    if not Path(opts.corpus).is_dir():
        sys.exit(f"bench: {opts.corpus}: no such folder (give --corpus)")
    work = Path(opts.keep or tempfile.mkdtemp(prefix="warkg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    table = Table()
    print(f"machine: {machine()}\nwork folder: {work}", file=sys.stderr)
    try:
        measure(opts, work, table)
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nwarkg benchmark, {time.strftime('%Y-%m-%d')}, {machine()}\n")
    print(table.render(opts.markdown))


def measure(opts, work: Path, table: Table) -> None:
    corpus = opts.corpus
    if opts.queries_only:
        if not (work / "store").is_dir():
            sys.exit(f"bench: {work / 'store'}: no store from a previous run (give --keep)")
        return measure_store(work / "store", corpus, work, table)
    floors, builds = {}, {}
    for jobs in (1, 2):
        # floor and build alternate, ``--repeat`` times, and the fastest of each is kept (shared machines
        # are noisy); then one more build with memory sampled (sampling /proc costs CPU, so not timed)
        floor, build = None, None
        for _ in range(opts.repeat):
            f = json.loads(run(me("_floor", corpus, str(jobs)))["out"])
            b = run(warkg("build", corpus, "--out", str(work / f"build-j{jobs}"), "--jobs", str(jobs), "--quiet"))
            floor = f if floor is None or f["seconds"] < floor["seconds"] else floor
            build = b if build is None or b["wall"] < build["wall"] else build
        build["pss_mib"] = run(warkg("build", corpus, "--out", str(work / f"build-j{jobs}"), "--jobs", str(jobs),
                                     "--quiet"), memory=True)["pss_mib"]
        floors[jobs], builds[jobs] = floor, build
        words = floor["words"]
        label = "1 process" if jobs == 1 else "2 processes"
        table.add(f"floor, nlp.pipe, {label} ({floor['articles']} articles, {words} words)",
                  f"{floor['seconds']:.1f} s, {words / floor['seconds']:,.0f} words/s (model load {floor['load']:.1f} s more)")
        table.add(f"warkg build --jobs {jobs}", f"{build['wall']:.1f} s, {words / build['wall']:,.0f} words/s, "
                  f"CPU {build['cpu']:.1f} s, peak {build['pss_mib']:.0f} MiB")
        ratio = build["wall"] / floor["seconds"]
        table.add(f"build / floor, {label}", f"{ratio:.2f}", f"<= 1.30: {verdict(ratio <= 1.30)}" if jobs == 1 else "")
    measure_page(work / "build-j1" / "graph.html", table)
    if opts.quick:
        return

    big = work / f"corpus-x{opts.scale}.jsonl"
    n = repeat_corpus(corpus, opts.scale, big)
    scaled = run(warkg("build", str(big), "--out", str(work / "build-scaled"), "--quiet"), memory=True)
    ratio = scaled["pss_mib"] / builds[1]["pss_mib"]
    table.add(f"warkg build, corpus x{opts.scale} ({n} articles; memory sampled while timed)",
              f"{scaled['wall']:.1f} s, peak {scaled['pss_mib']:.0f} MiB")
    table.add(f"peak memory x{opts.scale} / x1", f"{ratio:.2f}", f"<= 1.5: {verdict(ratio <= 1.5)}")

    long_path = work / "long-article.txt"
    chars = long_article(corpus, long_path)
    long = run(warkg("build", str(long_path), "--out", str(work / "build-long"), "--quiet", "--no-html"), memory=True)
    table.add(f"warkg build, one article of {chars:,} characters (the corpus joined)",
              f"{long['wall']:.1f} s, peak {long['pss_mib']:.0f} MiB",
              f"<= 1024 MiB: {verdict(long['pss_mib'] <= 1024)}")

    records = work / "records.jsonl"
    extracted = run(warkg("extract", corpus, "-o", str(records), "--quiet"))
    table.add("warkg extract (records only)", f"{extracted['wall']:.1f} s")
    one = count_quads(work / "build-j1" / "graph.ttl")  # ontology and entities included
    copies = math.ceil(opts.triples / max(one, 1)) + 1
    scaled_records = work / "records-scaled.jsonl"
    repeat_records(records, copies, scaled_records)
    store = work / "store"
    loaded = run(warkg("load", str(scaled_records), "--store", str(store), "--quiet"), memory=True)
    triples = count_quads(store)
    table.add(f"warkg load --store, records x{copies} ({copies * floors[1]['articles']} articles)",
              f"{loaded['wall']:.1f} s, {triples:,} quads, peak {loaded['pss_mib']:.0f} MiB")

    measure_store(store, corpus, work, table)
    measure_big_page(records, work, table)


def measure_page(html_file: Path, table: Table) -> None:
    """The bench page: its size, and how fast headless Chromium draws the network, the map and a
    time-slider move (skipped where playwright or Chromium is missing)."""
    size = html_file.stat().st_size / 1e6
    table.add("bench graph.html size", f"{size:.1f} MB", f"<= 3 MB: {verdict(size <= 3)}")
    try:
        timing = json.loads(run(me("_page", str(html_file)))["out"])
    except (Exception, SystemExit) as err:  # noqa: BLE001 - a benchmark row, not a test: say why it is missing
        table.add("bench page in headless Chromium", f"not measured ({type(err).__name__})")
        return
    table.add("bench page: network ready", f"{timing['ready']:.1f} s", f"<= 3 s: {verdict(timing['ready'] <= 3)}")
    table.add("bench page: map view drawn", f"{timing['map']:.2f} s", f"<= 3 s: {verdict(timing['map'] <= 3)}")
    table.add("bench page: time slider moved (network and map redrawn)", f"{timing['slider']:.2f} s")


def measure_big_page(records: Path, work: Path, table: Table, nodes: int = BIG_PAGE_NODES) -> None:
    """A page of at least ``nodes`` nodes: the bench records repeated (each copy adds its claims) until
    the graph has that many, loaded without validation, then drawn in headless Chromium."""
    one, claims = page_nodes(work / "build-j1" / "graph.html")
    copies = max(1, math.ceil((nodes - one) / max(claims, 1)) + 1)
    repeated = work / "records-page.jsonl"
    repeat_records(records, copies, repeated)
    run(warkg("load", str(repeated), "--out", str(work / "build-page"), "--no-validate", "--quiet"))
    page = work / "build-page" / "graph.html"
    drawn, _ = page_nodes(page)
    try:
        timing = json.loads(run(me("_page", str(page)))["out"])
    except (Exception, SystemExit) as err:  # noqa: BLE001 - a benchmark row, not a test
        table.add(f"page of {drawn:,} nodes in headless Chromium", f"not measured ({type(err).__name__})")
        return
    table.add(f"page of {drawn:,} nodes (records x{copies}): network ready",
              f"{timing['ready']:.1f} s ({page.stat().st_size / 1e6:.1f} MB)", f"<= 5 s: {verdict(timing['ready'] <= 5)}")


def page_nodes(html_file: Path) -> tuple[int, int]:
    """(nodes, claim nodes) of a network page, read from its data."""
    text = html_file.read_text(encoding="utf-8")
    start = text.index('id="graph-data">') + len('id="graph-data">')
    data, _ = json.JSONDecoder().raw_decode(text[start:])
    return len(data["nodes"]), sum(1 for n in data["nodes"] if n["group"] == "Claim")


def measure_store(store: Path, corpus: str, work: Path, table: Table) -> None:
    ox_times = json.loads(run(me("_queries", str(store), "oxigraph", str(RUNS), str(RDFLIB_LIMIT)))["out"])
    rdf_times = json.loads(run(me("_queries", str(store), "rdflib", str(RUNS), str(RDFLIB_LIMIT)))["out"])
    table.add("rdflib Dataset, loading the same quads", f"{rdf_times['load']:.1f} s")
    worst = 0.0
    for name, ox_q in ox_times["queries"].items():
        rq = rdf_times["queries"][name]
        ox_ms = ox_q["median"] * 1000
        worst = max(worst, ox_ms)
        if rq["median"]:
            rdf = f"{rq['median'] * 1000:,.0f} ms, x{rq['median'] / ox_q['median']:,.0f}"
        else:
            rdf = f"fails ({rq['error'].split(':')[0]})" if rq.get("error") else f"> {RDFLIB_LIMIT} s"
        table.add(f"query {name} ({ox_q['rows']} rows): Oxigraph / rdflib", f"{ox_ms:,.1f} ms / {rdf}",
                  f"<= 100 ms: {verdict(ox_ms <= 100)}")

    article = work / "one-article.jsonl"
    repeat_corpus_first(corpus, article)
    added = json.loads(run(me("_add", str(store), str(article)))["out"])
    beyond = added["total"] - added["extract"]
    table.add("add one article to that store, beyond its extraction",
              f"{beyond:.2f} s (extraction {added['extract']:.1f} s, model load included)", f"<= 2 s: {verdict(beyond <= 2)}")

    helps = [run(warkg("--help"))["wall"] for _ in range(5)]
    table.add("warkg --help", f"{statistics.median(helps):.2f} s", f"<= 0.5 s: {verdict(statistics.median(helps) <= 0.5)}")
    small = [run(warkg("query", str(store), SMALL_QUERY))["wall"] for _ in range(5)]
    table.add("warkg query on the store (one label)", f"{statistics.median(small):.2f} s")


def repeat_corpus_first(corpus: str, path: Path) -> None:
    """The corpus's first article under a new id, as JSON Lines: an article the store has not seen."""
    from graph.corpus import read_articles

    a = next(iter(read_articles([corpus])))
    path.write_text(_jsonl_row(a, f"{a.id}-added"), encoding="utf-8")


if __name__ == "__main__":
    main()
