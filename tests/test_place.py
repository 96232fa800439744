"""Tests for entente.place: the offline gazetteer, datelines, and events' places."""
from __future__ import annotations

import pytest

from entente.place import find_dateline, fold, gazetteer, keys
from entente.records import Document


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def code(pipeline, text: str, published: str = "2016-08-01"):
    return pipeline.code(Document.create("t", text, published=published))


def located(coded, kind: str | None = None):
    events = [e for e in coded.events if kind is None or e.event == kind]
    assert events, f"no {kind or ''} event coded in {coded.document.id}"
    return events[0].location


# -- names and the gazetteer ---------------------------------------------------------------

def test_keys_ignore_case_accents_articles_and_kinds() -> None:
    assert fold("Ḩalab") == "halab"
    assert fold("Ra's al 'Ayn") == "ras al ayn"
    assert {"anbar", "al anbar"} <= keys("Al Anbār")
    assert "donetsk" in keys("Donetska oblast")


@pytest.mark.parametrize("name, country, precision", [
    ("Aleppo", "SYR", "city"), ("Mosul", "IRQ", "city"), ("Kandahar", "AFG", "city"),
    ("Crimea", "UKR", "admin1"), ("the Sinai", "EGY", "admin1"), ("Darfur", "SDN", "admin1"),
    ("East Turkestan", "CHN", "admin1"), ("Kurdistan", "IRQ", "admin1"),
    ("Gaza Strip", "PSE", "admin1"), ("West Bank", "PSE", "admin1"),
    ("Golan Heights", "SYR", "admin1"), ("Donbas", "UKR", "admin1"), ("Kashmir", "IND", "admin1"),
    ("Egypt", "EGY", "country"), ("Yugoslavia", "YUG", "country"), ("Helmand", "AFG", "admin1"),
    ("Tahrir Square", "EGY", "point"),
])
def test_gazetteer_knows_cities_provinces_and_regions(gaz, name, country, precision) -> None:
    place = gaz.resolve(name)
    assert place is not None, name
    assert (place.country, place.precision) == (country, precision)
    assert place.lat is not None and place.lon is not None


def test_ambiguous_names_follow_the_document(gaz) -> None:
    assert gaz.resolve("Tripoli").country == "LBY"  # the bigger one, with no context
    assert gaz.resolve("Tripoli", context={"LBN": 1.0}).country == "LBN"
    assert gaz.resolve("Tripoli", within={"LBN"}).country == "LBN"
    assert gaz.resolve("Hyderabad", context={"PAK": 1.0}).country == "PAK"
    assert gaz.resolve("Georgia").country == "GEO"
    assert gaz.resolve("Sahel").country is None  # several countries ...
    assert gaz.resolve("Sahel", context={"MLI": 1.0, "FRA": 0.5}).country == "MLI"  # ... one here


def test_a_province_when_the_words_ask_for_one(gaz) -> None:
    assert gaz.resolve("Idlib").precision == "city"
    assert gaz.resolve("Idlib", kind="admin1").precision == "admin1"


def test_transliterations_inside_the_document_country(gaz) -> None:
    place = gaz.resolve("Ras al-Ain", within={"SYR"})
    assert place is not None and place.country == "SYR" and place.lat is not None
    assert gaz.resolve("Hodeidah").country == "YEM"
    assert gaz.resolve("Ras al-Ain", fuzzy=False) is None  # no guessing outside a country


# -- datelines -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place, region, date_", [
    ("BEIRUT, Nov 2 (Reuters) - Syrian troops ...", "BEIRUT", None, "Nov 2"),
    ("Headline\n\nSOUSSE, Tunisia, June 27 (Reuters) - A gunman ...", "SOUSSE", "Tunisia", "June 27"),
    ("KABUL, Afghanistan — Taliban fighters ...", "KABUL", "Afghanistan", None),
    ("TRIPOLI (Reuters) - Forces ...", "TRIPOLI", None, None),
])
def test_datelines(text, place, region, date_) -> None:
    line = find_dateline(text)
    assert line is not None
    assert (line.place, line.region, line.date_text) == (place, region, date_)


@pytest.mark.parametrize("text", ["ISIS said on Sunday it ...", "The U.N. - in a statement - said",
                                  "NATO: the alliance said ..."])
def test_no_dateline(text) -> None:
    assert find_dateline(text) is None


# -- events ----------------------------------------------------------------------------------

def test_place_of_the_event_not_the_nationality_of_the_actor(pipeline) -> None:
    coded = code(pipeline, "Islamic State brought down a Russian airliner over Egypt on Saturday.",
                 "2015-11-02")
    loc = located(coded, "ASSAULT")
    assert (loc.country, loc.precision, loc.basis) == ("EGY", "country", "text")
    loc = located(code(pipeline, "Russia began a bombing campaign in Syria on September 30."))
    assert loc.country == "SYR"


def test_a_city_with_coordinates(pipeline) -> None:
    loc = located(code(pipeline, "Syrian government warplanes bombed rebel-held districts of "
                                 "Aleppo on Sunday."), "ASSAULT")
    assert (loc.text, loc.country, loc.precision) == ("Aleppo", "SYR", "city")
    assert abs(loc.lat - 36.2) < 0.5 and abs(loc.lon - 37.16) < 0.5


def test_tripoli_in_a_lebanon_story(pipeline) -> None:
    text = ("Lebanese army troops clashed with gunmen in the northern city of Tripoli on Friday. "
            "Hezbollah condemned the violence.")
    loc = located(code(pipeline, text, "2013-08-24"), "ASSAULT")
    assert (loc.country, loc.name) == ("LBN", "Tripoli")
    text = "Libyan National Army forces attacked Tripoli on Sunday, the Libyan government said."
    assert located(code(pipeline, text, "2019-04-08"), "ASSAULT").country == "LBY"


def test_a_province_and_a_region(pipeline) -> None:
    loc = located(code(pipeline, "Turkish drones struck Syrian government forces in Syria's Idlib "
                                 "province on Friday."), "ASSAULT")
    assert (loc.country, loc.precision) == ("SYR", "admin1")
    loc = located(code(pipeline, "Egyptian warplanes struck militant targets in the Sinai on "
                                 "Friday night, the army said."), "ASSAULT")
    assert (loc.name, loc.country, loc.precision) == ("Sinai", "EGY", "admin1")


def test_a_phrase_that_names_the_country(pipeline) -> None:
    loc = located(code(pipeline, "Atlanta police shot dead a man in Atlanta, Georgia, on Friday.",
                       "2020-06-14"), "ASSAULT")
    assert (loc.name, loc.country) == ("Atlanta", "USA")


def test_the_city_refers_back(pipeline) -> None:
    text = ("Iraqi forces recaptured the Old City of Mosul on Sunday. The Iraqi army launched its "
            "offensive to retake the city in October 2016.")
    events = code(pipeline, text, "2017-07-10").events
    last = [e for e in events if "offensive" in e.evidence.text]
    assert last and last[0].location.name == "Mosul" and last[0].location.country == "IRQ"


def test_dateline_is_a_marked_fallback(pipeline) -> None:
    text = ("SOUSSE, Tunisia, June 27 (Reuters) - An Islamic State gunman opened fire on tourists "
            "at a beach hotel on Friday, killing 38 people.")
    coded = code(pipeline, text, "2015-06-27")
    loc = located(coded, "ASSAULT")
    assert (loc.name, loc.country, loc.basis) == ("Sousse", "TUN", "dateline")
    assert coded.events[0].date == "2015-06-26"  # Friday, not the dateline's June 27


def test_statements_get_no_invented_place(pipeline) -> None:
    coded = code(pipeline, "Hezbollah condemned the bombings in a statement on Saturday.",
                 "2013-08-24")
    assert coded.events and coded.events[0].location is None


def test_location_round_trips() -> None:
    from entente.records import Location
    loc = Location("the capital", "RWA", -1.95, 30.06, "city", "Kigali", "text")
    assert Location.from_dict(loc.to_dict()) == loc
    assert Location.from_dict({"text": "Syria", "country": "SYR"}).precision is None
