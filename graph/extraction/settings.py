"""The settings of the mention stage: what the ``warkg_mentions`` component's config sets."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MentionSettings:
    """The linking settings (the ``warkg_mentions`` component's config)."""

    theatre: frozenset[str] = frozenset({"UA", "RU", "BY"})  # ISO codes of the countries the war is fought in
    theatre_prior: tuple[tuple[str, float], ...] = (("UA", 1.0), ("RU", 0.5))  # extra score for their places
    minor_population: int = 15_000  # a town of the theatre this big may be named without a place cue
    min_score: float = 1.0  # the least score of a link

    def prior(self, country: str | None) -> float:
        return dict(self.theatre_prior).get(country, 0.0)


DEFAULT_SETTINGS = MentionSettings()
# a city: a place this big is named where it is meant even without a place cue ("Kyiv", "an ISIL leader in Raqqah"),
# whatever the NER calls it
CITY_POPULATION = 100_000
