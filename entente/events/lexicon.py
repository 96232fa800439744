"""The event lexicon, CAMEO codebook, PLOVER codebook and grammar word lists: data files
under ``entente/resources/events/``, loaded once and checked against their schema."""
from __future__ import annotations

import os

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import EntenteError
from ..records import PLOVER_EVENTS

ENTRY_KEYS = {"lemma", "pos", "prep", "object", "event", "mode", "cameo", "context", "recipient"}
DEFAULT_RECIPIENT_PREPS = ("against", "with", "on", "at", "to", "toward", "towards", "into")


class LexiconError(EntenteError, ValueError):
    """A lexicon file is malformed; the message names the file, the entry and the fix."""


@dataclass(frozen=True, slots=True)
class LexEntry:
    lemma: str
    pos: str
    event: str
    cameo: str
    mode: str | None = None
    prep: str | None = None
    objects: frozenset[str] = frozenset()
    context: tuple[str, ...] = ()
    recipient_preps: tuple[str, ...] = DEFAULT_RECIPIENT_PREPS

    @property
    def specificity(self) -> int:
        return (2 if self.objects else 0) + (1 if self.prep else 0)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    quad: int
    intensity: float


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, str], tuple[LexEntry, ...]]   # (lemma, pos) -> entries, most specific first
    cameo: dict[str, CameoCode]
    grammar: dict[str, Any]

    def candidates(self, lemma: str, pos: str) -> tuple[LexEntry, ...]:
        return self.entries.get((lemma, pos), ())

    def cameo_code(self, code: str) -> CameoCode:
        return self.cameo.get(code) or self.cameo[code[:2]]

    def words(self, name: str) -> frozenset[str]:
        return self.grammar["_sets"][name]


def _load_yaml(name: str) -> Any:
    path = resources.files("entente.resources.events") / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _entry(raw: dict, n: int, where: str, plover: dict) -> LexEntry:
    def fail(msg: str) -> LexiconError:
        return LexiconError(f"{where}: entry {n} ({raw.get('lemma')!r}): {msg}")
    if not isinstance(raw, dict):
        raise fail("each entry must be a mapping like {lemma: attack, pos: verb, event: ASSAULT}")
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise fail(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(ENTRY_KEYS)}")
    for key in ("lemma", "pos", "event"):
        if not raw.get(key):
            raise fail(f"missing required key {key!r}")
    words = [raw.get("prep"), *(raw.get("object") or []), *(raw.get("recipient") or [])]
    if any(w is not None and not isinstance(w, str) for w in words):
        raise fail("prep, object and recipient must be words; quote on/no/yes/off "
                   "(YAML reads them as true/false): recipient: [\"on\"]")
    if raw["pos"] not in ("verb", "noun"):
        raise fail("pos must be 'verb' or 'noun'")
    event = raw["event"]
    if event not in PLOVER_EVENTS:
        raise fail(f"event {event!r} is not a PLOVER type; use one of {', '.join(PLOVER_EVENTS)}")
    mode = raw.get("mode")
    if mode is not None and mode not in plover["types"][event]["modes"]:
        raise fail(f"mode {mode!r} is not a mode of {event} in plover.yaml")
    cameo = str(raw.get("cameo") or plover["types"][event]["cameo"])
    objects = raw.get("object") or []
    recipient = raw.get("recipient")
    return LexEntry(lemma=str(raw["lemma"]).lower(), pos=raw["pos"], event=event, cameo=cameo,
                    mode=mode, prep=raw.get("prep"), objects=frozenset(o.lower() for o in objects),
                    context=tuple(raw.get("context") or ()),
                    recipient_preps=tuple(recipient) if recipient else DEFAULT_RECIPIENT_PREPS)


def load_lexicon(extra: Path | None = None) -> Lexicon:
    """Load the packaged lexicon (plus an optional user lexicon file appended to it)."""
    plover = _load_yaml("plover.yaml")
    codebook = _load_yaml("cameo.yaml")
    cameo: dict[str, CameoCode] = {}
    for code, v in codebook["roots"].items():
        cameo[code] = CameoCode(code, v["name"], int(v["quad"]), float(v["intensity"]))
    for code, v in codebook["codes"].items():
        root = cameo[code[:2]]
        cameo[code] = CameoCode(code, v["name"], root.quad, float(v.get("intensity", root.intensity)))
    sources = [("lexicon.yaml", _load_yaml("lexicon.yaml"))]
    if extra is not None:
        sources.append((str(extra), yaml.safe_load(Path(extra).read_text(encoding="utf-8"))))
    entries: dict[tuple[str, str], list[LexEntry]] = {}
    for where, raws in sources:
        for n, raw in enumerate(raws or [], 1):
            e = _entry(raw, n, where, plover)
            if e.cameo not in cameo and e.cameo[:2] not in cameo:
                raise LexiconError(f"{where}: entry {n} ({e.lemma!r}): unknown CAMEO code {e.cameo}")
            entries.setdefault((e.lemma, e.pos), []).append(e)
    grammar = _load_yaml("grammar.yaml")
    grammar["_sets"] = {k: frozenset(v) for k, v in grammar.items() if isinstance(v, list)}
    ordered = {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in entries.items()}
    return Lexicon(ordered, cameo, grammar)


def default_lexicon() -> Lexicon:
    """The packaged lexicon, plus the analyst's own patterns from the file that
    ``ENTENTE_LEXICON`` names (same format as ``resources/events/lexicon.yaml``)."""
    return _lexicon_with(os.environ.get("ENTENTE_LEXICON") or None)


@lru_cache(maxsize=4)
def _lexicon_with(extra: str | None) -> Lexicon:
    if extra is not None and not Path(extra).is_file():
        raise LexiconError(f"ENTENTE_LEXICON={extra}: no such file; point it at a YAML list of "
                           "entries in the format of resources/events/lexicon.yaml, or unset it")
    return load_lexicon(Path(extra) if extra else None)
