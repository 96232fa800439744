"""Pydantic models of the records of CONTRACT.md, for the OpenAPI schema and for the one
request body the API reads (a document to code).  Responses are built from the records'
own ``to_dict()``; these models describe them."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ActorRef(_Open):
    id: str
    name: str
    text: str
    sector: str | None = None


class Evidence(_Open):
    sentence: int
    start: int
    end: int
    text: str


class Location(_Open):
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Attribution(_Open):
    speaker: ActorRef | None = None
    via: list[ActorRef] = []


class DocumentRecord(_Open):
    kind: Literal["document"] = "document"
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "en"
    sha256: str
    n_chars: int
    text: str | None = Field(None, description="only when asked for (?text=true)")


class ActorRecord(_Open):
    kind: Literal["actor"] = "actor"
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    doc_id: str
    mentions: list[dict] = []


class ActorSummary(_Open):
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    n_documents: int
    n_mentions: int


class EventRecord(_Open):
    kind: Literal["event"] = "event"
    id: str
    doc_id: str
    event: str
    mode: str | None = None
    context: list[str] = []
    cameo: str
    quad: int
    intensity: float
    actor: list[ActorRef]
    recipient: list[ActorRef]
    date: str | None = None
    date_precision: str
    location: Location | None = None
    aux: list[str] = []
    attribution: Attribution
    evidence: Evidence
    confidence: float
    coder_version: str = ""


class QuoteRecord(_Open):
    kind: Literal["quote"] = "quote"
    id: str
    doc_id: str
    speaker: ActorRef | None = None
    via: list[ActorRef] = []
    cue: str
    text: str
    start: int
    end: int


class RelationRecord(_Open):
    kind: Literal["relation"] = "relation"
    id: str
    doc_id: str
    source: ActorRef
    target: ActorRef
    relation: str
    since: str | None = None
    until: str | None = None
    evidence: Evidence


class Page(_Open):
    items: list[dict]
    limit: int
    offset: int
    count: int = Field(description="items on this page")
    next: str | None = Field(description="the next page's URL, or null on the last page")


class EventPage(Page):
    items: list[EventRecord]  # type: ignore[assignment]


class Coded(_Open):
    document: DocumentRecord
    actors: list[ActorRecord]
    events: list[EventRecord]
    quotes: list[QuoteRecord]
    relations: list[RelationRecord]
    stored: bool | None = None


class Edge(_Open):
    id: str
    source: str
    target: str
    stance: str
    cooperative: int
    conflictual: int
    n_events: int
    score: float
    first: str | None = None
    last: str | None = None
    confidence: float | None = Field(None, description="with entente.network")


class Network(_Open):
    engine: str
    nodes: list[dict]
    edges: list[Edge]
    ties: list[dict]
    months: list[str]


class Evidence_(_Open):
    event: EventRecord
    document: DocumentRecord
    quote: QuoteRecord | None = None


class DocumentIn(BaseModel):
    """A document to code, as in CONTRACT.md ("Input: documents"); ``format`` says
    whether ``text`` is plain text (default) or an HTML page to extract it from."""
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    id: str | None = Field(None, max_length=512)
    date: str | None = Field(None, description="publication date, YYYY-MM-DD")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=256)
    format: Literal["text", "html"] = "text"
