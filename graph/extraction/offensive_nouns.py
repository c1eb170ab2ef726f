"""Parse repairs of the noun "offensive" that the small tagger reads as an adjective (part of
:mod:`graph.extraction.parse_repairs`, which runs them right after the parser; they read tags, not parts of
speech).

- A title's "ground offensive" without an article ("Velmora launches ground offensive in Tarkiv"), parsed with
  "ground" as the root, the verb its auxiliary: "offensive" is the verb's object, "ground" its modifier, and the
  verb the root that the subject and the phrases hang on.
- "Launched a ground offensive across the border": "offensive" hung on the noun before it as an adjective. An
  English adjective goes before the noun it describes, so "offensive" is the noun, in the place of the one before
  it, which describes it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

OFFENSIVE_NOUNS = {"offensive", "counteroffensive"}


def _before_no_noun(tok: Token) -> bool:
    """No noun follows the word (it describes none after it: "ground offensive operations")."""
    return tok.i + 1 == len(tok.doc) or not tok.nbor().tag_.startswith("NN")


def ground_offensive(doc: Doc) -> None:
    """A title's "ground offensive" parsed with "ground" as the root: the noun "offensive" is the verb's object."""
    for tok in doc[2:]:
        ground, verb = tok.nbor(-1), tok.nbor(-2)
        if tok.tag_ != "JJ" or tok.lower_ not in OFFENSIVE_NOUNS or ground.lower_ != "ground" or ground.tag_ != "NN" \
                or not verb.tag_.startswith("VB") or not _before_no_noun(tok):
            continue
        if verb.head.i == tok.i:  # "ahead of expected ground offensive": a participle on the noun, which stands
            tok.tag_ = "NN"  # where it should (made its verb, the participle would be its own head's child)
            continue
        others = [c for t in (ground, tok) for c in t.children if c.i not in (verb.i, ground.i, tok.i)]
        if verb.head.i == ground.i:  # ("launches" the auxiliary of "ground", the root)
            verb.head, verb.dep_ = verb, ground.dep_
        tok.tag_ = "NN"
        tok.head, tok.dep_ = verb, "dobj"
        ground.head, ground.dep_ = tok, "compound"
        for child in others:
            child.head = verb


def offensive_after_noun(doc: Doc) -> None:
    """"A ground offensive" with "offensive" an adjective on the noun before it: "offensive" is the noun, in the
    noun's place, the noun its compound, and the noun's other dependents (the article, the phrases) its own."""
    for tok in doc[1:]:
        noun = tok.nbor(-1)
        if tok.tag_ != "JJ" or tok.lower_ not in OFFENSIVE_NOUNS or tok.dep_ != "amod" or tok.head.i != noun.i \
                or noun.tag_ != "NN" or not _before_no_noun(tok):
            continue
        others = [c for c in noun.children if c.i != tok.i]
        tok.tag_ = "NN"
        tok.head, tok.dep_ = (noun.head, noun.dep_) if noun.head.i != noun.i else (tok, "ROOT")
        noun.head, noun.dep_ = tok, "compound"
        for child in others:
            child.head = tok
