"""Idioms of wire news the coder once left uncoded, written for these tests (varied regions,
decades and outlets): "set X free" (a release), "gave the green light to" (support),
"extended an olive branch to" (an intent to cooperate), "reached out to" (consult),
"stepped up pressure on" (coerce), "declared independence from" (reject), vows of revenge
and retaliation, pledges to lay down arms, and fire "peppered" on a target with the weapon
hung on the object.  Each probe gives the event type and the ids an annotator would accept
for each side; near misses with the same words must stay event-free."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

# Probes the coder already got right before these rows (kept as a guard).
KEPT = [
    ('2003-08-01', 'SEOUL (Yonhap) - North Korea extended an olive branch to South Korea on Friday, proposing talks on reuniting separated families.',
     'AGREE', {'PRK'}, {'KOR'}),
    ('1986-04-15', 'TRIPOLI (AP) - Libya vowed to retaliate against the United States on Tuesday.',
     'ASSAULT', {'LBY'}, {'USA'}),
    ('2020-01-08', 'TEHRAN (AFP) - Iran vowed revenge against the United States on Wednesday.',
     'THREATEN', {'IRN'}, {'USA'}),
    ('1999-09-10', 'MOSCOW (Reuters) - Russia vowed revenge against Chechen rebels on Friday.',
     'THREATEN', {'RUS'}, {'chechnya', 'ichkeria'}),
    ('1998-04-10', 'BELFAST (Reuters) - The IRA pledged to lay down its arms on Friday.',
     'RETREAT', {'ira'}, None),
    ('2016-09-26', 'CARTAGENA (Reuters) - FARC rebels pledged to lay down their weapons under a peace deal with the Colombian government.',
     'RETREAT', {'farc'}, None),
]

# Probes these rows fixed.
FIXED = [
    ('1973-03-14', 'HANOI (AP) - North Vietnam set free 108 American prisoners of war on Wednesday under the Paris peace agreement.',
     'RETREAT', {'VNM'}, {'USA'}),
    ('2007-04-04', 'TEHRAN (Reuters) - Iran set free the 15 British sailors and marines it had seized in the Gulf, President Mahmoud Ahmadinejad said on Wednesday.',
     'RETREAT', {'IRN', 'mahmoud-ahmadinejad'}, {'GBR'}),
    ('1981-01-20', 'ALGIERS (AP) - Iran set the 52 American hostages free on Tuesday minutes after Ronald Reagan took office.',
     'RETREAT', {'IRN'}, {'USA'}),
    ('2015-07-14', 'WASHINGTON (Reuters) - The U.S. Congress gave the green light to new sanctions against Russia on Tuesday.',
     'SUPPORT', {'USA', 'us-congress'}, {'RUS'}),
    ('1994-05-02', 'BRUSSELS (Reuters) - NATO gave the green light to air strikes against Bosnian Serb positions on Monday.',
     'SUPPORT', {'nato'}, {'bosnian-serbs', 'republika-srpska', 'SRB'}),
    ('2021-03-09', 'BERLIN (dpa) - The German government gave the green light on Tuesday to the sale of submarines to Israel.',
     'SUPPORT', {'DEU'}, {'ISR'}),
    ('1994-06-22', 'UNITED NATIONS (Reuters) - The U.N. Security Council gave the go-ahead on Wednesday to a French-led intervention force in Rwanda.',
     'SUPPORT', {'unsc', 'un'}, {'FRA'}),
    ('1983-10-16', 'DAMASCUS (AFP) - Syria held out an olive branch to Jordan on Sunday after years of bitter feuding.',
     'AGREE', {'SYR'}, {'JOR'}),
    ('1977-11-10', 'CAIRO (AP) - Egyptian President Anwar Sadat extended an olive branch to Israel on Wednesday.',
     'AGREE', {'EGY', 'anwar-sadat'}, {'ISR'}),
    ('2018-01-01', 'SEOUL (Reuters) - North Korean leader Kim Jong Un offered an olive branch to Seoul in his New Year address.',
     'AGREE', {'PRK', 'kim-jong-un'}, {'KOR'}),
    ('2009-01-28', 'WASHINGTON (AP) - President Barack Obama reached out to the Muslim world on Tuesday in his first interview as president.',
     'CONSULT', {'USA', 'barack-obama'}, {'muslims'}),
    ('2016-06-30', 'ANKARA (Reuters) - Turkey reached out to Russia on Wednesday to mend ties damaged by the downing of a Russian jet.',
     'CONSULT', {'TUR'}, {'RUS'}),
    ('1992-02-10', 'NEW DELHI (UPI) - India reached out to China on Monday, proposing talks on the disputed border.',
     'CONSULT', {'IND'}, {'CHN'}),
    ('1985-07-24', 'JOHANNESBURG (AP) - The United States stepped up pressure on South Africa on Tuesday to end apartheid.',
     'COERCE', {'USA'}, {'ZAF'}),
    ('2022-03-02', 'BRUSSELS (Reuters) - The European Union stepped up pressure on Russia on Wednesday.',
     'COERCE', {'eu'}, {'RUS'}),
    ('1991-06-25', 'LJUBLJANA (Reuters) - Slovenia declared independence from Yugoslavia on Tuesday.',
     'REJECT', {'SVN'}, {'YUG', 'SRB'}),
    ('2008-02-17', 'PRISTINA (AP) - Kosovo declared independence from Serbia on Sunday.',
     'REJECT', {'XKX'}, {'SRB'}),
    ('1965-11-11', 'SALISBURY (Reuters) - Rhodesia declared independence from Britain on Thursday.',
     'REJECT', {'ZWE'}, {'GBR'}),
    ('2022-04-12', 'KYIV (Reuters) - Russian forces peppered Ukrainian positions with rockets on Tuesday.',
     'ASSAULT', {'RUS'}, {'UKR'}),
    ('1968-02-05', 'SAIGON (AP) - Viet Cong guerrillas peppered the U.S. base with mortar fire on Monday.',
     'ASSAULT', {'viet-cong'}, {'USA'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", KEPT + FIXED)
def test_probe_idiom(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - The traffic light turned green on Tuesday.",
    "ATHENS (Reuters) - An olive branch was painted on the flag.",
    "WASHINGTON (AP) - The climber reached out to the rope on Tuesday.",
    "PARIS (AFP) - Workers stepped up production at the factory on Monday.",
    "NEW YORK (AP) - The band set free concerts for the summer.",
    "DELHI (PTI) - India celebrated its independence day on Sunday.",
    "TEHRAN (Reuters) - Iran set up a free trade zone on the island of Kish in 1993.",
    "LONDON (Reuters) - The referee gave the go-ahead for the match to start.",
])
def test_near_miss_codes_nothing(pipeline, text):
    coded = code(pipeline, text, published="2010-05-01")
    assert not coded.events, [(e.event, e.evidence.text) for e in coded.events]


@pytest.mark.parametrize("published, text, kind, actors, recipients", [
    ('2020-07-14', 'LONDON (Reuters) - Britain took a swipe at China over Hong Kong on Tuesday.',
     'ACCUSE', {'GBR'}, {'CHN'}),
    ('2012-08-17', 'TOKYO (Kyodo) - Japan took a swipe at South Korea over the disputed islands on Friday.',
     'ACCUSE', {'JPN'}, {'KOR'}),
])
def test_over_after_an_object_tells_what_about(pipeline, published, text, kind, actors, recipients):
    # 'over' after a direct object the row does not name (grammar: cause_particles): no
    # "took over Hong Kong", only the swipe
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)
    assert not [e for e in coded.events if e.event == "ASSAULT"], coded.events
