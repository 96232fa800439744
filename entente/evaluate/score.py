"""Scoring coded documents against a gold set: precision, recall, F1, agreement."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any, Callable, Mapping

from ..records import CodedDocument, Document, Event
from .gold import _SYMMETRIC_RELATIONS, GoldError, GoldEvent, GoldSet, _day, _sha

_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|St|Jr|Sr|No|"
                     r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs|etc)|\b[A-Z](?:\.[A-Z])*)\.$")
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """A light, model-free sentence splitter, used only to find an anchor's sentence."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.group().strip() and _ABBREV.search(text[start:m.start() + 1]):
            continue
        if text[start:m.start()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Ratio:
    ok: int = 0
    n: int = 0

    @property
    def value(self) -> float:
        return self.ok / self.n if self.n else 0.0

    def to_dict(self) -> dict:
        return {"ok": self.ok, "n": self.n, "value": round(self.value, 4)}


@dataclass(frozen=True)
class EvalReport:
    documents: int
    events: PRF                       # type only
    events_full: PRF                  # type + actor + recipient
    by_type: tuple[tuple[str, PRF], ...]
    confusion: tuple[tuple[str, str, int], ...]   # (gold type, coded type, n); "-" = none
    aux: Ratio
    date: Ratio
    country: Ratio
    negatives: int                    # negative sentences checked
    violations: int
    actors: PRF
    actor_type: Ratio
    relations: PRF
    quotes: PRF
    quote_via: Ratio
    skipped: tuple[str, ...] = ()
    details: tuple[str, ...] = ()     # misses, false positives, violations

    def to_dict(self) -> dict:
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = (v.to_dict() if hasattr(v, "to_dict") else
                           {t: p.to_dict() for t, p in v} if f.name == "by_type" else
                           [{"gold": g, "coded": c, "n": k} for g, c, k in v]
                           if f.name == "confusion" else list(v) if isinstance(v, tuple) else v)
        return out

    def format_text(self) -> str:
        row = "{:<22}{:>7}{:>7}{:>7}{:>6}{:>6}{:>6}"
        out = [f"entente evaluation: {self.documents} document(s) scored, {len(self.skipped)} skipped",
               row.format("", "P", "R", "F1", "tp", "fp", "fn")]
        named = [("events (type)", self.events), ("events (type+actors)", self.events_full),
                 ("actors", self.actors), ("relations", self.relations), ("quotes", self.quotes)]
        named += [(f"  {t}", p) for t, p in self.by_type]
        for name, p in named[:5] + [("event types:", None)] + named[5:]:
            out.append(name if p is None else row.format(
                name, f"{p.precision:.3f}", f"{p.recall:.3f}", f"{p.f1:.3f}", p.tp, p.fp, p.fn))
        for name, r in [("aux agreement", self.aux), ("date accuracy", self.date),
                        ("country accuracy", self.country), ("actor type accuracy", self.actor_type),
                        ("quote via accuracy", self.quote_via)]:
            out.append(f"{name:<22}{r.value:>7.3f}   ({r.ok}/{r.n})")
        out.append(f"negative violations   {self.violations} in {self.negatives} sentence(s)")
        rows, cols = (sorted({x[i] for x in self.confusion}) for i in (0, 1))
        cells = {(g, c): k for g, c, k in self.confusion}
        out.append("confusion (rows gold, columns coded; - = none):")
        out.append(" " * 10 + "".join(f"{t[:4]:>6}" for t in cols))
        out += [f"{g:<10}" + "".join(f"{cells.get((g, c), '.'):>6}" for c in cols) for g in rows]
        out += [f"note: {s}" for s in self.skipped] + [f"  {d}" for d in self.details]
        return "\n".join(out)


def _find(text: str, anchor: str) -> int:
    at = text.find(anchor)
    if at < 0:
        raise GoldError(f"anchor {anchor!r} is not in the document text")
    return at


def _locate(text: str, anchor: str, sents: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    a0 = _find(text, anchor)
    a1 = a0 + len(anchor)
    s0, s1 = next(((s, e) for s, e in sents if s <= a0 < e), (a0, a1))
    return a0, a1, s0, s1


def _aligned(span, c: Event) -> tuple[bool, bool]:
    """(aligned, contains): the evidence contains the anchor, or overlaps its sentence."""
    a0, a1, s0, s1 = span
    e0, e1 = c.evidence.start, c.evidence.end
    contains = e0 <= a0 and a1 <= e1
    return contains or (e0 < s1 and s0 < e1), contains


def _type_ok(g: GoldEvent, c: Event) -> bool:
    return c.event == g.event or c.event in g.accept


def _actors_ok(g: GoldEvent, c: Event) -> bool:
    def hit(gold: tuple[str, ...], refs) -> bool:
        return not gold or any(r.id in gold for r in refs)
    return (hit(g.actor, c.actor) and hit(g.recipient, c.recipient)) or (
        g.symmetric and hit(g.recipient, c.actor) and hit(g.actor, c.recipient))


def _greedy(golds: list, coded: list, ok: Callable[[Any, Any], bool],
            prefer: list[tuple] = ()) -> list[tuple]:
    """One-to-one matching: required gold first, then pairs in ``prefer`` (the type-level
    matching, so that a stricter level keeps its pairs), exact type, containment, nearest."""
    keep = {(id(g), id(c)) for g, c in prefer}
    return _pair(((g.optional, (id(g), id(c)) not in keep, not _type_ok(g, c),
                   c.event != g.event, not al[1],
                   abs(c.evidence.start - span[0]), i, j), g, c)
                 for i, (g, span) in enumerate(golds) for j, c in enumerate(coded)
                 for al in [_aligned(span, c)] if al[0] and ok(g, c))


def _pair(candidates) -> list[tuple]:
    """Greedy one-to-one assignment of (key, gold, coded) candidates, best key first."""
    used, pairs = set(), []
    for _, g, c in sorted(candidates, key=lambda x: x[0]):
        if id(g) not in used and id(c) not in used:
            used |= {id(g), id(c)}
            pairs.append((g, c))
    return pairs


def _rel(source: str, relation: str, target: str) -> tuple[str, str, str]:
    if relation in _SYMMETRIC_RELATIONS and target < source:
        source, target = target, source
    return source, relation, target



def _period(s: str, precision: str) -> tuple[date, date]:
    first = _day(s)
    if precision == "year" or len(s) == 4:
        return first, date(first.year, 12, 31)
    if precision == "month" or len(s) == 7:
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, nxt - timedelta(1)
    return first, first


def _date_ok(g: GoldEvent, c: Event) -> bool:
    """Same date at the same precision; a week: +-3 days; approximate: +-31 days; a window."""
    got = _day(c.date or "")
    if got is None:
        return False
    if g.date_window:
        return _day(g.date_window[0]) <= got <= _day(g.date_window[1])
    first, last = _period(g.date, g.date_precision)
    if g.date_approx:
        return first - timedelta(31) <= got <= last + timedelta(31)
    if g.date_precision == "week":
        return c.date_precision in ("day", "week") and abs((got - first).days) <= 3
    n = {"year": 4, "month": 7}.get(g.date_precision, 10)
    return c.date_precision == g.date_precision and c.date[:n] == g.date[:n]


class _Tally:
    """Counters by name: [tp, fp, fn] for P/R/F1 or [ok, n] for ratios; and detail lines."""

    def __init__(self) -> None:
        self.count: dict[str, list[int]] = {}
        self.details: list[str] = []
        self.confusion: dict[tuple[str, str], int] = {}

    def add(self, name: str, *vals: int) -> None:
        acc = self.count.setdefault(name, [0] * len(vals))
        for k, v in enumerate(vals):
            acc[k] += v

    def prf(self, name: str) -> PRF:
        return PRF(*self.count.get(name, (0, 0, 0)))

    def ratio(self, name: str) -> Ratio:
        return Ratio(*self.count.get(name, (0, 0)))


def _score_events(t: _Tally, doc_id: str, text: str, gold: GoldSet, events: list[Event]) -> None:
    sents = sentence_spans(text)
    golds = [(g, _locate(text, g.anchor, sents)) for g in gold.events if g.doc_id == doc_id]
    pairs = _greedy(golds, events, _type_ok)
    gold_coded = {id(c) for _, c in pairs}  # what the gold codes is no violation of its negative
    tolerated = set()                     # in a negative sentence, with an allowed flag
    for neg in (x for x in gold.negatives if x.doc_id == doc_id):
        t.add("negatives", 1)
        for c in events:
            if not _aligned(_locate(text, neg.anchor, sents), c)[0]:
                continue
            if set(neg.unless_aux) & set(c.aux):
                tolerated.add(id(c))
            elif id(c) not in gold_coded:
                t.add("violations", 1)
                t.details.append(f"{doc_id}: violation {c.event} in {neg.anchor!r}")

    def tally(level: str, pairs: list[tuple]) -> tuple[set, set]:
        hit_g, hit_c = {id(g) for g, _ in pairs}, {id(c) for _, c in pairs}
        t.add(level, sum(not g.optional for g, _ in pairs),
              sum(id(c) not in hit_c | tolerated for c in events),
              sum(not g.optional and id(g) not in hit_g for g, _ in golds))
        return hit_g, hit_c

    hit_g, hit_c = tally("events", pairs)
    full_g, full_c = tally("events_full", _greedy(
        golds, events, lambda g, c: _type_ok(g, c) and _actors_ok(g, c), pairs))
    for g, c in pairs:
        if not g.optional:
            t.add(f"type:{g.event}", 1, 0, 0)
        if g.required_aux or g.forbidden_aux:
            aux = set(c.aux)
            t.add("aux", int(set(g.required_aux) <= aux and not set(g.forbidden_aux) & aux), 1)
        if g.date is not None:
            t.add("date", int(_date_ok(g, c)), 1)
        if g.country is not None:
            t.add("country", int(bool(c.location and c.location.country == g.country)), 1)
    for g, _ in golds:
        if not g.optional and id(g) not in hit_g:
            t.add(f"type:{g.event}", 0, 0, 1)
            t.details.append(f"{doc_id}: missed {g.event} {g.anchor!r}")
        elif not g.optional and id(g) not in full_g:
            t.details.append(f"{doc_id}: type right, actors missed: {g.event} "
                             f"{list(g.actor)} -> {list(g.recipient)} {g.anchor!r}")
    for c in events:
        who = f"{[a.id for a in c.actor]} -> {[a.id for a in c.recipient]}"
        if id(c) not in hit_c | tolerated:
            t.add(f"type:{c.event}", 0, 1, 0)
            t.details.append(f"{doc_id}: extra {c.event} {who} {c.evidence.text[:60]!r}")
        elif id(c) in hit_c and id(c) not in full_c:
            t.details.append(f"{doc_id}: type right, actors unmatched: {c.event} {who} "
                             f"{c.evidence.text[:60]!r}")
    # confusion: the same one-to-one alignment, type ignored
    aligned = _greedy(golds, events, lambda g, c: True, pairs)
    rows = [(g.event, c.event) for g, c in aligned]
    done = {id(x) for pair in aligned for x in pair}
    rows += [(g.event, "-") for g, _ in golds if not g.optional and id(g) not in done]
    rows += [("-", c.event) for c in events if id(c) not in done | tolerated]
    for key in rows:
        t.confusion[key] = t.confusion.get(key, 0) + 1


def _score_sets(t: _Tally, doc_id: str, gold: GoldSet, cd: CodedDocument) -> None:
    """Actors and relations, as sets of ids (ally_of / hostile_to either way round)."""
    gold_act = {a.id: a for a in gold.actors if a.doc_id == doc_id}
    for name, gset, cset in [
        ("actors", {a.id: a.optional for a in gold_act.values()}, {a.id for a in cd.actors}),
        ("relations", {_rel(r.source, r.relation, r.target): r.optional
                       for r in gold.relations if r.doc_id == doc_id},
         {_rel(r.source.id, r.relation, r.target.id) for r in cd.relations})]:
        t.add(name, sum(not o for k, o in gset.items() if k in cset),
              sum(k not in gset for k in cset), sum(not o and k not in cset for k, o in gset.items()))
        t.details += [f"{doc_id}: missed {name[:-1]} {k}" for k, o in gset.items()
                      if not o and k not in cset]
        t.details += [f"{doc_id}: extra {name[:-1]} {k}" for k in sorted(cset) if k not in gset]
    for a in cd.actors:
        if a.id in gold_act and gold_act[a.id].type:
            t.add("actor_type", int(a.type == gold_act[a.id].type), 1)


def _score_quotes(t: _Tally, doc_id: str, text: str, gold: GoldSet, cd: CodedDocument) -> None:
    """A quote matches when its span holds the anchor and its speaker is accepted."""
    gq = [(q, _find(text, q.anchor)) for q in gold.quotes if q.doc_id == doc_id]
    pairs = _pair(((q.optional, abs(c.start - a0), i, j), q, c)
                  for i, (q, a0) in enumerate(gq) for j, c in enumerate(cd.quotes)
                  if c.start <= a0 and a0 + len(q.anchor) <= c.end
                  and c.speaker is not None and c.speaker.id in q.speaker)
    hit = {id(q) for q, _ in pairs}
    t.add("quotes", sum(not q.optional for q, _ in pairs), len(cd.quotes) - len(pairs),
          sum(not q.optional and id(q) not in hit for q, _ in gq))
    t.details += [f"{doc_id}: missed quote {q.anchor!r}" for q, _ in gq
                  if not q.optional and id(q) not in hit]
    for q, c in pairs:
        if q.via is not None:
            t.add("quote_via", int({v.id for v in c.via} == set(q.via)), 1)


def score(gold: GoldSet, coded: Mapping[str, CodedDocument]) -> EvalReport:
    """Score coded documents (keyed by gold document id) against the gold set."""
    t = _Tally()
    skipped = [f"{d.id}: {d.missing}" for d in gold.documents if d.text is None]
    skipped += [f"{k}: coded but not in the gold set, ignored" for k in coded
                if k not in {d.id for d in gold.documents}]
    texts = {d.id: d.text for d in gold.documents if d.text is not None}
    for doc_id, text in texts.items():
        cd = coded.get(doc_id)
        if cd is None:
            skipped.append(f"{doc_id}: no coded output, scored as empty")
            cd = CodedDocument(Document(doc_id))
        elif cd.document.sha256 and cd.document.sha256 != _sha(text):
            skipped.append(f"{doc_id}: the coded text differs from the gold text; "
                           "offsets may not align")
        _score_events(t, doc_id, text, gold, list(cd.events))
        _score_sets(t, doc_id, gold, cd)
        _score_quotes(t, doc_id, text, gold, cd)
    return EvalReport(
        documents=len(texts), events=t.prf("events"), events_full=t.prf("events_full"),
        by_type=tuple((k[5:], PRF(*v)) for k, v in sorted(t.count.items())
                      if k.startswith("type:")),
        confusion=tuple((g, c, n) for (g, c), n in sorted(t.confusion.items())),
        aux=t.ratio("aux"), date=t.ratio("date"), country=t.ratio("country"),
        negatives=t.count.get("negatives", [0])[0], violations=t.count.get("violations", [0])[0],
        actors=t.prf("actors"), actor_type=t.ratio("actor_type"), relations=t.prf("relations"),
        quotes=t.prf("quotes"), quote_via=t.ratio("quote_via"),
        skipped=tuple(skipped), details=tuple(t.details))


def judged_events(gold: GoldSet, coded: Mapping[str, CodedDocument]) -> list[tuple[Event, bool]]:
    """Each coded event of the gold documents, with whether it is right: aligned one to
    one with a gold event of an accepted type and with matching actor and recipient."""
    out: list[tuple[Event, bool]] = []
    for doc in gold.documents:
        cd = coded.get(doc.id)
        if cd is None or doc.text is None:
            continue
        sents = sentence_spans(doc.text)
        golds = [(g, _locate(doc.text, g.anchor, sents)) for g in gold.events if g.doc_id == doc.id]
        events = list(cd.events)
        typed = _greedy(golds, events, _type_ok)
        full = _greedy(golds, events, lambda g, c: _type_ok(g, c) and _actors_ok(g, c), typed)
        right = {id(c) for _, c in full}
        out += [(e, id(e) in right) for e in events]
    return out
