"""The network's arithmetic on small hand-built event tables: weights, scores, stance
thresholds, change detection, blocs and balance, windows, exports.  The behaviour on
real text is in test_network.py and test_network_seed.py."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from entente.errors import EntenteError
from entente.network import Network, Rules
from entente.network.aggregate import aggregate, weigh
from entente.network.blocs import balance, blocs
from entente.network.change import segments
from entente.network.records import Stance
from entente.network.stance import classify
from entente.network.windows import keys, span


def rows(*events):
    """(id, type, quad, intensity, source, target, date, aux, confidence) -> pair frame."""
    out = []
    for i, (kind, quad, intensity, source, target, date, aux, conf) in enumerate(events):
        out.append({"event_id": f"e{i}", "doc_id": f"d{i}", "event": kind, "quad": quad,
                    "intensity": intensity, "confidence": conf, "aux": aux,
                    "date_lo": date, "date_hi": date, "source": source, "target": target,
                    "joint": False})
    return pd.DataFrame(out)


def test_weights_follow_confidence_and_modality():
    df = weigh(rows(("ASSAULT", 4, -10.0, "A", "B", "2020-01-05", "", 0.8),
                    ("AGREE", 1, 8.0, "A", "B", "2020-01-06", '["hypothetical"]', 0.9),
                    ("AID", 2, 7.0, "A", "B", "2020-01-07", '["future"]', 0.8),
                    ("ACCUSE", 3, -2.0, "A", "B", "2020-01-08", '["claimed", "disputed"]', 1.0)))
    assert df["w"].round(4).tolist() == [0.8, 0.0, 0.4, 0.375]


def test_half_life_halves_an_event_one_half_life_old():
    df = weigh(rows(("AID", 2, 7.0, "A", "B", "2020-01-01", "", 1.0),
                    ("AID", 2, 7.0, "A", "B", "2020-03-31", "", 1.0)),
               half_life_days=90, as_of="2020-03-31")
    assert df["w"].round(3).tolist() == [0.5, 1.0]
    with pytest.raises(ValueError):
        weigh(rows(("AID", 2, 7.0, "A", "B", "2020-01-01", "", 1.0)), half_life_days=0)


def test_score_and_balance():
    df = weigh(rows(("AID", 2, 8.0, "A", "B", "2020-01-05", "", 1.0),
                    ("ASSAULT", 4, -10.0, "B", "A", "2020-01-20", "", 0.5),
                    ("ASSAULT", 4, -10.0, "B", "A", "2020-02-02", "", 1.0)))
    month = aggregate(df, "month").set_index("window")
    jan = month.loc["2020-01"]
    assert (jan.source, jan.target) == ("A", "B")         # undirected: sorted
    assert (jan.cooperation, jan.conflict, jan.score) == (8.0, 5.0, 3.0)
    assert jan.balance == pytest.approx(3 / 13)
    assert (jan.AID, jan.ASSAULT, jan.q2, jan.q4, jan.n_events) == (1, 1, 1, 1, 2)
    assert month.loc["2020-02"].balance == -1.0
    directed = aggregate(df, "all", directed=True)
    assert set(zip(directed.source, directed.target)) == {("A", "B"), ("B", "A")}


def test_stance_thresholds():
    stance, conf, bal = classify(np.array([3.0, 3.0, 3.0, 3.0, 0.2]),
                                 np.array([24.0, 0.0, 12.0, 3.0, 2.0]),
                                 np.array([0.0, 30.0, 10.0, 0.0, 0.0]))
    assert stance.tolist() == ["ally", "hostile", "mixed", "neutral", "unknown"]
    assert conf[4] == 0 and all(0 < c <= 1 for c in conf[:4])
    strict = Rules().with_(ally_balance=0.99)
    assert classify(np.array([3.0]), np.array([20.0]), np.array([1.0]), strict)[0][0] == "mixed"
    with pytest.raises(ValueError, match="unknown rule"):
        Rules().with_(ally_threshold=0.5)


def test_more_evidence_more_confidence():
    _s, conf, _b = classify(np.array([1.0, 3.0, 10.0]), np.array([8.0, 24.0, 80.0]),
                            np.array([0.0, 0.0, 0.0]))
    assert conf[0] < conf[1] < conf[2]


def test_segments_find_a_clean_shift_and_ignore_noise():
    ones = np.ones(8)
    shift = np.array([-1, -1, -1, -1, 1, 1, 1, 1.0])
    assert [k for k, _ in segments(shift, ones, ones)] == [4]
    noise = np.array([1, -1, 1, -1, 1, -1, 1, -1.0])
    assert segments(noise, ones, ones) == []
    blip = np.array([1, 1, 1, -1, 1, 1, 1.0])
    assert segments(blip, ones, ones) == []
    two = np.array([-1, -1, -1, 1, 1, 1, -1, -1, -1.0])
    assert [k for k, _ in segments(two, np.ones(9), np.ones(9))] == [3, 6]
    thin = np.array([-1, 1.0])          # one side below min_side_weight: no change
    assert segments(thin, np.ones(2), np.array([1.0, 0.2])) == []


def test_network_from_a_hand_built_frame_finds_the_shift():
    events = [("ASSAULT", 4, -10.0, "A", "B", f"2020-0{m}-10", "", 0.9) for m in (1, 2, 3)]
    events += [("AGREE", 1, 8.0, "A", "B", f"2020-0{m}-10", "", 0.9) for m in (5, 6, 7)]
    net = Network.from_pairs(rows(*events))
    [change] = net.changes(window="month")
    assert change.at == "2020-05-01" and change.before.stance == "hostile"
    assert [e.id for e in change.events_before] == ["e0", "e1", "e2"]
    assert change.events_after[0].id == "e3"
    assert net.stance("A", "B").stance == "mixed"
    with pytest.raises(EntenteError, match="no actor"):
        net.stance("A", "Z")
    with pytest.raises(EntenteError, match="dated windows"):
        net.changes(window="all")


def test_repeated_reports_in_one_document_count_once():
    df = rows(("ASSAULT", 4, -10.0, "A", "B", "2020-01-05", "", 0.6),
              ("ASSAULT", 4, -10.0, "A", "B", "2020-01-05", "", 0.9),
              ("ASSAULT", 4, -10.0, "A", "B", "2020-01-05", "", 0.9))
    df.loc[:, "doc_id"] = ["d1", "d1", "d2"]        # a headline and its lead; another outlet
    net = Network.from_pairs(df)
    assert net.dyads("all").n_events.tolist() == [2]
    assert sorted(net.pairs.w.tolist()) == [0.9, 0.9]


def st(a, b, stance, confidence=0.8, score=10.0, window="all"):
    return Stance(a, b, window, stance, confidence, 1.0 if stance == "ally" else -1.0, score,
                  3, 3.0, (), (), ())


def test_blocs_and_balance():
    stances = [st("A", "B", "ally"), st("B", "C", "ally"), st("A", "C", "ally"),
               st("D", "E", "ally"), st("E", "F", "ally"), st("D", "F", "ally"),
               st("A", "D", "hostile", score=-10), st("C", "F", "hostile", score=-10),
               st("G", "D", "hostile", score=-10)]
    found = blocs(stances)
    assert [set(b.members) for b in found] == [{"A", "B", "C"}, {"D", "E", "F"}]
    assert all(b.cohesion == 1.0 and not b.hostile_edges for b in found)
    hyps = balance(stances)
    assert ("A", "G", "D") in {(h.a, h.b, h.via) for h in hyps if h.kind_of == "enemy_of_enemy"}
    assert all(h.hypothesis and h.statement.startswith("Hypothesis") for h in hyps)
    tense = balance([st("A", "B", "ally"), st("B", "C", "ally"), st("A", "C", "hostile")])
    assert [h.kind_of for h in tense] == ["unbalanced_triad"]
    assert tense[0].observed == "hostile" and tense[0].expected == "ally"
    # a triangle framed by its odd side does not disturb the other pairs around the same actor
    mixed = balance([st("A", "B", "ally"), st("A", "C", "hostile", score=-10), st("B", "C", "ally"),
                     st("A", "X", "hostile", score=-10)])
    assert {(h.kind_of, h.a, h.b, h.via) for h in mixed} >= {
        ("unbalanced_triad", "A", "C", "B"), ("enemy_of_enemy", "C", "X", "A")}


def test_window_keys_and_spans():
    lo = pd.Series(["2021-03-01", "2021-03-01", "2021-01-01", None, "2021-12-27"])
    hi = pd.Series(["2021-03-01", "2021-03-31", "2021-12-31", None, "2021-12-27"])
    assert keys(lo, hi, "month").tolist() == ["2021-03", "2021-03", None, None, "2021-12"]
    assert keys(lo, hi, "year").tolist() == ["2021", "2021", "2021", None, "2021"]
    assert keys(lo, hi, "day").tolist() == ["2021-03-01", None, None, None, "2021-12-27"]
    assert keys(lo, hi, "week").tolist()[0] == "2021-W09"
    assert keys(lo, hi, "all").tolist() == ["all"] * 5
    assert span("2021-02", "month") == ("2021-02-01", "2021-02-28")
    assert span("2021-W09", "week") == ("2021-03-01", "2021-03-07")
    assert span("2020", "year") == ("2020-01-01", "2020-12-31")
    with pytest.raises(EntenteError):
        span("March", "month")


def test_bad_pair_frames_are_named():
    with pytest.raises(EntenteError, match="lack column"):
        Network.from_pairs(pd.DataFrame({"event_id": ["e1"]}))
