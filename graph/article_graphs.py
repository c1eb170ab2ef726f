"""One named graph per article, recovered from a graph that has lost them (a Turtle or N-Triples file).

A build keeps every article's triples in a graph of its own (:mod:`graph.rdf`); a Turtle file holds
their union. TriG and N-Quads exports of such a file rebuild the named graphs from what the union
still says:

- the ontology's triples go to ``wki:graph/ontology``;
- the article node, and every node derived from it (claims, events, evidence, mentions:
  ``prov:wasDerivedFrom`` the article), go to the article's graph;
- ``wk:mentionedIn`` goes to the graph of the article it names, ``wk:hasMention`` to the graph of the
  mention's article;
- an entity's other names (``skos:altLabel``) go to the graphs of the articles whose mentions use
  that spelling (as :mod:`graph.rdf` picks one spelling per article), and so do the look-up keys
  (``wk:nameKey``) those names give; the keys of the canonical label go to the entities graph;
- incidents and control periods (``incident:``, ``period:`` nodes) and the links between claims
  (``wk:repeats``, ``wk:corroborates``, ``wk:disputes``) go to ``wki:graph/derived``;
- the VoID description (``dataset:`` nodes) goes to ``wki:graph/void``;
- everything else (class, label, coordinates, gazetteer facts) goes to ``wki:graph/entities``.

The one thing the union does not tell is which article stated a link between two entities
(``wk:affiliation``, ``wk:partOf``) that the gazetteer also knows: such links go to the entities
graph only, and a link of an entity the gazetteer does not know goes to the articles that name both.
Every triple of the union is kept; on the seed articles all other quads equal the build's TriG.
"""
from __future__ import annotations

from collections import defaultdict

from graph.rdf import DERIVED_GRAPH, ENTITIES_GRAPH, ONTOLOGY_GRAPH
from graph.text import name_keys
from graph.void import VOID_GRAPH
from ontology import ONTOLOGY_FILE, PREFIXES, WKI

RDF_TYPE = PREFIXES["rdf"] + "type"
WK = PREFIXES["wk"]
PROV_DERIVED = PREFIXES["prov"] + "wasDerivedFrom"
ALT_LABEL = PREFIXES["skos"] + "altLabel"
LABEL = PREFIXES["rdfs"] + "label"
NAME_KEY = WK + "nameKey"
LINKS = {WK + "affiliation", WK + "partOf"}
CLAIM_LINKS = {WK + "repeats", WK + "corroborates", WK + "disputes"}  # derived from several articles


def split_by_article(store):
    """A new in-memory pyoxigraph Store with the triples of ``store`` (default graph) in named graphs."""
    import pyoxigraph as ox

    ontology = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)}
    triples = [(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)]
    articles = {s for s, p, o in triples if p.value == RDF_TYPE and o.value == WK + "Article"}
    origin = {s: o for s, p, o in triples if p.value == PROV_DERIVED and o in articles}
    origin.update({a: a for a in articles})
    anchor = {s: o.value for s, p, o in triples if p.value == WK + "anchorText"}
    seen: dict = defaultdict(lambda: defaultdict(set))  # (entity, article) -> folded name -> spellings
    named_in: dict = defaultdict(set)  # entity -> articles
    gazetteer = {s for s, p, o in triples if p.value == WK + "gazetteerId"}
    for s, p, o in triples:
        if p.value == WK + "hasMention" and o in origin and o in anchor:
            seen[(s, origin[o])][anchor[o].casefold()].add(anchor[o])
        elif p.value == WK + "mentionedIn":
            named_in[s].add(o)
    # an article writes one spelling of each name, the one graph.rdf picks: the first by (all
    # capitals last, then character order)
    names: dict = defaultdict(lambda: defaultdict(set))  # entity -> name -> articles
    for (entity, article), spellings in seen.items():
        for forms in spellings.values():
            names[entity][min(forms, key=lambda n: (n.isupper(), n))].add(article)

    label_keys = {s: set(name_keys(o.value)) for s, p, o in triples if p.value == LABEL}
    key_articles: dict = defaultdict(lambda: defaultdict(set))  # entity -> key -> articles of the names giving it
    for s, p, o in triples:
        if p.value == ALT_LABEL:
            for key in name_keys(o.value):
                key_articles[s][key] |= names[s].get(o.value) or named_in[s]

    def graph_of(article) -> ox.NamedNode:
        return ox.NamedNode(article.value.replace(str(WKI["article/"]), str(WKI["graph/article/"]), 1))

    out = ox.Store()
    entities, onto = ox.NamedNode(str(ENTITIES_GRAPH)), ox.NamedNode(str(ONTOLOGY_GRAPH))
    derived = ox.NamedNode(str(DERIVED_GRAPH))
    derived_nodes = (str(WKI["incident/"]), str(WKI["period/"]))
    void, described = ox.NamedNode(str(VOID_GRAPH)), str(WKI["dataset/"])
    for s, p, o in triples:
        if (s, p, o) in ontology:
            targets = [onto]
        elif s.value.startswith(described):
            targets = [void]
        elif s.value.startswith(derived_nodes) or p.value in CLAIM_LINKS:
            targets = [derived]
        elif s in origin:
            targets = [graph_of(origin[s])]
        elif p.value == WK + "mentionedIn":
            targets = [graph_of(o)]
        elif p.value == WK + "hasMention":
            targets = [graph_of(origin[o])] if o in origin else [entities]
        elif p.value == ALT_LABEL:
            found = names[s].get(o.value) or named_in[s]
            targets = [graph_of(a) for a in sorted(found, key=str)] or [entities]
        elif p.value == NAME_KEY:
            found = set() if o.value in label_keys.get(s, ()) else key_articles[s].get(o.value, set())
            targets = [graph_of(a) for a in sorted(found, key=str)] or [entities]
        elif p.value in LINKS:
            both = named_in[s] & named_in[o]
            targets = [graph_of(a) for a in sorted(both, key=str)] if both and s not in gazetteer else [entities]
        else:
            targets = [entities]
        out.extend(ox.Quad(s, p, o, g) for g in targets)
    return out
