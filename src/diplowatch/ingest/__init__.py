"""Ingestion: every supported input becomes a stream of ``Document`` values.

Inputs may be mixed in one call (files, folders, globs, URLs, ``-``); they
are read lazily and yielded one document at a time, so memory is bounded by
the largest single document (capped, 100 MB by default) plus the duplicate
index. Every problem is reported with its source and the batch goes on.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from diplowatch.ingest.files import Item, expand
from diplowatch.ingest.marks import mark_documents
from diplowatch.ingest.session import ReadSession, url_id
from diplowatch.model import Document
from diplowatch.problems import ProblemReporter

if TYPE_CHECKING:
    from diplowatch.ingest.fetch import Fetcher

__all__ = ["iter_documents", "mark_documents", "sniff_kind"]

_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


def sniff_kind(head: bytes) -> str:
    """Guess the kind of an unnamed input (stdin, URL) from its first bytes."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = stripped[:2048].lower()
    if stripped.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"<"):
        if any(marker in lower for marker in _FEED_MARKERS):
            return "feed"
        return "html"
    return "text"


def _gunzip_head(head: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(wbits=31).decompress(head, 256)
    except zlib.error:
        return b""


def _read_stdin(session: ReadSession, stream: IO[bytes] | None = None) -> Iterator[Document]:
    """Standard input has no name, so its kind is sniffed from its first bytes."""
    from diplowatch.ingest.plain import read_jsonl_stream
    from diplowatch.ingest.warc import read_warc_stream

    raw = stream if stream is not None else sys.stdin.buffer
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[type-var]
    head = buffered.peek(4096)[:4096]
    kind = sniff_kind(head)
    if (
        kind == "warc"
        and head.startswith(b"\x1f\x8b")
        and _gunzip_head(head).lstrip().startswith(b"{")
    ):
        yield from _read_gzipped_jsonl(buffered, session)
    elif kind == "jsonl":
        yield from read_jsonl_stream(buffered, "<stdin>", session)
    elif kind == "warc":
        yield from read_warc_stream(buffered, "<stdin>", session)
    else:
        yield from _read_stdin_page(buffered, kind, session)


def _read_gzipped_jsonl(buffered: IO[bytes], session: ReadSession) -> Iterator[Document]:
    """Gzipped JSON Lines on stdin, capped like a file so a bomb is refused, not unpacked."""
    import gzip
    import zlib

    from diplowatch.ingest.gz import DecompressionBomb, open_capped
    from diplowatch.ingest.plain import read_jsonl_stream

    try:
        with open_capped(buffered) as unzipped:
            yield from read_jsonl_stream(unzipped, "<stdin>", session)
    except DecompressionBomb as exc:
        session.reporter.report("<stdin>", str(exc))
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        session.reporter.report("<stdin>", f"truncated or corrupt gzip data ({exc})")


def _read_stdin_page(buffered: IO[bytes], kind: str, session: ReadSession) -> Iterator[Document]:
    """A feed, page or text on stdin, read whole up to the size cap (beyond it: reported)."""
    from diplowatch.ingest.feed import read_feed
    from diplowatch.ingest.html import html_document
    from diplowatch.ingest.plain import text_from_bytes

    data = buffered.read(session.max_doc_bytes + 1)
    if len(data) > session.max_doc_bytes:
        session.reporter.report("<stdin>", session.too_big(len(data)))
        return
    if kind == "feed":
        yield from read_feed(data, "<stdin>", session)
    elif kind == "html":
        doc = html_document(data, origin="<stdin>", session=session, doc_id="stdin")
        if doc is not None:
            yield doc
    else:
        yield from text_from_bytes(data, "stdin", "<stdin>", session)


def _read_url(url: str, session: ReadSession) -> Iterator[Document]:
    from diplowatch.ingest.feed import read_feed
    from diplowatch.ingest.fetch import FetchError
    from diplowatch.ingest.html import html_document

    try:
        resp = session.get_fetcher().get(url)
    except FetchError as exc:
        session.reporter.report(url, str(exc))
        return
    ctype = resp.content_type.lower()
    is_feed = any(x in ctype for x in ("rss", "atom")) or sniff_kind(resp.body[:4096]) == "feed"
    if is_feed:
        yield from read_feed(resp.body, url, session)
        return
    doc = html_document(
        resp.body,
        origin=url,
        session=session,
        doc_id=url_id(url),
        url=resp.url,
        content_type=resp.content_type,
    )
    if doc is not None:
        yield doc


def _read_item(item: Item, session: ReadSession, stdin: IO[bytes] | None) -> Iterator[Document]:
    from diplowatch.ingest.feed import read_feed
    from diplowatch.ingest.html import read_html_file
    from diplowatch.ingest.plain import read_jsonl_file, read_text_file
    from diplowatch.ingest.warc import read_warc

    if item.kind == "text":
        yield from read_text_file(item.location, session)
    elif item.kind == "jsonl":
        yield from read_jsonl_file(item.location, session, compressed=item.compressed)
    elif item.kind == "html":
        yield from read_html_file(item.location, session)
    elif item.kind == "warc":
        yield from read_warc(item.location, session)
    elif item.kind == "feed":
        from pathlib import Path

        path = Path(item.location)
        size = path.stat().st_size
        if size > session.max_doc_bytes:
            session.reporter.report(item.location, session.too_big(size))
            return
        yield from read_feed(path.read_bytes(), item.location, session)
    elif item.kind == "url":
        yield from _read_url(item.location, session)
    elif item.kind == "stdin":
        yield from _read_stdin(session, stdin)


def _safe(item: Item, session: ReadSession, stdin: IO[bytes] | None) -> Iterator[Document]:
    """Read one input; an unexpected failure is reported, never raised."""
    try:
        yield from _read_item(item, session, stdin)
    except PermissionError:
        session.reporter.report(item.location, "permission denied")
    except OSError as exc:
        session.reporter.report(item.location, f"cannot read: {exc.strerror or exc}")
    except MemoryError:
        session.reporter.report(item.location, "out of memory while reading; skipped")
    except Exception as exc:  # a bug or a malformed input we did not foresee
        session.reporter.report(item.location, f"unexpected error ({type(exc).__name__}: {exc})")


def iter_documents(
    inputs: list[str],
    reporter: ProblemReporter,
    *,
    keep_duplicates: bool = False,
    follow: bool = False,
    max_doc_bytes: int | None = None,
    fetcher: Fetcher | None = None,
    stdin: IO[bytes] | None = None,
    near_duplicates: bool = True,
) -> Iterator[Document]:
    """Yield the documents of all ``inputs`` in order, streaming.

    Duplicates (exact, or near at estimated Jaccard ≥ 0.7) are still yielded, with
    ``duplicate`` naming the first copy and, unless ``keep_duplicates``,
    ``skip_extraction`` set (``ingest.marks``). ``fetcher``,
    ``stdin`` and ``max_doc_bytes`` exist for tests and embedding.
    """
    session = ReadSession(reporter=reporter, follow=follow)
    if max_doc_bytes is not None:
        session.max_doc_bytes = max_doc_bytes
    if fetcher is not None:
        session.fetcher = fetcher
    read = (doc for item in expand(inputs, reporter) for doc in _safe(item, session, stdin))
    try:
        yield from mark_documents(
            read, reporter, keep_duplicates=keep_duplicates, near=near_duplicates
        )
    finally:
        if session.fetcher is not None and fetcher is None:
            session.fetcher.close()
