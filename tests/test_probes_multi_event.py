"""Wire-news sentences that each tell two or three events, by different actors or of
different types ("X did A and Y did B", "X did A after Y did B", "X accused Y of A", "X did
A as Y did B", "X condemned Y's A"): the coder must find every one, not only the first, and
must not give one clause's parties to the other's act.  Written for these tests (not taken
from any gold split)."""
from __future__ import annotations

import pytest

from coding import code


def told(coded) -> set[tuple]:
    return {(e.event, tuple(sorted(a.id for a in e.actor)), tuple(sorted(r.id for r in e.recipient)))
            for e in coded.events}


# Each sentence's events, all of which must be coded (other readings may come beside them).
SEVERAL = [
    ('MOSCOW (AP) - Russia expelled two British diplomats and recalled its ambassador from London on Tuesday.',
     [('SANCTION', ('RUS',), ('GBR',))]),
    ('NEW DELHI (AFP) - India expelled a Pakistani diplomat on Friday, a day after Pakistan expelled an Indian embassy official.',
     [('SANCTION', ('IND',), ('PAK',)), ('SANCTION', ('PAK',), ('IND',))]),
    ('BEIJING (Xinhua) - China accused the United States of meddling in its internal affairs on Wednesday.',
     [('ACCUSE', ('CHN',), ('USA',))]),
    ('KABUL (Reuters) - Taliban fighters attacked a police checkpoint in Kandahar on Monday, and Afghan forces launched an offensive in Helmand province.',
     [('ASSAULT', ('AFG',), ('taliban',)), ('ASSAULT', ('taliban',), ('AFG',))]),
    ('KIEV (Reuters) - Ukraine accused Russia of shelling a hospital in Kharkiv on Saturday.',
     [('ACCUSE', ('UKR',), ('RUS',)), ('ASSAULT', ('RUS',), ('UKR',))]),
    ('BAGHDAD (AP) - Iraq, which expelled the Kuwaiti ambassador last week, moved tanks to the border on Tuesday.',
     [('MOBILIZE', ('IRQ',), ('KWT',)), ('SANCTION', ('IRQ',), ('KWT',))]),
    ('TEHRAN (Reuters) - Iran seized a British oil tanker in the Strait of Hormuz on Friday, and Britain warned of serious consequences.',
     [('COERCE', ('IRN',), ('GBR',)), ('THREATEN', ('GBR',), ('IRN',))]),
    ('ISLAMABAD (Reuters) - Pakistan closed its airspace to Indian flights on Wednesday and suspended trade with India.',
     [('SANCTION', ('PAK',), ('IND',))]),
    ('BRUSSELS (Reuters) - NATO condemned the missile test and urged North Korea to return to talks.',
     [('ACCUSE', ('nato',), ('PRK',)), ('REQUEST', ('nato',), ('PRK',))]),
    ("NAIROBI (Reuters) - Al Shabaab militants attacked a Kenyan military base in Somalia on Friday, and Kenyan jets bombed the group's camps in response.",
     [('ASSAULT', ('KEN',), ('al-shabaab',)), ('ASSAULT', ('al-shabaab',), ('KEN',))]),
    ('RIYADH (Reuters) - Saudi Arabia cut diplomatic ties with Qatar on Monday, accusing Doha of supporting terrorism.',
     [('ACCUSE', ('SAU',), ('QAT',)), ('SANCTION', ('SAU',), ('QAT',))]),
    ('ADDIS ABABA (Reuters) - Ethiopia and Eritrea signed a peace agreement on Sunday, and Ethiopia pledged to withdraw its troops from the disputed town of Badme.',
     [('AGREE', ('ERI', 'ETH'), ('ERI', 'ETH')), ('RETREAT', ('ETH',), ('ERI',))]),
    ('HANOI (AFP) - Vietnam accused China of ramming a Vietnamese fishing boat near the Paracel Islands on Sunday.',
     [('ACCUSE', ('VNM',), ('CHN',)), ('ASSAULT', ('CHN',), ('VNM',))]),
    ('BEIRUT (AP) - Hezbollah fired rockets into northern Israel on Sunday, and Israeli artillery shelled villages in southern Lebanon.',
     [('ASSAULT', ('ISR',), ('LBN',)), ('ASSAULT', ('hezbollah',), ('ISR',))]),
    ('CANBERRA (AAP) - Australia suspended defence cooperation with Indonesia on Tuesday in response to the spying row and recalled its ambassador from Jakarta.',
     [('SANCTION', ('AUS',), ('IDN',))]),
    ('LIMA (AP) - Peruvian police arrested 40 protesters on Thursday as thousands of farmers blocked highways in the south.',
     [('COERCE', ('PER',), ('PER',)), ('PROTEST', ('PER',), ('PER',))]),
    ('ANKARA (AFP) - Turkey shot down a Russian warplane near the Syrian border on Tuesday, and Moscow suspended military contacts with Ankara.',
     [('ASSAULT', ('TUR',), ('RUS',)), ('SANCTION', ('RUS',), ('TUR',))]),
    ('WASHINGTON (Reuters) - The United States imposed tariffs on Chinese goods on Friday, and China retaliated with duties on American soybeans.',
     [('SANCTION', ('CHN',), ('USA',)), ('SANCTION', ('USA',), ('CHN',))]),
    ('BUENOS AIRES (AP) - Argentine troops invaded the Falkland Islands on Friday, and Britain broke off diplomatic relations with Argentina.',
     [('ASSAULT', ('ARG',), ('FLK',)), ('SANCTION', ('GBR',), ('ARG',))]),
    ('ABUJA (Reuters) - Nigerian troops killed 30 Boko Haram fighters on Sunday after the militants attacked a military base in Borno state.',
     [('ASSAULT', ('NGA',), ('boko-haram',)), ('ASSAULT', ('boko-haram',), ('NGA',))]),
    ("TRIPOLI (Reuters) - Libyan forces loyal to Khalifa Haftar shelled Tripoli's airport on Saturday, and the United Nations condemned the attack.",
     [('ACCUSE', ('un',), ('khalifa-haftar',)), ('ASSAULT', ('khalifa-haftar',), ('LBY',))]),
    ('YEREVAN (Reuters) - Armenia accused Azerbaijan of shelling border villages on Tuesday.',
     [('ACCUSE', ('ARM',), ('AZE',)), ('ASSAULT', ('AZE',), ('ARM',))]),
    ('MOGADISHU (Reuters) - Al Shabaab fighters stormed a hotel in Mogadishu on Sunday, and Somali special forces killed the attackers.',
     [('ASSAULT', ('SOM',), ('al-shabaab',)), ('ASSAULT', ('al-shabaab',), ('SOM',))]),
    ('ISLAMABAD (AFP) - Pakistan accused India of violating the ceasefire in Kashmir on Monday, a day after Indian troops shelled villages along the Line of Control.',
     [('ACCUSE', ('PAK',), ('IND',)), ('ASSAULT', ('IND',), ('PAK',))]),
    ('MINSK (AFP) - Belarusian riot police detained hundreds of protesters in Minsk on Sunday, and the European Union threatened new sanctions.',
     [('COERCE', ('BLR',), ('BLR',)), ('THREATEN', ('eu',), ('BLR',))]),
]


@pytest.mark.parametrize("sentence,expected", SEVERAL, ids=[s.split(" - ", 1)[-1][:50] for s, _ in SEVERAL])
def test_every_event_of_the_sentence_is_coded(pipeline, sentence, expected):
    assert {tuple([t, tuple(a), tuple(r)]) for t, a, r in expected} <= told(code(pipeline, sentence, published="2020-05-01"))


# Sentences the coder lost an event of, or gave one act's parties to the other: the exact
# set of events each must yield.
EXACT = [
    # a state's air defences are its military
    ("DAMASCUS (AP) - Israeli jets struck an Iranian weapons depot near Damascus on Monday, "
     "and Syria's air defences fired missiles at the Israeli jets.",
     {("ASSAULT", ("ISR",), ("IRN",)), ("ASSAULT", ("SYR",), ("ISR",))}),
    # ramming a boat is an attack; the accused act is coded beside the accusation
    ("HANOI (Reuters) - Vietnam accused Chinese coast guard vessels of ramming a Vietnamese "
     "fishing boat near the Paracel Islands on Sunday.",
     {("ACCUSE", ("VNM",), ("CHN",)), ("ASSAULT", ("CHN",), ("VNM",))}),
    # suspending military contacts, arms sales
    ("ANKARA (AFP) - Turkey shot down a Russian warplane near the Syrian border on Tuesday, "
     "and Moscow suspended military contacts with Ankara.",
     {("ASSAULT", ("TUR",), ("RUS",)), ("SANCTION", ("RUS",), ("TUR",))}),
    ("OTTAWA (Reuters) - Canada suspended arms sales to Saudi Arabia on Thursday after the "
     "killing of journalist Jamal Khashoggi.",
     {("SANCTION", ("CAN",), ("SAU",))}),
    # the United Nations reacting in a clause of its own is not the target of the shelling,
    # and its call for a ceasefire is its own request, not a joint act with Syria
    ("ALEPPO (Reuters) - Syrian government forces shelled rebel-held districts of Aleppo on "
     "Sunday as the United Nations called for a ceasefire.",
     {("ASSAULT", ("SYR",), ("SYR",)), ("REQUEST", ("un",), ("SYR",))}),
    ("TRIPOLI (Reuters) - Libyan forces loyal to Khalifa Haftar shelled Tripoli's airport on "
     "Saturday, and the United Nations condemned the attack.",
     {("ASSAULT", ("khalifa-haftar",), ("LBY",)), ("ACCUSE", ("un",), ("khalifa-haftar",))}),
    # (forces loyal to a warlord are his, not his country's: see test_probes_actors16)
    # ordering an ambassador out is an expulsion
    ("BAMAKO (AFP) - Mali ordered the French ambassador to leave the country on Monday, and "
     "France said it would pull out its troops.",
     {("SANCTION", ("MLI",), ("FRA",)), ("RETREAT", ("FRA",), ("MLI",))}),
    # an event noun's 'of' place is what it was done to, not whoever reacts to it
    ("MOSCOW (Reuters) - Iraq's invasion of Kuwait shocked the Soviet Union.",
     {("ASSAULT", ("IRQ",), ("KWT",))}),
    # a place owned by a possessive state ("Taiwan's air defence zone") names its target
    ("TAIPEI (Reuters) - China flew 30 warplanes into Taiwan's air defence zone on Tuesday, a day "
     "after the Taiwanese president met American lawmakers in California.",
     {("MOBILIZE", ("CHN",), ("TWN",)), ("CONSULT", ("TWN",), ("USA",))}),
]


@pytest.mark.parametrize("sentence,expected", EXACT, ids=[s.split(" - ", 1)[-1][:50] for s, _ in EXACT])
def test_each_event_is_coded_with_its_own_parties(pipeline, sentence, expected):
    assert told(code(pipeline, sentence, published="2020-05-01")) == expected


def test_malta_agrees_while_italy_refuses(pipeline):
    coded = code(pipeline, "VALLETTA (Reuters) - Italy refused to let the charity ship dock on "
                           "Sunday, and Malta agreed to take in the migrants.", published="2019-06-30")
    by_malta = [e.event for e in coded.events if [a.id for a in e.actor] == ["MLT"]]
    assert by_malta == ["AID"]
    assert [e.event for e in coded.events if [a.id for a in e.actor] == ["ITA"]] == ["REJECT"]


def test_a_series_of_acts_of_one_kind_is_one_event_each(pipeline):
    coded = code(pipeline, "MANILA (AP) - President Ferdinand Marcos closed the country's newspapers "
                           "on Saturday, arrested hundreds of opponents and banned all public rallies.",
                 published="1972-09-24")
    coerce = [e for e in coded.events if e.event == "COERCE"]
    assert len(coerce) == 3
    assert len({e.evidence.sentence for e in coerce}) == 1
    assert all([a.id for a in e.actor] == ["PHL"] for e in coerce)  # the president in office


def test_an_outcome_told_by_participles_stays_one_assault(pipeline):
    coded = code(pipeline, "KABUL (Reuters) - Taliban fighters attacked a police post in Ghazni on "
                           "Sunday, killing nine policemen and wounding four.", published="2019-06-30")
    assert [e.event for e in coded.events] == ["ASSAULT"]
