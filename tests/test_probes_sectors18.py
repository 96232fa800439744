"""Crowds named by their trade or calling (sectors.yaml words, session 18): a crowd of
metalworkers or civil servants is its state's labour sector, so its strike or march is coded
with that state as the actor; before, no actor resolved and the event was dropped."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

FIXED = [
    ('1969-11-28', 'ROME (Reuters) - Tens of thousands of metalworkers marched through Rome on '
                   'Friday to press for a new national contract.',
     'PROTEST', {'ITA'}, ANY),
    ('2010-06-03', 'BUCHAREST (AP) - Thousands of civil servants marched on the government '
                   'headquarters on Wednesday against wage cuts of 25 percent.',
     'PROTEST', {'ROU'}, ANY),
    ('1982-03-15', 'DETROIT (AP) - Thousands of autoworkers marched through downtown Detroit on '
                   'Monday to demand job guarantees.',
     'PROTEST', {'USA'}, ANY),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED)
def test_crowds_named_by_their_trade(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published=published), kind, actors, recipients)
