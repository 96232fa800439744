"""Recall on event constructions the development splits hardly hold: wire-news sentences
written for these tests, one or two clear events each, told by a light verb over an event noun
("staged a raid on", "gave its backing to", "extended an invitation to"), an aspectual verb over
a nominal ("resumed talks with", "suspended gas deliveries to"), a nominal event as subject, "the
decision by X to Y", a subordinate or participial clause ("after X shelled Y", "..., killing"),
coordinated verb phrases sharing a subject, and passives with far or 'get' agents."""
from __future__ import annotations

import pytest

from coding import code, ids

# Constructions the coder missed before these rules; the two Houthi strikes on oil targets
# guard against reading "struck ... oil facilities" as the figure of speech "struck oil".
FIXED = [
    # (published, text, event type, actor ids, recipient ids)
    ("2015-01-01", "MAIDUGURI (AP) - Boko Haram staged an ambush on a Nigerian army convoy.", "ASSAULT", ["boko-haram"], ["NGA"]),
    ("2009-01-07", "KIEV (Reuters) - Russia suspended gas deliveries to Ukraine on Wednesday.", "SANCTION", ["RUS"], ["UKR"]),
    ("2019-09-14", "RIYADH (Reuters) - Yemen's Houthis struck oil installations in Saudi Arabia on Saturday.", "ASSAULT", ["houthis"], ["SAU"]),
    ("1996-01-01", "ALGIERS (AP) - Islamist rebels staged an attack on an Algerian army post.", "ASSAULT", ["islamist-rebels"], ["DZA"]),
    ("2008-03-01", "BOGOTA (AP) - Colombia staged a raid on a FARC camp in Ecuador.", "ASSAULT", ["COL"], ["farc"]),
    ("2014-09-01", "PARIS (AFP) - France gave its backing to Iraq's new government.", "SUPPORT", ["FRA"], ["IRQ"]),
    ("1994-01-01", "MOSCOW (AP) - Russia extended an invitation to NATO for talks.", "REQUEST", ["RUS"], ["nato"]),
    ("2019-09-14", "RIYADH (Reuters) - The Houthis struck Saudi oil facilities, prompting Saudi Arabia to cut output.", "ASSAULT", ["houthis"], ["SAU"]),
    ("2007-01-01", "MOGADISHU (AP) - Ethiopian troops pushed into Mogadishu on Thursday.", "ASSAULT", ["ETH"], ["SOM"]),
    ("2007-01-01", "MOGADISHU (AP) - Ethiopian troops drove out the Islamists from Mogadishu.", "ASSAULT", ["ETH"], ["islamists"]),
    ("1999-06-01", "PRISTINA (AP) - Residents fled as Serbian troops advanced on Pristina.", "ASSAULT", ["SRB"], ["XKX"]),
    ("2014-06-10", "MOSUL (Reuters) - Islamic State fighters advanced into Mosul overnight.", "ASSAULT", ["ISIS"], ["IRQ"]),
    ("2007-01-01", "MOGADISHU (AP) - Ethiopian troops pushed into Mogadishu and drove out the Islamists.", "ASSAULT", ["ETH"], ["SOM"]),
    ("1970-05-01", "PHNOM PENH (AP) - South Vietnamese troops thrust into Cambodia on Friday.", "ASSAULT", ["RVN"], ["KHM"]),
]

# Constructions already coded: kept so that they stay coded.
KEPT = [
    ("2011-03-01", "TRIPOLI (AP) - Libya made an appeal to the United Nations for food aid.", "REQUEST", ["LBY"], ["un"]),
    ("2017-08-09", "SEOUL (Reuters) - The United States issued a warning to North Korea on Wednesday.", "THREATEN", ["USA"], ["PRK"]),
    ("1972-02-21", "BEIJING (AP) - Richard Nixon paid a visit to China on Monday.", "CONSULT", ["USA"], ["CHN"]),
    ("1980-09-22", "BAGHDAD (AP) - Iraq launched an offensive against Iran on Monday.", "ASSAULT", ["IRQ"], ["IRN"]),
    ("2016-07-20", "ANKARA (Reuters) - Turkey carried out arrests of thousands of soldiers.", "COERCE", ["TUR"], ["TUR"]),
    ("2002-01-01", "NEW DELHI (AP) - India lodged a protest with Pakistan over the attack.", "ACCUSE", ["IND"], ["PAK"]),
    ("2015-07-14", "VIENNA (AP) - Iran reached an agreement with the United States on its nuclear program.", "AGREE", ["IRN"], ["USA"]),
    ("2018-01-01", "ADEN (Reuters) - Saudi Arabia provided assistance to Yemen after the floods.", "AID", ["SAU"], ["YEM"]),
    ("2020-01-01", "TEHRAN (AP) - Iran leveled accusations against Israel over the killing.", "ACCUSE", ["IRN"], ["ISR"]),
    ("1990-08-06", "NEW YORK (AP) - The United Nations imposed an embargo on Iraq.", "SANCTION", ["un"], ["IRQ"]),
    ("2006-07-12", "BEIRUT (AP) - Israel mounted an attack on Lebanon on Wednesday.", "ASSAULT", ["ISR"], ["LBN"]),
    ("2001-01-01", "MANILA (AP) - The Philippines held talks with China on the reef.", "CONSULT", ["PHL"], ["CHN"]),
    ("2015-10-01", "DAMASCUS (Reuters) - Russia stepped up its bombardment of Aleppo on Thursday.", "ASSAULT", ["RUS"], ["SYR"]),
    ("2013-01-01", "ISLAMABAD (AP) - Pakistan resumed talks with India on Monday.", "CONSULT", ["PAK"], ["IND"]),
    ("1988-05-15", "KABUL (AP) - The Soviet Union began the withdrawal of its troops from Afghanistan.", "RETREAT", ["SUN"], ["AFG"]),
    ("2019-01-01", "TEHRAN (Reuters) - Iran suspended cooperation with the IAEA.", "SANCTION", ["IRN"], ["iaea"]),
    ("2014-01-01", "KIEV (AP) - Russia continued its shelling of Ukraine's east.", "ASSAULT", ["RUS"], ["UKR"]),
    ("2020-01-01", "WASHINGTON (AP) - The United States expanded its sanctions on Iran.", "SANCTION", ["USA"], ["IRN"]),
    ("2021-01-01", "MOSCOW (Reuters) - Russia completed the withdrawal of its troops from Belarus.", "RETREAT", ["RUS"], ["BLR"]),
    ("1998-08-10", "NAIROBI (AP) - The bombing of the U.S. embassy by al-Qaeda drew condemnation from Kenya.", "ASSAULT", ["al-qaeda"], ["USA"]),
    ("2003-03-21", "BAGHDAD (AP) - The invasion of Iraq by the United States began on Thursday.", "ASSAULT", ["USA"], ["IRQ"]),
    ("2018-05-09", "TEHRAN (Reuters) - Iran condemned the decision by the United States to impose sanctions on Tehran.", "ACCUSE", ["IRN"], ["USA"]),
    ("2017-06-05", "DOHA (Reuters) - Saudi Arabia's decision to cut ties with Qatar shocked the region.", "SANCTION", ["SAU"], ["QAT"]),
    ("2019-01-01", "LONDON (AP) - Britain decided to expel Russian diplomats.", "SANCTION", ["GBR"], ["RUS"]),
    ("2000-10-01", "GAZA (AP) - Violence flared after Israel shelled Gaza on Monday.", "ASSAULT", ["ISR"], ["PSE"]),
    ("2017-01-01", "DOHA (Reuters) - Tensions rose when Saudi Arabia expelled Qatari diplomats.", "SANCTION", ["SAU"], ["QAT"]),
    ("1982-06-06", "BEIRUT (AP) - The fighting began after Israel invaded Lebanon.", "ASSAULT", ["ISR"], ["LBN"]),
    ("2016-01-01", "RIYADH (AP) - The crisis deepened after Saudi Arabia executed a Shiite cleric.", "ASSAULT", ["SAU"], ["shiites"]),
    ("2010-11-23", "SEOUL (AP) - Markets fell after North Korea shelled a South Korean island.", "ASSAULT", ["PRK"], ["KOR"]),
    ("2014-03-01", "KIEV (AP) - Protests spread while Russia massed troops near Ukraine.", "MOBILIZE", ["RUS"], ["UKR"]),
    ("2015-01-01", "KABUL (AP) - The Taliban attacked a police post, killing five officers.", "ASSAULT", ["taliban"], ["AFG"]),
    ("2018-01-01", "MOGADISHU (AP) - Al-Shabaab stormed a hotel in Mogadishu, taking hostages.", "ASSAULT", ["al-shabaab"], ["SOM"]),
    ("2012-01-01", "GAZA (AP) - Hamas fired rockets into Israel, drawing retaliation.", "ASSAULT", ["hamas"], ["ISR"]),
    ("2017-01-01", "PYONGYANG (AP) - North Korea tested a missile, defying the United Nations.", "REJECT", ["PRK"], ["un"]),
    ("2019-01-01", "ANKARA (Reuters) - Turkey condemned the attack and accused Syria of harboring terrorists.", "ACCUSE", ["TUR"], ["SYR"]),
    ("1990-08-02", "KUWAIT CITY (AP) - Iraq invaded Kuwait and seized its oil fields.", "ASSAULT", ["IRQ"], ["KWT"]),
    ("2017-01-01", "WASHINGTON (AP) - The United States criticized Russia and imposed new sanctions on Moscow.", "SANCTION", ["USA"], ["RUS"]),
    ("2020-01-01", "BEIJING (Reuters) - China welcomed the deal and pledged aid to Pakistan.", "AID", ["CHN"], ["PAK"]),
    ("2016-01-01", "MANILA (AP) - The Philippines rejected China's claims and called for talks with Beijing.", "REQUEST", ["PHL"], ["CHN"]),
    ("2021-01-01", "KABUL (AP) - The Taliban seized the city and executed dozens of soldiers.", "ASSAULT", ["taliban"], ["AFG"]),
    ("2018-01-01", "WASHINGTON (Reuters) - U.S. slaps sanctions on Russian oligarchs", "SANCTION", ["USA"], ["RUS"]),
    ("2015-01-01", "ABUJA (AP) - Boko Haram kills dozens in Nigerian village", "ASSAULT", ["boko-haram"], ["NGA"]),
    ("2019-01-01", "LONDON (Reuters) - Two Russian diplomats got expelled by Britain on Monday.", "SANCTION", ["GBR"], ["RUS"]),
    ("2014-01-01", "DONETSK (AP) - The Ukrainian convoy was attacked on Sunday near Donetsk by Russian-backed separatists.", "ASSAULT", ["separatists"], ["UKR"]),
    ("2003-01-01", "BAGHDAD (AP) - Iraq was accused on Monday at the United Nations by the United States of hiding weapons.", "ACCUSE", ["USA"], ["IRQ"]),
    ("2018-01-01", "MOSCOW (AP) - Sanctions were imposed on Russia last week by the European Union.", "SANCTION", ["eu"], ["RUS"]),
    ("2011-01-01", "CAIRO (AP) - Egypt agreed to release Israeli prisoners.", "CONCEDE", ["EGY"], ["ISR"]),
    ("1995-01-01", "SARAJEVO (AP) - NATO carried out air strikes against Bosnian Serb positions.", "ASSAULT", ["nato"], ["republika-srpska"]),
    ("2020-01-01", "BAGHDAD (AP) - Iraq called on Turkey to withdraw its troops.", "REQUEST", ["IRQ"], ["TUR"]),
    ("2008-08-08", "TBILISI (Reuters) - Russia sent tanks into Georgia on Friday.", "MOBILIZE", ["RUS"], ["GEO"]),
    ("1991-01-17", "BAGHDAD (AP) - The United States launched air strikes on Baghdad.", "ASSAULT", ["USA"], ["IRQ"]),
    ("2016-01-01", "WASHINGTON (AP) - The United States gave its endorsement to Colombia's peace plan.", "SUPPORT", ["USA"], ["COL"]),
    ("2016-01-01", "ALEPPO (Reuters) - Rebel-held districts came under heavy bombardment from Russian jets.", "ASSAULT", ["RUS"], []),
    ("2018-01-01", "SEOUL (AP) - North Korea agreed to hold talks with South Korea next week.", "CONSULT", ["PRK"], ["KOR"]),
    ("2015-01-01", "BEIJING (Reuters) - China's foreign ministry lodged a complaint with Japan.", "ACCUSE", ["CHN"], ["JPN"]),
    ("2019-01-01", "CARACAS (AP) - Venezuela broke off diplomatic relations with Colombia.", "SANCTION", ["VEN"], ["COL"]),
    ("2020-01-01", "TEHRAN (AP) - Iran fired ballistic missiles at U.S. bases in Iraq.", "ASSAULT", ["IRN"], ["USA"]),
    ("2012-01-01", "KHARTOUM (Reuters) - Sudanese warplanes bombed South Sudan's Unity state, officials said.", "ASSAULT", ["SDN"], ["SSD"]),
    ("1999-01-01", "DILI (AP) - Indonesia handed over control of East Timor to the United Nations.", "CONCEDE", ["IDN"], ["un"]),
    ("2006-01-01", "KATHMANDU (AP) - Police arrested hundreds of opposition activists in Kathmandu.", "COERCE", ["NPL"], ["NPL"]),
    ("2013-01-01", "BAMAKO (AP) - France sent troops to Mali to fight Islamist militants.", "MOBILIZE", ["FRA"], ["MLI"]),
    ("2008-01-01", "NAIROBI (AP) - Kofi Annan brokered a power-sharing deal between Kenya's rival leaders.", "CONSULT", ["kofi-annan"], ["KEN"]),
    ("2019-01-01", "BEIJING (AP) - China slapped tariffs on $60 billion of U.S. goods.", "SANCTION", ["CHN"], ["USA"]),
    ("2015-01-01", "SANAA (Reuters) - A Saudi-led coalition pounded Houthi positions around Sanaa.", "ASSAULT", ["saudi-led-coalition"], ["houthis"]),
    ("2022-01-01", "KYIV (AP) - Ukraine accused Russia of shelling a nuclear plant.", "ACCUSE", ["UKR"], ["RUS"]),
    ("2012-01-01", "DAMASCUS (AP) - Syria stepped up shelling of Homs on Tuesday.", "ASSAULT", ["SYR"], ["SYR"]),
    ("1991-01-01", "VILNIUS (AP) - Soviet troops cracked down on Lithuanian independence supporters.", "COERCE", ["SUN"], ["LTU"]),
    ("2018-01-01", "ANKARA (AP) - Turkey vowed retaliation against Syria.", "THREATEN", ["TUR"], ["SYR"]),
    ("2001-01-01", "WASHINGTON (AP) - The United States froze the assets of Hamas.", "SANCTION", ["USA"], ["hamas"]),
    ("2010-01-01", "BEIJING (AP) - China summoned the U.S. ambassador over arms sales to Taiwan.", "ACCUSE", ["CHN"], ["USA"]),
    ("2003-01-01", "BAGHDAD (AP) - Iraq allowed U.N. inspectors to visit the site.", "CONCEDE", ["IRQ"], ["un"]),
    ("2019-01-01", "ISLAMABAD (AP) - Pakistan downgraded diplomatic ties with India.", "SANCTION", ["PAK"], ["IND"]),
    ("2016-01-01", "ANKARA (AP) - Turkey shot down a Russian warplane near the Syrian border.", "ASSAULT", ["TUR"], ["RUS"]),
]

PROBES = FIXED + KEPT


@pytest.mark.parametrize("published,text,kind,actors,recipients", PROBES,
                         ids=[p[1][p[1].find(" - ") + 3:][:40] for p in PROBES])
def test_a_construction_codes_its_event(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    found = [(ids(e.actor), ids(e.recipient)) for e in coded.events if e.event == kind]
    assert (actors, recipients) in found, [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


def test_oil_struck_is_still_a_find_not_an_attack(pipeline):
    coded = code(pipeline, "HOUSTON (AP) - Prospectors struck oil in Texas on Monday.", published="1901-01-10")
    assert not [e for e in coded.events if e.event == "ASSAULT"]
