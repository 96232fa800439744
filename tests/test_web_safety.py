"""Web safety: hostile text never runs, SQL is only built with parameters, tokens are kept
hashed and compared in constant time, no CORS unless asked for, and writes only from the
server's own pages.

The browser half drives Debian's Chromium with Playwright (as ``test_browser.py`` does,
reusing its set-up) over a store whose titles, texts, actor names and ids, document and
event ids, quotes, places and flags carry script (``<img onerror>``, ``"><script>``,
``javascript:`` URLs, ``</textarea>``, attribute breakers).  It visits every page (home,
search, actor, document, evidence, the network with its tooltips and side panel, the
paste/upload page and its results, sign-in and error pages), once with the
Content-Security-Policy bypassed (so that escaping alone is what is proved) and once
with it enforced (so that the UI works under it), and checks each time: no dialog,
``window.__pwned`` undefined, no console error, no element or attribute the payloads
would create, and the payloads shown as text.  Screenshots: tests/artifacts/safety-*.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import re
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install 'entente[web]')")
from fastapi.testclient import TestClient  # noqa: E402

from entente.api import create_app  # noqa: E402
from entente.api.auth import TokenStore  # noqa: E402
from entente.records import (Actor, ActorRef, Attribution, CodedDocument, Document,  # noqa: E402
                             Event, Evidence, Location, Mention, Quote, Relation)
from entente.store import Store  # noqa: E402
from test_api_support import hand_coded  # noqa: E402

BASE = "http://127.0.0.1"
WEB = Path(__file__).resolve().parents[1] / "entente" / "web"

# -- hostile records -----------------------------------------------------------------------
P_IMG = "<img src=x onerror=alert(1)>"
P_SCRIPT = '"><script>window.__pwned=1</script>'
P_SVG = "'><svg onload=window.__pwned=2>"
P_JS = "javascript:window.__pwned=3"
P_AREA = "</textarea><script>window.__pwned=4</script>"
P_ATTR = '" autofocus onfocus="window.__pwned=5" x="'
P_TITLE = "</title><script>window.__pwned=6</script>"
P_JSON = "</script><script>window.__pwned=7</script>"
NOBODY = "<img src=y onerror=alert(2)>"      # no actor is named that
PAYLOADS = [P_IMG, P_SCRIPT, P_SVG, P_JS, P_AREA, P_ATTR, P_TITLE, P_JSON]

DOC = "evil-" + P_SCRIPT                      # a document id with quotes, <, > and /
A_IMG = ("x-" + P_IMG, P_IMG)                 # (actor id, name): ids without "/"
A_SVG = ("y-" + P_SVG, P_SCRIPT)
A_JS = (P_JS, P_JS)
A_ATTR = ("z-" + P_ATTR, P_ATTR)
HOSTILE_ACTORS = [A_IMG, A_SVG, A_JS, A_ATTR]

HEADLINE = f"{P_TITLE} {P_IMG}"
S1 = f"{P_IMG} attacked {P_SCRIPT} near {P_SVG} on Monday."
QUOTED = f"{P_JSON} we will fight,"
S2 = f'"{QUOTED}" said {P_JS}.'
S3 = f"{P_ATTR} agreed with {P_IMG} on Tuesday."
S4 = f"{P_JS} leads {P_SCRIPT}. {P_AREA}"
TEXT = "\n\n".join([HEADLINE, S1, S2, S3, S4])


def _ref(actor: tuple[str, str]) -> ActorRef:
    return ActorRef(actor[0], actor[1], actor[1])


def _ev(sentence: int, part: str) -> Evidence:
    start = TEXT.index(part)
    return Evidence(sentence, start, start + len(part), part)


def hostile_coded() -> CodedDocument:
    doc = Document.create(DOC, TEXT, title=HEADLINE, url=P_JS, source=P_SVG,
                          published="2016-06-06")
    actors = tuple(Actor(i, name, "armed_group", None, None, None, DOC,
                         (Mention(TEXT.index(name), TEXT.index(name) + len(name), name),))
                   for i, name in HOSTILE_ACTORS)

    def event(n, kind, quad, who, whom, sentence, part, day, **extra):
        return Event(f"{DOC}:e{n}", DOC, kind, extra.get("mode"), extra.get("context", ()),
                     "190", quad, -5.0 if quad > 2 else 5.0, (_ref(who),), (_ref(whom),),
                     day, "day", extra.get("location"), extra.get("aux", ()),
                     extra.get("attribution", Attribution(None, ())), _ev(sentence, part),
                     0.9, "test")

    events = (
        event(1, "ASSAULT", 4, A_IMG, A_SVG, 1, S1, "2016-06-06", mode=P_IMG,
              context=(P_SVG,), location=Location(P_SVG, "SYR"), aux=(P_IMG,),
              attribution=Attribution(_ref(A_JS), (_ref(A_ATTR),))),
        event(2, "AGREE", 1, A_ATTR, A_IMG, 3, S3, "2016-06-07"),
        event(3, "THREATEN", 3, A_JS, A_IMG, 2, S2, "2016-07-01",
              attribution=Attribution(_ref(A_JS), ())),
        event(4, "COOPERATE", 2, A_SVG, A_JS, 4, S4, "2016-07-02"),
    )
    start = TEXT.index(QUOTED)
    quotes = (Quote(f"{DOC}:q1", DOC, _ref(A_JS), (_ref(A_ATTR),), P_IMG, QUOTED, start,
                    start + len(QUOTED)),)
    relations = (Relation(f"{DOC}:r1", DOC, _ref(A_JS), _ref(A_SVG), "leader_of", None, None,
                          _ev(4, S4)),)
    return CodedDocument(doc, actors, events, quotes, relations)


# Actors whose names hold LIKE wildcards, the escape character, a quote and capital
# non-ASCII letters: a search must find exactly them, taking those characters literally.
LIKE_TEXT = ("Odd names meet\n\n100% Brigade met Under_score Front, Back\\slash Union, "
             "O'Brien Faction and Ünïcødé Ärmy on Monday.")
LIKE_ACTORS = [("brigade-100", "100% Brigade"), ("under-score-front", "Under_score Front"),
               ("backslash-union", "Back\\slash Union"), ("obrien-faction", "O'Brien Faction"),
               ("unicode-army", "Ünïcødé Ärmy")]


def like_coded() -> CodedDocument:
    doc = Document.create("odd-names", LIKE_TEXT, title="Odd names meet", published="2016-08-01")
    actors = tuple(Actor(i, name, "armed_group", None, None, None, doc.id,
                         (Mention(LIKE_TEXT.index(name), LIKE_TEXT.index(name) + len(name),
                                  name),)) for i, name in LIKE_ACTORS)
    sentence = LIKE_TEXT.split("\n\n")[1]
    start = LIKE_TEXT.index(sentence)
    events = tuple(
        Event(f"odd-names:e{n}", doc.id, "CONSULT", None, (), "040", 1, 1.0,
              (ActorRef(a, an, an),), (ActorRef(b, bn, bn),), "2016-08-01", "day", None, (),
              Attribution(None, ()), Evidence(1, start, start + len(sentence), sentence), 0.9,
              "test")
        for n, ((a, an), (b, bn)) in enumerate(zip(LIKE_ACTORS, LIKE_ACTORS[1:]), 1))
    return CodedDocument(doc, actors, events)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("safety")


@pytest.fixture(scope="module")
def store(folder):
    s = Store(str(folder / "store.db"))
    for coded in [*hand_coded(), hostile_coded(), like_coded()]:
        assert s.save(coded)
    yield s
    s.close()


@pytest.fixture(scope="module")
def tokens(folder):
    return TokenStore(folder / "tokens.json")


@pytest.fixture(scope="module")
def token(tokens):
    return tokens.create("tester")


@pytest.fixture(scope="module")
def client(store, tokens):
    return TestClient(create_app(store, tokens=tokens), base_url=BASE)


@pytest.fixture
def fresh(store, tokens):
    """A client of its own, for tests that sign in (its cookie stays with it)."""
    return TestClient(create_app(store, tokens=tokens), base_url=BASE)


@pytest.fixture(scope="module")
def sql_store(folder):
    """The hand-coded articles and the odd names, without the hostile ones (whose ids
    hold '_' and would also match a search for it)."""
    s = Store(str(folder / "sql.db"))
    for coded in [*hand_coded(), like_coded()]:
        assert s.save(coded)
    yield s
    s.close()


@pytest.fixture(scope="module")
def sql_client(sql_store, tokens):
    return TestClient(create_app(sql_store, tokens=tokens), base_url=BASE)


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


# -- server-side escaping, checked without a browser ---------------------------------------
def test_templates_have_no_inline_script_and_escape_everything():
    from entente.web import pages
    assert pages._env.autoescape is True
    for path in sorted((WEB / "templates").glob("*.html")):
        html = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert 'src="/static/' in tag or 'type="application/json"' in tag, (path.name, tag)
        assert not re.search(r"\son[a-z]+\s*=", html), path.name         # no handlers
        assert "|safe" not in html.replace(" ", "") and "Markup" not in html, path.name
        assert "javascript:" not in html.lower(), path.name
    js = (WEB / "static" / "network.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function"):
        assert sink not in js, sink
    # vis-network shows a string `title` as markup in some versions: every title given to
    # it is an element built with textContent (tooltip()), never a string.
    titles = re.findall(r"\btitle:\s*([A-Za-z_]+)\(", js)
    assert titles and set(titles) == {"tooltip"}
    assert len(re.findall(r"\btitle:", js)) == len(titles)


@pytest.mark.parametrize("url", [
    "/", f"/documents/{quote(DOC, safe='')}", f"/events/{quote(DOC + ':e1', safe='')}",
    f"/events/{quote(DOC + ':e3', safe='')}", *(f"/actors/{quote(i, safe='')}" for i, _ in
                                                HOSTILE_ACTORS),
    f"/actors?q={quote(P_IMG)}", f"/actors?q={quote('<')}", f"/network?actor={quote(P_ATTR)}",
    f"/login?next={quote('/' + P_SCRIPT)}"])
def test_pages_escape_hostile_records(client, url):
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    html = r.text
    for payload in PAYLOADS:
        if payload != P_JS:                 # plain text: harmful only as a link
            assert payload not in html, (url, payload)
    assert dangerous_markup(html) == [], url


def dangerous_markup(html: str) -> list[str]:
    """What in ``html`` could run script, as a browser's parser reads it: handler
    attributes, javascript:/data: URLs, inline scripts, img/iframe/object/embed/base, and
    svg other than the actor timeline."""
    from html.parser import HTMLParser
    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            for name, value in attrs.items():
                if name.startswith("on"):
                    found.append(f"<{tag} {name}>")
                if name in ("href", "src", "action", "formaction") and re.match(
                        r"\s*(javascript|vbscript|data):", value or "", re.I):
                    found.append(f"<{tag} {name}={value}>")
            if tag in ("img", "iframe", "object", "embed", "base", "frame", "meta") and not (
                    tag == "meta" and ("charset" in attrs or attrs.get("name") == "viewport")):
                found.append(f"<{tag}>")
            if tag == "svg" and attrs.get("class") != "timeline":
                found.append("<svg>")
            if tag == "script" and not ((attrs.get("src") or "").startswith("/static/")
                                        or attrs.get("type") == "application/json"):
                found.append(f"<script {attrs}>")

    Parser().feed(html)
    return found


def test_error_pages_escape_what_they_echo(client):
    for url in (f"/documents/{quote(P_SCRIPT, safe='')}", f"/actors/{quote(NOBODY, safe='')}",
                f"/events/{quote(P_SVG, safe='')}", f"/nowhere/{quote(P_IMG, safe='')}"):
        r = client.get(url, headers={"Accept": "text/html"})
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html"), url
        assert dangerous_markup(r.text) == [], url
    bad = client.get("/network?since=<b>x</b>", headers={"Accept": "text/html"})
    assert bad.status_code == 400 and "&lt;b&gt;x&lt;/b&gt;" in bad.text
    api = client.get(f"/api/documents/{quote(P_SCRIPT, safe='')}")
    assert api.status_code == 404 and api.headers["content-type"] == "application/json"
    assert api.headers["x-content-type-options"] == "nosniff"


def test_code_form_gives_back_hostile_input_escaped(client):
    r = client.post("/code", data={"text": P_AREA + " text", "date": "<b>x", "title": P_ATTR})
    assert r.status_code == 400
    assert P_AREA not in r.text and P_ATTR not in r.text and dangerous_markup(r.text) == []
    assert "&lt;/textarea&gt;&lt;script&gt;" in r.text


def test_sign_in_goes_only_to_this_server(fresh, token):
    client = fresh
    for target in ("//evil.example/x", "https://evil.example/", "javascript:alert(1)",
                   "/\\evil.example", P_SCRIPT):
        page = client.get("/login", params={"next": target})
        assert 'name="next" value="/"' in page.text, target
        r = client.post("/login", data={"token": token, "next": target}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/", target
    for target in ("/\t/evil.example", "/%2F/evil.example"):
        r = client.post("/login", data={"token": token, "next": target}, follow_redirects=False)
        location = r.headers["location"]
        assert location.startswith("/") and not location.startswith("//"), location
        assert "\t" not in location
    wrong = client.post("/login", data={"token": "ent_guess", "next": "/"})
    assert wrong.status_code == 401 and "ent_guess" not in wrong.text


def test_sign_in_redirect_keeps_the_whole_path(store, tokens):
    wide = TestClient(create_app(store, host="0.0.0.0", tokens=tokens), base_url=BASE)
    r = wide.get("/documents/a&next=//evil.example", headers={"Accept": "text/html"},
                 follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/login?next=%2Fdocuments%2Fa%26next%3D%2F%2Fevil.example"


# -- headers ---------------------------------------------------------------------------------
def _check_headers(r, what: str) -> None:
    csp = r.headers.get("content-security-policy", "")
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives.get("script-src") == ["'self'"], (what, csp)
    assert directives.get("default-src") == ["'self'"], (what, csp)
    assert directives.get("style-src") == ["'self'"], (what, csp)           # no inline CSS
    assert directives.get("object-src") == ["'none'"], (what, csp)
    assert directives.get("frame-ancestors") == ["'none'"], (what, csp)
    assert directives.get("base-uri") == ["'none'"], (what, csp)
    assert r.headers.get("x-content-type-options") == "nosniff", what
    assert r.headers.get("x-frame-options") == "DENY", what
    assert r.headers.get("referrer-policy") == "same-origin", what
    assert "access-control-allow-origin" not in r.headers, what


def test_security_headers_on_every_kind_of_answer(client, store, tokens):
    for url in ("/", "/network", "/code", "/login", "/actors?q=isis", "/static/network.js",
                "/static/app.css", "/static/vis/vis-network.min.js", "/api/events",
                "/api/openapi.json", "/api/nowhere", "/nowhere"):
        _check_headers(client.get(url), url)
    _check_headers(client.post("/api/documents", json={"text": "x" * 11_000_000}), "413")
    _check_headers(client.get("/api/events", headers={"Host": "attacker.example"}), "bad host")
    _check_headers(client.post("/api/documents", json={"text": "x"}), "401")
    _check_headers(client.post("/code", data={"text": "x"},
                               headers={"Origin": "http://evil.example"}), "403")
    wide = TestClient(create_app(store, host="0.0.0.0", tokens=tokens), base_url=BASE)
    _check_headers(wide.get("/api/events"), "401 network")


# -- CORS ------------------------------------------------------------------------------------
FOREIGN = "http://evil.example"
NOTEBOOK = "http://localhost:8888"


def test_no_cors_by_default(client, token):
    r = client.get("/api/events", headers={"Origin": FOREIGN})
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    for method in ("GET", "POST"):
        pre = client.options("/api/documents", headers={
            "Origin": FOREIGN, "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization,content-type"})
        assert pre.status_code >= 400, pre.status_code
        assert not any(h.startswith("access-control-") for h in pre.headers), pre.headers
    # a foreign page's post is refused before anything is coded, even with a token
    post = client.post("/api/documents", json={"text": "Iran accused Israel."},
                       headers={"Origin": FOREIGN, **bearer(token)})
    assert post.status_code == 403 and "another site" in post.json()["detail"]
    assert "access-control-allow-origin" not in post.headers


def test_cors_only_for_the_sites_named(store, tokens, token, pipeline):
    from entente.api import coding
    coding._pipeline = pipeline
    app = create_app(store, tokens=tokens, cors_origins=[NOTEBOOK + "/"])
    c = TestClient(app, base_url=BASE)
    pre = c.options("/api/events", headers={"Origin": NOTEBOOK,
                                            "Access-Control-Request-Method": "GET",
                                            "Access-Control-Request-Headers": "authorization"})
    assert pre.status_code == 200
    assert pre.headers["access-control-allow-origin"] == NOTEBOOK
    assert "authorization" in pre.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-credentials" not in pre.headers
    got = c.get("/api/stats", headers={"Origin": NOTEBOOK})
    assert got.headers["access-control-allow-origin"] == NOTEBOOK
    other = c.options("/api/events", headers={"Origin": FOREIGN,
                                              "Access-Control-Request-Method": "GET"})
    assert other.status_code >= 400 and "access-control-allow-origin" not in other.headers
    assert "access-control-allow-origin" not in c.get("/api/stats",
                                                      headers={"Origin": FOREIGN}).headers
    body = {"id": "cors-post", "text": "Iran accused Israel of sabotage on Monday.",
            "date": "2021-04-12"}
    ok = c.post("/api/code", json=body, headers={"Origin": NOTEBOOK})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == NOTEBOOK
    assert c.post("/api/code", json=body, headers={"Origin": FOREIGN}).status_code == 403


def test_worker_processes_keep_the_cors_sites(store, tokens, monkeypatch):
    from entente.api.app import ENV_CONFIG, from_environment
    monkeypatch.setenv(ENV_CONFIG, json.dumps({
        "db": store.url, "host": "127.0.0.1", "tokens": str(tokens.path),
        "require_token": False, "max_document_bytes": 1000, "cors_origins": [NOTEBOOK]}))
    c = TestClient(from_environment(), base_url=BASE)
    assert c.get("/api/stats", headers={"Origin": NOTEBOOK}).headers[
        "access-control-allow-origin"] == NOTEBOOK
    monkeypatch.setenv(ENV_CONFIG, json.dumps({          # written before --cors-origin
        "db": store.url, "host": "127.0.0.1", "tokens": str(tokens.path),
        "require_token": False, "max_document_bytes": 1000}))
    c = TestClient(from_environment(), base_url=BASE)
    assert "access-control-allow-origin" not in c.get(
        "/api/stats", headers={"Origin": NOTEBOOK}).headers


@pytest.mark.parametrize("origin", ["*", "http://x.example/path", "evil.example",
                                    "ftp://x.example", "http://x.example:99999999"])
def test_cors_origins_must_be_sites(store, tokens, origin):
    from entente.errors import EntenteError
    with pytest.raises(EntenteError, match="--cors-origin"):
        create_app(store, tokens=tokens, cors_origins=[origin])


def test_serve_refuses_a_wildcard_cors_origin(tmp_path):
    from typer.testing import CliRunner
    from entente.cli import app
    db = tmp_path / "s.db"
    Store(str(db)).close()
    out = CliRunner().invoke(app, ["serve", "--db", str(db), "--cors-origin", "*",
                                   "--tokens", str(tmp_path / "t.json")])
    assert out.exit_code == 2 and "--cors-origin" in out.output


# -- writes from other sites (CSRF) ------------------------------------------------------------
@pytest.mark.parametrize("headers", [
    {"Origin": "http://127.0.0.1:9999"},              # another port of the same machine
    {"Origin": FOREIGN}, {"Origin": "null"}, {"Origin": "http://127.0.0.1.evil.example"},
    {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}])
def test_writes_from_another_sites_page_are_refused(client, token, headers):
    for path, kwargs in (("/code", {"data": {"text": "Iran accused Israel.", "store": "1"}}),
                         ("/login", {"data": {"token": token, "next": "/"}}),
                         ("/logout", {}),
                         ("/api/documents", {"json": {"text": "Iran accused Israel."}}),
                         ("/api/code", {"json": {"text": "Iran accused Israel."}})):
        r = client.post(path, headers={**headers, **bearer(token)}, follow_redirects=False,
                        **kwargs)
        assert r.status_code == 403, (path, headers, r.status_code)
        assert "set-cookie" not in r.headers
    assert client.get("/api/stats", headers=headers).status_code == 200     # reads are fine


def test_writes_from_own_pages_and_plain_clients_pass(fresh, token):
    client = fresh
    for headers in ({"Origin": BASE}, {"Origin": BASE, "Sec-Fetch-Site": "same-origin"}, {},
                    {"Sec-Fetch-Site": "none"}):
        r = client.post("/login", data={"token": token, "next": "/"}, headers=headers,
                        follow_redirects=False)
        assert r.status_code == 303, headers
    r = client.post("/login", data={"token": token, "next": "/"},
                    headers={"Origin": "http://127.0.0.1:80", "Host": "127.0.0.1"},
                    follow_redirects=False)
    assert r.status_code == 303


# -- tokens ------------------------------------------------------------------------------------
def test_tokens_are_kept_as_sha256_only(tmp_path):
    path = tmp_path / "tokens.json"
    store = TokenStore(path)
    secrets_ = [store.create(f"user{i}") for i in range(3)]
    saved = path.read_text(encoding="utf-8")
    entries = json.loads(saved)["tokens"]
    for secret, entry in zip(secrets_, entries):
        assert secret not in saved and secret[4:] not in saved
        assert entry["sha256"] == hashlib.sha256(secret.encode()).hexdigest()
        assert set(entry) == {"name", "sha256", "created"}
    assert path.stat().st_mode & 0o077 == 0


def test_token_check_compares_every_hash_in_constant_time(tmp_path, monkeypatch):
    from entente.api import auth
    store = TokenStore(tmp_path / "tokens.json")
    secrets_ = [store.create(f"user{i}") for i in range(3)]
    calls = []
    compare = auth.hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    for secret, name in ((secrets_[0], "user0"), (secrets_[2], "user2"), ("ent_wrong", None)):
        calls.clear()
        assert store.verify(secret) == name
        # every stored hash is compared (no early exit), always digest against digest
        assert len(calls) == 3
        assert all(len(a) == len(b) == 64 for a, b in calls)
        assert {b for _a, b in calls} == {e["sha256"] for e in store.entries()}
    source = Path(auth.__file__).read_text(encoding="utf-8")
    assert "hmac.compare_digest" in source and "secrets.token_urlsafe" in source
    verify = source.split("def verify", 1)[1]
    assert "==" not in verify.split("return found")[0].replace("len(token) > 256", "")


def test_sign_in_cookie_is_httponly_and_strict(fresh, token):
    r = fresh.post("/login", data={"token": token, "next": "/"}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert fresh.cookies.get("entente_token") == token
    for url in ("/", "/code", "/login"):             # never written into a page
        assert token not in fresh.get(url).text


# -- SQL only through parameters ---------------------------------------------------------------
INJECTIONS = ["' OR 1=1 --", "\" OR \"\"=\"", "%", "_", "\\", "\\%", "%' --",
              "ISIS' OR '1'='1", "1; DROP TABLE events; --",
              "' UNION SELECT record FROM events --", "O'Brien", "Ünïcødé", "ärmy ünïcødé",
              "\u0000", "🙂' OR 1=1 --", "x\\' OR 1=1 --"]
SEARCH_EXPECTED = {"%": ["brigade-100"], "_": ["under-score-front"], "\\": ["backslash-union"],
                   "O'Brien": ["obrien-faction"], "Ünïcødé": ["unicode-army"]}


def _items(r) -> list:
    assert r.status_code < 500, (r.request.url, r.status_code, r.text[:300])
    return r.json()["items"] if r.status_code == 200 else []


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_through_every_filter(sql_client, sql_store, value):
    client, store = sql_client, sql_store
    before = store.counts()
    v = quote(value, safe="")
    list_urls = [f"/api/events?{p}={v}" for p in ("actor", "source", "target", "doc_id")] + \
        [f"/api/actors?actor={v}", f"/api/quotes?actor={v}", f"/api/quotes?doc_id={v}",
         f"/api/relations?actor={v}", f"/api/relations?doc_id={v}", f"/api/dyads?actor={v}",
         f"/api/dyads/{v}/ISIS", f"/api/dyads/ISIS/{v}"]
    for url in list_urls:
        assert _items(client.get(url)) == [], url          # nothing is named that
    assert [a["id"] for a in _items(client.get(f"/api/actors?q={v}"))] == \
        SEARCH_EXPECTED.get(value, []), value
    network = client.get(f"/api/network?actor={v}")
    assert network.status_code == 200 and network.json()["edges"] == []
    for url in (f"/api/events?event={v}", f"/api/events?since={v}", f"/api/actors?until={v}",
                f"/api/relations?relation={v}", f"/api/events?quad={v}",
                f"/api/events?limit={v}"):
        r = client.get(url)
        assert r.status_code in (400, 422), (url, r.status_code)
    for url in (f"/api/documents/{v}", f"/api/documents/{v}/records", f"/api/events/{v}",
                f"/api/events/{v}/evidence", f"/api/actors/{v}", f"/documents/{v}",
                f"/events/{v}", f"/actors/{v}"):
        assert client.get(url).status_code == 404, url
    for url in (f"/actors?q={v}", f"/network?actor={v}"):
        assert client.get(url).status_code == 200, url
    assert store.counts() == before
    assert client.get("/api/events?limit=1000").json()["count"] == before["events"]


def test_search_takes_wildcards_literally_in_pages_too(sql_client):
    client = sql_client
    html = client.get("/actors?q=%25").text
    assert 'href="/actors/brigade-100"' in html and "under-score-front" not in html
    assert [a["id"] for a in _items(client.get("/api/actors?q=under_"))] == ["under-score-front"]
    assert [e["id"] for e in _items(client.get("/api/events?actor=100%25 Brigade"))] == \
        ["odd-names:e1"]
    assert [e["id"] for e in _items(client.get(
        f"/api/events?actor={quote(chr(220) + 'nïcødé Ärmy')}"))] == ["odd-names:e4"]


def test_posted_documents_with_injection_strings_are_stored_as_given(tmp_path, tokens, token,
                                                                     pipeline):
    from entente.api import coding
    coding._pipeline = pipeline
    store = Store(str(tmp_path / "posts.db"))
    assert store.save(like_coded())
    c = TestClient(create_app(store, tokens=tokens), base_url=BASE)
    before = store.counts()
    for n, doc_id in enumerate(["' OR 1=1 --", "%_\\", "Ünïcødé'; DROP TABLE documents; --"]):
        body = {"id": doc_id, "title": doc_id + " " + P_SCRIPT, "source": "' OR ''='",
                "url": P_JS, "date": "2021-04-12",
                "text": f"Headline {n}\n\nIran accused Israel of sabotage {n} on Monday."}
        r = c.post("/api/documents", json=body, headers=bearer(token))
        assert r.status_code == 201, r.text
        got = c.get(f"/api/documents/{quote(doc_id, safe='')}").json()
        assert got["id"] == doc_id and got["title"] == body["title"] and got["url"] == P_JS
        events = _items(c.get(f"/api/events?doc_id={quote(doc_id, safe='')}"))
        assert events and {e["doc_id"] for e in events} == {doc_id}
    after = store.counts()
    assert after["documents"] == before["documents"] + 3
    assert [a["id"] for a in _items(c.get("/api/actors?q=%25"))] == ["brigade-100"]
    store.close()


# -- the browser -------------------------------------------------------------------------------
def _tb():
    """test_browser's set-up (Chromium path, flags, artifacts); skips without them."""
    import test_browser
    return test_browser


@contextlib.contextmanager
def _serve(app):
    import uvicorn
    port = _tb()._free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


POSTED_ID = "posted-" + P_IMG
POSTED = {"id": POSTED_ID, "title": P_TITLE, "url": P_JS, "source": P_SVG, "date": "2021-04-12",
          "text": f"Talks {P_IMG} collapse\n\nIran accused Israel of sabotage at the Natanz "
                  f"site on Monday. {P_SCRIPT}\n\n\"We will respond {P_JSON},\" said Iran's "
                  "foreign minister."}


@pytest.fixture(scope="module")
def live(folder, pipeline, token):
    tb = _tb()
    from entente.api import coding
    coding._pipeline = pipeline
    store = Store(str(folder / "browser.db"))
    assert store.save(hostile_coded())
    app = create_app(store, tokens=TokenStore(folder / "tokens.json"))
    with _serve(app) as url:
        import httpx
        r = httpx.post(url + "/api/documents", json=POSTED, headers=bearer(token), timeout=60)
        assert r.status_code == 201, r.text
        yield url
    store.close()
    del tb


@pytest.fixture(scope="module")
def chromium():
    tb = _tb()
    tb.ARTIFACTS.mkdir(exist_ok=True)
    with tb.playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(tb.CHROMIUM), args=tb.ARGS)
        yield b
        b.close()


WATCH = """document.addEventListener('securitypolicyviolation', e =>
  (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));"""

INERT = r"""() => {
  const bad = [];
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) bad.push('handler ' + a.name + ' on ' + el.tagName);
      if (urlAttrs.includes(a.name.toLowerCase()) &&
          /^\s*(javascript|vbscript|data):/i.test(a.value))
        bad.push('url ' + a.name + '=' + a.value);
    }
    const tag = el.tagName.toUpperCase();
    if (['IMG', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'BASE', 'FORM'].includes(tag) &&
        !(tag === 'FORM' && (el.getAttribute('action') || '').startsWith('/')))
      bad.push('element ' + tag);
    if (tag === 'SCRIPT' && el.type !== 'application/json' &&
        !/^\/static\//.test(el.getAttribute('src') || ''))
      bad.push('script ' + el.outerHTML.slice(0, 80));
    if (tag === 'SVG' && !el.classList.contains('timeline')) bad.push('svg');
  }
  return {pwned: window.__pwned === undefined ? null : String(window.__pwned),
          csp: window.__csp || [], bad: bad};
}"""


class Tour:
    """One browser page and what it saw: dialogs, errors, console errors."""

    def __init__(self, chromium, server: str, enforce_csp: bool):
        self.server, self.enforce = server, enforce_csp
        self.context = chromium.new_context(viewport={"width": 1400, "height": 1000},
                                            bypass_csp=not enforce_csp)
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.dialogs, self.errors, self.console = [], [], []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.console.append(m.text))
        self.visited: list[str] = []

    def go(self, path: str, status: int = 200):
        response = self.page.goto(self.server + path)
        assert response.status == status, (path, response.status)
        return response

    def check(self, where: str, shown: list[str] = (), error_status: bool = False) -> None:
        if error_status:        # the browser logs the page's own 4xx status, nothing else
            self.console = [m for m in self.console if not re.fullmatch(
                r"Failed to load resource: the server responded with a status of 4\d\d.*", m)]
        state = self.page.evaluate(INERT)
        assert state["pwned"] is None, (where, state)
        assert state["bad"] == [], (where, state["bad"])
        assert state["csp"] == [], (where, state["csp"])
        assert self.dialogs == [] and self.errors == [], (where, self.dialogs, self.errors)
        assert self.console == [], (where, self.console)
        text = self.page.inner_text("body")
        for payload in shown:
            assert payload in text, (where, payload)
        self.visited.append(where)

    def shot(self, name: str) -> None:
        mode = "csp" if self.enforce else "nocsp"
        self.page.screenshot(path=str(_tb().ARTIFACTS / f"safety-{mode}-{name}.png"),
                             full_page=True)


def _node_point(page, node_id: str) -> dict:
    return page.evaluate("""(id) => {
        const n = window.ententeNetwork, p = n.getPositions([id])[id];
        const d = n.canvasToDOM(p), box = document.getElementById('graph').getBoundingClientRect();
        return {x: box.left + d.x, y: box.top + d.y};
    }""", node_id)


@pytest.mark.parametrize("enforce_csp", [False, True], ids=["escaping-alone", "csp-enforced"])
def test_hostile_articles_run_nothing_in_the_browser(chromium, live, token, enforce_csp):
    tour = Tour(chromium, live, enforce_csp)
    page = tour.page
    try:
        # home, search, actor pages
        tour.go("/")
        tour.check("home", [HEADLINE, P_IMG, P_SCRIPT, P_JS, P_TITLE])
        tour.shot("home")
        for query, name in ((P_IMG, P_IMG), ("<script>", P_SCRIPT), ("javascript:", P_JS)):
            tour.go("/actors?q=" + quote(query, safe=""))
            tour.check("search " + query, [query, name])
        page.locator("a.actor-result", has_text=P_JS).first.click()
        page.wait_for_selector("h1.actor-name")
        tour.check("actor via search", [P_JS])
        for actor_id, name in HOSTILE_ACTORS:
            tour.go("/actors/" + quote(actor_id, safe=""))
            assert page.inner_text("h1.actor-name") == name
            tour.check("actor " + name, [name, actor_id])
        tour.shot("actor")

        # document, evidence
        tour.go("/documents/" + quote(DOC, safe=""))
        assert page.inner_text("h1") == HEADLINE
        tour.check("document", [DOC, P_JS, P_SVG, S1, S3, QUOTED, P_AREA])
        tour.shot("document")
        page.click("a.evidence-link >> nth=0")
        page.wait_for_selector("mark#evidence")
        assert page.inner_text("mark#evidence") == S1
        tour.check("evidence e1", [P_IMG, P_SCRIPT, P_SVG, P_JS, P_ATTR])
        tour.go("/events/" + quote(DOC + ":e3", safe=""))
        tour.check("evidence e3", [QUOTED, P_JS])
        tour.shot("evidence")
        tour.go("/documents/" + quote(POSTED_ID, safe=""))
        assert page.inner_text("h1") == P_TITLE
        tour.check("posted document", [POSTED_ID, P_TITLE, P_IMG, P_SCRIPT, P_JSON])

        # the network: nodes, tooltips, the side panel, the pairs table, ties
        tour.go("/network?actor=" + quote(P_ATTR, safe=""))
        page.wait_for_selector("#graph[data-ready='1']", timeout=30_000)
        tour.check("network of a hostile actor", [P_ATTR])
        tour.go("/network?since=2016-06&until=2016-07")
        page.wait_for_selector("#graph[data-ready='1']", timeout=30_000)
        page.locator("#graph").scroll_into_view_if_needed()
        view = page.evaluate("() => fetch('/api/network?since=2016-06&until=2016-07')"
                             ".then(r => r.json())")
        assert {n["id"] for n in view["nodes"]} == {i for i, _ in HOSTILE_ACTORS}
        for node in view["nodes"]:
            point = _node_point(page, node["id"])
            page.mouse.move(point["x"] + 40, point["y"] + 40)
            page.mouse.move(point["x"], point["y"], steps=4)
            tip = page.wait_for_selector(".vis-tooltip", state="visible", timeout=5_000)
            assert node["name"] in tip.inner_text(), node
            assert tip.evaluate("t => t.querySelectorAll('img, svg, script').length") == 0
            tour.check("tooltip " + node["name"])
            page.mouse.click(point["x"], point["y"])
            page.wait_for_function("(name) => document.getElementById('panel-title')"
                                   ".textContent === name", arg=node["name"])
            tour.check("node panel " + node["name"], [node["name"]])
        tour.shot("network-tooltip")
        rows = page.locator("#edge-list tbody button")
        assert rows.count() == len(view["edges"]) >= 3
        for i in range(rows.count()):
            page.evaluate("() => { const m = document.getElementById('evidence-mark');"
                          " if (m) m.remove(); }")
            rows.nth(i).click()
            page.wait_for_selector("#evidence-mark", timeout=15_000)
            tour.check(f"edge {i}", [HEADLINE])
        page.locator("#edge-list tbody button", has_text=f"{P_JS} – {P_IMG}").click()
        page.wait_for_function("() => document.querySelector('#evidence blockquote')")
        tour.check("edge with a quote", [QUOTED, P_JS])
        tour.shot("network-evidence")
        tie = view["ties"][0]
        page.evaluate("(id) => { document.getElementById('evidence').replaceChildren();"
                      " window.ententeNetwork.emit('click', {nodes: [], edges: [id]}); }",
                      "tie:" + tie["id"])
        page.wait_for_selector("#evidence-mark", timeout=15_000)
        assert page.inner_text("#evidence-mark") == S4
        tour.check("tie", [P_JS, P_SCRIPT, P_AREA])

        # code an article: paste, a form given back with an error, uploads
        tour.go("/code")
        page.fill("textarea[name=text]", POSTED["text"])
        page.fill("input[name=title]", P_ATTR)
        page.fill("input[name=date]", "2021-04-12")
        page.click(".code-form button[type=submit]")
        page.wait_for_selector("table.events")
        tour.check("pasted", [P_ATTR, P_IMG, P_SCRIPT, P_JSON])
        tour.shot("pasted")
        tour.go("/code")
        page.fill("textarea[name=text]", P_AREA + " Iran accused Israel.")
        page.fill("input[name=title]", P_ATTR)
        page.fill("input[name=date]", "<b>x")
        page.click(".code-form button[type=submit]")
        page.wait_for_selector(".notice.error")
        assert page.input_value("textarea[name=text]") == P_AREA + " Iran accused Israel."
        assert page.input_value("input[name=title]") == P_ATTR
        assert page.input_value("input[name=date]") == "<b>x"
        tour.check("form given back", error_status=True)
        html = (f"<html><head><title>{P_TITLE}</title><script>window.__pwned=9</script></head>"
                f"<body><article><h1>Talks {P_IMG} collapse</h1><p>Iran accused Israel of "
                f"sabotage at the Natanz site on Monday, officials said. &lt;script&gt;window"
                f".__pwned=10&lt;/script&gt; {P_SVG}</p></article></body></html>").encode()
        for name, data, mime in (("evil.html", html, "text/html"),
                                 (f"{P_IMG}.txt", TEXT.encode(), "text/plain")):
            tour.go("/code")
            page.set_input_files("input[name=file]", files=[
                {"name": name, "mimeType": mime, "buffer": data}])
            page.fill("input[name=date]", "2021-04-12")
            page.click(".code-form button[type=submit]")
            page.wait_for_selector("table.events")
            tour.check("upload " + name, ["<script>window.__pwned=10</script>"]
                       if name.endswith(".html") else [P_AREA, QUOTED])
        tour.shot("upload")

        # signing in (next= given hostile), then storing a pasted article
        tour.go("/login?next=" + quote("/" + P_SCRIPT, safe=""))
        assert page.input_value("input[name=next]") == "/" + P_SCRIPT
        tour.check("login with a hostile next")
        tour.go("/login?next=" + quote(P_JS, safe=""))
        assert page.input_value("input[name=next]") == "/"
        page.fill("input[name=token]", "ent_" + P_IMG)
        page.click(".login button")
        page.wait_for_selector(".notice.error")
        tour.check("login refused", error_status=True)
        page.fill("input[name=token]", token)
        page.click(".login button")
        page.wait_for_url(live + "/")
        tour.go("/code")
        page.fill("textarea[name=text]", f"{P_TITLE}\n\nIran accused Israel of sabotage at "
                                         f"Natanz on Monday. {P_IMG}")
        page.fill("input[name=date]", "2021-04-12")
        page.check("input[name=store]")
        page.click(".code-form button[type=submit]")
        page.wait_for_selector(".notice.ok, .notice")
        assert "store" in page.inner_text(".notice").lower()
        tour.check("pasted and stored", [P_TITLE, P_IMG])

        # error pages and the API's JSON as a browser shows it
        tour.go("/documents/" + quote(P_SCRIPT, safe=""), status=404)
        tour.check("404 document", [P_SCRIPT], error_status=True)
        tour.go("/actors/" + quote(NOBODY, safe=""), status=404)
        tour.check("404 actor", [NOBODY], error_status=True)
        tour.go("/network?since=" + quote("<b>x</b>", safe=""), status=400)
        tour.check("400 network", ["<b>x</b>"], error_status=True)
        tour.go("/api/events/" + quote(DOC + ":e1", safe="") + "/evidence")
        tour.check("evidence JSON")
        tour.go("/api/documents/" + quote(P_IMG, safe=""), status=404)
        tour.check("404 JSON", error_status=True)
    finally:
        tour.context.close()
    assert len(tour.visited) >= 40


def test_load_test_refuses_to_leave_loopback():
    import importlib.util
    path = Path(__file__).resolve().parents[1] / "bench" / "load_serve.py"
    spec = importlib.util.spec_from_file_location("load_serve", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        assert module.check_loopback(host) == host
    for host in ("0.0.0.0", "10.0.0.1", "example.org", "::"):
        with pytest.raises(SystemExit, match="loopback"):
            module.check_loopback(host)
