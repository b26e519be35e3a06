"""Web archives: every HTML response record becomes a document.

The record's target URI is the document URL (and, hashed, its id); the
WARC-Date is the fallback publication date when the page itself has none,
and is always kept in ``meta["warc_date"]``. warcio cannot resynchronise
after a damaged record, so the documents before the damage are kept and the
rest of that file is reported as skipped.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from typing import IO

from diplowatch.ingest.context import Context, describe_size, url_id
from diplowatch.ingest.html import html_document
from diplowatch.model import Document


def _read_capped(stream: IO[bytes], cap: int) -> bytes | None:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > cap:
            while stream.read(1024 * 1024):
                pass
            return None
        chunks.append(chunk)


def _short(message: str) -> str:
    """First line of an error, shortened: warcio quotes whole binary lines."""
    first = message.strip().splitlines()[0] if message.strip() else ""
    return first if len(first) <= 100 else first[:100] + "…"


def _is_html(content_type: str | None) -> bool:
    ctype = (content_type or "").lower()
    return "html" in ctype


def _looks_like_archive(head: bytes) -> bool:
    """WARC (or old ARC) magic, looking inside gzip if needed."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def read_warc(path: str, ctx: Context) -> Iterator[Document]:
    with open(path, "rb") as fh:
        head = fh.read(4096)
        if not head:
            ctx.reporter.report(path, "empty file")
            return
        if not _looks_like_archive(head):
            ctx.reporter.report(path, "not a WARC file (it does not start with a WARC/ header)")
            return
        fh.seek(0)
        yield from read_warc_stream(fh, path, ctx, size=os.fstat(fh.fileno()).st_size)


def read_warc_stream(
    fh: IO[bytes], path: str, ctx: Context, size: int | None = None
) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    pages = 0
    iterator = ArchiveIterator(fh)
    try:
        for record in iterator:
            if record.rec_type is None:
                raise ValueError(f"record {count + 1} has no WARC-Type header")
            count += 1
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers
            if record.rec_type == "response":
                if headers is None:
                    continue
                status = headers.get_statuscode() or ""
                if not status.startswith("2") or not _is_html(headers.get_header("Content-Type")):
                    continue
                ctype = headers.get_header("Content-Type")
            else:
                ctype = record.rec_headers.get_header("Content-Type")
                if not _is_html(ctype):
                    continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            warc_date = record.rec_headers.get_header("WARC-Date")
            origin = f"{path}#{uri or count}"
            data = _read_capped(record.content_stream(), ctx.max_doc_bytes)
            if data is None:
                ctx.reporter.report(
                    origin,
                    f"record is over the per-document limit of {describe_size(ctx.max_doc_bytes)}",
                )
                continue
            doc = html_document(
                data,
                origin=origin,
                ctx=ctx,
                doc_id=url_id(uri) if uri else None,
                url=uri or None,
                content_type=ctype,
                defaults={"published": warc_date},
                meta={"warc_date": warc_date},
            )
            if doc is not None:
                pages += 1
                yield doc
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        reason = _short(str(exc)) or type(exc).__name__
        ctx.reporter.report(
            path,
            f"broken or truncated WARC after {count} record(s) ({reason}); the rest of the file was skipped",
        )
        return
    except Exception as exc:  # warcio fails in many ways on damaged input
        reason = f"{type(exc).__name__}: {_short(str(exc))}"
        ctx.reporter.report(
            path,
            f"broken or truncated WARC after {count} record(s) ({reason}); the rest of the file was skipped",
        )
        return
    if size is not None and iterator.offset < size:
        ctx.reporter.report(
            path,
            f"truncated WARC: the last {size - iterator.offset} byte(s) are not a complete record"
            f" ({count} record(s) read before them)",
        )
    elif count == 0:
        ctx.reporter.report(path, "no WARC records found")
    elif pages == 0:
        ctx.reporter.report(path, f"no HTML pages among its {count} record(s)")
