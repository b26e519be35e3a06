"""RSS and Atom feeds: one document per entry, optionally the linked page.

Without ``--follow`` the entry's content (or summary) is the text; it is
HTML, so it is flattened to lines and then cleaned of boilerplate like any
plain text. With ``--follow`` the linked page is fetched and its article
replaces the summary; if that fails the failure is reported and the
summary is used, so one dead link does not lose the entry.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from diplowatch.ingest.plain import text_document
from diplowatch.ingest.session import ReadSession, url_id
from diplowatch.model import Document

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "pre",
    ]
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Flatten an HTML fragment to text, one block element per line."""
    if "<" not in fragment:
        return fragment.strip()
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _entry_body(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        value = content.get("value")
        if value:
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: Any) -> tuple[str | None, str | None]:
    """(ISO 8601 UTC date if the feed's date could be parsed, raw date as given)."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed), raw
        if raw:
            return None, raw
    return None, None


def _lang(value: Any) -> str | None:
    if not value:
        return None
    return str(value).split("-")[0].split("_")[0].strip().lower() or None


def read_feed(data: bytes, origin: str, session: ReadSession) -> Iterator[Document]:
    import feedparser

    if not data.strip():
        session.reporter.report(origin, "empty feed")
        return
    if len(data) > session.max_doc_bytes:
        session.reporter.report(origin, session.too_big(len(data)))
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            detail = str(exc).strip() or type(exc).__name__
            session.reporter.report(origin, f"not a readable RSS/Atom feed ({detail})")
        else:
            session.reporter.report(origin, "feed has no entries")
        return
    feed_info = parsed.get("feed") or {}
    site = feed_info.get("title")
    lang = _lang(feed_info.get("language"))
    encoding = parsed.get("encoding")
    for index, entry in enumerate(entries, start=1):
        where = f"{origin}#entry{index}"
        try:
            doc = _entry_document(entry, index, where, origin, site, lang, encoding, session)
        except Exception as exc:  # one odd entry must not cost the rest of the feed
            session.reporter.report(where, f"unexpected error ({type(exc).__name__}: {exc})")
            continue
        if doc is not None:
            yield doc


def _entry_document(
    entry: Any,
    index: int,
    where: str,
    origin: str,
    site: Any,
    lang: str | None,
    encoding: Any,
    session: ReadSession,
) -> Document | None:
    """The document of one feed entry, or None after reporting why there is none."""
    link = entry.get("link")
    doc_id = url_id(link) if link else url_id(f"{origin}#{entry.get('id') or index}")
    iso_date, raw_date = _entry_date(entry)
    fields = {
        "title": entry.get("title"),
        "published": iso_date or raw_date,
        "url": link,
        "source": site,
        "lang": lang,
    }
    fields = {k: v for k, v in fields.items() if v}
    meta: dict[str, Any] = {"feed": origin}
    if iso_date and raw_date and raw_date != iso_date:
        meta["published_raw"] = raw_date
    if session.follow and link:
        doc = _follow(link, where, doc_id, fields, meta, session)
        if doc is not None:
            return doc
        meta["follow_failed"] = True
    text = html_to_text(_entry_body(entry))
    if not text.strip():
        session.reporter.report(where, "feed entry has no summary or content")
        return None
    doc = text_document(doc_id, text, origin=where, encoding=encoding, fields=fields, meta=meta)
    if doc is None:
        session.reporter.report(where, "nothing left after removing navigation/boilerplate lines")
    return doc


def _follow(
    link: str,
    where: str,
    doc_id: str,
    fields: dict[str, Any],
    meta: dict[str, Any],
    session: ReadSession,
) -> Document | None:
    from diplowatch.ingest.fetch import FetchError
    from diplowatch.ingest.html import html_document

    try:
        resp = session.get_fetcher().get(link)
    except FetchError as exc:
        session.reporter.report(link, f"{exc}; using the feed summary instead")
        return None
    doc = html_document(
        resp.body,
        origin=link,
        session=session,
        doc_id=doc_id,
        url=resp.url,
        content_type=resp.content_type,
        defaults=fields,
        meta={**meta, "followed": True},
    )
    if doc is not None and fields.get("title") and not doc.title:
        doc.title = fields["title"]
    return doc
