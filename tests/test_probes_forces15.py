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


# "Maoist" rebels are the Maoist insurgency the knowledge base knows in the story's country
# (Nepal's CPN-M, India's CPI-Maoist, Peru's Shining Path, the Philippines' NPA); each
# failed before (coded as a nameless 'maoist' collective).
MAOISTS = [
    ('2003-11-14', 'KATHMANDU (Reuters) - Maoist rebels bombed a police post in the hills west '
     'of the capital on Friday, killing six officers.', 'ASSAULT', {'cpn-maoist'}, ANY),
    ('2009-10-08', 'RAIPUR, India (AP) - Maoist rebels ambushed a police patrol in the forests of '
     'Chhattisgarh on Thursday.', 'ASSAULT', {'cpi-maoist'}, ANY),
    ('1989-06-20', 'AYACUCHO, Peru (Reuters) - Maoist guerrillas blew up two electricity pylons '
     'outside the city on Tuesday.', 'ASSAULT', {'shining-path'}, ANY),
]

# Near misses: where the knowledge base knows no Maoist movement of the story's country at the
# time, the word is an ideology, not another country's insurgency.
MAOIST_NOT_A_GROUP = [
    ('1976-10-14', 'BEIJING (Xinhua) - Maoist radicals denounced the new party leadership on '
     'Thursday.'),
    ('1997-02-11', 'HYDERABAD, India (AP) - Maoist rebels ambushed a police jeep in Andhra Pradesh '
     'on Tuesday.'),
]
MAOIST_GROUPS = {'cpn-maoist', 'cpi-maoist', 'shining-path', 'npa', 'ucpn-maoist'}


@pytest.mark.parametrize("published,text,kind,actors,recipients", MAOISTS)
def test_maoists_of_the_country(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


@pytest.mark.parametrize("published,text", MAOIST_NOT_A_GROUP)
def test_maoist_elsewhere_is_no_group(pipeline, published, text):
    coded = code(pipeline, text, published)
    assert coded.events, "expected the act to be coded"
    assert all(not MAOIST_GROUPS & {a.id for a in e.actor + e.recipient} for e in coded.events), \
        [(e.event, [a.id for a in e.actor]) for e in coded.events]
