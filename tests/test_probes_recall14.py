"""Events the coder lost entirely (session 14, recall): a finite verb the parser joined to
an infinitive that an order governs ("ordered the ambassador to leave ... and accused
Bogota of ..." -- the accusation is the orderer's own act, not part of what is ordered),
leaders led away at gunpoint (an arrest), and foreign troops a government says it will
never accept on its soil (a refusal: accepting troops is a concession, its negation in
the future a REJECT), and weapons announced for a state (military aid, as aid announced
is).  Written for these tests in wire-news style (varied regions and
decades; not taken from any gold split).

FIXED failed on the code before these rules; NOT_CODED are near misses that must stay
uncoded as the type named, in sentences with another event that must be coded (so that
empty output cannot pass)."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

FIXED = [
    # a finite verb misjoined to the infinitive of an order
    ('2008-03-02', "CARACAS (Reuters) - Venezuela's government on Sunday ordered the Colombian ambassador "
                   "to leave the country within 48 hours and accused Bogota of acting against Venezuela's interests.",
     'ACCUSE', {'VEN'}, {'COL'}),
    ('1988-07-11', "MANAGUA (AP) - Nicaragua on Monday gave the U.S. ambassador 72 hours to leave "
                   "and accused Washington of plotting with opposition leaders.",
     'ACCUSE', {'NIC'}, {'USA'}),
    # leaders led away at gunpoint
    ('1992-04-05', "LIMA (AP) - Soldiers stormed the Congress building on Sunday night and led "
                   "the Senate president and several lawmakers away at gunpoint.",
     'COERCE', ANY, ANY),
    ('1980-02-25', "PARAMARIBO (Reuters) - Surinamese soldiers stormed the cabinet office on Monday and led "
                   "the prime minister and his ministers away at gunpoint.",
     'COERCE', {'SUR'}, ANY),
    # foreign troops a state will never accept: a refusal
    ('1998-11-09', "ASUNCION (Reuters) - Paraguay's foreign minister said on Monday his government "
                   "would never accept Brazilian troops on Paraguayan soil.",
     'REJECT', {'PRY'}, {'BRA'}),
    ('2003-02-14', "ANKARA (AP) - Turkey said on Friday it would not accept American soldiers on its territory "
                   "without a vote in parliament.",
     'REJECT', {'TUR'}, {'USA'}),
    # weapons announced for a state: military aid (like aid announced)
    ('2019-07-08', "WASHINGTON (AP) - The State Department announced on Monday a further $300 million "
                   "in weapons for Taiwan.",
     'AID', {'USA'}, {'TWN'}),
]

NOT_CODED = [
    # the infinitive's own conjunct stays part of what is ordered: no separate act
    ('1985-10-02', "PRETORIA (Reuters) - South Africa on Wednesday ordered the Angolan envoy to leave "
                   "the country and never return.",
     'SANCTION', 'CONCEDE'),
    # troops accepted are a concession, not a refusal
    ('1999-09-12', "JAKARTA (Reuters) - Indonesia said on Sunday it would accept foreign peacekeepers in East Timor "
                   "and condemned the militias.",
     'ACCUSE', 'REJECT'),
    # weapons announced for no one are no aid
    ('2016-09-11', "SEOUL (Yonhap) - North Korea announced new nuclear weapons on Sunday and accused "
                   "Seoul of provocations.",
     'ACCUSE', 'AID'),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", FIXED)
def test_fixed(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


@pytest.mark.parametrize("published,text,coded,not_coded", NOT_CODED)
def test_not_coded(pipeline, published, text, coded, not_coded):
    events = code(pipeline, text, published).events
    assert any(e.event == coded for e in events), [(e.event, e.evidence.text) for e in events]
    assert not any(e.event == not_coded for e in events), [(e.event, e.evidence.text) for e in events]
