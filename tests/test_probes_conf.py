"""Conflict-side CAMEO sweep (roots 09-20), wire sentences written for these tests: military
exercises one state holds alone (a show of force, CAMEO 150, not cooperation), forces deployed
told in the passive with no agent ("Russian troops were deployed to Syria"), hostages taken by
civilians (an abduction, not a riot), gas and poison as weapons, supplies cut, newspapers taken
over, convoys blocked, the internet suspended, a blockade imposed (COERCE, CAMEO 191, as the
gold codes it), inquiries into crimes, proceedings launched, a demand told in the bare
subjunctive ("insisted that the army withdraw") and a threat brandished.  Each probe gives the type an
annotator would code and the ids accepted on each side (an empty set accepts any).  Near misses
(an oil output cut, a company takeover, an industrial gas leak, firefighters deployed, a club's
training drills) must not be coded as the act they resemble."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

# Coded only since this sweep.
FIXED = [
    # exercises one state holds alone: a show of force
    ('2017-08-28', 'SEOUL (Yonhap) - North Korea conducted military drills on Monday.',
     'MOBILIZE', {'PRK'}, ANY),
    ('1995-07-21', 'TAIPEI (Reuters) - China held large-scale military drills near Taiwan on Friday.',
     'MOBILIZE', {'CHN'}, {'TWN'}),
    ('2022-08-04', 'TAIPEI (Reuters) - China conducted live-fire exercises in the Taiwan Strait on Thursday.',
     'MOBILIZE', {'CHN'}, {'TWN'}),
    ('1983-03-01', 'MOSCOW (TASS) - The Soviet Northern Fleet held naval exercises in the Barents Sea.',
     'MOBILIZE', {'SUN'}, ANY),
    ('1996-03-08', 'TAIPEI (AP) - China conducted missile exercises off the coast of Taiwan.',
     'MOBILIZE', {'CHN'}, {'TWN'}),
    # forces deployed, told in the passive with no agent
    ('2015-09-20', 'MOSCOW (Reuters) - Russian troops were deployed to Syria in September.',
     'MOBILIZE', {'RUS'}, {'SYR'}),
    ('2009-06-20', 'TEHRAN (Reuters) - Riot police were deployed in Tehran after the disputed vote.',
     'MOBILIZE', {'IRN'}, ANY),
    ('2020-05-29', 'WASHINGTON (AP) - National Guard troops were deployed to Minneapolis on Friday.',
     'MOBILIZE', {'USA'}, ANY),
    ('2019-08-05', 'SRINAGAR (Reuters) - Thousands of Indian paramilitary troops were deployed in Kashmir.',
     'MOBILIZE', {'IND'}, ANY),
    ('1990-08-08', 'WASHINGTON (AP) - American paratroopers were flown to Saudi Arabia on Wednesday.',
     'MOBILIZE', {'USA'}, {'SAU'}),
    # hostages taken by civilians: an abduction, not a riot
    ('1979-11-04', 'TEHRAN (AP) - Iranian students stormed the U.S. embassy and took 66 Americans hostage.',
     'ASSAULT', {'IRN'}, {'USA'}),
    ('1985-06-14', 'BEIRUT (AP) - Lebanese Shiite villagers took two French aid workers hostage.',
     'ASSAULT', {'LBN'}, {'FRA'}),
    # gas and poison as weapons
    ('1988-03-16', 'HALABJA (Reuters) - Iraqi forces used chemical weapons against Kurds in Halabja.',
     'ASSAULT', {'IRQ'}, ANY),
    ('1995-03-20', 'TOKYO (Kyodo) - Aum Shinrikyo released sarin gas on the Tokyo subway.',
     'ASSAULT', {'aum-shinrikyo'}, {'JPN'}),
    ('2018-04-08', 'DAMASCUS (Reuters) - Syrian government forces used chlorine gas against rebels in Douma.',
     'ASSAULT', {'SYR'}, ANY),
    # supplies cut, media taken over, convoys blocked, the internet suspended, a blockade
    ('1990-04-18', 'VILNIUS (Reuters) - Moscow cut oil supplies to Lithuania.',
     'SANCTION', {'RUS', 'SUN'}, {'LTU'}),
    ('2009-01-07', 'KIEV (Reuters) - Russia cut gas deliveries to Ukraine on Wednesday.',
     'SANCTION', {'RUS'}, {'UKR'}),
    ('2016-03-05', 'ANKARA (Reuters) - Turkish authorities took over the Zaman newspaper.',
     'COERCE', {'TUR'}, ANY),
    ('2019-02-23', 'CARACAS (AP) - Venezuela blocked aid convoys at the Colombian border.',
     'COERCE', {'VEN'}, ANY),
    ('2019-08-05', 'NEW DELHI (Reuters) - Authorities suspended mobile internet in Kashmir.',
     'COERCE', {'IND'}, ANY),
    ('1962-10-22', 'WASHINGTON (AP) - The United States imposed a naval blockade on Cuba.',
     'COERCE', {'USA'}, {'CUB'}),
    # a demand told in the bare subjunctive ("insisted that X withdraw"); a threat brandished
    ('1991-07-01', 'ZAGREB (Reuters) - Croatia insisted that federal troops withdraw from its territory.',
     'REQUEST', {'HRV'}, ANY),
    ('2003-05-01', 'PYONGYANG (AP) - North Korea insisted that Washington sign a non-aggression treaty first.',
     'REQUEST', {'PRK'}, {'USA'}),
    ('1961-07-01', 'MOSCOW (AP) - Khrushchev brandished the threat of nuclear retaliation against the West.',
     'THREATEN', {'SUN', 'nikita-khrushchev'}, {'the-west'}),
    # a rampage, proceedings, an inquiry, state troopers
    ('2008-11-26', 'MUMBAI (Reuters) - Gunmen went on a shooting rampage in Mumbai.',
     'ASSAULT', ANY, {'IND'}),
    ('2017-12-20', 'BRUSSELS (Reuters) - The European Commission launched proceedings against Poland.',
     'ACCUSE', {'eu', 'european-commission'}, {'POL'}),
    ('2013-01-01', 'GENEVA (AP) - The United Nations looked into alleged war crimes in Sri Lanka.',
     'ACCUSE', {'un'}, ANY),
    ('1965-03-07', 'SELMA (AP) - Civil rights marchers were attacked by state troopers on the Edmund Pettus bridge.',
     'ASSAULT', {'USA'}, ANY),
]

# Coded before (kept as guards): war games read as a show of force already; joint exercises
# stay cooperation.
KEPT = [
    ('2012-02-01', "TEHRAN (AP) - Iran's Revolutionary Guards conducted war games near the Strait of Hormuz.",
     'MOBILIZE', {'IRN'}, ANY),
    ('2015-05-01', 'BEIJING (Xinhua) - China held military drills with Russia on Monday.',
     'COOPERATE', {'CHN'}, {'RUS'}),
    ('2016-03-07', 'SEOUL (Yonhap) - The United States and South Korea held joint exercises on Monday.',
     'COOPERATE', {'KOR', 'USA'}, {'KOR', 'USA'}),
    ('2015-08-20', 'VLADIVOSTOK (TASS) - China and Russia held naval exercises in the Sea of Japan.',
     'COOPERATE', {'CHN', 'RUS'}, {'CHN', 'RUS'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED + KEPT)
def test_conflict_probe(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


# Near misses: no event (None), or not the event of the type given.
NOT_THE_ACT = [
    ('2019-01-01', 'RIYADH (Reuters) - Saudi Arabia cut oil output by a million barrels a day.', None),
    # a producer cutting its exports to the market sanctions no one (only a cut "to" someone does)
    ('1986-08-01', 'RIYADH (Reuters) - Saudi Arabia cut oil exports by a third in August, the kingdom\'s oil minister said.', None),
    ('1986-08-01', 'TEHRAN (Reuters) - Iran cut its crude shipments by 400,000 barrels a day.', None),
    ('2006-10-09', 'SAN FRANCISCO (Reuters) - Google took over YouTube for 1.65 billion dollars.', None),
    ('1984-12-03', 'BHOPAL (AP) - The pesticide plant released toxic gas over the city.', None),
    ('2019-01-01', 'SYDNEY (AP) - Firefighters were deployed to the blaze on Tuesday.', None),
    ('1995-12-20', 'SARAJEVO (Reuters) - NATO peacekeepers were deployed in Bosnia.', 'MOBILIZE'),
    ('2019-01-01', 'LONDON (Reuters) - Students took over the school cafeteria on Friday.', None),
    ('2019-01-01', 'PARIS (AFP) - The club conducted training drills on Monday.', None),
    ('2006-01-01', 'TEHRAN (Reuters) - Iran insisted that its nuclear programme was peaceful.', None),
    # what is demanded is not told as done
    ('1991-07-01', 'ZAGREB (Reuters) - Croatia insisted that federal troops withdraw from its territory.', 'RETREAT'),
    ('2003-05-01', 'PYONGYANG (AP) - North Korea insisted that Washington sign a non-aggression treaty first.', 'AGREE'),
]


@pytest.mark.parametrize("published, text, kind", NOT_THE_ACT)
def test_near_miss_is_not_the_act(pipeline, published, text, kind):
    coded = code(pipeline, text, published=published)
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert not [f for f in found if kind is None or f[0] == kind], found
