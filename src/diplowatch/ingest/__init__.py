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

from diplowatch.ingest.context import Context, url_id
from diplowatch.ingest.dedup import Duplicates
from diplowatch.ingest.files import Item, expand
from diplowatch.model import Document
from diplowatch.problems import ProblemReporter
from diplowatch.valid import make_valid

if TYPE_CHECKING:
    from diplowatch.ingest.fetch import Fetcher

__all__ = ["iter_documents", "mark", "sniff_kind"]

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


def _read_stdin(ctx: Context, stream: IO[bytes] | None = None) -> Iterator[Document]:
    from diplowatch.ingest.feed import read_feed
    from diplowatch.ingest.html import html_document
    from diplowatch.ingest.plain import read_jsonl_stream, text_from_bytes
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
        import gzip
        import zlib

        from diplowatch.ingest.gz import DecompressionBomb, open_capped

        try:
            with open_capped(buffered) as unzipped:
                yield from read_jsonl_stream(unzipped, "<stdin>", ctx)
        except DecompressionBomb as exc:
            ctx.reporter.report("<stdin>", str(exc))
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            ctx.reporter.report("<stdin>", f"truncated or corrupt gzip data ({exc})")
        return
    if kind == "jsonl":
        yield from read_jsonl_stream(buffered, "<stdin>", ctx)
        return
    if kind == "warc":
        yield from read_warc_stream(buffered, "<stdin>", ctx)
        return
    data = buffered.read(ctx.max_doc_bytes + 1)
    if len(data) > ctx.max_doc_bytes:
        ctx.reporter.report("<stdin>", ctx.too_big(len(data)))
        return
    if kind == "feed":
        yield from read_feed(data, "<stdin>", ctx)
    elif kind == "html":
        doc = html_document(data, origin="<stdin>", ctx=ctx, doc_id="stdin")
        if doc is not None:
            yield doc
    else:
        yield from text_from_bytes(data, "stdin", "<stdin>", ctx)


def _read_url(url: str, ctx: Context) -> Iterator[Document]:
    from diplowatch.ingest.feed import read_feed
    from diplowatch.ingest.fetch import FetchError
    from diplowatch.ingest.html import html_document

    try:
        resp = ctx.get_fetcher().get(url)
    except FetchError as exc:
        ctx.reporter.report(url, str(exc))
        return
    ctype = resp.content_type.lower()
    is_feed = any(x in ctype for x in ("rss", "atom")) or sniff_kind(resp.body[:4096]) == "feed"
    if is_feed:
        yield from read_feed(resp.body, url, ctx)
        return
    doc = html_document(
        resp.body,
        origin=url,
        ctx=ctx,
        doc_id=url_id(url),
        url=resp.url,
        content_type=resp.content_type,
    )
    if doc is not None:
        yield doc


def _read_item(item: Item, ctx: Context, stdin: IO[bytes] | None) -> Iterator[Document]:
    from diplowatch.ingest.feed import read_feed
    from diplowatch.ingest.html import read_html_file
    from diplowatch.ingest.plain import read_jsonl_file, read_text_file
    from diplowatch.ingest.warc import read_warc

    if item.kind == "text":
        yield from read_text_file(item.location, ctx)
    elif item.kind == "jsonl":
        yield from read_jsonl_file(item.location, ctx, compressed=item.compressed)
    elif item.kind == "html":
        yield from read_html_file(item.location, ctx)
    elif item.kind == "warc":
        yield from read_warc(item.location, ctx)
    elif item.kind == "feed":
        from pathlib import Path

        path = Path(item.location)
        size = path.stat().st_size
        if size > ctx.max_doc_bytes:
            ctx.reporter.report(item.location, ctx.too_big(size))
            return
        yield from read_feed(path.read_bytes(), item.location, ctx)
    elif item.kind == "url":
        yield from _read_url(item.location, ctx)
    elif item.kind == "stdin":
        yield from _read_stdin(ctx, stdin)


def _safe(item: Item, ctx: Context, stdin: IO[bytes] | None) -> Iterator[Document]:
    """Read one input; an unexpected failure is reported, never raised."""
    try:
        yield from _read_item(item, ctx, stdin)
    except PermissionError:
        ctx.reporter.report(item.location, "permission denied")
    except OSError as exc:
        ctx.reporter.report(item.location, f"cannot read: {exc.strerror or exc}")
    except MemoryError:
        ctx.reporter.report(item.location, "out of memory while reading; skipped")
    except Exception as exc:  # a bug or a malformed input we did not foresee
        ctx.reporter.report(item.location, f"unexpected error ({type(exc).__name__}: {exc})")


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
    ``meta["duplicate_of"]`` naming the first copy and, unless
    ``keep_duplicates``, ``meta["skip_extraction"] = True``. ``fetcher``,
    ``stdin`` and ``max_doc_bytes`` exist for tests and embedding.
    """
    ctx = Context(reporter=reporter, follow=follow)
    if max_doc_bytes is not None:
        ctx.max_doc_bytes = max_doc_bytes
    if fetcher is not None:
        ctx.fetcher = fetcher
    dups = Duplicates(near=near_duplicates)
    seen_ids: dict[str, int] = {}
    try:
        for item in expand(inputs, reporter):
            for doc in _safe(item, ctx, stdin):
                try:
                    mark(doc, dups, seen_ids, keep_duplicates)
                except Exception as exc:  # one odd document must not end the batch
                    reporter.report(
                        doc.origin or doc.doc_id,
                        f"unexpected error ({type(exc).__name__}: {exc}); document skipped",
                    )
                    continue
                yield doc
    finally:
        if ctx.fetcher is not None and fetcher is None:
            ctx.fetcher.close()


def mark(doc: Document, dups: Duplicates, seen_ids: dict[str, int], keep_duplicates: bool) -> None:
    """Make the document's fields valid, its id unique, and mark duplicates.

    Shared with ``diplowatch.scale`` so every reader marks documents alike.
    """
    make_valid(doc)
    _unique_id(doc, seen_ids)
    found = dups.check(doc.doc_id, doc.text)
    if found is not None:
        kind, first = found
        doc.meta["duplicate_of"] = first
        doc.meta["duplicate_kind"] = kind
        if not keep_duplicates:
            doc.meta["skip_extraction"] = True


def _unique_id(doc: Document, seen: dict[str, int]) -> None:
    """Give a repeated id a suffix so records stay addressable."""
    count = seen.get(doc.doc_id, 0) + 1
    seen[doc.doc_id] = count
    if count > 1:
        doc.meta["original_id"] = doc.doc_id
        doc.doc_id = f"{doc.doc_id}~{count}"
        seen.setdefault(doc.doc_id, 1)
