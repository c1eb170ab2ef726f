"""One article end to end against a reviewed golden graph (pytest --update-golden rewrites it)."""
from __future__ import annotations

import difflib

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from conftest import FIXTURES, GOLDEN
from graph.corpus import read_articles
from graph.rdf import records_to_graph
from graph.extraction import extract_records
from graph.resolve import resolve_records
from graph.turtle import serialize_turtle

pytestmark = pytest.mark.model


def test_alpha_matches_its_golden_graph(nlp, update_golden):
    articles = [a for a in read_articles([FIXTURES / "corpus"]) if a.id == "alpha"]
    records = list(extract_records(articles))  # raises if extraction fails
    built = records_to_graph(records, resolve_records(records))
    golden_file = GOLDEN / "alpha.ttl"
    if update_golden or not golden_file.exists():
        golden_file.write_text(serialize_turtle(built), encoding="utf-8")
        pytest.skip("golden file written: review it with git diff")
    golden = Graph().parse(golden_file)
    if not isomorphic(built, golden):
        _, only_built, only_golden = graph_diff(to_isomorphic(built), to_isomorphic(golden))
        diff = difflib.unified_diff(sorted(only_golden.serialize(format="nt").splitlines()),
                                    sorted(only_built.serialize(format="nt").splitlines()),
                                    "golden", "built", lineterm="", n=0)
        pytest.fail("graph differs from tests/golden/alpha.ttl (run pytest --update-golden to accept):\n"
                    + "\n".join(list(diff)[:80]))
