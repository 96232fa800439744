"""The distributed runner: code batches of documents on a Dask cluster.

    entente ingest corpus/ --dask tcp://scheduler:8786 --db postgresql://...
    entente ingest corpus/ --dask local:4                 # a local cluster of 4 processes
    entente ingest corpus/ --dask tcp://... --parquet out/  # then: entente load out/ --db ...

The driver (the machine that runs ``entente ingest``) reads the inputs, drops
duplicates and sends batches ("partitions") to the workers, a few per worker at a time.
Each worker process loads the pipeline once and codes every batch it is given.  The
coded records come back to the driver, which writes them to the store (one transaction
per document, as in a local ingest); with ``--parquet DIR`` the workers write them to
``DIR/part-NNNNNN.parquet`` instead, and ``entente load DIR`` imports them later.

Limits (entente.limits) apply on the workers too, but Dask runs tasks in threads, where
the time limit's alarm cannot be used: only its checks between stages stop a slow
document there.

Dask is an optional dependency (``pip install 'entente[dask]'``), imported only here,
and only when the runner is used.  Workers must have entente and its spaCy model
installed (the same ``./setup.sh``).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import EntenteError, InputError
from ..limits import Limits
from ..records import CodedDocument
from .coders import SINGLE_THREAD_ENV, Batch, Result, _ordered, _restore, code_batch


@dataclass(frozen=True, slots=True)
class Written:
    """A document a worker coded and wrote to a Parquet partition."""
    doc_id: str
    n_events: int
    words: int = 0


def _require_dask():
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise EntenteError("the Dask runner needs Dask: pip install 'entente[dask]' "
                           "(in the same environment as entente)") from None
    return distributed


def code_to_parquet(batch: Batch, folder: str, index: int,
                    limits: Limits | None = None) -> list[Written | InputError]:
    """Code a batch on a worker and write its records to ``folder/part-INDEX.parquet``."""
    from .parquet import write_partition

    results = code_batch(batch, strip_text=False, limits=limits)
    coded = [r for r in results if isinstance(r, CodedDocument)]
    write_partition(coded, Path(folder) / f"part-{index:06d}.parquet")
    return [Written(r.document.id, len(r.events), len(r.document.text.split()))
            if isinstance(r, CodedDocument) else r for r in results]


class DaskCoder:
    """Codes batches on a Dask cluster: ``address`` is a scheduler (``tcp://host:8786``)
    or ``local`` / ``local:N`` for a local cluster of N worker processes (default 2)."""

    def __init__(self, address: str, parquet: str | None = None, limits: Limits | None = None):
        distributed = _require_dask()
        self.limits = limits if limits is not None else Limits.from_env()
        self._cluster = None
        if address == "local" or address.startswith("local:"):
            try:
                n = int(address.partition(":")[2] or 2)
            except ValueError:
                raise EntenteError(f"--dask {address!r}: write local:N with N a number of "
                                   "workers") from None
            self._cluster = distributed.LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                env=dict(SINGLE_THREAD_ENV))
            self.client = distributed.Client(self._cluster)
        else:
            try:
                self.client = distributed.Client(address, timeout="30s")
            except (OSError, TimeoutError) as exc:
                raise EntenteError(f"cannot reach the Dask scheduler at {address} ({exc}); "
                                   "check the address and that the scheduler is running") from None
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.parquet = parquet
        if parquet:
            Path(parquet).mkdir(parents=True, exist_ok=True)
        self._index = itertools.count(_next_part(parquet) if parquet else 0)

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Result]]]:
        if self.parquet:
            folder = str(Path(self.parquet).resolve())

            def submit(batch):
                return self.client.submit(code_to_parquet, batch, folder, next(self._index),
                                          self.limits, pure=False)
        else:
            def submit(batch):
                return self.client.submit(code_batch, batch, True, self.limits, pure=False)
        for batch, results in _ordered(submit, batches, in_flight=2 * self.workers + 1):
            yield batch, results if self.parquet else _restore(batch, results)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def _next_part(folder: str | None) -> int:
    """The index after the last partition already in ``folder`` (a rerun appends)."""
    if not folder or not Path(folder).is_dir():
        return 0
    found = [int(p.stem.split("-", 1)[1]) for p in Path(folder).glob("part-*.parquet")
             if p.stem.split("-", 1)[1].isdigit()]
    return max(found, default=-1) + 1
