"""Refusals and their scope (session 15).  A refusal, failure, vow or plan reaches only the
infinitive it governs: a finite verb coordinated with it ("refused to resign and expelled two
diplomats") reports an act that happened, even when the small parser hangs it on the
infinitive.  Near misses: an infinitive coordinated under the refusal ("refused to disarm or
to attack") stays negated."""
from __future__ import annotations

import pytest

from coding import code, ids

ANY: set[str] = set()


def _found(coded):
    return [(e.event, ids(e.actor), ids(e.recipient), tuple(e.aux)) for e in coded.events]


# A finite verb joined to a control verb's clause is an act in its own right.
DONE = [
    ('1998-03-06', 'LIMA (Reuters) - Peru\'s president refused to resign and expelled two Chilean diplomats on Friday.',
     'SANCTION', {'PER'}, {'CHL'}),
    ('1974-05-10', 'NICOSIA (AP) - The junta refused to step down and arrested three Greek Cypriot opposition leaders.',
     'COERCE', ANY, ANY),
    ('2009-11-02', 'TEGUCIGALPA (AFP) - The army declined to intervene and expelled the Venezuelan ambassador on Monday.',
     'SANCTION', ANY, {'VEN'}),
    ('1983-09-14', 'KHARTOUM (Reuters) - The rebels failed to take the town and shelled army posts around it on Sunday.',
     'ASSAULT', ANY, ANY),
    ('2004-02-17', 'ALGIERS (AP) - The guerrillas planned to disarm and attacked an army convoy on Tuesday.',
     'ASSAULT', ANY, ANY),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", DONE)
def test_coordinated_act_is_not_in_the_refusal(pipeline, published, text, kind, actors, recipients):
    found = _found(code(pipeline, text, published=published))
    assert any(event == kind and not {"negated", "future", "hypothetical"} & set(aux)
               and (not actors or set(a) & actors) and (not recipients or set(r) & recipients)
               for event, a, r, aux in found), found


# Near misses: what is refused (an infinitive, coordinated or not) stays negated.
REFUSED = [
    ('1998-03-06', 'LIMA (Reuters) - Peru\'s president refused to resign or to expel the Chilean diplomats.', 'SANCTION'),
    ('1974-05-10', 'NICOSIA (AP) - The junta refused to free or to arrest the Greek Cypriot opposition leaders.', 'COERCE'),
    ('1983-09-14', 'KHARTOUM (Reuters) - The rebels refused to shell the town on Sunday.', 'ASSAULT'),
    ('2009-11-02', 'TEGUCIGALPA (AFP) - The army declined to expel the Venezuelan ambassador on Monday.', 'SANCTION'),
]


@pytest.mark.parametrize("published, text, kind", REFUSED)
def test_refused_act_stays_negated(pipeline, published, text, kind):
    found = _found(code(pipeline, text, published=published))
    assert not [f for f in found if f[0] == kind and "negated" not in f[3]], found


# A truce declared over is ended, not agreed: "declared the ceasefire over" (resultative
# 'over' on 'declare'); a truce declared over a holiday is still a truce.
def test_truce_declared_over_is_no_concession(pipeline):
    found = _found(code(pipeline, 'COLOMBO (AP) - Tamil Tiger rebels declared the 2002 ceasefire over on Sunday.',
                        published='2008-01-20'))
    assert any(f[0] == "REJECT" and "ltte" in f[1] for f in found), found
    assert not [f for f in found if f[0] == "CONCEDE"], found


@pytest.mark.parametrize("published, text", [
    ('2018-06-15', 'KABUL (AP) - The Taliban declared a three-day ceasefire over the Eid holiday.'),
    ('1995-12-24', 'SARAJEVO (Reuters) - Bosnian Serb forces declared a truce over Christmas.'),
])
def test_truce_over_a_holiday_is_still_a_truce(pipeline, published, text):
    found = _found(code(pipeline, text, published=published))
    assert any(f[0] == "CONCEDE" for f in found), found
    assert not [f for f in found if f[0] == "REJECT"], found
