"""A parse repair (run by :mod:`graph.extraction.parse_repairs`): "the government declared a unilateral ceasefire and its
troops left the regional capital" is read by the small parser as one clause the verb declares, with "a unilateral
ceasefire and its troops" its subject; the noun after the verb is the verb's object, and the subject with its own owner
after "and" begins a clause of its own joined to the verb (as the parser reads "announced a truce and its forces
withdrew")."""
from __future__ import annotations

from spacy.tokens import Doc

INDEFINITE = {"a", "an"}
OWNERS = {"its", "their", "his", "her", "the"}


def object_read_as_joined_subject(doc: Doc) -> None:
    """Each "<verb> a <noun> and its <noun> <verb2>": the first noun the verb's object, the second the subject of a
    clause joined to the verb."""
    for clause in doc:
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.i > clause.i or not verb.tag_.startswith("VB") \
                or any(c.dep_ == "mark" for c in clause.children) or any(c.dep_ == "dobj" for c in verb.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
        if subject is None or not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in subject.children):
            continue
        second = next((c for c in subject.children if c.dep_ == "conj" and any(
            o.dep_ in ("poss", "det") and o.lower_ in OWNERS for o in c.children)), None)
        if second is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
            continue
        subject.head, subject.dep_ = verb, "dobj"
        second.head, second.dep_ = clause, "nsubj"
        clause.dep_ = "conj"
        for cc in [c for c in subject.children if c.dep_ == "cc"]:
            cc.head = verb
