"""Events whose actor is a body the resolver could not place (session 15): a town's court
or police named by a city the tagger took for a people ("an Auckland court", "a Lahore
court"): the town is a place, and its civil organ is its state's.  Each probe gives the
event type an annotator would code and the ids accepted on each side (an empty set accepts
any); near misses must not be coded.  And a body named by a noun of its owner's bodies
(panel, inquiry, commission, committee) with its owner as modifier: "a U.N. inquiry
accused ..." is the U.N.'s act."""
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


BODIES = [
    ('2016-06-08', 'GENEVA (Reuters) - A U.N. commission accused Eritrea on Wednesday of enslaving its own citizens.',
     'ACCUSE', {'un'}, {'ERI'}),
    ('2013-09-11', 'GENEVA (AP) - A U.N. inquiry accused Syrian government forces of war crimes on Wednesday.',
     'ACCUSE', {'un'}, {'SYR'}),
    ('2005-03-14', 'ADDIS ABABA (Reuters) - An African Union inquiry accused Togo of rigging the vote on Monday.',
     'ACCUSE', {'au', 'african-union'}, {'TGO'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", BODIES)
def test_body_is_its_owners(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


NEAR_MISSES = [
    ('1998-04-02', 'NAIROBI (AP) - The inquiry into the bus crash will report in May, officials said on Thursday.', None),
    ('2016-06-08', 'GENEVA (Reuters) - The U.N. panel has eighteen members drawn from Asia, Africa and Europe.', None),
    ('2012-05-03', 'ISLAMABAD (AP) - Lahore police officers played a charity cricket match on Sunday.', None),
    ('1985-11-22', 'WELLINGTON (Reuters) - The Auckland court building was closed for repairs on Friday.', None),
]


@pytest.mark.parametrize("published, text, kind", NEAR_MISSES)
def test_near_miss_is_not_coded(pipeline, published, text, kind):
    coded = code(pipeline, text, published=published)
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert not [f for f in found if kind is None or f[0] == kind], found
