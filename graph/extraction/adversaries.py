"""Who "the enemy" or "the occupiers" are: the other side of a two-sided report ("the enemy attacked
Ukrainian positions near Kupiansk", in a General Staff summary, is Russia's army). Mixed into the reference
resolver (:class:`graph.extraction.coref.ReferenceResolver`), whose state it reads (``refs``,
``entities``, ``gaz``) and whose helpers it calls (``country_of``, ``actor_kind``, ``forces_of_country``).
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actor_sorts import ARMED_GROUP_KINDS

ADVERSARY_NOUNS = {"enemy", "occupier", "invader", "aggressor"}  # what one side calls the other's forces


class Adversaries:
    """The other side's forces."""

    def adversary(self, tok: Token, speaker: str | None) -> str | None:
        """The armed forces of the one country the article names besides the side the words are
        said for: the speaker's country, or the country whose positions or forces the clause names ("the
        enemy attacked Ukrainian positions"). None where that side is unknown, where more than one other
        country is named, or where an armed group is (an army's enemy may then be the group)."""
        own = self.country_of(speaker) if speaker else None
        if own is None:
            clause = next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX")), tok.head)
            # (not a clause joined to it: "the enemy attacked near X, and Russian forces tried to break through")
            joined = {t.i for c in clause.children if c.dep_ == "conj" for t in c.subtree}
            own = next((iso for t in clause.subtree if not tok.left_edge.i <= t.i <= tok.right_edge.i and t.i not in joined
                        and t.text[:1].isupper() for iso in [self.gaz.country_of_adjective(t.text)] if iso), None)
        if own is None:
            return None
        sides = set()
        for ref in self.refs:
            if self.actor_kind(ref.key) in ARMED_GROUP_KINDS:
                return None
            if self.kind(ref.key) == "Country" or self.actor_kind(ref.key) == "armed forces":
                sides.add(self.country_of(ref.key))
        sides -= {own, None}
        return self.forces_of_country(sides.pop()) if len(sides) == 1 else None
