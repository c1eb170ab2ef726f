"""A parse repair (run by :mod:`graph.extraction.parse_repairs`): a title drops the "were" of its passives ("Three
US troops killed in drone attack in Jordan"), and the small parser reads the bare participle as an active past with
the victims as its subject (the troops killed someone); in a title, a verb of harm with no object, right before the
phrase that says how, where or when, is passive and its subject what was harmed."""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.doctext import is_title

HARMED = {"killed", "wounded", "injured", "maimed", "hurt"}
HOW_WHERE_WHEN = {"in", "by", "as", "after", "near", "during", "when", "while", "at", "on"}


def headline_passive(doc: Doc) -> None:
    """Each title's "<victims> killed in ...": the participle passive, the victims its passive subject."""
    for verb in doc[1:-1]:
        if verb.lower_ not in HARMED or doc[verb.i + 1].lower_ not in HOW_WHERE_WHEN \
                or any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is not None and verb.i + 1 < verb.sent.end and is_title(verb.sent):
            verb.tag_, subject.dep_ = "VBN", "nsubjpass"
