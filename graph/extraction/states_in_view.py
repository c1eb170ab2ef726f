"""The state a description without its state stands for: the one country the sentence (else the last
sentences) is in. "The army shelled Babanusa" (Sudan's army), "the government" (of the one country in
view), "the information ministry said" (that country's ministry), "the air force said" (its air force), and the
country a wire story was filed from, which decides between two in view. A part of
:class:`graph.extraction.coref.ReferenceResolver`, whose state it reads (``doc``, ``refs``, ``entities``,
``sent_index``, ``window``, ``gaz``, ``speakers``).
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.doctext import in_dateline

MINISTRY_HEADS = {"ministry"}
DATELINE_REACH = 60  # how far into an article (tokens) its dateline may stand, after a headline
# ministries that report on their own state's ground (the dead and wounded, the damage, the displaced): a
# bare one is of the country its sentence is in ("The health ministry said 30 people had been killed in
# Lebanon"), before the state whose actors the sentence before names
HOME_MINISTRIES = {"health", "interior", "emergency", "emergencies"}
# mentions that name a state acting or speaking (not its places)
STATE_ACTOR_KINDS = {"Country", "Organization", "MilitaryUnit", "Person"}
BORDER_NOUNS = {"border", "frontier", "boundary"}


class StatesInView:
    """Mixed into the reference resolver."""

    _home: str | None = None  # the dateline's country, "" for none (see home_country)
    _hub: set[int] = set()  # token starts of a hub's dateline places (see hub_dateline)

    def country_in_view(self, tok: Token, own_ground: bool = False, home_office: bool = False,
                        speaking: bool = False) -> str | None:
        """The one country the sentence's places and states are in ("the army shelled Babanusa"), else the
        one the last sentences' are in (a state named as the neighbour is not: "an army post in Diapaga, near the
        border with Niger"), else the one the article has named so far; None with two in view ("an army post in
        Diapaga and a village in Niger"), unless ``own_ground`` and the word's phrase has one ("the attacks on Idlib
        by government forces"). For a ``home_office`` (a ministry of the state's own ground) a state named as whose
        arms or acts a noun is does not count ("backed by US air strikes"); for an army it may ("Ukraine's offensive
        near Kursk, the military said"). For one ``speaking`` the places of what it says count only when none else is
        in view: an army reports strikes abroad ("Israel declared war. The military said it had struck 800 targets in
        the Gaza Strip": Israel's)."""
        said = {t.i for c in tok.head.children if c.dep_ == "ccomp" for t in c.subtree} \
            if speaking and tok.dep_ == "nsubj" else set()
        if said:
            found = self._countries_in_view(tok, said, own_ground, home_office)
            # (two in view, one of them a state that spoke before: "Israel said it had withdrawn its forces from
            # southern Gaza. ..., the military said": Israel's)
            if len(spoke := found & self._states_that_spoke(tok)) == 1 and len(found) > 1:
                return spoke.pop()
            if (one := self._one_country(found)) is not None:
                return one
        return self._one_country(self._countries_in_view(tok, set(), own_ground, home_office))

    def _one_country(self, country: set[str]) -> str | None:
        """The one country of those in view, else (two, or none) the one a story was filed from, if among them."""
        if len(country) == 1:
            return next(iter(country))
        # (two in view, or none: a story filed from Kyiv means Ukraine's "air force" or "interior ministry")
        home = self.home_country()
        return home if home is not None and (home in country or not country) else None

    def _states_that_spoke(self, tok: Token) -> set[str]:
        """The states that spoke, as states or by their government or ministries, in the sentences before ``tok``."""
        here = self.sent_index.get(tok.i, 0)
        return {self.country_of(key) for i, key in self.speakers if i < tok.i and here - self.sent_index.get(i, 0)
                <= self.window and (self.kind(key) == "Country" or self.actor_kind(key) in ("government", "ministry"))}

    def _countries_in_view(self, tok: Token, said: set[int], own_ground: bool, home_office: bool) -> set[str]:
        here = self.sent_index.get(tok.i, 0)
        countries, sentence, phrase = set(), set(), set()
        head = next((h for h in tok.ancestors if h.pos_ in ("VERB", "NOUN")), tok) if own_ground else tok
        hub = self.hub_dateline()
        for ref in reversed(self.refs):
            distance = here - self.sent_index.get(ref.start, 0)
            if ref.start in hub or ref.start in said or self._named_as_neighbour(ref) or self.venue_of_talks(ref) or (
                    home_office and self._owner_of_a_deed(ref)):
                continue  # ("NAIROBI -" over a story of Sudan puts no Kenya in view)
            if distance == 0:
                sentence |= self._located_in(ref.key)
                if own_ground and head.left_edge.i <= ref.start and ref.end <= head.right_edge.i + 1:
                    phrase |= self._located_in(ref.key)
            if ref.start >= tok.i:
                continue
            if distance > self.window:
                break
            countries |= self._located_in(ref.key)  # (a town of one country, a state named as another's neighbour)
        if not sentence and not countries:  # (none in view: the one the article has named so far, if one)
            countries = {iso for ref in self.refs if ref.start < tok.i and ref.start not in hub
                         and not self._named_as_neighbour(ref) for iso in self._located_in(ref.key)}
        return phrase if len(sentence) > 1 and len(phrase) == 1 else sentence if sentence else countries

    def _named_as_neighbour(self, ref) -> bool:
        """Whether a place is named as the neighbour of the ground the sentence is on: "villages in the Catatumbo
        region near the border with Venezuela" are not in Venezuela."""
        root = self.doc[ref.start:ref.end].root
        return root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in BORDER_NOUNS

    def _owner_of_a_deed(self, ref) -> bool:
        """Whether a state is named as whose arms, forces or acts a noun is ("backed by US air strikes", "Russia's
        drones"): who acts there, not the ground the sentence is on (not "the Ukrainian town of Izium")."""
        if self.kind(ref.key) != "Country":
            return False
        root = self.doc[ref.start:ref.end].root
        lemma, cues = root.head.lemma_.lower(), self.cues
        return root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i > root.i and root.head.pos_ == "NOUN" \
            and (lemma in cues.triggers or lemma in cues.munitions or lemma in cues.armament or lemma in cues.forces_nouns)

    def home_country(self) -> str | None:
        """The country a wire story was filed from: its first dateline's place's ("KYIV -", "JERUSALEM, May 4
        -"), when the story names the country or its places or actors again; none for two ("ISLAMABAD/KABUL, Oct 12 -")."""
        if self._home is None:
            dateline = [r for r in self.refs if r.start < DATELINE_REACH and in_dateline(self.doc[r.start:r.end])]
            filed = [r for r in dateline if self.sent_index.get(r.start) == self.sent_index.get(dateline[0].start)]
            isos = {self.country_of(r.key) for r in filed} - {None}
            home = isos.pop() if len(isos) == 1 else ""
            # (a regional hub the story only was filed from is no home: "NAIROBI -" over a story of Sudan)
            named = bool(home) and any(r not in filed and home in self._located_in(r.key) | {self.country_of(r.key)}
                                       for r in self.refs)
            self._home = home if named else ""
            self._hub = {r.start for r in filed} if home and not named else set()
        return self._home or None

    def hub_dateline(self) -> set[int]:
        """Where the dateline's places start when it names a regional hub: a country the story does not name again."""
        self.home_country()
        return self._hub

    def _located_in(self, key: str) -> set[str]:
        """The country a state, its government ("Somali government forces") or a place mention puts the sentence
        in (none for other mentions)."""
        info = self.entities[key]
        if info.kind == "Country" or (info.entry is not None and info.entry.country and (
                info.kind == "Place" or info.entry.actor_kind == "government")):
            return {self.country_of(key)} - {None}
        return set()

    def state_ministry(self, tok: Token) -> str | None:
        """The ministry that "the defence ministry", "the interior ministry" names (news writes a ministry's
        state once and then leaves it out): that of the one state the nearest sentence naming a state's
        actor names (a state, its body, forces or people; not its towns, where the other side may act:
        "Russia launched a retaliation. The defence ministry said it had rocketed a plant in Kyiv"; none
        with two), else of the one country in view (first, for a ministry of the state's own ground, such as
        health or the interior: HOME_MINISTRIES); when the gazetteer has that state's ministry of the
        kind (generated for every state: graph.gazetteer.GENERATED). The description's words become a
        name of the ministry."""
        words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        if not words or tok.lower_ not in MINISTRY_HEADS:
            return None
        home = self.country_in_view(tok, home_office=True) if HOME_MINISTRIES & set(words) else None
        states = {home} if home else self._acting_states(tok)
        if states:
            country = self.gaz.country(next(iter(states))) if len(states) == 1 else None
        else:
            country = self.gaz.country(self.country_in_view(tok))
        if country is None:
            return None
        found = [e for e in self.gaz.lookup(f"{country.label} {' '.join(words)} ministry")
                 if e.kind == "Organization" and e.country == country.country and e.actor_kind == "ministry"]
        key = self.ensure(found[0]) if len(found) == 1 else None
        if key is not None:
            self.entities[key].names[" ".join(words + [tok.text])] += 1
        return key

    def state_branch(self, tok: Token, branch: str) -> str | None:
        """The service a bare "the air force" names: the one that spoke last or was named last ("the Ukrainian Air
        Force"), else that of the one country in view, when the gazetteer has it (generated for every state:
        graph.gazetteer.GENERATED)."""
        words = set(branch.split())
        here = self.sent_index.get(tok.i, 0)
        spoken = next((key for i, key in reversed(self.speakers) if i < tok.i and self.kind(key) == "MilitaryUnit"
                       and self._named_with(key, words)), None)
        if spoken is not None:
            return spoken  # ("..., the air force said" again: the one that spoke)
        for ref in reversed(self.refs):
            if ref.start < tok.i and here - self.sent_index.get(ref.start, 0) <= 2 * self.window \
                    and self.kind(ref.key) == "MilitaryUnit" and self._named_with(ref.key, words):
                return ref.key
        iso = self._target_state(tok) or self.country_in_view(tok)
        adjective = self.gaz.demonym.get(iso or "")
        found = [e for e in self.gaz.lookup(f"{adjective} {branch}") if e.kind == "MilitaryUnit" and e.country == iso] \
            if adjective else []
        return self.ensure(found[0]) if len(found) == 1 else None

    def state_acting(self, ref) -> bool:
        """A state named as the subject of what it does, not of what it says ("Russia has made large sweeps", not
        "South Africa said")."""
        root = self.doc[ref.start:ref.end].root
        return self.entities[ref.key].kind == "Country" and root.dep_ == "nsubj" and root.head.pos_ == "VERB" \
            and root.head.lemma_.lower() not in self.cues.report

    def state_framing(self, ref, tok: Token) -> bool:
        """A state named in the "in" phrase that opens the sentence of a word after it, where what the sentence tells
        happens ("In neighbouring Mali, the army and Russian mercenaries retook Kidal": Mali's army, not one named
        before; not "Jets struck the port of Hodeidah in Yemen, the military said")."""
        if self.entities[ref.key].kind != "Country" or not tok.sent.start <= ref.start < ref.end <= tok.i:
            return False  # (the cheap tests first: it runs for every mention a description looks back over)
        root = self.doc[ref.start:ref.end].root
        opening = next((t for t in tok.sent if not t.is_space), None)
        return root.dep_ == "pobj" and root.head.lower_ == "in" and root.head == opening

    def _target_state(self, tok: Token) -> str | None:
        """The one state the clause a service reports was aimed at ("Russia launched 85 drones at Ukraine, the air force
        said": Ukraine's, which counts what hit it and what it shot down)."""
        verb = tok.head if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.cues.report else None
        aimed = {self.country_of(key) for c in (verb.children if verb is not None else ()) if c.dep_ == "ccomp"
                 for t in c.subtree if t.dep_ == "pobj" and t.head.lower_ in ("at", "on", "against", "into")
                 and self.kind(key := self.key_at.get(t.i)) == "Country"}
        return next(iter(aimed)) if len(aimed) == 1 else None

    def invader(self, ref, tok: Token) -> bool:
        """Whether the state ``ref`` names is that of who acts on the place ``tok`` ("U.S.-led forces invaded the
        country": not the United States, named last in "ending America's longest war")."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if tok.dep_ in ("dobj", "pobj") else None
        return subject is not None and self.country_of(ref.key) in {
            self.country_of(self.key_at[t.i]) if t.i in self.key_at else self.gaz.country_of_adjective(t.text.split("-")[0])
            for t in subject.subtree}  # (its name, or its demonym: "Russian troops", "U.S.-led forces")

    def _named_with(self, key: str, words: set[str]) -> bool:
        """Whether one of an entity's names, written or known, has all the words ("Russian Air Force", an alias of
        the Russian Aerospace Forces)."""
        info = self.entities[key]
        return any(words <= set(name.lower().split())
                   for name in (info.name, *info.names, *(info.entry.aliases if info.entry else ())))

    def _acting_states(self, tok: Token) -> set[str]:
        """The states whose actors the nearest sentence before ``tok`` (or its own) names, within the window (the one
        named as a subject, where two are)."""
        here = self.sent_index.get(tok.i, 0)
        by_sentence: dict[int, set[str]] = {}
        subjects: dict[int, set[str]] = {}  # (of them, the states named as a clause's subject)
        for ref in self.refs:
            distance = here - self.sent_index.get(ref.start, 0)
            if ref.start < tok.i and distance <= self.window and self.kind(ref.key) in STATE_ACTOR_KINDS:
                iso = {self.country_of(ref.key)} - {None}
                by_sentence.setdefault(distance, set()).update(iso)
                root = self.doc[ref.start:ref.end].root
                while root.dep_ == "conj":  # (each of subjects joined: "Russia and Ukraine exchanged ...")
                    root = root.head
                if root.dep_ in ("nsubj", "nsubjpass"):
                    subjects.setdefault(distance, set()).update(iso)
        nearest = min((d for d, isos in by_sentence.items() if isos), default=None)
        # (two, one of them the subject: "Turkey struck Syrian government targets, the defence ministry said": Turkey's)
        found = by_sentence.get(nearest, set())
        return subjects[nearest] if len(found) > 1 and len(subjects.get(nearest, ())) == 1 else found
