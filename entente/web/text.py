"""Cutting an article's text into plain and highlighted pieces, so that a template can
print each piece escaped and wrap the evidence spans in <mark>."""
from __future__ import annotations

from typing import Iterable


def segments(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[str, list[int]]]:
    """``[(piece, [indexes of the spans covering it]), ...]`` in text order; pieces no
    span covers have an empty list.  Spans outside the text are clipped."""
    spans = [(max(0, s), min(len(text), e)) for s, e in spans]
    cuts = sorted({0, len(text), *(s for s, _ in spans), *(e for _, e in spans)})
    out: list[tuple[str, list[int]]] = []
    for lo, hi in zip(cuts, cuts[1:]):
        if hi <= lo:
            continue
        covering = [i for i, (s, e) in enumerate(spans) if s <= lo and hi <= e and s < e]
        if out and out[-1][1] == covering:
            out[-1] = (out[-1][0] + text[lo:hi], covering)
        else:
            out.append((text[lo:hi], covering))
    return out


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the blank space (paragraph breaks) at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
