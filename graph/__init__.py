"""warkg: conflict news articles -> an RDF knowledge graph of actors, places, units, claims and events.

The public API:

- :func:`build` - article files and folders -> validated graph files (what ``warkg build`` does);
- :func:`extract` - article files and folders -> a record file (what ``warkg extract`` does);
- :func:`load_records` - record files -> validated graph files, a store or an endpoint (``warkg load``);
- :func:`load` - a graph file -> an rdflib Graph;
- :func:`query` - SPARQL over a graph, with the warkg prefixes bound.

Importing this package is cheap: spaCy is only imported when extraction runs.
"""
from __future__ import annotations

from pathlib import Path

from graph.errors import InputError, WarkgError

__version__ = "0.1.0"
DEFAULT_OUT = Path("exports")  # where outputs go when no folder is given (every command, every call)


def build(inputs, out_dir=DEFAULT_OUT, **options):
    """Build the graph of ``inputs`` into ``out_dir``; see :func:`graph.pipeline.build`."""
    from graph.pipeline import build as _build

    return _build(inputs, out_dir, **options)


def extract(inputs, output, **options):
    """Extract ``inputs`` into the record file ``output``; see :func:`graph.pipeline.extract_to_file`."""
    from graph.pipeline import extract_to_file

    return extract_to_file(inputs, output, **options)


def load_records(record_paths, out_dir=DEFAULT_OUT, **options):
    """Turn record files into the graph; see :func:`graph.pipeline.load`."""
    from graph.pipeline import load as _load

    return _load(record_paths, out_dir, **options)


def load(path):
    """Parse a graph file into an rdflib Graph (format from the extension)."""
    from graph.sparql import load_graph

    return load_graph(path)


def query(source, sparql: str, **params):
    """Run SPARQL over a graph file, a store folder or an rdflib Graph.

    ``sparql`` is SPARQL text, a ``.rq`` file or the name of a named query, whose parameters are given
    as keyword arguments (``query("exports/graph.ttl", "claims-by-actor", actor="Zelensky")``). The
    warkg prefixes are bound. Returns pyoxigraph results for files and stores, an rdflib Result for an
    rdflib Graph.
    """
    from graph.sparql import PREFIXES, bind_params, execute, open_source, resolve_query

    text, named = resolve_query(str(sparql))
    text = bind_params(named, text, {k: str(v) for k, v in params.items()})
    if hasattr(source, "query") and not isinstance(source, (str, bytes)) and hasattr(source, "triples"):
        return source.query(text, initNs=PREFIXES)
    return execute(open_source(source), text)


__all__ = ["InputError", "WarkgError", "__version__", "build", "extract", "load", "load_records", "query"]
