"""False events, round 2 (session 14): phrasings written for these tests (wire-news style,
varied regions and decades) that tell no act between actors, though a lexicon word in them
looks like one.  A ballot for an outcome ("voted overwhelmingly for independence") takes no
one's side: it is not SUPPORT; warning that fighting could resume threatens no one.  Kept probes guard the acts these rules must not lose."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

# Acts that must still be coded next to the near misses below.
KEPT = [
    ('1990-08-10', 'CAIRO (Reuters) - Arab states voted on Friday to send troops to Saudi Arabia to defend the kingdom against Iraq.',
     'MOBILIZE', ANY, {'SAU'}),
    ('2004-03-02', 'BRUSSELS (Reuters) - The European Parliament voted against the fisheries accord with Morocco on Tuesday.',
     'REJECT', ANY, ANY),
    ('1995-02-14', 'GROZNY (Reuters) - Chechen rebels warned on Tuesday that they would attack Russian troops in the capital.',
     'THREATEN', ANY, ANY),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", KEPT)
def test_kept_act(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published=published), kind, actors, recipients)


# Near misses: (published, text, the type they must not be coded as; None: no event at all).
NOT_THE_ACT = [
    ('1991-12-02', 'KIEV (Reuters) - Ukrainians voted overwhelmingly for independence in a referendum on Sunday.', 'SUPPORT'),
    ('1999-08-31', 'DILI (AP) - East Timorese voted for independence from Indonesia in a U.N.-run ballot on Monday.', 'SUPPORT'),
    ('2011-01-15', 'JUBA (AFP) - Southern Sudanese voted for secession by a huge margin, officials said on Saturday.', 'SUPPORT'),
    ('1980-05-21', 'QUEBEC CITY (CP) - Voters in Quebec rejected a mandate to negotiate sovereignty; about 40 percent voted for sovereignty.', 'SUPPORT'),
    ('2014-03-17', 'SIMFEROPOL (Reuters) - Crimean voters voted for autonomy on Sunday, officials said.', 'SUPPORT'),
    # A warning of an activity's danger threatens no one ("fighting" is a gerund subject).
    ('1994-11-20', 'LUANDA (Reuters) - If the accord collapses, fighting could resume in the Huambo highlands, diplomats warned.', 'THREATEN'),
    ('2004-05-03', 'NYALA (AFP) - Aid agencies warned on Monday that fighting could spread to the camps along the Chad border.', 'THREATEN'),
]


@pytest.mark.parametrize("published, text, kind", NOT_THE_ACT)
def test_near_miss_is_not_the_act(pipeline, published, text, kind):
    coded = code(pipeline, text, published=published)
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert not [f for f in found if kind is None or f[0] == kind], found
