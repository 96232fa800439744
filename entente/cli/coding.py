"""entente code / eval: read documents, code them, print the records (ingest: cli/ingest.py)."""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import InputError
from ..limits import DEFAULT_MAX_CHARS, DEFAULT_MAX_SECONDS, ENV_MAX_CHARS, ENV_MAX_SECONDS, Limits
from ..read import DEFAULT_MAX_BYTES
from ..records import to_jsonl
from .actors import ACTOR_FILES, knowledge_base
from .common import check_date, documents, report, say

# the per-document limits, shared with ingest (entente.limits)
MAX_BYTES = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", envvar="ENTENTE_MAX_BYTES", min=1,
                         help="Largest input document read, in bytes (file, line, entry).")
MAX_CHARS = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", envvar=ENV_MAX_CHARS, min=0,
                         help="Longest text coded, in characters (after HTML and the like are "
                              "read); longer ones are reported, not coded. 0: no limit.")
MAX_SECONDS = typer.Option(DEFAULT_MAX_SECONDS, "--max-seconds", envvar=ENV_MAX_SECONDS, min=0,
                           help="Most seconds coding one document may take; a slower one is "
                                "stopped and reported, and the run goes on. 0: no limit.")


def code(paths: List[str] = typer.Argument(..., help="Files or folders (.txt .html .jsonl), or - for stdin."),
         input_format: Optional[str] = typer.Option(None, "--input-format", help="txt | html | jsonl (default: from the suffix; jsonl for -)."),
         published: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for documents that carry none."),
         min_confidence: float = typer.Option(0.0, "--min-confidence", help="Drop events below this confidence."),
         max_bytes: int = MAX_BYTES,
         max_chars: int = MAX_CHARS,
         max_seconds: float = MAX_SECONDS,
         actors: Optional[List[Path]] = ACTOR_FILES) -> None:
    """Code documents and print their records as JSON Lines."""
    from ..pipeline import Pipeline
    stream = documents(paths, input_format, max_bytes, check_date(published))
    pipeline = Pipeline(kb=knowledge_base(actors),
                        limits=Limits(max_chars=max_chars, max_seconds=max_seconds))
    failed = 0
    for result in pipeline.code_many(stream):
        if isinstance(result, InputError):
            failed += 1
            report(result)
            continue
        if min_confidence:
            result = replace(result, events=tuple(e for e in result.events if e.confidence >= min_confidence))
        for line in to_jsonl(result.records()):
            sys.stdout.write(line + "\n")
        sys.stdout.flush()
    if failed:
        say(f"{failed} input(s) failed; the others were coded.")
        raise typer.Exit(1)


def evaluate(gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold file (see eval/README.md)."),
             as_json: bool = typer.Option(False, "--json", help="Print the report as JSON.")) -> None:
    """Code the gold set's documents and score entente against it."""
    from ..evaluate import run_eval
    report = run_eval(gold)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        typer.echo(report.format_text())


def register(app: typer.Typer) -> None:
    app.command("code")(code)
    app.command("eval")(evaluate)
