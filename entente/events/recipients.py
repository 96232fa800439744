"""Whom an event is aimed at: the rules that find a predicate's recipient.

The first argument slot that names someone other than the actor wins: the object (the
agent's patient in a passive), then the prepositions the lexicon entry names, then what
the grammar knows of the sentence around it -- the object of an embedded verb ("refused
to let U.N. inspectors in"), the subject of a condition ("threatened ... if the West
imposed sanctions"), the accuser ("accused Ethiopia of bombing Asmara"), the state of a
place ("shelled Kharkiv").  When no slot names one, the story does: whoever did the act
a reaction answers ("rejected the demands"), the state an insurgency fights, the one
other actor of the clause or sentence; "the two sides" are the last pair named.
:class:`RecipientRules` is mixed into the event coder.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Attribution, Event
from .arguments import Arg, Arguments, arg_of, modifier_chain, passive_participle
from .modality import governing_chain
from ..nlp import DATELINE, has_child, text_of
from ..actors.coref import REPORTING_VERBS

if TYPE_CHECKING:
    from .coder import Predicate

# Acts whose target may be named by a place only ("shelled Kharkiv", "arrived in Paris",
# "pulled out of southern Lebanon"), and the prepositions that introduce that place.
PLACE_TARGETS = {
    "ASSAULT": ("at", "on", "into", "against"), "COERCE": ("at", "on", "into", "against"),
    "PROTEST": ("outside", "at"), "CONSULT": ("in", "to"), "RETREAT": ("from", "out", "of"),
    "AID": ("to", "for"), "MOBILIZE": ("to", "into", "toward", "towards", "near", "along"),
    "CONCEDE": ("in", "on", "into", "against"),  # "lifted a night curfew in Montenegro"
    "COOPERATE": ("in",),  # "reopened its embassy in Riyadh"
    "SANCTION": (),  # only a place its object stands in: "closed its embassy in Copenhagen"
    "THREATEN": ("against",),  # "threatened Gaza with air strikes"
}
# Prepositions on an act's object that name the place its target stands in ("shelled
# districts of Kharkiv", "struck a hall in Sanaa").
OBJECT_PLACE_PREPS = ("of", "in", "near", "outside", "across", "throughout", "around", "with")
# Acts that need two sides: a coordinated subject with no object did it together
# ("Putin and Erdogan discussed Syria": each is the other's recipient).
MUTUAL = {"AGREE", "CONSULT", "COOPERATE"}
# Acts that hand something over: whom it goes 'to' is the recipient before the object.
TRANSFERS = {"AID", "CONCEDE", "COOPERATE", "RETREAT"}
# Acts whose target may be the one the embedded verb acts on ("refused to let U.N.
# inspectors in"), and acts someone is accused of ("accused Russia of shelling").
CONTROL_TARGETS = {"REJECT", "CONCEDE", "AGREE", "THREATEN"}
ACCUSED_ACTS = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
OBJECT_PRONOUNS = {"them", "him", "her", "it"}
# Prepositions that open a subject-less clause of the main subject ("after seizing them").
TIME_PREPS = ("after", "before", "since", "while", "without", "by")
# Acts whose announcement on a condition ("... if the West imposes sanctions") is a threat.
HOSTILE_ACTS = {"ASSAULT", "COERCE", "SANCTION"}
# Prepositions on an embedded verb's object that name whom the act is aimed at
# ("impose a tariff on Mexico", "talks with Japan", "sanctions against Iran").
NESTED_TARGET_PREPS = {"with", "on", "against", "to", "for"}
# Acts done as one half of a give-and-take: "in return for" the other half names the party.
EXCHANGED_ACTS = {"AGREE", "CONCEDE", "RETREAT", "COOPERATE", "AID", "SUPPORT"}
# A state's own side: the state itself and its organs (its society is another party).
STATE_SIDE = {None, "GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


class RecipientRules:
    """The event coder's recipient rules (they use its lexicon word lists)."""

    def recipients(self, p: Predicate, args: Arguments, actors: list[Arg]) -> list[Arg]:
        """The first argument slot that names someone other than the actor: the object
        ("withdraw its troops from Lebanon" -> Lebanon, not the actor's own troops)."""
        found = self._recipient_slots(p, args, actors)
        if p.entry.event == "AGREE" and len(actors) > 1 and found and all(
                f.how in ("seat", "capital") and not _partnered(p.token.doc, f) for f in found):
            return []  # "Sadat and Begin signed a peace treaty on the White House lawn": a venue
        return found

    def _recipient_slots(self, p: Predicate, args: Arguments, actors: list[Arg]) -> list[Arg]:
        tok, entry = p.token, p.entry
        undergoer = self._undergoer(p, args)
        if undergoer:
            return undergoer
        found = self._addressed(p, args)  # "called for a withdrawal, in a rebuke to Moscow"
        if _others(found, actors):
            return found
        found = self._exchanged_with(p, args, actors) if entry.event in EXCHANGED_ACTS else []
        if _others(found, actors):  # "agreed to remove its missiles in return for a U.S. pledge"
            return found
        holders = [tok] if p.anchor == tok else [tok, p.anchor]
        if entry.event in HOSTILE_ACTS | {"PROTEST"} and entry.pos == "verb" \
                and not has_child(tok, ("dobj",)):
            holders += [c for c in tok.children if c.dep_ == "conj" and not any(
                s.dep_ in ("nsubj", "nsubjpass", "dobj") for s in c.children)]  # "stoned and spat on X's car"
        if entry.prep:  # "pulled out of talks with the RSF": the talks hold the recipient
            holders += [o for pr in tok.children if pr.dep_ in ("prep", "prt") and pr.lower_ == entry.prep
                        for h in [pr, *(c for c in pr.children if c.dep_ == "prep")]
                        for o in h.children if o.dep_ == "pobj"]
        if entry.pos == "noun" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            holders.append(tok.head)  # "coordinating their war against us"
        if entry.event == "CONSULT" and len(actors) > 1:  # "Reagan and Gorbachev ended two days of
            # talks in Iceland", "did not meet at the United Nations": a venue, not a party
            found = self._prep_objects(holders, ("with", "between"), args)
            return found if _others(found, actors) else []
        if entry.pos == "noun" and p.anchor == tok:
            done_to = _place_done_to(tok, args, actors) if entry.event in PLACE_TARGETS else []
            if done_to:  # "Russia's annexation of Crimea", before any party of the verb it is in
                return done_to
            if self._possessor_undergoes(tok):  # "her assassination"
                poss = [c for c in tok.children if c.dep_ == "poss"]
                found = args.of(poss[0]) if poss else []
                if _others(found, actors):
                    return found
            if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ("die", "perish"):
                subj = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
                found = args.of(subj[0]) if subj else []  # "Baghdadi died during a raid by ..."
                if _others(found, actors):
                    return found
            if tok.dep_ == "nsubj":  # "a U.S. drone strike killed Anwar al-Awlaki"; but "a
                # raid on Gaza killed 20 people": what the raid was on is its target
                aimed = self._prep_objects([tok], entry.recipient_preps, args) or (
                    self._place_target(p, [tok], args, {a.actor.id for a in actors})
                    if entry.event in PLACE_TARGETS else [])
                if _others(aimed, actors):
                    return aimed
                obj = [c for c in tok.head.children if c.dep_ == "dobj"]
                found = (args.of(obj[0]) or args.pointed(obj[0])) if obj else []
                if _others(found, actors):
                    return found
        if entry.event in TRANSFERS and "to" in entry.recipient_preps:
            particles = [c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "over")]
            things = [t for c in tok.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
            found = self._prep_objects(holders + particles + things, ("to",), args)  # "handed Hong
            # Kong back to China", "delivered two helicopters and a radar system to Mali's army"
            if _others(found, actors):
                return found
        if entry.pos == "verb" and passive_participle(tok):
            found = args.of(tok.head) or args.pointed(tok.head)  # "hostages seized in 2010"
            if _others(found, actors):
                return found
        patient = self._ordered_patient(tok) if entry.pos == "verb" else None
        if patient is not None:  # "ordered former President Perez Molina jailed"
            found = args.of(patient) or args.pointed(patient)
            if _others(found, actors):
                return found
        if entry.pos == "verb":  # "approved 36 million euros in aid for Ethiopia"
            holders += [g for c in tok.children if c.dep_ == "dobj" for pr in c.children
                        if pr.dep_ == "prep" and pr.lower_ in ("in", "of")
                        for g in pr.children if g.dep_ == "pobj"]
            if has_child(tok, ("agent",)):
                subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
                if not subj and tok.dep_ == "conj":  # "Khrushchev landed ... and was welcomed
                    subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # by Ike"
                if subj:
                    return args.of(subj[0]) or args.pointed(subj[0])
            for c in tok.children:
                if c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS and tok.dep_ == "advcl":
                    c = next((o for o in tok.head.children if o.dep_ == "dobj"), c)  # "expelled
                    # the diplomats, accusing them of spying": 'them' is the main clause's object
                elif c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS and tok.dep_ == "pcomp" \
                        and tok.head.lower_ in TIME_PREPS and not any(
                            s.dep_ in ("nsubj", "nsubjpass") for s in tok.children):
                    c = next((o for o in tok.head.head.children if o.dep_ == "dobj"), c)  # "freed
                    # five hostages, months after seizing them": the main subject's own act, so
                    # 'them' is the main clause's object, not whoever else was named nearer
                if (c.dep_ in ("dobj", "nsubjpass", "dative") and c.lemma_.lower() not in self.instruments
                        and entry.event != "MOBILIZE"):  # "deployed 89,000 police": its own
                    found = args.of(c) or args.pointed(c) or (
                        _owner_of(c, args) if self.match(c) is None else []) or (
                        self._craft_named_before(c, args) if c.dep_ == "dobj" else [])
                    if all(a.how == "generic" or not a.actor.known for a in found):
                        found = _named_among(c, args) or found  # "expelled 13 aid groups, among
                        # them Oxfam and CARE": the members the object names
                    if _others(found, actors) and not (entry.event == "RETREAT" and (
                            _own_ids(found, actors) or self._withdrawn_own(c, found))):
                        return found  # (not "pulling all U.S. forces out of the country": the
                        # forces withdrawn are the actor's own, whatever their sector)
                    holders.append(c)
        for prep_word in entry.recipient_preps:
            found = self._prep_objects(holders, (prep_word,), args)
            if _others(found, actors):
                return found
        if (entry.event in ("REQUEST", "THREATEN", "REJECT", "ACCUSE") or entry.lemma == "say") \
                and entry.pos == "verb":  # (a saying coded as support: "said Israel had a right")
            for c in tok.children:  # "NATO demanded that Russia pull back"
                if c.dep_ == "ccomp":
                    subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                    found = args.of(subj[0]) if subj else []
                    if _others(found, actors):
                        return found
        for found in (self._controlled(tok, args, actors) if entry.event in CONTROL_TARGETS else (),
                      self._condition_subject(p, args) if entry.event == "THREATEN" else (),
                      self._accuser(p, args) if entry.event in ACCUSED_ACTS else ()):
            if _others(found, actors):
                return found
        if entry.event in PLACE_TARGETS and not (entry.event in MUTUAL and len(actors) > 1):
            own = {a.actor.id for a in actors}  # "raids across the country": not a target
            return self._place_target(p, holders, args, own)
        return []

    def _withdrawn_own(self, obj: Token, found: list[Arg]) -> bool:
        """'will pull its troops and settlers out of Sinai', 'agreed to pull out non-local
        troops': unnamed forces (or people the actor's own pronoun owns) that are withdrawn
        are the actor's, not the state the story is filed from."""
        return all(a.how == "generic" for a in found) and self._own_withdrawn_noun(obj)

    def _own_withdrawn_noun(self, obj: Token) -> bool:
        """A force noun ("troops") or one the actor's own pronoun owns ("its settlers"),
        read through coordination ("its troops and settlers")."""
        first = obj
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        if first.lower_ in self.lex.words("quantity_nouns"):  # "withdraw thousands of troops"
            first = next((o for c in first.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj"), first)
        return first.lemma_.lower() in self.own_forces or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in first.children)

    def _addressed(self, p: Predicate, args: Arguments) -> list[Arg]:
        """'voted to call for the withdrawal of foreign troops, in a rebuke to the Soviet
        Union', 'in a snub to Beijing': whom an act is told as a message to."""
        nouns = self.lex.words("address_nouns")
        for t in governing_chain(p.anchor)[:3]:
            for o in (o for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                      for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns):
                found = [a for to in o.children if to.dep_ == "prep" and to.lower_ == "to"
                         for x in to.children if x.dep_ == "pobj" for a in args.of(x)]
                if found:
                    return found
        return []

    def _exchanged_with(self, p: Predicate, args: Arguments, actors: list[Arg]) -> list[Arg]:
        """'agreed to withdraw its missiles in return for a U.S. pledge not to invade', 'dropped
        its objections in exchange for pledges by the two Nordic countries': a give-and-take
        is aimed at whoever gives the other half of it (the noun's owner, not the noun
        itself: "freed 20 prisoners in exchange for a captured pilot")."""
        nouns = self.lex.words("exchange_nouns")
        embedded = [x for c in p.anchor.children if c.dep_ == "xcomp"  # "agreed to remove ..."
                    for x in (c, *(g for g in c.children if g.dep_ == "conj"))]
        for t in governing_chain(p.anchor)[:3] + embedded:
            for given in (g for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                          for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns
                          for f in o.children if f.dep_ == "prep" and f.lower_ == "for"
                          for g in f.children if g.dep_ == "pobj"):
                own = {a.actor.id for a in actors}  # "five of the group's commanders held by
                found = [a for n in (given, *(o for of in given.children if of.dep_ == "prep"  # the
                                              and of.lower_ == "of" for o in of.children))  # government"
                         for v in n.children if v.dep_ == "acl" and v.lemma_.lower() in self.holding_verbs
                         for by in v.children if by.dep_ == "agent"
                         for h in by.children if h.dep_ == "pobj" for a in args.of(h)
                         if a.actor.id not in own]
                if not found:
                    found = [a for a in args.pointed(given) if a.actor.id not in own]
                if not found:  # "pledges by the two Nordic countries": the pair just named
                    found = [a for by in given.children if by.dep_ == "prep" and by.lower_ == "by"
                             for o in by.children if o.dep_ == "pobj" and _names_the_pair(o, self.pair_nouns)
                             for a in _states_named_before(o, actors, args)]
                if found:
                    return found
        return []

    def _ordered_patient(self, verb: Token) -> Token | None:
        """'a judge ordered Lula jailed': in the small clause an order governs, the participle's
        parsed subject is the one it is done to, and the one who ordered it is the actor."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.ordering \
                or verb.tag_ not in ("VBN", "VBD") or any(
                    c.dep_ in ("aux", "auxpass", "mark", "nsubjpass") or c.dep_ == "dobj"
                    and not any(g.lower_ == "pending" for g in c.children)  # "jailed pending trial"
                    for c in verb.children):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or subj.left_edge.i != verb.head.i + 1:
            return None  # (not "..., swept into a village, survivors told aid workers")
        return subj

    def _craft_named_before(self, noun: Token, args: Arguments) -> list[Arg]:
        """'Iran released the British-flagged tanker Stena Impero, two months after its
        Revolutionary Guards seized the ship': a ship or plane named again by a bare craft
        noun ("the ship", "the plane") is the one named before it, and whom that one was."""
        if noun.lemma_.lower() not in self.crafts or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
                or has_child(noun, ("amod", "compound", "poss", "prep")):
            return []
        for t in reversed(noun.doc[:noun.i]):
            if t.lemma_.lower() in self.crafts and t.pos_ == "NOUN":
                head = t.head if t.dep_ == "compound" and t.head.pos_ == "PROPN" else t
                found = args.of(head) or args.pointed(head) or args.pointed(t)
                if found:
                    return found
        return []

    def stormed_scene(self, p: Predicate, events: list[Event], actors: list[Arg],
                      args: Arguments) -> list[Arg]:
        """'Gunmen stormed the Westgate mall ... Kenyan troops stormed the mall', 'Gunmen
        hijacked the liner ... commandos stormed the ship': a place or craft the story told
        attacked or seized, stormed or retaken by another, is stormed against whoever took it;
        so is one whose occupiers the storming verb's own clause names (``_occupiers``)."""
        if p.entry.pos != "verb" or p.token.lemma_.lower() not in self.storming:
            return []
        own = {a.actor.id for a in actors}
        occupiers = self._occupiers(p.token, args, own)
        if occupiers:
            return occupiers
        obj = next((c for c in p.token.children if c.dep_ == "dobj"), None)
        if obj is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            return []
        lemma = obj.lemma_.lower()
        kinds = self.crafts if lemma in self.crafts else {lemma}
        for t in reversed(obj.doc[:p.anchor.sent.start]):  # (in a sentence before)
            if t.lemma_.lower() in kinds and t.pos_ == "NOUN":
                for e in reversed(events):
                    if e.event in ("ASSAULT", "COERCE") and e.evidence.start <= t.idx < e.evidence.end:
                        doers = [found for r in e.actor if r.id not in own
                                 for found in [args.mention(r.id, "anaphora")] if found]
                        if doers:
                            return doers
                return []
        return []

    def _occupiers(self, verb: Token, args: Arguments, own: set[str]) -> list[Arg]:
        """Whoever holds the place stormed, named in a clause of the storming verb: the
        captors of the hostages it frees ("stormed the Japanese ambassador's residence,
        freeing 71 hostages held by Tupac Amaru rebels", "freeing dozens of hostages held by")
        or those it drives out ("stormed the Golden Temple to flush out Sikh militants")."""
        for v in (c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp")):
            for o in (n for c in v.children if c.dep_ == "dobj" for n in (c, *(
                    g for of in c.children if of.dep_ == "prep" and of.lower_ == "of"
                    for g in of.children if g.dep_ == "pobj"))):
                held = [h for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in self.holding_verbs
                        for by in a.children if by.dep_ == "agent"
                        for h in by.children if h.dep_ == "pobj"]
                if not held and v.lemma_.lower() in self.eviction:
                    held = [o]
                found = [a for h in held for a in args.of(h) if a.actor.id not in own]
                if found:
                    return found
        return []

    @staticmethod
    def _prep_objects(holders: list[Token], preps: tuple[str, ...], args: Arguments) -> list[Arg]:
        """The actors named by the objects of ``preps`` on the holders ('at Israel'); a
        place after 'in', 'over' is where, not whom, unless 'against' or 'with' says so."""
        for h in holders:
            for c in h.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                    for obj in c.children:
                        if obj.dep_ == "pobj" and (not args.is_place(obj)
                                                   or c.lower_ in ("against", "with")):
                            found = args.of(obj) or args.pointed(obj)
                            if found:
                                return found
        return []

    def _controlled(self, verb: Token, args: Arguments, actors: list[Arg] = ()) -> list[Arg]:
        """'refused to let U.N. inspectors in', 'refused to hold talks with Japan',
        'threatened to slap a tariff on imports from Mexico', 'warned it could enter the
        Ecuadorean embassy': whom the embedded verb acts on."""
        embedded = [c for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # the parser's "to impose"
        embedded += [c for c in verb.children if c.dep_ == "ccomp" and actors and any(
            s.dep_ == "nsubj" and (s.lower_ in ("it", "they", "we") or any(
                _same_party(a, actors) for a in args.of(s))) for s in c.children)]
        for x in embedded:
            found = self._acted_on(x, args)
            if found:
                return found
        return []

    def _acted_on(self, x: Token, args: Arguments) -> list[Arg]:
        for c in x.children:
            if c.dep_ in ("dobj", "dative"):
                found = args.of(c) or args.pointed(c)
                if found:
                    return found
                hostile = self.match(x)  # "threatened to bomb Gaza": a place attacked stands
                state = args.state_at(c) if hostile is not None and hostile.event in HOSTILE_ACTS \
                    and c.dep_ == "dobj" else None  # for the state it lies in
                if state is not None:
                    return [state]
                preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ in NESTED_TARGET_PREPS]
            elif c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on", "in", "into"):
                preps = [c]
            else:
                continue
            for o in (o for prep in preps for o in prep.children if o.dep_ == "pobj"):
                if args.is_place(o) or o.head.lower_ in ("on", "into"):
                    state = args.state_at(o)  # "threatened to resume attacks in Israel"
                    found = [state] if state is not None else args.of(o) or args.pointed(o)
                else:
                    found = args.of(o) or args.pointed(o)
                if found:
                    return found
        return []

    def _condition_subject(self, p: Predicate, args: Arguments) -> list[Arg]:
        """'threatened to stop the flow of oil if the West imposed sanctions': the threat
        is aimed at the one whose act sets it off."""
        embedded = [c for c in p.anchor.children if c.dep_ == "xcomp"]
        for t in governing_chain(p.anchor)[:3] + embedded:
            for c in t.children:
                if c.dep_ == "advcl" and any(m.lower_ in self.conditions for m in c.children
                                             if m.dep_ == "mark"):
                    subj = [s for s in c.children if s.dep_ == "nsubj"]
                    if subj:
                        return args.of(subj[0])
        return []

    def _ultimatum(self, p: Predicate, actors: list[Arg], attribution: Attribution,
                   aux: set[str], args: Arguments) -> list[Arg] | None:
        """An act the actor itself says (or vows) it will do unless another acts, or a
        hostile act it will do if another does ("vowed to strike back if the United States
        went ahead with tariffs"): whom the condition names (possibly nobody: []), or None
        when this is no threat."""
        speaker = attribution.speaker.id if attribution.speaker else None
        chain = governing_chain(p.anchor)[:2]
        vowed = any(t.lemma_.lower() in self.vows for t in chain[1:])
        if (p.entry.event == "THREATEN" or not aux & {"future", "hypothetical"} or not actors
                or speaker not in {a.actor.id for a in actors} and not vowed):
            return None
        marks = {"unless", "if"} if p.entry.event in HOSTILE_ACTS else {"unless"}
        for t in chain:
            for c in t.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                             for m in c.children):
                    subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                    return [a for a in args.of(subj[0]) if not _same_party(a, actors)] if subj else []
        return None

    def unslotted_recipient(self, p: Predicate, actors: list[Arg], args: Arguments) -> list[Arg]:
        """Recipients no argument slot names, read from the predicate's own construction:
        troops sent "to help Kabila" are for Kabila; an organisation's ministers meeting
        consult it; "let U.N. inspectors visit" concedes to the inspectors."""
        tok, event = p.token, p.entry.event
        if event in ("AID", "MOBILIZE", "SUPPORT"):
            return [a for c in tok.children if c.dep_ in ("advcl", "xcomp")
                    and c.lemma_.lower() in ("help", "assist", "support", "defend")
                    for o in c.children if o.dep_ == "dobj" for a in args.of(o)
                    if not _same_party(a, actors)]
        if event == "CONSULT" and p.entry.pos == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during"):
            found = [a for c in tok.head.head.children if c.dep_ == "dobj"  # "warned Putin in a
                     for a in args.of(c) if not _same_party(a, actors)]  # video call"
            if found:
                return found
        if event == "CONSULT" and len(actors) == 1 and actors[0].actor.type == "igo" \
                and actors[0].text.lower().split()[-1] in self.member_nouns:
            return list(actors)
        if tok.lemma_.lower() in ("let", "allow", "permit"):
            return [a for c in tok.children if c.dep_ == "ccomp" for n in c.children
                    if n.dep_ == "nsubj" for a in args.of(n) if not _same_party(a, actors)]
        return []

    def threat_of(self, event: str) -> dict:
        """The THREATEN reading of a conditional act of type ``event``."""
        return self.lex.grammar["threats"].get(event) or self.lex.grammar["threats"]["other"]

    def _accuser(self, p: Predicate, args: Arguments) -> list[Arg]:
        """'Eritrea accused Ethiopia of bombing Asmara airport': unless the text names
        another target, the accuser says it was hit."""
        prep = p.anchor.head
        if p.anchor.dep_ != "pcomp" or prep.lower_ != "of":
            return []
        accuse = self.match(prep.head)
        if accuse is None or accuse.event != "ACCUSE":
            return []
        return self._subject(prep.head, args)

    def _place_target(self, p: Predicate, holders: list[Token], args: Arguments, own: set[str]) -> list[Arg]:
        """'shelled residential districts of Kharkiv', 'struck a funeral hall in Sanaa':
        a target named only by its place stands for the state of that place; a place of the
        actor's own is passed over ("rushed troops to its frontier with Turkey in Thrace")."""
        objects = [c for h in holders for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [o for h in holders for c in h.children
                    if c.dep_ in ("prep", "prt") and c.lower_ in PLACE_TARGETS[p.entry.event]
                    for o in list(c.children) + [g for ch in c.children if ch.dep_ == "prep"
                                                 for g in ch.children]
                    if o.dep_ == "pobj"]
        for obj in objects:
            if obj.lemma_.lower() in args.money:
                continue  # "60 billion U.S. dollars": the currency's state is no target
            if obj.lemma_.lower() in args.targets:  # "outside the Danish embassy"
                owner = args.of(obj)
                if owner and not {a.actor.id for a in owner} <= own:  # (not "its embassy in
                    return owner                                        # Riyadh": where it is)
            mine = p.entry.event == "RETREAT" and obj.dep_ == "dobj" and self._own_withdrawn_noun(obj)
            for t in [obj][mine:] + [o for c in obj.children if c.dep_ == "prep"
                              and c.lower_ in OBJECT_PLACE_PREPS + PLACE_TARGETS[p.entry.event]
                              for o in c.children if o.dep_ == "pobj"]:  # "fired rockets at Haifa"
                state = args.state_at(t)
                if state is not None and state.actor.id not in own:
                    return [state]
                owners = modifier_chain(t) + [c for c in t.children if c.dep_ == "poss"]
                named = [a for m in owners for a in args.of(m, conj=False)
                         if a.actor.type in ("state", "population") and a.actor.id not in own]
                if named and t.pos_ == "NOUN":  # "the Georgian port of Poti", "a Kurdish town",
                    # "Taiwan's air defence zone"
                    return named[:1]
        return []


    def _earlier_doers(self, p: Predicate, events: list[Event], actors: list[Arg],
                       args: Arguments, recipients: list[Arg]) -> list[Arg]:
        """'The Taliban swiftly rejected the demands', 'the Security Council condemned the
        invasion': a reaction to an act the story told before, named by a definite noun
        with no owner, is aimed at whoever did that act. Those named as what the act was
        done to ("condemned the invasion of the island") are its victims, not the target.
        Returns ``recipients`` when they are no such victims."""
        obj = next((c for c in p.token.children if c.dep_ in ("dobj", "nsubjpass")), None)
        labelled = (obj is not None and p.entry in (self.blame, self.praise)
                    and p.token.lemma_.lower() in self.labelling and label_compounded(obj))
        if labelled:  # "called [the decision] interference in Soviet affairs": what is called is
            obj = obj.doc[obj.i - 1]  # the first noun; the label's own phrase names no victim
        if (p.entry.pos != "verb" or obj is None
                or not labelled and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that")
                                            for c in obj.children)
                or any(c.dep_ in ("poss", "compound", "amod") and args.of(c) for c in obj.children)):
            return recipients
        victims = set()
        for c in obj.children:
            named = {a.actor.id for o in c.children if o.dep_ == "pobj" for a in args.of(o)} \
                if c.dep_ == "prep" else set()
            if named and c.lower_ not in ("of", "on", "against"):
                return recipients
            victims |= named
        if recipients and not (victims and {r.actor.id for r in recipients} <= victims):
            return recipients
        lemma = obj.lemma_.lower()
        told = self.proposals.get(lemma)
        if told is None:
            entry = self.match(obj)
            told = frozenset({entry.event}) if entry is not None and entry.pos == "noun" else None
        own = {a.actor.id for a in actors}
        for earlier in reversed(events) if told else ():
            doers = [found for r in earlier.actor if r.id not in own | victims
                     for found in [args.mention(r.id, "anaphora")] if found]
            if earlier.event in told and doers and victims <= {r.id for r in earlier.recipient}:
                return doers[:1]
        return recipients or ([] if victims else _previous_doer(p.anchor, own, args))

    def case_taken_to(self, p: Predicate, events: list[Event], actors: list[Arg],
                      args: Arguments, recipients: list[Arg]) -> list[Arg]:
        """'accused the United States of mining its harbours and said it would take the case
        to the World Court': the case is the accusation told before, aimed at the one accused;
        the court or forum only hears it. Returns ``recipients`` when no such case is told."""
        obj = next((c for c in p.token.children if c.dep_ == "dobj"), None)
        if p.entry.event != "ACCUSE" or p.entry.pos != "verb" or obj is None \
                or obj.lemma_.lower() not in self.lex.words("case_nouns") \
                or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "their")
                           for c in obj.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("against", "with") for c in obj.children):
            return recipients  # ("took its case against Chile to the court": 'against' names it)
        own = {a.actor.id for a in actors}
        for earlier in reversed(events):
            if earlier.event == "ACCUSE" and own & {r.id for r in earlier.actor}:
                accused = [found for r in earlier.recipient if r.id not in own
                           for found in [args.mention(r.id, "anaphora")] if found]
                if accused:
                    return accused[:1]
        return recipients

    def _claimed_act_targets(self, p: Predicate, events: list[Event], actors: list[Arg],
                             args: Arguments) -> list[Arg]:
        """'Drones struck Saudi Aramco's plants. The Houthis claimed responsibility for the
        attack', '... said Iran was behind the attack': an act told before and owned (or
        blamed on someone) now, named by a definite noun, is aimed at whom that act was."""
        noun = p.token
        if p.entry.pos != "noun" or p.anchor is noun or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that") for c in noun.children):
            return []
        own = {a.actor.id for a in actors}
        told = [e for e in reversed(events)  # (in a sentence before)
                if e.event == p.entry.event and e.evidence.end <= p.anchor.sent.start_char]
        hosted = [e for e in told if e.location is not None  # aimed only at where it happened
                  and {r.id for r in e.recipient} == {e.location.country}]
        for earlier in [e for e in told if e not in hosted] + hosted:  # a named target first
            targets = [found for r in earlier.recipient if r.id not in own
                       for found in [args.mention(r.id, "anaphora")] if found]
            if targets:
                return targets
        return []

    def _paid_back(self, p: Predicate, events: list[Event], actors: list[Arg], args: Arguments,
                   kinds: frozenset[str] | None = None) -> tuple[Event, list[Arg]] | None:
        """'U.S. warplanes struck Libya. Libya vowed to retaliate', 'vowed revenge', 'and the
        South's military fired back': paying back, with no target named, is aimed at whoever
        the story last told acted against the actor.  The act answered (of ``kinds``, if
        given) and its doers (None when the predicate is no retaliation or the story tells
        no such act)."""
        words = {t.lemma_.lower() for t in (p.token, p.anchor)} | {
            c.lemma_.lower() for c in p.token.children if c.dep_ in ("dobj", "pobj")} | {
            f"{p.token.lemma_.lower()} {c.lemma_.lower()}" for c in p.token.children
            if c.dep_ in ("dobj", "prt", "advmod", "prep")}  # "fired back", "returned fire"
        if not words & self.retaliation:
            return None
        own = {a.actor.id for a in actors}
        side = own | {a.actor.country for a in actors if a.actor.country}  # a group pays back
        for earlier in reversed(events):  # what was done to its people ('a Palestinian gunman')
            if side & {r.id for r in earlier.recipient} and (kinds is None or earlier.event in kinds):
                doers = [found for r in earlier.actor if r.id not in own
                         for found in [args.mention(r.id, "anaphora")] if found]
                if doers:
                    return earlier, doers
        return None

    def captor(self, p: Predicate, recipients: list[Arg], events: list[Event],
               args: Arguments) -> list[Arg]:
        """'demanded the release of X', 'called for his release': whoever the story told
        seized or arrested X."""
        demanded = [o for c in p.token.children
                    for o in ([c] if c.dep_ == "dobj" else
                              [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])]
        released = [o for o in demanded if o.lemma_.lower() in self.release_nouns]
        holders = [a for o in released for of in o.children if of.dep_ == "prep" and of.lower_ == "of"
                   for held in of.children if held.dep_ == "pobj"
                   for v in held.children if v.dep_ == "acl" and v.lemma_.lower() in self.holding_verbs
                   for by in v.children if by.dep_ in ("agent", "prep") and by.lower_ in ("by", "in")
                   for h in by.children if h.dep_ == "pobj" for a in args.of(h)]
        if holders:  # "the release of 700 Lebanese prisoners held by Israel"
            return holders
        if not recipients:  # "called for his immediate release": whom 'his' stands for
            recipients = [a for o in released for c in o.children if c.dep_ == "poss" for a in args.of(c)]
        if not recipients or any(r.actor.type == "state" for r in recipients) or not released:
            return []  # "the release of prisoners held in Israel": Israel holds them
        held = {r.actor.id for r in recipients}
        for earlier in reversed(events):
            if earlier.event in ("COERCE", "ASSAULT") and held & {r.id for r in earlier.recipient}:
                doers = [found for a in earlier.actor if a.id not in held
                         for found in [args.mention(a.id, "anaphora")] if found]
                if doers:
                    return doers
        return []

    @staticmethod
    def _mutual_pair(events: list[Event], args: Arguments, n: int) -> list[Arg]:
        """The two parties of the story's latest event when they did it together and it was
        told in sentence ``n`` or the one before: "Croatian and Bosnian Muslim leaders met
        ..., and they agreed" -> both; "Rebels attacked a post. They ..." -> none."""
        if not events or events[-1].evidence.sentence < n - 1:
            return []
        last = events[-1]
        ids = list(dict.fromkeys(r.id for r in last.actor))
        if len(ids) != 2 or set(ids) != {r.id for r in last.recipient}:
            return []
        pair = [found for i in ids for found in [args.mention(i, "anaphora")] if found]
        return pair if len(pair) == 2 else []

    @staticmethod
    def _last_pair(events: list[Event], args: Arguments, before: Token | None = None) -> list[Arg]:
        """The two sides of the latest event the story told between two parties; else the
        two states named before ``before`` in its sentence, or in the sentence before ("The
        United States and the Soviet Union addressed the Assembly. The two countries ...")."""
        for earlier in reversed(events):
            ids = list(dict.fromkeys(r.id for r in (*earlier.actor, *earlier.recipient)))
            if len(ids) == 2:
                pair = [found for i in ids for found in [args.mention(i, "anaphora")] if found]
                if len(pair) == 2:
                    return pair
        if before is None:
            return []
        spans = [(before.sent.start, before.i)]  # "Russian gas flowed to Ukraine after the two countries ..."
        if before.sent.start > 0:
            previous = before.doc[before.sent.start - 1].sent
            spans.append((previous.start, previous.end))
        for start, end in spans:
            states = list(dict.fromkeys(h.actor.id for h in sorted(args.found.mentions, key=lambda h: h.start)
                                        if start <= h.start_tok < end and h.actor.type == "state"))
            if len(states) == 2:
                return [found for i in states for found in [args.mention(i, "anaphora")] if found]
        return []


def _previous_doer(anchor: Token, own: set[str], args: Arguments) -> list[Arg]:
    """Who did what the sentence before tells, for a reaction to it that no coded act
    names: "China's parliament passed a law ... Taiwan's government called the law a blank
    cheque" -> China; "U.S. cruise missiles destroyed a factory. Sudan condemned the attack"."""
    sent = anchor.sent
    if sent.start == 0:
        return []
    root = anchor.doc[sent.start - 1].sent.root
    doers = [a for s in root.children if s.dep_ == "nsubj" for a in args.of(s)]
    return doers[:1] if doers and not {a.actor.id for a in doers} & own else []


def sole_other(anchor: Token, actors: list[Arg], args: Arguments,
                instruments: frozenset[str], led: set[str] = frozenset(),
                mediation: frozenset[str] = frozenset(), aside: frozenset[int] = frozenset()) -> list[Arg]:
    """With no argument slot naming a target, the one other actor the predicate's own
    clause names, if there is exactly one ("Israel responded with air strikes on
    Hezbollah positions"), else the one other its sentence names (often whoever reports
    it: "Ethiopian officials said Eritrean warplanes struck a school").  Not counted:
    places, news outlets, the actor's own phrase ("Tanks loyal to President Yeltsin") and
    the money an act is counted in ("60 billion U.S. dollars"), nor the organisation the
    actor leads or the one who leads the actor (``led``: "Boko Haram leader Abubakar Shekau
    claimed ...", "UNITA leader Jonas Savimbi told his followers to disarm"), nor a broker
    (``mediation``: "under a Russian-brokered deal", "under the auspices of Norway"), nor
    the tokens ``aside`` (what a withdrawal withdraws: "pull its troops and settlers out")."""
    sent = anchor.sent
    skip = {t.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass", "agent")
            for t in c.subtree} | set(aside)
    skip |= {t.i for c in anchor.subtree if c.dep_ in ("ccomp", "parataxis") and c.i != anchor.i
             for t in c.subtree}
    skip |= {t.i for c in anchor.children if _own_act_beside(c) for t in c.subtree}
    skip |= {t.i for t in sent if t.dep_ in ("compound", "nmod", "amod") and t.head.lemma_.lower() in instruments
             or _brokers(t, mediation)}
    own = {a.actor.id for a in actors} | set(led)
    state_side = {a.actor.id for a in actors if a.sector in STATE_SIDE
                  and a.how != "demonym"}  # "Zimbabweans marched on ...": the people, not the state
    observers = {t.i for v in sent if v.lemma_.lower() in REPORTING_VERBS for c in v.children
                 if c.dep_ == "nsubj" for t in c.subtree} if any(  # "..., Human Rights Watch said"
        h.actor.type == "ngo" and sent.start <= h.start_tok < sent.end for h in args.found.mentions) else set()
    for span in (range(anchor.left_edge.i, anchor.right_edge.i + 1), range(sent.start, sent.end)):
        others = {}
        for hit in args.found.mentions:
            if (hit.start_tok in span and hit.start_tok not in skip
                    and not (hit.actor.type == "ngo" and hit.start_tok in observers)
                    and hit.start_tok not in args.found.places and hit.actor.type != "media"
                    and hit.how not in ("capital", "seat") and hit.actor.id not in own
                    and not args.kin_named(sent.doc[hit.start_tok:hit.end_tok].root)
                    and not args.model_name(sent.doc[hit.start_tok:hit.end_tok].root)
                    and not _own_side(hit, state_side, args)
                    and not any(a.start <= hit.start < a.end for a in actors)):
                others.setdefault(args.in_office(arg_of(hit)).actor.id, hit)  # "King Hassan": Morocco
        if len(others) > 1:  # "after Chinese soldiers pitched tents on its side of the Line
            # of Actual Control": a name the knowledge base lacks is no party beside a known one
            others = {i: hit for i, hit in others.items()
                      if hit.actor.known or hit.actor.type not in ("other", "person")}
            if len(others) != 1:
                return []
        if others:
            return [arg_of(next(iter(others.values())), "clause")]
    return []


def _partnered(doc, found: Arg) -> bool:
    """A seat or capital named as a partner ("signed a pact with Moscow"), not a venue."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    t = span.root if span is not None else None
    while t is not None and t.dep_ in ("compound", "pobj", "poss", "nmod") and t.head != t:
        t = t.head
        if t.dep_ == "prep":
            return t.lower_ in ("with", "between", "to")
    return False


def _brokers(t: Token, mediation: frozenset[str]) -> bool:
    """A word naming the third party of a mediation: 'Russian' in "Russian-brokered",
    'Qatar' in "mediated by Qatar", 'Norway' in "under the auspices of Norway"."""
    while t.dep_ == "conj" and t.head != t:  # "mediated by Qatar and Egypt"
        t = t.head
    dep = t.dep_  # (most words are neither: no Token of their head is made for them)
    if dep in ("npadvmod", "compound", "amod", "nmod", "poss"):
        head = t.head
        return head.lemma_.lower() in mediation or head.lower_ in mediation
    if dep == "pobj" and (head := t.head).dep_ in ("agent", "prep"):
        return head.head.lemma_.lower() in mediation or head.head.lower_ in mediation
    return False


def _own_side(hit, own: set[str], args: Arguments) -> bool:
    """A mention of the acting state's own people in office or uniform: 'Reagan' when the
    United States refused, the Red Army when Soviet soldiers withdrew (not the president
    whom a state's unions strike against)."""
    a = hit.actor
    if a.type == "person":
        return args.in_office(arg_of(hit)).actor.id in own
    return bool(a.country in own and a.sector in ("MIL", "GOV", "COP", "SPY"))


def insurgents_state(actors: list[Arg], args: Arguments, doc=None) -> list[Arg]:
    """An insurgency's act with no target named is aimed at the state it fights ("Colombia's
    ELN rebels declared a unilateral ceasefire" -> Colombia): the knowledge base's country
    of the group, where the document names that state (or, given ``doc``, a place in it:
    "BELFAST - The IRA has put its weapons beyond use" -> Britain)."""
    countries = {a.actor.country for a in actors}
    if not actors or len(countries) != 1 or any(a.actor.type != "armed_group" for a in actors):
        return []
    country = countries.pop()
    named = args.mention(country, "place")
    if named is None and doc is not None and args.context_country == country:
        named = dateline_state(doc, args)
    return [named] if named else []


def dateline_state(doc, args: Arguments) -> Arg | None:
    """The state the story is filed from, as the place its dateline names ("KINGSTON
    (Reuters) - ..." -> Jamaica), or None without a dateline placed in a state."""
    state = args.state_of(args.context_country) if args.context_country else None
    line = DATELINE.match(text_of(doc))
    if state is None or line is None:
        return None
    place = line.group(0).strip().split("(")[0].split(",")[0].strip()
    at = line.group(0).find(place) + line.start()
    return Arg(state, place, at, at + len(place), "place")


def _chain_subjects(anchor: Token) -> list[Token]:
    """The subjects of ``anchor``'s clause, or of the verb it is the complement or the
    conjunct of: "the two governments agreed to start negotiating" -> governments."""
    subjects: list[Token] = []
    for t in governing_chain(anchor)[:3]:
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or t.dep_ not in ("xcomp", "conj"):
            break
    return subjects


def both_sides(anchor: Token, pair_nouns: frozenset[str]) -> bool:
    """A subject that stands for the two parties just named: "the two leaders", "both
    governments", "each side"."""
    return any(_names_the_pair(subj, pair_nouns) for subj in _chain_subjects(anchor))


def they_subject(anchor: Token) -> bool:
    """A subject "they": "met in Washington, and they agreed to form a federation"."""
    return any(subj.lower_ == "they" for subj in _chain_subjects(anchor))


def both_objects(verb: Token, pair_nouns: frozenset[str]) -> bool:
    """An object that stands for the two parties just named: "praised both leaders"."""
    return any(c.dep_ == "dobj" and _names_the_pair(c, pair_nouns) for c in verb.children)


def _states_named_before(noun: Token, actors: list[Arg], args: Arguments) -> list[Arg]:
    """The two states other than the actors named in ``noun``'s sentence before it."""
    own = {a.actor.id for a in actors}
    sent = noun.sent
    states = list(dict.fromkeys(h.actor.id for h in sorted(args.found.mentions, key=lambda h: h.start)
                                if sent.start <= h.start_tok < noun.i and h.actor.type == "state"
                                and h.actor.id not in own))
    if len(states) != 2:
        return []
    return [found for i in states for found in [args.mention(i, "anaphora")] if found]


def _names_the_pair(noun: Token, pair_nouns: frozenset[str]) -> bool:
    words = {c.lower_ for c in noun.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    return noun.lemma_.lower() in pair_nouns and bool(words & {"two", "both", "each"})


def _owner_of(noun: Token, args: Arguments, depth: int = 2) -> list[Arg]:
    """'recognised the independence of Georgia's breakaway regions of Abkhazia': whom a
    chain of 'of' phrases ends at (not through an event noun: the caller checks the first)."""
    if args.is_kin(noun):
        return []  # "the son of President Yeltsin"
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for o in prep.children:
                if o.dep_ == "pobj":
                    return (args.of(o) or (_owner_of(o, args, depth - 1) if depth > 1 else [])
                            or args.pointed(o))  # the regions "of Abkhazia" before "Georgia's"
    return []


def _named_among(obj: Token, args: Arguments) -> list[Arg]:
    """The actors an "among them" insertion after ``obj`` names, in its own clause: "rounded
    up dozens of opposition leaders on Tuesday, among them Hailu Shawel" -> Hailu Shawel."""
    doc = obj.doc
    for t in doc[obj.i + 1:obj.sent.end - 2]:
        if t.pos_ in ("VERB", "AUX"):
            return []
        if t.lower_ == "among" and doc[t.i + 1].lower_ in ("them", "those"):
            named = doc[t.i + 2]
            while named.dep_ in ("compound", "flat", "amod", "nummod", "det") and named.head.i > named.i:
                named = named.head  # "Hailu Shawel", "several members of ..."
            found = args.of(named)
            return found if any(a.how != "generic" and a.actor.known for a in found) else []
    return []


def _own_ids(found: list[Arg], actors: list[Arg]) -> bool:
    """True when ``found`` are all the actors' own, in whatever sector."""
    return {f.actor.id for f in found} <= {a.actor.id for a in actors}


def _others(found: list[Arg], actors: list[Arg]) -> bool:
    """True when ``found`` names someone besides the actors."""
    return any(not _same_party(f, actors) for f in found)


def _same_party(recipient: Arg, actors: list[Arg]) -> bool:
    """A recipient that is one of the actors: the same actor, on the same side of it --
    a state and its organs are one party, its society another ("Egyptian police arrested
    protesters in Cairo": EGY/COP -> EGY/CVL; "Ukraine accused separatists": UKR -> UKR/REB)."""
    def one(a: Arg) -> bool:
        if a.sector == recipient.sector:
            return True
        if a.sector and recipient.sector:
            return False
        return a.actor.type != "state" or (a.sector or recipient.sector) in STATE_SIDE
    return any(a.actor.id == recipient.actor.id and one(a) for a in actors)


# Markers of a clause that tells what else happened meanwhile ("as the United Nations called
# for a ceasefire"), not whom the main clause's act was aimed at.
MEANWHILE_MARKERS = {"as", "while", "whilst"}


def _own_act_beside(clause: Token) -> bool:
    """A clause joined to a predicate that tells another actor's own act: a coordinated
    clause with its own subject ("..., and Syria's air defences fired missiles") or one
    of meanwhile ("as the United Nations called for a ceasefire"). Its parties are not
    the target of the predicate's act."""
    if clause.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if clause.dep_ == "conj":
        return True
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in MEANWHILE_MARKERS for c in clause.children)


def _place_done_to(noun: Token, args: Arguments, actors: list[Arg]) -> list[Arg]:
    """The state of the place an event noun's 'of' names, if it names one: what the
    act was done to ("the annexation of Crimea" -> Ukraine, "the shelling of Kharkiv"), not
    whoever the clause around the noun names ("Germany condemned ...")."""
    own = {a.actor.id for a in actors}
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for obj in c.children:
                if obj.dep_ == "pobj":
                    state = args.state_at(obj)
                    return [state] if state is not None and state.actor.id not in own else []
    return []


def label_compounded(obj: Token) -> bool:
    """The parser's one noun phrase for what is called and its bare label: "called [the
    decision interference]", "called [the seizure piracy]" (the article before the first
    noun, a singular common noun right before a singular label with no article of its own)."""
    before = [c for c in obj.children if c.i < obj.i]
    return (obj.tag_ == "NN" and len(before) == 2 and before[0].dep_ == "det"
            and before[0].lower_ in ("the", "this", "that")
            and before[1].dep_ == "compound" and before[1].tag_ == "NN" and before[1].i == obj.i - 1
            and before[0].i == obj.i - 2)
