"""What an event did or was for, and the places those name when the event names none itself: the sides of a
fight, an offensive's "against" and its aim ("a push to take Bakhmut"), the harm a strike did ("airstrikes killed 12
people in Idlib", "killed by airstrikes")."""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.place_choice import TARGET_PLACE_PREPS
from graph.extraction.transfer_verbs import brought_under_control, expelled_from, expels
from graph.extraction.triggers import verbal, with_light_verb


def sides_phrases(head: Token, cues: Cues, lemma: str) -> list[Token]:
    """The "with" and "between" phrases of a fight, whose parties are its sides ("clashes between the army and the RSF")."""
    if cues.frames.get(lemma, lemma) not in cues.mutual:
        return []
    return [p for p in head.children if p.dep_ == "prep" and p.lower_ in ("with", "between")]


def against_phrases(head: Token, cues: Cues) -> list[Token]:
    """The "against" phrase of an offensive, on its noun or the light verb that launches it."""
    return [p for o in with_light_verb(head, cues) for p in o.children if p.dep_ == "prep" and p.lower_ == "against"]


def where_its_work_was_done(head: Token, cues: Cues, excluded: set[str]) -> list[Token]:
    """For an event noun that says nowhere itself, the place phrases of what it did, or of whom it
    did it to: the verb it is the subject of ("three strikes hit targets near Mosul", "airstrikes killed
    12 people in Idlib", "killed 30 people sheltering in a school in Gaza", or as the parser may have it, "airstrikes
    [that] killed ..."), the harm it did as a "by" or "from" ("twelve people were killed in Idlib by airstrikes", "the
    risk to civilians in Gaza from Israel's operations"), or of its doers ("an air strike by government forces in Idlib
    province"); not through "of" ("threatens the survival of Palestinians in Gaza" is not where it happened)."""
    verbs = [head.head] if head.dep_ == "nsubj" and head.head.pos_ == "VERB" else []
    verbs += [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in cues.harm]
    harmed = harm_done(head, cues)
    verbs += [harmed] if harmed is not None else []
    roots: list[Token] = []
    # (what the harm was done to may be a place itself: "the Crimean bridge was damaged in an attack")
    roots += [o for o in harmed.children if o.dep_ in ("dobj", "nsubjpass")] if harmed is not None else []
    # (or a place that came under it, named or called a town: "the town of Toretsk came under heavy shelling"; not "the
    # U.S. dollar is under attack")
    if head.dep_ == "pobj" and head.head.lower_ == "under" and head.head.head.lemma_.lower() in ("come", "be"):
        roots += [s for s in head.head.head.children if s.dep_ == "nsubj"
                  and (s.tag_ in ("NNP", "NNPS") or s.lemma_.lower() in cues.settlement)]
    # (or the place the parser hung on its doers: "killed in an air strike by government forces in Idlib province")
    roots += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"
              for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "near", "inside")]
    for verb in verbs:
        roots += [c for c in verb.children if c.dep_ == "prep" and c.lower_ not in excluded and c != head.head]
        roots += [c for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for c in o.children
                  if c.dep_ == "prep" and c.lower_ not in excluded | {"of"}]
        # (where those it harmed were: "killed 30 people sheltering in a school in Gaza")
        roots += [c for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for a in o.children
                  if a.dep_ == "acl" and a.tag_ == "VBG" for c in a.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    return roots


def names_a_place(roots: list[Token], res: ReferenceResolver) -> bool:
    return any(res.kind(res.key_at.get(t.i)) in ("Place", "Country") for r in roots for t in r.subtree)


def harm_done(head: Token, cues: Cues) -> Token | None:
    """The verb or noun of harm an event noun did, as its "by", "from" or "in" ("killed by airstrikes",
    "the danger from an offensive", "wounded in the shelling"; "the threat to residents from shelling"
    however the "from" is hung)."""
    if verbal(head) or head.dep_ != "pobj" or head.head.lower_ not in ("by", "from", "in"):
        return None
    harmed = head.head.head
    if harmed.lemma_.lower() not in cues.harm and harmed.dep_ == "pobj" and harmed.head.lower_ == "to":
        harmed = harmed.head.head
    if harmed.lemma_.lower() not in cues.harm and harmed.dep_ == "dobj" and head.head.lower_ == "in":
        harmed = harmed.head  # "killed soldiers in an ambush" with the "in" hung on the soldiers
    return harmed if harmed.lemma_.lower() in cues.harm else None


def purpose_places(head: Token, res: ReferenceResolver, cues: Cues) -> list[str]:
    """Where an offensive aims, from its purpose: "an offensive (designed) to seize more of Ukraine's
    territory", "a push to take Bakhmut", "launched a counter-offensive to retake the villages around X"
    (the purpose hung on the light verb), "began their advance to isolate Raqqah": the places in the
    object of the capture, the siege or the other aim it is for, or the place it stands for ("the region"); or
    what it is to drive the enemy out of ("a counter-offensive to push the RSF out of Omdurman")."""
    verbs = [c for h in with_light_verb(head, cues) for c in h.children if c.dep_ in ("acl", "relcl", "xcomp", "advcl")]
    verbs += [g for v in verbs for g in v.children if g.dep_ in ("xcomp", "advcl")]  # "designed to seize"
    aims = [v for v in verbs if any(a.lower_ == "to" for a in v.children) and (
        v.lemma_.lower() in cues.offensive_aims or cues.triggers.get(v.lemma_.lower()) in ("ControlChange", "Offensive")
        or brought_under_control(v, res))]
    objects = [c for v in aims for c in v.children if c.dep_ == "dobj" or c.lower_ in TARGET_PLACE_PREPS]  # "around X"
    objects += [o for v in verbs if any(a.lower_ == "to" for a in v.children) and expels(v, cues, res)
                for o in expelled_from(v)]
    named = [res.key_at[t.i] for o in objects for t in o.subtree if t.i in res.key_at]
    described = [k for o in objects if not named and (k := res.place(o))]  # "to bring the region under its control"
    return list(dict.fromkeys(k for k in named + described if res.kind(k) in ("Place", "Country")))
