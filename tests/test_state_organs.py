"""A state's organs in events: a legislature, an armed service, a police or intelligence
agency acts (and is acted on) as its state, with the organ's sector, as CAMEO codes it
(USALEG, GBRMIL, USACOP); the organ stays in the ref's words and in the document's actors.
A region's or breakaway entity's own bodies keep their ids (sentences written for these
tests)."""
from __future__ import annotations

from coding import code, ids, only


def test_legislature_acts_as_its_state(pipeline):
    """'The U.S. Senate voted to impose sanctions': USA with sector LEG, the Senate named."""
    coded = code(pipeline, "The U.S. Senate voted on Tuesday to impose sanctions on Venezuela.",
                 "2019-03-18")
    e = only(coded, "SANCTION")
    assert ids(e.actor) == ["USA"] and ids(e.recipient) == ["VEN"]
    assert e.actor[0].sector == "LEG" and "Senate" in e.actor[0].text
    assert "us-senate" in {a.id for a in coded.actors}


def test_armed_service_acts_as_its_state(pipeline):
    """'British Royal Marines landed ... to protect': GBR with sector MIL."""
    e = only(code(pipeline, "British Royal Marines landed in Sierra Leone on Monday to protect foreign "
                            "nationals.", "2000-05-08"), "MOBILIZE")
    assert ids(e.actor) == ["GBR"] and ids(e.recipient) == ["SLE"]
    assert e.actor[0].sector == "MIL"


def test_police_agency_as_actor_and_recipient(pipeline):
    """'Russia accused the FBI of harassing its diplomats': the FBI is the United States (COP),
    both where it is accused and where it harasses."""
    coded = code(pipeline, "Russia accused the FBI on Wednesday of harassing its diplomats in Washington.")
    accuse = only(coded, "ACCUSE")
    assert ids(accuse.actor) == ["RUS"] and ids(accuse.recipient) == ["USA"]
    assert accuse.recipient[0].sector == "COP"
    harass = only(coded, "COERCE")
    assert ids(harass.actor) == ["USA"] and ids(harass.recipient) == ["RUS"]


def test_parliament_of_a_state_votes_to_deploy(pipeline):
    """'The Bundestag voted to send soldiers': Germany deploys."""
    e = only(code(pipeline, "The Bundestag voted on Thursday to send 500 soldiers to Mali."), "MOBILIZE")
    assert ids(e.actor) == ["DEU"] and ids(e.recipient) == ["MLI"]


def test_branch_of_a_breakaway_entity_keeps_its_id(pipeline):
    """The Army of Republika Srpska is no organ of Bosnia (KB: affiliate_of), nor is a
    region's parliament Spain's: both keep their own ids."""
    e = only(code(pipeline, "The Bosnian Serb Army shelled Sarajevo on Monday.", "1994-05-02"), "ASSAULT")
    assert ids(e.actor) == ["vrs"]
    e = only(code(pipeline, "The Catalan parliament defied Spain's Constitutional Court on Tuesday.",
                  "2017-10-10"), "REJECT")
    assert ids(e.actor) == ["catalan-parliament"]
