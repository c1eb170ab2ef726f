"""warkg: conflict news articles -> an RDF knowledge graph of actors, places, units, claims and events.

The public API:

- :func:`build` - article files and folders -> validated graph files (what ``warkg build`` does);
- :func:`load` - a graph file -> an rdflib Graph;
- :func:`query` - SPARQL over a graph, with the warkg prefixes bound.

Importing this package is cheap: spaCy is only imported when extraction runs.
"""
from __future__ import annotations

from graph.errors import InputError, WarkgError

__version__ = "0.1.0"


def build(inputs, out_dir="exports", **options):
    """Build the graph of ``inputs`` into ``out_dir``; see :func:`graph.pipeline.build`."""
    from graph.pipeline import build as _build

    return _build(inputs, out_dir, **options)


def load(path):
    """Parse a graph file into an rdflib Graph (format from the extension)."""
    from graph.query import load_graph

    return load_graph(path)


def query(graph_or_path, sparql: str, **bindings):
    """Run SPARQL (text or a .rq file) over a Graph or a graph file; returns an rdflib Result."""
    from graph.query import load_graph, read_query, run_query

    graph = load_graph(graph_or_path) if not hasattr(graph_or_path, "query") else graph_or_path
    return run_query(graph, read_query(sparql), bindings or None)


__all__ = ["InputError", "WarkgError", "build", "load", "query", "__version__"]
