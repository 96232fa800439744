"""Probes for session 15's blind split dev21 (phrasings written for these tests, wire-news
style, varied regions and decades): mineworkers who strike, a loan
postponed to punish a state, troops flown in (the particle holding the force), an
agentless passive act that a government announces as its own ("announced that political
prisoners would be freed"), and a court the parser hung on the object of a passive verb's
preposition ("was sentenced ... for contempt of court by the Constitutional Court").  Near misses must not be coded."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

FIXED = [
    # mineworkers are labour: their strike has a doer
    ('1984-03-12', 'BARNSLEY, England (Reuters) - Thousands of mineworkers in Yorkshire walked out on '
     'Monday over planned pit closures.', 'PROTEST', ANY, ANY),
    ('1987-07-02', 'SEOUL (AP) - Striking mineworkers occupied a coal pit near Taebaek on Thursday.',
     'PROTEST', ANY, ANY),
    # a loan postponed: aid discontinued to the state
    ('1991-08-20', 'WASHINGTON (Reuters) - The International Monetary Fund postponed a $500 million loan '
     'to Peru on Tuesday.', 'SANCTION', {'imf'}, {'PER'}),
    ('1993-11-09', 'LUSAKA (Reuters) - Britain postponed a $40 million aid package to Zambia on '
     'Tuesday, citing corruption.', 'SANCTION', {'GBR'}, {'ZMB'}),
    # troops flown in: the particle holds the force
    ('1978-05-19', 'KOLWEZI, Zaire (AFP) - France flew in paratroopers on Friday to rescue Europeans '
     'trapped in the mining town.', 'MOBILIZE', {'FRA'}, ANY),
    ('1964-11-24', 'STANLEYVILLE, Congo (AP) - Belgium flew in troops on Tuesday to free hostages held '
     'by the rebels.', 'MOBILIZE', {'BEL'}, ANY),
    # an agentless passive act a government or an official in office announces is its own
    ('1986-05-01', 'MANILA (Reuters) - President Corazon Aquino announced on Thursday that all political '
     'prisoners would be freed.', 'CONCEDE', {'PHL'}, ANY),
    ('1987-06-29', 'SEOUL (Reuters) - The government announced on Monday that 300 political prisoners '
     'would be released.', 'CONCEDE', {'KOR'}, ANY),
    ('1979-02-14', 'ACCRA (AP) - The military government announced on Wednesday that the ban on '
     'political parties would be lifted in June.', 'CONCEDE', {'GHA'}, ANY),
    # a court hung by the parser on the object of the passive verb's preposition is its agent
    ('2021-06-29', 'JOHANNESBURG (Reuters) - Former President Jacob Zuma was sentenced on Tuesday to 15 '
     'months in prison for contempt of court by the Constitutional Court.', 'SANCTION', {'ZAF'}, ANY),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", FIXED)
def test_fixed(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def test_postponed_meeting_is_no_sanction(pipeline):
    coded = code(pipeline, 'LIMA (Reuters) - Peru postponed a meeting of Andean trade ministers on '
                 'Friday because of floods.', '1998-02-13')
    assert not [e for e in coded.events if e.event == "SANCTION"], [(e.event, e.evidence.text) for e in coded.events]


def test_flown_in_aid_stays_aid(pipeline):
    coded = code(pipeline, 'DHAKA (AP) - Britain flew in medicine and tents for cyclone victims on '
                 'Tuesday.', '1991-05-07')
    assert not [e for e in coded.events if e.event == "MOBILIZE"], [(e.event, e.evidence.text) for e in coded.events]


def test_miners_museum_opening_is_no_event(pipeline):
    coded = code(pipeline, 'CARDIFF (BBC) - A museum honouring Welsh mineworkers opened in the Rhondda '
                 'valley on Saturday.', '2002-06-01')
    assert coded.events == [] or not coded.events, [(e.event, e.evidence.text) for e in coded.events]


def test_announced_loss_is_not_the_announcers_attack(pipeline):
    coded = code(pipeline, 'BELGRADE (Reuters) - The army announced on Sunday that two soldiers were '
                 'killed in an ambush near the border.', '1998-08-03')
    assert not [e for e in coded.events if 'YUG' in ids(e.actor) or 'SRB' in ids(e.actor)], \
        [(e.event, ids(e.actor), e.evidence.text) for e in coded.events]


def test_opposition_leader_announcing_an_arrest_did_not_arrest(pipeline):
    coded = code(pipeline, 'LOME (AFP) - Opposition leader Gilchrist Olympio announced on Friday that '
                 'his deputy had been arrested.', '2005-04-22')
    assert not [e for e in coded.events if 'gilchrist-olympio' in ids(e.actor)], \
        [(e.event, ids(e.actor), e.evidence.text) for e in coded.events]


def test_charged_over_a_groups_bombing_is_not_charged_by_the_group(pipeline):
    coded = code(pipeline, 'LONDON (Reuters) - Two men were charged on Monday over a 1998 bombing by '
                 'the Real IRA.', '2001-05-02')
    assert not [e for e in coded.events if e.event in ("ACCUSE", "SANCTION", "COERCE")
                and 'real-ira' in ids(e.actor)], [(e.event, ids(e.actor), e.evidence.text) for e in coded.events]


def test_victim_is_no_agent_of_his_killing(pipeline):
    coded = code(pipeline, 'ST. GEORGE\'S, Grenada (AP) - Prime Minister Maurice Bishop was killed in a coup '
                 'by hardline members of his own government on Wednesday.', '1983-10-20')
    assert not [e for e in coded.events if 'maurice-bishop' in ids(e.actor)], \
        [(e.event, ids(e.actor), e.evidence.text) for e in coded.events]
