"""Probes for what the blind dev23 split showed (session 16), on sentences written for these
tests (wire style, varied regions and decades; none copied from a gold file): a ruler
removed or dismissed by name or title and one forced from power; defence agreements revoked;
a state suspending a named organisation; a blame word the tagger read as the noun that holds
the object ("called the junta illegitimate"); a first name that is also a people's name
("Christian Klar"); a country's name that opens a longer place name ("the Niger Delta");
the Bavarian CSU in the knowledge base; a freeing told with an assault (a rescue, not a
release); another side's advance halted (no truce); a mission ended (a withdrawal); compensation
demanded from someone.  Each probe gives the type
an annotator would code and the ids accepted on each side (an empty set accepts any).  Near
misses (a claim dismissed, a post removed, a rival dismissed as a has-been, a strike
suspended, a praising word with no object) must not be coded as the act they resemble."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

FIXED = [
    # a ruler removed by name or title, without "from office"
    ('1977-07-06', 'ISLAMABAD (AP) - Army chief General Zia ul-Haq removed Prime Minister Zulfikar Ali '
     'Bhutto on Tuesday and imposed martial law.', 'COERCE', ANY,
     {'zulfikar-ali-bhutto', 'PAK'}),
    ('1999-12-25', 'ABIDJAN (Reuters) - Mutinous soldiers said on Friday they had removed President '
     'Henri Konan Bedie.', 'COERCE', ANY, {'henri-konan-bedie', 'CIV'}),
    # forced from power
    ('1966-02-25', 'ACCRA (Reuters) - Ghana\'s army and police forced President Kwame Nkrumah from power '
     'on Thursday while he was visiting Peking.', 'COERCE', {'GHA'}, {'kwame-nkrumah', 'GHA'}),
    # a head of state (or the crown's representative) dismissing a government or its head
    ('1994-05-28', 'KATHMANDU (AP) - King Birendra dismissed Prime Minister Girija Prasad Koirala\'s '
     'government on Friday and called early elections.', 'COERCE', ANY, {'NPL', 'girija-prasad-koirala'}),
    # agreements revoked
    ('2022-05-03', 'BAMAKO (AFP) - Mali\'s junta revoked its defence agreements with France on Monday, '
     'citing flagrant violations of its airspace.', 'SANCTION', {'MLI'}, {'FRA'}),
    # a state suspending an organisation by name
    ('1996-11-08', 'LUSAKA (AP) - Zambia\'s government suspended Amnesty International on Friday, '
     'accusing it of meddling in the election.', 'COERCE', {'ZMB'}, {'amnesty-international'}),
    # a blame word read as the noun that holds the object
    ('1999-10-13', 'LONDON (Reuters) - Foreign Secretary Robin Cook on Wednesday called the Pakistani '
     'coup unacceptable.', 'ACCUSE', {'GBR', 'robin-cook'}, {'PAK'}),
    ('2014-12-05', 'NAIROBI (Reuters) - The Kenyan government on Friday called the opposition march '
     'illegal.', 'ACCUSE', {'KEN'}, ANY),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", FIXED)
def test_fixed(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def _events(coded):
    return [(e.event, ids(e.actor), ids(e.recipient), e.evidence.text) for e in coded.events]


def test_first_name_is_not_a_people(pipeline):
    coded = code(pipeline, 'BERLIN (dpa) - A Berlin court on Monday jailed former rebel Christian '
                 'Lauterbach for six years for a 1986 bank robbery.', '1992-03-02')
    assert any('christian-lauterbach' in ids(e.recipient) for e in coded.events), _events(coded)
    assert not [e for e in coded.events if 'christians' in ids(e.recipient) + ids(e.actor)], _events(coded)


def test_christian_militias_stay_christians(pipeline):
    coded = code(pipeline, 'BANGUI (Reuters) - Christian militiamen attacked a Muslim neighbourhood of '
                 'Bangui on Thursday, witnesses said.', '2013-12-06')
    assert_codes(coded, "ASSAULT", {'christians', 'anti-balaka'}, ANY)


def test_delta_of_a_river_named_like_a_state(pipeline):
    coded = code(pipeline, 'WARRI, Nigeria (AFP) - Gunmen attacked a Niger Delta oil platform run by an '
                 'Italian firm on Sunday, the army said.', '2008-09-14')
    assert not [e for e in coded.events if 'NER' in ids(e.recipient) + ids(e.actor)], _events(coded)


def test_niger_itself_stays_niger(pipeline):
    coded = code(pipeline, 'NIAMEY (Reuters) - Niger expelled the French ambassador on Friday.', '2023-09-01')
    assert_codes(coded, "SANCTION", {'NER'}, {'FRA'})


def test_bavarian_csu_is_a_party(pipeline):
    coded = code(pipeline, 'MUNICH (Reuters) - The Christian Social Union on Sunday criticised the '
                 'Chancellor\'s energy policy.', '2011-04-03')
    assert any('csu' in ids(e.actor) for e in coded.events), _events(coded)
    assert not [e for e in coded.events if 'christians' in ids(e.actor)], _events(coded)


# near misses
def test_dismissed_claims_stay_a_rejection(pipeline):
    coded = code(pipeline, 'KAMPALA (Reuters) - Uganda\'s foreign minister on Monday dismissed the '
                 'president\'s critics as foreign agents.', '2016-02-22')
    assert not [e for e in coded.events if e.event == "COERCE"], _events(coded)


def test_removed_post_is_no_removal_from_power(pipeline):
    coded = code(pipeline, 'SAN FRANCISCO (Reuters) - Facebook removed a video posted by President Jair '
                 'Bolsonaro on Monday.', '2020-03-30')
    assert not [e for e in coded.events if e.event == "COERCE"], _events(coded)


def test_suspended_strike_is_no_ban(pipeline):
    coded = code(pipeline, 'JOHANNESBURG (Reuters) - The National Union of Mineworkers suspended its strike '
                 'at platinum mines on Friday.', '2014-06-20')
    assert not [e for e in coded.events if e.event == "COERCE"], _events(coded)


def test_named_a_label_with_an_indefinite_article_blames_no_one(pipeline):
    coded = code(pipeline, 'ATHENS (AP) - The bomb, which the minister called a terror act, damaged a '
                 'bank on Tuesday.', '2009-01-06')
    assert not [e for e in coded.events if e.event == "ACCUSE"], _events(coded)


FIXED_2 = [
    # a mission or presence ended abroad is a withdrawal
    ('2014-12-30', 'MONROVIA (AP) - The U.N. Security Council voted on Tuesday to end its peacekeeping '
     'mission in Liberia by 2016.', 'RETREAT', {'unsc', 'un'}, {'LBR'}),
    ('2022-11-09', 'PARIS (AFP) - France formally ended its anti-jihadist military presence in the Sahel '
     'on Wednesday.', 'RETREAT', {'FRA'}, ANY),
    # compensation demanded from someone: the one asked
    ('1991-03-04', 'KUWAIT (Reuters) - Kuwait demanded reparations from Iraq on Monday for the seven-month '
     'occupation.', 'REQUEST', {'KWT'}, {'IRQ'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", FIXED_2)
def test_fixed_2(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def test_hostages_freed_by_storming_troops_are_a_rescue(pipeline):
    coded = code(pipeline, 'MANILA (Reuters) - Philippine marines stormed a rebel hideout on Jolo island on '
                 'Sunday and freed four kidnapped Indonesian sailors.', '2016-05-01')
    assert any(e.event == "ASSAULT" for e in coded.events), _events(coded)
    assert not [e for e in coded.events if e.event in ("RETREAT", "CONCEDE")], _events(coded)


def test_prison_attacked_and_inmates_freed_is_no_concession(pipeline):
    coded = code(pipeline, 'BAMAKO (AFP) - Jihadists attacked a prison in central Mali on Thursday, freeing '
                 'dozens of inmates, officials said.', '2019-07-25')
    assert not [e for e in coded.events if e.event in ("RETREAT", "CONCEDE")], _events(coded)


def test_captors_release_after_seizing_stays_a_release(pipeline):
    coded = code(pipeline, 'TEHRAN (AP) - Iran freed 15 British sailors on Wednesday, two weeks after '
                 'seizing them in the Gulf.', '2007-04-04')
    assert_codes(coded, "RETREAT", {'IRN'}, {'GBR'})


def test_halting_the_enemys_advance_is_no_truce(pipeline):
    coded = code(pipeline, 'GOMA (Reuters) - Congolese troops backed by U.N. helicopters halted the rebels\' '
                 'advance on Goma on Saturday.', '2012-11-17')
    assert not [e for e in coded.events if e.event == "CONCEDE"], _events(coded)


def test_halting_its_own_offensive_stays_a_truce(pipeline):
    coded = code(pipeline, 'DONETSK (Reuters) - The rebels halted their offensive on Mariupol on Friday.',
                 '2014-09-05')
    assert any(e.event in ("CONCEDE", "RETREAT") for e in coded.events), _events(coded)


def test_ended_visit_is_no_withdrawal(pipeline):
    coded = code(pipeline, 'BEIJING (Xinhua) - The Pakistani president ended his state visit to China on '
                 'Friday.', '2010-10-15')
    assert not [e for e in coded.events if e.event == "RETREAT"], _events(coded)
