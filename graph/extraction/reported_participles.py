"""Parse repairs (run by :mod:`graph.extraction.parse_repairs`) of participles in and after reported clauses.

- A reported clause's verb that the small parser reads as a participle describing a noun, in a clause a closing
  report verb ends ("Air strikes killed 70 people, the ministry said"): the participle is the clause's verb, and the
  noun the clause opens with its subject.
- A reported clause whose subject has an apposition set off by commas ("said its strikes, code-named Operation
  Sindoor, targeted terrorist infrastructure"): the parser makes the subject the report verb's object and the verb a
  participle describing the object after it; the verb is the clause's, the noun before the apposition its subject.
- A sentence's verb after its subject's apposition read as a participle describing the subject, the subject made the
  root ("The UN coordinator, Clementine Nkweta-Salami, called on the parties to ..."): the verb is the root again.
- A reported clause's verb read as a participle describing its object, its auxiliary, subject and "that" left on
  their own ("denied that it had targeted civilians"): the verb heads the clause again.
- A participle of saying after a comma that ends a clause reported or denied ("denied that Russian forces had
  encircled the city, saying its troops still held it"): the one who reports says it, not the clause's subject; it
  hangs on the report verb.
- A participle of harm after a closing report verb and its speaker ("Russian forces launched 70 drones at Ukraine,
  Ukraine's air force said, hitting energy infrastructure in the Odesa region"): what the reported clause did, not the
  speaker; it hangs on the clause's verb."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extraction.phrase_repairs import CLOSING_REPORTS, REPORT_FORMS

SAYING = {"saying", "adding", "insisting", "noting", "stressing", "arguing", "explaining", "claiming"}
# a clause's own verbs of publishing: what the clause's subject issued, it says ("Kyiv said Moscow had issued an
# ultimatum, saying the city must surrender": Moscow's)
AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "been"}  # (the repairs run before the lemmatizer)
# the harm a reported strike did, told after its closing report verb (not what the speaker did: "citing officials",
# "paving the way for ...")
HARMING = {"hitting", "killing", "wounding", "injuring", "damaging", "destroying", "striking", "targeting", "cutting",
           "knocking"}
PUBLISHING = REPORT_FORMS | {"issued", "released", "posted", "published", "sent", "broadcast", "tweeted", "wrote"}


def clause_read_as_participle(doc: Doc) -> None:
    """"Air strikes killed 70 people across the enclave, the health ministry said": the parser reads "killed" as a
    participle describing "strikes" and gives "said" two subjects; a participle with an object of its own ends
    before the comma, is the reported clause's verb and the noun it describes that clause's subject (also where the
    parser made the object the subject of an -ing form after it: "killed 30 people sheltering in a school")."""
    for verb in doc:
        # (the first may be left a bare dependent: "An air strike killed 30 people sheltering in ..., officials said")
        subjects = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "dep" and c.tag_.startswith("NN"))]
        if verb.lower_ not in CLOSING_REPORTS or len(subjects) != 2 or subjects[1].i > verb.i:
            continue
        first, speaker = subjects
        comma = speaker.left_edge.i - 1
        participle = next((c for c in first.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == first.i + 1
                           and c.right_edge.i < comma and (any(o.dep_ == "dobj" for o in c.children)
                                                           or _object_as_subject(c) is not None)), None)
        if participle is None or doc[comma].text != ",":
            continue
        if (taken := _object_as_subject(participle)) is not None:
            obj, ing = taken
            obj.head, obj.dep_ = participle, "dobj"
            ing.head, ing.dep_ = obj, "acl"
        participle.head, participle.dep_, participle.tag_ = verb, "ccomp", "VBD"
        first.head, first.dep_ = participle, "nsubj"


def _object_as_subject(participle: Token) -> tuple[Token, Token] | None:
    """The verb's object the parser read as the subject of an -ing form right after it ("killed [30 people] sheltering
    in a school"), with that -ing form."""
    return next(((g, a) for a in participle.children if a.dep_ == "advcl" and a.tag_ == "VBG" for g in a.children
                 if g.dep_ == "nsubj" and g.i < a.i and g.left_edge.i == participle.i + 1 and g.i == a.i - 1), None)


def apposed_subject_read_as_object(doc: Doc) -> None:
    """"The ministry said its strikes, code-named Operation Sindoor, targeted terrorist infrastructure": "strikes" read as
    the object of "said", "targeted" as a participle describing "infrastructure", an apposition of "strikes"; a past form
    right after the comma that closes the noun's apposition is the reported clause's verb, the noun its subject."""
    for verb in doc[2:]:
        thing, noun = verb.head, verb.head.head
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or doc[verb.i - 1].text != "," or thing.i < verb.i \
                or thing.dep_ != "appos" or noun.dep_ != "dobj" or noun.head.lower_ not in REPORT_FORMS | CLOSING_REPORTS \
                or not any(c.dep_ in ("appos", "conj") and noun.i < c.i < verb.i for c in noun.children):
            continue
        verb.head, verb.dep_, verb.tag_ = noun.head, "ccomp", "VBD"
        noun.head, noun.dep_ = verb, "nsubj"
        thing.head, thing.dep_ = verb, "dobj"


def main_verb_after_apposed_subject(doc: Doc) -> None:
    """"The UN coordinator, Clementine Nkweta-Salami, called on the parties to ...": the parser makes the noun the
    sentence's root and the verb after the apposition's closing comma a participle describing it; a past form right after
    that comma, in a sentence with no verb of its own, is the sentence's verb, the noun its subject."""
    for noun in doc:
        if noun.dep_ != "ROOT" or not noun.tag_.startswith("NN"):
            continue
        apposed = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i
                        and doc[c.left_edge.i - 1].text == ","), None)
        after = apposed.right_edge.i + 2 if apposed is not None else len(doc)
        verb = doc[after] if after < len(doc) and doc[after - 1].text == "," else None
        if verb is None or verb.head.i != noun.i or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        noun.head, noun.dep_ = verb, "nsubj"
        for child in [c for c in noun.children if c.i > verb.i or c.dep_ == "punct" and c.i > apposed.right_edge.i]:
            child.head = verb  # (the sentence's closing stop and whatever else hung on the noun after the verb)


def auxiliary_on_participle(doc: Doc) -> None:
    """"It denied that it had targeted civilians": the parser makes "targeted" a participle describing "civilians", the
    report verb's object, and hangs "that" and "it" on "had"; a participle an auxiliary hangs on is a verb, the clause
    the report's, the noun its object, and the words on the auxiliary its."""
    for aux in doc:
        verb = aux.head
        noun = verb.head
        if aux.dep_ != "aux" or aux.lower_ not in AUXILIARIES or verb.dep_ != "amod" or verb.tag_ != "VBN" \
                or not (aux.i < verb.i < noun.i) or noun.dep_ != "dobj" or not noun.head.tag_.startswith("VB"):
            continue
        report = noun.head
        for child in [c for c in aux.children if c.dep_ in ("mark", "nsubj", "nsubjpass")]:
            child.head = verb
        verb.head, verb.dep_, verb.tag_ = report, "ccomp", "VBN"
        noun.head = verb


def verbless_clause(doc: Doc) -> None:
    """"An air strike on a school sheltering families in the camp killed 33 people, officials said": the reported
    clause, opening the sentence, has no verb (its noun the report's object) and the parser reads its verb as a
    participle describing a noun inside it; a past form with an object that ends the clause right before the comma
    is its verb, the noun the clause opens with its subject."""
    for noun in doc:
        report = noun.head
        if noun.dep_ != "ccomp" or not noun.tag_.startswith("NN") or report.lower_ not in CLOSING_REPORTS \
                or noun.left_edge.i != report.sent.start or doc[noun.right_edge.i + 1].text != "," \
                or any(c.dep_ in ("nsubj", "aux") for c in noun.children):
            continue
        participle = next((t for t in noun.subtree if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.i > noun.i + 1
                           and t.right_edge.i == noun.right_edge.i and any(o.dep_ == "dobj" for o in t.children)), None)
        if participle is None:
            continue
        participle.head, participle.dep_, participle.tag_ = report, "ccomp", "VBD"
        noun.head, noun.dep_ = participle, "nsubj"


def saying_on_reported_clause(doc: Doc) -> None:
    """"Ukraine's army denied that Russian forces had encircled the city, saying its troops still held it": the
    parser hangs "saying" on the reported clause's verb, making the forces say it; a participle of saying set off by
    a comma at the end of a clause that a verb before it reports is that verb's."""
    for saying in doc:
        clause = saying.head
        if saying.lower_ not in SAYING or saying.tag_ != "VBG" or saying.dep_ not in ("advcl", "xcomp", "conj") \
                or doc[saying.i - 1].text != "," or clause.dep_ != "ccomp" or clause.head.i > clause.i \
                or clause.lower_ in PUBLISHING or not clause.head.tag_.startswith("VB") or _ends_relative(clause, saying):
            continue
        saying.head, saying.dep_ = clause.head, "advcl"


def _ends_relative(clause: Token, saying: Token) -> bool:
    """Whether the clause ends, before the comma, in a relative clause or a participle's phrase, whose one may be the
    one who says ("..., which drew criticism from Emmanuel Macron, saying ...")."""
    tok = saying.doc[saying.i - 2]
    while tok.i != clause.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def participle_after_closing_report(doc: Doc) -> None:
    """"Russian forces launched 70 drones at Ukraine, Ukraine's air force said, hitting energy infrastructure": the
    parser hangs "hitting" on "said", making the air force hit it; a participle of harm set off by a comma after a
    report verb whose subject is set off after the clause it reports goes on that clause's verb."""
    for part in doc:
        report = part.head
        if part.tag_ != "VBG" or part.dep_ not in ("xcomp", "advcl") or part.lower_ not in HARMING \
                or doc[part.i - 1].text != "," or report.lower_ not in CLOSING_REPORTS or report.i > part.i:
            continue
        speaker = next((c for c in report.children if c.dep_ == "nsubj" and c.i < report.i), None)
        if speaker is None or speaker.left_edge.i == 0 or doc[speaker.left_edge.i - 1].text != ",":
            continue
        clause = report.head if report.dep_ == "conj" and report.head.i < speaker.i else next(
            (c for c in report.children if c.dep_ == "ccomp" and c.i < speaker.i), None)
        if clause is not None and clause.tag_.startswith("VB"):
            part.head, part.dep_ = clause, "advcl"
