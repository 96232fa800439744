"""entente check: is a store consistent (after a crash, a kill or a full disk)?"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..errors import EntenteError
from .common import say


def check(db: Optional[str] = typer.Option(None, "--db", help="Store URL or SQLite path (default: $ENTENTE_DB or ~/.local/share/entente/entente.db)."),
          quick: bool = typer.Option(False, "--quick", help="SQLite: quick_check instead of the full integrity_check."),
          as_json: bool = typer.Option(False, "--json", help="Print the problems as JSON on stdout.")) -> None:
    """Check a store: SQLite integrity, records without their document, half-written
    documents, documents stored twice, duplicates counted inconsistently.  Exit code 1
    when a problem is found."""
    from ..store import Store, default_url, to_url
    from ..store.check import count_problems
    from ..store.sqlstore import _safe_url

    url = to_url(db) if db else default_url()
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):].split("?")[0]).exists():
        raise EntenteError(f"no store at {url[len('sqlite:///'):]}; give --db or $ENTENTE_DB")
    with Store(url) as store:
        problems = store.check(quick=quick)
        counts = store.counts()
    if as_json:
        typer.echo(json.dumps({"store": _safe_url(url), "counts": counts,
                               "problems": [p.to_dict() for p in problems]}, indent=2))
    for problem in problems:
        say(f"problem {problem}")
    say(f"checked {counts['documents']} document(s), {counts['events']} event(s): "
        f"{count_problems(problems)} problem(s)  [{_safe_url(url)}]")
    if problems:
        say("the store is inconsistent: keep a copy of it and report this (the problems "
            "above name the rows concerned)")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("check")(check)
