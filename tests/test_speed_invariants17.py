"""What the speed work of session 17 must keep: the mention spans ``DocActors.note`` looks
up are those of its mentions, whatever was added, noted or forgotten; an event's place is
the same whether its clause is found at once or only when asked for; the per-document
shortcuts give what spaCy's own attributes give."""
from entente.actors.resolve import ActorInfo, DocActors, MentionHit
from entente.events.when import clause_of, clause_tokens

TEXT = ('CARACAS (Reuters) - Venezuelan troops fired tear gas at protesters in Caracas on '
        'Monday. Police arrested 20 students after the march, which the opposition called '
        'in Valencia. The army shelled rebel positions, officials said.')


def _hit(actor_id: str, start: int, end: int, text: str = "x") -> MentionHit:
    actor = ActorInfo(actor_id, actor_id, "state", actor_id, None, None)
    return MentionHit(actor, 0, 1, start, end, text, "alias")


def _keys(found: DocActors) -> set[tuple[int, int, str]]:
    return {(m.start, m.end, m.actor.id) for m in found.mentions}


def test_note_keeps_one_mention_per_span_and_actor():
    found = DocActors("2020-01-01")
    found.add(_hit("VEN", 0, 9))
    found.note(_hit("VEN", 0, 9))           # the same phrase, already a mention
    found.note(_hit("COL", 0, 9))           # another actor on the same phrase
    found.note(_hit("VEN", 20, 29))
    found.note(_hit("VEN", 20, 29))
    assert [(m.start, m.end, m.actor.id) for m in found.mentions] == [
        (0, 9, "VEN"), (0, 9, "COL"), (20, 29, "VEN")]
    assert found.spans == _keys(found)


def test_a_forgotten_mention_may_be_noted_again():
    found = DocActors(None)
    hit = _hit("UKR", 5, 12)
    found.add(hit)
    found.forget(hit)
    assert found.spans == _keys(found) == set()
    found.note(_hit("UKR", 5, 12))
    assert _keys(found) == {(5, 12, "UKR")} == found.spans


def test_event_place_is_the_same_with_the_clause_asked_lazily(pipeline):
    """PlaceFinder.event_location asks for the clause's tokens only when the predicate's
    own words name no place, and finds what the clause given at once found."""
    from entente.place import PlaceFinder
    doc = pipeline.nlp(TEXT)
    found = pipeline.resolver.resolve(doc, "2020-01-06")
    places = PlaceFinder(found)
    asked = []
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        eager = clause_tokens(clause_of(tok), tok)

        def lazy(tok=tok):
            asked.append(tok.i)
            return clause_tokens(clause_of(tok), tok)
        at_once = places.event_location(tok, tok, lambda eager=eager: eager, "ASSAULT")
        assert places.event_location(tok, tok, lazy, "ASSAULT") == at_once
    fired = next(t for t in doc if t.lower_ == "fired")
    assert fired.i not in asked   # "fired ... in Caracas": its own words name the place
    assert places.event_location(fired, fired, lambda: [], "ASSAULT").text == "Caracas"


LEADERS = ('Hamas leader Ismail Haniyeh met President Erdogan in Ankara. The group\'s chief, '
           'its military commander and King Abdullah spoke; the Emir of Qatar and Queen '
           'Rania did not. Head of state Premier Li said the Chief Justice would rule.')


def test_leader_words_are_the_token_by_token_ones(pipeline):
    """coref._leader_words reads the parse's arrays; it finds the words a pass over every
    Token finds (a leadership noun by its lemma, or a head-of-state title in a compound)."""
    from entente.actors import coref
    doc = pipeline.nlp(LEADERS)
    slow = [t.i for t in doc if t.lemma_.lower() in coref.LEADER_NOUNS
            or t.lower_ in coref.HEAD_OF_STATE_TITLES and t.dep_ == "compound"]
    assert [t.i for t in coref._leader_words(doc)] == slow
    assert {doc[i].lower_ for i in slow} >= {"leader", "chief", "commander", "president"}
