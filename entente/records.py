"""The records of entente's contract (CONTRACT.md v1): typed, immutable, JSON-ready.

Every record has ``to_dict()`` (a JSON-ready dict with its ``kind``) and a
``from_dict()`` classmethod that reverses it.  Lists in the contract are tuples
here so that records stay hashable and immutable.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Iterable, Iterator

ACTOR_TYPES = ("state", "igo", "ngo", "armed_group", "party", "person", "media",
               "company", "population", "other")
PLOVER_EVENTS = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                 "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                 "MOBILIZE", "COERCE", "ASSAULT")
AUX_FLAGS = ("negated", "hypothetical", "future", "historical", "claimed", "disputed",
             "reported")
RELATIONS = ("leader_of", "member_of", "affiliate_of", "offshoot_of", "ally_of",
             "hostile_to", "part_of")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
LOCATION_PRECISIONS = ("country", "admin1", "city", "point")
LOCATION_BASES = ("text", "context", "dateline", "document")


def _plain(value: Any) -> Any:
    """Turn records, tuples and nested values into JSON-ready values."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class JsonRecord:
    """Base of entente's records: to_dict() gives the fields in declaration order, with the
    record's ``kind`` first (the network's records use it too)."""

    kind: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind} if self.kind else {}
        for f in fields(self):  # type: ignore[arg-type]
            if f.metadata.get("internal"):
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out


@dataclass(frozen=True, slots=True)
class Mention(JsonRecord):
    """Where an actor is named; ``sector`` when the words name a part of it ("Iraqi
    police": COP) -- an extension of contract v1, null otherwise."""
    start: int
    end: int
    text: str
    sector: str | None = None

    @classmethod
    def from_dict(cls, d: dict) -> "Mention":
        return cls(int(d["start"]), int(d["end"]), d["text"], d.get("sector"))


@dataclass(frozen=True, slots=True)
class ActorRef(JsonRecord):
    """A pointer to an actor as it appears in one place of a document.  ``sector`` is the
    PLOVER sector of this mention ("Russian warplanes": RUS, MIL), which may differ from
    the actor's own (an extension of contract v1: null when the text gives none)."""
    id: str
    name: str
    text: str
    sector: str | None = None

    @classmethod
    def from_dict(cls, d: dict) -> "ActorRef":
        return cls(d["id"], d["name"], d.get("text", d["name"]), d.get("sector"))


def _ref(d: dict | None) -> ActorRef | None:
    return ActorRef.from_dict(d) if d else None


def _refs(ds: Iterable[dict] | None) -> tuple[ActorRef, ...]:
    return tuple(ActorRef.from_dict(d) for d in ds or ())


@dataclass(frozen=True, slots=True)
class Evidence(JsonRecord):
    """The sentence (index ``sentence``) and character span supporting a record."""
    sentence: int
    start: int
    end: int
    text: str

    @classmethod
    def from_dict(cls, d: dict) -> "Evidence":
        return cls(int(d["sentence"]), int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True, slots=True)
class Location(JsonRecord):
    """Where an event happened.  ``text`` is the words in the document; the extension
    fields (contract v1 + "when and where"): ``precision`` country | admin1 | city | point,
    ``name`` the gazetteer's name for the place ("Kigali" for "the capital"), ``basis``
    text | context | dateline | document: from the event's own sentence, carried from
    an earlier sentence, or a fallback (the dateline, the document's main country)."""
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    name: str | None = None
    basis: str | None = None

    @classmethod
    def from_dict(cls, d: dict | None) -> "Location | None":
        if not d:
            return None
        return cls(d["text"], d.get("country"), d.get("lat"), d.get("lon"),
                   d.get("precision"), d.get("name"), d.get("basis"))


@dataclass(frozen=True, slots=True)
class Attribution(JsonRecord):
    """Who says an event happened (``speaker``) and through whom (``via``)."""
    speaker: ActorRef | None = None
    via: tuple[ActorRef, ...] = ()

    @classmethod
    def from_dict(cls, d: dict | None) -> "Attribution":
        d = d or {}
        return cls(_ref(d.get("speaker")), _refs(d.get("via")))


@dataclass(frozen=True, slots=True)
class Document(JsonRecord):
    """One input article.  ``text`` is kept but not printed (the contract omits it)."""
    kind: ClassVar[str] = "document"
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "en"
    sha256: str = ""
    n_chars: int = 0
    text: str = field(default="", repr=False, metadata={"internal": True})
    # where it was read from ("feed.jsonl:12", "crawl.warc.gz#<urn:uuid:...>"), kept with the
    # stored document so an error can be traced; not printed (not in the contract)
    origin: str | None = field(default=None, repr=False, compare=False,
                               metadata={"internal": True})

    @classmethod
    def create(cls, id: str, text: str, *, title: str | None = None, url: str | None = None,
               source: str | None = None, published: str | None = None,
               language: str = "en", origin: str | None = None) -> "Document":
        return cls(id=id, title=title, url=url, source=source, published=published,
                   language=language, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   n_chars=len(text), text=text, origin=origin)

    @classmethod
    def from_dict(cls, d: dict) -> "Document":
        return cls(id=d["id"], title=d.get("title"), url=d.get("url"), source=d.get("source"),
                   published=d.get("published"), language=d.get("language") or "en",
                   sha256=d.get("sha256", ""), n_chars=int(d.get("n_chars", 0)),
                   text=d.get("text", ""), origin=d.get("origin"))


@dataclass(frozen=True, slots=True)
class Actor(JsonRecord):
    kind: ClassVar[str] = "actor"
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    wikidata: str | None
    doc_id: str
    mentions: tuple[Mention, ...] = ()

    @classmethod
    def from_dict(cls, d: dict) -> "Actor":
        return cls(d["id"], d["name"], d["type"], d.get("country"), d.get("sector"),
                   d.get("wikidata"), d["doc_id"],
                   tuple(Mention.from_dict(m) for m in d.get("mentions", ())))


@dataclass(frozen=True, slots=True)
class Event(JsonRecord):
    kind: ClassVar[str] = "event"
    id: str
    doc_id: str
    event: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    quad: int
    intensity: float
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    date: str | None
    date_precision: str
    location: Location | None
    aux: tuple[str, ...]
    attribution: Attribution
    evidence: Evidence
    confidence: float
    coder_version: str = ""
    # GDELT-style counts (an extension of contract v1): how many articles report this
    # event's document (itself and its exact or near duplicates) and from how many outlets
    n_sources: int = 1
    n_articles: int = 1
    # "when and where" extension: the last day/month/year of a range the text gives
    # ("from July to December 2016", a week's Sunday), and where the date came from:
    # text | context (carried from an earlier sentence) | dateline (a fallback)
    enddate: str | None = None
    date_basis: str | None = None

    @classmethod
    def from_dict(cls, d: dict) -> "Event":
        return cls(
            id=d["id"], doc_id=d["doc_id"], event=d["event"], mode=d.get("mode"),
            context=tuple(d.get("context") or ()), cameo=d["cameo"], quad=int(d["quad"]),
            intensity=float(d["intensity"]), actor=_refs(d.get("actor")),
            recipient=_refs(d.get("recipient")), date=d.get("date"),
            date_precision=d.get("date_precision") or "unknown",
            location=Location.from_dict(d.get("location")), aux=tuple(d.get("aux") or ()),
            attribution=Attribution.from_dict(d.get("attribution")),
            evidence=Evidence.from_dict(d["evidence"]), confidence=float(d["confidence"]),
            coder_version=d.get("coder_version", ""),
            n_sources=int(d.get("n_sources") or 1), n_articles=int(d.get("n_articles") or 1),
            enddate=d.get("enddate"), date_basis=d.get("date_basis"))


@dataclass(frozen=True, slots=True)
class Quote(JsonRecord):
    kind: ClassVar[str] = "quote"
    id: str
    doc_id: str
    speaker: ActorRef | None
    via: tuple[ActorRef, ...]
    cue: str
    text: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, d: dict) -> "Quote":
        return cls(d["id"], d["doc_id"], _ref(d.get("speaker")), _refs(d.get("via")),
                   d["cue"], d["text"], int(d["start"]), int(d["end"]))


@dataclass(frozen=True, slots=True)
class Relation(JsonRecord):
    kind: ClassVar[str] = "relation"
    id: str
    doc_id: str
    source: ActorRef
    target: ActorRef
    relation: str
    since: str | None
    until: str | None
    evidence: Evidence

    @classmethod
    def from_dict(cls, d: dict) -> "Relation":
        return cls(d["id"], d["doc_id"], ActorRef.from_dict(d["source"]),
                   ActorRef.from_dict(d["target"]), d["relation"], d.get("since"),
                   d.get("until"), Evidence.from_dict(d["evidence"]))


Record = Document | Actor | Event | Quote | Relation
RECORD_TYPES: dict[str, type] = {c.kind: c for c in (Document, Actor, Event, Quote, Relation)}


def record_from_dict(d: dict) -> Record:
    """Rebuild any record from its dict, dispatching on ``kind``."""
    try:
        cls = RECORD_TYPES[d["kind"]]
    except KeyError:
        raise ValueError(f"not an entente record (kind={d.get('kind')!r})") from None
    return cls.from_dict(d)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """Everything entente coded from one document."""
    document: Document
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    relations: tuple[Relation, ...] = ()

    def records(self) -> Iterator[Record]:
        yield self.document
        yield from self.actors
        yield from self.events
        yield from self.quotes
        yield from self.relations


def to_jsonl(records: Iterable[Record]) -> Iterator[str]:
    """One JSON line per record (no trailing newline)."""
    for r in records:
        yield json.dumps(r.to_dict(), ensure_ascii=False)
