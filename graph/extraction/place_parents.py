"""Where an unknown place is: the known town the text puts it in ("London's Southbank Centre", "the
Al-Sinek neighborhood of Mosul", "the Tiyas airfield in Homs"). The town goes to the place's
``part_of``; the graph says ``wk:locatedIn`` and, when the place has no coordinates of its own, gives
it the town's (approximate, as a geocoder falls back to a town for an address it does not know).
"""
from __future__ import annotations

from spacy.tokens import Doc

from graph.cues import Cues
from graph.extraction.candidates import Candidate
from graph.extraction.entities import EntityInfo, token_keys


def locate_places(doc: Doc, entities: dict[str, EntityInfo], assigned: list[tuple[Candidate, str]], cues: Cues) -> None:
    """Add to each unknown place the known town it is written in."""
    key_at = token_keys(assigned)
    for cand, key in assigned:
        info = entities[key]
        if info.kind != "Place" or info.entry is not None:
            continue
        named_as_a_place = doc[cand.end - 1].lower_ in cues.venue_heads | cues.settlement
        town = _possessor(doc, cand.start, key_at) or _container_after(doc, cand.end, key_at, cues, named_as_a_place)
        if town is not None and _is_town(entities.get(town)):
            info.part_of.add(town)


def _is_town(info: EntityInfo | None) -> bool:
    """A place the gazetteer knows with coordinates, not a country, a continent or a body of water
    (their point says nothing of where a building is: "Europe's largest nuclear power plant")."""
    return info is not None and info.entry is not None and info.entry.kind == "Place" and info.entry.lat is not None \
        and info.entry.feature not in ("continent", "sea", "river", "lake", "reservoir")


def _possessor(doc: Doc, start: int, key_at: dict[int, str]) -> str | None:
    """ "London's Southbank Centre": the town in the possessive right before the name."""
    if start >= 2 and doc[start - 1].lower_ in ("'s", "’s"):
        return key_at.get(start - 2)
    return None


def _container_after(doc: Doc, end: int, key_at: dict[int, str], cues: Cues, named_as_a_place: bool) -> str | None:
    """ "the Al-Sinek neighborhood of Mosul", "the Southbank Centre in London": after a settlement or
    venue word, within the name or right after it (people are "in London" too: "his daughter Yulia in
    London" names no place, whatever the NER made of Yulia)."""
    k = end
    if k < len(doc) and doc[k].lower_ in cues.settlement | cues.venue_heads:
        k += 1
    elif not named_as_a_place:
        return None
    if k + 1 < len(doc) and doc[k].lower_ in ("in", "of"):
        return key_at.get(k + 1)
    return None
