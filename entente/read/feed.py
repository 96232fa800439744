"""RSS and Atom feeds (feedparser): one document per entry.

An entry's text is its full content when the feed carries it (``content:encoded``,
Atom ``content``), else its summary; HTML in either becomes plain text with paragraph
breaks.  The id is the entry's guid (else its link, else ``<path>#<n>``), the date its
published (else updated) date, the outlet the feed's title, and ``origin``
``<path>#<n>`` (the n-th entry, from 1).
"""
from __future__ import annotations

import io
import re
import time
from html import unescape
from typing import Any, Iterator

from ..errors import InputError
from ..records import Document
from .text import looks_binary, normalise_newlines, too_large

_BLOCK_END = re.compile(r"(?i)<\s*(br\s*/?|/p|/div|/h[1-6]|/li|/blockquote|/tr)\s*>")
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>")
_SPACES = re.compile(r"[ \t\u00a0]+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: block ends become paragraph breaks, tags go,
    entities are decoded, runs of spaces collapse."""
    if "<" not in fragment and "&" not in fragment:
        text = fragment
    else:
        text = _SCRIPT.sub(" ", fragment)
        text = _BLOCK_END.sub("\n\n", text)
        text = unescape(_TAG.sub(" ", text))
    lines = [_SPACES.sub(" ", line).strip() for line in normalise_newlines(text).split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip()


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _text(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = entry.get("summary") or ""
    return html_to_text(best if len(best) >= len(summary) else summary)


def read_feed(data: bytes, source: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Documents from the bytes of one RSS or Atom feed."""
    if not data.strip():
        yield InputError(source, "is empty; give an RSS or Atom feed")
        return
    if looks_binary(data):
        yield InputError(source, "looks like a binary file, not an RSS or Atom feed")
        return
    import feedparser   # imported here: only feeds need it

    parsed = feedparser.parse(io.BytesIO(data))     # a stream: never fetched as a URL
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            yield InputError(source, f"is not a readable RSS or Atom feed ({reason}); check "
                                     "that it is the feed's XML and not an HTML page")
        else:
            yield InputError(source, "is a feed with no entries; nothing to read")
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries, start=1):
        where = f"{source}#{n}"
        text = _text(entry)
        if not text:
            yield InputError(where, "entry has no text (no content and no summary); the feed "
                                    "may carry links only: fetch the pages and read them as HTML")
            continue
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            yield too_large(where, size, max_bytes, what="entry")
            continue
        doc_id = entry.get("id") or entry.get("link") or where
        yield Document.create(id=str(doc_id), text=text, title=entry.get("title") or None,
                              url=entry.get("link") or None, source=outlet,
                              published=_date(entry), origin=where)


__all__ = ["html_to_text", "read_feed"]
