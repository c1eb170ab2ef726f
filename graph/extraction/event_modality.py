"""Whether an event a trigger tells happened, by the words around it: Asserted, Negated ("denied that troops had
withdrawn", "a failed attempt to retake it"), Planned ("decided to withdraw", "demanding the withdrawal", "plans for
an offensive") or Hypothetical ("fears of an invasion", "may abandon the siege"). Part of
:mod:`graph.extraction.events`, which gives each event the modality of its trigger.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.doctext import asks_whether
from graph.extraction.event_deeds import harm_done
from graph.extraction.event_time import took_time
from graph.extraction.free_relatives import verb_of_named

COPULAS = {"be", "remain", "seem", "appear", "look"}  # "an assault remains unlikely": as "is unlikely"
CAUSATIVES = {"help", "let", "make"}  # whose bare infinitive is as real as they are ("to help Russia push")
# an offensive or an attack that failed was made ("the failure of the counteroffensive"), as one that failed to take a
# town did not take it ("the failure to capture Kyiv")
FAILURES = {"failure", "collapse"}
ATTEMPTS = {"Offensive", "Attack"}
# what a way is opened, a stage set or ground prepared for is still to come ("would open the way for Russian advances",
# "paved the way for an offensive on the city", "opens the door to a ground assault")
PATHS = {"way", "path", "stage", "ground", "door"}


def _plan_denied(plan: Token) -> bool:
    """A plan said not to exist: "no plans", "no intention", "did not intend", "does not have plans"."""
    owner = plan.head if plan.dep_ in ("dobj", "attr") else plan
    return any(c.dep_ == "det" and c.lower_ == "no" for c in plan.children) or any(
        c.dep_ == "neg" for c in (*plan.children, *owner.children))


def _held_modality(head: Token, cues: Cues, in_claim: bool, depth: int) -> str:
    """The modality of an event a preposition (``head``) hangs on what holds it: "prevented them from
    taking", "plans for an offensive", "fears of an invasion", "no intention of occupying"."""
    holder = head.head if head.dep_ == "prep" else head
    governor = holder.lemma_.lower()
    if head.lower_ == "from" and governor in cues.preventing:  # kept from it; unless the keeping failed
        keeping = modality_of(holder, cues, in_claim, depth + 1)
        return {"Asserted": "Negated", "Negated": "Asserted"}.get(keeping, "Hypothetical")
    if head.lower_ in ("including", "like") and holder.pos_ in ("NOUN", "PROPN"):
        # "preparing for missions, including an operation"; "possibly including a strike" says its own
        return _marked_modality(head, cues, in_claim) or modality_of(holder, cues, in_claim, depth + 1)
    if head.lower_ in cues.time_preps and holder.pos_ in ("VERB", "AUX"):
        # the time of another event: as real as that one's auxiliaries make it, whatever its verb says
        # ("after the invasion, sanctions failed"; "before launching an attack, Moscow would ...")
        return _marked_modality(holder, cues, in_claim) or "Asserted"
    if governor == "ahead" and head.lower_ == "of" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                           for p in head.children if p.dep_ == "pobj" for c in p.children):
        return "Planned"  # "evacuated civilians ahead of a ground assault on Rafah": still to come
    if governor in cues.planned and _plan_denied(holder):
        return "Negated"  # "had no intention of occupying Lebanon"
    if head.lower_ == "of" and governor in cues.said_nouns and _said_false(holder, cues):
        return "Negated"  # "dismissed reports of a retreat", "false reports of a withdrawal"
    if head.lower_ in ("for", "to") and (governor in PATHS or any(  # (or on the verb: "opens [the door] [to] ...")
            c.dep_ == "dobj" and c.lemma_.lower() in PATHS for c in holder.children)):
        return "Hypothetical"
    tried = any(cues.triggers.get(p.lemma_.lower()) in ATTEMPTS for p in head.children if p.dep_ == "pobj")
    if governor in FAILURES and head.lower_ == "of" and tried:
        return modality_of(holder, cues, in_claim, depth + 1)  # "the failure of the counteroffensive": fought, and failed
    return ("Negated" if governor in cues.negated else "Planned" if governor in cues.planned
            else "Hypothetical" if governor in cues.hypothetical
            else _marked_modality(head, cues, in_claim) or "Asserted")  # "possibly including a strike"


def modality_of(tok: Token, cues: Cues, in_claim: bool = False, depth: int = 0) -> str:
    """Asserted, Negated, Planned or Hypothetical, from the trigger's auxiliaries and what governs it.

    "would" in reported speech is the reported "will" of an announcement ("said troops would be
    regrouped") and does not make the event hypothetical. An infinitive is planned ("decided to
    withdraw", "an attempt to take Kyiv", "on how to bomb the bridge") unless its governor asserts it
    ("forced them to retreat").
    """
    marked = _marked_modality(tok, cues, in_claim)
    if not marked and depth == 0 and asks_whether(tok.sent):
        return "Hypothetical"  # "does the United States support an Israeli ground operation?"
    head = tok.head
    if not marked and head.i == tok.i and tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                             for c in tok.children):
        return "Planned"  # a headline's "Russia to pull troops out of Kherson", "forces to march on Tripoli": to come
    if marked or depth >= 3 or head.i == tok.i:
        return marked or "Asserted"
    governor = head.lemma_.lower()
    if (_unspecific(tok) or _weighed(tok, cues)) and tok.dep_ in ("nsubj", "nsubjpass", "attr"):
        # "an invasion would be a disaster", "an invasion was not imminent", "Russian invasion will be
        # resisted" (a known event has its article or possessor: "Russia's invasion will be remembered")
        for child in head.children:
            if child.dep_ == "neg":
                return "Negated"
            if child.dep_ == "aux" and child.lower_ in cues.hypothetical | cues.planned:
                return "Planned" if child.lower_ in cues.planned else "Hypothetical"
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and governor in COPULAS and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.hypothetical | cues.planned for c in head.children):
        return "Hypothetical"  # "an attack is highly likely", "an assault remains unlikely"
    if tok.dep_ == "attr" and governor == "be":
        return modality_of(head, cues, in_claim, depth + 1)  # "it is going to be the biggest strike"
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and governor in cues.occurrence:
        return modality_of(head, cues, in_claim, depth + 1)  # "airstrikes may resume", "the assault began"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    # ("a counteroffensive to retake X"; not "the first army to enter Berlin", which did)
    first = tok.dep_ == "relcl" and any(c.lower_ in ("first", "last", "only") or c.tag_ == "JJS" for c in head.children)
    if infinitive and tok.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp", "pcomp") and not first:
        perfect = tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
        went_on = governor == "go" and head.tag_ == "VBD" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
        if governor in cues.asserting or (perfect and governor in cues.report) or took_time(head) or went_on:
            # ("went on to take much of Gezira": it did)
            return modality_of(head, cues, in_claim, depth + 1)  # (what one "claimed to have captured" is told as done)
        failed = any(c.dep_ == "amod" and {c.lemma_.lower(), c.lower_} & cues.negated for c in head.children)
        failed = failed or (governor in cues.planned and _plan_denied(head))  # "no plans to withdraw"
        return "Negated" if governor in cues.negated or failed else "Planned"  # "a failed attempt to retake it"
    harmed = harm_done(tok, cues)
    if harmed is not None:  # "killed by airstrikes", "the risk from Israel's operations": as real as the harm
        return modality_of(harmed, cues, in_claim, depth + 1)
    if tok.dep_ in ("pobj", "pcomp"):  # "prevented them from taking", "plans for an offensive", "fears of an invasion"
        return _held_modality(head, cues, in_claim, depth)
    if tok.dep_ in ("ccomp", "xcomp", "dobj") and head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in head.children) \
            and (tok.pos_ == "VERB" or governor in cues.report):
        # "did not confirm entering the town", "did not say troops had left", "did not confirm the fall
        # of the city": unconfirmed
        return "Hypothetical"
    return _governed_modality(tok, head, cues, in_claim, depth)


def _governed_modality(tok: Token, head: Token, cues: Cues, in_claim: bool, depth: int) -> str:
    """The modality of an event noun its verb governs as its object, of a conjunct or apposition, or of
    a clause an "unless" or "until" hangs on a verb still to come."""
    governor = head.lemma_.lower()
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if tok.dep_ in ("acl", "ccomp") and governor in cues.said_nouns and _called_false(head, cues):
        return "Negated"  # "rejected claims that its troops had withdrawn", "reports that ... were false"
    if tok.dep_ in ("acl", "ccomp") and governor in cues.evidence_nouns \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return "Hypothetical"  # "there is no evidence that Ukrainian forces shelled Donetsk": unconfirmed
    if tok.dep_ == "advcl" and "unless" in marks:
        return "Hypothetical"  # "the army will withdraw unless ..."
    if tok.dep_ == "advcl" and marks & {"until", "till"} and _marked_modality(head, cues, False) is not None:
        return "Planned"  # "the army would not stop until it had liberated Tripoli": still to come
    # (the object of "call" is named, not called for: "called the fall of Goma a historic day")
    if (tok.dep_ == "dobj" or (tok.dep_ == "ccomp" and governor == "deny")) and not _dated_past(tok) and governor != "call" \
            and governor in cues.negated | cues.planned | cues.hypothetical:
        # "demanding the withdrawal of NATO", "officials fear an offensive", "a general denied that troops were encircled"
        return "Negated" if governor in cues.negated else "Planned" if governor in cues.planned else "Hypothetical"
    if tok.dep_ == "ccomp" and governor in cues.planned and _subjunctive(tok):
        return "Planned"  # "demanded that Russia withdraw its troops", "urged that troops be pulled back"
    if tok.dep_ in ("conj", "appos", "acomp") or (tok.dep_ == "dobj" and governor in cues.light) \
            or (tok.dep_ in ("ccomp", "xcomp") and tok.tag_ == "VB" and governor in CAUSATIVES):
        # ("will be able to retake it": as real as "will be"; "sent troops to help Russia push them out": as "help")
        return modality_of(head, cues, in_claim, depth + 1)
    if tok.dep_ == "dobj" and tok.lemma_.lower() in cues.triggers and _unspecific(tok) \
            and (marked := _marked_modality(head, cues, in_claim)):
        # "would not support a strike on Iran", "could back an offensive": an event the verb only weighs is
        # as unreal as the verb (negating the backing does not negate the strike)
        return "Hypothetical" if marked == "Negated" else marked
    return "Asserted"


def _called_false(said: Token, cues: Cues) -> bool:
    """A report, claim or rumour the sentence calls false: the object of a denial ("rejected claims that its
    troops had withdrawn", "dismissed reports that rebels took X") or the subject of a falsehood ("reports that
    the army had abandoned Bakhmut were false", "claims that ... are a lie")."""
    verb = said.head
    if said.dep_ in ("dobj", "nsubjpass"):
        return verb.lemma_.lower() in cues.negated | cues.rebuttal
    return said.dep_ == "nsubj" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.falsehoods
                                        for c in verb.children)


def _said_false(said: Token, cues: Cues) -> bool:
    """A report called false by the sentence (:func:`_called_false`), by its adjective ("false reports") or by a denial
    of what it is named in a free relative ("dismissed what he described as reports of ...")."""
    outer = verb_of_named(said)
    return _called_false(said, cues) or any(c.dep_ == "amod" and c.lemma_.lower() in cues.falsehoods for c in said.children) \
        or (outer is not None and outer.lemma_.lower() in cues.negated | cues.rebuttal)


def _subjunctive(verb: Token) -> bool:
    """A clause verb in its bare form, as a demand puts what it asks for ("that Russia withdraw", "that
    troops be pulled back", "that Rwandan troops leave", which the tagger reads as a present; not "that troops
    withdrew", "that Russia has withdrawn")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ in ("VB", "VBP") and not aux) or (verb.tag_ == "VBN" and [a.lower_ for a in aux] == ["be"])


def _dated_past(tok: Token) -> bool:
    """An event noun whose possessor is a past time: "used to plan last month's attack", "planned
    Sunday's strike" (it happened, whatever the planning; not "next week's offensive")."""
    return any(c.dep_ == "poss" and c.ent_type_ == "DATE" and not any(
        t.lower_ in ("next", "coming", "upcoming", "tomorrow") for t in c.subtree) for c in tok.children)


def _weighed(tok: Token, cues: Cues) -> bool:
    """An event noun "of" a place that a modal verb weighs the consequences of: "the fall of Homs would
    cut Damascus off" (not "could have been prevented": that one happened; where the article tells it
    happened, that mention makes the event real)."""
    aux = [c for c in tok.head.children if c.dep_ == "aux"]
    return tok.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
        and any(a.lower_ in cues.hypothetical for a in aux) and not any(a.lemma_ == "have" for a in aux)


def _unspecific(tok: Token) -> bool:
    """An event noun that points to no known event: with "a", "an", "any" or no determiner at all ("an
    invasion", "any incursion", a headline's "Russian invasion"), not "the invasion" or "Russia's invasion"."""
    if tok.pos_ != "NOUN":
        return False
    determiners = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    return all(d in ("a", "an", "any") for d in determiners)


def _marked_modality(tok: Token, cues: Cues, in_claim: bool) -> str | None:
    """The modality a word's own auxiliaries, negation and hedges give it ("will", "could", "not",
    "possibly", "a planned offensive"), else None."""
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            return "Negated"
        if child.dep_ == "aux":
            if low in ("will", "shall", "'ll", "’ll"):
                return "Planned"
            if low == "would" and in_claim and (tok.lemma_.lower() in cues.triggers or tok.lemma_.lower() in cues.light) \
                    and not any(c.dep_ in ("auxpass", "neg") for c in tok.children):
                return "Planned"  # the reported "will" of a vow ("said the army would retake Nasir", "would launch a new
                # offensive"), not of a move announced as made ("said troops would be regrouped")
            if low in cues.hypothetical and not (low == "would" and in_claim):
                return "Hypothetical"
        if child.dep_ in ("mark", "advmod") and low in cues.hypothetical:
            return "Hypothetical"
        if child.dep_ == "amod" and child.lemma_.lower() in cues.planned:
            return "Planned"
    return None
