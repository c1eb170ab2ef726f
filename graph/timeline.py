"""The control timeline of one place, as a table an analyst reads: who held it from when to when, on
what basis, contested or not, and the articles behind each boundary (``warkg timeline``).

The periods are derived afresh from the article graphs of the source (:mod:`graph.control_periods`),
so a graph file written by any warkg version and a store grown article by article give the same
answer as the derived graph of a fresh build.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass

from graph.control_periods import derive_from
from graph.errors import WarkgError
from graph.incidents import ReportCollector
from graph.text import name_key

FORMATS = ("table", "csv", "json")
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
IDENTIFIER = "http://purl.org/dc/terms/identifier"


@dataclass
class TimelineRow:
    place: str
    controller: str
    start: str  # "2022-11-11", "by 2022-11-11" (only a report date), "" (before its end)
    end: str  # likewise; "" while held as far as the sources go
    contested: bool
    sources: list[str]  # article identifiers


def _labels(store, predicate: str) -> dict[str, list[str]]:
    import pyoxigraph as ox

    out: dict[str, list[str]] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
        out.setdefault(q.subject.value, []).append(q.object.value)
    return out


def find_place(store, place: str, places: set[str], names: dict[str, list[str]]) -> str:
    """The IRI of the place named ``place`` (label, ``names``, or other name, any case) among ``places``."""
    key = name_key(place)
    alt = _labels(store, ALT_LABEL)
    found = sorted(iri for iri in places if key in {name_key(n) for n in names.get(iri, []) + alt.get(iri, [])})
    if not found:
        found = sorted(iri for iri in places if iri.rsplit("/", 1)[-1] == key.replace(" ", "-"))
    if not found:  # another spelling the gazetteer knows ("Kupyansk" for Kupiansk)
        from graph.gazetteer import load_gazetteer

        slugs = {e.slug for e in load_gazetteer().lookup(place) if e.is_place}
        found = sorted(iri for iri in places if iri.rsplit("/", 1)[-1] in slugs)
    if not found:
        raise WarkgError(f"no control periods for a place called {place!r} (warkg query SOURCE "
                         "control-timeline --param place=... lists what is known)")
    return found[0]


def control_timeline(store, place: str) -> list[TimelineRow]:
    """The control periods of the place named ``place`` in an Oxigraph store, earliest first."""
    from graph.rdf import DERIVED_GRAPH

    periods = derive_from(ReportCollector().observe_store(store, exclude_graph=str(DERIVED_GRAPH))).periods
    names = _labels(store, LABEL)
    iri = find_place(store, place, {p.place for p in periods}, names)
    ids = _labels(store, IDENTIFIER)

    def label(node: str) -> str:
        return (names.get(node) or [node.rsplit("/", 1)[-1]])[0]

    return [TimelineRow(label(p.place), label(p.controller), _bound(p.start, p.start_reported_by),
                        _bound(p.end, p.end_reported_by), p.contested,
                        [(ids.get(a) or [a])[0] for a in p.sources]) for p in periods if p.place == iri]


def _bound(stated: str | None, reported: str | None) -> str:
    return stated or (f"by {reported}" if reported else "")


def format_timeline(rows: list[TimelineRow], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False)
    header = ["place", "controller", "from", "to", "contested", "sources"]
    cells = [[r.place, r.controller, r.start or "(before)", r.end or "(held)", "yes" if r.contested else "",
              " ".join(r.sources)] for r in rows]
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([header] + [[*c[:2], r.start, r.end, str(r.contested).lower(), c[5]]
                                                                    for c, r in zip(cells, rows)])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise WarkgError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    from graph.sparql import format_table

    return format_table(header, cells, max_cell=80)

