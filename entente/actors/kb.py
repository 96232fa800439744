"""The actor knowledge base: YAML lists of actors (keys: ``_KEYS``) under
``entente/resources/actors``, plus user files whose entries add or replace actors by id.
Every entry is checked; a mistake is reported with its file, line and what to change."""
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


def _is_date(value: str) -> bool:
    try:
        return bool(dt.date.fromisoformat(_bound(value, False)))
    except ValueError:
        return False


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
    """Reads one YAML mapping (an actor or a role), failing with file:line and a fix."""

    def __init__(self, raw: Any, node: yaml.Node, source: str, what: str,
                 keys: tuple[str, ...], required: tuple[str, ...]):
        self.source, self.what, self.line = source, what, node.start_mark.line + 1
        self.lines: dict[str, int] = {}
        for key, _ in node.value if isinstance(node, yaml.MappingNode) else []:
            if key.value in self.lines:
                self.line = key.start_mark.line + 1
                raise self.fail(f"key {key.value!r} is given twice; keep one")
            self.lines[key.value] = key.start_mark.line + 1
        if not isinstance(raw, dict):
            raise self.fail(f"expected a mapping with keys {', '.join(required)}, ...")
        for key in raw:
            if key not in keys:
                raise self.fail(f"unknown key {key!r}; the keys allowed are {', '.join(keys)}", key)
        for key in required:
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise self.fail(f"required key {key!r} is missing or not a non-empty text", key)
        self.raw = raw

    def fail(self, message: str, key: str | None = None) -> KnowledgeBaseError:
        line = self.lines.get(key, self.line) if key else self.line
        return KnowledgeBaseError(f"{self.source}:{line}: {self.what}: {message}")

    def text(self, key: str, pattern: str | None = None) -> str | None:
        value = self.raw.get(key)
        if isinstance(value, int) and pattern == "date":
            value = str(value)                         # a bare year: since: 1988
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{key!r} must be a text, not {type(value).__name__}", key)
        if pattern:
            regex, hint = _PATTERNS[pattern]
            if not regex.fullmatch(value) or (pattern == "date" and not _is_date(value)):
                raise self.fail(f"{key!r} is {value!r}; write {hint}", key)
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"{key!r} must be a list of non-empty texts, e.g. [A, B]", key)
        return tuple(dict.fromkeys(value))

    def span(self) -> tuple[str | None, str | None]:
        since, until = self.text("since", "date"), self.text("until", "date")
        if since and until and _bound(since, False) > _bound(until, True):
            raise self.fail(f"'since' {since} is after 'until' {until}", "until")
        return since, until


def _role(raw: Any, node: yaml.Node, source: str, owner: str) -> Role:
    check = _Checker(raw, node, source, f"role of {owner!r}", _ROLE_KEYS, ("relation", "target"))
    if raw["relation"] not in RELATIONS:
        raise check.fail(f"relation {raw['relation']!r} is not one of {', '.join(RELATIONS)}",
                         "relation")
    return Role(raw["relation"], raw["target"], check.text("title"),
                check.text("sector", "sector"), *check.span())


def _entry(raw: Any, node: yaml.Node, source: str) -> ActorEntry:
    label = f"actor {raw['id']!r}" if isinstance(raw, dict) and "id" in raw else "actor entry"
    check = _Checker(raw, node, source, label, _KEYS, ("id", "name", "type"))
    actor_id = check.text("id", "id") or ""
    if raw["type"] not in ACTOR_TYPES:
        raise check.fail(f"type {raw['type']!r} is not one of {', '.join(ACTOR_TYPES)}", "type")
    country = check.text("country", "country")
    if raw["type"] == "state":
        if not _PATTERNS["country"][0].fullmatch(actor_id) or country not in (None, actor_id):
            raise check.fail("a state's id is its ISO alpha-3 code, and its country that same "
                             "code", "id")
        country = actor_id
    roles = raw.get("roles") or []
    if not isinstance(roles, list):
        raise check.fail("'roles' must be a list of mappings {relation, target, ...}", "roles")
    role_nodes = next((v.value for k, v in node.value if k.value == "roles"), [])
    return ActorEntry(
        actor_id, raw["name"], raw["type"], country, check.text("sector", "sector"),
        check.text("wikidata", "wikidata"), *(check.strings(f) for f in _SURFACE_FIELDS),
        *check.span(), *(check.text(f, "id") for f in _REF_FIELDS),
        tuple(_role(r, n, source, actor_id) for r, n in zip(roles, role_nodes)),
        source=f"{source}:{check.line}")


def _parse(text: str, source: str, into: dict[str, ActorEntry], replace: bool) -> None:
    """Check the entries of one actor file and add them to ``into``; an id already there
    is replaced if ``replace`` (and it came from another file), else an error."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}" if mark else source
        raise KnowledgeBaseError(f"{where}: not valid YAML ({exc.problem or exc.context}); "
                                 "check the indentation, colons and quotes") from None
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{source}: not valid YAML ({exc})") from None
    finally:
        loader.dispose()
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"{source}:1: an actor file is a YAML list of entries "
                                 "('- id: ...'), not a single mapping or value")
    for raw, item in zip(data, node.value if node is not None else ()):
        entry = _entry(raw, item, source)
        old = into.get(entry.id)
        if old and not (replace and not old.source.startswith(source + ":")):
            raise KnowledgeBaseError(f"{entry.source}: duplicate id {entry.id!r}, already "
                                     f"defined at {old.source}; give each actor one entry")
        into[entry.id] = entry


def _check_references(entries: dict[str, ActorEntry]) -> None:
    states = {e.id for e in entries.values() if e.type == "state"}
    for e in entries.values():
        if e.country is not None and e.country not in states:
            raise KnowledgeBaseError(f"{e.source}: actor {e.id!r}: country {e.country!r} is not "
                                     "the id of a state; use an alpha-3 code from states.yaml")
        refs = [(f, getattr(e, f)) for f in _REF_FIELDS] + [("role target", r.target) for r in e.roles]
        for what, ref in refs:
            if ref is not None and ref not in entries:
                raise KnowledgeBaseError(f"{e.source}: actor {e.id!r}: {what} {ref!r} is not the "
                                         "id of any actor; add that actor or fix the id")


@functools.lru_cache(maxsize=1)
def _packaged_kb() -> KnowledgeBase:
    """The packaged files, read once per process (treat the result as read-only)."""
    folder = resources.files("entente").joinpath("resources", "actors")
    rank = {name: i for i, name in enumerate(_PACKAGE_ORDER)}
    entries: dict[str, ActorEntry] = {}
    for f in sorted((f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))),
                    key=lambda f: (rank.get(f.name, len(rank)), f.name)):
        _parse(f.read_text(encoding="utf-8"), f"entente/resources/actors/{f.name}", entries, False)
    _check_references(entries)
    return KnowledgeBase(entries)


def load_kb(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base, plus user files whose entries add actors or replace
    packaged ones with the same id (a later file wins over an earlier one)."""
    paths = [Path(p) for p in extra]
    if not paths:
        return _packaged_kb()
    entries = dict(_packaged_kb().entries)
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"{path}: cannot read this actor file ({exc}); "
                                     "check the path and that it is UTF-8 text") from None
        _parse(text, str(path), entries, True)
    _check_references(entries)
    return KnowledgeBase(entries)
