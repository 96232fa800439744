"""The event coder: predicates -> PLOVER/CAMEO events with actors, recipients, modality,
attribution, date, location and evidence.

For each sentence:
1. predicates are verbs and event nouns found in the lexicon; a light verb with an event
   noun as object ("made an alliance", "fought battles") yields the noun's event, with the
   verb's subject and tense;
2. the actor is the subject (the agent of a passive; the controller of "ready to work";
   the possessor or actor modifier of an event noun: "Russian bombing campaign"), the
   recipient by the rules of :mod:`entente.events.recipients` (the object first);
3. modality, attribution (speech verbs and quotations), date and location are added.
Events with no actor are not coded: entente never invents who did something.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, replace
from typing import Iterator

from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from .. import __version__
from ..nlp import (DATELINE, has_child, pos_ids, sentences, span_text, text_of,
                   tokens_with_dep, tokens_with_pos)
from ..place import PlaceFinder
from ..quotes import FoundQuote, via_of
from ..records import Attribution, Event, Evidence
from ..time import ResolvedDate
from ..actors.coref import REPORTING_VERBS
from .arguments import LOCATIVE_PREPS, Arg, Arguments, arg_of, modifier_chain, passive_participle
from .calibration import Calibration
from .lexicon import LexEntry, Lexicon
from .modality import FINITE, finite_governor, governing_chain, infinitive, misjoined_finite, modality
from .story import POLARITY, story_passes, tell_once
from .recipients import (MUTUAL, STATE_SIDE, RecipientRules, _others, _same_party, both_objects, both_sides,
                         dateline_state, insurgents_state, label_compounded, sole_other, they_subject)
from .when import (clause_of, clause_tokens, context_for, date_fields, days_after, days_before, lead_date,
                   pick_date)

CODER_VERSION = f"entente-{__version__}"
# Acts of force. Violence is news even when the perpetrator is unknown ("a roadside bomb
# struck a U.S. patrol"): such events are coded with an empty actor when their target is
# named; and a state may turn them on a region of its own.
FORCE_TYPES = {"ASSAULT", "COERCE"}
SPEAKER_TYPES = {"person", "party", "media"}  # who "fires back" or "hits back" with words
SPEAKER_SECTORS = {"GOV"}
NAMES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
NOT_EVENT_NAMES = NAMES | {"DATE"}  # a proper noun in one of these names no event
POS_KIND = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun"}  # the tagger's -> the lexicon's
PREDICATE_POS = {VERB, NOUN, PROPN}  # the same, as spaCy's symbols (nlp.pos_ids)
THIRD_PERSON_PLURAL = {"they", "them", "their", "theirs", "themselves"}
# How a recipient is found when only a place names it ("in central Grozny"), or the
# place's people ("killing more than 100 people" there).
PLACE_HOWS = {"place", "place_in", "capital", "generic"}
# Kinds of actor that are a party within a state apart from its government: a region's
# authorities (type "other": Chechnya, the Government of Catalonia), an armed group.
REGIONAL_PARTIES = {"other", "armed_group"}

# Acts addressed to others even when what they ask for is mutual: the United Nations
# calling for a ceasefire or for talks asks the parties, it does not cease fire or talk.
ADDRESSED_ACTS = {"REQUEST"}
# Acts an infinitive of purpose may tell a protest's aim by: "marched in Madrid to condemn the
# killing", "rallied to demand his resignation" (the protest is aimed where they are).
PURPOSE_AIMS = {"ACCUSE": {"PROTEST"}, "REQUEST": {"PROTEST"}, "REJECT": {"PROTEST"}}
# A friendly reaction to an act of force names no side by itself: "Chinese troops crossed
# into Vietnam, and Moscow pledged its support" (support for the one attacked).
FRIENDLY_REACTIONS = {"SUPPORT", "AGREE", "CONCEDE"}
FORCE_ACTS = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"}


@dataclass(frozen=True, slots=True)
class Predicate:
    token: Token          # the lexicon word (verb or event noun)
    entry: LexEntry
    anchor: Token         # the verb carrying tense and subject (light verb, or token itself)
    intent: bool = False  # "ready to contribute troops": the stated willingness is the event


class EventCoder(RecipientRules):
    def __init__(self, lexicon: Lexicon, calibration: Calibration | None = None,
                 peoples: frozenset[str] = frozenset()):
        self.lex = lexicon
        self.peoples = peoples  # names of peoples the tagger may miss ("Britons"): "@people"
        self.calibration = calibration if calibration is not None else Calibration.load()
        self.light = lexicon.words("light_verbs")
        self.targets = lexicon.words("target_nouns")
        self.crafts = lexicon.words("craft_nouns")
        self.storming = lexicon.words("storming_verbs")
        self.eviction = lexicon.words("eviction_verbs")
        self.speech = lexicon.words("speech_verbs")
        self.claim = lexicon.words("claim_words")
        self.control = lexicon.words("control_future") - lexicon.words("control_kept")
        self.undergo = lexicon.words("undergo_verbs")
        self.patient_nouns = lexicon.words("patient_nouns")
        self.time_possessors = lexicon.words("time_possessors")
        self.topic_events = lexicon.words("topic_compound_events")
        self.dispute = lexicon.words("dispute_words")
        self.background = lexicon.words("background_preps")
        self.civil = lexicon.words("civil_sectors")
        self.organ_sectors = lexicon.words("state_organ_sectors")
        self.instruments = lexicon.words("instrument_nouns")
        self.compelling = lexicon.words("compulsion_verbs")
        self.preventing = lexicon.words("preventing_verbs")
        self.rescue_assaults = lexicon.words("rescue_assaults")
        self.averting = lexicon.words("averting_verbs")
        self.violent_causes = lexicon.words("violent_causes") | lexicon.words("natural_forces")
        self.applying = lexicon.words("application_verbs")
        self.joining = lexicon.words("joining_verbs")
        self.application = LexEntry("apply", "verb", "REQUEST", "022", mode="cooperate")
        self.aimed_threats = lexicon.words("aimed_threats")
        self.invasion_nouns = lexicon.words("invasion_nouns")
        self.guarding = lexicon.words("guarding_purposes")
        self.guarded = lexicon.words("guarded_interests")
        # "forced him to resign": the compulsion is the COERCE, the act compelled its content
        self.content = lexicon.words("control_content") | self.compelling
        self.denied = lexicon.words("denied_messages")
        self.questions = lexicon.words("question_verbs")
        self.obligation = lexicon.words("obligation_aux")
        self.mandative = lexicon.words("mandative_verbs")
        self.state_verbs = lexicon.words("state_verbs")
        self.leave_verbs = lexicon.words("leave_verbs")
        self.intent_words = lexicon.words("intent_words")
        self.cooperative = lexicon.words("cooperative_types")
        self.owner_given = lexicon.words("owner_given_events")
        self.demand = LexEntry("must", "verb", "REQUEST", "020")
        self.characterising = lexicon.words("characterising_verbs")
        self.blame_words = lexicon.words("blame_words")
        self.owned_blame = lexicon.words("owned_blame_words")
        self.culpability = lexicon.words("culpability_words")
        self.complaints = lexicon.words("complaint_verbs")
        self.manner = lexicon.words("manner_verbs")
        self.complaint = LexEntry("protest", "verb", "ACCUSE", "111")
        self.blamed = LexEntry("say", "verb", "ACCUSE", "112")
        self.entitlements = lexicon.words("entitlement_words")
        self.upheld = LexEntry("say", "verb", "SUPPORT", "052")
        self.praise_words = lexicon.words("praise_words")
        self.label_words = self.blame_words | self.praise_words  # (a label held inside its object)
        self.blame = LexEntry("call", "verb", "ACCUSE", "111")
        self.praise = LexEntry("call", "verb", "SUPPORT", "051")
        self.natural = lexicon.words("natural_forces")
        self.conflicts = lexicon.words("conflict_nouns")
        self.casualty_verbs = lexicon.words("casualty_verbs")
        self.accidents = lexicon.words("accidents")
        self.economic = lexicon.words("economic_forces")
        self.natural_or_economic = self.natural | self.economic
        self.failing_structures = lexicon.words("failing_structures")
        self.carrying = lexicon.words("carrying_verbs")
        self.figurative = {lemma: frozenset(words) for lemma, words in
                           lexicon.grammar["figurative_objects"].items()}
        self.domestic_measures = lexicon.words("domestic_measures")
        self.refusing = lexicon.words("control_negative")
        self.nominalised = lexicon.grammar["nominalised_verbs"]
        self._as_noun: dict[LexEntry, LexEntry] = {}  # a verb's row read for its act's noun
        self.silence = lexicon.words("silence_verbs")
        self.cause_particles = lexicon.words("cause_particles")
        self.resultatives = {lemma: frozenset(words) for lemma, words in
                             lexicon.grammar["resultative_verbs"].items()}
        self.member_nouns = lexicon.words("member_nouns")
        self.assistance_marks = lexicon.words("assistance_marks")
        self.order_objects = lexicon.words("order_objects")
        self.guarding_verbs = lexicon.words("guarding_verbs")
        self.nationals = lexicon.words("nationals_nouns")
        self.armed_departures = lexicon.words("armed_departures")
        self.armed_crossings = lexicon.words("armed_crossings")
        self.armed_movements = lexicon.words("armed_movements")
        self.armed_sectors = lexicon.words("armed_sectors")
        self.sport_words = lexicon.words("sport_words")
        self.sport_verbs = lexicon.words("sport_verbs")
        self.sport_names = lexicon.words("sport_names")
        self.sporting = self.sport_words | self.sport_names
        self.quantities = lexicon.words("quantity_nouns")
        self.contest_words = lexicon.words("contest_words") | self.sport_words
        self.winning_verbs = lexicon.words("winning_verbs")
        self.social_ills = lexicon.words("social_ills")
        self.fighting_verbs = lexicon.words("fighting_verbs")
        self.plea_verdicts = lexicon.words("plea_verdicts")
        self.remembrance = lexicon.words("remembrance_nouns")
        self.purpose_intents = lexicon.words("purpose_intents")
        self.condition_marks = lexicon.words("condition_marks")
        self.goal_marks = lexicon.words("goal_marks")
        self.background_marks = lexicon.words("background_marks")
        self.warnings = lexicon.words("warning_words")
        self.descriptive_participles = lexicon.words("descriptive_participles")
        self.post_participles = lexicon.words("post_participles")
        self.expulsion_modes = {e["mode"] for e in lexicon.grammar["expulsion"].values()}
        self.own_act_modes = lexicon.words("own_act_modes")
        self.civil_acts = lexicon.grammar["civil_acts"]
        self.military_acts = lexicon.grammar["military_acts"]
        self.official_acts = lexicon.grammar["official_acts"]
        self.armed_group_acts = lexicon.grammar["armed_group_acts"]
        self.captives = lexicon.words("captive_nouns")
        self.conditions = lexicon.words("hypothetical_marks")
        self.host_targets = lexicon.words("host_state_targets")
        self.civil_host_targets = lexicon.words("civil_host_state_targets")
        self.foreign_host_targets = lexicon.words("foreign_host_targets")
        self.last_resort_host_targets = lexicon.words("last_resort_host_targets")
        self.facing = lexicon.words("facing_events")
        self.release_nouns = lexicon.words("release_nouns")
        self.holding_verbs = lexicon.words("holding_verbs")
        self.state_acts = lexicon.words("agentless_state_acts")
        self.stated_threats = lexicon.words("stated_threats")
        self.insurgent_targets = lexicon.words("insurgent_state_targets")
        self.reactions = lexicon.words("reaction_events")
        self.clause_reactions = lexicon.words("clause_reaction_events")
        self.reported_deals = lexicon.words("reported_deal_events")
        self.unheeded = lexicon.words("unheeded_nouns")
        self.purpose_retold = lexicon.words("purpose_retold_types")
        self.retaliation = lexicon.words("retaliation_words")
        self.in_kind = lexicon.words("in_kind_words")
        self.in_kind_acts = lexicon.words("in_kind_acts")
        self.story_counterparts = lexicon.words("story_counterpart_events")
        self.story_answered = {kind: frozenset(answered) for kind, answered in
                               lexicon.grammar.get("story_answered_events", {}).items()}
        self.answered_wrongs = {kind: frozenset(wrongs) for kind, wrongs in
                                lexicon.grammar.get("answered_wrongs", {}).items()}
        self.story_faced = {kind: frozenset(threats) for kind, threats in
                            lexicon.grammar.get("story_faced_events", {}).items()}
        self.vows = lexicon.words("vow_verbs")
        self.deciding = lexicon.words("deciding_verbs")
        self.claimed = lexicon.words("claimed_nouns")
        self.owning = self.claim | lexicon.words("owning_verbs")  # "claimed/took responsibility"
        self.pair_nouns = lexicon.words("pair_nouns")
        self.organising = lexicon.words("organising_verbs")
        self.outcome_verbs = lexicon.words("outcome_verbs")
        self.crowd_events = lexicon.words("crowd_events")
        self.crowd_counts = lexicon.words("crowd_counts")
        self.gatherings = lexicon.words("gathering_modifiers")
        self.suppressing = lexicon.words("suppressing_verbs")
        self.crowd_control = lexicon.words("crowd_control_events")
        self.assisting_modes = lexicon.words("assisting_modes")
        self.defences = lexicon.words("defence_purposes")
        self.own_forces = lexicon.words("own_force_nouns")
        self.schedules = lexicon.words("schedule_nouns")
        self.enacting = lexicon.words("enacting_nouns")
        self.ordering = lexicon.words("ordering_verbs")
        self.labelling = lexicon.words("labelling_verbs")
        self.official_agents = lexicon.words("official_agent_sectors")
        self.announcing = lexicon.words("announcing_verbs")
        self.announced_acts = lexicon.words("announced_acts")
        self.contacting = lexicon.words("contacting_verbs")
        self.captors = lexicon.words("captor_verbs")
        self.partner_acts = {tuple(act.split()) for act in lexicon.words("partner_acts")}
        self.deployed_forces = lexicon.words("deployed_force_events")
        self.civil_kept_modes = lexicon.words("civil_kept_modes")
        self.force_sectors = lexicon.words("deployed_force_sectors")
        self.exercises = lexicon.words("exercise_nouns")
        self.partner_marks = lexicon.words("exercise_partner_marks")
        self._entries_of: dict[tuple[str, str, str, bool], tuple[LexEntry, ...]] = {}  # _word_entries
        self.proposals = {noun: frozenset(types) for noun, types in
                          lexicon.grammar["proposal_nouns"].items()}

    # -- predicates ---------------------------------------------------------------------
    def match(self, tok: Token, skip: LexEntry | None = None) -> LexEntry | None:
        """The most specific entry for ``tok`` (``skip``: one ruled out, to find the next)."""
        tag_pos = tok.pos_
        pos = POS_KIND.get(tag_pos)
        if pos is None and _noun_read_as_adjective(tok):
            pos = "noun"  # "launched an air and ground offensive": the tagger's adjective of "air"
        if pos is None:
            return None
        if pos == "verb" and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and not has_child(tok, ("dobj", "aux")):
            pos = "noun"  # a gerund standing as a noun: "Fighting between X and Y raged"
        if tag_pos == "PROPN" and tok.ent_type_ in NOT_EVENT_NAMES:
            return None  # "Ban Ki-moon" names a man, not a ban; "March 31" a day
        lemma = tok.lemma_.lower()
        cands = self._word_entries(lemma, tok.lower_, pos, tag_pos == "NOUN")
        if pos == "verb" and lemma in self.resultatives:  # "set the hostages free": freed them
            result = _resulting_state(tok, self.resultatives[lemma])
            cands = self.lex.candidates(result, "verb") if result else cands
        if not cands and tag_pos == "PROPN":  # headlines: "Calls for Alliance"
            cands = self.lex.candidates(lemma, "verb")
        if pos == "verb" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" \
                and not tok.doc[tok.i - 2].whitespace_:  # "test-fired a missile": a test
            cands = (*self.lex.candidates(tok.doc[tok.i - 2].lower_, "verb"), *cands)
        if pos == "verb":  # "Cuban forces counter-attacked": the tagger splits the word at its
            whole, first = self._hyphenated(tok)  # hyphen and makes "counter" the verb
            if whole and first is tok:
                cands = whole
            elif whole and first.pos_ == "VERB":
                return None  # (coded on its first part, which has the clause)
            elif whole and not cands:
                cands = whole  # "agreed to co-operate"
        objects: dict[str | None, set[str]] = {}  # by preposition: computed once for all entries
        for entry in cands:
            if entry is skip:
                continue
            if entry.prep and not _prep_child(tok, entry.prep) and not (
                    entry.objects and _prep_on_object(tok, entry.prep)):
                continue
            if entry.prep in self.cause_particles and entry.objects and _cause_after_object(
                    tok, entry, _objects(tok, None, self.peoples)):
                continue  # "took a swipe at China over Hong Kong": what the swipe is about
            if entry.objects:
                if entry.prep not in objects:
                    objects[entry.prep] = _objects(tok, entry.prep, self.peoples)
                    if entry.prep is None:  # "sent two planes carrying doctors and medicine"
                        objects[None] |= _cargo(tok, self.carrying)
                if not objects[entry.prep] & entry.objects:
                    continue
            if pos == "noun" and not entry.objects and not entry.prep:
                return self._nominal_act(tok, skip) or entry  # "the evacuation of settlements"
            return entry
        return self._nominal_act(tok, skip) if pos == "noun" else None

    def _nominal_act(self, noun: Token, skip: LexEntry | None = None) -> LexEntry | None:
        """'the lifting of sanctions', 'an easing of the blockade', 'the return of Jericho': a
        noun that names a verb's act (a gerund, or grammar: nominalised_verbs) with what it
        acts on after 'of' codes as that verb's row for that object, as a noun."""
        word = noun.lower_
        verbs = (self.nominalised[noun.lemma_.lower()],) if noun.lemma_.lower() in self.nominalised \
            else _gerund_stems(word) if word.endswith("ing") else ()
        if not verbs or _prep_child(noun, "of") is None:  # (most nouns name no act: the
            return None  # words first, the parse only for those that might)
        objects = None
        for verb in verbs:
            for entry in self.lex.candidates(verb, "verb"):
                if entry.prep or not entry.objects:
                    continue
                if objects is None:
                    objects = _objects(noun, "of", self.peoples)
                if objects & entry.objects:
                    found = self._as_noun.setdefault(entry, replace(entry, pos="noun"))
                    return None if found is skip else found
        return None

    def _word_entries(self, lemma: str, lower: str, pos: str, noun: bool) -> tuple[LexEntry, ...]:
        """The entries a word's lemma (or, but for a common noun, its form) has, or those of
        a verb without its inflection; kept by word, as the words of news repeat."""
        key = (lemma, lower, pos, noun)
        cands = self._entries_of.get(key)
        if cands is None:
            if len(self._entries_of) >= 100_000:
                self._entries_of.clear()
            cands = self._entries_of[key] = self.lex.candidates(lemma, pos) or (
                self.lex.candidates(lower, pos) if not noun else ()) or (
                self._inflected_form(lower) if pos == "verb" else ())
        return cands

    def _kind_by_modifier(self, noun: LexEntry | None, verb: LexEntry, light: Token) -> bool:
        """Whether a light verb's object names by its own modifier an act of another type
        than the verb's entry gives it: "staged joint manoeuvres" cooperate (the noun's
        entry for "joint"), where "staged manoeuvres" alone is a show of force; but a
        partner named at the verb keeps the verb's reading ("held military drills with
        Russia")."""
        return noun is not None and noun.pos == "noun" and bool(noun.objects) \
            and not noun.prep and noun.event != verb.event \
            and self._light(light) and not _prep_child(light, "with")

    def _light(self, verb: Token) -> bool:
        """A light verb (grammar: light_verbs), also where the tagger lemmatised it wrongly
        ("staged a raid" -> "stag")."""
        return verb.lemma_.lower() in self.light or (
            verb.pos_ in ("VERB", "AUX") and any(form in self.light for form in _uninflected(verb.lower_)))

    def _hyphenated(self, tok: Token) -> tuple[tuple[LexEntry, ...], Token | None]:
        """The entries of the verb a hyphenated word spells whole ("counter-attacked" ->
        "counterattack", "co-operated" -> "cooperate") when ``tok`` is one of its two parts,
        with the first part; none for words the lexicon does not know whole ("test-fired")."""
        doc, i = tok.doc, tok.i
        if i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ \
                and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
            first, last = tok, doc[i + 2]
        elif i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ \
                and not doc[i - 1].whitespace_ and doc[i - 2].is_alpha:
            first, last = doc[i - 2], tok
        else:
            return (), None
        word = first.lower_ + last.lower_
        return self.lex.candidates(word, "verb") or self._inflected_form(word), first

    def _inflected_form(self, lower: str) -> tuple[LexEntry, ...]:
        """Entries of a verb the tagger lemmatised wrongly ("staged" -> "stag"): the
        word without its inflection."""
        for form in _uninflected(lower):
            cands = self.lex.candidates(form, "verb")
            if cands:
                return cands
        return ()

    def predicates(self, sent: Span) -> list[Predicate]:
        out = []
        doc, pos = sent.doc, pos_ids(sent.doc)
        matches = {i: self.match(doc[i]) for i in range(sent.start, sent.end)
                   if pos[i] in PREDICATE_POS  # (match codes no other part of speech, but a
                   or pos[i] == ADJ and _noun_read_as_adjective(doc[i])}  # noun the tagger misread)
        for i, entry in matches.items():
            if entry is None:
                continue
            tok = doc[i]
            governor = _governor(tok)
            if (tok.lemma_.lower() in self.compelling and not entry.prep and not entry.objects
                    and (not any(c.dep_ == "xcomp" or c.dep_ == "ccomp" and infinitive(c)
                                 for c in tok.children)  # "forcing thousands to flee" (ccomp)
                         or _passive(tok) and not has_child(tok, ("agent",))
                         or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))):
                continue  # "forced its way into the compound", "forced a draw": no one compelled;
                # "was forced to admit defeat": by circumstance, no compeller named; "tried to
                # force her to return": an attempt, not an act of its own (but "stormed the
                # enclave, forcing thousands to flee" tells a compulsion besides the assault)
            if entry.pos == "verb" and any(
                    c.dep_ == "dobj" and self._kind_by_modifier(matches.get(c.i), entry, tok)
                    for c in tok.children):
                continue  # "staged joint manoeuvres": the noun's modifier says what act it is
            if (entry.pos == "noun" and governor is not None and matches.get(governor.i)
                    and tok.lemma_.lower() in matches[governor.i].objects
                    and not (governor.lemma_.lower() in self.suppressing
                             and entry.event in self.crowd_events)
                    and not (tok.dep_ == "dobj"
                             and self._kind_by_modifier(entry, matches[governor.i], governor))):
                continue  # "staged a strike", "went on strike": the verb + object entry codes it
                # (not "broke up a demonstration": the demonstration is an event of its own)
            if (entry.pos == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "of"
                    and matches.get(tok.head.head.i) is not None
                    and tok.lemma_.lower() in matches[tok.head.head.i].objects):
                continue  # "the lifting of sanctions": the act's noun codes it
            if (entry.pos == "noun" and tok.dep_ == "dobj" and matches.get(tok.head.i)
                    and matches[tok.head.i].event in self.reactions
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children)
                    and not any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in tok.children)):
                continue  # "Qatar condemned the Saudi sanctions": the act reacted to, told before
                # (not "condemned the burning of Rohingya villages by Myanmar's troops": told here)
            rejecting = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prt" else tok.head
            if (entry.pos == "noun" and tok.dep_ in ("dobj", "pobj") and tok.lemma_.lower() in self.unheeded
                    and (tok.dep_ == "dobj" or rejecting != tok.head)
                    and matches.get(rejecting.i) is not None and matches[rejecting.i].event == "REJECT"
                    and not has_child(tok, ("acl", "relcl", "ccomp"))):
                continue  # "brushing aside warnings from Washington": what is defied, no threat told
            if entry.pos == "noun" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.content \
                    and matches.get(tok.head.i) is not None:
                continue  # "demanded an apology from Paris": what is asked, not an act
            anchor = tok
            if entry.pos == "noun":
                head = tok.head
                claimer = _claimer(tok, self.claim, self.claimed)
                culpable = self._culpable_clause(tok)
                if claimer is not None:
                    anchor = claimer  # "claimed responsibility for the bombing"
                elif culpable is not None:
                    anchor = culpable  # "may have been behind the attack"
                elif tok.dep_ in ("dobj", "attr") and self._light(head):
                    anchor = head
                elif tok.dep_ == "amod" and head.dep_ in ("dobj", "attr") and self._light(head.head):
                    anchor = head.head  # "launched an air and ground offensive" (misparsed)
                elif tok.dep_ == "nsubjpass" and self._light(head):
                    anchor = head  # "a request for assistance was made by Haiti"
                elif (tok.dep_ == "conj" and head.dep_ in ("dobj", "attr")
                      and self._light(head.head)):
                    anchor = head.head  # "launched joint air and artillery strikes"
                elif (tok.dep_ == "pobj" and head.dep_ == "prep"
                      and self._light(head.head)
                      and has_child(head.head, ("prt",))):
                    anchor = head.head  # "signed off on a bailout", "went ahead with talks"
                elif (governor is not None and self._light(governor)
                      and tok.head.lower_ == "of" and governor != tok.head.head):
                    anchor = governor  # "carried out a series of nuclear tests"
                elif (tok.dep_ == "pobj" and head.head.pos_ == "VERB" and head.lower_ == "for"
                      and matches.get(head.head.i) is not None):
                    continue  # "called for an alliance": the verb entry codes it
                elif tok.dep_ == "pobj" and head.lower_ in self.background and not (
                        head.lower_ == "of" and head.head.lemma_.lower() in TIME_SPANS) and not any(
                        c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in tok.children):
                    continue  # "the turmoil of the Syrian civil war": background (not "a week of
                    # rioting", nor "died during a raid by U.S. special forces")
            elif self._light(tok) and not entry.objects:
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if obj is not None and matches.get(obj.i) is not None:
                    continue  # the event noun is the predicate
            elif tok.dep_ == "relcl" and tok.head.lemma_.lower() in self.instruments and any(
                    c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children):
                claimer = _claimer(tok.head, self.claim, self.claimed)
                if claimer is not None:  # "claimed responsibility for a bomb that wrecked the
                    anchor = claimer     # Grand Hotel": the bomb's work is the claimer's act
            if entry.mode == "phone" and tok.lemma_.lower() in self.characterising and any(
                    c.dep_ in ("oprd", "xcomp") for c in tok.children):
                continue  # "calling Prime Minister Pashinyan a traitor": a name, not a call
            if entry.pos == "verb" and tok.lemma_.lower() in self.complaints and any(
                    c.dep_ == "ccomp" and has_child(c, ("nsubj", "nsubjpass"))
                    for c in tok.children):
                entry = self.complaint  # "protested that Indian troops were meddling"
            out.append(Predicate(tok, entry, anchor))
        out += self._applications(sent, {p.anchor.i for p in out})
        out += self._sayings(sent, {p.anchor.i for p in out})
        out += self._characterisations(sent, {p.anchor.i for p in out})
        out = [self._as_intent(p) for p in out]
        # "agreed to resume talks", "vowed to attack": the embedded event is the event;
        # "urged X to agree", "refused to hold talks": the request or refusal is the event
        embedded_heads = {p.anchor.head.i for p in out if p.anchor.dep_ == "xcomp"}
        contents = {p.token.i for p in out if p.token.lemma_.lower() in self.content
                    or p.entry.mode == "ultimatum"}  # "gave X six months to withdraw"
        demanded = {c.i for p in out if p.entry is self.demand for c in p.token.children
                    if c.dep_ == "ccomp"}
        by_acts = {p.anchor.head.head.i for p in out  # "retaliated by ordering 25 Britons out"
                   if p.anchor.dep_ == "pcomp" and p.anchor.head.lower_ == "by"}
        return [p for p in out
                if not (p.token.i in by_acts and p.token.lemma_.lower() in self.manner)
                and not (p.token.i in embedded_heads and p.token.lemma_.lower() in self.control)
                and not _content_of(p.anchor, contents)
                and p.anchor.i not in demanded
                and not self._condition_of(p, {t.i for q in out if q is not p for t in (
                    q.anchor, q.token.head if q.entry.pos == "noun" else q.anchor)})
                and not self._not_an_act(p)
                and not (p.entry.event in self.purpose_retold and _purpose_retold(p, out))
                and not _act_ordered(p, out)]

    def _as_intent(self, p: Predicate) -> Predicate:
        """'France is ready to contribute troops', 'Syria is willing to withdraw': a
        stated willingness to cooperate is an AGREE (an expressed intent), not the act."""
        head = p.anchor.head
        if (p.anchor.dep_ == "xcomp" and head.lemma_.lower() in self.intent_words
                and p.entry.event in self.cooperative):
            return replace(p, entry=replace(p.entry, **self.lex.grammar["intent"]), intent=True)
        return p

    def _sayings(self, sent: Span, anchors: set[int]) -> list[Predicate]:
        """What someone says of another in a that-clause: that the other must or should do
        something is a request to it ('Straw said the Sudanese government must reach an
        agreement'); that the other is to blame accuses it ('said North Korea was responsible
        for the attack', 'said Russia was behind it'; grammar: culpability_words); that the
        other has a right to act defends it ('said Israel had a right to defend itself';
        grammar: entitlement_words)."""
        out = []
        for verb in _verbs(sent):
            lemma = verb.lemma_.lower()
            if lemma not in self.speech and lemma not in self.mandative or verb.pos_ != "VERB" \
                    or verb.i in anchors:
                continue
            for c in verb.children:
                if c.dep_ != "ccomp" or not has_child(c, ("nsubj", "nsubjpass")):
                    continue
                if any(a.dep_ == "aux" and a.lower_ in self.obligation for a in c.children) \
                        or lemma in self.mandative and _subjunctive(c):
                    out.append(Predicate(verb, self.demand, verb))
                    break
                if (c.lemma_ == "be" and not has_child(c, ("neg",))
                        and any(w.dep_ in ("acomp", "attr", "prep") and w.lower_ in self.culpability
                                for w in c.children)):
                    out.append(Predicate(verb, self.blamed, verb))
                    break
                if c.lemma_ == "have" and any(
                        o.dep_ == "dobj" and o.lemma_.lower() in self.entitlements
                        and not any(d.lower_ in ("no", "not") for d in o.children) for o in c.children) \
                        and not has_child(c, ("neg",)):
                    out.append(Predicate(verb, self.upheld, verb))  # "said Israel had a right
                    break  # to defend itself": the speaker defends the other's cause
        return out

    def _applications(self, sent: Span, anchors: set[int]) -> list[Predicate]:
        """'applied to join NATO', 'applied to become a member of the EU': an application
        to join is a request to the body joined (grammar: application_verbs, joining_verbs);
        the joining is its content (control_content)."""
        return [Predicate(verb, self.application, verb) for verb in _verbs(sent)
                if verb.lemma_.lower() in self.applying and verb.pos_ == "VERB" and verb.i not in anchors
                and any((c.dep_ == "xcomp" or c.dep_ == "advcl" and infinitive(c))
                        and c.lemma_.lower() in self.joining for c in verb.children)]

    def _characterisations(self, sent: Span, anchors: set[int]) -> list[Predicate]:
        """'called the extradition illegal', 'branded the launch a grave threat': naming
        what another did by a word of blame is an accusation, by a word of praise support
        (grammar: characterising_verbs, blame_words, praise_words)."""
        out = []
        for verb in _verbs(sent):
            if (verb.lemma_.lower() not in self.characterising or verb.pos_ != "VERB"
                    or verb.i in anchors or not any(c.dep_ == "dobj" and c.lower_ not in ("what", "which")
                                                    for c in verb.children)
                    and not _object_inside_label(verb, self.label_words)):
                continue  # "in what officials called an act of terrorism": nobody is blamed
            labels = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")
                      or c.dep_ == "dobj" and c.i > min(d.i for d in verb.children if d.dep_ == "dobj")]
            if not labels and verb.lemma_.lower() in self.labelling:
                labels = [c for c in verb.children if c.dep_ == "dobj" and label_compounded(c)]
            labels += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                       for o in c.children if o.dep_ == "pobj"]
            words = {w.lemma_.lower() for label in labels
                     for w in [label, *(m for m in label.children if m.dep_ in ("amod", "compound"))]}
            owned = any(label.lemma_.lower() in self.owned_blame and any(
                c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in label.children) for label in labels)
            entry = (self.blame if words & self.blame_words or owned else
                     self.praise if words & self.praise_words else None)
            if entry is not None:
                out.append(Predicate(verb, entry, verb))
        return out

    def _nationals(self, noun: Token) -> bool:
        """A people or a country's nationals abroad: "Americans", "foreign nationals",
        "European residents" (grammar: nationals_nouns)."""
        return noun.lemma_.lower() in self.nationals or "@people" in self.nationals and (
            noun.ent_type_ == "NORP" or noun.lower_ in self.peoples)

    def _assistance(self, verb: Token) -> bool:
        """A deployment or arrival told as help: 'to help the government', 'to train soldiers', 'at the request of',
        'under a U.N. mandate', 'with tents and medicines', or by what arrives: 'rescue teams and
        medical supplies began arriving' (grammar: assistance_marks)."""
        marks = self.assistance_marks
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in marks and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                if any(o.dep_ == "dobj" and o.lemma_.lower() in self.order_objects for o in c.children):
                    continue  # "sent into Baku to restore order": imposed, not help
                if c.lemma_.lower() in self.guarding_verbs and any(
                        o.dep_ == "dobj" and self._nationals(o) for o in c.children):
                    continue  # "sent 400 Marines to protect Americans": its own, not help
                return not any(t.lemma_.lower() in self.defences and t.pos_ == "VERB" for t in c.subtree)
                # (not "to help defend the kingdom against a possible attack": a show of force)
            if c.dep_ == "prep" and any(o.lemma_.lower() in marks for o in c.children if o.dep_ == "pobj"):
                return True
        # "rescue teams and medical supplies began arriving in Yerevan": sent as help
        subjects = [x for s in _clause_subjects(verb)
                    for x in (s, *(c for c in s.children if c.dep_ == "conj"))]
        return any(w.lemma_.lower() in marks for s in subjects
                   for w in (s, *(m for m in s.children if m.dep_ in ("compound", "amod"))))

    def _not_an_act(self, p: Predicate) -> bool:
        """An earthquake's 'strike', a football 'beat', a purpose ('to help defend')."""
        subj = _clause_subjects(p.anchor)  # "an earthquake struck Nepal, killing 1,800"
        if p.entry.pos == "noun" and p.anchor is p.token:
            subj = [c for c in p.token.children if c.dep_ in ("compound", "amod")]
        if any(w.lemma_.lower() in self.natural_or_economic for s in subj
               for w in [s, *(c for c in s.children if c.dep_ in ("compound", "amod"))]):
            return True  # "an earthquake struck", "Super Typhoon Haiyan slammed into", "prices hit"
        if p.entry.pos == "verb" and any(s.dep_ == "nsubj" and s.lemma_.lower() in self.conflicts for s in subj):
            return True  # "the conflict in Afghanistan killed 10,000 civilians last year": its toll
        if any(w.lemma_.lower() in self.failing_structures for s in subj if s.dep_ == "nsubj"
               for w in [s, *(c for c in s.children if c.dep_ == "compound")]):
            return True  # "a factory building collapsed, killing 87 workers" (not "the bridge
            # was blown up", where the structure undergoes the act)
        if _passive(p.anchor) and not has_child(p.anchor, ("agent",)) and any(
                c.dep_ == "advcl" and any(w.lemma_.lower() in self.failing_structures
                                          for s in c.children if s.dep_ == "nsubj"
                                          for w in [s, *(m for m in s.children if m.dep_ == "compound")])
                for c in p.anchor.children):
            return True  # "20 people were killed when a building collapsed": the collapse's toll
        if p.entry.pos == "verb" and not has_child(p.token, ("agent",)) and any(
                self._clash_of_the_fallen(o) for c in p.token.children for o in c.children):
            return True  # "five policemen were killed in clashes with rebels": the clash codes it
        if (p.anchor.dep_ == "pcomp" and p.anchor.head.lower_ == "from"
                and p.anchor.head.head.lemma_.lower() in self.preventing):
            return True  # "barred Sam Rainsy from visiting the country": prevented, not done
        if p.entry.pos == "noun" and p.token.dep_ == "dobj" and p.token.head.lemma_.lower() in self.averting:
            return True  # "a deal averted a strike by coal miners", "to avert U.S. tariffs": not done
        if p.entry.event == "COERCE" and p.entry.pos == "verb" and any(
                o.lemma_.lower() in self.violent_causes for c in p.token.children
                if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and p.token.tag_ == "VBN"
                for o in c.children if o.dep_ in ("pobj", "pcomp")):
            return True  # "people displaced by fighting around Goma": the fighting's toll
        if self._figurative(p.token):
            return True  # "stormed to victory", "struck oil", "fired coach Rafael Benitez"
        if p.entry.pos == "noun" and p.token.lemma_.lower() in self.conflicts \
                and p.token.text[:1].isupper() and p.token.i > p.token.sent.start:
            return True  # "in protest against the Vietnam War", "since World War Two": a war's name
        if p.entry.mode == "visit" and p.entry.pos == "verb" and (
                _passive(p.token) and not has_child(p.token, ("agent",))
                or p.entry.prep and any(c.dep_ == "dobj" and c.lemma_.lower() not in p.entry.objects
                                        for c in p.token.children)):
            return True  # "he was flown to New York to face charges", "flew them to Doha":
            # carried there, not visiting
        if p.anchor.dep_ == "relcl" and p.anchor.head.lemma_.lower() in self.natural:
            return True  # "Hurricane Mitch, which killed thousands"
        if p.anchor.dep_ == "relcl" and p.anchor.head.lemma_.lower() in self.conflicts and not any(
                c.dep_ == "agent" or c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                for c in p.anchor.children):
            return True  # "a civil war that killed a million people": the war's toll
        if self._toll(p.anchor) or p.token.dep_ == "pobj" and self._toll(p.token.head.head):
            return True  # "270,000 people have been killed in Syria's civil war": its toll
        if self._fallen_in_war(p.token) or p.token.dep_ == "pobj" and self._fallen_in_war(p.token.head.head):
            return True  # "the remains of 55 servicemen killed in the Korean War"
        if p.token.lower_ == "allied" and not any(
                c.dep_ in ("nsubj", "nsubjpass") or c.lower_ in ("with", "to") for c in p.token.children):
            return True  # "soldiers and allied militiamen": an adjective the parser made a verb
        if (p.token.lemma_.lower() in self.sport_verbs or p.entry.event == "ASSAULT" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.sporting and not self._count_word(c)
                for c in p.token.children)) \
                and self._about_sport(p.token.sent):
            return True  # "beat Ghana 9-8 on penalties", "struck the decisive penalty"
        if p.token.lemma_.lower() in self.sport_verbs and self._contest_result(p.token):
            return True  # "narrowly beat Bolsonaro in Sunday's run-off", "to win the U.S. Open"
        if self._against_ill(p.token) or p.anchor is not p.token and self._against_ill(p.anchor):
            return True  # "declared a war on drugs", "an offensive against malaria"
        if p.entry.event == "REQUEST" and any(
                c.dep_ in ("acomp", "oprd", "advmod", "dobj") and c.lemma_.lower() in self.plea_verdicts
                for c in p.token.children):
            return True  # "pleaded not guilty to charges of sexual assault": a plea in court
        if any(t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.remembrance
               for t in governing_chain(p.token)):
            return True  # "on the 70th anniversary of Japan's surrender": the past remembered
        if p.entry.event == "ASSAULT" and p.entry.pos == "verb" and not any(
                c.dep_ in ("dobj", "nsubjpass", "ccomp") or c.dep_ == "prep" and c.lower_ in p.entry.recipient_preps
                for c in p.token.children) and self._about_sport(p.token.sent):
            return True  # "France attacked relentlessly but lost 18-11 to Ireland": play (not
            # "warplanes bombed [the airport and infantry pushed ...]", its object misparsed)
        if p.entry.event == "REQUEST" and p.token.lemma_.lower() in self.questions and any(
                m.lower_ in ("whether", "if") for c in p.token.children if c.dep_ == "ccomp"
                for m in c.children if m.dep_ == "mark"):
            return True  # "asked whether Russia would attack": a question
        if p.entry.event == "REJECT" and any(  # "rejected (as absurd) allegations that ..."
                t.lemma_.lower() in self.denied and t.dep_ in ("dobj", "pobj", "npadvmod", "attr")
                and p.token in (t.head, t.head.head) and not _authored(t) for t in p.token.subtree):
            return True  # "dismissed claims that ...": a denial of the claimed act (but rejecting
            # "a U.N. report" or "Washington's accusation" is a rejection of its author too)
        if p.entry.mode == "release" and any(
                a.dep_ == "agent" for o in p.token.children if o.dep_ == "dobj"
                for n in (o, *(g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"))  # "dozens of passengers"
                for h in n.children if h.dep_ == "acl" for a in h.children):
            return True  # "stormed the terminal and freed 100 hostages held by hijackers": a
            # rescue from captors the text names, not a release by those who held them
        if p.entry.mode == "ceasefire" and p.entry.pos == "verb" and _others_act_stopped(p.token):
            return True  # "halting the militants' advance": the other side was stopped, no truce
        if p.entry.mode == "release" and self._rescue(p.token):
            return True  # "stormed the airliner and freed all 86 hostages": the assault's outcome
        if p.entry.event == "REJECT" and p.token.lemma_.lower() in self.refusing and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in self.silence for c in p.token.children):
            return True  # "declined to comment on the report": silence, no rejection
        if p.entry.event == "THREATEN" and p.token.lemma_.lower() in self.aimed_threats \
                and not self._aimed(p):
            return True  # "took all necessary measures to contain the outbreak": no one threatened
        if p.entry.event == "THREATEN" and self._warned_danger(p.token):
            return True  # "warned that the fighting was pushing Lebanon toward disaster"
        if self._background_of_modifier(p.anchor):
            return True  # "the Dalai Lama, who fled after Chinese troops crushed an uprising"
        if self._power_taken_handed_on(p):
            return True  # "detained Suu Kyi and handed power to the army chief": the coup's step
        return p.entry.event in self.purpose_intents and _purpose(p.anchor, self.deciding)

    def _power_taken_handed_on(self, p: Predicate) -> bool:
        """A handing over of power (a CONCEDE of policy) told as the conjunct of the same
        subject's coercive act ("the military detained Aung San Suu Kyi and handed power to
        its chief", "declared a state of emergency and handed power to the army chief"): those
        who seized power pass it among themselves, nobody concedes it."""
        if p.entry.event != "CONCEDE" or p.entry.mode != "policy" or p.anchor.dep_ != "conj" \
                or has_child(p.anchor, ("nsubj", "nsubjpass")):
            return False
        head = self.match(p.anchor.head)
        return head is not None and head.event == "COERCE"

    def _rescue(self, verb: Token) -> bool:
        """A freeing joined to an assault of the same subject (grammar: rescue_assaults): its
        conjunct ("stormed the plane and freed the hostages", "attacking a prison and freeing
        inmates") or participle ("stormed the plane, freeing ..."); not a time clause ("freed
        the crewmen 11 months after seizing their ship": the captors' release)."""
        if verb.dep_ in ("conj", "advcl") and verb.head.lemma_.lower() in self.rescue_assaults \
                and not has_child(verb, ("nsubj", "nsubjpass")):
            return True
        return any(c.dep_ == "advcl" and c.lemma_.lower() in self.rescue_assaults
                   and not has_child(c, ("nsubj", "nsubjpass", "mark"))
                   for c in verb.children)

    def _aimed(self, p: Predicate) -> bool:
        """A threat noun aimed at someone ('firm measures against any provocation') or told
        with a guarding purpose ('necessary measures to defend its sovereignty')."""
        holders = [p.token, p.anchor] if p.anchor is not p.token else [p.token]
        if any(_prep_child(h, "against") is not None for h in holders):
            return True
        purposes = [c for h in holders for c in h.children
                    if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        return any(v.lemma_.lower() in self.guarding or any(
            o.dep_ == "dobj" and o.lemma_.lower() in self.guarded for o in v.children) for v in purposes)

    def _toll(self, verb: Token) -> bool:
        """The count of a long conflict's dead, told in the perfect passive with nobody
        named as the killer: "more than 270,000 people have been killed in Syria's civil
        war"."""
        return _passive(verb) and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children) \
            and self._died_in_a_war(verb)

    def _fallen_in_war(self, verb: Token) -> bool:
        """People described as fallen in a war: a participle or relative clause on a noun
        ("servicemen killed in the Korean War", "soldiers who died in the Falklands war")
        (grammar: casualty_verbs)."""
        return verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in self.casualty_verbs \
            and self._died_in_a_war(verb)

    def _died_in_a_war(self, verb: Token) -> bool:
        """Deaths set 'in' or 'during' a war, with nobody named as the killer (grammar:
        conflict_nouns)."""
        return not has_child(verb, ("agent",)) and any(
            o.lemma_.lower() in self.conflicts for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "during") for o in c.children if o.dep_ == "pobj")

    def _about_sport(self, sent: Span) -> bool:
        return any(t.lemma_.lower() in self.sporting and not self._count_word(t) for t in sent) or bool(
            SCORE.search(span_text(sent)))

    def _count_word(self, tok: Token) -> bool:
        """A count that a sport word spells (grammar: quantity_nouns), no word of sport:
        "killed scores of civilians", "taking scores of hostages"."""
        return tok.lower_ in self.quantities and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)

    def _contest_result(self, verb: Token) -> bool:
        """A sport verb that tells who won a contest: its "in"/"at" names a contest ("beat
        Bolsonaro in Sunday's run-off"), or its purpose is winning a title ("beat Serena
        Williams to win the U.S. Open"; grammar: contest_words, winning_verbs)."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in self.contest_words
                    for o in c.children):
                return True
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in self.winning_verbs and any(
                    o.dep_ == "dobj" and (o.ent_type_ == "EVENT" or o.lemma_.lower() in self.sport_words)
                    for o in c.children):
                return True
        return False

    def _against_ill(self, tok: Token) -> bool:
        """A fight whose adversary is an ill, not an actor (grammar: social_ills): "a war
        on drugs", "an offensive against malaria", "a crackdown on smog", "fight inflation"."""
        for c in (tok, *(d for d in tok.children if d.dep_ == "dobj")):
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against") and any(
                        o.dep_ == "pobj" and o.lemma_.lower() in self.social_ills
                        and not any(m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE")
                                    for m in o.children)  # "an embargo on Rhodesian tobacco":
                        for o in prep.children):                   # a country's goods, not an ill
                    return True
        return tok.lemma_.lower() in self.fighting_verbs and any(
            d.dep_ == "dobj" and d.lemma_.lower() in self.social_ills for d in tok.children)

    def _figurative(self, tok: Token) -> bool:
        """A figure of speech told by the predicate's object (grammar: figurative_objects):
        "stormed to victory", "slammed the brakes on", "fighting a losing battle"."""
        words = self.figurative.get(tok.lemma_.lower())
        if not words:
            return False
        found = _objects(tok, None, self.peoples)
        found |= {m.lower_ for c in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
                  for m in c.children if m.dep_ in ("amod", "compound")}  # "a losing battle"
        found -= {w for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in self.targets
                  for m in c.children if m.dep_ in ("amod", "compound")
                  for w in (m.lower_, m.lemma_.lower())}  # not "struck oil facilities": a target
        found |= {w for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                  for o in c.children if o.dep_ == "pobj"
                  for w in _word_forms(o)}  # "voted for independence", "for self-determination"
        found |= {o.lemma_.lower() for c in tok.children if c.lower_ == "out"
                  for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  for o in p.children if o.dep_ == "pobj"}  # "walked out of his base"
        return bool(found & words)

    def _warned_danger(self, warn: Token) -> bool:
        """A warning of a danger that nobody is threatening: "warned that the fighting was
        pushing Lebanon toward disaster", "warned that cheap imports would hurt local
        industry", "warned that Britain faced its longest recession", "warned that fighting
        could resume" (the clause's subject a thing or an activity, not an actor nor a weapon,
        or the danger an economic force); not "warned that it would strike again", "warned that any missile launched from Cuba would be met", "that
        any interference with Israeli ships would be an act of war": what the other side
        might do, and the answer it would meet; nor "warned him that troops would remove him
        by force": an armed force (grammar: own_force_nouns) is someone behind the harm."""
        if warn.lemma_.lower() not in self.warnings:
            return False
        for clause in (c for c in warn.children if c.dep_ in ("ccomp", "acl")):
            subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            danger = {o.lemma_.lower() for o in clause.children if o.dep_ == "dobj"} & self.economic
            answer = {w.lemma_.lower() for o in clause.children if o.dep_ in ("dobj", "attr")
                      for w in (o, *(g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for g in c.children if g.dep_ == "pobj"))} & self.conflicts
            if answer and any(self.match(s) is not None and self.match(s).event in FORCE_TYPES
                              for s in subj):
                continue  # "warned Bogota that an attack on Venezuela would mean war": the answer
                # an attack would meet, a threat (not "that the move could widen the war")
            if danger or subj and all(
                    (s.pos_ == "NOUN" or s.tag_ == "VBG") and not s.ent_type_  # "fighting could resume"
                    and s.lemma_.lower() not in self.instruments
                    and not (s.lemma_.lower() in self.own_forces and self._force_to_come(clause))
                    and not any(d.lower_ in ("any", "every") for d in s.children) for s in subj):
                return True
        return False

    def _force_to_come(self, clause: Token) -> bool:
        """A clause telling force that will be used: "would remove him by force", "will crush
        any uprising" (an act of force by the lexicon, or one done by force); not "would run
        out of ammunition"."""
        entry = self.match(clause)
        return any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in clause.children) \
            and (entry is not None and entry.event in FORCE_TYPES or any(
                 o.lemma_.lower() == "force" for c in clause.children if c.dep_ == "prep" and c.lower_ == "by"
                 for o in c.children if o.dep_ == "pobj"))

    def _background_of_modifier(self, verb: Token) -> bool:
        """An act told as the earlier cause inside a description of someone: "the Dalai
        Lama, who fled Lhasa after Chinese troops crushed an uprising", "refugees who have
        fled since Soviet tanks crushed the revolt": a clause of time under a relative
        clause on people (grammar: background_marks) is background, not the news (not
        "aggression, which suggests it was recorded after the bombing began on September
        30", which dates the act)."""
        chain = governing_chain(verb)
        for i, t in enumerate(chain):
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.background_marks
                                         for c in t.children):
                return any(h.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in h.children)
                           for h in chain[i + 1:])
        return False

    @staticmethod
    def _told_as_background(verb: Token) -> bool:
        """An act dated long before the news, told in a relative clause describing someone:
        "Augusto Pinochet, who overthrew Salvador Allende in a 1973 coup, died on Sunday"
        (the man's description, not news; not an act told in a clause of time, "two
        months after its Revolutionary Guards seized the ship", which annotators code)."""
        return any(t.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in t.children)
                   for t in governing_chain(verb))

    def _condition_of(self, p: Predicate, anchors: set[int]) -> bool:
        """An act named as the condition or goal of another coded act (``anchors``: their
        verbs, and the verbs whose objects they are), not as done: "would
        break off relations if the warships were not withdrawn", "would keep up his hunger
        strike until the government freed 26 prisoners", "would resume talks only if
        the guerrillas freed every hostage", "occupied parliament, vowing to stay until
        Suharto resigned" (not "fought on until the garrison surrendered", which tells both
        acts; not "If Russia invaded Ukraine, NATO would respond", where the condition is
        all the sentence codes; nor a noun there, which may name a real act: "if its
        offensive in Syria is called an invasion"; grammar: condition_marks, goal_marks)."""
        if p.entry.pos == "noun" and p.anchor is p.token:
            return False
        for t in governing_chain(p.anchor):
            if t.dep_ != "advcl":
                continue
            marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
            if (marks & self.condition_marks or marks & self.goal_marks
                    and _unrealised(t.head, self.lex)) and any(
                    h.i in anchors for h in governing_chain(t.head)):
                return True
        return False

    # -- arguments ----------------------------------------------------------------------
    def actors(self, p: Predicate, args: Arguments) -> list[Arg]:
        if p.entry.event == "ASSAULT" and p.anchor is p.token and p.token.dep_ == "nsubj":
            between = _parties_between(p.token, args)
            if between:  # "fighting broke out between A and B", "fighting between A and B raged"
                return between
        if p.entry.pos == "noun" and p.anchor is p.token:
            tok = p.token
            found = self._noun_actors(tok, args, p.entry.event)
            if not found and tok.dep_ == "pobj" and tok.head.lower_ == "on" and (
                    tok.head.head.lemma_.lower() in self.state_verbs  # "remained on alert",
                    or has_child(tok.head, ("mark",))):  # "while on hunger strike"
                found = self._subject(tok.head.head, args)
            crowd = p.entry.event in self.crowd_events  # (a strike is the crowd's by its lemma)
            if not found and (crowd or self._crowd_reading(tok)) and self._joined_in(tok):
                found = [a for a in self._subject(tok.head.head, args)  # "residents stayed off the
                         if a.sector not in self.force_sectors  # buses in a boycott", "bus drivers
                         and (crowd or a.sector in self.civil)]  # stayed off the roads in a strike"
            if not found and p.entry.event == "CONSULT":
                verb = self._meeting_verb(tok, args)
                found = self._subject(verb, args) if verb is not None else []
            return found
        if p.entry.pos == "noun":  # "completing Moscow's withdrawal": the noun's possessor
            owner = [a for c in p.token.children if c.dep_ == "poss" for a in args.of(c)]
            if owner and not self._possessor_undergoes(p.token) and not any(
                    c.lower_ == "civil" for c in p.token.children):  # "Syria's civil war": a place
                return owner
        if p.entry.event in self.owner_given and passive_participle(p.anchor) and not any(
                c.dep_ == "agent" for c in p.anchor.children):  # not "U.S. tanks bought by Poland"
            given = p.anchor.head  # "U.S. intelligence shared with Russia": the owner gave it
            owner = [a for c in given.children if c.dep_ in ("poss", "compound", "amod") for a in args.of(c)]
            if owner:
                return owner
        if p.entry.event in self.deployed_forces and _passive(p.anchor) and not any(
                c.dep_ == "agent" for c in p.anchor.children):  # "Russian troops were deployed"
            return [a for c in p.anchor.children if c.dep_ == "nsubjpass" for a in args.of(c)]
        found = self._subject(p.anchor, args)
        if not found and p.entry.event in self.announced_acts:
            found = self._announcer(p.anchor, args)
        return found

    def _announcer(self, verb: Token, args: Arguments) -> list[Arg]:
        """'De Klerk announced that the ban would be lifted and that Mandela would be freed':
        an agentless passive act that a state, an organisation or an official in office
        announces (grammar: announcing_verbs) is the announcer's own."""
        t = verb
        while t.dep_ == "conj" and _passive(t.head):
            t = t.head
        if not _passive(verb) or has_child(verb, ("agent",)) \
                or t.dep_ != "ccomp" or t.head.lemma_.lower() not in self.announcing:
            return []
        return [a for a in self._subject(t.head, args) if a.actor.type in ("state", "igo")
                or a.actor.type == "person" and a.actor.sector in ("GOV", "MIL", "COP", "JUD")]

    def _crowd_reading(self, noun: Token) -> bool:
        """A noun a crowd's act reads as a crowd event (grammar: civil_acts): "a strike"."""
        reading = self.civil_acts.get(noun.lemma_.lower())
        return reading is not None and reading.get("event") in self.crowd_events

    def _joined_in(self, noun: Token) -> bool:
        """'stayed off the buses in a boycott', 'shops closed in a general strike': a crowd's
        act told as what those who did something without an object did it in (not "police
        fired on the crowd in the protest", not "three died in the protest")."""
        verb = noun.head.head
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.dep_ == "prep" \
            and verb.pos_ == "VERB" and verb.lemma_.lower() not in self.casualty_verbs \
            and not has_child(verb, ("dobj", "nsubjpass", "auxpass")) \
            and not any(c.dep_ == "prep" and c.lower_ in ("on", "at") and not _time_adjunct(c)
                        for c in verb.children)

    @staticmethod
    def _meeting_verb(tok: Token, args: Arguments) -> Token | None:
        """The verb a meeting noun is the occasion of, whose subject met: "agreed ... after
        (three hours of) talks with X", "flew to Kampala for talks with X", "warned Putin in
        a video call"."""
        if tok.dep_ != "pobj":
            return None
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in TIME_SPANS and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "after three hours of talks"
        verb = prep.head
        if verb.pos_ != "VERB":
            return None
        if prep.lower_ in ("after", "before", "during", "following", "for") and _prep_child(tok, "with"):
            return verb  # (also "flew to Jeddah for talks with King Salman": who came for them)
        if prep.lower_ in ("in", "during") and any(c.dep_ == "dobj" and args.of(c) for c in verb.children):
            return verb  # "warned Putin in a video call": Putin is who he spoke with
        return None

    def _reciprocal(self, p: Predicate) -> bool:
        """'traded accusations', 'fought each other', 'held talks', 'joint exercises'."""
        if p.anchor.lemma_.lower() in self.lex.words("reciprocal_verbs"):
            return True
        nouns = self.lex.words("reciprocal_nouns") if p.entry.event != "MOBILIZE" else frozenset()
        # (an exercise held alone is no joint act: "held exercises in Poland")
        if p.entry.pos == "noun" and (p.token.lemma_.lower() in nouns
                                      or any(c.lower_ in ("joint", "mutual", "bilateral")
                                             for c in p.token.children)):
            return True
        if p.entry.pos == "verb" and (p.token.lemma_.lower() in self.lex.words("reciprocal_verbs")
                                      or p.entry.objects & nouns
                                      and _objects(p.token, p.entry.prep, self.peoples) & nouns):
            return True  # "Israel and Jordan signed a peace treaty", "the two leaders met"
        words = [t.lower_ for t in p.anchor.subtree]
        return any(pair in zip(words, words[1:]) for pair in (("each", "other"), ("one", "another")))

    def _exercise_alone(self, p: Predicate, actors: list[Arg]) -> bool:
        """"North Korea conducted military drills", "China held drills near Taiwan": an
        exercise one state holds with no partner named (no "with", no "joint") is a show of
        force (grammar: exercise_alone), not military cooperation."""
        if (p.entry.event, p.entry.mode) != ("COOPERATE", "military") \
                or len({a.actor.id for a in actors}) != 1 or actors[0].actor.type != "state":
            return False
        nouns = [p.token] if p.entry.pos == "noun" else [c for c in p.token.children if c.dep_ == "dobj"]
        exercises = [n for n in nouns if n.lemma_.lower() in self.exercises]
        return bool(exercises) and not any(c.lower_ in self.partner_marks
                                           for t in (p.token, *exercises) for c in t.children)

    def _undergoer(self, p: Predicate, args: Arguments) -> list[Arg]:
        """'we face aggression from Russia': the subject of 'face' is the recipient."""
        tok = p.token
        if p.entry.pos == "noun" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.undergo:
            return self._subject(tok.head, args)
        return []

    def _subject(self, verb: Token, args: Arguments) -> list[Arg]:
        t = _controller_of_aside(verb) or verb
        for _ in range(5):
            stray = _stray_subject(t)
            if stray is not None and args.found.at(stray) is not None:
                return args.of(stray, conj=False)
            if self._ordered_patient(t) is not None:  # "a judge ordered Lula jailed": the judge
                t = t.head
                continue
            agent = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agent and not has_child(t, ("nsubj",)):  # not "spoke by telephone"
                return args.of(agent[0])
            if not agent and t == verb and _passive(t):
                patient = {a.actor.id for c in t.children if c.dep_ == "nsubjpass" for a in args.of(c)}
                official = [a for o in _agent_on_an_object(t) for a in args.of(o)
                            if a.actor.id not in patient]  # not "Bishop was killed in a coup
                # by members of his own government": the victim is no agent of his killing
                if official and all(a.actor.type == "state" or a.sector in self.official_agents
                                    for a in official):
                    return official  # "was sentenced to 15 months for contempt of court by the
                    # Constitutional Court": the parser hung the court on 'contempt'
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and t.dep_ == "conj" and self._event_noun(subj[0]) and not args.of(subj[0]):
                subj = []  # "held talks on Thursday, their first summit, and pledged to ...":
                # an event noun is no agent; the clause shares its first conjunct's subject
            if subj:
                found = _unique([a for s in subj for a in self._subject_phrase(s, args)])
                if not found and subj[0].lower_ in ("it", "they") and (
                        t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING_VERBS
                        or t.dep_ == "advcl"):  # "the defence ministry said it had sent",
                    return self._subject(t.head, args)  # "soldiers raped ... as they retreated"
                if not found and self._own_force(subj[0], t):
                    return self._subject(t.head, args)
                return found
            if t.dep_ in ("xcomp", "ccomp") and t != verb or t.dep_ == "xcomp":
                obj = [c for c in t.head.children if c.dep_ in ("dobj", "dative") and c.i < t.i
                       and t.head.lemma_.lower() not in self.contacting]
                if obj:  # object control: "urged Muslims to attack" -> Muslims attack
                    found = args.of(obj[0])
                    if found or t.head.lemma_.lower() not in self.ordering:
                        return found
                    t = t.head  # "ordered telecoms operators to block Facebook": who ordered
                    continue
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ in ("of", "for"):
                obj = [c for c in t.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
                if obj:  # "accused Russia of shelling", "thanked Qatar for mediating"
                    return args.of(obj[0])
                if t.head.head.dep_ == "dobj" and t.head.head.head.pos_ == "VERB":
                    return args.of(t.head.head)  # the parser's "accused [separatists of shooting]"
                setter = self._setter(t)
                if setter is not None:
                    t = setter
                    continue
            if misjoined_finite(t):  # "endorsed a plan to deploy peacekeepers and called on
                t = finite_governor(t.head) or t.head  # member states": the clause above
                continue
            if t.dep_ == "advcl" and has_child(t, ("nsubjpass",)) and any(
                    c.dep_ == "mark" and c.lower_ in self.background_marks for c in t.children):
                return []  # "three weeks after he was detained in London": what led to the
                # main clause is not its subject's act; nobody named did it
            if t.dep_ in ("xcomp", "acomp", "conj", "advcl") and t.head != t or (
                    t.dep_ == "dep" and t.head.pos_ == "VERB"):  # "threatened ..., then stormed out"
                t = t.head
            elif t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
                t = t.head.head  # "after meeting the general", "by shelling the city": its clause's subject
            elif t.dep_ in ("acl",) and t.head.pos_ in ("NOUN", "PROPN"):
                if passive_participle(t):
                    # "people killed in the attack": the noun is the patient, and its
                    # taker is the one who frees it ("freed hostages seized in 2010")
                    if t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in self.captors:
                        t = t.head.head
                        continue
                    return []
                maker = self._enacted_by(t.head)
                if maker is not None:
                    t = maker
                    continue
                return args.of(t.head) or args.pointed(t.head)
            else:
                return []
        return []

    def _armed_crossing(self, verb: Token, actors: list[Arg]) -> bool:
        """Whether a crossing onto a shore or over a frontier is made by an armed force: its
        crossers are troops or fighters ("Turkish forces landed", "Taliban fighters poured
        across"), or the verb moves a force ("Iraq poured troops across the border")."""
        return bool(actors) and all(a.sector in self.armed_sectors for a in actors) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.own_forces for c in verb.children)

    def _armed_only(self, p: Predicate) -> bool:
        """Whether ``p``'s reading holds only for an armed force: a crossing read as an
        invasion (grammar: armed_crossings), a movement without object read as a deployment
        (grammar: armed_movements)."""
        lemma = p.token.lemma_.lower()
        return lemma in self.armed_crossings and p.entry.event == "ASSAULT" or (
            lemma in self.armed_movements and p.entry.event == "MOBILIZE" and not p.entry.objects)

    def _own_force(self, subj: Token, clause: Token) -> bool:
        """'Thatcher said a naval task force would sail': a force named without its side,
        in a clause a speaker reports, is the speaker's own (grammar: own_force_nouns); not
        "the troops", told of before."""
        return (subj.lemma_.lower() in self.own_forces and clause.dep_ == "ccomp"
                and clause.head.lemma_.lower() in REPORTING_VERBS
                and not any(c.dep_ in ("poss", "compound", "amod") and (c.ent_type_ or c.pos_ == "PRON")
                            or c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that")
                            for c in subj.children))

    def _setter(self, verb: Token) -> Token | None:
        """'set March 31 as the deadline for pulling all U.S. forces out': the verb that sets
        the time of an act, whose subject does the act (grammar: schedule_nouns)."""
        noun = verb.head.head
        if verb.head.lower_ != "for" or noun.lemma_.lower() not in self.schedules:
            return None
        governor = _governor(noun)
        return governor if governor is not None and governor.pos_ == "VERB" else None

    def _enacted_by(self, text: Token) -> Token | None:
        """'signed into law a bill tightening the embargo': the verb by which a bill or a
        decree is made, whose subject does what the text does (grammar: enacting_nouns)."""
        if text.lemma_.lower() not in self.enacting:
            return None
        governor = _governor(text)
        return governor if governor is not None and governor.pos_ == "VERB" else None

    def _event_noun(self, tok: Token) -> bool:
        """'summit', 'talks': a noun the lexicon codes as an event."""
        entry = self.match(tok)
        return entry is not None and entry.pos == "noun"

    def _subject_phrase(self, subj: Token, args: Arguments) -> list[Arg]:
        """The actors of a subject, with the coordinated names the small parser hangs
        on it as modifiers ("Presidents Barack Obama and Dmitry Medvedev",
        "Sudan's government and southern rebels of the SPLM")."""
        found = self._plural_pronoun(subj, args) or args.of(subj)
        if any(c.dep_ == "cc" for c in subj.subtree):
            found += [a for c in subj.children if c.dep_ == "nmod" for a in args.of(c)]
            found += [a for head in _conjunct_heads(subj) for a in args.of(head, conj=False)]
        return _unique(found)

    def _noun_actors(self, noun: Token, args: Arguments, event: str) -> list[Arg]:
        blamed = self._blamed_for(noun, args)
        if blamed:
            return blamed
        victims = self._fallen_fighting(noun, args)
        if victims:
            return victims
        patient = self._possessor_undergoes(noun)
        for c in noun.children:
            if c.dep_ == "poss" and not patient and not self._dating_possessor(c):
                return self._plural_pronoun(c, args) or args.of(c)
        mods = [a for c in modifier_chain(noun) for a in args.of(c)
                if not (event in self.topic_events and c.dep_ == "compound"
                        and a.actor.type == "state" and a.how == "alias")
                and not (c.dep_ == "compound" and a.how == "capital")]  # "the Paris agreement",
        # "the Baghdad bombing": the city it was signed or done in
        if mods:
            return mods
        of = _prep_child(noun, "of")  # "the signing of the treaty between Israel and Jordan"
        parties = [noun, *(o for o in of.children if o.dep_ == "pobj")] if of is not None else [noun]
        between = _unique([a for h in parties for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                           for o in c.children if o.dep_ == "pobj" for a in self._subject_phrase(o, args)])
        # ("between Papua New Guinea's government and secessionist rebels": the small parser
        # hangs the first party on the second as a modifier, as on a subject)
        if len(between) > 1:  # "fighting between Croatian militiamen and the federal army"
            return between
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.undergo:
            holders = [noun, noun.head]
        else:
            holders = [noun]
        for c in (c for h in holders for c in h.children):
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return args.of(p)
        for c in _by_on_the_patient(noun):  # "the arrest of Ratko Mladic by Serbian police"
            found = args.of(c)
            if found:
                return found
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" \
                and noun.head.head.lemma_.lower() in self.outcome_verbs:
            return self._subject(noun.head.head, args)  # "ended their talks with an agreement"
        return args.doer_of(noun) or self._organisers(noun, args)  # "his role in the massacre"

    def _fallen_fighting(self, noun: Token, args: Arguments) -> list[Arg]:
        """"Five policemen were killed in clashes with Tamil rebels": the fallen are one side
        of the clash, the side named with "with" the other."""
        if not self._clash_of_the_fallen(noun):
            return []
        return [a for s in noun.head.head.children if s.dep_ in ("nsubjpass", "nsubj")
                for a in self._subject_phrase(s, args)]

    def _clash_of_the_fallen(self, noun: Token) -> bool:
        """'clashes' in "were killed in clashes with rebels": a fighting noun with a 'with'
        side, in or during which a casualty verb's subject fell."""
        return (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during")
                and noun.head.head.lemma_.lower() in self.casualty_verbs
                and noun.lemma_.lower() in self.lex.words("reciprocal_nouns")
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children))

    def _possessor_undergoes(self, noun: Token) -> bool:
        """'his arrest', 'her assassination': the possessor of a patient noun undergoes
        it; but with an object of its own ("Britain's expulsion of 23 diplomats", "Iran's
        release of the tanker") the possessor is who did it."""
        return noun.lemma_.lower() in self.patient_nouns and _prep_child(noun, "of") is None

    def _dating_possessor(self, poss: Token) -> bool:
        """'Tuesday's bombardment', 'last week's raid': a possessor that dates the event."""
        return poss.lemma_.lower() in self.time_possessors or poss.ent_type_ in ("DATE", "TIME")

    def _organisers(self, noun: Token, args: Arguments) -> list[Arg]:
        """Who began or called an event noun, told in a clause on it: "a hunger strike that
        four tin miners' wives began", "a general strike called by the union" (grammar:
        organising_verbs)."""
        for c in noun.children:
            if c.dep_ not in ("relcl", "acl") or c.lemma_.lower() not in self.organising:
                continue
            if c.dep_ == "acl" and passive_participle(c):
                return [a for g in c.children if g.dep_ == "agent"
                        for o in g.children if o.dep_ == "pobj" for a in args.of(o)]
            subj = [s for s in c.children if s.dep_ == "nsubj"
                    and s.lower_ not in ("that", "which", "who")]
            if subj and not any(o.dep_ == "dobj" and o.lower_ not in ("that", "which")
                                for o in c.children):
                return args.of(subj[0])
        return []

    def _blamed_for(self, noun: Token, args: Arguments) -> list[Arg]:
        """'Russia was behind the attack', 'North Korea was responsible for the hack': who
        is said to be to blame did it."""
        clause = self._culpable_clause(noun)
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
        return args.of(subj) if subj is not None else []

    def _culpable_clause(self, noun: Token) -> Token | None:
        """The 'be' of "X was behind / responsible for <noun>", which carries its tense and
        modality ("may have been behind the attack": hypothetical)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("behind", "for"):
            return None
        clause = prep.head if prep.lower_ in self.culpability else prep.head.head
        if clause.lemma_ != "be" or prep.lower_ == "for" and prep.head.lower_ not in self.culpability:
            return None
        return clause

    def _plural_pronoun(self, tok: Token, args: Arguments) -> list[Arg]:
        """'their war', 'set out on their first joint patrol': the subject of the clause the
        pronoun sits in."""
        if tok.lower_ not in THIRD_PERSON_PLURAL or tok.dep_ != "poss":
            return []
        verb = tok.head.head
        if verb.dep_ == "prep" and verb.head.pos_ == "VERB":
            verb = verb.head  # "on their first joint patrol"
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i]
        return args.of(subj[0]) if subj else []

    # -- one document -------------------------------------------------------------------
    def code(self, doc: Doc, doc_id: str, args: Arguments, quotes: list[FoundQuote],
             dates: dict[int, list[ResolvedDate]], published: str | None,
             places: PlaceFinder, affiliation: dict[str, str]) -> list[Event]:
        """``affiliation`` maps a person id to the organisation they lead, so that a
        leader speaking about his own group's fights makes a claim, not a report."""
        events: list[Event] = []
        hosted: set[str] = set()  # ids of events aimed only at the state they took place in
        sents = sentences(doc)
        lead = lead_date(sents, dates)
        for n, sent in enumerate(sents):
            coded_at: dict[int, int] = {}  # the verb of each event coded in the sentence
            for p in self.predicates(sent):
                if p.entry.pos == "noun" and p.token.dep_ == "compound" \
                        and args.sector_of(f"{p.token.text} {p.token.head.text}") \
                        or _names_a_force(p.token, args):
                    continue  # "riot police", "strike force": who, not what happened
                if _inside_a_name(p.token, args):
                    continue  # "the Collective Security Treaty Organisation": a name, no treaty
                if p.token.dep_ == "acl" and args.sector_of_noun(p.token.head) and (
                        p.token.tag_ == "VBN" and p.token.lemma_.lower() in self.descriptive_participles
                        or p.token.tag_ == "VBG" and p.token.lemma_.lower() in self.post_participles):
                    continue  # "fighters backed by Afghan mujahideen", "their units defending the
                    # city": who they are and where they stand, not an act
                actors = _unique([args.in_office(a) for a in self.actors(p, args)])
                if self._exercise_alone(p, actors):
                    p = replace(p, entry=replace(p.entry, **self.lex.grammar["exercise_alone"]))
                if self._armed_only(p) and not self._armed_crossing(p.token, actors):
                    entry = self.match(p.token, skip=p.entry)  # refugees who "poured across the
                    if entry is None:  # border", aid trucks that "rolled across" it: not an
                        continue  # invasion, at most the movement the verb tells otherwise
                    p = replace(p, entry=entry)  # (marchers who "moved towards parliament": no
                    # deployment, the march)
                if p.entry.event == "ASSAULT" and _prep_child(p.token, "back") is not None \
                        and p.token.dep_ != "xcomp" and self._speakers(actors):
                    continue  # "the Labour leader hit back at the prime minister": a retort
                    # (not "the ministry vowed to strike back": a threat)
                recipients = _unique([r for r in (_in_office_abroad(args, a, actors) for a in
                                                  self.recipients(p, args, actors))
                                      if not _same_party(r, actors)])
                if p.entry.event == "ASSAULT" and actors:  # "troops stormed the mall": its captors
                    recipients = self.stormed_scene(p, events, actors, args) or recipients
                pair = self._last_pair(events, args, p.anchor) if both_sides(p.anchor, self.pair_nouns) \
                    else self._mutual_pair(events, args, n) if they_subject(p.anchor) else []
                if pair:  # "the two leaders agreed", "each side accused the other", "they agreed"
                    actors, recipients = pair, list(pair)
                elif actors and both_objects(p.token, self.pair_nouns):  # "praised both leaders"
                    own = {a.actor.id for a in actors}
                    recipients = [r for r in self._last_pair(events, args, p.anchor) if r.actor.id not in own] or recipients
                if not actors and _passive(p.token) and (p.token.lemma_.lower() in self.state_acts or (
                        p.entry.event in self.deployed_forces and any(  # not "firefighters were deployed"
                            args.sector_of_noun(c) in self.force_sectors
                            for c in p.token.children if c.dep_ == "nsubjpass"))):
                    location = places.event_location(p.token, p.anchor,
                                                     lambda: clause_tokens(clause_of(p.anchor), p.token),
                                                     p.entry.event)
                    if location is not None and _named_at(p.token, location.text):
                        actors = _host_state(doc, sent, location, args, "dateline")
                    recipients = [r for r in recipients if not _same_party(r, actors)]
                if not actors and p.entry.pos == "noun" and p.entry.event in self.crowd_events:
                    actors = self._crowd(p, doc, sent, args, places)
                if not actors and p.entry.pos == "verb" and p.entry.event in self.crowd_events:
                    actors = self._counted_crowd(p, doc, sent, args, places)
                named = [r for r in recipients if r.actor.known or r.actor.type in ("state", "person")
                         or r.actor.country]
                # (a person named in full is named, in the base or not: "Olof Palme was shot dead";
                # so is a group by its state: "fired tear gas at Kenyan opposition supporters")
                if not actors and not (named and p.entry.event in FORCE_TYPES):
                    continue  # who did it is unknown and nobody is named as its target
                if not actors and p.entry.pos == "noun" and p.anchor is p.token and not p.entry.specificity:
                    continue  # a bare event noun naming no doer is a mention, not the news told:
                    # "warnings that recognition would widen the war", "after sheltering refugees
                    # who had fled the violence" (not "a bomb attack killed 12", told by its verb)
                if (not actors or any(w in self.natural for a in actors for w in a.text.lower().split())) \
                        and any(t.lemma_.lower() in self.natural for t in sent):
                    continue  # "A cyclone packing winds of 235 kph battered ...", "Cyclone Nargis slammed into"
                if not actors and any(t.lemma_.lower() in self.accidents for t in sent):
                    continue  # "were killed when their plane crashed": nobody attacked them
                if _craft_accident_toll(p.token, self.accidents, self.crafts):
                    continue  # "a jet crashed after take-off, killing all 50": the crash's toll
                domestic = not recipients and len(actors) == 1 and actors[0].actor.type in ("state", "person") \
                    and p.entry.event in ("CONCEDE", "COERCE") \
                    and bool((_objects(p.token, p.entry.prep, self.peoples) | {p.token.lemma_.lower()}) & self.domestic_measures)
                if domestic and actors[0].actor.type == "state":
                    a = actors[0]  # "lifted a nationwide curfew", "imposed martial law": on its people
                    recipients = [Arg(a.actor, a.text, a.start, a.end, "generic", "CVL")]
                recipients = recipients or [_in_office_abroad(args, a, actors)
                                            for a in self.unslotted_recipient(p, actors, args)]
                if not recipients and len(actors) > 1 and (
                        p.entry.event in MUTUAL or self._reciprocal(p)):
                    recipients = list(actors)  # "Iran and Saudi Arabia traded accusations"
                if p.entry.pos == "noun" and p.entry.event == "CONSULT" and _own_party_meeting(actors, recipients):
                    continue  # "her Conservative Party's annual conference": a party meets itself
                civil = bool(actors) and all(a.sector in self.civil for a in actors)
                # (a person has a civil sector only as a crowd's leader: "supporters led by X")
                reading = self.civil_acts.get(p.token.lemma_.lower()) or self.civil_acts.get(
                    p.entry.event)
                if civil and reading and p.entry.mode not in self.civil_kept_modes \
                        and p.token.lemma_.lower() not in self.compelling:
                    # "protesters stormed parliament", "workers' strike" (not "students took
                    # 66 Americans hostage": an abduction whoever does it; nor "protesters
                    # forced the president to flee": a compulsion whoever compels)
                    p = replace(p, entry=replace(p.entry, **reading))
                official = self.official_acts.get(p.token.lemma_.lower()) if p.entry.pos == "verb" else None
                if official and actors and all(a.actor.type in ("state", "igo") and a.how != "demonym"
                                               and a.sector in (None, "GOV") for a in actors):
                    p = replace(p, entry=replace(p.entry, **official))  # "Seoul protested against ..."
                if p.token.lemma_.lower() in self.armed_departures and p.entry.event == "RETREAT" \
                        and not (actors and all(a.sector == "MIL" for a in actors)):
                    continue
                if p.entry.mode in self.assisting_modes and self._assistance(p.token):
                    # "troops landed ... to help", "planes landed with tents", "sent warplanes
                    # to Niger to help its military government": an arrival or deployment as aid
                    helped = [a for prep in p.token.children if prep.dep_ == "prep"
                              and prep.lower_ in ("in", "at", "into", "to")
                              for o in prep.children if o.dep_ == "pobj"
                              for a in [args.state_at(o)] if a is not None]
                    helped = [r for r in recipients if not _same_party(r, actors)] or helped[:1]
                    own = {a.actor.id for a in actors} | {a.actor.country for a in actors}
                    if p.entry.mode == "visit" or helped and not {r.actor.id for r in helped} <= own:
                        p = replace(p, entry=replace(p.entry, **self.lex.grammar["assistance"]))
                        recipients = helped  # (not "the governor activated the National Guard
                        # to help restore order": his own state is not helped)
                p = self._reread(p, actors, recipients)  # by who acts on whom
                args.remember(actors + recipients, doc)
                quote = next((q for q in quotes if q.covers(p.token.idx)), None)
                when = pick_date(p.token, p.anchor, dates.get(n, []), context_for(dates, n, lead))
                location = places.event_location(p.token, p.anchor,
                                                 lambda: clause_tokens(clause_of(p.anchor), p.token),
                                                 p.entry.event)
                named_target = any(r.how not in ("place_in", "capital") for r in recipients)
                in_kind = any(c.dep_ == "prep" and c.lower_ == "in" and any(
                    o.lemma_.lower() in self.in_kind for o in c.children) for c in p.token.children)
                paid = self._paid_back(p, events, actors, args, self.in_kind_acts if in_kind else None) \
                    if not recipients and actors else None
                if paid:  # paid back: not the place it was paid back in
                    answered, recipients = paid
                    if in_kind:  # "promised to retaliate in kind" (after an expulsion): the same act
                        p = replace(p, entry=replace(p.entry, event=answered.event, mode=answered.mode,
                                                     cameo=answered.cameo))
                elif not recipients and actors:
                    recipients = self._claimed_act_targets(p, events, actors, args)
                if not recipients and p.entry.event in self.answered_wrongs:
                    recipients = self._wrongdoers(events, actors, args, self.answered_wrongs[p.entry.event])
                if not recipients and location is not None and (
                        p.entry.event in self.host_targets
                        or civil and p.entry.event in self.civil_host_targets):
                    recipients = _host_state(doc, sent, location, args)
                if not recipients and p.entry.event in ADDRESSED_ACTS:
                    recipients = _aim_of_the_act_it_goes_with(p.anchor, actors, events, coded_at, args)
                if p.entry.event == "REQUEST":
                    recipients = self.captor(p, recipients, events, args) or recipients
                if p.entry.event in self.reactions:  # (not the victims the act is told with)
                    recipients = self._earlier_doers(p, events, actors, args, recipients)
                recipients = self.case_taken_to(p, events, actors, args, recipients)  # not the court
                if p.entry.mode == "disarm" and not any(r.actor.type == "state" for r in recipients):
                    recipients = insurgents_state(actors, args, doc) or recipients  # rebels who
                    # hand in their arms (to monitors, to a commission) disarm toward the state
                if p.entry.event == "CONSULT" and p.entry.mode == "third-party" and actors and not _others(
                        recipients, actors):  # "agreed to hand back the districts to Azerbaijan
                    recipients = self._brokered(events, n, actors, args) or recipients  # under a deal
                    # brokered by Putin": the broker consults the parties of the deal
                if not recipients and p.entry.event in self.insurgent_targets:
                    recipients = insurgents_state(actors, args)
                if not recipients and actors and p.entry.event in self.crowd_control \
                        and all(a.sector in self.force_sectors for a in actors):
                    recipients = self._protesters(events, n, actors, args)  # "Police fired tear gas"
                if not recipients and actors and p.entry.event in self.clause_reactions:
                    recipients = _doers_answered(p.anchor, p.entry.event, actors, events, coded_at, args,
                                                 self.proposals)  # "..., a move condemned by the UN"
                if not recipients and actors and p.entry.event in self.reported_deals:
                    recipients = self._dealt_with_reporter(p, actors, args)  # "Libya agreed to
                    # abandon its programmes, Bush and Blair announced"
                if not recipients and actors and not _own_display(p) and not domestic:
                    # (a ruler out of office the day he resigned: his people, in the story pass;
                    # not "a plan to export gas through Chile" his sentence names)
                    withdrawn = frozenset(t.i for c in p.token.children if p.entry.event == "RETREAT"
                                          and c.dep_ == "dobj" and self._own_withdrawn_noun(c)
                                          for t in c.subtree)  # "pull its troops and settlers out"
                    if p.entry.event == "REJECT" and p.entry.pos == "verb":
                        withdrawn |= _done_besides(p.token)  # "refused to resign and expelled two
                        # American diplomats": whom it expelled, not whom it refused
                    own_side = {a.actor.id for a in actors  # whose own leader is no other party: a
                                if a.actor.type != "state" or a.sector in STATE_SIDE}  # group, a state's own side
                    recipients = sole_other(p.anchor, actors, args, self.instruments,
                                            {affiliation.get(a.actor.id) for a in actors} - {None}
                                            | {who for who, led in affiliation.items() if led in own_side},
                                            self.lex.words("mediation_words"), withdrawn)
                    if recipients and (p.entry.event in MUTUAL or self._reciprocal(p)
                                       and p.entry.event not in ADDRESSED_ACTS):
                        actors = actors + recipients  # "On Monday, Turkey and Russia held talks"
                        recipients = list(actors)    # with 'Turkey' misparsed: both sides
                if not recipients and actors and p.entry.event == "REJECT" and p.entry.pos == "verb":
                    recipients = _named_in_what_is_refused(p.token, actors, args)
                if not recipients and len(actors) > 1 and p.entry.event in self.facing \
                        and all(a.actor.type == "state" for a in actors):
                    recipients = list(actors)  # "Greece and Turkey put their forces on alert"
                if not recipients and location is not None and p.entry.event in self.foreign_host_targets \
                        and not _named_as_origin(sent, location.text):  # "fly supplies from Okinawa"
                    recipients = [h for h in _host_state(doc, sent, location, args)
                                  if h.actor.id not in {a.actor.id for a in actors}]
                if not recipients and p.entry.event in self.foreign_host_targets and actors \
                        and all(a.actor.type == "state" for a in actors):
                    filed = dateline_state(doc, args)  # "KINGSTON - ... The United States flew in
                    if filed is not None and filed.actor.id not in {a.actor.id for a in actors}:
                        recipients = [filed]  # emergency food": aid from abroad, no place named
                if not recipients and (p.entry.event, p.entry.mode) in self.partner_acts:
                    continue  # "China opened a railway to Lhasa": cooperation with nobody
                aux = modality(p.token, p.anchor, self.lex)
                if not recipients and location is not None and p.entry.event in self.last_resort_host_targets \
                        and location.text not in {a.text for a in actors}:  # not "Israel" as a place
                    recipients = _host_state(doc, sent, location, args, "sentence")  # "troops
                    # opened fire" in Poznan; a dateline's state only for its own force's act
                    if not recipients and not aux & {"hypothetical", "future"}:
                        host = _host_state(doc, sent, location, args, "dateline")
                        recipients = [h for h in host if h.actor.id in {a.actor.id for a in actors}]
                if p.entry.event not in ("THREATEN", "REQUEST") and _on_condition(p.anchor):
                    aux.add("hypothetical")  # "If Soviet troops move in, the allies will cut off trade"
                if p.intent:
                    aux.discard("future")  # the willingness is stated now
                attribution = self._attribution(p, quote, args)
                aux |= _source_flags(attribution, actors, recipients, affiliation)
                if any(t.lemma_.lower() in self.dispute for t in governing_chain(p.anchor)[1:]):
                    aux.discard("claimed")  # "Iran denied sending weapons": disputed only
                if (when is not None and published and "future" in aux and when.precision == "month"
                        and not re.search(r"\b\d{4}\b", when.text) and days_before(when.date, published) > 0):
                    when = _a_year_later(when)  # "would meet again in December" (said in October)
                if when is not None and published and days_after(when.date, published) > 0:
                    aux.add("future")  # "when ministers meet in Vienna next month": not done yet
                if when is not None and published and days_before(when.date, published) > 45:
                    aux.add("historical")
                    if self._told_as_background(p.anchor):
                        continue  # "Pinochet, who overthrew Allende in a 1973 coup, died"
                leaving = [t for t in p.token.subtree if t.dep_ in ("xcomp", "advcl", "acl", "relcl")
                           and t.lemma_.lower() in self.leave_verbs] if p.entry.mode == "ultimatum" else []
                if leaving and not any(r.actor.type == "state" and r.sector is None
                                       and r.how not in ("demonym", "adjective") for r in recipients) \
                        and not _leaves_another_state(leaving, actors, args):
                    # "gave the ambassador 72 hours to leave", "ordered 25 Britons to leave" (a
                    # people, not its state; not "gave Saddam 48 hours to leave Iraq")
                    kind = "GOV" if any(r.sector == "GOV" for r in recipients) else "other"
                    p = replace(p, entry=replace(p.entry, **self.lex.grammar["expulsion"][kind]))
                refusal = self.lex.grammar["refusals"].get(p.entry.event)
                if refusal and {"negated", "future"} <= aux and "hypothetical" not in aux:
                    p = replace(p, entry=replace(p.entry, **refusal))  # "would not negotiate"
                    aux -= {"negated", "future"}
                condition = self._ultimatum(p, actors, attribution, aux, args)
                if condition is not None:  # "Nigeria said it would withdraw unless ...": a threat
                    p = replace(p, entry=replace(p.entry, **self.threat_of(p.entry.event)))
                    recipients = recipients or condition
                    aux -= {"future", "hypothetical"}
                elif p.entry.event in self.stated_threats and "future" in aux \
                        and not aux & {"hypothetical", "negated"} and attribution.speaker is not None \
                        and {attribution.speaker.id, affiliation.get(attribution.speaker.id)} \
                        & {a.actor.id for a in actors}:  # "Russia said it would strike ...": a threat
                    p = replace(p, entry=replace(p.entry, **self.threat_of(p.entry.event)))
                    aux -= {"future"}
                if p.entry.event in FORCE_TYPES:
                    recipients = _region_party(sent, actors, recipients, args) or recipients
                if p.token.tag_ == "VBG" and p.token.lemma_.lower() in self.compelling:
                    forced = {a.actor.id for t in _compelled(p.token) for a in args.of(t)}
                    if not forced or forced & {a.actor.id for a in actors}:
                        continue  # "attacked the town, forcing thousands to flee": a flight of
                        # nobody named is the attack's toll (not "forcing President Bakiyev to
                        # flee"); nor does one compel himself ("as Shevardnadze was addressing
                        # the session, forcing him to flee": the parser's attachment)
                event = self._event(doc_id, len(events), n, sent, p,
                                    [self._as_state(a, args) for a in actors],
                                    [self._as_state(r, args) for r in recipients],
                                    aux, attribution, when, location)
                if not named_target and event.location is not None and \
                        {r.id for r in event.recipient} == {event.location.country}:
                    hosted.add(event.id)  # aimed only at the state it took place in
                result = self._result_of(p, event, events, coded_at)
                if result is not None:  # "opened fire on the crowd, killing 56": one act,
                    had = {r.id for r in events[result].recipient}  # on all it names
                    events[result] = replace(events[result], recipient=events[result].recipient + tuple(
                        r for r in event.recipient if r.id not in had))
                    if events[result].event != event.event and event.event == "ASSAULT":
                        events[result] = replace(  # "fired tear gas and rubber bullets at the
                            events[result], event=event.event, mode=event.mode,  # crowds, wounding
                            context=event.context, cameo=event.cameo, quad=event.quad,  # dozens":
                            intensity=event.intensity)  # the force that wounds is an assault
                    continue
                k = _act_of_this_purpose(p.anchor, event, events, coded_at)
                if k is not None:  # "held a rally in Noumea to protest against a French plan":
                    if not events[k].recipient or events[k].id in hosted:  # one protest, aimed
                        events[k] = replace(events[k], recipient=event.recipient)  # as its purpose
                        hosted.discard(events[k].id)
                    coded_at[p.anchor.i] = k
                    continue
                k = _act_of_this_purpose(p.anchor, event, events, coded_at, PURPOSE_AIMS)
                if k is not None and event.recipient and (not events[k].recipient or events[k].id in hosted or {
                        r.id for r in events[k].recipient} <= {a.id for a in events[k].actor}):
                    events[k] = replace(events[k], recipient=event.recipient)  # "marched in Madrid to
                    hosted.discard(events[k].id)  # condemn the killing": a protest aimed at the killers
                if _another_act_of_the_series(p.anchor, event, events, coded_at) \
                        or self._own_act(p, event, events):
                    events.append(event)  # "seized power, suspended the constitution and
                    coded_at[p.anchor.i] = len(events) - 1  # imposed a curfew": three acts
                    continue
                at = tell_once(events, event, hosted, when, location)
                if at is not None:
                    coded_at[p.anchor.i] = at
                partners = self._joint_fighters(p, actors, args)
                if partners:  # "launched a joint offensive against the rebels": they cooperate
                    events.append(self._event(doc_id, len(events), n, sent, replace(
                        p, entry=replace(p.entry, **self.lex.grammar["joint_fight"])),
                        partners, partners, aux, attribution, when, location))
            self._invasions(sent, events, coded_at)
            self._claimed_after(sent, events, args)
        return story_passes(events, self.story_counterparts, affiliation, doc, args, self.story_answered,
                            self.story_faced)

    def _invasions(self, sent: Span, events: list[Event], coded_at: dict[int, int]) -> None:
        """'Salvadoran troops crossed the border into Honduras and Salvadoran planes bombed
        the airport', 'Iraqi troops rolled into Kuwait, and the Security Council condemned the
        invasion': forces moving into a country are an invasion (ASSAULT) where the same
        sentence tells the same side attacking the same target or names the move an invasion
        (grammar: invasion_nouns); alone ('Russian tanks rolled into South Ossetia') a
        deployment."""
        doc = sent.doc
        for i, k in coded_at.items():
            event, verb = events[k], doc[i]
            if event.event != "MOBILIZE" or event.mode != "troops" or not event.recipient or not (
                    any(c.dep_ == "prep" and c.lower_ in ("into", "across") for c in verb.children)):
                continue
            sides = ({a.id for a in event.actor}, {r.id for r in event.recipient})
            attack = next((events[j] for j in coded_at.values() if events[j].event == "ASSAULT"
                           and sides[0] & {a.id for a in events[j].actor}
                           and sides[1] & {r.id for r in events[j].recipient}), None)
            if attack is not None or any(t.lemma_.lower() in self.invasion_nouns for t in sent):
                code = self.lex.cameo_code("192")  # (the sentence's words read only for a move)
                events[k] = replace(event, event="ASSAULT", mode=None, cameo="192",
                                    quad=code.quad, intensity=code.intensity)

    def _claimed_after(self, sent: Span, events: list[Event], args: Arguments) -> None:
        """'A bomb blast killed Syria's defence minister. The rebel Free Syrian Army claimed
        responsibility.': a claim of responsibility that names no act claims the last attack
        told before it, when the text named no doer of that attack (nobody, or "gunmen"):
        the claimant becomes its actor, and the attack a claimed one."""
        k = next((k for k in range(len(events) - 1, -1, -1) if events[k].event == "ASSAULT"
                  and events[k].evidence.end <= sent.start_char), None)
        if k is None or not all(a.sector == "UAF" for a in events[k].actor):
            return  # (no attack told before whose doer is unnamed: nothing to claim)
        for verb in sent:
            if verb.lemma_.lower() not in self.owning \
                    or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
                continue
            owned = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in self.claimed
                     and not any(c.dep_ == "prep" and c.lower_ == "for" for c in o.children)]
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            claimants = [a for a in args.of(subjects[0]) if a.actor.known] if owned and subjects else []
            if claimants:
                events[k] = replace(events[k], actor=tuple(self._as_state(a, args).ref() for a in claimants),
                                    aux=tuple(sorted(set(events[k].aux) | {"claimed"})))
                return

    @staticmethod
    def _protesters(events: list[Event], n: int, actors: list[Arg], args: Arguments) -> list[Arg]:
        """Who protested in sentence ``n`` or the one before, as the protest named them."""
        for e in reversed(events):
            if e.evidence.sentence < n - 1:
                break
            if e.event != "PROTEST":
                continue
            found = [Arg(m.actor, r.text, m.start, m.end, "anaphora", r.sector) for r in e.actor
                     for m in [args.mention(r.id, "anaphora")] if m is not None]
            return [f for f in found if not _same_party(f, actors)]
        return []

    @staticmethod
    def _wrongdoers(events: list[Event], actors: list[Arg], args: Arguments, wrongs: frozenset[str]) -> list[Arg]:
        """Whoever did the latest act of the kinds ``wrongs`` the story told against the
        actors' side, when someone else: "Serbian police killed 16 ethnic Albanians ... Tens
        of thousands of Albanians marched through Pristina" -> Serbia, not the city's state."""
        own = {a.actor.id for a in actors}
        for e in reversed(events):
            if e.event in wrongs and own & {r.id for r in e.recipient} and "negated" not in e.aux:
                return [found for r in e.actor if r.id not in own
                        for found in [args.mention(r.id, "anaphora")] if found][:1]
        return []

    @staticmethod
    def _brokered(events: list[Event], n: int, brokers: list[Arg], args: Arguments) -> list[Arg]:
        """The parties of the latest act told in sentence ``n`` that the brokers are not in."""
        own = {a.actor.id for a in brokers}
        side = own | {a.actor.country for a in brokers if a.actor.country}  # (a minister's state)
        for e in reversed(events):
            if e.evidence.sentence != n:
                break
            ids = [r.id for r in (*e.actor, *e.recipient)]
            if own & set(ids):
                continue
            return [found for i in dict.fromkeys(ids) if i not in side
                    for found in [args.mention(i, "anaphora")] if found]
        return []

    def _speakers(self, actors: list[Arg]) -> bool:
        """Whether every actor is one who answers with words, not arms: a person, a party or
        an outlet, or a government ("President Trump fired back at his critics")."""
        return bool(actors) and all(a.actor.type in SPEAKER_TYPES or a.sector in SPEAKER_SECTORS
                                    for a in actors)

    def _joint_fighters(self, p: Predicate, actors: list[Arg], args: Arguments) -> list[Arg]:
        """The states that wage an armed act together: the act's noun is 'joint' or
        'combined' and its actors are two states or more (not one state's army and navy)."""
        if p.entry.event not in FORCE_TYPES or p.entry.pos != "noun" or not any(
                c.lower_ in self.lex.words("joint_marks") for c in p.token.children):
            return []
        states = _unique([self._as_state(a, args) for a in actors])
        return states if len({a.actor.id for a in states}) > 1 else []

    def _own_act(self, p: Predicate, event: Event, events: list[Event]) -> bool:
        """An act of a mode told on its own beside another of its type in the sentence:
        "shot dead two Israelis and seized nine others as hostages" (a killing, an abduction;
        not "stormed the mall to free hostages still held inside", the captives described)."""
        return event.mode in self.own_act_modes and p.entry.pos == "verb" \
            and p.token.dep_ not in ("acl", "relcl", "amod") and not _passive(p.token) and not any(
            e.evidence.sentence == event.evidence.sentence and e.event == event.event
            and e.mode == event.mode for e in events)

    def _result_of(self, p: Predicate, event: Event, events: list[Event], coded_at: dict[int, int]) -> int | None:
        """The event of the verb this one's participle tells the outcome of, when it is of
        the same type and polarity: "Police opened fire on the crowd, killing 56", "NATO
        launched air strikes, hitting targets across Serbia", "was struck by NATO missiles,
        killing three journalists and wounding 20" tell one assault, not two or three; and
        two expulsions are one ("expelled the ambassador, giving him 48 hours to leave"); and
        a coercion whose participle tells casualties is one assault ("fired tear gas and rubber
        bullets at the crowds, wounding dozens"); and an agreement whose participle tells the
        fighting it ends is one agreement ("signed an armistice, ending three years of war")."""
        verb = p.anchor
        while verb.dep_ == "conj" and verb.tag_ == "VBG":
            verb = verb.head  # "killing three and wounding 20"
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            return None
        k = coded_at.get(verb.head.i)
        if k is not None and event.mode in self.own_act_modes and events[k].mode != event.mode:
            return None  # "killing four and taking 27 others hostage": an abduction besides
        if k is None or events[k].event != event.event and not {
                events[k].mode, event.mode} <= self.expulsion_modes and not (
                events[k].event == "COERCE" and event.event == "ASSAULT"
                and p.token.lemma_.lower() in self.casualty_verbs) and not (
                events[k].event == "AGREE" and event.event == "CONCEDE" and event.mode == "ceasefire") or \
                POLARITY & set(events[k].aux) != POLARITY & set(event.aux):
            return None
        return k

    def _crowd(self, p: Predicate, doc: Doc, sent: Span, args: Arguments, places: PlaceFinder) -> list[Arg]:
        """The people of the state where a crowd event told by its noun alone happens: "a
        week of rioting across Tunisia" -> Tunisia's civilians (grammar: crowd_events).  Only
        a crowd with a scene of its own: a named place ("a demonstration in Wenceslas Square")
        or a span of time it lasts ("a fourth weekend of protests"), not a mention in passing
        ("legalising street protests", "an election rally") nor a background ("after a week of
        protests in Quito")."""
        noun = p.token
        if noun.dep_ in ("compound", "poss") or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.gatherings for c in noun.children):
            return []
        span = _time_span(noun)
        if span is not None and _in_the_background(span) or not (span is not None or _placed_at(noun, args)):
            return []  # "after three months of protests", "legalising street protests"
        return self._host_people(p, doc, sent, args, places)

    def _counted_crowd(self, p: Predicate, doc: Doc, sent: Span, args: Arguments,
                       places: PlaceFinder) -> list[Arg]:
        """The people of the state where a crowd told by a bare count gathers: "thousands
        marched in Paris", "tens of thousands rallied" (a dateline from Seoul) -> the host
        state's civilians (grammar: crowd_counts); not a count of someone named ("thousands
        of Kurds"), which is that one."""
        if not any(c.dep_ == "nsubj" and c.lower_ in self.crowd_counts
                   and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
                   for c in p.token.children):
            return []
        return self._host_people(p, doc, sent, args, places, "dateline")

    @staticmethod
    def _host_people(p: Predicate, doc: Doc, sent: Span, args: Arguments, places: PlaceFinder,
                     reach: str = "document") -> list[Arg]:
        """The civilians of the state where the event happens."""
        location = places.event_location(p.token, p.anchor, lambda: clause_tokens(clause_of(p.anchor), p.token),
                                         p.entry.event)
        if location is None:
            return []
        return [Arg(h.actor, h.text, h.start, h.end, "generic", "CVL")
                for h in _host_state(doc, sent, location, args, reach)]

    def _reread(self, p: Predicate, actors: list[Arg], recipients: list[Arg]) -> Predicate:
        """The reading a predicate takes from who acts on whom: "called on X" asking nothing is
        a visit; an armed group's arrest or seizure of people an abduction ("gunmen seized four
        geologists"); a state freeing its own citizen a concession ("the generals freed Aung
        San Suu Kyi"); an armed force's arrival a deployment ("troops arrived in")."""
        entry, grammar = p.entry, self.lex.grammar
        reading = None
        if entry.event == "REQUEST" and p.token.lemma_.lower() == "call" and entry.prep in ("on", "upon") \
                and not any(t.tag_ == "VB" and any(c.lower_ == "to" for c in t.children)
                            or t.lower_ in ("for", "that") for t in p.token.subtree):
            reading = grammar["courtesy_call"]
        elif (self.armed_group_acts.get(entry.mode or "") and actors
              and all(a.actor.type == "armed_group" or a.sector in ("REB", "UAF") for a in actors)
              and (entry.mode != "seize" or _objects(p.token, entry.prep, self.peoples) & self.captives)):
            reading = self.armed_group_acts[entry.mode]
        elif entry.event == "RETREAT" and entry.mode == "release" and recipients and all(
                r.actor.type == "person" and r.actor.country in {a.actor.id for a in actors}
                for r in recipients):
            reading = grammar["domestic_release"]
        elif self.military_acts.get(entry.mode or "") and actors and all(
                a.sector == "MIL" or a.sector is None and a.actor.type != "person" and a.actor.sector == "MIL"
                for a in actors):  # "troops", or a force by its name ("ECOMOG landed in Monrovia")
            reading = self.military_acts[entry.mode]
        elif entry.mode == "destroy" and any(c.dep_ == "nsubj" and (c.lemma_.lower() in self.instruments or (
                c.lower_ in ("that", "which") and p.token.head.lemma_.lower() in self.instruments))
                for c in p.token.children):
            reading = grammar["weapon_destruction"]  # "a bomb that wrecked the Grand Hotel"
        return replace(p, entry=replace(entry, **reading)) if reading else p

    def _attribution(self, p: Predicate, quote: FoundQuote | None, args: Arguments) -> Attribution:
        if quote is not None:
            speaker = quote.speaker.ref() if quote.speaker else None
            return Attribution(speaker, tuple(v.ref() for v in quote.via))
        for t in governing_chain(p.anchor)[1:]:
            if t.lemma_.lower() in self.speech and t.pos_ == "VERB":
                return self._said_by(t, args)
        for t in governing_chain(p.anchor):
            for c in t.children:  # "As Reuters notes, ..." (the parser may tag notes a noun)
                if (c.dep_ == "advcl" and c.lemma_.lower() in self.speech
                        and any(m.lower_ == "as" for m in c.children)):
                    return self._said_by(c, args)
        return Attribution()

    def _dealt_with_reporter(self, p: Predicate, actors: list[Arg], args: Arguments) -> list[Arg]:
        """'Libya agreed to abandon its programmes, Bush and Blair announced', 'the junta chief
        agreed to let aid workers in, Ban Ki-moon said after meeting him': a deal or concession
        that a foreign state or organisation (or its official) announces was made to it."""
        verb = next((t for t in governing_chain(p.anchor)[1:3]
                     if t.lemma_.lower() in self.speech and t.pos_ == "VERB"), None)
        subj = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        told = [args.in_office(a) for a in args.of(subj[0]) or args.pointed(subj[0])] if subj else []
        own = {a.actor.id for a in actors}  # (not "Ethiopia's government declared ...": its own)
        if not told or not all(a.actor.type in ("state", "igo") and a.actor.id not in own for a in told):
            return []
        return [] if any(_same_party(a, actors) for a in told) else told

    def _said_by(self, verb: Token, args: Arguments) -> Attribution:
        subj = [c for c in verb.children if c.dep_ == "nsubj"] or [
            c for c in verb.children if c.dep_ == "compound"]
        who = args.of(subj[0], conj=False) if subj else []
        speaker = who[0].ref() if who else None
        via = tuple(v.ref() for v in via_of(verb, args, self.lex))
        return Attribution(speaker, via)

    def _as_state(self, arg: Arg, args: Arguments) -> Arg:
        """An organ of a state in one of the sectors of state_organ_sectors is coded as its
        state with the organ's sector (CAMEO's USALEG, GBRMIL): "the U.S. Senate voted" ->
        USA, LEG. The organ's words stay in the ref's text, and the organ in the actors."""
        organ = arg.actor
        state = args.state_of(organ.organ_of) if organ.organ_of else None
        if state is None or organ.sector not in self.organ_sectors:
            return arg
        return replace(arg, actor=state, sector=arg.sector or organ.sector)

    def _event(self, doc_id, k, n, sent, p, actors, recipients, aux, attribution,
               when: ResolvedDate | None, location) -> Event:
        cameo = self.lex.cameo_code(p.entry.cameo)
        confidence = self.calibration(_confidence(p, actors, recipients, aux))
        context = set(p.entry.context)
        if any(a.actor.type == "armed_group" for a in actors + recipients):
            context.add("terrorism" if any(a.actor.sector == "REB" for a in actors + recipients)
                        else "political-violence")
        if p.entry.event in ("ASSAULT", "MOBILIZE", "THREATEN") and any(
                a.actor.type == "state" for a in actors):
            context.add("military")
        return Event(
            id=f"{doc_id}:e{k + 1}", doc_id=doc_id, event=p.entry.event, mode=p.entry.mode,
            context=tuple(sorted(context)), cameo=p.entry.cameo, quad=cameo.quad,
            intensity=cameo.intensity,
            actor=tuple(a.ref() for a in actors),
            recipient=tuple(r.ref() for r in recipients),
            **date_fields(when),
            location=location, aux=tuple(sorted(aux)), attribution=attribution,
            evidence=Evidence(n, sent.start_char, sent.end_char, span_text(sent)),
            confidence=confidence, coder_version=CODER_VERSION)


def _parties_between(subj: Token, args: Arguments) -> list[Arg]:
    """The parties an event subject is "between" (or "among"), on the subject or on the
    verb it is the subject of: "heavy fighting broke out between Croatian militiamen and the
    federal army", "fighting between the two factions raged on" (a gerund the tagger reads as
    a verb); at least two of them, else none."""
    found = _unique([a for h in (subj, subj.head) for c in h.children
                     if c.dep_ == "prep" and c.lower_ in ("between", "among")
                     for o in c.children if o.dep_ == "pobj" for a in args.of(o)])
    return found if len(found) > 1 else []


def _region_party(sent: Span, actors: list[Arg], recipients: list[Arg], args: Arguments) -> list[Arg]:
    """A state's hostile act on a place of its own, in a sentence that names one party of
    that state apart from its government -- a region's authorities, a separatist or
    insurgent group -- is aimed at that party, not at the state itself: "Russian
    missiles slammed into a market in central Grozny, Chechen officials said" -> Chechnya."""
    own = {a.actor.id for a in actors if a.actor.type == "state"}
    if not own or not recipients or any(r.actor.id not in own or r.how not in PLACE_HOWS
                                        for r in recipients):
        return []
    # a party named in a relative clause stands by: "the war zone, where civilians were
    # trapped alongside Tamil Tiger rebels"
    aside = {t.i for t in tokens_with_dep(sent.doc, ("relcl",), sent.start, sent.end) for t in t.subtree}
    parties = {}
    for hit in args.found.mentions:
        if (sent.start <= hit.start_tok < sent.end and hit.actor.type in REGIONAL_PARTIES
                and (hit.actor.known or hit.actor.type == "armed_group")  # (no opposition,
                # no bishops a state's name qualifies: only its insurgents are a party there)
                and hit.actor.country in own and hit.how != "coref" and hit.start_tok not in aside
                and not any(a.start <= hit.start < a.end for a in actors)):
            parties.setdefault(hit.actor.id, hit)
    if len(parties) != 1:
        return []
    return [arg_of(next(iter(parties.values())), "clause")]


def _in_office_abroad(args: Arguments, arg: Arg, actors: list[Arg]) -> Arg:
    """A recipient in office stands for the state, unless another part of that same state
    acts on him: "the military detained State Counsellor Aung San Suu Kyi" is done to her."""
    state = args.in_office(arg)
    kin = [a for a in actors if a.actor.id == state.actor.id]
    if state is not arg and kin and (not _same_party(state, actors) or all(
            a.sector is None and a.text != arg.text for a in kin)):  # "the junta arrested her"
        return arg
    return state


def _host_state(doc: Doc, sent: Span, location, args: Arguments, reach: str = "document") -> list[Arg]:
    """The state governing an event's place, named where the text names the place: in the
    sentence, else (``reach`` "dateline") the dateline, else (``reach`` "document") anywhere
    before: "thousands marched through Beijing" -> China."""
    host = args.state_of(location.country) if location.country else None
    text, name = text_of(doc).lower(), location.text.lower()  # a dateline is upper case: "GDANSK"
    at = text.find(name, sent.start_char, sent.end_char)
    if at < 0 and reach == "dateline":
        line = DATELINE.match(text_of(doc))
        at = text.find(name, 0, line.end()) if line else -1
    elif at < 0 and reach == "document":
        at = text.find(name)
    if host is None or at < 0 or not location.text:
        return []
    found = [Arg(host, location.text, at, at + len(location.text), "place")]
    args.remember(found, doc)
    return found


TALKS = {"CONSULT"}


def _act_of_this_purpose(verb: Token, event: Event, events: list[Event],
                         coded_at: dict[int, int], aims: dict[str, set[str]] | None = None) -> int | None:
    """The event of the verb (or its object noun) that this infinitive of purpose, of the same
    type, polarity and doers, tells the aim of: "held a rally to protest against the plan",
    "marched through the capital to protest the war" tell one protest.  With ``aims``, the
    event of a type the map gives for this event's type: "marched to condemn the killing"
    (a protest told by what it says: ACCUSE -> PROTEST)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    kinds = {event.event} if aims is None else aims.get(event.event, set())
    for t in [verb.head, *(c for c in verb.head.children if c.dep_ == "dobj")]:
        k = coded_at.get(t.i)
        if k is not None and events[k].event in kinds \
                and POLARITY & set(events[k].aux) == POLARITY & set(event.aux) \
                and {a.id for a in event.actor} <= {a.id for a in events[k].actor}:
            return k
    return None


def _another_act_of_the_series(verb: Token, event: Event, events: list[Event],
                               coded_at: dict[int, int]) -> bool:
    """Is this verb one of a series of finite verbs, each with its own object, joined to a
    verb of another lemma already coded with an event of this type: "seized power,
    suspended the constitution and imposed a curfew", "stormed the parliament and led the
    prime minister out" (acts of one kind, each its own event; not "killing 25 and
    wounding 40", participles telling one act's outcome)."""
    if event.event not in TALKS and event.actor and _tensed(verb) and (
            verb.dep_ == "advcl" or verb.dep_ == "ccomp" and event.event in FORCE_TYPES) \
            and _own_subject(verb) and _own_subject(verb.head):  # "warplanes bombed the city as
        k = coded_at.get(verb.head.i)  # troops battled the rebels": two forces, two acts (not "X
        return k is not None and events[k].event == event.event  # was killed when jets bombed")
    if event.event in TALKS or verb.dep_ != "conj" or not _tensed(verb):
        return False  # ("met Merkel and discussed trade": one meeting)
    if _own_subject(verb):  # "warplanes bombed the airport and infantry pushed across the
        k = coded_at.get(verb.head.i)  # border": a clause of its own, a force of its own
        return k is not None and events[k].event == event.event
    if not _own_object(verb):
        return False
    t = verb.head
    while True:
        k = coded_at.get(t.i)
        if (k is not None and _tensed(t) and t.lemma_ != verb.lemma_
                and (_own_object(t) or _own_prep_object(t) and events[k].mode != event.mode)
                and events[k].event == event.event):
            return True
        if t.dep_ != "conj" or t.head == t:
            return False
        t = t.head


def _leaves_another_state(leaving: list[Token], actors: list[Arg], args: Arguments) -> bool:
    """'gave Saddam Hussein 48 hours to leave Iraq': told to leave a state not the actor's
    own, the recipient is not expelled from the actor's soil; the ultimatum stays a threat."""
    left = {a.actor.id for t in leaving for o in t.children if o.dep_ == "dobj" for a in args.of(o)
            if a.actor.type == "state"}
    own = {a.actor.id for a in actors} | {a.actor.country for a in actors}
    return bool(left) and not left & own


def _others_act_stopped(verb: Token) -> bool:
    """'halted the militants' advance', 'stopped the rebels' offensive': the act stopped is
    owned by a named other party (a noun possessor, not 'its' or the subject itself)."""
    subjects = {s.lemma_.lower() for s in _clause_subjects(verb)}
    return any(o.dep_ == "dobj" and any(
        c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in subjects
        for c in o.children) for o in verb.children)


def _object_inside_label(verb: Token, words: frozenset[str]) -> bool:
    """'called the junta illegitimate' parsed with 'junta' a compound of 'illegitimate' (no
    object): a word of blame or praise as the label, with a definite determiner and a noun
    compounded before it, holds the object named ('the junta'). Not in a relative
    clause ('the attack the president called a terror act': the attack is the object)."""
    if verb.dep_ in ("relcl", "acl"):
        return False
    return any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") and c.lemma_.lower() in words
               and any(d.dep_ == "compound" and d.i < c.i and any(
                   k.dep_ in ("det", "poss") and k.lower_ not in ("a", "an")
                   for k in (*c.children, *d.children)) for d in c.children)
               for c in verb.children)


def _own_object(verb: Token) -> bool:
    return has_child(verb, ("dobj",))


def _own_prep_object(verb: Token) -> bool:
    """An intransitive act with a place or target of its own ("walked out of the factories
    and blocked a highway": two protests; not a time, "marched on Monday and blocked ...")."""
    return any(c.dep_ == "prep" and not _time_adjunct(c) and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
        or o.dep_ == "prep" and has_child(o, ("pobj",)) for o in c.children)
        for c in verb.children)


def _tensed(verb: Token) -> bool:
    """A verb with a tense or a modal of its own: "was recalling its envoy and would impose
    sanctions" (not "shelling the town and killing 12", participles sharing one)."""
    return verb.tag_ in FINITE or any(c.dep_ == "aux" and c.tag_ in FINITE | {"MD"}
                                      for c in verb.children)


def _own_subject(verb: Token) -> bool:
    """A coordinated clause with an active subject of its own, not the one it shares."""
    return any(c.dep_ == "nsubj" and c.tag_ not in ("PRP", "EX") for c in verb.children)


def _aim_of_the_act_it_goes_with(verb: Token, actors: list[Arg], events: list[Event],
                                 coded_at: dict[int, int], args: Arguments) -> list[Arg]:
    """'Workers extended their strike, demanding the right to form unions': a demand told by
    a participle of an act the same actors did is aimed where that act is."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return []
    k = coded_at.get(verb.head.i)
    if k is None or not {a.id for a in events[k].actor} & {a.actor.id for a in actors}:
        return []
    return [found for r in events[k].recipient for found in [args.mention(r.id, "anaphora")] if found]


def _doers_answered(anchor: Token, event: str, actors: list[Arg], events: list[Event],
                    coded_at: dict[int, int], args: Arguments, retelling: dict) -> list[Arg]:
    """A reaction that names no target, told beside another's act, answers whoever did it:
    its own clause joined to that act's ("Sweden and Finland applied to join NATO, and Russia
    warned of serious consequences") or a participle on a noun that retells it ("sentenced
    her to four more years, a move condemned by the United Nations")."""
    told = None
    if anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        told = anchor.head
    elif anchor.dep_ == "acl" and anchor.tag_ == "VBN" and anchor.head.lemma_.lower() in retelling \
            and not has_child(anchor.head, ("poss", "prep")) \
            and anchor.head.head.pos_ in ("VERB", "AUX") and anchor.head.head.i < anchor.head.i:
        told = anchor.head.head
    if told is None:
        return []
    own = {a.actor.id for a in actors}
    verbs = (told, *(c for c in told.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)))  # "voted to nationalise": the
    for verb in verbs:  # parser's advcl for what was voted
        k = coded_at.get(verb.i)
        if k is not None and not (event in FRIENDLY_REACTIONS and events[k].event in FORCE_ACTS):
            # (not "Chinese troops crossed into Vietnam, and Moscow pledged its support")
            doers = [found for a in events[k].actor if a.id not in own
                     for found in [args.mention(a.id, "anaphora")] if found]
            if doers and not own & {a.id for a in events[k].actor}:
                return doers
    if event in FRIENDLY_REACTIONS or any(v.i in coded_at for v in verbs):
        return []
    # the act answered is not coded (yet: a threat may be coded before the act it answers):
    doers = [a for s in told.children if s.dep_ == "nsubj" for a in args.of(s)]  # its subject
    return doers if doers and not own & {a.actor.id for a in doers} else []


def _own_display(p: Predicate) -> bool:
    """'South Korea condemned North Korea's nuclear test', 'in response to India's tests': a
    show of force named by a noun with its doer as possessor is aimed at nobody the clause
    around it names (whoever reacts to it is not its target)."""
    return p.entry.event == "MOBILIZE" and p.entry.pos == "noun" and p.anchor is p.token \
        and has_child(p.token, ("poss",))


def _names_a_force(tok: Token, args: Arguments) -> bool:
    """A word the parser made a verb that names a force with the next word: "soldiers and
    riot police" ('riot' a verb with 'police' as its object)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (tok.pos_ == "VERB" and nxt is not None and nxt.head.i == tok.i and nxt.dep_ == "dobj"
            and bool(args.sector_of(f"{tok.text} {nxt.text}")))


def _act_ordered(p: Predicate, out: list[Predicate]) -> bool:
    """Forces ordered to withdraw or to use force ("ordered Russian troops to pull out of
    Kherson", "ordered troops to disarm the separatists") are not a deployment of their
    own: the act the order tells is the event, not a mobilisation."""
    return p.entry.event == "MOBILIZE" and any(
        (q.entry.event == "RETREAT" or q.entry.event in FORCE_TYPES)
        and q.anchor.dep_ == "xcomp" and q.anchor.head.i == p.token.i for q in out)


def _own_party_meeting(actors: list[Arg], recipients: list[Arg]) -> bool:
    """A party's own conference or congress: the party (with, at most, its own state) is all
    the meeting names on either side; no one else is met."""
    parties = [a.actor for a in actors if a.actor.type == "party"]
    own = {x for party in parties for x in (party.id, party.country)}
    return bool(parties) and all(r.actor.id in own for r in (*actors, *recipients))


def _purpose_retold(p: Predicate, out: list[Predicate]) -> bool:
    """An act told as the purpose of an act of the same type tells that act again: "met
    Nyerere to discuss the future of the community" (one meeting; grammar:
    purpose_retold_types); not a purpose of another type, which is an act of its own
    ("marched to demand his resignation": a protest and a demand)."""
    verb = p.anchor
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(q is not p and q.anchor.i == verb.head.i and q.entry.event == p.entry.event
               for q in out)


def _inside_a_name(tok: Token, args: Arguments) -> bool:
    """A proper noun inside the name of an actor the knowledge base knows, of more than one
    word ("the Collective Security Treaty Organisation", "the Warsaw Pact"): a word of its
    name, not an act (the tagger may miss the name as an entity); so is the common noun
    that ends such a name ("the G9 alliance demanded": the group, no alliance made)."""
    return any(
        h.start_tok <= tok.i < h.end_tok and h.end_tok - h.start_tok > 1 and h.how in ("alias", "entity")
        and (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.i == h.end_tok - 1)
        for h in args.found.mentions)


def _placed_at(noun: Token, args: Arguments) -> bool:
    """Does the event noun name where it happens: "a demonstration in Wenceslas Square",
    "rioting across Tunisia"?"""
    return any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS | {"at"} and (
        o.ent_type_ in ("GPE", "LOC", "FAC") or args.state_at(o) is not None)
        for c in noun.children for o in c.children if o.dep_ == "pobj")


def _time_span(noun: Token) -> Token | None:
    """The span of time an event noun is measured by: "a week of rioting" -> week."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in TIME_SPANS:
        return None
    return prep.head


def _in_the_background(span: Token) -> bool:
    """Is a span of time told as what came before ("after three months of protests",
    "amid two weeks of strikes")?"""
    return span.dep_ == "pobj" and span.head.lower_ in BACKGROUND_SPANS or any(
        m.dep_ == "mark" and m.lower_ in BACKGROUND_SPANS for m in span.head.children)


def _named_in_what_is_refused(verb: Token, actors: list[Arg], args: Arguments) -> list[Arg]:
    """Who the refused thing concerns, the first party named in it: "refused to sign a bill
    to repay Britain and the Netherlands", "turned down an invitation for Argentina to join
    the BRICS" (not the refuser), "refused to let aid from the United States cross"."""
    own = {a.actor.id for a in actors}
    besides = _done_besides(verb)
    for t in verb.subtree:
        if t.i <= verb.i or t.head.i == t.i or args.is_place(t) or t.dep_ in ("nsubj", "poss") \
                or t.i in besides:
            continue
        found = [a for a in args.of(t) if a.actor.id not in own]
        if found:
            return found
    return []


def _done_besides(verb: Token) -> frozenset[int]:
    """The tokens of the finite verbs joined to a refusal or to what it refuses, with their
    arguments: "refused to step down and sacked the commander" tells what else the refuser
    did, not what it refused (unlike "refused to hand over the suspects or to pay compensation
    to Britain", an infinitive that is refused too)."""
    return frozenset(t.i for c in verb.subtree if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")
                     for t in c.subtree)


def _named_at(verb: Token, place: str) -> bool:
    """Is ``place`` named by a preposition of the verb ("was arrested in Cairo") or in the
    dateline, rather than in another clause of its sentence ("... for the arrest of an
    executive in Vancouver")?"""
    own = " ".join(verb.doc[o.left_edge.i:o.i + 1].text for c in verb.children if c.dep_ == "prep"
                   for o in c.children if o.dep_ == "pobj")
    line = DATELINE.match(text_of(verb.doc))
    return place in own or bool(line) and place.lower() in line.group(0).lower()


def _named_as_origin(sent: Span, place: str) -> bool:
    """Is ``place`` named in its sentence only as where something comes from ("will fly
    relief supplies from Okinawa")? Aid leaves such a place; it is not where aid goes."""
    named = [t for t in tokens_with_dep(sent.doc, ("pobj",), sent.start, sent.end)
             if place in sent.doc[t.left_edge.i:t.i + 1].text]
    return bool(named) and all(t.head.lower_ == "from" for t in named)


def _verbs(sent: Span) -> Iterator[Token]:
    """The sentence's verbs (``pos_ == "VERB"``), without making a Token of each word."""
    return tokens_with_pos(sent.doc, (VERB,), sent.start, sent.end)


def _uninflected(word: str) -> list[str]:
    """The forms a verb might have without its inflection: "staged" -> "stag", "stage";
    a final consonant doubled before it undoubled: "teargassed" -> "teargas"."""
    forms = [word[:-len(ending)] for ending in ("ed", "d", "ing", "es", "s")
             if word.endswith(ending) and len(word) > len(ending) + 2]
    return forms + [f[:-1] for f in forms[:1] if len(f) > 3 and f[-1] == f[-2] and f[-1] not in "aeiou"]


def _noun_read_as_adjective(tok: Token) -> bool:
    """'an air and ground offensive' parsed as "air" modified by the adjective "offensive":
    an adjective after the noun it modifies, ending the phrase, is the phrase's head noun."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i < tok.i \
        and tok.head.pos_ == "NOUN" and not any(c.dep_ in ("prep", "amod", "advmod") and c.i > tok.i
                                                 for c in tok.children) \
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN"))


def _subjunctive(verb: Token) -> bool:
    """"insisted that the army withdraw", "demanded that the talks be held in Geneva": a
    clause verb in the bare form with no modal is what is demanded, not an act told."""
    if has_child(verb, ("aux",)):
        return False
    return verb.tag_ == "VB" or any(a.dep_ == "auxpass" and a.tag_ == "VB" for a in verb.children)


def _gerund_stems(word: str) -> tuple[str, ...]:
    """The verbs a gerund may come from: "lifting" -> "lift", "easing" -> "ease",
    "scrapping" -> "scrap"."""
    stem = word[:-3]
    if len(stem) < 3:
        return ()
    return (stem, stem + "e", *((stem[:-1],) if stem[-1] == stem[-2] and stem[-1] not in "aeiou" else ()))


def _passive(verb: Token) -> bool:
    """"was arrested on Saturday", "were executed by firing squad"."""
    return verb.pos_ == "VERB" and has_child(verb, ("nsubjpass", "auxpass"))


def _craft_accident_toll(tok: Token, accidents: frozenset[str], crafts: frozenset[str]) -> bool:
    """A participle or conjunct of a craft's accident: "a passenger jet crashed after take-off,
    killing all 50 on board" (not "a bomber crashed his car into the gate, killing 12")."""
    head = tok.head
    return tok.dep_ in ("advcl", "conj", "xcomp") and head.lemma_.lower() in accidents \
        and not has_child(head, ("dobj",)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in crafts for c in head.children)


def _on_condition(anchor: Token) -> bool:
    """The consequence of an 'if' clause hung on the predicate or the verb above it."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               for t in governing_chain(anchor)[:2] for c in t.children)


def _a_year_later(when: ResolvedDate) -> ResolvedDate:
    """The same month a year on: a future act's bare month is the next one of that name."""
    def later(iso: str | None) -> str | None:
        return f"{int(iso[:4]) + 1}{iso[4:]}" if iso else iso
    return replace(when, date=later(when.date), enddate=later(when.enddate))




def _agent_on_an_object(verb: Token) -> list[Token]:
    """The object of a 'by' the parser hung on the object of one of a passive verb's own
    prepositions ("was sentenced ... for contempt of court by the Constitutional Court")."""
    return [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ != "by"
            for p in prep.children if p.dep_ == "pobj"
            for by in p.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
            for o in by.children if o.dep_ == "pobj"]


def _stray_subject(verb: Token) -> Token | None:
    """The name just before a finite verb that has no subject, where the small parser hung
    it elsewhere ("... on Monday and Israel pounded Gaza": 'Israel' joined to 'Monday')."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "agent", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if (before.pos_ == "PROPN" and before.dep_ in ("conj", "pobj", "appos")
            and before.head.i != verb.i and before.sent.start == verb.sent.start):
        return before
    return None


def _controller_of_aside(verb: Token) -> Token | None:
    """A participle set off by a comma tells of the main clause's subject, wherever the
    parser hung it: "Nicaragua asked the court to order the United States to stop ...,
    accusing Washington of ..." (Nicaragua accuses): the verb above the chain of
    infinitives it was hung on, whose subject is not the one told to act."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.left_edge.i == 0 \
            or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    t, crossed = verb.head, False
    while t.dep_ in ("xcomp", "conj") and t.head != t:
        crossed |= t.dep_ == "xcomp"
        t = t.head
    return t if crossed else None


def _conjunct_heads(subj: Token) -> list[Token]:
    """The heads of the phrases 'and' joins in a subject the small parser flattened
    ("President Juan Manuel Santos and FARC leader Rodrigo Londono", with 'Santos' parsed
    as a modifier of 'Londono'): in each stretch between the conjunctions, the tokens
    whose head lies outside it.  Prepositional phrases are left whole ("the presidents
    of Russia and Turkey" is one phrase)."""
    inside_prep = {t.i for c in subj.subtree if c.dep_ == "prep" for t in c.subtree}
    tokens = [t for t in subj.subtree if t.i not in inside_prep]
    cuts = [t.i for t in tokens if t.dep_ == "cc" and t.lower_ in ("and", "&")]
    if not cuts:
        return []
    bounds = [tokens[0].i, *cuts, tokens[-1].i + 1]
    heads = []
    for first, end in zip(bounds, bounds[1:]):
        stretch = range(first, end)
        heads += [t for t in tokens if t.i in stretch and t.dep_ not in ("cc", "punct", "det")
                  and t.head.i not in stretch and t.i != subj.i]
    return heads


def _content_of(verb: Token, contents: set[int]) -> bool:
    """Is this verb what a request, refusal or threat asks, refuses or threatens ("urged
    X to agree", "pressed the US to stop bombing", "demanded that the Taliban hand over
    bin Laden", "dismissed a demand to withdraw"): an infinitive or a that-clause under
    one of ``contents``, or a verb joined to one ("that the Taliban hand over bin Laden
    and shut down every camp", "until Friday to meet his demands or step down")?  Not a
    finite verb the parser joined to the infinitive ("ordered the ambassador to leave and
    accused Paris of ...": an act of the one who ordered)."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if misjoined_finite(verb):
            return False
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.i in contents:
        return True
    t = verb
    for _ in range(2):
        if t.dep_ == "pcomp" and t.head.lower_ == "for":  # "an ultimatum for its forces to ..."
            return t.head.head.i in contents
        if t.dep_ not in ("xcomp", "advcl", "acl") or t.dep_ != "xcomp" and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return False
        if t.head.i in contents:
            return True
        t = t.head
    return False


def _by_on_the_patient(noun: Token) -> list[Token]:
    """'the arrest of Ratko Mladic by Serbian police': the doer the parser hung on the
    event noun's patient (after 'of') rather than on the noun; or deeper in the patient's
    phrase (or of a participle telling where the victims were), on a noun of place ("the
    massacre of villagers sheltering in a church by Hutu militiamen"), but not the agent of a participle of its own ("villagers
    driven out by floods", "a church built by missionaries")."""
    near = [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"
            for by in p.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
            for o in by.children if o.dep_ == "pobj"]
    if near:
        return near
    deep = [by for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "acl" and c.tag_ == "VBG"
            for by in c.subtree if by.lower_ == "by" and by.dep_ == "prep"
            and by.head.pos_ in ("NOUN", "PROPN") and by.head.dep_ == "pobj"
            and by.head.head.dep_ == "prep" and by.head.head.lower_ in PLACE_PREPS]
    return [o for o in deep[-1].children if o.dep_ == "pobj"] if deep else []


PLACE_PREPS = frozenset({"in", "at", "inside", "near", "outside", "around"})  # where a patient was


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, or of the clause it continues (a participle, a conjunct)."""
    t = verb
    for _ in range(4):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or t.dep_ == "ROOT" or t.head == t:
            return subj
        t = t.head
    return []


def _purpose(verb: Token, deciding: frozenset[str]) -> bool:
    """An infinitive of purpose: 'sent troops to help', 'approved a loan to support reforms'
    (not the complement of a control verb: 'agreed to help', nor what a vote decides:
    'voted 17-0 to endorse', which the parser also hangs as a clause of purpose)."""
    verb = _purpose_head(verb)
    if verb.head.lemma_.lower() in deciding or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # "its claim to have brought down": a past act, not a purpose
    return verb.dep_ in ("advcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _purpose_head(verb: Token) -> Token:
    """The infinitive a verb completes inside a clause of purpose: 'help' for "to help
    defend" and for "to help the government crush a rebellion" (a clause of its own under
    'help'); the verb itself otherwise."""
    t = verb
    for _ in range(2):
        if t.dep_ not in ("xcomp", "ccomp") or t.head.dep_ not in ("xcomp", "advcl", "acl"):
            break
        t = t.head
        if t.dep_ in ("advcl", "acl"):
            return t
    return verb


def _unrealised(verb: Token, lex: Lexicon) -> bool:
    """A clause not told as done: an infinitive ("vowed to stay"), or a verb with a modal
    ("would keep up his hunger strike")."""
    modals = lex.words("hypothetical_aux") | lex.words("future_aux")
    return any(c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in modals) for c in verb.children)


def _governor(noun: Token) -> Token | None:
    """The verb whose object a noun is, directly, as the subject of its passive ("a
    protest was lodged") or through one preposition."""
    if noun.dep_ in ("dobj", "attr", "nsubjpass"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("dobj", "attr"):
        return noun.head.head.head  # "declared a state of siege", "a series of strikes"
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "prt"):
        return noun.head.head
    return None


def _authored(message: Token) -> bool:
    """Does a message noun name whose it is ("a U.N. report", "Washington's accusations",
    "claims by the opposition")?"""
    return any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")
               or c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
               or c.dep_ == "prep" and c.lower_ == "by" for c in message.children)


def _claimer(noun: Token, claim_words: frozenset[str], claimed: frozenset[str]) -> Token | None:
    """The verb of 'X claimed (took, accepted) responsibility for <noun>'."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if prep.head.lemma_.lower() in claimed:
        verb = prep.head.head
    elif any(c.dep_ == "dobj" and c.lemma_.lower() in claimed for c in prep.head.children):
        verb = prep.head  # "claimed responsibility on Tuesday for the bombings": 'for' on the verb
    else:
        return None
    if verb.lemma_.lower() in claim_words | {"take", "accept", "admit", "bear"}:
        return verb
    return None



def _compelled(verb: Token) -> list[Token]:
    """Who a verb of compulsion compels: its object ("forced him to resign"), or the subject
    of its infinitive where the parser made that a clause ("forcing thousands to flee")."""
    return [c for c in verb.children if c.dep_ == "dobj"] or [
        s for c in verb.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]


def _cargo(verb: Token, carrying: frozenset[str]) -> set[str]:
    """What the vehicles a verb acts on carry: "sent two planes carrying doctors and
    medicine" sends medicine (grammar: carrying_verbs)."""
    return {w.lemma_.lower() for o in verb.children if o.dep_ == "dobj"
            for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in carrying
            for d in c.children if d.dep_ == "dobj"
            for w in (d, *(x for x in d.children if x.dep_ == "conj"))}


def _prep_child(tok: Token, word: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "agent", "dative", "advmod") and c.lower_ == word \
                and not _time_adjunct(c):
            return c
        if c.dep_ in ("advcl", "oprd", "acomp", "ccomp") and c.pos_ == "ADJ" and c.lower_ == word:
            return c  # "threw open its border": the adjective the tagger hangs on as a clause
            # ("found them guilty": a clause of its own, "them" its subject)
    return None


def _cause_after_object(verb: Token, entry: LexEntry, own_objects: set[str]) -> bool:
    """The row's particle is a preposition after a direct object the row does not name
    (``own_objects``: the verb's own, without the particle's): "took a swipe at China over
    Hong Kong" tells what about, nothing taken over."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not own_objects & entry.objects and any(
        c.dep_ == "prep" and c.lower_ == entry.prep and any(o.i < c.i for o in objects)
        for c in verb.children)


def _time_adjunct(prep: Token) -> bool:
    """'on' or 'for' telling when, not what: "fired coach Benitez on Monday", "called an
    early election for July 2" (no 'fire on', no 'call for'; but "gave the rebels until
    the end of the year" is the ultimatum's term)."""
    if prep.lower_ not in ("on", "for"):
        return False
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _resulting_state(verb: Token, words: frozenset[str]) -> str | None:
    """The word of ``words`` telling the state the verb leaves its object in, on the verb
    ("set free 108 prisoners") or on the object ("set the hostages free")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    sent_to = [o.lower_ for h in holders for p in h.children if len(holders) > 1  # an object sent
               and p.dep_ == "prep" and p.lower_ == "into"  # "flew him into exile" (not "flew
               for o in p.children if o.dep_ == "pobj"]     # into exile": he went)
    return next((c.lower_ for h in holders for c in h.children
                 if c.lower_ in words and (c.dep_ in ("amod", "oprd", "acomp", "advmod", "ccomp", "xcomp")
                                           or c.dep_ == "prep" and not any(  # "declared the truce
                                               o.dep_ == "pobj" for o in c.children))),  # over on Sunday"
                next((w for w in sent_to if w in words), None))


def _prep_on_object(tok: Token, word: str) -> Token | None:
    """The preposition hung on the verb's object rather than on the verb ("voiced dismay
    at the decision"), for an entry that names the object as well."""
    return next((p for c in tok.children if c.dep_ == "dobj"
                 for p in c.children if p.dep_ == "prep" and p.lower_ == word), None)


# Named objects a lexicon entry may ask for by class ("object: ["@person", prisoner]").
NAME_CLASSES = {"PERSON": "@person", "GPE": "@place", "LOC": "@place", "FAC": "@place",
                "NORP": "@people", "ORG": "@org"}


def _objects(tok: Token, prep: str | None, peoples: frozenset[str] = frozenset()) -> set[str]:
    """Lemmas that fill the object slot: direct object, object of ``prep``, or for an
    event noun its compound and adjective modifiers ("bombing campaign"); "@people" also
    for a name of a people among ``peoples`` the tagger left untyped ("25 Britons")."""
    out = set()
    children = list(tok.children)  # (read once: spaCy walks the subtree's span for each read)
    for c in children:
        if c.dep_ in ("dobj", "compound", "amod", "attr", "nsubjpass"):  # "Mandela was freed"
            out |= _word_forms(c)
            if c.dep_ != "amod" and c.ent_type_ in NAME_CLASSES:  # "freed Alan Gross"
                out.add(NAME_CLASSES[c.ent_type_])
            elif c.dep_ != "amod" and c.lower_ in peoples:
                out.add("@people")
            if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in ("him", "her") or any(
                    a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)):
                out.add("@person")  # "captured him", "hanged the writer Ken Saro-Wiwa"
            out.update(cc.lemma_.lower() for cc in c.children if cc.dep_ == "conj")
            if c.dep_ == "dobj":  # "released American hostage Terry Anderson", "$500 million in
                out.update(cc.lemma_.lower() for cc in c.children if cc.dep_ == "compound")
                out.update(p.lemma_.lower() for prep in c.children  # military aid", "dozens of troops"
                           if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
                           for p in prep.children if p.dep_ == "pobj")
    out.update(c.lemma_.lower() for c in children  # "taking 27 others hostage"
               if c.dep_ == "oprd" and c.pos_ == "NOUN")
    if any(c.dep_ in ("dobj", "dative") for c in children):  # "gave Pyongyang a month",
        out.update(n.lemma_.lower() for n in children if n.dep_ == "npadvmod")  # "72 hours"
        out.update(p.lemma_.lower() for prep in children if prep.dep_ == "prep" and prep.lower_ == "in"
                   for p in prep.children if p.dep_ == "pobj")  # "pledged $30 billion | in aid"
    out.update(s.lemma_.lower() for c in children if c.dep_ == "ccomp"
               for s in c.children if s.dep_ == "nsubj")  # "let U.N. inspectors visit"
    if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children):  # "Khrushchev landed ... and
        for s in tok.head.children:                                  # was welcomed by Eisenhower"
            if s.dep_ in ("nsubj", "nsubjpass"):
                out.add(s.lemma_.lower())
                if s.ent_type_ in NAME_CLASSES:
                    out.add(NAME_CLASSES[s.ent_type_])
    if passive_participle(tok):  # "accords signed by", "hostages seized"
        out.add(tok.head.lemma_.lower())
    holder = (_prep_child(tok, prep) or _prep_on_object(tok, prep)) if prep else None  # "peppered
    # Ukrainian positions with rockets": the tagger hangs 'with' on the object
    if holder is not None:
        # "pulled out of the talks": the object of 'of' under 'out'
        objects = [c for h in [holder, *(c for c in holder.children if c.dep_ == "prep")]
                   for c in h.children if c.dep_ == "pobj"]
        out.update(w for c in objects for w in _word_forms(c))
        out.update(p.lemma_.lower() for c in objects for h in c.children  # "walked out of
                   if h.dep_ == "prep" and h.lower_ == "in"          # the meeting in protest"
                   for p in h.children if p.dep_ == "pobj")
        out.update(NAME_CLASSES[c.ent_type_] for c in objects if c.ent_type_ in NAME_CLASSES)
        if holder.dep_ == "prt":  # "brought down a Russian airliner": object on the verb
            out.update(c.lemma_.lower() for c in children if c.dep_ == "dobj")
    return out


def _word_forms(tok: Token) -> set[str]:
    """The lemma of a word, and the whole hyphenated word when it ends one: the tokenizer
    splits "self-determination" and "sit-in" at the hyphen, and the lexicon's and grammar's
    lists write them whole."""
    forms = {tok.lemma_.lower()}
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        forms.add(f"{doc[i - 2].lower_}-{tok.lemma_.lower()}")
    return forms


SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")  # "routed England 6-3": a result
TIME_SPANS = {"hour", "day", "night", "week", "month", "year", "weekend"}
BACKGROUND_SPANS = {"after", "following", "amid", "despite", "since", "during", "before", "over"}


def _source_flags(attribution: Attribution, actors: list[Arg], recipients: list[Arg],
                  affiliation: dict[str, str]) -> set[str]:
    """'claimed' when the party on the receiving end (or its leader) says so -- "they are
    waging war against us"; 'reported' when a third party (a journalist, an analyst, an
    outlet) says so, or through an intermediary; an actor's word on its own act is neither."""
    flags = {"reported"} if attribution.via else set()
    speaker = attribution.speaker
    if speaker is not None:
        side = {speaker.id, affiliation.get(speaker.id)}
        own = side & {a.actor.id for a in actors}  # a mutual act's party speaks of its own act
        if side & {r.actor.id for r in recipients} and not own:
            flags.add("claimed")
        elif not own:
            flags.add("reported")
    return flags


def _unique(args: list[Arg]) -> list[Arg]:
    seen: set[str] = set()
    return [a for a in args if not (a.actor.id in seen or seen.add(a.actor.id))]


def _confidence(p: Predicate, actors: list[Arg], recipients: list[Arg], aux: set[str]) -> float:
    """A transparent v1 score (not yet calibrated): how much of the event the grammar
    pinned down, and how sure the actor resolution was."""
    score = 0.45
    score += 0.15 if actors and all(a.actor.known for a in actors) else 0.05 if actors else -0.1
    score += 0.15 if recipients else 0.0
    score += 0.1 if p.entry.pos == "verb" or p.anchor is not p.token else 0.05
    score += 0.05 * min(p.entry.specificity, 2)
    if any(a.how == "coref" for a in actors):
        score -= 0.1
    if aux & {"hypothetical", "negated"}:
        score -= 0.1
    return round(max(0.05, min(score, 0.95)), 2)
