"""entente's command line: thin wrappers that parse arguments and call the library."""
from __future__ import annotations

import sys

import typer

from ..errors import EntenteError
from . import coding, query

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="entente: code news into actors, PLOVER/CAMEO events, quotes and ties, "
                       "each with the sentence that supports it.")
coding.register(app)
query.register(app)


def main() -> None:
    try:
        app()
    except EntenteError as exc:
        typer.echo(f"entente: {exc}", err=True)
        sys.exit(2)
