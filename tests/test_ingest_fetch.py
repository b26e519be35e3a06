"""URLs and feeds against a local HTTP server (127.0.0.1 only, free port)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from diplowatch.ingest import iter_documents
from diplowatch.ingest.fetch import USER_AGENT, FetchConfig, Fetcher, FetchError
from diplowatch.ingest.session import url_id
from diplowatch.model import Document
from diplowatch.problems import ProblemReporter

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    ctype: str = "text/html; charset=utf-8"
    delay: float = 0.0
    fail_first: int = 0  # answer 503 this many times first


@dataclass
class Site:
    base: str
    routes: dict[str, Route]
    hits: list[tuple[str, str, float]] = field(default_factory=list)

    def count(self, path: str) -> int:
        return sum(1 for p, _, _ in self.hits if p == path)


def _serve(routes: dict[str, Route]) -> Iterator[Site]:
    site = Site("", routes)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            site.hits.append((self.path, self.headers.get("User-Agent", ""), time.monotonic()))
            route = site.routes.get(self.path)
            if route is None:
                route = Route(b"not here", 404, "text/plain")
            if route.delay:
                time.sleep(route.delay)
            status = route.status
            if route.fail_first and site.count(self.path) <= route.fail_first:
                status = 503
            try:
                self.send_response(status)
                self.send_header("Content-Type", route.ctype)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
            except OSError:
                pass  # the client gave up (timeout test)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.handle_error = lambda *a: None  # type: ignore[method-assign]
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def _feed(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local feed</title><language>ar</language>
<item><title>عنوان من الخلاصة</title><link>{base}/ar.html</link>
<pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate><description>ملخص قصير للخبر من الخلاصة.</description></item>
<item><title>Persian page</title><link>{base}/fa.html</link><description>خلاصه خبر</description></item>
<item><title>Gone</title><link>{base}/missing</link>
<description>Summary of a story whose page has disappeared from the site.</description></item>
<item><title>Secret</title><link>{base}/private/p.html</link><description>Summary of a page robots.txt forbids.</description></item>
</channel></rss>""".encode()


@pytest.fixture()
def site() -> Iterator[Site]:
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", ctype="text/plain"),
        "/ar.html": Route((FIXTURES / "ar_page.html").read_bytes()),
        "/fa.html": Route((FIXTURES / "fa_page.html").read_bytes()),
        "/private/p.html": Route((FIXTURES / "en_page.html").read_bytes()),
        "/error": Route(b"boom", 500, "text/plain"),
        "/flaky": Route((FIXTURES / "en_page.html").read_bytes(), fail_first=1),
        "/slow": Route((FIXTURES / "en_page.html").read_bytes(), delay=3.0),
        "/big": Route(b"<html><body><p>" + b"word " * 300_000 + b"</p></body></html>"),
        "/notfeed.rss": Route(b"this is not xml", ctype="application/rss+xml"),
        "/empty.html": Route(b"<html><body><form><input></form></body></html>"),
    }
    yield from _serve(routes)


def fast_fetcher(**overrides: object) -> Fetcher:
    # The timeout leaves a loaded machine time to answer from the local server
    # (0.5 s let "/error" time out once under a load of ten); "/slow" sleeps
    # past it, so only that route times out.
    config = FetchConfig(
        timeout=2.0, retries=1, backoff=0.01, per_host_delay=0.0, max_bytes=1024 * 1024
    )
    for key, value in overrides.items():
        setattr(config, key, value)
    return Fetcher(config)


def ingest(inputs: list[str], **kwargs) -> tuple[list[Document], ProblemReporter]:  # type: ignore[no-untyped-def]
    reporter = ProblemReporter(stream=None)
    kwargs.setdefault("fetcher", fast_fetcher())
    docs = list(iter_documents(inputs, reporter, **kwargs))
    return docs, reporter


def reasons(reporter: ProblemReporter) -> str:
    return "\n".join(str(p) for p in reporter.problems)


def test_url_page_is_fetched_with_project_user_agent(site: Site) -> None:
    site.routes["/feed.xml"] = Route(_feed(site.base), ctype="application/rss+xml")
    docs, reporter = ingest([f"{site.base}/ar.html"])
    assert reporter.count == 0, reasons(reporter)
    (doc,) = docs
    assert doc.doc_id == url_id(f"{site.base}/ar.html")
    assert doc.url == "https://ar.news.example.invalid/2024/03/water-deal"
    assert doc.meta["fetched_url"] == f"{site.base}/ar.html"
    assert "تحلية مياه البحر" in doc.text
    assert site.hits[0][0] == "/robots.txt"
    assert all(agent == USER_AGENT for _, agent, _ in site.hits)
    assert "example.invalid" in USER_AGENT and USER_AGENT.startswith("diplowatch/")


def test_bad_urls_are_reported_and_the_batch_goes_on(site: Site) -> None:
    urls = [
        f"{site.base}{p}"
        for p in ("/missing", "/error", "/slow", "/private/p.html", "/big", "/empty.html", "/flaky")
    ]
    docs, reporter = ingest(urls)
    text = reasons(reporter)
    assert f"{site.base}/missing: HTTP 404 Not Found" in text
    assert f"{site.base}/error: HTTP 500 (2 attempt(s))" in text
    assert site.count("/error") == 2  # one retry
    assert f"{site.base}/slow: timed out after 2 s (2 attempt(s))" in text
    assert f"{site.base}/private/p.html: disallowed by the site's robots.txt" in text
    assert site.count("/private/p.html") == 0
    assert f"{site.base}/big: response is 1.4 MB, over the size cap of 1.0 MB" in text
    assert f"{site.base}/empty.html: no article text found" in text
    # /flaky answered 503 once, then the retry succeeded.
    assert [d.meta.get("fetched_url") for d in docs] == [f"{site.base}/flaky"]
    assert site.count("/flaky") == 2
    assert reporter.count == 6


def test_feed_url_without_and_with_follow(site: Site) -> None:
    site.routes["/feed.xml"] = Route(_feed(site.base), ctype="application/rss+xml")
    docs, reporter = ingest([f"{site.base}/feed.xml"])
    assert reporter.count == 0, reasons(reporter)
    assert [d.title for d in docs] == ["عنوان من الخلاصة", "Persian page", "Gone", "Secret"]
    assert docs[0].text == "ملخص قصير للخبر من الخلاصة."
    assert docs[0].published == "2024-04-02T08:00:00Z"
    assert docs[0].lang == "ar" and docs[0].source == "Local feed"
    assert site.count("/ar.html") == 0

    docs, reporter = ingest([f"{site.base}/feed.xml"], follow=True)
    followed = [d for d in docs if d.meta.get("followed")]
    assert [d.doc_id for d in followed] == [
        url_id(f"{site.base}/ar.html"),
        url_id(f"{site.base}/fa.html"),
    ]
    assert "تحلية مياه البحر" in followed[0].text
    assert followed[0].published == "2024-03-12"  # the page's own date
    assert followed[1].title == "دیدار وزیران خارجه ایران و عمان در مسقط"
    text = reasons(reporter)
    assert f"{site.base}/missing: HTTP 404 Not Found; using the feed summary instead" in text
    assert "disallowed by the site's robots.txt; using the feed summary instead" in text
    fallbacks = [d for d in docs if d.meta.get("follow_failed")]
    assert [d.title for d in fallbacks] == ["Gone", "Secret"]
    assert fallbacks[0].text.startswith("Summary of a story")


def test_feed_url_that_is_not_xml(site: Site) -> None:
    docs, reporter = ingest([f"{site.base}/notfeed.rss"])
    assert docs == []
    assert f"{site.base}/notfeed.rss: not a readable RSS/Atom feed" in reasons(reporter)


def test_per_host_delay_is_respected(site: Site) -> None:
    fetcher = fast_fetcher(per_host_delay=0.3)
    fetcher.get(f"{site.base}/ar.html")
    fetcher.get(f"{site.base}/fa.html")
    times = [t for p, _, t in site.hits if p in ("/robots.txt", "/ar.html", "/fa.html")]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(times) == 3 and min(gaps) >= 0.28


def test_unreadable_robots_txt_means_no_fetching() -> None:
    for site in _serve(
        {"/robots.txt": Route(b"down", 500, "text/plain"), "/a.html": Route(b"<p>x</p>")}
    ):
        with pytest.raises(FetchError, match="robots.txt could not be read"):
            fast_fetcher().get(f"{site.base}/a.html")
        assert site.count("/a.html") == 0
