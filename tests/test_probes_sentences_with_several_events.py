"""Probes for sentences that tell several events: acts of different actors of one type
("North Korean artillery shelled a border post, and the South's army fired back"), acts
that pay back an earlier one (the recipient is whoever acted first: "fired back", "hit
back", "returned fire", "answered with a barrage"), fights waged jointly (a joint
offensive is also the partners' military cooperation), a main act and the act in its
participle or purpose clause, and acts told in an 'as', 'after' or 'when' clause by another
actor.  Written for these tests in wire-news style (not taken from any gold split).

FIXED failed on the code before this file was written; KEPT already passed and guards
against losing them.  Each sentence's events must all be coded (others may come beside)."""
from __future__ import annotations

import pytest

from coding import code


def told(coded) -> set[tuple]:
    return {(e.event, tuple(sorted(a.id for a in e.actor)), tuple(sorted(r.id for r in e.recipient)))
            for e in coded.events}


FIXED = [
    ("SEOUL (Yonhap) - North Korean artillery shelled a South Korean border post on Friday, and the South's army fired back with howitzers.",
     '2015-08-21', [('ASSAULT', ('KOR',), ('PRK',)), ('ASSAULT', ('PRK',), ('KOR',))]),
    ('GAZA (Reuters) - Israeli troops shot dead a Palestinian gunman on Tuesday, and Islamic Jihad hit back with a barrage of rockets.',
     '2019-11-12', [('ASSAULT', ('palestinian-islamic-jihad',), ('ISR',))]),
    ('SEOUL (AP) - North Korean guards fired on a South Korean patrol in the demilitarized zone on Friday, and South Korean soldiers fired back.',
     '1992-05-22', [('ASSAULT', ('KOR',), ('PRK',)), ('ASSAULT', ('PRK',), ('KOR',))]),
    ('BAMAKO (Reuters) - French and Malian troops launched a joint offensive against Islamist militants in northern Mali on Tuesday.',
     '2013-01-22', [('COOPERATE', ('FRA', 'MLI'), ('FRA', 'MLI'))]),
    ('MOGADISHU (AP) - Kenyan and Somali forces launched a joint operation against al Shabaab in the Juba valley on Sunday.',
     '2012-09-30', [('ASSAULT', ('KEN', 'SOM'), ('al-shabaab',)), ('COOPERATE', ('KEN', 'SOM'), ('KEN', 'SOM'))]),
    ('NDJAMENA (Reuters) - Chadian and Nigerien troops launched a joint offensive against Boko Haram on Sunday.',
     '2015-03-08', [('ASSAULT', ('NER', 'TCD'), ('boko-haram',)), ('COOPERATE', ('NER', 'TCD'), ('NER', 'TCD'))]),
    ('DAMASCUS (SANA) - Israeli warplanes struck a Syrian army post near Quneitra on Monday, and Syrian air defences returned fire.',
     '2018-05-10', [('ASSAULT', ('ISR',), ('SYR',)), ('ASSAULT', ('SYR',), ('ISR',))]),
    ('SEOUL (AP) - North Korean guards fired on a South Korean patrol on Friday, and the South Korean soldiers replied with machine-gun fire.',
     '1976-08-20', [('ASSAULT', ('KOR',), ('PRK',)), ('ASSAULT', ('PRK',), ('KOR',))]),
]

KEPT = [
    ('CARACAS (AP) - Venezuela expelled the German ambassador on Wednesday, and Berlin recalled its envoy for consultations.',
     '2019-03-06', [('SANCTION', ('VEN',), ('DEU',))]),
    ('TEGUCIGALPA (AP) - Honduran troops attacked Salvadoran positions along the border on Tuesday, and Salvadoran planes bombed Honduran airfields.',
     '1969-07-15', [('ASSAULT', ('HND',), ('SLV',)), ('ASSAULT', ('SLV',), ('HND',))]),
    ('MOSCOW (TASS) - The Soviet Union expelled four American diplomats on Friday, and Washington ordered five Soviet officials out of the country.',
     '1986-10-17', [('SANCTION', ('SUN',), ('USA',)), ('SANCTION', ('USA',), ('SUN',))]),
    ('ADDIS ABABA (Reuters) - Ethiopian jets bombed the Eritrean port of Assab on Friday, and Eritrean troops shelled the Ethiopian town of Zalambessa.',
     '1998-06-05', [('ASSAULT', ('ERI',), ('ETH',)), ('ASSAULT', ('ETH',), ('ERI',))]),
    ('ISLAMABAD (AFP) - Pakistani troops shelled Indian positions in Kashmir on Sunday, and Indian forces pounded Pakistani posts across the Line of Control.',
     '2001-12-30', [('ASSAULT', ('IND',), ('PAK',)), ('ASSAULT', ('PAK',), ('IND',))]),
    ('LONDON (Reuters) - Britain imposed sanctions on Russian banks on Tuesday, and Moscow banned imports of British food.',
     '2022-02-22', [('SANCTION', ('GBR',), ('RUS',)), ('SANCTION', ('RUS',), ('GBR',))]),
    ('RABAT (AP) - Morocco cut diplomatic ties with Iran on Tuesday, and Algeria condemned the decision.',
     '2018-05-01', [('SANCTION', ('MAR',), ('IRN',))]),
    ('BAKU (Reuters) - Azerbaijani forces shelled Armenian positions in Nagorno-Karabakh on Sunday, and Armenian troops shot down two Azerbaijani helicopters.',
     '2020-09-27', [('ASSAULT', ('ARM',), ('AZE',)), ('ASSAULT', ('AZE',), ('ARM',))]),
    ('JERUSALEM (Reuters) - Hamas militants fired rockets at southern Israel on Saturday, and Israeli aircraft struck targets in Gaza.',
     '2018-07-14', [('ASSAULT', ('hamas',), ('ISR',))]),
    ('BEIJING (Xinhua) - China banned imports of Australian coal on Monday, and Canberra lodged a complaint with the World Trade Organization.',
     '2020-12-14', [('SANCTION', ('CHN',), ('AUS',))]),
    ('WASHINGTON (AP) - The United States expelled 35 Russian diplomats on Thursday, and Russia closed an American school in Moscow.',
     '2016-12-29', [('SANCTION', ('USA',), ('RUS',))]),
    ('BEIJING (Reuters) - China retaliated against U.S. tariffs on Friday by imposing duties on 128 American products.',
     '2018-04-02', [('SANCTION', ('CHN',), ('USA',))]),
    ('OTTAWA (CP) - Canada imposed tariffs on American steel on Friday in retaliation for U.S. duties on Canadian metals.',
     '2018-06-29', [('SANCTION', ('CAN',), ('USA',))]),
    ('MOSCOW (Reuters) - Russia expelled 60 American diplomats on Thursday in a tit-for-tat response to the expulsion of Russian envoys from the United States.',
     '2018-03-29', [('SANCTION', ('RUS',), ('USA',))]),
    ('KABUL (AP) - Taliban fighters ambushed an army convoy in Kunduz on Monday, and Afghan commandos responded with raids on Taliban hideouts.',
     '2016-10-03', [('ASSAULT', ('taliban',), ('AFG',))]),
    ('CAIRO (AP) - Israeli jets bombed Egyptian positions along the Suez Canal on Thursday, and Egyptian artillery hit back at Israeli strongholds on the east bank.',
     '1969-07-24', [('ASSAULT', ('EGY',), ('ISR',)), ('ASSAULT', ('ISR',), ('EGY',))]),
    ('BRUSSELS (Reuters) - The European Union imposed duties on American motorcycles on Friday, retaliating against U.S. tariffs on European steel.',
     '2018-06-22', [('SANCTION', ('eu',), ('USA',))]),
    ('MANILA (AP) - American and Philippine troops began joint military exercises on Luzon on Monday.',
     '2015-04-20', [('COOPERATE', ('PHL', 'USA'), ('PHL', 'USA'))]),
    ('NEW DELHI (AFP) - India and Russia signed a defence cooperation agreement on Monday.',
     '2000-10-03', [('AGREE', ('IND', 'RUS'), ('IND', 'RUS'))]),
    ('MAIDUGURI (Reuters) - Boko Haram militants killed nine soldiers in an ambush in Borno state on Thursday.',
     '2019-06-13', [('ASSAULT', ('boko-haram',), ('NGA',))]),
    ('KHARTOUM (Reuters) - Sudanese security forces raided the protest camp in Khartoum on Monday, killing at least 30 people.',
     '2019-06-03', [('ASSAULT', ('SDN',), ('SDN',))]),
    ('BOGOTA (AP) - FARC rebels blew up an oil pipeline in northeastern Colombia on Saturday, spilling thousands of barrels of crude.',
     '2001-03-10', [('ASSAULT', ('farc',), ('COL',))]),
    ("SANA'A (Reuters) - Houthi fighters seized the presidential palace in Sanaa on Tuesday, placing President Abd-Rabbu Mansour Hadi under house arrest.",
     '2015-01-20', [('COERCE', ('houthis',), ('YEM',))]),
    ('DAMASCUS (AP) - Syrian troops shelled the town of Hama on Sunday to put down the revolt.',
     '1982-02-07', [('ASSAULT', ('SYR',), ('SYR',))]),
    ('YANGON (Reuters) - Myanmar soldiers opened fire on protesters in Yangon on Sunday, killing at least 18 people.',
     '2021-02-28', [('ASSAULT', ('MMR',), ('MMR',))]),
    ('TAIPEI (Reuters) - Taiwan put its forces on alert on Friday as China staged war games off the island.',
     '1996-03-08', [('MOBILIZE', ('CHN',), ('TWN',))]),
    ('BEIRUT (Reuters) - Israeli jets bombed southern Beirut on Friday as Hezbollah fired rockets at Haifa.',
     '2006-07-14', [('ASSAULT', ('ISR',), ('LBN',)), ('ASSAULT', ('hezbollah',), ('ISR',))]),
    ('GOMA (Reuters) - M23 rebels captured the town of Bunagana on Monday, forcing hundreds of Congolese soldiers to flee into Uganda.',
     '2022-06-13', [('ASSAULT', ('m23',), ('COD',))]),
    ('SOWETO (AP) - Students set fire to government buildings on Wednesday after police opened fire on a march in Soweto.',
     '1976-06-16', [('ASSAULT', ('ZAF',), ('ZAF',))]),
    ('DERRY (Reuters) - Rioting broke out in Derry on Monday after British paratroopers opened fire on civil rights marchers, killing 13 people.',
     '1972-01-31', [('ASSAULT', ('GBR',), ('GBR',))]),
    ('KUWAIT CITY (AP) - The emir fled to Saudi Arabia on Thursday when Iraqi troops invaded Kuwait.',
     '1990-08-02', [('ASSAULT', ('IRQ',), ('KWT',))]),
    ('ANKARA (Reuters) - Turkey recalled its ambassador from Paris on Thursday after French lawmakers voted to make denial of the Armenian genocide a crime.',
     '2011-12-22', [('SANCTION', ('TUR',), ('FRA',))]),
    ('QUITO (Reuters) - Ecuador broke off relations with Colombia on Monday after Colombian troops raided a FARC camp on Ecuadorean soil.',
     '2008-03-03', [('SANCTION', ('ECU',), ('COL',))]),
    ('NAIROBI (AP) - Kenya closed its border with Somalia on Tuesday when al Shabaab gunmen kidnapped two Spanish aid workers.',
     '2011-10-18', [('ASSAULT', ('al-shabaab',), ('ESP',))]),
    ('ISLAMABAD (Reuters) - Pakistan closed its airspace on Wednesday after Pakistani jets shot down two Indian warplanes over Kashmir.',
     '2019-02-27', [('ASSAULT', ('PAK',), ('IND',))]),
    ('DHAKA (AP) - The army imposed a curfew in Dhaka on Friday after protesters set fire to police stations.',
     '2024-07-19', [('COERCE', ('BGD',), ('BGD',))]),
    ('LIMA (AP) - Shining Path guerrillas blew up power pylons near Lima on Saturday, plunging the capital into darkness, and police arrested 200 suspects.',
     '1992-07-18', [('ASSAULT', ('shining-path',), ('PER',))]),
    ('SRINAGAR (PTI) - Pakistani troops opened fire on Indian posts in Poonch on Tuesday, and the Indian army responded with heavy shelling.',
     '2016-11-01', [('ASSAULT', ('IND',), ('PAK',)), ('ASSAULT', ('PAK',), ('IND',))]),
    ('TRIPOLI (AP) - American warplanes bombed Tripoli and Benghazi on Tuesday, and Libyan gunners fired back at the jets.',
     '1986-04-15', [('ASSAULT', ('LBY',), ('USA',)), ('ASSAULT', ('USA',), ('LBY',))]),
]


def _ids(cases):
    return [s.split(" - ", 1)[-1][:50] for s, _, _ in cases]


@pytest.mark.parametrize("sentence,published,expected", FIXED + KEPT, ids=_ids(FIXED + KEPT))
def test_every_event_of_the_sentence_is_coded(pipeline, sentence, published, expected):
    assert {(t, tuple(a), tuple(r)) for t, a, r in expected} <= told(code(pipeline, sentence, published=published))


# "Fired back" and "hit back" by a leader, a government or a party answer with words: a
# retort, never an armed attack.
RETORTS = [
    ("WASHINGTON (AP) - President Donald Trump fired back at his critics on Monday.", "2019-05-01"),
    ("TEHRAN (AP) - Iran's foreign minister hit back at Washington on Monday.", "2019-05-01"),
    ("LONDON (Reuters) - The Labour leader hit back at the prime minister on Tuesday.", "2019-05-01"),
]


@pytest.mark.parametrize("sentence,published", RETORTS, ids=_ids([(s, p, None) for s, p in RETORTS]))
def test_a_retort_is_no_assault(pipeline, sentence, published):
    assert not [e for e in code(pipeline, sentence, published=published).events if e.event == "ASSAULT"]
