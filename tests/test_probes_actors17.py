"""Probes for source actors that were dropped or misread (session 17): unions and parties
the knowledge base lacked. Sentences written for these tests, wire-news style."""
from __future__ import annotations

from coding import assert_codes, code


def test_the_soviet_writers_union_is_an_actor(pipeline):
    coded = code(pipeline, "MOSCOW (AP) - The Soviet Writers' Union on Thursday demanded that Norway "
                           "withdraw its invitation to the exiled poet.", "1974-03-14")
    assert_codes(coded, "REQUEST", ["soviet-writers-union"], ["NOR"])


def test_the_rmt_union_is_an_actor(pipeline):
    coded = code(pipeline, "LONDON (Reuters) - The RMT union called a 48-hour strike on the London "
                           "Underground on Monday over job cuts.", "2014-02-03")
    assert_codes(coded, "PROTEST", ["rmt"])


def test_the_kenya_african_union_is_an_actor(pipeline):
    coded = code(pipeline, "NAIROBI (Reuters) - Police raided the offices of the Kenya African Union on "
                           "Tuesday and arrested three of its officials.", "1952-10-28")
    assert any(a.id == "kenya-african-union" for a in coded.actors)
