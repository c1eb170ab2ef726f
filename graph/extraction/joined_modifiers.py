"""Parse repairs of joined nouns (part of :mod:`graph.extraction.parse_repairs`, which runs them right after the
parser; they read tags, not parts of speech):

- two nouns joined before the noun they both describe ("a series of missile and drone strikes", "air and drone
  attacks"), which the small parser reads as a second verb: the second modifier made a conjunct of the sentence's verb,
  with the head noun its object;
- an "of" phrase right after the last of joined nouns, which the parser hangs on the first ("the army and Russian
  mercenaries of the Africa Corps": the army is Mali's, the mercenaries the Africa Corps');
- a name joined to the compass word of the phrase that says where the object before it lies ("taking Kandahar in the
  south and Herat in the west"): joined to that object.
"""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.phrase_repairs import COMPASS_NOUNS, NAME_TAGS

COMMON_NOUN_TAGS = ("NN", "NNS")  # (phrase_repairs.NOUN_TAGS holds proper nouns too)


def modifiers_joined_before_noun(doc: Doc) -> None:
    """"carried out a series of missile and drone strikes on Odesa", parsed with "drone" a conjunct of "carried" and
    "strikes" its object: "strikes" stands where "missile" stood, which with "drone" describes it; what hung on
    "drone" besides goes to the verb ("on the night of January 9")."""
    for second in doc[2:-1]:
        first, cc, noun = doc[second.i - 2], doc[second.i - 1], doc[second.i + 1]
        verb = second.head
        if second.tag_ != "NN" or second.dep_ != "conj" or not verb.tag_.startswith("VB") or verb.i > first.i \
                or cc.tag_ != "CC" or first.tag_ != "NN" or noun.tag_ not in COMMON_NOUN_TAGS or noun.head.i != second.i \
                or noun.dep_ != "dobj" or first.head.i == second.i:
            continue
        others = [c for c in second.children if c.i not in (noun.i, cc.i)]
        noun.head, noun.dep_ = first.head, first.dep_
        first.head, first.dep_ = noun, "compound"
        second.head, second.dep_ = first, "conj"
        cc.head, cc.dep_ = first, "cc"
        for child in others:
            child.head = verb


def of_phrase_on_first_conjunct(doc: Doc) -> None:
    """"the army and Russian mercenaries of the Africa Corps", parsed with "of the Africa Corps" on "army": the phrase
    right after the last noun joined is that noun's."""
    for prep in doc:
        first = prep.head
        if prep.lower_ != "of" or prep.dep_ != "prep" or first.tag_ not in COMMON_NOUN_TAGS or first.i > prep.i:
            continue
        last = next((c for c in first.children if c.dep_ == "conj" and first.i < c.i < prep.i and c.tag_ in COMMON_NOUN_TAGS
                     and c.right_edge.i == prep.i - 1), None)
        if last is not None:
            prep.head = last


def name_joined_to_compass(doc: Doc) -> None:
    """"captured two cities, taking Kandahar in the south and Herat in the west", parsed with "Herat" joined to "south":
    the name is joined to the object before "in the south", and the compass phrase right after it is its own."""
    for name in doc:
        compass, cc = name.head, doc[name.i - 1]
        if name.dep_ != "conj" or name.tag_ not in NAME_TAGS or compass.lower_ not in COMPASS_NOUNS \
                or compass.dep_ != "pobj" or cc.tag_ != "CC" or cc.head.i != compass.i:
            continue
        prep = compass.head
        first = doc[prep.i - 1] if prep.i > 0 else None
        if first is None or first.tag_ not in NAME_TAGS or first.head.i != prep.head.i or first.dep_ not in ("dobj", "pobj"):
            continue  # (a name right before the phrase, the object of what the phrase hangs on)
        name.head, cc.head = first, first
        after = next((c for c in prep.head.children if c.dep_ == "prep" and c.i == name.i + 1
                      and any(o.lower_ in COMPASS_NOUNS for o in c.children)), None)
        if after is not None:
            after.head = name
