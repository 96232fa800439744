"""Who acted, on phrasings written for these tests (wire-news style, varied regions and
decades), where the actor side was resolved wrongly: a party's one-word name written in
lower case as an ordinary word ("the labour movement", "Irish republicans" are not
Britain's Labour Party or America's Republicans), and "the armed forces" of a story's
state named without the state.  Each probe gives the event type and the ids an annotator
would accept for each side (an empty set accepts any); near misses must not name the
actor they resemble."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

FIXED = [
    # a capitalised one-word name written in lower case is the common word
    ('2013-07-09', 'SEOUL (AP) - The country\'s largest labour union staged a general strike on Tuesday against a plan to privatise the railways.',
     'PROTEST', {'KOR', 'labour-union'}, ANY),
    ('2010-06-01', 'SYDNEY (Reuters) - The commonwealth government accused mining companies on Tuesday of misleading the public.',
     'ACCUSE', {'AUS'}, ANY),
    ('1987-06-10', 'SEOUL (AP) - Students and young democrats clashed with riot police in central Seoul on Wednesday.',
     'PROTEST', {'KOR', 'students'}, ANY),
    # a leader's surname as the wire spelled it then (Rakhmonov, Rahmon since 2007)
    ('1996-12-23', 'DUSHANBE (Reuters) - President Rakhmonov accused Islamic rebels on Monday of shelling the capital.',
     'ACCUSE', {'TJK', 'emomali-rahmon'}, ANY),
    # "the armed forces": the state's own force, like "government troops"
    ('1973-09-12', 'SANTIAGO (AP) - Air force jets strafed the presidential palace on Tuesday as the armed forces moved to overthrow President Salvador Allende\'s government.',
     'COERCE', {'CHL'}, ANY),
    ('1980-09-12', 'ANKARA (AP) - The armed forces arrested hundreds of politicians on Friday after seizing power in a bloodless coup.',
     'COERCE', {'TUR'}, ANY),
    ('2021-02-01', 'NAYPYITAW (Reuters) - The armed forces detained Aung San Suu Kyi and other leaders of the ruling party on Monday.',
     'COERCE', {'MMR'}, {'aung-san-suu-kyi'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED)
def test_probe_actor(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


# Near misses: the lower-case word names no party, the capitalised name does.
NOT_THE_ACTOR = [
    ('2013-07-09', 'SEOUL (AP) - The country\'s largest labour union staged a general strike on Tuesday against a plan to privatise the railways.',
     'labour-party'),
    ('2010-06-01', 'SYDNEY (Reuters) - The commonwealth government accused mining companies on Tuesday of misleading the public.',
     'commonwealth-of-nations'),
    ('1987-06-10', 'SEOUL (AP) - Students and young democrats clashed with riot police in central Seoul on Wednesday.',
     'democratic-party'),
]


@pytest.mark.parametrize("published, text, wrong", NOT_THE_ACTOR)
def test_lower_case_word_is_not_the_party(pipeline, published, text, wrong):
    coded = code(pipeline, text, published=published)
    assert coded.events, "the probe must code an event"
    assert all(wrong not in ids(e.actor) + ids(e.recipient) for e in coded.events), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]


KEPT_NAMES = [
    ('1997-04-02', 'LONDON (Reuters) - Labour accused the Conservatives on Wednesday of wrecking the health service.',
     'labour-party'),
]


@pytest.mark.parametrize("published, text, right", KEPT_NAMES)
def test_capitalised_name_is_still_the_party(pipeline, published, text, right):
    coded = code(pipeline, text, published=published)
    assert any(right in ids(e.actor) for e in coded.events), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
