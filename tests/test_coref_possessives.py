"""Phrases that refer back in actor and recipient positions: a possessive "their" (the
speaker, or the pair just named), "its army" after a verb of accusing (another's), "the
country" (the state named last, not the one acting on it), and the forces a state pulls out
(its own, never the recipient) (sentences written for these tests, wire-news style)."""
from __future__ import annotations

from coding import code, ids, only


def test_their_fighters_are_the_speakers_own(pipeline):
    e = only(code(pipeline, "KABUL (Reuters) - Taliban insurgents said on Sunday that their fighters had "
                            "ambushed an Afghan army convoy in Helmand province."), "ASSAULT")
    assert ids(e.actor) == ["taliban"]
    assert ids(e.recipient) == ["AFG"]


def test_their_troops_are_the_pair_just_named(pipeline):
    coded = code(pipeline, "ADDIS ABABA (AFP) - The African Union called on Eritrea and Ethiopia to show "
                           "restraint after their troops clashed along the disputed border.")
    e = only(coded, "ASSAULT")
    assert sorted(ids(e.actor)) == ["ERI", "ETH"]
    assert sorted(ids(e.recipient)) == ["ERI", "ETH"]


def test_its_army_after_accused_is_the_other_states(pipeline):
    e = only(code(pipeline, "UNITED NATIONS (Reuters) - Pakistani Prime Minister Imran Khan urged India on "
                            "Monday to release the Kashmiri leaders it has detained, and accused its army "
                            "of atrocities against civilians."), "ACCUSE")
    assert ids(e.actor) == ["PAK"]
    assert ids(e.recipient) == ["IND"]


def test_the_countrys_army_is_the_state_named_last(pipeline):
    coded = code(pipeline, "DAKAR (AFP) - Senegal closed its border with Gambia on Friday after the "
                           "country's army arrested opposition leader Ousainou Darboe.")
    arrest = [e for e in coded.events if e.event == "COERCE" and ids(e.recipient) == ["ousainou-darboe"]]
    assert len(arrest) == 1
    assert ids(arrest[0].actor) == ["GMB"]


def test_forces_pulled_out_of_the_country_leave_the_state_named_before(pipeline):
    e = only(code(pipeline, "WASHINGTON (Reuters) - Trump sent 500 more soldiers to Syria on Tuesday but set "
                            "June 1 as the deadline for pulling all American forces out of the country."),
             "RETREAT")
    assert ids(e.actor) == ["USA"]
    assert ids(e.recipient) == ["SYR"]


def test_units_defending_a_place_are_described_not_supporting(pipeline):
    coded = code(pipeline, "GROZNY (Reuters) - Chechen units defending the presidential palace beat back a "
                           "Russian armoured column on Saturday.", published="1995-01-07")
    assert [e.event for e in coded.events if e.event == "SUPPORT"] == []
    e = only(coded, "ASSAULT")
    assert ids(e.actor) == ["chechnya"]
    assert ids(e.recipient) == ["RUS"]
