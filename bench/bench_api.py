"""Load benchmark of the REST API: typical event queries on a store of 100,000 events.

    python bench/bench_api.py                     # builds bench/out/api-100k.db once, then loads it
    python bench/bench_api.py --events 20000 --seconds 10 --concurrency 8

1. Builds (once, kept under bench/out/) a SQLite store of synthetic coded documents:
   10 events each, among 300 actors whose activity follows a Zipf law, dated over 2010-2019,
   saved through ``Store.save`` like any ingested article.
2. Starts ``entente serve --workers 2`` on 127.0.0.1 (a free port) in a child process.
3. Sends a bounded number of requests, from a fixed set of typical queries, with a pool
   of keep-alive connections to that loopback address only, for at most --seconds, and
   prints throughput and latency percentiles.  It stops by itself.

Typical queries (equal shares, first page of 50 events each): an actor's events; an
actor's events in a 3-month window; one event type in a month; an actor and an event
type; a pair of actors (dyad evidence); the newest events of a window.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from entente.records import (Actor, ActorRef, Attribution, CodedDocument, Document,  # noqa: E402
                             Event, Evidence, Mention, PLOVER_EVENTS)
from entente.store import Store  # noqa: E402

QUADS = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2,
         "RETREAT": 2, "REQUEST": 1, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
         "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
N_ACTORS = 300
PER_DOC = 10


def _actors() -> list[tuple[str, str]]:
    return [(f"A{i:03d}", f"Actor {i:03d}") for i in range(N_ACTORS)]


def build_store(path: Path, n_events: int, seed: int = 7) -> None:
    """Synthetic coded documents, saved one by one through the Store."""
    rng = random.Random(seed)
    actors = _actors()
    weights = [1 / (i + 1) for i in range(N_ACTORS)]
    store = Store(str(path))
    t0 = time.perf_counter()
    for d in range(n_events // PER_DOC):
        year, month, day = rng.randint(2010, 2019), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year}-{month:02d}-{day:02d}"
        sentences, events, used = [], [], {}
        offset = 0
        for n in range(PER_DOC):
            (a_id, a_name), (b_id, b_name) = rng.choices(actors, weights, k=2)
            if a_id == b_id:
                b_id, b_name = actors[(int(a_id[1:]) + 1) % N_ACTORS]
            kind = rng.choice(PLOVER_EVENTS)
            sentence = f"{a_name} took a {kind.lower()} step toward {b_name} (item {n})."
            sentences.append(sentence)
            used[a_id], used[b_id] = a_name, b_name
            precise = rng.random() < 0.8
            ev_day = f"{year}-{month:02d}-{max(1, day - rng.randint(0, 3)):02d}"
            events.append(Event(
                f"syn-{d}:e{n}", f"syn-{d}", kind, None, (), "000", QUADS[kind],
                rng.uniform(-10, 10), (ActorRef(a_id, a_name, a_name),),
                (ActorRef(b_id, b_name, b_name),), ev_day if precise else ev_day[:7],
                "day" if precise else "month", None, (), Attribution(None, ()),
                Evidence(n, offset, offset + len(sentence), sentence), 0.8, "synthetic"))
            offset += len(sentence) + 1
        text = " ".join(sentences)
        doc = Document.create(f"syn-{d}", text, title=f"Synthetic {d}", published=published,
                              source="bench")
        acts = tuple(Actor(i, name, "state", None, None, None, doc.id,
                           (Mention(0, 1, name[:1]),)) for i, name in used.items())
        store.save(CodedDocument(doc, acts, tuple(events)))
        if d and d % 1000 == 0:
            print(f"  {d * PER_DOC:,} events stored ({time.perf_counter() - t0:.0f} s)",
                  file=sys.stderr)
    store.close()


def typical_queries(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(N_ACTORS)]
    ids = [a for a, _ in _actors()]
    out = []
    for i in range(n):
        actor = rng.choices(ids, weights)[0]
        other = rng.choices(ids, weights)[0]
        year, month = rng.randint(2010, 2019), rng.randint(1, 10)
        kind = rng.choice(PLOVER_EVENTS)
        out.append([
            f"/api/events?actor={actor}",
            f"/api/events?actor={actor}&since={year}-{month:02d}&until={year}-{month + 2:02d}",
            f"/api/events?event={kind}&since={year}-{month:02d}&until={year}-{month:02d}",
            f"/api/events?actor={actor}&event={kind}",
            f"/api/dyads/{actor}/{other}",
            f"/api/events?since={year}-{month:02d}-01&until={year}-{month:02d}-07",
        ][i % 6])
    return out


def tree_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process and its children (Linux /proc), or None."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total, found = 0.0, False
    for entry in Path("/proc").iterdir() if Path("/proc").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
            found = True
    return total if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/stats")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def load(port: int, urls: list[str], concurrency: int, seconds: float) -> dict:
    """Send ``urls`` (each once, at most) from ``concurrency`` keep-alive connections
    to 127.0.0.1 until all are sent or ``seconds`` have passed."""
    lock = threading.Lock()
    queue = list(reversed(urls))
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.monotonic() + seconds

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            with lock:
                if not queue:
                    return
                url = queue.pop()
            t = time.perf_counter()
            try:
                conn.request("GET", url)
                resp = conn.getresponse()
                body = resp.read()
                if resp.status != 200 or "items" not in json.loads(body):
                    errors.append(f"{resp.status} {url}")
            except (OSError, http.client.HTTPException) as exc:
                errors.append(f"{type(exc).__name__} {url}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            latencies.append(time.perf_counter() - t)
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)
    pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else 0.0  # noqa: E731
    return {"requests": len(lat), "errors": len(errors), "seconds": round(wall, 2),
            "requests_per_s": round(len(lat) / wall, 1) if wall else 0.0,
            "p50_ms": round(pct(0.50), 1), "p95_ms": round(pct(0.95), 1),
            "p99_ms": round(pct(0.99), 1), "mean_ms": round(statistics.fmean(lat) * 1000, 1)
            if lat else 0.0, "first_errors": errors[:5]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--requests", type=int, default=6000, help="at most this many requests")
    ap.add_argument("--seconds", type=float, default=30, help="and for at most this long")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2, help="entente serve --workers")
    args = ap.parse_args()
    db = args.db or ROOT / "bench" / "out" / f"api-{args.events // 1000}k.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        print(f"building {db} with {args.events:,} synthetic events…", file=sys.stderr)
        t = time.perf_counter()
        build_store(db.with_suffix(".tmp.db"), args.events)
        for suffix in ("", "-wal", "-shm"):
            tmp = Path(str(db.with_suffix(".tmp.db")) + suffix)
            if tmp.exists():
                tmp.rename(Path(str(db) + suffix))
        print(f"built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    with Store(str(db)) as store:
        counts = store.counts()
    port = free_port()
    entente = str(Path(sys.executable).with_name("entente"))
    server = subprocess.Popen([entente, "serve", "--db", str(db), "--port", str(port),
                               "--workers", str(args.workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env={**os.environ, "ENTENTE_TOKENS": str(db) + ".tokens.json"})
    try:
        wait_until_up(port)
        urls = typical_queries(args.requests)
        load(port, urls[:120], 2, 20)                             # warm up (and caches)
        cpu0, own0 = tree_cpu_seconds(server.pid), time.process_time()
        result = load(port, urls, args.concurrency, args.seconds)
        cpu1, own1 = tree_cpu_seconds(server.pid), time.process_time()
        if cpu0 is not None and cpu1 is not None and result["requests"]:
            server_ms = (cpu1 - cpu0) * 1000 / result["requests"]
            client_ms = (own1 - own0) * 1000 / result["requests"]
            result["server_cpu_ms_per_request"] = round(server_ms, 2)
            result["load_generator_cpu_ms_per_request"] = round(client_ms, 2)
            # what the machine's cores could serve if nothing else ran on them
            result["cpu_bound_requests_per_s"] = round(
                (os.cpu_count() or 1) * 1000 / (server_ms + client_ms), 1)
        result["load_average_after"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    finally:
        server.terminate()
        server.wait(timeout=10)
    result.update(events=counts["events"], documents=counts["documents"],
                  concurrency=args.concurrency, workers=args.workers, cpus=os.cpu_count())
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
