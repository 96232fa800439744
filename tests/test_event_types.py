"""Event types the coder reads from the grammar around a predicate, on sentences written
for these tests (wire-news style)."""
from __future__ import annotations

from coding import code, ids, only


# -- a force named without its side, in what a government says, is its own --------------

def test_a_task_force_a_prime_minister_says_will_sail_is_his_states(pipeline):
    coded = code(pipeline, "CANBERRA (Reuters) - Prime Minister John Howard said on Tuesday that a naval "
                           "task force would sail for East Timor within days.", published="1999-09-14")
    e = only(coded, "MOBILIZE")
    assert set(ids(e.actor)) & {"john-howard", "AUS"}



# -- a deadline set for an act: its setter does it ---------------------------------------

def test_a_deadline_for_pulling_out_is_a_withdrawal_by_who_set_it(pipeline):
    coded = code(pipeline, "PARIS (AFP) - President Francois Hollande set the end of the year as the "
                           "deadline for pulling all French combat troops out of Afghanistan.",
                 published="2012-05-25")
    e = only(coded, "RETREAT")
    assert set(ids(e.actor)) & {"francois-hollande", "FRA"}


# -- a bill does what its signer does ----------------------------------------------------

def test_a_bill_tightening_an_embargo_is_a_sanction_by_its_signer(pipeline):
    coded = code(pipeline, "WASHINGTON (AP) - President George W. Bush signed into law on Monday a bill "
                           "tightening sanctions against Syria.", published="2003-12-15")
    e = only(coded, "SANCTION")
    assert set(ids(e.actor)) & {"george-w-bush", "USA"}
