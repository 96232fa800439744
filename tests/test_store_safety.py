"""Store safety on both engines: the consistency checker, concurrent ingests into one
store, a full disk, and kill -9 at random moments (bench/harden_store.py runs more).

Ingests run in processes forked from this one (the pipeline is loaded once), each
opening the store itself, as separate ``entente ingest`` commands would."""
from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from entente.batch import ingest
from entente.batch.synthetic import corpus, republish
from entente.cli import app
from entente.records import Document
from entente.store import Store
from entente.store import sqlstore
from entente.store.sqlstore import StoreFull
from store_engines import ENGINES, pg_schema_url, store_url
from test_ingest import write_jsonl

FORK = multiprocessing.get_context("fork")
runner = CliRunner()


def inputs(n: int, seed: int) -> list[Document]:
    """Generated articles, with an exact copy and two near copies among them."""
    base = list(corpus(n, seed=seed))
    half = max(3, n // 2)
    return [*base[:half], replace(base[1], id="copy-1", source="AFP"),
            republish(base[2], "near-2", "BBC", seed=1), *base[half:],
            republish(base[-1], "near-last", "DPA", seed=2)]


def snapshot(url: str) -> dict:
    """Everything that must be equal between two stores of the same inputs."""
    with Store(url) as store:
        return {"documents": sorted(d.id for d in store.documents()),
                "events": sorted((e.to_dict() for e in store.events()), key=lambda e: e["id"]),
                "duplicates": sorted((d["id"], d["of_id"], d["kind"])
                                     for d in store.duplicates()),
                "counts": store.counts()}


def reference(url: str, docs: list[Document], pipeline) -> tuple[dict, float]:
    """The snapshot of an uninterrupted ingest, and the seconds it took per document."""
    with Store(url) as store:
        report = ingest(docs, store, pipeline=pipeline, batch_size=2)
    assert report.failed == 0
    return snapshot(url), report.seconds / len(docs)


def problems(url: str) -> list:
    with Store(url) as store:
        return store.check()


def stored(url: str) -> int:
    """Documents stored so far, read without opening a Store (no migrations; a SQLite
    file is opened read-only, and not created)."""
    if url.startswith("sqlite:///"):
        url = f"sqlite:///file:{url[len('sqlite:///'):]}?mode=ro&uri=true"
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0
    except Exception:          # not created yet
        return 0
    finally:
        engine.dispose()


def _ingest_child(url: str, docs: list[Document], pipeline, start=None,
                  slow_writes: float = 0.0) -> None:
    """An ingest in a forked process.  ``slow_writes`` sleeps between the inserts of a
    document's transaction, so that a kill lands inside one more often."""
    if slow_writes:
        insert = sqlstore._insert

        def slow(conn, table, rows):
            time.sleep(slow_writes)
            insert(conn, table, rows)
        sqlstore._insert = slow
    if start is not None:
        start.wait(60)
    with Store(url) as store:
        ingest(docs, store, pipeline=pipeline, batch_size=2)


# -- the checker -----------------------------------------------------------------------
@pytest.mark.parametrize("engine", ENGINES)
def test_the_checker_finds_nothing_in_a_sound_store_and_each_kind_of_damage(
        engine: str, tmp_path: Path, pipeline):
    docs = inputs(6, seed=71)
    with store_url(engine, tmp_path) as url, Store(url) as store:
        report = ingest(docs, store, pipeline=pipeline, batch_size=2)
        assert (report.stored, report.exact, report.near) == (6, 1, 2)
        assert store.check() == []
        with store.engine.connect() as conn:
            by_quotes = [row[0] for row in conn.execute(text(
                "SELECT id FROM documents ORDER BY n_quotes DESC, n_events DESC, id"))]
        b, a, c, d = by_quotes[:4]                # b has quotes, a two events or more
        with store.engine.begin() as conn:
            seq = conn.execute(text("SELECT max(seq) FROM events WHERE doc_id = :d"),
                               {"d": a}).scalar()
            conn.execute(text("DELETE FROM events WHERE doc_id = :d AND seq = 0"), {"d": a})
            conn.execute(text("DELETE FROM quotes WHERE doc_id = :d"), {"d": b})
            conn.execute(text("UPDATE documents SET n_relations = NULL WHERE id = :d"), {"d": c})
            conn.execute(text("INSERT INTO duplicates (id, of_id, kind, similarity, sha256, "
                              "ingested_at) VALUES (:d, :a, 'near', 0.9, 'x', '2020')"),
                         {"d": d, "a": a})
            conn.execute(text("DELETE FROM doc_bands WHERE doc_id = :d"), {"d": d})
        found: dict[str, list[str]] = {}
        for problem in store.check():
            found.setdefault(problem.kind, []).extend(problem.examples)
        assert set(found) == {"incomplete", "event_order", "uncounted", "duplicate_stored",
                              "bands"}
        assert found["event_order"] == [a] and seq > 0
        assert {e.split(":")[0] for e in found["incomplete"]} == {
            f"{a} (events", f"{a} (event_actors", f"{b} (quotes", f"{d} (doc_bands"}
        assert found["uncounted"] == [c]
        assert found["duplicate_stored"] == [d]
        assert found["bands"] == [d]


def test_the_checker_finds_orphans_and_a_damaged_sqlite_file(tmp_path: Path, pipeline):
    db = tmp_path / "s.db"
    docs = inputs(4, seed=72)
    with Store(str(db)) as store:
        ingest(docs, store, pipeline=pipeline)
        with store.engine.connect() as conn:
            index_page = conn.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE "
                                              "name = 'ix_events_event'").scalar()
        other = sqlite3.connect(db)       # another program: foreign keys off by default
        other.execute("DELETE FROM documents WHERE id = ?", (docs[0].id,))
        other.commit()
        other.close()
        kinds = {p.kind for p in store.check()}
        assert {"foreign_key", "orphan"} <= kinds
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 1 and "problem orphan:" in result.stderr
    assert "whose document is not stored" in result.stderr

    damaged = tmp_path / "damaged.db"
    data = bytearray(db.read_bytes())
    start = 4096 * (index_page - 1)                     # an index's root page
    data[start:start + 200] = b"\x00" * 200
    damaged.write_bytes(bytes(data))
    with Store(str(damaged)) as store:
        assert "sqlite_integrity" in {p.kind for p in store.check()}


def test_entente_check_on_a_sound_store(tmp_path: Path, pipeline):
    db = tmp_path / "ok.db"
    with Store(str(db)) as store:
        ingest(inputs(3, seed=73), store, pipeline=pipeline)
    result = runner.invoke(app, ["check", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert "0 problem(s)" in result.stderr and '"problems": []' in result.stdout
    missing = runner.invoke(app, ["check", "--db", str(tmp_path / "nope.db")])
    assert missing.exit_code == 2 and "no store at" in missing.stderr


# -- concurrent ingests ----------------------------------------------------------------
@pytest.mark.parametrize("engine", ENGINES)
def test_concurrent_ingests_store_each_document_once(engine: str, tmp_path: Path, pipeline):
    base = list(corpus(10, seed=61))
    copy2 = replace(base[2], id="copy-2", source="AFP")
    near4 = republish(base[4], "near-4", "BBC", seed=1)
    near7 = republish(base[7], "near-7", "DPA", seed=2)
    streams = [base[:7] + [copy2],                           # overlapping, in other orders
               list(reversed(base[3:])) + [near4],
               [near7] + base[::2] + [copy2, near4]]        # near7 before or after base[7]
    every = {d.id: d for s in streams for d in s}
    with store_url(engine, tmp_path) as url:                # a new store, opened by all
        start = FORK.Event()
        procs = [FORK.Process(target=_ingest_child, args=(url, s, pipeline, start))
                 for s in streams]
        for p in procs:
            p.start()
        start.set()
        for p in procs:
            p.join(300)
        assert [p.exitcode for p in procs] == [0, 0, 0]    # no "database is locked"
        assert problems(url) == []
        with Store(url) as store:
            docs = {d.id for d in store.documents()}
            dups = {d["id"]: d for d in store.duplicates()}
            assert not docs & set(dups) and docs | set(dups) == set(every)
            for original, copy, kind in ((base[2], copy2, "exact"), (base[4], near4, "near"),
                                         (base[7], near7, "near")):
                pair = {original.id, copy.id}
                kept = pair & docs                                # one of the two is stored
                assert len(kept) == 1, pair
                other = (pair - kept).pop()
                assert (dups[other]["of_id"], dups[other]["kind"]) == (kept.pop(), kind)
            for doc_id in docs:                                    # each stored completely
                got = [{**e.to_dict(), "n_sources": 0, "n_articles": 0}
                       for e in store.events(doc_id=doc_id)]
                want = [{**e.to_dict(), "n_sources": 0, "n_articles": 0}
                        for e in pipeline.code(every[doc_id]).events]
                assert sorted(got, key=lambda e: e["id"]) == sorted(want, key=lambda e: e["id"])
                n_dups = sum(1 for d in dups.values() if d["of_id"] == doc_id)
                assert {e.n_articles for e in store.events(doc_id=doc_id)} <= {1 + n_dups}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_near_duplicate_stored_meanwhile_by_another_writer_is_counted(
        engine: str, tmp_path: Path, pipeline):
    from entente.dedupe import Deduper, signature
    original = next(corpus(1, seed=62))
    near = republish(original, "near", "BBC", seed=3)
    same = Document.create("same-text", original.text, source="AP")
    with store_url(engine, tmp_path) as url, Store(url) as one, Store(url) as two:
        verdicts = [Deduper(two).check([doc])[0].kind for doc in (near, same)]
        assert verdicts == ["new", "new"]                      # nothing stored yet
        assert one.save(pipeline.code(original))              # the other writer wins
        assert not two.save(pipeline.code(near), signature=signature(near.text), near=0.7)
        assert not two.save(pipeline.code(same), signature=signature(same.text), near=0.7)
        rows = {d["id"]: d for d in two.duplicates()}
        assert (rows["near"]["of_id"], rows["near"]["kind"]) == (original.id, "near")
        assert (rows["same-text"]["of_id"], rows["same-text"]["kind"]) == (original.id, "exact")
        assert {e.n_articles for e in two.events(doc_id=original.id)} == {3}
        assert two.check() == []
        assert two.save(pipeline.code(near), signature=signature(near.text)) is False


# -- a full disk -----------------------------------------------------------------------
def test_a_full_disk_stops_the_ingest_cleanly_and_a_rerun_completes_it(tmp_path: Path,
                                                                       pipeline):
    docs = inputs(12, seed=63)
    source = write_jsonl(tmp_path / "in.jsonl", docs)
    expected, _ = reference(f"sqlite:///{tmp_path / 'ref.db'}", docs, pipeline)
    db = tmp_path / "full.db"
    with Store(str(db)) as store:                           # an empty store: ~40 pages
        with store.engine.connect() as conn:
            empty = conn.exec_driver_sql("PRAGMA page_count").scalar()
    limit = empty + 30                                     # room for a few documents
    full = runner.invoke(app, ["ingest", str(source), "--db",
                               f"sqlite:///{db}?max_page_count={limit}", "--batch-size", "2",
                               "--no-progress"])
    assert full.exit_code == 2, full.output
    assert full.exception is None or isinstance(full.exception, SystemExit)
    assert "Traceback" not in full.output
    err = full.stderr
    assert "entente: error: the store failed while saving" in err
    assert "the store is full" in err and f"free space on the disk that holds {db}" in err
    at_full = stored(f"sqlite:///{db}")
    assert 0 < at_full < len(docs) - 3, err
    assert problems(str(db)) == []

    again = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--batch-size", "2",
                                "--no-progress"])
    assert again.exit_code == 0, again.output
    assert snapshot(str(db)) == expected


def test_a_full_store_keeps_every_write_that_succeeded(tmp_path: Path, pipeline):
    doc = next(corpus(1, seed=64))
    db = tmp_path / "tiny.db"
    with Store(str(db)) as store:
        assert store.save(pipeline.code(doc))
        with store.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    counted = 0
    with Store(f"sqlite:///{db}?max_page_count={pages}") as store:
        with pytest.raises(StoreFull) as caught:
            for i in range(10_000):
                copy = Document.create(f"copy-{i}", doc.text + " " * (i + 1), source="AP",
                                       title="x" * 200)
                assert store.add_duplicate(copy, doc.id, "near", 0.9)
                counted += 1
        assert "the store is full" in str(caught.value) and "free space" in str(caught.value)
        assert f"copy-{counted} was not stored" in str(caught.value)
        assert counted > 0 and store.duplicate_counts()["near"] == counted
        assert store.check() == []


# -- kill -9 ---------------------------------------------------------------------------
@pytest.mark.parametrize("engine", ENGINES)
def test_kill_9_at_random_moments_leaves_a_consistent_store(engine: str, tmp_path: Path,
                                                            pipeline):
    """Ten ingests of the same inputs killed at random moments (seeded: once 0 or 1 more
    document is stored, then within the time of about one more; the first may die
    while it builds the store; writes are slowed so that some kills land inside a
    transaction), each followed by the checker; then one runs to the end: the store is
    exactly the one an uninterrupted ingest makes."""
    docs = inputs(25, seed=65)
    rng = random.Random(65)
    with store_url(engine, tmp_path) as url:
        if engine == "sqlite":
            expected, per_doc = reference(f"sqlite:///{tmp_path / 'ref.db'}", docs, pipeline)
        else:
            with pg_schema_url() as ref_url:
                expected, per_doc = reference(ref_url, docs, pipeline)
        kills, seen = 0, []
        for _ in range(10):
            before = stored(url)
            proc = FORK.Process(target=_ingest_child, args=(url, docs, pipeline, None, 0.01))
            proc.start()
            target, deadline = before + rng.randrange(2), time.monotonic() + 60
            while stored(url) < target and proc.is_alive() and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, per_doc + 0.07))
            if proc.is_alive():
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
            proc.join()
            assert proc.exitcode in (0, -signal.SIGKILL)
            assert problems(url) == [], f"after kill {kills}"
            seen.append(stored(url))
        assert kills >= 8 and len(set(seen)) > 3, seen     # killed midway, making progress
        with Store(url) as store:
            ingest(docs, store, pipeline=pipeline, batch_size=2)
            assert store.check() == []
        assert snapshot(url) == expected
