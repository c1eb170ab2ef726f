"""Reporting verbs that claim nothing where they stand: negated ("did not say"), predicted ("will
call it"), refused or not yet made ("declined to blame", "has yet to confirm"), with "neither" for a
subject, asking rather than saying ("explained what she meant"), a passive order to someone ("were
urged to leave"), a bare infinitive ("vowed to return"), an ask for anonymity ("who asked not to be named"), or a
report "neither" confirmed "nor" denied."""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.claim_content import MIN_OBJECT_WORDS, SUBJECT_DEPS, is_passive

MODALS = {"will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll", "’ll"}
REFLEXIVE = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
NAMING = {"name", "identify"}  # "asked not to be named", "declined to be identified": anonymity, no claim


def claims_nothing(verb: Token, lemma: str, modes: frozenset[str], comp: list[Token], cues: Cues) -> bool:
    """Whether the reporting verb claims nothing here (the cases above, and "read" without a statement,
    "found himself ..." without a finite clause)."""
    if "statement" in modes and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True  # "a statement read on state television": the statement's, said by whoever said it
    if "statement" in modes and not any(c.dep_ in SUBJECT_DEPS and cues.anaphors.get(c.lemma_.lower()) == "speaker"
                                        for c in verb.children):
        return True  # "read" reports only what a statement reads, not what someone read
    if any(c.dep_ == "neg" for c in verb.children) and lemma != "deny":
        return True
    if verb.dep_ == "conj" and any(c.dep_ == "neg" for c in verb.head.children) \
            and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children) \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return True  # "did not name the place or say whether ...": the negation holds for both verbs "or" joins
    if "described" in modes and (is_passive(verb) or not any(
            c.dep_ == "dobj" or (c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "be") for c in verb.children)):
        return True  # "considers whether to invade": nothing described ("X to be Y" is); "he is considered ...": by no one
    if any(c.dep_ == "dobj" and c.lower_ == "what" and c.i == t.left_edge.i
           and not any(d.dep_ in ("oprd", "xcomp", "ccomp") or d.lower_ == "as" for d in t.children)
           for t in [verb, *comp[:1]] for c in t.children):
        return True  # "explained what she meant"; not "what he described as false reports", "what he said was X"
    if any(c.dep_ in SUBJECT_DEPS and c.left_edge.lower_ == "neither" for c in verb.children):
        return True  # "neither the authorities nor the military promised ..."
    if any((c.lower_, c.dep_) in (("neither", "preconj"), ("nor", "cc")) for c in (*verb.children, *verb.head.children)):
        return True  # "Moscow has neither confirmed nor denied the deployment"
    if comp and comp[0].dep_ == "xcomp" and comp[0].lemma_.lower() in NAMING and is_passive(comp[0]):
        return True  # "who asked not to be named"
    governor = verb.head
    if verb.dep_ == "xcomp" and (governor.lemma_.lower() in cues.negated or any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "yet") for c in governor.children)):
        return True  # "refused to say", "declined to blame", "has yet to confirm", "did not want to say"
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True  # "Moscow will call it ...": a prediction, not a claim
    if "finite" in modes and not any(c.dep_ in (*SUBJECT_DEPS, "expl") and c.lower_ not in REFLEXIVE
                                     and (clause.tag_ not in ("VBN", "VBG") or any(a.dep_ in ("aux", "auxpass")
                                                                                  for a in clause.children))
                                     for clause in comp for c in clause.children):
        return True  # "the court found that ...", not "he found himself outnumbered", "found the houses destroyed"
    if comp and comp[0].dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp[0].children) \
            and len([t for t in comp[0].subtree if not t.is_punct]) < MIN_OBJECT_WORDS \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "vowed to return": nothing one can check (not "vowed to retake X", "urged the council to act")
    if comp and comp[0].dep_ == "xcomp" and comp[0].lemma_.lower() == "do" and any(
            c.lower_ in ("so", "that", "this", "it") and c.dep_ in ("advmod", "dobj") for c in comp[0].children):
        return True  # "denies doing so", "denied having done that": what it points back to was said before
    return bool(comp) and comp[0].dep_ == "xcomp" and is_passive(verb)  # "soldiers were urged to leave"
