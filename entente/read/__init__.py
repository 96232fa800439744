"""Read input files into Documents: plain text, HTML and JSON Lines.

``read_inputs`` never raises for a bad input: it yields an :class:`InputError`
naming the input and saying what to do, and goes on with the next one.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..errors import EntenteError, InputError
from ..records import Document
from .html import read_html
from .jsonl import read_jsonl
from .text import SNIFF_BYTES, looks_binary, read_text, too_large

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "SUFFIXES", "read_inputs"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
FORMATS = ("txt", "html", "jsonl")
STDIN_SOURCE = "<stdin>"
_WHOLE_READERS = {"txt": read_text, "html": read_html}


def read_inputs(paths: Iterable[str], input_format: str | None = None, *,
                max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: IO | None = None) -> Iterator[Document | InputError]:
    """Documents (or errors) from files, directories and ``-`` (standard input).

    ``input_format`` (txt, html or jsonl) forces the format; otherwise it comes
    from each file's suffix, and standard input is read as JSON Lines.
    """
    if input_format is not None and input_format not in FORMATS:
        raise EntenteError(f"unknown input format {input_format!r}; use one of "
                         f"{', '.join(FORMATS)}")
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin,
                                   input_format or "jsonl", max_bytes)
        elif os.path.isdir(path):
            yield from _read_directory(path, input_format, max_bytes)
        else:
            yield from _read_file(path, input_format, max_bytes)


def _read_directory(path: str, input_format: str | None,
                    max_bytes: int) -> Iterator[Document | InputError]:
    """Every supported file under ``path`` (hidden ones skipped), in sorted order."""
    found = sorted(
        os.path.join(path, str(p.relative_to(path)))
        for p in Path(path).rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts))
    if not found:
        yield InputError(path, f"directory has no {_suffix_list()} files to read")
    for file in found:
        yield from _read_file(file, input_format, max_bytes)


def _read_file(path: str, input_format: str | None,
               max_bytes: int) -> Iterator[Document | InputError]:
    """One file, in the forced format or the one its suffix names."""
    fmt = input_format or SUFFIXES.get(Path(path).suffix.lower())
    if not os.path.exists(path):
        yield InputError(path, "file not found; check the path")
        return
    if fmt is None:
        yield InputError(path, f"unknown file type {Path(path).suffix or '(no suffix)'!r}; "
                               f"supported: {_suffix_list()}, or force one with "
                               "--input-format txt|html|jsonl")
        return
    try:
        if fmt == "jsonl":
            yield from _read_jsonl_file(path, max_bytes)
            return
        size = os.path.getsize(path)
        if size > max_bytes:
            yield too_large(path, size, max_bytes)
            return
        yield _WHOLE_READERS[fmt](Path(path).read_bytes(), path, max_bytes)
    except OSError as exc:
        yield InputError(path, f"cannot be read ({exc.strerror or exc}); check its permissions")


def _read_jsonl_file(path: str, max_bytes: int) -> Iterator[Document | InputError]:
    with open(path, "rb") as handle:
        if looks_binary(handle.read(SNIFF_BYTES)):
            yield InputError(path, "looks like a binary file, not text; give one JSON "
                                   "object per line")
            return
        handle.seek(0)
        yield from read_jsonl(handle, path, max_bytes)


def _read_stdin(stream: IO, fmt: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Standard input, as bytes whether the stream is binary or text."""
    binary = getattr(stream, "buffer", stream)
    if fmt == "jsonl":
        lines = (line.encode("utf-8") if isinstance(line, str) else line for line in binary)
        yield from read_jsonl(lines, STDIN_SOURCE, max_bytes)
        return
    data = binary.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    yield _WHOLE_READERS[fmt](data, STDIN_SOURCE, max_bytes)


def _suffix_list() -> str:
    return ", ".join(SUFFIXES)
