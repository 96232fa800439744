"""What the speed work of session 15 must keep: the per-document sentence index that
answers ``Token.sent`` (entente.nlp.index_sentences) gives spaCy's own sentences."""
import gc

from entente.nlp import index_sentences
from entente.records import Document

TEXT = ('NAIROBI (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on '
        'Tuesday. "We will not back down," an opposition leader said. The government '
        'accused the opposition of inciting violence, and talks collapsed.')


def test_sentence_index_gives_spacys_sentences(pipeline):
    plain = pipeline.nlp(TEXT)
    indexed = pipeline.nlp(TEXT)
    index_sentences(indexed)
    assert "sent" in indexed.user_token_hooks and "sent" not in plain.user_token_hooks
    assert len(list(plain.sents)) >= 3
    for a, b in zip(plain, indexed):
        assert (a.sent.start, a.sent.end) == (b.sent.start, b.sent.end)
        assert a.sent.text == b.sent.text


def test_sentence_index_holds_no_document(pipeline):
    doc = pipeline.nlp(TEXT)
    index_sentences(doc)
    assert not any(r is doc for r in gc.get_referents(doc.user_token_hooks["sent"]))


def test_coding_is_the_same_with_the_index(pipeline):
    document = Document.create("speed-1", TEXT, published="2017-08-08")
    first = pipeline.code(document)
    again = pipeline.code(document)
    assert first == again and first.events  # (and a text that codes something)
