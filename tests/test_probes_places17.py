"""Places read wrongly, on phrasings written for these tests (wire-news style): a storm's
title ("Hurricane Mitch") and a word of a place's kind or side alone ("Island" of
"Sakhalin Island", "Central" of "Central America") name no town, though Hurricane (Utah),
Islandia (New York) and Central City are towns; a capital's name coordinated with a place
of another country that has a town of that name ("Beirut and Tripoli") is that town, not
the capital's state."""
from __future__ import annotations

import pytest

from coding import code, ids


def _events(pipeline, day: str, text: str, kind: str):
    coded = code(pipeline, text, day)
    found = [e for e in coded.events if e.event == kind]
    assert found, [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    return found


@pytest.mark.parametrize("day,text,kind,country", [
    ('1998-11-02', 'MANAGUA (Reuters) - Mexico flew food and medicine to Nicaragua on Monday '
     'for the victims of Hurricane Mitch, which swept across Central America last week.',
     'AID', 'USA'),
    ('1983-09-02', 'TOKYO (Kyodo) - A Soviet fighter shot down a South Korean airliner near '
     'Sakhalin Island early on Thursday, U.S. officials said.', 'ASSAULT', 'USA'),
])
def test_no_town_by_a_common_word(pipeline, day, text, kind, country):
    for e in _events(pipeline, day, text, kind):
        assert e.location is None or e.location.country != country, e.location


def test_capital_name_settled_by_its_neighbour(pipeline):
    text = ('BEIRUT (AP) - Thousands of Lebanese protesters filled the squares of Beirut and '
            'Tripoli on Sunday.')
    for e in _events(pipeline, '2019-10-20', text, 'PROTEST'):
        assert 'LBY' not in ids(e.actor) + ids(e.recipient), (ids(e.actor), ids(e.recipient))
