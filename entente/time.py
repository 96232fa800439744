"""When did it happen?  Resolve news date expressions against the publication date.

:func:`resolve` turns one expression into a :class:`ResolvedDate`; :func:`find_dates`
finds them in a sentence.  ``published`` is the anchor; without it only dates that
carry their own year resolve.  News conventions (``future=True`` reads forwards):

* Weekdays: the latest such day strictly before publication ("on Sunday" in a Monday
  paper is the day before), or the next one after with ``future``; "last Sunday" is
  always past, "next Sunday" always future.  "yesterday"/"last night" is the day
  before, "today"/"tonight" the day itself.
* Weeks are dated by their Monday ("this week", "last week").  A weekend ("this
  weekend", "over the weekend") is the one on or before publication (the next with
  ``future``), dated by its *Saturday* with precision "week" -- a two-day span.
* "this/last/next month|year", "earlier this month": that month or year.  A month or
  day without a year ("in June", "September 30") is the latest not after publication
  (with ``future``, the first not before it).
* "N days/weeks/months/years ago" counts back at that unit's precision; vague counts
  ("several", "a few", "some": 3; "a couple": 2) or a hedge ("about") set ``approximate``.
* Numeric dates read month first unless the first number exceeds 12; without a year
  ("9/11", "7/7") they name events, not dates.  "since 2011" is the year 2011; decades
  ("the 1990s") and durations ("24 hours") are not dates.

``dateparser`` parses the absolute forms (one lazily built parser, never given text
without a date-like token); the news conventions are computed here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Iterable

__all__ = ["ResolvedDate", "resolve", "find_dates"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A date expression and the calendar date it denotes.

    ``date`` is ISO at its precision: "2015-11-01" (day), the Monday "2015-10-26"
    for a week (the Saturday for a weekend), "2015-06" (month), "2015" (year).
    ``start``/``end`` locate ``text`` in the text it was found in.
    """

    date: str
    precision: str
    text: str
    start: int
    end: int
    approximate: bool = False


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?i: (?:morning|afternoon|evening|night))"
_VAGUE = {"a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3,
          "several": 3, "some": 3}
_NUMBERS = {"a": 1, "an": 1, **{w: i for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), 1)}, **_VAGUE}
_COUNT = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_HEDGE = r"(?:about|around|nearly|almost|roughly|approximately|some|more than|less than|over)"
_NOT_A_COUNT = r"(?!\s*(?:%|percent|people|troops|soldiers|civilians|homes|villages)\b)"
_PREP = r"(?:on|in|since|by|until|till|during|from|before|after|through|over|at|as of)"

# Finder: longer forms first, since alternation takes the first that matches.  Bare
# months and years are kept only after a preposition (see _BARE, _PREP_BEFORE).
_FINDER = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})(?![/\d])"
    rf"|(?:{_WEEKDAY},? )?{_DAY} (?:of )?{_MONTH}(?:,? {_YEAR})?"
    rf"|(?:{_WEEKDAY},? )?{_MONTH} {_DAY}(?:,? {_YEAR})?(?![:\d])"
    rf"|{_MONTH},? {_YEAR}"
    rf"|(?i:(?:last|this|next|coming) )?{_WEEKDAY}{_PART}?"
    rf"|(?i:last|this|next) {_MONTH}"
    rf"|(?i:(?:early|mid|late)[- ])?(?:{_MONTH}|{_YEAR}{_NOT_A_COUNT})"
    rf"|(?i:(?:yesterday|today|tomorrow){_PART}?|tonight|last night"
    rf"|this (?:morning|afternoon|evening)"
    rf"|(?:(?:earlier|later) )?(?:this|last|next) (?:week|month|year)"
    rf"|(?:this|last|next|(?:over|at|during|on) the) weekend"
    rf"|(?:{_HEDGE} )?(?:{_COUNT}|\d+) (?:day|week|month|year)s? ago))\b")
# Every finder match contains one of these; a cheap test that skips most date-free text.
_HINT = re.compile(r"(?i)\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|"
                   r"month|year|ago|morrow|morning|afternoon|evening")
_BARE = re.compile(rf"(?i:(?:early|mid|late)[- ])?(?:{_MONTH}|{_YEAR})")
_PREP_BEFORE = re.compile(r"\b(?i:in|since|by|until|during|from|before|after|through)\s+$")
_AFTER_PREP = re.compile(rf"\b(?i:{_PREP})\s+$")
_CAPITAL_BEFORE, _CAPITAL_AFTER = re.compile(r"\b[A-Z][a-z]+\s+$"), re.compile(r"\s+[A-Z][a-z]")

_LEAD = re.compile(rf"^(?i:{_PREP}\s+)")
_TOKEN = re.compile(rf"(?i)\d|\b(?:{_MONTH}|{_WEEKDAY}|yesterday|today|tomorrow|tonight|"
                    r"night|week|weekend|month|year|ago)s?\b")
_DAY_WORD = re.compile(rf"^(yesterday|today|tomorrow|tonight|last night|"
                       rf"this (?:morning|afternoon|evening))(?:{_PART})?$", re.I)
_WEEKDAY_EXPR = re.compile(rf"^(?:(last|this|next|coming) )?({_WEEKDAY})(?:{_PART})?$", re.I)
_PERIOD = re.compile(r"^(?:(?:earlier|later) )?(this|last|next|the) (week|weekend|month|year)$",
                     re.I)
_AGO = re.compile(rf"^(?:({_HEDGE}) )?({_COUNT}|\d+) (day|week|month|year)s? ago$", re.I)
_MONTH_EXPR = re.compile(rf"^(last|this|next) ({_MONTH})$", re.I)
_RELATIVE_WORD = re.compile(r"(?i)\b(?:ago|hours?|minutes?|days?|weeks?|months?|years?|"
                            r"decades?|yesterday|today|tomorrow|tonight|now|next|last|"
                            r"this|past|coming|recent)\b")
_NOT_A_DATE = re.compile(r"^\d{1,2}/\d{1,2}$|\d0'?s\b")  # "9/11", "the 1990s"
_HAS_YEAR = re.compile(rf"\b{_YEAR}\b")
_TWO_DIGIT_YEAR = re.compile(r"^(\d{1,2}/\d{1,2}/)(\d\d)$")
_QUALIFIER = re.compile(r"^(?:early|mid|late)[- ]", re.I)

_parser: Any = None


@lru_cache(maxsize=4096)
def _parse(expr: str) -> tuple[date, str] | None:
    """Parse an absolute form with the one shared ``DateDataParser`` (built on first use).

    Its relative base is fixed (a leap year, so "February 29" parses) and irrelevant:
    only absolute forms reach it, and a yearless date's year is chosen by the caller.
    Results depend on ``expr`` alone, so they are cached.
    """
    global _parser
    if _parser is None:
        from dateparser.date import DateDataParser  # slow import, deferred
        _parser = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": datetime(2000, 12, 31), "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True,
            "DATE_ORDER": "MDY"})
    found = _parser.get_date_data(expr)
    if found is None or found.date_obj is None or found.period not in ("day", "month", "year"):
        return None
    return found.date_obj.date(), found.period


def _anchor(published: date | str | None) -> date | None:
    """The publication day as a ``date`` (accepts dates, datetimes, ISO strings)."""
    if not published:
        return None
    if isinstance(published, datetime):
        return published.date()
    return published if isinstance(published, date) else date.fromisoformat(published[:10])


def _iso(day: date, precision: str) -> str:
    """Format ``day`` at ``precision``: "2015-11-01", "2015-11" or "2015"."""
    return day.isoformat()[:{"month": 7, "year": 4}.get(precision, 10)]


def _monday(day: date) -> date:
    """The Monday that starts ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _months_later(day: date, n: int) -> date:
    """The first day of the month ``n`` months after ``day``'s (``n`` may be negative)."""
    year, month = divmod(day.year * 12 + day.month - 1 + n, 12)
    return date(year, month + 1, 1)


def _relative(expr: str, anchor: date, future: bool) -> tuple[date, str, bool] | None:
    """The news rules for expressions that only make sense against the anchor."""
    if m := _DAY_WORD.match(expr):
        word = m.group(1).lower()
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return anchor + timedelta(days=shift), "day", False
    if m := _WEEKDAY_EXPR.match(expr):
        modifier = (m.group(1) or "").lower()
        wanted = _WEEKDAYS.index(m.group(2).lower())
        if modifier in ("next", "coming") or (future and modifier != "last"):
            return anchor + timedelta(days=(wanted - anchor.weekday()) % 7 or 7), "day", False
        return anchor - timedelta(days=(anchor.weekday() - wanted) % 7 or 7), "day", False
    if m := _PERIOD.match(expr):
        which, unit = m.group(1).lower(), m.group(2).lower()
        if which == "the" and unit != "weekend":
            return None
        step = {"last": -1, "next": 1}.get(which, 0)
        if unit == "weekend":
            saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # on/before
            if step > 0 or (future and step == 0 and saturday < anchor - timedelta(days=1)):
                saturday += timedelta(days=7)
            elif step < 0 and anchor.weekday() >= 5:
                saturday -= timedelta(days=7)
            return saturday, "week", False
        if unit == "week":
            return _monday(anchor) + timedelta(weeks=step), "week", False
        if unit == "month":
            return _months_later(anchor, step), "month", False
        return date(anchor.year + step, 1, 1), "year", False
    if m := _MONTH_EXPR.match(expr):
        which = m.group(1).lower()
        if not (found := _absolute(m.group(2), anchor, which == "next" or (
                future and which == "this"))):
            return None
        if (day := found[0]).month == anchor.month and which != "this":
            day = day.replace(year=day.year + (1 if which == "next" else -1))
        return day, "month", False
    if m := _AGO.match(expr):
        hedge, count, unit = m.group(1), m.group(2).lower(), m.group(3).lower()
        n = int(count) if count.isdigit() else _NUMBERS[count]
        approximate = bool(hedge) or count in _VAGUE
        if unit in ("day", "week"):
            day = anchor - timedelta(days=n * (7 if unit == "week" else 1))
            return (_monday(day) if unit == "week" else day), unit, approximate
        months = n * (12 if unit == "year" else 1)
        return _months_later(anchor, -months), unit, approximate
    return None


def _absolute(expr: str, anchor: date | None, future: bool) -> tuple[date, str] | None:
    """Parse a calendar form with dateparser; place a yearless one around the anchor."""
    expr = _QUALIFIER.sub("", expr)
    if m := _TWO_DIGIT_YEAR.match(expr):
        yy = int(m.group(2))
        century = 2000 if 2000 + yy <= (anchor or date.today()).year + 1 else 1900
        expr = f"{m.group(1)}{century + yy}"
    if (found := _parse(expr)) is None:
        return None
    day, precision = found
    if _HAS_YEAR.search(expr):
        return day, precision
    if anchor is None or precision not in ("day", "month"):
        return None
    key = (day.month, day.day if precision == "day" else 1)
    here = (anchor.month, anchor.day if precision == "day" else 1)
    if future:  # the first such date not before publication
        year = anchor.year + (key < here)
    else:  # the latest not after it
        year = anchor.year - (key > here)
    try:
        return day.replace(year=year), precision
    except ValueError:  # February 29 in a common year
        return None


def resolve(expression: str, published: date | str | None, *,
            future: bool = False) -> ResolvedDate | None:
    """Resolve one date expression against the publication date, or None.

    ``future=True`` reads bare weekdays, weekends and yearless dates forwards (for
    statements about what will happen).  The result spans the whole ``expression``.
    """
    expr = " ".join(_LEAD.sub("", expression.strip()).split()).rstrip(",;")
    if not _TOKEN.search(expr) or _NOT_A_DATE.search(expr):
        return None
    anchor = _anchor(published)
    result: tuple[date, str, bool] | None = None
    if anchor is not None:
        result = _relative(expr, anchor, future)
    if result is None and not _RELATIVE_WORD.search(expr):
        found = _absolute(expr, anchor, future)
        result = (*found, False) if found else None
    if result is None:
        return None
    day, precision, approximate = result
    return ResolvedDate(_iso(day, precision), precision, expression, 0, len(expression),
                        approximate)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to the expression proper: no spaces, prepositions or commas."""
    while start < end and (text[start].isspace() or text[end - 1] in " \t\n,;"):
        start, end = (start + 1, end) if text[start].isspace() else (start, end - 1)
    if lead := _LEAD.match(text[start:end]):
        start += lead.end()
    return start, end


def _name_like(text: str, start: int, end: int) -> bool:
    """Is a bare weekday part of a name ("Bloody Sunday", "the Sunday Times")?"""
    return not _AFTER_PREP.search(text, max(0, start - 10), start) and bool(
        _CAPITAL_BEFORE.search(text, max(0, start - 30), start) or _CAPITAL_AFTER.match(text, end))


def find_dates(text: str, published: date | str | None, *, offset: int = 0,
               spans: Iterable[tuple[int, int]] = (), future: bool = False
               ) -> list[ResolvedDate]:
    """Find and resolve the date expressions in ``text`` (typically one sentence).

    ``spans`` are extra candidate (start, end) spans within ``text``, such as spaCy
    DATE entities; the built-in patterns catch the usual news forms as well.
    Overlapping candidates keep the longest that resolves.  Offsets in the results
    are ``offset`` plus positions in ``text``, so ``text[start-offset:end-offset]``
    is the result's ``text``.  ``future`` is passed on to :func:`resolve`.
    """
    candidates: set[tuple[int, int]] = set()
    for m in _FINDER.finditer(text) if _HINT.search(text) else ():
        start, end = _trim(text, m.start(), m.end())
        found = text[start:end]
        if _BARE.fullmatch(found) and not _PREP_BEFORE.search(text, max(0, start - 10), start):
            continue  # "May" the name, "2000" the number
        if found.split()[0].lower() in _WEEKDAYS and _name_like(text, start, end):
            continue  # "Bloody Sunday", "the Sunday Times"
        candidates.add((start, end))
    for s, e in spans:
        candidates.add(_trim(text, max(0, s), min(len(text), e)))
    resolved = []
    for start, end in candidates:
        if end > start and (found := resolve(text[start:end], published, future=future)):
            resolved.append(replace(found, start=start + offset, end=end + offset))
    chosen: list[ResolvedDate] = []
    for r in sorted(resolved, key=lambda r: (r.start - r.end, r.start)):
        if all(r.end <= c.start or r.start >= c.end for c in chosen):
            chosen.append(r)
    return sorted(chosen, key=lambda r: r.start)
