"""Probes written for the blind dev25 split's fixes (session 17), on sentences written for
these tests (wire-news style).  Each probe gives the event type and the ids an annotator
would accept for each side; an event of that type must name one of each."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

# A crowd that forces a leader to flee or resign coerces him: the compulsion stays a
# COERCE whoever compels (it is not re-read as the crowd's riot).
COMPELLED_BY_CROWDS = [
    ('2009-03-16', 'ANTANANARIVO (AFP) - Tens of thousands of opposition supporters besieged the '
     'presidential palace on Monday, forcing President Marc Ravalomanana to flee the capital.',
     'COERCE', None, {'marc-ravalomanana', 'MDG'}),
    ('2014-02-22', 'KIEV (Reuters) - Protesters occupied government buildings across the capital on '
     'Saturday, forcing President Viktor Yanukovych to abandon his residence.',
     'COERCE', None, {'viktor-yanukovych', 'UKR'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", COMPELLED_BY_CROWDS)
def test_crowd_compulsion_is_coercion(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


# Told to leave, a people named by its nationality ("20 Czechs", "Kenyan citizens") is
# expelled, not its state given an ultimatum; a state told to leave another's land still is.
EXPELLED_PEOPLES = [
    ('2021-04-18', 'PRAGUE (Reuters) - Moscow hit back on Sunday by ordering 20 Czechs to leave Russia '
     'within a day.', 'COERCE', {'RUS'}, {'CZE'}),
    ('1983-01-20', 'ACCRA (AP) - Ghana retaliated on Thursday by ordering 300 Nigerians to leave '
     'the country within a week.', 'COERCE', {'GHA'}, {'NGA'}),
]
STILL_ULTIMATUMS = [
    ('1990-11-29', 'NEW YORK (Reuters) - The United Nations gave Iraq until Jan. 15 to leave Kuwait.',
     'THREATEN', {'un', 'unsc'}, {'IRQ'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", EXPELLED_PEOPLES + STILL_ULTIMATUMS)
def test_ordered_to_leave(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


@pytest.mark.parametrize("published, text", [(p, t) for p, t, *_ in EXPELLED_PEOPLES])
def test_expelled_people_no_ultimatum(pipeline, published, text):
    coded = code(pipeline, text, published=published)
    assert not [e for e in coded.events if e.event == "THREATEN"], [(e.event, e.mode) for e in coded.events]
