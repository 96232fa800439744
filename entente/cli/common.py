"""What the commands that read documents share: stderr lines, --date, the document stream."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Iterator

import typer

from ..errors import EntenteError, InputError
from ..read import read_inputs
from ..records import Document


def say(message: str) -> None:
    """One line on stderr, never wrapped or read as markup (paths may hold [ ])."""
    typer.echo(message, err=True)


def report(error: InputError) -> None:
    say(f"{typer.style('error', fg='red')} {error.source}: {error.message}")


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise EntenteError(f"--date {value!r} is not an ISO date; write it as YYYY-MM-DD") from None


def documents(paths: list[str], input_format: str | None, max_bytes: int, published: str | None,
              columns: dict[str, str] | None = None) -> Iterator[Document | InputError]:
    """The inputs' documents, with ``published`` given to those that carry no date."""
    for item in read_inputs(paths, input_format, max_bytes=max_bytes, columns=columns):
        if isinstance(item, Document) and published and not item.published:
            item = replace(item, published=published)
        yield item
