"""A parse repair (run by :mod:`graph.extraction.parse_repairs`): a name the small parser runs into the "days
ago" after it ("seized Herat days ago", "captured Bakhmut months ago": the name made a modifier of "days") is the
verb's object, and the time phrase says when."""
from __future__ import annotations

from spacy.tokens import Doc

TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"}


def name_run_into_ago(doc: Doc) -> None:
    """Each "<verb> <Name> <unit> ago" whose verb has no object: the name is its object, the unit hangs on "ago"."""
    for ago in doc[2:]:
        unit = doc[ago.i - 1]
        if ago.lower_ != "ago" or unit.lower_ not in TIME_UNITS or not ago.head.tag_.startswith("VB"):
            continue
        verb = ago.head
        names = [t for t in unit.children if t.i < unit.i and t.tag_ in ("NNP", "NNPS", "JJ") and t.text[:1].isupper()]
        if not names or any(c.dep_ == "dobj" for c in verb.children) or names[0].i <= verb.i:
            continue
        name = names[-1]  # (the last word of the name; the words before it stay on it)
        for other in names[:-1]:
            other.head = name
        name.head, name.dep_, name.tag_ = verb, "dobj", "NNP"
        unit.head, unit.dep_ = ago, "npadvmod"
