"""Recipients named by a former capital, a place after the act's object, the owner of a
motorcade, and the one known party beside a name the knowledge base lacks (sentences
written for these tests, wire-news style)."""
from __future__ import annotations

from coding import code, ids, only


def test_a_former_capital_stands_for_its_state(pipeline):
    e = only(code(pipeline, "COTONOU (AFP) - Benin appealed to Lagos on Tuesday to reopen the border "
                            "crossings.", published="1984-05-08"), "REQUEST")
    assert ids(e.actor) == ["BEN"]
    assert ids(e.recipient) == ["NGA"]


def test_a_city_after_the_missiles_fired_names_the_target_state(pipeline):
    coded = code(pipeline, "BEIRUT (AFP) - Hezbollah fired a salvo of missiles at Haifa and Nahariya on "
                           "Sunday and Israeli jets struck villages in southern Lebanon, killing five "
                           "people, officials in Beirut said.")
    fired = [e for e in coded.events if e.event == "ASSAULT" and ids(e.actor) == ["hezbollah"]]
    assert len(fired) == 1
    assert ids(fired[0].recipient) == ["ISR"]


def test_protesters_who_spat_on_a_motorcade_target_its_owner(pipeline):
    e = only(code(pipeline, "LIMA (AP) - Hundreds of student demonstrators stoned and spat on Secretary "
                            "of State Dean Rusk's motorcade in Lima on Friday.", published="1965-03-12"),
             "PROTEST")
    assert ids(e.actor) == ["PER"]
    assert ids(e.recipient) == ["dean-rusk"]


def test_an_unknown_name_does_not_hide_the_one_known_counterpart(pipeline):
    e = only(code(pipeline, "NEW DELHI (Reuters) - India has sent more soldiers and artillery to Sikkim "
                            "after Chinese troops set up camps on its side of the Line of Actual Control, "
                            "defence officials said on Friday."), "MOBILIZE")
    assert ids(e.actor) == ["IND"]
    assert ids(e.recipient) == ["CHN"]
