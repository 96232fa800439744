"""Score coded documents against a gold set (``eval/*.gold.jsonl``, format in eval/README.md).

    gold = load_gold("eval/seed.gold.jsonl")
    report = score(gold, {"seed": coded_document})
    print(report.format_text())

or from the shell: ``python -m entente.evaluate eval/seed.gold.jsonl [--coded out.jsonl] [--json]``.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..records import CodedDocument, Document, record_from_dict
from .gold import (_sha, GoldActor, GoldDocument, GoldError, GoldEvent, GoldNegative, GoldQuote,
                   GoldRelation, GoldSet, load_gold)
from .score import PRF, EvalReport, Ratio, score, sentence_spans

__all__ = ["GoldActor", "GoldDocument", "GoldError", "GoldEvent", "GoldNegative", "GoldQuote",
           "GoldRelation", "GoldSet", "load_gold", "PRF", "EvalReport", "Ratio", "score",
           "sentence_spans", "code_gold", "run_eval", "load_coded", "main"]


def code_gold(gold: GoldSet, pipeline=None) -> dict[str, CodedDocument]:
    """Code every gold document that has its text with entente's pipeline."""
    from ..pipeline import Pipeline
    pipeline = pipeline or Pipeline()
    return {d.id: pipeline.code(Document.create(d.id, d.text, title=d.title, published=d.published))
            for d in gold.documents if d.text is not None}


def run_eval(path: str | Path, pipeline=None) -> EvalReport:
    """Load a gold file, code its documents (those whose text is present) and score them."""
    gold = load_gold(path, require_text=False)
    return score(gold, code_gold(gold, pipeline))


def load_coded(path: str | Path, gold: GoldSet | None = None) -> dict[str, CodedDocument]:
    """Read entente's JSON Lines output; documents are keyed by id, or by the gold
    document whose text has the same sha256 when ``gold`` is given."""
    parts: dict[str, dict[str, list]] = {}
    docs: dict[str, Document] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = record_from_dict(json.loads(line))
            if isinstance(rec, Document):
                docs[rec.id] = rec
            else:
                parts.setdefault(rec.doc_id, {}).setdefault(rec.kind + "s", []).append(rec)
    by_sha = {_sha(d.text): d.id for d in gold.documents if d.text is not None} if gold else {}
    return {by_sha.get(doc.sha256, key): CodedDocument(doc, **{k: tuple(v) for k, v in
                                                              parts.get(key, {}).items()})
            for key, doc in docs.items()}



def main(argv: list[str] | None = None) -> int:
    import argparse
    ap = argparse.ArgumentParser(prog="python -m entente.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("gold", help="gold JSON Lines file, e.g. eval/seed.gold.jsonl")
    ap.add_argument("--coded", help="score this entente JSON Lines output instead of coding now")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    try:
        gold = load_gold(args.gold, require_text=False)
    except GoldError as exc:
        print(f"error: {exc}")
        return 2
    coded = load_coded(args.coded, gold) if args.coded else code_gold(gold)
    report = score(gold, coded)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.format_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
