"""Who may do what: read endpoints are open on a loopback address, write endpoints need a
token, and a server bound to any other address needs a token for everything."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from fastapi import HTTPException, Request

from .auth import COOKIE, TokenStore


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class AccessPolicy:
    tokens: TokenStore
    open_reads: bool           # reads without a token (loopback binding, the default)

    def token_of(self, request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
        return request.cookies.get(COOKIE)

    def who(self, request: Request) -> str | None:
        return self.tokens.verify(self.token_of(request))


class NeedToken(HTTPException):
    """401: the request needs a valid token (pages turn it into a sign-in redirect)."""

    def __init__(self, message: str):
        super().__init__(401, message, headers={"WWW-Authenticate": "Bearer"})


def _policy(request: Request) -> AccessPolicy:
    return request.app.state.policy


def read_access(request: Request) -> str | None:
    """Dependency of every read endpoint."""
    policy = _policy(request)
    if policy.open_reads:
        return None
    name = policy.who(request)
    if name is None:
        raise NeedToken("this server is reachable from the network, so every request needs "
                        "a token: send 'Authorization: Bearer TOKEN' (make one with "
                        "'entente token create NAME')")
    return name


def write_access(request: Request) -> str:
    """Dependency of every endpoint that changes the store."""
    name = _policy(request).who(request)
    if name is None:
        raise NeedToken("writing needs a token: send 'Authorization: Bearer TOKEN' "
                        "(make one with 'entente token create NAME')")
    return name
