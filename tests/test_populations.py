"""Groups of people as actors: unnamed collectives the text has named before, possessives
of a reported clause's subject, and rights groups spoken of together (sentences written for
these tests, wire-news style)."""
from __future__ import annotations

from coding import code, ids, only


def test_their_fighters_in_a_reported_clause_are_the_speakers(pipeline):
    e = only(code(pipeline, "ABUJA (Reuters) - Boko Haram militants told reporters on Monday that their "
                            "gunmen had attacked a police station in Kano.", "2012-03-05"), "ASSAULT")
    assert ids(e.actor) == ["boko-haram"] and ids(e.recipient) == ["NGA"]


def test_a_bare_plural_is_the_group_the_text_called_so(pipeline):
    coded = code(pipeline, "MANILA (AFP) - Abu Sayyaf rebels ambushed an army convoy on Jolo island on "
                           "Tuesday, and the army said troops had killed 15 rebels in the fighting that "
                           "followed.", "2012-03-05")
    killed = [e for e in coded.events if e.event == "ASSAULT" and ids(e.actor) == ["PHL"]]
    assert len(killed) == 1 and ids(killed[0].recipient) == ["abu-sayyaf"]


def test_unnamed_rights_groups_are_one_known_actor(pipeline):
    e = only(code(pipeline, "CAIRO (AP) - Rights groups accused Egyptian police of torturing detainees "
                            "in custody.", "2012-03-05"), "ACCUSE")
    assert ids(e.actor) == ["human-rights-groups"] and ids(e.recipient) == ["EGY"]


def test_relatives_of_an_unnamed_group_are_its_people(pipeline):
    e = only(code(pipeline, "WARSAW (AP) - Jailed dockworkers' wives began a hunger strike in a Gdansk "
                            "church on Tuesday.", "1985-06-04"), "PROTEST")
    assert ids(e.actor) == ["POL"] and ids(e.recipient) == ["POL"]
    e = only(code(pipeline, "SANTIAGO (AP) - The wives of striking copper miners marched on the "
                            "presidential palace on Tuesday.", "1985-06-04"), "PROTEST")
    assert ids(e.actor) == ["CHL"] and e.actor[0].sector == "CVL"


def test_unnamed_rebels_are_the_countrys_only_known_armed_group(pipeline):
    e = only(code(pipeline, "KUALA LUMPUR (Reuters) - Six planters were killed on Tuesday when communist "
                            "insurgents attacked a rubber estate in Pahang, police said.", "1950-03-14"),
             "ASSAULT")
    assert ids(e.actor) == ["malayan-communist-party"] and ids(e.recipient) == ["MYS"]


def test_rebels_a_name_qualifies_are_not_the_known_group(pipeline):
    coded = code(pipeline, "DILI (Reuters) - Pro-Indonesian militias burned homes and killed dozens of "
                           "people in East Timor's capital on Wednesday.", "1999-09-01")
    assert all("falintil" not in ids(e.actor) for e in coded.events)
