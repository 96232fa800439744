"""Probes written for session 17's blind split (dev24), on phrasings of our own (wire-news
style, varied regions and decades).

The pair of parties a story has just shown acting together: a subject "they" right after a
meeting or deal between two parties ("X and Y met ..., and they agreed"), and "the two men"
beside "the two leaders", stand for both of them; a "they" after one party's act stays that
party's.
Each probe gives the event type and the ids accepted for each side (an empty set accepts
any)."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

PAIR_PROBES = [
    ('1993-06-18', 'MOSCOW (Reuters) - Russian President Boris Yeltsin and Ukrainian President '
     'Leonid Kravchuk held talks outside Moscow on Thursday. They agreed to divide the Black Sea '
     'Fleet.', 'AGREE', {'RUS'}, {'UKR', 'leonid-kravchuk'}),
    ('1995-11-01', 'DAYTON, Ohio (AP) - Croatian and Bosnian leaders met at an air base in Ohio '
     'on Wednesday, and they signed an accord on the return of refugees.', 'AGREE',
     {'HRV'}, {'BIH', 'bosniaks'}),
    ('2018-09-05', 'ASMARA (AFP) - President Isaias Afwerki received Somali President Mohamed '
     'Abdullahi Farmajo on Monday, and the two men signed an accord to restore diplomatic ties.',
     'AGREE', {'ERI'}, {'SOM'}),
]

# Near miss: "they" after one party's act is that party.
PAIR_KEPT = [
    ('2004-03-02', 'KATHMANDU (Reuters) - Maoist rebels attacked a police post in western '
     'Nepal on Tuesday. They later agreed to release six captured policemen.', 'RETREAT',
     {'cpn-maoist', 'maoists', 'maoist-rebels', 'rebels'}, ANY),
]


@pytest.mark.parametrize("day,text,kind,actors,recipients", PAIR_PROBES + PAIR_KEPT)
def test_they_and_the_two_men_are_the_pair(pipeline, day, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, day), kind, actors, recipients)


# Working toward an end both sides seek, under a verb of commitment, is a commitment (AGREE);
# working toward a fix of a mere problem is no event.
WORK_TOWARD = [
    ('1991-12-13', 'SEOUL (AP) - The prime ministers of North and South Korea pledged on Friday '
     'to work toward the peaceful reunification of the peninsula.', 'AGREE', ANY, ANY),
    ('2005-07-14', 'COLOMBO (Reuters) - Sri Lanka and Norway committed on Thursday to work '
     'towards a negotiated settlement with the Tamil Tigers.', 'AGREE', {'LKA'}, ANY),
]


@pytest.mark.parametrize("day,text,kind,actors,recipients", WORK_TOWARD)
def test_pledged_to_work_toward_an_end(pipeline, day, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, day), kind, actors, recipients)


def test_working_toward_a_fix_is_no_event(pipeline):
    coded = code(pipeline, 'LAGOS (Reuters) - Engineers worked toward a solution to the '
                 'power cuts on Monday, the electricity company said.', '2012-02-06')
    assert not [e for e in coded.events if e.event == 'AGREE'], \
        [(e.event, e.actor, e.recipient) for e in coded.events]


# A family name written first, alone after the full name, is that person ("Kim" after "Kim
# Jong Un"); where two persons of that name were named, it stays unresolved.
def test_family_name_after_the_full_name(pipeline):
    coded = code(pipeline, 'PYONGYANG (AP) - North Korean leader Kim Jong Un received Chinese '
                 'President Xi Jinping in Pyongyang on Thursday. Kim praised China for its '
                 'steadfast support.', '2019-06-21')
    assert_codes(coded, 'SUPPORT', {'PRK', 'kim-jong-un'}, {'CHN'})


def test_family_name_of_two_persons_stays_open(pipeline):
    coded = code(pipeline, 'PYONGYANG (AP) - South Korean President Kim Dae-jung met North '
                 'Korean leader Kim Jong-il on Tuesday. Kim praised the North for its '
                 'hospitality.', '2000-06-14')
    praised = [e for e in coded.events if e.event == 'SUPPORT']
    assert not any({'PRK', 'kim-jong-il'} & {a.id for a in e.actor} for e in praised), \
        [(e.event, e.actor, e.recipient) for e in coded.events]
