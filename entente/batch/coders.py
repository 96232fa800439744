"""Where documents are coded: in this process, in a pool of worker processes, or on a
Dask cluster.  Each coder takes batches of documents and gives back, batch by batch and
in order, what the pipeline made of each document (a CodedDocument or an InputError).

Worker processes load the spaCy model and the knowledge base once, when they start, and
keep them for every batch they code.  Documents go to workers with their text and come
back without it (the driver still holds it), so that only records cross the pipe.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future
from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator

from ..errors import EntenteError, InputError
from ..records import CodedDocument, Document

Result = CodedDocument | InputError
Batch = list[Document]

_PIPELINE = None        # the pipeline of this worker process (loaded once)


def worker_pipeline():
    """This process's pipeline, loaded on first use and kept."""
    global _PIPELINE
    if _PIPELINE is None:
        from ..pipeline import Pipeline
        pipeline = Pipeline()
        pipeline.nlp               # load the model now, not inside the first batch
        _PIPELINE = pipeline
    return _PIPELINE


def _init_worker(env: dict[str, str]) -> None:
    os.environ.update(env)
    worker_pipeline()


def code_batch(batch: Batch, strip_text: bool = True) -> list[Result]:
    """Code one batch with this process's pipeline (a worker's entry point)."""
    pipeline = worker_pipeline()
    out: list[Result] = []
    for result in pipeline.code_many(batch, batch_size=max(1, len(batch))):
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
    """Codes in this process (``--workers 1``)."""
    workers = 1

    def __init__(self, pipeline=None):
        self._pipeline = pipeline

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Result]]]:
        for batch in batches:
            if self._pipeline is None:          # loaded with the first batch, not before
                from ..pipeline import Pipeline
                self._pipeline = Pipeline()
            pipeline = self._pipeline
            yield batch, list(pipeline.code_many(batch, batch_size=max(1, len(batch))))

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
    """Codes in ``workers`` processes (``--workers N``), each with its own pipeline."""

    def __init__(self, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        # spawn: a clean process (no threads or locks inherited from this one)
        self._pool = ProcessPoolExecutor(max_workers=workers,
                                         mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_init_worker,
                                         initargs=(SINGLE_THREAD_ENV,))

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Result]]]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            for batch, results in _ordered(lambda b: self._pool.submit(code_batch, b),
                                           batches, in_flight=2 * self.workers + 1):
                yield batch, _restore(batch, results)
        except BrokenProcessPool as exc:
            raise EntenteError(f"a worker process died ({exc}); this is often a lack of "
                               "memory: run with fewer --workers") from None

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_coder(workers: int = 1, pipeline=None):
    """The coder for ``--workers N`` (0: one per core)."""
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers < 0:
        raise EntenteError(f"--workers {workers}: give a number of processes, 0 for one per "
                           "core")
    return InlineCoder(pipeline) if workers == 1 else PoolCoder(workers)
