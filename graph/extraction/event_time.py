"""When an event happened, as far as its sentence says.

- A date expression attached to the trigger (or, for a nominal trigger, to the verb that governs it:
  "announced the withdrawal on Friday") is the event's date text, resolved later against the
  publication date (:func:`graph.dates.resolve_date`).
- Without one, whether the event is news, and of when: :mod:`graph.extraction.news_time`.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.cues import Cues, load_cues
from graph.extraction.date_mentions import COUNTED_UNITS, date_at
from graph.extraction.doctext import timeline_date
from graph.extraction.free_relatives import verb_of_named

LAUNCHING = {"launch", "begin", "start", "mount"}  # an event noun's participle of its own start
TIME_APART = {"after", "before", "following"}  # an event noun these bring has another time than the verb
NOMINAL_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "compound"}


def event_date_text(head: Token, harm: frozenset[str] = frozenset()) -> str | None:
    """The text of the DATE entity attached to the trigger or its governing verb, if any, or to the
    verb's infinitive after an event noun, which the parser hangs on the verb, not the noun ("began their
    advance to isolate Raqqah on Nov. 6"), or to the verb whose means it is ("responded on Friday by
    firing missiles"), or to a relative clause of what it did ("strikes on Beirut that killed 22 people on Thursday"),
    hung on a place or thing of its phrase when it tells a ``harm``; or one the parser hung on the reporting verb after
    the clause although it stands inside it ("drones struck the refinery overnight on August 11, the General Staff
    reported"). A date the parser hung on a clause reported without "that" before the clause's subject is
    the report's, the event's only when the clause has none of its own ("said on Tuesday it had killed a
    commander in a strike earlier this month")."""
    verb = governing_verb(head)
    nominal = head.pos_ == "NOUN"
    if nominal and head.dep_ == "pobj" and head.head.lower_ in TIME_APART and verb is not None and not _a_year(verb):
        verb = None  # "moved closer on Sunday, a week after the fall of Goma": not the fall's time (a year may be)
    found = next((text for tok in (head, verb) if tok is not None
                  for text in [attached_date_text(tok, after=reported_from(tok), before=_answer_dated(tok),
                                                  nominal=_measured(tok, head, nominal))]
                  if text), None)
    if verb is not None and (found is None or _distance_apart(verb)) and (when := _when_date(verb)) is not None:
        found = when  # "(two years after the group) seized it when war broke out in April 2023": then
    if found is None and verb is not None and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and any(
            w.dep_ == "advmod" and w.lower_ == "when" and w.i < verb.i for w in verb.children):
        found = attached_date_text(verb.head, before=verb.left_edge.i)  # "began in November 2020 when TPLF forces attacked"
    if found is None and verb is not None and verb.dep_ == "relcl":
        found = _antecedent_date(verb)
    if found is None and verb is not None and nominal:  # "began their advance to isolate Raqqah on Nov. 6"
        found = next((text for c in _infinitives(verb, head.i) for text in [attached_date_text(c)] if text), None)
    if found is None and not nominal:  # "invaded Ukraine to annex the peninsula in 2014": the purpose's time
        found = next((text for c in _infinitives(head, head.i) for p in c.children
                      if p.dep_ == "prep" and p.lower_ in ("in", "on")
                      for text in [attached_date_text(c, after=p.i - 1, before=p.i + 1)] if text), None)
    if found is None and verb is not None:  # "killed six people and wounded 97 others on Friday": one time
        found = next((text for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i
                      and not any(s.dep_.startswith("nsubj") for s in c.children)
                      for text in [attached_date_text(c)] if text), None)
    if found is None and verb is not None and verb.dep_ == "conj":
        found = _fronted_date(verb)
    if found is None and verb is not None:
        found = _time_of_the_clause_it_shares(verb)
    if found is None and verb is not None and verb.dep_ in ("advcl", "xcomp") and took_time(verb.head):
        # "it took Iraqi forces until December 2015 to retake it": done then
        found = next((text for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("until", "till")
                      for text in [attached_date_text(verb.head, after=c.i - 1, before=c.i + 1)] if text), None)
    if found is None and nominal:
        found = _date_of_what_it_did(head, harm) or _date_run_on_after_it(head)
    if found is None and (part := head.head if head.dep_ == "xcomp" else head).dep_ == "advcl" and part.tag_ == "VBG" \
            and part.head.pos_ == "VERB" and part.i > part.head.i:  # ("stormed X on Monday, forcing police to retreat")
        # "launched its largest air attack on Sunday, striking the energy grid": the participle's time is the verb's
        found = attached_date_text(part.head, before=part.i)
    if found is None and (count := counted_apart(head)) is not None:  # "recaptured Izium on Saturday, a day after retaking X"
        found = date_at(count)
    if found is None and head.dep_ == "pcomp" and head.head.lower_ == "by" and head.head.head.pos_ == "VERB":
        # an act done "by" doing this is this act, at its time ("responded on Friday night by firing missiles")
        found = attached_date_text(head.head.head)
    if found is None and verb is not None:
        found = _date_hung_beyond(head, verb)
    if found is None:  # none of its own: the report's ("said on Tuesday it had taken Kidal")
        found = next((text for tok in (head, verb) if tok is not None and reported_from(tok) >= 0
                      for text in [attached_date_text(tok, nominal=nominal)] if text), None)
    return found or (None if _told_apart(head, verb) else timeline_date(head.sent))  # (or a timeline entry's)


def _antecedent_date(verb: Token) -> str | None:
    """The time of what a relative clause of time tells of: "since May, when they launched a ground operation in the
    city" (May), "a 1982 massacre in which government forces killed thousands" (1982)."""
    if any(c.lower_ == "when" for c in verb.children):
        return date_at(verb.head)
    if verb.head.pos_ == "NOUN" and any(c.dep_ == "prep" and any(w.lower_ == "which" for w in c.children)
                                        for c in verb.children):
        return attached_date_text(verb.head, before=verb.left_edge.i, nominal=True)
    return None


def _infinitives(verb: Token, after: int) -> list[Token]:
    """The verb's infinitives after a token, complements or clauses of purpose ("began their advance to isolate X",
    "launched the offensive to recapture the city in October")."""
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > after and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _when_date(verb: Token) -> str | None:
    """The date of a "when" clause after the verb, which is the verb's time ("seized it when war broke out in April 2023")."""
    return next((text for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(w.dep_ in ("advmod", "mark") and w.lower_ == "when" and w.i < c.i for w in c.children)
                 for text in [attached_date_text(c)] if text), None)


def _told_apart(head: Token, verb: Token | None) -> bool:
    """An event "after", "before" or "following" brings, as a phrase or a clause: of another time than its sentence's,
    so not of a timeline entry's date either ("Aug. 1 - Russian forces begin attacking Bakhmut after capturing X")."""
    return any(t.dep_ in ("pcomp", "pobj") and t.head.lower_ in TIME_APART for t in (head, verb) if t is not None) or (
        verb is not None and verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in TIME_APART for m in verb.children))


def _distance_apart(verb: Token) -> bool:
    """A clause of time with its distance from another event ("two years after the group seized it"): a length, no date."""
    return any(m.dep_ == "mark" and m.lower_ in TIME_APART for m in verb.children) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in COUNTED_UNITS for c in verb.children)


def counted_apart(verb: Token) -> Token | None:
    """The count of days or weeks of an -ing clause that "after" or "before" brings ("a day after retaking
    Kupiansk", "two days before storming the town"), which times it from the verb it hangs on."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("after", "before") or prep.dep_ != "prep":
        return None
    if prep.head.dep_ == "npadvmod" and prep.head.lemma_.lower() in COUNTED_UNITS:
        return prep.head  # (the phrase hung on the count: "[a day [after capturing X]]")
    return next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() in COUNTED_UNITS), None)


def _date_of_what_it_did(head: Token, harm: frozenset[str]) -> str | None:
    """The date of what an event noun did: a participle ("air strikes killed 45 people on Wednesday, the agency
    said", "killed" read as the noun's participle, "the strikes [that] killed"; its start: "the incursion, launched on
    Aug. 6"), a relative clause ("strikes on Beirut
    that killed 22 people on Thursday"), or a relative clause of a ``harm`` the parser hung on a place or thing of its
    phrase, or of a phrase right after it ("a strike on a depot near X in the Y region, which killed six on Saturday")."""
    found = next((text for c in head.children if c.pos_ == "VERB" and c.i > head.i and (
                  (c.dep_ == "acl" and (any(g.dep_ == "dobj" for g in c.children)  # (not "assaults [,] reported")
                                        or c.lemma_.lower() in LAUNCHING))  # ("the incursion, launched on Aug. 6,")
                  or (c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in RELATIVES for s in c.children)))
                  for text in [attached_date_text(c, nominal=True)] if text), None)
    after = head.right_edge.i + 1  # (with a phrase right after the noun, whatever the parser hung it on)
    phrase = [head] + ([head.doc[after]] if after < len(head.doc) and head.doc[after].dep_ == "prep" else [])
    return found or next((text for p in phrase for t in p.subtree if t.dep_ == "relcl" and t.lemma_.lower() in harm
                          and t.head.i > head.i and t.head.ent_type_ in ("", "GPE", "LOC", "FAC")
                          and t.head.pos_ in ("NOUN", "PROPN")
                          and any(s.dep_ == "nsubj" and s.lower_ in RELATIVES for s in t.children)
                          for text in [attached_date_text(t, nominal=True)] if text), None)


def _date_run_on_after_it(head: Token) -> str | None:
    """A date right after the noun's phrase that the parser hung on the verb before it, whose own date comes first
    ("carried out strikes early on Saturday, in retaliation for Iran's attack on Israel on October 1"), or whose
    phrase of answer the noun is in ("launched drones overnight, in retaliation for a strike on its consulate on April
    1"): the noun's."""
    k = head.right_edge.i + 1
    prep = head.doc[k] if k < len(head.doc) else None
    if prep is None or prep.dep_ != "prep" or prep.head.i >= head.i or prep.head.pos_ != "VERB" \
            or (attached_date_text(prep.head, before=head.left_edge.i) is None and _answer_dated(prep.head) is None):
        return None
    return attached_date_text(prep.head, after=k - 1, before=prep.right_edge.i + 1)


def answers_another(tok: Token, cues: Cues) -> bool:
    """A phrase of answer ("in response to strikes on Beirut", "in retaliation for ..."): another event, at its place and
    time."""
    return tok.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in cues.answering for o in tok.children)


def _answer_dated(verb: Token) -> int | None:
    """Where a phrase of answer hung on the verb begins, when a phrase right after it hung on the verb too is dated
    ("launched drones at Israel, in retaliation for a strike on its consulate on April 1": the strike's date, not the
    verb's); None without one."""
    cues = load_cues()
    answer = next((c for c in verb.children if c.i > verb.i and answers_another(c, cues)), None)
    if answer is None or answer.right_edge.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[answer.right_edge.i + 1]
    dated = after.dep_ == "prep" and after.head.i == verb.i and attached_date_text(verb, after=after.i - 1, before=after.i + 1)
    return answer.i if dated else None


RELATIVES = {"that", "which"}
SAME_TIME = {"as", "while", "when"}  # a clause of the same time as the verb it hangs on
# words that set a joined verb at another time, or tell it as a further act ("and then advanced", "and also struck")
LATER = {"then", "later", "now", "since", "subsequently", "afterwards", "again", "also"}


def _time_of_the_clause_it_shares(verb: Token) -> str | None:
    """The date of the verb an undated verb shares its time with: the first of two joined verbs with one subject
    ("advanced on Tripoli on Sunday and carried out an air strike", not "... and then advanced") or the date set before
    the first verb of joined clauses, or the verb a clause of the same time hangs on, through a participle ("entered
    Bukavu on Sunday, meeting little resistance as troops fled the city")."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.tag_ == verb.head.tag_ == "VBD" \
            and not any(c.lower_ in LATER for c in verb.children):
        first = verb.head
        if not any(c.dep_.startswith("nsubj") for c in verb.children):
            return attached_date_text(first, before=verb.i)
        # with a subject of its own, only a date set before the first verb, which times the sentence ("The military on
        # Saturday ordered ..., and its troops pushed back into Jabalia")
        subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
        return (attached_date_text(first, after=subject.right_edge.i, before=first.i)
                or attached_date_text(subject, after=subject.i)) if subject is not None else None  # ("[army on Sunday]")
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in SAME_TIME for c in verb.children):
        return None
    governor = verb.head
    while governor.dep_ == "advcl" and governor.tag_ == "VBG" and governor.head.pos_ == "VERB" \
            and attached_date_text(governor) is None:
        governor = governor.head
    return attached_date_text(governor) if governor.pos_ == "VERB" else None


# participles that say what a thing is used for or held by, never when it was ("sites used by the rebels")
STANDING_PARTICIPLES = {"use", "hold", "control", "own", "run", "operate", "occupy", "base", "station", "belong"}


def _date_hung_beyond(head: Token, verb: Token) -> str | None:
    """A date of the event's clause the parser hung past it: on the reporting verb after the clause ("drones
    struck the refinery on August 11, the General Staff reported"), on the report set beside the clause
    ("entered Mekelle, the capital, on Monday, residents said"), or on a participle of the verb's object
    that says what the object is used for or held by ("struck sites used by the rebels early Friday"; not a
    length: "positions held since 2015") or was doing ("killed 85 civilians who were celebrating a festival ... on
    Sunday night"), or on the object's name after what is said of it ("captured Jalalabad, the last
    city in government hands, earlier on Sunday")."""
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i:
        reporter = verb.head
        subject = next((c for c in reporter.children if c.dep_ == "nsubj" and c.i < reporter.i), None)
        found = attached_date_text(reporter, after=verb.i, before=subject.left_edge.i if subject is not None else reporter.i)
        if found is not None:
            return found
    found = next((text for c in verb.children if c.dep_ in ("parataxis", "advcl") and c.i > head.i
                  and not any(m.dep_ == "mark" for m in c.children)
                  for s in c.children if s.dep_ == "nsubj" and s.i < c.i and verb.doc[s.left_edge.i - 1].text == ","
                  for text in [attached_date_text(c, after=head.i, before=s.left_edge.i)] if text), None)
    found = found or next((text for o in verb.children if o.dep_ == "dobj" for p in o.children
                           if (p.dep_ == "acl" and (p.tag_ == "VBG"
                                                    or (p.tag_ == "VBN" and p.lemma_.lower() in STANDING_PARTICIPLES)))
                           or (p.dep_ == "relcl" and p.tag_ == "VBG")  # ("killed 85 people who were celebrating ... on")
                           for c in p.children if c.dep_ in ("npadvmod", "tmod") or (c.dep_ == "prep" and c.lower_ == "on")
                           for text in [attached_date_text(p, after=c.i - 1, before=c.i + 1)] if text), None)
    return found or next((text for o in verb.children if o.dep_ == "dobj" and o.pos_ == "PROPN" for a in o.children
                          if a.dep_ == "appos" for text in [attached_date_text(o, after=a.right_edge.i)] if text), None)


def _a_year(verb: Token) -> bool:
    """The verb's date is a year alone ("began in 2014 after the annexation of Crimea": that year too)."""
    text = attached_date_text(verb)
    return text is not None and text.isdigit() and len(text) == 4


def _measured(tok: Token, head: Token, nominal: bool) -> bool:
    """Whether a "since" phrase on ``tok`` measures an event noun rather than dates it: on the noun, or on a verb not in
    the perfect ("was the deadliest attack since 1948"); the perfect's "since" is when a series of them began ("the
    Houthis have launched dozens of attacks since November")."""
    return nominal and (tok is head or tok.lemma_ == "be" or not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children))


def _fronted_date(verb: Token) -> str | None:
    """The date put before the subject of the first of joined clauses, which is the time of them all ("In
    May 2015, fighters stormed Ramadi and the army withdrew from the city")."""
    first = first_joined(verb)
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
    return attached_date_text(first, before=subject.left_edge.i) if subject is not None and first is not verb else None


def first_joined(verb: Token) -> Token:
    """The first of the verbs a verb is joined to ("stormed" for "withdrew" in "stormed Ramadi and the army
    withdrew"), else the verb itself."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
    return verb


def took_time(verb: Token) -> bool:
    """"It took (them) weeks to ...", "it took the army until May to ...": what the infinitive says was
    done, in that time."""
    return verb.lemma_ == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def reported_from(tok: Token) -> int:
    """For a clause reported right after its verb with no "that" ("said on Tuesday it had killed ..."), the
    last token of a date phrase the parser hung on the clause between the reporting verb and it: the
    report's date, not the clause's (after "that" it is the clause's own: "said that on Sunday rebels
    attacked"). Else -1."""
    if tok.dep_ != "ccomp" or tok.head.i > tok.i or any(c.dep_ == "mark" for c in tok.children):
        return -1
    first = next((c for c in tok.children if c.left_edge.i == tok.head.i + 1), None)
    dated = first is not None and first.dep_ in ("prep", "npadvmod", "tmod") and first.i < tok.i \
        and any(t.ent_type_ in ("DATE", "TIME") for t in first.subtree)
    return first.right_edge.i if dated else -1


def attached_date_text(tok: Token, after: int = -1, before: int | None = None, nominal: bool = False) -> str | None:
    """The text of the DATE entity in a phrase attached to this word ("on Friday", "last week"); only
    phrases between ``after`` and ``before`` when they are given, also on an adverb ("early on Sunday",
    "late on Friday"). For an event noun a "since" phrase is what the event is measured against, not its date ("the
    deadliest attack since 1948"); a phrase of answer tells another event's time ("in response to attacks since May")."""
    for child in tok.children:
        if not after < child.i < (before if before is not None else len(tok.doc)) or answers_another(child, load_cues()):
            continue
        if nominal and child.lower_ == "since":
            continue  # "the deadliest attack since its founding in 1948": what it is measured against
        if child.dep_ == "npadvmod" and child.lemma_.lower() in COUNTED_UNITS and child.tag_ == "NNS" and not any(
                c.like_num or c.dep_ in ("det", "amod") for c in child.children) and any(
                m.dep_ == "mark" and m.lower_ in TIME_APART for m in tok.children):
            continue  # "[on Saturday,] days after a militia overran the base": some days before, no date
        if child.dep_ == "npadvmod" and any(counted_apart(c) == child for p in child.children for c in p.children):
            continue  # "[a day] after capturing Kestrova, rebels seized Velmora on Saturday": the -ing clause's time
        # (a date before an event noun is its own, whatever the model calls it: "the September 17 airstrike")
        if child.dep_ in ("npadvmod", "prep", "tmod") or child.ent_type_ == "DATE" \
                or (child.dep_ == "advmod" and any(c.dep_ == "prep" for c in child.children)) \
                or (nominal and child.i < tok.i and child.dep_ in ("nmod", "compound")):
            # (not a date of the clause a preposition brings: "took Aleppo before seizing Hama on Thursday", nor
            # of one that says more of a place: "push towards Khartoum, where it has fought since April 2023", "Lashio,
            # the biggest defeat for the junta since it took power in 2021")
            clause = {t.i for c in child.subtree if c.i != child.i and (
                (c.dep_ == "pcomp" and c.pos_ == "VERB") or c.dep_ in ("relcl", "acl", "advcl")) for t in c.subtree}
            for sub in child.subtree:
                text = date_at(sub) if sub.i not in clause else None
                if text:
                    return text
    return None


# nouns that only count or group the events of their "of" phrase: no step between those events and their
# verb ("killed 18 people in a series of attacks on Saturday": the attacks' day)
GROUPING_NOUNS = {"series", "wave", "string", "spate", "barrage", "round", "volley", "salvo", "flurry", "succession"}


def governing_verb(head: Token) -> Token | None:
    """The verb a nominal trigger depends on ("announced" for "announced the withdrawal"), through
    prepositions and conjunctions, and nouns that only group events ("a series of attacks"); a verbal
    trigger is its own."""
    tok, steps = head, 0
    while steps < 4:
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if (outer := verb_of_named(tok)) is not None:
            return outer  # "launched what it called operations": the operations were launched
        if tok.dep_ not in NOMINAL_DEPS | {"prep"} or tok.head.i == tok.i or (
                tok.lower_ == "for" and tok.head.pos_ == "NOUN" and tok.head.lemma_ not in GROUPING_NOUNS):
            return None  # (nor what a thing is for: "seized on Wednesday the supply base for Haftar's offensive")
        grouping = tok.lemma_ in GROUPING_NOUNS or (tok.lower_ == "of" and tok.head.lemma_ in GROUPING_NOUNS)
        steps += not grouping
        tok = tok.head
    return None
