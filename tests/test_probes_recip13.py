"""Recipients (targets) on phrasings written for these tests (wire-news style, varied regions
and decades): a condemned invasion that the story told as troops rolling in, a demanded
withdrawal aimed at the invader, an act told "in a rebuke to" someone, rebels' disarmament
aimed at the state they fought (named by the dateline's city, or named beside the monitors
who take the weapons), the actor's own withdrawn forces and people not taken for a party,
and a treaty signed at a seat of government that is no party to it.  Each probe gives the
event type and the ids accepted for each side; near misses keep the recipient they had."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

PROBES = [
    # condemned invasion / demanded withdrawal -> the invader the story told moving in
    ('1979-12-29', 'ISLAMABAD (AP) - Soviet tanks rolled into Afghanistan on Thursday, and Pakistan '
     'condemned the invasion.', 'ACCUSE', {'PAK'}, {'SUN'}),
    ('1978-12-27', 'BEIJING (Xinhua) - Vietnamese troops and tanks rolled into Cambodia on Monday, and '
     'China condemned the invasion and demanded an immediate withdrawal.', 'ACCUSE', {'CHN'}, {'VNM'}),
    ('1978-12-27', 'BEIJING (Xinhua) - Vietnamese troops and tanks rolled into Cambodia on Monday, and '
     'China condemned the invasion and demanded an immediate withdrawal.', 'REQUEST', {'CHN'}, {'VNM'}),
    ('2019-10-11', 'ANKARA (Reuters) - Turkish troops entered northern Syria on Wednesday, and the Arab '
     'League condemned the incursion on Saturday.', 'ACCUSE', {'arab-league'}, {'TUR'}),
    # "in a rebuke to X": the act is a message to X
    ('1982-11-29', 'UNITED NATIONS (AP) - The General Assembly voted on Monday to demand the withdrawal '
     'of foreign forces from Kampuchea, in a rebuke to Vietnam.', 'REQUEST', {'unga'}, {'VNM'}),
    # rebels' disarmament -> the state they fought
    ('2007-05-03', 'BELFAST (Reuters) - The Ulster Volunteer Force has put its arsenal beyond use, the '
     'head of the independent decommissioning body said on Thursday.', 'RETREAT', {'uvf'}, {'GBR'}),
    ('2017-06-27', 'MESETAS, Colombia (AP) - FARC rebels handed over their last weapons to United Nations '
     'monitors on Tuesday.', 'RETREAT', {'farc'}, {'COL'}),
    # a treaty signed at a seat of government: the signatories are each other's recipients
    ('1993-09-13', 'WASHINGTON (AP) - Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat '
     'signed a peace accord on the White House lawn on Monday.', 'AGREE',
     {'ISR', 'yitzhak-rabin', 'PSE', 'plo', 'yasser-arafat'}, {'ISR', 'yitzhak-rabin', 'PSE', 'plo', 'yasser-arafat'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", PROBES)
def test_recipient(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


# Near misses: the rule must not reach past what it reads.
NOT_RECIPIENTS = [
    # the victim named in "the invasion of Kuwait" is not the target of the condemnation
    ('1990-08-03', 'CAIRO (Reuters) - Iraqi tanks rolled into Kuwait on Thursday, and Egypt condemned the '
     'invasion of Kuwait on Friday.', 'ACCUSE', 'KWT'),
    # a state handing over its arms to inspectors disarms toward them (no insurgency's state)
    ('2003-12-20', 'TRIPOLI (Reuters) - Libya handed over its chemical weapons to U.N. inspectors on '
     'Saturday.', 'RETREAT', 'LBY'),
    # the treaty's venue is no party
    ('1993-09-13', 'WASHINGTON (AP) - Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat '
     'signed a peace accord on the White House lawn on Monday.', 'AGREE', 'USA'),
    # the actor's own withdrawn troops and settlers are not the state the story is filed from
    ('2005-08-15', 'WASHINGTON (AP) - Under the plan Israel will pull its troops and settlers out of the '
     'Gaza Strip by the end of the month.', 'RETREAT', 'USA'),
]


@pytest.mark.parametrize("published,text,kind,not_id", NOT_RECIPIENTS)
def test_not_recipient(pipeline, published, text, kind, not_id):
    found = [e for e in code(pipeline, text, published).events if e.event == kind]
    assert found, f"no {kind} coded"
    assert all(not_id not in ids(e.recipient) for e in found), [(e.event, ids(e.actor), ids(e.recipient)) for e in found]


def test_libya_keeps_its_inspectors(pipeline):
    coded = code(pipeline, 'TRIPOLI (Reuters) - Libya handed over its chemical weapons to U.N. inspectors '
                 'on Saturday.', '2003-12-20')
    assert_codes(coded, 'RETREAT', {'LBY'}, {'un'})
