"""Precision on unseen genres: the text wire stories carry around political events.
Background and context clauses, anniversaries and remembrance, analysis, markets, sport,
culture, weather and disasters, court procedure, elections, statistics and tolls, names of
organisations and titles holding event words, plans, and figures of speech ("a war on
drugs", "an offensive against malaria", "a price war").  Written for these tests (not taken
from any gold split).  A no-event sentence may yield only events marked hypothetical,
negated, disputed or future; a one-event sentence must yield exactly the events listed.

FIXED: these failed before the rules they test (grammar: sport_names, contest_words,
winning_verbs, social_ills, fighting_verbs, plea_verdicts, remembrance_nouns,
casualty_verbs, conflict_nouns as subjects, natural_forces, figurative_objects 'war',
control_future 'due'/'schedule', anticipation_verbs; lexicon: 'attack' a proposal).
KEPT: they passed already and guard against new false events.

Left out, as the gold convention codes them or they need more than a word list: acts in
relative clauses about the past ("Crimea, which Russia annexed in 2014": background the gold
treats as optional), resignations and conceded defeats (the gold codes resignations), court
convictions (SANCTION in the gold), regulators' fines of companies, a military parade
(CAMEO 150), "declared war on tax havens", "fighting a war against fake news", "Havel, who
was jailed by the communists, was elected president", "talks are scheduled to resume"
(the noun subject of the control verb), "the book
describes how the Allies bombed Dresden in 1945"."""
from __future__ import annotations

import pytest

from coding import code

MARKS = {"hypothetical", "negated", "disputed", "future"}

NO_EVENT_FIXED = [
    ('2004-04-07', 'KIGALI (AFP) - Rwandans lit candles on Wednesday in memory of the 800,000 people killed in the 1994 genocide.'),
    ('2023-10-06', 'JERUSALEM (AP) - Israelis observed the 50th anniversary of the Yom Kippur War, when Egypt and Syria launched a surprise attack.'),
    ('2020-03-09', 'RIYADH (Reuters) - Saudi Arabia launched a price war on Monday, slashing its crude prices after talks with Russia collapsed.'),
    ('2018-09-09', 'NEW YORK (AP) - Naomi Osaka beat Serena Williams on Saturday to win the U.S. Open.'),
    ('2003-11-22', "SYDNEY (Reuters) - England's rugby team conquered Australia on Saturday to win the World Cup."),
    ('2011-06-06', 'NEW YORK (AP) - Former IMF chief Dominique Strauss-Kahn pleaded not guilty on Monday to charges of sexual assault.'),
    ('2022-10-30', "BRASILIA (Reuters) - Luiz Inacio Lula da Silva narrowly beat Jair Bolsonaro in Sunday's run-off."),
    ('2020-01-02', 'MEXICO CITY (AP) - Drug violence killed more than 34,000 people in Mexico last year, official figures showed.'),
    ('2018-02-15', 'KABUL (Reuters) - The conflict in Afghanistan killed or wounded more than 10,000 civilians last year, the United Nations said on Thursday.'),
    ('2024-02-24', 'KYIV (Reuters) - The war has killed tens of thousands of soldiers on both sides, officials say.'),
    ('2014-01-01', 'BAGHDAD (AP) - Violence in Iraq killed 7,818 civilians in 2013, the deadliest year since 2008, the U.N. said.'),
    ('1971-06-18', 'WASHINGTON (AP) - President Richard Nixon declared a war on drugs on Thursday.'),
    ('2014-09-22', 'NEW YORK (Reuters) - Activists waged a battle against climate change in the streets of Manhattan on Sunday.'),
    ('2019-03-05', "LAGOS (Reuters) - Nigeria's health ministry launched an offensive against malaria on Tuesday."),
    ('2016-04-01', 'BEIJING (Reuters) - The Chinese government stepped up its crackdown on smog.'),
    ('1964-01-08', 'WASHINGTON (AP) - President Lyndon Johnson declared an unconditional war on poverty on Wednesday.'),
    ('2021-01-05', 'NEW DELHI (AP) - India stepped up its battle against the coronavirus on Tuesday with a vaccine drive.'),
    ('1982-03-15', 'MEXICO CITY (AP) - The government declared war on inflation on Monday, freezing prices for 90 days.'),
    ('2007-09-18', 'BRASILIA (Reuters) - Brazil launched an offensive against deforestation in the Amazon on Tuesday.'),
    ('1999-07-01', 'ALGIERS (Reuters) - The insurgency has killed more than 100,000 people since 1992, officials said on Thursday.'),
    ('2017-07-12', 'SANAA (Reuters) - The war in Yemen has killed more than 10,000 people and pushed the country to the brink of famine.'),
    ('2010-04-10', "KATYN (AP) - Poland's president flew to Russia on Saturday for a ceremony in memory of the officers massacred by Soviet secret police in 1940."),
    ('2008-03-12', 'NEW YORK (AP) - The former governor pleaded guilty on Wednesday to two counts of fraud.'),
    ('2019-11-04', 'CANBERRA (Reuters) - Bushfires have destroyed more than 300 homes in New South Wales this season.'),
    ('1999-03-24', 'BELGRADE (Reuters) - Shares of Serbian companies collapsed on Wednesday as investors feared NATO air strikes.'),
    ('2007-03-02', 'KABUL (AP) - Western diplomats expect a Taliban offensive in the spring.'),
    ('1982-06-20', 'PORT STANLEY (AP) - British veterans laid wreaths on Sunday for the soldiers who died in the Falklands war.'),
    ('2021-05-03', 'LONDON (Reuters) - Foreign ministers of the G7 are due to meet in London on Tuesday.'),
    ('2008-12-01', "TOKYO (Reuters) - Japan's economy minister said the country was fighting a recession."),
    ('2016-02-03', 'GENEVA (AFP) - The World Health Organization declared war on the Zika virus on Wednesday.'),
]

NO_EVENT_KEPT = [
    ('2016-08-02', 'KABUL (AP) - Opium production in Afghanistan has doubled since the Taliban were driven from power in 2001, a U.N. report said on Tuesday.'),
    ('2013-03-19', "BAGHDAD (Reuters) - Ten years after U.S. troops invaded Iraq, Baghdad's power grid still fails for hours every day."),
    ('2018-02-24', "SARAJEVO (AFP) - The city's population is still smaller than it was before the siege of the 1990s."),
    ('2014-06-06', 'OUISTREHAM (Reuters) - Veterans gathered on the beaches of Normandy on Friday to mark 70 years since the D-Day landings.'),
    ('2011-09-11', 'NEW YORK (AP) - Families read the names of the dead at Ground Zero on Sunday, ten years after the September 11 attacks.'),
    ('1985-08-06', 'HIROSHIMA (Kyodo) - Tens of thousands of people prayed for peace on Tuesday on the 40th anniversary of the atomic bombing of the city.'),
    ('2019-11-09', 'BERLIN (dpa) - Germany celebrated the 30th anniversary of the fall of the Berlin Wall on Saturday with concerts and fireworks.'),
    ('1975-04-25', 'LISBON (Reuters) - Portugal commemorated the first anniversary of the revolution that toppled the dictatorship on Friday.'),
    ('2020-06-15', "HONG KONG (Reuters) - Analysts say the new security law could anger Beijing's trading partners."),
    ('2017-04-10', 'SEOUL (Yonhap) - Experts warn that a miscalculation on the Korean peninsula could spark a wider war.'),
    ('2022-02-10', 'KYIV (AFP) - Military analysts believe an invasion would require far more troops than Russia has massed so far.'),
    ('2008-09-01', 'LONDON (Reuters) - The conflict in Georgia is a warning that the era of great-power rivalry has returned, a think tank said.'),
    ('2019-05-20', 'WASHINGTON (AP) - Critics argue that the sanctions hurt ordinary Iranians more than the government.'),
    ('2016-06-24', 'LONDON (Reuters) - Sterling came under heavy attack on Friday, falling to a 31-year low against the dollar.'),
    ('1992-09-16', 'LONDON (Reuters) - Speculators launched a fresh attack on the pound on Wednesday, forcing the Bank of England to raise rates twice.'),
    ('2019-08-13', 'SINGAPORE (Reuters) - Gold broke through a key support level on Tuesday as investors took profits.'),
    ('2014-10-16', 'TOKYO (Reuters) - Japanese shares struck a one-year low on Thursday as fears over global growth intensified.'),
    ('2019-07-02', 'BEIJING (Reuters) - The yuan retreated on Tuesday after hitting a two-month high.'),
    ('2015-10-05', 'SYDNEY (Reuters) - The Australian dollar surged to a three-week high on Monday.'),
    ('2023-01-18', 'DAVOS (Reuters) - Business leaders said inflation would remain the main threat to the world economy this year.'),
    ('2010-05-07', 'ATHENS (Reuters) - Greek bonds came under renewed assault on Friday as investors doubted the bailout.'),
    ('2012-09-14', 'FRANKFURT (Reuters) - The central bank pledged to fight inflation with all the tools at its disposal.'),
    ('2008-10-10', 'TOKYO (Reuters) - The Nikkei crashed 9.6 percent on Friday, its biggest fall since the 1987 crash.'),
    ('1990-07-08', 'ROME (AP) - West Germany beat Argentina 1-0 on Sunday to win the World Cup.'),
    ('2012-08-04', "LONDON (Reuters) - Britain's rowers captured two more gold medals on Saturday."),
    ('2019-06-16', 'MANCHESTER (AFP) - India thrashed Pakistan by 89 runs at the Cricket World Cup on Sunday.'),
    ('2006-07-09', 'BERLIN (Reuters) - Italy defeated France on penalties on Sunday to win the World Cup.'),
    ('1974-10-30', 'KINSHASA (AP) - Muhammad Ali knocked out George Foreman in the eighth round on Wednesday to regain the heavyweight title.'),
    ('2021-07-26', "TOKYO (Kyodo) - Japan's judoka struck gold again on Monday."),
    ('2016-07-10', 'PARIS (AFP) - Portugal stunned hosts France in the Euro 2016 final on Sunday.'),
    ('2019-05-25', "CANNES (AFP) - South Korean director Bong Joon-ho won the Palme d'Or on Saturday."),
    ('2016-10-13', 'STOCKHOLM (Reuters) - Bob Dylan was awarded the Nobel Prize in Literature on Thursday.'),
    ('2010-03-08', 'LOS ANGELES (AP) - The Hurt Locker, a film about a bomb squad in Iraq, won the Oscar for best picture on Sunday.'),
    ('1977-08-17', 'MEMPHIS (AP) - Thousands of mourners gathered at Graceland on Wednesday after the death of Elvis Presley.'),
    ('2022-09-19', 'LONDON (Reuters) - Queen Elizabeth was buried at Windsor Castle on Monday.'),
    ('2015-06-11', 'PARIS (AFP) - A new exhibition on the Napoleonic Wars opened at the Louvre on Thursday.'),
    ('2004-12-27', "COLOMBO (Reuters) - The tsunami killed more than 10,000 people along Sri Lanka's coast, officials said on Monday."),
    ('2005-08-30', 'NEW ORLEANS (AP) - Hurricane Katrina swamped New Orleans on Monday, forcing thousands onto rooftops.'),
    ('2019-03-15', 'MAPUTO (Reuters) - Cyclone Idai struck the port city of Beira on Thursday night, cutting power and communications.'),
    ('2010-01-13', 'PORT-AU-PRINCE (AP) - A powerful earthquake devastated the Haitian capital on Tuesday.'),
    ('2022-08-29', 'ISLAMABAD (Reuters) - Monsoon floods have submerged a third of Pakistan, the climate minister said on Monday.'),
    ('1970-11-14', 'DACCA (AP) - A cyclone and tidal wave killed at least 150,000 people in East Pakistan, officials said on Saturday.'),
    ('2021-07-16', 'BERLIN (Reuters) - Floods in western Germany killed at least 100 people, police said on Friday.'),
    ('2018-11-10', 'PARADISE (AP) - A wildfire destroyed the town of Paradise in northern California on Thursday.'),
    ('2011-03-12', 'TOKYO (Kyodo) - A tsunami struck the Fukushima nuclear plant on Friday, knocking out its cooling systems.'),
    ('2019-09-10', 'THE HAGUE (Reuters) - The court adjourned the trial until next month on Tuesday.'),
    ('2002-02-14', 'THE HAGUE (AP) - Slobodan Milosevic cross-examined a prosecution witness on Thursday.'),
    ('2020-01-22', 'WASHINGTON (Reuters) - A former national security adviser testified before the Senate on Wednesday.'),
    ('2016-05-31', 'DAKAR (AFP) - The trial of former Chadian dictator Hissene Habre resumed on Tuesday with closing arguments.'),
    ('1961-04-11', 'JERUSALEM (AP) - The trial of Adolf Eichmann opened in Jerusalem on Tuesday.'),
    ('2019-12-11', 'THE HAGUE (Reuters) - Aung San Suu Kyi sat in the courtroom on Wednesday as lawyers described killings of Rohingya in Myanmar.'),
    ('2015-05-08', "LONDON (Reuters) - The Scottish National Party won 56 of Scotland's 59 seats on Friday."),
    ('2020-11-07', 'WASHINGTON (AP) - Joe Biden won the U.S. presidential election on Saturday.'),
    ('2019-05-23', "NEW DELHI (Reuters) - Narendra Modi's party swept to a second landslide victory on Thursday."),
    ('2017-05-07', "PARIS (Reuters) - Emmanuel Macron defeated Marine Le Pen on Sunday to become France's youngest president."),
    ('1992-04-10', "LONDON (AP) - John Major's Conservatives won a fourth straight election on Thursday."),
    ('2021-09-26', "BERLIN (Reuters) - Germany's Social Democrats narrowly won the federal election on Sunday, an exit poll showed."),
    ('2014-05-25', "KIEV (Reuters) - Petro Poroshenko claimed victory in Ukraine's presidential election on Sunday."),
    ('1960-11-09', 'WASHINGTON (AP) - John F. Kennedy defeated Richard Nixon in one of the closest elections in American history.'),
    ('2018-07-25', "ISLAMABAD (Reuters) - Imran Khan's party took the lead in Pakistan's general election on Wednesday, early results showed."),
    ('2019-10-21', 'OTTAWA (Reuters) - Canadians voted on Monday in a tight election.'),
    ('2023-05-28', "ANKARA (Reuters) - A poll showed Tayyip Erdogan leading his challenger ahead of Sunday's run-off."),
    ('2016-07-27', 'GENEVA (Reuters) - Attacks on hospitals in Syria have risen sharply this year, a medical charity said.'),
    ('1993-06-01', 'SARAJEVO (Reuters) - More than 9,000 people have died in the siege of Sarajevo, city officials said on Tuesday.'),
    ('2009-05-18', 'COLOMBO (AFP) - The 26-year civil war has claimed between 80,000 and 100,000 lives.'),
    ('2019-06-03', "MOSCOW (Interfax) - The Defence Ministry's new headquarters opened to visitors on Monday."),
    ('1991-02-28', 'WASHINGTON (AP) - Operation Desert Storm cost the United States about $61 billion, the Pentagon said on Thursday.'),
    ('1961-03-01', 'WASHINGTON (AP) - President John F. Kennedy created the Peace Corps on Wednesday.'),
    ('1996-04-15', 'CAPE TOWN (Reuters) - The Truth and Reconciliation Commission began its first hearings on Monday in East London.'),
    ('2021-06-21', 'GENEVA (Reuters) - The International Committee of the Red Cross appointed a new president on Monday.'),
    ('2017-09-05', 'KABUL (AP) - The Ministry of Refugees and Repatriation moved to a new building on Tuesday.'),
    ('2009-10-09', 'OSLO (Reuters) - The Nobel Peace Prize committee meets in Oslo on Friday.'),
    ('2000-07-12', 'NEW YORK (Reuters) - The U.N. Department of Peacekeeping Operations named a new chief on Wednesday.'),
    ('2012-03-14', 'LONDON (Reuters) - Amnesty International published its annual report on Wednesday.'),
    ('2018-04-04', 'GENEVA (AFP) - The Organisation for the Prohibition of Chemical Weapons elected a new director on Wednesday.'),
    ('2005-01-20', 'WASHINGTON (AP) - The Department of Homeland Security moved into new offices on Thursday.'),
    ('2022-05-09', 'MOSCOW (AP) - Victory Day celebrations were held across Russia on Monday.'),
    ('2019-02-11', "NAIROBI (Reuters) - Kenya's Minister of Defence fell ill on Monday and was taken to hospital."),
    ('2016-01-20', "ABUJA (Reuters) - Nigeria's Minister of Information celebrated his birthday on Wednesday."),
    ('2020-03-17', 'PARIS (AFP) - Emmanuel Macron said France was at war against the coronavirus.'),
    ('1975-10-08', 'WASHINGTON (AP) - President Gerald Ford launched a campaign to fight inflation on Wednesday.'),
    ('2021-11-01', 'GLASGOW (AFP) - World leaders pledged to fight deforestation on Monday.'),
    ('2022-03-01', "MOSCOW (Reuters) - Russia's central bank intends to keep interest rates high for months."),
    ('2013-01-14', 'BEIJING (Reuters) - Beijing ordered factories to cut output on Monday in a crackdown on pollution.'),
    ('2015-04-25', 'ABUJA (Reuters) - Health workers launched a campaign against polio in northern Nigeria on Saturday.'),
    ('2014-02-23', 'SOCHI (AP) - Canada beat Sweden 3-0 on Sunday to win the Olympic ice hockey gold.'),
    ('1966-07-30', 'LONDON (AP) - England defeated West Germany 4-2 at Wembley on Saturday to win the World Cup.'),
    ('2012-05-06', "PARIS (Reuters) - Francois Hollande defeated Nicolas Sarkozy in Sunday's presidential run-off."),
    ('2018-11-06', 'ATLANTA (AP) - The Republican candidate narrowly beat his Democratic rival in the race for governor.'),
    ('2011-02-28', "DUBLIN (Reuters) - Fine Gael crushed Fianna Fail in Friday's election, final results showed on Monday."),
    ('1995-06-24', 'JOHANNESBURG (AP) - South Africa beat New Zealand in extra time on Saturday to win the Rugby World Cup.'),
    ('2012-01-01', 'DAMASCUS (AFP) - The uprising has claimed more than 5,000 lives, the United Nations said.'),
    ('2005-05-09', 'MOSCOW (AP) - Leaders from 50 countries watched a parade on Red Square on Monday on the 60th anniversary of the defeat of Nazi Germany.'),
    ('2016-07-01', 'THIEPVAL (Reuters) - Britain and France marked the centenary of the Battle of the Somme on Friday.'),
    ('2001-06-04', 'ARUSHA (Reuters) - The judge granted the defence a two-week adjournment on Monday.'),
    ('2023-04-03', 'KAMPALA (AP) - The Ministry of Defence and Veteran Affairs announced a new procurement website on Monday.'),
    ('2004-05-12', 'WASHINGTON (AP) - The Senate Armed Services Committee will hold its next hearing in June.'),
    ('2016-12-05', 'ROME (Reuters) - Bookmakers slashed the odds on an early Italian election on Monday.'),
    ('2010-10-03', 'SEOUL (Yonhap) - Samsung and LG are locked in a price war over flat-screen televisions.'),
    ('1953-06-02', 'LONDON (Reuters) - Crowds lined the streets of London on Tuesday for the coronation of Queen Elizabeth.'),
    ('1969-07-21', 'HOUSTON (AP) - Astronauts Neil Armstrong and Edwin Aldrin walked on the moon on Sunday.'),
    ('2002-10-28', 'BRASILIA (AP) - Luiz Inacio Lula da Silva defeated Jose Serra in the run-off on Sunday.'),
    ('1998-07-12', 'PARIS (AFP) - France thrashed Brazil 3-0 at the Stade de France on Sunday to lift the World Cup.'),
    ('2021-08-08', "TOKYO (Reuters) - Kenya's Eliud Kipchoge retained his Olympic marathon title on Sunday."),
    ('2020-12-31', "LONDON (Reuters) - Britain completed its exit from the European Union's single market on Thursday."),
    ('1983-09-01', 'TOKYO (Kyodo) - Japanese airline stocks fell on Thursday after the loss of a Korean airliner.'),
    ('2016-06-28', 'BRUSSELS (Reuters) - European markets recovered some of their losses on Tuesday after the shock of the Brexit vote.'),
    ('2012-07-30', 'NEW DELHI (Reuters) - A power grid failure left 370 million Indians without electricity on Monday.'),
    ('2018-03-20', "NAIROBI (Reuters) - Kenya's Ministry of Devolution opened a new regional office in Kisumu on Tuesday."),
    ('2014-12-18', 'MOSCOW (Reuters) - The rouble rebounded on Thursday after a week of panic selling.'),
    ('2020-04-20', 'NEW YORK (Reuters) - U.S. oil futures collapsed below zero for the first time on Monday.'),
    ('1994-06-17', "LOS ANGELES (AP) - Police chased O.J. Simpson's white Ford Bronco along a Los Angeles freeway on Friday."),
    ('1957-10-05', 'MOSCOW (AP) - The Soviet Union launched the first artificial satellite into orbit on Friday.'),
    ('2015-01-14', 'PARIS (AFP) - Charlie Hebdo printed five million copies of its first issue since the attack on its offices.'),
    ('2018-02-01', 'DAVOS (Reuters) - Bankers warned of a trade war on Thursday.'),
    ('2019-01-10', 'PARIS (AFP) - The Louvre welcomed a record 10 million visitors last year.'),
    ('2014-07-15', 'RIO DE JANEIRO (AP) - Germany crushed Brazil 7-1 in the semi-final.'),
    ('1986-06-22', 'MEXICO CITY (AP) - Diego Maradona scored twice as Argentina knocked England out of the World Cup on Sunday.'),
    ('2022-07-13', "COLOMBO (Reuters) - The rupee hit a record low as Sri Lanka's economic crisis deepened."),
    ('2017-08-25', 'HOUSTON (AP) - Hurricane Harvey slammed into the Texas coast late on Friday.'),
    ('2023-06-20', "BRUSSELS (Reuters) - Europe's gas prices jumped on Tuesday on fears of supply cuts."),
    ('2010-04-20', 'LONDON (Reuters) - A volcanic ash cloud grounded flights across Europe for a sixth day.'),
    ('2021-02-16', 'AUSTIN (AP) - A winter storm knocked out power to four million Texans on Monday.'),
    ('1965-09-10', 'LONDON (Reuters) - The Beatles topped the charts again this week.'),
    ('2018-08-15', 'GENOA (Reuters) - A motorway bridge collapsed in Genoa on Tuesday, killing 39 people.'),
    ('2019-04-15', 'PARIS (AP) - Fire ravaged Notre-Dame cathedral on Monday, toppling its spire.'),
    ('2016-05-10', 'NEW YORK (Reuters) - A former Goldman Sachs banker was sentenced to three years in prison for insider trading.'),
    ('2017-10-27', 'WASHINGTON (Reuters) - Economists predict the Federal Reserve will raise rates in December.'),
    ('2020-02-28', 'NEW YORK (Reuters) - Wall Street suffered its worst week since the 2008 financial crisis.'),
    ('2012-07-05', 'ALGIERS (AFP) - Algeria unveiled a monument on Monday to the fighters who fell in the war of independence against France.'),
    ('2015-05-11', "MOSCOW (Reuters) - Russia's defence minister laid a wreath on Monday at the grave of soldiers who fell in the war against Nazi Germany."),
    ('2023-02-20', 'BEIJING (Reuters) - Xi Jinping is expected to visit Moscow in the spring, diplomats said.'),
    ('2017-11-02', 'MANILA (AP) - The summit of Southeast Asian leaders will take place in Manila next week.'),
    ('1990-05-10', "LONDON (AP) - 'We shall fight on the beaches,' Winston Churchill told parliament in 1940, a speech Britons still quote."),
    ('2005-10-14', "NEW DELHI (Reuters) - India's Minister for External Affairs fell ill on Friday."),
    ('2011-09-05', 'LONDON (Reuters) - The Peace Corps celebrated its 50th birthday on Monday.'),
    ('2013-08-12', 'WASHINGTON (AP) - Stocks of defence companies rallied on Monday on speculation about a strike on Syria.'),
    ('2020-07-22', 'LONDON (Reuters) - The film, about the 1982 invasion of the Falklands, opens in cinemas next week.'),
    ('1998-06-02', 'LONDON (Reuters) - Spice Girl Geri Halliwell quit the band on Sunday, her lawyer said.'),
    ('2014-04-01', "SEOUL (Reuters) - South Korea's central bank warned that household debt threatens growth."),
    ('2020-11-04', 'WASHINGTON (AP) - Donald Trump claimed victory in the election before all the votes were counted.'),
]

ONE_EVENT_FIXED = [
    ('2015-08-15', "TOKYO (Kyodo) - Japan's prime minister expressed deep remorse for the war on Saturday, the 70th anniversary of Japan's surrender.",
     [('SUPPORT', ['JPN'], [])]),
    ('1987-03-05', 'BONN (Reuters) - West German Chancellor Helmut Kohl attacked the Soviet proposal on Thursday.',
     [('ACCUSE', ['DEU'], ['SUN'])]),
]

ONE_EVENT_KEPT = [
    ('2019-03-18', 'KIEV (Reuters) - Ukraine expelled a Russian diplomat on Monday, the first such expulsion since 2014.',
     [('SANCTION', ['UKR'], ['RUS'])]),
    ('2018-04-27', 'PANMUNJOM (Reuters) - Kim Jong Un met South Korean President Moon Jae-in on Friday, the first such summit since 2007.',
     [('CONSULT', ['PRK'], ['KOR'])]),
    ('2014-06-06', 'BENOUVILLE (AFP) - Vladimir Putin met Petro Poroshenko on Friday at the D-Day commemorations in Normandy.',
     [('CONSULT', ['RUS'], ['petro-poroshenko'])]),
    ('2019-10-10', 'BEIRUT (Reuters) - Turkish warplanes bombed Kurdish-held towns in Syria on Thursday, analysts said the move could anger Washington.',
     [('ASSAULT', ['TUR'], ['SYR'])]),
    ('2014-03-17', 'WASHINGTON (Reuters) - The United States imposed sanctions on seven Russian officials on Monday.',
     [('SANCTION', ['USA'], ['RUS'])]),
    ('2011-03-19', 'PARIS (Reuters) - French warplanes attacked Libyan tanks near Benghazi on Saturday, the first strikes of the intervention.',
     [('ASSAULT', ['FRA'], ['LBY'])]),
    ('1972-02-21', 'BEIJING (AP) - President Richard Nixon arrived in Beijing on Monday, the first visit by a U.S. president to China.',
     [('CONSULT', ['USA'], ['CHN'])]),
    ('2015-11-07', 'SINGAPORE (Reuters) - Xi Jinping and Ma Ying-jeou shook hands in Singapore on Saturday, the first meeting of leaders of China and Taiwan since 1949.',
     [('CONSULT', ['CHN', 'TWN'], ['CHN', 'TWN'])]),
    ('2008-08-08', 'TSKHINVALI (Reuters) - Georgian forces shelled Tskhinvali on Friday as the Beijing Olympics opened.',
     [('ASSAULT', ['GEO'], ['south-ossetia'])]),
]

NO_EVENT = NO_EVENT_FIXED + NO_EVENT_KEPT
ONE_EVENT = ONE_EVENT_FIXED + ONE_EVENT_KEPT


def _name(sentence: str) -> str:
    return sentence.split(" - ", 1)[-1][:50]


@pytest.mark.parametrize("published,sentence", NO_EVENT, ids=[_name(s) for _, s in NO_EVENT])
def test_no_unmarked_event(pipeline, published, sentence):
    coded = code(pipeline, sentence, published=published)
    unmarked = [(e.event, [a.id for a in e.actor], [r.id for r in e.recipient], e.aux)
                for e in coded.events if not MARKS & set(e.aux)]
    assert unmarked == []


@pytest.mark.parametrize("published,sentence,expected", ONE_EVENT, ids=[_name(s) for _, s, _ in ONE_EVENT])
def test_exactly_these_events(pipeline, published, sentence, expected):
    coded = code(pipeline, sentence, published=published)
    assert [(e.event, [a.id for a in e.actor], [r.id for r in e.recipient]) for e in coded.events] == expected
