"""A nation's people named for its country: "the Iraqis", "Syrians", "the French", "the Syrian people".

A people named in the plural, as "the <adjective> people", or by its adjective used as a noun ("the
French", "the Chinese") is a mention of its country, as entity linking commonly treats demonyms (the
AIDA/CoNLL convention): the article talks about that country, and an analyst looking for Iraq finds the
article that speaks of "the Iraqis". Only the mention: whether the people acts for its state ("the
Russians shelled the town") is the reference resolver's business, and a people is no speaker, so these
mentions stay out of the resolver's references (the mentions component lists them in
``doc.spans["wk_peoples"]`` as well).

Not a people: a demonym before a noun ("Syrian civilians", "Iraqi forces": descriptions of their own),
a word the model or the gazetteer made part of a longer name, a lower-case word, a people no state is
named for ("Kurds", "Sunnis").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extraction.candidates import Candidate, covered_tokens
from graph.gazetteer import Gazetteer

SOURCE = "people"
PEOPLE_NOUNS = {"people", "peoples"}
# the words of a phrase whose head is the people itself ("the Iraqis", "all Syrians", "the Syrian people")
HEAD_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative", "ROOT", "npadvmod", "poss"}


def people_mentions(doc: Doc, chosen: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A mention of its country for every people the article names outside the names already chosen."""
    used = covered_tokens(chosen)
    out = []
    for tok in doc:
        found = _people_at(tok, gaz)
        if found is None:
            continue
        start, iso = found
        entry = gaz.country(iso)
        if entry is not None and not used.intersection(range(start, tok.i + 1)):
            out.append(Candidate(start, tok.i + 1, SOURCE, 0.0, entries=[entry], entry=entry))
    return out


def _people_at(tok: Token, gaz: Gazetteer) -> tuple[int, str] | None:
    """(first token, country) of the people ``tok`` heads, or None."""
    if tok.dep_ not in HEAD_DEPS:
        return None
    if tok.lower_ in PEOPLE_NOUNS:  # "the Syrian people": the adjective right before, and nothing else
        adj = tok.nbor(-1) if tok.i > 0 else None
        iso = gaz.country_of_adjective(adj.text) if adj is not None and adj.text[:1].isupper() else None
        if iso is None or adj.dep_ not in ("amod", "compound") or adj.head.i != tok.i:
            return None
        if any(c.dep_ in ("amod", "compound") and c.i != adj.i for c in tok.children):
            return None
        return adj.i, iso
    if not tok.text[:1].isupper():
        return None
    iso = gaz.peoples.get(tok.lower_)
    if iso is not None:
        return tok.i, iso
    iso = _adjective_as_noun(tok, gaz)
    return (tok.i, iso) if iso is not None else None


def _adjective_as_noun(tok: Token, gaz: Gazetteer) -> str | None:
    """The country of "the French", "the Chinese": a country's adjective after "the", heading its phrase."""
    iso = gaz.country_of_adjective(tok.text)
    if iso is None or tok.i == 0 or tok.nbor(-1).lower_ != "the":
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return None  # "the French navy"
    return iso
