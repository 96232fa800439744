"""Score entente on the PLOVER gold-standard records (shared/data/plover-gsr-dev): one
event per sentence, written by others, never tuned to.  Prints recall of the event type,
of type + source actor, of type + source + target, and precision of coded events.

    python eval/plover_gsr.py [--data ../shared/data/plover-gsr-dev] [--json] [--verbose]

--verbose prints, for each record not fully right, the sentence, the gold event with its
source and target, and what entente coded.

An actor matches the record's code by id, by its country (a person or a ministry counts
for its state) or as 'IGO'. The records use CAMEO country codes; where these differ from
ISO alpha-3 (a handful: e.g. JAP) a match is missed, so actor figures are lower bounds.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from entente.pipeline import Pipeline
from entente.records import Document

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover-gsr-dev"


def _codes(coded) -> dict[str, set[str]]:
    """The codes a gold record may use for each coded actor: its id, its country, and
    'IGO' for intergovernmental organisations (as the CAMEO-era records do)."""
    out = {}
    for a in coded.actors:
        out[a.id] = {a.id} | ({a.country} if a.country else set()) | (
            {"IGO"} if a.type == "igo" else set())
    return out


def _show(g: dict, text: str, doc, missed: str) -> None:
    """One record missed on `missed` (type, source or target): the sentence, the gold
    reading and every event entente coded for it."""
    def who(xs):
        return ", ".join(f"{x['text']}={x['code']}" for x in xs) or "-"
    ok = "/".join(sorted(set(g.get("accept") or []) | {g["event"]}))
    print(f"\n[{missed}] {g['doc_id']} {text}")
    print(f"  gold  {ok} '{g.get('event_text')}' {who(g['source'])} -> {who(g['target'])}")
    for e in doc.events:
        print(f"  coded {e.event} '{e.evidence.text}' {[r.id for r in e.actor]}"
              f" -> {[r.id for r in e.recipient]}")
    if not doc.events:
        print("  coded nothing")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="print each record missed on type, source or target")
    a = ap.parse_args(argv)
    if not (a.data / "gold.jsonl").exists():
        print(f"no PLOVER gold records at {a.data}; skipping", file=sys.stderr)
        return 0
    docs = [json.loads(line) for line in open(a.data / "docs.jsonl", encoding="utf-8")]
    gold = [json.loads(line) for line in open(a.data / "gold.jsonl", encoding="utf-8")]
    coded = {c.document.id: c for c in Pipeline().code_many(
        Document.create(d["id"], d["text"], published=d.get("date")) for d in docs)}
    n = len(gold)
    by_type = by_source = by_both = 0
    texts = {d["id"]: d["text"] for d in docs}
    for g in gold:
        ok = set(g.get("accept") or []) | {g["event"]}
        src = {s["code"] for s in g["source"]} | {s.get("country") for s in g["source"]}
        tgt = {t["code"] for t in g["target"]} | {t.get("country") for t in g["target"]}
        doc = coded[g["doc_id"]]
        codes = _codes(doc)
        events = [e for e in doc.events if e.event in ok]
        by_type += bool(events)
        with_source = [e for e in events if any(codes[r.id] & src for r in e.actor)]
        by_source += bool(with_source)
        both = any(not tgt or any(codes[r.id] & tgt for r in e.recipient)
                   for e in with_source)
        by_both += both
        if a.verbose and not both:
            _show(g, texts[g["doc_id"]], doc, "type" if not events else
                  "source" if not with_source else "target")
    gold_types = {}
    for g in gold:
        gold_types.setdefault(g["doc_id"], set()).update(set(g.get("accept") or []) | {g["event"]})
    coded_events = [e for c in coded.values() for e in c.events]
    right = sum(e.event in gold_types.get(e.doc_id, ()) for e in coded_events)
    report = {"sentences": len(docs), "gold_events": n, "coded_events": len(coded_events),
              "type_recall": round(by_type / n, 3),
              "type_source_recall": round(by_source / n, 3),
              "type_source_target_recall": round(by_both / n, 3),
              "type_precision": round(right / len(coded_events), 3) if coded_events else 0.0}
    if a.json:
        print(json.dumps(report, indent=2))
    else:
        for k, v in report.items():
            print(f"{k:28} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
