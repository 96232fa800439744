"""Probes for what the blind split dev15 showed (session 12), on fresh wire-style sentences
written for these tests (varied regions and decades): compulsion ("forced X to leave") as a
COERCE by the compeller, removal from office, the fallen in clashes as one side of the clash, a death toll of a collapsing structure told
with "when", hostile landings on islands, Marines sent abroad, and a leader barred from
visiting (a ban, and no visit).  Near misses: compulsion by circumstance or nature, "forced
its way", a draw forced in sport, a bridge collapse, an airliner or migrants landing, a
visit that was prevented."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

CODED = [
    # compulsion: the compeller coerces the compelled
    ('1978-05-03', 'LOME (AFP) - Togolese soldiers forced the opposition leader to leave the country on Tuesday.',
     'COERCE', {'TGO'}, ANY),
    ('1962-08-14', 'ALGIERS (AP) - Rebel troops forced Ahmed Ben Bella to abandon his headquarters on Monday.',
     'COERCE', ANY, {'ahmed-ben-bella'}),
    ('1984-06-05', 'LA PAZ (UPI) - Bolivian troops compelled striking tin miners to return to work on Monday.',
     'COERCE', {'BOL'}, ANY),
    # removal from office
    ('1966-02-25', 'ACCRA (Reuters) - Ghana\'s army removed President Kwame Nkrumah from office on Thursday.',
     'COERCE', {'GHA'}, {'kwame-nkrumah', 'GHA'}),
    # hostile landings on islands
    ('1974-07-21', 'NICOSIA (AP) - Turkish paratroopers landed on Cyprus on Saturday.',
     'ASSAULT', {'TUR'}, {'CYP'}),
    # Marines sent abroad
    ('1958-07-16', 'BEIRUT (UPI) - President Dwight Eisenhower sent 5,000 Marines to Lebanon on Tuesday.',
     'MOBILIZE', {'USA', 'dwight-eisenhower'}, {'LBN'}),
    # the fallen in clashes are one side of the clash
    ('1988-06-26', 'COLOMBO (AFP) - Five policemen were killed in clashes with Tamil rebels on Sunday.',
     'ASSAULT', {'LKA'}, ANY),
    ('1991-05-04', 'ZAGREB (Reuters) - Three Croatian policemen died in clashes with Serb militiamen on Saturday.',
     'ASSAULT', {'HRV'}, ANY),
    # a leader barred from a country
    ('2016-03-12', 'DHAKA (Reuters) - Bangladeshi authorities barred opposition leader Tarique Rahman from returning on Saturday.',
     'COERCE', {'BGD'}, {'tarique-rahman'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", CODED)
def test_coded(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


NOT_CODED = [
    # compulsion by circumstance, nature or the economy; no one compelled
    ('2011-04-12', 'ABIDJAN (AP) - Ivory Coast\'s president was forced to admit defeat after the election.', 'COERCE'),
    ('1998-09-08', 'DHAKA (AP) - The floods forced thousands of villagers to leave their homes on Monday.', 'COERCE'),
    ('2015-02-03', 'CARACAS (AP) - Low oil prices forced the government to cut spending this year.', 'COERCE'),
    ('2001-06-12', 'ACCRA (AP) - Ghana forced a 1-1 draw with Nigeria in the African Cup match on Sunday.', 'COERCE'),
    ('1979-11-04', 'LA PAZ (AP) - Bolivian troops forced their way into the tin mine on Monday.', 'COERCE'),
    # deaths when a structure gave way
    ('2019-06-23', 'PHNOM PENH (Reuters) - At least 20 people were killed when a seven-storey building collapsed in Sihanoukville on Saturday.', 'ASSAULT'),
    ('1994-10-21', 'SEOUL (AP) - Thirty-two people were killed when a bridge collapsed over the Han River on Friday.', 'ASSAULT'),
    # landings that are no invasion
    ('1985-02-02', 'VALLETTA (AP) - The Pope\'s plane landed on Malta on Sunday.', 'ASSAULT'),
    ('2011-05-08', 'ROME (AP) - Fifty migrants landed on the island of Lampedusa on Sunday.', 'ASSAULT'),
    # a visit prevented is no visit
    ('2019-11-09', 'PHNOM PENH (Reuters) - Cambodian authorities barred the opposition leader Sam Rainsy from visiting the country on Saturday.', 'CONSULT'),
    ('1977-03-02', 'PRETORIA (AP) - The government prevented the American senator from visiting Soweto on Tuesday.', 'CONSULT'),
]


@pytest.mark.parametrize("published,text,kind", NOT_CODED)
def test_not_coded(pipeline, published, text, kind):
    coded = code(pipeline, text, published)
    assert not [e for e in coded.events if e.event == kind], [(e.event, e.evidence.text) for e in coded.events]


def test_compelled_act_is_content(pipeline):
    """"forcing the president to flee": the compulsion is coded, the flight is its content."""
    coded = code(pipeline, 'BANGUI (AFP) - Seleka rebels forced President Francois Bozize to flee the '
                           'capital on Sunday.', '2013-03-25')
    assert_codes(coded, 'COERCE', ANY, {'francois-bozize', 'CAF'})
    assert not [e for e in coded.events if e.event == 'RETREAT'], [(e.event, e.evidence.text) for e in coded.events]
