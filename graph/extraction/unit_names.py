"""Names of military formations: numbered ones ("93rd Separate Mechanized Brigade", "the 82nd and
46th air assault brigades") and named ones ("Kraken Regiment"), matched from the unit words of the
cue table, with the armed forces a demonym or country before them puts them in.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.gazetteer import Gazetteer


class UnitName(NamedTuple):
    start: int  # token range
    end: int
    name: str
    part_of: tuple[str, ...]  # the armed forces it belongs to, when the text says


_UNIT_MATCHERS: dict[int, Matcher] = {}
ORDINAL = r"^\d{1,3}(st|nd|rd|th)$"  # "93rd", "1st": the number of a formation
NOT_NUMBERED_AFTER = {"army", "group", "company", "marines", "fleet", "legion"}  # ("Army 2020", "Group 7 nations")


def _unit_matcher(vocab, cues: Cues) -> Matcher:
    """Numbered formations (an ordinal, unit words, a unit type: "93rd Separate Mechanized Brigade")
    and the capitalised unit type that ends a named one ("Kraken Regiment"), from the cue table."""
    matcher = _UNIT_MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = Matcher(vocab)
        ordinal = {"TEXT": {"REGEX": f"(?i){ORDINAL}"}}
        plain_words = sorted(cues.unit_words - cues.unit_types)
        # a type, or its plural: what loses its trailing s's to a type ("corps" does not: "corp")
        type_forms = sorted({t + "s" * k for t in cues.unit_types if not t.endswith("s") for k in range(4)}
                            | {t for t in cues.unit_types if t.endswith("s")})  # "1st Army Corps", "6th Marines"
        # unit types may stand inside a name too: "1st Army Corps", "2nd Brigade Combat Team"; and the
        # capitalised words of a numbered formation's name need not be unit words: "the 507th Air
        # Refueling Wing", "the 134th Expeditionary Fighter Squadron"
        matcher.add("NUMBERED", [[ordinal, {"LOWER": {"IN": sorted(set(plain_words) | set(cues.unit_types))}, "OP": "*"},
                                  {"LOWER": {"IN": type_forms}}],
                                 [ordinal, {"IS_TITLE": True, "IS_ALPHA": True, "OP": "*"},
                                  {"LOWER": {"IN": type_forms}, "IS_TITLE": True}]])
        matcher.add("NAMED", [[{"LOWER": {"IN": sorted(cues.unit_types)}, "TEXT": {"REGEX": "^[A-Z]"}}],
                              [{"LOWER": "group"}, {"LOWER": "of"}, {"LOWER": "forces"}],  # "Khortytsia group of forces"
                              # "the Khortytsia operational-strategic group": the same grouping of forces
                              [{"LOWER": "operational"}, {"TEXT": "-"}, {"LOWER": "strategic"}, {"LOWER": "group"}]])
        # a formation written as its number and initials: "the 507th ARW", "the 1st BCT"
        matcher.add("INITIALS", [[ordinal, {"TEXT": {"REGEX": r"^[A-Z]{2,5}$"}}]])
        # a formation numbered after its type: "Light Infantry Battalion 352", "Border Guard Police Battalion No. 5"
        after = sorted(cues.unit_types - NOT_NUMBERED_AFTER)
        matcher.add("NUMBER_AFTER", [[{"LOWER": {"IN": after}, "IS_TITLE": True}, {"LOWER": {"IN": ["no", "no."]}, "OP": "?"},
                                      {"TEXT": ".", "OP": "?"}, {"TEXT": {"REGEX": r"^\d{1,4}$"}}]])
        # the command of an army's territorial area: "the Southern Military District", "its Third Military Region"
        matcher.add("AREA", [[{"LOWER": "military", "IS_TITLE": True},
                              {"LOWER": {"IN": sorted(cues.command_areas)}, "IS_TITLE": True}]])
        _UNIT_MATCHERS[id(vocab)] = matcher
    return matcher


def unit_names(doc: Doc, gaz: Gazetteer, cues: Cues) -> list[UnitName]:
    """Numbered formations ("93rd Separate Mechanized Brigade") and named ones ("Kraken Regiment")."""
    matcher = _unit_matcher(doc.vocab, cues)
    plain_words = cues.unit_words - cues.unit_types
    numbered: dict[int, int] = {}  # ordinal -> the end of its formation's name
    named: list[int] = []
    initials: list[int] = []
    areas: list[UnitName] = []
    after_type: list[UnitName] = []  # numbered after their type
    for match_id, start, end in matcher(doc):
        rule = doc.vocab.strings[match_id]
        if rule == "AREA":
            if (area := _area_command(doc, start, gaz)) is not None:
                areas.append(area)
        elif rule == "NAMED":
            named.append(start)
        elif rule == "INITIALS":
            initials.append(start)
        elif rule == "NUMBER_AFTER":
            if (unit := _numbered_after(doc, start, end, gaz)) is not None:
                after_type.append(unit)
        elif doc[end - 1].lower_ not in plain_words:  # every plain unit word taken
            numbered[start] = max(end, numbered.get(start, 0))
    out = []
    inside = {k for i, end in numbered.items() for k in range(i, end)}
    for i in sorted(set(numbered) | set(named) - inside):
        if i in numbered:
            out += _numbered_units(doc, i, numbered[i], gaz, cues)
        elif i > 0 and not _ORDINAL.match(doc[i].text):
            cand = _named_unit(doc, i, gaz, cues)
            if cand is not None:
                out.append(cand)
    return out + areas + after_type + [u for u in (_initialled_unit(doc, i, out, gaz) for i in initials if i not in numbered) if u]


def _area_command(doc: Doc, i: int, gaz: Gazetteer) -> UnitName | None:
    """The command of a military area, named by the one or two capitalised words before "Military" (``i``):
    an ordinal word or a compass point ("Third Military Region", "Southern Military District"), not an
    article, a demonym or a country's possessive."""
    start = i
    while start > max(0, i - 2) and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and doc[start - 1].pos_ not in ("DET", "PRON") and not gaz.country_of_adjective(doc[start - 1].text):
        start -= 1
    if start == i:
        return None
    return UnitName(start, i + 2, doc[start:i + 2].text, _nationality(doc, start, gaz))


def _numbered_after(doc: Doc, i: int, end: int, gaz: Gazetteer) -> UnitName | None:
    """A formation numbered after its type (``i``) and the capitalised words before it, up to four, after an article,
    a demonym or a country's possessive: "Light Infantry Battalion 352", "Border Guard Police Battalion No. 5" (named
    without "No." so that both ways of writing it are one unit); none without a word before the type."""
    start = i
    while start > max(0, i - 4) and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and doc[start - 1].pos_ not in ("DET", "PRON") and not gaz.country_of_adjective(doc[start - 1].text):
        start -= 1
    if start == i:
        return None
    return UnitName(start, end, f"{doc[start:i + 1].text} {doc[end - 1].text}", _nationality(doc, start, gaz))


def _initialled_unit(doc: Doc, i: int, spelled: list[UnitName], gaz: Gazetteer) -> UnitName | None:
    """A formation by number and initials ("the 507th ARW"): the one the article spells out with that
    number and those initials ("the 507th Air Refueling Wing"), else a unit of that name; never a
    known name ("the 75th UNGA") nor the start of a longer one ("the 20th CPC Congress")."""
    letters = doc[i + 1].text
    nxt = doc[i + 2] if i + 2 < len(doc) else None
    if gaz.lookup(letters, translit=False) or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
        return None
    number = doc[i].text.lower()
    for unit in spelled:
        words = unit.name.split()
        if words[0] == number and "".join(w[0] for w in words[1:]).upper() == letters:
            return UnitName(i, i + 2, unit.name, unit.part_of)
    return UnitName(i, i + 2, f"{number} {letters}", _nationality(doc, i, gaz))


_ORDINAL = re.compile(ORDINAL, re.IGNORECASE)


def _numbered_units(doc: Doc, i: int, end: int, gaz: Gazetteer, cues: Cues) -> list[UnitName]:
    """The formation from the ordinal at ``i``, and one for each ordinal coordinated before it that
    shares its words: "the 82nd and 46th air assault brigades" are two brigades, each named in the
    singular."""
    words = [t.text for t in doc[i + 1:end] if t.lower_ != "separate"]
    shared = [w if w.isupper() else w.capitalize() for w in words]
    ordinals = [i]
    k = i - 1
    while k >= 1 and doc[k].lower_ in ("and", ",", "or", "&") and _ORDINAL.match(doc[k - 1].text):
        ordinals.insert(0, k - 1)
        k -= 2
    last = doc[end - 1].lower_
    if len(ordinals) > 1 and last.endswith("s") and last[:-1] in cues.unit_types:
        shared[-1] = shared[-1][:-1]  # the plural of coordination: each formation is one brigade
    part_of = _nationality(doc, ordinals[0], gaz)
    return [UnitName(o, end if o == i else o + 1, " ".join([doc[o].text.lower()] + shared), part_of)
            for o in ordinals]


def _named_unit(doc: Doc, i: int, gaz: Gazetteer, cues: Cues) -> UnitName | None:
    """The capitalised words (up to three) before a unit type, without leading unit words, stop words
    and demonyms: "the elite Kraken Regiment" -> "Kraken Regiment"."""
    tok = doc[i]
    k = i
    while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and k > i - 3:
        k -= 1
    words = [t for t in doc[k:i]]
    while words and (words[0].lower_ in cues.unit_words or words[0].is_stop or gaz.country_of_adjective(words[0].text)):
        words = words[1:]
    # "the Khortytsia group of forces", "operational-strategic group": a grouping of an army's forces, named ("Wagner
    # Group" is no unit)
    forces = (tok.lower_ == "group" and [t.lower_ for t in doc[i + 1:i + 3]] == ["of", "forces"]) or tok.lower_ == "operational"
    if not words or (tok.lower_ == "group" and not forces) or any(w.lower_ in cues.unit_words for w in words):
        return None
    if _named_whole(doc, words[0].i, i, cues):
        return None  # "the National Liberation Army": an armed group the model names whole, not a unit
    start = words[0].i
    if any(t.ent_type_ == "PERSON" for t in words):
        return None
    name = " ".join(t.text for t in doc[start:i]) + (" Group of Forces" if forces else f" {tok.text}")
    end = i + (4 if tok.lower_ == "operational" else 3 if forces else 1)
    return UnitName(start, end, name, _nationality(doc, start, gaz))


def _named_whole(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """The model's organisation name takes in the unit word this name would leave out before it
    ("the [National] Liberation Army"): the whole name is the organisation's."""
    ent = next((e for e in doc.ents if e.start < start and end < e.end + 1 and e.label_ == "ORG"), None)
    return ent is not None and doc[start - 1].lower_ in cues.unit_words and doc[start - 1].text[:1].isupper()


def _nationality(doc: Doc, start: int, gaz: Gazetteer) -> tuple[str, ...]:
    """The armed forces a unit belongs to, from a demonym or country just before it."""
    for k in (start - 1, start - 2):
        if k < 0:
            break
        word = doc[k].text
        if doc[k].lower_ in ("'s", "’s") and k > 0:
            continue
        iso = gaz.country_of_adjective(word)
        if iso is None:
            found = [e for e in gaz.lookup(word, translit=False) if e.kind == "Country"]
            iso = found[0].country if found else None
        forces = gaz.forces_of(iso)
        if forces:
            return (forces.gid,)
    return ()


def command_name(tokens: list[Token], cues: Cues) -> bool:
    """A military command's name: its head word, with at most a compass point after it ("Joint Forces
    Command", "Operational Command South"), or the word that opens a group of forces' name and one name
    after it ("Battlegroup Center")."""
    words = [t.lower_ for t in tokens]
    if len(words) == 2 and words[0] in cues.command_openers and tokens[1].text[:1].isupper():
        return True
    while len(words) > 2 and words[-1] in cues.compass:
        words.pop()
    if len(words) > 2 and words[-2] == "military" and words[-1] in cues.command_areas:
        return True  # "the Southern Military District"
    return len(words) > 1 and words[-1] in cues.command_heads
