"""Place slots: names the small model's tagger calls a person, an organisation or nothing
that stand where news puts places ("shelled Rafah", "the siege of Mariupol", "Hodeidah's
port"), and the people and firms that must stay what they are."""
from __future__ import annotations

import pytest

from entente.place import PlaceFinder
from entente.records import Document


def coded(pipeline, text: str, published: str = "2022-03-10"):
    return pipeline.code(Document.create("t", text, published=published))


def first(events, kind: str):
    found = [e for e in events if e.event == kind]
    assert found, f"no {kind} event"
    return found[0]


def country_of(pipeline, text: str, word: str, published: str = "2022-03-10"):
    """The country PlaceFinder gives the last token ``word`` of ``text`` (None: no place)."""
    doc = pipeline.nlp(text)
    places = PlaceFinder(pipeline.resolver.resolve(doc, published))
    tok = [t for t in doc if t.text == word][-1]
    return places.country_at(tok)


@pytest.mark.parametrize("text, place, country", [
    ("Israeli jets bombed Rafah on Sunday.", "Rafah", "PSE"),
    ("Russian missiles struck Kharkiv's city centre on Tuesday, the regional governor said.",
     "Kharkiv", "UKR"),
    ("Saudi-led jets struck Hodeidah's port on Wednesday.", "Hodeidah", "YEM"),
])
def test_a_city_the_tagger_missed_is_the_scene_and_the_target(pipeline, text, place,
                                                                country) -> None:
    event = first(coded(pipeline, text).events, "ASSAULT")
    assert event.location is not None and event.location.text == place
    assert event.location.country == country and event.location.precision == "city"
    assert [r.id for r in event.recipient] == [country]


def test_the_shelling_of_a_city_the_tagger_called_an_organisation(pipeline) -> None:
    events = coded(pipeline, "Russian forces paused their shelling of Mariupol on Tuesday.").events
    assert events and all([r.id for r in e.recipient] == ["UKR"] for e in events)


def test_an_island_the_tagger_called_an_organisation(pipeline) -> None:
    text = ("PORT VILA (AFP) - Papua New Guinean troops flew into Espiritu Santo on Monday to "
            "help Vanuatu's new government crush a secessionist rebellion.")
    event = coded(pipeline, text, "1980-08-18").events[0]
    assert event.location is not None and event.location.name == "Espiritu Santo"
    assert event.location.country == "VUT" and event.location.basis == "text"


def test_a_surname_in_a_place_slot_stays_a_person(pipeline) -> None:
    text = ("Army commander Carlos Mendoza defected to the rebels last week. "
            "Government troops seized Mendoza on Monday.")
    assert country_of(pipeline, text, "Mendoza") is None  # not Mendoza, Argentina


def test_a_persons_belongings_are_no_place(pipeline) -> None:
    assert country_of(pipeline, "Gunmen attacked Jackson's convoy near the border.",
                      "Jackson") is None


# -- compass words ---------------------------------------------------------------------------

def test_the_south_is_no_province_of_cameroon(pipeline) -> None:
    event = first(coded(pipeline, "Rebels in the South attacked an army post on Sunday, "
                                  "killing three soldiers.").events, "ASSAULT")
    assert "CMR" not in [r.id for r in event.recipient]
    assert event.location is None or event.location.country != "CMR"


@pytest.mark.parametrize("text, kind", [
    ("U.S. and South Korean troops began joint exercises on Tuesday, and North Korea cut its "
     "military hotline with the South in protest.", "SANCTION"),
    ("Pyongyang accused the South of sending spy drones across the border, North Korean state "
     "media said on Friday.", "ACCUSE"),
])
def test_the_south_in_a_korean_story_is_south_korea(pipeline, text, kind) -> None:
    event = first(coded(pipeline, text, "2016-02-11").events, kind)
    assert [a.id for a in event.actor] == ["PRK"] and [r.id for r in event.recipient] == ["KOR"]


def test_the_south_elsewhere_is_no_korea(pipeline) -> None:
    doc = pipeline.nlp("Democratic candidates campaigned across the South on Monday.")
    found = pipeline.resolver.resolve(doc, "2020-01-01")
    assert not {h.actor.id for h in found.mentions} & {"KOR", "PRK"}


# -- former states ---------------------------------------------------------------------------

@pytest.mark.parametrize("published, state", [("1969-01-20", "CSK"), ("2019-01-20", "CZE")])
def test_prague_is_the_capital_of_the_state_of_the_day(pipeline, published, state) -> None:
    text = "Police in Prague used tear gas to break up a student demonstration on Sunday."
    event = first(coded(pipeline, text, published).events, "COERCE")
    assert [a.id for a in event.actor] == [state] and [r.id for r in event.recipient] == [state]
