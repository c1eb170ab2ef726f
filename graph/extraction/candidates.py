"""Candidate mentions: every span that may name an actor, a place or a unit, before overlaps are
settled and names linked.

They come from the gazetteer (its PhraseMatchers: every name it knows), the unit patterns ("the 93rd
Mechanized Brigade", "Kraken Regiment"), "the village of X", and the trained NER (PERSON, ORG, GPE,
LOC, FAC; as :mod:`graph.extraction.ner_index` corrects them), each with a priority that settles overlaps
(:func:`graph.extraction.mentions.select`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graph.cues import Cues
from graph.dates import WEEKDAYS, month_number
from graph.extraction.acronyms import defined_acronyms
from graph.extraction.gazetteer_matcher import gazetteer_matcher
from graph.extraction.ner_index import ends_in_site_word, ner_index, reads_as_a_body
from graph.extraction.place_cues import listed_place, named_as_place
from graph.extraction.unit_names import unit_names
from graph.extraction.settings import CITY_POPULATION, DEFAULT_SETTINGS, MentionSettings
from graph.extraction.seat_bodies import bodies_in_capitals, bodies_of_joined_states, bodies_of_owners, bodies_of_possessives
from graph.extraction.settlement_names import settlement_names
from graph.extraction.stances import names_no_actor
from graph.gazetteer import Entry, Gazetteer
from graph.text import name_key

if TYPE_CHECKING:
    from graph.extraction.link_context import Context


PLACE_LABELS = {"GPE", "LOC", "FAC"}


NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


@dataclass
class Candidate:
    start: int  # token index
    end: int
    source: str  # gazetteer | unit | ner | source
    priority: float
    entries: list[Entry] = field(default_factory=list)
    ner: str | None = None
    kind: str | None = None  # for spans the gazetteer does not know
    name: str | None = None  # the name to use for spans the gazetteer does not know
    entry: Entry | None = None  # chosen entry after linking
    part_of: tuple[str, ...] = ()
    affiliation: tuple[str, ...] = ()
    ctx: Context | None = None  # the article's context, for linking NER spans late
    fallback: bool = False  # an NER span the gazetteer also matched: used only if that link fails
    given_name: bool = False  # a lone given name of a person the article names in full ("Piers")


def covered_tokens(cands: list[Candidate]) -> set[int]:
    """The token indices the candidates span."""
    return {i for cand in cands for i in range(cand.start, cand.end)}


def find_candidates(doc: Doc, gaz: Gazetteer, cues: Cues, settings: MentionSettings = DEFAULT_SETTINGS, *,
                    ships: set[int]) -> list[Candidate]:
    """Every candidate span, before overlaps are settled; none in ``ships``, the tokens of ships' names."""
    ner, given, defined = ner_index(doc, gaz, cues)
    # "pro-Russian forces", "ethnic Armenian forces" are not Russia's, Armenia's forces
    cands = [c for c in _gazetteer_candidates(doc, gaz, ner, cues)
             if not (gaz.country_of_adjective(doc[c.start].text) and names_no_actor(doc[c.start], cues))
             and not _describes_a_member(doc, c)]
    cands += _lowercase_cities(doc, gaz, cands, settings)
    cands += [Candidate(s, e, "gazetteer", p, entries=x) for s, e, x, p in bodies_of_possessives(doc, gaz, cands, cues)]
    cands += _branches_before_ranks(doc, gaz, cues)
    named = bodies_in_capitals(doc, gaz, cands) + bodies_of_owners(doc, gaz, cands) + bodies_of_joined_states(doc, gaz, cands)
    cands += [Candidate(s, e, "gazetteer", 10.0 + 0.5 * (e - s == 1), entries=x) for s, e, x in named]  # ("[US] and British")
    cands += [Candidate(start, end, "unit", 9.0, kind="MilitaryUnit", name=name, part_of=part_of)
              for start, end, name, part_of in unit_names(doc, gaz, cues)]
    taken, matched = {(c.start, c.end) for c in cands}, {(c.start, c.end) for c in cands if c.source == "gazetteer"}
    # a body the model saw whose name is only a country's division ("Meta" of Colombia) stays a body
    divisions = {(c.start, c.end) for c in cands if c.source == "gazetteer" and all(e.admin_division for e in c.entries)}
    for start, end in settlement_names(doc, cues):
        if (start, end) not in taken or (start, end) in matched:
            # "the village of Robotyne": a place even when neither the gazetteer nor the NER knows it, or
            # when the place the gazetteer knows by that name is not the one ("the region known as Galicia");
            # a country's name inside it is part of its name ("the Ohio village of East Palestine")
            country_inside = any(c.source == "gazetteer" and start <= c.start and c.end <= end and c.end - c.start < end - start
                                 and any(e.kind == "Country" for e in c.entries) for c in cands)
            cands.append(Candidate(start, end, "ner", 10.5 if country_inside else 8.9, ner="GPE",
                                   fallback=(start, end) in matched))
            taken.add((start, end))
    acronyms = defined_acronyms(doc)
    located = {(start - 1, end) for (start, end), label in ner.items()
               if label == "GPE" and ner.get((start - 1, end)) in ("PERSON", "ORG")}  # split as "near" + place
    for (start, end), label in ner.items():
        label, venue, opener = _relabelled(doc, start, end, label, cues)
        if (label not in PLACE_LABELS | {"PERSON", "ORG"} and not listed_place(doc[start:end], label, gaz, cues)) \
                or (start, end) in located:
            continue
        start, end = _trim(doc, start, end, cues, gaz if label == "ORG" else None)
        fallback = (start, end) in matched and _fallback(doc[start:end], label, (start, end) in divisions, acronyms, cues)
        if start >= end or ((start, end) in taken and not fallback):
            continue
        # a name the gazetteer also matched stays as a fallback: "Lula" is the president when the Swedish
        # town of that alias is rejected, Galicia a place when Spain's is
        # (a body's name the text gives an acronym holds the known names inside it: "the European Union
        # Research Center (EURC)" is no mention of the European Union)
        # (a building's whole name beats a town's name inside it: not the GeoNames "Airport"; a known longer name
        # ending with it is its own: "the United Nations Office for the Coordination of ... Affairs (OCHA)")
        known_longer = (start, end) in defined and any(c.source == "gazetteer" and c.start < start and c.end == end
                                                       for c in cands)
        priority = 10.5 if (start, end) in defined and not known_longer else 8.0 if venue else 9.5 if opener \
            else _ner_priority(label)
        cands.append(Candidate(start, end, "ner", priority, ner=label, fallback=fallback,
                               given_name=end - start == 1 and doc[start].text in given))
        taken.add((start, end))
    return [c for c in cands if not ships.intersection(range(c.start, c.end))]  # ("the Gibraltar Eagle, a cargo ship")


def _fallback(span: Span, label: str, division: bool, acronyms: set[str], cues: Cues) -> bool:
    """Whether the model's span stays beside the gazetteer's name for it, to be taken if that is rejected: a
    place's or a person's; a body's the text says is where ("had taken Sake and Minova"), or any state has, which
    the article may not give the gazetteer's country ("the National Police" in Haiti); an acronym the text
    defines, also where the gazetteer has a place of that name ("Islamic State (IS) ... IS fighters")."""
    if label == "ORG" and span.text in acronyms:
        return True
    body = label == "ORG" and ((len(span) == 1 and named_as_place(span[0], cues)) or (len(span) > 1 and any_states(span, cues)))
    return (label in PLACE_LABELS | {"PERSON"} or division or body) \
        and not span.text.isupper()  # a shouted dateline ("THE HAGUE") is no acronym


def _relabelled(doc: Doc, start: int, end: int, label: str, cues: Cues) -> tuple[str, bool, bool]:
    """The NER label of a span as its words make it, and whether a site's or a body's word made it: a site's
    last word ("Toussaint Louverture International Airport", tagged an event), an Arabic body's first word
    ("Jaysh al-Islam", "Jabhat Fateh al-Sham", "Harakat Nour al-Din al-Zenki": the body's, whatever the model
    says, with no town inside, "al-Sham")."""
    venue = label in ("FAC", "EVENT", "WORK_OF_ART") and ends_in_site_word(doc, start, end, cues) \
        and doc[start].lower_ not in cues.forces_nouns  # (not troops the model ran into a name: "Units of the ...")
    opener = end - start > 1 and doc[start].lower_ in cues.body_openers and label in PLACE_LABELS | {"PERSON", "ORG"}
    return "FAC" if venue else "ORG" if opener else label, venue, opener


def any_states(span: Span, cues: Cues) -> bool:
    """A name made only of the words any state's institutions are named with ("National Police", "the
    General Staff", "Defence Forces"), with no country's name or adjective in it: no one country's
    until the article names that country."""
    return all(t.is_stop or t.is_punct or t.lower_ in cues.institution_words for t in span)


def _describes_a_member(doc: Doc, cand: Candidate) -> bool:
    """A country's opposition named as a modifier describes someone ("Russian opposition leader Alexei
    Navalny", "a Syrian opposition delegation"); it is not the opposition acting."""
    last = doc[cand.end - 1]
    return all(e.actor_kind == "opposition" for e in cand.entries) and last.dep_ in ("compound", "amod") \
        and last.head.i >= cand.end and last.head.pos_ == "NOUN"


INNER_PLACE_LABELS = ("GPE", "LOC")


def _ner_label(doc: Doc, start: int, end: int, ner: dict[tuple[int, int], str]) -> str | None:
    """The NER label of a span: exact match first, then a place entity that ends the span ("Dayr az
    Zawr" when the model tagged "Zawr" alone), then an entity that covers the span, except a
    facility whose name ends with the span after other words ("the Northbridge Convention and
    Exhibition Center": its head noun "Center" is no place, whatever town GeoNames gives that name)."""
    if (start, end) in ner:
        return ner[(start, end)]
    inner = end - 1  # "Dayr az [Zawr]": the model saw the place in the name's last words only
    while inner > start and doc[inner].ent_iob_ == "I":
        inner -= 1
    if inner > start and ner.get((inner, end)) in INNER_PLACE_LABELS and not any(t.is_punct for t in doc[start:inner]):
        return ner[(inner, end)]
    tok = doc[start]
    if tok.ent_type_ and doc[end - 1].ent_type_ == tok.ent_type_:
        ends_here = end == len(doc) or doc[end].ent_iob_ != "I"
        # (nor a name the model ran into a time: "fired drones at [Odesa overnight]"; a month stays one)
        in_a_time = tok.ent_type_ in ("DATE", "TIME") and not (tok.ent_iob_ == "B" and ends_here) and all(
            t.tag_ == "NNP" and not month_number(t.text) and t.lower_ not in WEEKDAYS for t in doc[start:end])
        if (tok.ent_type_ == "FAC" and tok.ent_iob_ == "I" and ends_here) or in_a_time:
            return None
        return tok.ent_type_
    return None


# the Arabic article in lower case, as it opens the names of groups ("al-Shabaab", "al Qaeda"); not "an",
# "as" or "at", which are English words before a name far more often
NAME_ARTICLES = {"al", "el", "ad", "ar", "ash", "az"}


def _endable(tok: Token) -> bool:
    return not (tok.is_punct or tok.is_space or tok.lower_ in ("'s", "’s", "'", "’", "the", "of", "and"))


BRACKETS = {"(", ")"}  # (an editor's square brackets may be inside a name: "President [Volodymyr] Zelenskyy")


def _gazetteer_candidates(doc: Doc, gaz: Gazetteer, ner: dict, cues: Cues) -> list[Candidate]:
    """The longest gazetteer name starting at each capitalised token (not crossing sentences), from
    the gazetteer's PhraseMatchers (:mod:`graph.extraction.gazetteer_matcher`); transliteration
    variants count for names of up to three words."""
    names = gazetteer_matcher(gaz).spans(doc)
    ends: dict[int, list[int]] = {}
    for start, end in sorted(names, key=lambda span: -span[1]):
        ends.setdefault(start, []).append(end)
    out: list[Candidate] = []
    n = len(doc)
    lowers = [t.lower_ for t in doc]
    breaks = [t.is_space or (t.i > 0 and t.is_sent_start) or t.text in BRACKETS for t in doc]  # (not "IS) militants")
    endable = [_endable(t) for t in doc]
    startable = [bool(t.text) and (t.text[0].isupper() or t.text[0].isdigit() or t.lower_ in cues.lowercase_names)
                 and not t.is_space for t in doc]  # ("russian troops", as some outlets write it)
    for t in doc[:-1]:  # "linked to al Qaeda", "retaken from al-Shabaab": a name may open with its article
        if t.text in NAME_ARTICLES and (t.nbor().text[:1].isupper() or (t.nbor().text == "-" and t.i + 2 < n)):
            startable[t.i] = True
    i = 0
    while i < n:
        the = lowers[i] == "the"
        first = i + 1 if the else i
        if not startable[i] or first >= n or not startable[first] or first not in ends:
            i += 1
            continue
        limit = min(n, first + 2 * gaz.longest_from(doc[first].text) + 1)  # possessives, hyphens, dots
        for j in range(first + 1, limit + 1):
            if breaks[j - 1] and j - 1 > i:
                limit = j - 1
                break
        found = None
        for j in ends[first]:
            if j > limit or not endable[j - 1] or _modifier_word(doc[j - 1]) \
                    or name_key(doc[first:j].text) in cues.non_entities:  # (a feast a village has as an alias: "Ramadan")
                continue
            key, variant = names[(first, j)]
            # (words, not tokens: "Mazar-i-Sharif" is five tokens)
            gids = gaz.by_key[key] if key else gaz.by_translit[variant] if variant.count(" ") <= 2 else None
            if gids:
                found = (j, [gaz.entries[g] for g in gids])
                break
        if found is None:
            i += 1
            continue
        j, entries = found
        if doc[first].text in NAME_ARTICLES and all(e.is_place for e in entries):
            i += 1  # a town is named without it ("al-Hilla" is Hilla), as the gazetteer has it
            continue
        if j - first == 1 and lowers[first] in cues.bare_bodies and j < n and startable[j] and not breaks[j]:
            i = j  # "the Alliance Fleuve Congo" is a longer name, not NATO's "the Alliance"
            continue
        start = i + 1 if the and j - i > 1 else i
        label = _ner_label(doc, start, j, ner)
        curated = [e for e in entries if e.curated]
        single_person = j - start == 1 and curated and all(e.kind == "Person" for e in curated)
        priority = 6.0 if single_person else 10.0 + (j - start) * 0.01 if curated else 5.0
        out.append(Candidate(start, j, "gazetteer", priority, entries=entries, ner=label))
        i = j
    return out


# words that end a forces name as a noun ("Israel's military") but modify the noun after them as an
# adjective ("Israel's military incursion": Israel's incursion, not a mention of its armed forces)
MODIFIER_WORDS = {"military"}


def _modifier_word(tok: Token) -> bool:
    head = tok.head
    return tok.lower_ in MODIFIER_WORDS and tok.dep_ in ("amod", "compound") and head.i > tok.i and head.pos_ == "NOUN"


DESIGNATION = re.compile(r"[A-Z]{1,3}-\d+[A-Z]?s?")  # an aircraft's designation: "F-16", "KC-135s", "MQ-9"


def _branches_before_ranks(doc: Doc, gaz: Gazetteer, cues: Cues) -> list[Candidate]:
    """A service's bare name before a rank, an office or an aircraft ("Army Lt. Gen. Paul Ridley", "Navy
    Capt. Laura Green", "Air Force F-16s"): the American service, as American style writes it; not after
    a name or an adjective of its own ("Royal Navy", "the Ukrainian Air Force")."""
    out = []
    for tok in doc:
        if not tok.text[:1].isupper() or (tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and not tok.is_sent_start):
            continue
        for words, gid in cues.branches.items():
            end = tok.i + len(words)
            if end >= len(doc) or tuple(t.lower_ for t in doc[tok.i:end]) != words \
                    or not all(t.text[:1].isupper() for t in doc[tok.i:end]):
                continue
            after = doc[end].text
            if (after.rstrip(".").lower() in cues.branch_ranks and after[:1].isupper()) or DESIGNATION.fullmatch(after):
                if gid in gaz.entries:
                    out.append(Candidate(tok.i, end, "gazetteer", 10.0, entries=[gaz.entries[gid]]))
    return out


def _lowercase_cities(doc: Doc, gaz: Gazetteer, cands: list[Candidate], settings: MentionSettings) -> list[Candidate]:
    """Big cities of the theatre written in lower case by careless copy ("plans to take kyiv"), when the
    word is the object of a verb or a preposition and is the city's own name."""
    covered = covered_tokens(cands)
    out = []
    for tok in doc:
        if tok.i in covered or not tok.is_lower or not tok.is_alpha or len(tok) < 4 or tok.is_stop:
            continue
        if tok.dep_ not in ("dobj", "pobj"):
            continue
        entries = [e for e in gaz.lookup(tok.text, translit=False) if e.kind == "Place" and e.country in settings.theatre
                   and e.population >= CITY_POPULATION and name_key(e.label) == tok.lower_]
        if len(entries) == 1:
            out.append(Candidate(tok.i, tok.i + 1, "gazetteer", 5.0, entries=entries, ner="GPE"))
    return out


def _ner_priority(label: str) -> float:
    return {"PERSON": 7.0, "ORG": 4.0}.get(label, 3.0)


def _past_owner_place(doc: Doc, start: int, end: int, gaz: Gazetteer, cues: Cues) -> int:
    """Where a body's name begins after the possessive of the place it is in that the model ran into it
    ("[Taipei’s Soochow University]" is Soochow University, "Hungary’s Defense Council"): a name with a body's
    head word; not a people's or a name's own possessive ("People's Defence Force")."""
    k = next((k for k in range(start + 1, min(start + 4, end - 1)) if doc[k].lower_ in ("'s", "’s")), None)
    placed = k is not None and any(e.kind in ("Place", "Country") for e in gaz.lookup(doc[start:k].text))
    body = placed and doc[k + 1].text[:1].isupper() and reads_as_a_body(doc[k + 1:end], cues)
    return k + 1 if body else start


VILLAGE_WORDS = {"village", "hamlet", "township", "town"}  # in lower case after a name, no part of it


def _trim(doc: Doc, start: int, end: int, cues: Cues, gaz: Gazetteer | None = None) -> tuple[int, int]:
    """Drop determiners, auxiliaries ("Will Putin's army ...?"), possessives and trailing punctuation
    from an NER span; with ``gaz``, for a body, the possessive of its place (:func:`_past_owner_place`)."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].pos_ == "AUX"):
        start += 1
    # "the UN Independent Commission of Inquiry (CoI": a bracket the span opens and never closes
    # starts an acronym or an aside, not more of the name
    opened = next((k for k in range(start + 1, end) if doc[k].text == "("), None)
    if opened is not None and not any(doc[k].text == ")" for k in range(opened, end)):
        end = opened
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ in ("ADP", "CCONJ", "PART")):
        end -= 1
    if end - start > 1 and doc[end - 1].text in VILLAGE_WORDS and doc[end - 2].text[:1].isupper():
        end -= 1  # "Pazigyi village": the name is Pazigyi, the noun says what it is
    # "Ministry of Defense on Twitter": cut a trailing "on <platform>"
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in ("on", "via") and name_key(doc[k + 1:end].text) in cues.non_entities:
            end = k
            break
    return (_past_owner_place(doc, start, end, gaz, cues) if gaz is not None else start), end
