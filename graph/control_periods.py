"""Who held each place, from when to when, on whose word: control periods from incidents.

Per place, the asserted ControlChange and Withdrawal incidents (:mod:`graph.incidents`) in date order
draw the boundaries:

- a change of control by X starts a period "held by X", and ends the period of anyone else before it;
- a withdrawal by Y ends Y's period; when no period of Y is open, it shows one that ended there
  ("held by Y before d, until d");
- a report of X taking a place X already holds repeats the period, it does not start a new one.

A boundary's date is the event date the sources state (``start``/``end``); when none states one,
it is the first report's publication date, kept apart (``start_reported_by``/``end_reported_by``):
the change happened by then. A period is ``contested`` when its boundary incident is denied by
another source, or when another controller's change of control falls within the incident window of
its start (two sides claiming one place at once).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from ontology.namespace import WK, WKI

from graph.claim_history import claim_links
from graph.incidents import WINDOW_DAYS, ClaimFact, Incident, ReportCollector, days_between, resolve_incidents

BOUNDARY_TYPES = ("ControlChange", "Withdrawal")


@dataclass
class Period:
    place: str
    controller: str
    started_by: Incident | None = None
    ended_by: Incident | None = None
    contested: bool = False
    key: str = ""

    # a boundary's date as its sources state it, else the first report's date ("by then")
    start = property(lambda self: _stated(self.started_by))
    start_reported_by = property(lambda self: _reported_by(self.started_by))
    end = property(lambda self: _stated(self.ended_by))
    end_reported_by = property(lambda self: _reported_by(self.ended_by))

    @property
    def sources(self) -> list[str]:
        """The articles behind the period's boundaries."""
        return sorted({r.article for inc in (self.started_by, self.ended_by) if inc for r in inc.reports if r.article})


def _stated(inc: Incident | None) -> str | None:
    return inc.date if inc else None


def _reported_by(inc: Incident | None) -> str | None:
    return inc.first_reported if inc and not inc.date else None


def control_periods(incidents: Iterable[Incident]) -> list[Period]:
    """Every control period the incidents draw, place by place, in time order."""
    by_place: dict[str, list[Incident]] = {}
    for inc in incidents:
        if inc.type in BOUNDARY_TYPES and inc.when and inc.main_agent:
            by_place.setdefault(inc.place, []).append(inc)
    periods: list[Period] = []
    for place in sorted(by_place):
        periods += _periods_at(place, sorted(by_place[place], key=lambda i: (i.when, i.type != "Withdrawal", i.key)))
    return periods


def _periods_at(place: str, incidents: list[Incident]) -> list[Period]:
    out: list[Period] = []
    current: Period | None = None
    for inc in incidents:
        actor = inc.main_agent
        if inc.type == "ControlChange":
            if current is not None and current.controller == actor:
                continue  # the same side taking it again: the period goes on
            if current is not None:
                current.ended_by = inc
            current = Period(place, actor, started_by=inc, contested=bool(inc.denials))
            out.append(current)
        else:  # a withdrawal ends the withdrawing side's period
            if current is not None and current.controller == actor:
                current.ended_by = inc
                current = None
            else:
                out.append(Period(place, actor, ended_by=inc, contested=current is not None or bool(inc.denials)))
    for a, b in zip(out, out[1:]):
        if a.started_by and b.started_by and a.controller != b.controller \
                and days_between(a.started_by.when, b.started_by.when) <= WINDOW_DAYS:
            a.contested = b.contested = True  # two sides claim the place within days
    for n, period in enumerate(out, 1):
        period.key = f"{place.rsplit('/', 1)[-1]}-{n}"
    return out


DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def date_literal(value: str | None) -> Literal | None:
    """A date as precise as it is known: xsd:date, xsd:gYearMonth or xsd:gYear."""
    return Literal(value, datatype=DATE_TYPES.get(len(value), XSD.date)) if value else None


def incident_iri(inc: Incident) -> URIRef:
    return WKI[f"incident/{inc.key}"]


def derived_triples(incidents: list[Incident], periods: list[Period]) -> Iterator[tuple]:
    """The incidents and control periods as RDF (the derived graph)."""
    for inc in incidents:
        node = incident_iri(inc)
        yield node, RDF.type, WK.Incident
        yield node, WK.eventType, WK[inc.type]
        yield node, WK.place, URIRef(inc.place)
        for agent in sorted(inc.agents):
            yield node, WK.agent, URIRef(agent)
        yield from _dates(node, ((inc.date, DCTERMS.date), (inc.first_reported, WK.firstReported),
                                 (inc.last_reported, WK.lastReported)))
        for report in inc.reports:
            yield node, WK.report, URIRef(report.iri)
            yield node, PROV.wasDerivedFrom, URIRef(report.iri)
        for denial in inc.denials:
            yield node, WK.deniedBy, URIRef(denial.iri)
    for period in periods:
        node = WKI[f"period/{period.key}"]
        yield node, RDF.type, WK.ControlPeriod
        yield node, WK.place, URIRef(period.place)
        yield node, WK.controller, URIRef(period.controller)
        yield node, WK.contested, Literal(period.contested)
        for inc, prop in ((period.started_by, WK.startedBy), (period.ended_by, WK.endedBy)):
            if inc is not None:
                yield node, prop, incident_iri(inc)
                yield node, PROV.wasDerivedFrom, incident_iri(inc)
        yield from _dates(node, ((period.start, WK.start), (period.start_reported_by, WK.startReportedBy),
                                 (period.end, WK.end), (period.end_reported_by, WK.endReportedBy)))


def _dates(node: URIRef, pairs) -> Iterator[tuple]:
    """(node, property, date) for each (date, property) pair whose date is known."""
    for value, prop in pairs:
        if value:
            yield node, prop, date_literal(value)


@dataclass
class Derivation:
    """Incidents, control periods and claim lifecycles of a set of reports and claims."""
    incidents: list[Incident] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    claims: list[ClaimFact] = field(default_factory=list)

    def triples(self) -> Iterator[tuple]:
        yield from derived_triples(self.incidents, self.periods)
        yield from claim_links(self.incidents, self.claims)


def derive(reports: Iterable, claims: Iterable[ClaimFact] = ()) -> Derivation:
    """Incidents from the reports, the control periods they draw, and (given the claims that report
    events) how the claims fared (:mod:`graph.claim_history`)."""
    incidents = resolve_incidents(reports)
    return Derivation(incidents, control_periods(incidents), list(claims))


def derive_from(collector: ReportCollector) -> Derivation:
    """:func:`derive` over what a collector read (a build's quads, a store, an endpoint)."""
    return derive(collector.finished(), collector.reporting_claims())
