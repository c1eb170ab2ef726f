"""Names that say what a group stands against or for: "anti-junta fighters", "pro-Russian forces",
"anti-Assad rebels". The name is not the group, so it is neither the group's actor nor, for a demonym,
its country's forces. Nor is a demonym after "ethnic" its state: "ethnic Armenian forces" (Karabakh's)
are a people's forces, not Armenia's.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues

HYPHENS = {"-", "\u2010", "\u2011"}


def stance_object(tok: Token, cues: Cues) -> bool:
    """Whether the word (or the name it ends) follows "anti-" or "pro-"."""
    first = tok.left_edge.i  # at the word itself, or at the start of the name it ends
    doc = tok.doc
    return first >= 2 and doc[first - 1].text in HYPHENS and doc[first - 2].lower_ in cues.stance_prefixes


def names_no_actor(tok: Token, cues: Cues) -> bool:
    """Whether the word names what a group stands against or for, or (a demonym after "ethnic") the people
    it comes from: not the group's actor, and for a demonym not its state."""
    before = {tok.i - 1, tok.left_edge.i - 1} - {-1}  # "ethnic" parsed as the demonym's modifier or not
    return stance_object(tok, cues) or any(tok.doc[k].lower_ in cues.ethnic_words for k in before)
