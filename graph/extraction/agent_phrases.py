"""The phrase that names who did an event, by the syntax around its verb: the subject, or the "by" phrase of a
passive, the object of a control verb ("forced them to retreat"), the subject of the verb an -ing clause shares
("captured Aleppo before seizing Hama"), the noun a relative clause is on; which of them is an actor is
:mod:`graph.extraction.event_agents`'s to say."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graph.cues import Cues
from graph.extraction.claim_content import modifier_subject
from graph.extraction.coref import ReferenceResolver
from graph.extraction.doctext import sentence_words
from graph.extraction.transfer_verbs import control_under, controllers
from graph.extraction.triggers import verbal
from graph.gazetteer import ARMED_GROUP_KINDS

# prepositions whose -ing clause shares the subject of the verb they hang on ("captured Aleppo before
# seizing Hama"; not "instead of" or "without", whose clause did not happen)
SHARED_SUBJECT_PREPS = {"before", "after", "while", "by", "since", "upon", "on"}


TIME_MARKS = {"after", "as", "when", "before", "once", "while"}  # a clause of time: "after tanks pushed into X"
APPEALS = {"call", "appeal", "prevail"}  # "called on X to ...": X is to do it


def agent_phrase(verb: Token, cues: Cues, lemma: str, etype: str) -> list[Token]:
    """The phrase(s) naming who acts, for a verb trigger (passives, control verbs, conjunctions)."""
    if not verbal(verb):
        return []
    for child in verb.children:
        if child.dep_ == "agent" and (verb.tag_ == "VBN" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)):
            return [c for c in child.children if c.dep_ == "pobj"]  # (of a passive: not "retreated by sea")
    if lemma in cues.cede_verbs:  # "lost Kestrova to the RSF": who took it, not who lost it
        heads = [verb] + [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "over")]
        return [g for h in heads for c in h.children if (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "dative"
                for g in c.children if g.dep_ == "pobj"]  # (the parser may hang "to" on "back")
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "troops would be regrouped/withdrawn": the troops moved are the ones withdrawing
        return [c for c in verb.children if c.dep_ == "nsubjpass"] if etype == "Withdrawal" else []
    tok = verb
    for _ in range(4):
        subj = _subjects(tok, verb)
        if subj:
            return _subject_phrase(tok, subj, lemma, cues)
        if (lost := modifier_subject(tok)) is not None:
            return [lost]  # "US bombs Iran's nuclear sites"
        head = tok.head
        if tok.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in cues.preventing:
            # "stopped Russia from taking Kyiv", "Russia was prevented from taking Kyiv"
            kept = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
            if kept:
                return kept
        if tok.dep_ == "xcomp" and cues.control.get(head.lemma_.lower()) == "object" and (obj := _controlled(head)):
            return obj  # "forced them to retreat"; passive: "units were ordered to take the town"
        if tok.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in head.children):
            return [c for c in head.children if c.dep_ == "nsubjpass"]  # "the army is expected to push toward X"
        if tok.dep_ in ("acl", "relcl") and head.dep_ == "dobj" and tok.nbor(-1).lower_ == "to" and (
                head.head.lemma_ == "have" or head.lemma_.lower() in cues.triggers):
            tok = head.head  # "the group had no plans to take Uvira", "Israel has 60 days to pull its troops out": who has;
            continue  # "the army launched a counter-offensive to retake X": who launched it
        if tok.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in APPEALS and (called := [
                g for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]):
            return called  # "called on Russia to withdraw its forces": who is called on
        if tok.dep_ in ("xcomp", "conj", "advcl") or (tok.dep_ == "acomp" and tok.i > head.i):  # "were unable to take X"
            if head.i != tok.i:
                tok = head
                continue
        if tok.dep_ == "pcomp" and cues.judges(head.head.lemma_.lower(), head.lower_):
            # "was accused of carrying out strikes", "blamed Kyiv for shelling X", "praised the army for taking X"
            charged = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
            if charged:
                return charged
        if tok.dep_ == "pcomp" and head.head.dep_ == "dobj" and cues.judges(head.head.head.lemma_.lower(), head.lower_):
            return [head.head]  # the charge hung on the charged: "accused Russian forces of blowing up the dam"
        if (shared := _subject_shared_with(tok, cues)) is not None:
            tok = shared
            continue
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
                                   and _ends_a_sentence(tok.sent)):
            # "the forces that took X"; "Ukrainian forces counterattacked near X." read as a noun's participle
            # by a parser that does not know the verb: a sentence of prose with no other verb, the noun is
            # its subject (a headline's participle is passive: "Russian troops ambushed near Kherson")
            return [head]
        break
    return []


def _subjects(tok: Token, verb: Token) -> list[Token]:
    """The subjects of ``tok`` on the way up from ``verb``; the passive one too for an active verb joined to it, which
    shares it ("was pushed out of X but still carries out attacks"; not a second passive form, "captured and occupied")."""
    shared = tok is not verb and verb.dep_ == "conj" and verb.head == tok and verb.tag_ != "VBN"
    return [c for c in tok.children if c.dep_ == "nsubj" or (shared and c.dep_ == "nsubjpass")]


def _subject_shared_with(tok: Token, cues: Cues) -> Token | None:
    """The verb whose subject a clause of time without one shares: "captured Aleppo before seizing Hama": who captured,
    seized (also through the distance of its time: "advanced toward Kyiv, a day after launching an invasion"); on a
    report, who did what it reports ("forces have advanced, the commander said, a week after launching an incursion":
    the forces, not the commander)."""
    head = tok.head
    governor = head.head.head if head.head.dep_ == "npadvmod" and head.head.pos_ == "NOUN" else head.head
    if tok.dep_ != "pcomp" or head.lower_ not in SHARED_SUBJECT_PREPS or governor.pos_ != "VERB":
        return None
    reported = governor.lemma_.lower() in cues.report
    told = [c for c in governor.children if c.dep_ == "ccomp" and c.i < head.i] if reported else []
    return told[0] if told else governor


def _subject_phrase(verb: Token, subj: list[Token], lemma: str, cues: Cues) -> list[Token]:
    """Who acts, for a verb with a subject: the subject and its conjuncts, whom a place fell "to", or who fired the
    weapon that did it."""
    if lemma in cues.place_subject:  # the place fell; to whom: "fell to Russian forces"
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if to is None and (control := control_under(verb)) is not None:
            return controllers(control)  # "came under Russian control"
        return [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    fired_by = [o for s in subj if s.lemma_.lower() in cues.armament for p in s.children
                if p.dep_ == "acl" and p.lemma_ in cues.munition_verbs
                for a in p.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if fired_by:  # "a missile launched by Houthi rebels struck a tanker": who launched it
        return fired_by
    if (main := _arms_of_the_main_clause(verb, subj, cues)):
        return main
    # a noun before the subject with "and" on it is a conjunct the parser hung on it as a modifier
    # ("the army and Russian mercenaries recaptured Kidal": "army" a modifier of "mercenaries")
    return subj + [c for c in subj[0].children if c.dep_ == "conj" or (
        c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" and any(g.dep_ == "cc" for g in c.children))]


def _arms_of_the_main_clause(verb: Token, subj: list[Token], cues: Cues) -> list[Token]:
    """The subject of the deed a clause of time hangs on, when the clause's own is arms nobody owns: "Israeli forces
    took the crossing after tanks pushed into Rafah" (their tanks; not after a report: "..., the army said, after")"""
    owned = any(c.dep_ in ("poss", "amod", "compound", "nmod", "prep") for s in subj for c in s.children)
    timed = any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)
    if verb.dep_ != "advcl" or not timed or owned or verb.head.lemma_.lower() in cues.report \
            or not all(s.lemma_.lower() in cues.armament for s in subj):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _ends_a_sentence(sent: Span) -> bool:
    """Whether the sentence ends with a full stop (prose, not a headline)."""
    last = sentence_words(sent)[-1:]
    return bool(last) and last[0].text in (".", "!")


def _controlled(verb: Token) -> list[Token]:
    """Whom a verb of making or asking has act: its object ("urged Russia to withdraw"), its passive
    subject ("were ordered to take"), or whom it calls on ("called on Russia to withdraw")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for o in p.children if o.dep_ == "pobj"]


def own_arms(subject: list[Token], speaker: str, res: ReferenceResolver, cues: Cues) -> bool:
    """Whether a subject names arms ("aircraft struck 40 targets, the army said") the speaker's side may field: not
    warplanes or warships, which only states field, for an armed group that reports their strike ("jets bombed a camp
    near Laiza, according to the Kachin Independence Army"); drones, rockets and shells any side may; none launched
    from another country."""
    arms = [p.lemma_.lower() for p in subject if p.lemma_.lower() in cues.armament]
    if not arms:
        return False
    # (not arms said to come from another country: "a missile launched from Yemen had struck near the airport, the
    # Israeli military said")
    origins = {res.country_of(res.key_at.get(o.i)) for p in subject for a in p.children if a.dep_ == "acl"
               for f in a.children if f.dep_ == "prep" and f.lower_ == "from" for o in f.children if o.dep_ == "pobj"}
    return not origins - {None, res.country_of(speaker)} and (
        not all(a in cues.state_arms for a in arms) or res.actor_kind(speaker) not in ARMED_GROUP_KINDS)
