"""The public API of the ``graph`` package: each name means one thing, whatever was imported before."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import graph
from conftest import ROOT


def test_no_public_function_shares_its_name_with_a_submodule():
    submodules = {m.name for m in pkgutil.iter_modules(graph.__path__)}
    public = {name for name in graph.__all__ if inspect.isfunction(getattr(graph, name))}
    assert public and not public & submodules
    for name in submodules:  # importing every submodule changes nothing the package exports
        importlib.import_module(f"graph.{name}")
    assert all(inspect.isfunction(getattr(graph, name)) for name in public)


def test_every_public_function_in_sequence_in_one_process(tmp_path):
    import graph.extraction.parse  # noqa: F401 - what used to replace graph.extract by a module
    import graph.rdf  # noqa: F401

    records = tmp_path / "data.records.jsonl"
    articles, _ = graph.extract([ROOT / "data"], records, jobs=0)  # jobs=0: one model load for the test
    assert articles >= 5 and records.is_file()
    loaded = graph.load_records([records], tmp_path / "from-records", formats=("ttl",))
    built = graph.build([ROOT / "data"], tmp_path / "built", formats=("ttl",), jobs=0)
    assert loaded.articles == built.articles == articles
    g = graph.load(tmp_path / "built" / "graph.ttl")
    assert len(g) == built.triples
    rows = list(graph.query(tmp_path / "built" / "graph.ttl", "summary"))
    assert rows
    assert len(list(graph.query(g, "SELECT ?c WHERE { ?c a wk:Claim }"))) == built.claims
