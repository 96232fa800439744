"""What the speed work of session 18 must keep: the per-document arrays of entente.nlp
(sentence bounds, tokens picked by their dependency) give
what spaCy's own attributes give (as does ``has_child``, the children's labels found once),
and the Doc keeps no object that refers back to it; a
verb's object words are the same when its children are read once."""
from spacy.tokens import Span

from entente.events.coder import _objects
from entente.nlp import has_child, sentence_bounds, sentences, tokens_with_dep

TEXT = ('KABUL (Reuters) - Taliban fighters stormed a police post in Helmand province on '
        'Sunday, killing five officers, officials said. "We will not negotiate," a spokesman '
        'told reporters. The government released 400 prisoners and gave the group a month '
        'to respond, while NATO jets bombed positions near Lashkar Gah.')


def test_sentences_are_the_parse_sentences(pipeline):
    doc = pipeline.nlp(TEXT)
    assert len(list(doc.sents)) == 4
    assert sentences(doc) == list(doc.sents)
    assert sentences(doc) == list(doc.sents)        # asked again: the bounds kept
    assert [(s.start, s.end) for s in doc.sents] == sentence_bounds(doc)


def test_the_doc_keeps_positions_and_words_not_spans_or_tokens(pipeline):
    """No reference cycle: what the helpers keep in ``doc.user_data`` is ints and strings."""
    doc = pipeline.nlp(TEXT)
    sentences(doc), list(tokens_with_dep(doc, ("pobj",)))
    has_child(doc[0], ("punct",))
    for value in doc.user_data.values():
        items = value if isinstance(value, list) else [value]
        for item in items:
            parts = item if isinstance(item, (tuple, frozenset)) else (item,)
            assert all(isinstance(p, (int, str)) for p in parts), value
            assert not isinstance(item, Span)


def test_tokens_with_dep_are_those_a_full_scan_finds(pipeline):
    doc = pipeline.nlp(TEXT)
    for labels in (("pobj",), ("relcl",), ("pobj", "dobj", "nsubjpass", "nsubj", "appos", "conj"),
                   ("ROOT",)):
        for sent in doc.sents:
            fast = [t.i for t in tokens_with_dep(doc, labels, sent.start, sent.end)]
            assert fast == [t.i for t in sent if t.dep_ in labels], labels
        assert [t.i for t in tokens_with_dep(doc, labels)] == [t.i for t in doc if t.dep_ in labels]
    assert any(True for _ in tokens_with_dep(doc, ("pobj",)))


def test_verb_objects_are_read_from_all_its_children(pipeline):
    """_objects reads a verb's children once for all its slots: the direct object, a
    dative's time phrase, the objects of 'in'."""
    doc = pipeline.nlp("The government released 400 prisoners and gave the group a month.")
    released = next(t for t in doc if t.lower_ == "released")
    gave = next(t for t in doc if t.lower_ == "gave")
    assert "prisoner" in _objects(released, None)
    assert {"month", "group"} & _objects(gave, None)


def test_has_child_is_a_scan_of_the_children(pipeline):
    """has_child answers as a scan of ``Token.children`` for every word and label set,
    the root and words whose head comes before or after them included."""
    doc = pipeline.nlp(TEXT)
    label_sets = [("agent",), ("nsubjpass", "auxpass"), ("dobj", "aux"), ("poss",), ("conj",),
                  ("ROOT",), ("prep",), ("det", "poss", "amod", "compound", "nmod"), ("punct",)]
    for tok in doc:
        for labels in label_sets:
            assert has_child(tok, labels) == any(c.dep_ in labels for c in tok.children), (tok, labels)
    stormed = next(t for t in doc if t.lower_ == "stormed")
    assert has_child(stormed, ("nsubj",)) and has_child(stormed, ("dobj",))
    assert not has_child(stormed, ("ROOT",)) and not has_child(doc[0], ("agent",))
