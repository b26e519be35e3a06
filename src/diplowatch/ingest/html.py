"""Main text and metadata of an HTML page, via trafilatura.

trafilatura separates the article from menus, comments and footers and
reads title, date, canonical URL and site name from the page's metadata.
Its text becomes ``Document.text``, so evidence offsets refer to it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from diplowatch.ingest.decode import Decoded, DecodeError, decode_bytes
from diplowatch.ingest.session import ReadSession, url_id
from diplowatch.model import Document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-zA-Z0-9_\-]+)""", re.I)
# trafilatura drops non-printable characters, ZWNJ included, which glues
# Persian words together; it is swapped for a rare printable mark meanwhile.
_ZWNJ = "\u200c"
_GUARD = "\u2e3b"
# Only dates the page states as metadata: the "extensive" guess turns a
# footer's "Copyright 2023" into 2023-01-01. The pipeline reads dates from
# the text itself when the page gives none.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
MIN_WORDS = 5  # fewer words than this is a form or an error page, not an article
_HTML_LANG = re.compile(r"""<html[^>]*\slang\s*=\s*["']?([a-zA-Z]{2,3})""", re.I)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset named by the HTTP header or a <meta> tag, if any."""
    if content_type and "charset=" in content_type.lower():
        return content_type.lower().split("charset=", 1)[1].split(";")[0].strip()
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


@cache
def _quiet_libraries() -> None:
    """trafilatura logs a warning per rejected page; we report those ourselves."""
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.ERROR)


def html_document(
    data: bytes,
    *,
    origin: str,
    session: ReadSession,
    doc_id: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
    defaults: dict[str, Any] | None = None,
    meta: dict[str, Any] | None = None,
) -> Document | None:
    """Extract the article of one page; report and return None if there is none.

    ``defaults`` fill fields the page itself does not give (e.g. a feed
    entry's title and date, or the WARC date).
    """
    _quiet_libraries()
    # 1. refuse what is no page: too big, empty, undecodable
    decoded = _decoded_page(data, origin, session, content_type)
    if decoded is None:
        return None
    # 2. trafilatura separates the article from menus and reads the metadata
    source_text, restore = _guarded(decoded.text)
    found = _article(source_text, restore, origin, session, url)
    if found is None:
        return None
    result, text = found
    # 3. the Document: the page's own fields first, then the defaults
    defaults = defaults or {}
    page_url = getattr(result, "url", None) or url or defaults.get("url")
    return Document(
        doc_id=doc_id or (url_id(page_url) if page_url else Path(origin).stem),
        text=text,
        url=page_url,
        origin=origin,
        meta=_page_meta(decoded.encoding, meta, url, page_url),
        **_page_fields(result, decoded.text, restore, defaults),
    )


def _page_fields(
    result: Any,
    page: str,
    restore: Callable[[str | None], str | None],
    defaults: dict[str, Any],
) -> dict[str, Any]:
    """Language, date, title and site as the page states them, else as ``defaults`` give them."""
    lang_match = _HTML_LANG.search(page[:4096])
    return {
        "lang": lang_match.group(1).lower() if lang_match else defaults.get("lang"),
        "published": getattr(result, "date", None) or defaults.get("published"),
        "title": restore(getattr(result, "title", None)) or defaults.get("title"),
        "source": restore(getattr(result, "sitename", None)) or defaults.get("source"),
    }


def _page_meta(
    encoding: str, meta: dict[str, Any] | None, url: str | None, page_url: str | None
) -> dict[str, Any]:
    """The document's meta; a page that names another URL than the one fetched keeps both."""
    out_meta: dict[str, Any] = {"encoding": encoding, "dropped_lines": []}
    out_meta.update(meta or {})
    if url and page_url and page_url != url:
        out_meta["fetched_url"] = url
    return out_meta


def _decoded_page(
    data: bytes, origin: str, session: ReadSession, content_type: str | None
) -> Decoded | None:
    """The page as text, or None once the reason it is none is reported
    (one bad page in a batch is a problem with its name, not a stop)."""
    if len(data) > session.max_doc_bytes:
        session.reporter.report(origin, session.too_big(len(data)))
        return None
    if not data.strip():
        session.reporter.report(origin, "empty page")
        return None
    try:
        return decode_bytes(data, declared_charset(data, content_type))
    except DecodeError as exc:
        session.reporter.report(origin, str(exc))
        return None


def _guarded(page: str) -> tuple[str, Callable[[str | None], str | None]]:
    """``page`` with each ZWNJ swapped for ``_GUARD`` (trafilatura would drop
    it and glue Persian words), and what swaps it back in what trafilatura
    returns; no swap when the page holds the guard mark itself."""
    guard = _GUARD not in page

    def restore(value: str | None) -> str | None:
        return value.replace(_GUARD, _ZWNJ) if guard and value else value

    return (page.replace(_ZWNJ, _GUARD) if guard else page), restore


def _article(
    source_text: str,
    restore: Callable[[str | None], str | None],
    origin: str,
    session: ReadSession,
    url: str | None,
) -> tuple[Any, str] | None:
    """trafilatura's result for the page and its article text, or None once
    reported: markup it cannot parse, or fewer than ``MIN_WORDS`` words."""
    from trafilatura import bare_extraction

    try:
        result = bare_extraction(
            source_text,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        session.reporter.report(origin, f"could not parse the HTML ({type(exc).__name__}: {exc})")
        return None
    text = (restore(getattr(result, "text", None)) or "").strip() if result is not None else ""
    if len(text.split()) < MIN_WORDS:
        session.reporter.report(origin, "no article text found in the page")
        return None
    return result, text


def read_html_file(path: str, session: ReadSession) -> Iterator[Document]:
    if not session.readable_size(path):
        return
    doc = html_document(
        Path(path).read_bytes(), origin=path, session=session, doc_id=Path(path).stem
    )
    if doc is not None:
        yield doc
