"""Phrases that refer back in actor and recipient positions: a possessive "their" (the
speaker, or the pair just named), ... (sentences written for these tests, wire-news style)."""
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
