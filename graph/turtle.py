"""Canonical Turtle: the same graph always gives the same bytes.

rdflib's serializer is correct but slow on big graphs and its ordering is not a promise. This writer
groups triples by subject, sorts subjects, predicates (``a`` and ``rdfs:label`` first) and objects,
abbreviates IRIs with the fixed warkg prefixes, and writes plain numbers for canonical integers and
decimals. It refuses blank nodes: warkg mints an IRI for everything, so a blank node is a bug.
Files are written to a temporary name and renamed, so a failed write never leaves half a file.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ontology import PREFIXES

_PN_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_FIRST_PREDICATES = {str(RDF.type): "0", str(RDFS.label): "1"}


class Abbreviator:
    """IRI -> prefixed name where the local part is a valid Turtle name, else <IRI>."""

    def __init__(self, prefixes: dict[str, str] = PREFIXES):
        # longest namespace first, so place: wins over wki:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def __call__(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns):
                local = iri[len(ns):]
                if local == "" or _PN_LOCAL.match(local):
                    return f"{prefix}:{local}"
        return "<" + iri.replace(">", "%3E").replace(" ", "%20") + ">"


def literal_n3(lit: Literal, abbreviate: Abbreviator) -> str:
    lexical = str(lit)
    dt = str(lit.datatype) if lit.datatype else None
    if dt == str(XSD.integer) and _INTEGER.match(lexical):
        return lexical
    if dt == str(XSD.decimal) and _DECIMAL.match(lexical):
        return lexical
    quoted = '"' + "".join(_ESCAPES.get(ch, ch) for ch in lexical) + '"'
    if lit.language:
        return f"{quoted}@{lit.language}"
    if dt and dt != str(XSD.string):
        return f"{quoted}^^{abbreviate(dt)}"
    return quoted


def term_n3(term, abbreviate: Abbreviator) -> str:
    if isinstance(term, URIRef):
        return abbreviate(str(term))
    if isinstance(term, Literal):
        return literal_n3(term, abbreviate)
    if isinstance(term, BNode):
        raise ValueError("warkg graphs have no blank nodes")
    raise TypeError(f"not an RDF term: {term!r}")


def serialize_turtle(triples: Iterable[tuple], prefixes: dict[str, str] = PREFIXES) -> str:
    """Canonical Turtle text for a set of triples."""
    abbreviate = Abbreviator(prefixes)
    by_subject: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    pred_keys: dict[str, tuple[str, str]] = {}
    for s, p, o in triples:
        subject = term_n3(s, abbreviate)
        pred = "a" if p == RDF.type else term_n3(p, abbreviate)
        pred_keys.setdefault(pred, (_FIRST_PREDICATES.get(str(p), "2"), pred))
        by_subject[subject][pred].add(term_n3(o, abbreviate))
    out = [f"@prefix {prefix}: <{ns}> ." for prefix, ns in sorted(prefixes.items())]
    out.append("")
    for subject in sorted(by_subject):
        preds = by_subject[subject]
        lines = []
        for pred in sorted(preds, key=lambda p: pred_keys[p]):
            objects = sorted(preds[pred])
            lines.append(f"    {pred} " + " ,\n        ".join(objects))
        out.append(subject + "\n" + " ;\n".join(lines) + " .\n")
    return "\n".join(out)


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write a file through a temporary name in the same folder, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(text.encode("utf-8") if isinstance(text, str) else text)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
