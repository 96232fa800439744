"""XML bombs: inputs that declare entities are refused before any parser sees them.

A feed or page that declares ``<!ENTITY ...>`` is either a billion-laughs bomb (entities
that expand to gigabytes) or an external-entity attack (XXE: ``SYSTEM "file:///etc/passwd"``
pulls a local file into the text); real RSS, Atom and HTML never declare entities.
:func:`feed_bomb` checks a well-formed feed with defusedxml (which sees through any
encoding the XML declares) and, when the XML is malformed and only feedparser's loose
parser would read it, looks for the declaration in the bytes; :func:`html_bomb` looks for
a DOCTYPE with an internal subset that declares entities.  (UTF-16 feeds and pages,
whose bytes the scan would miss, are refused earlier as binary: they hold NUL bytes.)
"""
from __future__ import annotations

import re

_ENTITY_DECL = re.compile(rb"<!\s*ENTITY", re.I)
_HTML_HEAD = 64 * 1024           # a DOCTYPE comes first: the head is enough to look at

REFUSED = ("declares XML entities ({what}), as XML bombs do (billion laughs, or an "
           "external entity that reads local files); refused unread. Remove the "
           "<!DOCTYPE ...[...]> block if the input is genuine")


def _refusal(what: str) -> str:
    return REFUSED.format(what=what)


def _internal_subset(data: bytes) -> bytes:
    """What stands between ``[`` and ``]`` in the first DOCTYPE, or b"" (linear time)."""
    start = data.lower().find(b"<!doctype")
    if start < 0:
        return b""
    close, bracket = data.find(b">", start), data.find(b"[", start)
    if bracket < 0 or 0 <= close < bracket:
        return b""
    end = data.find(b"]", bracket)
    return data[bracket:end if end >= 0 else len(data)]


def feed_bomb(data: bytes) -> str | None:
    """Why the bytes of a feed must not be parsed, or None when they declare no entity."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        name, system_id = getattr(exc, "name", None), getattr(exc, "sysid", None)
        what = f"<!ENTITY {name}" + (f' SYSTEM "{system_id}"' if system_id else "") + ">"
        return _refusal(what[:200] if name else type(exc).__name__)
    except Exception:  # malformed XML, an unknown encoding...: feedparser may still read it
        if _ENTITY_DECL.search(data):
            return _refusal("<!ENTITY ...>")
    return None


def html_bomb(data: bytes) -> str | None:
    """Why the bytes of an HTML page must not be parsed, or None (see the module)."""
    if _ENTITY_DECL.search(_internal_subset(data[:_HTML_HEAD])):
        return _refusal("<!ENTITY ...> in its DOCTYPE")
    return None
