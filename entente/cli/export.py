"""entente export: a store as JSON Lines, CSV, Parquet, or GDELT- / POLECAT-shaped tables."""
from __future__ import annotations

from typing import Optional

import typer

from ..errors import EntenteError

FORMAT_HELP = "jsonl | csv | parquet | gdelt | polecat (GDELT and POLECAT: tab-separated event tables)."


def export(fmt: str = typer.Option(..., "--format", "-f", help=FORMAT_HELP),
           out: str = typer.Option("-", "--out", "-o", help="File to write (- for standard output; parquet needs a file)."),
           table: Optional[str] = typer.Option(None, "--table", help="events (default) | documents | actors | quotes | relations | duplicates; for jsonl the default is all records."),
           db: Optional[str] = typer.Option(None, "--db", help="Store URL or SQLite path (default: $ENTENTE_DB or ~/.local/share/entente/entente.db)."),
           actor: Optional[str] = typer.Option(None, "--actor", help="Only events with this actor (id or name)."),
           event: Optional[str] = typer.Option(None, "--event", help="Only this PLOVER event type."),
           since: Optional[str] = typer.Option(None, "--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
           until: Optional[str] = typer.Option(None, "--until", help="Up to this date.")) -> None:
    """Export the store; the columns of each format are listed in docs/exports.md."""
    from pathlib import Path

    from ..export import export as run_export
    from ..store import Store, default_url, to_url

    url = to_url(db) if db else default_url()
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        raise EntenteError(f"no store at {url[len('sqlite:///'):]}; fill one first with "
                           "'entente ingest FILES --db PATH', or give --db / $ENTENTE_DB")
    with Store(url) as store:
        n = run_export(store, fmt.lower(), out, table=table, actor=actor, event=event,
                       since=since, until=until)
    typer.echo(f"exported {n} row(s) as {fmt.lower()}" + (f" to {out}" if out != "-" else ""),
               err=True)


def register(app: typer.Typer) -> None:
    app.command("export")(export)
