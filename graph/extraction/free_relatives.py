"""A parse repair (run by :mod:`graph.extraction.parse_repairs`): in "launched what it called anti-terrorist operations
in the region on Tuesday" the small parser hangs the phrases after the named thing ("on Tuesday") on the naming verb
of the free relative; what they tell (when, where) is of the verb the relative is the object of, as in "launched
anti-terrorist operations on Tuesday". The thing named is that verb's too: :func:`free_relative_verb` is the verb an
event noun so named depends on (:func:`graph.extraction.event_time.governing_verb`)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

# (forms, not lemmas: the repairs run before the lemmatizer)
NAMING_FORMS = {f"{stem}{end}" for stem in ("call", "term", "brand") for end in ("", "s", "ed", "ing")} | {
    "dub", "dubs", "dubbed", "dubbing", "describe", "describes", "described", "describing", "label", "labels", "labelled",
    "labeled", "labelling", "labeling"}


def phrase_on_naming_verb(doc: Doc) -> None:
    """Each "<verb> what <it> called <thing> <phrase>": the phrase after the thing the outer verb's."""
    for naming in doc:
        if free_relative_verb(naming) is None:  # (its first test, the word's form, is the cheap one)
            continue
        named = next((c for c in naming.children if (c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as"))
                      and c.i > naming.i), None)
        if named is None:
            continue
        for phrase in [c for c in naming.children if c.dep_ in ("prep", "npadvmod") and c.i > named.right_edge.i]:
            phrase.head = naming.head


def free_relative_verb(naming: Token) -> Token | None:
    """The verb whose object a free relative of naming is ("launched" for "called" in "launched what it called
    operations"), else None."""
    if naming.lower_ not in NAMING_FORMS or naming.dep_ not in ("ccomp", "dobj") \
            or naming.head.i > naming.i or not naming.head.tag_.startswith("VB"):
        return None
    what = any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < naming.i for c in naming.children)
    return naming.head if what else None


def verb_of_named(tok: Token) -> Token | None:
    """For the thing a free relative names ("operations" in "launched what it called operations", "an operation" in
    "launched what it described as an operation"), the verb whose object it is; else None."""
    if tok.dep_ == "oprd":
        return free_relative_verb(tok.head)
    return free_relative_verb(tok.head.head) if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None

