"""Probes for what the blind dev27 split showed (session 18), on sentences written for these
tests: a count spelt by a sport word ("scores of villagers") is no sport."""
from __future__ import annotations

from coding import assert_codes, code


def test_killing_scores_of_villagers_is_an_assault(pipeline):
    coded = code(pipeline, "JUBA (Reuters) - Militiamen loyal to the governor killed scores of "
                           "villagers in Jonglei state last week, the United Nations said.", "2013-06-10")
    assert_codes(coded, "ASSAULT")


def test_taking_scores_of_hostages_is_an_abduction(pipeline):
    coded = code(pipeline, "KABUL (AP) - Taliban fighters overran a police post in Kunduz on "
                           "Sunday, taking scores of hostages into the hills, officials said.", "2015-09-28")
    events = [(e.event, e.mode) for e in coded.events]
    assert ("ASSAULT", "abduct") in events, events
