"""Per-document limits (entente.limits): a document too long, or too slow to code, or one
that hangs or kills its worker process, becomes an error naming it, and the others of its
batch are still coded, in order; nothing of it is stored.

Time limits are tested without timed assertions: a stage that never ends (only the
limit can stop it), a clock that a stage moves forward, or a budget (1 ms) that no
article can meet.
"""
from __future__ import annotations

import json
import signal
import sqlite3
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import entente.limits as limits_module
from entente.batch import ingest
from entente.batch.coders import PoolCoder
from entente.chunks import cut_points, pieces
from entente.cli import app
from entente.errors import EntenteError, InputError
from entente.limits import Deadline, DocumentTimeout, LimitExceeded, Limits, hard_limit
from entente.pipeline import Pipeline
from entente.records import CodedDocument, Document
from entente.store import Store
from slow_pipelines import CRASH, STALL, fake_pipeline, stalling_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = next((p for p in (ROOT.parent / "shared" / "seed" / "zawahiri-alliance-2015-11-02.txt",
                         ROOT / "shared" / "seed" / "zawahiri-alliance-2015-11-02.txt")
             if p.is_file()), None)
EXAMPLE = ROOT / "examples" / "truce-talks-2019-03-18.txt"
runner = CliRunner()


def seed_text() -> str:
    if SEED is None:
        pytest.skip("the seed article (shared/seed/) is not beside this checkout")
    return SEED.read_text(encoding="utf-8")


def articles() -> list[Document]:
    """Real text: the seed article and the example, and the first paragraphs of each."""
    seed, example = seed_text(), EXAMPLE.read_text(encoding="utf-8")
    return [Document.create("seed", seed, published="2015-11-02"),
            Document.create("truce", example, published="2019-03-18"),
            Document.create("seed-top", "\n\n".join(seed.split("\n\n")[:4]), published="2015-11-02"),
            Document.create("truce-top", "\n\n".join(example.split("\n\n")[:3]),
                            published="2019-03-18")]


def stalled(doc_id: str = "stalled") -> Document:
    return Document.create(doc_id, f"{STALL}\n\n" + EXAMPLE.read_text(encoding="utf-8"),
                           published="2019-03-18")


def stalling(pipeline: Pipeline, limits: Limits) -> Pipeline:
    """The session's pipeline, stalling on STALL documents (slow_pipelines.py)."""
    return stalling_pipeline(nlp=pipeline.nlp, kb=pipeline.kb, lexicon=pipeline.lex,
                             limits=limits)


@pytest.fixture(scope="module")
def warm(pipeline) -> Pipeline:
    """The session pipeline with its lazy parts loaded (so that no first call is slow)."""
    for doc in articles():
        pipeline.code(doc)
    return pipeline


def outcome(result) -> tuple[str, str]:
    if isinstance(result, InputError):
        return result.source, "error: " + result.message
    return result.document.id, "coded"


# -- limits and deadlines -----------------------------------------------------------------
def test_limits_come_from_arguments_then_environment_then_defaults():
    assert Limits.from_env(environ={}) == Limits()
    env = {"ENTENTE_MAX_SECONDS": "2.5", "ENTENTE_MAX_CHARS": "5000"}
    assert Limits.from_env(environ=env) == Limits(max_chars=5000, max_seconds=2.5)
    assert Limits.from_env(max_seconds=9, environ=env) == Limits(max_chars=5000, max_seconds=9)
    assert Limits(max_chars=0, max_seconds=0) == Limits(max_chars=None, max_seconds=None)
    with pytest.raises(EntenteError, match=r"\$ENTENTE_MAX_SECONDS='soon' is not a number"):
        Limits.from_env(environ={"ENTENTE_MAX_SECONDS": "soon"})
    with pytest.raises(EntenteError, match="ENTENTE_MAX_CHARS"):
        Limits.from_env(environ={"ENTENTE_MAX_CHARS": "-3"})


def test_a_deadline_names_the_stage_that_used_the_time_up():
    deadline = Deadline(0.0)
    deadline.stage = "quotes"
    with pytest.raises(DocumentTimeout) as stop:
        deadline.check("dates")
    assert stop.value.stage == "quotes"
    Deadline(None).check("anything")                 # no limit: never


def test_the_alarm_stops_a_loop_and_leaves_no_timer_behind():
    if not limits_module.can_alarm():
        pytest.skip("no interval timers here")
    before = signal.getsignal(signal.SIGALRM)
    deadline = Deadline(0.05, stage="events")
    with pytest.raises(DocumentTimeout) as stop:
        with hard_limit(deadline):
            while True:
                time.sleep(0.001)
    assert stop.value.stage == "events"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == before


# -- one process: the pipeline ----------------------------------------------------------
def test_a_batch_with_a_long_and_a_stuck_document_codes_the_others_in_order(warm):
    """The long one is refused before parsing; the stuck one is stopped by the alarm; a
    read error passes through; the others are coded, in order, as they are alone."""
    seed, truce, seed_top, truce_top = articles()
    long = Document.create("long", "\n\n".join([seed.text] * 4), published="2015-11-02")
    items = [seed, long, stalled(), truce, InputError("feed.jsonl:7", "invalid JSON"),
             seed_top, truce_top]
    limits = Limits(max_chars=3 * len(seed.text), max_seconds=3)
    results = list(stalling(warm, limits).code_many(items, batch_size=16))

    assert [outcome(r)[0] for r in results] == ["seed", "long", "stalled", "truce",
                                                "feed.jsonl:7", "seed-top", "truce-top"]
    by_id = dict(outcome(r) for r in results)
    assert by_id["long"].startswith(f"error: is longer than {3 * len(seed.text):,} characters "
                                    f"({len(long.text):,}); split it, or raise --max-chars")
    assert by_id["stalled"] == ("error: took longer than 3 s to code (the limit per document, "
                                "stopped in dates); raise --max-seconds ($ENTENTE_MAX_SECONDS) "
                                "or split it")
    alone = {d.id: warm.code(d) for d in (seed, truce, seed_top, truce_top)}
    for r in results:
        if isinstance(r, CodedDocument):
            assert list(r.records()) == list(alone[r.document.id].records())
            assert r.events, r.document.id


def test_outside_the_main_thread_the_checks_between_stages_stop_a_slow_document(warm,
                                                                                monkeypatch):
    """No alarm in a thread (the API server's): a stage that uses up the time is stopped at
    the next check.  The clock is a fake that only the slow stage moves."""

    class Clock:
        now = 1000.0

        def monotonic(self):
            return self.now

    clock = Clock()
    monkeypatch.setattr(limits_module, "time", clock)

    class Slow(Pipeline):
        def _dates(self, doc, published):
            if doc.text.startswith(STALL):
                clock.now += 60
            return super()._dates(doc, published)

    slow = Slow(nlp=warm.nlp, kb=warm.kb, lexicon=warm.lex, limits=Limits(max_seconds=30))
    seed, truce, *_ = articles()
    out: list = []
    worker = threading.Thread(target=lambda: out.extend(slow.code_many([seed, stalled(), truce])))
    worker.start()
    worker.join()
    assert [outcome(r) for r in out] == [
        ("seed", "coded"),
        ("stalled", "error: took longer than 30 s to code (the limit per document, stopped in "
                    "dates); raise --max-seconds ($ENTENTE_MAX_SECONDS) or split it"),
        ("truce", "coded")]


class Breaking:
    """spaCy, except that it raises on a text that says BROKEN, alone or in a batch."""

    def __init__(self, nlp):
        self._nlp = nlp

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def _check(self, text):
        if "BROKEN" in text:
            raise ValueError("[E088] Text of length 2000000 exceeds maximum of 1000000.")

    def __call__(self, text):
        self._check(text)
        return self._nlp(text)

    def pipe(self, texts, **kw):
        for text in texts:
            self._check(text)
            yield self._nlp(text)


def test_when_spacy_fails_on_one_text_of_a_batch_only_that_document_fails(warm):
    """spaCy raising for one text of a batch (nlp.pipe stops there) costs that document
    only: the batch is parsed again one by one."""
    seed, truce, seed_top, truce_top = articles()
    broken = Document.create("broken", "BROKEN\n\n" + seed.text)
    pipeline = Pipeline(nlp=Breaking(warm.nlp), kb=warm.kb, lexicon=warm.lex)
    results = list(pipeline.code_many([truce, seed, broken, seed_top, truce_top], batch_size=8))
    assert [outcome(r)[0] for r in results] == ["truce", "seed", "broken", "seed-top",
                                                "truce-top"]
    assert [isinstance(r, CodedDocument) for r in results] == [True, True, False, True, True]
    assert results[2].message.startswith("could not be parsed (ValueError: [E088] Text of "
                                         "length 2000000 exceeds")
    assert list(results[1].records()) == list(warm.code(seed).records())


def test_code_one_document_over_a_limit_raises_with_the_error(warm):
    seed, *_ = articles()
    with pytest.raises(LimitExceeded, match="seed: is longer than 100 characters") as over:
        warm.code(seed, limits=Limits(max_chars=100))
    assert over.value.error.source == "seed"
    with pytest.raises(LimitExceeded, match="took longer than 0.001 s to code"):
        warm.code(seed, limits=Limits(max_seconds=0.001))


# -- long texts are parsed in pieces ------------------------------------------------------
def test_pieces_end_at_paragraphs_then_sentences_then_spaces_and_join_back():
    text = "One two three.\n\nFour five. Six seven eight nine ten"
    assert "".join(pieces(text, 20)) == text
    assert pieces(text, 20)[0] == "One two three.\n\n"
    assert pieces("Alpha beta. Gamma delta epsilon", 20)[0] == "Alpha beta. "
    assert pieces("alpha beta gamma delta", 15) == ["alpha beta ", "gamma delta"]
    assert pieces("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]       # no space at all
    assert cut_points("short", 10) == [5]
    assert all(len(p) <= 1000 for p in pieces(seed_text() * 5, 1000))


def test_a_text_over_spacys_max_length_is_coded_in_pieces_with_its_offsets(warm, monkeypatch):
    seed = seed_text()
    text = "\n\n".join([seed] * 3)
    doc = Document.create("triple", text, published="2015-11-02")
    whole = warm.code(doc)
    monkeypatch.setattr(warm.nlp, "max_length", 2000)     # about 5 pieces per copy
    cut = warm.code(doc)
    assert cut.events and len(cut.events) == len(whole.events)
    assert [(e.event, e.evidence.start, e.evidence.end) for e in cut.events] == \
        [(e.event, e.evidence.start, e.evidence.end) for e in whole.events]
    for event in cut.events:
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
    for quote in cut.quotes:
        assert text[quote.start:quote.end] == quote.text
    for actor in cut.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text


def test_a_huge_run_of_text_with_no_boundary_is_refused_at_once(warm):
    """A 10 MB 'sentence' (no punctuation, no blank line) is over the default limit: it
    is refused with a clear error before anything is parsed, and the batch goes on."""
    seed, truce, *_ = articles()
    blob = Document.create("blob", "and the talks went on " * 480_000)     # 10.6 MB
    results = list(warm.code_many([seed, blob, truce], limits=Limits()))
    assert [outcome(r)[0] for r in results] == ["seed", "blob", "truce"]
    assert results[1].message.startswith("is longer than 1,000,000 characters (10,560,000)")


def test_a_run_on_line_is_cut_into_sentences_after_commas(warm):
    """No punctuation to end a sentence: one 'sentence' of thousands of tokens made some
    stages quadratic.  It is cut after a comma every MAX_SENTENCE_TOKENS tokens at most."""
    from entente.nlp import MAX_SENTENCE_TOKENS

    doc = warm.nlp("the minister met the envoy, and they talked " * 500)     # 5,000 tokens
    sents = list(doc.sents)
    assert len(sents) > 1 and max(len(s) for s in sents) <= MAX_SENTENCE_TOKENS
    assert all(doc[s.start - 1].text == "," for s in sents[1:])
    coded = warm.code(Document.create("run-on", doc.text))
    assert coded.document.id == "run-on"


def test_coding_a_long_stream_leaves_spacys_vocabulary_as_it_was(warm, monkeypatch):
    """Once spaCy's vocabulary has grown by VOCAB_GROWTH strings (here: at once), each
    batch is coded in a memory zone: new words (names, figures) do not pile up in it over
    a long run."""
    monkeypatch.setattr("entente.pipeline.VOCAB_GROWTH", 0)
    seed, *_ = articles()
    fresh = [Document.create(f"n{i}", seed.text + f"\n\nZqx{i}vor Blentrup{i} said {i * 7919} "
                             "people had fled.", published="2015-11-02") for i in range(20)]
    before = len(warm.nlp.vocab.strings)
    results = list(warm.code_many(fresh, batch_size=8))
    assert all(isinstance(r, CodedDocument) for r in results)
    assert len(warm.nlp.vocab.strings) == before


# -- ingest: the store keeps exactly the good documents -----------------------------------
def doc_ids_in_store(db: Path) -> dict[str, set[str]]:
    """Every table's distinct document ids (documents, events, actors, quotes, ...)."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")]
            key = "id" if table == "documents" else "doc_id"
            if key in columns:
                out[table] = {r[0] for r in conn.execute(f"SELECT DISTINCT {key} FROM '{table}'")}
        return out
    finally:
        conn.close()


def test_an_ingest_with_bad_documents_stores_exactly_the_good_ones_and_reruns(tmp_path, warm):
    seed, truce, seed_top, truce_top = articles()
    long = Document.create("long", "\n\n".join([seed.text] * 4), published="2015-11-02")
    docs = [seed, long, stalled(), truce, seed_top, truce_top]
    limits = Limits(max_chars=3 * len(seed.text), max_seconds=3)
    db = tmp_path / "limits.db"
    with Store(str(db)) as store:
        report = ingest(docs, store, pipeline=stalling(warm, limits), batch_size=3,
                        near=False, limits=limits)
        assert (report.stored, report.failed) == (4, 2)
        assert set(report.failures) == {f"is longer than {3 * len(seed.text):,} characters",
                                        "took longer than 3 s to code"}
        stored = {d.id for d in store.documents()}
        counts = store.counts()
    good = {"seed", "truce", "seed-top", "truce-top"}
    assert stored == good
    tables = doc_ids_in_store(db)
    assert tables["documents"] == good and tables["events"]
    for table, ids in tables.items():
        assert ids <= good, f"{table} holds records of a failed document: {ids - good}"

    with Store(str(db)) as store:                                     # the same run again
        again = ingest(docs, store, pipeline=stalling(warm, limits), batch_size=3,
                       near=False, limits=limits)
        assert (again.stored, again.known, again.failed) == (0, 4, 2)
        assert store.counts() == counts
    assert doc_ids_in_store(db) == tables


# -- worker processes --------------------------------------------------------------------
def test_a_worker_stops_a_stuck_document_itself(warm):
    """In a worker process the alarm stops the stuck document: its worker is not ended."""
    seed, truce, seed_top, truce_top = articles()
    coder = PoolCoder(1, Limits(max_seconds=3), factory=stalling_pipeline)
    try:
        out = [(b, r) for b, r in coder.map([[seed, stalled()], [truce], [seed_top, truce_top]])]
    finally:
        coder.close()
    assert coder.restarts == 0
    flat = [outcome(r) for _, results in out for r in results]
    assert [i for i, _ in flat] == ["seed", "stalled", "truce", "seed-top", "truce-top"]
    assert flat[1][1].startswith("error: took longer than 3 s to code (the limit per document, "
                                 "stopped in dates)")
    assert all(kind == "coded" for i, kind in flat if i != "stalled")
    assert out[0][1][0].document.text == seed.text                   # text given back


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs POSIX signals")
def test_the_watchdog_ends_a_stuck_or_dying_worker_and_the_run_goes_on():
    docs = {name: Document.create(name, text) for name, text in [
        ("a", "Talks resumed in Geneva."), ("hangs", STALL + " forever"), ("b", "Both sides met."),
        ("c", "Aid arrived."), ("dies", CRASH + " now"), ("d", "The truce held.")]}
    batches = [[docs["a"], docs["hangs"], docs["b"]], [docs["c"]], [docs["dies"], docs["d"]]]
    coder = PoolCoder(1, Limits(max_seconds=0.5), factory=fake_pipeline, margin=1.0)
    try:
        out = [outcome(r) for _, results in coder.map(batches) for r in results]
    finally:
        coder.close()
    assert [i for i, _ in out] == ["a", "hangs", "b", "c", "dies", "d"]
    got = dict(out)
    assert got["hangs"].startswith("error: took longer than 0.5 s to code (its worker process "
                                   "did not stop, and was ended)")
    assert got["dies"].startswith("error: made its worker process die")
    assert [got[k] for k in "abcd"] == ["coded"] * 4
    assert coder.restarts == 4          # each bad batch, then its bad document alone


# -- the command line ------------------------------------------------------------------
def test_code_and_ingest_take_the_limits_from_flags_and_environment(tmp_path):
    seed = seed_text()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-truce.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-long.txt").write_text("\n\n".join([seed] * 3), encoding="utf-8")
    (folder / "c-seed.txt").write_text(seed, encoding="utf-8")
    limit = 2 * len(seed)

    result = runner.invoke(app, ["code", str(folder), "--date", "2015-11-02",
                                 "--max-chars", str(limit)])
    assert result.exit_code == 1, result.output
    assert f"{folder / 'b-long.txt'}: is longer than {limit:,} characters" in result.stderr
    assert "1 input(s) failed; the others were coded." in result.stderr
    docs = [json.loads(line)["id"] for line in result.stdout.splitlines()
            if json.loads(line)["kind"] == "document"]
    assert docs == [str(folder / "a-truce.txt"), str(folder / "c-seed.txt")]

    result = runner.invoke(app, ["code", str(folder / "c-seed.txt")],
                           env={"ENTENTE_MAX_SECONDS": "0.001"})
    assert result.exit_code == 1 and result.stdout == ""
    assert "took longer than 0.001 s to code" in result.stderr

    db = tmp_path / "cli.db"
    args = ["ingest", str(folder), "--db", str(db), "--no-progress", "--date", "2015-11-02",
            "--max-chars", str(limit), "--exact-only"]      # b-long is near the seed
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert f"failed: 1 is longer than {limit:,} characters" in result.stderr
    assert "stored 2 document(s)" in result.stderr
    again = runner.invoke(app, args + ["--max-seconds", "0.001"])
    assert again.exit_code == 1, again.stderr
    assert "stored 0 document(s) with 0 event(s); 2 already in the store; 1 failed" in again.stderr

    slow = runner.invoke(app, ["ingest", str(folder / "c-seed.txt"), "--db",
                               str(tmp_path / "slow.db"), "--no-progress", "--max-seconds",
                               "0.001"])
    assert slow.exit_code == 1
    assert "failed: 1 took longer than 0.001 s to code" in slow.stderr
    with Store(str(tmp_path / "slow.db")) as store:
        assert store.counts()["documents"] == 0


def test_bad_limit_values_are_refused_with_the_flag_or_variable_named(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("NATO warned Russia.", encoding="utf-8")
    result = runner.invoke(app, ["code", str(text), "--max-seconds", "-1"])
    assert result.exit_code == 2 and "--max-seconds" in result.output
    result = runner.invoke(app, ["code", str(text)], env={"ENTENTE_MAX_CHARS": "lots"})
    assert result.exit_code == 2 and "ENTENTE_MAX_CHARS" in result.output


def test_replaced_documents_keep_their_limits(warm):
    """A Document changed with dataclasses.replace is checked on its new text."""
    seed, *_ = articles()
    longer = replace(seed, id="longer", text=seed.text * 2)
    results = list(warm.code_many([seed, longer], limits=Limits(max_chars=len(seed.text))))
    assert [outcome(r)[1].startswith("error") for r in results] == [False, True]


def test_warm_up_builds_the_towns_so_the_first_document_does_not_pay_for_them(pipeline):
    """The small-towns table takes seconds to build: the warm-up builds it, not the first
    document inside its time limit."""
    from entente.place import gazetteer
    gazetteer.cache_clear()
    assert gazetteer()._small is None
    Pipeline(nlp=pipeline.nlp).warm_up()
    assert gazetteer()._small  # built, and kept by the one shared gazetteer
