"""Linking a span to the gazetteer entry it most likely names, in the context of its article: the NER
label, a place cue ("the village of ..."), the countries and regions the article talks about, the
theatre of war and population; one sense per name per article.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from graph.cues import Cues
from graph.extraction.candidates import INNER_PLACE_LABELS, NUMERIC_LABELS, PLACE_LABELS, Candidate
from graph.extraction.doctext import is_headline, word_before
from graph.extraction.link_context import Context, any_states_body, far_town_otherwise_named
from graph.extraction.place_anchors import anchor_bonus, container_bonus
from graph.extraction.initials_links import acronym_mismatch, as_initials, spelt_otherwise
from graph.extraction.person_tagged_places import site_named_after
from graph.extraction.settlement_names import DISTRICT_WORDS
from graph.extraction.place_cues import (ARABIC_ARTICLES, list_start, locative_before, name_goes_on, part_of_a_name, place_cue,
                                         preceded_by_prep, preceded_by_the, reached, taken_as_place)
from graph.extraction.stances import HYPHENS
from graph.extraction.settings import CITY_POPULATION
from graph.gazetteer import Entry
from graph.text import NAME_PARTICLES, name_key


# a town's quarters' nouns, singular ("the Beirut suburbs" are Beirut's); not "district" ("the Pokrovsk district": a raion)
QUARTER_NOUNS = DISTRICT_WORDS - {"district"}
# what a town's own street or square is called in lower case after its name ("Lido beach in Mogadishu")
FEATURE_NOUNS = {"beach", "street", "avenue", "boulevard", "square", "market", "bazaar"}
GENERIC_AGES = {"old", "new", "inner", "upper", "lower"}  # with a settlement's word, a name any town's part bears


def best_entry(cand: Candidate, doc: Doc, ctx: Context, cues: Cues) -> Entry | None:
    """The entry this span most likely names, or None when nothing fits well enough."""
    span = doc[cand.start:cand.end]
    scored = []
    for entry in cand.entries:
        score = score_entry(entry, span, cand.ner, ctx, cues)
        if score is not None:
            scored.append((score, entry.gid, entry))
    if not scored:
        return None
    score, _, entry = max(scored, key=lambda t: (t[0], t[1]))
    own = next((e for _, _, e in scored if e.curated and not e.is_place and name_key(e.label) == name_key(span.text)), None)
    if own and entry.is_place and not entry.curated and entry.country not in ctx.theatre and entry.label != own.label:
        entry = own  # an actor by its own name, not a town far away by a foreign name ("Hamas", Latvian for Hamm)
    wide = next((e for _, _, e in scored if e.kind == "Country" or (e.curated and e.feature in WIDE_FEATURES)), None)
    if wide is not None and score >= ctx.settings.min_score and entry.is_place and not entry.curated \
            and not entry.admin_division and entry.admin1 not in ctx.regions:
        # "from Gaza and Lebanon", "defeat Palestine", "Asia": the country or the continent, not a town of that
        # name in a country the article names more often (a town goes with its region: "Lebanon, Pennsylvania")
        return wide
    return entry if score >= ctx.settings.min_score else None


def score_entry(entry: Entry, span: Span, ner: str | None, ctx: Context, cues: Cues) -> float | None:
    """How well ``entry`` fits ``span`` in context; None when it must not be used at all."""
    text = span.text
    if acronym_mismatch(entry, span) or (ner in NUMERIC_LABELS and not (text.isalpha() and text.isupper())):
        return None  # a number or a date; an acronym the model took for one ("an ISIL-held building") is not
    score = entry.prior
    key = name_key(text)
    if name_key(entry.label) == key:
        score += 0.5  # the entry's own name beats an old or foreign alias of another (Pokrovsk vs Engels)
    elif far_town_otherwise_named(entry, key, span, ctx):
        return None
    cue, strong_cue = place_cue(span, cues)
    if entry.is_place and (names_a_quarter(span) or names_a_feature_in_a_place(span)
                           or (entry.country not in ctx.theatre and _generic_name(span, cues))):
        return None  # "the Golan neighbourhood in the northwest of the city" is no Golan Heights; "the Old City" of an
        # article on Mosul is no Old City of Jerusalem
    if entry.is_place:
        if entry.gid in ctx.capitals:
            score += 1.0  # "Washington" is the capital, not the English town in an article that names England
        if ner == "PERSON" and _listed_with_places(span) and _mistagged_town(entry, span, ctx):
            ner = "GPE"  # "efforts for Mosul and Raqqah": one list, one kind, whatever the model says of one
        if ner in PLACE_LABELS:
            score += 1.5
        elif ner == "PERSON":
            score -= 2.0
        elif ner == "ORG":
            score -= 0.5
        if cue:
            score += 1.5
        if (where := _where_score(entry, span, ctx, cues)) is None:
            return None
        score += where
        if entry.feature in ("river", "sea", "reservoir"):
            score += 2.0 if preceded_by_the(span) else -1.0
        if not entry.curated and (after_a_title(span, cues)
                                   or not _place_evidence(entry, span, ner, (cue, strong_cue), ctx, cues)):
            return None
    elif entry.kind == "Person":
        single = len(span) == 1
        if ner == "PERSON":
            score += 1.0
        elif single:
            score -= 1.5 if ner is None else 0.5
        if ner in PLACE_LABELS and cue:
            score -= 2.0
    else:
        if any_states_body(entry, span, cues) and not ctx.countries.get(entry.country):
            return None  # "the National Police" of an article on Haiti is not Ukraine's
        if as_initials(text) and spelt_otherwise(entry, text, ctx.spelt):
            return None  # the initials of a body the article names in full are its: "TDF" of an article that
            # names the Tigray Defence Forces is not Ukraine's territorial defence, "CPC" no Chinese party
        if ner in ("ORG", "NORP"):
            score += 0.5
        if cue and any(ch.isupper() for ch in text[:1]) and preceded_by_prep(span, cues):
            score -= 1.5  # "in Azov" is the town, not the brigade
    return score


def _where_score(entry: Entry, span: Span, ctx: Context, cues: Cues) -> float | None:
    """Where the article puts a place (its country named; a country, region or town said around it); None: elsewhere."""
    score = 0.0
    if entry.country:
        score += min(ctx.countries.get(entry.country, 0), COUNTRY_MENTIONS_COUNTED) * 0.15
        score += ctx.settings.prior(entry.country)
        if (inside := container_bonus(entry, span, ctx, cues)) is None:
            return None  # "the town of Tawila in North Darfur" is no village of Yemen
        score += inside
    if entry.admin1:
        if entry.admin1 in ctx.sentence_regions.get(span.sent.start, ()):
            score += 2.0
        elif entry.admin1 in ctx.regions:
            score += 1.0
    near = anchor_bonus(entry, span, ctx.anchors, cues)  # ("Hamad City, north of Khan Younis": not Bahrain's)
    return None if near is None else score + near


def _place_evidence(entry: Entry, span: Span, ner: str | None, place_cues: tuple[bool, bool], ctx: Context,
                    cues: Cues) -> bool:
    """Whether a GeoNames place (not a curated one) may be meant at all: the text says "village of"/"in",
    the NER says place (of a small town or village far from the war, that is not enough), or it is a
    sizeable town of the theatre of war written as a proper name; never the first word of a longer name
    ("the Gulf of Aden")."""
    cue, strong_cue = place_cues
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].lower_ in ARABIC_ARTICLES and doc[span.end + 1].text == "-" \
            and doc[span.end + 2].text[:1].isupper():
        return False  # "the Tal al-Sultan neighbourhood": no town named Tal
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].text[:1].isupper() \
            and doc[span.end + 1].pos_ == "PROPN" and not (entry.population >= CITY_POPULATION and locative_before(span, cues)):
        return False  # "the Gulf of Aden" is no province named Gulf ("the killing in Berlin of X" is Berlin)
    if strong_cue:  # (by another of its names, not a village far from the war, "the town of Nasir" is no Turkish hamlet,
        # "the villages of Haris" no Iranian Heris; nor a city: "the village of Tillia" is no Tilburg; "Rakhine State")
        own_name = name_key(entry.label) in (name_key(span.text), entry.feature == "region" and name_key(span[:-1].text))
        if own_name and _region_named(span) and not (entry.admin_division or entry.feature == "region") \
                and entry.country not in ctx.theatre:
            return False  # "the central regions of Hiran and Middle Shabelle" are no Iraqi village
        return own_name or (entry.country in ctx.theatre or entry.population >= ctx.settings.minor_population) \
            and not (entry.feature == "city" and doc[max(span.start - 2, 0)].lemma_.lower() in ("village", "hamlet")
                     and doc[span.start - 1].lower_ == "of")  # (not "villages in Sumska oblast")
    if ner in PLACE_LABELS:  # a village far from the war only when the text says it is one
        return entry.population >= ctx.settings.minor_population or entry.country in ctx.theatre \
            or entry.feature not in ("town", "village")
    if is_headline(span.sent):
        return False
    settings = ctx.settings
    if entry.country in ctx.theatre and entry.country not in settings.theatre:
        # a country this article is about: its cities written as proper names (Aleppo, Raqqah: whatever the NER calls
        # them), its towns after "in", "near"... (not "to": "condolences to Dayton's family"), also in a list after one
        # ("in Qamenas, Sarmin and Talamenes"), what is taken, shelled or reached; not when a name goes on ("Lancaster House")
        if name_goes_on(span, cues):
            return False
        if entry.population >= CITY_POPULATION and (all(t.pos_ == "PROPN" for t in span) or entry.gid in ctx.capitals) \
                and not part_of_a_name(span, ner) and span.text not in ctx.surnames:  # ("Kigali denies": tagged ADJ)
            return True
        said = locative_before(span, cues) or taken_as_place(span, cues) or reached(span, cues) \
            or (cue and list_start(span) < span.start) or site_named_after(list(span), cues)  # ("the Rafah crossing")
        return said and (ner != "PERSON" or _mistagged_town(entry, span, ctx))
    if entry.country in settings.theatre:
        if cue:
            return True
        if len(span) == 1 and name_goes_on(span, cues) and name_key(entry.label) != name_key(span.text):
            return False  # one word of another of its names, the first of a longer name ("Human Rights Monitor": no Uman)
        if entry.population >= CITY_POPULATION:  # Kyiv, Kherson, Grozny: even when the NER calls them people
            return all(t.pos_ == "PROPN" for t in span)
        return entry.population >= settings.minor_population and (ner != "PERSON" or _before_an_event_noun(span, cues)) \
            and all(t.pos_ == "PROPN" for t in span)
    if entry.gid in ctx.capitals and ctx.countries.get(entry.country, 0) >= 1 and all(t.text[:1].isupper() for t in span):
        return not name_goes_on(span, cues)  # "Kigali denies ...": the capital of a country the article names
    if entry.population >= CITY_POPULATION and locative_before(span, cues) and not name_goes_on(span, cues):
        return True  # "an ISIL leader in Raqqah": a city that big after "in" whatever the NER says
    if _mistagged_town(entry, span, ctx) and (locative_before(span, cues) or taken_as_place(span, cues) or reached(span, cues)
                                              or site_named_after(list(span), cues)) and not name_goes_on(span, cues):
        return True  # "ISIL's presence in Palmyra", "the liberation of Sinjar", "reached Homs", "the Rafah border crossing":
        # a town, whatever the NER says
    return cue and entry.population >= settings.minor_population and ner not in ("PERSON", "ORG")


def _before_an_event_noun(span: Span, cues: Cues) -> bool:
    """A name modifying the offensive's or attack's noun right after it ("the Kherson counteroffensive", "the Rafah
    offensive", "the Bakhmut assault"): where the event is, whatever the NER says of the name."""
    noun = span[-1].head
    return span[-1].dep_ == "compound" and noun.i == span.end and noun.pos_ == "NOUN" \
        and (cues.triggers.get(noun.lemma_.lower()) or "?").split()[0] in ("Offensive", "Attack")


def names_a_quarter(span: Span) -> bool:
    """A name before a town's quarter's noun that the quarter bears ("the Golan neighbourhood", "the Yarmouk
    neighbourhood of the old city"; a quarter has no entry in the gazetteer), not the town's whose quarter it is ("the Kyiv
    neighbourhood of Obolon", "Beirut's suburbs", "the Beirut suburbs")."""
    doc, k = span.doc, span.end
    if not (k + 1 < len(doc) and doc[k].lower_ in QUARTER_NOUNS and span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return False
    named = doc[k + 2] if k + 2 < len(doc) and doc[k + 2].lower_ != "the" else doc[k + 3] if k + 3 < len(doc) else None
    return not (doc[k + 1].lower_ == "of" and named is not None and named.text[:1].isupper())


def _generic_name(span: Span, cues: Cues) -> bool:
    """A name any town's part may bear: an old, new or compass word and a settlement's ("the Old City", "Southern
    District")."""
    if len(span) > 3 or span[-1].lower_ not in cues.settlement:
        return False
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return len(words) == 2 and (words[0] in cues.compass or words[0] in GENERIC_AGES)


def names_a_feature_in_a_place(span: Span) -> bool:
    """A name before the noun of a street, square or beach that lies in a place named next ("a restaurant on Lido beach
    in Mogadishu", "Tahrir Square in Cairo"): the feature's name, not a town's."""
    doc, k = span.doc, span.end
    named = k + 2 < len(doc) and doc[k + 2].text[:1].isupper() or (
        k + 3 < len(doc) and doc[k + 2].lower_ == "the" and doc[k + 3].text[:1].isupper())
    return k + 2 < len(doc) and doc[k].lower_ in FEATURE_NOUNS and doc[k + 1].lower_ in ("in", "of") and named


def _listed_with_places(span: Span) -> bool:
    """Coordinated with names the model calls places ("Mosul and Raqqah", "Aleppo, Homs and Hama")."""
    return any(t.ent_type_ in INNER_PLACE_LABELS and not (span.start <= t.i < span.end) for t in span.root.conjuncts)


def _mistagged_town(entry: Entry, span: Span, ctx: Context) -> bool:
    """A town of some size whose name the small model took for a person or a body: a proper name that
    ends where the span ends, no person's name in the article (a surname, "Mason"; a given name), no
    part of a longer name."""
    # (a capitalised word inside a sentence that the tagger calls a noun is written as a name: "and Homs")
    # (a region's population is not in the data: "fought in Tigray" of an article that names Ethiopia is the region)
    # (or by its own name after a compass word: "in northern Shan" is Myanmar's Shan State, no town once called Shan)
    sized = entry.population >= ctx.settings.minor_population or (entry.feature == "region" and (
        entry.country in ctx.theatre or ctx.countries.get(entry.country, 0) >= 1
        or (entry.admin_division and name_key(entry.label) == name_key(span.text) and span.start > 0
            and span.doc[span.start - 1].lower_ in COMPASS_ADJECTIVES)))
    # (or opening it, for a city of the war: "Homs fell to the rebels", which the tagger takes for a plural noun)
    city = entry.population >= CITY_POPULATION and entry.country in ctx.theatre
    return (sized
            and all(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper() and (city or not t.is_sent_start))
                    for t in span)
            and not part_of_a_name(span, "PERSON") and not ctx.surnames & {t.text for t in span}
            and span.text not in ctx.given_names)


COMPASS_ADJECTIVES = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                      "southeastern", "southwestern"}
WIDE_FEATURES = ("continent", "sea")  # curated places a town's name never means instead (a river may: Dnipro)
# how many mentions of a country lend its towns weight: five (0.75) break a tie between namesakes of
# like size, but do not make Paris, Texas out of Paris in an article that names the US ten times
COUNTRY_MENTIONS_COUNTED = 5

# title words that stand only before a person's name ("President Lula", "General Zaluzhnyi")
NOT_PERSON_TITLES = {"foreign", "defence", "defense", "former", "late", "vice", "deputy", "chief"}


def after_a_title(span: Span, cues: Cues) -> bool:
    """A capitalised person's title just before the span: it names a person, not a town."""
    prev = word_before(span.doc, span.start)  # ("Col", ".": the tokenizer splits most ranks from their stop)
    return prev is not None and prev.text[:1].isupper() and prev.lower_.rstrip(".") in cues.titles - NOT_PERSON_TITLES


def is_major(entry: Entry, ctx: Context) -> bool:
    return entry.population >= CITY_POPULATION or (entry.country in ctx.settings.theatre
                                           and entry.population >= ctx.settings.minor_population)


REGION_WORDS = {"region", "province", "state", "governorate", "district"}


def _region_named(span: Span) -> bool:
    """The span is named as a region: "the region of X", "the provinces of A and B"."""
    first, doc = list_start(span), span.doc
    return first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lemma_.lower() in REGION_WORDS


# -- candidate sources ---------------------------------------------------------------------------


def one_sense_per_article(cands: list[Candidate], doc: Doc, ctx: Context, cues: Cues) -> None:
    """Link every gazetteer candidate; a name used several times in one article means one thing, the
    entry with the best total score over its uses ("the village of Vilkhivka, near Kharkiv" settles
    which Vilkhivka a later bare "Vilkhivka" is)."""
    by_name: dict[str, list[Candidate]] = {}
    for cand in cands:
        if cand.source == "gazetteer":
            cand.entry = best_entry(cand, doc, ctx, cues)
            by_name.setdefault(name_key(doc[cand.start:cand.end].text), []).append(cand)
    for group in by_name.values():
        chosen = {c.entry.gid for c in group if c.entry is not None}
        if len(group) < 2 or not chosen or not all(c.entries[0].is_place for c in group):
            continue
        totals: dict[str, float] = {}
        entries = {e.gid: e for c in group for e in c.entries}
        for gid, entry in entries.items():
            scores = [score_entry(entry, doc[c.start:c.end], c.ner, ctx, cues) for c in group]
            if any(sc is not None and sc >= ctx.settings.min_score for sc in scores):
                totals[gid] = sum(sc if sc is not None else 0.0 for sc in scores)
        if totals:
            best = entries[max(totals, key=lambda g: (totals[g], g))]
            for cand in group:
                if cand.entry is not None or best.curated or best.population >= ctx.settings.minor_population:
                    cand.entry = best
    # a place the article names surely elsewhere, by this or another of its names ("Rakhine State"), is
    # the place here too, where the model calls its name a body ("14 of Rakhine's 17 townships")
    places = {c.entry.gid: c.entry for c in cands if c.source == "gazetteer" and c.entry is not None
              and c.entry.is_place and c.entry.kind != "Country"}  # (a state's forms include "USS", "U.S., a")
    names = {gid: {name_key(doc[c.start:c.end].text) for c in cands if c.entry is not None and c.entry.gid == gid
                   and c.source == "gazetteer"} for gid in places}  # the names each place is linked by
    # (also where the model calls it a person, when the words around it make it a place and the article names no one
    # by it: "Eritrean troops entered Tigray"; and over another country's place: "northern Shan" is not Shancheng)
    for cand in cands:
        span, key = doc[cand.start:cand.end], name_key(doc[cand.start:cand.end].text)
        named = next((places[e.gid] for e in cand.entries if e.gid in places and names[e.gid] - {key}), None) \
            if cand.source == "gazetteer" and cand.entry is not None and cand.entry.is_place else None
        if named is not None and names.get(cand.entry.gid) == {key} and cand.entry.country != named.country:
            cand.entry = named
        if cand.source == "gazetteer" and cand.entry is None and all(t.is_alpha for t in span) \
                and (cand.ner != "PERSON" or (place_cue(span, cues)[0] and span.text not in ctx.surnames | ctx.given_names)):
            # (all letters: not "Ohio's state")
            cand.entry = next((places[e.gid] for e in cand.entries if e.gid in places), None)


def name_like(person: Span, inner: Candidate, cues: Cues) -> bool:
    """Whether the rest of a PERSON span around a place name looks like more of a name (and not a
    title or a place word: "Capital Kyiv" is no person)."""
    # (the small words of a family name do not count: "Khalil al-Hayya")
    rest = [t for t in person if not (inner.start <= t.i < inner.end) and t.lower_ not in NAME_PARTICLES
            and t.text not in HYPHENS]
    return bool(rest) and all(t.text[:1].isupper() and t.lower_ not in cues.settlement
                              and t.lower_.rstrip(".") not in cues.titles for t in rest)
