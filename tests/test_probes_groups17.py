"""Non-state groups a state names: rebels, separatists, militants, the opposition, bishops,
named by a nationality ("Chadian rebels"), a state's possessive ("Venezuela's main
opposition parties", "Congo's Catholic bishops") or a place ("rebels in Mali") are a group
of their own (the slug of the phrase: chadian-rebels, venezuelan-opposition,
catholic-bishops, malian-rebels), whose country is the state; never the state they fight or
petition (sectors.yaml 'groups'). The state's organs stay the state's.
Each probe gives the event type and the ids accepted for each side (an empty set accepts
any); near misses check that the other readings stay."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

# Probes that failed before this rule (the state's id was coded).
PROBES = [
    ('2008-02-04', "PARIS (AFP) - Chadian rebels attacked the presidential palace in N'Djamena "
     'on Monday.', 'ASSAULT', {'chadian-rebels'}, {'TCD'}),
    ('2013-01-12', 'PARIS (AFP) - France launched air strikes against rebels in central Mali on '
     'Friday.', 'ASSAULT', {'FRA'}, {'malian-rebels'}),
    ('2013-01-12', 'PARIS (AFP) - France launched air strikes against Islamist rebels in '
     'central Mali on Friday.', 'ASSAULT', {'FRA'}, {'islamist-rebels'}),
    ('2017-08-09', 'Police fired tear gas at Kenyan opposition supporters in Nairobi on '
     'Wednesday.', 'COERCE', {'KEN'}, {'kenyan-opposition'}),
    ('2017-12-31', "ROME (Reuters) - Congo's Catholic bishops called on President Joseph Kabila "
     'to step down on Sunday.', 'REQUEST', {'catholic-church'}, {'joseph-kabila', 'COD'}),
    ('2018-04-30', "Nigeria's Catholic bishops accused President Muhammadu Buhari of failing to "
     'stop the killings.', 'ACCUSE', {'catholic-church'}, {'muhammadu-buhari', 'NGA'}),
]

# Near misses: the state's organs stay the state's, and combatants a nationality names stay
# their state's ("Iraqi fighters"); an opposition named by its state's possessive is still
# that state's opposition.
KEPT = [
    ('2008-02-04', "PARIS (AFP) - Chadian troops attacked a rebel column near Abeche on "
     'Monday.', 'ASSAULT', {'TCD'}, ANY),
    ('2003-03-25', 'BASRA (Reuters) - British troops battled Iraqi fighters near Basra on '
     'Tuesday.', 'ASSAULT', {'GBR'}, {'IRQ'}),
    ('2017-07-30', "WASHINGTON (Reuters) - Venezuela's main opposition parties boycotted the "
     'regional elections on Sunday.', 'PROTEST', {'venezuelan-opposition'}, ANY),
]


@pytest.mark.parametrize("day,text,kind,actors,recipients", PROBES + KEPT)
def test_group_named_by_a_state(pipeline, day, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, day), kind, actors, recipients)


def test_group_keeps_its_state_as_country(pipeline):
    coded = code(pipeline, "PARIS (AFP) - Chadian rebels attacked the presidential palace in "
                 "N'Djamena on Monday.", '2008-02-04')
    group = next(a for a in coded.actors if a.id == 'chadian-rebels')
    assert (group.country, group.sector) == ('TCD', 'REB')
    assert all('TCD' not in ids(e.actor) for e in coded.events)


def test_the_rebels_are_the_group_named_before(pipeline):
    """'the rebels' after "Syrian rebels" in the same document are the same group."""
    coded = code(pipeline, 'PARIS (AFP) - Syrian rebels shelled Aleppo on Monday. The rebels '
                 'also attacked an army post.', '2013-04-01')
    found = [ids(e.actor) for e in coded.events if e.event == 'ASSAULT']
    assert len(found) == 2 and all(a == ['syrian-rebels'] for a in found), found

