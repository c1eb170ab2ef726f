"""Whose armed forces a forces noun means: its owner's ("its forces", "fighters loyal to X"), a person's
command, the speaker's side, or the forces in view ("the army", "government troops"). A part of
:class:`graph.extraction.descriptions.DescriptionResolver`, mixed into the reference resolver."""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actor_sorts import ARMED_GROUP_KINDS, fits_description
from graph.extraction.entities import EntityInfo
from graph.extraction.unnamed_groups import rebels_own

INSTITUTIONAL_FORCES = {"military", "army", "junta"}  # forces nouns that name a state's institution
DEFENCE_WORDS = {"defence", "defense", "military", "army"}  # an official whose "the army" is the state's own
SENDING = {"order", "send", "deploy", "dispatch", "command"}  # verbs whose bare forces object is the subject's
# forces a state's ("regime forces", "army troops")
GOVERNMENT_WORDS = {"government", "federal", "regime", "state", "pro-government", "junta", "army"}
ALLEGIANCE = {"loyal", "aligned", "allied"}  # "forces loyal to X": X's, whoever's country they fight in
RULERS = {"junta", "government", "regime", "authorities"}  # a state's rulers, named by its name or demonym


class ForcesInView:
    """Resolution of forces nouns; reads the reference resolver's state (``doc``, ``refs``, ``entities``,
    ``key_at``, ``window``, ``cues``, ``gaz``) and its other parts (``resolve``, ``country_of``, ...)."""

    def owners_forces(self, tok: Token, speaker: str | None, role: str, state: bool = True) -> str | None:
        """The armed forces of a forces noun's owner: "its forces", "Shoigu's troops", "Ethiopian government
        forces", "fighters of HTS", "fighters from JNIM", "fighters loyal to X", "forces aligned with X"; of fighters
        that are no state's (``state`` False: "rebel fighters of HTS", "militants of the Islamic State"; "Sudan's
        paramilitary force" is not Sudan's) only an armed group or a commander's forces ("militias loyal to Haftar")."""
        owner = next((c for c in tok.children if c.dep_ == "poss" or (
            c.dep_ in ("compound", "nmod") and self.actor_kind(self.key_at.get(c.i)) == "government")), None)
        counted = tok.head.head.children if tok.dep_ == "pobj" and tok.head.lower_ == "of" else ()  # ("Hundreds of
        preps = [c for c in (*tok.children, *counted) if c.dep_ == "prep" and c.lower_ in ("of", "from")  # gunmen from X")
                 and c.i != tok.head.i] + [
            p for a in tok.children if a.dep_ in ("amod", "acl") and a.lower_ in ALLEGIANCE
            for p in a.children if p.lower_ in ("to", "with")]
        # the name after the preposition, also where the parser took it for the clause's subject ("Forces
        # loyal to eastern commander Khalifa Haftar pressed ...": "to" without an object)
        named = [p for c in preps for p in c.children if p.dep_ == "pobj"] or [
            t for c in preps for t in c.doc[c.i + 1:c.i + 6] if t.i in self.key_at][:1]
        owner = owner or next((p for p in named if (k := self._named_at(p)) and (
            state or self._fighting(k) or self.commanded_forces(k))), None)
        if owner is None:
            return None
        key = self.resolve(owner, speaker, role)
        if key is not None and self.kind(key) != "MilitaryUnit" and not (self.armed(key) if state else self._fighting(key)):
            key = self.commanded_forces(key) if not state \
                else self.commanded_forces(key) or self.forces_of_country(self.country_of(key)) or key
        return key

    def _named_at(self, tok: Token) -> str | None:
        """The entity a word names, or the name before it names ("the [Gran Grif] gang")."""
        return self.key_at.get(tok.i) or next(
            (self.key_at[c.i] for c in tok.children if c.dep_ == "compound" and c.i in self.key_at), None)

    def _fighting(self, key: str) -> bool:
        """Armed, or a body the gazetteer does not know whose fighters the text names ("gunmen from the Gran Grif gang")."""
        return self.armed(key) or (self.kind(key) == "Organization" and self.entities[key].entry is None)

    def commanded_forces(self, key: str) -> str | None:
        """The armed body a person belongs to, the text's ("RSF commander X") before the gazetteer's:
        "Hemedti's forces" are the Rapid Support Forces, not Sudan's army, al-Golani's fighters HTS's; a
        minister's troops are left to the country."""
        info = self.entities[key]
        if info.kind != "Person":
            return None
        armed = sorted(a for a in info.affiliation if a in self.entities and self._a_force(self.entities[a]))
        parents = [self.gaz.entries.get(p) for p in (info.entry.part_of if info.entry else ())]
        return armed[0] if armed else next((self.ensure(p) for p in parents if p is not None and (
            p.kind == "MilitaryUnit" or p.actor_kind in ARMED_GROUP_KINDS)), None)

    def actor_kind(self, key: str | None) -> str | None:
        info = self.entities.get(key or "")
        return info.entry.actor_kind if info is not None and info.entry is not None else None

    def armed(self, key: str) -> bool:
        """Whether an entity is a force: a military unit, an armed group the gazetteer knows (Hamas, HTS), or a
        body the article says forces are members of (graph.extraction.memberships)."""
        info = self.entities.get(key)
        if info is None or self._a_force(info):
            return info is not None
        return info.kind == "Organization" and any(key in m.part_of and self._a_force(m) for m in self.entities.values())

    def _a_force(self, info: EntityInfo) -> bool:
        """A military unit, or an armed group the gazetteer knows."""
        return info.kind == "MilitaryUnit" or self.actor_kind(info.key) in ARMED_GROUP_KINDS

    def speakers_forces(self, speaker: str) -> str | None:
        """The speaker's own side: an armed group or a military command itself ("the strikes targeted radar systems,
        U.S. Central Command said"), else its country's armed forces when the article names them."""
        if self.actor_kind(speaker) in ARMED_GROUP_KINDS or self.kind(speaker) == "MilitaryUnit":
            return speaker
        forces = self.gaz.forces_of(self.country_of(speaker))
        return forces.gid if forces is not None and self.mentioned(forces.gid) else None

    def context_forces(self, tok: Token, speaker: str | None, role: str = "agent") -> str | None:
        """Armed forces meant by a bare "troops" or "the military": the speaker's side (an armed group's own, "our
        forces" said by the RSF, not its "federal forces"; a commander's), for "government troops" those of the one
        country in view, else the nearest mentioned, else, for an institution ("the military"), the country's (when
        it speaks, first the one the story was filed from)."""
        praising = tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.cues.praise
        sender = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "dobj" \
            and (tok.head.lemma_.lower() in SENDING or praising) else None
        # "Haftar orders forces to advance": his; "Putin congratulated the army on ...": his country's
        if sender is not None and (key := self.resolve(sender)) and (own := self.commanded_forces(key) or self.speakers_forces(
                key) or (self.forces_of_country(self.country_of(key)) if praising else None)):
            return own
        governing = any(c.dep_ in ("amod", "compound") and c.lower_ in GOVERNMENT_WORDS for c in tok.children)
        rebel = governing and bool(ARMED_GROUP_KINDS & {  # (said by a group or its man: "after government forces fled")
            self.actor_kind(speaker), self.actor_kind(speaker and self.commanded_forces(speaker))})
        if self.actor_kind(speaker) in ARMED_GROUP_KINDS and tok.lemma_.lower() in INSTITUTIONAL_FORCES \
                and not any(c.dep_ == "poss" for c in tok.children):
            return self._the_states_army(tok)  # "the army withdrew, the RSF said": not the group's own ("its army")
        # (a state's body speaks of its state's troops, named or not: "ground troops crossed into Syria, the Turkish
        # defence ministry said")
        # (and a state's defence or government official, unnamed, of "the army": "Israel's defence minister warned ...")
        official = self.kind(speaker) == "UnnamedSource" and tok.lemma_.lower() in INSTITUTIONAL_FORCES - {"junta"} \
            and bool({*DEFENCE_WORDS, "government"} & set(self.entities[speaker].name.lower().split()))
        state_body = (self.kind(speaker) == "Country" or self.actor_kind(speaker) in ("ministry", "government") or official) \
            and not governing and (official or tok.lemma_.lower() not in INSTITUTIONAL_FORCES) \
            and tok.dep_ not in ("amod", "compound")
        if speaker and not rebel and (own := self.commanded_forces(speaker) or self.speakers_forces(speaker)
                                      or rebels_own(self, speaker, tok)
                                      or (self.forces_of_country(self.country_of(speaker)) if state_body else None)):
            return own
        if (governing or tok.lemma_.lower() == "junta") and (home := self.forces_of_country(
                self.country_in_view(tok, own_ground=True))):
            return home  # "federal troops", "the junta": the state's in view, not the army named last ("French troops")
        bare = tok.dep_ == "nsubj" and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in tok.children)
        # "the fighters" with no owner: an armed group in view, else a state's army that acted ("HTS swept into Aleppo")
        fighters = tok.lemma_.lower() == "fighter" and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
        described = any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.children)  # ("coalition military forces")
        refs = list(self.refs_back(tok, self.window))
        group = fighters and next((r for r in refs if fits_description(self.entities[r.key], "rebels", self.cues)), None)
        for ref in ([group] if group else []) + refs:
            if (self.entities[ref.key].kind == "MilitaryUnit" and self.actor_kind(ref.key) == "armed forces" and (
                    not fighters or self.doc[ref.start:ref.end].root.dep_ == "nsubj")) or ref is group:
                return self._expelling_states(ref) or ref.key
            if (bare and self.state_acting(ref) or (not fighters and not described and self.state_framing(ref, tok))) \
                    and (own := self.forces_of_country(self.country_of(ref.key))):
                return own  # "Russia has made large sweeps in the south. Troops moved into the Kherson region": Russia's
        # "the military", "the armed forces", "junta airstrikes" of the one country in view; not "the fighters" (anyone's),
        # "Israel's military incursion"
        institution = (tok.lemma_.lower() in INSTITUTIONAL_FORCES or (tok.lower_ == "forces" and any(
            c.lower_ == "armed" for c in tok.children))) and (tok.dep_ not in ("amod", "compound") or tok.lower_ != "military")
        # (one that speaks, of the country the story was filed from: "JERUSALEM - ... jets struck Hodeidah, the military said")
        home = self.home_country() if role == "speaker" else None
        speaking = role == "speaker" or (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.cues.report)
        return self.forces_of_country(home or self.country_in_view(tok, speaking=speaking)) if institution else None

    def _the_states_army(self, tok: Token) -> str | None:
        """The state's army an armed group speaks of: the armed forces named last, else those of the one country in
        view when the gazetteer knows them (not ones made up for a land with no army of its own, as Gaza's)."""
        named = next((ref.key for ref in self.refs_back(tok, self.window) if self.actor_kind(ref.key) == "armed forces"), None)
        if named is not None:
            return named
        forces = self.gaz.forces_of(self.country_in_view(tok, own_ground=True))
        return self.ensure(forces) if forces is not None and not forces.source.startswith("generated") else None

    def _expelling_states(self, ref) -> str | None:
        """The forces of the state whose government acted on other forces named as its object ("Mali's junta turned to
        Wagner after expelling French troops. The army retook Kidal": Mali's army, not France's)."""
        root = self.doc[ref.start:ref.end].root
        verb = root.head if root.dep_ == "dobj" else None
        while verb is not None and not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in (
                "pcomp", "advcl", "xcomp", "conj", "prep"):
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is not None and subject.lemma_.lower() in RULERS:  # "Mali's junta", "the Malian government"
            subject = next((c for c in subject.children if c.dep_ in ("poss", "amod", "compound")), subject)
        key = self.key_at.get(subject.i) if subject is not None else None
        state = self.country_of(key) if key and (self.kind(key) == "Country" or self.actor_kind(key) == "government") \
            else self.gaz.country_of_adjective(subject.text) if subject is not None else None
        return self.forces_of_country(state) if state and state != self.country_of(ref.key) else None
