"""The date a word of a sentence is part of, as the text writes it, and the DATE entities that put nothing in time
(an age, a length, a part of the day). Part of :mod:`graph.extraction.event_time`."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graph.dates import WEEKDAYS, month_number

# no label, or the model's EVENT for a day before an event noun ("[the September 17] airstrike")
UNTIMED_LABELS = {"", "EVENT"}


COUNTED_UNITS = {"day", "week", "month", "year"}


def date_at(tok: Token) -> str | None:
    """The date a word is part of: its DATE entity, with a day number the model left out before a
    month's name ("the night of [26] [February]"), or a day and a month's name the model did not tag
    as a date ("in the early hours of 5 May")."""
    doc = tok.doc
    if tok.ent_type_ in ("DATE", "TIME"):
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is None or no_time(ent) or (ent.label_ == "TIME" and not _names_a_day(ent)) or _a_name(ent):
            return None  # ("on Monday night" is a TIME, "at 3 a.m." no date)
        start = ent.start - 1 if ent.start > 0 and _day_number(doc[ent.start - 1]) and month_number(ent[0].text) else ent.start
        end = ent.end
        # two times the model ran into one ("on [Monday, eight months] after troops took it"): the word's own
        cut = next((t.i for t in ent[1:-2] if t.text == "," and doc[t.i + 2].lemma_.lower() in COUNTED_UNITS
                    and (doc[t.i + 1].like_num or doc[t.i + 1].lower_ in ("a", "an"))), None)
        if cut is not None:
            start, end = (cut + 1, end) if tok.i > cut else (start, cut)
        while end + 1 < len(doc) and doc[end].lower_ in (",", "and") and (
                (_day_number(doc[end + 1]) and _day_number(doc[end - 1]) and any(month_number(t.text) for t in ent))
                or (doc[end - 1].lower_ in WEEKDAYS and doc[end + 1].lower_ in WEEKDAYS)):
            end += 2  # "on [August 12] and 13", "on [Thursday] and [Friday]": a list of days, whole
        return doc[start:end].text
    if _pointing(tok):
        return doc[tok.i - (tok.lower_ != "that"):tok.i + 2].text  # "that year", "the same day" the model left untagged
    if tok.text[:1].isupper() and month_number(tok.text) and tok.ent_type_ in UNTIMED_LABELS:
        if tok.i > 0 and _day_number(doc[tok.i - 1]):
            return doc[tok.i - 1:tok.i + 1].text  # "5 May"
        if tok.i + 1 < len(doc) and _day_number(doc[tok.i + 1]):
            return doc[tok.i:tok.i + 2].text  # "May 5"
    counted = tok.lower_ in ("day", "week") and any(c.dep_ == "det" and c.lower_ == "a" for c in tok.children)
    # the verb the count times: a clause's ("a day after a drone killed ..."), or an -ing clause's, which a
    # preposition brings ("a day after retaking X", the phrase hung on the count or the count on it)
    timed = next((c for p in (*tok.children, tok.head) if p.dep_ == "prep" and p.lower_ in ("after", "before")
                  for c in p.children if c.dep_ == "pcomp"), None)
    apart = tok.dep_ == "npadvmod" and (timed is not None or any(
        m.dep_ == "mark" and m.lower_ in ("after", "before") for m in tok.head.children))
    # (not where the clause has a date of its own: "a day after jets struck Hodeidah on Saturday")
    own = any(c.dep_ == "prep" and any(t.ent_type_ == "DATE" for t in c.subtree) for c in (timed or tok.head).children)
    if counted and apart and not own:
        return f"a {tok.lower_}"  # "a day after a drone killed ...": the model tags "two days" a date, not "a day"
    return None


# the words of a DATE entity that puts nothing in time: an age ("a 62-year-old woman") or a part of the
# day ("throughout the day", "overnight", "last night", "in the early hours"), which news tells of the days
# it reports
AGE_WORDS = {"old", "aged"}
# a length of time, counted or not ("after weeks of fighting", "three days of clashes", "for months"): how
# long, not when
LENGTH_UNITS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}
LENGTH_COUNTS = {"a", "an", "few", "several", "many", "some", "couple", "of", "two", "three", "four", "five", "six",
                 "seven", "eight", "nine", "ten", "dozens", "more", "than", "nearly", "almost", "over"}
DAY_COUNTS = {"a", "the", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "consecutive", "straight", "successive", "running"}
DAY_PARTS = {"day", "morning", "afternoon", "evening", "night", "overnight", "hours", "the", "throughout", "last",
             "early", "late", "during", "that", "in", "of"}


POINTING = {"that", "same", "following", "previous"}  # a time told against the date last given ("that year")


def _pointing(tok: Token) -> bool:
    """Whether a word opens a time told against the date last given, untagged by the model: "that" or "the same",
    "the following", "the previous" before a unit of time that times the clause ("seized parts of X that year")."""
    doc = tok.doc
    unit = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.lower_ in POINTING and unit is not None and unit.lower_ in COUNTED_UNITS and unit.dep_ in ("npadvmod", "pobj") \
        and tok.ent_type_ in UNTIMED_LABELS and unit.ent_type_ in UNTIMED_LABELS \
        and (tok.lower_ == "that" or (tok.i > 0 and doc[tok.i - 1].lower_ == "the"))


def _names_a_day(ent: Span) -> bool:
    """Whether a TIME entity names its day ("Monday night", "the night of 5 May")."""
    return any(t.lower_ in WEEKDAYS or month_number(t.text) for t in ent)


def _a_name(ent: Span) -> bool:
    """A DATE entity that is a name the model took for one ("In [Niger], militants killed ..."): proper nouns only,
    none a month's or a weekday's name."""
    return all(t.tag_ in ("NNP", "NNPS") for t in ent) and not _names_a_day(ent)


def no_time(ent: Span) -> bool:
    """Whether a DATE entity is an age, a part of the day or a length of time ("after [weeks] of fighting",
    "for [three days]"; not "[a year] after the rebels seized it", which counts back from a time)."""
    words = [t.lower_ for t in ent if not t.is_punct]
    age = bool(AGE_WORDS & set(words)) and any(w.startswith("year") for w in words)
    # (nor which of a run of days it is: "for a second day on Tuesday", "the third straight night")
    counted = words and words[-1] in LENGTH_UNITS | DAY_PARTS and bool((DAY_COUNTS - {"a", "the"}) & set(words)) \
        and all(w in DAY_COUNTS | LENGTH_UNITS | DAY_PARTS for w in words)
    return bool(words) and (age or all(w in DAY_PARTS for w in words) or _length(ent, words) or counted)


def _length(ent: Span, words: list[str]) -> bool:
    """Whether a DATE entity only says how long: counted units followed by "of" or "-long", or after "for", "within",
    "over" or "in" ("the largest air attack in three months": a span to measure by, not a time)."""
    doc = ent.doc
    lead = words[0] in ("for", "within", "over")  # (the model may take the preposition in: "[within days]")
    units = words[1:] if lead else words
    counted = bool(units) and all(w in LENGTH_UNITS or w in LENGTH_COUNTS or w.isdigit() for w in units) \
        and units[-1] in LENGTH_UNITS
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    hyphened = after == "-" and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "long"  # "a weeks-long offensive"
    return counted and (lead or after == "of" or before in ("for", "within", "over", "in") or hyphened)


def _day_number(tok: Token) -> bool:
    """A day of the month in figures ("26", "5th")."""
    digits = tok.text.rstrip("stndrh")
    return digits.isdigit() and 1 <= int(digits) <= 31 and tok.ent_type_ in UNTIMED_LABELS | {"CARDINAL", "ORDINAL", "DATE"}
