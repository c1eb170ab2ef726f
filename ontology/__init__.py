"""The warkg ontology (OWL), its SHACL shapes and the namespace classes.

Files: ``warkg.ttl`` (terms and alignments), ``shapes.ttl`` (what every built graph must satisfy).
"""
from importlib import resources
from pathlib import Path

from ontology.namespace import ONTOLOGY_IRI, PREFIXES, WK, WKI

ONTOLOGY_FILE = Path(str(resources.files("ontology") / "warkg.ttl"))
SHAPES_FILE = Path(str(resources.files("ontology") / "shapes.ttl"))

__all__ = ["ONTOLOGY_FILE", "ONTOLOGY_IRI", "PREFIXES", "SHAPES_FILE", "WK", "WKI"]
