"""A parse repair (run by :mod:`graph.extraction.parse_repairs`): an -ing clause set off by a comma whose object is a
name ("launched an operation in the West Bank on Wednesday, raiding Jenin, Tulkarem and Tubas") is read by the small
parser as an adjective on the name, the name an apposition to a noun before it; the participle is a clause of the verb
the phrase hangs on, and the name (with the names joined to it) its object."""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.phrase_repairs import NAME_TAGS


def participle_read_as_modifier(doc: Doc) -> None:
    """Each ", raiding Jenin": the participle a clause of the verb above, the name its object."""
    for part in doc[1:]:
        name = part.head
        if part.tag_ != "VBG" or part.dep_ != "amod" or name.i != part.i + 1 or doc[part.i - 1].text != "," \
                or name.tag_ not in NAME_TAGS or name.dep_ not in ("appos", "conj", "npadvmod", "dep"):
            continue
        verb = next((a for a in name.ancestors if a.tag_.startswith("VB")), None)
        if verb is not None:
            part.head, part.dep_ = verb, "advcl"
            name.head, name.dep_ = part, "dobj"
