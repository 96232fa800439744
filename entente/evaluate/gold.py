"""Gold sets: the annotation records of eval/README.md, loaded and checked."""
from __future__ import annotations

import json
import re
from dataclasses import MISSING, dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..records import (ACTOR_TYPES, AUX_FLAGS, DATE_PRECISIONS, PLOVER_EVENTS, RELATIONS,
                       Document)


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class GoldDocument:
    id: str
    path: str | None = None
    text: str | None = None
    published: str | None = None
    title: str | None = None
    missing: str | None = None      # why the text could not be read (document skipped)
    line: int = 0


@dataclass(frozen=True)
class GoldEvent:
    doc_id: str
    event: str
    anchor: str
    accept: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    symmetric: bool = False
    date: str | None = None
    date_precision: str = "unknown"
    date_approx: bool = False
    date_window: tuple[str, ...] = ()
    country: str | None = None
    aux: tuple[str, ...] = ()
    required_aux: tuple[str, ...] = ()
    forbidden_aux: tuple[str, ...] = ()
    optional: bool = False
    note: str | None = None
    line: int = 0


@dataclass(frozen=True)
class GoldActor:
    doc_id: str
    id: str
    type: str | None = None
    optional: bool = False
    note: str | None = None
    line: int = 0


@dataclass(frozen=True)
class GoldRelation:
    doc_id: str
    source: str
    relation: str
    target: str
    anchor: str | None = None
    optional: bool = False
    note: str | None = None
    line: int = 0


@dataclass(frozen=True)
class GoldQuote:
    doc_id: str
    speaker: tuple[str, ...]
    anchor: str
    via: tuple[str, ...] | None = None
    optional: bool = False
    note: str | None = None
    line: int = 0


@dataclass(frozen=True)
class GoldNegative:
    doc_id: str
    anchor: str
    unless_aux: tuple[str, ...] = ()
    note: str | None = None
    line: int = 0


@dataclass(frozen=True)
class GoldSet:
    documents: tuple[GoldDocument, ...]
    events: tuple[GoldEvent, ...]
    actors: tuple[GoldActor, ...]
    relations: tuple[GoldRelation, ...]
    quotes: tuple[GoldQuote, ...]
    negatives: tuple[GoldNegative, ...]


_KINDS = {"document": GoldDocument, "event": GoldEvent, "actor": GoldActor,
          "relation": GoldRelation, "quote": GoldQuote, "negative": GoldNegative}
_CHECKS = {"event": PLOVER_EVENTS, "accept": PLOVER_EVENTS, "aux": AUX_FLAGS,
           "required_aux": AUX_FLAGS, "forbidden_aux": AUX_FLAGS, "unless_aux": AUX_FLAGS,
           "date_precision": DATE_PRECISIONS, "relation": RELATIONS, "type": ACTOR_TYPES}
_SYMMETRIC_RELATIONS = {"ally_of", "hostile_to"}


def _convert(cls: type, d: dict, where: str, line: int):
    """Build one gold record from its JSON object, checking names, types and vocabularies."""
    known = {f.name for f in fields(cls)} - {"line", "missing"}
    unknown = set(d) - known - {"kind"}
    if unknown:
        raise GoldError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(known)}")
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in known:
            continue
        if f.name not in d:
            if f.default is MISSING:
                raise GoldError(f"{where}: missing required field {f.name!r}")
            continue
        v, t = d[f.name], str(f.type)
        if isinstance(v, str) and f.name in ("actor", "recipient", "speaker"):
            v = [v]                                     # one id is a list of one
        if v is None and "None" in t:
            values[f.name] = None
            continue
        if t.startswith("tuple"):
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise GoldError(f"{where}: field {f.name!r} must be a list of strings")
            v = tuple(v)
        elif not isinstance(v, bool if t == "bool" else str):
            raise GoldError(f"{where}: field {f.name!r} must be {t}, not {v!r}")
        allowed = _CHECKS.get(f.name)
        if allowed and any(x not in allowed for x in (v if isinstance(v, tuple) else (v,))):
            raise GoldError(f"{where}: {f.name}={v!r} is not one of {', '.join(allowed)}")
        values[f.name] = v
    for s in (values.get("date"), *values.get("date_window", ())):
        if s is not None and _day(s) is None:
            raise GoldError(f"{where}: date {s!r} is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)")
    if len(values.get("date_window", ())) not in (0, 2):
        raise GoldError(f"{where}: date_window must be [first_day, last_day]")
    return cls(**values, line=line)


def _read_text(folder: Path, rel: str) -> Path | None:
    """``rel`` from the gold file's folder; a ``../``-path is also tried, without its ``../``,
    in that folder and every folder above (shared/ beside the checkout or inside it)."""
    if (folder / rel).is_file():
        return folder / rel
    bare = re.sub(r"^(\.\./)+", "", rel)
    for base in (folder, *folder.parents) if bare != rel else ():
        if (base / bare).is_file():
            return base / bare
    return None


def load_gold(path: str | Path, *, require_text: bool = True) -> GoldSet:
    """Read and check a gold JSON Lines file.  A document whose ``path`` does not exist raises
    GoldError, or with ``require_text=False`` is kept with ``missing`` set (score() skips it)."""
    path = Path(path)
    found: dict[str, list] = {k: [] for k in _KINDS}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc})") from exc
    for n, raw in enumerate(lines, 1):
        where = f"{path}:{n}"
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            d = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(d, dict) or d.get("kind") not in _KINDS:
            raise GoldError(f"{where}: expected an object with kind in {', '.join(_KINDS)}")
        rec = _convert(_KINDS[d["kind"]], d, where, n)
        if isinstance(rec, GoldDocument):
            if (rec.path is None) == (rec.text is None):
                raise GoldError(f"{where}: a document needs exactly one of 'path' or 'text'")
            if rec.path is not None:
                file = _read_text(path.parent, rec.path)
                if file is None and require_text:
                    raise GoldError(f"{where}: document text {rec.path!r} not found (relative to "
                                    f"{path.parent}); put it there or load with require_text=False")
                rec = replace(rec, text=file.read_text(encoding="utf-8") if file else None,
                              missing=None if file else f"text {rec.path!r} not found, skipped")
        found[d["kind"]].append(rec)
    docs = {d.id: d for d in found["document"]}
    if len(docs) != len(found["document"]):
        raise GoldError(f"{path}: duplicate document ids")
    for kind, recs in found.items():
        for r in recs if kind != "document" else ():
            where = f"{path}:{r.line}"
            if r.doc_id not in docs:
                raise GoldError(f"{where}: doc_id {r.doc_id!r} is not a document of this file")
            text = docs[r.doc_id].text
            for anchor in [getattr(r, "anchor", None)] if text is not None else ():
                if anchor is not None and text.count(anchor) != 1:
                    raise GoldError(f"{where}: anchor {anchor!r} occurs {text.count(anchor)} times "
                                    f"in document {r.doc_id!r}; it must occur exactly once")
    return GoldSet(**{k + "s": tuple(v) for k, v in found.items()})

def _day(s: str) -> date | None:
    m = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", s or "")
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)) if m else None
    except ValueError:
        return None


def _sha(text: str) -> str:
    return Document.create("", text).sha256
