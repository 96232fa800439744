"""Change: shifts in a dyad's relationship over time, with the events on either side.

A dyad's series is its windows that have events, in time order (an empty month is a
gap in the reporting, not a neutral month).  Each window has a balance in [-1, 1]
(``aggregate.py``) and an intensity mass, cooperation + conflict; weighting the
windows by their mass makes a segment's weighted mean balance equal to the balance of
all its events pooled.

Binary segmentation (``rules.ChangeRules``): for a segment, the split that most reduces

    cost = sum over windows of mass x (balance - segment mean)^2

is a change point when the two sides' balances differ by at least ``min_shift``, the split
removes at least ``min_gain`` of the segment's cost, and each side has at least
``min_side_weight`` of event weight.  Both sides are searched again; the strongest
``max_changes`` are kept.  The method is deterministic and needs no model: a shift from
hostility to an appeal for alliance, or from cooperation to open conflict, is what it finds.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from .aggregate import flags
from .records import ChangePoint, EventRef, Segment
from .rules import DEFAULT_RULES, Rules
from .stance import classify


def segments(balance: np.ndarray, mass: np.ndarray, weight: np.ndarray,
             rules: Rules = DEFAULT_RULES) -> list[tuple[int, float]]:
    """Change indices (a change at k: windows k.. differ from ..k-1) with their gains.

    Binary segmentation, with one addition: when no single split of a segment qualifies,
    the best *pair* of splits is tried (a hostile period, a short alliance, hostility
    again has no good single split), for segments of up to ``_PAIR_SEARCH`` windows."""
    r = rules.change
    found: list[tuple[int, float]] = []
    stack = [(0, len(balance))]
    while stack:
        lo, hi = stack.pop()
        if hi - lo < 2:
            continue
        cuts = _best_split(balance[lo:hi], mass[lo:hi], weight[lo:hi], r)
        if not cuts:
            continue
        gain, ks = cuts
        bounds = [lo, *(lo + k for k in ks), hi]
        for k in ks:
            found.append((lo + k, gain))
        stack.extend(zip(bounds, bounds[1:]))
    found.sort(key=lambda x: -x[1])
    return sorted(found[: r.max_changes])


_PAIR_SEARCH = 240


def _best_split(b: np.ndarray, m: np.ndarray, w: np.ndarray,
                r) -> tuple[float, tuple[int, ...]] | None:
    n = len(b)
    M = np.concatenate([[0.0], np.cumsum(m)])
    B1 = np.concatenate([[0.0], np.cumsum(b * m)])
    B2 = np.concatenate([[0.0], np.cumsum(b * b * m)])
    W = np.concatenate([[0.0], np.cumsum(w)])

    def stats(i, j):
        mass_ = M[j] - M[i]
        mean = np.divide(B1[j] - B1[i], mass_, out=np.zeros(np.broadcast(i, j).shape),
                         where=mass_ > 0)
        cost = (B2[j] - B2[i]) - mass_ * mean ** 2
        return mass_, mean, cost, W[j] - W[i]

    total = float((B2[n] - B1[n] ** 2 / M[n]) if M[n] > 0 else 0.0)
    if total <= 1e-12:
        return None
    side = r.min_side_weight - 1e-9
    k = np.arange(1, n)
    lm, lmean, lcost, lw = stats(np.zeros_like(k), k)
    rm, rmean, rcost, rw = stats(k, np.full_like(k, n))
    gain = total - lcost - rcost
    ok = ((lm > 0) & (rm > 0) & (lw >= side) & (rw >= side)
          & (np.abs(rmean - lmean) >= r.min_shift) & (gain / total >= r.min_gain))
    if ok.any():
        best = int(np.argmax(np.where(ok, gain, -np.inf)))
        return float(gain[best]), (int(k[best]),)
    if n < 3 or n > _PAIR_SEARCH:
        return None
    i, j = np.meshgrid(np.arange(1, n), np.arange(1, n), indexing="ij")
    upper = j - i >= r.min_episode_windows     # a one-window blip is not an episode
    i, j = i[upper], j[upper]
    am, amean, acost, aw = stats(np.zeros_like(i), i)
    bm, bmean, bcost, bw = stats(i, j)
    cm, cmean, ccost, cw = stats(j, np.full_like(j, n))
    gain = total - acost - bcost - ccost
    ok = ((am > 0) & (bm > 0) & (cm > 0) & (aw >= side) & (bw >= side) & (cw >= side)
          & (np.abs(bmean - amean) >= r.min_shift) & (np.abs(cmean - bmean) >= r.min_shift)
          & (gain / total >= r.min_gain))
    if not ok.any():
        return None
    best = int(np.argmax(np.where(ok, gain, -np.inf)))
    return float(gain[best]), (int(i[best]), int(j[best]))


def find_changes(dyads: pd.DataFrame, pairs: pd.DataFrame | None = None, *,
                 rules: Rules = DEFAULT_RULES) -> list[ChangePoint]:
    """Change points of every dyad in ``dyads`` (one window kind; directed or not).
    ``pairs`` (weighted event pairs) gives the events on either side; without it the
    change points carry no events."""
    if dyads.empty:
        return []
    directed = bool(dyads["directed"].iloc[0])
    d = dyads.sort_values(["source", "target", "window"], kind="stable")
    src = d["source"].to_numpy(dtype=object)
    tgt = d["target"].to_numpy(dtype=object)
    coop = d["cooperation"].to_numpy(float)
    conf = d["conflict"].to_numpy(float)
    weight = d["weight"].to_numpy(float)
    n_events = d["n_events"].to_numpy(int)
    starts = d["start"].to_numpy(dtype=object)
    ends = d["end"].to_numpy(dtype=object)
    labels = d["window"].to_numpy(dtype=object)
    mass = coop + conf
    balance = np.divide(coop - conf, mass, out=np.zeros_like(mass), where=mass > 0)
    new_pair = np.ones(len(d), dtype=bool)
    new_pair[1:] = (src[1:] != src[:-1]) | (tgt[1:] != tgt[:-1])
    heads = np.flatnonzero(new_pair)
    tails = np.append(heads[1:], len(d))
    found: list[tuple[int, int, int, int]] = []       # (series start, cut, lo, hi) rows
    for h, e in zip(heads, tails):
        if e - h < 2:
            continue
        cuts = segments(balance[h:e], mass[h:e], weight[h:e], rules)
        bounds = [0, *(k for k, _ in cuts), e - h]
        for i, (k, _gain) in enumerate(cuts):
            found.append((h, h + k, h + bounds[i], h + bounds[i + 2]))
    if not found:
        return []
    keys = {(src[c], tgt[c]) for _h, c, _lo, _hi in found}
    events = _events_by_pair(pairs, directed, keys) if pairs is not None else {}
    spans = [(lo, cut) for _h, cut, lo, _hi in found] + [(cut, hi) for _h, cut, _lo, hi in found]
    w = np.array([weight[i:j].sum() for i, j in spans])
    c = np.array([coop[i:j].sum() for i, j in spans])
    k = np.array([conf[i:j].sum() for i, j in spans])
    stance, _confidence, bal = classify(w, c, k, rules)
    segs = [Segment(starts[i], ends[j - 1], int(j - i), int(n_events[i:j].sum()),
                    round(float(w[x]), 4),
                    round(float(bal[x]), 4), str(stance[x])) for x, (i, j) in enumerate(spans)]
    out: list[ChangePoint] = []
    n = len(found)
    for x, (_h, cut, lo, hi) in enumerate(found):
        before, after = segs[x], segs[n + x]
        ev_before, ev_after = _around(events.get((src[cut], tgt[cut])), starts[lo], starts[cut],
                                      ends[hi - 1], rules.change.evidence_per_side)
        point = ChangePoint(src[cut], tgt[cut], directed, starts[cut], labels[cut], before,
                            after, round(after.balance - before.balance, 4), ev_before,
                            ev_after, "")
        out.append(replace(point, summary=summarise(point)))
    out.sort(key=lambda c: (-abs(c.shift), c.at, c.source, c.target))
    return out


def _events_by_pair(pairs: pd.DataFrame, directed: bool, keys: set[tuple[str, str]]
                    ) -> dict[tuple[str, str], tuple[np.ndarray, list[EventRef]]]:
    """For each pair in ``keys`` (undirected: both directions), its dated events sorted by
    date: their first days and their ``EventRef``s."""
    if pairs.empty:
        return {}
    wanted = {a for a, _ in keys} | {b for _, b in keys}
    rows = pairs[pairs["source"].isin(wanted) & pairs["target"].isin(wanted)
                 & pairs["date_lo"].notna()]
    src = rows["source"].to_numpy(dtype=object)
    tgt = rows["target"].to_numpy(dtype=object)
    if not directed:
        swap = src > tgt
        src, tgt = np.where(swap, tgt, src), np.where(swap, src, tgt)
    key = pd.Series(list(zip(src, tgt)), index=rows.index, dtype=object)
    rows = rows[key.isin(keys).to_numpy()].assign(_key=key)
    rows = rows.sort_values(["_key", "date_lo", "event_id"], kind="stable") \
        .drop_duplicates(["_key", "event_id"])
    refs = event_refs(rows)
    days = rows["date_lo"].to_numpy(dtype=object).astype(str)
    out = {}
    keys_sorted = rows["_key"].tolist()
    start = 0
    for i in range(1, len(keys_sorted) + 1):
        if i == len(keys_sorted) or keys_sorted[i] != keys_sorted[start]:
            out[keys_sorted[start]] = (days[start:i], refs[start:i])
            start = i
    return out


def _around(events: tuple[np.ndarray, list[EventRef]] | None, before_start: str, at: str,
            after_end: str, n: int) -> tuple[tuple[EventRef, ...], tuple[EventRef, ...]]:
    """The ``n`` dated events just before ``at`` (from ``before_start``) and the ``n``
    first from ``at`` (to ``after_end``).  Stored month ranges end on "-31", so first
    days are compared."""
    if events is None:
        return (), ()
    days, refs = events
    lo = int(np.searchsorted(days, before_start, side="left"))
    mid = int(np.searchsorted(days, at, side="left"))
    hi = int(np.searchsorted(days, after_end, side="right"))
    return tuple(refs[max(lo, mid - n):mid]), tuple(refs[mid:min(hi, mid + n)])


def event_refs(rows: pd.DataFrame, texts: Mapping[str, str] | None = None) -> list[EventRef]:
    """Event pair rows as ``EventRef`` records (original actors where rolled up)."""
    if rows.empty:
        return []
    texts = texts or {}
    src = rows["source_orig" if "source_orig" in rows else "source"]
    tgt = rows["target_orig" if "target_orig" in rows else "target"]
    w = rows["w"] if "w" in rows else pd.Series(1.0, index=rows.index)
    return [EventRef(i, doc, day if isinstance(day, str) else None, ev, s, t, float(x),
                     round(float(wt), 4), flags(aux), texts.get(i))
            for i, doc, day, ev, s, t, x, wt, aux in zip(
                rows["event_id"], rows["doc_id"], rows["date_lo"], rows["event"], src, tgt,
                rows["intensity"], w, rows["aux"])]


def summarise(point: ChangePoint) -> str:
    """One line: "al-qaeda - ISIS: hostile 2015-06..2015-06 (1 event), then ally from
    2015-11-01 (2 events), first: REQUEST 2015-11-01 ayman-al-zawahiri -> ISIS "...".\""""
    arrow = " -> " if point.directed else " - "
    b, a = point.before, point.after
    text = (f"{point.source}{arrow}{point.target}: {b.stance} {_short(b.start)}..{_short(b.end)}"
            f" ({b.n_events} event(s), balance {b.balance:+.2f}), then {a.stance} from "
            f"{point.at} ({a.n_events} event(s), balance {a.balance:+.2f})")
    if point.events_after:
        e = point.events_after[0]
        text += f"; first after: {e.event} {e.date} {e.source} -> {e.target}"
        if e.text:
            snippet = " ".join(e.text.split())
            text += f' "{snippet[:100]}{"..." if len(snippet) > 100 else ""}"'
    return text


def with_texts(points: Iterable[ChangePoint], texts: Mapping[str, str]) -> list[ChangePoint]:
    """The change points with their events' evidence sentences filled in."""
    out = []
    for p in points:
        eb = tuple(replace(e, text=texts.get(e.id, e.text)) for e in p.events_before)
        ea = tuple(replace(e, text=texts.get(e.id, e.text)) for e in p.events_after)
        q = replace(p, events_before=eb, events_after=ea)
        out.append(replace(q, summary=summarise(q)))
    return out


def _short(day: str | None) -> str:
    return day[:7] if day else "?"
