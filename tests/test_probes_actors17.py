"""Probes for source actors that were dropped or misread (session 17): people named by a
role no sector word covers ("army majors", "war veterans", "reservists", "opposition
deputies"), a state's Catholic bishops as the Church's, and unions and parties the
knowledge base lacked; an attack a group claims in a later sentence. Sentences written for
these tests, wire-news style."""
from __future__ import annotations

from coding import assert_codes, code


def test_a_group_of_army_captains_seizing_power_is_their_state(pipeline):
    coded = code(pipeline, "FREETOWN (Reuters) - A group of army captains seized power in Sierra Leone "
                           "on Wednesday and detained President Joseph Momoh.", "1992-04-30")
    assert_codes(coded, "COERCE", ["SLE"])


def test_war_veterans_occupying_farms_are_the_states_people(pipeline):
    coded = code(pipeline, "HARARE (AP) - Self-styled war veterans occupied dozens of white-owned farms "
                           "in Mashonaland on Tuesday.", "2000-03-14")
    assert_codes(coded, "COERCE", ["ZWE"])


def test_reservists_threatening_are_their_state(pipeline):
    coded = code(pipeline, "JERUSALEM (Reuters) - Thousands of Israelis marched to the Knesset on Monday, "
                           "and air force reservists threatened to stop volunteering for duty.",
                 "2023-07-24")
    assert_codes(coded, "THREATEN", ["ISR"])


def test_opposition_deputies_denouncing_are_coded(pipeline):
    coded = code(pipeline, "LIMA (Reuters) - Opposition deputies accused President Alberto Fujimori on "
                           "Friday of planning to rig the election.", "2000-03-10")
    assert_codes(coded, "ACCUSE", ["PER"])


def test_a_states_catholic_bishops_are_the_church(pipeline):
    coded = code(pipeline, "NAIROBI (Reuters) - Kenya's Catholic bishops accused President Daniel arap Moi "
                           "on Sunday of stirring up ethnic violence in the Rift Valley.", "1992-03-22")
    assert_codes(coded, "ACCUSE", ["catholic-church"])


def test_the_soviet_writers_union_is_an_actor(pipeline):
    coded = code(pipeline, "MOSCOW (AP) - The Soviet Writers' Union on Thursday demanded that Norway "
                           "withdraw its invitation to the exiled poet.", "1974-03-14")
    assert_codes(coded, "REQUEST", ["soviet-writers-union"], ["NOR"])


def test_the_rmt_union_is_an_actor(pipeline):
    coded = code(pipeline, "LONDON (Reuters) - The RMT union called a 48-hour strike on the London "
                           "Underground on Monday over job cuts.", "2014-02-03")
    assert_codes(coded, "PROTEST", ["rmt"])


def test_the_kenya_african_union_is_an_actor(pipeline):
    coded = code(pipeline, "NAIROBI (Reuters) - Police raided the offices of the Kenya African Union on "
                           "Tuesday and arrested three of its officials.", "1952-10-28")
    assert any(a.id == "kenya-african-union" for a in coded.actors)


def test_a_bare_claim_of_responsibility_names_the_bombers(pipeline):
    coded = code(pipeline, "KABUL (Reuters) - A car bomb killed 14 policemen outside the Interior Ministry "
                           "in Kabul on Tuesday. The Taliban claimed responsibility.", "2017-03-07")
    assert_codes(coded, "ASSAULT", ["taliban"], ["AFG"])
    assert "claimed" in next(e for e in coded.events if e.event == "ASSAULT").aux


def test_gunmen_whose_attack_a_group_claims_are_that_group(pipeline):
    coded = code(pipeline, "NAIROBI (AP) - Gunmen stormed a university campus in Garissa on Thursday, "
                           "killing 147 students. The Somali militant group al-Shabab claimed "
                           "responsibility.", "2015-04-02")
    assert_codes(coded, "ASSAULT", ["al-shabaab"])


def test_the_united_auto_workers_strike_is_the_unions(pipeline):
    coded = code(pipeline, "DETROIT (AP) - Members of the United Auto Workers walked off the job at Ford "
                           "plants in Michigan on Friday after contract talks collapsed.", "2023-09-15")
    assert_codes(coded, "PROTEST", ["uaw"])


def test_samsung_and_vodafone_are_companies_the_base_knows(pipeline):
    coded = code(pipeline, "SEOUL (Reuters) - Samsung Electronics and Vodafone Group signed a network "
                           "equipment deal on Tuesday.", "2021-06-08")
    assert {"samsung", "vodafone"} <= {a.id for a in coded.actors}
