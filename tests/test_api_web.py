"""The web UI's pages, served by the API's app: what they show, that article text and
names are escaped, and the paste-an-article page."""
from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install 'entente[web]')")
from fastapi.testclient import TestClient  # noqa: E402

from entente.api import create_app  # noqa: E402
from entente.api.auth import TokenStore  # noqa: E402
from entente.web.text import segments, trimmed  # noqa: E402
from test_api_support import hand_coded_store  # noqa: E402

BASE = "http://127.0.0.1"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    store = hand_coded_store(folder / "store.db")
    yield TestClient(create_app(store, tokens=TokenStore(folder / "t.json")), base_url=BASE)
    store.close()


def page(client, url: str) -> str:
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_home_lists_counts_actors_and_documents(client):
    html = page(client, "/")
    assert "3 documents" in html and "6 events" in html
    assert 'href="/actors/ISIS"' in html and 'href="/documents/art-1"' in html


def test_search(client):
    html = page(client, "/actors?q=qaeda")
    assert 'href="/actors/al-qaeda"' in html and "al-Qaeda" in html
    assert "No stored actor matches" in page(client, "/actors?q=zzzz")


def test_actor_page(client):
    html = page(client, "/actors/ISIS")
    assert "Islamic State" in html and "Enemies" in html
    assert 'href="/actors/al-qaeda"' in html                 # an enemy
    assert "<svg class=\"timeline\"" in html and "2016-03" in html
    assert 'href="/network?actor=ISIS"' in html
    assert 'href="/events/art-2%3Ae1"' in html               # an event, linked to its evidence
    assert client.get("/actors/nobody", headers={"Accept": "text/html"}).status_code == 404


def test_evidence_page_highlights_the_span(client):
    html = page(client, "/events/art-2:e1")
    assert '<mark id="evidence"' in html
    assert "said by" in html and "Ayman al-Zawahiri" in html
    assert "We must stop fighting each other," in html        # the quote
    marked = html.split('<mark id="evidence"', 1)[1].split(">", 1)[1].split("</mark>", 1)[0]
    assert marked.startswith("&#34;We must stop") or marked.startswith("&quot;We must stop")


def test_article_text_and_names_are_escaped(client):
    for url in ("/documents/art-3", "/events/art-3:e1", "/actors/free-army-x", "/",
                "/actors?q=free"):
        html = page(client, url)
        assert "<script>alert" not in html and "<i>Free Army</i>" not in html, url
        assert "&lt;i&gt;Free Army&lt;/i&gt;" in html, url
    assert "&lt;script&gt;alert(" in page(client, "/documents/art-3")


def test_network_page_uses_local_assets_only(client):
    html = page(client, "/network?since=2016-03&event=ASSAULT")
    assert '<script src="/static/vis/vis-network.min.js">' in html
    assert '<script src="/static/network.js">' in html
    assert "http://" not in html.replace(BASE, "") and "https://" not in html
    assert 'value="ASSAULT" checked' in html
    js = client.get("/static/vis/vis-network.min.js")
    assert js.status_code == 200 and len(js.content) > 100_000
    assert client.get("/static/vis/vis-network.css").status_code == 200
    assert "textContent" in client.get("/static/network.js").text
    assert "innerHTML" not in client.get("/static/network.js").text
    assert client.get("/network?since=someday").status_code == 400


def test_code_page_previews_without_storing(client, pipeline):
    from entente.api import coding
    coding._pipeline = pipeline
    assert "Code an article" in page(client, "/code")
    r = client.post("/code", data={"text": "Headline <b>here</b>\n\nIran accused Israel of "
                                           "sabotage on Monday.", "date": "2021-04-12"})
    assert r.status_code == 200, r.text
    assert "ACCUSE" in r.text and "<mark" in r.text and "&lt;b&gt;here" in r.text
    assert "not stored" in r.text and 'href="/events/' not in r.text     # nothing to link to
    assert "<h1>Headline &lt;b&gt;here&lt;/b&gt;</h1>" in r.text
    assert client.get("/api/stats").json()["counts"]["documents"] == 3
    upload = client.post("/code", data={"date": "2021-04-12"},
                         files={"file": ("note.txt", b"Iran accused Israel of sabotage.",
                                         "text/plain")})
    assert upload.status_code == 200 and "ACCUSE" in upload.text
    bad = client.post("/code", data={"text": "", "date": ""})
    assert bad.status_code == 400 and "paste an article" in bad.text
    wrong_file = client.post("/code", files={"file": ("a.pdf", b"%PDF-1.4", "application/pdf")})
    assert wrong_file.status_code == 400 and ".txt or .html" in wrong_file.text
    needs_token = client.post("/code", data={"text": "Iran accused Israel.", "store": "1"})
    assert needs_token.status_code == 401 and "sign in" in needs_token.text


def test_unknown_page_is_html_for_browsers(client):
    r = client.get("/nowhere", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "<h1>404</h1>" in r.text


def test_segments_cover_the_text_once():
    text = "abcdefghij"
    parts = segments(text, [(2, 5), (4, 8), (20, 30)])
    assert "".join(p for p, _ in parts) == text
    assert parts == [("ab", []), ("cd", [0]), ("e", [0, 1]), ("fgh", [1]), ("ij", [])]
    assert trimmed("  x y \n\n", 0, 8) == (2, 5)
