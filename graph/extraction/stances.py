"""Names that say what a group stands against or for: "anti-junta fighters", "pro-Russian forces",
"anti-Assad rebels". The name is not the group, so it is neither the group's actor nor, for a demonym,
its country's forces.
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
