"""Checks on the shape of a parse tree, which the parse repairs (:mod:`graph.extraction.parse_repairs`) must leave
whole."""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.tokens import Doc

TREE = [HEAD, DEP, TAG]  # the attributes a repair may change


def well_formed(doc: Doc) -> bool:
    """Whether every token's heads lead up to a root, not round in a circle (spaCy's search for a span's root
    fails on one, E039): each token's ancestor two, four, eight ... steps up, until every token has had
    as many steps as the Doc has tokens."""
    heads = numpy.arange(len(doc)) + doc.to_array(HEAD).astype(numpy.int64)
    up, steps = heads, 1
    while steps < len(doc):
        up, steps = up[up], steps * 2
    return bool((heads[up] == up).all())
