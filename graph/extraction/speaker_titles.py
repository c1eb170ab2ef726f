"""A parse repair (run by :mod:`graph.extraction.parse_repairs`): a speaker's title before the name that closes a
reported clause ("At least five people were killed in Kyiv, the mayor Vitali Klitschko said") is read by the small
parser as an apposition to the clause's last word (Kyiv, "the mayor"), so the reported text ends in the title; the
title describes the name, the report verb's subject."""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.phrase_repairs import CLOSING_REPORTS, NAME_TAGS


def title_left_in_clause(doc: Doc) -> None:
    """Each "<clause>, the mayor <Name> said": the title hung on the name, out of the clause."""
    for verb in doc:
        if verb.lower_ not in CLOSING_REPORTS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.tag_ in NAME_TAGS), None)
        start = subject.left_edge.i if subject is not None else 0
        title = next((t for t in doc[verb.sent.start:start] if t.dep_ == "appos" and t.tag_ == "NN" and t.right_edge == t
                      and t.right_edge.i + 1 == start and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","), None)
        if title is not None and title.head.i < title.i and verb.i > title.head.i:
            title.head, title.dep_ = subject, "compound"
