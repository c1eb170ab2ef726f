"""The spaCy pipeline: the trained English model plus warkg's components.

``warkg_paragraphs`` runs before the parser and starts a sentence at every line break.
``warkg_mentions``, ``warkg_claims`` and ``warkg_events`` run after the model's NER and parser:

- ``warkg_mentions`` writes ``doc.spans["wk_mentions"]`` (label = entity kind,
  ``Span._.wk_entity`` = article-local entity key) and ``doc._.wk_entities`` (key -> EntityInfo);
- ``warkg_claims`` writes ``doc._.wk_claims`` (ClaimInfo list) and ``doc.spans["wk_claims"]`` (the
  claims' contents, ``Span._.speaker`` = speaker key);
- ``warkg_events`` writes ``doc._.wk_events`` (EventInfo list) and ``doc.spans["wk_events"]`` (the
  triggers, label = event class).

The resolver shared by claims and events is kept in ``doc._.wk_resolver``.
"""
from spacy.language import Language
from spacy.tokens import Doc, Span

from graph.cues import load_cues
from graph.extraction.claims import find_claims
from graph.extraction.coref import Ref, ReferenceResolver
from graph.extraction.entities import attach_affiliations, group_entities
from graph.extraction.events import find_events
from graph.extraction.mentions import find_candidates, find_unnamed_sources, nested_countries, select
from graph.gazetteer import load_gazetteer

MODEL = None  # the default pipeline: see graph.extraction.model.resolve_model
COMPONENTS = ("warkg_mentions", "warkg_claims", "warkg_events")

for _name in ("wk_entities", "wk_claims", "wk_events", "wk_resolver"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in ("wk_entity", "speaker"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class ParagraphComponent:
    """Start a sentence after every line break, before the parser runs: news paragraphs, titles and
    captions are never one sentence, and the parser keeps boundaries set before it."""

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if prev.is_space and "\n" in prev.text and not tok.is_space:
                tok.is_sent_start = True
        return doc


class MentionComponent:
    """Find entity mentions and group them into article-local entities (see graph.extraction.mentions)."""

    def __call__(self, doc: Doc) -> Doc:
        gaz, cues = load_gazetteer(), load_cues()
        chosen = select(find_candidates(doc, gaz, cues), doc, gaz, cues)
        chosen = sorted(chosen + nested_countries(doc, chosen, gaz), key=lambda c: (c.start, -c.end))
        entities, assigned = group_entities(doc, chosen, gaz, cues)
        keys = {i: key for cand, key in assigned for i in range(cand.start, cand.end)}
        sources = find_unnamed_sources(doc, chosen, keys, {k: e.kind for k, e in entities.items()}, gaz, cues)
        if sources:
            entities, assigned = group_entities(doc, sorted(chosen + sources, key=lambda c: (c.start, -c.end)), gaz, cues)
        attach_affiliations(doc, entities, assigned, gaz)
        spans = []
        for cand, key in assigned:
            span = Span(doc, cand.start, cand.end, label=entities[key].kind)
            span._.wk_entity = key
            spans.append(span)
        doc.spans["wk_mentions"] = spans
        doc._.wk_entities = entities
        refs = [Ref(s.start, s.end, s._.wk_entity) for s in spans]
        doc._.wk_resolver = ReferenceResolver(doc, entities, refs, gaz, cues)
        return doc


class ClaimComponent:
    """Find claims with their speakers (see graph.extraction.claims)."""

    def __call__(self, doc: Doc) -> Doc:
        claims = find_claims(doc, doc._.wk_resolver, load_cues())
        doc._.wk_claims = claims
        spans = []
        for claim in claims:
            span = doc.char_span(*claim.content, alignment_mode="expand")
            if span is not None:
                span._.speaker = claim.speaker
                spans.append(span)
        doc.spans["wk_claims"] = spans
        return doc


class EventComponent:
    """Find events with their places, agents and modality (see graph.extraction.events)."""

    def __call__(self, doc: Doc) -> Doc:
        events = find_events(doc, doc._.wk_resolver, load_cues(), doc._.wk_claims or [])
        doc._.wk_events = events
        doc.spans["wk_events"] = [Span(doc, e.trigger[0], e.trigger[1], label=e.type) for e in events]
        return doc


@Language.factory("warkg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphComponent:
    return ParagraphComponent()


@Language.factory("warkg_mentions")
def make_mentions(nlp: Language, name: str) -> MentionComponent:
    return MentionComponent()


@Language.factory("warkg_claims", requires=["doc.spans"])
def make_claims(nlp: Language, name: str) -> ClaimComponent:
    return ClaimComponent()


@Language.factory("warkg_events", requires=["doc.spans"])
def make_events(nlp: Language, name: str) -> EventComponent:
    return EventComponent()


def load_model(model: str | None = None, vocab_only: bool = False) -> Language:
    """The trained pipeline (or only its vocabulary and tokenizer), with a clear error when missing.
    ``model`` is a package name or a folder; None picks the default (:mod:`graph.extraction.model`)."""
    import spacy

    from graph.errors import WarkgError
    from graph.extraction.model import check_pipeline, resolve_model

    model = resolve_model(model)
    try:
        if vocab_only:
            return spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
                                              "senter", "transformer"])
        nlp = spacy.load(model)
    except OSError:
        raise WarkgError(f"the spaCy pipeline {model!r} is not installed and is not a pipeline folder "
                         "(pip install en_core_web_sm, or give --model NAME_OR_PATH)") from None
    check_pipeline(nlp, model)
    return nlp


_EXTRACTORS = (MentionComponent(), ClaimComponent(), EventComponent())


def annotate(doc: Doc) -> Doc:
    """Run warkg's extractors on a parse (from this process or a parser process)."""
    for component in _EXTRACTORS:
        doc = component(doc)
    return doc


def build_nlp(model: str | None = MODEL) -> Language:
    """The trained pipeline with all of warkg's components added, as one spaCy pipeline (for tests and
    for use from spaCy code; builds parse and annotate apart, see :mod:`graph.extraction.parse`)."""
    nlp = load_model(model)
    nlp.add_pipe("warkg_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    load_gazetteer()
    load_cues()
    return nlp
