"""Events told again without saying where: an event noun that carries the agent of the last event of its word
("Coalition forces conducted 15 strikes ... Near Raqqah, five strikes hit ..."), and a definite event noun that
names no place of its own, which is the event told just before ("Armed gangs stormed the town of Mirebalais on
Monday ... The attack was carried out by the Viv Ansanm coalition": the storming's agent).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.extraction.coref import ReferenceResolver
from graph.extraction.event_time import answers_another
from graph.extraction.triggers import verbal

if TYPE_CHECKING:
    from graph.extraction.events import EventInfo

AGENT_CARRY_TOKENS = 600  # how far back an event noun takes the agent of the last event of its word
TOLD_AGAIN_SENTENCES = 2  # how far back "the attack" looks for the event it tells again
ASSAULTS = {"Attack", "Offensive"}  # "stormed the town ... The attack was carried out by": one event


def carried_agents(head: Token, agents: list[str], hitter: Token | None, lemma: str,
                   last_agents: dict[str, tuple[int, list[str], str | None]], speaker: str | None,
                   res: ReferenceResolver, etype: str = "") -> list[str]:
    """The event's agents, or for an event noun (or the attack noun of a verb, ``hitter``) without any, those of the
    last event of its word within reach told in the same voice ("Coalition forces conducted 15 strikes ... Near
    Raqqah, five strikes hit ..."), or for an attack its weapons did (:func:`_weapons_of_the_last_attack`), the last
    attack's; ``last_agents`` (word -> sentence start, agents, speaker) is kept up to date."""
    said = hitter.lemma_.lower() if hitter is not None else lemma  # the noun that names the attack
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in (hitter or head).children)
    if etype == "Attack" and said not in last_agents and definite and not verbal(head) and not agents:
        said = LAST_ATTACK  # "A Russian missile struck the hospital ... killed across Ukraine in the attacks": those
    if agents:
        last_agents[said] = (head.sent.start, agents, speaker)
        if etype == "Attack":
            last_agents[LAST_ATTACK] = last_agents[said]
    elif (not verbal(head) or hitter is not None) and not _answered(head, res) \
            and head.sent.start - last_agents.get(said, (-AGENT_CARRY_TOKENS - 1,))[0] <= AGENT_CARRY_TOKENS \
            and same_voice(last_agents[said], speaker, res, definite=definite and said != LAST_ATTACK):  # not from one
        # claim into another's (nor, for another word, "the attacks" of any voice: who did them may be disputed)
        return last_agents[said][1]
    elif etype == "Attack" and LAST_ATTACK in last_agents and _weapons_of_the_last_attack(head, last_agents[LAST_ATTACK], res) \
            and (speaker is None or same_voice(last_agents[LAST_ATTACK], speaker, res)):  # (the narrator goes on with it)
        _, carried, voice = last_agents[LAST_ATTACK]
        last_agents[LAST_ATTACK] = (head.sent.start, carried, voice)  # (and the next sentence's strikes may go on with it)
        return carried
    return agents


LAST_ATTACK = "*attack"  # (the key of the last attack with agents in ``last_agents``)


def _answered(noun: Token, res: ReferenceResolver) -> bool:
    """An event noun another answers ("the strikes were retaliation for the attack on the Kerch bridge", "in response
    to the shelling"): the other side's act, not the last one told (which is the answer's)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("for", "to") and noun.head.head.lemma_.lower() in res.cues.answering


def _weapons_of_the_last_attack(verb: Token, last: tuple[int, list[str], str | None], res: ReferenceResolver) -> bool:
    """Weapons whose owner goes unsaid did the attack, in the sentence of the last attack or the one after it, and
    not in answer to another: part of that attack ("The United States struck three sites in Iran. B-2 bombers dropped
    bombs on Fordow, while submarines fired missiles at Natanz"; "Russia launched a massive attack. Missiles hit Kyiv"),
    as do strikes counted ("forces continued to attack ISIL in Syria. Near Kobani, three airstrikes struck a unit"; bare
    "Strikes hit ..." may be another side's)."""
    # (the subject nearest the verb: "Near Kobani, three airstrikes struck": the parser may make the place one too)
    subject = next((c for c in reversed(list(verb.children)) if c.dep_ == "nsubj"), None)
    doc, start = verb.doc, verb.sent.start
    end = start - 1
    while end > 0 and doc[end].is_space:
        end -= 1  # (past a paragraph's line break, which may stand as a sentence of its own)
    before = doc[end].sent.start if start > 0 else start
    return verbal(verb) and subject is not None and last[0] >= before \
        and (subject.lemma_.lower() in res.cues.armament or subject.lower_.rstrip("s") in res.cues.armament
             or (res.cues.triggers.get(subject.lemma_.lower()) == "Attack"
                 and any(c.dep_ == "nummod" for c in subject.children))) \
        and not any(c.dep_ in ("poss", "amod", "compound") and c.i in res.key_at for c in subject.children) \
        and not any(answers_another(c, res.cues) for c in verb.subtree)


def new_event_noun(noun: Token) -> bool:
    """An event noun with an indefinite article: feared or planned, another event than those told before, whose
    agent it does not carry ("Hezbollah has limited its attacks to the border ... an attack on Iranian proxies in
    Syria could change Tehran's calculations"; but "after a targeted strike on a substation" goes on the campaign)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "another") for c in noun.children)


def same_voice(last: tuple[int, list[str], str | None], speaker: str | None, res: ReferenceResolver, *,
               definite: bool = False) -> bool:
    """The last event of the word was told in the same voice, or it was told by the narrator and the
    speaker now is of the side that did it ("India launched missile strikes ... The Indian Defence
    Ministry said the strikes hit ..."), or by the side that did it and ``definite`` "the strikes" of any voice
    point back to it ("..., the Israeli military said. The strikes hit sites near Tehran, according to Iranian media")."""
    _, agents, voice = last
    teller = res.country_of(voice)  # (the side that told it)
    if voice == speaker or (definite and teller is not None and agents and all(res.country_of(a) == teller for a in agents)):
        return True
    side = res.country_of(speaker)
    return voice is None and side is not None and all(res.country_of(a) == side for a in agents)


def told_before(head: Token, etype: str, events: list[EventInfo], res: ReferenceResolver) -> EventInfo | None:
    """For a definite event noun that names no place ("the attack", "this offensive"), the last event of its kind
    (an attack or an assault for either) told as done in its sentence or the two before it, if any (not "militants
    who planned attacks on India ... the strikes"); for an assault, with none of those, the last capture ("gangs
    overran the town ... claimed responsibility for the attack")."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return None
    here = res.sent_index.get(head.i, 0)
    told = [e for e in reversed(events) if e.trigger[0] < head.i and e.modality == "Asserted"
            and here - res.sent_index.get(e.trigger[0], 0) <= TOLD_AGAIN_SENTENCES]
    kind = ({etype} | ASSAULTS) if etype in ASSAULTS else {etype}
    found = next((e for e in told if e.type in kind), None)
    if found is None and etype in ASSAULTS:
        found = next((e for e in told if e.type == "ControlChange"), None)
    return found
