"""Is a store consistent?  What an analyst runs after a crash, a kill or a full disk
(``entente check``), and what the store-safety tests run after each kill.

    from entente.store import Store
    with Store("my.db") as store:
        for problem in store.check():
            print(problem)

Each check is one SQL query (counted in the database, a few examples fetched), so that
a store of millions of rows is checked in seconds to minutes:

    sqlite_integrity    SQLite's ``PRAGMA integrity_check`` (``quick_check`` with quick)
    foreign_key         SQLite's ``PRAGMA foreign_key_check`` (foreign keys are not
                        enforced for a client that did not turn them on)
    orphan              an actor, event, quote, relation, LSH band or duplicate whose
                        document is not stored; an event actor whose event is not
    incomplete          a document whose actors, events, event actors, quotes, relations
                        or LSH bands are not as many as it was saved with (the counts on
                        its row, written in the same transaction since revision 0003)
    uncounted           a document row without those counts
    event_order         a document's events are not numbered 0..n-1 (one is missing)
    stored_twice        the same text (sha256) under two document ids
    duplicate_stored    an id that is both a stored document and a counted duplicate
    duplicate_text      an exact duplicate whose text is not its document's, or a
                        duplicate whose text is stored as another document than the one
                        it is counted for
    duplicate_kind      a duplicate that is neither "exact" nor "near"
    bands               a document with a MinHash signature but no LSH bands, or bands
                        without a signature
    unreadable          a check the database could not answer (a damaged file)

Event ids, quote ids and document ids are primary keys: the database itself refuses a
second row with one.  ``n_articles``/``n_sources`` are not stored: they are counted from
the duplicates table when events are read, so they are consistent with it as long as
every duplicate points at a stored document (``orphan``) and no document is also counted
as a duplicate (``duplicate_stored``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, func, literal, or_, select
from sqlalchemy.exc import DatabaseError

from . import schema as t

if TYPE_CHECKING:
    from .sqlstore import Store

EXAMPLES = 5            # ids shown per problem


@dataclass(frozen=True)
class Problem:
    """One kind of inconsistency: how many rows have it and a few of them."""
    kind: str                 # see the module's docstring
    count: int                # rows (or documents) concerned
    detail: str               # what is wrong, in words
    examples: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        shown = f" (e.g. {', '.join(self.examples)})" if self.examples else ""
        return f"{self.kind}: {self.count} {self.detail}{shown}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "count": self.count, "detail": self.detail,
                "examples": list(self.examples)}


def check(store: "Store", quick: bool = False) -> list[Problem]:
    """Every problem found in ``store``; an empty list when it is consistent.  ``quick``
    runs SQLite's ``quick_check`` instead of the full ``integrity_check``."""
    problems: list[Problem] = []
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            problems += _sqlite(conn, quick)
        problems += _orphans(conn)
        problems += _completeness(conn)
        problems += _duplicates(conn)
    return problems


def count_problems(problems: list[Problem]) -> int:
    """The number of inconsistent rows the problems stand for."""
    return sum(p.count for p in problems)


# -- the checks ----------------------------------------------------------------------------
def _sqlite(conn: Connection, quick: bool) -> list[Problem]:
    out = []
    pragma = "quick_check" if quick else "integrity_check"
    try:
        lines = [row[0] for row in conn.exec_driver_sql(f"PRAGMA {pragma}")]
    except DatabaseError as exc:
        lines = [_first_line(exc)]
    if lines != ["ok"]:
        out.append(Problem("sqlite_integrity", len(lines),
                           f"problem(s) reported by PRAGMA {pragma}", tuple(lines[:EXAMPLES])))
    try:
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    except DatabaseError as exc:
        return out + [Problem("unreadable", 1, "PRAGMA foreign_key_check failed",
                              (_first_line(exc),))]
    if broken:
        out.append(Problem("foreign_key", len(broken),
                           "row(s) whose parent row is missing (PRAGMA foreign_key_check)",
                           tuple(f"{table} rowid {rowid} -> {parent}"
                                 for table, rowid, parent, _fk in broken[:EXAMPLES])))
    return out


def _orphans(conn: Connection) -> list[Problem]:
    d, e = t.documents, t.events
    out = []
    children = [(t.actors, t.actors.c.doc_id, t.actors.c.actor_id),
                (t.events, e.c.doc_id, e.c.id),
                (t.quotes, t.quotes.c.doc_id, t.quotes.c.id),
                (t.relations, t.relations.c.doc_id, t.relations.c.id),
                (t.doc_bands, t.doc_bands.c.doc_id, t.doc_bands.c.doc_id),
                (t.duplicates, t.duplicates.c.of_id, t.duplicates.c.id)]
    for table, doc_col, id_col in children:
        missing = ~select(d.c.id).where(d.c.id == doc_col).exists()
        problem = _found(conn, "orphan", select(id_col).where(missing),
                         f"{table.name} row(s) whose document is not stored")
        out += problem
    ea = t.event_actors
    out += _found(conn, "orphan",
                  select(ea.c.event_id).where(~select(e.c.id).where(e.c.id == ea.c.event_id)
                                              .exists()),
                  "event_actors row(s) whose event is not stored")
    return out


def _per_document(table: Any) -> Any:
    """(doc_id, n) rows: how many rows of ``table`` each document has."""
    if table is t.event_actors:
        e, ea = t.events, t.event_actors
        return (select(e.c.doc_id.label("doc_id"), func.count().label("n"))
                .select_from(ea.join(e, e.c.id == ea.c.event_id)).group_by(e.c.doc_id)
                .subquery())
    doc_col = table.c.doc_id
    return select(doc_col.label("doc_id"), func.count().label("n")).group_by(doc_col).subquery()


def _completeness(conn: Connection) -> list[Problem]:
    d = t.documents
    out = []
    counted = [getattr(d.c, column) for column in t.COUNTS]
    out += _found(conn, "uncounted",
                  select(d.c.id).where(or_(*[c.is_(None) for c in counted])),
                  "document(s) stored without the counts of their records")
    for column, table_name in t.COUNTS.items():
        table = t.metadata.tables[table_name]
        per = _per_document(table)
        have = func.coalesce(per.c.n, 0)
        query = (select(d.c.id, getattr(d.c, column), have)
                 .select_from(d.outerjoin(per, per.c.doc_id == d.c.id))
                 .where(getattr(d.c, column).is_not(None), getattr(d.c, column) != have))
        out += _found(conn, "incomplete", query,
                      f"document(s) whose {table_name} rows are not as many as they were "
                      "saved with",
                      show=lambda row, name=table_name: f"{row[0]} ({name}: {row[2]} of {row[1]})")
    e = t.events
    gaps = (select(e.c.doc_id).group_by(e.c.doc_id)
            .having(or_(func.min(e.c.seq) != 0, func.max(e.c.seq) != func.count() - 1,
                        func.count(e.c.seq.distinct()) != func.count())))
    out += _found(conn, "event_order", gaps,
                  "document(s) whose events are not numbered 0..n-1 (one is missing)")
    bands = t.doc_bands
    has_bands = select(bands.c.doc_id).where(bands.c.doc_id == d.c.id).exists()
    out += _found(conn, "bands",
                  select(d.c.id).where(or_(and_(d.c.minhash.is_not(None), ~has_bands),
                                           and_(d.c.minhash.is_(None), has_bands))),
                  "document(s) whose LSH bands do not match their MinHash signature")
    return out


def _duplicates(conn: Connection) -> list[Problem]:
    d, x = t.documents, t.duplicates
    out = []
    out += _found(conn, "stored_twice",
                  select(d.c.sha256).group_by(d.c.sha256).having(func.count() > 1),
                  "text(s) stored under more than one document id")
    out += _found(conn, "duplicate_stored",
                  select(x.c.id).where(select(d.c.id).where(d.c.id == x.c.id).exists()),
                  "id(s) both stored as a document and counted as a duplicate")
    of = d.alias("of")
    out += _found(conn, "duplicate_text",
                  select(x.c.id).select_from(x.join(of, of.c.id == x.c.of_id))
                  .where(x.c.kind == literal("exact"), x.c.sha256 != of.c.sha256),
                  "exact duplicate(s) whose text is not their document's")
    out += _found(conn, "duplicate_text",
                  select(x.c.id).select_from(x.join(d, d.c.sha256 == x.c.sha256))
                  .where(d.c.id != x.c.of_id),
                  "duplicate(s) whose text is stored as another document than the one "
                  "they are counted for")
    out += _found(conn, "duplicate_kind",
                  select(x.c.id).where(x.c.kind.not_in(["exact", "near"])),
                  "duplicate(s) neither exact nor near")
    return out


def _found(conn: Connection, kind: str, query: Any, detail: str,
           show=lambda row: str(row[0])) -> list[Problem]:
    """A problem when ``query`` returns rows: their number and the first few (or an
    ``unreadable`` problem when the database cannot answer it: a damaged file)."""
    try:
        n = conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0
        if not n:
            return []
        rows = conn.execute(query.limit(EXAMPLES)).fetchall()
    except DatabaseError as exc:
        if conn.in_transaction():
            conn.rollback()
        return [Problem("unreadable", 1, f"cannot look for {detail}", (_first_line(exc),))]
    return [Problem(kind, int(n), detail, tuple(show(row) for row in rows))]


def _first_line(exc: Exception) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


__all__ = ["Problem", "check", "count_problems"]
