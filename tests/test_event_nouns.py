"""Event nouns told inside other phrases: protests as the object of another act, or measured
by the time they last, are events of their own (sentences written for these tests)."""
from __future__ import annotations

from coding import code, ids, only


def test_a_span_of_rioting_in_a_named_state_is_its_peoples_protest(pipeline):
    coded = code(pipeline, "ACCRA (Reuters) - The government lifted the fuel tax on Monday, ending "
                           "five days of rioting across Ghana.", published="2021-03-08")
    e = only(coded, "PROTEST")
    assert ids(e.actor) == ["GHA"] and ids(e.recipient) == ["GHA"]


def test_a_dispersed_demonstration_is_coded_with_its_dispersal(pipeline):
    coded = code(pipeline, "LIMA (AP) - Peruvian police fired tear gas to disperse a demonstration "
                           "in Lima on Thursday.", published="2021-03-08")
    e = only(coded, "PROTEST")
    assert ids(e.recipient) == ["PER"]


def test_a_strike_someone_is_on_is_theirs(pipeline):
    coded = code(pipeline, "MOSCOW (Reuters) - Opposition leader Alexei Navalny, who wrote letters to "
                           "his supporters while on hunger strike, was moved to a prison hospital on "
                           "Monday.", published="2021-04-19")
    e = only(coded, "PROTEST")
    assert ids(e.actor) == ["alexei-navalny"] and ids(e.recipient) == ["RUS"]


def test_who_began_a_strike_is_its_actor(pipeline):
    coded = code(pipeline, "JOHANNESBURG (Reuters) - The government gave in on Friday to a general "
                           "strike that COSATU began two weeks ago.", published="1991-11-08")
    e = only(coded, "PROTEST")
    assert ids(e.actor) == ["cosatu"] and ids(e.recipient) == ["ZAF"]
    assert ids(only(coded, "CONCEDE").recipient) == ["cosatu"]


def test_protests_in_passing_are_no_events(pipeline):
    coded = code(pipeline, "TAIPEI (Reuters) - Taiwan's parliament passed a law on Tuesday "
                           "legalising street protests.", published="2019-01-25")
    assert not [e for e in coded.events if e.event == "PROTEST"]
    coded = code(pipeline, "CAIRO (AP) - The minister was wounded at an election rally in Cairo on "
                           "Friday.", published="2019-01-25")
    assert not [e for e in coded.events if e.event == "PROTEST"]
    coded = code(pipeline, "QUITO (Reuters) - The government scrapped the decree on Sunday after "
                           "eleven days of protests in Quito.", published="2019-10-14")
    assert not [e for e in coded.events if e.event == "PROTEST"]
