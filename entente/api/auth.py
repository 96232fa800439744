"""API tokens: made by ``entente token create``, kept hashed, compared in constant time.

Tokens live in a small JSON file (``$ENTENTE_TOKENS``, or ~/.config/entente/tokens.json),
readable by its owner only.  The file keeps each token's name, its SHA-256 and when it was
made; the token itself is printed once and never stored.  A token is 32 random bytes, so
a plain SHA-256 is enough: there is nothing to guess that a slow hash would protect.

A request presents its token as ``Authorization: Bearer TOKEN`` or, from the web UI after
signing in, in the ``entente_token`` cookie (HttpOnly, SameSite=Strict).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import threading
from datetime import datetime, timezone
from pathlib import Path

from ..errors import EntenteError

PREFIX = "ent_"
COOKIE = "entente_token"
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@")


def default_tokens_path() -> Path:
    return Path(os.environ.get("ENTENTE_TOKENS")
                or Path.home() / ".config" / "entente" / "tokens.json").expanduser()


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TokenStore:
    """The hashed tokens of one file.  Reading it again when it changes lets a token made
    or revoked while the server runs take effect without a restart."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path).expanduser() if path else default_tokens_path()
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._entries: list[dict] = []

    # -- file ------------------------------------------------------------------------------
    def entries(self) -> list[dict]:
        """[{"name", "sha256", "created"}], re-read when the file changed."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return []
        stamp = (st.st_mtime_ns, st.st_size)
        with self._lock:
            if stamp != self._stamp:
                try:
                    data = json.loads(self.path.read_text(encoding="utf-8"))
                    entries = [e for e in data.get("tokens", [])
                               if isinstance(e, dict) and isinstance(e.get("sha256"), str)]
                except (OSError, ValueError, AttributeError) as exc:
                    raise EntenteError(f"{self.path}: cannot read the token file ({exc}); "
                                       "fix it or remove it and create tokens again") from None
                self._entries, self._stamp = entries, stamp
            return list(self._entries)

    def _write(self, entries: list[dict]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"tokens": entries}, out, indent=2)
        os.replace(tmp, self.path)

    # -- use -------------------------------------------------------------------------------
    def create(self, name: str) -> str:
        """A new token for ``name``; returns the token (shown once, never stored)."""
        if not name or not set(name) <= _NAME_CHARS or len(name) > 64:
            raise EntenteError(f"token name {name!r}: use 1-64 letters, digits, '-', '_', "
                               "'.' or '@'")
        entries = self.entries()
        if any(e.get("name") == name for e in entries):
            raise EntenteError(f"a token named {name!r} exists; revoke it first "
                               f"('entente token revoke {name}') or choose another name")
        token = PREFIX + secrets.token_urlsafe(32)
        entries.append({"name": name, "sha256": _digest(token),
                        "created": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        self._write(entries)
        return token

    def revoke(self, name: str) -> bool:
        entries = self.entries()
        kept = [e for e in entries if e.get("name") != name]
        if len(kept) == len(entries):
            return False
        self._write(kept)
        return True

    def names(self) -> list[dict]:
        return [{"name": e.get("name"), "created": e.get("created")} for e in self.entries()]

    def verify(self, token: str | None) -> str | None:
        """The name of the token, or None.  Every stored hash is compared, in constant
        time, so the time taken says nothing about which one came close."""
        if not token or len(token) > 256:
            return None
        digest = _digest(token)
        found = None
        for entry in self.entries():
            if hmac.compare_digest(digest, entry["sha256"]):
                found = entry.get("name") or "?"
        return found
