"""Coreference inside one document, kept deliberately simple and inspectable.

Resolved, in text order, against the mentions found so far:
- "he", "him", "his", "she", "her" -> the most recent person in the last few sentences;
- "his organization" / "her group" -> the organisation that person leads (the base, or
  what the document itself states: "Al Qaeda's leader, Ayman al-Zawahiri");
- "its", "itself" -> the most recent organisation or state (after a verb of accusing, one
  other than the clause's subject: "Hasina urged Myanmar ... and accused its army");
- "the country" -> the state named last, not one acting on it in its clause ("pulling all
  U.S. forces out of the country": Somalia, named before);
- "they" as a subject -> the most recent group, population or state's organ ("Congolese
  soldiers") in this sentence or the one before;
- "the (terrorist) leader" -> the most recent person who leads something;
- "the group", "the organization", "the militants" -> the most recent armed group ("the
  group", "the party" also a party or an IGO; "the rebels" also whoever the text called
  rebels: "UNITA rebels");
- "the alliance", "the bloc", "the body" -> the most recent IGO that was a clause's subject;
- "the president", "the king" -> the most recent person with that title;
- "the government", "the junta", "the army" -> the state the sentence before is about;
- a sentence-initial "he"/"she" -> the previous sentence's subject, if a person;
- a sentence-initial "they" -> the previous sentence's subject if a state's organ or people
  ("The Kenyan government ... They accused him").
An antecedent coordinated with a rival ("Hamas and Islamic Jihad ... the militants") is
ambiguous and left unresolved.
First-person plurals inside quotes are resolved by :mod:`entente.quotes`.
"""
from __future__ import annotations

from spacy.strings import hash_string
from spacy.symbols import NOUN, PRON
from spacy.tokens import Doc, Token

from ..nlp import has_child, pos_ids, sentence_bounds, tokens_with_pos
from ..resources import word_lists
from .kb import WORDS_FILE
from .resolve import ActorResolver, DocActors, MentionHit

WORDS = word_lists("actors", WORDS_FILE)  # the open word lists of this module

PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
GENDER = {p: "f" if p in ("she", "her", "hers", "herself") else "m" for p in PERSON_PRONOUNS}
THING_PRONOUNS = {"its", "itself"}  # a bare "it" is too often an event or a fact
ORG_NOUNS = WORDS["org_nouns"]
GROUP_DESCRIPTIONS = ORG_NOUNS | WORDS["group_descriptions"]
LEADER_NOUNS = WORDS["leader_nouns"]
# A leader's own rank and file: "Ocalan urged his fighters to lay down their arms" -> the
# organisation he leads (when he leads one of ORGANISATIONS; not a state's head: "his troops").
MEMBER_NOUNS = WORDS["member_nouns"]
HEAD_OF_STATE_TITLES = WORDS["head_of_state_titles"]
_TITLE_IDS = frozenset(hash_string(w) for w in HEAD_OF_STATE_TITLES)  # as the LOWER array has them
_COMPOUND = hash_string("compound")  # as the DEP array has it (no symbol of spaCy's)
# Actor types "the group", "the organization", "the party" may stand for.
ORGANISATIONS = {"armed_group", "party", "igo", "ngo"}
IGO_NOUNS = WORDS["igo_nouns"]
STATE_ORGAN_NOUNS = WORDS["state_organ_nouns"]
ACCUSING_VERBS = WORDS["accusing_verbs"]
COUNTRY_NOUNS = WORDS["country_nouns"]
LAND_NOUNS = WORDS["land_nouns"]
STATE_NOUNS = COUNTRY_NOUNS | LAND_NOUNS
# Prepositions after which "the country" is where something happens, not an actor.
PLACE_PREPS = {"in", "across", "throughout", "around", "within", "inside", "over", "all"}
WINDOW = 4  # sentences back a pronoun may reach
IMPERSONAL_VERBS = WORDS["impersonal_verbs"]
# What a subject "they" may stand for: these, or a state named by one of its organs
# ("Congolese soldiers ... as they retreated"), never a place or a lone state's name.
COLLECTIVES = {"armed_group", "population", "party", "igo"}
STATE_FORCE_NOUNS = WORDS["state_force_nouns"]


def stated_leaders(doc: Doc, found: DocActors) -> dict[str, str]:
    """person id -> organisation id, from "<Org>'s leader, <Person>" in the text, and
    person id -> state id from a title the knowledge base does not give ("Georgian
    President Eduard Shevardnadze")."""
    leaders: dict[str, str] = {}
    titled: dict[str, str] = {}
    for tok in _leader_words(doc):
        if tok.lemma_.lower() in LEADER_NOUNS:
            org = next((found.at(c) for c in tok.children if c.dep_ == "poss" and found.at(c)), None)
            person = next((found.at(c) for c in tok.children
                           if c.dep_ == "appos" and found.at(c)), None)
            if org and person and person.actor.type == "person":
                leaders[person.actor.id] = org.actor.id
        elif tok.lower_ in HEAD_OF_STATE_TITLES and tok.dep_ == "compound":
            person = found.at(tok.head)
            state = next((found.at(c) for c in tok.children if c.dep_ in ("amod", "compound")
                          and found.at(c) is not None and found.at(c).actor.type == "state"), None)
            if person is not None and person.actor.type == "person" and state is not None:
                titled.setdefault(person.actor.id, state.actor.id)
    return {**titled, **leaders}


def _leader_words(doc: Doc) -> list[Token]:
    """The words ``stated_leaders`` reads, in text order: nouns of leadership ("leader",
    "chief") and head-of-state titles in a compound ("President Eduard Shevardnadze").
    Which they are depends on the parse alone, and the leaders are asked for three times
    a document, so their positions are found once and kept in ``doc.user_data`` (as
    entente.nlp.text_of keeps the text)."""
    at = doc.user_data.get("entente_leader_words")
    if at is None:  # (read from the parse's arrays: no Token is made for the other words)
        lemmas, lowers, deps = (doc.to_array(attr).tolist() for attr in ("LEMMA", "LOWER", "DEP"))
        strings = doc.vocab.strings
        leading = {h for h in set(lemmas) if strings[h].lower() in LEADER_NOUNS}
        at = doc.user_data["entente_leader_words"] = [
            i for i, (lemma, lower, dep) in enumerate(zip(lemmas, lowers, deps))
            if lemma in leading or lower in _TITLE_IDS and dep == _COMPOUND]
    return [doc[i] for i in at]


def kin_genders(doc: Doc, found: DocActors, kinship: dict[str, list]) -> dict[str, str]:
    """person id -> "m"/"f", as nouns of kinship tell it: "Hortensia Bussi, widow of
    President Salvador Allende" (Bussi "f", Allende "m"), "Yeltsin's daughter Tatyana"
    (``kinship``: noun -> [gender of the relative, gender of the one named after 'of'])."""
    out: dict[str, str] = {}

    def note(tok: Token | None, gender: str | None) -> None:
        hit = found.at(tok) if tok is not None and gender else None
        if hit is not None and hit.actor.type == "person":
            out.setdefault(hit.actor.id, gender)

    for tok in tokens_with_pos(doc, (NOUN,)):
        genders = kinship.get(tok.lemma_.lower())
        if not genders:
            continue
        own, named = genders
        note(tok.head if tok.dep_ == "appos" else None, own)  # "Bussi, widow of ..."
        for c in tok.children:
            if c.dep_ in ("appos", "compound") and c.i > tok.i or c.dep_ == "compound" and c.ent_type_ == "PERSON":
                note(c, own)  # "his widow, Hortensia Bussi", "daughter Tatyana"
            if c.dep_ == "poss":
                note(c, named)  # "Allende's widow"
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj":
                        note(o, named)  # "widow of Salvador Allende"
    return out


def resolve_coreference(doc: Doc, found: DocActors, resolver: ActorResolver,
                        kinship: dict[str, list] | None = None) -> None:
    """Add coreferent mentions (how="coref") to ``found``; ``kinship`` (grammar:
    kinship_nouns) tells the gender of persons named as relatives."""
    leaders = stated_leaders(doc, found)
    sent_of = {}
    for n, (start, end) in enumerate(sentence_bounds(doc)):
        for i in range(start, end):
            sent_of[i] = n
    history: list[MentionHit] = sorted(found.mentions, key=lambda h: h.start_tok)
    # person id -> "m"/"f", as kinship nouns tell and pronouns so far referred to them
    genders: dict[str, str] = kin_genders(doc, found, kinship or {})

    def window(before: Token):
        """Mentions before ``before`` within WINDOW sentences, most recent first."""
        for hit in reversed(history):
            if hit.start_tok >= before.i:
                continue
            if sent_of[before.i] - sent_of[hit.start_tok] > WINDOW:
                return
            yield hit

    def recent(before: Token, accept) -> MentionHit | None:
        return next((hit for hit in window(before) if accept(hit)), None)

    def leads(person_id: str) -> str | None:
        return leaders.get(person_id) or resolver.led_by(person_id, found.published)

    pos, lowers = pos_ids(doc), doc.to_array("LOWER").tolist()
    for i, tag in enumerate(pos):
        if tag != PRON and tag != NOUN and lowers[i] not in _PRONOUN_IDS or i in found.by_token:
            continue  # (only a pronoun or a noun refers back: the other words make no Token)
        tok = doc[i]
        low = tok.lower_
        hit: MentionHit | None = None
        speaker = _reporting_subject(tok, found)
        if speaker is not None:  # "Iraq said it would allow inspectors back"
            hit = _coref(doc, tok.i, tok.i + 1, speaker.actor)
        elif tok.pos_ == "PRON" and low in PERSON_PRONOUNS:
            gender = GENDER[low]
            fits = lambda h, g=gender: h.actor.type == "person" and genders.get(h.actor.id, g) == g
            other = any(GENDER.get(t.lower_, gender) != gender for t in tok.sent if t.pos_ == "PRON")
            subject = None if other else (_previous_subject_person(tok, found)  # "She told him"
                                          or _conjunct_subject_person(tok, found))
            person = subject if subject is not None and fits(subject) else recent(tok, fits)
            if person is None:
                continue
            genders.setdefault(person.actor.id, gender)
            head = tok.head
            members = tok.dep_ == "poss" and head.lemma_.lower() in MEMBER_NOUNS
            if tok.dep_ == "poss" and (head.lemma_.lower() in ORG_NOUNS or members):
                org_id = leads(person.actor.id)
                org = resolver.info_by_id(org_id, found.published) if org_id else None
                if org is not None and (not members or org.type in ORGANISATIONS):
                    hit = _coref(doc, tok.i, head.i + 1, org)
                elif members:  # "the president ... his militiamen": the person's own men
                    hit = _coref(doc, tok.i, tok.i + 1, person.actor)
            else:
                hit = _coref(doc, tok.i, tok.i + 1, person.actor)
        elif tok.pos_ == "PRON" and low == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
            hit = _they_previous_subject(tok, found, resolver)
            group = None if hit is not None else recent(
                tok, lambda h: (h.actor.type in COLLECTIVES or h.sector is not None)
                and h.actor.type != "person" and sent_of[tok.i] - sent_of[h.start_tok] <= 1)
            if group is not None:  # "... hours after they hijacked an airliner"
                hit = _coref(doc, tok.i, tok.i + 1, group.actor)
        elif low == "it" and tok.dep_ == "nsubj" and tok.i == tok.sent.start and tok.sent.start > 0 \
                and tok.head.lemma_.lower() not in IMPERSONAL_VERBS:
            org = _main_subject(doc[tok.sent.start - 1].sent, found)
            if org is not None:  # "Sudan's army pulled out of talks ... It accused its rivals"
                hit = _coref(doc, tok.i, tok.i + 1, org.actor)
        elif tok.pos_ == "PRON" and low in THING_PRONOUNS and tok.dep_ not in ("nsubj", "nsubjpass", "expl"):
            head_hit = found.at(tok.head)
            own = _clause_subject(tok, found) or _opening_owner(tok, found)
            if own is not None and _accused(tok, resolver):  # "Hasina urged Myanmar ... and accused its
                own_id = own.actor.id  # army of atrocities": not Bangladesh's army
                org = recent(tok, lambda h: h.actor.type == "state" and h.actor.id != own_id)
            else:
                org = own or recent(
                    tok, lambda h: h.actor.type not in ("person", "population", "media")
                    and h is not head_hit and h.how != "capital")
            if org is not None:
                hit = _coref(doc, tok.i, tok.i + 1, org.actor)
        elif tok.pos_ == "NOUN" and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
            lemma = tok.lemma_.lower()
            start = min(c.i for c in tok.children if c.dep_ in ("det", "amod", "compound"))
            named: MentionHit | None = None
            if lemma in LEADER_NOUNS and not has_child(tok, ("poss",)):
                named = recent(tok, lambda h: h.actor.type == "person" and leads(h.actor.id))
            elif lemma in GROUP_DESCRIPTIONS or low in GROUP_DESCRIPTIONS:
                named = _described_group(tok, window(tok), found)
            if named is None and lemma in IGO_NOUNS:  # "NATO ... The alliance warned Russia"
                named = _igo_named_before(tok, list(window(tok)), found)
            if named is None and lemma not in LEADER_NOUNS | GROUP_DESCRIPTIONS:
                named = _titled_person(tok, window(tok), found, resolver)
            if named is None and lemma in STATE_ORGAN_NOUNS:
                named = _state_named_before(tok, found)
            if named is None and lemma in STATE_NOUNS:
                named = _country_named_before(tok, window(tok), found)
            if named is None and lemma not in STATE_FORCE_NOUNS | LEADER_NOUNS | GROUP_DESCRIPTIONS:
                # "the coalition" after "the Saudi-led coalition"
                named = recent(tok, lambda h: h.actor.type != "person"
                               and h.actor.name.lower().split()[-1] == lemma)
            if named is not None:
                hit = _coref(doc, start, tok.i + 1, named.actor)
                if lemma in STATE_ORGAN_NOUNS and named.actor.type == "state":
                    hit.sector = resolver.kb.sector_of(tok.text)
        elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and low in GROUP_DESCRIPTIONS - ORG_NOUNS \
                and not has_child(tok, ("det", "poss", "amod", "compound", "nmod")):
            named = _called_so(tok, window(tok), found)  # "Tamil Tiger rebels ... killed 40 rebels"
            if named is not None:
                hit = _coref(doc, tok.i, tok.i + 1, named.actor)
        if hit is not None:
            found.add(hit)
            history.append(hit)


def _described_group(noun: Token, window, found: DocActors) -> MentionHit | None:
    """The group a description ("the rebels", "the militants", "the group") stands for:
    the most recent armed group; for "the group", "the organization", "the party" also a
    party or an IGO named as a subject ("ASEAN foreign ministers met ... The group urged";
    "The ANC accused the government of backing Inkatha. The organisation threatened": the ANC);
    and for any description, whoever the text called so ("UNITA rebels ... The rebels
    killed 12 workers"). None when a rival was named alongside it."""
    lemma, doc = noun.lemma_.lower(), noun.doc

    def accept(h: MentionHit) -> bool:
        if h.actor.type == "armed_group":
            return True
        if h.actor.type in ("person", "state", "population", "media"):
            return False
        head = doc[h.end_tok - 1]
        if head.dep_ in ("compound", "amod", "nmod") and head.head.lemma_.lower() == lemma:
            return True  # "UNITA rebels" ... "the rebels"
        if lemma in ORG_NOUNS and h.actor.type in ORGANISATIONS:  # a party or IGO as a subject:
            return _in_subject(h, doc) and h.how not in ("seat", "capital")  # not "backing Inkatha"
        return False

    hit = next((h for h in window if accept(h)), None)
    return _unambiguous(hit, lambda h: accept(h) or h.actor.type in ORGANISATIONS, doc, found)


def _called_so(noun: Token, window, found: DocActors) -> MentionHit | None:
    """The group a bare plural description ("40 rebels", "militants") stands for: only one
    the text has called by that very noun ("Tamil Tiger rebels ... killed 40 rebels");
    none when a rival was named alongside it."""
    lemma, doc = noun.lemma_.lower(), noun.doc

    def accept(h: MentionHit) -> bool:
        head = doc[h.end_tok - 1]
        return (h.actor.type not in ("person", "state", "population", "media")
                and head.dep_ in ("compound", "amod", "nmod") and head.head.lemma_.lower() == lemma)

    hit = next((h for h in window if accept(h)), None)
    return _unambiguous(hit, lambda h: accept(h) or h.actor.type in ORGANISATIONS, doc, found)


def _unambiguous(hit: MentionHit | None, accept, doc: Doc, found: DocActors) -> MentionHit | None:
    """``hit``, unless it was coordinated with another actor ``accept`` takes too: after
    "The Taliban and the Islamic State clashed", "the militants" could be either."""
    if hit is None:
        return None
    root = doc[hit.start_tok:hit.end_tok].root
    while root.dep_ in ("compound", "amod", "nmod") and found.at(root.head) is None:
        root = root.head  # "Hamas and Islamic Jihad militants"
    near = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        near += [root.head, *(c for c in root.head.children if c.dep_ == "conj" and c != root)]
    for t in near:
        for c in [t, *(c for c in t.children if c.dep_ in ("compound", "amod", "nmod"))]:
            other = found.at(c)
            if other is not None and other.actor.id != hit.actor.id and accept(other):
                return None
    return hit


def _in_subject(hit: MentionHit, doc: Doc) -> bool:
    """True when the mention is a clause's subject or names it ("NATO ministers met",
    "ASEAN's foreign ministers"), not its object ("condemned NATO's plans")."""
    tok = doc[hit.start_tok:hit.end_tok].root
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("compound", "amod", "nmod", "poss", "conj", "appos") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _igo_named_before(noun: Token, window: list[MentionHit], found: DocActors) -> MentionHit | None:
    """"The alliance", "the bloc", "the body": the most recent IGO named as a subject
    ("NATO bombed ... The alliance also struck"); else the only IGO named lately, when the
    sentence before is about actors this document knows ("Russia accused NATO of expanding
    eastward. The alliance rejected the charge"), not about a name it does not ("The
    Balkan Pact condemned NATO's plans. The alliance accused the West" is left alone)."""
    doc = noun.doc
    igos = [h for h in window if h.actor.type == "igo" and h.how not in ("seat", "capital")]
    subject = next((h for h in igos if _in_subject(h, doc)), None)
    if subject is not None:
        return _unambiguous(subject, lambda h: h.actor.type == "igo", doc, found)
    if len({h.actor.id for h in igos}) != 1:
        return None
    subjects = _previous_subjects(noun)
    if subjects and all(found.at(s) is not None and found.at(s).how != "capital" for s in subjects):
        return igos[0]
    return None


def _title_before(hit: MentionHit, doc: Doc, resolver: ActorResolver):
    """The title written before or at the head of a person's name ("Iranian President
    Hassan Rouhani", "King Hussein"), or None."""
    s, e = hit.start_tok, hit.end_tok
    for k in (3, 2, 1):
        spans = ([doc[s - k:s]] if s - k >= 0 else []) + ([doc[s:s + k]] if s + k < e else [])
        for span in spans:
            title = resolver.kb.title(span.text)
            if title is not None:
                return title
    return None


def _titled_person(noun: Token, window, found: DocActors, resolver: ActorResolver) -> MentionHit | None:
    """"The president", "the prime minister", "the king": the one person named before with
    that title, in the text ("President Gamal Abdel Nasser") or in the knowledge base on
    the story's date. None when two people hold it ("Russian President Vladimir Putin met
    Chinese President Hu Jintao ... The president criticised")."""
    if any(c.dep_ not in ("det", "amod", "compound", "punct") for c in noun.children if c.i < noun.i) \
            or has_child(noun, ("prep", "poss")):
        return None  # "the Egyptian president", "the president of Egypt": named there
    first = min((c.i for c in noun.children if c.dep_ != "det" and c.i < noun.i), default=noun.i)
    phrase = noun.doc[first:noun.i + 1]
    if any(t.i in found.by_token for t in phrase):
        return None
    title = resolver.kb.title(phrase.text)
    if title is None:
        return None
    doc, day = noun.doc, found.published
    matches: dict[str, MentionHit] = {}
    for h in window:
        if h.actor.type != "person" or h.actor.id in matches:
            continue
        written = _title_before(h, doc, resolver)
        entry = resolver.kb.get(h.actor.id)
        held = {t.name for r in (entry.roles if entry else ()) if r.title and r.active_on(day)
                for t in (resolver.kb.title(r.title),) if t is not None}
        if written is not None and written.name == title.name or title.name in held:
            matches[h.actor.id] = h
    return next(iter(matches.values())) if len(matches) == 1 else None


def _state_named_before(noun: Token, found: DocActors) -> MentionHit | None:
    """"The government", "the junta", "the army" as a clause's subject, with nothing naming
    whose: the state the sentence before is about ("Zimbabwe expelled two British
    journalists. The government accused them ..."; "Myanmar's military seized power. The
    junta arrested ..."). None when that sentence's subject is two states."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.sent.start == 0 \
            or any(c.dep_ != "det" for c in noun.children):
        return None
    if any(h.actor.type == "state" and noun.sent.start <= h.start_tok < noun.i for h in found.mentions):
        return None  # "In Yerevan, the government declared martial law": that state's
    before = noun.doc[noun.sent.start - 1].sent
    hit = _main_subject(before, found)
    if hit is None or hit.actor.type != "state":
        return None
    return _unambiguous(hit, lambda h: h.actor.type == "state", noun.doc, found)


def _dateline(found: DocActors) -> MentionHit | None:
    """The capital a story is filed from ("MONROVIA (Reuters) - ..."), if any."""
    first = min(found.mentions, key=lambda h: h.start_tok, default=None)
    return first if first is not None and first.start_tok < 3 and first.how == "capital" else None


def _country_named_before(noun: Token, window, found: DocActors) -> MentionHit | None:
    """"The country" (as a target, an owner or a place left): the state named last, but not
    the one whose people or forces act on it in the same clause ("set a deadline for pulling
    all U.S. forces out of the country": Somalia, named before). None for a place where
    something happens ("raids across the country") and for "the country of ...", "the
    two countries"."""
    if noun.tag_ != "NN" or any(c.dep_ not in ("det", "case") for c in noun.children):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS \
            or noun.dep_ == "dobj" and noun.lemma_.lower() not in LAND_NOUNS:
        return None  # (nor "shut down the country": as an object it is as often the land)
    dateline = _dateline(found) if noun.lemma_.lower() == "capital" else None
    if dateline is not None:  # "the capital" is the one the story is filed from ("MONROVIA -
        # ... rebels besieging the capital", after Nigeria), when the story names its state
        # again; else not that one ("LONDON - Rebels in Sierra Leone attacked the capital")
        if any(h.actor.id == dateline.actor.id and h is not dateline for h in found.mentions):
            return dateline
        window = [h for h in window if h is not dateline]
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    acting = {found.at(t).actor.id for c in (verb.children if verb is not None else ())
              if c.dep_ in ("nsubj", "nsubjpass", "dobj") and noun not in c.subtree
              for t in c.subtree if found.at(t) is not None}
    return next((h for h in sorted(window, key=lambda h: -h.start_tok)  # (the nearest first)
                 if h.actor.type == "state" and h.actor.id not in acting), None)


def previous_clauses(tok: Token) -> list[Token]:
    """The verbs of the main clauses of the sentence before ``tok``'s ([] in the first), the
    reported clause before its reporter's: "Workers downed tools, diplomats said. They demand
    ..." -> [downed, said] (they are the workers)."""
    if tok.sent.start == 0:
        return []
    root = tok.doc[tok.sent.start - 1].sent.root
    reported = [c for c in root.children if c.dep_ == "ccomp"] \
        if root.lemma_.lower() in REPORTING_VERBS else []
    return [*reported, root]


def _previous_subjects(tok: Token) -> list[Token]:
    """The subjects of the main clauses of the sentence before ``tok``'s (previous_clauses)."""
    return [c for v in previous_clauses(tok) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]


def _previous_subject_person(tok: Token, found: DocActors) -> MentionHit | None:
    """A sentence-initial "He"/"She" continues the previous sentence's subject, not the
    last person named: "Fidel Castro met Soviet Premier Nikita Khrushchev in Moscow. He
    thanked the Soviet Union" -> Castro."""
    if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass") \
            or tok.i != tok.sent.start:
        return None
    for subj in _previous_subjects(tok):
        if has_child(subj, ("conj",)):
            return None  # "Reagan and Gorbachev met ... He said"
        hit = found.at(subj)
        if hit is not None and hit.actor.type == "person":
            return hit
    return None


def _conjunct_subject_person(tok: Token, found: DocActors) -> MentionHit | None:
    """'His'/'her' on the subject of a clause joined to one a person is the subject of is
    that person's, not the last person named: "Aquino accused Marcos of fraud, and her
    supporters vowed to ..." -> Aquino."""
    subj = tok.head
    if tok.dep_ != "poss" or subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.dep_ != "conj":
        return None
    first = [c for c in subj.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(first) != 1 or any(c.dep_ == "conj" for c in first[0].children):
        return None
    hit = found.at(first[0])
    return hit if hit is not None and hit.actor.type == "person" else None


def _they_previous_subject(tok: Token, found: DocActors, resolver: ActorResolver) -> MentionHit | None:
    """A sentence-initial "They" continues the previous sentence's subject when that is a
    group, people or a state's organ named by its state: "The Kenyan government expelled a
    British diplomat. They accused him of spying" -> Kenya (GOV). Not a lone state's name
    ("Britain expelled ... They"), nor two actors ("France and Germany ... They")."""
    if tok.i != tok.sent.start:
        return None
    for subj in _previous_subjects(tok):
        if has_child(subj, ("conj",)):
            return None
        own = found.at(subj)
        if own is not None:
            if own.actor.type in COLLECTIVES or own.sector is not None:
                return _coref(tok.doc, tok.i, tok.i + 1, own.actor)
            return None
        owners = [h for c in subj.children if c.dep_ in ("poss", "compound", "amod")
                  for h in (found.at(c),) if h is not None and h.actor.type != "person"]
        collective = subj.tag_ in ("NNS", "NNPS") or subj.lemma_.lower() in STATE_ORGAN_NOUNS
        if len({h.actor.id for h in owners}) == 1 and collective:
            hit = _coref(tok.doc, tok.i, tok.i + 1, owners[0].actor)
            hit.sector = resolver.kb.sector_of(subj.text)
            return hit
    return None


SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we"}
# Possessives of a reported clause's subject that refer to the reporting subject.
OWNER_PRONOUNS = {"its", "their"}
# the lower-case words (as spaCy's ids) besides pronouns and nouns that resolve_coreference
# reads: a pronoun the tagger took for another part of speech
_PRONOUN_IDS = {hash_string(w) for w in SUBJECT_PRONOUNS | OWNER_PRONOUNS | PERSON_PRONOUNS
                | THING_PRONOUNS | {"it", "they"}}
REPORTING_VERBS = WORDS["reporting_verbs"]


def reporting_words(anchor: Token) -> set[int]:
    """The words of the clause that reports ``anchor``'s, not those of what it reports:
    "Police detained Walesa, travellers arriving in Vienna said" -> "travellers arriving in
    Vienna said" (its places tell where it was told, not where it happened)."""
    t = anchor
    while t.head.i != t.i:
        child, t = t, t.head
        if child.dep_ == "ccomp" and t.lemma_.lower() in REPORTING_VERBS:
            told = {x.i for x in child.subtree}
            return {x.i for x in t.subtree if x.i not in told}
    return set()


def _reporting_subject(tok: Token, found: DocActors) -> MentionHit | None:
    """The subject pronoun of a clause reported by a verb of saying refers to the
    reporting subject: "Syria says it is willing to withdraw", "Iran warned it would ..."."""
    if tok.lower_ in SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
        clause = tok.head
    elif tok.lower_ in OWNER_PRONOUNS and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        clause = tok.head.head  # "al Shabaab said their fighters had carried out the attack"
    else:
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    reporter = clause.head
    subj = [c for c in reporter.children if c.dep_ == "nsubj"]
    if not subj and reporter.dep_ == "advcl" and reporter.tag_ == "VBG":
        subj = [c for c in reporter.head.children if c.dep_ == "nsubj"]  # "Russia rejected
        # a call for a ceasefire in Chechnya, saying its forces were ...": Russia's
    hit = found.at(subj[0]) if subj else None
    if hit is None and subj and tok.dep_ == "poss":  # "al Shabaab militants said their ..."
        hit = next((found.at(c) for dep in (("compound", "amod"), ("poss",)) for c in subj[0].children
                    if c.dep_ in dep and found.at(c) is not None), None)
    if hit is None:
        return None
    plural = tok.lower_ in ("they", "we", "their")
    person = hit.actor.type == "person"
    if tok.lower_ in ("he", "she") and not person or tok.lower_ in ("it", "its") and person:
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
        owners = ("poss",) if subj.lower_ in GROUP_DESCRIPTIONS else ("poss", "compound", "amod")
        for t in [subj, *(c for c in subj.children if c.dep_ in owners)]:  # not "Indian rebels"
            hit = found.at(t)
            if hit is not None and hit.actor.type not in ("person", "population", "media"):
                return hit
    return None


def _opening_owner(tok: Token, found: DocActors) -> MentionHit | None:
    """A sentence-initial "Its" continues the previous sentence's subject, as "It" does, not
    the last state named: "The Soviet Union airlifted troops into Afghanistan. Its forces
    attacked the palace" -> the Soviet Union."""
    if tok.i != tok.sent.start or tok.sent.start == 0:
        return None
    return _main_subject(tok.doc[tok.sent.start - 1].sent, found)


def _clause_subject(tok: Token, found: DocActors) -> MentionHit | None:
    """The organisation or state that is the subject of the clause an "its" sits in:
    "the Nationalist government in Taipei severed its ties with Tokyo" -> Taiwan."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    while verb.dep_ == "conj" and not has_child(verb, ("nsubj", "nsubjpass")):
        verb = verb.head  # "Nicaragua broke off relations ... and switched its recognition"
    fallback = None
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        for subj in subjects:
            hit = next((h for t in subj.subtree for h in (found.at(t),) if h is not None
                        and h.actor.type not in ("person", "population", "media")), None)
            if _unnamed_plural(subj, found):
                fallback = fallback or hit  # "its" is not "protesters" nor "Palestinian gunmen":
                break  # the subject of the clause that governs theirs, if any
            if hit is not None:
                return hit
        else:
            return fallback
        if verb.dep_ not in ("advcl", "ccomp") or verb.head == verb:
            return fallback
        verb = verb.head  # "Israel said gunmen had shot its ambassador": Israel's
    return fallback


def _unnamed_plural(noun: Token, found: DocActors) -> bool:
    """A plural noun no name heads ("protesters", "Palestinian gunmen"), which a
    singular "its" cannot stand for."""
    return noun.tag_ in ("NNS", "NNPS") and found.at(noun) is None and not any(
        c.dep_ in ("poss", "conj") for c in noun.children)


def _accused(pronoun: Token, resolver: ActorResolver) -> bool:
    """Does the possessive name whose organ a verb of accusing has as its object ("accused
    its army of atrocities", "blamed its security forces")? One accuses another's (but
    "accused its rivals": the accuser's)."""
    noun = pronoun.head
    return pronoun.dep_ == "poss" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ACCUSING_VERBS \
        and resolver.kb.sector_of(noun.text) is not None


def _coref(doc: Doc, start: int, end: int, actor) -> MentionHit:
    span = doc[start:end]
    return MentionHit(actor, start, end, span.start_char, span.end_char, span.text, "coref")
