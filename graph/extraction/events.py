"""Events: withdrawals, offensives, changes of control and attacks, with agent, place and modality.

A trigger is a verb or noun from the cue list (withdraw, retreat, regrouped, liberated, retook, counter-offensive,
shelling...). Its places are the place mentions in its object and its place phrases ("from Kherson", "around Izyum", "the
Kherson counteroffensive"); one event is made per place. Its agent comes from :mod:`graph.extraction.event_agents` (the
subject, the "by" phrase of a passive, the possessor of a noun: "Russia's storming"). Events under "plan", "attempt", "could",
"if" or a negation keep that modality rather than being asserted, and the word used for the event is kept as its framing. An
event told again ("the attack", "five strikes") is read by :mod:`graph.extraction.event_anaphora`.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from graph.cues import Cues
from graph.extraction.claims import ClaimInfo
from graph.extraction.coref import ReferenceResolver
from graph.extraction.doctext import asks_whether, is_headline
from graph.extraction.event_agents import armed_subject, attack_noun_of, event_agents, speaks_for_the_doer
from graph.extraction.event_anaphora import carried_agents, new_event_noun, told_before
from graph.extraction.event_deeds import harm_done
from graph.extraction.event_places import event_places
from graph.extraction.event_time import took_time
from graph.extraction.news_time import is_current, report_date_text, told_ahead, told_as_recent
from graph.extraction.listed_places import dated_places
from graph.extraction.place_cues import names_a_munition
from graph.extraction.place_choice import container_place
from graph.extraction.triggers import at_its_edge, find_triggers, fired_by_a_verb, trigger_head

COPULAS = {"be", "remain", "seem", "appear", "look"}  # "an assault remains unlikely": as "is unlikely"
CAUSATIVES = {"help", "let", "make"}  # whose bare infinitive is as real as they are ("to help Russia push")


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
    news_date_text: str | None = None  # for a recent event, the date of the report that tells of it
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
        if head.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in cues.figurative
                                       for c in head.children):
            continue  # "a charm offensive", "went on the verbal attack"
        if _rehearsed(head, cues):
            continue  # "fired missiles at a mock target in the drills"
        claim_index = next((n for n, c in enumerate(claims) if c.content[0] <= doc[start].idx < c.content[1]), None)
        speaker = claims[claim_index].speaker if claim_index is not None else None
        places = event_places(doc[start:end], head, res, cues, lemma, etype)
        # who condemns an act is not who did it, nor who denies being encircled (:func:`speaks_for_the_doer`)
        voice = None if claim_index is not None and not speaks_for_the_doer(claims[claim_index], lemma, cues) else speaker
        at_home = etype == "Attack" and bool(places) and res.country_of(voice) is not None \
            and all(res.country_of(p) == res.country_of(voice) for p in places)
        agents = event_agents(doc[start:end], head, res, cues, voice, lemma, etype, at_home=at_home)
        if etype == "Attack":  # a state is no target of its own attack ("Iran fires barrage of missiles at
            places = [p for p in places if p not in agents or res.kind(p) != "Country"]  # Israel", Iran read as a modifier)
        own, agents = agents, carried_agents(head, agents, attack_noun_of(head, cues), lemma, last_agents, speaker, res, etype)
        if not places:  # "The attack was carried out by X": the event told just before, by X
            if (prior := told_before(head, etype, events, res)) is not None and not prior.agents and agents:
                prior.agents.extend(agents)
            continue
        if lemma in cues.military_only and not _armed_agent(head, agents, res) \
                and not (lemma in cues.of_place_nouns and head.pos_ == "NOUN") and not armed_subject(head, cues, res):
            continue
        modality = _modality(head, cues, in_claim=claim_index is not None)
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
            # who enters a country or region invades it ("entered the Kursk region"), a town's edge nears it; a town, takes it
            invaded = lemma in cues.country_offensive and etype == "ControlChange" and (container_place(place, res)
                                                                                       or at_its_edge(head))
            events.append(EventInfo(type="Offensive" if invaded else etype, trigger=(start, end), framing=cues.frames.get(lemma, lemma), place=place,
                                    agents=agents,
                                    modality=modality, extent=extent, claim=claim_index, date_text=date_text,
                                    current=current, recent=recent, ahead=modality != "Asserted" and told_ahead(head),
                                    news_date_text=report_date_text(head) if recent else None))
    return events


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


def _plan_denied(plan: Token) -> bool:
    """A plan said not to exist: "no plans", "no intention", "did not intend", "does not have plans"."""
    owner = plan.head if plan.dep_ in ("dobj", "attr") else plan
    return any(c.dep_ == "det" and c.lower_ == "no" for c in plan.children) or any(
        c.dep_ == "neg" for c in (*plan.children, *owner.children))


def _held_modality(head: Token, cues: Cues, in_claim: bool, depth: int) -> str:
    """The modality of an event a preposition (``head``) hangs on what holds it: "prevented them from
    taking", "plans for an offensive", "fears of an invasion", "no intention of occupying"."""
    holder = head.head if head.dep_ == "prep" else head
    governor = holder.lemma_.lower()
    if head.lower_ == "from" and governor in cues.preventing:  # kept from it; unless the keeping failed
        keeping = _modality(holder, cues, in_claim, depth + 1)
        return {"Asserted": "Negated", "Negated": "Asserted"}.get(keeping, "Hypothetical")
    if head.lower_ in ("including", "like") and holder.pos_ in ("NOUN", "PROPN"):
        # "preparing for missions, including an operation"; "possibly including a strike" says its own
        return _marked_modality(head, cues, in_claim) or _modality(holder, cues, in_claim, depth + 1)
    if head.lower_ in cues.time_preps and holder.pos_ in ("VERB", "AUX"):
        # the time of another event: as real as that one's auxiliaries make it, whatever its verb says
        # ("after the invasion, sanctions failed"; "before launching an attack, Moscow would ...")
        return _marked_modality(holder, cues, in_claim) or "Asserted"
    if governor in cues.planned and _plan_denied(holder):
        return "Negated"  # "had no intention of occupying Lebanon"
    return ("Negated" if governor in cues.negated else "Planned" if governor in cues.planned
            else "Hypothetical" if governor in cues.hypothetical
            else _marked_modality(head, cues, in_claim) or "Asserted")  # "possibly including a strike"


def _modality(tok: Token, cues: Cues, in_claim: bool = False, depth: int = 0) -> str:
    """Asserted, Negated, Planned or Hypothetical, from the trigger's auxiliaries and what governs it.

    "would" in reported speech is the reported "will" of an announcement ("said troops would be
    regrouped") and does not make the event hypothetical. An infinitive is planned ("decided to
    withdraw", "an attempt to take Kyiv", "on how to bomb the bridge") unless its governor asserts it
    ("forced them to retreat").
    """
    marked = _marked_modality(tok, cues, in_claim)
    if not marked and depth == 0 and asks_whether(tok.sent):
        return "Hypothetical"  # "does the United States support an Israeli ground operation?"
    head = tok.head
    if marked or depth >= 3 or head.i == tok.i:
        return marked or "Asserted"
    governor = head.lemma_.lower()
    if (_unspecific(tok) or _weighed(tok, cues)) and tok.dep_ in ("nsubj", "nsubjpass", "attr"):
        # "an invasion would be a disaster", "an invasion was not imminent", "Russian invasion will be
        # resisted" (a known event has its article or possessor: "Russia's invasion will be remembered")
        for child in head.children:
            if child.dep_ == "neg":
                return "Negated"
            if child.dep_ == "aux" and child.lower_ in cues.hypothetical | cues.planned:
                return "Planned" if child.lower_ in cues.planned else "Hypothetical"
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and governor in COPULAS and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.hypothetical | cues.planned for c in head.children):
        return "Hypothetical"  # "an attack is highly likely", "an assault remains unlikely"
    if tok.dep_ == "attr" and governor == "be":
        return _modality(head, cues, in_claim, depth + 1)  # "it is going to be the biggest strike"
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and governor in cues.occurrence:
        return _modality(head, cues, in_claim, depth + 1)  # "airstrikes may resume", "the assault began"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    # ("a counteroffensive to retake X"; not "the first army to enter Berlin", which did)
    first = tok.dep_ == "relcl" and any(c.lower_ in ("first", "last", "only") or c.tag_ == "JJS" for c in head.children)
    if infinitive and tok.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp", "pcomp") and not first:
        perfect = tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
        if governor in cues.asserting or (perfect and governor in cues.report) or took_time(head):
            return _modality(head, cues, in_claim, depth + 1)  # (what one "claimed to have captured" is told as done)
        failed = any(c.dep_ == "amod" and {c.lemma_.lower(), c.lower_} & cues.negated for c in head.children)
        failed = failed or (governor in cues.planned and _plan_denied(head))  # "no plans to withdraw"
        return "Negated" if governor in cues.negated or failed else "Planned"  # "a failed attempt to retake it"
    harmed = harm_done(tok, cues)
    if harmed is not None:  # "killed by airstrikes", "the risk from Israel's operations": as real as the harm
        return _modality(harmed, cues, in_claim, depth + 1)
    if tok.dep_ in ("pobj", "pcomp"):  # "prevented them from taking", "plans for an offensive", "fears of an invasion"
        return _held_modality(head, cues, in_claim, depth)
    if tok.dep_ in ("ccomp", "xcomp", "dobj") and head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in head.children) \
            and (tok.pos_ == "VERB" or governor in cues.report):
        # "did not confirm entering the town", "did not say troops had left", "did not confirm the fall
        # of the city": unconfirmed
        return "Hypothetical"
    return _governed_modality(tok, head, cues, in_claim, depth)


def _governed_modality(tok: Token, head: Token, cues: Cues, in_claim: bool, depth: int) -> str:
    """The modality of an event noun its verb governs as its object, of a conjunct or apposition, or of
    a clause an "unless" or "until" hangs on a verb still to come."""
    governor = head.lemma_.lower()
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if tok.dep_ in ("acl", "ccomp") and governor in cues.said_nouns and _called_false(head, cues):
        return "Negated"  # "rejected claims that its troops had withdrawn", "reports that ... were false"
    if tok.dep_ in ("acl", "ccomp") and governor in cues.evidence_nouns \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return "Hypothetical"  # "there is no evidence that Ukrainian forces shelled Donetsk": unconfirmed
    if tok.dep_ == "advcl" and "unless" in marks:
        return "Hypothetical"  # "the army will withdraw unless ..."
    if tok.dep_ == "advcl" and marks & {"until", "till"} and _marked_modality(head, cues, False) is not None:
        return "Planned"  # "the army would not stop until it had liberated Tripoli": still to come
    # (the object of "call" is named, not called for: "called the fall of Goma a historic day")
    if (tok.dep_ == "dobj" or (tok.dep_ == "ccomp" and governor == "deny")) and not _dated_past(tok) and governor != "call" \
            and governor in cues.negated | cues.planned | cues.hypothetical:
        # "demanding the withdrawal of NATO", "officials fear an offensive", "a general denied that troops were encircled"
        return "Negated" if governor in cues.negated else "Planned" if governor in cues.planned else "Hypothetical"
    if tok.dep_ == "ccomp" and governor in cues.planned and _subjunctive(tok):
        return "Planned"  # "demanded that Russia withdraw its troops", "urged that troops be pulled back"
    if tok.dep_ in ("conj", "appos", "acomp") or (tok.dep_ == "dobj" and governor in cues.light) \
            or (tok.dep_ in ("ccomp", "xcomp") and tok.tag_ == "VB" and governor in CAUSATIVES):
        # ("will be able to retake it": as real as "will be"; "sent troops to help Russia push them out": as "help")
        return _modality(head, cues, in_claim, depth + 1)
    if tok.dep_ == "dobj" and tok.lemma_.lower() in cues.triggers and _unspecific(tok) \
            and (marked := _marked_modality(head, cues, in_claim)):
        # "would not support a strike on Iran", "could back an offensive": an event the verb only weighs is
        # as unreal as the verb (negating the backing does not negate the strike)
        return "Hypothetical" if marked == "Negated" else marked
    return "Asserted"


def _called_false(said: Token, cues: Cues) -> bool:
    """A report, claim or rumour the sentence calls false: the object of a denial ("rejected claims that its
    troops had withdrawn", "dismissed reports that rebels took X") or the subject of a falsehood ("reports that
    the army had abandoned Bakhmut were false", "claims that ... are a lie")."""
    verb = said.head
    if said.dep_ in ("dobj", "nsubjpass"):
        return verb.lemma_.lower() in cues.negated | cues.rebuttal
    return said.dep_ == "nsubj" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.falsehoods
                                        for c in verb.children)


def _subjunctive(verb: Token) -> bool:
    """A clause verb in its bare form, as a demand puts what it asks for ("that Russia withdraw", "that
    troops be pulled back"; not "that troops withdrew", "that Russia has withdrawn")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VB" and not aux) or (verb.tag_ == "VBN" and [a.lower_ for a in aux] == ["be"])


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


def _dated_past(tok: Token) -> bool:
    """An event noun whose possessor is a past time: "used to plan last month's attack", "planned
    Sunday's strike" (it happened, whatever the planning; not "next week's offensive")."""
    return any(c.dep_ == "poss" and c.ent_type_ == "DATE" and not any(
        t.lower_ in ("next", "coming", "upcoming", "tomorrow") for t in c.subtree) for c in tok.children)


def _weighed(tok: Token, cues: Cues) -> bool:
    """An event noun "of" a place that a modal verb weighs the consequences of: "the fall of Homs would
    cut Damascus off" (not "could have been prevented": that one happened; where the article tells it
    happened, that mention makes the event real)."""
    aux = [c for c in tok.head.children if c.dep_ == "aux"]
    return tok.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
        and any(a.lower_ in cues.hypothetical for a in aux) and not any(a.lemma_ == "have" for a in aux)


def _unspecific(tok: Token) -> bool:
    """An event noun that points to no known event: with "a", "an", "any" or no determiner at all ("an
    invasion", "any incursion", a headline's "Russian invasion"), not "the invasion" or "Russia's invasion"."""
    if tok.pos_ != "NOUN":
        return False
    determiners = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    return all(d in ("a", "an", "any") for d in determiners)


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
            if low == "would" and in_claim and tok.lemma_.lower() in cues.triggers \
                    and not any(c.dep_ in ("auxpass", "neg") for c in tok.children):
                return "Planned"  # the reported "will" of a vow ("said the army would retake Nasir"), not of a move
                # announced as made ("said troops would be regrouped")
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
