"""Records -> quads under the warkg ontology, with deterministic IRIs.

Every IRI is minted from what it names, never from a counter shared across runs: entities from their
gazetteer slug or key (``place:kyiv``), articles from their id, claims and events from their article
and order in it, evidence and mentions from their character offsets.

Triples are grouped into named graphs so that provenance survives and a store can replace one
article without touching the others:

- ``wki:graph/ontology``: the ontology;
- ``wki:graph/entities``: what is true of an entity whatever article named it (class, canonical label,
  gazetteer facts: coordinates, Wikidata id, parent body, country);
- ``wki:graph/article/<id>``: everything read from one article (the article, its mentions, claims and
  events, and which entities it names under which names);
- ``wki:graph/derived``: what follows from all the articles together: incidents (one real-world event
  with every article's report of it, :mod:`graph.incidents`) and control periods
  (:mod:`graph.control_periods`). A store recomputes it whenever articles are added;
- ``wki:graph/void``: the VoID description of all the others (statements, entities, classes and
  properties, counted: :mod:`graph.void`).

The union of the graphs is the knowledge graph; ``warkg build --out`` writes that union as Turtle.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DC, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from graph.control_periods import date_literal, derive_from
from graph.incidents import PREDICATES as REPORT_PREDICATES, ReportCollector
from graph.records import ArticleRecord, Evidence
from graph.resolve import GlobalEntity, Resolution
from graph.text import name_keys
from graph.void import VOID_GRAPH, Statistics, void_triples
from ontology import ONTOLOGY_FILE, WK, WKI

GEO_LAT = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat")
GEO_LONG = URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#long")
WIKIDATA = "http://www.wikidata.org/entity/"
ONTOLOGY_GRAPH = WKI["graph/ontology"]
ENTITIES_GRAPH = WKI["graph/entities"]
DERIVED_GRAPH = WKI["graph/derived"]  # incidents and control periods, derived from every article's events
Triple = tuple
Quad = tuple


def article_slug(article_id: str) -> str:
    """A Turtle-safe IRI segment for an article key (:func:`graph.records.article_key` makes keys that
    are already safe; ids are kept as they are in dcterms:identifier)."""
    slug = re.sub(r"[^A-Za-z0-9_-]", "-", article_id).strip("-")
    if slug != article_id:
        slug = f"{slug or 'a'}-{hashlib.sha1(article_id.encode()).hexdigest()[:8]}"
    return slug if slug[0].isalnum() or slug[0] == "_" else "a" + slug


def article_iri(article_id: str) -> URIRef:
    return WKI[f"article/{article_slug(article_id)}"]


def article_graph(article_id: str) -> URIRef:
    return WKI[f"graph/article/{article_slug(article_id)}"]


def entity_iri(entity: GlobalEntity) -> URIRef:
    return WKI[entity.path]


def _decimal(value: float) -> Literal:
    text = f"{value:.5f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def present_entities(res: Resolution) -> set[URIRef]:
    """IRIs of the entities some article of the batch names (only those are written)."""
    return {entity_iri(e) for e in res.entities.values() if e.articles}


def entity_static_triples(res: Resolution, present: set[URIRef]) -> Iterator[Triple]:
    """What holds of each named entity whatever article named it. Links (located in, part of, the
    country of an actor) are written only to entities in ``present``."""
    for ent in sorted(res.entities.values(), key=lambda e: e.path):
        if not ent.articles:
            continue
        iri = entity_iri(ent)
        yield iri, RDF.type, WK[ent.kind]
        yield iri, RDFS.label, Literal(ent.label)
        for key in name_keys(ent.label):
            yield iri, WK.nameKey, Literal(key)
        entry = ent.entry
        if entry is None:
            yield from _town_of_unknown_place(res, ent, iri, present)
            continue
        yield iri, WK.gazetteerId, Literal(entry.gid)
        if entry.wikidata:
            yield iri, OWL.sameAs, URIRef(WIKIDATA + entry.wikidata)
        country = _gazetteer_iri(res, f"country:{entry.country}") if entry.country else None
        if entry.is_place:
            if entry.lat is not None and entry.lon is not None:
                yield iri, GEO_LAT, _decimal(entry.lat)
                yield iri, GEO_LONG, _decimal(entry.lon)
            if entry.feature:
                yield iri, WK.featureType, Literal(entry.feature)
            if entry.population:
                yield iri, WK.population, Literal(entry.population)
            if entry.kind == "Place" and country in present:
                yield iri, WK.locatedIn, country
        else:
            if entry.actor_kind:
                yield iri, WK.actorKind, Literal(entry.actor_kind)
            if country in present and country != iri:
                yield iri, WK.affiliation, country
            if ent.kind in ("Organization", "MilitaryUnit"):
                for target in _present_ancestors(res, entry.part_of, present):
                    if target != iri:
                        yield iri, WK.partOf, target


def _town_of_unknown_place(res: Resolution, ent: GlobalEntity, iri: URIRef, present: set[URIRef]) -> Iterator[Triple]:
    """An unknown place the texts put in a known town: located in it, at its coordinates (approximate:
    the map draws the Southbank Centre at London rather than nowhere)."""
    gid = ent.town()  # only unknown places have towns (graph.resolve)
    if gid is None:
        return
    from graph.gazetteer import load_gazetteer

    town = load_gazetteer().entries.get(gid)
    if town is None or town.lat is None or town.lon is None:
        return
    target = _gazetteer_iri(res, gid)
    if target in present and target != iri:
        yield iri, WK.locatedIn, target
    yield iri, GEO_LAT, _decimal(town.lat)
    yield iri, GEO_LONG, _decimal(town.lon)


def _present_ancestors(res: Resolution, parents: tuple[str, ...], present: set[URIRef]) -> list[URIRef]:
    """The nearest bodies up the gazetteer hierarchy that the graph holds: a brigade whose branch no
    article names is part of the armed forces above it."""
    from graph.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out, todo, seen = [], list(parents), set()
    while todo:
        gid = todo.pop(0)
        if gid in seen:
            continue
        seen.add(gid)
        target = _gazetteer_iri(res, gid)
        if target in present:
            out.append(target)
        elif gid in gaz.entries:
            todo.extend(gaz.entries[gid].part_of)
    return out


def _gazetteer_iri(res: Resolution, gid: str) -> URIRef | None:
    """The IRI of a gazetteer entry, whether or not this batch names it (its path is its slug)."""
    ent = res.entities.get(gid)
    if ent is not None:
        return entity_iri(ent)
    from graph.gazetteer import KIND_PREFIX, load_gazetteer

    entry = load_gazetteer().entries.get(gid)
    return WKI[f"{KIND_PREFIX[entry.kind]}/{entry.slug}"] if entry is not None else None


def article_triples(record: ArticleRecord, res: Resolution, present: set[URIRef] | None = None,
                    evidence: bool | None = True) -> Iterator[Triple]:
    """Everything read from one article: the article, which entities it names (and as what), the
    links it states, its mentions, claims and events. With ``evidence`` False, the mention and evidence
    nodes are left out but for the evidence nodes' class: what the shapes other than the evidence
    shape look at (a load whose evidence was checked at extraction validates the rest so); with None,
    all of them are left out (:func:`evidence_triples` gives them: a build writes them as the article
    is extracted)."""
    art = record.article
    aid = art.key
    slug = article_slug(aid)
    a_iri = article_iri(aid)
    present = present if present is not None else present_entities(res)
    yield a_iri, RDF.type, WK.Article
    yield a_iri, DCTERMS.identifier, Literal(art.id)
    if art.title:
        yield a_iri, DCTERMS.title, Literal(art.title)
    if art.published:
        yield a_iri, DCTERMS.date, date_literal(art.published)
    if art.publisher:
        yield a_iri, DC.publisher, Literal(art.publisher)
    if art.url:
        yield a_iri, URIRef("https://schema.org/url"), Literal(art.url, datatype=XSD.anyURI)
    if art.model:
        yield a_iri, WK.extractedWith, Literal(art.model)

    named = written_entities(record, res)

    def ent(local_key: str) -> URIRef | None:
        return entity_iri(res.of(aid, local_key)) if named(local_key) else None

    for local in record.entities:
        if not named(local.key):
            continue
        glob = res.of(aid, local.key)
        iri = entity_iri(glob)
        yield iri, WK.mentionedIn, a_iri
        seen, keys = {glob.label.casefold()}, set(name_keys(glob.label))
        for name in sorted(local.names, key=lambda n: (n.isupper(), n)):
            if name.casefold() not in seen:  # every other name, once per spelling
                seen.add(name.casefold())
                yield iri, SKOS.altLabel, Literal(name)
                for key in name_keys(name):  # the look-up keys the label does not give already
                    if key not in keys:
                        keys.add(key)
                        yield iri, WK.nameKey, Literal(key)
        for key in local.affiliation:
            target = ent(key) or (_gazetteer_iri(res, key) if ":" in key else None)
            if target in present and target != iri and (target is None or not _is_place(res, target)):
                yield iri, WK.affiliation, target
        if glob.kind in ("Organization", "MilitaryUnit"):
            for key in local.part_of:
                target = ent(key) or _gazetteer_iri(res, key)
                if target in present and target != iri:
                    yield iri, WK.partOf, target

    for m in record.mentions:
        target = ent(m.entity)
        if target is not None:
            yield target, WK.hasMention, _mention_node(slug, m)

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
            yield c_iri, DCTERMS.date, date_literal(claim.date)
        if claim.date_text:
            yield c_iri, WK.dateText, Literal(claim.date_text)
        for key in claim.about:
            about = ent(key)
            if about is not None and about != speaker:
                yield c_iri, WK.about, about
        for ev in claim.evidence:
            yield c_iri, WK.hasEvidence, _evidence_node(slug, f"c{n}", ev)

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
            yield e_iri, DCTERMS.date, date_literal(event.date)
        if event.date_text:
            yield e_iri, WK.dateText, Literal(event.date_text)
        for index in event.claims:
            c_iri = claim_iris[index] if index < len(claim_iris) else None
            if c_iri is not None:
                yield c_iri, WK.reports, e_iri
        for ev in event.evidence:
            yield e_iri, WK.hasEvidence, _evidence_node(slug, f"e{n}", ev)
        if _framed_differently(event, record, claim_iris, ent):
            yield e_iri, WK.framedDifferently, Literal(True)

    if evidence is not None:
        yield from evidence_triples(record, named, typed_only=not evidence)


def _framed_differently(event, record: ArticleRecord, claim_iris: list, ent: Callable) -> bool:
    """Whether the article reports the event in more than one framing and in more than one voice (the
    speakers of the claims its framed evidence is in, or the article's own): the mark the
    ``contested-events`` query finds such events by, instead of grouping every event's evidence."""
    framed = [ev for ev in event.evidence if ev.framing]
    voices = {ent(record.claims[ev.claim].speaker) if _in_written_claim(ev, claim_iris) else None for ev in framed}
    return len({ev.framing for ev in framed}) > 1 and len(voices) > 1


def _in_written_claim(ev: Evidence, written: list) -> bool:
    """Whether the evidence lies in a claim the article's graph holds (``written``: per claim, its IRI
    or whether it is written; a claim without a named speaker is not)."""
    return ev.claim is not None and ev.claim < len(written) and bool(written[ev.claim])


def written_entities(record: ArticleRecord, res) -> Callable[[str], bool]:
    """Whether the article's graph names one of its local entities. This depends on the article alone
    (an entity is named where a mention, a gazetteer link or an unnamed source put it), not on the
    other articles: merging across articles only ever adds articles to an entity. ``res`` may be a
    finished :class:`~graph.resolve.Resolution` or a :class:`~graph.resolve.Resolver` still reading."""
    aid = record.article.key

    def named(local_key: str) -> bool:
        glob = res.of(aid, local_key)
        return glob is not None and aid in glob.articles

    return named


def evidence_triples(record: ArticleRecord, named: Callable[[str], bool], typed_only: bool = False) -> Iterator[Triple]:
    """The triples about the article's mention and evidence nodes (their type, offsets, sentence, source,
    trigger). Their IRIs come from the article and the offsets, and whether each is written depends only
    on :func:`written_entities`, so they are final as soon as the article is extracted: a build checks
    them against the shapes then, while the parser is still busy with later articles. ``typed_only``:
    the evidence nodes' class alone, no mention nodes."""
    slug = article_slug(record.article.key)
    a_iri = article_iri(record.article.key)
    for m in record.mentions if not typed_only else ():
        if named(m.entity):
            node = _mention_node(slug, m)
            yield node, RDF.type, WK.Mention
            yield node, WK.anchorText, Literal(m.text)
            yield from _span(node, m.start, m.end, m.sentence, a_iri)
    spoken = [named(claim.speaker) for claim in record.claims]
    for n, claim in enumerate(record.claims, 1):
        if spoken[n - 1]:
            for ev in claim.evidence:
                yield from _evidence(_evidence_node(slug, f"c{n}", ev), ev, a_iri, None, typed_only)
    for n, event in enumerate(record.events, 1):
        if any(named(k) for k in event.places):
            for ev in event.evidence:
                c_iri = WKI[f"claim/{slug}-{ev.claim + 1}"] if _in_written_claim(ev, spoken) else None
                yield from _evidence(_evidence_node(slug, f"e{n}", ev), ev, a_iri, c_iri, typed_only)


def _mention_node(slug: str, m) -> URIRef:
    return WKI[f"mention/{slug}-{m.start}-{m.end}"]


def _evidence_node(slug: str, owner: str, ev: Evidence) -> URIRef:
    return WKI[f"evidence/{slug}-{owner}-{ev.start}-{ev.end}"]


def _is_place(res: Resolution, iri: URIRef) -> bool:
    return str(iri).startswith(str(WKI["place/"]))


def _span(node: URIRef, start: int, end: int, sentence: str, a_iri: URIRef) -> Iterator[Triple]:
    yield node, WK.beginIndex, Literal(start)
    yield node, WK.endIndex, Literal(end)
    yield node, WK.sentence, Literal(sentence)
    yield node, PROV.wasDerivedFrom, a_iri


def _evidence(node: URIRef, ev: Evidence, a_iri: URIRef, claim: URIRef | None, typed_only: bool) -> Iterator[Triple]:
    yield node, RDF.type, WK.Evidence
    if typed_only:
        return
    yield from _span(node, ev.start, ev.end, ev.sentence, a_iri)
    if ev.trigger:
        yield node, WK.trigger, Literal(ev.trigger)
    if ev.framing:
        yield node, WK.framedAs, Literal(ev.framing)
    if claim is not None:
        yield node, WK.inClaim, claim


def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def records_to_quads(records: Iterable[ArticleRecord], res: Resolution, with_ontology: bool = True,
                     present: set[URIRef] | None = None, derived: bool = True, void: bool = True,
                     evidence: bool | None = True, written: Statistics | None = None) -> Iterator[Quad]:
    """Every quad of the records: ontology, entities, one graph per article, then (``derived``) the
    derived graph of these records and (``void``) the VoID description of them all
    (:mod:`graph.void`). For ``evidence``, see :func:`article_triples`; ``written``: the statistics of
    quads already in the target (the evidence triples a build writes as it extracts), which the
    VoID description counts too."""
    quads = _graph_quads(records, res, with_ontology, present, derived, evidence)
    if not void:
        yield from quads
        return
    stats, derived_stats = Statistics() + written if written else Statistics(), Statistics()
    graph, seen = None, set()
    for quad in quads:  # a graph's quads come together; a triple said twice in one graph counts once
        if quad[3] != graph:
            graph, seen = quad[3], set()
        if quad[:3] not in seen:
            seen.add(quad[:3])
            (derived_stats if graph == DERIVED_GRAPH else stats).observe(str(quad[1]), str(quad[2]))
        yield quad
    for s, p, o in void_triples(stats + derived_stats, derived_stats):
        yield s, p, o, VOID_GRAPH


def _graph_quads(records: Iterable[ArticleRecord], res: Resolution, with_ontology: bool,
                 present: set[URIRef] | None, derived: bool, evidence: bool | None = True) -> Iterator[Quad]:
    present = present if present is not None else present_entities(res)
    if with_ontology:
        for s, p, o in ontology_graph():
            yield s, p, o, ONTOLOGY_GRAPH
    for s, p, o in entity_static_triples(res, present):
        yield s, p, o, ENTITIES_GRAPH
    collector = ReportCollector()
    watched = {URIRef(p) for p in REPORT_PREDICATES}
    for record in records:
        g = article_graph(record.article.key)
        for s, p, o in article_triples(record, res, present, evidence):
            if derived and p in watched:
                collector.observe(str(s), str(p), str(o))
            yield s, p, o, g
    if derived:
        for s, p, o in derive_from(collector).triples():
            yield s, p, o, DERIVED_GRAPH


def records_to_dataset(records: Iterable[ArticleRecord], res: Resolution, with_ontology: bool = True) -> Dataset:
    """The records as an rdflib Dataset with the named graphs described above."""
    ds = Dataset()
    ds.addN(records_to_quads(records, res, with_ontology))
    return ds


def records_to_graph(records: Iterable[ArticleRecord], res: Resolution, with_ontology: bool = True) -> Graph:
    """The union of all named graphs, as one in-memory rdflib graph."""
    g = Graph()
    for s, p, o, _ in records_to_quads(records, res, with_ontology):
        g.add((s, p, o))
    return g
