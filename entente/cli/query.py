"""entente events / relations / quotes: query the store (actors: cli/actors.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..records import PLOVER_EVENTS
from ..errors import EntenteError
from .output import FORMATS, emit

DB = typer.Option(None, "--db", help="Store URL or SQLite path (default: $ENTENTE_DB or ~/.local/share/entente/entente.db).")
ACTOR = typer.Option(None, "--actor", help="Actor id or name (e.g. RUS, ISIS, 'al Qaeda').")
SINCE = typer.Option(None, "--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="Up to this date.")
EVENT = typer.Option(None, "--event", help="PLOVER event type, e.g. ASSAULT.")
FORMAT = typer.Option("table", "--format", help="table | jsonl | csv")
LIMIT = typer.Option(None, "--limit")


def _store(db: str | None, fmt: str):
    """The store to query, after checking the format; a SQLite file that does not exist
    is an error here (querying must not create an empty store at a mistyped path)."""
    if fmt not in FORMATS:
        raise EntenteError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    from ..store import Store, default_url, to_url
    url = to_url(db) if db else default_url()
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        raise EntenteError(f"no store at {url[len('sqlite:///'):]}; fill one first with "
                           "'entente ingest FILES --db PATH', or give --db / $ENTENTE_DB")
    return Store(url)


def _actor(value: str | None) -> str | None:
    """An actor the knowledge base knows by that name ("al Qaeda", "Russia") as its id;
    anything else as given (the store matches ids and names, ignoring case)."""
    if not value:
        return value
    from ..actors.kb import load_kb
    kb = load_kb()
    if kb.get(value):
        return value
    found = {entry.id for entry, _how in kb.lookup(value)}
    return found.pop() if len(found) == 1 else value


def _event_type(value: str | None) -> str | None:
    if value is not None and value.upper() not in PLOVER_EVENTS:
        raise EntenteError(f"--event {value!r} is not a PLOVER type; use one of {', '.join(PLOVER_EVENTS)}")
    return value.upper() if value else None


def events(db: Optional[str] = DB, actor: Optional[str] = ACTOR, since: Optional[str] = SINCE,
           until: Optional[str] = UNTIL, event: Optional[str] = EVENT, fmt: str = FORMAT,
           limit: Optional[int] = LIMIT) -> None:
    """Stored events, filtered."""
    event = _event_type(event)
    with _store(db, fmt) as store:
        rows = [e.to_dict() for e in store.events(actor=_actor(actor), event=event,
                                                  since=since, until=until, limit=limit)]
    emit(rows, fmt, ["date", "event", "mode", "cameo", "actor", "recipient", "aux",
                     "attribution", "confidence", "id"])


def relations(db: Optional[str] = DB, actor: Optional[str] = ACTOR, since: Optional[str] = SINCE,
              until: Optional[str] = UNTIL, fmt: str = FORMAT, limit: Optional[int] = LIMIT) -> None:
    """Standing ties the stored documents state."""
    with _store(db, fmt) as store:
        rows = [r.to_dict() for r in store.relations(actor=_actor(actor), since=since, until=until,
                                                     limit=limit)]
    emit(rows, fmt, ["source", "relation", "target", "doc_id", "evidence"])


def quotes(db: Optional[str] = DB, actor: Optional[str] = ACTOR, fmt: str = FORMAT,
           limit: Optional[int] = LIMIT) -> None:
    """Stored quotations with their speaker and who relayed them."""
    with _store(db, fmt) as store:
        rows = [q.to_dict() for q in store.quotes(actor=_actor(actor), limit=limit)]
    emit(rows, fmt, ["speaker", "via", "cue", "text", "doc_id"])


def register(app: typer.Typer) -> None:
    for fn in (events, relations, quotes):
        app.command(fn.__name__)(fn)
