"""Input files and folders -> :class:`~graph.records.Article` records.

Reads plain text (``.txt``, ``.md``: a first line followed by a blank line is the title), HTML
(main text and metadata taken by trafilatura), PDF (the text layer, by pypdf) and JSON Lines (``id``,
``text``, optional ``title``, ``published`` (or ``date``, ``published_at``, ...: :data:`DATE_FIELDS`),
``publisher``, ``url``). A file name or id that starts with a date or timestamp
(``20220918T083000Z_kherson.txt``) dates its article when nothing else does; else, for text and PDF,
a dateline or date line in its first lines (:mod:`graph.header_dates`). A folder may hold a
``metadata.jsonl`` manifest (``file``, ``published``, ``publisher``, ``title``, ``url``) describing the
files beside it; README, SOURCE, LICENSE and similar documentation files in a folder are not articles
and are skipped. Any other file (a Turtle graph, a Word document, an image) is never read as prose:
it is skipped with a warning, or refused with ``strict``. Articles surely written in another
language than English are skipped with a warning unless ``keep_other_languages`` is set.

A bad file (empty, binary, not UTF-8, malformed) raises :class:`~graph.errors.InputError` through
the ``on_error`` callback and is skipped; the others are still read. A missing path or a folder with
no articles at all is fatal.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from graph.errors import InputError, WarkgError, display_path
from graph.header_dates import header_date
from graph.language import other_language
from graph.records import Article

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
PDF_SUFFIXES = {".pdf"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | PDF_SUFFIXES
READ_LIST = ", ".join(sorted(ARTICLE_SUFFIXES))
MANIFEST = "metadata.jsonl"
# documentation that data folders carry; skipped when a folder is read (a file named on the command line is read)
DOC_STEMS = {"readme", "source", "sources", "license", "licence", "changelog", "contributing", "notice"}
MAX_TITLE_CHARS = 300

ErrorHandler = Callable[[InputError], None]


OTHER_LANGUAGE_NOTE = "written in another language"


class OtherLanguage(InputError):
    """An article written in another language than English (skipped, and counted apart)."""


class NotAnArticle(InputError):
    """A file of a type warkg does not read as an article (skipped, or refused with ``strict``)."""


def read_articles(paths: Iterable[str | os.PathLike], on_error: ErrorHandler | None = None, *,
                  strict: bool = False, keep_other_languages: bool = False) -> Iterator[Article]:
    """Yield the articles under ``paths`` (files and folders, in the order given; folders sorted).

    Raises :class:`WarkgError` for a path that does not exist, a folder without articles, and (with
    ``strict``) a file of a type that is not read. Problems with single files go to ``on_error``
    (default: raise) and the file is skipped: unreadable files, files of other types
    (:class:`NotAnArticle`), articles in other languages (:class:`OtherLanguage`).
    """
    report = on_error or _raise
    seen: dict[str, str] = {}
    for path, files in _inputs(paths, report, strict):
        for file, manifest in files:
            if file.suffix.lower() not in ARTICLE_SUFFIXES:
                report(NotAnArticle(f"not an article file (warkg reads {READ_LIST}); skipped", file))
                continue
            try:
                for article in read_file(file, manifest.get(file.name, {}), report):
                    language = None if keep_other_languages else other_language(article.text)
                    if language is not None:
                        report(OtherLanguage(f"{OTHER_LANGUAGE_NOTE} ({language}), not English; skipped "
                                             "(--keep-other-languages reads it anyway)", article.source))
                        continue
                    if article.key in seen:  # the same file given twice, or the same URL
                        report(InputError(f"the same article as {seen[article.key]}; skipped", article.source))
                        continue
                    seen[article.key] = article.source
                    yield article
            except InputError as err:
                report(err)


def count_articles(paths: Iterable[str | os.PathLike], *, strict: bool = False) -> int:
    """How many articles ``paths`` hold, without reading them (a file counts one; a JSON Lines file
    its non-blank lines): the total of a progress bar. Raises the same errors as
    :func:`read_articles` for paths that do not exist, folders without articles and (``strict``)
    files of other types, so a run stops before any work is done."""
    total = 0
    for _, files in _inputs(paths, lambda err: None, strict):
        for file, _ in files:
            if file.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with open(file, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def read_file(path: Path, meta: dict | None = None, on_error: ErrorHandler | None = None) -> Iterator[Article]:
    """Articles in one file (one, or one per line for JSON Lines). ``meta`` comes from a manifest."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, on_error or _raise)
        return
    report = on_error or _raise
    if suffix in PDF_SUFFIXES:
        yield _article_from_pdf(path, meta or {}, report)
        return
    text = _read_text(path)
    if suffix in HTML_SUFFIXES:
        yield _article_from_html(path, text, meta or {}, report)
    else:
        yield _article_from_text(path, text, meta or {}, report)


def split_title(text: str) -> tuple[str | None, int]:
    """The title (a short first line followed by a blank line, not ending in a full stop) and where the body starts."""
    first, _, rest = text.partition("\n")
    second, more, _ = rest.partition("\n")
    if more and not second.strip():
        title = first.strip().lstrip("#").strip()
        # a first paragraph that ends like a sentence is body text, not a headline
        if 0 < len(title) <= MAX_TITLE_CHARS and not title.endswith("."):
            return title, len(first) + 1
    return None, 0


def normalize_date(value: object, where: object = None) -> str | None:
    """An ISO date (yyyy-mm-dd) from a date or date-time string; None when empty."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        return dt.datetime.strptime(text, "%d %B %Y").date().isoformat()
    except ValueError:
        pass
    try:  # a feed's RFC 2822 date: "Tue, 14 Nov 2023 10:00:00 GMT"
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        raise InputError(f"published date {text!r} is not a date (expected yyyy-mm-dd)", where) from None


# a date or timestamp that opens a file name or an id: "20220918T083000Z_kherson", "2023-11-14-kidal"
_NAME_DATE = re.compile(r"^((?:19|20)\d{2})(-?)(\d{2})\2(\d{2})(?=$|[T_\-. ])")
# the fields JSON exports of news put the publication date in, in order of preference
DATE_FIELDS = ("published", "date", "published_at", "publish_date", "datePublished", "pubDate")


def name_date(name: str) -> str | None:
    """The date a file name or an article id starts with, or None: crawlers and archives name files by
    their timestamp ("20220918T083000Z_kherson.txt")."""
    match = _NAME_DATE.match(name)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[3]), int(match[4])).isoformat()
    except ValueError:
        return None


# -- helpers -----------------------------------------------------------------------------------

def _raise(err: InputError) -> None:
    raise err


def _inputs(paths: Iterable[str | os.PathLike], report: ErrorHandler,
            strict: bool) -> Iterator[tuple[Path, list[tuple[Path, dict]]]]:
    """Each input path with its files (and their manifests); the fatal errors of a run."""
    manifests: dict[Path, dict] = {}  # files named one by one share their folder's manifest, read once
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise WarkgError("no such file or folder", path)
        if path.is_dir():
            files = list(_expand(path, report))
        else:
            if path.parent not in manifests:
                manifests[path.parent] = _manifest_for(path.parent, report)
            files = [(path, manifests[path.parent])]
        if path.is_dir() and not any(f.suffix.lower() in ARTICLE_SUFFIXES for f, _ in files):
            raise WarkgError(f"no article files ({READ_LIST}) in this folder", path)
        if strict:
            for file, _ in files:
                if file.suffix.lower() not in ARTICLE_SUFFIXES:
                    raise WarkgError(f"not an article file (warkg reads {READ_LIST}; without --strict it is "
                                     "skipped)", file)
        yield path, files


def _expand(folder: Path, report: ErrorHandler) -> Iterator[tuple[Path, dict]]:
    """Files under a folder (depth first, sorted), each with its folder's manifest; hidden files,
    manifests and documentation (README, LICENSE...) are left out. The walk keeps its own stack (any
    depth), follows linked folders once each (a link back up is not followed again), and reports a
    folder it cannot read instead of passing over it."""
    stack = [folder]
    seen: set[str] = set()
    while stack:
        here = stack.pop()
        try:
            real = os.path.realpath(here)
            if real in seen:
                continue
            seen.add(real)
            with os.scandir(here) as entries:
                items = sorted((e.name, e.is_dir(), e.is_file()) for e in entries)
        except OSError as err:
            report(InputError(f"cannot read this folder ({err.strerror or err}); skipped", here))
            continue
        manifest = None
        for name, is_dir, is_file in items:
            if name.startswith(".") or is_dir or not is_file:
                continue
            if name == MANIFEST or Path(name).stem.lower() in DOC_STEMS:
                continue
            if manifest is None:
                manifest = _manifest_for(here, report)
            yield here / name, manifest
        stack.extend(here / name for name, is_dir, _ in reversed(items) if is_dir and not name.startswith("."))


def _manifest_for(folder: Path, on_error: ErrorHandler) -> dict[str, dict]:
    """``file name -> metadata`` from the folder's metadata.jsonl, or {} when there is none."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    out: dict[str, dict] = {}
    try:
        text = _read_text(path)
    except InputError as err:
        on_error(InputError(f"unreadable manifest: {err.args[0].split(': ', 1)[-1]}", path))
        return {}
    lines: dict[str, int] = {}
    for lineno, line in enumerate(json_lines(text), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("file"), str):
                raise ValueError("each line needs a \"file\" name")
        except ValueError as err:
            on_error(InputError(f"manifest line {lineno} is not valid: {_short(err)}", path))
            continue
        name = row["file"]
        if name in lines:
            on_error(InputError(f"manifest line {lineno} describes {name!r} again (line {lines[name]} did); "
                                "the later line is used", path))
        elif not (folder / name).is_file():
            on_error(InputError(f"manifest line {lineno} describes {name!r}, which is not in this folder", path))
        lines[name] = lineno
        out[name] = row
    return out


def json_lines(text: str) -> list[str]:
    """The lines of a JSON Lines text: split at line feeds only. ``str.splitlines`` also splits at
    U+2028, U+2029, U+0085 and other separators that are legal, unescaped, inside JSON strings."""
    return text.split("\n")


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path) from None
    if not data.strip():
        raise InputError("empty file", path)
    encoding = "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # the byte-order mark says which end comes first
    elif b"\x00" in data[:4096]:
        raise InputError("binary file, not text", path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(f"not {'UTF-16' if encoding == 'utf-16' else 'UTF-8'} text (bad byte at offset "
                         f"{err.start})", path) from None
    if not text.strip():
        raise InputError("empty file", path)
    return safe_text(text.replace("\r\n", "\n").replace("\r", "\n"))


def _article_from_text(path: Path, text: str, meta: dict, on_error: ErrorHandler) -> Article:
    title, body_start = split_title(text)
    return Article(
        id=display_path(path.stem),
        text=text,
        title=title or _clean_str(meta.get("title")),
        published=_date_field(meta.get("published"), display_path(path), on_error) or name_date(path.name)
        or header_date(text, body_start),
        publisher=_clean_str(meta.get("publisher")),
        url=_clean_str(meta.get("url")),
        source=display_path(path),
    )


def _article_from_html(path: Path, html: str, meta: dict, on_error: ErrorHandler) -> Article:
    import trafilatura  # imported here: only HTML input pays for it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    body = safe_text((getattr(doc, "text", None) or "").strip()) if doc is not None else ""
    if not body:
        raise InputError("no article text found in this HTML page", path)
    title = _clean_str(meta.get("title")) or _clean_str(getattr(doc, "title", None))
    if title and body.split("\n", 1)[0].strip() == title:
        body = body.split("\n", 1)[1].lstrip("\n") if "\n" in body else ""
    text = f"{title}\n\n{body}\n" if title else body + "\n"
    return Article(
        id=display_path(path.stem),
        text=text,
        title=title,
        published=_date_field(meta.get("published"), display_path(path), on_error) or name_date(path.name)
        or _date_field(getattr(doc, "date", None), display_path(path), on_error),
        publisher=_clean_str(meta.get("publisher")) or _clean_str(getattr(doc, "sitename", None)),
        url=_clean_str(meta.get("url")) or _clean_str(getattr(doc, "url", None)),
        source=display_path(path),
    )


def _article_from_pdf(path: Path, meta: dict, on_error: ErrorHandler) -> Article:
    """The text layer of a PDF, page by page (pypdf); a scanned PDF without one is reported."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info_title = _clean_str(getattr(reader.metadata, "title", None)) if reader.metadata else None
    except Exception as err:  # noqa: BLE001 - pypdf raises many types for broken files
        raise InputError(f"not a readable PDF ({_short(err)})", path) from None
    body = safe_text("\n\n".join(p for p in pages if p))
    if not body.strip():
        raise InputError("no text in this PDF (a scanned document needs OCR first)", path)
    title = _clean_str(meta.get("title")) or info_title
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else body + "\n"
    first_line, body_start = split_title(text)
    return Article(
        id=display_path(path.stem),
        text=text,
        title=title or first_line,
        published=_date_field(meta.get("published"), display_path(path), on_error) or name_date(path.name)
        or header_date(text, body_start),
        publisher=_clean_str(meta.get("publisher")),
        url=_clean_str(meta.get("url")),
        source=display_path(path),
    )


def _read_jsonl(path: Path, on_error: ErrorHandler) -> Iterator[Article]:
    """One article per line. Lines are decoded one by one, so a line that is not UTF-8 is reported
    and skipped while the others are read."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    found = False
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        where = f"{display_path(path)}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            on_error(InputError(f"not UTF-8 text (bad byte at column {err.start + 1})", where))
            continue
        try:
            row = json.loads(line)
        except ValueError as err:
            on_error(InputError(f"not valid JSON ({_short(err)})", where))
            continue
        if not isinstance(row, dict):
            on_error(InputError("each line must be a JSON object", where))
            continue
        ident, body = row.get("id"), row.get("text")
        if isinstance(ident, (int, float)) and not isinstance(ident, bool):
            ident = str(ident)
        if not isinstance(ident, str) or not ident.strip() or not isinstance(body, str) or not body.strip():
            on_error(InputError('each line needs an "id" and a non-empty "text" (both text)', where))
            continue
        field = next((f for f in DATE_FIELDS if row.get(f) not in (None, "")), None)
        published = (_date_field(row[field], where, on_error) if field else None) or name_date(ident.strip())
        title = _text_field(row, "title", where, on_error)
        body = safe_text(body.replace("\r\n", "\n").replace("\r", "\n"))
        found = True
        yield Article(
            id=_clean_str(ident) or "article",
            text=f"{title}\n\n{body}" if title else body,
            title=title,
            published=published,
            publisher=_text_field(row, "publisher", where, on_error),
            url=_text_field(row, "url", where, on_error),
            source=where,
        )
    if not found:
        raise InputError("no articles in this JSON Lines file", path)


# C0 controls other than tab and newline, DEL, and lone surrogates: no XML output can carry them and
# no article means them. Each becomes one character (a space, or U+FFFD), so offsets do not move.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def safe_text(text: str) -> str:
    """``text`` with control characters as spaces and lone surrogates as U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))


def _clean_str(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(safe_text(str(value)).split())
    return text or None


def _text_field(row: dict, name: str, where: str, on_error: ErrorHandler) -> str | None:
    """A JSON field that must be text (a number is taken as text); another type is reported and
    ignored rather than stored as Python's rendering of it."""
    value = row.get(name)
    if value is None or isinstance(value, str):
        return _clean_str(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _clean_str(value)
    on_error(InputError(f'"{name}" should be text, not {type(value).__name__}; ignored', where))
    return None


def _date_field(value: object, where: object, on_error: ErrorHandler) -> str | None:
    """The date of an article, or None with a warning when it is not a date (the article is kept)."""
    try:
        return normalize_date(value, where)
    except InputError as err:
        on_error(InputError(f"{err.args[0].split(': ', 1)[-1]}; the article is kept without a date", where))
        return None


def _short(err: Exception) -> str:
    return str(err).split("\n")[0][:120]
