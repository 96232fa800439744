"""Unnamed forces and loyalist phrases given the right side (session 15): a place that is
the goal of the act ("flew him into exile in Venezuela", "deported them to camps in
Ethiopia") is where someone is sent, not where the soldiers or police come from; their
state is then the victim's or the dateline's.  Near misses: a place where the act happens
("arrested two union leaders in a village in Bolivia") still gives the forces' state."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

# Each failed before the rule (the goal's state was coded as the forces').
GOAL_NOT_SOURCE = [
    ('1991-09-30', 'MIAMI (AP) - Soldiers seized President Jean-Bertrand Aristide at the national '
     'palace on Monday and flew him into exile in Venezuela.',
     'COERCE', {'HTI'}, {'jean-bertrand-aristide'}),
    ('2000-12-10', 'ISLAMABAD (Reuters) - Troops escorted former Prime Minister Nawaz Sharif from '
     'his cell before dawn on Sunday and flew him into exile in Saudi Arabia.',
     'COERCE', {'PAK'}, {'nawaz-sharif'}),
    ('1994-03-08', 'NAIROBI (AP) - Police arrested dozens of Somali migrants on Tuesday and '
     'deported them to camps in Ethiopia.',
     'COERCE', {'KEN'}, ANY),
]

# Guards: a place where the act happens is still the forces' own.
KEPT = [
    ('1986-05-16', 'LIMA (AP) - Soldiers arrested two union leaders in a village in Bolivia on Friday.',
     'COERCE', {'BOL'}, ANY),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", GOAL_NOT_SOURCE + KEPT)
def test_forces_side(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


@pytest.mark.parametrize("published,text,goal", [
    (GOAL_NOT_SOURCE[0][0], GOAL_NOT_SOURCE[0][1], 'VEN'),
    (GOAL_NOT_SOURCE[1][0], GOAL_NOT_SOURCE[1][1], 'SAU'),
    (GOAL_NOT_SOURCE[2][0], GOAL_NOT_SOURCE[2][1], 'ETH'),
])
def test_goal_is_not_the_actor(pipeline, published, text, goal):
    coded = code(pipeline, text, published)
    assert coded.events, "expected the act to be coded"
    assert all(goal not in [a.id for a in e.actor] for e in coded.events), \
        [(e.event, [a.id for a in e.actor]) for e in coded.events]
