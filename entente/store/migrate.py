"""Schema migrations (Alembic) for both engines, run when a store is opened.

The revisions live in ``entente/store/migrations/versions``.  A new store is built by
running them all; a store made by entente 0.1 (tables, no ``alembic_version``) is
stamped ``0001`` and brought up to date.  To write a new revision, change
``schema.py`` and add a file to ``versions/`` (``alembic revision`` with
``script_location`` set to ``entente/store/migrations`` drafts one);
``tests/test_store_migrations.py`` checks that the revisions build exactly ``schema.py``.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"          # the schema of entente 0.1, made before migrations existed


def _config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    """The newest revision."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current(engine: Engine) -> str | None:
    """The revision a database is at (None: not under migrations, or empty)."""
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (default: the newest), in one transaction
    where the engine has transactional DDL (PostgreSQL, and SQLite as entente sets it up)."""
    from alembic import command

    if revision == "head" and current(engine) == head():
        return
    with _migrating(engine) as conn:
        cfg = _config(conn)
        from alembic.migration import MigrationContext
        if (MigrationContext.configure(conn).get_current_revision() is None
                and inspect(conn).has_table("documents")):
            command.stamp(cfg, BASELINE)          # a store made by entente 0.1
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with _migrating(engine) as conn:
        command.downgrade(_config(conn), revision)


MIGRATION_LOCK = 0x656E74656E7401  # PostgreSQL advisory lock held while migrating


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction for migrations, one process at a time (two ingests
    that open a new store at once must not both build it): SQLite ``BEGIN IMMEDIATE``,
    a PostgreSQL advisory lock; Alembic reads the revision after taking it.  On SQLite,
    foreign keys are off meanwhile (a table that Alembic rebuilds would otherwise take
    its rows' children with it) and checked before the commit."""
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:       # PRAGMA foreign_keys is a no-op inside a transaction: before BEGIN
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        conn.execution_options(entente_write=True)       # BEGIN IMMEDIATE on SQLite
        try:
            with conn.begin():
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                 {"key": MIGRATION_LOCK})
                yield conn
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left rows without parents: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
