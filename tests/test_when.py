"""Tests for event dates (entente.events.when): a date per event, carried when the text
implies it, datelines as marked fallbacks, ranges as enddates."""
from __future__ import annotations

from entente.events.when import DateContext, context_for, date_fields
from entente.records import Document, Event
from entente.time import resolve


def code(pipeline, text: str, published: str):
    return pipeline.code(Document.create("t", text, published=published))


def dated(coded, word: str) -> Event:
    found = [e for e in coded.events if word in e.evidence.text]
    assert found, f"no event coded in the sentence with {word!r}"
    return found[0]


def test_the_event_date_not_the_publication_date(pipeline) -> None:
    coded = code(pipeline, "Iraq invaded Kuwait before dawn on Thursday.", "1990-08-03")
    e = dated(coded, "invaded")
    assert (e.date, e.date_precision, e.date_basis) == ("1990-08-02", "day", "text")


def test_a_date_carries_to_the_next_sentence(pipeline) -> None:
    text = ("Iranian students stormed the U.S. embassy in Tehran on Sunday. "
            "The students demanded that the United States return the Shah to Iran.")
    e = dated(code(pipeline, text, "1979-11-05"), "demanded")
    assert (e.date, e.date_basis) == ("1979-11-04", "context")


def test_no_carry_across_a_shift_in_time(pipeline) -> None:
    text = ("Rebels stormed the town on Sunday. "
            "The rebels had previously attacked the army in the province.")
    coded = code(pipeline, text, "2015-11-02")
    later = [e for e in coded.events if "previously" in e.evidence.text]
    assert later and later[0].date is None


def test_later_that_day(pipeline) -> None:
    text = ("Syrian government warplanes bombed rebel-held districts of Aleppo on Sunday. "
            "The Free Syrian Army shelled government-held western Aleppo later that day.")
    e = dated(code(pipeline, text, "2016-08-01"), "later that day")
    assert (e.date, e.date_precision) == ("2016-07-31", "day")


def test_dateline_date_is_a_fallback(pipeline) -> None:
    text = ("NAIROBI, Jan 16 (Reuters) - Kenyan troops attacked Al Shabaab militants at a hotel "
            "complex, police said.")
    coded = code(pipeline, text, "2019-01-16")
    assert coded.events
    e = coded.events[0]
    assert (e.date, e.date_basis) == ("2019-01-16", "dateline")
    assert e.location.basis == "dateline" and e.location.country == "KEN"


def test_dateline_date_without_a_publication_date(pipeline) -> None:
    text = ("BAGHDAD, July 3, 2016 (Reuters) - Islamic State killed at least 125 people in "
            "Baghdad early on Sunday.")
    e = code(pipeline, text, None).events[0]
    assert e.date == "2016-07-03"


def test_a_range_gives_an_enddate(pipeline) -> None:
    text = ("Syrian government forces besieged rebel-held eastern Aleppo from July to December "
            "2016, the U.N. said.")
    e = dated(code(pipeline, text, "2017-01-05"), "besieged")
    assert (e.date, e.enddate, e.date_precision) == ("2016-07", "2016-12", "month")


def test_a_participle_shares_its_verbs_date(pipeline) -> None:
    text = ("Soviet special forces stormed the presidential palace in Kabul on Thursday, "
            "killing President Hafizullah Amin.")
    coded = code(pipeline, text, "1979-12-28")
    assert coded.events and all(e.date == "1979-12-27" for e in coded.events)


def test_context_for_and_date_fields() -> None:
    lead = resolve("Sunday", "2015-11-02")
    assert context_for({}, 0, lead) is lead
    assert context_for({}, 3, lead) is None
    assert date_fields(None) == {"date": None, "date_precision": "unknown", "enddate": None,
                                 "date_basis": None}
    week = resolve("last week", "2015-11-02")
    assert date_fields(week)["enddate"] == "2015-11-01"
    assert isinstance(DateContext(lead, None), DateContext)


def test_event_round_trips_with_range_and_basis(pipeline) -> None:
    text = "Fighting raged in Donetsk from June 3 to June 5, the army said."
    coded = code(pipeline, text, "2015-06-10")
    for e in coded.events:
        assert Event.from_dict(e.to_dict()) == e
