"""When and where an event happened, from the words around its predicate.

The coder asks: which of the sentence's date expressions belongs to this predicate
(`pick_date`), what dates a headline (`lead_date`), what a sentence without a date of
its own may take from the text before it (`context_for`: the date carried from the
sentence before, the dateline's), which words form the predicate's own clause
(`clause_tokens`, also used to find the event's place), and the event's date fields
(`date_fields`).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from ..time import ResolvedDate
from ..nlp import has_child, sentences, span_text, text_of


class DocDates(dict):
    """Sentence index -> the dates found in it (a dict, as the coder reads it), plus
    ``carried`` (sentence index -> the date the text before it is about, for sentences
    with no date of their own) and ``dateline`` (the date of "BEIRUT, Nov 2 (Reuters) -")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.carried: dict[int, ResolvedDate] = {}
        self.dateline: ResolvedDate | None = None


@dataclass(frozen=True, slots=True)
class DateContext:
    """What an event with no date in its own sentence may be dated by: ``carried`` (the
    date of the sentence before, used when the event's clause goes on with that story)
    and ``dateline`` (a fallback for a clause in the past tense)."""
    carried: ResolvedDate | None = None
    dateline: ResolvedDate | None = None


def context_for(dates: dict, n: int, lead: ResolvedDate | None = None
                ) -> ResolvedDate | DateContext | None:
    """The fallback for sentence ``n``: a headline's lead date, else what the text
    before it and the dateline offer (see :class:`DateContext`)."""
    if n == 0 and lead is not None:
        return lead
    carried = getattr(dates, "carried", {}).get(n)
    line = getattr(dates, "dateline", None)
    if carried is None and line is None:
        return None
    return DateContext(carried, line)


def date_fields(when: ResolvedDate | None) -> dict:
    """The event fields a resolved date fills."""
    if when is None:
        return {"date": None, "date_precision": "unknown", "enddate": None, "date_basis": None}
    return {"date": when.date, "date_precision": when.precision, "enddate": when.enddate,
            "date_basis": when.basis}


def lead_date(sents: list[Span], dates: dict[int, list[ResolvedDate]]) -> ResolvedDate | None:
    """A headline is dated by its lead: the first date of the first body sentence."""
    if len(sents) > 1 and dates.get(1):
        return dates[1][0]
    return None


def clause_of(anchor: Token) -> Token:
    """The verb whose clause holds a predicate (an event noun's governing verb)."""
    t = anchor
    while t.pos_ not in ("VERB", "AUX") and t.dep_ != "ROOT":
        t = t.head
    return t


CLAUSAL = {"relcl", "advcl", "ccomp", "acl", "xcomp", "csubj", "conj", "parataxis"}


def in_subtree(tok: Token, top: Token) -> bool:
    """``tok in top.subtree``, asked up the heads from ``tok`` instead of down the whole
    subtree of ``top``."""
    return tok.i == top.i or top.is_ancestor(tok)


def clause_tokens(clause: Token, pred: Token) -> list[Token]:
    """The clause's own words: its subtree without embedded finite clauses that do not
    hold the predicate ("urged Israel to return to talks, where it agreed in December")."""
    out, todo = [], [clause]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            if (c.dep_ in CLAUSAL and c.pos_ in ("VERB", "AUX") and not in_subtree(pred, c)
                    and has_child(c, ("nsubj", "nsubjpass", "expl"))):
                continue  # a finite clause of its own; "a message released on Saturday" stays
            todo.append(c)
    return out


def pick_date(token: Token, anchor: Token, found: list[ResolvedDate],
              fallback: ResolvedDate | DateContext | None) -> ResolvedDate | None:
    """A date in the predicate's own clause (or, for a second conjunct, the first
    conjunct's: "stormed the complex and killed 62" share a date); else the sentence's
    only date, unless it sits in another clause of its own ("..., where they agreed in
    December"), or a clause "when ..." dated by the one it qualifies.  With no date in the
    sentence: the ``fallback`` (see :func:`context_for`)."""
    if not found:
        return _fall_back(anchor, fallback)
    clause = clause_of(anchor)
    for c in _conjunct_chain(clause):
        own = {t.idx for t in clause_tokens(c, token if c is clause else c)}
        if c.dep_ in ("relcl", "advcl") and (c.head.ent_type_ == "DATE" or any(
                m.lower_ in ("when", "as") for m in c.children if m.dep_ in ("advmod", "mark"))):
            own.add(c.head.idx)  # "in June, when ISIS jihadis beheaded ..."
            if c.head.ent_type_ != "DATE":  # "on Friday night, when rebel troops bombed ..."
                own |= {t.idx for t in c.head.subtree if t.ent_type_ in ("DATE", "TIME")}
        inside = [d for d in found if any(d.start <= i < d.end for i in own)]
        if c is not clause:  # the first conjunct's date, not one inside our conjunct
            inside = [d for d in inside if not (clause.idx <= d.start
                                                and d.start < _right_edge(clause))]
        if inside:
            return min(inside, key=lambda d: abs(d.start - token.idx))
    if len(found) == 1:
        sent = token.sent
        tok = next((t for t in sent if t.idx >= found[0].start), None)
        for t in _ancestors(tok) if tok is not None else ():
            if t.dep_ in ("relcl", "advcl", "ccomp", "acl") and not in_subtree(clause, t):
                return None
        return found[0]
    return None


def _conjunct_chain(clause: Token) -> list[Token]:
    """The clause, then the clauses that lend it their date: the first conjunct of a
    second one, the finite clause above a participle or infinitive ("signed a
    proclamation on Monday recognising ...", "stormed the palace on Thursday, killing")."""
    out = [clause]
    t = clause
    while t.head != t and len(out) < 4:
        if t.dep_ == "conj" or (t.dep_ in ("advcl", "xcomp", "acl", "pcomp") and not _finite(t)):
            t = t.head
            while t.pos_ not in ("VERB", "AUX") and t.dep_ != "ROOT" and t.head != t:
                t = t.head
            out.append(t)
        else:
            break
    return out


def _finite(verb: Token) -> bool:
    return has_child(verb, ("nsubj", "nsubjpass", "expl")) or \
        verb.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _right_edge(tok: Token) -> int:
    edge = tok.right_edge
    return edge.idx + len(edge)


NOT_CARRIED = {"had", "will", "would", "could", "might", "may", "should", "must", "'d", "'ll",
               "shall", "can"}
SHIFT_WORDS = {"previously", "earlier", "formerly", "already", "recently", "once", "since",
               "ago", "now", "currently", "still", "usually", "often", "repeatedly", "ever",
               "never", "years", "decades", "history", "past", "future", "later", "before"}


def _fall_back(anchor: Token, fallback: ResolvedDate | DateContext | None
               ) -> ResolvedDate | None:
    """A headline's lead date as is; a carried or dateline date only for a clause in the
    past tense that does not shift the time ("had", "previously", "since", "will")."""
    if fallback is None or isinstance(fallback, ResolvedDate):
        return fallback
    verb = clause_of(anchor)
    for t in _conjunct_chain(verb)[1:]:  # a participle takes its finite verb's tense
        if _finite(verb):
            break
        verb = t
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in NOT_CARRIED for a in aux):
        return None
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or (
        verb.tag_ == "VBN" and verb.dep_ in ("conj", "advcl", "xcomp", "acl"))
    present_perfect = verb.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in aux)
    if not (past or present_perfect):
        return None
    if {t.lower_ for t in verb.sent} & SHIFT_WORDS:
        return None
    if any(m.lower_ in ("if", "unless", "whether") for t in (verb, *verb.ancestors)
           for m in t.children if m.dep_ == "mark"):
        return None  # "If such an alliance took shape": not an event with a date
    if fallback.carried is not None and past:
        return replace(fallback.carried, basis="context")
    if fallback.dateline is not None:
        return replace(fallback.dateline, basis="dateline")
    return None


def _ancestors(tok: Token) -> list[Token]:
    out = []
    while tok.dep_ != "ROOT" and len(out) < 12:
        tok = tok.head
        out.append(tok)
    return out


def days_before(day: str, published: str) -> int:
    """Days from the (latest possible) event date to publication."""
    if len(day) == 4:
        day += "-12-31"
    elif len(day) == 7:
        day += "-28"
    return (date.fromisoformat(published[:10]) - date.fromisoformat(day)).days


def days_after(day: str, published: str) -> int:
    """Days from publication to the (earliest possible) event date: above 0, the event
    cannot have happened yet ("when ministers meet in Vienna next month")."""
    first = day + "-01-01" if len(day) == 4 else day + "-01" if len(day) == 7 else day
    return (date.fromisoformat(first[:10]) - date.fromisoformat(published[:10])).days


def sentence_dates(doc, published: str | None) -> DocDates:
    """Each sentence's date expressions, resolved against the publication date (or, with
    none, against a dateline that carries a year); the dateline's own date, kept out of
    the sentence it opens; anaphora ("later that day") against the date of the text
    before; and, for a sentence with no date of its own, the date it may carry from the
    last dated sentence (at most two sentences back)."""
    from ..place import find_dateline
    from ..time import find_dates, resolve

    out = DocDates()
    line = find_dateline(text_of(doc))
    span = (line.start, line.end) if line is not None else (0, 0)
    anchor = published
    if line is not None and line.date_text:
        found = resolve(line.date_text, published)
        if found is not None:
            out.dateline = replace(found, start=line.date_start,
                                   end=line.date_start + len(line.date_text), basis="dateline")
            if anchor is None and found.precision == "day":
                anchor = found.date
    context: ResolvedDate | None = None
    last = -10
    ents = list(doc.ents)            # once: Span.ents rescans doc.ents for every sentence
    ent_starts = [e.start for e in ents]
    for n, sent in enumerate(sentences(doc)):
        in_sent = ents[bisect_left(ent_starts, sent.start):bisect_left(ent_starts, sent.end)]
        spans = [(e.start_char - sent.start_char, e.end_char - sent.start_char)
                 for e in in_sent if e.end <= sent.end and e.label_ == "DATE"
                 and not span[0] <= e.start_char < span[1]]
        found = [d for d in find_dates(span_text(sent), anchor, offset=sent.start_char, spans=spans,
                                       context=context)
                 if not span[0] <= d.start < span[1]]
        if found:
            out[n] = found
            root = sent.root
            own = {t.idx for t in clause_tokens(root, root)}
            context = next((d for d in found if d.start in own or any(
                d.start <= i < d.end for i in own)), found[0])
            last = n
        elif context is not None and n - last <= 2:
            out.carried[n] = context
    return out
