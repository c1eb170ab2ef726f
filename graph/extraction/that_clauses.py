"""Parse repairs (run by :mod:`graph.extraction.parse_repairs`) of a that-clause the small parser hangs on a word
after its verb rather than on the verb.

- "Has made it clear that it will not withdraw": the clause hung on "clear" is what was made clear, the verb's.
- A that-clause after a comparative adverb of time ("The ministry said earlier that its forces had taken the town",
  "said later that ...") is read as the adverb's clause, as in "earlier than"; a that-clause is no comparison, and
  what was said is the verb's clause."""
from __future__ import annotations

from spacy.tokens import Doc, Token

MAKE_FORMS = {"make", "makes", "made", "making"}
TIME_COMPARATIVES = {"earlier", "later"}


def made_clear(doc: Doc) -> None:
    """"has made it clear that it will not withdraw": "clear" says how the verb makes what it makes, and the
    that-clause the parser hung on it is what was made clear, the verb's clause (as in "made clear that ...")."""
    for clear in [t for t in doc if t.lower_ == "clear" and t.dep_ in ("ccomp", "acomp", "oprd")]:
        verb = clear.head
        if verb.lower_ not in MAKE_FORMS:
            continue
        clear.dep_ = "oprd"
        _move_that_clauses(clear, verb)


def clause_on_time_adverb(doc: Doc) -> None:
    """Each "said earlier that <clause>": the clause the verb's, not the adverb's."""
    for adverb in doc:
        if adverb.lower_ in TIME_COMPARATIVES and adverb.dep_ == "advmod" and adverb.head.tag_.startswith("VB"):
            _move_that_clauses(adverb, adverb.head)


def _move_that_clauses(word: Token, verb: Token) -> None:
    """The that-clauses after the word hung on it become the verb's clauses."""
    for clause in [c for c in word.children if c.dep_ in ("advcl", "ccomp") and c.i > word.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]:
        clause.head, clause.dep_ = verb, "ccomp"
