"""The phrase that names who speaks for a reporting verb: its subject, climbing through participles and
conjunctions (a passive's doer; "Kigali denies arming"), else the name right after a closing quote ("“...,”
Connelly said"), a speaker tacked on after the clause, or the person named before a main verb the parser left
without a subject; with the other subjects the parser gave it ("The state news agency TASS reported").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.claim_content import SUBJECT_DEPS, modifier_subject, speakers_own_act
from graph.extraction.doctext import QUOTE_MARKS

if TYPE_CHECKING:
    from graph.extraction.coref import ReferenceResolver

CLIMB_DEPS = ("advcl", "conj", "xcomp", "acl", "relcl")


def reporting_subject(verb: Token, cues: Cues) -> Token | None:
    """The speaker phrase of a reporting verb, climbing through participles and conjunctions."""
    tok = verb
    for _ in range(4):
        if pobj := [c for a in tok.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]:
            return pobj[0]  # a passive's doer
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            s = subj[0]
            if s.dep_ == "nsubjpass" and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                return None  # "it is believed that ..."; "the warship was officially welcomed": no speaker
            if s.lower_ == "it" and any(c.dep_ == "auxpass" for c in tok.children):
                return None  # "it was reported that ..."
            return s
        if (s := modifier_subject(tok)) is not None:  # "Kigali denies arming the group"
            return s
        if tok == verb and speakers_own_act(tok.head, cues) == tok:
            tok = tok.head.head  # "said the army held X and accused the rebels of ...": who said it accuses
            continue
        if tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in ("before", "after", "while", "by"):
            tok = tok.head.head  # "praised the couple before saying that ...": the one who praised says it
            continue
        break
    return None


def subject_phrases(verb: Token, res: ReferenceResolver,
              tacked: tuple[Token, int] | None) -> tuple[Token, list[Token]] | None:
    """The verb's subject and the other subjects the parser gave it: "The Russian state news agency
    TASS reported" comes as two, "agency" and "TASS"; the one that is a name comes first, the others
    speak only when it names no one; ``tacked`` is the verb's tacked-on speaker, if any
    (:func:`tacked_on_speaker`)."""
    subj = _named_after_quote(verb, res) or (tacked[0] if tacked else None) or reporting_subject(verb, res.cues) \
        or _fronted_speaker(verb, res)
    if subj is None:
        return None
    if subj.i not in res.key_at:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in res.key_at), subj)
    doc = verb.doc
    while subj.i + 2 < len(doc) and doc[subj.i + 1].text == "-" and doc[subj.i + 2].dep_ in SUBJECT_DEPS \
            and doc[subj.i + 2].head == subj.head:
        subj = doc[subj.i + 2]  # "the co-owner" parsed as three subjects: the word after the hyphen heads it
    return subj, [c for c in subj.head.children if c.dep_ in SUBJECT_DEPS and c.i != subj.i]


def _named_after_quote(verb: Token, res: ReferenceResolver) -> Token | None:
    """The name between a closing quote and the verb ('“...,” Connelly said'): the speaker, whatever
    the parser makes of it (an adverb of the verb, with the quote's last noun as the subject)."""
    doc = verb.doc
    ref = next((r for r in res.refs if r.end == verb.i), None)
    if ref is None or ref.start < 1 or doc[ref.start - 1].text not in QUOTE_MARKS or not doc[ref.start].text[:1].isupper():
        return None
    return doc[ref.end - 1]


def _fronted_speaker(verb: Token, res: ReferenceResolver) -> Token | None:
    """The speaker of a main reporting verb the parser left without a subject ("In an interview with
    the paper, General X, head of the staff, said that ..."): the person named last before the verb
    in its sentence, when only the person's description (no verb) stands between them; no one else."""
    if verb.dep_ != "ROOT" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    sent = verb.sent
    people = [ref for ref in res.refs if sent.start <= ref.start and ref.end <= verb.i  # a dateline is no speaker
              and res.kind(ref.key) == "Person"
              and not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in verb.doc[ref.end:verb.i])]
    return verb.doc[people[-1].end - 1] if people else None
