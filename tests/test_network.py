"""The alliance and hostility network, on forty articles written for it.

``tests/data/network/levant-2021-2022.jsonl`` is an invented (but realistic) two-year
story told in wire-style articles about real states and groups (see the README there).
It was written to have these outcomes, which the tests check:

* stable blocs: Russia, Iran, Syria and Hezbollah; the United States, Saudi Arabia, Egypt
  and the UAE (with the SDF, which Washington arms);
* stable enmities: Iran - Saudi Arabia, Iran - Israel, Israel - Hezbollah, ISIS - SDF,
  Turkey - SDF, the United States - Iran;
* two shifts: Russia - Turkey, hostile until July 2021 (drone strikes, an expelled
  ambassador), allied from September 2021 (the Sochi deal, an arms deal, trade);
  Saudi Arabia - Qatar, hostile through November 2021 (sanctions), allied from January
  2022 (a reconciliation agreement), so that Turkey and Qatar change bloc between 2021 and
  2022;
* leaders and organs to roll up: Rouhani and Putin (March 2021), Raisi and Assad (August
  2021), the Revolutionary Guards arming Hezbollah (July 2022), Nasrallah.

The store is built once per session from the articles, with the real coder.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from entente.cli import app
from entente.errors import EntenteError
from entente.network import Network, records_frame
from entente.network.export import read_graph
from entente.network.hierarchy import Hierarchy
from entente.network.records import Tie
from entente.read import read_inputs
from entente.store import Store

CORPUS = Path(__file__).parent / "data" / "network" / "levant-2021-2022.jsonl"


@pytest.fixture(scope="session")
def levant_db(pipeline, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("network") / "levant.db"
    with Store(str(path)) as store:
        for coded in pipeline.code_many(read_inputs([str(CORPUS)])):
            assert not hasattr(coded, "message"), coded
            store.save(coded)
    return str(path)


@pytest.fixture(scope="session")
def net(levant_db) -> Network:
    return Network.from_store(levant_db, rollup=True)


@pytest.fixture(scope="session")
def plain(levant_db) -> Network:
    return Network.from_store(levant_db)


def pair(frame, a, b, cols=("a", "b")):
    x, y = sorted((a, b))
    return frame[(frame[cols[0]] == x) & (frame[cols[1]] == y)]


def stance_of(stances, a, b):
    rows = pair(stances, a, b)
    assert len(rows) == 1, f"no single stance for {a}-{b}: {rows}"
    return rows.iloc[0]


# -- the corpus and the store --------------------------------------------------------------
def test_the_corpus_is_two_years_of_coded_articles(levant_db):
    lines = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert len(lines) >= 30
    years = {x["date"][:4] for x in lines}
    assert years == {"2021", "2022"}
    with Store(levant_db) as store:
        counts = store.counts()
        assert counts["documents"] == len(lines)
        assert counts["events"] >= 120
        assert all(store.events(doc_id=x["id"]) for x in lines), "an article coded no event"


# -- dyads -----------------------------------------------------------------------------
def test_monthly_dyads_count_types_quads_and_keep_their_evidence(net, levant_db):
    d = net.dyads("month")
    assert list(d.columns[:6]) == ["window", "start", "end", "source", "target", "directed"]
    qs = pair(d, "QAT", "SAU", ("source", "target")).set_index("window")
    assert {"2021-01", "2021-06", "2021-11"} <= set(qs.index)
    assert (qs.loc[["2021-01", "2021-06", "2021-11"], "balance"] == -1).all()
    assert (qs.loc[["2022-01", "2022-02", "2022-06", "2022-11"], "balance"] == 1).all()
    jan = qs.loc["2021-01"]
    assert (jan["SANCTION"], jan["ACCUSE"], jan["q3"], jan["q4"]) == (1, 1, 1, 1)
    assert jan["conflict"] > 0 and jan["cooperation"] == 0
    assert jan["start"] == "2021-01-01" and jan["end"] == "2021-01-31"
    # every event id opens down to its sentence in the store
    texts = net.evidence_texts(jan["event_ids"])
    assert len(texts) == jan["n_events"]
    assert all("Qatar" in t or "Saudi" in t for t in texts.values())
    assert jan["doc_ids"] == ("lv-2021-01-25",)


def test_directed_dyads_keep_who_did_what_to_whom(net):
    d = net.dyads("year", directed=True)
    sau_qat = d[(d.source == "SAU") & (d.target == "QAT") & (d.window == "2021")].iloc[0]
    qat_sau = d[(d.source == "QAT") & (d.target == "SAU") & (d.window == "2021")].iloc[0]
    assert sau_qat["SANCTION"] >= 2 and sau_qat["THREATEN"] >= 1 and sau_qat["ACCUSE"] == 0
    assert qat_sau["ACCUSE"] >= 2 and qat_sau["SANCTION"] == 0


def test_dyad_filters(net):
    assaults = net.dyads("all", actors=None)
    only = Network.from_store(net.engine.url.render_as_string(False), event_types=["ASSAULT"],
                              rollup=True).dyads("all")
    assert len(only) and (only["ASSAULT"] == only["n_events"]).all()
    assert len(only) < len(assaults)
    qatar = net.dyads("month", countries=["QAT"])
    assert len(qatar) and ((qatar.source == "QAT") | (qatar.target == "QAT")).all()
    busy = net.dyads("all", min_events=5)
    assert len(busy) and (busy.n_events >= 5).all()
    span = Network.from_store(net.engine.url.render_as_string(False), since="2022-01",
                              until="2022-06").dyads("month")
    assert set(span.window) <= {f"2022-0{m}" for m in range(1, 7)}
    with pytest.raises(EntenteError, match="PLOVER"):
        Network.from_store(net.engine.url.render_as_string(False), event_types=["BOMB"])
    with pytest.raises(EntenteError, match="alpha-3"):
        net.dyads("all", countries=["Qatar"])


def test_windows_day_week_year(net):
    week = net.dyads("week")
    assert week.window.str.match(r"^\d{4}-W\d{2}$").all()
    day = net.dyads("day")
    assert day.window.str.match(r"^\d{4}-\d{2}-\d{2}$").all()
    year = net.dyads("year")
    assert set(year.window) == {"2021", "2022"}
    assert year.n_events.sum() == net.dyads("month").n_events.sum()
    with pytest.raises(EntenteError, match="window"):
        net.dyads("fortnight")


# -- stances ---------------------------------------------------------------------------
ALLIES = [("RUS", "IRN"), ("IRN", "SYR"), ("IRN", "hezbollah"), ("RUS", "SYR"),
          ("USA", "SAU"), ("EGY", "SAU"), ("USA", "sdf"), ("TUR", "QAT")]
ENEMIES = [("IRN", "SAU"), ("IRN", "ISR"), ("ISR", "hezbollah"), ("TUR", "sdf"),
           ("ISIS", "sdf"), ("IRN", "USA"), ("ISIS", "SYR")]


def test_stances_over_the_two_years(net):
    st = net.stances()
    for a, b in ALLIES:
        assert stance_of(st, a, b).stance == "ally", (a, b)
    for a, b in ENEMIES:
        assert stance_of(st, a, b).stance == "hostile", (a, b)
    for a, b in [("RUS", "TUR"), ("QAT", "SAU")]:       # both, over two years: mixed
        assert stance_of(st, a, b).stance == "mixed", (a, b)
    assert stance_of(st, "IRN", "ISR").confidence > 0.7
    assert stance_of(st, "IRN", "SAU").confidence > 0.7


def test_stance_record_says_why(net):
    s = net.stance("Russia", "Turkey")
    assert (s.a, s.b, s.stance) == ("RUS", "TUR", "mixed")
    text = " ".join(s.reasons)
    assert "ASSAULT" in text and "AGREE" in text and "balance" in text
    assert len(s.event_ids) == s.n_events >= 12
    assert net.stance("Iran", "Israel").stance == "hostile"


def test_yearly_stances_show_the_shifts(net):
    st = net.stances("year")
    by = {(r.window, r.a, r.b): r.stance for r in st.itertuples()}
    assert by[("2021", "RUS", "TUR")] == "mixed"        # the shift falls in September 2021
    assert by[("2022", "RUS", "TUR")] == "ally"
    months = {(r.window, r.a, r.b): r.stance for r in net.stances("month").itertuples()}
    assert {months[(m, "RUS", "TUR")] for m in ("2021-01", "2021-03", "2021-05", "2021-07")} \
        == {"hostile"}
    assert by[("2021", "QAT", "SAU")] == "hostile"
    assert by[("2022", "QAT", "SAU")] == "ally"
    assert by[("2021", "IRN", "SAU")] == by[("2022", "IRN", "SAU")] == "hostile"


def test_half_life_weights_recent_events_more(levant_db, net):
    recent = Network.from_store(levant_db, rollup=True, half_life_days=120, as_of="2022-12-31")
    old, new = net.stance("RUS", "TUR"), recent.stance("RUS", "TUR")
    assert new.balance > old.balance + 0.3
    assert new.stance == "ally"


# -- ties and roll-up --------------------------------------------------------------------
def test_stated_ties_are_typed_edges(plain):
    ties = {(t.source, t.relation, t.target) for t in plain.ties()}
    assert ("hassan-rouhani", "leader_of", "IRN") in ties
    assert ("hassan-nasrallah", "leader_of", "hezbollah") in ties
    nasrallah = plain.ties("Hassan Nasrallah")
    assert nasrallah and all(t.evidence for t in nasrallah)


def test_rollup_counts_leaders_and_state_organs_toward_their_state(net, plain):
    rolled = net.dyads("month")
    raw = plain.dyads("month")
    # Nasrallah threatens Israel: with roll-up, Hezbollah threatens Israel
    jul = pair(rolled, "ISR", "hezbollah", ("source", "target")).set_index("window").loc["2021-07"]
    assert jul["THREATEN"] >= 1 and jul["ASSAULT"] >= 1
    leader = pair(raw, "ISR", "hassan-nasrallah", ("source", "target"))
    assert len(leader) == 1 and leader.iloc[0]["THREATEN"] >= 1
    raw_jul = pair(raw, "ISR", "hezbollah", ("source", "target")).set_index("window").loc["2021-07"]
    assert raw_jul["THREATEN"] == 0
    # the Revolutionary Guards arm Hezbollah: Iran arms Hezbollah
    jul = pair(rolled, "IRN", "hezbollah", ("source", "target")).set_index("window").loc["2022-07"]
    assert jul["AID"] >= 1 and jul["SUPPORT"] >= 1      # and Nasrallah praises Iran
    assert "irgc" not in set(rolled.source) | set(rolled.target)
    # a state organ is coded as its state already (IRN with the organ's sector, MIL)
    raw_jul = pair(raw, "IRN", "hezbollah", ("source", "target")).set_index("window").loc["2022-07"]
    assert raw_jul["AID"] >= 1
    assert "irgc" not in set(raw.source) | set(raw.target)
    # state leaders and ministers are coded as their state already (on the story's date)
    march = pair(rolled, "IRN", "RUS", ("source", "target")).set_index("window").loc["2021-03"]
    assert march["AGREE"] >= 1 and any(e.startswith("lv-2021-03-09") for e in march["event_ids"])
    # the event keeps who did it
    tl = net.timeline("Iran", "Hezbollah")
    assert any(e.doc_id == "lv-2022-07-19" and e.source == "IRN" for e in tl.events)
    assert "hassan-nasrallah" in {e.source for e in tl.events}


def test_hierarchy_is_date_aware():
    from entente.actors.kb import load_kb
    h = Hierarchy.build(load_kb(), [])
    assert h.top("hassan-rouhani", "2021-03-08") == "IRN"
    assert h.top("hassan-rouhani", "2022-01-10") == "hassan-rouhani"    # no longer president
    assert h.top("ebrahim-raisi", "2021-03-01") == "ebrahim-raisi"
    assert h.top("ebrahim-raisi", "2021-09-01") == "IRN"
    assert h.top("quds-force") == "IRN"                  # branch of the IRGC, an organ of Iran
    assert h.top("nusra-front", "2015-11-01") == "al-qaeda"
    assert h.top("ISIS", "2015-11-01") == "ISIS"        # an offshoot is not a branch
    assert h.top("TUR") == "TUR"
    # a tie the text states rolls up an actor the knowledge base has no link for
    stated = Tie("abu-example", "leader_of", "some-brigade", None, None, ("d1",), ("d1:r1",),
                 ("Abu Example, the brigade's leader",))
    h2 = Hierarchy.build(load_kb(), [stated], {"abu-example": "person"})
    assert h2.top("abu-example", "2021-01-01") == "some-brigade"
    assert [link.basis for link in h2.chain("abu-example")] == ["stated in d1"]
    member = Tie("TUR", "member_of", "nato", None, None, ("d2",), ("d2:r1",), ("",))
    assert Hierarchy.build(load_kb(), [member], {"TUR": "state"}).top("TUR") == "TUR"


# -- structure -------------------------------------------------------------------------
def bloc_with(blocs, actor, window):
    for b in blocs:
        if b.window == window and actor in b.members:
            return set(b.members)
    return {actor}


def test_blocs_over_the_two_years_and_by_year(net):
    every = net.blocs()
    axis = bloc_with(every, "RUS", "all")
    assert {"RUS", "IRN", "SYR", "hezbollah"} <= axis
    west = bloc_with(every, "SAU", "all")
    assert {"SAU", "USA", "EGY"} <= west and not axis & west
    yearly = net.blocs("year")
    assert "QAT" not in bloc_with(yearly, "SAU", "2021")
    assert "TUR" not in bloc_with(yearly, "RUS", "2021")
    assert {"IRN", "SYR", "hezbollah"} <= bloc_with(yearly, "RUS", "2021")
    assert "QAT" in bloc_with(yearly, "SAU", "2022")
    assert "TUR" in bloc_with(yearly, "RUS", "2022")
    assert "IRN" not in bloc_with(yearly, "SAU", "2022")


def test_bloc_shifts_are_turkey_and_qatar(net):
    moved = {s.actor: s for s in net.bloc_shifts("year")}
    assert set(moved) == {"TUR", "QAT"}
    assert moved["TUR"].before == ("QAT",) and "RUS" in moved["TUR"].after
    assert "SAU" in moved["QAT"].after


def test_allies_and_enemies(net):
    assert net.allies("Russia")[0].partner == "IRN"
    enemies = [p.partner for p in net.enemies("Iran", n=3)]
    assert enemies[0] == "ISR" and "SAU" in enemies
    assert all(p.stance == "hostile" for p in net.enemies("Iran"))


def test_structural_balance_gives_hypotheses_not_facts(net):
    hyps = net.balance()
    assert hyps and all(h.hypothesis for h in hyps)
    assert all(h.statement.startswith("Hypothesis, not a fact") for h in hyps)
    common = {(h.a, h.b, h.via) for h in hyps if h.kind_of == "enemy_of_enemy"}
    assert ("SYR", "sdf", "ISIS") in common          # both fight ISIS, never met
    assert ("ISR", "SAU", "IRN") in common
    assert net.stance("SYR", "sdf") is None           # and no stance is made up for them
    strengths = [h.strength for h in hyps]
    assert strengths == sorted(strengths, reverse=True)


# -- change ----------------------------------------------------------------------------
def test_change_points_are_the_two_shifts(net):
    changes = net.changes(window="month")
    assert {(c.source, c.target) for c in changes} == {("RUS", "TUR"), ("QAT", "SAU")}
    rt = next(c for c in changes if c.target == "TUR")
    assert rt.at == "2021-09-01" and rt.window == "2021-09"
    assert (rt.before.stance, rt.after.stance) == ("hostile", "ally")
    assert rt.before.end == "2021-07-31"
    assert rt.events_before[-1].event == "ACCUSE" and rt.events_before[-1].date == "2021-07-26"
    assert "Russia criticised Turkey" in rt.events_before[-1].text
    # the Sochi talks, then the deal: the first events after the shift are cooperative
    assert [e.event for e in rt.events_after[:2]] == ["CONSULT", "AGREE"]
    assert rt.events_after[0].date.startswith("2021-09")
    qs = next(c for c in changes if c.target == "SAU")
    assert qs.at == "2022-01-01" and (qs.before.stance, qs.after.stance) == ("hostile", "ally")
    assert "reconciliation agreement" in qs.events_after[0].text
    assert "hostile 2021-01..2021-11" in qs.summary and "ally from 2022-01-01" in qs.summary


def test_no_change_in_stable_relationships(net):
    for a, b in [("IRN", "SAU"), ("IRN", "RUS"), ("IRN", "ISR"), ("TUR", "sdf")]:
        assert net.changes(a, b, window="month") == [], (a, b)


def test_timeline_of_a_pair(net):
    tl = net.timeline("Qatar", "Saudi Arabia")
    assert (tl.a, tl.b) == ("QAT", "SAU")
    assert [w.window for w in tl.windows][:3] == ["2021-01", "2021-06", "2021-11"]
    assert {s.window: s.stance for s in tl.stances}["2022-01"] == "ally"
    assert len(tl.changes) == 1 and tl.changes[0].source == "QAT"
    assert len(tl.events) == sum(w.n_events for w in tl.windows)
    assert all(e.text for e in tl.events)
    assert tl.stance.stance == "mixed"


# -- API frames and exports ------------------------------------------------------------
def test_records_as_dataframes(net):
    frame = records_frame(net.changes())
    assert list(frame.columns[:4]) == ["source", "target", "directed", "at"]
    assert len(frame) == 2
    blocs = records_frame(net.blocs("year"))
    assert set(blocs.window) == {"2021", "2022"}


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_graph_exports_round_trip(net, tmp_path, suffix):
    from entente.network.export import write_graph
    path = write_graph(net.graph(), tmp_path / f"net{suffix}")
    g = read_graph(path)
    assert g.number_of_nodes() >= 15
    stance_edges = [d for _a, _b, d in g.edges(data=True) if d.get("kind") == "stance"]
    tie_edges = [d for _a, _b, d in g.edges(data=True) if d.get("kind") == "tie"]
    assert any(d["stance"] == "hostile" for d in stance_edges)
    assert any(d["relation"] == "leader_of" for d in tie_edges)
    assert all(d["reasons"] for d in stance_edges)


# -- command line ----------------------------------------------------------------------
runner = CliRunner()


def test_cli_network_tables(levant_db):
    result = runner.invoke(app, ["network", "--db", levant_db, "--rollup", "--window", "year",
                                 "--show", "blocs"])
    assert result.exit_code == 0, result.output
    assert "hezbollah" in result.stdout and "2022" in result.stdout
    result = runner.invoke(app, ["network", "--db", levant_db, "--rollup", "--show", "changes",
                                 "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert {(r["source"], r["target"], r["at"]) for r in rows} == {
        ("RUS", "TUR", "2021-09-01"), ("QAT", "SAU", "2022-01-01")}
    result = runner.invoke(app, ["network", "--db", levant_db, "--actor", "Qatar",
                                 "--format", "csv"])
    assert result.exit_code == 0 and "QAT,SAU,mixed" in result.stdout
    result = runner.invoke(app, ["network", "--db", levant_db, "--rollup", "--show", "shifts"])
    assert "TUR" in result.stdout and "QAT" in result.stdout
    result = runner.invoke(app, ["network", "--db", levant_db, "--show", "enemies",
                                 "--actor", "Iran", "--format", "jsonl"])
    assert json.loads(result.stdout.splitlines()[0])["partner"] == "ISR"


def test_cli_network_writes_graph_and_picture(levant_db, tmp_path):
    out = tmp_path / "levant.graphml"
    result = runner.invoke(app, ["network", "--db", levant_db, "--rollup", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(out).number_of_nodes() >= 15
    png = tmp_path / "levant.png"
    result = runner.invoke(app, ["network", "--db", levant_db, "--rollup", "-o", str(png)])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_cli_dyad_timeline_with_evidence_and_plot(levant_db, tmp_path):
    svg = tmp_path / "qat-sau.svg"
    result = runner.invoke(app, ["dyad", "Qatar", "Saudi Arabia", "--db", levant_db,
                                 "--plot", str(svg)])
    assert result.exit_code == 0, result.output
    assert "change: QAT - SAU: hostile 2021-01..2021-11" in result.stdout
    assert "signed a reconciliation agreement" in result.stdout
    assert svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()
    result = runner.invoke(app, ["dyad", "RUS", "TUR", "--db", levant_db, "--format", "jsonl"])
    kinds = {json.loads(x)["kind"] for x in result.stdout.splitlines()}
    assert {"dyad", "stance", "change", "event_ref"} <= kinds


@pytest.mark.parametrize("args, words", [
    (["dyad", "Atlantis", "Qatar"], "no actor 'Atlantis'"),
    (["dyad", "Qatar", "Qatar"], "two actors"),
    (["network", "--window", "fortnight"], "window 'fortnight'"),
    (["network", "--show", "everything"], "--show 'everything'"),
    (["network", "--show", "allies"], "needs --actor"),
    (["network", "--country", "Qatar"], "alpha-3"),
    (["network", "--since", "last year"], "since must be an ISO date"),
    (["network", "--undated", "guess"], "undated='guess'"),
    (["network", "-o", "net.txt"], "--output"),
    (["network", "--show", "changes", "--window", "all", "--format", "xml"], "--format 'xml'"),
])
def test_cli_usage_errors_name_the_bad_input(levant_db, args, words):
    result = runner.invoke(app, [*args, "--db", levant_db])
    assert result.exit_code == 2, result.output
    assert words in result.stderr


def test_cli_on_a_missing_store_is_an_error(tmp_path):
    result = runner.invoke(app, ["network", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store at" in result.stderr


def test_cli_says_so_when_the_network_is_empty(tmp_path):
    path = tmp_path / "empty.db"
    Store(str(path)).close()
    result = runner.invoke(app, ["network", "--db", str(path)])
    assert result.exit_code == 0
    assert "the network is empty" in result.stderr and "0 row(s)" in result.stderr
