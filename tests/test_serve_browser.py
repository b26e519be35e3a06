"""Real-browser tests of the dashboard: Chromium driven by Playwright.

A server runs on a free loopback port in a thread, over a database built
from ``examples/`` through the real pipeline (or, while the examples or the
extractor are missing, from the hand-made records of ``test_serve_fixtures``).
The test walks relations → events → event → document the way a reader
would, checks the highlighted evidence and the right-to-left direction, and
saves screenshots under ``test-artifacts/``.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from diplowatch.serve.pages import RTL_LANGS
from test_serve_fixtures import build_store

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium not installed (run scripts/ensure-chromium)",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_server(db: Path, **settings: Any) -> Iterator[str]:
    """uvicorn serving the app in a thread; yields its base URL."""
    import uvicorn

    from diplowatch.serve import create_app
    from diplowatch.serve.access import Settings

    port = free_port()
    app = create_app(Settings(db=db, **settings))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def ingest_examples(db: Path) -> bool:
    """Ingest ``examples/`` with the real pipeline; False when that is not possible yet."""
    if not EXAMPLES.is_dir() or not any(EXAMPLES.glob("*.txt")):
        return False
    try:
        from diplowatch.ingest import iter_documents
        from diplowatch.problems import ProblemReporter
        from diplowatch.store import Store
        from diplowatch.store.ingest import ingest
    except ImportError:
        return False
    reporter = ProblemReporter(stream=None)
    with Store(db) as store:
        ingest(store, iter_documents([str(EXAMPLES)], reporter))
        usable = [
            e
            for lang in RTL_LANGS
            for e in store.events(lang=lang, limit=50)
            if len({a.get("code") for a in e["actors"]} - {None}) >= 2 and e["evidence"]
        ]
    return bool(usable)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db = tmp_path_factory.mktemp("browser") / "site.db"
    real = ingest_examples(db)
    if not real:
        if EXAMPLES.is_dir() and any(EXAMPLES.glob("*.txt")):
            warnings.warn(
                "examples/ gave no Arabic or Persian event with two actors through the real "
                "pipeline; the browser tests fall back to hand-made records",
                stacklevel=1,
            )
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        build_store(db)
    with running_server(db) as base:
        yield {"base": base, "db": db, "real_pipeline": real}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any, site: dict[str, Any]) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=site["base"])
    # Nothing may leave 127.0.0.1: fail any request elsewhere.
    outside: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(site["base"]) or url.startswith("data:"):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    errors: list[str] = []
    pg = context.new_page()
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()
    assert not outside, f"requests left the machine: {outside}"
    assert not errors, f"browser errors: {errors}"


def shot(pg: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"serve-{name}.png"), full_page=True)


def rtl_event(base: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """An event reported in Arabic or Persian, and that mention."""
    for lang in RTL_LANGS:
        rows = httpx.get(f"{base}/api/events", params={"lang": lang, "limit": 50}).json()["events"]
        for row in rows:
            if len({a["code"] for a in row["actors"]}) < 2:
                continue
            event = httpx.get(f"{base}/api/events/{row['id']}").json()
            for mention in event["mentions"]:
                if mention["lang"] == lang and mention["evidence"]:
                    return event, mention
    raise AssertionError("no Arabic or Persian event with evidence in the test database")


def test_click_from_relations_to_the_evidence_sentence(page: Any, site: dict[str, Any]) -> None:
    event, mention = rtl_event(site["base"])
    codes = list(dict.fromkeys(a["code"] for a in event["actors"]))
    focus, partner = codes[0], codes[1]

    page.goto(f"/relations?focus={focus}")
    edge = page.locator(f'svg#network a.edge[data-partner="{partner}"]')
    assert edge.count() == 1
    assert int(edge.get_attribute("data-events")) >= 1
    shot(page, "relations")
    # A vertical or horizontal line has a zero-width box, which Playwright calls
    # invisible; force skips that check, the click still lands on the line's middle.
    edge.locator("line.hit").click(force=True)
    page.wait_for_url(f"**/events?actor={focus}&partner={partner}*")

    row = page.locator(f'table#events tr[data-id="{event["id"]}"]')
    assert row.count() == 1, "the event is listed under its actor pair"
    shot(page, "events")
    row.locator("td.evidence").click()  # the whole row opens the event
    page.wait_for_url(f"**/events/{event['id']}")

    item = page.locator(f'li.mention[data-doc="{mention["doc_id"]}"]').first
    quote = item.locator("blockquote.excerpt")
    assert quote.get_attribute("dir") == "rtl"
    assert quote.evaluate("el => getComputedStyle(el).direction") == "rtl"
    marked = "".join(item.locator("mark.ev-focus").all_text_contents())
    assert marked == mention["evidence"]["text"]
    shot(page, "event")

    item.locator("a.doc-link").click()
    page.wait_for_url(
        f"**/documents/**hl={mention['evidence']['start']}-{mention['evidence']['end']}*"
    )
    article = page.locator("article#doc-text")
    assert article.get_attribute("dir") == "rtl"
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    focus_marks = article.locator("mark.ev-focus")
    assert "".join(focus_marks.all_text_contents()) == mention["evidence"]["text"]
    assert focus_marks.first.is_visible()
    # The article text shown is exactly the stored text (highlighting adds no characters).
    doc = httpx.get(f"{site['base']}/api/documents/{mention['doc_id']}").json()
    assert article.text_content() == doc["text"]
    if doc["annotations"]:
        assert article.locator("mark.ann").count() >= 1
    shot(page, "document-rtl")


def test_timeline_draws_stacked_bars_that_link_to_events(page: Any, site: dict[str, Any]) -> None:
    event, _ = rtl_event(site["base"])
    focus = event["actors"][0]["code"]
    page.goto(f"/timeline?focus={focus}")
    bars = page.locator("svg#timeline a.bar")
    assert bars.count() >= 1
    api = httpx.get(f"{site['base']}/api/timeline", params={"focus": focus}).json()["timeline"]
    total = sum(
        int(c)
        for c in page.locator("svg#timeline a.bar").evaluate_all(
            "els => els.map(e => e.dataset.count)"
        )
    )
    assert total == sum(row["count"] for row in api)
    shot(page, "timeline")
    first = bars.first
    month, kind = first.get_attribute("data-month"), first.get_attribute("data-type")
    first.locator("rect").click()
    page.wait_for_url("**/events?*")
    assert f"type={kind}" in page.url and f"since={month}-01" in page.url
    assert page.locator("table#events tbody tr").count() >= 1


def test_search_finds_an_arabic_or_persian_article(page: Any, site: dict[str, Any]) -> None:
    _, mention = rtl_event(site["base"])
    word = max(mention["evidence"]["text"].split(), key=len).strip(".,،:؛")
    page.goto("/")
    page.fill("header input[name=q]", word)
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    hits = page.locator("ol#hits li")
    assert hits.count() >= 1
    shot(page, "search")


def test_home_events_and_api_docs_render(page: Any, site: dict[str, Any]) -> None:
    page.goto("/")
    assert page.locator("table.events tbody tr").count() >= 1
    shot(page, "home")
    page.goto("/docs")
    assert page.locator("article.op").count() >= 7
    assert page.get_by_text("/api/events", exact=True).first.is_visible()
    shot(page, "api-docs")


def test_first_run_page_on_an_empty_database(browser: Any, tmp_path: Path) -> None:
    with running_server(tmp_path / "absent.db") as base:
        context = browser.new_context(viewport={"width": 1100, "height": 700})
        pg = context.new_page()
        pg.goto(base + "/relations")
        assert "diplowatch ingest" in pg.locator("section.first-run").text_content()
        shot(pg, "first-run")
        context.close()
    assert not (tmp_path / "absent.db").exists(), "serving must not create the database"


@pytest.mark.parametrize("width", [390, 1366])
def test_pages_fit_phone_and_laptop_widths(browser: Any, site: dict[str, Any], width: int) -> None:
    """No page is wider than the screen (390 px phone, 1366 px laptop); screenshots of each."""
    event, mention = rtl_event(site["base"])
    focus = event["actors"][0]["code"]
    pages = {
        "home": "/",
        "relations": f"/relations?focus={focus}",
        "timeline": f"/timeline?focus={focus}",
        "events": "/events",
        "event": f"/events/{event['id']}",
        "document": f"/documents/{mention['doc_id']}",
        "duplicates": "/duplicates",
        "search": "/search?q=" + max(mention["evidence"]["text"].split(), key=len).strip(".,،:؛"),
    }
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=site["base"])
    errors: list[str] = []
    pg = context.new_page()
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        for name, path in pages.items():
            response = pg.goto(path)
            assert response is not None and response.ok, (name, path)
            scroll = pg.evaluate("document.documentElement.scrollWidth")
            ARTIFACTS.mkdir(exist_ok=True)
            pg.screenshot(path=str(ARTIFACTS / f"serve-{name}-{width}.png"), full_page=True)
            assert scroll <= width, f"{name} is {scroll} px wide on a {width} px screen"
        # The trigger word is marked inside the evidence on the event page.
        pg.goto(pages["event"])
        assert pg.locator("li.mention mark.trigger").count() >= 1
    finally:
        context.close()
    assert not errors, errors
