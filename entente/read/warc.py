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
from .text import too_large

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


def read_warc(handle: BinaryIO, source: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Documents from one WARC stream."""
    from warcio.archiveiterator import ArchiveIterator   # imported here: only WARCs need it
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    offset = 0
    iterator = ArchiveIterator(handle, arc2warc=True)
    try:
        for record in iterator:
            if not _is_html(record):
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI") or None
            record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
            payload = record.content_stream().read(max_bytes + 1)
            offset = iterator.get_record_offset()     # only after the payload is read
            where = f"{source}@{offset}"
            if len(payload) > max_bytes:
                yield too_large(where, len(payload), max_bytes, what=f"page {url}")
                continue
            if getattr(record.raw_stream, "limit", 0):        # fewer bytes than declared
                yield InputError(where, f"({url}) record is cut short: the file ends inside "
                                        "it; the WARC is truncated, copy or download it again")
                continue
            doc = read_html(payload, where, max_bytes, doc_id=url or where, url=url,
                            origin=f"{where} {record_id}".strip())
            if isinstance(doc, InputError) and url:
                doc = InputError(where, f"({url}) {doc.message}")
            yield doc
    except ArchiveLoadFailed as exc:
        yield InputError(f"{source}@{offset}", f"is not a readable WARC record ({exc}); the "
                                               "file may be truncated or not a WARC")
        return
    if not found:
        yield InputError(source, "holds no HTML responses to read; check that it is a WARC "
                                 "of web pages (not only requests or metadata)")
