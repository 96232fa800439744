"""The scorer against hand-built gold sets with known numbers, and the seed gold file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from entente.evaluate import (GoldActor, GoldDocument, GoldError, GoldEvent, GoldNegative,
                              GoldQuote, GoldRelation, GoldSet, load_gold, score,
                              sentence_spans)
from entente.records import (Actor, ActorRef, Attribution, CodedDocument, Document, Event,
                             Evidence, Location, Quote, Relation)

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "eval" / "seed.gold.jsonl"

TEXT = ("Russia bombed Aleppo on Monday. Iran condemned the strikes. "
        "If Turkey attacked, chaos would follow. Syria asked China for help. "
        "Egypt and Jordan held talks. Israel struck Gaza. "
        "\u201cWe will not stop,\u201d said Putin.")


def ref(i: str) -> ActorRef:
    return ActorRef(i, i, i)


def sentence(text: str, words: str) -> Evidence:
    at = text.index(words)
    n, (s, e) = next((n, se) for n, se in enumerate(sentence_spans(text)) if se[0] <= at < se[1])
    e = len(text[:e].rstrip())
    return Evidence(n, s, e, text[s:e])


def ev(event, actor, recipient, where, aux=(), date=None, precision="unknown", country=None,
       text=TEXT, doc="d1") -> Event:
    return Event(id=f"e{where}{event}{actor}{recipient}{aux}", doc_id=doc, event=event, mode=None,
                 context=(), cameo="", quad=0, intensity=0.0,
                 actor=tuple(ref(a) for a in actor), recipient=tuple(ref(r) for r in recipient),
                 date=date, date_precision=precision,
                 location=Location(country, country) if country else None, aux=tuple(aux),
                 attribution=Attribution(), evidence=sentence(text, where), confidence=1.0)


def actor(i: str, type_: str = "state") -> Actor:
    return Actor(i, i, type_, None, None, None, "d1")


def rel(s: str, r: str, t: str) -> Relation:
    return Relation(f"{s}{r}{t}", "d1", ref(s), ref(t), r, None, None, sentence(TEXT, "Israel"))


GOLD = GoldSet(
    documents=(GoldDocument("d1", text=TEXT, published="2015-10-06"),),
    events=(
        GoldEvent("d1", "ASSAULT", "bombed Aleppo", actor=("RUS",), recipient=("SYR",),
                  date="2015-10-05", date_precision="day", country="SYR",
                  forbidden_aux=("hypothetical",)),
        GoldEvent("d1", "ACCUSE", "condemned the strikes", actor=("IRN",), recipient=("RUS",)),
        GoldEvent("d1", "REQUEST", "asked China", actor=("SYR",), recipient=("CHN",),
                  optional=True),
        GoldEvent("d1", "CONSULT", "held talks", actor=("EGY",), recipient=("JOR",),
                  symmetric=True, date="2015-10-04", date_precision="day"),
        GoldEvent("d1", "ASSAULT", "struck Gaza", actor=("ISR",), recipient=("PSE",),
                  date="2015-10", date_precision="month", date_approx=True, country="PSE",
                  required_aux=("historical",)),
    ),
    actors=tuple(GoldActor("d1", i, "state") for i in ("RUS", "SYR", "IRN", "EGY", "JOR"))
    + (GoldActor("d1", "CHN", "state", optional=True),),
    relations=(GoldRelation("d1", "A", "leader_of", "B"),
               GoldRelation("d1", "X", "hostile_to", "Y")),
    quotes=(GoldQuote("d1", ("putin",), "We will not stop", via=("tass",)),),
    negatives=(GoldNegative("d1", "If Turkey attacked", ("hypothetical",)),),
)

QUOTE_AT = TEXT.index("\u201cWe")
CODED = CodedDocument(
    document=Document.create("d1", TEXT),
    events=(
        ev("ASSAULT", ["RUS"], ["SYR"], "Russia", date="2015-10-05", precision="day",
           country="SYR"),                                              # right
        ev("ASSAULT", ["RUS"], ["SYR"], "Russia", aux=["reported"]),   # a second hit on one gold
        ev("PROTEST", ["IRN"], ["RUS"], "Iran"),                        # wrong type
        ev("REQUEST", ["SYR"], ["CHN"], "Syria asked"),                 # optional gold
        ev("CONSULT", ["JOR"], ["EGY"], "Egypt", date="2015-10-04",
           precision="month"),                                          # symmetric, date wrong
        ev("ASSAULT", ["TUR"], [], "If Turkey"),                        # negative violated
        ev("ASSAULT", ["TUR"], [], "If Turkey", aux=["hypothetical"]),  # negative respected
        ev("ASSAULT", ["ISR"], ["LBN"], "Israel", date="2015-11-20",
           precision="day"),                                            # wrong recipient
    ),
    actors=(actor("RUS"), actor("SYR"), actor("IRN", "armed_group"), actor("CHN"),
            actor("TUR")),
    relations=(rel("Y", "hostile_to", "X"), rel("A", "member_of", "B")),
    quotes=(Quote("q1", "d1", ref("putin"), (), "said", TEXT[QUOTE_AT:QUOTE_AT + 20],
                  QUOTE_AT, QUOTE_AT + 20),
            Quote("q2", "d1", ref("medvedev"), (), "said", TEXT[QUOTE_AT:QUOTE_AT + 20],
                  QUOTE_AT, QUOTE_AT + 20)),
)


def prf(p) -> tuple:
    return (p.tp, p.fp, p.fn, round(p.precision, 4), round(p.recall, 4), round(p.f1, 4))


def test_event_scores():
    r = score(GOLD, {"d1": CODED})
    # type only: 3 matched (Russia, talks, Gaza); FP: duplicate, PROTEST, violation; FN: ACCUSE
    assert prf(r.events) == (3, 3, 1, 0.5, 0.75, 0.6)
    # + actors: Gaza has the wrong recipient, so it is both a miss and a false positive
    assert prf(r.events_full) == (2, 4, 2, 0.3333, 0.5, 0.4)
    by_type = dict(r.by_type)
    assert prf(by_type["ASSAULT"]) == (2, 2, 0, 0.5, 1.0, 0.6667)
    assert prf(by_type["ACCUSE"]) == (0, 0, 1, 0.0, 0.0, 0.0)
    assert prf(by_type["PROTEST"]) == (0, 1, 0, 0.0, 0.0, 0.0)
    assert prf(by_type["CONSULT"]) == (1, 0, 0, 1.0, 1.0, 1.0)
    assert "REQUEST" not in by_type          # optional: neither hit nor miss
    assert set(r.confusion) == {("ASSAULT", "ASSAULT", 2), ("ACCUSE", "PROTEST", 1),
                                ("CONSULT", "CONSULT", 1), ("REQUEST", "REQUEST", 1),
                                ("-", "ASSAULT", 2)}


def test_aux_date_country_negatives():
    r = score(GOLD, {"d1": CODED})
    assert (r.aux.ok, r.aux.n) == (1, 2)            # Gaza lacks 'historical'
    assert (r.date.ok, r.date.n) == (2, 3)          # talks: right day, wrong precision
    assert (r.country.ok, r.country.n) == (1, 2)    # Gaza: no location
    assert (r.negatives, r.violations) == (1, 1)


def test_actor_relation_quote_scores():
    r = score(GOLD, {"d1": CODED})
    assert prf(r.actors) == (3, 1, 2, 0.75, 0.6, 0.6667)   # TUR extra; EGY, JOR missed
    assert (r.actor_type.ok, r.actor_type.n) == (3, 4)
    assert prf(r.relations) == (1, 1, 1, 0.5, 0.5, 0.5)    # hostile_to either way round
    assert prf(r.quotes) == (1, 1, 0, 0.5, 1.0, 0.6667)    # medvedev is the wrong speaker
    assert (r.quote_via.ok, r.quote_via.n) == (0, 1)


def test_report_renders():
    r = score(GOLD, {"d1": CODED})
    text = r.format_text()
    assert "events (type)" in text and "ACCUSE" in text
    assert json.loads(json.dumps(r.to_dict()))["events"]["f1"] == 0.6
    empty = score(GOLD, {})
    assert empty.events.fn == 4 and empty.events.tp == 0
    assert any("no coded output" in s for s in empty.skipped)


def test_perfect_coding_scores_one():
    perfect = CodedDocument(CODED.document, events=(
        CODED.events[0], ev("ACCUSE", ["IRN"], ["RUS"], "Iran"),
        ev("CONSULT", ["EGY"], ["JOR"], "Egypt", date="2015-10-04", precision="day"),
        ev("ASSAULT", ["ISR"], ["PSE"], "Israel", aux=["historical"], date="2015-10-01",
           precision="month", country="PSE")))
    r = score(GOLD, {"d1": perfect})
    assert prf(r.events) == prf(r.events_full) == (4, 0, 0, 1.0, 1.0, 1.0)
    assert r.aux.value == r.date.value == r.country.value == 1.0


def write(tmp_path: Path, *lines: str) -> Path:
    p = tmp_path / "g.gold.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


DOC = json.dumps({"kind": "document", "id": "d1", "text": TEXT})


def test_load_gold_round_trip(tmp_path):
    p = write(tmp_path, DOC, "# a comment", "", json.dumps(
        {"kind": "event", "doc_id": "d1", "event": "ASSAULT", "actor": "RUS",
         "recipient": ["SYR"], "anchor": "bombed Aleppo", "date": "2015-10-05",
         "date_precision": "day", "note": "x"}))
    g = load_gold(p)
    assert g.events[0].actor == ("RUS",) and g.events[0].line == 4
    assert g.documents[0].text == TEXT


@pytest.mark.parametrize("bad, words", [
    ('{"kind": "event", "doc_id": "d1",', "not valid JSON"),
    ('{"kind": "evnt", "doc_id": "d1"}', "kind"),
    ('{"kind": "event", "doc_id": "d1", "event": "BOMB", "anchor": "bombed Aleppo"}', "BOMB"),
    ('{"kind": "event", "doc_id": "d1", "event": "ASSAULT"}', "anchor"),
    ('{"kind": "event", "doc_id": "d1", "event": "ASSAULT", "anchor": "bombed Paris"}',
     "occurs 0 times"),
    ('{"kind": "event", "doc_id": "d2", "event": "ASSAULT", "anchor": "bombed Aleppo"}', "d2"),
    ('{"kind": "actor", "doc_id": "d1", "id": "RUS", "colour": "red"}', "colour"),
    ('{"kind": "quote", "doc_id": "d1", "speaker": "putin", "anchor": "We", "via": "tass"}',
     "via"),
])
def test_load_gold_rejects_malformed_lines(tmp_path, bad, words):
    p = write(tmp_path, DOC, bad)
    with pytest.raises(GoldError) as exc:
        load_gold(p)
    assert f"{p}:2:" in str(exc.value) and words in str(exc.value)


def test_missing_document_text(tmp_path):
    p = write(tmp_path, json.dumps({"kind": "document", "id": "x", "path": "nowhere.txt"}),
              json.dumps({"kind": "actor", "doc_id": "x", "id": "RUS"}))
    with pytest.raises(GoldError, match="nowhere.txt"):
        load_gold(p)
    g = load_gold(p, require_text=False)
    r = score(g, {})
    assert r.documents == 0 and "not found" in r.skipped[0]


def test_seed_gold_counts():
    g = load_gold(SEED_GOLD, require_text=False)
    assert len(g.events) >= 10 and len(g.actors) >= 11
    rels = {(r.source, r.relation, r.target) for r in g.relations}
    assert {("ayman-al-zawahiri", "leader_of", "al-qaeda"), ("nusra-front", "affiliate_of", "al-qaeda"),
            ("ISIS", "offshoot_of", "al-qaeda")} <= rels


def test_seed_gold_is_consistent_with_the_article():
    g = load_gold(SEED_GOLD, require_text=False)     # anchors are checked when the text is read
    doc = g.documents[0]
    if doc.text is None:
        pytest.skip("../shared/seed is absent: the seed article is not in the project")
    text = doc.text
    # code the gold itself: every event, optional ones included, must score perfectly
    events = tuple(
        Event(id=f"g{n}", doc_id="seed", event=e.event, mode=None, context=(), cameo="", quad=0,
              intensity=0.0, actor=tuple(ref(a) for a in e.actor[:1]),
              recipient=tuple(ref(a) for a in e.recipient[:1]), date=e.date,
              date_precision=e.date_precision,
              location=Location("x", e.country) if e.country else None, aux=e.required_aux,
              attribution=Attribution(), evidence=Evidence(
                  0, text.index(e.anchor), text.index(e.anchor) + len(e.anchor), e.anchor),
              confidence=1.0) for n, e in enumerate(g.events))
    quotes = tuple(Quote(f"q{n}", "seed", ref(q.speaker[0]), tuple(ref(v) for v in q.via or ()),
                         "said", q.anchor, text.index(q.anchor), text.index(q.anchor) + len(q.anchor))
                   for n, q in enumerate(g.quotes))
    coded = CodedDocument(
        Document.create("seed", text),
        actors=tuple(Actor(a.id, a.id, a.type, None, None, None, "seed") for a in g.actors),
        events=events, quotes=quotes,
        relations=tuple(Relation(r.source, "seed", ref(r.source), ref(r.target), r.relation,
                                 None, None, events[0].evidence) for r in g.relations))
    r = score(g, {"seed": coded})
    assert prf(r.events)[:3] == prf(r.events_full)[:3] == (sum(not e.optional for e in g.events), 0, 0)
    assert r.violations == 0 and r.aux.value == r.date.value == r.country.value == 1.0
    assert (r.actors.fp, r.actors.fn, r.relations.fp, r.relations.fn) == (0, 0, 0, 0)
    assert (r.quotes.fp, r.quotes.fn, r.quote_via.value) == (0, 0, 1.0)


@pytest.mark.parametrize("gold_kw, coded, precision, ok", [
    ({"date": "2015-10-05", "date_precision": "day"}, "2015-10-05", "day", True),
    ({"date": "2015-10-05", "date_precision": "day"}, "2015-10-06", "day", False),
    ({"date": "2015-06", "date_precision": "month"}, "2015-06-01", "month", True),
    ({"date": "2015-06", "date_precision": "month"}, "2015-06-01", "day", False),
    ({"date": "2015-10-31", "date_precision": "week"}, "2015-11-01", "day", True),
    ({"date": "2015-10-31", "date_precision": "week"}, "2015-11-05", "week", False),
    ({"date": "2015-08", "date_precision": "month", "date_approx": True}, "2015-09-30", "day", True),
    ({"date": "2015-08", "date_precision": "month", "date_approx": True}, "2015-10-05", "day", False),
    ({"date": "2015-05", "date_precision": "month", "date_window": ("2015-02-01", "2015-08-31")},
     "2015-08", "month", True),
    ({"date": "2015-05", "date_precision": "month", "date_window": ("2015-02-01", "2015-08-31")},
     "2015-09", "month", False),
])
def test_date_rules(gold_kw, coded, precision, ok):
    g = GoldEvent("d1", "ASSAULT", "bombed Aleppo", **gold_kw)
    r = score(GoldSet((GOLD.documents[0],), (g,), (), (), (), ()),
              {"d1": CodedDocument(CODED.document, events=(
                  ev("ASSAULT", ["RUS"], [], "Russia", date=coded, precision=precision),))})
    assert (r.date.ok, r.date.n) == (int(ok), 1)


def test_stricter_level_keeps_type_level_pairs():
    # two gold events in one sentence both accept COOPERATE; the REQUEST has the wrong
    # recipient, so at type+actors level the miss must be the REQUEST, not the AGREE
    text = "Cairo called for talks and said it was ready to work with Amman."
    doc = GoldDocument("d1", text=text)
    gold = GoldSet((doc,), (
        GoldEvent("d1", "REQUEST", "called for talks", accept=("COOPERATE",), actor=("EGY",),
                  recipient=("JOR",)),
        GoldEvent("d1", "AGREE", "ready to work", accept=("COOPERATE",), actor=("EGY",),
                  recipient=("JOR",))), (), (), (), ())
    coded = CodedDocument(Document.create("d1", text), events=(
        ev("REQUEST", ["EGY"], [], "Cairo", text=text),
        ev("COOPERATE", ["EGY"], ["JOR"], "Cairo", text=text)))
    r = score(gold, {"d1": coded})
    assert prf(r.events)[:3] == (2, 0, 0) and prf(r.events_full)[:3] == (1, 1, 1)
    assert any("actors missed: REQUEST" in d for d in r.details)
    other = CodedDocument(Document.create("d1", text + " "), events=coded.events)
    assert any("differs from the gold text" in s for s in score(gold, {"d1": other}).skipped)


def test_command_line_scores_saved_output(tmp_path, capsys):
    from entente.evaluate import main
    from entente.records import to_jsonl
    gold = write(tmp_path, DOC, json.dumps(
        {"kind": "event", "doc_id": "d1", "event": "ASSAULT", "actor": ["RUS"],
         "recipient": ["SYR"], "anchor": "bombed Aleppo"}))
    # saved under another id: paired with the gold document by the sha256 of its text
    saved = CodedDocument(Document.create("article.txt", TEXT), events=(
        ev("ASSAULT", ["RUS"], ["SYR"], "Russia", doc="article.txt"),))
    out = tmp_path / "out.jsonl"
    out.write_text("\n".join(to_jsonl(saved.records())) + "\n", encoding="utf-8")
    assert main([str(gold), "--coded", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["events_full"]["f1"] == 1.0 and report["skipped"] == []


def test_a_negative_inside_a_sentence_with_a_gold_event():
    # the negative's anchor is only a part of the sentence: the riot the gold codes there is
    # no violation; a second, unmatched event in that sentence is one
    text = "Rioters burned the business district after parliament adjourned without voting."
    gold = GoldSet((GoldDocument("d1", text=text),), (
        GoldEvent("d1", "PROTEST", "Rioters burned the business district", actor=("rioters",),
                  recipient=("TON",)),), (), (), (),
        (GoldNegative("d1", "parliament adjourned without voting", ()),))
    riot = ev("PROTEST", ["rioters"], ["TON"], "Rioters", text=text)
    r = score(gold, {"d1": CodedDocument(Document.create("d1", text), events=(riot,))})
    assert (r.negatives, r.violations) == (1, 0) and prf(r.events)[:3] == (1, 0, 0)
    walkout = ev("REJECT", ["TON"], [], "Rioters", text=text)
    r = score(gold, {"d1": CodedDocument(Document.create("d1", text), events=(riot, walkout))})
    assert (r.negatives, r.violations) == (1, 1) and prf(r.events)[:3] == (1, 1, 0)
    assert any("violation REJECT" in d for d in r.details)
