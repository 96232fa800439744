"""Stores on each engine for the store tests: a SQLite file, and a PostgreSQL schema of
its own on the server that ENTENTE_TEST_PG_URL names (``.ci/run`` starts one and sets
it); without that variable the PostgreSQL cases are skipped, saying how to run them."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

ENGINES = ["sqlite", "postgresql"]
PG_URL = os.environ.get("ENTENTE_TEST_PG_URL")
PG_SKIP = ("PostgreSQL store tests skipped: set ENTENTE_TEST_PG_URL=postgresql://USER:PASS@"
           "HOST/DB (a database you may create schemas in) to run them; .ci/run does")


@contextmanager
def pg_schema_url() -> Iterator[str]:
    """A URL whose connections work in a new, empty schema, dropped afterwards."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(PG_URL)
    if base.drivername in ("postgresql", "postgres"):
        base = base.set(drivername="postgresql+psycopg")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"}) \
                  .render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def store_url(engine: str, tmp_path: Path) -> Iterator[str]:
    if engine == "sqlite":
        yield f"sqlite:///{tmp_path / 'entente.db'}"
    else:
        with pg_schema_url() as url:
            yield url
