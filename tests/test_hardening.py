"""Faults and hostile input: every valid article kept, every fault one clear line, no traceback.

Each test names the item of the hardening issue it covers (F1...). Unit tests read through the
library; the CLI tests run the real command in a subprocess.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT
from graph.corpus import read_articles

SEPARATORS = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]


def read_all(paths, **options):
    errors = []
    articles = list(read_articles(paths, on_error=errors.append, **options))
    return articles, errors


def warkg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


def test_f1_json_lines_split_only_at_line_feeds(tmp_path):
    rows = [{"id": f"r{i}", "text": f"Troops withdrew{sep}from the town on Friday.", "title": f"T{sep}itle"}
            for i, sep in enumerate(SEPARATORS)]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                                      encoding="utf-8")
    articles, errors = read_all([tmp_path / "a.jsonl"])
    assert errors == []
    assert [a.id for a in articles] == [f"r{i}" for i in range(len(SEPARATORS))]
    assert [a.source.rsplit(":", 1)[1] for a in articles] == [str(i + 1) for i in range(len(SEPARATORS))]
    # a manifest row keeps its date and title the same way
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "x.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "m" / "metadata.jsonl").write_text(
        json.dumps({"file": "x.txt", "title": "A\u2028title", "published": "2022-11-11"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    [article], errors = read_all([tmp_path / "m"])
    assert errors == [] and article.published == "2022-11-11" and article.title == "A title"


def test_f2_lone_surrogates_become_replacement_characters(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "s\\ud800", "text": "Troops withdrew \\udc00 from the town.", '
                                      '"publisher": "Pub \\ud800", "url": "https://x.org/\\ud800"}\n')
    [article], errors = read_all([tmp_path / "a.jsonl"])
    assert errors == []
    for value in (article.id, article.text, article.publisher, article.url, article.key):
        value.encode("utf-8")  # raises on a lone surrogate
    assert "\ufffd" in article.publisher


def test_f3_file_names_that_are_not_utf8(tmp_path):
    name = os.fsdecode(b"bad\xff.txt")
    (tmp_path / name).write_text("Troops withdrew from the town on Friday.")
    [article], errors = read_all([tmp_path])
    assert errors == []
    article.id.encode("utf-8") and article.source.encode("utf-8")
    assert article.id == "bad\ufffd"


def test_f5_control_characters_are_spaces_and_offsets_stay(tmp_path):
    text = "Troops\x01 withdrew\x0b from\x1f the town.\n"
    (tmp_path / "c.txt").write_text(text)
    [article], _ = read_all([tmp_path / "c.txt"])
    assert article.text == "Troops  withdrew  from  the town.\n" and len(article.text) == len(text)


def test_f9_a_bad_manifest_date_keeps_the_article(tmp_path):
    (tmp_path / "x.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "metadata.jsonl").write_text('{"file": "x.txt", "published": "last Tuesday", "title": "T"}\n')
    [article], errors = read_all([tmp_path])
    assert article.published is None and article.id == "x"
    assert len(errors) == 1 and "not a date" in str(errors[0]) and "kept without a date" in str(errors[0])


def test_f16_deep_folders_and_linked_folders(tmp_path):
    deep = tmp_path / "deep"
    path = deep
    for _ in range(300):  # deeper than a recursive walk of 1,000 would need per path is slow to make here;
        path = path / "d"  # the walk keeps its own stack, so depth is no limit (see _expand)
    path.mkdir(parents=True)
    (path / "bottom.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "linked.txt").write_text("Shelling hit the city overnight, officials said.")
    (deep / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere" / "loop").symlink_to(deep, target_is_directory=True)  # a cycle
    articles, errors = read_all([deep])
    assert sorted(a.id for a in articles) == ["bottom", "linked"] and errors == []


def test_f16_a_folder_deeper_than_python_recursion(tmp_path):
    import sys as _sys

    depth = 150
    path = tmp_path
    for _ in range(depth):
        path = path / "d"
    path.mkdir(parents=True)
    (path / "x.txt").write_text("Troops withdrew from the town on Friday.")
    old = _sys.getrecursionlimit()
    _sys.setrecursionlimit(depth)  # a recursive walk (os.walk in Python 3.11) fails here; the stack does not
    try:
        articles, errors = read_all([tmp_path])
    finally:
        _sys.setrecursionlimit(old)
    assert [a.id for a in articles] == ["x"]


def test_f17_json_fields_of_the_wrong_type_are_reported_not_stored(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 17, "text": "Troops withdrew from the town.",
                                                  "title": ["list", "id"], "publisher": True}) + "\n"
                                      + json.dumps({"id": ["x"], "text": "Shelling hit the city."}) + "\n")
    [article], errors = read_all([tmp_path / "a.jsonl"])
    assert article.id == "17" and article.title is None and article.publisher is None
    messages = sorted(str(e) for e in errors)
    assert any('"title" should be text, not list' in m for m in messages)
    assert any('"publisher" should be text, not bool' in m for m in messages)
    assert any(':2: each line needs an "id"' in m for m in messages)


def test_f18_duplicate_and_orphan_manifest_entries_are_reported(tmp_path):
    (tmp_path / "x.txt").write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "metadata.jsonl").write_text('{"file": "x.txt", "title": "First"}\n{"file": "x.txt", "title": "Second"}\n'
                                             '{"file": "gone.txt", "title": "Gone"}\n')
    [article], errors = read_all([tmp_path])
    messages = [str(e) for e in errors]
    assert any("describes 'x.txt' again (line 1 did)" in m for m in messages)
    assert any("describes 'gone.txt', which is not in this folder" in m for m in messages)


def test_f23_utf16_with_a_byte_order_mark(tmp_path):
    text = "Troops withdrew from the town on Friday, officials said."
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16"))  # BOM + little-endian
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    articles, errors = read_all([tmp_path])
    assert errors == [] and [a.text for a in articles] == [text, text]


def test_fuzz_generated_texts_and_rows_keep_every_valid_row(tmp_path):
    """A few hundred generated texts and JSONL rows with separators, controls, surrogates, BOMs and odd
    types: no crash, every valid row kept, every text encodable."""
    rng = random.Random(7)
    alphabet = list("abc xyz.,'\"\\/") + SEPARATORS + ["\x00", "\x01", "\x7f", "\ud800", "\udfff", "\ufeff", "é", "\u0411"]
    rows, valid = [], 0
    for i in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        row = {"id": f"f{i}", "text": "Troops withdrew. " + text}
        if i % 7 == 0:
            row["title"] = rng.choice([text, 5, None, ["x"], {"a": 1}])
        if i % 11 == 0:
            row["published"] = rng.choice(["2022-02-30", "soon", 20220101, "2022-11-11T08:00:00Z"])
        line = json.dumps(row, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
        try:
            line.decode("utf-8")  # a raw lone surrogate is not UTF-8: that line alone is refused
            valid += 1
        except UnicodeDecodeError:
            pass
        rows.append(line)
    for i in range(40):  # lines that are not articles
        rows.append(rng.choice([b"{not json", b"[]", b'{"id": ""}', b'{"text": "no id"}']))
    rng.shuffle(rows)
    (tmp_path / "fuzz.jsonl").write_bytes(b"\n".join(rows) + b"\n")
    articles, errors = read_all([tmp_path / "fuzz.jsonl"], keep_other_languages=True)
    assert len(articles) == valid
    for article in articles:
        article.text.encode("utf-8")
        assert "\x00" not in article.text and "\ud800" not in article.text
    assert all("\n" not in str(e) for e in errors)


# -- outputs, stores, commands ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_graph(tmp_path_factory):
    """A graph file made from hand-made records (no model)."""
    from graph.rdf import records_to_quads
    from graph.export import GraphData, export
    from graph.resolve import resolve_records
    from records_factory import fixture_records

    records = fixture_records()
    path = tmp_path_factory.mktemp("g") / "g.ttl"
    export(GraphData(records_to_quads(records, resolve_records(records))), "ttl", path)
    return path


def _one_line_error(proc, *fragments):
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in proc.stderr, proc.stderr


def test_f5_exports_of_text_with_control_characters_parse(tmp_path):
    from xml.etree import ElementTree

    from graph.errors import WarkgError
    from graph.export import GraphData, export

    g = tmp_path / "c.nt"
    g.write_text('<urn:s> <http://www.w3.org/2000/01/rdf-schema#label> "bad\\u0001name\\u000B" .\n'
                 '<urn:s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/warkg/ontology#Person> .\n'
                 '<urn:s> <https://w3id.org/warkg/ontology#mentionedIn> <urn:a> .\n')
    from graph.sparql import open_source

    data = GraphData.from_source(open_source(g))
    for fmt in ("graphml", "gexf"):
        [path] = export(data, fmt, tmp_path / f"x.{fmt}")
        ElementTree.parse(path)  # well-formed XML, or this raises
    with pytest.raises(WarkgError, match="XML 1.0 cannot carry"):
        export(data, "rdf", tmp_path / "x.rdf")
    assert not (tmp_path / "x.rdf").exists()
    proc = warkg("query", g, "SELECT ?l WHERE { ?s rdfs:label ?l }", "--format", "xml")
    _one_line_error(proc, "control character")


def test_f6_unwritable_outputs_are_one_line(small_graph, tmp_path):
    a_file = tmp_path / "plain-file"
    a_file.write_text("x")
    proc = warkg("export", small_graph, "--format", "csv", "-o", a_file)
    _one_line_error(proc, "csv writes nodes.csv and edges.csv into a folder")
    proc = warkg("viz", small_graph, "-o", a_file / "graph.html")
    _one_line_error(proc, "plain-file")
    assert a_file.read_text() == "x"
    if os.geteuid() != 0:  # root writes anywhere: the read-only case only shows for other users
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        _one_line_error(warkg("export", small_graph, "--format", "nt", "-o", ro / "g.nt"), "ro")


def test_f7_a_damaged_store_is_one_line_in_every_command(small_graph, tmp_path):
    from graph.recordfile import RecordWriter
    from records_factory import fixture_records

    records = tmp_path / "r.jsonl"
    with RecordWriter(records) as writer:
        for record in fixture_records():
            writer.write(record)
    store = tmp_path / "st"
    assert warkg("load", records, "--store", store, "-q").returncode == 0
    for path in (store / "oxigraph").iterdir():
        if path.name == "CURRENT" or path.suffix == ".sst":
            path.write_bytes(os.urandom(64))
    for args in (("query", store, "summary"), ("export", store, "-f", "nt", "-o", tmp_path / "x.nt"),
                 ("stats", store), ("validate", store), ("load", records, "--store", store, "-q")):
        _one_line_error(warkg(*args), "st", "damaged")


def test_f12_a_served_store_refuses_builds(tmp_path):
    from graph.serve import SERVING_MARKER
    from graph.store import LocalStore, is_store

    LocalStore(tmp_path / "st", create=True).close()
    assert is_store(tmp_path / "st")
    (tmp_path / "st" / SERVING_MARKER).write_text(json.dumps({"pid": os.getpid()}))
    from graph.errors import WarkgError

    with pytest.raises(WarkgError, match="is being served by warkg serve"):
        LocalStore(tmp_path / "st")
    (tmp_path / "st" / SERVING_MARKER).write_text(json.dumps({"pid": 2 ** 22 + 12345}))  # no such process
    LocalStore(tmp_path / "st").close()  # a stale mark is removed
    assert not (tmp_path / "st" / SERVING_MARKER).exists()


def test_f14_serve_options_out_of_range(small_graph):
    for args in (("--port", "70000"), ("--timeout", "-1"), ("--timeout", "0")):
        proc = warkg("serve", small_graph, *args)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr and "Invalid value" in proc.stderr


def test_f15_a_title_with_a_placeholder_is_text(tmp_path):
    from graph.viz import fill_template

    assert fill_template("<t>@@TITLE@@</t><s>@@VIS_JS@@</s>", {"TITLE": "@@VIS_JS@@.ttl", "VIS_JS": "code"}) \
        == "<t>@@VIS_JS@@.ttl</t><s>code</s>"


@pytest.mark.parametrize("value", ["Kyiv\r\n} ; DROP ALL", "a\x01b", "tab\tand\u2028line", 'q"uo\\te'])
def test_f19_parameter_values_stay_one_literal(small_graph, value):
    from graph.sparql import execute, open_source, sparql_string

    rows = list(execute(open_source(small_graph), f"SELECT ?v WHERE {{ BIND({sparql_string(value)} AS ?v) }}"))
    assert rows[0][0].value == value


def test_f21_malformed_endpoint_urls(tmp_path):
    for url in ("http://[::1", "http://localhost:99999/q", "ftp://x/q", "http:///q"):
        _one_line_error(warkg("build", FIXTURES / "corpus", "--endpoint", url, "--out", tmp_path), "URL")


def test_f22_a_record_file_cut_short_or_changed_is_refused(tmp_path):
    from graph.errors import WarkgError
    from graph.recordfile import RecordWriter, read_records
    from records_factory import fixture_records

    path = tmp_path / "r.jsonl"
    with RecordWriter(path) as writer:
        for record in fixture_records():
            writer.write(record)
    assert len(list(read_records([path]))) == 3
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "cut.jsonl").write_text("".join(lines[:2]), encoding="utf-8")
    with pytest.raises(WarkgError, match="cut short"):
        list(read_records([tmp_path / "cut.jsonl"]))
    (tmp_path / "edit.jsonl").write_text("".join(lines[:1] + lines[2:]), encoding="utf-8")
    with pytest.raises(WarkgError, match="do not match its trailer"):
        list(read_records([tmp_path / "edit.jsonl"]))
    proc = warkg("load", tmp_path / "cut.jsonl", "--out", tmp_path / "out")
    _one_line_error(proc, "cut short")
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_an_unexpected_failure_is_one_line_too(tmp_path, monkeypatch):
    """The last guard of the command: a bug shows as one line (WARKG_DEBUG=1 gives the traceback)."""
    code = ("import graph.cli as c, sys\n"
            "def boom(*a, **k): raise ZeroDivisionError('boom')\n"
            "c.app = boom\nc.main()\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and proc.stderr.strip() == \
        "error: ZeroDivisionError: boom (unexpected; WARKG_DEBUG=1 shows where)"


def test_f20_csv_tsv_json_results_stream_and_match_the_formatter(small_graph):
    """The command writes csv/tsv/json rows as they come; the bytes equal the library's formatter."""
    from graph.sparql import execute, format_results, open_source

    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    for fmt in ("csv", "tsv", "json"):
        proc = subprocess.run([sys.executable, "-m", "graph.cli", "query", str(small_graph), text, "-f", fmt],
                              capture_output=True, cwd=ROOT, timeout=120)
        assert proc.returncode == 0, proc.stderr
        expected = format_results(execute(open_source(small_graph), text), fmt)
        assert proc.stdout.decode("utf-8").rstrip("\n") == expected.rstrip("\n")


def test_f18_files_named_one_by_one_report_their_manifest_once(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Troops withdrew from the town on Friday.")
    (tmp_path / "metadata.jsonl").write_text('{"file": "gone.txt", "title": "Gone"}\n')
    articles, errors = read_all([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert len(articles) == 2
    assert [str(e).count("gone.txt") for e in errors] == [1]


# -- F8: a store gets a build's write whole or (stopped before its commit point) not at all ------------

def store_quads(path) -> set:
    from graph.sparql import open_source

    return {str(q) for q in open_source(path).store}


def reference_store(path, *batches):
    from graph.resolve import resolve_records
    from graph.store import LocalStore

    store = LocalStore(path, create=True)
    for records in batches:
        store.write(records, resolve_records(records))
    store.close()
    return store_quads(path)


class FailingOx:
    """The store's Oxigraph handle, except that loading the staged quads fails (or kills the process)."""

    def __init__(self, real, action):
        self.real, self.action = real, action

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __contains__(self, quad) -> bool:  # special methods are not looked up through __getattr__
        return quad in self.real

    def __len__(self) -> int:
        return len(self.real)

    def bulk_load(self, **kwargs):
        self.action()


KILLED_WRITE = """
import os, signal, sys
sys.path[:0] = [{tests!r}, {root!r}]
from records_factory import fixture_records
from graph.resolve import resolve_records
from graph.store import LocalStore
from test_hardening import FailingOx
records = fixture_records()
store = LocalStore({path!r})
store.ox = FailingOx(store.ox, lambda: os.kill(os.getpid(), signal.SIGKILL))
store.write(records, resolve_records(records))
"""


def test_f8_a_local_write_killed_midway_is_finished_by_the_next_open(tmp_path):
    """kill -9 after the old article graphs went and before the new quads landed."""
    from graph.errors import UnfinishedWriteWarning
    from graph.store import LocalStore, has_unfinished_write
    from records_factory import fixture_records

    records = fixture_records()
    expected = reference_store(tmp_path / "ref", records[:2], records)
    path = tmp_path / "st"
    before = reference_store(path, records[:2])
    script = KILLED_WRITE.format(tests=str(ROOT / "tests"), root=str(ROOT), path=str(path))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9, proc.stderr
    assert has_unfinished_write(path)
    with pytest.warns(UnfinishedWriteWarning, match="stopped midway"):
        partial = store_quads(path)
    assert partial < before  # the replaced graphs are gone: this is what a reader must be told
    query = warkg("query", path, "summary")
    assert query.returncode == 0 and "warning:" in query.stderr and "stopped midway" in query.stderr
    store = LocalStore(path)
    assert store.finished_graphs == 3 + 2  # three articles, the ontology and the VoID description
    store.close()
    assert not has_unfinished_write(path) and store_quads(path) == expected


def test_f8_a_full_disk_while_applying_is_one_line_and_finished_later(tmp_path):
    from graph.errors import WarkgError
    from graph.resolve import resolve_records
    from graph.store import LocalStore
    from records_factory import fixture_records

    records = fixture_records()
    expected = reference_store(tmp_path / "ref", records[:1], records)
    path = tmp_path / "st"
    reference_store(path, records[:1])
    store = LocalStore(path)

    def full():
        raise OSError(28, "No space left on device")

    store.ox = FailingOx(store.ox, full)
    with pytest.raises(WarkgError, match="stopped midway .*No space left.* next build or load into it finishes it"):
        store.write(records, resolve_records(records))
    store.ox = store.ox.real
    store.close()
    del store
    store = LocalStore(path)
    assert store.finished_graphs == 5  # three articles, the ontology and the VoID description
    store.close()
    assert store_quads(path) == expected


def test_f8_a_write_that_cannot_be_staged_leaves_the_store_unchanged(tmp_path, monkeypatch):
    from graph.errors import WarkgError
    from graph.resolve import resolve_records
    from graph.store import PENDING, STAGING, LocalStore
    from records_factory import fixture_records

    records = fixture_records()
    path = tmp_path / "st"
    before = reference_store(path, records[:1])
    real_stage = LocalStore._stage

    def stage_then_fill_the_disk(self, graphs, staging):
        real_stage(self, list(graphs)[:2], staging)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(LocalStore, "_stage", stage_then_fill_the_disk)
    store = LocalStore(path)
    with pytest.raises(WarkgError, match="could not be staged .*the store is unchanged"):
        store.write(records, resolve_records(records))
    store.close()
    assert not (path / STAGING).exists() and not (path / PENDING).exists()
    assert store_quads(path) == before


@pytest.mark.parametrize("fmt, first", [("table", b"a "), ("xml", b"<?xml")])
def test_f20_table_and_xml_results_stream_too(small_graph, fmt, first):
    """A result far too big to hold (every quad against every quad, three times) starts printing at
    once; the command is stopped after its first lines."""
    import select

    cube = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "query", str(small_graph), cube, "-f", fmt],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "nothing printed within 60 s"
        head = proc.stdout.read1(4096) if hasattr(proc.stdout, "read1") else proc.stdout.read(16)
        assert head.startswith(first) and proc.poll() is None
    finally:
        proc.kill()
        proc.wait()


def test_table_columns_are_sized_on_the_first_rows():
    from graph.sparql import table_lines

    lines = list(table_lines(["name", "n"], iter([["ab", "1"], ["abc", "2"], ["a much longer name", "3"]]), sample=2))
    assert lines[0] == "name  n" and lines[1] == "----  -"
    assert lines[2:5] == ["ab    1", "abc   2", "a much longer name  3"]
    assert lines[-1] == "(3 rows)"


# -- long articles: parsed in pieces (bounded memory), refused over the limit -------------------------

def test_text_pieces_join_back_and_end_at_line_breaks():
    from graph.extraction.parse import text_pieces

    text = "".join(f"Paragraph {i} says the troops withdrew from the town.\n" for i in range(200))
    pieces = text_pieces(text, size=500)
    assert "".join(pieces) == text and all(len(p) <= 500 for p in pieces) and len(pieces) > 10
    assert all(p.endswith("\n") for p in pieces[:-1])
    # a paragraph longer than a piece is cut after a sentence end, else after a space, else anywhere
    long_line = "One sentence here. " * 60
    assert all(p.endswith(". ") for p in text_pieces(long_line, size=100)[:-1])
    assert "".join(text_pieces("x" * 250, size=100)) == "x" * 250


def test_a_long_article_parses_in_pieces_into_the_doc_of_the_whole(monkeypatch):
    import spacy

    from graph.extraction import parse

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "".join(f"Officials in town {i} said on Monday that the army had withdrawn.\n\n" for i in range(60))
    whole = nlp(text)
    monkeypatch.setattr(parse, "PIECE_CHARS", 700)
    [(doc, error)] = parse.parse_batch(nlp, [text])
    assert error is None and doc.text == text
    assert [t.text for t in doc] == [t.text for t in whole]
    assert [s.start for s in doc.sents] == [s.start for s in whole.sents]


def test_an_article_over_the_limit_is_one_clear_error(monkeypatch):
    import spacy

    from graph.extraction import parse

    monkeypatch.setattr(parse, "MAX_ARTICLE_CHARS", 1000)
    [(doc, error)] = parse.parse_batch(spacy.blank("en"), ["word " * 300])
    assert doc is None and "1,500 characters, more than the 1,000" in error and "split it" in error
