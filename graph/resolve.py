"""Canonical entities across articles: one node per real-world thing, every name kept.

Each article's entities carry a gazetteer id when extraction linked them; those merge by id. The
others merge by kind and name key (people by transliteration key, so Zelensky/Zelenskyy meet), and a
surname seen alone in one article joins the one full name with that surname seen in another. The
canonical label is the gazetteer's, or else the fullest form, the extractor's own name first, then
the most frequent. Paths (``place/kyiv``) come from gazetteer slugs and entity keys, so the same thing
keeps its IRI however many articles a store has seen.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from graph.gazetteer import KIND_PREFIX, Entry, load_gazetteer
from graph.records import ArticleRecord
from graph.text import family_names, name_key, nickname_free, slugify, translit_key


@dataclass
class GlobalEntity:
    key: str  # gazetteer id, or kind:name-key
    kind: str
    entry: Entry | None = None
    names: Counter = field(default_factory=Counter)  # the spellings seen in the texts
    given: Counter = field(default_factory=Counter)  # the names the extractor gave it, one per article
    articles: set[str] = field(default_factory=set)
    path: str = ""
    label: str = ""
    located: Counter = field(default_factory=Counter)  # an unknown place: the known towns texts put it in

    def town(self) -> str | None:
        """The gazetteer id of the town most texts put this unknown place in (then the first by id)."""
        return min(self.located, key=lambda gid: (-self.located[gid], gid)) if self.located else None

    def alt_labels(self) -> list[str]:
        """Every other name seen, once per spelling: "RUSSIA" in a headline adds nothing to "Russia"."""
        by_case: dict[str, str] = {}
        for name in sorted(self.names, key=lambda n: (n.isupper(), n)):
            by_case.setdefault(name.casefold(), name)
        return sorted(n for n in by_case.values() if n.casefold() != self.label.casefold())


@dataclass
class Resolution:
    entities: dict[str, GlobalEntity]
    local: dict[tuple[str, str], str]  # (article id, local key) -> global key

    def of(self, article_id: str, local_key: str) -> GlobalEntity | None:
        key = self.local.get((article_id, local_key))
        return self.entities.get(key) if key else None


class Resolver:
    """Resolution built one record at a time, so a build can stream: :meth:`add` each record as it
    is extracted (only its entities are kept, not the record), then :meth:`finish` once."""

    def __init__(self) -> None:
        self.gaz = load_gazetteer()
        self.entities: dict[str, GlobalEntity] = {}
        self.local: dict[tuple[str, str], str] = {}

    def add(self, record: ArticleRecord) -> None:
        aid = record.article.key
        mentioned = {m.entity for m in record.mentions}
        for ent in record.entities:
            key = ent.gid or _unknown_key(ent.kind, ent.name, ent.key)
            glob = self.entities.get(key)
            if glob is None:
                entry = self.gaz.entries.get(ent.gid) if ent.gid else None
                glob = self.entities[key] = GlobalEntity(key=key, kind=entry.kind if entry else ent.kind, entry=entry)
            glob.names.update({n: 1 for n in ent.names or (ent.name,)})
            if glob.kind == "Place" and glob.entry is None:
                glob.located.update(ent.part_of)
            glob.given[ent.name] += 1
            if ent.key in mentioned or ent.kind == "UnnamedSource" or ent.gid:
                glob.articles.add(aid)
            self.local[(aid, ent.key)] = key

    def of(self, article_id: str, local_key: str) -> GlobalEntity | None:
        key = self.local.get((article_id, local_key))
        return self.entities.get(key) if key else None

    def finish(self) -> Resolution:
        _join_surnames(self.entities, self.local)
        _label_and_path(self.entities)
        return Resolution(entities=self.entities, local=self.local)


def resolve_records(records: Iterable[ArticleRecord]) -> Resolution:
    resolver = Resolver()
    for record in records:
        resolver.add(record)
    return resolver.finish()


def _unknown_key(kind: str, name: str, local_key: str) -> str:
    if kind == "Person":
        return f"person:{translit_key(name)}"
    if kind == "UnnamedSource":
        return local_key
    return f"{KIND_PREFIX.get(kind, 'thing')}:{name_key(name)}"


def _join_surnames(entities: dict[str, GlobalEntity], local: dict[tuple[str, str], str]) -> None:
    """A person known only by surname in one article joins the single full name with that surname."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for glob in entities.values():
        if glob.kind == "Person":
            for name in [*(glob.entry.aliases if glob.entry else ()), *(glob.names), glob.entry.label if glob.entry else ""]:
                for last in family_names(name) if len(name.split()) > 1 else ():
                    by_surname[translit_key(last)].add(glob.key)
    renamed: dict[str, str] = {}
    for glob in list(entities.values()):
        if glob.kind != "Person" or glob.entry is not None or any(len(n.split()) > 1 for n in glob.names):
            continue
        targets = by_surname.get(translit_key(next(iter(glob.names), "")), set()) - {glob.key}
        if len(targets) == 1:
            target = entities[next(iter(targets))]
            target.names.update(glob.names)
            target.given.update(glob.given)
            target.articles |= glob.articles
            renamed[glob.key] = target.key
            del entities[glob.key]
    if renamed:
        for k, v in local.items():
            if v in renamed:
                local[k] = renamed[v]


def _label_and_path(entities: dict[str, GlobalEntity]) -> None:
    """Labels from the gazetteer or the names seen; paths from the entity's key, never from its label.

    A label may change as articles are added (a spelling becomes the most frequent), but the path of
    an IRI must not: a store that grows article by article keeps every IRI it has. Gazetteer entries
    use their slug (unique in the gazetteer); other entities the slug of their key, with a short hash
    of the key where two keys would share a path.
    """
    reserved = _gazetteer_paths()
    for glob in entities.values():
        if glob.entry is not None:
            glob.label = glob.entry.label
            slug = glob.entry.slug
        else:
            if glob.kind == "UnnamedSource":
                glob.label = max(glob.names, key=lambda n: (glob.names[n], n)) if glob.names else glob.key.split(":", 1)[1]
            else:  # the fullest name; among as full ones, the extractor's own (a unit named in the singular
                # and capitalised: "the 82nd and 46th air assault brigades" names the 46th Air Assault Brigade)
                glob.label = max([*glob.names, *glob.given], key=lambda n: (nickname_free(n), len(n.split()), glob.given[n],
                                                                            glob.names[n], n)
                                 ) if glob.names or glob.given else glob.key
            part = glob.key.split(":", 1)[1]
            slug = slugify(part)
            # a slug that lost characters of the key, or that a gazetteer entry owns, gets the key's hash
            if slug != part.replace(" ", "-") or f"{KIND_PREFIX.get(glob.kind, 'thing')}/{slug}" in reserved:
                slug = f"{slug}-{_short_hash(glob.key)}"
        glob.path = f"{KIND_PREFIX.get(glob.kind, 'thing')}/{slug}"


@lru_cache(maxsize=1)
def _gazetteer_paths() -> frozenset[str]:
    gaz = load_gazetteer()
    return frozenset(f"{KIND_PREFIX.get(e.kind, 'thing')}/{e.slug}" for e in gaz.entries.values())


def _short_hash(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
