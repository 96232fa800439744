"""entente's data files, and the reader of the word lists its rules use."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


class WordListError(ValueError):
    """A word-list file that is not a mapping of names to lists of words."""


@lru_cache(maxsize=None)
def word_lists(*path: str) -> dict[str, frozenset[str]]:
    """The word lists of a package data file (``word_lists("actors", "words.yaml")``): each
    name's words, lower case, as a frozenset."""
    text = resources.files(__name__).joinpath(*path).read_text(encoding="utf-8")
    return parse_word_lists(yaml.safe_load(text), "/".join(("entente", "resources", *path)))


def parse_word_lists(raw: Any, where: str) -> dict[str, frozenset[str]]:
    """Check and convert a word-list file's contents; ``where`` names it in errors."""
    if not isinstance(raw, dict):
        raise WordListError(f"{where}: expected a mapping of list names to lists of words")
    lists = {}
    for name, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise WordListError(f"{where}: {name!r} must be a list of words (non-empty strings); "
                                f"quote words YAML reads otherwise (\"y\", \"no\", \"on\")")
        lists[name] = frozenset(w.lower() for w in words)
    return lists
