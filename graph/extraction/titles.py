"""The titles written around a person's name: the run of title words before it ("British Foreign
Secretary Boris Johnson", "Secretary of State John Kerry") and an apposition after it (", the foreign
minister"). Coreference asks which person was given a title; the title sweep finds a title standing
alone for that person.
"""
from __future__ import annotations

from spacy.tokens import Doc

from graph.cues import Cues


def title_before(doc: Doc, start: int, cues: Cues) -> tuple[str, ...]:
    """The title written before a person's name ("Foreign Secretary" of "British Foreign Secretary Boris
    Johnson", "Secretary of State" of "Secretary of State John Kerry"), without leading demonyms."""
    k = start
    while k > 0 and (doc[k - 1].lower_ == "of" or (doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper())) \
            and start - k < 5:
        k -= 1
        if doc[k].is_sent_start:
            break
    if k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_:
        return ()  # the end of a hyphened title ("Commander-in-Chief") is no title of its own ("Chief")
    words = [t.text for t in doc[k:start]]
    while words and (words[0].lower() not in cues.titles or words[0] == "of"):
        words = words[1:]
    return tuple(words) if len(words) > 1 or (words and words[0].lower() not in ("mr", "mrs", "ms", "dr", "sir")) else ()


def title_words(doc: Doc, start: int, end: int, taken: dict[int, str]) -> set[str]:
    """The lower-case words of the title a person named at ``start:end`` is given there: the run right
    before the name (no verb, no other mention in it) and an apposition right after a comma."""
    words = set()
    k = start - 1
    while k >= 0 and start - k <= 6 and doc[k].is_alpha and doc[k].pos_ != "VERB" and k not in taken:
        words.add(doc[k].lower_)
        k -= 1
    k = end + 1 if end < len(doc) and doc[end].text == "," else len(doc)
    while k < len(doc) and k - end <= 8 and not doc[k].is_punct and doc[k].pos_ != "VERB":
        words.add(doc[k].lower_)
        k += 1
    return words
