"""Exports of a store: JSON Lines, CSV, Parquet, and GDELT- and POLECAT-shaped event tables.

    entente export --format jsonl   --out all.jsonl       # every record, as `entente code` prints
    entente export --format csv     --out events.csv      # one row per event (--table for others)
    entente export --format parquet --out events.parquet  # the same columns, in Parquet
    entente export --format gdelt   --out events.tsv      # GDELT 2.0 event table columns
    entente export --format polecat --out events.tsv      # POLECAT (PLOVER) event columns

The columns of every table are listed in ``docs/exports.md`` (``EVENT_COLUMNS``,
``GDELT_COLUMNS``, ``POLECAT_COLUMNS`` below are the source of that list).  Lists inside
a cell (several actors, contexts, aux flags) are joined with ``;``.
"""
from __future__ import annotations

import csv
import hashlib
import json
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from .errors import EntenteError
from .records import Event

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "polecat")
TABLES = ("events", "documents", "actors", "quotes", "relations", "duplicates")

# -- entente's own flat event table (csv, parquet) -----------------------------------------
EVENT_COLUMNS: dict[str, str] = {
    "id": "event id (document id : e<n>)",
    "doc_id": "id of the document it was coded from",
    "date": "ISO date the event happened (may be YYYY-MM or YYYY)",
    "date_precision": "day | week | month | year | unknown",
    "event": "PLOVER event type",
    "mode": "PLOVER mode",
    "context": "PLOVER contexts, ;-joined",
    "cameo": "CAMEO event code",
    "quad": "CAMEO quad class: 1 verbal cooperation, 2 material cooperation, "
            "3 verbal conflict, 4 material conflict",
    "intensity": "Goldstein-like intensity, -10 (most hostile) .. 10",
    "actor_ids": "actor ids, ;-joined", "actor_names": "actor names",
    "actor_sectors": "PLOVER sectors of the actor mentions", "actor_text": "the words",
    "recipient_ids": "recipient ids", "recipient_names": "recipient names",
    "recipient_sectors": "recipient sectors", "recipient_text": "the words",
    "location": "place as written", "location_country": "ISO-3166 alpha-3",
    "lat": "latitude", "lon": "longitude",
    "aux": "modality flags (negated, hypothetical, claimed, reported, ...)",
    "speaker_id": "who says it happened", "speaker_name": "",
    "via_ids": "through whom (reported by), ;-joined",
    "evidence_sentence": "sentence index in the document", "evidence_start": "char offset",
    "evidence_end": "char offset", "evidence_text": "the supporting text",
    "confidence": "0..1", "coder_version": "entente version that coded it",
    "n_sources": "distinct outlets that published the document or a duplicate of it",
    "n_articles": "articles: the document and its exact and near duplicates",
    "published": "document publication date", "source": "outlet", "url": "document URL",
    "title": "document title",
}

# -- GDELT 2.0 event table: the 61 columns, in order, then entente's event id ------------
_GDELT_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GDELT_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
              "FeatureID")
GDELT_COLUMNS: list[str] = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _GDELT_ACTOR] + [f"Actor2{c}" for c in _GDELT_ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GDELT_GEO] + [f"Actor2Geo_{c}" for c in _GDELT_GEO]
    + [f"ActionGeo_{c}" for c in _GDELT_GEO]
    + ["DATEADDED", "SOURCEURL", "ENTENTE_EVENT_ID"])

# -- POLECAT weekly TSV columns ----------------------------------------------------------
POLECAT_COLUMNS: list[str] = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version"]

_ORG_TYPES = {"igo", "ngo", "armed_group", "party", "media", "company"}


def _join(values: Iterable[Any]) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def _day(ev: Event, doc: dict) -> str | None:
    """The event's first possible day (YYYY-MM-DD), else the publication date."""
    value = ev.date or doc.get("published")
    if not value:
        return None
    parts = value[:10].split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)


def event_row(ev: Event, doc: dict) -> dict[str, Any]:
    loc, att, evid = ev.location, ev.attribution, ev.evidence
    return {
        "id": ev.id, "doc_id": ev.doc_id, "date": ev.date, "date_precision": ev.date_precision,
        "event": ev.event, "mode": ev.mode, "context": _join(ev.context), "cameo": ev.cameo,
        "quad": ev.quad, "intensity": ev.intensity,
        "actor_ids": _join(r.id for r in ev.actor), "actor_names": _join(r.name for r in ev.actor),
        "actor_sectors": _join(r.sector for r in ev.actor),
        "actor_text": _join(r.text for r in ev.actor),
        "recipient_ids": _join(r.id for r in ev.recipient),
        "recipient_names": _join(r.name for r in ev.recipient),
        "recipient_sectors": _join(r.sector for r in ev.recipient),
        "recipient_text": _join(r.text for r in ev.recipient),
        "location": loc.text if loc else None, "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "aux": _join(ev.aux),
        "speaker_id": att.speaker.id if att.speaker else None,
        "speaker_name": att.speaker.name if att.speaker else None,
        "via_ids": _join(v.id for v in att.via),
        "evidence_sentence": evid.sentence, "evidence_start": evid.start,
        "evidence_end": evid.end, "evidence_text": evid.text,
        "confidence": ev.confidence, "coder_version": ev.coder_version,
        "n_sources": ev.n_sources, "n_articles": ev.n_articles,
        "published": doc.get("published"), "source": doc.get("source"),
        "url": doc.get("url"), "title": doc.get("title"),
    }


def _gdelt_actor(refs, info: dict[str, dict]) -> list[Any]:
    if not refs:
        return [""] * len(_GDELT_ACTOR)
    ref = refs[0]
    actor = info.get(ref.id, {})
    country = actor.get("country") or ""
    sector = ref.sector or actor.get("sector") or ""
    group = ref.id if actor.get("type") in _ORG_TYPES else ""
    return [country + sector or ref.id.upper(), ref.name.upper(), country, group, "", "", "",
            sector, "", ""]


def gdelt_row(ev: Event, doc: dict, info: dict[str, dict]) -> list[Any]:
    day = _day(ev, doc)
    if day:
        d = date.fromisoformat(day)
        sqldate, month, year = d.strftime("%Y%m%d"), d.strftime("%Y%m"), d.year
        fraction = round(d.year + (d.timetuple().tm_yday - 1) / 365.0, 4)
    else:
        sqldate = month = year = fraction = ""
    loc = ev.location
    geo_type = (4 if loc.lat is not None else 1 if loc.country else 0) if loc else 0
    action_geo = [geo_type or "", loc.text if loc else "", (loc.country or "") if loc else "",
                  "", "", loc.lat if loc and loc.lat is not None else "",
                  loc.lon if loc and loc.lon is not None else "", ""]
    added = "".join(ch for ch in (doc.get("ingested_at") or "")[:19] if ch.isdigit())
    return ([int(hashlib.sha1(ev.id.encode("utf-8")).hexdigest()[:15], 16), sqldate, month,
             year, fraction]
            + _gdelt_actor(ev.actor, info) + _gdelt_actor(ev.recipient, info)
            + [1 if ev.evidence.sentence <= 2 else 0, ev.cameo, ev.cameo[:3], ev.cameo[:2],
               ev.quad, ev.intensity, ev.n_articles, ev.n_sources, ev.n_articles, ""]
            + [""] * len(_GDELT_GEO) * 2 + action_geo
            + [added, doc.get("url") or ev.doc_id, ev.id])


def polecat_row(ev: Event, doc: dict, info: dict[str, dict], story: list) -> list[Any]:
    def side(refs):
        countries = [info.get(r.id, {}).get("country") or "" for r in refs]
        sectors = [r.sector or info.get(r.id, {}).get("sector") or "" for r in refs]
        return [_join(r.name for r in refs), _join(countries), "",
                sectors[0] if sectors else "", _join(sectors), "", _join(r.text for r in refs),
                _join(info.get(r.id, {}).get("wikidata") or "" for r in refs)]
    loc = ev.location
    people = sorted({a.name for a in story if a.type == "person"})
    orgs = sorted({a.name for a in story if a.type in _ORG_TYPES})
    places = sorted({a.name for a in story if a.type == "state"})
    return ([ev.id, ev.date or doc.get("published") or "", ev.event, ev.mode or "",
             ev.intensity, ev.quad, _join(ev.context)]
            + side(ev.actor) + side(ev.recipient)
            + [loc.text if loc else "", "", "", "", (loc.country or "") if loc else "",
               loc.lat if loc and loc.lat is not None else "",
               loc.lon if loc and loc.lon is not None else "", "", loc.text if loc else "",
               ("ADM0" if loc and loc.country and loc.lat is None else "") if loc else "",
               doc.get("source") or "", doc.get("published") or "",
               _join(people), _join(orgs), _join(places), doc.get("language") or "",
               ev.coder_version])


# -- writing -------------------------------------------------------------------------------
@contextmanager
def _text_out(out: str | Path | IO) -> Iterator[IO]:
    if out in ("-", None):
        yield sys.stdout
    elif hasattr(out, "write"):
        yield out                                   # type: ignore[misc]
    else:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle


def _event_pages(store, filters: dict) -> Iterator[tuple[list[Event], dict, dict, dict]]:
    """Pages of events with their documents, actor facts and each document's actors."""
    for events in store.iter_events(**filters):
        doc_ids = {e.doc_id for e in events}
        docs = store.documents_by_id(doc_ids)
        story = store.actors_of(doc_ids)
        info: dict[str, dict] = {}
        for actors in story.values():
            for a in actors:
                info.setdefault(a.id, {"country": a.country, "sector": a.sector,
                                       "type": a.type, "wikidata": a.wikidata})
        yield events, docs, info, story


def table_rows(store, table: str, filters: dict) -> tuple[list[str], Iterator[dict]]:
    """(columns, rows) of one flat table."""
    if table == "events":
        def rows():
            for events, docs, _info, _story in _event_pages(store, filters):
                for ev in events:
                    yield event_row(ev, docs.get(ev.doc_id, {}))
        return list(EVENT_COLUMNS), rows()
    if table == "documents":
        cols = ["id", "title", "url", "source", "published", "language", "sha256", "n_chars",
                "origin", "n_sources", "n_articles"]

        def rows():
            ids = store.document_ids(filters.get("since"), filters.get("until"))
            for i in range(0, len(ids), 1000):
                part = ids[i:i + 1000]
                docs, counts = store.documents_by_id(part), store.article_counts(part)
                for doc_id in part:
                    n_sources, n_articles = counts.get(doc_id, (1, 1))
                    yield {**docs[doc_id], "n_sources": n_sources, "n_articles": n_articles}
        return cols, rows()
    if table == "actors":
        cols = ["id", "name", "type", "country", "sector", "wikidata", "n_documents",
                "n_mentions"]
        return cols, iter(store.actors(actor=filters.get("actor"), since=filters.get("since"),
                                       until=filters.get("until"), event=filters.get("event")))
    if table == "quotes":
        cols = ["id", "doc_id", "speaker_id", "speaker_name", "via_ids", "cue", "text", "start",
                "end"]
        return cols, ({"id": q.id, "doc_id": q.doc_id,
                       "speaker_id": q.speaker.id if q.speaker else None,
                       "speaker_name": q.speaker.name if q.speaker else None,
                       "via_ids": _join(v.id for v in q.via), "cue": q.cue, "text": q.text,
                       "start": q.start, "end": q.end}
                      for q in store.quotes(actor=filters.get("actor")))
    if table == "relations":
        cols = ["id", "doc_id", "source_id", "source_name", "relation", "target_id",
                "target_name", "since", "until", "evidence_text"]
        return cols, ({"id": r.id, "doc_id": r.doc_id, "source_id": r.source.id,
                       "source_name": r.source.name, "relation": r.relation,
                       "target_id": r.target.id, "target_name": r.target.name,
                       "since": r.since, "until": r.until, "evidence_text": r.evidence.text}
                      for r in store.relations(actor=filters.get("actor"),
                                               since=filters.get("since"),
                                               until=filters.get("until")))
    if table == "duplicates":
        cols = ["id", "of_id", "kind", "similarity", "sha256", "title", "url", "source",
                "published", "origin"]
        return cols, iter(store.duplicates())
    raise EntenteError(f"--table {table!r} is not one of {', '.join(TABLES)}")


def _write_tsv(out, header: list[str], rows: Iterable[list[Any]]) -> int:
    n = 0
    with _text_out(out) as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            n += 1
    return n


def _write_parquet(out, cols: list[str], rows: Iterable[dict]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise EntenteError("--format parquet needs pyarrow: pip install 'entente[parquet]'") from None
    if out in ("-", None):
        raise EntenteError("--format parquet writes a file: give --out PATH.parquet")
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    writer, n, chunk = None, 0, []

    def flush():
        nonlocal writer
        data = {c: [r.get(c) for r in chunk] for c in cols}
        table = pa.table({c: pa.array(v, type=_arrow_type(pa, c, v)) for c, v in data.items()})
        if writer is None:
            writer = pq.ParquetWriter(str(out), table.schema)
        writer.write_table(table)

    try:
        for row in rows:
            chunk.append(row)
            n += 1
            if len(chunk) >= 5000:
                flush()
                chunk = []
        if chunk or writer is None:
            flush()
    finally:
        if writer is not None:
            writer.close()
    return n


_NUMERIC = {"quad": "int", "intensity": "float", "lat": "float", "lon": "float",
            "evidence_sentence": "int", "evidence_start": "int", "evidence_end": "int",
            "confidence": "float", "n_sources": "int", "n_articles": "int", "n_chars": "int",
            "n_documents": "int", "n_mentions": "int", "similarity": "float", "start": "int",
            "end": "int"}


def _arrow_type(pa, column: str, values: list):
    kind = _NUMERIC.get(column)
    if kind == "int":
        return pa.int64()
    if kind == "float":
        return pa.float64()
    return pa.string()


def export(store, fmt: str, out: str | Path | IO = "-", *, table: str | None = None,
           actor: str | None = None, event: str | None = None, since: str | None = None,
           until: str | None = None) -> int:
    """Write the store (or the filtered part of it) in ``fmt`` to ``out`` (a path, a text
    stream, or ``-`` for standard output).  ``table``: events (the default), documents,
    actors, quotes, relations or duplicates; for jsonl the default is ``all`` (every
    record of every document).  Returns how many rows (or records) were written."""
    if fmt not in FORMATS:
        raise EntenteError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    filters = {"actor": actor, "event": event.upper() if event else None, "since": since,
               "until": until}
    table = table or ("all" if fmt == "jsonl" else "events")
    if table not in TABLES and not (table == "all" and fmt == "jsonl"):
        raise EntenteError(f"--table {table!r} is not one of {', '.join(TABLES)}"
                           + (" (or all, for jsonl)" if fmt == "jsonl" else ""))
    if fmt == "jsonl":
        return _write_jsonl(store, out, table, filters)
    if fmt in ("gdelt", "polecat"):
        if table != "events":
            raise EntenteError(f"--format {fmt} is an event table; leave --table out")
        make: Callable = ((lambda ev, doc, info, story: gdelt_row(ev, doc, info))
                          if fmt == "gdelt" else
                          (lambda ev, doc, info, story: polecat_row(ev, doc, info,
                                                                    story.get(ev.doc_id, []))))

        def rows():
            for events, docs, info, story in _event_pages(store, filters):
                for ev in events:
                    yield make(ev, docs.get(ev.doc_id, {}), info, story)
        return _write_tsv(out, GDELT_COLUMNS if fmt == "gdelt" else POLECAT_COLUMNS, rows())
    cols, rows = table_rows(store, table, filters)
    if fmt == "parquet":
        return _write_parquet(out, cols, rows)
    n = 0
    with _text_out(out) as handle:
        writer = csv.DictWriter(handle, fieldnames=cols, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def _write_jsonl(store, out, table: str, filters: dict) -> int:
    """``all``: every record of every document (published within since/until), in
    contract form, as ``entente code`` prints them; ``events``: the filtered events;
    another table: its rows as JSON objects."""
    n = 0
    with _text_out(out) as handle:
        if table == "all":
            for doc_id in store.document_ids(filters.get("since"), filters.get("until")):
                coded = store.coded(doc_id)
                for rec in coded.records() if coded else ():
                    handle.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
                    n += 1
        elif table == "events":
            for events in store.iter_events(**filters):
                for ev in events:
                    handle.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
                    n += 1
        else:
            for row in table_rows(store, table, filters)[1]:
                handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                n += 1
    return n
