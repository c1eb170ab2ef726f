"""Cue words for extraction, loaded from ``resources/cues.tsv`` (see the comments there)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from graph.resources import resource_lines
from graph.text import name_key


@dataclass(frozen=True)
class Cues:
    report: dict[str, frozenset[str]]  # reporting verb lemma -> extra content modes (dobj, xcomp, as)
    triggers: dict[str, str]  # trigger lemma or lower-cased phrase -> event class
    trigger_pos: dict[str, str]  # trigger lemma -> the only part of speech that names the event
    military_only: frozenset[str]
    mutual: frozenset[str]  # fighting whose "with" or "between" parties are all its sides
    place_subject: frozenset[str]
    light: frozenset[str]
    control: dict[str, str]  # verb lemma -> "object" | "subject"
    planned: frozenset[str]
    hypothetical: frozenset[str]
    negated: frozenset[str]
    rebuttal: frozenset[str]  # verbs that call a claim false ("dismissed reports that ...", "which Moscow denies")
    falsehoods: frozenset[str]  # what a claim is said to be when it is false ("reports that ... were false")
    spokes: frozenset[str]  # who speaks for a body ("a spokesperson for the brigade")
    divisions: frozenset[str]  # after a name, a country's division ("Rakhine state", "Idlib governorate")
    territory_nouns: frozenset[str]  # ground an event takes or leaves ("recaptured the territory it lost in X")
    part_nouns: frozenset[str]  # "factions of the SNA": a part of the armed body after "of"
    nonstate_nouns: frozenset[str]  # groups a country's name does not make the state ("Myanmar rebels")
    armed_nonstate: frozenset[str]  # non-state groups that bear arms ("rebels", not "protesters")
    studies: frozenset[str]  # a survey, a study: what its author found ("according to a survey by X")
    figurative: frozenset[str]  # modifiers that make an event noun no military event ("charm offensive")
    reproach: frozenset[str]  # reporting verbs that hold an act against another: the speaker did not do it
    leading: frozenset[str]  # "the Saudi-led strikes": a participle whose hyphened name did what it leads
    rehearsal: dict[str, str]  # drills and what stages them -> verb, noun or modifier: an event in a drill is none
    territory_army: dict[str, str]  # a territory with no army of its own (ISO) -> the state whose army news means there
    repelling: frozenset[str]  # "repelled attacks near X": the object is the other side's; "fend off" with its particle
    preventing: frozenset[str]  # "stopped Russia from taking Kyiv": who is kept from acting, and did not act
    retaking: frozenset[str]  # "vowed to retake the town": a capture back, by the side that lost it
    titles: frozenset[str]
    title_abbreviations: frozenset[str]  # titles written short ("capt", "gen"): never a family name
    address_titles: frozenset[str]  # titles written before a name to address its bearer ("King", "Col.")
    non_entities: frozenset[str]  # name keys
    sources: dict[str, str]  # unnamed-source head lemma -> plural form
    contested: frozenset[str]  # "the battle for Mosul": event nouns whose "for" phrase is their place
    praise: frozenset[str]  # "congratulated the army on retaking X": verbs whose object did what they are praised for
    offices: dict[str, frozenset[str]]  # "prime minister" -> the actor kinds of who holds it ("head of government")
    anaphors: dict[str, str]
    forces_nouns: frozenset[str]
    government_nouns: frozenset[str]  # "Assad's regime": a leader's possessive before one is their government
    heads: frozenset[str]  # "the RSF leader": who leads a body, the body's person named before
    rival_words: frozenset[str]  # "Libya's rival government": words that make it no state's own government
    compass: frozenset[str]
    settlement: frozenset[str]
    evidence_nouns: frozenset[str]  # "no evidence that X shelled Y": the clause is unconfirmed
    front_sectors: frozenset[str]  # "the Pokrovsk direction": a word after a town's name for the front around it
    place_prep: frozenset[str]
    time_preps: frozenset[str]  # "after the invasion, sanctions failed": an event that sets another's time
    org_heads: frozenset[str]
    # the words of any state's institutions: institution_word rows with org_head, unit_word and forces_noun
    institution_words: frozenset[str]
    unit_types: frozenset[str]
    command_heads: frozenset[str]  # "Operational Command South": a military command's head word
    command_openers: frozenset[str]  # "Battlegroup Center": the word that opens a group of forces' name
    command_areas: frozenset[str]  # "Southern Military District": a command's head word after "Military"
    arrival: frozenset[str]  # "reached Homs": what forces arrive at is a place
    sponsorship: frozenset[str]  # "Turkey-backed fighters": proxies, no state's own forces
    toponym_words: frozenset[str]  # "Tal", "Deir": words Arabic place names open with
    body_openers: frozenset[str]  # "Jaysh", "Jabhat": words Arabic names of armed groups and bodies open with
    lowercase_names: frozenset[str]  # "russian troops": a name some outlets write in lower case
    offensive_aims: frozenset[str]  # "an advance to isolate Raqqah": what an offensive's purpose may be
    unit_words: frozenset[str]
    object_place: frozenset[str]
    country_offensive: frozenset[str]
    people_nouns: frozenset[str]
    of_place_nouns: frozenset[str]  # "the fall of Avdiivka": an event noun whatever its verb restrictions
    state_participles: frozenset[str]  # trigger participles that, before a noun, say how it is ("occupied Ukraine")
    frames: dict[str, str]  # trigger lemma -> framing shared by its word family
    asserting: frozenset[str]
    role_nouns: frozenset[str]  # an apposition headed by one describes a person ("X, a senior adviser")
    kin_nouns: frozenset[str]  # the role nouns that name a relative ("his wife"), no office
    occurrence: frozenset[str]  # verbs whose event-noun subject takes their modality ("may resume")
    vague_heads: frozenset[str]  # nouns that "the <noun>" does not use to name a body ("the state")
    clause_objects: frozenset[str]  # objects that make a reporting verb's whole clause the claim
    addressing: frozenset[str]  # reporting verbs whose object is who is told ("told the Journal ...")
    venue_heads: frozenset[str]  # last words of a building's or site's name ("Crocus City Hall")
    group_nouns: frozenset[str]  # a group of people's noun: "X, an alliance of ..." names a body
    kin_groups: frozenset[str]  # groups of kin a name before them names ("the Al Bu Nimr tribe")
    armed_bands: frozenset[str]  # armed bands a name before them names ("the Viv Ansanm gang")
    crowds: frozenset[str]  # unarmed crowds: what they storm or seize is no military event ("protesters stormed")
    firms: frozenset[str]  # businesses a name before them names ("the Rafael defence company")
    outlets: frozenset[str]  # kinds of news outlet a name before them names ("the Funke media group")
    bare_bodies: frozenset[str]  # bodies named by the capitalised word alone ("the Coalition")
    mastheads: frozenset[str]  # a body's head words that name a newspaper alone ("the Times", "the Telegraph")
    partitives: frozenset[str]  # shares of a place ("parts of the city", "much of the town")
    group_shares: frozenset[str]  # some of a group ("hundreds of soldiers", "elements of the brigade")
    people_groups: frozenset[str]  # ethnic and religious communities ("Yazidis"): never entities
    said_nouns: frozenset[str]  # "denied the accusation": a noun that only points back to what was said
    time_zones: frozenset[str]  # "14:05 GMT": a clock time's zone, never an entity
    vessels: frozenset[str]  # a ship's kind before its name ("the tanker ...")
    vessel_prefixes: frozenset[str]  # "USS", "HMS": a ship's name, no actor's
    alias_phrases: frozenset[tuple[str, ...]]  # "also known as": the name after it is another of the name before
    acronym_heads: frozenset[str]  # "Front" of "the Northern Liberation Front (NLF)": a body when given an acronym
    device_heads: frozenset[str]  # "Device" of "Improvised Explosive Device (IED)": its acronym names a weapon
    branches: dict[tuple[str, ...], str]  # "army" before a rank ("Army Lt. Gen. ...") -> the US Army's gazetteer id
    branch_ranks: frozenset[str]  # ranks and offices after a service's bare name
    document_heads: frozenset[str]  # last words of a law's or treaty's name ("Taiwan Relations Act")
    expel_verbs: frozenset[str]  # "pushed the army out of X": X changes hands
    cede_verbs: frozenset[str]  # "lost X to Y", "handed X back to Y": X changes hands, taken by Y
    weapon_verbs: frozenset[str]  # verbs whose use of a weapon is an attack ("used cluster munitions")
    weapons: frozenset[tuple[str, ...]]  # weapons by their last lemmas ("chemical", "weapon")
    munition_verbs: frozenset[str]  # verbs whose firing of a munition is an attack ("fired rockets at")
    munitions: frozenset[str]
    stance_prefixes: frozenset[str]  # "anti-X", "pro-X": X is what a group is against or for, not the group
    ethnic_words: frozenset[str]  # "ethnic Armenian forces": the demonym names a people, not its state
    not_captured: frozenset[str]  # things whose seizure is no change of control ("seized Russian assets")
    recording: frozenset[str]  # subjects that capture by recording ("footage captured the clashes")
    answering: frozenset[str]  # "in response to", "in retaliation for": the phrase brings another event
    media: frozenset[str]  # where statements are published ("on social media", "on state television")
    origin_only: frozenset[str]  # triggers whose place is only their "from" ("redeployed troops from Kherson")
    lemmas: dict[str, str]  # forms the trained lemmatizer leaves unlemmatised ("retook") -> their lemma
    norms: dict[str, str]  # rare forms of trigger verbs -> the frequent form the pipeline reads instead ("took")
    armament: frozenset[str]  # aircraft and arms whose country's adjective makes that country's forces act
    state_arms: frozenset[str]  # those only states field (warplanes, warships)
    harm: frozenset[str]  # verbs and nouns of harm done: an event that does it happened where it was done

    def judges(self, verb: str, prep: str) -> bool:
        """Whether a verb's object is who did what the preposition's phrase says: what it is charged with
        ("accused NATO of escalating", "blamed Kyiv for the strike") or praised for ("congratulated the army on
        recapturing the city")."""
        return (prep in ("of", "for") and prep in self.report.get(verb, ())) or (prep in ("on", "for") and verb in self.praise)

    def trigger_phrases(self) -> dict[tuple[str, ...], str]:
        """Multi-word triggers as token tuples ("pull", "back") -> event class."""
        return {tuple(k.replace("-", " - ").split()): v for k, v in self.triggers.items() if " " in k or "-" in k}


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for fields in resource_lines("cues.tsv"):
        if fields[0] == "kind":
            continue
        rows[fields[0]].append((fields[1], fields[2] if len(fields) > 2 else ""))

    def words(kind: str) -> frozenset[str]:
        return frozenset(w for w, _ in rows[kind])

    return Cues(
        report={w: frozenset(v.split()) for w, v in rows["report"]},
        triggers={w: v.split()[0] for w, v in rows["trigger"]},
        trigger_pos={w: v.split()[1] for w, v in rows["trigger"] if len(v.split()) > 1},
        military_only=words("military_only"),
        mutual=words("mutual"),
        place_subject=words("place_subject"),
        light=words("light"),
        control={w: v for w, v in rows["control"]},
        planned=words("planned"),
        hypothetical=words("hypothetical"),
        negated=words("negated"),
        rebuttal=words("rebuttal"),
        falsehoods=words("falsehood"),
        spokes=words("spokes"),
        divisions=words("division"),
        territory_nouns=words("territory_noun"),
        part_nouns=words("part_noun"),
        nonstate_nouns=words("nonstate_noun"),
        armed_nonstate=frozenset(w for w, v in rows["nonstate_noun"] if "armed" in v.split()),
        studies=words("study"),
        figurative=words("figurative"),
        reproach=words("reproach"),
        leading=words("leading"),
        rehearsal=dict(rows["rehearsal"]),
        territory_army=dict(rows["territory_army"]),
        repelling=words("repelling"),
        preventing=words("preventing"),
        retaking=words("retaking"),
        titles=words("title"),
        praise=words("praise"),
        contested=words("contested"),
        offices={w: frozenset(v.split("|")) for w, v in rows["office"]},
        title_abbreviations=frozenset(w for w, v in rows["title"] if "abbr" in v.split()),
        address_titles=frozenset(w for w, v in rows["title"] if "address" in v.split()),
        non_entities=frozenset(name_key(w) for w, _ in rows["non_entity"]),
        sources={w: v for w, v in rows["source"]},
        anaphors={w: v for w, v in rows["anaphor"]},
        forces_nouns=words("forces_noun"),
        government_nouns=words("government_noun"),
        heads=words("head_noun"),
        rival_words=words("rival_word"),
        compass=words("compass"),
        settlement=words("settlement"),
        front_sectors=words("front_sector"),
        evidence_nouns=words("evidence_noun"),
        place_prep=words("place_prep"),
        time_preps=words("time_prep"),
        org_heads=words("org_head"),
        institution_words=words("institution_word") | words("org_head") | words("unit_word") | words("forces_noun"),
        unit_types=words("unit_type"),
        command_heads=frozenset(w for w, v in rows["command_head"] if v != "area"),
        command_openers=frozenset(w for w, v in rows["command_head"] if v == "first"),
        command_areas=frozenset(w for w, v in rows["command_head"] if v == "area"),
        arrival=words("arrival"),
        sponsorship=words("sponsorship"),
        toponym_words=words("toponym_word"),
        body_openers=words("body_opener"),
        lowercase_names=words("lowercase_name"),
        offensive_aims=words("offensive_aim"),
        unit_words=words("unit_word"),
        object_place=words("object_place"),
        country_offensive=words("country_offensive"),
        people_nouns=words("people_noun"),
        of_place_nouns=words("of_place_noun"),
        state_participles=words("state_participle"),
        frames={w: v for w, v in rows["frame"]},
        asserting=words("asserting"),
        role_nouns=words("role_noun"),
        kin_nouns=frozenset(w for w, v in rows["role_noun"] if v == "kin"),
        occurrence=words("occurrence"),
        vague_heads=words("vague_head"),
        clause_objects=words("clause_object"),
        addressing=words("addressing"),
        venue_heads=words("venue_head"),
        kin_groups=words("kin_group"),
        armed_bands=words("armed_band"),
        crowds=words("crowd"),
        firms=words("firm"),
        group_nouns=words("group_noun"),
        outlets=words("outlet"),
        bare_bodies=words("bare_body"),
        mastheads=words("masthead"),
        partitives=words("partitive"),
        group_shares=words("group_share"),
        people_groups=words("people_group"),
        said_nouns=words("said_noun"),
        time_zones=words("time_zone"),
        vessels=frozenset(w for w, v in rows["vessel"] if v != "prefix"),
        vessel_prefixes=frozenset(w for w, v in rows["vessel"] if v == "prefix"),
        alias_phrases=frozenset(tuple(w.split()) for w in words("alias")),
        acronym_heads=words("acronym_head"),
        device_heads=words("device_head"),
        branches={tuple(w.split()): v for w, v in rows["branch"]},
        branch_ranks=words("branch_rank"),
        document_heads=words("document_head"),
        expel_verbs=words("expel"),
        cede_verbs=words("cede"),
        weapon_verbs=words("weapon_verb"),
        weapons=frozenset(tuple(w.split()) for w in words("weapon")),
        munition_verbs=words("munition_verb"),
        munitions=words("munition"),
        stance_prefixes=words("stance_prefix"),
        ethnic_words=words("ethnic_word"),
        not_captured=words("not_captured"),
        recording=words("recording"),
        answering=words("answering"),
        media=words("medium"),
        origin_only=words("origin_only"),
        lemmas={w: v for w, v in rows["lemma"]},
        norms={w: v for w, v in rows["norm"]},
        armament=words("armament"),
        state_arms=frozenset(w for w, v in rows["armament"] if v == "state"),
        harm=words("harm"),
    )
