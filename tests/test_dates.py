"""Date expressions resolved against the publication date (Saturday 10 September 2022)."""
import pytest

from graph.dates import anaphoric_date, dated_by_context, resolve_date, respective_dates

PUB = "2022-09-10"


@pytest.mark.parametrize("text,expected", [
    ("Friday", ("2022-09-09", "date")),
    ("on Saturday", ("2022-09-10", "date")),
    ("last Saturday", ("2022-09-03", "date")),
    ("Friday night", ("2022-09-09", "date")),
    ("yesterday", ("2022-09-09", "date")),
    ("April 1", ("2022-04-01", "date")),
    ("September 10, 2022", ("2022-09-10", "date")),
    ("10 Sept", ("2022-09-10", "date")),
    ("on October 7", ("2021-10-07", "date")),  # no year: the last October 7 before publication
    ("October 7, 2023", ("2023-10-07", "date")),
    ("in February", ("2022-02", "gYearMonth")),
    ("November", ("2021-11", "gYearMonth")),
    ("February 2022", ("2022-02", "gYearMonth")),
    ("2014", ("2014", "gYear")),
    ("last month", ("2022-08", "gYearMonth")),
    ("this year", ("2022", "gYear")),
    # a month or a day of the year before or this one, as "last year" or "this year" says (not the last one before)
    ("in August last year", ("2021-08", "gYearMonth")),
    ("on March 3 last year", ("2021-03-03", "date")),
    ("in October of last year", ("2021-10", "gYearMonth")),
    ("in March this year", ("2022-03", "gYearMonth")),
    ("last September", ("2021-09", "gYearMonth")),  # (told in September: the one before)
    ("last March", ("2022-03", "gYearMonth")),
])
def test_resolved(text, expected):
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize("text", ["these days", "recent days", "next Friday", "the start of the war", "", None])
def test_vague_expressions_stay_unresolved(text):
    assert resolve_date(text, PUB) is None


@pytest.mark.parametrize("text,expected", [
    ("by December 1", ("2022-12-01", "date")),  # still to come: the first December 1 from publication
    ("on April 1", ("2023-04-01", "date")),
    ("in March", ("2023-03", "gYearMonth")),
    ("in October", ("2022-10", "gYearMonth")),
    ("on Tuesday", ("2022-09-13", "date")),  # the coming Tuesday
    ("April 1, 2022", ("2022-04-01", "date")),  # a year given is the year
    ("next Friday", None),
    ("in January next year", ("2023-01", "gYearMonth")),
])
def test_a_date_still_to_come_lies_after_publication(text, expected):
    assert resolve_date(text, PUB, ahead=True) == expected


def test_weekday_needs_a_publication_date():
    assert resolve_date("Friday", None) is None
    assert resolve_date("May 9, 2023", None) == ("2023-05-09", "date")


@pytest.mark.parametrize("text, published, expected", [
    ("earlier this week", "2022-09-10", ("2022-09", "gYearMonth")),   # Monday 5 to Saturday 10 September
    ("this week", "2022-09-02", None),                                 # Monday 29 August to Friday 2 September
    ("earlier in the week", "2022-09-10", ("2022-09", "gYearMonth")),  # "earlier in the week" is this week
    ("earlier in the month", "2022-09-10", ("2022-09", "gYearMonth")),
    ("later in the month", "2022-09-10", None),                       # of a month told before ("later that month")
    ("last week", "2022-09-03", ("2022-08", "gYearMonth")),           # 22 to 28 August
    ("last week", "2022-09-10", None),                                 # 29 August to 4 September
    ("next week", "2022-09-10", None),
    ("over the weekend", "2024-03-05", ("2024-03", "gYearMonth")),    # Saturday 2 and Sunday 3 March
    ("over the weekend", "2024-03-01", ("2024-02", "gYearMonth")),    # Saturday 24 and Sunday 25 February
    ("last weekend", "2024-04-01", ("2024-03", "gYearMonth")),        # Saturday 30 and Sunday 31 March
    ("over the weekend", "2024-09-02", None),                          # Saturday 31 August, Sunday 1 September
    ("the weekend", "2024-03-31", ("2024-03", "gYearMonth")),         # Sunday: this weekend
    ("next weekend", "2024-03-05", None),
])
def test_a_week_is_its_month_when_it_lies_in_one(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("later that month", "2020-11", ("2020-11", "gYearMonth")),
    ("later that month", "2020-11-04", ("2020-11", "gYearMonth")),
    ("the same year", "2014-03-18", ("2014", "gYear")),
    ("the same day", "2024-12-08", ("2024-12-08", "date")),
    ("the following day", "2024-11-29", ("2024-11-30", "date")),
    ("a day later", "2024-12-31", ("2025-01-01", "date")),
    ("later that month", "2020", None),  # the anchor says no month
    ("a month later", "2021-07", ("2021-08", "gYearMonth")),
    ("the following month", "2021-12-15", ("2022-01", "gYearMonth")),
    ("a year later", "2014-03-18", ("2015", "gYear")),
    ("a month later", "2021", None),  # the anchor says no month
    ("two months later", "2021-07", ("2021-09", "gYearMonth")),  # a count of months or years: to the month, the year
    ("eight months earlier", "2021-06-28", ("2020-10", "gYearMonth")),
    ("three years later", "2014-03-18", ("2017", "gYear")),
    ("several months earlier", "2021-06-28", None),
    ("two days later", "2024-11-29", ("2024-12-01", "date")),  # a count of days or weeks on
    ("3 days after", "2024-11-29", ("2024-12-02", "date")),
    ("a week later", "2024-11-29", ("2024-12-06", "date")),
    ("two weeks later", "2024-11-29", ("2024-12-13", "date")),
    ("a few days later", "2024-11-29", None),  # no count
    ("a couple of days later", "2024-11-29", None),
    ("two days later", "2024-11", None),  # the anchor says no day
    # days or weeks from a year told are of that year, counted or not
    ("about 10 days later", "2012", ("2012", "gYear")),
    ("a few weeks later", "2012", ("2012", "gYear")),
    ("a week earlier", "2012", None),  # (back from a year: perhaps the year before)
    ("on Friday", "2024-11-29", None),  # no date told against another
    ("that day", None, None),
    # and back from it
    ("the previous day", "2024-10-01", ("2024-09-30", "date")),
    ("the day before", "2025-01-01", ("2024-12-31", "date")),
    ("a day earlier", "2024-03-01", ("2024-02-29", "date")),
    ("two days earlier", "2024-11-29", ("2024-11-27", "date")),
    ("a week earlier", "2024-11-29", ("2024-11-22", "date")),
    ("the previous month", "2022-01-15", ("2021-12", "gYearMonth")),
    ("a year earlier", "2014-03-18", ("2013", "gYear")),
    ("two months earlier", "2021-07", ("2021-05", "gYearMonth")),
    ("a few days earlier", "2024-11-29", None),
    ("more than a year earlier", "2025-01-11", None),  # a bound, not a count: which year is not told
    ("nearly two months later", "2021-07", None),
    ("over three years earlier", "2017-07-09", None),
])
def test_a_date_told_against_the_date_last_given(text, anchor, expected):
    assert anaphoric_date(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, after, expected", [
    ("September 17", "2016-11-29", True, ("2016-09-17", "date")),  # "the September 17 strike ... Nov. 29, 2016"
    ("December 30", "2017-01-04", True, ("2016-12-30", "date")),  # the last December before the anchor
    ("Jan. 8", "2016-12-10", False, ("2017-01-08", "date")),  # the first January after it
    ("on Dec. 12", "2016-12-10", False, ("2016-12-12", "date")),
    ("in March", "2023-05", False, ("2024-03", "gYearMonth")),
    ("in March", "2023-05-02", True, ("2023-03", "gYearMonth")),
    ("February 30", "2016-11-29", True, None),
    ("on Friday", "2016-11-29", True, None),  # told against the day of writing, which is not known
    ("last March", "2016-11-29", True, None),
    ("March 3, 2022", "2016-11-29", True, None),  # has a year of its own
    ("September 17", None, True, None),
    ("September 17", "2016", True, None),  # the anchor gives no month to go by
])
def test_a_date_without_its_year_takes_the_year_of_the_nearest_date_with_one(text, anchor, after, expected):
    assert dated_by_context(text, anchor, after) == expected


@pytest.mark.parametrize("text, expected", [
    ("two days ago", ("2022-09-08", "date")),
    ("3 days ago", ("2022-09-07", "date")),
    ("a week ago", ("2022-09-03", "date")),
    ("two months ago", ("2022-07", "gYearMonth")),
    ("nine months ago", ("2021-12", "gYearMonth")),
    ("a year ago", ("2021", "gYear")),
    ("a few days ago", ("2022-09", "gYearMonth")),  # the week before lies in September
    ("days ago", None),
    ("several weeks ago", None),
    ("in September of that year", None),  # told against another date: anaphoric_date
])
def test_time_ago_counts_back_from_publication(text, expected):
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("in September of that year", "2022-05", ("2022-09", "gYearMonth")),
    ("in March the following year", "2022-05-04", ("2023-03", "gYearMonth")),
    ("in March of the previous year", "2022", ("2021-03", "gYearMonth")),
])
def test_a_month_of_the_year_told_before(text, anchor, expected):
    assert anaphoric_date(text, anchor) == expected


@pytest.mark.parametrize("text, n, dates", [
    ("August 12 and 13", 2, ["August 12", "August 13"]),
    ("12 and 13 August", 2, ["12 August", "13 August"]),
    ("August 12, 13 and 14", 3, ["August 12", "August 13", "August 14"]),
    ("Monday, Tuesday and Wednesday", 3, ["Monday", "Tuesday", "Wednesday"]),
    # another number of days than of things done, or no list of days: none
    ("August 12 and 13", 3, None),
    ("August 12", 2, None),
    ("August 2021", 2, None),
    ("last week and this week", 2, None),
])
def test_respective_dates_split_a_list_of_days_one_for_each_thing(text, n, dates):
    assert respective_dates(text, n) == dates
