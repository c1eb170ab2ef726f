"""How each claim fared across articles: first reported, repeated, corroborated, disputed, contradicted.

Claims are tied together through the incidents their events belong to (:mod:`graph.incidents`): two
claims that report events of one incident say the same thing. For each incident, its claims in order
of publication:

- the first one is the incident's ``wk:firstClaim`` (first reported: its article and date);
- a later claim by the same speaker ``wk:repeats`` that speaker's previous one;
- a later claim by another speaker ``wk:corroborates`` the first one (another voice says the same);
- a claim that reports a denial of the incident (a negated event of another article within the window)
  ``wk:disputes`` the incident;
- a change of control is ``wk:contradictedBy`` another side's change of control at the same place
  within :data:`CONTRADICTION_DAYS` after it ("captured", then "liberated" days later).

There is no standard vocabulary for these links between claims: schema.org's ClaimReview rates one
claim against a reviewer's verdict, and PROV records derivation, not agreement. The terms are warkg's
own, kept small, and every link points at claims and incidents that keep their sources.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from rdflib import URIRef

from ontology.namespace import WK, WKI

from graph.incidents import ClaimFact, Incident, days_between

CONTRADICTION_DAYS = 30


def _incident(inc: Incident) -> URIRef:
    return WKI[f"incident/{inc.key}"]


def claim_links(incidents: list[Incident], claims: Iterable[ClaimFact]) -> Iterator[tuple]:
    """The lifecycle triples of the claims and incidents (see the module)."""
    claims = list(claims)
    for inc in incidents:
        reports = {r.iri for r in inc.reports}
        denials = {d.iri for d in inc.denials}
        mine = sorted((c for c in claims if c.events & reports), key=lambda c: (c.published or "9999", c.iri))
        if mine:
            yield _incident(inc), WK.firstClaim, URIRef(mine[0].iri)
        last_by: dict[str | None, ClaimFact] = {}
        for claim in mine:
            earlier = last_by.get(claim.speaker)
            if earlier is not None:
                yield URIRef(claim.iri), WK.repeats, URIRef(earlier.iri)
            elif claim is not mine[0]:
                yield URIRef(claim.iri), WK.corroborates, URIRef(mine[0].iri)
            last_by[claim.speaker] = claim
        for claim in claims:
            if claim.events & denials:
                yield URIRef(claim.iri), WK.disputes, _incident(inc)
    yield from _contradictions(incidents)


def _contradictions(incidents: list[Incident]) -> Iterator[tuple]:
    by_place: dict[str, list[Incident]] = {}
    for inc in incidents:
        if inc.type == "ControlChange" and inc.when and inc.main_agent:
            by_place.setdefault(inc.place, []).append(inc)
    for place_incidents in by_place.values():
        ordered = sorted(place_incidents, key=lambda i: (i.when, i.key))
        for k, first in enumerate(ordered):
            for later in ordered[k + 1:]:
                if days_between(first.when, later.when) > CONTRADICTION_DAYS:
                    break
                if later.main_agent != first.main_agent and later.when > first.when:
                    yield _incident(first), WK.contradictedBy, _incident(later)
                    break
