"""Records -> triples under the warkg ontology, with deterministic IRIs.

Every IRI is minted from what it names, never from a counter shared across runs: entities from their
gazetteer slug or canonical name (``place:kyiv``), articles from their id, claims and events from
their article and order in it, evidence and mentions from their character offsets. Re-running a build
on the same input therefore gives the same graph, and the same article loaded twice gives no new
triples.

Triples come out grouped per article (:func:`article_triples`) plus one group for the entities
(:func:`entity_triples`), so a store can keep one named graph per article.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DC, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from graph.records import ArticleRecord, Evidence
from graph.resolve import GlobalEntity, Resolution
from ontology import ONTOLOGY_FILE, WK, WKI

GEO_LAT = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat")
GEO_LONG = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#long")
WIKIDATA = "http://www.wikidata.org/entity/"
DATE_TYPES = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}
Triple = tuple


def article_slug(article_id: str) -> str:
    """A Turtle-safe IRI segment for an article id (ids are kept as they are in dcterms:identifier)."""
    slug = re.sub(r"[^A-Za-z0-9_-]", "-", article_id).strip("-")
    if slug != article_id:
        import hashlib

        slug = f"{slug or 'a'}-{hashlib.sha1(article_id.encode()).hexdigest()[:8]}"
    return slug if slug[0].isalnum() or slug[0] == "_" else "a" + slug


def article_iri(article_id: str) -> URIRef:
    return WKI[f"article/{article_slug(article_id)}"]


def entity_iri(entity: GlobalEntity) -> URIRef:
    return WKI[entity.path]


def _date_literal(value: str | None) -> Literal | None:
    if not value:
        return None
    kind = "date" if len(value) == 10 else "gYearMonth" if len(value) == 7 else "gYear"
    return Literal(value, datatype=DATE_TYPES[kind])


def _decimal(value: float) -> Literal:
    text = f"{value:.5f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def entity_triples(res: Resolution) -> Iterator[Triple]:
    """Label, names, class, coordinates and links of every entity mentioned in some article."""
    present = {key for key, ent in res.entities.items() if ent.articles}
    for ent in sorted(res.entities.values(), key=lambda e: e.path):
        if ent.key not in present:
            continue
        iri = entity_iri(ent)
        yield iri, RDF.type, WK[ent.kind]
        yield iri, RDFS.label, Literal(ent.label)
        for name in ent.alt_labels():
            yield iri, SKOS.altLabel, Literal(name)
        for aid in sorted(ent.articles):
            yield iri, WK.mentionedIn, article_iri(aid)
        entry = ent.entry
        if entry is not None:
            yield iri, WK.gazetteerId, Literal(entry.gid)
            if entry.wikidata:
                yield iri, OWL.sameAs, URIRef(WIKIDATA + entry.wikidata)
            if entry.is_place:
                if entry.lat is not None and entry.lon is not None:
                    yield iri, GEO_LAT, _decimal(entry.lat)
                    yield iri, GEO_LONG, _decimal(entry.lon)
                if entry.feature:
                    yield iri, WK.featureType, Literal(entry.feature)
                if entry.population:
                    yield iri, WK.population, Literal(entry.population)
                if entry.kind == "Place" and entry.country and f"country:{entry.country}" in present:
                    yield iri, WK.locatedIn, entity_iri(res.entities[f"country:{entry.country}"])
            elif entry.actor_kind:
                yield iri, WK.actorKind, Literal(entry.actor_kind)
        for key in sorted(ent.affiliation):
            if key in present and key != ent.key and res.entities[key].kind != "Place":
                yield iri, WK.affiliation, entity_iri(res.entities[key])
        if ent.kind in ("Organization", "MilitaryUnit"):
            for key in sorted(ent.part_of):
                if key in present and key != ent.key and res.entities[key].kind in ("Organization", "MilitaryUnit"):
                    yield iri, WK.partOf, entity_iri(res.entities[key])


def article_triples(record: ArticleRecord, res: Resolution) -> Iterator[Triple]:
    """The article, its mentions, claims and events (everything that came from this one article)."""
    art = record.article
    aid = art.id
    slug = article_slug(aid)
    a_iri = article_iri(aid)
    yield a_iri, RDF.type, WK.Article
    yield a_iri, DCTERMS.identifier, Literal(aid)
    if art.title:
        yield a_iri, DCTERMS.title, Literal(art.title)
    if art.published:
        yield a_iri, DCTERMS.date, _date_literal(art.published)
    if art.publisher:
        yield a_iri, DC.publisher, Literal(art.publisher)
    if art.url:
        yield a_iri, URIRef("https://schema.org/url"), Literal(art.url, datatype=XSD.anyURI)

    def ent(local_key: str) -> URIRef | None:
        glob = res.of(aid, local_key)
        return entity_iri(glob) if glob is not None and glob.articles else None

    for m in record.mentions:
        target = ent(m.entity)
        if target is None:
            continue
        node = WKI[f"mention/{slug}-{m.start}-{m.end}"]
        yield target, WK.hasMention, node
        yield node, RDF.type, WK.Mention
        yield node, WK.anchorText, Literal(m.text)
        yield from _span(node, m.start, m.end, m.sentence, a_iri)

    claim_iris: list[URIRef | None] = []
    for n, claim in enumerate(record.claims, 1):
        speaker = ent(claim.speaker)
        if speaker is None:
            claim_iris.append(None)
            continue
        c_iri = WKI[f"claim/{slug}-{n}"]
        claim_iris.append(c_iri)
        yield c_iri, RDF.type, WK.Claim
        yield c_iri, WK.text, Literal(claim.text)
        yield c_iri, PROV.wasAttributedTo, speaker
        yield c_iri, PROV.wasDerivedFrom, a_iri
        yield c_iri, WK.reportingVerb, Literal(claim.verb)
        if claim.date:
            yield c_iri, DCTERMS.date, _date_literal(claim.date)
        if claim.date_text:
            yield c_iri, WK.dateText, Literal(claim.date_text)
        for key in claim.about:
            about = ent(key)
            if about is not None and about != speaker:
                yield c_iri, WK.about, about
        for ev in claim.evidence:
            yield from _evidence(WKI[f"evidence/{slug}-c{n}-{ev.start}-{ev.end}"], c_iri, ev, a_iri, None)

    for n, event in enumerate(record.events, 1):
        places = [p for p in (ent(k) for k in event.places) if p is not None]
        if not places:
            continue  # the shapes require a place
        e_iri = WKI[f"event/{slug}-{n}"]
        if event.modality == "Asserted":
            yield e_iri, RDF.type, WK[event.type]
        else:  # planned, hypothetical or negated: recorded, but not asserted as an event
            yield e_iri, RDF.type, WK.UnrealizedEvent
            yield e_iri, WK.eventType, WK[event.type]
        for place in places:
            yield e_iri, WK.place, place
        for key in event.agents:
            agent = ent(key)
            if agent is not None:
                yield e_iri, WK.agent, agent
        yield e_iri, PROV.wasDerivedFrom, a_iri
        yield e_iri, WK.modality, WK[event.modality]
        for framing in event.framings:
            yield e_iri, WK.framedAs, Literal(framing)
        if event.date:
            yield e_iri, DCTERMS.date, _date_literal(event.date)
        if event.date_text:
            yield e_iri, WK.dateText, Literal(event.date_text)
        for index in event.claims:
            c_iri = claim_iris[index] if index < len(claim_iris) else None
            if c_iri is not None:
                yield c_iri, WK.reports, e_iri
        for ev in event.evidence:
            c_iri = claim_iris[ev.claim] if ev.claim is not None and ev.claim < len(claim_iris) else None
            yield from _evidence(WKI[f"evidence/{slug}-e{n}-{ev.start}-{ev.end}"], e_iri, ev, a_iri, c_iri)


def _span(node: URIRef, start: int, end: int, sentence: str, a_iri: URIRef) -> Iterator[Triple]:
    yield node, WK.beginIndex, Literal(start)
    yield node, WK.endIndex, Literal(end)
    yield node, WK.sentence, Literal(sentence)
    yield node, PROV.wasDerivedFrom, a_iri


def _evidence(node: URIRef, owner: URIRef, ev: Evidence, a_iri: URIRef, claim: URIRef | None) -> Iterator[Triple]:
    yield owner, WK.hasEvidence, node
    yield node, RDF.type, WK.Evidence
    yield from _span(node, ev.start, ev.end, ev.sentence, a_iri)
    if ev.trigger:
        yield node, WK.trigger, Literal(ev.trigger)
    if claim is not None:
        yield node, WK.inClaim, claim


def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def records_to_graph(records: Iterable[ArticleRecord], res: Resolution, with_ontology: bool = True) -> Graph:
    """An in-memory rdflib graph of the records (and the ontology, merged in)."""
    g = ontology_graph() if with_ontology else Graph()
    for triple in entity_triples(res):
        g.add(triple)
    for record in records:
        for triple in article_triples(record, res):
            g.add(triple)
    return g
