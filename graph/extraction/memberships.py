"""Members an article lists for a body: "The Three Brotherhood Alliance, which includes the MNDAA, the
TNLA and the Arakan Army, ..."; "a coalition comprising the SDF and Iraqi forces". Each named member is
part of the body (``wk:partOf`` in the graph), and a body whose members are forces is armed itself (its
taking of a town is a change of control, as a force's is).
"""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.candidates import Candidate
from graph.extraction.entities import EntityInfo, token_keys

MEMBER_VERBS = {"include", "comprise", "consist", "encompass", "unite", "group"}
MEMBER_KINDS = {"Organization", "MilitaryUnit"}


def attach_members(doc: Doc, entities: dict[str, EntityInfo], assigned: list[tuple[Candidate, str]]) -> None:
    """Add the body's key to the ``part_of`` of each member named in a clause on its mention that lists
    its members (a relative clause or participle of "include", "comprise", "consist of", ...)."""
    key_at = token_keys(assigned)
    for cand, key in assigned:
        if entities[key].kind not in MEMBER_KINDS:
            continue
        head = doc[cand.start:cand.end].root
        for clause in (c for c in head.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in MEMBER_VERBS):
            objects = [c for c in clause.children if c.dep_ == "dobj"] + [
                o for p in clause.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            for obj in (m for o in objects for m in (o, *o.conjuncts)):
                member = key_at.get(obj.i)
                if member is not None and member != key and entities[member].kind in MEMBER_KINDS:
                    entities[member].part_of.add(key)
