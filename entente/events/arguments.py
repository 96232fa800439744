"""Turns a syntactic argument (a token) into the actors it denotes.

"Al Qaeda's leader, Ayman al-Zawahiri" -> Zawahiri (apposition);
"Russian warplanes" -> Russia; "captives affiliated with al Qaeda" -> al Qaeda;
"the communique from Zawahiri" -> Zawahiri; "which" -> the noun its clause modifies;
"Washington and Moscow" -> both (conjunction).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Token

from ..actors.coref import REPORTING_VERBS, previous_clauses, reporting_words
from ..actors.resolve import ActorInfo, DocActors, MentionHit, slug
from ..nlp import has_child, span_text, tokens_with_dep, tokens_with_pos
from ..records import ActorRef
from .lexicon import Lexicon

# Sectors whose unnamed members are actors ("protesters", "rebels"); an army or a police
# force without its state ("troops were deployed") is not.
GENERIC_SECTORS = {"CVL", "REB", "JRN", "UAF", "REF", "LAB", "OPP", "REL", "EDU", "MED", "NGO", "AGR", "HLH"}
# A state's civil organs: named without their state ("the authorities", "police"), they
# are the state where the sentence or the dateline places them.
STATE_ORGANS = {"GOV", "COP", "JUD", "LEG"}
# Unnamed collectives that fight the state or stand apart from it: never the state itself.
OWN_SIDES = {"REB", "UAF", "NGO"}
# Collectives that fight the state or oppose it: a faith that names them ("Muslim
# militants"), or the nationality of the state the story is in ("Chadian rebels" in a story
# from N'Djamena, "the Syrian opposition" from Damascus), says who they are, and does not
# make them that faith's people or that state (a state's name before the sectors of
# sectors.yaml 'groups' makes a group of their own anywhere: Arguments._group). Combatants
# a nationality names are that side's ("Kampuchean resistance fighters" against Vietnam's
# army, seen from Bangkok).
APART_SIDES = {"REB", "OPP"}
# Actors a state's name before them only places: "Colombia's ELN rebels" are the ELN.
ORGANISED = {"armed_group", "party", "company"}
# A person's sectors that make his organs his state's ("Assad's forces": Syria's).
STATE_OFFICES = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
RELATIVE_PRONOUNS = {"which", "who", "whom", "that", "whose"}
# Prepositions after which a state's name is where something happens ("in Syria"), not
# whom it happens to ("missiles at Israel", "an attack on Iraq" name a target).
LOCATIVE_PREPS = {"in", "over", "near", "inside", "across", "throughout", "outside", "around",
                  "within"}
_THROUGH_PLACE = LOCATIVE_PREPS | {"through"}  # (_sentence_state: made once)
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "outside"}
POINTER_PREPS = ("of", "from", "by")


@dataclass(frozen=True, slots=True)
class Arg:
    actor: ActorInfo
    text: str
    start: int
    end: int
    how: str
    sector: str | None = None   # of this mention: "Russian warplanes" -> MIL

    def ref(self) -> ActorRef:
        return self.actor.ref(self.text, self.sector)


class Arguments:
    def __init__(self, found: DocActors, lexicon: Lexicon, state_of=None,
                 context_country: str | None = None, sector_of=None, rebels_of=None,
                 groups: dict[str, str | None] | None = None):
        """``state_of(country_id)`` gives the state actor a person's organs belong to
        ("Assad's forces" -> Syria); without it such phrases keep the person.
        ``context_country`` is where the story is filed from (its dateline). ``groups``:
        the sectors whose members a state names are a group of their own, with the head
        noun of their names or None (sectors.yaml, KnowledgeBase.group_sectors)."""
        self.found = found
        self.context_country = context_country
        self.place_country = None  # token -> ISO alpha-3, set by the pipeline when it can
        self.adjective_of = lambda _actor_id: None  # VEN -> 'Venezuelan', set by the pipeline
        self.actor_info = lambda _actor_id: None  # an id's actor on the story's day, set by the pipeline
        self.state_of = state_of or (lambda _country: None)
        # "warplanes" -> MIL, "security forces" -> COP: the knowledge base's sector words
        self.sector_of = sector_of or (lambda _word: None)
        # country -> the one armed group of that country the knowledge base knows then
        self.rebels_of = rebels_of or (lambda _country: None)
        self.groups = groups or {}
        self.targets = lexicon.words("target_nouns")
        self.divided = lexicon.grammar["divided_nations"]
        self.state_buildings = lexicon.words("state_buildings")
        self.quantities = lexicon.words("quantity_nouns")
        self.instruments = lexicon.words("instrument_nouns") | lexicon.words("fire_nouns")
        self.money = lexicon.words("money_nouns")
        self.state_markers = lexicon.words("state_force_markers")
        self.carrying_verbs = lexicon.words("carrying_verbs")
        self.goal_preps = lexicon.words("goal_preps")  # where an act sends someone (_in_goal)
        self.sending_verbs = lexicon.words("sending_verbs")
        self.relational = lexicon.words("relational_nouns")
        self.role_nouns = lexicon.words("role_nouns")
        self.churches = lexicon.grammar["faith_churches"]
        self.unnamed_forces = lexicon.words("unnamed_forces")
        self.unnamed_aircraft = lexicon.words("unnamed_aircraft")
        self.unnamed_bodies = lexicon.words("unnamed_bodies")
        self.faiths = lexicon.words("faiths")
        self.combatants = lexicon.words("combatant_nouns")
        self.participation = lexicon.words("participation_nouns")
        self.charges = lexicon.words("charge_verbs")
        self.kinship = frozenset(lexicon.grammar["kinship_nouns"])
        self.pointer_nouns = (lexicon.words("message_nouns") | lexicon.words("proxy_nouns")
                              | frozenset(lexicon.grammar["roles"]))
        # noun -> _sector_words(noun): the parse and the knowledge base decide it, and the
        # coder asks it of the same nouns again and again
        self._sector_words_of: dict[int, tuple[str | None, str]] = {}  # by the noun's position

    def of(self, tok: Token, *, conj: bool = True, _depth: int = 0) -> list[Arg]:
        """The actors ``tok`` denotes, with those of its conjuncts."""
        if _depth > 6:
            return []
        own = self._own(tok, _depth)
        args = list(own)
        owned = has_child(tok, ("poss",))
        if conj:
            for c in tok.children:
                if c.dep_ == "conj":
                    more = self.of(c, conj=True, _depth=_depth + 1)
                    if owned and more and all(a.how == "generic" for a in more):
                        more = [self._organ(a, c, more[0].sector) for a in own]
                    args += more  # "its troops and settlers": both Israel's
        seen: set[str] = set()
        return [a for a in args if not (a.actor.id in seen or seen.add(a.actor.id))]

    def mention(self, actor_id: str, how: str) -> Arg | None:
        """The actor's first mention in the text, as an argument found by ``how``."""
        hit = min((h for h in self.found.mentions if h.actor.id == actor_id),
                  key=lambda h: h.start, default=None)
        return None if hit is None else arg_of(hit, how)

    def remember(self, args: list[Arg], doc) -> None:
        """Keep the phrases arguments were resolved from as mentions of their actors."""
        for a in args:
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is not None:
                self.found.note(MentionHit(a.actor, span.start, span.end, a.start, a.end,
                                           a.text, a.how, a.sector))

    def note_organs(self, doc) -> None:
        """Keep every phrase that names an actor's part ("Turkish troops", "Iraqi police",
        "Assad's forces") as a mention with its sector, whether or not an event uses it."""
        for tok in tokens_with_pos(doc, (NOUN, PROPN)):
            if self.found.at(tok) is None and self.sector_of_noun(tok):
                self.remember([a for a in self.of(tok, conj=False) if a.sector], doc)

    def state_at(self, tok: Token) -> Arg | None:
        """The state a place token names or lies in (state names and capitals; other
        places through ``place_country`` when the pipeline provides a gazetteer)."""
        hit = self.found.at(tok)
        if hit is not None and hit.actor.type == "state":
            return Arg(hit.actor, hit.text, hit.start, hit.end, "place")
        if (tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.ent_type_ == "PERSON" and tok.dep_ == "pobj"
                and self.found.at(tok) is None or self._slot_name(tok)) \
                and self.place_country is not None:  # "city of Kherson"
            country = self.place_country(tok)
            state = self.state_of(country) if country else None
            if state is not None:
                return Arg(state, tok.text, tok.idx, tok.idx + len(tok), "place_in")
        return None

    def _slot_name(self, tok: Token) -> bool:
        """A name no actor claims in a place slot, whatever the tagger called it: "Mariupol"
        (ORG) in "the shelling of Mariupol", "Rafah" in "bombed Rafah"."""
        if tok.pos_ != "PROPN" or self.found.at(tok) is not None:
            return False
        from ..place import in_place_slot  # (the place module imports the actors')
        return in_place_slot(tok.doc[tok.i:tok.i + 1])

    def is_kin(self, tok: Token) -> bool:
        """'widow', 'son', 'brother': a noun of kinship, which names a relative of the
        person it points to ("the widow of Salvador Allende"), not that person."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.kinship

    def kin_named(self, tok: Token) -> bool:
        """Is ``tok`` the person a noun of kinship relates someone to: "Allende" in "widow
        of President Salvador Allende", "Yeltsin" in "Yeltsin's son"?"""
        t = tok
        while t.dep_ in ("compound", "flat") and t.head != t:
            t = t.head
        if t.dep_ == "poss":
            return self.is_kin(t.head)
        return t.dep_ == "pobj" and t.head.lower_ == "of" and self.is_kin(t.head.head)

    def is_place(self, tok: Token) -> bool:
        """True when the token names a place here (the object of 'in', 'over', ...)."""
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS

    def _own(self, tok: Token, depth: int) -> list[Arg]:
        hit = self.found.at(tok)
        if hit is not None:
            if hit.how in ("capital", "alias", "seat") and self.is_place(tok) and (
                    hit.actor.type == "state" or hit.how == "seat"):
                return []  # "talks in Tehran", "ministers met in Brussels": places
            if not hit.actor.known and hit.actor.type == "other" \
                    and tok.lemma_.lower() in self.state_buildings:
                return self._state_building(tok)  # "seized the National Palace": a building
            return [arg_of(hit)]
        if tok.lower_ in self.divided and any(c.lower_ == "two" for c in tok.children):
            return [Arg(state, tok.text, tok.idx, tok.idx + len(tok), "alias")  # "the two Koreas"
                    for state in map(self.state_of, self.divided[tok.lower_]) if state is not None]
        if tok.lower_ == "their" and tok.dep_ == "poss":  # "urged Pakistan and India to
            antecedent = plural_antecedent(tok, self.found)  # exercise restraint after their
            return [] if antecedent is None else self.of(antecedent, _depth=depth + 1)  # air forces clashed"
        if tok.lower_ == "they" and tok.dep_ == "nsubj":  # "Opposition lawmakers
            antecedent = self._unnamed_previous_subject(tok)  # walked out of parliament. They
            if antecedent is not None:  # accused the prime minister": no name for coref to find
                return self.of(antecedent, conj=False, _depth=depth + 1)
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            antecedent = self.found.at(tok.head.head)  # "exile in Nigeria, which has offered"
            if antecedent is not None:
                return [arg_of(antecedent)]
            return self.of(tok.head.head, conj=False, _depth=depth + 1)
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") and not (tok.pos_ in ("NUM", "ADJ")
                                                             and tok.lower_ in self.quantities) \
                and not _nominal_adjective(tok):
            return []  # ("two of her bodyguards" is counted by its noun)
        appos = [a for c in appositions(tok) for a in self.of(c, conj=False, _depth=depth + 1)]
        if appos:
            return appos
        if self.is_kin(tok):
            return self._kin_of_people(tok, depth)  # "the son of President Yeltsin" is not Yeltsin
        if tok.lower_ in self.quantities:  # "thousands of protesters"
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            return self.of(p, conj=False, _depth=depth + 1)
        if tok.lemma_.lower() in self.targets and not self.sector_of_noun(tok):
            return self._target(tok, depth)
        sector = self.sector_of_noun(tok)
        if sector == "REL" and (church := self._church_of_faith(tok)) is not None:
            return [self._organ(church, tok, sector)]  # "Nigeria's Catholic bishops": the Church's
        if sector and has_child(tok, ("poss",)) and (named := self._named_body(tok)):
            return [self._organ(a, tok, sector) for a in named]  # "Tunisia's powerful UGTT labour
            # union": the union, not Tunisia
        if sector or tok.lemma_.lower() in self.pointer_nouns or tok.lower_ in self.pointer_nouns:
            found = self.pointed(tok, depth) or self._placed(tok)
            if sector is None:
                return found
            if found and sector == "GOV" and all(a.actor.type == "population" for a in found) \
                    and any(c.lemma_.lower() in PEOPLE_LED for c in modifier_chain(tok)):
                state = self._sentence_state(tok) or (
                    self.state_of(self.context_country) if self.context_country else None)
                if state is not None:  # "the Muslim-led government", "the Tutsi-dominated
                    return [self._organ(Arg(state, tok.text, tok.idx, tok.idx + len(tok),  # cabinet":
                                            "generic", sector), tok, sector)]  # the state's, no people's
            words = self._sector_words(tok)[1]
            if words[:len(tok)].lower() == tok.lower_ and len(words) > len(tok):  # "the Secretary of
                found = [a for a in found if a.actor.type == "person"  # State" is the title's,
                         or not tok.idx <= a.start < tok.idx + len(words)]  # "... John Kerry" not
            if not found and sector in STATE_ORGANS | {"MIL", "SPY"}:  # "a British naval task force":
                found = self._named_by_modifiers(tok, depth)  # the state's own, wherever it is
            if not found and sector in STATE_ORGANS:  # "an Auckland court", "Karachi police": a
                found = self._organ_of_town(tok)     # town's court or police is its state's
            plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith(("s", "men"))
            if not found and sector in GENERIC_SECTORS and plural:
                return [self.generic(tok, sector)]  # "protesters", "rebels": who, unnamed
            if not found and sector in GENERIC_SECTORS and tok.lower_ in self.unnamed_bodies \
                    and _the_one(tok) and not _indefinite(tok) \
                    and not any(c.pos_ == "PROPN" for c in tok.children):  # not "the RMT union":
                return [self.generic(tok, sector)]  # "the union called a strike": its people
            if not found and (sector in STATE_ORGANS and not _indefinite(tok, self._sector_words(tok)[1])
                              or sector == "MIL" and (_the_one(tok) or self._the_states(tok)
                                                      or plural and tok.lower_ in self.unnamed_forces
                                                      and not has_child(tok, ("det",)))):
                state = self._sentence_state(tok) or self._officer_state(tok) or (
                    self.state_of(self.context_country) if self.context_country else None)
                if state is not None:  # "the authorities", "police" in a story from Cairo
                    return [Arg(state, tok.text, tok.idx, tok.idx + len(tok), "generic", sector)]
            if not found and sector == "MIL" and plural and tok.lower_ in self.unnamed_aircraft \
                    and not has_child(tok, ("det", "poss")):
                state = self._sentence_force_state(tok, depth)
                if state is not None:  # "Chile's armed forces ... after jets bombed the palace"
                    return [Arg(state, tok.text, tok.idx, tok.idx + len(tok), "generic", sector)]
            if found and sector in APART_SIDES | {"UAF"} and all(a.how == "ethnic" for a in found):
                return [self._ethnic(tok, sector, found[0], self._sector_phrase(tok))]
                # "ethnic Albanian rebels": the people's armed men, neither Albania nor all Albanians
            if found and sector in self.groups and tok.lower_ not in self.combatants \
                    and (plural or self.groups[sector]) \
                    and len({a.actor.id for a in found}) == 1 and found[0].actor.type == "state":
                return [self._group(tok, sector, found[0])]  # "Chadian rebels", "rebels in Mali"
            if found and sector in APART_SIDES and tok.lower_ not in self.combatants and all(
                    a.actor.id in self.faiths or a.actor.type == "state" and a.how == "adjective"
                    and a.actor.id == self.context_country for a in found):
                return [self.collective(tok, sector)]  # "Muslim militants", "the Syrian opposition"
            return [self._organ(a, tok, sector) for a in found]
        if tok.pos_ == "NOUN" and (tok.tag_ == "NNS" or tok.lemma_.lower() in self.instruments):
            # "Chinese censors", "Qatari mediators", "a Russian missile":
            if tok.lemma_.lower() in self.relational | self.money:  # "Burundi's neighbours" are
                return []  # not Burundi, "U.S. dollars" not the United States
            named = self._modified(tok, depth) or self._placed(tok)  # "athletes from Tanzania"
            if not named and tok.tag_ == "NNS" and tok.lemma_.lower() in self.role_nouns:
                return [self.generic(tok, self._modifier_sector(tok))]  # "army majors", "war veterans"
            if tok.tag_ != "NNS" and not all(a.actor.type in ("state", "armed_group") for a in named):
                return []  # "the Buk missile": a weapon's name is nobody (but "an IRA bomb",
                # "a Hamas rocket": the armed group's)
            return named
        if tok.pos_ == "PROPN" and tok.lemma_.lower() != tok.lower_:  # "Athletes from ..." after a dateline
            return self._placed(tok)
        return []

    def _organ_of_town(self, noun: Token) -> list[Arg]:
        """The state of the town that names a civil organ by a modifier ("an Auckland
        court", "a Karachi anti-terrorism court", "Mumbai police"), as the gazetteer places
        it; a capital or a state's name is an actor and is found before this."""
        for c in modifier_chain(noun):
            if c.pos_ != "PROPN" or self.found.at(c) is not None or self.place_country is None:
                continue
            country = self.place_country(c)
            state = self.state_of(country) if country else None
            if state is not None:
                return [Arg(state, noun.text, noun.idx, noun.idx + len(noun), "generic")]
        return []

    def _named_body(self, tok: Token) -> list[Arg]:
        """A sector noun whose own name precedes it ("the UGTT labour union", "the Histadrut
        trade union federation"): the named body (no state, no person), whoever owns the phrase."""
        names, todo = [], [c for c in tok.lefts if c.dep_ == "compound"]
        while todo:
            c = todo.pop()
            hit = self.found.at(c)
            if hit is not None and hit.actor.type not in ("state", "person"):
                names.append(arg_of(hit))
            todo += [g for g in c.lefts if g.dep_ == "compound"]
        return names[:1]

    def _church_of_faith(self, noun: Token) -> Arg | None:
        """The church a faith's adjective before its clergy names ("Catholic bishops"), as
        the grammar's faith_churches gives it."""
        for c in noun.children:
            church = self.churches.get(c.lower_) if c.dep_ in ("amod", "compound") and c.i < noun.i else None
            info = self.actor_info(church) if church else None
            if info is not None:
                return Arg(info, c.text, c.idx, c.idx + len(c), "generic", "REL")
        return None

    def _modified(self, tok: Token, depth: int) -> list[Arg]:
        return [self._organ(a, tok, None) for a in self._named_by_modifiers(tok, depth)]

    def _named_by_modifiers(self, tok: Token, depth: int) -> list[Arg]:
        """The actors a noun's modifiers name: all of them when coordinated ("Senegalese and
        American soldiers"), else the first ("an Egyptian ceasefire proposal")."""
        named = [c for c in modifier_chain(tok) if self.found.at(c) and not self.model_name(c, tok)]
        if len(named) > 1 and _coordinated(named):
            return [a for c in named for a in self.of(c, conj=True, _depth=depth + 1)]
        for c in named:
            args = self.of(c, conj=True, _depth=depth + 1)
            if args:
                return args
        return []

    def model_name(self, modifier: Token, noun: Token | None = None) -> bool:
        """Is ``modifier`` a name the knowledge base does not know on a noun of weapons or
        warplanes (``noun``, else the noun its compound chain ends at): a model's name ("two
        Black Hawk helicopters", "Harrier jump jets", "French Jaguar jets"), nobody's? (Not
        a single craft's owner: "a Korean Air Lines jet", "a Lufthansa airliner".)"""
        hit = self.found.at(modifier)
        if hit is None or hit.actor.known:
            return False
        if noun is None:
            noun = modifier
            while noun.dep_ in ("compound", "nmod") and noun.head != noun:
                noun = noun.head
        return noun is not modifier and (noun.lower_ in self.unnamed_aircraft
                                         or noun.lemma_.lower() in self.instruments)

    def _kin_of_people(self, noun: Token, depth: int) -> list[Arg]:
        """'miners' wives', 'the mothers of jailed students': relatives of an unnamed group of
        people are people of the same side, as civilians (relatives of a named person are
        nobody here)."""
        if noun.tag_ not in ("NNS", "NNPS"):
            return []
        related = [c for c in noun.children if c.dep_ == "poss"] + [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]
        found = self.of(related[0], conj=False, _depth=depth + 1) if related else []
        if not found or any(a.how != "generic" or a.actor.type == "person" for a in found):
            return []
        return [self._organ(a, noun, "CVL" if a.actor.type == "state" else a.sector) for a in found]

    def _the_states(self, noun: Token) -> bool:
        """'government troops', 'federal forces', 'regime soldiers': the state's own."""
        return any(c.dep_ in ("amod", "compound") and c.lower_ in self.state_markers
                   for c in noun.children)

    def doer_of(self, noun: Token) -> list[Arg]:
        """Who did the act an event noun names, where a noun of taking part or a charge
        holds it: "his role in the massacre" (the possessor), "convicted Krstic of
        genocide", "Mladic is charged with genocide over the massacre" (the one charged)."""
        t = noun
        for _ in range(3):
            if t.dep_ != "pobj":
                return []
            prep, head = t.head, t.head.head
            if prep.lower_ == "in" and head.lemma_.lower() in self.participation:
                return [a for c in head.children if c.dep_ == "poss" for a in self.of(c)]
            if prep.lower_ in ("of", "with", "for", "over") and head.pos_ == "VERB" \
                    and head.lemma_.lower() in self.charges:
                charged = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
                return self.of(charged[0]) if charged else []
            if head.pos_ != "NOUN" or prep.lower_ not in ("of", "over", "for", "in"):
                return []
            t = head  # "charged with genocide over the massacre", "his role in the killing of"
        return []

    def in_office(self, arg: Arg) -> Arg:
        """A person acting in a state office on the story's date acts for the state:
        'President Bill Clinton imposed sanctions' -> USA (GOV), named as in the text."""
        a = arg.actor
        if a.type != "person" or not a.country or a.sector not in ("GOV", "MIL", "COP") \
                or a.commands is not None:  # (a warlord's command is no state office)
            return arg  # (a state's named force keeps its name: the network rolls it up)
        state = self.state_of(a.country)
        if state is None:
            return arg
        return Arg(state, arg.text, arg.start, arg.end, arg.how, a.sector)

    def sector_of_noun(self, tok: Token) -> str | None:
        """The sector a noun names, with its modifiers: "security forces" (COP) before
        "forces" (MIL), "secret service" (SPY)."""
        if tok.pos_ not in ("NOUN", "PROPN") and not _nominal_adjective(tok):
            return None
        return self._sector_words(tok)[0]

    def _sector_words(self, noun: Token) -> tuple[str | None, str]:
        """(sector, the words that name it): the longest phrase of the noun with its
        modifiers that names a sector ("French secret service": SPY, "secret service")."""
        known = self._sector_words_of.get(noun.i)
        if known is None:
            known = self._sector_words_of[noun.i] = self._find_sector_words(noun)
        return known

    def _find_sector_words(self, noun: Token) -> tuple[str | None, str]:
        modifiers = sorted(c.i for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i)
        for first in modifiers:
            words = span_text(noun.doc[first:noun.i + 1])
            sector = self.sector_of(words)
            if sector:
                return sector, words
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     and noun.dep_ not in ("nmod", "compound")):  # (not "Secretary of State John Kerry")
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                words = span_text(noun.doc[noun.i:obj.i + 1])  # "the Secretary of State", "the
                sector = self.sector_of(words)  # minister of defence": a title after its noun
                if sector:
                    return sector, words
        return self.sector_of(noun.text), noun.text

    def _sector_phrase(self, noun: Token) -> str:
        """The words that name an unnamed collective: "rights groups", not "groups"; with the
        people or place that qualifies it ("Kanak separatists", "Darfur rebels")."""
        modifiers = {c.i for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i}
        phrase = self._sector_words(noun)[1].lower()
        doc = noun.doc
        names = sorted(i for i in modifiers if doc[i].text[:1].isupper() and doc[i].lower_ not in phrase.split())
        if not names:
            return phrase
        start = names[0]
        while start - 1 in modifiers or start > 0 and doc[start - 1].text == "-" \
                and not doc[start - 1].whitespace_:
            start -= 1  # "pro-Russian separatists" (not a dateline's dash: "ALGIERS (Reuters) - Islamic militants")
        return f"{doc[start:names[-1] + 1].text} {phrase}".lower()

    def _target(self, tok: Token, depth: int) -> list[Arg]:
        """'a Turkish patrol', 'a police station in Tunis', 'rebel positions': the owner,
        with the sector its modifier names."""
        sector = next((s for c in tok.children if c.dep_ in ("compound", "amod")
                       for s in (self.sector_of(c.text),) if s), None)
        found = self.pointed(tok, depth) or self._placed(tok)
        if not found and (tok.lemma_.lower() in self.state_buildings or sector in STATE_ORGANS | {"MIL"}):
            state = self._sentence_state(tok) or (self.state_of(self.context_country)
                                                  if self.context_country else None)
            if state is not None:  # "La Moneda presidential palace" from Santiago, "army posts"
                return [Arg(state, tok.text, tok.idx, tok.idx + len(tok), "generic", sector or "GOV")]
        if not found:
            return [self.generic(tok, sector, name="rebels")] if sector == "REB" else []
        if sector == "REB" and all(a.how == "ethnic" for a in found):  # "ethnic Albanian rebel
            return [self._ethnic(tok, sector, found[0], "rebels")]  # positions"
        return [self._organ(a, tok, sector) for a in found]

    def _state_building(self, tok: Token) -> list[Arg]:
        """'stormed the Palace of Justice in central Bogota', 'seized the National Palace'
        (a story from Managua): a seat of state the knowledge base does not name is no
        party of its own; it stands for the state it lies in (its place, the sentence's,
        else the dateline's)."""
        found = self._placed(tok)
        if found:
            return found
        state = self._sentence_state(tok) or (self.state_of(self.context_country)
                                              if self.context_country else None)
        return [] if state is None else [Arg(state, tok.text, tok.idx, tok.idx + len(tok), "generic", "GOV")]

    def _unnamed_previous_subject(self, tok: Token) -> Token | None:
        """A sentence-initial "They" continues the previous sentence's subject when that is
        an unnamed collective with a sector ("Opposition lawmakers", "Police", "Protesters"),
        one noun, not coordinated (coreference resolves the named ones)."""
        if tok.i != tok.sent.start or tok.sent.start == 0:
            return None
        clause = previous_clauses(tok)[0]  # the reported clause before its reporter's
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return None
        subj = subjects[0]
        if subj.tag_ not in ("NNS", "NNPS") or self.found.at(subj) is not None \
                or has_child(subj, ("conj",)) or not self.sector_of_noun(subj):
            return None
        return subj

    def _placed(self, tok: Token) -> list[Arg]:
        """'police in Caracas', 'protesters in Tunisia': the state of the place."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
                for p in prep.children:
                    hit = self.found.at(p) if p.dep_ == "pobj" else None
                    if hit is not None and hit.actor.type == "state":
                        return [Arg(hit.actor, hit.text, hit.start, hit.end, hit.how)]
                    if hit is None and p.dep_ == "pobj" and prep.lower_ == "in" \
                            and (state := self.state_at(p)) is not None:
                        return [state]  # "a court in Izmir": a city the gazetteer places
        return []

    def _modifier_sector(self, noun: Token) -> str | None:
        """The sector a modifier of the noun names: "army" in "army majors", "opposition"
        in "opposition deputies"."""
        return next((s for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                     for s in (self.sector_of(c.text),) if s), None)

    def generic(self, noun: Token, sector: str | None, name: str | None = None) -> Arg:
        """An unnamed collective actor ('protesters', 'rebels'): the people of the state
        where the sentence (or the dateline) places it, with its sector; else an actor of
        its own. A group of sectors.yaml 'groups' is the one a state's name made earlier in
        the document, if any ("Chadian rebels ... the rebels")."""
        earlier = self._group_before(noun, sector) if name is None else None
        if earlier is not None:
            return Arg(earlier, noun.text, noun.idx, noun.idx + len(noun), "generic", sector)
        state = None if sector in OWN_SIDES else self._sentence_state(noun) or (
            self.state_of(self.context_country) if self.context_country else None)
        if state is not None:
            return Arg(state, noun.text, noun.idx, noun.idx + len(noun), "generic", sector)
        group = self._the_rebels(noun) if sector == "REB" else None
        if group is not None:  # "communist guerrillas" in a story from Malaya in 1951
            return Arg(group, noun.text, noun.idx, noun.idx + len(noun), "generic", sector)
        return self.collective(noun, sector, name)

    def collective(self, noun: Token, sector: str | None, name: str | None = None,
                   country: str | None = None) -> Arg:
        """A collective of its own, named by its phrase ("Muslim militants", "the Syrian
        opposition", "Tamil refugees"): an actor the knowledge base does not know."""
        name = name or self._sector_phrase(noun)
        kind = "population" if sector == "CVL" else "armed_group" if sector == "REB" else "other"
        actor = ActorInfo(slug(name), name, kind, country, sector, None, known=False)
        return Arg(actor, noun.text, noun.idx, noun.idx + len(noun), "generic", sector)

    def _group(self, noun: Token, sector: str, state: Arg) -> Arg:
        """Members of a sector that a state names ("Chadian rebels", "Venezuela's opposition
        parties", "rebels in Mali"): a group of their own, in that state, named by the phrase
        with its qualifiers ("chadian rebels", "catholic bishops", "islamist rebels"), else by
        the state's adjective and the sector's words or head noun ("malian rebels",
        "venezuelan opposition")."""
        adjective = (state.text if state.how == "adjective"
                     else self.adjective_of(state.actor.id) or state.actor.name).lower()
        head = self.groups[sector]
        phrase = head or self._sector_phrase(noun)
        if (head or phrase == self._sector_words(noun)[1].lower()) \
                and f" {adjective} " not in f" {phrase} ":
            phrase = f"{adjective} {phrase}"
        group = self.collective(noun, sector, phrase, state.actor.country or state.actor.id)
        return self._organ(group, noun, sector)  # (as written: "Chadian rebels")

    def _group_before(self, noun: Token, sector: str) -> ActorInfo | None:
        """The latest group of this sector a state's name made before ``noun``, an
        unqualified noun of a sector of 'groups' ("the rebels", not "Islamist rebels")."""
        if sector not in self.groups or self._sector_phrase(noun) != self._sector_words(noun)[1].lower():
            return None
        made = [h for h in self.found.mentions if h.sector == sector and not h.actor.known
                and h.actor.country and h.start < noun.idx]
        return max(made, key=lambda h: h.start).actor if made else None

    def _ethnic(self, noun: Token, sector: str, people: Arg, phrase: str) -> Arg:
        """A people's armed men or opposition ("ethnic Albanian rebels"), found by "ethnic"."""
        words = [w for w in phrase.split() if w.lower() not in ("ethnic", people.text.lower())]
        arg = self.collective(noun, sector, f"ethnic {people.text} {' '.join(words)}".lower())
        return Arg(arg.actor, arg.text, arg.start, arg.end, "ethnic", arg.sector)

    def _the_rebels(self, noun: Token) -> ActorInfo | None:
        """Unnamed rebels ("communist guerrillas") in a story from a country of which the
        knowledge base knows one armed group at the time, when the story names no other
        armed group; not rebels a name qualifies ("Anglophone separatists", "pro-Indonesian
        militias"), who may be another side."""
        if any(c.dep_ in ("amod", "compound", "nmod") and (c.text[:1].isupper() or c.text == "-"
                                                         or any(g.text == "-" for g in c.children))
               for c in noun.children):
            return None
        group = self.rebels_of(self.context_country) if self.context_country else None
        if group is None or any(h.actor.type == "armed_group" and h.actor.id != group.id
                                and h.how != "ethnic" for h in self.found.mentions):  # (rebels
            # named by their people, "ethnic Albanian rebels", are no other side)
            return None
        return group

    def _sentence_state(self, tok: Token) -> ActorInfo | None:
        """The state of the place the noun's own clause names ("police arrested him in a
        village north of Belgrade"), else of the first place the sentence names ('... in
        Yerevan')."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        for t in verb.subtree if verb is not None else ():
            hit = self.found.at(t)
            if hit is not None and hit.actor.type == "state" and _located(t, verb):
                return hit.actor
        telling: set[int] | None = None  # not "..., travellers arriving in Vienna said"
        sent = tok.sent                     # (found for the first place-like word only)
        for t in tokens_with_dep(tok.doc, ("pobj",), sent.start, sent.end):
            if t.head.lower_ in _THROUGH_PLACE:
                if telling is None:
                    telling = reporting_words(tok)
                if t.i not in telling and not _in_goal(t, self.goal_preps, self.sending_verbs):
                    hit = self.found.at(t)
                    if hit is not None and hit.actor.type == "state":
                        return hit.actor
        return None

    def _sentence_force_state(self, tok: Token, depth: int) -> ActorInfo | None:
        """The state of the armed forces another noun of the sentence names, for unnamed
        aircraft: "Chilean armed forces overthrew Allende, and Air Force jets bombed the palace"."""
        own = {t.i for t in tok.subtree}
        if any(p.dep_ == "poss" and p.pos_ == "PRON" for o in tok.head.children if o.dep_ == "dobj"
               for p in o.children):
            return None  # "Syrian troops fought on as jets bombed their positions": the other side's
        for t in tok.sent:
            if t.i in own or t.pos_ not in ("NOUN", "PROPN") or t.lower_ in self.unnamed_aircraft \
                    or self.sector_of_noun(t) != "MIL":
                continue
            for a in self.of(t, conj=False, _depth=depth + 1):
                if a.actor.type == "state":
                    return a.actor
        return None

    def _officer_state(self, tok: Token) -> ActorInfo | None:
        """The state of the person an unnamed force's clause acts on: "after the army
        detained President Keita" (Mali's army), "the military seized power and detained
        Prime Minister Hamdok" (Sudan's), whatever city the story is filed from."""
        if tok.dep_ != "nsubj":
            return None
        verbs = [tok.head] + [c for c in tok.head.children if c.dep_ == "conj"]
        for obj in (o for v in verbs for o in v.children if o.dep_ == "dobj"):
            hit = self.found.at(obj)
            if hit is not None and hit.actor.type == "person" and hit.actor.country:
                return self.state_of(hit.actor.country)
        return None

    def _organ(self, arg: Arg, noun: Token, sector: str | None) -> Arg:
        """'Russian warplanes', 'the Afghan government', 'Assad's forces': the actor's
        organ of that sector, named by the whole phrase."""
        actor = arg.actor
        if actor.type == "person" and actor.country and actor.sector in STATE_OFFICES \
                and actor.commands is None:
            actor = self.state_of(actor.country) or actor  # (an opposition or rebel leader's
            # men are his: "supporters led by Saakashvili", "fighters loyal to Gbagbo" in 2011,
            # and so are a warlord's: "forces loyal to Haftar" are not Libya's)
        left = min((t.i for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "punct")),
                   default=noun.i)
        phrase = noun.doc[left:noun.i + 1]
        return Arg(actor, phrase.text, phrase.start_char, phrase.end_char, arg.how, sector)

    def pointed(self, tok: Token, depth: int = 0) -> list[Arg]:
        """Actors a non-actor noun points to: its possessor, an actor modifier, 'of X',
        'from X', 'affiliated with X' (not a relative's: "Yeltsin's son" is not Yeltsin)."""
        if self.is_kin(tok):
            return []
        named = self._named_by_modifiers(tok, depth)  # "a FARC rebel commander"
        for c in tok.children:
            if c.dep_ == "poss":
                args = self.of(c, conj=True, _depth=depth + 1)
                if args and all(a.actor.type in ("state", "person") for a in args) and any(
                        a.actor.type in ORGANISED for a in named):
                    return named  # "Colombia's ELN rebels": the group, not where it fights;
                    # "Osama bin Laden's al-Qaeda network": the group, not its leader
                if args:
                    return args
        if named and not all(a.actor.type in ("state", "population") for a in named):
            return named
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in POINTER_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        args = self.of(p, _depth=depth + 1)
                        if args and (not named or any(a.actor.type in ORGANISED for a in args)):
                            return args  # "Indian rebels of the EZLN": the group
            if c.dep_ == "acl" and c.lemma_ in ("lead", "command", "head"):  # "supporters led by X"
                for agent in (a for a in c.children if a.dep_ == "agent"):
                    for p in (p for p in agent.children if p.dep_ == "pobj"):
                        args = self.of(p, _depth=depth + 1)
                        if args:
                            return args
            if c.dep_ == "acl" and c.lemma_ in self.carrying_verbs:  # "a plane carrying the president"
                for o in c.children:
                    if o.dep_ == "dobj":
                        args = self.of(o, _depth=depth + 1)
                        if args:
                            return args
            if c.dep_ in ("acl", "amod") and c.lemma_ in ("affiliate", "link", "loyal", "tie"):
                for prep in c.children:
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            args = self.of(p, _depth=depth + 1)
                            if args:
                                return args
        return named  # "Masked Indian rebels of the EZLN": the group first, else the nationality


# Participles after a hyphen that make the party before it the one who leads or owns the
# noun ("U.S.-led", "British-flagged", "a Libyan-built airstrip", "Iranian-owned"): lemmas,
# and the forms the tagger leaves when it reads them as adjectives.
OWNING_PARTICIPLES = frozenset({"lead", "flag", "build", "own", "run", "operate", "register",
                                "led", "flagged", "built", "owned", "operated", "registered"})


# Participles by which a people or a faith leads a government ("the Shiite-led government",
# "the Tutsi-dominated cabinet"): the government is still the state's.
PEOPLE_LED = frozenset({"lead", "led", "dominate", "dominated"})


def modifier_chain(noun: Token) -> list[Token]:
    """A noun's adjective and compound modifiers, through compound chains."""
    out, todo = [], [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ in ("compound", "amod")
                 or c.dep_ in ("npadvmod", "nmod") and t.lemma_.lower() in OWNING_PARTICIPLES]
        # "U.S.-led", "British-flagged", "a Libyan-built airstrip"
    return out


# Heads of noun phrases a possessive "their" may point back to.
NOUN_PHRASE_HEADS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "ROOT"}


def plural_antecedent(pronoun: Token, found: DocActors) -> Token | None:
    """What a possessive "their" stands for: the subject of the verb of saying that reports
    its clause ("al Shabaab militants said their fighters had carried out the attack"),
    else the nearest noun phrase before it in the sentence that names actors and is plural
    or coordinated ("urged Pakistan and India to show restraint after their air forces
    clashed"). None when no such phrase comes before it."""
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and _plural(speaker, found):
            return speaker
    for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if t.dep_ in NOUN_PHRASE_HEADS and t.pos_ in ("NOUN", "PROPN") and _plural(t, found) \
                and pronoun not in t.subtree:
            return t
    return None


def _plural(noun: Token, found: DocActors) -> bool:
    """Does the noun name actors in the plural: coordinated names ("Pakistan and India"),
    or a plural noun an actor owns or modifies ("Somalia's al Shabaab militants")?"""
    named = [t for t in noun.subtree if found.at(t) is not None
             and found.at(t).actor.type not in ("person", "media")]
    if not named:
        return False
    if has_child(noun, ("conj",)):
        return True
    return noun.tag_ in ("NNS", "NNPS") and found.at(noun) is None


def passive_participle(verb: Token) -> bool:
    """'hostages seized in 2010', 'accords signed by four states': a verb modifying a noun
    with no subject, auxiliary or object of its own is a past participle and the noun is
    its patient, however the tagger labelled it (such verbs are often tagged VBD).  With
    an object ("FARC rebels handed over their weapons", misparsed as a noun phrase) the
    noun is its subject."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "nsubj") for c in verb.children)


def _located(tok: Token, verb: Token) -> bool:
    """Is ``tok`` a place where the clause of ``verb`` happens: the object of a locative
    preposition on it, directly or through nouns and 'of' ("in a village north of
    Belgrade")?"""
    if tok.dep_ != "pobj":
        return False
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.head.i == verb.i:
            return t.lower_ in LOCATIVE_PREPS
        if t.dep_ in ("advmod", "npadvmod") and t.head.i == verb.i:
            return t.lower_ in DIRECTIONS  # "arrested him east of Dakar"
        if t.dep_ not in ("pobj", "prep", "advmod", "npadvmod", "compound", "conj") or (
                t.dep_ == "prep" and t.lower_ not in LOCATIVE_PREPS | {"of"}):
            return False
        t = t.head
    return False


def _in_goal(tok: Token, goal_preps: frozenset[str], sending_verbs: frozenset[str]) -> bool:
    """Is the place ``tok`` inside the goal of a motion ("flew him into exile in Costa
    Rica", "deported them to camps in Siberia"): where someone is sent, not where the
    clause's actors are?  (grammar: goal_preps, sending_verbs)"""
    t = tok
    while t.dep_ in ("pobj", "prep", "compound", "conj") and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in goal_preps and (
                t.head.lemma_.lower() in sending_verbs or tok.head.head.lower_ == "exile"):
            return True
        t = t.head
    return False


def _the_one(noun: Token) -> bool:
    """'the army', 'the coast guard': a state's single force, named as the story's own
    (not 'drones' or 'foreign troops', which may be anyone's)."""
    return (noun.tag_ in ("NN", "NNP") or _nominal_adjective(noun)) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _nominal_adjective(tok: Token) -> bool:
    """'the military', "Zimbabwe's military" tagged as an adjective but heading a subject
    or object."""
    return tok.tag_ == "JJ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
        c.dep_ in ("det", "poss") for c in tok.children)


def _indefinite(noun: Token, named: str = "") -> bool:
    """'a court', 'some officials', 'foreign troops': not the place's own organ ('foreign'
    in the words that name the organ, "the foreign minister", "the foreign ministry", is
    its name)."""
    own = named.lower().split()[:-1]
    return any(c.dep_ in ("det", "amod") and c.lower_ in ("a", "an", "some", "foreign", "other",
                                                         "international", "western")
               and c.lower_ not in own for c in noun.children)


def _coordinated(tokens: list[Token]) -> bool:
    """True when 'and' (or a comma) joins the first and last of these modifiers."""
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return any(t.lower_ in ("and", ",", "&") for t in tokens[0].doc[first:last])


def appositions(tok: Token) -> list[Token]:
    """Appositions of ``tok``, also where the parser hung them on a place inside the noun
    phrase ("al Qaeda's franchise in Syria, the Nusra Front")."""
    out = [c for c in tok.children if c.dep_ == "appos"] + _name_after_clause(tok)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "inside"):
            for p in prep.children:
                out += [c for c in p.children if c.dep_ == "appos"]
    return [c for c in out if not _stray_member(tok, c)]


def _name_after_clause(noun: Token) -> list[Token]:
    """A name set off by commas right after the noun's relative clause, which the
    parser hangs elsewhere: "the gunman who tried to kill him, Mehmet Ali Agca," names
    the gunman."""
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if clause is None:
        return []
    comma = max(t.i for t in clause.subtree) + 1
    doc = noun.doc
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].pos_ != "PROPN":
        return []
    name = doc[comma + 1]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    after = name.i + 1
    if name.head in clause.subtree:  # "the man who shot the editor, X": the editor's name
        return []
    return [name] if after >= len(doc) or doc[after].text in (",", ".") else []


def _stray_member(noun: Token, appos: Token) -> bool:
    """'..., among them Hailu Shawel': one of a group, which names the group ("arrested
    dozens of leaders, among them X") but not a noun the parser hung it on across its
    verb ("forces rounded up dozens of leaders ..., among them X") nor one of several
    coordinated ("Mali's government and six armed groups, among them the MNLA")."""
    if not any(c.dep_ == "prep" and c.lower_ == "among" for c in appos.children):
        return False
    return noun.i < noun.head.i < appos.i or has_child(noun, ("conj",))


def arg_of(hit: MentionHit, how: str | None = None) -> Arg:
    """A mention as an argument, found by ``how`` (by default, how the mention was)."""
    return Arg(hit.actor, hit.text, hit.start, hit.end, how or hit.how)
