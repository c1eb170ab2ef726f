"""The places the phrases of an event's trigger name, each ranked by whether its phrase fills the event's own place role
("from Kherson" for a withdrawal, "on X" for a strike) or only locates the sentence; the words of such a phrase without
the clauses and the locators hanging off it. Part of :mod:`graph.extraction.event_places`."""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues
from graph.extraction.coref import ReferenceResolver
from graph.extraction.event_time import answers_another
from graph.extraction.place_choice import (DESTINATION_PREPS, locates_a_settlement, locates_a_site, measured_from,
                                           named_settlement, of_place, share_of)
from graph.extraction.stances import HYPHENS
from graph.extraction.triggers import attacker_before

SIDE_NOUNS = {"side", "end", "half"}  # "the Gaza side of X", "the Russian end of the bridge": of X
# ("the China border", "the Tigray capital", "4:30 p.m. (Sanaa time)": not in them)
NOT_INSIDE = {"border", "frontier", "boundary", "capital", "time"}
CROSSINGS = {"crossing", "checkpoint", "post"}  # a border's named by the town it is at
# a state's sites abroad ("a U.S. base in Jordan"), and the kinds of a body that owns what it names ("Iran's Quds Force")
OWNED_SITES, OWNER_KINDS = {"base", "embassy", "consulate", "outpost"}, ("MilitaryUnit", "Organization")
SHELTERING = {"shelter", "house", "host", "accommodate", "treat"}  # what a site is described by: whom it holds
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "nsubj", "nsubjpass",
               "agent", "mark", "punct", "cc", "appos"}


def _phrase_place(tok: Token, root: Token, head: Token, described: Token | None, res: ReferenceResolver,
                  cues: Cues) -> str | None:
    """The place a word of a trigger's place phrase names: its mention, a capital, or the town a relative
    pronoun, a definite description ("the village"), a possessive ("the town's airport") or a share of
    one ("parts of the city") stands for."""
    key = res.key_at.get(tok.i) or res.capital_of(tok)  # "pulled back from the Ukrainian capital"
    if key is None and tok.lower_ in ("which", "that") and tok.i == root.i and head.dep_ == "relcl":
        # "Adan Yabaal, which the army had captured in 2022", "the town of Sudzha, which they took"
        apposed = head.head.head if head.head.dep_ == "appos" else None  # ("Wad Madani, the capital of Gezira
        key = res.key_at.get(head.head.i) or (res.key_at.get(apposed.i) if apposed is not None else None) \
            or of_place(head.head, res, ("Place", "Country"))  # state, which the paramilitary had seized")
        key = _located_by(head.head, res) if res.kind(key) == "Country" else key
    if key is None and tok.i == root.i and (root.dep_ in ("nsubjpass", "nsubj", "dobj") or root == described
                                            or root.lower_ == "its") \
            and not named_settlement(root, res):
        key = res.place(root)  # "it was recaptured", "the village has been retaken" (not "the city of X")
    elif key is None and tok.dep_ == "poss" and (tok.head.i == root.i or (
            tok.head.dep_ == "pobj" and tok.head.head.i == root.i)):  # (also "an attack on the city's eastern districts")
        key = res.place(tok)  # "seized the town's airport", "shelled the city's outskirts"
    elif key is None and tok.dep_ == "pobj" and ((tok.head.i == root.i and root.dep_ == "prep")
                                                 or tok.head.lower_ in ("in", "inside", "near")
                                                 or (tok.head.dep_ == "conj" and tok.head.head.i == root.i)  # "and from"
                                                 or (tok.head.lower_ == "of" and tok.head.head.i == root.i
                                                     and root.lower_ == "out")) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        # "withdrew from the city", "pulled out of the city" (not "towards the village of ..."), "withdrew
        # from its headquarters in the city"
        key = res.place(tok)
    elif key is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            share_of(tok.head.head, root, cues) or tok.head.head.lower_ in cues.compass or tok.head.head.lemma_ == "control"):
        # "withdrew from parts of the city", "took much of the town", "positions east of the village", "regained control of it"
        key = res.place(tok)
    return key


def ranked_places(roots: list[Token], head: Token, described: Token | None, res: ReferenceResolver, cues: Cues,
                   lemma: str, etype: str, excluded: set[str]) -> list[tuple[int, str]]:
    """The places the phrases name, each ranked 0 when its phrase fills the event's own place role, else 1."""
    ranked: list[tuple[int, str]] = []
    for root in roots:
        # (a preposition joined to the verb goes on with the place before it: "hit sites near X and in Y")
        joined = root.dep_ == "conj" and root.pos_ == "ADP" and root.head.i == head.i
        for tok in phrase_tokens(root, res, excluded):
            core = tok.head if tok.head.dep_ == "conj" and tok.head.pos_ == "ADP" else root
            rank = 0 if joined or _core_role(core, etype) else 1
            # (a border's crossing named by its town is at the town: "the Rafah border crossing")
            crossing = tok.head.dep_ == "compound" and tok.head.head.lemma_.lower() in CROSSINGS \
                and res.kind(res.key_at.get(tok.i)) == "Place"
            if tok.dep_ in ("compound", "poss", "nmod") and not crossing and (
                    tok.head.lemma_.lower() in cues.people_nouns | cues.forces_nouns | cues.armament | cues.not_captured
                    | NOT_INSIDE | OWNED_SITES or res.kind(res.key_at.get(tok.head.i)) in OWNER_KINDS) \
                    or (res.kind(res.key_at.get(tok.i)) == "Country" and attacker_before(tok, cues)):
                # "hit US troops", "a U.S. ship", "a U.S. base", "a small U.S. military outpost", "Iran's Quds Force":
                # whose; "the China border": not in China; "U.S. strikes on its nuclear sites": who struck
                continue
            if locates_a_settlement(tok, res) or measured_from(tok, res) or _locator_after_a_place(tok, res, cues) \
                    or (etype == "ControlChange" and locates_a_site(tok, res, cues)):
                continue  # "withdrew from Congo's second-largest city", which Congo only locates
            if named_settlement(tok, res):
                continue  # "the Gaza city of Khan Younis": the place is what "of" names, not a name "Gaza city"
            key = _phrase_place(tok, root, head, described, res, cues)
            # (a battle is for a town or a region: "a battle for the West", "not a battle of Russia against it" are words)
            if key and res.kind(key) in ("Place", "Country") and not (lemma in cues.contested and res.kind(key) == "Country"):
                ranked.append((rank, key))
    return ranked


def _locator_after_a_place(tok: Token, res: ReferenceResolver, cues: Cues) -> bool:
    """A compass share right after a place says where that place is, however the parser hung it: "clashing with
    Israeli forces in Beit Hanoun in the north of the strip" (not "in the north of the strip" alone)."""
    share = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    prep = share.head if share is not None and share.lower_ in cues.compass and share.dep_ == "pobj" else None
    return prep is not None and prep.i > 0 and res.kind(res.key_at.get(prep.i - 1)) == "Place"


CORE_PREPS = {
    "Withdrawal": {"from", "out", "of"},
    "ControlChange": {"of", "over"},
    "Attack": {"on", "at", "against", "of"},
    "Offensive": {"on", "toward", "towards", "against", "into", "around", "near", "in", "of", "at"},
}


def _core_role(root: Token, etype: str) -> bool:
    """Whether a phrase fills the event's own place role ("from" for a withdrawal, the object of a
    capture, "on" for a strike), rather than locating the whole sentence ("in the Black Sea")."""
    if root.dep_ in ("dobj", "nsubjpass", "nsubj", "compound", "poss", "nmod", "amod", "pobj"):  # (pobj: "closing in on X")
        return etype != "Withdrawal" or root.dep_ in ("dobj", "compound", "amod", "nmod", "pobj")
    # (or a preposition joined to the phrase's: "from Kherson in November and from Kyiv in April")
    return root.dep_ in ("prep", "conj") and root.pos_ == "ADP" and root.lower_ in CORE_PREPS.get(etype, set())


def phrase_tokens(root: Token, res: ReferenceResolver, excluded: set[str]):
    """Tokens of a phrase, without the clauses and the unrelated place phrases hanging off it, and
    without the locators of a place ("Snake Island in the Black Sea" is Snake Island)."""
    todo = [root]
    while todo:
        tok = todo.pop()
        if answers_another(tok, res.cues):
            continue
        yield tok
        # a place, or a noun a place names ("the Crocus City Hall concert venue near Moscow"), but not a
        # settlement word its "of" names ("the town of Paletwa in Chin State" is Paletwa, "the Donetsk
        # town of Avdiivka" Avdiivka)
        named = named_settlement(tok, res)
        # "the Gaza side of the Rafah crossing": the crossing, the name before "side" only says which side (of an
        # unnamed one, it is all the place said: "seized the Gaza side of the crossing")
        side = tok.lemma_.lower() in SIDE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            res.kind(res.key_at.get(t.i)) == "Place" for t in c.subtree) for c in tok.children)
        is_place = not named and not side and (res.kind(res.key_at.get(tok.i)) in ("Place", "Country") or any(
            c.dep_ == "compound" and res.kind(res.key_at.get(c.i)) == "Place" for c in tok.children))
        # (where ground left lay: "driven out of their positions in Mosul", though a verb's own "in" is no place of it)
        left = tok.dep_ == "pobj" and (tok.head.lower_ == "from" or (tok.head.lower_ == "of" and tok.head.head.lower_ == "out"))
        for c in tok.children:
            if c.dep_ == "prep" and ((c.lower_ in excluded and not (left and c.lower_ in ("in", "near", "around")))
                                     or is_place or (named and c.lower_ != "of")):
                continue  # "a region just above the Crimea", "towards Donetsk" for a withdrawal
            if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS and tok.i != root.i and tok.pos_ in ("NOUN", "PROPN") \
                    and tok.lemma_.lower() not in res.cues.munitions:
                continue  # "seized control of trade routes to China": where the routes lead (not "rockets and drones into X")
            if (named or side) and c.dep_ in ("compound", "amod", "nmod") and c.i in res.key_at:
                continue  # "the southern Gaza city of Khan Younis" is Khan Younis: Gaza only says where it is
            if c.i + 2 < len(c.doc) and c.doc[c.i + 1].text in HYPHENS and c.doc[c.i + 2].tag_ == "VBN":
                continue  # "the Moscow-annexed Crimean Peninsula": who annexed it, not where
            # an apposition after a place describes it ("El Fasher, the last city in Darfur held by the army");
            # one after a settlement word names it ("recaptured the capital Khartoum")
            described = is_place and c.i not in res.key_at
            # a coordinated phrase: "in Muzaffarabad and in Muridke" as well as "Muzaffarabad and Kotli"
            # (a site described by whom it shelters, where they are: "a school sheltering families in the Nuseirat camp")
            if c.dep_ not in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")) \
                    or (c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in SHELTERING) \
                    or (c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ not in excluded) \
                    or (c.dep_ == "appos" and not described
                        and (tok.i != root.i or (tok.lemma_.lower() in res.cues.settlement and c.i in res.key_at))):
                todo.append(c)
            elif c.dep_ == "appos":  # the list goes on after a description ("Bahawalpur, the base of X, and Muridke")
                todo += [g for g in c.children if g.dep_ == "conj" and g.i in res.key_at]


def _located_by(country: Token, res: ReferenceResolver) -> str:
    """A state that only says where a town named before it lies is no antecedent of a relative after it: the town is
    ("Maungdaw on the border with Bangladesh, which it took ...": Maungdaw); else the state."""
    if country.dep_ != "pobj" or country.head.lower_ not in ("with", "near", "outside"):
        return res.key_at[country.i]  # (not "Bakhmut in Ukraine, which they invaded": the state holds the town)
    tok, steps = country, 0
    while tok.dep_ in ("pobj", "prep") and steps < 4:
        tok, steps = tok.head, steps + 1
        if (town := res.key_at.get(tok.i) or of_place(tok, res, ("Place",))) and res.kind(town) == "Place":
            return town  # (or a settlement word's: "the town of Sudzha, near the border with Ukraine, which ...")
    return res.key_at[country.i]
