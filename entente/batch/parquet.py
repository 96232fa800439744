"""Partitioned Parquet of coded documents: what Dask workers write with ``--parquet DIR``
and ``entente load DIR`` imports into a store.

Each ``part-NNNNNN.parquet`` holds the records of whole documents, one row per record:
``doc_id``, ``kind`` (document, actor, event, quote, relation) and ``record`` (the
record's JSON, as ``entente code`` prints it; a document's also carries its ``text`` and
``origin``).  A partition is written to a temporary name and renamed, so a folder never
holds half a partition.  ``duplicates.jsonl`` lists the articles the driver counted as
duplicates (one JSON object a line), imported after the partitions.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import EntenteError
from ..records import CodedDocument, Document, record_from_dict

DUPLICATES = "duplicates.jsonl"


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise EntenteError("Parquet needs pyarrow: pip install 'entente[parquet]'") from None
    return pyarrow


def document_dict(doc: Document) -> dict:
    """A document record with its text and origin (which the contract's omits)."""
    return {**doc.to_dict(), "text": doc.text, "origin": doc.origin}


def write_partition(coded: Iterable[CodedDocument], path: Path) -> None:
    pa = _pyarrow()
    doc_ids, kinds, records = [], [], []
    for c in coded:
        for rec in c.records():
            doc_ids.append(c.document.id)
            kinds.append(rec.kind)
            data = document_dict(rec) if isinstance(rec, Document) else rec.to_dict()
            records.append(json.dumps(data, ensure_ascii=False))
    table = pa.table({"doc_id": pa.array(doc_ids, pa.string()),
                      "kind": pa.array(kinds, pa.string()),
                      "record": pa.array(records, pa.string())})
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pa.parquet.write_table(table, tmp)
    os.replace(tmp, path)


def partitions(folder: str | Path) -> list[Path]:
    return sorted(Path(folder).glob("part-*.parquet"))


def read_partitions(folder: str | Path) -> Iterator[CodedDocument]:
    """Every coded document in ``folder``'s partitions, in partition order."""
    pa = _pyarrow()
    for path in partitions(folder):
        table = pa.parquet.read_table(path, columns=["doc_id", "kind", "record"])
        current: dict[str, list] | None = None
        for kind, record in zip(table.column("kind").to_pylist(),
                                table.column("record").to_pylist()):
            rec = record_from_dict(json.loads(record))
            if kind == "document":
                if current is not None:
                    yield _coded(current)
                current = {"document": rec, "actor": [], "event": [], "quote": [],
                           "relation": []}
            elif current is not None:
                current[kind].append(rec)
        if current is not None:
            yield _coded(current)


def _coded(parts: dict) -> CodedDocument:
    return CodedDocument(parts["document"], tuple(parts["actor"]), tuple(parts["event"]),
                         tuple(parts["quote"]), tuple(parts["relation"]))


def written_ids(folder: str | Path) -> set[str]:
    """Ids of the documents (and counted duplicates) already written to ``folder``."""
    pa = _pyarrow()
    ids: set[str] = set()
    for path in partitions(folder):
        table = pa.parquet.read_table(path, columns=["doc_id", "kind"])
        ids.update(d for d, k in zip(table.column("doc_id").to_pylist(),
                                     table.column("kind").to_pylist()) if k == "document")
    ids.update(row["id"] for row in read_duplicates(folder))
    return ids


def append_duplicate(folder: str | Path, doc: Document, of_id: str, kind: str,
                     similarity: float) -> None:
    row = {"id": doc.id, "of_id": of_id, "kind": kind, "similarity": similarity,
           **{k: v for k, v in document_dict(doc).items() if k not in ("kind", "text")}}
    with open(Path(folder) / DUPLICATES, "a", encoding="utf-8") as out:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()


def read_duplicates(folder: str | Path) -> Iterator[dict]:
    path = Path(folder) / DUPLICATES
    if not path.exists():
        return
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                yield json.loads(line)
            except json.JSONDecodeError:      # a torn last line of a killed run
                continue
