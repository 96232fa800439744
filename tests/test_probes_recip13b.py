"""Probes for recipients found in the wrong place (session 13, round 2): an object pronoun
of a subject-less clause under 'after' / 'before' ("after seizing them") is the main
clause's object, not the party or place named nearer."""
from __future__ import annotations

from coding import assert_codes, code, ids


def _assault(coded):
    found = [e for e in coded.events if e.event == "ASSAULT"]
    assert found, [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    return found


def test_seizing_them_is_the_freed_hostages(pipeline):
    coded = code(pipeline, "Islamist gunmen in the southern Philippines freed four Indonesian sailors on "
                           "Friday, five months after seizing them from a tugboat off Sabah, a Malaysian "
                           "police chief said.", "2016-09-16")
    assert_codes(coded, "ASSAULT", recipients=["IDN"])
    assert all("MYS" not in ids(e.recipient) for e in _assault(coded))


def test_hijacking_it_is_the_released_ship(pipeline):
    coded = code(pipeline, "Somali pirates released a Danish cargo ship on Tuesday, two months after "
                           "hijacking it off the coast of Oman, a Kenyan maritime official said.", "2009-04-14")
    assert_codes(coded, "ASSAULT", recipients=["DNK"])
    assert all("OMN" not in ids(e.recipient) for e in _assault(coded))


def test_pronoun_with_its_own_subject_is_not_redirected(pipeline):
    # near miss: 'the army surrounded them' has its own subject; the rule leaves it alone
    coded = code(pipeline, "Chadian rebels freed four French aid workers on Saturday, a month after the "
                           "army surrounded them near Abeche, a Chadian official said.", "2008-02-09")
    assert_codes(coded, "RETREAT", recipients=["FRA"])
    assert not any(e.event == "ASSAULT" and "FRA" in ids(e.actor) for e in coded.events)


def test_kidnapping_them_before_any_release_keeps_the_victims(pipeline):
    # near miss: the main clause's own object is the victims already
    coded = code(pipeline, "Colombian rebels freed three Ecuadorean engineers on Monday, weeks after "
                           "kidnapping them at a dam site near the border, a Colombian army spokesman said.",
                 "1998-03-02")
    assert_codes(coded, "ASSAULT", recipients=["ECU"])


# A case taken to a court or forum is aimed at the party accused before, not the court.

def test_dispute_taken_to_the_court_is_aimed_at_the_accused(pipeline):
    coded = code(pipeline, "Guyana accused Venezuela on Tuesday of sending troops across their disputed "
                           "border and said it would take the dispute to the International Court of Justice.",
                 "1982-06-15")
    assert_codes(coded, "ACCUSE", actors=["GUY"], recipients=["VEN"])
    assert not any(e.event == "ACCUSE" and "icj" in ids(e.recipient) for e in coded.events)


def test_matter_taken_to_arbitration_is_aimed_at_the_accused(pipeline):
    coded = code(pipeline, "Ukraine accused Russia of violating a gas transit deal and said it would take "
                           "the matter to an arbitration court in Stockholm.", "2014-06-17")
    assert_codes(coded, "ACCUSE", actors=["UKR"], recipients=["RUS"])
    assert not any(e.event == "ACCUSE" and "SWE" in ids(e.recipient) for e in coded.events)


def test_case_with_no_accusation_before_keeps_its_court(pipeline):
    # near miss: nobody was accused before, so the rule has no one to send it to
    coded = code(pipeline, "Chile said on Friday it would take its case to the International Court of Justice.",
                 "2008-01-18")
    assert_codes(coded, "ACCUSE", actors=["CHL"], recipients=["icj"])


def test_case_against_a_named_party_keeps_that_party(pipeline):
    # near miss: 'against Chile' names the target itself
    coded = code(pipeline, "Peru accused Ecuador of a border raid, and Bolivia said it would take its case "
                           "against Chile to the International Court of Justice.", "2013-04-24")
    assert_codes(coded, "ACCUSE", actors=["BOL"], recipients=["CHL"])
    assert not any(e.event == "ACCUSE" and "BOL" in ids(e.actor) and "ECU" in ids(e.recipient)
                   for e in coded.events)
