"""WARC archives (warcio), gzipped or not: one document per HTML response.

Each successful (2xx) ``response`` or ``resource`` record whose content type is HTML is
read like an HTML file (main text, title, date and outlet via trafilatura); requests,
metadata, redirects and non-HTML payloads are passed over.  A document's id is the
record's ``WARC-Target-URI`` and its ``origin`` is ``<path>@<offset> <WARC-Record-ID>``,
so any error points at one record of one file.
"""
from __future__ import annotations

from typing import BinaryIO, Iterator

from ..errors import InputError
from ..records import Document
from .html import read_html
from .text import clean_text, too_large

_HTML_TYPES = ("text/html", "application/xhtml")


def _is_html(record) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    return any(t in ctype.lower() for t in _HTML_TYPES)


def _first_line(exc: Exception) -> str:
    """An exception as one short line (warcio's gzip message is a whole paragraph)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def read_warc(handle: BinaryIO, source: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Documents from one WARC stream.  A record warcio cannot parse ends the stream with
    an error naming its offset (the records before it are read)."""
    from warcio.archiveiterator import ArchiveIterator   # imported here: only WARCs need it

    found = 0
    iterator = ArchiveIterator(handle, arc2warc=True)
    while True:
        offset = getattr(iterator, "offset", 0)           # where the next record starts
        try:
            record = next(iterator, None)
            if record is None:
                break
            if not _is_html(record):
                continue
            url = clean_text(record.rec_headers.get_header("WARC-Target-URI") or "").strip()
            record_id = clean_text(record.rec_headers.get_header("WARC-Record-ID") or "")
            payload = record.content_stream().read(max_bytes + 1)
            offset = iterator.get_record_offset()     # only after the payload is read
            cut_short = bool(getattr(record.raw_stream, "limit", 0))  # fewer bytes than declared
        except Exception as exc:  # warcio raises many kinds on a broken record: it ends here
            yield InputError(f"{source}@{offset}",
                             f"is not a readable WARC record ({type(exc).__name__}: "
                             f"{_first_line(exc)}); the file may be truncated or not a WARC")
            return
        found += 1
        where = f"{source}@{offset}"
        if len(payload) > max_bytes:
            yield too_large(where, len(payload), max_bytes, what=f"page {url or ''}".strip())
            continue
        if cut_short:
            yield InputError(where, f"({url or 'no URI'}) record is cut short: the file ends "
                                    "inside it; the WARC is truncated, copy or download it again")
            continue
        doc = read_html(payload, where, max_bytes, doc_id=url or where, url=url or None,
                        origin=f"{where} {record_id}".strip())
        if isinstance(doc, InputError) and url:
            doc = InputError(where, f"({url}) {doc.message}")
        yield doc
    if not found:
        yield InputError(source, "holds no HTML responses to read; check that it is a WARC "
                                 "of web pages (not only requests or metadata)")
