"""The network's typed, immutable records.  Each has ``to_dict()`` (JSON-ready, with a
``kind``) so that the CLI and exports print them as JSON Lines like the contract's records.

Pairs: a directed dyad is (source, target); an undirected one keeps its two actors in
sorted order in ``source``/``target`` and says ``directed=False``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..records import JsonRecord

STANCES = ("ally", "hostile", "mixed", "neutral", "unknown")
WINDOWS = ("day", "week", "month", "year", "all")


@dataclass(frozen=True, slots=True)
class DyadWindow(JsonRecord):
    """One pair in one time window: what happened between them, and the evidence."""
    kind: ClassVar[str] = "dyad"
    source: str
    target: str
    directed: bool
    window: str                      # "2015-11", "2015-W44", "2015", "2015-11-01", "all"
    start: str | None                # first day of the window (None for "all")
    end: str | None                  # last day
    n_events: int
    n_void: int                      # events that count for nothing (negated, hypothetical)
    weight: float                    # sum of event weights (rules.py)
    cooperation: float
    conflict: float
    score: float                     # cooperation - conflict
    balance: float                   # score / (cooperation + conflict), in [-1, 1]
    quads: tuple[int, int, int, int]           # events per CAMEO quad class 1..4
    types: tuple[tuple[str, int], ...]         # (PLOVER type, events), most first
    event_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tie(JsonRecord):
    """A standing tie the stored documents state, with the documents that state it."""
    kind: ClassVar[str] = "tie"
    source: str
    relation: str
    target: str
    since: str | None
    until: str | None
    doc_ids: tuple[str, ...]
    relation_ids: tuple[str, ...]
    evidence: tuple[str, ...]        # the sentences that state it


@dataclass(frozen=True, slots=True)
class Stance(JsonRecord):
    """How two actors stand toward each other in a window, and why."""
    kind: ClassVar[str] = "stance"
    a: str
    b: str
    window: str
    stance: str                      # one of STANCES
    confidence: float
    balance: float
    score: float
    n_events: int
    weight: float
    ties: tuple[str, ...]            # "nusra-front affiliate_of al-qaeda"
    reasons: tuple[str, ...]
    event_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Bloc(JsonRecord):
    """A community of mutually cooperative actors (networkx Louvain on ally edges)."""
    kind: ClassVar[str] = "bloc"
    id: int
    window: str                      # the window label the bloc was found in ("all", "2022")
    members: tuple[str, ...]         # most connected first
    ally_edges: int                  # ally pairs inside the bloc
    hostile_edges: tuple[tuple[str, str], ...]   # hostile pairs inside it (a warning sign)
    cohesion: float                  # ally pairs / possible pairs


@dataclass(frozen=True, slots=True)
class BlocShift(JsonRecord):
    """An actor whose bloc changed between two consecutive windows: its partners before
    and after (Turkey, with Qatar in 2021, with Russia and Iran in 2022)."""
    kind: ClassVar[str] = "bloc_shift"
    actor: str
    before_window: str
    after_window: str
    before: tuple[str, ...]          # the other members of its bloc before (empty: none)
    after: tuple[str, ...]
    overlap: float                   # Jaccard similarity of the two partner sets


@dataclass(frozen=True, slots=True)
class Partner(JsonRecord):
    """One of an actor's strongest allies or enemies."""
    kind: ClassVar[str] = "partner"
    actor: str
    partner: str
    stance: str
    score: float
    confidence: float
    n_events: int


@dataclass(frozen=True, slots=True)
class BalanceHypothesis(JsonRecord):
    """A structural-balance inference: never a fact, always labelled a hypothesis.

    ``kind_of``: "enemy_of_enemy" (a and b share an enemy and have no stance of their own:
    they may align), "friend_of_enemy" (a's ally is b's enemy: a and b may be hostile),
    "unbalanced_triad" (the three stances contradict balance theory: a tension to watch)."""
    kind: ClassVar[str] = "balance_hypothesis"
    kind_of: str
    a: str
    b: str
    via: str
    expected: str                    # the stance balance theory would predict for a-b
    observed: str                    # what the data says (often "unknown")
    strength: float                  # product of the confidences of the stances it rests on
    statement: str
    hypothesis: bool = True


@dataclass(frozen=True, slots=True)
class EventRef(JsonRecord):
    """An event behind a dyad, with its sentence."""
    kind: ClassVar[str] = "event_ref"
    id: str
    doc_id: str
    date: str | None
    event: str
    source: str
    target: str
    intensity: float
    weight: float
    aux: tuple[str, ...]
    text: str | None = None          # the evidence sentence (when read from a store)


@dataclass(frozen=True, slots=True)
class Segment(JsonRecord):
    """One side of a change point."""
    kind: ClassVar[str] = "segment"
    start: str
    end: str
    windows: int
    n_events: int
    weight: float
    balance: float
    stance: str


@dataclass(frozen=True, slots=True)
class ChangePoint(JsonRecord):
    """A shift in a dyad's relationship, with the events on either side."""
    kind: ClassVar[str] = "change"
    source: str
    target: str
    directed: bool
    at: str                          # first day of the first window after the change
    window: str                      # that window's label
    before: Segment
    after: Segment
    shift: float                     # after.balance - before.balance
    events_before: tuple[EventRef, ...]
    events_after: tuple[EventRef, ...]
    summary: str


@dataclass(frozen=True, slots=True)
class DyadTimeline(JsonRecord):
    """A pair over time: its windows, its change points and every event with evidence."""
    kind: ClassVar[str] = "timeline"
    a: str
    b: str
    directed: bool
    window: str
    windows: tuple[DyadWindow, ...]
    stances: tuple[Stance, ...]      # the pair's stance in each window
    changes: tuple[ChangePoint, ...]
    events: tuple[EventRef, ...]     # dated events in date order, then the undated ones
    ties: tuple[Tie, ...]
    stance: Stance | None
