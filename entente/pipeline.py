"""Runs the stages in order over one document or a stream of documents.

    parse -> actors (+ coreference) -> quotes -> dates -> events -> ties -> records
"""
from __future__ import annotations

import functools
import logging
from typing import Iterable, Iterator

from spacy.tokens import Doc

from .actors.coref import resolve_coreference, stated_leaders
from .actors.kb import KnowledgeBase, load_kb
from .actors.resolve import ActorResolver, DocActors, MentionHit
from .errors import InputError
from .nlp import DATELINE
from .events.arguments import Arguments
from .events.coder import EventCoder
from .events.lexicon import Lexicon, default_lexicon
from .place import PlaceFinder
from .quotes import FoundQuote, find_quotes
from .records import CodedDocument, Document, Quote
from .ties import find_relations
from .events.when import sentence_dates
from .time import ResolvedDate

log = logging.getLogger(__name__)
FIRST_PERSON_PLURAL = {"we", "us", "our", "ours", "ourselves"}


class Pipeline:
    """Codes documents into records.  Models and data load once, on first use."""

    def __init__(self, nlp=None, kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None):
        self._nlp = nlp
        self.kb = kb or load_kb()
        self.lex = lexicon or default_lexicon()
        self.coder = EventCoder(self.lex)
        self._sector_of = functools.lru_cache(maxsize=16384)(self.kb.sector_of)
        self._resolver: ActorResolver | None = None

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

    def code(self, document: Document) -> CodedDocument:
        return self._code_parsed(document, self.nlp(document.text))

    def code_many(self, items: Iterable[Document | InputError],
                  batch_size: int = 16) -> Iterator[CodedDocument | InputError]:
        """Code a stream in order; read errors pass through, and a document that fails
        to code becomes an InputError while the stream goes on."""
        batch: list[Document] = []
        for item in items:
            if isinstance(item, InputError):
                yield from self._code_batch(batch)
                batch = []
                yield item
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Document]) -> Iterator[CodedDocument | InputError]:
        if not batch:
            return
        for document, doc in zip(batch, self.nlp.pipe(d.text for d in batch)):
            try:
                yield self._code_parsed(document, doc)
            except Exception as exc:  # one bad document never stops a batch
                log.exception("coding %s failed", document.id)
                yield InputError(document.id, f"could not be coded ({type(exc).__name__}: {exc}); "
                                              "please report it with this document")

    def _code_parsed(self, document: Document, doc: Doc) -> CodedDocument:
        published = document.published
        found = self.resolver.resolve(doc, published)
        resolve_coreference(doc, found, self.resolver)
        args = Arguments(found, self.lex,
                         state_of=lambda country: self.resolver.info_by_id(country, published),
                         context_country=_dateline_country(doc, found),
                         sector_of=self._sector_of)
        args.note_organs(doc)
        quotes = find_quotes(doc, args, self.lex)
        self._quote_pronouns(doc, found, quotes)
        dates = self._dates(doc, published)
        events = self.coder.code(doc, document.id, args, quotes, dates, published,
                                 PlaceFinder(found), self._affiliation(doc, found))
        relations = find_relations(doc, document.id, args, self.lex.grammar["roles"])
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
    match = DATELINE.search(doc.text[:200])
    if match is None:
        return None
    for hit in found.mentions:
        if match.start() <= hit.start < match.end() and hit.actor.type == "state":
            return hit.actor.id
    return None
