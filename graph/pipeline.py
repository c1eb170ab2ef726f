"""``warkg build`` as a library call: input paths -> validated graph files.

Stages: read articles (bad files reported and skipped) -> extract records with spaCy (streaming, in
batches; an article that breaks extraction is reported and skipped) -> resolve entities across
articles -> triples (ontology merged in) -> SHACL validation -> canonical Turtle and the HTML network,
written only when everything succeeded, each file atomically.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from graph.errors import InputError, WarkgError
from graph.records import EVENT_TYPES, ArticleRecord
from graph.validate import Report
from ontology import WK

DEFAULT_OUT = Path("exports")


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
    graph: Graph | None = None
    store: str | None = None  # where the graph was written besides files
    store_triples: tuple[int, int] | None = None  # (before, after) for a local store

    def summary_lines(self) -> list[str]:
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items()))
        evs = ", ".join(f"{k} {self.events[k]}" for k in EVENT_TYPES if self.events[k])
        lines = [
            f"built {self.articles} article(s) in {self.seconds:.1f} s" + (f", {len(self.skipped)} skipped" if self.skipped else ""),
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
        return lines


def count_graph(g: Graph, result: BuildResult) -> None:
    for cls in ("Person", "Organization", "MilitaryUnit", "Country", "Place"):
        result.entities[cls] = sum(1 for _ in g.subjects(RDF.type, WK[cls]))
    result.claims = sum(1 for _ in g.subjects(RDF.type, WK.Claim))
    for etype in EVENT_TYPES:
        result.events[etype] = sum(1 for _ in g.subjects(RDF.type, WK[etype]))
    result.unrealized = sum(1 for _ in g.subjects(RDF.type, WK.UnrealizedEvent))
    result.triples = len(g)


def collect_articles(inputs: Sequence[str | Path], warn: Callable[[str], None]) -> list:
    from graph.corpus import read_articles

    skipped: list[str] = []

    def on_error(err: InputError) -> None:
        skipped.append(str(err))
        warn(str(err))

    articles = list(read_articles(inputs, on_error=on_error))
    if not articles:
        detail = f" ({len(skipped)} file(s) had problems, see above)" if skipped else ""
        raise WarkgError(f"no articles could be read from {', '.join(str(i) for i in inputs)}{detail}")
    return articles, skipped


def extract(articles: list, warn: Callable[[str], None], progress: Callable[[ArticleRecord], None] | None = None,
            batch_size: int | None = None) -> tuple[list[ArticleRecord], list[str]]:
    """Records for the articles; an article whose extraction fails is reported and left out."""
    from graph.extract import DEFAULT_BATCH_SIZE, extract_records
    from graph.extract.nlp import build_nlp

    nlp = build_nlp()
    size = batch_size or DEFAULT_BATCH_SIZE
    records, failed = [], []
    for start in range(0, len(articles), size):
        batch = articles[start:start + size]
        try:
            done = list(extract_records(batch, nlp=nlp, batch_size=size))
        except Exception:  # isolate the article that breaks, keep the rest of the batch
            done = []
            for article in batch:
                try:
                    done.extend(extract_records([article], nlp=nlp))
                except Exception as err:  # noqa: BLE001 - reported to the user, build goes on
                    message = f"{article.source}: extraction failed ({type(err).__name__}: {err}); skipped"
                    failed.append(message)
                    warn(message)
        for record in done:
            records.append(record)
            if progress:
                progress(record)
    return records, failed


def graph_from_records(records: Iterable[ArticleRecord]) -> Graph:
    from graph.build import records_to_graph
    from graph.resolve import resolve_records

    records = list(records)
    return records_to_graph(records, resolve_records(records))


DEFAULT_FORMATS = ("ttl", "html")


def build(inputs: Sequence[str | Path], out_dir: str | Path | None = DEFAULT_OUT, *,
          formats: Sequence[str] = DEFAULT_FORMATS, validate: bool = True,
          warn: Callable[[str], None] = lambda message: None,
          progress_factory: Callable[[int], Callable[[ArticleRecord], None]] | None = None,
          batch_size: int | None = None, title: str | None = None, store: str | Path | None = None,
          endpoint: str | None = None, update_url: str | None = None) -> BuildResult:
    """Build the graph of ``inputs`` into ``out_dir`` (graph.ttl, graph.html and any other export format),
    and into a store folder or a SPARQL endpoint when given; return a summary."""
    from graph.export import REGISTRY
    from graph.store import open_target

    unknown = [f for f in formats if f not in REGISTRY]
    if unknown:
        raise WarkgError(f"unknown export format {unknown[0]!r} (warkg export --list shows them)")
    target = open_target(store, endpoint, update_url)  # checked before the long extraction
    from graph.export import GraphData, export
    from graph.turtle import serialize_turtle, write_atomic
    from graph.validate import validate_graph

    started = time.perf_counter()
    result = BuildResult()
    articles, skipped = collect_articles(inputs, warn)
    result.skipped.extend(skipped)
    progress = progress_factory(len(articles)) if progress_factory else None
    records, failed = extract(articles, warn, progress, batch_size)
    result.skipped.extend(failed)
    if not records:
        raise WarkgError("extraction failed for every article")
    result.articles = len(records)
    from graph.build import records_to_quads
    from graph.resolve import resolve_records

    res = resolve_records(records)
    data = GraphData(records_to_quads(records, res), title=title or f"warkg: {len(records)} article(s)")
    g = data.graph()
    count_graph(g, result)
    result.graph = g
    if validate:
        result.report = validate_graph(g)
    valid = result.report is None or result.report.conforms
    if target is not None and valid:
        before = len(target) if hasattr(target, "__len__") else None
        target.write(records, res)
        result.store = str(store or endpoint)
        if before is not None:
            result.store_triples = (before, len(target))
        target.close()
    if out_dir is None:
        result.seconds = time.perf_counter() - started
        return result
    out = Path(out_dir)
    if not valid:
        # keep the previous good outputs; leave the invalid graph beside them for inspection
        write_atomic(out / "graph.invalid.ttl", serialize_turtle(g))
        result.outputs = [out / "graph.invalid.ttl"]
    else:
        for fmt in dict.fromkeys(formats):
            target_path = out if fmt == "csv" else out / f"graph{REGISTRY[fmt].suffix}"
            result.outputs.extend(export(data, fmt, target_path))
    result.seconds = time.perf_counter() - started
    return result
