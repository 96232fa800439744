"""Long texts are parsed in pieces, then joined into one spaCy Doc.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters by default) and its
memory grows with the text parsed at once.  A text longer than :data:`CHUNK_CHARS` is cut
into pieces of at most that many characters, each parsed alone, and the pieces' Docs are
joined with ``Doc.from_docs``: the joined Doc's text is the original text, character for
character, so every offset (evidence spans, mentions, quotes) is an offset into the
document and ``text[start:end]`` is what the record says.

A piece ends, by preference, after a blank line (a paragraph), else after a sentence's
end ("." "!" "?" followed by a space), else after any whitespace, else (a run of
characters with no space at all) at the size limit itself.  A cut is a sentence boundary
in the joined Doc; with paragraph cuts, that is what it was anyway.
"""
from __future__ import annotations

import re

CHUNK_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def cut_points(text: str, size: int = CHUNK_CHARS) -> list[int]:
    """The offsets where pieces of at most ``size`` characters end (the last is
    ``len(text)``): ``[text[a:b] for a, b in zip([0, *cuts], cuts)]`` are the pieces."""
    if size < 1:
        raise ValueError(f"size {size}: a piece holds at least one character")
    cuts: list[int] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = _last_cut(window)
        cuts.append(start + cut)
        start += cut
    cuts.append(len(text))
    return cuts


def _last_cut(window: str) -> int:
    """Where to end a piece within ``window`` (after the cut's whitespace), preferring
    paragraph breaks, then sentence ends, then any whitespace, in the window's second
    half; the whole window when it holds none of them."""
    half = len(window) // 2
    blank = window.rfind("\n\n", half)
    if blank >= 0:
        return blank + 2
    ends = [m.end() for m in _SENTENCE_END.finditer(window, half)]
    if ends:
        return ends[-1]
    space = max(window.rfind(" ", half), window.rfind("\n", half), window.rfind("\t", half))
    return space + 1 if space >= 0 else len(window)


def pieces(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut at :func:`cut_points`; ``"".join(pieces(text)) == text``."""
    cuts = cut_points(text, size)
    return [text[a:b] for a, b in zip([0, *cuts], cuts)]


def parse_in_pieces(nlp, text: str, size: int = CHUNK_CHARS, between=None):
    """One Doc for ``text``, parsed a piece at a time; ``between()`` is called after each
    piece (the pipeline checks its deadline there)."""
    from spacy.tokens import Doc

    docs = []
    for piece in pieces(text, size):
        docs.append(nlp(piece))
        if between is not None:
            between()
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:           # never expected: offsets would be wrong, so say so
        raise ValueError("the pieces of the text did not join back into the text")
    return doc


__all__ = ["CHUNK_CHARS", "cut_points", "parse_in_pieces", "pieces"]
