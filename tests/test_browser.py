"""The web UI in a real browser: Playwright drives Debian's Chromium (/usr/bin/chromium,
installed by .ci/run; never downloaded), headless, against a server these tests start on
127.0.0.1 over a store coded from test articles (and the seed article when ../shared is
there).  Screenshots go to tests/artifacts/."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium "
                "(apt-get install chromium chromium-driver); .ci/run installs it",
                allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api",
                                 reason="browser tests need playwright (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed")

from entente.api import create_app  # noqa: E402
from entente.api.auth import TokenStore  # noqa: E402
from test_api_support import pipeline_store  # noqa: E402

ARTIFACTS = Path(__file__).parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    from entente.api import coding
    coding._pipeline = pipeline
    folder = tmp_path_factory.mktemp("browser")
    store = pipeline_store(folder / "store.db", pipeline)
    app = create_app(store, tokens=TokenStore(folder / "tokens.json"))
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.errors = []
    pg.dialogs = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _edge_point(page, edge_id: str) -> dict | None:
    """A point of the drawn edge that the network itself says is on that edge."""
    return page.evaluate("""(id) => {
        const n = window.ententeNetwork, e = n.body.edges[id];
        if (!e) return null;
        const p = n.getPositions([e.fromId, e.toId]), a = p[e.fromId], b = p[e.toId];
        const box = document.getElementById('graph').getBoundingClientRect();
        for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
            const dom = n.canvasToDOM({x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f});
            if (n.getEdgeAt(dom) === id && n.getNodeAt(dom) === undefined)
                return {x: box.left + dom.x, y: box.top + dom.y};
        }
        return null;
    }""", edge_id)


def test_search_actor_open_network_click_edge_read_evidence(server, page):
    page.goto(server + "/")
    shot(page, "01-home")
    page.fill(".big-search input[name=q]", "Islamic")
    page.click(".big-search button")
    page.wait_for_selector("a.actor-result")
    shot(page, "02-search")
    page.click("a.actor-result >> nth=0")
    page.wait_for_selector("h1.actor-name")
    actor_url = page.url
    actor_id = actor_url.rsplit("/", 1)[1]
    assert page.inner_text("h1.actor-name").strip() == "Islamic State"
    shot(page, "03-actor")

    page.click("text=’s network")
    page.wait_for_selector("#graph[data-ready='1']", timeout=30_000)
    network = page.evaluate("(u) => fetch(u).then(r => r.json())",
                            f"/api/network?actor={actor_id}")
    assert network["edges"], "the actor's network has no edge"
    edge = network["edges"][0]
    point = _edge_point(page, edge["id"])
    assert point, f"edge {edge['id']} is not clickable on the canvas"
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#evidence-mark", timeout=15_000)

    dyad = page.evaluate("(u) => fetch(u).then(r => r.json())",
                         f"/api/dyads/{quote(edge['source'])}/{quote(edge['target'])}")
    expected = dyad["items"][0]["evidence"]["text"].strip()
    assert page.inner_text("#evidence-mark").strip() == expected
    assert page.locator("#dyad-events li").count() == len(dyad["items"])
    assert page.locator("#dyad-events li.current").count() == 1
    title = page.inner_text("#panel-title")
    names = {n["id"]: n["name"] for n in network["nodes"]}
    assert names[edge["source"]] in title and names[edge["target"]] in title
    shot(page, "04-network-evidence")

    page.click("#evidence a[href^='/events/']")
    page.wait_for_selector("mark#evidence")
    assert page.inner_text("mark#evidence").strip() == expected
    shot(page, "05-evidence-page")
    assert page.errors == [] and page.dialogs == []


def test_network_time_slider_and_filters(server, page):
    page.goto(server + "/network")
    page.wait_for_selector("#graph[data-ready='1']", timeout=30_000)
    every = page.inner_text("#status")
    assert "pair" in every
    shot(page, "06-network-all")
    page.eval_on_selector("#time", "(s) => { s.value = 0; s.dispatchEvent(new Event('input'));"
                                   " s.dispatchEvent(new Event('change')); }")
    page.wait_for_function("() => document.getElementById('time-label').textContent"
                           ".startsWith('end of')")
    page.wait_for_selector("#graph[data-ready='1']", timeout=30_000)
    assert page.inner_text("#time-label").startswith("end of ")
    page.goto(server + "/network?event=PROTEST")
    page.wait_for_selector("#graph[data-ready='1']", timeout=30_000)
    assert "no events match" in page.inner_text("#status")
    assert page.errors == []


def test_paste_an_article_and_see_it_coded_escaped(server, page):
    page.goto(server + "/code")
    page.fill("textarea[name=text]",
              "Talks <img src=x onerror=alert(1)> collapse\n\nIran accused Israel of sabotage "
              "at the Natanz site on Monday.")
    page.fill("input[name=date]", "2021-04-12")
    page.click(".code-form button[type=submit]")
    page.wait_for_selector("table.events")
    assert "ACCUSE" in page.inner_text("table.events")
    assert page.locator(".article-text mark").count() >= 1
    assert "<img src=x onerror=alert(1)>" in page.inner_text(".article-text")   # shown as text
    shot(page, "07-code-result")
    assert page.dialogs == [] and page.errors == []
