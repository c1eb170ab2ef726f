"""Parse repairs of phrases the small parser runs together or apart (part of
:mod:`graph.extraction.parse_repairs`, which runs them in its order, right after the parser and before the
attribute ruler and lemmatizer: they read tags and word forms, not parts of speech or lemmas).

- A date run into the subject after it ("On 15 April 2023 RSF fighters attacked", "On" left without an
  object): the preposition's object.
- An acronym that is also a word read as a verb ("after IS fighters overran"): the modifier of the noun after it.
- A settlement word run into the compass word after it ("recapture the city west of Baghdad", "west" the object):
  the settlement word is the object, the compass word where it lies (so for a district, an area, a camp or a base);
  so is "offensive" read as an adjective. A compass word made a second object of the preposition ("in the Sirwah
  district west of the city"): where the first lies.
- "Said the operation, named X, aimed to ...": the past form after a participle set off by commas is the reported
  clause's verb, the reporting verb's object its subject.
- A day hung on the last of joined objects ("struck the site and dozens of targets early on Friday"): the verb's.
- A phrase set off by commas before a clause of time taken for a second subject of its verb ("withdrew from the
  headquarters, their last base, a day before fighters overran it"): an apposition of the noun before it; without
  the comma, no subject of that verb.
- A description set off by commas after a name taken for a second object ("entered Kupiansk, a railway hub on the
  Oskil River, and Izium, the main base"): an apposition of the name, the names after it joined to it.
- Phrases hung on a count of things after the things ("hundreds of strikes on Houthi targets in Yemen"): the
  things'.
- A name joined to the object before it that is the subject of the verb right after it, which has none ("killed
  civilians in Sisaket province and Cambodia accused Thai jets ..."): that verb's subject.
- An infinitive hung on the statement a verb's object was addressed in ("urged his fighters in a statement to
  protect civilians"): the verb's.
- A plural report noun after a comma that a rejection describes ("..., claims the army rejected"), read as a second
  report verb: an apposition, the rejection its relative clause.
- A name that opens a paragraph with a colon, taken for a second subject of the verb after it ("Nigeria: On 15
  February, ISWAP fighters stormed ...") or for the subject with the real one hung on it ("A: The M23 ... has been
  fighting"): the paragraph's label, no subject.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.dates import WEEKDAYS, month_number
from graph.extraction.place_refs import SETTLEMENTS

PARTICIPLE_TAGS = {"VBN", "VBD"}
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
NAME_TAGS = {"NNP", "NNPS"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
COMPASS_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
                 "north-west", "south-east", "south-west"}


def take_place(new: Token, old: Token) -> None:
    """``new`` takes ``old``'s place in the tree: its head and label, or the root's."""
    new.head, new.dep_ = (old.head, old.dep_) if old.head.i != old.i else (new, "ROOT")


# nouns of places a compass phrase may place ("the city west of Baghdad", "the Saraqib district west of the city")
PLACED_NOUNS = {*SETTLEMENTS, "district", "region", "province", "area", "neighbourhood", "neighborhood", "camp", "base"}


def settlement_placed(doc: Doc) -> None:
    """"to recapture the city west of Baghdad": the parser makes "west" the object and "the city" its compound;
    the city is the object, "west of Baghdad" where it lies. So is an offensive the tagger read as an adjective
    ("launched an offensive west of Aleppo")."""
    for tok in doc[:-2]:
        compass = tok.head
        measured = compass.lower_ in COMPASS_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in compass.children)
        offensive = tok.dep_ == "amod" and tok.tag_ == "JJ" and tok.lower_ in ("offensive", "counteroffensive")
        if not (offensive or (tok.dep_ == "compound" and tok.tag_ == "NN" and tok.lower_ in PLACED_NOUNS)) \
                or compass.i != tok.i + 1 or not measured:
            continue
        tok.tag_ = "NN"
        for child in [c for c in compass.children if c.dep_ in ("det", "amod", "poss") and c.i < tok.i]:
            child.head = tok  # ("the city")
        take_place(tok, compass)
        compass.head, compass.dep_ = tok, "npadvmod"


def compass_beside_object(doc: Doc) -> None:
    """"seizing positions in the Sirwah district west of the city": the parser makes "west" a second object of
    "in"; it says where the object before it lies."""
    for compass in doc:
        prep = compass.head
        if compass.dep_ != "pobj" or compass.lower_ not in COMPASS_NOUNS or prep.dep_ != "prep" \
                or not any(c.dep_ == "prep" and c.lower_ == "of" for c in compass.children):
            continue
        first = next((c for c in prep.children if c.dep_ == "pobj" and c.i < compass.i and c.tag_ in NOUN_TAGS
                      and c.right_edge.i + 1 == compass.left_edge.i), None)
        if first is not None:
            compass.head, compass.dep_ = first, "npadvmod"


def object_run_into_compass(doc: Doc) -> None:
    """"have made advances west of Avdiivka": the parser makes "west" a clause with the verb's object as its
    subject; the noun is the verb's object, and "west" says where it lies."""
    for compass in doc:
        if compass.lower_ not in COMPASS_NOUNS or compass.dep_ not in ("ccomp", "xcomp", "advcl") \
                or not any(c.dep_ == "prep" and c.lower_ == "of" for c in compass.children):
            continue
        verb = compass.head
        noun = next((c for c in compass.children if c.dep_ == "nsubj" and c.tag_ in NOUN_TAGS and c.i == compass.i - 1), None)
        if noun is not None and verb.i < noun.i and not any(c.dep_ == "dobj" for c in verb.children):
            noun.head, noun.dep_ = verb, "dobj"
            compass.head, compass.dep_ = noun, "npadvmod"


def apposition_left_on_verb(doc: Doc) -> None:
    """"recaptured the town of Singa, the capital of Sennar state, from the RSF on Saturday": the parser leaves the
    apposition a bare dependent of the verb, with the verb's phrases after it ("from the RSF", the date) on it; the
    apposition describes the object's last word before the comma, and the phrases after its own are the verb's."""
    for tok in doc:
        verb, start = tok.head, tok.left_edge.i
        if tok.dep_ != "dep" or tok.tag_ not in NOUN_TAGS or not verb.tag_.startswith("VB") or start < 2 \
                or doc[start - 1].text != "," or verb.i >= start - 1:
            continue
        noun = doc[start - 2]
        if not any(c.dep_ == "dobj" and c.left_edge.i <= noun.i <= c.right_edge.i for c in verb.children) \
                or noun.tag_ not in NOUN_TAGS:
            continue
        cut = next((c.i for c in tok.children if c.text == "," and c.i > tok.i), None)
        after = [c for c in tok.children if cut is not None and c.i > cut and c.dep_ in ("prep", "npadvmod")]
        tok.head, tok.dep_ = noun, "appos"
        for c in after:
            c.head = verb


REJECTION_FORMS = {"rejected", "denied", "disputed", "dismissed", "rejects", "denies", "disputes", "dismisses"}


def claims_rejected(doc: Doc) -> None:
    """"said it held the palace, claims the army rejected": "claims" is the noun the clause after it describes (what
    the army rejected), not a second report verb of the subject with the rejection as what it claims."""
    for noun in doc[1:]:
        if noun.lower_ not in ("claims", "reports") or noun.dep_ != "conj" or doc[noun.i - 1].text != ",":
            continue
        verb = next((c for c in noun.children if c.dep_ == "ccomp" and c.lower_ in REJECTION_FORMS), None)
        if verb is not None and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
            noun.tag_, noun.dep_ = "NNS", "appos"
            verb.dep_ = "relcl"


# reporting verbs' forms (the repairs run before the lemmatizer)
REPORT_FORMS = {"say", "says", "said", "state", "states", "stated", "claim", "claims", "claimed", "announce", "announces",
                "announced", "insist", "insists", "insisted", "add", "adds", "added", "warn", "warns", "warned", "report",
                "reports", "reported", "confirm", "confirms", "confirmed"}
# past and present forms of the verbs that close a report with their subject after the clause ("..., the
# ministry said")
CLOSING_REPORTS = {"said", "says", "told", "tells", "added", "adds", "stated", "states", "reported", "reports", "wrote",
                   "writes", "noted", "notes", "claimed", "claims", "announced", "announces", "confirmed", "confirms"}


def reported_subject(doc: Doc) -> None:
    """"Erdogan said the operation, named Peace Spring, aimed to create a safe zone": the parser makes "the
    operation" the reporting verb's object and "aimed" a second participle on it; after a participle set off by
    commas the past form is the reported clause's verb, "the operation" its subject."""
    for verb in doc:
        if verb.lower_ not in REPORT_FORMS or not verb.tag_.startswith("VB"):
            continue
        for obj in [c for c in verb.children if c.dep_ == "dobj" and c.tag_.startswith("NN")]:
            acls = [c for c in obj.children if c.dep_ == "acl" and c.i > obj.i]
            if len(acls) < 2 or obj.i + 1 >= len(doc) or doc[obj.i + 1].text != "," or doc[acls[0].i - 1].text != ",":
                continue
            last = acls[-1]
            auxiliary = any(c.dep_ in ("aux", "auxpass") and c.i < last.i for c in last.children)
            if last.tag_ not in PARTICIPLE_TAGS or doc[last.i - 1].text != "," or auxiliary:
                continue
            last.head, last.dep_, last.tag_ = verb, "ccomp", "VBD"
            obj.head, obj.dep_ = last, "nsubj"


def date_run_into_subject(doc: Doc) -> None:
    """"On 15 April 2023 RSF fighters attacked ...": the parser leaves "On" without an object and hangs the date's
    words on the subject after it ("On Monday RSF fighters seized ..."); the date is the preposition's object."""
    for prep in doc[:-3]:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        verb = prep.head
        # (or the date and the subject both its object, the verb without a subject: "On [Monday RSF fighters] seized")
        subject = objects[0] if len(objects) == 1 and prep.i < objects[0].i < verb.i and verb.tag_.startswith("VB") \
            and not any(c.dep_.startswith("nsubj") for c in verb.children) else None
        if prep.lower_ not in ("on", "in", "by") or prep.dep_ != "prep" or (objects and subject is None):
            continue
        end = prep.i + 1
        while end < len(doc) and end - prep.i <= 4 and (doc[end].tag_ == "CD" or _day_word(doc[end]) or doc[end].text == ","):
            end += 1
        words = doc[prep.i + 1:end]
        month = next((t for t in words if t.tag_ == "NNP" and _day_word(t)), None)
        if month is None or end >= len(doc) or all(t.head.i in range(prep.i + 1, end) for t in words) \
                or (subject is not None and subject.i < end):
            continue  # (a date already whole, hung as it should be elsewhere, or the object itself: "and on Sunday claimed")
        for tok in words:
            if tok.i != month.i and not prep.i < tok.head.i < end:
                tok.head, tok.dep_ = month, "punct" if tok.is_punct else "nummod"
        month.head, month.dep_ = prep, "pobj"
        if subject is not None:
            subject.head, subject.dep_ = verb, "nsubj"


def shouted_modifier(doc: Doc) -> None:
    """"after IS fighters overran the town": an acronym that is also a word ("IS", "US") read as a verb with the
    noun after it hung elsewhere is the modifier of that noun, and the noun's verb takes its place in the tree."""
    for tok in doc[:-2]:
        noun, verb = tok.nbor(), tok.nbor().head
        shouted = tok.text.isupper() and len(tok) > 1 and tok.is_stop and tok.tag_ == "NNP"
        if not shouted or tok.dep_ not in ("advcl", "ROOT", "ccomp") or noun.tag_ not in ("NNS", "NN") \
                or noun.dep_ != "nsubj" or verb.i <= noun.i or verb.head.i != tok.head.i:
            continue
        for child in [c for c in tok.children if c.i < tok.i]:
            child.head = verb  # ("after": the verb's mark now)
        take_place(verb, tok)
        tok.head, tok.dep_ = noun, "compound"


def day_on_joined_object(doc: Doc) -> None:
    """"Jets struck the depot and dozens of targets early on Friday": the parser hangs "on Friday" on the last of
    the verb's joined objects; a day (a weekday, or a month's name with a day's number) is when the verb's act was
    done, not a trait of one of the things it was done to."""
    for prep in doc:
        if prep.lower_ != "on" or prep.dep_ != "prep":
            continue
        obj = prep.head
        day = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if day is None or obj.dep_ != "conj" or obj.i > prep.i \
                or obj.tag_ not in ("NN", "NNS") or not (day.lower_ in WEEKDAYS or (
                    month_number(day.text) and any(c.tag_ == "CD" for c in day.children))):
            continue
        first = obj.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.dep_ == "dobj" and first.head.tag_.startswith("VB"):
            prep.head = first.head


def apposition_before_mark(doc: Doc) -> None:
    """"withdrew from the headquarters, their last base in the city, a day before RSF fighters overran it": the parser
    gives "overran" two subjects, the phrase set off by commas before its subordinating word and the one after it; the
    first describes the noun before its comma, and the clause hangs on the verb it was joined to as a clause of time."""
    for marker in (t for t in doc if t.dep_ == "mark" and t.head.i > t.i):  # (the marks first: few, and cheap to find)
        verb = marker.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if len(subjects) != 2 or mark is None or not subjects[0].i < mark.i < subjects[1].i:
            continue
        first = subjects[0]
        before = doc[first.left_edge.i - 2] if first.left_edge.i > 1 else None
        if before is None or doc[first.left_edge.i - 1].text != "," or before.tag_ not in NOUN_TAGS:
            # (no comma: the rest of a clause the parser ran into this one, a title's "Sudan arrests minister after
            # militia overruns army base": not who overran it)
            first.dep_ = "dep"
            continue
        described = before
        while described.dep_ == "compound" and described.head.i > described.i:
            described = described.head
        first.head, first.dep_ = described, "appos"
        if verb.dep_ == "conj":
            verb.dep_ = "advcl"


def described_object(doc: Doc) -> None:
    """"had entered Kupiansk, a railway hub on the Oskil River, and Izium, the main base of ...": the parser makes "hub"
    a second object of the verb and "Izium" and "base" its conjuncts; the description is the name's apposition, the
    next name is joined to the first, and a description set off after that name is its apposition."""
    for described in (t for t in doc if t.dep_ == "dobj" and t.tag_ in ("NN", "NNS")):  # (the second object first)
        verb = described.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 2 or objects[1].i != described.i:
            continue
        name = objects[0]
        if name.tag_ not in ("NNP", "NNPS") or name.right_edge.i + 1 >= len(doc) \
                or doc[name.right_edge.i + 1].text != "," or described.left_edge.i != name.right_edge.i + 2 \
                or not any(c.dep_ == "det" for c in described.children):
            continue
        described.head, described.dep_ = name, "appos"
        names = [c for c in described.children if c.dep_ == "conj" and c.tag_ in ("NNP", "NNPS")]
        for other in names:
            other.head = name
            for more in [c for c in described.children if c.dep_ == "conj" and c.i > other.i and c.tag_ in ("NN", "NNS")
                         and doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 2 == other.i]:
                more.head, more.dep_ = other, "appos"
        if names:
            for cc in [c for c in described.children if c.dep_ == "cc"]:
                cc.head = name


def _day_word(tok: Token) -> bool:
    """A month's or a weekday's name ("April", "Sept.", "Monday")."""
    return bool(month_number(tok.text)) or tok.lower_ in WEEKDAYS


# nouns that count what their "of" names ("hundreds of strikes", "a wave of drone attacks")
COUNT_NOUNS = {"hundreds", "dozens", "thousands", "scores", "tens", "series", "wave", "waves", "barrage", "spate", "string",
               "number", "handful", "couple", "round", "rounds"}
COUNTED_PREPS = {"on", "in", "at", "against", "near", "across", "into", "inside", "around"}


def phrase_on_count(doc: Doc) -> None:
    """"carried out hundreds of strikes on Houthi targets in Yemen": the parser hangs "on ..." and "in ..." on
    "hundreds"; they are the strikes'."""
    for count in doc:
        if count.lower_ not in COUNT_NOUNS or count.tag_ not in NOUN_TAGS:
            continue
        counted = next((o for c in count.children if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj" and o.tag_ in NOUN_TAGS), None)
        if counted is None:
            continue
        for prep in [c for c in count.children if c.dep_ == "prep" and c.lower_ in COUNTED_PREPS and c.i > counted.i]:
            prep.head = counted


def subject_joined_to_object(doc: Doc) -> None:
    """"Thailand said rockets had killed civilians in Sisaket province and Cambodia accused Thai jets of ...": the
    parser joins "Cambodia" to "province" and leaves "accused" without a subject; the name is its subject."""
    for verb in doc[2:]:
        name = doc[verb.i - 1]
        if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or name.dep_ != "conj" or name.tag_ not in ("NNP", "NNPS") \
                or name.head.i > name.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        joined = next((c for c in name.head.children if c.dep_ == "cc" and c.i < name.i), None)
        name.head, name.dep_ = verb, "nsubj"
        if joined is not None:
            joined.head = verb.head


# what a statement is made in ("urged his fighters in a statement to protect civilians")
MEDIUM_NOUNS = {"statement", "message", "speech", "video", "address", "post", "letter", "interview", "broadcast",
                "recording", "communique", "communiqué"}


def infinitive_on_medium(doc: Doc) -> None:
    """"urged his fighters in a statement to protect civilians": the parser hangs the infinitive on "statement"; after
    the verb's object and the phrase that says where it was said, it is the verb's (what the fighters are urged to do)."""
    for verb in doc:
        if not verb.tag_.startswith("VB") or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        for medium in (o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                       for o in p.children if o.dep_ == "pobj" and o.lower_ in MEDIUM_NOUNS):
            for inf in [c for c in medium.children if c.dep_ == "acl" and c.tag_ == "VB" and c.i == medium.i + 2
                        and doc[medium.i + 1].lower_ == "to"]:
                inf.head, inf.dep_ = verb, "xcomp"


def paragraph_label(doc: Doc) -> None:
    """"Nigeria: On 15 February, ISWAP fighters stormed ...", "A: The M23 has been fighting ...": a label, not a second
    subject of the verb (nor the owner of the verb's subject)."""
    for colon in (t for t in doc if t.text == ":" and 0 < t.i < len(doc) - 1):
        label = doc[colon.i - 1]
        opens = label.left_edge.i == 0 or doc[label.left_edge.i - 1].text.strip() == ""
        verb = label.head
        if not opens or label.dep_ != "nsubj" or label.tag_ not in NOUN_TAGS:
            continue
        hung = next((c for c in label.children if c.dep_ in ("nsubj", "appos") and c.i > colon.i), None)
        if hung is not None and not any(c.dep_ == "nsubj" and c.i > colon.i for c in verb.children):
            hung.head, hung.dep_ = verb, "nsubj"  # "A: The M23, a rebel group ..., has been fighting": hung on the label
        if any(c.dep_ == "nsubj" and c.i > colon.i for c in verb.children):
            label.dep_ = "dep"
