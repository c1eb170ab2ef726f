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
from graph.extraction.event_time import event_date_text, is_current
from graph.extraction.triggers import find_triggers

DESTINATION_PREPS = {"to", "toward", "towards", "into"}  # where a withdrawal goes is not where it happened
EXCLUDED_PREPS = {"above", "below", "behind", "beyond", "with", "for", "by", "after", "since", "despite", "amid", "before", "during", "like", "than",
                  "against", "about", "because", "including", "between", "among", "under", "unlike", "as", "per"}
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "nsubj", "nsubjpass",
               "agent", "mark", "punct", "cc", "appos"}


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


def find_events(doc: Doc, res: ReferenceResolver, cues: Cues, claims: list[ClaimInfo]) -> list[EventInfo]:
    events: list[EventInfo] = []
    phrases = cues.trigger_phrases()
    for trig in find_triggers(doc, res, cues, phrases):
        start, end, etype, lemma = trig
        if is_headline(doc[start].sent):
            continue
        head = _head(doc[start:end])
        claim_index = next((n for n, c in enumerate(claims) if c.content[0] <= doc[start].idx < c.content[1]), None)
        speaker = claims[claim_index].speaker if claim_index is not None else None
        places = _places(doc[start:end], head, res, cues, lemma, etype)
        if not places:
            continue
        agents = _agents(doc[start:end], head, res, cues, speaker, lemma, etype)
        if lemma in cues.military_only and not any(res.kind(a) == "MilitaryUnit" for a in agents) \
                and not (lemma in cues.of_place_nouns and head.pos_ == "NOUN"):
            continue
        modality = _modality(head, cues, in_claim=claim_index is not None)
        if claim_index is not None and claims[claim_index].deny and modality == "Asserted":
            modality = "Negated"
        date_text, current = event_date_text(head), is_current(head)
        for place in places:
            extent = _extent(doc, start, end, place, agents, res)
            events.append(EventInfo(type=etype, trigger=(start, end), framing=cues.frames.get(lemma, lemma), place=place,
                                    agents=agents,
                                    modality=modality, extent=extent, claim=claim_index, date_text=date_text,
                                    current=current))
    return events


def _head(span: Span) -> Token:
    """The token that carries the trigger's syntax (multi-token triggers: the one outside-governed)."""
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head is t]
    return outside[-1] if outside else span[-1]


def _children(span: Span):
    for tok in span:
        for child in tok.children:
            if child.i < span.start or child.i >= span.end:
                yield child


def _places(span: Span, head: Token, res: ReferenceResolver, cues: Cues, lemma: str, etype: str) -> list[str]:
    """Place mentions in the trigger's object and place phrases, most specific first."""
    roots: list[Token] = []
    verbal = head.pos_ == "VERB"
    excluded = EXCLUDED_PREPS | (DESTINATION_PREPS if etype == "Withdrawal" else {"from"})
    object_only = lemma in cues.object_place and verbal
    objects = [c for c in _children(span) if c.dep_ in ("dobj", "nsubjpass")]
    if etype == "ControlChange" and any(o.lemma_.lower() in cues.people_nouns or res.kind(res.key_at.get(o.i)) == "Person"
                                        for o in objects):
        return []  # "capturing mayors in Melitopol" takes people, not a place
    for child in _children(span):
        dep = child.dep_
        if object_only and dep not in ("dobj", "nsubjpass"):
            continue
        if dep == "prep" and child.lower_ not in excluded:
            roots.append(child)
        elif dep in ("dobj", "npadvmod", "advmod", "compound", "nmod", "amod", "attr", "oprd"):
            roots.append(child)
        elif dep == "poss" and res.kind(res.key_at.get(child.i)) == "Place" and res.as_actor(res.key_at.get(child.i)) is None:
            roots.append(child)  # "Bakhmut's fall" (a state's or capital's possessive is its agent: "Moscow's offensive")
        elif dep in ("nsubjpass",) and verbal:
            roots.append(child)  # "the village has been retaken"
        elif dep == "nsubj" and lemma in cues.place_subject:
            roots.append(child)  # "Bakhmut fell"
    described = head.head if verbal and head.dep_ == "acl" and head.tag_ == "VBN" else None
    if described is not None:
        roots.append(described)  # "Avdiivka, the city recently captured by Russian forces"
    if not verbal and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in cues.light:
        light = head.head
        roots += [c for c in light.children if c.dep_ == "prep" and c.lower_ not in excluded]
    if not verbal and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"):
        # a place phrase right after the noun belongs to it, whatever the parser attached it to
        # ("called the retreat from Balakliia a rout")
        nxt = head.right_edge.i + 1
        if nxt < len(head.doc) and head.doc[nxt].dep_ == "prep" and head.doc[nxt].lower_ not in excluded \
                and head.doc[nxt].head is not head:
            roots.append(head.doc[nxt])
    if not verbal and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lemma_.lower() in cues.light:
        roots += [c for c in head.head.head.children if c.dep_ == "prep" and c.lower_ not in excluded
                  and c is not head.head]
    ranked: list[tuple[int, str]] = []
    for root in roots:
        rank = 0 if _core_role(root, etype) else 1
        for tok in _phrase(root, res, excluded):
            key = res.key_at.get(tok.i) or res.capital_of(tok)  # "pulled back from the Ukrainian capital"
            if key is None and tok is root and (root.dep_ in ("nsubjpass", "nsubj", "dobj") or root is described):
                key = res.place(root)  # "it was recaptured", "the village has been retaken"
            if key and res.kind(key) in ("Place", "Country"):
                ranked.append((rank, key))
    best = min((r for r, _ in ranked), default=0)
    keys = list(dict.fromkeys(k for r, k in ranked if r == best))
    return _most_specific(keys, res)


CORE_PREPS = {
    "Withdrawal": {"from", "out", "of"},
    "ControlChange": {"of", "over"},
    "Attack": {"on", "at", "against", "of"},
    "Offensive": {"on", "toward", "towards", "against", "into", "around", "near", "in", "of", "at"},
}


def _core_role(root: Token, etype: str) -> bool:
    """Whether a phrase fills the event's own place role ("from" for a withdrawal, the object of a
    capture, "on" for a strike), rather than locating the whole sentence ("in the Black Sea")."""
    if root.dep_ in ("dobj", "nsubjpass", "nsubj", "compound", "poss", "nmod", "amod"):
        return etype != "Withdrawal" or root.dep_ in ("dobj", "compound", "amod", "nmod")
    return root.dep_ == "prep" and root.lower_ in CORE_PREPS.get(etype, set())


def _most_specific(keys: list[str], res: ReferenceResolver) -> list[str]:
    """Drop the containers of other places: the country ("Kharkiv, Ukraine's second city") and a region
    named as such ("... Balakliia and Kupiansk in the Kharkiv region")."""
    specific = [k for k in keys if res.kind(k) == "Place"] or keys
    regions = {k for k in specific if res.region_mention(k)}
    inner_admin = {res.entities[k].entry.admin1 for k in specific
                   if k not in regions and res.entities[k].entry is not None and res.entities[k].entry.admin1}
    return [k for k in specific if not (k in regions and res.entities[k].entry is not None
                                       and res.entities[k].entry.admin1 in inner_admin)] or specific


def _phrase(root: Token, res: ReferenceResolver, excluded: set[str]):
    """Tokens of a phrase, without the clauses and the unrelated place phrases hanging off it, and
    without the locators of a place ("Snake Island in the Black Sea" is Snake Island)."""
    todo = [root]
    while todo:
        tok = todo.pop()
        yield tok
        is_place = res.kind(res.key_at.get(tok.i)) in ("Place", "Country")
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ in excluded or is_place):
                continue  # "a region just above the Crimea", "towards Donetsk" for a withdrawal
            if c.dep_ not in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")) \
                    or (c.dep_ == "appos" and tok is not root):
                todo.append(c)


def _agents(span: Span, head: Token, res: ReferenceResolver, cues: Cues, speaker: str | None, lemma: str, etype: str) -> list[str]:
    subject = _agent_phrase(head, cues, lemma, etype)
    found: list[str] = []
    for phrase in subject:
        key = res.resolve(phrase, speaker)
        if key is not None:
            found.append(key)
    if not found and head.pos_ != "VERB":
        # a noun: "Russia's storming", "the Russian withdrawal", "Wagner offensive", "withdrawal of Russian troops"
        for child in _children(span):
            key = None
            if child.dep_ in ("compound", "nmod") and res.kind(res.key_at.get(child.i)) in ("Place", "Country"):
                continue  # "the Ukraine invasion", "the Kherson counteroffensive": where, not who
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                key = res.key_at.get(child.i) or res.resolve(child, speaker)
                if key is None and child.text[:1].isupper():
                    iso = res.gaz.country_of_adjective(child.text)
                    key = res.country_key(iso) if iso else None  # "the Russian withdrawal": Russia, then its forces
            elif child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by"):
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                place = pobj and child.lower_ == "of" and res.kind(res.key_at.get(pobj[0].i)) in ("Place", "Country")
                if pobj and not place:  # "the invasion of Ukraine": Ukraine is where, not who
                    key = res.resolve(pobj[0], speaker)
            if key is not None:
                found.append(key)
        if not found and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in cues.light:
            for subj in head.head.children:
                if subj.dep_ == "nsubj":
                    key = res.resolve(subj, speaker)
                    if key:
                        found.append(key)
        if not found and speaker is not None:
            forces = res.gaz.forces_of(res.country_of(speaker))
            if forces is not None and res.mentioned(forces.gid):
                found.append(forces.gid)  # "the ministry announced the withdrawal": its own side's
    out: list[str] = []
    for key in found:
        key = _military(key, res)
        if key and key not in out and res.kind(key) != "Place":
            out.append(key)
    return out


def _agent_phrase(verb: Token, cues: Cues, lemma: str, etype: str) -> list[Token]:
    """The phrase(s) naming who acts, for a verb trigger (passives, control verbs, conjunctions)."""
    if verb.pos_ != "VERB":
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
            if lemma in cues.place_subject:
                return []
            return subj + [c for c in subj[0].children if c.dep_ == "conj"]
        head = tok.head
        if tok.dep_ == "xcomp" and cues.control.get(head.lemma_.lower()) == "object":
            obj = [c for c in head.children if c.dep_ == "dobj"]
            if obj:
                return obj
        if tok.dep_ in ("xcomp", "conj", "advcl") and head is not tok:
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
    withdraw", "an attempt to take Kyiv") unless its governor asserts it ("forced them to retreat").
    """
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            return "Negated"
        if child.dep_ == "aux":
            if low in ("will", "shall", "'ll", "’ll"):
                return "Planned"
            if low in cues.hypothetical and not (low == "would" and in_claim):
                return "Hypothetical"
        if child.dep_ == "mark" and low in cues.hypothetical:
            return "Hypothetical"
        if child.dep_ == "amod" and child.lemma_.lower() in cues.planned:
            return "Planned"
    head = tok.head
    if depth >= 3 or head is tok:
        return "Asserted"
    governor = head.lemma_.lower()
    indefinite = tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children)
    if indefinite and tok.dep_ in ("nsubj", "nsubjpass", "attr"):
        # "an invasion would be a disaster", "an invasion was not imminent"
        for child in head.children:
            if child.dep_ == "neg":
                return "Negated"
            if child.dep_ == "aux" and child.lower_ in cues.hypothetical | cues.planned:
                return "Hypothetical"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if infinitive and tok.dep_ in ("xcomp", "acl", "advcl", "ccomp"):
        if governor in cues.asserting:
            return _modality(head, cues, in_claim, depth + 1)
        return "Negated" if governor in cues.negated else "Planned"
    if tok.dep_ in ("pobj", "pcomp"):  # "prevented them from taking", "plans for an offensive"
        governor = head.head.lemma_.lower() if head.dep_ == "prep" else governor
        return "Negated" if governor in cues.negated else "Planned" if governor in cues.planned else "Asserted"
    if tok.dep_ == "dobj" and governor in cues.negated | cues.planned:
        return "Negated" if governor in cues.negated else "Planned"
    if tok.dep_ == "conj" or (tok.dep_ == "dobj" and governor in cues.light):
        return _modality(head, cues, in_claim, depth + 1)
    return "Asserted"


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
