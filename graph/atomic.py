"""Files written whole or not at all: through a temporary name in the same folder, renamed into
place when complete, so a failed or interrupted write leaves the old file as it was."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write a file through a temporary name in the same folder, then rename it into place."""
    with atomic_open(path, binary=isinstance(text, bytes)) as handle:
        handle.write(text)


@contextmanager
def atomic_open(path: str | Path, binary: bool = False):
    """A handle on a temporary file beside ``path``, renamed onto ``path`` only when the block
    finishes without an error (the old file stays as it was otherwise)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": "\n"})) as handle:
            yield handle
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
