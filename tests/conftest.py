"""Shared fixtures: paths, the ../shared corpus (skipped cleanly where absent), the spaCy pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).with_name("fixtures")
GOLDEN = Path(__file__).with_name("golden")
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")
    parser.addoption("--update-screenshots", action="store_true",
                     help="rewrite exports/screenshots/ (the README's pictures) from the seed graph")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout; tests that need it skip with a clear message where it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(f"needs the shared corpus at {SHARED} (not present on this machine)")
    return SHARED


@pytest.fixture(scope="session")
def bench_build(shared, tmp_path_factory):
    """The 221 bench articles built once per session (graph.ttl and graph.html, validated): the
    tests that need a big real graph share it."""
    from graph.pipeline import build

    out = tmp_path_factory.mktemp("bench")
    return out, build([shared / "corpus" / "bench"], out, formats=["ttl", "html"])


@pytest.fixture(scope="session")
def nlp():
    """The trained pipeline with warkg's components (loaded once per test session)."""
    from graph.extraction import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def gaz():
    from graph.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def cues():
    from graph.cues import load_cues

    return load_cues()
