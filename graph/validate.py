"""SHACL validation of a graph against ``ontology/shapes.ttl``, reported in words.

The shapes run as SPARQL queries on an in-memory Oxigraph store (:mod:`graph.shape_queries`, which
says why not pySHACL); analysts want sentences, not a report graph: "claim:x-3: a claim has exactly
one wk:text (wk:text)". :func:`validate_graph` returns those lines, grouped and counted, plus the
conformance flag. The ontology is merged into the data first so that class targets follow
rdfs:subClassOf (an wk:Withdrawal is a wk:Event) whether or not the file carried it.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from dataclasses import dataclass, field

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from graph.abbreviator import Abbreviator
from graph.records import REPORT_CLASSES
from ontology import ONTOLOGY_FILE, SHAPES_FILE

SH = Namespace("http://www.w3.org/ns/shacl#")
EVIDENCE_SHAPE = URIRef("https://w3id.org/warkg/shapes#EvidenceShape")
DERIVED_SHAPES = [URIRef(f"https://w3id.org/warkg/shapes#{name}") for name in ("ControlPeriodShape", "IncidentShape")]
# the classes of the article nodes the derived graph links to (kept for its check)
LINKED_CLASSES = {URIRef(f"https://w3id.org/warkg/ontology#{name}") for name in REPORT_CLASSES}
MAX_LISTED = 20
VALIDATION_CHUNK = 200  # articles per validated part (each part is a small in-memory store)


@dataclass
class Report:
    conforms: bool
    problems: list[str] = field(default_factory=list)  # one line per violation
    counts: Counter = field(default_factory=Counter)  # message -> number of violations
    found: dict[str, str] = field(default_factory=dict, repr=False)  # problem line -> message

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

    @classmethod
    def merge(cls, reports: list[Report]) -> Report:
        """One report for a graph validated in parts; a violation seen in two parts counts once."""
        found: dict[str, str] = {}
        for report in reports:
            found.update(report.found)
        return cls(conforms=all(r.conforms for r in reports), problems=sorted(found), counts=Counter(found.values()),
                   found=found)


class ShapeChecker:
    """The shapes (compiled to SPARQL once, :mod:`graph.shape_queries`) and the ontology, for validating
    many graphs or one graph in parts (see :mod:`graph.pipeline`: a build validates a couple of hundred
    articles at a time, each part closed under what the shapes look at)."""

    def __init__(self) -> None:
        from graph.shape_queries import ShapeQueries
        from graph.terms import ox_quads

        self.queries = ShapeQueries(Graph().parse(SHAPES_FILE, format="turtle"))
        self.ontology = list(ox_quads((s, p, o, None) for s, p, o in Graph().parse(ONTOLOGY_FILE, format="turtle")))
        self.node_shapes = self.queries.node_shapes

    def check(self, triples, shapes: list[URIRef] | None = None) -> Report:
        """Validate the triples with the ontology merged in (class targets follow rdfs:subClassOf),
        against every shape or only the node shapes given."""
        import pyoxigraph as ox

        from graph.terms import ox_quads

        data = ox.Store()  # in memory, one part at a time
        data.bulk_extend(self.ontology)
        data.bulk_extend(ox_quads(((s, p, o, None) for s, p, o, *_ in triples), blank_nodes=True))
        return _report(self.queries.violations(data, shapes))

    def check_store(self, store) -> Report:
        """Validate a warkg store (a pyoxigraph Store, read-only is enough) where it is: the union of
        its graphs, which hold the ontology."""
        return _report(self.queries.violations(store, union=True))


def _report(violations) -> Report:
    short = Abbreviator()
    found: dict[str, str] = {}
    for v in violations:
        detail = f" ({short(str(v.path))})" if v.path is not None else ""
        if v.value is not None and v.value != v.focus:
            detail += f" value {_n3(v.value, short)}"
        found[f"{_n3(v.focus, short)}: {v.message}{detail}"] = v.message
    return Report(conforms=not found, problems=sorted(found), counts=Counter(found.values()), found=found)


def validate_graph(data: Graph) -> Report:
    """Validate ``data`` (not modified) against the warkg shapes."""
    return ShapeChecker().check(data)


class _ChunkedCheck:
    """Triples gathered one article at a time and validated ``chunk`` articles at a time: what
    :class:`GraphCheck` and :class:`EvidenceCheck` share. Subclasses say how a part is checked."""

    def __init__(self, chunk: int = VALIDATION_CHUNK):
        self.checker = ShapeChecker()
        self.chunk = chunk
        self.part: list[tuple] = []
        self.pending = 0
        self.reports: list[Report] = []

    def _gather(self, triples) -> None:
        self.part.extend(triples)
        self.pending += 1
        if self.pending >= self.chunk:
            self._check()

    def _check_part(self, part: list[tuple]) -> Report:
        raise NotImplementedError

    def _check(self) -> None:
        self.reports.append(self._check_part(self.part))
        self.part, self.pending = [], 0

    def report(self) -> Report:
        if self.pending or not self.reports:
            self._check()
        return Report.merge(self.reports)


class GraphCheck(_ChunkedCheck):
    """Validate a graph given one article's graph at a time, a couple of hundred articles per part,
    in bounded memory.

    Each part is the union of some articles' graphs and everything the entities graph says of the
    entities those articles name. That is exactly what the shapes look at for every node in the part:
    claims, events, evidence and articles live in one article's graph; an entity's label and
    coordinates are all in the entities graph; the triples an entity has in several articles
    (``wk:mentionedIn``, ``skos:altLabel``) are each checked in their own article's part, where the
    entity is named; and no shape constrains the entities that are only the target of a link
    (``wk:partOf``, ``wk:affiliation``, ``wk:locatedIn``), which are left out. A shape added later that
    looks further would report false problems here, not miss real ones (the test suite compares this
    with validating the whole graph at once).

    ``skip_evidence``: the evidence shape was checked already, article by article, by
    :class:`EvidenceCheck` (a build does that during extraction).
    """

    def __init__(self, res, present=None, chunk: int = VALIDATION_CHUNK, skip_evidence: bool = False):
        from graph.rdf import entity_static_triples, present_entities

        super().__init__(chunk)
        self.linked_types: dict = {}  # event or claim node -> its rdf:type triples, for the derived graph's check
        self.shapes = [s for s in self.checker.node_shapes if s != EVIDENCE_SHAPE] if skip_evidence else None
        self.static: dict = {}
        for triple in entity_static_triples(res, present if present is not None else present_entities(res)):
            self.static.setdefault(triple[0], []).append(triple)

    def add(self, triples) -> None:
        """One article's graph."""
        triples = list(triples)
        for s, p, o in triples:
            if p == RDF.type and o in LINKED_CLASSES:
                self.linked_types.setdefault(s, []).append((s, p, o))
        self._gather(triples)

    def add_derived(self, triples) -> None:
        """The derived graph (incidents, control periods), checked on its own with what it links to:
        the classes of the events and claims it links and the entities' own triples."""
        triples = list(triples)
        linked = {o for _, _, o in triples}
        context = [t for o in linked for t in [*self.linked_types.get(o, ()), *self.static.get(o, ())]]
        self.reports.append(self.checker.check(triples + context, DERIVED_SHAPES))

    def _check_part(self, part: list[tuple]) -> Report:
        from ontology import WK

        named = {s for s, p, _ in part if p == WK.mentionedIn}
        return self.checker.check(part + [t for e in named for t in self.static.get(e, ())], self.shapes)


def validate_records(records, res, present=None, chunk: int = VALIDATION_CHUNK, skip_evidence: bool = False) -> Report:
    """Validate the graph of the records (see :class:`GraphCheck`)."""
    from graph.rdf import article_triples, present_entities

    present = present if present is not None else present_entities(res)
    check = GraphCheck(res, present, chunk, skip_evidence)
    for record in records:
        check.add(article_triples(record, res, present, evidence=not skip_evidence))
    return check.report()


class EvidenceCheck(_ChunkedCheck):
    """The evidence shape, checked article by article as records are extracted: mention and evidence
    nodes are final as soon as their article is (:func:`graph.rdf.evidence_triples`). Feed it each
    record with the resolver that has read it; :meth:`report` at the end."""

    def add(self, record, resolver) -> None:
        from graph.rdf import evidence_triples, written_entities

        self.add_evidence(record, list(evidence_triples(record, written_entities(record, resolver))))

    def add_evidence(self, record, triples: list[tuple]) -> None:
        """The record's evidence triples, made already (:func:`graph.rdf.evidence_triples`)."""
        from graph.rdf import article_iri
        from ontology import WK

        self._gather([*triples, (article_iri(record.article.key), RDF.type, WK.Article)])

    def _check_part(self, part: list[tuple]) -> Report:
        return self.checker.check(part, [EVIDENCE_SHAPE])


class ExtractedEvidence:
    """The evidence shape checked on records as they are extracted (:class:`EvidenceCheck`, with a
    resolver of its own: the shape looks at offsets, sentences and articles, never at what resolution
    decides), for the record file's trailer: :meth:`mark`. A load whose files all carry a conforming
    mark for the same shapes checks the rest of the shapes only (:func:`evidence_checked`)."""

    def __init__(self) -> None:
        from graph.resolve import Resolver

        self.resolver = Resolver()
        self.check = EvidenceCheck()

    def add(self, record) -> None:
        self.resolver.add(record)
        self.check.add(record, self.resolver)

    def mark(self) -> dict:
        return {"shapes": shapes_digest(), "conforms": self.check.report().conforms}


def evidence_checked(marks: list[dict]) -> Report | None:
    """A conforming report when every record file's trailer says its evidence conformed to these very
    shapes (see :class:`ExtractedEvidence`), else None (the evidence is checked again at load)."""
    digest = shapes_digest()
    ok = bool(marks) and all(m.get("evidence", {}).get("shapes") == digest and m["evidence"].get("conforms") is True
                             for m in marks)
    return Report(conforms=True) if ok else None


def shapes_digest() -> str:
    """A hash of the shapes file: an evidence mark holds for the shapes it was made with."""
    import hashlib

    return hashlib.sha256(Path(SHAPES_FILE).read_bytes()).hexdigest()[:16]


def _n3(term, short: Abbreviator) -> str:
    """A pyoxigraph term as a report shows it."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return short(term.value)
    if isinstance(term, ox.Literal):
        return repr(term.value)
    return str(term)
