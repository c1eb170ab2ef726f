"""SPARQL over a warkg graph: the query runner and its readable output.

Prefixes of the ontology, the instance kinds (``place:``, ``claim:``...) and the standard vocabularies
are bound already, so analysts write ``?c wk:text ?t`` without declarations. Syntax errors come back
as one line with the line and column.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from graph.errors import WarkgError
from graph.turtle import Abbreviator
from ontology import PREFIXES

RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".n3": "n3", ".rdf": "xml", ".xml": "xml", ".owl": "xml",
               ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig", ".nq": "nquads"}
MAX_CELL = 80


def load_graph(path: str | Path) -> Graph:
    """Parse an RDF file (format from its extension); a clear error when it is missing or not RDF."""
    path = Path(path)
    if not path.exists():
        raise WarkgError("no such file", path)
    if path.is_dir():
        raise WarkgError("is a folder, not a graph file", path)
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise WarkgError(f"unknown RDF format {path.suffix!r} (use one of {', '.join(sorted(RDF_FORMATS))})", path)
    graph = Graph()
    try:
        if fmt in ("trig", "nquads"):
            from rdflib import Dataset

            ds = Dataset()
            ds.parse(path, format=fmt)
            for s, p, o, _ in ds.quads():
                graph.add((s, p, o))
        else:
            graph.parse(path, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        raise WarkgError(f"not valid {fmt}: {_first_line(err)}", path) from None
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def read_query(text_or_file: str) -> str:
    """The query text: the contents of a .rq/.sparql file, or the argument itself."""
    candidate = Path(text_or_file)
    if candidate.suffix.lower() in (".rq", ".sparql") or (len(text_or_file) < 300 and "\n" not in text_or_file
                                                          and candidate.is_file()):
        if not candidate.is_file():
            raise WarkgError("no such query file", candidate)
        try:
            return candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise WarkgError(f"cannot read query: {_first_line(err)}", candidate) from None
    return text_or_file


def run_query(graph: Graph, text: str, bindings: dict | None = None) -> Result:
    """Run SPARQL with the warkg prefixes bound; syntax errors become a one-line WarkgError."""
    try:
        return graph.query(text, initNs=PREFIXES, initBindings=bindings or {})
    except Exception as err:
        raise WarkgError(f"query error: {describe_sparql_error(err, text)}") from None


def describe_sparql_error(err: Exception, text: str) -> str:
    lineno = getattr(err, "lineno", None)
    col = getattr(err, "col", None)
    msg = getattr(err, "msg", None) or _first_line(err)
    if lineno is not None and col is not None:
        line = text.splitlines()[lineno - 1] if 0 < lineno <= len(text.splitlines()) else ""
        return f"syntax error at line {lineno}, column {col}: {msg} near {line.strip()[:60]!r}"
    return msg


def result_rows(result: Result, abbreviate: bool = True) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a SELECT result as display strings."""
    short = Abbreviator()
    header = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        rows.append([_cell(row[i] if i < len(row) else None, short if abbreviate else None) for i in range(len(header))])
    return header, rows


def format_table(header: list[str], rows: list[list[str]], max_cell: int = MAX_CELL) -> str:
    """An aligned text table (cells longer than ``max_cell`` are cut with an ellipsis)."""
    if not header:
        return ""
    cut = [[c if len(c) <= max_cell else c[: max_cell - 1] + "…" for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cut]) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cut]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_select(result: Result, fmt: str) -> str:
    """SELECT results as table, csv, tsv or json (the W3C SPARQL 1.1 result formats)."""
    if fmt == "table":
        return format_table(*result_rows(result))
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if fmt == "csv":
        return result.serialize(format="csv").decode("utf-8")
    if fmt == "tsv":
        header, rows = result_rows(result, abbreviate=False)
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
        writer.writerow([f"?{h}" for h in header])
        writer.writerows(rows)
        return buf.getvalue()
    raise WarkgError(f"unknown output format {fmt!r} for SELECT (table, csv, tsv, json)")


def _cell(term, short: Abbreviator | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return short(str(term)) if short else str(term)
    if isinstance(term, Literal):
        return " ".join(str(term).split())
    return str(term)


def _first_line(err: Exception) -> str:
    text = str(err).strip().splitlines()
    return text[0][:200] if text else type(err).__name__

