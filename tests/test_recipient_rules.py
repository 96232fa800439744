"""Who an event is aimed at, on sentences written for these tests (wire-news style)."""
from __future__ import annotations

from coding import code, ids, only


# -- kinship: a relative is not the person named after "of" ------------------------------

def test_pronoun_after_a_widow_is_the_widow_not_her_late_husband(pipeline):
    coded = code(pipeline, "Sonia Gandhi, widow of former Prime Minister Rajiv Gandhi, arrived in Beijing "
                           "on Friday, and President Jiang Zemin praised her for her work.")
    e = only(coded, "SUPPORT")
    assert ids(e.recipient) == ["sonia-gandhi"]


def test_the_son_of_a_president_is_not_the_president(pipeline):
    e = only(code(pipeline, "Police in Moscow arrested the son of President Boris Yeltsin on Tuesday.",
                  published="1996-03-08"), "COERCE")
    assert "boris-yeltsin" not in ids(e.recipient)
