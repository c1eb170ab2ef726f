"""Grouping mentions into the entities of one article, and finding who belongs to whom.

One entity per real-world thing within the article: gazetteer entries by id; people by their full
name, with surname and title forms ("Shoigu", "General Milley") joined to the full name; organisations
by name, with short forms ("the War Institute", "The Times") joined to the longer name they abbreviate;
acronyms introduced in parentheses ("... Study of War (ISW)") joined to their expansion."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from graph.cues import Cues
from graph.extraction.aliases import given_as_another_name, nicknamed_people
from graph.extraction.candidates import Candidate
from graph.extraction.doctext import is_title
from graph.extraction.linking import after_a_title
from graph.extraction.place_cues import place_cue
from graph.extraction.short_forms import abbreviated, content_words, place_key, same_brand, the_named_body
from graph.extraction.sweeps import (head_sweep, initials_sweep, name_sweep, purpose_name_sweep, role_sweep,
                                     surname_sweep, title_sweep)
from graph.gazetteer import Entry, Gazetteer
from graph.records import BODY_KINDS
from graph.text import NAME_PARTICLES, QUOTE_MARKS, family_names, name_key, nickname_free, translit_key

@dataclass
class EntityInfo:
    key: str
    kind: str
    name: str
    entry: Entry | None = None
    names: Counter = field(default_factory=Counter)
    affiliation: set[str] = field(default_factory=set)
    part_of: set[str] = field(default_factory=set)
    first: int = 0  # token index of the first mention
    fixed_name: bool = False  # a normalised name (a unit from its pattern) that surface forms do not replace

    @property
    def gid(self) -> str | None:
        return self.entry.gid if self.entry else None

    @property
    def country(self) -> str | None:
        """The country the entity belongs to, when known from the gazetteer."""
        return self.entry.country if self.entry else None

    def content_words(self) -> set[str]:
        words: set[str] = set()
        for name in [self.name, *self.names]:
            words |= set(content_words(name))
        return words


def surface(doc: Doc, start: int, end: int) -> str:
    """The text of a mention as it should be kept as a name (no leading "the", no possessive 's, no
    editor's brackets: "[James] Comer")."""
    span = doc[start:end]
    text = span.text
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return " ".join(text.replace("[", " ").replace("]", " ").split())


def group_entities(doc: Doc, chosen: list[Candidate], gaz: Gazetteer, cues: Cues, *,
                   ships: set[int]) -> tuple[dict[str, EntityInfo], list[tuple[Candidate, str]]]:
    """Entities of the article and, for each chosen span, the key of its entity; no sweep finds a name in
    ``ships``, the tokens of ships' names (:func:`graph.extraction.vessel_names.vessel_tokens`)."""
    entities: dict[str, EntityInfo] = {}
    assigned: list[tuple[Candidate, str]] = []
    pending_people: list[tuple[Candidate, str]] = []

    def add(cand: Candidate, key: str, kind: str, name: str, entry: Entry | None) -> None:
        info = entities.get(key)
        if info is None:
            info = entities[key] = EntityInfo(key=key, kind=kind, name=name, entry=entry, first=cand.start)
        written = surface(doc, cand.start, cand.end)
        # (an office held is no name, "the foreign minister"; nor a state's word a body's, "[Ethiopian] and Eritrean troops")
        if cand.kind != "UnnamedSource" and cand.source != "role" \
                and (kind == "Country" or not gaz.country_of_adjective(written)):
            info.names[written] += 1
        info.part_of.update(cand.part_of)
        info.affiliation.update(cand.affiliation)
        assigned.append((cand, key))

    surnames = _surnames(doc, chosen)
    chosen = _swept(doc, chosen, surnames, gaz, cues, ships)
    _one_kind_per_name(doc, chosen, cues)
    alias_keys: dict[str, str] = {}  # another name -> the key of the entity it names ("KSE", "Q-West")
    previous_key: str | None = None
    bare: list[Candidate] = []  # "the Coalition": joined once every named body is known
    nicknames = nicknamed_people(doc, chosen, cues)  # "Jimmy Cherizier, ... known as Barbecue": joined after people
    for idx, cand in enumerate(chosen):
        text = doc[cand.start:cand.end].text
        if idx in nicknames:
            continue
        if (cand.entry.kind if cand.entry is not None else cand.kind) == "Organization" and name_key(text) in cues.bare_bodies:
            bare.append(cand)  # (the gazetteer's "the Alliance", NATO, only if the article names no other)
            continue
        if cand.entry is None and previous_key:
            alias_keys.update((form, previous_key) for form in given_as_another_name(doc, chosen, idx, cues))
        if cand.entry is None and text in alias_keys:
            info = entities[alias_keys[text]]
            add(cand, info.key, info.kind, info.name, info.entry)
            previous_key = info.key
            continue
        grouped = cand.end < len(doc) and doc[cand.end].lemma_.lower() in cues.group_nouns  # ("the Maute group")
        if cand.entry is None and cand.kind in ("Organization", "Place") and len(text.split()) == 1 \
                and translit_key(text) in surnames and not grouped:
            cand.kind = "Person"  # "Nikolenko" tagged as an organisation, after "Oleh Nikolenko"
        _assign(doc, cand, entities, add, pending_people, cues)
        previous_key = assigned[-1][1] if assigned and assigned[-1][0] is cand else None
    _group_people(doc, pending_people, entities, add, gaz, cues)
    keys = {id(cand): key for cand, key in assigned}
    for idx, named in nicknames.items():
        if (key := keys.get(id(chosen[named]))) is not None:
            info = entities[key]
            add(chosen[idx], info.key, info.kind, info.name, info.entry)
            info.fixed_name = True  # (the name the text gives first, not the nickname)
    _join_bare_bodies(doc, bare, entities, add)
    _join_title_short_forms(doc, entities, assigned, alias_keys)
    _name_unknown_entities(entities)
    assigned.sort(key=lambda pair: (pair[0].start, -pair[0].end))
    return entities, assigned


def _name_unknown_entities(entities: dict[str, EntityInfo]) -> None:
    """The fullest form names an entity the gazetteer does not know (most words, then most frequent),
    written without a nickname in quotes ("John “J.D.” Dorrian" is John Dorrian, the name its mention gave)."""
    for info in entities.values():
        if info.entry is None and info.kind != "UnnamedSource" and not info.fixed_name and info.names:
            fullest = max(info.names, key=lambda n: (len(n.split()), info.names[n], n))
            info.name = fullest if nickname_free(fullest) else info.name


def _swept(doc: Doc, chosen: list[Candidate], surnames: set[str], gaz: Gazetteer, cues: Cues,
           ships: set[int]) -> list[Candidate]:
    """The chosen spans with the names the sweeps find again, in text order, none in a ship's name."""
    chosen = chosen + purpose_name_sweep(doc, chosen, cues)
    chosen = chosen + surname_sweep(doc, chosen, surnames)
    chosen = chosen + name_sweep(doc, chosen)
    chosen = chosen + initials_sweep(doc, chosen)
    chosen = chosen + title_sweep(doc, chosen, cues)
    chosen = chosen + head_sweep(doc, chosen, cues)
    chosen = chosen + role_sweep(doc, chosen, cues, gaz)
    return sorted((c for c in chosen if not ships.intersection(range(c.start, c.end))), key=lambda c: (c.start, -c.end))


def _join_title_short_forms(doc: Doc, entities: dict[str, EntityInfo], assigned: list[tuple[Candidate, str]],
                            alias_keys: dict[str, str]) -> None:
    """A body named only in the title by a short form of a name the article gives in full after it
    ("General Staff: 78 clashes" over "Ukraine's General Staff said"), or by the acronym the article defines for it
    ("attacks on UNIFIL positions" over "the UN Interim Force in Lebanon (UNIFIL)"): the entity of that name, as a
    short form after the full name joins it (graph.extraction.short_forms)."""
    mentions: dict[str, list[int]] = {}
    for n, (cand, key) in enumerate(assigned):
        mentions.setdefault(key, []).append(n)
    for key, where in mentions.items():
        info = entities[key]
        if info.entry is not None or info.kind not in ("Organization", "MilitaryUnit") \
                or not all(is_title(doc[assigned[n][0].start].sent) for n in where):
            continue
        target = entities.get(alias_keys.get(info.name, "")) or abbreviated(info.name, entities, exclude=key)
        if target is not None and target.first > info.first:
            target.names.update(info.names)
            for n in where:
                assigned[n] = (assigned[n][0], target.key)
            del entities[key]


def _one_kind_per_name(doc: Doc, chosen: list[Candidate], cues: Cues) -> None:
    """An unknown name is one thing in one article: when the model calls it an organisation here and a
    place there ("banned from Bafta", "Bafta said"), every mention takes the kind most of them have
    (the first one's on a tie), and a place it is when one mention says so beyond doubt, even where
    the model calls it a person ("the village of Lastochkyne" ... "withdrew from Lastochkyne")."""
    unknown = [(cand, name_key(cand.name or surface(doc, cand.start, cand.end))) for cand in chosen
               if cand.entry is None and cand.kind in ("Organization", "Place", "Person")]
    kinds: dict[str, Counter] = {}
    placed = set()  # names written once as a place beyond doubt ("the town of Dabiq"): places
    for cand, key in unknown:
        kinds.setdefault(key, Counter())[cand.kind] += cand.kind != "Person"
        if cand.kind == "Place" and place_cue(doc[cand.start:cand.end], cues)[1]:
            placed.add(key)
    for cand, key in unknown:
        counts = +kinds[key]  # (people do not count: only a place beyond doubt takes their name)
        if cand.kind == "Person" and key in placed:
            cand.kind = "Place"
        elif cand.kind != "Person" and len(counts) > 1:  # Counter keeps first-seen order on ties
            cand.kind = "Place" if key in placed else max(counts, key=lambda k: counts[k])


def _assign(doc: Doc, cand: Candidate, entities: dict[str, EntityInfo], add,
            pending_people: list[tuple[Candidate, str]], cues: Cues) -> None:
    """Give a span its entity: the gazetteer's, a longer name it abbreviates, a new one of its kind;
    people wait for :func:`_group_people`."""
    if cand.entry is not None:
        entry = cand.entry
        target = abbreviated(surface(doc, cand.start, cand.end), entities, exclude=entry.gid) \
            if entry.kind == "Organization" else None
        if target is not None and len(content_words(surface(doc, cand.start, cand.end))) == 1:
            add(cand, target.key, target.kind, target.name, target.entry)  # "The Times" after "The New York Times"
        else:
            add(cand, entry.gid, entry.kind, entry.label, entry)
    elif cand.kind == "Person":
        pending_people.append((cand, cand.name or surface(doc, cand.start, cand.end)))
    elif cand.kind in ("Organization", "MilitaryUnit"):
        name = cand.name or surface(doc, cand.start, cand.end)
        target = abbreviated(name, entities) or same_brand(name, entities, cues.org_heads)
        if target is not None:
            add(cand, target.key, target.kind, target.name, target.entry)
        else:
            prefix = "unit" if cand.kind == "MilitaryUnit" else "org"
            add(cand, f"{prefix}:{name_key(name)}", cand.kind, name, None)
            entities[f"{prefix}:{name_key(name)}"].fixed_name |= cand.source == "unit"
    elif cand.kind == "Place":
        name = cand.name or surface(doc, cand.start, cand.end)
        add(cand, f"place:{place_key(name)}", "Place", name, None)
    elif cand.kind == "UnnamedSource":
        add(cand, f"source:{name_key(cand.name)}", "UnnamedSource", cand.name, None)


def _join_bare_bodies(doc: Doc, bare: list[Candidate], entities: dict[str, EntityInfo], add) -> None:
    """ "the Coalition" alone: the coalition the article names (:func:`the_named_body`), else the
    gazetteer's body of that name ("the Alliance", NATO), else a body of that name."""
    for cand in bare:
        word = name_key(doc[cand.start:cand.end].text)
        target = the_named_body(word, cand.start, entities)
        if target is not None:
            add(cand, target.key, target.kind, target.name, target.entry)
        elif cand.entry is not None:
            add(cand, cand.entry.gid, cand.entry.kind, cand.entry.label, cand.entry)
        else:
            add(cand, f"org:{word}", "Organization", surface(doc, cand.start, cand.end), None)


def _group_people(doc, pending, entities, add, gaz: Gazetteer, cues: Cues) -> None:
    """Full names first; then surnames and title forms join the full name they shorten."""
    full = [(c, n) for c, n in pending if len(n.split()) > 1]
    short = [(c, n) for c, n in pending if len(n.split()) == 1]
    by_surname: dict[str, set[str]] = {}
    for info in entities.values():
        if info.kind == "Person":
            for name in [info.name, *info.names]:
                for last in family_names(name) if len(name.split()) > 1 else ():
                    by_surname.setdefault(translit_key(last), set()).add(info.key)
    for cand, name in full:
        key = f"person:{translit_key(name)}"
        add(cand, key, "Person", name, None)
        for last in family_names(name):
            by_surname.setdefault(translit_key(last), set()).add(key)
    for cand, name in short:
        keys = by_surname.get(translit_key(name), set()) or _inner_name_of(name, entities) \
            or _knighted_name_of(doc, cand, name, entities) or _given_name_of(cand, name, entities)
        if len(keys) == 1:
            info = entities[next(iter(keys))]
            add(cand, info.key, "Person", info.name, info.entry)
            continue
        people = [e for e in gaz.lookup(name) if e.kind == "Person"]
        if len(people) == 1:
            add(cand, people[0].gid, "Person", people[0].label, people[0])
        elif not people and (after_a_title(doc[cand.start:cand.end], cues)
                             or (_speaking(doc, cand, cues) and not _people_with_first_name(name, entities))):
            # "Secretary Kerry", "President Obama"; '..., said Russell': whoever speaks is someone
            add(cand, f"person:{translit_key(name)}", "Person", name, None)
        # a lone name that no full name or gazetteer entry explains is left out: "Scott", "Divyansh"
        # and "Formula" are more often noise than people an analyst can use


def _speaking(doc: Doc, cand: Candidate, cues: Cues) -> bool:
    """A lone name the NER calls a person, with no word of its own, that is the subject of a reporting
    verb in a sentence that quotes ('“...,” said Russell.', 'Usyk said: “...”'); not a body's name
    after what it is ("ratings agency Fitch has said")."""
    word = doc[cand.end - 1]
    before = doc[cand.start - 1] if cand.start else None
    return cand.ner == "PERSON" and word.dep_ == "nsubj" and word.head.lemma_ in cues.report \
        and not any(c.dep_ != "punct" for c in word.children) \
        and (before is None or before.pos_ not in ("NOUN", "PROPN", "ADJ")) \
        and any(t.text in QUOTE_MARKS for t in word.sent)


def _inner_name_of(name: str, entities: dict[str, EntityInfo]) -> set[str]:
    """The people whose full name has ``name`` as an inner word (neither the given name nor a
    particle): "Lula" of "Luiz Inacio Lula da Silva", "Lopez" of "Andres Manuel Lopez Obrador"."""
    key = translit_key(name)
    return {info.key for info in entities.values() if info.kind == "Person"
            for full in [info.name, *info.names] if len(full.split()) > 2
            and key in {translit_key(w) for w in full.split()[1:-1] if w[:1].isupper() and w.lower() not in NAME_PARTICLES}}


def _knighted_name_of(doc: Doc, cand: Candidate, name: str, entities: dict[str, EntityInfo]) -> set[str]:
    """ "Sir Patrick" is Sir Patrick Sanders: after "Sir" or "Dame", British usage gives the first name."""
    if cand.start == 0 or doc[cand.start - 1].lower_ not in ("sir", "dame"):
        return set()
    return _people_with_first_name(name, entities)


def _given_name_of(cand: Candidate, name: str, entities: dict[str, EntityInfo]) -> set[str]:
    """ "Piers was quick to praise ...": a lone name the NER calls a person, that is the first name of
    one person of the article and of no one else, is that person (feature writing's familiar form)."""
    if cand.ner != "PERSON":
        return set()
    found = _people_with_first_name(name, entities)
    return found if len(found) == 1 else set()


def _people_with_first_name(name: str, entities: dict[str, EntityInfo]) -> set[str]:
    """The people of the article one of whose full names starts with ``name``."""
    key = translit_key(name)
    return {info.key for info in entities.values() if info.kind == "Person"
            for full in [info.name, *info.names] if len(full.split()) > 1 and translit_key(full.split()[0]) == key}


def _surnames(doc: Doc, chosen: list[Candidate]) -> set[str]:
    """Transliteration keys of the last names of the people named in full in the article."""
    out = set()
    for cand in chosen:
        name = cand.entry.label if cand.entry is not None and cand.entry.kind == "Person" else \
            (cand.name if cand.kind == "Person" else None)
        if name and len(name.split()) > 1:
            out.update(translit_key(last) for last in family_names(name))
    return out


def token_keys(assigned: list[tuple[Candidate, str]]) -> dict[int, str]:
    """The entity key of each token the assigned mentions span (a later mention's key over an earlier one's)."""
    return {i: key for cand, key in assigned for i in range(cand.start, cand.end)}


def attach_affiliations(doc: Doc, entities: dict[str, EntityInfo], assigned: list[tuple[Candidate, str]],
                        gaz: Gazetteer) -> None:
    """Who a person speaks for, from the titles around the name ("Russian Defence Ministry spokesman
    Igor Konashenkov", "Oleksii Reznikov, Ukraine's defense minister")."""
    key_at = token_keys(assigned)
    for cand, key in assigned:
        info = entities[key]
        if info.kind != "Person":
            continue
        head = doc[cand.start:cand.end].root
        window = [t for t in head.children if t.dep_ in ("compound", "amod", "nmod", "appos", "poss") and t.i < cand.start]
        window += [t for t in head.children if t.dep_ == "appos" and t.i >= cand.end]
        if head.dep_ == "appos" and head.head.i < cand.start:  # "the commander of Ukraine's ground forces, X,"
            window.append(head.head)
        for tok in window:
            for sub in tok.subtree:
                other = key_at.get(sub.i)
                if other and other != key and entities[other].kind in BODY_KINDS:
                    info.affiliation.add(other)
                iso = gaz.country_of_adjective(sub.text) if sub.text[:1].isupper() else None
                if iso:
                    info.affiliation.add(f"country:{iso}")
