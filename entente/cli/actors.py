"""entente actors: the actors in the store, the unknown ones to add to the knowledge base
(--unknown), and how a name resolves on a date (entente actors lookup NAME --date D)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EntenteError
from .output import emit
from .query import ACTOR, DB, EVENT, FORMAT, LIMIT, SINCE, UNTIL, _actor, _event_type, _store

ACTOR_FILES = typer.Option(None, "--actors", help="A YAML file of your own actors, which add to "
                           "or replace packaged ones by id (repeat for several files; "
                           "$ENTENTE_ACTORS also names files, separated by os.pathsep).")

app = typer.Typer(help="Actors in the store (--unknown: those the knowledge base lacks), and "
                       "'lookup NAME' to see how a name resolves and why.")


def knowledge_base(files: Optional[List[Path]]):
    """The knowledge base with the user's files (an error names the file and line)."""
    from ..actors.kb import load_kb
    return load_kb(files or ())


def pipeline_with(files: Optional[List[Path]]):
    """A Pipeline that uses the user's actor files, or None without --actors. The files
    are checked now (a broken one stops the command with its file and line) and added to
    $ENTENTE_ACTORS, so that worker processes started from here read them too."""
    if not files:
        return None
    from ..actors.kb import ENV_ACTORS
    from ..pipeline import Pipeline
    kb = knowledge_base(files)
    named = [p for p in os.environ.get(ENV_ACTORS, "").split(os.pathsep) if p.strip()]
    os.environ[ENV_ACTORS] = os.pathsep.join(named + [str(Path(f).resolve()) for f in files])
    return Pipeline(kb=kb)


def _day(value: str | None) -> str | None:
    from ..actors.kb import parse_day
    return parse_day(value, "--date") if value else None


@app.callback(invoke_without_command=True)
def actors(ctx: typer.Context, db: Optional[str] = DB, actor: Optional[str] = ACTOR,
           since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
           event: Optional[str] = EVENT, fmt: str = FORMAT, limit: Optional[int] = LIMIT,
           unknown: bool = typer.Option(False, "--unknown", help="Only actors the knowledge "
                                        "base does not know, most frequent first: what to add."),
           files: Optional[List[Path]] = ACTOR_FILES) -> None:
    """Actors in the store, with how many documents mention them."""
    if ctx.invoked_subcommand is not None:
        return
    event = _event_type(event)
    kb = knowledge_base(files) if unknown else None
    with _store(db, fmt) as store:
        rows = store.actors(actor=_actor(actor), since=since, until=until, event=event,
                            limit=None if unknown else limit)
    if kb is not None:
        # unknown: an id the base lacks, and not an unnamed collective ("protesters")
        rows = [r for r in rows if r["id"] not in kb and kb.sector_of(r["id"]) is None]
        rows = rows[:limit] if limit else rows
    emit(rows, fmt, ["id", "name", "type", "country", "sector", "n_documents", "n_mentions"])
    if kb is not None and rows and fmt == "table":
        typer.echo("add them to a YAML file (see entente/resources/actors/*.yaml) and pass "
                   "it with --actors FILE or $ENTENTE_ACTORS", err=True)


@app.command("lookup")
def lookup(name: str = typer.Argument(..., help="A name as a text would write it: 'the Kremlin', "
                                      "'Daesh', 'President Obama', 'Russian warplanes'."),
           day: Optional[str] = typer.Option(None, "--date", help="The story's date (YYYY, "
                                             "YYYY-MM or YYYY-MM-DD): roles and renamings "
                                             "are resolved as of then."),
           as_json: bool = typer.Option(False, "--json", help="Print the explanation as JSON."),
           files: Optional[List[Path]] = ACTOR_FILES) -> None:
    """How a name resolves on a date, and why (entry, surface, roles, rejected candidates)."""
    if not name.strip():
        raise EntenteError("give a name to look up, e.g. entente actors lookup 'the Kremlin'")
    explanation = knowledge_base(files).explain(name, _day(day))
    if as_json:
        typer.echo(json.dumps(explanation.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(explanation.format_text())


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="actors")
