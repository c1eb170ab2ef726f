"""Network analysis of the graph: centrality and communities on hand-made networks."""
from __future__ import annotations

import networkx as nx
import pytest

from graph import analysis


def network() -> nx.MultiDiGraph:
    """Two clusters of actors and places joined by one broker, with events and co-mentions."""
    G = nx.MultiDiGraph()
    for side in ("a", "b"):
        for i in range(12):
            G.add_node(f"{side}{i}", kind="Person" if i % 2 else "Place")
        for i in range(11):
            G.add_edge(f"{side}{i}", f"{side}{i + 1}", relation="affiliation", weight=1)
            G.add_edge(f"{side}{i}", f"{side}{(i + 3) % 12}", relation="coMention", weight=2)
    G.add_node("broker", kind="Organization")
    G.add_edge("a0", "broker", relation="affiliation", weight=1)
    G.add_edge("broker", "b0", relation="affiliation", weight=1)
    return G


@pytest.mark.parametrize("in_child", [False, True])
def test_centrality_and_communities_whether_betweenness_runs_in_a_child_or_not(monkeypatch, in_child):
    inline = network()
    analysis.add_centrality(inline)
    monkeypatch.setattr(analysis, "BACKGROUND_NODES", 2 if in_child else 10**9)
    G = network()
    analysis.add_centrality(G)
    assert dict(G.nodes(data=True)) == dict(inline.nodes(data=True))
    between = nx.get_node_attributes(G, "betweenness")
    assert max(between, key=between.get) == "broker"  # all paths between the clusters run through it
    assert G.nodes["a3"]["community"] != G.nodes["b3"]["community"]
