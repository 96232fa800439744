"""Whom a storming or raid is against, on phrasings written for these tests (wire-news
style): a place whose owner is named (an embassy, a parliament, a company's plant) but whose
occupiers the storming verb's own clause names, as the captors of the hostages it frees or as
those it drives out.  The target is the occupiers, not the owner.  Each probe gives the event
type and the ids an annotator would accept for each side."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

PROBES = [
    ('2019-03-03', 'MOGADISHU (Reuters) - Somali troops stormed the Turkish embassy in Mogadishu on Sunday, freeing 12 hostages held by al Shabaab militants.',
     'ASSAULT', {'SOM'}, {'al-shabaab'}),
    ('2013-01-19', 'ALGIERS (Reuters) - Algerian special forces stormed the BP gas plant at In Amenas on Saturday, freeing dozens of hostages held by al Qaeda fighters.',
     'ASSAULT', {'DZA'}, {'al-qaeda'}),
    ('2007-07-10', 'ISLAMABAD (AP) - Pakistani commandos stormed the Pakistani parliament on Tuesday to flush out Taliban militants.',
     'ASSAULT', {'PAK'}, {'taliban'}),
]


@pytest.mark.parametrize("day,text,kind,actors,recipients", PROBES)
def test_stormed_occupiers(pipeline, day, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, day), kind, actors, recipients)
