"""Record files: what ``warkg extract`` writes and ``warkg load`` reads, one article per line.

Each line is a JSON object: ``{"warkg_records": 1, "article": {...}, "entities": [...], ...}``
(:meth:`graph.records.ArticleRecord.to_dict`, without the article text: evidence carries its
sentences). Extraction is independent per article, so any batch engine can run ``warkg extract`` over
shards of a corpus and ``warkg load`` joins the shards into one graph. A build spills its records to
such a file too, so that it never holds a whole corpus in memory.

The last line is a trailer, ``{"warkg_records_end": 2, "count": N, "sha256": "...", "evidence":
{...}}``: how many records the file holds, a hash of their lines, and whether their evidence conformed
to the evidence shape when they were extracted (so that a load need not check it again). A file cut
short (at a line boundary, where the JSON of every line still parses) or edited by hand fails to load
with a line that says so, instead of loading part of a corpus silently.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from graph.errors import InputError, WarkgError
from graph.records import ArticleRecord

FORMAT_KEY = "warkg_records"
FORMAT = 2  # 2: article keys and a trailer
END_KEY = "warkg_records_end"
SUFFIXES = (".jsonl", ".ndjson")


def record_line(record: ArticleRecord) -> str:
    return json.dumps({FORMAT_KEY: FORMAT, **record.to_dict()}, ensure_ascii=False, separators=(",", ":"))


class RecordWriter:
    """Append records to a file written under a temporary name; :meth:`commit` renames it into place,
    so a failed run leaves any earlier file of that name as it was."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.handle = open(self.tmp, "w", encoding="utf-8", newline="\n")
        self.count = 0
        self.digest = hashlib.sha256()
        self.trailer: dict = {}  # more for the trailer line (what was checked while writing)

    def write(self, record: ArticleRecord) -> None:
        line = record_line(record) + "\n"
        self.handle.write(line)
        self.digest.update(line.encode("utf-8"))
        self.count += 1

    def commit(self) -> Path:
        self.handle.write(json.dumps({END_KEY: FORMAT, "count": self.count, "sha256": self.digest.hexdigest(),
                                      **self.trailer}) + "\n")
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.tmp, self.path)
        return self.path

    def discard(self) -> None:
        self.handle.close()
        if self.tmp.exists():
            self.tmp.unlink()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def record_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The record files named, folders expanded to their ``.jsonl`` files (sorted)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise WarkgError("no such file or folder", path)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
            if not found:
                raise WarkgError("no record files (.jsonl) in this folder", path)
            files.extend(found)
        else:
            files.append(path)
    return files


def read_records(paths: Iterable[str | os.PathLike],
                 on_duplicate: Callable[[InputError], None] | None = None) -> Iterator[ArticleRecord]:
    """Records from record files, in order. A malformed line is fatal (a record file is machine
    output: a bad line means a truncated or foreign file, and loading the rest would silently give an
    incomplete graph); an article id seen in an earlier file goes to ``on_duplicate`` and is skipped."""
    seen: dict[str, str] = {}
    for path in record_files(paths):
        for record, where in _read_file(path):
            aid = record.article.key
            if aid in seen:
                err = InputError(f"article {record.article.id!r} (the same text or URL) already loaded from "
                                 f"{seen[aid]}; skipped", where)
                if on_duplicate is None:
                    raise err
                on_duplicate(err)
                continue
            seen[aid] = where
            yield record


def _read_file(path: Path) -> Iterator[tuple[ArticleRecord, str]]:
    try:
        handle = open(path, encoding="utf-8")
    except OSError as err:
        raise WarkgError(f"cannot read: {err.strerror}", path) from None
    with handle:
        lines, trailer = 0, None
        digest = hashlib.sha256()
        try:
            for n, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                if trailer is not None:
                    raise WarkgError("lines after the trailer; the file was edited or joined by hand", f"{path}:{n}")
                if line.startswith('{"' + END_KEY):
                    trailer = _trailer(line, f"{path}:{n}")
                    continue
                lines += 1
                digest.update(line.encode("utf-8"))
                yield _parse(line, f"{path}:{n}"), f"{path}:{n}"
        except UnicodeDecodeError:
            raise WarkgError("not UTF-8 text; is this a record file written by 'warkg extract'?", path) from None
    if lines == 0 and trailer is None:
        raise WarkgError("empty record file", path)
    if trailer is None:
        raise WarkgError(f"ends without its trailer after {lines} record(s): the file is cut short (an "
                         "interrupted copy or transfer?); extract that shard again", path)
    if trailer.get("count") != lines or trailer.get("sha256") != digest.hexdigest():
        raise WarkgError(f"holds {lines} record(s) that do not match its trailer ({trailer.get('count')} "
                         "record(s) and their hash): the file was changed after it was written", path)


def file_trailer(path: str | os.PathLike) -> dict:
    """The trailer of a record file (its last line), read from the end without reading the records; {}
    when the last line is none. Whether it matches the records is checked when they are read."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - TRAILER_TAIL))
        lines = handle.read().decode("utf-8", errors="replace").strip().splitlines()
    last = lines[-1] if lines else ""
    return _trailer(last, str(path)) if last.startswith('{"' + END_KEY) else {}


TRAILER_TAIL = 4096  # bytes from the end of a file that hold its trailer


def _trailer(line: str, where: str) -> dict:
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        raise WarkgError("a damaged trailer line", where) from None
    return data if isinstance(data, dict) else {}


def _parse(line: str, where: str) -> ArticleRecord:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        raise WarkgError(f"not JSON ({err.msg} at column {err.colno}); is the file truncated?", where) from None
    if not isinstance(data, dict) or FORMAT_KEY not in data:
        raise WarkgError("not a warkg record (no 'warkg_records' key); record files come from 'warkg extract'", where)
    if data[FORMAT_KEY] != FORMAT:
        raise WarkgError(f"record format {data[FORMAT_KEY]!r} is not {FORMAT}; re-extract with this version of warkg",
                         where)
    try:
        return ArticleRecord.from_dict(data)
    except (KeyError, TypeError, ValueError) as err:
        raise WarkgError(f"malformed record ({type(err).__name__}: {err})", where) from None
