"""Parse repair (run by :mod:`graph.extraction.parse_repairs`) of a reporting verb the tagger read as a plural noun.

"May 20 - Prigozhin claims Wagner has taken Bakhmut": after a dated label the small tagger reads "claims" as a noun
("NNS") even as the parser gives it the subject before it and the clause after it; the claims reader, which wants a
verb, then loses the report. A noun form of a reporting verb in the present, with a subject before it and a clause
after it, is the verb ("VBZ")."""
from __future__ import annotations

from spacy.tokens import Doc

# third-person present forms of reporting verbs that are also plural nouns
REPORT_NOUN_FORMS = {"claims", "says", "reports", "warns", "denies", "insists", "states", "admits", "alleges",
                     "announces", "confirms", "accuses", "estimates"}


def report_verb_read_as_noun(doc: Doc) -> None:
    """Each "<subject> claims <clause>" with "claims" tagged a noun: tagged the verb."""
    for word in doc:
        if word.lower_ not in REPORT_NOUN_FORMS or word.tag_ not in ("NN", "NNS"):
            continue
        subject = any(c.dep_ == "nsubj" and c.i < word.i for c in word.children)
        clause = any(c.dep_ == "ccomp" and c.i > word.i for c in word.children)
        if subject and clause:
            word.tag_ = "VBZ"
