"""SHACL validation of a graph against ``ontology/shapes.ttl``, reported in words.

pySHACL's own report is a graph; analysts want sentences: "claim:x-3: a claim has exactly one
wk:text (wk:text)". :func:`validate_graph` returns those lines, grouped and counted, plus the
conformance flag. The ontology is merged into the data graph first so that class targets follow
rdfs:subClassOf (an wk:Withdrawal is a wk:Event) whether or not the file carried it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import Graph, Literal, Namespace, URIRef

from graph.turtle import Abbreviator
from ontology import ONTOLOGY_FILE, SHAPES_FILE

SH = Namespace("http://www.w3.org/ns/shacl#")
MAX_LISTED = 20


@dataclass
class Report:
    conforms: bool
    problems: list[str] = field(default_factory=list)  # one line per violation
    counts: Counter = field(default_factory=Counter)  # message -> number of focus nodes

    def summary(self, limit: int = MAX_LISTED) -> list[str]:
        """Readable lines: every distinct problem with how often, then the first examples."""
        if self.conforms:
            return ["the graph conforms to the warkg shapes"]
        lines = [f"the graph does not conform: {sum(self.counts.values())} problem(s)"]
        lines += [f"  {n} x {message}" for message, n in self.counts.most_common()]
        lines += ["examples:"] + [f"  {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  ... and {len(self.problems) - limit} more")
        return lines


def validate_graph(data: Graph) -> Report:
    """Validate ``data`` (not modified) against the warkg shapes."""
    import pyshacl

    merged = Graph()
    for triple in data:
        merged.add(triple)
    merged.parse(ONTOLOGY_FILE, format="turtle")
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    conforms, results, _ = pyshacl.validate(merged, shacl_graph=shapes, inference="none", advanced=True,
                                            allow_warnings=True)
    report = Report(conforms=bool(conforms))
    short = Abbreviator()
    for result in sorted(results.subjects(SH.resultSeverity, SH.Violation), key=str):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        text = str(message) if message is not None else "violates a shape"
        where = _n3(focus, short)
        detail = f" ({_n3(path, short)})" if path is not None else ""
        if value is not None and value != focus:
            detail += f" value {_n3(value, short)}"
        report.problems.append(f"{where}: {text}{detail}")
        report.counts[text] += 1
    report.problems.sort()
    return report


def _n3(term, short: Abbreviator) -> str:
    if isinstance(term, URIRef):
        return short(str(term))
    if isinstance(term, Literal):
        return repr(str(term))
    return str(term)
