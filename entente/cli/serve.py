"""entente serve / entente token: the web UI and REST API, and the tokens that guard them."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import EntenteError
from ..read import DEFAULT_MAX_BYTES

token_app = typer.Typer(no_args_is_help=True, add_completion=False,
                        help="API tokens: writing needs one; so does everything when the "
                             "server listens beyond this machine.")
TOKENS = typer.Option(None, "--tokens", help="Token file (default: $ENTENTE_TOKENS or "
                                             "~/.config/entente/tokens.json).")


def _store_url(db: str | None, create: bool) -> str:
    from ..store import default_url, to_url
    url = to_url(db) if db else default_url()
    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else None
    if path and not Path(path).exists() and not create:
        raise EntenteError(f"no store at {path}; fill one first with 'entente ingest FILES "
                           "--db PATH' (or give --db / $ENTENTE_DB, or --create to start "
                           "with an empty store)")
    return url


def serve(db: Optional[str] = typer.Option(None, "--db", help="Store URL or SQLite path (default: $ENTENTE_DB or ~/.local/share/entente/entente.db)."),
          host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but a loopback address makes every request need a token."),
          port: int = typer.Option(8000, "--port", min=0, max=65535),
          require_token: bool = typer.Option(False, "--require-token", help="Need a token for reads too, even on loopback."),
          tokens: Optional[Path] = TOKENS,
          max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Largest document accepted, in bytes (request bodies are capped a little above it)."),
          create: bool = typer.Option(False, "--create", help="Start with an empty store if there is none."),
          cors_origin: Optional[list[str]] = typer.Option(None, "--cors-origin", help="A site whose pages may call the API from the browser, e.g. http://localhost:8888 (repeat for more). None by default: no CORS headers are sent."),
          workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes (one per CPU core serves the most requests)."),
          log_level: str = typer.Option("warning", "--log-level", help="uvicorn log level (info shows every request).")) -> None:
    """Serve the web UI and the REST API (open the printed address in a browser)."""
    try:
        import uvicorn
        from ..api import create_app
        from ..api.access import is_loopback
        from ..api.auth import TokenStore
    except ModuleNotFoundError as exc:
        raise EntenteError(f"'entente serve' needs {exc.name}: pip install 'entente[web]'") from None
    token_store = TokenStore(tokens)
    if not is_loopback(host) and not token_store.entries():
        raise EntenteError(f"--host {host} makes the server reachable from the network, where "
                           "every request needs a token, and there is none yet: make one "
                           f"with 'entente token create NAME' (file: {token_store.path})")
    url = _store_url(db, create)
    app = create_app(url, host=host, tokens=token_store, require_token=require_token,
                     max_document_bytes=max_bytes, cors_origins=cors_origin or ())
    shown = f"[{host}]" if ":" in host else host
    access = ("reads open, writes need a token" if is_loopback(host) and not require_token
              else "every request needs a token")
    if app.state.cors_origins:
        access += "; the API may be called from pages of " + ", ".join(app.state.cors_origins)
    base = f"http://{shown}:{port}"
    typer.echo(f"entente: serving {app.state.store!r} ({access}; Ctrl-C to stop)\n"
               f"  open {base}/network   (the network; search and pages at {base}/, "
               f"the API at {base}/api)", err=True)
    options = dict(host=host, port=port, log_level=log_level, access_log=False,
                   timeout_keep_alive=15, limit_concurrency=256)
    if workers == 1:
        uvicorn.run(app, **options)
        return
    import json
    import os
    from ..api.app import ENV_CONFIG
    app.state.store.close()
    os.environ[ENV_CONFIG] = json.dumps({
        "db": url, "host": host, "tokens": str(token_store.path),
        "require_token": require_token, "max_document_bytes": max_bytes,
        "cors_origins": list(app.state.cors_origins)})
    uvicorn.run("entente.api.app:from_environment", factory=True, workers=workers, **options)


@token_app.command("create")
def token_create(name: str = typer.Argument(..., help="Who or what the token is for, e.g. 'alice' or 'ingest-bot'."),
                 tokens: Optional[Path] = TOKENS) -> None:
    """Make a token and print it once (only its hash is kept)."""
    from ..api.auth import TokenStore
    store = TokenStore(tokens)
    token = store.create(name)
    typer.echo(token)
    typer.echo(f"token {name!r} saved (hashed) in {store.path}; it is shown only now. Send it "
               "as 'Authorization: Bearer TOKEN', or sign in with it in the web UI.", err=True)


@token_app.command("list")
def token_list(tokens: Optional[Path] = TOKENS) -> None:
    """Names and dates of the tokens (the tokens themselves are not kept)."""
    from ..api.auth import TokenStore
    for entry in TokenStore(tokens).names():
        typer.echo(f"{entry['name']}\t{entry['created']}")


@token_app.command("revoke")
def token_revoke(name: str, tokens: Optional[Path] = TOKENS) -> None:
    """Remove a token; a running server stops accepting it at once."""
    from ..api.auth import TokenStore
    if not TokenStore(tokens).revoke(name):
        raise EntenteError(f"no token named {name!r}; 'entente token list' shows them")
    typer.echo(f"token {name!r} revoked", err=True)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(token_app, name="token")
