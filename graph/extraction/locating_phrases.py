"""Parse repairs (run by :mod:`graph.extraction.parse_repairs`) of the phrases that place an act.

- A participle right after a preposition ("in occupied Horlivka", "in besieged El Fasher"): the parser makes it a
  clause with the name as its object and hangs what follows on it ("struck a depot [in [occupied Horlivka on the night
  of February 12]]"), or a verb joined to the sentence's or describing the noun before, the preposition left empty
  ("hit a school in [and] occupied Horlivka on Monday"); the name is the preposition's object, the participle
  describes it, and the phrases after it are the sentence's again (the event's date).
- A phrase of nearness set off by commas right after a named place ("killed hundreds of people in Ardamata, near El
  Geneina, after ..."), which the parser hangs on the verb as a second place of the act: it says where that place is.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extraction.phrase_repairs import NAME_TAGS, PARTICIPLE_TAGS

NEARNESS = {"near", "outside"}  # prepositions of a place's whereabouts


def locating_phrase_on_verb(doc: Doc) -> None:
    """Each ", near Y," hung on the verb after "in X": a modifier of X."""
    for prep in doc[2:]:
        verb, comma = prep.head, doc[prep.i - 1]
        if prep.lower_ not in NEARNESS or prep.dep_ != "prep" or comma.text != "," or not verb.tag_.startswith("VB"):
            continue
        place = doc[prep.i - 2]
        end = prep.right_edge.i + 1
        if place.tag_ not in NAME_TAGS or place.dep_ != "pobj" or place.head.head.i != verb.i \
                or (end < len(doc) and doc[end].text not in (",", ".", ";")):
            continue  # (a named place right before, itself in a phrase of the verb; the phrase set off after it)
        prep.head = place


def described_place(doc: Doc) -> None:
    """"in occupied Horlivka on Monday": Horlivka is the object of "in", "occupied" its modifier, and the
    phrases the parser hung on the participle hang on the verb of the clause the preposition is in."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.tag_ != "IN" or prep.i + 2 >= len(doc) or prep.head.i == prep.i:
            continue
        participle = doc[prep.i + 1]
        if participle.tag_ not in PARTICIPLE_TAGS or any(c.i != participle.i for c in prep.children) or not (
                (participle.head.i == prep.i and participle.dep_ in ("pcomp", "amod"))
                or (participle.head.i == prep.head.i and participle.dep_ in ("conj", "acl", "advcl"))):
            continue  # (hung on the preposition, or on what it hangs on with the preposition left empty)
        name = _named_object(participle)
        if name is None:
            continue
        others = [c for c in participle.children if c.i != name.i]
        name.head, name.dep_ = prep, "pobj"
        participle.head, participle.dep_ = name, "amod"
        clause = prep.head
        while not clause.tag_.startswith("VB") and clause.head.i != clause.i:
            clause = clause.head
        for child in others:
            child.head = clause


def _named_object(participle: Token) -> Token | None:
    """The participle's object when it is a name that starts right after it ("occupied [Nova Kakhovka]")."""
    return next((c for c in participle.children if c.dep_ == "dobj" and c.tag_ in NAME_TAGS
                 and c.left_edge.i == participle.i + 1), None)
