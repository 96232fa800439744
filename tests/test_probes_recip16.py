"""Recipients (targets) on phrasings written for these tests (wire-news style, varied regions
and decades): a seat of state the knowledge base does not name ("the National Palace", "the
Palace of Justice") is no party of its own but stands for the state it lies in; a demand for
an ousted ruler's return or reinstatement is made of whoever ousted him, as a demand for a
captive's release is made of the captor; a leader's own fighters or followers ("urged his
fighters") are the organisation he leads, and an organisation's act is not aimed at its own
leader; counted forces withdrawn ("thousands of troops") are the actor's own; aid flown
"from" a place is not for that place's state; an unnamed group whose members "among them"
names is those members.  Each probe gives the event type and the ids accepted for each side;
near misses keep the recipient they must have, or are not coded."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

PROBES = [
    # a seat of state named as a building: the state it lies in, not an actor of its own
    ('1991-09-30', 'PORT-AU-PRINCE (AP) - Mutinous soldiers attacked the National Palace on Monday, '
     'witnesses said.', 'ASSAULT', set(), {'HTI'}),
    ('1980-11-12', 'LA PAZ (AP) - Rebel army officers stormed the Government Palace on Wednesday and '
     'held it for six hours.', 'ASSAULT', set(), {'BOL'}),
    ('2012-04-03', 'DAKAR (Reuters) - Gunmen stormed the Presidential Palace in Bamako on Tuesday, '
     'a diplomat said.', 'ASSAULT', set(), {'MLI'}),
    # a demand for an ousted ruler's return or reinstatement: of whoever ousted him
    ('2009-06-30', 'TEGUCIGALPA (AP) - Honduran soldiers ousted President Manuel Zelaya on Sunday and '
     'flew him to Costa Rica. The U.N. General Assembly demanded his reinstatement on Tuesday.',
     'REQUEST', set(), {'HND'}),
    ('2012-03-23', 'BAMAKO (Reuters) - Mutinous soldiers ousted President Amadou Toumani Toure on '
     'Thursday. The African Union condemned the coup and demanded his immediate return.',
     'REQUEST', set(), {'MLI'}),
    # a leader's own fighters or followers: the organisation he leads
    ('2006-08-11', 'BEIRUT (Reuters) - Hezbollah leader Hassan Nasrallah called on his fighters on '
     'Friday to stay on alert.', 'REQUEST', {'hassan-nasrallah'}, {'hezbollah'}),
    ('2016-08-29', 'BOGOTA (AP) - FARC leader Timoleon Jimenez on Monday urged his fighters to respect '
     'the ceasefire.', 'REQUEST', set(), {'farc'}),
    # "withdraw thousands of troops": the actor's own forces, counted, not the dateline's state
    ('1994-02-09', 'CAIRO (Reuters) - Israel and the PLO signed an accord in Cairo on Wednesday. Under '
     'the accord Israel will withdraw thousands of troops from Jericho by April.',
     'RETREAT', {'ISR'}, {'PSE', 'plo'}),
    # an unnamed group object whose members "among them" names: those named
    ('2014-02-19', 'CARACAS (AP) - Venezuelan intelligence agents arrested six opposition figures '
     'overnight, among them Leopoldo Lopez, his party said.', 'COERCE', {'VEN'}, {'leopoldo-lopez'}),
]


# Probes the coder already got right before these rules (kept as a guard).
KEPT = [
    ('2011-04-28', 'KAMPALA (Reuters) - Ugandan police detained dozens of opposition politicians on '
     'Thursday, among them Kizza Besigye.', 'COERCE', {'UGA'}, {'kizza-besigye'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", PROBES + KEPT)
def test_probe_recipient(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


# Near misses: (published, text, type, actor, the recipient it must have, one it must not)
NEAR_MISSES = [
    # the palace's own place names its state, not the dateline's
    ('2001-05-08', 'ISLAMABAD (Reuters) - Gunmen stormed the Presidential Palace in Kabul on Tuesday, '
     'officials said.', 'ASSAULT', None, 'AFG', 'PAK'),
    # counted soldiers withdrawn are the actor's own, not the state the story is filed from
    ('1988-04-14', 'GENEVA (AP) - Soviet troops will leave Afghanistan under an accord signed in Geneva '
     'on Thursday. Moscow will withdraw tens of thousands of soldiers within nine months.',
     'RETREAT', None, None, 'CHE'),
    # aid flown from a place leaves it: the place it comes from is not whom it is for
    ('1991-05-10', 'American helicopters will ferry relief supplies from Okinawa, the U.S. embassy '
     'said.', 'AID', None, None, 'JPN'),
    # "among them" naming no one the base knows leaves the group as it was
    ('1992-06-02', 'LIMA (Reuters) - Peruvian troops killed 14 rebels on Tuesday, among them a senior '
     'commander.', 'ASSAULT', None, 'rebels', None),
    # a rebel leader's followers disarming: not aimed at the leader himself
    ('1994-11-15', 'LUANDA (Reuters) - UNITA leader Jonas Savimbi told his followers on Tuesday to lay '
     'down their arms.', 'RETREAT', None, None, 'jonas-savimbi'),
    # a head of state's troops are his state's, not an organisation he leads
    ('2013-05-26', 'DAMASCUS (AP) - Syrian President Bashar al-Assad urged his troops on Sunday to '
     'fight on.', 'REQUEST', None, None, 'bashar-al-assad'),
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


# Sentences that must code nothing: a building visited, a homecoming told.
NOT_CODED = [
    ('2005-07-14', 'MEXICO CITY (AP) - Thousands of tourists visited the National Palace on Sunday.'),
    ('1996-04-11', 'KIGALI (Reuters) - Refugees began their return to Rwanda on Thursday.'),
]


@pytest.mark.parametrize("published, text", NOT_CODED)
def test_not_coded(pipeline, published, text):
    coded = code(pipeline, text, published=published)
    assert not coded.events, [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
