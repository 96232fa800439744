"""Events told in other wire-news constructions than the plain active clause the coder
reads best (sentences written for these tests, varied regions and decades): a possessive
that only dates the act ("Tuesday's bombardment of X by Y"), a possessor that does what a
patient noun names when the noun has its own object ("Britain's expulsion of 23
diplomats"), a threat aimed at a place ("threatened to shell Kharkiv"), and a raid on a
place that killed people (the place's state is the target, not the dead).  Near misses:
a patient noun with no object keeps its possessor as the one it is done to, and a dated
meeting keeps its parties."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

PROBES = [
    # possessive time nouns: the date is no actor; the 'by' phrase or the modifier is
    ('2014-07-09', "GAZA CITY (Reuters) - Tuesday's bombardment of Gaza by Israel killed 20 people.",
     'ASSAULT', {'ISR'}, {'PSE'}),
    ('1986-04-16', "TRIPOLI (AP) - Monday night's bombing of Tripoli by U.S. warplanes killed dozens.",
     'ASSAULT', {'USA'}, {'LBY'}),
    ('1999-03-26', "BELGRADE (AFP) - Wednesday's NATO air strikes on Serbia damaged a power plant.",
     'ASSAULT', {'nato'}, {'SRB', 'YUG'}),
    # the possessor of a patient noun with an object of its own did it
    ('2018-03-15', "LONDON (Reuters) - Britain's expulsion of 23 Russian diplomats angered Moscow.",
     'SANCTION', {'GBR'}, {'RUS'}),
    ('2019-09-27', "TEHRAN (AFP) - Iran's release of a British-flagged tanker was welcomed in London.",
     'RETREAT', {'IRN'}, {'GBR'}),
    ('1985-10-02', "CAIRO (AP) - Egypt's expulsion of three Libyan diplomats was announced on Wednesday.",
     'SANCTION', {'EGY'}, {'LBY'}),
    # a threat aimed at a place: the state the place lies in
    ('2022-03-01', 'MOSCOW (Reuters) - Russia threatened to shell Kharkiv on Tuesday.',
     'THREATEN', {'RUS'}, {'UKR'}),
    ('2014-07-07', 'JERUSALEM (AP) - Israel threatened Gaza with air strikes on Monday.',
     'THREATEN', {'ISR'}, {'PSE'}),
    # a raid on a place killed people: the place's state is its target
    ('2014-07-16', "GAZA CITY (AFP) - Last week's raid on Gaza by Israel killed 20 people.",
     'ASSAULT', {'ISR'}, {'PSE'}),
    ('2015-04-02', 'SANAA (Reuters) - Saudi air strikes on Sanaa killed 19 civilians on Thursday.',
     'ASSAULT', {'SAU'}, {'YEM'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", PROBES)
def test_paraphrase(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


# Kept: a patient noun with no object of its own is done to its possessor; a raid that
# killed a named person with no place named keeps that person as the target.
KEPT = [
    ('2011-09-30', 'SANAA (AP) - A U.S. drone strike killed Anwar al-Awlaki in Yemen on Friday.',
     'ASSAULT', {'USA'}, {'anwar-al-awlaki'}),
    ('2014-07-08', 'TEL AVIV (Reuters) - A Hamas attack on a checkpoint killed two Israeli soldiers.',
     'ASSAULT', {'hamas'}, {'ISR'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", KEPT)
def test_kept(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def test_dated_possessor_is_no_actor(pipeline):
    """'Sunday's protests in Tehran': a day is nobody's act."""
    coded = code(pipeline, "TEHRAN (AFP) - Sunday's protests in Tehran drew thousands of people.", '2009-06-15')
    assert coded.events, "the protests are an event"
    for e in coded.events:
        assert not any('sunday' in i.lower() for i in ids(e.actor) + ids(e.recipient))


def test_patient_possessor_without_object_not_doer(pipeline):
    """'Navalny's arrest' does not make Navalny the one who arrested."""
    coded = code(pipeline, "MOSCOW (Reuters) - Navalny's arrest angered the European Union.", '2021-01-18')
    assert not any('alexei-navalny' in ids(e.actor) or 'navalny' in ids(e.actor) for e in coded.events
                   if e.event == 'COERCE')


def test_threat_to_a_place_not_to_a_peace(pipeline):
    """'threatened the peace of the region': no state is named as the one threatened."""
    coded = code(pipeline, 'ADDIS ABABA (AP) - The fighting threatened the fragile peace of the region.',
                 '1998-06-05')
    assert not any(e.event == 'THREATEN' and ids(e.recipient) for e in coded.events)
