"""Maps the coder's raw confidence score to a calibrated probability of being right.

The table (``resources/events/calibration.yaml``) is written by ``eval/calibrate.py``
from a gold set's dev split: each bin's upper raw score and the share of events in it
that were right.  A raw score takes its bin's share (a step function, as the bins were
fitted: interpolating between edges biased every bin low); without a table the raw score
is used as it is.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

CALIBRATION_FILE = Path(str(resources.files("entente.resources.events") / "calibration.yaml"))


@dataclass(frozen=True)
class Calibration:
    bins: tuple[tuple[float, float], ...] = ()   # (raw score upper bound, share right)

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> "Calibration":
        if not path.exists():
            return cls()
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        try:
            bins = tuple((float(b["raw_upto"]), float(b["right"])) for b in data.get("bins", ()))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: each bin needs raw_upto and right numbers ({exc}); "
                             "regenerate it with eval/calibrate.py --write") from None
        return cls(tuple(sorted(bins)))

    def __call__(self, raw: float) -> float:
        if not self.bins:
            return raw
        edges = [b[0] for b in self.bins]
        i = bisect_left(edges, raw)  # the bin whose scores run up to this edge
        return self.bins[min(i, len(self.bins) - 1)][1]
