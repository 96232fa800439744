"""Recipients (targets) on phrasings written for these tests (wire-news style, varied regions
and decades): a condemned invasion that the story told as troops rolling in, a demanded
withdrawal aimed at the invader, an act told "in a rebuke to" someone, rebels' disarmament
aimed at the state they fought (named by the dateline's city, or named beside the monitors
who take the weapons), the actor's own withdrawn forces and people not taken for a party,
a treaty signed at a seat of government that is no party to it, a broker consulting the
parties of the deal it brokered, and crowd control aimed at the protesters just told.  Each probe gives the
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
    # a broker consults the parties of the deal it brokered
    ('1987-08-07', 'GUATEMALA CITY (AP) - Nicaragua agreed to release political prisoners in a deal '
     'mediated by Costa Rican President Oscar Arias.', 'CONSULT', {'CRI', 'oscar-arias'}, {'NIC'}),
    ('2011-10-12', 'CAIRO (Reuters) - Israel agreed to free 1,000 Palestinian prisoners under a deal '
     'brokered by Egypt.', 'CONSULT', {'EGY'}, {'ISR', 'PSE'}),
    # a treaty signed at a seat of government: the signatories are each other's recipients
    ('1993-09-13', 'WASHINGTON (AP) - Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat '
     'signed a peace accord on the White House lawn on Monday.', 'AGREE',
     {'ISR', 'yitzhak-rabin', 'PSE', 'plo', 'yasser-arafat'}, {'ISR', 'yitzhak-rabin', 'PSE', 'plo', 'yasser-arafat'}),
]


# Guards (coded right before these rules too): a capital named as the partner stays the
# recipient of an agreement between several actors.
KEPT = [
    ('1949-01-25', 'WARSAW (PAP) - Poland and Czechoslovakia signed a trade pact with Moscow on Tuesday.',
     'AGREE', {'POL', 'CSK'}, {'SUN', 'RUS'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", KEPT)
def test_kept(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


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


# Crowd control with no target named is aimed at the protest the story just told: the
# protesters (their sector), not the state whose forces act.
CROWDS = [
    ('2007-09-26', 'RANGOON (AP) - Thousands of monks marched through the city on Wednesday demanding '
     'democracy. Troops fired tear gas.', ('MMR', 'REL')),
    ('2006-04-21', 'KATHMANDU (AFP) - Tens of thousands of demonstrators rallied in the capital on Friday '
     "to demand the king's resignation. Riot police fired tear gas and rubber bullets.", ('NPL', 'CVL')),
]


@pytest.mark.parametrize("published,text,target", CROWDS)
def test_crowd_control_aims_at_protesters(pipeline, published, text, target):
    found = [[(r.id, r.sector) for r in e.recipient]
             for e in code(pipeline, text, published).events if e.event == "COERCE"]
    assert any(target in rs for rs in found), found


def test_crowd_control_not_at_a_later_protest(pipeline):
    """A protest told after the police act is not what the police answered."""
    coded = code(pipeline, 'NAIROBI (Reuters) - Police fired tear gas in the city centre on Monday. '
                 'On Wednesday thousands of nurses marched to parliament.', '2019-06-10')
    found = [[(r.id, r.sector) for r in e.recipient] for e in coded.events if e.event == "COERCE"]
    assert found and all(('KEN', 'HLH') not in rs for rs in found), found
