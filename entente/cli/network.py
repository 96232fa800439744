"""entente network / dyad: the alliance and hostility network over the store."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EntenteError
from .output import FORMATS, emit

SHOW = ("stances", "dyads", "blocs", "shifts", "changes", "ties", "balance", "allies",
        "enemies")
DB = typer.Option(None, "--db", help="Store URL or SQLite path (default: $ENTENTE_DB or ~/.local/share/entente/entente.db).")
SINCE = typer.Option(None, "--since", help="Events from this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="Events up to this date.")
ROLLUP = typer.Option(False, "--rollup", help="Count leaders', branches' and state organs' events toward the actor above them.")
UNDATED = typer.Option("skip", "--undated", help="skip: undated events count in window 'all' only; published: place them at their document's date.")
HALF_LIFE = typer.Option(None, "--half-life", help="Weight recent events more: an event this many days older counts half.")
FORMAT = typer.Option("table", "--format", help="table | jsonl | csv")


def _network(db, since, until, types, rollup, undated, half_life):
    try:
        from ..network import Network
    except ModuleNotFoundError as exc:     # pragma: no cover - depends on the install
        raise EntenteError(f"the network needs {exc.name}: pip install 'entente[network]'") from exc
    return Network.from_store(db, since=since, until=until, event_types=types or None,
                              undated=undated, rollup=rollup, half_life_days=half_life)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise EntenteError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")


def _jsonl(records) -> int:
    n = 0
    for r in records:
        sys.stdout.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def _num(x: float) -> str:
    return f"{x:+.2f}"


def network(db: Optional[str] = DB,
            actor: Optional[List[str]] = typer.Option(None, "--actor", help="Keep pairs with this actor (id or name); repeat for several."),
            country: Optional[List[str]] = typer.Option(None, "--country", help="Keep pairs with an actor of this country (ISO alpha-3); repeat."),
            types: Optional[List[str]] = typer.Option(None, "--type", help="Only these PLOVER event types (e.g. ASSAULT); repeat."),
            actor_type: Optional[List[str]] = typer.Option(None, "--actor-type", help="Keep pairs with an actor of this type (state, armed_group, ...)."),
            since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
            window: str = typer.Option("all", "--window", help="all | year | month | week | day"),
            min_events: int = typer.Option(1, "--min-events", help="Leave out pairs with fewer events (pairs with a stated tie stay)."),
            directed: bool = typer.Option(False, "--directed", help="Dyads as source -> target (--show dyads, changes)."),
            rollup: bool = ROLLUP, undated: str = UNDATED,
            half_life: Optional[float] = HALF_LIFE,
            show: str = typer.Option("stances", "--show", help="stances | dyads | blocs | shifts (actors changing bloc) | changes | ties | balance | allies | enemies"),
            fmt: str = FORMAT,
            output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the graph (.graphml .gexf .json) or a picture of it (.png .svg .pdf) instead."),
            limit: Optional[int] = typer.Option(None, "--limit")) -> None:
    """The alliance and hostility network: stances, dyads, blocs, shifts; or a graph file."""
    _check_format(fmt)
    if show not in SHOW:
        raise EntenteError(f"--show {show!r} is not one of {', '.join(SHOW)}")
    net = _network(db, since, until, types, rollup, undated, half_life)
    if net.pairs.empty and not net.ties_all:
        typer.echo("entente: note: no event in this store (within --since/--until/--type) is "
                   "between two actors, and no tie is stated: the network is empty", err=True)
    filters = dict(actors=actor or None, countries=country or None,
                   actor_types=actor_type or None, min_events=min_events)
    if output is not None:
        _write(net, output, window, filters)
        return
    if show == "stances":
        records = net.stance_records(window, **filters)[:limit]
        if fmt == "jsonl":
            _jsonl(records)
            return
        emit(({"window": s.window, "a": s.a, "b": s.b, "stance": s.stance,
               "confidence": f"{s.confidence:.2f}", "balance": _num(s.balance),
               "events": s.n_events, "ties": ", ".join(s.ties),
               "why": s.reasons[0]} for s in records), fmt,
             ["window", "a", "b", "stance", "confidence", "balance", "events", "ties", "why"])
    elif show == "dyads":
        records = net.dyad_records(window, directed=directed, **filters)[:limit]
        if fmt == "jsonl":
            _jsonl(records)
            return
        emit(({"window": d.window, "source": d.source, "target": d.target,
               "events": d.n_events, "cooperation": f"{d.cooperation:.1f}",
               "conflict": f"{d.conflict:.1f}", "balance": _num(d.balance),
               "quads": "/".join(map(str, d.quads)),
               "types": ", ".join(f"{t} {n}" for t, n in d.types),
               "documents": len(d.doc_ids)} for d in records), fmt,
             ["window", "source", "target", "events", "cooperation", "conflict", "balance",
              "quads", "types", "documents"])
    elif show == "blocs":
        records = net.blocs(window, **filters)[:limit]
        if fmt == "jsonl":
            _jsonl(records)
            return
        emit(({"window": b.window, "bloc": b.id, "members": ", ".join(b.members),
               "size": len(b.members), "cohesion": f"{b.cohesion:.2f}",
               "hostile inside": ", ".join(f"{x}-{y}" for x, y in b.hostile_edges)}
              for b in records), fmt,
             ["window", "bloc", "size", "cohesion", "members", "hostile inside"])
    elif show == "shifts":
        records = net.bloc_shifts("year" if window == "all" else window, **filters)[:limit]
        if fmt == "jsonl":
            _jsonl(records)
            return
        emit(({"actor": s.actor, "from": s.before_window, "to": s.after_window,
               "with before": ", ".join(s.before), "with after": ", ".join(s.after)}
              for s in records), fmt, ["actor", "from", "to", "with before", "with after"])
    elif show == "changes":
        cw = "month" if window == "all" else window
        records = net.changes(window=cw, directed=directed, **filters)[:limit]
        if fmt == "jsonl":
            _jsonl(records)
            return
        emit(({"at": c.at, "source": c.source, "target": c.target,
               "before": f"{c.before.stance} ({_num(c.before.balance)})",
               "after": f"{c.after.stance} ({_num(c.after.balance)})",
               "shift": _num(c.shift), "summary": c.summary} for c in records), fmt,
             ["at", "source", "target", "before", "after", "shift", "summary"])
    elif show == "ties":
        records = net.ties(actor[0] if actor else None)[:limit]
        if fmt == "jsonl":
            _jsonl(records)
            return
        emit(({"source": t.source, "relation": t.relation, "target": t.target,
               "documents": ", ".join(t.doc_ids), "evidence": t.evidence[0] if t.evidence else ""}
              for t in records), fmt, ["source", "relation", "target", "documents", "evidence"])
    elif show == "balance":
        records = net.balance(window, limit=limit, **filters)
        if fmt == "jsonl":
            _jsonl(records)
            return
        emit(({"hypothesis": h.kind_of, "a": h.a, "b": h.b, "via": h.via,
               "expected": h.expected, "observed": h.observed, "statement": h.statement}
              for h in records), fmt,
             ["hypothesis", "a", "b", "via", "expected", "observed", "statement"])
    else:
        if not actor:
            raise EntenteError(f"--show {show} needs --actor NAME")
        fn = net.allies if show == "allies" else net.enemies
        records = fn(actor[0], n=limit or 5, window=window)
        if fmt == "jsonl":
            _jsonl(records)
            return
        emit(({"actor": p.actor, "partner": p.partner, "stance": p.stance,
               "score": f"{p.score:.1f}", "confidence": f"{p.confidence:.2f}",
               "events": p.n_events} for p in records), fmt,
             ["actor", "partner", "stance", "score", "confidence", "events"])


def _write(net, output: Path, window: str, filters: dict) -> None:
    from ..network.export import GRAPH_FORMATS, write_graph
    from ..network.plot import PLOT_SUFFIXES, plot_network
    suffix = output.suffix.lower()
    graph = net.graph(window, **filters)
    if suffix in PLOT_SUFFIXES:
        plot_network(graph, output)
    elif suffix in GRAPH_FORMATS:
        write_graph(graph, output)
    else:
        raise EntenteError(f"--output {output}: use {', '.join((*GRAPH_FORMATS, *PLOT_SUFFIXES))}")
    typer.echo(f"wrote {output} ({graph.number_of_nodes()} actors, "
               f"{graph.number_of_edges()} edges)", err=True)


def dyad(a: str = typer.Argument(..., help="First actor (id or name, e.g. 'al Qaeda')."),
         b: str = typer.Argument(..., help="Second actor."),
         db: Optional[str] = DB,
         window: str = typer.Option("month", "--window", help="day | week | month | year | all"),
         directed: bool = typer.Option(False, "--directed", help="Only A -> B events."),
         since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
         rollup: bool = ROLLUP, undated: str = UNDATED,
         half_life: Optional[float] = HALF_LIFE, fmt: str = FORMAT,
         plot: Optional[Path] = typer.Option(None, "--plot", help="Also draw the score over time (.png .svg .pdf)."),
         evidence: bool = typer.Option(True, "--evidence/--no-evidence", help="List every event with its sentence.")) -> None:
    """The timeline of a pair: windows, stance, change points and the evidence."""
    _check_format(fmt)
    net = _network(db, since, until, None, rollup, undated, half_life)
    tl = net.timeline(a, b, window=window, directed=directed)
    if not tl.events and not tl.ties:
        raise EntenteError(f"no events or ties between {tl.a} and {tl.b} in this store"
                           + (" (try --rollup)" if not rollup else ""))
    if plot is not None:
        from ..network.plot import plot_dyad
        plot_dyad(tl, plot, names={tl.a: net.name(tl.a), tl.b: net.name(tl.b)})
        typer.echo(f"wrote {plot}", err=True)
    if fmt == "jsonl":
        _jsonl([*tl.windows, *tl.stances, *tl.changes, *tl.ties,
                *(tl.events if evidence else ()), *([tl.stance] if tl.stance else [])])
        return
    stance_of = {s.window: s for s in tl.stances}
    arrow = "->" if tl.directed else "-"
    if fmt == "table":
        overall = tl.stance
        typer.echo(f"{net.name(tl.a)} ({tl.a}) {arrow} {net.name(tl.b)} ({tl.b}): "
                   + (f"{overall.stance}, confidence {overall.confidence:.2f}; "
                      + "; ".join(overall.reasons) if overall else "no stance"))
        for t in tl.ties:
            typer.echo(f"  stated tie: {t.source} {t.relation} {t.target} ({', '.join(t.doc_ids)})")
    emit(({"window": w.window, "events": w.n_events, "cooperation": f"{w.cooperation:.1f}",
           "conflict": f"{w.conflict:.1f}", "balance": _num(w.balance),
           "stance": stance_of[w.window].stance if w.window in stance_of else "",
           "types": ", ".join(f"{t} {n}" for t, n in w.types)} for w in tl.windows), fmt,
         ["window", "events", "cooperation", "conflict", "balance", "stance", "types"])
    if fmt != "table":
        return
    for c in tl.changes:
        typer.echo(f"change: {c.summary}")
    if evidence and tl.events:
        emit(({"date": e.date or "undated", "event": e.event, "source": e.source,
               "target": e.target, "aux": ", ".join(e.aux), "weight": f"{e.weight:.2f}",
               "evidence": " ".join((e.text or "").split()), "doc": e.doc_id}
              for e in tl.events), fmt,
             ["date", "event", "source", "target", "aux", "weight", "evidence", "doc"])


def register(app: typer.Typer) -> None:
    app.command("network")(network)
    app.command("dyad")(dyad)
