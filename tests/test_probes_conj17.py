"""Probes for a verb joined after a reported clause (session 17): "X said <clause with its
own subject and auxiliary>, and appealed ..." -- the bare verb in the reporter's tense
continues the reporter, not the reported clause; a verb that shares the reported clause's
auxiliary keeps that clause's subject. Sentences from the dev splits' kind, wire-news style."""
from __future__ import annotations

from coding import assert_codes, code, ids, only


def test_appeal_after_a_reported_clause_is_the_reporters(pipeline):
    coded = code(pipeline, "GENEVA (Reuters) - The U.N. refugee agency said on Tuesday the number of Syrians "
                           "who have fled their country has passed two million, and appealed to donor "
                           "governments for more money to help neighbouring states cope.", "2013-09-03")
    request = only(coded, "REQUEST")
    assert ids(request.actor) == ["unhcr"]
    assert "reported" not in request.aux  # the agency's own act, not one it reports


def test_condemnation_after_a_reported_clause_is_the_reporters(pipeline):
    coded = code(pipeline, "ROME (Reuters) - The Vatican said on Sunday that gunmen had killed two priests "
                           "in Nigeria, and condemned the attack.", "2019-03-18")
    assert_codes(coded, "ASSAULT", ["gunmen"])
    accuse = only(coded, "ACCUSE")
    assert ids(accuse.actor) == ["VAT"]


def test_verb_sharing_the_reported_auxiliary_keeps_its_subject(pipeline):
    coded = code(pipeline, "KABUL (Reuters) - The army said rebels had seized the town and killed ten "
                           "villagers.", "2019-03-18")
    assert_codes(coded, "ASSAULT", ["rebels"])
