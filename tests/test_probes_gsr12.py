"""Probes for phenomena found reading entente's misses on the PLOVER gold-standard
sentences (CAMEO manual examples; the sentences here are fresh wire-style ones, not those):

* a one-word name written capitalised ("Labour") is no name in lower case ("its labour
  market"); the party itself still resolves;
* a state's name that ends a longer place name in another country ("Northern Ireland",
  "New Mexico") is not that state;
* "Kampuchean" (the 1975-89 name's adjective) is Cambodia's;
* "swore to attack" commits to an act not yet done, as "vowed to attack" does.

Each probe gives the event type and the ids accepted on each side; near misses must not
be coded with the actor they resemble."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

PROBES = [
    ('1997-06-02', 'BONN (Reuters) - Germany will impose restrictions on its labour market for '
     'Polish workers.', 'SANCTION', {'DEU'}, {'POL'}),
    ('1985-06-02', 'BELFAST (AP) - British troops raided a Catholic district in Northern Ireland '
     'on Tuesday.', 'ASSAULT', {'GBR'}, {'GBR'}),
    ('1973-11-29', 'LONDON (UPI) - The British government banned a Protestant paramilitary group '
     'in Northern Ireland on Monday.', 'COERCE', {'GBR'}, {'GBR'}),
    ('1992-04-14', 'EL PASO, Texas (AP) - Mexican police arrested a gang leader in New Mexico on '
     'Tuesday.', 'COERCE', {'MEX'}, {'USA'}),
    ('1984-03-09', 'ARANYAPRATHET, Thailand (AP) - Thai troops shelled Kampuchean guerrilla camps '
     'along the border on Friday.', 'ASSAULT', {'THA'}, {'KHM'}),
    ('1985-01-12', 'BANGKOK (Reuters) - Vietnamese forces attacked Kampuchean resistance fighters '
     'near the Thai border.', 'ASSAULT', {'VNM'}, {'KHM'}),
    # (guerrillas a state's adjective names are a group of their own, in that state:
    # sectors.yaml groups)
    ('1983-07-20', 'BANGKOK (AFP) - Kampuchean guerrillas ambushed a Vietnamese convoy on Sunday.',
     'ASSAULT', {'kampuchean-guerrillas'}, {'VNM'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", PROBES)
def test_probe(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


# Names that must not become the actor they resemble.
NOT_ACTORS = [
    ('2004-05-03', 'VIENNA (AP) - Austria will restrict access to its labour market for workers '
     'from Hungary for seven years.', 'labour-party'),
    ('1997-06-02', 'BONN (Reuters) - Germany will impose restrictions on its labour market for '
     'Polish workers.', 'labour-party'),
    ('1985-06-02', 'BELFAST (AP) - British troops raided a Catholic district in Northern Ireland '
     'on Tuesday.', 'IRL'),
]


@pytest.mark.parametrize("published,text,absent", NOT_ACTORS)
def test_not_the_actor(pipeline, published, text, absent):
    coded = code(pipeline, text, published)
    assert coded.events, "expected an event"
    assert all(absent not in ids(e.actor) + ids(e.recipient) for e in coded.events), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


def test_police_in_new_mexico_are_not_mexico(pipeline):
    coded = code(pipeline, 'EL PASO, Texas (AP) - Police in New Mexico arrested a Mexican drug '
                 'trafficker on Tuesday.', '1992-04-14')
    assert coded.events and all("MEX" not in ids(e.actor) for e in coded.events), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


# Near misses kept right: the party by name, Ireland itself, Cambodia by its usual adjective.
KEPT = [
    ('2001-03-14', 'LONDON (Reuters) - Labour accused the Conservatives of misleading voters on '
     'Wednesday.', 'ACCUSE', {'labour-party'}, ANY),
    ('1985-06-02', 'DUBLIN (AP) - Irish police arrested two men near the border with Northern '
     'Ireland on Sunday.', 'COERCE', {'IRL'}, ANY),
    ('1998-11-02', 'PHNOM PENH (AP) - Cambodian troops attacked Khmer Rouge positions on Monday.',
     'ASSAULT', {'KHM'}, ANY),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", KEPT)
def test_kept(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def test_swore_to_attack_is_not_yet_done(pipeline):
    coded = code(pipeline, 'ANKARA (Reuters) - Kurdish rebels swore on Tuesday to attack '
                 'government troops in the southeast.', '1998-05-01')
    found = [e for e in coded.events if e.event == "ASSAULT"]
    assert found and all("future" in e.aux for e in found), [(e.event, e.aux) for e in coded.events]


def test_attack_done_is_not_future(pipeline):
    coded = code(pipeline, 'ANKARA (Reuters) - Kurdish rebels attacked government troops in the '
                 'southeast on Tuesday.', '1998-05-01')
    found = [e for e in coded.events if e.event == "ASSAULT"]
    assert found and not any("future" in e.aux for e in found), [(e.event, e.aux) for e in coded.events]
