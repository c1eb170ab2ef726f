"""The parse repairs (graph.extraction.parse_repairs) on Docs written by hand as the small trained parser
parses them: no model is loaded. The sentences are made up for the tests."""
from __future__ import annotations

import pytest
import spacy

from graph.extraction.parse_repairs import repair_parse
from handmade import hand_doc

# "Drones hit a depot in occupied Velmor on Monday.": the participle a clause under "in", the date on it
ON_THE_PREPOSITION = """
Drones NOUN nsubj 1
hit VERB ROOT 1
a DET det 3
depot NOUN dobj 1
in ADP prep 1
occupied VERB pcomp 4 occupy tag:VBN
Velmor PROPN dobj 5 B-GPE
on ADP prep 5
Monday PROPN pobj 7 B-DATE
. PUNCT punct 1
"""
# the same, the participle joined to the verb and the preposition left empty
JOINED_TO_THE_VERB = ON_THE_PREPOSITION.replace("occupied VERB pcomp 4", "occupied VERB conj 1")
# the preposition hung on the object, the participle describing the object: the date goes to the verb all the same
ON_THE_OBJECT = ON_THE_PREPOSITION.replace("in ADP prep 1", "in ADP prep 3").replace("occupied VERB pcomp 4",
                                                                                    "occupied VERB acl 3")


def heads(doc):
    return {t.text: (t.dep_, t.head.text) for t in doc}


def repaired(table):
    """The heads of a hand-made parse once repaired."""
    return heads(repair_parse(hand_doc(spacy.blank("en").vocab, table)))


def test_a_name_after_a_participle_after_a_preposition_is_its_object_and_the_date_the_verbs():
    vocab = spacy.blank("en").vocab
    for table in (ON_THE_PREPOSITION, JOINED_TO_THE_VERB, ON_THE_OBJECT):
        found = heads(repair_parse(hand_doc(vocab, table)))
        assert found["Velmor"] == ("pobj", "in") and found["occupied"] == ("amod", "Velmor")
        assert found["on"] == ("prep", "hit")


def test_a_participle_with_a_common_noun_or_after_a_full_preposition_stays_as_parsed():
    vocab = spacy.blank("en").vocab
    common = ON_THE_PREPOSITION.replace("Velmor PROPN dobj 5 B-GPE", "territory NOUN dobj 5")
    assert heads(repair_parse(hand_doc(vocab, common)))["territory"] == ("dobj", "occupied")
    # "in Arkona occupied Velmor": the preposition has its own object, the participle is no description
    full = """
Drones NOUN nsubj 1
hit VERB ROOT 1
in ADP prep 1
Arkona PROPN pobj 2
occupied VERB conj 1 occupy tag:VBD
Velmor PROPN dobj 4
. PUNCT punct 1
"""
    assert heads(repair_parse(hand_doc(vocab, full)))["Velmor"] == ("dobj", "occupied")


# "Kestrel fighters had seized Arkona and advanced to Velmor.": the second verb tagged an adjective
JOINED_ADJECTIVE = """
Kestrel PROPN compound 1
fighters NOUN nsubj 3
had AUX aux 3 tag:VBD
seized VERB ROOT 3 seize tag:VBN
Arkona PROPN dobj 3 B-GPE
and CCONJ cc 3
advanced ADJ conj 3 advanced tag:JJ
to ADP prep 6
Velmor PROPN pobj 7 B-GPE
. PUNCT punct 3
"""


def test_a_past_form_joined_to_a_verb_and_going_on_is_a_verb_not_an_adjective():
    vocab = spacy.blank("en").vocab
    assert repair_parse(hand_doc(vocab, JOINED_ADJECTIVE))[6].tag_ == "VBN"
    # without a phrase of its own it may be what the tagger says ("were wounded and exhausted") (control)
    bare = JOINED_ADJECTIVE.replace("to ADP prep 6", "to ADP prep 3")
    assert repair_parse(hand_doc(vocab, bare))[6].tag_ == "JJ"
    # nor is an adjective that is no past form ("seized Arkona and eager to ...") (control)
    eager = JOINED_ADJECTIVE.replace("advanced ADJ conj 3 advanced tag:JJ", "eager ADJ conj 3 eager tag:JJ")
    assert repair_parse(hand_doc(vocab, eager))[6].tag_ == "JJ"


# "Troops entered Velmor, a spokesperson for the army, Anna Berg, said.": the speaker's phrase hung inside
# the clause as a modifier, the report verb left with no subject
STRANDED_SPEAKER = """
Troops NOUN nsubj 1
entered VERB ccomp 13 enter tag:VBD
Velmor PROPN dobj 1
, PUNCT punct 1
a DET det 5
spokesperson NOUN npadvmod 1 tag:NN
for ADP prep 5
the DET det 8
army NOUN pobj 6 tag:NN
, PUNCT punct 5
Anna PROPN compound 11 tag:NNP
Berg PROPN appos 5 tag:NNP
, PUNCT punct 1
said VERB ROOT 13 say tag:VBD
. PUNCT punct 13
"""


def test_the_phrase_set_off_before_a_closing_report_verb_is_its_subject():
    vocab = spacy.blank("en").vocab
    assert heads(repair_parse(hand_doc(vocab, STRANDED_SPEAKER)))["spokesperson"] == ("nsubj", "said")
    # a phrase not set off by a comma before it is the clause's ("entered Velmor [in] a ...") (control)
    unset = STRANDED_SPEAKER.replace(", PUNCT punct 1\na DET", "in ADP prep 1\na DET")
    assert heads(repair_parse(hand_doc(vocab, unset)))["spokesperson"] == ("npadvmod", "entered")
    # the phrase hung as an apposition of the clause's last noun ("entered Velmor, a spokesperson ..."): the same
    appos = STRANDED_SPEAKER.replace("spokesperson NOUN npadvmod 1", "spokesperson NOUN appos 2")
    assert heads(repair_parse(hand_doc(vocab, appos)))["spokesperson"] == ("nsubj", "said")
    # and the report verb joined to the clause it reports takes its place ("entered Velmor, ..., Anna Berg, said")
    joined = appos.replace("entered VERB ccomp 13", "entered VERB ROOT 1").replace("said VERB ROOT 13", "said VERB conj 1")
    found = heads(repair_parse(hand_doc(vocab, joined)))
    assert (found["spokesperson"], found["said"], found["entered"]) == (("nsubj", "said"), ("ROOT", "said"),
                                                                        ("ccomp", "said"))


# "Since May, when they seized ...", the fronted clause of the two tables below (the main verb at 13 or 14)
FRONTED = """
Since ADP prep {verb} tag:IN
May PROPN pobj 0 tag:NNP B-DATE
, PUNCT punct 1
when SCONJ advmod 5 tag:WRB
they PRON nsubj 5 tag:PRP
seized VERB relcl 1 seize tag:VBD
"""
# "Since May, when they seized the port of Velmor, the rebels have shelled Kestra.": the main verb's subject
# hung as an apposition on the fronted clause's name, the verb left with none
STRANDED_SUBJECT = FRONTED.format(verb=14) + """the DET det 7
port NOUN dobj 5 tag:NN
of ADP prep 7
Velmor PROPN pobj 8 tag:NNP
, PUNCT punct 9
the DET det 12
rebels NOUN appos 9 tag:NNS
have AUX aux 14 tag:VBP
shelled VERB ROOT 14 shell tag:VBN
Kestra PROPN dobj 14 tag:NNP
. PUNCT punct 14
"""
# "Since May, when they seized the tanker Velmor Star, the rebels have shelled Kestra.": the fronted clause's
# object taken for the main verb's subject, the real subject apposed to it
OBJECT_AS_SUBJECT = FRONTED.format(verb=13) + """the DET det 9
tanker NOUN compound 9 tag:NN
Velmor PROPN compound 9 tag:NNP
Star PROPN nsubj 13 tag:NNP
, PUNCT punct 9
the DET det 12
rebels NOUN appos 9 tag:NNS
shelled VERB ROOT 13 shell tag:VBD
Kestra PROPN dobj 13 tag:NNP
. PUNCT punct 13
"""


def test_the_phrase_set_off_before_a_main_verb_without_a_subject_is_its_subject():
    vocab = spacy.blank("en").vocab
    assert heads(repair_parse(hand_doc(vocab, STRANDED_SUBJECT)))["rebels"] == ("nsubj", "shelled")
    found = heads(repair_parse(hand_doc(vocab, OBJECT_AS_SUBJECT)))
    assert found["rebels"] == ("nsubj", "shelled") and found["Star"] == ("dobj", "seized")
    # a main verb with a subject of its own keeps it, and the apposition stays (control)
    own = STRANDED_SUBJECT.replace("have AUX aux 14 tag:VBP", "they PRON nsubj 14 tag:PRP")
    assert heads(repair_parse(hand_doc(vocab, own)))["rebels"] == ("appos", "Velmor")
    # a participle alone is no finite verb: "..., the rebels, backed by drones" (control)
    participle = STRANDED_SUBJECT.replace("have AUX aux 14 tag:VBP", ", PUNCT punct 14").replace(
        "shelled VERB ROOT 14 shell tag:VBN", "backed VERB ROOT 14 back tag:VBN")
    assert heads(repair_parse(hand_doc(vocab, participle)))["rebels"] == ("appos", "Velmor")


# "Talks began a day after Velmora launched an operation.": "after" read as a preposition holding the subject
SUBJECT_UNDER_MARK = """
Talks NOUN nsubj 1
began VERB ROOT 1 begin
a DET det 3
day NOUN npadvmod 6
after ADP mark 6
Velmora PROPN pobj 4 B-GPE
launched VERB advcl 1 launch
an DET det 8
operation NOUN dobj 6
. PUNCT punct 1
"""


def test_a_name_hung_on_a_subordinating_word_is_the_subject_of_the_verb_after_it():
    assert repaired(SUBJECT_UNDER_MARK)["Velmora"] == ("nsubj", "launched")
    # a verb with a subject of its own keeps the parse (control): "a day after Velmora it launched ..."
    own = """
Talks NOUN nsubj 1
began VERB ROOT 1 begin
a DET det 3
day NOUN npadvmod 7
after ADP mark 7
Velmora PROPN pobj 4 B-GPE
it PRON nsubj 7 tag:PRP
launched VERB advcl 1 launch
an DET det 9
operation NOUN dobj 7
. PUNCT punct 1
"""
    assert repaired(own)["Velmora"] == ("pobj", "after")


# "Velmora has made it clear that it will not withdraw.": the that-clause hung on "clear"
MADE_IT_CLEAR = """
Velmora PROPN nsubj 2 B-GPE
has AUX aux 2 tag:VBZ
made VERB ROOT 2 make tag:VBN
it PRON nsubj 4 tag:PRP
clear ADJ ccomp 2
that SCONJ mark 8 tag:IN
it PRON nsubj 8 tag:PRP
will AUX aux 8 tag:MD
withdraw VERB advcl 4 tag:VB
. PUNCT punct 2
"""


def test_the_clause_made_clear_is_the_verbs():
    found = repaired(MADE_IT_CLEAR)
    assert found["withdraw"] == ("ccomp", "made") and found["clear"] == ("oprd", "made")
    # another verb's "clear" stays as parsed (control): "kept it clear that ..."
    kept = MADE_IT_CLEAR.replace("made VERB ROOT 2 make tag:VBN", "kept VERB ROOT 2 keep tag:VBN")
    assert repaired(kept)["withdraw"] == ("advcl", "clear")


# "The army said earlier that it had taken Velmora.": the that-clause hung on "earlier", as in "earlier than"
SAID_EARLIER = """
The DET det 1
army NOUN nsubj 2
said VERB ROOT 2 say tag:VBD
earlier ADV advmod 2 tag:RBR
that SCONJ mark 7 tag:IN
it PRON nsubj 7 tag:PRP
had AUX aux 7 tag:VBD
taken VERB ccomp 3 take tag:VBN
Velmora PROPN dobj 7 B-GPE
. PUNCT punct 2
"""


def test_a_that_clause_hung_on_earlier_or_later_is_the_verbs():
    assert repaired(SAID_EARLIER)["taken"] == ("ccomp", "said")
    later = SAID_EARLIER.replace("earlier ADV", "later ADV")
    assert repaired(later)["taken"] == ("ccomp", "said")
    # (control: another adverb's clause stays as parsed: "so ... that")
    assert repaired(SAID_EARLIER.replace("earlier ADV advmod 2 tag:RBR", "so ADV advmod 2 tag:RB"))["taken"] == ("ccomp", "so")


# "Rebels shelled positions in Bama, and the port city of Velmor.": the city joined to the verb
NOUN_ON_THE_VERB = """
Rebels NOUN nsubj 1 tag:NNS
shelled VERB ROOT 1 shell
positions NOUN dobj 1 tag:NNS
in ADP prep 1
Bama PROPN pobj 3 B-GPE
, PUNCT punct 1
and CCONJ cc 1
the DET det 9
port NOUN compound 9
city NOUN conj 1
of ADP prep 9
Velmor PROPN pobj 10 B-GPE
. PUNCT punct 1
"""


def test_a_noun_joined_to_a_verb_is_joined_to_the_object_of_its_last_preposition():
    found = repaired(NOUN_ON_THE_VERB)
    assert found["city"] == ("conj", "Bama") and found["and"] == ("cc", "Bama")
    # (after another word than "and" or "or", as in "as well as": control)
    other = NOUN_ON_THE_VERB.replace("and CCONJ cc 1", "plus CCONJ cc 1")
    assert repaired(other)["city"] == ("conj", "shelled")


# "Velmora launches ground operation in southern Kestra": a title line, "in" left empty, its name hung on an adjective
EMPTY_PREPOSITION = """
Velmora PROPN nsubj 1
launches VERB ROOT 1 launch tag:VBZ
ground NOUN compound 3
operation NOUN dobj 1
in ADP prep 3
southern ADJ punct 4
Kestra PROPN preconj 5 B-GPE
"""


def test_a_name_after_an_empty_preposition_is_its_object():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, EMPTY_PREPOSITION))
    assert (doc[6].head.i, doc[6].dep_) == (4, "pobj")
    assert (doc[5].head.i, doc[5].dep_) == (6, "amod")


def test_a_preposition_with_its_object_or_ruled_by_the_name_after_it_stays_as_parsed():
    full = EMPTY_PREPOSITION.replace("southern ADJ punct 4", "southern ADJ amod 6").replace("Kestra PROPN preconj 5",
                                                                                          "Kestra PROPN pobj 4")
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, full))
    assert [(t.head.i, t.dep_) for t in doc[4:]] == [(3, "prep"), (6, "amod"), (4, "pobj")]
    # "in" hung on the name after it: re-hanging the name on "in" would make a loop
    ruled = EMPTY_PREPOSITION.replace("in ADP prep 3", "in ADP prep 6").replace("Kestra PROPN preconj 5", "Kestra PROPN dobj 1")
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, ruled))
    assert (doc[6].head.i, doc[6].dep_) == (1, "dobj")


def test_a_name_describing_the_noun_after_it_is_not_taken_for_the_empty_prepositions_object():
    # "... fought in Kestra villages": "Kestra" is a word of the noun phrase the parser hung elsewhere
    table = EMPTY_PREPOSITION.replace("Kestra PROPN preconj 5 B-GPE", "Kestra PROPN compound 7 B-GPE") + \
        "villages NOUN conj 1\n"
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, table))
    assert (doc[6].head.i, doc[6].dep_) == (7, "compound")


# "Fighters regained Velmora on Monday, eight months after troops captured it.": the clause of time made the root
MARKED_ROOT = """
Fighters NOUN nsubj 1
regained VERB ccomp 10 regain
Velmora PROPN dobj 1 B-GPE
on ADP prep 10
Monday PROPN pobj 3 B-DATE
, PUNCT punct 10
eight NUM nummod 7 B-DATE
months NOUN npadvmod 10 I-DATE tag:NNS
after SCONJ mark 10
troops NOUN nsubj 10
captured VERB ROOT 10 capture
it PRON dobj 10
. PUNCT punct 10
"""


def test_a_clause_of_time_the_parser_made_the_root_hangs_on_the_clause_before_it():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, MARKED_ROOT))
    assert (doc[1].dep_, doc[1].head.i) == ("ROOT", 1)
    assert (doc[10].dep_, doc[10].head.i) == ("advcl", 1)
    assert doc[3].head.i == 1 and doc[7].head.i == 10  # "on Monday" the recapture's; "eight months" the capture's


def test_a_root_with_a_mark_and_no_clause_before_it_stays_the_root():
    # "After troops captured it, fighters regained Velmora." is parsed right: nothing to do
    table = MARKED_ROOT.replace("regained VERB ccomp 10", "regained VERB conj 10")
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, table))
    assert (doc[10].dep_, doc[1].dep_) == ("ROOT", "conj")


# "Velmora launches ground offensive in Tarkiv": a title's "ground offensive" without an article, "ground" the root
# with the verb its auxiliary, "offensive" an adjective
GROUND_OFFENSIVE = """
Velmora PROPN nsubj 2 tag:NNP
launches VERB aux 2 launch tag:VBZ
ground NOUN ROOT 2 tag:NN
offensive ADJ advmod 2 tag:JJ
in ADP prep 2
Tarkiv PROPN pobj 4 B-GPE
"""


def test_a_titles_ground_offensive_is_the_object_of_the_verb_before_it():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, GROUND_OFFENSIVE))
    assert heads(doc) == {"Velmora": ("nsubj", "launches"), "launches": ("ROOT", "launches"),
                          "ground": ("compound", "offensive"), "offensive": ("dobj", "launches"), "in": ("prep", "launches"),
                          "Tarkiv": ("pobj", "in")}
    assert doc[3].tag_ == "NN"
    # an adjective that describes a noun after it stays one ("launches ground offensive operations") (control)
    operations = GROUND_OFFENSIVE.replace("in ADP prep 2", "operations NOUN dobj 1 tag:NNS").replace(
        "Tarkiv PROPN pobj 4 B-GPE", "").replace("offensive ADJ advmod 2", "offensive ADJ amod 4")
    assert repair_parse(hand_doc(spacy.blank("en").vocab, operations))[3].tag_ == "JJ"


# "Residents fled ahead of expected ground offensive": the participle describes "offensive", which the tagger
# calls an adjective but the parser puts where the noun stands
EXPECTED_GROUND_OFFENSIVE = """
Residents NOUN nsubj 1 tag:NNS
fled VERB ROOT 1 tag:VBD
ahead ADV advmod 1 tag:RB
of ADP prep 2
expected VERB amod 6 tag:VBN
ground NOUN compound 6 tag:NN
offensive ADJ pobj 3 tag:JJ
"""


def test_a_ground_offensive_a_participle_describes_keeps_its_place():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, EXPECTED_GROUND_OFFENSIVE))
    assert heads(doc)["offensive"] == ("pobj", "of") and heads(doc)["expected"] == ("amod", "offensive")
    assert doc[6].tag_ == "NN"


def test_a_repair_that_leaves_a_cycle_is_undone_and_the_others_stand(monkeypatch):
    from graph.extraction import parse_repairs
    from graph.extraction.parse_tree import well_formed

    def circle(doc):  # a slip: "a" and "depot" each the other's head
        doc[2].head, doc[3].head = doc[3], doc[2]

    def subject(doc):
        doc[0].dep_ = "nsubjpass"

    monkeypatch.setattr(parse_repairs, "REPAIRS", (circle, subject))
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, ON_THE_PREPOSITION))
    assert well_formed(doc) and [t.root.text for t in doc.sents] == ["hit"]
    assert heads(doc)["depot"] == ("dobj", "hit") and heads(doc)["Drones"] == ("nsubjpass", "hit")


# "Velmoran troops launched a ground offensive across the border.": "offensive" an adjective on "ground", the object
OFFENSIVE_AFTER_NOUN = """
Velmoran ADJ amod 1
troops NOUN nsubj 2
launched VERB ROOT 2 tag:VBD
a DET det 4
ground NOUN dobj 2 tag:NN
offensive ADJ amod 4 tag:JJ
across ADP prep 2
the DET det 8
border NOUN pobj 6
. PUNCT punct 2
"""


def test_an_offensive_read_as_an_adjective_after_its_noun_is_the_noun():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, OFFENSIVE_AFTER_NOUN))
    assert heads(doc)["offensive"] == ("dobj", "launched") and heads(doc)["ground"] == ("compound", "offensive")
    assert heads(doc)["a"] == ("det", "offensive") and doc[5].tag_ == "NN"
    # one that describes a noun after it stays an adjective ("a ground offensive operation") (control)
    operation = OFFENSIVE_AFTER_NOUN.replace("across ADP prep 2", "operation NOUN npadvmod 2 tag:NN")
    assert repair_parse(hand_doc(spacy.blank("en").vocab, operation))[5].tag_ == "JJ"


# "Troops retook the city west of Tarkiv.": "west" the object, "the city" its compound
CITY_WEST_OF = """
Troops NOUN nsubj 1
retook VERB ROOT 1 retake tag:VBD
the DET det 4
city NOUN compound 4 tag:NN
west NOUN dobj 1 tag:NN
of ADP prep 4
Tarkiv PROPN pobj 5 B-GPE
. PUNCT punct 1
"""


def test_a_settlement_word_run_into_the_compass_word_after_it_is_the_object():
    assert repaired(CITY_WEST_OF) == {"Troops": ("nsubj", "retook"), "retook": ("ROOT", "retook"), "the": ("det", "city"),
                                      "city": ("dobj", "retook"), "west": ("npadvmod", "city"), "of": ("prep", "west"),
                                      "Tarkiv": ("pobj", "of"), ".": ("punct", "retook")}
    # a compass word with no "of" after it stays as parsed ("the city west": control)
    table = CITY_WEST_OF.replace("of ADP prep 4\n", "").replace("Tarkiv PROPN pobj 5 B-GPE\n", "").replace(
        ". PUNCT punct 1", ". PUNCT punct 1")
    assert repaired(table)["city"] == ("compound", "west")
    # so is a district's word ("the district west of Tarkiv")
    assert repaired(CITY_WEST_OF.replace("city", "district"))["west"] == ("npadvmod", "district")


# "Rebels launched an offensive west of Tarkiv.": "offensive" read as an adjective of "west", the object
OFFENSIVE_WEST_OF = """
Rebels NOUN nsubj 1 tag:NNS
launched VERB ROOT 1 launch tag:VBD
an DET det 4
offensive ADJ amod 4 tag:JJ
west NOUN dobj 1 tag:NN
of ADP prep 4
Tarkiv PROPN pobj 5 B-GPE
. PUNCT punct 1
"""


def test_an_offensive_read_as_an_adjective_of_the_compass_word_after_it_is_the_object():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, OFFENSIVE_WEST_OF))
    assert (heads(doc)["offensive"], heads(doc)["west"], doc[3].tag_) == (("dobj", "launched"), ("npadvmod", "offensive"),
                                                                          "NN")
    # another adjective stays one ("an eastern west of Tarkiv" is no event: control)
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, OFFENSIVE_WEST_OF.replace("offensive ADJ", "eastern ADJ")))
    assert (heads(doc)["eastern"], doc[3].tag_) == (("amod", "west"), "JJ")


# "Rebels seized posts in the Velmor district west of the town.": "west" a second object of "in"
DISTRICT_WEST_OF = """
Rebels NOUN nsubj 1 tag:NNS
seized VERB ROOT 1 seize tag:VBD
posts NOUN dobj 1 tag:NNS
in ADP prep 2
the DET det 6
Velmor PROPN compound 6 B-GPE
district NOUN pobj 3 tag:NN
west NOUN pobj 3 tag:NN
of ADP prep 7
the DET det 10
town NOUN pobj 8 tag:NN
. PUNCT punct 1
"""


def test_a_compass_word_made_a_second_object_says_where_the_first_lies():
    assert repaired(DISTRICT_WEST_OF)["west"] == ("npadvmod", "district")
    # without its "of" it stays as parsed (control)
    table = DISTRICT_WEST_OF.replace("of ADP prep 7\nthe DET det 10\ntown NOUN pobj 8 tag:NN\n", "")
    assert repaired(table)["west"] == ("pobj", "in")


# "The group said it held the airport, claims the army rejected.": "claims" read as a second report verb
CLAIMS_REJECTED = """
The DET det 1
group NOUN nsubj 2 tag:NN
said VERB ROOT 2 say tag:VBD
it PRON nsubj 4
held VERB ccomp 2 hold tag:VBD
the DET det 6
airport NOUN dobj 4 tag:NN
, PUNCT punct 2
claims VERB conj 2 claim tag:VBZ
the DET det 10
army NOUN nsubj 11 tag:NN
rejected VERB ccomp 8 reject tag:VBD
. PUNCT punct 2
"""


def test_a_report_noun_a_rejection_describes_is_no_second_report_verb():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, CLAIMS_REJECTED))
    assert (heads(doc)["claims"], heads(doc)["rejected"], doc[8].tag_) == (("appos", "said"), ("relcl", "claims"), "NNS")
    # a rejection with its own object is what is claimed (control: "claims the army rejected the plan")
    table = CLAIMS_REJECTED.replace(". PUNCT punct 2", "plan NOUN dobj 11 tag:NN\n. PUNCT punct 2")
    assert repaired(table)["claims"] == ("conj", "said")


# "Anna Berg said the operation, named Dawn, aimed to take Tarkiv.": "aimed" a second participle on the object
OBJECT_PARTICIPLES = """
Anna PROPN compound 1 B-PERSON
Berg PROPN nsubj 2 I-PERSON
said VERB ROOT 2 say tag:VBD
the DET det 4
operation NOUN dobj 2 tag:NN
, PUNCT punct 4
named VERB acl 4 name tag:VBN
Dawn PROPN oprd 6
, PUNCT punct 4
aimed VERB acl 4 aim tag:VBN
to PART aux 11
take VERB xcomp 9 tag:VB
Tarkiv PROPN dobj 11 B-GPE
. PUNCT punct 2
"""


def test_the_past_form_after_a_participle_set_off_by_commas_is_the_reported_clauses_verb():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, OBJECT_PARTICIPLES))
    assert heads(doc)["aimed"] == ("ccomp", "said") and heads(doc)["operation"] == ("nsubj", "aimed")
    assert heads(doc)["named"] == ("acl", "operation") and doc[9].tag_ == "VBD"
    # one participle on the object, set off or not, stays one ("said the operation, named Dawn, ...": control)
    one = OBJECT_PARTICIPLES.replace("aimed VERB acl 4 aim tag:VBN", "aimed VERB conj 2 aim tag:VBD")
    assert repaired(one)["operation"] == ("dobj", "said")


# "On 15 April Velmor fighters seized Tarkiv.": "On" left without an object, the date hung on the subject
DATE_IN_SUBJECT = """
On ADP prep 5 tag:IN
15 NUM nummod 4 tag:CD
April PROPN nmod 4 tag:NNP
Velmor PROPN compound 4 tag:NNP
fighters NOUN nsubj 5 tag:NNS
seized VERB ROOT 5 seize tag:VBD
Tarkiv PROPN dobj 5 B-GPE
. PUNCT punct 5
"""
# "On Monday Velmor fighters seized Tarkiv.": date and subject one object of "On", the verb without a subject
DATE_AND_SUBJECT_OBJECT = """
On ADP prep 4 tag:IN
Monday PROPN compound 3 tag:NNP
Velmor PROPN compound 3 tag:NNP
fighters NOUN pobj 0 tag:NNS
seized VERB ROOT 4 seize tag:VBD
Tarkiv PROPN dobj 4 B-GPE
. PUNCT punct 4
"""


def test_a_date_run_into_the_subject_after_it_is_the_prepositions_object():
    found = repaired(DATE_IN_SUBJECT)
    assert (found["April"], found["15"], found["fighters"]) == (("pobj", "On"), ("nummod", "April"), ("nsubj", "seized"))
    found = repaired(DATE_AND_SUBJECT_OBJECT)
    assert (found["Monday"], found["fighters"]) == (("pobj", "On"), ("nsubj", "seized"))
    # a preposition with its date as its object stays as parsed ("On Monday, Velmor fighters": control)
    table = DATE_AND_SUBJECT_OBJECT.replace("Monday PROPN compound 3", "Monday PROPN pobj 0").replace(
        "fighters NOUN pobj 0", "fighters NOUN nsubj 4")
    assert repaired(table)["Velmor"] == ("compound", "fighters")


# "after IS fighters overran Tarkiv": "IS" read as a verb, "fighters" the subject of a verb joined to the root
SHOUTED = """
Rebels NOUN nsubj 1 tag:NNS
fled VERB ROOT 1 flee tag:VBD
after ADP mark 3 tag:IN
IS PROPN advcl 1 tag:NNP
fighters NOUN nsubj 5 tag:NNS
overran VERB conj 1 overrun tag:VBD
Tarkiv PROPN dobj 5 B-GPE
. PUNCT punct 1
"""


def test_an_acronym_that_is_also_a_word_read_as_a_verb_is_the_modifier_of_the_noun_after_it():
    found = repaired(SHOUTED)
    assert (found["IS"], found["overran"], found["after"]) == (("compound", "fighters"), ("advcl", "fled"),
                                                              ("mark", "overran"))
    # a word in lower case stays as parsed ("after is": control)
    assert repaired(SHOUTED.replace("IS PROPN advcl 1 tag:NNP", "is PROPN advcl 1 tag:NNP"))["is"] == ("advcl", "fled")


# "Jets struck the depot and dozens of targets early on Friday.": the day hung on the last joined object
DAY_ON_OBJECT = """
Jets NOUN nsubj 1 tag:NNS
struck VERB ROOT 1 strike tag:VBD
the DET det 3
depot NOUN dobj 1 tag:NN
and CCONJ cc 3
dozens NOUN conj 3 tag:NNS
of ADP prep 5
targets NOUN pobj 6 tag:NNS
early ADV advmod 9
on ADP prep 5 tag:IN
Friday PROPN pobj 9 tag:NNP B-DATE
. PUNCT punct 1
"""


def test_a_day_hung_on_the_last_of_joined_objects_is_the_verbs():
    assert repaired(DAY_ON_OBJECT)["on"] == ("prep", "struck")
    # a day's number with a month's name is a day too ("on 5 May")
    table = DAY_ON_OBJECT.replace("Friday PROPN pobj 9 tag:NNP B-DATE\n",
                                  "May PROPN pobj 9 tag:NNP B-DATE\n5 NUM nummod 10 tag:CD\n")
    assert repaired(table)["on"] == ("prep", "struck")
    # not a day ("dozens of targets on the coast"), nor a month alone, nor the first object's own phrase: the
    # object's (the targets' that "dozens" counts: phrase_on_count)
    assert repaired(DAY_ON_OBJECT.replace("Friday PROPN pobj 9 tag:NNP B-DATE", "coast NOUN pobj 9 tag:NN"))["on"] == \
        ("prep", "targets")
    assert repaired(DAY_ON_OBJECT.replace("Friday PROPN pobj 9 tag:NNP B-DATE", "May PROPN pobj 9 tag:NNP"))["on"] == \
        ("prep", "targets")
    assert repaired(DAY_ON_OBJECT.replace("dozens NOUN conj 3", "dozens NOUN dobj 1"))["on"] == ("prep", "targets")


# "Troops withdrew from the headquarters, their last base, a day before rebels overran it.": "their last base" taken
# for a second subject of "overran", joined to "withdrew"
TWO_SUBJECTS = """
Troops NOUN nsubj 1 tag:NNS
withdrew VERB ROOT 1 withdraw tag:VBD
from ADP prep 1 tag:IN
the DET det 4
headquarters NOUN pobj 2 tag:NN
, PUNCT punct 4
their PRON poss 8 tag:PRP$
last ADJ amod 8 tag:JJ
base NOUN nsubj 14 tag:NN
, PUNCT punct 8
a DET det 11
day NOUN npadvmod 14 tag:NN
before SCONJ mark 14 tag:IN
rebels NOUN nsubj 14 tag:NNS
overran VERB conj 1 overrun tag:VBD
it PRON dobj 14 tag:PRP
. PUNCT punct 1
"""


def test_a_phrase_set_off_before_a_clause_of_time_is_an_apposition_not_a_second_subject():
    found = repaired(TWO_SUBJECTS)
    assert (found["base"], found["rebels"], found["overran"]) == (("appos", "headquarters"), ("nsubj", "overran"),
                                                                 ("advcl", "withdrew"))
    # one subject, after the mark: as parsed ("a day before rebels overran it": control)
    one = TWO_SUBJECTS.replace("base NOUN nsubj 14", "base NOUN appos 4")
    assert repaired(one)["overran"] == ("conj", "withdrew")


# "Velmoria arrests minister after militia overruns army base": a title, its first clause run into the second
RUN_IN_TITLE = """
Velmoria PROPN compound 2 tag:NNP
arrests NOUN compound 2 tag:NNS
minister PROPN nsubj 5 tag:NNP
after SCONJ mark 5 tag:IN
militia PROPN nsubj 5 tag:NNP
overruns VERB ROOT 5 overrun tag:VBZ
army NOUN compound 7 tag:NN
base NOUN dobj 5 tag:NN
"""


def test_a_subject_before_the_mark_of_its_verbs_clause_without_a_comma_is_none_of_its_subjects():
    found = repaired(RUN_IN_TITLE)
    assert (found["minister"][0], found["militia"]) == ("dep", ("nsubj", "overruns"))


# "Drones hit Velmor on Monday, a source in the army told the paper.": the speaker an apposition of the date, the
# report verb joined to the clause's
SPEAKER_IN_CLAUSE = """
Drones NOUN nsubj 1 tag:NNS
hit VERB ROOT 1 hit tag:VBD
Velmor PROPN dobj 1 tag:NNP B-GPE
on ADP prep 1 tag:IN
Monday PROPN pobj 3 tag:NNP B-DATE
, PUNCT punct 4
a DET det 7
source NOUN appos 4 tag:NN
in ADP prep 7 tag:IN
the DET det 10
army NOUN pobj 8 tag:NN
told VERB conj 1 tell tag:VBD
the DET det 13
paper NOUN dobj 11 tag:NN
. PUNCT punct 1
"""


def test_a_speaker_hung_inside_the_clause_before_a_closing_report_verb_is_its_subject():
    found = repaired(SPEAKER_IN_CLAUSE)
    assert (found["source"], found["told"], found["hit"]) == (("nsubj", "told"), ("ROOT", "told"), ("ccomp", "told"))
    # a report verb with its own subject stays as parsed ("and the army told the paper": control)
    own = SPEAKER_IN_CLAUSE.replace("army NOUN pobj 8", "army NOUN nsubj 11")
    assert repaired(own)["told"] == ("conj", "hit")
    # the speaker set off by commas on both sides (", a source in the army, told"): the same
    comma = SPEAKER_IN_CLAUSE.replace("told VERB conj 1 tell tag:VBD\nthe DET det 13\npaper NOUN dobj 11",
                                      ", PUNCT punct 7\ntold VERB conj 1 tell tag:VBD\nthe DET det 14\npaper NOUN dobj 12")
    found = repaired(comma)
    assert (found["source"], found["told"], found["hit"]) == (("nsubj", "told"), ("ROOT", "told"), ("ccomp", "told"))


# "Kestrov demands an “end of the war,” Anna Berg, an adviser to Velmor, wrote.": the name an apposition of the
# quote's last word, the description one of the name, the report verb joined to the clause's
QUOTE_THEN_NAME = """
Kestrov PROPN nsubj 1 tag:NNP
demands VERB ROOT 1 demand tag:VBZ
an DET det 4
“ PUNCT punct 4 tag:``
end NOUN dobj 1 tag:NN
of ADP prep 4 tag:IN
the DET det 7
war NOUN pobj 5 tag:NN
, PUNCT punct 7
” PUNCT punct 7 tag:''
Anna PROPN compound 11 tag:NNP
Berg PROPN appos 7 tag:NNP
, PUNCT punct 11
an DET det 14
adviser NOUN appos 11 tag:NN
to ADP prep 14 tag:IN
Velmor PROPN pobj 15 tag:NNP
, PUNCT punct 11
wrote VERB conj 1 write tag:VBD
. PUNCT punct 1
"""


def test_the_name_after_a_closing_quote_speaks_not_its_description():
    found = repaired(QUOTE_THEN_NAME)
    assert (found["Berg"], found["adviser"], found["wrote"]) == (("nsubj", "wrote"), ("appos", "Berg"), ("ROOT", "wrote"))


# "Velmora launched what it called operations in Bama on Tuesday.": the date hung on the naming verb
NAMING_RELATIVE = """
Velmora PROPN nsubj 1 tag:NNP
launched VERB ROOT 1 launch tag:VBD
what PRON dobj 4 tag:WP
it PRON nsubj 4 tag:PRP
called VERB ccomp 1 call tag:VBD
operations NOUN oprd 4 tag:NNS
in ADP prep 5 tag:IN
Bama PROPN pobj 6 tag:NNP
on ADP prep 4 tag:IN
Tuesday PROPN pobj 8 tag:NNP B-DATE
. PUNCT punct 1
"""


def test_a_date_hung_on_the_naming_verb_of_a_free_relative_is_the_outer_verbs():
    assert repaired(NAMING_RELATIVE)["on"] == ("prep", "launched")
    # (control: a naming verb with an object of its own, no free relative: "called the operations a success on Tuesday")
    assert repaired(NAMING_RELATIVE.replace("what PRON dobj 4 tag:WP", "this PRON dobj 4 tag:DT"))["on"] == ("prep", "called")


# "The rebel alliance KDF said it had withdrawn.": the name a second subject of "said"
SECOND_SUBJECT = """
The DET det 2 tag:DT
rebel NOUN compound 2 tag:NN
alliance NOUN nsubj 4 tag:NN
KDF PROPN nsubj 4 tag:NNP
said VERB ROOT 4 say tag:VBD
it PRON nsubj 7 tag:PRP
had AUX aux 7 tag:VBD
withdrawn VERB ccomp 4 withdraw tag:VBN
. PUNCT punct 4
"""


def test_a_name_read_as_a_second_subject_after_the_noun_describing_it_is_its_apposition():
    assert repaired(SECOND_SUBJECT)["KDF"] == ("appos", "alliance")
    # (control: two names stay two subjects, as the parser has them)
    assert repaired(SECOND_SUBJECT.replace("alliance NOUN nsubj 4 tag:NN", "Velmor PROPN nsubj 4 tag:NNP"))["KDF"] \
        == ("nsubj", "said")


# "Velmora declared a ceasefire and its troops left Bama.": the object and the next subject one subject of "left"
JOINED_SUBJECT = """
Velmora PROPN nsubj 1 tag:NNP
declared VERB ROOT 1 declare tag:VBD
a DET det 3 tag:DT
ceasefire NOUN nsubj 7 tag:NN
and CCONJ cc 3 tag:CC
its PRON poss 6 tag:PRP$
troops NOUN conj 3 tag:NNS
left VERB ccomp 1 leave tag:VBD
Bama PROPN dobj 7 tag:NNP
. PUNCT punct 1
"""


def test_an_object_read_as_the_subject_of_a_clause_joined_after_it_is_the_verbs_object():
    found = repaired(JOINED_SUBJECT)
    assert (found["ceasefire"], found["troops"], found["left"]) == (("dobj", "declared"), ("nsubj", "left"),
                                                                    ("conj", "declared"))
    # (control: "the ceasefire and its terms" after "that" are one subject of the clause declared)
    marked = JOINED_SUBJECT.replace("a DET det 3 tag:DT", "the DET det 3 tag:DT")
    assert repaired(marked)["ceasefire"] == ("nsubj", "left")


# "Troops entered Velmor, a hub on the Oskil River, and Tarkiv, the main base.": "hub" a second object, "Tarkiv" and
# "base" its conjuncts
SECOND_OBJECT = """
Troops NOUN nsubj 1 tag:NNS
entered VERB ROOT 1 enter tag:VBD
Velmor PROPN dobj 1 tag:NNP B-GPE
, PUNCT punct 1
a DET det 5
hub NOUN dobj 1 tag:NN
on ADP prep 5 tag:IN
the DET det 9
Oskil PROPN compound 9 tag:NNP
River PROPN pobj 6 tag:NNP
, PUNCT punct 5
and CCONJ cc 5 tag:CC
Tarkiv PROPN conj 5 tag:NNP B-GPE
, PUNCT punct 12
the DET det 16
main ADJ amod 16 tag:JJ
base NOUN conj 5 tag:NN
. PUNCT punct 1
"""


def test_a_description_after_a_name_taken_for_a_second_object_is_its_apposition():
    found = repaired(SECOND_OBJECT)
    assert (found["hub"], found["Tarkiv"], found["base"], found["and"]) == (
        ("appos", "Velmor"), ("conj", "Velmor"), ("appos", "Tarkiv"), ("cc", "Velmor"))
    # a second object with no article stays as parsed (control)
    assert repaired(SECOND_OBJECT.replace("a DET det 5", "a DET amod 5"))["hub"] == ("dobj", "entered")


# "Velmor has done that “openly and nothing happened,” Berg said.": "said" hung under the clause it reports
REPORT_UNDER_CLAUSE = """
Velmor PROPN nsubj 2 tag:NNP
has AUX aux 2 tag:VBZ
done VERB ROOT 2 do tag:VBN
that SCONJ mark 12 tag:IN
“ PUNCT punct 12 tag:``
openly ADV advmod 12 tag:RB
and CCONJ cc 5 tag:CC
nothing NOUN nsubj 8 tag:NN
happened VERB conj 5 happen tag:VBD
, PUNCT punct 12 tag:,
” PUNCT punct 12 tag:''
Berg PROPN nsubj 12 tag:NNP
said VERB ccomp 2 say tag:VBD
. PUNCT punct 2 tag:.
"""


def test_a_closing_report_verb_hung_under_the_clause_it_reports_is_the_root():
    found = repaired(REPORT_UNDER_CLAUSE)
    assert (found["said"], found["done"], found["openly"], found["Berg"]) == (
        ("ROOT", "said"), ("ccomp", "said"), ("advmod", "done"), ("nsubj", "said"))
    # words after the report verb: no closing report (control)
    table = REPORT_UNDER_CLAUSE.replace(". PUNCT punct 2 tag:.", "today NOUN npadvmod 12 tag:NN\n. PUNCT punct 2 tag:.")
    assert repaired(table)["said"] == ("ccomp", "done")


# "Arvia has carried out hundreds of strikes on rebel targets in Velmor.": the phrases hung on the count
COUNTED = """
Arvia PROPN nsubj 2 B-GPE
has AUX aux 2 tag:VBZ
carried VERB ROOT 2 carry tag:VBN
out ADP prt 2 tag:RP
hundreds NOUN dobj 2 tag:NNS
of ADP prep 4
strikes NOUN pobj 5 tag:NNS
on ADP prep 4
rebel NOUN compound 9 tag:NN
targets NOUN pobj 7 tag:NNS
in ADP prep 4
Velmor PROPN pobj 10 B-GPE
. PUNCT punct 2 tag:.
"""


def test_phrases_hung_on_a_count_after_what_it_counts_are_the_counted_things():
    found = repaired(COUNTED)
    assert (found["on"], found["in"], found["of"]) == (("prep", "strikes"), ("prep", "strikes"), ("prep", "hundreds"))
    # a noun that counts nothing keeps its phrases (control)
    assert repaired(COUNTED.replace("hundreds NOUN", "reports NOUN"))["on"] == ("prep", "reports")


# "Debris damaged homes in Velmor, the governor said.": "damaged" read as an adjective, the sentence ended before the
# comma, ", the governor said." a sentence of its own
SPLIT_OFF = """
Debris NOUN npadvmod 1 tag:NN
damaged ADJ amod 2 tag:VBN
homes NOUN ROOT 2 tag:NNS
in ADP prep 2
Velmor PROPN pobj 3 B-GPE

, PUNCT punct 3 tag:,
the DET det 2
governor NOUN nsubj 3 tag:NN
said VERB ROOT 3 say tag:VBD
. PUNCT punct 3 tag:.
"""


def test_a_report_verb_split_off_after_a_comma_reports_the_sentence_before():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, SPLIT_OFF))
    assert (doc[2].dep_, doc[2].head.text, len(list(doc.sents))) == ("ccomp", "said", 1)
    # a report verb with its own object is a sentence of its own (control)
    table = SPLIT_OFF.replace("said VERB ROOT 3 say tag:VBD\n", "said VERB ROOT 3 say tag:VBD\nso ADV dobj 3 tag:RB\n")
    assert repaired(table)["homes"] == ("ROOT", "homes")


# "Arvia said rockets hit Velmor and Dastan accused jets.": "Dastan" joined to "Velmor", "accused" without a subject
SUBJECT_JOINED = """
Arvia PROPN nsubj 1 B-GPE tag:NNP
said VERB ROOT 1 say tag:VBD
rockets NOUN nsubj 3 tag:NNS
hit VERB ccomp 1 tag:VBD
Velmor PROPN dobj 3 B-GPE tag:NNP
and CCONJ cc 4 tag:CC
Dastan PROPN conj 4 B-GPE tag:NNP
accused VERB conj 1 accuse tag:VBD
jets NOUN dobj 7 tag:NNS
. PUNCT punct 1 tag:.
"""


def test_a_name_joined_to_the_object_before_a_verb_without_subject_is_its_subject():
    found = repaired(SUBJECT_JOINED)
    assert (found["Dastan"], found["and"]) == (("nsubj", "accused"), ("cc", "said"))
    # a verb with a subject of its own keeps the name as parsed (control)
    table = SUBJECT_JOINED.replace("jets NOUN dobj 7 tag:NNS", "it PRON nsubj 7 tag:PRP")
    assert repaired(table)["Dastan"] == ("conj", "Velmor")


# "Air strikes killed 40 people in Velmor, the ministry said.": "killed" read as a participle, "said" given two subjects
READ_AS_PARTICIPLE = """
Air NOUN compound 1 tag:NN
strikes NOUN nsubj 10 tag:NNS
killed VERB acl 1 kill tag:VBN
40 NUM nummod 4 tag:CD
people NOUN dobj 2 tag:NNS
in ADP prep 2 tag:IN
Velmor PROPN pobj 5 B-GPE tag:NNP
, PUNCT punct 10 tag:,
the DET det 9 tag:DT
ministry NOUN nsubj 10 tag:NN
said VERB ROOT 10 say tag:VBD
. PUNCT punct 10 tag:.
"""


def test_a_past_form_with_an_object_read_as_a_participle_before_a_closing_report_is_the_reported_verb():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, READ_AS_PARTICIPLE))
    assert (doc[1].dep_, doc[1].head.text, doc[2].dep_, doc[2].head.text, doc[2].tag_) == \
        ("nsubj", "killed", "ccomp", "said", "VBD")
    # a participle without an object of its own describes the noun (control: "strikes launched from Velmor")
    table = READ_AS_PARTICIPLE.replace("people NOUN dobj 2", "people NOUN npadvmod 2")
    assert repaired(table)["killed"] == ("acl", "strikes")


# "Berg urged fighters in a statement to protect civilians.": the infinitive hung on "statement"
ON_THE_MEDIUM = """
Berg PROPN nsubj 1 B-PERSON tag:NNP
urged VERB ROOT 1 urge tag:VBD
fighters NOUN dobj 1 tag:NNS
in ADP prep 1 tag:IN
a DET det 5 tag:DT
statement NOUN pobj 3 tag:NN
to PART aux 7 tag:TO
protect VERB acl 5 protect tag:VB
civilians NOUN dobj 7 tag:NNS
. PUNCT punct 1 tag:.
"""


def test_an_infinitive_hung_on_the_statement_a_verbs_object_was_addressed_in_is_the_verbs():
    assert repaired(ON_THE_MEDIUM)["protect"] == ("xcomp", "urged")
    # one hung on another noun is that noun's (control: "in an attempt to protect civilians")
    assert repaired(ON_THE_MEDIUM.replace("statement NOUN", "attempt NOUN"))["protect"] == ("acl", "attempt")


# "Kestria: Rebels stormed Velmor.": the paragraph's label, parsed as a second subject of "stormed"
LABELLED = """
Kestria PROPN nsubj 3 B-GPE
: PUNCT punct 0 tag::
Rebels NOUN nsubj 3 tag:NNS
stormed VERB ROOT 3
Velmor PROPN dobj 3 B-GPE
. PUNCT punct 3 tag:.
"""


def test_a_name_that_opens_a_paragraph_with_a_colon_is_its_label_not_a_subject():
    assert repaired(LABELLED)["Kestria"] == ("dep", "stormed")
    assert repaired(LABELLED)["Rebels"] == ("nsubj", "stormed")
    # not a name inside a sentence ("Later Kestria: rebels ...")
    assert repaired("Later ADV advmod 4\n" + LABELLED.replace(" 3", " 4").replace(" 0 ", " 1 "))["Kestria"][0] == "nsubj"


@pytest.mark.parametrize("dep", ["nsubj", "appos"])
def test_the_subject_hung_on_an_answers_label_is_the_verbs(dep):
    # "A: Rebels stormed Velmor.": the answer's label parsed as the subject, the real subject hung on it
    table = LABELLED.replace("Kestria PROPN nsubj 3 B-GPE", "A NOUN nsubj 3 tag:NN").replace(
        "Rebels NOUN nsubj 3", f"Rebels NOUN {dep} 0")
    assert (repaired(table)["A"], repaired(table)["Rebels"]) == (("dep", "stormed"), ("nsubj", "stormed"))


# "Rebels seized Velmor days ago.": the name run into the time phrase, a modifier of "days"
RUN_INTO_AGO = """
Rebels NOUN nsubj 1
seized VERB ROOT 1 seize
Velmor PROPN compound 3
days NOUN npadvmod 4 day tag:NNS
ago ADV advmod 1
. PUNCT punct 1
"""


def test_a_name_run_into_days_ago_is_the_verbs_object():
    assert repaired(RUN_INTO_AGO)["Velmor"] == ("dobj", "seized")
    assert repaired(RUN_INTO_AGO)["days"] == ("npadvmod", "ago")
    # (a tagger's adjective for the name all the same: "captured Bakhmut months ago")
    assert repaired(RUN_INTO_AGO.replace("Velmor PROPN compound 3", "Velmor ADJ amod 3"))["Velmor"] == ("dobj", "seized")
    # not where the verb has its object, nor a common noun ("two days ago"), nor a name before the verb
    assert repaired(RUN_INTO_AGO.replace("Rebels NOUN nsubj 1", "Rebels NOUN dobj 1"))["Velmor"] == ("compound", "days")
    assert repaired(RUN_INTO_AGO.replace("Velmor PROPN compound 3", "two NUM nummod 3"))["two"] == ("nummod", "days")


# "A strike on a school sheltering families killed 33 people, officials said.": the reported clause has no verb (its
# noun the report's object), its verb read as a participle describing a noun inside it
VERBLESS_CLAUSE = """
A DET det 1
strike NOUN ccomp 12
on ADP prep 1
a DET det 4
school NOUN pobj 2
sheltering VERB acl 4 shelter tag:VBG
families NOUN dobj 5
killed VERB acl 6 kill tag:VBN
33 NUM nummod 9
people NOUN dobj 7
, PUNCT punct 12
officials NOUN nsubj 12
said VERB ROOT 12 say
. PUNCT punct 12
"""


def test_the_verb_of_a_verbless_reported_clause_read_as_a_participle_is_its_verb():
    found = repaired(VERBLESS_CLAUSE)
    assert (found["killed"], found["strike"]) == (("ccomp", "said"), ("nsubj", "killed"))
    # not a participle without an object of its own, nor one that does not end the clause
    found = repaired(VERBLESS_CLAUSE.replace("people NOUN dobj 7", "people NOUN npadvmod 7"))
    assert (found["killed"], found["strike"]) == (("acl", "families"), ("ccomp", "said"))
    found = repaired(VERBLESS_CLAUSE.replace("killed VERB acl 6 kill tag:VBN\n33 NUM nummod 9\npeople NOUN dobj 7",
                                             "killed VERB acl 6 kill tag:VBN\n33 NUM nummod 9\npeople NOUN pobj 2"))
    assert found["strike"] == ("ccomp", "said")


# "Three soldiers killed in drone attack": a title's passive without its "were", read as an active past
TITLE_PASSIVE = """
Three NUM nummod 1
soldiers NOUN nsubj 2
killed VERB ROOT 2 kill tag:VBD
in ADP prep 2
drone NOUN compound 5
attack NOUN pobj 3
"""


def test_a_titles_harm_verb_without_object_is_passive():
    assert repaired(TITLE_PASSIVE)["soldiers"] == ("nsubjpass", "killed")
    # not with an object ("Drone attack killed three soldiers"), nor in a sentence after the title
    with_object = TITLE_PASSIVE.replace("in ADP prep 2\ndrone NOUN compound 5\nattack NOUN pobj 3",
                                        "three NUM nummod 4\ncivilians NOUN dobj 2")
    assert repaired(with_object)["soldiers"] == ("nsubj", "killed")
    prose = "Fighting NOUN nsubj 1\ngoes VERB ROOT 1 go tag:VBZ\non ADP prt 1\n. PUNCT punct 1\n\n" + TITLE_PASSIVE
    assert repaired(prose)["soldiers"] == ("nsubj", "killed")


# "Five people were killed in Velmor, the mayor Anna Berg said.": the title read as an apposition to the town, inside
# the reported clause
TITLE_IN_CLAUSE = """
Five NUM nummod 1
people NOUN nsubjpass 3
were AUX auxpass 3
killed VERB ccomp 11 kill tag:VBN
in ADP prep 3
Velmor PROPN pobj 4
, PUNCT punct 5
the DET det 8
mayor NOUN appos 5 tag:NN
Anna PROPN compound 10
Berg PROPN nsubj 11
said VERB ROOT 11 say
. PUNCT punct 11
"""


def test_a_speakers_title_read_as_closing_the_clause_is_the_speakers():
    assert repaired(TITLE_IN_CLAUSE)["mayor"] == ("compound", "Berg")
    # not an apposition that ends the clause before a speaker set off by its own comma ("Velmor, the capital, Berg said")
    apart = TITLE_IN_CLAUSE.replace("Anna PROPN compound 10", ", PUNCT punct 8").replace("mayor NOUN", "capital NOUN")
    assert repaired(apart)["capital"] == ("appos", "Velmor")
    # nor a title before a speaker that is no name ("..., the mayor officials said")
    assert repaired(TITLE_IN_CLAUSE.replace("Berg PROPN nsubj", "officials NOUN nsubj"))["mayor"] == ("appos", "Velmor")


# "Russian forces have made advances west of Velmor.": "west" read as a clause with the object as its subject
OBJECT_INTO_COMPASS = """
Russian ADJ amod 1
forces NOUN nsubj 3 force
have AUX aux 3
made VERB ROOT 3 make
advances NOUN nsubj 5 advance tag:NNS
west ADV ccomp 3
of ADP prep 5
Velmor PROPN pobj 6
. PUNCT punct 3
"""


def test_an_object_run_into_a_compass_word_is_the_verbs():
    found = repaired(OBJECT_INTO_COMPASS)
    assert found["advances"] == ("dobj", "made") and found["west"] == ("npadvmod", "advances")
    # not where the verb has its object ("made gains there, advances west of X")
    table = OBJECT_INTO_COMPASS.replace("have AUX aux 3", "gains NOUN dobj 3")
    assert repaired(table)["advances"] == ("nsubj", "west")


# "The army recaptured the town of Velmor, the capital of Kestra state, from the rebels on Saturday.": the apposition
# left a bare dependent of the verb, the verb's phrases after it hung on it
APPOSITION_ON_VERB = """
The DET det 1
army NOUN nsubj 2
recaptured VERB ROOT 2 recapture tag:VBD
the DET det 4
town NOUN dobj 2
of ADP prep 4
Velmor PROPN pobj 5
, PUNCT punct 2
the DET det 9
capital NOUN dep 2 tag:NN
of ADP prep 9
Kestra PROPN compound 12
state NOUN pobj 10
, PUNCT punct 9
from ADP prep 9
the DET det 16
rebels NOUN pobj 14
on ADP prep 9
Saturday PROPN pobj 17
. PUNCT punct 2
"""


def test_an_apposition_left_on_the_verb_describes_the_object_and_gives_back_the_verbs_phrases():
    found = repaired(APPOSITION_ON_VERB)
    assert found["capital"] == ("appos", "Velmor")
    assert found["from"] == ("prep", "recaptured") and found["on"] == ("prep", "recaptured")
    assert found["of"] == ("prep", "capital")  # (the apposition keeps its own phrase: "of Kestra state")
    # not where the verb has no object the word before the comma is in ("fled, the capital ...")
    assert repaired(APPOSITION_ON_VERB.replace("town NOUN dobj 2", "town NOUN npadvmod 2"))["capital"] == ("dep", "recaptured")


# "Troops launched an operation on Wednesday, raiding Velmor and Kestra.": the participle read as an adjective on the
# name, the name an apposition to the operation
PARTICIPLE_ON_NAME = """
Troops NOUN nsubj 1
launched VERB ROOT 1 launch tag:VBD
an DET det 3
operation NOUN dobj 1
on ADP prep 1
Wednesday PROPN pobj 4
, PUNCT punct 1
raiding VERB amod 8 raid tag:VBG
Velmor PROPN appos 3
and CCONJ cc 8
Kestra PROPN conj 8
. PUNCT punct 1
"""


def test_an_ing_clause_read_as_an_adjective_on_its_object_is_a_clause():
    found = repaired(PARTICIPLE_ON_NAME)
    assert found["raiding"] == ("advcl", "launched") and found["Velmor"] == ("dobj", "raiding")
    assert found["Kestra"] == ("conj", "Velmor")
    # not an adjective with no comma before it ("the raiding Velmor party")
    table = PARTICIPLE_ON_NAME.replace(", PUNCT punct 1", "the DET det 8")
    assert repaired(table)["raiding"] == ("amod", "Velmor")


# "Drones struck Velmor, killing 20 people, regional governor Anna Berg said.": the name joined to "people", which the
# parser makes the report verb's subject
SPEAKER_JOINED = """
Drones NOUN nsubj 1
struck VERB ccomp 12 strike tag:VBD
Velmor PROPN dobj 1
, PUNCT punct 1
killing VERB advcl 1 kill tag:VBG
20 NUM nummod 6
people NOUN nsubj 12 tag:NNS
, PUNCT punct 6
regional ADJ amod 9
governor NOUN compound 11
Anna PROPN compound 11
Berg PROPN conj 6
said VERB ROOT 12 say
. PUNCT punct 12
"""


def test_a_speakers_name_joined_to_the_clauses_last_noun_is_the_speaker():
    found = repaired(SPEAKER_JOINED)
    assert found["people"] == ("dobj", "killing") and found["Berg"] == ("nsubj", "said")
    # not where the verb before the noun has an object of its own ("killing soldiers" hung on "killing" before it)
    table = SPEAKER_JOINED.replace("Velmor PROPN dobj 1", "Velmor PROPN dobj 4")
    assert repaired(table)["people"] == ("nsubj", "said")


# "The army denied that rebels had encircled Velmor, saying its troops held the town.": "saying" hung on the clause
SAYING_ON_CLAUSE = """
The DET det 1
army NOUN nsubj 2
denied VERB ROOT 2 deny tag:VBD
that SCONJ mark 6
rebels NOUN nsubj 6
had AUX aux 6
encircled VERB ccomp 2 encircle tag:VBN
Velmor PROPN dobj 6
, PUNCT punct 6
saying VERB advcl 6 say tag:VBG
its PRON poss 11
troops NOUN nsubj 12
held VERB ccomp 9 hold tag:VBD
the DET det 14
town NOUN dobj 12
. PUNCT punct 2
"""


def test_a_participle_of_saying_after_a_reported_clause_is_the_report_verbs():
    assert repaired(SAYING_ON_CLAUSE)["saying"] == ("advcl", "denied")
    # not after a clause whose own verb publishes what is said ("said the rebels had issued a statement, saying ...")
    table = SAYING_ON_CLAUSE.replace("encircled VERB ccomp 2 encircle tag:VBN", "issued VERB ccomp 2 issue tag:VBN")
    assert repaired(table)["saying"] == ("advcl", "issued")
    # nor without the comma that ends the clause
    assert repaired(SAYING_ON_CLAUSE.replace(", PUNCT punct 6", "again ADV advmod 6"))["saying"] == ("advcl", "encircled")
    # nor after a relative clause that ends the clause, whose one may say it (", which drew criticism from X, saying")
    assert repaired(SAYING_AFTER_RELATIVE)["saying"] == ("advcl", "shelled")


# "The army denied that rebels had shelled Velmor, which angered Anna Berg, saying it was false."
SAYING_AFTER_RELATIVE = """
The DET det 1
army NOUN nsubj 2
denied VERB ROOT 2 deny tag:VBD
that SCONJ mark 6
rebels NOUN nsubj 6
had AUX aux 6
shelled VERB ccomp 2 shell tag:VBN
Velmor PROPN dobj 6
, PUNCT punct 7
which PRON nsubj 10
angered VERB relcl 7 anger tag:VBD
Anna PROPN compound 12
Berg PROPN dobj 10
, PUNCT punct 6
saying VERB advcl 6 say tag:VBG
it PRON nsubj 16
was AUX ccomp 14 be tag:VBD
false ADJ acomp 16
. PUNCT punct 2
"""


# "Gunmen killed ten people in Velmor, near Kestra, on Sunday.": ", near Kestra," hung on the verb
NEAR_ON_VERB = """
Gunmen NOUN nsubj 1
killed VERB ROOT 1 kill tag:VBD
ten NUM nummod 3
people NOUN dobj 1
in ADP prep 1
Velmor PROPN pobj 4 tag:NNP
, PUNCT punct 1
near ADP prep 1
Kestra PROPN pobj 7 tag:NNP
, PUNCT punct 1
on ADP prep 1
Sunday PROPN pobj 10
. PUNCT punct 1
"""


def test_a_phrase_of_nearness_set_off_after_a_place_describes_the_place():
    assert repaired(NEAR_ON_VERB)["near"] == ("prep", "Velmor")
    # not one that is not set off at its end ("in Velmor, near Kestra on Sunday" may be the act's)
    assert repaired(NEAR_ON_VERB.replace(", PUNCT punct 1\non", "and CCONJ cc 1\non"))["near"] == ("prep", "killed")
    # nor after a word that is no name ("in the city, near the border")
    assert repaired(NEAR_ON_VERB.replace("Velmor PROPN pobj 4 tag:NNP", "city NOUN pobj 4 tag:NN"))["near"] == ("prep", "killed")


# "Islamic State-linked insurgents occupied Velmor.": the name's first word hung on the noun, as the tagger's adjective
NAME_BEFORE_LINKED = """
Islamic ADJ amod 4 tag:JJ
State NOUN npadvmod 3 tag:NN
- PUNCT punct 3 tag:HYPH
linked VERB amod 4 link tag:VBN
insurgents NOUN nsubj 5 tag:NNS
occupied VERB ROOT 5 occupy tag:VBD
Velmor PROPN dobj 5 tag:NNP
. PUNCT punct 5
"""


def test_a_name_before_a_hyphened_participle_is_the_participles_whole():
    found = repaired(NAME_BEFORE_LINKED)
    assert found["Islamic"] == ("compound", "State") and found["State"] == ("npadvmod", "linked")
    # (a name of one word is hung right already: "Iran-backed")
    table = NAME_BEFORE_LINKED.replace("Islamic ADJ amod 4 tag:JJ\n", "the DET det 4\n").replace("State NOUN", "Iran PROPN")
    assert repaired(table)["Iran"] == ("npadvmod", "linked") and repaired(table)["the"] == ("det", "insurgents")


# "Velmora carried out a series of missile and drone strikes on Kestra on Monday.", as the parser reads it: "drone" a
# second verb joined to "carried", "strikes" its object, the date hung on it
MODIFIERS_JOINED = """
Velmora PROPN nsubj 1 B-GPE
carried VERB ROOT 1 carry tag:VBD
out ADP prt 1 tag:RP
a DET det 4
series NOUN dobj 1 tag:NN
of ADP prep 4
missile NOUN pobj 5 tag:NN
and CCONJ cc 6 tag:CC
drone NOUN conj 1 tag:NN
strikes NOUN dobj 8 strike tag:NNS
on ADP prep 9
Kestra PROPN pobj 10 B-GPE
on ADP prep 8
Monday PROPN pobj 12 B-DATE
. PUNCT punct 1
"""


def test_two_nouns_joined_before_the_noun_they_describe_are_its_modifiers():
    found = repaired(MODIFIERS_JOINED)
    assert found["strikes"] == ("pobj", "of") and found["missile"] == ("compound", "strikes")
    assert found["drone"] == ("conj", "missile") and found["and"] == ("cc", "missile")
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, MODIFIERS_JOINED))
    assert doc[10].head.i == 9 and doc[12].head.i == 1  # (the target stays on "strikes"; "on Monday", on "drone", goes
    # to the verb)
    # (so before: a second verb with an object of its own stays one, "struck the depot and shelled houses")
    verbs = MODIFIERS_JOINED.replace("drone NOUN conj 1 tag:NN", "shelled VERB conj 1 shell tag:VBD")
    assert repaired(verbs)["shelled"] == ("conj", "carried")



# "the army and Russian mercenaries of the Kestrel Corps retook Tarkiv", the "of" phrase hung on the first noun
OF_ON_THE_FIRST = """
the DET det 1
army NOUN nsubj 9 tag:NN
and CCONJ cc 1 tag:CC
Russian ADJ amod 4 B-NORP
mercenaries NOUN conj 1 mercenary tag:NNS
of ADP prep 1
the DET det 8
Kestrel PROPN compound 8 B-ORG
Corps PROPN pobj 5 I-ORG
retook VERB ROOT 9 retake tag:VBD
Tarkiv PROPN dobj 9 B-GPE
"""


def test_an_of_phrase_after_the_last_of_joined_nouns_is_its():
    assert repaired(OF_ON_THE_FIRST)["of"] == ("prep", "mercenaries")
    # (so before: a phrase between the nouns stays on the first, "the army of Velmora and Russian mercenaries")
    assert repaired(OF_BETWEEN)["of"] == ("prep", "army")


OF_BETWEEN = """
the DET det 1
army NOUN nsubj 7 tag:NN
of ADP prep 1
Velmora PROPN pobj 2 B-GPE
and CCONJ cc 1 tag:CC
Russian ADJ amod 6 B-NORP
mercenaries NOUN conj 1 mercenary tag:NNS
retook VERB ROOT 7 retake tag:VBD
Tarkiv PROPN dobj 7 B-GPE
"""


# "Rebels took two towns, taking Velmor in the south and Tarkiv in the west.": "Tarkiv" joined to "south"
NAME_JOINED_TO_SOUTH = """
Rebels NOUN nsubj 1 tag:NNS
took VERB ROOT 1 take tag:VBD
two NUM nummod 3
towns NOUN dobj 1 tag:NNS
, PUNCT punct 1
taking VERB advcl 1 take tag:VBG
Velmor PROPN dobj 5 B-GPE
in ADP prep 5
the DET det 9
south NOUN pobj 7 tag:NN
and CCONJ cc 9
Tarkiv PROPN conj 9 B-GPE
in ADP prep 5
the DET det 14
west NOUN pobj 12 tag:NN
. PUNCT punct 1
"""


def test_a_name_joined_to_the_compass_word_after_an_object_is_joined_to_the_object():
    found = repaired(NAME_JOINED_TO_SOUTH)
    assert (found["Tarkiv"], found["and"], found["west"]) == (("conj", "Velmor"), ("cc", "Velmor"), ("pobj", "in"))
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, NAME_JOINED_TO_SOUTH))
    assert doc[12].head.text == "Tarkiv"  # (the second "in", with its compass word: Tarkiv's)
    # a common noun joined to the compass word stays as parsed ("in the south and centre": control)
    table = NAME_JOINED_TO_SOUTH.replace("Tarkiv PROPN conj 9 B-GPE", "centre NOUN conj 9 tag:NN")
    assert repaired(table)["centre"] == ("conj", "south")


# "The ministry said its strikes, code-named Velmor, targeted depots.": the subject read as "said"'s object, the verb as a
# participle describing the object after it, an apposition of the subject
APPOSED_SUBJECT = """
The DET det 1
ministry NOUN nsubj 2
said VERB ROOT 2 say tag:VBD
its PRON poss 4 tag:PRP$
strikes NOUN dobj 2 strike tag:NNS
, PUNCT punct 4
code NOUN npadvmod 8 tag:NN
- PUNCT punct 8 tag:HYPH
named VERB amod 9 name tag:VBN
Velmor PROPN appos 4
, PUNCT punct 4
targeted VERB amod 12 target tag:VBN
depots NOUN appos 4 depot tag:NNS
. PUNCT punct 2
"""


def test_a_verb_after_the_apposition_of_a_reported_subject_read_as_an_object_is_the_clauses():
    found = repaired(APPOSED_SUBJECT)
    assert (found["targeted"], found["strikes"], found["depots"]) == (("ccomp", "said"), ("nsubj", "targeted"),
                                                                       ("dobj", "targeted"))
    # with no apposition between the noun and the verb, it stays as parsed ("said its strikes targeted depots" is
    # another slip; control)
    table = APPOSED_SUBJECT.replace("Velmor PROPN appos 4", "Velmor PROPN compound 4")
    assert repaired(table)["targeted"] == ("amod", "depots")


# "The group denied that it had shelled villages.": "shelled" a participle describing the object, "that" and "it" on "had"
AUXILIARY_ON_PARTICIPLE = """
The DET det 1
group NOUN nsubj 2 tag:NN
denied VERB ROOT 2 deny tag:VBD
that SCONJ mark 5 tag:IN
it PRON nsubj 5 tag:PRP
had AUX aux 6 have tag:VBD
shelled VERB amod 7 shell tag:VBN
villages NOUN dobj 2 village tag:NNS
. PUNCT punct 2
"""


def test_a_participle_an_auxiliary_hangs_on_is_the_reported_verb():
    found = repaired(AUXILIARY_ON_PARTICIPLE)
    assert (found["shelled"], found["villages"], found["that"], found["it"], found["had"]) == (
        ("ccomp", "denied"), ("dobj", "shelled"), ("mark", "shelled"), ("nsubj", "shelled"), ("aux", "shelled"))
    # a participle with no auxiliary on it stays one ("denied shelled villages"; control)
    table = AUXILIARY_ON_PARTICIPLE.replace("had AUX aux 6", "had AUX dep 2")
    assert repaired(table)["shelled"] == ("amod", "villages")


# "Rebels fired rockets at Velmor, the army said, hitting a school." (as the small parser reads it: "said" joined to
# "fired", "hitting" on "said")
PARTICIPLE_AFTER_REPORT = """
Rebels NOUN nsubj 1
fired VERB ROOT 1 fire tag:VBD
rockets NOUN dobj 1
at ADP prep 1
Velmor PROPN pobj 3
, PUNCT punct 4
the DET det 7
army NOUN nsubj 8
said VERB conj 1 say tag:VBD
, PUNCT punct 8
hitting VERB xcomp 8 hit tag:VBG
a DET det 12
school NOUN dobj 10
. PUNCT punct 1
"""


def test_a_participle_after_a_closing_report_verb_and_its_speaker_is_the_reported_clauses():
    assert repaired(PARTICIPLE_AFTER_REPORT)["hitting"] == ("advcl", "fired")
    # not one of saying or citing, nor another the speaker did: the speaker's ("..., the army said, citing officials")
    for verb in ("adding", "citing", "paving"):
        table = PARTICIPLE_AFTER_REPORT.replace("hitting VERB xcomp 8 hit tag:VBG", f"{verb} VERB xcomp 8 x tag:VBG")
        assert repaired(table)[verb] == ("xcomp", "said")
    # nor after a speaker before the report verb with no comma set before it ("Rebels fired ... and the army said, ...")
    table = PARTICIPLE_AFTER_REPORT.replace(", PUNCT punct 4", "and CCONJ cc 1")
    assert repaired(table)["hitting"] == ("xcomp", "said")


# "May 4 - Varga claims the brigade has taken Tarkiv.": "claims" tagged a plural noun, the parse a verb's
REPORT_READ_AS_NOUN = """
May PROPN ROOT 0 B-DATE
4 NUM nummod 0 I-DATE
- PUNCT punct 0
Varga PROPN nsubj 4
claims NOUN ROOT 4 claim tag:NNS
the DET det 6
brigade NOUN nsubj 8 tag:NN
has AUX aux 8 tag:VBZ
taken VERB ccomp 4 take tag:VBN
Tarkiv PROPN dobj 8 B-GPE
. PUNCT punct 4
"""


def test_a_report_verb_tagged_a_noun_with_a_subject_and_a_clause_is_the_verb():
    assert repair_parse(hand_doc(spacy.blank("en").vocab, REPORT_READ_AS_NOUN))[4].tag_ == "VBZ"
    # a noun with no clause after it stays a noun ("Varga claims" as a phrase's head: control)
    table = REPORT_READ_AS_NOUN.replace("taken VERB ccomp 4", "taken VERB relcl 4")
    assert repair_parse(hand_doc(spacy.blank("en").vocab, table))[4].tag_ == "NNS"


# "The envoy, Anna Berg, called on the parties to talk.": the noun the root, the verb a participle describing it
VERB_AFTER_APPOSED_SUBJECT = """
The DET det 1
envoy NOUN ROOT 1 tag:NN
, PUNCT punct 1
Anna PROPN compound 4 tag:NNP
Berg PROPN appos 1 tag:NNP
, PUNCT punct 1
called VERB acl 1 call tag:VBN
on ADP prep 6
the DET det 9
parties NOUN pobj 7 tag:NNS
to PART aux 11
talk VERB xcomp 6 tag:VB
. PUNCT punct 1
"""


def test_a_past_form_after_the_subjects_apposition_in_a_sentence_without_a_verb_is_its_verb():
    doc = repair_parse(hand_doc(spacy.blank("en").vocab, VERB_AFTER_APPOSED_SUBJECT))
    found = heads(doc)
    assert (found["envoy"], found["called"], found["."], doc[6].tag_) == (
        ("nsubj", "called"), ("ROOT", "called"), ("punct", "called"), "VBD")
    # a participle not right after the apposition's closing comma stays as parsed (control)
    table = VERB_AFTER_APPOSED_SUBJECT.replace("Berg PROPN appos 1", "Berg PROPN compound 1")
    assert repaired(table)["called"] == ("acl", "envoy")
