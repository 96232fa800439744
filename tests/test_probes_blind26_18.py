"""Event types and arguments on phrasings written for these tests (session 18, after the
blind dev26 split; wire-news style, varied regions and decades): condemnation or criticism
that an act "drew from" someone (the one in the from-phrase condemns the doer: grammar
undergo_verbs), and crowds that "packed" the streets or "massed outside" an army camp (a
protest).  Each probe gives the event type an annotator would code and the ids
accepted for each side (an empty set accepts any); an event of that type must name one of
each."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

FIXED = [
    # condemnation drawn from someone: the from-phrase condemns, the drawer is condemned
    ('2016-11-25', 'ANKARA (Reuters) - Turkey jailed 17 journalists on terrorism charges on Thursday, '
                   'and the verdicts drew swift condemnation from the European Union.',
     'ACCUSE', {'eu'}, ANY),
    ('1998-05-13', 'WASHINGTON (AP) - India set off two more nuclear devices on Wednesday, a move that '
                   'drew sharp criticism from the United States.',
     'ACCUSE', {'USA'}, {'IND'}),
    # crowds that pack the streets or mass outside an army camp
    ('2011-02-04', 'SANAA (Reuters) - Thousands of Yemenis packed the streets of the capital on Thursday '
                   'to demand that President Ali Abdullah Saleh step down.',
     'PROTEST', ANY, ANY),
    ('1992-05-18', 'BANGKOK (AP) - Tens of thousands of Thais massed outside an army camp on Monday, '
                   'demanding the resignation of Prime Minister Suchinda Kraprayoon.',
     'PROTEST', ANY, ANY),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED)
def test_probe_event_type(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)
