"""warkg's spaCy components, registered as factories (``nlp.add_pipe("warkg_claims")``).

``warkg_paragraphs`` runs before the parser and starts a sentence at every line break;
``warkg_parse_repairs`` right after it mends the parser's habitual slips (graph.extraction.parse_repairs).
``warkg_mentions``, ``warkg_claims`` and ``warkg_events`` run after the trained model's NER and parser:

- ``warkg_mentions`` writes ``doc.spans["wk_mentions"]`` (label = entity kind, ``Span._.wk_entity`` =
  article-local entity key), ``doc.spans["wk_peoples"]`` (those of them that name a people: "the Iraqis")
  and ``doc._.wk_entities``;
- ``warkg_claims`` writes ``doc._.wk_claims``, ``doc._.wk_speakers`` and ``doc.spans["wk_claims"]``
  (the claims' contents, ``Span._.speaker`` = speaker key), and adds to ``doc._.wk_entities`` the
  entities its speakers imply (a country for "Kyiv said");
- ``warkg_events`` writes ``doc._.wk_events`` and ``doc.spans["wk_events"]`` (the triggers, label =
  event class).

Every value is plain data (:mod:`graph.extraction.docdata`), so a processed Doc serialises; no
component keeps state between documents. The settings are each factory's config, keyword-only, with
defaults that are warkg's own; installed warkg registers the factories with spaCy through the
``spacy_factories`` entry point, so any spaCy program can add them.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from graph.cues import load_cues
from graph.extraction.claims import find_claims
from graph.extraction.coref import WINDOW_SENTENCES, Ref, ReferenceResolver
from graph.extraction.docdata import (get_claims, get_entities, get_speakers, set_claims, set_entities,
                                      set_events)
from graph.extraction.doctext import QUOTE_MARKS, dateline_end, line_break, word_before
from graph.extraction.entities import attach_affiliations, group_entities
from graph.extraction.memberships import attach_members
from graph.extraction.events import find_events
from graph.extraction.candidates import find_candidates
from graph.extraction.model import CLOSING_QUOTES
from graph.extraction.mentions import nested_mentions, select
from graph.extraction.unnamed_sources import find_unnamed_sources
from graph.extraction.parse_repairs import repair_parse
from graph.extraction.peoples import SOURCE as PEOPLE, people_mentions
from graph.extraction.place_parents import locate_places
from graph.extraction.settings import DEFAULT_SETTINGS, MentionSettings
from graph.extraction.transcripts import turn_claims
from graph.extraction.vessel_names import vessel_tokens
from graph.gazetteer import load_gazetteer

EXTRACTORS = ("warkg_mentions", "warkg_claims", "warkg_events")
PARSE_REQUIRES = ["doc.ents", "doc.sents", "token.dep", "token.pos", "token.lemma"]


def glued_after_quote(doc: Doc, tok) -> bool:
    """A capitalised word right after a closing quote that is glued to a word before it, with no
    space on either side (the tokenizer splits these: graph.extraction.model.GLUED_QUOTE)."""
    if tok.i < 2 or not tok.text[:1].isupper():
        return False
    quote, word = doc[tok.i - 1], doc[tok.i - 2]
    return quote.text in CLOSING_QUOTES and not quote.whitespace_ and not word.whitespace_ and word.is_alpha \
        and word.text[-1:].islower()


def after_platform_x(doc: Doc, tok) -> bool:
    """A capitalised word, or a quote mark opening one, after "on X." or "via X." (the social network), which the
    tokenizer writes as one token, like a person's initial: the full stop ends the sentence ("... wrote on X. “It will
    have war.”")."""
    opens = tok.text[:1].isupper() or (tok.text in QUOTE_MARKS and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper())
    return tok.i >= 2 and doc[tok.i - 1].text == "X." and doc[tok.i - 2].lower_ in ("on", "via") \
        and bool(doc[tok.i - 1].whitespace_) and opens


SENTENCE_STOPS = (".", "!", "?")
INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K.", "U.N.": one token with its full stops


def after_opening_initials(doc: Doc, tok) -> bool:
    """A capitalised word after initials that open a paragraph or a sentence ("U.S. Central Command forces
    struck ..."), which the parser would make a sentence of their own: the initials' full stop ends none."""
    if tok.i < 1 or not tok.text[:1].isupper() or not INITIALS.fullmatch(doc[tok.i - 1].text):
        return False
    before = doc[tok.i - 2] if tok.i >= 2 else None
    return before is None or line_break(before) or before.text in SENTENCE_STOPS


HEADING_WORDS = 30  # a line this long or shorter with no full stop is a heading ("Ethiopia says its forces have taken
# western Tigray"), which the parser would otherwise split before its last words


def _keep_a_heading_whole(doc: Doc, start: int) -> None:
    """A line without a sentence's end (a title) is one sentence: no start inside it."""
    end = start
    while end < len(doc) and end - start <= HEADING_WORDS and not line_break(doc[end]):
        end += 1  # (no further than a heading's length: a paragraph's line is read once, by the parser)
    if end - start <= HEADING_WORDS and not any(t.text in SENTENCE_STOPS or (t.text.endswith(".") and t.i + 1 == end)
                                                for t in doc[start:end]):
        for k in range(start + 1, end):
            doc[k].is_sent_start = False


class ParagraphComponent:
    """Start a sentence after every line break, before the parser runs: news paragraphs, titles and
    captions are never one sentence, and the parser keeps boundaries set before it; and after a wire
    dateline (whose place the parser would make the subject of the sentence after it) and after "on
    X."; never after a title's abbreviation ("Capt.")."""

    def __init__(self):
        self.abbreviations = load_cues().title_abbreviations

    def _after_title(self, doc: Doc, tok) -> bool:
        """The capitalised word after a title's abbreviation and its full stop, which the tokenizer
        splits off for most ranks ("Capt", ".")."""
        title = word_before(doc, tok.i)
        stopped = title is not None and (title.text.endswith(".") or title.i < tok.i - 1)
        return stopped and title.lower_.rstrip(".") in self.abbreviations and tok.text[:1].isupper()

    @staticmethod
    def _set_dateline(doc: Doc, start: int, after: int) -> None:
        """The dateline is one sentence and the sentence after it starts at ``after``; its first word is no
        sentence of its own, as the parser would make it where no agency stands in the dateline
        ("KINSHASA, Jan 27 - M23 | rebels entered ...", "WASHINGTON, April 10 - U.S. | forces struck ...")."""
        for k in range(start + 1, after):
            doc[k].is_sent_start = False
        doc[after].is_sent_start = True
        if after + 1 < len(doc) and not doc[after + 1].is_space and not doc[after].is_punct:
            doc[after + 1].is_sent_start = False

    def __call__(self, doc: Doc) -> Doc:
        prev, parsed = None, doc.has_annotation("DEP")  # (a hand-made Doc comes parsed: its sentences are set)
        for tok in doc:
            paragraph = prev is None or line_break(prev)
            if paragraph and not tok.is_space:
                if prev is not None:
                    tok.is_sent_start = True
                after = dateline_end(doc, tok.i)
                if after is not None:
                    self._set_dateline(doc, tok.i, after)
                else:
                    _keep_a_heading_whole(doc, tok.i)
            elif after_platform_x(doc, tok):
                tok.is_sent_start = True  # "... wrote on X. Congo's government ...": the tokenizer keeps "X."
            elif not tok.text[:1].isupper():
                if tok.is_lower and tok.is_alpha and prev is not None and not (prev.is_punct or prev.is_space or parsed):
                    tok.is_sent_start = False  # a word in lower case after a word begins no sentence ("M23 | rebels entered")
            elif glued_after_quote(doc, tok):
                tok.is_sent_start = True  # "... Lawn’The defence secretary said": a heading run into a sentence
            elif self._after_title(doc, tok) or after_opening_initials(doc, tok):
                # "Navy Capt. Jeff Davis said": a title's full stop ends no sentence; the parser keeps such a
                # setting only on the token after (spaCy issue #7716), so both say so
                tok.is_sent_start = False
                if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
                    doc[tok.i + 1].is_sent_start = False
            prev = tok
        return doc


class MentionComponent:
    """Find entity mentions and group them into article-local entities (see graph.extraction.mentions)."""

    def __init__(self, settings: MentionSettings = DEFAULT_SETTINGS):
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        gaz, cues = load_gazetteer(), load_cues()
        ships = vessel_tokens(doc, cues)  # ("the Galaxy Leader, a car carrier": no town, no office, no source)
        chosen = select(find_candidates(doc, gaz, cues, self.settings, ships=ships), doc, gaz, cues, self.settings)
        chosen = sorted(chosen + nested_mentions(doc, chosen, gaz) + people_mentions(doc, chosen, gaz),
                        key=lambda c: (c.start, -c.end))
        entities, assigned = group_entities(doc, chosen, gaz, cues, ships=ships)
        # (a name inside a longer one, "[Biden] administration officials", is mentioned, but the longer
        # name is what its words describe)
        keys = {i: key for cand, key in assigned if cand.source not in ("nested", PEOPLE)
                for i in range(cand.start, cand.end)}
        sources = find_unnamed_sources(doc, chosen, keys, {k: e.kind for k, e in entities.items()}, gaz, cues, ships=ships)
        if sources:
            entities, assigned = group_entities(doc, sorted(chosen + sources, key=lambda c: (c.start, -c.end)), gaz, cues,
                                                ships=ships)
        attach_affiliations(doc, entities, assigned, gaz)
        attach_members(doc, entities, assigned)
        locate_places(doc, entities, assigned, cues)
        spans, peoples = [], []
        for cand, key in assigned:
            span = Span(doc, cand.start, cand.end, label=entities[key].kind)
            span._.wk_entity = key
            spans.append(span)
            if cand.source == PEOPLE:
                peoples.append(span)
        doc.spans["wk_mentions"] = spans
        doc.spans["wk_peoples"] = peoples
        set_entities(doc, entities)
        return doc


def reference_resolver(doc: Doc, window: int, with_speakers: bool = False) -> ReferenceResolver:
    """The article's reference resolver, made from what the mentions component left on the Doc."""
    # (a people is no speaker, and "they" is not "the Iraqis" the article named: graph.extraction.peoples)
    peoples = {(s.start, s.end) for s in doc.spans.get("wk_peoples", [])}
    refs = [Ref(s.start, s.end, s._.wk_entity) for s in doc.spans.get("wk_mentions", []) if (s.start, s.end) not in peoples]
    return ReferenceResolver(doc, get_entities(doc), refs, load_gazetteer(), load_cues(), window=window,
                             speakers=get_speakers(doc) if with_speakers else None)


class ClaimComponent:
    """Find claims with their speakers (see graph.extraction.claims), also the turns of a transcript
    (graph.extraction.transcripts)."""

    def __init__(self, coref_window: int = WINDOW_SENTENCES):
        self.coref_window = coref_window

    def __call__(self, doc: Doc) -> Doc:
        res = reference_resolver(doc, self.coref_window)
        claims = find_claims(doc, res, load_cues())
        claims += turn_claims(doc, res, claims)
        set_claims(doc, claims)
        set_entities(doc, res.entities)  # with the entities the speakers imply
        doc._.wk_speakers = [[i, key] for i, key in res.speakers]
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

    def __init__(self, coref_window: int = WINDOW_SENTENCES):
        self.coref_window = coref_window

    def __call__(self, doc: Doc) -> Doc:
        res = reference_resolver(doc, self.coref_window, with_speakers=True)
        events = find_events(doc, res, load_cues(), get_claims(doc))
        set_events(doc, events)
        set_entities(doc, res.entities)
        doc.spans["wk_events"] = [Span(doc, e.trigger[0], e.trigger[1], label=e.type) for e in events]
        return doc


@Language.factory("warkg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphComponent:
    return ParagraphComponent()


@Language.factory("warkg_parse_repairs", assigns=["token.head", "token.dep"], requires=["token.dep", "token.tag"])
def make_parse_repairs(nlp: Language, name: str):
    return repair_parse


@Language.factory("warkg_mentions", assigns=["doc.spans", "doc._.wk_entities", "span._.wk_entity"],
                  requires=PARSE_REQUIRES,
                  default_config={"theatre": sorted(DEFAULT_SETTINGS.theatre),
                                  "theatre_prior": dict(DEFAULT_SETTINGS.theatre_prior),
                                  "minor_population": DEFAULT_SETTINGS.minor_population,
                                  "min_score": DEFAULT_SETTINGS.min_score})
def make_mentions(nlp: Language, name: str, *, theatre: list[str], theatre_prior: dict[str, float],
                  minor_population: int, min_score: float) -> MentionComponent:
    """``theatre``: ISO codes of the countries the war is fought in (their towns need less evidence);
    ``theatre_prior``: extra linking score for places of those countries; ``minor_population``: the
    least population of a theatre town named without a place cue; ``min_score``: the least score of
    a gazetteer link."""
    return MentionComponent(MentionSettings(theatre=frozenset(theatre), theatre_prior=tuple(theatre_prior.items()),
                                            minor_population=minor_population, min_score=min_score))


@Language.factory("warkg_claims", assigns=["doc._.wk_claims", "doc._.wk_speakers", "doc._.wk_entities", "doc.spans",
                                           "span._.speaker"],
                  requires=[*PARSE_REQUIRES, "doc._.wk_entities"], default_config={"coref_window": WINDOW_SENTENCES})
def make_claims(nlp: Language, name: str, *, coref_window: int) -> ClaimComponent:
    """``coref_window``: how many sentences back a pronoun or a description looks for its entity."""
    return ClaimComponent(coref_window)


@Language.factory("warkg_events", assigns=["doc._.wk_events", "doc._.wk_entities", "doc.spans"],
                  requires=[*PARSE_REQUIRES, "doc._.wk_entities", "doc._.wk_claims"],
                  default_config={"coref_window": WINDOW_SENTENCES})
def make_events(nlp: Language, name: str, *, coref_window: int) -> EventComponent:
    """``coref_window``: how many sentences back a pronoun or a description looks for its entity."""
    return EventComponent(coref_window)


_DEFAULT = None


def annotate(doc: Doc) -> Doc:
    """Run warkg's extractors, with their default settings, on a parse (from this process or a parser
    process); the same as the three components in a pipeline."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = (MentionComponent(), ClaimComponent(), EventComponent())
    for component in _DEFAULT:
        doc = component(doc)
    return doc
