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


def assert_codes(coded, kind: str, actors=None, recipients=None) -> None:
    """An event of ``kind`` names one of ``actors`` and one of ``recipients`` (the ids an
    annotator would accept on each side; None or empty accepts any)."""
    found = [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
    assert any(event == kind and (not actors or set(a) & set(actors))
               and (not recipients or set(r) & set(recipients))
               for event, a, r in found), found
