"""Who acts, on phrasings written for these tests (wire-news style, varied regions and
decades): a legislature named "Congress" without its state, fighters or opponents named by
a faith ("Muslim separatists") or by a nationality ("Tajik rebels", "the Belarusian
opposition"), "Marines" that the parser takes for a people, and Bosnia's Muslims named
with the adjective ("Bosnian Muslim forces").
Each probe gives the event type an annotator would code and the ids accepted for each side
(an empty set accepts any). Near misses must still be coded, but keep the actor they had:
a party called Congress, a faith's own leaders, a people's guerrillas, a state's troops."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

# Probes the coder got wrong before these rules.
FIXED = [
    # bare "Congress": the legislature of the state the story names, not an unknown party
    ('2015-09-01', "GUATEMALA CITY (AP) - Guatemala's Congress voted on Tuesday to strip "
                   "President Otto Perez Molina of his immunity from prosecution.",
     'COERCE', {'GTM'}, ANY),
    ('1978-05-04', 'WASHINGTON (AP) - Congress imposed an arms embargo on Turkey on Thursday.',
     'SANCTION', {'USA', 'us-congress'}, {'TUR'}),
    ('2000-11-21', 'LIMA (Reuters) - Peruvian President Alberto Fujimori resigned, and Congress '
                   'rejected his resignation on Tuesday.',
     'REJECT', {'PER'}, ANY),
    ('1973-06-27', 'MONTEVIDEO (AP) - President Juan Maria Bordaberry dissolved Congress on '
                   'Wednesday with the backing of the armed forces.',
     'COERCE', {'URY'}, {'URY'}),
    # a faith's name before fighters: a group of their own, not the world's Muslims
    ('1972-05-01', 'MANILA (AP) - Muslim separatists ambushed an army patrol on the southern '
                   'island of Mindanao on Monday.',
     'ASSAULT', {'muslim-separatists'}, {'PHL'}),
    ('1981-10-06', 'CAIRO (AP) - Muslim extremists assassinated President Anwar Sadat on Tuesday.',
     'ASSAULT', {'muslim-extremists'}, ANY),
    # a nationality before rebels or the opposition: not the state they fight or oppose
    ('1996-09-01', 'DUSHANBE (Reuters) - Tajik rebels shelled the town of Tavildara on Sunday.',
     'ASSAULT', {'tajik-rebels'}, {'TJK'}),
    ('1986-01-20', 'KAMPALA (Reuters) - Ugandan rebels captured the capital on Saturday.',
     'ASSAULT', {'ugandan-rebels'}, {'UGA'}),
    ('2011-12-05', 'MINSK (AP) - The Belarusian opposition accused President Alexander Lukashenko '
                   'of rigging the election on Monday.',
     'ACCUSE', {'belarusian-opposition'}, {'BLR', 'alexander-lukashenko'}),
    # "Marines" tagged as a people by the parser: a sector's name, the force of the state
    # named before it, not an unknown population
    ('1989-12-20', 'PANAMA CITY (AP) - United States Marines invaded Panama on Wednesday.',
     'ASSAULT', {'USA'}, {'PAN'}),
    ('1958-07-15', 'BEIRUT (AP) - American Marines landed on the beaches south of Beirut on Tuesday.',
     'ASSAULT', {'USA'}, {'LBN'}),
    # "Bosnian Muslim" (the adjective): the Bosniaks, not the world's Muslims
    ('1993-04-20', 'MOSTAR (Reuters) - Bosnian Muslim forces attacked Croat positions near '
                   'Mostar on Tuesday.',
     'ASSAULT', {'bosniaks'}, ANY),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED)
def test_probe_actor(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


# Near misses: the event is coded, with the actor it had before these rules, never ``wrong``.
KEEPS_ITS_ACTOR = [
    ('2004-03-01', 'NEW DELHI (Reuters) - The Congress party accused the government of rigging '
                   'the vote on Monday.',
     'ACCUSE', {'inc'}, {'IND'}),
    ('1990-03-01', 'SRINAGAR (AP) - Muslim leaders condemned the curfew imposed by Indian troops '
                   'on Monday.',
     'ACCUSE', {'muslims'}, {'muslim-leaders'}),
    ('1984-07-01', 'COLOMBO (Reuters) - Tamil guerrillas ambushed an army convoy in the north on '
                   'Sunday.',
     'ASSAULT', {'tamils'}, {'tamil-guerrillas'}),
    ('2012-02-04', 'HOMS (Reuters) - Syrian troops shelled rebel-held districts of Homs on Saturday.',
     'ASSAULT', {'SYR'}, {'syrian-troops'}),
    ('2000-03-01', 'TBILISI (AP) - Georgian troops attacked rebel positions on Wednesday.',
     'ASSAULT', {'GEO'}, {'georgian-troops'}),
    # abroad as at home, a nationality's rebels are a group of their own (sectors.yaml
    # groups), not the state they fight; "fighters" are any side's and keep their state
    ('1980-06-01', 'ISLAMABAD (AP) - Afghan rebels shot down a Soviet helicopter on Sunday.',
     'ASSAULT', {'afghan-rebels'}, {'AFG'}),
    ('2003-03-23', 'NASIRIYAH, Iraq (AP) - Iraqi fighters ambushed a U.S. supply convoy on Sunday.',
     'ASSAULT', {'IRQ'}, {'iraqi-fighters'}),
]


@pytest.mark.parametrize("published, text, kind, actors, wrong", KEEPS_ITS_ACTOR)
def test_near_miss_keeps_its_actor(pipeline, published, text, kind, actors, wrong):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors)
    assert not [e for e in coded.events if e.event == kind and set(ids(e.actor)) & wrong]
