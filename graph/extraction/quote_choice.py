"""Which quote a reporting verb claims: the nearest in its sentence that does not contain the verb; and the quoted
words that are only a phrase the writer marks (a “concentration” of troops), not the claim."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extraction.doctext import doc_text

SCARE_QUOTE_WORDS = 3
PHRASE_OPENERS = {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "of", "so-called",
                  "against", "with", "for", "by", "on", "from", "at", "in", "into"}


def is_scare_quote(quote: tuple[int, int], sent: Span) -> bool:
    """A few quoted words inside a sentence that goes on around them (a “concentration” of troops): a
    phrase the writer marks, not the claim."""
    text = doc_text(sent.doc)
    words = text[quote[0]:quote[1]].split()
    before = text[sent.start_char:max(sent.start_char, quote[0] - 1)].strip(" ,:;—-")
    after = text[min(quote[1] + 1, sent.end_char):sent.end_char].strip(" ,.:;—-")
    if len(words) > SCARE_QUOTE_WORDS or not before:
        return False
    return bool(after) or inside_phrase(quote, sent)


def inside_phrase(quote: tuple[int, int], sent: Span) -> bool:
    """Whether a quote follows a determiner or a preposition: a word of the phrase, even at the
    sentence's end or inside what a reporting verb governs ("vowed to crush the “terrorists”.")."""
    before = doc_text(sent.doc)[sent.start_char:max(sent.start_char, quote[0] - 1)].split()
    return bool(before) and before[-1].lower() in PHRASE_OPENERS


def nearest_quote(verb: Token, sent: Span, quotes) -> tuple[int, int] | None:
    """A quote in the verb's sentence (or starting right after it, not in the next paragraph) that does not
    contain the verb."""
    best = None
    end = sent.start_char + len(sent.text.rstrip())
    for q in quotes:
        if q[0] <= verb.idx < q[1]:
            continue
        if not (overlaps(q, (sent.start_char, end)) or (sent.start_char <= q[0] - 1 <= sent.end_char
                                                        and "\n" not in doc_text(sent.doc)[end:q[0]])):
            continue
        distance = min(abs(verb.idx - q[0]), abs(verb.idx - q[1]))
        if best is None or distance < best[0]:
            best = (distance, q)
    return best[1] if best else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
