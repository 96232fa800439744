"""Event types on phrasings written for these tests (wire-news style, varied regions and
decades), session 13: warnings that an armed force will act (a threat, not a warning of a
danger), fighting told as breaking out or raging "between" two parties (an attack by
each on the other), and diplomatic recognition switched to another government.  Each probe gives the type an annotator would code and the ids accepted
for each side (an empty set accepts any).  Near misses (a warning that the army is
exhausted or will run short, fighting between football fans) must not be coded as the act
they resemble."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

PROBES = [
    # A warning that troops will act by force is a threat by the warner to the warned.
    ('2017-01-18', "BANJUL (AFP) - Senegal warned Gambia's president on Wednesday that troops "
     'would remove him by force if he refused to step down.', 'THREATEN', {'SEN'}, {'GMB'}),
    ('1983-10-20', 'BRIDGETOWN (AP) - Barbados warned Grenada on Thursday that soldiers would '
     'restore order by force.', 'THREATEN', {'BRB'}, {'GRD'}),
    # Fighting that breaks out, erupts or rages "between" two parties: each attacks the other.
    ('1998-05-10', 'ASMARA (Reuters) - Fighting broke out between Eritrean and Ethiopian troops '
     'along their border on Sunday.', 'ASSAULT', {'ERI', 'ETH'}, {'ERI', 'ETH'}),
    ('1994-04-10', 'KIGALI (Reuters) - Heavy fighting raged between Rwandan government troops and '
     'RPF rebels in Kigali on Sunday.', 'ASSAULT', {'RWA', 'rpf'}, {'RWA', 'rpf'}),
    ('1969-03-02', 'MOSCOW (TASS) - Fierce fighting erupted between Soviet and Chinese border '
     'guards on the Ussuri river on Sunday.', 'ASSAULT', {'SUN', 'CHN'}, {'SUN', 'CHN'}),
    # Recognition switched from one government to another: recognition of the new one.
    ('1979-01-01', 'WASHINGTON (AP) - The United States switched diplomatic recognition from '
     'Taipei to Beijing on Monday.', 'SUPPORT', {'USA'}, {'CHN'}),
    ('2008-01-14', 'LILONGWE (Reuters) - Malawi switched diplomatic recognition from Taiwan to '
     'China on Monday.', 'SUPPORT', {'MWI'}, {'CHN'}),
]


@pytest.mark.parametrize("published,text,event,actors,recipients", PROBES)
def test_probe(pipeline, published, text, event, actors, recipients):
    assert_codes(code(pipeline, text, published), event, actors, recipients)


def test_fighting_between_is_both_ways(pipeline):
    coded = code(pipeline, 'ZAGREB (Reuters) - Heavy fighting broke out between Croatian '
                 'militiamen and the Yugoslav army near Vukovar on Friday.', '1991-09-20')
    found = [(e.event, set(ids(e.actor)), set(ids(e.recipient))) for e in coded.events]
    assert ('ASSAULT', {'HRV', 'YUG'}, {'HRV', 'YUG'}) in found, found


NEAR_MISSES = [
    # A warning about one's own forces' state or shortage threatens no one.
    ('1999-03-10', 'LONDON (Reuters) - The defence minister warned on Wednesday that the army '
     'was overstretched and that troops were exhausted.', 'THREATEN'),
    ('2011-03-10', 'PARIS (AFP) - The chief of staff warned on Thursday that the army would run '
     'out of ammunition within weeks.', 'THREATEN'),
    # Fighting between fans is no attack by one party on another.
    ('2004-06-20', 'LISBON (AP) - Fighting broke out between rival fans outside the stadium '
     'after the match on Sunday.', 'ASSAULT'),
    # A broadcaster switching its coverage recognises no one.
    ('2016-12-26', 'LONDON (Reuters) - The network switched its coverage to the final on Monday.',
     'SUPPORT'),
]


@pytest.mark.parametrize("published,text,event", NEAR_MISSES)
def test_near_miss(pipeline, published, text, event):
    coded = code(pipeline, text, published)
    assert event not in [e.event for e in coded.events], [(e.event, e.evidence.text) for e in coded.events]


def test_near_miss_text_is_coded_at_all(pipeline):
    """The near misses are not passed by an empty coder: the same warner's threat is coded."""
    coded = code(pipeline, 'PARIS (AFP) - France warned Mali on Thursday that troops would '
                 'remove the junta by force.', '2011-03-10')
    assert 'THREATEN' in [e.event for e in coded.events]
