"""Events that should not be there at all, on phrasings written for these tests (wire-news
style, varied regions and decades): a word inside an organisation's name ("the Collective
Security Treaty Organization"), a meeting told again as its own purpose ("met ... to
discuss"), warnings told only as what a state defied, a party's own conference, troops
"ordered to pull out" (no deployment), and missiles that "slammed into" a building (an
attack, not a rebuke).
Each probe names the act that must be coded once and the reading that must not be there;
near misses keep the event the rule must not take away (a treaty signed, a demand made
by marchers, a warning told in full, a senator's rebuke)."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()


def _types(coded) -> list[str]:
    return [e.event for e in coded.events]


# (published, text, the event kept, its actors, the type that must not be coded, or that
# must be coded only once when it is the kept type)
NOT_THERE = [
    # a word of an organisation's name the tagger missed as a name: no treaty signed
    ('2022-01-07', 'YEREVAN (Reuters) - Troops of the Russian-led Collective Security Treaty Organization '
                   'arrived in Almaty on Friday.', 'MOBILIZE', {'csto'}, 'AGREE'),
    ('2017-09-04', 'VIENNA (AP) - The Comprehensive Nuclear-Test-Ban Treaty Organization said on Monday its '
                   'stations had detected a seismic event in North Korea.', None, ANY, 'COERCE'),
    # the purpose of an act of the same type tells that act again
    ('1977-03-07', 'DAR ES SALAAM (Reuters) - Kenyan President Jomo Kenyatta met Tanzanian President Julius '
                   'Nyerere in Arusha on Monday to discuss the future of the East African Community.',
     'CONSULT', {'jomo-kenyatta', 'KEN'}, 'CONSULT'),
    # warnings told only as what was defied: the defiance is the event
    ('2014-03-18', 'MOSCOW (Interfax) - Russia annexed Crimea on Tuesday, defying warnings from Western '
                   'governments.', 'REJECT', {'RUS'}, 'THREATEN'),
    ('2012-12-12', 'SEOUL (Yonhap) - North Korea launched a long-range rocket on Wednesday, defying warnings '
                   'from the United States.', 'REJECT', {'PRK'}, 'THREATEN'),
    # a party's own conference: no one meets anyone
    ('1984-10-15', 'BRIGHTON (Reuters) - A bomb exploded on Monday at a hotel where ministers were staying '
                   'for the Labour Party conference, killing two people.', 'ASSAULT', ANY, 'CONSULT'),
    ('1988-10-11', "BLACKPOOL (AP) - Police arrested 30 protesters outside the Conservative Party's annual "
                   "conference on Tuesday.", 'COERCE', {'GBR'}, 'CONSULT'),
    # forces ordered to withdraw are not deployed
    ('1989-09-22', "HANOI (Reuters) - Vietnam's defence minister ordered Vietnamese troops on Friday to pull "
                   "out of western Cambodia.", 'RETREAT', {'VNM'}, 'MOBILIZE'),
    ('2008-08-12', "TBILISI (AP) - President Dmitry Medvedev ordered Russian forces on Tuesday to withdraw "
                   "from Georgia's Gori region.", 'RETREAT', {'RUS'}, 'MOBILIZE'),
    # a missile that slammed into a building attacked it; it did not criticise anyone
    ('2009-01-06', 'GAZA (Reuters) - Israeli tank shells slammed into a U.N. school in Beit Lahiya on Tuesday, '
                   'killing 15 people, medics said.', 'ASSAULT', {'ISR'}, 'ACCUSE'),
    ('2001-07-15', 'KABUL (AP) - Taliban rockets slammed into a school in eastern Kabul on Sunday, witnesses said.',
     'ASSAULT', {'taliban'}, 'ACCUSE'),
]


@pytest.mark.parametrize("published,text,kind,actors,extra", NOT_THERE)
def test_event_not_there(pipeline, published, text, kind, actors, extra):
    coded = code(pipeline, text, published=published)
    if kind is not None:  # (None: the sentence tells no event; its name's word is none)
        assert_codes(coded, kind, actors)
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert _types(coded).count(extra) == (1 if extra == kind else 0), found


# Near misses: the event these phrasings tell must stay.
KEPT = [
    ('1970-12-07', 'WARSAW (AP) - Poland and West Germany signed a treaty in Warsaw on Monday recognising '
                   'the Oder-Neisse line as Poland\'s western border.', 'AGREE', {'POL', 'DEU'}),
    # a purpose of another type is an act of its own: the protest and the demand
    ('2019-03-08', 'ALGIERS (AFP) - Tens of thousands of Algerians marched through the capital on Friday to '
                   'demand that President Abdelaziz Bouteflika step down.', 'REQUEST', {'DZA'}),
    ('2019-03-08', 'ALGIERS (AFP) - Tens of thousands of Algerians marched through the capital on Friday to '
                   'demand that President Abdelaziz Bouteflika step down.', 'PROTEST', {'DZA'}),
    # a warning told in full is a threat
    ('2012-08-16', "LA PAZ (Reuters) - Bolivia granted asylum to a former Peruvian minister on Thursday, "
                   "defying Peru's warning that it would cut off trade with La Paz.", 'THREATEN', {'PER'}),
    ('1987-06-22', 'MOSCOW (Reuters) - Labour Party leader Neil Kinnock held talks with Soviet leader '
                   'Mikhail Gorbachev in the Kremlin on Monday.', 'CONSULT', {'neil-kinnock', 'labour-party', 'GBR'}),
    ('1987-07-24', 'WASHINGTON (AP) - President Ronald Reagan ordered U.S. warships to the Gulf on Friday.',
     'MOBILIZE', {'ronald-reagan', 'USA'}),
    ('1990-09-10', 'WASHINGTON (AP) - Senator Robert Dole slammed the administration on Monday over its '
                   'handling of the Gulf crisis.', 'ACCUSE', ANY),
]


@pytest.mark.parametrize("published,text,kind,actors", KEPT)
def test_event_kept(pipeline, published, text, kind, actors):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors)
