"""Actors nobody names: unnamed aircraft whose side the same sentence's armed forces give
("Chilean armed forces ... and Air Force jets bombed the palace"), and an office named
without its holder or its state ("the foreign minister", "the Secretary of State", "the
minister of defence", "the foreign ministry"), which is the government of the story's
state.  Near misses: a jet crash, jets bombing the positions of the force the sentence
names, aircraft in a story that names no armed forces, "a foreign minister" (someone's)."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

AIRCRAFT = [
    ('1963-02-08', 'BAGHDAD (Reuters) - Iraq\'s army seized the radio station on Friday after '
     'warplanes strafed the defence ministry.', 'ASSAULT', {'IRQ'}),
    ('1992-04-05', 'LIMA (AP) - Peruvian armed forces surrounded the congress building on Sunday, '
     'and helicopters rocketed a guerrilla camp in the jungle.', 'ASSAULT', {'PER'}),
]

TITLES = [
    ('2001-05-10', 'ISLAMABAD (Reuters) - The foreign minister accused India on Thursday of '
     'human rights abuses in Kashmir.', 'ACCUSE', {'PAK'}, {'IND'}),
    ('1999-04-12', 'WASHINGTON (Reuters) - The Secretary of State accused Serbia on Monday of '
     'war crimes against ethnic Albanians.', 'ACCUSE', {'USA'}, {'SRB', 'YUG'}),
    ('1987-03-10', 'PARIS (AFP) - The foreign minister condemned Libya on Tuesday over its '
     'support for the hijackers.', 'ACCUSE', {'FRA'}, {'LBY'}),
    ('1994-03-10', 'CAIRO (Reuters) - The foreign ministry condemned Israel on Thursday.',
     'ACCUSE', {'EGY'}, {'ISR'}),
    ('1978-11-02', 'NAIROBI (Reuters) - The minister of defence accused Uganda on Thursday of '
     'massing troops on the border.', 'ACCUSE', {'KEN'}, {'UGA'}),
]


@pytest.mark.parametrize("published,text,kind,actors", AIRCRAFT)
def test_unnamed_aircraft_are_the_sentence_forces_state(pipeline, published, text, kind, actors):
    coded = code(pipeline, text, published)
    assert any(e.event == kind and set(ids(e.actor)) & actors for e in coded.events), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


@pytest.mark.parametrize("published,text,kind,actors,recipients", TITLES)
def test_office_without_holder_is_story_state(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def test_jet_crash_is_no_event(pipeline):
    coded = code(pipeline, 'LUANDA (AFP) - A military jet crashed near the capital on Wednesday, '
                 'killing both pilots, the army said.', '1977-03-02')
    assert not [e for e in coded.events if e.event in ("ASSAULT", "COERCE", "MOBILIZE")], \
        [(e.event, ids(e.actor)) for e in coded.events]


def test_jets_bombing_the_named_forces_are_not_theirs(pipeline):
    coded = code(pipeline, 'BEIRUT (AP) - Syrian troops fought on in the Bekaa valley on Thursday '
                 'as jets bombed their positions.', '1982-06-10')
    assert coded.events  # the fighting is coded ...
    for e in coded.events:  # ... but the jets are not made Syria's attacking Syria's positions
        assert not (e.event == "ASSAULT" and "SYR" in ids(e.actor) and e.evidence.text.find("jets") >= 0
                    and not ids(e.recipient)), (e.event, ids(e.actor), ids(e.recipient))


def test_aircraft_with_no_armed_forces_named_keep_no_state(pipeline):
    coded = code(pipeline, 'TRIPOLI (AP) - Jets bombed the Libyan capital on Tuesday.', '1986-04-15')
    assault = [e for e in coded.events if e.event == "ASSAULT"]
    assert assault  # the raid is coded, on Libya ...
    assert all("LBY" not in ids(e.actor) for e in assault)  # ... but not by Libya, the dateline's state


def test_a_foreign_minister_is_not_the_datelines(pipeline):
    coded = code(pipeline, 'CAIRO (Reuters) - A foreign minister condemned Israel on Thursday.',
                 '1994-03-10')
    assert all("EGY" not in ids(e.actor) for e in coded.events), \
        [(e.event, ids(e.actor)) for e in coded.events]


def test_minister_of_a_named_state_keeps_it(pipeline):
    assert_codes(code(pipeline, 'LONDON (Reuters) - The foreign minister of Pakistan accused India '
                      'on Monday of war crimes.', '1999-05-10'), 'ACCUSE', {'PAK'}, {'IND'})
