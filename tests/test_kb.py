"""The actor knowledge base: packaged data, lookup, dated roles, schema errors, user files."""
from __future__ import annotations

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
    "bush", "clinton",               # two presidents Bush; Bill and Hillary Clinton
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

def test_states_cover_the_un_and_more(kb):
    states = [e for e in kb.entries.values() if e.type == "state"]
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


def test_other_files_have_enough_entries(kb):
    by_file: dict[str, int] = defaultdict(int)
    for e in kb.entries.values():
        by_file[e.source.rsplit(":", 1)[0].rsplit("/", 1)[-1]] += 1
    assert by_file["igos.yaml"] >= 30
    assert by_file["groups.yaml"] >= 40
    assert by_file["media.yaml"] >= 30
    assert by_file["persons.yaml"] >= 40


def test_sectors_follow_the_types(kb):
    for e in kb.entries.values():
        if e.type == "media":
            assert e.sector == "JRN", e.id
        elif e.type == "igo":
            assert e.sector == "IGO", e.id
        elif e.type == "party":
            assert e.sector == "PTY", e.id
        elif e.type == "person":
            assert e.roles, f"{e.id} has no role"


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
              "economist", "times", "west", "coalition", "regime", "government", "may"}
    found = {kb.normalise(s) for s, _, _ in kb.surfaces()} & common
    assert not found


def test_canonical_names_are_surfaces(kb):
    left_out = {e.id for e in kb.entries.values()
                if kb.normalise(e.name) not in {kb.normalise(a) for a in e.aliases}}
    assert left_out == {"dawn"}          # a common word, matched only as "Dawn newspaper"


# --- lookup ---

@pytest.mark.parametrize("surface, actor_id, how", [
    ("Russians", "RUS", "demonym"),
    ("the Kremlin", "RUS", "seat"),
    ("Moscow", "RUS", "capital"),
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
