"""Probes from the blind split dev18 (session 14), on sentences written for these tests
(wire style, varied regions and decades; none copied from a gold file): an embargo on a
country's goods (not a "war on tobacco"), a warning that an attack would mean war (a
threat, not a danger nobody threatens), a promise to comply, halted sales to a party, an
end to an armed campaign, an armed group's bomb or rocket (the group's act), and a bomb
that ended a truce (no concession).  Each probe gives the type an annotator would code
and the ids accepted on each side (empty: any); near misses must not be coded as the act
they resemble."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

CODED = [
    ('1960-10-19', 'WASHINGTON (AP) - President Dwight Eisenhower announced an embargo on Cuban tobacco on Wednesday.',
     'SANCTION', {'USA'}, {'CUB'}),
    ('2001-12-20', 'NEW DELHI (Reuters) - India warned Islamabad on Thursday that another attack on its parliament would mean war.',
     'THREATEN', {'IND'}, {'PAK'}),
    ('1998-02-22', 'BAGHDAD (AP) - Iraq told the visiting U.N. chief on Sunday that it would comply.',
     'CONCEDE', {'IRQ'}, ANY),
    ('2006-10-02', 'MOSCOW (TASS) - Russia halted arms sales to Georgia on Monday.',
     'SANCTION', {'RUS'}, {'GEO'}),
    ('1994-09-01', 'BELFAST (AP) - The Irish Republican Army announced an end to its armed campaign on Wednesday.',
     'CONCEDE', {'ira'}, ANY),
    ('1992-03-10', 'ARMAGH (AP) - An IRA bomb wrecked a police station in the town on Tuesday.',
     'ASSAULT', {'ira'}, ANY),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", CODED)
def test_coded(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


# Near misses: the act they resemble must not be coded.
NOT_CODED = [
    ('2015-05-31', 'GENEVA (Reuters) - The World Health Organisation declared a war on tobacco on Sunday.',
     {'ASSAULT', 'SANCTION'}),
    ('2011-07-20', 'NAIROBI (Reuters) - The minister warned that the drought would mean hunger for millions.',
     {'THREATEN'}),
    ('2008-12-22', 'GAZA (AP) - Hamas fighters fired rockets at Sderot on Monday, ending a three-week truce.',
     {'CONCEDE'}),
    ('2003-03-01', 'BAGHDAD (AP) - Iraq refused on Saturday to comply.',
     {'CONCEDE'}),
]


@pytest.mark.parametrize("published,text,kinds", NOT_CODED)
def test_not_coded(pipeline, published, text, kinds):
    coded = code(pipeline, text, published)
    assert not [e.event for e in coded.events if e.event in kinds], [(e.event, e.evidence.text) for e in coded.events]


def test_truce_ending_bomb_is_still_an_attack(pipeline):
    """The guard above must not pass on empty output: the bomb itself is coded."""
    coded = code(pipeline, 'GAZA (AP) - Hamas fighters fired rockets at Sderot on Monday, ending a three-week truce.',
                 '2008-12-22')
    assert any(e.event == 'ASSAULT' for e in coded.events)


def test_nationalised_company_is_the_target(pipeline):
    """'the Anglo-Iranian Oil Company' is the British company (knowledge base), not Iran."""
    coded = code(pipeline, "TEHRAN (AP) - Prime Minister Mohammad Mosaddegh's government seized the oilfields "
                 "of the Anglo-Iranian Oil Company at Abadan on Wednesday.", '1951-06-20')
    assert_codes(coded, 'COERCE', {'IRN'}, {'anglo-iranian-oil-company', 'GBR'})
