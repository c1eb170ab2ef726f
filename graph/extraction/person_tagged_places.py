"""A name the model tags PERSON that its context shows to be a place: taken or left ("had seized Minova", "troops
entered Adan Yabaal", "withdrew from Kafr Nabl"), listed with a place, described as a settlement, or a site's.
Part of :mod:`graph.extraction.ner_spans`, which chooses the kind of a name the gazetteer does not know."""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.candidates import Candidate
from graph.extraction.place_cues import (ARABIC_ARTICLES, CAPTURES, LOCATIVE_PREPS, control_taken_of, expelled_from,
                                         first_conjunct, in_part_of_a_country, site_in, taken_as_place)
from graph.gazetteer import Gazetteer

ENTERED = {"enter", "overrun", "storm"}  # a person is captured, never entered, overrun or stormed
SITE_NOUNS = {"facility", "site", "complex", "depot", "crossing"}  # with the venue heads: "the Fordow enrichment facility"


def person_entry(name: str, gaz: Gazetteer):
    """The gazetteer's person of that name, when exactly one fits."""
    people = [e for e in gaz.lookup(name) if e.kind == "Person"]
    return people[0] if len(people) == 1 else None


def placed_by_context(cand: Candidate, tokens: list[Token], name: str, gaz: Gazetteer, cues: Cues) -> bool:
    """Whether the context makes a PERSON-tagged name a place: a site's ("a military base in Adan Yabaal"), a part of a
    country's, taken or left, a settlement apposed to it or after it, whose control is taken, expelled from, or a later
    item of a list of places."""
    return site_in(tokens[0], cues) or in_part_of_a_country(tokens[-1], cues) or _captured_word(cand, tokens, name, gaz, cues) \
        or _apposed_settlement(cand, tokens, cues) or control_taken_of(tokens[-1]) \
        or settlement_after(tokens, cues) or site_named_after(tokens, cues) or expelled_from(tokens[-1], cues) \
        or (_listed_with_a_place(tokens, gaz, cues) and person_entry(name, gaz) is None)


def _captured_word(cand: Candidate, tokens: list[Token], name: str, gaz: Gazetteer, cues: Cues) -> bool:
    """One word, no one's given name or the surname of someone the article names, or a name that opens
    with a word of Arabic toponymy ("Tal Rifaat"), that is captured ("had seized Minova") or withdrawn
    from: the town taken or left (people are captured by their full names: "captured Aiden Aslin"); a name of
    several words entered, overrun or stormed, or left, whatever its first word ("troops entered Adan Yabaal")."""
    surnames = cand.ctx.surnames if cand.ctx is not None else set()
    if len(tokens) > 1:
        last = tokens[-1]
        entered = last.dep_ == "dobj" and last.head.lemma_.lower() in ENTERED
        return (toponym_taken(tokens, cues) or entered or _left(last, cues)) and person_entry(name, gaz) is None
    return not cand.given_name and name not in surnames and person_entry(name, gaz) is None \
        and (taken_as_place(tokens[0].doc[tokens[0].i:tokens[0].i + 1], cues, CAPTURES) or _left(tokens[0], cues))


def toponym_taken(tokens: list[Token], cues: Cues) -> bool:
    """A name of several words that opens with a word of Arabic toponymy and the article ("Tal al-Hawa") or is
    taken or left ("had taken Tal Rifaat", "withdrew from Kafr Nabl")."""
    last = tokens[-1]
    return len(tokens) > 1 and tokens[0].lower_ in cues.toponym_words and (
        tokens[1].lower_ in ARABIC_ARTICLES or taken_as_place(last.doc[last.i:last.i + 1], cues, CAPTURES) or _left(last, cues))


def _left(tok: Token, cues: Cues) -> bool:
    """What troops withdraw from ("withdrew from Kestrov", "the withdrawal from Kestrov", "pulled out of
    Kestrov"): a verb's or a noun's "from", or "of" after "out"."""
    prep = tok.head
    if tok.dep_ != "pobj" or not (prep.lower_ == "from" or (prep.lower_ == "of" and prep.i > 0
                                                            and tok.doc[prep.i - 1].lower_ == "out")):
        return False
    trigger = prep.head if prep.head.lower_ != "out" else prep.head.head
    return cues.triggers.get(trigger.lemma_.lower()) == "Withdrawal" or cues.triggers.get(
        f"{trigger.lemma_.lower()} out") == "Withdrawal"


def _listed_with_a_place(tokens: list[Token], gaz: Gazetteer, cues: Cues) -> bool:
    """A later item of a list whose first item the model tags as a place or the gazetteer knows as one,
    after a place's preposition ("attacked near Holubivka and Stepova Novoselivka", "near Malynivka,
    Vodiane Druhe and Sribne") or taken ("troops entered Mahas and Ceel Cali"): a place too."""
    first = first_conjunct(tokens[-1])
    placed = (first.dep_ == "pobj" and first.head.lower_ in LOCATIVE_PREPS) \
        or (first.dep_ == "dobj" and taken_as_place(first.doc[first.i:first.i + 1], cues, CAPTURES))
    return first.i < tokens[0].i and placed \
        and (first.ent_type_ in ("GPE", "LOC") or any(e.is_place for e in gaz.lookup(first.text, translit=False)))


def _apposed_settlement(cand: Candidate, tokens: list[Token], cues: Cues) -> bool:
    """A settlement's noun in lower case in apposition with the name, and no given name in it
    ("struck Stepanakert, the region's main city,"; "Lina Haddad, a city councillor" has its role)."""
    last = tokens[-1]
    return not cand.given_name and any(c.dep_ == "appos" and c.lemma_ in cues.settlement and c.text.islower()
                                       and c.tag_ == "NN" for c in last.children)


def settlement_after(tokens: list[Token], cues: Cues) -> bool:
    """The name modifies a settlement word right after it ("the Al-Sinek neighborhood of Mosul")."""
    last = tokens[-1]
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return nxt is not None and nxt.lower_ in cues.settlement and last.dep_ == "compound" and last.head.i == nxt.i \
        and nxt.dep_ != "compound"  # (not "Anna Velmor, a village elder": "village elder")


def site_named_after(tokens: list[Token], cues: Cues) -> bool:
    """One word that modifies, through nouns, the word of a site ("the Fordow enrichment facility", "the Belbek air
    base"): the place the site is at, whatever the model calls the word."""
    if len(tokens) > 1 or tokens[0].dep_ != "compound":
        return False
    head = tokens[0].head
    while head.dep_ == "compound" and head.pos_ == "NOUN":
        head = head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in cues.venue_heads | SITE_NOUNS
