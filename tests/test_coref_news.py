"""Coreference in wire news: who "the alliance", "the president", "the government", "the
rebels", "He" and "They" stand for, and when they stand for no one in particular."""
from __future__ import annotations

from entente.records import Document


def code(pipeline, text: str, published: str):
    return pipeline.code(Document.create("t", text, published=published))


def ids(refs):
    return [r.id for r in refs]


def coded_as(coded, evidence: str):
    """The events coded from the sentence that begins with ``evidence``."""
    return [(e.event, ids(e.actor), ids(e.recipient)) for e in coded.events
            if e.evidence.text.startswith(evidence)]


def mentioned_as(coded, text: str) -> list[str]:
    return [a.id for a in coded.actors for m in a.mentions if m.text == text]


def test_the_alliance_is_the_igo_named_as_subject_before(pipeline):
    coded = code(pipeline, "BRUSSELS (Reuters) - NATO ministers met in Brussels on Thursday. "
                           "The alliance warned Russia against further military moves.", "2014-04-03")
    assert coded_as(coded, "The alliance") == [("THREATEN", ["nato"], ["RUS"])]


def test_the_group_can_be_an_igo(pipeline):
    coded = code(pipeline, "JAKARTA (Reuters) - ASEAN foreign ministers met in Jakarta on Monday. "
                           "The group urged Myanmar to release Aung San Suu Kyi.", "2003-06-16")
    assert coded_as(coded, "The group") == [("REQUEST", ["asean"], ["MMR"])]


def test_the_alliance_after_an_unknown_subject_is_left_alone(pipeline):
    # the Balkan Pact (no entry) is the subject; NATO, the only known alliance, is not meant
    coded = code(pipeline, "ATHENS (AP) - The Balkan Pact condemned NATO's plans on Monday. "
                           "The alliance accused the West of aggression.", "1954-11-21")
    assert "nato" not in mentioned_as(coded, "The alliance")
    coded = code(pipeline, "WASHINGTON (AP) - The Warsaw Pact condemned NATO's plans on Monday. "
                           "The alliance accused the West of aggression.", "1983-11-21")
    assert mentioned_as(coded, "The alliance") == ["warsaw-pact"]  # known: the subject
    assert not [e for e in coded.events if "nato" in ids(e.actor)]


def test_the_president_is_the_titled_person_not_the_datelines_state(pipeline):
    coded = code(pipeline, "WASHINGTON (Reuters) - President Gamal Abdel Nasser nationalised the Suez "
                           "Canal on Thursday. The president accused Britain of plotting against Egypt.",
                 "1956-07-27")
    assert coded_as(coded, "The president") == [("ACCUSE", ["EGY"], ["GBR"])]


def test_the_president_between_two_presidents_is_no_one_of_them(pipeline):
    coded = code(pipeline, "WASHINGTON (Reuters) - Russian President Vladimir Putin met Chinese President "
                           "Hu Jintao in Moscow. The president criticised U.S. missile plans.", "2005-07-01")
    assert mentioned_as(coded, "The president") == []
    assert not [e for e in coded.events if e.evidence.text.startswith("The president")
                and set(ids(e.actor)) & {"RUS", "CHN"}]


def test_the_government_is_the_state_the_story_was_about(pipeline):
    coded = code(pipeline, "LONDON (Reuters) - Zimbabwe expelled two British journalists on Friday. "
                           "The government accused them of spreading lies.", "2001-02-17")
    assert [(k, a) for k, a, _ in coded_as(coded, "The government")] == [("ACCUSE", ["ZWE"])]
    coded = code(pipeline, "BANGKOK (Reuters) - Myanmar's military seized power on Monday. "
                           "The junta arrested Aung San Suu Kyi and other leaders.", "2021-02-01")
    assert coded_as(coded, "The junta") == [("COERCE", ["MMR"], ["aung-san-suu-kyi"])]


def test_the_government_after_two_states_is_not_resolved_by_coreference(pipeline):
    coded = code(pipeline, "PARIS (AFP) - Iran and Iraq exchanged fire on the border. "
                           "The government accused Baghdad of aggression.", "1985-07-01")
    assert "IRN" not in mentioned_as(coded, "The government")


def test_the_rebels_are_whoever_the_text_called_rebels(pipeline):
    coded = code(pipeline, "LUANDA (Reuters) - UNITA rebels attacked a diamond mine in northern Angola. "
                           "The rebels killed 12 workers and kidnapped two foreigners.", "1999-01-14")
    actors = [a for _, a, _ in coded_as(coded, "The rebels")]  # the killing and the kidnapping
    assert actors and all(a == ["unita"] for a in actors)


def test_the_organisation_is_the_subject_not_the_party_it_named(pipeline):
    coded = code(pipeline, "JOHANNESBURG (Reuters) - The ANC accused the government of backing Inkatha. "
                           "The organisation threatened to pull out of talks.", "1992-06-23")
    assert [a for _, a, _ in coded_as(coded, "The organisation")] == [["anc"]]


def test_militants_after_two_groups_are_neither(pipeline):
    coded = code(pipeline, "KABUL (Reuters) - The Taliban and the Islamic State clashed in Nangarhar on "
                           "Sunday. The militants killed 20 people.", "2016-03-06")
    assert not [e for e in coded.events if e.evidence.text.startswith("The militants")
                and set(ids(e.actor)) & {"taliban", "ISIS"}]
    coded = code(pipeline, "CAIRO (Reuters) - Egypt hosted talks between Hamas and Fatah on Sunday. "
                           "The group said it would not recognise Israel.", "2009-03-10")
    assert mentioned_as(coded, "The group") == []


def test_he_continues_the_previous_sentences_subject(pipeline):
    coded = code(pipeline, "HAVANA (AP) - Fidel Castro met Soviet Premier Nikita Khrushchev in Moscow. "
                           "He thanked the Soviet Union for its aid.", "1963-05-01")
    assert coded_as(coded, "He thanked") == [("SUPPORT", ["CUB"], ["SUN"])]


def test_she_is_not_the_previous_subject_when_he_is_there_too(pipeline):
    coded = code(pipeline, "LONDON (Reuters) - President Ronald Reagan telephoned Prime Minister Margaret "
                           "Thatcher. She told him Britain would support the raid.", "1986-04-14")
    assert mentioned_as(coded, "She") == ["margaret-thatcher"]
    assert mentioned_as(coded, "him") == ["ronald-reagan"]


def test_they_continues_a_states_organ(pipeline):
    coded = code(pipeline, "NAIROBI (Reuters) - The Kenyan government expelled a British diplomat. "
                           "They accused him of spying.", "2005-07-01")
    assert [(k, a) for k, a, _ in coded_as(coded, "They accused")] == [("ACCUSE", ["KEN"])]


def test_impersonal_it_and_an_unanchored_they_are_no_actors(pipeline):
    coded = code(pipeline, "BAGHDAD (Reuters) - Iraq agreed to let U.N. inspectors return. It is unclear "
                           "whether the inspectors will arrive this month.", "1998-11-15")
    assert mentioned_as(coded, "It") == []
    coded = code(pipeline, "WASHINGTON (Reuters) - The weather was bad on Monday. They attacked the plan "
                           "on Tuesday.", "2010-05-10")
    assert not coded.events
    coded = code(pipeline, "GENEVA (Reuters) - France and Germany agreed on a plan to help Greece. "
                           "They urged Athens to cut spending.", "2011-07-01")
    assert mentioned_as(coded, "They") == []


def test_the_government_of_a_capital_named_in_its_sentence_is_that_states(pipeline):
    coded = code(pipeline, "BAKU (Anadolu) - Azerbaijani and Armenian forces clashed with each other along "
                           "the front line on Sunday. In Yerevan, the government declared martial law.",
                 "2020-09-27")
    assert coded_as(coded, "In Yerevan")[0][1] == ["ARM"]


def test_the_two_countries_are_the_pair_named_before_and_freed_them_is_a_release(pipeline):
    coded = code(pipeline, "UNITED NATIONS (Reuters) - The United States and the Soviet Union both "
                           "addressed the General Assembly on Monday. The two countries exchanged "
                           "accusations over Afghanistan.", "1980-01-14")
    (event, actors, recipients), = coded_as(coded, "The two countries")
    assert event == "ACCUSE" and set(actors) == set(recipients) == {"USA", "SUN"}
    coded = code(pipeline, "LIMA (EFE) - Tupac Amaru rebels have held hundreds of hostages since Tuesday. "
                           "The rebels freed 38 of them hours later.", "1996-12-20")
    assert ("RETREAT", ["mrta"]) in [(e, a) for e, a, _ in coded_as(coded, "The rebels")]
