"""REST API: every endpoint, the token rules, limits and the error cases, over a store of
hand-coded records (so every count is known) and, for coding, the real pipeline."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install 'entente[web]')")
from fastapi.testclient import TestClient  # noqa: E402

from entente.api import create_app  # noqa: E402
from entente.api.auth import TokenStore  # noqa: E402
from entente.store import Store  # noqa: E402
from test_api_support import TEXT_2, hand_coded_store  # noqa: E402

BASE = "http://127.0.0.1"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = hand_coded_store(tmp_path_factory.mktemp("api") / "store.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def tokens(tmp_path_factory):
    return TokenStore(tmp_path_factory.mktemp("tok") / "tokens.json")


@pytest.fixture(scope="module")
def token(tokens):
    return tokens.create("tester")


@pytest.fixture(scope="module")
def client(store, tokens):
    return TestClient(create_app(store, tokens=tokens), base_url=BASE)


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


# -- schema and stats ----------------------------------------------------------------------
def test_openapi_schema_lists_every_endpoint(client):
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/documents/{doc_id}/records",
                 "/api/code", "/api/actors", "/api/actors/{actor_id}", "/api/events",
                 "/api/events/{event_id}", "/api/events/{event_id}/evidence", "/api/quotes",
                 "/api/relations", "/api/dyads", "/api/dyads/{a}/{b}", "/api/network",
                 "/api/stats"):
        assert path in paths, path
    assert "post" in schema["paths"]["/api/documents"]
    assert "EventRecord" in schema["components"]["schemas"]


def test_stats(client):
    body = client.get("/api/stats").json()
    assert body["counts"] == {"documents": 3, "actors": 6, "events": 6, "quotes": 1,
                              "relations": 1}
    assert body["months"][0] == "2016-03" and body["months"][-1] == "2016-05"


def test_no_swagger_ui_from_a_cdn(client):
    assert client.get("/docs").status_code == 404


# -- documents -----------------------------------------------------------------------------
def test_documents(client):
    assert ids(client.get("/api/documents")) == ["art-1", "art-2", "art-3"]
    page = client.get("/api/documents", params={"limit": 2}).json()
    assert [d["id"] for d in page["items"]] == ["art-1", "art-2"]
    assert page["next"] and "offset=2" in page["next"]
    assert ids(client.get(page["next"])) == ["art-3"]
    doc = client.get("/api/documents/art-2").json()
    assert doc["kind"] == "document" and doc["published"] == "2016-04-02" and "text" not in doc
    assert client.get("/api/documents/art-2", params={"text": "true"}).json()["text"] == TEXT_2
    records = client.get("/api/documents/art-2/records").json()
    assert sorted(e["id"] for e in records["events"]) == ["art-2:e1", "art-2:e2", "art-2:e3"]
    assert records["quotes"][0]["speaker"]["id"] == "ayman-al-zawahiri"
    assert records["relations"][0]["relation"] == "leader_of"


def test_unknown_ids_are_404_with_a_message(client):
    for url in ("/api/documents/nope", "/api/documents/nope/records", "/api/events/nope",
                "/api/events/nope/evidence", "/api/actors/nope"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "nope" in r.json()["detail"]


# -- events --------------------------------------------------------------------------------
def test_events_in_store_order_with_filters(client, store):
    assert ids(client.get("/api/events")) == [e.id for e in store.events()]
    assert ids(client.get("/api/events", params={"actor": "ISIS"})) == \
        ["art-2:e2", "art-1:e2", "art-2:e1", "art-2:e3"]     # "2016-03" starts 2016-03-01
    assert ids(client.get("/api/events", params={"actor": "islamic state"})) == \
        ids(client.get("/api/events", params={"actor": "ISIS"}))
    assert ids(client.get("/api/events", params={"source": "RUS"})) == ["art-1:e1", "art-1:e2"]
    assert ids(client.get("/api/events", params={"target": "RUS"})) == ["art-3:e1"]
    assert ids(client.get("/api/events", params={"event": "ASSAULT"})) == ["art-1:e2", "art-3:e1"]
    assert ids(client.get("/api/events", params=[("event", "agree"), ("event", "ASSAULT")])) == \
        ["art-1:e1", "art-1:e2", "art-3:e1"]
    assert ids(client.get("/api/events", params={"event": "AGREE,REQUEST"})) == \
        ["art-1:e1", "art-2:e1"]
    # a month-precision event falls inside a window that overlaps its month
    assert ids(client.get("/api/events", params={"since": "2016-03-20", "until": "2016-04-30"})) \
        == ["art-2:e2", "art-2:e1"]
    assert ids(client.get("/api/events", params={"quad": 3})) == ["art-2:e2", "art-2:e3"]
    assert ids(client.get("/api/events", params={"doc_id": "art-3"})) == ["art-3:e1"]
    event = client.get("/api/events", params={"doc_id": "art-3"}).json()["items"][0]
    assert event["kind"] == "event" and event["evidence"]["text"].startswith("The <i>Free")


def test_events_pagination(client):
    every = ids(client.get("/api/events"))
    seen, url = [], "/api/events?limit=4"
    while url:
        body = client.get(url).json()
        assert body["count"] == len(body["items"]) <= 4
        seen += [e["id"] for e in body["items"]]
        url = body["next"]
    assert seen == every
    assert client.get("/api/events", params={"offset": 100}).json()["items"] == []


def test_busy_actor_walk_gives_the_same_pages(store, monkeypatch):
    from entente.api import queries as q
    filters = [q.EventFilter(actor="ISIS"), q.EventFilter(source="RUS"),
               q.EventFilter(actor="al-qaeda", until="2016-12"), q.EventFilter(target="ISIS"),
               q.EventFilter(between=("ISIS", "al-qaeda")), q.EventFilter(between=("RUS", "SYR"))]
    plain = [[q.events_page(store, f, 2, off) for off in range(0, 6, 2)] for f in filters]
    assert not any(q._walk(store, f, 2, 0) for f in filters[:4])
    monkeypatch.setattr(q, "_walk", lambda *args: True)     # walk the dates every time
    walked = [[q.events_page(store, f, 2, off) for off in range(0, 6, 2)] for f in filters]
    assert walked == plain
    assert any(page[0] for pages in plain for page in pages)


def test_event_and_its_evidence(client):
    assert client.get("/api/events/art-2:e1").json()["event"] == "REQUEST"
    body = client.get("/api/events/art-2:e1/evidence").json()
    ev, doc = body["event"], body["document"]
    assert doc["text"][ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]
    assert body["quote"]["text"] == "We must stop fighting each other,"
    assert client.get("/api/events/art-1:e1/evidence").json()["quote"] is None


# -- actors, quotes, relations -------------------------------------------------------------
def test_actors(client):
    assert ids(client.get("/api/actors"))[:2] == ["ISIS", "RUS"]     # 2 documents each
    assert ids(client.get("/api/actors", params={"q": "qae"})) == ["al-qaeda"]
    assert ids(client.get("/api/actors", params={"q": "FREE"})) == ["free-army-x"]
    assert ids(client.get("/api/actors", params={"actor": "russia"})) == ["RUS"]
    assert ids(client.get("/api/actors", params={"event": "AGREE"})) == ["RUS", "SYR"]
    assert ids(client.get("/api/actors", params={"since": "2016-05"})) == ["RUS", "free-army-x"]
    assert ids(client.get("/api/actors", params={"limit": 2, "offset": 2})) == \
        ids(client.get("/api/actors"))[2:4]


def test_actor_profile(client):
    body = client.get("/api/actors/ISIS").json()
    assert body["name"] == "Islamic State" and body["n_events"] == 4
    assert [e["id"] for e in body["enemies"]] == ["al-qaeda", "RUS"]
    assert [a["id"] for a in body["allies"]] == ["ayman-al-zawahiri"]
    assert body["timeline"] == [{"month": "2016-03", "cooperative": 0, "conflictual": 2},
                                {"month": "2016-04", "cooperative": 1, "conflictual": 0}]
    zawahiri = client.get("/api/actors/ayman-al-zawahiri").json()
    assert zawahiri["relations"][0]["target"]["id"] == "al-qaeda"


def test_quotes_and_relations(client):
    assert ids(client.get("/api/quotes")) == ["art-2:q1"]
    assert ids(client.get("/api/quotes", params={"actor": "Ayman al-Zawahiri"})) == ["art-2:q1"]
    assert ids(client.get("/api/quotes", params={"actor": "RUS"})) == []
    assert ids(client.get("/api/relations", params={"actor": "al-qaeda"})) == ["art-2:r1"]
    assert ids(client.get("/api/relations", params={"relation": "offshoot_of"})) == []
    assert ids(client.get("/api/relations", params={"since": "2016-05"})) == []


# -- dyads and the network -----------------------------------------------------------------
def test_dyads(client):
    body = client.get("/api/dyads").json()
    pairs = {d["id"]: d for d in body["items"]}
    assert set(pairs) == {"RUS|SYR", "ISIS|RUS", "ISIS|al-qaeda", "ISIS|ayman-al-zawahiri",
                          "RUS|free-army-x"}
    assert pairs["ISIS|al-qaeda"]["conflictual"] == 2
    assert pairs["ISIS|al-qaeda"]["stance"] == "hostile"
    assert pairs["RUS|SYR"]["stance"] == "ally"
    assert ids(client.get("/api/dyads", params={"min_events": 2})) == ["ISIS|al-qaeda"]
    assert ids(client.get("/api/dyads", params={"event": "AGREE"})) == ["RUS|SYR"]
    assert set(ids(client.get("/api/dyads", params={"actor": "RUS"}))) == \
        {"RUS|SYR", "ISIS|RUS", "RUS|free-army-x"}


def test_one_dyad_with_its_evidence(client):
    body = client.get("/api/dyads/ISIS/al-qaeda").json()
    assert [e["id"] for e in body["items"]] == ["art-2:e2", "art-2:e3"]
    assert body["stance"] == "hostile" and body["conflictual"] == 2
    both_ways = client.get("/api/dyads/al-qaeda/ISIS").json()
    assert [e["id"] for e in both_ways["items"]] == ["art-2:e2", "art-2:e3"]
    ties = client.get("/api/dyads/ayman-al-zawahiri/al-qaeda").json()
    assert ties["items"] == [] and ties["relations"][0]["relation"] == "leader_of"


def test_network(client):
    body = client.get("/api/network").json()
    assert body["engine"] in ("entente.api.netview", "entente.network")
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["RUS"]["type"] == "state" and nodes["RUS"]["name"] == "Russia"
    assert {e["id"] for e in body["edges"]} >= {"RUS|SYR", "ISIS|al-qaeda"}
    assert body["ties"][0]["relation"] == "leader_of"
    window = client.get("/api/network", params={"since": "2016-05-01"}).json()
    assert [e["id"] for e in window["edges"]] == ["RUS|free-army-x"]
    ego = client.get("/api/network", params={"actor": "SYR"}).json()
    assert [e["id"] for e in ego["edges"]] == ["RUS|SYR"] and ego["ties"] == []
    typed = client.get("/api/network", params={"event": "ACCUSE"}).json()
    assert [e["id"] for e in typed["edges"]] == ["ISIS|al-qaeda"]


# -- bad input -----------------------------------------------------------------------------
@pytest.mark.parametrize("url, status, words", [
    ("/api/events?since=2016-13", 400, "since must be an ISO date"),
    ("/api/events?until=yesterday", 400, "until must be an ISO date"),
    ("/api/events?event=BOMB", 400, "not a PLOVER type"),
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=100000", 422, "less than or equal to 1000"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?quad=7", 422, "quad"),
    ("/api/relations?relation=friend_of", 400, "not one of"),
    ("/api/network?max_edges=0", 422, "max_edges"),
    ("/api/actors?event=AGREE,ASSAULT", 400, "one event type"),
])
def test_bad_queries_are_clear_4xx(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status, r.text
    assert words in r.json()["detail"]


def test_wrong_method_and_path(client):
    r = client.delete("/api/events")
    assert r.status_code == 405 and "DELETE" in r.json()["detail"]
    assert client.get("/api/nothing-here").status_code == 404


# -- writing: tokens -----------------------------------------------------------------------
def test_post_needs_a_token(client):
    body = {"text": "Russia attacked Syria.", "date": "2016-06-01"}
    r = client.post("/api/documents", json=body)
    assert r.status_code == 401 and "token" in r.json()["detail"]
    assert r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/documents", json=body, headers={"Authorization": "Bearer ent_wrong"})
    assert r.status_code == 401


@pytest.mark.parametrize("body, status, words", [
    ({"text": ""}, 422, "text"),
    ({"id": "x"}, 422, "text"),
    ({"text": "Some news.", "date": "June"}, 400, "invalid \"date\""),
    ({"text": "Some news.", "colour": "red"}, 422, "colour"),
    ({"text": "Some news.", "format": "pdf"}, 422, "format"),
    ({"text": "   \n  "}, 400, "empty"),
    ({"text": "<html><body><script>x()</script></body></html>", "format": "html"}, 400,
     "no article text"),
])
def test_post_bad_documents(client, token, body, status, words):
    r = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == status, r.text
    assert words in r.json()["detail"]


def test_post_malformed_json(client, token):
    r = client.post("/api/documents", content=b"{not json",
                    headers={"Authorization": f"Bearer {token}",
                             "Content-Type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["detail"]


def test_body_size_limit(tmp_path, tokens, token):
    app = create_app(Store(str(tmp_path / "small.db")), tokens=tokens, max_document_bytes=1000)
    small = TestClient(app, base_url=BASE)
    r = small.post("/api/documents", json={"text": "x" * 400_000},
                   headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 413 and "limit" in r.json()["detail"]

    def chunks():                      # no Content-Length: counted as it streams in
        for _ in range(100):
            yield b"x" * 10_000
    r = small.post("/api/documents", content=chunks(),
                   headers={"Authorization": f"Bearer {token}",
                            "Content-Type": "application/json"})
    assert r.status_code == 413
    r = small.post("/api/documents", json={"text": "y" * 5000},
                   headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 400 and "over the" in r.json()["detail"]   # the document limit


def test_post_codes_and_stores_then_is_idempotent(tmp_path, tokens, token, pipeline):
    from entente.api import coding
    coding._pipeline = pipeline                       # share the session's loaded model
    app = create_app(Store(str(tmp_path / "w.db")), tokens=tokens)
    c = TestClient(app, base_url=BASE)
    auth = {"Authorization": f"Bearer {token}"}
    body = {"id": "post-1", "date": "2015-09-30", "title": "Strikes",
            "text": "Russian warplanes bombed rebel positions near Homs on Wednesday."}
    r = c.post("/api/documents", json=body, headers=auth)
    assert r.status_code == 201, r.text
    coded = r.json()
    assert coded["stored"] is True and coded["document"]["id"] == "post-1"
    assert coded["events"] and coded["events"][0]["event"] == "ASSAULT"
    assert coded["events"][0]["date"].startswith("2015-09")
    assert c.get("/api/events", params={"doc_id": "post-1"}).json()["count"] == \
        len(coded["events"])
    again = c.post("/api/documents", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["stored"] is False
    clash = c.post("/api/documents", json={**body, "text": "Something else entirely."},
                   headers=auth)
    assert clash.status_code == 409 and "post-1" in clash.json()["detail"]
    html = c.post("/api/documents", headers=auth, json={
        "format": "html", "date": "2015-10-01",
        "text": "<html><head><title>T</title></head><body><article><p>Russian warplanes "
                "bombed rebel positions near Homs on Thursday, the Syrian army said in a "
                "statement.</p></article></body></html>"})
    assert html.status_code == 201, html.text
    assert html.json()["document"]["published"] == "2015-10-01"
    preview = c.post("/api/code", json={"text": "Iran accused Israel of sabotage on Monday.",
                                        "date": "2021-04-12"})
    assert preview.status_code == 200 and "stored" not in preview.json()
    assert preview.json()["events"][0]["event"] == "ACCUSE"
    assert c.get("/api/stats").json()["counts"]["documents"] == 2


# -- access when reachable from the network ------------------------------------------------
def test_non_loopback_needs_a_token_for_everything(store, tokens, token):
    app = create_app(store, host="0.0.0.0", tokens=tokens)
    c = TestClient(app, base_url="http://10.1.2.3")
    for url in ("/api/events", "/api/openapi.json", "/api/network", "/api/stats"):
        r = c.get(url)
        assert r.status_code == 401, url
        assert "token" in r.json()["detail"]
    assert c.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    page = c.get("/network", headers={"Accept": "text/html"}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert c.get("/login").status_code == 200
    bad = c.post("/login", data={"token": "ent_nope", "next": "/network"})
    assert bad.status_code == 401
    ok = c.post("/login", data={"token": token, "next": "/network"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/network"
    assert "httponly" in ok.headers["set-cookie"].lower()
    assert "samesite=strict" in ok.headers["set-cookie"].lower()
    assert c.get("/network").status_code == 200                     # the cookie now
    assert c.get("/api/events").status_code == 200
    away = c.post("/login", data={"token": token, "next": "//evil.example/x"},
                  follow_redirects=False)
    assert away.headers["location"] == "/"
    out = c.post("/logout", follow_redirects=False)
    assert out.status_code == 303 and 'entente_token=""' in out.headers["set-cookie"]
    c.cookies.clear()
    assert c.get("/api/events").status_code == 401


def test_worker_processes_build_the_same_app(store, tokens, token, monkeypatch):
    from entente.api.app import ENV_CONFIG, from_environment
    monkeypatch.setenv(ENV_CONFIG, json.dumps({
        "db": store.url, "host": "0.0.0.0", "tokens": str(tokens.path),
        "require_token": False, "max_document_bytes": 1000}))
    c = TestClient(from_environment(), base_url="http://10.1.2.3")
    assert c.get("/api/stats").status_code == 401
    ok = c.get("/api/stats", headers={"Authorization": f"Bearer {token}"})
    assert ok.json()["counts"]["events"] == 6


def test_require_token_on_loopback(store, tokens, token):
    c = TestClient(create_app(store, tokens=tokens, require_token=True), base_url=BASE)
    assert c.get("/api/events").status_code == 401
    assert c.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_loopback_refuses_other_host_names(client):
    r = client.get("/api/events", headers={"Host": "attacker.example"})
    assert r.status_code == 400


def test_security_headers(client):
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


# -- tokens --------------------------------------------------------------------------------
def test_tokens_are_stored_hashed_and_revocable(tmp_path):
    tokens = TokenStore(tmp_path / "t.json")
    secret = tokens.create("alice")
    assert secret.startswith("ent_") and len(secret) > 40
    saved = (tmp_path / "t.json").read_text()
    assert secret not in saved and json.loads(saved)["tokens"][0]["name"] == "alice"
    assert (tmp_path / "t.json").stat().st_mode & 0o077 == 0
    assert tokens.verify(secret) == "alice"
    assert tokens.verify(secret + "x") is None and tokens.verify("") is None
    with pytest.raises(Exception, match="exists"):
        tokens.create("alice")
    with pytest.raises(Exception, match="token name"):
        tokens.create("bad name!")
    assert tokens.revoke("alice") and tokens.verify(secret) is None
    assert not tokens.revoke("alice")


def test_token_cli_and_serve_refusals(tmp_path):
    from typer.testing import CliRunner
    from entente.cli import app
    runner = CliRunner()
    path = tmp_path / "cli-tokens.json"
    made = runner.invoke(app, ["token", "create", "bot", "--tokens", str(path)])
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip().splitlines()[0]
    assert TokenStore(path).verify(secret) == "bot"
    listed = runner.invoke(app, ["token", "list", "--tokens", str(path)])
    assert "bot" in listed.stdout and secret not in listed.stdout
    assert runner.invoke(app, ["token", "revoke", "bot", "--tokens", str(path)]).exit_code == 0
    assert runner.invoke(app, ["token", "revoke", "bot", "--tokens", str(path)]).exit_code == 2
    db = tmp_path / "serve.db"
    Store(str(db)).close()
    wide = runner.invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0",
                               "--tokens", str(path)])
    assert wide.exit_code == 2 and "token create" in wide.output
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store" in missing.output
