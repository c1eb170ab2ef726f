"""The publication date a plain text article gives in its first lines, for files that come without one.

News copied or saved as text keeps its header: a wire dateline ("NEW DELHI, May 7, 2025 (Reuters) -",
"May 13, 2025 - Fighters ..."), or a line of its own with the date ("July 10, 2025", "Updated 14:05 GMT,
3 September 2025", "Published: Wed 3 Sep 2025 10.12 BST"), or at the end of the title ("Russian Offensive
Campaign Assessment, March 5, 2025"). Only a full date (day, month and year) in
the first few lines after the title counts; a date inside a sentence of the body ("on 17 July 2014,
Malaysia Airlines Flight 17 was shot down") is an event's, never the article's.
"""
from __future__ import annotations

import datetime as dt
import re

from graph.dates import month_number

HEADER_LINES = 3  # non-empty lines after the title that may hold the date (a byline may come first)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)"
_DATE = (rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
         rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d\d)"
         r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))")
_TIME = r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?)"
_STAMP = r"(?:(?:Last\s+)?(?:updated|published|posted|modified|first\s+published)(?:\s+on)?:?\s+)"
# a line that is only a date, maybe with a time and a word of what it stamps
_DATE_LINE = re.compile(rf"^{_STAMP}?(?:{_TIME},?\s+)?{_WEEKDAY}?{_DATE}(?:,?\s+(?:at\s+)?{_TIME})?\.?\s*(?:\||$)",
                        re.IGNORECASE)
# a wire dateline opening a paragraph: a place in capitals (maybe with its country or state: "GOMA,
# Democratic Republic of Congo,"), the date, maybe the agency, then a dash
_DATELINE = re.compile(rf"^(?:[A-Z][A-Z.'’ /-]+(?:,\s+[A-Z][A-Za-z.]+(?:\s+(?:of|the|and|[A-Z][A-Za-z.]+))*)*,\s+)?"
                       rf"{_WEEKDAY}?{_DATE}"
                       r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[-—–:])\s")


# a title that ends with its date after a comma, colon, dash or bar ("Russian Offensive Campaign
# Assessment, March 5, 2025"; not "Russia invaded Ukraine on February 24, 2022")
_TITLE_DATE = re.compile(rf"(?:,|:|\||\s[-—–])\s*{_WEEKDAY}?{_DATE}\.?$", re.IGNORECASE)


def header_date(text: str, body_start: int = 0) -> str | None:
    """The ISO date of the dateline or date line among the first lines of ``text`` from ``body_start``
    (where the body begins after the title), or the date the title ends with, or None."""
    lines = [line.strip() for line in text[body_start:].split("\n", 40)[:40] if line.strip()]
    for line in lines[:HEADER_LINES]:
        match = _DATE_LINE.match(line) or _DATELINE.match(line)
        if match:
            return _iso(match)
    match = _TITLE_DATE.search(text[:body_start].strip()) if body_start else None
    return _iso(match) if match else None


def _iso(match: re.Match) -> str | None:
    year = match["y1"] or match["y2"] or match["y3"]
    day = match["d1"] or match["d2"] or match["d3"]
    month = month_number(match["m1"] or match["m2"]) if match["y3"] is None else int(match["m3"])
    try:
        return dt.date(int(year), month or 0, int(day)).isoformat()
    except ValueError:  # "February 30, 2024"
        return None
