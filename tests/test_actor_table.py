"""The actor table: (mention, sentence, date) -> (actor id, country, sector, type) cases of
every kind the actor issue names, each sentence coded alone by the whole pipeline.

The cases are data (tests/data/actor_cases.tsv, described at its top), with a fixed dev/test
split: every fifth case of each kind is kept as the test split. A case passes when an actor
record with the expected id has a mention with the expected text and, where the table says
so, the expected country, type and sector. The sector is the one reported for that mention:
a per-mention sector if the records carry one, else the sector of an actor reference (in an
event, quote or relation) with that text, else the actor record's own.

    python tests/test_actor_table.py                 # pass rates, failing cases by kind
    python tests/test_actor_table.py --kind sector   # only one kind
"""
from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

TABLE = Path(__file__).parent / "data" / "actor_cases.tsv"
THRESHOLD = 0.95
COLUMNS = ["split", "kind", "date", "mention", "id", "country", "sector", "type", "sentence"]


@dataclass(frozen=True)
class Case:
    line: int
    split: str
    kind: str
    date: str
    mention: str
    id: str
    country: str
    sector: str
    type: str
    sentence: str

    def __str__(self) -> str:
        want = ", ".join(f"{k}={v}" for k, v in (("country", self.country), ("sector", self.sector),
                                                ("type", self.type)) if v)
        return (f"{TABLE.name}:{self.line} [{self.split}] {self.mention!r} -> {self.id}"
                f"{' (' + want + ')' if want else ''} on {self.date}: {self.sentence}")


def load_cases(path: Path = TABLE) -> list[Case]:
    cases, header = [], None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = cells
            assert header == COLUMNS, f"{path}:{n}: the columns are {COLUMNS}"
            continue
        assert len(cells) == len(COLUMNS), f"{path}:{n}: {len(cells)} cells, not {len(COLUMNS)}"
        case = Case(n, *cells)
        assert case.split in ("dev", "test") and case.mention in case.sentence, f"{path}:{n}"
        cases.append(case)
    return cases


def _matches(expected: str, actual: str | None) -> bool:
    if expected == "-":
        return actual is None
    if expected.startswith("!"):
        return actual != expected[1:]
    return actual == expected


def _refs(coded):
    """Every actor reference of a coded document: (ref, where)."""
    for e in coded.events:
        yield from ((r, "event") for r in (*e.actor, *e.recipient))
        attribution = e.attribution
        if attribution is not None:
            speaker = getattr(attribution, "speaker", None)
            yield from ((r, "attribution") for r in ((speaker,) if speaker else ())
                        + tuple(getattr(attribution, "via", ()) or ()))
    for q in coded.quotes:
        yield from ((r, "quote") for r in ((q.speaker,) if q.speaker else ()) + tuple(q.via))
    for rel in coded.relations:
        yield from ((r, "relation") for r in (rel.source, rel.target))


def reported_sector(coded, actor, text: str) -> str | None:
    """The sector reported for this mention of the actor (see the module's docstring)."""
    for m in actor.mentions:
        if m.text == text and getattr(m, "sector", None) is not None:
            return m.sector
    for ref, _ in _refs(coded):
        if ref.id == actor.id and ref.text == text and ref.sector is not None:
            return ref.sector
    return actor.sector


def check(pipeline, case: Case) -> str | None:
    """None if the case passes, else what went wrong."""
    from entente.records import Document
    coded = pipeline.code(Document.create(f"case-{case.line}", case.sentence, published=case.date))
    found = {a.id: a for a in coded.actors}
    actor = found.get(case.id)
    if actor is None:
        seen = "; ".join(f"{a.id} {[m.text for m in a.mentions]}" for a in coded.actors) or "none"
        return f"no actor {case.id} (actors: {seen})"
    texts = [m.text for m in actor.mentions]
    if case.mention not in texts:
        return f"{case.id} is mentioned as {texts}, not as {case.mention!r}"
    if case.type and actor.type != case.type:
        return f"type {actor.type}, expected {case.type}"
    if case.country and not _matches(case.country, actor.country):
        return f"country {actor.country}, expected {case.country}"
    if case.sector:
        sector = reported_sector(coded, actor, case.mention)
        if not _matches(case.sector, sector):
            return f"sector {sector}, expected {case.sector}"
    return None


@lru_cache(maxsize=1)
def _results(pipeline) -> tuple[tuple[Case, str | None], ...]:
    return tuple((case, check(pipeline, case)) for case in load_cases())


def report(results) -> str:
    """Pass rates per split and per kind, then the failing cases grouped by kind."""
    lines = []
    by_split: dict[str, list[bool]] = defaultdict(list)
    by_kind: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for case, why in results:
        by_split[case.split].append(why is None)
        by_kind[case.kind][case.split].append(why is None)
    every = [ok for oks in by_split.values() for ok in oks]
    lines.append(f"actor table: {sum(every)}/{len(every)} = {sum(every) / len(every):.3f} "
                 f"(threshold {THRESHOLD})")
    for split in ("dev", "test"):
        oks = by_split[split]
        lines.append(f"  {split:5} {sum(oks):4}/{len(oks):<4} {sum(oks) / max(1, len(oks)):.3f}")
    lines.append(f"  {'kind':12} {'dev':>11} {'test':>11}")
    for kind, splits in by_kind.items():
        cells = [f"{sum(splits[s]):3}/{len(splits[s]):<3} {sum(splits[s]) / max(1, len(splits[s])):.2f}"
                 for s in ("dev", "test")]
        lines.append(f"  {kind:12} {cells[0]:>11} {cells[1]:>11}")
    failing: dict[str, list[str]] = defaultdict(list)
    for case, why in results:
        if why is not None:
            failing[case.kind].append(f"    {case}\n      -> {why}")
    for kind, items in failing.items():
        lines.append(f"failing: {kind} ({len(items)})")
        lines.extend(items)
    return "\n".join(lines)


def test_the_table_is_well_formed():
    cases = load_cases()
    assert len(cases) >= 400
    kinds = {c.kind for c in cases}
    assert {"alias", "demonym", "adjective", "capital", "seat", "sector", "collective",
            "coalition", "person", "title", "renaming", "coref", "unknown", "territory",
            "igo", "media", "party"} <= kinds
    for kind in kinds:                     # a fifth of every kind is kept as the test split
        of_kind = [c for c in cases if c.kind == kind]
        assert [c.split for c in of_kind] == ["test" if i % 5 == 4 else "dev"
                                              for i in range(len(of_kind))], kind
    assert len({(c.sentence, c.mention, c.date) for c in cases}) == len(cases)


def test_expected_actors_exist():
    """Every expected id that is not an unknown actor is in the knowledge base."""
    from entente.actors.kb import load_kb
    kb = load_kb()
    missing = [str(c) for c in load_cases() if c.kind not in ("unknown", "collective")
               and c.id not in kb]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_actor_table(pipeline, split):
    results = _results(pipeline)
    print(report(results))
    oks = [why is None for case, why in results if case.split == split]
    rate = sum(oks) / len(oks)
    assert rate >= THRESHOLD, f"{split}: {rate:.3f} < {THRESHOLD}\n" + report(results)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from entente.pipeline import Pipeline
    kind = sys.argv[sys.argv.index("--kind") + 1] if "--kind" in sys.argv else None
    pipe = Pipeline()
    out = [(case, check(pipe, case)) for case in load_cases() if kind in (None, case.kind)]
    print(report(out))
