"""Events: withdrawals, offensives, changes of control and attacks, with agent, place and modality.

A trigger is a verb or noun from the cue list (withdraw, retreat, regrouped, liberated, retook,
counter-offensive, shelling...). Its places are the place mentions in its object and its place
phrases ("from Kherson", "around Izyum", "the Kherson counteroffensive"); one event is made per place.
Its agent is the subject (or the "by" phrase of a passive, the object of "forced ... to retreat", the
possessor of a noun: "Russia's storming"), resolved to an entity; a state acting militarily is its
armed forces. Events under "plan", "attempt", "could", "if" or a negation keep that modality rather
than being asserted, and the word used for the event is kept as its framing.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graph.cues import Cues
from graph.extraction.claims import ClaimInfo
from graph.extraction.coref import ReferenceResolver
from graph.extraction.doctext import is_headline
from graph.extraction.event_places import event_places, harm_done, outside_children, trigger_head, verbal
from graph.extraction.event_time import event_date_text, is_current, told_as_recent
from graph.extraction.listed_places import gapped_places
from graph.extraction.stances import stance_object
from graph.extraction.triggers import find_triggers

# event types whose noun's "of" names who moves ("the withdrawal of Russian troops", "the advance of the
# army"); an attack's or a capture's names what was hit or taken ("the bombardment of Ukraine's grid")
MOVERS_OF = {"Withdrawal", "Offensive"}
AGENT_CARRY_TOKENS = 600  # how far back an event noun takes the agent of the last event of its word


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


def find_events(doc: Doc, res: ReferenceResolver, cues: Cues, claims: list[ClaimInfo]) -> list[EventInfo]:
    events: list[EventInfo] = []
    last_agents: dict[str, tuple[int, list[str], str | None]] = {}  # framing lemma -> (sentence start, agents, speaker)
    phrases = cues.trigger_phrases()
    for trig in find_triggers(doc, res, cues, phrases):
        start, end, etype, lemma = trig
        if is_headline(doc[start].sent):
            continue
        head = trigger_head(doc[start:end])
        if _attack_noun_of(head.head, cues) == head:
            continue  # "airstrikes hit a village": one attack, the verb's (where it hit), not two
        if head.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in cues.figurative
                                       for c in head.children):
            continue  # "a charm offensive", "went on the verbal attack"
        claim_index = next((n for n, c in enumerate(claims) if c.content[0] <= doc[start].idx < c.content[1]), None)
        speaker = claims[claim_index].speaker if claim_index is not None else None
        places = event_places(doc[start:end], head, res, cues, lemma, etype)
        agents = _agents(doc[start:end], head, res, cues, speaker, lemma, etype)
        hitter = _attack_noun_of(head, cues)
        said = hitter.lemma_.lower() if hitter is not None else lemma  # the noun that names the attack
        if agents:
            last_agents[said] = (head.sent.start, agents, speaker)
        elif (not verbal(head) or hitter is not None) \
                and head.sent.start - last_agents.get(said, (-AGENT_CARRY_TOKENS - 1,))[0] <= AGENT_CARRY_TOKENS \
                and last_agents[said][2] == speaker:  # in the same voice: not from one claim into another's
            agents = last_agents[said][1]  # "Coalition forces conducted 15 strikes ... Near Raqqah, five strikes hit ..."
        if not places:
            continue
        if lemma in cues.military_only and not any(res.armed(a) for a in agents) \
                and not (lemma in cues.of_place_nouns and head.pos_ == "NOUN") and not _armed_subject(head, cues, res):
            continue
        modality = _modality(head, cues, in_claim=claim_index is not None)
        if claim_index is not None and claims[claim_index].deny and modality == "Asserted":
            modality = "Negated"
        gapped, object_date = gapped_places(head, res) if verbal(head) else ({}, None)
        date_text = object_date if gapped else event_date_text(head)
        current = is_current(head)
        recent = not current and date_text is None and told_as_recent(head)
        dated = [(place, date_text) for place in places if place not in gapped] + [
            (place, date or date_text) for place, date in gapped.items()]
        for place, date_text in dated:
            extent = _extent(doc, start, end, place, agents, res)
            # forces entering a whole country invade it; they take towns
            invaded = lemma in cues.country_offensive and etype == "ControlChange" and res.kind(place) == "Country"
            events.append(EventInfo(type="Offensive" if invaded else etype, trigger=(start, end), framing=cues.frames.get(lemma, lemma), place=place,
                                    agents=agents,
                                    modality=modality, extent=extent, claim=claim_index, date_text=date_text,
                                    current=current, recent=recent))
    return events


def _attack_noun_of(verb: Token, cues: Cues) -> Token | None:
    """The attack noun that is an attack verb's subject ("airstrikes" of "Junta airstrikes hit a
    village"): the verb tells where the attack hit, the noun whose it was."""
    if verb.pos_ != "VERB" or cues.triggers.get(verb.lemma_.lower()) != "Attack":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and cues.triggers.get(c.lemma_.lower()) == "Attack"), None)


def _armed_subject(head: Token, cues: Cues, res: ReferenceResolver) -> bool:
    """What hit is a weapon or an attack ("drones hit a market", "the shelling hit Kherson"), whoever
    fired it; who swept in are fighters, whoever leads them ("Syrian rebels swept into Aleppo", "its
    fighters had taken"), also as the pronoun of the phrase that reports it ("the rebels said they
    had taken Goma")."""
    armed = cues.armament | cues.forces_nouns | cues.armed_nonstate
    for subj in (c for c in head.children if c.dep_ == "nsubj"):
        subj = (res.reporter(subj) or subj) if subj.pos_ == "PRON" else subj
        lemma = subj.lemma_.lower()
        if lemma in armed or subj.lower_ in armed or cues.triggers.get(lemma) == "Attack":
            return True
    return False


def _claimed_responsibility(head: Token, res: ReferenceResolver) -> list[str]:
    """Who claimed responsibility for the attack in the same sentence ("the bombings, for which
    Da'esh has claimed responsibility"; "... attacks. Hamas claimed responsibility" is the next
    sentence's business), or claimed the attack itself ("the Houthis claimed a missile attack on a
    ship"): that group is the attack's agent."""
    for tok in head.sent:
        if tok.lemma_.lower() != "claim" or not any(
                c.dep_ == "dobj" and (c.lemma_.lower() == "responsibility" or c.i == head.i) for c in tok.children):
            continue
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            key = res.resolve(subj)
            if key is not None and res.kind(key) in ("Organization", "MilitaryUnit"):
                return [key]
    return []


def _agents(span: Span, head: Token, res: ReferenceResolver, cues: Cues, speaker: str | None, lemma: str, etype: str) -> list[str]:
    subject = _agent_phrase(head, cues, lemma, etype)
    found: list[str] = []
    for phrase in subject:
        key = res.resolve(phrase, speaker)
        if key is not None:
            found.append(key)
    hitter = _attack_noun_of(head, cues) if not found else None
    if hitter is not None:  # "Israeli airstrikes pounded Rafah": whose the strikes were
        found = _agents(span.doc[hitter.i:hitter.i + 1], hitter, res, cues, speaker, hitter.lemma_.lower(), etype)
    if not found and not verbal(head):
        # a noun: "Russia's storming", "the Russian withdrawal", "Wagner offensive", "withdrawal of Russian troops"
        for child in outside_children(span):
            key = None
            if child.dep_ in ("compound", "nmod") and res.kind(res.key_at.get(child.i)) in ("Place", "Country"):
                continue  # "the Ukraine invasion", "the Kherson counteroffensive": where, not who
            if stance_object(child, cues):
                continue  # "the anti-Assad offensive"
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                if child.dep_ == "poss":  # a capital's possessive stands for its country: "Moscow's invasion"
                    key = res.resolve(child, speaker) or res.key_at.get(child.i)
                else:
                    key = res.key_at.get(child.i) or res.resolve(child, speaker)
                if key is None:  # "the Russian withdrawal", "the Iranian drone and missile attack"
                    key = _demonym_state(child, res) or next(
                        (k for c in child.children if c.dep_ == "amod" and (k := _demonym_state(c, res))), None)
            elif child.dep_ in ("prep", "agent") and (child.lower_ == "by" or (child.lower_ == "of" and etype in MOVERS_OF)):
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                place = pobj and child.lower_ == "of" and res.kind(res.key_at.get(pobj[0].i)) in ("Place", "Country")
                if pobj and not place:  # "the invasion of Ukraine": Ukraine is where, not who
                    key = res.resolve(pobj[0], speaker)
            if key is not None:
                found.append(key)
        if not found and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in cues.light:
            # "Russia launched an offensive"; "the attack was carried out by a local man"
            for subj in _agent_phrase(head.head, cues, lemma, etype):
                key = res.resolve(subj, speaker)
                if key:
                    found.append(key)
        if not found and etype == "Attack":
            found = _claimed_responsibility(head, res) or _harm_doer(head, res, cues, speaker)
        if not found and speaker is not None:  # "the ministry announced the withdrawal": its own side's
            if res.armed(speaker):  # an armed group's own ("al-Shabaab said ... in an ambush")
                found.append(speaker)
            elif (forces := res.gaz.forces_of(res.country_of(speaker))) is not None and res.mentioned(forces.gid):
                found.append(forces.gid)
    out: list[str] = []
    for key in found:
        key = _military(key, res)
        if key and key not in out and res.kind(key) != "Place":
            out.append(key)
    return out


def _harm_doer(head: Token, res: ReferenceResolver, cues: Cues, speaker: str | None) -> list[str]:
    """Who did the harm an attack noun is the means of, when the harm verb is active: "its fighters
    killed 17 soldiers in an ambush" (not "17 soldiers were killed in an ambush")."""
    harmed = harm_done(head, cues)
    if harmed is None or not verbal(harmed) or any(c.dep_ in ("nsubjpass", "auxpass") for c in harmed.children):
        return []
    subjects = (res.resolve(c, speaker) for c in harmed.children if c.dep_ == "nsubj")
    return [key for key in subjects if key is not None and res.kind(key) != "Place"][:1]


def _demonym_state(tok: Token, res: ReferenceResolver) -> str | None:
    """The country a capitalised demonym adjective names ("Russian"), else None."""
    iso = res.gaz.country_of_adjective(tok.text) if tok.text[:1].isupper() else None
    return res.country_key(iso) if iso else None


def _agent_phrase(verb: Token, cues: Cues, lemma: str, etype: str) -> list[Token]:
    """The phrase(s) naming who acts, for a verb trigger (passives, control verbs, conjunctions)."""
    if not verbal(verb):
        return []
    for child in verb.children:
        if child.dep_ == "agent":
            return [c for c in child.children if c.dep_ == "pobj"]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "troops would be regrouped/withdrawn": the troops moved are the ones withdrawing
        return [c for c in verb.children if c.dep_ == "nsubjpass"] if etype == "Withdrawal" else []
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj:
            if lemma in cues.place_subject:  # the place fell; to whom: "fell to Russian forces"
                to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                return [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
            return subj + [c for c in subj[0].children if c.dep_ == "conj"]
        head = tok.head
        if tok.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in cues.preventing:
            # "stopped Russia from taking Kyiv", "Russia was prevented from taking Kyiv"
            kept = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
            if kept:
                return kept
        if tok.dep_ == "xcomp" and cues.control.get(head.lemma_.lower()) == "object":
            # "forced them to retreat"; passive: "units were ordered to take the town"
            obj = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            if obj:
                return obj
        if tok.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in head.children):
            return [c for c in head.children if c.dep_ == "nsubjpass"]  # "the army is expected to push toward X"
        if tok.dep_ in ("xcomp", "conj", "advcl") and head.i != tok.i:
            tok = head
            continue
        if tok.dep_ == "relcl":
            return [head]
        break
    return []


def _military(key: str, res: ReferenceResolver) -> str | None:
    """A state acting militarily is its armed forces, when the article names them; otherwise the
    state itself stays the agent (no entity is made up for an article that never names it)."""
    kind = res.kind(key)
    if kind == "Country":
        forces = res.gaz.forces_of(res.country_of(key))
        return forces.gid if forces is not None and res.mentioned(forces.gid) else key
    if kind == "UnnamedSource":
        return None
    return key


def _modality(tok: Token, cues: Cues, in_claim: bool = False, depth: int = 0) -> str:
    """Asserted, Negated, Planned or Hypothetical, from the trigger's auxiliaries and what governs it.

    "would" in reported speech is the reported "will" of an announcement ("said troops would be
    regrouped") and does not make the event hypothetical. An infinitive is planned ("decided to
    withdraw", "an attempt to take Kyiv", "on how to bomb the bridge") unless its governor asserts it
    ("forced them to retreat").
    """
    marked = _marked_modality(tok, cues, in_claim)
    head = tok.head
    if marked or depth >= 3 or head.i == tok.i:
        return marked or "Asserted"
    governor = head.lemma_.lower()
    indefinite = tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children)
    if indefinite and tok.dep_ in ("nsubj", "nsubjpass", "attr"):
        # "an invasion would be a disaster", "an invasion was not imminent"
        for child in head.children:
            if child.dep_ == "neg":
                return "Negated"
            if child.dep_ == "aux" and child.lower_ in cues.hypothetical | cues.planned:
                return "Hypothetical"
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and governor == "be" and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.hypothetical | cues.planned for c in head.children):
        return "Hypothetical"  # "an attack is highly likely", "launching another salvo is possible"
    if tok.dep_ == "attr" and governor == "be":
        return _modality(head, cues, in_claim, depth + 1)  # "it is going to be the biggest strike"
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and governor in cues.occurrence:
        return _modality(head, cues, in_claim, depth + 1)  # "airstrikes may resume", "the assault began"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if infinitive and tok.dep_ in ("xcomp", "acl", "advcl", "ccomp", "pcomp"):
        if governor in cues.asserting:
            return _modality(head, cues, in_claim, depth + 1)
        failed = any(c.dep_ == "amod" and {c.lemma_.lower(), c.lower_} & cues.negated for c in head.children)
        return "Negated" if governor in cues.negated or failed else "Planned"  # "a failed attempt to retake it"
    harmed = harm_done(tok, cues)
    if harmed is not None:  # "killed by airstrikes", "the risk from Israel's operations": as real as the harm
        return _modality(harmed, cues, in_claim, depth + 1)
    if tok.dep_ in ("pobj", "pcomp"):  # "prevented them from taking", "plans for an offensive", "fears of an invasion"
        holder = head.head if head.dep_ == "prep" else head
        governor = holder.lemma_.lower()
        if head.lower_ == "from" and governor in cues.preventing:  # kept from it; unless the keeping failed
            keeping = _modality(holder, cues, in_claim, depth + 1)
            return {"Asserted": "Negated", "Negated": "Asserted"}.get(keeping, "Hypothetical")
        return ("Negated" if governor in cues.negated else "Planned" if governor in cues.planned
                else "Hypothetical" if governor in cues.hypothetical
                else _marked_modality(head, cues, in_claim) or "Asserted")  # "possibly including a strike"
    if tok.dep_ in ("ccomp", "xcomp", "dobj") and head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in head.children) \
            and (tok.pos_ == "VERB" or governor in cues.report):
        # "did not confirm entering the town", "did not say troops had left", "did not confirm the fall
        # of the city": unconfirmed
        return "Hypothetical"
    if tok.dep_ == "dobj" and governor in cues.negated | cues.planned:  # "demanding the withdrawal of NATO"
        return "Negated" if governor in cues.negated else "Planned"
    if tok.dep_ == "conj" or (tok.dep_ == "dobj" and governor in cues.light):
        return _modality(head, cues, in_claim, depth + 1)
    return "Asserted"


def _marked_modality(tok: Token, cues: Cues, in_claim: bool) -> str | None:
    """The modality a word's own auxiliaries, negation and hedges give it ("will", "could", "not",
    "possibly", "a planned offensive"), else None."""
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            return "Negated"
        if child.dep_ == "aux":
            if low in ("will", "shall", "'ll", "’ll"):
                return "Planned"
            if low in cues.hypothetical and not (low == "would" and in_claim):
                return "Hypothetical"
        if child.dep_ in ("mark", "advmod") and low in cues.hypothetical:
            return "Hypothetical"
        if child.dep_ == "amod" and child.lemma_.lower() in cues.planned:
            return "Planned"
    return None


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
