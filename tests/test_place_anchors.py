"""Distances between places, for the town a text puts near another (graph.extraction.place_anchors)."""
from __future__ import annotations

import pytest

from graph.extraction.place_anchors import distance_km


@pytest.mark.parametrize("a, b, km", [
    ((50.45, 30.52), (49.99, 36.23), 410),  # Kyiv to Kharkiv
    ((33.89, 35.50), (33.51, 36.29), 85),  # Beirut to Damascus
    ((0.0, 0.0), (0.0, 180.0), 20015),  # half the equator
])
def test_great_circle_distance(a, b, km):
    assert distance_km(*a, *b) == pytest.approx(km, rel=0.03)
