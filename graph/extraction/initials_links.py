"""Which gazetteer entries a name written as initials may be: a short all-capitals name only in
capitals ("WHO", "US"; not the town "Uk"), an acronym only as that acronym ("USS" is no spelling of
"US"), and not another body's initials where the article names a body in full with them ("TDF" of an
article that names the Tigray Defence Forces is not Ukraine's territorial defence).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from graph.extraction.doctext import in_dateline
from graph.extraction.short_forms import initials
from graph.gazetteer import Entry
from graph.text import name_key

if TYPE_CHECKING:
    from graph.extraction.candidates import Candidate


def as_initials(text: str) -> bool:
    """Written as initials: "TDF", "SBU", "U.S." (not "UN Women")."""
    bare = text.replace(".", "")
    return bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 5


def bodies_spelt_out(doc: Doc, cands: list[Candidate]) -> dict[str, set[str]]:
    """Initials -> the name keys of the bodies the article names in full with them, in three words or more
    ("Tigray Defence Forces", "Congressional Progressive Caucus")."""
    spelt: dict[str, set[str]] = {}
    for cand in cands:
        text = doc[cand.start:cand.end].text
        if (cand.ner == "ORG" or any(not e.is_place and e.kind != "Person" for e in cand.entries or ())) \
                and len(text.split()) >= 3 and len(letters := initials(text)) >= 3:
            spelt.setdefault(letters, set()).add(name_key(text))
    return spelt


def spelt_otherwise(entry: Entry, text: str, spelt: dict[str, set[str]]) -> bool:
    """The article names bodies in full with these initials (``spelt``: :func:`bodies_spelt_out`), none
    of them this entry."""
    names = spelt.get(text.replace(".", ""))
    return bool(names) and not names & {name_key(n) for n in (entry.label, *entry.aliases)}


def acronym_mismatch(entry: Entry, span: Span) -> bool:
    """Short all-capitals names (WHO, AP, US) only match when written in capitals, and a name written
    as an acronym ("UK", "IS") only matches an entry that has it as that acronym, not the town "Uk" nor,
    as a spelling variant, "US" for "USS" (unless the whole line is in capitals: its sentence is looked
    at only then, for every entry of every candidate comes here)."""
    text = span.text
    key = name_key(text)
    forms = [n for n in (entry.label, *entry.aliases) if name_key(n) == key]
    bare = text.replace(".", "").replace("'s", "").replace("’s", "")
    if forms and all(f.replace(".", "").isupper() and len(f.replace(".", "")) <= 5 for f in forms):
        return not bare.isupper()
    if bare.isupper() and bare.isalpha() and len(bare) <= 5 and not _shouted(span):
        # an acronym is spelt one way: "USS" (a ship's prefix) is no spelling variant of "US"
        return not any(f.replace(".", "").isupper() for f in forms)
    return False


def _shouted(span: Span) -> bool:
    """A line written all in capitals ("RUSSIA WITHDRAWS FROM KHERSON") or a dateline's place ("KYIV, May
    7 (Reuters) -"): capitals say nothing there."""
    words = [t.text for t in span.sent if t.is_alpha]
    return (len(words) > 2 and all(w.isupper() for w in words)) or in_dateline(span)
