"""Recipients the story names before the act (wire-news style, written for these tests,
varied regions and decades): an own embassy closed abroad is closed on the host state; a
call for someone's release ("called for his release") is made of whoever the story told
seized him; a ship or plane named again by a bare craft noun ("seized the ship") is the one
named before; a place or craft stormed after the story told it attacked or seized is
stormed against whoever took it.  Each probe gives the event type and the ids an annotator
would accept on each side; the near misses must code the event without that target."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

FIXED = [
    # an own embassy closed abroad: the host state
    ('2021-06-01', 'RIGA (Reuters) - Latvia closed its embassy in Minsk on Friday after a row over flags.',
     'SANCTION', {'LVA'}, {'BLR'}),
    ('2019-03-14', 'BERN (AP) - Switzerland said on Thursday it would close its embassy in Caracas.',
     'SANCTION', {'CHE'}, {'VEN'}),
    # a call for someone's release: the captor the story told
    ('1996-12-20', 'LIMA (Reuters) - Peruvian police detained the Chilean businessman Jorge Lazo on Wednesday. '
                   'Chile called for his immediate release.',
     'REQUEST', {'CHL'}, {'PER'}),
    # a craft named again by a bare noun
    ('2014-05-07', 'MANAMA (Reuters) - Bahrain freed the Qatari-flagged fishing boat Al Nour on Tuesday. '
                   'Bahraini coast guards had seized the boat near Hawar a week earlier.',
     'COERCE', {'BHR'}, {'QAT'}),
    ('1998-06-09', 'ADDIS ABABA (AP) - An Ethiopian cargo plane disappeared near the border on Tuesday. '
                   'Eritrean gunners shot down the plane, a military spokesman said.',
     'ASSAULT', {'ERI'}, {'ETH'}),
    # a place or craft stormed after it was seized: its captors
    ('2001-05-22', 'ZAMBOANGA (AP) - Abu Sayyaf gunmen seized a school in Basilan on Monday. '
                   'Philippine troops stormed the school on Wednesday.',
     'ASSAULT', {'PHL'}, {'abu-sayyaf'}),
    ('2011-01-15', 'NAIROBI (Reuters) - Somali pirates hijacked a Danish cargo ship in the Gulf of Aden on Monday. '
                   'French commandos stormed the vessel on Thursday.',
     'ASSAULT', {'FRA'}, {'SOM', 'somali-pirates', 'pirates'}),
    # a craft's name after its flag: the flag's state ("British-flagged" read as an adjective)
    ('2019-07-20', "DUBAI (Reuters) - Iran's Revolutionary Guards seized the British-flagged tanker Pacific Star in the Gulf on Friday.",
     'COERCE', {'IRN', 'irgc'}, {'GBR'}),
]

# Guards: phrasings the rules must leave as they were.
KEPT = [
    ('2011-03-03', 'PARIS (AP) - France called for the release of three French journalists held by the Taliban in Afghanistan.',
     'REQUEST', {'FRA'}, {'taliban'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED + KEPT)
def test_probe_recipient_named_before(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


@pytest.mark.parametrize("published, text, kind, actor, wrong", [
    # storming a place the story did not tell seized: no captor to aim at
    ('2012-04-02', 'BAMAKO (Reuters) - Tuareg rebels seized the northern town of Gao on Saturday. '
                   'Malian soldiers stormed the town hall in Bamako on Sunday.', 'ASSAULT', 'MLI', 'tuareg'),
    # an own embassy closed abroad: the host, never the actor's own state
    ('2003-02-02', 'CANBERRA (AP) - Australia closed its embassy in Jakarta on Friday, and its consulate '
                   'in Bali stayed open.', 'SANCTION', 'AUS', 'AUS'),
])
def test_near_misses_keep_their_target(pipeline, published, text, kind, actor, wrong):
    coded = code(pipeline, text, published)
    found = [e for e in coded.events if e.event == kind and actor in ids(e.actor)]
    assert found and not any(wrong in ids(e.recipient) for e in found), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
