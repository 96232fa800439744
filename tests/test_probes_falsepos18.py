"""False events (session 18): acts a sentence names without telling them as done, on
sentences written for these tests in wire-news style.  Each rule has a twin sentence that
must still be coded."""
from __future__ import annotations

from coding import assert_codes, code


def _types(coded) -> list[str]:
    return [e.event for e in coded.events]


# -- a clause of purpose: what a deal or a deployment is for is not yet done -----------
def test_reopening_a_crossing_a_deal_is_for_is_a_purpose(pipeline):
    coded = code(pipeline, "BELGRADE (Reuters) - Serbia and Kosovo signed an agreement with the "
                           "European Union on Monday to reopen the border crossing at Jarinje.")
    assert "RETREAT" not in _types(coded)
    assert "AGREE" in _types(coded)


def test_reopening_a_road_troops_move_in_for_is_a_purpose(pipeline):
    coded = code(pipeline, "NICOSIA (AP) - Turkish troops moved into the buffer zone on Friday to "
                           "reopen a road blocked by Greek Cypriot protesters.")
    assert "RETREAT" not in _types(coded)


def test_reopening_a_crossing_told_as_done_is_coded(pipeline):
    coded = code(pipeline, "GAZA (Reuters) - Egypt reopened the Rafah border crossing with Gaza on Sunday.")
    assert_codes(coded, "RETREAT", {"EGY"})


# -- a hyphenated word the tokenizer splits still matches the lists that write it whole ----
def test_a_ballot_for_self_rule_takes_no_side(pipeline):
    coded = code(pipeline, "EDINBURGH (Reuters) - Voters in the Faroe Islands voted overwhelmingly "
                           "for self-rule in a referendum on Thursday.")
    assert "SUPPORT" not in _types(coded)


def test_breaking_up_a_sit_in_is_repression(pipeline):
    coded = code(pipeline, "SRINAGAR (Reuters) - Indian police broke up a sit-in by Kashmiri traders on Saturday.")
    assert_codes(coded, "COERCE", {"IND"})


# -- power handed on by those who have just seized it is no concession --------------------
def test_power_handed_on_after_a_coups_arrests_is_no_concession(pipeline):
    coded = code(pipeline, "BANGKOK (Reuters) - Thailand's army detained Prime Minister Yingluck "
                           "Shinawatra on Thursday and handed power to army chief Prayuth Chan-ocha.")
    assert "CONCEDE" not in _types(coded)
    assert_codes(coded, "COERCE", {"THA"}, {"yingluck-shinawatra"})


def test_power_handed_on_after_an_emergency_decree_is_no_concession(pipeline):
    coded = code(pipeline, "NIAMEY (AFP) - Niger's presidential guard declared a state of emergency "
                           "on Wednesday and handed power to General Abdourahamane Tiani.")
    assert "CONCEDE" not in _types(coded)


def test_power_handed_over_by_a_ruler_who_resigns_is_a_concession(pipeline):
    coded = code(pipeline, "CAIRO (Reuters) - President Hosni Mubarak stepped down on Friday and "
                           "handed power to the army.", published="2011-02-11")
    assert_codes(coded, "CONCEDE", {"EGY", "hosni-mubarak"})


# -- a force sent to protect its own nationals is deployed, it does not aid the host -------
def test_paratroopers_sent_to_protect_nationals_are_a_deployment(pipeline):
    coded = code(pipeline, "PARIS (AFP) - France sent 300 paratroopers to Chad on Thursday to protect "
                           "French nationals caught up in fighting around N'Djamena.")
    assert "AID" not in _types(coded)
    assert_codes(coded, "MOBILIZE", {"FRA"}, {"TCD"})


def test_commandos_landed_to_protect_a_people_are_a_deployment(pipeline):
    coded = code(pipeline, "BRUSSELS (Reuters) - Belgian commandos landed in Kigali on Saturday to "
                           "protect Belgians trapped by the fighting.")
    assert "AID" not in _types(coded)
    assert_codes(coded, "MOBILIZE", {"BEL"}, {"RWA"})


def test_troops_landed_to_help_a_government_protect_civilians_are_aid(pipeline):
    coded = code(pipeline, "CANBERRA (Reuters) - Australian troops landed in Dili on Monday to help "
                           "the government protect civilians.")
    assert_codes(coded, "AID", {"AUS"}, {"TLS"})


# -- independence granted by the ruling power is a concession, like autonomy ---------------
def test_granting_independence_is_a_concession(pipeline):
    coded = code(pipeline, "LONDON (Reuters) - Britain agreed on Tuesday to grant independence to "
                           "Kenya in December.", published="1963-06-04")
    assert "SUPPORT" not in _types(coded)
    assert_codes(coded, "CONCEDE", {"GBR"}, {"KEN"})


def test_granting_candidate_status_is_support(pipeline):
    coded = code(pipeline, "BRUSSELS (Reuters) - The European Union granted candidate status to "
                           "Moldova on Thursday.", published="2022-06-23")
    assert_codes(coded, "SUPPORT", {"european-union", "eu"}, {"MDA"})


# -- hacking with a blade or hacking off limbs is bodily violence, not a cyber attack ------
def test_hacking_off_arms_is_an_assault(pipeline):
    coded = code(pipeline, "FREETOWN (AFP) - Rebels hacked off the arms of dozens of villagers near "
                           "Makeni on Tuesday, aid workers said.", published="1999-01-12")
    assert "COERCE" not in _types(coded)
    assert_codes(coded, "ASSAULT", {"ruf", "rebels"}, {"SLE"})


def test_hacking_with_machetes_is_an_assault(pipeline):
    coded = code(pipeline, "KIGALI (Reuters) - Militiamen hacked refugees with machetes at a church in "
                           "Nyarubuye on Friday, survivors said.", published="1994-04-16")
    assert "COERCE" not in _types(coded)
    assert "ASSAULT" in _types(coded)


def test_hacking_computers_is_a_cyber_attack(pipeline):
    coded = code(pipeline, "WASHINGTON (Reuters) - North Korean agents hacked the computers of Sony "
                           "Pictures, the FBI said on Friday.", published="2014-12-19")
    assert_codes(coded, "COERCE", {"PRK"})
