"""Recall on phrasings the development splits do not hold: wire-news sentences written
for these tests, one clear event each, with verbs, phrasal verbs and verb + object idioms a
reporter commonly uses ("rained rockets on", "hiked tariffs on", "took aim at", "made peace
with") and crowds told by a bare count ("thousands marched in Paris")."""
from __future__ import annotations

import pytest

from coding import code, ids

PROBES = [
    # (published, text, event type, actor ids, recipient ids)
    ("2014-08-01", "GAZA (Reuters) - Israel rained rockets on Gaza overnight.", "ASSAULT", ["ISR"], ["PSE"]),
    ("2003-03-20", "BAGHDAD (AP) - U.S. forces unleashed a barrage of missiles on Baghdad.", "ASSAULT", ["USA"], ["IRQ"]),
    ("1999-03-24", "BELGRADE (Reuters) - NATO warplanes blitzed Belgrade overnight.", "ASSAULT", ["nato"], ["YUG"]),
    ("1994-04-07", "KIGALI (AP) - Hutu militias butchered thousands of Tutsis.", "ASSAULT", ["interahamwe"], ["tutsi"]),
    ("2018-08-01", "ANKARA (Reuters) - Turkey hiked tariffs on U.S. goods on Wednesday.", "SANCTION", ["TUR"], ["USA"]),
    ("2020-06-01", "OTTAWA (AP) - Canada raised duties on Chinese steel.", "SANCTION", ["CAN"], ["CHN"]),
    ("2020-04-01", "BEIJING (Reuters) - China shipped masks to Italy.", "AID", ["CHN"], ["ITA"]),
    ("2022-04-01", "WASHINGTON (AP) - The United States rushed weapons to Ukraine.", "AID", ["USA"], ["UKR"]),
    ("2016-01-01", "ANKARA (Reuters) - Turkey took aim at the European Union over refugees.", "ACCUSE", ["TUR"], ["eu"]),
    ("2015-01-01", "PARIS (AP) - France offered condolences to Jordan.", "SUPPORT", ["FRA"], ["JOR"]),
    ("2017-11-04", "RIYADH (AP) - Saudi Arabia locked up dozens of princes in a hotel.", "COERCE", ["SAU"], ["SAU"]),
    ("2020-03-20", "ROME (Reuters) - Italy imposed a nationwide lockdown on Friday.", "COERCE", ["ITA"], ["ITA"]),
    ("2005-08-01", "GAZA (Reuters) - Israel evacuated its settlements from Gaza.", "RETREAT", ["ISR"], ["PSE"]),
    ("2018-01-01", "KABUL (Reuters) - Afghanistan begged Pakistan to stop harbouring militants.", "REQUEST", ["AFG"], ["PAK"]),
    ("2020-01-01", "ROME (Reuters) - Italy lobbied the European Union for aid.", "REQUEST", ["ITA"], ["eu"]),
    ("2018-01-01", "SEOUL (Reuters) - South Korea and Japan swapped intelligence on North Korea.", "COOPERATE", ["KOR", "JPN"], ["KOR", "JPN"]),
    ("2018-01-01", "ADDIS ABABA (AP) - Ethiopia made peace with Eritrea.", "AGREE", ["ETH"], ["ERI"]),
    ("2016-01-01", "MANILA (AP) - The Philippines shrugged off a warning from China.", "REJECT", ["PHL"], ["CHN"]),
    ("2020-01-01", "WASHINGTON (AP) - The United States waived sanctions on Iraq.", "CONCEDE", ["USA"], ["IRQ"]),
    ("2020-01-01", "TAIPEI (AP) - China flew warplanes near Taiwan on Sunday.", "MOBILIZE", ["CHN"], ["TWN"]),
    ("2013-01-01", "WASHINGTON (AP) - Chinese hackers breached U.S. government networks.", "COERCE", ["CHN"], ["USA"]),
    # crowds told by a bare count are the people of the state where they gather
    ("2020-06-01", "PARIS (Reuters) - Thousands marched in Paris on Saturday.", "PROTEST", ["FRA"], ["FRA"]),
    ("2016-10-01", "SEOUL (AP) - Tens of thousands demonstrated against South Korea's president.", "PROTEST", ["KOR"], ["KOR"]),
    ("2019-03-01", "LONDON (Reuters) - Hundreds rallied in Moscow on Sunday.", "PROTEST", ["RUS"], ["RUS"]),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", PROBES, ids=[p[1][p[1].find(" - ") + 3:][:40] for p in PROBES])
def test_a_wire_phrasing_codes_its_event(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    found = [(ids(e.actor), ids(e.recipient)) for e in coded.events if e.event == kind]
    assert (actors, recipients) in found, [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


def test_a_count_of_someone_named_is_that_one_not_the_host_people(pipeline):
    coded = code(pipeline, "ANKARA (Reuters) - Thousands of Kurds marched in Ankara on Sunday.",
                 published="2019-03-01")
    assert [ids(e.actor) for e in coded.events if e.event == "PROTEST"] == [["kurds"]]


def test_a_rebuttal_in_words_is_not_read_as_fire_from_the_hit_row(pipeline):
    coded = code(pipeline, "GAZA (AP) - Israel hit back at Hamas with air strikes on Monday.",
                 published="2021-05-10")
    assert not [e for e in coded.events if e.event == "ACCUSE"]
