"""Streaming, parallel extraction, shard-and-load, and chunked validation give the same graph as the
simple way of doing each."""
from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from graph.rdf import (
    evidence_triples,
    records_to_graph,
    records_to_quads,
    written_entities,
)
from graph.errors import InputError, WarkgError
from graph.extraction.parse import _batches
from graph.extsort import LineSorter
from graph.recordfile import RecordWriter, read_records, record_files, record_line
from graph.resolve import Resolver, resolve_records
from graph.validate import EvidenceCheck, GraphCheck, ShapeChecker, validate_records
from ontology import WK, WKI
from records_factory import fixture_records, record_a, record_b

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
WARKG = [sys.executable, "-m", "graph.cli"]


# -- batching, sorting, record files (no model) ---------------------------------------------------------

def test_last_batches_shrink_and_keep_every_item_in_order():
    items = [(str(i), i) for i in range(221)]
    batches = list(_batches(iter(items), 32, total=221))
    assert [x for b in batches for x in b] == items
    sizes = [len(b) for b in batches]
    assert sizes[0] == 32 and max(sizes) <= 32
    assert sizes[-1] <= 4 and sizes[-2] <= 8  # little left for the main process after the last parse
    assert [len(b) for b in _batches(iter(items), 32)] == [32] * 6 + [29]  # no total: plain batches


def test_line_sorter_spills_runs_and_merges_them_sorted_and_unique(tmp_path):
    import random

    rng = random.Random(3)
    lines = [f"<s{rng.randrange(500)}> <p> \"{rng.randrange(50)}\" ." for _ in range(3000)]
    sorter = LineSorter(run_lines=200, tmp_dir=tmp_path)
    for line in lines:
        sorter.add(line)
    assert sorter.runs, "with 3000 lines and runs of 200 the sorter must have spilled to disk"
    assert list(sorter) == sorted(set(lines))
    assert not list(tmp_path.iterdir()), "spilled runs are removed once merged"


def test_record_files_round_trip_and_refuse_bad_lines(tmp_path):
    path = tmp_path / "r.jsonl"
    with RecordWriter(path) as writer:
        for record in fixture_records():
            writer.write(record)
    back = list(read_records([path]))
    assert [r.article.id for r in back] == [r.article.id for r in fixture_records()]
    assert [record_line(r) for r in back] == [record_line(r) for r in fixture_records()]

    bad = tmp_path / "bad.jsonl"
    bad.write_text(record_line(record_a()) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(WarkgError, match=r"bad\.jsonl:2"):
        list(read_records([bad]))
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "x", "text": "Some text."}) + "\n", encoding="utf-8")
    with pytest.raises(WarkgError, match="warkg extract"):
        list(read_records([articles]))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(WarkgError, match="empty"):
        list(read_records([empty]))
    with pytest.raises(WarkgError, match="no such"):
        record_files([tmp_path / "missing.jsonl"])


def test_a_failed_record_file_leaves_the_previous_one(tmp_path):
    path = tmp_path / "r.jsonl"
    with RecordWriter(path) as writer:
        writer.write(record_a())
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        with RecordWriter(path) as writer:
            writer.write(record_b())
            raise RuntimeError("extraction stopped half-way")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.jsonl"]


def test_the_same_article_in_two_shards_is_reported_and_loaded_once(tmp_path):
    for name in ("one.jsonl", "two.jsonl"):
        with RecordWriter(tmp_path / name) as writer:
            writer.write(record_a())
    seen = []
    records = list(read_records(sorted(tmp_path.iterdir()), on_duplicate=seen.append))
    assert len(records) == 1 and len(seen) == 1
    assert isinstance(seen[0], InputError) and "a-1" in str(seen[0])


def test_a_load_into_a_store_alone_counts_what_a_load_into_files_counts(tmp_path):
    """Without output files no working store is made: the summary's counts come from the store write."""
    from graph.pipeline import load

    with RecordWriter(tmp_path / "r.jsonl") as writer:
        for record in fixture_records():
            writer.write(record)
    files = load([tmp_path / "r.jsonl"], tmp_path / "out", formats=["ttl"])
    stored = load([tmp_path / "r.jsonl"], None, store=tmp_path / "store")
    assert stored.store and not stored.outputs and stored.report.conforms
    assert (stored.entities, stored.claims, stored.events, stored.unrealized) == \
        (files.entities, files.claims, files.events, files.unrealized)
    assert stored.claims == 4 and sum(stored.events.values()) == 4


def test_a_working_store_in_memory_or_on_disk_gives_the_same_outputs(tmp_path, monkeypatch):
    """Small corpora get an in-memory working store and the page drawn in a forked child; larger
    ones an on-disk store and the page drawn here: the same files either way."""
    import graph.pipeline as pipeline

    with RecordWriter(tmp_path / "r.jsonl") as writer:
        for record in fixture_records():
            writer.write(record)
    outputs = {}
    for limit in (1000, 0):
        monkeypatch.setattr(pipeline, "IN_MEMORY_ARTICLES", limit)
        result = pipeline.load([tmp_path / "r.jsonl"], tmp_path / f"out-{limit}", formats=["ttl", "html", "nt"])
        assert ("page (waited)" in result.timings) == (limit > 0)  # the page came from the child
        outputs[limit] = {p.name: p.read_bytes() for p in result.outputs}
    assert sorted(outputs[0]) == ["graph.html", "graph.nt", "graph.ttl"]
    assert outputs[0] == outputs[1000]


# -- streaming resolution and validation agree with the whole-graph way ------------------------------------

def test_incremental_resolution_equals_resolving_all_at_once():
    records = fixture_records()
    resolver = Resolver()
    for record in records:
        resolver.add(record)
    streamed, whole = resolver.finish(), resolve_records(records)
    assert isomorphic(records_to_graph(records, streamed), records_to_graph(records, whole))


def test_evidence_checked_during_extraction_is_the_evidence_written_at_the_end():
    """The triples EvidenceCheck sees while articles stream in are exactly the mention and evidence
    triples of the final graph: checking them early is checking the real thing."""
    records = fixture_records()
    resolver = Resolver()
    early = set()
    for record in records:
        resolver.add(record)
        early |= set(evidence_triples(record, written_entities(record, resolver)))
    res = resolver.finish()
    final = {(s, p, o) for s, p, o, g in records_to_quads(records, res, with_ontology=False)
             if str(s).startswith((str(WKI["mention/"]), str(WKI["evidence/"])))}
    assert early == final and final


def test_a_store_filled_with_the_evidence_first_holds_the_one_pass_quads_and_counts():
    """A build writes each article's evidence into its working store as the article is extracted
    (:class:`graph.pipeline.EarlyEvidence`) and the rest at the end: the store holds exactly the quads
    of one pass over the records, VoID description included (so its counts take the early triples in)."""
    import pyoxigraph as ox

    from graph.pipeline import EarlyEvidence
    from graph.terms import bulk_load

    records = fixture_records()
    resolver, early = Resolver(), EarlyEvidence()
    for record in records:
        resolver.add(record)
        early.add(record, list(evidence_triples(record, written_entities(record, resolver))))
    res = resolver.finish()
    split = early.finish()
    bulk_load(split, records_to_quads(records, res, evidence=None, written=early.stats))
    whole = ox.Store()
    bulk_load(whole, records_to_quads(records, res))
    assert early.stats.triples > 0
    assert set(split) == set(whole)
    # and without the early statistics the VoID numbers differ: the test can tell
    short = ox.Store()
    bulk_load(short, records_to_quads(records, res, evidence=None))
    assert set(short) - set(whole)


def _broken_records():
    """The fixture records with problems the shapes must catch, in different articles."""
    import dataclasses

    records = fixture_records()
    a = records[0]
    bad_claim = dataclasses.replace(a.claims[0], text="")  # becomes an empty wk:text: still one text
    bad_mention = dataclasses.replace(a.mentions[0], start=-5)  # offsets must not be negative
    records[0] = dataclasses.replace(a, claims=(bad_claim,), mentions=(bad_mention, *a.mentions[1:]))
    return records


@pytest.mark.parametrize("chunk", [1, 2, 48])
def test_chunked_validation_finds_what_whole_graph_validation_finds(chunk):
    for records in (fixture_records(), _broken_records()):
        res = resolve_records(records)
        whole = ShapeChecker().check(list(records_to_graph(records, res, with_ontology=False)))
        chunked = validate_records(records, res, chunk=chunk)
        assert chunked.conforms == whole.conforms
        assert chunked.problems == whole.problems
    assert not whole.conforms, "the broken records must violate a shape, or this test proves nothing"


def test_evidence_check_plus_the_other_shapes_equals_validating_everything():
    records = _broken_records()
    res = resolve_records(records)
    resolver = Resolver()
    early = EvidenceCheck(chunk=2)
    for record in records:
        resolver.add(record)
        early.add(record, resolver)
    split = validate_records(records, res, skip_evidence=True)
    whole = validate_records(records, res)
    merged = type(whole).merge([early.report(), split])
    assert merged.problems == whole.problems and not merged.conforms
    assert any("mention" in p for p in early.report().problems)


def test_graph_check_leaves_out_only_link_targets():
    """A part holds each named entity's static triples: an entity that breaks its shape (two labels) is
    reported by the chunked check too."""
    records = fixture_records()
    res = resolve_records(records)
    check = GraphCheck(res, chunk=1)
    some_entity = next(iter(check.static))
    check.static[some_entity] = [*check.static[some_entity], (some_entity, URIRef(str(RDF) + "type"), WK.Place),
                                 (some_entity, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Other"))]
    from graph.rdf import article_triples

    for record in records:
        check.add(list(article_triples(record, res)))
    assert not check.report().conforms


# -- the pipeline (trained model) --------------------------------------------------------------------------

@pytest.mark.model
def test_shards_extracted_apart_then_loaded_give_the_one_build_graph(tmp_path, shared):
    """The issue's recipe: the seeds built in one go, and extracted in two shards then loaded together,
    give the same graph, byte for byte."""
    from graph.pipeline import build, extract_to_file, load

    seeds = shared / "corpus" / "seeds"
    one = build([seeds], tmp_path / "one", formats=["ttl", "trig"])
    files = sorted(p for p in seeds.iterdir() if p.suffix == ".txt")
    # shards are folders here so that each keeps the seeds' metadata.jsonl manifest
    for i, part in enumerate((files[:2], files[2:])):
        shard = tmp_path / f"shard{i}"
        shard.mkdir()
        for f in part:
            (shard / f.name).write_bytes(f.read_bytes())
        manifest = [json.loads(line) for line in (seeds / "metadata.jsonl").read_text().splitlines() if line.strip()]
        (shard / "metadata.jsonl").write_text("".join(json.dumps(m) + "\n" for m in manifest
                                                      if m["file"] in {f.name for f in part}))
        count, skipped = extract_to_file([shard], tmp_path / f"part{i}.jsonl", jobs=0)
        assert count == len(part) and not skipped
    loaded = load([tmp_path / "part0.jsonl", tmp_path / "part1.jsonl"], tmp_path / "loaded", formats=["ttl", "trig"])
    assert loaded.report.conforms and loaded.articles == one.articles == 5
    a, b = (tmp_path / "one" / "graph.ttl").read_bytes(), (tmp_path / "loaded" / "graph.ttl").read_bytes()
    assert a == b
    # TriG comes from the working store, which a build fills with the evidence as it extracts
    assert (tmp_path / "one" / "graph.trig").read_bytes() == (tmp_path / "loaded" / "graph.trig").read_bytes()
    assert isomorphic(Graph().parse(data=a, format="turtle"), Graph().parse(data=b, format="turtle"))


@pytest.mark.model
def test_parser_processes_change_nothing(tmp_path):
    """jobs=0 (parse here), 1 and 2 (parser processes) give the same graph.ttl, and validating or not
    writes the same Turtle (the child that validates writes it, or this process does)."""
    from graph.pipeline import build

    outs = {}
    for jobs, validate in ((0, True), (2, True), (1, False)):
        out = tmp_path / f"j{jobs}-{validate}"
        result = build([DATA], out, formats=["ttl"], jobs=jobs, validate=validate)
        assert (result.report is not None) == validate
        outs[(jobs, validate)] = (out / "graph.ttl").read_bytes()
        assert gc.get_freeze_count() == 0  # a build freezes its long-lived heap (graph.heap) and unfreezes it
    assert len(set(outs.values())) == 1


def test_a_frozen_heap_is_unfrozen_on_leaving_unless_it_was_frozen_before():
    from graph.heap import frozen_heap

    assert gc.get_freeze_count() == 0
    with frozen_heap() as freeze:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        later = [[n] for n in range(1000)]  # tracked containers made after the first freeze
        freeze()
        assert gc.get_freeze_count() >= frozen + len(later)
        with frozen_heap():  # within a freeze (a child forked from a build): its end leaves the outer one be
            pass
        assert gc.get_freeze_count() >= frozen + len(later)
    assert gc.get_freeze_count() == 0


@pytest.mark.model
def test_a_dead_parser_process_stops_the_run_with_a_clear_error():
    from graph.extraction.parse import ParserPool

    with ParserPool(1) as pool:
        pool.procs[0].kill()
        pool.procs[0].join()
        with pytest.raises(WarkgError, match="parser process was killed"):
            list(pool.parse([("Kyiv is the capital.", None)] * 3, batch_size=2))


@pytest.mark.model
def test_a_pool_has_queued_the_first_batch_when_parse_returns():
    """The first texts are read while the parser processes load the model, before this process goes
    on (to import the extractors): parse() returns with the first batch consumed, before any next()."""
    from graph.extraction.parse import ParserPool

    taken = []

    def items():
        for i in range(10):
            taken.append(i)
            yield f"Kyiv is the capital. Sentence {i}.", i

    with ParserPool(1) as pool:
        parsed = pool.parse(items(), batch_size=4)
        assert len(taken) >= 4
        assert [ctx for _, ctx, _ in parsed] == list(range(10))


@pytest.mark.model
def test_extract_and_load_commands(tmp_path):
    """warkg extract then warkg load, as a user runs them, equal warkg build; bad input is one line."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = lambda *args: subprocess.run([*WARKG, *args], cwd=tmp_path, env=env, capture_output=True, text=True)  # noqa: E731
    done = run("extract", str(DATA), "-o", "records.jsonl")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("extracted ") and (tmp_path / "records.jsonl").is_file()
    extracted = int(done.stdout.split()[1])
    # one line per article, then the trailer
    assert extracted == len((tmp_path / "records.jsonl").read_text().splitlines()) - 1 > 1
    done = run("load", "records.jsonl", "--out", "loaded", "--formats", "ttl,nt")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"loaded {extracted} article(s)") and "conforms to the shapes" in done.stdout
    assert run("build", str(DATA), "--out", "built", "-q").returncode == 0
    assert (tmp_path / "loaded" / "graph.ttl").read_bytes() == (tmp_path / "built" / "graph.ttl").read_bytes()
    assert (tmp_path / "loaded" / "graph.nt").is_file()

    (tmp_path / "bad.jsonl").write_text("{\n", encoding="utf-8")
    done = run("load", "bad.jsonl", "--out", "loaded")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("error: ") and "bad.jsonl:1" in done.stderr and done.stderr.count("\n") == 1
    assert (tmp_path / "loaded" / "graph.ttl").read_bytes() == (tmp_path / "built" / "graph.ttl").read_bytes()

    store = tmp_path / "store"
    assert run("load", "records.jsonl", "--store", str(store), "-q").returncode == 0
    count = run("query", str(store), "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a wk:Article }", "-f", "csv")
    assert count.stdout.split()[-1] == str(extracted)


def _record_file(path, records, mark=None):
    writer = RecordWriter(path)
    for record in records:
        writer.write(record)
    if mark is not None:
        writer.trailer["evidence"] = mark
    writer.commit()
    return path


def test_a_load_checks_the_evidence_again_unless_every_file_says_it_conformed_to_these_shapes(tmp_path):
    """The evidence mark of a record file's trailer (what extraction checked) spares a load the evidence
    shape: only a conforming mark made with the same shapes counts. A file that lies (a broken mention
    marked conforming) shows what is skipped; an honest one is caught again."""
    from graph.pipeline import load
    from graph.recordfile import file_trailer
    from graph.validate import ExtractedEvidence, shapes_digest

    broken = _broken_records()
    evidence = ExtractedEvidence()
    for record in broken:
        evidence.add(record)
    honest = evidence.mark()
    assert honest == {"shapes": shapes_digest(), "conforms": False}
    lying = {"shapes": shapes_digest(), "conforms": True}
    for name, mark, flagged in (("honest", honest, True), ("lying", lying, False),
                                ("old shapes", {**lying, "shapes": "0" * 16}, True), ("unmarked", None, True)):
        path = _record_file(tmp_path / f"{name}.jsonl", broken, mark)
        assert file_trailer(path).get("evidence") == mark
        result = load([path], tmp_path / name, formats=["ttl"])
        assert any("mention" in p for p in result.report.problems) == flagged, name


@pytest.mark.model
def test_extract_marks_the_evidence_it_checked(tmp_path):
    from graph.pipeline import extract_to_file
    from graph.recordfile import file_trailer
    from graph.validate import shapes_digest

    extract_to_file([DATA], tmp_path / "r.jsonl", jobs=0)
    assert file_trailer(tmp_path / "r.jsonl")["evidence"] == {"shapes": shapes_digest(), "conforms": True}
