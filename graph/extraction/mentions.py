"""The mention stage: candidates settled into mentions (highest priority, then longest, wins), each
linked to an entry; countries nested in longer names. (Unnamed sources with an affiliation, "Ukrainian officials":
:mod:`graph.extraction.unnamed_sources`.)"""
from __future__ import annotations

from spacy.tokens import Doc

from graph.cues import Cues
from graph.extraction.acronyms import known_long_forms
from graph.extraction.candidates import PLACE_LABELS, Candidate
from graph.extraction.actor_sorts import ARMED_GROUP_KINDS
from graph.extraction.doctext import is_headline
from graph.extraction.link_context import Context, article_context
from graph.extraction.linking import REGION_WORDS, after_a_title, is_major, name_like, one_sense_per_article
from graph.extraction.ner_spans import accept_unknown, has_org_head
from graph.extraction.place_cues import names_an_outlet
from graph.extraction.settings import CITY_POPULATION, DEFAULT_SETTINGS, MentionSettings
from graph.extraction.stances import HYPHENS
from graph.gazetteer import Entry, Gazetteer
from graph.records import BODY_KINDS


def select(cands: list[Candidate], doc: Doc, gaz: Gazetteer, cues: Cues,
           settings: MentionSettings = DEFAULT_SETTINGS) -> list[Candidate]:
    """Settle overlaps (highest priority, then longest, wins) and link each winner to an entry."""
    ctx = article_context(doc, cands, gaz, cues, settings)
    people = [c for c in cands if c.source == "ner" and c.ner == "PERSON"]
    orgs = [c for c in cands if c.source == "ner" and c.ner == "ORG"]
    # longer names a known name may be inside: the model's bodies, units found by their head word ("Sudan Liberation Army")
    longer = orgs + [c for c in cands if c.source == "unit"]
    groups = [e for e in doc.ents if e.label_ == "NORP"]  # nationalities and groups: never towns
    one_sense_per_article(cands, doc, ctx, cues)
    for cand in cands:
        if cand.source == "gazetteer":
            if cand.entry is None or (cand.end - cand.start == 1 and doc[cand.start].tag_ == "JJ" and (
                    cand.start == 0 or doc[cand.start - 1].lower_ != "the") and cand.entry.label.startswith("The ")):
                cand.priority = -1  # (nor "Independent analysts said": an adjective, not the paper "The Independent")
            elif cand.entry.curated and (_inside_longer_name(cand, longer, doc, gaz, cues)
                                         or _word_of_a_persons_name(cand, people, doc, gaz, cues)):
                cand.priority = 3.0  # below the longer name's: "Congress" of "the Indian National Congress"
            elif cand.entry.feature == "continent" and cand.start > 0 and doc[cand.start - 1].text[:1].isupper() \
                    and doc[cand.start - 1].lower_ in cues.compass:
                cand.priority = 3.0  # "Southeast Asia", "West Africa": a region the model names whole
            elif not cand.entry.curated and cand.entry.is_place:
                cand.priority = _town_priority(cand, doc, ctx, (people, orgs, groups), cues)
        elif cand.source == "ner" and cand.ner == "ORG" and (has_org_head(doc[cand.start:cand.end], cues)
                                                             or doc[cand.end - 1].lower_ in cues.unit_types):
            cand.priority = max(cand.priority, 8.5)  # ("the Chin National Army" is no mention of Chin State)
        elif cand.source == "ner" and cand.ner in PLACE_LABELS and cand.priority < 8.9:
            inner = [c for c in cands if c.source == "gazetteer" and c.entry is not None and not c.entry.curated
                     and cand.start <= c.start and c.end <= cand.end and (c.end - c.start) < (cand.end - cand.start)]
            extra = [t for t in doc[cand.start:cand.end] if not any(c.start <= t.i < c.end for c in inner)]
            if inner and all(t.text[:1].isupper() and t.lower_ not in cues.compass and t.lower_ not in cues.settlement
                             for t in extra):
                cand.priority = 8.8  # "Pearl Harbor" is not the town of Pearl
    linked = {(c.start, c.end) for c in cands if c.source == "gazetteer" and c.priority >= 0}
    chosen: list[Candidate] = []
    used = [False] * len(doc)
    for cand in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if cand.priority < 0 or (cand.fallback and (cand.start, cand.end) in linked):
            continue
        if any(used[cand.start:cand.end]):
            cand = _rest_of_name(cand, used, doc, cues.titles)  # "the Middle East Tobias Ellwood": Tobias Ellwood
            if cand is None:
                continue
        if cand.source == "ner":
            cand.ctx = ctx
            if not accept_unknown(cand, doc, gaz, cues):
                continue
        chosen.append(cand)
        for i in range(cand.start, cand.end):
            used[i] = True
    known_long_forms(doc, chosen)
    return sorted(chosen, key=lambda c: c.start)


def _town_priority(cand: Candidate, doc: Doc, ctx: Context, names: tuple[list, list, list], cues: Cues) -> float:
    """The priority of a GeoNames place's name against the NER's people, bodies and groups around it."""
    people, orgs, groups = names
    if cand.entry.admin_division and cand.end - cand.start > 1 and doc[cand.end - 1].lower_ in REGION_WORDS | {"oblast"}:
        return 8.0  # a division named whole with its word ("Gezira state"): no person's name, whatever the model says
    major = is_major(cand.entry, ctx)
    if not major and names_an_outlet(doc[cand.start:cand.end], cues):
        return -1  # "Baza media outlet" is no town of Spain's ("a Moscow newspaper" is the city's)
    if any(g.start <= cand.start and cand.end <= g.end and (len(g) > cand.end - cand.start or doc[cand.start].tag_ == "JJ")
           for g in groups):
        return -1  # "North" (an alias of North Salt Lake) in "North Korean hackers"; "the Chadian town" (a Chinese village)
    inside = any(p.start <= cand.start and cand.end <= p.end and (p.end - p.start) > (cand.end - cand.start)
                 and name_like(doc[p.start:p.end], cand, cues) for p in people) \
        or any(o.start < cand.start and cand.end < o.end for o in orgs)
    # a town's name ending a person's name after a title ("Col. Ihor Ivanov" is no Ivanovo) or after a given
    # name ("Sergei Shevchenko" is no district of Poltava; not "Sometimes Kiev shows")
    surname = any(p.start < cand.start and cand.end == p.end and (
        after_a_title(doc[p.start:p.end], cues)
        or (name_like(doc[p.start:p.end], cand, cues) and all(t.pos_ == "PROPN" for t in doc[p.start:cand.start])
            and not is_headline(doc[cand.start].sent))) for p in people)
    # (a big town of the theatre stays, unless it is the given name before a family name: "resident Artem Kazantsev",
    # or half of a double-barrelled one: "Maria Lvova-Belova" is no Lviv)
    joined = any(0 <= i < len(doc) and doc[i].text in HYPHENS for i in (cand.start - 1, cand.end))
    given = any(p.start == cand.start and p.end > cand.end and " " not in doc[cand.end:p.end].text
                and name_like(doc[p.start:p.end], cand, cues) for p in people)  # (one family name: "Khalil al-Hayya")
    big = cand.entry.country in ctx.settings.theatre and cand.entry.population >= CITY_POPULATION and not joined
    if surname or given or (inside and not big):
        # "George" in "George Barros", "Sokolov" in "Vladislav Sokolov", "Human" (Uman) in "the Syrian
        # Observatory for Human Rights": the longer name wins if it is one
        return 3.0
    return 8.0 if major else 5.0


def _inside_longer_name(cand: Candidate, orgs: list[Candidate], doc: Doc, gaz: Gazetteer, cues: Cues) -> bool:
    """A known body's name inside a longer organisation name the NER found, which it extends with
    capitalised words, none of them a name the gazetteer knows or the adjective of the body's own
    country: part of another body's name ("Congress" of "the Indian National Congress", "Sudan" of
    "the Sudan Liberation Movement", "Senate" of "the Senate Foreign Relations Committee"; a place
    when the longer name has an organisation's or a unit's head word: "Gaza" of "the Gaza Health Ministry",
    "Sudan" of "the Sudan Liberation Army"), while
    "the American Congress" stays the US Congress and "Britain's Defence Ministry" names Britain;
    never in a title-case headline ("NATO Troops Are Operating ...").
    The longer name wins only if it is accepted as a name; otherwise the known one stands."""
    body = cand.entry.kind in BODY_KINDS
    if not (body or cand.entry.is_place) or is_headline(doc[cand.start].sent):
        return False
    for org in (o for o in orgs if o.start <= cand.start and cand.end <= o.end and o.end - o.start > cand.end - cand.start):
        headed = has_org_head(doc[org.start:org.end], cues) or doc[org.end - 1].lower_ in cues.unit_types
        if body or headed:
            extra = [t for t in doc[org.start:org.end] if not cand.start <= t.i < cand.end]
            words = [t for t in extra if not (t.lower_ in ("the", "of", "and", "for") or t.is_punct)]
            if cand.end - cand.start == 1 and _mid_name_word(cand.entry, cand.start, org, doc, headed):
                return True
            if cand.end == org.end and doc[cand.start].lower_ in cues.bare_bodies and words \
                    and all(t.is_alpha and t.text[:1].isupper() for t in words):
                return True  # a short form as the head of a longer name: "the Congo River Alliance" is no NATO
            # (a word that names a body alone only as a short form, "the Alliance", may start a longer name)
            if words and all(t.is_alpha and t.text[:1].isupper() and (not t.is_stop or t.like_num)
                             and (t.lower_ in cues.bare_bodies  # unknown, or known only as a one-word body mid-name
                                  or all(_mid_name_word(e, t.i, org, doc, headed) for e in gaz.lookup(t.text)))
                             and gaz.country_of_adjective(t.text) != (cand.entry.country or "") for t in words):
                return True
    return False


def _word_of_a_persons_name(cand: Candidate, people: list[Candidate], doc: Doc, gaz: Gazetteer, cues: Cues) -> bool:
    """A known one-word name that is a word of a person's name the model found: the family name after
    given names ("Foreign Minister Therese Kayikwamba Wagner" is no Wagner Group) or the given name
    before one family name ("Israel Katz", "Jordan Bardella" are no states), the other words capitalised,
    no title and no name the gazetteer knows ("Ukraine Zelensky" in a headline is two names), nor, for a
    given name, the family name of another person the article names ("support Ukraine Kissinger argued"
    after "Henry Kissinger")."""
    if cand.end - cand.start != 1 or not doc[cand.start].is_alpha:
        return False
    for p in people:
        last, given = p.end == cand.end and p.end - p.start >= 2, p.start == cand.start and p.end - p.start == 2
        if not (last or given):
            continue
        given = given and not any(q.end - q.start >= 2 and doc[q.end - 1].text == doc[p.end - 1].text
                                  and doc[q.start].text != doc[p.start].text for q in people)
        if (last or given) and name_like(doc[p.start:p.end], cand, cues) \
                and not any(e.curated for t in doc[p.start:p.end] if t.i != cand.start for e in gaz.lookup(t.text)):
            return True
    return False


def _mid_name_word(entry: Entry, i: int, org: Candidate, doc: Doc, headed: bool) -> bool:
    """A body known by one word (token ``i``) between capitalised words of a longer name ("the UN
    Independent Commission of Inquiry" is no newspaper), or a GeoNames place's when the name has a
    body's or a unit's head word ("U.S. Naval Forces Central Command" is no town Central; "France
    Francois Hollande" is no body): the word is that name's."""
    return (entry.kind == "Organization" or (headed and not entry.curated)) and org.start < i < org.end - 1 \
        and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


def _rest_of_name(cand: Candidate, used: list[bool], doc: Doc, titles: frozenset[str]) -> Candidate | None:
    """What an NER span goes on with after a name already taken: a person's name at its end ("the
    Middle East Tobias Ellwood" once Middle East is a place), when the article tags that name a
    person elsewhere or a title stands before the span ("ambassador to Washington Anatoly Antonov")."""
    if cand.source != "ner" or used[cand.end - 1]:
        return None
    start = cand.end
    while start > cand.start and not used[start - 1]:
        start -= 1
    if start == cand.start or not all(t.text[:1].isupper() and t.is_alpha for t in doc[start:cand.end]):
        return None
    last = doc[cand.end - 1].text
    person = any(e.label_ == "PERSON" and last in e.text.split() for e in doc.ents if e.start >= cand.end or e.end <= start)
    # "Russia's ambassador to Washington Anatoly Antonov": a title before the span says so too
    before = doc[max(0, cand.start - 3):cand.start]
    titled = any(t.lower_.rstrip(".") in titles for t in before) and not any(t.is_punct for t in before)
    if not (person or titled) or not 2 <= cand.end - start <= 3:
        return None  # the rest of an organisation's name ("Morning Post") is no name of its own
    return Candidate(start, cand.end, "ner", 7.0, ner="PERSON")


def nested_mentions(doc: Doc, chosen: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A country or a person named inside a longer name is mentioned too: a country in possessive form
    ("Britain's Defense Ministry" names the ministry and Britain), a country by its name in the name of a
    body of that country ("the Government of Iraq", "the Jordan Armed Forces"; not "the Islamic State of
    Iraq and the Levant", no body of Iraq's), a known person whose name opens a body's ("the Asad
    regime", "the Biden administration"). Adjectives do not count: "Russian" is no mention of Russia."""
    out = []
    for cand in chosen:
        if cand.entry is None or cand.entry.kind not in ("Organization", "MilitaryUnit"):
            continue
        for k in range(cand.start + 1, cand.end - 1):
            if doc[k].lower_ in ("'s", "’s"):
                countries = [e for e in gaz.lookup(doc[cand.start:k].text, translit=False) if e.kind == "Country"]
                if len(countries) == 1:
                    out.append(Candidate(cand.start, k, "nested", 0.0, entries=countries, entry=countries[0]))
                break
        else:
            out += _own_country_named(doc, cand, gaz)
        out += _eponym(doc, cand, gaz)
    return out


def _eponym(doc: Doc, cand: Candidate, gaz: Gazetteer) -> list[Candidate]:
    """The one person the gazetteer knows by the proper nouns that open a body's name, before its
    other words ("[Asad] regime")."""
    for end in range(min(cand.start + 3, cand.end - 1), cand.start, -1):
        if all(t.pos_ == "PROPN" for t in doc[cand.start:end]):
            people = [e for e in gaz.lookup(doc[cand.start:end].text, translit=False) if e.kind == "Person"]
            if len(people) == 1:
                return [Candidate(cand.start, end, "nested", 0.0, entries=people, entry=people[0])]
    return []


# bodies whose name holds a country as a brand, not as whose body it is ("Agence France-Presse", "Voice of America")
BRANDED_KINDS = frozenset({"media", "company", "think tank", "political party", "international organisation"})


def _own_country_named(doc: Doc, cand: Candidate, gaz: Gazetteer) -> list[Candidate]:
    """The body's own country written by its name, in proper nouns, inside the body's name (not an armed
    group's: "the Sudan Liberation Movement" is no body of Sudan's)."""
    if not cand.entry.country or cand.entry.actor_kind in BRANDED_KINDS | ARMED_GROUP_KINDS:
        return []
    for start in range(cand.start, cand.end):
        for end in range(start + 1, min(start + 4, cand.end + 1)):
            if (start, end) == (cand.start, cand.end) or not all(t.pos_ == "PROPN" for t in doc[start:end]):
                continue
            text = doc[start:end].text
            own = [e for e in gaz.lookup(text, translit=False)
                   if e.kind == "Country" and e.gid == f"country:{cand.entry.country}"]
            if own and gaz.country_of_adjective(text) is None:
                return [Candidate(start, end, "nested", 0.0, entries=own[:1], entry=own[0])]
    return []
