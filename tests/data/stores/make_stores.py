"""Makes the store fixtures of tests/test_store_migrations.py: one SQLite store per
released schema, written by the code of that release (not by today's code).

    git archive 8dcb69f | tar -x -C /tmp/entente-0.1      # entente 0.1: schema 0001
    git archive 813165c | tar -x -C /tmp/entente-0002     # revision 0002 (ingest at scale)
    PYTHONPATH=/tmp/entente-0.1 .venv/bin/python tests/data/stores/make_stores.py 0.1
    PYTHONPATH=/tmp/entente-0002 .venv/bin/python tests/data/stores/make_stores.py 0002

The documents are ``docs.jsonl`` beside this file (examples/truce-talks-2019-03-18.txt,
bench/texts/africa-peace-summit.txt, three stories from entente.batch.synthetic and two
copies of them, all written by the project).  entente 0.1 stores them with ``Store.save``
(it had no duplicates table: the copies are skipped); revision 0002 ingests them with an
exact and a near duplicate, so that its duplicates and LSH bands are filled too.  The
files are named ``.sqlite3`` (``*.db`` is ignored by git).  A new revision makes the one
before it a released schema: add its fixture here and to ``RELEASED`` in
tests/test_store_migrations.py (which fails until then).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def documents():
    from entente.records import Document
    for line in (HERE / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        yield Document.create(d["id"], d["text"], title=d.get("title"), url=d.get("url"),
                              source=d.get("source"), published=d.get("published"))


def main(version: str) -> None:
    import entente
    from entente.pipeline import Pipeline
    from entente.store import Store

    print(f"entente from {Path(entente.__file__).parent}", file=sys.stderr)
    out = HERE / ("entente-0.1.sqlite3" if version == "0.1" else f"revision-{version}.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    docs = list(documents())
    with Store(str(out)) as store:
        if version == "0.1":
            pipeline = Pipeline()
            for doc in docs:
                store.save(pipeline.code(doc))
        else:
            from entente.batch import ingest
            report = ingest(docs, store, pipeline=Pipeline(), batch_size=2)
            print(report.to_dict(), file=sys.stderr)
        print(store.counts(), file=sys.stderr)
    import sqlite3
    conn = sqlite3.connect(out)                       # one file, no -wal beside it
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main(sys.argv[1])
