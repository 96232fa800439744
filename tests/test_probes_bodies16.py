"""Unnamed bodies of members: a single union named only as "the union" (or "the main
labour union") in a story from one country, with no named union before it, is that
country's people, the way "the unions" already are; a named union earlier keeps the
name.  Near misses: "a union" (anyone's), and a union that is a state's name."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

FIXED = [
    ('1996-12-26', 'SEOUL (Reuters) - The union called a nationwide general strike on Thursday '
     'against the new labour law.', 'PROTEST', {'KOR'}, ANY),
    ('1984-03-12', 'SHEFFIELD, England (AP) - The union ordered its members to stop work at '
     'every pit in Yorkshire on Monday.', 'PROTEST', {'GBR'}, ANY),
    ('2011-02-20', 'MADISON, Wisconsin (AP) - The union demanded the resignation of the state '
     'labor secretary on Sunday.', 'REQUEST', {'USA'}, ANY),
    ('1975-05-02', 'BUENOS AIRES (UPI) - The main labor federation called a 48-hour general '
     'strike against the government on Friday.', 'PROTEST', {'ARG'}, ANY),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", FIXED)
def test_unnamed_union_is_the_states_people(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def test_named_union_earlier_keeps_its_name(pipeline):
    coded = code(pipeline, 'TUNIS (Reuters) - The UGTT labour union met on Monday. The union '
                 'called a general strike on Thursday.', '2013-07-25')
    assert_codes(coded, 'PROTEST', {'tunisian-general-labour-union'}, ANY)


NEAR_MISSES = [
    ('1996-12-26', 'SEOUL (Reuters) - A union called a general strike on Thursday.', 'KOR'),
    ('1986-01-09', 'DURBAN (Reuters) - Which union called the strike was not clear on Thursday.', 'ZAF'),
]


@pytest.mark.parametrize("published,text,state", NEAR_MISSES)
def test_indefinite_union_is_nobody(pipeline, published, text, state):
    coded = code(pipeline, text, published)
    assert not any(state in ids(e.actor) for e in coded.events), \
        [(e.event, ids(e.actor)) for e in coded.events]


def test_the_soviet_union_stays_a_state(pipeline):
    coded = code(pipeline, 'MOSCOW (AP) - The Soviet Union demanded the withdrawal of U.S. '
                 'missiles from Turkey on Saturday.', '1962-10-27')
    assert_codes(coded, 'REQUEST', {'SUN'}, ANY)


def test_union_with_an_unknown_name_is_not_the_state(pipeline):
    coded = code(pipeline, 'OTTAWA (CP) - The CUPW union called a nationwide strike against the '
                 'back-to-work bill on Monday.', '1997-02-03')
    assert not any('CAN' in ids(e.actor) for e in coded.events), \
        [(e.event, ids(e.actor)) for e in coded.events]
