"""Where documents are coded: in this process, in a pool of worker processes, or on a
Dask cluster.  Each coder takes batches of documents and gives back, batch by batch and
in order, what the pipeline made of each document (a CodedDocument or an InputError).

Worker processes load the spaCy model and the knowledge base once, when they start, and
keep them for every batch they code.  Documents go to workers with their text and come
back without it (the driver still holds it), so that only records cross the pipe.

Every coder codes within the run's :class:`~entente.limits.Limits` (a document over
them becomes an InputError).  The worker pool also has a watchdog, for a worker stuck
where even the time limit's alarm cannot stop it (inside native code), or one that dies
(out of memory, a crash): when a batch does not come back within its budget (twice its
documents' ``max_seconds``, plus a margin), or its worker dies, the pool is ended and
started again and the batch's documents are coded again one at a time, each with the
pool to itself, so that the one that hangs or kills its worker is found.  That document
becomes an InputError; the others are coded, in order, and the run goes on.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future
from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator

from ..errors import EntenteError, InputError
from ..limits import ENV_MAX_SECONDS, Limits
from ..records import CodedDocument, Document

Result = CodedDocument | InputError
Batch = list[Document]

_PIPELINE = None        # the pipeline of this worker process (loaded once)
_FACTORY: Callable[[], Any] | None = None      # what makes it, when not Pipeline()

STARTUP_SECONDS = 600.0         # the most a worker may take to load its pipeline
WATCHDOG_MARGIN = 30.0          # seconds added to a batch's budget before it is hung
MAX_DEATHS = 3                  # documents in a row that kill their worker: stop the run


def worker_pipeline():
    """This process's pipeline, loaded on first use and kept."""
    global _PIPELINE
    if _PIPELINE is None:
        from ..pipeline import Pipeline
        pipeline = _FACTORY() if _FACTORY is not None else Pipeline()
        pipeline.nlp               # load the model now, not inside the first batch
        if hasattr(pipeline, "warm_up"):
            pipeline.warm_up()     # and what the stages load on first use
        _PIPELINE = pipeline
    return _PIPELINE


def _init_worker(env: dict[str, str], factory: Callable[[], Any] | None = None) -> None:
    global _FACTORY
    os.environ.update(env)
    _FACTORY = factory
    worker_pipeline()


def _ready() -> int:
    """A task that returns once its worker has started (the initializer ran)."""
    return os.getpid()


def code_batch(batch: Batch, strip_text: bool = True,
               limits: Limits | None = None) -> list[Result]:
    """Code one batch with this process's pipeline (a worker's entry point), within
    ``limits`` (default: the pipeline's own, from the environment)."""
    pipeline = worker_pipeline()
    out: list[Result] = []
    for result in pipeline.code_many(batch, batch_size=max(1, len(batch)), limits=limits):
        if strip_text and isinstance(result, CodedDocument):
            result = replace(result, document=replace(result.document, text=""))
        out.append(result)
    return out


def _restore(batch: Batch, results: list[Result]) -> list[Result]:
    """Give each coded document back the text it left behind."""
    by_id = {d.id: d for d in batch}
    out = []
    for r in results:
        if isinstance(r, CodedDocument) and not r.document.text and r.document.id in by_id:
            r = replace(r, document=by_id[r.document.id])
        out.append(r)
    return out


class InlineCoder:
    """Codes in this process (``--workers 1``), within ``limits`` (default: the
    pipeline's own)."""
    workers = 1

    def __init__(self, pipeline=None, limits: Limits | None = None):
        self._pipeline = pipeline
        self.limits = limits

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Result]]]:
        for batch in batches:
            if self._pipeline is None:          # loaded with the first batch, not before
                from ..pipeline import Pipeline
                self._pipeline = Pipeline()
            pipeline = self._pipeline
            yield batch, list(pipeline.code_many(batch, batch_size=max(1, len(batch)),
                                                 limits=self.limits))

    def close(self) -> None:
        pass


def _ordered(submit: Callable[[Batch], Future], batches: Iterable[Batch],
             in_flight: int) -> Iterator[tuple[Batch, Any]]:
    """Submit batches, keeping ``in_flight`` of them running, and yield each batch with
    its future's result in submission order."""
    pending: deque[tuple[Batch, Future]] = deque()
    it = iter(batches)
    exhausted = False
    while True:
        while not exhausted and len(pending) < in_flight:
            try:
                batch = next(it)
            except StopIteration:
                exhausted = True
                break
            pending.append((batch, submit(batch)))
        if not pending:
            return
        batch, future = pending.popleft()
        yield batch, future.result()


# threads per worker: one core each, or the workers fight over the cores
SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
                     "MKL_NUM_THREADS": "1"}


class PoolCoder:
    """Codes in ``workers`` processes (``--workers N``), each with its own pipeline, under
    the watchdog of the module's docstring.  ``factory`` (a picklable callable) makes
    each worker's pipeline instead of ``Pipeline()``; ``margin`` is the watchdog's."""

    def __init__(self, workers: int, limits: Limits | None = None,
                 factory: Callable[[], Any] | None = None, margin: float = WATCHDOG_MARGIN):
        self.workers = workers
        self.limits = limits if limits is not None else Limits.from_env()
        self.factory = factory
        self.margin = margin
        self.restarts = 0                       # pools ended by the watchdog
        self._start()

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn: a clean process (no threads or locks inherited from this one)
        self._pool = ProcessPoolExecutor(max_workers=self.workers,
                                         mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_init_worker,
                                         initargs=(SINGLE_THREAD_ENV, self.factory))
        self._starting = [self._pool.submit(_ready) for _ in range(self.workers)]

    def _started(self) -> None:
        """Wait for the workers to load their pipelines (no document's time is counted
        while they do)."""
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        try:
            for future in self._starting:
                future.result(timeout=STARTUP_SECONDS)
        except FutureTimeout:
            raise EntenteError(f"the worker processes did not start in {STARTUP_SECONDS:.0f} "
                               "s; the machine may be short of memory: run with fewer "
                               "--workers") from None
        except BrokenProcessPool as exc:
            raise EntenteError(f"a worker process died while starting ({exc}); this is often "
                               "a lack of memory: run with fewer --workers") from None
        self._starting = []

    def _restart(self) -> None:
        """End every worker (a stuck one does not stop when asked) and start new ones."""
        pool = self._pool
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.kill()
        pool.shutdown(wait=True, cancel_futures=True)
        self.restarts += 1
        self._start()

    def _submit(self, batch: Batch) -> Future:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool.submit(code_batch, batch, True, self.limits)
        except BrokenProcessPool as exc:        # a worker died: settled when it is waited for
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def _budget(self, batch: Batch) -> float | None:
        """How long to wait for a batch before its worker is taken to be stuck."""
        if self.limits.max_seconds is None:
            return None
        return 2 * len(batch) * self.limits.max_seconds + self.margin

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Result]]]:
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        todo: deque[tuple[Batch, bool]] = deque()    # to code again, first: (batch, alone)
        pending: deque[tuple[Batch, bool, Future]] = deque()
        stream, exhausted, deaths = iter(batches), False, 0
        while True:
            # keep 2 * workers + 1 batches in flight; a document coded alone is the only one
            while len(pending) < 2 * self.workers + 1 and not (pending and pending[-1][1]):
                if todo:
                    if todo[0][1] and pending:
                        break
                    batch, alone = todo.popleft()
                elif exhausted:
                    break
                else:
                    try:
                        batch, alone = next(stream), False
                    except StopIteration:
                        exhausted = True
                        break
                pending.append((batch, alone, self._submit(batch)))
            if not pending:
                return
            self._started()
            batch, alone, future = pending.popleft()
            try:
                results = future.result(timeout=self._budget(batch))
            except (FutureTimeout, BrokenProcessPool) as exc:
                hung = isinstance(exc, FutureTimeout)
                rest = [(b, a) for b, a, _ in pending]
                pending.clear()
                self._restart()
                if not alone:                   # find the document: each alone, in order
                    todo.extendleft(reversed([([doc], True) for doc in batch] + rest))
                    continue
                todo.extendleft(reversed(rest))
                deaths = 0 if hung else deaths + 1
                if deaths >= MAX_DEATHS:
                    raise EntenteError(f"worker processes died on {deaths} documents in a "
                                       f"row (the last: {batch[0].id}); this is often a lack "
                                       "of memory: run with fewer --workers") from None
                yield batch, [self._stuck(batch[0]) if hung else _died(batch[0])]
                continue
            if alone:
                deaths = 0
            yield batch, _restore(batch, results)

    def _stuck(self, doc: Document) -> InputError:
        return InputError(doc.id, f"took longer than {self.limits.max_seconds:g} s to code "
                                  "(its worker process did not stop, and was ended); raise "
                                  f"--max-seconds (${ENV_MAX_SECONDS}) or split it")

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _died(doc: Document) -> InputError:
    return InputError(doc.id, "made its worker process die (often a lack of memory); split "
                              "it, lower --max-chars, or run with fewer --workers")


def make_coder(workers: int = 1, pipeline=None, limits: Limits | None = None):
    """The coder for ``--workers N`` (0: one per core), within ``limits``."""
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers < 0:
        raise EntenteError(f"--workers {workers}: give a number of processes, 0 for one per "
                           "core")
    return InlineCoder(pipeline, limits) if workers == 1 else PoolCoder(workers, limits)
