"""Event nouns told inside other phrases: protests as the object of another act, or measured
by the time they last, are events of their own (sentences written for these tests)."""
from __future__ import annotations

from coding import code, ids, only


def test_a_span_of_rioting_in_a_named_state_is_its_peoples_protest(pipeline):
    coded = code(pipeline, "ACCRA (Reuters) - The government lifted the fuel tax on Monday, ending "
                           "five days of rioting across Ghana.", published="2021-03-08")
    e = only(coded, "PROTEST")
    assert ids(e.actor) == ["GHA"] and ids(e.recipient) == ["GHA"]


def test_a_dispersed_demonstration_is_coded_with_its_dispersal(pipeline):
    coded = code(pipeline, "LIMA (AP) - Peruvian police fired tear gas to disperse a demonstration "
                           "in Lima on Thursday.", published="2021-03-08")
    e = only(coded, "PROTEST")
    assert ids(e.recipient) == ["PER"]


def test_a_strike_someone_is_on_is_theirs(pipeline):
    coded = code(pipeline, "MOSCOW (Reuters) - Opposition leader Alexei Navalny, who wrote letters to "
                           "his supporters while on hunger strike, was moved to a prison hospital on "
                           "Monday.", published="2021-04-19")
    e = only(coded, "PROTEST")
    assert ids(e.actor) == ["alexei-navalny"] and ids(e.recipient) == ["RUS"]


def test_who_began_a_strike_is_its_actor(pipeline):
    coded = code(pipeline, "JOHANNESBURG (Reuters) - The government gave in on Friday to a general "
                           "strike that COSATU began two weeks ago.", published="1991-11-08")
    e = only(coded, "PROTEST")
    assert ids(e.actor) == ["cosatu"] and ids(e.recipient) == ["ZAF"]
    assert ids(only(coded, "CONCEDE").recipient) == ["cosatu"]


def test_protests_in_passing_are_no_events(pipeline):
    coded = code(pipeline, "TAIPEI (Reuters) - Taiwan's parliament passed a law on Tuesday "
                           "legalising street protests.", published="2019-01-25")
    assert not [e for e in coded.events if e.event == "PROTEST"]
    coded = code(pipeline, "CAIRO (AP) - The minister was wounded at an election rally in Cairo on "
                           "Friday.", published="2019-01-25")
    assert not [e for e in coded.events if e.event == "PROTEST"]
    coded = code(pipeline, "QUITO (Reuters) - The government scrapped the decree on Sunday after "
                           "eleven days of protests in Quito.", published="2019-10-14")
    assert not [e for e in coded.events if e.event == "PROTEST"]


def test_troops_sent_to_help_another_government_are_aid(pipeline):
    coded = code(pipeline, "BANGUI (AFP) - Rwanda has sent troops to the Central African Republic to "
                           "help its government fight rebels, state radio said on Sunday.",
                 published="2020-12-21")
    e = only(coded, "AID")
    assert ids(e.actor) == ["RWA"] and ids(e.recipient) == ["CAF"]
    assert not [e for e in coded.events if e.event == "MOBILIZE"]


def test_the_first_of_a_force_arriving_to_train_soldiers_is_aid(pipeline):
    coded = code(pipeline, "BAMAKO (AP) - The first of about 200 German troops arrived in Mali on "
                           "Thursday to train Malian soldiers.", published="2013-04-04")
    e = only(coded, "AID")
    assert ids(e.actor) == ["DEU"] and ids(e.recipient) == ["MLI"]


def test_troops_flown_in_to_help_are_aid(pipeline):
    coded = code(pipeline, "HONIARA (Reuters) - Fijian troops flew into Guadalcanal on Monday to help "
                           "the Solomon Islands government restore order.", published="2003-07-28")
    e = only(coded, "AID")
    assert ids(e.actor) == ["FJI"] and ids(e.recipient) == ["SLB"]


def test_help_at_home_or_in_defence_is_no_aid(pipeline):
    coded = code(pipeline, "MANILA (AP) - President Rodrigo Duterte sent troops to Marawi on Tuesday "
                           "to help restore order.", published="2017-05-23")
    assert not [e for e in coded.events if e.event == "AID"]
    coded = code(pipeline, "WASHINGTON (AP) - The United States sent warplanes to Kuwait on Tuesday "
                           "to help defend the emirate against an attack by Iraqi forces.",
                 published="1994-10-11")
    assert not [e for e in coded.events if e.event == "AID"]
    assert only(coded, "MOBILIZE")


def test_their_joint_patrol_is_done_by_the_clause_subject(pipeline):
    coded = code(pipeline, "TOKYO (Kyodo) - Six warships from the Russian and Chinese navies set out "
                           "on their first joint patrol of the Sea of Japan on Monday.",
                 published="2021-10-18")
    e = only(coded, "COOPERATE")
    assert set(ids(e.actor)) == {"RUS", "CHN"}


def test_an_event_noun_is_no_subject_of_a_pledge(pipeline):
    coded = code(pipeline, "KIGALI (Reuters) - Burundian President Pierre Nkurunziza and his Rwandan "
                           "counterpart Paul Kagame held talks in the western town of Gisenyi on "
                           "Friday, their first summit in more than a decade, and pledged to restore "
                           "full diplomatic relations.", published="2009-10-12")
    e = only(coded, "AGREE")
    assert set(ids(e.actor)) == {"BDI", "RWA"}


def test_a_walkout_after_a_threat_is_by_the_one_who_threatened(pipeline):
    coded = code(pipeline, "SEOUL (Yonhap) - A North Korean delegate threatened on Monday to turn Seoul "
                           "into ashes if war broke out, then stormed out of talks with South Korean "
                           "officials.", published="2013-03-11")
    e = only(coded, "REJECT")
    assert ids(e.actor) == ["PRK"] and ids(e.recipient) == ["KOR"]
