"""Duplicate articles: exact (same text) and near (wire copy republished with small edits).

A near-duplicate is found with MinHash (datasketch) over word 5-grams of the text,
lowercased, punctuation dropped: two articles whose estimated Jaccard similarity is at
least ``threshold`` (default 0.7) are the same story.  Candidates come from LSH bands
(25 bands of 5 values of a 128-value signature) kept in the store beside each
document, so that a rerun, or a store filled over months, finds duplicates of any
stored document without loading them all.

:class:`Deduper` decides, for each document read and *before* it is coded:

    known    its id is already stored (as a document or a duplicate): skipped
    exact    the same text is stored under another id: counted, not coded
    near     a stored (or pending) document is nearly the same: counted, not coded
    new      code it and store it

Counted duplicates make ``n_articles`` (and, from other outlets, ``n_sources``) of the
stored document's events grow, as GDELT's NumArticles / NumSources do.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

import numpy as np

from .records import Document

if TYPE_CHECKING:
    from .store import Store

NUM_PERM = 128
BANDS, ROWS = 25, 5                  # 125 of the 128 values go into bands
SHINGLE = 5                          # words per shingle
MIN_WORDS = 25                       # shorter texts are only checked for exact copies
DEFAULT_THRESHOLD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@lru_cache(maxsize=1)
def _permutations():
    from datasketch import MinHash
    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (``NUM_PERM`` uint32) of a text's word 5-grams, or None when
    the text has fewer than ``MIN_WORDS`` words (too short to call near-duplicates).
    Shingles are hashed with CRC-32 (stable across runs and machines, and fast)."""
    from datasketch import MinHash

    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return None
    shingles = {" ".join(tokens[i:i + SHINGLE]).encode("utf-8")
                for i in range(len(tokens) - SHINGLE + 1)}
    m = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_permutations(),
                scheme="affine32")
    m.update_batch(list(shingles))
    return np.asarray(m.digest(), dtype=np.uint32)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (fits a BIGINT column on every engine)."""
    raw = sig.astype("<u4")
    keys = []
    for b in range(BANDS):
        digest = hashlib.blake2b(raw[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8,
                                 person=b"entente-lsh", salt=b.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with one document read."""
    kind: str                          # "new" | "known" | "exact" | "near"
    of_id: str | None = None           # the stored (or pending) document it duplicates
    similarity: float = 1.0
    signature: np.ndarray | None = field(default=None, compare=False, repr=False)


@dataclass
class Deduper:
    """Sorts documents into new / known / exact / near against a store and against the
    documents of this run that are still being coded (``pending``)."""
    store: "Store"
    threshold: float = DEFAULT_THRESHOLD
    near: bool = True
    _ids: dict[str, str] = field(default_factory=dict)          # pending id -> id
    _shas: dict[str, str] = field(default_factory=dict)         # pending sha -> id
    _bands: dict[int, list[str]] = field(default_factory=dict)  # pending band -> ids
    _sigs: dict[str, np.ndarray] = field(default_factory=dict)  # pending id -> signature

    def check(self, docs: list[Document]) -> list[Verdict]:
        """A verdict for each document, in order; documents admitted as new become
        pending, so that a later copy in the same run is found."""
        known_ids, stored_shas = self.store.lookup([d.id for d in docs], [d.sha256 for d in docs])
        sigs = [signature(d.text) if self.near else None for d in docs]
        candidates = self.store.band_candidates(
            {k for s in sigs if s is not None for k in band_keys(s)}) if self.near else {}
        out = []
        for doc, sig in zip(docs, sigs):
            verdict = self._one(doc, sig, known_ids, stored_shas, candidates)
            if verdict.kind == "new":
                self._admit(doc, sig)
            elif verdict.kind != "known":
                known_ids.add(doc.id)          # a second copy of the same id in this batch
            out.append(verdict)
        return out

    def _one(self, doc: Document, sig: np.ndarray | None, known_ids: set[str],
             stored_shas: dict[str, str],
             candidates: dict[str, tuple[np.ndarray, list[int]]]) -> Verdict:
        if doc.id in known_ids or doc.id in self._ids:
            return Verdict("known")
        of = stored_shas.get(doc.sha256) or self._shas.get(doc.sha256)
        if of:
            return Verdict("exact", of, 1.0)
        if sig is None:
            return Verdict("new")
        keys = set(band_keys(sig))
        best_id, best = None, 0.0
        for cand_id, (cand_sig, cand_keys) in candidates.items():
            if keys.intersection(cand_keys):
                sim = similarity(sig, cand_sig)
                if sim > best or (sim == best and best_id is not None and cand_id < best_id):
                    best_id, best = cand_id, sim
        for key in keys:
            for cand_id in self._bands.get(key, ()):
                sim = similarity(sig, self._sigs[cand_id])
                if sim > best:
                    best_id, best = cand_id, sim
        if best_id is not None and best >= self.threshold:
            return Verdict("near", best_id, round(best, 4))
        return Verdict("new", signature=sig)

    def _admit(self, doc: Document, sig: np.ndarray | None) -> None:
        self._ids[doc.id] = doc.id
        self._shas[doc.sha256] = doc.id
        if sig is not None:
            self._sigs[doc.id] = sig
            for key in band_keys(sig):
                self._bands.setdefault(key, []).append(doc.id)

    def is_pending(self, doc_id: str) -> bool:
        return doc_id in self._ids

    def done(self, doc: Document) -> None:
        """The document was stored (or failed): it is no longer pending."""
        self._ids.pop(doc.id, None)
        if self._shas.get(doc.sha256) == doc.id:
            del self._shas[doc.sha256]
        sig = self._sigs.pop(doc.id, None)
        if sig is not None:
            for key in band_keys(sig):
                ids = self._bands.get(key)
                if ids and doc.id in ids:
                    ids.remove(doc.id)
                    if not ids:
                        del self._bands[key]


def source_key(source: str | None, url: str | None, doc_id: str) -> str:
    """Who published an article, for counting distinct sources: the outlet, else the
    URL's host, else the document itself."""
    if source:
        return "source:" + source.strip().lower()
    if url:
        host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower()).split("/", 1)[0]
        host = host.rsplit("@", 1)[-1].split(":", 1)[0]
        if host.startswith("www."):
            host = host[4:]
        if host:
            return "host:" + host
    return "doc:" + doc_id


def count_articles(rows: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """(doc_id, source key) pairs -> {doc_id: (n_sources, n_articles)}."""
    sources: dict[str, set[str]] = {}
    articles: dict[str, int] = {}
    for doc_id, key in rows:
        sources.setdefault(doc_id, set()).add(key)
        articles[doc_id] = articles.get(doc_id, 0) + 1
    return {d: (len(sources[d]), articles[d]) for d in articles}
