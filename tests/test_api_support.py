"""Stores for the API and browser tests (no tests here).

``hand_coded_store`` fills a store with records written by hand for three short articles
the team wrote, so that the API tests know every count exactly whatever the coder does.
``pipeline_store`` codes articles with the real pipeline (the seed article too, when
../shared/seed is there), for the tests that go end to end.
"""
from __future__ import annotations

from pathlib import Path

from entente.records import (Actor, ActorRef, Attribution, CodedDocument, Document, Event,
                             Evidence, Mention, Quote, Relation)
from entente.store import Store

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / \
    "zawahiri-alliance-2015-11-02.txt"

# Three articles the team wrote (not real reporting).
TEXT_1 = ("Russia and Syria sign a defence pact\n\n"
          "Russia signed a defence agreement with Syria on Monday, officials said.\n\n"
          "Russian warplanes bombed Islamic State positions near Palmyra on Tuesday.")
TEXT_2 = ("Al Qaeda leader urges truce with ISIS\n\n"
          "\"We must stop fighting each other,\" said Ayman al-Zawahiri, the leader of al Qaeda.\n\n"
          "Al Qaeda accused the Islamic State of sedition in March.")
TEXT_3 = ("<script>alert('x')</script> Rebels attack <b>convoy</b>\n\n"
          "The <i>Free Army</i> attacked a Russian convoy near Idlib on 3 May 2016.")

REFS = {
    "RUS": ("Russia", "state", "RUS", "GOV", "Q159"),
    "SYR": ("Syria", "state", "SYR", "GOV", "Q858"),
    "ISIS": ("Islamic State", "armed_group", None, "REB", "Q2429253"),
    "al-qaeda": ("al-Qaeda", "armed_group", None, "REB", "Q34490"),
    "ayman-al-zawahiri": ("Ayman al-Zawahiri", "person", "EGY", "REB", None),
    "free-army-x": ("<i>Free Army</i>", "armed_group", "SYR", "REB", None),
}


def ref(actor_id: str, text: str | None = None) -> ActorRef:
    return ActorRef(actor_id, REFS[actor_id][0], text or REFS[actor_id][0])


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def evidence(text: str, sentence: int, part: str) -> Evidence:
    start, end = span(text, part)
    return Evidence(sentence, start, end, text[start:end])


def actor(doc_id: str, text: str, actor_id: str, *surfaces: str) -> Actor:
    name, kind, country, sector, wikidata = REFS[actor_id]
    mentions = tuple(Mention(*span(text, s), s) for s in surfaces)
    return Actor(actor_id, name, kind, country, sector, wikidata, doc_id, mentions)


def event(doc_id: str, n: int, text: str, sentence: int, part: str, kind: str, cameo: str,
          quad: int, intensity: float, actors, recipients, date: str | None,
          precision: str = "day", aux=(), speaker: ActorRef | None = None,
          via=()) -> Event:
    return Event(f"{doc_id}:e{n}", doc_id, kind, None, (), cameo, quad, intensity,
                 tuple(actors), tuple(recipients), date, precision if date else "unknown",
                 None, tuple(aux), Attribution(speaker, tuple(via)),
                 evidence(text, sentence, part), 0.9, "test")


def hand_coded() -> list[CodedDocument]:
    d1 = Document.create("art-1", TEXT_1, title="Russia and Syria sign a defence pact",
                         source="Test Wire", published="2016-03-07")
    s1a = "Russia signed a defence agreement with Syria on Monday, officials said."
    s1b = "Russian warplanes bombed Islamic State positions near Palmyra on Tuesday."
    c1 = CodedDocument(
        d1,
        (actor("art-1", TEXT_1, "RUS", "Russia "), actor("art-1", TEXT_1, "SYR", "Syria "),
         actor("art-1", TEXT_1, "ISIS", "Islamic State")),
        (event("art-1", 1, TEXT_1, 1, s1a, "AGREE", "057", 1, 8.0, [ref("RUS")],
               [ref("SYR")], "2016-03-07"),
         event("art-1", 2, TEXT_1, 2, s1b, "ASSAULT", "195", 4, -10.0,
               [ref("RUS", "Russian warplanes")], [ref("ISIS")], "2016-03-08")),
        (), ())
    d2 = Document.create("art-2", TEXT_2, title="Al Qaeda leader urges truce with ISIS",
                         source="Test Wire", published="2016-04-02")
    s2a = "\"We must stop fighting each other,\" said Ayman al-Zawahiri, the leader of al Qaeda."
    s2b = "Al Qaeda accused the Islamic State of sedition in March."
    qstart, qend = span(TEXT_2, "We must stop fighting each other,")
    c2 = CodedDocument(
        d2,
        (actor("art-2", TEXT_2, "al-qaeda", "al Qaeda."), actor("art-2", TEXT_2, "ISIS",
                                                                 "Islamic State"),
         actor("art-2", TEXT_2, "ayman-al-zawahiri", "Ayman al-Zawahiri")),
        (event("art-2", 1, TEXT_2, 1, s2a, "REQUEST", "0212", 1, 3.0,
               [ref("ayman-al-zawahiri")], [ref("ISIS")], "2016-04-02",
               speaker=ref("ayman-al-zawahiri")),
         event("art-2", 2, TEXT_2, 2, s2b, "ACCUSE", "112", 3, -2.0, [ref("al-qaeda")],
               [ref("ISIS")], "2016-03", precision="month"),
         event("art-2", 3, TEXT_2, 2, s2b, "ACCUSE", "112", 3, -2.0, [ref("al-qaeda")],
               [ref("ISIS")], None, aux=("historical",))),
        (Quote("art-2:q1", "art-2", ref("ayman-al-zawahiri", "Ayman al-Zawahiri"), (), "said",
               TEXT_2[qstart:qend], qstart, qend),),
        (Relation("art-2:r1", "art-2", ref("ayman-al-zawahiri"), ref("al-qaeda"), "leader_of",
                  None, None, evidence(TEXT_2, 1, s2a)),))
    d3 = Document.create("art-3", TEXT_3, title="<script>alert('x')</script> Rebels attack",
                         source="Test Wire", published="2016-05-04")
    s3 = "The <i>Free Army</i> attacked a Russian convoy near Idlib on 3 May 2016."
    c3 = CodedDocument(
        d3,
        (actor("art-3", TEXT_3, "free-army-x", "<i>Free Army</i>"),
         actor("art-3", TEXT_3, "RUS", "Russian convoy")),
        (event("art-3", 1, TEXT_3, 1, s3, "ASSAULT", "190", 4, -10.0,
               [ref("free-army-x")], [ref("RUS", "a Russian convoy")], "2016-05-03"),),
        (), ())
    return [c1, c2, c3]


def hand_coded_store(path: Path) -> Store:
    store = Store(str(path))
    for coded in hand_coded():
        assert store.save(coded)
    return store


# Articles coded by the real pipeline in the end-to-end tests (written by the team).
PIPELINE_ARTICLES = [
    ("truce-2016-05-02", "2016-05-02",
     "Rebels and government agree to a truce in Aleppo\n\n"
     "The Syrian government agreed to a ceasefire with the Free Syrian Army on Sunday, the "
     "United Nations said.\n\nRussian warplanes bombed the Islamic State near Palmyra on "
     "Saturday."),
]


def pipeline_store(path: Path, pipeline) -> Store:
    """A store of the articles above, coded by ``pipeline``, plus the seed article."""
    store = Store(str(path))
    for doc_id, published, text in PIPELINE_ARTICLES:
        store.save(pipeline.code(Document.create(doc_id, text, published=published)))
    if SEED.exists():
        text = SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
        first = text.lstrip("\n").split("\n", 1)[0].strip()
        store.save(pipeline.code(Document.create("seed", text, title=first,
                                                 published="2015-11-02")))
    return store
