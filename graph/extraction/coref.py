"""Resolving who a phrase refers to: names, pronouns, descriptions and bare nouns.

Claims and events need their speaker or agent as an entity of the article, but text often says "he", "it", "the
ministry", "troops" or "the Russians"; the :class:`ReferenceResolver` maps such a phrase to an entity key thus:

- a phrase that contains or is modified by a mention takes that mention (an apposed person first: "the US
  Chief of Staff, General Mark Milley"; a person's role after a country or a body is the person of that
  country or body named before: "the US president", "the RSF leader");
- a pronoun continues the last speaker when it is the subject of another reporting verb, otherwise it
  takes the nearest compatible mention, preferring subjects (he/she: a person; it: an organisation,
  unit or state; they: any group);
- "groups such as X", "outlets like X" are X;
- a definite description ("the ministry", "the court", "the country", "the report") takes the entity it
  describes (:mod:`graph.extraction.descriptions`: the body whose name has the word, the nearest of its
  sort; a report stands for its author, the last speaker; a speaking role for who has been speaking; a
  state's institution named without its state, that of the one country in view: :mod:`graph.extraction.states_in_view`);
- a bare "troops" takes the side of the speaker who mentions it, else the nearest armed forces;
- a capital stands for its country ("Kyiv said"), a people for its country ("the Russians").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.entities import EntityInfo
from graph.extraction.adversaries import ADVERSARY_NOUNS, Adversaries
from graph.extraction.descriptions import DescriptionResolver
from graph.extraction.forces_in_view import ALLEGIANCE
from graph.extraction.group_names import GroupNames
from graph.extraction.place_refs import PlaceReferences
from graph.extraction.pronouns import NEUTER, PERSONAL, PLURAL, Pronouns
from graph.extraction.states_in_view import StatesInView
from graph.extraction.unnamed_groups import group_acting, group_named_next, group_of, group_of_the_lead, name_given
from graph.extraction.stances import HYPHENS, names_no_actor
from graph.gazetteer import Entry, Gazetteer
from graph.records import ACTOR_KINDS, BODY_KINDS

FIRST_PERSON = {"i", "me", "we", "us", "our", "my"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
WINDOW_SENTENCES = 3
UNIT_NOUNS = {"brigade", "regiment", "battalion", "division", "corps", "detachment", "squadron"}  # a state's, unnamed
# nouns for another party than the one whose they are ("their allies", "Russia's partners", "Iran's proxies", "an
# al Qaeda affiliate"), as "anti-Kremlin fighters" are not the Kremlin
OTHERS_NOUNS = {"ally", "partner", "proxy", "backer", "sponsor", "enemy", "foe", "adversary", "rival", "opponent",
                "affiliate", "offshoot", "splinter", "franchise"}


@dataclass
class Ref:  # a mention as the resolver sees it
    start: int
    end: int
    key: str


REGIONAL = {"provincial", "regional", "state", "district", "county", "oblast", "local"}  # "the provincial capital"


class ReferenceResolver(DescriptionResolver, GroupNames, PlaceReferences, Adversaries, StatesInView, Pronouns):
    def __init__(self, doc: Doc, entities: dict[str, EntityInfo], refs: list[Ref], gaz: Gazetteer, cues: Cues,
                 window: int = WINDOW_SENTENCES, speakers: list[tuple[int, str]] | None = None):
        self.doc = doc
        self.window = window  # how many sentences back a pronoun or description looks
        self.entities = entities
        self.gaz = gaz
        self.cues = cues
        self.key_at: dict[int, str] = {i: ref.key for ref in refs for i in range(ref.start, ref.end)}
        # (a name that only says who backs a group or whom it is linked to, "the al Qaeda-linked group", "Iran-backed
        # rebels", is no antecedent: neither "the group" nor "it" nor the state in view)
        self.refs = sorted((r for r in refs if not self._sponsor(r)), key=lambda r: r.start)
        self.sponsors = {i for r in refs if self._sponsor(r) for i in range(r.start, r.end)}
        self.sent_index = {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}
        # (token index of the reporting verb, speaker key): found by the claims, used by the events
        self.speakers: list[tuple[int, str]] = list(speakers or [])

    def _sponsor(self, ref: Ref) -> bool:
        """A name hyphened to a participle of backing or linking ("[Iran]-backed", "[al Qaeda]-linked")."""
        return ref.end < len(self.doc) and self.doc[ref.end].text in HYPHENS and any(  # (any word: "Islamic" is
            t.head.i > t.i and t.head.lemma_.lower() in self.cues.sponsorship  # the model's amod of the noun after)
            for t in self.doc[ref.start:ref.end])

    # -- entities ------------------------------------------------------------------------------

    def ensure(self, entry: Entry | None) -> str | None:
        """The key of a gazetteer entry's entity, creating it (implied, without a mention) if needed."""
        if entry is None:
            return None
        if entry.gid not in self.entities:
            self.entities[entry.gid] = EntityInfo(key=entry.gid, kind=entry.kind, name=entry.label, entry=entry,
                                                  first=len(self.doc))
        return entry.gid

    def kind(self, key: str | None) -> str | None:
        return self.entities[key].kind if key in self.entities else None

    def country_of(self, key: str | None) -> str | None:
        """The country an entity is, belongs to or speaks for."""
        info = self.entities.get(key or "")
        if info is None or info.country:  # the gazetteer's country
            return info.country if info is not None else None
        for aff in sorted(info.affiliation):
            if aff.startswith("country:"):
                return aff.split(":", 1)[1]
            other = self.entities.get(aff)
            if other is not None and other.entry is not None and other.entry.country:
                return other.entry.country
        return None

    def capital_of(self, tok: Token) -> str | None:
        """The city "the capital of Ukraine", "Ukraine's capital" or "the Ukrainian capital" names; not
        a region's ("the provincial capital of Kunduz", "the capital of Kharkiv Oblast")."""
        if tok.lemma_.lower() != "capital" or any(c.lower_ in REGIONAL for c in tok.children if c.dep_ in ("amod", "compound")):
            return None
        iso = None
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                iso = next((self.country_of(self.key_at.get(g.i)) for g in child.children
                            if g.dep_ == "pobj" and self.kind(self.key_at.get(g.i)) == "Country"), None)
            elif child.dep_ == "poss" and self.kind(self.key_at.get(child.i)) == "Country":
                iso = self.country_of(self.key_at.get(child.i))
            elif child.dep_ == "amod":
                iso = self.gaz.country_of_adjective(child.text)
            if iso:
                break
        return self.capital_key(iso) if iso else self.capital_in_view(tok)

    def capital_key(self, iso: str | None) -> str | None:
        """The entity of a country's capital city."""
        capital = next((gid for gid, of in self.gaz.capitals.items() if of == iso), None) if iso else None
        return self.ensure(self.gaz.entries.get(capital)) if capital else None

    def forces_of_country(self, iso: str | None) -> str | None:
        """The armed forces of a country in view (of a territory with none of its own, those news means there)."""
        return self.ensure(self.gaz.forces_of(self.cues.territory_army.get(iso or "", iso)))

    def refs_back(self, tok: Token, sentences: int):
        """The mentions before ``tok``, the nearest first, no more than ``sentences`` sentences back."""
        here = self.sent_index.get(tok.i, 0)
        for ref in reversed(self.refs):
            if ref.start >= tok.i:
                continue
            if here - self.sent_index.get(ref.start, 0) > sentences:
                break
            yield ref

    def country_key(self, iso: str | None) -> str | None:
        return self.ensure(self.gaz.country(iso))

    def as_actor(self, key: str | None) -> str | None:
        """Places are not actors, but a capital stands for its country ("Kyiv has seized ...")."""
        info = self.entities.get(key or "")
        if info is None:
            return None
        if info.kind == "Place":
            iso = self.gaz.capitals.get(info.gid or "")
            return self.country_key(iso) if iso else None
        return key

    # -- phrases -------------------------------------------------------------------------------

    def _loyal_to(self, tok: Token, speaker: str | None, role: str) -> str | None:
        """The owner's forces of a state's forces named loyal to someone ("Libyan forces loyal to Khalifa Haftar": his,
        not Libya's army)."""
        loyal = any(c.dep_ in ("amod", "acl") and c.lower_ in ALLEGIANCE for c in tok.children)
        return self.owners_forces(tok, speaker, role) if loyal and self.actor_kind(self.key_at[tok.i]) == "armed forces" \
            else None

    def resolve(self, tok: Token, speaker: str | None = None, role: str = "agent") -> str | None:
        """The entity a noun phrase headed by ``tok`` refers to (an actor), or None.

        ``role`` is "speaker" or "agent": a people ("the Russians") can act (as its state's forces)
        but is not taken as a speaker. ``speaker`` is who reports the phrase, if anyone.
        """
        if tok.i in self.key_at:
            return self._loyal_to(tok, speaker, role) or self.as_actor(self.key_at[tok.i])
        if tok.dep_ == "appos" and tok.head.i in self.key_at and tok.pos_ == "NOUN":
            return self.as_actor(self.key_at[tok.head.i])  # "the Arakan Army, an armed group that has seized ...": it
        low = tok.lower_
        if low in RELATIVE and tok.head.dep_ == "relcl":
            return self.resolve(tok.head.head, speaker, role)
        if (group := group_of(tok, self.cues)) is not None:  # "hundreds of Congolese soldiers", "two of its fighters"
            return group_acting(self, group, speaker, role)
        if low in PERSONAL | NEUTER | PLURAL:
            return self.pronoun(tok)
        if low in FIRST_PERSON:
            return None  # the speaker speaks of itself: the claim's speaker, known to the caller
        if (key := self._apposed(tok) or name_given(self, tok)) is not None:
            return key  # (or the name given it: "a group calling itself the Kestrel Front")
        member = self.named_member(tok)
        if member is not None:  # "groups such as the Campaign Against Arms Trade warn ...": the one named
            return self.resolve(member, speaker, role)
        if (key := self.led_by(tok)) is not None:
            return key
        lemma = tok.lemma_.lower()
        # (rebel or resistance fighters are no state's forces, whatever the demonym: "Syrian rebel fighters")
        forces_noun = lemma in self.cues.forces_nouns or tok.lower_ in self.cues.forces_nouns
        forces_word = forces_noun and not self._nonstate(tok)
        if (forces_noun or lemma in self.cues.nonstate_nouns or lemma in self.cues.part_nouns) \
                and (key := self.owners_forces(tok, speaker, role, state=forces_word)) is not None:
            return key
        phrase = f"{tok.nbor(-1).lower_} {lemma}" if tok.i > 0 else lemma
        anaphor = self.cues.anaphors.get(phrase) or self.cues.anaphors.get(lemma)
        definite = self._definite(tok, anaphor, role)
        if definite and lemma in ADVERSARY_NOUNS:
            return self.adversary(tok, speaker)  # "the enemy attacked Ukrainian positions"
        owned = definite or any(c.dep_ == "poss" for c in tok.children)  # ("Britain's prime minister": the British one)
        key = self._modifier_actor(tok, speaker, role, owned and (anaphor == "Person" or lemma in self.cues.titles))
        if key is not None:
            return key
        if definite:
            key, final = self.definite_description(tok, anaphor, role, speaker)
            if key is not None or final:
                return key
        if lemma in self.cues.armament and (key := self._armed_by(tok)) is not None:
            return key
        if (forces_word or lemma in UNIT_NOUNS) and (iso := self._demonym_child(tok)):
            return self.forces_of_country(iso)  # "Russian troops", "a Ukrainian brigade operating in the area"
        if forces_word:  # (not loyal to someone unnamed: "forces loyal to the region's former ruling party")
            return self.context_forces(tok, speaker) if (definite or not any(c.dep_ == "det" for c in tok.children)) \
                and not any(a.dep_ in ("amod", "acl") and a.lower_ in ALLEGIANCE for a in tok.children) else None
        iso = self.gaz.peoples.get(tok.lower_)
        if iso and (tok.text[:1].isupper() or tok.lower_ in self.cues.lowercase_names) and role == "agent":
            return self.country_key(iso)
        iso = self._demonym_child(tok)
        if iso and lemma in ("side", "government", "authorities", "leadership", "command", "president"):
            return self.country_key(iso)
        return group_named_next(self, tok) or group_of_the_lead(self, tok)  # (named in the next sentence, the lead)

    @staticmethod
    def _nested(tok: Token, top: Token) -> bool:
        """Whether a word hangs on ``top`` through a clause ("led by HTS and its leader X")."""
        while tok.head.i != top.i and tok.head.i != tok.i:
            tok = tok.head
            if tok.dep_ in ("acl", "relcl", "agent"):
                return True
        return False

    @staticmethod
    def _definite(tok: Token, anaphor: str | None, role: str) -> bool:
        """Whether a noun is definite ("the", "its"; "the co-owner", whose article the parser may hang on
        the word before the hyphen), or a bare plural of the article's armed group acting in the main clause
        ("Rebels also captured the town", as "the rebels"; not "the worst blow since rebels seized Lashio"), or bare
        "police" ("Police said": the country's)."""
        heads = [tok, tok.doc[tok.i - 2]] if tok.i > 1 and tok.doc[tok.i - 1].text == "-" else [tok]
        return any(c.lower_ in ("the", "this", "that", "its", "their") for h in heads for c in h.children
                   if c.dep_ in ("det", "poss")) or (
            anaphor == "rebels" and tok.tag_ == "NNS" and role == "agent" and tok.dep_ == "nsubj"
            and tok.head.dep_ == "ROOT" and not any(c.dep_ in ("det", "nummod", "amod", "compound") for c in tok.children)) \
            or (anaphor == "police" and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in tok.children))

    def _armed_by(self, tok: Token) -> str | None:
        """Whose aircraft or arms act: "warplanes of the Saudi-led coalition" (the coalition; or "from" a body, not a
        state: "drones from Iran" may be Iran's make), "Israeli warplanes" (Israel: its armed forces when the article
        names them), "junta aircraft"."""
        owner = next((key for prep in tok.children if prep.lower_ in ("of", "from") for p in prep.children
                      if p.dep_ == "pobj" and (key := self.key_at.get(p.i)) and (prep.lower_ == "of" or self.kind(key) in (
                          "Organization", "MilitaryUnit"))), None)
        # "junta aircraft", "the group's drones": whose, as a modifier
        owner = owner or next((self.resolve(c) for c in tok.children if c.dep_ == "poss" or (
            c.dep_ == "compound" and c.lower_ in self.cues.forces_nouns)), None)
        if self.kind(owner) in ACTOR_KINDS:
            return owner
        iso = self._demonym_child(tok)
        return self.country_key(iso) if iso else None

    def _apposed(self, tok: Token) -> str | None:
        """An apposition's actor, or a title's person ("Russia's ambassador to Washington Anatoly Antonov")."""
        # (not one inside a clause of its phrase: "the insurgents, led by HTS and its leader al-Golani")
        titled = tok.lemma_.lower() in self.cues.titles
        appos = [t for t in tok.subtree if t.i > tok.i and ((t.dep_ == "appos" and not self._nested(t, tok)) or (
            titled and t.dep_ == "pobj" and self.kind(self.key_at.get(t.i)) == "Person"))]
        for child in sorted(appos, key=lambda c: self.kind(self.key_at.get(c.i)) != "Person"):
            key = self.key_at.get(child.i) or next((self.key_at[t.i] for t in child.subtree if t.i in self.key_at
                                                    and t.i not in self.sponsors), None)  # (not "an IS-backed militia")
            # "Igor K., an adviser to the head of the DPR": a person's role names whom they serve, not them
            child_role = self.cues.anaphors.get(child.lemma_.lower())
            served = key != self.key_at.get(child.i) and child_role == "Person" and self.kind(key) != "Person"
            # nor another party's noun ("JNIM, an al-Qaeda affiliate", "the group, an ally of Iran"): that party is not it
            served = served or (key != self.key_at.get(child.i) and child.lemma_.lower() in OTHERS_NOUNS)
            if key and self.kind(key) in ACTOR_KINDS and not served:
                return key
        return None

    def _modifier_actor(self, tok: Token, speaker: str | None, role: str, a_person: bool) -> str | None:
        """The actor a modifier names ("Wagner's leadership", "a Pentagon spokesman", "HTS-led rebels"); for a definite
        person's role after a country ("the US president") or a body, that country's or body's person named before."""
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "nmod", "amod") and child.i < tok.i \
                    and not names_no_actor(child, self.cues) and tok.lemma_.lower() not in OTHERS_NOUNS:
                key = self.key_at.get(child.i) or self.leader(child)
                if key is None and child.dep_ == "compound" and child.lower_ in self.cues.armed_bands:
                    key = self._named_at(child)  # "the Viv Ansanm gang coalition": the gang's name
                if key is None and child.dep_ == "poss":
                    key = self.resolve(child, speaker, role)
                if key and self.kind(key) == "Country" and (self._nonstate(tok) or tok.lemma_.lower() in self.cues.firms):
                    continue  # "Myanmar rebels", "Sudan's paramilitary force", "Ukraine's energy company": not the state
                if key and a_person and self.kind(key) == "Country":
                    person = self.titled_person(tok) or self.description(tok, "Person", self.entities[key].country) \
                        if tok.lemma_.lower() in self.cues.titles else \
                        (self.description(tok, "Person", self.entities[key].country) or self.description(tok, "Person"))
                    if person is not None:
                        return person
                if key and a_person and self.kind(key) in BODY_KINDS and tok.lemma_.lower() in self.cues.heads \
                        and (member := self.member_named(key, tok.i)):
                    return member  # "the RSF leader" after "Hemedti": the body's head named before (not its spokesman)
                if key and self.kind(key) in ACTOR_KINDS:
                    return self.as_actor(key)
        body = next((self.key_at.get(o.i) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"), None) if a_person and tok.lemma_.lower() in self.cues.heads else None
        if self.kind(body) in BODY_KINDS and (member := self.member_named(body, tok.i)):
            return member  # "the leader of the RSF" after "Hemedti": the body's head named before
        return self._spoken_for(tok, speaker, role)  # "a spokesman for the army"

    def member_named(self, body: str, before: int) -> str | None:
        """The last person named before a token who belongs to the body (the gazetteer's or the text's)."""
        people = (self.entities[r.key] for r in reversed(self.refs) if r.start < before and self.kind(r.key) == "Person")
        return next((p.key for p in people if body in p.affiliation or (p.entry and body in p.entry.part_of)), None)

    def _nonstate(self, tok: Token) -> bool:
        """Rebels, militants, proxies ("Turkey-backed Syrian fighters"), a people's group ("Myanmar's ethnic alliance"), a
        rival government ("Myanmar's exiled government")."""
        return any(t.lemma_.lower() in self.cues.nonstate_nouns or t.lower_ in self.cues.ethnic_words
                   or t.lower_ in self.cues.people_groups  # ("Kurdish fighters", "Tigrayan forces": no state's)
                   or (t.lemma_.lower() in self.cues.sponsorship and t.i > 0 and t.nbor(-1).text == "-")
                   for t in (tok, *tok.children) if t.i <= tok.i) or (tok.lemma_.lower() in self.cues.government_nouns
                                                                     and any(c.lower_ in self.cues.rival_words
                                                                             for c in tok.children if c.i < tok.i))

    def _demonym_child(self, tok: Token) -> str | None:
        return next((iso for child in tok.children if child.dep_ in ("amod", "compound", "nmod")
                     and (child.text[:1].isupper() or child.lower_ in self.cues.lowercase_names)  # (or "russian troops")
                     and not names_no_actor(child, self.cues) and (iso := self.gaz.country_of_adjective(child.text))), None)

    def mentioned(self, key: str) -> bool:
        return any(ref.key == key for ref in self.refs)

    def mentions_in(self, start_char: int, end_char: int) -> list[str]:
        """Keys of the mentions inside a character range, in order, without repeats."""
        out: list[str] = []
        for ref in self.refs:
            tok = self.doc[ref.start]
            if start_char <= tok.idx < end_char and ref.key not in out:
                out.append(ref.key)
        return out

