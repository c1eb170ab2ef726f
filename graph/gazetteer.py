"""The gazetteer: curated actors, countries and GeoNames places, looked up by any of their names.

Loaded once per process from ``graph/resources`` (about half a second). Entries carry everything
the graph needs about a known thing: canonical label, kind, aliases, coordinates, country, admin
region, population, Wikidata id, affiliation and parent body. Lookup is by :func:`graph.text.name_key`
(and :func:`graph.text.translit_key` for people and places).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from graph.resources import resource_rows
from graph.text import name_key, slugify, translit_key

KIND_PREFIX = {"Person": "person", "Organization": "org", "MilitaryUnit": "unit", "Country": "country",
               "Place": "place", "UnnamedSource": "source"}


@dataclass(frozen=True)
class Entry:
    gid: str
    kind: str  # Person | Organization | MilitaryUnit | Country | Place
    label: str
    slug: str
    aliases: tuple[str, ...] = ()
    feature: str | None = None  # for places: country, region, city, town, village, river, lake, sea, landmark...
    country: str | None = None  # ISO alpha-2 of the country it is in or belongs to
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    wikidata: str | None = None
    part_of: tuple[str, ...] = ()
    actor_kind: str | None = None
    source: str = ""
    curated: bool = True

    @property
    def admin_division(self) -> bool:
        """A country's first-level division generated from GeoNames (graph/resources/build_places.py)."""
        return self.gid.startswith("geonames:admin1:")

    @property
    def is_place(self) -> bool:
        return self.kind in ("Place", "Country")

    @property
    def prior(self) -> float:
        """How likely a bare mention of one of its names means this entry (before context)."""
        if self.kind == "Country":
            return 4.0  # "Colombia" and "Georgia" are the countries far more often than a town
        if self.curated:
            return 3.0
        if self.admin_division:  # GeoNames gives a division no population: as likely as a town of 100,000
            return 3.5
        return 1.0 + math.log10(self.population + 10) / 2


# how the body a bare "the government" or "the police" means is called, by actor kind
STATE_BODY_LABELS = {"government": ("government of", "cabinet of"), "police": ("police of", "national police")}


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    by_key: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_translit: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, str] = field(default_factory=dict)  # "russian" -> "RU"
    peoples: dict[str, str] = field(default_factory=dict)  # "russians" -> "RU"
    demonym: dict[str, str] = field(default_factory=dict)  # "RU" -> "Russian" (the first adjective listed)
    capitals: dict[str, str] = field(default_factory=dict)  # gid of a capital -> "RU"
    armed_forces: dict[str, str] = field(default_factory=dict)  # "RU" -> gid of its armed forces
    # the body a bare "the government" or "the police" means: kind -> "RU" -> gid of the first body of that kind
    # called as STATE_BODY_LABELS says (not a region's or a rival's government: "Kurdistan Regional Government",
    # "National Unity Government of Myanmar"; nor the FBI, nor a city's "Metropolitan Police")
    state_bodies: dict[str, dict[str, str]] = field(default_factory=dict)
    # first word of every name key -> the most words a name starting with it has (prunes n-gram lookups)
    first_words: dict[str, int] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        self.entries[entry.gid] = entry
        if entry.country and entry.label.lower().startswith(STATE_BODY_LABELS.get(entry.actor_kind or "", ())):
            self.state_bodies.setdefault(entry.actor_kind, {}).setdefault(entry.country, entry.gid)
        for name in (entry.label, *entry.aliases):
            key = name_key(name)
            if not key:
                continue
            if entry.gid not in self.by_key[key]:
                self.by_key[key].append(entry.gid)
            words = key.count(" ") + 1
            first = key.split(" ", 1)[0]
            self.first_words[first] = max(self.first_words.get(first, 0), words)
            # transliteration variants matter for people, towns and regions ("Salah al-Din" province, GeoNames'
            # "Salah ad Din"), and for a settlement of several words that GeoNames counts no people for, which the
            # gazetteer keeps for the spellings news gives it ("Ayn Issa" of 'Ayn 'Isa; one word is too loose:
            # "Navy" would be a Thai village); other villages list their spellings anyway
            if entry.kind == "Person" or (entry.is_place and (entry.curated or entry.population >= 10_000 or (
                    entry.population == 0 and " " in key) or entry.feature == "region")):
                tkey = translit_key(name, key)
                if entry.gid not in self.by_translit[tkey]:
                    self.by_translit[tkey].append(entry.gid)
                first = "~" + tkey.split(" ", 1)[0]
                self.first_words[first] = max(self.first_words.get(first, 0), tkey.count(" ") + 1)

    def lookup(self, text: str, translit: bool = True) -> list[Entry]:
        """Entries one of whose names is ``text`` (exact key first, then transliteration variants)."""
        gids = self.by_key.get(name_key(text))
        if not gids and translit:
            gids = self.by_translit.get(translit_key(text))
        return [self.entries[g] for g in gids or ()]

    def longest_from(self, word: str) -> int:
        """The most words of a name that starts with ``word`` (0: no name does), by key or translit key."""
        key = name_key(word)
        if not key:
            return 0
        tkey = translit_key(word, key)
        return max(self.first_words.get(key.split(" ", 1)[0], 0), self.first_words.get("~" + tkey.split(" ", 1)[0], 0))

    def country(self, iso2: str | None) -> Entry | None:
        return self.entries.get(f"country:{iso2}") if iso2 else None

    def country_of_adjective(self, word: str) -> str | None:
        return self.adjectives.get(name_key(word))

    def forces_of(self, iso2: str | None) -> Entry | None:
        gid = self.armed_forces.get(iso2 or "")
        return self.entries.get(gid) if gid else None

    def state_body(self, kind: str, iso2: str | None) -> Entry | None:
        """The country's body of that kind ("government", "police") a bare "the government" means."""
        gid = self.state_bodies.get(kind, {}).get(iso2 or "")
        return self.entries.get(gid) if gid else None


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split("|") if t.strip()]


def _float(text: str) -> float | None:
    return float(text) if text not in ("", None) else None


_USER_ROWS: tuple = ()  # rows of the user gazetteers in use (graph.user_gazetteer.UserRow)


def user_rows() -> tuple:
    """The user gazetteer rows in use in this process (to send to another process)."""
    return _USER_ROWS


def use_user_rows(rows: tuple) -> None:
    """Use these user gazetteer rows, already read and checked elsewhere (:func:`user_rows`)."""
    global _USER_ROWS
    rows = tuple(rows)
    if rows != _USER_ROWS:
        _USER_ROWS = rows
        load_gazetteer.cache_clear()


def use_user_gazetteers(paths) -> int:
    """Merge these user gazetteer files (:mod:`graph.user_gazetteer`) into the process-wide gazetteer,
    in place of any given before (no paths: the built-in one alone); returns how many rows they hold.
    A bad file raises :class:`~graph.user_gazetteer.GazetteerFileError` and changes nothing."""
    from graph.user_gazetteer import read_user_gazetteer

    paths = list(paths)
    if not paths and not _USER_ROWS:
        return 0  # nothing to merge: the gazetteer is not even loaded here (builds load it in the background)
    countries = {e.country for e in load_gazetteer().entries.values() if e.kind == "Country" and e.country}
    rows = tuple(row for path in paths for row in read_user_gazetteer(path, countries))
    _check_parents(rows, load_gazetteer())
    use_user_rows(rows)
    return len(rows)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use): the built-in tables and the user's rows."""
    gaz = _builtin_gazetteer()
    _add_user_rows(gaz, _USER_ROWS)
    return gaz


def _builtin_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    countries = {row["iso2"]: row for row in resource_rows("countries.tsv")}
    for iso, row in countries.items():
        for adj in _split(row["adjectives"]):
            gaz.adjectives.setdefault(name_key(adj), iso)
            gaz.demonym.setdefault(iso, adj)
        for people in _split(row["peoples"]):
            gaz.peoples.setdefault(name_key(people), iso)

    for row in resource_rows("places.tsv.gz"):
        gid = row["gid"]
        kind = "Country" if row["feature"] == "country" else "Place"
        entry = Entry(
            gid=gid, kind=kind, label=row["label"], slug=row["slug"], aliases=tuple(_split(row["aliases"])),
            feature=row["feature"], country=row["country"] or None, admin1=row["admin1"] or None,
            lat=_float(row["lat"]), lon=_float(row["lon"]), population=int(row["population"] or 0),
            wikidata=row["wikidata"] or None, source=row["source"],
            curated=not gid.startswith("geonames:"),
        )
        gaz.add(entry)
    for iso, row in countries.items():
        capital = row["capital"]
        for gid in gaz.by_key.get(name_key(capital), ()):
            entry = gaz.entries[gid]
            if entry.country == iso and entry.kind == "Place" and entry.feature in ("city", "town"):
                gaz.capitals[gid] = iso
                break

    templates = {row["template"]: _split(row["aliases"]) for row in resource_rows("alias_templates.tsv")}
    for row in resource_rows("actors.tsv"):
        iso = row["country"] or None
        aliases = _split(row["aliases"])
        for template in _split(row["templates"]):
            aliases += _expand_template(templates[template], countries.get(iso or "", {}))
        if row["actor_kind"] in ARMED_GROUPS:
            aliases += _fighters_and_forces([row["label"], *aliases])
        part_of = tuple(f"actor:{p}" for p in _split(row["part_of"]))
        entry = Entry(
            gid=f"actor:{row['id']}", kind=row["kind"], label=row["label"], slug=slugify(row["label"]),
            aliases=tuple(dict.fromkeys(a for a in aliases if a != row["label"])), country=iso,
            wikidata=row["wikidata"] or None, part_of=part_of, actor_kind=row["actor_kind"] or None,
            source=row["source"] or "curated",
        )
        gaz.add(entry)
        if entry.actor_kind == "armed forces" and iso and iso not in gaz.armed_forces:
            gaz.armed_forces[iso] = entry.gid
    _generate_country_actors(gaz, countries, templates)
    return gaz


def _check_parents(rows, gaz: Gazetteer) -> None:
    from graph.user_gazetteer import GazetteerFileError

    names = {row.name.casefold() for row in rows}
    for row in rows:  # rows of user gazetteers given before are no longer in use: not a parent
        known = _known_body(gaz, row.part_of) if row.part_of else None
        if row.part_of and row.part_of.casefold() not in names and (known is None or known.gid.startswith("user:")):
            raise GazetteerFileError(f"part_of {row.part_of!r} names no row and no organisation or unit warkg knows",
                                     row.where)


def _known_body(gaz: Gazetteer, name: str) -> Entry | None:
    return next((e for e in gaz.lookup(name, translit=False) if e.kind in ("Organization", "MilitaryUnit")), None)


def _add_user_rows(gaz: Gazetteer, rows) -> None:
    """A row names a known entry of its kind (and country): it adds its names and coordinates to it;
    otherwise it is a new curated entry."""
    gids: dict[str, str] = {}  # a row's name (case-folded) -> its entry's gid
    for row in rows:
        same = [e for e in gaz.lookup(row.name, translit=False)
                if e.kind == row.kind and (row.country is None or e.country in (None, row.country))]
        source = f"user gazetteer {row.where}"
        if same:
            old = max(same, key=lambda e: (e.curated, e.population))
            entry = replace(old, aliases=tuple(dict.fromkeys((*old.aliases, *row.aliases))),
                            lat=row.lat if row.lat is not None else old.lat, lon=row.lon if row.lon is not None else old.lon,
                            wikidata=old.wikidata or row.wikidata, source=f"{old.source}; {source}")
        else:
            slug = slugify(row.name)
            gid = f"user:{slug}"
            if gid in gaz.entries:
                slug = f"{slug}-{(row.country or row.kind).lower()}"
                gid = f"user:{slug}"
            entry = Entry(gid=gid, kind=row.kind, label=row.name, slug=slug, aliases=row.aliases,
                          feature=row.feature, country=row.country, lat=row.lat, lon=row.lon,
                          wikidata=row.wikidata, source=source)
        gaz.add(entry)
        gids[row.name.casefold()] = entry.gid
    for row in rows:  # parents once every row is in
        if row.part_of:
            parent = gids.get(row.part_of.casefold()) or _known_body(gaz, row.part_of).gid
            entry = gaz.entries[gids[row.name.casefold()]]
            gaz.entries[entry.gid] = replace(entry, part_of=tuple(dict.fromkeys((*entry.part_of, parent))))


# actor kinds of armed groups that are no state's forces: their "our forces" are their own
ARMED_GROUP_KINDS = {"militant group", "militia", "ethnic armed organisation", "rebel group", "private military company",
                     "paramilitary", "militia alliance", "armed wing", "political party and armed movement"}
# armed bodies whose "X forces" are their "X fighters" too: those, a volunteer brigade's, a region's
ARMED_GROUPS = ARMED_GROUP_KINDS | {"brigade", "regional armed forces"}
FIGHTERS_OR_FORCES = re.compile(r"(\S+) (?:forces|fighters)")


def _fighters_and_forces(names: list[str]) -> list[str]:
    """An armed group's one-word name or people's word before "forces" names its fighters, and the other way
    ("Tigrayan forces" and "Tigrayan fighters", "Peshmerga forces" and "Peshmerga fighters")."""
    return [f"{m.group(1)} {word}" for name in names if (m := FIGHTERS_OR_FORCES.fullmatch(name))
            for word in ("forces", "fighters") if f"{m.group(1)} {word}" not in names]


GENERATED = (  # (template, kind, label pattern, actor kind): every country gets these unless curated
    ("armed_forces", "MilitaryUnit", "Armed Forces of {country}", "armed forces"),
    ("air_force", "MilitaryUnit", "Air Force of {country}", "branch"),  # "the Israeli air force struck ..."
    ("government", "Organization", "Government of {country}", "government"),
    ("defence_ministry", "Organization", "Ministry of Defence of {country}", "ministry"),
    ("foreign_ministry", "Organization", "Ministry of Foreign Affairs of {country}", "ministry"),
    ("interior_ministry", "Organization", "Ministry of Internal Affairs of {country}", "ministry"),
    ("health_ministry", "Organization", "Ministry of Health of {country}", "ministry"),  # war tolls' source
    ("information_ministry", "Organization", "Ministry of Information of {country}", "ministry"),  # a junta's voice
    ("police", "Organization", "Police of {country}", "police"),  # "Nigerian police said": an attack's first report
    # bodies news names after a country without its own name: "the Saudi-led coalition", "the Syrian opposition"
    ("led_coalition", "Organization", "Coalition led by {country}", "coalition"),
    ("opposition", "Organization", "{adj} opposition", "opposition"),
)


def _generate_country_actors(gaz: Gazetteer, countries: dict[str, dict], templates: dict[str, list[str]]) -> None:
    """The armed forces and their air force, the government, the defence, foreign, interior, health and information
    ministries, the police, the coalition it leads and its opposition, of every country in countries.tsv that actors.tsv
    does not cover, with the forms news uses ("the Sudanese army", "Iraqi forces", "the Syrian government", "the
    Finnish Interior Ministry", "the Saudi-led coalition", "the Syrian opposition"), from the alias
    templates; a form that already names a curated actor is left to it."""
    # (a country whose air force is curated by its own name gets none: the RAF, the Ukrainian Air Force)
    air_forces = {e.country for e in gaz.entries.values() if e.curated and e.kind == "MilitaryUnit"
                  and any(w in e.label.lower() for w in ("air force", "aerospace"))}
    for iso, row in countries.items():
        for template, kind, label, actor_kind in GENERATED:
            if (actor_kind == "armed forces" and iso in gaz.armed_forces) or (template == "air_force" and iso in air_forces):
                continue
            name = label.format(country=row["name"], adj=gaz.demonym.get(iso, row["name"]))
            expanded = [f for f in _expand_template(templates[template], row) if f != name]
            forms = [f for f in expanded if not gaz.by_key.get(name_key(f))]
            if not forms or (actor_kind != "armed forces" and len(forms) < len(expanded)):
                continue  # a curated government or ministry already answers to some of these forms
            branch_of = (gaz.armed_forces[iso],) if actor_kind == "branch" and iso in gaz.armed_forces else ()
            entry = Entry(gid=f"actor:{slugify(name)}", kind=kind, label=name, slug=slugify(name),
                          aliases=tuple(dict.fromkeys(forms)), country=iso, actor_kind=actor_kind, part_of=branch_of,
                          source=f"generated from countries.tsv with the alias template {template}")
            gaz.add(entry)
            if actor_kind == "armed forces":
                gaz.armed_forces[iso] = entry.gid


def _expand_template(patterns: list[str], country: dict) -> list[str]:
    """Fill {adj}, {country} and {capital} from a countries.tsv row."""
    if not country:
        return []
    values = {
        "adj": _split(country.get("adjectives", "")),
        "country": [country["name"], *_split(country.get("aliases", ""))],
        "capital": [country["capital"]] if country.get("capital") else [],
    }
    out: list[str] = []
    for pattern in patterns:
        forms = [pattern]
        for slot, fills in values.items():
            token = "{" + slot + "}"
            if any(token in f for f in forms):
                forms = [f.replace(token, fill) for f in forms for fill in fills]
        out.extend(forms)
    return out
