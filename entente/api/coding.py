"""Coding one document sent to the server: the library's readers check it, one shared
pipeline (loaded on first use) codes it, under a lock because spaCy and the resolver
are not meant to be used from several threads at once."""
from __future__ import annotations

import hashlib
import threading
from dataclasses import replace
from pathlib import PurePath

from ..errors import EntenteError, InputError
from ..records import CodedDocument, Document
from ..read.html import read_html
from ..read.jsonl import iso_date, parse_line
from ..read.text import check_bytes, read_text, title_of

_lock = threading.Lock()
_pipeline = None


def pipeline():
    global _pipeline
    with _lock:
        if _pipeline is None:
            from ..pipeline import Pipeline
            _pipeline = Pipeline()
        return _pipeline


def code(document: Document) -> CodedDocument:
    p = pipeline()
    with _lock:
        return p.code(document)


def _fail(error: InputError) -> EntenteError:
    return EntenteError(f"{error.source}: {error.message}")


def from_json(body: dict, max_bytes: int) -> Document:
    """A document from the API's JSON body (CONTRACT.md input fields, plus ``format``)."""
    text = body.get("text") or ""
    default_id = "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    if body.get("format") == "html":
        doc = read_html(text.encode("utf-8"), body.get("id") or default_id, max_bytes)
        if isinstance(doc, InputError):
            raise _fail(doc)
        published = doc.published
        if body.get("date"):
            published = iso_date(body["date"])
            if published is None:
                raise EntenteError(f'invalid "date" {body["date"]!r}; use an ISO date like '
                                   '"2015-11-02"')
        return Document.create(doc.id, doc.text, title=body.get("title") or doc.title,
                               url=body.get("url") or doc.url,
                               source=body.get("source") or doc.source, published=published)
    checked = check_bytes(text.encode("utf-8"), body.get("id") or "the text", max_bytes)
    if isinstance(checked, InputError):
        raise _fail(checked)
    doc = parse_line({k: v for k, v in body.items() if k != "format"}, "document", default_id)
    if isinstance(doc, InputError):
        raise _fail(doc)
    if not doc.title:                   # a headline, then a blank line: as for .txt files
        doc = replace(doc, title=title_of(doc.text))
    return doc


def from_upload(data: bytes, filename: str, max_bytes: int, published: str | None,
                title: str | None) -> Document:
    """A document from an uploaded .txt or .html file."""
    name = PurePath(filename or "upload.txt").name
    suffix = PurePath(name).suffix.lower()
    if suffix not in (".txt", ".html", ".htm", ""):
        raise EntenteError(f"{name}: upload a .txt or .html article (or paste the text)")
    reader = read_html if suffix in (".html", ".htm") else read_text
    doc = reader(data, "upload:" + name, max_bytes)
    if isinstance(doc, InputError):
        raise _fail(doc)
    if published:
        day = iso_date(published)
        if day is None:
            raise EntenteError(f"date {published!r}: write it as YYYY-MM-DD")
        published = day
    return Document.create(doc.id, doc.text, title=title or doc.title, url=doc.url,
                           source=doc.source, published=published or doc.published)
