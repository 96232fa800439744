"""Event types of predicates: disapproval voiced at another's act, leaders marched
out by force, a people's nationals ordered out, a walkout in protest; on sentences written
for these tests (wire-news style)."""
from __future__ import annotations

from coding import code, ids, only


# -- regret or dismay voiced at another's act is disapproval -----------------------------

def test_regret_expressed_at_another_states_decision_is_disapproval(pipeline):
    coded = code(pipeline, "SEOUL (Yonhap) - South Korea expressed deep regret at Japan's decision to "
                           "restrict exports of chip materials.", published="2019-07-08")
    assert not [e for e in coded.events if e.event == "SUPPORT"]
    e = only(coded, "ACCUSE")
    assert ids(e.actor) == ["KOR"]
    assert ids(e.recipient) == ["JPN"]


def test_dismay_voiced_at_a_decision_hung_on_the_object_is_disapproval(pipeline):
    coded = code(pipeline, "NAIROBI (Reuters) - Kenya voiced dismay at Uganda's decision to shut "
                           "the border.", published="2019-07-08")
    e = only(coded, "ACCUSE")
    assert ids(e.actor) == ["KEN"]
    assert ids(e.recipient) == ["UGA"]


# -- leaders marched out at gunpoint are seized, not marchers ------------------------------

def test_marching_a_president_out_at_gunpoint_is_an_arrest(pipeline):
    coded = code(pipeline, "SUVA (AP) - Soldiers loyal to Colonel Sitiveni Rabuka marched President "
                           "Ratu Penaia Ganilau out of Government House at gunpoint on Monday.",
                 published="1987-09-28")
    assert not [e for e in coded.events if e.event == "PROTEST"]
    e = only(coded, "COERCE")
    assert e.cameo == "173"
    assert set(ids(e.actor)) <= {"sitiveni-rabuka", "FJI"} and ids(e.actor)
    assert ids(e.recipient) == ["penaia-ganilau"]


# -- a people the tagger leaves untyped is still a people ("Britons") --------------------

def test_ordering_britons_out_is_an_expulsion(pipeline):
    coded = code(pipeline, "TEHRAN (Reuters) - Iran retaliated on Sunday by ordering 12 Britons out of "
                           "the country.", published="2019-07-08")
    assert not [e for e in coded.events if e.event == "COERCE"]
    e = only(coded, "SANCTION")
    assert e.cameo == "166"
    assert ids(e.actor) == ["IRN"]
    assert ids(e.recipient) == ["GBR"]


def test_the_knowledge_base_lists_one_word_peoples(pipeline):
    peoples = pipeline.kb.people_words()
    assert {"britons", "afghans"} <= peoples
    assert not any(" " in p for p in peoples)


# -- walking out of talks in protest is a protest ------------------------------------------

def test_walking_out_of_talks_in_protest_is_a_protest(pipeline):
    coded = code(pipeline, "PANMUNJOM (Yonhap) - The North Korean delegation walked out of the talks "
                           "with South Korean officials in protest on Friday.", published="2019-07-08")
    assert not [e for e in coded.events if e.event == "REJECT"]
    e = only(coded, "PROTEST")
    assert ids(e.actor) == ["PRK"]
    assert ids(e.recipient) == ["KOR"]


# -- what is given, told by a participle, is given by its owner ---------------------------

def test_intelligence_shared_with_a_state_is_shared_by_its_owner(pipeline):
    coded = code(pipeline, "LONDON (Reuters) - British intelligence shared with Ukraine helped thwart a "
                           "sabotage plot in Odesa, officials said on Monday.", published="2023-03-06")
    e = only(coded, "COOPERATE")
    assert e.cameo == "064"
    assert ids(e.actor) == ["GBR"]
    assert ids(e.recipient) == ["UKR"]
