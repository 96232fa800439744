"""Calibrate event confidence on development gold splits and write the mapping as data.

    python eval/calibrate.py eval/events-dev*.gold.jsonl [--write]
    python eval/calibrate.py eval/events-dev.gold.jsonl --check eval/events-test.gold.jsonl

The coder's raw score (a transparent sum of what the grammar pinned down) is mapped to the
share of events with that score that were right on the dev splits: pool-adjacent-violators
(isotonic) over score bins, so the mapping never decreases.  It prints the reliability
table and the expected calibration error (ECE) before and after; with --write it stores
the table in entente/resources/events/calibration.yaml, which the coder reads.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from entente.evaluate import code_gold, load_gold
from entente.evaluate.score import judged_events
from entente.events.calibration import CALIBRATION_FILE, Calibration
from entente.pipeline import Pipeline

MIN_BIN = 8  # events per bin before two bins are merged


def isotonic(points: list[tuple[float, bool]]) -> list[tuple[float, float, int]]:
    """(upper raw score, share right, n) for score bins, merged until non-decreasing."""
    bins: list[list] = []
    for raw, right in sorted(points):
        if bins and (bins[-1][2] < MIN_BIN or bins[-1][0] == raw):
            b = bins[-1]
            b[0], b[1], b[2] = raw, b[1] + right, b[2] + 1
        else:
            bins.append([raw, int(right), 1])
    merged: list[list] = []
    for b in bins:
        merged.append(b)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] > merged[-1][1] / merged[-1][2]:
            hi = merged.pop()
            merged[-1] = [hi[0], merged[-1][1] + hi[1], merged[-1][2] + hi[2]]
    return [(round(up, 3), round(k / n, 3), n) for up, k, n in merged]


def ece(points: list[tuple[float, bool]], n_bins: int = 10) -> float:
    total, err = len(points), 0.0
    for i in range(n_bins):
        lo, hi = i / n_bins, (i + 1) / n_bins
        inside = [(p, r) for p, r in points if lo <= p < hi or (i == n_bins - 1 and p == 1.0)]
        if inside:
            err += len(inside) / total * abs(sum(p for p, _ in inside) / len(inside)
                                             - sum(r for _, r in inside) / len(inside))
    return round(err, 3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="+", help="development gold file(s), pooled")
    ap.add_argument("--write", action="store_true", help="store the table for the coder")
    ap.add_argument("--check", type=Path, help="report the stored calibration on this "
                                               "(held-out) gold file instead of fitting")
    a = ap.parse_args(argv)
    if a.check:
        held = load_gold(a.check, require_text=False)
        judged = [(e.confidence, ok) for e, ok in judged_events(held, code_gold(held))]
        print(f"{a.check.name}: {len(judged)} coded events, {sum(ok for _, ok in judged)} right; "
              f"ECE of the stored calibration {ece(judged)}")
        return 0
    pipeline = Pipeline()
    pipeline.coder.calibration = Calibration()  # score the raw confidence
    judged = []
    for path in a.gold:
        gold = load_gold(path, require_text=False)
        judged += judged_events(gold, code_gold(gold, pipeline))
    if not judged:
        print("no coded events to calibrate on", file=sys.stderr)
        return 1
    raw = [(e.confidence, ok) for e, ok in judged]
    table = isotonic(raw)
    calibrated = Calibration(tuple((up, p) for up, p, _ in table))
    after = [(calibrated(score), ok) for score, ok in raw]
    print(f"{len(raw)} coded events, {sum(ok for _, ok in raw)} right")
    print("raw score <=   share right   n")
    for up, p, n in table:
        print(f"{up:12.2f}   {p:11.3f}   {n}")
    print(f"ECE before {ece(raw)}, after {ece(after)} (on the calibration split itself)")
    if a.write:
        CALIBRATION_FILE.write_text(
            "# Written by eval/calibrate.py from " + ", ".join(p.name for p in a.gold)
            + ": raw coder score (upper\n"
            "# bound of a bin) -> share of events with that score that were right.\n"
            + yaml.safe_dump({"bins": [{"raw_upto": up, "right": p, "n": n} for up, p, n in table]},
                             sort_keys=False), encoding="utf-8")
        print(f"wrote {CALIBRATION_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
