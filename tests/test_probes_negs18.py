"""Modality (session 18): acts told only as conditions, options ruled out, denials shared by
a conjunct, acts dated after publication and an accident's toll are marked or dropped, never
coded as done.  Sentences written for these tests in wire-news style."""
from __future__ import annotations

from coding import code


def _aux(coded, kind: str) -> list[set[str]]:
    return [set(e.aux) for e in coded.events if e.event == kind]


# -- a condition told by inversion: "Were X to ...", "Had X ..." ------------------------
def test_were_opens_a_condition(pipeline):
    coded = code(pipeline, "ANKARA (Reuters) - Were Greek troops to enter the buffer zone, Turkey would "
                           "consider it an act of war, the Turkish defence ministry said.")
    assert _aux(coded, "MOBILIZE") and all("hypothetical" in a for a in _aux(coded, "MOBILIZE"))


def test_had_opens_a_condition(pipeline):
    coded = code(pipeline, "BANGKOK (AP) - Had the police opened fire on the marchers in Rangoon, the unrest "
                           "would have spread, diplomats said.")
    assert _aux(coded, "ASSAULT") and all("hypothetical" in a for a in _aux(coded, "ASSAULT"))


def test_fire_told_as_done_is_not_a_condition(pipeline):
    coded = code(pipeline, "BANGKOK (AP) - The police opened fire on the marchers in Rangoon on Sunday, "
                           "diplomats said.")
    assert _aux(coded, "ASSAULT") and not any("hypothetical" in a for a in _aux(coded, "ASSAULT"))


# -- a condition told by a phrase: "provided that" ---------------------------------------
def test_provided_that_opens_a_condition(pipeline):
    coded = code(pipeline, "BELGRADE (Reuters) - Belgrade is ready to pull its police out of Kosovo provided "
                           "that NATO halts the bombing, a Yugoslav official said.")
    halts = [set(e.aux) for e in coded.events if [a.id for a in e.actor] == ["nato"]]
    assert halts and all("hypothetical" in a for a in halts)


# -- a negation shared by a conjunct: "never armed or financed" --------------------------
def test_negation_reaches_a_conjunct_after_or(pipeline):
    coded = code(pipeline, "KHARTOUM (AFP) - The Sudanese government said it had never armed or financed the "
                           "Janjaweed militia.")
    assert _aux(coded, "AID") and all("negated" in a for a in _aux(coded, "AID"))


# -- an option ruled out: "ruled out sending warships" -----------------------------------
def test_ruled_out_negates_its_complement(pipeline):
    coded = code(pipeline, "LONDON (Reuters) - Britain ruled out sending warships to the Gulf on Monday.")
    assert _aux(coded, "MOBILIZE") and all("negated" in a for a in _aux(coded, "MOBILIZE"))
    coded = code(pipeline, "BOGOTA (AP) - President Cesar Gaviria ruled out any release of jailed rebels on "
                           "Sunday, rejecting the main demand of the M-19 guerrillas who have held 40 hostages "
                           "in the embassy since Monday.")
    assert _aux(coded, "REJECT") and not any("negated" in a for a in _aux(coded, "REJECT"))  # after the comma


# -- an act dated after publication has not happened yet ---------------------------------
def test_talks_next_month_are_future(pipeline):
    coded = code(pipeline, "ANKARA (Reuters) - Syrian and Turkish officials hold talks in Ankara next month on "
                           "the return of refugees, the ministry said.", published="2020-09-26")
    assert _aux(coded, "CONSULT") and all("future" in a for a in _aux(coded, "CONSULT"))


# -- an accident's toll is no attack -----------------------------------------------------
def test_plane_crash_toll_is_no_assault(pipeline):
    coded = code(pipeline, "KIEV (Reuters) - A Ukrainian military transport plane crashed near Kharkiv on "
                           "Friday, killing 26 cadets.", published="2020-09-26")
    assert "ASSAULT" not in [e.event for e in coded.events]
