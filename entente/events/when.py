"""When and where an event happened, from the words around its predicate.

The coder asks: which of the sentence's date expressions belongs to this predicate
(`pick_date`), what dates a headline (`lead_date`), and which words form the predicate's
own clause (`clause_tokens`, also used to find the event's place).
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from ..time import ResolvedDate


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


def clause_tokens(clause: Token, pred: Token) -> list[Token]:
    """The clause's own words: its subtree without embedded finite clauses that do not
    hold the predicate ("urged Israel to return to talks, where it agreed in December")."""
    out, todo = [], [clause]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            if (c.dep_ in CLAUSAL and c.pos_ in ("VERB", "AUX") and pred not in c.subtree
                    and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)):
                continue  # a finite clause of its own; "a message released on Saturday" stays
            todo.append(c)
    return out


def pick_date(token: Token, anchor: Token, found: list[ResolvedDate],
              fallback: ResolvedDate | None) -> ResolvedDate | None:
    """A date in the predicate's own clause; else the sentence's only date, unless that
    date sits in another clause of its own ("..., where they agreed in December")."""
    if not found:
        return fallback
    clause = clause_of(anchor)
    own = {t.idx for t in clause_tokens(clause, token)}
    if clause.dep_ == "relcl" and clause.head.ent_type_ == "DATE":
        own.add(clause.head.idx)  # "in June, when ISIS jihadis beheaded ..."
    inside = [d for d in found if any(d.start <= i < d.end for i in own)]
    if inside:
        return min(inside, key=lambda d: abs(d.start - token.idx))
    if len(found) == 1:
        sent = token.sent
        tok = next((t for t in sent if t.idx >= found[0].start), None)
        for t in _ancestors(tok) if tok is not None else ():
            if t.dep_ in ("relcl", "advcl", "ccomp", "acl") and clause not in t.subtree:
                return None
        return found[0]
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
