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
