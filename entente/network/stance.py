"""Stance: each pair ally / hostile / mixed / neutral / unknown, with a confidence and
the reasons, from its events and the ties the texts state (thresholds: ``rules.py``).

Stated ties enter as pseudo-events (``rules.TIES``); in a dated window only the ties
stated in documents published within it count, in the window "all" every tie does.
"""
from __future__ import annotations

from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from ..records import PLOVER_EVENTS
from .aggregate import DYAD_COLUMNS
from .records import Stance, Tie
from .rules import DEFAULT_RULES, Rules
from .windows import span

STANCE_COLUMNS = ("window", "start", "end", "a", "b", "stance", "confidence", "balance",
                  "score", "n_events", "n_void", "weight", "cooperation", "conflict",
                  "tie_weight", "ties", "event_ids", "doc_ids", *PLOVER_EVENTS)


def tie_label(tie: Tie) -> str:
    return f"{tie.source} {tie.relation} {tie.target}"


def classify(weight: np.ndarray, cooperation: np.ndarray, conflict: np.ndarray,
             rules: Rules = DEFAULT_RULES) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Stances, confidences and balances for arrays of (weight, cooperation, conflict)."""
    r = rules.stance
    weight = np.asarray(weight, dtype=float)
    coop = np.asarray(cooperation, dtype=float)
    conf = np.asarray(conflict, dtype=float)
    total = coop + conf
    balance = np.where(total > 0, (coop - conf) / np.where(total > 0, total, 1.0), 0.0)
    mean_abs = np.where(weight > 0, total / np.where(weight > 0, weight, 1.0), 0.0)
    stance = np.full(weight.shape, "mixed", dtype=object)
    stance[balance >= r.ally_balance] = "ally"
    stance[balance <= r.hostile_balance] = "hostile"
    neutral = mean_abs < r.neutral_intensity
    stance[neutral] = "neutral"
    unknown = weight < r.min_weight
    stance[unknown] = "unknown"
    ally_strength = 0.5 + 0.5 * (balance - r.ally_balance) / (1 - r.ally_balance)
    hostile_strength = 0.5 + 0.5 * (r.hostile_balance - balance) / (1 + r.hostile_balance)
    half_width = min(r.ally_balance, -r.hostile_balance)
    mixed_strength = 0.5 + 0.5 * np.clip(1 - np.abs(balance) / half_width, 0, 1)
    neutral_strength = 0.5 + 0.5 * np.clip(1 - mean_abs / r.neutral_intensity, 0, 1)
    strength = np.select([stance == "ally", stance == "hostile", stance == "mixed",
                          stance == "neutral"],
                         [ally_strength, hostile_strength, mixed_strength, neutral_strength],
                         0.0)
    saturation = 1 - np.exp(-weight / r.confidence_scale)
    confidence = np.round(np.clip(saturation * strength, 0, 1), 3)
    return stance, confidence, balance


def stance_frame(dyads: pd.DataFrame, ties: Iterable[Tie] = (), *,
                 tie_published: Mapping[tuple[str, str, str], str | None] | None = None,
                 window: str = "all", rules: Rules = DEFAULT_RULES) -> pd.DataFrame:
    """Undirected dyads of one window kind (``aggregate(..., directed=False)``) and the
    stated ties -> one row per (window, pair) with its stance (``STANCE_COLUMNS``)."""
    if len(dyads) and bool(dyads["directed"].iloc[0]):
        raise ValueError("stances are computed on undirected dyads (aggregate(directed=False))")
    frame = dyads.rename(columns={"source": "a", "target": "b"}).copy()
    frame["tie_weight"] = 0.0
    frame["ties"] = [()] * len(frame)
    tie_rows = _tie_rows(ties, tie_published or {}, window, rules)
    if len(tie_rows):
        frame = _merge_ties(frame, tie_rows)
    if frame.empty:
        return pd.DataFrame({c: [] for c in STANCE_COLUMNS})
    weight = frame["weight"].to_numpy(float) + frame["tie_weight"].to_numpy(float)
    coop = frame["cooperation"].to_numpy(float) + frame["tie_coop"].to_numpy(float) \
        if "tie_coop" in frame else frame["cooperation"].to_numpy(float)
    conf = frame["conflict"].to_numpy(float) + frame["tie_conf"].to_numpy(float) \
        if "tie_conf" in frame else frame["conflict"].to_numpy(float)
    stance, confidence, balance = classify(weight, coop, conf, rules)
    frame["stance"] = stance
    frame["confidence"] = confidence
    frame["balance"] = np.round(balance, 4)
    frame["score"] = coop - conf
    frame["cooperation"] = coop
    frame["conflict"] = conf
    frame["weight"] = weight
    frame = frame.sort_values(["window", "a", "b"]).reset_index(drop=True)
    return frame.loc[:, list(STANCE_COLUMNS)]


def _tie_rows(ties: Iterable[Tie], published: Mapping[tuple[str, str, str], str | None],
              window: str, rules: Rules) -> pd.DataFrame:
    rows = []
    for tie in ties:
        rule = rules.ties.get(tie.relation)
        if rule is None:
            continue
        a, b = sorted((tie.source, tie.target))
        if window == "all":
            label = "all"
        else:
            day = published.get((tie.source, tie.relation, tie.target))
            if not day:
                continue
            label = _label(day, window)
        n = min(len(tie.doc_ids) or 1, rules.stance.max_tie_documents)
        w = float(n) if rule.intensity else 0.0
        rows.append({"window": label, "a": a, "b": b, "tie_weight": w,
                     "tie_coop": w * max(rule.intensity, 0.0),
                     "tie_conf": w * max(-rule.intensity, 0.0), "tie": tie_label(tie)})
    return pd.DataFrame(rows)


def _label(day: str, window: str) -> str:
    if window == "day":
        return day[:10]
    if window == "month":
        return day[:7]
    if window == "year":
        return day[:4]
    import datetime as dt
    y, w, _ = dt.date.fromisoformat(day[:10]).isocalendar()
    return f"{y}-W{w:02d}"


def _merge_ties(frame: pd.DataFrame, tie_rows: pd.DataFrame) -> pd.DataFrame:
    agg = tie_rows.groupby(["window", "a", "b"], sort=False).agg(
        tie_weight=("tie_weight", "sum"), tie_coop=("tie_coop", "sum"),
        tie_conf=("tie_conf", "sum"), ties=("tie", tuple)).reset_index()
    frame = frame.drop(columns=["tie_weight", "ties"])
    merged = frame.merge(agg, on=["window", "a", "b"], how="outer")
    for col in ("tie_weight", "tie_coop", "tie_conf", "weight", "cooperation", "conflict",
                "score", "balance"):
        merged[col] = merged[col].astype(float).fillna(0.0)
    merged["n_events"] = merged["n_events"].fillna(0).astype("int64")
    merged["n_void"] = merged["n_void"].fillna(0).astype("int64")
    for col in PLOVER_EVENTS:
        merged[col] = merged[col].fillna(0).astype("int64")
    for col in ("ties", "event_ids", "doc_ids"):
        merged[col] = [v if isinstance(v, tuple) else () for v in merged[col]]
    missing = merged["start"].isna() & (merged["window"] != "all")
    if missing.any():
        kind = _kind(merged.loc[missing, "window"].iloc[0])
        merged.loc[missing, "start"] = [span(x, kind)[0] for x in merged.loc[missing, "window"]]
        merged.loc[missing, "end"] = [span(x, kind)[1] for x in merged.loc[missing, "window"]]
    merged["directed"] = False
    return merged


def _kind(label: str) -> str:
    if "-W" in label:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(label), "all")


def stance_records(frame: pd.DataFrame, rules: Rules = DEFAULT_RULES,
                   ties: Iterable[Tie] = ()) -> list[Stance]:
    """The rows of ``stance_frame`` as ``Stance`` records, each with its reasons."""
    by_label = {tie_label(t): t for t in ties}
    out = []
    for row in frame.itertuples(index=False):
        d = row._asdict()
        out.append(Stance(
            a=d["a"], b=d["b"], window=d["window"], stance=d["stance"],
            confidence=float(d["confidence"]), balance=round(float(d["balance"]), 4),
            score=round(float(d["score"]), 4), n_events=int(d["n_events"]),
            weight=round(float(d["weight"]), 4), ties=tuple(d["ties"]),
            reasons=reasons(d, rules, by_label), event_ids=tuple(d["event_ids"])))
    return out


def reasons(d: Mapping, rules: Rules = DEFAULT_RULES,
            ties: Mapping[str, Tie] | None = None) -> tuple[str, ...]:
    """Why a row of ``stance_frame`` has its stance, in words."""
    r = rules.stance
    out: list[str] = []
    n, w = int(d["n_events"]), float(d["weight"])
    coop, conf, bal = float(d["cooperation"]), float(d["conflict"]), float(d["balance"])
    if n:
        types = sorted(((t, int(d[t])) for t in PLOVER_EVENTS if d.get(t)), key=lambda x: -x[1])
        out.append(f"{n} event(s): " + ", ".join(f"{t} x{k}" for t, k in types))
        void = int(d.get("n_void") or 0)
        if void:
            out.append(f"{void} of them count for nothing (negated or hypothetical)")
    else:
        out.append("no events between them")
    for label in d.get("ties") or ():
        tie = (ties or {}).get(label)
        rule = rules.ties.get(label.split()[1])
        docs = f" ({len(tie.doc_ids)} document(s): {', '.join(tie.doc_ids[:3])})" if tie else ""
        if rule is not None and rule.intensity:
            out.append(f"stated tie: {label}{docs}; counts as a "
                       f"{'cooperative' if rule.intensity > 0 else 'hostile'} event "
                       f"({rule.note})")
        else:
            out.append(f"stated tie: {label}{docs}; no bearing on the stance "
                       f"({rule.note if rule else 'unknown relation'})")
    out.append(f"weight {w:.2f}: cooperation {coop:.1f} vs conflict {conf:.1f}, "
               f"balance {bal:+.2f}")
    stance = d["stance"]
    if stance == "unknown":
        out.append(f"too little evidence: weight {w:.2f} < {r.min_weight} "
                   "(negated and hypothetical events count for nothing)")
    elif stance == "neutral":
        mean_abs = (coop + conf) / w if w else 0.0
        out.append(f"mean intensity {mean_abs:.1f} < {r.neutral_intensity}: contacts "
                   "without real cooperation or conflict")
    elif stance == "ally":
        out.append(f"balance {bal:+.2f} >= {r.ally_balance:+.2f}: ally")
    elif stance == "hostile":
        out.append(f"balance {bal:+.2f} <= {r.hostile_balance:+.2f}: hostile")
    else:
        out.append(f"balance {bal:+.2f} between {r.hostile_balance:+.2f} and "
                   f"{r.ally_balance:+.2f}: both cooperation and conflict")
    return tuple(out)


__all__ = ["STANCE_COLUMNS", "classify", "stance_frame", "stance_records", "reasons",
           "tie_label", "DYAD_COLUMNS"]
