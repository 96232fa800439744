"""Why a gold event was missed: the stage at which each missed event of a gold split was lost.

    python eval/why_missed.py eval/events-dev12.gold.jsonl eval/events-dev25.gold.jsonl
    python eval/why_missed.py eval/events-dev2*.gold.jsonl --examples 0   # counts only

The held-out splits (events-test, events-dev7, -dev8, -dev11) are refused: tune only on the
development splits.

A gold event is *missed* when no coded event of its type (or an accepted type) is matched to
it, as the scorer reports it ("missed TYPE 'anchor'").  For each one the script codes the
document again, watching the coder, finds the anchor's predicate (the anchor's words that
the lexicon or the grammar knows, else its syntactic head) and names the first stage that
lost it:

    a-lexicon    no anchor word has a lexicon entry of an acceptable type (a gap in
                 resources/events/lexicon.yaml or grammar.yaml)
    b-condition  a word has an entry of an acceptable type, but the entry's prep/object
                 condition failed on this parse
    c-filtered   the lexicon matched an acceptable type but ``predicates`` dropped it (a
                 control, condition, purpose or not-an-act rule)
    c-dropped    a predicate of an acceptable type was made but no event matched the gold
                 (no actor, hypothetical/negation filters, merged into another event)
    d-confusion  the anchor's predicate was coded, or matched, as another type only
    e-parse      a word has an entry of an acceptable type, but the tagger read it as
                 another part of speech (or the anchor has no verb or noun at all)

It prints the counts per class over all the files given, then each missed event with its
predicate word, tag and what the lexicon holds for it.
"""
from __future__ import annotations

import argparse
import inspect
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from entente.evaluate import load_gold, score
from entente.evaluate.gold import GoldEvent
from entente.events.coder import POS_KIND, EventCoder, Predicate
from entente.pipeline import Pipeline
from entente.records import CodedDocument, Document

HELD_OUT = {"events-test", "events-dev7", "events-dev8", "events-dev11"}
CLASSES = ("a-lexicon", "b-condition", "c-filtered", "c-dropped", "d-confusion", "e-parse")
MISSED = re.compile(r"^(\S+): missed ([A-Z]+) (['\"])(.*)\3$")


@dataclass(frozen=True)
class Diagnosis:
    doc_id: str
    gold: GoldEvent
    cls: str
    word: str    # the predicate word the class is about
    detail: str  # its tag and what the lexicon or coder made of it


CODE_LINES, CODE_FIRST = inspect.getsourcelines(EventCoder.code)


class WatchedPipeline(Pipeline):
    """The pipeline, keeping each document's parse, the predicates of each sentence and,
    for each predicate, the ``continue`` of ``EventCoder.code`` that dropped it (traced)."""

    def __init__(self) -> None:
        super().__init__()
        self.doc: Doc | None = None
        self.made: list[Predicate] = []
        self.dropped: dict[int, str] = {}  # predicate token -> the line that dropped it
        predicates, code = self.coder.predicates, self.coder.code

        def watched(sent: Span) -> list[Predicate]:
            out = predicates(sent)
            self.made += out
            return out

        def traced(*a, **k):
            def local(frame, event, arg):
                if event == "line":
                    line = CODE_LINES[frame.f_lineno - CODE_FIRST].strip()
                    p = frame.f_locals.get("p")
                    if p is not None and line.startswith("continue"):
                        reason = _reason(frame.f_lineno)
                        if reason:
                            self.dropped[p.token.i] = reason
                    elif p is not None and line.startswith("if at is not None") \
                            and frame.f_locals.get("at") is None:
                        self.dropped[p.token.i] = f"line {frame.f_lineno}: merged into an earlier " \
                                                  "telling (story.tell_once)"
                return local

            def tracer(frame, event, arg):
                return local if frame.f_code is code.__func__.__code__ else None
            old = sys.gettrace()
            sys.settrace(tracer)
            try:
                return code(*a, **k)
            finally:
                sys.settrace(old)
        self.coder.predicates = watched  # type: ignore[method-assign]
        self.coder.code = traced  # type: ignore[method-assign]

    def _parse(self, text, deadline):  # type: ignore[override]
        self.doc = super()._parse(text, deadline)
        self.made, self.dropped = [], {}
        return self.doc


def _reason(lineno: int) -> str | None:
    """The comment that explains a ``continue`` of ``EventCoder.code`` (on its line, else
    on the condition above it); None for one that follows keeping the event."""
    at = lineno - CODE_FIRST
    if any("coded_at[" in line for line in CODE_LINES[max(0, at - 3):at]):
        return None
    for line in (CODE_LINES[at], *reversed(CODE_LINES[max(0, at - 4):at])):
        if "#" in line:
            return f"line {lineno}: {line.split('#', 1)[1].strip()[:90]}"
    return f"line {lineno}"


def _anchor_tokens(doc: Doc, text: str, anchor: str) -> list[Token]:
    a0 = text.find(anchor)
    a1 = a0 + len(anchor)
    return [t for t in doc if t.idx < a1 and t.idx + len(t) > a0]


def _entries(pipe: Pipeline, tok: Token) -> list:
    lex = pipe.lex
    found = []
    for pos in ("verb", "noun"):
        for word in {tok.lemma_.lower(), tok.lower_}:
            found += [e for e in lex.candidates(word, pos) if e not in found]
    return found


def _grammar_sets(pipe: Pipeline, tok: Token) -> list[str]:
    words = {tok.lemma_.lower(), tok.lower_}
    return sorted(name for name, members in pipe.lex.grammar["_sets"].items() if words & members)


def _head(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head == t]
    content = [t for t in heads if t.pos_ in ("VERB", "NOUN", "PROPN")]
    return (content or heads or tokens)[0]


def diagnose(pipe: WatchedPipeline, doc_id: str, text: str, g: GoldEvent,
             coded: CodedDocument) -> Diagnosis:
    doc = pipe.doc
    assert doc is not None
    ok = {g.event, *g.accept}
    toks = _anchor_tokens(doc, text, g.anchor)
    ids = {t.i for t in toks}

    def say(cls: str, tok: Token, detail: str) -> Diagnosis:
        return Diagnosis(doc_id, g, cls, tok.text, f"{tok.lemma_}/{tok.tag_}/{tok.dep_} {detail}")

    made = [p for p in pipe.made if p.token.i in ids or p.anchor.i in ids]
    a0 = text.find(g.anchor)
    a1 = a0 + len(g.anchor)
    for p in made:
        if p.entry.event in ok:
            sent = p.token.sent
            same = [e for e in coded.events if e.event in ok
                    and e.evidence.start < sent.end_char and sent.start_char < e.evidence.end]
            why = pipe.dropped.get(p.token.i) or (
                "an event of this type in the sentence went to another gold event" if same
                else "event made, then removed or retyped (story passes)")
            return say("c-dropped", p.token, f"predicate {p.entry.event}: {why}")
    matched = [(t, pipe.coder.match(t)) for t in toks]
    for t, entry in matched:  # (a control verb dropped for the act it governs, coded as another
        if entry is not None and entry.event in ok and not made:  # type: a confusion, below)
            return say("c-filtered", t, f"matched {entry.event} ({entry.lemma} {entry.prep or ''}"
                                        f"{sorted(entry.objects)[:3]}), dropped by predicates()")
    others = [f"{p.token.text}:{p.entry.event}" for p in made]
    others += [f"{t.text}:{e.event}" for t, e in matched if e is not None]
    if others:
        return say("d-confusion", _head(toks), f"coded {sorted(set(others))}")
    known = [(t, [e for e in _entries(pipe, t) if e.event in ok]) for t in toks]
    known = [(t, entries) for t, entries in known if entries]
    for t, entries in known:  # a predicate word the tagger read as no verb or noun
        if POS_KIND.get(t.pos_) is None and t.dep_ not in ("prt", "prep", "aux", "det", "advmod"):
            return say("e-parse", t, f"tagged {t.pos_}; entries as {sorted({e.pos for e in entries})}")
    for t, entries in known:
        entries = [e for e in entries if e.pos == POS_KIND.get(t.pos_)]
        if entries:
            conds = sorted({f"{e.prep or '-'}:{','.join(sorted(e.objects)[:4]) or '-'}" for e in entries})
            return say("b-condition", t, f"entries need {conds}")
    if not any(t.pos_ in ("VERB", "NOUN", "PROPN") for t in toks):
        return say("e-parse", _head(toks), "no verb or noun in the anchor")
    head = _head(toks)
    known = [f"{t.lemma_}/{t.pos_}:{sorted({(e.pos, e.event) for e in _entries(pipe, t)})}"
             for t in toks if _entries(pipe, t)]
    sets = [f"{t.lemma_}:{_grammar_sets(pipe, t)[:3]}" for t in toks if _grammar_sets(pipe, t)]
    return say("a-lexicon", head, f"other types {known} grammar {sets}".strip())


def run(paths: list[Path]) -> list[Diagnosis]:
    pipe = WatchedPipeline()
    out = []
    for path in paths:
        gold = load_gold(path, require_text=False)
        for d in gold.documents:
            if d.text is None:
                continue
            coded = pipe.code(Document.create(d.id, d.text, title=d.title, published=d.published))
            report = score(gold, {d.id: coded})
            missed = {(m.group(2), m.group(4)) for line in report.details
                      if (m := MISSED.match(line))}
            for g in gold.events:
                if g.doc_id == d.id and not g.optional and (g.event, g.anchor) in missed:
                    out.append(diagnose(pipe, d.id, d.text, g, coded))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="+", help="development gold files")
    ap.add_argument("--examples", type=int, default=1000, help="examples printed per class")
    a = ap.parse_args(argv)
    held = [p for p in a.gold if p.name.removesuffix(".gold.jsonl") in HELD_OUT]
    if held:
        ap.error(f"{', '.join(map(str, held))}: held out, never diagnosed (tune on the dev splits)")
    found = run(a.gold)
    counts = Counter(d.cls for d in found)
    print(f"{len(found)} missed events: " + ", ".join(f"{c} {counts[c]}" for c in CLASSES))
    for cls in CLASSES:
        rows = [d for d in found if d.cls == cls][:a.examples]
        if rows:
            print(f"\n## {cls} ({counts[cls]})")
        for d in rows:
            print(f"  {d.doc_id} {d.gold.event}{'/' + ','.join(d.gold.accept) if d.gold.accept else ''}"
                  f" {d.gold.anchor!r}: {d.word} = {d.detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
