"""Canonical Turtle: the same graph always gives the same bytes.

rdflib's serializer is correct but slow on big graphs and its ordering is not a promise. This writer
groups triples by subject, sorts subjects, predicates (``a`` and ``rdfs:label`` first) and objects,
abbreviates IRIs with the fixed warkg prefixes, and writes plain numbers for canonical integers and
decimals. It refuses blank nodes: warkg mints an IRI for everything, so a blank node is a bug.

Triples become one sortable line each (subject, predicate rank and name, object, tab-separated:
literals escape every control character, so a tab never occurs inside a field and line order is
field order), sorted in bounded memory by :class:`graph.extsort.LineSorter`, then grouped back into
Turtle. Terms may be rdflib's or pyoxigraph's. Files are written to a temporary name and renamed,
so a failed write never leaves half a file.
"""
from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from graph.abbreviator import Abbreviator
from graph.atomic import atomic_open
from graph.extsort import RUN_LINES, LineSorter
from ontology import PREFIXES

_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ESCAPES.update({chr(c): f"\\u{c:04X}" for c in range(0x20) if chr(c) not in _ESCAPES})
_ESCAPES["\x7f"] = "\\u007F"
_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f]')
_RDF_TYPE = str(RDF.type)
_FIRST_PREDICATES = {_RDF_TYPE: "0", str(RDFS.label): "1"}
_XSD_INTEGER, _XSD_DECIMAL, _XSD_STRING = str(XSD.integer), str(XSD.decimal), str(XSD.string)


def _quote(lexical: str) -> str:
    if _NEEDS_ESCAPE.search(lexical):
        lexical = "".join(_ESCAPES.get(ch, ch) for ch in lexical)
    return '"' + lexical + '"'


def _literal(lexical: str, datatype: str | None, language: str | None, abbreviate: Abbreviator) -> str:
    if datatype == _XSD_INTEGER and _INTEGER.match(lexical):
        return lexical
    if datatype == _XSD_DECIMAL:
        if _DECIMAL.match(lexical):
            return lexical
        if _INTEGER.match(lexical):  # Oxigraph stores 2.0 as "2": the same decimal, written one way
            return lexical + ".0"
    quoted = _quote(lexical)
    if language:
        return f"{quoted}@{language}"
    if datatype and datatype != _XSD_STRING:
        return f"{quoted}^^{abbreviate(datatype)}"
    return quoted


def literal_n3(lit: Literal, abbreviate: Abbreviator) -> str:
    return _literal(str(lit), str(lit.datatype) if lit.datatype else None, lit.language, abbreviate)


def _no_blank(term, abbreviate) -> str:
    raise ValueError("warkg graphs have no blank nodes")


def _ox_literal(term, abbreviate: Abbreviator) -> str:
    lang = term.language
    return _literal(term.value, None if lang else term.datatype.value, lang, abbreviate)


_RENDER = {
    URIRef: lambda term, abbreviate: abbreviate(str(term)),
    Literal: literal_n3,
    BNode: _no_blank,
}


def _ox_renderers() -> None:
    import pyoxigraph as ox

    _RENDER[ox.NamedNode] = lambda term, abbreviate: abbreviate(term.value)
    _RENDER[ox.Literal] = _ox_literal
    _RENDER[ox.BlankNode] = _no_blank


def term_n3(term, abbreviate: Abbreviator) -> str:
    """Turtle for an rdflib or a pyoxigraph term."""
    render = _RENDER.get(term.__class__)
    if render is None:
        if isinstance(term, (URIRef, Literal, BNode)):  # a subclass
            render = _RENDER[next(c for c in (URIRef, Literal, BNode) if isinstance(term, c))]
        elif len(_RENDER) == 3:
            _ox_renderers()
            return term_n3(term, abbreviate)
        else:
            raise TypeError(f"not an RDF term: {term!r}")
    return render(term, abbreviate)


class TurtleWriter:
    """Canonical Turtle for any number of triples, in bounded memory: :meth:`add` them, then
    :meth:`write` the document to a text handle."""

    def __init__(self, prefixes: dict[str, str] = PREFIXES, run_lines: int = RUN_LINES,
                 tmp_dir: str | os.PathLike | None = None):
        self.prefixes = prefixes
        self.abbreviate = Abbreviator(prefixes)
        self.sorter = LineSorter(run_lines, tmp_dir)
        self.pred_keys: dict[str, str] = {}

    def add(self, s, p, o) -> None:
        pred = self.pred_keys.get(p)
        if pred is None:
            iri = str(p) if isinstance(p, URIRef) else p.value
            name = "a" if iri == _RDF_TYPE else self.abbreviate(iri)
            pred = self.pred_keys[p] = _FIRST_PREDICATES.get(iri, "2") + name
        self.sorter.add(f"{term_n3(s, self.abbreviate)}\t{pred}\t{term_n3(o, self.abbreviate)}")

    def extend(self, triples: Iterable[tuple]) -> None:
        for s, p, o, *_ in triples:
            self.add(s, p, o)

    def write(self, out) -> None:
        for prefix, ns in sorted(self.prefixes.items()):
            out.write(f"@prefix {prefix}: <{ns}> .\n")
        for block in self._blocks():
            out.write("\n" + block)

    def _blocks(self) -> Iterator[str]:
        subject = pred = None
        lines: list[str] = []
        objects: list[str] = []
        for row in self.sorter:
            s, p, o = row.split("\t")
            if s != subject:
                if subject is not None:
                    lines.append(f"    {pred[1:]} " + " ,\n        ".join(objects))
                    yield subject + "\n" + " ;\n".join(lines) + " .\n"
                subject, pred, lines, objects = s, p, [], [o]
            elif p != pred:
                lines.append(f"    {pred[1:]} " + " ,\n        ".join(objects))
                pred, objects = p, [o]
            else:
                objects.append(o)
        if subject is not None:
            lines.append(f"    {pred[1:]} " + " ,\n        ".join(objects))
            yield subject + "\n" + " ;\n".join(lines) + " .\n"


def serialize_turtle(triples: Iterable[tuple], prefixes: dict[str, str] = PREFIXES) -> str:
    """Canonical Turtle text for a set of triples (or quads: the graph is ignored)."""
    writer = TurtleWriter(prefixes)
    writer.extend(triples)
    buf = io.StringIO()
    writer.write(buf)
    return buf.getvalue()


def write_turtle_file(writer: TurtleWriter, path: str | Path) -> Path:
    with atomic_open(path) as handle:
        writer.write(handle)
    return Path(path)
