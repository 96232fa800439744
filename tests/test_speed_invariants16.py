"""What the speed work of session 16 must keep: the shortcuts give what the long way gave
(the accent check, the parse's head table, the words coreference passes over), and the word
lists moved from code into grammar.yaml hold the same words."""
import pytest
from spacy.strings import hash_string

from entente.actors import coref
from entente.actors.resolve import _has_accents, _without_accents
from entente.events.lexicon import default_lexicon
from entente.place import PlaceFinder, _town_organ_nouns

TEXT = ('SANTIAGO (Reuters) - Chilean police fired water cannon at students in Valparaíso on '
        'Thursday. “We will march again,” a student leader said. Chile said it would meet the '
        'unions, and its ministers flew to Concepción.')


@pytest.mark.parametrize("text, accented", [
    ("plain ASCII, no accents at all", False),
    ("curly “quotes” and a dash — only", False),
    ("non\u00a0breaking space and … ellipsis", True),   # (NFKD folds both to ASCII)
    ("Medellín and Bogotá", True),
    ("Łódź", True),
    ("the ﬁrst ligature", True),
    ("a lone accent \u0301 here", True),
])
def test_accent_check_is_the_per_character_one(text, accented):
    slow = any(_without_accents(c) != c for c in set(text) if not c.isascii())
    assert _has_accents(text) == slow == accented


def test_place_heads_are_the_parse_heads(pipeline):
    doc = pipeline.nlp(TEXT)
    places = PlaceFinder(pipeline.resolver.resolve(doc, "1997-06-05"))
    places._prepare(doc)
    assert places._heads == [t.head.i for t in doc]


def test_coreference_reads_every_pronoun_word():
    """resolve_coreference passes over words that are neither pronouns nor nouns unless
    their lower-case form is one of the pronouns it reads (a pronoun mis-tagged)."""
    words = (coref.SUBJECT_PRONOUNS | coref.OWNER_PRONOUNS | coref.PERSON_PRONOUNS
             | coref.THING_PRONOUNS | {"it", "they"})
    assert {hash_string(w) for w in words} <= coref._PRONOUN_IDS


def test_coreference_still_resolves_pronouns(pipeline):
    doc = pipeline.nlp(TEXT)
    found = pipeline.resolver.resolve(doc, "1997-06-05")
    coref.resolve_coreference(doc, found, pipeline.resolver,
                              pipeline.lex.grammar["kinship_nouns"])
    it = next(t for t in doc if t.lower_ == "it")
    hit = found.at(it)
    assert hit is not None and hit.how == "coref" and hit.actor.id == "CHL"


def test_moved_word_lists_hold_the_same_words():
    words = default_lexicon().words
    assert words("goal_preps") == {"to", "into", "onto", "toward", "towards"}
    assert words("sending_verbs") == {
        "fly", "deport", "expel", "exile", "banish", "send", "extradite", "airlift", "ship",
        "bundle", "escort", "take", "carry", "evacuate", "transfer", "move"}
    assert _town_organ_nouns() == {
        "court", "courts", "police", "magistrate", "magistrates", "judge", "judges",
        "prosecutor", "prosecutors", "council", "councillors", "councilors", "commissioners",
        "authorities", "officials"}
