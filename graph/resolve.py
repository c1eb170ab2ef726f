"""Canonical entities across articles: one node per real-world thing, every name kept.

Each article's entities carry a gazetteer id when extraction linked them; those merge by id. The
others merge by kind and name key (people by transliteration key, so Zelensky/Zelenskyy meet), and a
surname seen alone in one article joins the one full name with that surname seen in another. The
canonical label is the gazetteer's, or else the fullest, most frequent form. Paths (``place/kyiv``)
are deterministic: the same input always mints the same IRIs.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.gazetteer import KIND_PREFIX, Entry, load_gazetteer
from graph.records import ArticleRecord
from graph.text import name_key, slugify, translit_key


@dataclass
class GlobalEntity:
    key: str  # gazetteer id, or kind:name-key
    kind: str
    entry: Entry | None = None
    names: Counter = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    affiliation: set[str] = field(default_factory=set)  # global keys
    part_of: set[str] = field(default_factory=set)  # global keys
    path: str = ""
    label: str = ""

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


def resolve_records(records: Iterable[ArticleRecord]) -> Resolution:
    gaz = load_gazetteer()
    entities: dict[str, GlobalEntity] = {}
    local: dict[tuple[str, str], str] = {}
    pending_affiliations: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = []

    for record in records:
        aid = record.article.id
        mentioned = {m.entity for m in record.mentions}
        for ent in record.entities:
            key = ent.gid or _unknown_key(ent.kind, ent.name, ent.key)
            glob = entities.get(key)
            if glob is None:
                entry = gaz.entries.get(ent.gid) if ent.gid else None
                glob = entities[key] = GlobalEntity(key=key, kind=entry.kind if entry else ent.kind, entry=entry)
            glob.names.update({n: 1 for n in ent.names or (ent.name,)})
            if ent.key in mentioned or ent.kind == "UnnamedSource" or ent.gid:
                glob.articles.add(aid)
            local[(aid, ent.key)] = key
            pending_affiliations.append((aid, key, ent.affiliation, ent.part_of))

    moved = _join_surnames(entities, local)
    for aid, key, affiliation, part_of in pending_affiliations:
        glob = entities[moved.get(key, key)]
        for target in affiliation:
            other = local.get((aid, target), target)
            glob.affiliation.add(moved.get(other, other))
        glob.part_of.update(moved.get(p, p) for p in part_of)
    for glob in entities.values():
        if glob.entry is not None:
            glob.part_of.update(glob.entry.part_of)
            if glob.entry.country and glob.kind != "Country":
                glob.affiliation.add(f"country:{glob.entry.country}")
        glob.affiliation.discard(glob.key)
        glob.part_of.discard(glob.key)
    _label_and_path(entities)
    return Resolution(entities=entities, local=local)


def _unknown_key(kind: str, name: str, local_key: str) -> str:
    if kind == "Person":
        return f"person:{translit_key(name)}"
    if kind == "UnnamedSource":
        return local_key
    return f"{KIND_PREFIX.get(kind, 'thing')}:{name_key(name)}"


def _join_surnames(entities: dict[str, GlobalEntity], local: dict[tuple[str, str], str]) -> dict[str, str]:
    """A person known only by surname in one article joins the single full name with that surname.

    Returns the keys that were merged away, mapped to the key they joined."""
    moved: dict[str, str] = {}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for glob in entities.values():
        if glob.kind == "Person":
            for name in [*(glob.entry.aliases if glob.entry else ()), *(glob.names), glob.entry.label if glob.entry else ""]:
                if len(name.split()) > 1:
                    by_surname[translit_key(name.split()[-1])].add(glob.key)
    for glob in list(entities.values()):
        if glob.kind != "Person" or glob.entry is not None or any(len(n.split()) > 1 for n in glob.names):
            continue
        targets = by_surname.get(translit_key(next(iter(glob.names), "")), set()) - {glob.key}
        if len(targets) == 1:
            target = entities[next(iter(targets))]
            target.names.update(glob.names)
            target.articles |= glob.articles
            for k, v in local.items():
                if v == glob.key:
                    local[k] = target.key
            moved[glob.key] = target.key
            del entities[glob.key]
    return moved


def _label_and_path(entities: dict[str, GlobalEntity]) -> None:
    taken: set[str] = set()
    # gazetteer entities first, so they keep the plain slug
    for glob in sorted(entities.values(), key=lambda g: (g.entry is None, g.key)):
        if glob.entry is not None:
            glob.label = glob.entry.label
            slug = glob.entry.slug
        elif glob.kind == "UnnamedSource":
            glob.label = max(glob.names, key=lambda n: (glob.names[n], n)) if glob.names else glob.key.split(":", 1)[1]
            slug = slugify(glob.label)
        else:
            glob.label = max(glob.names, key=lambda n: (len(n.split()), glob.names[n], n)) if glob.names else glob.key
            slug = slugify(glob.label)
        base = f"{KIND_PREFIX.get(glob.kind, 'thing')}/{slug}"
        path, n = base, 2
        while path in taken:
            path = f"{base}-{n}"
            n += 1
        taken.add(path)
        glob.path = path
