"""The actor knowledge base: packaged data, lookup, dated roles, schema errors, user files."""
from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from pathlib import Path

import pytest

from entente.actors import ActorEntry, KnowledgeBase, KnowledgeBaseError, Role, load_kb

# Normalised surfaces that more than one actor may claim, on purpose: the resolver
# decides between them (by date, by context) rather than the data pretending to know.
ALLOWED_AMBIGUOUS = {
    "congo", "congolese",            # Republic of the Congo / DR Congo
    "dominican", "dominicans",       # Dominica / Dominican Republic
    "brussels",                      # Belgium's capital / the EU's seat
    "ABC",                           # ABC News (US) / Australian Broadcasting Corporation
    "bush", "george bush", "clinton",  # two presidents Bush; Bill and Hillary Clinton
    "king abdullah",                 # of Jordan / of Saudi Arabia (until 2015): by date
    "anastasio somoza",              # father (1937-56) and son (1967-79): by date
    "albanians",                     # Albania's / Kosovo's / Macedonia's: by the story's country
    "benigno aquino",                # Aquino Jr. (senator, d. 1983) / Aquino III (president 2010-16): by date and role
    "moscow", "kremlin",             # the Soviet Union's until 1991-12-26, then Russia's: by date
    "belgrade",                      # Yugoslavia's until 2003, then Serbia's: by date
    # the same name for groups of different countries: by date, else by the story's place
    "islamic jihad",                 # Palestinian Islamic Jihad / Lebanon's Islamic Jihad Organization (1983-92)
    "national liberation army",      # Colombia's ELN / the Albanian NLA of Macedonia (2001)
    "national liberation front",     # Algeria's FLN / South Vietnam's NLF (1960-77) / South Yemen's NLF (1963-78)
    "NLF",                           # South Vietnam's NLF / South Yemen's NLF: by the story's place
    "maoist", "maoists",             # Nepal's, India's, Peru's, the Philippines' Maoist insurgencies: by the story's country
}
# City states whose capital has the country's own name; Vatican City is an alias.
NO_SEPARATE_CAPITAL = {"MCO", "SGP", "VAT", "MDV"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def ids(kb: KnowledgeBase, surface: str) -> list[str]:
    return [entry.id for entry, _ in kb.lookup(surface)]


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the packaged data ---

def source_file(entry) -> str:
    return entry.source.rsplit(":", 1)[0].rsplit("/", 1)[-1]


def test_states_cover_the_un_and_more(kb):
    states = [e for e in kb.entries.values() if e.type == "state" and source_file(e) == "states.yaml"]
    assert len(states) >= 197           # 193 members, 2 observers, Taiwan, Kosovo
    codes = {e.id for e in states}
    assert len(codes) == len(states)
    assert {"RUS", "USA", "IRN", "EGY", "SYR", "MAR", "GBR", "CHN", "PSE", "VAT", "TWN",
            "XKX", "COD", "COG", "PRK", "KOR", "SSD"} <= codes
    for e in states:
        assert len(e.id) == 3 and e.id.isupper() and e.country == e.id, e.id
        assert e.sector is None and e.aliases and e.adjectives, e.id
        assert e.capitals or e.id in NO_SEPARATE_CAPITAL, e.id
        assert e.demonyms or e.id == "VAT", e.id
    assert kb.get("RUS").name == "Russia" and kb.get("GBR").name == "United Kingdom"
    assert kb.get("RUS").wikidata == "Q159" and kb.get("USA").wikidata == "Q30"


def test_territories_and_former_states(kb):
    territories = [e for e in kb.entries.values() if source_file(e) == "territories.yaml"
                   and e.type == "state"]
    codes = {e.id for e in territories}
    assert {"PRI", "GRL", "HKG", "MAC", "ESH", "GIB", "FLK", "SUN", "YUG", "DDR"} <= codes
    assert len(territories) >= 50
    for e in territories:
        assert len(e.id) == 3 and e.id.isupper() and e.country == e.id and e.aliases, e.id
        assert e.id not in {s.id for s in kb.entries.values() if source_file(s) == "states.yaml"}
        parts = [r for r in e.roles if r.relation == "part_of"]
        assert parts or e.until or e.id in {"ESH", "ATA"}, f"{e.id}: part of which state?"
        assert all(kb.get(r.target).type == "state" for r in parts)
    assert kb.sovereign("HKG", "1990-06-01") == "GBR" and kb.sovereign("HKG", "2020-06-01") == "CHN"
    assert kb.sovereign("MAC", "1999-12-20") == "CHN" and kb.sovereign("GRL") == "DNK"
    assert kb.sovereign("ESH", "2020-01-01") is None and kb.sovereign("RUS") is None
    soviet = kb.get("SUN")
    assert soviet.exists_on("1985-01-01") and not soviet.exists_on("1995-01-01")
    assert [e.id for e, _ in kb.lookup("Soviet")] == ["SUN"]
    # de facto states: the ground ISO-3166 gives them, their authorities' sector
    for actor_id, country in [("northern-cyprus", "CYP"), ("abkhazia", "GEO"),
                              ("transnistria", "MDA"), ("somaliland", "SOM")]:
        e = kb.get(actor_id)
        assert (e.type, e.country, e.sector) == ("other", country, "GOV"), actor_id


def test_other_files_have_enough_entries(kb):
    by_file: dict[str, int] = defaultdict(int)
    for e in kb.entries.values():
        by_file[source_file(e)] += 1
    assert by_file["igos.yaml"] >= 150
    assert by_file["groups.yaml"] >= 400
    assert by_file["media.yaml"] >= 150
    assert by_file["persons.yaml"] >= 500
    non_state = [e for e in kb.entries.values()
                 if e.type in ("armed_group", "party", "media", "company", "ngo", "other")]
    assert len(non_state) >= 300                          # the floor
    assert sum(e.type == "armed_group" for e in kb.entries.values()) >= 200
    assert sum(e.type == "igo" for e in kb.entries.values()) >= 120


def test_heads_and_ministers_of_major_states_are_dated(kb):
    """Each of these states has, for 2015 and for 2023, a head (of state or government) and
    a foreign and a defence minister in the base; roles carry the dates they were held."""
    titles_by_state: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in kb.entries.values():
        for r in e.roles:
            if r.title and kb.get(r.target).type == "state":
                for day in ("2015-07-01", "2023-07-01"):
                    if r.active_on(day):
                        titles_by_state[(r.target, day)].add(kb.title(r.title).name
                                                             if kb.title(r.title) else r.title)
    for state in ("USA", "RUS", "GBR", "FRA", "DEU", "CHN", "IRN", "ISR", "TUR", "UKR"):
        for day in ("2015-07-01", "2023-07-01"):
            held = titles_by_state[(state, day)]
            assert held & {"president", "prime minister", "chancellor", "king", "supreme leader"}, (state, day)
            assert "foreign minister" in held, (state, day, held)
            assert "defence minister" in held, (state, day, held)
    for e in kb.entries.values():
        if e.type == "person":
            assert all(r.since or r.until for r in e.roles if r.target in ("USA", "RUS", "GBR")), e.id


def test_sectors_follow_the_types(kb):
    for e in kb.entries.values():
        if e.type == "media":
            assert e.sector == "JRN", e.id
        elif e.type == "igo":                 # an organisation, or its court or force
            assert e.sector in ("IGO", "JUD", "MIL", "COP", "SPY"), e.id
        elif e.type == "party":
            assert e.sector == "PTY", e.id
        elif e.type == "person":
            # an office holder has roles; a private person (a dissident, a hostage, a
            # gunman) has none, and is known by the nationality the entry gives
            assert e.roles or e.country, f"{e.id} has neither a role nor a country"
            # a person's sector is that of the role active on the story's date; the entry
            # gives one only for a lasting calling (a cleric), so that a former president
            # is not GOV
            assert e.sector in (None, "REL", "JRN", "BUS"), e.id


def test_renamings_follow_each_other(kb):
    for e in kb.entries.values():
        if e.successor_of:
            old = kb.get(e.successor_of)
            assert old.type == e.type or {old.type, e.type} <= {"armed_group", "party", "other"}, e.id
            if old.until and e.since:
                assert e.since[:len(old.until)] >= old.until[:len(e.since)], (e.id, e.since, old.until)


def test_sector_codes_of_entries_are_known(kb):
    for e in kb.entries.values():
        for sector in (e.sector, *(r.sector for r in e.roles)):
            assert sector is None or sector in kb.sector_codes, (e.id, sector)


def test_wikidata_ids_are_not_reused(kb):
    seen: dict[str, str] = {}
    for e in kb.entries.values():
        if e.wikidata:
            assert e.wikidata not in seen, f"{e.id} and {seen[e.wikidata]} share {e.wikidata}"
            seen[e.wikidata] = e.id


def test_no_unintended_collisions(kb):
    claims: dict[str, set[str]] = defaultdict(set)
    for surface, actor_id, _ in kb.surfaces():
        claims[kb.normalise(surface)].add(actor_id)
    collisions = {s: sorted(a) for s, a in claims.items() if len(a) > 1}
    assert {s: a for s, a in collisions.items() if s not in ALLOWED_AMBIGUOUS} == {}
    assert set(collisions) == ALLOWED_AMBIGUOUS     # keep the allow-list honest


def test_no_surface_is_a_common_word(kb):
    common = {"us", "is", "it", "let", "who", "male", "dawn", "amnesty", "independent",
              "economist", "times", "west", "coalition", "regime", "government", "may",
              "rice", "power", "gates", "burns", "austin", "waltz", "tusk", "truss", "salami",
              "shell", "telegram", "vox", "atlantic", "hill", "time", "liberation",
              "reunion", "jersey", "stanley", "hamilton", "cayenne", "quad", "base", "apple",
              "meta", "punch", "nation", "sun", "mail", "mirror", "express", "gallant",
              "league", "front", "army", "forces", "police", "rebels", "militants", "congress",
              "president", "minister", "general", "king"}
    found = {kb.normalise(s) for s, _, _ in kb.surfaces()} & common
    assert not found


def test_canonical_names_are_surfaces(kb):
    """A canonical name is a surface of its actor, or is with its qualifier dropped
    ("National Intelligence Organization (Turkey)"), unless the bare name is a common word
    or phrase, matched only in a longer form ("Dawn newspaper", "Shell plc")."""
    common_word_names = {
        "dawn", "JEY", "REU", "memorial", "servant-of-the-people", "civil-contract",
        "renaissance-france", "pis", "vox-spain", "the-base", "morena", "shell", "telegram",
        "peoples-party-thailand", "antara", "apa-azerbaijan", "zvezda", "kan",
        "channel-12-israel", "the-hindu", "the-national", "the-east-african", "bild",
        "the-times-uk", "the-independent", "the-economist", "the-hill", "the-atlantic",
        "foreign-policy"}
    left_out = set()
    for e in kb.entries.values():
        surfaces = {kb.normalise(a) for a in e.aliases}
        bare = re.sub(r"\s*\([^)]*\)$", "", e.name)
        if kb.normalise(e.name) not in surfaces and kb.normalise(bare) not in surfaces:
            left_out.add(e.id)
    assert left_out == common_word_names


# --- lookup ---

@pytest.mark.parametrize("surface, actor_id, how", [
    ("Russians", "RUS", "demonym"),
    ("Russian", "RUS", "adjective"),
    ("Daesh", "ISIS", "alias"),
    ("Da’esh", "ISIS", "alias"),
    ("ISIL", "ISIS", "alias"),
    ("the Islamic State’s", "ISIS", "alias"),
    ("IS’s", "ISIS", "alias"),
    ("ISIS’", "ISIS", "alias"),
    ("Al Qaeda’s", "al-qaeda", "alias"),
    ("al-Qaida", "al-qaeda", "alias"),
    ("Al-Qaeda’s", "al-qaeda", "alias"),
    ("Jabhat al-Nusra", "nusra-front", "alias"),
    ("the Nusra Front", "nusra-front", "alias"),
    ("Americans", "USA", "demonym"),
    ("U.S.", "USA", "alias"),
    ("the United States", "USA", "alias"),
    ("the White House", "USA", "seat"),
    ("Iranians", "IRN", "demonym"),
    ("Alawites", "alawites", "alias"),
    ("Hezbollah", "hezbollah", "alias"),
    ("Hizballah", "hezbollah", "alias"),
    ("Reuters", "reuters", "alias"),
    ("Arutz Sheva", "israel-national-news", "alias"),
    ("YouTube", "youtube", "alias"),
    ("Zawahiri", "ayman-al-zawahiri", "alias"),
    ("Ivory Coast", "CIV", "alias"),
    ("Cote d'Ivoire", "CIV", "alias"),
    ("Côte d’Ivoire", "CIV", "alias"),
    ("Türkiye", "TUR", "alias"),
    ("U.N. Security Council", "unsc", "alias"),
    ("Saudi", "SAU", "adjective"),
    ("North Korean", "PRK", "adjective"),
])
def test_lookup(kb, surface, actor_id, how):
    assert [(e.id, h) for e, h in kb.lookup(surface)] == [(actor_id, how)]


@pytest.mark.parametrize("surface, day, actor_id", [
    ("Moscow", "2015-09-30", "RUS"), ("Moscow", "1985-09-14", "SUN"),
    ("the Kremlin", "2022-02-24", "RUS"), ("the Kremlin", "1968-08-21", "SUN"),
    ("Belgrade", "1991-06-27", "YUG"), ("Belgrade", "2008-02-18", "SRB"),
    ("Saigon", "1968-01-31", "RVN"), ("Peking", "1972-02-21", "CHN"),
])
def test_capitals_name_the_state_of_their_day(kb, surface, day, actor_id):
    assert kb.rank(kb.lookup(surface), day)[0][0].id == actor_id


def test_lookup_types(kb):
    assert kb.lookup("Reuters")[0][0].type == "media"
    assert kb.lookup("Alawites")[0][0].type == "population"
    assert kb.lookup("YouTube")[0][0].type == "company"
    assert kb.lookup("NATO")[0][0].type == "igo"


def test_short_acronyms_keep_their_case(kb):
    assert ids(kb, "US") == ["USA"] and ids(kb, "us") == []
    assert ids(kb, "IS") == ["ISIS"] and ids(kb, "is") == []
    assert ids(kb, "AP") == ["associated-press"] and ids(kb, "ap") == []
    assert ids(kb, "Isis") == ["ISIS"]                  # four letters: case does not matter


def test_ambiguous_surfaces_give_every_actor(kb):
    assert sorted(ids(kb, "Congolese")) == ["COD", "COG"]
    assert sorted(ids(kb, "Brussels")) == ["BEL", "eu"]
    assert ids(kb, "nobody-we-know") == []


@pytest.mark.parametrize("a, b", [
    ("al-Qaeda", "al Qaeda"), ("Al-Qaeda", "al Qaeda"), ("al–Qaeda", "al Qaeda"),
    ("U.S.", "US"), ("U.S.'s", "US"), ("the  Kremlin", "Kremlin"), ("Russia’s", "Russia"),
    ("Americans'", "Americans"), ("ISIS’", "ISIS"), ("Da‘ish", "Da'ish"),
])
def test_normalise_unifies(a, b):
    assert KnowledgeBase.normalise(a) == KnowledgeBase.normalise(b)


def test_normalise_keeps_what_differs():
    n = KnowledgeBase.normalise
    assert n("US") != n("us") and n("Niger") != n("Nigeria") and n("Da'ish") != n("Daish")


def test_surfaces_are_as_written(kb):
    rows = set(kb.surfaces())
    assert ("the Kremlin", "RUS", "seat") in rows
    assert ("Al-Qa'ida", "al-qaeda", "alias") in rows
    assert ("Americans", "USA", "demonym") in rows


# --- dates: roles, renamings ---

def leader_roles(kb, person: str, target: str) -> list[Role]:
    return [r for r in kb.get(person).roles if r.relation == "leader_of" and r.target == target]


def test_zawahiri_led_al_qaeda_in_2015_not_in_2023(kb):
    (role,) = leader_roles(kb, "ayman-al-zawahiri", "al-qaeda")
    assert role.active_on("2015-11-02") and not role.active_on("2023-01-01")
    assert role.active_on(None) and not role.active_on("2011-06-15")


def test_obama_and_trump_presidencies(kb):
    (obama,) = leader_roles(kb, "barack-obama", "USA")
    assert obama.active_on("2012-06-01") and not obama.active_on("2019-06-01")
    trump = leader_roles(kb, "donald-trump", "USA")
    assert [r.active_on("2019-06-01") for r in trump] == [True, False]
    assert [r.active_on("2023-06-01") for r in trump] == [False, False]
    assert any(r.active_on("2025-06-01") for r in trump)


def test_putin_alternates_between_offices(kb):
    putin = kb.get("vladimir-putin")
    assert {r.title for r in putin.roles_on("2010-01-01")} == {"prime minister"}
    assert {r.title for r in putin.roles_on("2015-11-02")} == {"president"}
    assert kb.get("sergei-lavrov").roles_on("2015-11-02")[0].title == "foreign minister"


def test_nusra_renamed_twice(kb):
    nusra, jfs, hts = kb.get("nusra-front"), kb.get("jabhat-fateh-al-sham"), kb.get("hts")
    assert nusra.exists_on("2015-11-02") and not nusra.exists_on("2017-06-01")
    assert nusra.affiliate_of == "al-qaeda"
    assert jfs.successor_of == "nusra-front" and jfs.exists_on("2016-10-01")
    assert hts.successor_of == "jabhat-fateh-al-sham" and hts.exists_on("2019-01-01")
    assert not hts.exists_on("2015-11-02")
    assert kb.get("ISIS").offshoot_of == "al-qaeda"
    assert kb.get("aqap").affiliate_of == "al-qaeda"


def test_partial_dates_cover_their_span():
    role = Role("leader_of", "al-qaeda", since="1988", until="2011-05")
    assert role.active_on("1988-01-01") and role.active_on("2011-05-31")
    assert not role.active_on("1987-12-31") and not role.active_on("2011-06-01")
    assert role.active_on("2011")                     # a partial day overlapping the span
    assert ActorEntry("x", "X", "other", until="2000").exists_on("2000-12-31")


# --- schema errors ---

GOOD_HEAD = "- id: fine\n  name: Fine\n  type: other\n"


@pytest.mark.parametrize("body, line, words", [
    ("- id: broken\n  name: Broken\n", 4, "required key 'type' is missing"),
    ("- id: broken\n  name: Broken\n  type: other\n  colour: red\n", 7, "unknown key 'colour'"),
    ("- id: broken\n  name: Broken\n  type: other\n  since: 2015-13-45\n", 7, "'since'"),
    ("- id: broken\n  name: Broken\n  type: other\n  until: last year\n", 7, "'until'"),
    ("- id: broken\n  name: Broken\n  type: rebel\n", 6, "type 'rebel'"),
    ("- id: broken\n  name: Broken\n  type: other\n  aliases: [a, b\n", 8, "not valid YAML"),
    ("- id: broken\n  name: Broken\n  type: other\n  country: XYZ\n", 4, "country 'XYZ'"),
    ("- id: broken\n  name: Broken\n  type: other\n  offshoot_of: nobody\n", 4, "'nobody'"),
    ("- id: broken\n  name: Broken\n  type: person\n  roles:\n"
     "    - {relation: leader_of, target: RUS, until: 2001-02-30}\n", 8, "'until'"),
    ("- id: broken\n  name: Broken\n  type: person\n  roles:\n"
     "    - {relation: leads, target: RUS}\n", 8, "relation 'leads'"),
    ("- id: fine\n  name: Again\n  type: other\n", 4, "duplicate id 'fine'"),
    ("- id: broken\n  name: Broken\n  type: other\n  since: 2015-01-01\n  until: 2014-01-01\n",
     8, "after"),
    ("- id: broken\n  name: Broken\n  type: state\n", 4, "alpha-3"),
])
def test_broken_user_file_names_file_and_line(tmp_path, body, line, words):
    path = write(tmp_path, GOOD_HEAD + body, "analyst_actors.yaml")
    with pytest.raises(KnowledgeBaseError) as info:
        load_kb([path])
    message = str(info.value)
    assert "analyst_actors.yaml" in message and f":{line}:" in message, message
    assert words in message, message
    assert isinstance(info.value, ValueError)


def test_a_file_that_is_not_a_list(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="list of entries"):
        load_kb([write(tmp_path, "id: x\nname: X\ntype: other\n")])


def test_a_missing_file(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        load_kb([tmp_path / "absent.yaml"])


# --- user files ---

def test_user_file_overrides_an_entry(tmp_path, kb):
    path = write(tmp_path, "- id: reuters\n  name: Reuters News\n  type: media\n  sector: JRN\n"
                           "  aliases: [Reuters News, Thomson Reuters Foundation]\n")
    mine = load_kb([path])
    assert mine.get("reuters").name == "Reuters News"
    assert ids(mine, "Thomson Reuters Foundation") == ["reuters"]
    assert ids(mine, "Reuters") == []                       # the packaged aliases went with it
    assert kb.get("reuters").name == "Reuters" and ids(kb, "Reuters") == ["reuters"]
    assert len(mine) == len(kb)


def test_user_file_adds_an_actor(tmp_path, kb):
    path = write(tmp_path, "- id: ahrar-test-brigade\n  name: Test Brigade\n  type: armed_group\n"
                           "  country: SYR\n  sector: REB\n  aliases: [Test Brigade, TTB]\n"
                           "  since: 2014\n  affiliate_of: nusra-front\n")
    mine = load_kb([str(path)])
    (entry, how), = mine.lookup("the Test Brigade’s")
    assert (entry.id, entry.country, how) == ("ahrar-test-brigade", "SYR", "alias")
    assert entry.source.endswith("mine.yaml:1") and entry.since == "2014"
    assert not entry.exists_on("2013-12-31")
    assert ids(mine, "TTB") == ["ahrar-test-brigade"] and ids(kb, "TTB") == []


def test_later_user_file_wins(tmp_path):
    first = write(tmp_path, "- id: mine\n  name: First\n  type: other\n", "a.yaml")
    second = write(tmp_path, "- id: mine\n  name: Second\n  type: other\n", "b.yaml")
    assert load_kb([first, second]).get("mine").name == "Second"


def test_packaged_base_is_loaded_once():
    assert load_kb() is load_kb()


def test_person_sector_follows_the_date(kb):
    obama = kb.get("barack-obama")
    assert kb.as_of(obama, "2012-06-01")[:2] == ("USA", "GOV")
    country, sector, role = kb.as_of(obama, "2019-06-01")
    assert (country, sector, role) == ("USA", None, None)       # a former president
    assert kb.as_of(kb.get("abu-mohammad-al-julani"), "2016-09-01")[1] == "REB"
    assert kb.as_of(kb.get("abu-mohammad-al-julani"), "2025-06-01")[:2] == ("SYR", "GOV")
    assert kb.as_of(kb.get("sergei-shoigu"), "2015-01-01")[1] == "MIL"


def test_a_private_person_is_not_in_office(kb, tmp_path):
    """A person with a nationality and no role (a dissident, a hostage, an assassin) is
    the actor himself: his country, no sector, no role, on any date."""
    agca = kb.get("mehmet-ali-agca")
    assert agca is not None and agca.type == "person" and not agca.roles
    assert kb.as_of(agca, "1981-05-13") == ("TUR", None, None)
    assert kb.as_of(agca, None) == ("TUR", None, None)
    mine = load_kb([write(tmp_path, "- {id: jane-roe, name: Jane Roe, type: person, "
                                     "country: CHL, aliases: [Jane Roe]}\n")], env=False)
    roe = mine.get("jane-roe")
    assert mine.as_of(roe, "2001-01-01") == ("CHL", None, None)
    assert [e.id for e, _ in mine.lookup("Jane Roe")] == ["jane-roe"]
    explained = mine.explain("Jane Roe", "2001-01-01")
    assert (explained.id, explained.country, explained.sector) == ("jane-roe", "CHL", None)
    assert any("holds no office" in n for n in explained.notes)


def test_the_date_picks_among_namesakes(kb):
    """'King Abdullah': the Saudi king until his death in 2015, then Jordan's."""
    ranked = kb.rank(kb.lookup("King Abdullah"), "2018-01-01")
    assert ranked[0][0].id == "king-abdullah-ii"
    assert kb.rank(kb.lookup("Jabhat al-Nusra"), "2016-09-01")[0][0].id == "nusra-front"


# --- sector words and role titles (sectors.yaml) ---

@pytest.mark.parametrize("word, sector", [
    ("warplanes", "MIL"), ("Warplane", "MIL"), ("troops", "MIL"), ("the army", "MIL"),
    ("fighter-jets", "MIL"), ("fighter jets", "MIL"), ("navy", "MIL"), ("forces", "MIL"),
    ("police", "COP"), ("policemen", "COP"), ("riot police", "COP"), ("security forces", "COP"),
    ("rebels", "REB"), ("Insurgents", "REB"), ("militias", "REB"), ("militants", "REB"),
    ("protesters", "CVL"), ("civilians", "CVL"), ("students", "CVL"), ("residents", "CVL"),
    ("government", "GOV"), ("authorities", "GOV"), ("officials", "GOV"), ("regime", "GOV"),
    ("journalists", "JRN"), ("state media", "JRN"), ("clerics", "REL"), ("companies", "BUS"),
    ("refugees", "REF"), ("gunmen", "UAF"), ("opposition", "OPP"), ("lawmakers", "LEG"),
    ("judges", "JUD"), ("intelligence", "SPY"), ("aid workers", "NGO"), ("cartels", "CRM"),
    ("foreign minister", "GOV"), ("Defense Secretary", "MIL"), ("president", "GOV"),
    ("weather", None), ("said", None), ("", None),
])
def test_sector_of(kb, word, sector):
    assert kb.sector_of(word) == sector


@pytest.mark.parametrize("word, title, sector, relation", [
    ("President", "president", "GOV", "leader_of"),
    ("prime minister", "prime minister", "GOV", "leader_of"),
    ("Premier", "prime minister", "GOV", "leader_of"),
    ("Foreign Secretary", "foreign minister", "GOV", "member_of"),
    ("secretary of state", "foreign minister", "GOV", "member_of"),
    ("top diplomat", "foreign minister", "GOV", "member_of"),
    ("defense secretary", "defence minister", "MIL", "member_of"),
    ("Defence Minister", "defence minister", "MIL", "member_of"),
    ("king", "king", "GOV", "leader_of"),
    ("Ayatollah", "ayatollah", "REL", "member_of"),
    ("spokesman", "spokesman", None, "member_of"),
    ("emir", "emir", None, "leader_of"),
    ("General", "general", "MIL", "member_of"),
])
def test_titles(kb, word, title, sector, relation):
    t = kb.title(word)
    assert (t.name, t.sector, t.relation) == (title, sector, relation)


def test_sector_words_and_titles_are_exported(kb):
    words, titles = kb.sector_words(), kb.titles()
    assert words["security forces"] == "COP" and words["forces"] == "MIL"
    assert titles["secretary of state"].name == "foreign minister"
    assert set(words.values()) <= set(kb.sector_codes) >= {t.sector for t in titles.values()} - {None}
    assert kb.title("warplanes") is None and kb.sector_of("Obama") is None


SECTORS_GOOD = ("codes:\n  MIL: military\n  GOV: government\nwords:\n  MIL: [army, troops]\n"
                "titles:\n  president: {sector: GOV, relation: leader_of}\n")


@pytest.mark.parametrize("text, line, words", [
    (SECTORS_GOOD.replace("titles:", "roles:"), 1, "exactly the keys"),
    (SECTORS_GOOD.replace("MIL: [army, troops]", "MIX: [army]"), 5, "'MIX' is not one of the codes"),
    (SECTORS_GOOD.replace("MIL: [army, troops]", "MIL: [army, troops]\n  GOV: [army]"), 6,
     "listed under MIL and GOV"),
    (SECTORS_GOOD.replace("relation: leader_of", "relation: heads"), 7, "leader_of or member_of"),
    (SECTORS_GOOD.replace("sector: GOV,", "sector: XYZ,"), 7, "sector 'XYZ'"),
    (SECTORS_GOOD.replace("  GOV: government\n", "  gov: government\n"), 3, "three capital letters"),
    (SECTORS_GOOD.replace("[army, troops]", "[army, troops"), 6, "not valid YAML"),
])
def test_broken_sectors_file_names_the_line(text, line, words):
    from entente.actors.kb import _parse_sectors
    with pytest.raises(KnowledgeBaseError) as info:
        _parse_sectors(text, "my_sectors.yaml")
    assert f"my_sectors.yaml:{line}:" in str(info.value) and words in str(info.value), str(info.value)


def test_an_unknown_sector_code_in_an_actor_file(tmp_path):
    path = write(tmp_path, GOOD_HEAD + "- id: broken\n  name: Broken\n  type: other\n  sector: XYZ\n")
    with pytest.raises(KnowledgeBaseError, match=r"mine.yaml:7: .*sector 'XYZ' is not a sector code"):
        load_kb([path])


def test_plain_scalars_stay_text(tmp_path):
    """YAML 1.1 would read NO as False and 1988 as a number; the loader keeps the text."""
    path = write(tmp_path, "- id: nor-test\n  name: NO\n  type: other\n  aliases: [NO, Yes, 1988]\n"
                           "  since: 1988\n  until: ~\n")
    entry = load_kb([path]).get("nor-test")
    assert (entry.name, entry.aliases, entry.since, entry.until) == ("NO", ("NO", "Yes", "1988"), "1988", None)


# --- user files from the environment ---

def test_env_names_user_files(tmp_path, monkeypatch):
    first = write(tmp_path, "- id: env-one\n  name: Env One\n  type: other\n", "one.yaml")
    second = write(tmp_path, "- id: env-one\n  name: Env Two\n  type: other\n", "two.yaml")
    monkeypatch.setenv("ENTENTE_ACTORS", os.pathsep.join([str(first), str(second)]))
    assert load_kb().get("env-one").name == "Env Two"               # the later file wins
    third = write(tmp_path, "- id: env-one\n  name: Env Three\n  type: other\n", "three.yaml")
    assert load_kb([third]).get("env-one").name == "Env Three"      # --actors after the env
    assert load_kb(env=False).get("env-one") is None
    monkeypatch.setenv("ENTENTE_ACTORS", str(tmp_path / "missing.yaml"))
    with pytest.raises(KnowledgeBaseError, match=r"missing.yaml: cannot read .*ENTENTE_ACTORS"):
        load_kb()


# --- explaining a name (entente actors lookup) ---

def test_explain_a_seat(kb):
    e = kb.explain("the Kremlin", "2015-01-01")
    assert (e.kind, e.id, e.country) == ("name", "RUS", "RUS")
    assert [(c.id, c.how, c.chosen) for c in e.candidates] == [("RUS", "seat", True),
                                                                ("SUN", "seat", False)]
    assert "did not exist on 2015-01-01" in e.candidates[1].reason


def test_explain_a_former_president(kb):
    then, later = kb.explain("President Obama", "2012-06-01"), kb.explain("President Obama", "2019-06-01")
    assert (then.kind, then.id, then.country, then.sector) == ("title", "barack-obama", "USA", "GOV")
    assert then.title.name == "president" and [a for _, a in then.roles] == [True]
    assert (later.id, later.sector) == ("barack-obama", None)
    assert any("former president" in n for n in later.notes)


def test_explain_a_sector_phrase(kb):
    e = kb.explain("Russian warplanes")
    assert (e.kind, e.id, e.sector, e.sector_word) == ("sector phrase", "RUS", "MIL", "warplanes")
    e = kb.explain("Assad's forces", "2015-01-01")
    assert (e.id, e.sector) == ("SYR", "MIL") and e.candidates[0].id == "bashar-al-assad"
    e = kb.explain("protesters")
    assert (e.kind, e.id, e.type, e.sector) == ("sector word", "protesters", "population", "CVL")


def test_explain_rejected_candidates(kb):
    e = kb.explain("Congolese")
    assert [c.chosen for c in e.candidates] == [True, False]
    assert "ambiguous" in e.candidates[1].reason
    e = kb.explain("King Abdullah", "2020-01-01")
    assert e.id == "king-abdullah-ii"
    assert "did not exist on 2020-01-01" in e.candidates[1].reason
    e = kb.explain("Jabhat Fateh al-Sham", "2016-09-01")
    assert e.id == "jabhat-fateh-al-sham" and any("succeeded by hts" in n for n in e.notes)


def test_explain_an_unknown_name(kb):
    e = kb.explain("Ansar Khalifa Battalion")
    assert (e.kind, e.id, e.type) == ("unknown", "ansar-khalifa-battalion", "armed_group")
    assert "--actors" in " ".join(e.notes)
    assert e.to_dict()["kind"] == "unknown" and "unknown" in e.format_text()


# --- the command line: entente actors lookup / --unknown, --actors ---

def cli(*args):
    from typer.testing import CliRunner
    from entente.cli import app
    return CliRunner().invoke(app, [str(a) for a in args])


def test_cli_lookup():
    result = cli("actors", "lookup", "Daesh", "--date", "2015-06-01")
    assert result.exit_code == 0, result.output
    assert "-> ISIS" in result.stdout and "alias 'Daesh'" in result.stdout
    result = cli("actors", "lookup", "President Obama", "--date", "2019", "--json")
    data = json.loads(result.stdout)
    assert data["id"] == "barack-obama" and data["roles"][0]["active"] is False
    result = cli("actors", "lookup", "Obama", "--date", "2019-13-01")
    assert result.exit_code == 2 and "--date '2019-13-01' is not a date" in result.stderr


def test_cli_lookup_with_a_user_file(tmp_path):
    path = write(tmp_path, "- id: ahrar-test-brigade\n  name: Test Brigade\n  type: armed_group\n"
                           "  aliases: [Test Brigade]\n")
    result = cli("actors", "lookup", "Test Brigade", "--actors", path)
    assert result.exit_code == 0 and "-> ahrar-test-brigade" in result.stdout, result.output
    broken = write(tmp_path, GOOD_HEAD + "  colour: red\n", "broken.yaml")
    result = cli("actors", "lookup", "Test Brigade", "--actors", broken)
    assert result.exit_code == 2 and "broken.yaml:4:" in result.stderr, result.output


def test_cli_unknown_actors_and_user_files(tmp_path, pipeline, monkeypatch):
    from entente.records import Document
    from entente.store import Store
    db = tmp_path / "store.db"
    texts = ["The Ansar Khalifa Battalion attacked a police station, the Nusra Front said.",
             "Fighters of the Ansar Khalifa Battalion clashed with Hezbollah near Arsal.",
             "The Tigers of Arsal militia shelled the town, protesters said."]
    with Store(str(db)) as store:
        for i, text in enumerate(texts):
            store.save(pipeline.code(Document.create(f"d{i}", text, published="2015-06-01")))
    result = cli("actors", "--db", db, "--unknown", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [r["id"] for r in rows]
    assert ids[0] == "ansar-khalifa-battalion" and rows[0]["n_documents"] == 2
    assert not {"nusra-front", "hezbollah", "protesters"} & set(ids)
    everyone = {json.loads(line)["id"] for line in
                cli("actors", "--db", db, "--format", "jsonl").stdout.splitlines()}
    assert {"nusra-front", "hezbollah", "ansar-khalifa-battalion"} <= everyone
    # the analyst adds it: it is no longer unknown
    mine = write(tmp_path, "- id: ansar-khalifa-battalion\n  name: Ansar Khalifa Battalion\n"
                           "  type: armed_group\n  country: LBN\n  sector: REB\n"
                           "  aliases: [Ansar Khalifa Battalion]\n")
    result = cli("actors", "--db", db, "--unknown", "--format", "jsonl", "--actors", mine)
    assert "ansar-khalifa-battalion" not in result.stdout
    # and 'entente code --actors' resolves it with its country
    story = write(tmp_path, texts[0], "story.txt")
    result = cli("code", story, "--date", "2015-06-01", "--actors", mine)
    assert result.exit_code == 0, result.output
    actors = {r["id"]: r for r in map(json.loads, result.stdout.splitlines()) if r["kind"] == "actor"}
    assert actors["ansar-khalifa-battalion"]["country"] == "LBN"
    monkeypatch.delenv("ENTENTE_ACTORS", raising=False)   # restored after the test
    result = cli("ingest", story, "--db", tmp_path / "other.db", "--actors", mine, "--no-progress")
    assert result.exit_code == 0, result.output
    with Store(str(tmp_path / "other.db")) as store:
        assert any(r["id"] == "ansar-khalifa-battalion" and r["country"] == "LBN"
                   for r in store.actors())
