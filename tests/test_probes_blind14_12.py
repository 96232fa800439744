"""Probes for the phenomena the blind split dev14 showed (session 12), on phrasings written
for these tests (wire style, varied regions and decades): an armed force named by its own
name (ECOMOG, KFOR) that lands or arrives somewhere deploys there, it does not visit; tanks,
guns and jet fighters shipped to a state are military aid.  Near misses: a statesman landing
in a capital still visits; goods shipped by a company are nobody's aid; a "jet fighter" is a
weapon, not a combatant."""
from __future__ import annotations

import pytest

from coding import code, ids

ANY: set[str] = set()

CODED = [
    ('1998-02-14', 'FREETOWN (AFP) - ECOMOG landed in Freetown on Friday, '
     'a spokesman for the West African force said.', 'MOBILIZE', {'ecomog'}, {'SLE'}),
    ('1999-06-20', 'PRISTINA (Reuters) - KFOR arrived in Mitrovica on Sunday after Serb forces withdrew.',
     'MOBILIZE', {'kfor'}, ANY),
    ('1955-10-03', 'CAIRO (AP) - Czechoslovakia shipped tanks and artillery to Egypt last month, '
     'Western diplomats said on Monday.', 'AID', {'CSK'}, {'EGY'}),
    ('1986-04-02', 'LUANDA (Reuters) - Cuba has shipped helicopters and rifles to Angola, '
     'a diplomat said.', 'AID', {'CUB'}, {'AGO'}),
]

NOT_CODED = [
    # a statesman who lands in a capital visits it (CONSULT), he does not deploy
    ('1998-03-10', 'FREETOWN (AFP) - U.N. Secretary-General Kofi Annan landed in Freetown on Tuesday '
     'for talks with President Ahmad Tejan Kabbah.', 'MOBILIZE'),
    # goods a company ships are trade, not aid
    ('2004-09-14', 'ROTTERDAM (Reuters) - A Dutch shipyard shipped two storage tanks to a refinery '
     'in Antwerp on Tuesday.', 'AID'),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", CODED)
def test_coded(pipeline, published, text, kind, actors, recipients):
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in code(pipeline, text, published).events]
    assert any(k == kind and (not actors or set(a) & actors) and (not recipients or set(r) & recipients)
               for k, a, r in found), found


@pytest.mark.parametrize("published,text,kind", NOT_CODED)
def test_not_coded(pipeline, published, text, kind):
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in code(pipeline, text, published).events]
    assert not any(k == kind for k, _, _ in found), found


def test_statesman_landing_is_still_a_visit(pipeline):
    found = [(e.event, ids(e.actor)) for e in code(pipeline, NOT_CODED[0][1], NOT_CODED[0][0]).events]
    assert any(k == "CONSULT" for k, _ in found), found


def test_jet_fighters_are_weapons_not_fighters(pipeline):
    coded = code(pipeline, 'BAGHDAD (AP) - Iraqi jet fighters bombed Iranian oil terminals on Tuesday.', '1986-08-12')
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert any(k == "ASSAULT" and "IRQ" in a and "IRN" in r for k, a, r in found), found
    assert not any(a.id == "fighters" for e in coded.events for a in e.actor), found
