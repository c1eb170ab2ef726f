"""Parse repair (run by :mod:`graph.extraction.parse_repairs`) of another party's word on a claim, set after it.

"Russia said its forces had taken Toretsk, a claim Ukraine's military denied": the parser makes the reported clause the
denial's and gives the denial two subjects, the said noun and the party. The said noun ("a claim", "a charge", "an
accusation") right after the comma that closes the clause is that clause's apposition, the denial a relative clause on
it, and the clause the first report's again: so the denial is no part of what the first party said
(:func:`graph.extraction.reported_clauses.others_stance`)."""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.phrase_repairs import CLOSING_REPORTS, REPORT_FORMS

# (forms, since the repairs run before the lemmatizer)
SAID_NOUNS = {"claim", "charge", "accusation", "allegation", "assertion", "report", "account", "statement"}
REBUTTALS = {"denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes", "contested",
             "refuted", "refutes", "denounced"}


def claim_rebutted_after_clause(doc: Doc) -> None:
    """Each "<report verb> <clause>, a claim <party> denied": the said noun apposed to the clause, the denial on it (the
    parser makes the clause the denial's, or the denial a verb joined to the clause)."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if verb.lower_ not in REBUTTALS or len(subjects) != 2 or subjects[0].lower_ not in SAID_NOUNS \
                or doc[subjects[0].left_edge.i - 1].text != ",":
            continue
        # the clause said: the denial's own (the parser's first reading), or the one the denial is joined to
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None) \
            or (verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else None)
        report = verb.head if clause is None or clause.head.i == verb.i else clause.head
        if clause is None or report.lower_ not in REPORT_FORMS | CLOSING_REPORTS:
            continue
        said = subjects[0]
        clause.head = report
        said.head, said.dep_ = clause, "appos"
        verb.head, verb.dep_ = said, "relcl"
