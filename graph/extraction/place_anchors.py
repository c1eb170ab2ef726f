"""Where the text puts a place against another it names: "Malynivka, 10 km southwest of Pokrovsk",
"Hamad City, north of Khan Younis", "the village of Robotyne near Orikhiv". Of the towns a name may be,
the one near that other place is meant; one a thousand kilometres away is not (GeoNames has many
Malynivkas, and a Hamad City in Bahrain).
"""
from __future__ import annotations

import math
from itertools import takewhile

from spacy.tokens import Span

from graph.cues import Cues
from graph.extraction.place_cues import past_compass
from graph.extraction.place_refs import TOWN_WORDS
from graph.extraction.settlement_names import DISTRICT_WORDS
from graph.gazetteer import Entry
from graph.text import name_key

NEAR_KM = 60  # a town this close to the place named with it fits the text (when it gives no distance)
FAR_KM = 150  # one further away is not the one meant
HEDGES = {"about", "some", "around", "approximately", "roughly", "just", "nearly", "almost", "over"}
UNITS = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
         "miles": 1.609, "mile": 1.609, "mi": 1.609}
RELATIONS = {"near", "outside"}  # a place named right after these words is close by
DOMINANT = 3  # a town this many times bigger than its namesakes is the one a bare name means
DWARFED = 5  # a place this many times bigger that has the name as another name is the one meant
REGION_TOWN = 50_000  # a town this big names its region for the article (as link_context.article_context counts)


def learn_places(cands, doc, ctx) -> None:
    """Fill the article context (:class:`graph.extraction.link_context.Context`) with what its place names that
    can mean one place only say: their coordinates, by the token they start at (``ctx.anchors``), and,
    for a sizeable town that is by far the biggest of its name and that the model calls a place, its region
    (``ctx.regions``, ``ctx.sentence_regions``: "near Pokrovsk and Kostiantynivka" is in Donetsk oblast;
    not "Union" of "the Soviet Union"; towns whose name is theirs alone are counted by the context already)."""
    named = {(e.start, e.end) for e in doc.ents if e.label_ in ("GPE", "LOC")}
    for cand in cands:
        if cand.source != "gazetteer" or not cand.entries:
            continue
        divisions = [e for e in cand.entries if e.admin_division and e.country]
        if len(divisions) == 1 and not any(e.kind == "Country" for e in cand.entries):
            ctx.division_at[cand.start] = divisions[0]  # "Woodbridge, Virginia" (also a South African town)
        place = sole_place(cand, doc)
        if place is None:
            continue
        ctx.anchors[cand.start] = (place.lat, place.lon)
        if len(cand.entries) > 1 and (cand.start, cand.end) in named and place.admin1 \
                and place.population >= REGION_TOWN:
            ctx.regions[place.admin1] += 1
            ctx.sentence_regions.setdefault(doc[cand.start].sent.start, set()).add(place.admin1)


def sole_place(cand, doc) -> Entry | None:
    """The one place a name means: its one entry, or the one entry whose own name it is, or the biggest
    of those by far (Kostiantynivka in Donetsk oblast, not the Mykolaiv villages), when no place that
    has the name as another of its names dwarfs it ("Odessa" is no Texan town, whatever its own name;
    Pokrovsk in Donetsk oblast is a fair size beside Engels, once called Pokrovsk)."""
    places = [e for e in cand.entries if e.is_place and e.lat is not None]
    own = sorted((e for e in places if name_key(e.label) == name_key(doc[cand.start:cand.end].text)),
                 key=lambda e: -e.population)
    if len(places) == 1 == len(cand.entries):
        return places[0]
    if not own or any(e.population > DWARFED * own[0].population for e in places):
        return None
    if len(own) > 1 and own[0].population >= DOMINANT * max(own[1].population, 1_000):
        return own[0]
    return own[0] if len(own) == 1 else None


# a part of a town the name after "of" names ("the Shejaiya neighbourhood of Gaza City"), a few words after the name
QUARTER_WORDS = DISTRICT_WORDS | {"area", "suburb", "suburbs", "outskirts"}
QUARTER_REACH = 4


def container_bonus(entry: Entry, span: Span, ctx, cues: Cues) -> float | None:
    """What the country or division named right after a place says of it ("Damascus, Syria", "Tawila in
    North Darfur", "Woodbridge, Virginia", "Bani in northwest Yemen"), or the town a part of it named by the place
    lies in ("the Hamad towers area of Khan Younis"): +2 when the entry lies in it, None
    when it lies elsewhere (Woodbridge in California or New Jersey; the country Lebanon before
    "Pennsylvania"; the Dominican Republic's Bani), 0 when no such name follows."""
    doc = span.doc
    if entry.kind != "Country" and (listed := _list_country(span, ctx)) is not None:
        return 2.0 if listed == entry.country else None  # "towns in Armenia, including Jermuk": no Turkish Cermik
    if entry.kind != "Country" and (said := _said_country(span, ctx, cues)) is not None:
        # "the Armenian town of Jermuk": no Turkish Cermik (but a town of the war, whatever its people: "the Armenian
        # town of Stepanakert" of an article on Karabakh)
        return 2.0 if said == entry.country else None if entry.country not in ctx.theatre else 0.0
    i = span.end
    quarter = next((k for k in range(i, min(len(doc) - 2, i + QUARTER_REACH)) if doc[k].lower_ in QUARTER_WORDS
                    and doc[k + 1].lower_ == "of" and all(t.is_lower for t in doc[i:k])), None)
    if quarter is not None and (town := ctx.town_country_at.get(quarter + 2) or ctx.country_at.get(quarter + 2)):
        return 2.0 if town == entry.country else None  # "the Hamad towers area of Khan Younis" is no town of Bahrain
    if i + 1 >= len(doc) or doc[i].lower_ not in (",", "in"):
        return 0.0
    i += 1 + (doc[i].lower_ == "in" and doc[i + 1].lower_ == "the")
    if doc[span.end].lower_ == "in":
        i = past_compass(doc, i, cues)  # "in northwest Yemen", "in north-western Syria"
    country, division = ctx.country_at.get(i), ctx.division_at.get(i)
    if entry.kind == "Country":  # ("Lebanon, Pennsylvania" is no country)
        return None if division is not None and division.country != entry.country and doc[span.end].text == "," else 0.0
    if division is not None and entry.is_place and entry.admin1 and not entry.admin_division and entry.gid != division.gid:
        return 2.0 if (entry.country, entry.admin1) == (division.country, division.admin1) else None
    if country is None:
        return 0.0
    return 2.0 if country == entry.country else None


def _said_country(span: Span, ctx, cues: Cues) -> str | None:
    """The country a demonym says a town of is in, right before its settlement's word ("the Armenian town of", "the
    southern Syrian city of"), or a state's possessive right before the name ("Mozambique's Palma"); not a side that
    holds it ("the Russian-held town of")."""
    doc, k = span.doc, span.start - 2
    if k >= 0 and doc[k + 1].lower_ in ("'s", "’s"):  # a state's possessive ("Mozambique's Palma": no Spanish Palma)
        name = takewhile(lambda j: doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "the"), range(k, max(-1, k - 6), -1))
        return next((ctx.state_at[j] for j in name if j in ctx.state_at), None)  # (the state whose name ends at "'s")
    if k < 1 or doc[k + 1].lower_ != "of" or doc[k].lower_ not in TOWN_WORDS:
        return None
    before = k - 2 if k >= 2 and doc[k - 1].lower_ in cues.compass else k - 1
    return ctx.demonym_at.get(before)


def _list_country(span: Span, ctx) -> str | None:
    """The country the places of an "including" list lie in, when the noun it hangs on is put in one ("several towns
    in Armenia, including Jermuk and Goris"; "shelled villages in Armenia, including ...", however the "in" is hung)."""
    tok = span.root
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "including":
        return None
    listed_on = tok.head.head
    around = [listed_on, listed_on.head] if listed_on.dep_ == "dobj" else [listed_on]  # (the "in" hung on the verb)
    return next((ctx.state_at[o.i] for w in around for p in w.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj" and o.i in ctx.state_at), None)


def anchor_bonus(entry: Entry, span: Span, anchors: dict[int, tuple[float, float]], cues: Cues) -> float | None:
    """The score a town gets for lying near the place the text puts it against (+2), or None when it
    lies far from it; 0 when the text puts it against no place it names (or, for a sizeable town, only
    in a front sector the sentence opens with)."""
    found = _anchor(span, anchors, cues)
    if found is None or entry.lat is None or entry.curated:
        return 0.0
    (lat, lon), given = found
    if given < 0:  # a front sector the sentence opens with holds its villages, not the towns it also names
        if entry.population >= REGION_TOWN:
            return 0.0
        given = 0.0
    km = distance_km(entry.lat, entry.lon, lat, lon)
    if km > (given * 2 + 50 if given else FAR_KM):  # ("10 km southwest of Pokrovsk": not 85 km away)
        return None
    return 2.0 if km <= (given * 1.5 + 20 if given else NEAR_KM) else 0.0


def _anchor(span: Span, anchors: dict[int, tuple[float, float]], cues: Cues):
    """The coordinates of the place named in "<span>, (about) (10 km) southwest of <place>" or
    "<span> near <place>", with the distance the text gives (0 when none)."""
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].lower_ in cues.settlement)  # "Hamad City"
    i += i < len(doc) and doc[i].text == ","
    given = 0.0
    if i < len(doc) and doc[i].lower_ in RELATIONS:
        i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        return (anchors[i], given) if i in anchors else None
    while i < len(doc) and doc[i].lower_ in HEDGES:
        i += 1
    if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lower_ in UNITS:
        try:
            given = float(doc[i].text.replace(",", "")) * UNITS[doc[i + 1].lower_]
        except ValueError:
            return None
        i += 2
    if i < len(doc) and doc[i].lower_ in cues.compass and not doc[i].lower_.endswith("ern"):
        i += 1
        if i + 1 < len(doc) and doc[i].text in "-‐" and doc[i + 1].lower_ in cues.compass:
            i += 2  # "north-east"
        if i < len(doc) and doc[i].lower_ == "of":
            i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
            return (anchors[i], given) if i in anchors else None
    return _sector_anchor(span, anchors, cues)


def _sector_anchor(span: Span, anchors: dict[int, tuple[float, float]], cues: Cues):
    """The town a sentence that opens with its front sector names it after ("In the Avdiivka direction,
    troops repelled attacks near Berdychi, Orlivka and Tonenke"): the villages it names lie in that sector
    (given as -1: :func:`anchor_bonus`)."""
    words = [t for t in span.sent if not t.is_space][:6]
    opener = len(words) > 3 and words[0].lower_ in ("in", "on", "along") and words[1].lower_ == "the"
    for tok in words[3:] if opener else ():
        if tok.lower_ in cues.front_sectors:
            start = words[2].i
            if start in anchors and not start <= span.start < tok.i:
                return anchors[start], -1.0
            break
    return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
