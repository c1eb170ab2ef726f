"""Which of the places an event's phrases name are its own: not the region or country an "in" after a
town puts the town in ("a base in Kareto in Borno state"), not the country or region that contains
another of them ("Kharkiv, Ukraine's second city"; "... and Kupiansk in the Kharkiv region"); and when
they name none, the place that opens the sentence; the places a preposition's object names itself; and
the names that name a settlement word ("the town of Paletwa") or only locate it ("Congo's second city"); where
the ground taken or the target hit lies, as the phrases on it say.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.phrase_repairs import COMPASS_NOUNS
from graph.extraction.place_refs import SETTLEMENTS, TOWN_WORDS

DESTINATION_PREPS = {"to", "toward", "towards", "into"}  # where a withdrawal goes is not where it happened
TARGET_PLACE_PREPS = {"in", "near", "outside", "around", "across", "inside", "at"}  # where a target hit stood ("a ship at X")
PASSING_PREPS = TARGET_PLACE_PREPS | {"through", "along", "past"}  # where a target passed ("as it passed through X")
AREA_NOUNS = {"area", "outskirts", "suburbs", "countryside", "vicinity", "environs"}  # "in the area of X" is in X
NOT_SCENE = {"to", "toward", "towards", "of", "from", "into", "over", "on"}  # no opening "X, ..." sets a scene with these


def narrowest(keys: list[str], head: Token, res: ReferenceResolver) -> list[str]:
    """The event's places among ``keys``, most specific first, without their containers."""
    return _most_specific(_without_sectors(_without_locators(keys, head, res), head, res), res)


def _without_sectors(keys: list[str], head: Token, res: ReferenceResolver) -> list[str]:
    """Drop a town named only for its front sector ("In the Kurakhove direction, the enemy attacked near Krasnohorivka
    and Heorhiivka": the villages, which lie in that sector) where the sentence names other places."""
    sectors = {k for t in head.sent if (k := res.key_at.get(t.i)) and t.dep_ == "compound"
               and t.head.lower_ in res.cues.front_sectors and t.head.i == t.i + 1}
    return [k for k in keys if k not in sectors] or keys


def _without_locators(keys: list[str], head: Token, res: ReferenceResolver) -> list[str]:
    """Drop a region or country an "in" right after a place name puts that place in ("a base in Kareto
    in Nigeria's Borno state", "in Muridke and Bahawalpur in Punjab province"): where the first place
    lies, not a second scene (a town after it stays: "operating in Gaza in the city of Rafah")."""
    located: set[str] = set()
    for tok in head.sent:
        if tok.lower_ == "in" and tok.i > 0 and res.kind(res.key_at.get(tok.i - 1)) == "Place":
            located |= {k for t in tok.subtree if (k := res.key_at.get(t.i)) and container_place(k, res)}
    return [k for k in keys if k not in located] or keys


def container_place(key: str, res: ReferenceResolver) -> bool:
    """A country or a region (the gazetteer's, or one the article names as such)."""
    entry = res.entities[key].entry
    return res.kind(key) == "Country" or res.region_mention(key) or (
        entry is not None and (entry.feature == "region" or entry.admin_division))


def _most_specific(keys: list[str], res: ReferenceResolver) -> list[str]:
    """Drop the containers of other places: the country ("Kharkiv, Ukraine's second city") and a region
    named as such ("... Balakliia and Kupiansk in the Kharkiv region")."""
    specific = [k for k in keys if res.kind(k) == "Place"] or keys
    regions = {k for k in specific if res.region_mention(k)}
    inner_admin = {res.entities[k].entry.admin1 for k in specific
                   if k not in regions and res.entities[k].entry is not None and res.entities[k].entry.admin1}
    return [k for k in specific if not (k in regions and res.entities[k].entry is not None
                                       and res.entities[k].entry.admin1 in inner_admin)] or specific


def fronted_place(head: Token, res: ReferenceResolver, cues: Cues) -> list[str]:
    """A place phrase that opens the sentence before a comma sets the scene of what follows ("Near
    Sinjar, one strike destroyed ...", "In Kharkiv, shelling killed two"), however it is parsed."""
    sent = head.sent
    if sent[0].lower_ not in cues.place_prep - NOT_SCENE:
        return []
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma > head.i or comma - sent.start > 8:
        return []
    keys = [res.key_at.get(i) for i in range(sent.start + 1, comma)]
    return list(dict.fromkeys(k for k in keys if k and res.kind(k) in ("Place", "Country")))


def where_clause_place(head: Token, res: ReferenceResolver) -> list[str]:
    """The place a "where" clause hangs on, for an event in it that names none ("El Fasher, where aid agencies
    fear an assault"); a town's apposed description stands for it ("El Fasher, the capital of North Darfur,
    where ...": the clause the parser hangs on the region describes the town)."""
    clause = next((t for t in (head, *head.ancestors) if t.dep_ == "relcl"), None)
    if clause is None or clause.head.i > head.i or not any(c.lower_ == "where" for c in clause.children):
        return []
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "appos":
        noun = noun.head.head.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and res.kind(res.key_at.get(noun.i)) == "Country" \
            and res.kind(res.key_at.get(noun.head.head.i)) == "Place":
        noun = noun.head.head  # ("the Kursk region of Russia, where ...": the region the state only locates)
    elif noun.dep_ == "appos" and res.kind(res.key_at.get(noun.i)) not in ("Place", "Country"):
        noun = noun.head  # (but a name apposed to its description is the place: "the capital Khartoum, where ...")
    key = res.key_at.get(noun.i)
    return [key] if key and res.kind(key) in ("Place", "Country") else []


def places_named_by(prep: Token, res: ReferenceResolver) -> list[str]:
    """The places the preposition's object names itself ("in Dnipro", "in the Radujniy area", "in the town
    of Wajiroko", "in the countryside west of Aleppo", "in the area of Kharkiv", "in the provinces of Ilam and
    Khuzestan"), not a phrase that names one further down ("in their campaign against Israel")."""
    return [key for p in prep.children if p.dep_ == "pobj"
            for key in [res.key_at.get(p.i), *(res.key_at.get(c.i) for c in p.children
                                               if c.dep_ in ("compound", "amod", "nmod")),
                        *(_of_places(p, res) if p.lemma_.lower() in {*SETTLEMENTS, *DIVISION_NOUNS}
                          or p.lower_ in COMPASS_NOUNS | AREA_NOUNS else ())]
            if key and res.kind(key) in ("Place", "Country")]


DIVISION_NOUNS = {"region", "province", "district", "oblast", "governorate", "county", "prefecture", "township"}


def _of_places(tok: Token, res: ReferenceResolver) -> list[str]:
    """The places a noun's "of" names, each of a list ("the provinces of Ilam and Khuzestan")."""
    return [key for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
            for t in (g, *g.conjuncts) if (key := res.key_at.get(t.i)) and res.kind(key) in ("Place", "Country")]


def of_place(tok: Token, res: ReferenceResolver, kinds: tuple[str, ...]) -> str | None:
    """The place a noun's "of" names ("the town of Sudzha": Sudzha)."""
    return next((key for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if (key := res.key_at.get(g.i)) and res.kind(key) in kinds), None)


DISTANCE_UNITS = {"km", "kilometres", "kilometers", "miles", "mi"}


def measured_from(tok: Token, res: ReferenceResolver) -> bool:
    """Whether a place only says where a settlement named before lies ("to recapture the city west of Baghdad":
    the city, named before, not Baghdad; "liberated Hirnyk, east of Selydove", the compass word read as joined to
    the town; "the towns of A and B, 380 km north of the capital": A and B; not "advanced in Kurakhove and southeast of
    Pokrovsk", two places; nor "struck a depot 20 km north of Kharkiv", which names no other place)."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # (the name's last word)
    if _at_sea_off(tok):
        return True
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj":
        tok = tok.head  # ("north of the capital Addis Ababa")
    prep = tok.head
    compass = prep.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or compass.head.i == compass.i:
        return False
    town = compass.head
    if any(c.dep_ == "npadvmod" and c.lower_ in DISTANCE_UNITS for c in compass.children) and any(
            res.kind(res.key_at.get(t.i)) == "Place" for t in town.subtree if t.i < compass.left_edge.i):
        return True  # "the towns of Dessie and Kombolcha ..., about 380 km north of the capital": the towns named
    placed = res.place(town) is not None if town.lemma_.lower() in SETTLEMENTS else any(  # ("the Sirwah district")
        res.kind(res.key_at.get(t.i)) == "Place" for t in (town, *(c for c in town.children if c.dep_ == "compound")))
    return (compass.dep_ == "npadvmod" and placed) \
        or (compass.lower_ in COMPASS_NOUNS and compass.dep_ in ("conj", "appos", "npadvmod")
            and compass.doc[compass.i - 1].text == "," and res.kind(res.key_at.get(town.i)) == "Place")


def _at_sea_off(tok: Token) -> bool:
    """Whether a place is what a position at sea is measured from ("struck 51 nautical miles southwest of the port of
    Hodeidah": at sea, not in the port)."""
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        tok = tok.head.head
        if any(c.lower_ == "miles" and any(a.lower_ == "nautical" for a in c.children) for c in tok.children):
            return True
    return False


def locates_a_site(tok: Token, res: ReferenceResolver, cues: Cues) -> bool:
    """Whether a town's possessive only says where the named site it owns lies, or one a place phrase places ("took
    Mosul's al-Nuri Mosque", "took the city's airport at Kavumu": the site changed hands, not the town; "seized the
    city's airport" is told of the city; a strike on "Kyiv's Okhmatdyt Hospital" is one in Kyiv all the same)."""
    return tok.dep_ == "poss" and tok.head.lower_ in cues.venue_heads and (
        res.kind(res.key_at.get(tok.head.i)) == "Place" or any(
            p.lower_ in ("at", "in", "near") and places_named_by(p, res) for p in tok.head.children if p.dep_ == "prep"))


def locates_a_settlement(tok: Token, res: ReferenceResolver) -> bool:
    """Whether a country or region only says where the town its possessive describes is ("Congo's
    second-largest city"; not "Bakhmut's outskirts", "Kyiv's regions"), or the town an "in" phrase is on
    ("the town, in Mozambique's northern province of Cabo Delgado, had been taken")."""
    info = res.entities.get(res.key_at.get(tok.i))
    doc = tok.doc  # (the name right after the possessive, however the parser hung the two)
    owned = doc[tok.i + 2] if tok.i + 2 < len(doc) and doc[tok.i + 1].tag_ == "POS" else None
    town = res.entities.get(res.key_at.get(owned.i)) if owned is not None else None
    if info is not None and town is not None and town.entry is not None and town.entry.feature in SETTLEMENTS:
        return True  # "southern Gaza's Khan Younis": where the town is, whatever the owner is (not "Kyiv's hospital")
    if info is None or not (info.kind == "Country" or (info.entry is not None and info.entry.feature == "region")):
        return False
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in SETTLEMENTS:
        return not named_settlement(tok.head, res)
    while tok.dep_ in ("pobj", "poss", "compound", "prep") and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "in":
            town = tok.head.head
            return town.lemma_.lower() in SETTLEMENTS and town.pos_ == "NOUN" and not named_settlement(town, res)
        tok = tok.head
    return False


def named_settlement(tok: Token, res: ReferenceResolver) -> bool:
    """Whether a settlement word is named by its "of" ("the town of Paletwa", "the outskirts of Homs"), not
    by the name before it ("the Shejaiya neighbourhood of Gaza City")."""
    named_before = tok.lemma_.lower() not in TOWN_WORDS and any(
        c.dep_ in ("compound", "amod", "nmod") and res.kind(res.key_at.get(c.i)) == "Place" for c in tok.children)
    return tok.lemma_.lower() in res.cues.settlement and not named_before and of_place(tok, res, ("Place",)) is not None


def where_the_ground_was(head: Token, res: ReferenceResolver, cues: Cues) -> list[str]:
    """Where the ground an event takes or leaves lies, as the relative clause on it says ("recaptured about
    40% of the territory Ukraine seized in the Kursk region")."""
    ground = [n for o in head.children if o.dep_ in ("dobj", "pobj", "prep") for n in o.subtree
              if n.lemma_.lower() in cues.territory_nouns and (n.head.i == head.i or n.head.lower_ in ("of", "from"))]
    return [k for n in ground for c in n.children if c.dep_ in ("relcl", "acl") for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("in", "near") for k in places_named_by(p, res)]


def left_for_outside(head: Token, res: ReferenceResolver) -> list[str]:
    """The place a withdrawal left for a position outside it ("fell back to a base outside the town", "withdrew to
    positions outside Avdiivka"): the place left."""
    goes = [p for h in (head, *(c for c in head.children if c.dep_ in ("advmod", "prt"))) for p in h.children
            if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS - {"into"}]
    return [k for p in goes for g in p.children if g.dep_ == "pobj" for t in g.children
            if t.dep_ == "prep" and t.lower_ == "outside" for o in t.children if o.dep_ == "pobj"
            for k in [res.key_at.get(o.i) or res.place(o)] if k and res.kind(k) == "Place"]


def where_the_target_stood(head: Token, res: ReferenceResolver) -> list[str]:
    """The first place named "in", "near"... in the description of what a strike hit, however deep the
    parser hung it ("hit a school sheltering displaced families in the Nuseirat camp")."""
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        # not where a phrase "to" leads ("villages that posed a threat to communities in northern Israel")
        away = {t.i for p in obj.subtree if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS for t in p.subtree}
        for tok in obj.subtree:
            if tok.dep_ == "prep" and tok.lower_ in TARGET_PLACE_PREPS and tok.i not in away \
                    and not _of_another_event(tok, obj, res.cues) and (places := places_named_by(tok, res)):
                # (each of a list: "positions held by the RSF in Khartoum and Omdurman")
                listed = [key for p in tok.children if p.dep_ == "pobj" for c in p.conjuncts
                          if (key := res.key_at.get(c.i)) and res.kind(key) in ("Place", "Country")]
                return list(dict.fromkeys(places[:1] + listed))
    return []


def where_the_target_passed(head: Token, res: ReferenceResolver) -> list[str]:
    """The place a target named as "it" passed as it was hit ("opened fire on the Jaffar Express as it passed through a
    tunnel near the town of Sibi", "struck the convoy while it was travelling near X"): where the attack was."""
    verb = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" else head
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in ("as", "while", "when") for m in clause.children) \
                and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in clause.children):
            found = [k for t in clause.subtree if t.dep_ == "prep" and t.lower_ in PASSING_PREPS
                     for k in places_named_by(t, res)]
            return found[:1]
    return []


def _of_another_event(prep: Token, obj: Token, cues: Cues) -> bool:
    """Whether a place phrase in a target's description belongs to an event noun of its own ("hit
    infrastructure used to plan last month's attack on tourists in Pahalgam": where that attack was)."""
    tok = prep.head
    while tok.i != obj.i and tok.head.i != tok.i:
        if tok.lemma_.lower() in cues.triggers and (cues.trigger_pos.get(tok.lemma_.lower()) != "VERB" or tok.pos_ == "VERB"):
            return True  # (a verb's trigger only as a verb: not the preposition "near")
        tok = tok.head
    return False


def share_of(noun: Token, root: Token, cues: Cues) -> bool:
    """A share of a place that fills the event's phrase: the object itself ("took much of the town") or
    the object of its preposition ("from parts of the city"), or of "control of" ("regained control of large
    parts of the region"), or of another share ("control of most of the eastern part of the town")."""
    return noun.lemma_.lower() in cues.partitives and (noun.i == root.i or (noun.dep_ == "pobj" and (
        noun.head.i == root.i or (noun.head.lower_ == "of" and (noun.head.head.lemma_ == "control"
                                                                 or share_of(noun.head.head, root, cues))))))
