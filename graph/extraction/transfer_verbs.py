"""Verbs by which a place changes hands without a trigger word of its own: forces driven out of a town
("pushed the army out of Lashio"), a town given up ("lost Kestrova to the RSF", "handed the city back"), a
place brought under someone's control."""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.place_choice import of_place

GOVERNMENTS = {"government", "administration", "regime", "junta"}  # driven out of a capital, the capital is taken
HELD_GROUND = {"position", "stronghold", "base", "bastion", "holdout", "foothold", "enclave", "trench"}  # "positions in X"


def expels(verb, cues: Cues, res: ReferenceResolver) -> bool:
    """The verb has forces, fighters, a named armed group or a government as its object or passive subject ("pushed
    the army", "troops were driven", "al-Shabaab was driven", "it" or "the group was driven" of such a group, "the
    government, which the Houthis had driven out of Sanaa") and a named place "out of", "back from" or "from" it ("out
    of Lashio", "from the town of Lashio", "had been pushed back from Vovchansk")."""
    expelled = any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in cues.forces_nouns or c.lemma_.lower()
                                                        in cues.armed_nonstate | cues.forces_nouns | GOVERNMENTS
                                                        or (c.i in res.key_at and res.armed(res.key_at[c.i]))
                                                        or ((c.lower_ in ("it", "they") or cues.anaphors.get(
                                                            c.lemma_.lower()) in ("group", "rebels")) and _armed_one(c, res))
                                                        or (c.lower_ in ("which", "that") and _of_a_government(verb)))
                   for c in verb.children)
    return expelled and any(_names_a_town(o, cues) for o in expelled_from(verb))


def expelled_from(verb: Token) -> list[Token]:
    """What a verb of expelling drives forces "out of", "back from" or "from" ("out of Lashio", "back from Vovchansk")."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "from"]
    preps += [g for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "back")
              for g in c.children if g.lower_ in ("of", "from")]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _of_a_government(relcl) -> bool:
    """A relative clause on a government, or on the name its "of" gives ("the government of President Hadi, which")."""
    noun = relcl.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return relcl.dep_ == "relcl" and noun.lemma_.lower() in GOVERNMENTS


def _armed_one(pronoun, res: ReferenceResolver) -> bool:
    """Whether "it", "they" or "the group" stands for an armed group or forces ("Al-Shabaab ... . It was driven out of
    Mogadishu", "The group was pushed out of Mogadishu")."""
    key = res.resolve(pronoun)
    return key is not None and res.armed(key)


def cedes(verb, cues: Cues) -> bool:
    """The verb gives up a place: its object or passive subject a town's name or "control" of one, or a
    settlement's word handed "back" or "over" ("handed the city back to the military"); "hand" only so
    or with a "to" phrase ("handed over Kestrova", not "handed Kestrova's mayor a letter")."""
    moved = "back" in (parts := {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}) or "over" in parts
    if verb.lemma_.lower() == "hand" and not moved and not any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
                                                             for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if _names_a_town(obj, cues) or (obj.lemma_.lower() in cues.settlement and moved) or (obj.lower_ == "control" and any(
                c.lower_ == "of" and any(_names_a_town(g, cues) for g in c.children) for c in obj.children)):
            return True
    return False


def _names_a_town(noun, cues: Cues) -> bool:
    """A name ("Lashio") or a settlement's word with its name ("the town of Lashio", "the capital Sanaa"), or ground
    held in or near a named place ("their last positions in Mosul"); not "two villages east of Kupiansk", whose
    villages are unnamed."""
    held = noun.lemma_.lower() in HELD_GROUND and any(
        c.dep_ == "prep" and c.lower_ in ("in", "near", "around") and any(_names_a_town(g, cues) for g in c.children)
        for c in noun.children)
    return held or noun.pos_ == "PROPN" or (noun.lemma_.lower() in cues.settlement and any(
        (c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)) or (c.dep_ == "appos" and c.pos_ == "PROPN")
        for c in noun.children))


def brought_under_control(verb: Token, res: ReferenceResolver) -> bool:
    """"brought X under its control", "to bring the region back under government control": a place X, named
    or described ("the region"; not "brought the blaze in Bama under control")."""
    placed = any(c.dep_ == "dobj" and (res.kind(res.key_at.get(c.i)) in ("Place", "Country") or res.place(c)
                                       or of_place(c, res, ("Place",))) for c in verb.children)
    # (the "under" on the verb or on its adverb: "back under government control")
    return placed and any(control_under(t) is not None for t in (verb, *(c for c in verb.children if c.dep_ == "advmod")))


# verbs of coming to hold "control" of a place ("gained control of Kidal"; "took", "seized" are triggers of their own),
# and of claiming to hold it ("Russia claims full control of Mariupol")
GAINING = {"gain", "establish", "assume", "wrest", "secure", "win", "claim"}


def control_gained(verb: Token, res: ReferenceResolver) -> Token | None:
    """The "control" a verb of :data:`GAINING` takes of a named place ("gained control of Kidal", "established full
    control over Bakhmut", "over" hung on the verb or not; "claims full control of Mariupol"): the place changed hands."""
    control = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"), None)
    if control is None:
        return None
    preps = [p for p in control.children if p.lower_ in ("of", "over")] + [p for p in verb.children if p.lower_ == "over"]
    placed = any(res.kind(res.key_at.get(o.i)) == "Place" for p in preps for o in p.children if o.dep_ == "pobj")
    return control if placed else None


def control_come_under(verb: Token, res: ReferenceResolver) -> Token | None:
    """The "control" a place came or fell under ("the village of Shevchenko came under Russian control", "Kurakhove fell
    under the control of Russian forces"): the place changed hands, to whoever's control it is."""
    if not any(c.dep_ == "nsubj" and (res.kind(res.key_at.get(c.i)) == "Place" or of_place(c, res, ("Place",)))
               for c in verb.children):
        return None
    return control_under(verb)


def control_under(verb: Token) -> Token | None:
    """The "control" of a word's "under" phrase ("came under Russian control", "brought the town under its control")."""
    return next((o for u in verb.children if u.dep_ == "prep" and u.lower_ == "under" for o in u.children
                 if o.dep_ == "pobj" and o.lemma_.lower() == "control"), None)


def controllers(control: Token) -> list[Token]:
    """Whose a "control" is: "Russian control", "the RSF's control", "the control of Russian forces"."""
    return [c for c in control.children if c.dep_ in ("amod", "compound", "poss") and c.lower_ not in ("full", "total")] + [
        g for p in control.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
