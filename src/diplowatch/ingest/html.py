"""Main text and metadata of an HTML page, via trafilatura.

trafilatura separates the article from menus, comments and footers and
reads title, date, canonical URL and site name from the page's metadata.
Its text becomes ``Document.text``, so evidence offsets refer to it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from diplowatch.ingest.decode import DecodeError, decode_bytes
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
    from trafilatura import bare_extraction

    _quiet_libraries()

    if len(data) > session.max_doc_bytes:
        session.reporter.report(origin, session.too_big(len(data)))
        return None
    if not data.strip():
        session.reporter.report(origin, "empty page")
        return None
    try:
        decoded = decode_bytes(data, declared_charset(data, content_type))
    except DecodeError as exc:
        session.reporter.report(origin, str(exc))
        return None
    guard = _GUARD not in decoded.text
    source_text = decoded.text.replace(_ZWNJ, _GUARD) if guard else decoded.text

    def restore(value: str | None) -> str | None:
        return value.replace(_GUARD, _ZWNJ) if guard and value else value

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
    defaults = defaults or {}
    page_url = getattr(result, "url", None) or url or defaults.get("url")
    lang_match = _HTML_LANG.search(decoded.text[:4096])
    out_meta: dict[str, Any] = {"encoding": decoded.encoding, "dropped_lines": []}
    out_meta.update(meta or {})
    if url and page_url and page_url != url:
        out_meta["fetched_url"] = url
    return Document(
        doc_id=doc_id or (url_id(page_url) if page_url else Path(origin).stem),
        text=text,
        lang=lang_match.group(1).lower() if lang_match else defaults.get("lang"),
        published=getattr(result, "date", None) or defaults.get("published"),
        title=restore(getattr(result, "title", None)) or defaults.get("title"),
        url=page_url,
        source=restore(getattr(result, "sitename", None)) or defaults.get("source"),
        origin=origin,
        meta=out_meta,
    )


def read_html_file(path: str, session: ReadSession) -> Iterator[Document]:
    size = Path(path).stat().st_size
    if size == 0:
        session.reporter.report(path, "empty file")
        return
    if size > session.max_doc_bytes:
        session.reporter.report(path, session.too_big(size))
        return
    doc = html_document(
        Path(path).read_bytes(), origin=path, session=session, doc_id=Path(path).stem
    )
    if doc is not None:
        yield doc
