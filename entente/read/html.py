"""HTML articles: main text, title, publication date and site name via trafilatura."""
from __future__ import annotations

import codecs
import re
from html import unescape  # the standard library's html, not this module

from ..errors import InputError
from ..records import Document
from .text import check_bytes, decode_utf8, normalise_newlines

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _declared_decode(data: bytes) -> str | None:
    """Decode with the charset an HTML page declares in a <meta> tag, if any."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _decode(data: bytes, source: str) -> str | InputError:
    """UTF-8, or the page's declared charset when the page is not UTF-8."""
    text = decode_utf8(data, source)
    if isinstance(text, InputError):
        return _declared_decode(data) or text
    return text


def _plain_title(html: str) -> str | None:
    """The page's <title>, whitespace collapsed, when trafilatura found none."""
    match = _TITLE.search(html)
    title = " ".join(unescape(match.group(1)).split()) if match else ""
    return title or None


def read_html(data: bytes, source: str, max_bytes: int, *, doc_id: str | None = None,
              url: str | None = None, origin: str | None = None) -> Document | InputError:
    """One HTML article as a Document whose text is the extracted main text; its id is
    ``doc_id`` (default: ``source``), and ``url`` is used when the page names none."""
    html = check_bytes(data, source, max_bytes, decode=_decode)
    if isinstance(html, InputError):
        return html
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_recall=True,
        date_extraction_params={"original_date": True, "extensive_search": True})
    text = normalise_newlines(getattr(result, "text", None) or "").strip() if result else ""
    if not text:
        return InputError(source, "no article text found in HTML; check that the page holds "
                                  "the article itself (not a login wall or a script-only page)")
    return Document.create(
        id=doc_id or source, text=text,
        title=getattr(result, "title", None) or _plain_title(html),
        url=url or getattr(result, "url", None) or None,
        source=getattr(result, "sitename", None) or None,
        published=getattr(result, "date", None) or None, origin=origin or source)
