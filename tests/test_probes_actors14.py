"""Source actors on phrasings written for these tests (wire-news style, varied regions and
decades): a state's adjective or demonym after 'ethnic' names a people, not the state
("ethnic Albanian rebels" are not Albania, "ethnic Russians" are the people Russians); a group owned
by its leader's name ("Osama bin Laden's al-Qaeda network") is the group; regional
ministers and leaders named by their region ("Arab foreign ministers", "Southeast Asian
foreign ministers") are the region's states or bloc, not the host of their meeting.
Each probe gives the event type and the ids accepted for each side (an empty set accepts
any); near misses check that the state is still coded where the text names it."""
from __future__ import annotations

import pytest

from coding import assert_codes, code, ids

ANY: set[str] = set()

# Probes that failed before these rules.
PROBES = [
    ('1998-03-09', 'DECANI, Yugoslavia (AP) - Ethnic Albanian gunmen ambushed a Serbian police '
     'patrol on Monday.', 'ASSAULT', {'ethnic-albanian-gunmen'}, {'SRB', 'YUG'}),
    ('2001-07-22', 'TETOVO, Macedonia (Reuters) - Macedonian artillery pounded ethnic Albanian '
     'guerrillas in the hills above the town on Sunday.', 'ASSAULT', {'MKD'},
     {'ethnic-albanian-guerrillas'}),
    ('2001-08-02', 'SKOPJE (AFP) - Government helicopters fired on ethnic Albanian rebel positions '
     'near Kumanovo on Thursday.', 'ASSAULT', ANY, {'ethnic-albanian-rebels'}),
    ('1992-04-14', 'DUBOSSARY, Moldova (Reuters) - Hundreds of ethnic Russians marched on the '
     'town hall on Tuesday.', 'PROTEST', {'russians'}, ANY),
    ('1988-02-22', 'STEPANAKERT (Tass) - Ethnic Armenian separatists seized the regional '
     'party headquarters on Monday.', 'COERCE', {'ethnic-armenian-separatists'}, ANY),
    ('1998-08-21', 'NAIROBI (Reuters) - Osama bin Laden\'s al-Qaeda network bombed two '
     'embassies on Friday.', 'ASSAULT', {'al-qaeda'}, ANY),
    ('1979-11-22', 'TUNIS (Reuters) - Arab foreign ministers condemned the Egyptian-Israeli '
     'treaty on Thursday.', 'ACCUSE', {'arab-states'}, ANY),
    ('1995-07-30', 'BANDAR SERI BEGAWAN (AFP) - Southeast Asian foreign ministers urged Beijing '
     'on Sunday to settle the Spratly dispute peacefully.', 'REQUEST', {'asean'}, {'CHN'}),
    ('1977-07-05', 'LIBREVILLE (AFP) - African heads of state condemned the raids on Zambia on '
     'Tuesday.', 'ACCUSE', {'africa'}, ANY),
]

# Near misses: without 'ethnic' the adjective is the state's; without an armed group's
# name the possessor still acts; a host's own ministers stay the host.
KEPT = [
    ('1997-03-12', 'TIRANA (AP) - Albanian troops fired on rioters in the port of Vlore on '
     'Wednesday.', 'ASSAULT', {'ALB'}, ANY),
    ('1992-06-20', 'BENDER, Moldova (Reuters) - Russian troops shelled Moldovan positions on '
     'Saturday.', 'ASSAULT', {'RUS'}, {'MDA'}),
    ('2001-09-20', 'KABUL (Reuters) - Osama bin Laden threatened new attacks on the United '
     'States on Thursday.', 'THREATEN', {'osama-bin-laden'}, {'USA'}),
    ('1979-11-22', 'TUNIS (Reuters) - Tunisian ministers condemned the treaty on Thursday.',
     'ACCUSE', {'TUN'}, ANY),
]


@pytest.mark.parametrize("day,text,kind,actors,recipients", PROBES + KEPT)
def test_source_actor(pipeline, day, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, day), kind, actors, recipients)


# Near misses that must not take the state: an ethnic people's armed men are never the
# kin state, on either side of the event.
NOT_THE_STATE = [
    ('1998-03-09', 'DECANI, Yugoslavia (AP) - Ethnic Albanian gunmen ambushed a Serbian police '
     'patrol on Monday.', 'ALB'),
    ('2001-07-22', 'TETOVO, Macedonia (Reuters) - Macedonian artillery pounded ethnic Albanian '
     'guerrillas in the hills above the town on Sunday.', 'ALB'),
    ('1992-04-14', 'DUBOSSARY, Moldova (Reuters) - Hundreds of ethnic Russians marched on the '
     'town hall on Tuesday.', 'RUS'),
    ('1979-11-22', 'TUNIS (Reuters) - Arab foreign ministers condemned the Egyptian-Israeli '
     'treaty on Thursday.', 'TUN'),
]


@pytest.mark.parametrize("day,text,state", NOT_THE_STATE)
def test_not_the_state(pipeline, day, text, state):
    coded = code(pipeline, text, day)
    assert coded.events, "the sentence codes an event"
    assert all(state not in ids(e.actor) + ids(e.recipient) for e in coded.events), \
        [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events]
