"""The second event of a sentence: two acts of one type joined by 'and', the first with a
place or target of its own but no direct object ("walked out of the mills and blocked the
highway"), are two events when they are acts of different kinds (a strike and a
blockade); acts of one kind told twice ("marched through the city and chanted slogans")
stay one event."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

TWO = [
    ('1987-03-10', 'KARACHI (AP) - Thousands of textile workers walked out of mills across Karachi '
                   'on Tuesday and blocked the main highway to the port.', 'PROTEST', {'PAK'}),
    ('2002-09-16', 'MOMBASA (Reuters) - Dock workers walked out at the port of Mombasa on Monday '
                   'and blockaded the main gates.', 'PROTEST', {'KEN'}),
]

ONE = [
    ('1998-06-02', 'SANTIAGO (AP) - Students marched through central Santiago on Tuesday and '
                   'chanted slogans against the government.', 'PROTEST', {'CHL'}),
    ('2019-10-21', 'SANTIAGO (Reuters) - Tens of thousands of students marched through Santiago on '
                   'Monday and shouted slogans against President Sebastian Pinera.', 'PROTEST', {'CHL'}),
    ('1968-05-10', 'PARIS (AP) - Students marched through the Latin Quarter on Friday and '
                   'demonstrated against the government.', 'PROTEST', {'FRA'}),
]


@pytest.mark.parametrize("published,text,kind,actors", TWO)
def test_two_acts_of_one_type(pipeline, published, text, kind, actors):
    coded = code(pipeline, text, published)
    assert_codes(coded, kind, actors)
    assert len([e for e in coded.events if e.event == kind]) == 2, \
        [(e.event, e.mode) for e in coded.events]


@pytest.mark.parametrize("published,text,kind,actors", ONE)
def test_one_act_told_twice(pipeline, published, text, kind, actors):
    coded = code(pipeline, text, published)
    assert_codes(coded, kind, actors)
    assert len([e for e in coded.events if e.event == kind]) == 1, \
        [(e.event, e.mode) for e in coded.events]
