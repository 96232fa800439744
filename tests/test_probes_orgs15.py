"""Events whose actor is a body the resolver could not place (session 15): a town's court
or police named by a city the tagger took for a people ("an Auckland court", "a Lahore
court"): the town is a place, and its civil organ is its state's.  Each probe gives the
event type an annotator would code and the ids accepted on each side (an empty set accepts
any); near misses must not be coded."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

TOWN_ORGANS = [
    ('1985-11-22', 'WELLINGTON (Reuters) - An Auckland court sentenced two French agents to ten years in prison on Friday.',
     'SANCTION', {'NZL'}, {'FRA'}),
    ('2012-05-03', 'ISLAMABAD (AP) - A Lahore court sentenced a British businessman to seven years in prison on Thursday.',
     'SANCTION', {'PAK'}, {'GBR'}),
]
# Already coded before this rule (a city the tagger calls a place): kept as a guard.
KEPT = [
    ('1994-02-10', 'LAGOS (Reuters) - A Kano court sentenced two Ghanaian traders to death on Thursday.',
     'SANCTION', {'NGA'}, {'GHA'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", TOWN_ORGANS + KEPT)
def test_town_organ_is_its_state(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


NEAR_MISSES = [
    ('2012-05-03', 'ISLAMABAD (AP) - Lahore police officers played a charity cricket match on Sunday.', None),
    ('1985-11-22', 'WELLINGTON (Reuters) - The Auckland court building was closed for repairs on Friday.', None),
]


@pytest.mark.parametrize("published, text, kind", NEAR_MISSES)
def test_near_miss_is_not_coded(pipeline, published, text, kind):
    coded = code(pipeline, text, published=published)
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert not [f for f in found if kind is None or f[0] == kind], found
