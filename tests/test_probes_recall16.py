"""Events the coder used to miss entirely (session 16, recall): an act called by a bare
label the parser joins to it ("called the decision interference", "branded the seizure
piracy"), a court or council ordering a state to act (a demand), a leader touring another
country (a visit), and links or flights halted to another state (a sanction).  Wire-style
sentences written for these tests (varied regions and decades).  Near misses (a threat
described, not labelled; an army ordered by its own leader; a tour of a disaster zone;
flights halted by snow) must not be coded as the act they resemble; each also names the
event the sentence does tell, so that it cannot pass on empty output."""
from __future__ import annotations

import pytest

from coding import code, assert_codes, ids

ANY: set[str] = set()

FIXED = [
    # A bare label after what is called ("called the visit interference"): the parser reads
    # "the visit interference" as one noun phrase.
    ('1989-11-20', 'MOSCOW (Reuters) - Moscow called the decision interference in Soviet internal affairs.',
     'ACCUSE', {'RUS', 'SUN'}, ANY),
    ('2001-06-12', 'BEIJING (Xinhua) - China called the visit interference in its internal affairs on Tuesday.',
     'ACCUSE', {'CHN'}, ANY),
    ('2019-07-20', 'TEHRAN (AFP) - Iran called the seizure piracy on Friday.',
     'ACCUSE', {'IRN'}, ANY),
    # ... aimed at whoever did what is called so (the label's own phrase names no victim).
    ('1997-04-25', "BEIJING (Xinhua) - Japan's government decided on Friday to grant a visa to Taiwan's former president Lee Teng-hui. China called the decision interference in its internal affairs.",
     'ACCUSE', {'CHN'}, {'JPN'}),
    # A court or council ordering a state to act demands it.
    ('2020-01-23', 'THE HAGUE (Reuters) - The International Court of Justice ordered Myanmar on Thursday to take all measures to prevent genocide.',
     'REQUEST', {'icj'}, {'MMR'}),
    ('1991-06-17', 'NEW YORK (Reuters) - The U.N. Security Council ordered Iraq on Monday to destroy its chemical weapons.',
     'REQUEST', {'unsc'}, {'IRQ'}),
    ('2004-03-31', 'THE HAGUE (AP) - The World Court ordered the United States to review the death sentences of 51 Mexicans.',
     'REQUEST', {'icj'}, {'USA'}),
    # A leader touring another country visits it.
    ('1993-02-09', "KAMPALA (Reuters) - Uganda's foreign minister toured Rwanda on Monday.",
     'CONSULT', {'UGA'}, {'RWA'}),
    ('1993-02-09', 'HANOI (AP) - French President Francois Mitterrand toured Vietnam on Tuesday.',
     'CONSULT', {'francois-mitterrand', 'FRA'}, {'VNM'}),
    # Links or flights to another state halted: a sanction.
    ('2001-12-27', 'NEW DELHI (PTI) - India halted the bus service to Pakistan on Thursday.',
     'SANCTION', {'IND'}, {'PAK'}),
    ('2006-10-03', 'MOSCOW (AFP) - Russia halted all flights to Georgia on Monday.',
     'SANCTION', {'RUS'}, {'GEO'}),
]


@pytest.mark.parametrize("published, text, kind, actors, recipients", FIXED)
def test_probe_recall(pipeline, published, text, kind, actors, recipients):
    coded = code(pipeline, text, published=published)
    assert_codes(coded, kind, actors, recipients)


# Near misses: (published, text, the type or mode that must be absent, the type that is there).
NOT_THE_ACT = [
    ('1995-05-10', 'BEIJING (Xinhua) - Chinese Premier Li Peng met the Japanese foreign minister on Tuesday and described the security threat in detail.',
     'ACCUSE', 'CONSULT'),
    ('1990-08-05', 'BAGHDAD (AP) - President Saddam Hussein ordered the army to attack Kurdish rebels in the north on Sunday.',
     'REQUEST', 'ASSAULT'),
    ('1998-09-14', "DHAKA (Reuters) - Bangladesh's prime minister toured the flood-hit areas on Monday and the United States pledged $5 million in aid to the victims.",
     'CONSULT', 'AID'),
    ('2010-12-20', 'LONDON (Reuters) - Heavy snow halted flights at Heathrow on Monday as French air traffic controllers went on strike.',
     'SANCTION', 'PROTEST'),
]


@pytest.mark.parametrize("published, text, absent, present", NOT_THE_ACT)
def test_near_miss_is_not_the_act(pipeline, published, text, absent, present):
    coded = code(pipeline, text, published=published)
    found = [(e.event, e.mode, ids(e.actor)) for e in coded.events]
    assert any(event == present for event, _, _ in found), found
    assert not any(absent in (event, mode) for event, mode, _ in found), found
