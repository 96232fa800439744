"""Read inputs into Documents: plain text, HTML, JSON Lines, CSV/TSV, RSS/Atom feeds and
WARC archives; folders, glob patterns, and gzip of any of these.

``read_inputs`` never raises for a bad input: it yields an :class:`InputError`
naming the input (file, ``file:line``, ``file@offset``) and saying what to do, and goes
on with the next one.  Every Document keeps where it was read from in ``origin``.

    format   suffixes                  one input gives
    txt      .txt .text                one document
    html     .html .htm                one document (main text, title, date, outlet)
    jsonl    .jsonl .ndjson            one document per line
    csv      .csv .tsv                 one document per row (``columns`` maps the fields)
    feed     .rss .atom .xml           one document per entry (alias: rss, atom)
    warc     .warc .warc.gz            one document per HTML response
    any of these + .gz                 read through gzip
"""
from __future__ import annotations

import glob
import gzip
import io
import os
import sys
import zlib
from pathlib import Path
from typing import IO, BinaryIO, Iterable, Iterator, Mapping

from ..errors import EntenteError, InputError
from ..records import Document
from .csvfile import CSV_FIELDS, parse_columns, read_csv
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .text import SNIFF_BYTES, looks_binary, read_text, too_large
from .warc import read_warc

__all__ = ["CSV_FIELDS", "DEFAULT_MAX_BYTES", "FORMATS", "SUFFIXES", "count_documents",
           "detect_format", "expand_inputs", "parse_columns", "read_inputs"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
            ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv",
            ".rss": "feed", ".atom": "feed", ".xml": "feed", ".warc": "warc"}
FORMATS = ("txt", "html", "jsonl", "csv", "feed", "warc")
ALIASES = {"rss": "feed", "atom": "feed", "tsv": "csv", "htm": "html", "text": "txt"}
STDIN_SOURCE = "<stdin>"
_WHOLE_READERS = {"txt": read_text, "html": read_html}
_GLOB_CHARS = set("*?[")
_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def detect_format(path: str) -> tuple[str | None, bool]:
    """(format from the suffix, gzip-compressed?): ``a.jsonl.gz`` -> ("jsonl", True)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".gz":
        return SUFFIXES.get(Path(p.stem).suffix.lower()), True
    return SUFFIXES.get(suffix), False


def _format_name(input_format: str | None) -> str | None:
    if input_format is None:
        return None
    fmt = ALIASES.get(input_format.lower(), input_format.lower())
    if fmt not in FORMATS:
        raise EntenteError(f"unknown input format {input_format!r}; use one of "
                           f"{', '.join(FORMATS)} (rss and atom are feed)")
    return fmt


def expand_inputs(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Paths as given, glob patterns expanded (``corpus/**/*.jsonl``, sorted); a pattern
    that matches nothing is an error."""
    for path in paths:
        if path != "-" and _GLOB_CHARS & set(path) and not os.path.exists(path):
            matches = sorted(glob.glob(os.path.expanduser(path), recursive=True))
            if not matches:
                yield InputError(_display(path), "no file matches this pattern; check it, "
                                                 "and quote it so that the shell passes it "
                                                 "to entente unexpanded")
            yield from matches
        else:
            yield path


def read_inputs(paths: Iterable[str], input_format: str | None = None, *,
                max_bytes: int = DEFAULT_MAX_BYTES, stdin: IO | None = None,
                columns: Mapping[str, str] | None = None) -> Iterator[Document | InputError]:
    """Documents (or errors) from files, folders, glob patterns and ``-`` (standard input).

    ``input_format`` forces the format; otherwise it comes from each file's suffix, and
    standard input is read as JSON Lines.  ``columns`` maps document fields to CSV
    columns, e.g. ``{"text": "body", "date": "published_at"}``.
    """
    fmt = _format_name(input_format)
    for path in expand_inputs(paths):
        if isinstance(path, InputError):
            yield path
        elif path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin,
                                   fmt or "jsonl", max_bytes, columns)
        elif os.path.isdir(path):
            yield from _read_directory(path, fmt, max_bytes, columns)
        else:
            yield from _read_file(path, fmt, max_bytes, columns)


def _read_directory(path: str, input_format: str | None, max_bytes: int,
                    columns: Mapping[str, str] | None) -> Iterator[Document | InputError]:
    """Every supported file under ``path`` (hidden ones skipped), in sorted order."""
    found = sorted(
        os.path.join(path, str(p.relative_to(path)))
        for p in Path(path).rglob("*")
        if p.is_file() and detect_format(p.name)[0] is not None
        and not any(part.startswith(".") for part in p.relative_to(path).parts))
    if not found:
        yield InputError(_display(path), f"directory has no {_suffix_list()} files to read")
    for file in found:
        yield from _read_file(file, input_format, max_bytes, columns)


def _read_file(path: str, input_format: str | None, max_bytes: int,
               columns: Mapping[str, str] | None) -> Iterator[Document | InputError]:
    """One file, in the forced format or the one its suffix names, gzip or not."""
    detected, compressed = detect_format(path)
    fmt = input_format or detected
    name = _display(path)                   # the path as errors and documents name it
    if not os.path.exists(path):
        yield InputError(name, "file not found; check the path")
        return
    if fmt is None:
        yield InputError(name, f"unknown file type {Path(name).suffix or '(no suffix)'!r}; "
                               f"supported: {_suffix_list()} (and .gz of these), or force "
                               f"one with --input-format {'|'.join(FORMATS)}")
        return
    try:
        with open(path, "rb") as raw:
            compressed = raw.read(2) == _GZIP_MAGIC
        if fmt == "warc":               # warcio reads gzipped WARCs itself
            with open(path, "rb") as handle:
                yield from read_warc(handle, name, max_bytes)
            return
        opener = gzip.open if compressed else open
        with opener(path, "rb") as handle:
            yield from _read_stream(handle, name, fmt, max_bytes, columns,
                                    size=None if compressed else os.path.getsize(path))
    except _GZIP_ERRORS as exc:
        yield _gzip_error(name, exc)
    except OSError as exc:
        yield InputError(name, f"cannot be read ({exc.strerror or exc}); check its permissions")


def _display(path: str) -> str:
    """``path`` as text that can be printed and stored: a file name that is not UTF-8
    (its bytes held as surrogates by Python) shows them as ``\\xff`` escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:                          # a surrogate no file system made
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _gzip_error(source: str, exc: Exception) -> InputError:
    return InputError(source, f"is not a complete gzip file ({exc}); check that it was "
                              "copied or downloaded in full")


def _read_stream(handle: BinaryIO, source: str, fmt: str, max_bytes: int,
                 columns: Mapping[str, str] | None,
                 size: int | None = None) -> Iterator[Document | InputError]:
    """One input's bytes, whatever they come from (file, gzip, standard input)."""
    if fmt == "jsonl":
        head = _peek(handle)
        if looks_binary(head):
            yield InputError(source, "looks like a binary file, not text; give one JSON "
                                     "object per line")
            return
        yield from read_jsonl(_chain(head, handle), source, max_bytes)
    elif fmt == "csv":
        yield from read_csv(handle, source, max_bytes, columns)
    elif fmt == "warc":
        yield from read_warc(handle, source, max_bytes)
    elif fmt == "feed":
        yield from read_feed(handle.read(), source, max_bytes)
    else:
        if size is not None and size > max_bytes:
            yield too_large(source, size, max_bytes)
            return
        data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield too_large(source, len(data) + _count_rest(handle), max_bytes)
            return
        yield _WHOLE_READERS[fmt](data, source, max_bytes)


def _count_rest(handle: BinaryIO, chunk: int = 1 << 20) -> int:
    """The bytes left in ``handle``, counted a chunk at a time (never all in memory)."""
    total = 0
    while block := handle.read(chunk):
        total += len(block)
    return total


def _peek(handle: BinaryIO) -> bytes:
    return handle.read(SNIFF_BYTES)


def _chain(head: bytes, handle: BinaryIO) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of ``handle``."""
    return iter(io.BufferedReader(_Prefixed(head, handle)))


class _Prefixed(io.RawIOBase):
    """A read-only stream: ``head`` first, then ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _read_stdin(stream: IO, fmt: str, max_bytes: int,
                columns: Mapping[str, str] | None) -> Iterator[Document | InputError]:
    """Standard input, as bytes whether the stream is binary or text."""
    binary = getattr(stream, "buffer", stream)
    if isinstance(binary, io.TextIOBase) or isinstance(stream, io.StringIO):
        binary = io.BytesIO(stream.read().encode("utf-8"))
    head = binary.read(2)
    handle: BinaryIO = _Prefixed(head, binary)           # type: ignore[assignment]
    handle = io.BufferedReader(handle)                   # type: ignore[arg-type]
    if head == _GZIP_MAGIC and fmt != "warc":
        handle = gzip.GzipFile(fileobj=handle)           # type: ignore[assignment]
    try:
        yield from _read_stream(handle, STDIN_SOURCE, fmt, max_bytes, columns)
    except _GZIP_ERRORS as exc:
        yield _gzip_error(STDIN_SOURCE, exc)


def _suffix_list() -> str:
    return ", ".join(SUFFIXES)


def count_documents(paths: Iterable[str], input_format: str | None = None) -> int | None:
    """About how many documents ``read_inputs`` will give (for a progress bar's total):
    files count one each, JSON Lines their non-blank lines, CSV their lines less the
    header.  None when it cannot be known cheaply (standard input, feeds, WARCs)."""
    fmt = _format_name(input_format)
    total = 0
    for path in expand_inputs(paths):
        if isinstance(path, InputError):
            total += 1
            continue
        if path == "-":
            return None
        files = ([os.path.join(path, str(p.relative_to(path))) for p in Path(path).rglob("*")
                  if p.is_file() and detect_format(p.name)[0] is not None
                  and not any(part.startswith(".") for part in p.relative_to(path).parts)]
                 if os.path.isdir(path) else [path])
        for file in files:
            kind = fmt or detect_format(file)[0]
            if kind in ("feed", "warc"):
                return None
            if kind not in ("jsonl", "csv"):
                total += 1
                continue
            try:
                with open(file, "rb") as raw:
                    compressed = raw.read(2) == _GZIP_MAGIC
                with (gzip.open if compressed else open)(file, "rb") as handle:
                    lines = sum(1 for line in handle if line.strip())
            except (OSError, EOFError, zlib.error):
                total += 1
                continue
            total += max(lines - (kind == "csv"), 1)
    return total
