"""Coreference inside one document, kept deliberately simple and inspectable.

Resolved, in text order, against the mentions found so far:
- "he", "him", "his", "she", "her" -> the most recent person in the last few sentences;
- "his organization" / "her group" -> the organisation that person leads (the base, or
  what the document itself states: "Al Qaeda's leader, Ayman al-Zawahiri");
- "its", "itself" -> the most recent organisation or state;
- "they" as a subject -> the most recent group, population or state's organ ("Congolese
  soldiers") in this sentence or the one before;
- "the (terrorist) leader" -> the most recent person who leads something;
- "the group", "the organization", "the militants" -> the most recent armed group.
First-person plurals inside quotes are resolved by :mod:`entente.quotes`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .resolve import ActorResolver, DocActors, MentionHit

PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
THING_PRONOUNS = {"its", "itself"}  # a bare "it" is too often an event or a fact
ORG_NOUNS = {"organization", "organisation", "group", "movement", "network", "outfit",
             "party", "militia", "faction"}
GROUP_DESCRIPTIONS = ORG_NOUNS | {"militants", "jihadists", "insurgents", "terrorists", "jihadis",
                                  "rebels", "fighters", "guerrillas", "extremists", "attackers",
                                  "gunmen", "assailants", "kidnappers", "hijackers", "bombers"}
LEADER_NOUNS = {"leader", "chief", "boss", "head", "emir", "commander"}
WINDOW = 4  # sentences back a pronoun may reach
# A sentence-initial "It" with these verbs is no actor ("It is unclear", "It remains to be seen").
IMPERSONAL_VERBS = {"be", "seem", "appear", "remain", "take", "happen", "matter", "mean", "come"}
# What a subject "they" may stand for: these, or a state named by one of its organs
# ("Congolese soldiers ... as they retreated"), never a place or a lone state's name.
COLLECTIVES = {"armed_group", "population", "party", "igo"}
# "The army", "the government" are the story's state's, not a group whose name ends so
# ("Zapatista National Liberation Army").
STATE_FORCE_NOUNS = {"army", "government", "navy", "police", "military", "forces", "force"}


def stated_leaders(doc: Doc, found: DocActors) -> dict[str, str]:
    """person id -> organisation id, from "<Org>'s leader, <Person>" in the text."""
    leaders: dict[str, str] = {}
    for tok in doc:
        if tok.lemma_.lower() not in LEADER_NOUNS:
            continue
        org = next((found.at(c) for c in tok.children if c.dep_ == "poss" and found.at(c)), None)
        person = next((found.at(c) for c in tok.children
                       if c.dep_ == "appos" and found.at(c)), None)
        if org and person and person.actor.type == "person":
            leaders[person.actor.id] = org.actor.id
    return leaders


def resolve_coreference(doc: Doc, found: DocActors, resolver: ActorResolver) -> None:
    """Add coreferent mentions (how="coref") to ``found``."""
    leaders = stated_leaders(doc, found)
    sent_of = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = n
    history: list[MentionHit] = sorted(found.mentions, key=lambda h: h.start_tok)

    def recent(before: Token, accept) -> MentionHit | None:
        for hit in reversed(history):
            if hit.start_tok >= before.i:
                continue
            if sent_of[before.i] - sent_of[hit.start_tok] > WINDOW:
                return None
            if accept(hit):
                return hit
        return None

    def leads(person_id: str) -> str | None:
        return leaders.get(person_id) or resolver.led_by(person_id, found.published)

    for tok in doc:
        if tok.i in found.by_token:
            continue
        low = tok.lower_
        hit: MentionHit | None = None
        speaker = _reporting_subject(tok, found)
        if speaker is not None:  # "Iraq said it would allow inspectors back"
            hit = _coref(doc, tok.i, tok.i + 1, speaker.actor)
        elif tok.pos_ == "PRON" and low in PERSON_PRONOUNS:
            person = recent(tok, lambda h: h.actor.type == "person")
            if person is None:
                continue
            head = tok.head
            if tok.dep_ == "poss" and head.lemma_.lower() in ORG_NOUNS:
                org_id = leads(person.actor.id)
                org = resolver.info_by_id(org_id, found.published) if org_id else None
                if org is not None:
                    hit = _coref(doc, tok.i, head.i + 1, org)
            else:
                hit = _coref(doc, tok.i, tok.i + 1, person.actor)
        elif tok.pos_ == "PRON" and low == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
            group = recent(tok, lambda h: (h.actor.type in COLLECTIVES or h.sector is not None)
                           and h.actor.type != "person"
                           and sent_of[tok.i] - sent_of[h.start_tok] <= 1)
            if group is not None:  # "... hours after they hijacked an airliner"
                hit = _coref(doc, tok.i, tok.i + 1, group.actor)
        elif low == "it" and tok.dep_ == "nsubj" and tok.i == tok.sent.start and tok.sent.start > 0 \
                and tok.head.lemma_.lower() not in IMPERSONAL_VERBS:
            org = _main_subject(doc[tok.sent.start - 1].sent, found)
            if org is not None:  # "Sudan's army pulled out of talks ... It accused its rivals"
                hit = _coref(doc, tok.i, tok.i + 1, org.actor)
        elif tok.pos_ == "PRON" and low in THING_PRONOUNS and tok.dep_ not in ("nsubj", "nsubjpass", "expl"):
            head_hit = found.at(tok.head)
            org = _clause_subject(tok, found) or recent(
                tok, lambda h: h.actor.type not in ("person", "population", "media")
                and h is not head_hit and h.how != "capital")
            if org is not None:
                hit = _coref(doc, tok.i, tok.i + 1, org.actor)
        elif tok.pos_ == "NOUN" and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
            lemma = tok.lemma_.lower()
            start = min(c.i for c in tok.children if c.dep_ in ("det", "amod", "compound"))
            if lemma in LEADER_NOUNS and not any(c.dep_ == "poss" for c in tok.children):
                person = recent(tok, lambda h: h.actor.type == "person" and leads(h.actor.id))
                if person is not None:
                    hit = _coref(doc, start, tok.i + 1, person.actor)
            elif lemma in GROUP_DESCRIPTIONS or tok.lower_ in GROUP_DESCRIPTIONS:
                group = recent(tok, lambda h: h.actor.type == "armed_group")
                if group is not None:
                    hit = _coref(doc, start, tok.i + 1, group.actor)
            elif lemma not in STATE_FORCE_NOUNS:  # "the coalition" after "the Saudi-led coalition"
                named = recent(tok, lambda h: h.actor.type != "person"
                               and h.actor.name.lower().split()[-1] == lemma)
                if named is not None:
                    hit = _coref(doc, start, tok.i + 1, named.actor)
        if hit is not None:
            found.add(hit)
            history.append(hit)


SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we"}
REPORTING_VERBS = {"say", "tell", "announce", "state", "declare", "insist", "claim", "warn",
                   "add", "confirm", "deny", "promise", "pledge", "vow", "threaten", "indicate",
                   "acknowledge", "admit", "report", "concede", "assert"}


def _reporting_subject(tok: Token, found: DocActors) -> MentionHit | None:
    """The subject pronoun of a clause reported by a verb of saying refers to the
    reporting subject: "Syria says it is willing to withdraw", "Iran warned it would ..."."""
    if tok.lower_ not in SUBJECT_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    subj = [c for c in clause.head.children if c.dep_ == "nsubj"]
    hit = found.at(subj[0]) if subj else None
    if hit is None:
        return None
    plural = tok.lower_ in ("they", "we")
    person = hit.actor.type == "person"
    if tok.lower_ in ("he", "she") and not person or tok.lower_ == "it" and person:
        return None
    return hit if not plural or not person else None


def _main_subject(sent, found: DocActors) -> MentionHit | None:
    """The state or organisation a sentence's main clause is about: its subject, or the
    subject's owner ("Sudan's army")."""
    root = sent.root
    clauses = [root]
    if root.lemma_.lower() in REPORTING_VERBS:  # "X seized power ..., a spokesman said"
        clauses[:0] = [c for c in root.children if c.dep_ == "ccomp"]
    for subj in (c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in [subj, *(c for c in subj.children if c.dep_ in ("poss", "compound", "amod"))]:
            hit = found.at(t)
            if hit is not None and hit.actor.type not in ("person", "population", "media"):
                return hit
    return None


def _clause_subject(tok: Token, found: DocActors) -> MentionHit | None:
    """The organisation or state that is the subject of the clause an "its" sits in:
    "the Nationalist government in Taipei severed its ties with Tokyo" -> Taiwan."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "Nicaragua broke off relations ... and switched its recognition"
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i):
        for t in subj.subtree:
            hit = found.at(t)
            if hit is not None and hit.actor.type not in ("person", "population", "media"):
                return hit
    return None


def _coref(doc: Doc, start: int, end: int, actor) -> MentionHit:
    span = doc[start:end]
    return MentionHit(actor, start, end, span.start_char, span.end_char, span.text, "coref")
