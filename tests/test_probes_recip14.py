"""Recipients (targets) on phrasings written for these tests (wire-news style, varied regions
and decades): a give-and-take aimed at whoever gives the other half ("in return for a U.S.
promise", "in exchange for pledges by the two Balkan countries", "for prisoners held by
Israel"), and a reaction that names no target told beside another's act, which answers
whoever did it (", and Japan protested", ", a move condemned by ..."), and a deal that a
foreign state or organisation announces, made to it (", Kerry and Lavrov announced").  Each probe gives the
event type and the ids accepted for each side; near misses keep the recipient they had."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

PROBES = [
    # a give-and-take: the other half's giver
    ('2016-03-18', 'BRUSSELS (AFP) - Turkey agreed on Friday to take back migrants in return for pledges '
     'by the European Union to speed up visa-free travel.', 'AID', {'TUR'}, {'eu'}),
    ('2004-03-10', 'ATHENS (AP) - Bulgaria and Romania won approval to join the alliance on Wednesday after '
     'Greece withdrew its objections in exchange for guarantees by the two Balkan countries to respect '
     'minority rights.', 'RETREAT', {'GRC'}, {'BGR', 'ROU'}),
    ('2011-10-18', 'GAZA (AP) - Hamas freed the captured soldier on Tuesday in exchange for 477 Palestinian '
     'prisoners held by Israel.', 'RETREAT', {'hamas'}, {'ISR'}),
    # a reaction told beside another's act: whoever did it
    ('1983-09-01', "MOSCOW (TASS) - Soviet fighters shot down a South Korean airliner over Sakhalin on "
     "Thursday, and Japan protested strongly.", 'ACCUSE', {'JPN'}, {'SUN'}),
    ('1956-11-05', 'LONDON (Reuters) - British and French paratroops landed at Port Said on Monday, and '
     'the Soviet Union threatened to use rockets.', 'THREATEN', {'SUN'}, {'GBR', 'FRA'}),
    ('1999-03-24', 'BELGRADE (Reuters) - NATO began bombing Yugoslavia on Wednesday, and China protested.',
     'ACCUSE', {'CHN'}, {'nato'}),
    ('1975-11-11', 'LUANDA (AP) - Portugal handed power to the MPLA on Tuesday, a decision welcomed by Cuba.',
     'SUPPORT', {'CUB'}, {'PRT'}),
    # a deal or concession a foreign state or organisation announces was made to it
    ('2013-09-14', 'GENEVA (AP) - Syria agreed on Saturday to hand over its chemical weapons, U.S. Secretary '
     'of State John Kerry and Russian Foreign Minister Sergei Lavrov announced.', 'RETREAT', {'SYR'},
     {'USA', 'RUS'}),
    ('2007-01-10', "MOGADISHU (AFP) - Somalia's interim government on Wednesday accepted a proposal to deploy "
     "African peacekeepers in the capital, the Arab League's envoy said.", 'AGREE', {'SOM'}, {'arab-league'}),
]

# Probes the coder already got right before these rules (kept as a guard).
KEPT = [
    ('1979-03-26', 'WASHINGTON (AP) - Israel agreed on Monday to hand back the Sinai peninsula in exchange '
     'for Egyptian recognition of the Jewish state.', 'CONCEDE', {'ISR'}, {'EGY'}),
    ('1998-05-28', 'ISLAMABAD (AP) - Pakistan tested five nuclear devices on Thursday, a move condemned by '
     'Japan and Australia.', 'ACCUSE', {'JPN', 'AUS'}, {'PAK'}),
    ('2003-03-20', 'BAGHDAD (AP) - American warplanes bombed Baghdad on Thursday as Russia condemned the war.',
     'ACCUSE', {'RUS'}, {'USA'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", PROBES + KEPT)
def test_probe_recipient(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


# Near misses: (published, text, type, actor, the recipient it must have, one it must not)
NEAR_MISSES = [
    # the thing exchanged is no party: the prisoners' own state stays the recipient
    ('2008-07-16', 'NAQOURA, Lebanon (AP) - Israel freed five Lebanese prisoners on Wednesday in exchange '
     'for the bodies of two soldiers.', 'CONCEDE', 'ISR', 'LBN', None),
    # the actor's own half of the exchange is not its target
    ('2017-05-07', "MAIDUGURI, Nigeria (AFP) - Boko Haram on Saturday freed 40 of the students it abducted in "
     "March, in exchange for three of the group's commanders.", 'RETREAT', 'boko-haram', None, 'boko-haram'),
    # a deal announced by the actor's own ministry or by a rights group: no partner
    ('2004-08-03', 'KHARTOUM (Reuters) - Sudan agreed on Tuesday to let aid convoys into Darfur, the Sudanese '
     'foreign ministry said.', 'RETREAT', 'SDN', None, 'SDN'),
    # support after an act of force is for neither side named
    ('1979-02-18', 'HANOI (AFP) - Chinese troops crossed into Vietnam on Saturday, and the Soviet Union '
     'pledged its support.', 'SUPPORT', 'SUN', None, 'CHN'),
]


@pytest.mark.parametrize("published, text, kind, actor, wanted, unwanted", NEAR_MISSES)
def test_near_miss_recipient(pipeline, published, text, kind, actor, wanted, unwanted):
    coded = code(pipeline, text, published=published)
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    mine = [r for event, a, r in found if event == kind and actor in a]
    assert mine, found
    if wanted:
        assert any(wanted in r for r in mine), found
    if unwanted:
        assert not any(unwanted in r for r in mine), found
