"""Structure: blocs, an actor's strongest allies and enemies, and structural balance.

* **Blocs** are communities of mutually cooperative actors: networkx's Louvain method
  on the graph of *ally* pairs, weighted by each pair's cooperation score (a fixed seed,
  so the same data give the same blocs).  A bloc is at least two actors.  Hostile pairs
  that end up inside one bloc are listed with it: a bloc that fights itself is a
  finding, not a bloc to trust.
* **Allies and enemies** of an actor: its pairs with an ally (or hostile) stance, the
  strongest score first.
* **Structural balance** ("the enemy of my enemy is my friend") gives *hypotheses*, never
  facts: two actors with a common enemy and no stance of their own may align; an ally of
  my enemy may be hostile to me; and a triangle of stances that balance theory calls
  unstable (two allies of each other, one hostile to both... or an odd number of hostile
  sides) is flagged as a tension.  Each carries ``hypothesis=True`` and says so in words.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterable

import networkx as nx

from .records import BalanceHypothesis, Bloc, BlocShift, Partner, Stance

SIGNS = {"ally": 1, "hostile": -1}


def signed_graph(stances: Iterable[Stance]) -> nx.Graph:
    """Undirected graph of ally (+1) and hostile (-1) pairs; mixed, neutral and unknown
    pairs are kept as edges with sign 0 (they have a stance, just not a clear one)."""
    g = nx.Graph()
    for s in stances:
        g.add_edge(s.a, s.b, sign=SIGNS.get(s.stance, 0), stance=s.stance, score=s.score,
                   confidence=s.confidence, n_events=s.n_events)
    return g


def blocs(stances: Iterable[Stance], *, min_size: int = 2, resolution: float = 1.0,
          seed: int = 0) -> list[Bloc]:
    """Blocs in each window label of ``stances`` ("all", or "2021", "2022", ...)."""
    by_window: dict[str, list[Stance]] = {}
    for s in stances:
        by_window.setdefault(s.window, []).append(s)
    out: list[Bloc] = []
    for window in sorted(by_window):
        out.extend(_blocs(by_window[window], window, min_size, resolution, seed))
    return out


def _blocs(stances: list[Stance], window: str, min_size: int, resolution: float,
           seed: int) -> list[Bloc]:
    signed = signed_graph(stances)
    allies = nx.Graph()
    for a, b, d in signed.edges(data=True):
        if d["sign"] > 0:
            allies.add_edge(a, b, weight=max(d["score"], 0.1))
    if allies.number_of_edges() == 0:
        return []
    communities = nx.community.louvain_communities(allies, weight="weight",
                                                   resolution=resolution, seed=seed)
    out: list[Bloc] = []
    for members in communities:
        if len(members) < min_size:
            continue
        sub = allies.subgraph(members)
        ordered = sorted(members, key=lambda m: (-sub.degree(m, weight="weight"), m))
        hostile = tuple(sorted((a, b) if a < b else (b, a)
                               for a, b in combinations(members, 2)
                               if signed.has_edge(a, b) and signed[a][b]["sign"] < 0))
        possible = len(members) * (len(members) - 1) / 2
        out.append(Bloc(0, window, tuple(ordered), sub.number_of_edges(), hostile,
                        round(sub.number_of_edges() / possible, 3)))
    out.sort(key=lambda b: (-len(b.members), b.members))
    return [Bloc(i + 1, window, b.members, b.ally_edges, b.hostile_edges, b.cohesion)
            for i, b in enumerate(out)]


def shifts(found: Iterable[Bloc], *, max_overlap: float = 0.5) -> list[BlocShift]:
    """Actors whose bloc partners changed between consecutive windows: a Jaccard overlap of
    their fellow members below ``max_overlap`` (joining a bloc from none counts; actors
    absent from the data in one window are not said to move)."""
    by_window: dict[str, dict[str, frozenset[str]]] = {}
    for b in found:
        for m in b.members:
            by_window.setdefault(b.window, {})[m] = frozenset(b.members) - {m}
    labels = sorted(by_window)
    out: list[BlocShift] = []
    for before, after in zip(labels, labels[1:]):
        old, new = by_window[before], by_window[after]
        for actor in sorted(set(old) | set(new)):
            if actor not in old or actor not in new:
                continue
            p, q = old[actor], new[actor]
            overlap = len(p & q) / len(p | q) if p | q else 1.0
            if overlap < max_overlap:
                out.append(BlocShift(actor, before, after, tuple(sorted(p)), tuple(sorted(q)),
                                     round(overlap, 3)))
    return out


def partners(stances: Iterable[Stance], actor: str, stance: str, n: int = 5) -> list[Partner]:
    """``actor``'s ``n`` strongest partners of one stance (``ally`` or ``hostile``)."""
    found = []
    for s in stances:
        if s.stance != stance or actor not in (s.a, s.b):
            continue
        other = s.b if s.a == actor else s.a
        found.append(Partner(actor, other, s.stance, s.score, s.confidence, s.n_events))
    reverse = stance != "hostile"
    found.sort(key=lambda p: (p.score if reverse else -p.score, p.confidence), reverse=True)
    return found[:n]


def balance(stances: Iterable[Stance], *, limit: int | None = None) -> list[BalanceHypothesis]:
    """Structural-balance hypotheses over the signed graph (see the module docstring),
    the best supported first.  Stances of several windows: only those of the last."""
    stances = list(stances)
    if stances:
        last = max(s.window for s in stances)
        stances = [s for s in stances if s.window == last]
    g = signed_graph(stances)
    out: list[BalanceHypothesis] = []
    seen: set[tuple[str, str, str, str]] = set()
    for via in sorted(g.nodes):
        neighbours = sorted(n for n in g[via] if g[via][n]["sign"] != 0)
        for a, b in combinations(neighbours, 2):
            sa, sb = g[via][a]["sign"], g[via][b]["sign"]
            if g.has_edge(a, b):
                sab = g[a][b]["sign"]
                if sab != 0 and sa * sb * sab < 0:
                    key = ("unbalanced_triad", *sorted((a, b, via)))
                    if key in seen:
                        continue
                    seen.add(key)   # type: ignore[arg-type]
                    out.append(_unbalanced(g, *_odd_side(g, a, b, via)))
                continue
            if sa < 0 and sb < 0:
                kind, expected = "enemy_of_enemy", "ally"
                text = (f"Hypothesis, not a fact: {a} and {b} are both hostile to {via} "
                        f"and have no stance of their own; the enemy of my enemy may be "
                        f"a friend.")
            elif sa * sb < 0:
                kind, expected = "friend_of_enemy", "hostile"
                friend, enemy = (a, b) if sa > 0 else (b, a)
                text = (f"Hypothesis, not a fact: {friend} is allied with {via}, which "
                        f"is hostile to {enemy}; {friend} and {enemy} may be at odds.")
            else:
                continue        # friend of a friend: too weak to say anything
            strength = g[via][a]["confidence"] * g[via][b]["confidence"]
            out.append(BalanceHypothesis(kind, a, b, via, expected, "unknown",
                                         round(strength, 4), text))
    out.sort(key=lambda h: (-h.strength, h.kind_of, h.a, h.b, h.via))
    return out[:limit] if limit is not None else out


def _unbalanced(g: nx.Graph, a: str, b: str, via: str) -> BalanceHypothesis:
    """The hypothesis of a triangle framed with its odd side a-b (the one hostile side of
    two allies, + + -): balance theory expects a-b to turn."""
    sa, sb = g[via][a]["sign"], g[via][b]["sign"]
    observed = g[a][b]["stance"]
    expected = "ally" if sa * sb > 0 else "hostile"
    strength = g[via][a]["confidence"] * g[via][b]["confidence"] * g[a][b]["confidence"]
    return BalanceHypothesis(
        "unbalanced_triad", a, b, via, expected, observed, round(strength, 4),
        f"Hypothesis, not a fact: {a}, {b} and {via} form an unbalanced "
        f"triangle ({a}-{via} {_word(sa)}, {b}-{via} {_word(sb)}, "
        f"{a}-{b} {observed}); balance theory expects {a}-{b} to be "
        f"{expected}: a tension that may resolve.")


def _odd_side(g: nx.Graph, a: str, b: str, via: str) -> tuple[str, str, str]:
    """The framing of a triangle whose a-b side has the sign the other two do not share
    (for three hostile sides, the first in name order)."""
    framings = [(a, b, via), (a, via, b), (b, via, a)]
    framings = [tuple(sorted(f[:2])) + (f[2],) for f in framings]
    for x, y, v in sorted(framings):
        if g[x][y]["sign"] != g[v][x]["sign"] and g[x][y]["sign"] != g[v][y]["sign"]:
            return x, y, v
    return sorted(framings)[0]


def _word(sign: int) -> str:
    return {1: "ally", -1: "hostile"}.get(sign, "mixed")
