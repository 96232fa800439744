"""Who acts: subjects the small parser loses and constructions that name the actor
outside the plain subject (sentences written for these tests)."""
from __future__ import annotations

from coding import code, ids, only


def test_possessed_force_before_a_verb_read_as_adjective(pipeline):
    """'Guinea's military seized power ... and detained ..., a spokesman said': the parser
    reads 'military seized power' as one noun phrase heading the reported clause; the verb
    gets its subject back and both acts are the military's."""
    events = code(pipeline, "CONAKRY (Reuters) - Guinea's military seized power on Sunday and detained "
                            "President Alpha Conde in pre-dawn raids, a spokesman for his party said.",
                  "2021-09-05")
    coerce = [e for e in events.events if e.event == "COERCE"]
    assert len(coerce) == 2
    assert all(ids(e.actor) == ["GIN"] for e in coerce)
    assert any(ids(e.recipient) == ["alpha-conde"] for e in coerce)
