"""Who an event is charged to in its sentence: held "responsible for" it, blamed for it or with it, or who claimed it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from graph.extraction.coref import ReferenceResolver


def responsible_party(noun: Token) -> Token | None:
    """Who an event noun is said to be the work of, as "responsible for" it: "held Hezbollah responsible for the
    strike", "the commander it held responsible for the strike", "Russia was responsible for the attack"."""
    adj = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if adj is None or adj.lower_ != "responsible":
        return None
    if adj.dep_ == "amod":
        return adj.head
    verb = adj.head
    party = next((c for c in verb.children if c.dep_ == ("nsubj" if adj.dep_ == "acomp" else "dobj")), None)
    return party if party is not None or verb.dep_ != "relcl" else verb.head


def blamed_party(head: Token) -> Token | None:
    """Who an event is blamed on: "an attack that India blamed on Pakistan", "the attack was blamed on Pakistan", or by
    the report that tells it ("drones struck the base, the ministry said, blaming Ukraine")."""
    # (also a clause hung on the target after a comma: "the attack on the Kerch bridge, which he blamed on Kyiv")
    targets = [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for t in c.children
               if t.dep_ == "pobj" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ","]
    verbs = [c for h in (head, *targets) for c in h.children if c.dep_ == "relcl"] + (
        [head.head] if head.dep_ == "nsubjpass" else [])
    party = next((p for v in verbs if v.lemma_.lower() == "blame" for c in v.children if c.dep_ == "prep" and c.lower_ == "on"
                  for p in c.children if p.dep_ == "pobj"), None)
    if party is None and head.dep_ == "dobj" and head.head.lemma_.lower() == "blame":
        # "blamed the attack on the bridge on Kyiv": an "on" of the verb, or the second of the noun's, the party
        near = [*head.children, *head.head.children]
        near += [c for o in near if o.dep_ == "prep" and o.lower_ == "on" for t in o.children for c in t.children]
        ons = sorted((c for c in near if c.dep_ == "prep" and c.lower_ == "on" and c.i > head.i), key=lambda c: c.i)
        on = next((c for c in ons if c.head == head.head), ons[-1] if len(ons) > 1 else None)
        party = next((p for p in on.children if p.dep_ == "pobj"), None) if on is not None else None
    # (the participle hung on the report verb, or on the reported verb: "said drones struck the base, blaming Ukraine")
    reports = [c for c in head.children if c.dep_ == "parataxis"] + ([head.head, head] if head.dep_ == "ccomp" else [])
    return party or next((o for r in reports for b in r.children if b.dep_ == "advcl" and b.lemma_.lower() == "blame"
                          and b.tag_ == "VBG" for o in b.children if o.dep_ == "dobj"), None)


def claimed_responsibility(head: Token, res: ReferenceResolver) -> list[str]:
    """Who is held responsible for the attack ("held Hezbollah responsible"), is blamed for it (:func:`blamed_party`)
    or claims it, or responsibility for it ("for which Da'esh has claimed responsibility", "claimed by JNIM"): its agent."""
    if (party := responsible_party(head) or blamed_party(head)) is not None and (key := res.resolve(party)) is not None:
        return [key]
    for tok in head.sent:
        passive = head.dep_ == "nsubjpass" and head.head.i == tok.i
        if tok.lemma_.lower() != "claim" or not passive and not any(
                c.dep_ == "dobj" and (c.lemma_.lower() == "responsibility" or c.i == head.i) for c in tok.children):
            continue
        for subj in (c for c in tok.children if c.dep_ == "nsubj") if not passive else (
                o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
            key = res.resolve(subj)
            if key is not None and res.kind(key) in ("Organization", "MilitaryUnit"):
                return [key]
    return []
