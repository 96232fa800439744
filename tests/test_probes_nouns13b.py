"""Event nouns whose doer is not beside the noun: a ceasefire or truce "between" two
parties where the small parser hangs the first party on the second as a modifier
("between Sri Lanka's government and Tamil Tiger rebels"), and a killing noun whose "by"
phrase the parser hung deep inside the patient's phrase, on the place where the victims
were ("the massacre of refugees hiding in a school at Murambi by Hutu militiamen").  Near
misses: a "by" that is a participle's own agent ("a church built by missionaries") and a
massacre only feared."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

PROBES = [
    ('1998-04-30', "ARAWA (Reuters) - A permanent ceasefire between Papua New Guinea's government "
     "and secessionist rebels on Bougainville took effect on Thursday.",
     'CONCEDE', {'PNG', 'bougainville-revolutionary-army'}, {'PNG', 'bougainville-revolutionary-army'}),
    ('2011-12-02', "SANAA (Reuters) - A truce between Yemen's government and Houthi rebels in the north "
     "took hold on Thursday.",
     'CONCEDE', {'YEM', 'houthis'}, {'YEM', 'houthis'}),
    ('1994-04-25', "KIGALI (Reuters) - The massacre of dozens of refugees hiding in a school at Murambi "
     "by Hutu militiamen was confirmed on Monday.",
     'ASSAULT', {'interahamwe', 'hutu', 'hutu-militias'}, {'RWA', 'tutsi'}),
    ('1999-01-17', "FREETOWN (AFP) - The killing of 20 villagers hiding in a mosque near Kono by RUF "
     "rebels was confirmed on Sunday.",
     'ASSAULT', {'ruf', 'revolutionary-united-front'}, {'SLE'}),
]

# Coded before these rules too (the parties resolve on the second conjunct): kept as a guard.
KEPT = [
    ('2006-08-26', "JUBA (AFP) - A truce between Uganda's government and Lord's Resistance Army rebels "
     "took hold on Monday.",
     'CONCEDE', {'UGA', 'lords-resistance-army'}, {'UGA', 'lords-resistance-army'}),
    ('2002-02-23', "COLOMBO (Reuters) - A ceasefire between Sri Lanka's government and Tamil Tiger rebels "
     "came into force on Friday.",
     'CONCEDE', {'LKA', 'ltte'}, {'LKA', 'ltte'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", PROBES + KEPT)
def test_noun_finds_its_doer(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


NEAR_MISSES = [
    ('1999-09-10', "DILI (AP) - Villagers gathered in a church built by Portuguese missionaries "
     "on Friday.", 'ASSAULT'),
    ('2001-05-14', "BOGOTA (AFP) - Fears of a massacre of villagers in a church by paramilitaries "
     "grew on Monday.", 'ASSAULT'),
    ('1995-07-03', "SARAJEVO (Reuters) - Talk of a ceasefire between Bosnia's government and "
     "Bosnian Serb forces faded on Monday.", 'CONCEDE'),
]


@pytest.mark.parametrize("published,text,kind", NEAR_MISSES)
def test_noun_not_coded(pipeline, published, text, kind):
    coded = code(pipeline, text, published)
    assert not [e for e in coded.events if e.event == kind], [(e.event, e.evidence.text) for e in coded.events]


def test_participle_agent_is_not_the_killer(pipeline):
    """'killed ... in a church built by missionaries': the builders did not kill."""
    coded = code(pipeline, "DILI (AP) - The killing of villagers in a church built by Portuguese "
                 "missionaries was confirmed on Friday.", '1999-09-10')
    assert not [e for e in coded.events if e.event == 'ASSAULT' and any(
        a.id == 'PRT' for a in e.actor)], [(e.event, [a.id for a in e.actor]) for e in coded.events]
