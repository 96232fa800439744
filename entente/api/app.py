"""The FastAPI application: the REST API (/api), the web UI (/), access rules, limits and
errors that say what was wrong.

    from entente.api import create_app
    app = create_app("my.db")                      # reads open on loopback, writes need a token
    app = create_app("my.db", host="0.0.0.0")      # every request needs a token

No CORS header is sent unless ``cors_origins`` names the sites (``https://host[:port]``)
whose pages may call the API from the browser; without it, another site's page can
neither read the answers nor post.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from sqlalchemy import event as sa_event
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import EntenteError
from ..read import DEFAULT_MAX_BYTES
from ..store import Store
from .access import AccessPolicy, is_loopback, read_access
from .auth import TokenStore
from .limits import BodyLimit, SameOriginWrites, SecurityHeaders

LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1", "[::1]"]


def create_app(store: Store | str | None = None, *, host: str = "127.0.0.1",
               tokens: TokenStore | str | Path | None = None,
               require_token: bool | None = None,
               max_document_bytes: int = DEFAULT_MAX_BYTES,
               cors_origins: tuple[str, ...] | list[str] = ()) -> FastAPI:
    """The app over ``store`` (a Store, a URL or path, or the default store).  Bound to a
    loopback ``host``, reads are open unless ``require_token``; otherwise every request
    needs a token.  Request bodies are capped a little above ``max_document_bytes``.
    ``cors_origins``: the other sites whose pages may call the API (none by default)."""
    from ..web import pages
    from . import routes

    cors_origins = check_origins(cors_origins)
    loopback = is_loopback(host)
    app = FastAPI(title="entente", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url=None, description=(
                      "Actors, PLOVER/CAMEO events, quotes and ties coded from news, each "
                      "with its evidence. Records follow entente's CONTRACT.md. Reads are "
                      "open on a loopback address; writes need 'Authorization: Bearer TOKEN' "
                      "('entente token create NAME'); on any other address, every request does."))
    app.state.store = store if isinstance(store, Store) else Store(store)
    _tune_reads(app.state.store)
    app.state.policy = AccessPolicy(
        tokens if isinstance(tokens, TokenStore) else TokenStore(tokens),
        open_reads=loopback and not require_token)
    app.state.max_document_bytes = max_document_bytes
    app.state.loopback = loopback
    app.state.cors_origins = cors_origins

    @app.get("/api/openapi.json", include_in_schema=False, dependencies=[Depends(read_access)])
    def openapi_schema():
        return JSONResponse(app.openapi())

    app.include_router(routes.router)
    pages.mount(app)
    _error_handlers(app)
    # Outermost last: headers on every answer, the body cap before anything reads it,
    # writes only from this server's own pages (or the --cors-origin sites) when a
    # browser sends them, CORS headers only for those sites, and on loopback only
    # loopback Host names (a web page elsewhere cannot rebind DNS to it).
    app.add_middleware(BodyLimit, limit=max_document_bytes + 256 * 1024)
    app.add_middleware(SameOriginWrites, allowed=cors_origins)
    if cors_origins:
        from starlette.middleware.cors import CORSMiddleware
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"],
                           allow_credentials=False, max_age=600)
    if loopback:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_NAMES)
    app.add_middleware(SecurityHeaders)
    return app


_ORIGIN = re.compile(r"https?://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?")


def check_origins(origins) -> tuple[str, ...]:
    """``--cors-origin`` values as browsers send them (scheme://host[:port], no path),
    or an error that says how to write one; ``*`` is refused: name the sites."""
    out = []
    for origin in origins or ():
        value = str(origin).strip().rstrip("/")
        if not _ORIGIN.fullmatch(value):
            raise EntenteError(f"--cors-origin {origin!r}: give a site as a browser names it, "
                               "e.g. http://localhost:8888 or https://notebooks.example.org "
                               "(scheme, host and port only; '*' is not accepted)")
        if value.lower() not in out:
            out.append(value.lower())
    return tuple(out)


ENV_CONFIG = "ENTENTE_SERVE_CONFIG"
SQLITE_MMAP_BYTES = 1 << 30


def _tune_reads(store: Store) -> None:
    """SQLite only: let the server's connections read the file through a memory map, so
    that random look-ups of events share the operating system's page cache instead of
    each going through a small per-connection cache.  Nothing in the file changes."""
    if store.engine.dialect.name != "sqlite":
        return

    def on_connect(dbapi_conn, _record):
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
        cursor.close()

    sa_event.listen(store.engine, "connect", on_connect)
    store.engine.dispose()      # connections opened before this get the setting too


def from_environment() -> FastAPI:
    """The app as ``entente serve --workers N`` describes it in $ENTENTE_SERVE_CONFIG
    (JSON), for uvicorn's worker processes, which each build their own."""
    import json
    import os
    config = json.loads(os.environ[ENV_CONFIG])
    return create_app(config["db"], host=config["host"], tokens=config["tokens"],
                      require_token=config["require_token"],
                      max_document_bytes=config["max_document_bytes"],
                      cors_origins=config.get("cors_origins", ()))


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get(
        "accept", "")


def _error_handlers(app: FastAPI) -> None:
    from ..web.pages import error_page

    def answer(request: Request, status: int, message: str, headers=None, **extra):
        if status == 401 and _wants_html(request) and request.method == "GET":
            return RedirectResponse("/login?" + urlencode({"next": request.url.path}),
                                    status_code=303)
        if _wants_html(request):
            return error_page(request, status, message)
        return JSONResponse({"detail": message, "status": status, **extra},
                            status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = (f"nothing at {request.url.path}; the API is under /api "
                       "(schema: /api/openapi.json)")
        if exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return answer(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
            problems.append(f"{where}: {err.get('msg')}")
        return answer(request, 422, "invalid request: " + "; ".join(problems),
                      errors=[{"loc": list(e.get("loc", ())), "msg": e.get("msg")}
                              for e in exc.errors()])

    @app.exception_handler(EntenteError)
    async def bad_input(request: Request, exc: EntenteError):
        return answer(request, 400, str(exc))
