"""Probes for recipients that were missing or wrong (session 18): a mobilisation or threat
that names no one faces whoever attacked (or mobilised, or coerced) nearest to it in the
story; a protest naming no one answers the latest act against the protesters' side.
Sentences written for these tests, wire-news style."""
from __future__ import annotations

from coding import assert_codes, code


def test_a_mobilisation_after_an_invasion_faces_the_invader(pipeline):
    coded = code(pipeline, "NICOSIA (Reuters) - Turkish warplanes bombed Greek Cypriot positions near "
                           "Kyrenia at dawn on Saturday. Greece called up its reservists the same day.", "1974-07-20")
    assert_codes(coded, "MOBILIZE", ["GRC"], ["TUR"])


def test_warships_sent_after_missile_tests_face_the_state_that_fired(pipeline):
    coded = code(pipeline, "TAIPEI (AP) - China fired ballistic missiles into the sea north of Taiwan on "
                           "Tuesday. The United States sent a carrier group to the area.", "1995-07-25")
    assert_codes(coded, "MOBILIZE", ["USA"], ["CHN"])


def test_troops_sent_to_a_frontier_after_a_neighbour_is_attacked_face_the_attacker(pipeline):
    coded = code(pipeline, "RIYADH (Reuters) - Iraqi troops and tanks attacked Kuwait before dawn on Thursday. "
                           "Saudi Arabia sent troops to its northern frontier.", "1990-08-02")
    assert_codes(coded, "MOBILIZE", ["SAU"], ["IRQ"])


def test_a_protest_after_a_killing_is_aimed_at_the_killers_not_the_city(pipeline):
    coded = code(pipeline, "NABLUS (Reuters) - Israeli troops shot dead three Palestinians near Hebron on "
                           "Friday. Thousands of Palestinians marched through Nablus on Saturday.", "2002-03-02")
    assert_codes(coded, "PROTEST", ["PSE"], ["ISR"])


def test_a_walkout_in_protest_answers_the_threat_told_before(pipeline):
    coded = code(pipeline, "GENEVA (AFP) - The Iranian envoy threatened Iraqi delegates with war at the talks on "
                           "Tuesday. The Iraqi delegation walked out of the session in protest.", "1988-08-30")
    assert_codes(coded, "PROTEST", ["IRQ"], ["IRN"])


def test_a_threat_naming_no_one_after_an_arrest_faces_the_state_that_arrested(pipeline):
    coded = code(pipeline, "CARACAS (Reuters) - Venezuelan troops arrested opposition leader Leopoldo Lopez at "
                           "his home on Tuesday. Colombia threatened to recall its ambassador.", "2014-02-18")
    assert_codes(coded, "THREATEN", ["COL"], ["VEN"])
