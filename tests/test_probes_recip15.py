"""Recipients (targets) on phrasings written for these tests (wire-news style, varied regions
and decades): a ruler's resignation, told the day after he left office, is a concession to his
state's people, not to a state his sentence names in passing; what a refusal refuses is its
infinitive, not what its refuser did besides in a finite verb joined to it ("refused to resign
and expelled two diplomats"); a protest whose infinitive of purpose condemns or demands is
aimed where that condemnation or demand is ("marched to condemn the attack"); and a reaction
joined to a vote answers whoever voted ("voted to nationalise ..., and France warned ...").
Each probe gives the event type and the ids accepted for each side; near misses keep the
recipient they had."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

PROBES = [
    # a resignation, told after the day the ruler left office: to his state's people
    ('2001-12-22', 'BUENOS AIRES (Reuters) - Argentine President Fernando de la Rua resigned on Thursday '
     'after riots against a spending plan drafted with the International Monetary Fund left 22 people dead.',
     'CONCEDE', {'fernando-de-la-rua', 'ARG'}, {'ARG'}),
    ('1998-05-22', 'JAKARTA (AP) - President Suharto resigned on Thursday after weeks of student protests '
     'against his rule and a currency crisis that began in Thailand.', 'CONCEDE', {'suharto', 'IDN'}, {'IDN'}),
    # the refused act, not the refuser's other act joined to it
    ('1988-03-02', 'PANAMA CITY (AP) - The Organization of American States demanded on Monday that General '
     'Manuel Noriega step down. Noriega refused to resign and expelled two American diplomats.',
     'REJECT', {'manuel-noriega', 'PAN'}, {'oas'}),
    # a protest told by its purpose: aimed where the condemnation or demand is
    ('1997-07-21', 'BILBAO, Spain (AFP) - More than 200,000 Basques rallied in Bilbao on Sunday to denounce '
     'ETA.', 'PROTEST', set(), {'eta'}),
    ('1987-12-18', 'NABLUS (Reuters) - Thousands of Palestinians marched through Nablus on Friday to demand '
     'that Israel free the prisoners held in Ansar camp.', 'PROTEST', set(), {'ISR'}),
    # a reaction joined to a vote: whoever voted
    ('1956-07-27', "PORT SAID (AP) - Egypt's cabinet voted on Thursday to nationalise the Anglo-French Suez "
     "Canal Company, and Britain warned that it would protect its interests in the country by every means.",
     'THREATEN', {'GBR'}, {'EGY'}),
]

# Probes the coder already got right before these rules (kept as a guard).
KEPT = [
    ('1989-12-23', 'BUCHAREST (Reuters) - President Nicolae Ceausescu imposed a state of emergency across '
     'Timis county on Sunday.', 'COERCE', set(), set()),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", PROBES + KEPT)
def test_probe_recipient(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


# Near misses: (published, text, type, actor, the recipient it must have, one it must not)
NEAR_MISSES = [
    # what the refusal refuses names the party: an infinitive joined to it is still refused
    ('1992-04-16', 'TRIPOLI (Reuters) - Libya refused on Wednesday to hand over the two suspects or to pay '
     'compensation to Britain.', 'REJECT', 'LBY', 'GBR', None),
    # a protest that names its target keeps it, whatever its purpose asks of another
    ('2006-02-10', 'KARACHI (Reuters) - Thousands of Pakistanis protested against the United States in '
     'Karachi on Friday to demand an apology from Denmark.', 'PROTEST', None, 'USA', 'DNK'),
    # a resignation a foreign power forced is a concession to it, not to his people
    ('1986-02-26', 'MANILA (AP) - President Ferdinand Marcos stepped down on Tuesday, bowing to pressure '
     'from Washington.', 'CONCEDE', 'ferdinand-marcos', 'USA', None),
]


@pytest.mark.parametrize("published, text, kind, actor, wanted, unwanted", NEAR_MISSES)
def test_near_miss_recipient(pipeline, published, text, kind, actor, wanted, unwanted):
    coded = code(pipeline, text, published=published)
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    mine = [r for event, a, r in found if event == kind and (actor is None or actor in a)]
    assert mine, found
    if wanted:
        assert any(wanted in r for r in mine), found
    if unwanted:
        assert not any(unwanted in r for r in mine), found
