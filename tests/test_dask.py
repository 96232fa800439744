"""The Dask runner on a local cluster of 2 worker processes: the same events as a
single-process ingest, into the store or through Parquet partitions and `entente load`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente.batch import ingest
from entente.batch.synthetic import corpus, republish
from entente.cli import app
from entente.store import Store

pytest.importorskip("distributed", reason="the Dask runner needs pip install 'entente[dask]'")
pytest.importorskip("pyarrow", reason="Parquet partitions need pip install 'entente[parquet]'")

runner = CliRunner()


def events_of(db: Path) -> list[dict]:
    with Store(str(db)) as store:
        return sorted((e.to_dict() for e in store.events()), key=lambda e: e["id"])


def test_local_cluster_codes_the_same_events_as_one_process(tmp_path: Path, pipeline):
    docs = list(corpus(16, seed=31))
    docs.append(republish(docs[0], "copy-0", "BBC", seed=4))
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps({"id": d.id, "text": d.text, "date": d.published,
                                          "source": d.source}) + "\n" for d in docs),
                      encoding="utf-8")
    single = tmp_path / "single.db"
    with Store(str(single)) as store:
        report = ingest(docs, store, pipeline=pipeline, batch_size=4)
    reference = events_of(single)
    assert report.stored == 16 and report.near == 1 and len(reference) > 30

    dask_db, parts, loaded = tmp_path / "dask.db", tmp_path / "parts", tmp_path / "loaded.db"
    from entente.batch.dask_runner import DaskCoder
    coder = DaskCoder("local:2")
    try:
        assert coder.workers == 2
        with Store(str(dask_db)) as store:
            distributed = ingest(docs, store, coder=coder, batch_size=4)
        assert (distributed.stored, distributed.near) == (16, 1)
        assert events_of(dask_db) == reference

        coder.parquet = str(parts)
        parts.mkdir()
        with Store(str(tmp_path / "lookups.db")) as store:
            written = ingest(docs, store, coder=coder, batch_size=4, parquet=str(parts))
        assert written.stored == 16 and len(list(parts.glob("part-*.parquet"))) == 4
    finally:
        coder.close()
    result = runner.invoke(app, ["load", str(parts), "--db", str(loaded)])
    assert result.exit_code == 0, result.output
    assert "loaded 16 document(s)" in result.stderr and "1 duplicate(s)" in result.stderr
    assert events_of(loaded) == reference
    again = runner.invoke(app, ["load", str(parts), "--db", str(loaded)])
    assert "loaded 0 document(s)" in again.stderr and "16 already in the store" in again.stderr


def test_dask_cli_needs_parquet_with_dask(tmp_path: Path):
    (tmp_path / "a.txt").write_text("NATO warned Russia.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db",
                                 str(tmp_path / "x.db"), "--parquet", str(tmp_path / "p")])
    assert result.exit_code == 2 and "--parquet is for the Dask runner" in result.stderr
