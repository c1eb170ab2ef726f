"""A parse repair (run by :mod:`graph.extraction.parse_repairs`): a phrase of nearness set off by commas right after a
named place ("killed hundreds of people in Ardamata, near El Geneina, after ...") says where that place is; the small
parser hangs it on the verb as a second place of the act. It describes the place named before it."""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.phrase_repairs import NAME_TAGS

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
