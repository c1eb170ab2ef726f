"""Who did an event: the subject of its verb (or the "by" phrase of a passive, the object of "forced ... to retreat", the
subject of a control verb), the possessor or modifier of its noun ("Russia's storming", "the Russian withdrawal", "the
withdrawal of Russian troops"), the group that claimed it, or the reporting side's own forces; a state acting militarily is
its armed forces when the article names them, and a general staff's acts ("its troops had withdrawn") are its army's."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graph.cues import Cues
from graph.extraction.agent_phrases import agent_phrase, own_arms
from graph.extraction.blamed_parties import claimed_responsibility
from graph.extraction.claims import ClaimInfo
from graph.extraction.coref import ReferenceResolver
from graph.extraction.forces_in_view import GOVERNMENT_WORDS
from graph.extraction.event_deeds import harm_done, sides_phrases
from graph.extraction.free_relatives import verb_of_named
from graph.extraction.place_cues import its_place_taken
from graph.extraction.pronouns import in_relative_clause
from graph.extraction.stances import names_no_actor
from graph.extraction.state_pairs import joined_states, states_joined_on_an_attack
from graph.extraction.triggers import attacker_before, names_an_attack, outside_children, verbal

ENCIRCLING = {"encircle", "besiege", "surround"}  # done to the side that denies them ("Kyiv denies encirclement in Kursk")


def speaks_for_the_doer(claim: ClaimInfo, lemma: str, cues: Cues, etype: str = "") -> bool:
    """Whether the side whose claim tells an event may have done it, when nothing else names who did: not when it
    condemns it ("Ukraine condemned the annexation of Crimea"), nor denies being encircled ("Kyiv denies encirclement")
    or a part in an attack ("The Pakistani Taliban denied responsibility for the attack")."""
    return not claim.reproach and not (claim.deny and (cues.frames.get(lemma, lemma) in ENCIRCLING or etype == "Attack"))


# types whose noun's "of" names who moves ("the withdrawal of Russian troops"), not what was hit or taken as an attack's
MOVERS_OF = {"Withdrawal", "Offensive"}


def attack_noun_of(verb: Token, cues: Cues) -> Token | None:
    """The attack noun that is an attack verb's subject ("Junta airstrikes hit a village"): the noun tells whose it was."""
    if verb.pos_ != "VERB" or cues.triggers.get(verb.lemma_.lower()) != "Attack":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and names_an_attack(c, cues)), None)


def _armed_word(word: Token, cues: Cues, armed: frozenset[str]) -> bool:
    """A noun that names fighters or arms ("rebels", "troops", "drones"), an attack, a group its modifier says is armed
    ("a rebel group", "armed groups"), or an offensive ("an offensive that swept through Hama")."""
    lemma = word.lemma_.lower()
    return lemma in armed or word.lower_ in armed or names_an_attack(word, cues) or lemma in cues.group_nouns and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in armed | {"armed"} for c in word.children) \
        or (word.pos_ == "NOUN" and cues.triggers.get(lemma) == "Offensive" and cues.trigger_pos.get(lemma, "NOUN") == "NOUN")


def armed_subject(head: Token, cues: Cues, res: ReferenceResolver) -> bool:
    """What hit is a weapon or an attack ("drones hit a market", "the shelling hit Kherson"), whoever fired it; who swept
    in are fighters, whoever leads them ("Syrian rebels swept into Aleppo", "its fighters had taken"), a group its modifier
    says is armed ("a rebel group") or whose members are ("an alliance of armed groups"), or an offensive ("an offensive
    that swept through Hama"), also as the pronoun of the phrase that reports it ("the rebels said they had taken Goma"),
    and through the verb a participle without a subject hangs on."""
    armed = cues.armament | cues.forces_nouns | cues.armed_nonstate | cues.armed_bands  # (also "armed gangs took control")
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" for c in head.children):  # a participle does what its verb's subject does ("warplanes struck
        governor = head.head  # Yemen, hitting Sanaa"), an attack's what the attack does ("carried out airstrikes, hitting")
        return cues.triggers.get(governor.lemma_.lower()) == "Attack" or any(
            names_an_attack(t, cues) for o in governor.children if o.dep_ == "dobj" for t in o.subtree) \
            or armed_subject(governor, cues, res)
    for subj in (c for c in head.children if c.dep_ == "nsubj"):
        if subj.lower_ in ("that", "which") and head.dep_ == "relcl":
            subj = head.head  # ("an offensive that swept through Aleppo")
        subj = res.subject_word(subj)
        members = (p for o in subj.children if o.lower_ == "of" for p in o.children if p.dep_ == "pobj")
        if _armed_word(subj, cues, armed) or subj.lemma_.lower() in cues.group_nouns and any(
                _armed_word(m, cues, armed) for m in members):
            return True
    return False


def event_agents(span: Span, head: Token, res: ReferenceResolver, cues: Cues, speaker: str | None, lemma: str, etype: str,
                 *, at_home: bool = False) -> list[str]:
    """Who did the event; ``at_home``: it is an attack on the speaker's own country, which its report does
    not make the speaker's ("The barrage on Haifa killed two, the Israeli army said")."""
    subject = agent_phrase(head, cues, lemma, etype)
    found: list[str] = []
    for phrase in subject:
        # (a state's adjective on the control a place came under: "Russian control"; or on an -ing noun the parser read
        # as its subject and verb: "that [Ukrainian] [shelling] of Belgorod had killed 14")
        adjective = phrase.dep_ == "amod" or (phrase.dep_ == "nsubj" and phrase.i == head.i - 1 and head.tag_ == "VBG")
        key = res.resolve(phrase, speaker) or (_demonym_state(phrase, res) if adjective else None)
        if key is not None and not res.entities[key].name.startswith("Operation "):  # (an act's name: "its strikes,
            found.append(key)  # code-named Operation Sindoor, hit ...": whose the strikes are, below)
            found += _coordinated_forces(phrase, res, cues) + states_joined_on_an_attack(phrase, res, cues)
    if not found and speaker is not None and not at_home and own_arms(subject, speaker, res, cues):
        found = [own] if (own := res.speakers_forces(speaker)) else []  # "aircraft struck 40 targets, the army said"
    hitter = attack_noun_of(head, cues) if not found else None
    if hitter is not None:  # "Israeli airstrikes pounded Rafah": whose the strikes were
        found = event_agents(span.doc[hitter.i:hitter.i + 1], hitter, res, cues, speaker, hitter.lemma_.lower(), etype,
                             at_home=at_home)
    if not found and etype == "Attack" and verbal(head):  # "drones struck the base, the ministry said, blaming Ukraine"
        found = claimed_responsibility(head, res)
    if not found and not verbal(head):
        # a noun: "Russia's storming", "the Russian withdrawal", "Wagner offensive", "withdrawal of Russian troops"
        found = _noun_modifier_agents(span, res, cues, speaker, etype)
        if not found:  # "condemned the bombardment of Aleppo by the regime": the "by" hung on the verb
            found = _misplaced_by(head, res, speaker)
        counted = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.pos_ in ("NOUN", "NUM") else head  # "carried out dozens of airstrikes"
        if not found:
            found = _doer_of_its_verb(counted, res, cues, speaker, lemma, etype)
        repelled = _repelled(counted, cues)  # "its forces repelled attacks": whoever attacked, not they
        if not found and repelled and (enemy := res.adversary(counted, speaker)) is not None:
            found = [enemy]  # the other side of a two-sided report ("the army stopped the advance near X")
        if not found and etype == "Attack" and not repelled:
            found = claimed_responsibility(head, res) or _harm_doer(head, res, cues, speaker)
        if not found and speaker is not None and not repelled and not at_home \
                and not (etype == "Attack" and (_doer_written(head, cues) or _own_side_harmed(head, speaker, res, cues))) \
                and not in_relative_clause(head.head) and not _judged_a_wrong(head) \
                and not any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in head.children) \
                and (own := res.speakers_forces(speaker)) is not None:
            # "the ministry announced the withdrawal", "al-Shabaab said ... in an ambush"; not "militants killed 33 soldiers
            # in an attack ..., the army said": the doer is written, if unnamed; nor the speaker's own people killed in it
            # ("Three US troops were killed in a drone attack, Biden said"); nor an event in a clause describing something
            # ("it hit sites used to plan last month's attack"), nor anyone's ("warned that any attack ... would be met")
            found.append(own)
    if not found and lemma == "gaincontrol" and not verbal(head) and res.kind(speaker) in ACTING_KINDS:
        found = [speaker]  # "Russia claims full control of Mariupol": who claims to hold it took it
    found += _sides(sides_phrases(head, cues, lemma), res, speaker)
    # (never what the verb acts on: "they had pushed the LNA back" is not the LNA's push, whoever "they" are)
    acted_on = {_military(k, res) for c in head.children if c.dep_ == "dobj" and (k := res.key_at.get(c.i))}
    return [k for k in _acting(found, res) if k not in acted_on]


def _noun_modifier_agents(span: Span, res: ReferenceResolver, cues: Cues, speaker: str | None, etype: str) -> list[str]:
    """Whose an event noun is, by its modifiers: "Russia's storming", "the Russian withdrawal", "Wagner
    offensive", "withdrawal of Russian troops", "the Saudi-led airstrikes"."""
    found: list[str] = []
    lemma, root, first = span.root.lemma_.lower(), span.root, span.root.head  # (lemma: "the encirclement of its troops")
    # "Russia's missile and drone attacks": the parser joins the attacks to the weapon before them, which keeps the owner
    shared = [c for c in first.children if c.dep_ == "poss"] if root.dep_ == "conj" and first.i < root.i \
        and first.lemma_.lower() in cues.munitions | cues.armament \
        and not any(c.dep_ in ("poss", "det") for c in root.children) else []
    for child in [*outside_children(span), *shared]:
        key = None
        if child.dep_ in ("compound", "nmod") and res.kind(res.key_at.get(child.i)) in ("Place", "Country") \
                and not (res.kind(res.key_at.get(child.i)) == "Country" and attacker_before(child, cues)):
            continue  # "the Ukraine invasion", "the Kherson counteroffensive": where, not who
        if names_no_actor(child, cues):
            continue  # "the anti-Assad offensive"
        if its_place_taken(child, cues):
            continue  # "since its capture in May": the place, taken (graph.extraction.event_places)
        if child.dep_ == "amod" and child.tag_ == "VBN":  # "US-backed attacks": the backer did not attack
            if child.lemma_.lower() in cues.leading:  # "the Saudi-led airstrikes": the leader did
                key = next((res.key_at.get(c.i) or _demonym_state(c, res) for c in child.children
                            if c.dep_ in ("npadvmod", "compound", "amod")), None)
        elif child.dep_ in ("poss", "compound", "amod", "nmod"):
            if child.dep_ == "poss":  # a capital's possessive stands for its country: "Moscow's invasion"
                key = res.resolve(child, speaker) or res.key_at.get(child.i)
            else:
                key = res.key_at.get(child.i) or res.resolve(child, speaker)
            if key is None:  # "the Russian withdrawal", "the Iranian drone and missile attack", "government assaults"
                key = _demonym_state(child, res) or next(
                    (k for c in child.children if c.dep_ == "amod" and (k := _demonym_state(c, res))), None) or (
                    res.forces_of_country(res.country_in_view(child, own_ground=True))
                    if child.lower_ in GOVERNMENT_WORDS else None)
        elif child.dep_ in ("prep", "agent") and (child.lower_ == "by" or (child.lower_ == "from" and etype == "Attack") or (
                child.lower_ == "of" and etype in MOVERS_OF and cues.frames.get(lemma, lemma) not in ENCIRCLING)):
            pobj = [c for c in child.children if c.dep_ == "pobj"]  # (an attack "from" a force is its; not "from Lebanon")
            place = pobj and child.lower_ in ("of", "from") and res.kind(res.key_at.get(pobj[0].i)) in ("Place", "Country")
            if pobj and not place:  # "the invasion of Ukraine": Ukraine is where, not who
                key = res.resolve(pobj[0], speaker)
        found += ([key] if key is not None else []) + joined_states(child, key, res)  # ("US and UK strikes", "US-British")
    return found


def _misplaced_by(noun: Token, res: ReferenceResolver, speaker: str | None) -> list[str]:
    """The actors of a "by" phrase the parser hung on the active verb whose object the event noun is ("condemned the
    bombardment of eastern Aleppo by the Syrian regime and Russia"), or on the verb a place is "under" it with ("has been
    under siege by the RSF"); not a time or a means ("by Friday", "by force")."""
    verb = noun.head.head if (under := noun.dep_ == "pobj" and noun.head.lower_ == "under") else noun.head
    if (noun.dep_ != "dobj" and not under) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i), None)
    objects = [o for c in (by.children if by is not None else ()) if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    keys = [res.resolve(o, speaker) for o in objects]
    return [k for k in keys if k is not None and res.kind(k) in ("Person", "Organization", "MilitaryUnit", "Country")]


def _doer_of_its_verb(counted: Token, res: ReferenceResolver, cues: Cues, speaker: str | None, lemma: str,
                      etype: str) -> list[str]:
    """Who does an event noun's light verb ("Russia launched an offensive", "was carried out by a local man", "launched
    what it called an operation"), answers with it ("Israel responded with a strike", "hit back with rocket fire"), plans
    for it ("is preparing an offensive"), is charged with it ("blamed Russia for the shelling"), or what the "when"
    clause of its beginning tells."""
    found: list[str] = []
    outer = verb_of_named(counted)
    if outer is not None and outer.lemma_.lower() in cues.light:
        # "Azerbaijan launched what it called (described as) an anti-terrorist operation": who launched it
        return [k for subj in agent_phrase(outer, cues, lemma, etype) if (k := res.resolve(subj, speaker))]
    if counted.dep_ == "conj" and counted.head.dep_ in ("dobj", "nsubjpass"):
        counted = counted.head  # "conducted a combined missile and drone strike": the parser joins the strike to "missile"
    prep = counted.head.lower_ if counted.dep_ == "pobj" else None
    verb = counted.head.head if prep in ("for", "with") else counted.head
    if (counted.dep_ in ("dobj", "nsubjpass") and counted.head.lemma_.lower() in cues.light) or (prep == "with" and (
            verb.lemma_.lower() in RESPONDERS or any(c.lower_ == "back" for c in verb.children))) \
            or (counted.dep_ == "dobj" or prep == "for") and verb.lemma_.lower() in PLANNERS:
        for subj in agent_phrase(verb, cues, lemma, etype):
            key = res.resolve(subj, speaker)
            if key:
                found += [key, *_coordinated_forces(subj, res, cues)]  # "US and British warplanes launched ..."
    elif counted.dep_ == "nsubj" and counted.head.lemma_.lower() in cues.occurrence:
        found = _when_clause_doer(counted.head, res, speaker)
    elif prep in ("of", "for", "on") and cues.judges(counted.head.head.lemma_.lower(), prep) \
            and (not any(d.lower_ == "the" for d in counted.children) or any(d.dep_ == "prep" for d in counted.children)):
        # "blamed the ELN for an attack", "congratulated his troops on the capture of X" (not "for the attack" told before)
        found = [k for c in counted.head.head.children if c.dep_ in ("dobj", "nsubjpass") and (k := res.resolve(c, speaker))]
    return found


# who readies or announces an act does it ("regrouping for an offensive", "announced an operation"; not "demand")
PLANNERS = {"prepare", "plan", "mass", "amass", "muster", "regroup", "plot", "threaten", "intend", "gear", "announce"}
RESPONDERS = {"respond", "retaliate", "react", "reply", "answer"}  # "Israel responded with a strike near Isfahan"


def _when_clause_doer(verb: Token, res: ReferenceResolver, speaker: str | None) -> list[str]:
    """Who does what a "when" clause tells of an event's beginning or happening ("the attack began on
    Monday, when Houthi fighters fired grenades at the vessel"), wherever the parser hangs the clause."""
    for clause in verb.subtree:
        if clause.pos_ == "VERB" and clause.dep_ in ("advcl", "relcl") and any(
                c.lower_ == "when" for c in clause.children if c.dep_ == "advmod"):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            key = res.resolve(subject, speaker) if subject is not None else None
            return [key] if key is not None else []
    return []


def _repelled(noun: Token, cues: Cues) -> bool:
    """An event noun that is what a verb of repelling acts on ("repelled attacks near Korenevo", "fended
    off an assault", "the attacks were repulsed"): the other side's act, not the repelling side's."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return verb.lemma_.lower() in cues.repelling or any(f"{verb.lemma_.lower()} {p}" in cues.repelling for p in particles)


def _acting(found: list[str], res: ReferenceResolver) -> list[str]:
    """Each agent once, a state as its armed forces when the article names them, never a place."""
    out: list[str] = []
    for key in found:
        key = _military(key, res)
        if key and key not in out and res.kind(key) != "Place":
            out.append(key)
    return out


def _sides(phrases: list[Token], res: ReferenceResolver, speaker: str | None) -> list[str]:
    """The other sides of a fight named in its "with" or "between" phrases (:func:`sides_phrases`):
    "Hezbollah clashed with Israeli soldiers", "clashes between the army and the RSF"."""
    parties = [o for p in phrases for o in p.children if o.dep_ == "pobj"]
    parties += [c for o in parties for c in o.conjuncts]
    return [key for o in parties if (key := res.resolve(o, speaker)) is not None]


def _coordinated_forces(phrase: Token, res: ReferenceResolver, cues: Cues) -> list[str]:
    """Every state's forces of "Syrian and Russian forces" (the mention is "Russian forces"; "Rwandan and Mozambican
    troops", however parsed; not "Syrian opposition forces"), every state of "U.S. and British warplanes"."""
    armament = phrase.lemma_.lower() in cues.armament
    if phrase.lower_ not in cues.forces_nouns and not armament:
        return []
    mods = [a for a in phrase.children if a.dep_ in ("amod", "compound", "nmod") and a.i < phrase.i]
    joined = len(mods) > 1 and any(t.lower_ == "and" for t in phrase.doc[mods[0].i:mods[-1].i])
    adjectives = mods if joined else [c for a in mods if a.conjuncts for c in (a, *a.conjuncts)]
    isos = [res.gaz.country_of_adjective(a.text) for a in adjectives if a.text[:1].isupper()]
    of = res.country_key if armament else res.forces_of_country
    return [key for iso in isos if iso and (key := of(iso)) is not None]  # (the caller keeps each agent once)


def _harm_doer(head: Token, res: ReferenceResolver, cues: Cues, speaker: str | None) -> list[str]:
    """Who did the harm an attack noun is the means of, when the harm verb is active: "its fighters
    killed 17 soldiers in an ambush" (not "17 soldiers were killed in an ambush"), or the act the noun names in an
    "in" phrase: "troops advanced into Kursk, in the largest cross-border attack on Russia since the war began"."""
    harmed = harm_done(head, cues) or _act_it_names(head, cues)
    if harmed is None or not verbal(harmed) or any(c.dep_ in ("nsubjpass", "auxpass") for c in harmed.children):
        return []
    subjects = (res.resolve(c, speaker) for c in harmed.children if c.dep_ == "nsubj")
    return [key for key in subjects if key is not None and res.kind(key) != "Place"][:1]


def _act_it_names(head: Token, cues: Cues) -> Token | None:
    """The verb of an armed act an attack noun names in an "in" phrase hung on it ("advanced ..., in the largest attack")."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()  # (or of its phrase: "crossed into the Kursk region, in the biggest attack")
    phrases = [lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prep", "prt"))]
    return verb if any(cues.triggers.get(p) in ("Offensive", "Attack", "ControlChange") for p in phrases) else None


# what a speaker calls an act it holds against another ("said the capture of Bukavu was a violation of its sovereignty")
WRONGS = {"violation", "crime", "atrocity", "aggression", "provocation", "massacre", "genocide", "terrorism", "war"}


ACTING_KINDS = ("Country", "MilitaryUnit", "Organization")  # (not a person, nor an unnamed source)


def _judged_a_wrong(head: Token) -> bool:
    """The event noun is said to be a wrong ("the capture of Bukavu was a violation", "the strike is an act of war"):
    the speaker holds it against another, whose act it is, not the speaker's own forces'."""
    attr = next((c for c in head.head.children if c.dep_ == "attr"), None) \
        if head.dep_ == "nsubj" and head.head.lemma_ == "be" else None
    # (an act's "of" only: "an act of war", not "the largest of the war")
    named = [attr, *(o for p in attr.children if p.lower_ == "of" and attr.lemma_ == "act" for o in p.children)] \
        if attr is not None else []
    return any(t.lemma_.lower() in WRONGS for t in named)


def _doer_written(head: Token, cues: Cues) -> bool:
    """The harm an attack noun is the means of has a subject of its own ("militants killed 33 soldiers in an attack")."""
    harmed = harm_done(head, cues)
    return harmed is not None and verbal(harmed) and any(c.dep_ == "nsubj" for c in harmed.children)


def _own_side_harmed(head: Token, speaker: str, res: ReferenceResolver, cues: Cues) -> bool:
    """Whether the harm an attack noun did fell on the speaker's own side ("Three US troops were killed in a drone
    attack, Biden said"): not the speaker's own drones."""
    harmed, iso = harm_done(head, cues), res.country_of(speaker)
    victims = [m for v in harmed.children if v.dep_ in ("nsubjpass", "dobj") for m in (v, *v.children)] if harmed else []
    return iso is not None and any(res.country_of(res.key_at.get(m.i)) == iso or _demonym_iso(m, res) == iso
                                   for m in victims)


def _demonym_state(tok: Token, res: ReferenceResolver) -> str | None:
    """The country a capitalised demonym adjective names ("Russian"), else None."""
    iso = _demonym_iso(tok, res)
    return res.country_key(iso) if iso else None


def _demonym_iso(tok: Token, res: ReferenceResolver) -> str | None:
    """The ISO code of the country a capitalised demonym adjective names, without making it an entity."""
    return res.gaz.country_of_adjective(tok.text) if tok.text[:1].isupper() else None


def _military(key: str, res: ReferenceResolver) -> str | None:
    """A state or its defence ministry acting ("its pullback") is its armed forces if named, a general staff always."""
    kind, entry, iso = res.kind(key), res.entities[key].entry if key in res.entities else None, res.country_of(key)
    if kind == "Country" or (entry is not None and entry.actor_kind == "ministry" and "Defen" in entry.label and iso):
        return next((e.gid for e in (res.gaz.forces_of(iso), res.gaz.country(iso)) if e and res.mentioned(e.gid)), key)
    if entry is not None and entry.actor_kind == "general staff" and iso:
        return res.forces_of_country(iso) or key
    return None if kind == "UnnamedSource" else key
