"""Where an event happened (v1): the place named by a locative preposition on the event's
own predicate ("a Russian airliner over Egypt", "aggression in Syria"), else the first
such place in the sentence.  Places resolve to a country through the knowledge base
(state names and capitals); coordinates are left to the gazetteer stage."""
from __future__ import annotations

from spacy.tokens import Token

from .actors.resolve import DocActors
from .records import Location

LOCATIVE = {"in", "over", "at", "near", "inside", "across", "throughout", "within", "outside"}


class PlaceFinder:
    def __init__(self, found: DocActors):
        self.found = found

    def _place(self, tok: Token) -> Location | None:
        hit = self.found.at(tok)
        if hit is not None and hit.actor.type == "state" and hit.how in ("alias", "capital"):
            return Location(hit.text, hit.actor.country or hit.actor.id)
        if tok.ent_type_ in ("GPE", "LOC") and hit is None:
            span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            return Location(span.text if span is not None else tok.text, None)
        return None

    def _describes_actor(self, tok: Token) -> bool:
        """'al Qaeda's franchise in Syria': a place that describes an actor, not an event."""
        return tok.pos_ in ("NOUN", "PROPN") and (self.found.at(tok) is not None or any(
            c.dep_ == "appos" or self.found.at(c) is not None and c.dep_ == "poss"
            for c in tok.children))

    def _locatives(self, holders: list[Token]) -> Location | None:
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in LOCATIVE and not self._describes_actor(h):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            loc = self._place(p)
                            if loc is not None:
                                return loc
        return None

    def event_location(self, token: Token, anchor: Token, clause: list[Token]) -> Location | None:
        """The place on the predicate itself, else the first in its clause."""
        holders = [token, anchor] + [c for t in (token, anchor) for c in t.children
                                     if c.dep_ in ("dobj", "nsubjpass", "attr")]
        loc = self._locatives(holders)
        if loc is None:
            loc = self._locatives(clause)
        return loc
