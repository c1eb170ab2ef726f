"""Events: withdrawals, offensives, changes of control and attacks, with agent, place and modality.

A trigger is a verb or noun from the cue list (withdraw, retreat, regrouped, liberated, retook, counter-offensive,
shelling...). Its places are the place mentions in its object and its place phrases ("from Kherson", "around Izyum", "the
Kherson counteroffensive"); one event is made per place. Its agent comes from :mod:`graph.extraction.event_agents` (the
subject, the "by" phrase of a passive, the possessor of a noun: "Russia's storming"). Events under "plan", "attempt", "could",
"if" or a negation keep that modality rather than being asserted (:mod:`graph.extraction.event_modality`), and the word
used for the event is kept as its framing. An event told again ("the attack", "five strikes") is read by
:mod:`graph.extraction.event_anaphora`.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.claims import ClaimInfo
from graph.extraction.coref import ReferenceResolver
from graph.extraction.doctext import is_headline
from graph.extraction.event_agents import armed_subject, attack_noun_of, event_agents, speaks_for_the_doer
from graph.extraction.event_anaphora import carried_agents, new_event_noun, told_before
from graph.extraction.event_places import event_places
from graph.extraction.event_modality import modality_of
from graph.extraction.news_time import is_current, report_date_text, told_ahead, told_as_recent
from graph.extraction.listed_places import dated_places
from graph.extraction.place_cues import names_a_munition
from graph.extraction.place_choice import container_place
from graph.extraction.triggers import at_its_edge, find_triggers, fired_by_a_verb, taken_near, trigger_head, verbal



@dataclass
class EventInfo:
    type: str
    trigger: tuple[int, int]  # token range of the trigger
    framing: str  # lemma of the trigger ("retreat", "regroup", "liberate")
    place: str  # entity key
    agents: list[str]
    modality: str
    extent: tuple[int, int]  # character range of the evidence
    claim: int | None = None
    date_text: str | None = None
    current: bool = False  # told in the present or present perfect: under way or just done at publication
    recent: bool = False  # told in the past with nothing that puts it elsewhere in time
    news_date_text: str | None = None  # for a recent event or a plan, the date of the report that tells of it
    ahead: bool = False  # told as still to come ("will withdraw by December 1"): dated on or after publication


def find_events(doc: Doc, res: ReferenceResolver, cues: Cues, claims: list[ClaimInfo]) -> list[EventInfo]:
    events: list[EventInfo] = []
    last_agents: dict[str, tuple[int, list[str], str | None]] = {}  # framing lemma -> (sentence start, agents, speaker)
    phrases = cues.trigger_phrases()
    for trig in find_triggers(doc, res, cues, phrases):
        start, end, etype, lemma = trig
        if is_headline(doc[start].sent):
            continue
        head = trigger_head(doc[start:end])
        if attack_noun_of(head.head, cues) == head or fired_by_a_verb(head, cues):
            continue  # "airstrikes hit a village", "fired a barrage of rockets at": one attack, the verb's
        if lemma in cues.place_subject and _munition_subject(head, cues):
            etype = "Attack"  # "shells fell near the airport": shelling, not the fall of a town
        if lemma in cues.arrival and _munition_subject(head, cues):
            continue  # "projectiles reached Poland": no advance
        if _figurative(head, cues) or _rehearsed(head, cues):
            continue  # "a charm offensive", "went on the verbal attack"; "fired missiles at a mock target in the drills"
        claim_index = next((n for n, c in enumerate(claims) if c.content[0] <= doc[start].idx < c.content[1]), None)
        speaker = claims[claim_index].speaker if claim_index is not None else None
        places = event_places(doc[start:end], head, res, cues, lemma, etype)
        # who condemns an act is not who did it, nor who denies being encircled (:func:`speaks_for_the_doer`)
        voice = None if claim_index is not None and not speaks_for_the_doer(claims[claim_index], lemma, cues, etype) \
            else speaker
        at_home = etype == "Attack" and bool(places) and res.country_of(voice) is not None \
            and all(res.country_of(p) == res.country_of(voice) for p in places)
        agents = event_agents(doc[start:end], head, res, cues, voice, lemma, etype, at_home=at_home) \
            or _taken_for_the_speaker(head, voice, claims[claim_index].verb if voice else "", res)
        if etype == "Attack":  # a state is no target of its own attack ("Iran fires barrage of missiles at
            places = [p for p in places if p not in agents or res.kind(p) != "Country"]  # Israel", Iran read as a modifier)
        own, agents = agents, carried_agents(head, agents, attack_noun_of(head, cues), lemma, last_agents, speaker, res, etype)
        if not places:  # "The attack was carried out by X": the event told just before, by X
            # (its own agents: those carried from the last event of its word are that event's, not the prior's)
            if (prior := told_before(head, etype, events, res)) is not None and not prior.agents and own:
                prior.agents.extend(own)
            continue
        if lemma in cues.military_only and not _armed_agent(head, agents, res) \
                and not (lemma in cues.of_place_nouns and head.pos_ == "NOUN") and not armed_subject(head, cues, res):
            continue
        modality = modality_of(head, cues, in_claim=claim_index is not None)
        # a feared or planned "an attack" is another event: no agent carried to it (which told it is an armed act)
        agents = own if modality != "Asserted" and new_event_noun(head) else agents
        if claim_index is not None and claims[claim_index].deny and modality == "Asserted" \
                and not _relative(head, claims[claim_index].content):
            modality = "Negated"  # not what a relative clause takes as known ("denied the missiles that struck X ...")
        current = is_current(head)
        dated, date_text = dated_places(head, places, res)
        recent = not current and date_text is None and told_as_recent(head)
        for place, date_text in dated:
            extent = _extent(doc, start, end, place, agents, res)
            # entering a country or region invades it; entering a town's edge, or taking a village near it, nears the town
            invaded = etype == "ControlChange" and (taken_near(head) or lemma in cues.country_offensive and (
                container_place(place, res) or at_its_edge(head)))
            events.append(EventInfo(type="Offensive" if invaded else etype, trigger=(start, end), framing=cues.frames.get(lemma, lemma), place=place,
                                    agents=agents,
                                    modality=modality, extent=extent, claim=claim_index, date_text=date_text,
                                    current=current, recent=recent, ahead=modality != "Asserted" and told_ahead(head),
                                    news_date_text=report_date_text(head) if recent or modality == "Planned" else None))
    return events


# what a side says of the places it took ("liberated", "captured"), not of those it lost ("occupied", "overrun")
GAINS = {"liberate", "capture", "recapture", "retake", "take", "seize", "free", "regain", "clear"}
CONCEDING = ("acknowledg", "admit", "conced")  # report verbs of a loss owned ("acknowledged that the city had been taken")


def _taken_for_the_speaker(head: Token, speaker: str | None, verb: str, res: ReferenceResolver) -> list[str]:
    """A place said to "have been captured", "liberated" or "retaken", without a "by", by a side whose forces the article
    names: that side's forces took it ("Russia's defence ministry says Soledar has been captured"), as a side announces
    its own gains; not a side that speaks as no party (:meth:`speakers_forces`: no forces named), nor one that owns a loss
    ("acknowledged that the city had been taken", "said the city had been occupied")."""
    if speaker is None or head.lemma_.lower() not in GAINS or not verbal(head) or verb.lower().startswith(CONCEDING) \
            or any(c.dep_ == "agent" for c in head.children) or not any(c.dep_ == "auxpass" for c in head.children):
        return []
    return [own] if (own := res.speakers_forces(speaker)) is not None else []


def _munition_subject(verb: Token, cues: Cues) -> bool:
    return any(c.dep_ == "nsubj" and names_a_munition(c, cues) for c in verb.children)


def _armed_agent(head: Token, agents: list[str], res: ReferenceResolver) -> bool:
    """An agent that can take, leave or advance on a place: a force, or a state where the text names its act by a noun
    ("the Russian advance near X"), says it took control ("claims to have taken full control of Kurakhove") or a town
    ("Russia took Avdiivka") or names it by its people ("the Russians took Lyman"; not a people counted: "a million
    Palestinians fled Rafah"); or none where a town falls ("Pokrovsk fell") or is taken ("Kunduz was taken")."""
    taking = res.cues.triggers.get(head.lemma_.lower()) == "ControlChange"  # (not "push Kyiv to the negotiating table")
    state = head.pos_ == "NOUN" or any(
        (c.dep_ == "dobj" and (c.lemma_ == "control" or (res.kind(res.key_at.get(c.i)) == "Place" and taking))) or (
            c.dep_ == "nsubj" and c.lower_ in res.gaz.peoples and not any(n.dep_ == "nummod" for n in c.children))
        for c in head.children)
    # (also one a relative pronoun stands for: "pushed south to Hama, which fell on December 5")
    subjects = [c.head.head if c.lower_ in ("which", "that") and head.dep_ == "relcl" else c
                for c in head.children if c.dep_ == "nsubj"]
    passive = [t for c in head.children if c.dep_ == "nsubjpass"  # (the place itself, not its owner: "Russia's bank
               for t in (c, *(p for o in c.children if o.lower_ == "of" for p in o.children))]  # was hit by sanctions")
    return any(res.armed(a) or (state and res.kind(a) == "Country") for a in agents) or (
        head.lemma_.lower() in res.cues.place_subject and any(res.kind(res.key_at.get(c.i)) == "Place" for c in subjects)) \
        or any(res.kind(res.key_at.get(t.i)) == "Place" for t in passive)


def _figurative(head: Token, cues: Cues) -> bool:
    """An event noun a figurative word describes ("a charm offensive", "went on the verbal attack")."""
    return head.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in cues.figurative
                                       for c in head.children)


def _rehearsed(trigger: Token, cues: Cues) -> bool:
    """Whether the event is staged in a drill: a verb over it rehearses or simulates it, it happens in
    or during an exercise, or it is aimed at a dummy ("at a mock target")."""
    def drill(tok: Token) -> bool:
        words = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")] + [tok.lemma_.lower()]
        return cues.rehearsal.get(words[-1]) == "noun" or cues.rehearsal.get(" ".join(words[-2:])) == "noun" \
            or any(cues.rehearsal.get(w) == "modifier" for w in words[:-1])
    node = trigger
    for _ in range(3):
        if node is not trigger and node.pos_ == "VERB" and cues.rehearsal.get(node.lemma_.lower()) == "verb":
            return True
        if any(prep.dep_ == "prep" and any(o.dep_ == "pobj" and drill(o) for o in prep.children)
               for prep in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _relative(tok: Token, content: tuple[int, int]) -> bool:
    """Whether the word is in a relative clause inside what was said ("denied that the missiles that
    struck Kharkiv ...")."""
    return any(t.dep_ == "relcl" and content[0] <= t.idx < content[1] for t in (tok, *tok.ancestors))


def _extent(doc: Doc, start: int, end: int, place: str, agents: list[str], res: ReferenceResolver) -> tuple[int, int]:
    """The characters from the first to the last of trigger, place and agent mentions in the sentence."""
    sent = doc[start].sent
    lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    for ref in res.refs:
        if ref.key == place or ref.key in agents:
            if sent.start <= ref.start < sent.end:
                lo = min(lo, doc[ref.start].idx)
                hi = max(hi, doc[ref.end - 1].idx + len(doc[ref.end - 1].text))
    return lo, hi
