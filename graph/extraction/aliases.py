"""Names the text gives as another name of the name before them: "Hayat Tahrir al-Sham, known as HTS",
"Qayyarah Airfield West, also called “Q-West”", "the Arakan Army (also known as the AA)". The two
are one entity. Also the name an operation is given ("an operation code-named Rising Lion").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import Cues

OPENERS = {"“", '"', "‘", "'", "the", "The"}
LONGEST_PHRASE = 3


def aliased_end(doc: Doc, start: int, cues: Cues) -> int | None:
    """The end of the name a span starting at ``start`` is another name of (the index after its last
    token), when an alias phrase and a comma or bracket stand between them; else None."""
    i = start
    while i > 0 and doc[i - 1].text in OPENERS:
        i -= 1  # '“Q-West”', "the Janjaweed"
    for n in range(LONGEST_PHRASE, 0, -1):
        words = tuple(t.lower_ for t in doc[max(0, i - n):i])
        if len(words) == n and words in cues.alias_phrases:
            before = i - n - 1
            if before >= 1 and doc[before].text in (",", "(") and doc[before - 1].sent == doc[start].sent \
                    and not _in_a_common_nouns_phrase(doc[before - 1]):
                return before
    return None


def _in_a_common_nouns_phrase(last) -> bool:
    """The name ends a place phrase of a common noun ("the African Union mission in Somalia, known as
    ATMIS"): the other name is the noun phrase's, not the name's."""
    prep = last.head
    return last.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.head.text.islower()


def alias_candidates(doc: Doc, ner: dict[tuple[int, int], str], cues: Cues) -> dict[tuple[int, int], str]:
    """NER spans of a label that names nothing warkg keeps (a nickname in quotes the model calls a work
    of art) that are another name of an NER span it keeps: each with that span's label."""
    ends = {end: label for (_, end), label in ner.items()}
    out = {}
    for (start, end), label in ner.items():
        named = aliased_end(doc, start, cues)
        if named is not None and named in ends and label != ends[named]:
            out[(start, end)] = ends[named]
    return out


NAMING_WORDS = {"named", "called", "dubbed", "codenamed", "code-named"}
OPERATION_NOUNS = {"operation", "offensive", "counteroffensive", "counter-offensive", "campaign", "mission", "exercise"}


def names_an_operation(tokens: list[Token]) -> bool:
    """The name an operation is given ("an operation code-named Rising Lion", "the offensive, dubbed
    Eastern Storm,"): the operation's, whatever the NER says (a person, a place)."""
    doc, i = tokens[0].doc, tokens[0].i - 1
    if i < 1 or doc[i].lower_ not in NAMING_WORDS:
        return False
    k = i - 1
    while k > max(tokens[0].sent.start, i - 4) and doc[k].lower_ in ("code", "-", ","):
        k -= 1  # "code-named", "the operation, named X"
    return doc[k].lower_ in OPERATION_NOUNS
