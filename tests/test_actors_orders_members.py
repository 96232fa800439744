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


def test_the_one_who_orders_acts_when_the_ordered_are_nobody(pipeline):
    """'ordered the state broadcaster to suspend ...': the broadcaster is no actor, so the
    president who gave the order (his state) acts."""
    e = only(code(pipeline, "President Alassane Ouattara ordered the state broadcaster to suspend a French "
                            "radio station on Friday.", "2022-05-10"), "COERCE")
    assert ids(e.actor) == ["CIV"]
    assert ids(e.recipient) == ["FRA"]


def test_member_named_among_coordinated_parties_is_not_the_first(pipeline):
    """'Sudan's government and several rebel groups ..., among them JEM, opened talks':
    the member hung on 'government' is one of the groups; the government still talks."""
    e = only(code(pipeline, "DOHA (Reuters) - Sudan's government and several rebel groups from Darfur, among "
                            "them the Justice and Equality Movement, opened peace talks in Doha on Monday "
                            "with Qatar acting as mediator.", "2010-02-10"), "CONSULT")
    assert "SDN" in ids(e.actor)
    assert "jem" in ids(e.actor) + ids(e.recipient)


def test_member_of_the_object_still_names_it(pipeline):
    """'arrested dozens of militia fighters ..., among them X': X is one of those arrested."""
    e = only(code(pipeline, "BANGUI (AFP) - Government troops arrested dozens of militia fighters near the "
                            "capital on Tuesday, among them Maxime Mokom, a leader of the anti-Balaka, the "
                            "army said.", "2010-02-10"), "COERCE")
    assert ids(e.actor) == ["CAF"]
    assert ids(e.recipient) == ["maxime-mokom"]


def test_participle_after_a_comma_tells_of_the_main_subject(pipeline):
    """'Ukraine asked the court to order Russia to halt ... and to withdraw ..., accusing
    Moscow of ...': Ukraine accuses, not Russia (the one told to act)."""
    e = only(code(pipeline, "KYIV (Reuters) - Ukraine asked the World Court on Sunday to order Russia to halt "
                            "its invasion and to withdraw its troops, accusing Moscow of planning genocide.",
                  "2022-02-27"), "ACCUSE")
    assert ids(e.actor) == ["UKR"]
    assert ids(e.recipient) == ["RUS"]


def test_purpose_of_a_telephone_call_is_the_callers(pipeline):
    """'telephoned Olaf Scholz to thank him': the caller thanks; no object control."""
    e = only(code(pipeline, "President Emmanuel Macron telephoned Olaf Scholz to thank him.", "2022-05-10"),
             "SUPPORT")
    assert ids(e.actor) == ["FRA"]
    assert ids(e.recipient) == ["DEU"]


def test_tajik_opposition_is_the_united_tajik_opposition(pipeline):
    e = only(code(pipeline, "DUSHANBE (Reuters) - Tajik opposition fighters attacked a government convoy "
                            "near Garm on Monday.", "1994-04-20"), "ASSAULT")
    assert ids(e.actor) == ["united-tajik-opposition"]


def test_hutu_militiamen_in_1994_are_the_interahamwe(pipeline):
    e = only(code(pipeline, "KIGALI (Reuters) - Hutu militiamen killed dozens of Tutsi civilians in a church "
                            "near Kibuye on Monday.", "1994-04-20"), "ASSAULT")
    assert ids(e.actor) == ["interahamwe"]


def test_a_military_council_is_the_government(pipeline):
    """'The ruling military council dissolved the government': the junta, the state's own."""
    e = only(code(pipeline, "NIAMEY (Reuters) - The ruling military council dissolved the government on "
                            "Thursday.", "2023-07-28"), "COERCE")
    assert ids(e.actor) == ["NER"]
