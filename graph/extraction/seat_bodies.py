"""A state's body named by the capital it sits in: "the defence ministry in Baku" is Azerbaijan's
Ministry of Defence, "the government in Kabul" Afghanistan's, as "the Baku defence ministry" and "the
Kabul government" are (the gazetteer's {capital} forms of its alias templates); and one named after the
possessive of another of its state's bodies: "the U.S. military's Central Command" is US Central Command;
and one named by a state's word joined to another's that begins its name: the "Ethiopian" of "Ethiopian
and Eritrean troops" is Ethiopia's armed forces; and the forces or government of a state's or its leader's
possessive ("Putin's army", "Assad's regime", "Turkey's elected government").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.gazetteer import Entry, Gazetteer

NOUN_MODIFIERS = ("amod", "compound")


def bodies_in_capitals(doc: Doc, gaz: Gazetteer, cands: list) -> list[tuple[int, int, list]]:
    """(start, end, entries) of each common-noun phrase "<body> in <capital>" whose words after the
    capital's name are a name the gazetteer gives one of that capital's country's bodies. ``cands`` are
    the gazetteer's candidates (the capital among them)."""
    capitals = {c.start: c for c in cands if any(e.gid in gaz.capitals for e in c.entries)}
    out = []
    for prep in doc:
        # (the parser may hang "in Baku" on the verb: "The defence ministry in Baku said")
        if prep.lower_ != "in" or prep.i == 0 or doc[prep.i - 1].pos_ not in ("NOUN", "PROPN") \
                or prep.i + 1 not in capitals:
            continue
        noun = doc[prep.i - 1]
        capital = capitals[prep.i + 1]
        iso = next(gaz.capitals[e.gid] for e in capital.entries if e.gid in gaz.capitals)
        start = noun.i  # the noun with the adjectives and nouns right before it ("defence ministry")
        while start > 0 and doc[start - 1].dep_ in NOUN_MODIFIERS and doc[start - 1].head.i in range(start, noun.i + 1):
            start -= 1
        if any(t.text[:1].isupper() for t in doc[start:noun.i + 1]):
            continue  # a name of its own ("the Defence Ministry in Baku") is the gazetteer's to find
        name = f"{doc[capital.start:capital.end].text} {doc[start:noun.i + 1].text}"
        # (a state's bodies, not its troops: "the troops in Kabul" may be anyone's)
        entries = [e for e in gaz.lookup(name, translit=False)
                   if e.kind == "Organization" and e.curated and e.country == iso]
        if entries:  # the phrase with its capital, which names the state ("government" alone names none)
            out.append((start, capital.end, entries))
    return out


def bodies_of_owners(doc: Doc, gaz: Gazetteer, cands: list) -> list[tuple[int, int, list]]:
    """(start, end, entries) of each capitalised name after the possessive of a state's body whose state's
    name or demonym before it makes a name the gazetteer gives one body of that state ("the U.S. military's
    Central Command": "US Central Command"). ``cands`` are the gazetteer's candidates."""
    out = []
    for cand in cands:
        k = cand.end
        owners = {e.country for e in cand.entries if e.kind != "Country"}
        if len(owners) != 1 or None in owners or k + 1 >= len(doc) or doc[k].lower_ not in ("'s", "’s"):
            continue
        iso = owners.pop()
        end = k + 1
        while end < len(doc) and end - k <= 4 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        state = gaz.country(iso)
        if end == k + 1 or state is None:
            continue
        forms = {state.label, *state.aliases, gaz.demonym.get(iso, state.label)}
        found = {e.gid: e for form in forms for e in gaz.lookup(f"{form} {doc[k + 1:end].text}", translit=False)
                 if e.country == iso and e.kind in ("Organization", "MilitaryUnit")}
        if len(found) == 1:
            out.append((k + 1, end, list(found.values())))
    return out


def bodies_of_joined_states(doc: Doc, gaz: Gazetteer, cands: list) -> list[tuple[int, int, list]]:
    """(start, end, entries) of each state's word joined to the word that begins a name the gazetteer gives
    one state's body, which they share ("Ethiopian and Eritrean troops", "US and British forces"): the
    same body of the other state, named by its word alone. ``cands`` are the gazetteer's candidates."""
    out = []
    for cand in cands:
        first = doc[cand.start]
        entries = {e.gid: e for e in cand.entries}
        if cand.end - cand.start < 2 or len(entries) != 1 or first.dep_ != "conj":
            continue
        entry = next(iter(entries.values()))
        rest = doc[cand.start + 1:cand.end].text
        for other in (o for o in (first.head, *first.head.conjuncts) if o.i < cand.start):
            found = [e for e in gaz.lookup(f"{other.text} {rest}", translit=False) if e.kind == entry.kind
                     and e.kind in ("Organization", "MilitaryUnit") and e.country and e.country != entry.country]
            if len(found) == 1:
                out.append((other.i, other.i + 1, found))
    return out


# a leader's forces and government are the country's ("Putin's army", "Assad's troops", "Assad's brutal
# regime"): the leader is mentioned too
LEADER_ROLES = {"head of state", "head of government", "president", "prime minister", "defence minister"}


def bodies_of_possessives(doc: Doc, gaz: Gazetteer, cands: list, cues: Cues) -> list[tuple[int, int, list, float]]:
    """(start, end, entries, priority) of the armed forces or the government named by a leader's or a
    state's possessive: the force noun becomes the country's forces, the possessive and the government noun
    (after words describing it: "Iran's clerical regime", "Turkey's democratically elected government";
    none of them a rival's, nor the noun the start of a longer name the model found: not "Libya's rival
    government", "Libya's Government of National Accord") the country's government."""
    out = []
    for cand in cands:
        k = cand.end
        if k + 1 >= len(doc) or doc[k].lower_ not in ("'s", "’s"):
            continue
        states = [e for e in cand.entries if e.kind == "Country"]  # ("Turkey" is also a Bahamian town's alias)
        leaders = [e for e in cand.entries if e.kind == "Person" and e.actor_kind in LEADER_ROLES]
        entry = states[0] if len(states) == 1 else leaders[0] if len(leaders) == len(cand.entries) == 1 else None
        if entry is None:
            continue
        forces = gaz.forces_of(entry.country)
        if forces is not None and doc[k + 1].lower_ in cues.forces_nouns and doc[k + 1].dep_ not in ("amod", "compound"):
            out.append((k + 1, k + 2, [forces], 10.0))
            continue
        noun = k + 1
        while noun + 1 < len(doc) and noun - k <= 3 and (doc[noun].pos_ in ("ADJ", "ADV") or doc[noun].tag_ == "VBN") \
                and doc[noun].lower_ not in cues.rival_words:
            noun += 1
        government = _government_of(gaz, entry.country) if doc[noun].lower_ in cues.government_nouns \
            and not _named_beyond(doc[noun]) else None
        if government is not None:  # the whole phrase, which names it ("Assad's regime"; the person is nested)
            out.append((cand.start, noun + 1, [government], 10.5))
    return out


def _named_beyond(tok: Token) -> bool:
    """The word begins or sits inside a name the model found that goes on after it ("Libya's
    internationally recognised [Government of National Accord]"): that body, not the country's government."""
    return tok.ent_iob_ != "O" and any(e.start <= tok.i < e.end - 1 for e in tok.doc.ents if e.label_ == "ORG")


def _government_of(gaz: Gazetteer, iso: str | None) -> Entry | None:
    """The country's government as the gazetteer names it after the country's adjective ("the Syrian
    government")."""
    found = [e for e in gaz.lookup(f"{gaz.demonym.get(iso or '', '')} government", translit=False)
             if e.kind == "Organization" and e.country == iso] if iso in gaz.demonym else []
    return found[0] if len(found) == 1 else None
