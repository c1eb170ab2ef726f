"""Repairs of the small trained parser's habitual slips, made once on the parse so that every reader of
the tree (claims, events, places, dates) sees the same, corrected sentence.

- A participle right after a preposition ("in occupied Horlivka", "in besieged El Fasher"): the parser
  makes it a clause with the name as its object and hangs what follows on it ("struck a depot [in
  [occupied Horlivka on the night of February 12]]"), or a verb joined to the sentence's or describing
  the noun before, the preposition left empty ("hit a school in [and] occupied Horlivka on Monday"); the name is the
  preposition's object, the participle describes it, and the phrases after it are the sentence's again
  (the event's date; :mod:`graph.extraction.locating_phrases`).
- A past form joined to a verb and read as an adjective ("had seized Aleppo and advanced to Hama"): a
  verb, in the form of the one it is joined to.
- The speaker set off by commas before a closing report verb and hung inside the reported clause ("...,
  a spokesperson for the group, Anna Berg, said"; "..., a source in the service told the paper"): the report
  verb's subject; a closing report verb the parser hung under the clause it reports ("... nothing happened,” Cruz
  said"): the sentence's root, the clause its object.
- The subject set off by a comma before a main verb that has none and hung as an apposition inside the
  fronted clause ("Since May, when they took the port, the rebels have shelled ..."): the verb's subject.
- "Made it clear that ...", "said earlier that ...": the that-clause the parser hung on "clear" or "earlier" is the
  verb's (:mod:`graph.extraction.that_clauses`).
- A title's last words left as a bare dependent of its reporting root ("Ethiopia says its forces have taken [western
  Tigray]"): the object of the reported verb right before them.
- "Offensive" read as an adjective ("Israel launches ground offensive in Lebanon", "launched a ground offensive
  across the border"): the noun (:mod:`graph.extraction.offensive_nouns`).
- A noun joined to a verb ("attacks in the towns of A ..., and the port city of B"): joined to the object
  of the verb's last preposition before it.
- The subject hung on a subordinating word read as a preposition ("after [Azerbaijan] launched"): the next verb's subject.
- Phrases run together or apart (dates into subjects, acronyms read as verbs, settlement words into compass words,
  reported clauses into participles, days into joined objects, appositions into subjects or objects or left on the verb, a
  count's phrases into the count, a subject into the object before it): :mod:`graph.extraction.phrase_repairs`.
- A reported clause's verb read as a participle describing a noun ("Air strikes killed 70 people, the ministry said"):
  the clause's verb; ", saying ..." after a clause reported: the report verb's; a participle of harm after the closing report
  verb and its speaker: the clause's (:mod:`graph.extraction.reported_participles`).
- A title's passive without its "were" ("Three US troops killed in drone attack": :mod:`graph.extraction.headline_passives`),
  a name run into the "days ago" after it (:mod:`graph.extraction.ago_phrases`), a speaker's title read as closing the
  clause or the name as joined to its last noun (:mod:`graph.extraction.speaker_titles`), an -ing clause read as an
  adjective on its object (", raiding Jenin and Tubas": :mod:`graph.extraction.ing_clauses`), a date hung on the
  naming verb of a free relative ("launched what it called operations on Tuesday": :mod:`graph.extraction.free_relatives`),
  an object read as the subject of a clause joined after it ("declared a ceasefire and its troops left":
  :mod:`graph.extraction.joined_clauses`), a place's ", near Y," read as the verb's (:mod:`graph.extraction.locating_phrases`),
  a name's first words before "-linked" hung on the noun (:mod:`graph.extraction.participle_names`), a report verb
  tagged a noun ("Prigozhin claims Wagner has taken ...": :mod:`graph.extraction.report_nouns`), a reporter's own act joined
  to the clause it reports ("said X had fallen but did not confirm it": :mod:`graph.extraction.report_conjuncts`), another
  party's denial set after the clause ("..., a claim Kyiv denied": :mod:`graph.extraction.rebutted_claims`).

Each repair is a function of a Doc that changes heads, labels or tags in place; the component runs them in
order right after the parser (:func:`graph.extraction.parse.build_parser`,
:func:`graph.extraction.load_pipeline`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.dates import WEEKDAYS, month_number
from graph.extraction.ago_phrases import name_run_into_ago
from graph.extraction.free_relatives import phrase_on_naming_verb
from graph.extraction.headline_passives import headline_passive
from graph.extraction.ing_clauses import participle_read_as_modifier
from graph.extraction.joined_clauses import object_read_as_joined_subject
from graph.extraction.joined_modifiers import modifiers_joined_before_noun, name_joined_to_compass, of_phrase_on_first_conjunct
from graph.extraction.locating_phrases import described_place, locating_phrase_on_verb
from graph.extraction.participle_names import name_before_hyphened_participle
from graph.extraction.rebutted_claims import claim_rebutted_after_clause
from graph.extraction.report_conjuncts import reporters_act_in_clause
from graph.extraction.report_nouns import report_verb_read_as_noun
from graph.extraction.model import CLOSING_QUOTES
from graph.extraction.offensive_nouns import ground_offensive, offensive_after_noun
from graph.extraction.parse_tree import TREE, well_formed
from graph.extraction.that_clauses import clause_on_time_adverb, made_clear
from graph.extraction.reported_participles import (apposed_subject_read_as_object, auxiliary_on_participle,
                                                   clause_read_as_participle, main_verb_after_apposed_subject,
                                                   participle_after_closing_report, saying_on_reported_clause,
                                                   verbless_clause)
from graph.extraction.speaker_titles import SPEAKER_REPAIRS
from graph.extraction.phrase_repairs import (CLOSING_REPORTS, FINITE_TAGS, NOUN_TAGS, PARTICIPLE_TAGS, apposition_before_mark,
                                             NAME_TAGS, apposition_left_on_verb, claims_rejected, compass_beside_object,
                                             date_run_into_subject, day_on_joined_object, described_object,
                                             infinitive_on_medium, object_run_into_compass, paragraph_label,
                                             phrase_on_count, reported_subject, settlement_placed, shouted_modifier,
                                             subject_joined_to_object, take_place)

# the repairs run right after the parser, before the attribute ruler maps tags to parts of speech: they read tags
TIME_MARKS = {"after", "before", "since", "when", "until"}  # subordinating words of a clause of time
SET_OFF = {",", *CLOSING_QUOTES}  # what sets a speaker off from the clause before (",” Anna Berg, an adviser, wrote")
EMPTIED_PREPS = {"in", "into", "near", "at", "from", "on", "across", "inside", "outside", "around", "towards", "toward"}


def repair_parse(doc: Doc) -> Doc:
    """Run every repair on the Doc (in place) and return it. A repair that leaves a token its own ancestor (its
    slip on a parse it did not foresee) is undone, so that one odd sentence never costs the article its reading."""
    parsed = doc.to_array(TREE)
    for repair in REPAIRS:
        repair(doc)
    if well_formed(doc):
        return doc
    doc.from_array(TREE, parsed)
    for repair in REPAIRS:
        before = doc.to_array(TREE)
        repair(doc)
        if not well_formed(doc):
            doc.from_array(TREE, before)
    return doc


def empty_preposition(doc: Doc) -> None:
    """"launches a ground operation in southern Lebanon", parsed with "in" left empty ("southern" its
    punctuation, "Lebanon" a word of a conjunction): the name right after the preposition, past its
    adjectives and determiners, is its object, and they describe it. (Title lines, mostly.)"""
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in EMPTIED_PREPS]:
        if any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            continue
        start = prep.i + 1
        while start < prep.sent.end and doc[start].tag_ in ("JJ", "DT"):
            start += 1
        end = start
        while end < prep.sent.end and doc[end].tag_ in NAME_TAGS:
            end += 1
        if end == start or doc[end - 1].head.i == end \
                or any(a.i in range(prep.i + 1, end) for a in prep.ancestors):
            continue  # (no name, or one that describes the noun after it; or it rules the preposition)
        name = doc[end - 1]
        name.head, name.dep_ = prep, "pobj"
        for tok in doc[prep.i + 1:end - 1]:
            tok.head, tok.dep_ = name, "compound" if tok.tag_ in NAME_TAGS else "amod" if tok.tag_ == "JJ" else "det"


def marked_root(doc: Doc) -> None:
    """"Fighters regained Mekelle on Monday, eight months after troops captured it", parsed with the clause of
    time as the sentence's root and the main clause its complement: a clause its "after", "before", "since"
    or "when" marks is no root; the clause before it is, and the marked clause says when (its counted time,
    "eight months", stays on it)."""
    for verb in [t for t in doc if t.dep_ == "ROOT" and t.tag_.startswith("VB")]:
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS), None)
        if mark is None:
            continue
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < mark.i), None)
        if main is not None and main.right_edge.i < mark.i:
            before = [c for c in verb.children if c.i < mark.i and c.i != main.i and c.dep_ != "npadvmod"]
            main.head, main.dep_ = main, "ROOT"
            verb.head, verb.dep_ = main, "advcl"
            for child in before:  # ("on Monday" is the main clause's; "eight months" counts the marked one's)
                child.head = main


def joined_verb(doc: Doc) -> None:
    """"had seized Aleppo and advanced to Hama": a past form the tagger read as an adjective ("advanced",
    "reinforced"), joined to a verb before it and going on with a phrase or an object of its own, is a verb
    in that verb's form, or a participle after an auxiliary of its own ("seized Al-Khoei and has since advanced")."""
    for tok in doc:
        if tok.tag_ == "JJ" and tok.dep_ == "conj" and tok.lower_.endswith("ed") and tok.head.i < tok.i \
                and tok.head.tag_ in PARTICIPLE_TAGS and any(c.dep_ in ("prep", "dobj") and c.i > tok.i for c in tok.children):
            own_aux = any(c.dep_ in ("aux", "auxpass") for c in tok.children)  # "and has since advanced"
            tok.tag_ = "VBN" if own_aux else tok.head.tag_




def stranded_speaker(doc: Doc) -> None:
    """"... into the city, a spokesperson for the Tavria group, Dmytro Lykhovii, said": the phrase set off by
    commas right before a closing report verb that has no subject is its subject, not a modifier the
    parser hung inside the reported clause (or an apposition of its object; not of a name set off before, which
    speaks: "In a message, Anna Berg, an adviser to the office, said")."""
    for verb in doc:
        if verb.lower_ not in CLOSING_REPORTS or verb.i < 3 or doc[verb.i - 1].text != "," \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        end = verb.i - 2  # the phrase's last word, before the comma
        phrase = next((t for t in doc[verb.sent.start:end + 1] if t.right_edge.i == end and t.tag_ in NOUN_TAGS
                       and (t.dep_ == "npadvmod" or (t.dep_ == "appos" and t.head.dep_ in ("dobj", "pobj")))
                       and t.head.i < t.i
                       and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","), None)
        if phrase is not None:
            phrase.head, phrase.dep_ = verb, "nsubj"
            if verb.dep_ in ("conj", "advcl") and verb.head.i < phrase.i:  # (hung on the clause it reports, too)
                _reports(verb, verb.head)


def speaker_run_into_clause(doc: Doc) -> None:
    """"Drones attacked the town on Sept. 18, a source in the security service told the Kyiv Independent": the parser
    hangs the speaker set off by a comma inside the clause (on its date) and the closing report verb on the clause's
    verb; the phrase is the report verb's subject, and the clause before it what it reports. So is a phrase set off by
    commas on both sides (", a police officer, Ali Hassan, told reporters") or after a closing quote (",” Anna Berg, an
    adviser to the president, wrote": the name, first, not its description)."""
    for verb in doc:
        if verb.lower_ not in CLOSING_REPORTS or verb.dep_ not in ("conj", "advcl"):
            continue
        main = verb.head
        if main.i > verb.i or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
            continue
        ends = {verb.i - 1, verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1}  # (", an officer, Ali Hassan, told")
        phrase = next((t for t in doc[main.i + 1:verb.i] if t.right_edge.i in ends and t.tag_ in NOUN_TAGS
                       and t.dep_ in ("appos", "npadvmod") and doc[t.left_edge.i - 1].text in SET_OFF), None)
        if phrase is None:
            continue
        phrase.head, phrase.dep_ = verb, "nsubj"
        _reports(verb, main)


def _reports(verb: Token, clause: Token) -> None:
    """A closing report verb the parser hung under the clause it reports takes the clause's place, the clause its object."""
    take_place(verb, clause)
    clause.head, clause.dep_ = verb, "ccomp"


CLOSING_QUOTE_TOKENS = set(CLOSING_QUOTES) | {"''"}  # (the tokenizer's two apostrophes too)


def closing_report_under_clause(doc: Doc) -> None:
    """"Putin has done that “openly, brazenly and ... nothing happened,” Cruz said.": the parser hangs the closing
    report verb under the clause it reports; the verb after the closing quote and its subject ends the sentence, and
    the clause before the quote's comma is what it reports, all of it."""
    for verb in doc:
        if verb.lower_ not in CLOSING_REPORTS or verb.dep_ != "ccomp":
            continue
        main, subject = verb.head, next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if main.i > verb.i or subject is None \
                or subject.left_edge.i < 3 or doc[subject.left_edge.i - 1].text not in CLOSING_QUOTE_TOKENS \
                or doc[subject.left_edge.i - 2].text != "," or any(t.i > verb.i and not t.is_punct for t in verb.subtree):
            continue
        for child in [c for c in verb.children if c.i < subject.left_edge.i - 2]:
            child.head = main
        _reports(verb, main)


def report_split_off(doc: Doc) -> None:
    """"Falling debris damaged homes in the Kyiv region, the governor said.": the parser ends the sentence before
    the comma (it read "damaged" as an adjective) and makes ", the governor said." one of its own; the report verb
    is the sentence's root, the clause before the comma what it reports."""
    for verb in (t for t in doc if t.dep_ == "ROOT" and t.lower_ in CLOSING_REPORTS):
        comma = doc[verb.left_edge.i]
        if comma.text != "," or comma.i < 2 or not comma.is_sent_start or doc[comma.i - 1].is_punct \
                or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
            continue
        clause = doc[comma.i - 1]
        while clause.head.i != clause.i:
            clause = clause.head
        clause.head, clause.dep_ = verb, "ccomp"


SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}


def stranded_subject(doc: Doc) -> None:
    """"Since November, when they hijacked a ship, the Houthis have launched ...": the noun phrase set off
    by a comma right before a sentence's main verb that has no subject is its subject, not an apposition
    the parser hung on a name of the fronted clause."""
    for verb in (t for t in doc if t.dep_ == "ROOT"):  # (the roots first: one a sentence, cheap to find)
        auxes = _auxiliaries(verb)
        first = min([verb.i, *(a.i for a in auxes)])
        if not _finite(verb, auxes) \
                or any(doc[k] not in auxes and not doc[k].tag_.startswith("RB") for k in range(first, verb.i)):
            continue  # ("have launched", "have since launched", not a participle alone)
        phrase = next((t for t in doc[verb.sent.start:first] if t.right_edge.i == first - 1 and t.tag_ in NOUN_TAGS
                       and t.dep_ == "appos" and t.head.i < t.i and t.left_edge.i > verb.sent.start
                       and doc[t.left_edge.i - 1].text == ","), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if phrase is None or (subject is not None and not _object_taken_for_subject(subject, phrase)):
            continue
        if subject is not None:  # ("when they seized the tanker Velmor Star, the Houthis have fired ...")
            subject.head, subject.dep_ = doc[subject.left_edge.i - 1], "dobj"
        phrase.head, phrase.dep_ = verb, "nsubj"


def subject_under_mark(doc: Doc) -> None:
    """"a day after Azerbaijan launched an operation": the name the parser hung on the subordinating word
    ("after" read as a preposition) is the subject of the finite verb right after it, which has none."""
    for mark in [t for t in doc if t.dep_ == "mark" and t.head.i > t.i]:  # (the marks first: few, and cheap to find)
        verb = mark.head
        auxes = _auxiliaries(verb)
        first = min([verb.i, *(a.i for a in auxes)])
        if not _finite(verb, auxes) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        phrase = next((o for o in mark.children if o.dep_ == "pobj" and o.right_edge.i == first - 1
                       and o.tag_ in NOUN_TAGS), None)
        if phrase is not None:
            phrase.head, phrase.dep_ = verb, "nsubj"


def noun_joined_to_verb(doc: Doc) -> None:
    """"attacks in the towns of Jabla ..., and the port city of Tartus": a noun the parser joined to the verb
    is joined to the object of the verb's last preposition before it (nouns are not joined to verbs)."""
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "conj" or noun.tag_ not in ("NN", "NNS") or not verb.tag_.startswith("VB") or verb.i > noun.i \
                or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].lower_ not in ("and", "or"):
            continue  # (not "..., as well as other changes"; not a name going on a list: "Lyman on October 1, and Borova")
        objects = [o for p in verb.children if p.dep_ == "prep" and p.i < noun.i for o in p.children
                   if o.dep_ == "pobj" and o.tag_ in NOUN_TAGS and o.ent_type_ not in ("DATE", "TIME")]
        if objects:
            noun.head = objects[-1]
            for mark in (c for c in verb.children if c.dep_ in ("cc", "punct") and objects[-1].i < c.i < noun.i):
                mark.head = objects[-1]


def object_left_on_root(doc: Doc) -> None:
    """"Ethiopia says its forces have taken [western Tigray]": a name or noun the parser left as a bare dependent of the
    sentence's root, right after the verb of a clause the root reports that has no object, is that verb's object (not
    a day: "said it had withdrawn Monday")."""
    for tok in doc:
        if tok.dep_ != "dep" or tok.tag_ not in NOUN_TAGS or tok.head.dep_ != "ROOT" or tok.left_edge.i == 0 \
                or month_number(tok.text) or tok.lower_ in WEEKDAYS:
            continue
        verb = doc[tok.left_edge.i - 1]
        if verb.head == tok.head and verb.dep_ == "ccomp" and verb.tag_ in PARTICIPLE_TAGS | FINITE_TAGS | {"VB"} \
                and not any(c.dep_ in ("dobj", "attr", "acomp") for c in verb.children):
            tok.head, tok.dep_ = verb, "dobj"


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries before a verb ("have", "will have been")."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def _finite(verb: Token, auxes: list[Token]) -> bool:
    """A finite verb, or one a finite or modal auxiliary makes finite ("launched", "have launched", "will take")."""
    return verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS | {"MD"} for a in auxes)


def _object_taken_for_subject(subject: Token, phrase: Token) -> bool:
    """The verb's subject is the phrase's head and follows right after a verb of a fronted clause that has
    no object: that verb's object, which the parser took for the main verb's subject."""
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return phrase.head == subject and before is not None and before.tag_ in FINITE_TAGS | PARTICIPLE_TAGS \
        and before.dep_ != "ROOT" and not any(c.dep_ == "dobj" for c in before.children)


REPAIRS = (report_verb_read_as_noun, date_run_into_subject, shouted_modifier, described_place, empty_preposition, marked_root,
           ground_offensive, offensive_after_noun, modifiers_joined_before_noun, of_phrase_on_first_conjunct,
           name_joined_to_compass, settlement_placed, compass_beside_object, object_run_into_compass, joined_verb,
           stranded_speaker, speaker_run_into_clause, closing_report_under_clause, clause_read_as_participle, stranded_subject,
           subject_under_mark, made_clear, clause_on_time_adverb, reported_subject, noun_joined_to_verb, object_left_on_root,
           day_on_joined_object, apposition_before_mark, described_object, phrase_on_count, report_split_off,
           subject_joined_to_object, infinitive_on_medium, paragraph_label, claims_rejected, name_run_into_ago,
           verbless_clause, apposed_subject_read_as_object, main_verb_after_apposed_subject, auxiliary_on_participle,
           headline_passive, *SPEAKER_REPAIRS,
           apposition_left_on_verb, participle_read_as_modifier, phrase_on_naming_verb, object_read_as_joined_subject,
           saying_on_reported_clause, participle_after_closing_report, locating_phrase_on_verb,
           name_before_hyphened_participle, reporters_act_in_clause, claim_rebutted_after_clause)
