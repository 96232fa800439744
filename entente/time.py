"""When did it happen?  Resolve news date expressions against the publication date.

:func:`resolve` turns one expression into a :class:`ResolvedDate`; :func:`find_dates`
finds them in a sentence.  ``published`` is the anchor; without it only dates that
carry their own year resolve.  News conventions (``future=True`` reads forwards):

* Weekdays: the latest such day not after publication ("on Sunday" in a Monday paper
  is the day before; "on Monday" in a Monday paper is that day, as wire copy writes it),
  or the next one after with ``future``; "last Sunday" is always past (a week back on a
  Sunday), "next Sunday" always future.  "yesterday"/"last night" is the day
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
  ("9/11", "7/7") they name events, not dates.  "since 2011" is the year 2011, with the
  publication day as its ``enddate``; decades ("the 1990s") and durations ("24 hours")
  are not dates.  A bare year counts after a preposition or as "the 1967 war".
* Holidays with a fixed day ("New Year's Day", "Christmas Eve") are dates.
* Ranges: "from July to December 2016", "between Feb. 27 and March 5", "June 3-5" give
  the first date and an ``enddate``; a start without a year takes the end's.  A week
  (or weekend) has its Sunday as ``enddate``.
* Anaphora resolve against the date before them in the sentence, else the ``context``
  date of the text before: "later that day", "the next day", "hours later", "two days
  later"; "a day after the plane was shot down" dates the clause it introduces
  (the reference minus a day).  "overnight" is the night into the preceding date in
  the sentence, else into the publication day.

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
    enddate: str | None = None     # the last day/month/year of a range or week
    basis: str = "text"            # text | context (carried) | dateline


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
_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
             "christmas day": (12, 25), "boxing day": (12, 26), "christmas": (12, 25)}
_HOLIDAY = r"(?:New Year['’]s (?:Day|Eve)|Christmas(?: (?:Day|Eve))?|Boxing Day)"
_FINDER = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_HOLIDAY}(?:,? {_YEAR})?"
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
# Every finder match contains a digit or one of these words; a cheap test that skips most
# date-free text (see _may_contain).
_HINT_WORDS = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|"
                         r"month|year|ago|morrow|morning|afternoon|evening|christmas")
_DIGIT = re.compile(r"\d")
_BARE = re.compile(rf"(?i:(?:early|mid|late)[- ])?(?:{_MONTH}|{_YEAR})")
_PREP_BEFORE = re.compile(r"\b(?i:in|since|by|until|during|from|before|after|through|between)\s+$")
# the second bare month of a range: "between September and November", "from July to May"
_RANGE_SECOND = re.compile(rf"\b(?i:between|from)\s+(?:(?:early|mid|late)[- ])?(?:{_MONTH}|{_YEAR})"
                           r"\s+(?i:and|to|until|till|through)\s+$")
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
_HOLIDAY_EXPR = re.compile(rf"^({_HOLIDAY})(?:,? ({_YEAR}))?$", re.I)
# "the 1967 war", "the 2003 invasion": a bare year used as a date after "the"
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_EVENT_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|(?i:wars?|elections?|invasion|coup|revolution|"
                          r"uprising|attacks?|bombings?|massacre|agreement|accords?|treaty|"
                          r"ceasefire|truce|referendum|crisis|protests?|offensive|war's|"
                          r"summit|talks|conflict|election's|genocide|siege))\b")
# Anaphora: dated from the date before them (or the context date).
_UNIT = r"(?:hours?|minutes?|days?|weeks?|months?|years?)"
_ANAPHOR = re.compile(
    rf"(?i)\b(?:(?:(?:later|earlier) )?that (?:same )?(?:day|night|morning|afternoon|evening)"
    rf"|the same (?:day|night|morning|evening)"
    rf"|the (?:next|following|previous) (?:day|morning|night|evening|afternoon)"
    rf"|the day (?:before|after)|the night before"
    rf"|(?:(?:{_COUNT}|\d+) )?{_UNIT} (?:later|after|before|earlier)"
    rf"|overnight)\b")
# Every anaphor contains one of these words ("overnight" holds "night").
_ANAPHOR_WORDS = re.compile(r"day|night|morning|afternoon|evening|hour|minute|week|month|year")
# The two letters that match an ASCII one case-insensitively ("ſ" matches "s") but stay
# themselves in lower case; a text with either is matched the slow way.
_UNLOWERED_LETTERS = ("\u017f", "\u0131")
_ANAPHOR_COUNT = re.compile(rf"(?i)^(?:({_COUNT}|\d+) )?(hour|minute|day|week|month|year)s? "
                            r"(later|after|before|earlier)$")
_FOLLOWS = re.compile(r"\s*[A-Za-z\"“]")
# Ranges: "from A to B", "between A and B", "A - B"; "June 3-5", "3-5 June 2016".
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$", re.I)
_RANGE_OPEN = re.compile(r"\b(?i:from|between)\s+$")
_DAY_RANGE = re.compile(rf"\b({_MONTH}) ({_DAY})\s*(?:-|–|to|and|through)\s*({_DAY})\b(?![:\d])"
                        rf"(,? {_YEAR})?|\b({_DAY})\s*(?:-|–)\s*({_DAY}) ({_MONTH})(,? {_YEAR})?")
_SINCE_BEFORE = re.compile(r"\b(?i:since)\s+$")

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
        back = (anchor.weekday() - wanted) % 7
        return anchor - timedelta(days=back or (7 if modifier == "last" else 0)), "day", False
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
    anchor = _anchor(published)
    if m := _HOLIDAY_EXPR.match(expr):
        return _holiday(m, expression, anchor, future)
    if not _TOKEN.search(expr) or _NOT_A_DATE.search(expr):
        return None
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
                        approximate, _week_end(day) if precision == "week" else None)


def _week_end(day: date) -> str:
    """The Sunday that ends a week dated by its Monday (or a weekend by its Saturday)."""
    return (day + timedelta(days=6 - day.weekday())).isoformat()


def _holiday(m: re.Match, expression: str, anchor: date | None,
             future: bool) -> ResolvedDate | None:
    key = m.group(1).lower().replace("’", "'")
    month, day = _HOLIDAYS[key]
    if m.group(2):
        year = int(m.group(2))
    elif anchor is None:
        return None
    elif future:
        year = anchor.year + ((month, day) < (anchor.month, anchor.day))
    else:
        year = anchor.year - ((month, day) > (anchor.month, anchor.day))
    return ResolvedDate(date(year, month, day).isoformat(), "day", expression, 0, len(expression))


def _shift(ref: ResolvedDate, expr: str, follows: bool) -> ResolvedDate | None:
    """An anaphoric expression dated from ``ref``; ``follows``: words come after it
    ("a day after the plane was shot down" dates that clause, one day before ``ref``)."""
    low = " ".join(expr.lower().split())
    if ref.precision not in ("day", "week"):
        return replace(ref, text=expr) if low.startswith(("that ", "later that", "earlier that",
                                                          "the same")) else None
    base = date.fromisoformat(ref.date)
    if low == "overnight" or "that " in low or low.startswith("the same"):
        return ResolvedDate(ref.date, ref.precision, expr, 0, len(expr))
    if low.startswith(("the next", "the following", "the day after")):
        return ResolvedDate((base + timedelta(days=1)).isoformat(), "day", expr, 0, len(expr))
    if low.startswith(("the previous", "the day before", "the night before")):
        return ResolvedDate((base - timedelta(days=1)).isoformat(), "day", expr, 0, len(expr))
    m = _ANAPHOR_COUNT.match(low)
    if m is None:
        return None
    count, unit, way = m.group(1), m.group(2), m.group(3)
    if count is None and unit not in ("hour", "minute"):
        return None  # "days later": too vague
    n = (int(count) if count.isdigit() else _NUMBERS[count]) if count else 0
    sign = {"later": 1, "earlier": -1}.get(way) or (
        (-1 if way == "after" else 1) if follows else (1 if way == "after" else -1))
    approximate = bool(count) and count in _VAGUE
    if unit in ("hour", "minute"):
        return ResolvedDate(ref.date, "day", expr, 0, len(expr))
    if unit in ("day", "week"):
        day = base + timedelta(days=sign * n * (7 if unit == "week" else 1))
        return ResolvedDate(day.isoformat(), "day", expr, 0, len(expr), approximate)
    if unit == "month":
        return ResolvedDate(_iso(_months_later(base, sign * n), "month"), "month", expr, 0,
                            len(expr), approximate)
    return ResolvedDate(str(base.year + sign * n), "year", expr, 0, len(expr), approximate)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to the expression proper: no spaces, prepositions or commas."""
    while start < end and (text[start].isspace() or text[end - 1] in " \t\n,;"):
        start, end = (start + 1, end) if text[start].isspace() else (start, end - 1)
    if lead := _LEAD.match(text[start:end]):
        start += lead.end()
    return start, end


def _may_contain(words: re.Pattern, text: str) -> bool:
    """Might a case-insensitive pattern match ``text``, given that each of its matches holds
    one of ``words`` (lower case)?  A search of the lower-cased text, much faster than
    the pattern itself; exact, since no other letter matches an ASCII one only when
    case is ignored."""
    if any(letter in text for letter in _UNLOWERED_LETTERS):
        return True
    return words.search(text.lower()) is not None


def _name_like(text: str, start: int, end: int) -> bool:
    """Is a bare weekday part of a name ("Bloody Sunday", "the Sunday Times")?"""
    return not _AFTER_PREP.search(text, max(0, start - 10), start) and bool(
        _CAPITAL_BEFORE.search(text, max(0, start - 30), start) or _CAPITAL_AFTER.match(text, end))


def find_dates(text: str, published: date | str | None, *, offset: int = 0,
               spans: Iterable[tuple[int, int]] = (), future: bool = False,
               context: ResolvedDate | None = None) -> list[ResolvedDate]:
    """Find and resolve the date expressions in ``text`` (typically one sentence).

    ``spans`` are extra candidate (start, end) spans within ``text``, such as spaCy
    DATE entities; the built-in patterns catch the usual news forms as well.
    Overlapping candidates keep the longest that resolves.  Offsets in the results
    are ``offset`` plus positions in ``text``, so ``text[start-offset:end-offset]``
    is the result's ``text``.  ``future`` is passed on to :func:`resolve`.
    ``context`` is the date the text before this one is about: anaphora ("later that
    day", "two days later") with no date before them in ``text`` resolve against it.
    """
    candidates: set[tuple[int, int]] = set()
    hinted = _DIGIT.search(text) is not None or _may_contain(_HINT_WORDS, text)
    for m in _FINDER.finditer(text) if hinted else ():
        start, end = _trim(text, m.start(), m.end())
        found = text[start:end]
        if _BARE.fullmatch(found) and not _PREP_BEFORE.search(text, max(0, start - 10), start) \
                and not _RANGE_SECOND.search(text, max(0, start - 40), start):
            if not (_HAS_YEAR.fullmatch(found) and _THE_BEFORE.search(text, max(0, start - 5), start)
                    and _EVENT_AFTER.match(text, end)):
                continue  # "May" the name, "2000" the number; "the 1967 war" is kept
        if found.split()[0].lower() in _WEEKDAYS and _name_like(text, start, end):
            continue  # "Bloody Sunday", "the Sunday Times"
        if found.lower() == "christmas" and not _AFTER_PREP.search(text, max(0, start - 10), start):
            continue  # "a Christmas market"; "at Christmas" is a date
        candidates.add((start, end))
    for s, e in spans:
        start, end = _trim(text, max(0, s), min(len(text), e))
        if text[start:end].lower() == "christmas" and not _AFTER_PREP.search(
                text, max(0, start - 10), start):
            continue
        candidates.add((start, end))
    resolved = []
    for start, end in candidates:
        if end > start and (found := resolve(text[start:end], published, future=future)):
            resolved.append(replace(found, start=start + offset, end=end + offset))
    resolved += _day_ranges(text, published, offset, future)
    chosen: list[ResolvedDate] = []
    for r in sorted(resolved, key=lambda r: (r.start - r.end, r.start)):
        if all(r.end <= c.start or r.start >= c.end for c in chosen):
            chosen.append(r)
    chosen = _ranges(text, sorted(chosen, key=lambda r: r.start), offset)
    chosen += _anaphora(text, chosen, published, offset, context)
    anchor = _anchor(published)
    out = []
    for r in sorted(chosen, key=lambda r: r.start):
        if anchor is not None and r.enddate is None and _SINCE_BEFORE.search(
                text, max(0, r.start - offset - 8), r.start - offset):
            r = replace(r, enddate=anchor.isoformat())  # "since 2011": until publication
        out.append(r)
    return out


def _day_ranges(text: str, published, offset: int, future: bool) -> list[ResolvedDate]:
    """'June 3-5', 'March 3 to 5, 2016', '3-5 June': one date with an enddate."""
    out = []
    for m in _DAY_RANGE.finditer(text) if "-" in text or "–" in text or " to " in text \
            or " and " in text else ():
        if m.group(1):
            month, first, last, year = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        else:
            first, last, month, year = m.group(5), m.group(6), m.group(7), m.group(8) or ""
        a = resolve(f"{month} {first}{year}", published, future=future)
        b = resolve(f"{month} {last}{year}", published, future=future)
        if a and b and a.date < b.date:
            out.append(replace(a, text=m.group(0), start=m.start() + offset,
                               end=m.end() + offset, enddate=b.date))
    return out


def _ranges(text: str, chosen: list[ResolvedDate], offset: int) -> list[ResolvedDate]:
    """Join 'from A to B' and 'between A and B' into A with enddate B."""
    out: list[ResolvedDate] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        b = chosen[i + 1] if i + 1 < len(chosen) else None
        if b is not None and a.enddate is None and _RANGE_JOIN.match(
                text[a.end - offset:b.start - offset]) and (
                _RANGE_OPEN.search(text, max(0, a.start - offset - 9), a.start - offset)
                or text[a.end - offset:b.start - offset].strip() in ("-", "–", "—")):
            start = a
            if not _HAS_YEAR.search(a.text) and _HAS_YEAR.search(b.text) or a.date > b.date:
                last = _last_day(b)
                start = resolve(a.text, last) or a  # the start's year from the end's
                start = replace(start, start=a.start, end=a.end)
            if start.date <= b.date:
                out.append(replace(start, text=text[a.start - offset:b.end - offset],
                                   end=b.end, enddate=b.enddate or b.date))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _last_day(r: ResolvedDate) -> date:
    if r.precision == "year":
        return date(int(r.date), 12, 31)
    if r.precision == "month":
        return _months_later(date.fromisoformat(r.date + "-01"), 1) - timedelta(days=1)
    return date.fromisoformat(r.enddate or r.date)


def _anaphora(text: str, chosen: list[ResolvedDate], published, offset: int,
              context: ResolvedDate | None) -> list[ResolvedDate]:
    """'later that day', 'two days after ...', 'overnight' against the nearest date."""
    out: list[ResolvedDate] = []
    for m in _ANAPHOR.finditer(text) if _may_contain(_ANAPHOR_WORDS, text) else ():
        start, end = m.start() + offset, m.end() + offset
        if any(not (end <= c.start or start >= c.end) for c in chosen):
            continue
        expr = m.group(0)
        before = [c for c in chosen if c.end <= start]
        follows = bool(_FOLLOWS.match(text, m.end()))
        if expr.lower() == "overnight":
            ref = before[-1] if before else (
                resolve("today", published) if published else None)
        elif expr.lower().endswith(("after", "before")) and follows:
            ref = before[-1] if before else (chosen[0] if chosen else context)
        else:
            ref = before[-1] if before else context
        if ref is None:
            continue
        found = _shift(ref, expr, follows)
        if found is not None:
            out.append(replace(found, start=start, end=end))
    return out
