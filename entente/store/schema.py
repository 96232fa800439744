"""The store's one schema, in SQLAlchemy Core with generic types (SQLite and PostgreSQL).

Each record kind of CONTRACT.md has a table.  Events, quotes and relations keep
their full ``to_dict()`` in a JSON ``record`` column, so that reading one back
gives exactly the record that was saved; the other columns are there to filter
and sort on.  Dates are ISO strings.  ``date_lo``/``date_hi`` are the first and
last day an event's date can mean ("2015-06" -> 2015-06-01 .. 2015-06-31), so
that a month- or year-precision event falls inside a day-precision window.
"""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Column, Float, ForeignKey, Index, Integer,
                        LargeBinary, MetaData, String, Table, Text)

metadata = MetaData()


def _doc_fk() -> ForeignKey:
    return ForeignKey("documents.id", ondelete="CASCADE")


documents = Table(
    "documents", metadata,
    Column("id", String(512), primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", String(256)),
    Column("published", String(32), index=True),
    Column("language", String(16), nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    # added by migration 0002 (ingest at scale)
    Column("origin", Text),                          # file:line, file@offset, feed#n
    Column("minhash", LargeBinary),                  # MinHash signature (entente.dedupe)
    # added by migration 0003 (store safety): how many rows of each kind the document was
    # saved with, written in the same transaction, so that a half-written document is
    # detectable (entente.store.check); NULL only where a row was written without them
    *[Column(name, Integer) for name in (
        "n_actors", "n_events", "n_event_actors", "n_quotes", "n_relations", "n_bands")],
)

# The per-document counts on ``documents``: column -> the table it counts (event_actors
# rows belong to a document through their event).
COUNTS = {"n_actors": "actors", "n_events": "events", "n_event_actors": "event_actors",
          "n_quotes": "quotes", "n_relations": "relations", "n_bands": "doc_bands"}

actors = Table(
    "actors", metadata,
    Column("doc_id", String(512), _doc_fk(), primary_key=True),
    Column("actor_id", String(256), primary_key=True),
    Column("name", String(512), nullable=False),
    Column("type", String(32), nullable=False),
    Column("country", String(3)),
    Column("sector", String(16)),
    Column("wikidata", String(32)),
    Column("n_mentions", Integer, nullable=False),
    Column("mentions", JSON, nullable=False),
    Index("ix_actors_actor_id", "actor_id"),
)

events = Table(
    "events", metadata,
    Column("id", String(512), primary_key=True),
    Column("doc_id", String(512), _doc_fk(), nullable=False, index=True),
    Column("seq", Integer, nullable=False),          # position within its document
    Column("event", String(16), nullable=False, index=True),
    Column("mode", String(64)),
    Column("cameo", String(8)),
    Column("quad", Integer),
    Column("intensity", Float),
    Column("date", String(32), index=True),
    Column("date_precision", String(16)),
    Column("date_lo", String(10), index=True),
    Column("date_hi", String(10), index=True),
    Column("confidence", Float),
    Column("record", JSON, nullable=False),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String(512), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("actor_id", String(256), primary_key=True),
    Column("role", String(16), primary_key=True),    # "actor" | "recipient"
    Column("name", String(512), nullable=False),
    Index("ix_event_actors_actor_id", "actor_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", String(512), primary_key=True),
    Column("doc_id", String(512), _doc_fk(), nullable=False, index=True),
    Column("speaker_id", String(256), index=True),
    Column("speaker_name", String(512)),
    Column("record", JSON, nullable=False),
)

relations = Table(
    "relations", metadata,
    Column("id", String(512), primary_key=True),
    Column("doc_id", String(512), _doc_fk(), nullable=False, index=True),
    Column("source_id", String(256), nullable=False, index=True),
    Column("source_name", String(512), nullable=False),
    Column("target_id", String(256), nullable=False, index=True),
    Column("target_name", String(512), nullable=False),
    Column("relation", String(32), nullable=False, index=True),
    Column("record", JSON, nullable=False),
)


# -- duplicates (migration 0002) ---------------------------------------------------------
# An article whose text is the same as (``exact``) or nearly the same as (``near``) a
# stored document: not coded again, but counted as one more article (and outlet) that
# reports the stored document's events (``n_articles``/``n_sources`` on events).
duplicates = Table(
    "duplicates", metadata,
    Column("id", String(512), primary_key=True),     # the duplicate's own document id
    Column("of_id", String(512), _doc_fk(), nullable=False, index=True),
    Column("kind", String(8), nullable=False),       # "exact" | "near"
    Column("similarity", Float, nullable=False),     # estimated Jaccard (1.0 for exact)
    Column("sha256", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", String(256)),
    Column("published", String(32)),
    Column("origin", Text),
    Column("ingested_at", String(32), nullable=False),
)

# Locality-sensitive hashing bands of each stored document's MinHash: documents that
# share a band key are candidate near-duplicates (checked on the full signature).
doc_bands = Table(
    "doc_bands", metadata,
    Column("key", BigInteger, primary_key=True, autoincrement=False),
    Column("doc_id", String(512), _doc_fk(), primary_key=True),
    Index("ix_doc_bands_doc_id", "doc_id"),
)
