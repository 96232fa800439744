"""Ingest at scale: kill -9 and resume, worker processes, duplicates, summary and progress."""
from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from entente.batch import ingest
from entente.batch.progress import RichReporter
from entente.batch.synthetic import corpus, republish
from entente.cli import app
from entente.errors import InputError
from entente.records import Document
from entente.store import Store

runner = CliRunner()


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps({"id": d.id, "text": d.text, "date": d.published,
                                  "title": d.title, "url": d.url, "source": d.source}) + "\n")
    return path


def snapshot(db: Path) -> dict:
    """Everything that must be equal between two stores of the same corpus."""
    with Store(str(db)) as store:
        docs = sorted(d.id for d in store.documents())
        events = sorted((e.to_dict() for e in store.events()), key=lambda e: e["id"])
        dups = sorted((d["id"], d["of_id"], d["kind"]) for d in store.duplicates())
        return {"documents": docs, "events": events, "duplicates": dups,
                "counts": store.counts()}


def stored_count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


# -- kill -9 and resume ----------------------------------------------------------------
def test_killed_ingest_resumes_to_exactly_the_uninterrupted_store(tmp_path: Path, pipeline):
    docs = list(corpus(90, seed=11))
    docs.insert(40, replace(docs[3], id="copy-of-3"))                 # an exact duplicate
    docs.insert(60, republish(docs[5], "wire-copy-of-5", "BBC", seed=2))  # a near duplicate
    source = write_jsonl(tmp_path / "corpus.jsonl", docs)

    reference = tmp_path / "reference.db"
    with Store(str(reference)) as store:
        report = ingest([*docs], store, pipeline=pipeline, batch_size=4)
    assert (report.stored, report.exact, report.near, report.failed) == (90, 1, 1, 0)

    killed = tmp_path / "killed.db"
    command = [sys.executable, "-c", "from entente.cli import main; main()", "ingest",
               str(source), "--db", str(killed), "--batch-size", "4", "--no-progress"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored_count(killed) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = stored_count(killed)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    assert 10 <= at_kill < 90, f"the ingest was not stopped midway ({at_kill} stored)"

    result = runner.invoke(app, [str(a) for a in command[3:]])     # the same command again
    assert result.exit_code == 0, result.output
    assert f"stored {90 - at_kill} document(s)" in result.stderr
    after, expected = snapshot(killed), snapshot(reference)
    for key in ("documents", "counts", "duplicates"):
        assert after[key] == expected[key], key
    for got, want in zip(after["events"], expected["events"]):
        assert got == want, got["id"]

    again = runner.invoke(app, [str(a) for a in command[3:]])
    assert "stored 0 document(s) with 0 event(s); 92 already in the store" in again.stderr
    assert snapshot(killed) == snapshot(reference)


# -- worker processes ------------------------------------------------------------------
def test_two_workers_code_what_one_does(tmp_path: Path, pipeline):
    docs = list(corpus(12, seed=3)) + [Document.create("blank", " ")]
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    with Store(str(one)) as store:
        r1 = ingest(docs, store, pipeline=pipeline, batch_size=3)
    with Store(str(two)) as store:
        r2 = ingest(docs, store, workers=2, batch_size=3)
    assert r2.workers == 2
    assert (r1.stored, r1.events) == (r2.stored, r2.events) and r1.stored == 13
    assert r1.events > 20
    assert snapshot(one) == snapshot(two)
    with Store(str(two)) as store:
        assert store.document_text(docs[4].id) == docs[4].text      # text kept in the driver


# -- duplicates ------------------------------------------------------------------------
def test_duplicates_are_counted_not_coded(tmp_path: Path, pipeline):
    base = list(corpus(6, seed=5))
    exact = Document.create("afp-copy", base[0].text, source="AFP", published=base[0].published)
    near = republish(base[1], "bbc-1", "BBC", seed=1)
    near_same_outlet = republish(base[1], "bbc-2", "BBC", seed=2)
    stream = [*base[:3], exact, near, near_same_outlet, *base[3:]]
    with Store(str(tmp_path / "d.db")) as store:
        report = ingest(stream, store, pipeline=pipeline, batch_size=2)
        assert (report.stored, report.exact, report.near, report.known) == (6, 1, 2, 0)
        assert store.counts()["documents"] == 6
        assert store.duplicate_counts() == {"exact": 1, "near": 2}
        rows = {d["id"]: d for d in store.duplicates()}
        assert rows["afp-copy"]["of_id"] == base[0].id and rows["afp-copy"]["similarity"] == 1.0
        assert rows["bbc-1"]["of_id"] == base[1].id and rows["bbc-1"]["kind"] == "near"
        assert 0.7 <= rows["bbc-1"]["similarity"] < 1.0
        ev0 = store.events(doc_id=base[0].id)
        ev1 = store.events(doc_id=base[1].id)
        ev2 = store.events(doc_id=base[2].id)
        assert ev0 and ev1 and ev2
        assert {(e.n_sources, e.n_articles) for e in ev0} == {(2, 2)}     # + AFP
        assert {(e.n_sources, e.n_articles) for e in ev1} == {(2, 3)}     # + BBC twice
        assert {(e.n_sources, e.n_articles) for e in ev2} == {(1, 1)}
        assert store.with_counts(list(ev1)) == ev1

        again = ingest(stream, store, pipeline=pipeline)             # nothing new
        assert (again.stored, again.known, again.exact, again.near) == (0, 9, 0, 0)
        assert store.duplicate_counts() == {"exact": 1, "near": 2}

        exact_only = ingest([republish(base[2], "late", "DPA")], store, pipeline=pipeline,
                            near=False)
        assert exact_only.stored == 1                       # near check off: coded


def test_copies_inside_one_batch_wait_for_the_original(tmp_path: Path, pipeline):
    doc = next(corpus(1, seed=9))
    copy = Document.create("copy", doc.text, source="AP")
    with Store(str(tmp_path / "b.db")) as store:
        report = ingest([doc, copy, replace(doc)], store, pipeline=pipeline, batch_size=8)
        assert (report.stored, report.exact, report.known) == (1, 1, 1)
        assert store.duplicates()[0]["of_id"] == doc.id


def test_one_document_that_cannot_be_stored_does_not_stop_the_rest(tmp_path: Path, pipeline,
                                                                   monkeypatch):
    docs = list(corpus(5, seed=13))
    with Store(str(tmp_path / "f.db")) as store:
        real_save = store.save

        def flaky(coded, signature=None, **kw):
            if coded.document.id == docs[2].id:
                raise ValueError("value too long for type character varying(512)")
            return real_save(coded, signature=signature, **kw)
        monkeypatch.setattr(store, "save", flaky)
        report = ingest(docs, store, pipeline=pipeline, batch_size=2)
        assert (report.stored, report.failed) == (4, 1)
        assert report.failures == {"could not be stored": 1}
        assert docs[2].id not in {d.id for d in store.documents()}


# -- the command: summary, failures, progress ------------------------------------------
def test_cli_summary_with_failures_and_json(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "wire.jsonl", list(corpus(3, seed=21)))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin.txt").write_bytes("Le président a parlé.".encode("latin-1"))
    (folder / "wire.csv").write_text("body\nNATO warned Russia over its strikes in Syria.\n\n",
                                     encoding="utf-8")
    db, summary = tmp_path / "s.db", tmp_path / "summary.json"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--summary-json",
                                 str(summary)])
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert f"{folder / 'empty.txt'}: is empty" in err
    assert "failed: 1 is empty; 1 is not valid UTF-8" in err
    assert "4 document(s) read" in err and "documents/s" in err
    assert "stored 4 document(s) with" in err and "2 failed  [sqlite:///" in err
    data = json.loads(summary.read_text())
    assert (data["stored"], data["failed"], data["read"]) == (4, 2, 4)
    assert data["failures"] == {"is empty": 1, "is not valid UTF-8": 1}
    assert data["events"] > 0 and data["words"] > 0


def test_postgres_url_password_is_not_printed():
    from entente.batch.ingest import IngestReport, summary_lines
    from entente.store.sqlstore import _safe_url
    assert "secret" not in _safe_url("postgresql://u:secret@db.example/entente")
    assert summary_lines(IngestReport(), "x")[-1].endswith("[x]")


def test_progress_bar_on_a_terminal():
    out = io.StringIO()
    reporter = RichReporter(console=Console(file=out, force_terminal=True, width=160))
    reporter.start(total=4)
    for outcome in ("stored", "known", "near"):
        reporter.advance(outcome, words=300)
    reporter.error(InputError("feed.jsonl:7", "invalid JSON"))
    reporter.stop()
    text = out.getvalue()
    assert "3/4" in text and "docs/s" in text and "words/s" in text and "eta" in text
    assert "feed.jsonl:7" in text and "invalid JSON" in text


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_ingest_with_duplicates_on_each_engine(engine: str, tmp_path: Path, pipeline):
    from store_engines import store_url

    base = list(corpus(3, seed=41))
    stream = [*base, Document.create("copy", base[0].text, source="AFP"),
              republish(base[1], "near", "BBC")]
    with store_url(engine, tmp_path) as url, Store(url) as store:
        report = ingest(stream, store, pipeline=pipeline)
        assert (report.stored, report.exact, report.near) == (3, 1, 1)
        assert {(e.n_sources, e.n_articles) for e in store.events(doc_id=base[1].id)} == {(2, 2)}
        again = ingest(stream, store, pipeline=pipeline)
        assert (again.stored, again.known) == (0, 5)
        assert store.counts()["documents"] == 3
