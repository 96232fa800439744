"""One act or several: acts of one type by two forces in one sentence, the second told in
a clause of its own beside the first ("warplanes bombed the city as troops battled the
rebels"), are two events; a rally and the protest it was held for ("held a rally in
Kathmandu to protest against Chinese rule") are one, aimed where its purpose is, not at
the state it took place in. Near misses: a death told with the strike that caused it, a
clause whose subject is a pronoun, a march with a purpose that is no protest."""
from __future__ import annotations

import pytest

from coding import code, ids


def _of(coded, kind):
    return [(ids(e.actor), ids(e.recipient)) for e in coded.events if e.event == kind]


TWO_FORCES = [
    ('1999-06-11', "ADDIS ABABA (Reuters) - Ethiopian warplanes bombed Asmara's airport and Ethiopian "
     'infantry pushed across the border at several points on Friday, the Eritrean government said.',
     'ASSAULT', 'ETH'),
    ('2009-01-06', 'GAZA (AP) - Israeli jets pounded Gaza City on Tuesday as Israeli tanks shelled the '
     'outskirts of Khan Younis.', 'ASSAULT', 'ISR'),
    ('1980-09-28', 'BAGHDAD (UPI) - Iraqi planes bombed the Iranian port of Abadan on Sunday as Iraqi '
     'artillery shelled Khorramshahr.', 'ASSAULT', 'IRQ'),
]


@pytest.mark.parametrize("published,text,kind,actor", TWO_FORCES)
def test_two_forces_two_acts(pipeline, published, text, kind, actor):
    found = [a for a, _ in _of(code(pipeline, text, published), kind) if actor in a]
    assert len(found) == 2, _of(code(pipeline, text, published), kind)


ONE_ACT = [
    ('2004-06-03', 'RAFAH, Gaza Strip (AP) - A Palestinian was killed when Israeli jets bombed his house '
     'in Rafah on Thursday.', 'ASSAULT'),
    ('1985-11-12', 'COLOMBO (Reuters) - Tamil guerrillas attacked an army convoy near Vavuniya on '
     'Tuesday as it crossed a bridge.', 'ASSAULT'),
]


@pytest.mark.parametrize("published,text,kind", ONE_ACT)
def test_one_act_told_with_its_circumstance(pipeline, published, text, kind):
    found = _of(code(pipeline, text, published), kind)
    assert len(found) == 1, found


PURPOSE = [
    ('2008-03-17', 'KATHMANDU (AFP) - Tibetan exiles held a rally in Kathmandu on Monday to protest '
     'against Chinese rule in Tibet.', 'CHN', 'NPL'),
    ('1983-09-05', 'MELBOURNE (AAP) - Hundreds of students held a demonstration in Melbourne on Monday to '
     'protest against the French nuclear tests in the Pacific.', 'FRA', 'AUS'),
]


@pytest.mark.parametrize("published,text,aim,place", PURPOSE)
def test_rally_for_a_protest_is_one_protest(pipeline, published, text, aim, place):
    found = _of(code(pipeline, text, published), "PROTEST")
    assert len(found) == 1 and aim in found[0][1] and place not in found[0][1], found


def test_march_with_a_purpose_that_is_no_protest(pipeline):
    coded = code(pipeline, 'SEOUL (Yonhap) - Thousands of students marched to the Japanese embassy in Seoul '
                 'on Friday to deliver a petition.', '1982-08-06')
    assert len(_of(coded, "PROTEST")) == 1, [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


ORDERED_FORCE = [
    ('1992-08-14', 'TBILISI (Reuters) - President Eduard Shevardnadze ordered troops to disarm the '
     'Abkhaz separatists on Friday.', 'COERCE', 'GEO'),
    ('1989-06-03', 'BEIJING (AP) - Premier Li Peng ordered the army to crush the student protests in '
     'Tiananmen Square on Saturday.', 'COERCE', 'CHN'),
]


@pytest.mark.parametrize("published,text,kind,state", ORDERED_FORCE)
def test_forces_ordered_to_act_tell_the_act_not_a_deployment(pipeline, published, text, kind, state):
    coded = code(pipeline, text, published)
    found = [(e.event, ids(e.actor)) for e in coded.events]
    assert any(k == kind and state in a for k, a in found) and not any(k == "MOBILIZE" for k, _ in found), found


def test_forces_ordered_to_a_place_are_deployed(pipeline):
    coded = code(pipeline, 'MOSCOW (Reuters) - President Boris Yeltsin ordered troops to the Chechen border '
                 'on Thursday.', '1994-12-01')
    assert any(e.event == "MOBILIZE" and "RUS" in ids(e.actor) for e in coded.events), \
        [(e.event, ids(e.actor)) for e in coded.events]
