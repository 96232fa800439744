"""ASGI middleware: a cap on request bodies, a refusal of writes that a browser sends
from another site's page, and the security headers of every response."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

from fastapi import HTTPException

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
# "same-origin" rather than "no-referrer": nothing leaks to other sites either way, and
# with it a browser's form posts carry the page's real Origin (not "null"), which
# SameOriginWrites checks.
_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"), (b"content-security-policy", CSP.encode()),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"cross-origin-resource-policy", b"same-origin")]


def too_large_message(limit: int) -> str:
    return (f"the request body is over the {limit:,}-byte limit of this server; send a "
            "smaller document (or start the server with a larger --max-bytes)")


async def _send_413(send, limit: int) -> None:
    body = json.dumps({"detail": too_large_message(limit), "status": 413}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuses a body over ``limit`` bytes with 413: at once when Content-Length says
    so, else as soon as the streamed body passes the limit (an HTTPException raised
    while the endpoint reads its body, so the app's error handlers answer it)."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = False
                if too_big:
                    return await _send_413(send, self.limit)
        seen = 0

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, too_large_message(self.limit))
            return message

        await self.app(scope, counted_receive, send)


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def cross_origin_message(origin: str) -> str:
    return (f"refused: this request changes the store or the session and comes from a page "
            f"of another site ({origin}); use this server's own pages, or a client that "
            "sends no Origin header (curl, scripts), or start the server with "
            "--cors-origin for that site")


class SameOriginWrites:
    """Refuses (403) a request that may change something (any method but GET, HEAD and
    OPTIONS) when a browser says that another site's page sent it: an ``Origin`` that is
    not this server's own (``null`` included) nor one of ``allowed``, or, without an
    Origin, ``Sec-Fetch-Site: cross-site`` / ``same-site``.  A page on another port of
    the same machine counts as another site, so it cannot post articles (or sign in)
    with the user's token cookie.  Clients that send neither header (curl, scripts, the
    CLI) are not affected; their tokens are checked as usual."""

    def __init__(self, app, allowed: tuple[str, ...] = ()):
        self.app = app
        self.allowed = {o.lower().rstrip("/") for o in allowed}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            return await self.app(scope, receive, send)
        origin = site = host = None
        for name, value in scope.get("headers", ()):
            if name == b"origin":
                origin = value.decode("latin-1").strip()
            elif name == b"sec-fetch-site":
                site = value.decode("latin-1").strip().lower()
            elif name == b"host":
                host = value.decode("latin-1").strip().lower()
        if origin is not None:
            refused = not self._own(origin, host) and origin.lower() not in self.allowed
        else:
            refused = site in ("cross-site", "same-site")
        if not refused:
            return await self.app(scope, receive, send)
        body = json.dumps({"detail": cross_origin_message(origin or f"Sec-Fetch-Site: {site}"),
                           "status": 403}).encode()
        await send({"type": "http.response.start", "status": 403,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _own(origin: str, host: str | None) -> bool:
        if not host or origin == "null":
            return False
        try:
            o, h = urlsplit(origin), urlsplit("//" + host)
            if o.scheme not in ("http", "https") or not o.hostname:
                return False
            default = 443 if o.scheme == "https" else 80
            return (o.hostname, o.port or default) == (h.hostname, h.port or default)
        except ValueError:          # a malformed Origin or Host (e.g. a bad port)
            return False


class SecurityHeaders:
    """nosniff, no framing, no referrer to other sites, no sharing of windows or
    responses with other origins, and a Content-Security-Policy that allows scripts and
    styles from this server only (the UI has no inline script or style and no CDN)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", ()), *_HEADERS]}
            await send(message)

        await self.app(scope, receive, with_headers)
