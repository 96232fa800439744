"""The REST API under /api: the store's records (CONTRACT.md) with the CLI's filters,
pages, the network, evidence, and coding a posted article.  Handlers only read the
request, call the library (or ``queries``/``netview``) and shape the JSON."""
from __future__ import annotations

import json
from dataclasses import replace
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from ..errors import EntenteError
from ..records import RELATIONS
from . import coding, models, netview
from . import queries as q
from .access import read_access, write_access

router = APIRouter(prefix="/api", dependencies=[Depends(read_access)])

MAX_LIMIT = 1000
DENSE_PAIR = 1000
MAX_OFFSET = 1_000_000
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
ActorQ = Annotated[Optional[str], Query(max_length=512,
                                        description="actor id or name (e.g. RUS, 'al Qaeda')")]
Since = Annotated[Optional[str], Query(max_length=10, description="from this date: YYYY, "
                                                                  "YYYY-MM or YYYY-MM-DD")]
Until = Annotated[Optional[str], Query(max_length=10, description="up to this date")]
EventQ = Annotated[Optional[list[str]], Query(max_length=200, description=(
    "PLOVER event type(s): repeat, or separate with commas (ASSAULT,COERCE)"))]


def _store(request: Request):
    return request.app.state.store


def _page(request: Request, items: list[dict], limit: int, offset: int, more: bool,
          **extra: Any) -> JSONResponse:
    nxt = str(request.url.include_query_params(offset=offset + limit)) if more else None
    return JSONResponse({"items": items, "limit": limit, "offset": offset,
                         "count": len(items), "next": nxt, **extra})


def _missing(what: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {what} with id {key!r} in this store")


# -- documents -----------------------------------------------------------------------------
@router.get("/documents", response_model=models.Page, summary="Stored documents")
def list_documents(request: Request, limit: Limit = 50, offset: Offset = 0):
    docs, more = q.documents_page(_store(request), limit, offset)
    return _page(request, [d.to_dict() for d in docs], limit, offset, more)


@router.get("/documents/{doc_id:path}/records", response_model=models.Coded,
            summary="Everything coded from one document")
def document_records(request: Request, doc_id: str):
    coded = _store(request).coded(doc_id)
    if coded is None:
        raise _missing("document", doc_id)
    return JSONResponse(_coded_json(coded))


@router.get("/documents/{doc_id:path}", response_model=models.DocumentRecord,
            summary="One document (with its text when ?text=true)")
def get_document(request: Request, doc_id: str, text: bool = False):
    doc = _store(request).document(doc_id)
    if doc is None:
        raise _missing("document", doc_id)
    out = doc.to_dict()
    if text:
        out["text"] = doc.text
    return JSONResponse(out)


def _coded_json(coded, stored: bool | None = None) -> dict:
    out = {"document": coded.document.to_dict(),
           "actors": [a.to_dict() for a in coded.actors],
           "events": [e.to_dict() for e in coded.events],
           "quotes": [x.to_dict() for x in coded.quotes],
           "relations": [r.to_dict() for r in coded.relations]}
    if stored is not None:
        out["stored"] = stored
    return out


async def _document_from(request: Request, body: models.DocumentIn):
    return coding.from_json(body.model_dump(exclude_none=True),
                            request.app.state.max_document_bytes)


@router.post("/documents", status_code=201, response_model=models.Coded,
             summary="Code an article and store it (needs a token)",
             responses={200: {"description": "already stored: nothing written"},
                        401: {"description": "no valid token"},
                        409: {"description": "another document has this id"},
                        413: {"description": "body too large"}})
async def post_document(request: Request, body: Annotated[models.DocumentIn, Body()],
                        who: str = Depends(write_access)):
    document = await _document_from(request, body)
    store = _store(request)
    existing = await run_in_threadpool(store.document, document.id)
    if existing is not None and existing.sha256 != document.sha256:
        raise HTTPException(409, f"a different document with id {document.id!r} is already "
                                 "stored; send it under another id")
    coded = await run_in_threadpool(coding.code, document)
    stored = await run_in_threadpool(store.save, coded)
    if not stored:
        kept = await run_in_threadpool(store.coded, existing.id if existing else document.id)
        if kept is None:     # same text stored under another id
            return JSONResponse(_coded_json(coded, stored=False), status_code=200)
        return JSONResponse(_coded_json(kept, stored=False), status_code=200)
    return JSONResponse(_coded_json(coded, stored=True), status_code=201)


@router.post("/code", response_model=models.Coded,
             summary="Code an article and return its records without storing them")
async def code_document(request: Request, body: Annotated[models.DocumentIn, Body()]):
    document = await _document_from(request, body)
    coded = await run_in_threadpool(coding.code, document)
    return JSONResponse(_coded_json(coded))


# -- actors --------------------------------------------------------------------------------
@router.get("/actors", response_model=models.Page, summary="Actors, most documents first")
def list_actors(request: Request, actor: ActorQ = None,
                search: Annotated[Optional[str], Query(alias="q", max_length=200,
                                                       description="part of a name or id")] = None,
                since: Since = None, until: Until = None, event: EventQ = None,
                limit: Limit = 50, offset: Offset = 0):
    store = _store(request)
    types = q.event_types(event)
    if len(types) > 1:
        raise EntenteError("actors take one event type")
    if search:
        rows = q.search_actors(store, search, limit + 1, offset)
    else:
        q.window(since, until)
        name = (q.kb_id(actor) or actor) if actor else None
        rows = store.actors(actor=name, since=since, until=until,
                            event=types[0] if types else None, limit=offset + limit + 1)
        rows = rows[offset:]
    return _page(request, rows[:limit], limit, offset, len(rows) > limit)


@router.get("/actors/{actor_id}", summary="One actor: profile, aliases, ties, allies, "
                                          "enemies and timeline")
def get_actor(request: Request, actor_id: str):
    store = _store(request)
    summary = q.actor_summary(store, actor_id)
    if summary is None:
        raise _missing("actor", actor_id)
    return JSONResponse(profile(store, summary))


def profile(store, summary: dict) -> dict:
    """What the actor page shows, as JSON."""
    actor_id = summary["id"]
    known = q.kb()
    entry = known.get(actor_id) if known is not None else None
    aliases = sorted(set(entry.aliases) | {entry.name}) if entry else []
    allies, enemies = netview.allies_and_enemies(store, actor_id)
    return {**summary, "aliases": aliases,
            "known": entry is not None,
            "relations": [r.to_dict() for r in store.relations(actor=actor_id, limit=200)],
            "allies": allies, "enemies": enemies,
            "timeline": netview.timeline(store, actor_id),
            "n_events": q.count_events(store, q.EventFilter(actor=actor_id))}


# -- events --------------------------------------------------------------------------------
def _event_filter(actor, source, target, event, since, until, doc_id, quad) -> q.EventFilter:
    f = q.EventFilter(actor=actor or None, source=source or None, target=target or None,
                      events=q.event_types(event), since=since or None, until=until or None,
                      doc_id=doc_id, quad=quad)
    q.window(f.since, f.until)
    return f


@router.get("/events", response_model=models.EventPage,
            summary="Events by date (undated last), filtered")
def list_events(request: Request, actor: ActorQ = None,
                source: Annotated[Optional[str], Query(max_length=512,
                                                       description="actor role only")] = None,
                target: Annotated[Optional[str], Query(max_length=512,
                                                       description="recipient role only")] = None,
                event: EventQ = None, since: Since = None, until: Until = None,
                doc_id: Annotated[Optional[str], Query(max_length=512)] = None,
                quad: Annotated[Optional[int], Query(ge=1, le=4)] = None,
                limit: Limit = 50, offset: Offset = 0):
    f = _event_filter(actor, source, target, event, since, until, doc_id, quad)
    raw, more = q.events_page_json(_store(request), f, limit, offset)
    return _raw_page(request, raw, limit, offset, more)


def _raw_page(request: Request, raw: list[str], limit: int, offset: int, more: bool,
              **extra: Any) -> Response:
    """A page whose items are stored records' JSON texts, passed on as they are."""
    nxt = str(request.url.include_query_params(offset=offset + limit)) if more else None
    head = {"limit": limit, "offset": offset, "count": len(raw), "next": nxt, **extra}
    body = '{"items":[' + ",".join(raw) + "]," + json.dumps(head, ensure_ascii=False)[1:]
    return Response(body.encode("utf-8"), media_type="application/json")


@router.get("/events/{event_id:path}/evidence", response_model=models.Evidence_,
            summary="An event with its document's text, the evidence span and its quote")
def event_evidence(request: Request, event_id: str):
    return JSONResponse(evidence(_store(request), event_id))


def evidence(store, event_id: str) -> dict:
    ev = q.event(store, event_id)
    if ev is None:
        raise _missing("event", event_id)
    doc = store.document(ev.doc_id)
    quote = q.quote_for(store, ev)
    return {"event": ev.to_dict(), "document": {**doc.to_dict(), "text": doc.text},
            "quote": quote.to_dict() if quote else None}


@router.get("/events/{event_id:path}", response_model=models.EventRecord, summary="One event")
def get_event(request: Request, event_id: str):
    ev = q.event(_store(request), event_id)
    if ev is None:
        raise _missing("event", event_id)
    return JSONResponse(ev.to_dict())


# -- quotes and relations ------------------------------------------------------------------
@router.get("/quotes", response_model=models.Page, summary="Quotations, by speaker")
def list_quotes(request: Request, actor: ActorQ = None,
                doc_id: Annotated[Optional[str], Query(max_length=512)] = None,
                limit: Limit = 50, offset: Offset = 0):
    name = (q.kb_id(actor) or actor) if actor else None
    rows = _store(request).quotes(actor=name, doc_id=doc_id, limit=offset + limit + 1)[offset:]
    return _page(request, [x.to_dict() for x in rows[:limit]], limit, offset,
                 len(rows) > limit)


@router.get("/relations", response_model=models.Page, summary="Standing ties the texts state")
def list_relations(request: Request, actor: ActorQ = None,
                   relation: Annotated[Optional[str], Query(
                       max_length=32, description=" | ".join(RELATIONS))] = None,
                   since: Since = None, until: Until = None,
                   doc_id: Annotated[Optional[str], Query(max_length=512)] = None,
                   limit: Limit = 50, offset: Offset = 0):
    if relation and relation.lower() not in RELATIONS:
        raise EntenteError(f"relation {relation!r} is not one of {', '.join(RELATIONS)}")
    q.window(since, until)
    name = (q.kb_id(actor) or actor) if actor else None
    rows = _store(request).relations(actor=name, relation=relation, since=since, until=until,
                                     doc_id=doc_id, limit=offset + limit + 1)[offset:]
    return _page(request, [r.to_dict() for r in rows[:limit]], limit, offset,
                 len(rows) > limit)


# -- dyads and the network -----------------------------------------------------------------
MinEvents = Annotated[int, Query(ge=1, le=1_000_000, description="pairs with at least this "
                                                                  "many events")]


@router.get("/dyads", response_model=models.Page,
            summary="Actor pairs with cooperative and conflictual event counts and a stance")
def list_dyads(request: Request, actor: ActorQ = None, event: EventQ = None,
               since: Since = None, until: Until = None, min_events: MinEvents = 1,
               limit: Limit = 50, offset: Offset = 0):
    f = _event_filter(actor, None, None, event, since, until, None, None)
    store = _store(request)
    stances = netview._network_stances(store, f)
    rows = netview.dyads(store, f, min_events, stances)
    for row in rows:
        row.pop("names", None)
    page = rows[offset:offset + limit]
    return _page(request, page, limit, offset, len(rows) > offset + limit,
                 engine=netview.engine_name(stances))


@router.get("/dyads/{a}/{b}", summary="One pair: its events both ways, with evidence, and "
                                      "the ties between them")
def get_dyad(request: Request, a: str, b: str, event: EventQ = None, since: Since = None,
             until: Until = None, limit: Limit = 100, offset: Offset = 0):
    store = _store(request)
    f = q.EventFilter(between=(a, b), events=q.event_types(event), since=since or None,
                      until=until or None)
    q.window(f.since, f.until)
    a_ids, b_ids = q.actor_ids(store, a), q.actor_ids(store, b)
    if not (f.events or f.since or f.until) and len(a_ids) == len(b_ids) == 1:
        coop, conflict = netview.pair_totals(store).get(tuple(sorted((a_ids[0], b_ids[0]))),
                                                        (0, 0))
        # a pair in many events: walking events by date finds a page sooner than a join
        f = replace(f, dense_pair=coop + conflict >= DENSE_PAIR)
    else:
        quads = q.quad_counts(store, f)
        coop, conflict = quads.get(1, 0) + quads.get(2, 0), quads.get(3, 0) + quads.get(4, 0)
    raw, more = q.events_page_json(store, f, limit, offset)
    ties = q.relations_between(store, a_ids, b_ids)
    summary = {"stance": netview.stance(coop, conflict)}
    stances = netview._network_stances(store, f, build=False)    # if the network view has it
    if stances is not None and len(a_ids) == len(b_ids) == 1:
        summary.update(stances.get(tuple(sorted((a_ids[0], b_ids[0]))), {}))
    return _raw_page(request, raw, limit, offset, more,
                 pair=[a, b], cooperative=coop, conflictual=conflict, **summary,
                 engine=netview.engine_name(stances),
                 relations=[r.to_dict() for r in ties])


@router.get("/network", response_model=models.Network,
            summary="Nodes, stance-coloured edges and ties for a date range and event types")
def get_network(request: Request, actor: ActorQ = None, event: EventQ = None,
                since: Since = None, until: Until = None, min_events: MinEvents = 1,
                max_edges: Annotated[int, Query(ge=1, le=5000)] = 500):
    f = _event_filter(None, None, None, event, since, until, None, None)
    return JSONResponse(netview.network(_store(request), f, min_events, max_edges, ego=actor))


@router.get("/stats", summary="How many records the store holds")
def stats(request: Request):
    store = _store(request)
    engine = "entente.network" if netview.network_module() else netview.FALLBACK
    return JSONResponse({"counts": store.counts(), "engine": engine,
                         "months": q.months(store)})
