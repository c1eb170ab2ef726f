"""IRIs written short: ``place:kyiv`` for ``https://w3id.org/warkg/id/place/kyiv``, with warkg's
fixed prefixes, wherever a graph is shown or written (Turtle, tables, reports)."""
from __future__ import annotations

import re

from ontology import PREFIXES

_PN_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")


class Abbreviator:
    """IRI -> prefixed name where the local part is a valid Turtle name, else <IRI>."""

    def __init__(self, prefixes: dict[str, str] = PREFIXES):
        # longest namespace first, so place: wins over wki:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        short = self.cache.get(iri)
        if short is None:
            short = self._abbreviate(iri)
            if len(self.cache) < 100_000:
                self.cache[iri] = short
        return short

    def _abbreviate(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns):
                local = iri[len(ns):]
                if local == "" or _PN_LOCAL.match(local):
                    return f"{prefix}:{local}"
        return "<" + "".join(_IRI_ESCAPES.get(ch, ch) for ch in iri) + ">"


_IRI_ESCAPES = {">": "%3E", " ": "%20", "<": "%3C", '"': "%22", "\n": "%0A", "\r": "%0D", "\t": "%09"}
