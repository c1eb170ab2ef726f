"""Parse repair (run by :mod:`graph.extraction.parse_repairs`) of what a reporter did after the clause it reports.

"A spokesman said communications had been cut off but did not confirm its fall", "said the army had withdrawn but
gave no details": the parser joins the second verb to the reported clause's, so the clause reported runs on into the
reporter's own act. A verb with no subject of its own, joined by "but" or "and" to the verb of a clause a report
verb governs, that reports, details or declines itself ("confirm", "say", "give", "elaborate", "decline") is the
report verb's conjunct: the reporter's act, not part of what was said."""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.phrase_repairs import REPORT_FORMS

# (forms, since the repairs run before the lemmatizer) what a reporter goes on to do, or not, with what it said
REPORTERS_ACTS = {"confirm", "confirmed", "say", "said", "give", "gave", "provide", "provided", "elaborate", "elaborated",
                  "comment", "commented", "offer", "offered", "decline", "declined", "refuse", "refused", "explain",
                  "explained", "specify", "specified", "identify", "identified", "name", "named", "add", "added"}


def reporters_act_in_clause(doc: Doc) -> None:
    """Each "<report verb> <clause> but did not confirm ...": the second verb hung on the report verb."""
    for verb in doc:
        clause = verb.head
        if verb.dep_ != "conj" or verb.lower_ not in REPORTERS_ACTS or clause.dep_ != "ccomp" \
                or clause.head.lower_ not in REPORT_FORMS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or not any(c.dep_ == "cc" and c.lower_ in ("but", "and") and c.i < verb.i for c in clause.children):
            continue
        joining = max((c for c in clause.children if c.dep_ == "cc" and c.i < verb.i), key=lambda c: c.i)
        verb.head = joining.head = clause.head
