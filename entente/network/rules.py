"""What the network knows and assumes, in one place: every weight and threshold it uses.

An analyst who disagrees with a choice changes it here (or passes their own ``Rules``)
without touching the code that applies it.

**Event weight.**  Every coded event enters a dyad with a weight

    w = confidence x modality factor x recency factor

* ``confidence`` is the coder's (0..1).
* The *modality factor* multiplies one factor per ``aux`` flag of the event
  (``MODALITY``): an event the text says did not happen (``negated``) or might happen
  (``hypothetical``) counts for nothing; a stated intention (``future``: "ready to work
  with") counts half; a one-sided or contested claim is discounted.  ``reported`` and
  ``historical`` only say who tells it and that it is dated in the past: no discount.
* The *recency factor* is 1 unless a half-life is asked for, then ``0.5 ** (age / half_life)``
  with the age in days before the reference date (the end of the data by default).

**Score.**  Each event has a CAMEO intensity from -10 (most conflictual) to +10 (most
cooperative), the Goldstein-like scale of ``resources/events/cameo.yaml``.  For a dyad
and a window:

    cooperation = sum of w x intensity over events with intensity > 0
    conflict    = sum of w x |intensity| over events with intensity < 0
    score       = cooperation - conflict            (intensity-weighted net)
    balance     = score / (cooperation + conflict)  in [-1, 1]; 0 when both are 0

**Stance** (``STANCE``).  A pair is *unknown* when its effective number of events (the sum
of weights, stated ties included) is below ``min_weight``; *neutral* when the events are
of low intensity on average (meetings, contacts: mean |w x intensity| per unit weight
below ``neutral_intensity``); otherwise *ally* when balance >= ``ally_balance``,
*hostile* when balance <= ``hostile_balance``, and *mixed* in between.

**Stated ties** (``TIES``).  A tie the text states ("Hezbollah, Iran's ally") enters the
stance as a pseudo-event of the given intensity, weight 1 per document that states it (at
most ``max_tie_documents``).  ``offshoot_of`` says a group split from another, which says
nothing of how they stand now (ISIS is al Qaeda's offshoot and its enemy): no stance.

**Roll-up** (``ROLLUP``).  When asked, an actor's events count toward the actor above it:
a person's toward the organisation or state they lead or serve (``leader_of``,
``member_of``), on the event's date; a branch's toward its group (``affiliate_of``,
``part_of``); a state organ's (an intelligence service, a guard corps: an actor of type
``other`` with a country and a state sector) toward its state.  A split (``offshoot_of``)
never rolls up.

**Confidence** of a stance: ``saturation x strength``, where ``saturation = 1 -
exp(-weight / confidence_scale)`` (more evidence, more confidence: 1 event ~0.28, 3
events ~0.63, 10 events ~0.96 with the default scale 3) and ``strength`` how far the
balance lies inside its class, from 0.5 at the class boundary to 1.

**Change points** (``CHANGE``).  A dyad's windows (those with events; a window without
events is a gap, not a neutral month) are split by binary segmentation: the split that
most reduces the weighted squared deviation of the windows' balances from their
segment's mean is kept when (1) the two segments' mean balances differ by at least
``min_shift``, (2) the split removes at least ``min_gain`` of the deviation, and (3) each
side has at least ``min_side_weight`` of event weight; both sides are then searched again,
up to ``max_changes`` per dyad.  When no single split qualifies, the best pair of splits
is tried the same way (hostility, a temporary alliance, hostility again), provided the
episode in the middle lasts at least ``min_episode_windows`` windows (a single odd month
in a long series is not a shift).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping

#: aux flag -> factor on the event's weight (flags not listed: 1.0)
MODALITY: Mapping[str, float] = MappingProxyType({
    "negated": 0.0,        # "did not attack": nothing happened
    "hypothetical": 0.0,   # "if such an alliance took shape"
    "future": 0.5,         # "ready to work with", "will send": an intention, not yet a deed
    "claimed": 0.75,       # one side says so
    "disputed": 0.5,       # and someone contests it
    "reported": 1.0,       # who tells it, not whether it happened
    "historical": 1.0,     # dated in the past, counted at its own date
})


@dataclass(frozen=True, slots=True)
class TieRule:
    """How a stated tie bears on a pair: ``intensity`` of its pseudo-event (0: none)
    and whether the source rolls up into the target (``rollup``: "persons" for ties that
    roll up only a person, as member_of does: Turkey, a NATO member, is not NATO)."""
    intensity: float
    rollup: str = "no"          # "no" | "any" | "persons"
    note: str = ""


TIES: Mapping[str, TieRule] = MappingProxyType({
    "ally_of": TieRule(8.0, "no", "stated alliance"),
    "hostile_to": TieRule(-8.0, "no", "stated enmity"),
    "affiliate_of": TieRule(5.0, "any", "a franchise or branch stands with its group"),
    "part_of": TieRule(5.0, "any", "a wing or faction stands with the whole"),
    "member_of": TieRule(5.0, "persons", "a member stands with its organisation"),
    "leader_of": TieRule(5.0, "persons", "a leader stands with what they lead"),
    "offshoot_of": TieRule(0.0, "no", "a split says nothing of the present stance"),
})

#: Sectors that make an actor of type "other" with a country a state organ.
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "SPY", "COP", "JUD", "LEG"})


@dataclass(frozen=True, slots=True)
class StanceRules:
    min_weight: float = 0.4          # below: unknown (one stated intention, 0.8 x 0.5, is enough)
    neutral_intensity: float = 1.5   # mean |intensity| per unit weight below: neutral
    ally_balance: float = 0.35
    hostile_balance: float = -0.35
    confidence_scale: float = 3.0
    max_tie_documents: int = 3


@dataclass(frozen=True, slots=True)
class ChangeRules:
    min_shift: float = 0.6
    min_gain: float = 0.5
    min_side_weight: float = 0.4     # one stated intention (0.8 x 0.5) is enough to mark a side
    max_changes: int = 3
    min_episode_windows: int = 2     # a temporary episode (two changes) lasts >= 2 windows
    evidence_per_side: int = 3       # events listed on either side of a change


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything above, as one immutable value; ``Rules().with_(...)`` to change a part."""
    modality: Mapping[str, float] = field(default_factory=lambda: MODALITY)
    ties: Mapping[str, TieRule] = field(default_factory=lambda: TIES)
    state_sectors: frozenset[str] = STATE_SECTORS
    stance: StanceRules = StanceRules()
    change: ChangeRules = ChangeRules()

    def with_(self, **changes) -> "Rules":
        """A copy with some parts replaced; nested parts by keyword, e.g.
        ``rules.with_(min_shift=0.8)`` or ``rules.with_(ally_balance=0.5)``."""
        top = {k: v for k, v in changes.items() if k in ("modality", "ties", "state_sectors",
                                                         "stance", "change")}
        stance = {k: v for k, v in changes.items() if k in StanceRules.__dataclass_fields__}
        change = {k: v for k, v in changes.items() if k in ChangeRules.__dataclass_fields__}
        unknown = set(changes) - set(top) - set(stance) - set(change)
        if unknown:
            raise ValueError(f"unknown rule(s) {', '.join(sorted(unknown))}")
        out = replace(self, **top)
        if stance:
            out = replace(out, stance=replace(out.stance, **stance))
        if change:
            out = replace(out, change=replace(out.change, **change))
        return out

    def modality_factor(self, aux: tuple[str, ...] | list[str]) -> float:
        factor = 1.0
        for flag in aux:
            factor *= self.modality.get(flag, 1.0)
        return factor


DEFAULT_RULES = Rules()
