"""Plain-text documents, and the byte checks every reader shares.

``check_bytes`` turns the raw bytes of one document into text or an
:class:`InputError` that says what is wrong and what to do: empty, binary,
not UTF-8, or over the size limit.
"""
from __future__ import annotations

import re
import shlex
from pathlib import PurePath
from typing import Callable

from ..errors import InputError
from ..records import Document

SNIFF_BYTES = 8192
_TEXT_CONTROLS = {8, 9, 10, 12, 13, 27}      # backspace, tab, newlines, form feed, escape
_MAX_CONTROL_SHARE = 0.10
_MAX_TITLE_CHARS = 300
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def megabytes(n: int) -> str:
    """``20971520`` -> ``"20.0 MB"``."""
    return f"{n / (1024 * 1024):.1f} MB"


def too_large(source: str, size: int, max_bytes: int, what: str = "") -> InputError:
    """The error for a document over ``max_bytes``."""
    subject = f"{what} is" if what else "is"
    return InputError(source, f"{subject} {megabytes(size)}, over the {megabytes(max_bytes)} "
                              "limit per document; split it or raise --max-bytes")


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or a high share of control characters, in the first 8 KB."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if (b < 32 and b not in _TEXT_CONTROLS) or b == 127)
    return controls / len(head) > _MAX_CONTROL_SHARE


def iconv_hint(path: str) -> str:
    """A command that converts ``path`` from Latin-1 to UTF-8."""
    if path.startswith("<"):                 # <stdin>
        return "iconv -f latin1 -t utf-8 IN > OUT"
    out = PurePath(path).with_suffix(".utf8" + PurePath(path).suffix)
    return f"iconv -f latin1 -t utf-8 {shlex.quote(path)} > {shlex.quote(str(out))}"


def decode_utf8(data: bytes, source: str, file: str | None = None) -> str | InputError:
    """Decode UTF-8 (dropping a BOM) or explain which byte is wrong.  ``file`` is the
    file to name in the hint when ``source`` is a line of it."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(source, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                                  f"{exc.start}); convert it, e.g. "
                                  f"{iconv_hint(file or source)}")
    return text[1:] if text.startswith("\ufeff") else text


def clean_text(text: str) -> str:
    """Text fit to keep and store: NUL removed (it is no text, and PostgreSQL refuses
    it), and a lone surrogate (what a broken ``"\\ud83d"`` JSON escape decodes to, which
    cannot be written as UTF-8) replaced by U+FFFD."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return _LONE_SURROGATE.sub("\ufffd", text)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


Decoder = Callable[[bytes, str], "str | InputError"]


def check_bytes(data: bytes, source: str, max_bytes: int,
                decode: Decoder = decode_utf8) -> str | InputError:
    """The text of one whole document, or why it cannot be read."""
    if len(data) > max_bytes:
        return too_large(source, len(data), max_bytes)
    if not data.strip():
        return InputError(source, "is empty; give a file with article text in it")
    if looks_binary(data):
        return InputError(source, "looks like a binary file, not text; give a .txt, .html "
                                  "or .jsonl document")
    text = decode(data, source)
    if isinstance(text, InputError):
        return text
    text = clean_text(text)           # NUL past the first 8 KB that looks_binary reads
    if not text.strip():
        return InputError(source, "is empty; give a file with article text in it")
    return normalise_newlines(text)


def title_of(text: str) -> str | None:
    """The first line, when a blank line follows it and more text comes after."""
    lines = text.lstrip("\n").split("\n", 2)
    if len(lines) < 3 or lines[1].strip() or not lines[2].strip():
        return None
    title = lines[0].strip()
    return title if title and len(title) <= _MAX_TITLE_CHARS else None


def read_text(data: bytes, source: str, max_bytes: int) -> Document | InputError:
    """A plain-text document whose id is ``source`` (the path as given)."""
    text = check_bytes(data, source, max_bytes)
    if isinstance(text, InputError):
        return text
    return Document.create(id=source, text=text, title=title_of(text), origin=source)
