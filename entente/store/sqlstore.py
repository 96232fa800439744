"""Store coded documents in SQLite (default) or PostgreSQL, and query them back.

One document is saved in one transaction: all its records or none, with how many
of each it has (so that ``Store.check`` can tell a half-written document).  Saving the
same document twice (same sha256 or same id) stores it once; the same text under
another id is kept as an exact duplicate of the stored one (it adds to ``n_articles``
and ``n_sources`` of the stored document's events).  Writers take turns (SQLite
``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), so that several ingests can write to
one store at once.  The schema is built and kept up to date by Alembic migrations
(``entente.store.migrate``) when a store is opened.

A SQLite URL may carry ``?max_page_count=N``: the file then grows to at most N pages
(of 4 KiB), and a save that needs more fails like a full disk (:class:`StoreFull`).
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from sqlalchemy import (Connection, Select, create_engine, event as sa_event, exists, func,
                        or_, select, text)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import StaticPool

from .. import dedupe
from ..errors import EntenteError
from ..records import Actor, CodedDocument, Document, Event, Quote, Relation
from . import migrate
from . import schema as t

if TYPE_CHECKING:
    from .check import Problem

DEFAULT_DB_PATH = Path.home() / ".local" / "share" / "entente" / "entente.db"
_ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
_CHUNK = 500                      # values per IN (...) list
_UNSET: Any = object()
WRITE_LOCK = 0x656E74656E7465    # PostgreSQL advisory lock that writers take ("entente")
_SQLITE_FULL = 13


class StoreFull(OperationalError, EntenteError):
    """The store could not grow: the disk is full (or SQLite's ``max_page_count`` or a
    PostgreSQL quota was reached).  Nothing of the transaction was kept; the message
    names the document and says what to do.  An ``OperationalError`` (a store failure)
    and an ``EntenteError`` (reported in one line, without a traceback)."""

    def __str__(self) -> str:
        return str(self.orig)


def default_url() -> str:
    """``$ENTENTE_DB`` (a path or a URL), else the SQLite file under ~/.local/share."""
    return to_url(os.environ.get("ENTENTE_DB") or str(DEFAULT_DB_PATH))


def to_url(url_or_path: str) -> str:
    """A database URL; a plain filesystem path becomes a ``sqlite:///`` URL."""
    if "://" in url_or_path:
        return url_or_path
    if url_or_path == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(url_or_path).expanduser().resolve())


def date_bounds(value: str | None, precision: str | None = None) -> tuple[str, str] | None:
    """First and last day an ISO date can mean: "2015" -> ("2015-01-01", "2015-12-31"),
    "2015-06" -> ("2015-06-01", "2015-06-31") (string order is all that matters)."""
    match = _ISO_PREFIX.match(value or "")
    if not match:
        return None
    day = match.group(0)
    if len(day) == 4:
        return f"{day}-01-01", f"{day}-12-31"
    if len(day) == 7:
        return f"{day}-01", f"{day}-31"
    if precision == "week":
        try:
            return day, (date.fromisoformat(day) + timedelta(days=6)).isoformat()
        except ValueError:
            pass
    return day, day


def day_bound(value: str | None, which: int, name: str) -> str | None:
    """A since (which=0) or until (which=1) argument as a day string."""
    if value is None:
        return None
    bounds = date_bounds(value)
    if bounds is None:
        raise EntenteError(f"{name} must be an ISO date like 2015-06-01 (or 2015-06, 2015); "
                           f"got {value!r}")
    return bounds[which]


def _ci(column: Any, value: str) -> Any:
    """Case-insensitive equality."""
    return func.lower(column) == value.lower()


def _limit(query: Select, limit: int | None) -> Select:
    return query.limit(limit) if limit is not None else query


class Store:
    """A database of coded documents.  Creates its tables when missing."""

    def __init__(self, url: str | None = None):
        self.url = to_url(url) if url else default_url()
        self.engine = _make_engine(self.url)
        try:
            migrate.upgrade(self.engine)
        except Exception as exc:
            self.engine.dispose()
            if isinstance(exc, OperationalError) and _is_full(exc):
                raise EntenteError(f"cannot open the store at {_safe_url(self.url)}: "
                                   f"{_full_advice(self.url, exc)}, then run the same "
                                   "command again") from None
            if isinstance(exc, OperationalError):
                raise EntenteError(f"cannot open the store at {_safe_url(self.url)} "
                                   f"({_first_line(exc)}); check the URL, that the server "
                                   "is running and that you may write there") from None
            raise

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    # -- writing -------------------------------------------------------------------------
    def save(self, coded: CodedDocument, signature: Any = _UNSET,
             near: float | None = None) -> bool:
        """Store a document and all its records in one transaction.  Returns False, and
        writes nothing of its records, when a document with the same id is already stored
        (or counted as a duplicate) or the same text is stored under another id (then
        this one is counted as an exact duplicate of it).  ``signature`` is the text's
        MinHash (:func:`entente.dedupe.signature`), computed here when not given.

        With ``near`` (a similarity threshold), a stored document that is a near
        duplicate (at least that similar) is looked for again inside the transaction:
        another writer may have stored one since the caller's
        :class:`~entente.dedupe.Deduper` looked.  Then this one is counted as its near
        duplicate and False returned.
        A full disk raises :class:`StoreFull`, having written nothing."""
        doc = coded.document
        sig = dedupe.signature(doc.text) if signature is _UNSET else signature
        bands = [{"key": k, "doc_id": doc.id}
                 for k in sorted(set(dedupe.band_keys(sig)))] if sig is not None else []
        tables = [(t.doc_bands, bands),
                  (t.actors, [_actor_row(a) for a in coded.actors]),
                  (t.events, [_event_row(e, i) for i, e in enumerate(coded.events)]),
                  (t.event_actors, [r for e in coded.events for r in _role_rows(e)]),
                  (t.quotes, [_quote_row(q) for q in coded.quotes]),
                  (t.relations, [_relation_row(r) for r in coded.relations])]
        row = {**_document_row(doc, sig),
               **{column: len(rows) for column, (_table, rows)
                  in zip(("n_bands", "n_actors", "n_events", "n_event_actors", "n_quotes",
                          "n_relations"), tables)}}
        try:
            with self._writing() as conn:
                if self._stored(conn, doc):
                    return False
                if near is not None and sig is not None:
                    found = _nearest(conn, sig)
                    if found is not None and found[1] >= near:
                        conn.execute(t.duplicates.insert(),
                                     _duplicate_row(doc, found[0], "near", round(found[1], 4)))
                        return False
                conn.execute(t.documents.insert(), row)
                for table, rows in tables:
                    _insert(conn, table, rows)
        except IntegrityError:
            with self._writing() as conn:    # a writer that does not take turns got there?
                if self._stored(conn, doc):
                    return False
            raise
        except OperationalError as exc:
            if _is_full(exc):
                raise _full(exc, self.url, doc.id) from None
            raise
        return True

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction; writers take turns.  SQLite: ``BEGIN IMMEDIATE`` takes the
        write lock first (waiting up to the busy timeout), instead of a read transaction
        that fails with "database is locked" when it has to become a write.  PostgreSQL:
        a transaction-scoped advisory lock, so that the checks for a stored id, text or
        near duplicate see every document committed before and none is stored twice."""
        with self.engine.connect() as conn:
            conn.execution_options(entente_write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                 {"key": WRITE_LOCK})
                yield conn

    @staticmethod
    def _stored(conn: Connection, doc: Document) -> bool:
        """Is the document (by id), or its text, stored already?  The same text under
        another id is recorded here as an exact duplicate."""
        d, x = t.documents, t.duplicates
        if conn.execute(select(x.c.id).where(x.c.id == doc.id)).first() is not None:
            return True
        query = select(d.c.id).where(or_(d.c.sha256 == doc.sha256, d.c.id == doc.id))
        found = conn.execute(query.limit(1)).scalar()
        if found is None:
            return False
        if found != doc.id:
            conn.execute(t.duplicates.insert(), _duplicate_row(doc, found, "exact", 1.0))
        return True

    def add_duplicate(self, doc: Document, of_id: str, kind: str, similarity: float) -> bool:
        """Count ``doc`` as an exact or near duplicate of the stored document ``of_id``
        (one transaction).  False when ``doc.id`` is already stored or counted."""
        d, x = t.documents, t.duplicates
        try:
            with self._writing() as conn:
                if (conn.execute(select(x.c.id).where(x.c.id == doc.id)).first() is not None
                        or conn.execute(select(d.c.id).where(d.c.id == doc.id)).first()
                        is not None):
                    return False
                conn.execute(x.insert(), _duplicate_row(doc, of_id, kind, similarity))
        except IntegrityError:
            with self.engine.connect() as conn:
                if conn.execute(select(x.c.id).where(x.c.id == doc.id)).first() is not None:
                    return False
            raise
        except OperationalError as exc:
            if _is_full(exc):
                raise _full(exc, self.url, doc.id) from None
            raise
        return True

    # -- duplicates ----------------------------------------------------------------------
    def lookup(self, ids: Iterable[str], shas: Iterable[str]) -> tuple[set[str], dict[str, str]]:
        """For documents about to be coded: which of ``ids`` are stored or counted already,
        and which of ``shas`` are stored (sha256 -> the stored document's id)."""
        ids, shas = list(dict.fromkeys(ids)), list(dict.fromkeys(shas))
        d, x = t.documents, t.duplicates
        known: set[str] = set()
        by_sha: dict[str, str] = {}
        with self.engine.connect() as conn:
            for part in _chunks(ids):
                known.update(conn.execute(select(d.c.id).where(d.c.id.in_(part))).scalars())
                known.update(conn.execute(select(x.c.id).where(x.c.id.in_(part))).scalars())
            for part in _chunks(shas):
                for sha, doc_id in conn.execute(select(x.c.sha256, x.c.of_id)
                                                .where(x.c.sha256.in_(part))):
                    by_sha.setdefault(sha, doc_id)
                for sha, doc_id in conn.execute(select(d.c.sha256, d.c.id)
                                                .where(d.c.sha256.in_(part))):
                    by_sha[sha] = doc_id
        return known, by_sha

    def band_candidates(self, keys: Iterable[int]) -> dict[str, tuple[Any, list[int]]]:
        """Stored documents sharing an LSH band key with ``keys``: doc id -> (its MinHash
        signature, the shared keys)."""
        with self.engine.connect() as conn:
            return _band_candidates(conn, keys)

    def article_counts(self, doc_ids: Iterable[str]) -> dict[str, tuple[int, int]]:
        """doc id -> (n_sources, n_articles): the document itself and its duplicates,
        and how many distinct outlets published them."""
        d, x = t.documents, t.duplicates
        rows: list[tuple[str, str]] = []
        with self.engine.connect() as conn:
            for part in _chunks(sorted(set(doc_ids))):
                for doc_id, source, url in conn.execute(
                        select(d.c.id, d.c.source, d.c.url).where(d.c.id.in_(part))):
                    rows.append((doc_id, dedupe.source_key(source, url, doc_id)))
                for of_id, dup_id, source, url in conn.execute(
                        select(x.c.of_id, x.c.id, x.c.source, x.c.url)
                        .where(x.c.of_id.in_(part))):
                    rows.append((of_id, dedupe.source_key(source, url, dup_id)))
        return dedupe.count_articles(rows)

    def duplicates(self, of_id: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Counted duplicates (id, of_id, kind, similarity, sha256, title, url, source,
        published, origin), in the order they were counted."""
        x = t.duplicates
        query = select(*[c for c in x.c if c.name != "ingested_at"])
        if of_id is not None:
            query = query.where(x.c.of_id == of_id)
        query = _limit(query.order_by(x.c.ingested_at, x.c.id), limit)
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def duplicate_counts(self) -> dict[str, int]:
        """How many exact and near duplicates are counted."""
        x = t.duplicates
        query = select(x.c.kind, func.count()).group_by(x.c.kind)
        with self.engine.connect() as conn:
            found = {kind: int(n) for kind, n in conn.execute(query)}
        return {"exact": found.get("exact", 0), "near": found.get("near", 0)}

    # -- documents -----------------------------------------------------------------------
    def has_document(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            query = select(t.documents.c.id).where(t.documents.c.sha256 == sha256)
            return conn.execute(query.limit(1)).first() is not None

    def documents(self, limit: int | None = None) -> list[Document]:
        """Stored documents in the order they were saved, without their text."""
        d = t.documents
        cols = [c for c in d.c if c.name not in ("text", "ingested_at", "minhash", *t.COUNTS)]
        query = _limit(select(*cols).order_by(d.c.ingested_at, d.c.id), limit)
        with self.engine.connect() as conn:
            return [Document.from_dict(dict(row._mapping)) for row in conn.execute(query)]

    def document(self, doc_id: str) -> Document | None:
        """One stored document, with its text."""
        d = t.documents
        query = select(*[c for c in d.c if c.name not in ("minhash", *t.COUNTS)]) \
            .where(d.c.id == doc_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return Document.from_dict(dict(row._mapping)) if row else None

    def documents_by_id(self, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Stored documents' fields (no text) with ``ingested_at``, by id."""
        d = t.documents
        cols = [c for c in d.c if c.name not in ("text", "minhash", *t.COUNTS)]
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for part in _chunks(sorted(set(doc_ids))):
                for row in conn.execute(select(*cols).where(d.c.id.in_(part))).mappings():
                    out[row["id"]] = dict(row)
        return out

    def actors_of(self, doc_ids: Iterable[str]) -> dict[str, list[Actor]]:
        """The actors of each document, by document id."""
        a = t.actors
        out: dict[str, list[Actor]] = {}
        with self.engine.connect() as conn:
            for part in _chunks(sorted(set(doc_ids))):
                query = select(a).where(a.c.doc_id.in_(part)).order_by(a.c.doc_id, a.c.actor_id)
                for row in conn.execute(query).mappings():
                    out.setdefault(row["doc_id"], []).append(_actor_from_row(row))
        return out

    def document_ids(self, since: str | None = None, until: str | None = None) -> list[str]:
        """Ids of the stored documents in the order they were saved, optionally those
        published within [since, until]."""
        d = t.documents
        query = select(d.c.id)
        lo, hi = day_bound(since, 0, "since"), day_bound(until, 1, "until")
        if lo:
            query = query.where(d.c.published >= lo)
        if hi:
            query = query.where(d.c.published <= hi)
        with self.engine.connect() as conn:
            return list(conn.execute(query.order_by(d.c.ingested_at, d.c.id)).scalars())

    def document_text(self, doc_id: str) -> str | None:
        query = select(t.documents.c.text).where(t.documents.c.id == doc_id)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def coded(self, doc_id: str) -> CodedDocument | None:
        """Everything stored for one document, as it was saved."""
        doc = self.document(doc_id)
        if doc is None:
            return None
        a = t.actors
        with self.engine.connect() as conn:
            actor_rows = conn.execute(select(a).where(a.c.doc_id == doc_id)
                                      .order_by(a.c.actor_id)).mappings()
            actors = tuple(_actor_from_row(row) for row in actor_rows)
        return CodedDocument(doc, actors, tuple(self.events(doc_id=doc_id)),
                             tuple(self.quotes(doc_id=doc_id)),
                             tuple(self.relations(doc_id=doc_id)))

    # -- events --------------------------------------------------------------------------
    def events(self, *, actor: str | None = None, event: str | None = None,
               since: str | None = None, until: str | None = None,
               doc_id: str | None = None, limit: int | None = None) -> list[Event]:
        """Events, by date then document order.  ``actor`` matches an actor or recipient
        by id or name (case-insensitive).  With ``since``/``until``, events whose date
        range overlaps the window (a "2015-06" event is within since 2015-06-01);
        events without a date only when neither is given."""
        query = self._events_query(actor, event, since, until, doc_id)
        with self.engine.connect() as conn:
            found = [Event.from_dict(r) for r in conn.execute(_limit(query, limit)).scalars()]
        return self.with_counts(found)

    def iter_events(self, *, actor: str | None = None, event: str | None = None,
                    since: str | None = None, until: str | None = None,
                    page: int = 2000) -> Iterable[list[Event]]:
        """The events of :meth:`events`, a page at a time (for exports of any size)."""
        query = self._events_query(actor, event, since, until, None)
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=page).execute(query).scalars()
            for rows in result.partitions(page):
                yield self.with_counts([Event.from_dict(r) for r in rows])

    def _events_query(self, actor: str | None, event: str | None, since: str | None,
                      until: str | None, doc_id: str | None) -> Select:
        e, ea = t.events, t.event_actors
        query = select(e.c.record)
        if actor:
            query = query.where(exists().where(
                ea.c.event_id == e.c.id, or_(_ci(ea.c.actor_id, actor), _ci(ea.c.name, actor))))
        if event:
            query = query.where(e.c.event == event.upper())
        if doc_id is not None:
            query = query.where(e.c.doc_id == doc_id)
        lo, hi = day_bound(since, 0, "since"), day_bound(until, 1, "until")
        if lo:
            query = query.where(e.c.date_hi >= lo)
        if hi:
            query = query.where(e.c.date_lo <= hi)
        return query.order_by(e.c.date_lo.is_(None), e.c.date_lo, e.c.doc_id, e.c.seq)

    def with_counts(self, events: list[Event]) -> list[Event]:
        """The events with ``n_sources``/``n_articles`` of their documents as stored now."""
        counts = self.article_counts({ev.doc_id for ev in events}) if events else {}
        out = []
        for ev in events:
            n_sources, n_articles = counts.get(ev.doc_id, (1, 1))
            if (ev.n_sources, ev.n_articles) != (n_sources, n_articles):
                ev = replace(ev, n_sources=n_sources, n_articles=n_articles)
            out.append(ev)
        return out

    # -- actors --------------------------------------------------------------------------
    def actors(self, *, actor: str | None = None, since: str | None = None,
               until: str | None = None, event: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Actors aggregated over documents, most documents first.  ``since``/``until``
        filter on the documents' published dates; ``event`` keeps the actors that take
        part (as actor or recipient) in an event of that type in the same document."""
        a, e, ea = t.actors, t.events, t.event_actors
        query = (select(a.c.actor_id.label("id"), func.max(a.c.name).label("name"),
                        func.max(a.c.type).label("type"), func.max(a.c.country).label("country"),
                        func.max(a.c.sector).label("sector"),
                        func.max(a.c.wikidata).label("wikidata"),
                        func.count(a.c.doc_id).label("n_documents"),
                        func.sum(a.c.n_mentions).label("n_mentions"))
                 .group_by(a.c.actor_id))
        if actor:
            query = query.where(or_(_ci(a.c.actor_id, actor), _ci(a.c.name, actor)))
        query = self._published_window(query, a.c.doc_id, since, until)
        if event:
            query = query.where(exists().where(
                e.c.doc_id == a.c.doc_id, e.c.event == event.upper(),
                ea.c.event_id == e.c.id, ea.c.actor_id == a.c.actor_id))
        query = query.order_by(func.count(a.c.doc_id).desc(), func.sum(a.c.n_mentions).desc(),
                               a.c.actor_id)
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(_limit(query, limit)).mappings()]

    @staticmethod
    def _published_window(query: Select, doc_col: Any, since: str | None,
                          until: str | None) -> Select:
        """Keep rows whose document was published within [since, until]."""
        lo, hi = day_bound(since, 0, "since"), day_bound(until, 1, "until")
        d = t.documents
        if lo or hi:
            query = query.join(d, d.c.id == doc_col)
        if lo:
            query = query.where(d.c.published >= lo)
        if hi:
            query = query.where(d.c.published <= hi)   # "2015-06-31" > any June day
        return query

    # -- relations and quotes ------------------------------------------------------------
    def relations(self, *, actor: str | None = None, since: str | None = None,
                  until: str | None = None, relation: str | None = None,
                  doc_id: str | None = None, limit: int | None = None) -> list[Relation]:
        """Relations; ``actor`` matches source or target (id or name, case-insensitive);
        ``since``/``until`` filter on the documents' published dates."""
        r = t.relations
        query = select(r.c.record)
        if actor:
            query = query.where(or_(_ci(r.c.source_id, actor), _ci(r.c.source_name, actor),
                                    _ci(r.c.target_id, actor), _ci(r.c.target_name, actor)))
        if relation:
            query = query.where(r.c.relation == relation.lower())
        if doc_id is not None:
            query = query.where(r.c.doc_id == doc_id)
        query = self._published_window(query, r.c.doc_id, since, until)
        query = query.order_by(r.c.doc_id, r.c.id)
        with self.engine.connect() as conn:
            return [Relation.from_dict(x) for x in conn.execute(_limit(query, limit)).scalars()]

    def quotes(self, *, actor: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> list[Quote]:
        """Quotes; ``actor`` matches the speaker (id or name, case-insensitive)."""
        q = t.quotes
        query = select(q.c.record)
        if actor:
            query = query.where(or_(_ci(q.c.speaker_id, actor), _ci(q.c.speaker_name, actor)))
        if doc_id is not None:
            query = query.where(q.c.doc_id == doc_id)
        query = query.order_by(q.c.doc_id, q.c.id)
        with self.engine.connect() as conn:
            return [Quote.from_dict(x) for x in conn.execute(_limit(query, limit)).scalars()]

    # -- housekeeping --------------------------------------------------------------------
    def check(self, quick: bool = False) -> list[Problem]:
        """The problems found in the store, none when it is consistent (see
        :mod:`entente.store.check`); ``quick``: SQLite's quick_check, not integrity_check."""
        from .check import check
        return check(self, quick=quick)

    def counts(self) -> dict[str, int]:
        """Rows per kind; ``actors`` counts distinct actor ids."""
        queries = {
            "documents": select(func.count()).select_from(t.documents),
            "actors": select(func.count(t.actors.c.actor_id.distinct())),
            "events": select(func.count()).select_from(t.events),
            "quotes": select(func.count()).select_from(t.quotes),
            "relations": select(func.count()).select_from(t.relations),
        }
        with self.engine.connect() as conn:
            return {name: int(conn.execute(q).scalar() or 0) for name, q in queries.items()}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"


# -- engine ------------------------------------------------------------------------------
def _make_engine(url: str):
    """An engine; SQLite gets its folder created, WAL journal, foreign keys on, and
    transactions that it begins itself (so that schema changes are atomic too)."""
    is_sqlite = url.startswith("sqlite")
    kwargs: dict[str, Any] = {}
    max_pages = None
    if is_sqlite:
        try:
            parsed = make_url(url)
        except Exception as exc:
            raise EntenteError(f"cannot use the store URL {url!r} ({exc}); give a path or "
                               "sqlite:///PATH") from exc
        if "max_page_count" in parsed.query:
            try:
                max_pages = int(parsed.query["max_page_count"])
            except (TypeError, ValueError):
                raise EntenteError(f"max_page_count in {url!r} must be a whole number of "
                                   "pages") from None
            parsed = parsed.difference_update_query(["max_page_count"])
            url = parsed.render_as_string(hide_password=False)
        path = parsed.database or ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        else:   # in-memory: one shared connection, or every connection sees an empty db
            kwargs = {"poolclass": StaticPool}
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]     # psycopg 3, not psycopg2
    try:
        engine = create_engine(url, **kwargs)
    except ModuleNotFoundError as exc:
        if url.startswith("postgres"):
            raise EntenteError(f"the PostgreSQL driver is not installed ({exc.name}); install "
                               "it with: pip install 'entente[postgres]'") from exc
        raise EntenteError(f"entente stores in SQLite or PostgreSQL, not "
                           f"{url.split(':', 1)[0]}; give a file path or a postgresql:// "
                           "URL") from exc
    except Exception as exc:     # a malformed URL
        raise EntenteError(f"cannot use the store URL {url!r} ({exc}); give a path or a URL "
                           "like postgresql://USER:PASSWORD@HOST/DB") from exc
    if is_sqlite:
        sa_event.listen(engine, "connect", lambda dbapi_conn, _record:
                        _sqlite_pragmas(dbapi_conn, max_pages))
        sa_event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, max_pages: int | None = None) -> None:
    dbapi_conn.isolation_level = None      # no implicit transactions: see _sqlite_begin
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")   # WAL + NORMAL: a crash loses no commit
    if max_pages is not None:
        cursor.execute(f"PRAGMA max_page_count={int(max_pages)}")
    cursor.close()


def _wal(cursor: Any, patience: float = 60.0) -> None:
    """Switch the file to write-ahead logging (once per file: it is kept in the file).
    The switch needs the file to itself; a process that opens a new store while another
    builds it may be refused even past the busy timeout, so it waits and tries again."""
    give_up = time.monotonic() + patience
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > give_up:
                raise
            time.sleep(0.05)


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN, or BEGIN IMMEDIATE for a write transaction (``Store._writing``, migrations):
    it waits for the write lock up to the busy timeout instead of failing later."""
    write = conn.get_execution_options().get("entente_write")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _is_full(exc: BaseException) -> bool:
    """Did the database run out of space?  SQLITE_FULL, or PostgreSQL's disk_full (53100)."""
    orig = getattr(exc, "orig", None) or exc
    if getattr(orig, "sqlite_errorcode", None) == _SQLITE_FULL:
        return True
    if getattr(orig, "sqlstate", None) == "53100":
        return True
    return "database or disk is full" in str(orig) or "No space left on device" in str(orig)


def _full_advice(url: str, exc: BaseException) -> str:
    """What to do about a full store, in words."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        where = f"the disk that holds {parsed.database}"
        if "max_page_count" in parsed.query:
            where += f", or raise max_page_count={parsed.query['max_page_count']} in the URL"
    else:
        where = "the database server's disk, or raise its quota"
    return f"the store is full ({_first_line(exc)}): free space on {where}"


class _Reason(Exception):
    """The message of a :class:`StoreFull` (what went wrong and what to do)."""


def _full(exc: OperationalError, url: str, doc_id: str) -> StoreFull:
    """The :class:`StoreFull` for ``exc``, saying what to do."""
    return StoreFull(exc.statement, exc.params,
                     _Reason(f"{_full_advice(url, exc)}; {doc_id} was not stored"),
                     hide_parameters=True)


def _band_candidates(conn: Connection, keys: Iterable[int]) -> dict[str, tuple[Any, list[int]]]:
    b, d = t.doc_bands, t.documents
    shared: dict[str, list[int]] = {}
    for part in _chunks(sorted(set(keys))):
        for key, doc_id in conn.execute(select(b.c.key, b.c.doc_id).where(b.c.key.in_(part))):
            shared.setdefault(doc_id, []).append(key)
    out = {}
    for part in _chunks(sorted(shared)):
        for doc_id, blob in conn.execute(select(d.c.id, d.c.minhash).where(d.c.id.in_(part))):
            if blob:
                out[doc_id] = (dedupe.from_bytes(blob), shared[doc_id])
    return out


def _nearest(conn: Connection, sig: Any) -> tuple[str, float] | None:
    """The stored document most similar to a signature among those sharing an LSH band
    with it (ties: the smallest id), and the similarity; None when none shares a band."""
    best: tuple[str, float] | None = None
    for doc_id, (other, _keys) in sorted(_band_candidates(conn, dedupe.band_keys(sig)).items()):
        sim = dedupe.similarity(sig, other)
        if best is None or sim > best[1]:
            best = (doc_id, sim)
    return best


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


# -- rows --------------------------------------------------------------------------------
def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _document_row(doc: Document, sig: Any = None) -> dict[str, Any]:
    return {"id": doc.id, "sha256": doc.sha256, "title": doc.title, "url": doc.url,
            "source": doc.source, "published": doc.published, "language": doc.language,
            "n_chars": doc.n_chars, "text": doc.text, "ingested_at": _now(),
            "origin": doc.origin,
            "minhash": dedupe.to_bytes(sig) if sig is not None else None}


def _duplicate_row(doc: Document, of_id: str, kind: str, similarity: float) -> dict[str, Any]:
    return {"id": doc.id, "of_id": of_id, "kind": kind, "similarity": float(similarity),
            "sha256": doc.sha256, "title": doc.title, "url": doc.url, "source": doc.source,
            "published": doc.published, "origin": doc.origin, "ingested_at": _now()}


def _actor_row(actor: Actor) -> dict[str, Any]:
    return {"doc_id": actor.doc_id, "actor_id": actor.id, "name": actor.name,
            "type": actor.type, "country": actor.country, "sector": actor.sector,
            "wikidata": actor.wikidata, "n_mentions": len(actor.mentions),
            "mentions": [m.to_dict() for m in actor.mentions]}


def _actor_from_row(row: Any) -> Actor:
    return Actor.from_dict({**row, "id": row["actor_id"]})


def _event_row(ev: Event, seq: int) -> dict[str, Any]:
    lo, hi = date_bounds(ev.date, ev.date_precision) or (None, None)
    return {"id": ev.id, "doc_id": ev.doc_id, "seq": seq, "event": ev.event.upper(),
            "mode": ev.mode, "cameo": ev.cameo, "quad": ev.quad, "intensity": ev.intensity,
            "date": ev.date, "date_precision": ev.date_precision, "date_lo": lo,
            "date_hi": hi, "confidence": ev.confidence, "record": ev.to_dict()}


def _role_rows(ev: Event) -> Iterable[dict[str, Any]]:
    seen: set[tuple[str, str]] = set()
    for role, refs in (("actor", ev.actor), ("recipient", ev.recipient)):
        for ref in refs:
            if (ref.id, role) not in seen:
                seen.add((ref.id, role))
                yield {"event_id": ev.id, "actor_id": ref.id, "role": role, "name": ref.name}


def _quote_row(q: Quote) -> dict[str, Any]:
    speaker = q.speaker
    return {"id": q.id, "doc_id": q.doc_id, "speaker_id": speaker.id if speaker else None,
            "speaker_name": speaker.name if speaker else None, "record": q.to_dict()}


def _relation_row(r: Relation) -> dict[str, Any]:
    return {"id": r.id, "doc_id": r.doc_id, "source_id": r.source.id,
            "source_name": r.source.name, "target_id": r.target.id,
            "target_name": r.target.name, "relation": r.relation, "record": r.to_dict()}
