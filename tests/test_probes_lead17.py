"""Sikhs as a people and a faith (session 17, found in dev24 and dev5): "Sikh militants" are a
collective of their own whether they act or are acted on (before: `sikh` as a target and
`sikh-militants` as a doer), and Sikh homes or families are the Sikhs'."""
from __future__ import annotations

from coding import assert_codes, code, ids


def test_sikh_militants_are_one_collective_on_both_sides(pipeline):
    stormed = code(pipeline, "AMRITSAR (Reuters) - Indian troops stormed the Golden Temple to flush out Sikh "
                             "militants on Wednesday.", "1984-06-06")
    assert_codes(stormed, "ASSAULT", ["IND"], ["sikh-militants"])
    attacked = code(pipeline, "CHANDIGARH (AP) - Sikh militants killed 20 bus passengers in Punjab on "
                              "Saturday, police said.", "1987-07-07")
    assert_codes(attacked, "ASSAULT", ["sikh-militants"])


def test_sikh_homes_are_the_sikhs(pipeline):
    coded = code(pipeline, "NEW DELHI (Reuters) - Mobs attacked Sikh homes in the capital after the "
                           "assassination, police said.", "1984-11-01")
    assert_codes(coded, "PROTEST", ["IND"], ["sikhs"])


def test_an_observer_reporting_an_attack_is_not_its_target(pipeline):
    """A rights group that reports an attack ("..., Human Rights Watch said") is its source,
    not the one other party the sentence names (session 17, found by the storm helper)."""
    coded = code(pipeline, "TASHKENT (Reuters) - Uzbek troops opened fire on a crowd in Andijan on "
                           "Friday, Human Rights Watch said.", "2005-05-16")
    assaults = [e for e in coded.events if e.event == "ASSAULT"]
    assert [ids(e.actor) for e in assaults] == [["UZB"]]
    assert "human-rights-watch" not in ids(assaults[0].recipient)
