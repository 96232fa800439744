"""Actors resolved to the wrong entity, on phrasings written for these tests (wire-news
style, varied regions and decades): the men of a warlord whose command is an armed group,
not a state office ("forces loyal to Haftar", "Prigozhin's fighters"), are his, not his
country's (a president's or a minister's stay the state's).
Each probe gives the event type and the ids accepted for each side (an empty set accepts
any); near misses check that the other readings stay."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

# Probes that failed before these rules.
PROBES = [
    ('2020-01-05', 'BENGHAZI (AFP) - Fighters loyal to Khalifa Haftar shelled Mitiga airport in '
     'Tripoli on Sunday.', 'ASSAULT', {'khalifa-haftar', 'libyan-national-army'}, ANY),
    ('2019-12-12', 'TRIPOLI (Reuters) - Troops loyal to the eastern strongman Haftar attacked '
     'positions of the Government of National Accord south of the capital on Thursday.',
     'ASSAULT', {'khalifa-haftar', 'libyan-national-army'}, ANY),
    ('2023-06-24', 'ROSTOV-ON-DON (Reuters) - Fighters loyal to Yevgeny Prigozhin seized the '
     'army headquarters in Rostov on Saturday.', 'COERCE', {'yevgeny-prigozhin', 'wagner-group'}, ANY),
    ('2020-06-10', 'CAIRO (AP) - Khalifa Haftar rejected a Turkish ceasefire proposal on '
     'Wednesday.', 'REJECT', {'khalifa-haftar', 'libyan-national-army'}, ANY),
]

# Near misses: a head of state's or government's men stay his state's.
KEPT = [
    ('1993-10-04', 'MOSCOW (AP) - Troops loyal to President Boris Yeltsin stormed the '
     'parliament building on Monday.', 'ASSAULT', {'RUS'}, ANY),
    ('2011-03-31', 'ABIDJAN (Reuters) - Forces loyal to Laurent Gbagbo shelled a district of '
     'Abidjan on Thursday.', 'ASSAULT', {'laurent-gbagbo', 'CIV'}, ANY),
    ('1997-07-05', 'PHNOM PENH (AP) - Troops loyal to Second Prime Minister Hun Sen shelled the '
     'airport on Saturday.', 'ASSAULT', {'KHM'}, ANY),
]


@pytest.mark.parametrize("day,text,kind,actors,recipients", PROBES + KEPT)
def test_actor_resolved(pipeline, day, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, day), kind, actors, recipients)


@pytest.mark.parametrize("day,text,kind,state", [
    ('2020-01-05', 'BENGHAZI (AFP) - Fighters loyal to Khalifa Haftar shelled Mitiga airport in '
     'Tripoli on Sunday.', 'ASSAULT', 'LBY'),
    ('2023-06-24', 'ROSTOV-ON-DON (Reuters) - Fighters loyal to Yevgeny Prigozhin seized the '
     'army headquarters in Rostov on Saturday.', 'COERCE', 'RUS'),
])
def test_warlord_not_the_state(pipeline, day, text, kind, state):
    coded = code(pipeline, text, day)
    found = [e for e in coded.events if e.event == kind]
    assert found and all(state not in ids(e.actor) for e in found), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
