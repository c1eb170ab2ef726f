"""What the words around a name say about it being a place: a place preposition before it ("in",
"near", "out of"), a settlement word ("the village of X", "X region"), a list after one, or an event
that takes places ("captured X", "the liberation of X"); and what says it is not one (a name that goes
on: "Lancaster House").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.cues import Cues
from graph.extraction.doctext import in_dateline
from graph.extraction.event_time import attached_date_text
from graph.gazetteer import Gazetteer
from graph.text import is_acronym

NOT_LOCATIVE = {"to", "of", "on", "over"}
AIMED = ("at", "into", "on", "toward", "towards")  # where what is fired goes
PLACE_EVENTS = ("ControlChange", "Attack", "Offensive", "Withdrawal")  # events whose object is a place ("stormed X", "left X")
CAPTURES = ("ControlChange",)  # what is taken is a place; what is struck may be a company ("hit Ukrenergo")
SITES = {"position", "checkpoint", "post", "outpost", "camp", "trench", "roadblock", "crossing"}  # where troops hold or pass
LOCATIVE_PREPS = {"near", "outside", "around", "inside", "in", "within", "across", "along", "beyond", "through"}


def first_conjunct(tok: Token) -> Token:
    """The first item of the list a word is a later item of ("Bucha" for "Irpin" in "Bucha, Irpin and
    Hostomel"), else the word itself."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def place_cue(span: Span, cues: Cues) -> tuple[bool, bool]:
    """(any cue, strong cue) that the span names a place: "in X", "the village of X", "X region",
    "X, west of Bakhmut"; in a list ("the towns of Bucha, Irpin and Hostomel") the first item's cue counts."""
    first = first_conjunct(span.root)
    weak, strong = _cue_at(span.doc, span.start, span.end, cues)
    first_item = list_start(span)
    if first_item < span.start and not strong:
        weak2, strong2 = _cue_at(span.doc, first_item, first_item + 1, cues)
        weak, strong = weak or weak2, strong or strong2
    if first.i < span.start:
        weak2, strong2 = _cue_at(span.doc, first.left_edge.i if first.left_edge.pos_ == "PROPN" else first.i,
                                 first.i + 1, cues)
        weak, strong = weak or weak2, strong or strong2
    appos = [c for t in span for c in t.children if c.dep_ == "appos"
             and (c.lemma_.lower() in cues.settlement or c.lower_ in cues.compass)]
    strong = strong or bool(appos) or in_dateline(span)  # "Grozny, a much smaller town,", "KYIV, May 7 (Reuters) -"
    strong = strong or (len(span) > 1 and span[-1].lower_ in REGION_HEADS)  # a name that says so: "Sumska oblast"
    # what is captured, liberated or shelled is a place: "Russian forces captured Avdiivka"
    return weak or strong or taken_as_place(span, cues) or reached(span, cues), strong


REGION_HEADS = ("oblast", "krai", "region", "province")  # the last word of a region's name
TOWARDS = ("to", "towards", "toward", "into", "on")  # where an advance or a retreat goes


def reached(span: Span, cues: Cues) -> bool:
    """What a verb of arrival has as its object is a place: "reached Homs on Saturday night", "neared
    Kherson" (a proper name: "reached an agreement" is none); so is where troops advance or fall back
    to ("advanced to Hama", "pushed on towards Homs", "retreated into Kherson") or come closer to."""
    first = first_conjunct(span.root)
    if not span[0].text[:1].isupper():
        return False
    if first.dep_ == "pobj" and first.head.lower_ == "to" and first.head.head.lower_ in ("closer", "nearer"):
        return first.left_edge.i >= span.start  # "moved closer to Bukavu" (not "closer to a European Green Deal")
    if first.dep_ == "pobj" and first.head.lower_ in TOWARDS and first.head.head.pos_ == "VERB":
        verb = first.head.head
        return cues.triggers.get(verb.lemma_.lower()) in ("Offensive", "Withdrawal")
    return first.dep_ == "dobj" and first.head.pos_ == "VERB" and first.head.lemma_.lower() in cues.arrival


def taken_as_place(span: Span, cues: Cues, events: tuple[str, ...] = PLACE_EVENTS) -> bool:
    """What is captured, stormed, liberated or shelled is a place: "Russian forces captured Avdiivka", "the
    liberation of Sinjar", "the fall of Bakhmut", what falls ("Avdiivka fell"), what an attack noun falls
    "on" ("airstrikes on Sanaa", "the assault on Mariupol"; "talks on Sanaa" say nothing), what control
    is taken of ("took full control of El Fasher") and what is fired at ("fired rockets at Sderot")."""
    first = first_conjunct(span.root)
    head = first.head
    control = _control(first)
    if control is not None and control.dep_ == "dobj":
        # "had taken full control of El Fasher", however the parser hangs the "of"
        return _takes(control.head, cues, events)
    if first.dep_ == "pobj" and head.lower_ in AIMED and head.head.lemma_.lower() in cues.munition_verbs:
        return True  # "fired rockets at Kiryat Shmona", "launched missiles into Israel"
    if first.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in cues.light \
            and any(c.dep_ == "dobj" and cues.triggers.get(c.lemma_.lower()) in events for c in head.head.children):
        return True  # "laid siege to El Fasher"
    if first.dep_ == "poss" and head.pos_ == "NOUN" and "ControlChange" in events \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return _takes(head, cues, ("ControlChange",))  # "Lyman's capture", "Bakhmut's fall" (not "Russia's capture of X")
    if first.dep_ == "pobj" and head.lower_ in ("of", "on") and head.head.pos_ == "NOUN":
        if head.lower_ == "on" and cues.triggers.get(head.head.lemma_.lower()) not in ("Attack", "Offensive"):
            return False
        head = head.head  # "the liberation of Sinjar"
    elif first.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in cues.place_subject:
        # "Avdiivka fell to Russian forces"; shells and rockets fall too ("Shells fell near ...")
        return not names_a_munition(first, cues)
    # the object, also a name right after the verb the parser took for a modifier: "recaptured Lyman on
    # October 1, ...", "had taken Bakhmut in eastern Ukraine"
    elif _dated_item(span.root, cues, events):
        return True  # "captured Aleppo on Nov. 30, Hama on Dec. 5 and Homs on Saturday"
    elif not ((first.dep_ in ("dobj", "nsubjpass") or (first.dep_ in ("npadvmod", "advmod") and first.i == head.i + 1
                                                        and first.text[:1].isupper())) and head.pos_ == "VERB"):
        return False
    return _takes(head, cues, events)


def its_place_taken(tok: Token, cues: Cues) -> bool:
    """"Its" on a noun of taking with no "of" phrase is the place taken, not who took it ("since its capture
    in May"; not "its capture of Lyman")."""
    head = tok.head
    return tok.lower_ == "its" and tok.dep_ == "poss" and head.pos_ == "NOUN" \
        and cues.triggers.get(head.lemma_.lower()) == "ControlChange" and not any(c.lower_ == "of" for c in head.children)


def _takes(verb: Token, cues: Cues, events: tuple[str, ...]) -> bool:
    """The verb takes, leaves or hits places: a trigger of one of ``events``, or a verb that cedes a place
    ("lost control of Lashio to", "surrendered Hodeidah to")."""
    lemma = verb.lemma_.lower()
    return cues.triggers.get(lemma) in events or ("ControlChange" in events and lemma in cues.cede_verbs)


def control_taken_of(tok: Token) -> bool:
    """The name is what control is taken, lost or held of ("took control of X", "seized full control of
    X", "was in control of X"), however the parser hangs the "of"; not whose control it is ("under the
    control of Hamas")."""
    tok = first_conjunct(tok)  # "took control of X and Y"
    control = _control(tok)
    return control is not None and (control.dep_ == "dobj" or (control.dep_ == "pobj" and control.head.lower_ == "in"))


def _control(tok: Token) -> Token | None:
    """The word "control" before the "of" the token hangs on."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.i == 0:
        return None
    control = prep.head if prep.head.pos_ == "NOUN" else tok.doc[prep.i - 1]
    return control if control.lemma_.lower() == "control" else None


def _dated_item(tok: Token, cues: Cues, events: tuple[str, ...]) -> bool:
    """The name is an item, after the first, of a list with a date per item that goes on the object of a
    verb of those events (:func:`dated_list_items`)."""
    for verb in (tok.head, tok.head.head.head):  # hung on the verb, or a conjunct of the last item's date
        if verb.pos_ == "VERB" and cues.triggers.get(verb.lemma_.lower()) in events:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            return tok in dated_list_items(verb, objects)
    return False


def dated_list_items(head: Token, objects: list[Token]) -> list[Token]:
    """Items of a list that goes on a verb's object (its first ``objects``) with their own dates,
    however parsed: nouns the parser hung on the verb itself ("liberated Kupiansk on September 9,
    Izium on September 10, and Velykyi Burluk ..."; the object itself when the parser took it for a
    modifier; a second object: "captured Soledar in January and Bakhmut's outskirts") and conjuncts of
    the object that carry a date ("captured Soledar in January and Bakhmut in May")."""
    hung = [c for c in head.children if c.i > head.i and (c.dep_ in ("npadvmod", "conj", "appos") or c in objects[1:])
            and c.pos_ in ("PROPN", "NOUN")]
    if not objects and not (hung and hung[0].i == head.i + 1 and hung[0].dep_ == "npadvmod"):
        return []
    dated = [c for c in objects[0].subtree if c.dep_ == "conj" and attached_date_text(c)] if objects else []
    # "took Hama on Thursday and Homs on Saturday": the next item parsed as a conjunct of the date
    dated += [c for p in head.children if p.dep_ == "prep" for d in p.children if d.dep_ == "pobj"
              and d.ent_type_ == "DATE" for c in d.children if c.dep_ == "conj"
              and (c.pos_ == "PROPN" or c.text[:1].isupper())
              and c.ent_type_ != "DATE"] if objects else []
    return sorted(hung + dated, key=lambda t: t.i)


def names_a_munition(tok: Token, cues: Cues) -> bool:
    """The word is a shell's, a rocket's, a missile's ... ("Shells", "rockets"), by its lemma or without
    its plural's s (the tagger takes a capitalised "Shells" for a name)."""
    return tok.lemma_.lower() in cues.munitions or tok.lower_.rstrip("s") in cues.munitions


def list_start(span: Span) -> int:
    """Where a list of names that ends with this span begins ("Bucha, Irpin and Hostomel")."""
    doc = span.doc
    i = span.start
    while i >= 2 and doc[i - 1].lower_ in (",", "and", "or") and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha:
        i -= 2
        while i >= 1 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and doc[i - 1].i >= span.sent.start:
            i -= 1
    return i


def _cue_at(doc: Doc, start: int, end: int, cues: Cues) -> tuple[bool, bool]:
    before = doc[start - 1] if start > 0 else None
    before2 = doc[start - 2] if start > 1 else None
    after = doc[end] if end < len(doc) else None
    strong = bool(
        (before is not None and before.lower_ == "of" and before2 is not None and before2.lemma_.lower() in cues.settlement)
        or (before is not None and before.lower_ == "including"  # "several villages, including Robotyne"
            and (any(t.lemma_.lower() in cues.settlement and t.pos_ == "NOUN" for t in doc[max(0, start - 8):start - 1])
                 or (start >= 3 and doc[start - 2].text == "," and doc[start - 3].ent_type_ in ("GPE", "LOC"))))
        # ("rockets at northern Israel, including Safed"); "southern Gaza's Khan Younis": no one's name is put so
        or (start >= 3 and before.tag_ == "POS" and doc[start - 2].ent_type_ in ("GPE", "LOC")
            and doc[start - 3].lower_ in cues.compass and doc[start - 3].pos_ == "ADJ")
        # "X region", "the X direction", "Rakhine state"; the name itself says so: "Kharkiv region" (not
        # "Ohio's state senator")
        or (after is not None and after.lower_ in cues.settlement | cues.front_sectors | cues.divisions)
        or (end - start > 1 and doc[end - 1].lower_ in cues.settlement | cues.divisions and doc[end - 2].tag_ != "POS")
    )
    # a site's word in lower case after the name: "the Kherson airport", "the Mariupol port"
    site = after is not None and after.is_lower and after.lower_ in cues.venue_heads
    weak = strong or site or place_prep_before(doc, start, cues) is not None
    return weak, strong


ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"}  # joined by a hyphen: "al-Hilla"


def place_prep_before(doc: Doc, start: int, cues: Cues) -> Token | None:
    """The place preposition right before ``start``: a preposition, not the infinitive "to" ("Forces
    Russian Military To Retreat"); a capitalised one opening the sentence is one whatever the tagger
    says ("Near Sinjar, one strike ...": PROPN)."""
    if start >= 3 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ARABIC_ARTICLES:
        start -= 2  # "in al-Hilla", "near as-Suwayda": the preposition is before the article
    start = after_compass(doc, start, cues)  # "in western Kindrashivka", "in northern Gaza"
    before = doc[start - 1] if start > 0 else None
    if before is None or before.lower_ not in cues.place_prep:
        return None
    return before if before.pos_ == "ADP" or (before.is_sent_start and before.lower_ not in ("to", "of")) else None


def after_compass(doc: Doc, start: int, cues: Cues) -> int:
    """Where a name's phrase starts when a compass adjective stands right before the name ("western" of
    "in western Kindrashivka"): that adjective's index, else ``start``."""
    if start >= 2 and doc[start - 1].lower_ in cues.compass and doc[start - 1].pos_ == "ADJ":
        return start - 1
    return start


def past_compass(doc: Doc, i: int, cues: Cues) -> int:
    """The index after the compass words (and the hyphens joining them) from ``i`` on ("northwest Yemen",
    "north-western Syria"), else ``i``."""
    while i < len(doc) and (doc[i].lower_ in cues.compass or doc[i].text == "-"):
        i += 1
    return i


def preceded_by_the(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def locative_before(span: Span, cues: Cues) -> bool:
    """A preposition of location right before the span ("in", "near", "from", "out of", "north of"; not "to", "of",
    "on", "over", which take people and things as often)."""
    start = span.start - 1 if span.start > 1 and span.doc[span.start - 1].lower_ == "the" else span.start
    before = place_prep_before(span.doc, start, cues)  # "at The Hague", "in the Donbas"
    if before is not None and before.lower_ == "of" and before.i > 0 and (
            before.nbor(-1).lower_ in cues.compass | {"out", "outskirts", "edge"} or before.nbor(-1).lemma_ in cues.partitives):
        return True  # "pushed ISIL out of Kobane", "the north of Tigray", "west of Aleppo", "the centre of Bukavu"
    return before is not None and before.lower_ not in NOT_LOCATIVE


def name_goes_on(span: Span, cues: Cues) -> bool:
    """A capitalised word right after the span that is no place word: the span is part of a longer
    name ("Lancaster House", "Mobile Unit Two")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (after is not None and after.text[:1].isupper() and after.is_alpha
            and after.lower_ not in cues.settlement | cues.compass)


def names_an_outlet(span: Span, cues: Cues) -> bool:
    """The span's last word modifies a news outlet's kind written in lower case right after it, with
    "media" or "news" between or not: the outlet's name ("the Funke media group", "Baza media outlet";
    not "Kharkiv regional television", whose kind is no outlet word)."""
    doc, k = span.doc, span.end
    if k < len(doc) and doc[k].lower_ in ("media", "news", "tv") and k + 1 < len(doc):
        k += 1
    last = doc[span.end - 1]
    return k < len(doc) and doc[k].text.islower() and doc[k].lemma_ in cues.outlets \
        and last.dep_ in ("compound", "nmod", "amod") and span.end <= last.head.i <= k


def preceded_by_prep(span: Span, cues: Cues) -> bool:
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_ in ("the", "a"):
        i -= 1
    return i >= 0 and span.doc[i].lower_ in cues.place_prep - {"of", "to"}


def expelled_from(tok: Token, cues: Cues) -> bool:
    """What forces are driven out of ("pushed Russian forces out of Kucheriv Yar", "drove the rebels back from X"):
    a place, whatever the NER calls it."""
    prep = tok.head
    out = prep.head if prep.lower_ in ("of", "from") and prep.head.lower_ in ("out", "back") else None
    verb = out.head if out is not None else None
    return tok.dep_ == "pobj" and verb is not None and verb.lemma_.lower() in cues.expel_verbs and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in cues.forces_nouns or c.lemma_.lower() in cues.forces_nouns
                                             | cues.armed_nonstate) for c in verb.children)


def named_as_place(tok: Token, cues: Cues) -> bool:
    """One proper name (no acronym) right after "in", "near"..., or listed after one ("attacks in Qamenas,
    Sarmin and Talamenes"), or what is captured, is where, whatever the NER calls it: "chemical weapons used
    in Marea", "had taken Sake and Minova"."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    doc = first.doc
    before = after_compass(doc, first.i, cues) - 1  # "in western Kindrashivka"
    # (a site "at" a name is there: "attacked our positions at Ihusi", "a checkpoint at Kavumu")
    site_at = before >= 1 and doc[before].lower_ == "at" and doc[before - 1].lemma_.lower() in SITES | cues.venue_heads
    return tok.pos_ == "PROPN" and not is_acronym(tok.text) and (
        (before >= 0 and doc[before].lower_ in LOCATIVE_PREPS) or site_at
        or taken_as_place(tok.doc[tok.i:tok.i + 1], cues, CAPTURES))


def listed_place(span: Span, label: str, gaz: Gazetteer, cues: Cues) -> bool:
    """A one-word name the model calls a people that a list puts somewhere is a place: "attacks in Qamenas,
    Sarmin and Talamenes" (NORP); a people's own name never is ("in Kurds and Arabs")."""
    word = span[0]
    return label == "NORP" and len(span) == 1 and named_as_place(word, cues) \
        and not gaz.country_of_adjective(word.text) and word.lower_ not in gaz.peoples \
        and word.lower_ not in cues.people_groups


def part_of_a_name(span: Span, ner: str | None) -> bool:
    """A word hyphened to another ("Hsin-Hsin Pan"), or a person's possessive ("condolences to Dayton's
    family", the NER's PERSON): part of someone's name, not a city (nor is the surname of a person
    the article names in full: Context.surnames)."""
    doc = span.doc
    article = span.start > 1 and doc[span.start - 2].lower_ in ARABIC_ARTICLES  # "al-Hilla" is Hilla
    hyphened = (span.end < len(doc) and doc[span.end].text in "-‐") or \
        (span.start > 0 and doc[span.start - 1].text in "-‐" and not article)
    possessive = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
    return hyphened or (possessive and ner == "PERSON")


def site_in(first: Token, cues: Cues) -> bool:
    """The name follows "in" or "near" after a settlement's or a site's word ("a military base in X",
    "the village near X"), or a compass adjective after a preposition ("advanced into central X",
    "in northern X": no one's name takes one): a place."""
    doc = first.doc
    if after_compass(doc, first.i, cues) < first.i and doc[first.i - 2].pos_ == "ADP":
        return True
    return first.i > 1 and doc[first.i - 1].lower_ in ("in", "near", "outside") \
        and doc[first.i - 2].lemma_.lower() in cues.settlement | cues.venue_heads


def in_part_of_a_country(last: Token, cues: Cues) -> bool:
    """The name is followed by "in" and a part of a country by its compass point ("Bani in northwest
    Yemen", "in north-eastern Syria"): a place; no one's name is put there that way."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "in":
        return False
    k = past_compass(doc, last.i + 2, cues)
    return k > last.i + 2 and k < len(doc) and doc[k].ent_type_ in ("GPE", "LOC")
