"""Curated data the code cannot run without: gazetteers, alias templates, cue words, boilerplate.

Every file is plain text (TSV with ``#`` comments) and says where its rows came from.
``places.tsv.gz`` is generated from GeoNames by ``python -m graph.resources.build_places``.
"""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

RESOURCE_DIR = Path(str(resources.files("graph.resources")))


def resource_path(name: str) -> Path:
    return RESOURCE_DIR / name


def resource_lines(name: str) -> Iterator[list[str]]:
    """Tab-separated fields of each data line of a resource file (comments and blanks skipped)."""
    path = resource_path(name)
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")


def resource_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV resource whose first data line is a header (``#`` comments before it skipped)."""
    lines = resource_lines(name)
    header = next(lines)
    for fields in lines:
        fields += [""] * (len(header) - len(fields))
        yield dict(zip(header, fields))
