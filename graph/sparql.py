"""SPARQL for analysts: sources, named queries with parameters, and readable results.

Queries run on Oxigraph (pyoxigraph): a graph file is loaded into an in-memory store (a fraction of a
second for 100,000 triples), a store folder is opened read-only where it lies. The default graph is
the union of all named graphs, so per-article provenance never gets in the way of a query.

Prefixes of the ontology, the instance kinds (``place:``, ``claim:``...) and the standard vocabularies
are bound already. A query is inline text, a ``.rq`` file, or the name of a query in
``graph/queries/`` whose first comment line describes it and whose ``# param`` lines declare its
parameters (``--param actor=Zelensky``). Results print as an aligned table, or in the W3C SPARQL 1.1
result formats (CSV, TSV, JSON, XML); CONSTRUCT and DESCRIBE results as Turtle, N-Triples or JSON-LD.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from rdflib import Graph

from graph.errors import WarkgError, display_path
from graph.text import XML_INVALID
from graph.abbreviator import Abbreviator
from ontology import PREFIXES

RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".n3": "n3", ".rdf": "xml", ".xml": "xml", ".owl": "xml",
               ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig", ".nq": "nquads"}
MAX_CELL = 80
TABLE_SAMPLE = 1000  # rows a streamed table's columns are sized on
SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = {"turtle": "TURTLE", "ttl": "TURTLE", "table": "TURTLE", "nt": "N_TRIPLES",
                 "ntriples": "N_TRIPLES", "json-ld": "JSON_LD", "jsonld": "JSON_LD", "xml": "RDF_XML"}
PARAM_TYPES = ("text", "name", "iri", "date", "integer")


# -- sources ---------------------------------------------------------------------------------------

@dataclass
class Source:
    """Something to query: an Oxigraph store and where it came from."""

    store: object  # pyoxigraph.Store
    name: str


def _ox_format(path: Path):
    import pyoxigraph as ox

    fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
           ".trig": ox.RdfFormat.TRIG, ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
           ".owl": ox.RdfFormat.RDF_XML, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
           ".n3": ox.RdfFormat.N3}.get(path.suffix.lower())
    if fmt is None:
        raise WarkgError(f"unknown RDF format {path.suffix!r} (use one of {', '.join(sorted(RDF_FORMATS))})", path)
    return fmt


def open_source(path: str | Path) -> Source:
    """A graph file (loaded in memory) or a warkg store folder (opened read-only)."""
    import pyoxigraph as ox

    from graph.store import has_unfinished_write, is_store

    path = Path(path)
    if not path.exists():
        raise WarkgError("no such file or folder", path)
    if path.is_dir():
        if not is_store(path):
            raise WarkgError("is a folder but not a warkg store (no warkg-store.json)", path)
        try:
            source = Source(ox.Store.read_only(str(path / "oxigraph")), str(path))
        except (OSError, RuntimeError) as err:  # RocksDB reports a damaged database as RuntimeError
            raise WarkgError(f"cannot open the store (damaged or unreadable: {_first_line(err)})", path) from None
        if has_unfinished_write(path):
            import warnings

            from graph.errors import UnfinishedWriteWarning

            warnings.warn(UnfinishedWriteWarning(
                f"{display_path(path)}: a write into this store stopped midway and is not finished: "
                "results may miss part of it until the next build or load into the store finishes it"), stacklevel=2)
        return source
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=_ox_format(path))
    except (SyntaxError, ValueError, OSError) as err:
        raise WarkgError(f"not valid {RDF_FORMATS.get(path.suffix.lower(), 'RDF')}: {_first_line(err)}", path) from None
    return Source(store, str(path))


def load_graph(path: str | Path) -> Graph:
    """Parse an RDF file into an rdflib Graph (union of its graphs), with clear errors."""
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


# -- named queries ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str
    default: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default=())


_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)(?:\s*\((\w+)\))?(?:\s*=\s*(\S+))?\s*:\s*(.+)$")


def parse_named_query(name: str, text: str) -> NamedQuery:
    lines = text.splitlines()
    description = lines[0].lstrip("#").strip() if lines and lines[0].startswith("#") else ""
    params = []
    for line in lines:
        match = _PARAM_LINE.match(line.strip())
        if match:
            pname, ptype, default, desc = match.groups()
            ptype = ptype or "text"
            if ptype not in PARAM_TYPES:
                raise WarkgError(f"named query {name}: parameter {pname} has unknown type {ptype}")
            params.append(Param(pname, ptype, desc.strip(), default))
    return NamedQuery(name, description, text, tuple(params))


def named_queries() -> dict[str, NamedQuery]:
    """The named queries shipped in graph/queries/, by name (file name without .rq)."""
    folder = resources.files("graph") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_named_query(name, entry.read_text(encoding="utf-8"))
    return out


def resolve_query(arg: str) -> tuple[str, NamedQuery | None]:
    """(query text, named query or None) for a .rq file, a named query, or inline SPARQL."""
    candidate = Path(arg)
    if candidate.suffix.lower() in (".rq", ".sparql"):
        if not candidate.is_file():
            raise WarkgError("no such query file", candidate)
        try:
            return candidate.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as err:
            raise WarkgError(f"cannot read query: {_first_line(err)}", candidate) from None
    queries = named_queries()
    if arg in queries:
        return queries[arg].text, queries[arg]
    if re.fullmatch(r"[\w-]+", arg):
        raise WarkgError(f"unknown named query {arg!r} (warkg query --list shows them)")
    return arg, None


def bind_params(query: NamedQuery | None, text: str, raw: dict[str, str]) -> str:
    """The query with its parameters bound (typed, checked) by a VALUES block placed at the start of
    every WHERE clause, its sub-queries' too (a sub-query sees only its own variables), so that
    filters and optional parts see them."""
    if query is None:
        if raw:
            raise WarkgError("--param only applies to named queries")
        return text
    known = {p.name: p for p in query.params}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise WarkgError(f"named query {query.name} has no parameter {unknown[0]!r}"
                         f" (it takes: {', '.join(known) or 'none'})")
    names, values = [], []
    for param in query.params:
        value = raw.get(param.name, param.default)
        if value is None:
            raise WarkgError(f"named query {query.name} needs --param {param.name}=... ({param.description})")
        names.append(f"?{param.name}")
        values.append(_sparql_value(query.name, param, value))
    if not names:
        return text
    block = f"\n  VALUES ({' '.join(names)}) {{ ({' '.join(values)}) }}"
    bound, n = re.subn(r"\bWHERE\s*\{", lambda m: m.group(0) + block, text, flags=re.IGNORECASE)
    if n == 0:
        raise WarkgError(f"named query {query.name} has parameters but no WHERE clause to bind them in")
    return bound


def _sparql_value(qname: str, param: Param, value: str) -> str:
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise WarkgError(f"named query {qname}: parameter {param.name} must be an integer, not {value!r}")
        return value
    if param.type == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise WarkgError(f"named query {qname}: parameter {param.name} must be a date (yyyy-mm-dd), "
                             f"not {value!r}") from None
        return f'"{value}"^^<http://www.w3.org/2001/XMLSchema#date>'
    if param.type == "iri":
        iri = _expand(value)
        if not re.fullmatch(r"[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]+", iri):
            raise WarkgError(f"named query {qname}: parameter {param.name} must be an IRI or a prefixed name, "
                             f"not {value!r}")
        return f"<{iri}>"
    if param.type == "name":  # matched against wk:nameKey, which holds the same keys of every name
        from graph.text import name_key

        key = name_key(value)
        if not key:
            raise WarkgError(f"named query {qname}: parameter {param.name} must name something, not {value!r}")
        return sparql_string(key)
    return sparql_string(value)


def sparql_string(value: str) -> str:
    """``value`` as one SPARQL string literal: backslash, quote and every line-breaking or control
    character escaped (a raw carriage return would end the literal's line)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    escaped = escaped.replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f")
    return '"' + re.sub(r"[\x00-\x1f\x7f\u2028\u2029\u0085]", lambda m: f"\\u{ord(m[0]):04X}", escaped) + '"'


def _expand(value: str) -> str:
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return value


# -- running ---------------------------------------------------------------------------------------

def execute(source: Source, text: str):
    """Run SPARQL on a source (union default graph, warkg prefixes); errors become one-line WarkgErrors."""
    try:
        return source.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as err:
        raise WarkgError(f"query error: {describe_sparql_error(err, text)}") from None
    except (ValueError, OSError, RuntimeError) as err:
        raise WarkgError(f"query error: {_first_line(err)}") from None


def describe_sparql_error(err: Exception, text: str) -> str:
    """ "syntax error at line 2, column 16: expected ... near '...'" from an Oxigraph error; a query
    that uses an undeclared prefix is told which, and which prefixes are bound."""
    message = str(err)
    match = re.search(r"at (\d+):(\d+):\s*(.*)", message, re.S)
    if not match:
        return _first_line(err)
    line, col, detail = int(match[1]), int(match[2]), " ".join(match[3].split())
    unknown = undeclared_prefixes(text)
    if unknown:
        bound = ", ".join(f"{p}:" for p in sorted(PREFIXES))
        return (f"the prefix {unknown[0] + ':'!r} is not declared (line {line}, column {col}); declare it with "
                f"PREFIX, or use one that is bound: {bound}")
    detail = detail if len(detail) <= 100 else detail[:99] + "…"
    lines = text.splitlines()
    near = lines[line - 1].strip()[:60] if 0 < line <= len(lines) else ""
    return f"syntax error at line {line}, column {col}: {detail}" + (f" near {near!r}" if near else "")


_IGNORED = re.compile(r"<[^<>\s]*>|\"\"\"[\s\S]*?\"\"\"|'\'\'[\s\S]*?\'\'\'|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")
_PREFIXED = re.compile(r"(?<![\w?$:/.-])([A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?=[\w%\\]|\s|$)")


def undeclared_prefixes(text: str) -> list[str]:
    """Prefixes the query uses that are neither bound by warkg nor declared with PREFIX, in order."""
    bare = _IGNORED.sub(" ", text)
    declared = set(PREFIXES) | set(re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", bare))
    out: list[str] = []
    for match in _PREFIXED.finditer(bare):
        name = match[1] or ""
        if name not in declared and name not in out:
            out.append(name)
    return out


def result_kind(results) -> str:
    import pyoxigraph as ox

    if isinstance(results, ox.QuerySolutions):
        return "SELECT"
    if isinstance(results, ox.QueryBoolean):
        return "ASK"
    return "GRAPH"


def format_results(results, fmt: str = "table") -> str:
    """SELECT as a table or csv/tsv/json/xml; ASK as yes/no; CONSTRUCT/DESCRIBE as RDF (as text)."""
    import io

    out = io.BytesIO()
    write_results(results, fmt, out)
    return out.getvalue().decode("utf-8")


def write_results(results, fmt: str, out: BinaryIO) -> None:
    """Write query results to a binary stream, ending with a line feed; SELECT rows go out as
    Oxigraph finds them, in every format, so a result of millions of rows never sits in memory."""
    sink = _Sink(out)
    _write_results(results, fmt, sink)
    if sink.last != b"\n":
        out.write(b"\n")


def _write_results(results, fmt: str, out: BinaryIO) -> None:
    import pyoxigraph as ox

    kind = result_kind(results)
    if kind == "ASK":
        out.write(b"yes" if bool(results) else b"no")
        return
    if kind == "SELECT":
        if fmt == "table":
            short = Abbreviator()
            header = [v.value for v in results.variables]
            rows = ([_cell(solution[v], short) for v in results.variables] for solution in results)
            for line in table_lines(header, rows):
                out.write(line.encode("utf-8") + b"\n")
            return
        if fmt not in SELECT_FORMATS:
            raise WarkgError(f"unknown output format {fmt!r} for SELECT ({', '.join(SELECT_FORMATS)})")
        results.serialize(_XmlCheck(out) if fmt == "xml" else out, format=getattr(ox.QueryResultsFormat, fmt.upper()))
        return
    if fmt not in GRAPH_FORMATS:
        raise WarkgError(f"unknown output format {fmt!r} for CONSTRUCT/DESCRIBE (turtle, nt, json-ld, xml)")
    rdf_format = getattr(ox.RdfFormat, GRAPH_FORMATS[fmt])
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE,) else None
    out.write(ox.serialize(list(results), format=rdf_format, prefixes=prefixes))


class _Sink:
    """A binary stream that remembers the last byte written."""

    def __init__(self, out: BinaryIO):
        self.out, self.last = out, b""

    def write(self, data: bytes) -> int:
        if data:
            self.last = bytes(data[-1:])
        return self.out.write(data)

    def flush(self) -> None:
        self.out.flush()


class _XmlCheck:
    """A stream that refuses, before writing it, a piece of an XML result holding a character XML
    cannot carry (Oxigraph writes control characters as they are). An incremental decoder keeps a
    character cut between two pieces whole."""

    def __init__(self, out: BinaryIO):
        import codecs

        self.out = out
        self.decode = codecs.getincrementaldecoder("utf-8")("surrogatepass").decode

    def write(self, data: bytes) -> int:
        if XML_INVALID.search(self.decode(bytes(data))):
            raise WarkgError("a result holds a control character that XML cannot carry; use --format json or csv")
        return self.out.write(data)

    def flush(self) -> None:
        self.out.flush()


def result_rows(results, abbreviate: bool = True) -> tuple[list[str], list[list[str]]]:
    """Header and rows of SELECT results as display strings."""
    short = Abbreviator()
    header = [v.value for v in results.variables]
    rows = [[_cell(solution[v], short if abbreviate else None) for v in results.variables] for solution in results]
    return header, rows


def format_table(header: list[str], rows: list[list[str]], max_cell: int = MAX_CELL) -> str:
    """An aligned text table (cells longer than ``max_cell`` are cut with an ellipsis)."""
    return "\n".join(table_lines(header, rows, max_cell))


def table_lines(header: list[str], rows: Iterable[list[str]], max_cell: int = MAX_CELL,
                sample: int = TABLE_SAMPLE) -> Iterator[str]:
    """The lines of an aligned text table, made as the rows come: the columns are sized on the first
    ``sample`` rows (a longer cell further down widens its own line only), cells longer than
    ``max_cell`` are cut with an ellipsis, and the last line counts the rows."""
    if not header:
        return

    def cut(row: list[str]) -> list[str]:
        return [c if len(c) <= max_cell else c[: max_cell - 1] + "…" for c in row]

    rows = iter(rows)
    first = [cut(r) for r in islice(rows, sample)]
    widths = [max([len(h)] + [len(r[i]) for r in first]) for i, h in enumerate(header)]
    yield "  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()
    yield "  ".join("-" * w for w in widths)
    n = 0
    for row in chain(first, map(cut, rows)):
        n += 1
        yield "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip()
    yield f"({n} row{'s' if n != 1 else ''})"


def _cell(term, short: Abbreviator | None) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return short(term.value) if short else term.value
    if isinstance(term, ox.Literal):
        return " ".join(term.value.split())
    return str(term)


def _first_line(err: Exception) -> str:
    text = str(err).strip().splitlines()
    return text[0][:200] if text else type(err).__name__
