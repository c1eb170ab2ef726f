"""What "it", "the village" or "the region" refers to as a place; mixed into the reference resolver
(:class:`graph.extraction.coref.ReferenceResolver`), whose state it reads (``doc``, ``refs``,
``entities``, ``sent_index``, ``cues``)."""
from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from graph.extraction.place_cues import LOCATIVE_PREPS, REGION_HEADS, its_place_taken
from graph.records import PLACE_KINDS

DESCRIBED_PLACE_SENTENCES = 5  # how far back "the city" (a settlement word) looks for the settlement it is
SETTLEMENTS = ("city", "town", "village")
# settlement words whose "of" names them even after a name ("the Donetsk town of Avdiivka"); after a name,
# another's "of" names what it lies in ("the Shejaiya neighbourhood of Gaza City", "the Kursk region of Russia")
TOWN_WORDS = {"town", "city", "village", "settlement", "hamlet", "port", "capital"}
PLACE_NOUNS = {**{w: SETTLEMENTS for w in ("city", "town", "village", "settlement", "hamlet")},
               "region": ("region",), "oblast": ("region",), "province": ("region",), "river": ("river",),
               # (an enclave, a strip or a peninsula named before: Gaza, Nagorno-Karabakh, Crimea)
               "enclave": ("city", "region"), "strip": ("city", "region"), "peninsula": ("region",),
               # (a landmark named before: "the Kakhovka dam ... Russian troops seized the dam")
               **{w: ("landmark",) for w in ("dam", "bridge", "plant", "palace", "airport", "hospital", "prison")}}
# nouns after an unknown place's name that make it no town "the town" may mean ("the town of Adan Yabaal in the
# Middle Shabelle region", "shelling hit the Abu Shouk camp")
NO_TOWN_AFTER = {"region", "oblast", "province", "state", "district", "governorate", "camp"}
# "the town" or "the village" is never a national capital nor a city of a million ("cuts off a post in the town
# of Morek, set up under a deal with Moscow. The rebels redeployed south of the town": not Moscow)
SMALL_SETTLEMENTS = {"town", "village", "hamlet"}
MILLION_CITY = 1_000_000
REGIONAL = {"regional", "provincial", "state", "district", "local"}
NEUTER = ("it", "its")
GENERIC_TOWN = "settlement"  # any town the article called a village, a town or a city ("the settlement")
TALKS = {"talk", "negotiation", "meeting", "summit", "conference", "ceremony"}  # where held, no scene "the city" means
NATIONAL_GROUND = {"territory", "soil", "airspace", "waters"}  # a state's, after its demonym: the state as a place
SITES = {"base", "garrison", "camp", "outpost", "barracks", "airbase", "airfield", "post"}  # "the base": where it is


class PlaceReferences:
    """Resolution of places by pronoun and description."""

    def place(self, tok: Token) -> str | None:
        """The place "it", "the village", "the country" or "Congo's second city" refers to: in its own sentence the
        first place (or state) named before it (the sentence's topic), otherwise the last place named before it; none
        for an "it" a thing stands closer to (:meth:`_thing_before`)."""
        return None if self._thing_before(tok) else self._named_before(tok) or self._site_before(tok)

    def _site_before(self, tok: Token) -> str | None:
        """The place of a site named before that "the base" or "the garrison" stands for ("overran an army base in the
        town of Nasir ... soldiers withdrew from the base": Nasir), two sentences back at most."""
        if tok.lemma_.lower() not in SITES or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        here = self.sent_index.get(tok.i, 0)
        for site in reversed(self.doc[:tok.i]):
            if here - self.sent_index.get(site.i, 0) > 2:
                return None
            if site.lemma_.lower() in SITES and site.pos_ == "NOUN":
                where = [o for p in site.children if p.dep_ == "prep" and p.lower_ in ("in", "near", "at", "outside")
                         for t in p.children if t.dep_ == "pobj" for o in (t, *(g for c in t.children if c.lower_ == "of"
                                                                                for g in c.children))]
                key = next((self.key_at[o.i] for o in where + [c for c in site.children if c.dep_ == "compound"]
                            if self.kind(self.key_at.get(o.i)) == "Place"), None)
                if key is not None:
                    return key
        return None

    def _thing_before(self, tok: Token) -> bool:
        """"It" on a verb joined to one acting on a thing the text names no place of ("signed a peace deal in 2015 but
        withdrew from it"): that thing (not "surrounded the town and took it", "hit the base in Marte and held it")."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
        return tok.lower_ == "it" and verb is not None and verb.dep_ == "conj" and any(
            c.dep_ == "dobj" and c.tag_ == "NN" and c.i not in self.key_at and c.lemma_.lower() not in PLACE_NOUNS
            and not any(p.dep_ == "prep" and any(o.i in self.key_at for o in p.children) for p in c.children)
            for c in verb.head.children)

    def _named_before(self, tok: Token) -> str | None:
        """The place named before ``tok`` it may stand for (see :meth:`place`)."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if lemma in NATIONAL_GROUND and (iso := next((self.gaz.country_of_adjective(c.text) for c in tok.children
                                                      if c.dep_ in ("amod", "compound") and c.i < tok.i), None)):
            return self.country_key(iso)  # "struck Russian territory", "rockets into Israeli airspace": that country
        # "the village", or one a place's possessive makes definite and puts in its country ("Congo's second-largest city")
        owner = next((self.key_at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in self.key_at
                      and self.kind(self.key_at[c.i]) in PLACE_KINDS), None) \
            if PLACE_NOUNS.get(lemma) == SETTLEMENTS else None  # (not "Kyiv's regions")
        definite = owner is not None or any(c.lower_ in ("the", "this", "that") for c in tok.children if c.dep_ == "det")
        # "the country" alone: a state named before, as "the village" is a town ("drones Russia launched at the country")
        country = definite and lemma == "country" and not any(c.dep_ in ("amod", "compound", "prep") for c in tok.children)
        features = (SETTLEMENTS if _regional_capital(tok) else PLACE_NOUNS.get(lemma) if tok.tag_ != "NNS" else None) \
            if definite else None  # (not several: "withdrew from the cities it had seized" names none of them)
        if features is None and low != "it" and not country and not its_place_taken(tok, self.cues):  # ("since its capture")
            return None
        if any((c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS and self.doc[c.i - 1].text != ",")
               or (c.dep_ == "appos" and c.i == tok.i + 1 and c.i in self.key_at) for c in tok.children):
            return None  # "the border villages near Naqoura": described where they are, no town named before (not
            # "the town, in the province of Cabo Delgado,": where the town named before lies); "the regional capital
            # Mekelle": named right after
        here = self.sent_index.get(tok.i, 0)
        same, earlier, earlier_at, earlier_in, otherwise, so_called, so_called_in = None, None, 0, 0, None, None, 0
        for ref in self.refs:
            if ref.start >= tok.i:
                break
            info = self.entities[ref.key]
            unfit = self._unfit(ref, features, lemma) if features else country and self.invader(ref, tok)
            # (a capital's possessive is its government's: "the gains of Moscow's offensive" names no town)
            seat = info.entry is not None and info.entry.gid in self.gaz.capitals and self._seat(ref)
            too_big = lemma in SMALL_SETTLEMENTS and info.entry is not None and (
                info.entry.gid in self.gaz.capitals or info.entry.population >= MILLION_CITY)
            if info.kind != ("Country" if country else "Place") or unfit or seat or too_big or self.venue_of_talks(ref) or (
                    owner is not None and self.country_of(ref.key) != self.country_of(owner)):
                continue
            distance = here - self.sent_index.get(ref.start, 0)
            if distance > (DESCRIBED_PLACE_SENTENCES if features == SETTLEMENTS else 2):
                continue
            if features == SETTLEMENTS and lemma in SETTLEMENTS and self.called_otherwise(ref.key, lemma):
                otherwise = ref.key  # "the city of Donetsk" is not "the town" while a town is in view
                continue
            if features == SETTLEMENTS and distance > 0 and (lemma in (called := self._called(ref.key)) or (
                    lemma == GENERIC_TOWN and called)):
                so_called, so_called_in = ref.key, distance  # "the town of Minova ... a route to Goma. [...] the town"
            if distance == 0 and same is None:
                same = ref.key
            elif distance > 0 and not ((low in NEUTER or features == SETTLEMENTS) and self._locates_another(ref.end - 1)):
                # ("the city" reaches further back than "it"; neither is a place saying where one named with it lies: "the
                # Kakhovka dam on the Dnipro river ... shelled it", "the village of X near Pokrovsk ... the settlement")
                earlier, earlier_at, earlier_in = ref.key, ref.start, distance
        if same is None and low in NEUTER:  # "withdrew from the city. He vowed to retake it": the city, named after
            back = takewhile(lambda t: here - self.sent_index.get(t.i, 0) <= 2, reversed(self.doc[earlier_at:tok.i]))
            described = next((t for t in back if t.i not in self.key_at and PLACE_NOUNS.get(t.lemma_.lower()) == SETTLEMENTS
                              and here > self.sent_index.get(t.i, 0)), None)
            earlier = (self._named_before(described) if described is not None else None) or earlier
        if so_called is not None and earlier is not None and so_called_in == earlier_in and not self._called(earlier):
            earlier = so_called  # (not from a later sentence: "the cities of Nyala [...] captured Wad Madani [...] the city")
        return same or earlier or otherwise

    def capital_in_view(self, tok: Token) -> str | None:
        """The city "the capital" alone names: the last capital named as a place a few sentences back ("fighting in
        Khartoum [...] The RSF quickly seized much of the capital"; not one named as its government: "Washington
        said"), else the capital of the one country the two sentences before and its own name ("Fighting erupted in
        Sudan. The RSF seized the capital")."""
        if tok.lemma_.lower() != "capital" or tok.tag_ != "NN" or tok.dep_ == "compound" \
                or [c.lower_ for c in tok.children] != ["the"]:
            return None
        here, countries = self.sent_index.get(tok.i, 0), set()
        for ref in self.refs_back(tok, DESCRIBED_PLACE_SENTENCES):
            info = self.entities[ref.key]
            if info.kind == "Place" and info.entry is not None and info.entry.gid in self.gaz.capitals \
                    and not self._seat(ref) and not self.venue_of_talks(ref):
                return ref.key
            if info.kind == "Country" and here - self.sent_index.get(ref.start, 0) <= 2:
                countries.add(self.country_of(ref.key))
        return self.capital_key(next(iter(countries))) if len(countries) == 1 else None

    def _seat(self, ref) -> bool:
        """Whether a capital is named as its government: by its possessive ("the gains of Moscow's offensive") or as
        who says or minds something ("Moscow says", "which Kyiv hoped to trade")."""
        return (ref.end < len(self.doc) and self.doc[ref.end].lower_ in ("'s", "’s")) or self._minds(self.doc[ref.end - 1])

    def _unfit(self, ref, features: tuple[str, ...], noun: str = "") -> bool:
        """Whether a place named is of no feature the description names: a place the gazetteer does not know, named as
        no building ("the village of Synkivka"), no region and no camp, may be "the village"; "the Donetsk region" is
        none; a landmark named with the noun is "the palace" ("the Republican Palace ... a drone hit the palace")."""
        info = self.entities[ref.key]
        if features == ("landmark",) and any(n.split()[-1].lower() == noun for n in info.names):
            return False
        region = (ref.end < len(self.doc) and self.doc[ref.end].lower_ in NO_TOWN_AFTER) \
            or self.doc[ref.end - 1].lower_ in NO_TOWN_AFTER  # ("Donetsk region" named whole)
        unknown_town = info.entry is None and features == SETTLEMENTS and not region and not any(
            n.split()[-1].lower() in self.cues.venue_heads for n in info.names)
        return not unknown_town and (info.entry is None or info.entry.feature not in features
                                     or (features == SETTLEMENTS and region))

    def venue_of_talks(self, ref) -> bool:
        """A place named as where talks or a meeting are held ("talks in Jeddah", "a summit in Geneva"): no scene of the
        fighting "the city" means ("despite talks in Jeddah ... in the south of the city")."""
        root = self.doc[ref.start:ref.end].root
        return root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.lemma_.lower() in TALKS

    def _locates_another(self, i: int) -> bool:
        """A place named as where another place named lies ("the dam on the Dnipro river", "the base near Kestrova")."""
        tok = self.doc[i]
        return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in", "near", "along") \
            and self.kind(self.key_at.get(tok.head.head.i)) in PLACE_KINDS

    def _minds(self, name: Token) -> bool:
        """Whether a place name is the subject of a verb of saying or of a mind ("which Kyiv hoped to trade", "Moscow
        says"): the government it is the seat of, not a place "it" may stand for."""
        verb = name.head
        return name.dep_ == "nsubj" and (verb.lemma_.lower() in self.cues.report or any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children))

    def called_otherwise(self, key: str, noun: str) -> bool:
        """Whether the article calls the settlement another settlement word than ``noun``, and never that
        one, where it names it ("the city of Donetsk", "the eastern town of Avdiivka")."""
        called = self._called(key)
        return bool(called) and noun not in called

    def _called(self, key: str) -> set[str]:
        """The settlement words the article calls a place by where it names it ("the town of Minova": town)."""
        return {self.doc[r.start - 2].lemma_.lower() for r in self.refs if r.key == key and r.start >= 2
                and self.doc[r.start - 1].lower_ == "of" and self.doc[r.start - 2].lemma_.lower() in SETTLEMENTS}

    def region_mention(self, key: str) -> bool:
        """Whether the entity is named in the article as a region ("the Kharkiv region"; "the Velmora region",
        the word after the name)."""
        info = self.entities.get(key)
        return info is not None and (any(n.split()[-1].lower() in REGION_HEADS for n in info.names) or any(
            r.key == key and r.end < len(self.doc) and self.doc[r.end].lower_ in REGION_HEADS for r in self.refs))


def _regional_capital(tok: Token) -> bool:
    """"Its troops left the regional capital": the city named before (a bare "the capital" may be the country's)."""
    return tok.lemma_.lower() == "capital" and any(c.dep_ in ("amod", "compound") and c.lower_ in REGIONAL
                                                   for c in tok.children)
