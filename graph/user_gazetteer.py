"""Users' own gazetteers: the actors and places of a theatre warkg does not know, in a CSV or TSV
file that an analyst keeps beside the articles (``warkg build --gazetteer FILE``, or a config file).

The file is a table with a header row (comma-separated for ``.csv``, tab-separated otherwise); the
columns may come in any order and only ``name`` and ``kind`` are required:

===========  ================================================================================
name         the canonical label ("Rapid Support Forces", "El Fasher")
kind         Person, Organization, MilitaryUnit or Place
aliases      other names and spellings, separated by ``|`` ("RSF|Rapid Support Force")
country      ISO 3166 alpha-2 code of the country it belongs to or lies in ("SD")
lat, lon     WGS84 degrees; required for a Place
feature      for a Place: city, town, village, region, river, lake, sea or landmark (default: town)
part_of      the body it belongs to: the name of another row or of an actor warkg knows
wikidata     its Wikidata id ("Q1234")
===========  ================================================================================

Blank lines and lines starting with ``#`` are skipped. A row whose name warkg already knows as the
same kind adds its aliases (and its coordinates, for a place) to that entry instead of making a second
one. A row that breaks these rules stops the build with one line naming the file, the line and the
problem.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from graph.errors import WarkgError

KINDS = ("Person", "Organization", "MilitaryUnit", "Place")
FEATURES = ("city", "town", "village", "region", "river", "lake", "sea", "landmark")
COLUMNS = ("name", "kind", "aliases", "country", "lat", "lon", "feature", "part_of", "wikidata")


class GazetteerFileError(WarkgError):
    """A user gazetteer that cannot be used: the message names the file and line."""


@dataclass(frozen=True)
class UserRow:
    """One checked row of a user gazetteer."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    part_of: str | None
    wikidata: str | None
    where: str  # "path:line", the row's source


def read_user_gazetteer(path: str | Path, countries: set[str]) -> list[UserRow]:
    """The rows of one user gazetteer file, checked; ``countries`` are the ISO codes warkg knows."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GazetteerFileError("no such gazetteer file", path) from None
    except UnicodeDecodeError:
        raise GazetteerFileError("not UTF-8 text", path) from None
    except OSError as err:
        raise GazetteerFileError(err.strerror or str(err), path) from None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise GazetteerFileError("the file has no header row (name, kind, ...)", path)
    delimiter = "," if path.suffix.lower() == ".csv" else "\t"
    reader = csv.reader([line for _, line in lines], delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    head_line = lines[0][0]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise GazetteerFileError(f"unknown column {unknown[0]!r} (columns: {', '.join(COLUMNS)})", f"{path}:{head_line}")
    missing = [c for c in ("name", "kind") if c not in header]
    if missing:
        raise GazetteerFileError(f"the header has no {missing[0]!r} column", f"{path}:{head_line}")
    rows: list[UserRow] = []
    seen: dict[tuple[str, str], str] = {}
    for (number, _), cells in zip(lines[1:], reader):
        where = f"{path}:{number}"
        if len(cells) > len(header):
            raise GazetteerFileError(f"{len(cells)} cells for {len(header)} columns", where)
        row = _check(dict(zip(header, (c.strip() for c in cells))), countries, where)
        key = (row.name.casefold(), row.kind)
        if key in seen:
            raise GazetteerFileError(f"{row.name!r} is already a row of this file ({seen[key]})", where)
        seen[key] = where
        rows.append(row)
    return rows


def _check(cells: dict[str, str], countries: set[str], where: str) -> UserRow:
    name, kind = cells.get("name", ""), cells.get("kind", "")
    if not name:
        raise GazetteerFileError("the name is empty", where)
    if kind not in KINDS:
        raise GazetteerFileError(f"kind {kind!r} is not one of {', '.join(KINDS)}", where)
    country = cells.get("country", "").upper() or None
    if country is not None and country not in countries:
        raise GazetteerFileError(f"country {cells['country']!r} is not an ISO 3166 alpha-2 code warkg knows", where)
    lat, lon = _degrees(cells.get("lat", ""), 90, "lat", where), _degrees(cells.get("lon", ""), 180, "lon", where)
    if kind == "Place" and (lat is None or lon is None):
        raise GazetteerFileError("a Place needs lat and lon", where)
    if kind != "Place" and (lat is not None or lon is not None or cells.get("feature")):
        raise GazetteerFileError("only a Place has lat, lon and feature", where)
    feature = cells.get("feature", "").lower() or ("town" if kind == "Place" else None)
    if feature is not None and feature not in FEATURES:
        raise GazetteerFileError(f"feature {cells['feature']!r} is not one of {', '.join(FEATURES)}", where)
    wikidata = cells.get("wikidata", "") or None
    if wikidata is not None and not re.fullmatch(r"Q[1-9][0-9]*", wikidata):
        raise GazetteerFileError(f"wikidata {wikidata!r} is not a Wikidata id such as Q1234", where)
    aliases = tuple(a.strip() for a in cells.get("aliases", "").split("|") if a.strip() and a.strip() != name)
    return UserRow(name=name, kind=kind, aliases=aliases, country=country, lat=lat, lon=lon, feature=feature,
                   part_of=cells.get("part_of", "") or None, wikidata=wikidata, where=where)


def _degrees(text: str, limit: float, column: str, where: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise GazetteerFileError(f"{column} {text!r} is not a number", where) from None
    if not -limit <= value <= limit:
        raise GazetteerFileError(f"{column} {text} is outside -{limit:g}..{limit:g}", where)
    return value
