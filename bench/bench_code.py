"""Throughput of entente's full coding against bare spaCy, on the same texts.

    python bench/bench_code.py                 # ~20,000 words, best of 3
    python bench/bench_code.py --repeat 5 --json
    python bench/bench_code.py --min-ratio 0.75   # exit 1 when entente is slower than that

Both halves use the same loaded pipeline (``entente.nlp.get_nlp()``) and batch size:
``nlp.pipe(texts)`` is the floor, ``Pipeline().code_many(documents)`` is what a user gets.
Words are whitespace-separated tokens. See bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
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


def time_spacy(nlp, texts: list[str], batch_size: int) -> float:
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0


def time_entente(pipeline: Pipeline, docs: list[Document], batch_size: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    errors = sum(isinstance(r, InputError) for r in pipeline.code_many(docs, batch_size=batch_size))
    return time.perf_counter() - t0, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each half (best is kept)")
    ap.add_argument("--words", type=int, default=20_000, help="words per run (default 20000)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-seed", action="store_true", help="leave the seed article out")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--min-ratio", type=float, default=None,
                    help="exit 1 if entente/spaCy words per second is below this")
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

    spacy_s, entente_s, errors = [], [], 0
    for _ in range(max(1, args.repeat)):            # interleaved, so drift hits both halves
        spacy_s.append(time_spacy(nlp, raw, args.batch_size))
        if entente_error is None:
            seconds, errors = time_entente(pipeline, docs, args.batch_size)
            entente_s.append(seconds)

    spacy_wps = n_words / min(spacy_s)
    entente_wps = n_words / min(entente_s) if entente_s else None
    ratio = entente_wps / spacy_wps if entente_wps else None
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
            print(f"ratio entente / spaCy   {ratio:>10.2f}         (target >= 0.75)")
        else:
            print(f"entente code_many       not measured: {entente_error}")
    if args.min_ratio is not None and (ratio is None or ratio < args.min_ratio):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
