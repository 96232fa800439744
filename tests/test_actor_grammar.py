"""Who acts, from the grammar of the sentence: constructions of wire copy whose actor is
named outside the plain subject (sentences written for these tests)."""
from __future__ import annotations

from coding import code, ids, only


def test_leader_before_led_in_one_token(pipeline):
    """'U.S.-led' is one token: the leader named before '-led' acts."""
    e = only(code(pipeline, "U.S.-led jets bombed Islamic State positions near Mosul on Friday."), "ASSAULT")
    assert ids(e.actor) == ["USA"]


def test_state_adjective_on_fire(pipeline):
    """'Israeli artillery fire killed ...': the state whose fire it was acts."""
    e = only(code(pipeline, "Israeli artillery fire killed four Lebanese soldiers near the border on Friday."),
             "ASSAULT")
    assert ids(e.actor) == ["ISR"]


def test_crowd_led_by_an_opposition_leader(pipeline):
    """'supporters led by X', X out of office: X's crowd, not his state, and still a crowd."""
    e = only(code(pipeline, "Opposition supporters led by Mikheil Saakashvili stormed the state television "
                            "building in Tbilisi on Friday.", "2003-11-14"), "PROTEST")
    assert ids(e.actor) == ["mikheil-saakashvili"]


def test_fighters_loyal_to_a_former_president(pipeline):
    """'forces loyal to former President X': his men, not the state he no longer runs."""
    e = only(code(pipeline, "Forces loyal to former President Laurent Gbagbo attacked a police station in "
                            "Abidjan on Monday.", "2012-08-06"), "ASSAULT")
    assert ids(e.actor) == ["laurent-gbagbo"]


def test_unnamed_police_of_the_place_in_their_own_clause(pipeline):
    """'police arrested him in a village east of Dakar': the police of their own clause's
    place, not of a place another clause names first ('a court in Paris')."""
    e = only(code(pipeline, "DAKAR (Reuters) - Senegal flew the suspect to a court in Paris on Friday, three "
                            "days after police arrested him in a village east of Dakar."), "COERCE")
    assert ids(e.actor) == ["SEN"]


def test_act_inside_a_role_or_a_charge(pipeline):
    """'his role in the massacre of ...', 'charged with murder over the killing of ...':
    the possessor of the role, or the one charged, did it."""
    e = only(code(pipeline, "A Rwandan court jailed militia leader Jean Bosco Kanyarengwe for life on "
                            "Tuesday for his role in the massacre of Tutsi refugees in 1994."), "ASSAULT")
    assert ids(e.actor) == ["jean-bosco-kanyarengwe"]
    e = only(code(pipeline, "Militia commander Pierre Ndayisaba was charged with murder over the killing of "
                            "12 farmers near Goma."), "ASSAULT")
    assert ids(e.actor) == ["pierre-ndayisaba"]
