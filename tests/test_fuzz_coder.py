"""Fuzzing the coder (hypothesis): ``Pipeline.code_many`` never raises.

Texts mix sentences of the seed article with generated tokens, right-to-left and mixed
scripts, emoji, control characters, very long tokens and near-empty text.  Whatever
they hold: one result per input, in order (a CodedDocument, or an InputError naming the
document); every event's and relation's evidence is the document's text at its span,
every quote and mention too; record ids are unique.  Then the batch scale: 2,000 tiny
documents ingested into a SQLite store with every one accounted for, and a 10 MB
sentence that must not stop the document after it.
"""
from __future__ import annotations

import itertools
import json
import os
import random
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entente.errors import InputError
from entente.read import read_inputs
from entente.records import CodedDocument, Document

EXAMPLES = int(os.environ.get("ENTENTE_FUZZ_EXAMPLES", "20"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture,
                                       HealthCheck.large_base_example])
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "zawahiri-alliance-2015-11-02.txt"
FALLBACK = [
    "Al Qaeda's leader, Ayman al-Zawahiri, released a new audio recording on Sunday.",
    '"We face aggression from America, Europe, and Russia," Zawahiri said, as translated by '
    "Reuters.",
    "Russian warplanes bombed rebel positions near Homs on Wednesday, the Syrian army said.",
    "The United States accused Moscow of striking groups opposed to President Bashar al-Assad.",
    "MOSCOW (Reuters) - Russia and Turkey agreed to talks, officials said.",
]


def seed_sentences() -> list[str]:
    """The seed article's sentences (the fallback ones when the seed is absent)."""
    if not SEED.exists():
        return FALLBACK
    text = SEED.read_text(encoding="utf-8")
    return [s for s in re.split(r"(?<=[.!?”\"])\s+", text) if s.strip()] or FALLBACK


SENTENCES = seed_sentences()
SCRIPTS = [
    "قال زعيم تنظيم القاعدة أيمن الظواهري إن روسيا وأمريكا تنسقان الحرب.",
    'ראש הממשלה אמר כי ישראל תגיב בחומרה.',
    "Zawahiri (الظواهري) said Russia (Россия) and Israel (ישראל) 🇷🇺🤝 are foes.",
    "\u202eAl Qaeda attacked ISIS\u202c", "\u2067ISIS\u2069 \u200fattacked\u200e Russia",
    "普京周三会见了埃尔多安。",
]
piece = st.one_of(
    st.sampled_from(SENTENCES), st.sampled_from(SCRIPTS),
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.text(st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=8),
    st.text(st.sampled_from("".join(map(chr, range(32))) + "\x7f\x85\u2028\u2029\ufeff "),
            max_size=10),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "ISIS", "-", "“", "ك", "😀", "."]),
              st.integers(200, 3000)),                     # very long tokens
    st.sampled_from(["", " ", "\n\n", "“", "”", '"', "(", ")", "…", "—", "'s", "said"]),
)
texts = st.lists(piece, max_size=8).flatmap(
    lambda parts: st.sampled_from([" ", "\n", "\n\n", "", "\t"]).map(
        lambda sep: sep.join(parts)))
dates = st.one_of(st.none(), st.sampled_from(["2015-11-02", "1990-01-01", "2030-12-31"]))


def check_coded(results: list, inputs: list) -> None:
    """The coder's contract for ``inputs`` (Documents and InputErrors, in order)."""
    assert len(results) == len(inputs)
    for item, result in zip(inputs, results):
        if isinstance(item, InputError):
            assert result is item                             # read errors pass through
            continue
        if isinstance(result, InputError):
            names = {item.id, item.origin} - {None}
            assert any(n in result.source for n in names) and result.message.strip(), result
            continue
        assert isinstance(result, CodedDocument), type(result)
        assert result.document.id == item.id
        text = item.text
        for record in (*result.events, *result.relations):
            ev = record.evidence
            assert record.doc_id == item.id
            assert 0 <= ev.start <= ev.end <= len(text)
            assert ev.text == text[ev.start:ev.end] and ev.text.strip(), record
        for q in result.quotes:
            assert q.text == text[q.start:q.end]
        for actor in result.actors:
            for m in actor.mentions:
                assert text[m.start:m.end] == m.text
        assert len({a.id for a in result.actors}) == len(result.actors)
        # unique within the document, and under its id: unique across documents
        record_ids = [r.id for r in (*result.events, *result.quotes, *result.relations)]
        assert len(record_ids) == len(set(record_ids)), f"record ids repeat: {record_ids}"
        assert all(r.startswith(f"{item.id}:") for r in record_ids), record_ids


_ids = itertools.count()


@FUZZ
@given(bodies=st.lists(texts, min_size=1, max_size=4), published=dates,
       batch_size=st.integers(1, 4), errors=st.lists(st.integers(0, 5), max_size=2))
def test_code_many_never_raises(pipeline, bodies, published, batch_size, errors):
    inputs: list = [Document.create(f"fz{next(_ids)}", body, published=published)
                    for body in bodies]
    for at in errors:                                         # read errors in the stream
        inputs.insert(min(at, len(inputs)), InputError(f"bad{next(_ids)}", "unreadable"))
    results = list(pipeline.code_many(inputs, batch_size=batch_size))
    check_coded(results, inputs)


@settings(FUZZ, max_examples=max(1, EXAMPLES // 3))
@given(picks=st.lists(st.sampled_from(SENTENCES + SCRIPTS), min_size=1, max_size=12),
       seed=st.integers(0, 2**32 - 1))
def test_shuffled_news_codes_with_evidence(pipeline, picks, seed):
    """Real sentences in a random order and with random breaks between them."""
    rng = random.Random(seed)
    body = "".join(p + rng.choice([" ", "\n", "\n\n"]) for p in picks)
    doc = Document.create(f"news{next(_ids)}", body, published="2015-11-02")
    check_coded(list(pipeline.code_many([doc])), [doc])


def test_readers_then_coder(pipeline, tmp_path):
    """Every format, broken or not, read then coded: one result per item read."""
    from test_fuzz_readers import SAMPLES

    rng = random.Random(7)
    for n, (suffix, data) in enumerate(sorted(SAMPLES.items())):
        cut = data[:rng.randrange(len(data))] if n % 2 else data
        (tmp_path / f"in{n}{suffix}").write_bytes(cut)
    items = list(read_inputs([str(tmp_path)]))
    assert any(isinstance(x, Document) for x in items)
    check_coded(list(pipeline.code_many(items)), items)


# -- the batch: 2,000 tiny documents into a store --------------------------------------
ACTORS = ["Russia", "Turkey", "Iran", "NATO", "ISIS", "al-Qaeda", "Hezbollah", "Israel",
          "the United States", "Egypt", "Zawahiri", "the Syrian army"]
VERBS = ["attacked", "met", "condemned", "praised", "threatened", "accused", "helped",
         "warned", "bombed", "signed a deal with"]


def test_two_thousand_tiny_documents_all_accounted_for(pipeline, tmp_path):
    from entente.batch import ingest
    from entente.store import Store

    rng = random.Random(11)
    lines, bad = [], 0
    for i in range(2000):
        if i % 100 == 99:
            lines.append('{"id": "t%d", "text": ' % i)                # broken JSON
            bad += 1
            continue
        a, b = rng.sample(ACTORS, 2)
        lines.append(json.dumps({"id": f"t{i}", "date": "2015-11-02",
                                 "text": f"{a} {rng.choice(VERBS)} {b} ({i})."}))
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert len(items) == 2000
    store = Store(str(tmp_path / "tiny.db"))
    try:
        report = ingest(items, store, workers=1, pipeline=pipeline)
        counts = store.counts()
    finally:
        store.close()
    assert report.read == 2000 - bad
    assert report.done == 2000                                # documents lost: 0
    assert report.failed >= bad
    assert counts["documents"] == report.stored


# -- a 10 MB sentence -----------------------------------------------------------------------
def test_ten_megabyte_sentence_does_not_stop_the_stream(pipeline, tmp_path):
    """Over spaCy's max_length: coded in pieces, or refused as one error naming it; the
    document after it in the same batch is coded either way."""
    big = tmp_path / "big.txt"
    big.write_text(("Russia and Turkey and Iran " * 400_000)[:10_000_000] + " agreed.",
                   encoding="utf-8")
    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps({"id": "after", "text": FALLBACK[2]}) + "\n", encoding="utf-8")
    items = list(read_inputs([str(big), str(small)]))
    assert [type(x) for x in items] == [Document, Document]
    first, second = list(pipeline.code_many(items))
    if isinstance(first, InputError):
        assert str(big) in first.source and first.message.strip()
    else:
        assert isinstance(first, CodedDocument) and first.document.id == str(big)
    assert isinstance(second, CodedDocument) and second.document.id == "after"
