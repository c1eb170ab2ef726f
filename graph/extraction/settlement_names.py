"""Names the words around them make places, whatever the NER says: after "the village of", "the town of",
"the city of", "the port of", "the district of", "in the vicinity of", "the region known as", each name of a list
after "the villages of" or "several villages ..., including", each name joined before a plural region word ("Nineveh
and Salahuddin provinces"), a name a settlement's word is apposed to ("Nyabibwe, a mining town"), and the
scene of a strike report line ("Near Al Shadaddi, ..."), and a name no one tags that is captured ("the army
captured Harardhere").
"""
from __future__ import annotations

from spacy.tokens import Doc

from graph.cues import Cues
from graph.extraction.place_cues import CAPTURES, taken_as_place
from graph.extraction.stances import HYPHENS
from graph.text import is_acronym

SETTLEMENT_WORDS = {"village", "town", "city", "settlement", "hamlet", "hub", "township", "commune", "municipality"}
# ("the logistics hub of Izium", "the commune of Lascahobas")
UNKEPT_LABELS = {"", "WORK_OF_ART", "PRODUCT"}  # the model's labels for names warkg keeps none of (not a war's)
SCENE_PREPS = {"near", "outside"}  # "Near X, ..." opening a sentence sets the scene in a place
# "in the vicinity of Ayn Issa", "the outskirts of X" (lemma "outskirt"), "a suburb of X": a place, whatever the NER says
NEAR_WORDS = {"outskirt", "vicinity", "suburb", "environs"}
DISTRICT_WORDS = {"district", "neighbourhood", "neighborhood", "quarter"}  # "the districts of Salaheddine and Hanano"
REGION_WORDS = {"province", "region", "oblast", "governorate", "district"}  # "Nineveh and Salahuddin provinces"
AREA_WORDS = {"territory", "region", "area", "portion", "part", "peninsula"}  # "the territories ... including A, B and C" lists places too


def settlement_names(doc: Doc, cues: Cues):
    """Capitalised names (up to three words) after "village of", "town of", "city of", "the region
    known as", and each name of a list after "the villages of" or "several villages ..., including"."""
    for tok in doc[:-2]:
        lemma = tok.lemma_.lower()
        # (a port's too, "the ports of Hodeidah, Ras Isa and Salif"; not "Port of Spain", a city's whole name, nor
        # "the District of Columbia")
        if (lemma in SETTLEMENT_WORDS | NEAR_WORDS or (lemma in DISTRICT_WORDS | {"port"} and tok.is_lower)) \
                and doc[tok.i + 1].lower_ == "of":
            yield from _listed_names(doc, tok.i + 2, several=tok.lower_ != lemma)
        elif tok.lower_ == "known" and doc[tok.i + 1].lower_ == "as" and tok.head.i < tok.i \
                and tok.head.lemma_.lower() in cues.settlement | AREA_WORDS:
            # "the western region of Ukraine known as Galicia": the name the text gives the place
            start = tok.i + 3 if doc[tok.i + 2].lower_ == "the" else tok.i + 2
            yield from _listed_names(doc, start, several=False)
        elif tok.lower_ in SCENE_PREPS and (tok.is_sent_start or doc[tok.i - 1].text in ".;") \
                and tok.text[:1].isupper():
            # "Near Al Shadaddi, one strike engaged ...": a strike report's scene, whatever the NER says
            names = list(_listed_names(doc, tok.i + 1, several=False))
            if names and names[0][1] < len(doc) and doc[names[0][1]].text == ",":
                yield names[0]
        elif lemma in SETTLEMENT_WORDS and tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.tag_ == "NNP" \
                and doc[tok.head.i + 1].text == ",":
            # "Nyabibwe, a mining town in South Kivu, was seized": the name a settlement's word is apposed to
            start = tok.head.i
            while start > tok.head.i - 2 and doc[start - 1].tag_ == "NNP" and doc[start - 1].head.i == tok.head.i:
                start -= 1
            yield start, tok.head.i + 1
        elif tok.pos_ == "PROPN" and tok.ent_type_ in UNKEPT_LABELS and tok.text[:1].isupper() \
                and not is_acronym(tok.text) and not tok.is_sent_start and doc[tok.i - 1].pos_ != "PROPN" \
                and not any(t.text in HYPHENS for t in doc[max(0, tok.i - 2):tok.i]):  # (not "Pul" of "Sar-e Pul")
            # a name neither the model nor the gazetteer knows as a place or body that is captured: "the army
            # captured Harardhere" (the model tags nothing there, or a work of art)
            end = tok.i + 1
            while end < min(len(doc), tok.i + 3) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == tok.ent_type_:
                end += 1
            if (end == len(doc) or doc[end - 1].whitespace_ or not doc[end].is_alpha) \
                    and taken_as_place(doc[tok.i:end], cues, CAPTURES):
                yield tok.i, end
        elif lemma in REGION_WORDS and tok.tag_ == "NNS" and tok.i > 2 and doc[tok.i - 1].tag_ == "NNP":
            yield from _joined_before(doc, tok.i)  # "most of Nineveh and Salahuddin provinces": each a region
        elif tok.lower_ == "including" and any(t.lemma_.lower() in SETTLEMENT_WORDS | AREA_WORDS and t.tag_ == "NNS"
                                               for t in doc[max(tok.sent.start, tok.i - 12):tok.i]):
            yield from _listed_names(doc, tok.i + 1, several=True)


def _joined_before(doc: Doc, end: int):
    """The names joined right before a plural region word ("Nineveh and Salahuddin provinces", "the Donetsk,
    Luhansk and Zaporizhzhia regions"), when there are two or more."""
    names, stop = [], end
    while stop > 0 and doc[stop - 1].tag_ == "NNP":
        start = stop - 1
        while start > 0 and stop - start < 3 and doc[start - 1].tag_ == "NNP":
            start -= 1
        names.append((start, stop))
        stop = start - 1 if start > 0 and doc[start - 1].lower_ in (",", "and") else -1
        if stop > 0 and doc[stop].lower_ == "and" and doc[stop - 1].text == ",":
            stop -= 1  # ("Donetsk, Luhansk, and Kherson regions")
    if len(names) > 1:
        yield from reversed(names)


def _listed_names(doc: Doc, start: int, several: bool):
    """The names from ``start``: one, or a list of them ("A, B and C") when ``several``."""
    while start < len(doc):
        if doc[start].lower_ == "the" and several:
            start += 1  # "Austria, the Czech Sudetenland and the Polish Corridor"
        end, words = start, 0
        while end < len(doc) and words < 3:
            if doc[end].text[:1].isupper() or (end > start and elided_name_word(doc[end].text)):
                words += 1
            elif not (end > start and (doc[end].text in HYPHENS or _name_particle(doc, end))):
                break
            end += 1
        while end > start and not (doc[end - 1].text[:1].isupper() or elided_name_word(doc[end - 1].text)):
            end -= 1
        if end == start or (several and start > 0 and doc[start - 1].lower_ == "the" and end < len(doc)
                            and doc[end].is_lower and doc[end].pos_ == "NOUN"):
            return  # (the list is over at "... and Salif and the Ras Kanatib power station": a site's name)
        yield start, end
        if not several:
            return
        nxt = end
        while nxt < len(doc) and doc[nxt].lower_ in (",", "and") and nxt - end < 2:
            nxt += 1
        if nxt == end:
            return
        start = nxt


# lower-case particles inside Arabic place names ("Maarat al-Numan", "Deir ez-Zor", "Ras al Ain") and
# Portuguese, Spanish, French or Italian ones ("Mocimboa da Praia", "Ciudad del Este", "Rio de Janeiro",
# "Port-au-Prince", "Trou-du-Nord")
NAME_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "az", "ez", "an", "ed", "es", "en", "et", "ul", "bin", "ibn",
                  "da", "do", "de", "dos", "das", "del", "di", "au", "aux", "du", "des", "sur", "sous"}
ELISIONS = ("d'", "l'", "d’", "l’")  # an elided article a name's word opens with ("Saut-d'Eau")


def elided_name_word(text: str) -> bool:
    """A name's word that opens with an elided article ("d'Eau", "l'Artibonite")."""
    return text[:2].lower() in ELISIONS and text[2:3].isupper()


def _name_particle(doc: Doc, i: int) -> bool:
    """A particle inside a name ("Maarat al-Numan", "Ras al Ain"); not a word between two names the model tags apart
    ("the outskirts of Pokrovsk as Ukraine struggles": "as" joins clauses)."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    apart = i > 0 and doc[i - 1].ent_type_ != "" and nxt is not None and nxt.ent_iob_ == "B"
    return doc[i].lower_ in NAME_PARTICLES and nxt is not None and (nxt.text in HYPHENS or nxt.text[:1].isupper()) \
        and not apart
