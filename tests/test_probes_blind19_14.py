"""Probes for session 14's blind split dev19 (phrasings written for these tests, wire-news
style, varied regions and decades): a state organ placed by a city that is not a capital
("a court in Diyarbakir"), a host greeting a visiting leader, crowds filling the streets,
suspended funding, and a group whose name ends in an event noun ("the G9 gang alliance
demanded"), which names the group and tells no alliance.  Near misses must not be coded."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

FIXED = [
    # a state organ placed by a city the gazetteer knows (not only by a capital)
    ('2016-05-10', 'ISTANBUL (Reuters) - A court in Diyarbakir sentenced two Kurdish journalists '
     'to six years in prison on Tuesday.', 'SANCTION', {'TUR'}, ANY),
    # a host greets a visiting leader: the visit's meeting
    ('1977-11-20', 'AMMAN (AP) - King Hussein greeted Egyptian President Anwar Sadat at Amman airport '
     'on Sunday.', 'CONSULT', {'JOR'}, {'EGY'}),
    ('1975-06-02', 'NAIROBI (AFP) - Kenyan President Jomo Kenyatta greeted Tanzanian President Julius '
     'Nyerere at the airport on Monday.', 'CONSULT', {'KEN'}, {'TZA'}),
    # crowds fill the streets: a demonstration
    ('2017-05-20', 'CARACAS (Reuters) - Thousands of Venezuelans filled the squares of Caracas on Saturday.',
     'PROTEST', {'VEN'}, ANY),
    ('2011-02-01', 'CAIRO (Reuters) - Tens of thousands of Egyptians filled the streets of Alexandria '
     'on Tuesday.', 'PROTEST', {'EGY'}, ANY),
    # funding suspended
    ('2018-06-05', 'MANAGUA (Reuters) - The United States suspended funding to Nicaragua on Tuesday.',
     'SANCTION', {'USA'}, {'NIC'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", FIXED)
def test_fixed(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def test_group_named_alliance_demands_no_alliance(pipeline):
    coded = code(pipeline, 'PORT-AU-PRINCE (AP) - The G9 gang alliance demanded on Thursday that the '
                 'interim council hand over power.', '2024-05-02')
    assert_codes(coded, 'REQUEST', {'g9'}, ANY)
    assert not [e for e in coded.events if e.event == 'AGREE'], [(e.event, ids(e.actor)) for e in coded.events]


def test_police_in_a_city_kept(pipeline):
    """Guard (coded before): police placed by a city in a story datelined in its country."""
    coded = code(pipeline, 'LAGOS (AFP) - Police in Kaduna arrested 40 students after a clash on Friday.', '1987-08-14')
    assert_codes(coded, 'COERCE', {'NGA'}, ANY)


def test_alliance_formed_is_still_agreed(pipeline):
    """Guard: an alliance that is made, not a name, stays AGREE."""
    coded = code(pipeline, 'MOSCOW (Reuters) - Russia and China formed an alliance on Saturday.', '2001-10-20')
    assert_codes(coded, 'AGREE', {'RUS', 'CHN'}, ANY)


NEAR_MISSES = [
    ('1985-03-02', 'PEKING (Xinhua) - Premier Zhao Ziyang greeted the harvest figures with relief on Saturday.'),
    ('2011-02-01', 'CAIRO (Reuters) - Smoke filled the streets of Alexandria on Tuesday.'),
    ('2011-02-01', 'NAIROBI (Reuters) - The company suspended funding for the stadium project on Friday.'),
    ('2014-09-23', 'LONDON (Reuters) - Voters in Manchester elected a new mayor on Thursday.'),
]


@pytest.mark.parametrize("published,text", NEAR_MISSES)
def test_near_misses(pipeline, published, text):
    coded = code(pipeline, text, published)
    assert not coded.events, [(e.event, e.evidence.text) for e in coded.events]
