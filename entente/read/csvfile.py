"""CSV and TSV files of documents, one per row, with a header row.

The columns that hold each document field are found by name (``text``, ``body``,
``content``...; ``date``, ``published``...), or given by a mapping such as
``{"text": "body", "date": "published_at", "id": "guid"}`` (``--columns
text=body,date=published_at,id=guid`` on the command line).  Each row is checked on its
own like a JSON line: a bad row is an :class:`InputError` with source ``<path>:<line>``.
"""
from __future__ import annotations

import csv
import io
from typing import BinaryIO, Iterator, Mapping

from ..errors import EntenteError, InputError
from ..records import Document
from .jsonl import parse_line
from .text import iconv_hint, looks_binary

CSV_FIELDS = ("text", "id", "date", "title", "url", "source")
# header names tried, in order, for each field when no mapping names its column
GUESSES = {
    "text": ("text", "body", "content", "article", "story", "full_text", "fulltext",
             "article_text", "maintext"),
    "id": ("id", "doc_id", "document_id", "article_id", "guid", "uid"),
    "date": ("date", "published", "publish_date", "pubdate", "published_at",
             "publication_date", "date_publish", "datetime", "timestamp"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "uri", "source_url"),
    "source": ("source", "outlet", "publisher", "site", "sitename", "media", "domain"),
}
_SNIFF = 64 * 1024
_DELIMITERS = ",;\t|"


def parse_columns(spec: str | None) -> dict[str, str]:
    """``"text=body,date=published_at"`` -> ``{"text": "body", "date": "published_at"}``."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        field, column = field.strip().lower(), column.strip()
        if not sep or not column:
            raise EntenteError(f"--columns {spec!r}: write FIELD=COLUMN pairs separated by "
                               "commas, e.g. text=body,date=published_at")
        if field not in CSV_FIELDS:
            raise EntenteError(f"--columns: unknown field {field!r}; the fields are "
                               f"{', '.join(CSV_FIELDS)}")
        out[field] = column
    return out


def _lines(handle: BinaryIO, bad: list[int]) -> Iterator[str]:
    """Decoded lines; a line that is not UTF-8 is decoded with replacement characters
    and its number noted in ``bad`` (the rows that hold it become errors)."""
    for number, raw in enumerate(handle, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
            yield raw.decode("utf-8", errors="replace")


def _dialect(head: str, source: str) -> type[csv.Dialect]:
    """Tabs for ``.tsv``; otherwise the delimiter the header row uses most (a comma when
    it uses none), always with the standard quoting (``""`` inside quotes).  Not
    ``csv.Sniffer``: it guesses from the article text too, and a quotation in it can
    make it read ``""`` as two quotes or take ``;`` for the delimiter."""
    if source.lower().removesuffix(".gz").endswith(".tsv"):
        return csv.excel_tab
    header = head.split("\n", 1)[0]
    best = max(_DELIMITERS, key=header.count)          # ties: the first (a comma)
    if best == "," or not header.count(best):
        return csv.excel
    return type("HeaderDialect", (csv.excel,), {"delimiter": best})


def _columns(header: list[str], mapping: Mapping[str, str]) -> dict[str, int] | str:
    """field -> column index, or why the header does not fit."""
    names = [h.strip() for h in header]
    lowered = {n.lower(): i for i, n in reversed(list(enumerate(names)))}
    out: dict[str, int] = {}
    for field, column in mapping.items():
        if column in names:
            out[field] = names.index(column)
        elif column.lower() in lowered:
            out[field] = lowered[column.lower()]
        else:
            return (f"has no column {column!r} (given for {field}); its columns are "
                    f"{', '.join(names) or '(none)'}; fix --columns")
    for field, guesses in GUESSES.items():
        if field not in out:
            for guess in guesses:
                if guess in lowered:
                    out[field] = lowered[guess]
                    break
    if "text" not in out:
        return (f"has no text column (looked for {', '.join(GUESSES['text'])}); its columns "
                f"are {', '.join(names) or '(none)'}; name the one with the article text, "
                "e.g. --columns text=COLUMN")
    return out


def read_csv(handle: BinaryIO, source: str, max_bytes: int,
             mapping: Mapping[str, str] | None = None) -> Iterator[Document | InputError]:
    """Documents from a CSV/TSV stream with a header row; ``source`` names it in errors."""
    buffered = io.BufferedReader(handle) if not hasattr(handle, "peek") else handle
    head_bytes = buffered.peek(_SNIFF)[:_SNIFF]             # type: ignore[union-attr]
    if not head_bytes.strip():
        yield InputError(source, "is empty; give a header row and one document per row")
        return
    if looks_binary(head_bytes):
        yield InputError(source, "looks like a binary file, not CSV text")
        return
    head = head_bytes.decode("utf-8", errors="replace").lstrip("\ufeff")
    bad: list[int] = []
    csv.field_size_limit(max(max_bytes * 2, 1024 * 1024))
    reader = csv.reader(_lines(buffered, bad), _dialect(head, source))  # type: ignore[arg-type]
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield InputError(source, f"has no header row ({exc or 'empty'}); the first row must "
                                 "name the columns")
        return
    cols = _columns(header, mapping or {})
    if isinstance(cols, str):
        yield InputError(source, cols)
        return
    seen_bad = rows = 0
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield InputError(f"{source}:{start}", f"is not valid CSV ({exc}); check its quotes")
            start, rows = reader.line_num + 1, rows + 1
            continue
        where, end = f"{source}:{start}", reader.line_num
        start = end + 1
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        if seen_bad < len(bad) and bad[seen_bad] <= end:
            while seen_bad < len(bad) and bad[seen_bad] <= end:
                seen_bad += 1
            yield InputError(where, f"is not valid UTF-8; convert the file, e.g. "
                                    f"{iconv_hint(source)}")
            continue
        size = sum(len(cell) for cell in row)
        if size > max_bytes:
            yield InputError(where, f"row holds {size / (1024 * 1024):.1f} MB of text, over "
                                    "the limit per document; split it or raise --max-bytes")
            continue
        obj = {field: row[i] for field, i in cols.items() if i < len(row)}
        if not (obj.get("text") or "").strip():
            yield InputError(where, f"row has no text in column {header[cols['text']]!r}; "
                                    "fill it or drop the row")
            continue
        yield parse_line(obj, where, default_id=where)
    if not rows:
        yield InputError(source, "has a header row but no rows; give one document per row "
                                 "under the header")
