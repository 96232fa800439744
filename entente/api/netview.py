"""The network the API and the web UI show: actors as nodes, dyads as edges with a
stance, and the standing ties the texts state.

Each edge counts, for an unordered pair of actors (an event's actor and recipient), the
cooperative events (quad class 1-2: verbal and material cooperation) and the conflictual
ones (quad 3-4).  Its stance comes from ``entente.network`` (``Network.stances``: ally,
hostile, mixed, neutral or unknown, with a confidence) when that module is installed;
without it, from a simple rule: ``ally`` when cooperation outnumbers conflict, ``hostile``
when conflict outnumbers cooperation, ``mixed`` when they are equal.  ``engine`` says
which one made the stances.

    {"engine": "entente.network" | "entente.api.netview",
     "nodes": [{"id", "name", "type", "n_events"}],
     "edges": [{"id", "source", "target", "stance", "cooperative", "conflictual",
                "n_events", "score", "first", "last",
                "confidence", "ties" (with entente.network)}],
     "ties":  [{"id", "source", "target", "relation", "doc_id"}],
     "months": ["YYYY-MM", ...]}
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import threading
import time
from collections import OrderedDict, defaultdict
from dataclasses import replace
from typing import Any

from sqlalchemy import bindparam, select

from ..store import Store
from ..store import schema as t
from . import queries as q

log = logging.getLogger(__name__)
FALLBACK = "entente.api.netview"
CACHE_SECONDS = 30


def network_module():
    """``entente.network`` when it is installed (with its extra), else None."""
    if importlib.util.find_spec("entente.network") is None:
        return None
    try:
        module = importlib.import_module("entente.network")
    except Exception:       # noqa: BLE001 - e.g. the network extra is missing
        log.warning("entente.network is present but cannot be imported; using the simple "
                    "view", exc_info=True)
        return None
    return module if hasattr(module, "Network") else None


def stance(cooperative: int, conflictual: int) -> str:
    if cooperative > conflictual:
        return "ally"
    if conflictual > cooperative:
        return "hostile"
    return "mixed" if cooperative else "neutral"


_cache: OrderedDict = OrderedDict()
_cache_lock = threading.Lock()


_build_lock = threading.Lock()


def _network_stances(store: Store, f: q.EventFilter,
                     build: bool = True) -> dict[tuple[str, str], dict] | None:
    """entente.network's stances for the window and event types, by unordered pair; None
    when the module is not there (or failed, which is logged).  Kept for CACHE_SECONDS:
    the network is read from the whole store, which takes seconds on a large one; with
    ``build=False`` only a kept one is returned (None otherwise)."""
    module = network_module()
    if module is None or f.doc_id or f.quad:
        return None
    key = (store.url, f.since, f.until, f.events)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
            _cache.move_to_end(key)
            return hit[1]
    if not build:
        return None
    with _build_lock:       # one build at a time: a burst of requests waits for the first
        with _cache_lock:
            hit = _cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
            return hit[1]
        return _build(module, store, f, key)


def _build(module, store: Store, f: q.EventFilter, key) -> dict | None:
    try:
        net = module.Network.from_store(store, since=f.since, until=f.until,
                                        event_types=f.events or None)
        frame = net.stances("all")
        found = {}
        for row in frame.to_dict("records"):
            a, b = sorted((row["a"], row["b"]))
            found[(a, b)] = {"stance": row["stance"],
                             "confidence": round(float(row["confidence"]), 3),
                             "score": round(float(row["score"]), 2),
                             "ties": list(row.get("ties") or ())}
    except Exception:       # noqa: BLE001 - the UI keeps working on the simple view
        log.exception("entente.network failed; using the simple cooperative/conflictual view")
        return None
    with _cache_lock:
        _cache[key] = (time.monotonic(), found)
        _cache.move_to_end(key)
        while len(_cache) > 8:
            _cache.popitem(last=False)
    return found


_totals: dict[str, tuple[float, dict]] = {}


def pair_totals(store: Store) -> dict[tuple[str, str], tuple[int, int]]:
    """(cooperative, conflictual) event counts of every unordered pair in the store,
    kept for CACHE_SECONDS (one pass over all events; a burst of requests waits for it)."""
    hit = _totals.get(store.url)
    if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
        return hit[1]
    with _build_lock:
        hit = _totals.get(store.url)
        if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
            return hit[1]
        found = {(d["source"], d["target"]): (d["cooperative"], d["conflictual"])
                 for d in dyads(store, q.EventFilter(), stances=None)}
        _totals[store.url] = (time.monotonic(), found)
        return found


def engine_name(stances: dict | None) -> str:
    return "entente.network" if stances is not None else FALLBACK


def dyads(store: Store, f: q.EventFilter, min_events: int = 1,
          stances: dict | None | bool = True) -> list[dict[str, Any]]:
    """Unordered actor pairs with their cooperative and conflictual event counts, and a
    stance: entente.network's when it is installed, else the simple rule above."""
    if stances is True:
        stances = _network_stances(store, f)
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, quad, n, intensity, first, last, a_name, b_name in q.pair_rows(store, f):
        key = (a, b) if a < b else (b, a)
        d = pairs.get(key)
        if d is None:
            d = pairs[key] = {"id": f"{key[0]}|{key[1]}", "source": key[0], "target": key[1],
                              "cooperative": 0, "conflictual": 0, "n_events": 0, "score": 0.0,
                              "first": None, "last": None, "names": {}}
        d["names"].update({a: a_name, b: b_name})
        if quad in (1, 2):
            d["cooperative"] += n
        elif quad in (3, 4):
            d["conflictual"] += n
        d["n_events"] += n
        d["score"] += float(intensity or 0.0)
        if first:
            d["first"] = min(d["first"] or first, first)
            d["last"] = max(d["last"] or last, last)
    out = []
    for key, d in pairs.items():
        if d["n_events"] < min_events:
            continue
        d["stance"] = stance(d["cooperative"], d["conflictual"])
        d["score"] = round(d["score"], 2)
        if isinstance(stances, dict) and key in stances:
            d.update(stances[key])
        out.append(d)
    out.sort(key=lambda d: (-d["n_events"], d["id"]))
    return out


def _actor_info(store: Store, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Name and type of each actor, from one stored row of it (an index look-up each)."""
    a = t.actors
    query = select(a.c.name, a.c.type).where(a.c.actor_id == bindparam("actor_id")).limit(1)
    out = {}
    with store.engine.connect() as conn:
        for actor_id in sorted(ids):
            row = conn.execute(query, {"actor_id": actor_id}).first()
            if row is not None:
                out[actor_id] = {"name": row[0], "type": row[1]}
    return out


def network(store: Store, f: q.EventFilter, min_events: int = 1, max_edges: int = 500,
            ego: str | None = None, build: bool = True) -> dict[str, Any]:
    """Nodes, edges and ties for the filters; with ``ego``, only the pairs and ties of
    that actor.  At most ``max_edges`` edges, the busiest first.  ``build=False`` uses
    entente.network's stances only if they are already at hand (see _network_stances)."""
    stances = _network_stances(store, f, build=build)
    if ego:
        f = replace(f, actor=ego)
    edges, engine = dyads(store, f, min_events, stances), engine_name(stances)
    ego_ids = set(q.actor_ids(store, ego)) if ego else set()
    if ego_ids:
        edges = [e for e in edges if e["source"] in ego_ids or e["target"] in ego_ids]
    edges = edges[:max_edges]
    ties = []
    for r in store.relations(since=f.since, until=f.until):
        if ego_ids and not {r.source.id, r.target.id} & ego_ids:
            continue
        ties.append({"id": r.id, "source": r.source.id, "target": r.target.id,
                     "relation": r.relation, "doc_id": r.doc_id,
                     "names": {r.source.id: r.source.name, r.target.id: r.target.name}})
    counts: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for e in edges:
        counts[e["source"]] += e["n_events"]
        counts[e["target"]] += e["n_events"]
        names.update(e.pop("names", {}))
    for tie in ties:
        counts.setdefault(tie["source"], 0)
        counts.setdefault(tie["target"], 0)
        names.update(tie.pop("names"))
    info = _actor_info(store, set(counts))
    nodes = [{"id": i, "name": info.get(i, {}).get("name") or names.get(i, i),
              "type": info.get(i, {}).get("type") or "other", "n_events": n}
             for i, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"engine": engine, "nodes": nodes, "edges": edges, "ties": ties,
            "months": q.months(store)}


def allies_and_enemies(store: Store, actor_id: str, limit: int = 10
                       ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The actor's pairs classified ally (most cooperation first) and hostile."""
    view = network(store, q.EventFilter(), ego=actor_id, build=False)
    by_id = {n["id"]: n for n in view["nodes"]}
    allies, enemies = [], []
    for e in view["edges"]:
        other = e["target"] if e["source"] == actor_id else e["source"]
        item = {"id": other, "name": by_id.get(other, {}).get("name", other),
                "cooperative": e["cooperative"], "conflictual": e["conflictual"],
                "n_events": e["n_events"], "stance": e["stance"]}
        if e["stance"] == "ally":
            allies.append(item)
        elif e["stance"] == "hostile":
            enemies.append(item)
    allies.sort(key=lambda x: (-x["cooperative"], x["id"]))
    enemies.sort(key=lambda x: (-x["conflictual"], x["id"]))
    return allies[:limit], enemies[:limit]


def timeline(store: Store, actor_id: str) -> list[dict[str, Any]]:
    """Per month from the first to the last: the actor's cooperative and conflictual
    events (dated ones; months with none are listed with zeros)."""
    per: dict[str, dict[str, int]] = {}
    for month, quad, n in q.month_rows(store, q.EventFilter(actor=actor_id)):
        counts = per.setdefault(month, {"cooperative": 0, "conflictual": 0})
        if quad in (1, 2):
            counts["cooperative"] += n
        elif quad in (3, 4):
            counts["conflictual"] += n
    if not per:
        return []
    first, last = min(per), max(per)
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 1200:   # every month, empty ones too
        key = f"{y:04d}-{m:02d}"
        out.append({"month": key, **per.get(key, {"cooperative": 0, "conflictual": 0})})
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
