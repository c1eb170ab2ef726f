"""States that act together, named together before an event noun: joined by "and" ("US and UK strikes") or by a
hyphen ("US-British strikes", "a U.S.-British strike", which the tokenizer may keep as one word). Each state is an
agent of the event (:func:`graph.extraction.event_agents.event_agents`)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.stances import HYPHENS
from graph.extraction.triggers import names_an_attack

PAIR_MARKS = HYPHENS | {"\u2013"}  # the hyphens, and the en dash of "US–UK strikes"


def joined_states(modifier: Token, key: str | None, res: ReferenceResolver) -> list[str]:
    """The states besides ``key`` (what the modifier itself names, if anything) that the modifier of an event noun joins
    to it: its conjuncts ("US and UK strikes"), or the halves of a hyphened pair of states or demonyms, all of them
    states (not "Saudi-led", "Iran-backed": a participle, no state)."""
    if key is not None and modifier.dep_ in ("compound", "nmod") and res.kind(key) == "Country":
        return [k for c in modifier.conjuncts if res.kind(k := res.key_at.get(c.i)) == "Country"]
    if modifier.dep_ not in ("amod", "compound") or (key is not None and res.kind(key) != "Country"):
        return []
    if any(h in modifier.text for h in PAIR_MARKS):  # one token: "U.S.-British"
        halves = re.split("|".join(map(re.escape, PAIR_MARKS)), modifier.text)
    else:  # "US - British": the first half hung on the second, the hyphen between
        halves = [c.text for c in modifier.children if c.i == modifier.i - 2 and modifier.nbor(-1).text in PAIR_MARKS]
        halves.append(modifier.text)
    isos = [res.gaz.country_of_adjective(h) if h[:1].isupper() else None for h in halves]
    if len(isos) < 2 or None in isos:
        return []
    keys = [res.country_key(iso) for iso in dict.fromkeys(isos)]
    return [k for k in keys if k is not None and k != key]


def states_joined_on_an_attack(noun: Token, res: ReferenceResolver, cues: Cues) -> list[str]:
    """The states an attack noun's modifiers name together, when the noun is the subject that names the attacker ("US
    and UK strikes hit Saada", "US-British strikes hit Hodeidah"): each of them (the caller keeps each agent once)."""
    if not names_an_attack(noun, cues):
        return []
    return [k for m in noun.children if m.dep_ in ("nmod", "compound", "amod") and m.i < noun.i
            for k in joined_states(m, res.key_at.get(m.i), res)]
