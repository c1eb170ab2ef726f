"""Which NER spans the gazetteer does not know become mentions, and of what kind: a person's name
(titles stripped, "President X"), an organisation with an organisation head word, a place with a
place cue; never a quote's fragment, a headline's capitalised word or a common word.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.cues import Cues
from graph.extraction.acronyms import defined_acronym, defined_acronyms
from graph.extraction.aliases import names_an_operation
from graph.extraction.candidates import Candidate
from graph.extraction.ner_index import name_head
from graph.extraction.doctext import QUOTE_MARKS, is_headline, is_subheading_word
from graph.extraction.group_spans import described_as_a_group, speaks_as_a_body
from graph.extraction.linking import after_a_title, best_entry
from graph.extraction.person_spans import described_as_a_person
from graph.extraction.person_tagged_places import (person_entry, placed_by_context, settlement_after, site_named_after,
                                                   toponym_taken)
from graph.extraction.place_cues import expelled_from, named_as_place, names_a_munition, names_an_outlet
from graph.extraction.settings import CITY_POPULATION
from graph.extraction.unit_names import command_name
from graph.gazetteer import Gazetteer
from graph.text import is_acronym, name_key


def _titled_name(doc: Doc, tokens: list[Token], cues: Cues, gaz: Gazetteer) -> bool:
    """Two or three capitalised proper nouns right after a title or a role ("minister", "General", "UN envoy"),
    none of them an organisation's head word or a demonym: a person's name, whatever the NER says."""
    if not 2 <= len(tokens) <= 3 or tokens[0].i == 0:
        return False
    before = doc[tokens[0].i - 1]
    if before.lower_.rstrip(".") not in cues.titles | cues.role_nouns:
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in cues.org_heads
               and t.lower_ not in cues.unit_types and not gaz.country_of_adjective(t.text) for t in tokens)


def has_org_head(span: Span, cues: Cues) -> bool:
    return len(span) > 1 and any(t.lower_ in cues.org_heads for t in span[1:])


def strip_titles(tokens: list[Token], cues: Cues, gaz: Gazetteer) -> list[Token]:
    """Remove leading titles and demonyms from a person name ("Ukrainian President Volodymyr Zelenskyy")."""
    out = list(tokens)
    while len(out) > 1 and (out[0].lower_.rstrip(".") in cues.titles or gaz.country_of_adjective(out[0].text)
                            or out[0].lower_ in ("the", "a")):
        out = out[1:]
    return out


def _addressed_by_rank(tokens: list[Token], cues: Cues) -> bool:
    """A title of address, then two or three capitalised words none of which a body's name ends with: a person."""
    if not tokens or tokens[0].lower_.rstrip(".") not in cues.address_titles:
        return False
    rest = [t for t in tokens if t.lower_.rstrip(".") not in cues.titles and t.text != "."]
    return 2 <= len(rest) <= 3 and all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in cues.org_heads
                                       and t.tag_ != "NNPS" for t in rest)  # (not "General Dynamics Land Systems")


DEMONYM_ENDINGS = ("ian", "yan", "ean", "ese", "ish")  # the endings of adjectives of peoples and regions


def accept_unknown(cand: Candidate, doc: Doc, gaz: Gazetteer, cues: Cues) -> bool:
    """Decide whether an NER span that the gazetteer does not know becomes an entity, and of which kind."""
    span = doc[cand.start:cand.end]
    tokens = list(span)
    tokens = _without_nickname(tokens)
    quote = max((k for k, t in enumerate(tokens) if t.text in QUOTE_MARKS), default=-1)
    tokens = tokens[quote + 1:]  # 'X. “Hamas': the name starts after the quote mark
    tokens = [t for t in tokens if t.text not in ("[", "]")]  # "Chairman [James] Comer": an editor's brackets
    if cand.ner == "ORG" and _addressed_by_rank(tokens, cues):
        cand.ner = "PERSON"  # "General Sylvain Ekenge", which the model calls a body (as "General Motors")
    if cand.ner == "PERSON":
        tokens = strip_titles(tokens, cues, gaz)
    name = " ".join(t.text for t in tokens) if tokens else ""
    if tokens and is_headline(span.sent) and not gaz.lookup(name):
        tokens = _known_part(tokens, gaz) or tokens  # "Zelensky Enemy of Ukraine Sends In ...": Zelensky
        name = " ".join(t.text for t in tokens)
    body = _body_before_a_title(tokens, gaz, cues) if len(tokens) == 2 else None
    if body is not None:  # "Pentagon Press Secretary Peter Cook": the Pentagon, "Press" is the title's
        tokens, name = [body], body.text
    if _not_a_name(cand, doc, span, tokens, name, gaz, cues):
        return False
    outlet = _outlet_name(doc, tokens, cues)
    if _link_known_inside(cand, doc, tokens, name, gaz, cues, places=not outlet):
        return True
    if outlet:
        cand.kind = "Organization"  # "the Funke media group", "Baza media outlet": an outlet's name
    elif not _choose_kind(cand, doc, tokens, name, gaz, cues):
        return False
    cand.start = tokens[0].i
    cand.end = tokens[-1].i + 1
    cand.name = name
    return True


def _outlet_name(doc: Doc, tokens: list[Token], cues: Cues) -> bool:
    """Capitalised words, no common noun among them ("Advocacy groups"), that name a news outlet."""
    return all(t.text[:1].isupper() and t.pos_ != "NOUN" for t in tokens) \
        and names_an_outlet(doc[tokens[0].i:tokens[-1].i + 1], cues)


def _without_nickname(tokens: list[Token]) -> list[Token]:
    """A person's name without the nickname in quotes inside it: "John “J.D.” Dorrian" is John
    Dorrian (the span, and so the names kept, still has the nickname)."""
    marks = [k for k, t in enumerate(tokens) if t.text in QUOTE_MARKS]
    if len(marks) == 2 and 0 < marks[0] and marks[0] + 1 < marks[1] < len(tokens) - 1:
        return tokens[:marks[0]] + tokens[marks[1] + 1:]
    return tokens


def _body_before_a_title(tokens: list[Token], gaz: Gazetteer, cues: Cues) -> Token | None:
    """A known body and one more word that starts the title after them ("Pentagon Press Secretary",
    "Kremlin Press Secretary"): the body alone, when the two words are no name the gazetteer knows."""
    first, last = tokens
    title = last.head.lower_.rstrip(".")
    if last.dep_ != "compound" or last.head.i != last.i + 1 or title not in cues.titles or title in cues.org_heads:
        return None
    known = [e for e in gaz.lookup(first.text, translit=False) if e.kind in ("Organization", "MilitaryUnit")]
    return first if known and not gaz.lookup(f"{first.text} {last.text}") else None


def _known_part(tokens: list[Token], gaz: Gazetteer) -> list[Token] | None:
    """The longest known name at the start or the end of a headline's span: title case runs a name
    into the capitalised words around it, and the model's span takes them along."""
    for size in range(len(tokens) - 1, 0, -1):
        for part in (tokens[:size], tokens[-size:]):
            if gaz.lookup(" ".join(t.text for t in part)):
                return part
    return None


def _not_a_name(cand: Candidate, doc: Doc, span: Span, tokens: list[Token], name: str, gaz: Gazetteer,
                cues: Cues) -> bool:
    """Numbers, common words, demonyms, parts of titles, capitalised words of a headline, the names
    of laws and treaties."""
    key = name_key(name)
    plural = key.endswith("s") and key[:-1] in cues.non_entities  # ("Storm Shadows", as "Storm Shadow")
    if not key or key in cues.non_entities or plural or any(c.isdigit() for c in key):
        return True
    if (is_headline(span.sent) or is_subheading_word(span)) and not gaz.lookup(name):
        return True  # an unknown capitalised phrase in a headline is as likely a verb as a name, a section's
        # one-word heading no name at all
    if not tokens[0].text[:1].isupper() or len(tokens) > 8:
        return True
    if len(tokens) == 1 and key in cues.org_heads and key not in cues.mastheads | cues.bare_bodies and any(
            len(e) > 1 and key in {t.lower_ for t in e} for e in doc.ents):
        return True  # "the Government and people of Iraq ... the Iraqi Government": the body named with that word
        # (the resolver's "the government"; alone, as a release's "the Department", it is the only name there is)
    if len(tokens) == 1 and tokens[0].tag_ == "RB" and tokens[0].is_alpha:
        return True  # "Nevertheless, ...", "Lately, ...": a sentence's adverb, capitalised, is no name
    if len(tokens) == 2 and tokens[1].text == "ministry":
        return True  # "Defence ministry spokesman X said": a ministry described, not named (the resolver's, by its state)
    if tokens[0].text in cues.vessel_prefixes:
        return True  # "USS Carney": a ship (graph.extraction.vessel_names finds the names ship nouns describe)
    if len(tokens) > 1 and tokens[-1].lower_ in cues.document_heads and tokens[0].lower_ not in cues.org_heads:
        # "the Taiwan Relations Act", "the Minsk Agreements": a document, not an actor (but the "Government of
        # National Accord" is a government)
        return True
    if all(gaz.country_of_adjective(t.text) or t.lower_ in gaz.peoples or not t.is_alpha for t in tokens):
        return True  # "Ukrainian", "Russians": demonyms are never entities
    if key in gaz.peoples or gaz.country_of_adjective(name) or key in cues.people_groups:
        return True  # a nationality, or a community ("the Yazidi community", "Alawites")
    low = tokens[0].lower_
    if len(tokens) == 1 and (low in cues.forces_nouns or (tokens[0].is_sent_start and {
            low, low.rstrip("s"), low[:-3] + "man"} & cues.nonstate_nouns)):
        return True  # "Junta airstrikes hit ...": whose forces, the resolver says; "Gunmen attacked ..."
    armament = {tokens[0].lemma_.lower(), tokens[0].lower_.rstrip("s")} & cues.armament
    if len(tokens) == 1 and tokens[0].is_sent_start and (names_a_munition(tokens[0], cues) or armament):
        return True  # "Shells fell near ...": a sentence's first word, capitalised (not "Shell and BP")
    if len(tokens) == 1 and tokens[0].lower_.endswith(DEMONYM_ENDINGS) and tokens[0].dep_ in ("amod", "compound") \
            and {tokens[0].head.lemma_.lower(), tokens[0].head.lower_} & (cues.people_nouns | cues.forces_nouns
                                                                         | cues.nonstate_nouns | cues.settlement):
        # "Tigrayan rebels", "Eritrean troops", "the Tigrayan capital": a people's or a region's adjective
        return True
    if _people_described(tokens, cues) and not gaz.lookup(name):
        return True  # "Reserve Airmen", "these total force Airmen": people described, not named
    title = doc[cand.start - 2] if cand.start >= 2 else None
    if cand.ner in ("ORG", "GPE") and title is not None and doc[cand.start - 1].lower_ == "of" \
            and (title.lower_ in ("head", "director", "chief") or (title.lower_ in cues.titles and title.text[:1].isupper())):
        return True  # "Secretary of State", "Chief of Staff": part of a title (not "a leader of Bashkort")
    if tokens[-1].dep_ == "compound" and tokens[-1].head.lower_.rstrip(".") in cues.titles \
            and all(gaz.country_of_adjective(t.text) for t in tokens[:-1]):
        return True  # "Defense" in "Ukrainian Defense Minister Oleksii Reznikov", "British Defence" Secretary
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if len(tokens) > 1 and tokens[-1].lower_.rstrip(".") in cues.title_abbreviations and (
            tokens[-1].text.endswith(".") or (after is not None and (after.text == "." or after.text[:1].isupper()))):
        return True  # "Navy Capt. Jeff Davis" tagged "[Navy Capt]" "[Jeff Davis]": no name ends with a rank before
        # a name (but "Hun Sen, who ...": a name's last word, the senator's abbreviation only in writing)
    if all(t.lower_.rstrip(".") in cues.titles or t.lower_.rstrip(".") in cues.branch_ranks for t in tokens):
        return True  # "Rear Admiral", "Major General": a rank before a name, which the model may call a body
    return False


def _people_described(tokens: list[Token], cues: Cues) -> bool:
    """A capitalised plural of a noun for people ("Airmen", "Ukrainian Soldiers"), not the end of a
    longer name, which has words in lower case ("the Committee to Protect Journalists", "Mothers of
    Soldiers")."""
    last = tokens[-1].lower_
    singular = last[:-3] + "man" if last.endswith("men") else last[:-1] if last.endswith("s") else None
    return singular in cues.people_nouns and all(t.text[:1].isupper() for t in tokens)


def _link_known_inside(cand: Candidate, doc: Doc, tokens: list[Token], name: str, gaz: Gazetteer,
                       cues: Cues, places: bool = True) -> bool:
    """Link the span to a name the gazetteer knows inside it, when one fits the context (a small town
    only when ``places``: "Baza media outlet" is no town, "a Moscow newspaper" is the city's)."""
    plain = " ".join(t.text for t in tokens if not (len(t.text.rstrip(".")) == 1 and t.text[0].isupper()))
    known = [e for e in gaz.lookup(name) or gaz.lookup(plain)  # "Antony J. Blinken" is Antony Blinken
             if not (cand.ner == "PERSON" and e.is_place and not e.curated)
             and (places or not e.is_place or (e.label == name and (e.curated or e.population >= CITY_POPULATION)))]
    if known and cand.ctx is not None:
        # a name the gazetteer knows, inside a longer match it rejected ("Kharkiv" of "Kharkiv region")
        trial = Candidate(tokens[0].i, tokens[-1].i + 1, "gazetteer", 0.0, entries=known, ner=cand.ner)
        entry = best_entry(trial, doc, cand.ctx, cues)
        if entry is not None:
            cand.start, cand.end, cand.entry, cand.kind = trial.start, trial.end, entry, entry.kind
            return True
    return False


PERSONAL_UNDERTAKINGS = {"campaign", "mission"}  # groups a person's name before them names ("the Biden campaign")


def _choose_kind(cand: Candidate, doc: Doc, tokens: list[Token], name: str, gaz: Gazetteer, cues: Cues) -> bool:
    """The kind of an unknown name from the NER label and the words; False when it is no name after all."""
    head = name_head(tokens)
    if _named_as_a_body(doc, tokens, cues):
        # "the Shammar tribe", "members of the Al Bu Nimr tribe", "the Viv Ansanm gang", "the Viv Ansanm coalition",
        # "the Rafael defence company": a tribe's, a band's, a group's, a firm's name; and the name a group's noun
        # heads or names ("the jihadist group Hurras al-Din", "the militia Kataib Sayyid al-Shuhada")
        cand.kind = "Organization"
        return True
    if (len(tokens) > 1 and tokens[0].text == "Operation" and all(t.text[:1].isupper() for t in tokens[1:])) \
            or names_an_operation(tokens):
        # "troops of Operation Hadin Kai", "Operation Inherent Resolve": a named operation is no place (the
        # model calls some buildings); it stands for the command that runs it, a body as re3d types them
        cand.kind = "Organization"
        return True
    # "Southbank Centre", "Crocus City Hall": a building, whatever the NER says; but a "centre" the NER
    # calls an organisation is one more often than not ("Pew Research Center")
    if len(tokens) > 1 and head in cues.venue_heads and (cand.ner in ("PERSON", "FAC") or
                                                         (cand.ner == "ORG" and head not in ("centre", "center"))):
        cand.kind = "Place"
        return True
    if cand.ner == "PERSON":
        if len(tokens) == 1 and tokens[0].dep_ in ("compound", "amod") and tokens[0].head.pos_ == "NOUN" \
                and not (settlement_after(tokens, cues) or site_named_after(tokens, cues)):
            return False  # "the Trojan horse model"; not "Maungdaw township", "the Fordow enrichment facility"
        if placed_by_context(cand, tokens, name, gaz, cues):
            # "a military base in Adan Yabaal", "had seized Minova", "Stepanakert, the region's main
            # city", "took control of Ostrava Nova", "in Lin Ta Lu village": a place, whatever the NER says
            cand.kind = "Place"
            return True
        if any(t.lower_ in ("'s", "’s") for t in tokens[:-1]):
            return False  # "Bihar's Begusarai" is no one's name
        # a person's linked entry (Putin written alone, Zelensky mis-spelled) is found by name
        cand.entry = person_entry(name, gaz)
        cand.kind = "Person"
        if not cand.given_name and not any(t.pos_ == "PROPN" for t in tokens):  # "Piers was quick": a noun
            return False
    elif (cand.ner == "ORG" and _titled_name(doc, tokens, cues, gaz)) or described_as_a_person(tokens, cues):
        # "Deputy defence minister Hanna Maliar", "his wife, Mira Delk": the model's body or place is a person
        cand.kind = "Person"
        cand.entry = person_entry(name, gaz)
    elif cand.ner == "ORG":  # (an office is no body: "the UN Humanitarian Coordinator"; the UN stays the gazetteer's)
        return head not in cues.role_nouns - cues.kin_nouns and _body_kind(cand, doc, tokens, name, head, cues)
    elif after_a_title(doc[tokens[0].i:tokens[-1].i + 1], cues):
        cand.kind = "Person"  # "Senator Jackson", "President Lula": the model's place is a person
        cand.entry = person_entry(name, gaz)
    elif described_as_a_group(tokens, cues) or speaks_as_a_body(tokens, cues):
        cand.kind = "Organization"  # "Bashkort, a grassroots movement", "Trafigura ... said": a body
    else:
        words = [t for t in tokens if t.lower_ not in cues.compass]
        if not words or all(gaz.country_of_adjective(t.text) or t.lower_ in gaz.peoples for t in words):
            return False  # "Eastern Ukrainian" is an adjective, not a place
        if len(tokens) == 1 and tokens[0].is_sent_start and tokens[0].tag_ in ("NN", "NNS"):
            return False  # "Strikes in Syria": a common noun, capitalised as a line's first word
        # an unknown acronym ("the BAFTAs", "MNDAA") names an organisation far more often than a place
        cand.kind = "Organization" if len(tokens) == 1 and is_acronym(tokens[0].text) else "Place"
    return True


def _named_as_a_body(doc: Doc, tokens: list[Token], cues: Cues) -> bool:
    """A proper name with a tribe's, a band's or a group's noun right after it, or a firm's, or a group's or a firm's
    noun right before it in a definite phrase that heads or names it ("the security firm Ambrey"; not "a group Amina
    Yusuf founded")."""
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    firm = tokens[-1].dep_ == "compound" and tokens[-1].head.lemma_.lower() in cues.firms
    bodies = cues.kin_groups | cues.armed_bands | (cues.group_nouns - PERSONAL_UNDERTAKINGS)
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    # (the name is not the subject of a relative clause on the noun: "the group Amina Yusuf founded was banned")
    gap = after is not None and after.tag_.startswith("VB") and after.i + 1 < len(doc) \
        and doc[after.i + 1].pos_ in ("AUX", "VERB")
    named = before is not None and before.lower_ in bodies | cues.firms and before.text.islower() and not gap and (
        before.head.i in {t.i for t in tokens} or tokens[-1].head.i == before.i) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in (*before.children, *tokens[-1].children))
    return ((after is not None and after.lower_ in bodies) or firm or named) \
        and all(t.pos_ == "PROPN" or t.text == "-" for t in tokens)


def _body_kind(cand: Candidate, doc: Doc, tokens: list[Token], name: str, head: str, cues: Cues) -> bool:
    """The kind of a name the model calls an organisation: a unit when its head word is a unit's or
    forces' ("British Armed Forces", "Support Forces of the Armed Forces of Ukraine", "the National
    Defense Force"; a "Task Force" may be civil), a place when a settlement's word follows it or a place's
    preposition comes before one word, else a body; False for capitalised common words."""
    military = head.rstrip("s") in cues.unit_types - {"group", "company"} or head in cues.forces_nouns \
        or (f"{head}s" in cues.forces_nouns and not any(t.lower_ == "task" for t in tokens)) \
        or command_name(tokens, cues)
    cand.kind = "MilitaryUnit" if military else "Organization"
    if not has_org_head(doc[tokens[0].i:tokens[-1].i + 1], cues) and settlement_after(tokens, cues):
        cand.kind = "Place"  # "the Al-Sinek neighborhood", "the Kachin village": a place, whatever the NER says
    if len(tokens) == 1 and tokens[0].is_stop and tokens[0].text not in defined_acronyms(doc):
        return False  # (but "IS" is a name where the text defines it: "Islamic State (IS)")
    if cand.kind != "MilitaryUnit" and ((len(tokens) == 1 and named_as_place(tokens[0], cues)) or toponym_taken(tokens, cues)
                                        or expelled_from(tokens[-1], cues)):
        cand.kind = "Place"  # ("withdrew from Kafr Velmor", "pushed the troops out of Velmor Yar")
    acronym = len(tokens) == 1 and ((tokens[0].text.isupper() and 2 <= len(tokens[0].text) <= 6)
                                    or defined_acronym(doc, tokens[0].i))  # "(CoI)"
    # "Heavy metals", "Emphasis": capitalised words, not names (but "the Western battlegroup" is a command's)
    return acronym or any(t.pos_ == "PROPN" for t in tokens) or name.lower() in cues.bare_bodies or command_name(tokens, cues)
