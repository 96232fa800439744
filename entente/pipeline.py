"""Runs the stages in order over one document or a stream of documents.

    parse -> actors (+ coreference) -> quotes -> dates -> events -> ties -> records

Each document is coded within its limits (:mod:`entente.limits`): a text over
``max_chars`` is refused before it is parsed, and one that takes longer than
``max_seconds`` is stopped.  In a stream, either becomes an :class:`InputError` naming the
document, as does any other failure of one document, and the others are still coded.
Texts over :data:`entente.chunks.CHUNK_CHARS` are parsed in pieces, with their offsets kept.
"""
from __future__ import annotations

import contextlib
import functools
import logging
from typing import Iterable, Iterator

from spacy.tokens import Doc

from .actors.coref import resolve_coreference, stated_leaders
from .actors.kb import KnowledgeBase, load_kb
from .actors.resolve import ActorResolver, DocActors, MentionHit
from .chunks import CHUNK_CHARS, parse_in_pieces
from .errors import InputError
from .limits import Deadline, DocumentTimeout, LimitExceeded, Limits, hard_limit
from .nlp import DATELINE, index_sentences, text_of
from .events.arguments import Arguments
from .events.coder import EventCoder
from .events.lexicon import Lexicon, default_lexicon
from .place import PlaceFinder, gazetteer
from .quotes import FoundQuote, find_quotes
from .records import CodedDocument, Document, Quote
from .ties import find_relations
from .events.when import sentence_dates
from .time import ResolvedDate

log = logging.getLogger(__name__)
FIRST_PERSON_PLURAL = {"we", "us", "our", "ours", "ourselves"}
# coded once before the first document, so that what the stages load on first use (the
# resolver's patterns, the gazetteer, ...) is loaded for good, outside any memory zone, and
# not charged to that document's time
WARM_UP = ('GENEVA, Nov 2 (Reuters) - Russia and Ukraine agreed on Monday to a ceasefire in '
           'Donetsk, the Russian foreign minister said. "We will respect it as long as they '
           'do," he told reporters. Al Qaeda\'s leader, Ayman al-Zawahiri, praised the Taliban '
           'in an audio message.')
# spaCy keeps every string it sees: over a long stream of news (names, figures) its
# vocabulary grows without end, by about 300 bytes a string.  Once it has grown by this
# many strings since the pipeline was warmed up (~30 MB; the frequent words are in by
# then), each batch is coded in a spaCy memory zone, which drops what the batch added.
VOCAB_GROWTH = 100_000


class Pipeline:
    """Codes documents into records.  Models and data load once, on first use."""

    def __init__(self, nlp=None, kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None,
                 limits: Limits | None = None):
        self._nlp = nlp
        self.limits = limits if limits is not None else Limits.from_env()
        self.kb = kb or load_kb()
        self.lex = lexicon or default_lexicon()
        self.coder = EventCoder(self.lex, peoples=self.kb.people_words())
        self._sector_of = functools.lru_cache(maxsize=16384)(self.kb.sector_of)
        self._resolver: ActorResolver | None = None
        self._warm = False
        self._vocab_base = 0

    @property
    def nlp(self):
        if self._nlp is None:
            from .nlp import get_nlp
            self._nlp = get_nlp()
        return self._nlp

    @property
    def resolver(self) -> ActorResolver:
        if self._resolver is None:
            self._resolver = ActorResolver(self.kb, self.nlp)
        return self._resolver

    def warm_up(self) -> None:
        """Load everything the stages load on first use (by coding a short text); done
        before the first document is coded."""
        if not self._warm:
            self._code_parsed(Document.create("warm-up", WARM_UP, published="2015-11-02"),
                              self.nlp(WARM_UP))
            gazetteer().preload()
            self._warm = True
            self._vocab_base = len(self.nlp.vocab.strings)

    def code(self, document: Document, limits: Limits | None = None) -> CodedDocument:
        """Code one document.  Over a limit it raises :class:`LimitExceeded` (with the
        error ``code_many`` would give); any other failure is raised as it is."""
        limits = limits or self.limits
        error = limits.check_length(document.id, document.text)
        if error is not None:
            raise LimitExceeded(error)
        self.warm_up()
        deadline = limits.deadline()
        try:
            with self._memory_zone(), hard_limit(deadline):
                return self._code_parsed(document, self._parse(document.text, deadline),
                                         deadline)
        except DocumentTimeout as stop:
            raise LimitExceeded(limits.timed_out(document.id, stop.stage)) from None

    def code_many(self, items: Iterable[Document | InputError], batch_size: int = 16,
                  limits: Limits | None = None) -> Iterator[CodedDocument | InputError]:
        """Code a stream in order; read errors pass through, and a document that fails
        to code (over a limit, or for any other reason) becomes an InputError while the
        stream goes on."""
        limits = limits or self.limits
        batch: list[Document] = []
        for item in items:
            if isinstance(item, InputError):
                yield from self._code_batch(batch, limits)
                batch = []
                yield item
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch, limits)
                batch = []
        yield from self._code_batch(batch, limits)

    def _code_batch(self, batch: list[Document],
                    limits: Limits) -> Iterator[CodedDocument | InputError]:
        """One batch: parsed together, then each document coded within its deadline; the
        results come out once the whole batch is coded (see _memory_zone)."""
        if not batch:
            return
        self.warm_up()
        with self._memory_zone():     # the batch's Docs are not used after it
            results = [doc if isinstance(doc, InputError)
                       else self._code_one(document, doc, limits.deadline(spent), limits)
                       for document, (doc, spent) in zip(batch, self._parse_batch(batch, limits))]
        yield from results            # outside the time limit: the caller's time is its own

    def _code_one(self, document: Document, doc: Doc, deadline: Deadline,
                  limits: Limits) -> CodedDocument | InputError:
        try:
            with hard_limit(deadline):
                return self._code_parsed(document, doc, deadline)
        except DocumentTimeout as stop:
            return limits.timed_out(document.id, stop.stage)
        except Exception as exc:  # one bad document never stops a batch
            log.exception("coding %s failed", document.id)
            return InputError(document.id, f"could not be coded ({type(exc).__name__}: {exc}); "
                                           "please report it with this document")

    def _memory_zone(self):
        """A spaCy memory zone once the vocabulary has grown by VOCAB_GROWTH strings (a
        zone costs a few percent of the speed: the strings of each batch are added again)."""
        zone = getattr(self.nlp, "memory_zone", None)
        vocab = getattr(self.nlp, "vocab", None)
        if zone is None or vocab is None or len(vocab.strings) - self._vocab_base < VOCAB_GROWTH:
            return contextlib.nullcontext()
        return zone()

    def _parse_batch(self, batch: list[Document],
                     limits: Limits) -> list[tuple[Doc | InputError, float]]:
        """Each document parsed (or why not), with the seconds its parse took: the short
        ones together (``nlp.pipe``, each charged its share of the time by length), long
        ones alone.  When the batch fails, or its parse takes longer than one document
        may (a batch of articles parses in a second or two), each is parsed alone, so that
        only the bad one fails: no document takes more than twice its limit."""
        out: list[tuple[Doc | InputError, float] | None] = [None] * len(batch)
        together = []
        for i, document in enumerate(batch):
            error = limits.check_length(document.id, document.text)
            if error is not None:
                out[i] = (error, 0.0)
            elif len(document.text) > self._chunk_chars():
                out[i] = self._parse_alone(document, limits)
            else:
                together.append(i)
        if together:
            texts = [batch[i].text for i in together]
            budget = Deadline(limits.max_seconds)
            try:
                with hard_limit(budget):
                    docs = list(self.nlp.pipe(texts))
            except (Exception, DocumentTimeout) as exc:
                log.info("parsing a batch of %d failed (%s); parsing each alone",
                         len(texts), type(exc).__name__)
                for i in together:
                    out[i] = self._parse_alone(batch[i], limits)
            else:
                seconds, chars = budget.elapsed(), sum(map(len, texts)) or 1
                for i, doc in zip(together, docs):
                    out[i] = (doc, seconds * len(batch[i].text) / chars)
        return out  # type: ignore[return-value]

    def _parse_alone(self, document: Document, limits: Limits) -> tuple[Doc | InputError, float]:
        deadline = limits.deadline()
        try:
            with hard_limit(deadline):
                doc = self._parse(document.text, deadline)
        except DocumentTimeout:
            return limits.timed_out(document.id, "parse"), 0.0
        except Exception as exc:
            log.exception("parsing %s failed", document.id)
            return InputError(document.id, f"could not be parsed ({type(exc).__name__}: {exc}); "
                                            "please report it with this document"), 0.0
        return doc, deadline.elapsed()

    def _chunk_chars(self) -> int:
        return min(CHUNK_CHARS, self.nlp.max_length)

    def _parse(self, text: str, deadline: Deadline) -> Doc:
        """The spaCy Doc of one text; a long one is parsed in pieces (entente.chunks)."""
        size = self._chunk_chars()
        if len(text) <= size:
            return self.nlp(text)
        return parse_in_pieces(self.nlp, text, size, between=lambda: deadline.check("parse"))

    def _code_parsed(self, document: Document, doc: Doc,
                     deadline: Deadline | None = None) -> CodedDocument:
        deadline = deadline or Deadline(None)
        published = document.published
        index_sentences(doc)  # Token.sent, asked by many stages: a look-up
        deadline.check("actors")
        found = self.resolver.resolve(doc, published)
        resolve_coreference(doc, found, self.resolver, self.lex.grammar["kinship_nouns"])
        places = PlaceFinder(found)
        for hit in places.mistaken_actors(doc):  # "Kharkiv's outskirts": a city, no person
            found.forget(hit)
        args = Arguments(found, self.lex,
                         state_of=lambda country: self.resolver.info_by_id(  # Prague, 1969: CSK
                             self.resolver.kb.state_then(country, published), published),
                         context_country=_dateline_country(doc, found)  # or a town's country:
                         or places.dateline_country(text_of(doc)),          # "JOHANNESBURG (Reuters)"
                         sector_of=self._sector_of,
                         rebels_of=lambda country: self.resolver.sole_armed_group(country, published),
                         groups=self.resolver.kb.group_sectors())
        args.place_country = places.country_at  # 'shelled Kharkiv' -> Ukraine
        args.adjective_of = self.resolver.adjective_of  # VEN -> 'Venezuelan'
        args.actor_info = lambda actor_id: self.resolver.info_by_id(actor_id, published)
        args.note_organs(doc)
        deadline.check("quotes")
        quotes = find_quotes(doc, args, self.lex)
        self._quote_pronouns(doc, found, quotes)
        deadline.check("dates")
        dates = self._dates(doc, published)
        deadline.check("events")
        events = self.coder.code(doc, document.id, args, quotes, dates, published,
                                 places, self._affiliation(doc, found))
        deadline.check("ties")
        relations = find_relations(doc, document.id, args, self.lex.grammar["roles"])
        deadline.check("records")
        quote_records = tuple(
            Quote(f"{document.id}:q{i + 1}", document.id,
                  q.speaker.ref() if q.speaker else None,
                  tuple(v.ref() for v in q.via),
                  q.cue.text if q.cue is not None else "", q.text, q.start, q.end)
            for i, q in enumerate(quotes))
        used = {r.id for e in events for r in (*e.actor, *e.recipient)}
        used |= {r.id for rel in relations for r in (rel.source, rel.target)}
        used |= {q.speaker.id for q in quote_records if q.speaker}
        return CodedDocument(document, found.records(document.id, used), tuple(events),
                             quote_records, tuple(relations))

    def _affiliation(self, doc: Doc, found: DocActors) -> dict[str, str]:
        """person id -> the organisation they lead: as the text states it, else as the
        knowledge base has it on the story's date."""
        out = {}
        for hit in found.mentions:
            if hit.actor.type == "person" and hit.actor.id not in out:
                org = self.resolver.led_by(hit.actor.id, found.published)
                if org:
                    out[hit.actor.id] = org
        out.update(stated_leaders(doc, found))
        return out

    def _quote_pronouns(self, doc: Doc, found: DocActors, quotes: list[FoundQuote]) -> None:
        """'we', 'us', 'our' inside a quotation: the speaker's organisation (or the speaker)."""
        affiliation = self._affiliation(doc, found)
        for q in quotes:
            if q.speaker is None:
                continue
            speaker = q.speaker.actor
            org_id = affiliation.get(speaker.id)
            group = self.resolver.info_by_id(org_id, found.published) if org_id else None
            actor = group or speaker
            for tok in doc.char_span(q.start, q.end, alignment_mode="expand") or ():
                if tok.lower_ in FIRST_PERSON_PLURAL and tok.i not in found.by_token:
                    found.add(MentionHit(actor, tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                                         tok.text, "coref"))

    @staticmethod
    def _dates(doc: Doc, published: str | None) -> dict[int, list[ResolvedDate]]:
        """Each sentence's dates, the dateline's date and the dates sentences carry
        (entente.events.when.sentence_dates)."""
        return sentence_dates(doc, published)


def _dateline_country(doc: Doc, found: DocActors) -> str | None:
    """The state of the place in the story's dateline ("NAIROBI (Reuters) -"), if any."""
    match = DATELINE.search(text_of(doc)[:200])
    if match is None:
        return None
    for hit in found.mentions:
        if match.start() <= hit.start < match.end() and hit.actor.type == "state":
            return hit.actor.id
    return None
