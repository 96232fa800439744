"""Load test of `entente serve`: reads of every kind and article posts, mixed, from
concurrent clients on 127.0.0.1, for ten minutes.

    python bench/load_serve.py                         # 10 minutes, then the report
    python bench/load_serve.py --quick                 # 1 minute
    python bench/load_serve.py --json bench/out/load.json --clients 8 --workers 2

1. A store is seeded once and kept (bench/out/load-seed-<N>.db): the seed article (from
   shared/seed, beside the checkout, when it is there), the articles in examples/, and
   synthetic wire articles (entente.batch.synthetic) coded by the pipeline until the
   store holds --events events.  Each run works on a copy in a temporary folder.
2. A token is made in a temporary token file and `entente serve --workers W` starts on
   127.0.0.1 (a free port) over the copy.  Only a loopback address is accepted.
3. --clients closed-loop clients (each sends its next request when its last answer is
   in, so the load is bounded by their number) run for --minutes.  90% of requests are
   reads drawn from a fixed mix over the API and the web pages (events by actor, window
   and type, dyads, the network, actor search and profiles, evidence, documents, quotes,
   stats, home, search, actor, document, evidence and network pages); 10% are
   POST /api/documents of new synthetic articles, each under an id never used before.
   After a short warm-up (not counted: model loading), every answer is timed.
4. The server is stopped, the store opened, and every article answered 201 looked up
   there: ``lost`` counts those missing.

Reported: requests, throughput, latency p50/p95/p99 overall and per endpoint, errors by
status, posts stored and lost, server CPU per request.  ``--json PATH`` writes them with
the keys other scripts aggregate: inputs (requests), crashes (server 5xx answers and
failed connections), lost, throughput_rps, p50_ms, p99_ms, errors, minutes.
The load generator runs on the same machine as the server and takes CPU from it.
"""
from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import free_port, tree_cpu_seconds  # noqa: E402
from entente.store import Store  # noqa: E402

SEED_ARTICLE = [ROOT.parent / "shared" / "seed" / "zawahiri-alliance-2015-11-02.txt",
                ROOT / "shared" / "seed" / "zawahiri-alliance-2015-11-02.txt"]
POST_SHARE = 0.10
WARMUP_SECONDS = 20
TIMEOUT = 120

# Reads, by weight: what a researcher's scripts and a person in the browser ask for.
READS = [
    ("api events by actor", 14), ("api events actor+window", 8), ("api events type+month", 8),
    ("api dyad", 10), ("api network", 3), ("api actor search", 6), ("api actor profile", 5),
    ("api evidence", 10), ("api document records", 5), ("api quotes", 3), ("api stats", 2),
    ("page home", 3), ("page search", 4), ("page actor", 5), ("page document", 4),
    ("page evidence", 6), ("page network", 4),
]


# -- the seeded store ------------------------------------------------------------------------
def seed_documents():
    """The seed article, examples/, then synthetic articles, as Documents (lazily)."""
    from entente.batch.synthetic import corpus
    from entente.read.text import read_text
    from dataclasses import replace
    for path in SEED_ARTICLE:
        if path.exists():
            doc = read_text(path.read_bytes(), "seed", 10_000_000)
            yield replace(doc, published="2015-11-02")
            break
    for path in sorted((ROOT / "examples").glob("*.txt")):
        doc = read_text(path.read_bytes(), "examples/" + path.name, 10_000_000)
        day = path.stem[-10:]
        yield replace(doc, published=day if day[:2] in ("19", "20") else None)
    yield from corpus(10**7, seed=7)


def build_store(path: Path, n_events: int) -> dict:
    from entente.pipeline import Pipeline
    pipeline = Pipeline()
    store = Store(str(path))
    docs = seed_documents()
    t0, batch = time.perf_counter(), []
    while store.counts()["events"] < n_events:
        batch = [next(docs) for _ in range(32)]
        for coded in pipeline.code_many(batch):
            store.save(coded)
        counts = store.counts()
        print(f"  {counts['documents']:,} documents, {counts['events']:,} events "
              f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    counts = store.counts()
    store.close()
    return counts


def seeded_store(n_events: int) -> Path:
    db = ROOT / "bench" / "out" / f"load-seed-{n_events}.db"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        tmp = db.with_name(db.stem + ".tmp.db")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        print(f"seeding {db} with {n_events:,}+ coded events (once)…", file=sys.stderr)
        build_store(tmp, n_events)
        for suffix in ("-wal", "-shm", ""):       # the WAL, if any is left, then the file
            if Path(str(tmp) + suffix).exists():
                Path(str(tmp) + suffix).rename(Path(str(db) + suffix))
    return db


def copy_store(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal"):
        if Path(str(src) + suffix).exists():
            shutil.copyfile(Path(str(src) + suffix), Path(str(dst) + suffix))


def targets(db: Path, seed: int = 11) -> dict:
    """Real ids from the store for the read mix: busy and quiet actors, event and
    document ids, months, name fragments."""
    from sqlalchemy import func, select
    from entente.store import schema as t
    rng = random.Random(seed)
    with Store(str(db)) as store, store.engine.connect() as conn:
        ea, y = t.event_actors, t.event_actors.alias("y")
        actors = [r[0] for r in conn.execute(
            select(ea.c.actor_id).group_by(ea.c.actor_id)
            .order_by(func.count().desc()).limit(200))]
        names = [r[0] for r in conn.execute(
            select(t.actors.c.name).group_by(t.actors.c.name).limit(400))]
        events = [r[0] for r in conn.execute(select(t.events.c.id))]
        docs = [r[0] for r in conn.execute(select(t.documents.c.id))]
        pairs = [tuple(r) for r in conn.execute(
            select(ea.c.actor_id, y.c.actor_id)
            .select_from(ea.join(y, y.c.event_id == ea.c.event_id))
            .where(ea.c.role == "actor", y.c.role == "recipient",
                   ea.c.actor_id != y.c.actor_id).distinct().limit(2000))]
        months = sorted({r[0][:7] for r in conn.execute(
            select(t.events.c.date_lo).where(t.events.c.date_lo.is_not(None)).distinct())})
    rng.shuffle(events)
    rng.shuffle(docs)
    fragments = sorted({w.lower()[:5] for n in names for w in n.split() if len(w) >= 4})
    return {"actors": actors, "events": events[:5000], "docs": docs[:2000], "pairs": pairs,
            "months": months, "fragments": fragments or ["state"]}


def read_url(kind: str, rng: random.Random, tg: dict) -> str:
    from entente.records import PLOVER_EVENTS
    weights = [1 / (i + 1) for i in range(len(tg["actors"]))]
    actor = rng.choices(tg["actors"], weights)[0]
    month = rng.choice(tg["months"])
    q = lambda s: quote(s, safe="")  # noqa: E731
    if kind == "api events by actor":
        return f"/api/events?actor={q(actor)}"
    if kind == "api events actor+window":
        y = int(month[:4])
        return f"/api/events?actor={q(actor)}&since={y}-01&until={y}-06"
    if kind == "api events type+month":
        return f"/api/events?event={rng.choice(PLOVER_EVENTS)}&since={month}&until={month}"
    if kind == "api dyad":
        a, b = rng.choice(tg["pairs"])
        return f"/api/dyads/{q(a)}/{q(b)}"
    if kind == "api network":
        i = tg["months"].index(month)
        return f"/api/network?since={month}&until={tg['months'][min(i + 2, len(tg['months']) - 1)]}"
    if kind == "api actor search":
        return f"/api/actors?q={q(rng.choice(tg['fragments']))}"
    if kind == "api actor profile":
        return f"/api/actors/{q(actor)}"
    if kind == "api evidence":
        return f"/api/events/{q(rng.choice(tg['events']))}/evidence"
    if kind == "api document records":
        return f"/api/documents/{q(rng.choice(tg['docs']))}/records"
    if kind == "api quotes":
        return f"/api/quotes?actor={q(actor)}"
    if kind == "api stats":
        return "/api/stats"
    if kind == "page home":
        return "/"
    if kind == "page search":
        return f"/actors?q={q(rng.choice(tg['fragments']))}"
    if kind == "page actor":
        return f"/actors/{q(actor)}"
    if kind == "page document":
        return f"/documents/{q(rng.choice(tg['docs']))}"
    if kind == "page evidence":
        return f"/events/{q(rng.choice(tg['events']))}"
    if kind == "page network":
        return "/network"
    raise ValueError(kind)


# -- posts -----------------------------------------------------------------------------------
class Articles:
    """New synthetic articles to post, each once, from any thread."""

    def __init__(self, seed: int = 4242):
        from entente.batch.synthetic import corpus
        self._docs = corpus(10**7, seed=seed, start=date(2021, 1, 1))
        self._lock = threading.Lock()

    def next_body(self) -> dict:
        with self._lock:
            doc = next(self._docs)
        return {"id": doc.id, "text": doc.text, "title": doc.title, "date": doc.published,
                "source": doc.source, "url": doc.url}


# -- the load --------------------------------------------------------------------------------
class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.started = time.perf_counter()
        self.samples: list[tuple[str, int, float]] = []      # (kind, status, seconds)
        self.slow: list[tuple[float, float, str, str]] = []   # (seconds, at, kind, what)
        self.posted: list[str] = []                           # ids answered 201
        self.post_failures: list[str] = []
        self.first_errors: list[str] = []

    def add(self, kind: str, status: int, seconds: float, what: str = "") -> None:
        at = time.perf_counter() - self.started - seconds
        with self.lock:
            self.samples.append((kind, status, seconds))
            if len(self.slow) < 10 or seconds > self.slow[0][0]:
                self.slow = sorted([*self.slow, (seconds, at, kind, what[:100])])[-10:]
            if not _ok(kind, status) and len(self.first_errors) < 10:
                self.first_errors.append(f"{status} {kind} {what}"[:300])


def _ok(kind: str, status: int) -> bool:
    return status == 201 if kind == "post article" else status == 200


def client(port: int, token: str, tg: dict, articles: Articles, results: Results,
           stop_at: float, seed: int) -> None:
    rng = random.Random(seed)
    kinds, weights = zip(*READS)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    while time.monotonic() < stop_at:
        if rng.random() < POST_SHARE:
            kind, body = "post article", articles.next_body()
            payload = json.dumps(body).encode()
            args = ("POST", "/api/documents", payload,
                    {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
            what = body["id"]
        else:
            kind = rng.choices(kinds, weights)[0]
            what = read_url(kind, rng, tg)
            args = ("GET", what, None, {"Accept": "text/html" if kind.startswith("page")
                                        else "application/json"})
        t = time.perf_counter()
        try:
            conn.request(*args)
            response = conn.getresponse()
            data = response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            status, data = 0, repr(exc).encode()
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        elapsed = time.perf_counter() - t
        results.add(kind, status, elapsed, f"{what} {data[:120]!r}" if not _ok(kind, status)
                    else what)
        if kind == "post article":
            with results.lock:
                (results.posted if status == 201 else results.post_failures).append(what)
    conn.close()


def run_load(port: int, token: str, tg: dict, articles: Articles, clients: int,
             seconds: float, seed: int) -> tuple[Results, float]:
    results = Results()
    stop_at = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(port, token, tg, articles, results,
                                                     stop_at, seed * 1000 + i), daemon=True)
               for i in range(clients)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join(seconds + TIMEOUT + 30)
    return results, time.perf_counter() - t0


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] * 1000


def summarize(results: Results, wall: float) -> dict:
    all_lat = [s for _k, _st, s in results.samples]
    per: dict[str, list] = defaultdict(list)
    statuses: dict[str, Counter] = defaultdict(Counter)
    for kind, status, seconds in results.samples:
        per[kind].append(seconds)
        statuses[kind][status] += 1
    errors_by_status: Counter = Counter()
    for kind, counter in statuses.items():
        for status, n in counter.items():
            if not _ok(kind, status):
                errors_by_status["connection failed" if status == 0 else str(status)] += n
    crashes = sum(n for s, n in errors_by_status.items()
                  if s == "connection failed" or s.startswith("5"))
    endpoints = {}
    for kind in sorted(per, key=lambda k: -len(per[k])):
        lat = per[kind]
        endpoints[kind] = {"requests": len(lat), "rps": round(len(lat) / wall, 2),
                           "p50_ms": round(percentile(lat, .50), 1),
                           "p95_ms": round(percentile(lat, .95), 1),
                           "p99_ms": round(percentile(lat, .99), 1),
                           "errors": sum(n for st, n in statuses[kind].items()
                                         if not _ok(kind, st))}
    return {"inputs": len(all_lat), "seconds": round(wall, 1),
            "throughput_rps": round(len(all_lat) / wall, 2) if wall else 0.0,
            "p50_ms": round(percentile(all_lat, .50), 1),
            "p95_ms": round(percentile(all_lat, .95), 1),
            "p99_ms": round(percentile(all_lat, .99), 1),
            "errors": sum(errors_by_status.values()), "crashes": crashes,
            "errors_by_status": dict(errors_by_status),
            "reads": len(all_lat) - len(per.get("post article", [])),
            "posts": len(per.get("post article", [])), "per_endpoint": endpoints,
            "first_errors": results.first_errors,
            "slowest": [{"ms": round(sec * 1000), "at_s": round(at, 1), "kind": kind,
                         "what": what} for sec, at, kind, what in reversed(results.slow)]}


# -- the server ------------------------------------------------------------------------------
def check_loopback(host: str) -> str:
    try:
        loop = host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loop = False
    if not loop:
        raise SystemExit(f"--host {host}: this load test only runs against a loopback "
                         "address (127.0.0.1, ::1 or localhost)")
    return host


def start_server(db: Path, port: int, tokens: Path, workers: int, host: str, log):
    entente = str(Path(sys.executable).with_name("entente"))
    cmd = [entente, "serve", "--db", str(db), "--host", host, "--port", str(port),
           "--workers", str(workers), "--tokens", str(tokens)]
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "ENTENTE_TOKENS": str(tokens)})


def wait_up(server, port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited (status {server.returncode}) before serving")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/stats")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not answer in time")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--quick", action="store_true", help="one minute (overrides --minutes)")
    ap.add_argument("--clients", type=int, default=8, help="concurrent closed-loop clients")
    ap.add_argument("--workers", type=int, default=2, help="entente serve --workers")
    ap.add_argument("--events", type=int, default=10_000, help="events in the seeded store")
    ap.add_argument("--host", default="127.0.0.1", help="a loopback address only")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path, default=None, help="write the report here")
    args = ap.parse_args(argv)
    host = check_loopback(args.host)
    minutes = 1.0 if args.quick else args.minutes

    seeded = seeded_store(args.events)
    tg = targets(seeded)
    work = Path(tempfile.mkdtemp(prefix="entente-load-"))
    try:
        db = work / "store.db"
        copy_store(seeded, db)
        with Store(str(db)) as store:
            before = store.counts()
        tokens = work / "tokens.json"
        from entente.api.auth import TokenStore
        token = TokenStore(tokens).create("load")
        port = free_port()
        log = open(work / "server.log", "wb")
        server = start_server(db, port, tokens, args.workers, host, log)
        articles = Articles(seed=4242 + args.seed)
        try:
            wait_up(server, port)
            print(f"warming up ({WARMUP_SECONDS} s: the pipeline loads in each worker)…",
                  file=sys.stderr)
            warm, _ = run_load(port, token, tg, articles, args.clients, WARMUP_SECONDS,
                               args.seed + 100)
            print(f"loading for {minutes:g} min with {args.clients} clients…", file=sys.stderr)
            cpu0 = tree_cpu_seconds(server.pid)
            results, wall = run_load(port, token, tg, articles, args.clients, minutes * 60,
                                     args.seed)
            cpu1 = tree_cpu_seconds(server.pid)
            alive = server.poll() is None
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
        report = summarize(results, wall)
        posted = warm.posted + results.posted
        with Store(str(db)) as store:
            missing = [i for i in posted if store.document(i) is None]
            after = store.counts()
        report.update({
            "minutes": round(wall / 60, 2), "lost": len(missing), "lost_ids": missing[:20],
            "posts_stored": len(posted) - len(missing), "posts_checked": len(posted),
            "posts_failed": len(results.post_failures) + len(warm.post_failures),
            "warmup": {"requests": len(warm.samples), "posts_stored": len(warm.posted)},
            "server_alive_at_end": alive,
            "clients": args.clients, "workers": args.workers, "post_share": POST_SHARE,
            "store_before": before, "store_after": after,
            "cpus": os.cpu_count(), "load_average_after": round(os.getloadavg()[0], 2),
            "machine": f"{platform.machine()} {platform.processor() or ''} "
                       f"{os.cpu_count()} CPUs, Python {platform.python_version()}".strip(),
            "note": "the load generator runs on the same machine and shares its CPUs"})
        if not alive:
            report["crashes"] += 1
        if cpu0 is not None and cpu1 is not None and report["inputs"]:
            report["server_cpu_ms_per_request"] = round((cpu1 - cpu0) * 1000
                                                        / report["inputs"], 2)
        if report["crashes"] or report["lost"]:
            tail = (work / "server.log").read_text(errors="replace")[-3000:]
            report["server_log_tail"] = tail
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"written to {args.json}", file=sys.stderr)
    return report


def print_report(r: dict) -> None:
    print(f"{r['inputs']:,} requests in {r['seconds']:.0f} s ({r['clients']} clients, "
          f"{r['workers']} server workers, {r['cpus']} CPUs shared with the load generator)")
    print(f"throughput {r['throughput_rps']:.1f} req/s · latency p50 {r['p50_ms']:.0f} ms, "
          f"p95 {r['p95_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms")
    print(f"errors {r['errors']} {r['errors_by_status'] or ''} · crashes {r['crashes']} · "
          f"posts stored {r['posts_stored']}/{r['posts_checked']}, lost {r['lost']}")
    print(f"{'endpoint':<26}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'p99 ms':>9}{'errors':>8}")
    for kind, e in r["per_endpoint"].items():
        print(f"{kind:<26}{e['requests']:>9,}{e['rps']:>8.1f}{e['p50_ms']:>9.1f}"
              f"{e['p95_ms']:>9.1f}{e['p99_ms']:>9.1f}{e['errors']:>8}")
    for line in r.get("first_errors", [])[:5]:
        print("  error:", line)


if __name__ == "__main__":
    report = main()
    sys.exit(1 if report["crashes"] or report["lost"] else 0)
