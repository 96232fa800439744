"""Probes written for the blind dev25 split's fixes (session 17), on sentences written for
these tests (wire-news style).  Each probe gives the event type and the ids an annotator
would accept for each side; an event of that type must name one of each."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

# A crowd that forces a leader to flee or resign coerces him: the compulsion stays a
# COERCE whoever compels (it is not re-read as the crowd's riot).
COMPELLED_BY_CROWDS = [
    ('2009-03-16', 'ANTANANARIVO (AFP) - Tens of thousands of opposition supporters besieged the '
     'presidential palace on Monday, forcing President Marc Ravalomanana to flee the capital.',
     'COERCE', None, {'marc-ravalomanana', 'MDG'}),
    ('2014-02-22', 'KIEV (Reuters) - Protesters occupied government buildings across the capital on '
     'Saturday, forcing President Viktor Yanukovych to abandon his residence.',
     'COERCE', None, {'viktor-yanukovych', 'UKR'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", COMPELLED_BY_CROWDS)
def test_crowd_compulsion_is_coercion(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)
