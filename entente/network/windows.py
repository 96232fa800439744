"""Time windows: day, week (ISO), month, year, or all.

An event counts in a window when the whole of its date range lies inside it: a
"2015-06" (month-precision) event is in the month 2015-06 and the year 2015, but in no
particular week or day, and is then left out of day and week windows (and counted as
such).  Undated events count only in the window "all", unless the caller places them at
their document's publication date (``undated="published"``).
"""
from __future__ import annotations

import calendar
import datetime as dt

import numpy as np
import pandas as pd

from ..errors import EntenteError
from .records import WINDOWS

ALL = "all"


def check_window(window: str) -> str:
    if window not in WINDOWS:
        raise EntenteError(f"window {window!r} is not one of {', '.join(WINDOWS)}")
    return window


def keys(date_lo: pd.Series, date_hi: pd.Series, window: str) -> pd.Series:
    """The window label of each event, or None where its date is missing or coarser than
    the window."""
    code, labels = codes(date_lo, date_hi, window)
    values = np.append(np.asarray(labels, dtype=object), None)
    return pd.Series(values[np.where(code >= 0, code, len(labels))], index=date_lo.index,
                     dtype=object)


def codes(date_lo: pd.Series, date_hi: pd.Series, window: str) -> tuple[np.ndarray, list[str]]:
    """Each event's window as an index into the sorted list of labels (-1: no window).
    Labels are computed once per distinct date, not once per event."""
    check_window(window)
    n = len(date_lo)
    if window == ALL:
        return np.zeros(n, dtype=np.int64), [ALL]
    lo_codes, lo_days = pd.factorize(date_lo.to_numpy(dtype=object))
    hi_values = date_hi.to_numpy(dtype=object)
    hi_values = np.where(pd.isna(hi_values), date_lo.to_numpy(dtype=object), hi_values)
    hi_codes, hi_days = pd.factorize(hi_values)
    lo_labels = _labels(pd.Series(np.asarray(lo_days, dtype=object), dtype=object), window)
    hi_labels = _labels(pd.Series(np.asarray(hi_days, dtype=object), dtype=object), window)
    labels = sorted({x for x in lo_labels if x is not None})
    index = {label: i for i, label in enumerate(labels)}
    lo_map = np.array([index.get(x, -1) if x is not None else -1 for x in lo_labels] + [-1],
                      dtype=np.int64)
    hi_map = np.array([index.get(x, -2) if x is not None else -2 for x in hi_labels] + [-2],
                      dtype=np.int64)
    lo = lo_map[np.where(lo_codes >= 0, lo_codes, len(lo_map) - 1)]
    hi = hi_map[np.where(hi_codes >= 0, hi_codes, len(hi_map) - 1)]
    return np.where(lo == hi, lo, -1), labels


def _labels(days: pd.Series, window: str) -> pd.Series:
    s = days.astype(object)
    valid = s.notna()
    if window == "day":
        return s.where(valid, None)
    if window == "month":
        return s.where(valid, None).str.slice(0, 7).where(valid, None)
    if window == "year":
        return s.where(valid, None).str.slice(0, 4).where(valid, None)
    # week: ISO year and week of the day
    parsed = pd.to_datetime(s.where(valid, None), format="%Y-%m-%d", errors="coerce")
    iso = parsed.dt.isocalendar()
    ok = parsed.notna()
    year = iso["year"].astype("Int64").astype(str)
    week = iso["week"].astype("Int64").astype(str).str.zfill(2)
    label = (year + "-W" + week).astype(object)
    return label.where(ok, None)


def span(label: str, window: str) -> tuple[str | None, str | None]:
    """First and last day of a window label."""
    if window == ALL or label == ALL:
        return None, None
    try:
        if window == "day":
            return label, label
        if window == "month":
            y, m = int(label[:4]), int(label[5:7])
            return f"{label}-01", f"{label}-{calendar.monthrange(y, m)[1]:02d}"
        if window == "year":
            return f"{label}-01-01", f"{label}-12-31"
        y, w = int(label[:4]), int(label[6:])
        monday = dt.date.fromisocalendar(y, w, 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    except (ValueError, IndexError):
        raise EntenteError(f"{label!r} is not a {window} window label") from None


def bound(value: str, end: bool) -> str:
    """A partial ISO date widened to its first (or, with ``end``, last) day."""
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        last = calendar.monthrange(int(value[:4]), int(value[5:7]))[1]
        return f"{value}-{last:02d}" if end else value + "-01"
    return value[:10]


def within(since: str | None, until: str | None, day: str | None) -> bool:
    """Whether ``day`` meets the inclusive span [since, until] (None: open)."""
    if day is None:
        return True
    return ((since is None or bound(since, False) <= bound(day, True))
            and (until is None or bound(day, False) <= bound(until, True)))


def age_days(days: pd.Series, as_of: str) -> np.ndarray:
    """Days from each date to ``as_of`` (0 for missing or later dates)."""
    parsed = pd.to_datetime(days, format="%Y-%m-%d", errors="coerce")
    ref = pd.Timestamp(as_of)
    age = (ref - parsed).dt.days.to_numpy(dtype=float, na_value=0.0)
    return np.clip(age, 0.0, None)
