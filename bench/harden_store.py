"""Store safety campaign: kill -9 at random moments, concurrent ingests, a full disk and
migrations from every released schema, on SQLite (and PostgreSQL when
ENTENTE_TEST_PG_URL is set); prints a table.

    .venv/bin/python bench/harden_store.py                 # 25 kills per engine, ~5 minutes
    .venv/bin/python bench/harden_store.py --quick         # 8 kills per engine, about a minute
    .venv/bin/python bench/harden_store.py --kills 100 --json bench/out/harden_store.json

The model is loaded once here; ingests run in processes forked from this one (each
opening the store itself, as separate commands do), or as new ``entente ingest``
commands where start-up matters.  Scenarios (every engine, but disk-full: SQLite):

    kills        an ingest of 25 generated articles (plus an exact and two near copies)
                 killed with SIGKILL at a seeded random moment (once 0 or 1 more
                 document is stored, then within about one document's time; writes are
                 slowed by 10 ms a table so that kills land inside transactions too; the
                 first of a store may die while it builds the store), the checker after
                 each; then a last ingest runs to the end and the store must equal an
                 uninterrupted one (documents, events, duplicates, counts)
    cli-kills    (not with --quick) ``entente ingest`` commands killed at random moments
                 after they stored something, and one during start-up; then the same
    concurrent   three ``entente ingest`` at once into one new store, over overlapping
                 inputs in different orders with exact and near copies (forked in even
                 rounds, new commands in odd ones): each must succeed (no "database is
                 locked"), each input end up once (a document or a counted duplicate),
                 each copy counted against the one stored, each stored document complete
                 with n_articles = 1 + its duplicates
    disk-full    ``entente ingest`` into a SQLite store capped by ``?max_page_count=N`` at
                 several sizes above an empty store: it must stop with one line naming the
                 document and saying to free space (exit 2, no traceback), leave a
                 consistent store, and a rerun without the cap must give the
                 uninterrupted store.  (PostgreSQL's disk_full, SQLSTATE 53100, gets the
                 same message, but filling a server's disk is not simulated.)
    migrations   the fixture store of every released schema (tests/data/stores) upgraded
                 to the newest: every row kept, the checker passes, the same inputs
                 ingested again store nothing new

``--json PATH`` writes ``{"inputs": n documents ingested, "crashes": n unexpected
tracebacks or exits, "lost": n documents missing after the final runs, "inconsistencies":
n problems the checker found, "kills": n, "per_scenario": {...}}`` (these keys exactly:
another script aggregates them).  Exit status 1 when any of crashes, lost or
inconsistencies is not 0.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import MetaData, create_engine, select, text  # noqa: E402

from entente.batch import ingest  # noqa: E402
from entente.batch.synthetic import corpus, republish  # noqa: E402
from entente.records import Document  # noqa: E402
from entente.store import Store, migrate, sqlstore  # noqa: E402
from entente.store.check import count_problems  # noqa: E402

FORK = multiprocessing.get_context("fork")
STORES = ROOT / "tests" / "data" / "stores"
RELEASED = {"0001": "entente-0.1.sqlite3", "0002": "revision-0002.sqlite3"}
CLI = [sys.executable, "-c", "from entente.cli import main; main()"]


@dataclass
class Tally:
    """What one scenario on one engine found."""
    inputs: int = 0
    crashes: int = 0
    lost: int = 0
    inconsistencies: int = 0
    kills: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def add_problems(self, problems: list, when: str) -> None:
        n = count_problems(problems)
        self.inconsistencies += n
        if n:
            self.notes.append(f"{when}: " + "; ".join(str(p) for p in problems))

    def crash(self, what: str) -> None:
        self.crashes += 1
        self.notes.append(what[-2000:])

    def to_dict(self) -> dict:
        return {"inputs": self.inputs, "crashes": self.crashes, "lost": self.lost,
                "inconsistencies": self.inconsistencies, "kills": self.kills,
                "seconds": round(self.seconds, 1), "notes": self.notes}


# -- stores ----------------------------------------------------------------------------
class Engines:
    """New, empty stores on each engine: SQLite files under a temporary folder, and
    PostgreSQL schemas of their own (dropped at the end)."""

    def __init__(self, workdir: Path, pg_url: str | None):
        self.workdir, self.pg_url = workdir, pg_url
        self.names = ["sqlite"] + (["postgresql"] if pg_url else [])

    @contextmanager
    def store(self, engine: str) -> Iterator[str]:
        if engine == "sqlite":
            yield f"sqlite:///{self.workdir / (uuid.uuid4().hex[:10] + '.db')}"
            return
        from sqlalchemy.engine import make_url
        base = make_url(self.pg_url)
        if base.drivername in ("postgresql", "postgres"):
            base = base.set(drivername="postgresql+psycopg")
        schema = "h_" + uuid.uuid4().hex[:12]
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


def inputs(n: int, seed: int) -> list[Document]:
    """Generated articles with an exact copy and two near copies among them."""
    base = list(corpus(n, seed=seed))
    half = max(3, n // 2)
    return [*base[:half], replace(base[1], id="copy-1", source="AFP"),
            republish(base[2], "near-2", "BBC", seed=1), *base[half:],
            republish(base[-1], "near-last", "DPA", seed=2)]


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps({"id": d.id, "text": d.text, "date": d.published,
                                  "title": d.title, "url": d.url, "source": d.source}) + "\n")
    return path


def snapshot(url: str) -> dict:
    with Store(url) as store:
        return {"documents": sorted(d.id for d in store.documents()),
                "events": sorted((e.to_dict() for e in store.events()), key=lambda e: e["id"]),
                "duplicates": sorted((d["id"], d["of_id"], d["kind"])
                                     for d in store.duplicates()),
                "counts": store.counts()}


def check(url: str) -> list:
    with Store(url) as store:
        return store.check()


def stored(url: str) -> int:
    """Documents stored so far, read without opening a Store (a SQLite file read-only)."""
    if url.startswith("sqlite:///"):
        url = f"sqlite:///file:{url[len('sqlite:///'):]}?mode=ro&uri=true"
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0
    except Exception:
        return 0
    finally:
        engine.dispose()


def compare(tally: Tally, got: dict, want: dict, docs: list[Document], where: str) -> None:
    """Count the inputs missing from ``got``, and note any other difference."""
    have = set(got["documents"]) | {d[0] for d in got["duplicates"]}
    missing = {d.id for d in docs} - have
    tally.lost += len(missing)
    if missing:
        tally.notes.append(f"{where}: missing {sorted(missing)[:5]}")
    for key in ("documents", "duplicates", "counts", "events"):
        if got[key] != want[key]:
            tally.inconsistencies += 1
            tally.notes.append(f"{where}: {key} differ from the uninterrupted store")


def reference(engines: Engines, engine: str, docs: list[Document], pipeline) -> tuple[dict, float]:
    with engines.store(engine) as url:
        with Store(url) as store:
            report = ingest(docs, store, pipeline=pipeline, batch_size=2)
        return snapshot(url), report.seconds / max(1, len(docs))


def _cli_child(args: list[str], log: str) -> None:
    """``entente ARGS`` in a forked process (the model already loaded), stderr to ``log``."""
    with open(log, "w", encoding="utf-8") as err:
        os.dup2(err.fileno(), 2)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
    from entente.cli import app
    try:
        app(args=args, prog_name="entente")
    except SystemExit as exc:
        sys.stderr.flush()
        os._exit(exc.code if isinstance(exc.code, int) else 1)
    except BaseException:
        import traceback
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(70)
    sys.stderr.flush()
    os._exit(0)


def start_cli(args: list[str], log: Path, fork: bool) -> tuple[object, Path]:
    """``entente ARGS``: a forked process (fast) or a new command (start-up included)."""
    if fork:
        proc = FORK.Process(target=_cli_child, args=(args, str(log)))
        proc.start()
        return proc, log
    with open(log, "w", encoding="utf-8") as err:
        return subprocess.Popen([*CLI, *args], stdout=subprocess.DEVNULL, stderr=err), log


def finish_cli(started: tuple[object, Path], timeout: float = 600) -> tuple[int, str]:
    """Wait for a command of :func:`start_cli`: (exit status, its stderr)."""
    proc, log = started
    if isinstance(proc, subprocess.Popen):
        code = proc.wait(timeout)
    else:
        proc.join(timeout)
        code = proc.exitcode
    return code, log.read_text(encoding="utf-8", errors="replace")


def run_cli(args: list[str], log: Path, fork: bool = True) -> tuple[int, str]:
    return finish_cli(start_cli(args, log, fork))


# -- kills -----------------------------------------------------------------------------
def _ingest_child(url: str, docs: list[Document], pipeline, slow_writes: float) -> None:
    insert = sqlstore._insert

    def slow(conn, table, rows):
        time.sleep(slow_writes)
        insert(conn, table, rows)
    sqlstore._insert = slow
    with Store(url) as store:
        ingest(docs, store, pipeline=pipeline, batch_size=2)


def kills(engines: Engines, engine: str, n_kills: int, seed: int, pipeline) -> Tally:
    """``n_kills`` forked ingests killed at random moments, in stores of ~25 documents
    (a new store whenever one is complete), then each store completed and compared."""
    tally, rng = Tally(), random.Random(seed)
    docs = inputs(25, seed=seed)
    want, per_doc = reference(engines, engine, docs, pipeline)
    for _store in range(n_kills + 2):      # more stores when ingests end before a kill
        if tally.kills >= n_kills:
            break
        with engines.store(engine) as url:
            tally.inputs += len(docs)
            for _ in range(4 * n_kills):
                if tally.kills >= n_kills:
                    break
                before = stored(url)
                proc = FORK.Process(target=_ingest_child, args=(url, docs, pipeline, 0.01))
                proc.start()
                target, deadline = before + rng.randrange(2), time.monotonic() + 120
                while stored(url) < target and proc.is_alive() and time.monotonic() < deadline:
                    time.sleep(0.01)
                time.sleep(rng.uniform(0.0, per_doc + 0.07))
                alive = proc.is_alive()
                if alive:
                    os.kill(proc.pid, signal.SIGKILL)
                proc.join()
                if alive and proc.exitcode == -signal.SIGKILL:
                    tally.kills += 1
                elif proc.exitcode != 0:
                    tally.crash(f"{engine}: ingest exited with {proc.exitcode}")
                tally.add_problems(check(url), f"{engine} after kill {tally.kills}")
                if not alive:
                    break                       # the ingest ended: a new store
            with Store(url) as store:
                ingest(docs, store, pipeline=pipeline, batch_size=2)
            tally.add_problems(check(url), f"{engine} after the last run")
            compare(tally, snapshot(url), want, docs, engine)
    return tally


def cli_kills(engines: Engines, engine: str, n_kills: int, seed: int, workdir: Path,
              pipeline) -> Tally:
    """``entente ingest`` commands killed at random moments, from start-up on."""
    tally, rng = Tally(), random.Random(seed)
    docs = inputs(12, seed=seed)
    source = write_jsonl(workdir / f"cli-kills-{seed}.jsonl", docs)
    want, _ = reference(engines, engine, docs, pipeline)
    with engines.store(engine) as url:
        tally.inputs += len(docs)
        command = ["ingest", str(source), "--db", url, "--batch-size", "2", "--no-progress"]
        for _ in range(n_kills):
            before = stored(url)
            proc = subprocess.Popen([*CLI, *command], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
            started = time.monotonic()
            while stored(url) <= before and proc.poll() is None \
                    and time.monotonic() - started < 120:
                time.sleep(0.05)        # start-up: kills in it come last, see below
            time.sleep(rng.uniform(0.0, 1.0))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                tally.kills += 1
            err = proc.communicate()[1]
            if proc.returncode not in (0, -signal.SIGKILL) or "Traceback" in err:
                tally.crash(f"{engine}: entente ingest exited {proc.returncode}: {err}")
            tally.add_problems(check(url), f"{engine} after command kill {tally.kills}")
        # and one killed during start-up (model loading, store opening) at a random moment
        proc = subprocess.Popen([*CLI, *command], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 3.0))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            tally.kills += 1
        proc.wait()
        tally.add_problems(check(url), f"{engine} after a start-up kill")
        code, err = run_cli(command, workdir / "cli-last.log", fork=False)
        if code != 0 or "Traceback" in err:
            tally.crash(f"{engine}: the last entente ingest exited {code}: {err}")
        tally.add_problems(check(url), f"{engine} after the last command")
        compare(tally, snapshot(url), want, docs, engine)
    return tally


# -- concurrent ingests ----------------------------------------------------------------
def concurrent(engines: Engines, engine: str, n: int, rounds: int, workdir: Path,
               pipeline) -> Tally:
    """Three ``entente ingest`` commands at once into one new store: forked from this
    process in even rounds, new commands in odd ones."""
    tally = Tally()
    base = list(corpus(n, seed=81))
    copy = replace(base[2], id="copy-2", source="AFP")
    near4 = republish(base[4], "near-4", "BBC", seed=1)
    near7 = republish(base[7], "near-7", "DPA", seed=2)
    streams = [base[:7] + [copy], list(reversed(base[3:])) + [near4],
               [near7] + base[::2] + [copy, near4]]
    every = {d.id: d for s in streams for d in s}
    files = [write_jsonl(workdir / f"concurrent-{i}.jsonl", s) for i, s in enumerate(streams)]
    coded = {doc_id: [{**e.to_dict(), "n_sources": 0, "n_articles": 0}
                      for e in pipeline.code(doc).events] for doc_id, doc in every.items()}
    for r in range(rounds):
        with engines.store(engine) as url:
            tally.inputs += len(every)
            procs = [start_cli(["ingest", str(f), "--db", url, "--batch-size", "2",
                                "--no-progress"], workdir / f"concurrent-{i}.log", r % 2 == 0)
                     for i, f in enumerate(files)]
            for proc in procs:
                code, err = finish_cli(proc)
                if code != 0 or "Traceback" in err:
                    tally.crash(f"{engine} round {r}: entente ingest exited {code}: {err}")
            tally.add_problems(check(url), f"{engine} round {r}")
            with Store(url) as store:
                docs = {d.id for d in store.documents()}
                dups = {d["id"]: d for d in store.duplicates()}
                missing = set(every) - docs - set(dups)
                tally.lost += len(missing)
                twice = docs & set(dups)
                pairs = [(base[2].id, copy.id, "exact"), (base[4].id, near4.id, "near"),
                         (base[7].id, near7.id, "near")]
                wrong = [p for p in pairs
                         if len({p[0], p[1]} & docs) != 1
                         or (dups.get(p[1]) or dups.get(p[0]) or {}).get("kind") != p[2]]
                incomplete = [d for d in docs if sorted(
                    ({**e.to_dict(), "n_sources": 0, "n_articles": 0}
                     for e in store.events(doc_id=d)), key=lambda e: e["id"])
                    != sorted(coded[d], key=lambda e: e["id"])]
                counts = [d for d in docs if {e.n_articles for e in store.events(doc_id=d)}
                          - {1 + sum(x["of_id"] == d for x in dups.values())}]
            bad = len(twice) + len(wrong) + len(incomplete) + len(counts)
            tally.inconsistencies += bad
            if bad or missing:
                tally.notes.append(f"{engine} round {r}: missing {sorted(missing)}, twice "
                                   f"{sorted(twice)}, copies {wrong}, incomplete "
                                   f"{incomplete}, n_articles {counts}")
    return tally


# -- a full disk -----------------------------------------------------------------------
def disk_full(engines: Engines, limits: list[int], workdir: Path, pipeline) -> Tally:
    """``entente ingest`` into a SQLite store capped at ``limit`` pages above empty."""
    tally = Tally()
    docs = inputs(14, seed=83)
    source = write_jsonl(workdir / "disk-full.jsonl", docs)
    want, _ = reference(engines, "sqlite", docs, pipeline)
    for extra in limits:
        with engines.store("sqlite") as url:
            tally.inputs += len(docs)
            path = url[len("sqlite:///"):]
            with Store(url) as store, store.engine.connect() as conn:
                empty = conn.exec_driver_sql("PRAGMA page_count").scalar()
            capped = f"{url}?max_page_count={empty + extra}"
            code, err = run_cli(["ingest", str(source), "--db", capped, "--batch-size", "2",
                                 "--no-progress"], workdir / "full.log")
            clear = (code == 2 and "Traceback" not in err
                     and "entente: error: the store failed while saving" in err
                     and f"free space on the disk that holds {path}" in err)
            if code == 0:
                tally.notes.append(f"+{extra} pages: the ingest did not fill the store")
            elif not clear:
                tally.crash(f"+{extra} pages: exit {code}: {err}")
            tally.add_problems(check(url), f"full at +{extra} pages")
            code, err = run_cli(["ingest", str(source), "--db", url, "--batch-size", "2",
                                 "--no-progress"], workdir / "rerun.log")
            if code != 0:
                tally.crash(f"+{extra} pages, the rerun: exit {code}: {err}")
            tally.add_problems(check(url), f"rerun after full at +{extra} pages")
            compare(tally, snapshot(url), want, docs, f"full at +{extra} pages")
    return tally


# -- migrations ------------------------------------------------------------------------
def _rows(engine, names: list[str] | None = None) -> dict[str, list[dict]]:
    meta = MetaData()
    meta.reflect(engine)
    out = {}
    with engine.connect() as conn:
        for name, table in meta.tables.items():
            if name == "alembic_version" or (names is not None and name not in names):
                continue
            found = [dict(row) for row in conn.execute(select(table)).mappings()]
            out[name] = sorted(found, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def migrations(engines: Engines, engine: str, pipeline) -> Tally:
    """Every released fixture store upgraded to the newest schema."""
    from entente.read import read_inputs
    tally = Tally()
    for revision, name in sorted(RELEASED.items()):
        fixture = STORES / name
        source = create_engine(f"sqlite:///file:{fixture}?mode=ro&uri=true")
        before = _rows(source)
        source.dispose()
        with engines.store(engine) as url:
            tally.inputs += len(before["documents"])
            if engine == "sqlite":
                shutil.copy(fixture, url[len("sqlite:///"):])
            else:
                target = create_engine(url)
                migrate.upgrade(target, revision)
                with target.begin() as conn:
                    if revision == migrate.BASELINE:
                        conn.exec_driver_sql("DROP TABLE alembic_version")
                    meta = MetaData()
                    meta.reflect(conn)
                    for table in meta.sorted_tables:
                        if before.get(table.name):
                            conn.execute(table.insert(), before[table.name])
                target.dispose()
            try:
                with Store(url) as store:
                    if migrate.current(store.engine) != migrate.head():
                        tally.crash(f"{engine} {name}: not upgraded")
                    tally.add_problems(store.check(), f"{engine} {name} upgraded")
                    after = _rows(store.engine, list(before))
                    for table, old in before.items():
                        cols = set(old[0]) if old else set()
                        if [{k: r[k] for k in cols} for r in after[table]] != old:
                            tally.lost += abs(len(old) - len(after[table])) or 1
                            tally.notes.append(f"{engine} {name}: {table} rows changed")
                    again = ingest(read_inputs([str(STORES / "docs.jsonl")]), store,
                                   pipeline=pipeline)
                    if again.stored or again.failed:
                        tally.inconsistencies += again.stored + again.failed
                        tally.notes.append(f"{engine} {name}: inputs stored again: "
                                           f"{again.to_dict()}")
                    tally.add_problems(store.check(), f"{engine} {name} after ingesting")
            except Exception as exc:            # a migration that fails is a crash
                tally.crash(f"{engine} {name}: {type(exc).__name__}: {exc}")
    return tally


# -- the campaign ----------------------------------------------------------------------
def campaign(args) -> dict:
    from entente.pipeline import Pipeline

    from entente.cli import app  # loaded once, for the forked commands
    del app

    pipeline = Pipeline()
    pipeline.code(Document.create("warm-up", "Russia struck Aleppo on Sunday, Syria said."))
    pg_url = os.environ.get("ENTENTE_TEST_PG_URL")
    results: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory(prefix="harden-store-") as tmp:
        workdir = Path(tmp)
        engines = Engines(workdir, pg_url)

        def run(name: str, fn, *fargs) -> None:
            started = time.perf_counter()
            try:
                tally = fn(*fargs)
            except Exception as exc:
                import traceback
                tally = Tally()
                tally.crash(f"{name}: {traceback.format_exc()}")
                del exc
            tally.seconds = time.perf_counter() - started
            results[name] = tally
            print(f"  {name:<24} {tally.seconds:6.1f} s  kills {tally.kills:3d}  inputs "
                  f"{tally.inputs:4d}  crashes {tally.crashes}  lost {tally.lost}  "
                  f"inconsistencies {tally.inconsistencies}", file=sys.stderr, flush=True)

        for engine in engines.names:
            run(f"kills/{engine}", kills, engines, engine, args.kills, args.seed, pipeline)
            if args.cli_kills:
                run(f"cli-kills/{engine}", cli_kills, engines, engine, args.cli_kills,
                    args.seed + 1, workdir, pipeline)
            run(f"concurrent/{engine}", concurrent, engines, engine, args.articles,
                args.rounds, workdir, pipeline)
        run("disk-full/sqlite", disk_full, engines, args.full_at, workdir, pipeline)
        for engine in engines.names:
            run(f"migrations/{engine}", migrations, engines, engine, pipeline)
    total = {key: sum(getattr(t, key) for t in results.values())
             for key in ("inputs", "crashes", "lost", "inconsistencies", "kills")}
    return {**total, "per_scenario": {name: t.to_dict() for name, t in results.items()}}


def table(result: dict) -> str:
    lines = [f"{'scenario':<24} {'seconds':>8} {'kills':>6} {'inputs':>7} {'crashes':>8} "
             f"{'lost':>5} {'inconsistencies':>16}"]
    for name, t in result["per_scenario"].items():
        lines.append(f"{name:<24} {t['seconds']:>8.1f} {t['kills']:>6} {t['inputs']:>7} "
                     f"{t['crashes']:>8} {t['lost']:>5} {t['inconsistencies']:>16}")
    lines.append(f"{'total':<24} {'':>8} {result['kills']:>6} {result['inputs']:>7} "
                 f"{result['crashes']:>8} {result['lost']:>5} {result['inconsistencies']:>16}")
    for name, t in result["per_scenario"].items():
        for note in t["notes"]:
            lines.append(f"  {name}: {note}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="about a minute")
    parser.add_argument("--kills", type=int, default=None,
                        help="forked ingests killed per engine (default 25; 8 with --quick)")
    parser.add_argument("--cli-kills", type=int, default=None,
                        help="entente ingest commands killed per engine (default 4; none "
                             "with --quick)")
    parser.add_argument("--articles", type=int, default=None,
                        help="articles of the concurrent ingests (default 24; 10)")
    parser.add_argument("--rounds", type=int, default=None,
                        help="rounds of concurrent ingests per engine (default 2; 1)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--json", type=Path, help="write the counts there")
    args = parser.parse_args()
    quick = args.quick
    args.kills = args.kills if args.kills is not None else (8 if quick else 25)
    args.cli_kills = args.cli_kills if args.cli_kills is not None else (0 if quick else 4)
    args.articles = max(8, args.articles if args.articles is not None else (10 if quick else 24))
    args.rounds = args.rounds if args.rounds is not None else (1 if quick else 2)
    args.full_at = [20] if quick else [5, 20, 60, 120]
    engines = "SQLite" + (" and PostgreSQL" if os.environ.get("ENTENTE_TEST_PG_URL") else
                          " (set ENTENTE_TEST_PG_URL for PostgreSQL too)")
    print(f"store safety on {engines}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    result = campaign(args)
    print(table(result))
    print(f"{time.perf_counter() - started:.1f} s: {result['kills']} kills, "
          f"{result['inputs']} documents, "
          f"{result['crashes']} crashes, {result['lost']} lost, {result['inconsistencies']} "
          "inconsistencies")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if result["crashes"] or result["lost"] or result["inconsistencies"] else 0


if __name__ == "__main__":
    sys.exit(main())
