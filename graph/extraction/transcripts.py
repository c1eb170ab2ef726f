"""Transcripts of briefings and interviews, as governments publish them: a paragraph that opens with a
speaker's label in capitals and a colon ("SECRETARY KERRY:", "MR MILLER:", "AMBASSADOR THOMAS-GREENFIELD:")
holds that speaker's own words, no quotation marks and no reporting verb. Each sentence of it is a claim of
the person the label names: a person mentioned in the label, or the person of the article whose family name
the label ends with. A questioner's label ("QUESTION:", "MODERATOR:") names no one and holds no claim.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from graph.extraction.claims import ClaimInfo
from graph.extraction.coref import ReferenceResolver
from graph.extraction.doctext import doc_text, strip_range
from graph.text import family_name, translit_key

# a label: one to five words in capitals (initials, hyphens and apostrophes inside), a colon, a space
LABEL = re.compile(r"^([A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,4}):[ \t]+(?=\S)", re.MULTILINE)
MIN_TURN_CHARS = 20  # a sentence shorter than this ("Thank you.") is no claim
GREETING = re.compile(r"(good (morning|afternoon|evening)|thank you|thanks|hello|welcome)\b", re.IGNORECASE)  # nor this


def turn_claims(doc: Doc, res: ReferenceResolver, found: list[ClaimInfo]) -> list[ClaimInfo]:
    """The claims of the speakers' turns, each sentence one claim, but for sentences that already hold one
    (a turn's own "we said in our statement that ...")."""
    text = doc_text(doc)
    out: list[ClaimInfo] = []
    for match in LABEL.finditer(text):
        speaker = _labelled_person(match.start(1), match.end(1), match.group(1), res)
        if speaker is None:
            continue
        end = text.find("\n", match.end())
        span = doc.char_span(match.end(), end if end >= 0 else len(text), alignment_mode="expand")
        for sent in span.sents if span is not None else ():
            start, stop = strip_range(text, (max(sent.start_char, match.end()), min(sent.end_char, span.end_char)))
            if stop - start < MIN_TURN_CHARS or text[stop - 1] == "?" or GREETING.match(text, start) \
                    or any(c.extent[0] < stop and start < c.extent[1] for c in found):
                continue
            out.append(ClaimInfo(speaker=speaker, verb="said", content=(start, stop), extent=(match.start(), stop),
                                 about=[k for k in res.mentions_in(start, stop) if k != speaker]))
            res.speakers.append((sent.start, speaker))
    return out


def _labelled_person(start: int, end: int, label: str, res: ReferenceResolver) -> str | None:
    """The person a turn's label names: one mentioned in it, else the one person of the article whose family
    name is the label's last word ("MR MILLER" after "Matthew Miller")."""
    named = [k for k in res.mentions_in(start, end) if res.kind(k) == "Person"]
    if named:
        return named[0]
    last = translit_key(label.split()[-1].strip(".").title())
    people = {key for key, info in res.entities.items() if info.kind == "Person"
              and translit_key(family_name(info.name)) == last}
    return people.pop() if len(people) == 1 else None
