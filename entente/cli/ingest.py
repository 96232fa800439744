"""entente ingest / load / export: code inputs into a store at scale, import Parquet
partitions, export a store."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EntenteError
from ..limits import Limits
from ..read import count_documents, parse_columns
from . import export as export_cli
from .actors import ACTOR_FILES, pipeline_with
from .coding import MAX_BYTES, MAX_CHARS, MAX_SECONDS
from .common import check_date, documents, say

DB_HELP = ("Store URL or SQLite path (default: $ENTENTE_DB or "
           "~/.local/share/entente/entente.db); postgresql://USER:PASS@HOST/DB for PostgreSQL.")


def ingest(paths: List[str] = typer.Argument(..., help="Files, folders or glob patterns (.txt .html .jsonl .csv .tsv .rss .atom .xml .warc, and .gz of these), or - for stdin."),
           db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
           input_format: Optional[str] = typer.Option(None, "--input-format", help="txt | html | jsonl | csv | feed | warc (default: from the suffix; jsonl for -)."),
           published: Optional[str] = typer.Option(None, "--date", help="Publication date for documents that carry none."),
           max_bytes: int = MAX_BYTES,
           max_chars: int = MAX_CHARS,
           max_seconds: float = MAX_SECONDS,
           columns: Optional[str] = typer.Option(None, "--columns", help="CSV columns of the document fields, e.g. text=body,date=published_at,id=guid,title=headline,url=link,source=outlet (default: found by name)."),
           workers: int = typer.Option(1, "--workers", "-j", help="Worker processes that code (0: one per core); each loads the model once."),
           dask: Optional[str] = typer.Option(None, "--dask", help="Code on a Dask cluster: a scheduler address (tcp://HOST:8786), or local[:N] for a local cluster of N workers. Needs pip install 'entente[dask]'."),
           parquet: Optional[Path] = typer.Option(None, "--parquet", help="With --dask: workers write partitioned Parquet to this folder instead of the store; import it with 'entente load'."),
           batch_size: int = typer.Option(16, "--batch-size", help="Documents per batch sent to a worker."),
           near: bool = typer.Option(True, "--near-duplicates/--exact-only", help="Also count near-duplicate articles (MinHash), not only exact copies."),
           threshold: float = typer.Option(0.7, "--near-threshold", help="Estimated Jaccard similarity (of word 5-grams) from which two articles are the same story."),
           summary_json: Optional[Path] = typer.Option(None, "--summary-json", help="Also write the summary as JSON to this file."),
           progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on a terminal."),
           actors: Optional[List[Path]] = ACTOR_FILES) -> None:
    """Code documents and store them: duplicates counted, not coded twice; resumable (run the
    same command again after a stop and only what is missing is done)."""
    from ..batch import ingest as run_ingest, summary_lines
    from ..batch.progress import RichReporter
    from ..store import Store
    from ..store.sqlstore import _safe_url

    if not 0.0 < threshold <= 1.0:
        raise EntenteError(f"--near-threshold {threshold}: give a similarity in (0, 1], e.g. 0.7")
    mapping = parse_columns(columns)
    day = check_date(published)
    total = count_documents(paths, input_format) if progress else None
    reporter = RichReporter(bar=progress, echo=lambda line: say(
        typer.style("error", fg="red") + line[len("error"):]))
    with Store(db) as store:
        report = run_ingest(documents(paths, input_format, max_bytes, day, mapping), store,
                            workers=workers, dask=dask, parquet=str(parquet) if parquet else None,
                            batch_size=batch_size, near=near, threshold=threshold,
                            reporter=reporter, total=total, pipeline=pipeline_with(actors),
                            limits=Limits(max_chars=max_chars, max_seconds=max_seconds))
        where = str(parquet) if parquet else _safe_url(store.url)
        for line in summary_lines(report, where):
            say(line)
    if summary_json:
        summary_json.write_text(json.dumps({**report.to_dict(), "store": where}, indent=2) + "\n",
                                encoding="utf-8")
    if report.failed:
        raise typer.Exit(1)


def load(folder: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of part-*.parquet written by 'entente ingest --dask ... --parquet'."),
         db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Import Parquet partitions (and their duplicates) into a store; already stored
    documents are skipped, so a load can be run again."""
    from ..batch.parquet import partitions, read_duplicates, read_partitions
    from ..records import Document as Doc
    from ..store import Store
    from ..store.sqlstore import _safe_url

    if not partitions(folder):
        raise EntenteError(f"{folder} holds no part-*.parquet files; write them with "
                           "'entente ingest ... --dask ADDRESS --parquet FOLDER'")
    stored = skipped = events = dups = 0
    with Store(db) as store:
        for coded in read_partitions(folder):
            if store.save(coded):
                stored += 1
                events += len(coded.events)
            else:
                skipped += 1
        for row in read_duplicates(folder):
            doc = Doc.from_dict({**row, "text": ""})
            doc = replace(doc, sha256=row.get("sha256", ""))
            if store.document(row["of_id"]) is not None and store.add_duplicate(
                    doc, row["of_id"], row["kind"], float(row["similarity"])):
                dups += 1
        say(f"loaded {stored} document(s) with {events} event(s) and {dups} duplicate(s); "
             f"{skipped} already in the store  [{_safe_url(store.url)}]")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("load")(load)
    export_cli.register(app)
