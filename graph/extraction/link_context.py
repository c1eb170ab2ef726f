"""What an article as a whole says about where it is, for linking its place names: the countries it names
(by name, demonym and the towns it names), its regions, its people's names and the theatre of war it is
about."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from graph.cues import Cues
from graph.extraction.candidates import Candidate, any_states
from graph.extraction.initials_links import bodies_spelt_out
from graph.extraction.place_anchors import distance_km, learn_places
from graph.extraction.place_refs import SETTLEMENTS
from graph.extraction.settings import CITY_POPULATION, DEFAULT_SETTINGS, MentionSettings
from graph.gazetteer import Entry, Gazetteer
from graph.text import family_names, name_key

LEARNT_THEATRE_MIN = 2  # mentions of a country (names, demonyms, half its towns) that make it a theatre


@dataclass
class Context:
    """What the article as a whole says about where it is: countries and admin regions."""

    countries: Counter = field(default_factory=Counter)
    spelt: dict[str, set[str]] = field(default_factory=dict)  # initials -> name keys of the bodies named in full
    regions: Counter = field(default_factory=Counter)  # admin1 names
    sentence_regions: dict[int, set[str]] = field(default_factory=dict)  # sentence start -> admin1 names
    country_at: dict[int, str] = field(default_factory=dict)  # token where a country's or region's name starts -> its country
    town_country_at: dict[int, str] = field(default_factory=dict)  # the same for a town's name
    # token where a name starts that names a country, whatever towns share it ("Armenia": not Colombia's town)
    state_at: dict[int, str] = field(default_factory=dict)
    division_at: dict[int, Entry] = field(default_factory=dict)  # token where a division's name starts ("Virginia")
    capitals: dict[str, str] = field(default_factory=dict)  # national capitals (gid -> ISO): best known of their names
    settings: MentionSettings = DEFAULT_SETTINGS
    theatre: frozenset[str] = frozenset()  # the configured theatre and the countries this article is about
    surnames: frozenset[str] = frozenset()  # last words of the people the NER names in full ("Dayton")
    given_names: frozenset[str] = frozenset()  # first words of the same ("Piers")
    anchors: dict[int, tuple[float, float]] = field(default_factory=dict)  # place_anchors.learn_places
    demonym_at: dict[int, str] = field(default_factory=dict)  # token of a country's adjective ("Armenian") -> the country

    def learn_theatre(self) -> None:
        """The theatre of this article: the configured one and the countries it talks about most (named
        at least twice, and at least a third as often as the most named one), so that the towns of
        Syria are places in an article on Syria whatever theatre the package was set up for."""
        top = max(self.countries.values(), default=0)
        learnt = {iso for iso, n in self.countries.items() if iso and n >= max(LEARNT_THEATRE_MIN, top / 3)}
        self.theatre = self.settings.theatre | learnt


def article_context(doc: Doc, cands: list[Candidate], gaz: Gazetteer, cues: Cues,
                    settings: MentionSettings = DEFAULT_SETTINGS) -> Context:
    """Countries and regions the article mentions unambiguously (country names, demonyms, regions)."""
    ctx = Context(settings=settings, capitals=gaz.capitals)
    ctx.demonym_at = {tok.i: iso for tok in doc if tok.text[:1].isupper() and (iso := gaz.adjectives.get(tok.lower_))}
    ctx.countries.update(iso for tok in doc if tok.text[:1].isupper()
                         and (iso := ctx.demonym_at.get(tok.i) or gaz.peoples.get(tok.lower_)))
    for cand in cands:
        states = [e for e in cand.entries if e.kind == "Country"] if cand.source == "gazetteer" else []
        if len(states) == 1 and not any(e.admin_division for e in cand.entries):  # (not "Georgia", a US state too)
            ctx.state_at[cand.start] = states[0].country
        if cand.source != "gazetteer" or len(cand.entries) != 1:
            continue
        entry = cand.entries[0]
        owner = cand.end < len(doc) and doc[cand.end].lower_ in ("'s", "’s")  # ("Sudzha, Ukraine's commander")
        if (entry.kind == "Country" or (entry.admin_division and entry.country)) and not owner:
            ctx.country_at[cand.start] = entry.country  # what "X, Syria" or "X in North Darfur" puts X in
        elif entry.is_place and entry.country:
            ctx.town_country_at[cand.start] = entry.country  # what "the X area of Khan Younis" puts X in
        if entry.kind == "Country":
            ctx.countries[entry.country] += 1
        elif entry.is_place and entry.admin1 and (entry.curated or entry.population >= 50_000):
            ctx.regions[entry.admin1] += 1
            sent = doc[cand.start].sent.start
            ctx.sentence_regions.setdefault(sent, set()).add(entry.admin1)
        if entry.country and entry.kind != "Country" and not any_states_body(entry, doc[cand.start:cand.end], cues):
            # (a "National Police" says nothing of where; nor does a hamlet by another of its names, "Nasir" of South
            # Sudan, of Turkey, where it is called Demirci: its own mentions would make Turkey a theatre)
            alias = entry.feature in SETTLEMENTS and not entry.curated \
                and name_key(entry.label) != name_key(doc[cand.start:cand.end].text)
            if not alias or entry.population >= settings.minor_population:
                ctx.countries[entry.country] += 0.5
    # people named in full: two words at least ("al-Hilla" is one word, whatever its tokens), and not the
    # very name of a town the model took for a person ("Kiryat Shmona", "Wad Madani")
    towns = {(c.start, c.end) for c in cands if c.source == "gazetteer" and any(
        e.is_place and not e.curated and e.population >= settings.minor_population for e in c.entries or ())}
    # (nor a body's name the model tagged as a person's: "Tigray People's Liberation Front")
    towns |= {(c.start, c.end) for c in cands if c.source == "gazetteer"
              and any(not e.is_place and e.kind != "Person" for e in c.entries or ())}
    people = [c for c in cands if c.ner == "PERSON" and len(doc[c.start:c.end].text.split()) > 1
              and (c.start, c.end) not in towns]
    ctx.spelt = bodies_spelt_out(doc, cands)
    ctx.surnames = frozenset(last for c in people for last in family_names(doc[c.start:c.end].text))
    ctx.given_names = frozenset(doc[c.start].text for c in people)
    learn_places(cands, doc, ctx)
    ctx.learn_theatre()
    return ctx


def any_states_body(entry: Entry, span: Span, cues: Cues) -> bool:
    """A country's body named as any state's could be ("National Police", "Defence Forces"): it says
    nothing of where, and is that country's only where the article names the country ("The Times" is
    a paper's name)."""
    return bool(entry.country) and not entry.is_place and entry.actor_kind != "media" and any_states(span, cues)


def far_town_otherwise_named(entry: Entry, key: str, span: Span, ctx: Context) -> bool:
    """A small town far from the war named only as it is spelt ("Minova" is not Japan's "Minowa"), or by another of its
    names in a list of another country's towns ("Jermuk, Goris and Vardenis" is no Turkish Cermik) or in an article on
    other countries that names neither its own nor another of its places, far from every place it names ("Zike
    village" of an article on Nigeria is no German Syke)."""
    return entry.is_place and not entry.curated and entry.population < CITY_POPULATION and entry.country not in ctx.theatre \
        and (all(name_key(alias) != key for alias in entry.aliases) or _listed_elsewhere(entry, span, ctx)
             or (ctx.countries.get(entry.country, 0) < 1 and bool(ctx.theatre - ctx.settings.theatre)
                 and _far_from_the_other_places(entry, span, ctx)))


FAR_KM = 1500  # farther than this from every other place the article names: another part of the world


def _far_from_the_other_places(entry: Entry, span: Span, ctx: Context) -> bool:
    """Whether the article names other places and the entry lies far from all of them ("Zike" of an article on Nigeria
    is Germany's Syke by name only; "Kobane" of one on northern Iraq is a Syrian town across the border)."""
    others = [at for i, at in ctx.anchors.items() if i != span.start and at != (entry.lat, entry.lon)]
    return bool(others) and entry.lat is not None and all(
        distance_km(entry.lat, entry.lon, lat, lon) > FAR_KM for lat, lon in others)


def _listed_elsewhere(entry: Entry, span: Span, ctx: Context) -> bool:
    """Listed with a town the article surely puts in another country ("Jermuk, Goris and Vardenis")."""
    return any(ctx.town_country_at.get(t.i) not in (None, entry.country) for t in span.root.conjuncts)
