"""The extraction package stays in pieces a reader can hold: modules of at most 350 lines, functions
of at most 60."""
from __future__ import annotations

import ast

from conftest import ROOT

PACKAGE = ROOT / "graph" / "extraction"


def test_no_extraction_module_over_350_lines():
    long = {p.name: n for p in PACKAGE.glob("*.py") if (n := len(p.read_text().splitlines())) > 350}
    assert long == {}


def test_no_extraction_function_over_60_lines():
    long = {}
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 60:
                long[f"{path.name}:{node.name}"] = node.end_lineno - node.lineno + 1
    assert long == {}
