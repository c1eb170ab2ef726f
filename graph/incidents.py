"""One real-world event across articles: the reports of it resolved into one incident.

Each article's graph has its own event nodes (what that article says happened, with its date, framing
and evidence). Reports of the same event in different articles (the Kherson withdrawal reported on 9,
10 and 11 November by five outlets) become one :class:`Incident` that lists every report. The rule:

- same event type and same place;
- compatible agents: the agent sets overlap, or one report names no agent;
- dates within :data:`WINDOW_DAYS` of the incident's latest report; a report's date is the event date
  the article states, else the article's publication date (the event happened by then).

Reports sorted by that date join the first incident they fit, in order, so a capture in March and a
liberation in September at one place stay two incidents (different agents, months apart). A report
with no date at all stays an incident of its own: no date is invented. Denials (a negated event of the
same type, place and compatible agent within the window) are attached to the incident they deny.

The reports are read from triples (:class:`ReportCollector`), so the same code derives incidents from
the quads of a build and from a store that has grown article by article.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ontology.namespace import WK

from graph.records import EVENT_TYPES, REPORT_CLASSES
from graph.text import name_key

WINDOW_DAYS = 7
_WK = str(WK._NS)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCT_DATE = "http://purl.org/dc/terms/date"
DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
ATTRIBUTED_TO = "http://www.w3.org/ns/prov#wasAttributedTo"
PREDICATES = (RDF_TYPE, _WK + "eventType", _WK + "modality", _WK + "place", _WK + "agent", DCT_DATE,
              DERIVED_FROM, _WK + "framedAs", _WK + "reports", ATTRIBUTED_TO)


@dataclass
class Report:
    """One article's event (or, negated, its denial)."""
    iri: str
    type: str | None = None
    modality: str = "Asserted"  # Asserted, or why it is unrealized: Negated, Planned, Hypothetical
    places: set[str] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)
    date: str | None = None  # the event date the article states
    article: str | None = None
    published: str | None = None
    framings: set[str] = field(default_factory=set)

    @property
    def negated(self) -> bool:
        return self.modality == "Negated"

    @property
    def when(self) -> str | None:
        """The date the report puts the event on or before: stated, else the article's date."""
        return self.date or self.published


@dataclass
class ClaimFact:
    """A claim that reports events: who, in which article, which events."""
    iri: str
    speaker: str | None = None
    article: str | None = None
    published: str | None = None
    events: set[str] = field(default_factory=set)


@dataclass
class Incident:
    """One real-world event: every report of it, and the denials of it."""
    key: str
    type: str
    place: str
    reports: list[Report] = field(default_factory=list)
    denials: list[Report] = field(default_factory=list)

    @property
    def agents(self) -> set[str]:
        return set().union(*(r.agents for r in self.reports))

    @property
    def main_agent(self) -> str | None:
        """The agent most reports name (the first by name on a tie)."""
        counts = Counter(a for r in self.reports for a in r.agents)
        return min(counts, key=lambda a: (-counts[a], a)) if counts else None

    @property
    def date(self) -> str | None:
        """The earliest event date a report states."""
        return min((r.date for r in self.reports if r.date), default=None)

    @property
    def first_reported(self) -> str | None:
        return min((r.published for r in self.reports if r.published), default=None)

    @property
    def last_reported(self) -> str | None:
        return max((r.published for r in self.reports if r.published), default=None)

    @property
    def when(self) -> str | None:
        return self.date or self.first_reported


class ReportCollector:
    """Reads event reports and article dates out of (subject, predicate, object) strings."""

    def __init__(self) -> None:
        self.reports: dict[str, Report] = {}
        self.claims: dict[str, ClaimFact] = {}
        self.published: dict[str, str] = {}

    def observe(self, s: str, p: str, o: str) -> None:
        if p == RDF_TYPE:
            if o.startswith(_WK) and o[len(_WK):] in EVENT_TYPES:
                self._report(s).type = o[len(_WK):]
        elif p == _WK + "eventType":
            self._report(s).type = o[len(_WK):]
        elif p == _WK + "modality":
            self._report(s).modality = o[len(_WK):]
        elif p == _WK + "place":
            self._report(s).places.add(o)
        elif p == _WK + "agent":
            self._report(s).agents.add(o)
        elif p == DCT_DATE:
            if s in self.reports or "/event/" in s:
                self._report(s).date = o[:10]
            else:
                self.published[s] = o[:10]
        elif p == DERIVED_FROM and "/event/" in s:
            self._report(s).article = o
        elif p == DERIVED_FROM and "/claim/" in s:
            self._claim(s).article = o
        elif p == _WK + "reports":
            self._claim(s).events.add(o)
        elif p == ATTRIBUTED_TO and "/claim/" in s:
            self._claim(s).speaker = o
        elif p == _WK + "framedAs" and "/event/" in s:
            self._report(s).framings.add(o)

    def _report(self, iri: str) -> Report:
        return self.reports.get(iri) or self.reports.setdefault(iri, Report(iri))

    def _claim(self, iri: str) -> ClaimFact:
        return self.claims.get(iri) or self.claims.setdefault(iri, ClaimFact(iri))

    def reporting_claims(self) -> list[ClaimFact]:
        """The claims that report events, each with its article's publication date."""
        out = []
        for claim in self.claims.values():
            if claim.events:
                claim.published = self.published.get(claim.article or "") or None
                out.append(claim)
        return sorted(out, key=lambda c: c.iri)

    def observe_store(self, store, exclude_graph: str | None = None) -> "ReportCollector":
        """Read every report of an Oxigraph store (``exclude_graph``: the derived graph). Types, sources
        and framings are read for events and claims only: every evidence and mention node has them too,
        and reading those hundreds of thousands took 3 s of each write into a store of a million quads."""
        import pyoxigraph as ox

        def keep(q) -> bool:
            return exclude_graph is None or getattr(q.graph_name, "value", None) != exclude_graph

        for predicate in PREDICATES:
            if predicate == RDF_TYPE:
                quads = (q for t in EVENT_TYPES for q in store.quads_for_pattern(None, ox.NamedNode(predicate),
                                                                                  ox.NamedNode(_WK + t), None))
            elif predicate in (DERIVED_FROM, _WK + "framedAs"):
                classes = " ".join(f"<{_WK}{c}>" for c in REPORT_CLASSES)
                pattern = f"VALUES ?t {{ {classes} }} ?s <{RDF_TYPE}> ?t ; <{predicate}> ?o"
                quads = itertools.chain(  # in named graphs (a store), then in the default graph (a file)
                    (ox.Quad(r["s"], ox.NamedNode(predicate), r["o"], r["g"])
                     for r in store.query(f"SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ {pattern} }} }}")),
                    (ox.Quad(r["s"], ox.NamedNode(predicate), r["o"], ox.DefaultGraph())
                     for r in store.query(f"SELECT ?s ?o WHERE {{ {pattern} }}")))
            else:
                quads = store.quads_for_pattern(None, ox.NamedNode(predicate), None, None)
            for q in quads:
                if keep(q):
                    self.observe(q.subject.value, predicate, q.object.value)
        return self

    def finished(self) -> list[Report]:
        """The reports with a type and a place, each with its article's publication date."""
        out = []
        for report in self.reports.values():
            if report.type in EVENT_TYPES and report.places and "/event/" in report.iri \
                    and report.modality in ("Asserted", "Negated"):  # planned and feared events are neither
                report.published = self.published.get(report.article or "") or None
                out.append(report)
        return sorted(out, key=lambda r: r.iri)


def day_of(value: str) -> dt.date:
    """The first day a date as precise as it is known can be ("2022-09" -> 1 September 2022)."""
    parts = (value[:10].split("-") + ["01", "01"])[:3]
    return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))


def last_day_of(value: str) -> dt.date:
    """The last day a date as precise as it is known can be ("2022-09" -> 30 September 2022)."""
    if len(value) >= 10:
        return day_of(value)
    if len(value) == 7:
        first = day_of(value)
        return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return dt.date(int(value[:4]), 12, 31)


def days_between(a: str, b: str) -> int:
    """Days between two dates of any precision: 0 when one may be the other ("2022-09", "2022-09-11")."""
    if last_day_of(a) < day_of(b):
        return (day_of(b) - last_day_of(a)).days
    if last_day_of(b) < day_of(a):
        return (day_of(a) - last_day_of(b)).days
    return 0


def _fits(incident: Incident, report: Report, window: int) -> bool:
    agents = incident.agents
    if agents and report.agents and not agents & report.agents:
        return False
    latest = max((r.when for r in incident.reports if r.when), default=None)
    return latest is not None and report.when is not None and days_between(latest, report.when) <= window


def resolve_incidents(reports: Iterable[Report], window: int = WINDOW_DAYS) -> list[Incident]:
    """The incidents the reports describe (see the module's rule), with denials attached."""
    incidents: list[Incident] = []
    groups: dict[tuple[str, str], list[Report]] = {}
    denials: dict[tuple[str, str], list[Report]] = {}
    for report in reports:
        for place in sorted(report.places):
            (denials if report.negated else groups).setdefault((report.type, place), []).append(report)
    for (etype, place), group in sorted(groups.items()):
        mine: list[Incident] = []
        for report in sorted(group, key=lambda r: (r.when or "9999", r.iri)):
            home = next((inc for inc in mine if _fits(inc, report, window)), None)
            if home is None:
                home = Incident("", etype, place)
                mine.append(home)
            home.reports.append(report)
        for denial in denials.get((etype, place), []):
            target = next((inc for inc in mine if _fits(inc, denial, window)), None)
            if target is not None and denial.article not in {r.article for r in target.reports}:
                target.denials.append(denial)
        incidents += mine
    _name(incidents)
    return incidents


def _name(incidents: list[Incident]) -> None:
    """A readable key that stays the same when the same reports come again: type, place, date."""
    seen: Counter = Counter()
    for inc in incidents:
        place = inc.place.rsplit("/", 1)[-1]
        base = f"{name_key(inc.type).replace(' ', '-')}-{place}-{inc.when or 'undated'}"
        if not inc.when:
            base += "-" + hashlib.sha1(inc.reports[0].iri.encode()).hexdigest()[:8]
        seen[base] += 1
        inc.key = base if seen[base] == 1 else f"{base}-{seen[base]}"
