"""Alembic migrations on both engines: they build exactly schema.py; a store made by every
released version (tests/data/stores/, written by that version's own code) is brought up
to date with all its data and passes the consistency checker; and they go down and up
again."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, inspect, select

from entente.store import Store, migrate
from entente.store.schema import COUNTS, metadata
from store_engines import ENGINES, store_url
from test_store import make_coded

STORES = Path(__file__).resolve().parent / "data" / "stores"
# Every released schema: its revision -> the fixture store written by that release's code
# (tests/data/stores/make_stores.py says how to make one).  0001 is entente 0.1, which had
# no migrations: its stores carry no alembic_version table.
RELEASED = {"0001": "entente-0.1.sqlite3", "0002": "revision-0002.sqlite3"}


def schema_diff(engine) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), metadata)


def revisions() -> list[str]:
    """All revisions, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def rows(engine, tables: list[str] | None = None) -> dict[str, list[dict]]:
    """Every row of every table (but alembic_version), in a stable order, JSON columns
    decoded, so that a store before and after a migration can be compared."""
    meta = MetaData()
    meta.reflect(engine)
    out = {}
    with engine.connect() as conn:
        for name, table in meta.tables.items():
            if name == "alembic_version" or (tables is not None and name not in tables):
                continue
            found = []
            for row in conn.execute(select(table)).mappings():
                found.append({k: json.loads(v) if isinstance(v, str) and k in
                              ("record", "mentions") else v for k, v in row.items()})
            out[name] = sorted(found, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def released_store(revision: str, engine_name: str, tmp_path: Path, url: str) -> dict:
    """A store at ``revision`` with the fixture's rows: the fixture file itself on SQLite;
    on PostgreSQL the schema as that revision built it, filled with the fixture's rows.
    Returns the rows."""
    fixture = STORES / RELEASED[revision]
    source = create_engine(f"sqlite:///file:{fixture}?mode=ro&uri=true")
    before = rows(source)
    source.dispose()
    if engine_name == "sqlite":
        shutil.copy(fixture, url[len("sqlite:///"):])
        return before
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    migrate.upgrade(engine, revision)
    with engine.begin() as conn:
        if revision == migrate.BASELINE:                    # 0.1 had no alembic_version
            conn.exec_driver_sql("DROP TABLE alembic_version")
        meta = MetaData()
        meta.reflect(conn)
        for table in meta.sorted_tables:                    # parents first
            if before.get(table.name):
                conn.execute(table.insert(), before[table.name])
    engine.dispose()
    return before


def test_every_released_revision_has_a_fixture_store():
    """A new revision makes the one before it a released schema: make its fixture with
    tests/data/stores/make_stores.py (from the commit that shipped it)."""
    assert revisions()[-1] == migrate.head()
    assert set(revisions()[:-1]) == set(RELEASED), "a released revision has no fixture store"
    for name in RELEASED.values():
        assert (STORES / name).stat().st_size < 400_000


@pytest.mark.parametrize("engine_name", ENGINES)
@pytest.mark.parametrize("revision", sorted(RELEASED))
def test_a_store_of_every_released_version_is_upgraded_with_its_data(
        revision: str, engine_name: str, tmp_path: Path, pipeline):
    with store_url(engine_name, tmp_path) as url:
        before = released_store(revision, engine_name, tmp_path, url)
        assert before["documents"] and before["events"]
        with Store(url) as store:                              # upgrades on opening
            assert migrate.current(store.engine) == migrate.head()
            assert schema_diff(store.engine) == []
            assert store.check() == []
            after = rows(store.engine, list(before))
            for name, old in before.items():                  # every row, every old column
                columns = set(old[0]) if old else set()
                assert [{k: r[k] for k in columns} for r in after[name]] == old, name
            docs = {d["id"]: d for d in after["documents"]}
            for doc in docs.values():                          # counts from the rows
                events = [e for e in after["events"] if e["doc_id"] == doc["id"]]
                assert doc["n_events"] == len(events)
                assert doc["n_actors"] == sum(a["doc_id"] == doc["id"] for a in after["actors"])
                assert all(doc[c] is not None for c in COUNTS)
            stored = store.events()
            assert sorted(e.id for e in stored) == sorted(e["id"] for e in before["events"])
            for event in stored:
                assert event.to_dict()["evidence"] == \
                    next(e["record"] for e in before["events"] if e["id"] == event.id)["evidence"]

            # the same inputs again: nothing new (ids and texts recognised); new ones stored
            from entente.batch import ingest
            from entente.read import read_inputs
            again = ingest(read_inputs([str(STORES / "docs.jsonl")]), store, pipeline=pipeline)
            assert again.stored == 0 and again.read == 7, again.to_dict()
            assert store.save(make_coded())
            assert store.check() == []


@pytest.mark.parametrize("engine_name", ENGINES)
def test_migrations_build_exactly_the_schema_and_go_down_and_up(engine_name: str,
                                                                tmp_path: Path):
    with store_url(engine_name, tmp_path) as url:
        with Store(url) as store:
            assert migrate.current(store.engine) == migrate.head() == "0003"
            assert schema_diff(store.engine) == []
            assert store.save(make_coded())
            migrate.downgrade(store.engine, "0002")
            columns = {c["name"] for c in inspect(store.engine).get_columns("documents")}
            assert "origin" in columns and not columns & set(COUNTS)
            migrate.downgrade(store.engine, "0001")
            assert "duplicates" not in inspect(store.engine).get_table_names()
            assert "origin" not in {c["name"] for c in inspect(store.engine)
                                    .get_columns("documents")}
            migrate.upgrade(store.engine)
            assert schema_diff(store.engine) == []
            assert store.events() == list(make_coded().events)        # data kept
            assert store.check() == []                                 # counts made again


def test_a_released_store_goes_down_to_each_revision_and_up_again(tmp_path: Path):
    db = tmp_path / "down.db"
    shutil.copy(STORES / RELEASED["0002"], db)
    with Store(str(db)) as store:
        full = rows(store.engine, ["documents", "events", "actors", "quotes", "relations"])
        for revision in reversed(revisions()[:-1]):
            migrate.downgrade(store.engine, revision)
            assert migrate.current(store.engine) == revision
            kept = rows(store.engine, ["events", "actors", "quotes", "relations"])
            assert all(kept[name] == full[name] for name in kept), revision
        migrate.upgrade(store.engine)
        assert store.check() == []
        assert rows(store.engine, ["events"]) == {"events": full["events"]}


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
        assert store.check() == []
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0003",)]
    conn.close()


@pytest.mark.parametrize("engine_name", ENGINES)
def test_two_processes_opening_a_new_store_at_once_build_it_once(engine_name: str,
                                                                  tmp_path: Path):
    import multiprocessing

    fork = multiprocessing.get_context("fork")
    with store_url(engine_name, tmp_path) as url:
        start = fork.Event()

        def open_store():
            start.wait(60)
            Store(url).close()
        procs = [fork.Process(target=open_store) for _ in range(4)]
        for p in procs:
            p.start()
        start.set()
        for p in procs:
            p.join(120)
        assert [p.exitcode for p in procs] == [0, 0, 0, 0]
        with Store(url) as store:
            assert migrate.current(store.engine) == migrate.head()
            assert schema_diff(store.engine) == []
