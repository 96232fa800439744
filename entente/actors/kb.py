"""The actor knowledge base: YAML lists of actors under ``entente/resources/actors``, plus
user files whose entries add or replace actors by id (``load_kb(extra=...)``, ``--actors
FILE``, ``$ENTENTE_ACTORS``), and the sector words and role titles of ``sectors.yaml``
("Russian warplanes" -> MIL, "President" -> GOV and heads the state; see that file).
Every entry is checked; a mistake is reported with its file, line and what to change.

An actor file is a list of entries with these keys (only id, name and type required):

    id          letters, digits, - _ . ; a state's id is its ISO-3166 alpha-3 code
    name        the canonical name
    type        state igo ngo armed_group party person media company population other
    country     alpha-3 id of the state it belongs to (a state: its own id)
    sector      sector code of sectors.yaml (GOV MIL REB JRN ...); a person's comes from roles
    wikidata    Q-id, only where certain
    aliases     names as texts write them        ("Daesh", "al-Qaida", "U.S.")
    adjectives  "Russian"  demonyms "Russians"  capitals "Moscow"  seats "the Kremlin"
    since, until                 when it existed (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)
    successor_of, offshoot_of, affiliate_of    id of the group it was renamed from, split
                                 from, or is a branch or franchise of
    roles       [{relation, target, title, sector, since, until}]: leader_of / member_of
                (a person's offices), part_of (a territory's state); target is an actor id

A person holding offices has roles; a private person (a dissident, a hostage, an assassin)
has none and gives the nationality as ``country``: he acts as himself, in no state's name.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from entente.errors import EntenteError
from entente.records import ACTOR_TYPES, RELATIONS


class KnowledgeBaseError(EntenteError, ValueError):
    """An actor file that cannot be used; the message names the file and line."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Composes YAML (in C where available) with no implicit typing: every plain scalar
    stays the text written ("NO" is Norway, not False; dates are checked here), except
    the nulls of _NULLS. Nodes become Python data in _data, faster than yaml's constructor."""
    yaml_implicit_resolvers: dict = {}


_NULLS = {"", "~", "null", "Null", "NULL"}


def _data(node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return None if not node.style and node.value in _NULLS else node.value
    if isinstance(node, yaml.SequenceNode):
        return [_data(n) for n in node.value]
    return {_data(k): _data(v) for k, v in node.value}

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
_PACKAGE_ORDER = ("states.yaml", "territories.yaml", "igos.yaml", "groups.yaml", "media.yaml",
                  "persons.yaml")
SECTORS_FILE = "sectors.yaml"          # not an actor list: sector codes, words and titles
WORDS_FILE = "words.yaml"              # not an actor list: the resolver's and coreference's words
ENV_ACTORS = "ENTENTE_ACTORS"          # user actor files, separated by os.pathsep


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

    def founded_by(self, day: str | None) -> bool:
        """Whether the body had come into being by ``day``: a name cannot mean an
        organisation not yet founded, while one that has ended is still written of (its
        legacy, its dissolution, an armed group's arms put beyond use after it stood
        down). A state's ``since`` is its sovereignty, not its people or land ("Serbian
        troops" in 1999), so states always pass."""
        return self.type == "state" or _within(self.since, None, day)

    def roles_on(self, day: str | None) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r.active_on(day))


_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼʻ`´′"})
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")


@functools.lru_cache(maxsize=65536)
def _normalise(surface: str) -> str:
    s = surface
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).translate(_APOSTROPHES)
    s = re.sub(r"[\s\-‐‑‒–—―,]+", " ", s).strip()
    s = re.sub(r"'[sS]?$", "", s).strip()
    s = re.sub(r"^the\s+", "", s, flags=re.IGNORECASE)
    s = " ".join(t.replace(".", "") if _DOTTED.fullmatch(t) else t for t in s.split())
    if len(s) <= 3 and s.isupper():
        return s                      # short acronyms are case-sensitive: "US" is not "us"
    return s.casefold()


# --- sectors and titles (sectors.yaml) -------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Title:
    """A role title: "defence minister" is MIL and its holder belongs to the state
    (member_of); "president" is GOV and heads it (leader_of). ``sector`` None: the title
    takes the sector of what it belongs to ("Hamas spokesman" REB, "ministry spokesman" GOV)."""
    name: str
    sector: str | None
    relation: str


@dataclass(frozen=True)
class Sectors:
    """The contents of sectors.yaml: ``codes`` (code -> meaning), ``words`` (normalised noun
    or noun phrase -> code), ``titles`` (normalised title or synonym -> Title) and ``groups``
    (code -> the head noun of its groups' names, or None: the sectors whose members a state
    names form a group of their own, "Chadian rebels" -> chadian-rebels, not Chad)."""
    codes: dict[str, str]
    words: dict[str, str]
    titles: dict[str, Title]
    groups: dict[str, str | None] = field(default_factory=dict)


def _word_key(text: str) -> str:
    """'Fighter-Jets' -> 'fighter jets', 'the Police' -> 'police': case, accents, hyphens
    and a leading 'the' do not matter for sector words and titles."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_APOSTROPHES).casefold()
    s = re.sub(r"[\s\-‐‑‒–—―]+", " ", s).strip()
    return re.sub(r"^the\s+", "", s)


def _singulars(key: str) -> Iterator[str]:
    """The key, then its last word's regular singulars: policemen, militias, forces, tanks."""
    yield key
    head, _, last = key.rpartition(" ")
    pre = head + " " if head else ""
    if last.endswith("men"):
        yield pre + last[:-3] + "man"
    if last.endswith("ies"):
        yield pre + last[:-3] + "y"
    if last.endswith("es"):
        yield pre + last[:-2]
    if last.endswith("s"):
        yield pre + last[:-1]


def _node_at(node: yaml.Node | None, *path: Any) -> yaml.Node | None:
    """The node under ``path`` (mapping keys, sequence indices), for its line."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            return node
    return node


def _parse_sectors(text: str, source: str) -> Sectors:
    data, root = _read_yaml(text, source, None)

    def fail(message: str, *path: Any) -> KnowledgeBaseError:
        node = _node_at(root, *path)
        line = node.start_mark.line + 1 if node is not None else 1
        return KnowledgeBaseError(f"{source}:{line}: {message}")

    sections = ("codes", "words", "titles")
    if not isinstance(data, dict) or not set(sections) <= set(data) <= {*sections, "groups"}:
        raise fail(f"a sectors file is a mapping with exactly the keys {', '.join(sections)} "
                   "(and, optionally, groups)")
    codes, words, titles = data["codes"], data["words"], data["titles"]
    if not isinstance(codes, dict) or not codes:
        raise fail("'codes' must map sector codes to what they cover, e.g. MIL: military", "codes")
    for code, meaning in codes.items():
        if not (isinstance(code, str) and _PATTERNS["sector"][0].fullmatch(code)
                and isinstance(meaning, str) and meaning.strip()):
            raise fail(f"sector code {code!r}: write three capital letters and what it covers",
                       "codes", code)
    out_words: dict[str, str] = {}
    if not isinstance(words, dict):
        raise fail("'words' must map sector codes to lists of words", "words")
    for code, items in words.items():
        if code not in codes:
            raise fail(f"words: {code!r} is not one of the codes above", "words", code)
        if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
            raise fail(f"words of {code}: write a list of non-empty words, e.g. [army, troops]",
                       "words", code)
        for i, word in enumerate(items):
            key = _word_key(word)
            if out_words.get(key, code) != code:
                raise fail(f"the word {word!r} is listed under {out_words[key]} and {code}; "
                           "give it one sector", "words", code, i)
            out_words[key] = code
    out_titles: dict[str, Title] = {}
    if not isinstance(titles, dict):
        raise fail("'titles' must map titles to {sector, relation, also}", "titles")
    for name, spec in titles.items():
        where = ("titles", name)
        if not isinstance(spec, dict) or set(spec) - {"sector", "relation", "also"}:
            raise fail(f"title {name!r}: write {{sector: CODE or null, relation: leader_of or "
                       "member_of, also: [...]}", *where)
        sector, relation, also = spec.get("sector"), spec.get("relation"), spec.get("also") or []
        if sector is not None and sector not in codes:
            raise fail(f"title {name!r}: sector {sector!r} is not one of the codes", *where)
        if relation not in ("leader_of", "member_of"):
            raise fail(f"title {name!r}: relation must be leader_of or member_of", *where)
        if not isinstance(also, list) or not all(isinstance(a, str) and a.strip() for a in also):
            raise fail(f"title {name!r}: 'also' must be a list of other spellings", *where)
        title = Title(str(name), sector, relation)
        for variant in (str(name), *also):
            key = _word_key(variant)
            if key in out_titles and out_titles[key] != title:
                raise fail(f"the title {variant!r} is also given for "
                           f"{out_titles[key].name!r}; give it one entry", *where)
            out_titles[key] = title
    groups = data.get("groups") or {}
    if not isinstance(groups, dict) or not all(
            code in codes and (noun is None or isinstance(noun, str) and noun.strip())
            for code, noun in groups.items()):
        raise fail("'groups' must map sector codes to a head noun or null, e.g. OPP: opposition",
                   "groups")
    return Sectors({str(k): str(v) for k, v in codes.items()}, out_words, out_titles,
                   {str(k): v for k, v in groups.items()})


@functools.lru_cache(maxsize=1)
def packaged_sectors() -> Sectors:
    """sectors.yaml of the package, read once per process."""
    f = resources.files("entente").joinpath("resources", "actors", SECTORS_FILE)
    return _parse_sectors(f.read_text(encoding="utf-8"), f"entente/resources/actors/{SECTORS_FILE}")


HOW_ORDER = {"alias": 0, "demonym": 1, "adjective": 2, "seat": 3, "capital": 4}


class KnowledgeBase:
    """Actors by id, an index from normalised surface forms to actors, and the sector words
    and role titles of sectors.yaml."""

    def __init__(self, entries: dict[str, ActorEntry], sectors: Sectors | None = None):
        self.entries = entries
        self.sectors = sectors if sectors is not None else packaged_sectors()
        self._index: dict[str, list[tuple[str, str]]] = {}
        for surface, actor_id, how in self.surfaces():
            bucket = self._index.setdefault(self.normalise(surface), [])
            if all(known != actor_id for known, _ in bucket):
                bucket.append((actor_id, how))
        self._successors = {e.successor_of: e for e in entries.values() if e.successor_of}

    def named_on(self, entry: ActorEntry, day: str | None) -> ActorEntry:
        """An old name used after a renaming means the renamed actor: "the Nusra Front" in
        2018 is Hayat Tahrir al-Sham (following successor_of links by date)."""
        seen = {entry.id}
        while day and not entry.exists_on(day) and entry.id in self._successors:
            entry = self._successors[entry.id]
            if entry.id in seen:
                break
            seen.add(entry.id)
        return entry

    def armed_groups_of(self, country: str, day: str | None) -> list[ActorEntry]:
        """The armed groups of a state's own that existed on ``day``."""
        if not hasattr(self, "_armed"):
            self._armed: dict[str, list[ActorEntry]] = {}
            for e in self.entries.values():
                if e.type == "armed_group" and e.country:
                    self._armed.setdefault(e.country, []).append(e)
        return [e for e in self._armed.get(country, ()) if e.exists_on(day)]

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

    # -- choosing among candidates, and what an actor is on a date ---------------------------
    @staticmethod
    def rank(candidates: Iterable[tuple[ActorEntry, str]],
             day: str | None) -> list[tuple[ActorEntry, str]]:
        """Candidates for one surface, best first: those that existed on ``day`` before
        those that did not, then aliases, demonyms, adjectives, seats, capitals, and among
        equals those holding a role that day (President Bush in 1990 is not the one of 2003),
        else those whose roles came nearest the day (see :meth:`role_gap`)."""
        return sorted(candidates, key=lambda c: KnowledgeBase.rank_key(c, day))

    @staticmethod
    def rank_key(candidate: tuple[ActorEntry, str], day: str | None
                 ) -> tuple[bool, int, bool, float]:
        """How :meth:`rank` orders one candidate (lower is better)."""
        entry, how = candidate
        idle = day is not None and not entry.roles_on(day)
        return (not entry.exists_on(day), HOW_ORDER.get(how, 9), idle,
                KnowledgeBase.role_gap(entry, day) if idle and entry.roles else 0)

    @staticmethod
    def role_gap(entry: ActorEntry, day: str | None) -> float:
        """Days between ``day`` and the nearest of the entry's roles (0 when one is held
        then; infinite with no day or no roles): a person with no office that day is more
        likely the one whose career was nearest ("Benigno Aquino" in 1978 is the senator
        of 1967-72, not the president of 2010-16)."""
        if not day or not entry.roles:
            return math.inf
        when = dt.date.fromisoformat(_bound(day, False))
        gaps = []
        for role in entry.roles:
            if role.active_on(day):
                return 0
            if role.since and _bound(role.since, False) > _bound(day, True):
                gaps.append((dt.date.fromisoformat(_bound(role.since, False)) - when).days)
            elif role.until:
                gaps.append((when - dt.date.fromisoformat(_bound(role.until, True))).days)
        return min(gaps, default=math.inf)

    def as_of(self, entry: ActorEntry, day: str | None) -> tuple[str | None, str | None, Role | None]:
        """(country, sector, role) of an actor on ``day``: a person takes the sector of the
        first role active then -- a state office before a party's (Xi Jinping, general
        secretary and president, acts as China's president) -- and the country of its
        target; no active role, the entry's own (a former president has no GOV sector unless
        his entry gives one; a private person, with no roles, keeps his nationality and is
        in office nowhere)."""
        country, sector = entry.country, entry.sector
        if entry.type != "person":
            return country, sector, None
        held = [(role, self.get(role.target)) for role in entry.roles if role.active_on(day)]
        if not held:
            return country, sector, None
        role, target = next(((r, t) for r, t in held if t is not None and t.type == "state"), held[0])
        if target is not None and target.type == "state":
            country = target.id
        elif target is not None and country is None:
            country = target.country
        return country, role.sector or sector, role

    def sovereign(self, actor_id: str, day: str | None = None) -> str | None:
        """The state a territory belonged to on ``day`` (its part_of role): HKG in 1990 ->
        GBR, in 2020 -> CHN; None for a state, or where it is disputed (Western Sahara)."""
        entry = self.get(actor_id)
        for role in entry.roles if entry else ():
            if role.relation == "part_of" and role.active_on(day):
                return role.target
        return None

    def state_then(self, state_id: str, day: str | None = None) -> str:
        """The state a place of ``state_id`` belonged to on ``day``, when that was a former
        state (one with an end date) it was part of ("CZE" in 1969 -> "CSK"); else
        ``state_id`` itself (a territory's sovereign is not its state here: Hong Kong
        police are HKG's); or the state it was part of before its own sovereignty began
        ("BGD" in March 1971 -> "PAK")."""
        entry = self.get(state_id)
        if day and entry is not None and entry.type == "state":
            then = self.get(self.sovereign(state_id, day) or "")
            if then is not None and then.type == "state" and (then.until or not entry.exists_on(day)):
                return then.id
        return state_id

    # -- sector words and titles ------------------------------------------------------------
    def sector_of(self, word: str) -> str | None:
        """The sector a noun or noun phrase names: "warplanes" -> MIL, "riot police" -> COP,
        "protesters" -> CVL, "Foreign Minister" -> GOV (a title's sector); else None. Case,
        hyphens, a leading "the" and regular plurals do not matter."""
        key = _word_key(word)
        for k in _singulars(key):
            if k in self.sectors.words:
                return self.sectors.words[k]
        title = self.title(word)
        return title.sector if title else None

    def title(self, word: str) -> Title | None:
        """The role title ``word`` names ("President", "defense secretary", "FM" -> Title),
        with its sector and whether it heads (leader_of) or belongs to (member_of)."""
        key = _word_key(word)
        for k in _singulars(key):
            if k in self.sectors.titles:
                return self.sectors.titles[k]
        return None

    def sector_words(self) -> dict[str, str]:
        """Every sector word and phrase (normalised, lower case) -> its code; to build a
        matcher, match longer phrases first."""
        return dict(self.sectors.words)

    def titles(self) -> dict[str, Title]:
        """Every title and synonym (normalised, lower case) -> its Title."""
        return dict(self.sectors.titles)

    def people_words(self) -> frozenset[str]:
        """The one-word names of peoples, lower case ("britons", "kurds"): every actor's
        demonyms, for the event lexicon's "@people" objects ("ordered 25 Britons out")."""
        return frozenset(d.lower() for e in self.entries.values() for d in e.demonyms
                         if " " not in d)

    def group_sectors(self) -> dict[str, str | None]:
        """Sector code -> head noun (or None) of the sectors whose members a state names form
        a group of their own ("Chadian rebels"), not the state."""
        return dict(self.sectors.groups)

    @property
    def sector_codes(self) -> dict[str, str]:
        """Sector code -> what it covers."""
        return dict(self.sectors.codes)

    # -- explaining a name ------------------------------------------------------------------
    def explain(self, name: str, day: str | None = None) -> "Explanation":
        """How ``name`` resolves on ``day`` and why; see :class:`Explanation`."""
        return _explain(self, name, day)


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


def _sector(check: _Checker) -> str | None:
    value = check.text("sector", "sector")
    codes = packaged_sectors().codes
    if value is not None and value not in codes:
        raise check.fail(f"sector {value!r} is not a sector code; use one of "
                         f"{', '.join(codes)} (see {SECTORS_FILE})", "sector")
    return value


def _role(raw: Any, node: yaml.Node, source: str, owner: str) -> Role:
    check = _Checker(raw, node, source, f"role of {owner!r}", _ROLE_KEYS, ("relation", "target"))
    if raw["relation"] not in RELATIONS:
        raise check.fail(f"relation {raw['relation']!r} is not one of {', '.join(RELATIONS)}",
                         "relation")
    return Role(raw["relation"], raw["target"], check.text("title"),
                _sector(check), *check.span())


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
        actor_id, raw["name"], raw["type"], country, _sector(check),
        check.text("wikidata", "wikidata"), *(check.strings(f) for f in _SURFACE_FIELDS),
        *check.span(), *(check.text(f, "id") for f in _REF_FIELDS),
        tuple(_role(r, n, source, actor_id) for r, n in zip(roles, role_nodes)),
        source=f"{source}:{check.line}")


def _read_yaml(text: str, source: str, empty: Any) -> tuple[Any, yaml.Node | None]:
    """The data of one YAML document and its node tree (for line numbers)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = _data(node) if node is not None else empty
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}" if mark else source
        raise KnowledgeBaseError(f"{where}: not valid YAML ({exc.problem or exc.context}); "
                                 "check the indentation, colons and quotes") from None
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{source}: not valid YAML ({exc})") from None
    finally:
        loader.dispose()
    return data, node


def _parse(text: str, source: str, into: dict[str, ActorEntry], replace: bool) -> None:
    """Check the entries of one actor file and add them to ``into``; an id already there
    is replaced if ``replace`` (and it came from another file), else an error."""
    data, node = _read_yaml(text, source, [])
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
    for f in sorted((f for f in folder.iterdir()
                     if f.name.endswith((".yaml", ".yml")) and f.name not in (SECTORS_FILE, WORDS_FILE)),
                    key=lambda f: (rank.get(f.name, len(rank)), f.name)):
        _parse(f.read_text(encoding="utf-8"), f"entente/resources/actors/{f.name}", entries, False)
    _check_references(entries)
    return KnowledgeBase(entries)


def parse_day(value: str, what: str = "date") -> str:
    """A story's date as given (YYYY-MM-DD, YYYY-MM or YYYY), after checking it."""
    value = value.strip()
    if not (_PATTERNS["date"][0].fullmatch(value) and _is_date(value)):
        raise EntenteError(f"{what} {value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def env_actor_files() -> list[Path]:
    """The user actor files named by $ENTENTE_ACTORS (paths separated by os.pathsep)."""
    return [Path(p.strip()).expanduser() for p in os.environ.get(ENV_ACTORS, "").split(os.pathsep)
            if p.strip()]


def load_kb(extra: Iterable[str | Path] = (), *, env: bool = True) -> KnowledgeBase:
    """The packaged knowledge base, plus user files whose entries add actors or replace
    packaged ones with the same id: first those of $ENTENTE_ACTORS (unless ``env`` is
    False), then ``extra`` (``--actors``); a later file wins over an earlier one."""
    from_env = env_actor_files() if env else []
    paths = [*from_env, *(Path(p).expanduser() for p in extra)]
    if not paths:
        return _packaged_kb()
    entries = dict(_packaged_kb().entries)
    for path in paths:
        origin = f" (named in ${ENV_ACTORS})" if path in from_env else ""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"{path}: cannot read this actor file{origin} ({exc}); "
                                     "check the path and that it is UTF-8 text") from None
        _parse(text, str(path), entries, True)
    _check_references(entries)
    return KnowledgeBase(entries)


# --- explaining how a name resolves (entente actors lookup) -----------------------------------

@dataclass(frozen=True)
class Candidate:
    """An actor that claims (part of) the name, and why it was chosen or not."""
    id: str
    name: str
    how: str            # alias | demonym | adjective | seat | capital
    surface: str        # the words of the name it claims
    chosen: bool
    reason: str


@dataclass(frozen=True)
class Explanation:
    """How a name resolves on a date. ``kind``: "name" (a surface of an actor), "title"
    ("President Obama"), "sector phrase" ("Russian warplanes": an actor and a sector word),
    "sector word" ("protesters": an unnamed collective) or "unknown" (not in the base)."""
    name: str
    day: str | None
    kind: str
    id: str | None
    actor_name: str | None = None
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    source: str | None = None
    title: Title | None = None
    sector_word: str | None = None
    candidates: tuple[Candidate, ...] = ()
    roles: tuple[tuple[Role, bool], ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "date": self.day, "kind": self.kind, "id": self.id,
            "actor_name": self.actor_name, "type": self.type, "country": self.country,
            "sector": self.sector, "wikidata": self.wikidata, "source": self.source,
            "title": ({"title": self.title.name, "sector": self.title.sector,
                       "relation": self.title.relation} if self.title else None),
            "sector_word": self.sector_word,
            "candidates": [dataclasses.asdict(c) for c in self.candidates],
            "roles": [{"relation": r.relation, "target": r.target, "title": r.title,
                       "sector": r.sector, "since": r.since, "until": r.until, "active": active}
                      for r, active in self.roles],
            "notes": list(self.notes),
        }

    def format_text(self) -> str:
        when = self.day or "any date"
        lines = [f"{self.name!r} on {when}: {self.kind}"]
        if self.id is not None:
            lines.append(f"  -> {self.id}  {self.actor_name or ''}  type={self.type}  "
                         f"country={self.country or '-'}  sector={self.sector or '-'}"
                         + (f"  wikidata={self.wikidata}" if self.wikidata else ""))
        if self.source:
            lines.append(f"  entry: {self.source}")
        if self.title:
            lines.append(f"  title: {self.title.name!r} ({self.title.relation}, "
                         f"sector {self.title.sector or 'of what it belongs to'})")
        if self.sector_word:
            lines.append(f"  sector word: {self.sector_word!r} -> {self.sector}")
        if self.candidates:
            lines.append("  candidates:")
            for c in self.candidates:
                mark = "chosen  " if c.chosen else "rejected"
                lines.append(f"    {mark} {c.id} ({c.name}) by {c.how} {c.surface!r}: {c.reason}")
        if self.roles:
            lines.append(f"  roles (active on {when}):")
            for role, active in self.roles:
                span = f"{role.since or '...'} to {role.until or 'now'}"
                lines.append(f"    [{'x' if active else ' '}] {role.relation} {role.target}"
                             f"{' as ' + role.title if role.title else ''}"
                             f"{' (' + role.sector + ')' if role.sector else ''}, {span}")
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)


def _claims(kb: KnowledgeBase, surface: str, day: str | None
            ) -> tuple[ActorEntry, list[Candidate]] | None:
    """The entry chosen for ``surface`` on ``day`` and every candidate with its reason."""
    ranked = kb.rank(kb.lookup(surface), day)
    if not ranked:
        return None
    best, best_how = ranked[0]
    out = []
    for n, (entry, how) in enumerate(ranked):
        if n == 0:
            reason = (f"matched as {how}" + ("" if entry.exists_on(day) else
                      f"; did not exist on {day} either, but nothing else claims it"
                      if len(ranked) == 1 else
                      f"; no candidate existed on {day}, and this one ranks first"))
            if entry.exists_on(day) and len(ranked) > 1:
                reason += f", and existed on {day or 'any date'}"
        elif not entry.exists_on(day):
            reason = (f"did not exist on {day} (since {entry.since or '...'}, "
                      f"until {entry.until or 'now'})")
        elif HOW_ORDER.get(how, 9) > HOW_ORDER.get(best_how, 9):
            reason = f"a {how} ranks below the {best_how} of {best.id}"
        elif kb.rank_key((entry, how), day)[2:] > kb.rank_key((best, best_how), day)[2:]:
            reason = (f"held no role on {day}" + (
                f", and {best.id}'s roles came nearer it" if not best.roles_on(day) else
                f", and {best.id} did"))
        else:
            reason = (f"equally good ({how}); {best.id} is listed first -- an ambiguous "
                      "name, write the full name or add an entry of your own")
        out.append(Candidate(entry.id, entry.name, how, surface, n == 0, reason))
    return best, out


def _from_entry(kb: KnowledgeBase, name: str, day: str | None, kind: str, entry: ActorEntry,
                candidates: list[Candidate], notes: list[str], **extra: Any) -> Explanation:
    country, sector, role = kb.as_of(entry, day)
    if entry.type == "person" and entry.roles:
        if role is not None:
            notes.append(f"on {day or 'any date'} {entry.name} is {role.title or role.relation} "
                         f"of {role.target}: country {country}, sector {sector}")
        else:
            last = max(entry.roles, key=lambda r: _bound(r.until or "9999", True))
            notes.append(f"no role of {entry.name} is active on {day}: a former "
                         f"{last.title or last.relation} of {last.target} (until "
                         f"{last.until}), so not {last.sector or 'that sector'} now")
    elif entry.type == "person":
        notes.append(f"{entry.name} holds no office in the knowledge base: a private person"
                     + (f" of {country}" if country else "") + ", acting in no state's name")
    if not entry.exists_on(day):
        notes.append(f"{entry.id} exists from {entry.since or '...'} to {entry.until or 'now'}"
                     f", not on {day}")
    for ref in ("successor_of", "offshoot_of", "affiliate_of"):
        if getattr(entry, ref):
            notes.append(f"{ref.replace('_', ' ')} {getattr(entry, ref)}")
    successors = [e.id for e in kb.entries.values() if e.successor_of == entry.id]
    if successors:
        notes.append(f"renamed or succeeded by {', '.join(successors)}")
    sector = extra.pop("sector", sector)
    return Explanation(name, day, kind, entry.id, entry.name, entry.type, country, sector,
                       entry.wikidata, entry.source, candidates=tuple(candidates),
                       roles=tuple((r, r.active_on(day)) for r in entry.roles),
                       notes=tuple(notes), **extra)


def _explain(kb: KnowledgeBase, name: str, day: str | None) -> Explanation:
    name = " ".join(name.split())
    words = name.split(" ")
    claimed = _claims(kb, name, day)
    if claimed:                                          # 1. a surface of an actor
        entry = kb.named_on(claimed[0], day)
        notes = [] if entry is claimed[0] else [
            f"{claimed[0].id} did not exist on {day}; it was renamed {entry.id}, which is meant"]
        return _from_entry(kb, name, day, "name", entry, claimed[1], notes)
    for j in range(1, len(words)):                       # 2. [surface] title name
        for i in range(j):
            title = kb.title(" ".join(words[i:j]))
            person = _claims(kb, " ".join(words[j:]), day) if title else None
            owner = _claims(kb, " ".join(words[:i]), day) if i and person else None
            if not person or (i and not owner):
                continue
            entry, candidates = person
            notes = [f"{' '.join(words[i:j])!r} is the title {title.name!r}"]
            if owner:
                candidates = owner[1] + candidates
                notes.append(f"{' '.join(words[:i])!r} names {owner[0].id}, whose "
                             f"{title.name} this is")
            held = [r for r in entry.roles if r.title and kb.title(r.title) == title]
            if held and not any(r.active_on(day) for r in held):
                notes.append(f"{entry.name} held this title until {held[-1].until}: a former "
                             f"{title.name} on {day}")
            elif not held and entry.roles:
                notes.append(f"the knowledge base has no {title.name!r} role for {entry.name}")
            return _from_entry(kb, name, day, "title", entry, candidates, notes, title=title)
    for i in range(len(words) - 1, 0, -1):               # 3. surface + sector words
        phrase = " ".join(words[i:])
        sector = kb.sector_of(phrase)
        owner = _claims(kb, " ".join(words[:i]), day) if sector else None
        if not owner:
            continue
        entry, candidates = owner
        notes = [f"{phrase!r} names the {sector} sector ({kb.sector_codes.get(sector, '')})"]
        if entry.type == "person":
            country = kb.as_of(entry, day)[0]
            state = kb.get(country) if country else None
            if state is not None:
                notes.append(f"the {phrase} of {entry.name} are those of the state they "
                             f"belong to on {day or 'any date'}: {state.id}")
                entry = state
        return _from_entry(kb, name, day, "sector phrase", entry, candidates, notes,
                           sector=sector, sector_word=phrase)
    sector = kb.sector_of(name)
    if sector is not None:                               # 4. an unnamed collective
        kind = "population" if sector == "CVL" else "armed_group" if sector == "REB" else "other"
        return Explanation(name, day, "sector word", _word_key(name), name, kind, None, sector,
                           sector_word=name, notes=(
                               f"{name!r} names the {sector} sector; with no actor named, it "
                               "is an unnamed collective (its country comes from the sentence: "
                               "'protesters in Caracas')",))
    from .resolve import ORG_TYPE_HINTS, slug      # 5. unknown (imports spaCy: only here)
    kind = next((t for rx, t in ORG_TYPE_HINTS if rx.search(name)), None)
    guess = (f"as an organisation its words make it {kind}" if kind else
             "the type comes from the entity label: PERSON -> person, ORG -> other, "
             "NORP -> population")
    return Explanation(name, day, "unknown", slug(name), name, kind, notes=(
        f"not in the knowledge base: kept as an unknown actor with the id {slug(name)!r}; "
        + guess,
        "to add it, write an entry in a YAML file and pass it with --actors FILE or "
        f"${ENV_ACTORS}"))
