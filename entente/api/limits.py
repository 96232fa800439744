"""ASGI middleware: a cap on request bodies, and the security headers of every response."""
from __future__ import annotations

import json

from fastapi import HTTPException

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"), (b"content-security-policy", CSP.encode())]


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


class SecurityHeaders:
    """nosniff, no framing, no referrer, and a Content-Security-Policy that allows
    scripts from this server only (the UI has no inline script and no CDN)."""

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
