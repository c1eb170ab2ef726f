"""Whether an event without a date of its own is news, and of when.

- An event told in the present, the present progressive or the present perfect ("Russia is
  withdrawing", "troops have retaken Kupiansk", "the town is liberated") is under way or just done when
  the article appears: it is dated to the month of publication, the precision the text supports.
- An event told in the past tense whose sentence places nothing elsewhere in time (no date, no year,
  no named war or era, no past perfect) is news of the days before publication: it is dated to the
  month of publication too, without a date text (an estimate, not a reading); told in a report the
  sentence dates ("On 17 October 2017 the SDF declared that it had taken Raqqa"), to the report's month.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.date_mentions import no_time
from graph.extraction.doctext import in_timeline_entry, sentence_before
from graph.extraction.event_time import attached_date_text, first_joined, governing_verb

PRESENT_TAGS = {"VBZ", "VBP"}


def is_current(head: Token) -> bool:
    """Whether the event is told in the present, present progressive or present perfect (active or
    passive): "withdraws", "is withdrawing", "has withdrawn", "is liberated", "have announced the
    withdrawal"; not in a timeline's entry, whose present is the entry's day ("Nov. 29 - Rebels enter Aleppo")."""
    verb = governing_verb(head)
    if verb is None or in_timeline_entry(head.sent):
        return False
    if verb.tag_ in PRESENT_TAGS:
        return verb.lemma_ not in ("say", "be") or verb.i == head.i
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes or any(c.tag_ == "MD" or c.lower_ in ("will", "would", "'ll") for c in auxes):
        return False
    first = auxes[0]
    if verb.tag_ == "VBG":
        return first.lemma_ == "be" and first.tag_ in PRESENT_TAGS
    if verb.tag_ == "VBN":
        return first.tag_ in PRESENT_TAGS and first.lemma_ in ("have", "be")
    return False


def told_as_recent(head: Token) -> bool:
    """Whether a past event's sentence says nothing that puts it elsewhere in time: no DATE or EVENT
    entity ("in 2014", "during World War II"; an age or a part of the day puts nothing in time; the
    day a report was made, "claimed Wednesday that ...", neither), no year, no past perfect ("had
    taken") but one a past reporting verb shifts back from the perfect that was said ("the ministry
    claimed that its troops had captured X": "our troops have captured X"), no months or years it lies
    before another event ("a year after the army took Mandalay": hours or days are still news) and no
    past perfect it is told before ("had seized Lashio after the army took Mandalay"), and no event's name ("The
    Battle of Aleppo was a confrontation ...": a battle with a name is history), nor in a timeline's entry."""
    sent = head.sent
    if head.text[:1].isupper() and head.i + 2 < len(head.doc) and head.nbor().lower_ == "of" \
            and head.nbor(2).text[:1].isupper():
        return False
    verb = governing_verb(head)
    clause = first_joined(verb) if verb is not None else None  # ("said its forces had killed X and destroyed Y")
    reporter = clause.head if clause is not None and clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" else None
    # (the report's day, with or without "on", however deep: "Russian forces captured Selydove, the ministry said
    # on Wednesday", "said in a televised address on Monday that his forces had withdrawn")
    dates = [e for e in sent.ents if (e.label_ == "EVENT" or (e.label_ == "DATE" and not no_time(e)))
             and (reporter is None or not _the_reports(e.root, reporter))]
    if in_timeline_entry(sent):
        return False  # (a timeline's entry has its date; what it tells apart from it is no news of the day)
    if dates or any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
                    and (reporter is None or not _the_reports(t, reporter)) for t in sent):
        return False  # (the report's own year is the news's: "On 17 October 2017 the SDF declared it had taken Raqqa")
    # (nor what took days or weeks from a start told before: "has been fighting since April. Its fighters took Khartoum
    # within weeks")
    if verb is not None and (any(c.dep_ == "npadvmod" and c.lemma_ in ("month", "year") for c in verb.children)
                             or any(c.lower_ == "within" and o.lemma_ in ("day", "week", "month", "year") for c in verb.children
                                    for o in c.children) or _before_past_perfect(verb)):
        return False
    return verb is None or reporter is not None or not _past_perfect(verb)


def report_date_text(head: Token) -> str | None:
    """The date of the report whose clause tells of the event ("On 17 October 2017 the SDF declared that it
    had taken Raqqa", "captured Lyman, the ministry said on Wednesday"): when the news is, for an event told
    as recent."""
    verb = governing_verb(head)
    clause = first_joined(verb) if verb is not None else None
    if clause is None or clause.dep_ != "ccomp":
        return None
    return attached_date_text(clause.head, after=clause.right_edge.i) \
        or attached_date_text(clause.head, before=clause.left_edge.i)


def _past_perfect(verb: Token) -> bool:
    """A verb in the past perfect, or joined without a subject or auxiliary of its own to one ("had seized
    Tikrit and advanced to Baghdad": one "had" for both)."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("aux", "auxpass") or c.dep_.startswith("nsubj") for c in verb.children):
            return False
        verb = verb.head


def _the_reports(tok: Token, reporter: Token) -> bool:
    """Whether a word hangs on the reporting verb outside the clause it reports (through phrases, not
    clauses): the report's time, not the event's."""
    while tok.dep_ in ("pobj", "prep", "npadvmod", "tmod", "compound", "amod", "nummod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == reporter.i:
            return True
    return False


def _before_past_perfect(verb: Token) -> bool:
    """Whether a clause tells what came before a past perfect that is no reported one ("had seized Lashio
    after the army took Mandalay"; not "said it had received reports as the paramilitaries swept in")."""
    main = verb.head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in verb.children) \
        and main.dep_ != "ccomp" and any(c.dep_ == "aux" and c.lower_ == "had" for c in main.children)


FUTURE_AUX = {"will", "shall", "'ll", "’ll"}


def told_ahead(head: Token) -> bool:
    """Whether the event is told as still to come from the day of the report: "will withdraw by December 1",
    "will be forced to pull out", "are to leave by March", "is due to withdraw" (not "would", which reports
    a plan of another day, nor "had planned to take Kyiv by March 2"): its date lies after publication."""
    verb, steps = governing_verb(head), 0
    while verb is not None and steps < 4:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in FUTURE_AUX for c in auxes):
            return True
        if verb.lemma_ == "be" and verb.tag_ in PRESENT_TAGS and verb.i != head.i or any(
                c.lemma_ == "be" and c.tag_ in PRESENT_TAGS for c in auxes if verb.tag_ == "VBN"):
            return steps > 0  # "are to withdraw", "is due to leave", "is expected to withdraw"
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb, steps = verb.head, steps + 1
    return False


def year_told_before(head: Token) -> int | None:
    """The last year the dates of the sentence before the event's name (a sentence of white space skipped), where the
    event's own clause is no report's: the past an undated past-tense sentence goes on telling ("Sudan plunged into
    war in April 2023. [...] The RSF quickly seized much of the capital": not news of the month it appears)."""
    verb = governing_verb(head)
    clause = first_joined(verb) if verb is not None else None
    if clause is not None and clause.dep_ == "ccomp":
        return None  # ("..., the ministry said": what was reported is the news)
    before = sentence_before(head.sent)
    years = [int(t.text) for e in (before.ents if before is not None else ()) if e.label_ == "DATE" for t in e
             if t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")]
    return years[-1] if years else None
