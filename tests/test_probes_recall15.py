"""Events the coder used to miss entirely (session 15, recall): a verb the tagger splits at
its hyphen ("counter-attacked", "co-operate"), a person sent into exile ("flew him into
exile"), a people expelled en masse (a deportation, not a diplomatic expulsion), a court
or police force named by its town ("a Karachi court", "an Istanbul court"), an inquiry opened
into someone ("put under investigation"), an act named the other's revenge, a barrage of
shells or rockets, a boycott or strike told as what a crowd did something in ("stayed off
the buses in a boycott"), and an offensive the tagger reads as an adjective ("an air and
ground offensive").  Wire-style sentences written for these tests (varied regions and
decades).  Near misses (one who flies into exile of his own accord, diplomats expelled, a
barrage of criticism, police firing on students in a protest, remarks called offensive, the
perpetrator's own act called revenge) must not be coded as the act they resemble;
each near miss also names the event the sentence does tell, so that it cannot pass on
empty output."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

FIXED = [
    ('1992-05-14', 'SARAJEVO (Reuters) - Serb gunners shelled the old town on Thursday, and '
                   'Bosnian government troops counter-attacked with mortars.',
     'ASSAULT', {'BIH'}, ANY),
    ('1969-03-15', 'MOSCOW (Tass) - Chinese soldiers crossed onto Damansky Island on Saturday, '
                   'and Soviet border guards counter-attacked at dawn.',
     'ASSAULT', {'SUN', 'RUS'}, ANY),
    ('1996-08-20', 'NAIROBI (AP) - Kenya and Tanzania agreed on Tuesday to co-operate against '
                   'cattle rustlers along their border.',
     'COOPERATE', {'KEN', 'TZA'}, {'KEN', 'TZA'}),
    ('1989-06-07', 'SOFIA (Reuters) - Bulgaria expelled hundreds of ethnic Turks on Wednesday.',
     'COERCE', {'BGR'}, ANY),
    ('1983-01-18', 'LAGOS (AP) - Nigeria expelled thousands of Ghanaians on Monday.',
     'COERCE', {'NGA'}, ANY),
    ('2002-07-15', 'WASHINGTON (AP) - A Karachi anti-terrorism court sentenced a British-born '
                   'militant to death on Monday.',
     'SANCTION', {'PAK'}, ANY),
    ('2016-06-21', 'BRUSSELS (AFP) - An Istanbul court jailed three academics on Tuesday.',
     'COERCE', {'TUR'}, ANY),
    ('2004-03-02', 'MADRID (EFE) - Colombian prosecutors put a retired general under '
                   'investigation for the massacre on Monday.',
     'ACCUSE', {'COL'}, ANY),
    ('1995-11-12', 'COLOMBO (Reuters) - Sri Lankan troops launched an artillery barrage on rebel '
                   'positions near Jaffna on Sunday.',
     'ASSAULT', {'LKA'}, ANY),
    # a crowd's act told as what those who did something did it in
    ('1976-06-14', 'SOWETO (Reuters) - Most black pupils stayed away from school on Monday in a '
                   'boycott of classes taught in Afrikaans.',
     'PROTEST', {'ZAF'}, ANY),
    ('2012-01-09', 'LAGOS (AP) - Nigerian bus drivers stayed off the roads on Monday in a strike '
                   'over fuel prices.',
     'PROTEST', {'NGA'}, ANY),
    # an offensive the tagger read as an adjective of "air"
    ('2021-11-04', 'ADDIS ABABA (Reuters) - Ethiopia launched an air and ground offensive against '
                   'rebel forces in the north on Thursday.',
     'ASSAULT', {'ETH'}, ANY),
    # another's act named its revenge
    ('2021-09-06', 'MINSK (Reuters) - A Belarusian court jailed opposition leader Maria Kolesnikova '
                   "for 11 years on Monday. Kolesnikova called the verdict the regime's revenge for "
                   'the protests.',
     'ACCUSE', {'maria-kolesnikova'}, ANY),
]

# (published, text, the act of the probe): an exile someone else imposes, with its
# deportation cameo (the arrest or seizure beside it is COERCE too)
EXILED = [
    ('1989-02-03', "ASUNCION (AP) - Paraguay's army arrested President Alfredo Stroessner on "
                   'Friday and flew him into exile in Brazil.', {'PRY'}),
    ('1971-01-26', 'KAMPALA (Reuters) - Ugandan soldiers seized the president at the airport on '
                   'Monday and sent him into exile.', {'UGA'}),
]

NOT_THE_ACT = [
    # (published, text, the act not told, an act the sentence does tell)
    ('1994-10-13', 'PORT-AU-PRINCE (AP) - General Raoul Cedras resigned on Monday and flew into '
                   'exile in Panama.', 'deport', 'CONCEDE'),
    ('1988-09-14', 'SOFIA (Reuters) - Bulgaria expelled two Turkish diplomats on Wednesday.',
     'COERCE', 'SANCTION'),
    ('2011-02-09', 'LONDON (Reuters) - Opposition lawmakers attacked the budget on Wednesday, and '
                   'the minister faced a barrage of criticism.', 'ASSAULT', 'ACCUSE'),
    ('1989-11-20', 'CARACAS (AP) - Police fired on students on Monday in a protest near the '
                   'university.', 'PROTEST', 'ASSAULT'),
    ('2015-03-03', "LONDON (Reuters) - Opposition leaders called the minister's remarks offensive "
                   'and demanded an apology from the prime minister.', 'ASSAULT', 'REQUEST'),
    ('2013-09-22', "NAIROBI (AP) - Somalia's al Shabaab militants said their fighters had carried "
                   "out the assault on the mall, calling it revenge for Kenya's incursion into "
                   'Somalia.', 'ACCUSE', 'ASSAULT'),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED)
def test_probe_recall(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


@pytest.mark.parametrize("published, text, actors", EXILED)
def test_sent_into_exile_is_a_deportation(pipeline, published, text, actors):
    coded = code(pipeline, text, published=published)
    found = [(e.event, e.mode, ids(e.actor)) for e in coded.events]
    assert any(event == "COERCE" and mode == "deport" and set(a) & actors
               for event, mode, a in found), found


@pytest.mark.parametrize("published, text, absent, present", NOT_THE_ACT)
def test_near_miss_is_not_the_act(pipeline, published, text, absent, present):
    coded = code(pipeline, text, published=published)
    found = [(e.event, e.mode, ids(e.actor)) for e in coded.events]
    assert any(event == present for event, _, _ in found), found
    assert not any(absent in (event, mode) for event, mode, _ in found), found
