"""The word lists the actor resolver, coreference and place finder read are data files."""
import pytest

from entente.actors import coref, resolve
from entente.actors.kb import load_kb
from entente import place
from entente.resources import WordListError, parse_word_lists, word_lists


@pytest.mark.parametrize("folder", ["actors", "places"])
def test_every_list_is_lower_case_words(folder):
    lists = word_lists(folder, "words.yaml")
    assert len(lists) >= 10
    for name, words in lists.items():
        assert words, name
        assert all(w == w.lower() and w.strip() == w for w in words), name


def test_the_modules_read_the_files():
    actors = word_lists("actors", "words.yaml")
    assert coref.IGO_NOUNS == actors["igo_nouns"] and "alliance" in coref.IGO_NOUNS
    assert resolve.VESSEL_NOUNS == actors["vessel_nouns"] and "tanker" in resolve.VESSEL_NOUNS
    assert "y" in resolve.NAME_PARTICLES  # quoted in YAML, which would read a bare y as true
    places = word_lists("places", "words.yaml")
    assert place.SLOT_VERBS == places["slot_verbs"] and "shell" in place.SLOT_VERBS
    assert "far north" in place.WORDS["compass"]


def test_the_actor_words_are_not_actors():
    kb = load_kb(env=False)
    assert kb.get("org_nouns") is None and kb.get("TUR") is not None


def test_a_malformed_list_is_named():
    with pytest.raises(WordListError, match=r"my-words.yaml: 'ships' must be a list of words"):
        parse_word_lists({"ships": [True, "tanker"]}, "my-words.yaml")
    with pytest.raises(WordListError, match="my-words.yaml: expected a mapping"):
        parse_word_lists(["tanker"], "my-words.yaml")
