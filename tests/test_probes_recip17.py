"""Recipients, on phrasings written for these tests (wire-news style): a breakaway state the
knowledge base now knows (Biafra, 1967-1970) is the target of the federal army's attack, not
Nigeria itself; a weapon's model name before a noun of weapons or warplanes ("two Black Hawk
helicopters") is nobody, so it is no recipient; aid a foreign state sends with no place of
arrival named (only where it flies from) goes to the state the story is filed from; a threat
in a clause joined to another's act answers its doers even when the act is coded after it.
Each probe gives the event type and the ids accepted for each side (an empty set accepts
any); near misses check that the other readings stay."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

# Probes that failed before these rules.
PROBES = [
    ('1968-06-14', 'ENUGU (Reuters) - Nigerian federal troops shelled Biafran positions near '
     'Nsukka on Friday.', 'ASSAULT', {'NGA'}, {'biafra'}),
    ('1988-09-05', 'DHAKA (Reuters) - Floods have left 20 million people homeless in Bangladesh. '
     'Japan will fly tents and medicines from Tokyo on Monday, its embassy said.',
     'AID', {'JPN'}, {'BGD'}),
    ('2008-04-03', 'KYIV (Reuters) - Ukraine and Georgia formally applied to join NATO on '
     'Thursday, and Russia warned of grave consequences.', 'THREATEN', {'RUS'}, {'UKR', 'GEO'}),
    ('1989-07-17', 'VIENNA (AP) - Austria applied to join the European Community on Monday, and '
     'Moscow warned of unspecified consequences.', 'THREATEN', {'RUS', 'SUN'}, {'AUT'}),
]

# Near misses: aid named where it arrives keeps that place's state; a company's craft is the
# company's; a state the base knows before a weapon stays that state.
KEPT = [
    ('1988-09-05', 'PORT-AU-PRINCE (AP) - A powerful earthquake flattened much of the capital on '
     'Tuesday. Canada flew in rescue teams and medical supplies on Wednesday.', 'AID', {'CAN'}, {'HTI'}),
    ('1968-06-14', 'LIBREVILLE (AFP) - Gabon on Wednesday recognised Biafra as an independent '
     'state.', 'SUPPORT', {'GAB'}, {'biafra'}),
    ('1983-09-03', 'TOKYO (AP) - A Korean Air Lines jumbo jet carrying 269 people was shot down '
     'by a Soviet fighter plane near Sakhalin Island, officials said on Friday.',
     'ASSAULT', {'SUN', 'RUS'}, {'korean-air-lines', 'KOR'}),
    ('1991-01-18', 'JERUSALEM (Reuters) - Iraq fired eight Scud missiles at Israel early on Friday.',
     'ASSAULT', {'IRQ'}, {'ISR'}),
]


@pytest.mark.parametrize("day,text,kind,actors,recipients", PROBES + KEPT)
def test_recipient(pipeline, day, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, day), kind, actors, recipients)


def test_weapon_model_is_nobody(pipeline):
    coded = code(pipeline, 'MOGADISHU (Reuters) - Somali gunmen shot down two Black Hawk '
                 'helicopters over the capital on Sunday, killing American soldiers.', '1993-10-04')
    found = [e for e in coded.events if e.event == "ASSAULT"]
    assert found and all('black-hawk' not in ids(e.recipient) for e in found) \
        and any('USA' in ids(e.recipient) for e in found), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


def test_answered_clause_names_no_one(pipeline):
    """The clause a threat is joined to names nobody ("prices rose"): no target from it."""
    coded = code(pipeline, 'SEOUL (Reuters) - Prices rose sharply in May, and the unions '
                 'threatened a general strike.', '2019-06-03')
    found = [e for e in coded.events if e.event == "THREATEN"]
    assert found and all(not e.recipient for e in found), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
