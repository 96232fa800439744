"""Actors resolved to the wrong entity, on phrasings written for these tests (wire-news
style, varied regions and decades): the men of a warlord whose command is an armed group,
not a state office ("forces loyal to Haftar", "Prigozhin's fighters"), are his, not his
country's (a president's or a minister's stay the state's); a people named like a state
("Albanians") in a story from the land where it is a community (Kosovo, Macedonia) is that
community, elsewhere still the state; Greek Cypriots are Cyprus's community, not Greece;
"President Anastasio Somoza" is the Somoza in office that year.
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
    ('1990-07-02', 'PRISTINA, Yugoslavia (AP) - Thousands of Albanians marched through the '
     'centre of the provincial capital on Monday.', 'PROTEST', {'kosovo-albanians'}, ANY),
    ('2001-05-03', 'TETOVO, Macedonia (Reuters) - Albanians blocked the road to the Kosovo '
     'border on Thursday.', 'PROTEST', {'macedonian-albanians'}, ANY),
    ('1964-01-02', 'NICOSIA (Reuters) - Greek Cypriot irregulars attacked a Turkish Cypriot '
     'village near Kyrenia on Thursday.', 'ASSAULT', {'greek-cypriots', 'CYP'}, ANY),
    ('1977-10-14', 'MANAGUA (AP) - President Anastasio Somoza accused Costa Rica on Friday of '
     'sheltering Sandinista guerrillas.', 'ACCUSE', {'anastasio-somoza-debayle', 'NIC'}, {'CRI'}),
    # (and his father, president in the 1950s)
    ('1954-06-20', 'MANAGUA (AP) - President Anastasio Somoza accused Guatemala of arming '
     'exiles on Sunday.', 'ACCUSE', {'anastasio-somoza-garcia', 'NIC'}, {'GTM'}),
]

# Near misses: a head of state's or government's men stay his state's; Albanians in
# Albania or abroad (Italy) stay Albania's; Greek police are Greece's.
KEPT = [
    ('1993-10-04', 'MOSCOW (AP) - Troops loyal to President Boris Yeltsin stormed the '
     'parliament building on Monday.', 'ASSAULT', {'RUS'}, ANY),
    ('2011-03-31', 'ABIDJAN (Reuters) - Forces loyal to Laurent Gbagbo shelled a district of '
     'Abidjan on Thursday.', 'ASSAULT', {'laurent-gbagbo', 'CIV'}, ANY),
    ('1997-07-05', 'PHNOM PENH (AP) - Troops loyal to Second Prime Minister Hun Sen shelled the '
     'airport on Saturday.', 'ASSAULT', {'KHM'}, ANY),
    ('1997-03-12', 'TIRANA (AP) - Albanians looted army depots in the south on Wednesday.',
     'COERCE', {'ALB'}, ANY),
    ('1991-08-08', 'BARI, Italy (Reuters) - Italian police detained thousands of Albanians in '
     'the port on Thursday.', 'COERCE', {'ITA'}, {'ALB'}),
    ('1985-11-18', 'ATHENS (Reuters) - Greek police arrested 40 anarchists in Athens on Monday.',
     'COERCE', {'GRC'}, ANY),
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
