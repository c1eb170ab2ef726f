"""Runs over ../shared: the seed articles through the scorer, and every bench article without error.

These check that the pipeline runs and that the scorer can read what it writes; the quality numbers
themselves are measured by ../shared/eval/score.py, not asserted here.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from graph.pipeline import build

pytestmark = [pytest.mark.shared, pytest.mark.model]


def test_seeds_build_and_the_scorer_finds_every_article(shared, tmp_path):
    result = build([shared / "corpus" / "seeds"], tmp_path, formats=["ttl"])
    assert result.articles == 5 and not result.skipped
    assert result.report.conforms, result.report.summary()
    proc = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(tmp_path / "graph.ttl")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "articles found 5/5" in proc.stdout

    # issue 5: the most central actors of the seed graph include both armed forces
    from graph.analysis import stats_lines
    from graph.export import GraphData
    from graph.sparql import open_source

    lines = stats_lines(GraphData.from_source(open_source(tmp_path / "graph.ttl")).network())
    actors = lines[lines.index("most central actors:") + 1:lines.index("most central places:")]
    assert any("Russian Armed Forces" in line for line in actors), actors
    assert any("Armed Forces of Ukraine" in line for line in actors), actors


def test_every_bench_article_builds_without_error(shared, bench_build):
    bench = shared / "corpus" / "bench"
    expected = len([p for p in bench.iterdir() if p.suffix == ".txt"])
    _, result = bench_build
    assert result.skipped == []
    assert result.articles == expected
    assert result.report.conforms, result.report.summary()
    assert sum(result.entities.values()) > 0 and result.claims > 0 and sum(result.events.values()) > 0
