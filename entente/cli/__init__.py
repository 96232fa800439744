"""entente's command line: thin wrappers that parse arguments and call the library."""
from __future__ import annotations

import click
import typer
from typer.core import TyperGroup

from ..errors import EntenteError
from . import actors, coding, query, serve, network
from . import ingest as ingest_cli
from . import check as check_cli


class _EntenteGroup(TyperGroup):
    """Turns an EntenteError from any command into one line on stderr and exit code 2
    (a usage error), here rather than in main(), so that the app behaves the same when
    it is called in-process (tests, CliRunner) as from the console script."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except EntenteError as exc:
            typer.echo(f"entente: error: {exc}", err=True)
            raise typer.Exit(2) from None


app = typer.Typer(cls=_EntenteGroup, add_completion=False, no_args_is_help=True,
                  help="entente: code news into actors, PLOVER/CAMEO events, quotes and ties, "
                       "each with the sentence that supports it.")
coding.register(app)
query.register(app)
actors.register(app)
serve.register(app)
network.register(app)
ingest_cli.register(app)
check_cli.register(app)


def main() -> None:
    app()
