"""A parse repair of two nouns joined before the noun they both describe ("a series of missile and drone strikes",
"air and drone attacks"), which the small parser reads as a second verb: the second modifier made a conjunct of the
sentence's verb, with the head noun its object (part of :mod:`graph.extraction.parse_repairs`, which runs it right
after the parser; it reads tags, not parts of speech).
"""
from __future__ import annotations

from spacy.tokens import Doc

NOUN_TAGS = ("NN", "NNS")


def modifiers_joined_before_noun(doc: Doc) -> None:
    """"carried out a series of missile and drone strikes on Odesa", parsed with "drone" a conjunct of "carried" and
    "strikes" its object: "strikes" stands where "missile" stood, which with "drone" describes it; what hung on
    "drone" besides goes to the verb ("on the night of January 9")."""
    for second in doc[2:-1]:
        first, cc, noun = doc[second.i - 2], doc[second.i - 1], doc[second.i + 1]
        verb = second.head
        if second.tag_ != "NN" or second.dep_ != "conj" or not verb.tag_.startswith("VB") or verb.i > first.i \
                or cc.tag_ != "CC" or first.tag_ != "NN" or noun.tag_ not in NOUN_TAGS or noun.head.i != second.i \
                or noun.dep_ != "dobj" or first.head.i == second.i:
            continue
        others = [c for c in second.children if c.i not in (noun.i, cc.i)]
        noun.head, noun.dep_ = first.head, first.dep_
        first.head, first.dep_ = noun, "compound"
        second.head, second.dep_ = first, "conj"
        cc.head, cc.dep_ = first, "cc"
        for child in others:
            child.head = verb
