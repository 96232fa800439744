"""The when-and-where gold set (eval/when_where.gold.jsonl, 222 events written by hand):
the targets of the issue hold, and the scorer itself judges what it should."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from entente.records import Location

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _scorer():
    spec = importlib.util.spec_from_file_location("when_where", EVAL / "when_where.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ww():
    return _scorer()


def test_gold_set_is_large_and_well_formed(ww) -> None:
    docs, events = ww.load(EVAL / "when_where.gold.jsonl")
    assert len(events) >= 200 and len(docs) >= 80
    assert sum(1 for e in events if e["date"]) >= 200
    assert sum(1 for e in events if e["country"]) >= 180
    assert sum(1 for e in events if e.get("place")) >= 150
    years = {docs[e["doc_id"]]["published"][:3] for e in events}
    assert {"194", "197", "198", "199", "200", "201", "202"} <= years  # across decades


def test_scorer_judges_dates_and_places(ww) -> None:
    assert ww.date_right({"date": "2015-11-01", "date_precision": "day"}, "2015-11-01", "day")
    assert not ww.date_right({"date": "2015-11-01", "date_precision": "day"}, "2015-11", "month")
    assert ww.date_right({"date": "2015-10-26", "date_precision": "week"}, "2015-10-28", "day")
    assert ww.date_right({"date": "x", "date_precision": "day",
                          "date_window": ["2014-07-08", "2014-07-09"]}, "2014-07-08", "day")
    gold = {"country": "SYR", "place": "Deraa"}
    assert ww.place_right(gold, Location("the city", "SYR", 32.6, 36.1, "city", "Dar‘ā"))
    assert not ww.place_right(gold, Location("Deraa", "SYR", None, None, "city", "Daraa"))
    assert not ww.place_right(gold, Location("Deraa", "JOR", 32.6, 36.1, "city", "Daraa"))


def test_targets_on_the_gold_set(ww) -> None:
    """Date >= 90% (to its precision), country >= 90%, city/province >= 75%, over the gold
    events paired with a coded event; and most gold events are coded at all."""
    res = ww.run(EVAL / "when_where.gold.jsonl")
    assert res["paired"] >= 0.6 * res["events"], ww.report(res)
    coded = res["coded"]
    for key, target in (("date", 0.9), ("country", 0.9), ("place", 0.75)):
        right, scored = coded.ratio(key)
        assert scored >= 100 and right / scored >= target, ww.report(res)
