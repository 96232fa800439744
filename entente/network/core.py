"""The ``Network``: everything this package computes, over one store (or one frame).

    from entente.network import Network
    net = Network.from_store("my.db", rollup=True)         # or a Store, or $ENTENTE_DB
    net.dyads(window="month")                              # DataFrame, one row per pair-month
    net.stances()                                          # DataFrame: ally / hostile / ...
    net.stance("al-qaeda", "ISIS").reasons
    net.blocs(); net.allies("RUS"); net.enemies("RUS"); net.balance()
    net.changes("al-qaeda", "ISIS")                        # change points with evidence
    net.timeline("al-qaeda", "ISIS")                       # windows, changes, events, ties
    net.graph()                                            # networkx MultiDiGraph

Tables come as pandas DataFrames (for notebooks) and as typed records (``*_records``,
``stance``, ``changes``, ...).  Event weights, thresholds and the knowledge used are in
``rules.py``; time windows in ``windows.py``.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

import networkx as nx
import pandas as pd

from ..errors import EntenteError
from . import load
from .aggregate import aggregate, dyad_records, merge_repeats, weigh
from .blocs import balance as balance_hypotheses
from .blocs import blocs as find_blocs
from .blocs import partners
from .blocs import shifts as bloc_shifts
from .change import event_refs, find_changes, with_texts
from .hierarchy import Hierarchy
from .records import (BalanceHypothesis, Bloc, BlocShift, ChangePoint, DyadTimeline, DyadWindow,
                      EventRef, Partner, Stance, Tie)
from .rules import DEFAULT_RULES, Rules
from .stance import stance_frame, stance_records
from .windows import check_window

UNDATED = ("skip", "published")


@dataclass(frozen=True, slots=True)
class Options:
    """How the network was read: kept with it so that every table says what it is."""
    since: str | None = None
    until: str | None = None
    event_types: tuple[str, ...] | None = None
    undated: str = "skip"
    rollup: bool = False
    half_life_days: float | None = None
    as_of: str | None = None


class Network:
    """Dyads, stances, blocs and change points over a set of weighted event pairs."""

    def __init__(self, pairs: pd.DataFrame, *, ties: Sequence[Tie] = (),
                 tie_published: dict[tuple[str, str, str], str | None] | None = None,
                 actors: pd.DataFrame | None = None, hierarchy: Hierarchy | None = None,
                 rules: Rules = DEFAULT_RULES, options: Options = Options(), engine=None):
        if "w" not in pairs.columns:
            raise EntenteError("Network needs weighted pairs; use Network.from_store or "
                               "Network.from_pairs")
        self.pairs = pairs
        self.ties_all = tuple(ties)
        self.tie_published = dict(tie_published or {})
        self.actors = actors if actors is not None else pd.DataFrame(
            columns=["id", "name", "type", "country", "sector", "n_documents"])
        self.hierarchy = hierarchy
        self.rules = rules
        self.options = options
        self.engine = engine
        self._info = {r.id: r for r in self.actors.itertuples(index=False)}
        self.stance_ties = self._rolled_ties()

    def _rolled_ties(self) -> tuple[Tie, ...]:
        """The ties that bear on stances: all of them, or with roll-up, each moved up the
        hierarchy like the events (a tie that becomes an actor with itself, "Putin
        leader_of Russia", "Nusra Front affiliate_of al Qaeda", is the hierarchy itself
        and says nothing about a pair)."""
        if self.hierarchy is None:
            return self.ties_all
        out = []
        for t in self.ties_all:
            day = self.tie_published.get((t.source, t.relation, t.target))
            source, target = self.hierarchy.top(t.source, day), self.hierarchy.top(t.target, day)
            if source == target:
                continue
            key = (source, t.relation, target)
            if key != (t.source, t.relation, t.target):
                self.tie_published.setdefault(key, day)
                t = replace(t, source=source, target=target)
            out.append(t)
        return tuple(out)

    # -- construction --------------------------------------------------------------------
    @classmethod
    def from_store(cls, store=None, *, since: str | None = None, until: str | None = None,
                   event_types: Iterable[str] | None = None, undated: str = "skip",
                   rollup: bool = False, half_life_days: float | None = None,
                   as_of: str | None = None, rules: Rules = DEFAULT_RULES) -> "Network":
        """Read a store: a ``Store``, a path or URL, or None for ``$ENTENTE_DB`` / the
        default store.  ``undated``: "skip" keeps undated events out of dated windows
        (they count in "all" only), "published" places them at their document's
        publication date.  ``rollup``: count persons', branches' and state organs' events
        toward the actor above them (``hierarchy.py``).  ``since``/``until`` also keep
        only the ties stated in documents published in the span."""
        if undated not in UNDATED:
            raise EntenteError(f"undated={undated!r}: use one of {', '.join(UNDATED)}")
        engine = _engine(store)
        types = load.check_event_types(event_types)
        lo, hi = load.day_bound(since, 0, "since"), load.day_bound(until, 1, "until")
        pairs = load.read_event_pairs(engine, since=since, until=until, event_types=types)
        undated_rows = pairs["date_lo"].isna()
        published = None
        if undated_rows.any() and (undated == "published" or rollup):
            pub = load.read_published(engine, pairs.loc[undated_rows, "doc_id"])
            published = pairs["doc_id"].map(pub).where(undated_rows, None)
        if undated == "published" and published is not None:
            pairs["date_lo"] = pairs["date_lo"].where(~undated_rows, published)
            pairs["date_hi"] = pairs["date_hi"].where(~undated_rows, published)
            published = None
        if lo or hi:      # a span was asked for: what cannot be placed in it is left out
            d_lo, d_hi = pairs["date_lo"], pairs["date_hi"]
            keep = d_lo.notna()
            if lo:
                keep &= d_hi.fillna("") >= lo
            if hi:
                keep &= d_lo.fillna("9999") <= hi
            pairs = pairs[keep].reset_index(drop=True)
            if published is not None:
                published = published[keep].reset_index(drop=True)
        relations = [(rel, day) for rel, day in load.read_relations(engine)
                     if not day or ((not lo or day[:10] >= lo) and (not hi or day[:10] <= hi))]
        ties = load.group_ties(relations)
        tie_published: dict[tuple[str, str, str], str | None] = {}   # first stated
        for rel, day in relations:
            key = (rel.source.id, rel.relation, rel.target.id)
            known = tie_published.get(key)
            if key not in tie_published or (day and (known is None or day < known)):
                tie_published[key] = day
        actors = load.read_actors(engine)
        hierarchy = None
        if rollup:
            from ..actors.kb import load_kb
            types_by_id = dict(zip(actors["id"], actors["type"]))
            hierarchy = Hierarchy.build(load_kb(), ties, types_by_id, rules)
            pairs = hierarchy.roll_up(pairs, published)
        pairs = merge_repeats(weigh(pairs, rules, half_life_days=half_life_days,
                                    as_of=as_of or until))
        options = Options(since, until, types, undated, rollup, half_life_days, as_of)
        return cls(pairs, ties=ties, tie_published=tie_published, actors=actors,
                   hierarchy=hierarchy, rules=rules, options=options, engine=engine)

    @classmethod
    def from_pairs(cls, pairs: pd.DataFrame, *, ties: Sequence[Tie] = (),
                   actors: pd.DataFrame | None = None, rules: Rules = DEFAULT_RULES,
                   half_life_days: float | None = None, as_of: str | None = None) -> "Network":
        """A network from an event-pair frame built by hand (columns ``load.PAIR_COLUMNS``)."""
        weighted = merge_repeats(weigh(load.normalise_pairs(pairs), rules,
                                       half_life_days=half_life_days, as_of=as_of))
        return cls(weighted, ties=ties, actors=actors, rules=rules,
                   options=Options(half_life_days=half_life_days, as_of=as_of))

    # -- actors --------------------------------------------------------------------------
    def actor_ids(self) -> set[str]:
        ids = set(self.pairs["source"]) | set(self.pairs["target"])
        ids |= {t.source for t in self.ties_all} | {t.target for t in self.ties_all}
        return ids

    def resolve(self, name: str) -> str:
        """An actor id for ``name``: an id, a name in the store, or a name the knowledge
        base knows ("al Qaeda" -> al-qaeda); a clear error otherwise."""
        known = self.actor_ids() | set(self._info)
        if name in known:
            return name
        folded = {k.casefold(): k for k in known}
        if name.casefold() in folded:
            return folded[name.casefold()]
        by_name = {str(r.name).casefold(): r.id for r in self._info.values()}
        if name.casefold() in by_name:
            return by_name[name.casefold()]
        from ..actors.kb import load_kb
        found = {entry.id for entry, _how in load_kb().lookup(name)}
        if len(found) == 1:
            return found.pop()
        hint = difflib.get_close_matches(name, sorted(known), n=3)
        raise EntenteError(f"no actor {name!r} in this network"
                           + (f"; did you mean {', '.join(hint)}?" if hint else
                              "; list them with 'entente actors'"))

    def name(self, actor_id: str) -> str:
        info = self._info.get(actor_id)
        return str(info.name) if info is not None and info.name else actor_id

    def _keep(self, frame: pd.DataFrame, a: str, b: str, actors: Iterable[str] | None,
              countries: Iterable[str] | None, actor_types: Iterable[str] | None) -> pd.DataFrame:
        if actors:
            ids = {self.resolve(x) for x in actors}
            frame = frame[frame[a].isin(ids) | frame[b].isin(ids)]
        if countries:
            wanted = {c.upper() for c in countries}
            bad = [c for c in wanted if len(c) != 3 or not c.isalpha()]
            if bad:
                raise EntenteError(f"country {', '.join(bad)}: give ISO-3166 alpha-3 codes "
                                   "such as SYR, RUS")
            of = self._country_of
            frame = frame[frame[a].map(of).isin(wanted) | frame[b].map(of).isin(wanted)]
        if actor_types:
            wanted = set(actor_types)
            of = self._type_of
            frame = frame[frame[a].map(of).isin(wanted) | frame[b].map(of).isin(wanted)]
        return frame

    def _country_of(self, actor_id: str) -> str | None:
        info = self._info.get(actor_id)
        if info is not None and isinstance(info.country, str):
            return info.country
        return actor_id if len(actor_id) == 3 and actor_id.isupper() else None

    def _type_of(self, actor_id: str) -> str | None:
        info = self._info.get(actor_id)
        return info.type if info is not None else None

    # -- dyads ---------------------------------------------------------------------------
    def dyads(self, window: str = "month", *, directed: bool = False,
              actors: Iterable[str] | None = None, countries: Iterable[str] | None = None,
              actor_types: Iterable[str] | None = None, min_events: int = 1) -> pd.DataFrame:
        """One row per (window, pair): counts per PLOVER type and quad class,
        cooperation, conflict, score, balance, and the event and document ids."""
        check_window(window)
        frame = aggregate(self.pairs, window, directed=directed)
        imprecise = frame.attrs.get("imprecise", 0)
        frame = self._keep(frame, "source", "target", actors, countries, actor_types)
        if min_events > 1:
            frame = frame[frame["n_events"] >= min_events]
        frame = frame.reset_index(drop=True)
        frame.attrs.update(window=window, imprecise=imprecise)
        return frame

    def dyad_records(self, window: str = "month", **filters) -> list[DyadWindow]:
        return dyad_records(self.dyads(window, **filters))

    # -- stances -------------------------------------------------------------------------
    def stances(self, window: str = "all", *, actors: Iterable[str] | None = None,
                countries: Iterable[str] | None = None,
                actor_types: Iterable[str] | None = None, min_events: int = 1,
                ties: bool = True) -> pd.DataFrame:
        """One row per (window, unordered pair): stance, confidence and the numbers behind
        it.  Pairs with a stated tie are kept whatever ``min_events`` says."""
        dyads = aggregate(self.pairs, window, directed=False)
        frame = stance_frame(dyads, self.stance_ties if ties else (),
                             tie_published=self.tie_published, window=window,
                             rules=self.rules)
        frame = self._keep(frame, "a", "b", actors, countries, actor_types)
        if min_events > 1:
            frame = frame[(frame["n_events"] >= min_events) | (frame["ties"].map(len) > 0)]
        return frame.reset_index(drop=True)

    def stance_records(self, window: str = "all", **filters) -> list[Stance]:
        return stance_records(self.stances(window, **filters), self.rules, self.stance_ties)

    def stance(self, a: str, b: str, window: str = "all") -> Stance | None:
        """The stance of one pair in the window "all" (or the latest window of a kind)."""
        a, b = sorted((self.resolve(a), self.resolve(b)))
        ties = [t for t in self.stance_ties if {t.source, t.target} == {a, b}]
        dyads = aggregate(self.pairs[self._pair_mask(a, b)], window, directed=False)
        rows = stance_frame(dyads, ties, tie_published=self.tie_published, window=window,
                            rules=self.rules)
        if rows.empty:
            return None
        return stance_records(rows.tail(1), self.rules, ties)[0]

    def _pair_mask(self, a: str, b: str, directed: bool = False) -> pd.Series:
        pairs = self.pairs
        mask = (pairs["source"] == a) & (pairs["target"] == b)
        if not directed:
            mask |= (pairs["source"] == b) & (pairs["target"] == a)
        return mask

    def ties(self, actor: str | None = None, relation: str | None = None) -> list[Tie]:
        out = list(self.ties_all)
        if actor:
            actor_id = self.resolve(actor)
            out = [t for t in out if actor_id in (t.source, t.target)]
        if relation:
            out = [t for t in out if t.relation == relation]
        return out

    # -- structure -----------------------------------------------------------------------
    def blocs(self, window: str = "all", *, min_size: int = 2, resolution: float = 1.0,
              **filters) -> list[Bloc]:
        return find_blocs(self.stance_records(window, **filters), min_size=min_size,
                          resolution=resolution)

    def bloc_shifts(self, window: str = "year", *, max_overlap: float = 0.5,
                    **filters) -> list[BlocShift]:
        """Actors that changed bloc from one window to the next (``blocs.shifts``)."""
        if window == "all":
            raise EntenteError("bloc shifts compare dated windows: day, week, month or year")
        return bloc_shifts(self.blocs(window, **filters), max_overlap=max_overlap)

    def allies(self, actor: str, n: int = 5, window: str = "all") -> list[Partner]:
        actor_id = self.resolve(actor)
        return partners(self.stance_records(window, actors=[actor_id]), actor_id, "ally", n)

    def enemies(self, actor: str, n: int = 5, window: str = "all") -> list[Partner]:
        actor_id = self.resolve(actor)
        return partners(self.stance_records(window, actors=[actor_id]), actor_id, "hostile", n)

    def balance(self, window: str = "all", *, limit: int | None = None,
                **filters) -> list[BalanceHypothesis]:
        return balance_hypotheses(self.stance_records(window, **filters), limit=limit)

    # -- change --------------------------------------------------------------------------
    def changes(self, a: str | None = None, b: str | None = None, *, window: str = "month",
                directed: bool = False, evidence: bool = True,
                **filters) -> list[ChangePoint]:
        """Change points of every dyad (of ``a``'s dyads, or of the pair a-b), strongest
        shift first, each with the events on either side."""
        if window == "all":
            raise EntenteError("change points need dated windows: day, week, month or year")
        dyads = self.dyads(window, directed=directed, **filters)
        pairs = self.pairs
        if a:
            a_id = self.resolve(a)
            dyads = dyads[(dyads["source"] == a_id) | (dyads["target"] == a_id)]
            if b:
                b_id = self.resolve(b)
                dyads = dyads[(dyads["source"] == b_id) | (dyads["target"] == b_id)]
            ids = {a_id} | ({self.resolve(b)} if b else set())
            pairs = pairs[pairs["source"].isin(ids) | pairs["target"].isin(ids)]
        points = find_changes(dyads, pairs, rules=self.rules)
        if evidence and self.engine is not None and points:
            ids = [e.id for p in points for e in (*p.events_before, *p.events_after)]
            points = with_texts(points, self.evidence_texts(ids))
        return points

    # -- one pair ------------------------------------------------------------------------
    def timeline(self, a: str, b: str, *, window: str = "month", directed: bool = False,
                 evidence: bool = True) -> DyadTimeline:
        """A pair over time: its windows, change points, every event (with its sentence
        when the network was read from a store), the ties between them and its stance."""
        a_id, b_id = self.resolve(a), self.resolve(b)
        if a_id == b_id:
            raise EntenteError(f"a dyad needs two actors; got {a!r} twice")
        pairs = self.pairs
        mask = self._pair_mask(a_id, b_id, directed)
        rows = pairs[mask].drop_duplicates("event_id")
        rows = rows.assign(_undated=rows["date_lo"].isna()).sort_values(
            ["_undated", "date_lo", "event_id"]).drop(columns="_undated")
        check_window(window)
        dyads = aggregate(pairs[mask], window, directed=directed)
        points = find_changes(dyads, pairs[mask], rules=self.rules) if window != "all" else []
        ties = tuple(t for t in self.stance_ties if {t.source, t.target} == {a_id, b_id})
        undirected = dyads if not directed else aggregate(pairs[mask], window, directed=False)
        stances = stance_records(
            stance_frame(undirected, ties, tie_published=self.tie_published, window=window,
                         rules=self.rules), self.rules, ties)
        texts = self.evidence_texts(rows["event_id"]) if evidence and self.engine is not None \
            else {}
        events = tuple(event_refs(rows, texts))
        if not directed:       # the pair as the caller named it: "al-qaeda - ISIS"
            points = [replace(p, source=a_id, target=b_id) for p in points]
        points = with_texts(points, texts)
        return DyadTimeline(a_id, b_id, directed, window, tuple(dyad_records(dyads)),
                            tuple(stances), tuple(points), events, ties,
                            self.stance(a_id, b_id))

    def evidence_texts(self, event_ids: Iterable[str]) -> dict[str, str]:
        """Event id -> its evidence sentence, from the store."""
        if self.engine is None:
            return {}
        return {i: e.evidence.text for i, e in load.read_events(self.engine, event_ids).items()}

    def events(self, event_ids: Iterable[str]):
        """The stored event records (with evidence, modality, attribution) for some ids."""
        if self.engine is None:
            raise EntenteError("this network was not read from a store: no event records")
        return list(load.read_events(self.engine, event_ids).values())

    # -- graph ---------------------------------------------------------------------------
    def graph(self, window: str = "all", *, with_ties: bool = True, **filters) -> nx.MultiDiGraph:
        """The network as a networkx MultiDiGraph: one node per actor (name, type,
        country, bloc), one ``stance`` edge per pair and window (a -> b in id order,
        attribute ``directed=False``; key "stance", or "stance:2022" for a dated window)
        and one edge per stated tie (source -> target, key and attribute ``relation``).
        Node ``bloc``: the actor's bloc in the last window (0: none)."""
        stances = self.stance_records(window, **filters)
        g = nx.MultiDiGraph(window=window)
        stances = list(stances)
        last = max((s.window for s in stances), default="all")
        bloc_of = {m: bl.id for bl in find_blocs(s for s in stances if s.window == last)
                   for m in bl.members}
        g.graph["bloc_window"] = last
        nodes = {s.a for s in stances} | {s.b for s in stances}
        ties = [t for t in self.ties_all if not filters.get("actors")
                or {t.source, t.target} & {self.resolve(x) for x in filters["actors"]}]
        if with_ties:
            nodes |= {t.source for t in ties} | {t.target for t in ties}
        for n in sorted(nodes):
            info = self._info.get(n)
            g.add_node(n, label=self.name(n), type=str(getattr(info, "type", "") or ""),
                       country=str(self._country_of(n) or ""), bloc=int(bloc_of.get(n, 0)))
        for s in stances:
            key = "stance" if s.window == "all" else f"stance:{s.window}"
            g.add_edge(s.a, s.b, key=key, kind="stance", directed=False, window=s.window,
                       stance=s.stance, confidence=s.confidence, balance=s.balance,
                       score=s.score, n_events=s.n_events, weight=s.weight,
                       reasons=" | ".join(s.reasons),
                       event_ids=" ".join(s.event_ids[:200]))
        if with_ties:
            for t in ties:
                g.add_edge(t.source, t.target, key=t.relation, kind="tie", directed=True,
                           relation=t.relation, documents=" ".join(t.doc_ids),
                           evidence=" | ".join(t.evidence))
        return g


def _engine(store):
    """The SQLAlchemy engine of a Store, a path or URL, or the default store."""
    from ..store import Store, default_url, to_url
    if isinstance(store, Store):
        return store.engine
    url = to_url(str(store)) if store is not None else default_url()
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        raise EntenteError(f"no store at {url[len('sqlite:///'):]}; fill one first with "
                           "'entente ingest FILES --db PATH'")
    return Store(url).engine


def records_frame(records: Iterable) -> pd.DataFrame:
    """Any list of this package's records as a DataFrame (one column per field)."""
    rows = [r.to_dict() for r in records]
    for row in rows:
        row.pop("kind", None)
    return pd.DataFrame(rows)


__all__ = ["Network", "Options", "records_frame", "EventRef"]
