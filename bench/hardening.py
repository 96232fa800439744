"""The hardening report: hostile input, resource bounds, store safety and load, in one run.

    python bench/hardening.py                 # the full campaign (about 25 minutes)
    python bench/hardening.py --quick         # every part shortened (about 5 minutes)
    python bench/hardening.py --only fuzz,store --json bench/out/hardening.json

Each part is its own script (run it alone for its details) that writes a JSON summary
with the same keys: ``inputs`` (what it tried), ``crashes`` (failures that were not a
clear per-document error), ``lost`` (documents that went in and came out neither stored
nor reported) and, for the store, ``inconsistencies`` (problems the store checker found
after kills, disk-full and concurrent ingests).  This script runs them in turn, prints one
table, writes ``bench/hardening-report.md`` (the figures the README quotes) and exits 1
when any crash, loss or inconsistency was seen.
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = HERE / "hardening-report.md"


@dataclass(frozen=True)
class Part:
    name: str
    script: str
    what: str
    quick: tuple[str, ...] = ("--quick",)
    full: tuple[str, ...] = ()


PARTS = (
    Part("fuzz", "harden_fuzz.py",
         "readers and coder under hostile input (hypothesis; XML bombs, truncated WARC/gzip, "
         "invalid UTF-8, 10 MB sentence, 100,000 tiny documents, mixed scripts)"),
    Part("limits", "harden_limits.py",
         "per-document size and time limits; memory while streaming a 5 GB input"),
    Part("store", "harden_store.py",
         "kill -9 during ingest, concurrent ingests, disk full, migrations from every release"),
    Part("load", "load_serve.py",
         "mixed reads and article posts against `entente serve` on loopback",
         quick=("--quick",), full=("--minutes", "10")),
)


def run_part(part: Part, quick: bool, out_dir: Path) -> dict:
    """Run one part's script; its JSON summary, or a crash record if it produced none."""
    path = out_dir / f"{part.name}.json"
    cmd = [sys.executable, str(HERE / part.script), *(part.quick if quick else part.full),
           "--json", str(path)]
    print(f"== {part.name}: {' '.join(cmd[1:])}", flush=True)
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=HERE.parent)
    seconds = round(time.monotonic() - started, 1)
    if not path.exists():
        return {"inputs": 0, "crashes": 1, "lost": 0, "seconds": seconds,
                "error": f"{part.script} exited {proc.returncode} without a summary"}
    summary = json.loads(path.read_text())
    summary["seconds"] = seconds
    summary["exit"] = proc.returncode
    return summary


def table(results: dict[str, dict]) -> list[str]:
    rows = ["| part | inputs tried | crashes | documents lost | store inconsistencies | seconds |",
            "|---|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        rows.append(f"| {name} | {r.get('inputs', 0):,} | {r.get('crashes', 0)} | "
                    f"{r.get('lost', 0)} | {r.get('inconsistencies', 0)} | {r.get('seconds', 0)} |")
    total = {k: sum(r.get(k, 0) for r in results.values())
             for k in ("inputs", "crashes", "lost", "inconsistencies")}
    rows.append(f"| **all** | **{total['inputs']:,}** | **{total['crashes']}** | "
                f"**{total['lost']}** | **{total['inconsistencies']}** | |")
    return rows


def details(results: dict[str, dict]) -> list[str]:
    lines = []
    load = results.get("load")
    if load and "throughput_rps" in load:
        lines += ["", "Load (`entente serve`, loopback, mixed reads and article posts):", "",
                  f"- {load.get('minutes', '?')} minutes, {load.get('inputs', 0):,} requests, "
                  f"{load['throughput_rps']} requests/s",
                  f"- latency p50 {load.get('p50_ms')} ms, p99 {load.get('p99_ms')} ms",
                  f"- errors {load.get('errors', 0)}, server failures {load.get('crashes', 0)}, "
                  f"posted articles missing afterwards {load.get('lost', 0)}"]
    limits = results.get("limits")
    if limits and "peak_rss_mb" in limits:
        lines += ["", "Memory while streaming:", "",
                  f"- {limits.get('bytes_streamed', 0) / 1e9:.2f} GB streamed, peak RSS "
                  f"{limits['peak_rss_mb']} MB, growth {limits.get('rss_growth_mb')} MB"]
    store = results.get("store")
    if store and "kills" in store:
        lines += ["", f"Store: {store['kills']} kill -9 during ingest, each followed by the "
                      f"consistency check; {store.get('inconsistencies', 0)} problems found."]
    errors = [f"- {n}: {r['error']}" for n, r in results.items() if r.get("error")]
    if errors:
        lines += ["", "Parts that failed to report:", "", *errors]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="shortened runs (minutes, not half an hour)")
    ap.add_argument("--only", help="comma-separated parts: " + ",".join(p.name for p in PARTS))
    ap.add_argument("--json", help="also write every part's summary here")
    ap.add_argument("--no-report", action="store_true", help=f"do not rewrite {REPORT.name}")
    args = ap.parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else {p.name for p in PARTS}
    unknown = wanted - {p.name for p in PARTS}
    if unknown:
        ap.error(f"unknown part(s) {', '.join(sorted(unknown))}; choose from "
                 + ", ".join(p.name for p in PARTS))
    with tempfile.TemporaryDirectory(prefix="entente-hardening-") as tmp:
        results = {p.name: run_part(p, args.quick, Path(tmp)) for p in PARTS if p.name in wanted}
    lines = table(results) + details(results)
    print("\n".join(lines))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, indent=2))
    if not args.no_report:
        when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        head = [f"# Hardening report", "",
                f"Regenerate: `python bench/hardening.py{' --quick' if args.quick else ''}` "
                f"({when}, {platform.machine()}, {platform.python_version()}, "
                f"{'quick' if args.quick else 'full'} run).", ""]
        body = [f"- **{p.name}**: {p.what}" for p in PARTS if p.name in results]
        REPORT.write_text("\n".join(head + body + [""] + lines) + "\n")
    bad = sum(r.get(k, 0) for r in results.values() for k in ("crashes", "lost", "inconsistencies"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
