"""Printing records as JSON Lines, CSV or a rich table."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, Iterable

from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "jsonl", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(str(v.get("name") or v.get("id") or v) for v in value)
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        if "speaker" in value:
            speaker = value.get("speaker") or {}
            via = ", ".join(v.get("name", "") for v in value.get("via") or [])
            return (speaker.get("name") or "") + (f" via {via}" if via else "")
        return str(value.get("name") or value.get("text") or value.get("country") or value)
    return str(value)


def _table_console(table: Table) -> Console:
    """A terminal's width; piped or redirected, the table's full width, so that no
    cell is cut to "SANC…" for a reader that is not a terminal (less, grep, a file)."""
    console = Console()
    if console.is_terminal:
        return console
    natural = Measurement.get(console, console.options.update_width(10_000), table).maximum
    return Console(width=max(console.width, natural))


def emit(rows: Iterable[dict], fmt: str, columns: list[str]) -> int:
    """Print rows (dicts of records) in ``fmt``; returns how many were printed."""
    rows = list(rows)
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c)) for c in columns])
    else:
        table = Table(*columns, show_lines=False)
        for r in rows:
            table.add_row(*(Text(_cell(r.get(c))) for c in columns))   # Text: no markup
        _table_console(table).print(table)
        Console(stderr=True).print(f"{len(rows)} row(s)")
    return len(rows)
