"""The actor knowledge base: YAML files of states, organisations, groups, media and persons.

Each file is a YAML list of entries; the keys are in ``_KEYS`` (see the packaged files
under ``entente/resources/actors``).  ``load_kb`` reads the packaged files, then user
files whose entries replace packaged ones with the same id, and checks every entry so
that a mistake is reported with its file, its line and what to change.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from entente.errors import EntenteError
from entente.records import ACTOR_TYPES, RELATIONS


class KnowledgeBaseError(EntenteError, ValueError):
    """An actor file that cannot be used; the message names the file and line."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader that keeps dates as the strings written, so they are checked here."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))

_SURFACE_FIELDS = {"aliases": "alias", "adjectives": "adjective", "demonyms": "demonym",
                   "capitals": "capital", "seats": "seat"}
_REF_FIELDS = ("successor_of", "offshoot_of", "affiliate_of")
_KEYS = ("id", "name", "type", "country", "sector", "wikidata", *_SURFACE_FIELDS,
         "since", "until", *_REF_FIELDS, "roles")
_ROLE_KEYS = ("relation", "target", "title", "sector", "since", "until")
_PATTERNS = {"id": (re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*"), "letters, digits and hyphens, no spaces"),
             "country": (re.compile(r"[A-Z]{3}"), "an ISO-3166 alpha-3 code such as RUS"),
             "sector": (re.compile(r"[A-Z]{3}"), "a three-letter PLOVER sector code such as GOV"),
             "wikidata": (re.compile(r"Q[1-9][0-9]*"), "a Wikidata Q-id such as Q159"),
             "date": (re.compile(r"\d{4}(-\d{2}(-\d{2})?)?"), "an ISO date: YYYY-MM-DD, YYYY-MM or YYYY")}
_PACKAGE_ORDER = ("states.yaml", "igos.yaml", "groups.yaml", "media.yaml", "persons.yaml")


def _bound(value: str, end: bool) -> str:
    """Widen a partial ISO date to its first (or, with ``end``, last) day."""
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        last = calendar.monthrange(int(value[:4]), int(value[5:]))[1]
        return f"{value}-{last:02d}" if end else value + "-01"
    return value


def _within(since: str | None, until: str | None, day: str | None) -> bool:
    """Whether ``day`` (inclusive bounds; partial dates cover their span) meets the span."""
    if day is None:
        return True
    return ((since is None or _bound(since, False) <= _bound(day, True))
            and (until is None or _bound(day, False) <= _bound(until, True)))


@dataclass(frozen=True, slots=True)
class Role:
    relation: str
    target: str
    title: str | None = None
    sector: str | None = None
    since: str | None = None
    until: str | None = None

    def active_on(self, day: str | None) -> bool:
        return _within(self.since, self.until, day)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    successor_of: str | None = None
    offshoot_of: str | None = None
    affiliate_of: str | None = None
    roles: tuple[Role, ...] = ()
    source: str = ""

    def exists_on(self, day: str | None) -> bool:
        return _within(self.since, self.until, day)

    def roles_on(self, day: str | None) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r.active_on(day))


_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼʻ`´′"})
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")


@functools.lru_cache(maxsize=65536)
def _normalise(surface: str) -> str:
    s = unicodedata.normalize("NFKD", surface)
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_APOSTROPHES)
    s = re.sub(r"[\s\-‐‑‒–—―,]+", " ", s).strip()
    s = re.sub(r"'[sS]?$", "", s).strip()
    s = re.sub(r"^the\s+", "", s, flags=re.IGNORECASE)
    s = " ".join(t.replace(".", "") if _DOTTED.fullmatch(t) else t for t in s.split())
    if len(s) <= 3 and s.isupper():
        return s                      # short acronyms are case-sensitive: "US" is not "us"
    return s.casefold()


class KnowledgeBase:
    """Actors by id, and an index from normalised surface forms to actors."""

    def __init__(self, entries: dict[str, ActorEntry]):
        self.entries = entries
        self._index: dict[str, list[tuple[str, str]]] = {}
        for surface, actor_id, how in self.surfaces():
            bucket = self._index.setdefault(self.normalise(surface), [])
            if all(known != actor_id for known, _ in bucket):
                bucket.append((actor_id, how))

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.entries

    def get(self, actor_id: str) -> ActorEntry | None:
        return self.entries.get(actor_id)

    def lookup(self, surface: str) -> list[tuple[ActorEntry, str]]:
        """Actors whose surface form equals ``surface`` after normalisation, each with how
        it matched (alias, adjective, demonym, capital or seat); several if ambiguous."""
        return [(self.entries[i], how) for i, how in self._index.get(self.normalise(surface), ())]

    def surfaces(self) -> Iterator[tuple[str, str, str]]:
        """(surface as written, actor id, how) for every surface form of every actor."""
        for entry in self.entries.values():
            for field, how in _SURFACE_FIELDS.items():
                for surface in getattr(entry, field):
                    yield surface, entry.id, how

    @staticmethod
    def normalise(surface: str) -> str:
        return _normalise(surface)


class _Checker:
    """Turns one YAML mapping into an ActorEntry or Role, failing with file:line."""

    def __init__(self, node: yaml.Node, source: str, what: str):
        self.source, self.what = source, what
        self.line = node.start_mark.line + 1
        pairs = node.value if isinstance(node, yaml.MappingNode) else []
        self.lines = {k.value: k.start_mark.line + 1 for k, _ in pairs}

    def fail(self, message: str, key: str | None = None) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"{self.source}:{self.lines.get(key, self.line)}: "
                                  f"{self.what}: {message}")

    def mapping(self, raw: Any, keys: tuple[str, ...], required: tuple[str, ...]) -> dict:
        if not isinstance(raw, dict):
            raise self.fail(f"expected a mapping with keys {', '.join(required)}, ...; "
                            f"got {type(raw).__name__}")
        for key in raw:
            if key not in keys:
                raise self.fail(f"unknown key {key!r}; the keys allowed are {', '.join(keys)}", key)
        for key in required:
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise self.fail(f"missing required key {key!r} (a non-empty text)", key)
        return raw

    def text(self, raw: dict, key: str, pattern: str | None = None) -> str | None:
        value = raw.get(key)
        if isinstance(value, int) and pattern == "date":
            value = str(value)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{key!r} must be a text, not {type(value).__name__}", key)
        if pattern:
            regex, hint = _PATTERNS[pattern]
            if not regex.fullmatch(value) or (pattern == "date" and not _valid_date(value)):
                raise self.fail(f"{key!r} is {value!r}; write {hint}", key)
        return value

    def strings(self, raw: dict, key: str) -> tuple[str, ...]:
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"{key!r} must be a list of non-empty texts, e.g. [A, B]", key)
        return tuple(dict.fromkeys(value))

    def span(self, raw: dict) -> tuple[str | None, str | None]:
        since, until = self.text(raw, "since", "date"), self.text(raw, "until", "date")
        if since and until and _bound(since, False) > _bound(until, True):
            raise self.fail(f"'since' {since} is after 'until' {until}", "until")
        return since, until


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(_bound(value, False))
        return True
    except ValueError:
        return False


def _role(raw: Any, node: yaml.Node, source: str, owner: str) -> Role:
    check = _Checker(node, source, f"role of {owner!r}")
    raw = check.mapping(raw, _ROLE_KEYS, ("relation", "target"))
    if raw["relation"] not in RELATIONS:
        raise check.fail(f"relation {raw['relation']!r} is not one of {', '.join(RELATIONS)}",
                         "relation")
    since, until = check.span(raw)
    return Role(raw["relation"], raw["target"], check.text(raw, "title"),
                check.text(raw, "sector", "sector"), since, until)


def _entry(raw: Any, node: yaml.Node, source: str) -> ActorEntry:
    label = raw.get("id") if isinstance(raw, dict) else None
    check = _Checker(node, source, f"actor {label!r}" if label else "actor entry")
    raw = check.mapping(raw, _KEYS, ("id", "name", "type"))
    actor_id = check.text(raw, "id", "id")
    if raw["type"] not in ACTOR_TYPES:
        raise check.fail(f"type {raw['type']!r} is not one of {', '.join(ACTOR_TYPES)}", "type")
    country = check.text(raw, "country", "country")
    if raw["type"] == "state":
        if not _PATTERNS["country"][0].fullmatch(actor_id or "") or country not in (None, actor_id):
            raise check.fail("a state's id is its ISO alpha-3 code and its country is that "
                             "same code", "id")
        country = actor_id
    roles_raw = raw.get("roles") or []
    if not isinstance(roles_raw, list):
        raise check.fail("'roles' must be a list of mappings (relation, target, ...)", "roles")
    role_nodes = next((v.value for k, v in node.value if k.value == "roles"), [])
    since, until = check.span(raw)
    return ActorEntry(
        id=actor_id or "", name=raw["name"], type=raw["type"], country=country,
        sector=check.text(raw, "sector", "sector"), wikidata=check.text(raw, "wikidata", "wikidata"),
        **{f: check.strings(raw, f) for f in _SURFACE_FIELDS},
        since=since, until=until, **{f: check.text(raw, f, "id") for f in _REF_FIELDS},
        roles=tuple(_role(r, n, source, actor_id or "") for r, n in zip(roles_raw, role_nodes)),
        source=f"{source}:{check.line}")


def _parse(text: str, source: str) -> list[ActorEntry]:
    """Entries of one actor file, each checked on its own."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}" if mark else source
        raise KnowledgeBaseError(f"{where}: not valid YAML ({exc.problem or exc.context}); "
                                 "check indentation, colons and quotes") from None
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{source}: not valid YAML ({exc})") from None
    finally:
        loader.dispose()
    if not isinstance(data, list) or not isinstance(node, (yaml.SequenceNode, type(None))):
        raise KnowledgeBaseError(f"{source}:1: an actor file is a YAML list of entries "
                                 "('- id: ...'), not a single mapping or value")
    entries: list[ActorEntry] = []
    seen: dict[str, str] = {}
    for raw, item in zip(data, node.value if node is not None else ()):
        entry = _entry(raw, item, source)
        if entry.id in seen:
            raise KnowledgeBaseError(f"{entry.source}: duplicate id {entry.id!r}, already "
                                     f"defined at {seen[entry.id]}; give each actor one entry")
        seen[entry.id] = entry.source
        entries.append(entry)
    return entries


def _check_references(entries: dict[str, ActorEntry]) -> None:
    states = {e.id for e in entries.values() if e.type == "state"}
    for e in entries.values():
        if e.country is not None and e.country not in states:
            raise KnowledgeBaseError(f"{e.source}: actor {e.id!r}: country {e.country!r} is not "
                                     "the id of a state in the knowledge base; use an alpha-3 "
                                     "code from states.yaml or null")
        refs = [(f, getattr(e, f)) for f in _REF_FIELDS] + [("role target", r.target) for r in e.roles]
        for what, ref in refs:
            if ref is not None and ref not in entries:
                raise KnowledgeBaseError(f"{e.source}: actor {e.id!r}: {what} {ref!r} is not the "
                                         "id of any actor; add that actor or fix the id")


@functools.lru_cache(maxsize=1)
def _packaged() -> tuple[ActorEntry, ...]:
    folder = resources.files("entente").joinpath("resources", "actors")
    files = sorted((f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))),
                   key=lambda f: (_PACKAGE_ORDER.index(f.name) if f.name in _PACKAGE_ORDER
                                  else len(_PACKAGE_ORDER), f.name))
    entries: dict[str, ActorEntry] = {}
    for f in files:
        for entry in _parse(f.read_text(encoding="utf-8"), f"entente/resources/actors/{f.name}"):
            if entry.id in entries:
                raise KnowledgeBaseError(f"{entry.source}: duplicate id {entry.id!r}, already "
                                         f"defined at {entries[entry.id].source}")
            entries[entry.id] = entry
    _check_references(entries)
    return tuple(entries.values())


@functools.lru_cache(maxsize=1)
def _packaged_kb() -> KnowledgeBase:
    return KnowledgeBase({e.id: e for e in _packaged()})


def load_kb(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base, plus user files whose entries add to it or replace
    packaged entries with the same id (later files win)."""
    paths = [Path(p) for p in extra]
    if not paths:
        return _packaged_kb()
    entries = {e.id: e for e in _packaged()}
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"{path}: cannot read this actor file ({exc}); "
                                     "check the path and that it is UTF-8 text") from None
        for entry in _parse(text, str(path)):
            entries[entry.id] = entry     # an override takes the place of the packaged entry
    _check_references(entries)
    return KnowledgeBase(entries)
