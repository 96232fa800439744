"""The command line, end to end on short wire-style stories written into tmp_path.

Every CLI call runs in-process through typer's CliRunner, which keeps stdout and stderr
apart; the spaCy model is loaded once per session (``get_nlp`` is cached).
"""
from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente.cli import app
from entente.records import Document
from entente.store import Store

DATE = "2015-11-02"          # a Monday
STORIES = {
    "syria.txt": "Russian warplanes bombed rebel positions in Syria on Sunday, Syrian state "
                 "media said.\n",
    "korea.txt": "The United States imposed sanctions on North Korea on Tuesday.\n",
    "qaeda.txt": "Al Qaeda's leader, Ayman al-Zawahiri, praised the Taliban in an audio message "
                 "released on Saturday. \"The crusaders will be defeated,\" Zawahiri said in the "
                 "recording, according to the SITE Intelligence Group.\n",
}
# carries its own date, in 2016, so that --since/--until have something on each side
JET_2016 = {"id": "jet-2016", "date": "2016-03-14",
            "text": "Turkey shot down a Russian warplane near the Syrian border on Sunday."}

runner = CliRunner()


def cli(*args: str | Path, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def records(stdout: str) -> list[dict]:
    """Every line of ``stdout`` as a JSON record with a kind; at least one line."""
    lines = stdout.splitlines()
    assert lines, "nothing was printed"
    out = []
    for line in lines:
        rec = json.loads(line)
        assert isinstance(rec, dict) and rec.get("kind"), line
        out.append(rec)
    return out


def of_kind(recs: list[dict], kind: str, doc_id: str | None = None) -> list[dict]:
    return [r for r in recs if r["kind"] == kind and (doc_id is None or r.get("doc_id") == doc_id)]


def ref_ids(refs: list[dict]) -> set[str]:
    return {r["id"] for r in refs}


def write_stories(folder: Path, names=tuple(STORIES)) -> dict[str, str]:
    """The stories as files in ``folder``; returns {document id (path): text}."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name in names:
        path = folder / name
        path.write_text(STORIES[name], encoding="utf-8")
        out[str(path)] = STORIES[name]
    return out


def write_bad_files(folder: Path) -> dict[str, str]:
    """Unreadable inputs; returns {path: words the error about it must contain}."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "latin1.txt").write_bytes("Le président français a condamné l'attaque à "
                                        "Paris.".encode("latin-1"))
    (folder / "long.txt").write_text(STORIES["korea.txt"] * 40, encoding="utf-8")  # > 1000 bytes
    return {str(folder / "empty.txt"): "is empty",
            str(folder / "binary.txt"): "binary",
            str(folder / "latin1.txt"): "not valid UTF-8",
            str(folder / "long.txt"): "over the"}


# -- help -------------------------------------------------------------------------------

def test_help_lists_the_commands():
    result = cli("--help")
    assert result.exit_code == 0, result.output
    for command in ("code", "ingest", "eval", "events", "actors", "relations", "quotes"):
        assert f" {command} " in result.stdout, command


# -- code -------------------------------------------------------------------------------

def test_code_prints_documents_then_their_records(tmp_path, pipeline):
    texts = write_stories(tmp_path)
    result = cli("code", *texts, "--date", DATE)
    assert result.exit_code == 0, result.output
    recs = records(result.stdout)

    # each document record comes first, then only records of that document
    docs = of_kind(recs, "document")
    assert [d["id"] for d in docs] == list(texts)
    current = None
    for rec in recs:
        if rec["kind"] == "document":
            current = rec["id"]
            assert rec["published"] == DATE
        else:
            assert rec["doc_id"] == current, rec
    syria, korea, qaeda = texts

    assault = of_kind(recs, "event", syria)
    assert [e["event"] for e in assault] == ["ASSAULT"]
    assert "RUS" in ref_ids(assault[0]["actor"])
    assert assault[0]["date"] == "2015-11-01"          # "on Sunday" before Monday 2 November
    sanction = of_kind(recs, "event", korea)
    assert [e["event"] for e in sanction] == ["SANCTION"]
    assert ref_ids(sanction[0]["actor"]) == {"USA"}
    assert ref_ids(sanction[0]["recipient"]) == {"PRK"}
    assert {a["id"] for a in of_kind(recs, "actor", korea)} == {"USA", "PRK"}
    assert of_kind(recs, "quote", qaeda) and of_kind(recs, "relation", qaeda)

    # offsets index the document text exactly, for every kind that has them
    spans = 0
    for rec in recs:
        if rec["kind"] == "document":
            continue
        text = texts[rec["doc_id"]]
        if rec["kind"] in ("event", "relation"):
            ev = rec["evidence"]
            assert ev["text"] and text[ev["start"]:ev["end"]] == ev["text"], rec
            spans += 1
        elif rec["kind"] == "quote":
            assert rec["text"] and text[rec["start"]:rec["end"]] == rec["text"], rec
            spans += 1
        elif rec["kind"] == "actor":
            for m in rec["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], rec
                spans += 1
    assert spans >= 10

    # the CLI prints what the library codes
    expected = [r.to_dict() for path, text in texts.items()
                for r in pipeline.code(Document.create(path, text, published=DATE)).records()]
    assert recs == expected


def test_code_reads_jsonl_from_stdin():
    lines = [json.dumps({"id": "kor", "text": STORIES["korea.txt"], "source": "Wire"}),
             "",                                   # blank lines are skipped
             json.dumps(JET_2016)]
    result = cli("code", "-", "--date", DATE, input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    recs = records(result.stdout)
    docs = {d["id"]: d for d in of_kind(recs, "document")}
    assert list(docs) == ["kor", "jet-2016"]
    assert docs["kor"]["published"] == DATE            # --date fills a missing date
    assert docs["kor"]["source"] == "Wire"
    assert docs["jet-2016"]["published"] == "2016-03-14"   # ... but never overrides one
    assert [e["event"] for e in of_kind(recs, "event", "kor")] == ["SANCTION"]
    [jet] = of_kind(recs, "event", "jet-2016")
    assert jet["event"] == "ASSAULT"
    assert ref_ids(jet["actor"]) == {"TUR"} and ref_ids(jet["recipient"]) == {"RUS"}
    assert jet["date"] == "2016-03-13"


def test_code_reads_plain_text_from_stdin_when_told():
    result = cli("code", "-", "--input-format", "txt", "--date", DATE,
                 input=STORIES["korea.txt"])
    assert result.exit_code == 0, result.output
    recs = records(result.stdout)
    assert [d["id"] for d in of_kind(recs, "document")] == ["<stdin>"]
    assert [e["event"] for e in of_kind(recs, "event")] == ["SANCTION"]


def test_code_reports_each_bad_file_and_codes_the_good_one(tmp_path):
    folder = tmp_path / "batch"
    [good] = write_stories(folder, ["korea.txt"])
    bad = write_bad_files(folder)
    missing = tmp_path / "nowhere.txt"
    bad[str(missing)] = "file not found"
    result = cli("code", folder, missing, "--date", DATE, "--max-bytes", "1000")

    assert result.exit_code == 1, result.output
    err_lines = result.stderr.splitlines()
    for path, reason in bad.items():
        said = [line for line in err_lines if path in line]
        assert len(said) == 1, (path, result.stderr)
        assert reason in said[0], (path, said[0])
    assert "iconv -f latin1" in result.stderr
    assert "5 input(s) failed" in result.stderr

    recs = records(result.stdout)
    assert [d["id"] for d in of_kind(recs, "document")] == [good]
    assert {r["doc_id"] for r in recs if r["kind"] != "document"} == {good}
    assert [e["event"] for e in of_kind(recs, "event")] == ["SANCTION"]


def test_code_rejects_a_20_mb_file_without_reading_it(tmp_path, pipeline):
    [good] = write_stories(tmp_path, ["korea.txt"])
    big = tmp_path / "big.txt"
    sentence = STORIES["syria.txt"].encode("utf-8")
    with big.open("wb") as fh:
        fh.write(sentence * (20 * 1024 * 1024 // len(sentence) + 1))
    assert big.stat().st_size > 20 * 1024 * 1024

    started = time.perf_counter()
    result = cli("code", big, good, "--date", DATE)   # the default --max-bytes (10 MB)
    elapsed = time.perf_counter() - started

    assert result.exit_code == 1, result.output
    [said] = [line for line in result.stderr.splitlines() if str(big) in line]
    assert "20.0 MB, over the 10.0 MB limit" in said and "--max-bytes" in said
    assert elapsed < 5, f"took {elapsed:.1f} s: was the big file parsed?"
    recs = records(result.stdout)
    assert [d["id"] for d in of_kind(recs, "document")] == [good]


# -- ingest -----------------------------------------------------------------------------

def test_ingest_twice_stores_once(tmp_path):
    folder = tmp_path / "news"
    texts = write_stories(folder, ["syria.txt", "korea.txt"])
    db = tmp_path / "x.db"

    first = cli("ingest", folder, "--db", db, "--date", DATE)
    assert first.exit_code == 0, first.output
    assert "stored 2 document(s) with 2 event(s); 0 already in the store; 0 failed  " \
        f"[sqlite:///{db.resolve()}]" in first.stderr
    with Store(str(db)) as store:
        before = store.counts()
        assert {d.id for d in store.documents()} == set(texts)
    assert before["documents"] == 2 and before["events"] == 2

    second = cli("ingest", folder, "--db", db, "--date", DATE)
    assert second.exit_code == 0, second.output
    assert "stored 0 document(s) with 0 event(s); 2 already in the store" in second.stderr
    with Store(str(db)) as store:
        assert store.counts() == before


def test_ingest_stores_the_good_files_of_a_bad_batch(tmp_path):
    folder = tmp_path / "batch"
    [good] = write_stories(folder, ["korea.txt"])
    bad = write_bad_files(folder)
    db = tmp_path / "x.db"
    result = cli("ingest", folder, "--db", db, "--date", DATE, "--max-bytes", "1000")

    assert result.exit_code == 1, result.output
    for path, reason in bad.items():
        assert any(path in line and reason in line for line in result.stderr.splitlines()), path
    assert "stored 1 document(s) with 1 event(s); 0 already in the store; 4 failed" \
        in result.stderr
    with Store(str(db)) as store:
        assert [d.id for d in store.documents()] == [good]
        assert [e.doc_id for e in store.events()] == [good]
        counts = store.counts()
    assert counts["documents"] == 1 and counts["events"] == 1


# -- queries ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def db(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A store with the three 2015 stories and one 2016 story; returns (path, {name: doc id})."""
    root = tmp_path_factory.mktemp("store")
    news = root / "news [wire]"          # brackets: ids that rich would take for markup
    texts = write_stories(news)
    (news / "jet.jsonl").write_text(json.dumps(JET_2016) + "\n", encoding="utf-8")
    path = root / "entente.db"
    result = cli("ingest", news, "--db", path, "--date", DATE)
    assert result.exit_code == 0, result.output
    ids = {Path(p).stem: p for p in texts} | {"jet": "jet-2016"}
    return path, ids


def query(db, *args: str) -> list[dict]:
    """A query's rows as JSON Lines."""
    result = cli(*args, "--db", db[0], "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def csv_rows(db, *args: str) -> tuple[list[str], list[list[str]]]:
    result = cli(*args, "--db", db[0], "--format", "csv")
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    return header, rows


def test_events_unfiltered_are_every_stored_event_in_date_order(db):
    rows = query(db, "events")
    assert [r["kind"] for r in rows] == ["event"] * 4
    assert [r["event"] for r in rows] == ["SANCTION", "SUPPORT", "ASSAULT", "ASSAULT"]
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_events_by_type(db):
    rows = query(db, "events", "--event", "sanction")
    assert rows and {r["event"] for r in rows} == {"SANCTION"}
    assert {r["doc_id"] for r in rows} == {db[1]["korea"]}


def test_events_by_actor_as_actor_or_recipient(db):
    rows = query(db, "events", "--actor", "RUS")
    assert {r["doc_id"] for r in rows} == {db[1]["syria"], db[1]["jet"]}
    assert all("RUS" in ref_ids(r["actor"]) | ref_ids(r["recipient"]) for r in rows)
    by_name = query(db, "events", "--actor", "north korea")
    assert [r["doc_id"] for r in by_name] == [db[1]["korea"]]


def test_events_by_date(db):
    assert [r["doc_id"] for r in query(db, "events", "--since", "2016-01-01")] == [db[1]["jet"]]
    until = query(db, "events", "--until", "2015-12-31")
    assert len(until) == 3 and db[1]["jet"] not in {r["doc_id"] for r in until}
    window = query(db, "events", "--since", "2015-10-28", "--until", "2015-11")
    assert [r["event"] for r in window] == ["SUPPORT", "ASSAULT"]   # Saturday, Sunday
    header, rows = csv_rows(db, "events", "--since", "2017")
    assert header[:2] == ["date", "event"] and rows == []


def test_events_as_csv_and_table(db):
    header, rows = csv_rows(db, "events", "--event", "ASSAULT")
    assert header == ["date", "event", "mode", "cameo", "actor", "recipient", "aux",
                      "attribution", "confidence", "id"]
    assert sorted(r[0] for r in rows) == ["2015-11-01", "2016-03-13"]
    assert {r[1] for r in rows} == {"ASSAULT"}
    assert "Turkey" in {r[4] for r in rows}

    table = cli("events", "--db", db[0], "--event", "SANCTION")      # table is the default
    assert table.exit_code == 0, table.output
    assert "SANCTION" in table.stdout and "ASSAULT" not in table.stdout
    assert f"{db[1]['korea']}:e1" in table.stdout        # whole, and not read as markup
    assert "1 row(s)" in table.stderr


def test_actors(db):
    rows = query(db, "actors")
    by_id = {r["id"]: r for r in rows}
    assert by_id["RUS"]["n_documents"] == 2 and by_id["RUS"]["type"] == "state"
    counts = [r["n_documents"] for r in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] == 2   # most documents first
    assert {"USA", "PRK", "al-qaeda", "ayman-al-zawahiri", "TUR"} <= set(by_id)
    assert {r["id"] for r in query(db, "actors", "--event", "SANCTION")} == {"USA", "PRK"}
    assert [r["id"] for r in query(db, "actors", "--actor", "Russia")] == ["RUS"]
    since = {r["id"] for r in query(db, "actors", "--since", "2016-01-01")}
    assert "TUR" in since and not since & {"USA", "PRK", "al-qaeda"}
    header, rows = csv_rows(db, "actors", "--until", "2015-12-31", "--event", "ASSAULT")
    # Russian warplanes (RUS) bombed rebel positions in Syria (SYR, rebels)
    assert header[0] == "id" and {r[0] for r in rows} == {"RUS", "SYR"}


def test_relations(db):
    rows = query(db, "relations")
    assert [(r["source"]["id"], r["relation"], r["target"]["id"]) for r in rows] == \
        [("ayman-al-zawahiri", "leader_of", "al-qaeda")]
    assert set(rows[0]) == {"kind", "id", "doc_id", "source", "target", "relation", "since",
                            "until", "evidence"}               # the contract's fields only
    assert len(query(db, "relations", "--actor", "al qaeda")) == 1
    header, rows = csv_rows(db, "relations", "--actor", "RUS")
    assert header[:3] == ["source", "relation", "target"] and rows == []
    header, rows = csv_rows(db, "relations", "--until", "2015-12-31")
    assert [r[:3] for r in rows] == [["Ayman al-Zawahiri", "leader_of", "al-Qaeda"]]
    assert "Al Qaeda's leader" in rows[0][4]                       # the evidence sentence
    assert csv_rows(db, "relations", "--since", "2016-01-01")[1] == []


def test_quotes(db):
    [quote] = query(db, "quotes", "--actor", "ayman-al-zawahiri")
    assert quote["kind"] == "quote" and quote["cue"] == "said"
    assert quote["text"].startswith("The crusaders will be defeated")
    assert ref_ids(quote["via"]) == {"site-intelligence-group"}
    header, rows = csv_rows(db, "quotes", "--actor", "USA")
    assert header == ["speaker", "via", "cue", "text", "doc_id"] and rows == []


@pytest.mark.parametrize("args, words", [
    (["events", "--event", "FOO"], ["'FOO' is not a PLOVER type", "ASSAULT"]),
    (["actors", "--event", "FOO"], ["'FOO' is not a PLOVER type"]),
    (["events", "--format", "xml"], ["--format 'xml'", "jsonl"]),
    (["quotes", "--format", "xml"], ["--format 'xml'"]),
    (["events", "--since", "last week"], ["since must be an ISO date"]),
    (["relations", "--until", "soon"], ["until must be an ISO date"]),
])
def test_query_usage_errors_exit_2(db, args, words):
    result = cli(*args, "--db", db[0])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("entente: error: ")
    for w in words:
        assert w in result.stderr, result.stderr


def test_query_on_a_missing_store_is_an_error_not_an_empty_answer(tmp_path):
    missing = tmp_path / "typo.db"
    result = cli("events", "--db", missing)
    assert result.exit_code == 2, result.output
    assert f"no store at {missing}" in result.stderr
    assert not missing.exists()


def test_code_with_a_bad_date_exits_2(tmp_path):
    [good] = write_stories(tmp_path, ["korea.txt"])
    result = cli("code", good, "--date", "02/11/2015")
    assert result.exit_code == 2, result.output
    assert "--date '02/11/2015' is not an ISO date" in result.stderr
    assert result.stdout == ""
