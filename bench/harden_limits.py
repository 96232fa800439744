"""Resource bounds, measured: pathological documents stay within their limits, and memory
stays flat while a multi-gigabyte input streams through an ingest.

    python bench/harden_limits.py                     # 5 GB streamed (~30-60 min on 2 cores)
    python bench/harden_limits.py --quick             # about a minute: 100 MB, small cases
    python bench/harden_limits.py --gb 1 --sample-docs 200 --json bench/out/limits.json

Three parts, each in this process, with RSS sampled (psutil) every 0.2 s (they run in
the order sample, pathological, stream):

1. **pathological**: documents built to stall a coder (a 10 MB "sentence" with no
   boundary, a megabyte without a space, 300,000 one-letter sentences, a wall of
   quotations, of entities, of parentheses, of numbers, of emoji...) each coded in a batch
   between two real articles (``Pipeline.code_many``, default limits unless
   ``--max-seconds``/``--max-chars``), then all of them ingested into a new SQLite store.
   Checked: no exception escapes (crashes), every input has an outcome (lost), the real
   articles are coded, each document took at most its time limit (plus the parse of one
   piece, which the alarm cannot cut), and the store holds exactly the coded documents.
2. **stream**: ``--gb`` of generated JSON Lines (wire-style articles, ~2.4 KB each, all
   different) written by a child process into a pipe, read from standard input by
   ``read_inputs`` and run through ``ingest``: batching, exact and near-duplicate checks
   (MinHash signatures of every document) and the bookkeeping of pending documents.  The
   coder is a stand-in that returns each document uncoded (coding 5 GB takes days) and
   the store one that keeps nothing (writing 5 GB to SQLite measures the disk): what is
   measured is what the ingest itself holds.  RSS after 10% of the bytes is compared with
   RSS at the end (``rss_growth_mb``).
3. **sample**: ``--sample-docs`` generated articles, each with a few words never seen
   before (names, figures: news has an open vocabulary), fully coded and stored in SQLite
   by a real ingest (one worker, this process); RSS at 50% of them against the end (the
   first hundred documents still fill caches), and the growth of spaCy's vocabulary.

``--json PATH`` writes {"inputs", "crashes", "lost", "inconsistencies", "seconds",
"peak_rss_mb", "rss_growth_mb", "bytes_streamed", ...} (the keys other hardening benches
write too) with each part's details.  Exit status 1 when something crashed, was lost, overran its limit, or memory grew
by more than ``--max-growth-mb`` (default 64) in the stream.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from entente.batch import Reporter, ingest  # noqa: E402
from entente.batch.synthetic import corpus  # noqa: E402
from entente.errors import InputError  # noqa: E402
from entente.limits import Limits  # noqa: E402
from entente.records import CodedDocument, Document  # noqa: E402

MB = 1024 * 1024
SEED_ARTICLE = "seed/zawahiri-alliance-2015-11-02.txt"
EXAMPLE = ROOT / "examples" / "truce-talks-2019-03-18.txt"


# -- memory --------------------------------------------------------------------------------
class RssSampler:
    """This process's RSS every ``every`` seconds, with the value of ``progress()`` then."""

    def __init__(self, progress: Callable[[], float], every: float = 0.2):
        self.progress, self.every = progress, every
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._proc = psutil.Process()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "RssSampler":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.sample()

    def sample(self) -> None:
        self.samples.append((self.progress(), self._proc.memory_info().rss))

    def at(self, fraction: float) -> int:
        """RSS at the first sample taken once ``progress()`` reached ``fraction`` of the
        last sample's progress."""
        end = self.samples[-1][0] or 1
        return next(rss for done, rss in self.samples if done >= fraction * end)

    def peak(self) -> int:
        return max(rss for _, rss in self.samples)


def mb(n: float) -> float:
    return round(n / MB, 1)


# -- 1. pathological documents ---------------------------------------------------------------
def pathological(scale: float) -> list[tuple[str, str]]:
    """(name, text) of documents made to be hard; ``scale`` 1 is full size (about 1 MB
    each, the 10 MB one apart)."""
    rng = random.Random(5)
    n = lambda full: max(1, int(full * scale))                       # noqa: E731
    emoji = [chr(c) for c in (*range(0x1F600, 0x1F650), *range(0x4E00, 0x4E80),
                              *range(0x0600, 0x0650), 0x200F, 0x0301)]
    return [
        ("10 MB sentence, no boundary", "and the talks went on " * n(480_000)),
        ("900k chars, one sentence", ("the minister met the envoy and " * n(30_000))),
        ("1M chars, no whitespace", "x" * n(999_999)),
        ("300k one-letter sentences", "A. " * n(300_000)),
        ("wall of quotations", '"We will not accept it," the minister said. ' * n(20_000)),
        ("wall of entities", "Russia, Ukraine, Syria, Turkey, Iran and NATO " * n(20_000)),
        ("deep parentheses", "(" * n(200_000) + "Russia attacked Ukraine." + ")" * n(200_000)),
        ("numbers", " ".join(str(rng.randrange(10 ** 9)) for _ in range(n(90_000)))),
        ("emoji, CJK, RTL, combining", "".join(rng.choice(emoji) for _ in range(n(400_000)))),
        ("article without blank lines", " ".join([_seed_text().replace("\n", " ")] * n(300))),
        ("blank lines only, then a sentence", "\n" * n(900_000) + "Russia attacked Ukraine."),
    ]


def _seed_text() -> str:
    for base in (ROOT.parent / "shared", ROOT / "shared"):
        if (base / SEED_ARTICLE).is_file():
            return (base / SEED_ARTICLE).read_text(encoding="utf-8")
    return EXAMPLE.read_text(encoding="utf-8")


def run_pathological(pipeline, limits: Limits, scale: float, tmp: Path) -> dict:
    from entente.store import Store

    before = Document.create("before", _seed_text(), published="2015-11-02")
    after = Document.create("after", EXAMPLE.read_text(encoding="utf-8"), published="2019-03-18")
    rows, crashes, lost, overran = [], 0, 0, 0
    bad_docs = [Document.create(f"bad-{i:02d}", text) for i, (_, text) in
                enumerate(pathological(scale))]
    for (name, text), doc in zip(pathological(scale), bad_docs):
        started = time.monotonic()
        try:
            results = list(pipeline.code_many([before, doc, after], limits=limits))
        except BaseException as exc:                                 # noqa: BLE001
            crashes += 1
            rows.append({"name": name, "chars": len(text), "outcome": f"crash: {exc!r}"})
            continue
        seconds = time.monotonic() - started
        got = {r.source if isinstance(r, InputError) else r.document.id: r for r in results}
        lost += 3 - len(got)
        outcome = got.get(doc.id)
        if isinstance(outcome, InputError):
            kind = ("refused" if "longer than" in outcome.message and "characters" in outcome.message
                    else "timed out" if "took longer" in outcome.message else "failed")
            if kind == "failed":
                crashes += 1                # an unexpected error, caught: still a bug
        else:
            kind = "coded" if outcome is not None else "lost"
        neighbours_ok = all(isinstance(got.get(d.id), CodedDocument) for d in (before, after))
        crashes += not neighbours_ok
        # the budget, the two articles' own time, and one piece's parse the alarm cannot cut
        if limits.max_seconds and seconds > limits.max_seconds + 30:
            overran += 1
        rows.append({"name": name, "chars": len(text), "outcome": kind, "seconds": round(seconds, 2),
                     "events": len(outcome.events) if isinstance(outcome, CodedDocument) else 0,
                     "message": outcome.message if isinstance(outcome, InputError) else None,
                     "neighbours_coded": neighbours_ok})
        print(f"  {name:<34} {len(text):>11,} chars  {kind:<9} {seconds:7.1f} s", flush=True)

    # the same documents in one ingest: the store holds exactly what was coded
    db = tmp / "pathological.db"
    docs = [before, *bad_docs, after]
    with Store(str(db)) as store:
        report = ingest(docs, store, pipeline=pipeline, batch_size=4, limits=limits,
                        near=False)     # "article without blank lines" is near the seed
        stored = {d.id for d in store.documents()}
    coded = {"before", "after"} | {d.id for d, r in zip(bad_docs, rows) if r["outcome"] == "coded"}
    return {"documents": len(rows) + 2, "crashes": crashes, "lost": lost, "overran": overran,
            "cases": rows, "ingest": report.to_dict(), "store_exact": stored == coded,
            "stored": sorted(stored)}


# -- 2. the stream ---------------------------------------------------------------------------
def generate(total: int, seed: int, out: io.BufferedIOBase) -> None:
    """JSON Lines of distinct wire-style articles, until ``total`` bytes are written."""
    rng = random.Random(seed)
    pool = []
    for doc in corpus(600, seed=seed):
        for para in doc.text.split("\n\n")[1:]:
            pool += [s.strip() + "." for s in para.split(". ") if len(s) > 20]
    written, i = 0, 0
    while written < total:
        sentences = rng.sample(pool, 18)
        paras = [" ".join(sentences[k:k + 3]) for k in range(0, 18, 3)]
        text = f"Report {i}\n\n" + "\n\n".join(paras)
        line = json.dumps({"id": f"stream-{i:09d}", "text": text,
                           "date": f"2015-{1 + i % 12:02d}-{1 + i % 28:02d}",
                           "source": rng.choice(("Reuters", "AFP", "AP", "BBC"))})
        data = (line + "\n").encode("utf-8")
        try:
            out.write(data)
        except BrokenPipeError:
            return
        written += len(data)
        i += 1
    out.flush()


class Counting(io.RawIOBase):
    """A readable stream that counts the bytes read through it."""

    def __init__(self, raw):
        self.raw, self.bytes = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.raw.readinto(buffer)
        self.bytes += n or 0
        return n or 0


class NullStore:
    """A store that keeps nothing (the stream measures the ingest, not the database)."""
    url = "null://"

    def lookup(self, ids, shas):
        return set(), {}

    def band_candidates(self, keys):
        return {}

    def save(self, coded, signature=None, near=None, **kwargs) -> bool:
        return True

    def add_duplicate(self, doc, of_id, kind, similarity) -> bool:
        return True


class NullCoder:
    """Gives each document back uncoded (no records), in order."""
    workers = 1

    def map(self, batches):
        for batch in batches:
            yield batch, [CodedDocument(doc, (), (), (), ()) for doc in batch]

    def close(self) -> None:
        pass


def run_stream(total: int) -> dict:
    from entente.read import read_inputs

    child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--generate",
                              str(total)], stdout=subprocess.PIPE, bufsize=0)
    counting = Counting(child.stdout)
    stdin = io.BufferedReader(counting, buffer_size=1 << 16)
    started = time.monotonic()
    crashes = 0
    with RssSampler(lambda: counting.bytes) as rss:
        try:
            report = ingest(read_inputs(["-"], stdin=stdin), NullStore(), coder=NullCoder(),
                            batch_size=16)
        except BaseException as exc:                                  # noqa: BLE001
            crashes, report = 1, None
            print(f"  stream crashed: {exc!r}", file=sys.stderr)
        finally:
            child.stdout.close()
            child.wait()
    seconds = time.monotonic() - started
    read = report.read if report else 0
    lost = max(0, read - report.done) if report else 0      # every document read has an outcome
    return {"bytes_streamed": counting.bytes, "documents": read, "seconds": round(seconds, 1),
            "mb_per_second": round(counting.bytes / MB / seconds, 2) if seconds else None,
            "crashes": crashes, "lost": lost, "report": report.to_dict() if report else None,
            "rss_start_mb": mb(rss.samples[0][1]), "rss_at_10pct_mb": mb(rss.at(0.1)),
            "rss_at_50pct_mb": mb(rss.at(0.5)), "rss_end_mb": mb(rss.samples[-1][1]),
            "peak_rss_mb": mb(rss.peak()), "rss_growth_mb": mb(rss.samples[-1][1] - rss.at(0.1))}


# -- 3. a coded sample -------------------------------------------------------------------------
class Counter(Reporter):
    def __init__(self):
        self.done = 0

    def advance(self, outcome: str, words: int = 0) -> None:
        self.done += 1


def run_sample(pipeline, n: int, limits: Limits, tmp: Path) -> dict:
    from entente.read import read_inputs
    from entente.store import Store

    rng = random.Random(11)
    path = tmp / "sample.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for doc in corpus(n, seed=23):
            name = "".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou")
                           for _ in range(4)).capitalize()
            extra = (f"{name} {rng.choice(['Okafor', 'Haddad', 'Novak', 'Tanaka'])}, a "
                     f"spokesman, said {rng.randrange(10 ** 6):,} people had fled since "
                     f"{rng.randrange(1990, 2015)}.")
            out.write(json.dumps({"id": doc.id, "text": doc.text + "\n\n" + extra,
                                  "date": doc.published, "source": doc.source}) + "\n")
    counter = Counter()
    strings_before = len(pipeline.nlp.vocab.strings)
    started = time.monotonic()
    with Store(str(tmp / "sample.db")) as store, RssSampler(lambda: counter.done) as rss:
        report = ingest(read_inputs([str(path)]), store, pipeline=pipeline, batch_size=16,
                        reporter=counter, limits=limits)
    # the first hundred or so documents still allocate (caches, the store's pages): growth
    # is measured over the second half
    return {"documents": n, "report": report.to_dict(), "seconds": round(time.monotonic() - started, 1),
            "lost": max(0, report.read - report.done),
            "rss_at_10pct_mb": mb(rss.at(0.1)), "rss_at_50pct_mb": mb(rss.at(0.5)),
            "rss_end_mb": mb(rss.samples[-1][1]), "peak_rss_mb": mb(rss.peak()),
            "rss_growth_mb": mb(rss.samples[-1][1] - rss.at(0.5)),
            "vocab_strings_added": len(pipeline.nlp.vocab.strings) - strings_before}


# -- the run -------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="about a minute: 100 MB, small cases")
    ap.add_argument("--gb", type=float, default=None, help="gigabytes to stream (default 5)")
    ap.add_argument("--sample-docs", type=int, default=None, help="documents coded in full "
                    "(default 1000; 40 with --quick)")
    ap.add_argument("--max-seconds", type=float, default=None, help="the time limit per "
                    "document (default: $ENTENTE_MAX_SECONDS or 120; 5 with --quick)")
    ap.add_argument("--max-chars", type=int, default=None, help="the length limit")
    ap.add_argument("--max-growth-mb", type=float, default=64.0)
    ap.add_argument("--skip", nargs="*", default=[], choices=["pathological", "stream", "sample"])
    ap.add_argument("--json", type=Path, default=None, help="write the results here")
    ap.add_argument("--generate", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.generate is not None:                    # the child that writes the stream
        generate(args.generate, seed=1, out=sys.stdout.buffer)
        return 0
    gb = args.gb if args.gb is not None else (0.1 if args.quick else 5.0)
    sample_docs = args.sample_docs if args.sample_docs is not None else (40 if args.quick else 1000)
    limits = Limits.from_env(max_chars=args.max_chars,
                             max_seconds=args.max_seconds if args.max_seconds is not None
                             else (5.0 if args.quick else None))
    scale = 0.03 if args.quick else 1.0
    out: dict = {"limits": {"max_chars": limits.max_chars, "max_seconds": limits.max_seconds},
                 "cpus": os.cpu_count(), "python": sys.version.split()[0]}

    from entente.pipeline import Pipeline
    started = time.monotonic()
    pipeline = Pipeline(limits=limits)
    pipeline.warm_up()
    with tempfile.TemporaryDirectory(prefix="entente-limits-") as tmp:
        # the sample first: the pathological documents' large allocations would blur it
        if "sample" not in args.skip:
            print(f"coded sample: {sample_docs} documents", flush=True)
            out["sample"] = run_sample(pipeline, sample_docs, limits, Path(tmp))
            s = out["sample"]
            print(f"  {s['seconds']} s; RSS {s['rss_at_10pct_mb']} MB after 10%, "
                  f"{s['rss_at_50pct_mb']} MB at 50%, {s['rss_end_mb']} MB at the end; "
                  f"+{s['vocab_strings_added']} spaCy strings", flush=True)
        if "pathological" not in args.skip:
            print(f"pathological documents (limits: {limits.max_chars} chars, "
                  f"{limits.max_seconds} s)", flush=True)
            out["pathological"] = run_pathological(pipeline, limits, scale, Path(tmp))
        if "stream" not in args.skip:
            print(f"stream: {gb} GB through read_inputs -> ingest (dedupe, batches)", flush=True)
            out["stream"] = run_stream(int(gb * 1024 ** 3))
            s = out["stream"]
            print(f"  {s['bytes_streamed'] / MB:,.0f} MB, {s['documents']:,} documents in "
                  f"{s['seconds']} s ({s['mb_per_second']} MB/s); RSS {s['rss_at_10pct_mb']} MB "
                  f"after 10%, {s['rss_at_50pct_mb']} MB at 50%, {s['rss_end_mb']} MB at the "
                  f"end, peak {s['peak_rss_mb']} MB")

    parts = [out[k] for k in ("pathological", "stream", "sample") if k in out]
    stream = out.get("stream", {})
    out.update({
        "inputs": sum(p.get("documents", 0) for p in parts),
        "crashes": sum(p.get("crashes", 0) for p in parts),
        "lost": sum(p.get("lost", 0) for p in parts),
        "inconsistencies": int(not out.get("pathological", {}).get("store_exact", True)),
        "seconds": round(time.monotonic() - started, 1),
        "overran": out.get("pathological", {}).get("overran", 0),
        "peak_rss_mb": max((p.get("peak_rss_mb", 0) for p in parts), default=0),
        "rss_growth_mb": stream.get("rss_growth_mb"),
        "bytes_streamed": stream.get("bytes_streamed", 0),
    })
    ok = (out["crashes"] == 0 and out["lost"] == 0 and out["overran"] == 0
          and out["inconsistencies"] == 0
          and (out["rss_growth_mb"] is None or out["rss_growth_mb"] <= args.max_growth_mb))
    out["ok"] = ok
    print(f"inputs {out['inputs']:,}, crashes {out['crashes']}, lost {out['lost']}, overran "
          f"{out['overran']}, peak RSS {out['peak_rss_mb']} MB, RSS growth in the stream "
          f"{out['rss_growth_mb']} MB, {out['bytes_streamed'] / MB:,.0f} MB streamed: "
          f"{'ok' if ok else 'FAILED'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
