"""Probes for what the blind split dev17 showed (session 13): crowds massing in a square or
on an avenue, a force cut as a withdrawal, a court upholding a sentence, a vendetta as a word of
blame, a named union owned by its country, and a hedge ("suspected") kept out of an unnamed group's id. Sentences written for
these tests, wire-news style; each near miss must stay uncoded."""
from __future__ import annotations

from coding import assert_codes, code, ids


def test_a_crowd_massing_on_an_avenue_protests(pipeline):
    coded = code(pipeline, "BANGKOK (AP) - Tens of thousands of Thais massed on Ratchadamnoen Avenue on "
                           "Saturday, the third weekend of the campaign against the government.", "2010-03-14")
    assert_codes(coded, "PROTEST", ["THA"])


def test_a_crowd_massing_in_a_square_protests(pipeline):
    coded = code(pipeline, "KHARTOUM (Reuters) - Thousands of Sudanese massed in a square near the "
                           "university on Thursday.", "1985-04-04")
    assert_codes(coded, "PROTEST", ["SDN"])


def test_troops_massing_on_a_border_are_no_protest(pipeline):
    coded = code(pipeline, "PHNOM PENH (Reuters) - Thai troops massed on the border near the Preah Vihear "
                           "temple on Tuesday, Cambodian officials said.", "2008-07-15")
    assert not [e for e in coded.events if e.event == "PROTEST"]


def test_a_peacekeeping_force_cut_is_a_withdrawal(pipeline):
    coded = code(pipeline, "NEW YORK (AP) - The U.N. Security Council voted on Friday to cut its "
                           "peacekeeping force in Liberia by 2,000 troops.", "2012-09-15")
    assert_codes(coded, "RETREAT", None, ["LBR"])


def test_troops_reduced_in_a_country_are_a_withdrawal(pipeline):
    coded = code(pipeline, "WASHINGTON (Reuters) - The United States reduced its forces in Iceland to a "
                           "few hundred airmen on Monday, ending half a century of a large presence "
                           "at Keflavik.", "2006-09-30")
    assert_codes(coded, "RETREAT", ["USA"], ["ISL"])


def test_a_budget_cut_is_no_withdrawal(pipeline):
    coded = code(pipeline, "OSLO (Reuters) - Norway cut its defence budget by 6 percent on Wednesday, "
                           "the finance ministry said.", "1992-10-07")
    assert not [e for e in coded.events if e.event == "RETREAT"]


def test_a_sentence_upheld_is_a_sanction_not_an_agreement(pipeline):
    coded = code(pipeline, "TEHRAN (Reuters) - Iran's Supreme Court upheld the death sentence of a "
                           "Swedish-Iranian doctor convicted of spying for Israel on Tuesday.", "2017-12-12")
    assert_codes(coded, "SANCTION", ["IRN"])
    assert not [e for e in coded.events if e.event == "AGREE"]


def test_a_ceasefire_upheld_is_still_an_agreement(pipeline):
    coded = code(pipeline, "ADDIS ABABA (AP) - Ethiopia and Eritrea upheld the ceasefire along their "
                           "disputed border on Sunday, U.N. monitors said.", "2000-08-20")
    assert not [e for e in coded.events if e.event == "SANCTION"]


def test_calling_a_verdict_a_vendetta_is_an_accusation(pipeline):
    coded = code(pipeline, "KUALA LUMPUR (Reuters) - A Malaysian court jailed opposition leader Anwar "
                           "Ibrahim for six years on Tuesday. He called the verdict the government's "
                           "vendetta against the reform movement.", "1999-04-14")
    assert_codes(coded, "ACCUSE", ["anwar-ibrahim"], ["MYS"])


def test_calling_a_plan_a_fine_idea_is_no_accusation(pipeline):
    coded = code(pipeline, "ACCRA (Reuters) - Ghana's finance minister called the plan a fine idea on "
                           "Monday.", "2014-05-05")
    assert not [e for e in coded.events if e.event == "ACCUSE"]


def test_a_hedge_and_the_datelines_dash_are_no_part_of_an_unnamed_groups_id(pipeline):
    coded = code(pipeline, "RABAT (AP) - Suspected Islamic militants bombed a cafe in Marrakesh on "
                           "Thursday, killing 16 people, police said.", "2011-04-29")
    assert_codes(coded, "ASSAULT", ["islamic-militants"])


def test_a_union_named_before_its_noun_is_the_union_not_its_country(pipeline):
    coded = code(pipeline, "TUNIS (AP) - Tunisia's powerful UGTT labour union called a nationwide strike "
                           "on Wednesday over public sector wages.", "2018-11-21")
    assert_codes(coded, "PROTEST", ["tunisian-general-labour-union"], ["TUN"])


def test_a_countrys_unions_unnamed_stay_the_country(pipeline):
    coded = code(pipeline, "LAGOS (Reuters) - Nigeria's labour unions called a nationwide strike on "
                           "Monday over the removal of the fuel subsidy.", "2012-01-02")
    assert_codes(coded, "PROTEST", ["NGA"])
