"""The warkg command end to end, as a user runs it (a real process, the real model)."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from conftest import FIXTURES, ROOT
from ontology import WK

CORPUS = FIXTURES / "corpus"


def warkg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = warkg("build", CORPUS, "--out", out)
    return proc, out


def test_help_lists_every_command():
    proc = warkg("--help")
    assert proc.returncode == 0
    for command in ("build", "validate", "query"):
        assert command in proc.stdout


@pytest.mark.model
def test_build_writes_validated_outputs_and_a_summary(built):
    proc, out = built
    assert proc.returncode == 0, proc.stderr
    assert "built 4 article(s)" in proc.stdout and "validation  conforms" in proc.stdout
    for line in ("entities", "claims", "events", "triples"):
        assert line in proc.stdout
    g = Graph().parse(out / "graph.ttl")
    assert len(list(g.subjects(RDF.type, WK.Article))) == 4
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "vis.Network" in page and "http://" not in page.split("<script>", 1)[0].split("<title>")[0]


@pytest.mark.model
def test_rebuild_is_byte_identical(built, tmp_path):
    _, out = built
    proc = warkg("build", CORPUS, "--out", tmp_path, "--no-html", "-q")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_missing_path_is_one_line_and_exit_2(tmp_path):
    proc = warkg("build", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {tmp_path / 'nowhere'}: no such file or folder"
    assert "Traceback" not in proc.stderr


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = warkg("build", tmp_path / "empty", "--out", tmp_path / "out")
    assert proc.returncode == 2 and "no article files" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.model
def test_bad_file_is_skipped_and_the_rest_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "alpha.txt", folder)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    proc = warkg("build", folder, "--out", tmp_path / "out", "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert "warning:" in proc.stderr and "broken.txt" in proc.stderr
    assert "built 1 article(s)" in proc.stdout and "1 skipped" in proc.stdout


def test_failed_build_keeps_previous_outputs(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous graph")
    proc = warkg("build", tmp_path / "nowhere", "--out", out)
    assert proc.returncode == 2
    assert (out / "graph.ttl").read_text() == "previous graph"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


@pytest.mark.model
def test_validate_passes_then_fails_on_a_broken_graph(built, tmp_path):
    _, out = built
    ok = warkg("validate", out / "graph.ttl")
    assert ok.returncode == 0 and "conforms" in ok.stdout
    g = Graph().parse(out / "graph.ttl")
    for claim in list(g.subjects(RDF.type, WK.Claim)):
        g.remove((claim, WK.text, None))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    bad = warkg("validate", broken)
    assert bad.returncode == 1
    assert "does not conform" in bad.stdout and "a claim has exactly one wk:text" in bad.stdout


def test_validate_refuses_a_file_that_is_not_rdf(tmp_path):
    junk = tmp_path / "junk.ttl"
    junk.write_text("this is not turtle {")
    proc = warkg("validate", junk)
    assert proc.returncode == 2 and proc.stderr.startswith(f"error: {junk}: not valid turtle")
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.model
def test_query_inline_and_from_file(built, tmp_path):
    _, out = built
    proc = warkg("query", out / "graph.ttl", "SELECT ?id WHERE { ?a a wk:Article ; dcterms:identifier ?id } ORDER BY ?id")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["id", "-------", "alpha", "beta", "gamma-1", "gamma-2", "(4", "rows)"]
    rq = tmp_path / "places.rq"
    rq.write_text("SELECT (COUNT(?p) AS ?n) WHERE { ?p a wk:Place }")
    proc = warkg("query", out / "graph.ttl", rq, "--format", "csv")
    assert proc.returncode == 0 and proc.stdout.splitlines()[0] == "n"


def test_query_syntax_error_names_line_and_column(tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text("@prefix wk: <https://w3id.org/warkg/ontology#> .\n")
    proc = warkg("query", g, "SELECT ?x WHERE {\n ?x a wk:Place ")
    assert proc.returncode == 2
    assert "syntax error at line 2" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("command", ["help", "query", "validate", "export", "stats", "viz", "load", "serve-help"])
def test_commands_without_the_model_do_not_import_spacy(tmp_path, command):
    from graph.recordfile import RecordWriter
    from records_factory import fixture_records

    g = tmp_path / "g.ttl"
    g.write_text("@prefix wk: <https://w3id.org/warkg/ontology#> .\n<urn:x> a wk:Place .\n")
    records = tmp_path / "r.jsonl"
    with RecordWriter(records) as writer:
        for record in fixture_records():
            writer.write(record)
    args = {"help": ["--help"], "query": ["query", str(g), "ASK { ?x a wk:Place }"], "validate": ["validate", str(g)],
            "export": ["export", str(g), "-f", "graphml", "-o", str(tmp_path / "g.graphml")],
            "stats": ["stats", str(g)], "viz": ["viz", str(g), "-o", str(tmp_path / "g.html")],
            "load": ["load", str(records), "--out", str(tmp_path / "out"), "-q"], "serve-help": ["serve", "--help"]}[command]
    code = ("import sys\nfrom graph.cli import app\n"
            f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
            "print('spacy' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip().splitlines()[-1] == "False", proc.stdout + proc.stderr
    if command == "load":
        assert (tmp_path / "out" / "graph.ttl").is_file(), proc.stderr


def test_query_list_shows_every_named_query():
    from graph.sparql import named_queries

    proc = warkg("query", "--list")
    assert proc.returncode == 0
    for name in named_queries():
        assert name in proc.stdout


@pytest.mark.model
def test_store_build_twice_then_query_it(tmp_path):
    store = tmp_path / "store"
    first = warkg("build", CORPUS, "--store", store)
    assert first.returncode == 0, first.stderr
    assert "stored in" in first.stdout and not (tmp_path / "exports").exists()
    again = warkg("build", CORPUS, "--store", store)
    assert again.returncode == 0 and "+0)" in again.stdout
    proc = warkg("query", store, "articles-mentioning", "--param", "entity=Kupiansk", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[1].startswith("alpha,2023-03-03,Test Wire")


def test_query_errors_exit_2_with_one_line(tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text("@prefix wk: <https://w3id.org/warkg/ontology#> .\n<urn:x> a wk:Place .\n")
    for args, message in [(("claims-by-actor",), "needs --param actor="),
                          (("nope-query",), "unknown named query"),
                          (("co-mentions", "-p", "entity=x", "-p", "min=lots"), "must be an integer"),
                          (("summary", "-p", "oops"), "write it as name=value")]:
        proc = warkg("query", g, *args)
        assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    proc = warkg("query", tmp_path, "summary")
    assert proc.returncode == 2 and "not a warkg store" in proc.stderr


@pytest.mark.model
def test_build_formats_export_viz_and_stats(built, tmp_path):
    _, out = built
    proc = warkg("export", "--list")
    assert proc.returncode == 0 and all(f in proc.stdout for f in ("ttl", "jsonld", "trig", "graphml", "csv"))
    proc = warkg("export", out / "graph.ttl", "--format", "graphml", "-o", tmp_path / "g.graphml")
    assert proc.returncode == 0 and (tmp_path / "g.graphml").exists()
    proc = warkg("export", out / "graph.ttl", "--format", "xlsx")
    assert proc.returncode == 2 and "unknown export format 'xlsx'" in proc.stderr
    proc = warkg("viz", out / "graph.ttl", "-o", tmp_path / "geo.html", "--layout", "geo")
    assert proc.returncode == 0 and (tmp_path / "geo.html").exists()
    proc = warkg("stats", out / "graph.ttl", "--top", "3")
    assert proc.returncode == 0 and "most central actors:" in proc.stdout and "largest communities:" in proc.stdout
    proc = warkg("build", CORPUS, "--out", tmp_path / "b", "--formats", "nt,csv", "--no-html", "-q")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["edges.csv", "graph.nt", "graph.ttl", "nodes.csv"]


def test_version():
    from graph import __version__

    proc = warkg("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"warkg {__version__}"


@pytest.mark.model
def test_formats_keep_the_page_unless_no_html_and_take_rdflib_names(tmp_path):
    proc = warkg("build", CORPUS / "alpha.txt", "--out", tmp_path, "--formats", "nquads", "-q")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.nq", "graph.ttl"]


@pytest.mark.model
def test_export_into_a_folder_validate_a_store_and_model_provenance(built, tmp_path):
    _, out = built
    for fmt, name in (("graphml", "graph.graphml"), ("xml", "graph.rdf"), ("trig", "graph.trig")):
        proc = warkg("export", out / "graph.ttl", "--format", fmt, "-o", tmp_path)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        assert (tmp_path / name).is_file()
    g = Graph().parse(out / "graph.ttl")
    models = {str(o) for o in g.objects(None, WK.extractedWith)}
    assert len(models) == 1 and models.pop().startswith("en_core_web_sm")
    store = tmp_path / "store"
    assert warkg("build", CORPUS / "alpha.txt", "--store", store, "-q").returncode == 0
    proc = warkg("validate", store)
    assert proc.returncode == 0 and "conforms" in proc.stdout, proc.stderr


@pytest.mark.model
def test_a_graph_file_is_not_read_as_an_article(built, tmp_path):
    _, out = built
    before = (out / "graph.ttl").read_bytes()
    proc = warkg("build", out / "graph.ttl", "--out", out, "--no-html")
    assert proc.returncode == 2 and "not an article file" in proc.stderr and "Traceback" not in proc.stderr
    assert (out / "graph.ttl").read_bytes() == before


def test_unknown_model_is_one_line(tmp_path):
    proc = warkg("build", CORPUS / "alpha.txt", "--out", tmp_path, "--model", "xx_no_such_pipeline")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "error: the spaCy pipeline 'xx_no_such_pipeline' is not installed and is not a pipeline folder "
        "(pip install en_core_web_sm, or give --model NAME_OR_PATH)"]


def test_query_with_an_unknown_prefix_names_it(tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text("@prefix wk: <https://w3id.org/warkg/ontology#> .\n<urn:x> a wk:Place .\n")
    proc = warkg("query", g, "SELECT ?x WHERE {\n  ?x a wk:Place ;\n     ex:name ?n }")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert "the prefix 'ex:' is not declared (line 3" in proc.stderr and "wk:, wki:" in proc.stderr


@pytest.mark.model
def test_same_file_name_twice_stays_two_articles_in_files_and_stores(tmp_path):
    for folder, text in (("a", "Russian forces withdrew from Kherson on Friday, the ministry said."),
                         ("b", "Ukrainian troops recaptured Lyman on Saturday, officials said.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text)
    proc = warkg("build", tmp_path / "a", tmp_path / "b", "--out", tmp_path / "out", "--no-html", "-q")
    assert proc.returncode == 0, proc.stderr
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert len(set(g.subjects(RDF.type, WK.Article))) == 2
    from graph.pipeline import build  # the store part through the library: one model load, not three

    store = tmp_path / "store"
    for folder in ("a", "b", "a"):
        result = build([tmp_path / folder], None, store=store, jobs=0)
    before, after = result.store_triples
    assert after == before  # the same article again adds nothing
    proc = warkg("query", store, "SELECT (COUNT(DISTINCT ?a) AS ?n) (COUNT(DISTINCT ?e) AS ?events) "
                 "WHERE { ?a a wk:Article . OPTIONAL { ?e prov:wasDerivedFrom ?a ; a wk:Event } }", "-f", "csv")
    assert proc.stdout.splitlines()[1].split(",")[0] == "2"
