"""JSON Lines of documents, one object per line (CONTRACT.md, "Input: documents").

Each line is checked on its own: a bad line becomes an :class:`InputError` whose
source is ``<path>:<line>``, and the lines after it are still read.  The size
limit applies to each line (each document), not to the file.
"""
from __future__ import annotations

import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Iterable, Iterator

from ..errors import InputError
from ..records import Document
from .text import clean_text, decode_utf8, normalise_newlines, too_large

_OPTIONAL = ("title", "url", "source")


def iso_date(value: Any) -> str | None:
    """``"2015-11-02"``, a full ISO datetime or an RFC 2822 date as feeds and mail write
    it ("Mon, 02 Nov 2015 08:30:00 GMT") -> ``"2015-11-02"``; None if invalid."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _short(value: Any, limit: int = 60) -> str:
    """A value as an error message quotes it: its repr, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def parse_line(obj: Any, source: str, default_id: str) -> Document | InputError:
    """One decoded JSON value -> a Document, or why it is not one."""
    if not isinstance(obj, dict):
        return InputError(source, f"expected a JSON object like {{\"text\": \"...\"}}, got "
                                  f"{type(obj).__name__ if obj is not None else 'null'}")
    text = obj.get("text")
    # NUL (an escaped "\u0000") is no text, and PostgreSQL refuses it; a lone surrogate
    # (a broken "\ud83d" escape) cannot be written as UTF-8: both go before the check
    text = clean_text(normalise_newlines(text)) if isinstance(text, str) else None
    if not text or not text.strip():
        return InputError(source, 'missing or empty "text"; every line needs the article '
                                  'text, e.g. {"id": "d1", "text": "..."}')
    published = None
    if obj.get("date") not in (None, ""):
        published = iso_date(obj["date"])
        if published is None:
            return InputError(source, f'invalid "date" {_short(obj["date"])}; use an ISO '
                                      'date like "2015-11-02" (or an ISO datetime)')
    doc_id = obj.get("id")
    doc_id = default_id if doc_id in (None, "") else clean_text(str(doc_id)) or default_id
    extra = {k: clean_text(str(obj[k])) for k in _OPTIONAL if obj.get(k) not in (None, "")}
    return Document.create(id=doc_id, text=text, published=published, origin=source, **extra)


def read_jsonl(lines: Iterable[bytes], source: str,
               max_bytes: int) -> Iterator[Document | InputError]:
    """Documents from raw lines; blank lines are skipped."""
    seen = False
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        seen = True
        if len(raw) > max_bytes:
            yield too_large(where, len(raw), max_bytes, what="line")
            continue
        if b"\x00" in raw:
            yield InputError(where, "holds NUL bytes: this looks like binary data, not JSON")
            continue
        line = decode_utf8(raw, where, file=source)
        if isinstance(line, InputError):
            yield line
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno}); each "
                                    "line must be one JSON object")
            continue
        except (RecursionError, ValueError) as exc:   # nested too deep; a huge integer
            reason = ("nested too deeply" if isinstance(exc, RecursionError)
                      else str(exc).split(";")[0])
            yield InputError(where, f"cannot be read as JSON ({reason}); each line must be "
                                    'one JSON object like {"id": "d1", "text": "..."}')
            continue
        yield parse_line(obj, where, default_id=where)
    if not seen:
        yield InputError(source, "is empty; give one JSON object per line, "
                                 'e.g. {"id": "d1", "text": "..."}')
