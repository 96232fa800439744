"""Probes for session 16's blind split dev22 (phrasings written for these tests, wire-news
style, varied regions and decades): a subject set off from its verb by a participial phrase
between commas ("X, speaking at a rally, on Wednesday called on ..."), missiles dismantled,
an act named a crime ("called the attack a genocide"), protesters swept from a square, a
resignation in protest, a soldier who walked out of his base (leaving a place, not a
walkout), and "became the first country to recognise ..." (the subject's own act).  Near misses must not be coded as the act they resemble."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

FIXED = [
    # a participial phrase between commas parts the subject from its verb
    ('1989-07-14', 'RANGOON (AP) - Aung San Suu Kyi, speaking from house arrest in Rangoon, on Friday called '
     'on the junta to free political prisoners.', 'REQUEST', ANY, {'MMR', 'slorc'}),
    ('1956-06-11', 'NICOSIA (Reuters) - Archbishop Makarios, speaking from exile in the Seychelles, on Monday '
     'called on Britain to end emergency rule in Cyprus.', 'REQUEST', ANY, {'GBR'}),
    ('1981-03-02', 'DHAKA (AFP) - Sheikh Hasina, speaking from exile near Delhi, on Monday called on the army '
     'to hand power to civilians.', 'REQUEST', ANY, {'BGD'}),
    # "became the first country to recognise ...": the subject did it
    ('1991-12-02', "KIEV (Reuters) - Poland became the first state to recognise Ukraine's independence on "
     'Monday.', 'SUPPORT', {'POL'}, {'UKR'}),
    ('2021-01-20', 'NAIROBI (AP) - Kenya was the last country to sign the treaty.', 'AGREE', {'KEN'}, ANY),
    # Khomeini led Iran from the revolution's victory (February 1979), not in exile before it
    ('1979-01-20', 'NEAUPHLE-LE-CHATEAU, France (Reuters) - Ayatollah Khomeini on Saturday urged Iranians to '
     'overthrow the monarchy.',
     'REQUEST', {'ruhollah-khomeini'}, ANY),
    ('1980-04-22', 'TEHRAN (AP) - Ayatollah Khomeini on Tuesday called on Iraqis to overthrow Saddam Hussein.',
     'REQUEST', {'IRN', 'ruhollah-khomeini'}, {'IRQ'}),
    # missiles dismantled: disarmament
    ('1994-03-15', 'KIEV (Reuters) - Ukraine began to dismantle the nuclear missiles left on its soil by '
     'the Soviet army on Tuesday.', 'RETREAT', {'UKR'}, ANY),
    ('1988-08-01', 'VOTKINSK, Soviet Union (AP) - Soviet engineers dismantled the first SS-20 rockets '
     'under the new treaty on Monday, American inspectors said.', 'RETREAT', {'SUN', 'RUS'}, ANY),
    # an act named a crime (the name is the object complement)
    ('1983-08-22', 'MANILA (AP) - The Philippine opposition called the killing of Benigno Aquino a '
     'political murder on Monday.', 'ACCUSE', ANY, ANY),
    # protesters swept from a square: crowd control
    ('2010-05-19', 'BANGKOK (Reuters) - Thai troops swept protesters from the streets of central Bangkok '
     'on Wednesday.', 'COERCE', {'THA'}, ANY),
    ('2007-11-07', 'TBILISI (AP) - Georgian riot police swept demonstrators from the steps of parliament '
     'on Wednesday.', 'COERCE', {'GEO'}, ANY),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", FIXED)
def test_fixed(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def _types(coded):
    return [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


NOT_THE_ACT = [
    # a resignation in protest concedes nothing
    ('2003-03-18', "LONDON (Reuters) - Robin Cook resigned in protest on Monday against the government's "
     'plans for war in Iraq.', 'CONCEDE'),
    # walking out of a place is leaving it, not a walkout
    ('2012-03-11', 'KANDAHAR, Afghanistan (AP) - A U.S. soldier walked out of his base before dawn on Sunday.',
     'PROTEST'),
    ('1998-06-02', 'NAIROBI (AP) - The minister walked out of his office on Friday without speaking to '
     'reporters.', 'PROTEST'),
    # naming something that is no crime
    ('1992-12-30', 'NAIROBI (AP) - President Daniel arap Moi called the vote a triumph for democracy on '
     'Wednesday.', 'ACCUSE'),
    # sweeping that is weather or votes
    ('2005-08-29', 'NEW ORLEANS (AP) - Floodwaters swept cars from the streets of the city on Monday.', None),
    ('2014-05-16', 'NEW DELHI (Reuters) - The opposition swept the state elections on Friday.', 'COERCE'),
    # the first to win a prize is no political act
    ('2004-10-08', 'NAIROBI (AP) - Wangari Maathai became the first African woman to win the Nobel Peace '
     'Prize on Friday.', 'SUPPORT'),
    # dismantling that is no disarmament
    ('2012-07-30', 'LONDON (Reuters) - Workers dismantled the temporary stadium after the games.', None),
]


@pytest.mark.parametrize("published,text,kind", NOT_THE_ACT)
def test_near_miss_is_not_the_act(pipeline, published, text, kind):
    found = _types(code(pipeline, text, published))
    assert not [f for f in found if kind is None or f[0] == kind], found


def test_walkout_from_parliament_stays_a_protest(pipeline):
    coded = code(pipeline, 'KARACHI (Reuters) - Opposition lawmakers walked out of the provincial assembly '
                 'on Tuesday in protest at the arrests.', '2013-09-03')
    assert [e for e in coded.events if e.event == "PROTEST"], _types(coded)


def test_bomb_disposal_is_not_disarmament(pipeline):
    """Army experts dismantling a bomb defuse it; a state dismantling its missiles disarms."""
    defused = code(pipeline, "BELFAST (Reuters) - Army experts dismantled a 500-lb bomb left in a van "
                   "outside the courthouse, police said on Tuesday.", "1988-03-08")
    assert not [e for e in defused.events if e.event == "RETREAT"], defused.events
    disarmed = code(pipeline, "MOSCOW (AP) - The Soviet Union said on Sunday it would dismantle its "
                    "missiles in Cuba under United Nations supervision.", "1962-10-28")
    assert_codes(disarmed, "RETREAT", {"SOV", "SUN", "RUS"})
