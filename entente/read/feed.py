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
from .text import clean_text, looks_binary, normalise_newlines, too_large
from .xmlsafe import feed_bomb

_BLOCK_END = re.compile(r"(?i)<\s*(br\s*/?|/p|/div|/h[1-6]|/li|/blockquote|/tr)\s*>")
_TAG = re.compile(r"<[^<>]+>")              # not "<[^>]+>": quadratic on "<<<<..."
_SCRIPT_OPEN = re.compile(r"(?i)<(script|style)\b")
_SPACES = re.compile(r"[ \t\u00a0]+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: block ends become paragraph breaks, tags go,
    entities are decoded, runs of spaces collapse."""
    if "<" not in fragment and "&" not in fragment:
        text = fragment
    else:
        text = _drop_scripts(fragment)
        text = _BLOCK_END.sub("\n\n", text)
        text = unescape(_TAG.sub(" ", text))
    lines = [_SPACES.sub(" ", line).strip() for line in normalise_newlines(text).split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return clean_text(out).strip()


def _drop_scripts(html: str) -> str:
    """``html`` without its <script> and <style> elements, in linear time (a lazy regex
    rescans to the end for each unclosed one).  An unclosed one is left to the tag
    stripper, as the regex did."""
    lower = html.lower()
    out, pos = [], 0
    while (match := _SCRIPT_OPEN.search(html, pos)) is not None:
        end = lower.find(f"</{match.group(1).lower()}", match.end())
        close = html.find(">", end) if end >= 0 else -1
        if close < 0:
            break
        out += [html[pos:match.start()], " "]
        pos = close + 1
    out.append(html[pos:])
    return "".join(out)


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return time.strftime("%Y-%m-%d", value)
            except (TypeError, ValueError, OverflowError):   # a date out of range
                continue
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
    bomb = feed_bomb(data)
    if bomb:
        yield InputError(source, bomb)
        return
    import feedparser   # imported here: only feeds need it

    try:
        parsed = feedparser.parse(io.BytesIO(data))     # a stream: never fetched as a URL
    except Exception as exc:  # feedparser catches most errors itself; not all
        yield InputError(source, f"could not be parsed as a feed ({type(exc).__name__}: "
                                 f"{str(exc)[:200]}); check that it is the feed's XML, and "
                                 "report it with the file if it is")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            yield InputError(source, f"is not a readable RSS or Atom feed ({reason}); check "
                                     "that it is the feed's XML and not an HTML page")
        else:
            yield InputError(source, "is a feed with no entries; nothing to read")
        return
    outlet = _field((parsed.get("feed") or {}).get("title"))
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
        doc_id = _field(entry.get("id")) or _field(entry.get("link")) or where
        yield Document.create(id=doc_id, text=text, title=_field(entry.get("title")),
                              url=_field(entry.get("link")), source=outlet,
                              published=_date(entry), origin=where)


def _field(value: Any) -> str | None:
    """A feed's field as text fit to store, or None when empty."""
    text = clean_text(str(value)).strip() if value else ""
    return text or None


__all__ = ["html_to_text", "read_feed"]
