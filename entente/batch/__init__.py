"""Ingest at scale: local worker processes and the Dask runner.

    from entente.batch import ingest
    from entente.read import read_inputs
    from entente.store import Store

    with Store("my.db") as store:
        report = ingest(read_inputs(["corpus/"]), store, workers=2)

See :mod:`entente.batch.ingest` (the run), :mod:`entente.batch.coders` (where coding
happens), :mod:`entente.batch.dask_runner` (Dask) and :mod:`entente.batch.parquet`.
"""
from .ingest import DEFAULT_BATCH, IngestReport, Reporter, ingest, summary_lines

__all__ = ["DEFAULT_BATCH", "IngestReport", "Reporter", "ingest", "summary_lines"]
