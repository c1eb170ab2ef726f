"""Frozen records passed between the stages: corpus -> extract -> resolve -> build.

They are the seam of the pipeline: extraction turns spaCy Docs into these and nothing downstream
imports spaCy. They round-trip through plain dicts (``to_dict``/``from_dict``) so that
``warkg extract`` can write them as JSON Lines and ``warkg load`` can read them back on another
machine. Offsets are character offsets into :attr:`Article.text`.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

# Entity kinds, named after the ontology classes they become: the one list every module uses.
ENTITY_KINDS = ("Person", "Organization", "MilitaryUnit", "Country", "Place", "UnnamedSource")
NAMED_KINDS = ENTITY_KINDS[:5]  # the kinds with a name of their own (an unnamed source has none)
ACTOR_KINDS = tuple(k for k in ENTITY_KINDS if k != "Place")  # who can speak or act
GROUP_KINDS = tuple(k for k in ACTOR_KINDS if k != "Person")
BODY_KINDS = ("Organization", "MilitaryUnit", "Country")  # named collective actors
PLACE_KINDS = ("Country", "Place")  # what has a location
EVENT_TYPES = ("Withdrawal", "Offensive", "ControlChange", "Attack")
REPORT_CLASSES = (*EVENT_TYPES, "UnrealizedEvent", "Claim")  # the classes of an article's event and claim nodes


@dataclass(frozen=True)
class Article:
    """One input article. ``text`` is the document as read: the title line, a blank line, the body.

    ``id`` is what the input calls it (the file name without extension, or ``id`` in JSON Lines) and
    becomes ``dcterms:identifier``; two inputs may share it. ``key`` is what the article *is*, and its
    IRIs are minted from it: see :func:`article_key`.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date (yyyy-mm-dd)
    publisher: str | None = None
    url: str | None = None
    source: str = ""  # where it was read from: a path, or path:line for JSON Lines
    key: str = ""  # unique identity; computed from id, url and text when not given
    model: str | None = None  # the spaCy pipeline the article was read with ("en_core_web_sm 3.8.0")

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", article_key(self.id, self.url, self.text))


def article_key(ident: str, url: str | None, text: str) -> str:
    """A key that two different articles cannot share and the same article always gets: the id made
    IRI-safe, then a hash of the URL when the input gives one (a re-fetched page replaces its earlier
    version), else of the id and the text (two ``story.txt`` from different folders stay two; the same
    file read twice is one article)."""
    basis = f"url\0{url}" if url else f"text\0{ident}\0{text}"
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", ident).strip("-")[:80] or "article"
    return f"{slug}-{hashlib.sha1(basis.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


@dataclass(frozen=True)
class Evidence:
    """A span of the article's text that supports a fact, with its sentence."""

    start: int
    end: int
    sentence: str
    trigger: str | None = None  # for events: the word that names the event, as written
    claim: int | None = None  # index of the claim whose content holds this span, if any
    framing: str | None = None  # for events: the trigger's lemma ("regroup", "retreat")


@dataclass(frozen=True)
class Mention:
    """A span naming an entity; ``entity`` is the article-local entity key."""

    entity: str
    text: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Entity:
    """An entity as one article knows it (before resolution across articles).

    ``gid`` is the gazetteer id when the entity was linked to a curated or GeoNames row;
    ``affiliation`` holds gazetteer ids or local keys of the states and bodies it belongs to.
    """

    key: str
    kind: str
    name: str
    names: tuple[str, ...] = ()
    gid: str | None = None
    affiliation: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    speaker: str  # local entity key
    text: str
    verb: str
    evidence: tuple[Evidence, ...]
    date: str | None = None
    date_text: str | None = None
    about: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    type: str
    places: tuple[str, ...]
    agents: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    modality: str = "Asserted"
    framings: tuple[str, ...] = ()
    date: str | None = None
    date_text: str | None = None
    claims: tuple[int, ...] = ()  # indices of the claims that report it


@dataclass(frozen=True)
class ArticleRecord:
    """Everything extraction found in one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    dropped: tuple[str, ...] = field(default=())  # boilerplate lines removed before extraction

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; the article text is left out unless asked for."""
        out = dataclasses.asdict(self)
        if not with_text:
            out["article"]["text"] = None
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleRecord:
        art = dict(data["article"])
        art["text"] = art.get("text") or ""
        return cls(
            article=Article(**art),
            entities=tuple(_entity(e) for e in data.get("entities", ())),
            mentions=tuple(Mention(**m) for m in data.get("mentions", ())),
            claims=tuple(_claim(c) for c in data.get("claims", ())),
            events=tuple(_event(e) for e in data.get("events", ())),
            dropped=tuple(data.get("dropped", ())),
        )

    def entity(self, key: str) -> Entity:
        for ent in self.entities:
            if ent.key == key:
                return ent
        raise KeyError(key)


def _evidence(items) -> tuple[Evidence, ...]:
    return tuple(Evidence(**e) for e in items)


def _entity(d: dict) -> Entity:
    return Entity(**{**d, "names": tuple(d.get("names", ())), "affiliation": tuple(d.get("affiliation", ())),
                     "part_of": tuple(d.get("part_of", ()))})


def _claim(d: dict) -> Claim:
    return Claim(**{**d, "evidence": _evidence(d["evidence"]), "about": tuple(d.get("about", ()))})


def _event(d: dict) -> Event:
    return Event(**{**d, "evidence": _evidence(d["evidence"]), "places": tuple(d["places"]),
                    "agents": tuple(d.get("agents", ())), "framings": tuple(d.get("framings", ())),
                    "claims": tuple(d.get("claims", ()))})
