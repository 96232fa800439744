"""Missed events: a finite verb the parser joins to an infinitive, and arrivals
told as help by who arrives."""
from __future__ import annotations

from entente.records import Document


def _events(pipeline, text: str):
    coded = pipeline.code(Document(id="h8evt", text=text, published="2020-05-01"))
    return [(e.event, sorted(a.id for a in e.actor), sorted(r.id for r in e.recipient), e.aux)
            for e in coded.events]


def test_finite_conjunct_of_an_infinitive_keeps_the_main_subject(pipeline):
    # 'called' is parsed as a conjunct of 'send' (the plan's infinitive): its subject is the League's
    events = _events(pipeline, "CAIRO (Reuters) - The Arab League on Sunday backed a regional plan "
                               "to send observers to Syria and called on Jordan to provide funding.")
    requests = [e for e in events if e[0] == "REQUEST"]
    assert requests and requests[0][1] == ["arab-league"], events
    assert requests[0][2] == ["JOR"], events
    assert "future" not in requests[0][3], events  # 'called' is past, not the plan's infinitive


def test_relief_teams_arriving_is_aid(pipeline):
    events = _events(pipeline, "Japanese relief teams arrived in Kathmandu on Sunday.")
    assert ("AID", ["JPN"], ["NPL"]) in [e[:3] for e in events], events
    assert all(e[0] != "CONSULT" for e in events), events
