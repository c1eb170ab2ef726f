"""What warkg's components leave on a Doc, as plain data that serialises with it.

Each component writes span groups (``doc.spans``, with ``Span._`` values) and ``Doc._`` values made
only of str, int, float, bool, None, lists and dicts, so a processed Doc survives ``Doc.to_bytes`` and
``DocBin(store_user_data=True)`` (and so ``nlp.pipe(n_process=...)``). The functions here turn those
values back into the objects the rules work with, and the objects into values:

- ``doc._.wk_entities``: key -> entity (its gazetteer entry by id, or inlined when the entry is not
  the built-in gazetteer's own);
- ``doc._.wk_speakers``: [token index of a reporting verb, speaker key], in text order;
- ``doc._.wk_claims`` and ``doc._.wk_events``: one dict per claim and per event.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from spacy.tokens import Doc, Span

from graph.extraction.claims import ClaimInfo
from graph.extraction.entities import EntityInfo
from graph.extraction.events import EventInfo
from graph.gazetteer import Entry, load_gazetteer

DOC_VALUES = ("wk_entities", "wk_speakers", "wk_claims", "wk_events")
SPAN_VALUES = ("wk_entity", "speaker")
for _name in DOC_VALUES:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in SPAN_VALUES:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

_ENTRY_TUPLES = ("aliases", "part_of")


def entity_values(info: EntityInfo) -> dict[str, Any]:
    entry = info.entry
    if entry is not None:
        entry = entry.gid if load_gazetteer().entries.get(entry.gid) == entry else plain(dataclasses.asdict(entry))
    return {"key": info.key, "kind": info.kind, "name": info.name, "entry": entry,
            "names": dict(info.names), "affiliation": sorted(info.affiliation), "part_of": sorted(info.part_of),
            "first": info.first, "fixed_name": info.fixed_name}


def entity_from_values(values: dict[str, Any]) -> EntityInfo:
    entry = values["entry"]
    if isinstance(entry, str):
        entry = load_gazetteer().entries[entry]
    elif entry is not None:
        entry = Entry(**{k: tuple(v) if k in _ENTRY_TUPLES else v for k, v in entry.items()})
    return EntityInfo(key=values["key"], kind=values["kind"], name=values["name"], entry=entry,
                      names=Counter(values["names"]), affiliation=set(values["affiliation"]),
                      part_of=set(values["part_of"]), first=values["first"], fixed_name=values["fixed_name"])


def set_entities(doc: Doc, entities: dict[str, EntityInfo]) -> None:
    doc._.wk_entities = {key: entity_values(info) for key, info in entities.items()}


def get_entities(doc: Doc) -> dict[str, EntityInfo]:
    return {key: entity_from_values(values) for key, values in (doc._.wk_entities or {}).items()}


def set_claims(doc: Doc, claims: list[ClaimInfo]) -> None:
    doc._.wk_claims = [plain(dataclasses.asdict(c)) for c in claims]


def get_claims(doc: Doc) -> list[ClaimInfo]:
    return [ClaimInfo(**{**c, "content": tuple(c["content"]), "extent": tuple(c["extent"]), "about": list(c["about"]),
                         "extra": [tuple(x) for x in c["extra"]]}) for c in (doc._.wk_claims or [])]


def set_events(doc: Doc, events: list[EventInfo]) -> None:
    doc._.wk_events = [plain(dataclasses.asdict(e)) for e in events]


def get_events(doc: Doc) -> list[EventInfo]:
    return [EventInfo(**{**e, "trigger": tuple(e["trigger"]), "extent": tuple(e["extent"]), "agents": list(e["agents"])})
            for e in (doc._.wk_events or [])]


def get_speakers(doc: Doc) -> list[tuple[int, str]]:
    return [(i, key) for i, key in (doc._.wk_speakers or [])]


def plain(value: Any) -> Any:
    """Tuples as lists, recursively (msgpack keeps no difference; the getters make them tuples again
    where the objects want tuples)."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
