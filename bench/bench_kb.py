"""The actor knowledge base: how long it takes to load, how big it is, and what share of
coding time actor resolution takes, on the texts of bench/texts (and the seed, if present).

    python bench/bench_kb.py                 # load time (best of 5), resolution share
    python bench/bench_kb.py --json
    python bench/bench_kb.py --max-load 1.0 --max-share 0.10   # exit 1 above either

Load: the packaged YAML files read and checked from scratch (the in-process cache cleared),
plus building the surface index. Matcher: building the resolver's phrase matchers for a
spaCy vocabulary, done once per pipeline. Resolution: finding and resolving the actor
mentions of already parsed documents, coreference included (ActorResolver.resolve and
resolve_coreference), as a share of the whole coding time of the same documents
(Pipeline.code_many: parse, actors, quotes, dates, events, ties).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from entente.actors import kb as kbmod  # noqa: E402


def time_load(repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        kbmod._packaged_kb.cache_clear()
        kbmod.packaged_sectors.cache_clear()
        kbmod._normalise.cache_clear()
        t0 = time.perf_counter()
        kbmod.load_kb(env=False)
        out.append(time.perf_counter() - t0)
    return out


def coverage(kb) -> dict:
    types = Counter(e.type for e in kb.entries.values())
    files = Counter(e.source.rsplit(":", 1)[0].rsplit("/", 1)[-1] for e in kb.entries.values())
    return {
        "entries": len(kb), "by_type": dict(types.most_common()), "by_file": dict(files.most_common()),
        "non_state_actors": sum(types[t] for t in ("armed_group", "party", "media", "company",
                                                    "ngo", "other")),
        "surfaces": sum(1 for _ in kb.surfaces()),
        "dated_roles": sum(len(e.roles) for e in kb.entries.values() if e.type == "person"),
        "wikidata": sum(1 for e in kb.entries.values() if e.wikidata),
        "sector_words": len(kb.sector_words()), "titles": len(kb.titles()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="loads and coding runs (best is kept)")
    ap.add_argument("--words", type=int, default=20_000, help="words coded per run")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--max-load", type=float, default=None, help="exit 1 if loading takes longer (s)")
    ap.add_argument("--max-share", type=float, default=None,
                    help="exit 1 if resolution takes a larger share of coding time")
    args = ap.parse_args(argv)

    loads = time_load(max(1, args.repeat))
    kb = kbmod.load_kb(env=False)

    from bench_code import corpus, load_texts
    from entente.actors.coref import resolve_coreference
    from entente.nlp import get_nlp, model_name
    from entente.pipeline import Pipeline

    nlp = get_nlp()
    pipeline = Pipeline(nlp=nlp, kb=kb)
    t0 = time.perf_counter()
    resolver = pipeline.resolver                     # builds the phrase matchers
    matcher_s = time.perf_counter() - t0
    docs = corpus(load_texts(), args.words)
    n_words = sum(len(d.text.split()) for d in docs)
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=32))
    list(pipeline.code_many(docs[:8]))               # warm-up

    resolve_s, coding_s = [], []
    for _ in range(max(1, min(args.repeat, 3))):
        t0 = time.perf_counter()
        for document, doc in zip(docs, parsed):
            found = resolver.resolve(doc, document.published)
            resolve_coreference(doc, found, resolver)
        resolve_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _result in pipeline.code_many(docs, batch_size=32):
            pass
        coding_s.append(time.perf_counter() - t0)
    share = min(resolve_s) / min(coding_s)

    result = {
        "load_seconds_best": round(min(loads), 4), "load_seconds_first": round(loads[0], 4),
        "load_seconds": [round(s, 4) for s in loads], "matcher_build_seconds": round(matcher_s, 4),
        "documents": len(docs), "words": n_words, "model": model_name(),
        "resolution_seconds": round(min(resolve_s), 4), "coding_seconds": round(min(coding_s), 4),
        "resolution_share_of_coding": round(share, 4),
        "python": platform.python_version(), "cpus": os.cpu_count(), **coverage(kb),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        c = result
        print(f"knowledge base: {c['entries']:,} entries ({c['non_state_actors']} non-state actors), "
              f"{c['surfaces']:,} surface forms, {c['dated_roles']} dated roles of persons, "
              f"{c['sector_words']} sector words, {c['titles']} titles and synonyms")
        print("  by type: " + ", ".join(f"{t} {n}" for t, n in c["by_type"].items()))
        print(f"load (read, check, index)   {min(loads):7.3f} s best of {len(loads)} "
              f"(first {loads[0]:.3f} s)")
        print(f"phrase matchers, once       {matcher_s:7.3f} s")
        print(f"resolution + coreference    {min(resolve_s):7.3f} s for {len(docs)} documents, "
              f"{n_words:,} words")
        print(f"whole coding (code_many)    {min(coding_s):7.3f} s")
        print(f"resolution share of coding  {share:7.1%}   (target < 10%)")
    failed = ((args.max_load is not None and min(loads) > args.max_load)
              or (args.max_share is not None and share > args.max_share))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
