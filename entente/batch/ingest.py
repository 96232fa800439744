"""Ingest: read -> drop duplicates -> code (here, in worker processes or on Dask) -> store.

Resumable and atomic: each document is stored with all its records in one transaction,
or not at all, and a document already stored (by id) is recognised *before* it is
coded.  An ingest that is killed (even ``kill -9``) and run again with the same command
codes only what is missing and duplicates nothing.

Duplicates (:mod:`entente.dedupe`): a document whose text is already stored under
another id (exact) or nearly the same as a stored one (near) is not coded; it is counted
as one more article reporting the stored document's events (``n_articles``,
``n_sources``).  A copy of a document that is still being coded waits for it to be
stored, then is counted.

    from entente.batch import ingest
    report = ingest(read_inputs(["corpus/"]), Store("my.db"), workers=2)
    print(report.stored, report.events, report.failures)
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from sqlalchemy.exc import OperationalError

from ..dedupe import DEFAULT_THRESHOLD, Deduper, Verdict
from ..errors import EntenteError, InputError
from ..limits import Limits
from ..records import CodedDocument, Document
from .coders import make_coder

DEFAULT_BATCH = 16
_COMPUTE = object()          # no signature yet: let the store compute it


@dataclass
class IngestReport:
    """What an ingest did."""
    read: int = 0                 # documents read (not counting unreadable inputs)
    stored: int = 0               # coded and stored (or written to Parquet)
    events: int = 0               # events of the stored documents
    words: int = 0                # words of the coded documents
    known: int = 0                # already in the store: skipped
    exact: int = 0                # exact duplicates counted
    near: int = 0                 # near duplicates counted
    failed: int = 0               # inputs that could not be read, coded or stored
    failures: Counter = field(default_factory=Counter)   # reason -> count
    seconds: float = 0.0
    workers: int = 1

    @property
    def done(self) -> int:
        return self.stored + self.known + self.exact + self.near + self.failed

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "events": self.events,
                "words": self.words, "known": self.known, "exact": self.exact,
                "near": self.near, "failed": self.failed, "failures": dict(self.failures),
                "seconds": round(self.seconds, 3), "workers": self.workers}


def reason(error: InputError) -> str:
    """The kind of failure, without the input's particulars: 'is not valid UTF-8'."""
    text = error.message
    for stop in (" (", ";", ":"):
        head = text.split(stop, 1)[0]
        if len(head) < len(text):
            text = head
    text = text.strip()
    if text.startswith("(") and ") " in text:          # "(url) is empty" from a WARC
        text = text.split(") ", 1)[1]
    return text or error.message


class Reporter:
    """Told of each document's fate; the CLI's shows a progress bar.  This one is silent."""

    def start(self, total: int | None) -> None: ...
    def advance(self, outcome: str, words: int = 0) -> None: ...
    def error(self, error: InputError) -> None: ...
    def stop(self) -> None: ...


class _Sink:
    """Where coded documents go: the store, or Parquet partitions already written by the
    workers (then only the duplicates are written here)."""

    def __init__(self, store, parquet: str | None, threshold: float | None = None):
        self.store, self.parquet, self.threshold = store, parquet, threshold

    def save(self, coded: CodedDocument, signature) -> bool:
        if signature is _COMPUTE:          # near-duplicate checks off: the store makes it
            return self.store.save(coded)
        # near: the store looks again, in its write transaction, for a near duplicate
        # that another ingest stored since the Deduper looked
        return self.store.save(coded, signature=signature, near=self.threshold)

    def duplicate(self, doc: Document, of_id: str, kind: str, similarity: float) -> bool:
        if self.parquet:
            from .parquet import append_duplicate
            append_duplicate(self.parquet, doc, of_id, kind, similarity)
            return True
        return self.store.add_duplicate(doc, of_id, kind, similarity)


def ingest(items: Iterable[Document | InputError], store, *, workers: int = 1,
           dask: str | None = None, parquet: str | None = None, pipeline=None,
           batch_size: int = DEFAULT_BATCH, near: bool = True,
           threshold: float = DEFAULT_THRESHOLD, reporter: Reporter | None = None,
           total: int | None = None, coder=None, limits: Limits | None = None) -> IngestReport:
    """Code and store documents (see the module's docstring); returns the report.  Read
    errors in ``items`` are counted as failures and passed to ``reporter.error``; so are
    documents over ``limits`` (default: from the environment, see entente.limits)."""
    if parquet and not dask and coder is None:
        raise EntenteError("--parquet is for the Dask runner: give --dask too (a local "
                           "ingest writes straight to the store)")
    reporter = reporter or Reporter()
    report = IngestReport()
    own_coder = coder is None
    if coder is None:
        if dask:
            from .dask_runner import DaskCoder
            coder = DaskCoder(dask, parquet=parquet, limits=limits)
        else:
            coder = make_coder(workers, pipeline, limits)
    report.workers = coder.workers
    run = _Run(store, coder, report, reporter, batch_size, near, threshold, parquet)
    started = time.perf_counter()
    reporter.start(total)
    try:
        run.go(items)
    finally:
        report.seconds = time.perf_counter() - started
        reporter.stop()
        if own_coder:
            coder.close()
    return report


class _Run:
    def __init__(self, store, coder, report: IngestReport, reporter: Reporter,
                 batch_size: int, near: bool, threshold: float, parquet: str | None):
        self.store, self.coder, self.report, self.reporter = store, coder, report, reporter
        self.batch_size = max(1, batch_size)
        self.deduper = Deduper(store, threshold=threshold, near=near)
        self.sink = _Sink(store, parquet, threshold)
        self.parquet = parquet
        self.written: set[str] = set()
        if parquet:
            from .parquet import written_ids
            self.written = written_ids(parquet)
        self.signatures: dict[str, Any] = {}
        self.waiting: dict[str, list[tuple[Document, Verdict]]] = {}   # pending id -> copies
        self.retry: list[Document] = []

    # -- the stream --------------------------------------------------------------------
    def go(self, items: Iterable[Document | InputError]) -> None:
        stream, first = items, True
        while True:
            for batch, results in self.coder.map(self._batches(stream, first)):
                for doc, result in zip(batch, self._align(batch, results)):
                    self._finish(doc, result)
            if not self.retry:
                break
            stream, first, self.retry = self.retry, False, []    # copies of failed documents
        for doc, verdict in [x for copies in self.waiting.values() for x in copies]:
            self._fail(InputError(doc.id, f"duplicate of {verdict.of_id}, which was not "
                                          "stored; run the ingest again"))
        self.waiting.clear()

    @staticmethod
    def _align(batch: list[Document], results: list) -> list:
        """One result per document of the batch (the pipeline gives one each, in order)."""
        if len(results) != len(batch):
            raise EntenteError(f"the coder gave {len(results)} results for {len(batch)} "
                               "documents; please report this")
        return results

    def _batches(self, items: Iterable[Document | InputError],
                 count: bool = True) -> Iterator[list[Document]]:
        """Admitted (new) documents in batches; everything else is settled on the way."""
        chunk: list[Document] = []
        admitted: list[Document] = []
        for item in items:
            if isinstance(item, InputError):
                self._fail(item)
                continue
            self.report.read += count
            chunk.append(item)
            if len(chunk) >= self.batch_size:
                admitted.extend(self._sort(chunk))
                chunk = []
            while len(admitted) >= self.batch_size:
                yield admitted[:self.batch_size]
                admitted = admitted[self.batch_size:]
        admitted.extend(self._sort(chunk))
        while admitted:
            yield admitted[:self.batch_size]
            admitted = admitted[self.batch_size:]

    def _sort(self, docs: list[Document]) -> list[Document]:
        """Settle known documents and duplicates; return those to code."""
        if not docs:
            return []
        admitted = []
        for doc, verdict in zip(docs, self.deduper.check(docs)):
            if verdict.kind == "known" or doc.id in self.written:
                self.report.known += 1
                self.reporter.advance("known")
            elif verdict.kind in ("exact", "near"):
                if self.deduper.is_pending(verdict.of_id):
                    self.waiting.setdefault(verdict.of_id, []).append((doc, verdict))
                else:
                    self._duplicate(doc, verdict)
            else:
                if self.deduper.near:
                    self.signatures[doc.id] = verdict.signature
                admitted.append(doc)
        return admitted

    # -- outcomes ----------------------------------------------------------------------
    def _finish(self, doc: Document, result) -> None:
        copies = self.waiting.pop(doc.id, [])
        sig = self.signatures.pop(doc.id, _COMPUTE)
        if isinstance(result, InputError):
            self.deduper.done(doc)
            if result.source == doc.id and doc.origin and doc.origin != doc.id:
                result = InputError(f"{doc.origin} (id {doc.id})", result.message)
            self._fail(result)
            self.retry.extend(d for d, _ in copies)     # a copy may code where it did not
            return
        if isinstance(result, CodedDocument):
            try:
                saved = self.sink.save(result, sig)
            except OperationalError as exc:
                raise EntenteError(f"the store failed while saving {doc.id} "
                                   f"({str(exc.orig or exc).splitlines()[0]}); nothing of "
                                   "that document was kept: fix the store and run the same "
                                   "command again to go on") from None
            except Exception as exc:            # this document only: the batch goes on
                self.deduper.done(doc)
                self._fail(InputError(doc.origin or doc.id, f"could not be stored "
                                      f"({type(exc).__name__}: {exc}); nothing of it was "
                                      "kept"))
                self.retry.extend(d for d, _ in copies)
                return
            n_events, words = len(result.events), len(doc.text.split())
        else:                                   # written to Parquet by a Dask worker
            saved, n_events, words = True, result.n_events, result.words
        self.deduper.done(doc)
        if saved:
            self.report.stored += 1
            self.report.events += n_events
            self.report.words += words
            self.reporter.advance("stored", words)
            for copy, verdict in copies:
                self._duplicate(copy, verdict)
        else:                                   # stored meanwhile by someone else
            self.report.known += 1
            self.reporter.advance("known")
            self.retry.extend(d for d, _ in copies)

    def _duplicate(self, doc: Document, verdict: Verdict) -> None:
        if self.sink.duplicate(doc, verdict.of_id, verdict.kind, verdict.similarity):
            if verdict.kind == "exact":
                self.report.exact += 1
            else:
                self.report.near += 1
            self.reporter.advance(verdict.kind)
        else:
            self.report.known += 1
            self.reporter.advance("known")

    def _fail(self, error: InputError) -> None:
        self.report.failed += 1
        self.report.failures[reason(error)] += 1
        self.reporter.error(error)
        self.reporter.advance("failed")


def summary_lines(report: IngestReport, where: str) -> list[str]:
    """The end-of-ingest summary, for people; the last line is the one-line tally."""
    rate = report.stored / report.seconds if report.seconds else 0.0
    wps = report.words / report.seconds if report.seconds else 0.0
    lines = [f"ingest: {report.read} document(s) read in {report.seconds:.1f} s with "
             f"{report.workers} worker(s): {rate:.1f} documents/s, {wps:,.0f} words/s coded"]
    if report.exact or report.near:
        lines.append(f"  duplicates: {report.exact} exact, {report.near} near (counted as "
                     "more articles of the stored document, not coded again)")
    if report.failures:
        parts = "; ".join(f"{n} {why}" for why, n in report.failures.most_common())
        lines.append(f"  failed: {parts}")
    lines.append(f"stored {report.stored} document(s) with {report.events} event(s); "
                 f"{report.known} already in the store; {report.failed} failed  [{where}]")
    return lines


__all__ = ["DEFAULT_BATCH", "IngestReport", "Reporter", "ingest", "reason", "summary_lines"]
