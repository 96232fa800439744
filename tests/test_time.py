"""Tests for entente.time: news date expressions resolved against the publication date."""
from datetime import date, datetime

import pytest

from entente.time import ResolvedDate, find_dates, resolve

PUB = "2015-11-02"  # a Monday


@pytest.mark.parametrize("expression, expected, precision", [
    ("on Sunday", "2015-11-01", "day"),
    ("Sunday", "2015-11-01", "day"),
    ("Monday", "2015-10-26", "day"),  # strictly before publication
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
    assert resolve("Sunday", sunday).date == "2015-10-25"  # strictly before
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
