"""Which body of the article a short form names: a longer name it abbreviates ("The Times" of "The New
York Times", "the House" of "House of Representatives", "War Institute"), the same brand under its
acronym ("PBS" and "PBS NewsHour"), and the one coalition or alliance the article names for "the
Coalition" or "the Alliance" alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graph.gazetteer import load_gazetteer
from graph.text import is_acronym, name_key

if TYPE_CHECKING:
    from graph.extraction.entities import EntityInfo

STOP_CONTENT = {"the", "of", "for", "and", "in", "on", "a", "an", "to"}


SPELLING = {"defence": "defense", "organisation": "organization", "programme": "program", "centre": "center",
            "armour": "armor", "labour": "labor"}  # British and American spellings of one name


def content_words(name: str) -> list[str]:
    """The words of a name that say what it is, British and American spellings as one."""
    return [SPELLING.get(w, w) for w in name_key(name).split() if w not in STOP_CONTENT]


HEAD_ENDS = ("of", "to", "for", "against", "on")  # prepositions after the head noun of a body's name


def _head_of(name: str) -> str | None:
    """The head noun of an "X of Y" name as written: the word before its first preposition ("House" of
    "House of Representatives", "Coalition" of "Global Coalition to Counter ISIL")."""
    words = name_key(name).split()
    cut = next((k for k, w in enumerate(words) if w in HEAD_ENDS), None)
    if cut is None or cut == 0 or cut == len(words) - 1:
        return None
    return SPELLING.get(words[cut - 1], words[cut - 1])


def _headed_by(info: EntityInfo, word: str) -> bool:
    """Whether one of the entity's names of several words ends with the word ("Times" of "The New York
    Times") or has it as the head noun of an "X of Y" name ("House" of "House of Representatives"); not
    a name that only puts a people's word before it ("the Pakistani Taliban" is no longer form of "the
    Taliban", but another group)."""
    peoples = load_gazetteer().adjectives
    for name in [info.name, *info.names]:
        words = content_words(name)
        if len(words) > 1 and word in (words[-1], _head_of(name)) \
                and not (words[-1] == word and all(w in peoples for w in words[:-1])):
            return True
    return False


def abbreviated(name: str, entities: dict[str, EntityInfo], exclude: str | None = None) -> EntityInfo | None:
    """An earlier organisation whose name this one shortens ("War Institute", "The Times").

    A one-word short form must be the last word of one of the longer names ("Times" of "The New York
    Times") or the head noun of one written "X of Y" ("the House" of "House of Representatives");
    longer short forms need all their words in it ("War Institute").
    """
    words = set(content_words(name))
    if not words:
        return None
    best = None
    for info in entities.values():
        if info.kind not in ("Organization", "MilitaryUnit") or info.key == exclude:
            continue
        if len(words) == 1:
            word = next(iter(words))
            fits = _headed_by(info, word)
        else:
            other = info.content_words()
            fits = words < other or (words == other and name_key(name) != name_key(info.name))
        if fits and (best is None or info.first > best.first):
            best = info
    return best


def initials(name: str) -> str:
    """The capitals a name's words begin with, its small words left out: "TDF" of "Tigray Defence Forces",
    "TPLF" of "Tigray People's Liberation Front"; none of a phrase with other words in lower case
    ("Donetsk People's Republic forces")."""
    words = name.split()
    if not all(w[:1].isupper() or w in STOP_CONTENT for w in words):
        return ""
    return "".join(w[0] for w in words if w[:1].isupper() and w != "The")


def spelt_by_initials(acronym: str, names: dict[int, list[str]]) -> int | None:
    """The one key of ``names`` (key -> the names of a body) with a name of three words or more whose
    initials are the acronym, or of two words for two letters ("AA" of "Arakan Army"); None when none or
    several have."""
    keys = {key for key, forms in names.items() for form in forms
            if (len(form.split()) >= 3 <= len(acronym) or len(form.split()) == 2 == len(acronym))
            and initials(form) == acronym}
    return next(iter(keys)) if len(keys) == 1 else None


def same_brand(name: str, entities: dict[str, EntityInfo], org_heads: frozenset[str]) -> EntityInfo | None:
    """An unknown organisation of the article that is this one under its acronym or its longer
    name: the acronym begins the longer name and the rest names no other body ("PBS" and "PBS
    NewsHour", "BBC" and "BBC Newsnight"; never "UN" and "UN Human Rights Council"). ``name`` has at
    most three words."""
    if len(name.split()) > 3:
        return None
    for info in entities.values():
        if info.kind != "Organization" or info.entry is not None:
            continue
        for short, long in ((name, info.name), (info.name, name)):
            first, *rest = long.split()
            if is_acronym(short) and first == short and rest and not any(w.lower() in org_heads for w in rest):
                return info
    return None


def the_named_body(word: str, at: int, entities: dict[str, EntityInfo]) -> EntityInfo | None:
    """The coalition or alliance the article names for "the Coalition" at token ``at``: by its kind in
    the gazetteer ("Coalition led by United States", the task force of a coalition) or by a name with
    the word as its head ("Three Brotherhood Alliance", "the Global Coalition to Counter ISIL"; not
    "Coalition Provisional Authority"). One named anywhere in the article, else the last named before."""
    named = [info for info in entities.values() if info.kind in ("Organization", "MilitaryUnit") and (
        (info.entry is not None and (info.entry.actor_kind or "").split()[-1:] == [word])
        or _headed_by(info, word))]
    if len(named) == 1:
        return named[0]
    before = [info for info in named if info.first < at]
    return max(before, key=lambda info: info.first) if before else None


def place_key(name: str) -> str:
    """The key of a place the gazetteer does not know: its name without the lower-case words between its own
    name and its head, which say what sort of camp or site it is ("the Zamzam displacement camp" is the Zamzam
    camp; a particle stays: "Port of Spain")."""
    words = name.split()
    inner = [w for w in words[1:-1] if not (w.islower() and w.isalpha() and len(w) > 3)]
    return name_key(" ".join(words[:1] + inner + words[-1:]))
