"""Errors that name the input they concern and say what to do about it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InputError:
    """One input that could not be read or coded.  Readers and the pipeline *yield*
    these instead of raising, so that one bad document never stops a batch."""
    source: str          # file path, "path:line" for JSON Lines, or a document id
    message: str         # what was wrong and what to do

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class EntenteError(Exception):
    """A usage or configuration error reported to the user without a traceback."""
