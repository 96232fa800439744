"""A rich progress bar for ingests: documents done of the total (when it is known),
documents/second, words/second and time left; errors print above the bar."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                           SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.text import Text

from ..errors import InputError
from .ingest import Reporter


class _Rate(ProgressColumn):
    """documents/s over the run, and words/s of the coded text."""

    def render(self, task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("-- docs/s", style="progress.data.speed")
        words = task.fields.get("words", 0)
        return Text(f"{task.completed / elapsed:,.1f} docs/s {words / elapsed:,.0f} words/s",
                    style="progress.data.speed")


class RichReporter(Reporter):
    """Shows a live bar on a terminal; elsewhere only the errors, one line each."""

    def __init__(self, console: Console | None = None, echo=None, bar: bool = True):
        self.console = console or Console(stderr=True)
        self.bar = bar
        self._echo = echo
        self._progress: Progress | None = None
        self._task = None
        self._words = 0
        self._counts = {"stored": 0, "known": 0, "exact": 0, "near": 0, "failed": 0}

    def start(self, total: int | None) -> None:
        if not (self.bar and self.console.is_terminal):
            return
        self._progress = Progress(
            SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
            TaskProgressColumn(), _Rate(), TimeElapsedColumn(), TextColumn("eta"),
            TimeRemainingColumn(), TextColumn("{task.description}"),
            console=self.console, transient=False, refresh_per_second=4)
        self._task = self._progress.add_task("", total=total, words=0)
        self._progress.start()

    def advance(self, outcome: str, words: int = 0) -> None:
        self._counts[outcome] = self._counts.get(outcome, 0) + 1
        self._words += words
        if self._progress is not None:
            c = self._counts
            desc = (f"stored {c['stored']} · dup {c['exact'] + c['near']} · "
                    f"skipped {c['known']} · failed {c['failed']}")
            self._progress.update(self._task, advance=1, words=self._words, description=desc)

    def error(self, error: InputError) -> None:
        line = f"error {error.source}: {error.message}"
        if self._progress is not None:
            self._progress.console.print(f"[red]error[/red] {escape(error.source)}: "
                                         f"{escape(error.message)}", highlight=False,
                                         soft_wrap=True)
        elif self._echo is not None:
            self._echo(line)
        else:
            self.console.print(Text(line), soft_wrap=True)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
