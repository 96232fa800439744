"""Events the coder did not see at all (session 13, recall): "the military" as a subject
after a possessive ("Zimbabwe's military", tagged an adjective), a force named in the
singular ("a Nigerian-led force", "a U.N. force"), rule by force imposed by "placing" a
country "under martial law", arrests and bans told in a participle after a decree (acts of
their own, not its outcome), compulsion told in a participle ("overran the town, forcing
thousands to flee"), rioters burning a district, and aid sent as the cargo of the vehicles
sent ("sent two planes carrying medicine").  Written for these tests in wire-news style
(varied regions and decades; not taken from any gold split).

FIXED failed on the code before these rules, but for three kept as guards (marked
"passed before"); NOT_CODED are near misses that must stay uncoded as the type named, in
sentences with another event that must be coded (so that empty output cannot pass)."""
from __future__ import annotations

import pytest

from coding import assert_codes, code

ANY: set[str] = set()

FIXED = [
    # "X's military" as a subject: the adjective heads the noun phrase
    ('2021-02-01', "NAYPYIDAW (Reuters) - Myanmar's military detained Aung San Suu Kyi on Monday.",  # passed before
     'COERCE', {'MMR'}, {'aung-san-suu-kyi'}),
    ('2017-11-15', "HARARE (Reuters) - Zimbabwe's military placed President Robert Mugabe under house arrest on Wednesday.",
     'COERCE', {'ZWE'}, {'robert-mugabe'}),
    ('2013-07-04', "CAIRO (Reuters) - Egypt's military detained President Mohamed Mursi on Thursday.",  # passed before
     'COERCE', {'EGY'}, ANY),
    # a force in the singular
    ('1990-08-24', 'MONROVIA (Reuters) - A Nigerian-led force landed in Liberia on Friday.',
     'MOBILIZE', {'NGA'}, {'LBR'}),
    ('1983-08-11', 'NDJAMENA (AFP) - A French-led force of soldiers from four nations entered Chad on Thursday.',
     'MOBILIZE', {'FRA'}, {'TCD'}),
    # placed under martial law / curfew
    ('1972-09-23', 'MANILA (AP) - President Ferdinand Marcos placed the Philippines under martial law on Saturday.',
     'COERCE', {'ferdinand-marcos', 'PHL'}, ANY),
    ('1981-12-13', 'ISLAMABAD (Reuters) - The army put the capital under curfew on Sunday.',
     'COERCE', {'PAK'}, ANY),
    # a decree, then arrests and a ban in its participle (passed before: the decree alone)
    ('1981-12-13', 'WARSAW (AP) - General Wojciech Jaruzelski declared martial law on Sunday, '
                   'suspending the trade union Solidarity and detaining hundreds of its activists.',
     'COERCE', {'wojciech-jaruzelski', 'POL'}, ANY),
    # compulsion told in a participle
    ('2022-06-13', 'GOMA (Reuters) - M23 rebels captured the town of Bunagana on Monday, '
                   'forcing hundreds of Congolese soldiers to flee into Uganda.',
     'COERCE', {'m23'}, {'COD'}),
    # rioters burning a district
    ("2006-11-16", "HONIARA (AFP) - Rioters burned much of the capital's business district on Thursday.",
     'PROTEST', ANY, ANY),
    # what the vehicles sent carry
    ('1985-11-20', 'BOGOTA (Reuters) - Venezuela sent two planes carrying blankets and medicine to Colombia on Wednesday.',
     'AID', {'VEN'}, {'COL'}),
]


@pytest.mark.parametrize("published,text,kind,actors,recipients", FIXED)
def test_fixed(pipeline, published, text, kind, actors, recipients):
    assert_codes(code(pipeline, text, published), kind, actors, recipients)


def test_decree_and_its_arrests_are_two_acts(pipeline):
    coded = code(pipeline, 'WARSAW (AP) - General Wojciech Jaruzelski declared martial law on Sunday, '
                           'suspending the trade union Solidarity and detaining hundreds of its activists.',
                 '1981-12-13')
    modes = sorted(e.mode or '' for e in coded.events if e.event == 'COERCE')
    assert 'arrest' in modes and 'curfew' in modes, [(e.event, e.mode) for e in coded.events]


NOT_CODED = [
    # no force, no compeller (the quake is no actor; the attack on the pound no assault)
    ('2015-09-17', 'SANTIAGO (Reuters) - A magnitude 8.3 earthquake shook central Chile late on Wednesday, '
                   'forcing a million people to flee coastal areas, and Peru sent two planes carrying '
                   'tents and medicine to Chile.', 'COERCE', 'AID'),
    # a flight of nobody named is the attack's toll, not a compulsion of its own
    ('2021-03-21', 'NIAMEY (AFP) - Jihadist fighters attacked the Nigerien village of Tchoma Bangou on '
                   'Saturday, killing 70 people and forcing hundreds to flee.', 'COERCE', 'ASSAULT'),
    # a plane carrying diplomats is no aid
    ('2021-08-20', 'MOSCOW (AP) - Russia sent two planes carrying diplomats to Kabul on Friday and '
                   'urged the Taliban to keep the airport open.', 'AID', 'REQUEST'),
    # "force" as power, not a unit
    ('2003-03-18', 'LONDON (Reuters) - Britain accused Iraq of hiding weapons and said it was ready '
                   'to use force.', 'MOBILIZE', 'ACCUSE'),
    # placed under a review, not under martial law
    ('1999-04-02', 'BERLIN (dpa) - Germany condemned Serbia on Friday and placed its aid programme '
                   'under review.', 'COERCE', 'ACCUSE'),
]


@pytest.mark.parametrize("published,text,kind,other", NOT_CODED)
def test_not_coded(pipeline, published, text, kind, other):
    coded = code(pipeline, text, published)
    found = [(e.event, e.evidence.text) for e in coded.events]
    assert any(e.event == other for e in coded.events), found  # the sentence is read
    assert not [e for e in coded.events if e.event == kind], found
