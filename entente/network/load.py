"""Read what the network needs from a store, read-only: one row per (event, actor, recipient)
pair, the stated ties, the actors' names and countries, and event records for evidence.

The pairs of an event: every actor with every other recipient (a compound actor gives
several rows; a reciprocal event coded with the same actors on both sides, "Saudi Arabia
and Qatar signed an agreement", gives both directions).  An event with two or more
actors and no recipient is reciprocal too ("Russia and Iran signed an agreement"): every
ordered pair of its actors is a row, marked ``joint``.  Events with one side only are not
dyadic and are left out.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd
from sqlalchemy import and_, case, exists, func, literal, not_, or_, select
from sqlalchemy.engine import Engine

from ..errors import EntenteError
from ..records import Event, PLOVER_EVENTS, Relation
from ..store.sqlstore import day_bound
from ..store import schema as t
from .records import Tie

PAIR_COLUMNS = ("event_id", "doc_id", "event", "quad", "intensity", "confidence", "aux",
                "date_lo", "date_hi", "source", "target", "joint")




def check_event_types(types: Iterable[str] | None) -> tuple[str, ...] | None:
    if not types:
        return None
    out = tuple(x.upper() for x in types)
    bad = [x for x in out if x not in PLOVER_EVENTS]
    if bad:
        raise EntenteError(f"event type(s) {', '.join(bad)} are not PLOVER types; use "
                           f"{', '.join(PLOVER_EVENTS)}")
    return out


def read_event_pairs(engine: Engine, *, since: str | None = None, until: str | None = None,
                     event_types: Iterable[str] | None = None) -> pd.DataFrame:
    """Every dyadic (event, source, target) row of the store, as a DataFrame with
    ``PAIR_COLUMNS``.  ``since``/``until`` keep events whose date range meets the span,
    plus the undated ones (the caller decides what to do with those)."""
    e, ea = t.events, t.event_actors
    a = ea.alias("a")
    r = ea.alias("r")
    lo, hi = day_bound(since, 0, "since"), day_bound(until, 1, "until")
    types = check_event_types(event_types)
    cols = [e.c.id.label("event_id"), e.c.doc_id, e.c.event, e.c.quad, e.c.intensity,
            e.c.confidence, _aux(engine), e.c.date_lo, e.c.date_hi]

    def where(query):
        conds = []
        if types:
            conds.append(e.c.event.in_(types))
        if lo:
            conds.append(or_(e.c.date_hi >= lo, e.c.date_lo.is_(None)))
        if hi:
            conds.append(or_(e.c.date_lo <= hi, e.c.date_lo.is_(None)))
        return query.where(and_(*conds)) if conds else query

    directed = where(
        select(*cols, a.c.actor_id.label("source"), r.c.actor_id.label("target"),
               literal(False).label("joint"))
        .select_from(e.join(a, and_(a.c.event_id == e.c.id, a.c.role == "actor"))
                     .join(r, and_(r.c.event_id == e.c.id, r.c.role == "recipient",
                                   r.c.actor_id != a.c.actor_id))))
    b = ea.alias("b")
    rec = ea.alias("rec")
    joint = where(
        select(*cols, a.c.actor_id.label("source"), b.c.actor_id.label("target"),
               literal(True).label("joint"))
        .select_from(e.join(a, and_(a.c.event_id == e.c.id, a.c.role == "actor"))
                     .join(b, and_(b.c.event_id == e.c.id, b.c.role == "actor",
                                   b.c.actor_id != a.c.actor_id)))
        .where(not_(exists().where(rec.c.event_id == e.c.id, rec.c.role == "recipient"))))
    rows = _fetch(engine, directed) + _fetch(engine, joint)
    if not rows:
        return empty_pairs()
    table = np.array(rows, dtype=object)          # one C pass; then a column at a time
    del rows
    return normalise_pairs(pd.DataFrame(
        {name: pd.Series(table[:, i], dtype=object) for i, name in enumerate(PAIR_COLUMNS)}))


def _aux(engine: Engine):
    """The events' modality flags as JSON text.  On SQLite, records whose ``aux`` is the
    empty list (most of them) are recognised without parsing the whole JSON record."""
    e = t.events
    extracted = e.c.record["aux"].as_string()
    if engine.dialect.name == "sqlite":
        return case((func.instr(e.c.record, '"aux": []') > 0, ""),
                    else_=extracted).label("aux")
    return extracted.label("aux")


def _fetch(engine: Engine, query) -> list[tuple]:
    """Run a read-only query on the DBAPI cursor: plain tuples, no per-row wrapping (a
    million rows come back seconds faster).  The values are rendered by SQLAlchemy's
    own literal quoting, from inputs checked above."""
    sql = str(query.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        raw.close()


def empty_pairs() -> pd.DataFrame:
    return normalise_pairs(pd.DataFrame({c: pd.Series([], dtype=object) for c in PAIR_COLUMNS}))


def normalise_pairs(df: pd.DataFrame) -> pd.DataFrame:
    """Column types the rest of the package relies on (also for frames built by hand):
    text columns as Python objects (None for missing), numbers as numbers."""
    missing = [c for c in PAIR_COLUMNS if c not in df.columns]
    if missing:
        raise EntenteError(f"event pairs lack column(s) {', '.join(missing)}; "
                           f"expected {', '.join(PAIR_COLUMNS)}")
    index = pd.RangeIndex(len(df))
    out = {}
    for col in ("event_id", "doc_id", "event", "source", "target", "aux", "date_lo", "date_hi"):
        values = df[col].to_numpy(dtype=object)
        if col in ("aux", "date_lo", "date_hi"):
            values = np.where(pd.isna(values), "" if col == "aux" else None, values)
        out[col] = pd.Series(values, index=index, dtype=object)
    out["quad"] = pd.Series(_numbers(df["quad"], 0.0).astype("int8"), index=index)
    out["intensity"] = pd.Series(_numbers(df["intensity"], 0.0), index=index)
    out["confidence"] = pd.Series(_numbers(df["confidence"], 1.0), index=index)
    out["joint"] = pd.Series(df["joint"].to_numpy().astype(bool), index=index)
    return pd.DataFrame({c: out[c] for c in PAIR_COLUMNS})


def _numbers(column: pd.Series, missing: float) -> np.ndarray:
    """A column as floats, ``missing`` where empty (fast when it holds numbers only)."""
    try:
        values = column.to_numpy().astype(float)
    except (TypeError, ValueError):
        values = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)
    return np.where(np.isnan(values), missing, values)


def read_published(engine: Engine, doc_ids: Iterable[str] | None = None) -> dict[str, str | None]:
    """Document id -> publication date."""
    d = t.documents
    query = select(d.c.id, d.c.published)
    with engine.connect() as conn:
        if doc_ids is None:
            return dict(conn.execute(query).all())
        ids = list(set(doc_ids))
        out: dict[str, str | None] = {}
        for i in range(0, len(ids), 500):
            out.update(conn.execute(query.where(d.c.id.in_(ids[i:i + 500]))).all())
        return out


def read_actors(engine: Engine) -> pd.DataFrame:
    """One row per actor id in the store: name, type, country, sector, documents."""
    a = t.actors
    query = (select(a.c.actor_id.label("id"), func.max(a.c.name).label("name"),
                    func.max(a.c.type).label("type"), func.max(a.c.country).label("country"),
                    func.max(a.c.sector).label("sector"),
                    func.count(a.c.doc_id).label("n_documents"))
             .group_by(a.c.actor_id))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return pd.DataFrame(rows, columns=["id", "name", "type", "country", "sector", "n_documents"])


def read_relations(engine: Engine) -> list[tuple[Relation, str | None]]:
    """Every stored relation with its document's publication date."""
    r, d = t.relations, t.documents
    query = (select(r.c.record, d.c.published).join(d, d.c.id == r.c.doc_id)
             .order_by(r.c.doc_id, r.c.id))
    with engine.connect() as conn:
        return [(Relation.from_dict(rec), published) for rec, published in conn.execute(query)]


def group_ties(relations: Iterable[tuple[Relation, str | None]]) -> tuple[Tie, ...]:
    """Stated relations grouped by (source, relation, target) over documents."""
    groups: dict[tuple[str, str, str], list[Relation]] = {}
    for rel, _published in relations:
        groups.setdefault((rel.source.id, rel.relation, rel.target.id), []).append(rel)
    out = []
    for (source, relation, target), rels in sorted(groups.items()):
        sinces = [x.since for x in rels if x.since]
        untils = [x.until for x in rels if x.until]
        out.append(Tie(source, relation, target, min(sinces) if sinces else None,
                       max(untils) if untils else None,
                       tuple(dict.fromkeys(x.doc_id for x in rels)),
                       tuple(x.id for x in rels),
                       tuple(dict.fromkeys(x.evidence.text for x in rels))))
    return tuple(out)


def read_events(engine: Engine, ids: Iterable[str]) -> dict[str, Event]:
    """Stored event records by id (for their evidence)."""
    e = t.events
    ids = list(dict.fromkeys(ids))
    out: dict[str, Event] = {}
    with engine.connect() as conn:
        for i in range(0, len(ids), 500):
            for rec in conn.execute(select(e.c.record).where(e.c.id.in_(ids[i:i + 500])))\
                    .scalars():
                ev = Event.from_dict(rec)
                out[ev.id] = ev
    return out


__all__ = ["PAIR_COLUMNS", "read_event_pairs", "read_actors", "read_relations", "group_ties",
           "read_events", "read_published", "normalise_pairs", "empty_pairs", "day_bound",
           "check_event_types"]
