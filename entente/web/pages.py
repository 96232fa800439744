"""The web UI's pages, rendered on the server with Jinja2 (autoescaping on: article text,
names and quotes are untrusted and always escaped), plus the static files: the UI's own
CSS and script, and vis-network's, served from the installed pyvis package (no CDN)."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Annotated, Any, Optional
from urllib.parse import quote as urlquote

import jinja2
from fastapi import APIRouter, Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from ..errors import EntenteError
from ..records import PLOVER_EVENTS
from ..api import coding
from ..api import queries as q
from ..api.access import read_access, write_access
from ..api.auth import COOKIE
from .text import segments, trimmed

HERE = Path(__file__).parent
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                          autoescape=True, trim_blocks=True, lstrip_blocks=True)
_env.filters["urlpart"] = lambda value: urlquote(str(value), safe="")
_env.globals["PLOVER_EVENTS"] = PLOVER_EVENTS
_env.globals["first_mark"] = lambda parts: next(
    (i for i, (_piece, covering) in enumerate(parts) if covering), -1)

router = APIRouter(include_in_schema=False)
guarded = APIRouter(include_in_schema=False, dependencies=[Depends(read_access)])


def vis_folder() -> Path:
    """vis-network's JavaScript and CSS as the pyvis wheel ships them."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.origin:
        raise RuntimeError("pyvis is not installed; install the web extra: "
                           "pip install 'entente[web]'")
    folders = sorted((Path(spec.origin).parent / "lib").glob("vis-*/vis-network.min.js"))
    if not folders:
        raise RuntimeError("the installed pyvis has no vis-network files; reinstall it")
    return folders[-1].parent


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    policy = request.app.state.policy
    html = _env.get_template(name).render(request=request, open_reads=policy.open_reads,
                                          **context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _store(request: Request):
    return request.app.state.store


# -- pages -------------------------------------------------------------------------------
@guarded.get("/", response_class=HTMLResponse)
def home(request: Request):
    store = _store(request)
    return render(request, "home.html", counts=store.counts(),
                  actors=store.actors(limit=24), documents=q.documents_page(store, 10, 0)[0])


@guarded.get("/actors", response_class=HTMLResponse)
def search(request: Request, search: Annotated[str, Query(alias="q", max_length=200)] = ""):
    rows = q.search_actors(_store(request), search, limit=100) if search.strip() else []
    return render(request, "search.html", query=search, rows=rows)


@guarded.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str):
    from ..api.routes import profile
    store = _store(request)
    summary = q.actor_summary(store, actor_id)
    if summary is None:
        raise HTTPException(404, f"no actor with id {actor_id!r} in this store; search for "
                                 "it by name on the home page")
    data = profile(store, summary)
    events, more = q.events_page(store, q.EventFilter(actor=summary["id"]), 200)
    peak = max([max(m["cooperative"], m["conflictual"]) for m in data["timeline"]] or [1])
    return render(request, "actor.html", actor=data, events=events, more=more, peak=peak)


@guarded.get("/network", response_class=HTMLResponse)
def network_page(request: Request, actor: Optional[str] = Query(None, max_length=512),
                 since: Optional[str] = Query(None, max_length=10),
                 until: Optional[str] = Query(None, max_length=10),
                 event: Optional[list[str]] = Query(None, max_length=200)):
    types = q.event_types(event)
    q.window(since, until)
    return render(request, "network.html", actor=actor or "", since=since or "",
                  until=until or "", selected=types, months=q.months(_store(request)))


@guarded.get("/events/{event_id:path}", response_class=HTMLResponse)
def evidence_page(request: Request, event_id: str):
    from ..api.routes import evidence
    data = evidence(_store(request), event_id)
    ev, doc = data["event"], data["document"]
    span = trimmed(doc["text"], ev["evidence"]["start"], ev["evidence"]["end"])
    return render(request, "evidence.html", ev=ev, doc=doc, quote=data["quote"],
                  parts=segments(doc["text"], [span]))


@guarded.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str):
    coded = _store(request).coded(doc_id)
    if coded is None:
        raise HTTPException(404, f"no document with id {doc_id!r} in this store")
    return _coded_page(request, coded, stored=None)


def _coded_page(request: Request, coded, stored: bool | None, status: int = 200,
                preview: bool = False):
    text = coded.document.text
    spans = [trimmed(text, e.evidence.start, e.evidence.end) for e in coded.events]
    return render(request, "document.html", status=status, coded=coded, stored=stored,
                  preview=preview, parts=segments(text, spans))


@guarded.get("/code", response_class=HTMLResponse)
def code_form(request: Request):
    return render(request, "code.html", form={})


@guarded.post("/code", response_class=HTMLResponse)
async def code_submit(request: Request, text: Annotated[str, Form()] = "",
                      date: Annotated[str, Form(max_length=32)] = "",
                      title: Annotated[str, Form(max_length=2000)] = "",
                      store: Annotated[str, Form(max_length=8)] = "",
                      file: Annotated[Optional[UploadFile], File()] = None):
    form = {"text": text, "date": date, "title": title, "store": store}
    max_bytes = request.app.state.max_document_bytes
    try:
        if store:
            write_access(request)
        if file is not None and file.filename:
            data = await file.read(max_bytes + 1)
            document = coding.from_upload(data, file.filename, max_bytes, date or None,
                                          title or None)
        elif text.strip():
            document = coding.from_json({"text": text, "date": date or None,
                                         "title": title or None}, max_bytes)
        else:
            raise EntenteError("paste an article's text or choose a .txt or .html file")
    except EntenteError as exc:
        return render(request, "code.html", status=400, form=form, error=str(exc))
    except HTTPException as exc:
        return render(request, "code.html", status=exc.status_code, form=form,
                      error="storing needs a token: sign in first (or leave 'store' unticked "
                            "to see the coding only)")
    coded = await run_in_threadpool(coding.code, document)
    stored = None
    if store:
        stored = await run_in_threadpool(_store(request).save, coded)
    return _coded_page(request, coded, stored=stored, preview=not store)


# -- signing in (needed when the server is reachable from the network) --------------------
@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/"):
    return render(request, "login.html", next=_safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: Annotated[str, Form(max_length=256)],
          next: Annotated[str, Form(max_length=2000)] = "/"):
    name = request.app.state.policy.tokens.verify(token.strip())
    if name is None:
        return render(request, "login.html", status=401, next=_safe_next(next),
                      error="that token is not valid here")
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(COOKIE, token.strip(), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", max_age=30 * 24 * 3600)
    return response


@router.post("/logout")
def logout():
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response


@router.get("/favicon.ico", include_in_schema=False)
def favicon():
    """Browsers ask for it on pages that name none (the API's JSON, for one)."""
    return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")


def _safe_next(value: str) -> str:
    """Only a path on this server (never //elsewhere or a scheme)."""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def mount(app: FastAPI) -> None:
    app.include_router(router)
    app.include_router(guarded)
    app.mount("/static/vis", StaticFiles(directory=vis_folder()), name="vis")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

