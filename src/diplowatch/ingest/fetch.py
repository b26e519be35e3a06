"""A polite, bounded HTTP client for article pages and feeds.

Polite: it names the project in its user agent, reads robots.txt once per
host and obeys it (including Crawl-delay), and waits between two requests
to the same host. Bounded: timeouts, a few retries with exponential
backoff for failures that may be temporary (timeouts, 429, 5xx), and a
size cap that stops reading a body once it is too large.
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from diplowatch.ingest.limits import describe_size

USER_AGENT = "diplowatch/0.1 (+https://example.invalid/diplowatch)"
ROBOTS_AGENT = "diplowatch"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
# Never send loopback traffic through a proxy from the environment.
_DIRECT = {"all://127.0.0.1": None, "all://localhost": None, "all://[::1]": None}


class FetchError(Exception):
    """The URL could not be fetched; the message says why, for the user."""


@dataclass
class FetchConfig:
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0
    per_host_delay: float = 1.0
    max_bytes: int = 100 * 1024 * 1024
    user_agent: str = USER_AGENT
    respect_robots: bool = True


@dataclass
class Response:
    url: str
    status: int
    content_type: str
    body: bytes


@dataclass
class Fetcher:
    config: FetchConfig = field(default_factory=FetchConfig)
    _client: httpx.Client | None = None
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.config.timeout,
                follow_redirects=True,
                headers={"User-Agent": self.config.user_agent},
                mounts=_DIRECT,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _wait_for_host(self, host: str, delay: float) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)

    def _once(self, url: str, delay: float) -> Response:
        """One GET; the delay counts from the end of the previous request to the host."""
        host = urlsplit(url).netloc
        self._wait_for_host(host, delay)
        try:
            return self._get_capped(url)
        finally:
            self._last[host] = time.monotonic()

    def _get_capped(self, url: str) -> Response:
        with self.client.stream("GET", url) as resp:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.config.max_bytes:
                raise FetchError(
                    f"response is {describe_size(int(declared))}, over the size cap of "
                    f"{describe_size(self.config.max_bytes)}"
                )
            chunks: list[bytes] = []
            total = 0
            for chunk in resp.iter_bytes():
                total += len(chunk)
                if total > self.config.max_bytes:
                    raise FetchError(
                        f"response is over the size cap of {describe_size(self.config.max_bytes)}"
                    )
                chunks.append(chunk)
            return Response(
                url=str(resp.url),
                status=resp.status_code,
                content_type=resp.headers.get("content-type", ""),
                body=b"".join(chunks),
            )

    def _with_retries(self, url: str, delay: float) -> Response:
        attempts = self.config.retries + 1
        last_error = ""
        for attempt in range(attempts):
            if attempt:
                time.sleep(self.config.backoff * 2 ** (attempt - 1))
            try:
                resp = self._once(url, delay)
            except httpx.TimeoutException:
                last_error = f"timed out after {self.config.timeout:g} s"
                continue
            except httpx.TransportError as exc:
                last_error = f"connection failed ({type(exc).__name__}: {exc})"
                continue
            except httpx.HTTPError as exc:
                raise FetchError(f"request failed ({type(exc).__name__}: {exc})") from None
            if resp.status in _RETRY_STATUS:
                last_error = f"HTTP {resp.status}"
                continue
            return resp
        raise FetchError(f"{last_error} ({attempts} attempt(s))")

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            assert parser is not None
            try:
                resp = self._once(f"{key}/robots.txt", self.config.per_host_delay)
            except (httpx.HTTPError, FetchError):
                parser = None  # unreachable: RFC 9309 says assume everything is disallowed
            else:
                if resp.status >= 500:
                    parser = None
                elif resp.status >= 400:
                    parser.parse([])  # no rules: everything allowed
                else:
                    parser.parse(resp.body.decode("utf-8", "replace").splitlines())
            self._robots[key] = parser
        return self._robots[key]

    def get(self, url: str) -> Response:
        """GET ``url`` or raise FetchError; non-2xx answers are errors too."""
        delay = self.config.per_host_delay
        if self.config.respect_robots:
            robots = self._robots_for(url)
            if robots is None:
                raise FetchError(
                    "robots.txt could not be read (server error or unreachable); not fetching"
                )
            if not robots.can_fetch(ROBOTS_AGENT, url):
                raise FetchError("disallowed by the site's robots.txt")
            crawl_delay = robots.crawl_delay(ROBOTS_AGENT)
            if crawl_delay:
                delay = max(delay, float(crawl_delay))
        resp = self._with_retries(url, delay)
        if not 200 <= resp.status < 300:
            reason = httpx.codes.get_reason_phrase(resp.status)
            raise FetchError(f"HTTP {resp.status} {reason}".strip())
        return resp
