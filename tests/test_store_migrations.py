"""Alembic migrations on both engines: they build exactly schema.py, an entente 0.1 store
is brought up to date with its data, and they go down and up again."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from entente.store import Store, migrate
from entente.store.schema import metadata
from store_engines import ENGINES, store_url
from test_store import make_coded


def schema_diff(engine) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), metadata)


@pytest.mark.parametrize("engine_name", ENGINES)
def test_migrations_build_exactly_the_schema(engine_name: str, tmp_path: Path):
    with store_url(engine_name, tmp_path) as url:
        with Store(url) as store:
            assert migrate.current(store.engine) == migrate.head() == "0002"
            assert schema_diff(store.engine) == []
            assert store.save(make_coded())
            migrate.downgrade(store.engine, "0001")
            assert "duplicates" not in inspect(store.engine).get_table_names()
            assert "origin" not in {c["name"] for c in inspect(store.engine)
                                    .get_columns("documents")}
            migrate.upgrade(store.engine)
            assert schema_diff(store.engine) == []
            assert store.events() == list(make_coded().events)        # data kept


def test_a_store_made_by_entente_0_1_is_upgraded_in_place(tmp_path: Path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")                     # the 0.1 tables...
    with engine.begin() as conn:                         # ...with no alembic_version
        conn.exec_driver_sql("DROP TABLE alembic_version")
        conn.exec_driver_sql(
            "INSERT INTO documents (id, sha256, title, url, source, published, language, "
            "n_chars, text, ingested_at) VALUES ('old-1', 'abc', 'T', NULL, 'Reuters', "
            "'2015-09-30', 'en', 5, 'Hello', '2020-01-01T00:00:00')")
    engine.dispose()
    with Store(str(path)) as store:
        assert migrate.current(store.engine) == migrate.head()
        assert [d.id for d in store.documents()] == ["old-1"]
        assert store.save(make_coded())
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
    conn.close()
