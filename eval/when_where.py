"""Score entente's event dates and places against eval/when_where.gold.jsonl.

    python eval/when_where.py                       # code the gold documents, print the figures
    python eval/when_where.py --misses              # and every wrong date or place
    python eval/when_where.py --json                # the figures as JSON

The gold set (written by hand, wire-style, across regions and decades) is JSON Lines;
lines starting with ``#`` are comments.

``{"kind":"document","id","published","text"}``  the article, inline.

``{"kind":"event","doc_id","anchor","event","accept","date","date_precision","enddate",
"date_window","country","place","place_precision","note"}``  one event:

* ``anchor``: the event's predicate words, occurring once in the document;
* ``event`` (+ ``accept``): the PLOVER type(s), used only to pair gold and coded events
  when a sentence holds several;
* ``date`` at ``date_precision`` (day | week | month | year), or null (not scored);
  ``date_window`` [first, last]: any coded day inside counts; ``enddate``: the end of a
  range the text gives (scored separately);
* ``country``: ISO alpha-3 (or a list of acceptable codes), or null (not scored);
* ``place`` (a name or list of acceptable names) and ``place_precision`` (city | admin1 |
  point | country, or a list): the city, province or region where the text gives one.

Two views are printed:

* **coded events** (the figures the README reports): each gold event is paired with an
  event entente coded in the anchor's sentence (same PLOVER type first, then in order);
  date, country and place are scored over the paired events, and the pairing rate is shown;
* **at the anchor**: entente's date and place logic applied to the anchor's predicate
  whether or not the coder codes an event there (what the time and place modules do on
  all gold events, independent of the coder's recall).

A date is right when it is the gold date at the gold precision (a week: a day or week
within 3 days; ``date_window``: a day inside the window).  A country is right when it is
one of the gold codes.  A place is right when the country is right, the coded location
carries coordinates and its text or gazetteer name is one of the gold names (accents,
case, "the" and "al-" ignored).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

GOLD = Path(__file__).with_name("when_where.gold.jsonl")


def load(path: Path = GOLD) -> tuple[dict[str, dict], list[dict]]:
    docs: dict[str, dict] = {}
    events: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rec = json.loads(line)
        if rec["kind"] == "document":
            docs[rec["id"]] = rec
        elif rec["kind"] == "event":
            text = docs[rec["doc_id"]]["text"]
            if text.count(rec["anchor"]) != 1:
                raise ValueError(f"{path}:{n}: anchor {rec['anchor']!r} must occur once")
            events.append(rec)
        else:
            raise ValueError(f"{path}:{n}: unknown kind {rec['kind']!r}")
    return docs, events


# -- judging one event -------------------------------------------------------------------
def _day(iso: str, end: bool = False) -> date:
    if len(iso) == 4:
        return date(int(iso), 12 if end else 1, 31 if end else 1)
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:7])
        if end:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(y, m, 1)
    return date.fromisoformat(iso[:10])


def date_right(gold: dict, coded: str | None, precision: str | None) -> bool:
    if not coded:
        return False
    if gold.get("date_window"):
        lo, hi = (date.fromisoformat(d) for d in gold["date_window"])
        if precision == "day":
            return lo <= _day(coded) <= hi
        return precision == "week" and (_day(coded) - hi).days <= 3 and (lo - _day(coded)).days <= 3
    want, prec = gold["date"], gold["date_precision"]
    if prec == "week":
        return precision in ("day", "week") and abs((_day(coded) - _day(want)).days) <= 3
    return precision == prec and coded == want


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[’'`ʿʾ]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"^(?:the|al|el|ar|as|ad|an|ash) ", "", text.strip())
    return re.sub(r" (?:city|province|state|region|governorate)$", "", text)


def place_right(gold: dict, loc) -> bool:
    if loc is None or loc.lat is None or not country_right(gold, loc):
        return False
    names = gold["place"] if isinstance(gold["place"], list) else [gold["place"]]
    got = {_fold(loc.text), _fold(loc.name or "")}
    if any(_fold(n) in got for n in names):
        return True
    # transliterations: "Deraa" / "Dar'a", "Hodeidah" / "Al Hudaydah" (same consonants)
    return any(len(_skeleton(n)) >= 2 and _skeleton(n) == _skeleton(loc.name or "")
               for n in names)


def _skeleton(name: str) -> str:
    k = re.sub(r"h\b", "", _fold(name))
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyw\s]", "", k))


def country_right(gold: dict, loc) -> bool:
    want = gold["country"] if isinstance(gold["country"], list) else [gold["country"]]
    return loc is not None and loc.country in want


def precision_right(gold: dict, loc) -> bool:
    want = gold["place_precision"]
    want = want if isinstance(want, list) else [want]
    return loc is not None and loc.precision in want


# -- pairing gold and coded events -------------------------------------------------------
def pair(doc: dict, gold: list[dict], coded: list) -> dict[int, object]:
    """gold index -> coded event, one to one, within the anchor's sentence."""
    text = doc["text"]
    by_sentence: dict[tuple[int, int], list[int]] = {}
    spans = sorted({(e.evidence.start, e.evidence.end) for e in coded})
    out: dict[int, object] = {}
    for i, g in enumerate(gold):
        at = text.index(g["anchor"])
        span = next((s for s in spans if s[0] <= at < s[1]), None)
        if span is not None:
            by_sentence.setdefault(span, []).append(i)
    for span, idx in by_sentence.items():
        idx.sort(key=lambda i: text.index(gold[i]["anchor"]))
        free = [e for e in coded if (e.evidence.start, e.evidence.end) == span]
        for typed in (True, False):
            if not typed and not (len(idx) == 1 and len(free) == 1):
                break  # pair across types only where the sentence leaves no doubt
            for i in idx:
                if i in out:
                    continue
                kinds = {gold[i]["event"], *gold[i].get("accept", ())}
                hit = next((e for e in free if not typed or e.event in kinds), None)
                if hit is not None:
                    out[i] = hit
                    free.remove(hit)
    return out


@dataclass
class Tally:
    n: dict[str, int] = field(default_factory=dict)
    k: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, ok: bool) -> None:
        self.n[key] = self.n.get(key, 0) + 1
        self.k[key] = self.k.get(key, 0) + int(ok)

    def ratio(self, key: str) -> tuple[int, int]:
        return self.k.get(key, 0), self.n.get(key, 0)


def judge(t: Tally, g: dict, date_, precision, enddate, loc, where: str) -> None:
    if g["date"]:
        ok = date_right(g, date_, precision)
        t.add("date", ok)
        if not ok:
            t.misses.append(f"{where} date: gold {g['date']} ({g['date_precision']}), "
                            f"coded {date_} ({precision})")
        if g.get("enddate"):
            t.add("enddate", enddate == g["enddate"])
    if g["country"]:
        ok = country_right(g, loc)
        t.add("country", ok)
        if not ok:
            t.misses.append(f"{where} country: gold {g['country']}, coded "
                            f"{loc.country if loc else None} ({loc.text if loc else '-'})")
    if g.get("place"):
        ok = place_right(g, loc)
        t.add("place", ok)
        t.add("place precision", precision_right(g, loc))
        if not ok:
            t.misses.append(f"{where} place: gold {g['place']}, coded "
                            f"{(loc.text, loc.name, loc.country, loc.precision, loc.lat) if loc else None}")


# -- running ---------------------------------------------------------------------------
def run(path: Path = GOLD) -> dict:
    from entente.pipeline import Pipeline
    from entente.records import Document

    docs, gold = load(path)
    pipe = Pipeline()
    coded_t, anchor_t = Tally(), Tally()
    paired = 0
    for doc_id, d in docs.items():
        items = [g for g in gold if g["doc_id"] == doc_id]
        document = Document.create(doc_id, d["text"], published=d["published"])
        parsed = pipe.nlp(d["text"])
        coded = pipe._code_parsed(document, parsed)
        pairs = pair(d, items, list(coded.events))
        paired += len(pairs)
        for i, g in enumerate(items):
            where = f"{doc_id} [{g['anchor']}]"
            if i in pairs:
                e = pairs[i]
                judge(coded_t, g, e.date, e.date_precision, e.enddate, e.location, where)
            else:
                coded_t.misses.append(f"{where} no coded event")
        for g, (when, loc) in zip(items, at_anchors(pipe, parsed, d, items)):
            judge(anchor_t, g, when.date if when else None, when.precision if when else None,
                  when.enddate if when else None, loc, f"{doc_id} [{g['anchor']}]")
    return {"documents": len(docs), "events": len(gold), "paired": paired,
            "coded": coded_t, "anchor": anchor_t}


def at_anchors(pipe, doc, d: dict, items: list[dict]):
    """The date and place entente's modules give each anchor's predicate directly."""
    from entente.actors.coref import resolve_coreference
    from entente.events.when import clause_of, clause_tokens, context_for, lead_date, pick_date
    from entente.place import PlaceFinder

    found = pipe.resolver.resolve(doc, d["published"])
    resolve_coreference(doc, found, pipe.resolver)
    dates = pipe._dates(doc, d["published"])
    try:  # run the coder once, as the pipeline does, so that the mentions it adds count
        from entente.events.arguments import Arguments
        from entente.quotes import find_quotes
        args = Arguments(found, pipe.lex,
                         state_of=lambda c: pipe.resolver.info_by_id(c, d["published"]))
        pipe.coder.code(doc, d["id"], args, find_quotes(doc, args, pipe.lex), dates,
                        d["published"], PlaceFinder(found), pipe._affiliation(doc, found))
    except Exception:  # the pipeline's internals moved: score without them
        pass
    places = PlaceFinder(found)
    sents = list(doc.sents)
    lead = lead_date(sents, dates)
    for g in items:
        start = d["text"].index(g["anchor"])
        span = doc.char_span(start, start + len(g["anchor"]), alignment_mode="expand")
        token = next((t for t in span if t.pos_ in ("VERB", "NOUN")), span.root)
        anchor = token
        if token.pos_ == "NOUN" and token.dep_ in ("dobj", "attr") and token.head.pos_ == "VERB":
            anchor = token.head
        n = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
        when = pick_date(token, anchor, dates.get(n, []), context_for(dates, n, lead))
        loc = places.event_location(token, anchor, lambda: clause_tokens(clause_of(anchor), token),
                                    g["event"])
        yield when, loc


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:5.1f}% ({k}/{n})" if n else "    - (0/0)"


def report(res: dict, misses: bool = False) -> str:
    lines = [f"when-where gold: {res['documents']} documents, {res['events']} events; "
             f"{res['paired']} paired with a coded event ({100 * res['paired'] / res['events']:.0f}%)"]
    for view, title in (("coded", "coded events"), ("anchor", "at the anchor (all gold events)")):
        t: Tally = res[view]
        lines.append(f"  {title}:")
        for key, label in (("date", "date (to its precision)"), ("country", "country"),
                           ("place", "city / province"), ("place precision", "place precision"),
                           ("enddate", "range end")):
            lines.append(f"    {label:26s} {_pct(*t.ratio(key))}")
    if misses:
        for view in ("coded", "anchor"):
            lines.append(f"-- misses ({view})")
            lines += [f"  {m}" for m in res[view].misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(GOLD))
    ap.add_argument("--misses", action="store_true", help="list every wrong date or place")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = run(Path(args.gold))
    if args.json:
        out = {"documents": res["documents"], "events": res["events"], "paired": res["paired"]}
        for view in ("coded", "anchor"):
            t = res[view]
            out[view] = {k: {"right": t.k.get(k, 0), "scored": n} for k, n in t.n.items()}
        print(json.dumps(out, indent=2))
    else:
        print(report(res, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
