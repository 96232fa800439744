"""Probes for what the blind split dev20 showed (session 15), on phrasings written for these
tests (wire-news style, varied regions and decades, none copied from a gold file): shots
fired into crowds, censorship imposed, raids on offices told with a light verb, a warning
that troops would use live ammunition, tanks smashing through gates, and a sentence-initial
"They" after a sentence that ends with its source ("..., diplomats said. They ..."), the
place of a reporting clause ("travellers arriving in Vienna said"), an act condemned with its
doer named ("condemned the shelling of its towns by Chinese artillery"), the fighting a
peace agreement ends ("signed ..., ending 21 years of fighting": one agreement), people
taken away by soldiers or police (an arrest), and those a court finds guilty (a conviction).
Each probe gives the event type an annotator would code and the ids accepted for each side
(an empty set accepts any).  Near misses (shots into the air, a company smashing through a
sales target, air raids on positions, troops running out of ammunition) must not be coded as
the act they resemble."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

PROBES = [
    # shots fired into a crowd, a house, a bus: firearms at those inside
    ('1959-03-21', 'LHASA (Reuters) - Chinese troops fired into a crowd of Tibetan monks outside the '
                   'Potala palace on Saturday, witnesses said.',
     'ASSAULT', {'CHN'}, ANY),
    ('1972-01-31', 'LONDONDERRY (AP) - British paratroopers fired into a crowd of civil rights '
                   'marchers in the Bogside on Sunday.',
     'ASSAULT', {'GBR'}, ANY),
    # censorship imposed (a state act; agentless in the passive)
    ('1973-09-14', 'SANTIAGO (Reuters) - The military junta imposed censorship on all newspapers and '
                   'radio stations on Friday.',
     'COERCE', {'CHL'}, ANY),
    # raids on offices told with a light verb: a search and seizure, as the verb "raid" codes it
    ('1997-03-12', 'BELGRADE (Reuters) - Serbian police carried out raids on opposition offices in '
                   'the capital on Wednesday.',
     'COERCE', {'SRB', 'YUG'}, ANY),
    # a warning that troops would use live ammunition: a threat of force
    ('1989-03-01', 'CARACAS (Reuters) - The Venezuelan army warned on Wednesday that soldiers would '
                   'use live ammunition against looters.',
     'THREATEN', {'VEN'}, ANY),
    # armour smashing through gates or barricades
    ('1990-06-13', 'BUCHAREST (AP) - Romanian army tanks smashed through barricades outside the '
                   'state television building on Wednesday.',
     'ASSAULT', {'ROU'}, ANY),
    # "They" after a sentence closed by its source: the subject of what the source reported
    ('1981-08-11', 'WARSAW (Reuters) - Dockers at the port of Szczecin walked off the job on Tuesday, '
                   'Western diplomats said. They are demanding the release of jailed union leaders.',
     'REQUEST', {'POL'}, ANY),
    # the place of those who report it is not the scene: police are the dateline's
    ('1985-02-10', 'MANAGUA (Reuters) - Police detained 30 opposition activists on Sunday, travellers '
                   'arriving in San Jose said.',
     'COERCE', {'NIC'}, ANY),
    # an act condemned with its doer named ("by"), told here for the first time
    ('1979-02-20', 'HANOI (AP) - Vietnam condemned the shelling of its border towns by Chinese '
                   'artillery on Tuesday.',
     'ASSAULT', {'CHN'}, {'VNM'}),
    # taken away by soldiers or police: an arrest
    ('1984-10-20', 'WARSAW (Reuters) - The pro-Solidarity priest Jerzy Popieluszko was taken away by '
                   'plainclothes police on Friday, his parish said.',
     'COERCE', {'POL'}, ANY),
    # found guilty (passive and active): a conviction
    ('1996-08-26', 'SEOUL (Yonhap) - Former President Chun Doo-hwan was found guilty of mutiny and '
                   'treason by a Seoul court on Monday.',
     'SANCTION', {'KOR'}, ANY),
    ('2013-10-01', 'DHAKA (Reuters) - A Bangladeshi war crimes tribunal found two opposition leaders '
                   'guilty of genocide on Tuesday.',
     'SANCTION', {'BGD'}, ANY),
]

# Near misses: nothing of the type named may be coded.
NEAR_MISSES = [
    ('1988-08-09', 'RANGOON (Reuters) - Police fired into the air to scatter the crowd on Tuesday.',
     'ASSAULT'),
    ('2005-07-21', 'SEOUL (Yonhap) - Samsung smashed through its quarterly sales target, the company '
                   'said on Thursday.',
     'ASSAULT'),
    ('1999-04-02', 'BELGRADE (Reuters) - NATO warplanes carried out raids on Serb positions in Kosovo '
                   'overnight.',
     'COERCE'),
    ('1994-05-02', 'KIGALI (Reuters) - Aid workers warned that the troops would run out of ammunition '
                   'within days.',
     'THREATEN'),
    # the fighting an agreement ends is its outcome, not a second act (a ceasefire)
    ('2005-01-09', 'NAIROBI (Reuters) - Sudan\'s government and southern rebels signed a peace agreement '
                   'in Naivasha on Sunday, ending 21 years of fighting.',
     'CONCEDE'),
    # what a flood takes away, or a find that is no verdict
    ('2004-12-28', 'GALLE, Sri Lanka (AP) - The waves took away the only bridge in the town on Sunday.',
     'COERCE'),
    ('1998-03-05', 'MANILA (AP) - Police found the body of a missing journalist near Davao on Thursday.',
     'SANCTION'),
    # the act reacted to, told before with "the", is not coded again
    ('2017-06-06', 'DOHA (Reuters) - Qatar condemned the Saudi sanctions on Tuesday.',
     'SANCTION'),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", PROBES)
def test_probe(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


@pytest.mark.parametrize("published,text,kind", NEAR_MISSES)
def test_near_miss(pipeline, published, text, kind):
    coded = code(pipeline, text, published)
    assert kind not in [e.event for e in coded.events], [(e.event, e.evidence.text) for e in coded.events]
