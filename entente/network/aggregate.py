"""Dyadic aggregation: event pairs -> one row per (window, source, target).

Input: the event-pair frame of ``load.py`` (one row per event, actor, recipient).
``weigh`` adds each row's weight (``rules.py``: confidence x modality x recency);
``aggregate`` sums the rows of each pair and window into counts per PLOVER type and CAMEO
quad class, cooperation, conflict, score and balance, and keeps the evidence (event and
document ids).  Everything is vectorised with pandas: a million events take seconds.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..records import PLOVER_EVENTS
from . import windows as win
from .records import DyadWindow
from .rules import DEFAULT_RULES, Rules

QUADS = ("q1", "q2", "q3", "q4")
DYAD_COLUMNS = ("window", "start", "end", "source", "target", "directed", "n_events",
                "n_void", "weight", "cooperation", "conflict", "score", "balance", *QUADS,
                *PLOVER_EVENTS, "first", "last", "event_ids", "doc_ids")


def weigh(pairs: pd.DataFrame, rules: Rules = DEFAULT_RULES, *,
          half_life_days: float | None = None, as_of: str | None = None) -> pd.DataFrame:
    """``pairs`` with a weight ``w`` per row.  With ``half_life_days``, an event
    ``half_life_days`` older than ``as_of`` (default: the latest date in the data) counts
    half as much; undated events are not discounted."""
    out = pairs.copy()
    codes, uniques = pd.factorize(out["aux"], use_na_sentinel=False)
    factors = np.array([rules.modality_factor(flags(u)) for u in uniques], dtype=float)
    w = out["confidence"].to_numpy(dtype=float) * (factors[codes] if len(uniques) else 1.0)
    if half_life_days is not None:
        if half_life_days <= 0:
            raise ValueError(f"half_life_days must be positive, got {half_life_days}")
        if as_of is None:
            dated = out["date_hi"].dropna()
            as_of = max(dated) if len(dated) else None
        if as_of is not None:
            ref = win.bound(as_of, True)
            w = w * np.power(0.5, win.age_days(out["date_lo"], ref) / half_life_days)
    out["w"] = w
    return out


def merge_repeats(pairs: pd.DataFrame) -> pd.DataFrame:
    """One document reporting the same event twice (a headline and its first paragraph:
    same PLOVER type, same pair, same date) counts it once: the report with the highest
    weight, then the highest intensity ("held talks" over "met").  Reports of one event in
    *different* documents are kept: more sources, more weight."""
    if pairs.empty:
        return pairs
    cols = {c: pd.factorize(pairs[c].to_numpy(dtype=object))[0]
            for c in ("doc_id", "event", "source", "target", "date_lo")}
    order = np.lexsort((-pairs["intensity"].abs().to_numpy(), -pairs["w"].to_numpy()))
    ranked = pd.DataFrame({c: v[order] for c, v in cols.items()})
    repeated = np.zeros(len(pairs), dtype=bool)
    repeated[order] = ranked.duplicated().to_numpy()
    if not repeated.any():
        return pairs
    return pairs[~repeated].reset_index(drop=True)


def flags(aux: object) -> tuple[str, ...]:
    """The flags of an ``aux`` value: a JSON array text, a list, or empty."""
    if aux is None or aux == "" or (isinstance(aux, float) and np.isnan(aux)):
        return ()
    if isinstance(aux, (list, tuple)):
        return tuple(aux)
    text = str(aux).strip("[] ")
    return tuple(x.strip().strip('"') for x in text.split(",") if x.strip())


def aggregate(pairs: pd.DataFrame, window: str = "month", *,
              directed: bool = False) -> pd.DataFrame:
    """Weighted pairs (``weigh``) -> one row per (window, source, target), sorted.

    Undirected: ``source < target``, and an event counts once per pair (a reciprocal one
    has a row in each direction).  Rows whose date is coarser than the window are left out
    (``windows.py``); ``attrs['imprecise']`` on the result says how many.

    Works on integer codes throughout (window, actors, event types), so that a million
    rows are summed with ``numpy.bincount`` rather than grouped as Python strings."""
    win.check_window(window)
    if pairs.empty:
        return empty_dyads(window)
    n = len(pairs)
    wcode, labels = win.codes(pairs["date_lo"], pairs["date_hi"], window)
    keep = wcode >= 0
    n_left_out = int(n - keep.sum())
    codes, actors = pd.factorize(np.concatenate([pairs["source"].to_numpy(dtype=object),
                                                 pairs["target"].to_numpy(dtype=object)]),
                                 sort=True)
    s, t = codes[:n].astype(np.int64), codes[n:].astype(np.int64)
    if not directed:
        s, t = np.minimum(s, t), np.maximum(s, t)
    idx = np.flatnonzero(keep)
    if len(idx):      # an event counts once per pair (a reciprocal one has two rows)
        event_codes = pd.factorize(pairs["event_id"].to_numpy(dtype=object)[idx])[0]
        twice = pd.DataFrame({"e": event_codes, "s": s[idx], "t": t[idx]}).duplicated()
        idx = idx[~twice.to_numpy()]
    if len(idx) == 0:
        return empty_dyads(window, n_left_out)
    n_actors = max(len(actors), 1)
    key = (wcode[idx].astype(np.int64) * n_actors + s[idx]) * n_actors + t[idx]
    keys, group = np.unique(key, return_inverse=True)
    group = group.ravel()
    size = len(keys)
    w = pairs["w"].to_numpy(dtype=float)[idx]
    intensity = pairs["intensity"].to_numpy(dtype=float)[idx]
    out = pd.DataFrame({
        "window": np.asarray(labels, dtype=object)[keys // (n_actors * n_actors)],
        "source": actors[(keys // n_actors) % n_actors],
        "target": actors[keys % n_actors],
        "directed": directed,
        "n_events": np.bincount(group, minlength=size),
        "n_void": np.bincount(group, weights=(w <= 0), minlength=size).astype(np.int64),
        "weight": np.bincount(group, weights=w, minlength=size),
        "cooperation": np.bincount(group, weights=w * np.clip(intensity, 0, None),
                                   minlength=size),
        "conflict": np.bincount(group, weights=w * np.clip(-intensity, 0, None),
                                minlength=size),
    })
    out["score"] = out["cooperation"] - out["conflict"]
    total = (out["cooperation"] + out["conflict"]).to_numpy()
    out["balance"] = np.divide(out["score"].to_numpy(), total, out=np.zeros(size),
                               where=total > 0)
    quad = pairs["quad"].to_numpy()[idx].astype(np.int64)
    ok = (quad >= 1) & (quad <= 4)
    counts = np.bincount(group[ok] * 4 + quad[ok] - 1, minlength=4 * size).reshape(size, 4)
    for i, q in enumerate(QUADS):
        out[q] = counts[:, i]
    types = pd.Categorical(pairs["event"].to_numpy(dtype=object)[idx],
                           categories=PLOVER_EVENTS).codes.astype(np.int64)
    ok = types >= 0
    k = len(PLOVER_EVENTS)
    counts = np.bincount(group[ok] * k + types[ok], minlength=k * size).reshape(size, k)
    for i, name in enumerate(PLOVER_EVENTS):
        out[name] = counts[:, i]
    days, day_values = pd.factorize(pairs["date_lo"].to_numpy(dtype=object)[idx], sort=True)
    day_values = np.append(np.asarray(day_values, dtype=object), None)
    big = len(day_values) - 1
    first = pd.Series(np.where(days >= 0, days, big)).groupby(group).min().to_numpy()
    last = pd.Series(days).groupby(group).max().to_numpy()
    out["first"] = day_values[first]
    out["last"] = day_values[np.where(last >= 0, last, big)]
    out["event_ids"] = _collect(group, pairs["event_id"].to_numpy(dtype=object)[idx], size)
    doc_codes, doc_values = pd.factorize(pairs["doc_id"].to_numpy(dtype=object)[idx])
    first_doc = ~pd.DataFrame({"g": group, "d": doc_codes}).duplicated().to_numpy()
    out["doc_ids"] = _collect(group[first_doc],
                              np.asarray(doc_values, dtype=object)[doc_codes[first_doc]], size)
    spans = {label: win.span(label, window) for label in labels}
    out["start"] = out["window"].map(lambda x: spans[x][0]).astype(object)
    out["end"] = out["window"].map(lambda x: spans[x][1]).astype(object)
    out = out.loc[:, list(DYAD_COLUMNS)]
    out.attrs.update(imprecise=n_left_out, window=window)
    return out


def _collect(group: np.ndarray, values: np.ndarray, n_groups: int) -> list[tuple]:
    """The values of each group (numbered 0..n_groups-1) as tuples, in row order."""
    order = np.argsort(group, kind="stable")
    ends = np.cumsum(np.bincount(group, minlength=n_groups)).tolist()
    flat = values[order].tolist()
    return [tuple(flat[a:b]) for a, b in zip([0, *ends[:-1]], ends)]


def empty_dyads(window: str = "all", imprecise: int = 0) -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series([], dtype=object) for c in DYAD_COLUMNS})
    out.attrs.update(imprecise=imprecise, window=window)
    return out


def dyad_records(dyads: pd.DataFrame) -> list[DyadWindow]:
    """The rows of an aggregated frame as ``DyadWindow`` records."""
    out = []
    for row in dyads.itertuples(index=False):
        d = row._asdict()
        types = sorted(((t, int(d[t])) for t in PLOVER_EVENTS if d[t]), key=lambda x: -x[1])
        out.append(DyadWindow(
            source=d["source"], target=d["target"], directed=bool(d["directed"]),
            window=d["window"], start=d["start"], end=d["end"], n_events=int(d["n_events"]),
            n_void=int(d["n_void"]),
            weight=round(float(d["weight"]), 4), cooperation=round(float(d["cooperation"]), 4),
            conflict=round(float(d["conflict"]), 4), score=round(float(d["score"]), 4),
            balance=round(float(d["balance"]), 4),
            quads=tuple(int(d[q]) for q in QUADS),  # type: ignore[arg-type]
            types=tuple(types), event_ids=tuple(d["event_ids"]), doc_ids=tuple(d["doc_ids"])))
    return out
