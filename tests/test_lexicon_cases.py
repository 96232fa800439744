"""Lexicon patterns, one written wire-style sentence each (tests/data/lexicon_cases.tsv).

Each row codes its sentence alone and asserts that an event of the expected type is coded
(with the CAMEO prefix, actors and recipients where the row gives them), or, for a type
written with a leading '!', that no event of that type is coded.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from entente.records import Document

CASES = Path(__file__).parent / "data" / "lexicon_cases.tsv"


def _rows():
    rows = []
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        date, kind, cameo, actors, recipients, sentence = line.split("\t")
        rows.append(pytest.param(date, kind, cameo, actors, recipients, sentence,
                                 id=f"{n}-{kind}-{sentence[:40]}"))
    return rows


def _ids(field: str) -> set[str]:
    return {x.strip() for x in field.split(",") if x.strip()}


@pytest.mark.parametrize("date,kind,cameo,actors,recipients,sentence", _rows())
def test_lexicon_case(pipeline, date, kind, cameo, actors, recipients, sentence):
    coded = pipeline.code(Document(id="lexcase", text=sentence, published=date))
    seen = [(e.event, e.cameo, [a.id for a in e.actor], [r.id for r in e.recipient])
            for e in coded.events]
    if kind.startswith("!"):
        assert all(e.event != kind[1:] for e in coded.events), f"unexpected {kind[1:]}: {seen}"
        return
    found = [e for e in coded.events if e.event == kind
             and e.cameo.startswith(cameo)
             and _ids(actors) <= {a.id for a in e.actor}
             and _ids(recipients) <= {r.id for r in e.recipient}]
    assert found, f"no {kind} {cameo or ''} {actors} -> {recipients} in {seen}"
