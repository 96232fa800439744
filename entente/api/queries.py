"""Read-only queries the API needs beyond the Store's own: pages with an offset, several
event types at once, events between two actors, actor search, and the quote behind an
event.  They read the store's tables (``entente/store/schema.py``) and never write.

Actor filters follow the Store's rule (an id or a name, ignoring case, and a name the
knowledge base knows, e.g. "al Qaeda" -> al-qaeda), but are resolved to ids first so
that the query can use the ``event_actors.actor_id`` index.
"""
from __future__ import annotations

import calendar
import functools
import json
import logging
import re
import time
from datetime import date, timedelta
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from sqlalchemy import Text, and_, cast, exists, func, or_, select

from ..errors import EntenteError
from ..records import Document, Event, PLOVER_EVENTS, Quote, Relation
from ..store import Store, date_bounds
from ..store import schema as t

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventFilter:
    """The filters of an event query (all optional)."""
    actor: str | None = None          # actor or recipient
    source: str | None = None         # actor role only
    target: str | None = None         # recipient role only
    events: tuple[str, ...] = ()      # PLOVER types, any of them
    since: str | None = None
    until: str | None = None
    doc_id: str | None = None
    quad: int | None = None
    between: tuple[str, str] | None = None   # either direction between two actors
    dense_pair: bool = False          # a hint: ``between`` has many events (walk the dates)


def event_types(values: Iterable[str] | None) -> tuple[str, ...]:
    """``["ASSAULT,agree", "COERCE"]`` -> ``("ASSAULT", "AGREE", "COERCE")``, checked."""
    out: list[str] = []
    for value in values or ():
        for part in value.split(","):
            part = part.strip().upper()
            if not part:
                continue
            if part not in PLOVER_EVENTS:
                raise EntenteError(f"event {part!r} is not a PLOVER type; use one of "
                                   f"{', '.join(PLOVER_EVENTS)}")
            if part not in out:
                out.append(part)
    return tuple(out)


_ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """since/until as first/last days, or an error that says how to write them."""
    out = []
    for name, value, which in (("since", since, 0), ("until", until, 1)):
        if value in (None, ""):
            out.append(None)
            continue
        bounds = date_bounds(value) if _ISO_DATE.fullmatch(value) else None
        if bounds is None:
            raise EntenteError(f"{name} must be an ISO date like 2015-06-01 (or 2015-06, "
                               f"2015); got {value!r}")
        out.append(bounds[which])
    return out[0], out[1]


@functools.lru_cache(maxsize=1)
def kb():
    """The knowledge base, for aliases and names; None (logged) when it cannot be loaded,
    so that a broken actor file costs the API its aliases, not its answers."""
    from ..actors.kb import load_kb
    try:
        return load_kb()
    except Exception:      # noqa: BLE001 - reported, and the store still answers
        log.exception("the actor knowledge base could not be loaded; names are matched "
                      "as stored, without aliases")
        return None


def kb_id(value: str) -> str | None:
    """The knowledge-base id for an id or a name it knows unambiguously."""
    kb_ = kb()
    if kb_ is None:
        return None
    if kb_.get(value):
        return value
    found = {entry.id for entry, _how in kb_.lookup(value)}
    return found.pop() if len(found) == 1 else None


_ids_cache: dict[tuple[str, str], tuple[float, list[str]]] = {}
IDS_SECONDS = 30


def actor_ids(store: Store, value: str) -> list[str]:
    """Stored actor ids that ``value`` names: an exact id (fast, by index), else ids and
    names equal to it ignoring case, else the knowledge base's reading of it.  Answers
    are kept for IDS_SECONDS (a name matched nothing yet may match a new document)."""
    key = (store.url, value)
    hit = _ids_cache.get(key)
    now = time.monotonic()
    if hit is not None and now - hit[0] < IDS_SECONDS:
        return hit[1]
    found = _actor_ids(store, value)
    if len(_ids_cache) > 10_000:
        _ids_cache.clear()
    _ids_cache[key] = (now, found)
    return found


def sql_lower_forms(value: str) -> list[str]:
    """``value`` lowered as Python lowers it and as SQLite's lower() does (ASCII letters
    only), so that ``lower(column)`` matches a name with capital non-ASCII letters
    ("Россия", "Ürümqi") when it is typed as stored.  PostgreSQL lowers every letter;
    there the first form matches."""
    forms = [value.lower()]
    ascii_only = "".join(c.lower() if c.isascii() else c for c in value)
    if ascii_only != forms[0]:
        forms.append(ascii_only)
    return forms


def _actor_ids(store: Store, value: str) -> list[str]:
    ea = t.event_actors
    with store.engine.connect() as conn:
        if conn.execute(select(ea.c.actor_id).where(ea.c.actor_id == value).limit(1)).first():
            return [value]
        known = kb_id(value)
        if known and known != value and conn.execute(
                select(ea.c.actor_id).where(ea.c.actor_id == known).limit(1)).first():
            return [known]
        lows = sql_lower_forms(value)
        found = set()
        for table, id_col, name_col in ((ea, ea.c.actor_id, ea.c.name),
                                        (t.actors, t.actors.c.actor_id, t.actors.c.name)):
            found |= set(conn.execute(select(id_col).distinct().where(
                or_(func.lower(id_col).in_(lows), func.lower(name_col).in_(lows)))).scalars())
            if found:
                break
    return sorted(found) or [value]


def _role(store: Store, value: str, role: str | None):
    ea = t.event_actors
    query = select(ea.c.event_id).where(ea.c.actor_id.in_(actor_ids(store, value)))
    if role:
        query = query.where(ea.c.role == role)
    return query


def _pair_ids(small: list[str], big: list[str]):
    """Ids of events between an actor of ``small`` and one of ``big``, either way round,
    read from the side with fewer events (each of its rows is one lookup)."""
    x, y = t.event_actors.alias("x"), t.event_actors.alias("y")
    return (select(x.c.event_id).join(y, y.c.event_id == x.c.event_id)
            .where(x.c.actor_id.in_(small), y.c.actor_id.in_(big),
                   or_(and_(x.c.role == "actor", y.c.role == "recipient"),
                       and_(x.c.role == "recipient", y.c.role == "actor"))))


def _pair_probe(a_ids: list[str], b_ids: list[str]):
    """The same as a per-event probe (for walking events in date order)."""
    e, ea = t.events, t.event_actors

    def has(ids, role):
        return exists().where(ea.c.event_id == e.c.id, ea.c.actor_id.in_(ids), ea.c.role == role)
    return or_(and_(has(a_ids, "actor"), has(b_ids, "recipient")),
               and_(has(b_ids, "actor"), has(a_ids, "recipient")))


_counts: dict[tuple, tuple[float, int]] = {}


def _cached_count(key: tuple, query) -> int:
    """A count, kept IDS_SECONDS: choosing a query plan needs sizes, not exact ones."""
    hit = _counts.get(key)
    now = time.monotonic()
    if hit is not None and now - hit[0] < IDS_SECONDS:
        return hit[1]
    if len(_counts) > 10_000:
        _counts.clear()
    with key[0].engine.connect() as conn:
        n = int(conn.execute(query).scalar() or 0)
    _counts[key] = (now, n)
    return n


def _actor_count(store: Store, value: str) -> int:
    """How many events an actor takes part in (index entries)."""
    ea = t.event_actors
    query = select(func.count()).where(ea.c.actor_id.in_(actor_ids(store, value)))
    return _cached_count((store, "actor", value), query)


def _share_of_types(store: Store, types: tuple[str, ...]) -> float:
    """The share of stored events that are of these PLOVER types."""
    e = t.events
    total = _cached_count((store, "all"), select(func.count()).select_from(e))
    of_types = _cached_count((store, "types", types),
                             select(func.count()).where(e.c.event.in_(types)))
    return of_types / total if total else 1.0


def _walk(store: Store, f: EventFilter, limit: int, offset: int) -> bool:
    """Whether to walk events in date order and stop at the page's end, rather than
    collect every event of the actor and sort them.  Walking reads about
    page / (c / N x share of types) events for an actor in c of N events; collecting
    reads c: walk when c^2 x share > page x N."""
    if f.doc_id is not None:
        return False
    if f.between:
        return f.dense_pair
    values = [v for v in (f.actor, f.source, f.target) if v]
    if not values:
        return False
    c = min(_actor_count(store, v) for v in values)
    total = _cached_count((store, "all"), select(func.count()).select_from(t.events))
    share = _share_of_types(store, f.events) if f.events else 1.0
    return c * c * share > (limit + 1 + offset) * total


def _probe(store: Store, value: str, role: str | None):
    """The actor condition as a per-event probe, so that the query can walk events in
    date order and stop at the page's end."""
    e, ea = t.events, t.event_actors
    cond = [ea.c.event_id == e.c.id, ea.c.actor_id.in_(actor_ids(store, value))]
    if role:
        cond.append(ea.c.role == role)
    return exists().where(*cond)


_spans: dict[str, tuple[float, int]] = {}


def _max_span_days(store: Store) -> int | None:
    """The widest date range of a stored event, in days (SQLite; re-read every 30 s), so
    that a window query can bound ``date_lo`` from both sides and use its index."""
    if store.engine.dialect.name != "sqlite":
        return None
    now = time.monotonic()
    cached = _spans.get(store.url)
    if cached and now - cached[0] < 30:
        return cached[1]
    e = t.events
    query = select(func.max(func.julianday(e.c.date_hi) - func.julianday(e.c.date_lo)))
    with store.engine.connect() as conn:
        span = int(conn.execute(query).scalar() or 0) + 1
    _spans[store.url] = (now, span)
    return span


def _conditions(store: Store, f: EventFilter, walk: bool = False) -> list[Any]:
    e = t.events
    where: list[Any] = []
    for value, role in ((f.actor, None), (f.source, "actor"), (f.target, "recipient")):
        if value:
            where.append(_probe(store, value, role) if walk
                         else e.c.id.in_(_role(store, value, role)))
    if f.between:
        a, b = f.between
        a_ids, b_ids = actor_ids(store, a), actor_ids(store, b)
        if walk:
            where.append(_pair_probe(a_ids, b_ids))
        else:
            small, big = ((a_ids, b_ids) if _actor_count(store, a) <= _actor_count(store, b)
                          else (b_ids, a_ids))
            where.append(e.c.id.in_(_pair_ids(small, big)))
    if f.events:
        narrower = f.actor or f.source or f.target or f.between or f.since or f.until
        # "events.event || ''" keeps SQLite off the event-type index when an actor or a
        # date window narrows the search better (the store has no planner statistics)
        column = e.c.event.op("||")("") if narrower else e.c.event
        where.append(column.in_(f.events))
    if f.doc_id is not None:
        where.append(e.c.doc_id == f.doc_id)
    if f.quad is not None:
        where.append(e.c.quad == f.quad)
    lo, hi = window(f.since, f.until)
    if lo:
        where.append(e.c.date_hi >= lo)
        span = _max_span_days(store)
        if span is not None:      # implied by date_hi >= lo; lets date_lo's index work
            earliest = (date.fromisoformat(_clip(lo)) - timedelta(days=span)).isoformat()
            where.append(e.c.date_lo >= earliest)
    if hi:
        where.append(e.c.date_lo <= hi)
    return where


def _clip(day: str) -> str:
    """A day string that date.fromisoformat accepts ("2015-02-31" -> "2015-02-28")."""
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    last = calendar.monthrange(y, m)[1]
    return f"{y:04d}-{m:02d}-{min(d, last):02d}"


def _event_order():
    e = t.events
    return (e.c.date_lo.is_(None), e.c.date_lo, e.c.doc_id, e.c.seq)


def events_page(store: Store, f: EventFilter, limit: int, offset: int = 0
                ) -> tuple[list[Event], bool]:
    """One page of events in the Store's order (by date, then document order; undated
    last), and whether more follow."""
    raw, more = events_page_json(store, f, limit, offset)
    return [Event.from_dict(json.loads(r)) for r in raw], more


def events_page_json(store: Store, f: EventFilter, limit: int, offset: int = 0
                     ) -> tuple[list[str], bool]:
    """The same page as JSON texts, exactly as stored (each the event's ``to_dict()``),
    for the API to pass on without decoding them.  Ids are sorted first and only the
    page's records are read.  For an actor in many events, dated events are walked in
    date order (the index) and undated ones are read after them, so a page stops early."""
    e = t.events
    walk = _walk(store, f, limit, offset)
    if not walk:
        sub = (select(e.c.id).where(*_conditions(store, f)).order_by(*_event_order())
               .limit(limit + 1).offset(offset).subquery())
        query = (select(_as_text(e.c.record)).join(sub, sub.c.id == e.c.id)
                 .order_by(*_event_order()))
        with store.engine.connect() as conn:
            records = list(conn.execute(query).scalars())
        return records[:limit], len(records) > limit
    where = _conditions(store, f, walk=True)
    dated = (select(e.c.id).where(*where, e.c.date_lo.is_not(None))
             .order_by(e.c.date_lo, e.c.doc_id, e.c.seq).limit(limit + 1).offset(offset))
    with store.engine.connect() as conn:
        page_ids = list(conn.execute(dated).scalars())
        if len(page_ids) <= limit and not (f.since or f.until):
            n_dated = offset + len(page_ids) if page_ids else int(conn.execute(
                select(func.count()).select_from(e).where(*where, e.c.date_lo.is_not(None))
            ).scalar() or 0)
            undated = (select(e.c.id).where(*where, e.c.date_lo.is_(None))
                       .order_by(e.c.doc_id, e.c.seq)
                       .limit(limit + 1 - len(page_ids)).offset(max(0, offset - n_dated)))
            page_ids += list(conn.execute(undated).scalars())
        if not page_ids:
            return [], False
        query = select(e.c.id, _as_text(e.c.record)).where(e.c.id.in_(page_ids[:limit]))
        found = dict(conn.execute(query).all())
    return [found[i] for i in page_ids[:limit] if i in found], len(page_ids) > limit


def _as_text(column):
    """The JSON column as its stored text (no decoding)."""
    return cast(column, Text)


def quad_counts(store: Store, f: EventFilter) -> dict[int, int]:
    """Matching events per quad class."""
    e = t.events
    query = (select(e.c.quad, func.count()).where(*_conditions(store, f)).group_by(e.c.quad))
    with store.engine.connect() as conn:
        return {int(k or 0): int(n) for k, n in conn.execute(query)}


def count_events(store: Store, f: EventFilter) -> int:
    e = t.events
    query = select(func.count()).select_from(e).where(*_conditions(store, f))
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)


def pair_rows(store: Store, f: EventFilter) -> list[tuple]:
    """Per (actor, recipient, quad class) of the matching events: (actor id, recipient
    id, quad, events, summed intensity, first day, last day, actor name, recipient
    name), aggregated by the database."""
    e, x, y = t.events, t.event_actors.alias("x"), t.event_actors.alias("y")
    query = (select(x.c.actor_id, y.c.actor_id, e.c.quad, func.count(),
                    func.sum(e.c.intensity), func.min(e.c.date_lo), func.max(e.c.date_lo),
                    func.max(x.c.name), func.max(y.c.name))
             .select_from(x.join(y, and_(y.c.event_id == x.c.event_id,
                                         y.c.role == "recipient"))
                          .join(e, e.c.id == x.c.event_id))
             .where(x.c.role == "actor", x.c.actor_id != y.c.actor_id,
                    *_conditions(store, f))
             .group_by(x.c.actor_id, y.c.actor_id, e.c.quad))
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query)]


def month_rows(store: Store, f: EventFilter) -> list[tuple[str, int, int]]:
    """(YYYY-MM, quad, events) of the matching dated events."""
    e = t.events
    month = func.substr(e.c.date_lo, 1, 7)
    query = (select(month, e.c.quad, func.count())
             .where(e.c.date_lo.is_not(None), *_conditions(store, f))
             .group_by(month, e.c.quad))
    with store.engine.connect() as conn:
        return [(m, int(quad or 0), int(n)) for m, quad, n in conn.execute(query)]


def event(store: Store, event_id: str) -> Event | None:
    query = select(t.events.c.record).where(t.events.c.id == event_id)
    with store.engine.connect() as conn:
        record = conn.execute(query).scalar()
    return Event.from_dict(record) if record else None


def months(store: Store) -> list[str]:
    """Every month from the first to the last dated event, as YYYY-MM."""
    e = t.events
    with store.engine.connect() as conn:
        lo, hi = conn.execute(select(func.min(e.c.date_lo), func.max(e.c.date_lo))).first()
    if not lo or not hi:
        return []
    y, m = int(lo[:4]), int(lo[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= hi[:7] and len(out) < 1200:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def search_actors(store: Store, text: str, limit: int = 50,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Stored actors whose id or name contains ``text`` (ignoring case), or that the
    knowledge base knows by that name or alias; most documents first."""
    if "\x00" in text:     # no name holds one, and SQLite's LIKE would end the pattern there
        return []
    a = t.actors
    match = or_(*(column.like(_contains(low), escape="\\")
                  for low in sql_lower_forms(text.strip())
                  for column in (func.lower(a.c.actor_id), func.lower(a.c.name))))
    known = kb_id(text.strip()) if text.strip() else None
    if known:
        match = or_(match, a.c.actor_id == known)
    query = (select(a.c.actor_id.label("id"), func.max(a.c.name).label("name"),
                    func.max(a.c.type).label("type"), func.max(a.c.country).label("country"),
                    func.max(a.c.sector).label("sector"),
                    func.max(a.c.wikidata).label("wikidata"),
                    func.count(a.c.doc_id).label("n_documents"),
                    func.sum(a.c.n_mentions).label("n_mentions"))
             .where(match).group_by(a.c.actor_id)
             .order_by((a.c.actor_id == (known or "")).desc(), func.count(a.c.doc_id).desc(),
                       a.c.actor_id)
             .limit(limit).offset(offset))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def _contains(text: str) -> str:
    """A LIKE pattern for ``text`` anywhere, its wildcards and escape character taken
    literally (used with ``escape="\\"``)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def actor_summary(store: Store, actor_id: str) -> dict[str, Any] | None:
    """The actor aggregated over documents (as ``Store.actors`` gives it), or None."""
    rows = store.actors(actor=actor_id, limit=5)
    exact = [r for r in rows if r["id"] == actor_id]
    return (exact or rows or [None])[0]


def quote_for(store: Store, ev: Event) -> Quote | None:
    """The quotation an event was coded from: one whose span holds the evidence, else one
    by the event's speaker that overlaps its sentence."""
    quotes = store.quotes(doc_id=ev.doc_id)
    span = (ev.evidence.start, ev.evidence.end)
    for q in quotes:
        if q.start < span[1] and span[0] < q.end:
            return q
    speaker = ev.attribution.speaker.id if ev.attribution.speaker else None
    for q in quotes:
        if speaker and q.speaker and q.speaker.id == speaker and q.start <= span[1] \
                and span[0] <= q.end:
            return q
    return None


def relations_between(store: Store, a: Sequence[str], b: Sequence[str]) -> list[Relation]:
    r = t.relations
    query = select(r.c.record).where(or_(
        r.c.source_id.in_(a) & r.c.target_id.in_(b),
        r.c.source_id.in_(b) & r.c.target_id.in_(a))).order_by(r.c.doc_id, r.c.id)
    with store.engine.connect() as conn:
        return [Relation.from_dict(x) for x in conn.execute(query).scalars()]


def documents_page(store: Store, limit: int, offset: int) -> tuple[list[Document], bool]:
    """Documents in the order they were stored (without their text)."""
    d = t.documents
    cols = [c for c in d.c if c.name not in ("text", "ingested_at")]
    query = select(*cols).order_by(d.c.ingested_at, d.c.id).limit(limit + 1).offset(offset)
    with store.engine.connect() as conn:
        rows = [Document.from_dict(dict(r)) for r in conn.execute(query).mappings()]
    return rows[:limit], len(rows) > limit
