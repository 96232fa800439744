"""Sentences of unseen wire news that tell no political event, or exactly one: markets,
sport, disasters, crime without political actors, elections and procedure, figures of speech,
obituaries, speculation, questions, denials, statistics and anniversaries.  Written for these
tests (not taken from any gold split); each no-event sentence may yield only events marked
hypothetical, negated, disputed or future.  (Acts told in a clause of time, "two decades
after the United States invaded Afghanistan", are left out: annotators code them.)"""
from __future__ import annotations

import pytest

from coding import code

MARKS = {"hypothetical", "negated", "disputed", "future"}

NO_EVENT = [
    ('2008-10-06', 'TOKYO (Reuters) - Japanese shares plunged 4 percent on Monday as fears of a global recession deepened.'),
    ('2022-12-15', 'LONDON (Reuters) - The Bank of England raised interest rates by half a point on Thursday to curb inflation.'),
    ('2008-07-11', 'NEW YORK (AP) - Oil prices hit a record $147 a barrel on Friday.'),
    ('2000-10-24', 'FRANKFURT (Reuters) - The euro fell to a record low against the dollar on Tuesday.'),
    ('2019-02-20', 'SEOUL (Reuters) - Samsung Electronics launched a new foldable smartphone on Wednesday, hoping to regain market share from Apple.'),
    ('2019-10-01', "MUMBAI (Reuters) - India's central bank cut its key lending rate on Tuesday for the fifth time this year."),
    ('2010-04-15', "BEIJING (AFP) - China's economy grew 11.9 percent in the first quarter, official figures showed on Thursday."),
    ('1998-01-23', 'JAKARTA (Reuters) - The rupiah slumped to a record low on Friday as foreign investors fled Indonesian markets.'),
    ('2016-10-20', 'SAO PAULO (Reuters) - Brazilian stocks rallied on Thursday after the central bank cut interest rates for the first time in four years.'),
    ('2020-04-28', 'LONDON (Reuters) - British Airways cut 12,000 jobs on Tuesday, blaming the collapse in air travel.'),
    ('2014-05-19', 'DETROIT (AP) - General Motors recalled 2.4 million vehicles on Monday over faulty seat belts.'),
    ('2013-05-08', 'TOKYO (AP) - Toyota shares jumped 5 percent after the carmaker raised its profit forecast on Wednesday.'),
    ('2018-01-10', 'CARACAS (Reuters) - Inflation in Venezuela soared past 2,600 percent last year, opposition lawmakers said on Wednesday.'),
    ('2020-08-18', "OSLO (Reuters) - Norway's sovereign wealth fund lost $21 billion in the first half as markets tumbled."),
    ('2015-08-24', 'SHANGHAI (Reuters) - Chinese stocks crashed 8.5 percent on Monday, wiping out all their gains for the year.'),
    ('1979-06-28', 'GENEVA (AP) - OPEC raised the price of crude oil by 24 percent on Thursday.'),
    ('2011-08-05', "NEW YORK (Reuters) - Standard & Poor's stripped the United States of its top AAA credit rating on Friday."),
    ('2021-07-10', 'RIO DE JANEIRO (AP) - Argentina beat Brazil 1-0 in the Copa America final at the Maracana on Saturday.'),
    ('2017-01-29', 'MELBOURNE (Reuters) - Roger Federer stormed to victory in the Australian Open final on Sunday, beating Rafael Nadal in five sets.'),
    ('2015-02-14', 'DUBLIN (AFP) - France attacked relentlessly but lost 18-11 to Ireland in the Six Nations on Saturday.'),
    ('2016-01-04', 'MADRID (Reuters) - Real Madrid fired coach Rafael Benitez on Monday after a string of poor results.'),
    ('2021-08-12', 'LONDON (AP) - Chelsea signed Belgian striker Romelu Lukaku from Inter Milan on Thursday for 97.5 million pounds.'),
    ('2022-12-10', 'DOHA (AFP) - Morocco stunned Portugal 1-0 on Saturday to reach the World Cup semi-finals.'),
    ('1978-06-25', 'BUENOS AIRES (AP) - Argentina captured the World Cup on Sunday, defeating the Netherlands 3-1 after extra time.'),
    ('2004-03-13', "LAHORE (AFP) - India's cricketers defeated Pakistan by five runs in Karachi on Saturday."),
    ('1996-08-03', "ATLANTA (AP) - Nigeria's footballers overwhelmed Argentina 3-2 to win the Olympic gold medal on Saturday."),
    ('2008-08-16', 'BEIJING (Reuters) - Usain Bolt smashed the 100 metres world record on Saturday, winning gold in 9.69 seconds.'),
    ('2023-03-19', 'LONDON (Reuters) - Ireland clinched the Six Nations Grand Slam on Saturday with a 29-16 win over England.'),
    ('2010-07-11', 'JOHANNESBURG (Reuters) - Spain conquered the world on Sunday, defeating the Netherlands 1-0 in the World Cup final.'),
    ('2013-11-08', 'MANILA (AP) - A super typhoon slammed into the central Philippines on Friday, killing at least 100 people.'),
    ('2016-02-21', 'DHAKA (Reuters) - A ferry capsized in a river south of Dhaka on Sunday, leaving 70 people missing.'),
    ('2014-05-13', 'SOMA (AP) - An explosion and fire ripped through a coal mine in western Turkey on Tuesday, trapping hundreds of miners underground.'),
    ('2018-07-08', 'OAXACA (AP) - A bus plunged into a ravine in southern Mexico on Sunday, killing 19 passengers.'),
    ('2019-07-01', 'LAGOS (Reuters) - A fuel tanker exploded on a highway outside Lagos on Thursday, killing 12 people.'),
    ('2015-09-17', 'SANTIAGO (Reuters) - A magnitude 8.3 earthquake shook central Chile late on Wednesday, forcing a million people to flee coastal areas.'),
    ('1995-08-20', 'NEW DELHI (Reuters) - Two trains collided in northern India on Sunday, killing more than 300 people.'),
    ('2014-04-18', 'KATHMANDU (AFP) - An avalanche swept the slopes of Mount Everest on Friday, killing 12 Nepali guides.'),
    ('2007-02-05', 'JAKARTA (AP) - Floods drove 340,000 people from their homes in the Indonesian capital on Monday.'),
    ('2013-04-24', 'DHAKA (AP) - A garment factory building collapsed near Dhaka on Wednesday, killing at least 87 workers.'),
    ('2017-09-09', "HAVANA (Reuters) - Hurricane Irma battered Cuba's northern coast on Saturday, tearing roofs off homes."),
    ('1986-04-29', 'MOSCOW (AP) - A reactor at the Chernobyl nuclear plant in Ukraine caught fire on Saturday, releasing radiation over Europe.'),
    ('2009-06-02', 'PARIS (Reuters) - An Air France jet carrying 228 people crashed into the Atlantic on Monday.'),
    ('2023-02-07', 'ANTAKYA (Reuters) - Rescuers pulled survivors from the rubble on Tuesday after two earthquakes devastated southern Turkey and northern Syria.'),
    ('2015-04-07', "LONDON (Reuters) - Thieves stole jewels worth 14 million pounds from a vault in London's Hatton Garden over the Easter weekend."),
    ('2005-08-08', 'FORTALEZA (AP) - Bank robbers escaped with $70 million after tunnelling into a central bank vault in northeastern Brazil.'),
    ('2019-03-12', 'NAPLES (AP) - A man stabbed his neighbour to death in a quarrel over a parking space in Naples on Sunday.'),
    ('2018-05-30', 'MANCHESTER (Reuters) - Two rival gangs fought with knives outside a nightclub in Manchester on Saturday.'),
    ('2010-10-20', 'LONDON (Reuters) - Parliament passed the budget by 320 votes to 290 on Wednesday.'),
    ('2014-05-16', 'NEW DELHI (Reuters) - The opposition Congress party won 44 seats in the lower house, official results showed on Friday.'),
    ('2018-10-14', 'MUNICH (Reuters) - Voters went to the polls in the German state of Bavaria on Sunday.'),
    ('2020-09-14', "TOKYO (Reuters) - Japan's ruling party elected Yoshihide Suga as its new leader on Monday."),
    ('2018-06-19', "OTTAWA (Reuters) - Canada's Senate approved a bill to legalise cannabis on Tuesday."),
    ('2016-05-08', "CANBERRA (AP) - Australia's prime minister called an early election for July 2 on Sunday."),
    ('2013-10-02', "ROME (Reuters) - Italy's prime minister won a confidence vote in the Senate on Wednesday."),
    ('2019-04-28', "MADRID (Reuters) - Spain's Socialists won the general election on Sunday but fell short of a majority."),
    ('2017-05-09', 'SEOUL (Reuters) - South Koreans elected Moon Jae-in as their president on Tuesday.'),
    ('1983-06-09', "LONDON (AP) - Margaret Thatcher's Conservatives swept to a landslide victory in Thursday's general election."),
    ('2019-07-11', "LIMA (Reuters) - Peru's Congress approved a new cabinet on Thursday by 70 votes to 40."),
    ('1994-05-10', "PRETORIA (Reuters) - Nelson Mandela was sworn in as South Africa's first black president on Tuesday."),
    ('2021-05-20', "WELLINGTON (Reuters) - New Zealand's finance minister unveiled a budget on Thursday that raises spending on health."),
    ('2016-10-20', 'COLUMBUS (Reuters) - The two presidential candidates are locked in a bitter battle for votes in Ohio.'),
    ('2018-06-26', 'DETROIT (Reuters) - Ford slammed the brakes on its electric car plans on Wednesday.'),
    ('2017-02-13', "LONDON (Reuters) - A war of words between Britain's two biggest supermarkets escalated on Monday."),
    ('2014-09-09', 'CUPERTINO (Reuters) - Apple launched a new iPhone and a smartwatch on Tuesday.'),
    ('2015-03-03', 'LONDON (Reuters) - Tesco declared war on discount rivals on Tuesday, slashing prices on 1,000 items.'),
    ('2019-10-11', "PARIS (Reuters) - Renault's board fired chief executive Thierry Bollore on Friday."),
    ('2009-11-05', 'NEW YORK (AP) - The Yankees captured their 27th World Series title on Wednesday.'),
    ('2010-05-18', 'FRANKFURT (Reuters) - Investors fled to the safety of German bonds on Monday as the euro came under attack.'),
    ('2019-08-05', 'SEATTLE (AP) - Microsoft unveiled a new operating system on Thursday.'),
    ('2015-05-20', 'GEORGETOWN (AP) - Exxon Mobil struck oil off the coast of Guyana, the company said on Wednesday.'),
    ('2012-03-05', "SEOUL (Reuters) - A price war erupted among South Korea's mobile carriers on Monday."),
    ('2019-04-29', 'LOS ANGELES (Reuters) - The new Avengers film stormed to the top of the box office on its opening weekend.'),
    ('2018-11-12', 'BANGALORE (Reuters) - Indian startups are fighting a losing battle against Amazon and Walmart.'),
    ('2009-12-20', 'TEHRAN (AP) - Grand Ayatollah Hossein Ali Montazeri, who helped lead the 1979 Islamic revolution, died on Saturday at the age of 87.'),
    ('2016-11-26', 'HAVANA (Reuters) - Fidel Castro, who seized power in a 1959 revolution and defied ten U.S. presidents, died on Friday aged 90.'),
    ('2006-12-10', 'SANTIAGO (AP) - Augusto Pinochet, who overthrew Salvador Allende in a 1973 coup, died on Sunday at 91.'),
    ('2006-03-11', 'THE HAGUE (Reuters) - Slobodan Milosevic, who led Serbia through four wars in the 1990s, was found dead in his cell on Saturday.'),
    ('2022-08-30', 'MOSCOW (Reuters) - Mikhail Gorbachev, who ended the Cold War without bloodshed, died on Tuesday at the age of 91.'),
    ('2013-12-05', 'JOHANNESBURG (AP) - Nelson Mandela, who spent 27 years in prison before leading South Africa to democracy, died on Thursday.'),
    ('2004-11-11', "PARIS (Reuters) - Yasser Arafat, who led the Palestinians' struggle against Israel for four decades, died in a Paris hospital on Thursday."),
    ('2012-06-15', "BAGHDAD (Reuters) - Iraq's oil exports have reached their highest level since the 2003 U.S.-led invasion."),
    ('2024-04-10', 'TEHRAN (Reuters) - Iran may be preparing to retaliate against Israel within days, analysts said on Wednesday.'),
    ('2016-01-07', 'SEOUL (Reuters) - A fifth North Korean nuclear test would draw swift sanctions from the Security Council, diplomats said.'),
    ('2021-10-05', 'TAIPEI (Reuters) - A Chinese invasion of Taiwan would be a catastrophe for the region, a think tank concluded on Tuesday.'),
    ('2015-06-10', 'BRUSSELS (Reuters) - EU leaders are likely to extend sanctions on Russia when they meet later this month.'),
    ('2018-03-01', 'WASHINGTON (AP) - Will Beijing retaliate against the new U.S. tariffs on steel?'),
    ('2007-02-12', 'LONDON (Reuters) - Who bombed the pipeline remains a mystery.'),
    ('2008-02-26', 'ANKARA (Reuters) - Turkey denied on Tuesday that its troops had clashed with Iraqi Kurdish forces.'),
    ('2016-09-30', "NEW DELHI (Reuters) - India's army denied on Friday that its soldiers had fired on Pakistani posts in Kashmir."),
    ('2017-12-13', 'NANJING (AP) - China marked the 80th anniversary of the Nanjing massacre on Wednesday.'),
    ('2015-07-11', 'SREBRENICA (Reuters) - Tens of thousands of Bosnians marked the 20th anniversary of the Srebrenica massacre on Saturday.'),
    ('2016-03-14', "GENEVA (Reuters) - More than 270,000 people have been killed in Syria's civil war, the United Nations said on Monday."),
    ('2017-01-12', 'BOGOTA (AP) - Kidnappings in Colombia fell 30 percent last year, the defence ministry said on Thursday.'),
    ('2015-08-06', 'HIROSHIMA (AP) - Japan marked the 70th anniversary of the atomic bombing of Hiroshima on Thursday.'),
    ('2019-01-21', 'MEXICO CITY (Reuters) - Murders in Mexico rose to a record 33,000 last year, government data showed on Monday.'),
    ('1989-06-04', 'HONG KONG (Reuters) - A million people in Hong Kong remembered the victims of the Tiananmen crackdown on the first anniversary.'),
]

ONE_EVENT = [
    ('2019-05-14', 'MOSCOW (Reuters) - Russian President Vladimir Putin plans to visit China next month, the Kremlin said on Tuesday.',
     [("CONSULT", ["RUS"], ["CHN"])]),
    ('2015-03-02', "CAIRO (Reuters) - Egypt's foreign minister held talks with his Sudanese counterpart in Cairo on Sunday.",
     [("CONSULT", ["EGY"], ["SDN"])]),
    ('2014-07-07', 'BEIJING (Reuters) - Chinese President Xi Jinping met German Chancellor Angela Merkel in Beijing on Monday and discussed trade.',
     [("CONSULT", ["CHN", "DEU"], ["CHN", "DEU"])]),
    ('2003-03-20', 'BAGHDAD (Reuters) - U.S. warplanes bombed Baghdad on Thursday as the war to topple Saddam Hussein began, killing dozens of civilians.',
     [("ASSAULT", ["USA"], ["IRQ"])]),
]


@pytest.mark.parametrize("published,sentence", NO_EVENT, ids=[s.split(" - ", 1)[-1][:50] for _, s in NO_EVENT])
def test_no_unmarked_event(pipeline, published, sentence):
    coded = code(pipeline, sentence, published=published)
    unmarked = [(e.event, [a.id for a in e.actor], [r.id for r in e.recipient], e.aux)
                for e in coded.events if not MARKS & set(e.aux)]
    assert unmarked == []


@pytest.mark.parametrize("published,sentence,expected", ONE_EVENT, ids=[s.split(" - ", 1)[-1][:50] for _, s, _ in ONE_EVENT])
def test_exactly_one_event(pipeline, published, sentence, expected):
    coded = code(pipeline, sentence, published=published)
    assert [(e.event, [a.id for a in e.actor], [r.id for r in e.recipient]) for e in coded.events] == expected


def test_a_reported_plan_to_visit_is_coded_as_future(pipeline):
    coded = code(pipeline, "MOSCOW (Reuters) - Russian President Vladimir Putin plans to visit China "
                           "next month, the Kremlin said on Tuesday.", published="2019-05-14")
    assert [e.event for e in coded.events] == ["CONSULT"] and "future" in coded.events[0].aux
