"""Event triggers: the words and phrases of the cue table that name an event (withdraw, retreat,
liberated, counter-offensive, missile strike...), with the event class they stand for and the lemma
kept as the event's framing. Single words by lemma or form and part of speech; multi-word phrases by
a PhraseMatcher built once per vocabulary from the cue table. And the syntax of a trigger found: its
head token, the words hanging on it from outside, whether a verb acts as one.
"""
from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.phrase_repairs import COMPASS_NOUNS
from graph.extraction.transfer_verbs import (GAINING, brought_under_control, cedes, control_come_under, control_gained,
                                             expels)

# where an adjective stands as a noun ("the wounded"), it may name an event
NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "compound", "appos", "attr", "ROOT", "npadvmod", "dep"}


# harm that munitions do is an attack where it is done ("rockets killed civilians in Sisaket"): not every harm verb
# (cues "harm": "threaten", "risk"), only those of a blow struck
HARM_VERBS = {"kill", "wound", "injure", "maim", "damage", "destroy"}
ATTACKERS = {"attacker", "assailant", "bomber", "sniper"}  # who harms by attacking, whoever they are
# a charge that goes off: "a bomb exploded", "a car bomb was detonated", "a mine went off", "a bomber blew himself up"
EXPLODING = {"explode": "", "detonate": "", "go": "off", "blow": "up"}
REFLEXIVES = {"himself", "herself", "themselves"}
STRUCTURES = {"dam", "bridge", "pipeline", "railway", "tunnel", "plant", "building", "depot", "tower"}  # blown up: attacked
FLAG_VERBS = {"raise", "hoist", "plant"}  # a flag raised over a place by troops: they hold it
SENDING_IN = {"send", "pour", "move", "dispatch"}  # "sent troops into Georgia" (not "deployed", often by invitation)


def find_triggers(doc: Doc, res: ReferenceResolver, cues: Cues, phrases: dict[tuple[str, ...], str]):
    """(start, end, event class, framing lemma) for each trigger word or phrase (multi-word ones from
    a PhraseMatcher; where several start at one token, the first in the cue table wins)."""
    i, n = 0, len(doc)
    lemmas = [t.lemma_.lower() for t in doc]
    listed = list(phrases.items())
    at: dict[int, tuple[int, int]] = {}  # start -> (rank in the table, end)
    for match_id, start, end in _phrase_matcher(doc.vocab, tuple(listed))(doc):
        rank = int(doc.vocab.strings[match_id].rsplit("-", 1)[1])
        if start not in at or rank < at[start][0]:
            at[start] = (rank, end)
    while i < n:
        if i in res.key_at:  # inside a name ("Storm-Z", "Kursk Offensive")
            i += 1
            continue
        if i in at:
            rank, end = at[i]
            phrase, etype = listed[rank]
            if (key := "".join(phrase).replace("-", "")) not in cues.place_subject or not _criticised(doc[i:end], res):
                yield i, end, etype, key
            i = end
            continue
        lemma, tok = lemmas[i], doc[i]
        if lemma == "pull" and _pulls_back(tok, cues, res):
            yield i, i + 1, "Withdrawal", "pullback"
        elif lemma in cues.expel_verbs and tok.pos_ == "VERB" and expels(tok, cues, res):
            yield i, i + 1, "ControlChange", "expel"  # "pushed the army out of Lashio": Lashio changed hands
        elif lemma in cues.cede_verbs and tok.pos_ == "VERB" and cedes(tok, cues):
            yield i, i + 1, "ControlChange", lemma  # "lost control of Lashio to an alliance": Lashio changed hands
        elif lemma in ("come", "fall") and tok.pos_ == "VERB" and control_come_under(tok, res) is not None:
            yield i, i + 1, "ControlChange", "comeundercontrol"  # "the village came under Russian control"
        elif lemma == "bring" and tok.pos_ == "VERB" and brought_under_control(tok, res):
            yield i, i + 1, "ControlChange", "bringundercontrol"  # "brought the town (back) under its control"
        elif lemma in GAINING and tok.pos_ == "VERB" and (control := control_gained(tok, res)) is not None:
            word = control.i if lemma == "claim" else i  # (a claim's is the word in what it claims: "claims [control] of")
            yield word, word + 1, "ControlChange", "gaincontrol"  # "gained control of Kidal"
        elif lemma in FLAG_VERBS and tok.pos_ == "VERB" and _flag_raised_by_a_named_side(tok, res):
            yield i, i + 1, "ControlChange", "raiseflag"  # "Ukrainian troops raised the national flag in Kupiansk": taken
        elif lemma in SENDING_IN and tok.pos_ == "VERB" and _sends_forces_into_a_country(tok, cues, res):
            yield i, i + 1, "Offensive", "send"  # "Russia sent troops into Georgia": an invasion
        elif lemma in cues.weapon_verbs and _uses_a_weapon(tok, cues.weapons):
            yield i, i + 1, "Attack", lemma  # "Russia's use of toxic gases", "used cluster munitions"
        elif lemma in cues.munition_verbs and tok.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "nsubjpass") and _a_munition(_antecedent(c), cues) for c in tok.children):
            # "fired rockets at northern Israel", "missiles were launched at Kyiv", "the drones that Russia launched at Kyiv"
            yield i, i + 1, "Attack", lemma
        elif lemma in EXPLODING and tok.pos_ == "VERB" and _goes_off(tok, cues, res):
            yield i, i + 1, "Attack", "explode"  # "a bomb exploded in a market in Peshawar": a bombing
        elif lemma in HARM_VERBS and tok.pos_ == "VERB" and _done_by_munitions(tok, cues, res):
            yield i, i + 1, "Attack", lemma  # "Russian missiles killed 12 people in Dnipro", "gunmen killed"
        elif lemma in cues.triggers or tok.lower_ in cues.triggers:
            key = lemma if lemma in cues.triggers else tok.lower_
            prefixed = f"{doc[i - 2].lower_}{key}" if i > 1 and doc[i - 1].text == "-" else ""
            if prefixed in cues.triggers:  # "counter-attacked": the prefix and the inflected word are one trigger
                yield i - 2, i + 1, cues.triggers[prefixed], prefixed
                i += 1
                continue
            if _names_the_event(tok, key, cues):
                yield i, i + 1, cues.triggers[key], key
        i += 1


def _pulls_back(verb: Token, cues: Cues, res: ReferenceResolver) -> bool:
    """"pulled its troops back": the particle stands apart; "pulled its forces out of Khan Younis", "Israeli forces
    pulled out of Khan Younis", "the rebels pulled out of Goma", whoever pulls out of a town ("Ukraine pulls out of
    Avdiivka"; not "pulled its staff out of Russia", "the US pulled out of the deal")."""
    forces = any(o.dep_ in ("dobj", "nsubj") and (o.lower_ in cues.forces_nouns or o.lemma_.lower() in cues.armed_nonstate)
                 for o in verb.children)
    for part in (c for c in verb.children if c.lower_ in ("back", "out")):
        if part.dep_ in ("prt", "advmod"):
            return True
        out_of = part.dep_ == "prep" and any(g.lower_ in ("of", "from") for g in part.children)
        town = any(res.kind(res.key_at.get(p.i)) == "Place" for g in part.children for p in g.children if p.dep_ == "pobj")
        if out_of and (forces or town):
            return True
    return False


def _with_what_it_counts(noun: Token) -> tuple[Token, ...]:
    """A noun and the nouns its "of" phrase counts or holds ("thousands of troops", "hundreds of protesters", "a
    contingent of troops")."""
    return (noun, *(p for o in noun.children if o.lower_ == "of" for p in o.children))


def _sends_forces_into_a_country(verb: Token, cues: Cues, res: ReferenceResolver) -> bool:
    """Forces or armour sent "into" a country the sender is not ("sent troops into Georgia", "poured tanks into Ukraine",
    "troops were sent into Lebanon"); not reinforcements sent into a town ("sent more troops into Bakhmut")."""
    sent = any(n.lemma_.lower() in cues.forces_nouns | cues.armament or res.armed(res.key_at.get(n.i))
               for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for n in _with_what_it_counts(c))
    senders = {res.country_of(res.key_at.get(c.i)) for c in verb.children if c.dep_ == "nsubj"}
    into = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children if o.dep_ == "pobj"]
    return sent and any(res.kind(key := res.key_at.get(o.i)) == "Country" and res.country_of(key) not in senders for o in into)


def _criticised(span: Span, res: ReferenceResolver) -> bool:
    """Who "came under fire" for something, or a person, a body or a state that did: criticised, not shot at."""
    head = trigger_head(span)
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children) or any(
        c.dep_ == "nsubj" and res.kind(res.key_at.get(c.i)) in ("Person", "Organization", "Country")
        or c.lemma_.lower() in res.cues.role_nouns | res.cues.people_nouns for c in head.children)


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("the drones [that] Russia launched"), or the word itself."""
    return tok.head.head if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" else tok


def _names_the_event(tok: Token, key: str, cues: Cues) -> bool:
    """Whether a word of the trigger table names its event here, by its part of speech and use."""
    only = cues.trigger_pos.get(key)
    if tok.pos_ == "NOUN" and key in cues.of_place_nouns and _of_phrase(tok):
        return True  # "with the fall of Avdiivka"
    if only == "VERB" and tok.pos_ != "VERB":
        return False  # "25,000 shells", "a storm": the noun is no event
    if only == "NOUN" and tok.pos_ == "VERB":
        return False  # "the experience it gained in Chechnya": the verb is no event
    if key in cues.state_participles and _modifies_a_noun(tok):
        return False  # "in occupied Ukraine": how the place is, not an event
    if tok.pos_ == "VERB" and any(n.lemma_.lower() in cues.crowds for c in tok.children if c.dep_ == "nsubj"
                                  for n in _with_what_it_counts(c)):
        return False  # "(hundreds of) protesters stormed the parliament": no armed act
    return tok.pos_ in ("VERB", "NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ in NOUN_DEPS)


def with_light_verb(head: Token, cues: Cues) -> list[Token]:
    """An event noun and the light verb whose object it is, if any ("launched an offensive"): where the
    noun's phrases may hang."""
    return [head, head.head] if head.dep_ == "dobj" and head.head.lemma_.lower() in cues.light else [head]


def _uses_a_weapon(tok, weapons: frozenset[tuple[str, ...]]) -> bool:
    """Whether the verb (or the noun "use") has a weapon of the cue table as what it uses: its object,
    its passive subject, the noun it describes ("chemical weapons used at the front") or, for the
    noun, what follows "of"."""
    if tok.pos_ == "NOUN":
        used = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    elif tok.pos_ == "VERB":
        used = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "acl":
            used.append(tok.head)
    else:
        return False
    return any(_is_weapon(noun, weapons) for noun in used)


def _is_weapon(noun, weapons: frozenset[tuple[str, ...]]) -> bool:
    """The noun with its modifiers ("toxic gases", "cluster munitions") ends with a weapon of the table."""
    words = [c.lemma_.lower() for c in noun.lefts if c.dep_ in ("amod", "compound")] + [noun.lemma_.lower()]
    return any(tuple(words[-len(w):]) == w for w in weapons if len(w) <= len(words))


def _modifies_a_noun(tok) -> bool:
    """A past participle that modifies the noun after it ("occupied Ukraine"), or stands right after a
    preposition, adverbs aside, whatever the tagger and parser made of it ("in temporarily occupied
    Henichesk": no finite verb follows "in")."""
    if tok.tag_ not in ("VBN", "VBD"):
        return False
    i = tok.i - 1
    while i >= 0 and tok.doc[i].pos_ == "ADV":
        i -= 1
    return tok.dep_ == "amod" or (i >= 0 and tok.doc[i].pos_ == "ADP")


def _of_phrase(tok) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


_MATCHERS: dict[tuple[int, tuple], PhraseMatcher] = {}


def _phrase_matcher(vocab, phrases: tuple[tuple[tuple[str, ...], str], ...]) -> PhraseMatcher:
    """A PhraseMatcher (on lower case) of the multi-word triggers, built once per vocabulary."""
    key = (id(vocab), phrases)
    if key not in _MATCHERS:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        for rank, (phrase, _) in enumerate(phrases):
            matcher.add(f"trigger-{rank}", [Doc(vocab, words=list(phrase))])
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


ROUNDS = {"round", "volley"}  # what a weapon fires, named by the weapon ("mortar rounds"; not "a missile attack")


def fired_by_a_verb(noun: Token, cues: Cues) -> bool:
    """An event noun that is the munition a firing verb fires ("fired a barrage of rockets"): the verb
    is the attack, where it was fired at."""
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in cues.munition_verbs \
        and _a_munition(noun, cues)


def _done_by_munitions(verb: Token, cues: Cues, res: ReferenceResolver) -> bool:
    """Munitions or armed attackers do the harm: the verb's subject, or its agent when passive ("were killed by
    Russian drones", "gunmen killed 26 men at a tourist site", "gangs killed 70 people in Pont-Sonde", "its troops had
    killed the group's leader in Rafah"), also as the pronoun of the phrase that reports it ("the rebels said they had
    killed dozens of soldiers")."""
    doers = [res.subject_word(c) for c in verb.children if c.dep_ == "nsubj"] + [
        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    armed = cues.armed_nonstate | cues.armed_bands | cues.forces_nouns | ATTACKERS
    return any(_a_munition(d, cues) or {d.lemma_.lower(), d.lower_} & armed for d in doers)  # ("fighters": as written)


def _goes_off(verb: Token, cues: Cues, res: ReferenceResolver) -> bool:
    """A munition explodes or is set off ("a bomb exploded", "a car bomb was detonated", "a roadside bomb went off"), or
    an attacker blows themself up ("a suicide bomber blew himself up"), or the armed blow up a structure ("troops blew up a
    bridge"; not engineers who blow up an old water tower)."""
    particle = EXPLODING[verb.lemma_.lower()]
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if particle == "up":  # (or a dam, a bridge or a site blown up by the armed: "accused Russian troops of blowing up the dam")
        if verb.dep_ == "pcomp":  # whom "accused ... of" names, however the parser hung "of"
            held = verb.head.head
            subjects += [held] if held.pos_ in ("NOUN", "PROPN") else [c for c in held.children if c.dep_ == "dobj"]
        armed = [s for s in subjects if {s.lemma_.lower(), s.lower_} & (ATTACKERS | cues.armed_nonstate | cues.forces_nouns
                                                                           | {"saboteur"})
                 or res.kind(res.key_at.get(s.i)) == "Country" or res.armed(res.key_at.get(s.i))]
        return bool(armed) and any(c.dep_ == "dobj" and (c.lemma_.lower() in STRUCTURES or c.pos_ == "PROPN"
                                                         or c.lower_ in REFLEXIVES) for c in verb.children)
    return any(_a_munition(s, cues) or s.lemma_.lower() in ("device", "explosive", "charge", "mine", "ied")
               for s in subjects)


def _a_munition(tok: Token, cues: Cues) -> bool:
    """A munition, rounds of one or of a weapon ("mortar rounds", "two tank rounds"), or a number or a
    wave of munitions ("a new wave of missiles", "dozens of drones")."""
    return tok.lemma_.lower() in cues.munitions or (tok.lemma_.lower() in ROUNDS and any(
        c.dep_ == "compound" and c.lemma_.lower() in cues.munitions | cues.armament for c in tok.children)) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _a_munition(o, cues) for o in c.children)
               for c in tok.children)


def _flag_raised_by_a_named_side(verb: Token, res: ReferenceResolver) -> bool:
    """A flag raised by a subject whose side is named ("Ukrainian troops raised the flag", "the RSF hoisted its flag"):
    not bare "soldiers" a video shows ("Russian media showed soldiers raising a flag"), whose side is a guess."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "flag" for c in verb.children) and any(
        s.dep_ == "nsubj" and (s.i in res.key_at or any(
            m.dep_ in ("amod", "compound", "poss") and (m.i in res.key_at or res.gaz.country_of_adjective(m.text))
            for m in s.children)) for s in verb.children)


def verbal(head: Token) -> bool:
    """A verb acting as one: not a gerund standing as a noun ("Russian shelling damaged a school")."""
    return head.pos_ == "VERB" and not (head.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))


# the edge of a place, not the place: who enters it has not taken the town ("entered the outskirts of Pokrovsk")
EDGE_WORDS = {"outskirt", "outskirts", "edge", "edges", "fringe", "fringes", "approach", "approaches", "environs", "vicinity",
              "suburb", "suburbs"}


def at_its_edge(head: Token) -> bool:
    """A verb whose object, or the object of its "into", is a place's edge ("entered the southern outskirts of
    Pokrovsk", "pushed into the edge of the town")."""
    objects = [c for c in head.children if c.dep_ == "dobj"] + [o for p in head.children if p.dep_ == "prep"
                                                                 and p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in EDGE_WORDS for o in objects)


NEAR_TAKEN = {"village", "settlement", "hamlet", "town", "position", "height", "ground", "territory"}  # near X: no fall of X


def taken_near(head: Token) -> bool:
    """A capture of an unnamed village or position near a place ("captured a village near Pokrovsk", "the capture of
    positions outside Bakhmut", "regained positions east of X"): an advance on the place, not its fall (not "the village of
    X near Pokrovsk")."""
    objects = [c for c in head.children if c.dep_ == "dobj"] + [o for p in head.children if p.dep_ == "prep"
                                                                 and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # (the parser may hang the "near" phrase higher: "Russia claims capture of village near Pokrovsk")
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in NEAR_TAKEN and not any(p.lower_ == "of" for p in o.children)
               and _near_after(o) for o in objects)


def _near_after(noun: Token) -> bool:
    """What follows the noun puts it near a place: "near", "outside", "around", or a compass word and "of" ("positions
    east of Kruhlyakivka")."""
    doc, k = noun.doc, noun.i + 1
    return k < len(doc) and (doc[k].lower_ in ("near", "outside", "around") or (
        doc[k].lower_ in COMPASS_NOUNS and k + 1 < len(doc) and doc[k + 1].lower_ == "of"))


def trigger_head(span: Span) -> Token:
    """The token that carries the trigger's syntax (multi-token triggers: the one outside-governed)."""
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    return outside[-1] if outside else span[-1]


def outside_children(span: Span):
    """The children of a trigger's tokens that lie outside the trigger."""
    for tok in span:
        for child in tok.children:
            if child.i < span.start or child.i >= span.end:
                yield child


def names_an_attack(noun: Token, cues: Cues) -> bool:
    """An attack's noun, alone or with the word before it ("shelling", "mortar fire"). (A capitalised
    plural opening a paragraph, "Airstrikes hit ...", is a common noun with its lemma by then: the
    attribute ruler, graph.extraction.model.correct_lemmas.)"""
    before = noun.doc[noun.i - 1] if noun.i else None
    return cues.triggers.get(noun.lemma_.lower()) == "Attack" or (
        before is not None and before.head.i == noun.i
        and cues.triggers.get(f"{before.lower_} {noun.lower_}") == "Attack")


def attacker_before(modifier: Token, cues: Cues) -> bool:
    """A name before an attack noun that has a target of its own says who attacked, not where ("U.S. strikes on its
    nuclear sites"; "the Gaza strikes" are where); so do a state's initials, used as its adjective, before an attack's
    or an offensive's noun ("backed by U.S. air strikes", "UK missile strikes", "the biggest U.S. military operation in
    the Middle East")."""
    noun = modifier.head
    initials = modifier.text.replace(".", "")
    abbreviated = initials.isupper() and initials.isalpha() and len(initials) <= 4
    return modifier.dep_ in ("compound", "nmod") and noun.i > modifier.i and (names_an_attack(noun, cues) and (
        abbreviated or any(p.dep_ == "prep" and p.lower_ in ("on", "against") for p in noun.children))
        or (abbreviated and cues.triggers.get(noun.lemma_.lower(), "").startswith("Offensive")))
