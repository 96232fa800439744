"""Runs the stages in order over one document or a stream of documents."""
from __future__ import annotations

from typing import Iterable, Iterator

from .errors import InputError
from .records import CodedDocument, Document


class Pipeline:
    """parse -> actors -> events / quotes / ties -> time, for each document."""

    def __init__(self, nlp=None, kb=None):
        self._nlp = nlp
        self._kb = kb

    @property
    def nlp(self):
        if self._nlp is None:
            from .nlp import get_nlp
            self._nlp = get_nlp()
        return self._nlp

    def code(self, document: Document) -> CodedDocument:
        return self._code_parsed(document, self.nlp(document.text))

    def code_many(self, items: Iterable[Document | InputError],
                  batch_size: int = 32) -> Iterator[CodedDocument | InputError]:
        """Code a stream; read errors pass through, a failing document becomes an
        InputError and the stream goes on."""
        raise NotImplementedError  # filled in below by the coder work

    def _code_parsed(self, document: Document, doc) -> CodedDocument:
        return CodedDocument(document=document)
