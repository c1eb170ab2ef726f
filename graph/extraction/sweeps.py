"""Names the NER missed, found again from what the article already names: a surname of someone named
in full, another occurrence of an organisation's, unit's or place's name, a title standing alone for
the person the article gave it. One name, one entity.
"""
from __future__ import annotations

from spacy.tokens import Doc

from graph.cues import Cues
from graph.extraction.candidates import Candidate
from graph.extraction.titles import title_before
from graph.text import translit_key


def _covered(chosen: list[Candidate]) -> set[int]:
    covered: set[int] = set()
    for cand in chosen:
        covered.update(range(cand.start, cand.end))
    return covered


def surname_sweep(doc: Doc, chosen: list[Candidate], surnames: set[str]) -> list[Candidate]:
    """Surnames of people named in the article that the NER missed ("“...,” Haidai said")."""
    covered = _covered(chosen)
    out = []
    for tok in doc:
        if tok.i in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 3:
            continue
        if translit_key(tok.text) in surnames:
            out.append(Candidate(tok.i, tok.i + 1, "surname", 6.0, kind="Person", name=tok.text))
    return out


def _free_match(doc: Doc, i: int, words: tuple[str, ...], covered: set[int]) -> bool:
    """``words`` written at ``i``, as written, over tokens no mention takes yet."""
    end = i + len(words)
    return end <= len(doc) and doc[i].text == words[0] and tuple(t.text for t in doc[i:end]) == words \
        and not covered.intersection(range(i, end))


SWEPT_KINDS = ("Organization", "MilitaryUnit", "Place", "Country")


def name_sweep(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Other occurrences of an organisation's, unit's or place's name the article already names, that
    the NER missed ("the American magazine Forbes" ... "Forbes emphasizes that"): one name, one entity,
    in capitals and as a proper noun."""
    covered = _covered(chosen)
    names: dict[tuple[str, ...], Candidate] = {}
    for cand in chosen:
        words = tuple(t.text for t in doc[cand.start:cand.end])
        if cand.kind in SWEPT_KINDS or (cand.entry is not None and cand.entry.kind in SWEPT_KINDS):
            if len("".join(words)) >= 3 and all(w[:1].isupper() for w in words):
                names.setdefault(words, cand)
    out = []
    for i in range(len(doc)):
        for words, cand in names.items():
            end = i + len(words)
            if _free_match(doc, i, words, covered) and any(t.pos_ == "PROPN" for t in doc[i:end]):
                out.append(Candidate(i, end, "sweep", 6.0, entries=cand.entries, entry=cand.entry, kind=cand.kind,
                                     name=cand.name, part_of=cand.part_of))
                covered.update(range(i, end))
    return out


def title_sweep(doc: Doc, chosen: list[Candidate], cues: Cues) -> list[Candidate]:
    """A title standing alone ("the Foreign Secretary said") is the person the article named with it
    before ("Foreign Secretary Boris Johnson"): a mention of that person."""
    covered = _covered(chosen)
    holders: list[tuple[int, tuple[str, ...], Candidate]] = []
    for cand in chosen:
        person = cand.kind == "Person" or (cand.entry is not None and cand.entry.kind == "Person")
        title = title_before(doc, cand.start, cues) if person and cand.start > 0 else ()
        if title and all(w[:1].isupper() for w in title if w != "of"):
            holders.append((cand.start, title, cand))
    out = []
    for start, title, cand in holders:
        n = len(title)
        for i in range(start + n + 1, len(doc) - n + 1):
            after = doc[i + n] if i + n < len(doc) else None
            if _free_match(doc, i, title, covered) \
                    and not (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()):
                out.append(Candidate(i, i + n, "title", 6.0, entries=cand.entries, entry=cand.entry, kind="Person",
                                     name=cand.name or doc[cand.start:cand.end].text, part_of=cand.part_of))
                covered.update(range(i, i + n))
    return out
