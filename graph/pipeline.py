"""``warkg build``, ``warkg extract`` and ``warkg load`` as library calls.

A build streams, in two passes, so that memory does not grow with the corpus:

1. **Extract.** Articles are read one at a time, cleaned, parsed in batches (here, or in ``jobs``
   parser processes: :mod:`graph.extraction.parse`), run through warkg's extractors and turned into
   records. Each record is appended to a spill file (JSON Lines, :mod:`graph.recordfile`) and
   handed to the incremental resolver, which keeps only what it needs to merge entities across
   articles; the Doc and the record are then released. A bad file or an article that breaks
   extraction is reported and skipped.
2. **Load.** Resolution is finished once every article is known (canonical labels, surname joins).
   The records are read back from the spill file, one at a time, and become quads (ontology,
   entities, one named graph per article) in an on-disk Oxigraph working store, from which every
   output format is written into a staging folder. Meanwhile a forked child validates the same
   records against the SHACL shapes, a couple of hundred articles at a time
   (:func:`graph.validate.validate_records`).
   Only when the graph conforms are the staged files moved over the previous outputs and the graph
   written to a store or endpoint; otherwise the previous outputs stay and ``graph.invalid.ttl`` is
   left beside them.

``warkg extract`` is pass 1 writing the spill file where the user asks; ``warkg load`` is pass 2
over any set of such files (shards extracted anywhere).
"""
from __future__ import annotations

import contextlib
import importlib
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph import DEFAULT_OUT
from graph.errors import InputError, WarkgError
from graph.heap import frozen_heap
from graph.records import EVENT_TYPES, NAMED_KINDS, ArticleRecord
from graph.validate import Report

DEFAULT_FORMATS = ("ttl", "html")
DEFAULT_JOBS = 1
# Up to this many articles the working store lives in memory (about 30 MB per 221 bench articles):
# filling it takes a fifth of the time an on-disk one does, and a forked child can draw the page from
# it while this process writes the rest. Beyond, it is on disk, so memory stays flat.
IN_MEMORY_ARTICLES = 1000
Progress = Callable[[int, str], Callable[[object], None]]


@dataclass
class BuildResult:
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    claims: int = 0
    events: Counter = field(default_factory=Counter)
    unrealized: int = 0
    triples: int = 0
    seconds: float = 0.0
    report: Report | None = None
    outputs: list[Path] = field(default_factory=list)
    store: str | None = None  # where the graph was written besides files
    store_triples: tuple[int, int] | None = None  # (before, after) for a local store
    store_finished: int = 0  # graphs of an interrupted earlier write that this run finished first
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds (wall clock)
    verb: str = "built"  # "loaded" for record files

    def _skipped_note(self) -> str:
        if not self.skipped:
            return ""
        from graph.corpus import OTHER_LANGUAGE_NOTE

        other = sum(OTHER_LANGUAGE_NOTE in s for s in self.skipped)
        return f", {len(self.skipped)} skipped" + (f" ({other} not in English)" if other else "")

    def summary_lines(self) -> list[str]:
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items()))
        evs = ", ".join(f"{k} {self.events[k]}" for k in EVENT_TYPES if self.events[k])
        lines = [
            f"{self.verb} {self.articles} article(s) in {self.seconds:.1f} s" + self._skipped_note(),
            f"  entities    {sum(self.entities.values()):>6}  ({ents})",
            f"  claims      {self.claims:>6}",
            f"  events      {sum(self.events.values()):>6}  ({evs or 'none'})" + (f" + {self.unrealized} planned/hypothetical/negated" if self.unrealized else ""),
            f"  triples     {self.triples:>6}",
        ]
        if self.report is not None:
            lines.append(f"  validation  {'conforms to the shapes' if self.report.conforms else 'DOES NOT CONFORM'}")
        if self.outputs:
            lines.append("  wrote       " + ", ".join(str(p) for p in self.outputs))
        if self.store:
            counts = ""
            if self.store_triples is not None:
                before, after = self.store_triples
                counts = f" ({after} triples, {after - before:+d})"
            lines.append(f"  stored in   {self.store}{counts}")
            if self.store_finished:
                lines.append(f"  note        an interrupted earlier write into the store was finished first "
                             f"({self.store_finished} graph(s))")
        return lines


def count_graph(store, result: BuildResult) -> None:
    """Entities per class, claims, events and distinct triples of a pyoxigraph store (all graphs)."""
    from ontology import PREFIXES

    classes = (*NAMED_KINDS, "Claim", "UnrealizedEvent", *EVENT_TYPES)
    query = (f"PREFIX wk: <{PREFIXES['wk']}> SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ "
             f"VALUES ?c {{ {' '.join('wk:' + c for c in classes)} }} ?s a ?c }} GROUP BY ?c")
    counts = {row[0].value.rsplit("#", 1)[-1]: int(row[1].value) for row in store.query(query, use_default_graph_as_union=True)}
    [[n]] = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
                        use_default_graph_as_union=True)
    _set_counts(result, counts, int(n.value))


def count_statistics(stats, result: BuildResult) -> None:
    """The counts of a build's summary from the statistics of what it wrote into a store
    (:class:`graph.void.Statistics`): used when no working store was made."""
    from ontology import PREFIXES

    wk = PREFIXES["wk"]
    _set_counts(result, {iri[len(wk):]: n for iri, n in stats.classes.items() if iri.startswith(wk)}, stats.triples)


def _set_counts(result: BuildResult, counts: dict[str, int], triples: int) -> None:
    """A summary's counts from the number of resources per warkg class (by local name)."""
    for cls in NAMED_KINDS:
        result.entities[cls] = counts.get(cls, 0)
    result.claims = counts.get("Claim", 0)
    for etype in EVENT_TYPES:
        result.events[etype] = counts.get(etype, 0)
    result.unrealized = counts.get("UnrealizedEvent", 0)
    result.triples = triples


# -- pass 1: extraction ------------------------------------------------------------------------------

def extract(inputs: Sequence[str | Path], sink: Callable[[ArticleRecord], None], *, jobs: int = DEFAULT_JOBS,
            batch_size: int | None = None, warn: Callable[[str], None] = lambda message: None,
            progress_factory: Progress | None = None, prepare: Callable[[int], None] | None = None,
            strict: bool = False, keep_other_languages: bool = False,
            model: str | None = None) -> tuple[int, list[str]]:
    """Extract every article under ``inputs``, streaming, and pass each record to ``sink`` (in input
    order). ``prepare`` runs just before the first record goes to ``sink``, given the number of articles
    the inputs hold: with parser processes, they are busy with the next batches by then, so slow
    set-up costs nothing. ``strict`` refuses files of
    types warkg does not read (else they are skipped with a warning); ``keep_other_languages`` reads
    articles in other languages than English (else they are skipped with a warning); ``model`` names
    the spaCy pipeline (see :func:`graph.extraction.model.resolve_model`).
    Returns (records extracted, problems reported)."""
    from graph.corpus import count_articles, read_articles
    from graph.extraction import DEFAULT_BATCH_SIZE, extract_records
    from graph.extraction.parse import ParserPool

    total = count_articles(inputs, strict=strict)  # missing paths, empty folders fail here, before any work
    skipped: list[str] = []
    # parser processes first: where they fork, they should share as little of this process as possible
    pool = ParserPool(jobs, model) if jobs > 0 else None
    advance = None
    try:
        advance = progress_factory(total, "extracting") if progress_factory else None

        def on_read_error(err: InputError) -> None:
            skipped.append(str(err))
            warn(str(err))
            if advance:
                advance(None)

        def on_extract_error(article, error: str) -> None:
            message = extraction_failed(article, error)
            skipped.append(message)
            warn(message)
            if advance:
                advance(None)

        count = 0
        for record in extract_records(read_articles(inputs, on_error=on_read_error, strict=strict,
                                                    keep_other_languages=keep_other_languages), jobs=jobs, pool=pool,
                                      batch_size=batch_size or DEFAULT_BATCH_SIZE, on_error=on_extract_error,
                                      total=total, model=model):
            if prepare is not None:
                prepare(total)
                prepare = None
            sink(record)
            count += 1
            if advance:
                advance(record)
    finally:
        if advance:
            advance.close()
        if pool is not None:
            pool.close()
    if count == 0:
        raise nothing_extracted(inputs, skipped)
    return count, skipped


def extract_to_file(inputs: Sequence[str | Path], output: str | Path, **options) -> tuple[int, list[str]]:
    """``warkg extract``: the records of ``inputs`` as a record file (written atomically), with the
    evidence shape checked as they come (see :func:`checked_record_file`)."""
    with checked_record_file(output) as write:
        return extract(inputs, write, **options)


@contextlib.contextmanager
def checked_record_file(output: str | Path) -> Iterator[Callable[[ArticleRecord], None]]:
    """A record file written whole or not at all (an exception inside leaves any earlier file as it was),
    whose records' evidence shape is checked as they are written and marked in its trailer
    (:class:`graph.validate.ExtractedEvidence`); yields the function that writes a record."""
    from graph.recordfile import RecordWriter
    from graph.validate import ExtractedEvidence

    evidence = ExtractedEvidence()
    with RecordWriter(output) as writer:
        def write(record: ArticleRecord) -> None:
            writer.write(record)
            evidence.add(record)

        yield write
        writer.trailer["evidence"] = evidence.mark()


def extraction_failed(article, error: str) -> str:
    """The problem reported for an article whose extraction broke (it is left out)."""
    return f"{article.source}: extraction failed ({error}); skipped"


def nothing_extracted(inputs: Sequence[str | Path], skipped: list[str]) -> WarkgError:
    """The error of a run that extracted no article at all."""
    detail = f" ({len(skipped)} problem(s), see above)" if skipped else ""
    return WarkgError(f"no article could be extracted from {', '.join(str(i) for i in inputs)}{detail}")


# -- pass 2: load ------------------------------------------------------------------------------------

def build(inputs: Sequence[str | Path], out_dir: str | Path | None = DEFAULT_OUT, *,
          formats: Sequence[str] = DEFAULT_FORMATS, validate: bool = True, jobs: int = DEFAULT_JOBS,
          warn: Callable[[str], None] = lambda message: None, progress_factory: Progress | None = None,
          batch_size: int | None = None, title: str | None = None, store: str | Path | None = None,
          endpoint: str | None = None, update_url: str | None = None, strict: bool = False,
          keep_other_languages: bool = False, model: str | None = None) -> BuildResult:
    """Build the graph of ``inputs`` into ``out_dir`` (graph.ttl, graph.html and any other export format),
    and into a store folder or a SPARQL endpoint when given; return a summary. ``strict``,
    ``keep_other_languages`` and ``model`` are those of :func:`extract`."""
    from graph.rdf import evidence_triples, written_entities
    from graph.recordfile import RecordWriter, read_records
    from graph.resolve import Resolver
    from graph.validate import EvidenceCheck

    started = time.perf_counter()
    formats = _check_formats(formats)
    target = _open_target(store, endpoint, update_url)  # checked before the long extraction
    with _workdir(out_dir) as work, frozen_heap() as freeze:
        spill = RecordWriter(work / "records.jsonl")
        ready: dict = {}

        def prepare(total: int) -> None:  # gazetteer and shapes load here while the parsers load the model
            ready["resolver"] = Resolver()
            ready["evidence"] = EvidenceCheck() if validate else None
            ready["early"] = EarlyEvidence() if out_dir is not None and total <= IN_MEMORY_ARTICLES else None
            if out_dir is not None and "html" in formats:  # the page's modules load now, not after the last article
                for module in ("graph.viz", "pyvis.network"):
                    importlib.import_module(module)
            freeze()  # all of it lives as long as the build (graph.heap)

        def sink(record: ArticleRecord) -> None:
            spill.write(record)
            resolver, evidence, early = ready["resolver"], ready["evidence"], ready["early"]
            resolver.add(record)
            if evidence is not None or early is not None:
                triples = list(evidence_triples(record, written_entities(record, resolver)))
                if evidence is not None:
                    evidence.add_evidence(record, triples)
                if early is not None:
                    early.add(record, triples)

        try:
            count, skipped = extract(inputs, sink, jobs=jobs, batch_size=batch_size, warn=warn,
                                     progress_factory=progress_factory, prepare=prepare, strict=strict,
                                     keep_other_languages=keep_other_languages, model=model)
        except BaseException:
            spill.discard()
            raise
        path = spill.commit()
        extracted = time.perf_counter()
        freeze()  # and so does what the articles gave the resolver
        resolver, evidence, early = ready["resolver"], ready["evidence"], ready["early"]
        result = _load(resolver, evidence.report() if evidence is not None else None, count, work, out_dir, formats=formats, validate=validate, target=target,
                       target_name=str(store or endpoint), title=title, progress_factory=progress_factory,
                       read=lambda: read_records([path]), early=early)
    result.skipped = skipped + result.skipped
    result.timings = {"extract": extracted - started, **result.timings}
    result.seconds = time.perf_counter() - started
    return result


def load(record_paths: Sequence[str | Path], out_dir: str | Path | None = DEFAULT_OUT, *,
         formats: Sequence[str] = DEFAULT_FORMATS, validate: bool = True,
         warn: Callable[[str], None] = lambda message: None, progress_factory: Progress | None = None,
         title: str | None = None, store: str | Path | None = None, endpoint: str | None = None,
         update_url: str | None = None) -> BuildResult:
    """``warkg load``: the graph of record files (from ``warkg extract``, on any machines), written like
    a build's."""
    from graph.recordfile import file_trailer, read_records, record_files
    from graph.resolve import Resolver
    from graph.validate import evidence_checked

    started = time.perf_counter()
    formats = _check_formats(formats)
    files = record_files(record_paths)
    target = _open_target(store, endpoint, update_url)
    skipped: list[str] = []

    def duplicate(err: InputError) -> None:
        skipped.append(str(err))
        warn(str(err))

    resolver = Resolver()
    count = 0
    for record in read_records(files, on_duplicate=duplicate):  # every file's trailer is verified here
        resolver.add(record)
        count += 1
    # the evidence shape, checked when the files were extracted, is not checked again
    checked = evidence_checked([file_trailer(f) for f in files]) if validate else None
    with _workdir(out_dir) as work, frozen_heap():
        result = _load(resolver, checked, count, work, out_dir, formats=formats, validate=validate, target=target,
                       target_name=str(store or endpoint), title=title, progress_factory=progress_factory,
                       read=lambda: read_records(files, on_duplicate=lambda err: None))
    result.skipped = skipped
    result.verb = "loaded"
    result.seconds = time.perf_counter() - started
    return result


def _check_and_write_turtle(records: Iterable[ArticleRecord], res, present, skip_evidence: bool,
                            ttl_path: Path | None) -> Report:
    """Validate the graph of the records (see :class:`graph.validate.GraphCheck`) and write its
    canonical Turtle to ``ttl_path``: both read the same quads, made once."""
    from itertools import groupby

    from graph.rdf import DERIVED_GRAPH, ENTITIES_GRAPH, ONTOLOGY_GRAPH, records_to_quads
    from graph.turtle import TurtleWriter, write_turtle_file
    from graph.validate import GraphCheck

    check = GraphCheck(res, present, skip_evidence=skip_evidence)
    writer = TurtleWriter() if ttl_path is not None else None
    # with nothing to write and the evidence checked, the evidence nodes' triples are not even made
    quads_made = records_to_quads(records, res, present=present, void=writer is not None,
                                  evidence=writer is not None or not skip_evidence)
    for g, quads in groupby(quads_made, key=lambda q: q[3]):
        triples = [(s, p, o) for s, p, o, _ in quads]
        if writer is not None:
            for s, p, o in triples:
                writer.add(s, p, o)
        if g == DERIVED_GRAPH:
            check.add_derived(triples)
        elif g not in (ONTOLOGY_GRAPH, ENTITIES_GRAPH):
            check.add(triples)
    if writer is not None:
        write_turtle_file(writer, ttl_path)
    return check.report()


def _check_formats(formats: Sequence[str]) -> list[str]:
    """The formats by warkg's names (rdflib's are accepted too); an unknown one fails before any work."""
    from graph.export import canonical_format

    return list(dict.fromkeys(canonical_format(f) for f in formats))


def _open_target(store, endpoint, update_url):
    from graph.store import open_target

    return open_target(store, endpoint, update_url)


class _workdir:
    """A temporary folder for the spill file, the working store and staged outputs: inside the output
    folder (same disk, so staged files are renamed into place), else in the system's temp folder."""

    def __init__(self, out_dir: str | Path | None):
        self.parent = None
        if out_dir is not None:
            self.parent = Path(out_dir)
            self.parent.mkdir(parents=True, exist_ok=True)

    def __enter__(self) -> Path:
        self.tmp = tempfile.mkdtemp(prefix=".warkg-work-", dir=self.parent)
        return Path(self.tmp)

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


class EarlyEvidence:
    """The working store of a build small enough for it to be in memory, filled with each article's
    evidence triples (mention and evidence nodes) as the article is extracted: they are final then
    (:func:`graph.rdf.evidence_triples`), and this process has time to spare while the parser is busy
    with later articles. The load adds the rest (``records_to_quads(..., evidence=None)``), and
    counts these in the VoID description from :attr:`stats`. On the bench, the store fill after the
    last parse took 1.6 s of CPU with the evidence and 0.9 s without it (best of three)."""

    CHUNK = 20_000  # quads per bulk write

    def __init__(self) -> None:
        import pyoxigraph as ox

        from graph.void import Statistics

        self.store = ox.Store()
        self.stats = Statistics()
        self.pending: list[tuple] = []

    def add(self, record: ArticleRecord, triples: list[tuple]) -> None:
        """One article's evidence triples, as :func:`graph.rdf.evidence_triples` gives them."""
        from graph.rdf import article_graph

        graph = article_graph(record.article.key)
        for triple in dict.fromkeys(triples):  # counted once per graph, as records_to_quads counts
            self.stats.observe(str(triple[1]), str(triple[2]))
            self.pending.append((*triple, graph))
        if len(self.pending) >= self.CHUNK:
            self._write()

    def finish(self):
        """The store, every triple added written."""
        self._write()
        return self.store

    def _write(self) -> None:
        from graph.terms import bulk_load

        bulk_load(self.store, self.pending)
        self.pending = []


def _load(resolver, checked: Report | None, count: int, work: Path, out_dir, *, formats, validate: bool, target, target_name: str, title,
          progress_factory: Progress | None, read: Callable[[], Iterator[ArticleRecord]],
          early: EarlyEvidence | None = None) -> BuildResult:
    import pyoxigraph as ox

    from graph.background import Background
    from graph.rdf import present_entities, records_to_quads
    from graph.export import GraphData
    from graph.terms import bulk_load

    timings: dict[str, float] = {}
    t = time.perf_counter()
    res = resolver.finish()
    present = present_entities(res)
    timings["resolve"] = time.perf_counter() - t
    result = BuildResult(articles=count)
    # validation in a forked child, started before the working store opens (a child must not inherit it)
    stage = work / "staged"
    # a forked child validates (``checked``: the evidence shape, done during extraction) and, from the
    # same quads, writes the canonical Turtle, while this process fills the working store and writes
    # the other formats from it; the child starts before the working store opens (it must not inherit it)
    child_ttl = stage / "graph.ttl" if validate and out_dir is not None and "ttl" in formats else None
    check = (Background(_check_and_write_turtle, read(), res, present, checked is not None, child_ttl,
                        name="warkg-validation") if validate else None)
    staged_write = None
    try:
        t = time.perf_counter()
        advance = progress_factory(count, "writing") if progress_factory else None

        def counted(records: Iterable[ArticleRecord]) -> Iterator[ArticleRecord]:
            for record in records:
                yield record
                if advance:
                    advance(record)

        staged: list[tuple[Path, Path]] = []  # (staged file, final place)
        if out_dir is not None:  # the working store, which every output format is written from
            if early is not None:  # the evidence is in already
                working = early.finish()
                bulk_load(working, records_to_quads(counted(read()), res, present=present, evidence=None,
                                                    written=early.stats))
            else:
                working = ox.Store() if count <= IN_MEMORY_ARTICLES else ox.Store(str(work / "oxigraph"))
                bulk_load(working, records_to_quads(counted(read()), res, present=present))
            if advance:
                advance.close()
            count_graph(working, result)
            timings["store"] = time.perf_counter() - t
            data = GraphData(store=working, title=title or f"warkg: {count} article(s)")
            staged += _write_outputs(data, formats, out_dir, stage, child_ttl, timings,
                                     fork_page=count <= IN_MEMORY_ARTICLES)
        if target is not None:  # staged while the graph is validated, published once it conforms
            t = time.perf_counter()
            staged_write = target.stage(counted(read()) if out_dir is None else read(), res)
            if out_dir is None:
                if advance:
                    advance.close()
                count_statistics(staged_write.batch, result)
            timings["stage store write"] = time.perf_counter() - t
        t = time.perf_counter()
        result.report = Report.merge([r for r in (checked, check.result()) if r is not None]) if check else None
        timings["validate (waited)"] = time.perf_counter() - t
        check = None
    finally:
        if check is not None:
            check.cancel()
            if staged_write is not None:
                staged_write.discard()
    valid = result.report is None or result.report.conforms
    if out_dir is not None:
        _publish_outputs(staged, out_dir, valid, result, data)
        del data, working  # the working store closes before its folder goes
    if staged_write is not None:
        if not valid:
            staged_write.discard()
        else:
            t = time.perf_counter()
            before = len(target) if hasattr(target, "__len__") else None
            staged_write.commit()
            result.store = target_name
            result.store_finished = getattr(target, "finished_graphs", 0)
            if before is not None:
                result.store_triples = (before, len(target))
            timings["write store"] = time.perf_counter() - t
    if target is not None:
        target.close()
    result.timings = timings
    return result


def _write_outputs(data, formats, out_dir, stage: Path, child_ttl: Path | None,
                   timings: dict[str, float], fork_page: bool = False) -> list[tuple[Path, Path]]:
    """Every output format staged (graph.ttl is the validating child's): (staged file, final place).
    ``fork_page``: the working store is in memory, so a forked child may draw the page from it while
    this process writes the other formats (never with an on-disk store, which a child must not share)."""
    from graph.background import Background

    staged: list[tuple[Path, Path]] = []
    if child_ttl is not None:
        staged.append((child_ttl, Path(out_dir) / "graph.ttl"))
    wanted = [f for f in dict.fromkeys(formats) if not (f == "ttl" and child_ttl is not None)]
    # only when this process has other formats to write meanwhile: else it would only wait, and a
    # second child costs the memory it copies
    page = Background(_stage_format, data, "html", out_dir, stage, name="warkg-page") if (
        fork_page and "html" in wanted and len(wanted) > 1) else None
    for fmt in wanted:
        if fmt == "html" and page is not None:
            continue
        written, timings[f"write {fmt}"] = _stage_format(data, fmt, out_dir, stage)
        staged += written
    if page is not None:
        t = time.perf_counter()
        written, timings["write html"] = page.result()
        staged += written
        timings["page (waited)"] = time.perf_counter() - t
    return staged


def _stage_format(data, fmt: str, out_dir, stage: Path) -> tuple[list[tuple[Path, Path]], float]:
    """One format written into the staging folder: ([(staged file, final place)], seconds)."""
    from graph.export import REGISTRY, export

    t = time.perf_counter()
    final = Path(out_dir) if fmt == "csv" else Path(out_dir) / f"graph{REGISTRY[fmt].suffix}"
    staged_path = stage if fmt == "csv" else stage / final.name
    written = [(path, final / path.name if fmt == "csv" else final) for path in export(data, fmt, staged_path)]
    return written, time.perf_counter() - t


def _publish_outputs(staged: list[tuple[Path, Path]], out_dir, valid: bool, result: BuildResult, data) -> None:
    """Move the staged outputs into place when the graph conforms; else keep the previous good
    outputs and leave the invalid graph beside them for inspection."""
    from graph.export import export

    if valid:
        for path, final in staged:
            os.replace(path, final)
            result.outputs.append(final)
        return
    invalid = Path(out_dir) / "graph.invalid.ttl"
    ttl = [p for p, final in staged if final.name == "graph.ttl"]
    if ttl:
        os.replace(ttl[0], invalid)
    else:
        export(data, "ttl", invalid)
    result.outputs = [invalid]
