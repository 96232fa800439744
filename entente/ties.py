"""Standing ties the text states (not events): leader_of, member_of, affiliate_of,
offshoot_of, part_of.

Read from noun phrases that name a role relative to an organisation:
  "Al Qaeda's leader, Ayman al-Zawahiri"         Zawahiri leader_of al Qaeda
  "Al Qaeda Boss Zawahiri"                        Zawahiri leader_of al Qaeda
  "al Qaeda's franchise in Syria, the Nusra Front" Nusra Front affiliate_of al Qaeda
  "its previously despised offshoot ISIS"         ISIS offshoot_of (its =) al Qaeda
"""
from __future__ import annotations

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from .events.arguments import Arg, Arguments, appositions
from .nlp import sentences, tokens_with_pos
from .records import Evidence, Relation

TIE_NOUNS = {
    "franchise": "affiliate_of", "affiliate": "affiliate_of", "branch": "affiliate_of",
    "wing": "part_of", "arm": "part_of", "offshoot": "offshoot_of", "splinter": "offshoot_of",
    "breakaway": "offshoot_of", "spinoff": "offshoot_of", "faction": "part_of",
    "ally": "ally_of", "proxy": "ally_of", "enemy": "hostile_to", "foe": "hostile_to",
    "rival": "hostile_to", "member": "member_of",
}


def find_relations(doc: Doc, doc_id: str, args: Arguments, roles: dict) -> list[Relation]:
    """``roles`` is grammar.yaml's role-noun table (leader -> leader_of, ...)."""
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    sents = {s.start: (n, s) for n, s in enumerate(sentences(doc))}
    for tok in tokens_with_pos(doc, (NOUN, PROPN)):
        lemma = tok.lemma_.lower()
        relation = TIE_NOUNS.get(lemma) or (roles[lemma]["relation"] if lemma in roles else None)
        if relation is None:
            continue
        owner = _owner(tok, args)
        holder = _holder(tok, args)
        if not owner or not holder:
            continue
        for h in holder:
            for o in owner:
                key = (h.actor.id, relation, o.actor.id)
                if h.actor.id == o.actor.id or key in seen:
                    continue
                seen.add(key)
                n, sent = sents[tok.sent.start]
                out.append(Relation(
                    id=f"{doc_id}:r{len(out) + 1}", doc_id=doc_id,
                    source=h.ref(), target=o.ref(), relation=relation,
                    since=None, until=None,
                    evidence=Evidence(n, sent.start_char, sent.end_char, sent.text)))
    return out


def _owner(tok: Token, args: Arguments) -> list[Arg]:
    """The organisation the role is relative to: "Al Qaeda's leader", "its offshoot ISIS",
    "Al Qaeda Boss Zawahiri", "Russian President Putin", "the leader of al Qaeda"."""
    near = list(tok.children)
    if tok.dep_ == "compound":  # the owner may hang on the name the role word modifies
        near += [c for c in tok.head.children if c.i < tok.i]
    for c in near:
        if c.dep_ == "poss":
            return args.of(c, conj=False)
    for c in near:
        if c.dep_ in ("compound", "amod") and c.i < tok.i:
            found = args.of(c, conj=False)
            if found:
                return found
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return args.of(p, conj=False)
    return []


def _holder(tok: Token, args: Arguments) -> list[Arg]:
    """Who holds the role: the apposition ("leader, Ayman al-Zawahiri"), or the noun the
    role word modifies ("offshoot ISIS", "Boss Zawahiri")."""
    for c in appositions(tok):
        found = args.of(c, conj=False)
        if found:
            return found
    if tok.dep_ in ("compound", "appos") and tok.head.i > tok.i or tok.dep_ == "appos":
        return args.of(tok.head, conj=False)
    if tok.dep_ == "attr":  # "Baghdadi is the leader of the Islamic State"
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        return args.of(subj[0], conj=False) if subj else []
    return []
