"""Tests for entente.time: news date expressions resolved against the publication date."""
from datetime import date, datetime

import pytest

from entente.time import ResolvedDate, find_dates, resolve

PUB = "2015-11-02"  # a Monday


@pytest.mark.parametrize("expression, expected, precision", [
    ("on Sunday", "2015-11-01", "day"),
    ("Sunday", "2015-11-01", "day"),
    ("Monday", "2015-11-02", "day"),  # the publication's own weekday: that day (wire style)
    ("last Monday", "2015-10-26", "day"),
    ("Friday night", "2015-10-30", "day"),
    ("last Sunday", "2015-11-01", "day"),
    ("next Sunday", "2015-11-08", "day"),
    ("yesterday", "2015-11-01", "day"),
    ("last night", "2015-11-01", "day"),
    ("today", "2015-11-02", "day"),
    ("this weekend", "2015-10-31", "week"),
    ("over the weekend", "2015-10-31", "week"),
    ("last week", "2015-10-26", "week"),
    ("this week", "2015-11-02", "week"),
    ("earlier this week", "2015-11-02", "week"),
    ("last month", "2015-10", "month"),
    ("this month", "2015-11", "month"),
    ("earlier this month", "2015-11", "month"),
    ("in June", "2015-06", "month"),
    ("June", "2015-06", "month"),
    ("last June", "2015-06", "month"),
    ("early June", "2015-06", "month"),
    ("September 30", "2015-09-30", "day"),
    ("on September 30", "2015-09-30", "day"),
    ("Sept. 30", "2015-09-30", "day"),
    ("30 September", "2015-09-30", "day"),
    ("November 2", "2015-11-02", "day"),
    ("November 3", "2014-11-03", "day"),  # not after publication
    ("2015-09-30", "2015-09-30", "day"),
    ("30 September 2015", "2015-09-30", "day"),
    ("September 30, 2015", "2015-09-30", "day"),
    ("Sept. 30, 2015", "2015-09-30", "day"),
    ("Sunday, November 1, 2015", "2015-11-01", "day"),
    ("30/09/2015", "2015-09-30", "day"),
    ("09/30/2015", "2015-09-30", "day"),
    ("10/09/2015", "2015-10-09", "day"),  # ambiguous: month first
    ("13/09/2015", "2015-09-13", "day"),  # first number > 12: day first
    ("June 2015", "2015-06", "month"),
    ("in 2014", "2014", "year"),
    ("since 2011", "2011", "year"),
    ("two weeks ago", "2015-10-19", "week"),
    ("3 days ago", "2015-10-30", "day"),
    ("2 months ago", "2015-09", "month"),
    ("five years ago", "2010", "year"),
    ("last year", "2014", "year"),
    ("this year", "2015", "year"),
])
def test_resolve_rules(expression: str, expected: str, precision: str) -> None:
    got = resolve(expression, PUB)
    assert got is not None
    assert (got.date, got.precision, got.approximate) == (expected, precision, False)
    assert (got.text, got.start, got.end) == (expression, 0, len(expression))


@pytest.mark.parametrize("expression, expected, precision", [
    ("several months ago", "2015-08", "month"),
    ("a few weeks ago", "2015-10-12", "week"),
    ("a few days ago", "2015-10-30", "day"),
    ("about a year ago", "2014", "year"),
])
def test_vague_counts_are_approximate(expression: str, expected: str, precision: str) -> None:
    got = resolve(expression, PUB)
    assert got is not None
    assert (got.date, got.precision, got.approximate) == (expected, precision, True)


def test_yearless_dates_depend_on_publication() -> None:
    assert resolve("in June", "2015-03-01").date == "2014-06"
    assert resolve("in June", PUB, future=True).date == "2016-06"
    assert resolve("September 30", "2015-03-01").date == "2014-09-30"


def test_future_reads_forwards() -> None:
    assert resolve("on Sunday", PUB, future=True).date == "2015-11-08"
    assert resolve("this weekend", PUB, future=True).date == "2015-11-07"
    assert resolve("last Sunday", PUB, future=True).date == "2015-11-01"


def test_weekday_and_weekend_on_a_sunday() -> None:
    sunday = "2015-11-01"
    assert resolve("Sunday", sunday).date == "2015-11-01"  # that day
    assert resolve("last Sunday", sunday).date == "2015-10-25"
    assert resolve("today", sunday).date == "2015-11-01"
    assert resolve("this weekend", sunday).date == "2015-10-31"
    assert resolve("last weekend", sunday).date == "2015-10-24"


def test_published_types() -> None:
    for published in (date(2015, 11, 2), datetime(2015, 11, 2, 14, 30), "2015-11-02T14:30:00Z"):
        assert resolve("yesterday", published).date == "2015-11-01"


def test_no_publication_date_only_absolute() -> None:
    assert resolve("on Sunday", None) is None
    assert resolve("in June", None) is None
    assert resolve("30 September 2015", None).date == "2015-09-30"
    assert resolve("in 2014", None).date == "2014"


@pytest.mark.parametrize("expression", ["9/11", "7/7", "24 hours", "the 1990s", "several months",
                                        "the past few days", "Al Qaeda", ""])
def test_not_dates(expression: str) -> None:
    assert resolve(expression, PUB) is None


def _one(text: str, published: str | None = PUB) -> ResolvedDate:
    found = find_dates(text, published)
    assert len(found) == 1, found
    assert text[found[0].start:found[0].end] == found[0].text
    return found[0]


def test_find_on_sunday() -> None:
    text = ("Al Qaeda's leader, Ayman al-Zawahiri, released a new audio recording on Sunday, "
            "in which he called for an alliance")
    got = _one(text)
    assert (got.date, got.precision) == ("2015-11-01", "day")
    assert got.text in ("Sunday", "on Sunday")


@pytest.mark.parametrize("text, expected, precision, approximate", [
    ("the agreement seemed to fall apart in June, when ISIS jihadis beheaded several captives",
     "2015-06", "month", False),
    ("after the Russian bombing campaign began on September 30.", "2015-09-30", "day", False),
    ("made a temporary alliance with ISIS several months ago", "2015-08", "month", True),
    ("brought down a Russian airliner over Egypt this weekend", "2015-10-31", "week", False),
    ("Officials said Sunday that the strikes had continued", "2015-11-01", "day", False),
    ("The group has grown since 2011, the report said", "2011", "year", False),
    ("The ceasefire signed on Sunday, November 1, 2015 collapsed", "2015-11-01", "day", False),
])
def test_find_in_sentences(text: str, expected: str, precision: str, approximate: bool) -> None:
    got = _one(text)
    assert (got.date, got.precision, got.approximate) == (expected, precision, approximate)


def test_find_several_in_order() -> None:
    text = "Talks began in June 2015, stalled last month and resumed yesterday."
    got = find_dates(text, PUB)
    assert [(r.text, r.date) for r in got] == [
        ("June 2015", "2015-06"), ("last month", "2015-10"), ("yesterday", "2015-11-01")]


@pytest.mark.parametrize("text", [
    "What defines the group's ideology is 9/11 and a series of large scale terror attacks",
    "The rebels accused the government of bombing civilians in the northern province.",
    "Theresa May said the crowd of 2000 people remembered Bloody Sunday.",
    "the Sunday Times reported that the fighting had lasted 24 hours",
    "On Good Friday; the Sunday Times; Bloody Sunday.",
    "Jihadism grew in the 1990s.",
])
def test_find_nothing(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_find_without_publication_date() -> None:
    assert find_dates("released a new audio recording on Sunday", None) == []
    got = _one("The attack happened on 30 September 2015 in Raqqa.", None)
    assert (got.date, got.text) == ("2015-09-30", "30 September 2015")


def test_offset_is_applied() -> None:
    text = "The talks collapsed on Sunday."
    plain = find_dates(text, PUB)[0]
    shifted = find_dates(text, PUB, offset=100)[0]
    assert (shifted.start, shifted.end) == (plain.start + 100, plain.end + 100)
    assert text[shifted.start - 100:shifted.end - 100] == "Sunday"


def test_candidate_spans() -> None:
    text = "Fighting resumed at dawn the next morning, in late 2014, and the 1990s."
    late = text.index("late 2014")
    got = find_dates(text, PUB, spans=[(late, late + 9), (text.index("the 1990s"), len(text) - 1),
                                       (text.index("dawn"), text.index(" the next"))])
    assert [(r.text, r.date, r.precision) for r in got] == [("late 2014", "2014", "year")]


def test_candidate_span_overlapping_a_match_keeps_the_longest() -> None:
    text = "They met on Sunday, November 1, 2015 in Vienna."
    start = text.index("Sunday")
    got = find_dates(text, PUB, spans=[(start, start + 6)])
    assert [r.text for r in got] == ["Sunday, November 1, 2015"]


def test_find_future() -> None:
    got = find_dates("Talks will resume on Sunday and again on Dec. 7.", PUB, future=True)
    assert [(r.text, r.date) for r in got] == [("Sunday", "2015-11-08"), ("Dec. 7", "2015-12-07")]


# -- ranges, weeks, holidays, anaphora ----------------------------------------------------

def test_week_and_weekend_have_their_sunday_as_enddate() -> None:
    assert (resolve("last week", PUB).date, resolve("last week", PUB).enddate) == (
        "2015-10-26", "2015-11-01")
    weekend = resolve("this weekend", PUB)
    assert (weekend.date, weekend.enddate, weekend.precision) == ("2015-10-31", "2015-11-01", "week")


@pytest.mark.parametrize("expression, expected", [
    ("on New Year's Day", "2015-01-01"), ("Christmas Eve", "2014-12-24"),
    ("New Year's Day 1994", "1994-01-01"),
])
def test_fixed_holidays(expression: str, expected: str) -> None:
    got = resolve(expression, PUB)
    assert got is not None and (got.date, got.precision) == (expected, "day")


@pytest.mark.parametrize("text, date_, enddate, precision", [
    ("forces besieged eastern Aleppo from July to December 2016, when", "2016-07", "2016-12", "month"),
    ("struck government forces between Feb. 27 and March 5, killing", "2015-02-27", "2015-03-05", "day"),
    ("bombed the hospitals repeatedly between September and November, the U.N. said",
     "2015-09", "2015-11", "month"),
    ("The talks were held on June 3-5 in Vienna.", "2015-06-03", "2015-06-05", "day"),
    ("fighting raged from 2011 to 2014 in the north", "2011", "2014", "year"),
])
def test_ranges_give_an_enddate(text: str, date_: str, enddate: str, precision: str) -> None:
    (got,) = find_dates(text, PUB)
    assert (got.date, got.enddate, got.precision) == (date_, enddate, precision)
    assert text[got.start:got.end] == got.text


def test_range_start_takes_the_end_year() -> None:
    (got,) = find_dates("besieged the city from November to February 2014", PUB)
    assert (got.date, got.enddate) == ("2013-11", "2014-02")


def test_since_runs_to_publication() -> None:
    (got,) = find_dates("The group has grown since 2011, the report said", PUB)
    assert (got.date, got.enddate) == ("2011", PUB)


def test_a_year_naming_a_war_is_a_date() -> None:
    (got,) = find_dates("which Israel captured from Syria in the 1967 Middle East war", PUB)
    assert (got.date, got.precision) == ("1967", "year")
    assert find_dates("the 1500 soldiers", PUB) == []


@pytest.mark.parametrize("text, expected", [
    ("The rebels shelled the city later that day.", "2015-10-29"),
    ("Police arrested two men the next day.", "2015-10-30"),
    ("The army withdrew two days later.", "2015-10-31"),
    ("The council condemned the attack hours later.", "2015-10-29"),
])
def test_anaphora_resolve_against_the_context_date(text: str, expected: str) -> None:
    context = resolve("Thursday", PUB)  # 2015-10-29
    (got,) = find_dates(text, PUB, context=context)
    assert (got.date, got.precision) == (expected, "day")
    assert find_dates(text, PUB) == []  # no date before it: nothing to count from


def test_n_days_after_dates_the_clause_it_introduces() -> None:
    text = ("Gunmen held hostages in the mall on Monday, two days after they stormed the "
            "complex and killed 62 people.")
    got = find_dates(text, "2013-09-23")
    assert [(r.text, r.date) for r in got] == [("Monday", "2013-09-23"),
                                              ("two days after", "2013-09-21")]
    (later,) = find_dates("Troops retook the town a week later.", PUB, context=context_day())
    assert later.date == "2015-11-05"


def context_day() -> ResolvedDate:
    return resolve("Thursday", PUB)


def test_overnight_is_the_night_into_the_date_before_it_or_publication() -> None:
    (got,) = find_dates("Police arrested 52 people overnight.", PUB)
    assert got.date == PUB
    found = find_dates("Troops attacked on Friday and shelled the town overnight.", PUB)
    assert [r.date for r in found] == ["2015-10-30", "2015-10-30"]
