"""Sorted, de-duplicated lines in bounded memory: sort runs in memory, spill them, merge.

Canonical outputs (Turtle, N-Triples, N-Quads) are sorted so that the same graph always gives the same
bytes. A corpus of thousands of articles has millions of lines; holding them all to sort would make
memory grow with the corpus, so lines beyond ``run_lines`` go to sorted run files in a temporary
folder and are merged lazily (:func:`heapq.merge`).
"""
from __future__ import annotations

import heapq
import os
import tempfile
from collections.abc import Iterable, Iterator

RUN_LINES = 200_000  # about 60 MB of lines held at once


class LineSorter:
    """Collect lines (no newlines inside), then iterate them sorted and unique."""

    def __init__(self, run_lines: int = RUN_LINES, tmp_dir: str | os.PathLike | None = None):
        self.run_lines = run_lines
        self.tmp_dir = tmp_dir
        self.buffer: list[str] = []
        self.runs: list[str] = []
        self._dir: tempfile.TemporaryDirectory | None = None

    def add(self, line: str) -> None:
        self.buffer.append(line)
        if len(self.buffer) >= self.run_lines:
            self._spill()

    def extend(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.add(line)

    def _spill(self) -> None:
        if self._dir is None:
            self._dir = tempfile.TemporaryDirectory(prefix="warkg-sort-", dir=self.tmp_dir)
        path = os.path.join(self._dir.name, f"run{len(self.runs)}")
        self.buffer.sort()
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            previous = None
            for line in self.buffer:
                if line != previous:
                    handle.write(line + "\n")
                    previous = line
        self.runs.append(path)
        self.buffer = []

    def __iter__(self) -> Iterator[str]:
        """The lines, sorted, each once. Consumes the sorter."""
        self.buffer.sort()
        if not self.runs:
            streams: list[Iterable[str]] = [self.buffer]
        else:
            handles = [open(path, encoding="utf-8", newline="\n") for path in self.runs]
            streams = [(line[:-1] for line in handle) for handle in handles] + [self.buffer]
        try:
            previous = None
            for line in heapq.merge(*streams) if len(streams) > 1 else streams[0]:
                if line != previous:
                    yield line
                    previous = line
        finally:
            if self.runs:
                for handle in handles:
                    handle.close()
            self.close()

    def close(self) -> None:
        self.buffer = []
        self.runs = []
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None
