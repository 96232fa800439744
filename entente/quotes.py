"""Direct quotations: who said them (speaker), with which verb (cue), through whom (via).

A quotation is text between quotation marks of at least four words (shorter ones are
scare quotes: the “caliphate”).  The cue is the verb of saying next to it, outside the
marks ("... ,” said Zawahiri"; "the terrorist leader continued"); the speaker is its
subject, resolved through coreference; "as translated by Reuters" or "according to AFP"
adds Reuters/AFP to ``via``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .events.arguments import Arg, Arguments
from .events.lexicon import Lexicon
from .nlp import text_of

QUOTE_PAIRS = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"", re.S)
MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class FoundQuote:
    start: int                 # content offsets (without the marks)
    end: int
    text: str
    cue: Token | None
    speaker: Arg | None
    via: tuple[Arg, ...]

    def covers(self, char: int) -> bool:
        return self.start <= char < self.end


def find_quotes(doc: Doc, args: Arguments, lexicon: Lexicon) -> list[FoundQuote]:
    speech = lexicon.words("speech_verbs")
    out = []
    text = text_of(doc)
    for m in QUOTE_PAIRS.finditer(text):
        g = 1 if m.group(1) is not None else 2
        start, end = m.start(g), m.end(g)
        content = text[start:end]
        if len(content.split()) < MIN_WORDS:
            continue
        cue = _cue(doc, m.start(), m.end(), speech)
        speaker = None
        via: tuple[Arg, ...] = ()
        if cue is not None:
            subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = args.of(subj[0], conj=False) if subj else []
            speaker = found[0] if found else None
            via = tuple(via_of(cue, args, lexicon))
        if cue is None and out and out[-1].speaker is not None and _adjacent(doc, out[-1].end, start):
            speaker, via = out[-1].speaker, out[-1].via  # a quote paragraph continuing the last
        out.append(FoundQuote(start, end, content, cue, speaker, via))
    return out


def _adjacent(doc: Doc, prev_end: int, start: int, max_sentences: int = 1) -> bool:
    """True when at most ``max_sentences`` sentences lie between two quotations."""
    prev, this = _token_at(doc, prev_end), _token_at(doc, start)
    if prev is None or this is None:
        return False
    # the sentences between are those that start between (counted there, not over the doc)
    between = sum(1 for t in doc[prev.sent.end:this.sent.start] if t.is_sent_start)
    return between <= max_sentences


def via_of(verb: Token, args: Arguments, lexicon: Lexicon) -> list[Arg]:
    """'as translated by Reuters', 'quoted by AFP', 'according to TASS' around a verb."""
    via_verbs = lexicon.words("via_verbs")
    out: list[Arg] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "conj") and c.lemma_ in via_verbs:
            for agent in c.children:
                if agent.dep_ == "agent":
                    for p in agent.children:
                        if p.dep_ == "pobj":
                            out += args.of(p)
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in c.children:
                for p in to.children:
                    if p.dep_ == "pobj":
                        out += args.of(p)
    return out


def _cue(doc: Doc, open_char: int, close_char: int, speech: frozenset[str]) -> Token | None:
    """The verb of saying nearest the quotation, outside it: first after the closing mark
    (same sentence, or the start of the next), then before the opening mark."""
    candidates: list[Token] = []
    closing = _token_at(doc, close_char - 1)
    if closing is not None:
        sent = closing.sent
        candidates += [t for t in sent if t.idx >= close_char]
        if sent.end < len(doc):
            candidates += list(doc[sent.end:min(sent.end + 4, len(doc))])
    opening = _token_at(doc, open_char)
    if opening is not None:
        candidates += [t for t in reversed(list(opening.sent)) if t.idx < open_char]
    for tok in candidates:
        if tok.lemma_.lower() in speech and tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
