"""Resolving date expressions against an article's publication date.

"on Friday" in an article published on Saturday 10 September 2022 is 2022-09-09; "in February" is the
last February before publication, "on October 7" the last October 7; "2014" is a year; "this week",
"last week" or "over the weekend" is the month the week or the weekend lies in, when it lies in one.
Vague expressions ("recent days", "a week that spans two months") resolve to nothing rather than to a
guess. Returns an ISO lexical form and its XSD type (``date``, ``gYearMonth`` or ``gYear``).
"""
from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}


def month_number(word: str) -> int | None:
    """1-12 for a month's name or its abbreviation ("Sept."), else None."""
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return _MONTH_ABBR.get(word[:4]) if word[:4] == "sept" else _MONTH_ABBR.get(word) if len(word) == 3 else None


def _parts(text: str) -> tuple[list[str], list[int], list[int], int | None]:
    """A date expression's words and numbers, the numbers that may be days of a month, and its month."""
    words = re.findall(r"[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?", text)
    numbers = [int(re.match(r"\d+", w).group()) for w in words if w[0].isdigit()]
    month = next((m for m in (month_number(w) for w in words) if m), None)
    return words, numbers, [n for n in numbers if 1 <= n <= 31], month


def resolve_date(text: str | None, published: str | None, ahead: bool = False) -> tuple[str, str] | None:
    """(ISO value, XSD type) for a date expression, or None when it cannot be pinned down. A day or month
    without a year is the last one before publication, or with ``ahead`` (what is still to come: "will
    withdraw by December 1") the first one from it."""
    if not text:
        return None
    words, numbers, days, month = _parts(text)
    low = [w.lower().rstrip(".") for w in words]
    pub = dt.date.fromisoformat(published) if published else None
    years = [n for n in numbers if 1900 <= n <= 2100] or _told_year(low, pub)  # ("in August last year")
    if month and days and (years or pub):
        try:
            day = dt.date(years[0] if years else pub.year, month, days[0])
            if not years and day > pub and not ahead:  # "on October 7" in February: the last October 7 before publication
                day = dt.date(pub.year - 1, month, days[0])
            elif not years and day < pub and ahead:  # "will leave by March 1", told in November: next March
                day = dt.date(pub.year + 1, month, days[0])
        except ValueError:
            return None
        return day.isoformat(), "date"
    if month and years:
        return f"{years[0]:04d}-{month:02d}", "gYearMonth"
    if years and not month and len(low) <= 3 and not any(w in low for w in ("since", "until", "before", "after")):
        return f"{years[0]:04d}", "gYear"
    if pub is None or (month and {"that", "same", "following", "previous"} & set(low) and "year" in low):
        return None  # "in September of that year": told against another date (anaphoric_date)
    ago = _ago(low, pub)
    if ago or "ago" in low:
        return ago
    for n, name in enumerate(WEEKDAYS):
        if name in low and ahead and "next" not in low:  # "will withdraw on Friday": the coming one
            return (pub + dt.timedelta(days=(n - pub.weekday()) % 7)).isoformat(), "date"
        if name in low:
            back = (pub.weekday() - n) % 7
            if "last" in low and back == 0:
                back = 7
            if "next" in low or "coming" in low:
                return None
            return (pub - dt.timedelta(days=back)).isoformat(), "date"
    if month and not days:
        if ahead:  # "will withdraw in March", told in November: next March
            year = pub.year if month >= pub.month else pub.year + 1
        else:  # ("last August", told in August: a year before)
            year = pub.year if month < pub.month or (month == pub.month and "last" not in low) else pub.year - 1
        if "next" in low:
            return None
        return f"{year:04d}-{month:02d}", "gYearMonth"
    if "yesterday" in low:
        return (pub - dt.timedelta(days=1)).isoformat(), "date"
    if "today" in low or "tonight" in low or low[-2:] in (["this", "morning"], ["this", "evening"]):
        return pub.isoformat(), "date"
    if "weekend" in low and "next" not in low and "coming" not in low:  # the last Saturday and Sunday, or this one
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 + (7 if "last" in low and pub.weekday() >= 5 else 0))
        sunday = min(saturday + dt.timedelta(days=1), pub)
        return (f"{saturday.year:04d}-{saturday.month:02d}", "gYearMonth") if saturday.month == sunday.month else None
    # ("earlier in the week": this one; "later in the month" tells of a month named before, as "later that month")
    this = "this" in low or ("earlier" in low and "the" in low and "in" in low)
    if "week" in low and (this or "last" in low or "previous" in low) and "next" not in low:
        monday = pub - dt.timedelta(days=pub.weekday() + (7 if not this else 0))
        end = min(monday + dt.timedelta(days=6), pub)
        if (monday.year, monday.month) == (end.year, end.month):
            return f"{monday.year:04d}-{monday.month:02d}", "gYearMonth"
        return None
    if "month" in low and ("last" in low or "previous" in low):
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}", "gYearMonth"
    if "month" in low and this:
        return f"{pub.year:04d}-{pub.month:02d}", "gYearMonth"
    if "year" in low and "this" in low:
        return f"{pub.year:04d}", "gYear"
    if "year" in low and "last" in low and "ago" not in low:
        return f"{pub.year - 1:04d}", "gYear"
    return None


def _told_year(low: list[str], pub: dt.date | None) -> list[int]:
    """The year "last year", "this year" or "next year" names, counted from publication (as a list of years told)."""
    pairs = set(zip(low, low[1:]))
    step = -1 if ("last", "year") in pairs else 0 if ("this", "year") in pairs else 1 if ("next", "year") in pairs else None
    return [pub.year + step] if pub is not None and step is not None else []


def _ago(low: list[str], pub: dt.date) -> tuple[str, str] | None:
    """A count of days, weeks, months or years before publication ("two days ago", "a week ago", "three
    months ago", "a year ago"), at the precision of its unit; "a few days ago" is the month of publication
    when the week before lies in it; None without a count ("days ago", "several weeks ago") or without "ago"."""
    if "ago" not in low:
        return None
    if {"few", "couple"} & set(low) and {"day", "days"} & set(low):  # "a few days ago": its month, if one
        week = pub - dt.timedelta(days=7)
        return (f"{pub.year:04d}-{pub.month:02d}", "gYearMonth") if week.month == pub.month else None
    if {"few", "several", "many", "couple"} & set(low):
        return None
    count = int(low[0]) if low[0].isdigit() else _COUNTS.get(low[0])
    unit = low[1].rstrip("s") if len(low) > 2 and low[2] == "ago" else None
    if not count or unit not in ("day", "week", "month", "year"):
        return None
    if unit in ("day", "week"):
        return (pub - dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat(), "date"
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "gYearMonth"
    return f"{pub.year - count:04d}", "gYear"


def dated_by_context(text: str | None, anchor: str | None, anchor_after: bool) -> tuple[str, str] | None:
    """(ISO value, XSD type) for a day or a month the text gives without its year ("September 17",
    "on Jan. 8", "in March") in an article with no publication date, its year taken from ``anchor``,
    the ISO date of the nearest date the text gives with one: the last such month up to an anchor the
    text gives later ("the September 17 airstrike ... on Nov. 29, 2016" is 2016-09-17), the first from
    an anchor it gave earlier ("Dec. 10, 2016 ... On Jan. 8" is 2017-01-08). None for anything
    else, weekdays and "yesterday" among them: they are told against the day of writing, not this one."""
    if not text or not anchor or len(anchor) < 7:
        return None
    words, numbers, days, month = _parts(text)
    if month is None or any(1900 <= n <= 2100 for n in numbers) or {"next", "last", "this"} & {w.lower() for w in words}:
        return None
    year, anchor_month = int(anchor[:4]), int(anchor[5:7])
    if anchor_after and month > anchor_month:
        year -= 1
    elif not anchor_after and month < anchor_month:
        year += 1
    if not days:
        return f"{year:04d}-{month:02d}", "gYearMonth"
    try:
        return dt.date(year, month, days[0]).isoformat(), "date"  # (the anchor's own month: its year)
    except ValueError:
        return None


def anaphoric_date(text: str | None, anchor: str | None) -> tuple[str, str] | None:
    """(ISO value, XSD type) for a date told against the date last given ("later that month", "that
    year", "the same day", "the following day", "a day later", "a month later", "a year later", and back:
    "the previous day", "the day before", "two days earlier", "a year earlier"),
    ``anchor`` being that date's ISO value;
    None when the text is no such date or the anchor is not precise enough."""
    if not text or not anchor:
        return None
    low = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    if len(anchor) == 4 and {"day", "days", "week", "weeks"} & set(low) and "later" in low:
        return anchor, "gYear"  # days or weeks on from a year told: that year ("took Goma in 2012, withdrew 10 days later")
    if APPROXIMATE & set(low):
        return None  # "more than a year earlier", "nearly two months later": which month or year is not told
    pointing = bool({"that", "same"} & set(low))
    if "month" in low and pointing and len(anchor) >= 7:
        return anchor[:7], "gYearMonth"
    month = next((m for m in (month_number(w) for w in low) if m), None)
    if month and "year" in low:  # "in September of that year", "in March the following year"
        year = int(anchor[:4]) + (1 if {"following", "next"} & set(low) else -1 if "previous" in low else 0)
        return f"{year:04d}-{month:02d}", "gYearMonth"
    if "year" in low and pointing:
        return anchor[:4], "gYear"
    # one unit on or back: "a month later", "the following month", "the previous day", "a year earlier" (not
    # "two months later")
    one = not {"two", "three", "few", "several"} & set(low)
    later = bool({"later", "after", "following"} & set(low)) and one
    step = 1 if later else -1 if bool(EARLIER & set(low)) and one else 0
    if "month" in low and step and len(anchor) >= 7:
        months = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "gYearMonth"
    if "year" in low and step:
        return f"{int(anchor[:4]) + step:04d}", "gYear"
    if "day" in low and len(anchor) == 10:
        if pointing:
            return anchor, "date"
        step = step or (1 if "next" in low and one else 0)  # "the next day"
        if step:
            return (dt.date.fromisoformat(anchor) + dt.timedelta(days=step)).isoformat(), "date"
    # a count of days or weeks on or back ("two days later", "3 days after", "a week later", "two days earlier";
    # not "a few days later")
    count = _COUNTS.get(low[0]) if low else None
    count = int(text.split()[0]) if text.split() and text.split()[0].isdigit() else count
    unit = 7 if {"week", "weeks"} & set(low) else 1 if "days" in low else 0
    sign = 1 if {"later", "after"} & set(low) else -1 if {"earlier", "before"} & set(low) else 0
    vague = bool({"few", "several", "many", "couple"} & set(low))
    if count and unit and sign and len(anchor) == 10 and count <= 31 and not vague:
        return (dt.date.fromisoformat(anchor) + dt.timedelta(days=sign * count * unit)).isoformat(), "date"
    # a count of months or years ("eight months earlier", "two years later"): the month, or the year, it comes to
    if count and sign and not vague and {"months", "years"} & set(low):
        if "months" in low and len(anchor) >= 7:
            months = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + sign * count
            return f"{months // 12:04d}-{months % 12 + 1:02d}", "gYearMonth"
        if "years" in low:
            return f"{int(anchor[:4]) + sign * count:04d}", "gYear"
    return None


EARLIER = {"earlier", "before", "previous", "prior"}  # "the previous day", "the day before", "a year earlier"
APPROXIMATE = {"more", "nearly", "almost", "less", "over", "under", "roughly"}  # a count given as a bound


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}


_LISTED = re.compile(r"(?:,\s*|\s+and\s+|,\s*and\s+)")


def respective_dates(text: str, n: int) -> list[str] | None:
    """The ``n`` dates of a list of days that shares its month, in order ("August 12 and 13" is "August 12",
    "August 13"; "12 and 13 August"; "Monday and Tuesday"), for ``n`` things done one on each ("Herat and
    Kandahar were captured on August 12 and 13"); None when the text lists another number of days."""
    words = text.split()
    if len(words) < 3 or n < 2:
        return None
    if month_number(words[0]) and not text[len(words[0]):].strip()[:1].isalpha():  # "August 12 and 13"
        days, month, before = _LISTED.split(text[len(words[0]):].strip()), words[0], True
    elif month_number(words[-1]):  # "12 and 13 August"
        days, month, before = _LISTED.split(text[: -len(words[-1])].strip()), words[-1], False
    else:  # "Monday and Tuesday"
        days, month, before = _LISTED.split(text), None, True
    named = all(d.lower() in WEEKDAYS for d in days) if month is None else all(d.isdigit() and 1 <= int(d) <= 31 for d in days)
    if len(days) != n or not named:
        return None
    return [d if month is None else f"{month} {d}" if before else f"{d} {month}" for d in days]
