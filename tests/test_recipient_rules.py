"""Who an event is aimed at, on sentences written for these tests (wire-news style)."""
from __future__ import annotations

from coding import code, ids, only


# -- kinship: a relative is not the person named after "of" ------------------------------

def test_pronoun_after_a_widow_is_the_widow_not_her_late_husband(pipeline):
    coded = code(pipeline, "Sonia Gandhi, widow of former Prime Minister Rajiv Gandhi, arrived in Beijing "
                           "on Friday, and President Jiang Zemin praised her for her work.")
    e = only(coded, "SUPPORT")
    assert ids(e.recipient) == ["sonia-gandhi"]


def test_the_son_of_a_president_is_not_the_president(pipeline):
    e = only(code(pipeline, "Police in Moscow arrested the son of President Boris Yeltsin on Tuesday.",
                  published="1996-03-08"), "COERCE")
    assert "boris-yeltsin" not in ids(e.recipient)


# -- a person's name given to a place or a building --------------------------------------

def test_a_university_named_after_a_leader_is_not_the_leader(pipeline):
    e = only(code(pipeline, "Police raided the Kim Il Sung University in Pyongyang on Monday."), "ASSAULT")
    assert "kim-il-sung" not in ids(e.recipient)


def test_a_factory_named_after_a_dictator_is_not_the_dictator(pipeline):
    coded = code(pipeline, "WARSAW (Reuters) - Workers from the Stalin tractor works marched on the city "
                           "centre on Thursday, and troops opened fire on them.", published="1956-06-28")
    assert not [e for e in coded.events
                if "joseph-stalin" in ids(e.actor) + ids(e.recipient)]


# -- a small town of the story's country ------------------------------------------------

def test_a_small_town_is_placed_in_the_country_the_story_is_about(pipeline):
    e = only(code(pipeline, "BEIRUT (Reuters) - The Syrian Arab Red Crescent delivered food aid "
                            "and medical supplies to the besieged town of Madaya on Tuesday.",
                  published="2016-01-19"), "AID")
    assert ids(e.recipient) == ["SYR"]


# -- a state's force turned on a region of its own ----------------------------------------

def test_a_states_strike_on_a_regional_capital_is_aimed_at_the_region(pipeline):
    e = only(code(pipeline, "NAZRAN, Russia (Reuters) - Russian artillery shelled residential districts of "
                            "Grozny on Friday, killing at least 30 people, Chechen officials said.",
                  published="1999-11-05"), "ASSAULT")
    assert ids(e.actor) == ["RUS"]
    assert ids(e.recipient) == ["chechnya"]
