"""A parse repair (run by :mod:`graph.extraction.parse_repairs`): a name of several words before a hyphened participle
("Islamic State-linked insurgents", "Hayat Tahrir al-Sham-led rebels") is the participle's: who links, backs or leads
them, hung on "linked" as in "Iran-backed militias". The small parser hangs the name's first words on the noun, which
then reads as the name's own fighters."""
from __future__ import annotations

from spacy.tokens import Doc

from graph.extraction.phrase_repairs import NAME_TAGS

HYPHEN_TAGS = {"HYPH"}


def name_before_hyphened_participle(doc: Doc) -> None:
    """Each "<Name words>-<participle> <noun>": the name's last word the participle's, its other words that word's."""
    for hyphen in doc[1:-1]:
        participle = doc[hyphen.i + 1]
        if hyphen.tag_ not in HYPHEN_TAGS or participle.tag_ != "VBN" or participle.dep_ != "amod":
            continue
        start = hyphen.i - 1
        while start > participle.sent.start and _name_word(doc[start - 1]):
            start -= 1
        last = doc[hyphen.i - 1]
        if start == last.i or not all(_name_word(t) for t in doc[start:last.i + 1]):
            continue  # (one word is hung right already: "Iran-backed"; a name's words only)
        for word in doc[start:last.i]:
            if word.head.i == participle.head.i:
                word.head, word.dep_ = last, "compound"
        last.head, last.dep_ = participle, "npadvmod"


def _name_word(tok) -> bool:
    """A capitalised word of a name, whatever the tagger calls it ("Islamic" may be an adjective)."""
    return tok.text[:1].isupper() and tok.tag_ in NAME_TAGS | {"NN", "JJ"}
