"""Probes for events entente coded nothing for (session 18, found with eval/why_missed.py):
an armed force on the move ("troops moved towards the border", "rebels
advanced toward the capital"), and a vote or an act called unfair, rigged or a stab in the
back; with the readings they must not take over.
Sentences written for these tests, wire-news style."""
from __future__ import annotations

from coding import assert_codes, code


# -- an armed force on the move (lexicon: move/head/advance/... toward; grammar:
#    armed_movements) -------------------------------------------------------------------

def test_troops_moving_towards_the_border_deploy(pipeline):
    coded = code(pipeline, "NEW DELHI (Reuters) - Indian troops began moving towards the border with "
                           "Pakistan on Saturday.", "2001-12-22")
    assert_codes(coded, "MOBILIZE", ["IND"])


def test_tanks_rolling_toward_the_capital_deploy(pipeline):
    coded = code(pipeline, "TBILISI (Reuters) - Russian tanks rolled toward the Georgian town of Gori on "
                           "Monday.", "2008-08-11")
    assert_codes(coded, "MOBILIZE", ["RUS"])


def test_rebels_advancing_toward_the_capital_deploy(pipeline):
    coded = code(pipeline, "N'DJAMENA (Reuters) - Chadian rebels advanced toward the capital on "
                           "Thursday.", "2008-01-31")
    assert_codes(coded, "MOBILIZE", ["TCD", "chadian-rebels", "rebels"])


def test_protesters_marching_towards_parliament_protest(pipeline):
    coded = code(pipeline, "BELGRADE (AP) - Thousands of protesters marched towards the Serbian parliament "
                           "on Thursday.", "2000-10-05")
    assert not [e for e in coded.events if e.event == "MOBILIZE"]
    assert_codes(coded, "PROTEST")


def test_a_president_heading_to_a_capital_deploys_nothing(pipeline):
    coded = code(pipeline, "WASHINGTON (Reuters) - President George W. Bush headed to Paris on Monday for "
                           "talks with President Jacques Chirac.", "2005-02-21")
    assert not [e for e in coded.events if e.event == "MOBILIZE"]


# -- called unfair, rigged, a stab in the back (grammar: blame_words) ----------------------

def test_calling_a_mutiny_a_stab_in_the_back_accuses(pipeline):
    coded = code(pipeline, "MOSCOW (Reuters) - President Vladimir Putin called the mutiny a stab in the "
                           "back on Saturday.", "2023-06-24")
    assert_codes(coded, "ACCUSE", ["vladimir-putin", "RUS"])


def test_calling_a_vote_the_most_unfair_accuses(pipeline):
    coded = code(pipeline, "CARACAS (AP) - Opposition leader Henrique Capriles called it the most unfair "
                           "election in the country's history.", "2013-04-15")
    assert_codes(coded, "ACCUSE")


def test_calling_a_verdict_racist_accuses(pipeline):
    coded = code(pipeline, "TEHRAN (Reuters) - Iran called the court's verdict racist on Monday.",
                 "2021-03-15")
    assert_codes(coded, "ACCUSE", ["IRN"])


def test_calling_a_vote_fair_is_no_accusation(pipeline):
    coded = code(pipeline, "NAIROBI (Reuters) - Foreign observers called the election free and fair on "
                           "Tuesday.", "2013-03-05")
    assert not [e for e in coded.events if e.event == "ACCUSE"]
