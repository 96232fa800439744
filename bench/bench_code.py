"""Throughput of entente's full coding against bare spaCy, on the same texts.

    python bench/bench_code.py                 # ~20,000 words, best of 3
    python bench/bench_code.py --repeat 5 --json
    python bench/bench_code.py --min-ratio 0.75   # exit 1 when entente is slower than that
    python bench/bench_code.py --repeat 7 --min-median-ratio 0.75   # the same, by the median pair

Both halves use the same loaded pipeline (``entente.nlp.get_nlp()``) and batch size:
``nlp.pipe(texts)`` is the floor, ``Pipeline().code_many(documents)`` is what a user gets.
Words are whitespace-separated tokens.  The halves run in pairs, one right after the
other (which goes first alternates), so that both see the same load on a shared machine;
besides the best of each half, the median of the pairs' own ratios is reported, in wall
and in CPU seconds.  See bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from entente.errors import InputError  # noqa: E402
from entente.nlp import get_nlp, model_name  # noqa: E402
from entente.pipeline import Pipeline  # noqa: E402
from entente.records import Document  # noqa: E402

SEED = "seed/zawahiri-alliance-2015-11-02.txt"


def find_seed() -> Path | None:
    """The origin article, from shared/ beside the checkout or inside it (never copied here)."""
    for base in (ROOT.parent / "shared", ROOT / "shared"):
        if (base / SEED).is_file():
            return base / SEED
    return None


def load_texts(use_seed: bool = True) -> list[tuple[str, str, str | None]]:
    """(name, text, published) for bench/texts/*.txt and, when present, the seed."""
    texts = [(p.stem, p.read_text(encoding="utf-8"), None)
             for p in sorted((HERE / "texts").glob("*.txt"))]
    seed = find_seed() if use_seed else None
    if seed:
        texts.insert(0, ("seed", seed.read_text(encoding="utf-8"), "2015-11-02"))
    return texts


def corpus(texts: list[tuple[str, str, str | None]], words: int) -> list[Document]:
    """Cycle through the texts until about ``words`` words; each copy is its own document."""
    docs, total, k = [], 0, 0
    while total < words:
        name, text, published = texts[k % len(texts)]
        docs.append(Document.create(f"{name}#{k // len(texts)}", text, published=published))
        total += len(text.split())
        k += 1
    return docs


def time_spacy(nlp, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Wall and CPU seconds of bare ``nlp.pipe``."""
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0, time.process_time() - c0


def time_entente(pipeline: Pipeline, docs: list[Document],
                 batch_size: int) -> tuple[float, float, int]:
    """Wall and CPU seconds of ``code_many``, and how many documents failed."""
    t0, c0 = time.perf_counter(), time.process_time()
    errors = sum(isinstance(r, InputError) for r in pipeline.code_many(docs, batch_size=batch_size))
    return time.perf_counter() - t0, time.process_time() - c0, errors


def median_ratio(spacy_s: list[float], entente_s: list[float]) -> float | None:
    """The median over the pairs of runs of spaCy's seconds / entente's seconds."""
    pairs = [s / e for s, e in zip(spacy_s, entente_s) if e > 0]
    return statistics.median(pairs) if pairs else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each half (best is kept)")
    ap.add_argument("--words", type=int, default=20_000, help="words per run (default 20000)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-seed", action="store_true", help="leave the seed article out")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--min-ratio", type=float, default=None,
                    help="exit 1 if entente/spaCy words per second is below this")
    ap.add_argument("--min-median-ratio", type=float, default=None,
                    help="exit 1 if the median of the pairs' wall-clock ratios is below this")
    args = ap.parse_args(argv)

    texts = load_texts(use_seed=not args.no_seed)
    if not texts:
        print(f"no texts in {HERE / 'texts'}", file=sys.stderr)
        return 2
    docs = corpus(texts, args.words)
    raw = [d.text for d in docs]
    n_words = sum(len(t.split()) for t in raw)
    nlp = get_nlp()
    pipeline = Pipeline(nlp=nlp)

    # warm-up: load lazy resources (knowledge base, lexicons, vectors) outside the clock
    for _ in nlp.pipe(raw[:len(texts)], batch_size=args.batch_size):
        pass
    entente_error: str | None = None
    try:
        list(pipeline.code_many(docs[:len(texts)], batch_size=args.batch_size))
    except NotImplementedError:
        entente_error = "Pipeline.code_many is not implemented yet"

    spacy_s, entente_s, spacy_cpu, entente_cpu, errors = [], [], [], [], 0
    for k in range(max(1, args.repeat)):   # in pairs, so that drift hits both halves alike;
        halves = ["spacy", "entente"] if entente_error is None else ["spacy"]
        for half in halves if k % 2 == 0 else halves[::-1]:  # which goes first alternates
            if half == "spacy":
                wall, cpu = time_spacy(nlp, raw, args.batch_size)
                spacy_s.append(wall)
                spacy_cpu.append(cpu)
            else:
                wall, cpu, errors = time_entente(pipeline, docs, args.batch_size)
                entente_s.append(wall)
                entente_cpu.append(cpu)

    spacy_wps = n_words / min(spacy_s)
    entente_wps = n_words / min(entente_s) if entente_s else None
    ratio = entente_wps / spacy_wps if entente_wps else None
    median = median_ratio(spacy_s, entente_s)
    median_cpu = median_ratio(spacy_cpu, entente_cpu)
    import spacy
    result = {
        "texts": [name for name, _, _ in texts], "documents": len(docs), "words": n_words,
        "model": model_name(), "spacy_version": spacy.__version__, "batch_size": args.batch_size,
        "repeat": len(spacy_s), "python": platform.python_version(), "cpus": os.cpu_count(),
        "spacy_seconds": [round(s, 4) for s in spacy_s],
        "entente_seconds": [round(s, 4) for s in entente_s],
        "spacy_words_per_second": round(spacy_wps, 1),
        "entente_words_per_second": round(entente_wps, 1) if entente_wps else None,
        "ratio": round(ratio, 4) if ratio else None, "target_ratio": 0.75,
        "spacy_cpu_seconds": [round(s, 4) for s in spacy_cpu],
        "entente_cpu_seconds": [round(s, 4) for s in entente_cpu],
        "pair_ratios": [round(s / e, 4) for s, e in zip(spacy_s, entente_s)],
        "median_pair_ratio": round(median, 4) if median else None,
        "median_pair_cpu_ratio": round(median_cpu, 4) if median_cpu else None,
        "entente_errors": errors, "entente_unavailable": entente_error,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"texts: {len(texts)} distinct ({', '.join(result['texts'])}), {len(docs)} documents, "
              f"{n_words:,} words; model {model_name()}, spaCy {spacy.__version__}, "
              f"batch {args.batch_size}, best of {len(spacy_s)}")
        print(f"spaCy nlp.pipe          {spacy_wps:>10,.0f} words/s  ({min(spacy_s):.2f} s)")
        if entente_wps:
            print(f"entente code_many       {entente_wps:>10,.0f} words/s  ({min(entente_s):.2f} s, "
                  f"{errors} document errors)")
            print(f"ratio entente / spaCy   {ratio:>10.2f}         (target >= 0.75; best of each half)")
            print(f"median of pair ratios   {median:>10.2f}         (wall; CPU {median_cpu:.2f}; "
                  f"pairs {', '.join(f'{s / e:.2f}' for s, e in zip(spacy_s, entente_s))})")
        else:
            print(f"entente code_many       not measured: {entente_error}")
    if args.min_ratio is not None and (ratio is None or ratio < args.min_ratio):
        return 1
    if args.min_median_ratio is not None and (median is None or median < args.min_median_ratio):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
