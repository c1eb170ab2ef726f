"""The trained model's NER spans as warkg reads them (token range -> label), with their corrections:
a strike report's "Near Raqqah" is a preposition and a place, a newspaper the model calls a work or a
place is an organisation, a division tagged as a person a place, bodies run together are each a
body, a body named by one capitalised word ("the Coalition") is one, acronyms the text defines
(:mod:`graph.extraction.acronyms`), other names given with "also known as"
(:mod:`graph.extraction.aliases`), people the model cuts short (:mod:`graph.extraction.person_spans`)
and bodies it misses that the text describes as groups (:mod:`graph.extraction.group_spans`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from graph.cues import Cues
from graph.extraction.acronyms import acronym_spans
from graph.extraction.aliases import alias_candidates
from graph.extraction.doctext import is_headline
from graph.extraction.group_spans import group_spans
from graph.extraction.person_spans import person_spans, speaking_names
from graph.extraction.place_cues import LOCATIVE_PREPS
from graph.extraction.settlement_names import NAME_PARTICLES, elided_name_word
from graph.gazetteer import Gazetteer
from graph.text import head_word


def name_head(tokens) -> str:
    """The head word of a name: its last word, or the last before "of" or "for" ("Support Forces of ...",
    "Observatory for Human Rights")."""
    return head_word([t.lower_ for t in tokens])


def headed_as_a_body(tokens, cues: Cues) -> bool:
    """A name of several words whose head is a body's head word and no building's ("South China
    Morning Post", "Soochow University"; not "Boryspil Airport"): an organisation, whatever the NER
    says."""
    head = name_head(tokens)
    return len(tokens) > 1 and head in cues.org_heads and head not in cues.venue_heads


BODY_MISLABELS = {"WORK_OF_ART", "GPE", "LOC"}  # labels the model gives newspapers and universities
SURNAME_HEADS = {"post", "bank", "church", "court", "times", "press"}  # a body's head words that are surnames too
# last words of an administrative division's name: no person's name ends with one ("Shan State", "Rakhine
# State", "Idlib Governorate", "Kherson Oblast" the model tags as people)
DIVISION_HEADS = {"state", "province", "governorate", "oblast", "region", "district", "county", "prefecture",
                  "township", "raion", "krai", "municipality"}


def ner_index(doc: Doc, gaz: Gazetteer, cues: Cues) -> tuple[dict[tuple[int, int], str], set[str], set[tuple[int, int]]]:
    """The NER spans by token range, with corrections: a person or organisation span that starts
    with a locative preposition ("Near Raqqah", the model's PERSON at the start of a strike report)
    is that preposition and a place ("Raqqah", GPE); a name headed as a body's is one, whatever the
    model calls it ("South China Morning Post" as a work or a place), and a "person" named as a
    division is a place ("Shan State"); given names the model missed
    (:func:`graph.extraction.person_spans.person_spans`, whose set of given names comes back too); the
    bodies the text gives an acronym (:mod:`graph.extraction.acronyms`), whose long forms come back too;
    bodies described as groups (:func:`graph.extraction.group_spans.group_spans`)."""
    out = {}
    for ent in doc.ents:
        if any(_clock_zone(tok, cues) for tok in ent):
            continue  # "14:05 GMT": a time, whatever the model calls it
        # (a "person" too: "the Permanent Strategic Framework", but not "Emily Post")
        # (a "facility" named for a cause too: "the Iraqi Observatory for Human Rights"; not "School No. 5")
        relabel = (ent.label_ in BODY_MISLABELS or (ent.label_ == "PERSON" and ent[-1].lower_ not in SURNAME_HEADS)
                   or (ent.label_ == "FAC" and any(t.lower_ == "for" for t in ent))) and headed_as_a_body(ent, cues)
        division = ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in DIVISION_HEADS
        label = "ORG" if relabel else "GPE" if division else ent.label_
        span = (ent.start, ent.end)
        for extent in ((_capitalised_modifiers, _title_cut, _dashed_task_force) if label == "ORG" else ()):
            span = extent(doc, *span, cues)  # a body's modifiers; no title after it; a task force's name over a dash
        span = _hyphened_name(doc, *span)
        parts = _joined_bodies(doc, *span, cues) if label == "ORG" else \
            _joined_places(doc, *span, gaz) if label in ("GPE", "LOC") else [span]
        if label in ("ORG", "PERSON") and parts == [span] and (listed := _listed_places(doc, *span, gaz)):
            parts, label = listed, "GPE"  # "at Fordow, Natanz and Isfahan" (the model's "Fordow, Natanz")
        for part in parts:
            out[part] = label
        if ent.label_ in ("PERSON", "ORG") and ent.end - ent.start > 1 and doc[ent.start].lower_ in LOCATIVE_PREPS:
            out[(ent.start + 1, ent.end)] = "GPE"
    _joined_people(doc, out)
    _bare_bodies(doc, out, cues)
    _named_sites(doc, out, gaz, cues)
    acronyms = acronym_spans(doc, out, cues, gaz)
    out.update(acronyms)
    out.update(alias_candidates(doc, out, cues))
    given_names = person_spans(doc, out, cues)
    speaking_names(doc, out, gaz, cues)
    group_spans(doc, out, cues)
    return out, given_names, {span for span in acronyms if span[1] - span[0] > 1}


DASHES = {"-", "–", "—"}
CLOCK = re.compile(r"^(?:\d{1,2}[:.]\d\d|\d{1,2}?(?:[ap]\.?m\.?))$", re.IGNORECASE)


def _clock_zone(tok, cues: Cues) -> bool:
    """A time zone's abbreviation after a clock time ("14:05 GMT", "9 a.m. EST") or with an offset ("UTC+3")."""
    if tok.text not in cues.time_zones:
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (before is not None and bool(CLOCK.match(before.text))) or (
        after is not None and not tok.whitespace_ and after.text[:1] in "+-")


def _joined_people(doc: Doc, ner: dict[tuple[int, int], str]) -> None:
    """Two person spans the model cut from one name ("Governor [Oleksandr] [Prokudin] said"): one
    person, when nothing but a space stands between two capitalised names on one line; so is a person
    and the hyphened surname the model took for a body, when the person's name modifies it."""
    people = sorted(span for span, label in ner.items() if label == "PERSON")
    for (s1, e1), (s2, e2) in zip(people, people[1:]):
        if e1 == s2 and (s1, e1) in ner and doc[e1 - 1].whitespace_ == " " and doc[s2].text[:1].isupper() \
                and doc[e1 - 1].pos_ == doc[s2].pos_ == "PROPN" and not doc[s2].is_sent_start:
            del ner[(s1, e1)], ner[(s2, e2)]
            ner[(s1, e2)] = "PERSON"
    for (s1, e1), label in list(ner.items()):
        if label != "PERSON" or e1 >= len(doc) - 1 or doc[e1 - 1].whitespace_ != " ":
            continue
        end = next((e2 for (s2, e2), other in ner.items() if s2 == e1 and other == "ORG"), None)
        if end is not None and _hyphened_surname(doc[e1:end]) and doc[e1 - 1].head.i == end - 1:
            del ner[(s1, e1)], ner[(e1, end)]  # "Alix Didier [Fils-Aimé]", which the model takes for a body
            ner[(s1, end)] = "PERSON"


def _hyphened_surname(span) -> bool:
    """One word of capitalised parts joined by hyphens ("Fils-Aimé", "Smith-Jones")."""
    return len(span) >= 3 and all(not t.whitespace_ for t in span[:-1]) and all(
        (t.text == "-") if k % 2 else (t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN")
        for k, t in enumerate(span))


def _capitalised_modifiers(doc: Doc, start: int, end: int, cues: Cues) -> tuple[int, int]:
    """A body's or a unit's name (up to the operation it serves) with the capitalised words before it
    that modify a word of it, inside a sentence, that the model left out ("[Combined] Joint Forces Land
    Component Command")."""
    _, cut = _served_operation_cut(doc, start, end)
    head = name_head(doc[start:cut])
    if head not in cues.org_heads and head not in cues.unit_types and head not in cues.forces_nouns:
        return start, cut
    first = start
    while first > 0 and _left_out_modifier(doc[first - 1], start, end, cues):
        first -= 1
    return first, cut


def _left_out_modifier(tok, start: int, end: int, cues: Cues) -> bool:
    """A capitalised word before the span start:end that modifies a word of it."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_ and not tok.is_sent_start \
        and tok.dep_ in ("compound", "amod") and start <= tok.head.i < end and tok.lower_ not in cues.titles


def _served_operation_cut(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A command named with the operation it serves after a spaced dash ("Joint Forces Land Component
    Command - Operation Inherent Resolve"): the command's name ends at the dash."""
    for k in range(start + 1, end - 1):
        if doc[k].text in DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_ and doc[k + 1].lower_ == "operation":
            return start, k
    return start, end


SITE_TAILS = {"complex", "compound"}  # "the Al Salem hospital complex"
BROADCASTS = {"radio", "tv", "television", "broadcasting"}  # a "Radio X station" is a broadcaster


def ends_in_site_word(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """A name of several words whose last is a site's word, or a site's word and "complex" or
    "compound" ("Toussaint Louverture International Airport", "the Al Salem hospital complex")."""
    last = doc[end - 1].lower_
    return end - start > 1 and (last in cues.venue_heads
                                or (last in SITE_TAILS and end - start > 2 and doc[end - 2].lower_ in cues.venue_heads))


def _named_sites(doc: Doc, ner: dict[tuple[int, int], str], gaz: Gazetteer, cues: Cues) -> None:
    """A name with a site's head word in lower case after it ("the Al Salem hospital complex", "the
    Azovstal steel plant"): the site, a place (a facility), not the name alone as a body or a person;
    never a town's, a country's or a people's name before a site ("the Kherson airport")."""
    for tok in doc:
        if tok.lower_ not in cues.venue_heads or not tok.is_lower or tok.i == 0 \
                or (tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lower_ not in SITE_TAILS):
            continue  # (a site's word that modifies a noun names no site: "an Orthodox Easter cathedral service")
        end = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SITE_TAILS)
        if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN":
            continue
        first = tok.i
        while first > tok.i - 2 and first > 0 and doc[first - 1].is_lower and doc[first - 1].pos_ in ("NOUN", "ADJ"):
            first -= 1  # "steel", "nuclear power"
        start = first
        while start > 0 and first - start < 4 and _site_name_word(doc[start - 1]):
            start -= 1
            if start > 1 and _joining_hyphen(doc, start - 1) and _site_name_word(doc[start - 2]):
                start -= 2  # "Al-Shifa", which the tokenizer writes as three tokens
        if start == first or any(doc[k].ent_type_ in ("GPE", "LOC", "NORP") for k in range(start, first)) \
                or any(e.is_place for e in gaz.lookup(doc[start:first].text)) \
                or any(doc[k].lower_ in BROADCASTS for k in range(start, tok.i)):
            continue  # ("a statement on its Radio Andalus station": a broadcaster, not a site)
        for span in [span for span in ner if span[0] < end and start < span[1]]:
            del ner[span]
        ner[(start, end)] = "FAC"


def _title_cut(doc: Doc, start: int, end: int, cues: Cues) -> tuple[int, int]:
    """A body's name the model runs into the title of the person named right after it ("The Joint Task Force
    Commander, Lt. Gen. X", "the 507th Maintenance Group Commander Col. X") ends before the title; an
    office of the body stays whole ("the Office of the President")."""
    last = doc[end - 1]
    if end - start < 3 or last.lower_ not in cues.titles or doc[end - 2].lower_ in ("of", "the", "for"):
        return start, end
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    while k < len(doc) and (doc[k].lower_.rstrip(".") in cues.titles or doc[k].text == "."):  # ("Lt", ".", "Gen.")
        k += 1
    return (start, end - 1) if k < len(doc) and doc[k].ent_type_ == "PERSON" else (start, end)


def _dashed_task_force(doc: Doc, start: int, end: int, cues: Cues) -> tuple[int, int]:
    """A task force's name goes on over a dash, in capitals ("Combined Joint Task Force – Inherent Resolve",
    "Joint Task Force – Bravo", "... – Horn of Africa"), which the model cuts at the dash; not into a
    title after it ("... – Inherent Resolve Commander, Lt. Gen. ...")."""
    if end - start < 2 or [t.lower_ for t in doc[end - 2:end]] != ["task", "force"] or end + 1 >= len(doc) \
            or doc[end].text not in DASHES or not doc[end + 1].text[:1].isupper():
        return start, end
    k = end + 1
    while k < len(doc) and (doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].lower_ not in cues.titles
                            or (doc[k].lower_ == "of" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
        k += 1
    return (start, k) if k > end + 1 else (start, end)


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen with no space on either side, inside a word the tokenizer split ("Al-Shifa")."""
    return doc[i].text in ("-", "‐") and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def _hyphened_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name the model cuts at a hyphen before a particle ("Saut-d'Eau", "Trou-du-Nord", "Aix-en-Provence") runs to
    the end of the word; not one cut before any other word ("Moscow-annexed", "Israel-Hamas")."""
    after = doc[end + 1] if end + 1 < len(doc) and _joining_hyphen(doc, end) else None
    if after is None or not (after.lower_ in NAME_PARTICLES or elided_name_word(after.text)):
        return start, end
    while end < len(doc) and not doc[end - 1].whitespace_ and (_joining_hyphen(doc, end) or doc[end].is_alpha
                                                               or elided_name_word(doc[end].text)):
        end += 1
    return start, end


def _site_name_word(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and not tok.is_sent_start


def _bare_bodies(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> None:
    """A body named by its capitalised word alone, inside a sentence ("support from the Coalition",
    "Coalition aircraft"), which the model rarely tags: an organisation; not a word of a longer name
    ("the Syrian Arab Coalition", "Coalition Provisional Authority")."""
    inside = {i for start, end in ner for i in range(start, end)}
    for tok in doc:
        if tok.lower_ not in cues.bare_bodies or tok.text != tok.text.capitalize() or tok.i in inside \
                or is_headline(tok.sent):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper():
            continue
        if tok.is_sent_start:  # capitalised anyway: only as whose ("Coalition aircraft struck ...")
            if tok.dep_ != "compound" or after is None or tok.head.i != after.i:
                continue
        elif doc[tok.i - 1].text[:1].isupper() or doc[tok.i - 1].text in "-‐":
            continue
        ner[(tok.i, tok.i + 1)] = "ORG"


def _joined_places(doc: Doc, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The places one place span of the model runs together with "and" ("Middle Shabelle and Hiraan"),
    each a name in capitals; a name the gazetteer knows whole stays ("Bosnia and Herzegovina")."""
    ands = [k for k in range(start + 1, end - 1) if doc[k].lower_ == "and"]
    if len(ands) != 1 or gaz.lookup(doc[start:end].text, translit=False):
        return [(start, end)]
    parts = [(start, ands[0]), (ands[0] + 1, end)]
    if all(t.text[:1].isupper() for a, b in parts for t in doc[a:b] if t.is_alpha):
        return parts
    return [(start, end)]


def _listed_places(doc: Doc, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The items of a list of places the model took for one body or person ("struck sites at [Fordow,
    Natanz] and Isfahan"): names in capitals split by commas, one of them a place the gazetteer knows
    and none a body or a person it knows; otherwise none. (The model's span may open with "the": "struck [the Fordow,
    Natanz] and Isfahan nuclear sites".)"""
    parts = _comma_parts(doc, start + (doc[start].lower_ == "the"), end)
    if len(parts) == 1 or not all(0 < b - a <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in doc[a:b])
                             for a, b in parts):
        return []
    kinds = [{e.is_place for e in gaz.lookup(doc[a:b].text, translit=False)} for a, b in parts]
    return parts if any(True in k for k in kinds) and not any(False in k for k in kinds) else []


def _comma_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A span's parts between commas that a capitalised word follows (the items of a list of names)."""
    commas = [k for k in range(start + 1, end - 1) if doc[k].text == "," and doc[k + 1].text[:1].isupper()]
    return list(zip([start] + [k + 1 for k in commas], commas + [end]))


def reads_as_a_body(span: Span, cues: Cues) -> bool:
    """A name of two words or more with a body's head word ("Defense Council", "State Board of Antiquities")."""
    return len(span) > 1 and any(t.lower_ in cues.org_heads for t in span)


def _joined_bodies(doc: Doc, start: int, end: int, cues: Cues) -> list[tuple[int, int]]:
    """The bodies one organisation span of the model runs together: a list ("the Ministry of Culture,
    State Board of Antiquities") and an owner with its office ("the Department of the Treasury's Office
    of Foreign Assets Control"), each named in capitals with a body's head word after the owner and in
    every part of a list; a name whose owner is a people ("People's Liberation Army", "Women's Union")
    and a list of things ("Paralysis of the Power Supply, Communications") stay whole."""
    parts = _comma_parts(doc, start, end)
    if len(parts) > 1 and all(reads_as_a_body(doc[a:b], cues) for a, b in parts):
        return parts
    # a headline's source after a spaced dash ("... Settlements in Donbass - Defense Ministry")
    dash = next((k for k in range(start + 1, end - 2) if doc[k].text in DASHES and doc[k - 1].whitespace_
                 and doc[k].whitespace_ and reads_as_a_body(doc[k + 1:end], cues)), None)
    if dash is not None:
        return [(start, dash), (dash + 1, end)]
    for k in range(start + 2, end - 2):
        owner, nxt = doc[k - 1], doc[k + 1]
        if doc[k].lower_ in ("'s", "’s") and nxt.text[:1].isupper() and owner.tag_ == "NNP" \
                and owner.lemma_.lower() not in cues.people_nouns and reads_as_a_body(doc[k + 1:end], cues):
            return [(start, k), (k + 1, end)]
    return [(start, end)]
