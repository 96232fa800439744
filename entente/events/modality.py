"""Modality of an event predicate: negated, hypothetical, future, historical, claimed,
disputed, reported -- read off the predicate's own words and the clauses above it."""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.coref import REPORTING_VERBS
from ..nlp import has_child, span_text
from .lexicon import Lexicon

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj", "ROOT",
               "acomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr"}


def governing_chain(tok: Token, limit: int = 6) -> list[Token]:
    """The predicate and the heads above it, stopping at the sentence root."""
    chain = [tok]
    while chain[-1].dep_ != "ROOT" and len(chain) <= limit:
        chain.append(chain[-1].head)
    return chain


FINITE = {"VBD", "VBZ", "VBP"}  # tags of a verb with tense


def misjoined_finite(verb: Token) -> bool:
    """A finite verb the small parser joined to an infinitive: "endorsed a plan to deploy
    peacekeepers and called on member states" ('called' a conjunct of 'deploy'), or to the
    clause a verb of saying reports (_joined_to_report)."""
    return verb.dep_ == "conj" and verb.tag_ in FINITE and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) and (
        infinitive(verb.head) or _joined_to_report(verb))


def _joined_to_report(verb: Token) -> bool:
    """A bare verb after ", and" in the reporter's own tense, joined to a reported clause
    that has its own subject and auxiliary, continues the reporter: "The agency said the
    number of refugees has passed two million, and appealed to donors" (the agency
    appealed; not "said rebels had seized the town and killed ten")."""
    clause, before = verb.head, verb.doc[max(verb.i - 2, 0):verb.i]
    reporter = clause.head
    return clause.dep_ == "ccomp" and reporter.lemma_.lower() in REPORTING_VERBS \
        and verb.tag_ == reporter.tag_ and [t.text for t in before] == [",", "and"] \
        and has_child(clause, ("nsubj",)) \
        and has_child(clause, ("aux",))


def finite_governor(verb: Token) -> Token | None:
    """The nearest verb above an infinitive that is not itself one ('endorsed' above 'a plan
    to deploy'): the clause a misjoined finite conjunct continues."""
    for t in governing_chain(verb)[1:]:
        if t.pos_ in ("VERB", "AUX") and not infinitive(t):
            return t
    return None


def infinitive(verb: Token) -> bool:
    """A bare verb with its "to": "to flee", "to withdraw"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _clause_chain(anchor: Token) -> list[Token]:
    governor = finite_governor(anchor.head) if misjoined_finite(anchor) else None
    return [anchor, *governing_chain(governor)] if governor is not None else governing_chain(anchor)


def modality(pred: Token, anchor: Token, lex: Lexicon) -> set[str]:
    """Flags for the event whose predicate is ``pred``; ``anchor`` is the verb that carries
    its tense and auxiliaries (the light verb for "made an alliance", else ``pred``)."""
    flags: set[str] = set()
    if span_text(pred.sent).rstrip().rstrip("”\"’'").endswith("?"):
        flags.add("hypothetical")  # a question asserts nothing: "Will Iran strike back?"
    neg = lex.words("negation_words")
    nobody = lex.words("negative_subjects")
    for t in (pred, anchor):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "without":
            flags.add("negated")  # "ended their talks without reaching agreement"
        if _shares_negation(t, lex):
            flags.add("negated")  # "Beijing never ordered or supported any attacks"
        for c in t.children:
            if _negates(c):
                flags.add("negated")
            if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in nobody or any(
                    d.dep_ in ("det", "preconj") and d.lower_ in nobody | {"no"}
                    for d in c.children)):
                flags.add("negated")  # "Neither Ankara nor Athens has threatened"
            if c.dep_ in ("aux", "auxpass"):
                if c.lower_ in lex.words("future_aux"):
                    flags.add("future")
                if c.lower_ in lex.words("hypothetical_aux"):
                    # "Iraq said it would allow inspectors": future in the past
                    flags.add("future" if c.lower_ == "would" and _reported(anchor, lex)
                              else "hypothetical")
                if c.lemma_ == "have" and c.tag_ == "VBD" and not _reported(anchor, lex):
                    flags.add("historical")  # past perfect, unless backshifted speech
            if c.dep_ == "amod" and t.pos_ == "NOUN":  # "a possible deal", "planned talks"
                if c.lower_ in lex.words("possibility_words"):
                    flags.add("hypothetical")
                elif c.lower_ in lex.words("future_words") | {"proposed"}:
                    flags.add("future")
            if c.dep_ == "advmod" and c.lower_ in lex.words("historical_words"):
                flags.add("historical")
            if c.dep_ == "advmod" and c.lower_ in lex.words("conditional_adverbs"):
                flags.add("hypothetical")  # "warning that it would otherwise hand control ..."
            if c.dep_ == "advmod" and c.lower_ in lex.words("reported_words"):
                flags.add("reported")
    claim, dispute = lex.words("claim_words"), lex.words("dispute_words")
    hearsay = lex.words("hearsay_nouns")
    control = lex.words("control_future")
    chain = _clause_chain(anchor)
    for i, t in enumerate(chain[1:], 1):  # "agreed to pull back after talks with Clinton":
        if t.dep_ == "prep" and t.lower_ in TIME_PREPS:  # the talks are no part of what he
            chain = chain[:i]  # agreed to do, nor of its tense
            break
    own_clause = _own_clause_end(chain)
    for i, t in enumerate(chain):
        lemma = t.lemma_.lower()
        prev = chain[i - 1] if i else t
        for c in t.children:
            if c.dep_ == "mark" and (c.lower_ in lex.words("hypothetical_marks")
                                     or _phrase_before(c) & lex.words("conditional_phrases")):
                flags.add("hypothetical")  # "if ...", "provided that ..."
            if c.dep_ == "amod" and c.lemma_.lower() in dispute | {"disputed", "contested"}:
                flags.add("disputed")
        if _inverted_condition(t, lex):
            flags.add("hypothetical")  # "Were Israel to strike", "Should talks fail"
        if i == 0:
            if pred != anchor and lemma in claim:  # "claimed responsibility for"
                flags.add("claimed")
            continue
        if prev.dep_ == "xcomp" and t.lemma_.lower() in ("have", "need", "be"):
            for c in t.children:  # "Japan might have to join", "will need to send"
                if c.dep_ == "aux" and c.lower_ in lex.words("hypothetical_aux"):
                    flags.add("hypothetical")
                elif c.dep_ == "aux" and c.lower_ in lex.words("future_aux"):
                    flags.add("future")
        if lemma in lex.words("possibility_words") or (
                (prev.dep_ in ("csubj", "csubjpass", "nsubj")
                 or i == 1 and pred.pos_ == "NOUN" and prev.dep_ == "dobj") and any(
                    c.dep_ == "aux" and c.lower_ in lex.words("hypothetical_aux")
                    for c in t.children)):
            flags.add("hypothetical")  # "it is possible that ...", "striking X would be ..."
        if i == 1 and pred.pos_ == "NOUN" and prev.dep_ == "dobj" and lemma in lex.words("anticipation_verbs"):
            flags.add("hypothetical")  # "investors feared NATO air strikes"
        if lemma in claim:
            flags.add("claimed")
        if lemma in hearsay and t.pos_ == "NOUN" and prev.dep_ in ("acl", "ccomp", "relcl"):
            flags.add("hypothetical")  # "no evidence that Iran armed the rebels"
        if lemma in dispute:
            flags.add("disputed")
        # a verb coordinated with a control verb is no complement of it: "refused to resign
        # and expelled two diplomats" (the expulsion happened; the parser may join it to
        # 'resign') -- the refusal, vow or plan reaches only its own infinitive
        joined = prev.dep_ == "conj"
        if lemma in control and t.i != anchor.i and _embeds(t, anchor) and i <= own_clause and not joined:
            flags.add("future")
        if {lemma, _phrasal(t)} & lex.words("control_negative") and i <= own_clause and not joined \
                and not _adjunct(prev):  # not "ruled out a release, rejecting the demand of ..."
            flags.add("negated")
        if t.dep_ in ("ccomp", "relcl") and any(c.lower_ in neg and c.dep_ == "neg"
                                                for c in t.children) and lemma in ("deny",):
            flags.add("disputed")
    return flags


TIME_PREPS = {"after", "before", "following", "during", "since"}


def _own_clause_end(chain: list[Token]) -> int:
    """Where the clause of ``chain[0]`` ends in its governing chain: at the last head before
    a coordinated clause with a subject of its own climbs to the clause it is joined to
    ("Italy refused to let the ship dock, and Malta agreed to take in the migrants": Malta's
    taking in is no part of Italy's refusal)."""
    for i, t in enumerate(chain):
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return i
    return len(chain)


def _reported(tok: Token, lex: Lexicon) -> bool:
    speech = lex.words("speech_verbs")
    return any(t.lemma_.lower() in speech for t in governing_chain(tok)[1:])


def _embeds(head: Token, anchor: Token) -> bool:
    """True when ``anchor`` sits in an infinitival complement of ``head`` ("ready to work")."""
    t = anchor
    while t.i != head.i and t.dep_ != "ROOT":
        if t.dep_ in ("xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True
        t = t.head
    return False


def _shares_negation(t: Token, lex: Lexicon) -> bool:
    """A conjunct with no subject of its own, joined by 'or'/'nor' to a negated head: "never
    ordered or supported", "no talks or contacts"."""
    head = t.head
    return t.dep_ == "conj" and not has_child(t, ("nsubj", "nsubjpass")) \
        and any(c.dep_ == "cc" and c.lower_ in lex.words("negation_carrying_cc") for c in head.children) \
        and any(_negates(c) for c in head.children)


def _negates(c: Token) -> bool:
    """A word that negates its head: "not", "never", the determiner "no"."""
    return c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")


def _inverted_condition(t: Token, lex: Lexicon) -> bool:
    """A subordinate clause opened by an auxiliary before its subject: "Should talks fail",
    "Were Israel to strike", "Had the army opened fire" -- a condition."""
    first = t.left_edge
    return t.dep_ != "ROOT" and first.lower_ in lex.words("inverted_conditions") \
        and (first.i == t.i or first.head.i == t.i and first.dep_ in ("aux", "auxpass")) \
        and first.i + 1 < len(first.doc) \
        and first.nbor().pos_ in ("PROPN", "NOUN", "DET", "PRON", "ADJ", "NUM")


def _phrase_before(mark: Token) -> set[str]:
    """The phrases of up to four words that end in ``mark``: "provided that", "as long as"."""
    doc = mark.doc
    return {doc[max(mark.i - n, 0):mark.i + 1].text.lower() for n in range(1, 4)}


def _phrasal(t: Token) -> str:
    """A verb with the particle or adverb right after it: "rule out", "stop short"."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.head.i == t.i and nxt.dep_ in ("prt", "advmod"):
        return f"{t.lemma_.lower()} {nxt.lower_}"
    return t.lemma_.lower()


def _adjunct(t: Token) -> bool:
    """A relative clause, or an adverbial clause set off by a comma ("ruled out any release,
    rejecting the rebels' demand"): no part of what a verb above it refuses or rules out
    (unlike "ruled out sending warships")."""
    left = t.left_edge.i
    return t.dep_ == "relcl" or t.dep_ == "advcl" and left > 0 and t.doc[left - 1].text == ","
