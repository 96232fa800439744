"""Events the coder must not code: acts that a sentence mentions without telling them
(purposes, background, conditions, duplicates), each with a twin that must be coded.
Sentences written for these tests, in wire-news style."""
from __future__ import annotations

from coding import code, ids, only


def _types(coded):
    return [e.event for e in coded.events]


# -- a clause of purpose is an intention, not an act -----------------------------------
def test_crushing_a_mutiny_one_helps_with_is_a_purpose(pipeline):
    coded = code(pipeline, "Senegal sent 600 soldiers to Guinea-Bissau on Tuesday to help "
                           "President Joao Vieira crush an army mutiny.")
    assert ids(only(coded, "AID").recipient) == ["GNB"]
    assert not [t for t in _types(coded) if t in ("ASSAULT", "COERCE")]


def test_quelling_riots_inside_a_request_is_a_purpose(pipeline):
    coded = code(pipeline, "Senegal asked France on Monday to send paratroopers to help quell riots in Dakar.")
    assert ids(only(coded, "REQUEST").recipient) == ["FRA"]
    assert "COERCE" not in _types(coded)


def test_quelling_riots_told_as_done_is_coded(pipeline):
    e = only(code(pipeline, "French paratroopers quelled riots in Dakar on Monday."), "COERCE")
    assert ids(e.actor) == ["FRA"]


# -- an act named as a condition or a goal is not told as done --------------------------
def test_a_raid_named_as_the_condition_of_a_threat_is_not_coded(pipeline):
    coded = code(pipeline, "Ankara warned that it would recall its ambassador from Vienna if Austrian "
                           "police raided the Turkish cultural centre.")
    assert ids(only(coded, "THREATEN").actor) == ["TUR"]
    assert "ASSAULT" not in _types(coded)


def test_the_raid_told_as_done_is_coded(pipeline):
    e = only(code(pipeline, "Austrian police raided the Turkish cultural centre in Vienna on Tuesday."), "ASSAULT")
    assert ids(e.actor) == ["AUT"]


def test_a_resignation_named_as_a_vowed_goal_is_not_coded(pipeline):
    coded = code(pipeline, "Hundreds of Kenyan students occupied the education ministry in Nairobi on Monday, "
                           "vowing to stay until Education Minister George Saitoti resigned.")
    assert "PROTEST" in _types(coded)
    assert "CONCEDE" not in _types(coded)


def test_a_resignation_told_as_done_is_coded(pipeline):
    e = only(code(pipeline, "Kenya's education minister George Saitoti resigned on Monday."), "CONCEDE")
    assert ids(e.actor) == ["george-saitoti"]


# -- a participle telling the outcome of an act is the same act ---------------------------
def test_killing_told_as_the_outcome_of_a_bombing_is_one_assault(pipeline):
    coded = code(pipeline, "Ethiopian warplanes bombed a market in the Eritrean town of Barentu on Monday, "
                           "killing at least 30 people.")
    e = only(coded, "ASSAULT")
    assert ids(e.actor) == ["ETH"] and "ERI" in ids(e.recipient)


def test_hitting_targets_in_an_air_campaign_is_one_assault(pipeline):
    coded = code(pipeline, "NATO launched air strikes against Yugoslavia on Sunday, hitting fuel depots "
                           "across Serbia and Montenegro.")
    assert "YUG" in ids(only(coded, "ASSAULT").recipient)


def test_a_participle_of_another_kind_of_act_is_still_coded(pipeline):
    coded = code(pipeline, "Israeli warplanes struck a Hamas training camp in Gaza on Sunday, "
                           "destroying several buildings.")
    assert ids(only(coded, "ASSAULT").recipient) == ["hamas"]
    assert ids(only(coded, "COERCE").actor) == ["ISR"]


# -- background told inside a description of someone -----------------------------------
def test_shelling_that_made_refugees_flee_is_background(pipeline):
    coded = code(pipeline, "Thailand gave shelter on Monday to 3,000 Karen villagers who fled across the border "
                           "after Burmese troops shelled their camps.")
    assert ids(only(coded, "AID").actor) == ["THA"]
    assert "ASSAULT" not in _types(coded)


def test_the_shelling_told_as_news_is_coded(pipeline):
    e = only(code(pipeline, "Burmese troops shelled Karen refugee camps near the Thai border on Sunday."), "ASSAULT")
    assert ids(e.actor) == ["MMR"]


# -- a warning of a danger nobody threatens ---------------------------------------------
def test_a_warning_about_falling_prices_is_no_threat(pipeline):
    coded = code(pipeline, "The International Monetary Fund warned on Tuesday that falling copper prices "
                           "would push Zambia into recession.")
    assert "THREATEN" not in _types(coded)


def test_a_warning_that_one_will_strike_is_a_threat(pipeline):
    e = only(code(pipeline, "Rwanda warned on Tuesday that it would strike rebel bases inside Congo."), "THREATEN")
    assert ids(e.actor) == ["RWA"] and ids(e.recipient) == ["COD"]


def test_a_warning_against_any_attack_is_a_threat(pipeline):
    e = only(code(pipeline, "Israel warned that any attack on its shipping would be met with force."), "THREATEN")
    assert ids(e.actor) == ["ISR"]


# -- the toll of a long war, told in a relative clause on it ------------------------------
def test_the_toll_of_a_war_being_ended_is_no_attack_of_its_own(pipeline):
    coded = code(pipeline, "Angola's government and UNITA rebels signed a ceasefire in Luanda on "
                           "Thursday, ending a 27-year civil war that killed half a million people.")
    assert [e.event for e in coded.events] == ["AGREE"]


def test_a_war_whose_clause_names_the_killers_keeps_their_act(pipeline):
    coded = code(pipeline, "Survivors described a war in which Serbian troops killed hundreds of "
                           "villagers near Pristina.")
    e = only(coded, "ASSAULT")
    assert ids(e.actor) == ["SRB"]


# -- a bare event noun naming no doer is a mention -----------------------------------------
def test_killings_named_in_passing_by_no_doer_are_not_coded(pipeline):
    coded = code(pipeline, "ALMATY (AFP) - Kazakhstan closed its border with Kyrgyzstan to refugees "
                           "on Monday, saying it could take in no more after sheltering some 20,000 "
                           "Kazakhs who had fled the killings in northern Kyrgyzstan.")
    assert "ASSAULT" not in [e.event for e in coded.events]
    e = only(coded, "COERCE")
    assert ids(e.actor) == ["KAZ"] and ids(e.recipient) == ["KGZ"]
