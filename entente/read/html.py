"""HTML articles: main text, title, publication date and site name via trafilatura."""
from __future__ import annotations

import codecs
import re
from html import unescape  # the standard library's html, not this module

from ..errors import InputError
from ..records import Document
from .text import check_bytes, clean_text, decode_utf8, normalise_newlines
from .xmlsafe import html_bomb

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_TITLE_OPEN = re.compile(r"<title[^<>]{0,200}>", re.I)


def _declared_decode(data: bytes) -> str | None:
    """Decode with the charset an HTML page declares in a <meta> tag, if any."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
        return data.decode(encoding)
    except (LookupError, ValueError):   # unknown, not a text encoding, or not these bytes
        return None                     # (charset=undefined raises a bare UnicodeError)


def _decode(data: bytes, source: str) -> str | InputError:
    """UTF-8, or the page's declared charset when the page is not UTF-8."""
    text = decode_utf8(data, source)
    if isinstance(text, InputError):
        return _declared_decode(data) or text
    return text


def _plain_title(html: str) -> str | None:
    """The page's <title>, whitespace collapsed, when trafilatura found none.  (Found with
    ``find``, in linear time: a lazy ``<title>(.*?)</title>`` regex takes minutes on a
    page of many unclosed <title> tags.)"""
    match = _TITLE_OPEN.search(html)
    end = html.lower().find("</title", match.end()) if match else -1
    if end < 0:
        return None
    title = " ".join(clean_text(unescape(html[match.end():end])).split())
    return title or None


def read_html(data: bytes, source: str, max_bytes: int, *, doc_id: str | None = None,
              url: str | None = None, origin: str | None = None) -> Document | InputError:
    """One HTML article as a Document whose text is the extracted main text; its id is
    ``doc_id`` (default: ``source``), and ``url`` is used when the page names none."""
    html = check_bytes(data, source, max_bytes, decode=_decode)
    if isinstance(html, InputError):
        return html
    bomb = html_bomb(data)
    if bomb:
        return InputError(source, bomb)
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_recall=True,
            date_extraction_params={"original_date": True, "extensive_search": True})
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken pages
        return InputError(source, f"could not be parsed as HTML ({type(exc).__name__}: "
                                  f"{str(exc)[:200]}); check that it is a web page, and "
                                  "report it with the file if it is")
    raw = getattr(result, "text", None) if result else None
    text = clean_text(normalise_newlines(raw or "")).strip()
    if not text:
        return InputError(source, "no article text found in HTML; check that the page holds "
                                  "the article itself (not a login wall or a script-only page)")
    return Document.create(
        id=doc_id or source, text=text,
        title=_field(getattr(result, "title", None)) or _plain_title(html),
        url=url or _field(getattr(result, "url", None)),
        source=_field(getattr(result, "sitename", None)),
        published=_field(getattr(result, "date", None)), origin=origin or source)


def _field(value: object) -> str | None:
    """A metadata field as text fit to store, or None when empty."""
    text = clean_text(str(value)).strip() if value else ""
    return text or None
