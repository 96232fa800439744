"""Store: save, idempotence, filters, atomicity and round trips, on SQLite and PostgreSQL."""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from entente.errors import EntenteError
from entente.records import (Actor, ActorRef, Attribution, CodedDocument, Document, Event,
                             Evidence, Location, Mention, Quote, Relation)
from entente.store import DEFAULT_DB_PATH, Store, default_url, sqlstore
from store_engines import ENGINES, store_url

TEXT = ("Russian warplanes bombed rebel positions near Homs on Wednesday, the Syrian army "
        "said. \"The strikes will continue,\" Kremlin spokesman Dmitry Peskov told reporters. "
        "Russia is an ally of the Syrian government.")


def span(text: str, part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def ref(actor_id: str, name: str, text: str) -> ActorRef:
    return ActorRef(actor_id, name, text)


def make_coded(doc_id: str = "rtr-2015-09-30", text: str = TEXT,
               published: str | None = "2015-09-30", event_date: str | None = "2015-09-30",
               precision: str = "day") -> CodedDocument:
    """A realistic coded article: Russia bombs in Syria, a Kremlin quote, an alliance."""
    doc = Document.create(id=doc_id, text=text, title="Russia bombs rebels near Homs",
                          url="https://example.org/russia-syria", source="Reuters",
                          published=published)
    rus = Actor("RUS", "Russia", "state", "RUS", "GOV", "Q159", doc_id,
                (Mention(*span(TEXT, "Russian"), "Russian"), Mention(*span(TEXT, "Russia "),
                                                                     "Russia ")))
    syr = Actor("SYR", "Syria", "state", "SYR", "GOV", "Q858", doc_id,
                (Mention(*span(TEXT, "Syrian army"), "Syrian army"),))
    peskov = Actor("Q4160367", "Dmitry Peskov", "person", "RUS", "GOV", "Q4160367", doc_id,
                   (Mention(*span(TEXT, "Dmitry Peskov"), "Dmitry Peskov"),))
    sentence = TEXT[:TEXT.index(" \"")]
    assault = Event(
        id=f"{doc_id}:e1", doc_id=doc_id, event="ASSAULT", mode="aerial", context=("military",),
        cameo="195", quad=4, intensity=-10.0,
        actor=(ref("RUS", "Russia", "Russian warplanes"),),
        recipient=(ref("SYR-REB", "Syrian rebels", "rebel positions"),),
        date=event_date, date_precision=precision,
        location=Location("Homs", "SYR", 34.73, 36.72), aux=("reported",),
        attribution=Attribution(ref("SYR-MIL", "Syrian army", "the Syrian army"), ()),
        evidence=Evidence(0, 0, len(sentence), sentence), confidence=0.82,
        coder_version="entente 0.1.0")
    quote_text = "The strikes will continue,"
    quote = Quote(f"{doc_id}:q1", doc_id, ref("Q4160367", "Dmitry Peskov", "Dmitry Peskov"),
                  (), "told", quote_text, *span(TEXT, quote_text))
    ally = "Russia is an ally of the Syrian government."
    relation = Relation(f"{doc_id}:r1", doc_id, ref("RUS", "Russia", "Russia"),
                        ref("SYR", "Syria", "the Syrian government"), "ally_of", None, None,
                        Evidence(2, *span(TEXT, ally), ally))
    return CodedDocument(doc, (rus, syr, peskov), (assault,), (quote,), (relation,))


@pytest.fixture(params=ENGINES)
def store(request, tmp_path: Path):
    """A store on each engine (PostgreSQL: skipped unless ENTENTE_TEST_PG_URL is set)."""
    with store_url(request.param, tmp_path) as url:
        s = Store(url)
        yield s
        s.close()


# -- saving ----------------------------------------------------------------------------
def test_save_and_read_back_equal(store: Store):
    coded = make_coded()
    assert store.save(coded) is True
    assert store.has_document(coded.document.sha256)
    assert store.events() == list(coded.events)           # Event read back == Event saved
    assert store.quotes() == list(coded.quotes)
    assert store.relations() == list(coded.relations)
    assert store.document_text(coded.document.id) == TEXT
    assert store.document(coded.document.id) == coded.document
    listed = store.documents()
    assert listed == [replace(coded.document, text="")]    # listing leaves the text out
    back = store.coded(coded.document.id)
    assert back.document == coded.document and back.events == coded.events
    assert sorted(back.actors, key=lambda a: a.id) == sorted(coded.actors, key=lambda a: a.id)
    assert store.counts() == {"documents": 1, "actors": 3, "events": 1, "quotes": 1,
                              "relations": 1}


def test_same_document_twice_is_stored_once(store: Store):
    coded = make_coded()
    assert store.save(coded) is True
    assert store.save(coded) is False
    same_text_other_id = make_coded(doc_id="copy-of-rtr")
    assert store.save(same_text_other_id) is False
    same_id_other_text = make_coded(text=TEXT + " More later.")
    assert store.save(same_id_other_text) is False
    assert store.counts() == {"documents": 1, "actors": 3, "events": 1, "quotes": 1,
                              "relations": 1}


def test_failed_save_leaves_nothing(store: Store, monkeypatch):
    store.save(make_coded("kept", text=TEXT + " Kept."))

    def broken_event_row(event, seq):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sqlstore, "_event_row", broken_event_row)
    with pytest.raises(RuntimeError):
        store.save(make_coded("half"))
    monkeypatch.undo()
    assert [d.id for d in store.documents()] == ["kept"]
    assert store.coded("half") is None
    assert store.counts() == {"documents": 1, "actors": 3, "events": 1, "quotes": 1,
                              "relations": 1}
    assert store.save(make_coded("half")) is True           # and it can be saved later


def test_failing_event_insert_rolls_back_at_sql_level(store: Store):
    """A database error on the events insert (duplicate event id) undoes the document."""
    store.save(make_coded("first", text=TEXT + " First."))
    clash = make_coded("second")
    clash = replace(clash, events=(replace(clash.events[0], id="first:e1"),))
    with pytest.raises(IntegrityError):
        store.save(clash)
    assert store.document("second") is None and store.actors(actor="SYR")[0]["n_documents"] == 1


# -- queries ---------------------------------------------------------------------------
@pytest.fixture
def filled(store: Store) -> Store:
    store.save(make_coded("june", text=TEXT + " June.", published="2015-06-20",
                          event_date="2015-06", precision="month"))
    store.save(make_coded("sept", text=TEXT + " Sept.", published="2015-09-30",
                          event_date="2015-09-30"))
    undated = make_coded("undated", text=TEXT + " Undated.", published=None, event_date=None,
                         precision="unknown")
    undated = replace(undated, events=(replace(undated.events[0], event="ACCUSE", cameo="112",
                                               quad=3, intensity=-2.0),))
    store.save(undated)
    return store


def ids(events) -> list[str]:
    return [e.id for e in events]


def test_event_filters(filled: Store):
    assert ids(filled.events()) == ["june:e1", "sept:e1", "undated:e1"]
    assert ids(filled.events(event="assault")) == ["june:e1", "sept:e1"]
    assert ids(filled.events(actor="rus")) == ids(filled.events())
    assert ids(filled.events(actor="syrian REBELS")) == ids(filled.events())   # by name
    assert filled.events(actor="USA") == []
    assert ids(filled.events(since="2015-06-01")) == ["june:e1", "sept:e1"]
    assert ids(filled.events(since="2015-06-15", until="2015-06-30")) == ["june:e1"]
    assert ids(filled.events(since="2015-07-01")) == ["sept:e1"]
    assert ids(filled.events(until="2015-09")) == ["june:e1", "sept:e1"]
    assert ids(filled.events(doc_id="sept")) == ["sept:e1"]
    assert ids(filled.events(limit=1)) == ["june:e1"]


def test_bad_window_is_a_usage_error(filled: Store):
    with pytest.raises(EntenteError, match="since must be an ISO date"):
        filled.events(since="last week")


def test_actor_aggregates(filled: Store):
    rows = filled.actors()
    assert [r["id"] for r in rows] == ["RUS", "Q4160367", "SYR"]
    assert rows[0] == {"id": "RUS", "name": "Russia", "type": "state", "country": "RUS",
                       "sector": "GOV", "wikidata": "Q159", "n_documents": 3, "n_mentions": 6}
    assert [r["id"] for r in filled.actors(actor="syria")] == ["SYR"]
    assert filled.actors(since="2015-07-01", actor="RUS")[0]["n_documents"] == 1
    assert filled.actors(until="2015-06", actor="RUS")[0]["n_documents"] == 1
    assert [r["id"] for r in filled.actors(event="ASSAULT")] == ["RUS"]
    assert filled.actors(event="accuse")[0]["n_documents"] == 1
    assert len(filled.actors(limit=2)) == 2


def test_relation_and_quote_filters(filled: Store):
    assert [r.doc_id for r in filled.relations(actor="syr")] == ["june", "sept", "undated"]
    assert [r.doc_id for r in filled.relations(since="2015-09-01")] == ["sept"]
    assert filled.relations(relation="hostile_to") == []
    assert len(filled.relations(relation="ALLY_OF", limit=2)) == 2
    assert [q.doc_id for q in filled.quotes(actor="dmitry peskov")] == ["june", "sept",
                                                                          "undated"]
    assert filled.quotes(actor="SYR") == []


# -- set-up ----------------------------------------------------------------------------
def test_sqlite_settings_and_path_url(tmp_path: Path):
    path = tmp_path / "nested" / "folder" / "db.sqlite"
    with Store(str(path)) as s:
        assert s.url == f"sqlite:///{path}"
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert tables == {"documents", "actors", "events", "event_actors", "quotes", "relations",
                      "duplicates", "doc_bands", "alembic_version"}


def test_default_url(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("ENTENTE_DB", raising=False)
    assert default_url() == f"sqlite:///{DEFAULT_DB_PATH}"
    assert DEFAULT_DB_PATH.parts[-4:] == (".local", "share", "entente", "entente.db")
    monkeypatch.setenv("ENTENTE_DB", str(tmp_path / "x.db"))
    assert default_url() == f"sqlite:///{tmp_path / 'x.db'}"
    with Store() as s:
        assert s.save(make_coded())
    assert (tmp_path / "x.db").exists()


def test_store_reopens_existing_database(tmp_path: Path):
    path = str(tmp_path / "e.db")
    with Store(path) as s:
        s.save(make_coded())
    with Store(path) as s:
        assert s.events() == list(make_coded().events)


# -- duplicates --------------------------------------------------------------------------
def test_exact_and_near_duplicates_count_as_articles(store: Store):
    from entente import dedupe
    from entente.batch.synthetic import corpus, republish

    base = make_coded()
    assert store.save(base)
    assert store.save(make_coded(doc_id="afp-copy")) is False            # same text
    row = store.duplicates()[0]
    assert (row["id"], row["of_id"], row["kind"], row["similarity"]) == (
        "afp-copy", base.document.id, "exact", 1.0)
    assert [(e.n_sources, e.n_articles) for e in store.events()] == [(1, 2)]   # both Reuters

    story = next(corpus(1, seed=3))
    assert store.save(make_coded(doc_id=story.id, text=story.text)) is True
    near = republish(story, "bbc-copy", "BBC")
    sig = dedupe.signature(near.text)
    found = store.band_candidates(dedupe.band_keys(sig))
    assert list(found) == [story.id]
    assert dedupe.similarity(sig, found[story.id][0]) >= 0.7
    assert store.add_duplicate(near, story.id, "near", 0.9) is True
    assert store.add_duplicate(near, story.id, "near", 0.9) is False          # counted once
    assert store.article_counts([story.id, base.document.id]) == {
        story.id: (2, 2), base.document.id: (1, 2)}
    known, by_sha = store.lookup(["bbc-copy", "new", story.id], [near.sha256, story.sha256])
    assert known == {"bbc-copy", story.id}
    assert by_sha == {near.sha256: story.id, story.sha256: story.id}
    assert store.duplicate_counts() == {"exact": 1, "near": 1}
    assert store.save(make_coded(doc_id="bbc-copy", text="Other text.")) is False


def test_document_origin_is_kept(store: Store):
    coded = make_coded()
    coded = replace(coded, document=replace(coded.document, origin="wire.jsonl:12"))
    store.save(coded)
    assert store.document(coded.document.id).origin == "wire.jsonl:12"
    assert store.documents_by_id([coded.document.id])[coded.document.id]["origin"] == \
        "wire.jsonl:12"
