"""Exports: JSON Lines, CSV, Parquet, GDELT- and POLECAT-shaped tables, from a real store."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente.batch import ingest
from entente.batch.synthetic import corpus, republish
from entente.cli import app
from entente.export import EVENT_COLUMNS, GDELT_COLUMNS, POLECAT_COLUMNS, export
from entente.records import PLOVER_EVENTS, record_from_dict
from entente.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def filled(tmp_path_factory, pipeline) -> Path:
    db = tmp_path_factory.mktemp("export") / "e.db"
    docs = list(corpus(4, seed=17))
    docs.append(republish(docs[0], "bbc-copy", "BBC", seed=1))
    with Store(str(db)) as store:
        report = ingest(docs, store, pipeline=pipeline)
        assert report.stored == 4 and report.near == 1 and report.events > 8
    return db


def events_in(db: Path) -> list:
    with Store(str(db)) as store:
        return store.events()


def test_jsonl_is_every_record(filled: Path):
    out = io.StringIO()
    with Store(str(filled)) as store:
        n = export(store, "jsonl", out)
        counts = store.counts()
    records = [record_from_dict(json.loads(line)) for line in out.getvalue().splitlines()]
    assert n == len(records) == (counts["documents"] + counts["events"] + counts["quotes"]
                                 + counts["relations"] + sum(1 for r in records
                                                             if r.kind == "actor"))
    events = [r for r in records if r.kind == "event"]
    assert events and {(e.n_sources, e.n_articles) for e in events
                       if e.doc_id == "gen-17-000000"} == {(2, 2)}


def test_csv_and_parquet_event_tables(filled: Path, tmp_path: Path):
    pa = pytest.importorskip("pyarrow.parquet")
    events = events_in(filled)
    out = io.StringIO()
    with Store(str(filled)) as store:
        assert export(store, "csv", out) == len(events)
        assert export(store, "parquet", tmp_path / "ev.parquet") == len(events)
        assert export(store, "csv", tmp_path / "a.csv", table="actors") > 3
        assert export(store, "csv", tmp_path / "d.csv", table="duplicates") == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(EVENT_COLUMNS)
    by_id = {r["id"]: r for r in rows}
    for ev in events:
        row = by_id[ev.id]
        assert (row["event"], row["cameo"], row["evidence_text"]) == (ev.event, ev.cameo,
                                                                      ev.evidence.text)
        assert row["actor_ids"] == ";".join(a.id for a in ev.actor)
        assert int(row["n_articles"]) == ev.n_articles
    table = pa.read_table(tmp_path / "ev.parquet")
    assert table.column_names == list(EVENT_COLUMNS) and table.num_rows == len(events)
    assert str(table.schema.field("quad").type) == "int64"
    assert sorted(table.column("id").to_pylist()) == sorted(by_id)
    dup, = list(csv.DictReader(open(tmp_path / "d.csv", encoding="utf-8")))
    assert (dup["id"], dup["of_id"], dup["kind"]) == ("bbc-copy", "gen-17-000000", "near")


def test_gdelt_shaped_table(filled: Path):
    events = {e.id: e for e in events_in(filled)}
    out = io.StringIO()
    with Store(str(filled)) as store:
        export(store, "gdelt", out)
    lines = out.getvalue().splitlines()
    header = lines[0].split("\t")
    assert len(GDELT_COLUMNS) == 62 and header == GDELT_COLUMNS
    assert header[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert header[59:61] == ["DATEADDED", "SOURCEURL"]
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    assert len(rows) == len(events)
    for row in rows:
        ev = events[row["ENTENTE_EVENT_ID"]]
        assert row["EventCode"] == ev.cameo and row["EventRootCode"] == ev.cameo[:2]
        assert int(row["QuadClass"]) == ev.quad and float(row["GoldsteinScale"]) == ev.intensity
        assert int(row["NumArticles"]) == ev.n_articles
        assert len(row["SQLDATE"]) == 8 and row["SQLDATE"][:4] in ("2014", "2015")
        assert row["SOURCEURL"].startswith("https://news.example.org/")
        assert int(row["GLOBALEVENTID"]) > 0 and len(row["DATEADDED"]) == 14
        if ev.actor and ev.actor[0].id == "RUS":
            assert row["Actor1CountryCode"] == "RUS" and row["Actor1Name"] == "RUSSIA"


def test_polecat_shaped_table(filled: Path):
    out = io.StringIO()
    with Store(str(filled)) as store:
        n = export(store, "polecat", out, event="ASSAULT")
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert list(rows[0]) == POLECAT_COLUMNS and len(rows) == n > 0
    assert {r["Event Type"] for r in rows} == {"ASSAULT"}
    assert all(r["Event Type"] in PLOVER_EVENTS and r["Source"] for r in rows)
    assert any(r["Story Locations"] for r in rows)


def test_export_command(filled: Path, tmp_path: Path):
    out = tmp_path / "events.tsv"
    result = runner.invoke(app, ["export", "--format", "gdelt", "--db", str(filled), "--out",
                                 str(out)])
    assert result.exit_code == 0, result.output
    assert "exported" in result.stderr and out.read_text().startswith("GLOBALEVENTID\t")
    bad = runner.invoke(app, ["export", "--format", "xml", "--db", str(filled)])
    assert bad.exit_code == 2 and "is not one of jsonl, csv, parquet, gdelt, polecat" in bad.stderr
    missing = runner.invoke(app, ["export", "--format", "csv", "--db", str(tmp_path / "no.db")])
    assert missing.exit_code == 2 and "no store at" in missing.stderr
