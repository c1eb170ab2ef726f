"""The warkg vocabulary as Python names.

``WK`` is a :class:`rdflib.namespace.DefinedNamespace` with ``_fail = True``: a typo such as
``WK.Withdrawl`` raises at once instead of minting a term nobody defined. A test keeps the list
below and ``warkg.ttl`` in sync. ``WKI`` is the open namespace of instances (``wki:place/kyiv``).
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace


class WK(DefinedNamespace):
    """Terms of https://w3id.org/warkg/ontology# (see ontology/warkg.ttl)."""

    _NS = Namespace("https://w3id.org/warkg/ontology#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    MilitaryUnit: URIRef
    Country: URIRef
    Place: URIRef
    UnnamedSource: URIRef
    Claim: URIRef
    Event: URIRef
    UnrealizedEvent: URIRef
    Incident: URIRef
    ControlPeriod: URIRef
    Withdrawal: URIRef
    Offensive: URIRef
    ControlChange: URIRef
    Attack: URIRef
    Article: URIRef
    Evidence: URIRef
    Mention: URIRef
    Modality: URIRef
    # individuals of wk:Modality
    Asserted: URIRef
    Negated: URIRef
    Planned: URIRef
    Hypothetical: URIRef
    # object properties
    mentionedIn: URIRef
    agent: URIRef
    place: URIRef
    about: URIRef
    reports: URIRef
    hasEvidence: URIRef
    hasMention: URIRef
    inClaim: URIRef
    affiliation: URIRef
    partOf: URIRef
    locatedIn: URIRef
    modality: URIRef
    eventType: URIRef
    report: URIRef
    deniedBy: URIRef
    firstClaim: URIRef
    repeats: URIRef
    corroborates: URIRef
    disputes: URIRef
    contradictedBy: URIRef
    controller: URIRef
    startedBy: URIRef
    endedBy: URIRef
    # datatype properties
    text: URIRef
    reportingVerb: URIRef
    extractedWith: URIRef
    framedAs: URIRef
    trigger: URIRef
    sentence: URIRef
    anchorText: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    dateText: URIRef
    firstReported: URIRef
    lastReported: URIRef
    start: URIRef
    end: URIRef
    startReportedBy: URIRef
    endReportedBy: URIRef
    contested: URIRef
    featureType: URIRef
    actorKind: URIRef
    population: URIRef
    gazetteerId: URIRef
    nameKey: URIRef
    framedDifferently: URIRef


WKI = Namespace("https://w3id.org/warkg/id/")
ONTOLOGY_IRI = URIRef("https://w3id.org/warkg/ontology")

# Prefixes bound in every graph warkg writes and every query it runs. Instance IRIs are grouped by
# kind under wki: so that every one of them has a short, valid Turtle name (place:kyiv).
INSTANCE_KINDS = ("article", "person", "org", "unit", "country", "place", "source", "claim", "event",
                  "evidence", "mention", "incident", "period", "dataset")
PREFIXES = {
    "wk": str(WK._NS),
    "wki": str(WKI),
    **{kind: f"{WKI}{kind}/" for kind in INSTANCE_KINDS},
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "gsp": "http://www.opengis.net/ont/geosparql#",
    "wd": "http://www.wikidata.org/entity/",
    "void": "http://rdfs.org/ns/void#",
}
