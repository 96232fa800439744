"""Event types on phrasings written for these tests (wire-news style, varied regions and
decades): acts told one after another in one sentence that are acts of their own (a second
clause with its own force, a hostage-taking told beside a killing, a tensed verb joined to
another), hostages taken "as hostages", and an armed push across a frontier.  Each probe gives the event type an annotator would code and the ids
accepted for each side (an empty set accepts any); an event of that type must name one of
each, and where two acts are told, two events of the type must be coded.  Near misses
(one act told with its outcome, a pronoun's clause, refugees) must not be split or coded."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

# Probes the coder missed or coded as another type before these rules.
FIXED = [
    # hostages taken "as hostages" or "X hostage": an abduction
    ('1973-03-01', 'KHARTOUM (Reuters) - Gunmen seized ten embassy employees as hostages in Khartoum on Thursday.',
     'ASSAULT', ANY, ANY),
    # an armed push across a frontier: an invasion
    ('1969-07-15', 'SAN SALVADOR (AP) - Honduran infantry pushed across the frontier with El Salvador on Tuesday.',
     'ASSAULT', {'HND'}, {'SLV'}),
]

# Two acts of one type told in one sentence: both must be coded (mode of the second given).
TWO_ACTS = [
    # a participle telling a hostage-taking beside the killing
    ('1988-04-22', 'NOUMEA (AFP) - Separatists attacked a police post on the island of Lifou on Friday, '
     'killing two officers and taking 14 others hostage.', 'ASSAULT', 'abduct'),
    ('1972-09-05', 'KHARTOUM (Reuters) - Gunmen burst into the Saudi embassy on Thursday, shot dead a guard '
     'and seized ten employees as hostages.', 'ASSAULT', 'abduct'),
    # a coordinated clause with a force of its own
    ('1961-05-06', 'VIENTIANE (AFP) - Pathet Lao artillery opened up on the Royal Lao Army garrison at Nam Tha '
     'on Saturday evening, and Pathet Lao infantry overran the garrison\'s outpost during the night, the army '
     'command said.', 'ASSAULT', None),
    # a verb tensed by its own auxiliary, joined to another of the same type (a guard:
    # passed before, its two sides differ)
    ('1980-01-05', 'WASHINGTON (AP) - President Carter said the United States was withdrawing its ambassador '
     'from Moscow and would impose a grain embargo on the Soviet Union.', 'SANCTION', 'embargo'),
]

# One act told with its outcome or its means: one event, not two.
ONE_ACT = [
    ('2014-07-20', 'DONETSK (Reuters) - Rebels shelled the airport on Sunday, killing three soldiers and '
     'wounding 12 others.', 'ASSAULT'),
    ('2013-09-22', 'NAIROBI (AP) - Kenyan troops stormed the shopping centre on Sunday to free hostages still '
     'held inside.', 'ASSAULT'),
    ('1993-10-04', 'MOSCOW (AP) - Tanks shelled the parliament building and they set it on fire.', 'ASSAULT'),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED)
def test_probe_event_type(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


@pytest.mark.parametrize("published, text, kind, mode", TWO_ACTS)
def test_two_acts_of_a_type(pipeline, published, text, kind, mode):
    coded = code(pipeline, text, published=published)
    found = [(e.event, e.mode, ids(e.actor), ids(e.recipient)) for e in coded.events]
    of_kind = [f for f in found if f[0] == kind]
    assert len(of_kind) >= 2, found
    assert mode is None or any(f[1] == mode for f in of_kind), found


@pytest.mark.parametrize("published, text, kind", ONE_ACT)
def test_one_act_with_its_outcome(pipeline, published, text, kind):
    coded = code(pipeline, text, published=published)
    found = [(e.event, e.mode, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert len([f for f in found if f[0] == kind]) == 1, found


# Near misses: what these phrasings must not be read as.
NOT_THE_ACT = [
    # refugees crossing a frontier invade nothing
    ('1999-04-02', 'KUKES, Albania (Reuters) - Thousands of Kosovo refugees pushed across the frontier on Friday.',
     'ASSAULT'),
    # holding someone as a guest is no hostage-taking
    ('2001-06-10', 'BANGKOK (AP) - The king received the visiting envoys as guests on Sunday.', 'ASSAULT'),
]


@pytest.mark.parametrize("published, text, kind", NOT_THE_ACT)
def test_near_miss_is_not_the_act(pipeline, published, text, kind):
    coded = code(pipeline, text, published=published)
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert not [f for f in found if kind is None or f[0] == kind], found
