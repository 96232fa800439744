"""Throughput of a full ingest (read JSON Lines -> dedupe -> code -> store in SQLite) against
bare spaCy on the same articles, with one worker and with several.

    python bench/bench_ingest.py                      # 5,000 generated articles, 1 and 2 workers
    python bench/bench_ingest.py --articles 500 --workers 1 2 4 --json

The articles come from ``entente.batch.synthetic`` (wire-style stories of about 290
words, seeded, no duplicates among them).  "bare spaCy" is ``nlp.pipe`` over the texts
in this process, with the model already loaded; a one-worker ingest runs in this process
with the model already loaded too; an N-worker ingest includes starting its worker
processes (each loads the model).  Every run writes a new SQLite store.  Words are
whitespace-separated tokens.  Results go to stdout and ``bench/out/ingest.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from entente.batch import ingest  # noqa: E402
from entente.batch.synthetic import corpus  # noqa: E402
from entente.nlp import get_nlp, model_name  # noqa: E402
from entente.pipeline import Pipeline  # noqa: E402
from entente.read import read_inputs  # noqa: E402
from entente.store import Store  # noqa: E402

TARGET_SINGLE = 0.75        # a one-worker ingest within 25% of bare spaCy
TARGET_SCALING = 1.7        # two workers at least 1.7x one


def write_corpus(path: Path, n: int, seed: int) -> tuple[int, int]:
    """The generated articles as JSON Lines; returns (articles, words)."""
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for doc in corpus(n, seed=seed):
            words += len(doc.text.split())
            out.write(json.dumps({"id": doc.id, "text": doc.text, "date": doc.published,
                                  "title": doc.title, "url": doc.url, "source": doc.source},
                                 ensure_ascii=False) + "\n")
    return n, words


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (worker processes)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def time_spacy(nlp, texts: list[str], batch_size: int) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0, cpu_seconds() - c0


def time_ingest(source: Path, folder: Path, workers: int, batch_size: int,
                pipeline: Pipeline) -> tuple[float, float, dict]:
    db = folder / f"ingest-{workers}w-{time.monotonic_ns()}.db"
    t0, c0 = time.perf_counter(), cpu_seconds()
    with Store(str(db)) as store:
        report = ingest(read_inputs([str(source)]), store, workers=workers,
                        batch_size=batch_size, pipeline=pipeline if workers == 1 else None)
        counts = store.counts()
    seconds, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    db.unlink(missing_ok=True)
    return seconds, cpu, {**report.to_dict(), "counts": counts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "ingest.json")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="entente-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "corpus.jsonl"
        n_docs, n_words = write_corpus(source, args.articles, args.seed)
        texts = [json.loads(line)["text"] for line in open(source, encoding="utf-8")]
        nlp = get_nlp()
        pipeline = Pipeline(nlp=nlp)
        list(pipeline.code_many(list(read_inputs([str(source)]))[:32]))   # warm-up, unclocked
        load_before = os.getloadavg()[0]
        spacy_s, spacy_cpu = time_spacy(nlp, texts, args.batch_size)
        runs = {}
        for w in args.workers:
            seconds, cpu, report = time_ingest(source, folder, w, args.batch_size, pipeline)
            runs[w] = {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                       "cpu_ms_per_doc": round(cpu / n_docs * 1000, 2),
                       "docs_per_s": round(n_docs / seconds, 2),
                       "words_per_s": round(n_words / seconds, 1),
                       "articles_per_day": int(n_docs / seconds * 86400), "report": report}
            print(f"  {w} worker(s): {seconds:.1f} s", file=sys.stderr)

    import spacy
    spacy_dps, spacy_wps = n_docs / spacy_s, n_words / spacy_s
    one = runs.get(1)
    result = {
        "articles": n_docs, "words": n_words, "words_per_article": round(n_words / n_docs, 1),
        "model": model_name(), "spacy_version": spacy.__version__,
        "batch_size": args.batch_size, "python": platform.python_version(),
        "cpus": os.cpu_count(), "machine": platform.machine(),
        "spacy": {"seconds": round(spacy_s, 2), "cpu_seconds": round(spacy_cpu, 2),
                  "cpu_ms_per_doc": round(spacy_cpu / n_docs * 1000, 2),
                  "docs_per_s": round(spacy_dps, 2), "words_per_s": round(spacy_wps, 1)},
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "cpu_ratio_single_vs_spacy": (round(spacy_cpu / runs[1]["cpu_seconds"], 3)
                                      if 1 in runs else None),
        "ingest": {str(w): r for w, r in runs.items()},
        "ratio_single_vs_spacy": round(one["docs_per_s"] / spacy_dps, 3) if one else None,
        "scaling": {str(w): round(r["docs_per_s"] / one["docs_per_s"], 3)
                    for w, r in runs.items()} if one else {},
        "targets": {"single_vs_spacy": TARGET_SINGLE, "two_vs_one": TARGET_SCALING},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{n_docs:,} generated articles, {n_words:,} words ({n_words / n_docs:.0f} a "
          f"article); model {model_name()}, spaCy {spacy.__version__}, batch {args.batch_size}, "
          f"{os.cpu_count()} CPUs")
    print(f"{'':24}{'docs/s':>10}{'words/s':>11}{'vs spaCy':>10}{'vs 1 worker':>13}"
          f"{'articles/day':>15}")
    print(f"{'bare spaCy nlp.pipe':24}{spacy_dps:>10.1f}{spacy_wps:>11,.0f}{1:>10.2f}{'':>13}"
          f"{int(spacy_dps * 86400):>15,}")
    for w, r in runs.items():
        scale = f"{r['docs_per_s'] / one['docs_per_s']:.2f}" if one else ""
        print(f"{f'ingest, {w} worker(s)':24}{r['docs_per_s']:>10.1f}{r['words_per_s']:>11,.0f}"
              f"{r['docs_per_s'] / spacy_dps:>10.2f}{scale:>13}{r['articles_per_day']:>15,}")
    print(f"CPU per article: bare spaCy {result['spacy']['cpu_ms_per_doc']:.1f} ms; "
          + "; ".join(f"{w} worker(s) {r['cpu_ms_per_doc']:.1f} ms" for w, r in runs.items())
          + f"  (load average {result['load_average_before']} before, "
            f"{result['load_average_after']} after)")
    if one:
        print(f"one-worker ingest / bare spaCy = {result['ratio_single_vs_spacy']:.2f} "
              f"(target >= {TARGET_SINGLE}); by CPU time "
              f"{result['cpu_ratio_single_vs_spacy']:.2f}")
        if "2" in result["scaling"]:
            print(f"two workers / one worker = {result['scaling']['2']:.2f} "
                  f"(target >= {TARGET_SCALING})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
