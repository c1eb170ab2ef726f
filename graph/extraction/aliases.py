"""Names the text gives as another name of the name before them: "Hayat Tahrir al-Sham, known as HTS",
"Qayyarah Airfield West, also called “Q-West”", "the Arakan Army (also known as the AA)". The two
are one entity. Also the name an operation is given ("an operation code-named Rising Lion").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.acronyms import acronym_text, expansion_end, spells
from graph.records import PLACE_KINDS

if TYPE_CHECKING:
    from graph.extraction.candidates import Candidate

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
            while before > 0 and doc[before].pos_ == "ADV" and doc[before].head.i in range(i - n, i):
                before -= 1  # "better known as", "widely known as"
            if before < 1 or doc[before - 1].sent != doc[start].sent:
                continue
            if doc[before].text not in (",", "("):
                before = _apposed_name_end(doc[i - n:i])
            if before is not None and not _in_a_common_nouns_phrase(doc[before - 1]):
                return before
    return None


def _apposed_name_end(phrase) -> int | None:
    """The end of the name a description is apposed to when the alias phrase qualifies the description
    ("Jimmy Cherizier, a former police officer known as Barbecue"), or None."""
    verb = next((t for t in phrase if t.dep_ == "acl"), None)
    noun = verb.head if verb is not None else None
    if noun is None or noun.dep_ != "appos" or noun.head.i >= noun.i or noun.head.pos_ != "PROPN":
        return None
    end = noun.head.i + 1
    return end if end < noun.i and phrase.doc[end].text == "," else None


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


def given_as_another_name(doc: Doc, chosen: list[Candidate], idx: int, cues: Cues) -> list[str]:
    """The forms under which the chosen span ``idx`` names the span before it: an acronym in brackets
    after its name ("(MoD)"; "(CoI)", then "the COI" in capitals), a name in brackets after its acronym
    ("OFAC (Office of Foreign Assets Control)"), a name after "also called" ("Q-West")."""
    cand, before = chosen[idx], chosen[idx - 1]
    text = doc[cand.start:cand.end].text
    if _in_parentheses(doc, cand) and before.end == cand.start - 1:
        # (a place's acronym spells it: "the UN mission in South Sudan (UNMISS)" is no other name of
        # South Sudan, where a body's may be its own language's: "Doctors Without Borders (MSF)")
        if acronym_text(text, longest=6) and (spells(text, doc[before.start:before.end])
                                              or (before.entry.kind if before.entry else before.kind) not in PLACE_KINDS):
            return [text, text.upper()]
        if expansion_end(doc, before.start) == cand.end:
            return [text]
    return [text] if aliased_end(doc, cand.start, cues) == before.end else []


def _in_parentheses(doc: Doc, cand: Candidate) -> bool:
    return cand.start > 0 and cand.end < len(doc) and doc[cand.start - 1].text == "(" and doc[cand.end].text == ")"


def nicknamed_people(doc: Doc, chosen: list[Candidate], cues: Cues) -> dict[int, int]:
    """For each chosen span that names a person as another name of the person named just before it, the
    index of that person's span ("Jimmy Cherizier, a former police officer known as Barbecue"; "Lena
    Varo, better known as Red Lena"), and so for the nickname's later uses, which the model may take
    for a body's name."""
    out: dict[int, int] = {}
    nicknames: dict[str, int] = {}
    for idx in range(1, len(chosen)):
        cand, before = chosen[idx], chosen[idx - 1]
        if cand.entry is not None:
            continue
        text = doc[cand.start:cand.end].text
        if text in nicknames:
            out[idx] = nicknames[text]
        elif before.entry is None and before.kind == "Person" and cand.kind == "Person" \
                and aliased_end(doc, cand.start, cues) == before.end:
            out[idx] = nicknames[text] = idx - 1
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
