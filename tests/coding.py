"""Helpers the coder tests share: code one text, the one event of a type, the ids of refs."""
from __future__ import annotations

from entente.records import Document


def code(pipeline, text: str, published: str = "2019-03-18"):
    return pipeline.code(Document.create("t", text, published=published))


def only(coded, kind: str):
    found = [e for e in coded.events if e.event == kind]
    assert len(found) == 1, f"expected one {kind}, got {[(e.event, e.evidence.text) for e in coded.events]}"
    return found[0]


def ids(refs):
    return [r.id for r in refs]
