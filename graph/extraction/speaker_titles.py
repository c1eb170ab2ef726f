"""Parse repairs (run by :mod:`graph.extraction.parse_repairs`) of the speaker's name that closes a reported clause.

- A speaker's title before it ("At least five people were killed in Kyiv, the mayor Vitali Klitschko said") is read
  by the small parser as an apposition to the clause's last word (Kyiv, "the mayor"), so the reported text ends in
  the title; the title describes the name, the report verb's subject.
- The name is read as joined to the clause's last noun, which the parser makes the report verb's subject ("Drones
  struck Odesa, killing at least 20 people, regional governor Oleh Kiper said": "people ... and Kiper said"), so the
  reported text ends before that noun; the noun is the object of the verb right before it, the name the subject (so
  too a plural of unnamed speakers: "killing nine people, police and witnesses said").
- A name right after the noun that describes it is read as a second subject of the verb ("The rebel alliance CSP said
  it had withdrawn"), which leaves "it" without the name; the name is the noun's apposition, as the parser has it in
  "The militant group Hamas said"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.cues import load_cues
from graph.extraction.phrase_repairs import CLOSING_REPORTS, NAME_TAGS

# plurals that speak unnamed: the unnamed sources' heads and those who witness
UNNAMED_SPEAKERS = {*load_cues().sources.values(), "police", "witnesses", "residents", "medics", "rescuers", "activists"}


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


def speaker_joined_to_object(doc: Doc) -> None:
    """Each "<clause> killing 20 people, governor Oleh Kiper said": the name the report verb's subject, the noun the
    object of the verb before it."""
    for verb in doc:
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNS")), None) \
            if verb.lower_ in CLOSING_REPORTS else None
        name = next((c for c in noun.children if c.dep_ == "conj" and _speaks(c, verb) and c.i < verb.i
                     and doc[c.left_edge.i - 1].text == ","), None) if noun is not None else None
        before = doc[noun.left_edge.i - 1] if name is not None and noun.left_edge.i > 0 else None
        if before is not None and before.tag_.startswith("VB") and before.i < noun.i < name.i \
                and not any(c.dep_ == "dobj" for c in before.children) and verb in before.ancestors:
            noun.head, noun.dep_ = before, "dobj"
            name.head, name.dep_ = verb, "nsubj"


def _speaks(word: Token, verb: Token) -> bool:
    """A name, or a plural of those who speak unnamed ("police", "officials", "witnesses") whose phrase runs up to the
    report verb ("killing nine people, police and witnesses said")."""
    return word.tag_ in NAME_TAGS or (word.lower_ in UNNAMED_SPEAKERS and word.right_edge.i == verb.i - 1)


def name_read_as_second_subject(doc: Doc) -> None:
    """Each "The rebel alliance CSP said": the name an apposition of the noun before it, not a subject of its own."""
    for name in doc:
        if name.dep_ != "nsubj" or name.tag_ not in NAME_TAGS or name.head.i < name.i:
            continue
        subjects = [c for c in name.head.children if c.dep_ == "nsubj" and c.i < name.head.i]
        if len(subjects) == 2 and subjects[1] == name and subjects[0].tag_ in ("NN", "NNS") \
                and name.left_edge.i == subjects[0].i + 1:
            name.head, name.dep_ = subjects[0], "appos"


SPEAKER_REPAIRS = (title_left_in_clause, speaker_joined_to_object, name_read_as_second_subject)
