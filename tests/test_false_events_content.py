"""False events, eighth pass: what an ultimatum or a demand asks, a party described by its
backers, a force named by a word the parser made a verb, a name called, and aid named by
what arrives.  Sentences written for these tests, in wire-news style."""
from __future__ import annotations

from coding import code, ids, only


def _types(coded):
    return [e.event for e in coded.events]


# -- what an ultimatum or a demand asks is not an act ------------------------------------
def test_the_withdrawal_an_ultimatum_asks_for_is_not_coded(pipeline):
    coded = code(pipeline, "Ecuador on Friday gave Peru ten days to withdraw its soldiers from the "
                           "disputed valley.")
    e = only(coded, "THREATEN")
    assert ids(e.actor) == ["ECU"] and ids(e.recipient) == ["PER"]
    assert "RETREAT" not in _types(coded)


def test_the_second_act_a_demand_asks_for_is_not_coded(pipeline):
    coded = code(pipeline, "Kenya demanded on Monday that Somalia hand over the kidnappers and "
                           "expel their commanders.")
    e = only(coded, "REQUEST")
    assert ids(e.actor) == ["KEN"] and ids(e.recipient) == ["SOM"]
    assert _types(coded) == ["REQUEST"]


# -- a party described by who backs it ---------------------------------------------------
def test_rebels_backed_by_a_neighbour_is_not_a_support_event(pipeline):
    coded = code(pipeline, "Rebels backed by Uganda captured the border town of Bunia on Sunday.")
    assert "SUPPORT" not in _types(coded)
    assert "ASSAULT" in _types(coded)


# -- "riot police" parsed as a verb and its object ---------------------------------------
def test_riot_police_sent_in_are_not_a_riot(pipeline):
    coded = code(pipeline, "Chile declared a curfew in Santiago on Monday and sent in hundreds more "
                           "soldiers and riot police.")
    assert "PROTEST" not in _types(coded)
    assert ids(only(coded, "MOBILIZE").actor) == ["CHL"]


# -- calling someone a name is an accusation, not a phone call ---------------------------
def test_calling_a_minister_a_traitor_is_an_accusation(pipeline):
    coded = code(pipeline, "Thousands of farmers blocked roads in Athens, calling Prime Minister "
                           "Kyriakos Mitsotakis a traitor.")
    assert "CONSULT" not in _types(coded)
    e = only(coded, "ACCUSE")
    assert ids(e.recipient) == ["kyriakos-mitsotakis"]


# -- aid named by what arrives -----------------------------------------------------------
def test_relief_supplies_arriving_are_aid_not_a_visit(pipeline):
    coded = code(pipeline, "Search teams and relief supplies from Japan began arriving in Kathmandu "
                           "on Monday.")
    assert "CONSULT" not in _types(coded)
    e = only(coded, "AID")
    assert ids(e.actor) == ["JPN"] and ids(e.recipient) == ["NPL"]


# -- an expulsion and the deadline given with it are one act -----------------------------
def test_an_expulsion_with_a_deadline_to_leave_is_one_event(pipeline):
    coded = code(pipeline, "Ghana expelled Togo's ambassador Kodjo Mensah on Monday, giving him 72 "
                           "hours to leave the country.")
    assert _types(coded) == ["SANCTION"]
    assert ids(coded.events[0].actor) == ["GHA"]
